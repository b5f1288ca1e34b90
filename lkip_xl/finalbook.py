"""The final workbook's map of its rows.

Fill expands each table's pattern rows into data rows; the pattern markers are
gone afterwards.  So that validation, export and the Excel actions can find
every row of a final workbook again, fill records in a very hidden sheet
``_lkip`` one row per table: the sheet, its first data row, and the kinds of its
rows in order, run-length encoded ("g1 i5 g1 i3 t1": a group row, five items,
a group, three items, the total).  Each row's key is read from the table's own
key column, so a key staff corrected in the final workbook is the key used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import column_index_from_string

from . import schema
from .template import locate

ROWS_SHEET = "_lkip"
HEADER = ("Lembar", "Baris Pertama", "Jenis Baris")
CELL_LIMIT = 30_000  # characters per cell (Excel's limit is 32,767)
_KINDS = {"group": "g", "item": "i", "total": "t"}
_NAMES = {v: k for k, v in _KINDS.items()}


@dataclass(frozen=True)
class FinalRow:
    sheet: str
    row: int
    kind: str  # "group", "item" or "total"
    key: str


def encode(kinds: Iterable[str]) -> str:
    """Run-length code of a sequence of row kinds: ["group", "item", "item"] -> "g1 i2"."""
    runs: list[list[Any]] = []
    for kind in kinds:
        letter = _KINDS[kind]
        if runs and runs[-1][0] == letter:
            runs[-1][1] += 1
        else:
            runs.append([letter, 1])
    return " ".join(f"{letter}{count}" for letter, count in runs)


def decode(code: str) -> list[str]:
    return [_NAMES[m.group(1)] for m in re.finditer(r"([git])(\d+)", code)
            for _ in range(int(m.group(2)))]


def map_rows(tables: dict[str, tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
    """The map's rows: (sheet, first row, code chunk, code chunk...) per table."""
    out = []
    for sheet, (first, kinds) in tables.items():
        code = encode(kinds)
        chunks = [code[i:i + CELL_LIMIT] for i in range(0, len(code), CELL_LIMIT)] or [""]
        out.append((sheet, first, *chunks))
    return out


def write_map(wb: Any, tables: dict[str, tuple[int, list[str]]]) -> None:
    """Record the row map in the hidden ``_lkip`` sheet of *wb* (replacing an older map)."""
    if ROWS_SHEET in wb.sheetnames:
        del wb[ROWS_SHEET]
    ws = wb.create_sheet(ROWS_SHEET)
    ws.sheet_state = "veryHidden"
    ws.append(HEADER)
    for row in map_rows(tables):
        ws.append(row)


def read_rows(wb: Any) -> dict[str, list[FinalRow]]:
    """The rows of each table of a final workbook, by sheet; empty for other workbooks."""
    if ROWS_SHEET not in wb.sheetnames:
        return {}
    out: dict[str, list[FinalRow]] = {}
    for values in wb[ROWS_SHEET].iter_rows(min_row=2, values_only=True):
        if not values or not values[0] or not isinstance(values[1], int):
            continue
        sheet, first = str(values[0]), values[1]
        kinds = decode("".join(str(v) for v in values[2:] if v))
        keys = _keys(wb, sheet, first, len(kinds))
        out[sheet] = [FinalRow(sheet, first + i, kind, keys[i])
                      for i, kind in enumerate(kinds)]
    return out


def _keys(wb: Any, sheet: str, first: int, count: int) -> list[str]:
    """The key column's values of the table's rows ("" for a total row without key)."""
    tbl = schema.table(sheet)
    ws = wb[sheet]
    letter = locate(ws, tbl, require_patterns=False).letters.get(tbl.key[-1])
    if letter is None or count == 0:
        return [""] * count
    column = column_index_from_string(letter)
    values = [row[0] for row in ws.iter_rows(min_row=first, max_row=first + count - 1,
                                               min_col=column, max_col=column,
                                               values_only=True)]
    keys = ["" if v is None else str(v) for v in values]
    return keys + [""] * (count - len(keys))
