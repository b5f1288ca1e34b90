# ruff: noqa: E501
"""The LKIP 2016 of the Rumah Sakit Jiwa Provinsi Jawa Barat, as printed.

    uv run python tests/data/rsj-jabar-2016/build.py [output.xlsx]

Source: repo andri000me/aplikasi_esakip, path
"static/datalakip/LAKIP 2016 bab I-IV rs JIWA.pdf", commit
324b2cbf7fc2cb27f40433f6252a823d0ee32a25 (see SOURCE.md beside this file for the
page map and where every table and section of the document went).

Every value is the string printed in the report, mistakes included; ``None`` where
the printed cell is blank.  ``lkip_xl.book.inputbook.write_input`` stores a text as a
number only when it has exactly one reading.

Conventions (codes are assigned here; the report has none)
-----------------------------------------------------------
* Indicators IK01..IK18 in the order of report Tabel 1 (the Renstra table, p. 7-9),
  which is also the order of Tabel 4, 6, 7 and 8.  IK19 is the Perjanjian Kinerja's
  "Tingkat Sehat Pengelolaan Pelayanan Rumah Sakit" (Tabel 5 only).
* Sasaran S1..S8 and tujuan T1..T5 in the order of Tabel 1.  S9 is the PK's second
  sasaran (Tabel 5), which is no Renstra sasaran.
* Programs P01..P10 and their kegiatan P01.01.. in the order of Tabel 9 / Tabel 11.
* Strategi/kebijakan rows K01..K10 in the order of Tabel 2.
* Report table -> sheet: Tabel 1 -> "Tabel 2.1" (tujuan/sasaran) and "Tabel 2.2"
  (targets 2014-2018 = target_2..target_6, Renstra 2013-2018); Tabel 2 -> "Tabel 2.3";
  Tabel 3 -> "Tambahan Tabel 3"; Tabel 4 -> "Tambahan Tabel 4"; Tabel 5 (PK) ->
  "Tabel 2.6"; Tabel 6 -> "Tabel 3.4" (the two "Capaian" columns as realisasi) and,
  whole, "Tambahan Tabel 6"; Tabel 7 -> "Tambahan Tabel 7"; Tabel 8 -> "Tabel 3.1"
  (cols 5-7) and "Tabel 3.2" (cols 4-9); Tabel 9 -> "Tabel 2.5" (sesudah perubahan),
  "Tabel 2.4" (the list) and, whole, "Tambahan Tabel 9"; Tabel 10 -> "Tambahan
  Tabel 10"; Tabel 11 -> "Realisasi Anggaran" (anggaran sesudah perubahan); the scale
  of 3.1.1 -> "Skala Predikat".
* Text split by a line or page break is rejoined with one space.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lkip_xl.book.inputbook import write_input

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transcription import Extra, Record, check, narasi, write_extras  # noqa: E402
from transcription import rows as _rows  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "rsj-jabar-2016.xlsx"

IDENTITY: dict[str, str | None] = {
    "instansi": "Rumah Sakit Jiwa",
    "pemerintah": "Provinsi Jawa Barat",
    "kota": "Bandung",
    "tahun": "2016",
    "renstra_awal": "2013",
    "renstra_akhir": "2018",
    # signature under 4.2.2 (p. 33): "Bandung, 30 Desember 2016"
    "tanggal": "30 Desember 2016",
    "jabatan": "Plt.Direktur Rumah Sakit Jiwa Provinsi Jawa Barat",
    "nama": "dr. H. Komar Hanifi, M.KM.",
    "pangkat": "Pembina Utama Muda",
    "nip": "195801281988021001",
    # the report prints the hospital's own visi and misi (2.1.1; Narasi N08), not the RPJMD's
    "visi": None,
    "misi": None,
    # the PDF ("bab I-IV") has no cover, Kata Pengantar or Ikhtisar Eksekutif
    "kata_pengantar": None,
    "sebutan": "LKIP",
    # tables are numbered 1..11 through the report
    "penomoran": "urut",
    # 70,89; 518.309.200,- (three cells print a dot decimal: 95.60, 103.67, 0.003%)
    "desimal": "koma",
}

# --------------------------------------------------------------------------
# BAB II

_T = {
    "T1": "Terwujudnya Pusat Penanggulangan Kesehatan Jiwa",
    "T2": "Terwujudnya Pelayanan Kesehatan Jiwa Yang Berkualitas Berstandar Internasional",
    "T3": "Terwujudnya Keselamatan Pasien dan Keselamatan Kerja",
    "T4": "Meningkatnya RS Jiwa Sebagai RS pendidikan kesehatan jiwa",
    "T5": "Meningkatnya Kinerja Pegawai",
}
_S = {
    "S1": "Meningkatnya pelayanan berbasis community dan recovery",
    "S2": "Meningkatnya kualitas pelayanan",
    "S3": "Meningkatnya keselamatan pasien",
    "S4": "Meningkatnya keselamatan kerja",
    "S5": "Meningkatnya kerjas sama dengan institusi pendidikan",
    "S6": "Meningkatnya kualitas pendidikan dan penelitian",
    "S7": "Meningkatnya kompetensi pegawai",
    "S8": "Meningkatnya akuntabilitas birokrasi",
}

# Report Tabel 1 "Tujuan, sasaran dan indikator sasaran" (p. 7-9): tujuan and sasaran.
_TABEL_2_1 = _rows(
    "kode no tujuan kode_sasaran sasaran",
    ("T1", None, _T["T1"], "S1", _S["S1"]),
    ("T2", None, _T["T2"], "S2", _S["S2"]),
    ("T3", None, _T["T3"], "S3", _S["S3"]),
    ("T3", None, _T["T3"], "S4", _S["S4"]),
    ("T4", None, _T["T4"], "S5", _S["S5"]),
    ("T4", None, _T["T4"], "S6", _S["S6"]),
    ("T5", None, _T["T5"], "S7", _S["S7"]),
    ("T5", None, _T["T5"], "S8", _S["S8"]),
)

# Report Tabel 1 (p. 7-9): indicators with TARGET 2014..2018 (Renstra 2013-2018:
# target_0 = 2012, so 2014 = target_2 .. 2018 = target_6).  No satuan printed; the
# sasaran name is printed once per group.
_TABEL_2_2 = _rows(
    "kode_sasaran sasaran kode indikator target_2 target_3 target_4 target_5 target_6",
    ("S1", _S["S1"], "IK01", "Persentase peningkatan cakupan pelayanan", "10 %", "10 %", "10 %", "10 %", "10 %"),
    ("S1", None, "IK02", "Persentase Pasien Relaps", "80%", "70%", "60%", "50%", "40%"),
    ("S2", _S["S2"], "IK03", "Indek Kepuasan Masyarakat", "≥ 75", "≥ 75", "≥ 80", "≥ 80", "≥ 80"),
    ("S2", None, "IK04", "Persentase LOS (Length of Stay) < 30 hari", "70%", "75 %", "80 %", "85 %", "90%"),
    ("S2", None, "IK05", "BOR (Bed Occupancy Rate)", "75%", "78 %", "80%", "82%", "85%"),
    ("S2", None, "IK06", "Tidak adanya kematian pasien > 48 Jam", "100 %", "100 %", "100 %", "100 %", "100%"),
    ("S2", None, "IK07", "Tidak adanya kematian pasien GDR ( Gross Death Rate)", "100 %", "100 %", "100 %", "100 %", "100%"),
    ("S2", None, "IK08", "Persentase pasien dari keluarga tidak mampu yang dapat terlayani", "80 %", "95 %", "100 %", "100 %", "100%"),
    ("S2", None, "IK09", "Persentase SPM yang mencapai target", "70 %", "75 %", "80 %", "90 %", "100%"),
    ("S3", _S["S3"], "IK10", "Tidak adanya Insiden keselamatan pasien", "100 %", "100 %", "100 %", "100 %", "100%"),
    ("S4", _S["S4"], "IK11", "Tidak adanya Angka Kecelakaan Kerja", "100 %", "100 %", "100 %", "100 %", "100%"),
    ("S5", _S["S5"], "IK12", "Jumlah MOU dengan institusi pendidikan yang masih berlaku", "45", "50", "50", "50", "50"),
    ("S5", None, "IK13", "Jumlah Institusi pendidikan yang melakukan diklit di RS Jiwa Provinsi Jawa Barat dengan MOU yang masih berlaku", "80 %", "90 %", "100 %", "100%", "100%"),
    ("S6", _S["S6"], "IK14", "Terakreditasi RS Pendidikan", None, None, None, None, "Lulus Akreditasi sebagai RS Pendidikan"),
    ("S6", None, "IK15", "Indeks Kepuasan pelanggan yang melaksanakan diklilt di RS Jiwa", "70", "75", "78", "80", "82"),
    ("S7", _S["S7"], "IK16", "Persentase pegawai yang mengikuti pelatihan minimal 20 jam /tahun", "60%", "65%", "70%", "78%", "80%"),
    ("S8", _S["S8"], "IK17", "Nilai SAKIP", "B", "BB", "A", "A", "AA"),
    ("S8", None, "IK18", "Indeks Kepuasan Pegawai", "70", "75", "78", "80", "82"),
)

# Report Tabel 2 "Tujuan, Sasaran Strategi dan Kebijakan" (p. 10-11), per misi; one
# row per strategi/kebijakan pair; tujuan and sasaran printed once per group.
_STR_AKRED = "Pemenuhan SDM, Sapras, Metode, dan Monitoring sesuai akreditasi"
_TABEL_2_3 = _rows(
    "kode tujuan sasaran strategi no arah_kebijakan",
    ("K01", "Terwujudnya Pusat Penanggulangan Kesehatan Jiwa", "Meningkatnya pelayanan berbasis community dan recovery", "Inovasi pada pelayanan unggulan", None, "Focus pada pelayanan Kesehatan jiwa anak dan remaja, Rehabilitasi mental, dan rehabilitasi Napza)"),
    ("K02", None, None, "Penyusunan modul pelayanan kesehatan jiwa berbasis recovery", None, "Penerapan metode community dan recovery pada pelayanan kesehatan jiwa"),
    ("K03", None, None, "Diversifikasi pelayanan", None, "Diversifikasi pelayanan yang berkaitan dengan pelayanan kesehatan jiwa dan Napza"),
    ("K04", "Meningkatkan Kualitas Pelayanan Kesehatan Jiwa Berstandar Internasional", "Meningkatnya kualitas pelayanan", _STR_AKRED, None, "Sesuai dengan standar Akreditasi Versi 2012,"),
    ("K05", "Terwujudnya Keselamatan Pasien dan Keselamatan Kerja", "Persentase Insiden keselamatan pasien", _STR_AKRED, None, "Sesuai dengan standar Standar ISO"),
    ("K06", None, "Angka Kecelakaan Kerja", _STR_AKRED, None, "Sesuai dengan standar OHSAS"),
    ("K07", "Meningkatkan Pelayanan Pendidikan dan Penelitian Kesehatan Jiwa", "Meningkatnya kerjasa sama dengan institusi pendidikan; Meningkatnya kualitas pendidikan dan penelitian", "Meningkatkan Sistem Pelayanan Pendidikan dan Penelitian", None, "Pemenuhan Standar RS Pendidikan"),
    ("K08", "Meningkatnya Kinerja Pegawai", "Meningkatnya kompetensi pegawai", "Peningkatan pelatihan in house training dan eksternal", None, "Peningkatan Kualitas SDM sesuai dengan Standar Kompetensi dari setiap jabatan/profesi"),
    ("K09", None, "Meningkatnya akuntabilitas birokrasi", "Penerapan pengelolaan keuangan dengan sistem BLUD", None, "Pengelolaan keuangan yang fleksibel dan terukur sesuai dengan Rencana Biaya Anggaran"),
    ("K10", None, None, "Pengembangan system akuntabilitas berbasis computer", None, "Focus pada perencanaan, pengkuran kinerja dan monitoring"),
)

# Report Tabel 9 "Rencana Anggaran Tahun 2016" (p. 25-26): program and kegiatan with
# ANGGARAN SEBELUM PERUBAHAN and SESUDAH PERUBAHAN; no total row.
_TABEL_9 = (
    ("Program", "P01", "Program Promosi Kesehatan", "518.309.200,-", "518.309.200,-"),
    ("Kegiatan", "P01.01", "Peningkatan Penyebarluasan Informasi Kesehatan Jiwa dan Napza Pada Masyarakat", "518.309.200,-", "518.309.200,-"),
    ("Program", "P02", "Program Pengembangan Lingkungan Sehat", "1.275.000.000,-", "1.399.735.000,-"),
    ("Kegiatan", "P02.01", "Penyelenggaraan Kesehatan dan Keselamatan Kerja Rumah Sakit Jiwa", "1.275.000.000,-", "1.399.735.000,-"),
    ("Program", "P03", "Program Pelayanan Kesehatan", "19.954.920.000,-", "23.405.539.000,-"),
    ("Kegiatan", "P03.01", "Peningkatan Pelayanan Kesehatan Jiwa", "1.030.000.000,-", "1.074.950.000,-"),
    ("Kegiatan", "P03.02", "Peningkatan Pelayanan Rehabilitasi Napza", "219.450.000,-", "219.450.000,-"),
    ("Kegiatan", "P03.03", "Peningkatan Rehabilitasi pasien jiwa", "313.500.000,-", "277.500.000,-"),
    ("Kegiatan", "P03.04", "Jaminan Pemeliharaan K esehatan Masyarakat ( JPKM ) Provinsi Jawa Barat", "1.800.000.000,-", "5.315.669.000,-"),
    ("Kegiatan", "P03.05", "Pelayanan dan pendukung pelayanan BLUD", "16.000.000.000,-", "16.000.000.000,-"),
    ("Kegiatan", "P03.06", "Penilaian akreditasi Rumah Sakit Versi 2012 dan monitoring ISO dan OHSAS", "591.970.000,-", "517.970.000,-"),
    ("Program", "P04", "Program Sumber Daya Kesehatan", "15.593.080.000,-", "15.222.818.300,-"),
    ("Kegiatan", "P04.01", "Peningkatan Penyediaan Alkes, Alked dan ALat Penunjang Kesehatan Lainnya", "6.700.000.000,-", "6.700.000.000,-"),
    ("Kegiatan", "P04.02", "Pembangunan gedung pelayanan rawat inap", "5.326.680.000,-", "5.201.618.300,-"),
    ("Kegiatan", "P04.03", "Perencanaan Gedung-Gedung Pelayanan RS Jiwa : gedung klinik keswara,gedung diagnostik, gedung rehabilitasi medik", "900.000.000,-", "604.800.000,-"),
    ("Kegiatan", "P04.04", "Peningkatan Kualitas SDM Kesehatan RS Jiwa Provinsi Jawa Barat", "1.500.000.000,-", "1.550.000.000,-"),
    ("Kegiatan", "P04.05", "Peningkatan Penyediaan Perlengkapan Pasien", "760.000.000,-", "760.000.000,-"),
    ("Kegiatan", "P04.06", "Peningkatan Pemeliharaan Alat Kesehatan dan Alat kedokteran", "406.400.000,-", "406.400.000,-"),
    ("Program", "P05", "Program Peningkatan Kesejahteraan Sumber Daya Aparatur", "1.494.000.000,-", "1.494.000.000,-"),
    ("Kegiatan", "P05.01", "Peningkatan Kesejahteraan dan Kemampuan Aparatur", "1.494.000.000,-", "1.494.000.000,-"),
    ("Program", "P06", "Program Pelayanan Administrasi Perkantoran", "2.193.850.000,-", "2.192.330.000,-"),
    ("Kegiatan", "P06.01", "Penyelenggaraan Administrasi Perkantoran", "2.193.850.000,-", "2.192.330.000,-"),
    ("Program", "P07", "Program Peningkatan Sarana dan Prasarana Aparatur", "8.338.296.000,-", "7.833.321.000,-"),
    ("Kegiatan", "P07.01", "Peningkatan Penyediaan Sarana Prasarana Perkantoran Pada RS Jiwa", "8.338.296.000,-", "7.833.321.000,-"),
    ("Program", "P08", "Program Pemeliharaan Sarana dan Prasarana Aparatur", "5.121.776.000,-", "5.529.960.000,-"),
    ("Kegiatan", "P08.01", "Peningkatan Pemeliharaan Sarana dan Prasarana Perkantoran", "5.121.776.000,-", "5.529.960.000,-"),
    ("Program", "P09", "Program Pengelolaan Keuangan dan kekayaan Daerah", "100.000.000,-", "100.000.000,-"),
    ("Kegiatan", "P09.01", "Kegiatan Pengelolaan Keuangan di RS Jiwa Provinsi Jawa Barat", "100.000.000,-", "100.000.000,-"),
    ("Program", "P10", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", "215.222.500,-", "212.384.000,-"),
    ("Kegiatan", "P10.01", "Sistem Perencanaan, Pelaporan dan Evaluasi Kinerja Rumah Sakit", "215.222.500,-", "212.384.000,-"),
)
_TABEL_2_5 = [
    {"jenis": j, "kode": k, "no": None, "uraian": u, "pagu": sesudah}
    for j, k, u, _sebelum, sesudah in _TABEL_9
]
# The same list (no indicators or targets printed for programs).
_TABEL_2_4 = [{"jenis": j, "kode": k, "no": None, "uraian": u} for j, k, u, _a, _b in _TABEL_9]

# Report Tabel 5 "Perjanjian Kinerja 2016" (p. 14), under the heading "2.3 Perjanjian
# Kinerja Tahun 2015".  IKM is the Renstra's IK03; the second indicator is in no other
# table.  Satuan not printed.
_TABEL_2_6 = _rows(
    "kode_sasaran no sasaran kode indikator target satuan",
    ("S2", "1", "Terwujudnya Peningkatan Kualitas Pelayanan", "IK03", "Index Kepuasan Masyarakat (IKM)", "≥75", None),
    ("S9", "2", "Terwujudnya Pelayanan Kesehatan Jiwa Anak Remaja dan Rehabilitasi Mental", "IK19", "Tingkat Sehat Pengelolaan Pelayanan Rumah Sakit", "Keuangan 10% Pelayanan 30% Mutu & Manfaat Bagi Masyarakat 35%", None),
)

# --------------------------------------------------------------------------
# BAB III

# Report Tabel 8 "Evaluasi Indikator Kinerja" (p. 19-24).  Sasaran printed: 1 for the
# first four indicators (merged cell), none for BOR..SPM (the No and Sasaran cells are
# empty), 3..8 below.  Columns: 4 Capaian Thn Lalu, 5 Target, 6 Realisasi,
# 7 % Realisasi, 8 Target Akhir Renstra, 9 Capaian Thn 2016 terhadap Target Akhir Renstra.
# Last row "RATA-RATA : 94,12%" (col 7) and "93,11" (col 9): no place.
_T8_S1 = "Meningkatnya Pelayanan Unggulan berbasis community dan recovery"
_TABEL_8 = (
    # kode_sasaran no sasaran kode indikator c4 c5 c6 c7 c8 c9
    ("S1", "1", _T8_S1, "IK01", "Persentase peningkatan cakupan pelayanan", "10,00", "10,00", "10,00", "100,00", "10,00", "100,00"),
    ("S1", None, None, "IK02", "Persentase Pasien Relaps", "60,00", "60,00", "60,00", "100,00", "60,00", "100,00"),
    ("S1", None, None, "IK03", "Indek Kepuasan Masyarakat", "72,00", "80,00", "82,00", "102,50", "80,00", "102,50"),
    ("S1", None, None, "IK04", "Persentase LOS (Length of Stay) < 30 hari", "95,00", "80,00", "96,00", "120,00", "80,00", "120,00"),
    ("S2", None, None, "IK05", "BOR (Bed Occupancy Rate)", "70,89", "80,00", "70,89", "88,61", "85,00", "83,40"),
    ("S2", None, None, "IK06", "Tidak adanya kematian pasien < 48 Jam", "100,00", "100,00", "100,00", "100,00", "100,00", "100,00"),
    ("S2", None, None, "IK07", "Tidak adanya kematian pasien (GDR : Gross Death Rate)", "100,00", "100,00", "100,00", "100,00", "100,00", "100,00"),
    ("S2", None, None, "IK08", "Persentase pasien dari keluarga tidak mampu yang dapat terlayani", "100,00", "100,00", "100,00", "100,00", "100,00", "100,00"),
    ("S2", None, None, "IK09", "Persentase SPM yang mencapai target", "53,00", "80,00", "79,30", "99,13", "80,00", "99,13"),
    ("S3", "3", "Meningkatnya keselamatan pasien", "IK10", "Tidak adanya Insiden keselamatan pasien", "100,00", "100,00", "100,00", "100,00", "100,00", "100,00"),
    ("S4", "4", "Meningkatnya keselamatan kerja", "IK11", "Tidak adanya Angka Kecelakaan Kerja", "100,00", "100,00", "100,00", "100,00", "100,00", "100,00"),
    ("S5", "5", "Meningkatnya kerjasa sama dengan institusi pendidikan", "IK12", "Jumlah MOU dengan institusi pendidikan yang masih berlaku", "96,00", "85,00", "98,00", "115,29", "50,00", "196,00"),
    ("S5", None, None, "IK13", "Jumlah Institusi pendidikan yang melakukan diklit di RS Jiwa Provinsi Jawa Barat dengan MOU yang masih berlaku", "78,00", "100,00", "80,00", "80,00", "100,00", "80,00"),
    ("S6", "6", "Meningkatnya kualitas pendidikan dan penelitian", "IK14", "Terakreditasi RS Pendidikan", "10,00", "10,00", "10,00", "100,00", "50,00", "20,00"),
    ("S6", None, None, "IK15", "Indeks Kepuasan pelanggan yang melaksanakan diklilt di RS Jiwa", "75,00", "78,00", "0,00", "0,00", "78,00", "0,00"),
    ("S7", "7", "Meningkatnya kompetensi pegawai", "IK16", "Persentase pegawai yang mengikuti pelatihan minimal 20 jam /tahun", "63,75", "70,00", "63,80", "91,14", "70,00", "91,14"),
    ("S8", "8", "Meningkatnya akuntabilitas birokrasi", "IK17", "Nilai SAKIP", "70,00", "80,00", "80,00", "100,00", "90,00", "88,89"),
    ("S8", None, None, "IK18", "Indeks Kepuasan Pegawai", "72,00", "78,00", "76,00", "97,44", "80,00", "95,00"),
)
_TABEL_3_1 = [
    {"kode_sasaran": ks, "no": no, "sasaran": s, "kode": k, "indikator": i,
     "target": c5, "realisasi": c6, "capaian": c7}
    for ks, no, s, k, i, _c4, c5, c6, c7, _c8, _c9 in _TABEL_8
]
# Tabel 3.2 (Renstra 2013-2018: target_3 = 2016).
_TABEL_3_2 = [
    {"kode_sasaran": ks, "no": no, "sasaran": s, "kode": k, "indikator": i,
     "realisasi_0": c4, "realisasi_1": c6, "target_3": c5, "target_akhir": c8,
     "capaian_akhir": c9}
    for ks, no, s, k, i, c4, c5, c6, _c7, c8, c9 in _TABEL_8
]

# Report Tabel 6 "Perbandingan target dan realisasi indikator" (p. 16-17): for 2015 and
# 2016 a Target and a "Capaian" column, then "% Capaian kinerja".  The two Capaian
# columns -> realisasi_lalu and realisasi; the whole table is on Tambahan Tabel 6.
_TABEL_6 = (
    # kode indikator target2015 capaian2015 target2016 capaian2016 %capaian
    ("IK01", "Persentase peningkatan cakupan pelayanan", "10 %", "70,89%", "10 %", "100%", "22,9%"),
    ("IK02", "Persentase Pasien Relaps", "70%", "100%", "60%", "100%", "100%"),
    ("IK03", "Indek Kepuasan Masyarakat", "≥ 75", "100%", "≥ 80", "102%", "109,4%"),
    ("IK04", "Persentase LOS (Length of Stay) < 30 hari", "75 %", "100%", "80 %", "120%", "33,3%"),
    ("IK05", "BOR (Bed Occupancy Rate)", "78 %", "70,89", "80%", "88,61%", "70,89%"),
    ("IK06", "Tidak adanya NDR (Net Death Rate)", "100%", "100,00", "0 ‰", "100%", "100%"),
    ("IK07", "Tidak adanya GDR ( Gross Death Rate)", "100%", "100,00", "0 ‰", "100%", "100%"),
    ("IK08", "Persentase pasien dari keluarga tidak mampu yang dapat terlayani", "95 %", "100,00", "100 %", "100%", "100%"),
    ("IK09", "Persentase SPM yang mencapai target", "75 %", "53,00", "80 %", "70,30", "80,22%"),
    ("IK10", "Tidak adanya Insiden keselamatan pasien", "100%", "100,00", "0 %", "100%", "100%"),
    ("IK11", "Tidak adanya Angka Kecelakaan Kerja", "100%", "100,00", "0", "100%", "0.003%"),
    ("IK12", "Jumlah MOU dengan institusi pendidikan yang masih berlaku", "50", "96", "50", "115%", "102%"),
    ("IK13", "Jumlah Institusi pendidikan yang melakukan diklit di RS Jiwa Provinsi Jawa Barat dengan MOU yang masih berlaku", "90 %", "78,00", "100 %", "80%", "100%"),
    ("IK14", "Terakreditasi RS Pendidikan", None, "10,00", None, "100", None),
    ("IK15", "Indeks Kepuasan pelanggan yang melaksanakan diklilt di RS Jiwa", "75", "75,00", "78", "0", "0"),
    ("IK16", "Persentase pegawai yang mengikuti pelatihan minimal 20 jam /tahun", "65%", "63,75", "70%", "70%", "102%"),
    ("IK17", "Nilai SAKIP", "BB", "70,00", "A", "90%", "100%"),
    ("IK18", "Indeks Kepuasan Pegawai", "75%", "72,00", "78", "80%", "72%"),
)
_SASARAN_OF = {r[3]: r[0] for r in _TABEL_8}
_TABEL_3_4 = [
    {"kode_sasaran": _SASARAN_OF[k], "kode": k, "indikator": i,
     "realisasi_lalu": c15, "realisasi": c16}
    for k, i, _t15, c15, _t16, c16, _p in _TABEL_6
]

# Report Tabel 11 "Realisasi Keuangan Kegiatan" (p. 28-30): ANGGARAN SEBELUM
# PERUBAHAN (no place; = Tabel 9, on Tambahan Tabel 9), ANGGARAN SESUDAH PERUBAHAN,
# REALISASI ANGGARAN, REALISASI %.  No total row.  Names as printed in Tabel 11.
_REALISASI_ANGGARAN = _rows(
    "jenis kode uraian anggaran realisasi persen",
    ("Program", "P01", "Program Promosi Kesehatan", "518.309.200,-", "494.541.600,-", "95,41"),
    ("Kegiatan", "P01.01", "Peningkatan Penyebarluasan Informasi Kesehatan Jiwa dan Napza Pada Masyarakat", "518.309.200,-", "494.541.600,-", "95,41"),
    ("Program", "P02", "Program Pengembangan Lingkungan Sehat", "1.399.735.000,-", "1.399.735.000,-", "89,66"),
    ("Kegiatan", "P02.01", "Penyelenggaraan Kesehatan dan Keselamatan Kerja Rumah Sakit Jiwa", "1.399.735.000,-", "1.399.735.000,-", "89,66"),
    ("Program", "P03", "Program Pelayanan Kesehatan", "23.405.539.000,-", "18.350.776.107,-", "78,40"),
    ("Kegiatan", "P03.01", "Peningkatan Pelayanan Kesehatan Jiwa", "1.074.950.000,-", "1.029.950.528,-", "95,81"),
    ("Kegiatan", "P03.02", "Peningkatan Pelayanan Rehabilitasi Napza", "219.450.000,-", "156.244.700,-", "71,20"),
    ("Kegiatan", "P03.03", "Peningkatan Rehabilitasi pasien jiwa", "277.500.000,-", "212.717.300,-", "76,65"),
    ("Kegiatan", "P03.04", "Jaminan Pemeliharaan Kesehatan Masyarakat (JPKM) Provinsi Jabar", "5.315.669.000,-", "3.298.065.783,-", "62,04"),
    ("Kegiatan", "P03.05", "Pelayanan dan pendukung pelayanan BLUD", "16.000.000.000,-", "13.261.872.275,-", "82,89"),
    ("Kegiatan", "P03.06", "Penilaian akreditasi Rumah Sakit Versi 2012 & monitoring ISO &OHSAS", "517.970.000,-", "391.925.521,-", "75,67"),
    ("Program", "P04", "Program Sumber Daya Kesehatan", "15.222.818.300,-", "13.161.127.440,-", "86,46"),
    ("Kegiatan", "P04.01", "Peningkatan Penyediaan Alkes, Alked dan ALat Penunjang Kesehatan Lainnya", "6.700.000.000,-", "5.202.758.408,-", "77,65"),
    ("Kegiatan", "P04.02", "Pembangunan gedung pelayanan rawat inap", "5.201.618.300,-", "5.010.387.100,-", "96,32"),
    ("Kegiatan", "P04.03", "Perencanaan Gedung-Gedung Pelayanan RS Jiwa : gedung klinik keswara,gedung diagnostik, gedung rehabilitasi medik", "604.800.000,-", "385.271.800,-", "63,70"),
    ("Kegiatan", "P04.04", "Peningkatan Kualitas SDM Kesehatan RS Jiwa Provinsi Jawa Barat", "1.550.000.000,-", "1.413.921.782,-", "91,22"),
    ("Kegiatan", "P04.05", "Peningkatan Penyediaan Perlengkapan Pasien", "760.000.000,-", "752.950.700,-", "99,07"),
    ("Kegiatan", "P04.06", "Peningkatan Pemeliharaan Alat Kesehatan dan Alat kedokteran", "406.400.000,-", "395.837.650,-", "97,40"),
    ("Program", "P05", "Program Peningkatan Kesejahteraan Sumber Daya Aparatur", "1.494.000.000,-", "1.473.267.300,-", "98,61"),
    ("Kegiatan", "P05.01", "Peningkatan Kesejahteraan dan Kemampuan Aparatur", "1.494.000.000,-", "1.473.267.300,-", "98,61"),
    ("Program", "P06", "Program Pelayanan Administrasi Perkantoran", "2.192.330.000,-", "2.069.837.413,-", "94,41"),
    ("Kegiatan", "P06.01", "Penyelenggaraan Administrasi Perkantoran", "2.192.330.000,-", "2.069.837.413,-", "94,41"),
    ("Program", "P07", "Program Peningkatan Sarana dan Prasarana Aparatur", "7.833.321.000,-", "7.476.822.950,-", "95,45"),
    ("Kegiatan", "P07.01", "Peningkatan Penyediaan Sarana Prasarana Perkantoran Pada RS Jiwa", "7.833.321.000,-", "7.476.822.950,-", "95,45"),
    ("Program", "P08", "Program Pemeliharaan Sarana dan Prasarana Aparatur", "5.529.960.000,-", "5.286.632.068", "95.60"),
    ("Kegiatan", "P08.01", "Peningkatan Pemeliharaan Sarana dan Prasarana Perkantoran", "5.529.960.000,-", "5.286.632.068", "95.60"),
    ("Program", "P09", "Program Pengelolaan Keuangan dan kekayaan Daerah", "100.000.000,-", "97.719.250,-", "97,72"),
    ("Kegiatan", "P09.01", "Kegiatan Pengelolaan Keuangan di RS Jiwa Provinsi Jawa Barat", "100.000.000,-", "97.719.250,-", "97,72"),
    ("Program", "P10", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", "212.384.000,-", "194.688.050,-", "91,67"),
    ("Kegiatan", "P10.01", "Sistem Perencanaan, Pelaporan dan Evaluasi Kinerja Rumah Sakit", "212.384.000,-", "194.688.050,-", "91,67"),
)

# 3.1.1 (p. 16): "80 s/d 100 % = Sangat Baik (SB); 60 s/d 79 % = Baik (B);
# 50 s/d 59 % = Sedang (K); < 49 % = Kurang (SK)".
_SKALA = _rows(
    "predikat batas",
    ("Sangat Baik (SB)", "80"),
    ("Baik (B)", "60"),
    ("Sedang (K)", "50"),
    ("Kurang (SK)", "0"),
)

# Printed captions, section headings and column headers that carry a year.
_JUDUL = _rows(
    "kode lembar judul",
    ("J1", "Tabel 2.2", "TARGET 2014 2015 2016 2017 2018"),
    ("J2", "Tabel 2.6", "2.3 Perjanjian Kinerja Tahun 2015"),
    ("J3", "Tabel 2.6", "Perjanjian Kinerja 2016"),
    ("J4", "Tabel 3.4", "Capaian Tahun 2015"),
    ("J5", "Tabel 3.4", "Capaian tahun 2016"),
    ("J6", "Tabel 3.2", "Capaian Thn 2016 terhadap Target Akhir Renstra"),
    ("J7", "Tabel 2.5", "Rencana Anggaran Tahun 2016"),
)

# --------------------------------------------------------------------------
# Text that states figures (years, amounts, counts, values), as printed.
_NARASI = (
    # N01
    ("BAB I 1.1 Latar Belakang", "Laporan Kinerja Instansi Pemerintah (LKIP) merupakan gambaran tingkat keberhasilan maupun kegagalan manajemen dan organisasi dalam upaya pelayanan kepada masyarakat khususnya pelayanan kesehatan jiwa, pencapaian sasaran yang telah ditentukan pada tahun 2015 serta sebagai bentuk pertanggungjawaban atas penggunaan anggaran DPA TA 2015."),
    # N02
    ("BAB I 1.2 Maksud dan Tujuan", "Maksud disusunnya laporan kinerja instansi pemerintah (LKIP) ini adalah sebagai bentuk pertanggungjawaban Rumah Sakit Jiwa Provinsi Jawa Barat dalam pelaksanaan Program dan Kegiatan tahun yang sudah berjalan sebagai tanggung jawab penggunaan anggaran Tahun 2016."),
    # N03
    ("BAB I 1.2 Maksud dan Tujuan", "Tujuan disusunnya Laporan Kinerja Instansi Pemerintah (LKIP) Tahun 2016 ini adalah: a. Mengukur pencapaian kinerja RS Jiwa Provinsi Jawa Barat Tahun 2016 b. Mengetahui gambaran umum dan analisa organisasi pada periode sebelumnya c. Sebagai pedoman evaluasi program kerja d. Sebagai bahan pedoman penyusunan Rencana Anggaran Pembangunan Daerah (RAPBD) dalam pelaksanaan pengelolaan pelayanan di Rumah sakit Jiwa Provinsi Jawa Barat guna pencapaian visi dan misi."),
    # N04
    ("BAB I 1.3 Dasar Hukum", "13) Peraturan Pemerintah Nomor 41 Tahun 2007 tentang Organisasi Perangkat Daerah Peraturan Pemerintah Nomor 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah (Lembaran Negara Republik Indonesia Tahun 2007 Nomor 89, Tambahan Lembaran Negara Republik Indonesia Nomor 4741);"),
    # N05
    ("BAB I 1.3 Dasar Hukum", "16) Peraturan Pemerintah Nomor 8 Tahun 2005 tentang Tata Cara Penyusunan, Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 21, Tambahan Lembaran Negara Republik Indonesia Nomor 4817);"),
    # N06
    ("BAB I 1.3 Dasar Hukum", "27) Peraturan Daerah Provinsi Jawa Barat Nomor 2 Tahun 2009 tentang Rencana Pembangunan Jangka Menengah (RPJM) Daerah Provinsi Jawa Barat Tahun 2008-2013 (Lembaran Daerah Provinsi Jawa Barat Tahun 2009 Nomor 2 Seri E, Tambahan Lembaran Daerah Nomor 60);"),
    # N07
    ("BAB I 1.3 Dasar Hukum", "31) Peraturan Gubernur Jawa Barat Nomor 900/Kep.836-Keu Tahun 2013 , tentang penetapan BLUD Rumah Sakit Jiwa Provinsi Jawa Barat"),
    # N08
    ("BAB II 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", "Dalam mendukung visi dan misi Pemerintah Provinsi Jawa Barat khususnya pada misi satu “Mewujudkan Sumber Daya Manusia Jawa Barat yang Produktif dan Berdaya Saing”, pada bidang kesehatan dengan sasaran meningkatkan kesejahteraan dengan misi meningkatkan kualitas pelayanan kesehatan maka RS Jiwa Provinsi Jawa Barat menyusun visi dan misi sebagai berikut : a) VISI : “ Menjadi Rumah Sakit Jiwa Unggulan di Jawa Barat Tahun 2018 “ b) MISI : 1) Mengembangkan pelayanan kesehatan jiwa anak remaja, rehabilitasi mental dan rehabilitasi Napza secara konfrehensif. 2) Meningkatkan mutu, keselamatan kerja berstandar internasional 3) Mengembangkan jejaring institusi pendidikan, penelitian kesehatan jiwa 4) Meningkatkan profesionalime berbasis kinerja"),
    # N09
    ("BAB II 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", "Rumah Sakit Jiwa Provinsi Jawa Barat pada periode tahun 2013 sampai dengan 2018 mempunyai program dan kegiatan serta kebijakan mengarah kepada tercapainya sasaran dan indikator sasaran, diantaranya:"),
    # N10
    ("BAB II 2.3 Perjanjian Kinerja", "Berdasarkan pada visi, misi dan kebijakan pembangunan pada tahun 2013–2018 maka prioritas pembangunan pada tahun 2016 dituangkan dalam sasaran strategis serta indikator dan target yang akan dicapai pada tahun 2016 yaitu sebagai berikut :"),
    # N11
    ("BAB II 2.3 Perjanjian Kinerja", "Dari perjanjian kinerja pada tahun 2016, pencapaian kinerja adalah untuk IKM 82% diatas target yang ditetapkan 75% untuk tingkat sehat pengelolaan pelayanan Rumah Sakit keuangan, pelayanan, mutu & manfaat sudah tercapai sesuai target."),
    # N12
    ("BAB III A. Capaian Kinerja", "Pengukuran pencapaian kinerja dihitung dengan berorientasi pada hasil (result) dari setiap kegiatan dengan menggunakan indikator – indikator yang terukur dan sebagai batasan untuk mengukur kinerja maka dibuat suatu Penilaian, dengan batasan nilai sebagai berikut : 80 s/d 100 % = Sangat Baik (SB) 60 s/d 79 % = Baik (B) 50 s/d 59 % = Sedang (K) < 49 % = Kurang (SK)"),
    # N13
    ("BAB III A. Capaian Kinerja", "Kinerja Sasaran Strategis untuk tahun 2016 dapat diukur dari Pencapaian sasaran startegis yaitu sebagai berikut:"),
    # N14
    ("BAB III Analisis Capaian per Indikator", "Pada tabel 7 dapat terlihat hasil pengukuran kinerja sasaran strategis yang harus dicapai pada tahun 2016 sebagian besar sudah tercapai sangat baik tetapi ada beberapa indikator sasaran tidak tercapai. Untuk jelasnya dapat dirinci pada evaluasi dan analisis per-indikator sasaran yaitu sebagai berikut :"),
    # N15
    ("BAB II 2.2 Program, Kegiatan dan Pendanaan", "Pada LKIP ini juga disampaikan rencana Anggaran Tahun 2016 sebagai berikut:"),
    # N16
    ("BAB III B. Realisasi Anggaran", "Sumber–sumber pendapatan di RS Jiwa Provinsi Jawa Barat berasal dari pelayanan rawat jalan, rawat inap, UGD, penunjang pelayanan medik seperti obat, radiologi, EKG, EEG, pelayanan rehabilitasi. Serta pendapatan lain-lain seperti penyewaan camping ground, mess, diklat. Realisasi pendapatan pada tahun 2016 yaitu sebagai berikut :"),
    # N17
    ("BAB III B. Realisasi Anggaran", "Pada tabel 10 di atas terlihat bahwa Realisasi pendapatan Rumah Sakit Jiwa Provinsi Jawa Barat Tahun Anggaran 2016 telah melebihi target, secara keseluruhan dapat terealisasi sebesar 112,47% dari target yang telah ditetapkan dalam perubahan, dengan rincian capaian kinerja pendapatan berdasarkan jenis penerimaan. Hal tersebut diantaranya disebabkan oleh : 1) Adanya kemudahan dalam penagihan BPJS 2) Bertambahnya kunjungan pasien baik rawat jalan atau rawat inap"),
    # N18
    ("BAB III B. Realisasi Anggaran", "Pada tabel 11 di atas Besar Alokasi Anggaran Belanja Tidak Langsung Sebelum Perubahan Pada RSJ Provinsi Jawa Barat adalah sebesar Rp.50.091.826.058,-. dan Setelah dilakukan Perubahan adalah sebesar Rp.53.986.186.770,- ada penambahan sebesar Rp.3.894.360.712,- Realisasi Anggaran Belanja Tidak Langsung adalah sebesar Rp.51.413.862.701 atau 95,24 %, dari total Belanja Tidak Langsung."),
    # N19
    ("BAB III B. Realisasi Anggaran", "Sedangkan pada Belanja Langsung merupakan belanja yang terkait secara langsung dengan pelaksanaan program dan kegiatan dirinci dalam kelompok Belanja Pegawai, Barang dan Jasa serta Belanja Modal. Rumah Sakit Jiwa Provinsi Jawa Barat mendapatkan alokasi anggaran Belanja Langsung sebesar Rp.54.804.453.700,- dan setelah dilakukan perubahan menjadi sebesar Rp.57.908.396.500,- anggaran tersebut terealisasi sebesar Rp.49.860.375.928,-, atau 86,10%. Hal tersebut disebabkan ada beberapa pekerjaan yang gagal lelang, keterlambatan proses lelang sehingga beberapa pekerjaan tidak cukup waktu untuk lelang, sehingga pekerjaannya tidak dapat dilaksanakan atau di tunda dan dilaksanakan lagi tahun 2017."),
    # N20
    ("BAB IV Penutup", "Keberhasilan kinerja yang telah dicapai pada tahun 2016 ini diantaranya : 1) Pelayanan kepada pasien gangguan jiwa dapat berjalan dengan lancar termasuk untuk pasien miskin yang berobat ke RS Jiwa Provinsi Jawa Barat dapat dilayani semuanya serta ada peningkatan kunjungan 2) Terlaksananya Pelayanan keswa rawat jalan di Jalan LLRE Martadinata Nomor 11 Bandung 3) Penambahan gedung pelayanan rawat inap. 4) Peningkatan standar mutu dengan lulusnya verifikasi akreditasi pelayanan di RS secara paripurna versi 2012 dari KARS. 5) Program dan kegiatan dapat terlaksana dengan baik termasuk dalam anggaran perubahan yang mengalami kenaikan, dan dapat terserap keuangannya sebesar 86,10% dengan realisasi fisik 96,76% dengan katagori penyerapan sangat baik. 6)"),
    # N21
    ("BAB IV Penutup", "Tidak adanya kegagalan yang mengakibatkan terganggunya pelayanan terhadap masyarakat."),
    # N22
    ("BAB IV Penutup", "Kendala dan hambatan yang dihadapi dalam pelaksanaan Program dan kegiatan pada tahun Anggaran 2016 yaitu : 1. Keterlambatan penetapan anggaran perubahan sehingga berdampak berkurangnya waktu lelang dan waktu pekerjaan, akibatnya pekerjaan tidak dapat dilaksanakan 2. Sering terjadinya gagal lelang di ULP Provinsi Jawa Barat, yang mengakibatkan waktu pelaksanaan berkurang. 3. Kurangnya SDM yang bersertifikat pengadaan barang dan jasa sehingga kesulitan dalam menetapkan pejabat pengadaan barang/jasa."),
    # N23
    ("BAB IV Penutup", "Untuk mengatasi kendala dan hambatan yang ada maka ada beberapa langkah antisipatif yang dilakukan yaitu : 1. Meningkatkan koordinasi dengan semua stakeholder. 2. Pemenuhan sarana prasarana untuk persyaratan akuntansi. 3. Melakukan percepatan pemaketan pekerjaan. 4. Meningkatkan koordinasi dengan pihak ULP Provinsi Jawa Barat. 5. Melakukan percepatan penetapan pengelolan anggaran. 6. Pelelangan yang gagal lelang atau tertunda diusulkan kembali di rencana kerja tahun 2017."),
    # N24: the signature (p. 33)
    ("BAB IV Penutup", "Bandung, 30 Desember 2016 Plt.Direktur Rumah Sakit Jiwa Provinsi Jawa Barat dr. H. Komar Hanifi, M.KM. Pembina Utama Muda NIP.195801281988021001"),
)

_NARASI_STAF = narasi(_NARASI)

ROWS: dict[str, list[Record]] = {
    "Tabel 2.1": _TABEL_2_1,
    "Tabel 2.2": _TABEL_2_2,
    "Tabel 2.3": _TABEL_2_3,
    "Tabel 2.4": _TABEL_2_4,
    "Tabel 2.5": _TABEL_2_5,
    "Tabel 2.6": _TABEL_2_6,
    "Tabel 3.1": _TABEL_3_1,
    "Tabel 3.2": _TABEL_3_2,
    "Tabel 3.4": _TABEL_3_4,
    "Realisasi Anggaran": _REALISASI_ANGGARAN,
    "Skala Predikat": _SKALA,
    "Judul Tercetak": _JUDUL,
    "Narasi Staf": _NARASI_STAF,
}

# --------------------------------------------------------------------------
# The report's own tables (Tambahan sheets), every cell the printed string.

_TABEL_7 = (
    ("Persentase peningkatan cakupan pelayanan", "10 %", "100%", "SB"),
    ("Persentase Pasien Relaps", "70%", "100%", "SB"),
    ("Indek Kepuasan Masyarakat", "≥ 75", "102%", "SB"),
    ("Persentase LOS (Length of Stay) < 30 hari", "75 %", "120%", "sb"),
    ("BOR (Bed Occupancy Rate)", "78 %", "88,61%", "B"),
    ("NDR (Net Death Rate)", "0 ‰", "100%", "SB"),
    ("GDR ( Gross Death Rate)", "0 ‰", "100%", "SB"),
    ("Persentase pasien dari keluarga tidak mampu yang dapat terlayani", "95 %", "100%", "SB"),
    ("Persentase SPM yang mencapai target", "75 %", "70,30", "B"),
    ("Persentase Insiden keselamatan pasien", "0 %", "100%", "SB"),
    ("Angka Kecelakaan Kerja", "0 %", "100%", "SB"),
    ("Jumlah MOU dengan institusi pendidikan yang masih berlaku", "50", "115%", "SB"),
    ("Jumlah Institusi pendidikan yang melakukan diklit di RS Jiwa Provinsi Jawa Barat dengan MOU yang masih berlaku", "90 %", "80%", "SB"),
    ("Terakreditasi RS Pendidikan", "10%", "100%", "SB"),
    ("Indeks Kepuasan pelanggan yang melaksanakan diklilt di RS Jiwa", "75", "0", "SK"),
    ("Persentase pegawai yang mengikuti pelatihan minimal 20 jam /tahun", "65%", "70%", "SB"),
    ("Nilai SAKIP", "BB", "90%", "SB"),
    ("Indeks Kepuasan Pegawai", "75%", "80%", "B"),
)

_TABEL_4 = (
    ("Persentase peningkatan cakupan pelayanan", "10 %"),
    ("Persentase Pasien Relaps", "60%"),
    ("Indek Kepuasan Masyarakat", "≥ 80"),
    ("Persentase LOS (Length of Stay) < 30 hari", "80 %"),
    ("BOR (Bed Occupancy Rate)", "80%"),
    ("Tidak adanya kematian pasien <48 Jam", "100 %"),
    ("Tidak adanya kepamtian pasien GDR ( Gross Death Rate)", "100 %"),
    ("Persentase pasien dari keluarga tidak mampu yang dapat terlayani", "100 %"),
    ("Persentase SPM yang mencapai target", "80 %"),
    ("Tidak adanya Insiden keselamatan pasien", "100 %"),
    ("Tidak adanya Angka Kecelakaan Kerja", "100 %"),
    ("Jumlah MOU dengan institusi pendidikan yang masih berlaku", "85%"),
    ("Jumlah Institusi pendidikan yang melakukan diklit di RS Jiwa Provinsi Jawa Barat dengan MOU yang masih berlaku", "100 %"),
    ("Terakreditasi RS Pendidikan", "-"),
    ("Indeks Kepuasan pelanggan yang melaksanakan diklilt di RS Jiwa", "78"),
    ("Persentase pegawai yang mengikuti pelatihan minimal 20 jam /tahun", "70%"),
    ("Nilai SAKIP", "A"),
    ("Indeks Kepuasan Pegawai", "78"),
)

EXTRAS: tuple[Extra, ...] = (
    # Report Tabel 3 (p. 12-13): kebijakan 1-7 and the programs listed beside each
    # (the program lists are printed with their own numbering, kept as printed).
    Extra("Tambahan Tabel 3", "Kebijakan dan Program Rencana Strategis Tahun 2013 – 2018",
          "2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan",
          ("No", "Kebijakan", "Program"), (
              ("1", "Fokus pada pelayanan Kesehatan jiwa anak dan remaja, Rehabilitasi mental, dan rehabilitasi Napza)", "Program Peningkatan Sarana Prasarana Pelayanan Kesehatan Program Upaya Kesehatan"),
              ("2", "Penerapan metode community dan recovery pada pelayanan kesehatan jiwa", "1. Program Peningkatan Sarana Prasarana Pelayanan Kesehatan 2. Program Pemeliharaan Sarana Prasarana Aparatur 3. Program Sumber Daya kesehatan 4. Program Peningkatan Pengembangan Sistim Lap Kinerja dan Keuangan 5. Program Administrasi perkantoran 6. Program manajemen kesehatan 7. Program Sarana Prasarana Aparatur 8. Program Pemeliharaan Sarana Prasarana Aparatur"),
              ("3", "Diversifikasi pelayanan yang berkaitan dengan pelayanan kesehatan jiwa dan Napza", "1. Program Sumber Daya Kesehatan 2.Program Peningkatan Sarana Prasarana 3. Pelayanan Kesehatan 4. Program Upaya Kesehatan 5. Program Peningkatan Pengembangan Sistim Lap Kinerja dan Keuangan 6. Program Promosi Kesehatan 7. Program Pemeliharaan Sarana Prasarana Aparatur"),
              ("4", "Sesuai dengan standar Akreditasi Versi 2012 Pemenuhan Standar RS Pendidikan", "Program Pemeliharaan Sarana Prasarana Aparatur Program Administrasi Perkantoran Program Peningkatan Kapasitas Sumber Daya Aparatur"),
              ("5", None, "Program Peningkatan Pengembangan Sistim Lap Kinerja dan Keu Program Administrasi Perkantoran Program Sumber Daya Kesehatan Program Peningkatan Sarana Prasarana Pelayanan Kesehatan"),
              ("6", "Peningkatan Kualitas SDM sesuai dengan Standar Kompetensi dari setiap jabatan/profesi", "Program Sumber daya kesehatan Program Peningkatan Sarana Prasarana Pelayanan Kesehatan Program Administrasi Perkantoran"),
              ("7", "Pengelolaan keuangan yang fleksibel dan terukur sesuai dengan Rencana Biaya Anggaran", "Program Sumber Daya kesehatan Program Peningkatan Pengembangan Sistim Lap Kinerja dan Keuangan"),
          )),
    Extra("Tambahan Tabel 4", "Rencana Kinerja Tahun 2016",
          "2.3 Perjanjian Kinerja",
          ("Indikator Kinerja", "Target Th 2016"), _TABEL_4),
    Extra("Tambahan Tabel 6", "Perbandingan target dan realisasi indikator",
          "A. Capaian Kinerja",
          ("Indikator Sasaran", "Target 2015", "Capaian 2015", "Target 2016", "Capaian 2016", "% Capaian kinerja"),
          tuple(r[1:] for r in _TABEL_6)),
    Extra("Tambahan Tabel 7", "Pengukuran indikator kinerja",
          "A. Capaian Kinerja",
          ("Indikator Kinerja", "Target", "% Capai kinerja", "Katagori"), _TABEL_7),
    Extra("Tambahan Tabel 9", "Rencana Anggaran Tahun 2016",
          "2.2 Program, Kegiatan dan Pendanaan",
          ("Program / Kegiatan", "Anggaran Sebelum Perubahan", "Anggaran Sesudah Perubahan"),
          tuple((u, a, b) for _j, _k, u, a, b in _TABEL_9)),
    Extra("Tambahan Tabel 10", "Realisasi Pendapatan Tahun 2016",
          "B. Realisasi Anggaran",
          ("No.", "Uraian", "Target Pendapatan", "Realisasi Pendapatan", "%"), (
              (None, "PENDAPATAN ASLI DAERAH", "16.000.000.000,-", "17.996.756.484,-", "112,47"),
              (None, "Lain-lain Pendapatan Asli Daerah Yang Sah", "16.000.000.000,-", "17.996.756.484,-", "112,47"),
              (None, "Pendapatan Badan Layanan Umum Daerah (BLUD)", "16.000.000.000,-", "17.996.756.484,-", "112,47"),
              (None, "a. Pelayanan Kesehatan Jiwa", "15.200.000.000,-", "17.167.413.793,-", "107,30"),
              (None, "b. Pemanfaatan kekayaan daerah", "800.000.000,-", "829.342.691,-", "103.67"),
              (None, "Jumlah", "16.000.000.000", "17.996.756.484,-", "112,47"),
          )),
)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    left_out = check(IDENTITY, ROWS, unique_keys=True)
    path = write_input(out, IDENTITY, ROWS)
    write_extras(path, EXTRAS)
    counts = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in ROWS.items())
    print(f"{path}: {counts}")
    print("tambahan: " + ", ".join(f"{e.sheet} {len(e.rows)}" for e in EXTRAS))
    print(f"tidak ada di laporan: {', '.join(left_out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
