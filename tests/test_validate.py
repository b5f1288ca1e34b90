"""lkip-xl validate: the seed's mistakes of every family, none in a clean LKIP, injected faults."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from clean_sample import clean_rows, write_clean
from click.testing import CliRunner
from openpyxl import load_workbook

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import write_input
from lkip_xl.book.template import locate
from lkip_xl.cli.commands import cli
from lkip_xl.jobs.fill import fill
from lkip_xl.jobs.validate import validate
from lkip_xl.model import schema


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from lkip_xl.model import paths

    return validate(paths.sample_workbook())


def _rules(report) -> Counter[str]:  # type: ignore[no-untyped-def]
    return Counter(f.rule for f in report.findings if f.severity != "info")


def _one(report, rule: str, sheet: str, cell: str):  # type: ignore[no-untyped-def]
    return next(f for f in report.findings if (f.rule, f.sheet, f.cell) == (rule, sheet, cell))


def test_sample_shows_the_seeds_mistakes_of_every_family(sample_report) -> None:  # type: ignore[no-untyped-def]
    families = {rule.split(".")[0] for rule in _rules(sample_report)}
    assert {"arith", "cross", "value", "text"} <= families
    rules = _rules(sample_report)
    for rule in ("arith.subtotal", "arith.total", "arith.persen", "arith.capaian",
                 "cross.tertaut", "cross.target_renstra", "cross.pagu_program", "cross.pegawai",
                 "cross.program_indikator", "value.realisasi_melebihi_pagu",
                 "value.realisasi_tanpa_pagu", "value.tanpa_realisasi", "value.unreadable",
                 "value.satuan", "value.realisasi_sama_target", "text.terbilang", "text.tahun",
                 "text.kesimpulan", "text.angka_tak_terbaca"):
        assert rules[rule], rule
    f = _one(sample_report, "cross.pegawai", "Tabel 1.4", "C8")
    assert (f.expected, f.actual) == (109, 110)
    f = _one(sample_report, "text.terbilang", "Narasi Staf", "C33")
    assert f.message == "57 ditulis dengan huruf 'Enam Puluh Tiga' = 63"
    f = _one(sample_report, "value.realisasi_melebihi_pagu", "Realisasi Anggaran", "F5")
    assert f.message == ("realisasi Rp 15.288.437.761 melebihi anggaran Rp 1.020.000.000 "
                         "(1499% dari anggaran)")
    assert f.row_label == "Fasilitasi dan Pendukung Kehumasan"


def test_final_workbook_of_the_sample_shows_formula_findings(tmp_path: Path) -> None:
    final = fill(out_dir=tmp_path).output
    report = validate(final)
    assert report.kind == "final"
    errors = {(f.sheet, f.cell) for f in report.findings if f.rule == "formula.error_value"}
    # the subtotal over the unreadable "Rp. 16.363.478.747.00" shows #N/A, and is reported
    assert ("Tabel 2.5", "D5") in errors
    # the percentage of the unreadable realisasi "Rp.4.110,677,710" shows #VALUE!
    assert ("Realisasi Anggaran", "F52") in errors


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_clean(tmp_path_factory.mktemp("bersih") / "bersih.xlsx")


def test_clean_lkip_has_no_error(clean: Path, tmp_path: Path) -> None:
    report = validate(clean)
    assert [f for f in report.findings if f.severity == "error"] == []
    final = validate(fill([clean], out_dir=tmp_path).output)
    assert [f for f in final.findings if f.severity == "error"] == []


def test_changed_amount_is_reported(tmp_path: Path) -> None:
    identity, rows = clean_rows()
    program = next(r for r in rows["Tabel 2.5"] if r["kode"] == "P02")
    program["pagu"] = "Rp 6.771.200.000"  # stated, as printed
    kegiatan = next(r for r in rows["Tabel 2.5"] if r["kode"] == "P02.01")
    kegiatan["pagu"] = "Rp 1.250.000.000"  # changed after the subtotal was written
    report = validate(write_input(tmp_path / "d.xlsx", identity, rows))
    f = next(f for f in report.findings if f.rule == "arith.subtotal")
    assert (f.sheet, f.row_label, f.actual, f.expected) == (
        "Tabel 2.5", "Program Peningkatan Sarana dan Prasarana Aparatur", 6771200000,
        6816200000)


def test_swapped_target_is_reported(tmp_path: Path) -> None:
    identity, rows = clean_rows()
    ik01 = next(r for r in rows["Tabel 3.1"] if r["kode"] == "IK01")
    ik01["target"] = "83%"  # the target of IK02, typed in the wrong row
    report = validate(write_input(tmp_path / "d.xlsx", identity, rows))
    f = next(f for f in report.findings if f.rule == "cross.tertaut")
    assert (f.sheet, f.actual, f.expected) == ("Tabel 3.1", 83, 80)  # in percent
    assert f.message == "tertulis 83%, hasil rumus 80% (selisih -3%)"


def test_amount_in_text_against_the_table(tmp_path: Path) -> None:
    identity, rows = clean_rows()
    sentence = next(r for r in rows["Narasi Staf"] if r["kode"] == "N26")
    sentence["teks"] = "Belanja Langsung sebesar Rp 38.000.000.000 untuk tahun 2020."
    report = validate(write_input(tmp_path / "d.xlsx", identity, rows))
    f = next(f for f in report.findings if f.rule == "text.angka_tabel")
    assert (f.sheet, f.cell) == ("Narasi Staf", "C27")
    assert f.message == ("teks menyebut Rp 38.000.000.000,00, total pagu Tabel 2.5 "
                         "Rp 38.619.594.847,00")


def _final_cell(path: Path, sheet: str, key: str, column: str) -> tuple[object, str]:
    wb = load_workbook(path)
    row = next(r for r in read_final(path).tables[sheet] if r.key == key)
    letter = locate(wb[sheet], schema.table(sheet), require_patterns=False).letters[column]
    return wb, f"{letter}{row.row}"


def test_typed_over_formula_and_shortened_range_are_reported(clean: Path, tmp_path: Path) -> None:
    final = fill([clean], out_dir=tmp_path).output
    wb, cell = _final_cell(final, "Tabel 2.5", "P02", "pagu")
    ws = wb["Tabel 2.5"]
    ws[cell] = 6_771_200_000  # a typed-over subtotal
    _, p03 = _final_cell(final, "Tabel 2.5", "P03", "pagu")
    formula = ws[p03].value
    first, last = formula.split("SUM(")[1].rstrip(")").split(":")
    ws[p03] = formula.replace(f"{first}:{last}", f"{first}:{last[0]}{int(last[1:]) - 1}")
    broken = tmp_path / "rusak.xlsx"
    wb.save(broken)
    report = validate(broken)
    typed = [f for f in report.findings if f.cell == cell and f.sheet == "Tabel 2.5"]
    assert any(f.rule == "formula.total_diketik" for f in typed)
    short = [f for f in report.findings if f.cell == p03 and f.sheet == "Tabel 2.5"]
    assert any(f.rule == "formula.total_tidak_lengkap" for f in short)


def test_cli_report_json_and_exit_codes(clean: Path, tmp_path: Path) -> None:
    from lkip_xl.model import paths

    runner = CliRunner()
    result = runner.invoke(cli, ["validate", str(clean)], prog_name="lkip-xl")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{clean} (buku kerja data)\n")
    result = runner.invoke(cli, ["validate", "--format", "json", str(paths.sample_workbook())])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["file"] == str(paths.sample_workbook()) and payload["findings"]
    first = payload["findings"][0]
    assert set(first) >= {"rule", "severity", "sheet", "cell", "row_label", "column",
                          "message", "expected", "actual"}
    bad = tmp_path / "rusak.xlsx"
    bad.write_text("bukan excel")
    result = runner.invoke(cli, ["validate", str(bad)], prog_name="lkip-xl")
    assert result.exit_code == 2
    assert result.stderr == ("Error: berkas rusak.xlsx: bukan berkas Excel .xlsx yang dapat "
                             "dibaca (bukan arsip zip); buka di Excel lalu simpan sebagai Buku "
                             "Kerja Excel (.xlsx)\n")
    other = tmp_path / "lain.xlsx"
    shutil.copy(paths.default_template(), other)
    wb = load_workbook(other)
    for name in ("Tabel 1.1", schema.SETTINGS_SHEET):
        del wb[name]
    wb.save(other)
    assert validate(other).kind == "other"
