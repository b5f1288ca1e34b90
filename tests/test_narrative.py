"""The narrative: from computed values, through editable templates, staff edits kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clean_sample import clean_rows, write_clean
from openpyxl import load_workbook

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import Row, Value, read_input, write_input
from lkip_xl.jobs.fill import fill
from lkip_xl.model import paths, schema
from lkip_xl.output.narrative import generate
from lkip_xl.rules import check_data


@pytest.fixture(scope="module")
def clean_final(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("narasi")
    return fill([write_clean(folder / "data.xlsx")], out_dir=folder / "hasil").output


def _paragraphs(path: Path) -> dict[str, str]:
    return {p.key: p.text for p in generate(read_final(path))}


def test_paragraphs_come_from_the_computed_values(tmp_path: Path) -> None:
    identity, rows = clean_rows()
    ik01 = next(r for r in rows["Tabel 3.1"] if r["kode"] == "IK01")
    ik01["realisasi"] = "60%"  # target 80%: capaian 75%, not reached
    out = fill([write_input(tmp_path / "d.xlsx", identity, rows)], out_dir=tmp_path).output
    text = _paragraphs(out)
    assert text["indikator.IK01"].startswith(
        "Capaian indikator Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH "
        "sebesar 75% diperoleh dari realisasi 60% terhadap target 80%, sehingga indikator ini "
        "belum tercapai dengan predikat Sedang.")
    assert "1 indikator belum tercapai" in text["penutup"]
    assert "seluruh sasaran" not in text["penutup"]
    assert "13 indikator tercapai" in text["ikhtisar"]


def test_budget_in_figures_and_in_words(clean_final: Path) -> None:
    text = _paragraphs(clean_final)
    book = read_final(clean_final)
    total = next(r for r in book.tables["Realisasi Anggaran"] if r.kind == "total")
    assert "Realisasi anggaran untuk mencapai sasaran tersebut sebesar Rp " in text["ikhtisar"]
    assert "rupiah) dari total anggaran" in text["ikhtisar"]
    assert f"{total.values['realisasi']:,}".replace(",", ".") in text["ikhtisar"]


def test_generated_text_passes_the_text_rules(clean_final: Path, tmp_path: Path) -> None:
    """Amounts and their words, counts, years, conclusions: no error in what lkip-xl writes."""
    data = read_input(write_clean(tmp_path / "data.xlsx"))
    paragraphs = generate(read_final(clean_final))
    data.tables["Narasi Staf"] = [
        Row("item", (p.key,), {"kode": Value(p.key, "A1", text=p.key),
                                "bagian": Value(p.section, "B1", text=p.section),
                                "teks": Value(p.text, f"C{i}", text=p.text)}, i)
        for i, p in enumerate(paragraphs, start=2)]
    findings = [f for f in check_data(data) if f.rule.startswith("text.")]
    assert [f for f in findings if f.severity == "error"] == []


def test_the_narasi_sheet_and_edits_kept_on_the_next_run(clean_final: Path,
                                                        tmp_path: Path) -> None:
    wb = load_workbook(clean_final)
    ws = wb["Narasi"]
    assert [c.value for c in ws[1]][:5] == ["Kunci", "Bagian", "Judul", "Teks", "Asal"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "indikator.IK02")
    edited = ("Kasus hukum yang diselesaikan mencapai 83% dari target 83%, berkat pendampingan "
              "hukum yang intensif.")
    ws.cell(row, 4).value = edited
    previous = tmp_path / "sebelumnya.xlsx"
    wb.save(previous)
    identity, rows = clean_rows()
    ik02 = next(r for r in rows["Tabel 3.1"] if r["kode"] == "IK02")
    ik02["realisasi"] = "80%"  # the table changes after staff wrote their paragraph
    data = write_input(tmp_path / "d.xlsx", identity, rows)
    result = fill([data], out_dir=tmp_path / "baru", previous=previous)
    again = load_workbook(result.output)["Narasi"]
    kept = next(r for r in range(2, again.max_row + 1)
                if again.cell(r, 1).value == "indikator.IK02")
    assert again.cell(kept, 4).value == edited and again.cell(kept, 5).value == "diubah staf"
    rules = {f.rule: f for f in result.findings if f.rule.startswith("narasi.")}
    assert rules["narasi.diubah"].severity == "info"
    stale = rules["narasi.angka_berubah"]
    assert stale.severity == "warning" and stale.actual == [83.0]
    assert "sebesar 96,39% diperoleh dari realisasi 80%" in stale.message


def test_templates_are_editable_without_python(clean_final: Path, tmp_path: Path) -> None:
    folder = tmp_path / "narasi"
    shutil.copytree(paths.narasi_templates(), folder)
    (folder / "penutup.j2").write_text(
        "Kesimpulan {{ instansi }}: {{ tercapai|length }} dari {{ indikator|length }} "
        "indikator tercapai.", encoding="utf-8")
    texts = {p.key: p.text for p in generate(read_final(clean_final), folder)}
    assert texts["penutup"] == "Kesimpulan Sekretariat Daerah: 14 dari 14 indikator tercapai."


@pytest.mark.parametrize(("instansi", "pemerintah", "name"), [
    ("Dinas PU Kab. Sukamaju", "Kabupaten Sukamaju", "Dinas PU Kab. Sukamaju"),
    ("Dinas PU Kabupaten Sukamaju", "Pemerintah Kabupaten Sukamaju",
     "Dinas PU Kabupaten Sukamaju"),
    ("Dinas PU", "Kabupaten Sukamaju", "Dinas PU Kabupaten Sukamaju"),
    ("Biro Organisasi Prov. Jawa Barat", "Provinsi Jawa Barat", "Biro Organisasi Prov. Jawa Barat"),
])
def test_the_region_is_named_once(instansi: str, pemerintah: str, name: str) -> None:
    assert schema.unit_name({"instansi": instansi, "pemerintah": pemerintah}) == name


def test_compiled_templates_are_kept_but_a_broken_cache_fails_nothing(tmp_path: Path) -> None:
    """The templates' compiled code is kept between runs; a cache folder without rights or
    a damaged cache file only means compiling again."""
    import os

    import jinja2

    from lkip_xl.output.narrative import _bytecode_cache

    folder = tmp_path / "cache"
    folder.mkdir()
    templates = {"a.j2": "Capaian {{ 40 + 2 }} persen."}

    def render(cache: jinja2.BytecodeCache | None) -> str:
        env = jinja2.Environment(loader=jinja2.DictLoader(templates), bytecode_cache=cache)
        return env.get_template("a.j2").render()

    cache = _bytecode_cache(str(folder))
    assert render(cache) == "Capaian 42 persen."
    (kept,) = folder.iterdir()
    assert kept.name.startswith("__lkip_xl_narasi_")
    kept.write_bytes(b"\x00" * 10)  # damaged
    assert render(_bytecode_cache(str(folder))) == "Capaian 42 persen."
    templates["a.j2"] = "Capaian {{ 40 + 3 }} persen."
    not_a_folder = tmp_path / "berkas"
    not_a_folder.write_text("x")
    for where in (not_a_folder, tmp_path / "tidak-ada"):  # nowhere to write
        assert render(_bytecode_cache(str(where))) == "Capaian 43 persen."
    if os.name != "nt" and os.geteuid() != 0:  # root writes whatever the rights
        folder.chmod(0o500)
        try:
            assert render(_bytecode_cache(str(folder))) == "Capaian 43 persen."
        finally:
            folder.chmod(0o700)
