#!/usr/bin/env python3
"""Consistency check for the transcript corpus and its truth files.

Stdlib only; does not import the project. For every transcript in this
directory (.txt .md .vtt .srt) it checks that <stem>.truth.tsv exists, that
there is exactly one row per non-empty physical line (str.splitlines() after
decoding, whitespace-only lines omitted), that roles are valid and that the
header agrees with the rows. Files under refuse/ must have a truth file with
only `# refuse-line: N` and `# cause: ...`. Transcripts under holdout/ are
checked like the top-level ones, and so are those under wild/.

Speaker `?` on an answer row means the line cannot be attributed to one person
(e.g. a joint statement); a careful parser must warn there. It is not listed in
`# speakers`. A question row's speaker is normally the `# host:` label; a
question from someone else (e.g. 现场观众) is allowed if that label never answers.
`# host:` may name several hosts, comma-separated (a podcast's two hosts). Role
`closing` is a host's closing remark that asks nothing (thanks, goodbye): its
speaker is a host. A file whose name holds `big5` or `gb18030` is in that encoding.

Usage: python3 tests/corpus/check_truth.py   (exit status 1 on any problem)
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
EXTS = {".txt", ".md", ".vtt", ".srt"}
ROLES = {"title", "intro", "guests", "meta", "heading", "question", "answer", "timing",
         "closing"}
FORMATS = {"reported", "dialogue", "interview", "stt", "subtitles", "markdown", "talk"}
MODES = {"reported", "verbatim"}
HEADER_KEYS = ["format", "mode", "title", "speakers", "host"]
UNKNOWN = "?"


def decode(path: pathlib.Path) -> str:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if "gb18030" in path.name:
        return data.decode("gb18030")
    if "big5" in path.name:
        return data.decode("big5")
    return data.decode("utf-8-sig")


def truth_path(path: pathlib.Path) -> pathlib.Path:
    return path.with_name(path.stem + ".truth.tsv")


def parse_truth(path: pathlib.Path):
    header, rows, colhdr = {}, [], None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if raw.startswith("# "):
            key, sep, val = raw[2:].partition(":")
            if not sep:
                raise ValueError(f"{path.name}:{n}: bad header line {raw!r}")
            header[key.strip()] = val.strip()
            continue
        if colhdr is None:
            colhdr = raw
            if raw != "line\trole\tspeaker":
                raise ValueError(f"{path.name}:{n}: bad column header {raw!r}")
            continue
        parts = raw.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path.name}:{n}: expected 3 tab-separated fields, got {parts!r}")
        rows.append((int(parts[0]), parts[1], parts[2]))
    return header, colhdr, rows


def check_transcript(path: pathlib.Path) -> list:
    errs = check_transcript_rows(path)
    rel = path.relative_to(HERE).as_posix()
    if rel != path.name:  # prefix messages from subdirectories (holdout/)
        errs = [rel + e[len(path.name):] if e.startswith(path.name) else e for e in errs]
    return errs


def check_transcript_rows(path: pathlib.Path) -> list:
    errs = []
    tp = truth_path(path)
    if not tp.exists():
        return [f"{path.name}: missing {tp.name}"]
    try:
        text = decode(path)
        header, colhdr, rows = parse_truth(tp)
    except (UnicodeDecodeError, ValueError) as e:
        return [f"{path.name}: {e}"]
    lines = text.splitlines()
    nonempty = [i for i, ln in enumerate(lines, 1) if ln.strip()]
    got = [r[0] for r in rows]
    if got != nonempty:
        missing = sorted(set(nonempty) - set(got))
        extra = sorted(set(got) - set(nonempty))
        errs.append(f"{path.name}: row/line mismatch; missing rows for {missing[:10]}, "
                    f"rows for empty/absent lines {extra[:10]}, in order={got == sorted(got)}")
    for k in HEADER_KEYS:
        if k not in header:
            errs.append(f"{path.name}: header '# {k}:' missing")
    if header.get("format") not in FORMATS:
        errs.append(f"{path.name}: bad format {header.get('format')!r}")
    if header.get("mode") not in MODES:
        errs.append(f"{path.name}: bad mode {header.get('mode')!r}")
    if not header.get("title"):
        errs.append(f"{path.name}: empty title")
    if colhdr is None:
        errs.append(f"{path.name}: column header missing")
    hosts = {h.strip() for h in header.get("host", "").split(",")}  # "" when none is named
    answerers = {r[2] for r in rows if r[1] == "answer"}
    spk_order = []
    for i, (ln, role, spk) in enumerate(rows):
        if role not in ROLES:
            errs.append(f"{path.name}:{ln}: invalid role {role!r}")
        if role == "answer":
            if not spk:
                errs.append(f"{path.name}:{ln}: answer without speaker")
            elif spk != UNKNOWN and spk not in spk_order:
                spk_order.append(spk)
        if role != "answer" and spk == UNKNOWN:
            errs.append(f"{path.name}:{ln}: speaker {UNKNOWN!r} is only allowed on answer rows")
        if role == "question" and spk not in hosts and (not spk or spk in answerers):
            errs.append(f"{path.name}:{ln}: question speaker {spk!r} not a host {sorted(hosts)}")
        if role == "closing" and spk not in hosts:
            errs.append(f"{path.name}:{ln}: closing speaker {spk!r} not a host {sorted(hosts)}")
        if role in {"title", "intro", "guests", "meta", "heading"} and spk:
            errs.append(f"{path.name}:{ln}: role {role} must have an empty speaker")
        if role == "timing":
            nxt = next((r for r in rows[i + 1:] if r[1] in ("answer", "question")), None)
            nxt = nxt or next((r for r in rows[i + 1:] if r[1] == "closing"), None)
            if nxt is None or nxt[2] != spk:
                errs.append(f"{path.name}:{ln}: timing speaker {spk!r} != speaker of following text")  # noqa: E501
    declared = [s.strip() for s in header.get("speakers", "").split(",") if s.strip()]
    if declared != spk_order:
        errs.append(f"{path.name}: '# speakers' {declared} != answer speakers in order {spk_order}")
    titles = [r for r in rows if r[1] == "title"]
    if len(titles) > 1:
        errs.append(f"{path.name}: more than one title row")
    elif titles and 0 < titles[0][0] <= len(lines):
        t = lines[titles[0][0] - 1].strip().lstrip("#").strip()
        if t != header.get("title"):
            errs.append(f"{path.name}: title row text {t!r} != header title {header.get('title')!r}")  # noqa: E501
    return errs


def check_refuse(path: pathlib.Path) -> list:
    tp = truth_path(path)
    if not tp.exists():
        return [f"refuse/{path.name}: missing {tp.name}"]
    header, colhdr, rows = parse_truth(tp)
    errs = []
    if rows or colhdr:
        errs.append(f"refuse/{path.name}: refuse truth must hold header comments only")
    if not header.get("refuse-line", "").isdigit():
        errs.append(f"refuse/{path.name}: '# refuse-line: N' missing or not a number")
    if not header.get("cause"):
        errs.append(f"refuse/{path.name}: '# cause:' missing")
    return errs


def main() -> int:
    errs, n = [], 0
    paths = sorted(HERE.iterdir())
    for folder in (HERE / "holdout", HERE / "wild"):
        if folder.is_dir():
            paths += sorted(folder.iterdir())
    for path in paths:
        if path.is_file() and path.suffix in EXTS:
            n += 1
            errs += check_transcript(path)
    refuse = HERE / "refuse"
    m = 0
    if refuse.is_dir():
        for path in sorted(refuse.iterdir()):
            if path.is_file() and path.suffix in EXTS:
                m += 1
                errs += check_refuse(path)
    for e in errs:
        print(e)
    print(f"checked {n} transcripts, {m} refuse files: {'FAIL' if errs else 'OK'}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
