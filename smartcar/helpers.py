"""The official SDK's helper module (``smartcar.helpers``), by name.

``requester`` sends one request the way the official helper does (its User-Agent, a 310 s
timeout) and raises our ``SmartcarException`` subclasses; the SDK's own operations do not use
it (they share connection pools, retries and typed parsing).
"""

from . import exception as sce
from ._compat.official import (
    format_flag_query,
    format_path_and_attribute_for_batch,
    requester,
    validate_env,
)

__all__ = [
    "format_flag_query",
    "format_path_and_attribute_for_batch",
    "requester",
    "sce",
    "validate_env",
]
