"""The PDF (printed in the meeting's language) and verify.

key -> (Danish, English); see ``core/text.py``.
"""

TEXTS: dict[str, tuple[str, str]] = {
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
    "pdf.layout_failed": (
        "Planen kunne ikke sættes op som PDF: en tekst i den er for lang til en side "
        "(måske et navn eller en titel). Gør teksten kortere, og prøv igen.",
        "The plan could not be laid out as a PDF: a text in it is too long for one page "
        "(perhaps a name or a title). Make the text shorter and try again.",
    ),
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
}
