"""What the SDK can tell about a credential from its shape, without ever quoting it.

Two formats are known: an API v3 client id (``smartcar.App``) begins with ``client_``, and the
Dashboard's Application ID, which Connect and ``AuthClient`` take as ``client_id``, is a UUID.
Nothing is known of the shape of a client secret or of the Application Management Token, so
neither is judged by its shape. A value that looks like another credential gets a
:class:`~smartcar.exceptions.CredentialWarning`; the token endpoint's ``invalid_client`` gets
:func:`app_hint` or :func:`auth_client_hint`, which say what to check and where the Dashboard
shows it.
"""

from __future__ import annotations

import re
import warnings

from ..exceptions import CredentialWarning
from .stack import caller_stacklevel

__all__ = ["app_hint", "auth_client_hint", "check_app", "check_auth_client"]

API_CLIENT_PREFIX = "client_"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z", re.IGNORECASE)

_APPLICATION_ID = "the Dashboard's Application ID (a UUID), which Connect and AuthClient take"
_API_CLIENT_ID = "an API v3 client id (it begins with `client_`), which smartcar.App takes"


def _is_application_id(value: str) -> bool:
    return _UUID.match(value) is not None


def _is_api_client_id(value: str) -> bool:
    return value.startswith(API_CLIENT_PREFIX)


def _warn(text: str) -> None:
    warnings.warn(text, CredentialWarning, stacklevel=caller_stacklevel())


def _check_secret(owner: str, client_id: str, client_secret: str) -> None:
    if _is_api_client_id(client_secret):
        _warn(
            f"{owner}: client_secret begins with `client_`, as a client id does; are client_id "
            "and client_secret swapped?"
        )
    elif client_secret == client_id:
        _warn(f"{owner}: client_secret is the same value as client_id; a secret never is")


def check_app(client_id: str, client_secret: str) -> None:
    """Warn when ``App``'s credentials look like other credentials."""
    if _is_application_id(client_id):
        _warn(
            f"App: client_id looks like {_APPLICATION_ID}; App takes {_API_CLIENT_ID}, shown on "
            "the Dashboard's API Credentials tab"
        )
    _check_secret("App", client_id, client_secret)


def check_auth_client(client_id: str, client_secret: str) -> None:
    """Warn when ``AuthClient``'s credentials look like other credentials."""
    if _is_api_client_id(client_id):
        _warn(
            f"AuthClient: client_id looks like {_API_CLIENT_ID}; AuthClient takes {_APPLICATION_ID}"
        )
    _check_secret("AuthClient", client_id, client_secret)


def app_hint(client_id: str) -> str:
    """What to check when the API v3 token endpoint answers ``invalid_client``."""
    hint = (
        "Check App's client_id and client_secret: the API client id (it begins with `client_`) "
        "and its secret, on the Dashboard's API Credentials tab. A secret is shown only when it "
        "is created: if it is lost, or the tab lists no credentials, create one there (Create "
        "Secret); an application created before June 1st, 2025 may first need the upgrade to the "
        "v3 API in its Dashboard settings."
    )
    if _is_application_id(client_id):
        return f"{hint} The client_id given looks like {_APPLICATION_ID}, not an API client id."
    if not _is_api_client_id(client_id):
        return f"{hint} The client_id given does not begin with `client_`."
    return hint


def auth_client_hint(client_id: str) -> str:
    """What to check when the Connect token endpoint answers ``invalid_client``."""
    hint = (
        "Check AuthClient's client_id and client_secret: the Application ID (a UUID) and the "
        "client secret of your application in the Smartcar Dashboard."
    )
    if _is_api_client_id(client_id):
        return f"{hint} The client_id given looks like {_API_CLIENT_ID}, not an Application ID."
    if not _is_application_id(client_id):
        return f"{hint} The client_id given is not a UUID."
    return hint
