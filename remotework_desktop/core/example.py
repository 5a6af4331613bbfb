"""One realistic, filled-in example meeting, for the demo mode and for tests.

The example is built through the public Meeting API (answers, statuses, notes, actions), so
it obeys every rule a real meeting does. It stays a draft: nobody has signed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, NamedTuple

from remotework_desktop.core import checklists
from remotework_desktop.core.checklists import ChecklistDefinition
from remotework_desktop.core.meetings import Meeting, new_meeting

COMPANY = "Æblegården ApS"
MANAGER_NAME = "Søren Ødegaard"
MANAGER_TITLE = "Afdelingsleder"
EMPLOYEE_NAME = "Åse Brønnum-Jensen"
FIXED_MEETING_ID = "example0001"


class _Entry(NamedTuple):
    """What the two agreed on one item; ``answer=None`` leaves the answer open."""

    answer: Any = None
    status: str = "agreed"
    note: str = ""
    private: bool | None = None  # None keeps the item's own default


class _PlannedAction(NamedTuple):
    what: str
    owner: str
    days: int  # deadline, counted from the meeting date
    owner_name: str = ""
    link: tuple[str, str] | None = None  # (checklist id, item id)


# Åse's usual week: three home days, two at the office, weekends off.
_WEEK = {
    "mon": "workplace",
    "tue": "home",
    "wed": "home",
    "thu": "workplace",
    "fri": "home",
    "sat": "off",
    "sun": "off",
}


def _start(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=14)


def _evaluation(today: dt.date) -> dt.date:
    # The follow-up meeting is the evaluation, at the end of a three-month trial period.
    return _start(today) + dt.timedelta(days=84)


def _entries(today: dt.date) -> dict[str, dict[str, _Entry]]:
    """The filled-in items, per checklist. Dates are relative to the meeting date."""
    start, evaluation = _start(today), _evaluation(today)
    return {
        "getting_started": {
            "purpose": _Entry(
                "Åse skal kunne lægge flere af sine fleksjobtimer i arbejdet i stedet for i "
                "transport, og arbejde i ro med få mennesker omkring sig."
            ),
            "reason": _Entry(["few_people", "flexjob_hours"]),
            "goals": _Entry(
                "Fakturering og bogføring for de tre største kunder klares hjemmefra. "
                "Månedsrapporten er klar senest den 5. i hver måned."
            ),
            "voluntary": _Entry(True),
            "home_days": _Entry(3),
            "schedule": _Entry(_WEEK),
            "working_hours": _Entry(
                "Fleksjob på 20 timer om ugen: kl. 9-13 mandag til fredag, også på hjemmedage."
            ),
            "time_registration": _Entry(
                "Åse skriver kun afvigelser fra de faste timer i tidsregistreringen."
            ),
            "access_transport": _Entry(
                "Åse kører selv og har brug for en parkeringsplads tæt på indgangen og en fast "
                "plads ved vinduet på kontordagene.",
                private=True,
            ),
            "contact_hours": _Entry({"start": "09:00", "end": "14:00"}),
            "contact_rhythm": _Entry(
                "Kort opkald kl. 9.15 på hjemmedage. Videomøde med Søren hver fredag kl. 10."
            ),
            "home_tasks": _Entry("Bogføring, fakturering, afstemning af konti og månedsrapporten."),
            "expectations": _Entry(
                "Åse svarer på beskeder inden for en time i kontakttiden. Søren svarer samme dag."
            ),
            "unclear_tasks": _Entry("write_chat"),
            "equipment": _Entry(["laptop", "screen", "keyboard_mouse", "headset"]),
            "it_access": _Entry(
                None, "follow_up", "VPN og økonomisystemet virker ikke hjemmefra endnu."
            ),
            "costs": _Entry(
                "Åse bruger sin egen internetforbindelse og sit eget skrivebord, som er stort "
                "nok. Æblegården låner hende en kontorstol og en skærm og betaler, hvis udstyret "
                "går i stykker ved almindelig brug."
            ),
            "aids": _Entry(
                ["work_aids", "flexjob"],
                note="Fleksjobbet er bevilget. Åse søger jobcentret om et headset, der dæmper "
                "støj, til dagene på kontoret.",
            ),
            "accommodation": _Entry(
                "Hjemmedage, nye opgaver på skrift og en rolig formiddag uden møder."
            ),
            "data_security": _Entry(
                "Skærmlås, når Åse går fra computeren. Ingen papirer med kundedata derhjemme. "
                "Fortrolige kundeopkald tages i arbejdsværelset med døren lukket."
            ),
            "screen_work_regular": _Entry(True),
            "home_screen_days": _Entry(3),
            "total_screen_days": _Entry(5),
            "compliant_station_elsewhere": _Entry(True),
            "ws_screen": _Entry(True, note="Skærmen lånes fra kontoret."),
            "ws_keyboard_mouse": _Entry(True),
            "ws_desk_chair": _Entry(True, note="Stolen lånes fra kontoret."),
            "ws_lighting": _Entry(None, "open"),
            "ws_breaks": _Entry("Kort pause hver time og en gåtur i frokostpausen."),
            "ws_eyes": _Entry(True),
            "ws_apv": _Entry("self_assessment", "follow_up"),
            "sick_report": _Entry(
                "Åse sender en sms til Søren inden kl. 8.30, også på hjemmedage."
            ),
            "chronic_illness_agreement": _Entry("not_relevant"),
            "work_injury": _Entry(True),
            "private_notes": _Entry(
                "Kun Søren og Åse læser de fortrolige noter. De slettes, når ordningen stopper, "
                "og senest to år efter evalueringen."
            ),
            "colleagues_informed": _Entry(True),
            "colleagues_included": _Entry(
                "Åse er med på morgenmødet på video og spiser frokost med holdet om torsdagen."
            ),
            "start_date": _Entry(start.isoformat()),
            "trial_period": _Entry("three_months"),
            "evaluation_date": _Entry(evaluation.isoformat()),
            "ending": _Entry(
                "Ændringer aftales ved opfølgningen med en måneds varsel. Hjemmedagene er en "
                "del af tilpasningen af Åses fleksjob, så de stopper ikke, uden at I først har "
                "talt om en anden løsning."
            ),
            "follow_up_rhythm": _Entry("monthly"),
            "follow_up_topics": _Entry(["results", "wellbeing", "equipment"]),
            "success_signs": _Entry(None, "follow_up", "Tages op ved evalueringen."),
        },
        "leading": {
            "clear_goals": _Entry(
                "Bogføringen er afstemt hver fredag, og fakturaer sendes senest to dage efter "
                "levering."
            ),
            "success_written": _Entry(True),
            "results_collected": _Entry("shared_list"),
            "fixed_meetings": _Entry("Fredag kl. 10 på video, en halv time."),
            "manager_week": _Entry(
                {"mon": "workplace", "tue": "workplace", "wed": "home", "thu": "workplace"}
                | {"fri": "workplace", "sat": "off", "sun": "off"}
            ),
            "manager_hours": _Entry({"start": "08:00", "end": "15:30"}),
            "manager_backup": _Entry("Bogholder Karin Nørgaard."),
            "instruction": _Entry(["in_person", "written"]),
            "feedback": _Entry("weekly"),
            "formal_information": _Entry(True),
            "informal_information": _Entry(
                "Karin skriver de vigtigste nyheder fra kontoret i holdets chatkanal."
            ),
            "social_channels": _Entry(["chat_channel", "morning_meeting", "shared_office_days"]),
            "watch_isolation": _Entry(
                "Søren spørger ind ved fredagsmødet, hvis Åse har aflyst møder eller er stille "
                "i chatten."
            ),
            "early_signs": _Entry(
                "Når jeg holder op med at skrive i chatten, er jeg presset. Ring hellere end at "
                "skrive i de perioder."
            ),
            "workflow_changes": _Entry("Telefonen på Åses hjemmedage stilles om til Karin."),
            "colleague_load": _Entry(None, "follow_up"),
            "workload": _Entry("suitable"),
            "rest_periods": _Entry(True),
            "no_reply_times": _Entry("Efter kl. 16 og i weekenden."),
            "wellbeing_interval": _Entry(4),
            "leadership_review": _Entry(evaluation.isoformat()),
        },
        "conversation": {
            "motivating": _Entry("good"),
            "motivation_why": _Entry(
                "Jeg får mere fra hånden, når der er ro. Det trækker ned, at jeg ikke hører, "
                "hvad der sker på kontoret."
            ),
            "miss_colleagues": _Entry("a_little"),
            "sparring": _Entry("Et kort opkald til Karin, når jeg er i tvivl om en postering."),
            "commute_minutes": _Entry(70),
            "saved_energy_use": _Entry(["more_work", "rest"]),
            "energy_after": _Entry("more"),
            "home_task_types": _Entry(["data_processing", "accounting"]),
            "suited_traits": _Entry(["clear", "time_known", "concentration"]),
            "workplace_traits": _Entry(["close_cooperation", "many_customers"]),
            # The one note about needs: what helps, never why.
            "support_needed": _Entry(
                None,
                note="Åse har brug for nye opgaver på skrift og for en rolig formiddag uden "
                "møder. Korte pauser hver time hjælper hende med at holde hele dagen.",
            ),
            "aids_needed": _Entry(["noise_cancelling"]),
            "mentor": _Entry(False),
            "contact_ways": _Entry(["chat", "video", "in_person"]),
            "best_contact_time": _Entry({"start": "09:00", "end": "12:00"}),
            "office_visits": _Entry(2),
            "preferred_week": _Entry(_WEEK),
            "ask_for_help": _Entry("At vi har aftalt, at et spørgsmål i chatten altid er i orden."),
            "home_quiet": _Entry(
                True,
                note="Åses søn er hjemme om eftermiddagen to dage om ugen. Hun lægger "
                "opkald om formiddagen.",
                private=True,
            ),
            "home_space": _Entry(True),
            "work_life_boundary": _Entry("Computeren slukkes og lægges i skabet kl. 14."),
            "next_talk": _Entry(None, "open"),
        },
    }


_ACTIONS: tuple[_PlannedAction, ...] = (
    _PlannedAction(
        "Sæt VPN og adgang til økonomisystemet op på Åses bærbare.",
        "other",
        7,
        owner_name="IT-support",
        link=("getting_started", "it_access"),
    ),
    _PlannedAction(
        "Lån en kontorstol og en ekstra skærm med hjem til Åse.",
        "manager",
        10,
        link=("getting_started", "equipment"),
    ),
    _PlannedAction(
        "Kontakt jobcentret om et headset, der dæmper støj.",
        "employee",
        14,
        link=("getting_started", "aids"),
    ),
    _PlannedAction(
        "Udfyld egenvurderingen af hjemmearbejdspladsen, og gå den igennem sammen.",
        "both",
        30,
        link=("getting_started", "ws_apv"),
    ),
    _PlannedAction(
        "Aftal med Karin, hvordan telefonen dækkes på Åses hjemmedage.",
        "manager",
        7,
        link=("leading", "colleague_load"),
    ),
)


def build_example_meeting(
    definitions: list[ChecklistDefinition] | None = None,
    *,
    today: dt.date | None = None,
    fixed_ids: bool = False,
    tasks: bool = False,
) -> Meeting:
    """Build the filled-in example meeting (a draft) from the given checklists.

    Items or checklists the example does not know are left open, so the example also works
    with other checklist files. With ``fixed_ids`` the ids and timestamps are fixed too, and
    the meeting is identical on every run for the same ``today``. ``tasks`` adds the task
    part with a realistic task list (home, partly and workplace; one overridden with a note).
    """
    if definitions is None:
        definitions = checklists.load_checklists().ordered()
    today = today or dt.date.today()
    meeting = new_meeting(
        company=COMPANY,
        manager_name=MANAGER_NAME,
        manager_title=MANAGER_TITLE,
        employee_name=EMPLOYEE_NAME,
        meeting_date=today,
        checklists=definitions,
        tasks=tasks,
    )
    if tasks:
        _fill_tasks(meeting)
    present = {d.id: d for d in definitions}
    _fill(meeting, present, _entries(today))
    for planned in _ACTIONS:
        link = planned.link
        linked = (
            link is not None and link[0] in present and present[link[0]].item(link[1]) is not None
        )
        meeting.add_action(
            planned.what,
            owner=planned.owner,
            owner_name=planned.owner_name,
            deadline=today + dt.timedelta(days=planned.days),
            checklist_id=link[0] if linked and link else None,
            item_id=link[1] if linked and link else None,
        )
    meeting.set_follow_up_date(_evaluation(today))
    if fixed_ids:
        meeting.id = FIXED_MEETING_ID
        for number, action in enumerate(meeting.actions, start=1):
            action.id = f"action{number:02d}"
        for number, task in enumerate(meeting.tasks, start=1):
            task.id = f"task{number:02d}"
        stamp = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.UTC).isoformat()
        meeting.created_at = stamp
        meeting.updated_at = stamp
    return meeting


def _fill(
    meeting: Meeting,
    present: Mapping[str, ChecklistDefinition],
    entries: Mapping[str, Mapping[str, _Entry]],
) -> None:
    for checklist_id, items in entries.items():
        definition = present.get(checklist_id)
        if definition is None:
            continue
        for item_id, entry in items.items():
            if definition.item(item_id) is None:
                continue
            if entry.answer is not None:
                meeting.set_answer(checklist_id, item_id, entry.answer)
            if entry.status != "open":
                meeting.set_status(checklist_id, item_id, entry.status)
            if entry.note:
                meeting.set_note(checklist_id, item_id, entry.note)
            if entry.private is not None:
                meeting.set_private(checklist_id, item_id, entry.private)


# The task list (core/tasks.py): name, category, answers (people, equipment, systems,
# confidential, sparring, hours) and, for one, a result chosen with a note.
_HOME = {"people": "no", "equipment": "no", "systems": "yes", "confidential": "no"}
_TASKS: tuple[tuple[str, str, dict[str, Any], tuple[str, str] | None], ...] = (
    ("Bogføring af bilag", "bookkeeping", _HOME | {"sparring": "by_phone", "hours": 8}, None),
    (
        "Månedsafstemning og rapport til ledelsen",
        "accounting",
        _HOME | {"systems": "after_setup", "sparring": "no", "hours": 6},
        None,
    ),
    (
        "Telefonvagt for kunder",
        "customer_service",
        _HOME | {"confidential": "yes_private_room", "sparring": "by_phone", "hours": 5},
        None,
    ),
    (
        "Scanning og arkivering af papirbilag",
        "data_processing",
        _HOME | {"equipment": "yes", "sparring": "no", "hours": 4},
        None,
    ),
    ("Opdatere nyheder på hjemmesiden", "websites", _HOME | {"sparring": "no", "hours": 2}, None),
    (
        "Korrektur på nyhedsbrevet",
        "proofreading",
        _HOME | {"sparring": "in_person", "hours": 1.5},
        ("home", "Sparringen klarer vi på det faste videomøde mandag morgen."),
    ),
    (
        "Oplæring af nye kolleger i kassesystemet",
        "other",
        _HOME | {"people": "always", "sparring": "in_person", "hours": 2},
        None,
    ),
)


def _fill_tasks(meeting: Meeting) -> None:
    for name, category, answers, override in _TASKS:
        task = meeting.add_task(name, category)
        for question, value in answers.items():
            meeting.set_task_answer(task.id, question, value)
        if override is not None:
            meeting.set_task_override(task.id, override[0], override[1])
