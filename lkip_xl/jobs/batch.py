"""Many LKIPs at once: ``lkip-xl fill FOLDER`` and ``lkip-xl validate FOLDER`` (issue 16).

Each data workbook is one LKIP, and the work of one LKIP is a pure function of its files
(:func:`run_unit`: :func:`lkip_xl.jobs.fill.fill` or :func:`lkip_xl.jobs.validate.validate`),
top-level and picklable, returning a small :class:`BatchItem` and never raising for a bad
workbook.  :func:`run_batch` hands those functions to any ``concurrent.futures``-style
executor (``submit`` returning futures): a local process pool of the machine's cores by
default, or a Dask distributed cluster's (``distributed.Client(address).get_executor()``):
the engine that spreads the work is an existing one, not one of lkip-xl's.

Fill names its outputs after the unit's instansi and tahun, so two workbooks of the same
unit and year would write the same files: a first, light pass (:func:`identify`, on the
executor too, many files a task) reads each workbook's identity, and the units that share
one are reported as duplicates and not filled.  At most *window* tasks are in flight, so
that the parent holds a bounded number of futures whatever the number of LKIPs; the results
come back in the order of the input.

Paths are made absolute before they are sent: the workers of a pool or a cluster do not
share the caller's working folder.  On a cluster, the files must be where its workers see
them at the same paths (a shared folder); ``docs/skala.md`` measures and explains it.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lkip_xl.model import schema
from lkip_xl.model.errors import InputError, LkipError, Location, internal_message
from lkip_xl.model.findings import count_by_severity
from lkip_xl.xlsx.lean import import_openpyxl

ACTIONS = ("fill", "validate")
SUFFIXES = (".xlsx", ".xlsm")
IDENTIFY_CHUNK = 32  # files a task in the identity pass (a few ms each)

Progress = Callable[[str, int, int], None]  # (file name, done, total), as each finishes


@dataclass
class BatchItem:
    """What became of one LKIP: small, so that thousands fit in the parent."""

    file: str
    instansi: str = ""
    tahun: int | str = ""
    errors: int = 0
    warnings: int = 0
    outputs: list[str] = field(default_factory=list)
    error: str | None = None  # the message that stopped it (then nothing was written)
    kind: str = ""  # validate: "data", "final" or "other"
    findings: list[dict[str, Any]] = field(default_factory=list)  # validate, when asked
    seconds: float = field(default=0.0, compare=False)

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def ok(self) -> bool:
        """Done and without errors (warnings allowed)."""
        return not self.failed and not self.errors


def collect(sources: Iterable[str | Path]) -> list[Path]:
    """The data workbooks named by *sources*: files as given, every workbook directly in a
    folder (sorted by name; Excel's ``~$`` lock files and hidden files left out), and the
    files a glob pattern (``data/*.xlsx``, ``**`` for subfolders) matches.  Each workbook
    once, in the order given."""
    found: dict[Path, None] = {}
    for source in sources:
        path = Path(source)
        if path.is_dir():
            workbooks = sorted(p for p in path.iterdir() if _workbook(p))
            if not workbooks:
                raise InputError("tidak ada buku kerja (.xlsx atau .xlsm) di folder ini",
                                 Location(file=path))
            found.update(dict.fromkeys(workbooks))
        elif not path.exists() and is_pattern(str(source)):
            matches = sorted(Path(p) for p in glob.glob(str(source), recursive=True))
            workbooks = [p for p in matches if _workbook(p)]
            if not workbooks:
                raise InputError(f"tidak ada buku kerja yang cocok dengan pola {source}")
            found.update(dict.fromkeys(workbooks))
        else:
            found[path] = None
    return list(found)


def is_pattern(text: str) -> bool:
    return any(c in text for c in "*?[")


def _workbook(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in SUFFIXES
            and not path.name.startswith(("~$", ".")))


def run_batch(
    paths: Sequence[str | Path],
    action: str,
    *,
    out_dir: str | Path = "hasil",
    executor: Executor | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    window: int | None = None,
    with_findings: bool = False,
    **options: Any,
) -> list[BatchItem]:
    """Fill or validate (*action*) every workbook of *paths*, each as one LKIP.

    *executor*: any object with ``submit(fn, *args)`` returning
    :class:`concurrent.futures.Future` (a Dask client's ``get_executor()``); without one, a
    process pool of *jobs* workers (default: the machine's cores) is made and shut down
    here.  *options* go to :func:`lkip_xl.jobs.fill.fill` (``template``, ``force``,
    ``narasi``, ``pdf``, ``final_only``); *with_findings* keeps validate's findings in the
    items.  *progress* is called as each LKIP finishes.  Returns one :class:`BatchItem` per
    path, in their order; a workbook that cannot be done is an item with its ``error``.
    """
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {ACTIONS}, not {action!r}")
    if action == "validate" and options:
        raise TypeError(f"validate takes no options: {sorted(options)}")
    files = [str(Path(p).resolve()) for p in paths]
    if action == "fill":
        options = {**options, "out_dir": str(Path(out_dir).resolve())}
        for key in ("template", "narasi"):
            if options.get(key):
                options[key] = str(Path(options[key]).resolve())
    else:
        options = {"with_findings": with_findings}
    step = progress or (lambda stage, done, total: None)
    own = executor is None
    workers = jobs or os.cpu_count() or 1
    pool: Executor = executor if executor is not None else ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=import_openpyxl)
    limit = window or (4 * workers if own else 2048)
    try:
        results: list[BatchItem | None] = [None] * len(files)
        done = 0
        todo = list(range(len(files)))
        if action == "fill":  # duplicates and unreadable identities first
            todo = []
            for i, item in enumerate(_screen(pool, files, limit)):
                if item is None:
                    todo.append(i)
                else:
                    results[i] = item
                    done += 1
                    step(Path(item.file).name, done, len(files))
        calls = ((i, (files[i], action, options)) for i in todo)
        for i, item in _run(pool, run_unit, calls, limit,
                            lambda i: BatchItem(file=files[i])):
            results[i] = item
            done += 1
            step(Path(item.file).name, done, len(files))
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
    return [r for r in results if r is not None]


def _context() -> Any:
    """Worker processes started from a clean server that has imported lkip-xl once
    (forkserver; spawn where there is none, as on Windows): never forked from a parent
    that may hold threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["lkip_xl.jobs.batch", "lkip_xl.jobs.fill",
                                        "lkip_xl.jobs.validate"])
        return context
    return multiprocessing.get_context("spawn")


def _run(pool: Executor, fn: Callable[..., Any], calls: Iterator[tuple[int, tuple[Any, ...]]],
         limit: int, failed: Callable[[int], BatchItem]) -> Iterator[tuple[int, Any]]:
    """``fn(*args)`` for each ``(key, args)`` of *calls* on *pool*, at most *limit* at a
    time; yields ``(key, result)`` as each finishes.  A task that raised (a worker that
    died, a cluster that lost it) gives ``failed(key)`` with the error's message."""
    running: dict[Future[Any], int] = {}
    try:
        for key, args in calls:
            try:
                running[pool.submit(fn, *args)] = key
            except Exception as exc:  # a pool broken by a worker that died: nothing runs
                yield key, replace(failed(key), error=internal_message(exc))
                continue
            if len(running) >= limit:
                yield from _finished(running, failed)
        while running:
            yield from _finished(running, failed)
    finally:
        for future in running:
            future.cancel()


def _finished(running: dict[Future[Any], int], failed: Callable[[int], BatchItem]
              ) -> Iterator[tuple[int, Any]]:
    finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
    for future in finished:
        key = running.pop(future)
        try:
            yield key, future.result()
        except Exception as exc:  # the task could not run: the item says so
            yield key, replace(failed(key), error=internal_message(exc))


def _screen(pool: Executor, files: list[str], limit: int) -> list[BatchItem | None]:
    """Fill's first pass: None for each workbook to fill; an item with its error for one
    whose identity cannot be read, or which shares its instansi and tahun (its output
    names) with another."""
    chunks = [files[i:i + IDENTIFY_CHUNK] for i in range(0, len(files), IDENTIFY_CHUNK)]
    identities: list[tuple[str, Any, str] | str] = [""] * len(files)
    for c, found in _run(pool, identify, ((c, (chunk,)) for c, chunk in enumerate(chunks)),
                         limit, lambda c: BatchItem(file=chunks[c][0])):
        if isinstance(found, BatchItem):  # the whole task failed
            found = [found.error or ""] * len(chunks[c])
        identities[c * IDENTIFY_CHUNK:c * IDENTIFY_CHUNK + len(found)] = found
    by_unit: dict[str, list[int]] = {}
    for i, identity in enumerate(identities):
        if not isinstance(identity, str):
            by_unit.setdefault(identity[2], []).append(i)
    out: list[BatchItem | None] = []
    for i, identity in enumerate(identities):
        if isinstance(identity, str):
            out.append(BatchItem(file=files[i], error=identity))
            continue
        instansi, tahun, key = identity
        same = [Path(files[j]).name for j in by_unit[key] if j != i]
        out.append(None if not same else BatchItem(
            file=files[i], instansi=instansi, tahun=tahun,
            error=f"duplikat: instansi dan tahun sama dengan {', '.join(same)}; hasilnya "
                  "akan bernama sama, jadi tidak diisi (hapus atau perbaiki salah satunya)"))
    return out


# The tasks: top-level functions of file names and plain options, sent to the workers.

def identify(files: Sequence[str]) -> list[tuple[str, Any, str] | str]:
    """Each workbook's (instansi, tahun, the name of its final workbook in lower case: the
    same for two that would write the same files, on a file system ignoring case too), or
    the message saying why it cannot be read."""
    from lkip_xl.jobs.fill import output_name

    out: list[tuple[str, Any, str] | str] = []
    for file in files:
        try:
            identity = identity_of(Path(file))
            out.append((str(identity.get("instansi") or ""), identity.get("tahun") or "",
                        output_name(identity).lower()))
        except LkipError as exc:
            out.append(str(exc))
        except Exception as exc:
            out.append(internal_message(exc))
    return out


def identity_of(path: Path) -> dict[str, Any]:
    """The identity of a data workbook (its Identitas sheet, read as fill reads it) or of
    a final workbook (its Pengaturan sheet); empty for any other workbook.  Only that
    sheet is read."""
    from lkip_xl.book import finalbook, inputbook
    from lkip_xl.xlsx.reader import Book

    if not path.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=path))
    with Book(path, uncached=True) as book:
        books = {path: book}
        names = {name.strip().lower() for name in book.sheetnames}
        if schema.IDENTITY_SHEET.lower() in names:
            found, _ = inputbook._locate_sheets(books)
            source, sheet = inputbook._load(books, *found[schema.IDENTITY_SHEET])
            return inputbook._read_identity(source, sheet)[0]
        if schema.SETTINGS_SHEET in book.sheetnames:
            return finalbook._identity(book.sheet(schema.SETTINGS_SHEET).rows)
    return {}


def run_unit(file: str, action: str, options: Mapping[str, Any]) -> BatchItem:
    """One LKIP: fill or validate the workbook *file*; never raises."""
    start = time.perf_counter()
    path = Path(file)
    item = BatchItem(file=file)
    try:
        try:
            identity = identity_of(path)
            item.instansi = str(identity.get("instansi") or "")
            item.tahun = identity.get("tahun") or ""
        except LkipError:
            if action == "fill":
                raise
        if action == "fill":
            from lkip_xl.jobs.fill import fill

            result = fill([path], **options)
            counts = count_by_severity(result.findings)
            item.outputs = [str(p) for p in (result.output, result.validation, result.pdf)
                            if p is not None]
        else:
            from lkip_xl.jobs.validate import validate

            report = validate(path)
            counts = count_by_severity(report.findings)
            item.kind = report.kind
            if options.get("with_findings"):
                item.findings = [f.as_dict() for f in report.findings]
        item.errors, item.warnings = counts["error"], counts["warning"]
    except LkipError as exc:
        item = BatchItem(file=file, instansi=item.instansi, tahun=item.tahun, error=str(exc))
    except Exception as exc:  # a bug, or a library's panic: this LKIP's, not the batch's
        item = BatchItem(file=file, instansi=item.instansi, tahun=item.tahun,
                         error=internal_message(exc))
    item.seconds = time.perf_counter() - start
    return item


def summary(items: Sequence[BatchItem]) -> dict[str, int]:
    """How many LKIPs, done, failed, and with errors."""
    return {"total": len(items), "done": sum(not i.failed for i in items),
            "failed": sum(i.failed for i in items),
            "with_errors": sum(bool(i.errors) for i in items if not i.failed)}
