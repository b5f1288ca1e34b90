"""The Pemda rollup as a short PDF document (ReportLab), in Bahasa Indonesia.

Made from the rollup's frames (:func:`lkip_xl.output.rekap.collect`), with the fonts,
paragraph styles and bar figures of the unit's LKIP (:mod:`lkip_xl.output.pdf`,
:mod:`lkip_xl.output.charts`): the Pemda in a few sentences, the summary per unit, the
average capaian and the serapan per unit as figures, the distribution of the predicates,
the findings by rule, and the LKIPs that are missing, duplicated, of another year or
unreadable.
"""

from __future__ import annotations

import io
import math
from typing import Any

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as Style

from lkip_xl.model import findings
from lkip_xl.model.numbers import format_angka, format_fraction, format_rupiah
from lkip_xl.output import figures, rekap
from lkip_xl.output.pdf import BOLD, FONT, _escape, _styles, register_fonts
from lkip_xl.output.rekap_xlsx import title

_SIZE = 8  # table text, as the LKIP's tables
_HEAD = colors.HexColor("#D9E1F2")
_TOTAL = colors.HexColor("#E2EFDA")
NONE = "–"


def document(rollup: rekap.Rollup, *, made: str = "") -> bytes:
    """The rollup as PDF bytes; *made* says when (printed under the title)."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    heading = title(rollup)
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=heading, author="lkip-xl",
                            subject="Rekapitulasi LKIP perangkat daerah", creator="lkip-xl",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm)
    frames = rollup.frames
    story: list[Any] = [
        Paragraph(_escape(heading.upper()), styles["h1"]),
    ]
    if made:
        story.append(Paragraph(_escape(made), styles["center"]))
    story += [Spacer(1, 6), *(Paragraph(_escape(p), styles["body"]) for p in _overview(rollup))]
    summary = frames[rekap.RINGKASAN]
    if not summary.empty:
        story += _section("1. Ringkasan per Perangkat Daerah", styles)
        story.append(_summary_table(summary, frames[rekap.IKU], doc.width))
        story += _figures(rollup, doc.width, doc.height - 40, styles)
        story += _section("2. Distribusi Predikat Capaian IKU", styles)
        story.append(Paragraph(
            "Banyak indikator kinerja utama (Tabel 3.1) per predikat capaian; tanpa predikat: "
            "realisasi atau target bukan angka, sehingga capaian tidak dihitung.",
            styles["body"]))
        story.append(_distribution_table(frames[rekap.DISTRIBUSI], doc.width))
        story += _section("3. Temuan Pemeriksaan", styles)
        story += _findings(frames[rekap.TEMUAN], doc.width, styles)
    story += _section(f"{4 if not summary.empty else 1}. Kelengkapan LKIP", styles)
    story += _completeness(frames[rekap.UNIT], doc.width, styles)

    def footer(canvas: Any, page_doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(2 * cm, 1 * cm, heading)
        canvas.drawRightString(A4[0] - 2 * cm, 1 * cm, f"Halaman {page_doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _section(text: str, styles: dict[str, Any]) -> list[Any]:
    """A section's heading: on a new page when less than 4 cm are left (not kept with a
    table that follows, which would move a long table to the next page whole)."""
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("section", parent=styles["h2"], keepWithNext=0)
    return [CondPageBreak(4 * cm), Paragraph(_escape(text), style)]


def _number(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _percent(value: Any) -> str:
    v = _number(value)
    return NONE if v is None else format_fraction(v)


def _rupiah(value: Any) -> str:
    v = _number(value)
    return NONE if v is None else format_angka(round(v))


def _overview(rollup: rekap.Rollup) -> list[str]:
    """The Pemda in a few sentences."""
    f = rollup.frames
    summary, units = f[rekap.RINGKASAN], f[rekap.UNIT]
    n = len(summary)
    if not n:
        return ["Tidak ada LKIP perangkat daerah yang dapat direkap: lihat bagian Kelengkapan "
                "LKIP."]
    year = f" tahun {rollup.tahun}" if rollup.tahun else ""
    out = [f"Rekap ini disusun dari buku kerja akhir LKIP{year} {n} perangkat daerah "
           "yang dibuat dengan lkip-xl. Nilai setiap indikator dan anggaran adalah nilai di "
           "buku kerja akhir perangkat daerah itu."]
    iku = int(summary["iku"].sum())
    reached = int(summary["tercapai"].sum())
    mean = f[rekap.IKU]["capaian"].mean()
    if iku:
        out.append(
            f"Dari {iku} indikator kinerja utama, {reached} tercapai "
            f"({format_fraction(reached / iku)})"
            + (f"; rata-rata capaiannya {format_fraction(mean)}." if pd.notna(mean) else "."))
    budget, spent = summary["anggaran"].sum(), summary["realisasi"].sum()
    if budget:
        out.append(f"Anggaran seluruh perangkat daerah {format_rupiah(round(budget))}, "
                   f"terealisasi {format_rupiah(round(spent))} "
                   f"(serapan {format_fraction(spent / budget)}).")
    errors, warnings = int(summary["galat"].sum()), int(summary["peringatan"].sum())
    with_errors = int((summary["galat"] > 0).sum())
    out.append(f"Pemeriksaan lkip-xl masih mencatat {errors} galat dan {warnings} peringatan"
               + (f"; {with_errors} perangkat daerah masih memiliki galat." if with_errors
                  else "; tidak ada perangkat daerah yang masih memiliki galat."))
    problems = units[units["status"] != rekap.ADA]["status"].value_counts()
    if not problems.empty:
        said = ", ".join(f"{count} {status}" for status, count in problems.items())
        out.append(f"Kelengkapan: {said} (rinciannya di bagian Kelengkapan LKIP).")
    return out


def _table(rows: list[list[Any]], width: float, numeric: set[int], flexible: int,
           total: bool = False) -> Table:
    """A table in the LKIP's look, *width* wide: header shaded and repeated, numbers
    right-aligned, the last row bold when it is a total.  Each column is as wide as its
    longest word of the header and its longest value; the column *flexible* (a name) takes
    the rest and wraps."""
    widths = _widths(rows, width, flexible)
    body = [[_head(c) if n == 0 else _wrapped(c, widths[i]) for i, c in enumerate(row)]
            for n, row in enumerate(rows)]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), _SIZE),
        ("LEADING", (0, 0), (-1, -1), _SIZE + 2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in sorted(numeric)),
    ]
    if total:
        style += [("FONTNAME", (0, -1), (-1, -1), BOLD), ("BACKGROUND", (0, -1), (-1, -1),
                                                          _TOTAL)]
    return Table(body, colWidths=widths, repeatRows=1, style=Style(style), hAlign="LEFT")


_PADDING = 8  # a cell's left and right padding, and a little air


def _widths(rows: list[list[Any]], width: float, flexible: int) -> list[float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    need = [0.0] * len(rows[0])
    for n, row in enumerate(rows):
        for i, text in enumerate(row):
            if i == flexible:
                continue
            font = BOLD if n == 0 or n == len(rows) - 1 else FONT
            words = str(text).split() if n == 0 else [str(text)]
            need[i] = max(need[i], *(stringWidth(w, font, _SIZE) + _PADDING for w in words))
    need = [min(n, width * 0.35) for n in need]  # a longer text wraps
    rest = width - sum(need)
    longest = max(stringWidth(str(row[flexible]), BOLD, _SIZE) + _PADDING for row in rows)
    need[flexible] = max(min(rest, longest), width * 0.15)
    return need


def _style(name: str, font: str, alignment: int = 0) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, fontName=font, fontSize=_SIZE, leading=_SIZE + 2,
                          alignment=alignment)


def _wrapped(text: str, width: float) -> Any:
    """A text cell: wrapped in a paragraph when it is longer than the column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FONT, _SIZE) + _PADDING <= width:
        return text
    return Paragraph(_escape(text), _style("cell", FONT))


def _head(text: str) -> Any:
    return Paragraph(_escape(text), _style("head", BOLD, alignment=1))


def _summary_table(summary: pd.DataFrame, iku: pd.DataFrame, width: float) -> Table:
    rows: list[list[Any]] = [["No", "Perangkat Daerah", "IKU", "Tercapai", "Rata-rata Capaian",
                              "Anggaran (Rp)", "Realisasi (Rp)", "Serapan", "Galat",
                              "Peringatan"]]
    for r in summary.to_dict("records"):
        rows.append([str(r["unit"]), str(r["instansi"]), str(r["iku"]), str(r["tercapai"]),
                     _percent(r["rata_rata_capaian"]), _rupiah(r["anggaran"]),
                     _rupiah(r["realisasi"]), _percent(r["serapan"]), str(r["galat"]),
                     str(r["peringatan"])])
    budget, spent = summary["anggaran"].sum(), summary["realisasi"].sum()
    rows.append(["", "Jumlah Pemda", str(summary["iku"].sum()), str(summary["tercapai"].sum()),
                 _percent(iku["capaian"].mean()), _rupiah(budget), _rupiah(spent),
                 _percent(spent / budget if budget else None), str(summary["galat"].sum()),
                 str(summary["peringatan"].sum())])
    return _table(rows, width, {0, 2, 3, 4, 5, 6, 7, 8, 9}, 1, total=True)


def _figures(rollup: rekap.Rollup, width: float, height: float,
             styles: dict[str, Any]) -> list[Any]:
    """The two figures, each at most *height* tall."""
    summary = rollup.frames[rekap.RINGKASAN]
    year = f" Tahun {rollup.tahun}" if rollup.tahun else ""
    out: list[Any] = []
    n = 0
    for column, caption, legend, source in (
            ("rata_rata_capaian", "Rata-rata Capaian IKU per Perangkat Daerah",
             [("Rata-rata ≥ 100%", figures._BLUE, "bar"), ("Di bawah 100%", figures._ORANGE,
                                                          "bar"),
              ("100%", figures._RED, "dash")], "Sumber: lembar IKU buku kerja rekap"),
            ("serapan", "Serapan Anggaran per Perangkat Daerah",
             [("Serapan ≤ 100%", figures._BLUE, "bar"), ("Melebihi anggaran", figures._RED,
                                                        "bar"),
              ("Anggaran (100%)", figures._RED, "dash")],
             "Sumber: lembar Anggaran Program buku kerja rekap")):
        rows = []
        for r in summary.to_dict("records"):
            v = _number(r[column])
            good = v is None or (v >= 1 if column == "rata_rata_capaian" else v <= 1)
            colour = figures._BLUE if good else (figures._ORANGE if column != "serapan"
                                                else figures._RED)
            rows.append((str(r["unit"]), str(r["instansi"]), v, colour))
        if all(v is None for _, _, v, _ in rows):
            continue
        n += 1
        drawing = figures._hbars(width, rows, legend, source)
        if drawing.height > height:  # many units: shrunk to a page
            k = height / drawing.height
            drawing.scale(k, k)
            drawing.width, drawing.height = drawing.width * k, height
        out.append(KeepTogether([Paragraph(_escape(f"Grafik {n} {caption}{year}"),
                                           styles["caption"]), drawing]))
    return out


def _distribution_table(frame: pd.DataFrame, width: float) -> Table:
    names = [c for c in frame.columns if c not in ("unit", "instansi", "jumlah")]
    rows: list[list[Any]] = [["No", "Perangkat Daerah", "Jumlah IKU", *names]]
    for r in frame.to_dict("records"):
        rows.append([str(r["unit"]), str(r["instansi"]), str(r["jumlah"]),
                     *(str(r[name]) for name in names)])
    total = int(frame["jumlah"].sum())
    rows.append(["", "Jumlah Pemda", str(total),
                 *(f"{int(frame[name].sum())} ({_percent(frame[name].sum() / total)})"
                   if total else "0" for name in names)])
    return _table(rows, width, set(range(2, len(names) + 3)) | {0}, 1, total=True)


def _findings(frame: pd.DataFrame, width: float, styles: dict[str, Any]) -> list[Any]:
    if frame.empty:
        return [Paragraph("Lembar Validasi semua buku kerja akhir tidak memuat temuan.",
                          styles["body"])]
    by_rule = frame.groupby("aturan").agg(
        unit=("unit", "nunique"), **{s: (s, "sum") for s in rekap.SEVERITIES})
    by_rule = by_rule.sort_values(["galat", "peringatan", "catatan"], ascending=False)
    intro = Paragraph(
        "Temuan yang masih tercantum di lembar Validasi buku kerja akhir, per aturan "
        "pemeriksaan, dijumlahkan untuk seluruh perangkat daerah (rincian per perangkat "
        "daerah di lembar Temuan buku kerja rekap; 'lkip-xl aturan ID' menjelaskan setiap "
        "aturan).", styles["body"])
    rows: list[list[Any]] = [["Aturan", "Jumlah Perangkat Daerah",
                              *(findings.SEVERITY_TEXT[k].capitalize()
                                for k in ("error", "warning", "info"))]]
    for rule, r in by_rule.iterrows():
        rows.append([str(rule), str(r["unit"]),
                     *(str(int(r[s])) for s in rekap.SEVERITIES)])
    rows.append(["Jumlah", "", *(str(int(frame[s].sum())) for s in rekap.SEVERITIES)])
    return [intro, _table(rows, width * 0.7, {1, 2, 3, 4}, 0, total=True)]


def _completeness(frame: pd.DataFrame, width: float, styles: dict[str, Any]) -> list[Any]:
    problems = frame[frame["status"] != rekap.ADA]
    if problems.empty:
        return [Paragraph("Setiap berkas yang dibaca adalah LKIP tahun rekap, tidak ada yang "
                          "ganda, dan tidak ada perangkat daerah yang diharapkan tetapi tidak "
                          "ada LKIP-nya.", styles["body"])]
    intro = Paragraph(
        "LKIP berikut tidak direkap: tidak ada (diharapkan, tetapi buku kerja akhirnya tidak "
        "ditemukan), ganda (perangkat daerah dan tahun yang sama dengan berkas lain), tahun "
        "lain, atau tidak terbaca.", styles["body"])
    rows: list[list[Any]] = [["Perangkat Daerah", "Tahun", "Status", "Keterangan"]]
    for r in problems.to_dict("records"):
        year = r["tahun"]
        name = str(r["instansi"]) if pd.notna(r["instansi"]) and r["instansi"] else \
            str(r["berkas"])
        rows.append([name, "" if pd.isna(year) else str(year), str(r["status"]),
                     str(r["keterangan"] or "")])
    return [intro, _table(rows, width, {1}, 3)]
