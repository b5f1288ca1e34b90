"""How fast is each command as a whole process, beside its peer in the same run?

    uv run python benchmarks/commands_bench.py [--repeat N] [--sizes 1,10,100]
    uv run python benchmarks/commands_bench.py --sizes 1 --repeat 3      # a quick look

Staff run whole commands, so each is timed as a process started the way staff start
it (``.venv/bin/lkip-xl``, not through uv), on the bundled sample and on generated
LKIPs 10x and 100x its rows (made as ``fill_bench.py`` makes them), beside a peer:

- ``lkip-xl --help`` beside a bare Python start (``python -c pass``);
- ``lkip-xl fill DATA --no-pdf`` beside the same fill in this process (warm: its
  imports paid) plus a bare Python start;
- ``lkip-xl validate DATA --format json`` beside ``lkip-xl fill DATA --no-pdf``;
- ``lkip-xl export FINAL`` beside LibreOffice headless printing the same final workbook
  to PDF (``lkip_xl.xlsx.libreoffice.convert``).

After a warm-up of each, the command and its peer run alternately N times (so that a
slow spell of the machine falls on both); the table gives the median seconds of each,
the median of the per-pair ratios command/peer, and the command's peak resident memory
(the largest of its runs, from the operating system's accounting of the finished child,
through ``/usr/bin/time`` where it exists).  A pair whose warm-up takes more than a minute
runs at most 3 times.
Goals (issue 15): --help < 0.2 s; fill <= 2x its peer; validate <= fill; export <= 1/5
of LibreOffice; every command's peak under 500 MB at 100x.

The children run with Python's bytecode cache on, in a folder of their own
(``PYTHONPYCACHEPREFIX``, in the temporary folder) as an installed lkip-xl has it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _common import sizes_parser, table
from fill_bench import data_for

from lkip_xl.book.inputbook import read_inputs
from lkip_xl.jobs.fill import fill
from lkip_xl.xlsx import libreoffice

BIN = Path(sys.executable).parent  # the project's environment (uv run python ...)
LKIP = BIN / ("lkip-xl.exe" if os.name == "nt" else "lkip-xl")
TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None  # GNU time, for memory
SLOW = 60.0  # seconds of a warm-up pair above which a pair runs at most 3 times
# Python's compiled bytecode, kept as an installed program has it (pip compiles it on
# install) but outside the project and the environment: without it every start would
# compile each module it imports again (with PYTHONDONTWRITEBYTECODE set, it would).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "lkip-xl-bench-pyc"))


@dataclass
class Run:
    seconds: float
    peak_mb: float | None = None  # resident memory of the process; None: not measured


def process(argv: list[str], cwd: Path, codes: tuple[int, ...] = (0,)) -> Run:
    """Run *argv* as a child process; its wall time and peak resident memory.

    The memory comes from the kernel's accounting of the finished child (``os.wait4``).
    A child forked from this process would count this process's own memory too (Linux
    keeps the high-water mark across exec), so, where it exists, the child is started by
    ``/usr/bin/time``, a small program, and its figure of the command is used.
    """
    report = cwd / "time.txt"
    wrapped = [TIME, "-f", "%M", "-o", str(report), *argv] if TIME else argv
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(wrapped, cwd=cwd, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=err, env=ENV)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in codes:
            err.seek(0)
            raise SystemExit(f"{' '.join(argv)} exited {code}:\n"
                             f"{err.read().decode(errors='replace')[-2000:]}")
    kilobytes = int(report.read_text().split()[-1]) if TIME else usage.ru_maxrss
    return Run(seconds, kilobytes / 1024)  # Linux: kilobytes


def timed(work: Callable[[], object]) -> Run:
    start = time.perf_counter()
    work()
    return Run(time.perf_counter() - start)


def both(*steps: Callable[[], Run]) -> Callable[[], Run]:
    """One peer made of several steps run one after the other; their seconds added."""
    return lambda: Run(sum(step().seconds for step in steps))


@dataclass
class Pair:
    ours: float
    theirs: float
    ratio: float
    peak_mb: float | None
    runs: int


def paired(ours: Callable[[], Run], theirs: Callable[[], Run], repeat: int) -> Pair:
    """Warm up each once, then run them alternately: medians, median ratio, our peak."""
    warm = ours().seconds + theirs().seconds
    runs = min(repeat, 3) if warm > SLOW else repeat
    pairs = [(ours(), theirs()) for _ in range(runs)]
    peaks = [p[0].peak_mb for p in pairs if p[0].peak_mb is not None]
    return Pair(statistics.median(p[0].seconds for p in pairs),
                statistics.median(p[1].seconds for p in pairs),
                statistics.median(p[0].seconds / p[1].seconds for p in pairs),
                max(peaks) if peaks else None, runs)


def pages(pdf: Path) -> int | None:
    try:
        from pypdf import PdfReader  # a development dependency
    except ImportError:
        return None
    return len(PdfReader(pdf).pages)


def row(command: str, size: str, pair: Pair, peer: str) -> list[str]:
    print(f"{command} {size}: {pair}", file=sys.stderr, flush=True)  # progress
    return [command, size, f"{pair.ours:.3f}", peer, f"{pair.theirs:.3f}", f"{pair.ratio:.2f}",
            "–" if pair.peak_mb is None else f"{pair.peak_mb:.0f}", str(pair.runs)]


def main() -> None:
    parser = sizes_parser(__doc__, repeat=5)
    parser.add_argument("--lkip", type=Path, default=LKIP, help="the lkip-xl program to time")
    args = parser.parse_args()
    lkip = str(args.lkip)
    python = [sys.executable, "-c", "pass"]
    if libreoffice.soffice() is None:
        raise SystemExit("LibreOffice (soffice) is needed for the export peer")
    load = os.getloadavg()
    started = time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bare = lambda: process(python, work)  # noqa: E731
        pair = paired(lambda: process([lkip, "--help"], work), bare, args.repeat)
        rows.append(row("`lkip-xl --help`", "–", pair, "`python -c pass`"))
        for size in args.sizes:
            data = data_for(size, work)
            kegiatan = sum(r.kind == "item" for r in read_inputs([data]).tables["Tabel 2.5"])
            label = f"{size}x ({kegiatan} kegiatan)"
            out = work / f"out-{size}"

            def fill_process(data: Path = data, out: Path = out) -> Run:
                return process([lkip, "fill", str(data), "--no-pdf", "-q", "--force",
                                "--out", str(out / "fill")], work)

            def fill_here(data: Path = data, out: Path = out) -> Run:
                return timed(lambda: fill([data], out_dir=out / "here", force=True, pdf=False))

            pair = paired(fill_process, both(bare, fill_here), args.repeat)
            rows.append(row("`lkip-xl fill DATA --no-pdf`", label, pair,
                            "in-process fill + `python -c pass`"))

            pair = paired(lambda data=data: process(  # type: ignore[misc]
                [lkip, "validate", str(data), "--format", "json"], work, codes=(0, 1)),
                fill_process, args.repeat)
            rows.append(row("`lkip-xl validate DATA --format json`", label, pair,
                            "`lkip-xl fill DATA --no-pdf`"))

            done = subprocess.run([lkip, "fill", str(data), "--no-pdf", "--force", "--format",
                                   "json", "--out", str(out / "final")], cwd=work, env=ENV,
                                  capture_output=True, text=True, check=True)
            final = Path(json.loads(done.stdout)["output"])
            pdf = out / "export" / "laporan.pdf"
            pair = paired(lambda final=final, pdf=pdf: process(  # type: ignore[misc]
                [lkip, "export", str(final), "--out", str(pdf), "--force"], work),
                lambda final=final, out=out: timed(  # type: ignore[misc]
                    lambda: libreoffice.convert(final, out / "lo", target="pdf")),
                args.repeat)
            count = pages(pdf)
            lo_count = pages(out / "lo" / f"{final.stem}.pdf")
            note = f", {count} pages / LibreOffice {lo_count}" if count else ""
            rows.append(row("`lkip-xl export FINAL`", label + note, pair,
                            "LibreOffice xlsx→pdf of FINAL"))
    print(f"{os.cpu_count()} CPUs; load average {load[0]:.2f} at the start, "
          f"{os.getloadavg()[0]:.2f} at the end; {time.perf_counter() - started:.0f} s in all")
    print(table(["command", "size", "s (median)", "peer", "peer s (median)",
                 "ratio (median of pairs)", "peak MB", "pairs"], rows))


if __name__ == "__main__":
    main()
