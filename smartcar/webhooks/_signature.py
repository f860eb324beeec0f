"""The signature primitives: ``SC-Signature`` checks and challenge answers, in constant time."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from .._core import validate as check
from ..exceptions import InvalidInputError, WebhookSignatureError

__all__ = [
    "challenge_response",
    "hash_challenge",
    "matching_token",
    "raw_bytes",
    "tokens_of",
    "verify_payload",
    "verify_signature",
]


def raw_bytes(value: str | bytes | bytearray | memoryview, name: str) -> bytes:
    """``value`` as bytes: text is encoded as UTF-8, as Smartcar sends it."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise InvalidInputError(f"{name} must be str or bytes, got {type(value).__name__}")


def hash_challenge(amt: str, challenge: str | bytes) -> str:
    """HMAC-SHA256 of ``challenge`` keyed with the AMT, as lowercase hex."""
    key = check.non_empty("amt", amt).encode("utf-8")
    return hmac.new(key, raw_bytes(challenge, "challenge"), hashlib.sha256).hexdigest()


def verify_payload(amt: str, signature: str, body: str | bytes) -> bool:
    """Whether ``signature`` (the ``SC-Signature`` header) matches the raw ``body``.

    The comparison takes constant time, so it leaks nothing about the expected signature.
    """
    if not isinstance(signature, str):
        return False
    expected = hash_challenge(amt, body)
    # Compared as bytes: compare_digest refuses str with non-ASCII characters (TypeError),
    # and a forged header may hold anything.
    given = signature.strip().lower().encode("utf-8", "replace")
    return hmac.compare_digest(expected.encode("ascii"), given)


def verify_signature(amt: str, signature: str | None, body: str | bytes) -> None:
    """Like :func:`verify_payload`, but raise :class:`WebhookSignatureError` on a mismatch."""
    if not signature or not verify_payload(amt, signature, body):
        raise WebhookSignatureError(
            "Webhook signature does not match the payload (check the AMT, and verify the raw "
            "request body before parsing it)"
        )


def challenge_response(amt: str, challenge: str) -> dict[str, str]:
    """The JSON body to answer a VERIFY event with: ``{"challenge": <hmac hex>}``."""
    return {"challenge": hash_challenge(amt, challenge)}


def tokens_of(amt: str | Sequence[str]) -> tuple[str, ...]:
    """One management token or several (the current one first), checked and as a tuple."""
    if isinstance(amt, str):
        return (check.non_empty("amt", amt),)
    if isinstance(amt, Sequence) and not isinstance(amt, bytes | bytearray):
        tokens = tuple(amt)
        if tokens and all(isinstance(token, str) for token in tokens):
            return tuple(check.non_empty("amt", token) for token in tokens)
    raise InvalidInputError(
        "amt must be an Application Management Token (str) or a non-empty sequence of them, "
        f"got {type(amt).__name__}"
    )


def matching_token(tokens: Sequence[str], signature: str, body: bytes) -> str | None:
    """The token whose HMAC of ``body`` is ``signature``, or ``None``.

    Every token is compared, each in constant time, whichever matches: the time taken tells
    neither which token matched nor how much of the signature did.
    """
    found: str | None = None
    for token in tokens:
        if verify_payload(token, signature, body) and found is None:
            found = token
    return found
