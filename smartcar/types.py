"""Typed results of the SDK.

Each result is the generated model of its response body (``smartcar_openapi.models``), extended
with a :class:`Meta` built from the response headers, so attributes keep the official SDK's
snake_case names (``odometer().distance``, ``battery().percent_remaining``) and nested parts are
typed models too (``lock_status().doors[0].status``). Equality ignores ``meta``.

Like the official SDK's namedtuples, results (and the records nested in them) have ``_fields``
in the official order, ``_asdict()``, ``_replace()``, unpacking, indexing and ``len()``; the
order is written once, in ``smartcar._core.tuple.OFFICIAL_FIELDS``. The official module's other
names (``Paging``, ``Door``, ``build_meta`` ...) resolve here too, as in
:mod:`smartcar.v2_response`.

An optional field that the API left out is ``None``, as Python code expects (never the
generator's ``UNSET`` sentinel), and is typed ``X | None``; ``to_dict()`` still leaves it out,
and writes ``null`` only for a field the API sent as ``null``.

Bodies are read leniently: a required member the body lacks is ``None`` too and is listed in
the result's ``missing_fields``; a value of another type, or an unknown enum value, is kept as
sent; an odd list item stays in its list. ``spec_deviations`` maps each such place (a JSON path)
to what is wrong there, and strict mode (``strict=True``) raises ``InvalidResponseError`` instead.

Fields named after Python builtins get a trailing underscore in the generated models
(``range_``, ``type_``), and a read-only property under the API's own name (``range``, ``type``)
as the official SDK spells it.

The classes are written in the private modules of ``smartcar._results``, by kind, and belong
here: this module is their ``__module__``, so pickles, reprs and signatures name them
``smartcar.types``.
"""

from __future__ import annotations

# Imported and not listed in __all__: the names the result classes' annotations use, read in this
# module, their ``__module__`` (``typing.get_type_hints``, the reference); the official module's
# other names, answered here as there; the converters the operations use (``X as X``).
from collections.abc import Mapping  # noqa: F401
from datetime import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from smartcar_openapi import models  # noqa: F401

from ._results import generated as _generated
from ._results.access import REFRESH_TOKEN_LIFETIME as REFRESH_TOKEN_LIFETIME
from ._results.access import Access
from ._results.base import Meta
from ._results.base import V3Shape as V3Shape
from ._results.base import _retyped as _retyped
from ._results.base import model as model
from ._results.base import v3_model as v3_model
from ._results.generated import *  # noqa: F403 (the classes `make regen` writes, by its __all__)
from ._results.official import (  # noqa: F401
    ChargingPort,
    CompatibilityV2,
    Door,
    NominalCapcity,
    Reason,
    ServiceCost,
    ServiceDetail,
    ServiceTask,
    Storage,
    Sunroof,
    Window,
    build_meta,
    format_capabilities,
    generate_named_tuple,
    make_access_object,
    select_named_tuple,
)
from ._results.records import (
    AvailableCapacity,
    Capability,
    Compatibility,
    CompatibilityMatrix,
    Connection,
    DeletedConnection,
    DiagnosticSystem,
    DiagnosticTroubleCode,
    LockStatusItem,
    NominalCapacity,
    Paging,
    PagingCursor,
    Response,
    SelectedCapacity,
    ServiceHistory,
    ServiceRecord,
)
from ._results.records import CompatibilityMatrixModel as CompatibilityMatrixModel
from ._results.records import CompatibilityV1 as CompatibilityV1
from ._results.v3 import Signal, SignalResource, Signals, V3Vehicle

if TYPE_CHECKING:
    from .v3 import Quantity, SignalBody  # noqa: F401 (named by the v3 results' annotations)

__all__ = [
    "Access",
    "AvailableCapacity",
    "Capability",
    "Compatibility",
    "CompatibilityMatrix",
    "Connection",
    "DeletedConnection",
    "DiagnosticSystem",
    "DiagnosticTroubleCode",
    "LockStatusItem",
    "Meta",
    "NominalCapacity",
    "Paging",
    "PagingCursor",
    "Response",
    "SelectedCapacity",
    "ServiceHistory",
    "ServiceRecord",
    "Signal",
    "SignalResource",
    "Signals",
    "V3Vehicle",
]

# The result classes that only add ``meta`` to their generated model: the ones `make regen`
# writes (``smartcar/_results/generated.py``).
__all__ += _generated.__all__
