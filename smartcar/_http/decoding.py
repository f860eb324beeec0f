"""Content decoding that never produces much more than the size cap allows."""

from __future__ import annotations

import zlib
from typing import Any

__all__ = ["BoundedDecoder"]


class BoundedDecoder:
    """Undoes a ``Content-Encoding`` without ever producing much more than it is allowed to.

    httpx2 decodes each network read whole, so one 64 KiB read of a compression bomb becomes
    tens of megabytes before any cap can look at it. Here zlib is told the most it may return.
    """

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        codings = [c for c in codings if c not in ("", "identity")]
        self._raw_deflate_fallback = codings == ["deflate"]
        self._zlib: Any = None
        if codings in (["gzip"], ["x-gzip"]):
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif codings == ["deflate"]:
            self._zlib = zlib.decompressobj()
        elif codings:
            raise ValueError(f"unsupported Content-Encoding {content_encoding[:50]!r}")

    def decode(self, data: bytes, room: int) -> bytes:
        """Decode ``data``; returns at most ``room + 1`` bytes (more than room: over the cap)."""
        if self._zlib is None:
            return data
        try:
            out: bytes = self._zlib.decompress(data, room + 1)
        except zlib.error:
            # "deflate" is often sent raw, without its zlib header (httpx2 accepts both).
            if not self._raw_deflate_fallback:
                raise
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(data, room + 1)
        self._raw_deflate_fallback = False
        # Returning less than asked means all of data was consumed: nothing is left pending.
        return out

    def flush(self) -> bytes:
        """What zlib still holds once the body has ended."""
        return self._zlib.flush() if self._zlib is not None else b""
