"""What staff wrote that the final workbook does not show, kept in it for validation.

Fill writes every derived cell as a formula, so a subtotal, a percentage or a repeated
target staff typed in the data workbook is not in the final workbook's tables; nor are
the tables the template has no sheet for (the printed summary of capaian, titles, the
staff's own paragraphs).  Fill records them in the very hidden sheet ``_tertulis``, one
cell a line, so that ``lkip-xl validate`` of the final workbook compares them again and
reports what validation of the data workbook reports (:func:`read_written`):

* a **stated** value: its final cell, the column, what kind of value it is (``group``,
  ``total``, ``item``, ``link``), the data file and cell, the row's label, whether the
  final cell shows a percentage, and the value as typed;
* a cell of a table **not in the template**: its sheet, column, row kind and data
  file and cell, and the value as typed (the text as read, at most a cell's length).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from lkip_xl.book.inputbook import InputData, Row, SheetInfo, Value
from lkip_xl.model import schema
from lkip_xl.xlsx import a1, sheetxml
from lkip_xl.xlsx.reader import Book

WRITTEN_SHEET = "_tertulis"
HEADER = ("Lembar", "Sel Akhir", "Kolom", "Jenis", "Berkas", "Sel Data", "Label", "Persen",
          "Nilai", "Angka", "Satuan")
_ROW = "baris:"  # the kind of a line of a table not in the template: "baris:item"


class Stated(NamedTuple):
    """A value the input states for a cell that the final workbook computes."""

    sheet: str
    cell: str  # in the final workbook
    label: str
    column: schema.Column
    value: Value  # as read: its cell is the data cell
    kind: str  # "group", "total" or "item": the row's; "link" for a value repeated
    file: str  # the data workbook
    percent: bool = False  # the final cell shows a percentage (its value is a fraction)


def not_in_template() -> list[schema.Table]:
    return [t for t in schema.TABLES if not t.in_template]


def lines(stated: Iterable[Stated], data: InputData) -> list[tuple[Any, ...]]:
    """The lines of ``_tertulis`` for what *data* states and the tables fill does not show."""
    out: list[tuple[Any, ...]] = [HEADER]
    for s in stated:
        out.append((s.sheet, s.cell, s.column.key, s.kind, s.file, s.value.cell, s.label,
                    int(s.percent), *_typed(s.value)))
    for tbl in not_in_template():
        for row in data.tables.get(tbl.sheet, ()):
            for key, value in row.values.items():
                if not value.blank and value.cell:
                    out.append((tbl.sheet, "", key, _ROW + row.kind, row.file, value.cell, "",
                                0, *_typed(value)))
    return out


def add_sheet(wb: Any) -> None:
    """The very hidden, empty sheet of *wb* (an openpyxl workbook) that :func:`rows` fill."""
    if WRITTEN_SHEET in wb.sheetnames:
        del wb[WRITTEN_SHEET]
    wb.create_sheet(WRITTEN_SHEET).sheet_state = "veryHidden"


def rows(stated: Iterable[Stated], data: InputData) -> dict[int, str]:
    """The sheet XML of the lines, by row number (spliced in with the tables' rows)."""
    out = {}
    for r, line in enumerate(lines(stated, data), start=1):
        cells = []
        for c, value in enumerate(line, start=1):
            ref = f"{a1.letter(c)}{r}"
            if isinstance(value, str) and value:
                cells.append(sheetxml.text_cell(ref, 0, value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(sheetxml.number_cell(ref, 0, value))
        out[r] = sheetxml.row(r, cells)
    return out


def _typed(value: Value) -> tuple[Any, Any, str]:
    """A value as read: as typed (its text cut to a cell's length), its number, its unit."""
    return (value.text if value.text is not None else value.raw, value.number,
            value.unit or "")


def _value(typed: Any, number: Any, unit: Any, cell: str) -> Value:
    """A value as read again from its line (numbers come back as floats)."""
    def whole(x: Any) -> Any:
        return int(x) if isinstance(x, float) and x.is_integer() and abs(x) < 2**53 else x
    if not isinstance(number, (int, float)) or isinstance(number, bool):
        number = None
    return Value(whole(typed), cell, whole(number), typed if isinstance(typed, str) else None,
                 unit or None)


def read_written(book: Book, file: str
                 ) -> tuple[list[Stated], dict[str, list[Row]], dict[str, SheetInfo]]:
    """What a final workbook records of its data: the stated values (each at its final
    cell, of *file*), and the rows and sheet information of the tables not in the template
    (at their data cells).  Nothing when the workbook has no record."""
    if WRITTEN_SHEET not in book.sheetnames:
        return [], {}, {}
    stated: list[Stated] = []
    rows: dict[tuple[str, str, int], Row] = {}
    sheets: dict[str, SheetInfo] = {}
    for _, line in book.sheet(WRITTEN_SHEET).rows[1:]:
        line = [*line, *[None] * (len(HEADER) - len(line))]
        sheet, final, key, kind, data_file, cell, label, percent, typed, number, unit = \
            line[:len(HEADER)]
        tbl = schema.TABLES_BY_SHEET.get(str(sheet))
        if tbl is None or str(key) not in tbl.keys or not isinstance(cell, str) \
                or a1.row_of(cell) is None:
            continue  # a line edited beyond recognition is left out
        column = tbl.column(str(key))
        value = _value(typed, number, unit, str(final or cell))
        if final and not str(kind).startswith(_ROW):
            stated.append(Stated(tbl.sheet, str(final), str(label or ""), column, value,
                                 str(kind), file, bool(percent)))
        elif str(kind).startswith(_ROW) and not tbl.in_template:
            number = a1.row_of(cell) or 0
            row = rows.setdefault((tbl.sheet, str(data_file), number), Row(
                str(kind)[len(_ROW):], (), {}, number, str(data_file)))
            row.values[column.key] = value
            sheets.setdefault(tbl.sheet, SheetInfo(str(data_file), tbl.sheet))
    tables: dict[str, list[Row]] = {}
    for (sheet, _, _), row in rows.items():
        tbl = schema.table(sheet)
        row.key = tuple(row.values[k].display().strip() if k in row.values else ""
                        for k in tbl.key)
        while len(row.key) > 1 and not row.key[-1]:
            row.key = row.key[:-1]
        tables.setdefault(sheet, []).append(row)
    return stated, tables, sheets
