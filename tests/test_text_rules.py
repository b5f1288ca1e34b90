"""The text rules of issue 14 on sentences as real LKIPs write them: what they report, and
the correct sentences beside them that they must leave alone.  Figures are read strictly
(``parse_count``, ``parse_scaled``): a count whose figure and words disagree is no count."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from rule_cases import tiny

from lkip_xl.model.numbers import parse_count, parse_scaled
from lkip_xl.rules import registry
from lkip_xl.rules.registry import rules

RULES = rules()


def _found(rule_id: str, teks: str, change: Any = None) -> list[str]:
    def edit(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["Narasi Staf"][0].update(teks=teks)
        if change is not None:
            change(identity, rows)
    return [f.message for f in registry.run(tiny(edit), [RULES[rule_id]])]


def test_counts_are_read_strictly() -> None:
    assert parse_count("3", "tiga") == 3
    assert parse_count(None, "dua puluh satu") == 21
    assert parse_count("12") == 12
    assert parse_count("3", "dua") is None  # figure and words disagree: text.terbilang's
    assert parse_count(None, "tiga ribu lima ribu") is None


def test_scaled_amounts_keep_their_rounding() -> None:
    assert parse_scaled("9,59 miliar") == (Decimal("9590000000"), Decimal("5000000"))
    assert parse_scaled("Rp 1,2 M") == (Decimal("1200000000"), Decimal("50000000"))
    assert parse_scaled("226 juta") == (Decimal("226000000"), Decimal("500000"))
    assert parse_scaled("1,5 m") is None  # a lower-case m is no scale
    assert parse_scaled("1,2,3 juta") is None


@pytest.mark.parametrize(("rule_id", "wrong", "right"), [
    ("text.jumlah_sasaran", "Pengukuran kinerja dilakukan terhadap 2 (dua) sasaran.",
     "Pengukuran kinerja dilakukan terhadap 1 (satu) sasaran dengan 2 indikator."),
    ("text.jumlah_sasaran", "Terdapat tiga sasaran strategis.",
     "Salah satu sasaran strategis adalah pelayanan."),
    ("text.jumlah_tercapai", "Sebanyak 0 dari 2 indikator telah mencapai target.",
     "Sebanyak 2 dari 2 indikator telah mencapai target."),
    ("text.hitung", "Realisasi 3 dari 4 layanan atau 80%.", "Realisasi 3 dari 4 layanan atau 75%."),
    ("text.hitung", "Kota tercapai 81,59, provinsi 72,14. Kota lebih unggul 7,45 poin.",
     "Kota tercapai 81,59, provinsi 72,14. Kota lebih unggul 9,45 poin."),
    ("text.predikat", "Nilai AKIP 62,72 (A).", "Nilai AKIP 81,59 (Nilai A)."),
    ("text.predikat", "Capaian indikator 94,24% (Tinggi).", "Capaian indikator 94,24% (Sangat "
     "Tinggi)."),
    ("text.predikat", "Capaian kinerja semua indikator dengan predikat Sangat Baik.",
     "Capaian kinerja semua indikator dengan predikat Sangat Tinggi."),
    ("text.peraturan", "RPJMD Kota tahun 2018 - 2023. RPJMD tahun 2019 - 2023 dan RPJMD "
     "periode 2019-2023.", "RPJMD Kota tahun 2019 - 2023. RPJMD periode 2019-2023."),
    ("text.peraturan", "Sesuai Peraturan Presiden Nomor 29 Tahun 2025.",
     "Sesuai Peraturan Presiden Nomor 29 Tahun 2014."),
    ("text.pegawai", "Pegawai lulusan Pasca Sarjana 1 orang, Sarjana 4 orang.",
     "Pegawai lulusan Sarjana 3 (tiga) orang, SLTA 2 orang."),
    ("text.rupiah_dekat", "Realisasi anggaran Rp 135.000.002.",
     "Realisasi anggaran Rp 135.000.000 dari pagu Rp 150.000.000."),
    ("text.rupiah_dekat", "Pagu program sebesar Rp 150.000.000.000.",
     "Pagu program sebesar Rp 150 juta."),
    ("text.tahun", "Rencana kinerja tersebut menjadi tolok ukur penilaian kinerja tahun 2020.",
     "Rencana Kinerja Tahun 2022 disusun; capaian kinerja tahun 2020 sebagai pembanding."),
    ("text.tahun", "Rata-rata capaian anggaran tahun 2022 sebesar 93,17%.",
     "Rata-rata capaian anggaran tahun 2021 sebesar 93,17%."),
    ("text.nilai_indikator", "Program Pelayanan: anggaran Rp 150.000.000, realisasi "
     "Rp 136.000.000.", "Program Pelayanan: anggaran Rp 150.000.000, realisasi Rp 135.000.000."),
    ("text.nilai_indikator", "Indeks kepuasan masyarakat mencapai 3,2.",
     "Indeks kepuasan masyarakat mencapai 3,5; di tingkat provinsi 3,2."),
    ("text.angka_tabel", "Penyerapan anggaran tahun 2021 mencapai 93%.",
     "Penyerapan anggaran tahun 2021 mencapai 90%; realisasi anggaran Program Pelayanan 80%."),
    ("text.kesimpulan", "Semua realisasi indikator telah mencapai target.",
     "Satu indikator belum mencapai target."),
])
def test_a_text_rule_reports_the_wrong_sentence_only(rule_id: str, wrong: str, right: str) -> None:
    change = None
    if rule_id == "text.kesimpulan":
        def change(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
            rows["Tabel 3.1"][0].update(realisasi="70%")
    if rule_id == "text.predikat":  # the report's own scale
        change = _own_scale
    assert _found(rule_id, wrong, change), wrong
    assert _found(rule_id, right, change) == [], right


def _own_scale(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
    rows["Skala Predikat"] = [{"predikat": p, "batas": b} for p, b in (
        ("Sangat Rendah", 0), ("Rendah", 51), ("Sedang", 66), ("Tinggi", 76),
        ("Sangat Tinggi", 91))]


def test_predicates_are_judged_on_the_reports_own_scale_only() -> None:
    # without a Skala Predikat the report may use a scale lkip-xl does not know
    assert _found("text.predikat", "Capaian indikator 94,24% (Tinggi).") == []
    assert _found("text.predikat", "Capaian indikator dengan predikat Sangat Baik.") == []


def test_a_number_that_is_a_reference_has_no_category() -> None:
    assert _found("text.predikat", "Lihat Tabel 3.1 (A) dan Lampiran 2 (B).") == []


def test_a_share_of_something_else_is_not_checked() -> None:
    assert _found("text.hitung", "Sebanyak 3 dari 5 program dengan serapan mencapai 95%.") == []


def test_years_in_comparisons_and_plans_are_left_alone() -> None:
    assert _found("text.tahun", "Dibandingkan target kinerja tahun 2020, capaian naik.") == []
    assert _found("text.tahun", "Diharapkan realisasi tahun 2022 meningkat.") == []
    assert _found("text.tahun", "Target kinerja tahun 2024 (akhir Renstra) belum tercapai.") == []


def _comma(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
    identity.update(desimal="koma")


def test_a_figure_with_two_readings_is_not_guessed() -> None:
    # 3,157 is 3157 or 3.157 unless the report says it writes decimal commas
    assert _found("text.predikat", "Nilai AKIP 3,157 (A).") == []
    assert _found("text.predikat", "Nilai AKIP 3,157 (A).", _comma)
    assert _found("text.hitung", "Tercapai 1,157, provinsi 1,141; lebih unggul 0,13 poin.") == []
    assert _found("text.hitung", "Tercapai 1,157, provinsi 1,141; lebih unggul 0,13 poin.",
                  _comma)


def test_a_swapped_target_and_realisasi_is_named() -> None:
    found = _found("text.nilai_indikator", "Persentase layanan tepat waktu: target 85% dan "
                   "realisasi 80%.")
    assert len(found) == 2 and all("tertukar" in message for message in found)


def test_an_analysis_speaks_of_its_own_indicator() -> None:
    def analysis(identity: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        rows["Analisis Indikator"][0].update(uraian="Realisasi sebesar 90% dari target 80%.")
    found = registry.run(tiny(analysis), [RULES["text.nilai_indikator"]])
    assert [(f.sheet, f.actual) for f in found] == [("Analisis Indikator", 90.0)]


def test_a_tie_between_periods_is_left_to_staff() -> None:
    assert _found("text.peraturan", "RPJMD tahun 2018-2023. RPJMD tahun 2019-2023.") == []


def test_the_same_number_on_another_topic_is_another_regulation() -> None:
    assert _found("text.peraturan", "Permendagri Nomor 86 Tahun 2017 tentang Tata Cara "
                  "Perencanaan; Permendagri Nomor 86 Tahun 2016 tentang Hibah Daerah.") == []


@pytest.mark.parametrize(("wrong", "right"), [
    ("Untuk tahun 2020 ada 1 program dan 2 kegiatan.",
     "Untuk tahun 2021 ada 1 program dan 2 kegiatan."),
    ("Dana kegiatan tahun 2020 sebesar Rp 150.000.000.",
     "Pada tahun 2020 ada 3 program dan 9 kegiatan, dibanding 1 program dan 2 kegiatan kini."),
    ("Anggaran untuk Tahun 2020 sebesar Rp 56.475.618.912,19.",
     "Anggaran untuk Tahun 2021 sebesar Rp 56.475.618.912,19."),
])
def test_this_years_figures_under_another_year(wrong: str, right: str) -> None:
    """The tiny LKIP is of 2021, with 1 program, 2 kegiatan and Rp 150.000.000 of pagu."""
    assert _found("text.tahun", wrong)
    assert not _found("text.tahun", right)


@pytest.mark.parametrize(("rule_id", "wrong", "right"), [
    ("text.tahun", "Laporan ini memuat realisasi anggaran Dinas Contoh tahun 2022.",
     "Capaian kinerja ini dapat menjadi acuan pada tahun 2022."),
    ("text.tahun", "Pengukuran tingkat capaian kinerja Dinas Contoh tahun 2020 dilakukan.",
     "Pengukuran tingkat capaian kinerja Dinas Contoh tahun 2021 dilakukan."),
    ("text.angka_tabel", "Realisasi Rp 135.000.000 dari total anggaran sebesar Rp 160.000.000.",
     "Realisasi Rp 135.000.000 dari total anggaran sebesar Rp 150.000.000."),
    ("text.angka_tabel", "Realisasi Rp 135.000.000 dari total anggaran sebesar Rp 160.000.000.",
     "Total anggaran program ini sebesar Rp 100.000.000."),
    ("text.peraturan", "Perwako Kota Contoh Nomor 4 tahun 2021 dan Peraturan Walikota Contoh "
                       "Nomor 4 Tahun 2020.",
     "Perwako Kota Contoh Nomor 4 tahun 2020 dan Peraturan Walikota Contoh Nomor 4 Tahun 2020."),
])
def test_years_amounts_and_regulations_as_staff_write_them(rule_id: str, wrong: str,
                                                            right: str) -> None:
    """The tiny LKIP is of 2021; its Narasi Staf is of the Ikhtisar Eksekutif."""
    assert _found(rule_id, wrong)
    assert not _found(rule_id, right)


def test_a_regulation_cited_with_two_years_once_each_names_both() -> None:
    found = _found("text.peraturan", "Perwako Nomor 4 tahun 2021. Perwali Nomor 4 Tahun 2020.")
    assert len(found) == 2
