"""The report's figures as data, and as native charts in the final workbook: capaian per
indicator, realisasi over the Renstra's years, and budget absorption per program.

Each figure is made twice from the same rows of the final workbook
(:func:`lkip_xl.book.finalbook.read_final`): here as native charts on a sheet "Grafik" of
the final workbook (:func:`chart_sheet`, :func:`add_charts`) whose series refer to the
tables' cells, so that Excel and LibreOffice redraw them when staff change the data; and
as ReportLab drawings for the PDF (:mod:`lkip_xl.output.figures`, from the same rows:
:func:`capaian_rows`, :func:`renstra_panels`, :func:`program_rows`).  A figure without data (no
numeric capaian, no Renstra years with numbers, no program with a serapan) is left out,
never drawn empty.  Fill makes the native charts only, so it never loads ReportLab.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lkip_xl.book.finalbook import FinalBook, Record, read_final
from lkip_xl.model import schema
from lkip_xl.xlsx import a1
from lkip_xl.xlsx import charts as xlcharts
from lkip_xl.xlsx.styles import FOOTER_CODES

# The tables the figures read (read_final's arguments).
SOURCES = ("Tabel 3.1", "Tabel 3.2", "Realisasi Anggaran")
SOURCE_KINDS = {"Realisasi Anggaran": ("group",)}
SHEET = "Grafik"  # the final workbook's sheet of charts
CAPAIAN, RENSTRA, SERAPAN = "capaian", "realisasi_renstra", "serapan"
SECTION_CAPAIAN, SECTION_ANGGARAN = "A. Capaian Kinerja", "B. Realisasi Anggaran"
MAX_PANELS = 6  # indicators in the figure of realisasi against the Renstra
BAR_CAP = 2.0  # a bar longer than 200% is cut there, its value written beside it


# --------------------------------------------------------------------------
# The data of each figure


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def capaian_rows(book: FinalBook) -> list[Record]:
    rows = [r for r in book.tables.get("Tabel 3.1", []) if r.kind == "item"]
    return rows if any(number(r.values.get("capaian")) is not None for r in rows) else []


def program_rows(book: FinalBook) -> list[Record]:
    rows = [r for r in book.tables.get("Realisasi Anggaran", []) if r.kind == "group"]
    return rows if any(number(r.values.get("persen")) is not None for r in rows) else []


@dataclass(frozen=True)
class Panel:
    """One indicator of Tabel 3.2: its realisasi and targets by year (runs of numeric
    cells: column keys and values), and the end-of-Renstra target."""

    record: Record
    realisasi: tuple[tuple[int, str, float], ...]  # (year, column key, value)
    targets: tuple[tuple[int, str, float], ...]
    end: tuple[int, str, float] | None  # (year, column key, value)
    percent: bool


def renstra_years(book: FinalBook) -> str:
    first = book.years.renstra
    last = str(book.identity.get("renstra_akhir") or "").strip()
    return f"{first}-{last if last.isdigit() else first + 5}"


def renstra_panels(book: FinalBook) -> list[Panel]:
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
        akhir = number(r.values.get("target_akhir"))
        end = (targets[-1][0], "target_akhir", akhir) if akhir is not None else targets[-1]
        keys = {k for _, k, _ in (*real, *targets, end)}
        percent = bool(keys & r.percent)
        found.append((len(real) < 2, n, Panel(r, tuple(real), tuple(targets), end, percent)))
    chosen = sorted(found, key=lambda f: f[:2])[:MAX_PANELS]
    return [p for _, _, p in sorted(chosen, key=lambda f: f[1])]


def _run(cells: list[tuple[int, str, Any]]) -> list[tuple[int, str, float]]:
    """The longest run of consecutive numeric cells (the last of equals): a chart series
    refers to one range, and a text in it ("N/A") would be drawn as zero."""
    best: list[tuple[int, str, float]] = []
    run: list[tuple[int, str, float]] = []
    for year, key, value in cells:
        v = number(value)
        if v is None:
            run = []
            continue
        run.append((year, key, v))
        if len(run) >= len(best):
            best = list(run)
    return best


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
    capaian = capaian_rows(book)
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
    programs = program_rows(book)
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
                    value = number(r.values.get(key))
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
            value_max=BAR_CAP if max(number(r.values.get("persen")) or 0
                                     for r in programs) > BAR_CAP else None))
        row += tall + 2
        data_row = last + 3
    panels = renstra_panels(book)
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
    return xlcharts.ChartSheet(SHEET, cells, charts, widths, footer=FOOTER_CODES)


def _renstra_charts(book: FinalBook, panels: list[Panel], row: int, data_row: int,
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
