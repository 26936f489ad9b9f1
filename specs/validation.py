"""Turn config mappings into validated spec dataclasses, with one-line errors.

Specs are pydantic dataclasses: frozen, typed, and each field carries a ``description``
that doubles as the fix text when the field is wrong. ``parse_spec`` converts pydantic's
multi-line ``ValidationError`` into a single ``SpecError`` naming the dotted field path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import pydantic
from pydantic import ConfigDict

from servesolve.errors import SpecError

T = TypeVar("T")

#: Config shared by every spec dataclass: immutable, no unknown keys, no silent coercion
#: of strings to numbers.
SPEC_CONFIG = ConfigDict(extra="forbid", strict=False, frozen=True)


def _field_help(cls: type, loc: list[str]) -> str | None:
    """Description of the field at path ``loc``, following nested spec dataclasses."""
    info = None
    for name in loc:
        info = getattr(cls, "__pydantic_fields__", {}).get(name)
        if info is None:
            return None
        cls = info.annotation  # type: ignore[assignment]
    return info.description if info is not None else None


def parse_spec(cls: type[T], data: Mapping[str, Any], prefix: str) -> T:
    """Build ``cls`` from ``data``; raise ``SpecError`` on the first invalid field.

    Parameters
    ----------
    cls:
        A pydantic dataclass.
    data:
        Plain mapping (already converted from OmegaConf).
    prefix:
        Dotted path of ``data`` in the user's config (``model``, ``cluster.gpu``).
    """
    if not isinstance(data, Mapping):
        raise SpecError(
            prefix, f"expected a mapping, got {type(data).__name__}", "check the YAML file"
        )
    try:
        return cls(**dict(data))  # type: ignore[call-arg]
    except pydantic.ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err["loc"]]
        field = ".".join([prefix, *loc]) if loc else prefix
        kind = err["type"]
        if kind == "extra_forbidden" or kind == "unexpected_keyword_argument":
            known = ", ".join(sorted(getattr(cls, "__pydantic_fields__", {})))
            raise SpecError(
                field, "unknown field", f"remove it; valid fields are {known}"
            ) from None
        if kind == "missing" or kind == "missing_argument":
            help_text = _field_help(cls, loc)
            raise SpecError(
                field, "is required", f"set it ({help_text})" if help_text else "set it"
            ) from None
        if kind == "value_error" and not loc:  # a cross-field check in __post_init__
            msg = str(err["msg"]).removeprefix("Value error, ")
            raise SpecError(prefix, msg, "make these fields consistent") from None
        value = err.get("input")
        help_text = _field_help(cls, [p for p in loc if not p.isdigit()])
        msg = err["msg"][0].lower() + err["msg"][1:]
        fix = (
            f"set {field} to {help_text}"
            if help_text
            else "see the field's description in the spec class"
        )
        raise SpecError(field, f"{msg}, got {value!r}", fix) from None
    except SpecError:
        raise
    except ValueError as exc:  # raised by a __post_init__ cross-field check
        raise SpecError(prefix, str(exc), "fix the fields named above") from None
