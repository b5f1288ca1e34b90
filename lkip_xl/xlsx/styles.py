"""Cell styles fill and validation add to a workbook: variants of the template's styles.

Data rows are written as sheet XML with the cellXfs index of their style
(:mod:`lkip_xl.xlsx.sheetxml`); :class:`Styles` registers a pattern cell's style, or
a variant of it (another number format, the highlight of a problem), in the
openpyxl workbook that will be saved, and returns that index.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

UNREADABLE_FILL = PatternFill("solid", fgColor="FFC7CE")  # a value that cannot be read
FINDING_FILL = PatternFill("solid", fgColor="FFEB9C")  # a cell with a validation finding
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write *value* into a cell as a value: a text beginning with "=" ("= Realisasi : Target
    x 100%", as a report prints a definition) stays text, never a formula."""
    cell = ws.cell(row, column, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def header_row(ws: Any, row: int, texts: Sequence[str],
               widths: Sequence[float] | None = None, *, border: bool = False) -> None:
    """A row of column headers (bold, shaded, wrapped), and the columns' widths."""
    for c, text in enumerate(texts, start=1):
        cell = put(ws, row, c, text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if border:
            cell.border = BORDER
        if widths is not None:
            ws.column_dimensions[cell.column_letter].width = widths[c - 1]


class Styles:
    """The cellXfs index of a pattern style, plain or with a variation, registered in *wb*."""

    def __init__(self, wb: Any) -> None:
        self._sheet = wb.create_sheet("_gaya")
        self._wb = wb
        self._ids: dict[tuple[Any, ...], int] = {}

    def id(self, style: Any, number_format: str | None = None,
           highlight: PatternFill | None = None) -> int:
        key = (tuple(style), number_format, highlight and highlight.fgColor.rgb)
        if key not in self._ids:
            scratch = self._sheet.cell(1, 1)
            scratch._style = copy(style)
            if number_format:
                scratch.number_format = number_format
            if highlight is not None:
                scratch.fill = highlight
            self._ids[key] = scratch.style_id
        return self._ids[key]

    def plain(self, **attributes: Any) -> int:
        """The index of a style made of the given attributes (alignment=..., font=...)."""
        key = ("plain", *sorted((k, repr(v)) for k, v in attributes.items()))
        if key not in self._ids:
            scratch = self._sheet.cell(1, 2)
            scratch.style = "Normal"
            for name, value in attributes.items():
                setattr(scratch, name, value)
            self._ids[key] = scratch.style_id
        return self._ids[key]

    def variant(self, style_id: int, highlight: PatternFill) -> int:
        """The index of the style *style_id* with a highlight fill."""
        return self.id(self._wb._cell_styles[style_id], highlight=highlight)

    def highlights(self, fill: PatternFill) -> dict[int, int]:
        """Each style registered so far -> the same style with the highlight *fill*."""
        return {sid: self.variant(sid, fill) for sid in sorted(set(self._ids.values()))}

    def text(self) -> dict[str, int]:
        """The styles of text in the Narasi and Validasi sheets: top, wrap and link."""
        return {"top": self.plain(alignment=Alignment(vertical="top")),
                "wrap": self.plain(alignment=Alignment(vertical="top", wrap_text=True)),
                "link": self.plain(alignment=Alignment(vertical="top"),
                                   font=Font(color="0563C1", underline="single"))}

    def close(self) -> None:
        self._wb.remove(self._sheet)


