"""The bounded ``Content-Encoding`` decoder (smartcar/_http/decoding.py), in process and fast.

The end-to-end checks against a loopback server sending compression bombs are in
``test_limits.py`` (slow, so left out of the mutation runs); these drive ``BoundedDecoder``
directly with bodies built by ``zlib`` and ``gzip``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable

import pytest

from smartcar._http.decoding import BoundedDecoder

BODY = bytes(range(256)) * 64  # 16 KiB, compresses well and is easy to check


def zlib_deflate(data: bytes) -> bytes:
    """A "deflate" body as RFC 9110 means it: zlib header, deflate stream, Adler-32."""
    return zlib.compress(data)


def raw_deflate(data: bytes) -> bytes:
    """A "deflate" body as many servers send it: the bare deflate stream, no zlib header."""
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


def decode_all(decoder: BoundedDecoder, data: bytes) -> bytes:
    return decoder.decode(data, len(BODY) * 2) + decoder.flush()


@pytest.mark.parametrize("encoding", ["", "identity", "Identity", " IDENTITY ", "identity, ,"])
def test_no_coding_passes_data_through_whatever_the_room(encoding: str) -> None:
    decoder = BoundedDecoder(encoding)
    assert decoder.decode(b"abcdef", 2) == b"abcdef"
    assert decoder.decode(b"", 0) == b""
    assert decoder.flush() == b""


@pytest.mark.parametrize(
    "encoding",
    ["gzip", "GZIP", "x-gzip", "X-Gzip", " gzip ", "gzip, identity", "identity,gzip", "gzip,"],
)
def test_gzip_and_x_gzip_are_decoded_in_any_case_and_with_identity_listed(encoding: str) -> None:
    decoder = BoundedDecoder(encoding)
    assert decode_all(decoder, gzip.compress(BODY)) == BODY


@pytest.mark.parametrize(
    "encoding", ["deflate", "DEFLATE", "Deflate, identity", "identity,deflate"]
)
def test_deflate_with_a_zlib_header_is_decoded(encoding: str) -> None:
    decoder = BoundedDecoder(encoding)
    assert decode_all(decoder, zlib_deflate(BODY)) == BODY


@pytest.mark.parametrize("encoding", ["deflate", "DEFLATE", "identity, Deflate"])
def test_a_lone_deflate_without_a_zlib_header_falls_back_to_raw_deflate(encoding: str) -> None:
    decoder = BoundedDecoder(encoding)
    assert decode_all(decoder, raw_deflate(BODY)) == BODY


def test_raw_deflate_split_in_chunks_is_decoded_after_the_fallback() -> None:
    data = raw_deflate(BODY)
    decoder = BoundedDecoder("deflate")
    out = b"".join(decoder.decode(data[i : i + 7], len(BODY)) for i in range(0, len(data), 7))
    assert out + decoder.flush() == BODY


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip"])
def test_gzip_never_falls_back_to_raw_deflate(encoding: str) -> None:
    decoder = BoundedDecoder(encoding)
    with pytest.raises(zlib.error):
        decoder.decode(raw_deflate(BODY), len(BODY))


def test_gzip_does_not_accept_a_zlib_header_either() -> None:
    decoder = BoundedDecoder("gzip")
    with pytest.raises(zlib.error):
        decoder.decode(zlib_deflate(BODY), len(BODY))


def test_deflate_is_not_read_as_gzip() -> None:
    decoder = BoundedDecoder("deflate")
    with pytest.raises(zlib.error):
        decoder.decode(gzip.compress(BODY), len(BODY))


def test_the_fallback_is_only_tried_on_the_first_chunk() -> None:
    stream = zlib_deflate(b"hello")
    header, body, bad_check = stream[:2], stream[2:-4], b"\x00\x00\x00\x00"
    decoder = BoundedDecoder("deflate")
    assert decoder.decode(header, 100) == b""
    # A fresh raw inflater would read ``body`` as b"hello"; the zlib one sees a wrong Adler-32.
    with pytest.raises(zlib.error, match="incorrect data check"):
        decoder.decode(body + bad_check, 100)


def test_after_a_first_good_chunk_a_corrupt_chunk_raises() -> None:
    stream = zlib_deflate(BODY)
    decoder = BoundedDecoder("deflate")
    first = decoder.decode(stream[:10], len(BODY))
    assert BODY.startswith(first)
    with pytest.raises(zlib.error):
        decoder.decode(b"\xff" * 64, len(BODY))


@pytest.mark.parametrize(
    "encoding",
    [
        "gzip, deflate",
        "deflate, gzip",
        "deflate, deflate",
        "gzip, gzip",
        "gzip deflate",
        "gzip;q=1",
    ],
)
def test_a_deflate_among_other_codings_is_unsupported(encoding: str) -> None:
    with pytest.raises(ValueError) as info:
        BoundedDecoder(encoding)
    assert str(info.value) == f"unsupported Content-Encoding {encoding!r}"


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "XXidentityXX", "x-deflate"])
def test_an_unknown_coding_is_unsupported(encoding: str) -> None:
    with pytest.raises(ValueError) as info:
        BoundedDecoder(encoding)
    assert str(info.value) == f"unsupported Content-Encoding {encoding!r}"


def test_the_unsupported_coding_message_keeps_only_the_first_50_characters() -> None:
    encoding = "br" + "x" * 48 + "YZ"  # 52 characters
    with pytest.raises(ValueError) as info:
        BoundedDecoder(encoding)
    assert str(info.value) == "unsupported Content-Encoding 'br" + "x" * 48 + "'"


def test_a_50_character_unsupported_coding_is_quoted_whole() -> None:
    encoding = "b" * 50
    with pytest.raises(ValueError) as info:
        BoundedDecoder(encoding)
    assert str(info.value) == "unsupported Content-Encoding '" + "b" * 50 + "'"


# The three bodies a decoder must undo: gzip, zlib-wrapped deflate and raw deflate.
EACH_CODING = pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib_deflate), ("deflate", raw_deflate)],
)


@EACH_CODING
@pytest.mark.parametrize("room", [0, 1, 9, 1000])
def test_decode_returns_exactly_room_plus_one_bytes_of_a_big_body(
    encoding: str, compress: Callable[[bytes], bytes], room: int
) -> None:
    decoder = BoundedDecoder(encoding)
    out = decoder.decode(compress(BODY), room)
    assert len(out) == room + 1
    assert out == BODY[: room + 1]


@EACH_CODING
def test_flush_returns_what_the_room_held_back(
    encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    decoder = BoundedDecoder(encoding)
    out = decoder.decode(compress(BODY), 99)
    assert out == BODY[:100]
    rest = decoder.flush()
    assert rest == BODY[100:]
    assert len(rest) == len(BODY) - 100


@EACH_CODING
def test_a_small_body_is_returned_whole_when_it_fits(
    encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    decoder = BoundedDecoder(encoding)
    assert decoder.decode(compress(b"hello"), 5) == b"hello"
    assert decoder.flush() == b""
