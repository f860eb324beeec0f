"""Argument checks that run before any request is sent.

Each check raises :class:`~smartcar.exceptions.InvalidInputError` naming the parameter and the
allowed values, so a typo fails fast and locally instead of as a 400 from the API (or, worse, as
a request to an unintended path).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from ..exceptions import InvalidInputError
from .lazy import module_getattr
from .values import is_int, is_number

UNIT_SYSTEMS = ("metric", "imperial")
MODES = ("live", "simulated", "test")


def _permissions() -> tuple[str, ...]:
    from smartcar_openapi import registry

    return registry.PERMISSIONS


# PERMISSIONS is every Smartcar permission, in a stable order: the spec's Connect scopes (its
# oauth2 security scheme), as the generated operation registry lists them. Every module checks
# its arguments here, so the registry (and the generated package) loads when it is read, not
# with this module (see _core.lazy).
TYPE_CHECKING = False
if TYPE_CHECKING:
    PERMISSIONS: tuple[str, ...]
else:
    __getattr__ = module_getattr(
        globals(), {"PERMISSIONS": "smartcar_openapi.registry:PERMISSIONS"}
    )


# Used with fullmatch: "$" alone would accept a trailing newline.
_SCOPE_RE = re.compile(r"(required:)?(read|control)_[a-z_]+")
_VERSION_RE = re.compile(r"\d+\.\d+")


def non_empty(name: str, value: Any) -> str:
    """A required string such as an id or a token."""
    if not isinstance(value, str) or not value.strip():
        # Only a blank string is shown: anything else may be a token passed as bytes (or an
        # object holding one), and error messages end up in logs.
        shown = repr(value) if isinstance(value, str) or value is None else type(value).__name__
        raise InvalidInputError(f"{name} must be a non-empty string, got {shown}")
    return value


def unit_system(value: Any) -> str:
    """``"metric"`` or ``"imperial"``, case-insensitive."""
    if isinstance(value, str) and value.lower() in UNIT_SYSTEMS:
        return value.lower()
    raise InvalidInputError(f"unit_system must be one of {', '.join(UNIT_SYSTEMS)}; got {value!r}")


def mode(value: Any) -> str:
    """Connect mode: live, simulated or test."""
    if isinstance(value, str) and value.lower() in MODES:
        return value.lower()
    raise InvalidInputError(f"mode must be one of {', '.join(MODES)}; got {value!r}")


def api_version(value: Any) -> str:
    """An API version such as ``"2.0"``."""
    if isinstance(value, str) and _VERSION_RE.fullmatch(value):
        return value
    raise InvalidInputError(f"version must look like '2.0' or '1.0'; got {value!r}")


def scopes(value: Any, name: str = "scope") -> list[str]:
    """A list of permissions (``read_odometer``, ``required:read_location`` ...)."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidInputError(
            f"{name} must be a list of permissions such as ['read_odometer'], got {value!r}"
        )
    result = list(value)
    bad = [s for s in result if not isinstance(s, str) or not _SCOPE_RE.fullmatch(s)]
    if bad:
        raise InvalidInputError(
            f"{name} has invalid permissions {bad!r}; permissions look like 'read_odometer' or "
            f"'required:control_security' (known: {', '.join(sorted(_permissions()))})"
        )
    return result


def number_in_range(name: str, value: Any, low: float, high: float) -> float:
    """A finite number within [low, high]."""
    if not is_number(value) or not math.isfinite(value) or not low <= value <= high:
        raise InvalidInputError(f"{name} must be a number from {low} to {high}; got {value!r}")
    return float(value)


def paging(value: Mapping[str, Any] | None, *, max_limit: int) -> tuple[int | None, int | None]:
    """Offset paging ``{"limit": 1..max, "offset": >= 0}``; returns (limit, offset)."""
    if value is None:
        return None, None
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"paging must be a dict with 'limit' and/or 'offset', got {value!r}"
        )
    unknown = set(value) - {"limit", "offset"}
    if unknown:
        raise InvalidInputError(
            f"paging accepts 'limit' and 'offset'; unknown keys {sorted(unknown)}"
        )
    limit, offset = value.get("limit"), value.get("offset")
    if limit is not None and (not is_int(limit) or not 1 <= limit <= max_limit):
        raise InvalidInputError(
            f"paging['limit'] must be an int from 1 to {max_limit}; got {limit!r}"
        )
    if offset is not None and (not is_int(offset) or offset < 0):
        raise InvalidInputError(f"paging['offset'] must be an int >= 0; got {offset!r}")
    return limit, offset


def flags(value: Mapping[str, Any] | None) -> str | None:
    """Feature flags ``{"country": "DE", "flag": True}`` as ``"country:DE flag:true"``."""
    if not value:
        return None
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"flags must be a dict of flag names to values, got {value!r}")
    parts = []
    for key, val in value.items():
        text = str(val).lower() if isinstance(val, bool) else str(val)
        parts.append(f"{key}:{text}")
    return " ".join(parts)


def options(
    value: Mapping[str, Any] | None,
    allowed: Iterable[str],
    name: str = "options",
    *,
    strict: bool = False,
) -> dict[str, Any]:
    """An options dict reduced to its known keys.

    Unknown keys are dropped with a :class:`UserWarning`, because the official package ignores
    them silently and code written for it passes some (its own end-to-end tests send
    ``{"test_flag": True}``). With ``strict``, they raise instead: filters and paging, where
    a dropped key would widen what the call reads or deletes.
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{name} must be a dict, got {type(value).__name__}")
    allowed_set = set(allowed)
    unknown = sorted(str(key) for key in value if key not in allowed_set)
    if unknown:
        message = f"{name} has unknown keys {unknown}; allowed: {', '.join(sorted(allowed_set))}"
        if strict:
            raise InvalidInputError(message)
        warn_caller(f"{message}. They are ignored.")
    return {k: v for k, v in value.items() if k in allowed_set}


def warn_caller(message: str) -> None:
    """Issue a :class:`UserWarning` attributed to the first frame outside the SDK.

    Calls pass through the operation descriptors and runners, so no fixed ``stacklevel``
    points at the user's line.
    """
    # smartcar/, this module being in smartcar/_core/
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(
        package
    ):
        frame = frame.f_back
        level += 1
    warnings.warn(message, UserWarning, stacklevel=level)


# -- path parameters and credentials --------------------------------------------------------------

MAX_SEGMENT_LENGTH = 256
"""Longest path parameter (vehicle id, webhook id, signal code ...) accepted, in characters."""

MAX_PATH_LENGTH = 2048
"""Longest relative path accepted by ``Vehicle.request`` and ``Vehicle.batch``."""

# Characters that end or split a path segment, once a server or proxy has decoded it.
_SEGMENT_BREAKERS = frozenset("/\\?#")


def _shown(value: str) -> str:
    # Enough of the value to recognise it; an id of 100,000 characters is not worth logging.
    return repr(value) if len(value) <= 40 else repr(value[:40]) + "..."


def _control(text: str) -> bool:
    # C0 controls, DEL and C1 controls: none belongs in a URL, and some end a header line.
    return any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text)


def _decoded(text: str) -> str:
    # Decode until nothing changes: a proxy and a server may each decode once, so "%252e"
    # can arrive as ".". Bounded, because every round makes the string shorter.
    while True:
        decoded = unquote(text)
        if decoded == text:
            return text
        text = decoded


# A segment of these characters only, not starting with ".", needs none of the checks below:
# nothing to decode, no control character, no look-alike, neither "." nor "..". Every id and
# path the API uses is one, and every request checks several.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*")


def _segment_problem(text: str) -> str | None:
    """Why ``text`` cannot be one path segment, or ``None`` if it can."""
    if len(text) > MAX_SEGMENT_LENGTH:
        return f"is {len(text)} characters long; the most is {MAX_SEGMENT_LENGTH}"
    if _PLAIN_SEGMENT.fullmatch(text):
        return None
    decoded = _decoded(text)
    if _control(text) or _control(decoded):
        return "contains a control character"
    # NFKC folds look-alikes such as the fullwidth full stop into ".".
    folded = unicodedata.normalize("NFKC", decoded)
    if folded in (".", ".."):
        return "is a '.' or '..' segment (plain or percent-encoded), which addresses another path"
    if any(c in _SEGMENT_BREAKERS for c in folded):
        return "contains '/', '\\', '?' or '#' (plain or percent-encoded)"
    return None


def path_segment(name: str, value: Any) -> str:
    """A value that goes into a URL path as one segment: an id, a signal code ...

    Every path the SDK builds passes its parameters through here (see
    ``smartcar._http.Operation``), so no parameter can climb out of its place in the path,
    add a query or a fragment, or make an invalid URL.

    Raises:
        InvalidInputError: an empty value, ``.`` or ``..`` in any encoding, a control character,
            ``/``, a backslash, ``?`` or ``#``, or more than 256 characters.
    """
    text = non_empty(name, value)
    problem = _segment_problem(text)
    if problem is not None:
        raise InvalidInputError(f"{name} {problem}: {_shown(text)}")
    return text


def relative_path(name: str, value: Any) -> str:
    """A path below a vehicle (``tesla/compass``), without its leading ``/``.

    Each segment obeys :func:`path_segment`, so the path stays below the vehicle; ``""`` (from
    ``"/"``) is the vehicle itself.

    Raises:
        InvalidInputError: a segment that is ``.``/``..`` (in any encoding) or holds a control
            character, a backslash, ``?`` or ``#``; or a path longer than 2048 characters.
    """
    text = non_empty(name, value).strip()
    if len(text) > MAX_PATH_LENGTH:
        raise InvalidInputError(
            f"{name} is {len(text)} characters long; the most is {MAX_PATH_LENGTH}"
        )
    if "?" in text or "#" in text:
        raise InvalidInputError(
            f"{name} must be a path only, without '?' or '#' (no query or fragment): {_shown(text)}"
        )
    rel = text.lstrip("/")
    for segment in rel.split("/"):
        if not segment:
            continue  # "a//b" or a trailing "/": stays where it is
        problem = _segment_problem(segment)
        if problem is not None:
            raise InvalidInputError(f"{name} has a segment that {problem}: {_shown(text)}")
    return rel


# A percent-escape of a byte above 0x7F (UTF-8, or an overlong form such as "%c0%ae" that
# some servers decode to "."), or IIS's "%u002e": servers disagree on what they decode to.
_ODD_ESCAPE = re.compile(r"%[89a-fA-F][0-9a-fA-F]|%[uU]")


def verbatim_path(name: str, value: Any) -> str:
    """A caller's path sent as written (``Vehicle.request``, ``Vehicle.batch``).

    Everything :func:`relative_path` refuses, and also what a server could read as another
    path: ``;`` (path parameters: ``..;`` is ``..`` to such a server), a percent-escape of a
    non-ASCII byte (overlong UTF-8 such as ``%c0%ae`` is ``.`` to some) and ``%u`` escapes,
    plain or percent-encoded. Ids the SDK puts into a path are quoted, so they need none of it.

    Raises:
        InvalidInputError: naming ``name`` and the problem.
    """
    rel = relative_path(name, value)
    text = rel
    while True:  # each round of decoding, as for relative_path
        if _ODD_ESCAPE.search(text):
            raise InvalidInputError(
                f"{name} has a '%u' escape or a percent-escape of a non-ASCII byte: {_shown(rel)}"
            )
        if ";" in unicodedata.normalize("NFKC", text):
            raise InvalidInputError(
                f"{name} contains ';' (plain or percent-encoded), which some servers read as "
                f"path parameters: {_shown(rel)}"
            )
        decoded = unquote(text)
        if decoded == text:
            return rel
        text = decoded


def credential(name: str, value: Any) -> str:
    """A token, management token or client credential that goes into a header.

    Only printable ASCII without spaces is accepted. The error names the argument and never
    shows any part of the value: error messages end up in logs.

    Raises:
        InvalidInputError: not a non-empty string, or a character (newline, space, non-ASCII
            ...) that an HTTP header cannot carry.
    """
    text = non_empty(name, value)
    if not all("!" <= c <= "~" for c in text):
        raise InvalidInputError(
            f"{name} contains a character that is not allowed in a credential (a newline, a "
            "space, a control or non-ASCII character); check how it was copied"
        )
    return text


def authorization(name: str, value: Any) -> str:
    """An ``Authorization`` value: a bare credential, or a scheme, one space and a credential.

    Raises:
        InvalidInputError: as :func:`credential`, naming ``name`` and quoting nothing.
    """
    text = non_empty(name, value)
    scheme, space, rest = text.partition(" ")
    if space and _HEADER_NAME_RE.fullmatch(scheme):
        credential(name, rest)
    else:
        credential(name, text)
    return text


_HEADER_NAME_RE = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


# Headers that frame the message or describe the connection: the HTTP library sets them from
# the request itself, and a second, different value (Content-Length beside Transfer-Encoding)
# is how requests are smuggled past a proxy.
_FRAMING_HEADERS = frozenset(
    {
        "connection",
        "content-length",
        "expect",
        "host",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


def header(name: Any, value: Any) -> tuple[str, str]:
    """An extra request header: a valid name and a value without control characters.

    The error names the header, never its value (it may be a credential).

    Raises:
        InvalidInputError: an invalid name or value, or a hop-by-hop or framing header
            (``Host``, ``Content-Length``, ``Transfer-Encoding``, ``Connection`` ...).
    """
    if not isinstance(name, str) or not _HEADER_NAME_RE.fullmatch(name):
        shown = _shown(name) if isinstance(name, str) else type(name).__name__
        raise InvalidInputError(f"headers: {shown} is not a valid header name")
    if name.lower() in _FRAMING_HEADERS:
        raise InvalidInputError(
            f"headers: {name!r} is a hop-by-hop or framing header, which the HTTP library "
            "sets from the request itself; leave it out"
        )
    if not isinstance(value, str) or not all(" " <= c <= "~" or c == "\t" for c in value):
        raise InvalidInputError(
            f"headers[{name!r}] must be a string of printable ASCII characters (no newline, "
            "control or non-ASCII character)"
        )
    return name, value


def json_body(name: str, value: Any) -> Any:
    """A request body that encodes as strict JSON: dicts, lists, strings, finite numbers ...

    Raises:
        InvalidInputError: a value JSON cannot carry (an object, bytes, ``NaN`` or infinity, a
            dict key that is not a string, a structure nested too deeply), naming ``name``.
    """
    if value is None:
        return None
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        # json's own messages name types only ("Object of type set is not JSON serializable").
        problem = {ValueError: "it holds NaN or infinity", RecursionError: "it nests too deeply"}
        raise InvalidInputError(
            f"{name} must be JSON data (dict, list, str, a finite number, bool or None); "
            + problem.get(type(error), str(error))
        ) from None
    return value
