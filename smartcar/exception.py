"""The official SDK's import path for the exceptions (``smartcar.exception``)."""

from collections.abc import Mapping
from typing import Any

from ._errors import error_from_response
from .exceptions import *  # noqa: F403
from .exceptions import SmartcarException
from .exceptions import __all__ as _exception_names

__all__ = [*_exception_names, "exception_factory"]


def exception_factory(
    status_code: int,
    headers: Mapping[str, Any],
    body: str | bytes,
    check_content_type: bool = True,
) -> SmartcarException:
    """The exception for a failed response, as the official factory builds it.

    Args:
        status_code: the HTTP status.
        headers: the response headers (any casing).
        body: the raw response body.
        check_content_type: accepted for compatibility; a JSON error body is recognised
            whatever its ``Content-Type``, and any other body becomes the message.

    Returns:
        The ``SmartcarException`` subclass for the error (not raised).
    """
    del check_content_type  # the body itself says whether it is a JSON error
    # Callers build these headers by hand, as the official tests do ({"Retry-After": 5000}):
    # HTTP header values are text, so numbers become their text here.
    text = {
        str(name): value if isinstance(value, str) else str(value)
        for name, value in headers.items()
    }
    return error_from_response(status_code, text, body)
