"""The offline bundle's maker (`make offline`): a built site zipped, byte for byte the same for
the same input.

    python hooks/bundle.py SITE_DIR ZIP_FILE

The zip's top holds the site's ``index.html``. Entries are sorted, every one carries the
time of ``SOURCE_DATE_EPOCH`` (the last commit's, set by the Makefile) and the same
permissions, so two builds of one commit give identical zips.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can carry
UNIX = 3  # "made on" Unix, so that the permissions below are read by unzip
USAGE = "usage: python hooks/bundle.py SITE_DIR ZIP_FILE"


def entry_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    """A zip entry's (year, month, day, hour, minute, second), in UTC, for a Unix time."""
    return time.gmtime(max(epoch, ZIP_EPOCH))[:6]


def write_bundle(site: Path, target: Path, epoch: int) -> list[str]:
    """Write every file below ``site`` into the zip ``target``; returns the entry names."""
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site}/index.html: not a built site")
    names = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=entry_time(epoch))
            info.create_system = UNIX
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, (site / name).read_bytes(), compresslevel=9)
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(USAGE, file=sys.stderr)
        return 2
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or ZIP_EPOCH)
    names = write_bundle(Path(argv[0]), Path(argv[1]), epoch)
    print(f"{argv[1]}: {len(names)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
