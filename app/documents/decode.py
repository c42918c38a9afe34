"""Bytes of a text or HTML report → str, with the encoding that was used.

Try order: byte-order mark → UTF-8 (strict) → declared HTML charset (strict) → a detected
encoding → GB18030 (strict) → the likelier of UTF-8 and GB18030 with undecodable bytes replaced,
and a note. UTF-8 is tried before a declared legacy charset because valid UTF-8 with non-ASCII
bytes is practically never GBK text, while pages re-saved as UTF-8 often keep a stale
`<meta charset=gb2312>`. Undeclared and mislabelled encodings (Big5, UTF-16 without a byte-order
mark, a GBK page declared as UTF-8) are detected by bs4.dammit's EncodingDetector led by
charset-normalizer's guess; a detected encoding is used only if it is one Chinese reports come in
and its text reads as text (see _plausible), so a wrong guess falls through to GB18030. Line endings become "\n"; nothing
else is changed (full-width forms stay: the locator keeps offsets into this exact text).
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

from .model import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Every GB charset label is decoded as GB18030, the superset that also covers GBK's extensions.
_GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312", "gb_2312-80", "csgb2312",
              "chinese", "iso-ir-58", "csiso58gb231280", "windows-936", "ms936"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b")
_BINARY_SAMPLE = 64 * 1024
_MAX_REPLACED_SHARE = 0.05
# The encodings a detector may choose (Python codec names); any other guess is ignored.
_BIG5 = {"big5", "big5hkscs", "cp950"}
_DETECTABLE = {"gb18030", "utf-16-le", "utf-16-be", *_BIG5}
_PLAUSIBLE_SHARE = 0.9  # of a detected text's characters that must be ones reports are written in
_UTF16_NUL_SHARE = 0.01  # UTF-16 of a report: every ASCII digit, space and newline brings a NUL


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""  # set when bytes had to be replaced or a declared charset was overridden


def looks_binary(data: bytes) -> bool:
    """Control bytes (NUL and friends) that no text file holds in any number."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(data):
        return False  # UTF-16 is full of NULs by design
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(4, len(sample) // 100)


def declared_charset(data: bytes) -> str | None:
    """The charset a `<meta charset>` or http-equiv Content-Type names near the top of a page."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _GB_LABELS:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page whose bytes we are reading as ASCII-compatible cannot really be UTF-16/32.
    return None if name.startswith(("utf-16", "utf-32")) else name


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes are UTF-16 text without a byte-order mark: NUL bytes
    (the high half of every ASCII character) mostly at odd or mostly at even offsets, and
    the start decodes strictly to plausible text."""
    sample = data[:_BINARY_SAMPLE - _BINARY_SAMPLE % 2]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd < len(sample) * _UTF16_NUL_SHARE:
        return None
    codec = "utf-16-le" if odd > 3 * even else "utf-16-be" if even > 3 * odd else None
    if codec is None:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if _plausible(text) else None


_PLAIN_GB_SHARE = 0.9  # real GB reports: 0.95 and more; Big5 or Latin-1 bytes read as GB: far less


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decodes report bytes; raises ReadError when the result would be mostly replacement chars."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _finish(_strict_or_replaced(data[len(bom):], codec, label))
    for codec in _candidates(declared):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return _finish(Decoded(text, codec, _declaration_note(data, declared, codec)))
    likely_gb = _likely_gb(data)
    if likely_gb is not None:
        return _finish(Decoded(likely_gb, "gb18030", _declaration_note(data, declared, "gb18030")))
    detected = _detected(data, declared)
    if detected is not None:
        return _finish(detected)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return _finish(_least_replaced(data))
    return _finish(Decoded(text, "gb18030", _declaration_note(data, declared, "gb18030")))


def decode_declared(data: bytes, declared: str | None, undeclared: Decoded) -> Decoded:
    """decode_bytes(data, declared), given undeclared = decode_bytes(data): read_document decodes
    every page once to tell HTML from text, and decoding is a good part of reading a page.

    A declared charset only adds itself to the codecs tried, after UTF-8 and before detection; so
    the text is the same when there is no such charset, when UTF-8 decoded the bytes, or when the
    declared charset is the one that decoded them; only the note about a declaration the bytes do
    not follow can differ.
    """
    if data.startswith(tuple(bom for bom, _, _ in _BOMS)):
        return undeclared  # a byte-order mark outranks any declaration
    decoded_strictly = not undeclared.note  # without a declaration, only replaced bytes are noted
    same = declared in (None, "utf-8") or (decoded_strictly and undeclared.encoding in ("utf-8", declared))
    if not same:
        return decode_bytes(data, declared)
    note = _declaration_note(data, declared, undeclared.encoding) if decoded_strictly else ""
    return Decoded(undeclared.text, undeclared.encoding, note) if note else undeclared


def normalise_newlines(text: str) -> str:
    if "\r" not in text:  # (a search is much cheaper than a replace on CJK text)
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _declaration_note(data: bytes, declared: str | None, codec: str) -> str:
    if declared and codec != declared and not data.isascii():
        return f"网页声明的编码 {declared} 与内容不符，已按 {codec} 读取"
    return ""


def _candidates(declared: str | None) -> list[str]:
    return ["utf-8", declared] if declared and declared != "utf-8" else ["utf-8"]


def _detected(data: bytes, declared: str | None) -> Decoded | None:
    """The bytes decoded strictly in the first encoding bs4's EncodingDetector proposes (led by
    charset-normalizer's guess and a UTF-16 sniff) that Chinese reports come in and whose text is
    plausible; None when there is none."""
    from bs4.dammit import EncodingDetector
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guesses = [g for g in (utf16_without_bom(data), best.encoding if best else None) if g]
    for name in EncodingDetector(data, known_definite_encodings=guesses).encodings:
        codec = _detectable(name)
        if codec is None:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text) and not (codec in _BIG5 and _reads_better_as_gb(data, text)):
            return Decoded(text, codec, _declaration_note(data, declared, codec))
    return None


def _likely_gb(data: bytes) -> str | None:
    """The text, when the bytes are plainly GBK/GB18030 Chinese: they decode strictly, read as a
    Chinese report, and nearly all their ideographs are among GB2312's 3,755 most used (bytes of
    another encoding read as GB land mostly on rare characters). This spares the detector, a
    good part of reading such a file, for the common case; anything less clear goes to it."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if _plausible(text) and _common_share(text, "gb2312", 0xB0, 0xD7) >= _PLAIN_GB_SHARE:
        return text
    return None


def _reads_better_as_gb(data: bytes, big5_text: str) -> bool:
    """Most GBK byte pairs are Big5 pairs too, and a detector easily calls a short GBK text Big5.
    The reading with the larger share of common characters wins, GB on a tie: GB2312's level-1
    characters (lead bytes B0-D7) and Big5's frequent ones (lead bytes A4-C6) are each about the
    4,000 most used; the wrong reading of the same bytes lands mostly on rare characters."""
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return _common_share(gb_text, "gb2312", 0xB0, 0xD7) >= _common_share(big5_text, "big5", 0xA4, 0xC6)


def _common_share(text: str, charset: str, first_lead: int, last_lead: int) -> float:
    sample = text[:20000]
    ideographs = len(_IDEOGRAPH.findall(sample))
    if not ideographs:
        return 0.0
    return len(_common_characters(charset, first_lead, last_lead).findall(sample)) / ideographs


_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


@functools.cache
def _common_characters(charset: str, first_lead: int, last_lead: int) -> re.Pattern[str]:
    """One character class of the ideographs `charset` encodes with a lead byte in the range
    (matched by the regex engine, not a Python loop over every character of the file)."""
    found = set()
    for lead in range(first_lead, last_lead + 1):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                ch = bytes((lead, trail)).decode(charset)
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= ch <= "\u9fff" and ch.encode(charset)[0] == lead:
                found.add(ch)
    return re.compile("[" + "".join(sorted(found)) + "]")


def _detectable(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    codec = "gb18030" if codec in _GB_LABELS else codec
    return codec if codec in _DETECTABLE else None


def _plausible(text: str) -> bool:
    """Most characters are ones a Chinese report is written in: CJK ideographs and punctuation,
    full-width forms, ASCII and whitespace (bytes read in a wrong encoding scatter over the
    whole of Unicode)."""
    sample = text[:20000]
    usual = len(sample) - len(_UNUSUAL.findall(sample))
    return usual >= len(sample) * _PLAUSIBLE_SHARE


_UNUSUAL = re.compile("[^\x00-\x7f\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f]")


def _strict_or_replaced(data: bytes, codec: str, label: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), label)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return Decoded(text, label, _replaced_note(text, label))


def _least_replaced(data: bytes) -> Decoded:
    utf8 = data.decode("utf-8", errors="replace")
    gb = data.decode("gb18030", errors="replace")
    text, codec = (utf8, "utf-8") if utf8.count("\ufffd") <= gb.count("\ufffd") else (gb, "gb18030")
    return Decoded(text, codec, _replaced_note(text, codec))


def _replaced_note(text: str, codec: str) -> str:
    return f"文本编码不完全符合 {codec}，{text.count(chr(0xFFFD))} 处无法识别的字节已替换为 �"


def _finish(decoded: Decoded) -> Decoded:
    text = decoded.text
    if "\ufffd" in text and text.count("\ufffd") > max(8, len(text) * _MAX_REPLACED_SHARE):
        raise ReadError("无法识别文件的文字编码（不是 UTF-8、GB18030 或 UTF-16 文本），文件可能已损坏")
    return Decoded(normalise_newlines(text), decoded.encoding, decoded.note)
