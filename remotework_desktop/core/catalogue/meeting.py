"""The meeting and what it holds: the model, answers, typed input, dates, the week plan,
between meetings, the task finder and the calendar file.

key -> (Danish, English); see ``core/text.py``.
"""

TEXTS: dict[str, tuple[str, str]] = {
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
}
