"""The LKIP as PDF: read back, every caption, total and capaian as in the workbook."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader

from lkip_xl.book.finalbook import read_final
from lkip_xl.cli.commands import cli
from lkip_xl.jobs.fill import fill
from lkip_xl.model import schema
from lkip_xl.model.numbers import format_angka
from lkip_xl.output.pdf import export


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    result = fill(out_dir=tmp_path_factory.mktemp("pdf"), pdf=True)
    assert result.pdf is not None
    return result.output, result.pdf


def _text(pdf: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))


def _outline(pdf: Path) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)  # type: ignore[attr-defined]

    walk(PdfReader(pdf).outline)
    return titles


def test_every_caption_is_in_the_pdf_and_bookmarked(sample_pdf: tuple[Path, Path]) -> None:
    final, pdf = sample_pdf
    text, outline = _text(pdf), _outline(pdf)
    from lkip_xl.model.outline import numbers, tables

    # every printed table the sample has (it gives no budget per sasaran), numbered in order
    present = {t.sheet for _, _, t in tables()} - {"Anggaran Sasaran"}
    names = numbers(present)
    shown = [t for _, _, t in tables() if t.sheet in names]
    assert len(shown) == 19
    assert names["Realisasi Anggaran"] == "Tabel 3.6" and names["Penutup"] == "Tabel 4.1"
    for tbl in shown:
        prefix = names[tbl.sheet] + " "
        assert any(t.startswith(prefix + tbl.caption.split("{")[0].strip()) for t in outline), tbl
        assert names[tbl.sheet] in text
    assert not any("per Sasaran Tahun" in t and "Anggaran" in t for t in outline)
    for chapter in ("BAB I Pendahuluan", "BAB II Perencanaan Kinerja",
                    "BAB III Akuntabilitas Kinerja", "BAB IV Penutup"):
        assert chapter in outline
    assert "DAFTAR ISI" in text and "KATA PENGANTAR" in text


def test_totals_and_capaian_as_in_the_workbook(sample_pdf: tuple[Path, Path]) -> None:
    final, pdf = sample_pdf
    text = _text(pdf)
    book = read_final(final)
    ra_total = next(r for r in book.tables["Realisasi Anggaran"] if r.kind == "total")
    assert format_angka(ra_total.values["anggaran"], 0) in text  # the computed total
    subtotal = next(r for r in book.tables["Tabel 2.5"] if r.key == "P02")
    assert format_angka(subtotal.values["pagu"], 0) in text
    for row in book.tables["Tabel 3.1"]:
        capaian = row.values["capaian"]
        if isinstance(capaian, (int, float)):
            assert f"{round(capaian * 100):d}%" in text
    assert "TEGUH AHMAD.S" in text and "NIP. 19740309 199303 1 005" in text
    # every table's total row: each number it shows is in the document as the workbook has it
    from lkip_xl.model.outline import tables
    from lkip_xl.output.pdf import _cell

    checked = 0
    for _, _, printed in tables():
        if not printed.printed:
            continue
        tbl = schema.table(printed.sheet)
        for row in book.tables.get(tbl.sheet, []):
            if row.kind != "total":
                continue
            for col in tbl.template_columns:
                shown = _cell(row.values.get(col.key), col, col.key in row.percent)
                if shown and shown[0].isdigit():
                    assert shown in text, (tbl.sheet, col.key, shown)
                    checked += 1
    assert checked >= 5


def test_document_properties(sample_pdf: tuple[Path, Path]) -> None:
    _, pdf = sample_pdf
    reader = PdfReader(pdf)
    assert reader.metadata.author == "Sekretariat Daerah"
    assert reader.metadata.title == "LKIP Sekretariat Daerah Tahun 2020"
    assert 15 <= len(reader.pages) <= 60
    sizes = {tuple(round(float(x)) for x in p.mediabox[2:]) for p in reader.pages}
    assert sizes == {(595, 842), (842, 595)}  # A4 portrait, and landscape for wide tables
    used = set()
    for page in reader.pages:  # every font a page writes with is embedded (a font file)
        fonts = page["/Resources"].get("/Font") or {}
        content = page.get_contents().get_data().decode("latin-1")
        for name in set(re.findall(r"(/F[\w+]+) [\d.]+ Tf", content)):
            font = fonts[name].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            used.add(str(font["/BaseFont"]))
    assert any("LiberationSans" in f for f in used)  # embedded as subsets


def test_staff_edits_in_the_narasi_sheet_reach_the_pdf(sample_pdf: tuple[Path, Path],
                                                       tmp_path: Path) -> None:
    final, _ = sample_pdf
    edited = tmp_path / "akhir.xlsx"
    shutil.copy(final, edited)
    wb = load_workbook(edited)
    ws = wb["Narasi"]
    # a generated paragraph that is printed (the staff wrote no efficiency analysis)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "efisiensi")
    ws.cell(row, 4).value = "Kesimpulan yang ditulis ulang oleh staf perencanaan."
    wb.save(edited)
    pdf = export(edited)
    assert "Kesimpulan yang ditulis ulang oleh staf perencanaan." in _text(pdf)


def test_export_command(sample_pdf: tuple[Path, Path], tmp_path: Path) -> None:
    final, _ = sample_pdf
    out = tmp_path / "lkip.pdf"
    result = CliRunner().invoke(cli, ["export", str(final), "--out", str(out)],
                                prog_name="lkip-xl")
    digest = hashlib.sha256(final.read_bytes()).hexdigest()
    assert (result.exit_code, result.stdout) == (
        0, f"PDF ditulis: {out} (dari {final.name}, SHA-256 {digest[:12]})\n")
    result = CliRunner().invoke(cli, ["export", str(final), "--out", str(out)],
                                prog_name="lkip-xl")
    assert result.exit_code == 1 and "pakai --force" in result.stderr
    data = tmp_path / "bukan-akhir.xlsx"
    shutil.copy(Path(__file__).parent.parent / "workbooks" / "contoh-tanjungpinang-2020.xlsx",
                data)
    result = CliRunner().invoke(cli, ["export", str(data)], prog_name="lkip-xl")
    assert result.exit_code == 1
    assert result.stderr == ("Error: berkas bukan-akhir.xlsx: bukan buku kerja akhir lkip-xl "
                             "(lembar _lkip tidak ada); jalankan lkip-xl fill lebih dulu\n")


def test_logo_of_the_template_on_the_cover(tmp_path: Path, template_path: Path) -> None:
    from openpyxl.drawing.image import Image as ExcelImage
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (120, 150), (200, 30, 30)).save(logo)
    template = tmp_path / "templat.xlsx"
    wb = load_workbook(template_path)
    wb["Pengaturan"].add_image(ExcelImage(str(logo)), "F2")
    wb.save(template)
    result = fill(template=template, out_dir=tmp_path / "hasil", pdf=True)
    cover = PdfReader(result.pdf).pages[0]
    images = [x for x in cover["/Resources"].get("/XObject", {}).values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1


def test_kata_pengantar_from_pengaturan_and_the_introduction(tmp_path: Path) -> None:
    from clean_sample import clean_rows

    from lkip_xl.book.inputbook import write_input

    identity, rows = clean_rows()
    identity["kata_pengantar"] = "Kata pengantar yang ditulis di lembar Identitas."
    data = write_input(tmp_path / "d.xlsx", identity, rows)
    result = fill([data], out_dir=tmp_path, pdf=True)
    text = _text(result.pdf)
    assert "Kata pengantar yang ditulis di lembar Identitas." in text
    # the staff wrote the Latar Belakang: theirs is printed; lkip-xl's is in the Narasi
    # sheet, marked unused, with Tabel 1.1's computed 109 PNS and 164 non-PNS
    assert "Laporan Kinerja Instansi Pemerintah (LKIP) merupakan wujud" in text
    assert "didukung oleh 273 orang pegawai" not in text
    narasi = {r[0]: r for r in load_workbook(result.output)["Narasi"].iter_rows(
        min_row=2, values_only=True)}
    assert "didukung oleh 273 orang pegawai, terdiri atas 109 orang PNS dan 164 orang " \
        "non-PNS" in narasi["pendahuluan"][3]
    assert narasi["pendahuluan"][4] == "dibuat, tidak dicetak (ada teks staf)"


def test_a_final_workbook_saved_without_values_is_recalculated_for_the_pdf(
        sample_pdf: tuple[Path, Path], tmp_path: Path) -> None:
    """A final workbook saved by a tool that does not calculate (openpyxl here) keeps its
    formulas but not their values: export computes them again, the PDF shows every amount."""
    final, pdf = sample_pdf
    saved = tmp_path / final.name
    load_workbook(final).save(saved)  # formulas kept, cached values dropped
    assert load_workbook(saved, data_only=True)["Tabel 2.5"]["D5"].value is None
    before = saved.read_bytes()
    again = export(saved, tmp_path / "lagi.pdf")
    assert saved.read_bytes() == before  # the workbook itself is not changed
    amounts = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
    assert len(amounts.findall(_text(again))) == len(amounts.findall(_text(pdf)))


def test_wide_tables_in_a_row_share_their_landscape_pages() -> None:
    """A wide table right after another stays on its landscape page; a narrow one after it
    goes back to portrait."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer
    from reportlab.platypus.flowables import Flowable

    from lkip_xl.output import pdf

    story: list[Flowable] = [Paragraph("BAB II")]
    pdf._place(story, [], [Paragraph("Tabel 2.2")], wide=True)
    pdf._place(story, [], [Paragraph("Tabel 2.3")], wide=True)
    pdf._place(story, [], [Paragraph("Tabel 2.4")], wide=False)
    kinds = [type(f).__name__ if not isinstance(f, Paragraph) else f.text for f in story]
    assert kinds == ["BAB II", "NextPageTemplate", "PageBreak", "Tabel 2.2", "Spacer",
                     "Tabel 2.3", "NextPageTemplate", "_LandscapeEnd", "Tabel 2.4", "Spacer"]
    assert isinstance(story[-3], PageBreak) and isinstance(story[1], NextPageTemplate)
    assert isinstance(story[-1], Spacer)
