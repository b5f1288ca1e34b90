"""The staff's data workbooks: reading them, and writing one from records.

Format (documented for staff in ``docs/format-data.md``): an ``Identitas``
sheet with one row per identity field, and one sheet per table of
:data:`lkip_xl.model.schema.TABLES`, named like the table, with a plain header row
(the column headers of the schema) and one record per row.  The data may be
spread over several workbooks; every sheet must be found exactly once.

Reading never guesses a number: a text value is a number only when
:func:`lkip_xl.model.numbers.parse_number` finds exactly one reading.  A value that
cannot be read is kept as its text, with its problem noted (:func:`value_problem`); the
rules of :mod:`lkip_xl.rules.input` report it, and what else the sheets hold (merged
cells, formulas without a value: :class:`SheetInfo`).  Reading reports nothing itself;
structural problems (a missing file, sheet, column or identity field) raise
:class:`~lkip_xl.model.errors.InputError`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.table import TableStyleInfo

from lkip_xl.book import extras
from lkip_xl.model import schema
from lkip_xl.model.capaian import SAKIP_SCALE
from lkip_xl.model.errors import InputError, Location
from lkip_xl.model.numbers import AMBIGUOUS, Parsed, parse_number, split_bound
from lkip_xl.xlsx import a1, reader
from lkip_xl.xlsx.files import write_atomically
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT
from lkip_xl.xlsx.styles import header_row, put

# Text that means "no value" in an indicator column: reported as info, not as an error.
NO_VALUE_MARKERS = {"-", "n/a", "na", "n.a", "n.a.", "tidak ada", "tidak ada data"}
HEADER_SEARCH_ROWS = 10


class Value(NamedTuple):
    """One input cell: what was stored, and how it reads."""

    raw: Any  # the cell value as stored (number or text); None for a blank cell
    cell: str  # A1 address
    number: int | float | None = None
    text: str | None = None  # the text when the cell holds text
    unit: str | None = None  # "persen" when written as a percentage, "rupiah" with Rp
    problem: str | None = None  # known when read: why it cannot be a number (out of range,
    # a formula without a value); other problems are found by value_problem()

    @property
    def blank(self) -> bool:
        return self.raw is None  # the reader stores whitespace-only text as None

    def display(self) -> str:
        if self.text is not None:
            return self.text
        return "" if self.number is None else str(self.number)


@dataclass
class Row:
    kind: str  # "item", "group" or "total"
    key: tuple[str, ...]
    values: dict[str, Value]
    row: int  # row number in the input sheet
    file: str = ""

    def text(self, column: str) -> str:
        v = self.values.get(column)
        return "" if v is None else v.display()

    def number(self, column: str) -> int | float | None:
        v = self.values.get(column)
        return None if v is None else v.number

    @property
    def label(self) -> str:
        """How findings name this row: its name or description, else its key."""
        return _row_label(self.values, self.key)


@dataclass(frozen=True)
class SheetInfo:
    """Where a table (or the identity) was read: its file and sheet, its header row and
    the column of each key, and what the sheet holds besides values (for the rules)."""

    file: str
    title: str  # the sheet's name in the file
    header_row: int = 1
    columns: dict[str, int] = field(default_factory=dict)  # column key -> 0-based index
    merged: tuple[str, ...] = ()  # merged ranges
    uncached: dict[str, str] = field(default_factory=dict)  # formula cells without a value
    cut: dict[str, tuple[str, int]] = field(default_factory=dict)  # texts cut: cell -> (column
    # key, length before)
    other_years: dict[str, str] = field(default_factory=dict)  # header cell -> its text: a year
    # column of the table for a year the report's years do not have ("Target 2027")


@dataclass
class InputData:
    identity: dict[str, Any]
    tables: dict[str, list[Row]]
    files: list[str]
    sheets: dict[str, SheetInfo] = field(default_factory=dict)  # by schema sheet name: the
    # tables given (a table left out has no SheetInfo, and no rows)
    identity_values: dict[str, Value] = field(default_factory=dict)  # as read, with cells
    other_sheets: list[tuple[str, str]] = field(default_factory=list)  # (file, sheet) unknown
    extras: list[extras.Extra] = field(default_factory=list)  # the report's own tables

    @property
    def decimal_comma(self) -> bool:
        """Whether the report writes numbers the Indonesian way throughout (3,157 is three
        point one five seven): Tanda Desimal in the identity."""
        return schema.choice(self.identity, "desimal") == "koma"

    @property
    def year(self) -> int:
        return int(self.identity["tahun"])

    @property
    def years(self) -> schema.Years:
        """The years the year columns count from (the report's, the Renstra's first)."""
        return schema.Years.of(self.identity)


# --------------------------------------------------------------------------
# Reading


def read_input(path: str | Path) -> InputData:
    """Read one data workbook."""
    return read_inputs([path])


def read_inputs(sources: Sequence[str | Path | reader.Book]) -> InputData:
    """Read the data workbooks *sources* as one report (files, or books already open:
    those stay open)."""
    books: dict[Path, reader.Book] = {}
    opened: list[reader.Book] = []
    try:
        for source in sources:
            if isinstance(source, reader.Book):
                assert source.path is not None
                books[source.path] = source
                continue
            path = Path(source)
            if not path.is_file():
                raise InputError("berkas tidak ditemukan", Location(file=path))
            books[path] = reader.Book(path, uncached=True)  # InputError when unreadable
            opened.append(books[path])
        found, others = _locate_sheets(books)
        for path, book in books.items():  # parsed in a thread while earlier ones are read
            book.prefetch(name for sheet, (p, name) in found.items() if p == path)
        path, sheet = _load(books, *found[schema.IDENTITY_SHEET])
        identity, values = _read_identity(path, sheet)
        if not identity.get("renstra_awal") and "Tabel 2.2" in found:
            identity["renstra_awal"] = infer_renstra(_load(books, *found["Tabel 2.2"])[1]) or ""
        data = InputData(identity=identity, tables={}, files=[str(p) for p in books],
                         identity_values=values, other_sheets=others)
        data.sheets[schema.IDENTITY_SHEET] = SheetInfo(str(path), sheet.title)
        for tbl in schema.TABLES:
            if tbl.sheet not in found:  # left out
                data.tables[tbl.sheet] = []
                continue
            path, sheet = _load(books, *found[tbl.sheet])
            data.tables[tbl.sheet], data.sheets[tbl.sheet] = _read_table(
                tbl, path, sheet, data.years, data.decimal_comma)
        for file, name in others:
            if extras.is_extra(name):
                path, sheet = _load(books, Path(file), name)
                data.extras.append(extras.parse(name, sheet.rows, file))
        return data
    finally:
        for book in opened:
            book.close()


@dataclass(frozen=True)
class _Sheet:
    """One input sheet's values: (row number, values from column A) per row."""

    title: str
    rows: list[tuple[int, list[Any]]]
    percent: frozenset[str]  # references of percent-formatted numeric cells
    merged: tuple[str, ...] = ()  # merged ranges
    uncached: dict[str, str] = field(default_factory=dict)  # formulas without a stored value


def _locate_sheets(books: Mapping[Path, reader.Book]
                   ) -> tuple[dict[str, tuple[Path, str]], list[tuple[str, str]]]:
    """The file and the sheet name of the identity and of each table given (a unit leaves
    out the tables it does not report), and the other sheets (file, name)."""
    wanted = [schema.IDENTITY_SHEET, *(t.sheet for t in schema.TABLES)]
    found: dict[str, tuple[Path, str]] = {}
    others: list[tuple[str, str]] = []
    for path, book in books.items():
        by_name = {name.strip().lower(): name for name in book.sheetnames}
        for sheet in wanted:
            name = by_name.get(sheet.lower())
            if name is None:
                continue
            if sheet in found:
                raise InputError(
                    f"lembar '{sheet}' ada di dua berkas ({found[sheet][0].name} dan "
                    f"{path.name}); setiap tabel hanya boleh diisi di satu berkas",
                    Location(file=path, sheet=name),
                )
            found[sheet] = (path, name)
        known = {s.lower() for s in wanted}
        others += [(str(path), name) for name in book.sheetnames
                   if name.strip().lower() not in known]
    if schema.IDENTITY_SHEET not in found:
        names = ", ".join(p.name for p in books)
        raise InputError(f"lembar '{schema.IDENTITY_SHEET}' tidak ditemukan di {names}; buku "
                         "kerja data perlu lembar Identitas (lkip-xl init membuatnya)")
    return found, others


def _load(books: Mapping[Path, reader.Book], path: Path, name: str) -> tuple[Path, _Sheet]:
    data = books[path].sheet(name)  # InputError when unreadable
    return path, _Sheet(name, data.rows, data.percent, data.merged, data.uncached)


def _norm(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().lower() if text is not None else ""


def _read_identity(path: Path, ws: _Sheet) -> tuple[dict[str, Any], dict[str, Value]]:
    """The identity fields, and each as read (its cell, its text before it was cut)."""
    by_label: dict[str, schema.Field] = {}
    for f in schema.IDENTITY:
        by_label[_norm(f.label)] = f
        by_label[_norm(f.key)] = f
    identity: dict[str, Any] = {}
    values: dict[str, Value] = {}
    for r, row in ws.rows:
        if not row or row[0] in (None, ""):
            continue
        found = by_label.get(_norm(row[0]))
        if found is None:
            continue
        f = found
        raw = value = row[1] if len(row) > 1 and row[1] != "" else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            value = value.strip()[:TEXT_LIMIT]
        if f.kind == "tahun" and value not in (None, ""):
            value = _year(f, value, Location(file=path, sheet=ws.title, cell=f"B{r}"))
        identity[f.key] = value
        values[f.key] = Value(raw, f"B{r}", None, None if value is None else str(value))
    missing = [f.label for f in schema.IDENTITY if f.required and identity.get(f.key) in (None, "")]
    if missing:
        raise InputError(
            "data identitas belum diisi: " + ", ".join(missing),
            Location(file=path, sheet=ws.title),
        )
    for f in schema.IDENTITY:
        if identity.get(f.key) is None:
            identity[f.key] = ""
    return identity, values


def _year(f: schema.Field, value: Any, where: Location) -> int:
    """A year of the identity, refused unless it is a plausible one."""
    parsed = parse_number(str(value))
    if not parsed.ok or not float(parsed.value or 0).is_integer():
        raise InputError(f"'{f.label}' harus berupa tahun (misalnya 2020), tertulis {value!r}",
                         where)
    year = int(parsed.value or 0)
    check_year(year, f"'{f.label}'", where)
    return year


def check_year(year: int, what: str, where: Location | None = None) -> None:
    """Refuse a year outside :data:`lkip_xl.model.schema.YEARS` (a typo such as 0 or 20200)."""
    first, last = schema.YEARS
    if not first <= year <= last:
        raise InputError(f"{what} harus tahun antara {first} dan {last}, tertulis {year}", where)


def _find_header(
    tbl: schema.Table, path: Path, ws: _Sheet, year: schema.Years
) -> tuple[int, dict[str, int]]:
    """Row number of the header row and the column index (0-based) of each column key.

    A year column is found by the year its header names ("Target 2021"): the column whose
    year that is, counted from the report's years (a workbook made before the Renstra years
    were filled in still reads).
    """
    expected = {_norm(c.header_for(year)): c for c in tbl.input_columns
                if c.year_offset is None}
    by_year = _year_headers(tbl, year)
    best: tuple[int, dict[str, int]] | None = None
    for r, cells in ws.rows:
        if r > HEADER_SEARCH_ROWS:
            break
        positions = {}
        for i, value in enumerate(cells):
            if value in (None, ""):
                continue
            text = _norm(value)
            col = expected.get(text) or _year_column(by_year, text)
            if col is not None and col.key not in positions:
                positions[col.key] = i
        if positions and (best is None or len(positions) > len(best[1])):
            best = (r, positions)
    if best is None:
        raise InputError(
            "baris judul kolom tidak ditemukan; baris pertama harus berisi judul kolom "
            "seperti " + ", ".join(repr(c.header_for(year)) for c in tbl.input_columns[:3]),
            Location(file=path, sheet=ws.title),
        )
    missing = [c.header_for(year) for c in tbl.input_columns
               if c.required and c.key not in best[1]]
    if missing:
        raise InputError(
            "kolom wajib tidak ada: " + ", ".join(repr(m) for m in missing),
            Location(file=path, sheet=ws.title, row=best[0]),
        )
    return best


_YEAR_HEADER = re.compile(r"(.*?)\s*((?:19|20|21)\d\d)")


def _year_headers(tbl: schema.Table, years: schema.Years
                  ) -> dict[tuple[str, int], schema.Column]:
    """The year columns of *tbl* by (header words, year): ("target", 2021) -> target_4."""
    out = {}
    for c in tbl.input_columns:
        year = c.year(years)
        if year is not None:
            out[(_norm(c.header.split("{tahun}")[0]), year)] = c
    return out


def _year_column(by_year: Mapping[tuple[str, int], schema.Column],
                 text: str) -> schema.Column | None:
    m = _YEAR_HEADER.fullmatch(text) if by_year else None
    return by_year.get((m.group(1), int(m.group(2)))) if m else None


def infer_renstra(ws: _Sheet) -> int | None:
    """The first year of the Renstra from the year headers of Tabel 2.2 (its first column
    is the year before the Renstra), when the identity does not give it."""
    first = schema.table("Tabel 2.2").column("target_0")
    prefix = _norm(first.header.split("{tahun}")[0])
    for r, cells in ws.rows:
        if r > HEADER_SEARCH_ROWS:
            break
        found = [int(m.group(2)) for v in cells if isinstance(v, str)
                 and (m := _YEAR_HEADER.fullmatch(_norm(v))) and m.group(1) == prefix]
        if found:
            return min(found) - (first.year_offset or 0)
    return None


def _read_table(tbl: schema.Table, path: Path, ws: _Sheet, year: schema.Years,
                comma: bool = False) -> tuple[list[Row], SheetInfo]:
    header_row, positions = _find_header(tbl, path, ws, year)
    rows: list[Row] = []
    file = str(path)
    percent = ws.percent
    specs = [(key, i, a1.letter(i + 1), tbl.column(key),
              tbl.column(key).kind in NUMERIC) for key, i in positions.items()]
    key_columns = [k for k in tbl.key if k in positions]
    uncached_rows = {a1.row_of(ref) for ref in ws.uncached}
    cut: dict[str, tuple[str, int]] = {}
    for r, cells in ws.rows:
        if r <= header_row:
            continue
        n = len(cells)
        number = str(r)
        values: dict[str, Value] = {}
        empty = True
        for key, i, letter, column, numeric in specs:
            raw = cells[i] if i < n else None
            if raw is None or raw == "":
                values[key] = _value(Value, (None, letter + number, None, None, None, None))
                continue
            if not numeric and type(raw) is str:  # the common case, without a call
                text = raw.strip()
                if len(text) > TEXT_LIMIT:  # cut to what a cell holds; raw keeps it whole
                    cut[letter + number] = (key, len(text))
                    text = text[:TEXT_LIMIT]
                values[key] = _value(Value, (raw, letter + number, None, text, None, None)) \
                    if text else _value(Value, (None, letter + number, None, None, None, None))
                empty = empty and not text
                continue
            value = values[key] = read_value(column, numeric, raw, percent, letter + number,
                                              comma)
            if value.raw is not None:
                empty = False
        if uncached_rows and r in uncached_rows:
            for key, _, letter, column, numeric in specs:
                formula = ws.uncached.get(letter + number)
                if formula is not None:
                    values[key] = _uncached(column, numeric, letter + number, formula)
                    empty = False
        if empty:
            continue  # an empty row (no value, or only spaces)
        kind = "item"
        if "jenis" in values and not values["jenis"].blank:
            kind = (tbl.rows.kind_of(values["jenis"].display()) if tbl.rows else None) \
                or "item"
        row_key = tuple(values[k].display().strip() for k in key_columns)
        while len(row_key) > 1 and not row_key[-1]:  # an optional part left blank
            row_key = row_key[:-1]
        rows.append(Row(kind=kind, key=row_key, values=values, row=r, file=file))
    return rows, SheetInfo(file, ws.title, header_row, dict(positions), ws.merged,
                           dict(ws.uncached), cut, _other_years(tbl, ws, header_row, year))


def _other_years(tbl: schema.Table, ws: _Sheet, header_row: int,
                 years: schema.Years) -> dict[str, str]:
    """Header cells naming a year column of *tbl* ("Target 2027") for a year it does not
    have under the report's years: not read, and worth saying so."""
    known = _year_headers(tbl, years)
    prefixes = {words for words, _ in known}
    header = next((cells for r, cells in ws.rows if r == header_row), [])
    out = {}
    for i, value in enumerate(header):
        m = _YEAR_HEADER.fullmatch(_norm(value)) if isinstance(value, str) else None
        if m and m.group(1) in prefixes and (m.group(1), int(m.group(2))) not in known:
            out[a1.ref(header_row, i + 1)] = str(value).strip()
    return out


def _uncached(column: schema.Column, numeric: bool, ref: str, formula: str) -> Value:
    """A formula cell the workbook holds without its value (saved by a program that does
    not calculate): its value is unknown.  A text column keeps the formula's literal text
    (``=HYPERLINK(url, "Nama")`` gives "Nama"), or the formula itself: nothing disappears."""
    shown = uncached_text(formula)
    if numeric:
        return Value(shown, ref, None, shown, None,
                     f"rumus tanpa nilai tersimpan ({shown}): nilainya tidak diketahui")
    text = formula_literal(formula) or shown
    return Value(text, ref, None, text)


def uncached_text(formula: str) -> str:
    """How a formula without a stored value is shown: =1/0, or (rumus bersama)."""
    return f"={formula}" if formula else "(rumus bersama)"


_LITERAL = re.compile(r'^\s*"((?:[^"]|"")*)"\s*$')
_HYPERLINK = re.compile(r'^\s*HYPERLINK\(.*,\s*"((?:[^"]|"")*)"\s*\)\s*$',
                        re.IGNORECASE | re.DOTALL)


def formula_literal(formula: str) -> str | None:
    """The text a formula shows when it is a text literal or a HYPERLINK with a name."""
    m = _LITERAL.match(formula) or _HYPERLINK.match(formula)
    return m.group(1).replace('""', '"') if m else None


def short(text: str, limit: int = 60) -> str:
    """*text* cut to *limit* characters with an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _letter(positions: dict[str, int], key: str) -> str:
    """The column letter of *key* in the sheet (A when the column is absent)."""
    return a1.letter(positions[key] + 1) if key in positions else "A"


NUMERIC = frozenset(schema.NUMERIC_KINDS)
# Values of blank and text cells are made directly from their fields (all six, in order):
# the reader makes one per cell, and this is twice as fast as calling Value.
_value = tuple.__new__
assert Value._fields == ("raw", "cell", "number", "text", "unit", "problem")


LABEL_COLUMNS = ("uraian", "program", "kegiatan", "indikator")
LABEL_LIMIT = 100  # longer texts are paragraphs, not names


def _row_label(values: dict[str, Value], key: tuple[str, ...]) -> str:
    """How findings name a row: its name or description, else its key."""
    for k in LABEL_COLUMNS:
        if k in values:
            text = values[k].display()
            if text and len(text) <= LABEL_LIMIT:
                return text
    return " ".join(key)


def read_value(column: schema.Column, numeric: bool, raw: Any, percent: frozenset[str],
               addr: str, comma: bool = False) -> Value:
    """One cell of a numeric or text column as staff wrote it (or a final workbook shows it):
    its number when it has exactly one reading, else its text."""
    kind = type(raw)
    if kind is str and not raw.strip():
        return Value(None, addr)
    if not numeric:  # a number or a truth value in a text column (_read_table reads text)
        if kind is float and raw.is_integer():
            raw = int(raw)
        return Value(raw, addr, None, str(raw))
    if kind is float or kind is int:
        if not -NUMBER_LIMIT < raw < NUMBER_LIMIT:  # also inf and NaN
            return Value(raw, addr, None, str(raw), None, f"nilai '{raw}': {_OUT_OF_RANGE}")
        if addr in percent:
            return Value(raw, addr, _clean(raw * 100), None, "persen")
        return Value(raw, addr, int(raw) if kind is float and raw.is_integer() else raw)
    if kind is bool:
        return Value(raw, addr, None, str(raw))
    text = str(raw).strip()
    parsed = _parse(column, text, comma)
    if parsed.ok and parsed.value is not None and not abs(parsed.value) < NUMBER_LIMIT:
        return Value(raw, addr, None, text, None, f"nilai '{short(text)}': {_OUT_OF_RANGE}")
    if parsed.ok:
        return Value(raw, addr, parsed.value, text, parsed.unit)
    # a target with its bound, "≥ 75", "min. 80%": the number is the target (shown with its
    # sign in the final workbook and the PDF)
    bounded = split_bound(text) if column.kind == "nilai" else None
    if bounded is not None:
        within = _parse(column, bounded[1], comma)
        if within.ok and within.value is not None and abs(within.value) < NUMBER_LIMIT:
            return Value(raw, addr, within.value, text, within.unit)
    # a grade or level with its score, "Nilai A (81,59)", "Level 3 (3,16)": the score counts
    compound = _COMPOUND.fullmatch(text) if column.kind == "nilai" else None
    if compound:
        score = _parse(column, compound.group(2), comma)
        if score.ok and score.value is not None and abs(score.value) < NUMBER_LIMIT:
            return Value(raw, addr, score.value, text, score.unit)
    return Value(raw, addr, None, text)


_COMPOUND = re.compile(r"(\S.*?)\s*\(\s*([^()]*\d[^()]*?)\s*\)")


# Larger numbers are beyond any LKIP (and beyond Excel's 15 significant digits).
NUMBER_LIMIT = 10**15
_OUT_OF_RANGE = ("angka di luar batas yang masuk akal (1.000 triliun atau lebih); periksa "
                 "apakah ada digit berlebih")


def _clean(x: int | float) -> int | float:
    """Drop float noise from a percentage scaled by 100 (0.9328*100)."""
    if isinstance(x, float):
        x = round(x, 10)
        if x.is_integer():
            return int(x)
    return x


def _parse(column: schema.Column, text: str, comma: bool = False) -> Parsed:
    return parse_number(
        text,
        integer_unit=column.kind in ("rupiah", "orang", "tahun"),
        unit_words=("orang",) if column.kind == "orang" else (),
        decimal_comma=comma,
    )


class Problem(NamedTuple):
    """Why a numeric column cannot use a value as a number."""

    kind: str  # "no_number" (a marker for "no value") or "unreadable"
    severity: str
    message: str


def value_problem(column: schema.Column, v: Value) -> Problem | None:
    """What is wrong with a value of a numeric column that was not read as a number, or
    None (a category such as "BB" in an indicator column is a value, not a problem).

    The reader notes the message on the value (a comment in the final workbook); the
    rules report it (:mod:`lkip_xl.rules.input`).
    """
    if column.kind not in schema.NUMERIC_KINDS or v.blank or v.number is not None:
        return None
    if v.problem:  # known when it was read: out of range, a formula without a value
        return Problem("unreadable", "error", v.problem)
    text = v.text or ""
    if column.kind == "nilai" and _is_category(text):
        return None
    if text.strip().lower() in NO_VALUE_MARKERS:
        return Problem("no_number", "info" if column.kind == "nilai" else "warning",
                       f"'{text}' bukan angka; sel ini dianggap belum berisi nilai")
    compound = _COMPOUND.fullmatch(text.strip()) if column.kind == "nilai" else None
    score = compound.group(2) if compound else text
    problem = _parse(column, score).problem or "bukan angka"
    if compound:
        problem = f"nilai dalam kurung '{score}' {problem}"
    if problem.endswith(AMBIGUOUS) and "," in score:
        problem += (" (ketik angkanya di Excel, atau isi Tanda Desimal 'koma' di lembar "
                    "Identitas bila laporan menulis 3,157 untuk tiga koma satu lima tujuh)")
    return Problem("unreadable", "error",
                   f"nilai '{short(text)}' tidak dapat dibaca sebagai angka: {problem}")


def _is_category(text: str) -> bool:
    """A grade, an opinion or a level, the value of an indicator measured so: "BB", "Nilai
    A", "Predikat B", "WTP", "Opini WTP", "Level 3" (no score given: nothing to compute)."""
    return bool(_CATEGORY.fullmatch(" ".join(text.split())))


_GRADES = "|".join(sorted({c[0] for c in SAKIP_SCALE} | {"WTP", "WDP", "TMP", "TW"},
                          key=len, reverse=True))
_CATEGORY = re.compile(rf"(?:(?:nilai|predikat|kategori|opini)\s+)?(?:{_GRADES})"
                       r"|(?:level|tingkat)\s+[0-5]", re.I)


# --------------------------------------------------------------------------
# Writing




def from_records(identity: Mapping[str, Any], rows: Mapping[str, Iterable[Mapping[str, Any]]],
                 file: str = "data.xlsx") -> InputData:
    """The LKIP that :func:`write_input` would write and :func:`read_inputs` read back, made
    in memory: the same cells, the same readings, no file (tests, tools)."""
    labels = [(r, f.label, identity.get(f.key)) for r, f in enumerate(schema.IDENTITY, start=2)]
    ident = _Sheet(schema.IDENTITY_SHEET, [(1, ["Data", "Isi"])] + [
        (r, [label, int(v) if isinstance(v, str) and v.strip().isdigit() and
             f.kind == "tahun" else v]) for (r, label, v), f in zip(labels, schema.IDENTITY,
                                                                    strict=True)], frozenset())
    identity_read, values = _read_identity(Path(file), ident)
    data = InputData(identity=identity_read, tables={}, files=[file], identity_values=values)
    data.sheets[schema.IDENTITY_SHEET] = SheetInfo(file, schema.IDENTITY_SHEET)
    year = data.years
    for tbl in schema.TABLES:
        cols = tbl.input_columns
        grid: list[tuple[int, list[Any]]] = [(1, [c.header_for(year) for c in cols])]
        percent = set()
        for n, record in enumerate(rows.get(tbl.sheet, ()), start=2):
            line = []
            for i, col in enumerate(cols, start=1):
                value, fmt = cell_value(col, record.get(col.key), data.decimal_comma)
                if fmt and "%" in fmt and isinstance(value, (int, float)):
                    percent.add(a1.ref(n, i))
                line.append("" if value is None else value)
            grid.append((n, line))
        sheet = _Sheet(tbl.sheet, grid, frozenset(percent))
        data.tables[tbl.sheet], data.sheets[tbl.sheet] = _read_table(
            tbl, Path(file), sheet, year, data.decimal_comma)
    return data


def write_input(
    path: str | Path,
    identity: Mapping[str, Any],
    rows: Mapping[str, Iterable[Mapping[str, Any]]],
    *,
    force: bool = True,
) -> Path:
    """Write a data workbook from records.

    Values may be numbers or text.  Text in a numeric column is stored as a
    number when it has exactly one reading (keeping its printed decimals and
    percent sign as the cell's number format); otherwise the text is kept, so
    a transcription of a printed report stays faithful.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = schema.IDENTITY_SHEET
    header_row(ws, 1, ["Data", "Isi"], [28, 70])
    ws.freeze_panes = "A2"
    for r, f in enumerate(schema.IDENTITY, start=2):
        ws.cell(r, 1, f.label)
        value = identity.get(f.key)
        if f.kind == "tahun" and isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        put(ws, r, 2, value)
    year = schema.Years.of({**identity, "tahun": int(identity["tahun"])})
    comma = schema.choice(identity, "desimal") == "koma"
    for tbl in schema.TABLES:
        ws = wb.create_sheet(tbl.sheet)
        cols = tbl.input_columns
        header_row(ws, 1, [c.header_for(year) for c in cols], [c.width for c in cols])
        ws.freeze_panes = "A2"
        n = 1
        for n, record in enumerate(rows.get(tbl.sheet, ()), start=2):
            for i, col in enumerate(cols, start=1):
                value, fmt = cell_value(col, record.get(col.key), comma)
                cell = put(ws, n, i, value)
                if fmt:
                    cell.number_format = fmt
                if col.kind == "teks":
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        if n > 1:
            ref = a1.range_ref(1, 1, n, len(cols))
            name = "T_" + re.sub(r"\W", "_", tbl.sheet)
            xt = ExcelTable(displayName=name, ref=ref)
            xt.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
            ws.add_table(xt)
    return write_atomically(Path(path), wb.save, force=force)


def cell_value(column: schema.Column, value: Any,
               comma: bool = False) -> tuple[Any, str | None]:
    """The value to store for *value* in *column*, and its number format."""
    if value is None or not isinstance(value, str):
        return value, None
    if column.kind not in schema.NUMERIC_KINDS:
        return value, None
    parsed = _parse(column, value.strip(), comma)
    if not parsed.ok or parsed.value is None:
        return value, None
    decimals = _printed_decimals(value, parsed.value)
    zeros = "." + "0" * decimals if decimals else ""
    if parsed.unit == "persen":
        return _clean(parsed.value / 100), f"0{zeros}%"
    if column.kind == "rupiah" or parsed.unit == "rupiah":
        return parsed.value, f"#,##0{zeros}"
    return parsed.value, f"0{zeros}" if decimals else "General"


def _printed_decimals(text: str, value: int | float) -> int:
    if isinstance(value, int):
        return 0
    m = re.search(r"[.,](\d+)\s*%?\s*$", text.strip())
    return len(m.group(1)) if m else 0


def last_year() -> int:
    """The year a report written now is about: an LKIP reports on the year before."""
    return datetime.date.today().year - 1


def new_workbook(path: str | Path, *, tahun: int, instansi: str = "",
                 force: bool = False) -> Path:
    """An empty data workbook for a new report: identity filled in, tables with headers only."""
    check_year(tahun, "--tahun")
    identity: dict[str, Any] = {f.key: f.default for f in schema.IDENTITY}
    identity.update(
        tahun=tahun,
        instansi=instansi or None,
        renstra_awal=None,
        renstra_akhir=None,
    )
    for f in schema.IDENTITY:
        if f.key not in ("tahun", "instansi") and f.kind != "tahun":
            identity[f.key] = None
    return write_input(path, identity, {}, force=force)
