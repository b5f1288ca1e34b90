"""The template workbook: built from the schema, and found again in a restyled copy.

:func:`build_template` lays out one sheet per table of :data:`schema.TABLES`
like the published report (title, caption, header rows, borders, number
formats, A4 print setup) plus the ``Pengaturan`` sheet.  Under each header it
writes one *pattern row* per row kind, marked in its key cell
(``«program»``, ``«kegiatan»``, ``«total»``...), with the schema's formulas
rendered for those rows.  Fill copies each pattern row's style for every row
of data of that kind.

Staff may restyle the template in Excel and move tables around, so nothing
relies on fixed addresses: :func:`locate` finds a table by its header texts and
its pattern rows by their markers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from lkip_xl.book.formulas import (
    RowContext,
    SheetLayout,
    caption_formula,
    compile_pattern,
    contexts,
    header_formula,
    link_formula,
)
from lkip_xl.model import outline, schema
from lkip_xl.model.capaian import PREDICATE_SCALE, SAKIP_SCALE
from lkip_xl.model.errors import Location, TemplateError
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.files import write_atomically
from lkip_xl.xlsx.styles import (
    BORDER,
    GROUP_FILL,
    HEADER_FILL,
    as_formula_cell,
    header_row,
    page_setup,
)

FIRST_ROW = 1  # title row of every table sheet in the built template
KEY_FONT = Font(color="808080", size=8)
SETTINGS_IDENTITY_ROW = 4  # first identity row on the Pengaturan sheet


def marker(kind: str, tbl: schema.Table) -> str:
    """The text that marks a pattern row of *kind* in the template."""
    label = {"item": "baris", "group": "kelompok", "sub": "rincian", "total": "total"}[kind]
    if tbl.rows:
        label = tbl.rows.named().get(kind, label)
    return f"«{label.lower()}»"


def pattern_kinds(tbl: schema.Table) -> tuple[str, ...]:
    """Row kinds the template holds a pattern row for, in order."""
    if tbl.rows is None:
        return ("item",)
    return tuple(tbl.rows.named())


# A pattern row a template made before its table had the kind may lack (the items' is used).
OPTIONAL_PATTERNS = ("sub",)


# --------------------------------------------------------------------------
# Finding a table in a (possibly restyled) template


@dataclass(frozen=True)
class TableLayout:
    table: schema.Table
    sheet: str
    title_row: int
    header_rows: tuple[int, ...]
    patterns: dict[str, int]  # row kind -> row number of its pattern row
    letters: dict[str, str]  # column key -> column letter

    @property
    def columns(self) -> SheetLayout:
        return SheetLayout(self.sheet, dict(self.letters))


def _static_headers(tbl: schema.Table) -> dict[str, str]:
    return {c.key: c.header for c in tbl.template_columns if c.year_offset is None}


SEARCH_ROWS = 80  # a table's header is looked for in the sheet's first rows


def locate(ws: Worksheet, tbl: schema.Table, *, require_patterns: bool = True) -> TableLayout:
    """Find *tbl* on *ws* by its header texts and pattern-row markers.

    In a final workbook the pattern rows have become data rows: pass
    ``require_patterns=False`` to locate the header and columns only.
    """
    # from the cells that exist (iter_rows would create every empty cell of the range)
    grid: list[list[Any]] = [[] for _ in range(min(ws.max_row, SEARCH_ROWS))]
    for (r, c), cell in ws._cells.items():
        if r <= SEARCH_ROWS and cell.value is not None:
            row = grid[r - 1]
            row.extend([None] * (c - len(row)))
            row[c - 1] = cell.value
    return locate_in_grid(grid, tbl, ws.title, require_patterns=require_patterns)


def locate_in_grid(grid: list[list[Any]], tbl: schema.Table, sheet: str, *,
                   require_patterns: bool = True) -> TableLayout:
    """:func:`locate` on the values of a sheet's first rows (row 1 first, column A first)."""
    wanted = {v.strip().lower(): k for k, v in _static_headers(tbl).items()}
    span_texts = {c.span.lower() for c in tbl.template_columns if c.span}

    def text(value: Any) -> str | None:
        return value.strip().lower() if isinstance(value, str) else None

    # a final workbook made before a column was added to the format still reads: of its
    # tables, the required columns are enough (the template needs every column)
    needed = set(wanted.values()) if require_patterns else \
        {c.key for c in tbl.template_columns if c.required and c.year_offset is None}
    header_row = None
    letters: dict[str, str] = {}
    for r, row in enumerate(grid, start=1):
        found = {wanted[t]: a1.letter(c) for c, v in enumerate(row, start=1)
                 if (t := text(v)) in wanted}
        if found and needed <= set(found):
            header_row, letters = r, found
            break
    if header_row is None:
        raise TemplateError(
            f"tabel '{tbl.sheet}' tidak ditemukan: judul kolom "
            + ", ".join(repr(h) for h in _static_headers(tbl).values()) + " harus ada",
            Location(sheet=sheet),
        )
    markers = {marker(k, tbl): k for k in pattern_kinds(tbl)}
    patterns: dict[str, int] = {}
    # Tables with spanning headers ("Target" over the years) have a second header row.
    header_rows = [header_row, header_row + 1] if span_texts else [header_row]
    for r in range(header_rows[-1] + 1, min(header_rows[-1] + 12, len(grid)) + 1):
        for value in grid[r - 1]:
            if text(value) in markers:
                patterns.setdefault(markers[text(value)], r)  # type: ignore[index]
    missing = [marker(k, tbl) for k in pattern_kinds(tbl)
               if k not in patterns and k not in OPTIONAL_PATTERNS]
    if missing and require_patterns:
        raise TemplateError(
            f"baris pola {', '.join(missing)} tidak ditemukan di bawah judul kolom",
            Location(sheet=sheet),
        )
    # Year columns sit under their span, in order, in the row below the spans.
    for col in tbl.template_columns:
        if col.year_offset is not None and col.span:
            siblings = [c for c in tbl.template_columns if c.span == col.span]
            column = next((c for r in header_rows for c, v in enumerate(grid[r - 1], start=1)
                           if text(v) == col.span.lower()), None)
            if column is None:
                raise TemplateError(f"judul kolom '{col.span}' tidak ditemukan",
                                    Location(sheet=sheet))
            letters[col.key] = a1.letter(column + siblings.index(col))
    title_row = next(  # "Tabel 2.5", or the sheet's name, above the caption
        (r for r in range(header_row - 1, max(header_row - 6, 0), -1)
         if any(isinstance(v, str) and (v.strip().startswith("Tabel ")
                                        or v.strip() == tbl.sheet) for v in grid[r - 1])),
        header_row,
    )
    return TableLayout(tbl, sheet, title_row, tuple(header_rows), patterns, letters)


# --------------------------------------------------------------------------
# Building the template


def build_template(path: str | Path, *, force: bool = False) -> Path:
    """Write the template workbook described by the schema to *path*."""
    wb = build_workbook()
    return write_atomically(Path(path), wb.save, force=force)


def build_workbook() -> Workbook:
    wb = Workbook()
    settings = wb.active
    settings.title = schema.SETTINGS_SHEET
    _settings_sheet(wb, settings)
    layouts: dict[str, TableLayout] = {}
    for tbl in schema.TABLES:
        if tbl.in_template:
            ws = wb.create_sheet(tbl.sheet)
            layouts[tbl.sheet] = _table_sheet(ws, tbl)
    for tbl in schema.TABLES:
        if tbl.in_template:
            _pattern_formulas(wb[tbl.sheet], layouts[tbl.sheet], layouts)
    return wb


def _settings_sheet(wb: Workbook, ws: Worksheet) -> None:
    ws["A1"] = "Pengaturan Laporan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Isi identitas laporan di kolom B. Judul tabel dan tahun pada judul kolom "
                "mengikuti isian ini.")
    ws["A2"].font = Font(italic=True)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 60
    page_setup(ws, landscape=False)
    header_row(ws, SETTINGS_IDENTITY_ROW - 1, ["Identitas", "Isi"], border=True)
    r = SETTINGS_IDENTITY_ROW
    for f in schema.IDENTITY:
        ws.cell(r, 1, f.label).border = BORDER
        value = ws.cell(r, 2, f.default)
        value.border = BORDER
        if f.name:
            wb.defined_names[f.name] = DefinedName(f.name, attr_text=f"Pengaturan!$B${r}")
        r += 1
    r += 1
    header_row(ws, r, ["Pengaturan Capaian", "Isi"], border=True)
    for f in schema.SETTINGS:
        r += 1
        ws.cell(r, 1, f.label).border = BORDER
        ws.cell(r, 2, f.default).border = BORDER
        if f.name:
            wb.defined_names[f.name] = DefinedName(f.name, attr_text=f"Pengaturan!$B${r}")
    r += 2
    header_row(ws, r, ["Kategori SAKIP", "Di atas", "Sampai dengan", "Interpretasi"], border=True)
    first = r + 1
    for cat, low, high, meaning in SAKIP_SCALE:
        r += 1
        for c, v in enumerate((cat, low, high, meaning), start=1):
            ws.cell(r, c, v).border = BORDER
    _name(wb, "SkalaKategori", f"$A${first}:$D${r}")
    _name(wb, "KategoriKode", f"$A${first}:$A${r}")
    r += 2
    ws.cell(r, 1, "Polaritas dan satuan indikator").font = Font(bold=True)
    ws.cell(r + 1, 1, "Diambil dari lembar 'Tabel 2.6', kolom 'Satuan' dan 'Polaritas' "
                      "(positif: makin tinggi makin baik; negatif: makin rendah makin baik).")
    # last on the sheet: a report's own scale (sheet Skala Predikat) may have more rows
    write_predicate_scale(ws, r + 3, sorted(PREDICATE_SCALE))


PREDICATE_HEADER = "Skala Predikat Capaian"


def write_predicate_scale(ws: Worksheet, header: int,
                          scale: Sequence[tuple[float, str]]) -> None:
    """The predicate scale under its header row *header*, ascending by lower bound (for
    MATCH(..., 1)), named PredikatNama and PredikatBatas; rows of a longer scale written
    there before are cleared."""
    header_row(ws, header, [PREDICATE_HEADER, "Mulai dari (%)"], border=True)
    r = header
    for bound, predicate in sorted(scale):
        r += 1
        ws.cell(r, 1, predicate).border = BORDER
        ws.cell(r, 2, bound).border = BORDER
    for stale in range(r + 1, ws.max_row + 1):
        for c in (1, 2):
            ws.cell(stale, c).value, ws.cell(stale, c).border = None, Border()
    _name(ws.parent, "PredikatNama", f"$A${header + 1}:$A${r}")
    _name(ws.parent, "PredikatBatas", f"$B${header + 1}:$B${r}")


def _name(wb: Workbook, name: str, ref: str) -> None:
    wb.defined_names[name] = DefinedName(name, attr_text=f"{schema.SETTINGS_SHEET}!{ref}")


def _table_sheet(ws: Worksheet, tbl: schema.Table) -> TableLayout:
    cols = tbl.template_columns
    letters = {c.key: a1.letter(i) for i, c in enumerate(cols, start=1)}
    last = a1.letter(len(cols))
    title_row = FIRST_ROW
    shown = outline.shown(tbl.sheet)
    title = outline.numbers().get(tbl.sheet, tbl.sheet)
    ws.cell(title_row, 1, title).font = Font(bold=True, size=12)
    ws.cell(title_row + 1, 1, caption_formula(shown)).font = Font(bold=True, size=12)
    for r in (title_row, title_row + 1):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    header = title_row + 3
    spans = any(c.span for c in cols)
    header_rows = (header, header + 1) if spans else (header,)
    for i, col in enumerate(cols, start=1):
        ws.column_dimensions[a1.letter(i)].width = col.width
        text = header_formula(col) if col.year_offset is not None else col.header
        if spans and col.span:
            ws.cell(header + 1, i, text).number_format = "0"
        elif spans:
            ws.cell(header, i, text)
            ws.merge_cells(start_row=header, start_column=i, end_row=header + 1, end_column=i)
        else:
            ws.cell(header, i, text)
    if spans:
        i = 0
        while i < len(cols):
            span = cols[i].span
            j = i
            while j + 1 < len(cols) and span and cols[j + 1].span == span:
                j += 1
            if span:
                ws.cell(header, i + 1, span)
                if j > i:
                    ws.merge_cells(start_row=header, start_column=i + 1,
                                   end_row=header, end_column=j + 1)
            i = j + 1
    for r in header_rows:
        for i in range(1, len(cols) + 1):
            cell = ws.cell(r, i)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    patterns = {}
    r = header_rows[-1]
    for kind in pattern_kinds(tbl):
        r += 1
        patterns[kind] = r
        for i, col in enumerate(cols, start=1):
            cell = ws.cell(r, i)
            cell.border = BORDER
            cell.number_format = schema.NUMBER_FORMATS.get(col.kind, "General")
            cell.alignment = Alignment(vertical="top", wrap_text=col.kind == "teks")
            if kind not in schema.DETAIL:
                cell.font = Font(bold=True)
            if kind == "group":
                cell.fill = GROUP_FILL
            if kind == "sub" and col.kind == "teks":  # below its kegiatan
                cell.alignment = Alignment(vertical="top", wrap_text=True, indent=1)
            if col.kind == "kode":
                cell.font = KEY_FONT
        ws[f"{letters[_key_column(tbl)]}{r}"] = marker(kind, tbl)
    ws.freeze_panes = f"A{header_rows[-1] + 1}"
    page_setup(ws, landscape=landscape(tbl), title_rows=f"{header_rows[0]}:{header_rows[-1]}")
    protect(ws)
    return TableLayout(tbl, ws.title, title_row, header_rows, patterns, letters)


WIDE = frozenset({"Tabel 3.1", "Tabel 3.3", "Penutup"})  # printed landscape in any case
PORTRAIT_WIDTH = 110  # the widest table (sum of column widths) printed portrait, readable


def landscape(tbl: schema.Table) -> bool:
    """Is *tbl* printed on landscape pages: the outline places it so, or it is too wide to
    be read on a portrait page fitted to its width."""
    return tbl.landscape or tbl.sheet in WIDE or \
        sum(c.width for c in tbl.template_columns) > PORTRAIT_WIDTH


def protect(ws: Worksheet) -> None:
    """Protect the sheet without a password: the formulas' cells are locked, the cells staff
    type in are not (:func:`lkip_xl.xlsx.styles.as_formula_cell`).  Columns and rows may
    still be resized, and whoever means to change a formula unprotects the sheet (Tinjau >
    Buka Proteksi Lembar)."""
    ws.protection.sheet = True
    ws.protection.formatColumns = ws.protection.formatRows = False
    ws.protection.formatCells = False
    ws.protection.autoFilter = ws.protection.sort = False


def _key_column(tbl: schema.Table) -> str:
    """The column holding the row markers: the first key column shown."""
    shown = {c.key for c in tbl.template_columns}
    for key in (*tbl.key, "kode"):
        if key in shown:
            return key
    return tbl.template_columns[0].key


def _pattern_formulas(ws: Worksheet, layout: TableLayout,
                      layouts: dict[str, TableLayout]) -> None:
    """Write each derived column's formula into the pattern rows."""
    tbl = layout.table
    p = layout.patterns
    rows = sorted(((r, k) for k, r in p.items()))
    found = contexts([(k, r) for r, k in rows])
    for kind, row in p.items():
        ctx = found[row]
        role = schema.role(kind, bool(ctx.children))
        for col in tbl.template_columns:
            formula = _formula_for(col, role, layout, ctx, layouts)
            cell = ws[f"{layout.letters[col.key]}{row}"]
            if formula is not None:
                cell.value = formula
            as_formula_cell(cell, formula is not None)


def _formula_for(col: schema.Column, kind: str, layout: TableLayout, ctx: RowContext,
                 layouts: dict[str, TableLayout]) -> str | None:
    """The formula of *col* on a pattern row in the formula role *kind*."""
    if col.link is not None and kind == "item":
        linked = layouts[col.link[0]]
        detail = [linked.patterns[k] for k in schema.DETAIL if k in linked.patterns]
        return link_formula(col, layout.columns, ctx.row, linked.columns,
                            (min(detail), max(detail)))
    pattern = col.formulas.get(kind)
    if pattern is None:
        return None

    def ranges(sheet: str, key: str) -> str:  # another table's pattern rows
        other = layouts[sheet]
        rows = [r for k, r in other.patterns.items() if k != "total"]
        letter = other.letters[key]
        return a1.location(sheet, a1.absolute(f"{letter}{min(rows)}:{letter}{max(rows)}"))

    return compile_pattern(pattern, col.key, layout.columns, ranges)(ctx)
