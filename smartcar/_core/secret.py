"""`Secret`: a credential that never prints itself.

Error reporters (Sentry and others, ``traceback.TracebackException(capture_locals=True)``) and
debuggers show the ``repr`` of every local variable of every frame a failure passed through.
A token held in a plain ``str`` local shows up there whole. Inside the engine and the token
manager a credential is held as a :class:`Secret`, whose ``repr`` and ``str`` are redacted and
which gives its value up (:meth:`Secret.reveal`) only where it is written into a request.
"""

from __future__ import annotations

__all__ = ["Secret"]


class Secret:
    """A credential whose ``repr`` and ``str`` are ``[REDACTED]``, as pydantic's ``SecretStr``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The credential itself: call this only where it goes on the wire."""
        return self._value

    def matches(self, other: str | Secret | None) -> bool:
        """Whether ``other`` is the same credential (compared in constant time)."""
        if other is None:
            return False
        value = other._value if isinstance(other, Secret) else other
        import hmac  # here, not at import: naming a client must not load it

        return hmac.compare_digest(self._value.encode(), value.encode())

    def __repr__(self) -> str:
        return "Secret('[REDACTED]')"

    def __str__(self) -> str:
        return "[REDACTED]"

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        # Pickled (a multiprocessing queue, a cache) it stays a Secret.
        return (Secret, (self._value,))


def secret(value: str | Secret | None) -> Secret | None:
    """``value`` as a :class:`Secret` (``None`` stays ``None``)."""
    if value is None or isinstance(value, Secret):
        return value
    return Secret(value)
