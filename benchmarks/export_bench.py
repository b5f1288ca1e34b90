"""How fast is the PDF, beside LibreOffice printing the same final workbook to PDF?

    uv run python benchmarks/export_bench.py [--repeat N] [--sizes 1,10,100]

For the bundled sample and generated LKIPs 10x and 100x its rows (the data of
benchmarks/fill_bench.py), fill makes the final workbook once (no PDF); then, in the
same run, our export of it (read the final workbook, lay the report out, write the
PDF; in-process, after a warm-up) and LibreOffice headless converting the same final
workbook to PDF run alternately N times: the median seconds of each, the median of the
per-run ratios ours/LibreOffice, the pages of our PDF and our seconds per page.
Goal: ratio <= 0.2 at every size, and time linear in pages.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import paired_seconds, sizes_parser, table
from fill_bench import data_for
from pypdf import PdfReader

from lkip_xl.jobs.fill import fill
from lkip_xl.output import pdf
from lkip_xl.xlsx import libreoffice


def main() -> None:
    parser = sizes_parser(__doc__, repeat=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in args.sizes:
            data = data_for(size, work)
            final = fill([data], out_dir=work / f"final-{size}", force=True).output
            ours_pdf = work / f"ours-{size}x.pdf"

            def ours(final: Path = final, target: Path = ours_pdf) -> None:
                pdf.export(final, target)

            def theirs(final: Path = final, size: int = size) -> None:
                libreoffice.convert(final, work / f"lo-{size}", target="pdf")

            ours(), theirs()  # warm up: imports, fonts, LibreOffice's profile
            pages = len(PdfReader(ours_pdf).pages)
            lo_pages = len(PdfReader(work / f"lo-{size}" / f"{final.stem}.pdf").pages)
            ours_s, lo_s, ratio = paired_seconds(ours, theirs, args.repeat)
            rows.append([f"{size}x", pages, f"{ours_s:.2f}", f"{1000 * ours_s / pages:.1f}",
                         f"{lo_s:.2f}", lo_pages, f"{ratio:.2f}"])
    print(table(["size", "pages", "export s (median)", "ms per page",
                 "LibreOffice xlsx→pdf s (median)", "LibreOffice pages",
                 "ratio (median of pairs)"], rows))


if __name__ == "__main__":
    main()
