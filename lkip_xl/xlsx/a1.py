"""Cell references in A1 notation: their one home in lkip-xl.

``"B3"`` <-> (row 3, column 2), column letters <-> indexes, ranges, and sheet names as a
formula writes them.  Every module that needs a cell address asks here.
"""

from __future__ import annotations

import functools
import re

_A1 = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384


@functools.lru_cache(maxsize=1024)
def letter(column: int) -> str:
    """The letters of a 1-based column index: 1 -> A, 27 -> AA."""
    if column < 1:
        raise ValueError(f"column {column} < 1")
    out = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out


def column_index(letters: str) -> int:
    """The 1-based index of a column given by its letters: A -> 1, AA -> 27."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def ref(row: int, column: int) -> str:
    """The A1 reference of (row, column): (3, 2) -> B3."""
    return f"{letter(column)}{row}"


def split(reference: str) -> tuple[str, int] | None:
    """The column letters and the row number of an A1 reference ("$B$3" too), or None."""
    m = _A1.fullmatch(reference)
    return (m.group(1).upper(), int(m.group(2))) if m else None


def parse(reference: str) -> tuple[int, int] | None:
    """(row, column) of an A1 reference, or None when it is not one."""
    parts = split(reference)
    return (parts[1], column_index(parts[0])) if parts else None


def row_of(reference: str) -> int | None:
    parts = split(reference)
    return parts[1] if parts else None


def box(reference: str) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) of "B3:D7" (or of one cell)."""
    first, _, last = reference.partition(":")
    a, b = parse(first), parse(last or first)
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


def range_ref(first_row: int, first_column: int, last_row: int, last_column: int) -> str:
    return f"{ref(first_row, first_column)}:{ref(last_row, last_column)}"


def absolute(reference: str) -> str:
    """"B3:D7" -> "$B$3:$D$7"."""
    return _A1.sub(lambda m: f"${m.group(1)}${m.group(2)}", reference)


def order(reference: str) -> tuple[int, int]:
    """Sort key of a cell reference: row, then column (a non-reference sorts first)."""
    return parse(reference) or (0, 0)


def sheet_name(sheet: str) -> str:
    """A sheet name as a formula writes it: Data, 'Tabel 2.6' (quotes doubled inside)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", sheet):
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


def location(sheet: str, reference: str) -> str:
    """A cell of another sheet as a formula or a link writes it: 'Tabel 2.6'!B3."""
    return f"{sheet_name(sheet)}!{reference}"
