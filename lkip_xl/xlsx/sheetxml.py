"""Sheet XML: the cells and rows fill writes, and the values read back.

openpyxl builds an object per cell and serialises it through an XML tree:
fine for the template's few hundred cells, too slow for the data rows of a
large LKIP (tens of thousands of cells).  Fill therefore lets openpyxl write
everything but the data rows, builds the data rows here as XML text
(:func:`cell`, :func:`row`) and splices them into the package
(:mod:`lkip_xl.xlsx.package`).  Strings are written inline (``t="inlineStr"``),
formulas without their ``=``, styles as the cellXfs index that openpyxl
assigned (``Cell.style_id``).
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile

from lkip_xl.xlsx.xmltext import escape

_REL = re.compile(rb'<Relationship\b[^>]*>')
_SHEET = re.compile(rb"<sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f&<>]")


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


def number_cell(ref: str, style: int, value: int | float) -> str:
    """A number cell (the common case of a data row, written without checks)."""
    return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'


def empty_cell(ref: str, style: int) -> str:
    """A cell with a style and no value."""
    return f'<c r="{ref}" s="{style}"/>'


def formula_cell(ref: str, style: int, formula: str) -> str:
    """A formula cell; *formula* starts with '='."""
    body = formula[1:]
    if "&" in body or "<" in body or ">" in body:
        body = escape(body)
    return f'<c r="{ref}" s="{style}"><f>{body}</f></c>'


# Excel's limit of characters in a cell: a longer text makes Excel repair the file.
TEXT_LIMIT = 32_767


def text_cell(ref: str, style: int, text: str) -> str:
    """A text cell; a text longer than a cell can hold is cut (the readers report it)."""
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT]
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is>{_text(text)}</is></c>'


@functools.lru_cache(maxsize=4096)  # names, units and kinds repeat down a table
def _text(text: str) -> str:
    """A ``<t>`` element: illegal characters dropped, markup escaped, spaces kept."""
    if _SPECIAL.search(text):
        text = escape(_ILLEGAL.sub("", text))
    if text[:1].isspace() or text[-1:].isspace():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def style_of(row_xml: str, ref: str) -> int | None:
    """The style index of cell *ref* in the XML of a row written here (None: not there)."""
    start = row_xml.find(f'<c r="{ref}" s="')
    if start < 0:
        return None
    start += len(ref) + 11  # past '<c r="' ref '" s="'
    return int(row_xml[start:row_xml.index('"', start)])


def row(number: int | str, cells: list[str], height: float | None = None) -> str:
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



