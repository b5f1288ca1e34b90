"""How fast is fill, beside LibreOffice recalculating the same workbook?

    uv run python benchmarks/fill_bench.py [--repeat N] [--sizes 1,10,100]

For the bundled sample and generated LKIPs 10x and 100x its rows (570 and
5,700 kegiatan), in the same run: our whole fill (read the data, fill the
template, recalculate, compare stated values, write the final workbook) and
LibreOffice headless recalculating the same filled workbook (load, recalculate,
save), run alternately N times after a warm-up: the median seconds of each and
the median of the per-run ratios ours/LibreOffice; the peak Python heap of one
fill.  Goal: ratio <= 0.33 at every size, time linear in rows.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import paired_seconds, peak_memory_mb, sizes_parser, table
from synthetic import write_lkip

from lkip_xl.book.inputbook import read_inputs
from lkip_xl.jobs.fill import fill, populate
from lkip_xl.model import paths
from lkip_xl.xlsx import libreoffice


def data_for(size: int, work: Path) -> Path:
    if size == 1:
        return paths.sample_workbook()
    # 57 kegiatan in 16 programs per unit of size, alternating 4 and 3 kegiatan
    programs = 16 * size
    return write_lkip(work / f"lkip-{size}x.xlsx", programs=programs,
                      kegiatan=lambda p: 4 if p % 16 < 9 else 3, quirks=True)


def main() -> None:
    parser = sizes_parser(__doc__, repeat=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in args.sizes:
            data = data_for(size, work)
            inputs = read_inputs([data])
            kegiatan = sum(r.kind == "item" for r in inputs.tables["Tabel 2.5"])
            filled = work / "lo-in" / f"{size}x.xlsx"
            filled.parent.mkdir(exist_ok=True)
            filled.write_bytes(populate(inputs).data)

            def ours(data: Path = data, size: int = size) -> None:
                fill([data], out_dir=work / f"out-{size}", force=True)

            def theirs(filled: Path = filled) -> None:
                libreoffice.convert(filled, work / "lo-out")

            ours(), theirs()  # warm up: imports, caches, LibreOffice's profile
            ours_s, lo_s, ratio = paired_seconds(ours, theirs, args.repeat)
            memory = peak_memory_mb(ours)
            rows.append([f"{size}x", kegiatan, f"{ours_s:.3f}", f"{lo_s:.3f}",
                         f"{ratio:.2f}", f"{memory:.0f}"])
    print(table(["size", "kegiatan", "fill s (median)", "LibreOffice recalc s (median)",
                 "ratio (median of pairs)", "fill peak MB"], rows))


if __name__ == "__main__":
    main()
