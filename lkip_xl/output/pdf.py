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

import os
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
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
from lkip_xl.model.errors import InputError, Location
from lkip_xl.model.numbers import format_angka, format_fraction, parse_number
from lkip_xl.output import narrative
from lkip_xl.xlsx.files import Outputs, source_mark
from lkip_xl.xlsx.reader import Book

FONT, BOLD, ITALIC = "LkipSans", "LkipSans-Bold", "LkipSans-Italic"

def _fonts() -> None:
    """Register Bitstream Vera (shipped with ReportLab) so that fonts are embedded."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab

    folder = Path(os.path.dirname(reportlab.__file__)) / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "VeraIt.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    return {
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=_SIZE, leading=9.5,
                               alignment=0, spaceAfter=0),
        "num": ParagraphStyle("num", parent=base, fontSize=_SIZE, leading=9.5, alignment=TA_RIGHT,
                              spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=_SIZE, leading=9.5,
                               alignment=TA_CENTER, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=18,
                             alignment=TA_CENTER, spaceAfter=12, spaceBefore=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14,
                             spaceBefore=10, spaceAfter=6, alignment=0, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=3, alignment=0, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=base, fontName=BOLD, fontSize=9,
                                  leading=12, alignment=TA_CENTER, spaceBefore=8,
                                  spaceAfter=4, keepWithNext=1),  # never alone at a foot
        "cover": ParagraphStyle("cover", parent=base, fontName=BOLD, fontSize=20, leading=28,
                                alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", fontName=BOLD, fontSize=10, leading=14),
        "toc2": ParagraphStyle("toc2", fontName=FONT, fontSize=9, leading=12, leftIndent=14),
        "toc3": ParagraphStyle("toc3", fontName=FONT, fontSize=8.5, leading=11, leftIndent=28),
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
            PageTemplate("cover", [portrait]),
            PageTemplate("portrait", [portrait], onPage=self._footer, pagesize=A4),
            PageTemplate("landscape", [land], onPage=self._footer, pagesize=wide),
        ])
        self._title = title

    def _footer(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        width = canvas._pagesize[0]
        canvas.drawRightString(width - 1.5 * cm, 1 * cm, str(doc.page))
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


def _heading(text: str, style: ParagraphStyle, level: int, toc: str | None = None) -> Paragraph:
    """A heading that makes a table-of-contents entry and a PDF bookmark at *level*."""
    p = Paragraph(text, style)
    p.toc_level = level  # type: ignore[attr-defined]
    p.toc_text = toc  # type: ignore[attr-defined]
    return p


def _cell(value: Any, column: schema.Column, percent: bool) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _escape(str(value))
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
    texts = []
    for r in rows:
        plain = []
        for n, c in enumerate(columns):
            text = _cell(r.values.get(c.key), c, c.key in r.percent)
            if not n and not text and r.kind == "total" and tbl.rows and tbl.rows.total \
                    and not any(isinstance(r.values.get(c.key), str) and r.values[c.key].strip()
                                for c in columns if c.kind in ("teks", "kode")):
                text = _escape(tbl.rows.total)  # a total the data did not name
            plain.append((text, r.kind != "item"))
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
    body = [[Paragraph(f"<b>{text}</b>" if bold and text else text,
                       look["num"] if c.kind in schema.NUMERIC_KINDS else look["cell"])
             for c, (text, bold) in zip(columns, plain, strict=True)] for plain in texts]
    table = Table([header, *body], colWidths=_widths(least, wanted, widths[wide]),
                  repeatRows=1, splitInRow=1)  # a row taller than a page goes on the next
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, r in enumerate(rows, start=1):
        if r.kind == "group":
            style.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle(style))
    return table, wide


_PAD = 6.5  # left and right padding of a cell, and a little air


def _room(columns: list[schema.Column], headers: list[str],
          texts: list[list[tuple[str, bool]]], size: float = 7.5
          ) -> tuple[list[float], list[float]]:
    """What each column needs so that no word breaks (its header's longest word, and of a
    numeric or short text cell its whole text, of a long text its longest word), and the
    weight by which a long text column takes the room left."""
    def words(text: str, font: str) -> float:
        return max((pdfmetrics.stringWidth(w, font, size) for w in text.split()), default=0)

    least, wanted = [], []
    for i, (column, header) in enumerate(zip(columns, headers, strict=True)):
        need = words(header, BOLD)
        whole = column.kind in schema.NUMERIC_KINDS or column.width <= 16
        for row in texts:
            text, bold = row[i]
            font = BOLD if bold else FONT
            need = max(need, pdfmetrics.stringWidth(text, font, size) if whole
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


_SIZE = 7.5  # the font size of table cells and headers
_SIZES = (_SIZE, 6.5, 6.0, 5.5)  # smaller, for a table too wide even for a landscape page


def build(final: str | Path | bytes, *, name: str | None = None) -> bytes:
    """The PDF of the final workbook *final* (a file, or its bytes named *name*), as bytes.

    The PDF names the workbook it was made from, with the SHA-256 of its content, in its
    keywords (:func:`lkip_xl.xlsx.files.made_from`), so that a PDF beside a changed
    workbook can be told apart.
    """
    import hashlib
    import io

    source: Path | bytes = final if isinstance(final, bytes) else Path(final)
    if isinstance(source, Path) and not source.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=source))
    label = name or (source.name if isinstance(source, Path) else "")
    content = source if isinstance(source, bytes) else source.read_bytes()
    with Book(content if isinstance(source, bytes) else source) as opened:  # opened once
        book = read_final(opened)
        if not book.tables:
            raise InputError("bukan buku kerja akhir lkip-xl (lembar _lkip tidak ada); "
                             "jalankan lkip-xl fill lebih dulu", Location(file=opened.path))
        narasi = narrative.read_sheet(opened)
        pictures = opened.parts("xl/media/", (".png", ".jpg", ".jpeg"))
        logo = opened.read(pictures[0]) if pictures else None
    _fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = _Document(buffer, book, source_mark(label, hashlib.sha256(content).hexdigest()))
    story = _story(book, narasi, styles, doc, logo)
    doc.multiBuild(story)
    return buffer.getvalue()


def _image(data: bytes, height: float) -> Any:
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(data))
    width, tall = reader.getSize()
    return Image(io.BytesIO(data), width=height * width / tall, height=height)


def export(final: str | Path, out: str | Path | None = None, *, force: bool = True) -> Path:
    """Write the PDF of *final* (default: beside it, with the .pdf suffix)."""
    target = Path(out) if out else Path(final).with_suffix(".pdf")
    with Outputs([target], force=force, inputs=[final]) as files:
        files.put(target, build(final))
    return target


def _story(book: FinalBook, narasi: dict[str, tuple[str, str]],
           styles: dict[str, ParagraphStyle], doc: _Document, logo: bytes | None) -> list[Any]:
    texts = {key: text for key, (_, text) in narasi.items()}
    identity = {k: ("" if v is None else str(v)) for k, v in book.identity.items()}
    year = book.year
    story: list[Any] = [NextPageTemplate("cover"), Spacer(1, 2 * cm if logo else 5 * cm)]
    if logo:
        story += [_image(logo, 4 * cm), Spacer(1, 1 * cm)]
    story += [
                        Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH", styles["cover"]),
                        Paragraph(f"({schema.choice(identity, 'sebutan')})", styles["cover"]),
                        Spacer(1, 1.5 * cm),
                        Paragraph(_escape(identity.get("instansi", "").upper()), styles["cover"]),
                        Paragraph(_escape(schema.region(identity).upper()), styles["cover"]),
                        Spacer(1, 1.5 * cm), Paragraph(f"TAHUN {year}", styles["cover"]),
                        NextPageTemplate("portrait"), PageBreak()]
    story.append(_heading("KATA PENGANTAR", styles["h1"], 0))
    story += _paragraphs(texts.get("kata_pengantar", ""), styles["body"])
    story.append(Spacer(1, 1 * cm))
    place = ", ".join(p for p in (identity.get("kota", ""), identity.get("tanggal", "")) if p)
    signature = [place,
                 identity.get("jabatan", "").upper(), "", "", "",
                 identity.get("nama", ""), identity.get("pangkat", ""),
                 f"NIP. {identity.get('nip', '')}"]
    block = [Paragraph(f"<b>{_escape(line)}</b>" if n == 5 else _escape(line) or "&nbsp;",
                       styles["center"]) for n, line in enumerate(signature)]
    story.append(Table([["", block]], colWidths=[doc.width * 0.45, doc.width * 0.55],
                       style=[("FONTNAME", (0, 0), (-1, -1), FONT)]))
    story += [PageBreak(), Paragraph("DAFTAR ISI", styles["h1"])]
    toc = TableOfContents()
    toc.levelStyles = [styles["toc1"], styles["toc2"], styles["toc3"]]
    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story += [toc, PageBreak()]
    story.append(_heading("IKHTISAR EKSEKUTIF", styles["h1"], 0))
    story += _paragraphs(texts.get("ikhtisar", ""), styles["body"])
    captions = schema.caption_values(book.identity)
    names = book.names()
    own = extras.by_section(book.extras)
    extra_of = {e.sheet: e for e in book.extras}
    for chapter in outline.OUTLINE:
        if not chapter.label:  # the front matter, above
            continue
        if not isinstance(story[-1], PageBreak):  # a landscape table ended the last one
            story.append(PageBreak())
        # headings not yet followed by anything: they go with a landscape table to its page
        pending = [_heading(f"{chapter.label}<br/>{chapter.title}", styles["h1"], 0,
                            f"{chapter.label} {chapter.title.title()}")]
        story += pending
        for section in chapter.sections:
            shown = [t for t in section.tables if t.sheet in names]
            added = [extra_of[sheet] for sheet in own.get(section.title, ())]
            paragraphs = [(title, text) for key, (title, text) in narasi.items()
                          if key.split(".", 1)[0] in section.paragraphs and text.strip()]
            if not shown and not added and not paragraphs:
                continue
            pending.append(_heading(_escape(section.title), styles["h2"], 1))
            story.append(pending[-1])
            for table in shown:
                _place(story, pending, *_table_flowables(book, table, names[table.sheet],
                                                         captions, styles, doc, book.years))
                pending = []
            if paragraphs:
                pending = []
            for title, text in paragraphs:
                if "indikator" in section.paragraphs:  # one paragraph per indicator, titled
                    story.append(Paragraph(_escape(title), styles["h3"]))
                story += _paragraphs(text, styles["body"])
            for extra in added:  # the report's own tables end the section
                _place(story, pending, *_table_flowables(book, extra, names[extra.sheet],
                                                         captions, styles, doc, book.years))
                pending = []
    return story


def _place(story: list[Any], pending: list[Any], flowables: list[Any], wide: bool) -> None:
    """Add a table's flowables to the story; a wide one on a landscape page of its own, with
    the headings (*pending*) that have nothing under them yet."""
    if not wide:
        story += [*flowables, Spacer(1, 8)]
        return
    del story[len(story) - len(pending):]
    if isinstance(story[-1], PageBreak):  # a new chapter's page break: turn that page
        story.insert(len(story) - 1, NextPageTemplate("landscape"))
    else:
        story += [NextPageTemplate("landscape"), PageBreak()]
    story += [*pending, *flowables, NextPageTemplate("portrait"), PageBreak()]


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
