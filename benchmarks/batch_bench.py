"""How fast is a whole Pemda: many LKIPs validated and filled at once (issue 16)?

    uv run python benchmarks/batch_bench.py [--units 50] [--sizes 10,25,50] [--no-cluster]

Generates sample-sized LKIPs (``tests/synthetic.py``: ``pemda_unit``, 8-19 programmes of 2-5
kegiatan and 6-15 indicators each, every third with faults), then measures:

* the baseline: each LKIP validated, and filled without PDF, one after the other in this
  process (after a warm-up), summed; divided by the cores it is the ideal parallel time;
* ``run_batch`` on the default process pool for N = each of *sizes*, validate and fill
  (no PDF), each in a fresh Python process as the command runs (so that the pool's
  start-up is counted): wall seconds, ms per LKIP, the ratio to the ideal parallel time of
  the same N units (goal <= 1.5 at 50), and the peak RSS of that parent process (flat in N?);
* the same N on a Dask ``LocalCluster`` of the machine's cores (one thread a worker, worker
  processes): the run on a started cluster, and the cluster's start separately.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, table
from synthetic import pemda_unit

from lkip_xl.book.inputbook import write_input

CHILD = """
import json, sys, time
sys.path.insert(0, {bench!r})
from lkip_xl.jobs.batch import run_batch

def main():
    paths, action, out, cluster = json.loads(sys.argv[1])
    options = {{"out_dir": out, "pdf": False, "force": True}} if action == "fill" else {{}}
    started = 0.0
    if cluster:
        from distributed import Client, LocalCluster
        start = time.perf_counter()
        with LocalCluster(n_workers=cluster, threads_per_worker=1, processes=True,
                          dashboard_address=None) as c, Client(c) as client:
            client.submit(sum, [1]).result()
            started = time.perf_counter() - start
            start = time.perf_counter()
            items = run_batch(paths, action, executor=client.get_executor(), **options)
            wall = time.perf_counter() - start
    else:
        start = time.perf_counter()
        items = run_batch(paths, action, **options)
        wall = time.perf_counter() - start
    failed = [i.error for i in items if i.failed]
    print(json.dumps({{"wall": wall, "started": started, "failed": failed, "rss": peak_mb()}}))

def peak_mb():
    # this process's peak resident memory (VmHWM: on Linux, ru_maxrss keeps the peak of
    # the process that started it, from before exec)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

if __name__ == "__main__":
    main()
"""


def units(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        path = folder / f"{i + 1:03d}.xlsx"
        if not path.exists():
            write_input(path, *pemda_unit(i, seed=1))
        out.append(str(path))
    return out


def serial(paths: list[str], out: Path) -> dict[str, list[float]]:
    """Seconds of each LKIP validated and filled in this process, one after the other."""
    from lkip_xl.jobs.fill import fill
    from lkip_xl.jobs.validate import validate

    fill([paths[0]], out_dir=out, force=True)  # warm-up
    validate(paths[0])
    seconds: dict[str, list[float]] = {"validate": [], "fill": []}
    for path in paths:
        start = time.perf_counter()
        validate(path)
        middle = time.perf_counter()
        fill([path], out_dir=out, force=True)
        seconds["validate"].append(middle - start)
        seconds["fill"].append(time.perf_counter() - middle)
    return seconds


def child(paths: list[str], action: str, out: Path, cluster: int, script: Path) -> dict:
    done = subprocess.run([sys.executable, str(script), json.dumps([paths, action, str(out),
                                                                    cluster])],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["failed"]:
        raise SystemExit(f"{len(result['failed'])} LKIPs failed: {result['failed'][:3]}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=50)
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--no-cluster", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        script = work / "child.py"
        script.write_text(CHILD.format(bench=str(ROOT / "benchmarks")))
        paths = units(work / "pemda", max(args.units, *sizes))
        single = serial(paths, work / "serial")
        load = os.getloadavg()[0]
        rows = []
        for action in ("validate", "fill"):
            for engine in ("pool", *(() if args.no_cluster else ("LocalCluster",))):
                for n in sizes:
                    if engine == "LocalCluster" and n != max(sizes):
                        continue
                    r = child(paths[:n], action, work / f"out-{engine}-{n}",
                              cores if engine == "LocalCluster" else 0, script)
                    ideal = sum(single[action][:n]) / cores
                    rows.append([action, engine, n, f"{sum(single[action][:n]):.2f}",
                                 f"{ideal:.2f}", f"{r['wall']:.2f}",
                                 f"{r['wall'] / n * 1000:.0f}", f"{r['wall'] / ideal:.2f}",
                                 f"{r['rss']:.0f}",
                                 f"{r['started']:.1f}" if engine == "LocalCluster" else ""])
    print(f"{cores} cores; load average before the batches {load:.1f}; "
          f"single in-process: validate median {sorted(single['validate'])[len(paths) // 2]:.3f}"
          f" s, fill median {sorted(single['fill'])[len(paths) // 2]:.3f} s")
    print(table(["action", "executor", "N", "sum single s", "ideal s (sum/cores)", "wall s",
                 "ms/LKIP", "wall/ideal", "parent peak MB", "cluster start s"], rows))


if __name__ == "__main__":
    main()
