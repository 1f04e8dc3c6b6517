"""Bytes -> clean text: encoding detection, mojibake repair, newline normalisation, typed rejections."""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Optional

import ftfy
from charset_normalizer import from_bytes

from wirewatch.errors import Rejected

_SAMPLE = 65536
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.IGNORECASE)
# C0 controls other than tab/newline/carriage return/form feed: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# UTF-8 read as Latin-1/cp1252: a lead-byte letter (Â..ô) followed by a continuation-byte character.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")

# ftfy repairs mojibake but must not restyle the text: quotes, widths and ligatures stay as written.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
                             unescape_html=False, normalization="NFC", explain=False)


def repair_mojibake(text: str) -> str:
    """Run ftfy only on the lines that show a mojibake signature (ftfy on every line is slow)."""
    if _MOJIBAKE.search(text) is None:
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    fixed = [ftfy.fix_text(line, _FTFY) if _MOJIBAKE.search(line) else line for line in lines]
    return unicodedata.normalize("NFC", "\n".join(fixed))


def _bom(data: bytes) -> Optional[str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _declared(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, name: str, html: bool = False) -> str:
    """Decode bytes by BOM, UTF-8, the page's declared charset, then charset-normalizer's guess."""
    enc = _bom(data)
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            raise Rejected(name, "encoding", f"invalid {enc}: {exc.reason}") from None
    if b"\x00" in data[:_SAMPLE]:
        raise Rejected(name, "binary", "NUL bytes in the data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > 0.05 * len(sample):
        raise Rejected(name, "binary", f"{controls} control bytes in the first {len(sample)}")
    declared = _declared(data) if html else None
    if declared and declared not in ("utf-8",):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:_SAMPLE] if len(data) > _SAMPLE else data).best()
    if best is None or best.encoding is None:
        raise Rejected(name, "encoding", "no text encoding fits the bytes")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        # The sample fitted but the whole does not: keep what decodes, mark the rest.
        return data.decode(best.encoding, "replace")


def clean_text(text: str, name: str, html: bool = False) -> str:
    """Reject empty/binary text, normalise newlines and (plain text) repair mojibake."""
    if not text.strip():
        raise Rejected(name, "empty", "nothing but whitespace")
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        raise Rejected(name, "binary", "NUL characters in the text")
    if _CONTROL.search(sample):
        controls = len(_CONTROL.findall(sample))
        if controls > 0.05 * len(sample):
            raise Rejected(name, "binary", f"{controls} control characters in the first {len(sample)}")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not html:
        # Markup skips both: there these are plain whitespace, and mojibake is repaired after
        # extraction on the (much shorter) text it yields.
        text = repair_mojibake(_NEWLINES.sub("\n", text))
    if not text.strip():
        raise Rejected(name, "empty", "nothing but whitespace")
    return text


def decode(data: bytes | str, name: str, html: bool = False) -> str:
    """Raw input (bytes or str) -> clean text, or a typed rejection (empty, binary, encoding)."""
    if isinstance(data, bytes):
        if not data.strip():
            raise Rejected(name, "empty", "nothing but whitespace")
        data = decode_bytes(data, name, html)
    return clean_text(data, name, html)
