"""The tables as the report shows them: every value typed by staff or computed by its
formula, read from the recalculated final workbook.

The rules that compare tables with each other or with the staff's text look at this
view (:func:`shown`), so a subtotal left to its formula, a total the data never stated,
a target repeated by a link and a capaian count as much as a typed value, and the same
rule gives the same finding on a data workbook and on its final workbook:

* of a data workbook, each value keeps the data cell staff edit (a row or a column the
  data does not have, such as a total row fill adds, has no cell); the tables the final
  workbook does not hold (printed summaries, titles, the staff's text) are the data's;
* of a final workbook, each value has its own cell.

The view is an :class:`~lkip_xl.book.inputbook.InputData`, read cell by cell with the
same reader as a data workbook (:func:`~lkip_xl.book.inputbook.read_value`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from lkip_xl.book.finalbook import FinalBook, Record
from lkip_xl.book.inputbook import NUMERIC, InputData, Row, SheetInfo, Value, read_value
from lkip_xl.model import schema
from lkip_xl.xlsx import a1


def shown(final: FinalBook, data: InputData | None = None,
          places: Mapping[tuple[str, int], int] | None = None, file: str = "",
          others: Mapping[str, list[Row]] | None = None,
          other_sheets: Mapping[str, SheetInfo] | None = None) -> InputData:
    """The report's tables as *final* shows them.  With *data* (and *places*, where each
    data row went: ``Populated.places``) the values keep their data cells; without, the
    final workbook's (*file*), and the tables not in the template are *others* (as the
    final workbook records them: :func:`lkip_xl.book.written.read_written`)."""
    comma = data.decimal_comma if data is not None else \
        schema.choice(final.identity, "desimal") == "koma"
    back: dict[str, dict[int, Row]] = {}  # sheet -> final row -> its data row
    if data is not None:
        by_row = {sheet: {r.row: r for r in rows} for sheet, rows in data.tables.items()}
        for (sheet, row), at in (places or {}).items():
            if row in by_row.get(sheet, {}):
                back.setdefault(sheet, {})[at] = by_row[sheet][row]
    tables: dict[str, list[Row]] = {}
    sheets: dict[str, SheetInfo] = dict(data.sheets if data is not None else other_sheets or {})
    for tbl in schema.TABLES:
        records = final.tables.get(tbl.sheet)
        if records is None:
            tables[tbl.sheet] = list((data.tables if data is not None else others or {})
                                     .get(tbl.sheet, ()))
            continue
        letters = final.letters.get(tbl.sheet, {})
        rows = back.get(tbl.sheet, {})
        info = sheets.get(tbl.sheet)
        tables[tbl.sheet] = [_row(tbl, record, letters, rows.get(record.row), info, comma,
                                  file, own=data is None) for record in records]
        if info is None and records:
            sheets[tbl.sheet] = SheetInfo(file, tbl.sheet, columns={
                key: a1.column_index(letter) - 1 for key, letter in letters.items()})
    if data is not None:
        return InputData(data.identity, tables, data.files, sheets, data.identity_values,
                         data.other_sheets, data.extras)
    return InputData(dict(final.identity), tables, [file], sheets, {}, [], final.extras)


@functools.cache
def _derived(sheet: str, role: str) -> frozenset[str]:
    """The columns the final workbook computes in a row of formula *role* (a formula, or a
    value repeated from another table): elsewhere it shows what staff typed."""
    return frozenset(c.key for c in schema.table(sheet).columns
                     if role in c.formulas or (c.link is not None and role == "item"))


def _row(tbl: schema.Table, record: Record, letters: Mapping[str, str], source: Row | None,
         info: SheetInfo | None, comma: bool, file: str, own: bool) -> Row:
    """One row of the view: *own* cells (a final workbook's), or the data cells of
    *source*, the data row (none: a row fill made, such as a total)."""
    if source is not None and source.kind == record.kind:
        derived = _derived(tbl.sheet, record.role)
        if not derived:
            return source  # nothing computed: the row as staff typed it
        shown_values = [(key, record.values[key]) for key in derived if key in record.values]
    else:
        shown_values = list(record.values.items())
    values: dict[str, Value] = dict(source.values) if source is not None else {}
    for key, raw in shown_values:
        typed = values.get(key)
        if typed is not None and (typed.raw is None and raw is None or (
                typed.raw == raw and type(raw) is not bool and key not in record.percent)):
            continue  # shown as typed (most cells): the data's value, as read
        addr = ""
        if own:
            addr = f"{letters[key]}{record.row}"
        elif source is not None and info is not None and key in info.columns:
            addr = f"{a1.letter(info.columns[key] + 1)}{source.row}"
        if raw is None or raw == "":
            values[key] = Value(None, addr)
            continue
        column = tbl.column(key)
        at = addr or "?"  # read as at a cell, to know whether it shows a percentage
        value = read_value(column, column.kind in NUMERIC, raw,
                           frozenset((at,)) if key in record.percent else frozenset(), at, comma)
        values[key] = value if addr else value._replace(cell="")
    row_key = tuple(values[k].display().strip() for k in tbl.key if k in values)
    while len(row_key) > 1 and not row_key[-1]:
        row_key = row_key[:-1]
    if source is not None:
        return Row(record.kind, row_key, values, source.row, source.file)
    return Row(record.kind, row_key, values, record.row, file)

