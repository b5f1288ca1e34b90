"""Write the sample data workbook: the Tanjungpinang LKIP 2020, as printed.

    uv run python tools/build_sample.py [output.xlsx]

The data are in ``tools/sample_data.py``; each printed string becomes a number
only when it has exactly one reading (``lkip_xl.book.inputbook.write_input``), so the
workbook keeps the report's unreadable values as text for validation to find.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lkip_xl.book.inputbook import write_input
from lkip_xl.model import schema

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_data import IDENTITY, ROWS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "workbooks" / "contoh-tanjungpinang-2020.xlsx"


def check() -> None:
    """Fail early when the data do not match the schema's tables and columns."""
    given = schema.TABLES
    missing = [t.sheet for t in given if not t.optional and t.sheet not in ROWS]
    unknown = [s for s in ROWS if s not in {t.sheet for t in given}]
    if missing or unknown:
        raise SystemExit(
            f"tabel tidak cocok dengan schema: kurang {missing}, tidak dikenal {unknown}"
        )
    for tbl in given:
        keys = {c.key for c in tbl.input_columns}
        for i, row in enumerate(ROWS.get(tbl.sheet, ()), start=1):
            extra = set(row) - keys
            if extra:
                raise SystemExit(f"{tbl.sheet} baris {i}: kolom tidak dikenal {sorted(extra)}")
    fields = {f.key for f in schema.IDENTITY}
    if set(IDENTITY) - fields:
        raise SystemExit(f"identitas tidak dikenal: {sorted(set(IDENTITY) - fields)}")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    check()
    path = write_input(out, IDENTITY, ROWS)
    counts = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in ROWS.items())
    print(f"{path}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
