"""The PDF's own words (Danish and English) and the names the file carries."""

from __future__ import annotations

from typing import Any

FORMAT = "remotework-desktop/2"
# The previous release's format: it embedded the whole record, private items included.
FORMAT_V1 = "remotework-desktop/1"
ATTACHMENT_NAME = "aftale.json"
CREATOR = "remotework-desktop"

T: dict[str, dict[str, str]] = {
    "title": {"da": "Aftalt plan for hjemmearbejde", "en": "Agreed plan for working from home"},
    "company": {"da": "Virksomhed", "en": "Company"},
    "manager": {"da": "Leder", "en": "Manager"},
    "employee": {"da": "Medarbejder", "en": "Employee"},
    "meeting_date": {"da": "Mødedato", "en": "Meeting date"},
    "version": {"da": "Version", "en": "Version"},
    "amends": {"da": "ændrer version {n}", "en": "amends version {n}"},
    "follows": {"da": "opfølgning på mødet den {d}", "en": "follows up the meeting of {d}"},
    "follows_nodate": {
        "da": "opfølgning på et tidligere møde",
        "en": "follows up an earlier meeting",
    },
    "arrangement": {"da": "Ordningen", "en": "The arrangement"},
    "no_arrangement": {
        "da": "Ordningen er ikke udfyldt endnu.",
        "en": "The arrangement has not been filled in yet.",
    },
    "actions": {"da": "Aftalte handlinger", "en": "Agreed actions"},
    "no_actions": {"da": "Ingen handlinger aftalt.", "en": "No actions agreed."},
    "what": {"da": "Hvad", "en": "What"},
    "owner": {"da": "Ansvarlig", "en": "Owner"},
    "deadline": {"da": "Frist", "en": "Deadline"},
    "done": {"da": "Udført", "en": "Done"},
    "follow_up": {"da": "Opfølgning", "en": "Follow-up"},
    "follow_up_date": {"da": "Næste opfølgning", "en": "Next follow-up"},
    "follow_up_none": {"da": "Ingen dato aftalt", "en": "No date agreed"},
    "signatures": {"da": "Underskrifter", "en": "Signatures"},
    "typed": {"da": "Underskrevet med navn", "en": "Signed by typed name"},
    "drawn": {"da": "Underskrevet på skærmen", "en": "Signed on screen"},
    "signed_at": {"da": "Underskrevet", "en": "Signed"},
    "sign_here": {
        "da": "Ikke underskrevet i programmet. Underskriv her med pen:",
        "en": "Not signed in the program. Sign here by hand:",
    },
    "date_line": {"da": "Dato", "en": "Date"},
    "answers": {"da": "Tjeklisternes svar", "en": "The checklists' answers"},
    "note": {"da": "Note", "en": "Note"},
    "previous": {"da": "Aftalt sidst", "en": "Agreed last time"},
    "private": {"da": "Fortroligt", "en": "Private"},
    "private_left_out": {
        "da": "{n} fortroligt punkt er ikke med i denne udskrift.",
        "en": "{n} private item is not included in this printout.",
    },
    "private_left_out_n": {
        "da": "{n} fortrolige punkter er ikke med i denne udskrift.",
        "en": "{n} private items are not included in this printout.",
    },
    "page": {"da": "Side {x} af {y}", "en": "Page {x} of {y}"},
    "fingerprint": {"da": "Fingeraftryk", "en": "Fingerprint"},
    "draft_footer": {"da": "KLADDE – ikke underskrevet", "en": "DRAFT – not signed"},
    "draft": {"da": "KLADDE", "en": "DRAFT"},
    "seal_reason": {
        "da": "Forseglet ved udskrift: aftalen er underskrevet af begge",
        "en": "Sealed on export: the agreement is signed by both",
    },
    "draft_banner": {
        "da": "KLADDE – ikke underskrevet af begge. Ikke en gyldig aftale.",
        "en": "DRAFT – not signed by both. Not a valid agreement.",
    },
    "subject": {
        "da": "Aftale om hjemmearbejde mellem {company} og {employee}",
        "en": "Home-work agreement between {company} and {employee}",
    },
    "reason": {"da": "Baggrund", "en": "Reason"},
    "home_days": {"da": "Hjemmedage pr. uge", "en": "Home days per week"},
    "schedule": {"da": "Ugeplan", "en": "Weekly schedule"},
    "contact_hours": {"da": "Kan kontaktes", "en": "Can be reached"},
    "contact_rhythm": {"da": "Kontakt og møder", "en": "Contact and meetings"},
    "start_date": {"da": "Start", "en": "Start"},
    "trial_period": {"da": "Prøveperiode", "en": "Trial period"},
    "evaluation_date": {"da": "Evaluering", "en": "Evaluation"},
    "ending": {"da": "Ophør", "en": "Ending"},
    "equipment": {"da": "Udstyr og IT", "en": "Equipment and IT"},
    "costs": {"da": "Udgifter", "en": "Costs"},
    "aids": {"da": "Hjælpemidler og støtte", "en": "Aids and support"},
    "data_security": {"da": "Datasikkerhed", "en": "Data security"},
}


def _t(key: str, lang: str, **kw: Any) -> str:
    text = T[key]["en" if lang == "en" else "da"]
    return text.format(**kw) if kw else text
