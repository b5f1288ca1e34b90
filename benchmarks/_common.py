"""Shared helpers of the benchmarks: timing with repetitions, peak memory, tables."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic LKIP generator


def sizes_parser(doc: str, repeat: int, sizes: str = "1,10,100") -> argparse.ArgumentParser:
    """A benchmark's command line: ``--repeat N`` and ``--sizes 1,10,100`` (a list of ints)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--sizes", type=lambda text: [int(s) for s in text.split(",")],
                        default=sizes)
    return parser


def median_seconds(run: Callable[[], Any], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def paired_seconds(ours: Callable[[], Any], theirs: Callable[[], Any],
                   repeat: int) -> tuple[float, float, float]:
    """Median seconds of *ours* and *theirs*, run alternately (so that a slow spell of a
    noisy machine falls on both), and the median of the per-pair ratios ours/theirs."""
    pairs = []
    for _ in range(repeat):
        start = time.perf_counter()
        ours()
        middle = time.perf_counter()
        theirs()
        pairs.append((middle - start, time.perf_counter() - middle))
    return (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs),
            statistics.median(p[0] / p[1] for p in pairs))


def peak_memory_mb(run: Callable[[], Any]) -> float:
    """Peak Python heap during one run (tracemalloc; native allocations not counted)."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [headers] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |"
            for r in cells[1:]]
    return "\n".join([line, sep, *body])
