"""The Pemda workbook: the rollup's frames as sheets with live totals, and native charts.

:func:`workbook` writes one sheet per frame of :func:`lkip_xl.output.rekap.collect` with
xlsxwriter: the units' own values (an indicator's target, realisasi and capaian, a
programme's budget and realisasi, the findings by rule) as values, and everything the
rollup derives from them as live Excel formulas: the counts per unit (``COUNTIFS`` over
the sheet IKU), the budgets per unit (``SUMIFS`` over Anggaran Program), every serapan
and share, the Pemda's totals (``SUM``).  Change a programme's realisasi and the unit's
serapan, the summary and the charts follow.  The package is then recalculated by the
project's engine (:mod:`lkip_xl.xlsx.recalc`), so it carries the values for readers that
do not calculate, and a sheet Grafik of native charts (:mod:`lkip_xl.xlsx.charts`: the
average capaian and the serapan per unit, like the unit's own Grafik sheet) is added.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

import pandas as pd
import xlsxwriter

from lkip_xl.model.capaian import TERCAPAI
from lkip_xl.output import rekap
from lkip_xl.output.charts import BAR_CAP
from lkip_xl.xlsx import a1
from lkip_xl.xlsx import charts as xlcharts
from lkip_xl.xlsx.recalc import recalculate
from lkip_xl.xlsx.styles import FOOTER_CODES

# The sheets, in order, and the frame each shows.
RINGKASAN, IKU, DISTRIBUSI = "Ringkasan", "IKU", "Distribusi Predikat"
ANGGARAN_UNIT, ANGGARAN_PROGRAM, TEMUAN, KELENGKAPAN, GRAFIK = \
    "Anggaran Unit", "Anggaran Program", "Temuan", "Kelengkapan", "Grafik"
SHEETS = {RINGKASAN: rekap.RINGKASAN, IKU: rekap.IKU, DISTRIBUSI: rekap.DISTRIBUSI,
          ANGGARAN_UNIT: rekap.ANGGARAN_UNIT, ANGGARAN_PROGRAM: rekap.ANGGARAN_PROGRAM,
          TEMUAN: rekap.TEMUAN, KELENGKAPAN: rekap.UNIT}
HEADER = 4  # the header row of every table sheet (1-based); the rows follow
FIRST = HEADER + 1
TOTAL_LABEL = "Jumlah Pemda"


def title(rollup: rekap.Rollup) -> str:
    """"Rekapitulasi LKIP Perangkat Daerah Kota Contoh Tahun 2021"."""
    where = f" {rollup.pemerintah}" if rollup.pemerintah else ""
    year = f" Tahun {rollup.tahun}" if rollup.tahun else ""
    return f"Rekapitulasi LKIP Perangkat Daerah{where}{year}"


def workbook(rollup: rekap.Rollup) -> bytes:
    """The Pemda workbook of *rollup* as .xlsx bytes, recalculated, with its charts."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False,
                                        "strings_to_urls": False})
    book.set_properties({"title": title(rollup), "author": "lkip-xl",
                         "comments": "Rekap dibuat oleh lkip-xl rekap dari buku kerja akhir "
                                     "setiap perangkat daerah."})
    fmt = _Formats(book)
    frames = rollup.frames
    rows = {sheet: len(frames[name]) for sheet, name in SHEETS.items()}
    ranges = _Ranges(rows)
    heading = title(rollup)
    _summary(book, fmt, heading, frames[rekap.RINGKASAN], ranges)
    _iku(book, fmt, heading, frames[rekap.IKU])
    _distribution(book, fmt, heading, frames[rekap.DISTRIBUSI], ranges)
    _unit_budgets(book, fmt, heading, frames[rekap.ANGGARAN_UNIT], ranges)
    _programs(book, fmt, heading, frames[rekap.ANGGARAN_PROGRAM])
    _findings(book, fmt, heading, frames[rekap.TEMUAN])
    _units(book, fmt, heading, frames[rekap.UNIT])
    for ws in book.worksheets():
        _fit_rows(ws)
    book.close()
    computed = recalculate(buffer.getvalue())
    sheet = chart_sheet(rollup)
    return xlcharts.add_sheet(computed, sheet) if sheet else computed


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10, "valign": "top"}
        cell = {**base, "border": 1}

        def add(style: dict[str, Any], **kw: Any) -> Any:
            return book.add_format({**style, **kw})

        self.title = add(base, bold=True, font_size=14)
        self.note = add(base, italic=True, font_color="#595959")
        self.head = add(cell, bold=True, bg_color="#D9E1F2", text_wrap=True, align="center",
                        valign="vcenter")
        self.text = add(cell, text_wrap=True)
        self.int = add(cell, num_format="0")
        self.rupiah = add(cell, num_format="#,##0")
        self.percent = add(cell, num_format="0.00%", bg_color="#F2F2F2")  # a formula's
        self.percent_value = add(cell, num_format="0.00%")
        self.number = add(cell, num_format="General")
        self.count = add(cell, num_format="0", bg_color="#F2F2F2")
        self.sum_rupiah = add(cell, num_format="#,##0", bg_color="#F2F2F2")
        total = {**cell, "bold": True, "bg_color": "#E2EFDA", "top": 2}
        self.total_text = add(total)
        self.total_int = add(total, num_format="0")
        self.total_rupiah = add(total, num_format="#,##0")
        self.total_percent = add(total, num_format="0.00%")
        self.problem = add(cell, bg_color="#FCE4D6", text_wrap=True)


class _Ranges:
    """Column ranges of the data sheets as formulas write them ('Anggaran Program'!$A$5:$A$9);
    a sheet without rows gives one blank row, so that a formula stays valid."""

    def __init__(self, rows: dict[str, int]) -> None:
        self.rows = rows

    def last(self, sheet: str) -> int:
        return FIRST + max(self.rows[sheet], 1) - 1

    def __call__(self, sheet: str, column: str) -> str:
        return a1.location(sheet, f"${column}${FIRST}:${column}${self.last(sheet)}")


def _sheet(book: Any, fmt: _Formats, name: str, heading: str, note: str,
           columns: Sequence[tuple[str, float]], landscape: bool = True) -> Any:
    ws = book.add_worksheet(name)
    ws.lkip_widths = [width for _, width in columns]  # for the heights of wrapped rows
    ws.lkip_lines = {}
    ws.write(0, 0, heading, fmt.title)
    ws.write(1, 0, note, fmt.note)
    for c, (header, width) in enumerate(columns):
        ws.write(HEADER - 1, c, header, fmt.head)
        ws.set_column(c, c, width)
    ws.set_row(HEADER - 1, 30)
    ws.freeze_panes(HEADER, 0)
    ws.repeat_rows(HEADER - 1)
    ws.set_paper(9)  # A4
    if landscape:
        ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.set_footer(f"&L&8{name}&R&8Halaman &P dari &N")
    return ws


def _value(ws: Any, r: int, c: int, value: Any, style: Any) -> None:
    """A value; a missing one (None, NaN, "") as a blank cell with the style."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
            or value == "":
        ws.write_blank(r, c, None, style)
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value, style)
    elif isinstance(value, (int, float)):
        ws.write_number(r, c, value, style)
    else:
        text = str(value)
        ws.write_string(r, c, text, style)
        widths = getattr(ws, "lkip_widths", ())
        if c < len(widths):  # a text that wraps makes its row taller
            lines = min(math.ceil(len(text) / (widths[c] * 1.15)), 10)
            if lines > 1:
                ws.lkip_lines[r] = max(ws.lkip_lines.get(r, 1), lines)


def _fit_rows(ws: Any) -> None:
    """Rows whose text wraps made tall enough to show it (xlsxwriter cannot measure text,
    and LibreOffice keeps a row's default height on opening)."""
    for r, lines in ws.lkip_lines.items():
        if lines > 1:
            ws.set_row(r, 13 * lines)


def _formula(ws: Any, r: int, c: int, formula: str, style: Any) -> None:
    ws.write_formula(r, c, "=" + formula, style, "")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return frame.to_dict("records")  # type: ignore[return-value]


def _rows(n: int) -> tuple[int, int, int]:
    """The first and last data row (1-based) of a sheet of *n* rows and its total row."""
    return FIRST, FIRST + n - 1, FIRST + n


def _sum(column: str, first: int, last: int) -> str:
    return f"SUM({column}{first}:{column}{last})" if last >= first else "0"


def _share(part: str, whole: str) -> str:
    return f'IF(N({whole})=0,"",{part}/{whole})'


def _summary(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame,
             ranges: _Ranges) -> None:
    ws = _sheet(book, fmt, RINGKASAN, heading,
                "Satu baris per perangkat daerah. Angka selain nama dan berkas adalah rumus "
                "atas lembar IKU, Anggaran Unit dan Temuan: ubah data di sana, ringkasan ikut "
                "berubah.",
                [("No", 5), ("Perangkat Daerah", 34), ("Berkas", 28), ("Jumlah IKU", 9),
                 ("IKU Tercapai", 9), ("% Tercapai", 10), ("Rata-rata Capaian IKU", 11),
                 ("Anggaran (Rp)", 17), ("Realisasi (Rp)", 17), ("Serapan", 10),
                 ("Galat", 8), ("Peringatan", 10), ("Catatan", 8)])
    iku_unit, iku_status, iku_capaian = (ranges(IKU, c) for c in "ALJ")
    temuan_unit = ranges(TEMUAN, "A")
    first, last, total = _rows(len(frame))
    for i, row in enumerate(_records(frame)):
        r = first + i
        at = r - 1
        _value(ws, at, 0, row["unit"], fmt.int)
        _value(ws, at, 1, row["instansi"], fmt.text)
        _value(ws, at, 2, row["berkas"], fmt.text)
        _formula(ws, at, 3, f"COUNTIF({iku_unit},$A{r})", fmt.count)
        _formula(ws, at, 4, f'COUNTIFS({iku_unit},$A{r},{iku_status},"{TERCAPAI}")', fmt.count)
        _formula(ws, at, 5, _share(f"E{r}", f"D{r}"), fmt.percent)
        _formula(ws, at, 6, f'IFERROR(AVERAGEIFS({iku_capaian},{iku_unit},$A{r}),"")',
                 fmt.percent)
        budget = a1.location(ANGGARAN_UNIT, f"D{r}")
        spent = a1.location(ANGGARAN_UNIT, f"E{r}")
        _formula(ws, at, 7, budget, fmt.sum_rupiah)
        _formula(ws, at, 8, spent, fmt.sum_rupiah)
        _formula(ws, at, 9, _share(f"I{r}", f"H{r}"), fmt.percent)
        for c, column in zip((10, 11, 12), "DEF", strict=True):
            _formula(ws, at, c, f"SUMIFS({ranges(TEMUAN, column)},{temuan_unit},$A{r})",
                     fmt.count)
    t = total - 1
    ws.write(t, 0, "", fmt.total_text)
    ws.write(t, 1, TOTAL_LABEL, fmt.total_text)
    ws.write(t, 2, f"{len(frame)} perangkat daerah", fmt.total_text)
    for c in (3, 4, 7, 8, 10, 11, 12):
        letter = a1.letter(c + 1)
        _formula(ws, t, c, _sum(letter, first, last),
                 fmt.total_rupiah if c in (7, 8) else fmt.total_int)
    _formula(ws, t, 5, _share(f"E{total}", f"D{total}"), fmt.total_percent)
    _formula(ws, t, 6, f'IFERROR(AVERAGE({iku_capaian}),"")', fmt.total_percent)
    _formula(ws, t, 9, _share(f"I{total}", f"H{total}"), fmt.total_percent)
    ws.activate()


def _iku(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame) -> None:
    ws = _sheet(book, fmt, IKU, heading,
                "Indikator kinerja utama (Tabel 3.1) setiap perangkat daerah, nilainya seperti "
                "di buku kerja akhir unit itu (capaian dihitung di sana dengan polaritasnya).",
                [("No Unit", 6), ("Perangkat Daerah", 28), ("Kode Sasaran", 8), ("Kode", 8),
                 ("Indikator", 40), ("Satuan", 10), ("Polaritas", 9), ("Target", 10),
                 ("Realisasi", 10), ("Capaian", 10), ("Predikat", 13), ("Status", 22)])
    for i, row in enumerate(_records(frame)):
        at = FIRST - 1 + i
        for c, key in enumerate(("unit", "instansi", "kode_sasaran", "kode", "indikator",
                                 "satuan", "polaritas")):
            _value(ws, at, c, row[key], fmt.int if key == "unit" else fmt.text)
        shown = fmt.percent_value if row["persen"] else fmt.number
        for c, key in ((7, "target"), (8, "realisasi")):
            value = row[key]
            _value(ws, at, c, value, shown if isinstance(value, (int, float)) else fmt.text)
        _value(ws, at, 9, row["capaian"], fmt.percent_value)
        _value(ws, at, 10, row["predikat"], fmt.text)
        _value(ws, at, 11, row["status"], fmt.text)
    ws.autofilter(HEADER - 1, 0, HEADER - 1 + max(len(frame), 1), 11)


def _distribution(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame,
                  ranges: _Ranges) -> None:
    names = [c for c in frame.columns if c not in ("unit", "instansi", "jumlah")]
    ws = _sheet(book, fmt, DISTRIBUSI, heading,
                "Banyak IKU per predikat capaian setiap perangkat daerah (rumus COUNTIFS atas "
                "lembar IKU); baris terakhir: porsi setiap predikat di Pemda.",
                [("No", 5), ("Perangkat Daerah", 34), ("Jumlah IKU", 9),
                 *((name, 11) for name in names)], landscape=len(names) > 6)
    iku_unit, iku_predicate = ranges(IKU, "A"), ranges(IKU, "K")
    first, last, total = _rows(len(frame))
    end = a1.letter(3 + len(names) - 1)  # the last predicate's column before "Tanpa"
    for i, row in enumerate(_records(frame)):
        r = first + i
        _value(ws, r - 1, 0, row["unit"], fmt.int)
        _value(ws, r - 1, 1, row["instansi"], fmt.text)
        _formula(ws, r - 1, 2, f"COUNTIF({iku_unit},$A{r})", fmt.count)
        for c, name in enumerate(names, start=3):
            if name == rekap.NO_PREDICATE:
                _formula(ws, r - 1, c, f"C{r}-SUM(D{r}:{end}{r})", fmt.count)
            else:
                column = a1.letter(c + 1)
                _formula(ws, r - 1, c,
                         f'COUNTIFS({iku_unit},$A{r},{iku_predicate},"="&{column}${HEADER})',
                         fmt.count)
    ws.write(total - 1, 0, "", fmt.total_text)
    ws.write(total - 1, 1, TOTAL_LABEL, fmt.total_text)
    ws.write(total, 0, "", fmt.total_text)
    ws.write(total, 1, "Porsi di Pemda", fmt.total_text)
    for c in range(2, 3 + len(names)):
        letter = a1.letter(c + 1)
        _formula(ws, total - 1, c, _sum(letter, first, last), fmt.total_int)
        _formula(ws, total, c, _share(f"{letter}{total}", f"$C${total}"), fmt.total_percent)


def _unit_budgets(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame,
                  ranges: _Ranges) -> None:
    ws = _sheet(book, fmt, ANGGARAN_UNIT, heading,
                "Anggaran dan realisasi setiap perangkat daerah: jumlah program-programnya di "
                "lembar Anggaran Program (rumus SUMIFS); serapan = realisasi / anggaran.",
                [("No", 5), ("Perangkat Daerah", 34), ("Jumlah Program", 9),
                 ("Anggaran (Rp)", 18), ("Realisasi (Rp)", 18), ("Serapan", 10),
                 ("Porsi Anggaran Pemda", 11), ("Program tanpa Angka Realisasi", 12)],
                landscape=False)
    unit, budget, spent = (ranges(ANGGARAN_PROGRAM, c) for c in "AEF")
    first, last, total = _rows(len(frame))
    for i, row in enumerate(_records(frame)):
        r = first + i
        _value(ws, r - 1, 0, row["unit"], fmt.int)
        _value(ws, r - 1, 1, row["instansi"], fmt.text)
        _formula(ws, r - 1, 2, f"COUNTIF({unit},$A{r})", fmt.count)
        _formula(ws, r - 1, 3, f"SUMIFS({budget},{unit},$A{r})", fmt.sum_rupiah)
        _formula(ws, r - 1, 4, f"SUMIFS({spent},{unit},$A{r})", fmt.sum_rupiah)
        _formula(ws, r - 1, 5, _share(f"E{r}", f"D{r}"), fmt.percent)
        _formula(ws, r - 1, 6, _share(f"D{r}", f"D${total}"), fmt.percent)
        _formula(ws, r - 1, 7, f'C{r}-COUNTIFS({unit},$A{r},{spent},"<>")', fmt.count)
    t = total - 1
    ws.write(t, 0, "", fmt.total_text)
    ws.write(t, 1, TOTAL_LABEL, fmt.total_text)
    for c, style in ((2, fmt.total_int), (3, fmt.total_rupiah), (4, fmt.total_rupiah),
                     (6, fmt.total_percent), (7, fmt.total_int)):
        letter = a1.letter(c + 1)
        _formula(ws, t, c, _sum(letter, first, last), style)
    _formula(ws, t, 5, _share(f"E{total}", f"D{total}"), fmt.total_percent)


def _programs(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame) -> None:
    ws = _sheet(book, fmt, ANGGARAN_PROGRAM, heading,
                "Program setiap perangkat daerah (baris program lembar Realisasi Anggaran di "
                "buku kerja akhirnya); realisasi kosong: tidak ada angka di sana.",
                [("No Unit", 6), ("Perangkat Daerah", 28), ("Kode", 10), ("Program", 46),
                 ("Anggaran (Rp)", 18), ("Realisasi (Rp)", 18), ("Serapan", 10)])
    first, last, total = _rows(len(frame))
    for i, row in enumerate(_records(frame)):
        r = first + i
        _value(ws, r - 1, 0, row["unit"], fmt.int)
        for c, key in ((1, "instansi"), (2, "kode"), (3, "program")):
            _value(ws, r - 1, c, row[key], fmt.text)
        _value(ws, r - 1, 4, row["anggaran"], fmt.rupiah)
        _value(ws, r - 1, 5, row["realisasi"], fmt.rupiah)
        _formula(ws, r - 1, 6, f'IF(F{r}="","",{_share(f"F{r}", f"E{r}")})', fmt.percent)
    t = total - 1
    for c in range(4):
        ws.write(t, c, TOTAL_LABEL if c == 1 else "", fmt.total_text)
    _formula(ws, t, 4, _sum("E", first, last), fmt.total_rupiah)
    _formula(ws, t, 5, _sum("F", first, last), fmt.total_rupiah)
    _formula(ws, t, 6, _share(f"F{total}", f"E{total}"), fmt.total_percent)
    ws.autofilter(HEADER - 1, 0, HEADER - 1 + max(len(frame), 1), 6)


def _findings(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame) -> None:
    ws = _sheet(book, fmt, TEMUAN, heading,
                "Temuan pemeriksaan yang masih tercantum di lembar Validasi buku kerja akhir "
                "setiap perangkat daerah, per aturan ('lkip-xl aturan ID' menjelaskannya).",
                [("No Unit", 6), ("Perangkat Daerah", 30), ("Aturan", 24), ("Galat", 8),
                 ("Peringatan", 10), ("Catatan", 8), ("Jumlah", 8)], landscape=False)
    first, last, total = _rows(len(frame))
    for i, row in enumerate(_records(frame)):
        r = first + i
        _value(ws, r - 1, 0, row["unit"], fmt.int)
        _value(ws, r - 1, 1, row["instansi"], fmt.text)
        _value(ws, r - 1, 2, row["aturan"], fmt.text)
        for c, key in enumerate(rekap.SEVERITIES, start=3):
            _value(ws, r - 1, c, row[key], fmt.int)
        _formula(ws, r - 1, 6, f"SUM(D{r}:F{r})", fmt.count)
    t = total - 1
    for c in range(3):
        ws.write(t, c, TOTAL_LABEL if c == 1 else "", fmt.total_text)
    for c in range(3, 7):
        _formula(ws, t, c, _sum(a1.letter(c + 1), first, last), fmt.total_int)
    ws.autofilter(HEADER - 1, 0, HEADER - 1 + max(len(frame), 1), 6)


def _units(book: Any, fmt: _Formats, heading: str, frame: pd.DataFrame) -> None:
    ws = _sheet(book, fmt, KELENGKAPAN, heading,
                "Setiap berkas yang dibaca dan setiap perangkat daerah yang diharapkan. Hanya "
                "yang berstatus 'ada' direkap; 'ganda', 'tahun lain', 'tidak ada' dan 'tidak "
                "terbaca' perlu ditindaklanjuti.",
                [("No Unit", 6), ("Perangkat Daerah", 30), ("Tahun", 7), ("Berkas", 40),
                 ("Status", 12), ("Keterangan", 50)])
    for i, row in enumerate(_records(frame)):
        at = FIRST - 1 + i
        bad = row["status"] != rekap.ADA
        _value(ws, at, 0, row["unit"], fmt.int)
        _value(ws, at, 1, row["instansi"], fmt.text)
        _value(ws, at, 2, row["tahun"], fmt.int)
        _value(ws, at, 3, row["berkas"], fmt.text)
        _value(ws, at, 4, row["status"], fmt.problem if bad else fmt.text)
        _value(ws, at, 5, row["keterangan"], fmt.problem if bad else fmt.text)


# --------------------------------------------------------------------------
# The charts


_WIDTH = 10  # columns a chart spans


def chart_sheet(rollup: rekap.Rollup) -> xlcharts.ChartSheet | None:
    """The sheet Grafik: the average capaian of the IKU and the serapan per unit, bars whose
    series refer to the cells of Ringkasan and Anggaran Unit (None: no unit)."""
    summary = rollup.frames[rekap.RINGKASAN]
    if summary.empty:
        return None
    year = f" Tahun {rollup.tahun}" if rollup.tahun else ""
    names = tuple(str(n) for n in summary["instansi"])
    first, last = FIRST, FIRST + len(summary) - 1
    tall = max(14, math.ceil((len(summary) * 26 + 90) / 20))
    charts: list[xlcharts.Chart] = []
    row = 3
    for sheet, column, values, label, color in (
            (RINGKASAN, "G", summary["rata_rata_capaian"], "Rata-rata Capaian IKU per "
             "Perangkat Daerah", "4472C4"),
            (RINGKASAN, "J", summary["serapan"], "Serapan Anggaran per Perangkat Daerah",
             "ED7D31")):
        cached = tuple(_cached(v) for v in values)
        top = max((v for v in cached if v is not None), default=0.0)
        charts.append(xlcharts.Chart(
            "bar", f"{label}{year}",
            (xlcharts.Series(
                label.split(" per ")[0],
                xlcharts.Data(a1.location(sheet, f"${column}${first}:${column}${last}"),
                              cached),
                xlcharts.Data(a1.location(RINGKASAN, f"$B${first}:$B${last}"), names),
                color=color, labels=True),),
            (0, row, _WIDTH, row + tall), value_format="0%", value_min=0, legend=False,
            value_max=BAR_CAP if top > BAR_CAP else None))
        row += tall + 2
    cells = [xlcharts.Cell("A1", title(rollup), style="title"),
             xlcharts.Cell("A2", "Grafik di lembar ini membaca sel lembar Ringkasan: ubah "
                                 "datanya, grafik ikut berubah.")]
    return xlcharts.ChartSheet(GRAFIK, cells, charts, footer=FOOTER_CODES)


def _cached(value: Any) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def sheet_of(frame: str) -> str:
    """The sheet that shows the frame named *frame*."""
    return next(sheet for sheet, name in SHEETS.items() if name == frame)


