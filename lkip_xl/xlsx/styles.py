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

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

# A cell with a finding, by the finding's severity (the Validasi rows have the same colours).
SEVERITY_FILLS = {"error": PatternFill("solid", fgColor="FFC7CE"),  # red: galat
                  "warning": PatternFill("solid", fgColor="FFEB9C"),  # yellow: peringatan
                  "info": PatternFill("solid", fgColor="BDD7EE")}  # blue: catatan
UNREADABLE_FILL = SEVERITY_FILLS["error"]  # a value that cannot be read
FINDING_FILL = SEVERITY_FILLS["warning"]
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
# Cells a formula computes look apart from the cells staff type in (white): a green tint,
# a darker one on a group's row (whose typed cells are grey).  They are locked, and the
# table sheets protected without a password.
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
FORMULA_FILL = PatternFill("solid", fgColor="E2EFDA")
GROUP_FORMULA_FILL = PatternFill("solid", fgColor="C6E0B4")
LOCKED, UNLOCKED = Protection(locked=True), Protection(locked=False)
# a typed cell's fill -> the fill of a formula's cell on the same row, and back
_TO_FORMULA: dict[str | None, PatternFill | None] = {None: FORMULA_FILL,
                                                     "F2F2F2": GROUP_FORMULA_FILL}
_TO_INPUT: dict[str | None, PatternFill | None] = {"E2EFDA": None, "C6E0B4": GROUP_FILL}
# Every printed page names its sheet and its number.
FOOTER_LEFT, FOOTER_RIGHT = "&A", "Halaman &P dari &N"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write *value* into a cell as a value: a text beginning with "=" ("= Realisasi : Target
    x 100%", as a report prints a definition) stays text, never a formula."""
    cell = ws.cell(row, column, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def fill_rgb(fill: Any) -> str | None:
    """The colour of a solid fill as six hex digits, None for no fill."""
    if fill is None or fill.fill_type != "solid" or not isinstance(fill.fgColor.rgb, str):
        return None
    return fill.fgColor.rgb[-6:].upper()


def as_formula_cell(cell: Any, formula: bool) -> None:
    """Give *cell* the look of a formula's cell (locked, tinted) or of a typed one
    (unlocked, its row's own fill)."""
    cell.protection = LOCKED if formula else UNLOCKED
    rgb = fill_rgb(cell.fill)
    swap: dict[str | None, PatternFill | None] = _TO_FORMULA if formula else _TO_INPUT
    if rgb in swap:
        cell.fill = swap[rgb] or PatternFill()


def page_setup(ws: Any, *, landscape: bool, title_rows: str | None = None) -> None:
    """A4, fitted to the page's width, the sheet's name and the page number in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    footer(ws)


# The same footer in Excel's codes, for a sheet written as XML (a size of 8 points).
FOOTER_CODES = f"&L&8 {FOOTER_LEFT}&R&8 {FOOTER_RIGHT}"  # as openpyxl writes it


def footer(ws: Any) -> None:
    """The sheet's name and "Halaman 1 dari 3" at the foot of every printed page."""
    ws.oddFooter.left.text, ws.oddFooter.right.text = FOOTER_LEFT, FOOTER_RIGHT
    ws.oddFooter.left.size = ws.oddFooter.right.size = 8


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
           highlight: PatternFill | None = None, formula: bool | None = None) -> int:
        """The index of *style*, with another number format, a highlight, or the look of a
        formula's cell (*formula* True) or of a typed one (False) when given."""
        key = (tuple(style), number_format, highlight and highlight.fgColor.rgb, formula)
        if key not in self._ids:
            scratch = self._sheet.cell(1, 1)
            scratch._style = copy(style)
            if number_format:
                scratch.number_format = number_format
            if formula is not None:
                as_formula_cell(scratch, formula)
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

    def severity_highlights(self) -> dict[str, dict[int, int]]:
        """For each severity: each style registered so far -> the same style highlighted in
        the severity's colour (:data:`SEVERITY_FILLS`)."""
        registered = sorted(set(self._ids.values()))
        return {severity: {sid: self.variant(sid, fill) for sid in registered}
                for severity, fill in SEVERITY_FILLS.items()}

    def text(self) -> dict[str, int]:
        """The styles of text in the Narasi, Validasi and Ringkasan sheets: top, wrap, link,
        bold, whole and decimal numbers, and for each severity its colour (``error``,
        ``warning``, ``info``, wrapped)."""
        top = Alignment(vertical="top")
        wrap = Alignment(vertical="top", wrap_text=True)
        styles = {"top": self.plain(alignment=top),
                  "wrap": self.plain(alignment=wrap),
                  "link": self.plain(alignment=top,
                                     font=Font(color="0563C1", underline="single")),
                  "bold": self.plain(alignment=top, font=Font(bold=True)),
                  # figures as Excel shows them in the user's language (51.310.000.000; 93,28)
                  "whole": self.plain(alignment=top, number_format="#,##0"),
                  "decimal": self.plain(alignment=top, number_format="#,##0.00")}
        for severity, fill in SEVERITY_FILLS.items():
            styles[severity] = self.plain(alignment=wrap, fill=fill)
        return styles

    def close(self) -> None:
        self._wb.remove(self._sheet)


