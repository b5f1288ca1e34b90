"""The final workbook as staff work in it: it opens on a summary of the validation, input
and formula cells look different and the formulas are protected, colours tell the severity,
comments say where to fix, the pages print readably (issue 13)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lkip_xl.book.finalbook import ROWS_SHEET
from lkip_xl.book.template import WIDE, landscape, locate
from lkip_xl.jobs.fill import FillResult, fill
from lkip_xl.model import paths, schema
from lkip_xl.model.findings import SEVERITIES, SEVERITY_TEXT, count_by_severity
from lkip_xl.output import charts, marks
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.styles import FORMULA_FILL, GROUP_FORMULA_FILL, SEVERITY_FILLS, fill_rgb

TABLES = [t for t in schema.TABLES if t.in_template]
FORMULA_COLOURS = {fill_rgb(FORMULA_FILL), fill_rgb(GROUP_FORMULA_FILL)}
SEVERITY_COLOURS = {s: fill_rgb(f) for s, f in SEVERITY_FILLS.items()}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> FillResult:
    return fill(out_dir=tmp_path_factory.mktemp("hasil"))


@pytest.fixture(scope="module")
def wb(sample: FillResult) -> Any:
    return load_workbook(sample.output)


def _texts(ws: Any) -> dict[str, Any]:
    return {c.coordinate: c.value for c in ws._cells.values() if c.value is not None}


def test_the_workbook_opens_on_the_summary_of_the_validation(sample: FillResult,
                                                             wb: Any) -> None:
    assert wb.sheetnames[:3] == [marks.SUMMARY, marks.SHEET, "Narasi"]
    assert wb.active.title == marks.SUMMARY
    ws = wb[marks.SUMMARY]
    counts = count_by_severity(sample.findings)
    # by severity, each in its colour, and the total
    rows: dict[Any, int] = {}
    for r in range(1, ws.max_row + 1):
        rows.setdefault(ws.cell(r, 1).value, r)  # the counts come before the legend
    for severity in SEVERITIES:
        r = rows[SEVERITY_TEXT[severity].capitalize()]
        assert ws.cell(r, 2).value == counts[severity]
        assert fill_rgb(ws.cell(r, 1).fill) == SEVERITY_COLOURS[severity]
    assert ws.cell(rows["Jumlah"], 2).value == len(sample.findings) == sum(counts.values())
    # what to do next, in plain Indonesian, with the number of errors to fix first
    steps = [v for v in _texts(ws).values() if isinstance(v, str) and v[:2] in ("1.", "2.")]
    assert steps[0].startswith(f"1. Perbaiki {counts['error']} galat")
    # a colour legend: the severities, input and formula cells
    legend = {ws.cell(r, 1).value: ws.cell(r, 2).value
              for r in range(rows["Arti warna"], ws.max_row + 1)}
    assert {"Galat", "Peringatan", "Catatan", "Isian", "Rumus"} <= set(legend)
    assert "terkunci" in legend["Rumus"]
    # by sheet: every sheet with findings, the sheets of the workbook linked
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Lembar")
    by_sheet = Counter((f.sheet, f.severity) for f in sample.findings)
    listed = {}
    for r in range(header + 1, ws.max_row + 1):
        name = ws.cell(r, 1).value
        listed[name] = r
        assert [ws.cell(r, 2 + i).value for i in range(3)] == [
            by_sheet[(name, s)] for s in SEVERITIES]
        if name in wb.sheetnames:
            assert ws.cell(r, 1).hyperlink.location == a1.location(name, "A1")
        else:
            assert ws.cell(r, 1).hyperlink is None
            assert "buku kerja data" in ws.cell(r, 6).value
    assert set(listed) == {f.sheet for f in sample.findings}
    assert "Narasi Staf" in listed  # a data-only sheet of the sample


def test_formula_cells_are_locked_and_tinted_input_cells_are_not(sample: FillResult,
                                                                 wb: Any) -> None:
    flagged = {(f.sheet, f.final_cell) for f in sample.findings if f.final_cell}
    formulas = inputs = 0
    for tbl in TABLES:
        ws = wb[tbl.sheet]
        assert ws.protection.sheet and not ws.protection.password, tbl.sheet
        layout = locate(ws, tbl, require_patterns=False)
        letters = set(layout.letters.values())
        for c in ws._cells.values():
            if c.row <= layout.header_rows[-1] or c.column_letter not in letters:
                continue
            is_formula = isinstance(c.value, str) and c.value.startswith("=")
            assert c.protection.locked == is_formula, (tbl.sheet, c.coordinate)
            colour = fill_rgb(c.fill)
            if (tbl.sheet, c.coordinate) in flagged or colour in SEVERITY_COLOURS.values():
                continue
            assert (colour in FORMULA_COLOURS) == is_formula, (tbl.sheet, c.coordinate)
            formulas += is_formula
            inputs += not is_formula
    assert formulas > 300 and inputs > 1000


def test_the_template_marks_its_formula_cells_the_same_way() -> None:
    template = load_workbook(paths.default_template())
    for tbl in TABLES:
        ws = template[tbl.sheet]
        layout = locate(ws, tbl)
        assert ws.protection.sheet and not ws.protection.password
        for row in layout.patterns.values():
            for letter in layout.letters.values():
                c = ws[f"{letter}{row}"]
                is_formula = isinstance(c.value, str) and c.value.startswith("=")
                assert c.protection.locked == is_formula, (tbl.sheet, c.coordinate)
                assert (fill_rgb(c.fill) in FORMULA_COLOURS) == is_formula


def test_wide_tables_print_landscape_and_every_page_is_numbered(wb: Any) -> None:
    wide = {marks.SHEET, *WIDE, *(t.sheet for t in TABLES if t.landscape)}
    assert wide <= {t.sheet for t in TABLES if landscape(t)} | {marks.SHEET}
    for name in wide:
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape", name
        assert int(ws.page_setup.fitToWidth) == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert int(ws.page_setup.fitToHeight) == 0  # as many pages down as it takes
    for ws in wb.worksheets:
        if ws.title == charts.SHEET:  # added after the marks, by output.charts: not yet
            continue
        assert "&P" in (ws.oddFooter.right.text or ""), ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4


def test_no_placeholder_in_any_text_or_comment(wb: Any) -> None:
    for ws in wb.worksheets:
        for c in ws._cells.values():
            if isinstance(c.value, str) and not c.value.startswith("="):
                assert "{" not in c.value, (ws.title, c.coordinate, c.value)
            if c.comment is not None:
                assert "{" not in c.comment.text, (ws.title, c.coordinate)


def test_validasi_links_only_to_sheets_of_the_workbook(sample: FillResult, wb: Any) -> None:
    ws = wb[marks.SHEET]
    headers = [c.value for c in ws[4]]
    assert headers == list(marks.HEADERS)
    elsewhere = 0
    for r in range(5, 5 + len(sample.findings)):
        sheet, cell, place = ws.cell(r, 4).value, ws.cell(r, 5), ws.cell(r, 11).value
        severity = ws.cell(r, 2).value
        colour = {SEVERITY_TEXT[s]: SEVERITY_COLOURS[s] for s in SEVERITIES}[severity]
        assert fill_rgb(ws.cell(r, 2).fill) == colour  # the row's severity in its colour
        if cell.hyperlink is not None:
            target = cell.hyperlink.location
            assert target.rsplit("!", 1)[0].strip("'") in wb.sheetnames
            assert sheet in wb.sheetnames and target == a1.location(sheet, cell.value)
        else:  # a sheet of the data workbook only: said so, the place given
            assert (sheet, cell.value) == (marks.NO_SHEET, marks.NO_CELL)
            assert place and "›" in place
            elsewhere += 1
    assert elsewhere == sum(1 for f in sample.findings if f.sheet not in wb.sheetnames)
    assert elsewhere > 0  # Narasi Staf, Ringkasan Capaian
    for link in wb[marks.SUMMARY]._hyperlinks:
        assert link.location.rsplit("!", 1)[0].strip("'") in wb.sheetnames


def test_flagged_cells_in_their_severity_colour_with_where_to_fix(sample: FillResult,
                                                                  wb: Any) -> None:
    data = Path(paths.sample_workbook()).name
    worst: dict[tuple[str, str], int] = {}
    for f in sample.findings:
        if f.final_cell and f.sheet in wb.sheetnames:
            at = (f.sheet, f.final_cell)
            worst[at] = min(worst.get(at, 9), SEVERITIES.index(f.severity))
    seen = set()
    for (sheet, ref), rank in worst.items():
        c = wb[sheet][ref]
        assert c.comment is not None, (sheet, ref)
        assert data in c.comment.text  # the data workbook's file, sheet and cell
        if fill_rgb(c.fill) != SEVERITY_COLOURS["error"]:  # unreadable values stay red
            assert fill_rgb(c.fill) == SEVERITY_COLOURS[SEVERITIES[rank]], (sheet, ref)
        seen.add(SEVERITIES[rank])
    assert seen == set(SEVERITIES)
    linked = next(f for f in sample.findings if f.rule == "cross.tertaut"
                  and f.sheet == "Penutup")
    text = wb["Penutup"][linked.final_cell].comment.text
    assert "Tabel 3.1" in text and f"Penutup › {linked.cell}" in text


def test_values_in_messages_in_the_indicators_unit(sample: FillResult) -> None:
    penutup = {f.row_label: f.message for f in sample.findings
               if f.rule == "cross.tertaut" and f.sheet == "Penutup"}
    assert penutup["Nilai LPPD"] == "tertulis 90%, hasil rumus 3,4 (satuannya berbeda)"
    assert penutup["Persentase Kasus Hukum yang diselesaikan"] == (
        "tertulis 3,2, hasil rumus 83% (satuannya berbeda)")
    assert not [f.message for f in sample.findings if "340" in f.message
                or "7.220" in f.message]


def test_the_hidden_map_is_still_hidden(wb: Any) -> None:
    assert wb[ROWS_SHEET].sheet_state == "veryHidden"
