"""Reading a transcript file into numbered lines: the encodings curators bring.

UTF-8, UTF-16 and UTF-32 (with a BOM, or without one when the bytes leave no doubt) are
read as they are; GB18030 (and so GBK and GB2312) or Big5 when the bytes are not UTF-8 and
decode as Chinese text. Big5 includes Hong Kong's Big5-HKSCS (Python's ``big5hkscs``, a
superset of Big5 holding the Cantonese characters 嘅, 啲, 咗 … that plain Big5 lacks). Most
Big5 bytes are also valid GB18030 (as mojibake), so the decodings are tried and the one that
reads as ordinary Chinese wins. A file that is none of these but reads as Latin-script text
(an English transcript from Windows) is read in its single-byte code page: Windows-1252
unless ``charset-normalizer`` finds another Latin page that decodes it and cp1252 does not.
Anything else (Shift_JIS, EUC-KR, KOI8-R, Greek or Cyrillic code pages …) is read in the
encoding ``charset-normalizer`` detects when its decoding reads as text (next to no
characters out of place, every line printable) and the file holds enough to judge (a few
sentences); the encoding is logged as for any file.
Only bytes that no decoding reads as text are refused, with the ``iconv`` line that converts
them from the detector's best guess when it has one.

Line numbers are an editor's: lines end at LF, CRLF or CR, mixed as they come. A form
feed (a PDF copy's page break) does not end a line; :mod:`.layout` reads it as a page
break. Files in another container (CSV, Word, a web page) are opened by
:mod:`.containers` into the same numbered lines.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Fix, TranscriptError

# Blanks a scraped page leaves around lines, the full-width ideographic space included.
BLANKS = " \t\u3000\u00a0\ufeff\u200b\f\v"
LINE_END = re.compile(r"\r\n|\r|\n")
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
    """``utf-8``, ``utf-8-sig`` (with BOM), ``utf-16``, ``gb18030``, ``big5``, ``cp1252`` …"""
    container: str = "text"
    """What held the text: ``text``, ``csv``, ``tsv``, ``docx``, ``html``."""
    set_aside: tuple[tuple[Line, str], ...] = ()
    """Lines the container or the layout repair set aside before any reader, with the
    reason (a CSV header, a page number, a running header): every reader excludes them."""
    joined: tuple[tuple[int, int], ...] = ()
    """``(line, into)``: a line whose text was joined into an earlier line's (a hard-wrapped
    paragraph's continuation, a CSV field's second line); the line itself is left blank."""
    untitled: bool = False
    """The container holds no title (a CSV export): the metadata's or the file name is used."""
    notes: tuple[str, ...] = ()
    """What the container and the layout repair did, for ``--explain``."""
    doubts: tuple[tuple[int, str, str], ...] = ()
    """``(line, message, hint)``: what a layer before the readers could not settle (a turn
    marker with no label behind it): every reader warns it."""
    front: tuple[str, ...] = ()
    """Texts a container set aside before its first record (a show page's guest list and
    chapters) that may still state who is who (``Leo（梁一舟）``): read by the identity layer
    (forms.py), never as speech."""
    given_labels: tuple[str, ...] = ()
    """Labels the container itself gives as its records' speakers (a speaker field, a
    message's header): speakers' labels even when seen once (a chat member's one question)."""
    given_roles: tuple[tuple[str, str], ...] = ()
    """``(label, role)`` the container's own record kinds state: the author of question
    records only is the ``audience`` (a Q&A export's asker). The metadata's ``labels:`` win."""
    stated_answers: tuple[int, ...] = ()
    """Lines of records the container states to be answers by their authors (a Q&A export's
    one reply to a question), a host's too."""
    unsure_labels: tuple[tuple[int, str, str, str], ...] = ()
    """``(line, label, why, a name it may be)``: a record whose label the container cannot tie
    to a person it states (a shared login among the listed panelists). Warned, with the
    ``labels:`` line that settles it, unless the metadata's ``labels:`` maps the label."""

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


def physical_lines(text: str) -> list[str]:
    """The text's lines as an editor numbers them: split at LF, CRLF or CR only (not at the
    form feeds, vertical tabs and separators ``str.splitlines`` also splits at); a final
    line end opens no line."""
    lines = LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode(raw: bytes, where: str) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    # UTF-32's little-endian BOM starts with UTF-16's: it is looked for first.
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return raw.decode("utf-32"), "utf-32"
        except UnicodeDecodeError as error:
            raise _refuse(where, raw, error, "the file starts as UTF-32 but does not decode",
                          "check that it was saved whole; or save it as UTF-8") from error
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
        for width in ("utf-32", "utf-16"):
            unmarked = _unicode_without_bom(raw, width)
            if unmarked:
                return unmarked
        chinese = _chinese_decoding(raw)
        if chinese:
            return chinese
        latin = _latin_decoding(raw)
        if latin:
            return latin
        detected = _detected_decoding(raw)
        if detected:
            return detected
        guess = _guess_encoding(raw)
        hint = (f"it looks like {guess}: iconv -f {guess} -t UTF-8 '{where}' > '{where}.utf8'"
                f" && mv '{where}.utf8' '{where}'"
                if guess else "save it as UTF-8 (or UTF-16 with BOM, GB18030 or Big5)")
        error = _refuse(where, raw, utf8_error,
                        "text is not UTF-8, UTF-16 or Chinese GB18030 or Big5", hint)
        error.fix = Fix("convert", guess) if guess else None
        raise error from utf8_error


def _refuse(where: str, raw: bytes, error: UnicodeDecodeError, message: str,
            hint: str) -> TranscriptError:
    line = raw[: error.start].count(b"\n") + 1
    return TranscriptError(where, line, message, hint)


def _unicode_without_bom(raw: bytes, width: str) -> tuple[str, str] | None:
    """The text and ``utf-16-le`` (``-be``, ``utf-32-…``) when the bytes read as text in
    one byte order of that width; None otherwise. A line end (``0A 00`` in UTF-16LE) must be
    among the characters: bytes of a GB18030 or Latin file never hold one."""
    if len(raw) % (4 if width == "utf-32" else 2):
        return None
    for order in ("le", "be"):
        try:
            text = raw.decode(f"{width}-{order}")
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
        if "\n" in text and plausible / len(text) > 0.98 and not _PRIVATE.search(text):
            return text, f"{width}-{order}"
    return None


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
    # (Plain Big5 first: a file that Big5 reads keeps that name; HKSCS reads the rest.)
    for encoding in ("gb18030", "big5", "cp950", "big5hkscs"):
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


# Single-byte code pages of Latin-script languages, cp1252 (English Windows) first.
_LATIN_PAGES = ("cp1252", "cp1250", "cp1257", "iso8859_15", "iso8859_2", "mac_roman")
_LATIN_HIGH_SHARE = 0.15
"""Most bytes of Latin-script text are ASCII; past this share of high bytes among the
non-blank ones, the file is no Latin text (CJK encodings use two high bytes a character)."""


def _latin_decoding(raw: bytes) -> tuple[str, str] | None:
    """The text and its single-byte Latin code page when the file reads as Latin-script
    text (mostly ASCII, every other byte a letter or punctuation); None otherwise."""
    visible = [b for b in raw if b > 0x20]
    high = sum(1 for b in visible if b >= 0x80)
    if not high or high / len(visible) > _LATIN_HIGH_SHARE or _paired_share(raw) > 0.6:
        return None
    for page in _latin_pages(raw):
        try:
            text = raw.decode(page)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\r\n\t\f" for ch in text if ord(ch) >= 0x80):
            return text, page
    return None


def _paired_share(raw: bytes) -> float:
    """Share of the high bytes next to another high byte: all of them in a two-byte CJK
    encoding, few in Latin text (an accent, a curly quote, stand alone)."""
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    paired = sum(1 for i in high if (i and raw[i - 1] >= 0x80)
                 or (i + 1 < len(raw) and raw[i + 1] >= 0x80))
    return paired / len(high) if high else 0.0


def _latin_pages(raw: bytes) -> list[str]:
    """cp1252 first unless it cannot read the bytes; then the Latin page
    ``charset-normalizer`` prefers, then the others."""
    from charset_normalizer import from_bytes

    found = from_bytes(raw, cp_isolation=list(_LATIN_PAGES)).best()
    preferred = [found.encoding] if found is not None else []
    return list(dict.fromkeys(["cp1252", *preferred, *_LATIN_PAGES]))


_DETECTED_CHAOS = 0.1
"""Most ``charset-normalizer`` allows a detected decoding's out-of-place characters (its
"chaos", 0 to 1) before the file is refused rather than read: a short file in a legacy
multi-byte encoding several decoders accept is refused, not published as mojibake."""


_DETECTED_MIN_BYTES = 120
"""Fewest bytes outside ASCII (some sixty characters of a two-byte script, a few sentences)
on which a detected encoding is trusted: on less, several decoders read the bytes about as
well, and the file is refused with the conversion to check rather than read on a guess."""


def _detected_decoding(raw: bytes) -> tuple[str, str] | None:
    """The text and the encoding ``charset-normalizer`` detects, when its decoding reads as
    text: little chaos, line ends among the characters and every other one printable (no
    control bytes, no private-use code points); None otherwise."""
    from charset_normalizer import from_bytes

    if sum(1 for b in raw if b >= 0x80) < _DETECTED_MIN_BYTES:
        return None
    best = from_bytes(raw).best()
    if best is None or best.chaos > _DETECTED_CHAOS:
        return None
    text = str(best)
    if "\n" not in text and "\r" not in text and len(text) > 200:
        return None
    if _PRIVATE.search(text) or not all(ch.isprintable() or ch in "\r\n\t\f" for ch in text):
        return None
    return text, best.encoding


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
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return ""
    return best.encoding.upper().replace("_", "-")
