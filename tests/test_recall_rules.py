"""Rules written for the misses of the real LKIPs (issue 14, recall): the wrong case and the
right one beside it, on the tiny LKIP (``rule_cases.tiny``)."""

from __future__ import annotations

from typing import Any

from rule_cases import SASARAN, tiny

from lkip_xl.rules import registry
from lkip_xl.rules.registry import rules
from lkip_xl.rules.tables import foreign_words

RULES = rules()
Rows = dict[str, list[dict[str, Any]]]


def _run(rule_id: str, change: Any) -> list[tuple[str, str, str]]:
    return [(f.sheet, f.cell, f.message) for f in registry.run(tiny(change), [RULES[rule_id]])]


def _text(teks: str) -> Any:
    def change(identity: dict[str, Any], rows: Rows) -> None:
        rows["Narasi Staf"][0].update(teks=teks)
    return change


def test_a_unit_named_by_its_acronym_or_misspelt_is_the_unit() -> None:
    assert foreign_words("PUPR", "Pekerjaan Umum dan Penataan Ruang") == []
    assert foreign_words("Bapenda", "Badan Pendapatan Daerah") == []
    assert foreign_words("Kalimatan Timur", "Kalimantan Timur") == []
    assert foreign_words("Pengendalian Pembangunan", "Administrasi Pembangunan") == \
        ["pengendalian"]


def test_another_region_of_the_same_level() -> None:
    def region(teks: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            identity.update(pemerintah="Provinsi Jawa Barat")
            rows["Narasi Staf"][0].update(teks=teks)
        return change
    assert _run("text.unit_lain", region("Meningkatnya PAD Provinsi Jawa Tengah."))
    assert not _run("text.unit_lain", region("Meningkatnya PAD Provinsi Jawa Barat Tahun Ini."))
    assert not _run("text.unit_lain", region("Pemerintah Kabupaten Bogor bekerja sama."))


def test_a_signing_date_without_day_and_month() -> None:
    def date(tanggal: str) -> Any:
        return lambda identity, rows: identity.update(tanggal=tanggal)
    assert _run("value.tanggal", date("Bandung,      2022"))
    assert _run("value.tanggal", date("3 Januari 2020"))  # before the report's year
    assert not _run("value.tanggal", date("31/01/2022"))


def test_the_jabatan_names_another_unit() -> None:
    def jabatan(title: str) -> Any:
        return lambda identity, rows: identity.update(jabatan=title)
    assert _run("value.penandatangan", jabatan("KEPALA DINAS PERTANIAN"))
    assert not _run("value.penandatangan", jabatan("KEPALA DINAS CONTOH KOTA CONTOH"))


def test_a_sasaran_named_otherwise_than_in_tabel_2_1() -> None:
    def sasaran(name: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Tabel 2.1"][0].update(kode_sasaran="S1")
            rows["Tabel 2.6"][0].update(sasaran=name)
        return change
    found = _run("cross.nama", sasaran("Meningkatnya akuntabilitas kinerja"))
    assert [sheet for sheet, _, _ in found] == ["Tabel 2.6"]
    assert not _run("cross.nama", sasaran("Meningkatnya Kualitas Layanan."))


def test_the_reference_is_reported_when_two_tables_agree_against_it() -> None:
    def renamed(identity: dict[str, Any], rows: Rows) -> None:
        rows["Tabel 2.6"][0].update(indikator="Persentase surat tepat waktu")
    found = {(sheet, cell) for sheet, cell, _ in _run("cross.nama", renamed)}
    assert any(sheet == "Tabel 2.6" for sheet, _ in found)  # the odd one
    assert len(found) >= 3


def test_without_tabel_2_5_misspellings_are_not_other_names() -> None:
    def without(uraian: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Tabel 2.5"] = []
            rows["Realisasi Anggaran"][1].update(uraian=uraian)
        return change
    assert not _run("cross.nama", without("Layanan  Surrat"))
    assert _run("cross.nama", without("Layanan Perpustakaan"))


def test_the_same_regulation_with_another_number() -> None:
    wrong = ("Perda Nomor 5 Tahun 2021 tentang Perubahan APBD Tahun Anggaran 2021; "
             "sesuai Peraturan Daerah No. 40 Tahun 2021 tentang Perubahan Anggaran Pendapatan "
             "dan Belanja Daerah (APBD) Kota Contoh Tahun Anggaran 2021, ditetapkan target.")
    right = ("Perda Nomor 5 Tahun 2021 tentang Perubahan APBD Tahun Anggaran 2021; "
             "Peraturan Wali Kota No. 40 Tahun 2021 tentang Penjabaran Perubahan APBD.")
    assert len(_run("text.peraturan", _text(wrong))) == 2  # a tie: both named
    assert not _run("text.peraturan", _text(right))


def test_a_plan_regulated_at_the_end_of_its_period() -> None:
    assert _run("text.peraturan", _text("Peraturan Daerah Nomor 25 Tahun 2013 tentang RPJMD "
                                        "Kota Contoh Tahun 2008-2013."))
    assert not _run("text.peraturan", _text("Peraturan Daerah Nomor 2 Tahun 2019 tentang RPJMD "
                                            "Kota Contoh Tahun 2019-2024."))


def test_the_realisasi_beside_the_whole_budget() -> None:
    wrong = "Anggaran sebesar Rp 150.000.000,- dengan realisasi sebesar Rp 130.000.000,-."
    right = "Anggaran sebesar Rp 150.000.000,- dengan realisasi sebesar Rp 135.000.000,-."
    assert _run("text.angka_tabel", _text(wrong))
    assert not _run("text.angka_tabel", _text(right))


def test_a_mean_share_of_the_budget() -> None:
    # the total is 90%, and so is each kegiatan's share
    assert _run("text.angka_tabel", _text("Capaian keuangan rata-rata sebesar 92 %."))
    assert not _run("text.angka_tabel", _text("Capaian keuangan rata-rata sebesar 90 %."))


def test_lists_restart_and_short_items_are_left_alone() -> None:
    assert not _run("text.daftar_ganda", _text("1) Layanan Surat Masuk Harian. 1) Layanan Surat "
                                               "Masuk Harian."))
    assert not _run("text.daftar_ganda", _text("a) Ya b) Ya"))


def test_an_acronym_with_another_common_expansion_is_left_alone() -> None:
    assert not _run("text.singkatan", _text("Laporan Akuntabilitas Kinerja Instansi Pemerintah "
                                            "(LKjIP) disusun; Rencana Strategis (Renstra)."))


def test_spending_outside_the_programmes_is_not_their_total() -> None:
    """A realisasi of Belanja Tidak Langsung (salaries) or of revenue is no figure of
    Realisasi Anggaran's programmes (held-out RSJ Jawa Barat 2016: a false error)."""
    def said(teks: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Narasi Staf"][0].update(bagian="BAB III B. Realisasi Anggaran", teks=teks)
        return change

    other = ("Realisasi Anggaran Belanja Tidak Langsung adalah sebesar Rp.51.413.862.701 atau "
             "95,24 %.")
    assert _run("text.angka_tabel", said(other)) == []
    wrong = "Realisasi anggaran adalah sebesar Rp 100.000.000."
    assert [m for _, _, m in _run("text.angka_tabel", said(wrong))] == [
        "teks menyebut Rp 100.000.000,00, jumlah realisasi di Realisasi Anggaran "
        "Rp 135.000.000,00"]


def test_a_count_measured_as_a_length() -> None:
    def unit(name: str, satuan: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Analisis Kegiatan"][0].update(indikator_keluaran=name, satuan=satuan)
        return change

    wrong = unit("Terpeliharanya jumlah bangunan penampung air", "km")
    assert [m for _, _, m in _run("value.satuan_nama", wrong)] == [
        "indikator 'Terpeliharanya jumlah bangunan penampung air' menghitung banyaknya "
        "('jumlah bangunan'), satuannya 'km'"]
    assert _run("value.satuan_nama", unit("Jumlah panjang saluran yang dibangun", "km")) == []
    assert _run("value.satuan_nama", unit("Jumlah bangunan yang dipelihara", "unit")) == []


def test_one_kegiatan_two_indicators_two_figures() -> None:
    """A kegiatan with one indicator in each table, named differently, with other figures in
    the same measure (DPUPR Grobogan 2021: 100/100 in Tabel 3.3, 84/79,82 in A.2)."""
    def told(target: int, realisasi: int) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Tabel 3.3"].append({"no": "2", "kode_program": "P01.01",
                                      "program": "Layanan Surat", "kode": "IKK01",
                                      "indikator": "Meningkatnya kelancaran layanan surat",
                                      "target": target, "realisasi": realisasi,
                                      "satuan": "surat"})
            rows["Analisis Kegiatan"][0].update(indikator_keluaran="Jumlah surat terkirim")
        return change

    found = [m for _, _, m in _run("cross.kegiatan", told(120, 110))]
    assert len(found) == 1 and found[0].startswith("kegiatan P01.01: target 120")
    assert _run("cross.kegiatan", told(100, 95)) == []  # the same figures: no doubt


def test_signed_before_the_report_year_ended() -> None:
    def signed(tanggal: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            identity.update(tanggal=tanggal)
        return change

    assert [m for _, _, m in _run("value.tanggal", signed("30 Desember 2021"))] == [
        "'Tanggal Penandatanganan' 30 Desember 2021: laporan tahun 2021 ditandatangani "
        "sebelum tahun itu berakhir"]
    assert _run("value.tanggal", signed("28 Februari 2022")) == []


def test_the_whole_budget_and_what_of_it_was_spent() -> None:
    """'... menjadi sebesar Rp <the total anggaran>, anggaran tersebut terealisasi sebesar
    Rp X' (RSJ Jawa Barat 2016): X is the total realisasi of Realisasi Anggaran."""
    def said(realisasi: str) -> Any:
        return _text(f"Setelah perubahan anggaran menjadi sebesar Rp 150.000.000,- anggaran "
                     f"tersebut terealisasi sebesar Rp {realisasi},- atau 90%.")

    assert [m for _, _, m in _run("text.angka_tabel", said("130.000.000"))] == [
        "teks menyebut realisasi Rp 130.000.000 dari seluruh anggaran Rp 150.000.000, jumlah "
        "realisasi di Realisasi Anggaran Rp 135.000.000,00"]
    assert _run("text.angka_tabel", said("135.000.000")) == []


def test_tabel_3_2_repeats_the_renstra_of_tabel_2_2() -> None:
    """Tabel 3.2's targets of each Renstra year and its end target are Tabel 2.2's (RSJ Jawa
    Barat 2016: 'Target Akhir Renstra' 78 where the Renstra's last year has 82)."""
    def renstra(akhir: str, ahead: str, scale: str = "90%") -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Tabel 2.2"][0].update(target_4="82%", target_6=scale)  # 2022, 2024
            rows["Tabel 3.2"][0].update(target_3=ahead, target_akhir=akhir)
        return change

    assert _run("cross.target_renstra", renstra("90%", "82%")) == []
    assert _run("cross.target_renstra", renstra("90", "82")) == []  # the same, without %
    found = [(c, m) for _, c, m in _run("cross.target_renstra", renstra("85%", "80%"))]
    assert [m for _, m in found] == [
        "80% di sini, tetapi 82% di Tabel 2.2 (2022) untuk kode IK01",
        "85% di sini, tetapi 90% di Tabel 2.2 (2024) untuk kode IK01"]
    # a score against a category: within its band (A: above 80 up to 90) it agrees
    assert _run("cross.target_renstra", renstra("85", "82%", scale="A")) == []
    assert [f.severity for f in registry.run(tiny(renstra("95", "82%", scale="A")),
                                             [RULES["cross.target_renstra"]])] == ["warning"]


def test_a_citation_against_itself() -> None:
    """The gazette of another year; a plan whose period ended before the report's year; a
    'Peraturan' numbered as a Keputusan (RSJ Jawa Barat 2016's Dasar Hukum)."""
    said = _text(
        "Dasar hukum: Peraturan Pemerintah Nomor 41 Tahun 2007 tentang Organisasi Perangkat "
        "Daerah Peraturan Pemerintah Nomor 8 Tahun 2005 tentang Tata Cara Penyusunan "
        "(Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21); Peraturan Daerah Nomor 2 "
        "Tahun 2009 tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2008-2013 "
        "(Lembaran Daerah Tahun 2009 Nomor 2); Peraturan Gubernur Nomor 900/Kep.836-Keu "
        "Tahun 2013 tentang penetapan BLUD.")
    found = [m for _, _, m in _run("text.peraturan", said)]
    assert [m.split("': ")[-1] if "': " in m else m.split("' ")[-1] for m in found] == [
        "diundangkan di lembaran tahun 2008: tahun peraturan dan lembarannya berbeda",
        "tentang rencana 2008-2013, yang berakhir sebelum tahun laporan 2021",
        "nomor keputusan (Kep.) untuk sebuah peraturan; keputusan atau peraturankah?"]
    right = _text("Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tata Cara Penyusunan "
                  "(Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21).")
    assert _run("text.peraturan", right) == []


def test_a_predicate_and_its_abbreviation() -> None:
    def scale(label: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            rows["Skala Predikat"] = [{"predikat": "Sangat Baik (SB)", "batas": "80"},
                                      {"predikat": label, "batas": "0"}]
        return change

    assert [m for _, _, m in _run("value.skala_predikat", scale("Sedang (K)"))] == [
        "'Sedang (K)': K bukan singkatan 'Sedang'"]
    assert _run("value.skala_predikat", scale("Cukup Baik (CB)")) == []


def test_a_sign_makes_another_indicator() -> None:
    """'< 48 Jam' and '> 48 Jam' (RSJ Jawa Barat 2016), with no Perjanjian Kinerja row to name
    the code: the first table that has it does."""
    def named(sign: str) -> Any:
        def change(identity: dict[str, Any], rows: Rows) -> None:
            name = "Tidak adanya kematian pasien {} 48 Jam"
            rows["Tabel 2.2"].append({**SASARAN, "kode": "IK09", "indikator": name.format(">"),
                                      "target_3": "100%"})
            rows["Tabel 3.4"].append({**SASARAN, "kode": "IK09", "indikator": name.format(sign),
                                      "realisasi_lalu": "100%"})
        return change

    assert [m for _, _, m in _run("cross.nama", named("<"))] == [
        "nama 'Tidak adanya kematian pasien < 48 Jam' berbeda dengan nama kode IK09 di "
        "Tabel 2.2: 'Tidak adanya kematian pasien > 48 Jam'"]
    assert _run("cross.nama", named(">")) == []
