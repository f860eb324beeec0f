"""The official SDK's import path for the exceptions (``smartcar.exception``)."""

from .exceptions import *  # noqa: F403
from .exceptions import __all__ as __all__
