"""The command line: its messages, the archive commands and every argument's --help.

key -> (Danish, English); see ``core/text.py``.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # -- the command line (cli.py)
    "cli.error": ("fejl", "error"),
    "cli.restored": ("Gendannet: {count} møder", "Restored: {count} meetings"),
    "cli.deleted": ("Slettet: {meeting_id}", "Deleted: {meeting_id}"),
    "cli.more_errors": ("… og {more} fejl mere", "… and {more} more errors"),
    "cli.does_not_exist": ("findes ikke: {path}", "does not exist: {path}"),
    "cli.warning": ("advarsel: {problem}", "warning: {problem}"),
    "cli.no_meetings": ("Ingen møder gemt endnu.", "No meetings saved yet."),
    "cli.state.signed": ("underskrevet", "signed"),
    "cli.state.draft": ("kladde", "draft"),
    "cli.follow_up": ("  opfølgning {date}", "  follow-up {date}"),
    "cli.show.title": ("Møde {id} ({state})", "Meeting {id} ({state})"),
    "cli.show.company": ("  Virksomhed: {company}", "  Company:    {company}"),
    "cli.show.manager": ("  Leder:      {name} {title}", "  Manager:    {name} {title}"),
    "cli.show.employee": ("  Medarbejder: {name}", "  Employee:   {name}"),
    "cli.show.date": ("  Dato:       {date}", "  Date:       {date}"),
    "cli.show.progress": (
        "  Drøftet:    {done} af {total} punkter",
        "  Discussed:  {done} of {total} items",
    ),
    "cli.show.actions": ("  Handlinger: {count}", "  Actions:    {count}"),
    "cli.show.fingerprint": ("  Fingeraftryk: {fingerprint}", "  Fingerprint: {fingerprint}"),
    "cli.show.tasks": (
        "  Opgaver:    {count} (hjemme {home} t, delvist {partly} t, arbejdspladsen {workplace} t)",
        "  Tasks:      {count} (home {home} h, partly {partly} h, workplace {workplace} h)",
    ),
    "cli.tasks_ok": (
        "tasks.toml: OK (version {version}, {categories} kategorier, {questions} spørgsmål)",
        "tasks.toml: OK (version {version}, {categories} categories, {questions} questions)",
    ),
    "cli.no_checklists": ("ingen tjeklister fundet", "no checklists found"),
    "cli.checklist_ok": (
        "ok  {id} v{version}: {count} punkter",
        "ok  {id} v{version}: {count} items",
    ),
    "cli.backup_saved": ("Sikkerhedskopi gemt: {path}", "Backup saved: {path}"),
    "cli.pdf_saved": ("PDF gemt: {path}", "PDF saved: {path}"),
    "cli.signed": (
        "Underskrevet: {id}  fingeraftryk {fingerprint}",
        "Signed: {id}  fingerprint {fingerprint}",
    ),
    "cli.both_confirmed": ("Begge har bekræftet: {statement}", "Both have confirmed: {statement}"),
    "cli.sign.pdf_not_kept": (
        "den forseglede PDF kunne ikke laves på forhånd ({error}); den laves ved første eksport",
        "the sealed PDF could not be made ahead ({error}); it is made at the first export",
    ),
    "cli.cannot_read": ("kan ikke læse {path}: {error}", "cannot read {path}: {error}"),
    "cli.no_screen": (
        "der er ingen skærm at vise vinduet på (hverken DISPLAY eller WAYLAND_DISPLAY er sat); de øvrige kommandoer virker uden skærm, se --help",
        "there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the other commands work without a screen, see --help",
    ),
    "cli.gui_failed": ("vinduet kan ikke starte: {error}", "the window cannot start: {error}"),
    "cli.interrupted": ("afbrudt", "interrupted"),
    "cli.unexpected": ("uventet fejl: {kind}: {error}", "unexpected error: {kind}: {error}"),
    "cli.help.description": (
        "Hjemmearbejde: leder og medarbejder udfylder tjeklisterne sammen, aftaler handlinger, underskriver og udskriver planen. Uden kommando starter vinduet.",
        "Working from home: manager and employee fill in the checklists together, agree actions, sign and print the plan. With no command the window starts.",
    ),
    "cli.help.data_dir": (
        "datamappe (ellers $REMOTEWORK_DATA_DIR eller brugerens standardmappe)",
        "data folder (else $REMOTEWORK_DATA_DIR or the user's standard folder)",
    ),
    "cli.help.data_dir_short": ("datamappe", "data folder"),
    "cli.help.demo": ("start på en midlertidig demomappe", "start on a temporary demo folder"),
    "cli.help.demo_short": ("demomappe", "demo folder"),
    "cli.help.lang": ("sprog (da eller en)", "language (da or en)"),
    "cli.help.gui": ("start vinduet (standard)", "start the window (the default)"),
    "cli.help.list": (
        "vis de gemte møder, én linje hver",
        "show the saved meetings, one line each",
    ),
    "cli.help.list_json": ("maskinlæsbart JSON", "machine-readable JSON"),
    "cli.help.show": ("vis ét møde", "show one meeting"),
    "cli.help.show_id": (
        "mødets id (eller en entydig begyndelse)",
        "the meeting's id (or a unique beginning)",
    ),
    "cli.help.show_json": ("hele mødet som JSON", "the whole meeting as JSON"),
    "cli.help.create_example": (
        "tilføj et udfyldt eksempelmøde og skriv dets id",
        "add a filled-in example meeting and print its id",
    ),
    "cli.help.validate": (
        "kontroller tjeklistefilerne (de medfølgende eller de givne)",
        "check the checklist files (the included ones or those given)",
    ),
    "cli.help.paths": ("filer eller mapper", "files or folders"),
    "cli.help.backup": (
        "gem en sikkerhedskopi af alle data i én fil",
        "save a backup of all data in one file",
    ),
    "cli.help.restore": ("gendan data fra en sikkerhedskopi", "restore data from a backup"),
    "cli.help.replace": (
        "gendan også når sikkerhedskopien har færre møder end datamappen nu",
        "restore even when the backup has fewer meetings than the data folder now",
    ),
    "cli.help.delete": ("slet et møde helt", "delete a meeting completely"),
    "cli.help.export_pdf": ("gem mødets plan som PDF", "save the meeting's plan as a PDF"),
    "cli.help.include_private": ("medtag fortrolige noter", "include private notes"),
    "cli.help.pdf_lang": ("PDF'ens sprog", "the PDF's language"),
    "cli.help.sign": (
        "underskriv med indtastede navne (til scripts)",
        "sign with typed names (for scripts)",
    ),
    "cli.help.yes": (
        "skriv ikke erklæringen, der underskrives på, ud",
        "do not print the statement that is signed",
    ),
    "cli.help.verify": (
        "kontroller at en PDF svarer til sig selv og de gemte data",
        "check that a PDF matches itself and the stored data",
    ),
    "cli.help.cert": (
        "seglet skal være lavet med dette certifikat",
        "the seal must be made with this certificate",
    ),
    "cli.help.seal_key": (
        "organisationens segl: importer en .p12, gem certifikatet",
        "the organisation's seal: import a .p12, save the certificate",
    ),
    "cli.help.seal_key_file": (
        ".p12 at importere / .pem at gemme",
        ".p12 to import / .pem to save",
    ),
    "cli.help.passphrase_file": (
        "adgangskoden (første linje), til scripts",
        "the passphrase (first line), for scripts",
    ),
    "cli.not_a_certificate": (
        "{path} er ikke et certifikat (PEM eller DER)",
        "{path} is not a certificate (PEM or DER)",
    ),
    "cli.no_seal_yet": (
        "der er intet segl på denne computer endnu; det laves ved første udskrift af en underskrevet plan",
        "this computer has no seal yet; it is made when a signed plan is first exported",
    ),
    "cli.certificate_saved": ("Certifikat gemt: {path}", "Certificate saved: {path}"),
    "cli.p12_passphrase": ("Adgangskode til .p12-filen: ", "Passphrase of the .p12 file: "),
    "cli.seal_key_imported": ("Segl-nøgle importeret: {subject}", "Seal key imported: {subject}"),
    "cli.export_queued": (
        "Programmets vindue har dataene åbne: PDF'en er noteret i en kø, som vinduet "
        "tager med i listen over PDF'er, næste gang det åbner dataene. verify kender "
        "den allerede.",
        "The program's window has the data open: the PDF is noted in a queue the "
        "window takes into its list of PDFs the next time it opens the data. verify "
        "knows it already.",
    ),
    "cli.calendar_saved": ("Kalenderfil gemt: {path}", "Calendar file saved: {path}"),
    "cli.due.days_negative": ("--days skal være 0 eller mere.", "--days must be 0 or more."),
    "cli.due.none": (
        "Ingen opfølgninger inden for {days} dage.",
        "No follow-ups within {days} days.",
    ),
    "cli.new.unknown_checklist": (
        "--checklists: ukendt tjekliste '{checklist}' (findes: {known})",
        "--checklists: unknown checklist '{checklist}' (there are: {known})",
    ),
    "cli.sign.incomplete": (
        "planen har {undiscussed} punkter, der ikke er drøftet, og {refused} svar, der ikke "
        "er gyldige; underskriv alligevel med --allow-incomplete",
        "the plan has {undiscussed} items not discussed and {refused} answers that are not "
        "valid; sign anyway with --allow-incomplete",
    ),
    "cli.sign.incomplete_tasks": (
        "planen har {undiscussed} punkter, der ikke er drøftet, {refused} svar, der ikke "
        "er gyldige, og {tasks}; underskriv alligevel med --allow-incomplete",
        "the plan has {undiscussed} items not discussed, {refused} answers that are not "
        "valid and {tasks}; sign anyway with --allow-incomplete",
    ),
    "cli.help.allow_incomplete": (
        "underskriv også når punkter ikke er drøftet, svar ikke er gyldige eller opgaver "
        "ikke er vurderet",
        "sign even when items are not discussed, answers are not valid or tasks are not assessed",
    ),
    "cli.help.new": ("opret et nyt møde og skriv dets id", "create a new meeting and print its id"),
    "cli.help.new_company": ("virksomhedens navn", "the company's name"),
    "cli.help.new_manager": ("lederens navn", "the manager's name"),
    "cli.help.new_manager_title": ("lederens titel", "the manager's title"),
    "cli.help.new_employee": ("medarbejderens navn", "the employee's name"),
    "cli.help.new_date": ("mødets dato", "the meeting's date"),
    "cli.help.new_checklists": (
        "tjeklisternes id, adskilt af komma (standard: alle)",
        "the checklists' ids, separated by commas (default: all)",
    ),
    "cli.help.new_tasks": (
        "tag delen »Opgaver på distancen« med",
        "include the part 'Tasks at a distance'",
    ),
    "cli.help.new_prepare": (
        "kun opgavedelen, til lederens forberedelse (medarbejderen kan udelades)",
        "only the task part, for the manager's preparation (the employee may be left out)",
    ),
    "cli.help.start_from": (
        "start et møde med en medarbejder ud fra en forberedelse og skriv dets id",
        "start a meeting with an employee from a preparation and print its id",
    ),
    "cli.help.new_lang": (
        "aftalens og beskedernes sprog (standard: programmets sprog)",
        "the language of the agreement and the messages (default: the program's language)",
    ),
    "cli.help.follow_up": (
        "start en opfølgning af en underskrevet aftale, skriv id",
        "start a follow-up of a signed agreement, print its id",
    ),
    "cli.help.follow_up_date": (
        "opfølgningens dato (standard: den aftalte opfølgningsdato, ellers i dag)",
        "the follow-up's date (default: the follow-up date agreed, else today)",
    ),
    "cli.help.due": (
        "vis aftaler, hvis opfølgning er overskredet eller snart skal ske",
        "show agreements whose follow-up is overdue or due soon",
    ),
    "cli.help.due_days": ("inden for N dage (standard 14)", "within N days (default 14)"),
    "cli.help.json": ("maskinlæsbart JSON", "machine-readable JSON"),
    "cli.help.calendar": (
        "gem opfølgningsdatoen som kalenderfil (.ics)",
        "save the follow-up date as a calendar file (.ics)",
    ),
    "cli.help.calendar_actions": (
        "tag handlingernes frister med",
        "include the actions' deadlines",
    ),
    # -- the organisation archive (core/archive, cli archive, gui/archive_sync)
    "archive.agreements_waiting_for_the": (
        "{waiting} aftaler venter på arkivet.",
        "{waiting} agreements waiting for the archive.",
    ),
    "archive.no_archive_is_set": (
        "Intet arkiv er sat op: brug 'archive configure --url postgresql://…'.",
        "No archive is set up: use 'archive configure --url postgresql://…'.",
    ),
    "archive.none_new": (
        "ingen nye",
        "none new",
    ),
    "archive.schema_applied": (
        "Skema {version} (anvendt: {done}).",
        "Schema {version} (applied: {done}).",
    ),
    "archive.sent_already_there_waiting": (
        "Sendt: {stored}, fandtes allerede: {already}, venter: {waiting}.",
        "Sent: {stored}, already there: {already}, waiting: {waiting}.",
    ),
    "archive.pdf_saved": (
        "PDF gemt: {output}",
        "PDF saved: {output}",
    ),
    "archive.the_archive_is_turned": (
        "Arkivet er slået fra.",
        "The archive is turned off.",
    ),
    "archive.archive_set_up": (
        "Arkiv sat op: {url}",
        "Archive set up: {url}",
    ),
    "archive.the_archive_is_reachable": (
        "Arkivet kan nås (skema {version}). ",
        "The archive is reachable (schema {version}). ",
    ),
    "archive.the_archive_has_no": (
        "Arkivet har ingen (entydig) aftale med fingeraftrykket {fingerprint}.",
        "The archive has no (unique) agreement with fingerprint {fingerprint}.",
    ),
    "archive.no_agreements_in_the": (
        "Ingen aftaler i arkivet.",
        "No agreements in the archive.",
    ),
    "archive.follow_up": (
        "opfølgning {follow}",
        "follow-up {follow}",
    ),
    "archive.error": (
        "fejl",
        "error",
    ),
    # the archive commands' --help (cli_archive.py)
    "archive.help.archive": (
        "organisationens arkiv af underskrevne aftaler",
        "the organisation's archive of signed agreements",
    ),
    "archive.help.configure": (
        "sæt arkivets adresse (uden adgangskode)",
        "set the archive's address (without a password)",
    ),
    "archive.help.configure_url": (
        "postgresql://bruger@vært:port/database",
        "postgresql://user@host:port/database",
    ),
    "archive.help.configure_off": ("glem arkivet", "forget the archive"),
    "archive.help.status": (
        "kan arkivet nås, og hvor mange aftaler venter",
        "can the archive be reached, and how many agreements are waiting",
    ),
    "archive.help.migrate": (
        "opret/opdater arkivets tabeller (administrator)",
        "create/update the archive's tables (administrator)",
    ),
    "archive.help.migrate_url": (
        "en administrators adresse (ellers den satte)",
        "an administrator's address (else the one set)",
    ),
    "archive.help.push": (
        "send de underskrevne aftaler, der venter, til arkivet",
        "send the signed agreements that are waiting to the archive",
    ),
    "archive.help.list": (
        "vis aftalerne i arkivet (fra alle computere)",
        "show the agreements in the archive (from every computer)",
    ),
    "archive.help.list_due_days": (
        "kun opfølgninger inden N dage",
        "only follow-ups within N days",
    ),
    "archive.help.list_json": ("maskinlæsbart JSON", "machine-readable JSON"),
    "archive.help.get": (
        "hent en aftales PDF fra arkivet, byte for byte",
        "fetch an agreement's PDF from the archive, byte for byte",
    ),
    # every argument's --help, and usage errors (cli.py, cli_archive.py, cli_argparse_da.py)
    "cli.see_help": ("se {prog} --help", "see {prog} --help"),
    "cli.help.exit_codes": (
        "Afslutningskode 0: gennemført. 1: mislykkedes, også når kommandolinjen er forkert. "
        "2: verify fik en fil, der ikke kan læses eller ikke er programmets. Hvad der gik galt, "
        "står på én linje på stderr.",
        "Exit code 0: done. 1: failed, also when the command line is wrong. 2: verify was given "
        "a file that cannot be read or is not the program's. What went wrong is one line on "
        "stderr.",
    ),
    "cli.help.version": (
        "vis programmets version og afslut",
        "show the program's version and exit",
    ),
    "cli.help.command": (
        "kommandoen (uden en kommando starter vinduet)",
        "the command (with no command the window starts)",
    ),
    "cli.help.id": (
        "mødets id (eller en entydig begyndelse)",
        "the meeting's id (or a unique beginning)",
    ),
    "cli.help.start_from_id": (
        "forberedelsens id (eller en entydig begyndelse)",
        "the preparation's id (or a unique beginning)",
    ),
    "cli.help.follow_up_id": (
        "den underskrevne aftales id (eller en entydig begyndelse)",
        "the signed agreement's id (or a unique beginning)",
    ),
    "cli.help.sign_manager": (
        "lederens navn, som lederen underskriver med",
        "the manager's name, as the manager signs",
    ),
    "cli.help.sign_employee": (
        "medarbejderens navn, som medarbejderen underskriver med",
        "the employee's name, as the employee signs",
    ),
    "cli.help.backup_file": (
        "filen, sikkerhedskopien gemmes i (.zip)",
        "the file to save the backup in (.zip)",
    ),
    "cli.help.restore_file": (
        "sikkerhedskopien (en .zip lavet med backup)",
        "the backup (a .zip made with backup)",
    ),
    "cli.help.pdf_file": ("filen, PDF'en gemmes i", "the file to save the PDF in"),
    "cli.help.ics_file": ("filen, kalenderen gemmes i", "the file to save the calendar in"),
    "cli.help.verify_file": ("PDF'en, der skal kontrolleres", "the PDF to check"),
    "cli.help.seal_key_action": (
        "import: importer seglet fra en .p12; export-cert: gem certifikatet som .pem",
        "import: import the seal from a .p12; export-cert: save the certificate as .pem",
    ),
    "archive.help.command": (
        "arkivkommandoen (uden en: status)",
        "the archive command (with none: status)",
    ),
    "archive.help.get_fingerprint": (
        "aftalens fingeraftryk eller en entydig begyndelse af det (se archive list)",
        "the agreement's fingerprint or a unique beginning of it (see archive list)",
    ),
    "archive.the_archive_needs_psycopg": (
        "Arkivet kræver psycopg: pip install 'remotework-desktop[archive]'.",
        "The archive needs psycopg: pip install 'remotework-desktop[archive]'.",
    ),
    "archive.the_archive_cannot_be": (
        "Arkivet kan ikke nås: {v0}",
        "The archive cannot be reached: {v0}",
    ),
    "archive.the_archive_failed": (
        "Arkivet svarede med en fejl: {v0}",
        "The archive failed: {v0}",
    ),
    "archive.the_address_must_look": (
        "Adressen skal have formen postgresql://bruger@vært:port/database.",
        "The address must look like postgresql://user@host:port/database.",
    ),
    "archive.the_address_must_not": (
        "Adressen må ikke indeholde en adgangskode: læg den i en adgangskodefil (~/.pgpass eller PGPASSFILE), en servicefil (PGSERVICEFILE) eller PGPASSWORD.",
        "The address must not contain a password: put it in a password file (~/.pgpass or PGPASSFILE), a service file (PGSERVICEFILE) or PGPASSWORD.",
    ),
    "archive.the_agreement_waits_its": (
        "Aftalen venter: dens PDF indeholder fortrolige punkter, og de sendes ikke til arkivet.",
        "The agreement waits: its PDF holds private items, and those are not sent to the archive.",
    ),
    "archive.only_signed_agreements_are": (
        "Kun underskrevne aftaler arkiveres.",
        "Only signed agreements are archived.",
    ),
    "archive.the_pdf_s_agreement": (
        "PDF'ens aftaledata kan ikke læses.",
        "The PDF's agreement data cannot be read.",
    ),
    "archive.agreements_waiting_for_the_": (
        "{count} aftaler venter på arkivet",
        "{count} agreements waiting for the archive",
    ),
    "archive.agreement_waiting_for_the": (
        "1 aftale venter på arkivet",
        "1 agreement waiting for the archive",
    ),
    "archive.archive": (
        "Arkiv",
        "Archive",
    ),
}
