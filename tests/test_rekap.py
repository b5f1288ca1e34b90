"""The Pemda rollup (issue 16): ``lkip_xl.tables``, ``lkip_xl.rekap``, the Pemda workbook with
live formulas and charts, its PDF, and ``lkip-xl rekap``.

Three final workbooks are filled from generated data (:mod:`synthetic`): two units of 2021
(one with the quirks of real data: unreadable amounts, grades as realisasi, wrong totals)
and one of 2020; a copy of the first in a subfolder is the duplicate, and a data workbook
in the folder is no final workbook (left out).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from synthetic import lkip_data

import lkip_xl
from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import write_input
from lkip_xl.cli.commands import cli
from lkip_xl.jobs.fill import fill
from lkip_xl.jobs.rekap import rekap as rekap_job
from lkip_xl.output import rekap_xlsx
from lkip_xl.output.rekap import collect
from lkip_xl.xlsx.reader import Book

UNITS = (("Dinas Alpha", 2021, False), ("Dinas Beta", 2021, True), ("Dinas Gamma", 2020, False))


@pytest.fixture(scope="module")
def pemda(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("pemda")
    folder = root / "hasil"
    finals = {}
    for i, (name, year, quirks) in enumerate(UNITS):
        identity, rows = lkip_data(programs=4, kegiatan=2, indicators=5, seed=i, quirks=quirks)
        identity.update(instansi=name, tahun=year)
        data = write_input(root / f"data-{i}.xlsx", identity, rows)
        finals[name] = fill([data], out_dir=folder).output
    (folder / "salinan").mkdir()
    copy = folder / "salinan" / "zz-alpha-lagi.xlsx"
    shutil.copy(finals["Dinas Alpha"], copy)
    shutil.copy(root / "data-0.xlsx", folder / "data-alpha.xlsx")  # not a final workbook
    return {"root": root, "folder": folder, "finals": finals, "copy": copy}


def items(path: Path, sheet: str, kind: str = "item") -> list[Any]:
    return [r for r in read_final(path).tables[sheet] if r.kind == kind]


def test_tables_gives_every_table_as_the_workbook_shows_it(pemda: dict[str, Any]) -> None:
    path = pemda["finals"]["Dinas Beta"]
    frames = lkip_xl.tables(path)
    final = read_final(path)
    assert set(final.tables) <= set(frames)
    assert frames["Identitas"].loc[0, "instansi"] == "Dinas Beta"
    for sheet, records in final.tables.items():
        frame = frames[sheet]
        assert list(frame["jenis"]) == [r.kind for r in records]
        assert list(frame["kunci"]) == [r.key for r in records]
        assert list(frame["baris"]) == [r.row for r in records]
    t31 = frames["Tabel 3.1"]
    assert t31.attrs["judul"]["capaian"] == "Capaian"
    for record, row in zip(final.tables["Tabel 3.1"], t31.to_dict("records"), strict=True):
        for key in ("target", "realisasi", "predikat", "status"):
            assert row[key] == record.values[key] or (record.values[key] is None
                                                      and pd.isna(row[key]))
        expected = record.values["capaian"]
        assert (pd.isna(row["capaian"]) if expected is None
                else row["capaian"] == pytest.approx(expected))
    assert "BB" in set(t31["realisasi"])  # a grade stays as the workbook shows it
    validasi = frames["Validasi"]
    assert len(validasi) > 0 and set(validasi["tingkat"]) <= {"galat", "peringatan", "catatan"}
    assert {"aturan", "lembar", "sel", "pesan"} <= set(validasi.columns)


def test_tables_refuses_a_workbook_that_is_not_final(pemda: dict[str, Any]) -> None:
    with pytest.raises(lkip_xl.model.errors.InputError, match="bukan buku kerja akhir"):
        lkip_xl.tables(pemda["folder"] / "data-alpha.xlsx")


def test_rekap_frames_agree_with_each_units_own_tables(pemda: dict[str, Any]) -> None:
    frames = lkip_xl.rekap(pemda["folder"], expected=["Dinas Beta", "Dinas Alpha",
                                                      "Dinas Gamma", "Dinas Delta"])
    assert list(frames) == ["ringkasan", "iku", "distribusi", "anggaran_unit",
                            "anggaran_program", "temuan", "unit"]
    summary = frames["ringkasan"]
    assert list(summary["instansi"]) == ["Dinas Beta", "Dinas Alpha"]  # the list's order
    for unit, name in zip(summary["unit"], summary["instansi"], strict=True):
        path = pemda["finals"][name]
        own = items(path, "Tabel 3.1")
        iku = frames["iku"][frames["iku"]["unit"] == unit]
        assert list(iku["kode"]) == [r.key for r in own]
        for record, row in zip(own, iku.to_dict("records"), strict=True):
            assert row["target"] == record.values["target"]
            assert row["realisasi"] == record.values["realisasi"]
            expected = record.values["capaian"]
            if isinstance(expected, float):
                assert row["capaian"] == pytest.approx(expected)
            else:
                assert pd.isna(row["capaian"])
            assert row["predikat"] == (record.values["predikat"] or "")
        programs = items(path, "Realisasi Anggaran", "group")
        budget = frames["anggaran_program"]
        budget = budget[budget["unit"] == unit]
        assert list(budget["kode"]) == [r.key for r in programs]
        numbers = [r.values["realisasi"] for r in programs]
        assert list(budget["anggaran"]) == [r.values["anggaran"] for r in programs]
        assert [None if pd.isna(v) else v for v in budget["realisasi"]] == \
            [v if isinstance(v, (int, float)) else None for v in numbers]
        row = summary[summary["unit"] == unit].iloc[0]
        total = items(path, "Realisasi Anggaran", "total")[0].values
        assert row["anggaran"] == total["anggaran"]
        if isinstance(total["realisasi"], (int, float)):  # Beta's has an unreadable amount
            assert row["realisasi"] == total["realisasi"]
            assert row["serapan"] == pytest.approx(total["persen"])
        assert row["iku"] == len(own)
        assert row["tercapai"] == sum(r.values["status"] == "Tercapai" for r in own)
        found = lkip_xl.tables(path)["Validasi"]
        rules = frames["temuan"][frames["temuan"]["unit"] == unit]
        assert rules["jumlah"].sum() == len(found)
        assert dict(zip(rules["aturan"], rules["galat"], strict=True)) == {
            rule: n for rule, n in (found[found["tingkat"] == "galat"]["aturan"]
                                    .value_counts().items())} | {
            rule: 0 for rule in set(found["aturan"]) - set(found[found["tingkat"] == "galat"]
                                                           ["aturan"])}
        assert row["galat"] == (found["tingkat"] == "galat").sum()
        dist = frames["distribusi"][frames["distribusi"]["unit"] == unit].iloc[0]
        predicates = [r.values["predikat"] or "Tanpa predikat" for r in own]
        for name_ in ("Sangat Tinggi", "Rendah", "Tanpa predikat"):
            assert dist[name_] == predicates.count(name_)
        assert dist["jumlah"] == len(own)
    assert frames["anggaran_unit"]["porsi"].sum() == pytest.approx(1.0)
    units = frames["unit"].set_index("berkas")
    assert units.loc[str(pemda["copy"]), "status"] == "ganda"
    assert units.loc[str(pemda["finals"]["Dinas Gamma"]), "status"] == "tahun lain"
    assert str(pemda["folder"] / "data-alpha.xlsx") not in units.index  # left out
    missing = frames["unit"][frames["unit"]["status"] == "tidak ada"]
    assert dict(zip(missing["instansi"], missing["keterangan"], strict=True)) == {
        "Dinas Gamma": "hanya ada LKIP tahun 2020", "Dinas Delta": "tidak ada buku kerja akhirnya"}


def test_rekap_of_another_year_and_of_a_file_that_is_not_final(pemda: dict[str, Any]) -> None:
    frames = lkip_xl.rekap([pemda["folder"], pemda["folder"] / "data-alpha.xlsx"], tahun=2020)
    assert list(frames["ringkasan"]["instansi"]) == ["Dinas Gamma"]
    status = dict(zip(frames["unit"]["berkas"], frames["unit"]["status"], strict=True))
    assert status[str(pemda["finals"]["Dinas Alpha"])] == "tahun lain"
    assert status[str(pemda["copy"])] == "tahun lain"
    assert status[str(pemda["folder"] / "data-alpha.xlsx")] == "tidak terbaca"  # named


def test_the_pemda_workbook_has_live_formulas_recalculated_and_charts(
        pemda: dict[str, Any]) -> None:
    out = pemda["root"] / "rekap" / "rekap.xlsx"
    result = rekap_job(pemda["folder"], out, pdf=True)
    frames = result.rollup.frames
    n = len(frames["ringkasan"])
    total = rekap_xlsx.FIRST + n  # the Pemda's row
    with Book(out) as book:
        assert book.sheetnames == ["Ringkasan", "IKU", "Distribusi Predikat", "Anggaran Unit",
                                   "Anggaran Program", "Temuan", "Kelengkapan", "Grafik"]
        formulas = book.formulas("Ringkasan")
        assert formulas[(total, 8)] == f"=SUM(H5:H{total - 1})"
        assert formulas[(total, 10)] == f'=IF(N(H{total})=0,"",I{total}/H{total})'
        assert formulas[(5, 4)].startswith("=COUNTIF(IKU!$A$5:")
        unit_formulas = book.formulas("Anggaran Unit")
        assert unit_formulas[(5, 4)].startswith("=SUMIFS('Anggaran Program'!$E$5:")
        assert book.formulas("Anggaran Program")[(5, 7)] == '=IF(F5="","",IF(N(E5)=0,"",F5/E5))'
        summary = {r: values for r, values in book.sheet("Ringkasan").rows}
        for i, row in enumerate(frames["ringkasan"].to_dict("records")):
            line = summary[rekap_xlsx.FIRST + i]
            assert line[3] == row["iku"] and line[4] == row["tercapai"]
            assert line[6] == pytest.approx(row["rata_rata_capaian"])
            assert line[7] == row["anggaran"] and line[8] == row["realisasi"]
            assert line[9] == pytest.approx(row["serapan"])
            assert line[10] == row["galat"] and line[11] == row["peringatan"]
        pemda_row = summary[total]
        budget = frames["ringkasan"]["anggaran"].sum()
        spent = frames["ringkasan"]["realisasi"].sum()
        assert pemda_row[7] == budget and pemda_row[8] == spent
        assert pemda_row[9] == pytest.approx(spent / budget)
        assert pemda_row[6] == pytest.approx(frames["iku"]["capaian"].mean())
        dist = {r: values for r, values in book.sheet("Distribusi Predikat").rows}
        assert dist[total][2] == len(frames["iku"])
        assert dist[total + 1][2] == 1  # the shares of the predicates add up to all
    names = zipfile.ZipFile(out).namelist()
    assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(names)
    chart = zipfile.ZipFile(out).read("xl/charts/chart2.xml").decode()
    assert "'Ringkasan'!$J$5" in chart or "Ringkasan!$J$5" in chart
    assert result.pdf == out.with_suffix(".pdf")
    pdf = PdfReader(BytesIO(result.pdf.read_bytes()))
    assert len(pdf.pages) >= 1
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "REKAPITULASI LKIP PERANGKAT DAERAH" in text and "Dinas Beta" in text
    assert "Kelengkapan LKIP" in text and "ganda" in text


def test_an_empty_rollup_gives_empty_frames_and_a_workbook(tmp_path: Path) -> None:
    rollup = collect([tmp_path])
    assert rollup.units == 0 and all(f.empty for f in rollup.frames.values())
    with Book(rekap_xlsx.workbook(rollup)) as book:
        assert "Grafik" not in book.sheetnames


def test_the_rekap_command(pemda: dict[str, Any]) -> None:
    out = pemda["root"] / "cli" / "rekap.xlsx"
    names = pemda["root"] / "daftar.txt"
    names.write_text("Dinas Alpha\nDinas Beta\nDinas Delta\n", encoding="utf-8")
    args = ["rekap", str(pemda["folder"]), "--out", str(out), "--daftar", str(names)]
    result = CliRunner().invoke(cli, args, prog_name="lkip-xl")
    assert result.exit_code == 0, result.output
    assert f"Rekap ditulis: {out} (2 perangkat daerah, tahun 2021)" in result.stdout
    assert "  tidak ada: Dinas Delta: tidak ada buku kerja akhirnya" in result.stdout
    assert "  ganda: Dinas Alpha: " in result.stdout
    assert out.exists() and not out.with_suffix(".pdf").exists()
    again = CliRunner().invoke(cli, args, prog_name="lkip-xl")
    assert again.exit_code == 1 and "--force" in again.stderr
    empty = pemda["root"] / "kosong"
    empty.mkdir()
    none = CliRunner().invoke(cli, ["rekap", str(empty), "--out", str(empty / "r.xlsx")],
                              prog_name="lkip-xl")
    assert none.exit_code == 1 and "tidak ada buku kerja akhir" in none.stderr
    usage = CliRunner().invoke(cli, ["rekap", "--help"], prog_name="lkip-xl")
    assert usage.stdout.startswith("Penggunaan: lkip-xl rekap [OPSI] FOLDER...")


def test_import_lkip_xl_imports_no_pandas() -> None:
    """The two names are imported on first use (here, in-process, by the tests above)."""
    probe = ("import sys, lkip_xl; assert 'pandas' not in sys.modules; "
             "assert not any(m.startswith('lkip_xl.') for m in sys.modules); print('ok')")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
