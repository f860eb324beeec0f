"""The OAuth tokens: :class:`Access`, with their expirations, and how it is saved and loaded."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from smartcar_openapi import models

from .._core.tuple import TupleLike
from .._core.values import is_number
from .base import publish

__all__ = ["REFRESH_TOKEN_LIFETIME", "Access"]


REFRESH_TOKEN_LIFETIME = timedelta(days=60)
"""Refresh tokens are valid for 60 days (Smartcar does not return this)."""


@dataclass(frozen=True, slots=True)
class Access(TupleLike):
    """Tokens from the OAuth token endpoint, with their expirations.

    The expirations are computed when the tokens are received (Smartcar only returns
    ``expires_in``) and are timezone-aware UTC. ``access["refresh_token"]`` works as well as
    ``access.refresh_token``; like the official namedtuple, an Access unpacks, indexes and has
    ``_fields``, ``_asdict()`` and ``_replace()``; and :meth:`to_dict`/:meth:`from_dict`
    round-trip through JSON, so an Access can be stored in a database and loaded back.

    Attributes:
        access_token: Bearer token for the vehicle API (valid 2 hours).
        token_type: ``"Bearer"``.
        expires_in: Lifetime of the access token in seconds, as returned.
        expiration: When the access token expires.
        refresh_token: Token to get a new access token (valid 60 days, rotated on use).
        refresh_expiration: When the refresh token expires.
    """

    access_token: str = field(repr=False)
    token_type: str
    expires_in: int
    expiration: datetime
    refresh_token: str = field(repr=False)
    refresh_expiration: datetime

    @classmethod
    def from_token_response(
        cls, token: models.TokenResponse, now: datetime | None = None
    ) -> Access:
        """Build an Access from the token endpoint's response, received at ``now``."""
        received = now or datetime.now(UTC)
        return cls(
            access_token=token.access_token,
            token_type=token.token_type,
            expires_in=token.expires_in,
            expiration=received + timedelta(seconds=token.expires_in),
            refresh_token=token.refresh_token,
            refresh_expiration=received + REFRESH_TOKEN_LIFETIME,
        )

    def is_expired(self, *, leeway: float = 0.0, now: datetime | None = None) -> bool:
        """Whether the access token has expired (or will within ``leeway`` seconds)."""
        current = now or datetime.now(UTC)
        return current + timedelta(seconds=leeway) >= self.expiration

    def is_refresh_expired(self, *, leeway: float = 0.0, now: datetime | None = None) -> bool:
        """Whether the refresh token has expired (or will within ``leeway`` seconds)."""
        current = now or datetime.now(UTC)
        return current + timedelta(seconds=leeway) >= self.refresh_expiration

    def _getitem_key(self, key: str) -> Any:
        # access["refresh_token"] as well as access[4], as a dict and a namedtuple allow.
        if key not in self._fields:
            raise KeyError(key)
        return getattr(self, key)

    def keys(self) -> tuple[str, ...]:
        """The field names, so ``dict(access)`` works."""
        return self._fields

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (expirations as ISO 8601 strings)."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_in": self.expires_in,
            "expiration": self.expiration.isoformat(),
            "refresh_token": self.refresh_token,
            "refresh_expiration": self.refresh_expiration.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Access:
        """Load an Access saved with :meth:`to_dict` (datetimes or ISO strings accepted).

        Raises:
            InvalidInputError: ``data`` is not a mapping, or a field is missing or of the wrong
                type; the message names the field and the type it needs, never its value.
        """
        from ..exceptions import InvalidInputError

        if not isinstance(data, Mapping):
            raise InvalidInputError(
                f"Access.from_dict needs a dict of token fields, got {type(data).__name__}"
            )

        def field_of(name: str, kind: str, read: Callable[[Any], Any]) -> Any:
            if name not in data:
                raise InvalidInputError(f"the Access field {name!r} is missing")
            try:
                return read(data[name])
            except (TypeError, ValueError, OverflowError):
                raise InvalidInputError(
                    f"the Access field {name!r} must be {kind}, got {type(data[name]).__name__}"
                ) from None

        def text(value: Any) -> str:
            if not isinstance(value, str) or not value:
                raise TypeError
            return value

        def count(value: Any) -> int:
            # Integral numbers and their decimal strings, as older files may hold either.
            if not (is_number(value) or isinstance(value, str)):
                raise TypeError
            return int(value)

        def when(value: Any) -> datetime:
            if not isinstance(value, datetime | str):
                raise TypeError
            parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)

        token_type = data.get("token_type", "Bearer")
        return cls(
            access_token=field_of("access_token", "a non-empty string", text),
            token_type=token_type if isinstance(token_type, str) else "Bearer",
            expires_in=field_of("expires_in", "an integer number of seconds", count),
            expiration=field_of("expiration", "an ISO 8601 date and time", when),
            refresh_token=field_of("refresh_token", "a non-empty string", text),
            refresh_expiration=field_of("refresh_expiration", "an ISO 8601 date and time", when),
        )


publish(globals())
