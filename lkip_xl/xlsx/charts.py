"""Native charts added to a saved .xlsx package: a new worksheet with its cells and charts.

Like :mod:`lkip_xl.xlsx.package`, this works on the package as XML and never saves the
workbook again: :func:`add_sheet` writes the worksheet part, its drawing (one anchor per
chart), one DrawingML chart part per chart (``c:chartSpace``), their relationships and
content types, and the sheet's entry in the workbook.  A chart's series refer to cell
ranges (``'Tabel 3.1'!$I$5:$I$18``), so Excel and LibreOffice redraw it from the cells;
the values cached in the chart part are those the cells hold now, for readers that do
not recalculate.  Knows nothing of LKIPs: what to chart is the caller's.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lkip_xl.xlsx import a1
from lkip_xl.xlsx.package import archive, free_name
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT, sheet_parts
from lkip_xl.xlsx.xmltext import escape, quoteattr

# The kinds of chart: horizontal bars (categories top to bottom), vertical columns, and
# points joined by lines on a numeric x axis (years).
KINDS = ("bar", "column", "scatter")
# The styles of the new sheet's cells.
STYLES = ("text", "bold", "title", "percent", "number", "wrap")


@dataclass(frozen=True)
class Data:
    """A reference to cells (``'Tabel 3.1'!$I$5:$I$18``, or a union of ranges in
    parentheses) and the values they hold now (numbers, texts, None for a blank)."""

    ref: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Series:
    name: str
    values: Data
    categories: Data | None = None  # the categories, or a scatter series' x values
    color: str = "4472C4"  # RGB
    line: bool = True  # scatter: points joined by a line
    dash: str | None = None  # scatter: "dash", "sysDot", ...
    marker: str = "none"  # "circle", "diamond", "square", "none"
    size: int = 7  # of the marker
    labels: bool = False  # each value written beside its bar or point


@dataclass(frozen=True)
class Chart:
    kind: str
    title: str
    series: tuple[Series, ...]
    anchor: tuple[int, int, int, int]  # first column, first row, last column, last row (0-based)
    value_format: str = "General"  # the value axis' and the labels' number format
    value_min: float | None = None
    value_max: float | None = None
    x_min: float | None = None  # scatter: the x axis
    x_max: float | None = None
    x_unit: float | None = None
    legend: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}")


@dataclass(frozen=True)
class Cell:
    """A cell of the new sheet: a value, or a formula with the value it gives now."""

    ref: str
    value: Any = None
    formula: str | None = None  # without "="
    style: str = "text"


@dataclass
class ChartSheet:
    name: str
    cells: Sequence[Cell] = ()
    charts: Sequence[Chart] = ()
    widths: dict[int, float] = field(default_factory=dict)  # 1-based column -> width
    footer: str = ""  # the printed pages' footer, in Excel's codes ("&L&A&RHalaman &P")


def add_sheet(xlsx: bytes, sheet: ChartSheet) -> bytes:
    """The package *xlsx* with *sheet* added as its last worksheet (ValueError when the
    workbook already has a sheet of that name)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    if sheet.name.lower() in (n.lower() for n in sheet_parts(source)):
        raise ValueError(f"the workbook already has a sheet named {sheet.name!r}")
    names = set(source.namelist())
    part = free_name(names, "xl/worksheets/sheet{}.xml")
    new: dict[str, bytes] = {}
    charts: list[str] = []
    drawing = None
    if sheet.charts:
        drawing = free_name(names, "xl/drawings/drawing{}.xml")
        for n, chart in enumerate(sheet.charts, start=1):
            name = free_name(names, "xl/charts/chart{}.xml")
            charts.append(name)
            new[name] = _chart_xml(chart, n)
        new[drawing] = _drawing_xml(sheet.charts)
        new[_rels(drawing)] = _relationships(
            [(f"rId{n}", "chart", name) for n, name in enumerate(charts, start=1)])
        new[_rels(part)] = _relationships([("lkipDrawing", "drawing", drawing)])
    styles = _Styles(source.read("xl/styles.xml"))
    new[part] = _sheet_xml(sheet, styles, drawing is not None)
    overrides = [(part, _WORKSHEET_TYPE), *((c, _CHART_TYPE) for c in charts)]
    if drawing:
        overrides.append((drawing, _DRAWING_TYPE))

    def changed(name: str) -> bytes:
        data = source.read(name)
        if name == "xl/workbook.xml":
            return _add_to_workbook(data, sheet.name)
        if name == "xl/_rels/workbook.xml.rels":
            return _add_relationship(data, "lkipChartSheet", "worksheet", part)
        if name == "[Content_Types].xml":
            extra = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>' for n, t in overrides)
            at = data.rindex(b"</Types>")
            return data[:at] + extra.encode() + data[at:]
        if name == "xl/styles.xml":
            return styles.xml()
        return data

    edited = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml",
              "xl/styles.xml"}

    def kept(info: zipfile.ZipInfo) -> tuple[str, bytes, bytes | None]:
        """A part as it was: its compressed bytes copied, not compressed again."""
        name = info.filename
        if name in edited:
            data = changed(name)
            return name, data, _deflate(data)
        return name, source.read(name), _raw(xlsx, info)

    parts = [kept(info) for info in source.infolist()]
    parts += [(name, data, _deflate(data)) for name, data in new.items()]
    return archive(parts)


def _deflate(data: bytes) -> bytes:
    deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
    return deflate.compress(data) + deflate.flush()


def _raw(xlsx: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The deflated bytes of a part as the archive holds them (None: a part stored)."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return None
    start = info.header_offset  # the local header: 30 bytes, the name, an extra field
    name, extra = struct.unpack("<HH", xlsx[start + 26:start + 30])
    begin = start + 30 + name + extra
    return xlsx[begin:begin + info.compress_size]


# --------------------------------------------------------------------------
# The package: workbook entry, relationships, content types

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
_DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml"


def _rels(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def _relationships(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="/{target}"/>'
                   for rid, kind, target in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships">{body}'
            "</Relationships>").encode()


def _add_relationship(xml: bytes, rid: str, kind: str, target: str) -> bytes:
    at = xml.rindex(b"</Relationships>")
    rel = f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="/{target}"/>'
    return xml[:at] + rel.encode() + xml[at:]


def _add_to_workbook(xml: bytes, name: str) -> bytes:
    ids = [int(n) for n in re.findall(rb'<sheet\b[^>]*\bsheetId="(\d+)"', xml)]
    entry = (f'<sheet xmlns:r="{_REL}" name={quoteattr(name)} sheetId="{max(ids, default=0) + 1}"'
             f' state="visible" r:id="lkipChartSheet"/>')
    at = xml.index(b"</sheets>")
    return xml[:at] + entry.encode() + xml[at:]


# --------------------------------------------------------------------------
# The new worksheet and its styles


class _Styles:
    """The workbook's styles with the few the new sheet needs appended."""

    def __init__(self, xml: bytes) -> None:
        self._xml = xml
        fonts = int(_count(xml, b"fonts"))
        xfs = int(_count(xml, b"cellXfs"))
        new_fonts = ['<font><b val="1"/><sz val="11"/><name val="Calibri"/><family val="2"/>'
                     "</font>",
                     '<font><b val="1"/><sz val="12"/><name val="Calibri"/><family val="2"/>'
                     "</font>"]
        bold, title = fonts, fonts + 1
        new_xfs = {
            "bold": f'<xf numFmtId="0" fontId="{bold}" fillId="0" borderId="0" xfId="0" '
                    'applyFont="1"/>',
            "title": f'<xf numFmtId="0" fontId="{title}" fillId="0" borderId="0" xfId="0" '
                     'applyFont="1"/>',
            "percent": '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" '
                       'applyNumberFormat="1"/>',
            "number": '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" '
                      'applyNumberFormat="1"/>',
            "wrap": '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" '
                    'applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>',
        }
        self.index = {"text": 0, **{k: xfs + i for i, k in enumerate(new_xfs)}}
        self._fonts, self._xfs = new_fonts, list(new_xfs.values())

    def xml(self) -> bytes:
        xml = _append(self._xml, b"fonts", self._fonts)
        return _append(xml, b"cellXfs", self._xfs)


def _count(xml: bytes, element: bytes) -> str:
    m = re.search(rb"<" + element + rb'\b[^>]*\bcount="(\d+)"', xml)
    if m is None:
        raise ValueError(f"styles without {element.decode()} count")
    return m.group(1).decode()


def _append(xml: bytes, element: bytes, items: list[str]) -> bytes:
    old = int(_count(xml, element))
    xml = re.sub(rb"(<" + element + rb'\b[^>]*\bcount=")\d+(")',
                 lambda m: m.group(1) + str(old + len(items)).encode() + m.group(2), xml,
                 count=1)
    at = xml.index(b"</" + element + b">")
    return xml[:at] + "".join(items).encode() + xml[at:]


def _sheet_xml(sheet: ChartSheet, styles: _Styles, drawing: bool) -> bytes:
    rows: dict[int, list[tuple[int, str]]] = {}
    for cell in sheet.cells:
        at = a1.parse(cell.ref)
        if at is None:
            raise ValueError(f"not a cell reference: {cell.ref!r}")
        rows.setdefault(at[0], []).append((at[1], _cell_xml(cell, styles.index[cell.style])))
    body = "".join(f'<row r="{r}">' + "".join(x for _, x in sorted(cells)) + "</row>"
                   for r, cells in sorted(rows.items()))
    last_row = max(rows, default=1)
    last_col = max((c for cells in rows.values() for c, _ in cells), default=1)
    cols = "".join(f'<col min="{c}" max="{c}" width="{w}" customWidth="1"/>'
                   for c, w in sorted(sheet.widths.items()))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="{a1.range_ref(1, 1, last_row, last_col)}"/>'
        '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + f"<sheetData>{body}</sheetData>"
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/><pageSetup paperSize="9" orientation="portrait" fitToWidth="1" '
        'fitToHeight="0"/>'
        + (f"<headerFooter><oddFooter>{escape(sheet.footer)}</oddFooter></headerFooter>"
           if sheet.footer else "")
        + ('<drawing r:id="lkipDrawing"/>' if drawing else "")
        + "</worksheet>").encode("utf-8")


def _cell_xml(cell: Cell, style: int) -> str:
    s = f' s="{style}"' if style else ""
    value = cell.value
    if cell.formula is None:
        if value is None or value == "":
            return f'<c r="{cell.ref}"{s}/>'
        if _is_number(value):
            return f'<c r="{cell.ref}"{s}><v>{_number(value)}</v></c>'
        return (f'<c r="{cell.ref}"{s} t="inlineStr"><is><t xml:space="preserve">'
                f"{escape(_clean(str(value)))}</t></is></c>")
    f = f"<f>{escape(cell.formula)}</f>"
    if value is None:
        return f'<c r="{cell.ref}"{s}>{f}</c>'
    if _is_number(value):
        return f'<c r="{cell.ref}"{s}>{f}<v>{_number(value)}</v></c>'
    text = str(value)
    if text.startswith("#") and text.upper() in _ERRORS:
        return f'<c r="{cell.ref}"{s} t="e">{f}<v>{escape(text)}</v></c>'
    return f'<c r="{cell.ref}"{s} t="str">{f}<v>{escape(_clean(text))}</v></c>'


_ERRORS = {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)[:TEXT_LIMIT]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(value)


def _number(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() and abs(value) < 2**53 \
        else repr(float(value))


# --------------------------------------------------------------------------
# The drawing: one anchor per chart

_EMU_PER_PIXEL = 9525


def _drawing_xml(charts: Sequence[Chart]) -> bytes:
    anchors = []
    for n, chart in enumerate(charts, start=1):
        c1, r1, c2, r2 = chart.anchor
        anchors.append(
            '<xdr:twoCellAnchor editAs="oneCell">'
            f"<xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r1}</xdr:row>"
            "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
            f"<xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row>"
            "<xdr:rowOff>0</xdr:rowOff></xdr:to>"
            f'<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{n + 1}" '
            f"name={quoteattr(f'Grafik {n}')} descr={quoteattr(chart.title)}/>"
            "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
            '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
            'chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            f'xmlns:r="{_REL}" r:id="rId{n}"/></a:graphicData></a:graphic></xdr:graphicFrame>'
            "<xdr:clientData/></xdr:twoCellAnchor>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/'
            'spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            + "".join(anchors) + "</xdr:wsDr>").encode("utf-8")


# --------------------------------------------------------------------------
# The chart parts (DrawingML, ECMA-376 Part 1 §21.2)

_CHART_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               f'xmlns:r="{_REL}"><c:date1904 val="0"/><c:lang val="id-ID"/>'
               '<c:roundedCorners val="0"/>')


def _chart_xml(chart: Chart, n: int) -> bytes:
    x_id, y_id = 50000 + 2 * n, 50001 + 2 * n
    series = "".join(_series_xml(chart, s, i) for i, s in enumerate(chart.series))
    axes = f'<c:axId val="{x_id}"/><c:axId val="{y_id}"/>'
    if chart.kind == "scatter":
        plot = (f'<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>'
                f"{series}{axes}</c:scatterChart>"
                + _value_axis(x_id, y_id, "b", "0", chart.x_min, chart.x_max, chart.x_unit,
                              grid=False, between="midCat")
                + _value_axis(y_id, x_id, "l", chart.value_format, chart.value_min,
                              chart.value_max, None, grid=True, between="midCat"))
    else:
        horizontal = chart.kind == "bar"
        plot = (f'<c:barChart><c:barDir val="{"bar" if horizontal else "col"}"/>'
                '<c:grouping val="clustered"/><c:varyColors val="0"/>'
                f'{series}<c:gapWidth val="60"/>{axes}</c:barChart>'
                # horizontal bars: the first category at the top, the values along the foot
                + _category_axis(x_id, y_id, "l" if horizontal else "b", horizontal)
                + _value_axis(y_id, x_id, "b" if horizontal else "l", chart.value_format,
                              chart.value_min, chart.value_max, None, grid=True,
                              crosses="max" if horizontal else "autoZero"))
    legend = ('<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
              if chart.legend else "")
    return (
        _CHART_HEAD + "<c:chart>" + _title(chart.title) + '<c:autoTitleDeleted val="0"/>'
        f"<c:plotArea><c:layout/>{plot}</c:plotArea>{legend}"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"/></a:pPr>"
        '<a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
        "</c:chartSpace>").encode("utf-8")


def _title(text: str) -> str:
    return ("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
            '<a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1100" b="1"/>'
            f"<a:t>{escape(_clean(text))}</a:t></a:r></a:p></c:rich></c:tx>"
            '<c:overlay val="0"/></c:title>')


def _series_xml(chart: Chart, s: Series, i: int) -> str:
    fill = f'<a:solidFill><a:srgbClr val="{s.color}"/></a:solidFill>'
    head = (f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/>'
            f"<c:tx><c:v>{escape(_clean(s.name))}</c:v></c:tx>")
    labels = ""
    if s.labels:
        position = "" if chart.kind == "scatter" else '<c:dLblPos val="outEnd"/>'
        labels = (f"<c:dLbls><c:numFmt formatCode={quoteattr(chart.value_format)} "
                  'sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
                  f'{position}<c:showLegendKey val="0"/><c:showVal val="1"/>'
                  '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
                  '<c:showBubbleSize val="0"/></c:dLbls>')
    if chart.kind == "scatter":
        dash = f'<a:prstDash val="{s.dash}"/>' if s.dash else ""
        line = (f'<a:ln w="22225">{fill}{dash}</a:ln>' if s.line
                else '<a:ln w="22225"><a:noFill/></a:ln>')
        marker = ('<c:marker><c:symbol val="none"/></c:marker>' if s.marker == "none" else
                  f'<c:marker><c:symbol val="{s.marker}"/><c:size val="{s.size}"/>'
                  f"<c:spPr>{fill}<a:ln>{fill}</a:ln></c:spPr></c:marker>")
        x = _numbers("c:xVal", s.categories, "0") if s.categories else ""
        return (f"{head}<c:spPr>{line}</c:spPr>{marker}{labels}{x}"
                f'{_numbers("c:yVal", s.values, chart.value_format)}<c:smooth val="0"/></c:ser>')
    cats = _categories(s.categories) if s.categories else ""
    return (f'{head}<c:spPr>{fill}</c:spPr><c:invertIfNegative val="0"/>{labels}{cats}'
            f'{_numbers("c:val", s.values, chart.value_format)}</c:ser>')


def _categories(data: Data) -> str:
    if data.values and all(_is_number(v) or v is None for v in data.values):
        return _numbers("c:cat", data, "General")
    points = "".join(f'<c:pt idx="{i}"><c:v>{escape(_clean(str(v)))}</c:v></c:pt>'
                     for i, v in enumerate(data.values) if v is not None and v != "")
    return (f"<c:cat><c:strRef><c:f>{escape(data.ref)}</c:f><c:strCache>"
            f'<c:ptCount val="{len(data.values)}"/>{points}</c:strCache></c:strRef></c:cat>')


def _numbers(tag: str, data: Data, number_format: str) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{_number(v)}</c:v></c:pt>'
                     for i, v in enumerate(data.values) if _is_number(v))
    return (f"<{tag}><c:numRef><c:f>{escape(data.ref)}</c:f><c:numCache>"
            f"<c:formatCode>{escape(number_format)}</c:formatCode>"
            f'<c:ptCount val="{len(data.values)}"/>{points}</c:numCache></c:numRef></{tag}>')


_AXIS_LINE = ('<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill>'
              "</a:ln></c:spPr>")
_GRID = ('<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/>'
         "</a:solidFill></a:ln></c:spPr></c:majorGridlines>")


def _category_axis(own: int, cross: int, position: str, reverse: bool) -> str:
    return (f'<c:catAx><c:axId val="{own}"/><c:scaling><c:orientation '
            f'val="{"maxMin" if reverse else "minMax"}"/></c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{position}"/><c:numFmt formatCode="General" sourceLinked="1"/>'
            '<c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
            f'<c:tickLblPos val="nextTo"/>{_AXIS_LINE}<c:crossAx val="{cross}"/>'
            '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>')


def _value_axis(own: int, cross: int, position: str, number_format: str,
                low: float | None, high: float | None, unit: float | None, *, grid: bool,
                crosses: str = "autoZero", between: str = "between") -> str:
    scaling = '<c:orientation val="minMax"/>'
    if high is not None:
        scaling += f'<c:max val="{_number(high)}"/>'
    if low is not None:
        scaling += f'<c:min val="{_number(low)}"/>'
    return (f'<c:valAx><c:axId val="{own}"/><c:scaling>{scaling}</c:scaling>'
            f'<c:delete val="0"/><c:axPos val="{position}"/>{_GRID if grid else ""}'
            f'<c:numFmt formatCode={quoteattr(number_format)} sourceLinked="0"/>'
            '<c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
            f'<c:tickLblPos val="nextTo"/>{_AXIS_LINE}<c:crossAx val="{cross}"/>'
            f'<c:crosses val="{crosses}"/><c:crossBetween val="{between}"/>'
            + (f'<c:majorUnit val="{_number(unit)}"/>' if unit else "")
            + "</c:valAx>")
