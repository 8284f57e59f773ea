"""The model's JSON form reads back to an equal object: for every field of every class, and every sample."""

from __future__ import annotations

import dataclasses
import math
import typing
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import model
from core.codec import CodecError, dumps, from_data, loads, to_data
from core.model import Box, Coverage, Document, Line, Mention, Provenance

#: Every dataclass of the model: each gets a strategy that fills every field, defaults included.
MODEL_CLASSES = [c for c in vars(model).values() if dataclasses.is_dataclass(c) and c.__module__ == model.__name__]
#: Text with what a careless writer loses: marks, new lines, quotes, control characters, lone surrogates.
TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12) | st.sampled_from(
    ["Phòng Tài chính – Kế hoạch", "a\nb\r\n\t\"'\\", "\ud800", "\x00", ""]
)
FLOATS = st.floats(allow_nan=False) | st.sampled_from([-0.0, 0.1, 1e-300, 2.5e308 / 2])


def strategy_for(kind: Any) -> st.SearchStrategy[Any]:
    """A strategy for any type the model uses, every dataclass field drawn (not left at its default)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is str:
        return TEXT
    if kind is float:
        return FLOATS | st.integers(-(10**6), 10**6)  # a float field may hold a whole number as an int
    if kind in (int, bool):
        return st.from_type(kind)
    if kind is type(None):
        return st.none()
    if kind is date:
        return st.dates()
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
        return st.tuples(*(strategy_for(a) for a in args))
    if origin is dict:
        return st.dictionaries(TEXT, strategy_for(args[1]), max_size=3)
    if args:  # X | None
        return st.one_of(*(strategy_for(a) for a in args))
    assert dataclasses.is_dataclass(kind), kind
    hints = typing.get_type_hints(kind)
    fields = {f.name: st.deferred(lambda h=hints[f.name]: strategy_for(h)) for f in dataclasses.fields(kind)}
    return st.builds(kind, **fields)


def test_the_strategies_cover_every_model_class() -> None:
    assert {c.__name__ for c in MODEL_CLASSES} >= {"Document", "Row", "Mention", "PhysicalRow", "Agency", "Result"}


@pytest.mark.parametrize("kind", MODEL_CLASSES, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_model_class_reads_back_equal(kind: Any, data: st.DataObject) -> None:
    value = data.draw(strategy_for(kind))
    again = loads(kind, dumps(value))
    assert again == value
    assert dumps(again) == dumps(value)
    assert [type(x) for x in _leaves(again)] == [type(x) for x in _leaves(value)]  # 3 stays an int, 3.0 a float


def _leaves(value: Any) -> list[Any]:
    """Every plain value inside a model object, in order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [leaf for f in dataclasses.fields(value) for leaf in _leaves(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [leaf for item in value for leaf in _leaves(item)]
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in [key, *_leaves(item)]]
    return [value]


def test_not_a_number_and_infinities_read_back() -> None:
    line = Line("x", slack=math.nan, first_word_width=math.inf, width=-math.inf)
    again = loads(Line, dumps(line))
    assert math.isnan(again.slack or 0.0) and again.first_word_width == math.inf and again.width == -math.inf


def test_every_sample_document_reads_back_equal(samples_run: tuple[Any, Any]) -> None:
    result, _ = samples_run
    assert len(result.documents) >= 10
    for doc in result.documents:
        assert doc.rows
        assert loads(Document, dumps(doc)) == doc, doc.provenance.source


def test_a_document_with_its_physical_rows_reads_back_equal() -> None:
    from pathlib import Path

    from extract import extract
    from extract.merge import merge

    doc = merge(extract(Path(__file__).resolve().parents[2] / "samples" / "plan-2024-landscape.pdf"))
    assert doc.physical_rows and doc.rows
    assert loads(Document, dumps(doc)) == doc


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (Box, {"page": 1, "x0": 0.0, "top": 0.0, "x1": 1.0}),  # a field missing
        (Box, {"page": 1, "x0": 0.0, "top": 0.0, "x1": 1.0, "bottom": 2.0, "left": 0}),  # a field unknown
        (Box, {"page": "1", "x0": 0.0, "top": 0.0, "x1": 1.0, "bottom": 2.0}),  # a string for a number
        (Mention, {"raw": "x", "id": None, "name": None, "score": 1.0, "method": "m", "requested": 1}),  # 1 for True
        (Coverage, {"region_chars": 1, "placed_chars": 1, "loss_pages": [1, "2"]}),
        (Provenance, ["a", "b"]),
    ],
)
def test_data_that_does_not_fit_the_type_is_refused(kind: Any, data: Any) -> None:
    with pytest.raises(CodecError):
        from_data(kind, data)


def test_something_that_is_not_json_is_refused() -> None:
    with pytest.raises(CodecError):
        loads(Document, b'{"provenance": ')


def test_a_value_outside_the_model_is_refused() -> None:
    with pytest.raises(CodecError):
        to_data({"when": object()})
