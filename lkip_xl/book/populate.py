"""Populate: the data written into the template, every derived cell as a live formula.

:func:`populate` locates every table of the schema in the template
(:func:`lkip_xl.book.template.locate`), expands the pattern rows to one row per record
(each taking the style of its kind's pattern row), writes input values as values and
every derived cell as a formula rendered from the schema (:mod:`lkip_xl.book.formulas`).
A value the input *states* for a derived cell (a subtotal typed by staff, a value
repeated from another table) is not written: it is kept as a :class:`Stated`, for the
rules to compare with what the formula computes (:mod:`lkip_xl.rules.arith`).

Nothing is silently dropped: unreadable input values stay in their cells as text,
highlighted and commented.  The result has no cached values yet: the job recalculates it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from lkip_xl.book import extras, written
from lkip_xl.book.finalbook import write_map
from lkip_xl.book.formulas import RowContext, compile_link, compile_pattern, contexts
from lkip_xl.book.inputbook import InputData, Row, Value, value_problem
from lkip_xl.book.template import (
    PREDICATE_HEADER,
    TableLayout,
    locate,
    write_predicate_scale,
)
from lkip_xl.book.written import Stated
from lkip_xl.model import outline, paths, schema
from lkip_xl.model.errors import InputError, Location, TemplateError
from lkip_xl.model.numbers import split_bound
from lkip_xl.xlsx import a1, package, sheetxml
from lkip_xl.xlsx.files import save_workbook
from lkip_xl.xlsx.package import Note
from lkip_xl.xlsx.reader import open_package
from lkip_xl.xlsx.sheetxml import empty_cell, number_cell, text_cell
from lkip_xl.xlsx.styles import UNREADABLE_FILL, Styles

Progress = Callable[[str, int, int], None]
"""Progress callback: (stage description, steps done, steps in all)."""

COMMENT_AUTHOR = "lkip-xl"
LINE_HEIGHT = 15  # points per line of 11-point text


@dataclass(frozen=True)
class TableSummary:
    sheet: str
    rows: int
    formulas: int


class _Placed(NamedTuple):
    kind: str
    row: Row | None  # None: a total row the input does not state
    at: int  # sheet row


@dataclass
class Populated:
    """The filled workbook before recalculation: formulas without cached values.

    What the validation needs to mark the recalculated package stays available:
    the data rows as sheet XML, where each input row went, the comments (on
    unreadable values and the template's own), and the styles registered for
    highlighted cells and for the Narasi and Validasi sheets' text.
    """

    data: bytes
    tables: list[TableSummary]
    stated: list[Stated]
    rows: dict[str, dict[int, str]] = field(default_factory=dict)
    places: dict[tuple[str, int], int] = field(default_factory=dict)  # input row -> final row
    letters: dict[str, dict[str, str]] = field(default_factory=dict)  # column letters by sheet
    notes: dict[str, dict[str, Note]] = field(default_factory=dict)  # sheet -> cell -> comment
    # by severity: a data style -> the same style highlighted in the severity's colour
    highlight: dict[str, dict[int, int]] = field(default_factory=dict)
    text_styles: dict[str, int] = field(default_factory=dict)  # top, wrap, link...
    year: int = 0  # the report's year (headers with years name columns by it)

    def locate(self, sheet: str, cell: str, key: str) -> str | None:
        """The cell of the final workbook where the data cell *cell* of column *key* went
        (None when its row or column is not in the final workbook)."""
        row = a1.row_of(cell)
        at = self.places.get((sheet, row)) if row else None
        letter = self.letters.get(sheet, {}).get(key)
        return f"{letter}{at}" if at and letter else None


def populate(inputs: InputData, template: str | Path | None = None, *,
             step: Progress | None = None, steps: int = 0,
             sheets: Iterable[Callable[[Any], None]] = ()) -> Populated:
    """Write the data into the template; the formulas are not calculated yet.

    *sheets* add sheets of their own to the workbook (the job's Narasi and Validasi
    sheets), so that it is saved once.
    """
    step = step or (lambda stage, done, total: None)
    template_path = Path(template) if template else paths.default_template()
    step("Membuka templat", 1, steps)
    wb = _open_template(template_path)
    _fill_settings(wb, inputs, template_path)
    styles = Styles(wb)
    filled = _fill_tables(wb, inputs, template_path, step, steps, styles)
    highlight = styles.severity_highlights()  # any data cell may get a finding
    text_styles = styles.text()
    styles.close()
    write_map(wb, filled.map)
    written.add_sheet(wb)
    notes = _take_notes(wb)
    for sheet, sheet_notes in filled.notes.items():
        notes.setdefault(sheet, {}).update(sheet_notes)
    for add in sheets:
        add(wb)
    buffer = io.BytesIO()
    save_workbook(wb, buffer)
    edits = {sheet: package.SheetEdit(rows=rows, width=filled.widths[sheet])
             for sheet, rows in filled.rows.items()}
    edits[written.WRITTEN_SHEET] = package.SheetEdit(
        rows=written.rows(filled.stated, inputs), width=len(written.HEADER))
    # stored: the engine reads it, fill writes another
    data = package.edit(buffer.getvalue(), edits, compress=False)
    return Populated(data, filled.tables, filled.stated, filled.rows, filled.places,
                     filled.letters, notes, highlight, text_styles, inputs.year)


def _take_notes(wb: Any) -> dict[str, dict[str, Note]]:
    """The template's own comments, taken out of it: they are added with the others to
    the recalculated package (:func:`lkip_xl.xlsx.package.edit`)."""
    notes: dict[str, dict[str, Note]] = {}
    for ws in wb.worksheets:
        for c in ws._cells.values():
            if c.comment is not None:
                notes.setdefault(ws.title, {})[c.coordinate] = Note(c.comment.text,
                                                                     c.comment.author)
                c.comment = None
    return notes


def _open_template(path: Path) -> Any:
    if not path.is_file():
        raise TemplateError("berkas templat tidak ditemukan", Location(file=path))
    try:  # refused before openpyxl reads it when no real workbook is like it
        open_package(path).close()
    except InputError as exc:
        raise TemplateError(exc.message, exc.location) from exc
    try:
        return load_workbook(path)
    except Exception as exc:
        raise TemplateError(f"templat bukan berkas Excel yang dapat dibaca ({exc})",
                            Location(file=path)) from exc


def _fill_settings(wb: Any, inputs: InputData, template_path: Path) -> None:
    """Write the identity into the Pengaturan sheet, found by its labels, and the report's
    own predicate scale when it gives one (sheet Skala Predikat)."""
    if schema.SETTINGS_SHEET not in wb.sheetnames:
        raise TemplateError(f"lembar '{schema.SETTINGS_SHEET}' tidak ada",
                            Location(file=template_path))
    ws = wb[schema.SETTINGS_SHEET]
    labels = {f.label.lower(): f for f in schema.IDENTITY}
    scale_header = None
    for row in ws.iter_rows(max_col=1):
        cell = row[0]
        text = str(cell.value).strip().lower() if isinstance(cell.value, str) else ""
        f = labels.get(text)
        if f is not None:
            ws.cell(cell.row, 2).value = inputs.identity.get(f.key) or None
        elif text == PREDICATE_HEADER.lower():
            scale_header = cell.row
    scale = predicate_scale(inputs)
    if scale and scale_header is not None:
        write_predicate_scale(ws, scale_header, scale)


def predicate_scale(inputs: InputData) -> list[tuple[float, str]]:
    """The report's predicate scale (lower bound in percent, predicate), from the rows of
    Skala Predikat that give both; empty when it gives none."""
    scale = []
    for r in inputs.tables.get("Skala Predikat", []):
        bound, name = r.number("batas"), r.text("predikat").strip()
        if bound is not None and name:
            scale.append((float(bound), name))  # "91%" reads as 91, like 91
    return scale


def _fill_tables(wb: Any, inputs: InputData, template_path: Path, step: Progress,
                 steps: int, styles: Styles) -> _Filled:
    layouts: dict[str, TableLayout] = {}
    plans: dict[str, list[_Placed]] = {}
    patterns: dict[str, _Patterns] = {}
    for tbl in schema.TABLES:
        if not tbl.in_template:
            continue
        if tbl.sheet not in wb.sheetnames:
            raise TemplateError(f"lembar '{tbl.sheet}' tidak ada", Location(file=template_path))
        ws = wb[tbl.sheet]
        layout = locate(ws, tbl)
        given = inputs.tables.get(tbl.sheet, [])
        plan = _plan(tbl, _derived_rows(tbl, inputs) if tbl.derived_from and not given
                     else given, layout)
        patterns[tbl.sheet] = _take_patterns(ws, layout)
        _make_room(ws, layout, len(plan))
        layouts[tbl.sheet], plans[tbl.sheet] = layout, plan
    linked = {sheet: _item_span(plan) for sheet, plan in plans.items()}
    spans = {sheet: _span(plan) for sheet, plan in plans.items()}
    # the tables the report has (with a row) are numbered in the outline's order, its own
    # tables (sheets Tambahan) at the end of their section
    names = outline.numbers({sheet for sheet, plan in plans.items() if plan},
                            schema.choice(inputs.identity, "penomoran"),
                            extras.by_section(inputs.extras))
    extras.write(wb, inputs.extras, names)
    for sheet, layout in layouts.items():
        title = wb[sheet].cell(layout.title_row, 1)
        if isinstance(title.value, str) and title.value.startswith("Tabel "):
            title.value = names.get(sheet, sheet)

    def ranges(sheet: str, key: str) -> str:
        """A column of another table over its rows (the total left out), as a formula
        writes it: 'Tabel 3.1'!$K$5:$K$18."""
        letter, span = layouts[sheet].letters[key], spans[sheet]
        first, last = span if span else (layouts[sheet].title_row, layouts[sheet].title_row)
        return a1.location(sheet, a1.absolute(f"{letter}{first}:{letter}{last}"))

    filled = _Filled()
    for i, tbl in enumerate(t for t in schema.TABLES if t.in_template):
        step(f"Mengisi {tbl.sheet}", 2 + i, steps)
        writer = _TableWriter(wb[tbl.sheet], tbl, layouts, linked, patterns[tbl.sheet], styles,
                              inputs, ranges)
        rows = writer.write(plans[tbl.sheet], filled.stated)
        filled.rows[tbl.sheet] = rows
        filled.widths[tbl.sheet] = wb[tbl.sheet].max_column
        if writer.notes:
            filled.notes[tbl.sheet] = writer.notes
        filled.tables.append(TableSummary(tbl.sheet, len(plans[tbl.sheet]), writer.formulas))
    filled.map = {sheet: (plan[0].at if plan else min(layouts[sheet].patterns.values()),
                          [p.kind for p in plan]) for sheet, plan in plans.items()}
    filled.places = {(sheet, p.row.row): p.at for sheet, plan in plans.items() for p in plan
                     if p.row is not None}
    filled.letters = {sheet: dict(layout.letters) for sheet, layout in layouts.items()}
    return filled


@dataclass
class _Filled:
    """What filling produced: summaries, stated values, and each sheet's data rows as XML."""

    tables: list[TableSummary] = field(default_factory=list)
    stated: list[Stated] = field(default_factory=list)
    rows: dict[str, dict[int, str]] = field(default_factory=dict)
    widths: dict[str, int] = field(default_factory=dict)
    map: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    notes: dict[str, dict[str, Note]] = field(default_factory=dict)
    places: dict[tuple[str, int], int] = field(default_factory=dict)
    letters: dict[str, dict[str, str]] = field(default_factory=dict)


def _item_span(plan: list[_Placed]) -> tuple[int, int] | None:
    """The rows another table's link looks a key up in: its kegiatan and sub kegiatan."""
    items = [p.at for p in plan if p.kind in schema.DETAIL]
    return (items[0], items[-1]) if items else None


def _span(plan: list[_Placed]) -> tuple[int, int] | None:
    rows = [p.at for p in plan if p.kind != "total"]
    return (rows[0], rows[-1]) if rows else None


def _derived_rows(tbl: schema.Table, inputs: InputData) -> list[Row]:
    """The rows of a table computed from another: one per distinct key of the source's
    column, labelled with the source's first text for it (:attr:`Table.derived_from`)."""
    assert tbl.derived_from is not None
    source, key, label, kind = tbl.derived_from
    found: dict[str, str] = {}
    for r in inputs.tables.get(source, []):
        code = r.text(key).strip()
        # the first row that names it
        if code and (kind is None or r.kind == kind) and r.kind != "total" \
                and not found.get(code):
            found[code] = r.text(label)
    own_key, own_label = tbl.key[0], next(c.key for c in tbl.columns if c.kind == "teks")
    return [Row("item", (code,), {own_key: Value(code, "", None, code),
                                  own_label: Value(name or None, "", None, name or None)},
                n, "") for n, (code, name) in enumerate(found.items(), start=1)]


def _plan(tbl: schema.Table, rows: list[Row], layout: TableLayout) -> list[_Placed]:
    """Where each record goes: input order, the total last; a missing total is added to a
    table that has rows.  A table the report does not have gets no row at all."""
    start = min(layout.patterns.values())
    body = [r for r in rows if r.kind != "total" and _pattern_kind(r.kind, layout.patterns)]
    totals = [r for r in rows if r.kind == "total"]
    ordered: list[tuple[str, Row | None]] = [(r.kind, r) for r in body]
    if "total" in layout.patterns and (body or totals):
        ordered.append(("total", totals[0] if totals else None))
    return [_Placed(kind, row, start + i) for i, (kind, row) in enumerate(ordered)]


def _pattern_kind(kind: str, patterns: dict[str, Any]) -> str | None:
    """The pattern row a row of *kind* takes its style from: its own, or (a template made
    before the table had sub kegiatan) the items'."""
    if kind in patterns:
        return kind
    return "item" if kind == "sub" and "item" in patterns else None


def _make_room(ws: Worksheet, layout: TableLayout, rows: int) -> None:
    """Move whatever lies below the pattern rows so that *rows* rows fit."""
    last_pattern = max(layout.patterns.values())
    delta = rows - len(layout.patterns)
    if delta == 0 or ws.max_row <= last_pattern:
        return
    ws.move_range(f"A{last_pattern + 1}:{_last_column(ws)}{ws.max_row}", rows=delta,
                  translate=True)
    for merged in list(ws.merged_cells.ranges):
        if merged.min_row > last_pattern:
            merged.shift(row_shift=delta)


def _last_column(ws: Worksheet) -> str:
    return a1.letter(max(ws.max_column, 1))


@dataclass(frozen=True)
class _Patterns:
    """The style of each pattern row's cells, and its height, by row kind."""

    styles: dict[str, dict[str, Any]]
    heights: dict[str, float | None]


def _take_patterns(ws: Worksheet, layout: TableLayout) -> _Patterns:
    """Keep the pattern rows' styles, then remove the rows' cells: data rows replace them."""
    styles = {kind: {key: copy(ws[f"{letter}{row}"]._style)
                     for key, letter in layout.letters.items()}
              for kind, row in layout.patterns.items()}
    heights = {kind: ws.row_dimensions[row].height for kind, row in layout.patterns.items()}
    for row in layout.patterns.values():
        for cell in ws[row]:
            del ws._cells[(cell.row, cell.column)]
    return _Patterns(styles, heights)


class _Cell(NamedTuple):
    """How one column is written on rows of one kind."""

    column: schema.Column
    key: str
    letter: str
    style: Any
    style_id: int  # a value's (unlocked, not tinted as a formula)
    formula_id: int  # a formula's (locked, tinted)
    formula: Callable[[RowContext], str] | None  # the derived cell's pattern
    link: Callable[[int], str] | None  # the value repeated from another table
    fallback: bool  # a value the input gives replaces the link
    # row key -> the number format of the linked value (80%, ≥ 75), shown as there
    formats: dict[str, str] | None
    plain: bool  # a value written as it is: not a percentage column
    numeric: bool  # a column of numbers: a text there may be a problem to show
    width: float
    adds_up: bool  # the formula sums other rows (a total, a group's sum)


# A formula over other rows; a total or group row without any keeps the value the input
# gives, or none (staff given as a total only, a program whose kegiatan are not listed).
_ADDS_UP = re.compile(r"\{(items|rows|groups|children)\}")


class _TableWriter:
    """Writes one table's rows as sheet XML, and comments on its unreadable values."""

    def __init__(self, ws: Worksheet, tbl: schema.Table, layouts: dict[str, TableLayout],
                 linked: dict[str, tuple[int, int] | None], patterns: _Patterns,
                 styles: Styles, inputs: InputData,
                 ranges: Callable[[str, str], str] | None = None) -> None:
        self.tbl, self.patterns, self.styles = tbl, patterns, styles
        # A value repeated from another table is shown as there: 80% stays 80%, ≥ 75 ≥ 75.
        link_formats = {
            col.key: {" / ".join(r.key): fmt for r in inputs.tables[col.link[0]]
                      if (v := r.values.get(col.link[1])) is not None
                      and (fmt := _number_format(v)) is not None}
            for col in tbl.template_columns if col.link is not None and col.kind == "nilai"}
        # A value is repeated from another table only for a key that table has (an indicator
        # below the IKU keeps its own target and realisasi).
        self.linkable = {col.key: {" / ".join(r.key) for r in inputs.tables[col.link[0]]
                                   if r.kind != "total"}
                         for col in tbl.template_columns if col.link is not None}
        self.ws, self.layout, self.layouts = ws, layouts[tbl.sheet], layouts
        self.linked, self.ranges = linked, ranges
        self.link_formats = link_formats
        self.formulas = 0
        self.notes: dict[str, Note] = {}
        self.plan: dict[tuple[str, str], list[_Cell]] = {}

    def cells(self, kind: str, role: str) -> list[_Cell]:
        """How each column is written on a row of *kind* in the formula *role*
        (:func:`lkip_xl.model.schema.role`): the style of its kind's pattern row, the
        formula of its role."""
        found = self.plan.get((kind, role))
        if found is not None:
            return found
        style_kind = _pattern_kind(kind, self.patterns.styles) or kind
        by_column = self.patterns.styles[style_kind]
        layout, styles = self.layout, self.styles
        cells = []
        for col in self.tbl.template_columns:
            letter = layout.letters[col.key]
            pattern = col.formulas.get(role)
            link = None
            span = self.linked[col.link[0]] if col.link is not None else None
            if col.link is not None and role == "item" and span is not None:
                link = compile_link(col, layout.columns, self.layouts[col.link[0]].columns,
                                    span)
            cells.append(_Cell(
                col, col.key, letter, by_column[col.key],
                styles.id(by_column[col.key], formula=False),
                styles.id(by_column[col.key], formula=True),
                compile_pattern(pattern, col.key, layout.columns, self.ranges) if pattern
                else None,
                link, col.link_fallback, self.link_formats.get(col.key) or None,
                col.kind != "persen", col.kind in schema.NUMERIC_KINDS,
                self.ws.column_dimensions[letter].width or 8.43,
                bool(pattern and _ADDS_UP.search(pattern))))
        self.plan[(kind, role)] = cells
        return cells

    def write(self, plan: list[_Placed], stated: list[Stated]) -> dict[int, str]:
        contexts = _contexts(plan)
        return {p.at: self._row(p, contexts[p.at], stated) for p in plan}

    def _row(self, placed: _Placed, ctx: RowContext, stated: list[Stated]) -> str:
        at, record = placed.at, placed.row
        role = schema.role(placed.kind, bool(ctx.children))
        values = record.values if record is not None else {}
        number = str(at)
        cells = []
        lines = 1
        row_key = " / ".join(record.key) if record is not None else ""
        for spec in self.cells(placed.kind, role):
            ref = spec.letter + number
            value = values.get(spec.key, _BLANK)
            given = value.raw is not None
            if spec.link is not None and not (spec.fallback and given) \
                    and row_key in self.linkable[spec.key]:
                formula: str | None = spec.link(at)
            elif spec.formula is not None and not (spec.adds_up and ctx.items is None and (
                    role == "group" or not ctx.groups)) \
                    and not (role == "item" and spec.column.only_with and not any(
                        values.get(k, _BLANK).raw is not None for k in spec.column.only_with)):
                formula = spec.formula(ctx)
            else:
                formula = None
            if formula is not None:
                self.formulas += 1
                if given:
                    stated.append(self._stated(placed, role, spec, ref, value))
                style_id = spec.formula_id
                if spec.formats is not None and record is not None:
                    fmt = spec.formats.get(" / ".join(record.key))
                    if fmt is not None:
                        style_id = self.styles.id(spec.style, number_format=fmt, formula=True)
                cells.append(sheetxml.formula_cell(ref, style_id, formula))
                continue
            content: Any
            if record is None:
                content = _total_label(self.tbl, spec.column)
                style_id = spec.style_id
            elif not given:
                content, style_id = None, spec.style_id
            elif spec.plain and value.unit is None and (value.number is not None
                                                         or not spec.numeric) \
                    and _bound(value) is None:  # most cells
                content = value.text if value.number is None else value.number
                style_id = spec.style_id
            else:
                content, style_id = self._value(ref, spec.column, value, spec)
            if content is None:
                cells.append(empty_cell(ref, style_id))
            elif isinstance(content, str):
                if len(content) > spec.width:
                    lines = max(lines, _lines(content, spec.width))
                cells.append(text_cell(ref, style_id, content))
            else:
                cells.append(number_cell(ref, style_id, content))
        height = self.patterns.heights[_pattern_kind(placed.kind, self.patterns.heights)
                                       or placed.kind]
        if height is None and lines > 1:
            height = LINE_HEIGHT * lines
        return sheetxml.row(at, cells, height)

    def _stated(self, placed: _Placed, role: str, spec: _Cell, ref: str,
                value: Value) -> Stated:
        """The value the input states for a derived cell, and what kind of value it is."""
        linked = spec.link is not None and not (spec.fallback and value.raw is not None)
        assert placed.row is not None
        percent = spec.column.kind == "persen" or "%" in (
            spec.formats and spec.formats.get(" / ".join(placed.row.key)) or "")
        return Stated(self.tbl.sheet, ref, _label(self.tbl, placed), spec.column, value,
                      "link" if linked else role, placed.row.file, percent)

    def _value(self, ref: str, col: schema.Column, value: Value,
               spec: _Cell) -> tuple[Any, int]:
        if value.number is not None:
            if col.kind == "persen":
                return _as_fraction(value.number), spec.style_id
            fmt = _number_format(value)
            if fmt is not None:
                number = _as_fraction(value.number) if value.unit == "persen" else value.number
                return number, self.styles.id(spec.style, number_format=fmt, formula=False)
            return value.number, spec.style_id
        problem = value_problem(col, value)
        if problem is not None and problem.severity != "info":
            self.notes[ref] = Note(problem.message, COMMENT_AUTHOR)
            return value.text, self.styles.id(spec.style, highlight=UNREADABLE_FILL,
                                              formula=False)
        return value.text, spec.style_id


_BLANK = Value(None, "")  # a cell the input leaves blank


def _percent_format(number: float) -> str:
    """The number format of a percentage written with as many decimals as it has."""
    return "0%" if float(number).is_integer() else "0.00%"


def _bound(value: Value) -> str | None:
    """The sign of a number typed after a bound ("≥" of "≥ 75"), else None."""
    text = value.text
    if value.number is None or not text or text[0].isdigit():
        return None
    found = split_bound(text)
    return found[0] if found else None


def _number_format(value: Value) -> str | None:
    """How a typed number is shown when the column's own format would not show it as typed:
    a percentage with its decimals, a bound before it ('"≥ "General'); None otherwise."""
    if value.number is None:
        return None
    fmt = _percent_format(value.number) if value.unit == "persen" else None
    bound = _bound(value)
    if bound is not None:
        fmt = f'"{bound} "{fmt or "General"}'
    return fmt


def _lines(text: str, width: float) -> int:
    """Estimated number of wrapped lines of *text* in a column *width* characters wide
    (row heights are not computed by Excel or LibreOffice on opening a file)."""
    per_line = max(1, int(width * 1.05))
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _contexts(plan: list[_Placed]) -> dict[int, RowContext]:
    """Each row's formula context: the rows it heads, the top-level rows, the total."""
    return contexts([(p.kind, p.at) for p in plan])


def _label(tbl: schema.Table, placed: _Placed) -> str:
    if placed.row is None:
        return tbl.rows.total if tbl.rows and tbl.rows.total else "Total"
    return placed.row.label


def _total_label(tbl: schema.Table, col: schema.Column) -> str | None:
    """The label cell of a total row the input did not state."""
    first_text = next((c.key for c in tbl.template_columns
                       if c.kind == "teks" and c.key != "no"),
                      tbl.key[0] if tbl.key else None)  # no name but its code (Tabel 1.2)
    if col.key == first_text and tbl.rows and tbl.rows.total:
        return tbl.rows.total
    return None


def _as_fraction(number: float) -> float:
    return round(number / 100, 12)


