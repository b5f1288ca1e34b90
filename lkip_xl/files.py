"""Safe file output: write to a temporary file beside the target, then rename.

Inputs are never written to.  An existing output is replaced only when the
caller says so, and a file another program holds open (Excel on Windows locks
it) gives an :class:`~lkip_xl.errors.OutputError`, not a traceback.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import Location, OutputError


def write_atomically(path: Path, write: Callable[[Path], None], *, force: bool = True) -> Path:
    """Call ``write(tmp)`` to produce the file, then move it to *path*."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputError(
            "berkas keluaran sudah ada; pakai --force untuk menimpanya",
            Location(file=path),
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix,
                                        dir=path.parent)
    except OSError as exc:
        raise OutputError(f"folder keluaran tidak dapat ditulisi ({exc.strerror})",
                          Location(file=path)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; outputs are ordinary files
    try:
        write(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        raise OutputError(
            "berkas tidak dapat ditulis; mungkin sedang dibuka di Excel atau program lain. "
            "Tutup berkas itu lalu ulangi",
            Location(file=path),
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def save_workbook(wb: Any, target: Any) -> None:
    """Save *wb*; pictures (a logo in the template) survive being saved more than once.

    openpyxl reads a picture's bytes from its source at every save and that
    source is used up by the first one, so each picture gets a fresh copy.
    """
    for ws in wb.worksheets:
        for image in getattr(ws, "_images", []):
            data = getattr(image, "_lkip_data", None)
            if data is None:
                data = image._data()
                image._lkip_data = data
            image.ref = io.BytesIO(data)
    wb.save(target)
