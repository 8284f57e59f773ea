"""The data model to JSON and back, exactly: what the ``--update`` library stores for each document.

Every frozen dataclass of :mod:`core.model` becomes a JSON object of its fields, tuples become
arrays, dicts objects (keys and their order kept), dates ISO strings. Reading back follows each
field's declared type, so tuples come back as tuples, nested dataclasses as themselves, and
``X | None`` as None or an X. Numbers keep their kind (JSON tells ``3`` from ``3.0``) and floats
their every bit (Python writes the shortest text that reads back to the same float; NaN and
infinities are written as ``NaN`` and ``Infinity``). Text is written with ASCII escapes, so even a
lone surrogate survives.

>>> from core.model import Box
>>> loads(Box, dumps(Box(page=2, x0=0.1, top=2.0, x1=3, bottom=-0.0)))
Box(page=2, x0=0.1, top=2.0, x1=3, bottom=-0.0)
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

T = TypeVar("T")

#: Reads one JSON value back into a value of a known type.
Decoder = Callable[[Any], Any]


class CodecError(ValueError):
    """Stored data does not fit the type it is read back as (a damaged or foreign file)."""


def to_data(value: Any) -> Any:
    """Return ``value`` as JSON-ready data: dataclasses as objects of their fields, tuples as lists."""
    if value is None or isinstance(value, (str, int, float)):  # bool is an int
        return value
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {key: to_data(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
    if isinstance(value, date):
        return value.isoformat()
    msg = f"cannot store a {type(value).__name__}"
    raise CodecError(msg)


def from_data(kind: type[T], data: Any) -> T:
    """Read data made by :func:`to_data` back as a ``kind``; raise :class:`CodecError` when it does not fit."""
    value: T = decoder(kind)(data)  # type: ignore[arg-type]  # a class is hashable
    return value


def dumps(value: Any) -> bytes:
    """Return ``value`` as compact JSON bytes (ASCII)."""
    return json.dumps(to_data(value), ensure_ascii=True, separators=(",", ":")).encode("ascii")


def loads(kind: type[T], raw: bytes) -> T:
    """Read JSON bytes made by :func:`dumps` back as a ``kind``."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        msg = f"not JSON ({exc})"
        raise CodecError(msg) from exc
    return from_data(kind, data)


@functools.cache
def decoder(kind: Any) -> Decoder:
    """Return the function that reads a JSON value back as ``kind`` (built once per type)."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if kind is Any:
        return _any
    if kind is type(None):
        return _exactly(type(None))
    if origin in (types.UnionType, typing.Union):
        return _union(args)
    if origin is tuple:
        return _tuple(args)
    if origin is dict:
        return _dict(args[1])
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    if kind is date:
        return _date
    if kind is float:
        return _number
    if kind in (str, int, bool):
        return _exactly(kind)
    msg = f"cannot read back a {kind!r}"
    raise CodecError(msg)


def _expect(ok: bool, expected: str, data: Any) -> None:
    """Raise :class:`CodecError` saying what was expected and what was found, unless ``ok``."""
    if not ok:
        msg = f"expected {expected}, found {type(data).__name__}"
        raise CodecError(msg)


def _any(data: Any) -> Any:
    return data


def _exactly(kind: type) -> Decoder:
    def read(data: Any) -> Any:
        _expect(type(data) is kind, kind.__name__, data)
        return data

    return read


def _number(data: Any) -> Any:
    """Read a float field; it may hold an int (a producer's whole number), kept as it was, never converted."""
    _expect(type(data) in (float, int), "a number", data)
    return data


def _union(args: tuple[Any, ...]) -> Decoder:
    options = [a for a in args if a is not type(None)]
    if len(options) != 1:
        msg = f"cannot read back a union of {args!r}"
        raise CodecError(msg)
    inner = decoder(options[0])

    def read(data: Any) -> Any:
        return None if data is None else inner(data)

    return read


def _tuple(args: tuple[Any, ...]) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = decoder(args[0])

        def read_all(data: Any) -> Any:
            _expect(type(data) is list, "an array", data)
            return tuple(item(value) for value in data)

        return read_all
    items = [decoder(a) for a in args]

    def read_fixed(data: Any) -> Any:
        _expect(type(data) is list and len(data) == len(items), f"an array of {len(items)}", data)
        return tuple(read(value) for read, value in zip(items, data, strict=True))

    return read_fixed


def _dict(value_kind: Any) -> Decoder:
    item = decoder(value_kind)

    def read(data: Any) -> Any:
        _expect(type(data) is dict, "an object", data)
        return {key: item(value) for key, value in data.items()}

    return read


def _dataclass(kind: Any) -> Decoder:
    hints = typing.get_type_hints(kind)
    fields = [(f.name, decoder(hints[f.name])) for f in dataclasses.fields(kind) if f.init]
    names = {name for name, _ in fields}

    def read(data: Any) -> Any:
        _expect(type(data) is dict and names.issuperset(data), f"the fields of {kind.__name__}", data)
        try:
            return kind(**{name: read_field(data[name]) for name, read_field in fields if name in data})
        except TypeError as exc:  # a required field is missing
            msg = f"{kind.__name__}: {exc}"
            raise CodecError(msg) from exc

    return read


def _date(data: Any) -> Any:
    _expect(type(data) is str, "a date", data)
    try:
        return date.fromisoformat(data)
    except ValueError as exc:
        raise CodecError(str(exc)) from exc
