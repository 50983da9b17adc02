"""Reading a transcript file into numbered lines: the encodings curators bring.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; GB18030 (and so
GBK and GB2312) or Big5 when the bytes are not UTF-8 and decode as Chinese text. Most Big5
bytes are also valid GB18030 (as mojibake), so both decodings are tried and the one that
reads as ordinary Chinese wins. Anything else is refused with the ``iconv`` line that
converts it. Line numbers are those of ``str.splitlines``
on the decoded text, as an editor shows them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Fix, TranscriptError

# Blanks a scraped page leaves around lines, the full-width ideographic space included.
BLANKS = " \t\u3000\u00a0\ufeff\u200b"
# GB18030 decodes many byte strings that are not Chinese (Shift_JIS, Latin-1 …). Chinese text
# keeps almost all of its two-byte characters in GB2312's rows: punctuation and full-width
# forms (A1–A9) and the 6 763 common hanzi (B0–F7).
_GB2312_SHARE = 0.9


@dataclass(frozen=True)
class Line:
    """One line of the file, numbered from 1, with surrounding blanks removed."""

    number: int
    text: str


@dataclass(frozen=True)
class Source:
    """A transcript file, decoded."""

    path: Path
    lines: tuple[Line, ...]
    encoding: str
    """``utf-8``, ``utf-8-sig`` (with BOM), ``utf-16``, ``gb18030`` or ``big5``."""

    @property
    def where(self) -> str:
        return str(self.path)

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def content(self) -> list[Line]:
        """The non-empty lines."""
        return [line for line in self.lines if line.text]


def read_source(path: Path) -> Source:
    """Decode a transcript file into numbered lines.

    Raises:
        TranscriptError: the file is empty or in an encoding the exhibit does not read.
    """
    raw = path.read_bytes()
    text, encoding = decode(raw, str(path))
    lines = tuple(Line(i, line.strip(BLANKS)) for i, line in enumerate(text.splitlines(), 1))
    if not any(line.text for line in lines):
        raise TranscriptError(str(path), 1, "the transcript is empty",
                              "copy the transcript's text into the file, title first",
                              fix=Fix("content", ""))
    return Source(path, lines, encoding)


def decode(raw: bytes, where: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise _refuse(where, raw, error, "the file starts as UTF-16 but does not decode",
                          "check that it was saved whole; or save it as UTF-8") from error
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _refuse(where, raw, error, "the file starts as UTF-8 but does not decode",
                          "re-save it as UTF-8") from error
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        order = _utf16_without_bom(raw)
        if order:
            raise TranscriptError(
                where, 1, f"text looks like {order} without a byte-order mark",
                f"convert it: iconv -f {order} -t UTF-8 '{where}' > utf8.txt",
            ) from utf8_error
        chinese = _chinese_decoding(raw)
        if chinese:
            return chinese
        guess = _guess_encoding(raw)
        hint = (f"it looks like {guess}: iconv -f {guess} -t UTF-8 '{where}' > utf8.txt"
                if guess else "save it as UTF-8 (or UTF-16 with BOM, GB18030 or Big5)")
        error = _refuse(where, raw, utf8_error,
                        "text is not UTF-8, UTF-16 or Chinese GB18030 or Big5", hint)
        error.fix = Fix("convert", guess) if guess else None
        raise error from utf8_error


def _refuse(where: str, raw: bytes, error: UnicodeDecodeError, message: str,
            hint: str) -> TranscriptError:
    line = raw[: error.start].count(b"\n") + 1
    return TranscriptError(where, line, message, hint)


def _utf16_without_bom(raw: bytes) -> str:
    """``UTF-16LE`` or ``UTF-16BE`` when the bytes read as text in one of them, else ``""``."""
    if len(raw) % 2:
        return ""
    for order in ("UTF-16LE", "UTF-16BE"):
        try:
            text = raw.decode(order.lower().replace("utf-16", "utf-16-"))
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
        if "\n" in text and plausible / len(text) > 0.98 and not _PRIVATE.search(text):
            return order
    return ""


# Code points no transcript holds: what bytes of another encoding read as UTF-16 land on.
_PRIVATE = re.compile("[\ue000-\uf8ff\ud800-\udfff]")


# The most frequent characters of Chinese text, simplified and traditional, and its
# punctuation: real text is full of them, one encoding's bytes read as another's are not.
_FREQUENT = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下"
    "自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部"
    "其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又"
    "关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯"
    "月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入"
    "几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管"
    "這個們來為國會說時對過後裡發經種現當麼動還進點與問將兩間題見體長認從應關實開無總氣處"
    "，。、：；！？「」『』“”（）《》…—"
)
_CHINESE_SHARE = 0.25
"""Share of frequent characters among the non-ASCII ones above which a decoding is text."""


def _chinese_decoding(raw: bytes) -> tuple[str, str] | None:
    """The text and its encoding, GB18030 or Big5, whichever reads as Chinese; None if
    neither does."""
    best: tuple[float, str, str] | None = None
    for encoding in ("gb18030", "big5", "cp950"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and not _gb2312_rows(text):
            continue
        wide = [ch for ch in text if ord(ch) > 0x7F]
        if not wide:
            continue
        share = sum(1 for ch in wide if ch in _FREQUENT) / len(wide)
        if share >= _CHINESE_SHARE and (best is None or share > best[0]):
            best = (share, text, "big5" if encoding == "cp950" else encoding)
    return (best[1], best[2]) if best else None


def _gb2312_rows(text: str) -> bool:
    """Almost every character in GB2312's rows, as Chinese text in GB18030 keeps them."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return False
    common = 0
    for ch in wide:
        encoded = ch.encode("gb18030")
        if len(encoded) == 2 and (0xA1 <= encoded[0] <= 0xA9 or 0xB0 <= encoded[0] <= 0xF7):
            common += 1
    return common / len(wide) >= _GB2312_SHARE


def _guess_encoding(raw: bytes) -> str:
    """charset-normalizer's best guess, as an iconv name; empty when it has none."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of requests, always installed
        return ""
    best = from_bytes(raw).best()
    if best is None:
        return ""
    return best.encoding.upper().replace("_", "-")
