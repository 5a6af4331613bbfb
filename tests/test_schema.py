"""The typed records (core/schema.py) keep what the models and the stored meetings rest on.

Each test states one rule a record keeps; the meeting, checklist and task tests exercise the
real models on top.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pytest

from remotework_desktop.core.schema import (
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    FieldError,
    Model,
    Tag,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)


class Point(Model):
    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float
    y: float = 0.0


class Row(Model):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    name: Annotated[str, Field(min_length=1, max_length=5)]
    code: Annotated[str, Field(pattern=r"^[a-z]+$")] = "a"
    count: Annotated[int, Field(ge=1, le=3)] = 1
    kind: Literal["one", "two"] = "one"
    tags: list[str] = Field(default_factory=list)
    where: Point | None = None
    pairs: list[tuple[float, float]] = Field(default_factory=list)
    flag: bool = False
    value: str | float = ""
    extra: dict[str, int] | None = Field(default=None, exclude_if=lambda v: v is None)
    alias_: int = Field(default=0, alias="alias")

    @field_validator("tags")
    @classmethod
    def _unique(cls, tags: list[str], info: ValidationInfo) -> list[str]:
        if len(set(tags)) != len(tags):
            raise ValueError(f"{info.field_name}: a tag is given twice")
        return tags

    @model_validator(mode="after")
    def _count_fits_tags(self) -> Row:
        if self.tags and self.count < len(self.tags):
            raise ValueError("count is below the number of tags")
        return self


def _errors(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        Row.model_validate(data)
    return [(e["loc"], e["type"]) for e in caught.value.errors()]


def test_every_problem_is_reported_with_its_place_and_kind() -> None:
    found = _errors({"name": "", "code": "A1", "count": 9, "kind": "three", "flag": "maybe"})
    assert found == [
        (("name",), "string_too_short"),
        (("code",), "string_pattern_mismatch"),
        (("count",), "less_than_equal"),
        (("kind",), "literal_error"),
        (("flag",), "bool_parsing"),
    ]
    assert _errors({}) == [(("name",), "missing")]
    assert _errors({"name": "x", "colour": "red"}) == [(("colour",), "extra_forbidden")]
    assert _errors({"name": "x", "where": {"x": "far"}}) == [(("where", "x"), "float_parsing")]
    assert _errors({"name": "x", "pairs": [[1, 2], [3]]}) == [(("pairs", 1, 1), "missing")]
    assert _errors({"name": "x", "tags": "ab"}) == [(("tags",), "list_type")]
    assert _errors({"name": "x", "extra": {"a": "one"}}) == [(("extra", "a"), "int_parsing")]


def test_validators_report_their_own_words_at_their_place() -> None:
    with pytest.raises(ValidationError) as caught:
        Row.model_validate({"name": "x", "tags": ["a", "a"], "count": 3})
    (error,) = caught.value.errors()
    assert error["loc"] == ("tags",) and error["msg"] == "Value error, tags: a tag is given twice"
    with pytest.raises(ValidationError) as caught:
        Row.model_validate({"name": "x", "tags": ["a", "b"], "count": 1})
    (error,) = caught.value.errors()
    assert error["loc"] == () and error["msg"] == "Value error, count is below the number of tags"


def test_numbers_are_read_leniently_as_before() -> None:
    row = Row.model_validate({"name": "x", "count": "2", "flag": "yes", "where": {"x": 3}})
    assert row.count == 2 and row.flag is True and row.where == Point(x=3.0)
    assert type(row.where.x) is float
    assert Row(name="x", count=3.0).count == 3
    assert _errors({"name": "x", "count": 2.5}) == [(("count",), "int_from_float")]
    # A union takes the member of the value's own type first, then converts.
    assert Row(name="x", value="7").value == "7"
    assert Row(name="x", value=7).value == 7.0


def test_assignments_are_checked_and_a_refused_one_changes_nothing() -> None:
    row = Row(name="x", tags=["a"], count=2)
    row.count = 3
    assert row.count == 3
    with pytest.raises(ValidationError):
        row.count = 4
    with pytest.raises(ValidationError):
        row.name = 5
    assert (row.count, row.name) == (3, "x")
    row.tags = ["a", "b"]
    with pytest.raises(ValidationError):  # the record's own rule, on assignment too
        row.count = 1
    assert row.count == 3
    with pytest.raises(ValueError, match="no field"):
        row.colour = "red"


def test_a_frozen_record_refuses_changes_and_hashes_by_value() -> None:
    point = Point(x=1, y=2)
    with pytest.raises(ValidationError):
        point.x = 5
    assert hash(point) == hash(Point(x=1.0, y=2.0)) and point == Point(x=1.0, y=2.0)


def test_dumps_keep_the_declared_order_and_the_options() -> None:
    row = Row(name="x", where={"x": 1}, pairs=[(1, 2)], alias=4)
    assert list(row.model_dump()) == [
        "name", "code", "count", "kind", "tags", "where", "pairs", "flag", "value", "alias_",
    ]  # fmt: skip
    assert row.model_dump()["pairs"] == [(1.0, 2.0)]
    assert row.model_dump(mode="json")["pairs"] == [[1.0, 2.0]]
    assert row.model_dump(by_alias=True)["alias"] == 4
    assert row.model_dump(exclude={"tags"}).get("tags") is None
    assert "where" not in Row(name="x").model_dump(exclude_none=True)
    assert Row(name="x", extra={"a": 1}).model_dump()["extra"] == {"a": 1}
    assert Row.model_validate(row.model_dump(by_alias=True)) == row


def test_a_copy_shares_nothing_when_deep_and_is_not_checked() -> None:
    row = Row(name="x", tags=["a"], count=2)
    deep = row.model_copy(deep=True)
    deep.tags.append("b")
    assert row.tags == ["a"]
    shallow = row.model_copy(update={"count": 99})  # as before: an update is not checked
    assert shallow.count == 99 and shallow.tags is row.tags


class Leaf(Model):
    model_config = ConfigDict(extra="forbid")
    item: str


class Both(Model):
    model_config = ConfigDict(extra="forbid")
    all: list[Node]


def _tag(value: Any) -> str:
    return "all" if isinstance(value, dict) and "all" in value else "leaf"


Node = Annotated[
    Annotated[Leaf, Tag("leaf")] | Annotated[Both, Tag("all")],
    Discriminator(_tag),
]


def _shout(value: Any) -> Any:
    if value == "bad":
        raise FieldError("custom_kind", "Input should be {what}", {"what": "good"})
    return value.upper() if isinstance(value, str) else value


class Holder(Model):
    node: Node
    word: Annotated[str, BeforeValidator(_shout)] = "A"


def test_a_tagged_union_checks_the_member_its_key_names() -> None:
    held = Holder.model_validate({"node": {"all": [{"item": "a"}, {"all": []}]}})
    assert isinstance(held.node, Both) and isinstance(held.node.all[1], Both)
    with pytest.raises(ValidationError) as caught:
        Holder.model_validate({"node": {"all": [{"itme": "a"}]}})
    locs = [e["loc"] for e in caught.value.errors()]
    assert locs == [
        ("node", "all", "all", 0, "leaf", "item"),
        ("node", "all", "all", 0, "leaf", "itme"),
    ]


def test_a_before_validator_runs_first_and_may_name_its_own_problem() -> None:
    assert Holder(node={"item": "a"}, word="quiet").word == "QUIET"
    with pytest.raises(ValidationError) as caught:
        Holder(node={"item": "a"}, word="bad")
    (error,) = caught.value.errors()
    assert (error["type"], error["msg"]) == ("custom_kind", "Input should be good")
