"""Every text core and the command line show people, in Danish and English, and the language.

One lookup: ``t("store.not_found", meeting_id=x)`` gives the text for the key in the chosen
language (or ``lang``), its ``{name}`` placeholders filled with ``str.format``. Messages are
made when an error is raised, so every caller (the window, the command line) shows them as
they are; the window sets the language when the user switches, the command line from --lang.
The window's own widgets are translated with Qt Linguist (gui/), not here. Keys are grouped
by the module that uses them; a test checks every key has both languages with the same
placeholders.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("da", "en")

_language = "da"


def normalise_lang(lang: str | None) -> str:
    """ "en" stays English; anything else (None, "da", unknown) is Danish, the default."""
    return "en" if lang == "en" else "da"


def set_language(lang: str | None) -> None:
    """Choose Danish ("da", the default) or English ("en") for texts from now on."""
    global _language  # noqa: PLW0603 - one setting for the whole process, like a locale
    _language = normalise_lang(lang)


def language() -> str:
    """The chosen language: "da" or "en"."""
    return _language


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for ``key`` in ``lang`` (None: the chosen language), placeholders filled in."""
    da, en = CATALOGUE[key]
    chosen = normalise_lang(lang) if lang is not None else _language
    return (en if chosen == "en" else da).format(**values)


# key -> (Danish, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    # -- the meeting model (core/meetings.py)
    "meetings.language_da_or_en": (
        "Sproget skal være dansk (da) eller engelsk (en).",
        "The language must be Danish (da) or English (en).",
    ),
    "meetings.locked": (
        "Mødet er underskrevet og kan ikke ændres. Start en ny version for at ændre det.",
        "The meeting is signed and cannot be changed. Start a new version to change it.",
    ),
    "meetings.write_what": ("Skriv, hvad der skal gøres.", "Write what is to be done."),
    "meetings.choose_owner": (
        "Vælg, hvem der har ansvaret.",
        "Choose who is responsible.",
    ),
    "meetings.write_owner_name": (
        "Skriv navnet på den, der har ansvaret.",
        "Write the name of who is responsible.",
    ),
    "meetings.too_long": ("Højst {limit} tegn.", "At most {limit} characters."),
    "meetings.write_company": ("Skriv virksomhedens navn.", "Write the company's name."),
    "meetings.write_manager_name": ("Skriv lederens navn.", "Write the manager's name."),
    "meetings.write_employee_name": ("Skriv medarbejderens navn.", "Write the employee's name."),
    "meetings.write_meeting_date": (
        "Skriv mødets dato som ÅÅÅÅ-MM-DD.",
        "Write the meeting's date as YYYY-MM-DD.",
    ),
    "meetings.choose_checklist": ("Vælg mindst én tjekliste.", "Choose at least one checklist."),
    "meetings.checklist_twice": (
        "Den samme tjekliste er valgt to gange.",
        "The same checklist is chosen twice.",
    ),
    "meetings.bad_status": (
        "'{status}' er ikke en gyldig status.",
        "'{status}' is not a valid status.",
    ),
    "meetings.note_not_text": ("Noten skal være tekst.", "The note must be text."),
    "meetings.note_too_long": (
        "Noten er for lang (højst 20.000 tegn).",
        "The note is too long (at most 20,000 characters).",
    ),
    "meetings.confirm_first": (
        "Underskriveren skal bekræfte erklæringen først.",
        "The signer must confirm the statement first.",
    ),
    "meetings.name_to_sign": (
        "Skriv dit navn for at underskrive.",
        "Write your name to sign.",
    ),
    "meetings.name_not_on_meeting": (
        "Navnet skal være det, der står på mødet: {expected}.",
        "The name must be the one on the meeting: {expected}.",
    ),
    "meetings.pad_empty": (
        "Underskriftsfeltet er tomt. Skriv under, eller brug dit navn.",
        "The signature pad is empty. Sign, or use your name.",
    ),
    "meetings.new_version_needs_signed": (
        "Kun en underskrevet aftale kan få en ny version.",
        "Only a signed agreement can get a new version.",
    ),
    "meetings.follow_up_needs_signed": (
        "Opfølgning starter fra en underskrevet aftale.",
        "A follow-up starts from a signed agreement.",
    ),
    "meetings.action_link_incomplete": (
        "En handling knyttes til både en tjekliste og et punkt.",
        "An action is linked to both a checklist and an item.",
    ),
    "meetings.not_actionable": (
        "Dette punkt kan ikke blive til en handling.",
        "This item cannot become an action.",
    ),
    "meetings.write_your_name": ("Skriv dit navn.", "Write your name."),
    "meetings.name_expected": ("Navnet skal være {expected}.", "The name must be {expected}."),
    "meetings.no_checklist": (
        "Mødet har ingen tjekliste '{checklist_id}'.",
        "The meeting has no checklist '{checklist_id}'.",
    ),
    "meetings.no_item": (
        "Tjeklisten '{checklist_id}' har intet punkt '{item_id}'.",
        "The checklist '{checklist_id}' has no item '{item_id}'.",
    ),
    "meetings.unknown_field": ("Ukendt felt: {fields}", "Unknown field: {fields}"),
    "meetings.no_action": (
        "Handlingen '{action_id}' findes ikke.",
        "The action '{action_id}' does not exist.",
    ),
    "meetings.not_a_role": (
        "'{role}' er ikke en rolle, der kan underskrive.",
        "'{role}' is not a role that can sign.",
    ),
    "meetings.unknown_method": (
        "Ukendt måde at underskrive på: {method}",
        "Unknown way to sign: {method}",
    ),
    "meetings.damaged": (
        "Mødedata er beskadigede ({where}: {error}).",
        "The meeting data is damaged ({where}: {error}).",
    ),
    "meetings.sign_statement": (
        "Jeg har læst den aftalte plan for hjemmearbejde, som den er vist, og er enig i den. Vi har indgået aftalen sammen, og vi kan evaluere og ændre den ved næste opfølgning.",
        "I have read the agreed plan for working from home as shown, and I agree to it. We made the agreement together, and we can evaluate and change it at the next follow-up.",
    ),
    "meetings.already_signed.manager": (
        "Leder har allerede underskrevet.",
        "The manager has already signed.",
    ),
    "meetings.already_signed.employee": (
        "Medarbejder har allerede underskrevet.",
        "The employee has already signed.",
    ),
    "meetings.unprintable": (
        "Kan ikke udskrives i PDF'en: {shown}. Skriv teksten uden, før I skriver under.",
        "Cannot be printed in the PDF: {shown}. Leave it out before you sign.",
    ),
    "meetings.removed_checklists_have_answers": (
        "{count} tjekliste(r), der fjernes, har svar eller noter.",
        "{count} checklist(s) to be removed hold answers or notes.",
    ),
    "meetings.date_before_original": (
        "Datoen må ikke ligge før aftalens dato ({date}).",
        "The date may not be before the agreement's date ({date}).",
    ),
    # -- an item's status
    "status.open": ("Ikke drøftet endnu", "Not yet discussed"),
    "status.agreed": ("Aftalt", "Agreed"),
    "status.not_relevant": ("Ikke relevant", "Not relevant"),
    "status.follow_up": ("Følges op", "To follow up"),
    # -- who owns an action
    "owner.manager": ("Leder", "Manager"),
    "owner.employee": ("Medarbejder", "Employee"),
    "owner.both": ("Begge", "Both"),
    "owner.other": ("Anden", "Other"),
    # -- who signs
    "role.manager": ("Leder", "Manager"),
    "role.employee": ("Medarbejder", "Employee"),
    # -- answers checked against the checklist (core/checklists.py)
    "checklists.not_a_date": (
        "'{value}' er ikke en dato (ÅÅÅÅ-MM-DD).",
        "'{value}' is not a date (YYYY-MM-DD).",
    ),
    "checklists.answer_not_yes_no": (
        "Svaret skal være ja eller nej.",
        "The answer must be yes or no.",
    ),
    "checklists.answer_not_text": ("Svaret skal være tekst.", "The answer must be text."),
    "checklists.text_too_long": (
        "Teksten er for lang (højst 20.000 tegn).",
        "The text is too long (at most 20,000 characters).",
    ),
    "checklists.not_a_choice": (
        "'{value}' er ikke en af valgmulighederne.",
        "'{value}' is not one of the choices.",
    ),
    "checklists.answer_not_list": (
        "Svaret skal være en liste af valgmuligheder.",
        "The answer must be a list of choices.",
    ),
    "checklists.answer_not_number": ("Svaret skal være et tal.", "The answer must be a number."),
    "checklists.week_plan_incomplete": (
        "Ugeplanen skal angive et sted for hver dag.",
        "The week plan must give a place for each day.",
    ),
    "checklists.hours_incomplete": (
        "Tidsrummet skal have et start- og et sluttidspunkt.",
        "The time span needs a start and an end.",
    ),
    "checklists.start_not_a_time": (
        "'{start}' er ikke et klokkeslæt (TT:MM).",
        "'{start}' is not a time of day (HH:MM).",
    ),
    "checklists.end_not_a_time": (
        "'{end}' er ikke et klokkeslæt (TT:MM).",
        "'{end}' is not a time of day (HH:MM).",
    ),
    "checklists.end_before_start": (
        "Sluttidspunktet skal ligge efter starttidspunktet.",
        "The end must be after the start.",
    ),
    "checklists.not_a_weekday": ("'{day}' er ikke en ugedag.", "'{day}' is not a weekday."),
    "checklists.not_a_place": (
        "'{place}' er ikke hjemme, arbejdspladsen eller fri.",
        "'{place}' is not home, workplace or off.",
    ),
    "checklists.too_big": (
        "er for stor til at være en tjekliste (over 1 MiB); den er ikke læst",
        "is too big to be a checklist (over 1 MiB); it was not read",
    ),
    "checklists.not_regular_file": (
        "er ikke en almindelig fil (men fx en mappe eller en enhed)",
        "is not a regular file (but e.g. a folder or a device)",
    ),
    "checklists.number_too_small": (
        "Tallet må ikke være mindre end {limit}.",
        "The number must not be less than {limit}.",
    ),
    "checklists.number_too_big": (
        "Tallet må ikke være større end {limit}.",
        "The number must not be more than {limit}.",
    ),
    "checklists.unknown_kind": ("Ukendt type '{kind}'.", "Unknown kind '{kind}'."),
    # -- typed input (core/parsing.py)
    "parsing.number": ("Skriv et tal, fx 3 eller 2,5.", "Type a number, e.g. 3 or 2.5."),
    "parsing.time": (
        "Skriv et klokkeslæt som tt.mm, fx 9.30.",
        "Type a time as hh.mm, e.g. 9.30.",
    ),
    "parsing.date": (
        "Skriv datoen som dd-mm-åååå, fx 31-01-2026.",
        "Type the date as dd-mm-yyyy, e.g. 31-01-2026.",
    ),
    "parsing.no_such_date": (
        "Den dato findes ikke i kalenderen.",
        "That date does not exist in the calendar.",
    ),
    # -- what text may hold (core/text_rules.py)
    "text_rules.control_character": (
        "Teksten indeholder et styretegn ({code}), som ikke kan vises. Fjern det.",
        "The text holds a control character ({code}) that cannot be shown. Remove it.",
    ),
    "text_rules.invalid_character": (
        "Teksten indeholder et ugyldigt tegn ({code}). Skriv den igen uden det.",
        "The text holds an invalid character ({code}). Type it again without it.",
    ),
    "text_rules.one_line": (
        "Feltet skal stå på én linje (uden linjeskift).",
        "The field must be on one line (no line breaks).",
    ),
    # -- dates and times (core/formatting.py)
    "format.date": ("{day}. {month} {year}", "{day} {month} {year}"),
    "format.datetime": ("{date} kl. {clock}", "{date}, {clock}"),
    "format.hours": ("kl. {span}", "{span}"),
    # -- months
    "month.1": ("januar", "January"),
    "month.2": ("februar", "February"),
    "month.3": ("marts", "March"),
    "month.4": ("april", "April"),
    "month.5": ("maj", "May"),
    "month.6": ("juni", "June"),
    "month.7": ("juli", "July"),
    "month.8": ("august", "August"),
    "month.9": ("september", "September"),
    "month.10": ("oktober", "October"),
    "month.11": ("november", "November"),
    "month.12": ("december", "December"),
    # -- weekdays (core/codes.py WEEKDAYS)
    "weekday.mon": ("mandag", "Monday"),
    "weekday.tue": ("tirsdag", "Tuesday"),
    "weekday.wed": ("onsdag", "Wednesday"),
    "weekday.thu": ("torsdag", "Thursday"),
    "weekday.fri": ("fredag", "Friday"),
    "weekday.sat": ("lørdag", "Saturday"),
    "weekday.sun": ("søndag", "Sunday"),
    # -- places in the week plan (core/codes.py PLACES)
    "place.home": ("Hjemme", "Home"),
    "place.workplace": ("Arbejdspladsen", "Workplace"),
    "place.off": ("Fri", "Off"),
    # -- answers as text
    "answer.yes": ("Ja", "Yes"),
    "answer.no": ("Nej", "No"),
    "answer.not_answered": ("Ikke besvaret", "Not answered"),
    # -- an item's marks
    "item.not_discussed": ("Ikke drøftet", "Not discussed"),
    "item.depends_on_answers": ("Afhænger af svarene ovenfor", "Depends on the answers above"),
    # -- between meetings (core/followups.py)
    "followups.of_earlier": (
        "Opfølgning af en tidligere aftale",
        "Follow-up of an earlier agreement",
    ),
    "followups.of_agreement": (
        "Opfølgning af aftalen fra {date}",
        "Follow-up of the agreement of {date}",
    ),
    "followups.change.kept": ("Uændret", "Kept"),
    "followups.change.changed": ("Ændret", "Changed"),
    "followups.change.new": ("Nyt", "New"),
    "followups.overdue": ("{date} – overskredet", "{date} – overdue"),
    "followups.due_soon": ("{date} – snart", "{date} – due soon"),
    # -- the task finder (core/tasks.py, core/meeting_tasks.py)
    "tasks.title": ("Opgaver på distancen", "Tasks at a distance"),
    "tasks.all_home": (
        "Alle svar tillader, at opgaven klares hjemme",
        "All answers allow the task to be done from home",
    ),
    "tasks.result.home": ("Hjemme", "Home"),
    "tasks.result.partly": ("Delvist hjemme", "Partly home"),
    "tasks.result.workplace": ("På arbejdspladsen", "At the workplace"),
    "tasks.result.none": ("Ikke vurderet endnu", "Not assessed yet"),
    "tasks.preparation": ("Forberedelse", "Preparation"),
    "tasks.write_name": ("Skriv opgavens navn.", "Write the task's name."),
    "tasks.no_part": (
        "Mødet har ikke delen »Opgaver på distancen«.",
        "The meeting does not have the part 'Tasks at a distance'.",
    ),
    "tasks.no_task": ("Opgaven {task_id} findes ikke.", "Task {task_id} does not exist."),
    "tasks.too_many": ("Højst {limit} opgaver.", "At most {limit} tasks."),
    "tasks.no_question": (
        "Spørgsmålet {question_id} findes ikke.",
        "Question {question_id} does not exist.",
    ),
    "tasks.no_category": (
        "Kategorien {category} findes ikke.",
        "Category {category} does not exist.",
    ),
    "tasks.choose_option": (
        "Vælg et af svarene: {options}.",
        "Choose one of the answers: {options}.",
    ),
    "tasks.hours_range": (
        "Skriv et antal timer fra {low} til {high}, fx 7,5.",
        "Write a number of hours from {low} to {high}, for example 7.5.",
    ),
    "tasks.bad_result": (
        "Resultatet skal være hjemme, delvist eller arbejdspladsen.",
        "The result must be home, partly or workplace.",
    ),
    "tasks.override_needs_note": (
        "Skriv en note om, hvorfor I vælger et andet resultat.",
        "Write a note on why you choose another result.",
    ),
    "tasks.removed_part_has_tasks": (
        "Delen »Opgaver på distancen« har {count} opgaver. Fjernes den, slettes de.",
        "The part 'Tasks at a distance' has {count} tasks. Removing it deletes them.",
    ),
    "tasks.not_assessed_one": (
        "{count} opgave, der ikke er vurderet endnu",
        "{count} task not assessed yet",
    ),
    "tasks.not_assessed_many": (
        "{count} opgaver, der ikke er vurderet endnu",
        "{count} tasks not assessed yet",
    ),
    "tasks.preparation_cannot_sign": (
        "En forberedelse uden medarbejder kan ikke underskrives. Start et møde med "
        "medarbejderen ud fra den.",
        "A preparation without an employee cannot be signed. Start a meeting with the "
        "employee from it.",
    ),
    "tasks.not_preparation": (
        "Kun en forberedelse uden medarbejder kan bruges til at starte et møde.",
        "Only a preparation without an employee can be used to start a meeting.",
    ),
    "tasks.file_broken": (
        "Filen med opgavespørgsmålene kan ikke bruges ({error}). Intet er tabt.",
        "The file with the task questions cannot be used ({error}). Nothing is lost.",
    ),
    # -- the calendar file (core/calendar_ics.py)
    "calendar.follow_up": (
        "Opfølgning på aftalen om hjemmearbejde – {employee}",
        "Follow-up of the working-from-home agreement – {employee}",
    ),
    "calendar.follow_up_desc": (
        "Opfølgning på aftalen fra {date} mellem {manager} og {employee}, {company}.",
        "Follow-up of the agreement of {date} between {manager} and {employee}, {company}.",
    ),
    "calendar.action": ("Frist: {what}", "Deadline: {what}"),
    "calendar.action_private": (
        "Frist for handling {n} i aftalen om hjemmearbejde",
        "Deadline of action {n} in the working-from-home agreement",
    ),
    "calendar.action_desc": (
        "Handling {n} i aftalen fra {date} ({employee}, {company}).",
        "Action {n} in the agreement of {date} ({employee}, {company}).",
    ),
    "calendar.no_events": (
        "Mødet har ingen opfølgningsdato (og ingen frister at tage med).",
        "The meeting has no follow-up date (and no deadlines to include).",
    ),
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
    # -- the PDF (core/pdf/): printed in the meeting's language, t(key, lang)
    "pdf.title": ("Aftalt plan for hjemmearbejde", "Agreed plan for working from home"),
    "pdf.company": ("Virksomhed", "Company"),
    "pdf.manager": ("Leder", "Manager"),
    "pdf.employee": ("Medarbejder", "Employee"),
    "pdf.meeting_date": ("Mødedato", "Meeting date"),
    "pdf.version": ("Version", "Version"),
    "pdf.amends": ("ændrer version {n}", "amends version {n}"),
    "pdf.follows": ("opfølgning på mødet den {d}", "follows up the meeting of {d}"),
    "pdf.follows_nodate": ("opfølgning på et tidligere møde", "follows up an earlier meeting"),
    "pdf.arrangement": ("Ordningen", "The arrangement"),
    "pdf.no_arrangement": (
        "Ordningen er ikke udfyldt endnu.",
        "The arrangement has not been filled in yet.",
    ),
    "pdf.actions": ("Aftalte handlinger", "Agreed actions"),
    "pdf.no_actions": ("Ingen handlinger aftalt.", "No actions agreed."),
    "pdf.what": ("Hvad", "What"),
    "pdf.owner": ("Ansvarlig", "Owner"),
    "pdf.deadline": ("Frist", "Deadline"),
    "pdf.done": ("Udført", "Done"),
    "pdf.follow_up": ("Opfølgning", "Follow-up"),
    "pdf.follow_up_date": ("Næste opfølgning", "Next follow-up"),
    "pdf.follow_up_none": ("Ingen dato aftalt", "No date agreed"),
    "pdf.signatures": ("Underskrifter", "Signatures"),
    "pdf.typed": ("Underskrevet med navn", "Signed by typed name"),
    "pdf.drawn": ("Underskrevet på skærmen", "Signed on screen"),
    "pdf.signed_at": ("Underskrevet", "Signed"),
    "pdf.sign_here": (
        "Ikke underskrevet i programmet. Underskriv her med pen:",
        "Not signed in the program. Sign here by hand:",
    ),
    "pdf.date_line": ("Dato", "Date"),
    "pdf.answers": ("Tjeklisternes svar", "The checklists' answers"),
    "pdf.note": ("Note", "Note"),
    "pdf.previous": ("Aftalt sidst", "Agreed last time"),
    "pdf.changes": ("Hvad er ændret", "What has changed"),
    "pdf.changes_counts": (
        "I forhold til den underskrevne aftale: {kept} uændret, {changed} ændret, {new} nyt.",
        "Against the signed agreement: {kept} kept, {changed} changed, {new} new.",
    ),
    "pdf.changes_none": (
        "Ingen svar er ændret i forhold til den underskrevne aftale.",
        "No answer has changed against the signed agreement.",
    ),
    "pdf.changes_more": ("… og {n} mere", "… and {n} more"),
    "pdf.private": ("Fortroligt", "Private"),
    "pdf.private_left_out": (
        "{n} fortroligt punkt er ikke med i denne udskrift.",
        "{n} private item is not included in this printout.",
    ),
    "pdf.private_left_out_n": (
        "{n} fortrolige punkter er ikke med i denne udskrift.",
        "{n} private items are not included in this printout.",
    ),
    "pdf.page": ("Side {x} af {y}", "Page {x} of {y}"),
    "pdf.fingerprint": ("Fingeraftryk", "Fingerprint"),
    "pdf.draft_footer": ("KLADDE – ikke underskrevet", "DRAFT – not signed"),
    "pdf.draft": ("KLADDE", "DRAFT"),
    "pdf.seal_reason": (
        "Forseglet ved udskrift: aftalen er underskrevet af begge",
        "Sealed on export: the agreement is signed by both",
    ),
    "pdf.draft_banner": (
        "KLADDE – ikke underskrevet af begge. Ikke en gyldig aftale.",
        "DRAFT – not signed by both. Not a valid agreement.",
    ),
    "pdf.subject": (
        "Aftale om hjemmearbejde mellem {company} og {employee}",
        "Home-work agreement between {company} and {employee}",
    ),
    "pdf.tasks": ("Opgaver", "Tasks"),
    "pdf.tasks.none": ("Ingen opgaver skrevet op.", "No tasks listed."),
    "pdf.tasks.task": ("Opgave", "Task"),
    "pdf.tasks.hours_head": ("Timer/uge", "Hours/week"),
    "pdf.tasks.result": ("Hvor", "Where"),
    "pdf.tasks.hours_value": ("{hours} t", "{hours} h"),
    "pdf.tasks.overridden": (
        "Valgt i stedet for det beregnede: {computed}",
        "Chosen instead of the computed result: {computed}",
    ),
    "pdf.tasks.summary": ("Timer om ugen", "Hours a week"),
    "pdf.tasks.total": ("I alt {total} om ugen.", "In all {total} a week."),
    "pdf.reason": ("Baggrund", "Reason"),
    "pdf.home_days": ("Hjemmedage pr. uge", "Home days per week"),
    "pdf.schedule": ("Ugeplan", "Weekly schedule"),
    "pdf.contact_hours": ("Kan kontaktes", "Can be reached"),
    "pdf.contact_rhythm": ("Kontakt og møder", "Contact and meetings"),
    "pdf.start_date": ("Start", "Start"),
    "pdf.trial_period": ("Prøveperiode", "Trial period"),
    "pdf.evaluation_date": ("Evaluering", "Evaluation"),
    "pdf.ending": ("Ophør", "Ending"),
    "pdf.equipment": ("Udstyr og IT", "Equipment and IT"),
    "pdf.costs": ("Udgifter", "Costs"),
    "pdf.aids": ("Hjælpemidler og støtte", "Aids and support"),
    "pdf.data_security": ("Datasikkerhed", "Data security"),
    # -- verify (core/pdf/verify.py)
    "verify.include_private": (
        "Filens 'include_private' er hverken sand eller falsk.",
        "The file's 'include_private' is neither true nor false.",
    ),
    "verify.not_pdf": ("not ours – filen er ikke en PDF.", "not ours – the file is not a PDF."),
    "verify.unreadable": (
        "Filen er ændret eller beskadiget: aftalens data kan ikke læses.",
        "The file is changed or damaged: the agreement's data cannot be read.",
    ),
    "verify.differs": (
        "differs – stemmer ikke: {difference}",
        "differs – does not match: {difference}",
    ),
    "verify.no_data": (
        "not ours – PDF'en er ikke lavet af dette program (ingen aftaledata).",
        "not ours – the PDF was not made by this program (no agreement data).",
    ),
    "verify.unknown_format": (
        "not ours – PDF'en har aftaledata i et ukendt format.",
        "not ours – the PDF holds agreement data in an unknown format.",
    ),
    "verify.content_changed": (
        "Aftalens indhold passer ikke med fingeraftrykket i filen (indholdet er ændret).",
        "The agreement's content does not match the fingerprint in the file (the content is changed).",
    ),
    "verify.field_mismatch": (
        "Filens '{key}' passer ikke med aftalens indhold.",
        "The file's '{key}' does not match the agreement's content.",
    ),
    "verify.stored_differs": (
        "Forskel fra de gemte data: {name}",
        "Differs from the stored data: {name}",
    ),
    "verify.matches": (
        "matches – stemmer: PDF'en svarer til sine data (fingeraftryk {short}).{note}",
        "matches – the PDF matches its data (fingerprint {short}).{note}",
    ),
    "verify.no_seal_note": (
        "Filen har intet segl (lavet før seglet fandtes).",
        "The file has no seal (made before the seal existed).",
    ),
    "verify.draft": (
        "draft – kladde, ikke underskrevet: filen er uændret (fingeraftryk {short}), men er ikke en gyldig aftale.",
        "draft – not signed: the file is unchanged (fingerprint {short}) but is not a valid agreement.",
    ),
    "verify.unproven": (
        "not ours – filen har hverken et segl eller en plads i dette programs liste over gemte PDF'er.",
        "not ours – the file has neither a seal nor an entry in this program's list of saved PDFs.",
    ),
    "verify.no_seal": (
        "Segl: intet segl (lavet før seglet fandtes, eller en kladde).",
        "Seal: no seal (made before the seal existed, or a draft).",
    ),
    "verify.unchanged_registered": (
        "Uændret: ja, byte for byte den PDF, dette program gemte (eksportlisten).",
        "Unchanged: yes, byte for byte the PDF this program saved (export registry).",
    ),
    "verify.unchanged_unknown": (
        "Uændret: kan ikke afgøres uden segl.",
        "Unchanged: cannot tell without a seal.",
    ),
    "verify.seal_invalid": (
        "Segl: UGYLDIGT – filen er ændret efter forseglingen, eller seglet er beskadiget.",
        "Seal: INVALID – the file was changed after sealing, or the seal is damaged.",
    ),
    "verify.given_cert": ("det er det givne certifikat", "it is the given certificate"),
    "verify.not_given_cert": (
        "det er IKKE det givne certifikat",
        "it is NOT the given certificate",
    ),
    "verify.own_cert": ("det er denne computers eget", "it is this computer's own"),
    "verify.not_own_cert": (
        "det er IKKE denne computers; sammenlign fingeraftrykket med HR's, eller brug --cert",
        "it is NOT this computer's; compare the fingerprint with HR's, or use --cert",
    ),
    "verify.seal_valid": (
        "Segl: gyldigt, af certifikatet {subject} (SHA-256 {fingerprint}); {whose}.",
        "Seal: valid, by the certificate {subject} (SHA-256 {fingerprint}); {whose}.",
    ),
    "verify.unchanged_since_sealing": (
        "Uændret siden forseglingen: ja.",
        "Unchanged since sealing: yes.",
    ),
    "verify.changed_since_sealing": (
        "Uændret siden forseglingen: NEJ – der er ændret eller tilføjet noget.",
        "Unchanged since sealing: NO – something was changed or added.",
    ),
    "verify.page_fingerprint": (
        "Fingeraftrykket på siderne passer ikke med aftalens data.",
        "The fingerprint printed on the pages does not match the agreement's data.",
    ),
    "verify.data_differs": (
        "Data og fingeraftryk: STEMMER IKKE – {difference}",
        "Data and fingerprint: DO NOT MATCH – {difference}",
    ),
    "verify.data_matches_pages": (
        "Data og fingeraftryk: stemmer med fingeraftrykket på hver side ({short}).",
        "Data and fingerprint: match the fingerprint printed on every page ({short}).",
    ),
    "verify.data_matches_draft": (
        "Data og fingeraftryk: stemmer ({short}); en kladde har intet på siderne.",
        "Data and fingerprint: match ({short}); a draft prints none on its pages.",
    ),
    "verify.record_unknown": (
        "Gemte data: mødet {meeting_id} findes ikke i disse data (ukendt møde).",
        "Stored record: meeting {meeting_id} is not in this data (unknown meeting).",
    ),
    "verify.record_differs": (
        "Gemte data: STEMMER IKKE – {difference}",
        "Stored record: DOES NOT MATCH – {difference}",
    ),
    "verify.record_matches": (
        "Gemte data: stemmer med mødet i disse data.",
        "Stored record: matches the meeting in this data.",
    ),
    "verify.state_signed": ("Status: underskrevet af begge.", "State: signed by both."),
    "verify.state_draft": (
        "Status: KLADDE – ikke underskrevet af begge; ikke en gyldig aftale.",
        "State: DRAFT – not signed by both; not a valid agreement.",
    ),
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
