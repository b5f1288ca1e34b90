"""The report's figures as ReportLab drawings for the PDF: capaian per indicator,
realisasi over the Renstra's years, and budget absorption per program (vector, Indonesian
numbers), from the same rows as the final workbook's native charts
(:mod:`lkip_xl.output.charts`).  Only the PDF loads this module, and ReportLab with it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from lkip_xl.book.finalbook import FinalBook
from lkip_xl.model import outline
from lkip_xl.model.numbers import format_angka, format_fraction
from lkip_xl.output.charts import (
    BAR_CAP,
    CAPAIAN,
    RENSTRA,
    SECTION_ANGGARAN,
    SECTION_CAPAIAN,
    SERAPAN,
    Panel,
    capaian_rows,
    number,
    program_rows,
    renstra_panels,
    renstra_years,
)


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
    if capaian_rows(book):
        out.append(Figure(CAPAIAN, f"Grafik Capaian Indikator Kinerja Tahun {year}",
                          SECTION_CAPAIAN, "Tabel 3.1", lambda w: _capaian_drawing(book, w)))
    if renstra_panels(book):
        renstra = renstra_years(book)
        out.append(Figure(
            RENSTRA, f"Grafik Realisasi Indikator Kinerja s.d. Tahun {year} terhadap Target "
            f"Akhir Renstra {renstra}", SECTION_CAPAIAN, "Tabel 3.2",
            lambda w: _renstra_drawing(book, w)))
    if program_rows(book):
        out.append(Figure(SERAPAN, f"Grafik Serapan Anggaran per Program Tahun {year}",
                          SECTION_ANGGARAN, "Realisasi Anggaran",
                          lambda w: _serapan_drawing(book, w)))
    return out



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
    for r in capaian_rows(book):
        v = number(r.values.get("capaian"))
        rows.append((r.text("kode"), r.text("indikator"), v,
                     _BLUE if v is None or v >= 1 else _ORANGE))
    return _hbars(width, rows, [("Tercapai (≥ 100%)", _BLUE, "bar"),
                                ("Belum tercapai", _ORANGE, "bar"),
                                ("Target 100%", _RED, "dash")], "Sumber: Tabel 3.1")


def _serapan_drawing(book: FinalBook, width: float) -> Drawing:
    rows = []
    for r in program_rows(book):
        v = number(r.values.get("persen"))
        rows.append((r.text("kode"), r.text("uraian"), v,
                     _BLUE if v is None or v <= 1 else _RED))
    return _hbars(width, rows, [("Serapan ≤ 100%", _BLUE, "bar"),
                                ("Melebihi anggaran", _RED, "bar"),
                                ("Anggaran (100%)", _RED, "dash")],
                  "Sumber: Realisasi Anggaran")


def _renstra_drawing(book: FinalBook, width: float) -> Drawing:
    font, bold = _font()
    panels = renstra_panels(book)
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


def _panel(p: Panel, px: float, py: float, pw: float, ph: float, first: int, last: int,
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


