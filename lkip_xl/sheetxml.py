"""Writing many rows into a saved .xlsx package directly, as sheet XML.

openpyxl builds an object per cell and serialises it through an XML tree:
fine for the template's few hundred cells, too slow for the data rows of a
large LKIP (tens of thousands of cells).  Fill therefore lets openpyxl write
everything but the data rows, then splices the data rows in here as XML text
(:func:`splice_rows`), built with :func:`cell`.  Strings are written inline
(``t="inlineStr"``), formulas without their ``=``, styles as the cellXfs index
that openpyxl assigned (``Cell.style_id``).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from .xlsxread import convert

_ROW = re.compile(rb'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', re.DOTALL)
_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>(.*?)</sheetData>", re.DOTALL)
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_REL = re.compile(rb'<Relationship\b[^>]*>')
_SHEET = re.compile(rb"<sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


class Formula(str):
    """A formula text (with its leading '=')."""


def cell(ref: str, style: int, value: object) -> str:
    """The XML of one cell: a number, a text, a :class:`Formula` or None (style only)."""
    if value is None:
        return f'<c r="{ref}" s="{style}"/>' if style else f'<c r="{ref}"/>'
    if isinstance(value, Formula):
        return formula_cell(ref, style, value)
    if isinstance(value, str):
        return text_cell(ref, style, value)
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'


def formula_cell(ref: str, style: int, formula: str) -> str:
    """A formula cell; *formula* starts with '='."""
    body = formula[1:]
    if "&" in body or "<" in body or ">" in body:
        body = escape(body)
    return f'<c r="{ref}" s="{style}"><f>{body}</f></c>'


def text_cell(ref: str, style: int, text: str) -> str:
    text = _ILLEGAL.sub("", text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def row(number: int, cells: list[str], height: float | None = None) -> str:
    ht = f' ht="{height}" customHeight="1"' if height else ""
    return f'<row r="{number}"{ht}>{"".join(cells)}</row>'


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part name of every sheet, by sheet name."""
    rels = {}
    for rel in _REL.findall(package.read("xl/_rels/workbook.xml.rels")):
        attrs = dict(_ATTR.findall(rel))
        target = attrs[b"Target"].decode()
        rels[attrs[b"Id"].decode()] = (target.lstrip("/") if target.startswith("/")
                                       else posixpath.normpath(posixpath.join("xl", target)))
    out = {}
    for sheet in _SHEET.findall(package.read("xl/workbook.xml")):
        attrs = dict(_ATTR.findall(sheet))
        rid = next(v for k, v in attrs.items() if k.endswith(b":id"))
        out[_unescape(attrs[b"name"].decode())] = rels[rid.decode()]
    return out


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def splice_rows(xlsx: bytes, rows: Mapping[str, Mapping[int, str]],
                widths: Mapping[str, int]) -> bytes:
    """Replace or add rows of sheets in the package *xlsx*.

    ``rows[sheet][n]`` is the XML of row *n* (from :func:`row`); an existing
    row *n* of that sheet is replaced.  ``widths[sheet]`` is the number of
    columns, for the sheet's dimension.
    """
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    parts = sheet_parts(source)
    changed = {parts[name]: name for name in rows}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in changed:
                name = changed[info.filename]
                data = _splice(data, rows[name], widths.get(name, 1))
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return out.getvalue()


def _splice(xml: bytes, new: Mapping[int, str], width: int) -> bytes:
    match = _SHEET_DATA.search(xml)
    if match is None:
        raise ValueError("worksheet without sheetData")
    body = match.group(1) or b""
    existing = {int(m.group(1)): m.group(0) for m in _ROW.finditer(body)}
    merged = {**existing, **{n: x.encode("utf-8") for n, x in new.items()}}
    content = b"".join(merged[n] for n in sorted(merged))
    last = max(merged) if merged else 1
    xml = xml[:match.start()] + b"<sheetData>" + content + b"</sheetData>" + xml[match.end():]
    ref = f'<dimension ref="A1:{get_column_letter(max(width, 1))}{last}"/>'.encode()
    return _DIMENSION.sub(ref, xml, count=1)


_CELL = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.DOTALL)
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<v\s*>(.*?)</v\s*>", re.DOTALL)
_TEXT = re.compile(rb"<t[^>]*>(.*?)</t>", re.DOTALL)


def read_values(xlsx: bytes, wanted: Mapping[str, set[str]]) -> dict[tuple[str, str], object]:
    """Cached values of the cells *wanted* (sheet -> cell references) of a package.

    For packages this project writes (openpyxl, then formualizer): cells carry
    their reference first and come in row and column order, so the wanted
    cells are found by searching forward; numbers, inline and formula strings,
    errors and booleans are read; a cell absent or without a value reads as None.
    """
    out: dict[tuple[str, str], object] = {}
    with zipfile.ZipFile(io.BytesIO(xlsx)) as package:
        parts = sheet_parts(package)
        for sheet, refs in wanted.items():
            xml = package.read(parts[sheet])
            position = 0
            for ref in sorted(refs, key=_order):
                start = xml.find(f'<c r="{ref}"'.encode(), position)
                m = _CELL.match(xml, start) if start >= 0 else None
                if m is None:
                    out[(sheet, ref)] = None
                    continue
                out[(sheet, ref)] = _cell_value(m.group(2), m.group(3) or b"")
                position = m.end()
    return out


def _order(ref: str) -> tuple[int, int, str]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    assert m is not None
    return int(m.group(2)), len(m.group(1)), m.group(1)


def _cell_value(attrs: bytes, body: bytes) -> object:
    kind = _TYPE.search(attrs)
    t = kind.group(1).decode() if kind else "n"
    if t == "inlineStr":
        raw = b"".join(_TEXT.findall(body))
    else:
        v = _VALUE.search(body)
        if v is None:
            return None
        raw = v.group(1)
    return convert(t, _unescape(raw.decode("utf-8")), [])


_LEGACY = re.compile(rb"<legacyDrawing\b[^>]*/>")
_CELL_STYLE = re.compile(rb'<c r="([A-Z]+\d+)"(?: s="\d+")?')
_AFTER_LEGACY = re.compile(rb"<(?:legacyDrawingHF|picture|oleObjects|controls|webPublishItems|"
                           rb"tableParts|extLst)\b|</worksheet>")


def merge_values(decorated: bytes, recalculated: bytes,
                 styles: Mapping[str, Mapping[str, int]]) -> bytes:
    """*decorated* with each worksheet that *recalculated* also has taken from there.

    The recalculated sheets carry the formulas' cached values; the decorated
    package carries everything added since (comments with their drawings and
    relationships, new sheets, new styles, whose indexes extend the old ones).
    Each taken sheet keeps the decorated sheet's ``legacyDrawing`` (the link to
    its comments) and gets the cell styles given in *styles* (sheet -> cell ->
    cellXfs index).
    """
    with zipfile.ZipFile(io.BytesIO(decorated)) as new, \
            zipfile.ZipFile(io.BytesIO(recalculated)) as old:
        new_parts, old_parts = sheet_parts(new), sheet_parts(old)
        taken = {new_parts[name]: old_parts[name] for name in new_parts if name in old_parts}
        by_part = {new_parts[name]: styles.get(name, {}) for name in new_parts}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in new.infolist():
                data = new.read(info.filename)
                if info.filename in taken:
                    data = _take_over(old.read(taken[info.filename]), data,
                                      by_part[info.filename])
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED,
                                compresslevel=1)
    return out.getvalue()


def _take_over(sheet: bytes, decorated_sheet: bytes, styles: Mapping[str, int]) -> bytes:
    sheet = _LEGACY.sub(b"", sheet)
    legacy = _LEGACY.search(decorated_sheet)
    if legacy is not None:
        at = _AFTER_LEGACY.search(sheet)
        assert at is not None
        sheet = sheet[:at.start()] + legacy.group(0) + sheet[at.start():]
    pieces, position = [], 0
    for ref in sorted(styles, key=_order):  # cells come in row and column order
        start = sheet.find(f'<c r="{ref}"'.encode(), position)
        m = _CELL_STYLE.match(sheet, start) if start >= 0 else None
        if m is None:
            continue
        pieces += [sheet[position:start], f'<c r="{ref}" s="{styles[ref]}"'.encode()]
        position = m.end()
    return b"".join(pieces) + sheet[position:]
