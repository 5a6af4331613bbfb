"""The store: opening, saving, damaged files, backups and restore, and the seal's key.

key -> (Danish, English); see ``core/text.py``.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # -- the store (core/store.py)
    "store.folder_is_file": (
        "Datamappen kan ikke bruges: {path} findes allerede, men er en fil og ikke en mappe. Vælg en anden datamappe, eller flyt filen.",
        "The data folder cannot be used: {path} already exists, but it is a file and not a folder. Choose another data folder, or move the file.",
    ),
    "store.in_use": (
        "Dataene bruges allerede af et andet vindue af programmet. Luk det andet vindue, eller åbn dataene skrivebeskyttet for kun at læse dem.",
        "The data is already in use by another window of the program. Close the other window, or open the data read-only to only read it.",
    ),
    "store.backup_scrub_full": (
        "Disken er fuld, så sikkerhedskopien {name}, som indeholdt mødet, er slettet i stedet for at blive skrevet om.",
        "The disk is full, so the backup {name}, which held the meeting, was deleted instead of rewritten.",
    ),
    "store.not_saved": (
        "Den tidligere gemte udgave er uændret.",
        "The version saved before is unchanged.",
    ),
    "store.not_a_meeting": (
        "Mødedata er beskadigede (ikke et møde).",
        "The meeting data is damaged (not a meeting).",
    ),
    "store.legacy_not_moved": (
        "Et møde i den gamle datafil kunne ikke flyttes over ({error}). Det er gemt i {dest} og er ikke slettet.",
        "A meeting in the old data file could not be moved over ({error}). It is kept in {dest} and not deleted.",
    ),
    "store.newer_version": (
        "Dataene er gemt af en nyere version af programmet og kan ikke åbnes af denne version. Opdatér programmet. Dataene er ikke ændret.",
        "The data was saved by a newer version of the program and cannot be opened by this version. Update the program. The data is unchanged.",
    ),
    "store.needs_update": (
        "Dataene skal først opdateres til denne version af programmet. Luk det andet vindue, og åbn dem igen.",
        "The data must first be updated to this version of the program. Close the other window, and open it again.",
    ),
    "store.closed": ("Dataene er lukket. Åbn dem igen.", "The data is closed. Open it again."),
    "store.read_only": (
        "Dataene er åbnet skrivebeskyttet, fordi et andet vindue af programmet bruger dem. Ændringer kan ikke gemmes her.",
        "The data is open read-only, because another window of the program uses it. Changes cannot be saved here.",
    ),
    "store.invalid_id": (
        "'{meeting_id}' er ikke et gyldigt mødenummer.",
        "'{meeting_id}' is not a valid meeting number.",
    ),
    "store.migrated": (
        "Dataene er opdateret til den nye version. En sikkerhedskopi af de gamle data ligger i {target}.",
        "The data is updated to the new version. A backup of the old data is in {target}.",
    ),
    "store.unreadable_kept": (
        "Filen {rel} kunne ikke læses ({reason}). Den er ikke ændret; åbn dataene normalt for at få den lagt til side.",
        "The file {rel} could not be read ({reason}). It is unchanged; open the data normally to have it set aside.",
    ),
    "store.unreadable_set_aside": (
        "Filen {rel} kunne ikke læses ({reason}). Den er flyttet til {dest} og er ikke slettet. Resten af dataene er åbnet som normalt.",
        "The file {rel} could not be read ({reason}). It is moved to {dest} and not deleted. The rest of the data is open as usual.",
    ),
    "store.index_rebuilt": (
        "Oversigten over møderne er bygget op igen ud fra møderne selv.",
        "The list of meetings is built again from the meetings themselves.",
    ),
    "store.index_not_updated": (
        "Oversigten over møderne kunne ikke opdateres ({error}) Det sker, når der er plads igen; møderne selv er uændrede.",
        "The list of meetings could not be updated ({error}) It is done once there is room again; the meetings themselves are unchanged.",
    ),
    "store.definition_missing": (
        "Tjeklisten, som mødet bygger på, mangler i datamappen ({rel}). Gendan den fra en sikkerhedskopi.",
        "The checklist the meeting is built on is missing from the data folder ({rel}). Restore it from a backup.",
    ),
    "store.not_found": (
        "Der findes intet møde med nummeret '{meeting_id}'.",
        "There is no meeting with the number '{meeting_id}'.",
    ),
    "store.meeting_unreadable": (
        "Mødet kunne ikke læses ({reason}). Filen er lagt til side og ikke slettet.",
        "The meeting could not be read ({reason}). The file is set aside, not deleted.",
    ),
    "store.no_prefix": (
        "Der findes intet møde, hvis nummer begynder med '{prefix}'.",
        "There is no meeting whose number begins with '{prefix}'.",
    ),
    "store.ambiguous_prefix": (
        "Flere møder har et nummer, der begynder med '{prefix}'. Skriv flere tegn.",
        "Several meetings have a number that begins with '{prefix}'. Type more characters.",
    ),
    "store.fingerprint_mismatch": (
        "Den underskrevne aftale passer ikke med sit fingeraftryk og er ikke gemt.",
        "The signed agreement does not match its fingerprint and is not saved.",
    ),
    "store.delete_index_not_updated": (
        "Mødet er slettet, men oversigten kunne ikke opdateres ({error}) Det sker næste gang, dataene åbnes.",
        "The meeting is deleted, but the overview could not be updated ({error}) That happens the next time the data is opened.",
    ),
    "store.delete_backups_failed": (
        "Mødet er slettet, men det kunne ikke fjernes fra de automatiske sikkerhedskopier ({error}). Slet mappen 'backups' i datamappen for at fjerne det helt.",
        "The meeting is deleted, but it could not be removed from the automatic backups ({error}). Delete the folder 'backups' in the data folder to remove it completely.",
    ),
    "store.bad_pdf_digest": (
        "PDF-filens fingeraftryk (SHA-256) er ugyldigt.",
        "The PDF file's fingerprint (SHA-256) is not valid.",
    ),
    "store.exports_unreadable": (
        "Listen over udskrevne PDF-filer kan ikke læses. Åbn programmet igen.",
        "The list of printed PDF files cannot be read. Open the program again.",
    ),
    "store.auto_backup_failed": (
        "Den daglige sikkerhedskopi mislykkedes: {error}",
        "The daily backup failed: {error}",
    ),
    "store.bad_shape": (
        "filen har ikke den forventede opbygning",
        "the file does not have the expected layout",
    ),
    "store.bad_json": ("filen er ikke gyldig JSON", "the file is not valid JSON"),
    "store.id_not_filename": (
        "mødets nummer passer ikke med filnavnet",
        "the meeting's number does not match the file name",
    ),
    "store.bad_definition_ref": (
        "henvisningen til tjeklisten er ugyldig",
        "the reference to the checklist is not valid",
    ),
    "store.definition_digest": (
        "tjeklisten stemmer ikke med sit fingeraftryk",
        "the checklist does not match its fingerprint",
    ),
    "store.os_full": (
        "Disken er fuld, så programmet kunne ikke {doing} dataene. Frigør plads, og prøv igen.",
        "The disk is full, so the program could not {doing} the data. Free some space and try again.",
    ),
    "store.os_denied": (
        "Programmet har ikke lov til at skrive i datamappen{where}, så det kunne ikke {doing} dataene.",
        "The program may not write in the data folder{where}, so it could not {doing} the data.",
    ),
    "store.os_other": (
        "Programmet kunne ikke {doing} dataene ({reason}).",
        "The program could not {doing} the data ({reason}).",
    ),
    "store.doing.gemme": ("gemme", "save"),
    "store.doing.læse": ("læse", "read"),
    "store.doing.slette": ("slette", "delete"),
    "store.doing.åbne": ("åbne", "open"),
    "store.doing.gendanne": ("gendanne", "restore"),
    "store.doing.sikkerhedskopiere": ("sikkerhedskopiere", "back up"),
    # -- backup and restore (core/backups.py)
    "backups.nothing_changed": ("{reason} Intet er ændret.", "{reason} Nothing was changed."),
    "backups.restore_shrinks": (
        "Sikkerhedskopien har {incoming} møder, men datamappen har nu {now}. Gendannelsen ville erstatte {now} møder med {incoming}. Intet er ændret; brug --replace for at gendanne alligevel.",
        "The backup holds {incoming} meetings, but the data folder now has {now}. Restoring would replace {now} meetings with {incoming}. Nothing was changed; use --replace to restore anyway.",
    ),
    "backups.no_version_number": ("versionsnummeret mangler", "no version number"),
    "backups.no_meeting_count": ("antallet af møder mangler", "no meeting count"),
    "backups.restore_leftover": (
        "En afbrudt gendannelse har efterladt de tidligere data i {path}. Mappen slettes automatisk {days} dage efter gendannelsen.",
        "An interrupted restore left the earlier data in {path}. The folder is deleted automatically {days} days after the restore.",
    ),
    "backups.version_mismatch": (
        "version {inner}, men manifestet siger {schema}",
        "version {inner}, but the manifest says {schema}",
    ),
    "backups.journal_unreadable": (
        "En afbrudt gendannelse kan ikke gøres færdig ({journal} kan ikke læses). Intet er slettet; de gamle data ligger i mapperne restore-old-*.",
        "An interrupted restore cannot be finished ({journal} cannot be read). Nothing was deleted; the old data is in the restore-old-* folders.",
    ),
    "backups.damaged": (
        "Sikkerhedskopien er beskadiget ({name}: {reason}).",
        "The backup is damaged ({name}: {reason}).",
    ),
    "backups.too_big": (
        "Sikkerhedskopien kan ikke være fra dette program: {name} fylder over {mb} MB udpakket.",
        "The backup cannot be one of this program's: {name} unpacks to more than {mb} MB.",
    ),
    "backups.not_ours": (
        "Filen {archive} er ikke en sikkerhedskopi fra dette program.",
        "The file {archive} is not a backup made by this program.",
    ),
    "backups.newer": (
        "Sikkerhedskopien er lavet af en nyere version af programmet. Opdatér programmet først.",
        "The backup was made by a newer version of the program. Update the program first.",
    ),
    "backups.fewer_readable": (
        "Sikkerhedskopien har kun {count} læselige møder, men dens indholdsfortegnelse siger {listed}.",
        "The backup holds only {count} readable meetings, but its manifest says {listed}.",
    ),
    "backups.os_error_unchanged": ("{error} Intet er ændret.", "{error} Nothing was changed."),
    "backups.os_error_finish_later": (
        "{error} Gendannelsen gøres færdig, næste gang dataene åbnes.",
        "{error} The restore will be finished the next time the data is opened.",
    ),
    # -- the seal's key on this computer (core/seal_key.py)
    "seal_key.cannot_open_p12": (
        "Filen kan ikke åbnes som .p12 (forkert adgangskode eller ikke en .p12-fil).",
        "The file cannot be opened as a .p12 (wrong passphrase or not a .p12 file).",
    ),
    "seal_key.key_and_certificate": (
        "Filen indeholder ikke både en nøgle og et certifikat.",
        "The file does not hold both a key and a certificate.",
    ),
    "seal_key.rsa_only": (
        "Kun RSA-nøgler kan bruges: deres segl er ens, hver gang samme plan forsegles.",
        "Only RSA keys can be used: their seal is the same each time a plan is sealed.",
    ),
    "seal_key.unusable": (
        "Planen kan ikke forsegles: seglets nøglefil er beskadiget eller hører ikke til "
        "certifikatet (mappen seal i datamappen).",
        "The plan cannot be sealed: the seal's key file is damaged or does not belong to the "
        "certificate (the seal folder in the data folder).",
    ),
}
