"""A small, fast reader of cell values in .xlsx files.

The input reader needs, for every cell, its value and whether its number
format is a percentage — nothing else.  openpyxl builds a full object per cell
and is several times slower on large data workbooks.  Here the values come
from calamine (a Rust reader, through python-calamine); two things calamine
does not give are read from the sheet XML directly: error values (``#DIV/0!``,
which calamine drops) and which numeric cells carry a percentage format.
Sheets whose XML uses namespace prefixes are read entirely by a general expat
reader instead.

calamine parses outside Python's lock, so :meth:`Book.prefetch` lets it parse
the next sheets in a thread while the caller works on the first ones.

Files come from e-mail and flash drives, so a package is checked before any of
it is read (:func:`open_package`): it must be a zip archive whose parts have
sizes and compression ratios a real workbook can have, and no XML part may
declare a DTD (entity attacks).  A sheet is read as a grid only when its cells
span a plausible range; a value typed in XFD1048576 would make calamine
allocate the whole sheet.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple, Protocol
from xml.parsers import expat
from zlib import error as zlib_error

import python_calamine

from lkip_xl.model.errors import InputError, Location
from lkip_xl.xlsx import a1

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
# Built-in number formats that are percentages (ECMA-376, 18.8.30).
PERCENT_BUILTINS = {9, 10}


class Sheet(NamedTuple):
    """A sheet's values: (row number, values by column from A) per row; '' or None is empty."""

    rows: list[tuple[int, list[Any]]]
    percent: frozenset[str]  # references of numeric cells formatted as a percentage
    merged: tuple[str, ...] = ()  # merged ranges ("E5:E7")
    uncached: dict[str, str] = {}  # formula cells without a stored value: cell -> formula
    # numeric cells whose number format starts with a literal text ('"≥ "General' shows 75
    # as "≥ 75"): cell -> that text
    prefixes: dict[str, str] = {}


class SheetCells(NamedTuple):
    """A sheet's cells as formula checks see them: every value by (row, column) (formula
    cells with their stored result), and the formulas (text with its leading '=')."""

    values: dict[tuple[int, int], Any]
    formulas: dict[tuple[int, int], str]


class CellBook(dict[str, SheetCells]):
    """Sheets of cells held in memory, by name: what :meth:`Book.cells` gives, for a
    workbook made in memory (tests, tools)."""

    @property
    def worksheets(self) -> list[str]:
        return list(self)

    def cells(self, name: str) -> SheetCells:
        return self[name]


class CellSource(Protocol):
    """Where formula checks read cells: a :class:`Book` or a :class:`CellBook`."""

    @property
    def worksheets(self) -> list[str]: ...

    def cells(self, name: str) -> SheetCells: ...


class Cell(NamedTuple):
    value: Any  # int, float, str or bool
    percent: bool = False  # the cell's number format shows a percentage
    coordinate: str = ""
    prefix: str = ""  # the literal text its number format shows before the number


# What a real workbook can be.  Beyond these limits a file is refused before it is read.
MAX_PARTS = 10_000  # parts in the package
MAX_PART_BYTES = 256 * 2**20  # one part, uncompressed
MAX_PACKAGE_BYTES = 1024 * 2**20  # all parts, uncompressed
RATIO_FLOOR = 16 * 2**20  # a part larger than this, uncompressed, ...
MAX_RATIO = 100  # ... must not be compressed more than this (a "zip bomb")
PROLOG_BYTES = 64 * 1024  # an XML part's root element must start within this
MAX_GRID_CELLS = 5_000_000  # rows x columns of one sheet read as a grid
# A cell reference with three column letters or six row digits: the sheet may span an
# absurd range, so its extent is measured exactly (rare: most sheets never match; the search
# starts from a literal, which is fast; a match preceded by a name character is another
# attribute, such as xmlns:r="http...").
_FAR_REF = re.compile(rb"""r[ \t\r\n]*=[ \t\r\n]*["'](?:[A-Za-z]{3}|[A-Za-z]*\d{6})""")
_ANY_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]*)(\d+)["']""")


def open_package(source: Path | bytes) -> zipfile.ZipFile:
    """The zip archive of a workbook, refused (InputError) when no real workbook is like it.

    A file is checked; bytes are a package lkip-xl made itself, and only opened.
    """
    where = Location(file=source) if isinstance(source, Path) else None
    try:
        package = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except zipfile.BadZipFile as exc:
        raise InputError(_not_a_workbook(source), where) from exc
    except OSError as exc:
        raise InputError(f"berkas tidak dapat dibuka ({exc.strerror or exc})", where) from exc
    if isinstance(source, bytes):
        return package
    try:
        _check_package(package)
    except InputError as exc:
        package.close()
        raise InputError(exc.message, where) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib_error) as exc:
        package.close()
        raise InputError(f"arsip .xlsx rusak ({_reason(exc)}); simpan ulang berkas itu dari "
                         "Excel", where) from exc
    return package


def _not_a_workbook(source: Path | bytes) -> str:
    head = source[:8] if isinstance(source, bytes) else _head(source)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ("bukan berkas .xlsx: berkas Excel lama (.xls) atau berkas yang dilindungi kata "
                "sandi; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx) tanpa kata "
                "sandi")
    return ("bukan berkas Excel .xlsx yang dapat dibaca (bukan arsip zip); buka di Excel lalu "
            "simpan sebagai Buku Kerja Excel (.xlsx)")


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(8)
    except OSError:
        return b""


def _check_package(package: zipfile.ZipFile) -> None:
    infos = package.infolist()
    if len(infos) > MAX_PARTS:
        raise InputError(f"arsip berisi {_n(len(infos))} bagian (batas {_n(MAX_PARTS)}); bukan "
                         "buku kerja yang wajar, berkas ditolak sebelum dibaca")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_PART_BYTES:
            raise InputError(
                f"bagian {info.filename} berukuran {_n(size / 2**20)} MB setelah dibuka (batas "
                f"{MAX_PART_BYTES // 2**20} MB); bukan buku kerja yang wajar, berkas ditolak "
                "sebelum dibaca")
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(
                f"bagian {info.filename} dipadatkan {_n(size / max(info.compress_size, 1))} kali "
                f"(batas {MAX_RATIO} kali untuk bagian di atas {RATIO_FLOOR // 2**20} MB); "
                "berkas seperti ini dibuat untuk menghabiskan memori, ditolak sebelum dibaca")
        if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _declares_dtd(
                package, info):
            raise InputError(
                f"bagian {info.filename} memuat deklarasi DOCTYPE/ENTITY, yang tidak pernah "
                "ditulis Excel (serangan entitas XML); berkas ditolak")
    if total > MAX_PACKAGE_BYTES:
        raise InputError(f"isi arsip berukuran {_n(total / 2**20)} MB setelah dibuka (batas "
                         f"{MAX_PACKAGE_BYTES // 2**20} MB); berkas ditolak sebelum dibaca")


def _n(x: float) -> str:
    """A whole number as Indonesian text: 1.049."""
    return f"{round(x):,}".replace(",", ".")


_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _declares_dtd(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Does the part's prolog (what comes before its root element) hold a DTD?"""
    with package.open(info) as f:
        prolog = f.read(4096)
        while not _ROOT_START.search(prolog) and len(prolog) < PROLOG_BYTES:
            more = f.read(4096)
            if not more:
                break
            prolog += more
    if prolog[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16
        prolog = prolog.decode("utf-16", "replace").encode("ascii", "replace")
    root = _ROOT_START.search(prolog)
    head = prolog[:root.start()] if root else prolog
    return b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper()


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


class Book:
    """An .xlsx file opened for reading values, sheet by sheet.

    With *uncached*, each sheet also lists its formula cells that have no stored value (a
    workbook written by a program that does not calculate): their values read as blank.
    """

    def __init__(self, path: str | Path | bytes, *, uncached: bool = False) -> None:
        """*path* a file, or the bytes of a package lkip-xl made itself (whose sheets are
        not measured: only files come from outside)."""
        self._source = path if isinstance(path, bytes) else Path(path)
        self._where: Path | None = None if isinstance(path, bytes) else Path(path)
        self._uncached = uncached
        self._calamine: Any = None
        self._pool: ThreadPoolExecutor | None = None
        self._prefetcher: Future[Any] | None = None  # the thread's calamine workbook
        self._grids: dict[str, Future[list[list[Any]]]] = {}
        self._xml: dict[str, bytes] = {}  # sheets measured for prefetch, not read yet
        self._rows: dict[str, dict[int, list[Any]]] = {}  # rows by number, for value()
        self._sheets: dict[str, Sheet] = {}
        self._zip = open_package(self._source)  # type: ignore[arg-type]
        try:
            self._parts = self._sheet_parts()
            self._percent, self._prefixes = self._number_styles()
        except Exception as exc:
            self._zip.close()
            raise InputError(f"bukan buku kerja Excel yang dapat dibaca ({_reason(exc)}); "
                             "simpan ulang berkas itu dari Excel",
                             Location(file=self._where)) from exc
        self._strings_cache: list[str] | None = None

    @property
    def path(self) -> Path | None:
        """The file read (None for a workbook given as bytes)."""
        return self._where

    @property
    def sheetnames(self) -> list[str]:
        return list(self._parts)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._zip.close()

    def prefetch(self, names: Iterable[str]) -> None:
        """Start parsing the sheets *names*, in this order, in a thread (see the module)."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1)
            # the thread's own reader: one calamine workbook serves one thread at a time
            self._prefetcher = self._pool.submit(self._open_calamine)
        for name in names:
            if name in self._parts and name not in self._grids:
                # measured here, before calamine sees it; the XML is kept for _read_sheet
                self._xml[name] = self._sheet_xml(name)
                self._grids[name] = self._pool.submit(self._parse_grid, name)

    def _open_calamine(self) -> Any:
        return (python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(self._source))
                if isinstance(self._source, bytes)
                else python_calamine.CalamineWorkbook.from_path(str(self._source)))

    def _parse_grid(self, name: str) -> list[list[Any]]:
        assert self._prefetcher is not None
        book = self._prefetcher.result()
        return book.get_sheet_by_name(name).to_python(skip_empty_area=False)

    def _sheet_xml(self, name: str) -> bytes:
        """The XML of sheet *name*, refused when its cells span an absurd range."""
        xml = self._zip.read(self._parts[name])
        if self._where is not None and any(xml[m.start() - 1:m.start()].isspace()
                                           for m in _FAR_REF.finditer(xml)):
            rows = cols = 0
            for m in _ANY_REF.finditer(xml):
                rows = max(rows, int(m.group(2)))
                if m.group(1):
                    cols = max(cols, a1.column_index(m.group(1).decode()))
            if rows * max(cols, 1) > MAX_GRID_CELLS:
                raise InputError(
                    f"isi lembar terbentang sampai sel {a1.ref(rows, max(cols, 1))}, jauh di "
                    "luar tabel LKIP mana pun; hapus isi sel-sel jauh itu (Ctrl+End di Excel "
                    "menunjukkan sel terakhir yang terpakai), simpan, lalu ulangi",
                    Location(file=self._where, sheet=name))
        return xml

    def _parse(self, part: str, start: Any, end: Any = None, data: Any = None) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = start
        if end:
            parser.EndElementHandler = end
        if data:
            parser.CharacterDataHandler = data
        parser.Parse(self._zip.read(part), True)

    def _sheet_parts(self) -> dict[str, str]:
        targets: dict[str, str] = {}

        def rel(name: str, attrs: dict[str, str]) -> None:
            if name == f"{PKG_REL} Relationship":
                target = attrs["Target"]
                targets[attrs["Id"]] = (target.lstrip("/") if target.startswith("/")
                                        else posixpath.normpath(posixpath.join("xl", target)))

        self._parse("xl/_rels/workbook.xml.rels", rel)
        sheets: dict[str, str] = {}

        def sheet(name: str, attrs: dict[str, str]) -> None:
            if name == f"{MAIN} sheet":
                sheets[attrs["name"]] = targets[attrs[f"{REL} id"]]

        self._parse("xl/workbook.xml", sheet)
        return sheets

    def parts(self, folder: str, suffixes: tuple[str, ...] = ()) -> list[str]:
        """The names of the package's parts in *folder* ("xl/media/"), ending in one of
        *suffixes* (any, when none is given), sorted."""
        return sorted(n for n in self._zip.namelist()
                      if n.startswith(folder) and (not suffixes or n.lower().endswith(suffixes)))

    def read(self, part: str) -> bytes:
        """The bytes of one part of the package (a picture)."""
        return self._zip.read(part)

    @property
    def worksheets(self) -> list[str]:
        """The sheets that hold cells (chart sheets left out)."""
        return [name for name, part in self._parts.items() if "chartsheet" not in part.lower()]

    def value(self, name: str, ref: str) -> Any:
        """The value of one cell (its sheet read once, then kept): None when it is empty."""
        grid = self._rows.get(name)
        if grid is None:
            grid = self._rows[name] = dict(self.sheet(name).rows)
        at = a1.parse(ref)
        row = grid.get(at[0], ()) if at else ()
        value = row[at[1] - 1] if at and at[1] <= len(row) else None
        return None if value == "" else value

    def cells(self, name: str) -> SheetCells:
        """The values and formulas of sheet *name* (:class:`SheetCells`)."""
        values = {}
        for r, row in self.sheet(name).rows:
            for c, value in enumerate(row, start=1):
                if value is None or value == "":
                    continue
                if type(value) is float and value.is_integer() and abs(value) < 2**53:
                    value = int(value)
                values[(r, c)] = value
        return SheetCells(values, self.formulas(name))

    def uncached_formulas(self, name: str) -> dict[str, str]:
        """The formula cells of sheet *name* that have no stored value (a workbook saved
        by a tool that does not calculate), cell -> formula; read from its XML only."""
        return _uncached_formulas(self._sheet_xml(name))

    def formulas(self, name: str) -> dict[tuple[int, int], str]:
        """The formulas of sheet *name* by (row, column), each with its leading '=' (a
        shared formula's cells get the formula translated to their place, as Excel shows)."""
        try:
            xml = self._sheet_xml(name)
            if b":sheetData" in xml and _PREFIXED.search(xml) or \
                    (b"<c " in xml and b'<c r="' not in xml):
                return _formulas_expat(xml)
            return _formulas(xml)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"rumus lembar tidak dapat dibaca ({_reason(exc)})",
                             Location(file=self._where, sheet=name)) from exc

    @property
    def _strings(self) -> list[str]:
        """The shared strings (only the general reader needs them; calamine has its own)."""
        if self._strings_cache is None:
            self._strings_cache = self._shared_strings()
        return self._strings_cache

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self._zip.namelist():
            return []
        strings: list[str] = []
        parts: list[str] = []
        state = {"in_t": False, "in_rph": False}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = name.rsplit(" ", 1)[-1]
            if local == "si":
                parts.clear()
            elif local == "rPh":  # phonetic hints are not part of the text
                state["in_rph"] = True
            elif local == "t":
                state["in_t"] = not state["in_rph"]

        def end(name: str) -> None:
            local = name.rsplit(" ", 1)[-1]
            if local == "si":
                strings.append("".join(parts))
            elif local == "rPh":
                state["in_rph"] = False
            elif local == "t":
                state["in_t"] = False

        def data(text: str) -> None:
            if state["in_t"]:
                parts.append(text)

        self._parse("xl/sharedStrings.xml", start, end, data)
        return strings

    def _number_styles(self) -> tuple[list[bool], dict[int, str]]:
        """For each cell style (cellXfs index): does its number format show a percentage?
        And the styles whose format shows a literal text before the number, with that text."""
        if "xl/styles.xml" not in self._zip.namelist():
            return [], {}
        custom: dict[int, str] = {}
        xfs: list[int] = []
        state = {"in_xfs": False}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = name.rsplit(" ", 1)[-1]
            if local == "numFmt":
                custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
            elif local == "cellXfs":
                state["in_xfs"] = True
            elif local == "xf" and state["in_xfs"]:
                xfs.append(int(attrs.get("numFmtId", 0)))

        def end(name: str) -> None:
            if name.endswith(" cellXfs"):
                state["in_xfs"] = False

        self._parse("xl/styles.xml", start, end)
        prefixes = {i: m.group(1) for i, fmt in enumerate(xfs)
                    if (m := _LITERAL_PREFIX.match(custom.get(fmt, "")))}
        return [fmt in PERCENT_BUILTINS or "%" in _unquoted(custom.get(fmt, ""))
                for fmt in xfs], prefixes

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sheet(self, name: str) -> Sheet:
        """The values of sheet *name*, row by row (read once, then kept)."""
        if name not in self._sheets:
            try:
                self._sheets[name] = self._read_sheet(name)
            except InputError:
                raise
            except Exception as exc:  # broken XML, a part missing, calamine's own errors
                raise InputError(f"lembar tidak dapat dibaca ({_reason(exc)}); simpan ulang "
                                 "berkas itu dari Excel",
                                 Location(file=self._where, sheet=name)) from exc
        return self._sheets[name]

    def _read_sheet(self, name: str) -> Sheet:
        grid: list[list[Any]] | None = None
        xml = self._xml.pop(name, None) or self._sheet_xml(name)
        if name in self._grids:
            grid = self._grids.pop(name).result()
        prefixed = b":sheetData" in xml and _PREFIXED.search(xml)
        special = None if prefixed else _special_cells(xml, self._percent, self._prefixes)
        if special is None:
            return self._expat_sheet(name, xml)
        percent, errors, prefixes = special
        if grid is None:
            if self._calamine is None:
                self._calamine = self._open_calamine()
            grid = self._calamine.get_sheet_by_name(name).to_python(skip_empty_area=False)
        for coordinate, text in errors.items():  # calamine reads error values as empty
            at = a1.parse(coordinate)
            if at:
                r, c = at
                while len(grid) < r:
                    grid.append([])
                row = grid[r - 1]
                row.extend([""] * (c - len(row)))
                row[c - 1] = text
        return Sheet(list(enumerate(grid, start=1)), frozenset(percent), _merged(xml),
                     _uncached_formulas(xml) if self._uncached else {}, prefixes)

    def _expat_sheet(self, sheet: str, xml: bytes | None = None) -> Sheet:
        """The general reader: any namespace prefix, cells without references."""
        rows: dict[int, list[Any]] = {}
        percent = set()
        prefixes: dict[str, str] = {}
        merged: list[str] = []
        uncached: dict[str, str] = {}
        for r, row in self._expat_rows(sheet, xml, merged, uncached):
            values: list[Any] = [""] * max(row)
            for c, cell in row.items():
                values[c - 1] = cell.value
                if isinstance(cell.value, (int, float)):
                    if cell.percent:
                        percent.add(cell.coordinate)
                    if cell.prefix:
                        prefixes[cell.coordinate or a1.ref(r, c)] = cell.prefix
            rows[r] = values
        return Sheet(sorted(rows.items()), frozenset(percent), tuple(merged),
                     uncached if self._uncached else {}, prefixes)

    def _expat_rows(self, sheet: str, xml: bytes | None = None, merged: list[str] | None = None,
                    uncached: dict[str, str] | None = None
                    ) -> Iterator[tuple[int, dict[int, Cell]]]:
        strings, percent = self._strings, self._percent
        rows: list[tuple[int, dict[int, Cell]]] = []
        current: dict[int, Cell] = {}
        state: dict[str, Any] = {"row": 0, "ref": "", "type": "n", "style": 0, "text": None,
                                 "col": 0, "formula": None}
        buffer: list[str] = []
        merged = [] if merged is None else merged
        uncached = {} if uncached is None else uncached

        def start(name: str, attrs: dict[str, str]) -> None:
            local = name[name.rfind(" ") + 1:]
            if local == "c":
                ref = attrs.get("r", "")
                at = a1.parse(ref)
                state["col"] = at[1] if at else state["col"] + 1
                if at:
                    state["row"] = at[0]
                state["ref"] = ref
                state["type"] = attrs.get("t", "n")
                state["style"] = int(attrs.get("s", 0))
                state["text"] = None
                state["formula"] = None
            elif local == "f":
                buffer.clear()
                state["formula"] = ""
            elif local == "mergeCell" and "ref" in attrs:
                merged.append(attrs["ref"])
            elif local == "row":
                if current:
                    rows.append((state["row"], dict(current)))
                    current.clear()
                state["row"] = int(attrs.get("r", state["row"] + 1))
                state["col"] = 0
            elif local in ("v", "t"):
                buffer.clear()
                state["text"] = ""

        def end(name: str) -> None:
            local = name[name.rfind(" ") + 1:]
            if local in ("v", "t"):
                state["text"] = (state["text"] or "") + "".join(buffer)
                buffer.clear()
            elif local == "f":
                state["formula"] = "".join(buffer)
                buffer.clear()
            elif local == "c" and state["formula"] is not None and not state["text"]:
                uncached[state["ref"] or a1.ref(state["row"], state["col"])] = \
                    state["formula"]
            elif local == "c" and state["text"] is not None:
                value = convert(state["type"], state["text"], strings)
                if value is not None:
                    style = state["style"]
                    current[state["col"]] = Cell(
                        value, style < len(percent) and percent[style], state["ref"],
                        self._prefixes.get(style, ""))

        def data(text: str) -> None:
            buffer.append(text)

        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        parser.Parse(self._sheet_xml(sheet) if xml is None else xml, True)
        if current:
            rows.append((state["row"], dict(current)))
        yield from rows


_MERGED = re.compile(rb'<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


def _merged(xml: bytes) -> tuple[str, ...]:
    """The sheet's merged ranges (they follow the cells)."""
    at = xml.rfind(b"</sheetData>")
    return tuple(m.group(1).decode() for m in _MERGED.finditer(xml, max(at, 0)))


_FORMULA = re.compile(rb"<f\b[^>]*?(?:/>|>(.*?)</f>)", re.DOTALL)
_CACHED = re.compile(rb"\s*<v\b[^>]*>[^<]")


def _uncached_formulas(xml: bytes) -> dict[str, str]:
    """Formula cells without a stored value, with their formula text ('' for a shared one)."""
    from lkip_xl.xlsx.xmltext import unescape

    out: dict[str, str] = {}
    end = xml.rfind(b"</sheetData>")
    at = xml.find(b"<f", xml.find(b"<sheetData"))
    while 0 <= at < end:
        m = _FORMULA.match(xml, at)
        if m is not None and not _CACHED.match(xml, m.end()):
            cell = xml.rfind(b'<c r="', 0, at)
            if cell >= 0:
                ref = xml[cell + 6:xml.index(b'"', cell + 6)].decode()
                out[ref] = unescape((m.group(1) or b"").decode("utf-8", "replace"))
        at = xml.find(b"<f", (m.end() if m else at + 2))
    return out


_FORMULA_ATTRS = re.compile(rb'\b(t|si|ref)="([^"]*)"')


def _formulas(xml: bytes) -> dict[tuple[int, int], str]:
    """The formula cells of sheet XML as Excel writes it (unprefixed, "r" first)."""
    from lkip_xl.xlsx.xmltext import unescape

    found: list[tuple[str, dict[bytes, bytes], str]] = []
    end = xml.rfind(b"</sheetData>")
    at = xml.find(b"<f", max(xml.find(b"<sheetData"), 0))
    while 0 <= at < end:
        m = _FORMULA.match(xml, at)
        if m is None:
            at = xml.find(b"<f", at + 2)
            continue
        cell = xml.rfind(b'<c r="', 0, at)
        if cell >= 0:
            ref = xml[cell + 6:xml.index(b'"', cell + 6)].decode()
            tag = xml[at:xml.index(b">", at)]
            attrs = dict(_FORMULA_ATTRS.findall(tag))
            found.append((ref, attrs, unescape((m.group(1) or b"").decode("utf-8", "replace"))))
        at = xml.find(b"<f", m.end())
    return _expand(found)


def _formulas_expat(xml: bytes) -> dict[tuple[int, int], str]:
    """The formula cells of any sheet XML (namespace prefixes, cells without references)."""
    found: list[tuple[str, dict[bytes, bytes], str]] = []
    state: dict[str, Any] = {"row": 0, "col": 0, "ref": "", "attrs": None}
    buffer: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name[name.rfind(" ") + 1:]
        if local == "row":
            state["row"] = int(attrs.get("r", state["row"] + 1))
            state["col"] = 0
        elif local == "c":
            at = a1.parse(attrs.get("r", ""))
            state["row"], state["col"] = at if at else (state["row"], state["col"] + 1)
            state["ref"] = a1.ref(state["row"], state["col"])
        elif local == "f":
            buffer.clear()
            state["attrs"] = {k.encode(): v.encode() for k, v in attrs.items()
                              if k in ("t", "si", "ref")}

    def end(name: str) -> None:
        if name[name.rfind(" ") + 1:] == "f" and state["attrs"] is not None:
            found.append((state["ref"], state["attrs"], "".join(buffer)))
            state["attrs"] = None

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = buffer.append
    parser.Parse(xml, True)
    return _expand(found)


def _expand(found: list[tuple[str, dict[bytes, bytes], str]]) -> dict[tuple[int, int], str]:
    """Formulas by cell; the cells of a shared formula get its text moved to their place."""
    from openpyxl.formula.translate import Translator

    shared: dict[bytes, tuple[str, str]] = {}
    for ref, attrs, text in found:
        if attrs.get(b"t") == b"shared" and text and b"si" in attrs:
            shared[attrs[b"si"]] = (ref, text)
    out: dict[tuple[int, int], str] = {}
    for ref, attrs, text in found:
        at = a1.parse(ref)
        if at is None:
            continue
        if not text and attrs.get(b"t") == b"shared":
            master = shared.get(attrs.get(b"si", b""))
            if master is None:
                continue
            try:
                out[at] = Translator("=" + master[1], origin=master[0]).translate_formula(ref)
            except Exception:  # a formula the translator cannot move: as the master has it
                out[at] = "=" + master[1]
        elif text:
            out[at] = "=" + text
    return out


# A number format that shows a bound before the number: '"≥ "General', '"≥ "0%' (as fill
# writes a target typed "≥ 75"); not other literals ('"Rp "#,##0' is the column's own).
_LITERAL_PREFIX = re.compile(r'"([≥≤<>] ?)"(?=[#0?.,%]|General)')


def _unquoted(code: str) -> str:
    """A number format without its quoted literals ("%" inside quotes is text)."""
    return re.sub(r'"[^"]*"|\\.', "", code)


def convert(kind: str, text: str, strings: list[str]) -> Any:
    """A cell's value from its type attribute (t=) and its text (shared strings by index)."""
    if kind == "s":
        return strings[int(text)]
    if kind in ("inlineStr", "str", "e", "d"):
        return text
    if kind == "b":
        return text.strip() == "1"
    try:
        number = float(text)
    except ValueError:
        return text
    if number.is_integer() and not any(ch in text for ch in ".eE"):
        return int(number)
    return number


# Cells calamine cannot tell about, found in the sheet XML as Excel, LibreOffice
# and openpyxl write it (unprefixed elements, "r" before the other attributes).
_PREFIXED = re.compile(rb"<\w+:sheetData\b")
_ERROR_CELL = re.compile(rb'<c r="([A-Z]+\d+)"[^>]*?\bt="e"[^>]*?>\s*'
                         rb'(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?\s*<v\b[^>]*>([^<]*)</v>')
_PERCENT_CELL = re.compile(rb'<c r="([A-Z]+\d+)" s="\d+"(?: t="n")?\s*>')


def _cells_marked(xml: bytes, marker: bytes, cell: re.Pattern[bytes]) -> Iterator[re.Match[bytes]]:
    """The cells matching *cell* whose start tag holds *marker* (an attribute).

    Found from the marker back to its cell: a plain search for a rare attribute is much
    faster than matching the pattern at each of a large sheet's cells.
    """
    at = xml.find(marker)
    while at >= 0:
        start = xml.rfind(b"<c ", 0, at)
        if start >= 0 and xml.find(b">", start, at) < 0:  # the marker is in this cell's tag
            m = cell.match(xml, start)
            if m is not None:
                yield m
        at = xml.find(marker, at + len(marker))


def _special_cells(xml: bytes, percent_styles: list[bool], prefix_styles: dict[int, str]
                   ) -> tuple[set[str], dict[str, str], dict[str, str]] | None:
    """Numeric cells with a percentage format, error values, and numeric cells whose format
    shows a text before the number, by cell reference.

    None when the XML does not have the expected shape (the caller then uses
    the general reader).
    """
    if b"<c " in xml and b'<c r="' not in xml:
        return None
    percent: set[str] = set()
    for i, is_percent in enumerate(percent_styles):
        if is_percent:
            percent.update(m.group(1).decode()
                           for m in _cells_marked(xml, f' s="{i}"'.encode(), _PERCENT_CELL))
    errors = {m.group(1).decode(): m.group(2).decode()
              for m in _cells_marked(xml, b't="e"', _ERROR_CELL)}
    prefixes = {m.group(1).decode(): text for i, text in prefix_styles.items()
                for m in _cells_marked(xml, f' s="{i}"'.encode(), _PERCENT_CELL)}
    return percent, errors, prefixes
