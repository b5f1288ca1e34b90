"""The report's figures: ReportLab drawings for the PDF and native charts in the final
workbook whose series refer to the tables' cells."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from openpyxl import load_workbook
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String

from lkip_xl.book.finalbook import FinalBook, read_final
from lkip_xl.jobs.fill import fill
from lkip_xl.model import outline
from lkip_xl.output import charts
from lkip_xl.output import figures as drawings
from lkip_xl.xlsx import charts as xlcharts
from lkip_xl.xlsx.reader import Book

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
WIDTH = 453.5  # the PDF's portrait frame (A4 less 2.2 cm and 2 cm)


@pytest.fixture(scope="module")
def final(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return fill(out_dir=tmp_path_factory.mktemp("charts")).output.read_bytes()


@pytest.fixture(scope="module")
def book(final: bytes) -> FinalBook:
    return read_final(final, charts.SOURCES, charts.SOURCE_KINDS)


@pytest.fixture(scope="module")
def with_charts(final: bytes) -> bytes:
    return final  # fill adds the charts (jobs/fill.py)


def _texts(shape: Any) -> list[str]:
    if isinstance(shape, String):
        return [shape.text]
    if isinstance(shape, (Group, Drawing)):
        return [t for s in shape.contents for t in _texts(s)]
    return []


def test_three_figures_in_their_sections(book: FinalBook) -> None:
    figures = drawings.figures(book)
    assert [f.id for f in figures] == [charts.CAPAIAN, charts.RENSTRA, charts.SERAPAN]
    sections = {s.title for chapter in outline.OUTLINE for s in chapter.sections}
    placed = {shown.sheet: section.title for _, section, shown in outline.tables()}
    for f in figures:
        assert f.section in sections
        assert placed[f.after] == f.section  # the table it follows is in its section
        assert f.caption.startswith("Grafik ") and "2020" in f.caption


def test_figures_are_numbered_as_the_tables(book: FinalBook) -> None:
    figures = drawings.figures(book)
    assert drawings.numbers(figures) == {charts.CAPAIAN: "Grafik 3.1", charts.RENSTRA: "Grafik 3.2",
                                       charts.SERAPAN: "Grafik 3.3"}
    assert list(drawings.numbers(figures, "urut").values()) == ["Grafik 1", "Grafik 2", "Grafik 3"]
    assert figures[0].title("Grafik 3.1") == "Grafik 3.1 Capaian Indikator Kinerja Tahun 2020"


def test_drawings_render_and_fit_a_page(book: FinalBook) -> None:
    for f in drawings.figures(book):
        drawing = f.drawing(WIDTH)
        assert drawing.width == WIDTH and 100 < drawing.height < 700
        assert renderPDF.drawToString(drawing).startswith(b"%PDF")
        small = f.drawing(WIDTH, 120)  # shrunk to a frame's height
        assert small.height == 120 and small.width < WIDTH
        assert renderPDF.drawToString(small).startswith(b"%PDF")
    capaian, renstra, serapan = (_texts(f.drawing(WIDTH)) for f in drawings.figures(book))
    assert "IK01" in capaian and "100%" in capaian and "Target 100%" in capaian
    # Indonesian numbers; IK05 (Nilai LPPD) is not a percentage
    assert {"IK05", "3,4", "3,2"} <= set(renstra) and "2023" in renstra
    # a bar beyond 200% is cut, its value stays; a program without a number says so
    assert "1.466,99%" in serapan and "tidak ada angka" in serapan


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _series(chart: bytes) -> list[dict[str, str]]:
    root = etree.fromstring(chart)
    assert root.tag == f"{C}chartSpace"
    out = []
    for ser in root.iter(f"{C}ser"):
        refs = {}
        for tag in ("cat", "val", "xVal", "yVal"):
            f = ser.find(f"{C}{tag}//{C}f")
            if f is not None:
                refs[tag] = f.text
        refs["name"] = ser.findtext(f"{C}tx/{C}v")
        out.append(refs)
    return out


def test_native_charts_refer_to_the_tables(book: FinalBook, with_charts: bytes) -> None:
    parts = _parts(with_charts)
    names = sorted((n for n in parts if n.startswith("xl/charts/chart")),
                   key=lambda n: int(re.findall(r"\d+", n)[0]))
    panels = charts.renstra_panels(book)
    assert len(names) == 2 + len(panels) >= 3
    types = parts["[Content_Types].xml"].decode()
    for name in names:
        assert f'PartName="/{name}"' in types
    capaian, serapan, *lines = (_series(parts[n]) for n in names)

    letters, rows = book.letters["Tabel 3.1"], [r.row for r in book.tables["Tabel 3.1"]]
    assert capaian == [{"cat": f"'Tabel 3.1'!${letters['indikator']}${rows[0]}:"
                               f"${letters['indikator']}${rows[-1]}",
                        "val": f"'Tabel 3.1'!${letters['capaian']}${rows[0]}:"
                               f"${letters['capaian']}${rows[-1]}", "name": "Capaian"}]

    # the program rows are not consecutive: the chart reads Grafik's formulas to them
    programs = [r for r in book.tables["Realisasi Anggaran"] if r.kind == "group"]
    (bars,) = serapan
    match = re.fullmatch(r"Grafik!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", bars["val"])
    assert match and match[1] == match[3] and int(match[4]) - int(match[2]) + 1 == len(programs)
    sheet = load_workbook(io.BytesIO(with_charts))["Grafik"]
    persen = book.letters["Realisasi Anggaran"]["persen"]
    for n, r in enumerate(programs):
        formula = sheet[f"{match[1]}{int(match[2]) + n}"].value
        assert f"'Realisasi Anggaran'!${persen}${r.row}" in formula

    letters = book.letters["Tabel 3.2"]
    ik01 = next(p for p in panels if p.record.key == "IK01")
    target, real, end = lines[panels.index(ik01)]
    r = ik01.record.row
    assert target["yVal"] == f"'Tabel 3.2'!${letters['target_0']}${r}:${letters['target_5']}${r}"
    assert real["yVal"] == \
        f"'Tabel 3.2'!${letters['realisasi_0']}${r}:${letters['realisasi_1']}${r}"
    assert end["yVal"] == f"'Tabel 3.2'!${letters['target_5']}${r}"  # no Kondisi Akhir given
    # a text in the row ("NA" for 2018) is left out of the series' range
    ik05 = next(p for p in panels if p.record.key == "IK05")
    target = lines[panels.index(ik05)][0]
    assert target["yVal"].startswith(f"'Tabel 3.2'!${letters['target_1']}$")


def test_the_package_still_reads(with_charts: bytes, final: bytes) -> None:
    wb = load_workbook(io.BytesIO(with_charts))
    assert wb.sheetnames[-1] == "Grafik" and len(wb["Grafik"]._charts) >= 3  # type: ignore[attr-defined]
    parts = _parts(with_charts)
    drawing = next(n for n in parts if n.startswith("xl/drawings/drawing"))
    etree.fromstring(parts[drawing])  # well-formed
    with Book(with_charts) as book:
        assert book.sheetnames[-1] == "Grafik"
        assert book.sheet("Grafik").rows[0][1][0].startswith("Grafik")
    again = read_final(with_charts)  # the tables read as before
    assert again.tables["Tabel 3.1"] and again.letters == read_final(final).letters
    footer = wb["Grafik"].oddFooter  # printed like every other sheet
    assert (footer.left.text, footer.right.text) == ("&A", "Halaman &P dari &N")
    with pytest.raises(ValueError):
        charts.add_charts(with_charts)


def _without(book: FinalBook, sheet: str, *keys: str) -> FinalBook:
    tables = dict(book.tables)
    tables[sheet] = [dataclasses.replace(r, values={**r.values, **dict.fromkeys(keys)})
                     for r in tables[sheet]]
    return dataclasses.replace(book, tables=tables)


def test_a_table_without_data_gives_no_chart(book: FinalBook, final: bytes) -> None:
    empty = _without(book, "Tabel 3.1", "capaian")
    assert [f.id for f in drawings.figures(empty)] == [charts.RENSTRA, charts.SERAPAN]
    sheet = charts.chart_sheet(empty)
    assert sheet is not None and len(sheet.charts) == 1 + len(charts.renstra_panels(book))
    empty = _without(empty, "Tabel 3.2", "realisasi_0", "realisasi_1")
    empty = _without(empty, "Realisasi Anggaran", "persen")
    assert drawings.figures(empty) == [] and charts.chart_sheet(empty) is None
    assert charts.add_charts(final, empty) == final
    none = dataclasses.replace(book, tables={})
    assert drawings.figures(none) == [] and charts.chart_sheet(none) is None


def test_chart_sheet_cells_keep_their_values(tmp_path: Path) -> None:
    """The generic writer: values, formulas with their values, errors, styles."""
    source = tmp_path / "a.xlsx"
    wb = __import__("openpyxl").Workbook()
    wb.active["A1"] = 2
    wb.save(source)
    sheet = xlcharts.ChartSheet("Grafik", [
        xlcharts.Cell("A1", "judul", style="title"), xlcharts.Cell("B2", 0.5, "Sheet!A1/4",
                                                                   "percent"),
        xlcharts.Cell("C2", "#N/A", "NA()"), xlcharts.Cell("D2", "a&b <c>")],
        [xlcharts.Chart("column", "Uji", (xlcharts.Series(
            "S", xlcharts.Data("Grafik!$B$2:$B$2", (0.5,))),), (0, 3, 5, 12))])
    out = xlcharts.add_sheet(source.read_bytes(), sheet)
    ws = load_workbook(io.BytesIO(out), data_only=True)["Grafik"]
    assert (ws["A1"].value, ws["B2"].value, ws["C2"].value, ws["D2"].value) == \
        ("judul", 0.5, "#N/A", "a&b <c>")
    assert ws["B2"].number_format == "0.00%"
    assert load_workbook(io.BytesIO(out))["Grafik"]["B2"].value == "=Sheet!A1/4"
