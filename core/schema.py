"""plan.json's published JSON Schema (core/plan.schema.json) and a small validator for it.

The validator knows the keywords the schema uses (type, enum, required, properties,
additionalProperties, items, minimum, maximum, pattern, and ``$ref`` into ``$defs``) and returns
the first problem as one line with its place in the file (``documents[0].rows[3].key``), so
``phuluc diff`` can say what is wrong with an input instead of failing on it.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

#: The schema file, shipped inside the package.
SCHEMA_PATH = Path(__file__).with_name("plan.schema.json")

#: JSON Schema type names -> the Python types json.loads gives for them (bool is no number).
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@functools.cache
def plan_schema() -> dict[str, Any]:
    """Load the plan.json schema (once)."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def _is(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _kind(value: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _is(value, name):
            return name
    return type(value).__name__


def _place(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key


def first_problem(
    value: Any, schema: dict[str, Any] | None = None, path: str = "", root: dict[str, Any] | None = None
) -> str | None:
    """Return the first place where ``value`` breaks ``schema`` (default: plan.json's) as one line, or None."""
    root = root or plan_schema()
    schema = root if schema is None else schema
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return first_problem(value, root["$defs"][name], path, root)
    problem = _value_problem(value, schema, path or "the file")
    if problem is None and isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problem = first_problem(item, schema["items"], _place(path, index), root)
            if problem:
                break
    if problem is None and isinstance(value, dict):
        problem = _object_problem(value, schema, path, root)
    return problem


def _value_problem(value: Any, schema: dict[str, Any], where: str) -> str | None:
    """Check the keywords about the value itself: type, enum, minimum, maximum, pattern."""
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        if not any(_is(value, name) for name in names):
            return f"{where}: expected {' or '.join(names)}, found {_kind(value)}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{where}: {value!r} is not one of {', '.join(map(repr, schema['enum']))}"
    if _is(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{where}: {value} is below {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{where}: {value} is above {schema['maximum']}"
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        return f"{where}: {value[:40]!r} does not match {schema['pattern']}"
    return None


def _object_problem(value: dict[str, Any], schema: dict[str, Any], path: str, root: dict[str, Any]) -> str | None:
    for key in schema.get("required", ()):
        if key not in value:
            return f"{path or 'the file'}: {key!r} is missing"
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            problem = first_problem(item, properties[key], _place(path, key), root)
        elif isinstance(extra, dict):
            problem = first_problem(item, extra, _place(path, key), root)
        elif extra is False:
            problem = f"{_place(path, key)}: is not a plan.json key"
        else:
            problem = None
        if problem:
            return problem
    return None
