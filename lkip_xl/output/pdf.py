"""The LKIP as a PDF document, made from a final workbook's values.

The document is built with ReportLab's Platypus (pure pip, fonts embedded):
cover, Kata Pengantar with the signature block, Daftar Isi with page numbers,
Ikhtisar Eksekutif, BAB I-IV with every table captioned as numbered in the
workbook (header rows repeated when a table breaks across pages, wide tables
on landscape pages), the narrative, page numbers, PDF bookmarks for chapters
and tables, and document metadata.

Everything comes from the final workbook alone — its computed values
(:func:`lkip_xl.book.finalbook.read_final`) and its Narasi sheet as staff left it —
so the PDF can be regenerated from an edited final workbook.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Any, TypeGuard

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from lkip_xl.book import extras
from lkip_xl.book.finalbook import FinalBook, Record, read_final
from lkip_xl.model import outline, schema
from lkip_xl.model.errors import InputError, Location, NotFinalError
from lkip_xl.model.findings import SEVERITY_TEXT
from lkip_xl.model.narasi import Shown
from lkip_xl.model.numbers import format_angka, format_fraction, parse_number
from lkip_xl.output import figures, narrative
from lkip_xl.output.marks import SHEET as VALIDASI
from lkip_xl.xlsx.files import Outputs, source_mark
from lkip_xl.xlsx.reader import Book

FONT, BOLD, ITALIC = "LkipSans", "LkipSans-Bold", "LkipSans-Italic"
BOLD_ITALIC = "LkipSans-BoldItalic"

def register_fonts() -> None:
    """Register Liberation Sans (metric-compatible with Arial, SIL OFL; shipped in
    ``lkip_xl/fonts``) so that the fonts are embedded."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(__file__).resolve().parent.parent / "fonts"
    for name, file in ((FONT, "Regular"), (BOLD, "Bold"), (ITALIC, "Italic"),
                       (BOLD_ITALIC, "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"LiberationSans-{file}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    # a drawing (the figures) starts in ReportLab's default font, Helvetica, which is not
    # embedded: start it in ours
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=16, alignment=TA_JUSTIFY,
                          spaceAfter=7)
    return {
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=_SIZE, leading=_SIZE + 2,
                               alignment=0, spaceAfter=0),
        "num": ParagraphStyle("num", parent=base, fontSize=_SIZE, leading=_SIZE + 2,
                              alignment=TA_RIGHT,
                              spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=_SIZE,
                               leading=_SIZE + 2,
                               alignment=TA_CENTER, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=20,
                             alignment=TA_CENTER, spaceAfter=12, spaceBefore=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=6, alignment=0, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=6, spaceAfter=3, alignment=0, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=base, fontName=BOLD, fontSize=10,
                                  leading=13, alignment=TA_CENTER, spaceBefore=8,
                                  spaceAfter=4, keepWithNext=1),  # never alone at a foot
        "cover": ParagraphStyle("cover", parent=base, fontName=BOLD, fontSize=18, leading=26,
                                alignment=TA_CENTER),
        "cover_small": ParagraphStyle("cover_small", parent=base, fontName=BOLD, fontSize=14,
                                      leading=20, alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", fontName=BOLD, fontSize=11, leading=16),
        "toc2": ParagraphStyle("toc2", fontName=FONT, fontSize=10, leading=13, leftIndent=14),
        "toc3": ParagraphStyle("toc3", fontName=FONT, fontSize=9.5, leading=12, leftIndent=28),
    }


class _Document(BaseDocTemplate):
    """A4 portrait and landscape pages; headings feed the table of contents and bookmarks."""

    def __init__(self, target: Any, book: FinalBook, source: str) -> None:
        identity = book.identity
        title = f"{schema.choice(identity, 'sebutan')} {identity.get('instansi') or ''} " \
                f"Tahun {book.year}"
        super().__init__(target, pagesize=A4, title=title,
                         author=str(identity.get("instansi") or ""),
                         subject="Laporan Kinerja Instansi Pemerintah", creator="lkip-xl",
                         keywords=source,
                         leftMargin=2.2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                         bottomMargin=2 * cm, initialFontName=FONT, initialFontSize=10)
        portrait = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="p")
        wide = landscape(A4)
        land = Frame(1.5 * cm, 1.8 * cm, wide[0] - 3 * cm, wide[1] - 3.6 * cm, id="l")
        self.addPageTemplates([
            PageTemplate("cover", [portrait], onPage=self._watermark),
            PageTemplate("front", [portrait], onPage=self._footer, pagesize=A4),
            PageTemplate("portrait", [portrait], onPage=self._footer, pagesize=A4),
            PageTemplate("landscape", [land], onPage=self._footer, pagesize=wide),
        ])
        self._title = title

    draft = False  # a report with open errors: DRAF across every page
    toc: TableOfContents
    body_start: int | None = None  # the page BAB I begins on: page 1
    known_start = 10**6  # the same, from the pass before (the contents are drawn before it)

    passes = 0

    def beforeDocument(self) -> None:  # each pass of multiBuild counts anew
        if self.body_start is not None:
            self.known_start = self.body_start
        self.body_start = None
        self.passes += 1
        # the first pass only lays the pages out, for the contents' page numbers: its
        # tables are measured and split but not drawn (never the pass that is kept, see
        # _expected_contents)
        self.canv.lkip_dry = self.passes == 1  # type: ignore[attr-defined]

    def label(self, page: int) -> str:
        """How the contents name an absolute page: as its footer does."""
        return _roman(page - 1) if page < self.known_start else str(page - self.known_start + 1)

    def number(self) -> str:
        """The current page's number as printed: i, ii, … before BAB I, then 1, 2, …"""
        if self.pageTemplate.id in ("cover", "front"):
            return _roman(self.page - 1)
        if self.body_start is None:
            self.body_start = self.page
        return str(self.page - self.body_start + 1)

    def _watermark(self, canvas: Any, doc: Any) -> None:
        if not self.draft:
            return
        canvas.saveState()
        width, height = canvas._pagesize
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
        canvas.setFont(BOLD, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -40, "DRAF")
        canvas.restoreState()

    def _footer(self, canvas: Any, doc: Any) -> None:
        self._watermark(canvas, doc)
        canvas.saveState()
        canvas.setFont(FONT, 8)
        width = canvas._pagesize[0]
        canvas.drawRightString(width - 1.5 * cm, 1 * cm, self.number())
        canvas.drawString(1.5 * cm, 1 * cm, self._title)  # left: a long title reaches no number
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = getattr(flowable, "toc_text", None) or flowable.getPlainText()
        key = f"bm{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)  # plain text
        self.notify("TOCEntry", (level, _escape(text), self.page, key))  # read as markup


class _Table(Table):
    """A table not drawn in a pass whose pages are not kept."""

    def draw(self) -> None:
        if not getattr(self.canv, "lkip_dry", False):
            super().draw()


def _expected_contents(story: list[Any], toc: TableOfContents) -> None:
    """Give the table of contents the entries it will have before the first pass, so that
    it is as long in the first pass as in the last: the pages do not move between the
    passes and two passes are enough, not three.  Their page numbers (-1) are not the
    real ones, so the first pass is never taken as the last."""
    toc._entries = [(f.toc_level, _escape(getattr(f, "toc_text", None) or f.getPlainText()),
                     -1, f"bm{id(f)}")
                    for f in story if getattr(f, "toc_level", None) is not None]


def _roman(n: int) -> str:
    """i, ii, iii, iv, … (front matter page numbers)."""
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _heading(text: str, style: ParagraphStyle, level: int, toc: str | None = None) -> Paragraph:
    """A heading that makes a table-of-contents entry and a PDF bookmark at *level*."""
    p = Paragraph(text, style)
    p.toc_level = level  # type: ignore[attr-defined]
    p.toc_text = toc  # type: ignore[attr-defined]
    return p


_SHARES = ("persen", "serapan")  # of a budget: above 100% is marked
_BUDGETS = ("Realisasi Anggaran", "Anggaran Sasaran", "Capaian Sasaran", "Efisiensi Program")


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


NONE = "–"  # a number not given, or one that cannot be printed (the appendix says why)
_NOT_AVAILABLE = {"n/a", "na", "n.a", "n.a."}


def _cell(value: Any, column: schema.Column, percent: bool) -> str:
    """A cell as printed: numbers the Indonesian way; in a column of numbers, a blank, an
    Excel error (#N/A of an unreadable amount) or text that is no number is a dash, and
    N/A is written one way; other text as it is (a category, a level)."""
    numeric = column.kind in schema.NUMERIC_KINDS
    if value is None or value == "":
        return NONE if numeric else ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        text = str(value).strip()
        if numeric and text.lower() in _NOT_AVAILABLE:
            return "N/A"
        if numeric and (text.startswith("#") or column.kind != "nilai"
                        or _BROKEN_NUMBER.fullmatch(text)):
            return NONE
        return _escape(text)
    if column.kind == "persen" or percent:
        return format_fraction(value)
    if column.kind in ("rupiah", "orang"):
        return format_angka(value, 0 if float(value).is_integer() else 2)
    return format_angka(value)


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """A text as paragraphs: each line of it (a line break typed in its cell) one."""
    return [Paragraph(_escape(line), style) for line in text.splitlines() if line.strip()] \
        or [Paragraph("", style)]


def _escape(text: str) -> str:
    """*text* as ReportLab markup shows it: no input can open a tag (a link, an image, a
    font change) or break the paragraph parser.  Every text from a workbook passes here."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_TOTAL_WORDS = ("jumlah", "total", "rata-rata", "rata rata")
# digits and separators that do not read as a number ("1.500,000,0", "Rp.4.110,677,710")
_BROKEN_NUMBER = re.compile(r"(?:rp\.?\s*)?[\d.,\s]*\d[\d.,\s%]*", re.I)


def _numeric(value: Any) -> bool:
    """A number, or a text that reads as one ("1.234.567", "93,28%", "-"): aligned right."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    text = str(value).strip()
    return text == "-" or parse_number(text, integer_unit=True).ok \
        or parse_number(text).ok


def _extra_table(extra: extras.Extra) -> tuple[schema.Table, list[Record]]:
    """A table of the report's own as a table of the schema: a column of numbers is
    printed as numbers, a row named Jumlah or Total in bold."""
    columns = []
    for i, head in enumerate(extra.header):
        values = [row[i] for row in extra.rows if row[i] not in (None, "")]
        numeric = bool(values) and all(_numeric(v) for v in values)
        longest = max([len(head)] + [len(str(v)) for v in values])
        columns.append(schema.Column(f"c{i}", head or " ", "nilai" if numeric else "teks",
                                     required=True, width=min(max(longest, 8), 60)))
    records = []
    for n, row in enumerate(extra.rows):
        first = next((str(v).strip().lower() for v in row if isinstance(v, str) and v.strip()),
                     "")
        kind = "total" if first.startswith(_TOTAL_WORDS) else "item"
        records.append(Record(kind, "", n, {f"c{i}": v for i, v in enumerate(row)},
                              frozenset()))
    return schema.Table(extra.sheet, tuple(columns), ()), records


def _table(tbl: schema.Table, rows: list[Record], widths: tuple[float, float],
           years: schema.Years, styles: dict[str, ParagraphStyle]) -> tuple[Table, bool]:
    """The table, and whether it goes on a landscape page: when the outline puts it there,
    or when its columns do not fit a portrait page without breaking words (*widths*: the
    portrait and the landscape frame's width)."""
    # an optional column the report does not fill (Realisasi Fisik, budget per sasaran) is
    # left out rather than printed empty
    # codes are the workbook's keys, not the report's text, unless they are all a row has
    # for a name (Golongan IV, S1 in the staff tables)
    named = any(c.kind == "teks" for c in tbl.template_columns)
    columns = [c for c in tbl.template_columns if (c.kind != "kode" or not named)
               and (c.required or any(r.values.get(c.key) not in (None, "") for r in rows))]
    headers = [c.header_for(years) for c in columns]
    # a sub kegiatan is set below its kegiatan (a subtotal, in bold): its name after a dash
    name = next((c.key for c in columns if c.kind == "teks" and c.key != "no"), None)
    texts = []
    for r in rows:
        plain = []
        for n, c in enumerate(columns):
            text = _cell(r.values.get(c.key), c, c.key in r.percent)
            if r.kind == "sub" and c.key == name and text:
                text = _SUB + text
            value = r.values.get(c.key)
            if c.key in r.prefix and _is_number(value):  # a target "≥ 75": as Excel shows it
                text = _escape(r.prefix[c.key]) + text
            if c.key == "perubahan" and "realisasi" in r.percent and _is_number(value):
                text = f"{format_angka(value * 100)} poin"  # of a percentage: points
            elif c.key in _SHARES and tbl.sheet in _BUDGETS and _is_number(value) \
                    and value > 1:
                text = f'{_RED}{text}</font>'  # more spent than budgeted
            if not n and not text and r.kind == "total" and tbl.rows and tbl.rows.total \
                    and not any(isinstance(r.values.get(c.key), str) and r.values[c.key].strip()
                                for c in columns if c.kind in ("teks", "kode")):
                text = _escape(tbl.rows.total)  # a total the data did not name
            plain.append((text, r.role != "item"))
        texts.append(plain)
    # the largest type at which no word breaks: on a portrait page, else a landscape one
    for size in _SIZES:
        least, wanted = _room(columns, headers, texts, size)
        wide = tbl.landscape or sum(least) > widths[0]
        if sum(least) <= widths[wide]:
            break
    look = {name: ParagraphStyle(f"{name}{size}", parent=styles[name], fontSize=size,
                                 leading=size + 2) for name in ("head", "num", "cell")}
    header = [Paragraph(_escape(h), look["head"]) for h in headers]
    col_widths = _widths(least, wanted, widths[wide])
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, c in enumerate(columns):
        if c.kind in schema.NUMERIC_KINDS:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    # a cell whose text fits its column on one line is drawn as a plain string (as the
    # paragraph would draw it, at a fraction of the cost); one that wraps, a paragraph
    fits = _Fits(col_widths, size)
    body, marks = [], []
    for r, plain in zip(rows, texts, strict=True):
        bold_row = False
        cells: list[Any] = []
        mark: list[_Mark] = []
        for i, (c, (text, bold)) in enumerate(zip(columns, plain, strict=True)):
            red = text.startswith(_RED)
            raw = _unescape(text[len(_RED):-len("</font>")] if red else text)
            if fits(raw, i, bold):
                cells.append(raw)
                bold_row |= bold
                if red:
                    mark.append(("TEXTCOLOR", i, i, _RED_COLOR))
            else:
                cells.append(Paragraph(f"<b>{text}</b>" if bold and text else text,
                                       look["num"] if c.kind in schema.NUMERIC_KINDS
                                       else look["cell"]))
        if not any(isinstance(v, Paragraph) or v for v in cells):  # an empty row: no line
            cells = [Paragraph("", look["cell"]) for _ in cells]
        body.append(cells)
        if bold_row:
            mark.append(("FONTNAME", 0, -1, BOLD))
        if r.kind == "group":
            mark.append(("BACKGROUND", 0, -1, _GROUP))
        marks.append(mark)
    return _rows_table(header, body, marks, style, col_widths), wide


_Mark = tuple[str, int, int, Any]  # a style command of one body row: its columns, value
_SUB = "\u2013 "  # before the name of a sub kegiatan
_GROUP = colors.HexColor("#F2F2F2")
_LONG = 60  # body rows from which a table is split into pages here, not by ReportLab


def _rows_table(header: list[Any], body: list[list[Any]], marks: list[list[_Mark]],
                style: list[tuple[Any, ...]], col_widths: list[float]) -> Any:
    """A table whose header row is repeated on every page it spans: a ReportLab table when
    it is short, else :class:`_Rows`, which gives ReportLab one page of rows at a time."""
    rows = _Rows(header, body, marks, style, col_widths)
    return rows if len(body) > _LONG else rows.piece(0, len(body))


class _Rows(Flowable):
    """A long table, split into pages as ReportLab splits a table with ``repeatRows=1``
    (the header row on every page, as many whole rows as fit), in time linear in its rows.

    ReportLab splits a table by building the rest of it anew at every page (its rows, its
    style commands, their heights), which makes a table of thousands of rows quadratic.
    Here the heights of the rows are measured once, in blocks, and each page is a table of
    the header and the rows that fit on it; the rest is this flowable again, from the
    next row.  A row that does not fit on a page even alone is left to ReportLab."""

    def __init__(self, header: list[Any], body: list[list[Any]], marks: list[list[_Mark]],
                 style: list[tuple[Any, ...]], col_widths: list[float], start: int = 0,
                 shared: dict[str, list[float]] | None = None) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a table is placed
        self.header, self.body, self.marks, self.style = header, body, marks, style
        self.col_widths, self.start = col_widths, start
        self.shared: dict[str, list[float]] = {} if shared is None else shared

    def piece(self, lo: int, hi: int, heights: list[float] | None = None) -> Table:
        """The table of the header and body rows lo to hi."""
        style = list(self.style)
        for n, mark in enumerate(self.marks[lo:hi], start=1):
            style += [(cmd, (c0, n), (c1, n), value) for cmd, c0, c1, value in mark]
        table = _Table([self.header, *self.body[lo:hi]], colWidths=self.col_widths,
                       rowHeights=heights, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle(style))
        return table

    def heights(self) -> list[float]:
        """The header's height, then each body row's, as ReportLab measures them (the
        columns' widths are fixed: measured once, whatever the room around the table)."""
        if not self.shared:
            found: list[float] = []
            block = 200
            for lo in range(0, max(len(self.body), 1), block):
                t = self.piece(lo, min(lo + block, len(self.body)))
                t.wrap(sum(self.col_widths), 0xFFFFFFF)
                found += t._rowHeights[0 if lo == 0 else 1:]
            ends = [0.0]  # the height of the body rows before each
            for h in found[1:]:
                ends.append(ends[-1] + h)
            self.shared.update(heights=found, ends=ends)
        heights: list[float] = self.shared["heights"]
        return heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights, ends = self.heights(), self.shared["ends"]
        self.width = sum(self.col_widths)
        self.height = heights[0] + ends[-1] - ends[self.start]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        heights = self.heights()
        used, end = heights[0], self.start
        while end < len(self.body) and used + heights[end + 1] <= availHeight:
            used += heights[end + 1]
            end += 1
        if end == self.start:  # not even one row: ReportLab may split within it
            if availHeight <= heights[0] \
                    or not self.piece(self.start, self.start + 1).split(availWidth,
                                                                        availHeight):
                return []  # the usual case: the rest of a page too short, go to the next
            return self.piece(self.start, len(self.body)).split(availWidth, availHeight)
        rows = [heights[0], *heights[self.start + 1:end + 1]]
        out: list[Any] = [self.piece(self.start, end, rows)]
        if end < len(self.body):
            out.append(_Rows(self.header, self.body, self.marks, self.style,
                             self.col_widths, end, self.shared))
        return out

    def draw(self) -> None:
        if getattr(self.canv, "lkip_dry", False):
            return
        heights = self.heights()
        table = self.piece(self.start, len(self.body),
                           [heights[0], *heights[self.start + 1:]])
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


@functools.lru_cache(maxsize=1 << 16)
def _string_width(text: str, font: str, size: float) -> float:
    """The width of *text* (the same numbers, dashes and words recur in every table)."""
    return pdfmetrics.stringWidth(text, font, size)


_RED = '<font color="#B00000">'
_RED_COLOR = colors.HexColor("#B00000")


def _unescape(text: str) -> str:
    """The text that :func:`_escape` made *text* of."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class _Fits:
    """Whether a text is drawn on one line of its column as a paragraph would draw it: no
    line break, no run of spaces (a paragraph draws one), no wider than the column."""

    def __init__(self, col_widths: list[float], size: float, padding: float = 6) -> None:
        self.room = [w - padding for w in col_widths]
        self.size = size

    def __call__(self, text: str, column: int, bold: bool) -> bool:
        if text != " ".join(text.split()):
            return False
        return _string_width(text, BOLD if bold else FONT, self.size) \
            <= self.room[column]


_PAD = 6.5  # left and right padding of a cell, and a little air


def _room(columns: list[schema.Column], headers: list[str],
          texts: list[list[tuple[str, bool]]], size: float = 7.5
          ) -> tuple[list[float], list[float]]:
    """What each column needs so that no word breaks (its header's longest word, and of a
    numeric or short text cell its whole text, of a long text its longest word), and the
    weight by which a long text column takes the room left."""
    def words(text: str, font: str) -> float:
        return max((_string_width(w, font, size) for w in text.split()), default=0)

    least, wanted = [], []
    for i, (column, header) in enumerate(zip(columns, headers, strict=True)):
        need = words(header, BOLD)
        whole = column.kind in schema.NUMERIC_KINDS or column.width <= 16
        for row in texts:
            text, bold = row[i]
            font = BOLD if bold else FONT
            need = max(need, _string_width(text, font, size) if whole
                       else words(text, font))
        least.append(need + _PAD)
        wanted.append(0.0 if whole else column.width)
    return least, wanted


def _widths(least: list[float], wanted: list[float], width: float) -> list[float]:
    """The columns' widths on a frame *width* wide: each what it needs, the room left to the
    long text columns by weight; when even that does not fit, all shrink alike."""
    spare = width - sum(least)
    if spare < 0 or not any(wanted):
        return [w * width / sum(least) for w in least]
    share = sum(wanted)
    return [w + spare * v / share for w, v in zip(least, wanted, strict=True)]


_SIZE = 8.0  # the font size of table cells and headers: no smaller, to be read
_SIZES = (_SIZE,)


def build(final: str | Path | bytes, *, name: str | None = None,
          final_only: bool = False) -> bytes:
    """The PDF of the final workbook *final* (a file, or its bytes named *name*), as bytes.

    The PDF names the workbook it was made from, with the SHA-256 of its content, in its
    keywords (:func:`lkip_xl.xlsx.files.made_from`), so that a PDF beside a changed
    workbook can be told apart.  While the workbook's Validasi sheet has errors, the PDF
    is a draft: DRAF across every page and the open findings in an appendix; with
    *final_only* it is refused instead (:class:`NotFinalError`).
    """
    import hashlib
    import io

    source: Path | bytes = final if isinstance(final, bytes) else Path(final)
    if isinstance(source, Path) and not source.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=source))
    label = name or (source.name if isinstance(source, Path) else "")
    content = source if isinstance(source, bytes) else source.read_bytes()
    readable = with_values(content, source if isinstance(source, Path) else None)
    where = source if isinstance(source, Path) else None
    try:  # opened once: from its file unless it was recalculated in memory
        with Book(source if readable is content else readable) as opened:
            book = read_final(opened)
            if not book.tables:
                raise InputError("bukan buku kerja akhir lkip-xl (lembar _lkip tidak ada); "
                                 "jalankan lkip-xl fill lebih dulu", Location(file=where))
            narasi = narrative.read_sheet(opened)
            pictures = opened.parts("xl/media/", (".png", ".jpg", ".jpeg"))
            logo = opened.read(pictures[0]) if pictures else None
            findings = open_findings(opened)
    except InputError as exc:  # a message about the recalculated copy names the file
        if where is not None and exc.location is not None and exc.location.file is None:
            exc.location = dataclasses.replace(exc.location, file=where)
        raise
    errors = sum(f.get("Tingkat") == SEVERITY_TEXT["error"] for f in findings)
    if final_only and errors:
        raise NotFinalError(
            f"laporan masih memuat {errors} galat (lembar Validasi buku kerja akhir); "
            "perbaiki data lalu jalankan lagi, atau buat draf tanpa --final",
            Location(file=label or None))
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = _Document(buffer, book, source_mark(label, hashlib.sha256(content).hexdigest()))
    doc.draft = bool(errors)
    story = _story(book, narasi, styles, doc, logo)
    if errors:
        story += _appendix(findings, styles, doc)
    _expected_contents(story, doc.toc)
    doc.multiBuild(story)
    return buffer.getvalue()


def with_values(content: bytes, path: Path | None = None) -> bytes:
    """The final workbook *content* with the values of its formulas: as it is, or, when a
    tool that does not calculate saved it (its tables' formulas have no stored value),
    recalculated in memory by the engine fill uses (the file itself is not changed)."""
    with Book(path if path is not None else content) as probe:  # checked: a hostile file
        # is refused here, naming the file
        tables = [t.sheet for t in schema.TABLES if t.in_template and t.sheet in probe.sheetnames]
        if not any(probe.uncached_formulas(sheet) for sheet in tables):
            return content
    from lkip_xl.xlsx.recalc import recalculate

    try:
        return recalculate(content)
    except Exception as exc:
        raise InputError("rumus buku kerja akhir tidak memiliki nilai tersimpan dan tidak "
                         f"dapat dihitung ulang ({exc}); buka dan simpan di Excel, lalu "
                         "ulangi", Location(file=path)) from exc


def open_findings(opened: Book) -> list[dict[str, str]]:
    """The errors and warnings of a final workbook's Validasi sheet, each by its column
    headers (Tingkat, Pesan, Di buku kerja data, …)."""
    if VALIDASI not in opened.sheetnames:
        return []
    rows = opened.sheet(VALIDASI).rows
    header = next((r for r, values in rows if "Tingkat" in values and "Pesan" in values), None)
    if header is None:
        return []
    names = [str(v or "") for r, values in rows if r == header for v in values]
    wanted = {SEVERITY_TEXT["error"], SEVERITY_TEXT["warning"]}
    out = []
    for r, values in rows:
        if r > header:
            found = {n: "" if v is None else str(v) for n, v in zip(names, values, strict=False)}
            if found.get("Tingkat") in wanted:
                out.append(found)
    return out


def _appendix(findings: list[dict[str, str]], styles: dict[str, ParagraphStyle],
              doc: _Document) -> list[Any]:
    """The open findings of a draft: what is still to be fixed before it is signed."""
    errors = sum(f.get("Tingkat") == SEVERITY_TEXT["error"] for f in findings)
    intro = (f"Laporan ini masih draf: pemeriksaan lkip-xl menemukan {errors} galat dan "
             f"{len(findings) - errors} peringatan yang belum diperbaiki. Setelah data "
             "diperbaiki dan laporan dibuat ulang tanpa galat, lampiran ini dan tanda DRAF "
             "tidak dicetak lagi.")
    head = [Paragraph(h, styles["head"]) for h in ("No", "Tingkat", "Tempat", "Masalah")]
    col_widths = [w * doc.width for w in (0.06, 0.12, 0.27, 0.55)]
    # the cell paddings are the table's own (6, 6): a text that fits is a plain string
    fits = _Fits(col_widths, _SIZE, padding=12)

    def cell(text: str, column: int) -> Any:
        return text if fits(text, column, False) \
            else Paragraph(_escape(text), styles["cell"])

    rows = [[cell(str(n), 0), cell(f.get("Tingkat", ""), 1),
             cell(f.get("Di buku kerja data") or " › ".join(
                 p for p in (f.get("Lembar", ""), f.get("Sel", "")) if p), 2),
             cell(f.get("Pesan", ""), 3)]
            for n, f in enumerate(findings, start=1)]
    table = _rows_table(head, rows, [[] for _ in rows],
                        [("FONTNAME", (0, 0), (-1, -1), FONT),
                         ("FONTSIZE", (0, 0), (-1, -1), _SIZE),
                         ("LEADING", (0, 0), (-1, -1), _SIZE + 2),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")], col_widths)
    return [PageBreak(), _heading("CATATAN PEMERIKSAAN", styles["h1"], 0,
                                  "Catatan Pemeriksaan"),
            Paragraph(_escape(intro), styles["body"]), table]


def _image(data: bytes, height: float) -> Any:
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(data))
    width, tall = reader.getSize()
    return Image(io.BytesIO(data), width=height * width / tall, height=height)


def export(final: str | Path, out: str | Path | None = None, *, force: bool = True,
           final_only: bool = False) -> Path:
    """Write the PDF of *final* (default: beside it, with the .pdf suffix)."""
    target = Path(out) if out else Path(final).with_suffix(".pdf")
    with Outputs([target], force=force, inputs=[final]) as files:
        files.put(target, build(final, final_only=final_only))
    return target


class _Text:
    """The paragraphs to print, by where they go: the staff's own (by their Bagian
    Laporan), else the generated ones (the Narasi sheet marks those it does not print)."""

    def __init__(self, shown: list[Shown]) -> None:
        self.generated = {p.key: p for p in shown if p.origin != narrative.STAFF}
        self.indicator = {p.key.removeprefix(narrative.STAFF_KEY): p for p in shown
                          if p.origin == narrative.STAFF
                          and p.key.startswith(narrative.STAFF_KEY + "indikator.")}
        # the staff's paragraphs in their order, a group per Bagian Laporan
        self.groups: list[tuple[outline.Placement, list[str]]] = []
        for p in shown:
            if p.origin != narrative.STAFF or p.key in [narrative.STAFF_KEY + k
                                                        for k in self.indicator]:
                continue
            where = outline.locate_text(p.title)
            if where is None:
                continue
            if self.groups and self.groups[-1][0] == where:
                self.groups[-1][1].append(p.text)
            else:
                self.groups.append((where, [p.text]))

    def front(self, name: str, key: str) -> str:
        """Kata Pengantar or Ikhtisar Eksekutif: the staff's, else the generated text."""
        own = [t for where, texts in self.groups if where.section == name for t in texts]
        generated = self.generated.get(key)
        return "\n".join(own) if own else (generated.text if generated else "")

    def of_section(self, chapter: outline.Chapter, section: outline.Section
                   ) -> list[tuple[str, str]]:
        """(title, text) of a section: the staff's paragraphs for it, else the generated;
        one per indicator in the analysis section, the staff's Uraian first."""
        own = [("", t) for where, texts in self.groups
               if where.chapter == chapter.label and where.section == section.title
               for t in texts]
        if own:
            return own
        out = []
        for key, p in self.generated.items():
            if key.split(".", 1)[0] in section.paragraphs and p.text.strip():
                staff = self.indicator.get(key)
                out.append((p.title, (staff or p).text))
        return out


def _story(book: FinalBook, narasi: list[Shown],
           styles: dict[str, ParagraphStyle], doc: _Document, logo: bytes | None) -> list[Any]:
    text = _Text(narasi)
    identity = {k: ("" if v is None else str(v)) for k, v in book.identity.items()}
    year = book.year
    pemda = str(identity.get("pemerintah") or "").strip()
    story: list[Any] = [NextPageTemplate("cover"), Spacer(1, 1.5 * cm)]
    if pemda:
        story += [Paragraph(_escape(f"PEMERINTAH {pemda.upper()}"), styles["cover_small"]),
                  Spacer(1, 1 * cm)]
    story.append(Spacer(1, 1 * cm) if logo else Spacer(1, 3 * cm))
    if logo:
        story += [_image(logo, 4 * cm), Spacer(1, 1.2 * cm)]
    story += [Paragraph("LAPORAN KINERJA", styles["cover"]),
              Paragraph("INSTANSI PEMERINTAH", styles["cover"]),
              Paragraph(f"({schema.choice(identity, 'sebutan')})", styles["cover"]),
              Spacer(1, 1.5 * cm),
              Paragraph(_escape(identity.get("instansi", "").upper()), styles["cover"]),
              Paragraph(_escape(schema.region(identity).upper()), styles["cover_small"]),
              Spacer(1, 1.5 * cm), Paragraph(f"TAHUN {year}", styles["cover"]),
              NextPageTemplate("front"), PageBreak()]
    story.append(_heading("KATA PENGANTAR", styles["h1"], 0))
    story += _paragraphs(text.front("Kata Pengantar", "kata_pengantar"), styles["body"])
    story.append(Spacer(1, 1 * cm))
    story.append(_signature(identity, styles, doc))
    story += [PageBreak(), Paragraph("DAFTAR ISI", styles["h1"])]
    toc = TableOfContents(formatter=doc.label)
    toc.levelStyles = [styles["toc1"], styles["toc2"], styles["toc3"]]
    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    doc.toc = toc
    story += [toc, PageBreak()]
    story.append(_heading("IKHTISAR EKSEKUTIF", styles["h1"], 0))
    story += _paragraphs(text.front("Ikhtisar Eksekutif", "ikhtisar"), styles["body"])
    chapters = _Chapters(book, text, styles, doc, story)
    for chapter in outline.OUTLINE:
        if chapter.label:  # the front matter is above
            chapters.write(chapter)
    if "Tabel 2.6" in chapters.names:  # the Perjanjian Kinerja, signed, as its attachment
        shown = outline.shown("Tabel 2.6")
        flowables, _ = _table_flowables(book, shown, "Lampiran", chapters.captions, styles,
                                        doc, book.years)
        flowables[0].toc_level = 1  # the caption, right under the chapter-like heading
        if not isinstance(story[-1], PageBreak):
            story.append(PageBreak())
        story += [_heading("LAMPIRAN", styles["h1"], 0, "Lampiran"), *flowables,
                  Spacer(1, 0.8 * cm), _signature(identity, styles, doc)]
    return story


def _signature(identity: dict[str, str], styles: dict[str, ParagraphStyle],
               doc: _Document) -> Table:
    """The signature block: place and date, the signatory's office, name, rank and NIP."""
    place = ", ".join(p for p in (identity.get("kota", ""), identity.get("tanggal", "")) if p)
    lines = [place, identity.get("jabatan", "").upper(), "", "", "",
             identity.get("nama", ""), identity.get("pangkat", ""),
             f"NIP. {identity.get('nip', '')}" if identity.get("nip") else ""]
    block = [Paragraph(f"<b><u>{_escape(line)}</u></b>" if n == 5 and line
                       else _escape(line) or "&nbsp;", styles["center"])
             for n, line in enumerate(lines)]
    return Table([["", block]], colWidths=[doc.width * 0.45, doc.width * 0.55],
                 style=[("FONTNAME", (0, 0), (-1, -1), FONT)])


class _Chapters:
    """The chapters of the report: the outline's sections with their tables and text, and
    the staff's own sections where their Bagian Laporan puts them (in the staff's order)."""

    def __init__(self, book: FinalBook, text: _Text, styles: dict[str, ParagraphStyle],
                 doc: _Document, story: list[Any]) -> None:
        self.book, self.text, self.styles, self.doc, self.story = book, text, styles, doc, story
        self.captions = schema.caption_values(book.identity)
        self.names = book.names()
        self.own = extras.by_section(book.extras)
        self.extra_of = {e.sheet: e for e in book.extras}
        # headings not yet followed by anything: they go with a landscape table to its page
        self.pending: list[Any] = []
        self.level = 0  # of the last heading: the chapter's is 0
        # the figures, each after the table it draws, numbered like the tables
        found = figures.figures(book)
        numbers = figures.numbers(found, schema.choice(book.identity, "penomoran"))
        self.figures: dict[str, list[tuple[str, Any]]] = {}
        for figure in found:
            self.figures.setdefault(figure.after, []).append((numbers[figure.id], figure))

    def write(self, chapter: outline.Chapter) -> None:
        if not isinstance(self.story[-1], PageBreak):  # a landscape table ended the last one
            self.story += [NextPageTemplate("portrait"), PageBreak()]
        else:
            self.story.insert(len(self.story) - 1, NextPageTemplate("portrait"))
        self._heading(f"{chapter.label}<br/>{chapter.title}", "h1", 0,
                      f"{chapter.label} {chapter.title.title()}")
        done: set[str] = set()
        titles = [s.title for s in chapter.sections]
        for where, texts in self.text.groups:
            if where.chapter != chapter.label:
                continue
            if where.section is not None:  # that section, and those before it, now
                for section in chapter.sections[:titles.index(where.section) + 1]:
                    if section.title not in done:
                        done.add(section.title)
                        self._section(chapter, section)
                continue
            level = min(where.level - 1, self.level + 1)  # a bookmark level is not skipped
            self._heading(_escape(where.heading), "h2" if level == 1 else "h3", level)
            for t in texts:
                self.story.extend(_paragraphs(t, self.styles["body"]))
            self.pending = []
        for section in chapter.sections:
            if section.title not in done:
                self._section(chapter, section)

    def _heading(self, text: str, style: str, level: int, toc: str | None = None) -> None:
        self.level = level
        self.pending.append(_heading(text, self.styles[style], level, toc))
        self.story.append(self.pending[-1])

    def _section(self, chapter: outline.Chapter, section: outline.Section) -> None:
        shown = [t for t in section.tables if t.sheet in self.names]
        added = [self.extra_of[sheet] for sheet in self.own.get(section.title, ())]
        paragraphs = self.text.of_section(chapter, section)
        if not shown and not added and not paragraphs:
            return
        self._heading(_escape(section.title), "h2", 1)
        for table in shown:
            self._table(table)
            for number, figure in self.figures.get(table.sheet, ()):
                self.story += [_heading(_escape(figure.title(number)), self.styles["caption"],
                                        2),
                               figure.drawing(self.doc.width, self.doc.height - 40),
                               Spacer(1, 8)]
                self.pending = []
        if paragraphs:
            self.pending = []
        for title, body in paragraphs:
            if "indikator" in section.paragraphs and title:  # one per indicator, titled
                self.story.append(Paragraph(_escape(title), self.styles["h3"]))
            self.story.extend(_paragraphs(body, self.styles["body"]))
        for extra in added:  # the report's own tables end the section
            self._table(extra)

    def _table(self, table: outline.Shown | extras.Extra) -> None:
        _place(self.story, self.pending, *_table_flowables(
            self.book, table, self.names[table.sheet], self.captions, self.styles, self.doc,
            self.book.years))
        self.pending = []


class _LandscapeEnd(PageBreak):
    """The page break after a landscape table: a wide table right after it stays on its
    page instead."""


def _place(story: list[Any], pending: list[Any], flowables: list[Any], wide: bool) -> None:
    """Add a table's flowables to the story; a wide one on landscape pages, with the
    headings (*pending*) that have nothing under them yet, and with the wide tables right
    before and after it (Tabel 2.2 and 2.3 share a page rather than leave it mostly
    empty)."""
    if not wide:
        story += [*flowables, Spacer(1, 8)]
        return
    del story[len(story) - len(pending):]
    if isinstance(story[-1], _LandscapeEnd):  # still on a landscape page: go on there
        del story[-2:]
        story.append(Spacer(1, 12))
    elif isinstance(story[-1], PageBreak):  # a new chapter's page break: turn that page
        story.insert(len(story) - 1, NextPageTemplate("landscape"))
    else:
        story += [NextPageTemplate("landscape"), PageBreak()]
    story += [*pending, *flowables, NextPageTemplate("portrait"), _LandscapeEnd()]


def _table_flowables(book: FinalBook, shown: outline.Shown | extras.Extra, number: str,
                     captions: dict[str, Any],
                     styles: dict[str, ParagraphStyle], doc: _Document,
                     years: schema.Years) -> tuple[list[Any], bool]:
    """The caption and the table, and whether it goes on a landscape page."""
    if isinstance(shown, extras.Extra):
        tbl, rows = _extra_table(shown)
        title = f"{number} {shown.title}"
    else:
        tbl = schema.table(shown.sheet)
        rows = book.tables.get(shown.sheet, [])
        title = shown.title(captions, number)
    heading = _heading(_escape(title), styles["caption"], 2)
    table, wide = _table(tbl, rows, (doc.width, landscape(A4)[0] - 3 * cm), years, styles)
    return [heading, table], wide
