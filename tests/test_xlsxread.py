"""The fast cell reader: calamine values plus percent formats and error values from the XML."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from synthetic import write_lkip

from lkip_xl.book.inputbook import read_input
from lkip_xl.model import paths
from lkip_xl.rules import check_data
from lkip_xl.xlsx.reader import Book, Sheet


def _normal(sheet: Sheet) -> tuple[object, ...]:
    """Rows without empty cells, numbers as numbers (calamine pads rows, reads floats)."""
    rows = []
    for r, values in sheet.rows:
        cells = {c: (int(v) if isinstance(v, float) and v.is_integer() else v)
                 for c, v in enumerate(values) if v not in ("", None)}
        if cells:
            rows.append((r, cells))
    return tuple(rows), sheet.percent


def _both_paths(path: Path) -> None:
    book = Book(path)
    try:
        for sheet in book.sheetnames:
            assert _normal(book.sheet(sheet)) == _normal(book._expat_sheet(sheet)), sheet
    finally:
        book.close()


def test_fast_and_general_readers_agree_on_the_sample() -> None:
    _both_paths(paths.sample_workbook())


def test_fast_and_general_readers_agree_on_quirks(tmp_path: Path) -> None:
    _both_paths(write_lkip(tmp_path / "q.xlsx", programs=20, kegiatan=4, quirks=True))


def test_percent_formats_error_values_and_text(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"], ws["B1"], ws["C1"], ws["D1"] = 0.8, 0.8, "#DIV/0!", "  teks  "
    ws["A1"].number_format = "0%"
    ws["B1"].number_format = '0.00" %"'  # a percent sign inside quotes is literal text
    ws["E1"] = 3
    ws["E1"].number_format = "0.00%"
    path = tmp_path / "t.xlsx"
    wb.save(path)
    sheet = Book(path).sheet("Data")
    assert _normal(sheet) == (((1, {0: 0.8, 1: 0.8, 2: "#DIV/0!", 3: "  teks  ", 4: 3}),),
                              frozenset({"A1", "E1"}))
    assert _normal(Book(path)._expat_sheet("Data")) == _normal(sheet)


def test_prefixed_sheet_xml_is_read_by_the_general_reader(tmp_path: Path) -> None:
    """Some producers write <x:sheetData><x:row><x:c ...>: read the same values."""
    source = paths.sample_workbook()
    prefixed = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(prefixed, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"<(/?)(?!\?)([A-Za-z])", rb"<\1x:\2", data)
                data = data.replace(b'xmlns="', b'xmlns:x="', 1)
            zout.writestr(info, data)
    def content(path: Path) -> dict[str, list[object]]:
        return {sheet: [(r.kind, r.key, r.values, r.row) for r in rows]
                for sheet, rows in read_input(path).tables.items()}

    assert content(prefixed) == content(source)


def test_error_value_in_input_is_kept_and_reported(tmp_path: Path) -> None:
    data = read_input(write_lkip(tmp_path / "q.xlsx", programs=12, kegiatan=2, quirks=True))
    values = [r.values["realisasi"] for r in data.tables["Realisasi Anggaran"]
              if r.values.get("realisasi") and r.values["realisasi"].text == "#DIV/0!"]
    assert values and values[0].number is None
    assert any(f.actual == "#DIV/0!" and f.rule == "value.unreadable" for f in check_data(data))


def test_an_error_value_after_a_shared_formula_is_its_own(tmp_path: Path) -> None:
    """A shared formula's cell is written <f t="shared" si="0"/>: the error value that
    follows is this cell's, not one found further on."""
    path = tmp_path / "galat.xlsx"
    wb = Workbook()
    wb.active["A1"], wb.active["A2"], wb.active["B2"] = 1, 2, 7
    wb.save(path)
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts[part] = re.sub(
        rb"<sheetData>.*</sheetData>",
        b'<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">1/0</f>'
        b'<v>#DIV/0!</v></c></row><row r="2"><c r="A2" t="e"><f t="shared" si="0"/>'
        b'<v>#VALUE!</v></c><c r="B2"><f>1+1</f><v>2</v></c></row></sheetData>',
        parts[part], flags=re.DOTALL)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with Book(path) as book:
        cells = book.cells("Sheet")
    assert cells.values[(2, 1)] == "#VALUE!" and cells.values[(2, 2)] == 2
    assert cells.formulas == {(1, 1): "=1/0", (2, 1): "=1/0", (2, 2): "=1+1"}
