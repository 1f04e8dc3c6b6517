"""Content-Encoding decoders that never produce more than a given number of bytes."""
from __future__ import annotations

import zlib
from typing import Iterable, Iterator


def _decode_errors() -> tuple:
    errors: list = [zlib.error, ValueError, OSError]
    try:
        import brotli
        errors.append(brotli.error)
    except ImportError:
        pass
    return tuple(errors)


class TooLarge(Exception):
    """The decoded body passed its byte cap."""


def decode_stream(chunks: Iterable[bytes], encoding: str, cap: int) -> Iterator[bytes]:
    """Decode raw body chunks (gzip, deflate, br, identity; stacked codings allowed), raising
    TooLarge as soon as the decoded output passes ``cap`` bytes (a decompression bomb is cut
    off after ``cap`` bytes, not after it has filled the memory)."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c not in ("identity", "")]
    stream: Iterable[bytes] = chunks
    # Content-Encoding lists codings in the order applied: undo them last to first.
    for coding in reversed(codings):
        stream = _decoder(stream, coding, cap)
    total = 0
    for piece in stream:
        total += len(piece)
        if total > cap:
            raise TooLarge(f"decoded body larger than {cap:,} bytes")
        yield piece


def _decoder(chunks: Iterable[bytes], coding: str, cap: int) -> Iterator[bytes]:
    if coding in ("gzip", "x-gzip", "deflate"):
        return _zlib(chunks, coding, cap)
    if coding == "br":
        return _brotli(chunks, cap)
    raise ValueError(f"unsupported Content-Encoding {coding!r}")


STEP = 64 * 1024  # decoded bytes produced per call: bounds memory whatever the ratio


def _zlib(chunks: Iterable[bytes], coding: str, cap: int) -> Iterator[bytes]:
    wbits = 16 + zlib.MAX_WBITS if coding != "deflate" else zlib.MAX_WBITS
    dec = zlib.decompressobj(wbits)
    first = True
    produced = 0
    for chunk in chunks:
        if first and coding == "deflate" and chunk and (chunk[0] & 0x0F) != 8:
            dec = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
        first = False
        data = chunk
        while data:
            out = dec.decompress(data, STEP)
            data = dec.unconsumed_tail
            produced += len(out)
            if out:
                yield out
            if produced > cap:
                return
            if dec.eof:
                data = b""  # trailing garbage after the stream end is ignored
    out = dec.flush()
    if out:
        yield out


def _brotli(chunks: Iterable[bytes], cap: int) -> Iterator[bytes]:
    try:
        import brotli
    except ImportError as exc:  # the Accept-Encoding header only offers br when it is installed
        raise ValueError("brotli body but the brotli package is not installed") from exc
    dec = brotli.Decompressor()
    produced = 0
    for chunk in chunks:
        out = dec.process(chunk, output_buffer_limit=STEP)
        while True:
            produced += len(out)
            if out:
                yield out
            if produced > cap or dec.can_accept_more_data() or dec.is_finished():
                break
            out = dec.process(b"", output_buffer_limit=STEP)
        if produced > cap:
            return


def accept_encoding() -> str:
    """The Accept-Encoding value for what can be decoded here."""
    try:
        import brotli  # noqa: F401
        return "gzip, deflate, br"
    except ImportError:
        return "gzip, deflate"


DECODE_ERRORS = _decode_errors()  # what a corrupt body raises while decoding
