"""The official SDK's import path for the exceptions (``smartcar.exception``)."""

from ._core.errors import exception_factory
from .exceptions import *  # noqa: F403
from .exceptions import __all__ as _exception_names

__all__ = [*_exception_names, "exception_factory"]
