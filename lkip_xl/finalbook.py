"""The final workbook's map of its rows.

Fill expands each table's pattern rows into data rows; the pattern markers are
gone afterwards.  So that validation, export and the Excel actions can find
every row of a final workbook again, fill records each row (sheet, row number,
row kind, key) in a very hidden sheet ``_lkip``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

ROWS_SHEET = "_lkip"
HEADER = ("Lembar", "Baris", "Jenis", "Kode")


@dataclass(frozen=True)
class FinalRow:
    sheet: str
    row: int
    kind: str  # "group", "item" or "total"
    key: str


def write_rows(wb: Any, rows: Iterable[FinalRow]) -> None:
    """Record *rows* in the hidden ``_lkip`` sheet of *wb* (replacing an older map)."""
    if ROWS_SHEET in wb.sheetnames:
        del wb[ROWS_SHEET]
    ws = wb.create_sheet(ROWS_SHEET)
    ws.sheet_state = "veryHidden"
    ws.append(HEADER)
    for r in rows:
        ws.append((r.sheet, r.row, r.kind, r.key))


def read_rows(wb: Any) -> dict[str, list[FinalRow]]:
    """The rows of each table of a final workbook, by sheet; empty for other workbooks."""
    if ROWS_SHEET not in wb.sheetnames:
        return {}
    out: dict[str, list[FinalRow]] = {}
    for values in wb[ROWS_SHEET].iter_rows(min_row=2, values_only=True):
        sheet, row, kind, key = (tuple(values) + (None,) * 4)[:4]
        if sheet and isinstance(row, int):
            out.setdefault(str(sheet), []).append(FinalRow(str(sheet), row, str(kind),
                                                           str(key or "")))
    return out
