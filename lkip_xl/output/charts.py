"""The report's figures: capaian per indicator, realisasi over the Renstra's years, and
budget absorption per program.

Each figure is made twice from the same rows of the final workbook
(:func:`lkip_xl.book.finalbook.read_final`): as a ReportLab drawing for the PDF
(:func:`figures`, vector, Indonesian numbers) and as native charts on a sheet "Grafik"
of the final workbook (:func:`chart_sheet`, :func:`add_charts`) whose series refer to
the tables' cells, so that Excel and LibreOffice redraw them when staff change the data.
A figure without data (no numeric capaian, no Renstra years with numbers, no program
with a serapan) is left out, never drawn empty.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from lkip_xl.book.finalbook import FinalBook, Record, read_final
from lkip_xl.model import outline, schema
from lkip_xl.model.numbers import format_angka, format_fraction
from lkip_xl.xlsx import a1
from lkip_xl.xlsx import charts as xlcharts

# The tables the figures read (read_final's arguments).
SOURCES = ("Tabel 3.1", "Tabel 3.2", "Realisasi Anggaran")
SOURCE_KINDS = {"Realisasi Anggaran": ("group",)}
SHEET = "Grafik"  # the final workbook's sheet of charts
CAPAIAN, RENSTRA, SERAPAN = "capaian", "realisasi_renstra", "serapan"
SECTION_CAPAIAN, SECTION_ANGGARAN = "A. Capaian Kinerja", "B. Realisasi Anggaran"
MAX_PANELS = 6  # indicators in the figure of realisasi against the Renstra
BAR_CAP = 2.0  # a bar longer than 200% is cut there, its value written beside it


@dataclass(frozen=True)
class Figure:
    """A figure of the report: where it goes (the outline's section, after which table),
    its caption without number, and its drawing at a given width."""

    id: str
    caption: str
    section: str
    after: str  # the sheet of the table it follows
    draw: Callable[[float], Drawing]

    def drawing(self, width: float, height: float | None = None) -> Drawing:
        """The drawing *width* wide; one taller than *height* (a page's frame: a table of
        many indicators) shrunk to fit it."""
        d = self.draw(width)
        if height is not None and d.height > height:
            k = height / d.height
            d.scale(k, k)
            d.width, d.height = d.width * k, height
        return d

    def title(self, number: str = "") -> str:
        """The caption with its number: "Grafik 3.1 Capaian Indikator Kinerja Tahun 2020"."""
        if not number:
            return self.caption
        return f"{number} {self.caption.removeprefix('Grafik ')}"


def numbers(found: Sequence[Figure], mode: str = outline.CHAPTER) -> dict[str, str]:
    """What each figure is called, as the tables are numbered (Pengaturan, Penomoran
    Tabel): within its chapter ("Grafik 3.1") or through the report ("Grafik 1")."""
    chapter_of = {s.title: chapter.label for chapter in outline.OUTLINE
                  for s in chapter.sections}
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
    out: dict[str, str] = {}
    counts: dict[str, int] = {}
    for n, f in enumerate(found, start=1):
        label = chapter_of.get(f.section, "")
        counts[label] = counts.get(label, 0) + 1
        bab = roman.get(label.removeprefix("BAB ").strip())
        sequential = str(mode).strip().lower() == outline.SEQUENTIAL
        out[f.id] = f"Grafik {n}" if sequential or not bab else f"Grafik {bab}.{counts[label]}"
    return out


def figures(book: FinalBook) -> list[Figure]:
    """The figures the final workbook's data gives, in the report's order."""
    out = []
    year = book.year
    if _capaian_rows(book):
        out.append(Figure(CAPAIAN, f"Grafik Capaian Indikator Kinerja Tahun {year}",
                          SECTION_CAPAIAN, "Tabel 3.1", lambda w: _capaian_drawing(book, w)))
    if _panels(book):
        renstra = _renstra_years(book)
        out.append(Figure(
            RENSTRA, f"Grafik Realisasi Indikator Kinerja s.d. Tahun {year} terhadap Target "
            f"Akhir Renstra {renstra}", SECTION_CAPAIAN, "Tabel 3.2",
            lambda w: _renstra_drawing(book, w)))
    if _program_rows(book):
        out.append(Figure(SERAPAN, f"Grafik Serapan Anggaran per Program Tahun {year}",
                          SECTION_ANGGARAN, "Realisasi Anggaran",
                          lambda w: _serapan_drawing(book, w)))
    return out


# --------------------------------------------------------------------------
# The data of each figure


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _capaian_rows(book: FinalBook) -> list[Record]:
    rows = [r for r in book.tables.get("Tabel 3.1", []) if r.kind == "item"]
    return rows if any(_number(r.values.get("capaian")) is not None for r in rows) else []


def _program_rows(book: FinalBook) -> list[Record]:
    rows = [r for r in book.tables.get("Realisasi Anggaran", []) if r.kind == "group"]
    return rows if any(_number(r.values.get("persen")) is not None for r in rows) else []


@dataclass(frozen=True)
class _Panel:
    """One indicator of Tabel 3.2: its realisasi and targets by year (runs of numeric
    cells: column keys and values), and the end-of-Renstra target."""

    record: Record
    realisasi: tuple[tuple[int, str, float], ...]  # (year, column key, value)
    targets: tuple[tuple[int, str, float], ...]
    end: tuple[int, str, float] | None  # (year, column key, value)
    percent: bool


def _renstra_years(book: FinalBook) -> str:
    first = book.years.renstra
    last = str(book.identity.get("renstra_akhir") or "").strip()
    return f"{first}-{last if last.isdigit() else first + 5}"


def _panels(book: FinalBook) -> list[_Panel]:
    """Up to :data:`MAX_PANELS` indicators of Tabel 3.2 with a numeric realisasi and
    Renstra targets: those with realisasi in both years first, in the table's order."""
    tbl = schema.table("Tabel 3.2")
    years = book.years
    realisasi_cols = [c for c in tbl.columns if c.key.startswith("realisasi_")]
    target_cols = [c for c in tbl.columns if c.key.startswith("target_") and c.year_offset
                   is not None]
    found = []
    for n, r in enumerate(book.tables.get("Tabel 3.2", [])):
        if r.kind != "item":
            continue
        real = _run([(c.year(years) or 0, c.key, r.values.get(c.key)) for c in realisasi_cols])
        targets = _run([(c.year(years) or 0, c.key, r.values.get(c.key)) for c in target_cols])
        if not real or len(targets) < 2:
            continue
        akhir = _number(r.values.get("target_akhir"))
        end = (targets[-1][0], "target_akhir", akhir) if akhir is not None else targets[-1]
        keys = {k for _, k, _ in (*real, *targets, end)}
        percent = bool(keys & r.percent)
        found.append((len(real) < 2, n, _Panel(r, tuple(real), tuple(targets), end, percent)))
    chosen = sorted(found, key=lambda f: f[:2])[:MAX_PANELS]
    return [p for _, _, p in sorted(chosen, key=lambda f: f[1])]


def _run(cells: list[tuple[int, str, Any]]) -> list[tuple[int, str, float]]:
    """The longest run of consecutive numeric cells (the last of equals): a chart series
    refers to one range, and a text in it ("N/A") would be drawn as zero."""
    best: list[tuple[int, str, float]] = []
    run: list[tuple[int, str, float]] = []
    for year, key, value in cells:
        v = _number(value)
        if v is None:
            run = []
            continue
        run.append((year, key, v))
        if len(run) >= len(best):
            best = list(run)
    return best


# --------------------------------------------------------------------------
# The PDF drawings

_BLUE, _ORANGE, _RED = colors.HexColor("#4472C4"), colors.HexColor("#ED7D31"), \
    colors.HexColor("#C00000")
_GREY, _LIGHT, _TEXT = colors.HexColor("#7F7F7F"), colors.HexColor("#D9D9D9"), colors.black
_SIZE = 7  # the type size of labels


def _font() -> tuple[str, str]:
    from lkip_xl.output import pdf  # imported here: pdf places the figures

    pdf.register_fonts()
    return pdf.FONT, pdf.BOLD


def _wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """*text* in at most *lines* lines of *width*; what does not fit ends with "…"."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and pdfmetrics.stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words or (out and pdfmetrics.stringWidth(out[-1], font, size) > width):
        last = out[-1] if out else ""
        while last and pdfmetrics.stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        out[-1:] = [last.rstrip() + "…"]
    return out


def _ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering low..high."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9) * step
    ticks = []
    v = first
    while v < high + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _label(value: float, percent: bool) -> str:
    return format_fraction(value) if percent else format_angka(value)


def _legend(items: Sequence[tuple[str, Any, str]], x: float, y: float, font: str,
            width: float) -> tuple[Group, float]:
    """A row of legend entries (text, colour, kind: "bar", "line", "dash", "dot") from
    (x, y), wrapping to the next line at *width*; and the height it takes."""
    g = Group()
    cx, cy = x, y
    for text, colour, kind in items:
        w = 16 + pdfmetrics.stringWidth(text, font, _SIZE) + 12
        if cx + w > x + width and cx > x:
            cx, cy = x, cy - 11
        if kind == "bar":
            g.add(Rect(cx, cy - 1, 10, 7, fillColor=colour, strokeColor=None))
        else:
            dash = {"dash": [3, 2], "dot": [1, 1.5]}.get(kind)
            g.add(Line(cx, cy + 2.5, cx + 12, cy + 2.5, strokeColor=colour, strokeWidth=1.4,
                       strokeDashArray=dash))
            if kind == "line":
                g.add(Rect(cx + 4, cy + 0.5, 4, 4, fillColor=colour, strokeColor=None))
        g.add(String(cx + 16, cy, text, fontName=font, fontSize=_SIZE, fillColor=_TEXT))
        cx += w
    return g, y - cy + 11


def _hbars(width: float, rows: list[tuple[str, str, float | None, Any]],
           legend: Sequence[tuple[str, Any, str]], source: str) -> Drawing:
    """Horizontal bars, one per row (code, name, value as a fraction, colour), the name
    wrapped beside its bar, a value axis in percent with the 100% line marked; a bar
    beyond :data:`BAR_CAP` is cut there (a white notch) with its value in bold."""
    font, bold = _font()
    label_w = max(110.0, width * 0.36)
    x0, x1 = label_w + 4, width - 52  # room for the value written after a bar
    values = [v for _, _, v, _ in rows if v is not None]
    top = max([1.0, *values])
    ticks = _ticks(0, top * 1.05 if top <= BAR_CAP else BAR_CAP, 5)
    axis_max = ticks[-1]
    lines = 3 if len(rows) <= 20 else 1  # many rows: one line each
    labels = [_wrap(f"{code} {name}".strip(), font, _SIZE, label_w - 4, lines)
              for code, name, _, _ in rows]
    heights = [max(15.0, 8.5 * len(lab) + 5) for lab in labels]
    legend_g, legend_h = _legend(legend, 0, 0, font, x1 - x0)
    foot = legend_h + 10  # the legend, and the source below it
    axis_h, top_pad = 14.0, 4.0
    height = sum(heights) + axis_h + top_pad + foot + 6
    d = Drawing(width, height)
    y_axis = foot + 6 + axis_h

    def x(v: float) -> float:
        return x0 + (x1 - x0) * max(0.0, min(v, axis_max)) / axis_max

    for t in ticks:
        d.add(Line(x(t), y_axis, x(t), height - top_pad, strokeColor=_LIGHT, strokeWidth=0.4))
        d.add(String(x(t), y_axis - 9, format_fraction(t), fontName=font, fontSize=_SIZE - 0.5,
                     textAnchor="middle", fillColor=_TEXT))
    d.add(Line(x(1.0), y_axis, x(1.0), height - top_pad, strokeColor=_RED, strokeWidth=0.9,
               strokeDashArray=[3, 2]))
    y = height - top_pad
    for (code, _, value, colour), label, h in zip(rows, labels, heights, strict=True):
        y -= h
        text_y = y + h / 2 + (len(label) - 1) * 4.25 - 2.5
        for n, line in enumerate(label):
            if n == 0 and code and line.startswith(code):  # the code in bold, then the name
                d.add(String(0, text_y, code, fontName=bold, fontSize=_SIZE, fillColor=_TEXT))
                d.add(String(pdfmetrics.stringWidth(code, bold, _SIZE), text_y,
                             line[len(code):], fontName=font, fontSize=_SIZE, fillColor=_TEXT))
            else:
                d.add(String(0, text_y, line, fontName=font, fontSize=_SIZE, fillColor=_TEXT))
            text_y -= 8.5
        bar_h = min(h - 5, 11.0)
        bar_y = y + (h - bar_h) / 2
        if value is None:
            d.add(String(x0 + 3, bar_y + bar_h / 2 - 2.5, "tidak ada angka", fontName=font,
                         fontSize=_SIZE - 0.5, fillColor=_GREY))
            continue
        end = x(value)
        d.add(Rect(x0, bar_y, max(end - x0, 0.01), bar_h, fillColor=colour, strokeColor=None))
        if value > axis_max:  # cut: a white notch says the bar goes on
            d.add(Polygon([end - 9, bar_y - 1, end - 5, bar_y - 1, end - 7, bar_y + bar_h + 1,
                           end - 11, bar_y + bar_h + 1], fillColor=colors.white,
                          strokeColor=None))
        text = format_fraction(value)
        f = bold if value > axis_max else font
        d.add(Rect(end + 1, bar_y + bar_h / 2 - 3.5, pdfmetrics.stringWidth(text, f, _SIZE - 0.5)
                   + 2, 8, fillColor=colors.white, strokeColor=None))
        d.add(String(end + 2, bar_y + bar_h / 2 - 2.5, text, fontName=f, fontSize=_SIZE - 0.5,
                     fillColor=_TEXT))
    d.add(Line(x0, y_axis, x0, height - top_pad, strokeColor=_GREY, strokeWidth=0.6))
    d.add(Line(x0, y_axis, x1, y_axis, strokeColor=_GREY, strokeWidth=0.6))
    legend_g.translate(x0, foot - 9)
    d.add(legend_g)
    d.add(String(x1, 0, source, fontName=font, fontSize=_SIZE - 1, textAnchor="end",
                 fillColor=_GREY))
    return d


def _capaian_drawing(book: FinalBook, width: float) -> Drawing:
    rows = []
    for r in _capaian_rows(book):
        v = _number(r.values.get("capaian"))
        rows.append((r.text("kode"), r.text("indikator"), v,
                     _BLUE if v is None or v >= 1 else _ORANGE))
    return _hbars(width, rows, [("Tercapai (≥ 100%)", _BLUE, "bar"),
                                ("Belum tercapai", _ORANGE, "bar"),
                                ("Target 100%", _RED, "dash")], "Sumber: Tabel 3.1")


def _serapan_drawing(book: FinalBook, width: float) -> Drawing:
    rows = []
    for r in _program_rows(book):
        v = _number(r.values.get("persen"))
        rows.append((r.text("kode"), r.text("uraian"), v,
                     _BLUE if v is None or v <= 1 else _RED))
    return _hbars(width, rows, [("Serapan ≤ 100%", _BLUE, "bar"),
                                ("Melebihi anggaran", _RED, "bar"),
                                ("Anggaran (100%)", _RED, "dash")],
                  "Sumber: Realisasi Anggaran")


def _renstra_drawing(book: FinalBook, width: float) -> Drawing:
    font, bold = _font()
    panels = _panels(book)
    columns = 3 if width >= 420 else 2
    gap = 14.0
    pw = (width - gap * (columns - 1)) / columns
    ph = 135.0
    rows = math.ceil(len(panels) / columns)
    legend = [("Target Renstra", _GREY, "dash"), ("Realisasi", _BLUE, "line"),
              ("Target akhir Renstra", _RED, "dot")]
    legend_g, legend_h = _legend(legend, 0, 0, font, width)
    legend_h += 10  # and the source below it
    height = rows * (ph + gap) + legend_h + 4
    d = Drawing(width, height)
    years = book.years
    first = min(years.renstra, years.report - 1)
    last = max(years.renstra + 5, years.report)
    for i, p in enumerate(panels):
        px = (i % columns) * (pw + gap)
        py = height - (i // columns + 1) * (ph + gap) + gap
        d.add(_panel(p, px, py, pw, ph, first, last, font, bold))
    legend_g.translate(0, legend_h - 19)
    d.add(legend_g)
    d.add(String(width, 0, "Sumber: Tabel 3.2", fontName=font, fontSize=_SIZE - 1,
                 textAnchor="end", fillColor=_GREY))
    return d


def _panel(p: _Panel, px: float, py: float, pw: float, ph: float, first: int, last: int,
           font: str, bold: str) -> Group:
    g = Group()
    r = p.record
    code = r.text("kode")
    title = _wrap(f"{code} {r.text('indikator')}".strip(), font, _SIZE, pw, 2)
    ty = py + ph - 7
    for n, line in enumerate(title):
        if n == 0 and code and line.startswith(code):
            g.add(String(px, ty, code, fontName=bold, fontSize=_SIZE, fillColor=_TEXT))
            g.add(String(px + pdfmetrics.stringWidth(code, bold, _SIZE), ty, line[len(code):],
                         fontName=font, fontSize=_SIZE, fillColor=_TEXT))
        else:
            g.add(String(px, ty, line, fontName=font, fontSize=_SIZE, fillColor=_TEXT))
        ty -= 8.5
    values = [v for _, _, v in (*p.realisasi, *p.targets)] + ([p.end[2]] if p.end else [])
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    ticks = _ticks(max(0.0, low - pad) if low >= 0 else low - pad, high + pad, 4)
    labels = [_label(t, p.percent) for t in ticks]
    label_w = max(pdfmetrics.stringWidth(t, font, _SIZE - 1) for t in labels) + 4
    x0, x1 = px + label_w, px + pw - 6
    y0, y1 = py + 12, py + ph - 8.5 * len(title) - 8

    def x(year: float) -> float:
        return x0 + (x1 - x0) * (year - first + 0.5) / (last - first + 1)

    def y(v: float) -> float:
        return y0 + (y1 - y0) * (v - ticks[0]) / (ticks[-1] - ticks[0])

    for t, text in zip(ticks, labels, strict=True):
        g.add(Line(x0, y(t), x1, y(t), strokeColor=_LIGHT, strokeWidth=0.4))
        g.add(String(x0 - 2, y(t) - 2.3, text, fontName=font, fontSize=_SIZE - 1,
                     textAnchor="end", fillColor=_TEXT))
    for year in range(first, last + 1):
        g.add(String(x(year), y0 - 8, str(year), fontName=font, fontSize=_SIZE - 1,
                     textAnchor="middle", fillColor=_TEXT))
    g.add(Line(x0, y0, x1, y0, strokeColor=_GREY, strokeWidth=0.6))
    g.add(Line(x0, y0, x0, y1, strokeColor=_GREY, strokeWidth=0.6))
    if p.end:
        g.add(Line(x0, y(p.end[2]), x1, y(p.end[2]), strokeColor=_RED, strokeWidth=0.9,
                   strokeDashArray=[1, 1.5]))
    points = [c for year, _, v in p.targets for c in (x(year), y(v))]
    g.add(PolyLine(points, strokeColor=_GREY, strokeWidth=1.1, strokeDashArray=[3, 2]))
    for year, _, v in p.targets:
        g.add(Rect(x(year) - 1.5, y(v) - 1.5, 3, 3, fillColor=_GREY, strokeColor=None))
    if len(p.realisasi) > 1:
        g.add(PolyLine([c for year, _, v in p.realisasi for c in (x(year), y(v))],
                       strokeColor=_BLUE, strokeWidth=1.6))
    for year, _, v in p.realisasi:
        g.add(Rect(x(year) - 2.5, y(v) - 2.5, 5, 5, fillColor=_BLUE, strokeColor=None))
        text = _label(v, p.percent)
        w = pdfmetrics.stringWidth(text, bold, _SIZE - 1)
        g.add(Rect(x(year) - w / 2 - 1, y(v) + 3.2, w + 2, 7, fillColor=colors.white,
                   strokeColor=None))
        g.add(String(x(year), y(v) + 4.5, text, fontName=bold, fontSize=_SIZE - 1,
                     textAnchor="middle", fillColor=_BLUE))
    return g


# --------------------------------------------------------------------------
# The native charts of the final workbook


def add_charts(xlsx: bytes, book: FinalBook | None = None) -> bytes:
    """The final workbook *xlsx* with the sheet "Grafik" of native charts added (the
    package unchanged when no figure has data).  *book*: its tables as read
    (:data:`SOURCES`), read from *xlsx* when not given."""
    if book is None:
        book = read_final(xlsx, SOURCES, SOURCE_KINDS)
    sheet = chart_sheet(book)
    return xlcharts.add_sheet(xlsx, sheet) if sheet else xlsx


def _ref(sheet: str, rows: Sequence[int], letter: str) -> str:
    """One column over consecutive *rows* of *sheet*: 'Tabel 3.1'!$I$5:$I$18."""
    first, last = min(rows), max(rows)
    if last - first + 1 != len(rows):
        raise ValueError("rows not consecutive")
    cells = f"${letter}${first}" if first == last else f"${letter}${first}:${letter}${last}"
    return f"{a1.sheet_name(sheet)}!{cells}"


def _span(sheet: str, row: int, letters: Sequence[str]) -> str:
    """Consecutive columns of one row: 'Tabel 3.2'!$H$6:$M$6."""
    first, last = letters[0], letters[-1]
    cells = f"${first}${row}" if first == last else f"${first}${row}:${last}${row}"
    return f"{a1.sheet_name(sheet)}!{cells}"


_WIDTH = 10  # columns a chart spans (A-J at the default width: about 640 pixels)
_DATA_COLUMN = 13  # the charts' own data from column M on


def chart_sheet(book: FinalBook) -> xlcharts.ChartSheet | None:
    """The sheet of native charts for the figures the data gives (None: no figure)."""
    cells: list[xlcharts.Cell] = []
    charts: list[xlcharts.Chart] = []
    year = book.year
    row = 3  # 0-based row of the next chart's top (below the title and the note)
    capaian = _capaian_rows(book)
    if capaian:
        sheet, letters = "Tabel 3.1", book.letters["Tabel 3.1"]
        rows = [r.row for r in capaian]
        tall = max(14, math.ceil((len(rows) * 26 + 90) / 20))
        charts.append(xlcharts.Chart(
            "bar", f"Capaian Indikator Kinerja Tahun {year}",
            (xlcharts.Series(
                "Capaian", xlcharts.Data(_ref(sheet, rows, letters["capaian"]),
                                         tuple(r.values.get("capaian") for r in capaian)),
                xlcharts.Data(_ref(sheet, rows, letters["indikator"]),
                              tuple(r.text("indikator") for r in capaian)),
                labels=True),),
            (0, row, _WIDTH, row + tall), value_format="0%", value_min=0, legend=False))
        row += tall + 2
    programs = _program_rows(book)
    data_row = 3  # 1-based row of the next block of the charts' own data
    if programs:
        sheet, letters = "Realisasi Anggaran", book.letters["Realisasi Anggaran"]
        c = _DATA_COLUMN
        cols = [a1.letter(c + i) for i in range(5)]
        cells.append(xlcharts.Cell(f"{cols[0]}{data_row}",
                                   "Data grafik serapan anggaran (rumus ke baris program "
                                   "lembar Realisasi Anggaran)", style="bold"))
        heads = ("Kode", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan")
        cells += [xlcharts.Cell(f"{col}{data_row + 1}", h, style="bold")
                  for col, h in zip(cols, heads, strict=True)]
        first = data_row + 2
        for n, r in enumerate(programs):
            at = first + n
            for col, key, style in zip(cols, ("kode", "uraian", "anggaran", "realisasi",
                                              "persen"),
                                       ("text", "text", "number", "number", "percent"),
                                       strict=True):
                # no error value passes to this sheet (it is reported on the table's), and
                # a blank stays blank: a number or "", a text as text
                target = a1.location(sheet, f"${letters[key]}${r.row}")
                cached: Any
                if style == "text":
                    cached, formula = r.text(key), f'{target}&""'
                else:
                    value = _number(r.values.get(key))
                    cached = "" if value is None else r.values.get(key)
                    formula = f'IF(ISNUMBER({target}),{target},"")'
                cells.append(xlcharts.Cell(f"{col}{at}", cached, formula, style))
        last = first + len(programs) - 1
        tall = max(14, math.ceil((len(programs) * 30 + 90) / 20))
        charts.append(xlcharts.Chart(
            "bar", f"Serapan Anggaran per Program Tahun {year}",
            (xlcharts.Series(
                "Serapan", xlcharts.Data(f"{SHEET}!${cols[4]}${first}:${cols[4]}${last}",
                                         tuple(r.values.get("persen") for r in programs)),
                xlcharts.Data(f"{SHEET}!${cols[1]}${first}:${cols[1]}${last}",
                              tuple(r.text("uraian") for r in programs)),
                color="ED7D31", labels=True),),
            (0, row, _WIDTH, row + tall), value_format="0%", value_min=0, legend=False,
            # as in the PDF, an axis to 200% at most: a longer bar is cut, its label stays
            value_max=BAR_CAP if max(_number(r.values.get("persen")) or 0
                                     for r in programs) > BAR_CAP else None))
        row += tall + 2
        data_row = last + 3
    panels = _panels(book)
    if panels:
        charts += _renstra_charts(book, panels, row, data_row, cells)
    if not charts:
        return None
    cells[:0] = [xlcharts.Cell("A1", f"Grafik {book.identity.get('instansi') or ''} Tahun "
                                     f"{year}".replace("  ", " "), style="title"),
                 xlcharts.Cell("A2", "Grafik di lembar ini membaca sel tabel-tabelnya: ubah "
                                     "datanya di tabel, grafik ikut berubah.")]
    widths = {_DATA_COLUMN: 10.0, _DATA_COLUMN + 1: 60.0, _DATA_COLUMN + 2: 18.0,
              _DATA_COLUMN + 3: 18.0, _DATA_COLUMN + 4: 10.0}
    return xlcharts.ChartSheet(SHEET, cells, charts, widths)


def _renstra_charts(book: FinalBook, panels: list[_Panel], row: int, data_row: int,
                    cells: list[xlcharts.Cell]) -> list[xlcharts.Chart]:
    """One chart per indicator of Tabel 3.2, two side by side: the targets of the Renstra's
    years and the realisasi, on an axis of years; the years are formulas of the sheet's
    own (the table's headers say "Target 2018" in two rows)."""
    sheet, letters = "Tabel 3.2", book.letters["Tabel 3.2"]
    tbl = schema.table(sheet)
    years = book.years
    c = _DATA_COLUMN
    cells.append(xlcharts.Cell(f"{a1.letter(c)}{data_row}", "Tahun pada sumbu grafik Tabel 3.2",
                               style="bold"))
    year_cells: dict[str, tuple[str, int]] = {}  # column key -> its year's cell here
    keyed = [col for col in tbl.columns if col.year_offset is not None]
    for line, prefix in ((data_row + 1, "realisasi_"), (data_row + 2, "target_")):
        group = [col for col in keyed if col.key.startswith(prefix)]
        cells.append(xlcharts.Cell(f"{a1.letter(c)}{line}",
                                   "Realisasi" if prefix == "realisasi_" else "Target"))
        for i, col in enumerate(group, start=1):
            year_cells[col.key] = (a1.letter(c + i), line)
            offset = col.year_offset or 0
            base = "RenstraAwal" if col.year_base == "renstra" else "Tahun"
            formula = base if not offset else f"{base}{offset:+d}"
            cells.append(xlcharts.Cell(f"{a1.letter(c + i)}{line}", col.year(years), formula))
    year_cells["target_akhir"] = year_cells[max((k for k in year_cells if k.startswith(
        "target_")), key=lambda k: int(k.rsplit("_", 1)[1]))]
    out = []
    width, tall = _WIDTH // 2, 15
    for n, p in enumerate(panels):
        r = p.record
        left = (n % 2) * width
        top = row + (n // 2) * (tall + 1)

        def xs(points: Sequence[tuple[int, str, float]]) -> xlcharts.Data:
            a, b = year_cells[points[0][1]], year_cells[points[-1][1]]
            span = f"${a[0]}${a[1]}" + ("" if a == b else f":${b[0]}${b[1]}")
            return xlcharts.Data(f"{SHEET}!{span}", tuple(y for y, _, _ in points))

        def ys(points: Sequence[tuple[int, str, float]], at: int = r.row) -> xlcharts.Data:
            return xlcharts.Data(_span(sheet, at, [letters[k] for _, k, _ in points]),
                                 tuple(v for _, _, v in points))

        series = [xlcharts.Series("Target Renstra", ys(p.targets), xs(p.targets),
                                  color="7F7F7F", dash="dash"),
                  xlcharts.Series("Realisasi", ys(p.realisasi), xs(p.realisasi),
                                  color="4472C4", marker="circle", labels=True)]
        if p.end:
            series.append(xlcharts.Series("Target akhir Renstra", ys([p.end]), xs([p.end]),
                                          color="C00000", line=False, marker="diamond",
                                          size=9))
        first = min(years.renstra, years.report - 1)
        last = max(years.renstra + 5, years.report)
        title = f"{r.text('kode')} {r.text('indikator')}".strip()
        out.append(xlcharts.Chart(
            "scatter", title if len(title) <= 90 else title[:89] + "…", tuple(series),
            (left, top, left + width, top + tall),
            value_format="0%" if p.percent else "General", x_min=first, x_max=last,
            x_unit=1))
    return out
