"""The task finder (issue 11), told as the stories of the people who use it: the file, the
result of each task, overrides, the summary, preparations, follow-ups and the store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import load_small_checklist

from remotework_desktop.core.meetings import LockedError, Meeting, MeetingError, new_meeting
from remotework_desktop.core.store import Store
from remotework_desktop.core.tasks import (
    RESULTS,
    Task,
    evaluate,
    load_task_finder,
    parse_task_finder,
    read_task_finder,
    suggested_home_days,
    summarise,
    task_finder_path,
)

HOME = {"people": "no", "equipment": "no", "systems": "yes", "confidential": "no"}


def _meeting(**kw: object) -> Meeting:
    fields: dict[str, object] = {
        "company": "Smedjen ApS",
        "manager_name": "Lone Leder",
        "employee_name": "Mads Medarbejder",
        "meeting_date": "2026-05-04",
        "checklists": [load_small_checklist()],
        "tasks": True,
    } | kw
    return new_meeting(**fields)  # type: ignore[arg-type]


def _answer(meeting: Meeting, task_id: str, **answers: object) -> None:
    for question, value in answers.items():
        meeting.set_task_answer(task_id, question, value)


def test_the_shipped_file_holds_the_example_categories_and_the_questions() -> None:
    finder = load_task_finder()
    ids = [c.id for c in finder.categories]
    for expected in ("it_development", "phone_work", "transcription", "video_editing", "other"):
        assert expected in ids
    assert len(finder.categories) >= 14
    assert 6 <= len(finder.questions) <= 7
    assert finder.title("da") == "Opgaver på distancen"
    assert finder.title("en") == "Tasks at a distance"
    assert finder.hours_question.id == "hours"
    for q in finder.questions:
        assert len(q.prompt.da.split()) <= 12 and len(q.prompt.en.split()) <= 12
        for option in q.options:
            assert option.effect in RESULTS and option.reason.da and option.reason.en


def test_the_file_keeps_the_content_rules_of_the_checklists() -> None:
    """Plain Danish first, a real English translation, help of at most three sentences."""
    finder = load_task_finder()
    texts = [("title", finder.title_text), ("intro", finder.intro_text)]
    texts += [(c.id, c.label) for c in finder.categories]
    texts += [(c.id, c.examples) for c in finder.categories]
    for q in finder.questions:
        texts += [(q.id, q.prompt), (q.id, q.help)]
        texts += [(f"{q.id}.{o.id}", o.label) for o in q.options]
        texts += [(f"{q.id}.{o.id}", o.reason) for o in q.options]
        sentences = [s for s in re.split(r"[.!?](?:\s|$)", q.help.da) if s.strip()]
        assert 1 <= len(sentences) <= 3, q.id
    for place, text in texts:
        assert not re.search("[æøåÆØÅ]", text.en), f"{place}: Danish letters in {text.en!r}"
        assert text.da.strip() and text.en.strip(), place
    # Every result can be reached, and every choice has an answer that allows home.
    effects = {o.effect for q in finder.effect_questions for o in q.options}
    assert effects == set(RESULTS)
    for q in finder.effect_questions:
        assert any(o.effect == "home" for o in q.options), q.id


def test_a_task_that_needs_the_workplace_says_why() -> None:
    meeting = _meeting()
    task = meeting.add_task("Lageroptælling", "other")
    _answer(meeting, task.id, **HOME, sparring="no", hours=4)
    meeting.set_task_answer(task.id, "equipment", "yes")
    ev = meeting.task_evaluation(task.id, "en")
    assert (ev.computed, ev.result) == ("workplace", "workplace")
    assert ev.reasons == ["Needs equipment, materials or paper on site"]
    assert ev.missing == []


def test_a_task_is_not_assessed_until_every_question_is_answered() -> None:
    meeting = _meeting()
    task = meeting.add_task("Korrektur", "proofreading")
    meeting.set_task_answer(task.id, "people", "no")
    ev = meeting.task_evaluation(task.id)
    assert ev.computed is None and ev.result is None
    assert ev.missing == ["equipment", "systems", "confidential", "sparring"]
    # A single workplace answer decides it even before the rest are answered.
    meeting.set_task_answer(task.id, "people", "always")
    assert meeting.task_evaluation(task.id).result == "workplace"


def test_partly_and_home_results_with_their_reasons() -> None:
    meeting = _meeting()
    task = meeting.add_task("Bogføring", "bookkeeping")
    _answer(meeting, task.id, **HOME, sparring="by_phone", hours="7,5")
    ev = meeting.task_evaluation(task.id, "da")
    assert ev.result == "home"
    assert ev.reasons == ["Alle svar tillader, at opgaven klares hjemme"]
    meeting.set_task_answer(task.id, "systems", "after_setup")
    ev = meeting.task_evaluation(task.id, "en")
    assert ev.result == "partly"
    assert ev.reasons == ["Access from home must be set up first"]
    assert meeting.task_hours(task.id) == 7.5
    # None clears an answer: the task is not assessed any more.
    meeting.set_task_answer(task.id, "systems", None)
    assert meeting.task_evaluation(task.id).result is None


def test_an_override_needs_a_note_beside_the_note_field() -> None:
    meeting = _meeting()
    task = meeting.add_task("Kundeservice", "customer_service")
    _answer(meeting, task.id, **HOME, sparring="in_person")
    assert meeting.task_evaluation(task.id).result == "partly"
    with pytest.raises(MeetingError) as exc:
        meeting.set_task_override(task.id, "home", "   ")
    assert set(exc.value.fields) == {"note"}
    assert meeting.task(task.id).override is None
    meeting.set_task_override(task.id, "home", "Sparring klares på fast videomøde kl. 9")
    ev = meeting.task_evaluation(task.id)
    assert (ev.computed, ev.result) == ("partly", "home")
    # The note cannot be emptied while the override stands; without it, it can.
    with pytest.raises(MeetingError) as exc:
        meeting.set_task_note(task.id, "")
    assert set(exc.value.fields) == {"note"}
    meeting.set_task_override(task.id, None)
    meeting.set_task_note(task.id, "")
    assert meeting.task_evaluation(task.id).result == "partly"
    with pytest.raises(MeetingError) as exc:
        meeting.set_task_override(task.id, "garden", "note")
    assert set(exc.value.fields) == {"override"}


def test_bad_input_is_refused_beside_its_field() -> None:
    meeting = _meeting()
    for name in ("", "   ", "a\nb"):
        with pytest.raises(MeetingError) as exc:
            meeting.add_task(name)
        assert set(exc.value.fields) == {"name"}
    assert meeting.tasks == []
    task = meeting.add_task("  Skrive nyhedsbrev  ", "writing")
    assert task.name == "Skrive nyhedsbrev"
    with pytest.raises(MeetingError) as exc:
        meeting.update_task(task.id, name=" ")
    assert set(exc.value.fields) == {"name"}
    assert meeting.task(task.id).name == "Skrive nyhedsbrev"
    with pytest.raises(MeetingError) as exc:
        meeting.update_task(task.id, category="gardening")
    assert set(exc.value.fields) == {"category"}
    for value in (-1, 60.1, "mange", float("nan"), True):
        with pytest.raises(MeetingError) as exc:
            meeting.set_task_answer(task.id, "hours", value)
        assert set(exc.value.fields) == {"answer"}
    with pytest.raises(MeetingError) as exc:
        meeting.set_task_answer(task.id, "people", "perhaps")
    assert set(exc.value.fields) == {"answer"}
    with pytest.raises(MeetingError):
        meeting.set_task_answer(task.id, "weather", "no")
    meeting.set_task_answer(task.id, "hours", 2.34)
    assert meeting.task(task.id).answers["hours"] == 2.3


def test_the_list_can_be_reordered_and_shortened() -> None:
    meeting = _meeting()
    a, b, c = (meeting.add_task(n) for n in ("A", "B", "C"))
    assert meeting.move_task(c.id, -1) == 1
    assert [x.name for x in meeting.tasks] == ["A", "C", "B"]
    assert meeting.move_task(a.id, -5) == 0
    meeting.remove_task(b.id)
    assert [x.name for x in meeting.tasks] == ["A", "C"]
    meeting.update_task(a.id, name="A2", category=None)
    assert meeting.task(a.id).name == "A2"


def test_the_summary_adds_up_hours_and_suggests_home_days() -> None:
    meeting = _meeting()
    home = meeting.add_task("Programmering", "it_development")
    _answer(meeting, home.id, **HOME, sparring="no", hours=20)
    partly = meeting.add_task("Support", "customer_service")
    _answer(meeting, partly.id, **HOME, sparring="in_person", hours=10)
    work = meeting.add_task("Post", "other")
    _answer(meeting, work.id, **HOME, sparring="no", hours=7.5)
    meeting.set_task_answer(work.id, "equipment", "yes")
    unknown = meeting.add_task("Møder", "other")
    meeting.set_task_answer(unknown.id, "hours", 2.5)
    summary = meeting.task_summary()
    assert (summary.home_hours, summary.partly_hours, summary.workplace_hours) == (20, 10, 7.5)
    assert summary.unassessed_hours == 2.5 and summary.count == 4
    # (20 + 10/2) / 37.5 of five days = 3.33 → 3 days, as a suggestion only.
    assert suggested_home_days(summary) == 3
    assert meeting.entry("small", "home_days").answer is None
    assert suggested_home_days(summarise([], meeting.task_finder())) is None


def test_a_manager_prepares_a_task_list_alone_then_starts_the_meeting_from_it(
    data_dir: Path,
) -> None:
    with pytest.raises(MeetingError) as exc:
        new_meeting(
            company="Smedjen ApS",
            manager_name="Lone Leder",
            employee_name="",
            meeting_date="2026-05-04",
            checklists=[load_small_checklist()],
            tasks=True,
        )
    assert "employee_name" in exc.value.fields
    prep = _meeting(employee_name="", checklists=[])
    assert prep.is_preparation and prep.has_tasks
    task = prep.add_task("Transskribere interview", "transcription")
    _answer(prep, task.id, **HOME, sparring="no", hours=6)
    with pytest.raises(MeetingError, match="forberedelse"):
        prep.sign("manager", "Lone Leder", confirmed=True)
    with Store.open(data_dir) as store:
        store.save(prep)
        prep = store.get(prep.id)
        assert prep.is_preparation and prep.employee_name == ""
        meeting = prep.start_from_preparation(
            employee_name="Nina Nyansat",
            meeting_date="2026-06-01",
            checklists=[load_small_checklist()],
        )
        store.save(meeting)
        meeting = store.get(meeting.id)
    assert meeting.employee_name == "Nina Nyansat" and not meeting.is_preparation
    assert [t.name for t in meeting.tasks] == ["Transskribere interview"]
    assert meeting.task_evaluation(meeting.tasks[0].id).result == "home"
    assert meeting.task_part == prep.task_part
    # A meeting that is not a preparation is not started from.
    with pytest.raises(MeetingError):
        meeting.start_from_preparation(employee_name="X")


def test_signing_locks_the_task_list_and_a_follow_up_copies_it() -> None:
    meeting = _meeting()
    task = meeting.add_task("Opslag på sociale medier", "social_media")
    _answer(meeting, task.id, **HOME, sparring="no", hours=3)
    meeting.sign("manager", "Lone Leder", confirmed=True)
    meeting.sign("employee", "Mads Medarbejder", confirmed=True)
    assert meeting.is_signed
    for change in (
        lambda: meeting.add_task("Ny"),
        lambda: meeting.update_task(task.id, name="Andet"),
        lambda: meeting.set_task_answer(task.id, "people", "always"),
        lambda: meeting.set_task_override(task.id, "workplace", "fordi"),
        lambda: meeting.set_task_note(task.id, "note"),
        lambda: meeting.remove_task(task.id),
        lambda: meeting.move_task(task.id, 1),
    ):
        with pytest.raises(LockedError):
            change()
    follow = meeting.follow_up("2026-08-01")
    assert [t.name for t in follow.tasks] == ["Opslag på sociale medier"]
    follow.set_task_answer(follow.tasks[0].id, "people", "always")
    assert meeting.task_evaluation(task.id).result == "home"  # the signed one is untouched
    version = meeting.new_version()
    assert version.tasks == meeting.tasks and version.has_tasks


def test_the_fingerprint_covers_the_tasks_and_their_result() -> None:
    meeting = _meeting()
    before = meeting.compute_fingerprint()
    task = meeting.add_task("Regnskab", "accounting")
    after_add = meeting.compute_fingerprint()
    assert after_add != before
    _answer(meeting, task.id, **HOME, sparring="no")
    data = meeting.canonical()
    assert data["tasks"][0]["name"] == "Regnskab" and data["tasks"][0]["result"] == "home"
    assert "task_snapshot" not in data and data["task_part"]["digest"]
    meeting.set_task_override(task.id, "partly", "Årsafslutning kræver arkivet")
    assert meeting.canonical()["tasks"][0]["result"] == "partly"


def test_a_meeting_without_the_part_is_stored_and_fingerprinted_as_before(
    data_dir: Path,
) -> None:
    meeting = _meeting(tasks=False)
    assert not meeting.has_tasks
    dumped = meeting.model_dump(mode="json")
    for key in ("tasks", "task_part", "task_snapshot"):
        assert key not in dumped and key not in meeting.canonical()
    with pytest.raises(MeetingError):
        meeting.add_task("Noget")
    with Store.open(data_dir) as store:
        store.save(meeting)
    raw = (data_dir / "meetings" / f"{meeting.id}.json").read_text("utf-8")
    assert "task" not in raw


def test_the_task_finder_is_snapshotted_so_an_old_meeting_keeps_its_questions(
    data_dir: Path, tmp_path: Path
) -> None:
    shipped = task_finder_path().read_text("utf-8")
    changed = shipped.replace("version = 1", "version = 2").replace(
        "Kræver intet på stedet", "Intet skal bruges på stedet"
    )
    (tmp_path / "tasks.toml").write_text(changed, "utf-8")
    newer = load_task_finder(tmp_path / "tasks.toml")
    meeting = _meeting()
    task = meeting.add_task("Layout", "layout")
    _answer(meeting, task.id, **HOME, sparring="no", hours=5)
    other = _meeting(task_finder=newer)
    with Store.open(data_dir) as store:
        store.save(meeting)
        store.save(other)
    digests = {p.stem for p in (data_dir / "definitions").glob("*.json")}
    assert meeting.task_part is not None and other.task_part is not None
    assert {meeting.task_part.digest, other.task_part.digest} <= digests
    assert "task_snapshot" not in (data_dir / "meetings" / f"{meeting.id}.json").read_text()
    with Store.open(data_dir) as store:
        again = store.get(meeting.id)
        assert again.task_finder().version == 1
        assert store.get(other.id).task_finder().version == 2
    assert again.tasks == meeting.tasks
    assert again.compute_fingerprint() == meeting.compute_fingerprint()


def test_a_signed_meeting_with_tasks_reopens_and_saves_unchanged(data_dir: Path) -> None:
    meeting = _meeting()
    task = meeting.add_task("Video", "video_editing")
    _answer(meeting, task.id, **HOME, sparring="no", hours=8)
    meeting.sign("manager", "Lone Leder", confirmed=True)
    meeting.sign("employee", "Mads Medarbejder", confirmed=True)
    with Store.open(data_dir) as store:
        store.save(meeting)
        again = store.get(meeting.id)
        store.save(again)  # unchanged: no LockedError
        assert again.fingerprint == again.compute_fingerprint()
        again.tasks[0].name = "Ændret bagefter"
        with pytest.raises(LockedError):
            store.save(again)


def test_update_details_adds_and_removes_the_part() -> None:
    meeting = _meeting(tasks=False)
    details = {
        "company": meeting.company,
        "manager_name": meeting.manager_name,
        "manager_title": "",
        "employee_name": meeting.employee_name,
        "meeting_date": meeting.meeting_date,
    }
    meeting.update_details(**details, tasks=True)
    assert meeting.has_tasks
    meeting.add_task("Data")
    with pytest.raises(MeetingError) as exc:
        meeting.update_details(**details, tasks=False)
    assert set(exc.value.fields) == {"tasks"}
    meeting.update_details(**details, tasks=False, drop_answers=True)
    assert not meeting.has_tasks and meeting.tasks == []


def _broken(old: str, new: str) -> str:
    text = task_finder_path().read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "schema = 1\nid = = 2\n", "tasks.toml: line 2, column 6: not valid TOML", id="syntax"
        ),
        pytest.param(
            _broken('effect = "partly"', 'effect = "office"'),
            "tasks.toml: question 'people' option 'sometimes' effect: must be 'home', "
            "'partly' or 'workplace'",
            id="unknown-effect",
        ),
        pytest.param(
            _broken('id = "phone_work"', 'id = "it_development"'),
            "tasks.toml: categories: category id 'it_development' is used twice",
            id="duplicate-category",
        ),
        pytest.param(
            _broken(', en = "Yes, always"', ""),
            "tasks.toml: question 'people' option 'always' label en: is missing",
            id="missing-english",
        ),
        pytest.param("", "tasks.toml: is empty", id="empty"),
    ],
)
def test_a_broken_file_gives_one_named_line(text: str, expected: str) -> None:
    finder, errors = parse_task_finder(text)
    assert finder is None
    assert len(errors) == 1, [str(e) for e in errors]
    assert str(errors[0]).lower().startswith(expected.lower())


def test_loading_a_broken_file_raises_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "tasks.toml"
    path.write_bytes(b"\xff\xfe")
    finder, errors = read_task_finder(path)
    assert finder is None and str(errors[0]).startswith("tasks.toml: byte 0")
    from remotework_desktop.core.tasks import TaskFinderError

    with pytest.raises(TaskFinderError, match=r"tasks\.toml"):
        load_task_finder(path)


def test_evaluate_works_on_a_bare_task() -> None:
    finder = load_task_finder()
    task = Task(name="Test", answers=dict(HOME, sparring="no"))
    assert evaluate(task, finder).result == "home"
    assert evaluate(task.model_copy(update={"override": "workplace"}), finder).result == (
        "workplace"
    )
