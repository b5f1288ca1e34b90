"""Safe file output: the outputs of a run are published together, or not at all.

Inputs are never written to, and an output is never one of the inputs.  An
existing output is replaced only when the caller says so (``--force``), and
the check is atomic with the write: a run takes a lock beside each of its
outputs before it starts (so a second run writing the same outputs stops at
once, and the lock goes with the process if it is killed), and publishes a new
file with a create-exclusive link (so no file that appeared meanwhile is
replaced).  Each output is first written to a temporary file beside its
target; only when all are written are they renamed into place, so a failed run
(an error, a full disk, Ctrl+C) leaves none of its outputs and the previous
ones stay as they were.  Every ``OSError`` on output becomes an
:class:`~lkip_xl.model.errors.OutputError` naming the file and the real cause.
"""

from __future__ import annotations

import errno
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import Any

from lkip_xl.model.errors import Location, OutputError

Writer = Callable[[Path], object]


class Outputs:
    """The output files of one run (see the module)::

        with Outputs([xlsx, report], force=force, inputs=sources) as out:
            ...                    # the work; an exception here publishes nothing
            out.put(xlsx, data)
            out.put(report, text.encode())
        # here both are in place
    """

    def __init__(self, paths: Iterable[str | Path], *, force: bool = False,
                 inputs: Iterable[str | Path | None] = ()) -> None:
        self.paths = [Path(p) for p in paths]
        self.force = force
        self._inputs = [Path(p) for p in inputs if p is not None]
        self._locks: list[_Lock] = []
        self._written: dict[Path, Path] = {}  # target -> its temporary file

    def __enter__(self) -> Outputs:
        for path in self.paths:
            for source in self._inputs:
                if _same_file(path, source):
                    raise OutputError(
                        "berkas keluaran ini juga berkas masukan; lkip-xl tidak pernah menimpa "
                        "masukannya. Pakai folder keluaran lain (--out) atau ganti nama berkas "
                        "masukan itu", Location(file=path))
        try:
            for path in sorted(set(self.paths)):
                _prepare_folder(path)
                self._locks.append(_Lock(path))
            if not self.force:
                for path in self.paths:
                    _refuse_existing(path)
        except BaseException:
            self._release()
            raise
        return self

    def put(self, path: str | Path, data: bytes) -> Path:
        """Write *data* as the output *path* (published when the run ends well)."""
        return self.put_with(path, lambda tmp: tmp.write_bytes(data))

    def put_with(self, path: str | Path, write: Writer) -> Path:
        """Call ``write(tmp)`` to produce the output *path* (published when the run ends
        well)."""
        path = Path(path)
        if path not in self.paths:
            raise ValueError(f"{path} is not an output of this run")
        tmp = _temporary(path)
        self._written[path] = tmp
        try:
            write(tmp)
        except OSError as exc:
            raise OutputError(describe(exc), Location(file=path)) from exc
        return path

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if kind is None:
                self._publish()
        finally:
            for tmp in self._written.values():
                with suppress(OSError):
                    tmp.unlink()
            self._release()

    def _publish(self) -> None:
        published: list[Path] = []
        try:
            for path in self.paths:
                tmp = self._written.get(path)
                if tmp is None:
                    continue
                _place(tmp, path, self.force)
                published.append(path)
        except BaseException:
            if not self.force:  # those placed are new files of this run: take them back
                for path in published:
                    with suppress(OSError):
                        path.unlink()
            raise

    def _release(self) -> None:
        for lock in self._locks:
            lock.release()
        self._locks.clear()


def write_atomically(path: Path, write: Writer, *, force: bool = True,
                     inputs: Iterable[str | Path | None] = ()) -> Path:
    """Call ``write(tmp)`` to produce the file, then move it to *path* (one output)."""
    path = Path(path)
    with Outputs([path], force=force, inputs=inputs) as out:
        out.put_with(path, write)
    return path


def describe(exc: OSError) -> str:
    """What went wrong writing a file, in words staff can act on."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "ruang disk penuh; kosongkan ruang disk (atau pakai folder lain, --out) lalu ulangi"
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return ("nama berkas atau jalur foldernya terlalu panjang untuk sistem berkas; pakai "
                "folder keluaran dengan jalur yang lebih pendek (--out)")
    if code == errno.EROFS:
        return "media penyimpanan hanya dapat dibaca (read-only); pakai folder lain (--out)"
    if code == errno.EFBIG:
        return "berkas melebihi batas ukuran berkas sistem; pakai folder lain (--out)"
    if isinstance(exc, PermissionError):
        return ("berkas tidak dapat ditulis: tidak ada izin menulis di folder itu, atau berkas "
                "sedang dibuka di Excel atau program lain. Tutup berkas itu lalu ulangi")
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return "folder keluaran tidak ada atau bukan folder; periksa jalurnya (--out)"
    if isinstance(exc, IsADirectoryError):
        return "sudah ada folder dengan nama berkas keluaran itu"
    return f"berkas tidak dapat ditulis ({exc.strerror or exc})"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(describe(exc), Location(file=path)) from exc


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise OutputError("berkas keluaran sudah ada; pakai --force untuk menimpanya",
                          Location(file=path))


def _temporary(path: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=path.suffix,
                                    dir=path.parent)
    except OSError as exc:
        raise OutputError(describe(exc), Location(file=path)) from exc
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)  # mkstemp makes it private; outputs are ordinary files
    return Path(name)


def _place(tmp: Path, path: Path, force: bool) -> None:
    """Rename *tmp* to *path*; without *force*, only if *path* does not exist (atomically:
    a hard link fails when the target exists)."""
    try:
        if force:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT on a flash drive): checked under the lock
            _refuse_existing(path)
            os.replace(tmp, path)
            return
        tmp.unlink()
    except FileExistsError as exc:
        raise OutputError("berkas keluaran baru saja dibuat oleh program lain; tidak ditimpa. "
                          "Pakai --force untuk menimpanya", Location(file=path)) from exc
    except OSError as exc:
        raise OutputError(describe(exc), Location(file=path)) from exc


class _Lock:
    """An exclusive lock beside *path* (``.<name>.lock``), held by this process until it is
    released or the process ends (killed included: the system releases it)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(f".{path.name[:200]}.lock")
        self.fd: int | None = None
        while self.fd is None:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as exc:
                raise OutputError(describe(exc), Location(file=path)) from exc
            try:
                _lock(fd)
            except OSError as exc:
                os.close(fd)
                raise OutputError(
                    "berkas keluaran ini sedang ditulis oleh proses lkip-xl lain; tunggu sampai "
                    "proses itu selesai, lalu ulangi", Location(file=path)) from exc
            if _still_linked(fd, self.path):
                self.fd = fd
            else:  # its previous holder removed the lock file meanwhile: take a new one
                os.close(fd)

    def release(self) -> None:
        if self.fd is None:
            return
        if os.name == "posix":  # removed while held: no other process can hold it now
            with suppress(OSError):
                self.path.unlink()
            os.close(self.fd)
        else:
            os.close(self.fd)
            with suppress(OSError):
                self.path.unlink()
        self.fd = None


def _lock(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]


def _still_linked(fd: int, path: Path) -> bool:
    if os.name != "posix":  # pragma: no cover - an open file cannot be removed on Windows
        return True
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


# How an output names the workbook it was made from (the PDF, in its keywords): its file
# name and the SHA-256 of its content, so that an output beside another version of the
# workbook (edited since, or a run stopped between two renames) is told apart.
_SOURCE = "lkip-xl; sumber={name}; sha256={sha}"
_MADE_FROM = re.compile(rb"lkip-xl; sumber=(.*?); sha256=([0-9a-f]{64})")


def source_mark(name: str, sha256: str) -> str:
    """The text an output carries to name its source workbook (plain ASCII)."""
    return _SOURCE.format(name=re.sub(r"[^\x20-\x7e]|;", "_", name), sha=sha256)


def made_from(output: str | Path) -> tuple[str, str] | None:
    """The name and SHA-256 of the workbook an output of lkip-xl was made from (None when
    it does not say)."""
    try:
        data = Path(output).read_bytes()
    except OSError:
        return None
    m = _MADE_FROM.search(data)
    if m is None:
        return None
    name = m.group(1).replace(rb"\(", b"(").replace(rb"\)", b")").replace(rb"\\", b"\\")
    return name.decode("utf-8", "replace"), m.group(2).decode()


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
