"""Fill: the template populated from the data, with live formulas, recalculated.

:func:`fill` is the main job of lkip-xl.  For every table of the schema it
locates the table in the template (:func:`lkip_xl.build.template.locate`), expands
the pattern rows to one row per record (each row taking the style of its
kind's pattern row), writes input values as values and every derived cell as
a formula rendered from the schema (:mod:`lkip_xl.build.formulas`), recalculates the
workbook in Python (:mod:`lkip_xl.xlsx.recalc`) and compares each value the input
*stated* for a derived cell with what the formula computes.

Nothing is silently dropped: unreadable input values stay in their cells as
text, highlighted and commented, and are reported; stated values that differ
from the formulas are reported with both numbers.
"""

from __future__ import annotations

import gc
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from lkip_xl.build.finalbook import read_final, write_map
from lkip_xl.build.formulas import RowContext, compile_link, compile_pattern, group_items
from lkip_xl.build.inputbook import InputData, Row, Value, read_inputs
from lkip_xl.build.template import TableLayout, locate
from lkip_xl.model import paths, schema
from lkip_xl.model.errors import InputError, Location, TemplateError
from lkip_xl.model.findings import Finding
from lkip_xl.model.numbers import format_angka, format_persen, format_rupiah
from lkip_xl.output import marks, narrative
from lkip_xl.rules import checks
from lkip_xl.xlsx import a1, package, sheetxml
from lkip_xl.xlsx.files import Outputs, save_workbook
from lkip_xl.xlsx.package import Note
from lkip_xl.xlsx.reader import Book, open_package
from lkip_xl.xlsx.recalc import ENGINE, recalculate
from lkip_xl.xlsx.styles import FINDING_FILL, UNREADABLE_FILL, Styles

Progress = Callable[[str, int, int], None]
"""Progress callback: (stage description, steps done, steps in all)."""

COMMENT_AUTHOR = "lkip-xl"
LINE_HEIGHT = 15  # points per line of 11-point text


@dataclass(frozen=True)
class TableSummary:
    sheet: str
    rows: int
    formulas: int


@dataclass
class FillResult:
    output: Path
    tables: list[TableSummary]
    findings: list[Finding]  # everything validation found (reading, stated values, checks)
    differences: list[Finding] = field(default_factory=list)  # stated values vs formulas
    engine: str = ENGINE
    validation: Path | None = None  # validasi.json beside the workbook
    pdf: Path | None = None  # the report as PDF, unless it was not asked for

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def formulas(self) -> int:
        return sum(t.formulas for t in self.tables)

    @property
    def stated_differences(self) -> list[Finding]:
        return self.differences

    @property
    def unreadable(self) -> list[Finding]:
        return [f for f in self.findings if f.rule == "value.unreadable"]


class _Stated(NamedTuple):
    """A value the input states for a cell that the final workbook computes."""

    sheet: str
    cell: str
    label: str
    column: schema.Column
    value: Value
    rule: str  # the finding's rule when they differ: arith.* or, for a link, cross.*


class _Placed(NamedTuple):
    kind: str
    row: Row | None  # None: a total row the input does not state
    at: int  # sheet row


def output_name(identity: dict[str, Any]) -> str:
    """``<instansi>-<tahun>-final.xlsx`` with the instansi as a file-safe slug (of at most
    :data:`SLUG_LIMIT` characters, cut between words: file names have a limit)."""
    slug = re.sub(r"[^a-z0-9]+", "-", str(identity.get("instansi", "")).lower()).strip("-")
    if len(slug) > SLUG_LIMIT:
        slug = slug[:SLUG_LIMIT + 1].rsplit("-", 1)[0].strip("-") or slug[:SLUG_LIMIT]
    return f"{slug or 'lkip'}-{identity.get('tahun')}-final.xlsx"


SLUG_LIMIT = 80


def output_paths(final: Path, pdf: bool) -> list[Path]:
    """The outputs of a fill: the final workbook, the JSON report, and the PDF."""
    report = final.with_name(final.name.removesuffix("-final.xlsx") + "-validasi.json")
    return [final, report, *([final.with_suffix(".pdf")] if pdf else [])]


def fill(
    data: Sequence[str | Path] = (),
    *,
    template: str | Path | None = None,
    out_dir: str | Path = "hasil",
    force: bool = False,
    progress: Progress | None = None,
    previous: str | Path | None = None,
    narasi: str | Path | None = None,
    pdf: bool = False,
) -> FillResult:
    """Fill the template from the data workbooks and write the final workbook.

    With no *data*, the bundled sample is used.  Returns what was done; writes
    ``out_dir/<instansi>-<tahun>-final.xlsx`` and the JSON report beside it, and with
    *pdf* the report as PDF (:mod:`lkip_xl.output.pdf`), all published together
    (:class:`lkip_xl.xlsx.files.Outputs`: an existing file is replaced only with *force*, and
    a failed run leaves none of them).  *previous* is an earlier final workbook whose
    Narasi paragraphs edited by staff are kept; *narasi* a folder of narrative templates
    replacing the bundled ones.
    """
    report = progress or (lambda stage, done, total: None)
    sources = [Path(p) for p in data] or [paths.sample_workbook()]
    template_path = Path(template) if template else paths.default_template()
    steps = len(schema.TABLES) + 4 + pdf
    report("Membaca data", 0, steps)
    kept = narrative.read_previous(Path(previous)) if previous else {}
    with ExitStack() as stack:

        def reserve(identity: dict[str, Any]) -> Outputs:
            final = Path(out_dir) / output_name(identity)
            return stack.enter_context(Outputs(
                output_paths(final, pdf), force=force,
                inputs=[*sources, template_path, previous]))

        with _gc_paused():
            made = _fill(sources, template_path, reserve, report, steps, kept,
                         Path(narasi) if narasi else None)
        files = made.outputs
        final, report_path = files.paths[:2]
        files.put(final, made.workbook)
        files.put(report_path, made.report)
        if pdf:
            from lkip_xl.output.pdf import build

            report("Menulis PDF", steps - 1, steps)
            files.put(files.paths[2], build(made.workbook, name=final.name))
    report("Selesai", steps, steps)
    return FillResult(output=final, tables=made.tables, findings=made.findings,
                      differences=made.differences, validation=report_path,
                      pdf=files.paths[2] if pdf else None)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during the work.

    Reading and filling create hundreds of thousands of small objects and no
    reference cycles worth collecting; the collector's repeated passes over
    them cost as much as the reading itself (measured: 0.55 s -> 0.26 s for
    the 100x benchmark's data).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Made(NamedTuple):
    """What a fill made, before it is written: the outputs reserved for it, the final
    workbook's bytes, the JSON report, and what the summary tells."""

    outputs: Outputs
    workbook: bytes
    report: bytes
    tables: list[TableSummary]
    findings: list[Finding]
    differences: list[Finding]


def _fill(sources: list[Path], template: Path, reserve: Callable[[dict[str, Any]], Outputs],
          report: Progress, steps: int, previous: dict[str, narrative.Previous],
          narasi: Path | None) -> _Made:
    inputs = read_inputs(sources)
    outputs = reserve(inputs.identity)  # before the work: a run that cannot write stops now
    populated = populate(inputs, template, report=report, steps=steps)
    report("Menghitung ulang rumus", steps - 2 - (len(outputs.paths) > 2), steps)
    placed = marks.Marks(populated)
    # The engine, calamine and zlib work outside Python's lock: what does not need their
    # results runs meanwhile in this thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        recalculating = pool.submit(recalculate, populated.data)
        placed.add(inputs.findings + checks.check(inputs))  # the rules needing no computed value
        del inputs  # not needed any more: freed now, while the engine works
        recalculated = recalculating.result()
        with Book(recalculated) as book:  # one reader of the computed values
            # calamine parses the sheets in a thread, in the order they are wanted
            book.prefetch([*dict.fromkeys(s.sheet for s in populated.stated),
                           *narrative.SOURCES])
            differences = compare_stated(book, populated.stated)
            computed = read_final(book, narrative.SOURCES, narrative.SOURCE_KINDS)
        shown, narrative_findings = narrative.merge(narrative.generate(computed, narasi),
                                                    previous)
        placed.add(differences + narrative_findings)
        # the Narasi and Validasi sheets, highlights and comments, added to the recalculated
        # package: the computed values stay as the engine wrote them
        edits = placed.edits()
        edits[narrative.SHEET] = package.SheetEdit(
            rows=narrative.sheet_rows(shown, populated.text_styles),
            width=len(narrative.HEADERS))
        final = pool.submit(package.edit, recalculated, edits).result()
    json_report = placed.json(outputs.paths[0], hashlib.sha256(final).hexdigest())
    return _Made(outputs, final, json_report.encode(), populated.tables, placed.findings,
                 differences)


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
    stated: list[_Stated]
    rows: dict[str, dict[int, str]] = field(default_factory=dict)
    places: dict[tuple[str, int], int] = field(default_factory=dict)  # input row -> final row
    letters: dict[str, dict[str, str]] = field(default_factory=dict)  # column letters by sheet
    notes: dict[str, dict[str, Note]] = field(default_factory=dict)  # sheet -> cell -> comment
    highlight: dict[int, int] = field(default_factory=dict)  # a data style -> its highlight
    text_styles: dict[str, int] = field(default_factory=dict)  # top, wrap, link
    year: int = 0  # the report's year (headers with years name columns by it)


def populate(inputs: InputData, template: str | Path | None = None, *,
             report: Progress | None = None, steps: int = 0) -> Populated:
    """Write the data into the template; the formulas are not calculated yet."""
    report = report or (lambda stage, done, total: None)
    template_path = Path(template) if template else paths.default_template()
    report("Membuka templat", 1, steps)
    wb = _open_template(template_path)
    _fill_settings(wb, inputs.identity, template_path)
    styles = Styles(wb)
    filled = _fill_tables(wb, inputs, template_path, report, steps, styles)
    highlight = styles.highlights(FINDING_FILL)  # any data cell may get a finding
    text_styles = styles.text()
    styles.close()
    write_map(wb, filled.map)
    notes = _take_notes(wb)
    for sheet, sheet_notes in filled.notes.items():
        notes.setdefault(sheet, {}).update(sheet_notes)
    narrative.prepare_sheet(wb)
    marks.prepare_sheet(wb)
    buffer = io.BytesIO()
    save_workbook(wb, buffer)
    data = package.edit(buffer.getvalue(), {  # stored: the engine reads it, fill writes another
        sheet: package.SheetEdit(rows=rows, width=filled.widths[sheet])
        for sheet, rows in filled.rows.items()}, compress=False)
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


def _fill_settings(wb: Any, identity: dict[str, Any], template_path: Path) -> None:
    """Write the identity into the Pengaturan sheet, found by its labels."""
    if schema.SETTINGS_SHEET not in wb.sheetnames:
        raise TemplateError(f"lembar '{schema.SETTINGS_SHEET}' tidak ada",
                            Location(file=template_path))
    ws = wb[schema.SETTINGS_SHEET]
    labels = {f.label.lower(): f for f in schema.IDENTITY}
    for row in ws.iter_rows(max_col=1):
        cell = row[0]
        f = labels.get(str(cell.value).strip().lower()) if isinstance(cell.value, str) else None
        if f is not None:
            ws.cell(cell.row, 2).value = identity.get(f.key) or None


def _fill_tables(wb: Any, inputs: InputData, template_path: Path, report: Progress,
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
        plan = _plan(tbl, inputs.tables[tbl.sheet], layout)
        patterns[tbl.sheet] = _take_patterns(ws, layout)
        _make_room(ws, layout, len(plan))
        layouts[tbl.sheet], plans[tbl.sheet] = layout, plan
    linked = {sheet: _item_span(plan) for sheet, plan in plans.items()}
    filled = _Filled()
    for i, tbl in enumerate(t for t in schema.TABLES if t.in_template):
        report(f"Mengisi {tbl.sheet}", 2 + i, steps)
        writer = _TableWriter(wb[tbl.sheet], tbl, layouts, linked, patterns[tbl.sheet], styles,
                              inputs)
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
    stated: list[_Stated] = field(default_factory=list)
    rows: dict[str, dict[int, str]] = field(default_factory=dict)
    widths: dict[str, int] = field(default_factory=dict)
    map: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    notes: dict[str, dict[str, Note]] = field(default_factory=dict)
    places: dict[tuple[str, int], int] = field(default_factory=dict)
    letters: dict[str, dict[str, str]] = field(default_factory=dict)


def _item_span(plan: list[_Placed]) -> tuple[int, int] | None:
    items = [p.at for p in plan if p.kind == "item"]
    return (items[0], items[-1]) if items else None


def _plan(tbl: schema.Table, rows: list[Row], layout: TableLayout) -> list[_Placed]:
    """Where each record goes: input order, the total last; a missing total is added."""
    start = min(layout.patterns.values())
    body = [r for r in rows if r.kind != "total" and r.kind in layout.patterns]
    totals = [r for r in rows if r.kind == "total"]
    ordered: list[tuple[str, Row | None]] = [(r.kind, r) for r in body]
    if "total" in layout.patterns:
        ordered.append(("total", totals[0] if totals else None))
    return [_Placed(kind, row, start + i) for i, (kind, row) in enumerate(ordered)]


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
    style_id: int
    formula: Callable[[RowContext], str] | None  # the derived cell's pattern
    link: Callable[[int], str] | None  # the value repeated from another table
    fallback: bool  # a value the input gives replaces the link
    percent: dict[str, str] | None  # row key -> percent format of the linked value
    plain: bool  # a value written as it is: not a percentage column
    width: float


class _TableWriter:
    """Writes one table's rows as sheet XML, and comments on its unreadable values."""

    def __init__(self, ws: Worksheet, tbl: schema.Table, layouts: dict[str, TableLayout],
                 linked: dict[str, tuple[int, int] | None], patterns: _Patterns,
                 styles: Styles, inputs: InputData) -> None:
        self.tbl, self.patterns, self.styles = tbl, patterns, styles
        # A value repeated from another table is shown as there: 80% stays 80%.
        percent_sources = {
            col.key: {" / ".join(r.key): _percent_format(v.number)
                      for r in inputs.tables[col.link[0]]
                      if (v := r.values.get(col.link[1])) is not None and v.unit == "persen"
                      and v.number is not None}
            for col in tbl.template_columns if col.link is not None and col.kind == "nilai"}
        layout = layouts[tbl.sheet]
        self.formulas = 0
        self.notes: dict[str, Note] = {}
        self.plan: dict[str, list[_Cell]] = {}
        for kind, by_column in patterns.styles.items():
            cells = []
            for col in tbl.template_columns:
                letter = layout.letters[col.key]
                pattern = col.formulas.get(kind)
                link = None
                span = linked[col.link[0]] if col.link is not None else None
                if col.link is not None and kind == "item" and span is not None:
                    link = compile_link(col, layout.columns, layouts[col.link[0]].columns, span)
                cells.append(_Cell(
                    col, col.key, letter, by_column[col.key], styles.id(by_column[col.key]),
                    compile_pattern(pattern, col.key, layout.columns) if pattern else None,
                    link, col.link_fallback, percent_sources.get(col.key) or None,
                    col.kind != "persen", ws.column_dimensions[letter].width or 8.43))
            self.plan[kind] = cells

    def write(self, plan: list[_Placed], stated: list[_Stated]) -> dict[int, str]:
        contexts = _contexts(plan)
        return {p.at: self._row(p, contexts[p.at], stated) for p in plan}

    def _row(self, placed: _Placed, ctx: RowContext, stated: list[_Stated]) -> str:
        at, record = placed.at, placed.row
        values = record.values if record is not None else {}
        number = str(at)
        cells = []
        lines = 1
        for spec in self.plan[placed.kind]:
            ref = spec.letter + number
            value = values.get(spec.key, _BLANK)
            given = value.raw is not None
            if spec.link is not None and not (spec.fallback and given):
                formula: str | None = spec.link(at)
            elif spec.formula is not None:
                formula = spec.formula(ctx)
            else:
                formula = None
            if formula is not None:
                self.formulas += 1
                if given:
                    stated.append(self._stated(placed, spec, ref, value))
                style_id = spec.style_id
                if spec.percent is not None and record is not None:
                    fmt = spec.percent.get(" / ".join(record.key))
                    if fmt is not None:
                        style_id = self.styles.id(spec.style, number_format=fmt)
                cells.append(sheetxml.formula_cell(ref, style_id, formula))
                continue
            content: Any
            if record is None:
                content = _total_label(self.tbl, spec.column)
                style_id = spec.style_id
            elif not given:
                content, style_id = None, spec.style_id
            elif spec.plain and value.unit is None and value.problem is None:  # most cells
                content = value.text if value.number is None else value.number
                style_id = spec.style_id
            else:
                content, style_id = self._value(ref, spec.column, value, spec)
            if content is None:
                cells.append(f'<c r="{ref}" s="{style_id}"/>')
            elif isinstance(content, str):
                if len(content) > spec.width:
                    lines = max(lines, _lines(content, spec.width))
                cells.append(sheetxml.text_cell(ref, style_id, content))
            else:
                cells.append(f'<c r="{ref}" s="{style_id}"><v>{content!r}</v></c>')
        height = self.patterns.heights[placed.kind]
        if height is None and lines > 1:
            height = LINE_HEIGHT * lines
        return sheetxml.row(at, cells, height)

    def _stated(self, placed: _Placed, spec: _Cell, ref: str, value: Value) -> _Stated:
        """The value the input states for a derived cell, and the rule of a difference."""
        col = spec.column
        if spec.link is not None and not (spec.fallback and value.raw is not None):
            rule = f"cross.{col.link[1] if col.link else col.key}"
        elif placed.kind == "item":
            rule = "arith.capaian" if col.key in ("capaian", "status") else "arith.persen"
        else:
            rule = _RULES.get(placed.kind, "arith.formula")
        return _Stated(self.tbl.sheet, ref, _label(self.tbl, placed), col, value, rule)

    def _value(self, ref: str, col: schema.Column, value: Value,
               spec: _Cell) -> tuple[Any, int]:
        if value.number is not None:
            if col.kind == "persen":
                return _as_fraction(value.number), spec.style_id
            if value.unit == "persen":
                return _as_fraction(value.number), self.styles.id(
                    spec.style, number_format=_percent_format(value.number))
            return value.number, spec.style_id
        if value.problem:
            self.notes[ref] = Note(value.problem, COMMENT_AUTHOR)
            return value.text, self.styles.id(spec.style, highlight=UNREADABLE_FILL)
        return value.text, spec.style_id


_RULES = {"group": "arith.subtotal", "total": "arith.total"}
_BLANK = Value(None, "")  # a cell the input leaves blank


def _percent_format(number: float) -> str:
    """The number format of a percentage written with as many decimals as it has."""
    return "0%" if float(number).is_integer() else "0.00%"


def _lines(text: str, width: float) -> int:
    """Estimated number of wrapped lines of *text* in a column *width* characters wide
    (row heights are not computed by Excel or LibreOffice on opening a file)."""
    per_line = max(1, int(width * 1.05))
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _contexts(plan: list[_Placed]) -> dict[int, RowContext]:
    """Each row's formula context: its group's item rows, the top-level rows, the total."""
    total = next((p.at for p in plan if p.kind == "total"), None)
    items = [p.at for p in plan if p.kind == "item"]
    top = tuple(p.at for p in plan if p.kind == "group")
    if top:  # items before the first group are top-level rows too
        first_group = top[0]
        top = tuple(sorted({*top, *(r for r in items if r < first_group)}))
    contexts: dict[int, RowContext] = {}
    span = (items[0], items[-1]) if items else None
    kinds = [(p.kind, p.at) for p in plan]
    for i, p in enumerate(plan):
        covered = group_items(kinds, i) if p.kind == "group" else span
        contexts[p.at] = RowContext(row=p.at, items=covered, groups=top, total=total)
    return contexts


def _label(tbl: schema.Table, placed: _Placed) -> str:
    if placed.row is None:
        return tbl.rows.total if tbl.rows and tbl.rows.total else "Total"
    return placed.row.label


def _total_label(tbl: schema.Table, col: schema.Column) -> str | None:
    """The label cell of a total row the input did not state."""
    first_text = next((c.key for c in tbl.template_columns
                       if c.kind == "teks" and c.key != "no"), None)
    if col.key == first_text and tbl.rows and tbl.rows.total:
        return tbl.rows.total
    return None


def _as_fraction(number: float) -> float:
    return round(number / 100, 12)


# --------------------------------------------------------------------------
# Stated values against computed ones


def compare_stated(book: Book, stated: list[_Stated]) -> list[Finding]:
    """A finding for each stated value its formula computes differently (*book*: the
    recalculated workbook)."""
    grids: dict[str, dict[int, list[Any]]] = {}
    findings = []
    for s in stated:
        if s.sheet not in grids:
            grids[s.sheet] = dict(book.sheet(s.sheet).rows)
        at = a1.parse(s.cell)
        assert at is not None
        row = grids[s.sheet].get(at[0], [])
        finding = _difference(s, row[at[1] - 1] if at[1] <= len(row) else None)
        if finding is not None:
            findings.append(finding)
    return findings


def _difference(s: _Stated, computed: Any) -> Finding | None:
    """A finding when the stated value and the formula's value disagree."""
    value = s.value
    if value.number is None:
        return None  # unreadable: already reported by the reader
    percent = s.column.kind == "persen" or value.unit == "persen"
    stated = float(value.number)
    if computed in (None, ""):  # by design: no number (a zero divisor, no data)
        return _finding(s, "warning",
                        f"tertulis {_show(s, stated, percent)}, tetapi rumus tidak menghasilkan "
                        "angka (pembagi nol atau data belum diisi)", None, stated)
    if isinstance(computed, bool) or not isinstance(computed, (int, float)):
        return _finding(s, "error",
                        f"tertulis {_show(s, stated, percent)}, tetapi rumus menghasilkan "
                        f"{computed}", computed, stated)
    actual = float(computed) * 100 if percent else float(computed)
    diff = abs(stated - actual)
    decimals = _decimals(value)
    if diff <= 0.5 * 10 ** -decimals + 1e-9 * max(1.0, abs(actual)):
        return None
    severity = "warning" if diff <= 10 ** -decimals + 1e-9 * max(1.0, abs(actual)) else "error"
    return _finding(
        s, severity,
        f"tertulis {_show(s, stated, percent)}, hasil rumus {_show(s, actual, percent)} "
        f"(selisih {_show(s, actual - stated, percent)})",
        round(actual, 10), stated)


def _decimals(value: Value) -> int:
    if value.text:
        m = re.search(r"[.,](\d{1,2})\s*%?\s*$", value.text.strip())
        return len(m.group(1)) if m else 0
    number = value.number
    if isinstance(number, float) and not number.is_integer():
        return min(len(repr(number).split(".")[1]), 6)
    return 0


def _show(s: _Stated, x: float, percent: bool) -> str:
    if percent:
        return format_persen(x)
    if s.column.kind == "rupiah":
        return format_rupiah(x, 2 if not float(x).is_integer() else 0)
    return format_angka(x)


def _finding(s: _Stated, severity: str, message: str, computed: Any, stated: Any) -> Finding:
    """``expected`` is what the formula computes, ``actual`` what the input states."""
    return Finding(rule=s.rule, severity=severity, sheet=s.sheet, cell=s.cell,
                   message=message, row_label=s.label, column=s.column.header,
                   expected=computed, actual=stated)
