"""Write zip archives that are byte-identical from one build to the next.

Why: the site ships two archives (the offline site from ``make dist`` and the
examples project linked from every snippet). A reader or a packager who builds
them again from the same commit must get the same bytes, so a checksum proves
what was published. ``zipfile`` alone records each file's mtime, permissions and
the order the file system lists them in; here entries are sorted, stamped with
``SOURCE_DATE_EPOCH`` (or 1980-01-01, the oldest time a zip can hold) and given
fixed permissions.
"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z: zip timestamps cannot go earlier


def source_date_epoch(environ: dict[str, str] | None = None) -> int:
    """The timestamp for every entry: ``SOURCE_DATE_EPOCH`` if set, else 1980-01-01."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return ZIP_EPOCH
    if not value.isdigit():
        raise ValueError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {value!r}")
    # A zip stores times in 2-second steps: round down here, so the time a test
    # expects is the time the archive can hold (an odd commit second is common).
    return max(int(value) // 2 * 2, ZIP_EPOCH)


def tree_entries(root: Path, prefix: str = "") -> dict[str, Path]:
    """Every file below ``root`` as ``{prefix + relative posix path: path}``."""
    if not root.is_dir():
        raise FileNotFoundError(f"{root} is not a directory: nothing to zip")
    return {prefix + path.relative_to(root).as_posix(): path for path in root.rglob("*") if path.is_file()}


def write_zip(target: Path, entries: dict[str, Path | bytes], epoch: int | None = None) -> Path:
    """Write ``entries`` ({name in the archive: file or bytes}) to ``target``, reproducibly."""
    stamp = time.gmtime(source_date_epoch() if epoch is None else max(epoch, ZIP_EPOCH))[:6]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(entries):
            if name.startswith("/") or ".." in name.split("/"):
                raise ValueError(f"refusing to write {name!r} into {target}: names must stay inside the archive")
            content = entries[name]
            data = content if isinstance(content, bytes) else content.read_bytes()
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permission bits below are honoured
            info.external_attr = 0o100644 << 16  # -rw-r--r--, whatever the umask of the build
            archive.writestr(info, data, compresslevel=9)
    partial.replace(target)  # readers never see a half-written archive
    return target
