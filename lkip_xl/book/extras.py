"""The report's own tables: what an LKIP shows that the schema has no table for.

Every unit's LKIP has tables of its own (an asset list, the SAKIP evaluation by
component, efficiency of staff and facilities).  Staff give each one on a sheet whose name
begins with "Tambahan" (``Tambahan Aset``): its caption and the part of the report it
belongs to above, its header and rows below, as printed::

    A1 Judul   B1 Daftar Aset Tahun 2022
    A2 Bagian  B2 C. Efisiensi Penggunaan Sumber Daya
    (row 3 empty)
    row 4: the column headers; rows 5…: the rows

Such a table is copied into the final workbook (the same layout, so it reads back) and
printed in the PDF at the end of its section, numbered among the others.  It is shown as
given: no formula, no check beyond its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles import Font

from lkip_xl.model import outline
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT
from lkip_xl.xlsx.styles import BORDER, header_row, put

PREFIX = "tambahan"
HEADER_ROW = 4
MAX_COLUMNS = 30  # wider than any printed table
MAX_ROWS = 2000


def is_extra(sheet: str) -> bool:
    """Whether a sheet of that name holds a table of the report's own."""
    return sheet.strip().lower().startswith(PREFIX)


@dataclass
class Extra:
    """One table of the report's own, as given."""

    sheet: str
    title: str
    place: str  # as written under Bagian
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    file: str = ""

    @property
    def section(self) -> str:
        """The outline section it ends (its Bagian, else the default place)."""
        return outline.section_of(self.place) or outline.EXTRA_DEFAULT


def parse(sheet: str, rows: Iterable[tuple[int, Sequence[Any]]], file: str = "") -> Extra:
    """An extra table from a sheet's rows ((row number, values from column A), in order)."""
    by_row = {r: list(values[:MAX_COLUMNS]) for r, values in rows if r < HEADER_ROW + MAX_ROWS}
    labels = {_text(v[0]).lower(): _text(v[1]) if len(v) > 1 else ""
              for r, v in by_row.items() if r < HEADER_ROW and v}
    header = [_text(v) for v in by_row.get(HEADER_ROW, [])]
    while header and not header[-1]:
        header.pop()
    body = []
    for r in sorted(r for r in by_row if r > HEADER_ROW):
        values = [_value(v) for v in by_row[r][:len(header)]]
        if any(v not in (None, "") for v in values):
            body.append(values + [None] * (len(header) - len(values)))
    return Extra(sheet, labels.get("judul", "") or sheet, labels.get("bagian", ""), header,
                 body, file)


def by_section(extras: Iterable[Extra]) -> dict[str, list[str]]:
    """The sheets of the extra tables worth printing, by the section they end."""
    out: dict[str, list[str]] = {}
    for extra in extras:
        if extra.header and extra.rows:
            out.setdefault(extra.section, []).append(extra.sheet)
    return out


def write(wb: Any, extras: Iterable[Extra], names: Mapping[str, str]) -> None:
    """Copy the extra tables into the workbook *wb*, each on its sheet, in the same layout
    (the caption with its number)."""
    for extra in extras:
        ws = wb.create_sheet(extra.sheet[:31])
        ws["A1"], ws["A2"] = "Judul", "Bagian"
        put(ws, 1, 2, extra.title)
        put(ws, 2, 2, extra.place)
        ws["C1"] = names.get(extra.sheet, "")  # its number in the report
        ws["A1"].font = ws["A2"].font = Font(bold=True)
        if extra.header:
            header_row(ws, HEADER_ROW, extra.header, border=True)
        for n, values in enumerate(extra.rows, start=HEADER_ROW + 1):
            for c, value in enumerate(values, start=1):
                put(ws, n, c, value).border = BORDER
        for c, head in enumerate(extra.header, start=1):
            width = max([len(str(head))] + [len(str(v or "")) for v in
                                            (row[c - 1] for row in extra.rows)])
            ws.column_dimensions[ws.cell(HEADER_ROW, c).column_letter].width = \
                min(max(width + 2, 8), 60)


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())[:TEXT_LIMIT]


def _value(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()[:TEXT_LIMIT] or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
