"""Editing a saved .xlsx package directly: rows, cell styles, comments, links.

Fill lets openpyxl write the template's few hundred cells, then works on the
package as XML: the data rows are spliced in before the recalculation, and
after it the validation's marks are added to the recalculated package itself
(highlighted cells, comments, the Validasi and Narasi rows, links), so the
computed values stay as the engine wrote them and the workbook is not saved
a second time.  :func:`edit` does both, in one pass over the package's parts,
changing and compressing them in two threads (zlib works outside Python's
lock), and writes the zip archive itself (:func:`archive`).
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import NamedTuple

from lkip_xl.xlsx import a1
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT, sheet_parts
from lkip_xl.xlsx.xmltext import escape, quoteattr


class Note(NamedTuple):
    """A comment on a cell."""

    text: str
    author: str


@dataclass
class SheetEdit:
    """What to change in one worksheet."""

    rows: Mapping[int, str] = field(default_factory=dict)  # row number -> row XML, added
    width: int = 1  # columns, for the dimension when rows change      # or replacing the row
    styles: Mapping[str, int] = field(default_factory=dict)  # cell -> cellXfs index
    notes: Mapping[str, Note] = field(default_factory=dict)  # cell -> comment
    links: Mapping[str, str] = field(default_factory=dict)  # cell -> place in the workbook
    autofilter: str | None = None  # the range of the sheet's filter


def edit(xlsx: bytes, edits: Mapping[str, SheetEdit], *, compress: bool = True) -> bytes:
    """The package *xlsx* with the sheets named in *edits* changed; without *compress*, its
    parts are stored as they are (for a package that is only passed on, never saved)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))  # in memory: nothing to close
    parts = sheet_parts(source)
    by_part = {parts[name]: e for name, e in edits.items()}
    names = set(source.namelist())
    order = list(parts)
    filters = [(order.index(name), name, e.autofilter) for name, e in edits.items()
               if e.autofilter]
    rels: dict[str, list[str]] = {}  # sheet rels part -> relationships to add
    new: dict[str, Callable[[], bytes]] = {}  # new parts: comments and their drawings
    block = 1  # VML shape ids come in blocks of 1024, each block used once in the workbook
    for part, e in sorted(by_part.items()):
        if e.notes:
            notes = sorted(e.notes.items(), key=lambda item: a1.order(item[0]))
            comments = free_name(names, "xl/comments/comment{}.xml")
            drawing = free_name(names, "xl/drawings/commentsDrawing{}.vml")
            new[comments] = functools.partial(_comments_xml, notes)
            new[drawing] = functools.partial(_drawing_vml, notes, block)
            block += 1 + len(notes) // 1024
            rels[_rels_part(part)] = [
                _relationship("lkipComments", "comments", comments),
                _relationship("lkipNotes", "vmlDrawing", drawing)]
    for name, relationships in rels.items():
        if name not in names:  # the sheet had no relationships yet
            new[name] = functools.partial(_add_relationships, _EMPTY_RELS, relationships)

    def changed(name: str) -> bytes:
        data = source.read(name)
        if name in by_part:
            return _edit_sheet(data, by_part[name])
        if name in rels:
            return _add_relationships(data, rels[name])
        if name == "[Content_Types].xml" and new:
            return _content_types(data, [n for n in new if n.startswith("xl/comments/")])
        if name == "xl/workbook.xml" and filters:
            return _filter_names(data, filters)
        return data

    def finished(name: str, make: Callable[[], bytes]) -> tuple[str, bytes, bytes | None]:
        data = make()
        if not compress:
            return name, data, None
        deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
        return name, data, deflate.compress(data) + deflate.flush()

    # Two threads change and compress the parts (zlib works outside Python's lock, so the
    # large sheets are compressed side by side); the archive keeps the package's order.
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(finished, name, functools.partial(changed, name))
                for name in source.namelist()]
        jobs += [pool.submit(finished, name, make) for name, make in new.items()]
        return archive(job.result() for job in jobs)


def archive(parts: Iterable[tuple[str, bytes, bytes | None]]) -> bytes:
    """A zip archive of (name, data, data deflated or None to store it) in this order.

    Written here rather than by :mod:`zipfile`, which compresses as it writes, in the
    writing thread: parts compressed beforehand, side by side, are only copied in.
    Dates are 1980-01-01 so that the same parts make the same archive.
    """
    out = io.BytesIO()
    directory = []
    for name, data, deflated in parts:
        raw = name.encode()
        method, payload = (_DEFLATED, deflated) if deflated is not None else (_STORED, data)
        # version 2.0, UTF-8 name, method, time and date, checksum, sizes, name length
        common = struct.pack("<HHHHHIIIH", _VERSION, _UTF8, method, 0, _DATE, zlib.crc32(data),
                             len(payload), len(data), len(raw))
        directory.append(struct.pack("<IH", _CENTRAL, _VERSION) + common
                         + struct.pack("<HHHHII", 0, 0, 0, 0, 0, out.tell()) + raw)
        out.write(struct.pack("<I", _LOCAL) + common + struct.pack("<H", 0) + raw)
        out.write(payload)
    start = out.tell()
    central = b"".join(directory)
    out.write(central)
    out.write(struct.pack("<IHHHHIIH", _END, 0, 0, len(directory), len(directory),
                          len(central), start, 0))
    return out.getvalue()


# ZIP (APPNOTE 4.3): record signatures, version 2.0, the UTF-8 name flag, the methods, and
# 1980-01-01 as a DOS date.
_LOCAL, _CENTRAL, _END = 0x04034B50, 0x02014B50, 0x06054B50
_VERSION, _UTF8, _STORED, _DEFLATED, _DATE = 20, 0x800, 0, 8, 0x21


# --------------------------------------------------------------------------
# One worksheet

# The order of a worksheet's elements after sheetData (ECMA-376 CT_Worksheet).
_ORDER = ("sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter",
          "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr",
          "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions",
          "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
          "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
          "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
          "webPublishItems", "tableParts", "extLst")
_ROW = re.compile(rb'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)', re.DOTALL)
_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>(.*?)</sheetData>", re.DOTALL)
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
_CELL_STYLE = re.compile(rb'<c r="[A-Z]+\d+"(?: s="\d+")?')
_ROOT = re.compile(rb"<worksheet\b[^>]*>")
_R_NS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _edit_sheet(xml: bytes, e: SheetEdit) -> bytes:
    if e.rows:
        xml = _splice(xml, e.rows, e.width)
    if e.styles:
        xml = _restyle(xml, e.styles)
    if e.autofilter:
        xml = _place(xml, "autoFilter", f'<autoFilter ref="{e.autofilter}"/>'.encode())
    if e.links:
        links = "".join(f"<hyperlink ref={quoteattr(cell)} location={quoteattr(place)}/>"
                        for cell, place in sorted(e.links.items(), key=lambda i: a1.order(i[0])))
        xml = _place(xml, "hyperlinks", f"<hyperlinks>{links}</hyperlinks>".encode())
    if e.notes:
        xml = _place(xml, "legacyDrawing", b'<legacyDrawing r:id="lkipNotes"/>')
        root = _ROOT.search(xml)
        if root is not None and b"xmlns:r=" not in root.group(0):
            xml = xml[:root.end() - 1] + b" " + _R_NS + xml[root.end() - 1:]
    return xml


def _splice(xml: bytes, new: Mapping[int, str], width: int) -> bytes:
    match = _SHEET_DATA.search(xml)
    if match is None:
        raise ValueError("worksheet without sheetData")
    body = match.group(1) or b""
    existing = {int(m.group(1)): m.group(0).decode() for m in _ROW.finditer(body)}
    merged = {**existing, **new}
    content = "".join(merged[n] for n in sorted(merged)).encode()
    last = max(merged) if merged else 1
    xml = xml[:match.start()] + b"<sheetData>" + content + b"</sheetData>" + xml[match.end():]
    ref = f'<dimension ref="{a1.range_ref(1, 1, last, max(width, 1))}"/>'.encode()
    return _DIMENSION.sub(ref, xml, count=1)


def _restyle(xml: bytes, styles: Mapping[str, int]) -> bytes:
    """Set the style of existing cells; the cells come in row and column order."""
    pieces, position = [], 0
    for ref in sorted(styles, key=a1.order):
        start = xml.find(f'<c r="{ref}"'.encode(), position)
        m = _CELL_STYLE.match(xml, start) if start >= 0 else None
        if m is None:
            continue
        pieces += [xml[position:start], f'<c r="{ref}" s="{styles[ref]}"'.encode()]
        position = m.end()
    return b"".join(pieces) + xml[position:]


def _place(xml: bytes, name: str, element: bytes) -> bytes:
    """*element* in the worksheet in its place, replacing the sheet's own *name* element."""
    xml = re.sub(rf"<{name}\b[^>]*?/>|<{name}\b.*?</{name}>".encode(), b"", xml, count=1,
                 flags=re.DOTALL)
    later = "|".join(_ORDER[_ORDER.index(name) + 1:])
    after = re.compile(rf"<(?:{later})\b|</worksheet>".encode()).search(xml, xml.find(
        b"</sheetData>"))
    assert after is not None
    return xml[:after.start()] + element + xml[after.start():]


_WORKBOOK_AFTER_NAMES = re.compile(
    rb"<(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|"
    rb"webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|</workbook>")


def _filter_names(xml: bytes, filters: list[tuple[int, str, str]]) -> bytes:
    """The hidden name of each sheet's filter range, which LibreOffice needs to see it."""
    for index, sheet, ref in filters:
        xml = re.sub(rf'<definedName\b(?=[^>]*name="_xlnm._FilterDatabase")'
                     rf'(?=[^>]*localSheetId="{index}")[^>]*>[^<]*</definedName>'.encode(), b"",
                     xml)
        target = a1.absolute(ref)
        name = (f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
                f"{escape(a1.location(sheet, target))}</definedName>").encode()
        if b"</definedNames>" in xml:
            at = xml.index(b"</definedNames>")
            xml = xml[:at] + name + xml[at:]
        else:
            at = _WORKBOOK_AFTER_NAMES.search(xml).start()  # type: ignore[union-attr]
            xml = xml[:at] + b"<definedNames>" + name + b"</definedNames>" + xml[at:]
    return xml.replace(b"<definedNames></definedNames>", b"")


# --------------------------------------------------------------------------
# Comments: the comments part, its VML drawing (which Excel needs to show
# them) and the relationships and content types that tie them to the sheet

_EMPTY_RELS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
               b'relationships"></Relationships>')
_REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
_VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing"


def free_name(names: set[str], pattern: str) -> str:
    n = 1
    while pattern.format(n) in names:
        n += 1
    names.add(pattern.format(n))
    return pattern.format(n)


def _rels_part(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def _relationship(rid: str, kind: str, target: str) -> str:
    return f'<Relationship Id="{rid}" Type="{_REL_TYPES}{kind}" Target="/{target}"/>'


def _add_relationships(xml: bytes, relationships: list[str]) -> bytes:
    at = xml.rindex(b"</Relationships>")
    return xml[:at] + "".join(relationships).encode() + xml[at:]


def _content_types(xml: bytes, comments: list[str]) -> bytes:
    extra = "".join(f'<Override PartName="/{name}" ContentType="{_COMMENTS_TYPE}"/>'
                    for name in comments)
    if b'Extension="vml"' not in xml:
        extra = f'<Default Extension="vml" ContentType="{_VML_TYPE}"/>' + extra
    at = xml.rindex(b"</Types>")
    return xml[:at] + extra.encode() + xml[at:]


def _comments_xml(notes: list[tuple[str, Note]]) -> bytes:
    """The comments part; *notes* in cell order."""
    authors = list(dict.fromkeys(n.author for _, n in notes))
    index = {a: i for i, a in enumerate(authors)}
    items = "".join(
        f'<comment ref="{ref}" authorId="{index[n.author]}"><text><t xml:space="preserve">'
        f"{escape(n.text[:TEXT_LIMIT])}</t></text></comment>" for ref, n in notes)
    names = "".join(f"<author>{escape(a)}</author>" for a in authors)
    return (f'<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<authors>{names}</authors><commentList>{items}</commentList></comments>"
            ).encode()


_VML_HEAD = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:x="urn:schemas-microsoft-com:office:excel">'
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{blocks}"/></o:shapelayout>'
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"'
    ' path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
_VML_SHAPE = (
    '<v:shape id="_x0000_s{id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;'
    'margin-top:1.5pt;width:320px;height:{height}px;z-index:1;visibility:hidden"'
    ' fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
    '<v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/>'
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>'
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
    "<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{column}</x:Column>"
    "</x:ClientData></v:shape>")


def _drawing_vml(notes: list[tuple[str, Note]], block: int) -> bytes:
    """The hidden note boxes (*notes* in cell order), their shape ids from the 1024-id
    *block* on (a sheet with more than 1023 notes takes the blocks after it too)."""
    shapes = []
    for i, (ref, note) in enumerate(notes):
        at = a1.parse(ref)
        assert at is not None
        lines = sum(1 + len(line) // 45 for line in note.text.split("\n"))
        shapes.append(_VML_SHAPE.format(id=1024 * block + 1 + i, height=max(80, 16 * lines + 8),
                                        row=at[0] - 1,
                                        column=at[1] - 1))
    blocks = range(block, block + 1 + len(notes) // 1024)
    head = _VML_HEAD.format(blocks=",".join(map(str, blocks)))
    return (head + "".join(shapes) + "</xml>").encode("utf-8")
