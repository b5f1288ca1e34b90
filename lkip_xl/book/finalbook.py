"""The final workbook's map of its rows.

Fill expands each table's pattern rows into data rows; the pattern markers are
gone afterwards.  So that validation, export and the Excel actions can find
every row of a final workbook again, fill records in a very hidden sheet
``_lkip`` one row per table: the sheet, its first data row, and the kinds of its
rows in order, run-length encoded ("g1 i5 g1 i3 t1": a group row, five items,
a group, three items, the total; "s" for sub rows: "g1 i1 s4 i2 t1").  Each row's key is
read from the table's own key column, so a key staff corrected in the final workbook is
the key used.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkip_xl.book import extras
from lkip_xl.book.template import SEARCH_ROWS, locate_in_grid
from lkip_xl.model import outline, schema
from lkip_xl.model.errors import InputError, Location
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.reader import Book

ROWS_SHEET = "_lkip"
HEADER = ("Lembar", "Baris Pertama", "Jenis Baris")
CELL_LIMIT = 30_000  # characters per cell (Excel's limit is 32,767)
MAX_ROWS = 1_048_576  # rows of a worksheet
SLACK_ROWS = 1_000  # rows a map may give beyond its sheet's last row
_KINDS = {"group": "g", "item": "i", "sub": "s", "total": "t"}
_NAMES = {v: k for k, v in _KINDS.items()}


def encode(kinds: Iterable[str]) -> str:
    """Run-length code of a sequence of row kinds: ["group", "item", "item"] -> "g1 i2"."""
    runs: list[list[Any]] = []
    for kind in kinds:
        letter = _KINDS[kind]
        if runs and runs[-1][0] == letter:
            runs[-1][1] += 1
        else:
            runs.append([letter, 1])
    return " ".join(f"{letter}{count}" for letter, count in runs)


def decode(code: str, limit: int = MAX_ROWS) -> list[str]:
    """The row kinds of a run-length code (ValueError when it is not one, or gives more
    than *limit* rows)."""
    if not _CODE.fullmatch(code):
        raise ValueError("kode jenis baris tidak terbaca")
    runs = [(m.group(1), int(m.group(2))) for m in re.finditer(r"([gist])(\d+)", code)]
    if sum(n for _, n in runs) > limit:
        raise ValueError(f"kode jenis baris memuat lebih dari {limit} baris")
    return [_NAMES[letter] for letter, n in runs for _ in range(n)]


_CODE = re.compile(r"(?:[gist]\d{1,7}(?: [gist]\d{1,7})*)?")


def map_rows(tables: dict[str, tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
    """The map's rows: (sheet, first row, code chunk, code chunk...) per table."""
    out = []
    for sheet, (first, kinds) in tables.items():
        code = encode(kinds)
        chunks = [code[i:i + CELL_LIMIT] for i in range(0, len(code), CELL_LIMIT)] or [""]
        out.append((sheet, first, *chunks))
    return out


def write_map(wb: Any, tables: dict[str, tuple[int, list[str]]]) -> None:
    """Record the row map in the hidden ``_lkip`` sheet of *wb* (replacing an older map)."""
    if ROWS_SHEET in wb.sheetnames:
        del wb[ROWS_SHEET]
    ws = wb.create_sheet(ROWS_SHEET)
    ws.sheet_state = "veryHidden"
    ws.append(HEADER)
    for row in map_rows(tables):
        ws.append(row)


# --------------------------------------------------------------------------
# Reading a final workbook's values (the computed ones, as cached by the engine)


@dataclass
class Record:
    """One row of a table of a final workbook."""

    kind: str
    key: str
    row: int
    values: dict[str, Any]
    percent: frozenset[str]  # column keys whose cell shows a percentage
    heads: bool = False  # it heads rows below it (a program, a kegiatan with sub kegiatan)
    # column keys whose number is shown after a text ("≥ " of a target "≥ 75")
    prefix: Mapping[str, str] = field(default_factory=dict)

    @property
    def role(self) -> str:
        """Its formula role (:func:`lkip_xl.model.schema.role`): a subtotal is a group's."""
        return schema.role(self.kind, self.heads)

    def text(self, column: str) -> str:
        value = self.values.get(column)
        return "" if value is None else str(value).strip()


@dataclass
class FinalBook:
    identity: dict[str, Any]
    tables: dict[str, list[Record]]  # the rows read, in order
    kinds: dict[str, list[str]] = field(default_factory=dict)  # every row's kind, by table
    letters: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> key -> letter
    extras: list[extras.Extra] = field(default_factory=list)  # the report's own tables

    def count(self, sheet: str, kind: str) -> int:
        """How many rows of *kind* the table has (also those not read)."""
        return self.kinds.get(sheet, []).count(kind)

    def names(self) -> dict[str, str]:
        """What each table the report has is called ("Tabel 2.5", or "Tabel 7" numbered in
        sequence): a table without rows is one the unit does not report."""
        present = {sheet for sheet, kinds in self.kinds.items() if kinds}
        return outline.numbers(present, schema.choice(self.identity, "penomoran"),
                               extras.by_section(self.extras))

    @property
    def year(self) -> int:
        return int(self.identity.get("tahun") or 0)

    @property
    def years(self) -> schema.Years:
        return schema.Years.of({**self.identity, "tahun": self.year})


def read_final(source: str | Path | bytes | Book, sheets: Iterable[str] | None = None,
               kinds: Mapping[str, Collection[str]] | None = None) -> FinalBook:
    """The identity and the tables' rows of a final workbook, with computed values
    (every table, or those named in *sheets*; of the tables in *kinds*, only the rows of
    the kinds given there).  A :class:`Book` given stays open."""
    wanted = None if sheets is None else set(sheets)
    book = source if isinstance(source, Book) else Book(source)
    try:
        names = set(book.sheetnames)
        book.prefetch([schema.SETTINGS_SHEET, ROWS_SHEET,
                       *(t.sheet for t in schema.TABLES if wanted is None or t.sheet in wanted)])
        settings = book.sheet(schema.SETTINGS_SHEET) if schema.SETTINGS_SHEET in names else None
        identity = _identity(settings.rows if settings else [])
        maps = book.sheet(ROWS_SHEET).rows if ROWS_SHEET in names else []
        tables: dict[str, list[Record]] = {}
        all_kinds: dict[str, list[str]] = {}
        letters: dict[str, dict[str, str]] = {}
        known = {t.sheet for t in schema.TABLES if t.in_template}
        for r, line in maps[1:]:
            if len(line) < 2 or not isinstance(line[0], str) or line[0] not in names \
                    or line[0] not in known:
                continue
            sheet = line[0]
            read = wanted is None or sheet in wanted
            values = book.sheet(sheet) if read else None
            try:
                first = _first_row(line[1])
                # rows beyond the sheet's last are blank: a few are tolerated (rows deleted);
                # of a table not read, only which rows it has (its numbering) is wanted
                last = values.rows[-1][0] if values and values.rows else MAX_ROWS
                limit = min(MAX_ROWS - first + 1, max(last - first + 1, 0) + SLACK_ROWS)
                all_kinds[sheet] = decode("".join(str(v) for v in line[2:]
                                                  if v not in (None, "")), limit)
            except ValueError as exc:
                raise InputError(
                    f"buku kerja akhir rusak atau diubah: peta baris tabel '{sheet}' di lembar "
                    f"tersembunyi {ROWS_SHEET} tidak sah ({exc}); jalankan lkip-xl fill lagi "
                    "untuk membuat buku kerja akhir yang baru",
                    Location(file=book.path, sheet=ROWS_SHEET, row=r)) from exc
            if values is None:
                continue
            tbl = schema.table(sheet)
            top = {r: row for r, row in values.rows if r <= min(first, SEARCH_ROWS)}
            head = [top.get(r, []) for r in range(1, min(first, SEARCH_ROWS) + 1)]
            letters[sheet] = locate_in_grid(head, tbl, sheet, require_patterns=False).letters
            tables[sheet] = _records(values, letters[sheet], tbl, first, all_kinds[sheet],
                                     (kinds or {}).get(sheet))
        own = [extras.parse(name, book.sheet(name).rows, str(book.path or ""))
               for name in book.sheetnames if extras.is_extra(name)]
        return FinalBook(identity, tables, all_kinds, letters, own)
    finally:
        if book is not source:
            book.close()


def _first_row(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not float(value).is_integer() or not 1 <= value <= MAX_ROWS:
        raise ValueError(f"baris pertama {value!r} bukan nomor baris")
    return int(value)


def _identity(rows: list[tuple[int, list[Any]]]) -> dict[str, Any]:
    labels = {f.label.lower(): f.key for f in schema.IDENTITY}
    out: dict[str, Any] = {}
    for _, line in rows:
        if line and isinstance(line[0], str) and line[0].strip().lower() in labels:
            value = line[1] if len(line) > 1 else None
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out[labels[line[0].strip().lower()]] = None if value == "" else value
    return out


def _records(sheet: Any, letters: dict[str, str], tbl: schema.Table, first: int,
             kinds: list[str], wanted: Collection[str] | None = None) -> list[Record]:
    grid = {r: row for r, row in sheet.rows}
    columns = {key: a1.column_index(letter) - 1 for key, letter in letters.items()}
    key_column = tbl.key[-1]
    percent_cells = sheet.percent
    prefixed = sheet.prefixes
    specs = [(key, c, letters[key]) for key, c in columns.items()]
    heads = schema.heading(kinds)
    out = []
    for i, kind in enumerate(kinds):
        if wanted is not None and kind not in wanted:
            continue
        r = first + i
        number = str(r)
        line = grid.get(r, ())
        n = len(line)
        values = {}
        percent = []
        for key, c, letter in specs:
            value = line[c] if c < n else None
            if value == "":
                value = None
            elif type(value) is float:
                if value.is_integer() and abs(value) < 2**53:
                    value = int(value)
                if letter + number in percent_cells:
                    percent.append(key)
            elif type(value) is int and letter + number in percent_cells:
                percent.append(key)
            values[key] = value
        prefix = {key: prefixed[letter + number] for key, _, letter in specs
                  if letter + number in prefixed} if prefixed else {}
        row_key = values.get(key_column)
        out.append(Record(kind, "" if row_key is None else str(row_key), r, values,
                          frozenset(percent), heads[i], prefix))
    return out
