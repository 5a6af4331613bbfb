"""Signing: the ``Signature`` both leave, the statement they confirm, and the methods
``Meeting`` gets to sign (locking and fingerprinting it once both have) or take one back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Literal

from remotework_desktop.core.meeting_base import MAX_NAME, ROLES, MeetingError, Role, _Model
from remotework_desktop.core.meeting_details import unprintable_problem
from remotework_desktop.core.schema import Field
from remotework_desktop.core.text import LANGUAGES, t
from remotework_desktop.core.text_rules import normalise, text_problem

if TYPE_CHECKING:
    from remotework_desktop.core.meeting_base import Language, State


def sign_statement(lang: str | None = None) -> str:
    """What both confirm when they sign, in ``lang``; recorded word for word in the signature."""
    return t("meetings.sign_statement", lang)


Point = tuple[float, float]


class Signature(_Model):
    role: Role
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
    signed_at: str
    method: Literal["drawn", "typed"]
    # Vector strokes, each a list of (x, y) points in a 0..1000 x 0..(1000*aspect) box.
    strokes: list[list[Point]] = Field(default_factory=list)
    width: float = 1000.0
    height: float = 300.0
    statement: str


class SigningMixin:
    """Signing methods of ``Meeting`` (see the module docstring)."""

    if TYPE_CHECKING:
        company: str
        manager_name: str
        manager_title: str
        employee_name: str
        language: Language
        signatures: list[Signature]
        state: State
        fingerprint: str | None

        @property
        def is_preparation(self) -> bool: ...
        def signature(self, role: str) -> Signature | None: ...
        def compute_fingerprint(self) -> str: ...
        def _check_editable(self) -> None: ...
        def _touch(self) -> None: ...

    def sign(
        self,
        role: str,
        name: str,
        *,
        method: str = "typed",
        strokes: Iterable[Iterable[Point]] = (),
        width: float = 1000.0,
        height: float = 300.0,
        confirmed: bool = False,
        when: dt.datetime | None = None,
        statement_lang: str | None = None,
    ) -> Signature:
        """Add one signature; when both have signed the meeting is locked and fingerprinted.

        ``statement_lang`` is the language the signer read the statement in (default: the
        meeting's language); the statement is recorded word for word.
        """
        self._check_editable()
        if self.is_preparation:
            raise MeetingError(t("tasks.preparation_cannot_sign"))
        if role not in ROLES:
            raise MeetingError(t("meetings.not_a_role", role=role))
        if not confirmed:
            raise MeetingError(t("meetings.confirm_first"))
        name = (name if isinstance(name, str) else "").strip()
        if not name:
            raise MeetingError(
                t("meetings.name_to_sign"),
                {"name": t("meetings.write_your_name")},
            )
        problem = text_problem(name) or unprintable_problem(name)
        if problem:
            raise MeetingError(problem, {"name": problem})
        # A signed plan never prints an empty box: the details it prints must print too.
        for detail in (self.company, self.manager_title):
            if problem := unprintable_problem(detail):
                raise MeetingError(problem)
        name = normalise(name)
        expected = self.manager_name if role == "manager" else self.employee_name
        if name.casefold() != normalise(expected.strip()).casefold():
            raise MeetingError(
                t("meetings.name_not_on_meeting", expected=expected),
                {"name": t("meetings.name_expected", expected=expected)},
            )
        if self.signature(role) is not None:
            raise MeetingError(t(f"meetings.already_signed.{role}"))
        stroke_list = [[(round(float(x), 1), round(float(y), 1)) for x, y in s] for s in strokes]
        stroke_list = [s for s in stroke_list if s]
        if method == "drawn" and not any(len(s) >= 2 for s in stroke_list):
            raise MeetingError(t("meetings.pad_empty"))
        if method not in ("drawn", "typed"):
            raise MeetingError(t("meetings.unknown_method", method=method))
        when = when or dt.datetime.now(dt.UTC)
        signature = Signature(
            role=role,  # type: ignore[arg-type]
            name=name,
            signed_at=when.astimezone(dt.UTC).replace(microsecond=0).isoformat(),
            method=method,  # type: ignore[arg-type]
            strokes=stroke_list if method == "drawn" else [],
            width=width,
            height=height,
            statement=sign_statement(
                statement_lang if statement_lang in LANGUAGES else self.language
            ),
        )
        self.signatures.append(signature)
        if all(self.signature(r) is not None for r in ROLES):
            self.state = "signed"
            self.fingerprint = self.compute_fingerprint()
        self._touch()
        return signature

    def remove_signature(self, role: str) -> None:
        """Take back a signature before both have signed (e.g. the wrong person signed)."""
        self._check_editable()
        self.signatures = [s for s in self.signatures if s.role != role]
        self._touch()
