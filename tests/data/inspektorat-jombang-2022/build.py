# ruff: noqa: E501
"""The LKjIP 2022 of the Inspektorat Kabupaten Jombang, transcribed as printed.

    uv run python tests/data/inspektorat-jombang-2022/build.py [output.xlsx]

Source: repo inspektoratjbg/inspektorat, path
public/upload/arsip/2023-06-13-lkjip-inspektorat-tahun-2022.pdf, commit
5e3eb17b17e61933c05f936ff34a3ee63545303c (see SOURCE.md beside this file for the
page map and where every table and section of the document went).

Every value is the string printed in the report, mistakes included; ``None`` where
the printed cell is blank.  ``lkip_xl.book.inputbook.write_input`` stores a text as a
number only when it has exactly one reading, so compound values such as
"Level 3 (3,157)" or "Nilai A (81,59)" stay text (see SOURCE.md, "Did not fit").

Conventions (codes are assigned here; the report has none)
-----------------------------------------------------------
* Programs P01..P03 in the order of the report's list in 2.1 and of Tabel 3.13:
  P01 Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota, P02 Penyelenggaraan
  Pengawasan, P03 Perumusan Kebijakan, Pendampingan dan Asistensi; kegiatan
  P01.01.. in the printed order ("a.".."h." in 2.1, which is also Tabel 3.13's).
* Indicators: IK01 Maturitas SPIP, IK02 Kapabilitas APIP, IK03 Nilai Evaluasi AKIP
  PD (the order of the Perjanjian Kinerja).  The four 2020 indicators that appear
  only in Tabel 3.4 are IK04..IK07 in that table's order.  Program indicators of
  Tabel 3.8 are IKP01..IKP04.
* Sasaran S1 "Meningkatnya Hasil Pengawasan yang berkualitas dan akuntabel", S2
  "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah"; tujuan T1.
* The report's table numbers differ from the template's sheet names: report Tabel
  1.1 (golongan) -> sheet "Tabel 1.2"; 1.2 (pendidikan) -> "Tabel 1.4"; 1.3
  (jabatan) -> "Tabel 1.1"; 2.1 (PK) -> "Tabel 2.6"; the unnumbered PK program
  table -> "Tabel 2.6 Program"; 3.1 (scale) -> "Skala Predikat"; 3.2 -> "Tabel
  3.1"; 3.3 -> "Analisis Indikator"; 3.4 -> "Tabel 3.4"; 3.5 -> "Tabel 3.2"; 3.6 ->
  "Tabel 3.1" standar_nasional; 3.8 -> "Tabel 3.3" + "Efisiensi Program"; 3.13 ->
  "Realisasi Anggaran".
* Tables of the report's own with no sheet (the golongan grid, the SAKIP and SPIP
  scoring, Tabel 3.4's Target 2022 and Realisasi 2020, Tabel 3.6-3.12 ...) are the
  "Tambahan ..." sheets of EXTRAS, added after write_input by write_extras.
* Text split by a line or page break is rejoined with one space; hyphenation of the
  layout ("Tahun 2018-" / "2023") is rejoined without a space.  List markers that
  open a list item are kept where they are part of the printed paragraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lkip_xl.book.inputbook import write_input

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transcription import Extra, Record, check, write_extras  # noqa: E402
from transcription import rows as _rows  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "inspektorat-jombang-2022.xlsx"


_KATA_PENGANTAR = (
    "Berdasarkan Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah dan Peraturan Presiden Republik Indonesia Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah. Kemudian ditindaklanjuti dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah, maka Inspektorat Kabupaten Jombang menyusun laporan kinerja yang disampaikan kepada Bupati Jombang.\n"
    "Laporan Kinerja ini merupakan bentuk pertanggungjawaban atas semua kegiatan yang dilakukan guna mengetahui tingkat keberhasilan pencapaian sasaran yang ditetapkan dalam dokumen Perjanjian Kinerja Tahun 2022. Dengan menyajikan analisis realisasi kinerja sasaran, sekaligus sebagai bahan untuk mengupayakan perbaikan dan peningkatan kinerja secara berkelanjutan. Dengan Laporan Kinerja ini, diharapkan adanya optimalisasi peran dan fungsi Inspektorat dalam kegiatan pengawasan sehingga mendukung kinerja Inspektorat mewujudkan pengawasan yang berkualitas, efektif dan efisien.\n"
    "Akhirnya kami sampaikan terima kasih dan penghargaan kepada semua pihak yang telah bekerja keras dalam penyusunan Laporan AKuntabilitas Kinerja Instansi Pemerintah (LKjIP) ini dan semoga Tuhan Yang Maha Esa senantiasa memberikan petunjuk serta memberikan kekuatan kepada kita semua dalam melaksanakan kegiatan pemerintahan dan pembangunan. Semoga laporan ini bermanfaat untuk bahan evaluasi terhadap kinerja Inspektorat Kabupaten Jombang sekaligus sebagai bahan penyusunan Laporan Pertanggungjawaban Kinerja Pemerintah Kabupaten Jombang."
)

IDENTITY: dict[str, str | None] = {
    "instansi": "Inspektorat",
    "pemerintah": "Kabupaten Jombang",
    "kota": "Jombang",
    "tahun": "2022",
    "renstra_awal": "2018",
    "renstra_akhir": "2023",
    "tanggal": "30 Januari 2023",
    "jabatan": "INSPEKTUR KABUPATEN JOMBANG",
    "nama": "ABDUL MADJID NINDYAGUNG, SH., MSi.",
    "pangkat": "Pembina Tingkat I",  # the Penutup's signature prints "Pembina Tk. I"
    "nip": "19670105 199212 1 001",
    "visi": None,  # the report does not print the RPJMD's visi
    "misi": "Mewujudkan Tata Kelola Pemerintahan yang Bersih dan Profesional",
    "kata_pengantar": _KATA_PENGANTAR,
    "sebutan": "LKjIP",
    "penomoran": "per bab",
    # the report writes numbers the Indonesian way throughout (SPIP scores 3,157; 3,35)
    "desimal": "koma",
}

# --------------------------------------------------------------------------
# BAB I 1.2: staff (report Tabel 1.3, 1.1, 1.2)

# Report Tabel 1.3 "Sumber Daya Aparatur Berdasarkan Jabatan" (no total row printed).
_TABEL_1_1 = _rows(
    "jenis kode uraian jumlah",
    ("Kelompok", "1", "Jabatan Struktural", "7"),
    ("Jabatan", "1.01", "Inspektur (Eselon II)", "1"),
    ("Jabatan", "1.02", "Sekretaris (Eselon III)", "1"),
    ("Jabatan", "1.03", "Inspektur Pembantu Bidang (Eselon III)", "4"),
    ("Jabatan", "1.04", "Kasubag (Eselon IV)", "1"),
    ("Kelompok", "2", "Jabatan Fungsional", "62"),
    ("Jabatan", "2.01", "Auditor Ahli Madya", "6"),
    ("Jabatan", "2.02", "Auditor Ahli Muda", "16"),
    ("Jabatan", "2.03", "Auditor Ahli Pertama", "13"),
    ("Jabatan", "2.04", "Auditor Pelaksana", "25"),
    ("Jabatan", "2.05", "P2UPD", "1"),
    ("Jabatan", "2.06", "Perencana Ahli Muda", "1"),
    ("Kelompok", "3", "Jabatan Fungsional Umum", "5"),
)

# Report Tabel 1.1 "Sumber Daya Aparatur Berdasarkan Golongan": one row per golongan
# with its printed "Jumlah" (13, 34, 27, 0) and the JUMLAH 74.  The golongan x ruang
# grid (A, B, C, D) is on the sheet "Tambahan Golongan" (EXTRAS below), as printed.
_TABEL_1_2 = _rows(
    "jenis kode jumlah",
    ("Golongan", "IV", "13"),
    ("Golongan", "III", "34"),
    ("Golongan", "II", "27"),
    ("Golongan", "I", "0"),
    ("Total", "JUMLAH", "74"),
)

# Report Tabel 1.2 "Sumber Daya Aparatur berdasarkan Pendidikan".
_TABEL_1_4 = _rows(
    "jenis kode jumlah",
    ("Pendidikan", "Pasca Sarjana (S2)", "11"),
    ("Pendidikan", "Sarjana S1/D-IV", "36"),
    ("Pendidikan", "Diploma III", "27"),
    ("Pendidikan", "SMA (Sederajat)", "-"),
    ("Pendidikan", "SMP (Sederajat)", "-"),
    ("Pendidikan", "SD (Sederajat)", "-"),
    ("Total", "JUMLAH", "74"),
)

# --------------------------------------------------------------------------
# BAB II

_S1 = "Meningkatnya Hasil Pengawasan yang berkualitas dan akuntabel"
_S2 = "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah"

# 2.1 Rencana Strategis: the tujuan in its box, the two sasaran named in the text.
_TABEL_2_1 = _rows(
    "kode no tujuan kode_sasaran sasaran",
    ("T1", None, "Meningkatnya Akuntabilitas dan Kinerja Birokrasi", "S1", _S1),
    ("T1", None, "Meningkatnya Akuntabilitas dan Kinerja Birokrasi", "S2", _S2),
)

# 2.1: the list of programs and kegiatan (no indicators, targets or counts printed).
_TABEL_2_4 = _rows(
    "jenis kode no uraian",
    ("Program", "P01", "1.", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"),
    ("Kegiatan", "P01.01", "a.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    ("Kegiatan", "P01.02", "b.", "Administrasi Keuangan Perangkat Daerah"),
    ("Kegiatan", "P01.03", "c.", "Administrasi Barang Milik Daerah pada Perangkat Daerah"),
    ("Kegiatan", "P01.04", "d.", "Administrasi Kepegawaian Perangkat Daerah"),
    ("Kegiatan", "P01.05", "e.", "Administrasi Umum Perangkat Daerah"),
    ("Kegiatan", "P01.06", "f.", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"),
    ("Kegiatan", "P01.07", "g.", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"),
    ("Kegiatan", "P01.08", "h.", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
    ("Program", "P02", "2.", "Program Penyelenggaraan Pengawasan"),
    ("Kegiatan", "P02.01", "a.", "Penyelenggaraan Pengawasan Internal"),
    ("Kegiatan", "P02.02", "b.", "Penyelenggaraan Pengawasan dengan Tujuan Tertentu"),
    ("Program", "P03", "3.", "Program Perumusan Kebijakan, Pendampingan dan Asistensi"),
    ("Kegiatan", "P03.01", "a.", "Perumusan Kebijakan Teknis di Bidang Pengawasan dan Fasilitasi Pengawasan"),
    ("Kegiatan", "P03.02", "b.", "Pendampingan dan Asistensi"),
)

# Report Tabel 2.1 "Perjanjian Kinerja Inspektorat Kabupaten Jombang Tahun 2022".
# Row 1 prints the sasaran name of sasaran 2 (kept as printed; S1 by its position).
# Satuan and polaritas are not printed.
_TABEL_2_6 = _rows(
    "kode_sasaran no sasaran kode indikator target",
    ("S1", "1.", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah", "IK01", "Maturitas SPIP", "Level 3 (3,35)"),
    ("S1", None, None, "IK02", "Kapabilitas APIP", "Level 3"),
    ("S2", "2.", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah", "IK03", "Nilai Evaluasi AKIP PD", "A (83)"),
)

# The unnumbered program table after report Tabel 2.1 (page 16).  Its group rows
# "A. Program Utama Rp. 1.071.834.400" and "B. Program Penunjang Rp. 12.281.319.513"
# have no place (the table has no group rows); no total is printed.
_TABEL_2_6_PROGRAM = _rows(
    "jenis kode no program anggaran keterangan",
    ("Program", "P02", "1.", "Program Penyelenggaraan Pengawasan", "Rp. 630.395.770", "P-APBD TA 2022"),
    ("Program", "P03", "2.", "Program Perumusan Kebijakan, Pendampingan dan Asistensi", "Rp. 441.438.630", "P-APBD TA 2022"),
    ("Program", "P01", "1.", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 12.281.319.513", "P-APBD TA 2022"),
)

# --------------------------------------------------------------------------
# BAB III

# Report Tabel 3.1 "Skala Nilai Peringkat Kinerja" (Permendagri 86/2017): printed
# intervals "≥ 91", "76 ≤ 90", "66 ≤ 75", "51 ≤ 65", "≤ 50"; their lower bounds.
_SKALA = _rows(
    "predikat batas",
    ("Sangat Tinggi", "91"),
    ("Tinggi", "76"),
    ("Sedang", "66"),
    ("Rendah", "51"),
    ("Sangat Rendah", "0"),
)

_S1_32 = "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel"

# Report Tabel 3.2 "Capaian Kinerja Inspektorat Tahun 2022" (Kriteria -> predikat);
# standar_nasional: "Realisasi Daerah" of report Tabel 3.6 (page 29).
_TABEL_3_1 = _rows(
    "kode_sasaran no sasaran kode indikator target realisasi capaian predikat standar_nasional",
    ("S1", "1.", _S1_32, "IK01", "Maturitas SPIP", "Level 3 (3,35)", "Level 3 (3,157)", "94,24%", "Sangat Tinggi", "Level 3 (3,141)"),
    ("S1", None, None, "IK02", "Kapabilitas APIP", "Level 3", "Level 3", "100%", "Sangat Tinggi", "Level 3 (3,00)"),
    ("S2", "2.", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah", "IK03", "Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A (82,92)", "98,30%", "Sangat Tinggi", "Nilai BB (72,14)"),
)

# Report Tabel 3.5 "Perbandingan Realisasi Kinerja sampai dengan Akhir Periode
# Renstra": Realisasi 2022, Target Akhir Renstra and its "Capaian Realisasi" column
# (capaian against the end-of-Renstra target) as printed.  Its tujuan heading row
# ("Meningkatkan penyelenggaraan pemerintahan yang bersih dan Akuntabel") has no place.
_TABEL_3_2 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_1 target_akhir capaian_akhir",
    ("S1", "1", "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel", "IK01", "Maturitas SPIP", "Level 3 (3,157)", "Level 3 (3,6)", "87,69%"),
    ("S1", None, None, "IK02", "Kapabilitas APIP", "Level 3", "Level 3", "100%"),
    ("S2", "2", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah", "IK03", "Nilai Evaluasi AKIP PD", "Nilai A (81,59)", "Nilai A (83)", "98,30%"),
)

# Report Tabel 3.8, program rows: program indicators with target, realisasi, capaian.
_P01 = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_P02 = "Program Penyelenggaraan Pengawasan"
_P03 = "Program Perumusan Kebijakan, Pendampingan dan Asistensi"
_TABEL_3_3 = _rows(
    "no kode_program program kode indikator target realisasi capaian",
    (None, "P01", _P01, "IKP01", "Persentase rata-rata capaian kinerja aparatur", "100", "100", "100,00"),
    (None, "P02", _P02, "IKP02", "Persentase Tindak Lanjut hasil Pengawasan selesai (APIP dan BPK)", "93", "86,71", "93,24"),
    (None, "P03", _P03, "IKP03", "Persentase kebijakan teknis pengawasan yang diterbitkan", "100", "100", "100,00"),
    (None, "P03", None, "IKP04", "Persentase tindak lanjut selesai atas rekomendasi asistensi dan pendampingan dalam penyelenggaraan pembinaan dan pengawasan internal", "80", "80", "100,00"),
)

# Report Tabel 3.4 "Perbandingan Realisasi Kinerja Tahun ini dengan Tahun Lalu dan
# Beberapa Tahun Terakhir": all seven rows are printed under sasaran 1.  Its "Target
# 2022" and "Realisasi 2020" columns are on the sheet "Tambahan Tabel 3.4".
_S1_34 = "Meningkatnya hasil pengawasan yang berkualitas Dan akuntabel"
_TABEL_3_4 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_lalu realisasi",
    ("S1", "1", _S1_34, "IK04", "Persentase Tindak Lanjut Selesai (Administrasi dan Keuangan)", "N/A", None),
    ("S1", "2", None, "IK05", "Persentase OPD yang telah melaksanakan ZI menuju WBK", "N/A", None),
    ("S1", "3", None, "IK06", "Persentase LK SKPD sesuai SAP", "N/A", None),
    ("S1", "4", None, "IK07", "Nilai Reformasi Birokrasi", "N/A", None),
    ("S1", "5", None, "IK01", "Maturitas SPIP", "Level 3 (3,346)", "Level 3 (3,157)"),
    ("S1", "6", None, "IK02", "Kapabilitas APIP", "Level 3", "Level 3"),
    ("S1", "7", None, "IK03", "Nilai Evaluasi AKIP PD", "A (82,92)", "A (81,59)"),
)

# Report Tabel 3.13 "Jumlah Anggaran dan Realisasi APBD Tahun 2022".
_REALISASI_ANGGARAN = _rows(
    "jenis kode no uraian anggaran realisasi persen",
    ("Program", "P01", "1.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "12.281.319.513", "11.534.782.463", "87,2"),
    ("Kegiatan", "P01.01", None, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "121.337.000", "113.596.500", "93,6"),
    ("Kegiatan", "P01.02", None, "Administrasi Keuangan Perangkat Daerah", "10.568.348.933", "9.943.472.120", "94,1"),
    ("Kegiatan", "P01.03", None, "Administrasi Barang Milik Daerah pada Perangkat Daerah", "700.000", "354.002", "50,6"),
    ("Kegiatan", "P01.04", None, "Administrasi Kepegawaian Perangkat Daerah", "291.197.507", "281.058.110", "96,5"),
    ("Kegiatan", "P01.05", None, "Administrasi Umum Perangkat Daerah", "461.173.073", "408.502.503", "88,6"),
    ("Kegiatan", "P01.06", None, "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "5.000.000", "5.000.000", "100"),
    ("Kegiatan", "P01.07", None, "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "515.068.000", "490.476.887", "95,2"),
    ("Kegiatan", "P01.08", None, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "318.495.000", "292.322.341", "91,8"),
    ("Program", "P02", "2.", "PROGRAM PENYELENGGARAAN PENGAWASAN", "630.395.770", "524.058.289", "70,16"),
    ("Kegiatan", "P02.01", None, "Penyelenggaraan Pengawasan Internal", "600.664.770", "507.455.689", "84,5"),
    ("Kegiatan", "P02.02", None, "Penyelenggaraan Pengawasan dengan Tujuan Tertentu", "29.731.000", "16.602.600", "55,8"),
    ("Program", "P03", "3.", "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI", "441.438.630", "382.861.036", "84,01"),
    ("Kegiatan", "P03.01", None, "Perumusan Kebijakan Teknis di Bidang Pengawasan dan Fasilitasi Pengawasan", "66.132.163", "52.985.500", "80,1"),
    ("Kegiatan", "P03.02", None, "Pendampingan dan Asistensi", "375.306.467", "329.875.536", "87,9"),
    ("Jumlah", "JUMLAH", None, "JUMLAH", "13.353.153.913", "12.441.701.788", "93,17"),
)

# Report Tabel 3.3 "Capaian Kinerja" (3.1.1): target and realisasi 2022 and capaian
# per indicator; uraian: the printed list of efforts under that indicator.
_URAIAN_IK01 = (
    "a) Maturitas SPIP 1. Koordinasi dan Konsultasi dengan BPKP Perwakilan Provinsi JawaTimur untuk melakukan penilaian Maturitas SPIP. "
    "2. Melakukan rekonsiliasi tindak lanjut hasil pengawasan antara APIP dengan OPD terkait. "
    "3. Melakukan pendampingan dan reviu Register Risiko pada seluruh OPD dengan menetapkan daftar risiko atas kegiatan pokok dan menetapkan rencana tindak pengendalian. "
    "4. Melaksanakan Pelatihan Evaluasi Tata Kelola Teknologi Informasi sebagai upaya pengendalian sistem Infromasi. "
    "5. Melaksanakan audit pendapatan sebagai upaya pengendalian penerimaan pendapatan. "
    "6. Melaksanakan reviu Laporan Keuangan Pemerintah Daerah Kabupaten Jombang sebagai upaya memberikan keyakinan terbatas terhadap Laporan Keuangan Pemerintah Daerah sebelum disampaikan kepada BPK. "
    "7. Melaksanakan evaluasi Reformasi Birokrasi (SAKIP, PMPRB, ZI) untuk meningkatkan akuntabilitas kinerja OPD."
)
_URAIAN_IK02 = (
    "b) Kapabilitas APIP 1. Pendampingan oleh BPKP Perwakilan Provinsi Jawa Timur dalam pengisian aplikasi IACM serta dokumen-dokumen untuk kelengkapan elemen. "
    "2. Meningkatkan praktik-praktik yang baik sebagaimana kapabilitas pada Level 3 dengan mengimplementasikan Key Process Area (KPA) secara baik dan terus menerus, serta mulai mempersiapkan diri untuk menuju level kapabilitas yang lebih tinggi. "
    "3. Melakukan Self Asessment secara berkala untuk menjaga dan mempertahankan Kapabilitas APIP level 3 pada 6 elemen Kapabilitas APIP. "
    "4. Mengikuti webinar dan seminar terkait peningkatan kapabilitas APIP yang diselenggarakan baik oleh BPKP Pusat Jakarta maupun oleh BPKP Perwakilan Jawa Timur."
)
_URAIAN_IK03 = (
    "c) Nilai Evaluasi AKIP PD 1. Melaksanakan reviu Dokumen Perencanaan untuk memastikan adanya keterpaduan perencanaan antara RPJMD, Rencana Strategis, dan Rencana Kerja Inspektorat dan melakukan koordinasi dengan Biro Organisasi. "
    "2. Koordinasi secara intens dengan BPKP dalam upaya pencapaian target kinerja utama yang telah diperjanjikan dalam perjanjian kinerja agar tercapai 100% atau lebih. "
    "3. Telah menyusun aplikasi dalam penyusunan dan pengumpulan data kinerja sesuai Standar Operasional Prosedur (SOP) yang jelas pada proses pengumpulan data kinerja. "
    "4. Melaksanakan koordinasi dengan tim evaluasi internal dan tim penyusun dokumen SAKIP setiap tribulan."
)
_ANALISIS_INDIKATOR = _rows(
    "kode indikator tahun_judul target realisasi capaian uraian",
    ("IK01", "Maturitas SPIP", "2022", "Level 3 (3,35)", "Level 3 (3,157)", "94,24%", _URAIAN_IK01),
    ("IK02", "Kapabilitas APIP", "2022", "Level 3", "Level 3", "100%", _URAIAN_IK02),
    ("IK03", "Nilai Evaluasi AKIP PD", "2022", "Nilai A (83)", "Nilai A (81,59)", "98,30%", _URAIAN_IK03),
)

# Report Tabel 3.8 "Perbandingan Realisasi Kinerja dan Realisasi Anggaran Tahun 2022",
# one row per program: capaian of its indicator(s) as printed (P03 prints two
# indicator capaian and no program figure), anggaran, realisasi, "Capaian %" of the
# anggaran.  The total row: "Rata-rata capaian Indikator Utama (Program)" 98,31 and
# the "JUMLAH TOTAL" amounts (two printed rows, one row here).
_EFISIENSI_PROGRAM = _rows(
    "jenis kode program capaian anggaran realisasi serapan",
    ("Program", "P01", _P01, "100,00", "12.281.319.513", "11.534.782.463", "93,92"),
    ("Program", "P02", _P02, "93,24", "630.395.770", "524.058.289", "83,13"),
    ("Program", "P03", _P03, None, "441.438.630", "382.861.036", "86,73"),
    ("Jumlah", "JUMLAH", "JUMLAH TOTAL", "98,31", "13.353.153.913", "12.441.701.788", "93,17"),
)

# --------------------------------------------------------------------------
# Text that states figures (years, amounts, counts, values), as printed.

_NARASI: tuple[tuple[str, str], ...] = (
    ("Sampul", "LAPORAN KINERJA INTERNAL PEMERINTAH (LKjIP) INSPEKTORAT KABUPATEN JOMBANG TAHUN 2022"),
    ("Ringkasan Eksekutif", "Laporan akuntabilitas kinerja Inspektorat Kabupaten Jombang Tahun 2022 disusun melalui pengukuran data kinerja setelah berakhirnya Tahun Anggaran 2022 yang melibatkan seluruh unsur Inspektorat Kabupaten Jombang. Capaian kinerja diukur dengan membandingkan antara realisasi dengan target kinerja yang diperjanjikan dalam dokumen perjanjian kinerja."),
    ("Ringkasan Eksekutif", "Pengukuran kinerja dilakukan terhadap 1 (satu) sasaran dengan menggunakan 3 (tiga) indikator kinerja yang ditetapkan dalam dokumen Perjanjian Kinerja Tahun 2022 dengan rata-rata capaian kinerja 97,51%. Semua pelaksanaan kegiatan dalam pencapaian target terdapat tingkat efisiensi anggaran rata-rata sebesar 9,59% dengan penyerapan anggaran tahun 2022 dari sisi belanja mencapai 93,17%, sedangkan tingkat efisiensi Sumber Daya Manusia sebesar 17,07% dari ketersediaan pegawai sebesar 80,44%."),
    ("Ringkasan Eksekutif", "3. Melakukan koordinasi yang baik dan secara terus menerus dengan BPKP dalam upaya mempertahankan Kapabilitas APIP (Level 3)."),
    ("BAB I 1.2 Tugas Pokok dan Fungsi", "Berdasarkan Peraturan Bupati Jombang Nomor 22 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas Pokok dan Fungsi serta Tata Kerja Inspektorat Kabupaten Jombang, sebagaimana telah diubah dengan Peraturan Bupati Jombang Nomor 63 Tahun 2020, Inspektorat mempunyai tugas pokok membantu Bupati dalam melakukan Pengawasan terhadap pelaksanaan urusan pemerintahan di Daerah Kabupaten, Pelaksanaan pembinaan atas penyelenggaraan Pemerintahan Desa dan Pelaksanaan urusan Pemerintahan Desa, berdasarkan Peraturan Perundang-undangan yang berlaku dengan sistem mekanisme auditing yang professional dan objektif."),
    ("BAB I 1.2 Tugas Pokok dan Fungsi", "a. Sumber Daya Aparatur Inspektorat Kabupaten Jombang yang terdiri : PNS : 74 orang Non PNS : 4 (empat) orang"),
    ("BAB I 1.2 Tugas Pokok dan Fungsi", "e. Non PNS : 4 (empat) orang"),
    ("BAB I 1.3 Isu Strategis", "3. Pengendalian Internal pada Organisasi Pemerintah Daerah SPIP pada level 3(terdefinisi)."),
    ("BAB I 1.3 Isu Strategis", "4. Upaya peningkatan Kapabilitas APIP level 3"),
    ("BAB I 1.4 Cascading Kinerja", "Tujuan dan sasaran RPJMD ditindaklanjuti kedalam tujuan dan sasaran Inspektorat Kabupaten Jombang dalam kurun waktu 5 (lima) tahun kedepan. Tujuan ini dirumuskan untuk memberikan arah dalam setiap penyusunan perencanaan pembangunan yang dilakukan oleh Inspektorat Kabupaten Jombang. Berdasarkan Perubahan RPJMD Kabupaten Jombang Tahun 2018-2023, pelaksanaan tugas dan fungsi Inspektorat Kabupaten Jombang terkait dengan pencapaian misi pertama."),
    ("BAB I 1.4 Cascading Kinerja", "Misi Perubahan RPJMD Kabupaten Jombang Tahun 2018-2023 yaitu “Mewujudkan Tata Kelola Pemerintahan Yang Bersih dan Profesional”, dengan tujuan “Meningkatkan Tata Kelola Pemerintahan Yang Profesional, Akuntabel, Inovatif, Transparan dan Efektif Serta Penyelenggaraan Layanan Publik Yang Berkualitas”. Indikator tujuan RPJMD dari misi pertama ini adalah “Indeks Good Governance”. Inspektorat Kabupaten Jombang mendukung sasaran RPJMD yaitu “Meningkatnya Akuntabilitas dan Kinerja Birokrasi” dengan indikator sasaran “Indeks Reformasi Birokrasi”."),
    ("BAB I 1.4 Cascading Kinerja", "Adapun Tujuan Inspektorat Kabupaten Jombang adalah ‘Meningkatkan Akuntabilitas dan Kinerja Birokrasi” dengan sasaran strategis ada 2 (dua) yaitu “Meningkatnya Hasil Pengawasan yang berkualitas dan Akuntabel “ dan “Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah”."),
    ("BAB I 1.6 Ringkasan Laporan Hasil Evaluasi", "Hasil evaluasi menunjukkan bahwa Inspektorat Kabupaten Jombang memperoleh nilai memperoleh nilai 81,59 % dengan kategori (A) Memuaskan."),
    ("BAB I 1.6 Ringkasan Laporan Hasil Evaluasi", "Dari tabel diatas diketahui bahwa nilai AKIP Inspektorat Kabupaten Jombang mengalami penurunan yang semula 82,92 menjadi 81,59 (A). Hal ini disebabkan dengan adanya perubahan mekanisme penilaian Lembar Kerja Evaluasi (LKE) SAKIP dapat dilihat implementasi SAKIP pada Inspektorat mengalami sedikit penurunan nilai. Beberapa catatan terkait dengan kualitas pelaporan kinerja dan hal-hal substantif yang telah diwujudkan dan dilakukan serta konsistensi dan keberlanjutan (sustainability) dalam implementasi SAKIP tahun 2022."),
    ("BAB I 1.6 Ringkasan Laporan Hasil Evaluasi", "a) Target yang ditetapkan dalam perencanaan kinerja sasaran kurang menantang. Penetapan target pada 2 indikator sasaran terlalu kecil (Maturitas SPIP dan Kapabilitas APIP) dan belum tertuang dengan detail pada definisi operasional, meskipun sudah dijelaskan dengan singkat cara pencapaiannya."),
    ("BAB I 1.6 Ringkasan Laporan Hasil Evaluasi", "b) Anggaran yang ditetapkan belum sepenuhnya mengacu pada perencanaan kinerja jangka menengah yang ditetapkan hal ini dapat dilihat pada tahun 2021 pada Inspektorat Kabupaten Jombang terdapat penambahan pegawai sebanyak 16 orang namun anggaran yang digunakan tidak ada perubahan."),
    ("BAB I 1.6 Ringkasan Laporan Hasil Evaluasi", "a) Berkoordinasi dengan bagian organisasi Sekretariat Daerah dan Bappeda Kabupaten Jombang untuk : Penetapan target pada 2 indikator sasaran yang terlalu kecil (Maturitas SPIP dan Kapabilitas APIP) dan selanjutnya menuangkan pada definisi operasional indikator sasaran OPD."),
    ("BAB II 2.1 Rencana Strategis", "Untuk mewujudkan tujuan yang dicapai oleh Inspektorat Kabupaten Jombang, maka sasaran strategis yang dicapai adalah “Meningkatnya Hasil Pengawasan yang berkualitas dan akuntabel” dan “Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah”."),
    ("BAB II 2.2 Rencana Kerja Tahun 2022", "Rencana kinerja tahun 2022 merupakan dokumen yang menyajikan sasaran beserta indikator kinerja dan target yang akan dicapai pada tahun 2022. Rencana kinerja tersebut selanjutnya dituangkan menjadi Perjanjian Kinerja yang merupakan tolok ukur evaluasi akuntabilitas kinerja pada tahun 2021. Rencana kinerja Inspektorat Kabupaten Jombang dapat dilihat pada lampiran Rencana Kinerja Tahun 2021."),
    ("BAB II 2.3 Perjanjian Kinerja Tahun 2022", "Perjanjian kinerja Inspektorat Kabupaten Jombang Tahun 2022 pada dasarnya adalah pernyataan komitmen yang merepresentasikan tekad dan janji untuk mencapai kinerja yang jelas dan terukur dalam waktu 1 (satu) tahun tertentu dengan mempertimbangkan sumber daya yang dikelola yang didukung dengan program/kegiatan yang didanai oleh APBD Tahun Anggaran 2022."),
    ("BAB III Akuntabilitas", "Akuntabilitas Kinerja Inspektorat Kabupaten Jombang merupakan bentuk pertanggungjawaban kinerja selama Tahun 2021 yang memuat realisasi kinerja dan capain kinerja atas target-target kinerja yang diperjanjikan pada Tahun 2021. Selain itu, realisasi anggaran yang digunakan untuk mencapai target kinerja Tahun 2021 disajikan juga dalam bab ini. Penilaian kinerja dilakukan untuk mengevaluasi dan mengukur dalam rangka pengumpulan data kinerja yang hasilnya akan memberikan gambaran keberhasilan dan kegagalan dalam pencapaian tujuan dan sasaran. Dari hasil pengumpulan data kinerja selanjutnya dilakukan kategorisasi kinerja sesuai dengan tingkat capaian kinerja seperti dijelaskan pada tabel berikut :"),
    ("BAB III 3.1 Capaian Kinerja Organisasi", "Sebagaimana Peraturan Daerah Kabupaten Jombang Nomor 8 Tahun 2021 tentang Perubahan atas Peraturan Daerah Kabupaten Jombang Nomor 1 Tahun 2019 tentang Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Jombang Tahun 2018-2023, Inspektorat Kabupaten Jombang mendukung Misi ke-1 yaitu “Mewujudkan Tata Kelola Pemerintahan yang Bersih dan Profesional” tujuan ke 1 Meningkatkan Tata Kelola Pemerintahan yang Profesional, Akuntabel, Inovatif, Transparan, dan Efektif serta Penyelenggaraan Layanan Publik yang Berkualitas dengan sasaran Meningkatnya Akuntabilitas dan Kinerja Birokrasi."),
    ("BAB III 3.1 Capaian Kinerja Organisasi", "Guna mewujudkan sasaran Meningkatnya Akuntabilitas dan Kinerja Birokrasi dengan indikator Nilai Indeks Reformasi Birokrasi maka Inspektorat yang mempunyai tupoksi dibidang urusan pengawasan, pada tahun 2022 melakukan beberapa langkah-langkah sebagai berikut :"),
    ("BAB III 3.1 Capaian Kinerja Organisasi", "7. Pendampingan terkait Sasaran, Indikator dan Target pada Renstra Perubahan 2019-2023 kepada OPD;"),
    ("BAB III 3.1 Capaian Kinerja Organisasi", "Dari Kegiatan yang mendukung keberhasilan indikator Sasaran Kabupaten sebagaimana tersebut diatas maka Pengukuran Capaian kinerja Inspektorat KabupatenJombang dilakukan dengan cara membandingkan antara target pencapaian indikator sasaran yang telah ditetapkan dengan realisasinya. Dari hasil pengukuran kinerja tersebut, diperoleh data bahwa capaian kinerja Inspektorat Kabupaten Jombang Tahun 2022 dapat dilihat dalam tabel sebagai berikut:"),
    ("BAB III 3.1 Capaian Kinerja Organisasi (Tabel 3.2)", "Dari tabel di atas terdapat satu sasaran strategis dengan 3 indikator kinerja. Pada Tahun 2022, semua realisasi indikator telah mencapai target yang ditetapkan yaitu telahmencapai 100% bahkan lebih, dengan rincian sebagai berikut :"),
    ("BAB III 3.1 Capaian Kinerja Organisasi (Tabel 3.2)", "1. Tingkat Maturitas SPIP Inspektorat Kabupatan Jombang diperoleh berdasarkan Laporan Hasil Quality Assurance (QA) yang dikeluarkan oleh BPKP Provinsi Jawa Timur dengan hasil Level 3 nilai 3,157 (data terlampir)."),
    ("BAB III 3.1 Capaian Kinerja Organisasi (Tabel 3.2)", "2. Kapabilitas APIP Inspektorat Kabupaten Jombang diperoleh berdasarkan Laporan Hasil Quality Assurance (QA) yang dikeluarkan oleh BPKP Provinsi Jawa Timur dengan hasil Level 3 (data terlampir)."),
    ("BAB III 3.1 Capaian Kinerja Organisasi (Tabel 3.2)", "3. Hasil Nilai Evaluasi AKIP PD Inspektorat Kabupaten Jombang diperoleh berdasarkan Laporan Hasil Evaluasi Inspektorat Kabupaten Jombang dengan nilai 3,157 (A). (data terlampir)"),
    ("BAB III 3.1 Capaian Kinerja Organisasi (Tabel 3.2)", "Selanjutnya semua indikator kinerja telah memenuhi klasifikasi sangat tinggi berdasarkan Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017."),
    ("BAB III Evaluasi Dan Analisis Capaian Kinerja Sasaran Strategis", "Pada Tahun 2022, terdapat satu sasaran strategis yang dicerminkan dalam capaian 3 (tiga) indikator kinerja telah dilakukan pengukuran dan 1 (satu) dari 3 (tiga) dari indikator kinerja tersebut telah mencapai target yang ditetapkan pada Tahun 2022. Dengan adanya RPJMD Perubahan Tahun 2018-2023, maka diikuti dengan penyusunan Renstra Perubahan Tahun 2018-2023. Secara rinci, indikator kinerja akan dilakukan penjabaran sebagai berikut :"),
    ("BAB III Sasaran 1", "Sasaran “Meningkatnya Hasil Pengawasan yang Berkualitas dan Akuntabel” diukur menggunakan 2 (dua) indikator, sebagai berikut:"),
    ("BAB III Sasaran 1, 1. Maturitas SPIP", "Rumusan indikator kinerja adalah Level Maturitas SPIP. Tingkat maturitas penyelenggaraan SPIP merupakan kerangka kerja yang memuat karakteristik dasar yang menunjukkan tingkat kematangan penyelenggaraan SPIP yang terstruktur dan berkelanjutan. Kerangka maturitas SPIP terpola dalam enam tingkatan yaitu :"),
    ("BAB III Sasaran 1, 1. Maturitas SPIP", "Sejalan dengan hasil penilaian maturitas SPIP yang telah dilaksanakan oleh Inspektorat, Nilai maturitas penyelenggaraan SPIP Kabupaten Jombang sesuai laporan hasil Penilaian Cepat Maturitas Penyelenggaraan SPIP Terintegrasi Tahun 2022 pada Pemerintah Kabupaten Jombang Nomor PE.09.03/LHP- 913/PW13/3/2022 tanggal 06 Desember 2022 yang dikeluarkan oleh BPKP Perwakilan Provinsi Jawa Timur yaitu sebesar 3,157. Dengan rincian penilaian sebagai berikut :"),
    ("BAB III Sasaran 1, 2. Kapabilitas APIP", "Kapabilitas Aparat Pengawas Intern Pemerintah (APIP) adalah kemampuan APIP untuk melaksanakan aktivitas pengawasan yang ditunjang dengan dukungan pengawasan yang baik sehingga dapat mendorong hasil pengawasan yang berkualitas agar dapat mewujudkan perannya secara efektif. Penilaian Kapabilitas APIP terdiri atas 3 komponen dan 6 elemen, yaitu:"),
    ("BAB III Sasaran 1, 2. Kapabilitas APIP", "Hasil Quality Assurance yang dilakukan BPKP Perwakilan Jawa Timur terhadap 24 Key Process Area (KPA) dari 6 elemen dan 151 pernyataan untuk tingkat kapabilitas APIP level 3 menyimpulkan bahwa Inspektorat Kabupaten Jombang berada pada “Level 3” (delivered). Sebagaimana uraian berikut :"),
    ("BAB III Sasaran 2", "Sasaran “Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah” diukur menggunakan 1 (satu) indikator, yaitu Nilai Evaluasi AKIP PD"),
    ("BAB III 3.1.1 Perbandingan Target dan Realisasi Kinerja Tahun 2022", "Tabel diatas menunjukan realisasi kinerja sasaran secara rata-rata mencapai 97,51%. Sasaran ini didukung oleh seluruh Inspektur Pembantu Bidang, Pejabat Fungsional Auditor dan Pejabat Fungsional Umum yang ada di Inspektorat. Keberhasilan pencapaian 3 (tiga) indikator kinerja sasaran strategis ini tidak terlepas dari usaha untuk meningkatkan kualitas capaian kegiatan yang dilakukan melalui :"),
    ("BAB III 3.1.1 Perbandingan Target dan Realisasi Kinerja Tahun 2022", "Selanjutnya untuk Tahun 2022 telah dilakukan evaluasi Indikator Sub Kegiatan disesuaikan dengan Keputusan Menteri Dalam Negeri Nomor 050-5889 Tahun 2021 tentang Hasil Verifikasi, Validasi, dan Inventarisasi Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah. Hal ini dalam rangka penyamaan indikator sub kegiatan di seluruh Indonesia."),
    ("BAB III 3.1.1 Perbandingan Target dan Realisasi Kinerja Tahun 2022", "Terkait Kapabilitas APIP yang ditargetkan Level III, hal ini sesuai dengan perintah Presiden RI dalam Rapat Koordinasi Nasional Pengawasan Intern Tahun 2015. Penilaian kapabilitas seluruh organisasi APIP di Indonesia merupakan implementasi dari kebijakan Pemerintah secara nasional yang dituangkan dalam ketentuan, yaitu: 1. Peraturan Presiden Nomor 2 Tahun 2015 tentang Rencana Pembangunan Jangka Menengah Nasional Tahun 2015 – 2019 dimana APIP diharapkan memiliki kapabilitas pada Level 3 (integrated); 2. Peraturan Pemerintah Nomor 60 Tahun 2008 Tentang Sistem Pengendalian Intern Pemerintah."),
    ("BAB III 3.1.2 Perbandingan Realisasi Kinerja dengan 2 Tahun Terakhir", "Dari tabel 3.4 dapat diketahui bahwa hanya indikator Kinerja Sasaran “Maturitas SPIP” yang dapat diperbandingkan dengan tahun- tahun sebelumnya. Hal ini tampak pada Nilai Maturitas SPIP pada Tahun 2021 sebesar 3,346 menurun pada Tahun 2022 menjadi 3,157. Hal ini karena indikator penilaian pada SPIP yang baru. Hal ini dapat dilihat sebagai berikut :"),
    ("BAB III 3.1.2 Perbandingan Realisasi Kinerja dengan 2 Tahun Terakhir", "Untuk indikator Kinerja Kapabilitas APIP telah mencapai target yaitu Level 3 sehingga capaiannya 100%. Sedangkan Nilai Evaluasi AKIP PD mengalami penurunan dibandingkan tahun 2021 karena adanya LKE baru serta perlunya memperbaiki pelaporan kinerja serta agar bisa laporan capaian kinerja dapat menjadi acuan pada tahun 2023."),
    ("BAB III 3.1.3 Perbandingan Realisasi Kinerja dengan Target Akhir Renstra", "Berdasarkan Tabel 3.5 dapat disimpulkan bahwa kinerja Inspektorat pada Tahun 2022 secara garis besar mengalami progress positif dan telah sesuai dengan yang telah direncanakan, hal ini dapat dijelaskan sebagai berikut : 1. Target Maturitas SPIP tercapai sebesar 87,69%, sehingga belum mencapai target akhir Perubahan Renstra. 2. Target Kapabilitas APIP telah tercapai sebesar 100%, dan telah mencapai target akhir Perubahan Renstra. 3. Target Nilai Evaluasi AKIP PD yang telah tercapai sebesar 98,30% sehingga belum mencapai target akhir Perubahan Renstra."),
    ("BAB III 3.1.4 Perbandingan dengan Realisasi Kinerja Level Nasional", "Sebagaimana rekomendasi Tim Evaluator SAKIP Tahun 2022 pada Rekomendasi keempat yaitu “ 4. Menginfokan perbandingan realisasi kinerja dengan realisasi kinerja di level daerah/nasional pada dokumen LKJIP.” Maka data pembanding yang dipakai oleh Inspektorat Kabupaten Jombang untuk membandingkan realisasi kinerja Inspektorat Kabupaten Jombang yang dapat dipakai yaitu data pembanding dari Inspektorat Provinsi Jawa Timur dan Nilai SAKIP Pemerintah Kabupaten Jombang."),
    ("BAB III 3.1.4 Perbandingan dengan Realisasi Kinerja Level Nasional", "Dari data tabel di atas, dapat dijelaskan bahwa realisasi 2 (dua) indikator kinerja Inspektorat Kabupaten Jombang melebihi dari realisasi kinerja di atasnya, yaitu “Maturitas SPIP” dan “Nilai Evaluasi AKIP Perangkat Daerah” Pada indikator “Maturitas SPIP”, Pemerintah Kabupaten Jombang lebih unggul daripada realisasi level di atasnya, dalam hal ini Pemerintah Provinsi Jawa Timur. Bahwa realisasi Maturitas SPIP Pemerintah Kabupaten Jombang tercapai 1,157 (Level 3), sedangkan realisasi Maturitas SPIP Provinsi Jawa Timur tercapai 1,141 (Level 3). Hal ini berarti realisasi indikator kinerja Maturitas SPIP Pemerintah Kabupaten Jombang lebih unggul 0,13 poin nilai."),
    ("BAB III 3.1.4 Perbandingan dengan Realisasi Kinerja Level Nasional", "Pada indikator “Nilai Evaluasi AKIP Perangkat Daerah”, Inspektorat Kabupaten Jombang lebih unggul daripada realisasi level di atasnya, dalam hal ini Pemerintah Kabupaten Jombang. Bahwa realisasi Evaluasi AKIP PD Inspektorat Kabupaten Jombang tercapai 81,59 (Nilai A), sedangkan realisasi Nilai Evaluasi AKIP Pemerintah Kabupaten Jombang 72,14 (Nilai BB). Hal ini berarti realisasi indikator kinerja Nilai Evaluasi AKIP PD lebih unggul dari Pemerintah Kabupaten Jombang 7,45 poin nilai."),
    ("BAB III 3.1.5 Analisis Realisasi Kinerja (Tabel 3.7 Faktor Pendorong)", "1. Adanya komitmen dari segenap pegawai Inspektorat dalam upaya Peningkatan Level Maturitas SPIP, Kapabilitas APIP, dan Nilai SAKIP OPD. 2. Adanya komunikasi yangefektif antara staf, rekan kerja maupun denganatasan baik di level staf maupun pimpinan. Serta komunikasi yang efektif antara APIP, BPKP, Aparat Pengawas Eksternal (BPK RI), Auditee dan AparatPenegak Hukum. 3. Adanya upaya terus menerus oleh APIP kepada OPD dalam memetakan risiko di masing-masing OPD. 4. Kerjasama yang baik intern Inspektorat"),
    ("BAB III 3.1.5 Analisis Realisasi Kinerja (Tabel 3.7 Faktor Penghambat)", "1) Register Risiko dalam mencapai target kinerja OPD belum menjadi perhatian dari OPD. 2) Kurangnya update data atas kegiatan Inspektorat yang mendukung penilaian Kapabilitas APIP. 3) Jenis Pemeriksaan dan Jumlah Obyek Pemeriksaan yang berupa mandatory dari pemerintah pusat atas kondisi terkini menyebabkan banyaknya penugasan di luar PKPT."),
    ("BAB III 3.1.5 Analisis Realisasi Kinerja (Tabel 3.7 Tindak Lanjut)", "1. Melakukan pendampingan konsultasi kepada auditan (OPD) berupa sosialisasi , reviu Register Risiko dan Rencana Tindak Pengendalian pada seluruh OPD. 2. Melakukan update data secara berkala atas pemenuhan elemen penilaian kapabilitas APIP. 3. Melakukan koordinasi yang baik dan secara terus menerus dengan BPKP dalam upaya mempertahankan Kapabilitas APIP (Level 3). 4. Dilaksanakannya Perubahan PKPT untuk penyesuaian atas tugas mandatory. 5. Secara rutin melaksanakan monitoring dan evaluasi akuntabilitas kinerja intern Inspektorat."),
    ("BAB III 3.2 Realisasi Anggaran (Maturitas SPIP)", "Maturitas SPIP, didukung oleh program sebagai berikut : Program Penyelenggaraan Pengawasan Sehubungan dengan penyelenggaraan SPIP dalam mencapai tujuan pengendalian intern, maka dilakukan penilaian Level Maturitas SPIP. Anggaran yang dialokasikan untuk Program Penyelenggaraan Pengawasan yang terdiri atas 2 (dua) kegiatan dan 9 (sembilan) Sub Kegiatan dengan total anggaran program anggaran Rp. 630.395.770,00. Hasil-hasil pelaksanaan program penyelenggaraan pengawasan yang telah dicapai pada Tahun 2022, antara lain :"),
    ("BAB III 3.2 Realisasi Anggaran (Maturitas SPIP)", "a. Pelaksanaan penilaian Maturitas SPIP dengan pendampingan oleh BPKP Perwakilan Provinsi Jawa Timur, dengan hasil Quality Assurance dari BPKP Perwakilan Jawa Timur bahwa Kabupaten Jombang Maturitas SPIP berada pada Level 3 dengan nilai 3,157."),
    ("BAB III 3.2 Realisasi Anggaran (Maturitas SPIP)", "b. Pelaksanaan penilaian kapabilitas APIP secara self asessment telah mencapai Level 3."),
    ("BAB III 3.2 Realisasi Anggaran (Maturitas SPIP)", "g. Terlaksananya Pengawasan Desa di 150 Desa."),
    ("BAB III 3.2 Realisasi Anggaran (Kapabilitas APIP)", "4. Kapabilitas APIP, didukung oleh program sebagai berikut : Program Perumusan Kebijakan, Pendampingan, dan Asistensi. Sehubungan dengan penguatan Kapabilitas APIP dalam memperkuat kemampuan untuk melaksanakan tugas – tugas pengawasan yang terdiri dari tiga unsur yang saling terkait yaitu kapasitas, kewenangan, dan kompetensi SDM agar dapat mewujudkan peran APIP secara efektif, maka dilakukan penilaian Kapabilitas APIP. Anggaran yang dialokasikan untuk Program Perumusan Kebijakan, Pendampingan dan Asistensi yang terdiri atas 2 (dua) kegiatan dan 5 (lima) Sub Kegiatan dengan total anggaran program anggaran Rp. 441.438.630,00. Hasil-hasil pelaksanaan program penyelenggaraan pengawasan yang telah dicapai pada Tahun 2022, antara lain :"),
    ("BAB III 3.2 Realisasi Anggaran (Kapabilitas APIP)", "a. Telah dilaksanakan penerbitan perumusan kebijakan teknis terkait pengawasan di Inspektorat Kabupaten Jombang yaitu Program Kerja Pengawasan Tahunan serta Perubahan Pertama dan Kedua Tahun 2022."),
    ("BAB III 3.2 Realisasi Anggaran (Kapabilitas APIP)", "b. Telah dilaksanakan Penilaian PMPRB untuk 10 OPD, Penilaian Zona Integrasi untuk 6 OPD, Reviu Registrasi Resiko untuk seluruh OPD di Kabupaten Jombang, Evaluasi SPIP untuk 10 OPD (salah satunya Kabupaten), Sosialisasi Gratifikasi yang intens, Pelaksanaan upaya pencegahan korupsi melalui Monitoring Center For Prevention Korsupgah KPK serta peran aktif Tim Saber Pungli dan Pelaksanaan Verifikasi LHKASN seluruh PNS Kabupaten Jombang (dikecualikan wajib lapor LHKPN)"),
    ("BAB III 3.2 Realisasi Anggaran (Nilai Evaluasi AKIP PD)", "5. Nilai Evaluasi AKIP PD, didukung oleh program sebagai berikut : Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota Sehubungan dengan pencapaian Nilai SAKIP Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) yang digunakan untuk mengetahui apakah kementerian, lembaga, pemerintah daerah mampu melakukan efisiensi dan efektivitas dalam penggunaananggaran, maka indikator kinerja ini mengampu Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota. Anggaran yang dialokasikan untuk Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota yang terdiri atas 8 (delapan) kegiatan dan 19 (sembilan belas) Sub Kegiatan dengan total anggaran program anggaran Rp. 12.281.319.513,00."),
    ("BAB III 3.2 Realisasi Anggaran (Nilai Evaluasi AKIP PD)", "a. Telah dilaksanakan kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah yaitu Penyusunan Perubahan Renstra Tahun 2018-2023, Renja 2022 dan Perubahan Renja 2021."),
    ("BAB III 3.2 Realisasi Anggaran (Nilai Evaluasi AKIP PD)", "b. Telah dilaksanakan kegiatan Administrasi Keuangan Perangkat Daerah yaitu pemenuhan gaji dan Tambahan Penghasilan Pegawai (TPP) Pegawai selama 14 bulan (termasuk gaji 13 dan Tunjangan Hari Raya atau disebut gaji 14)."),
    ("BAB III 3.2 Realisasi Anggaran (Nilai Evaluasi AKIP PD)", "e. Telah terlaksananya kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah yang meliputi pemeliharaan 1 unit kendaraan dinas jabatan, 18 unit kendaraan dinas operasional baik roda 2 maupun roda 4 dan pemeliharaan sarana dan prasarana gedung kantor meliputi perbaikan/ pemeliharaan laptop, printer, AC kantor, dan perbaikan keramik rumah dinas."),
    ("BAB III 3.2.1 Perbandingan Realisasi Kinerja dan Realisasi Anggaran", "Realisasi Kinerja Inspektorat Kabupaten Jombang Tahun 2022 dibandingkan dengan realisasi anggaran TA. 2022 dapat disajikan sbb. :"),
    ("BAB III 3.2.1 Perbandingan Realisasi Kinerja dan Realisasi Anggaran", "Dari tabel di atas dapat dijelaskan bahwa rata-rata capaian indikator utama (Sasaran) sebesar 97,51%, sedangkan rata-rata capaian indikator program tercapai 98,31% dan rata-rata capaian anggaran tahun 2023 sebesar 93,17%. Dapat disimpulkan bahwa capaian realisasi kinerja utama, kinerja program dan anggaran diangggap Sangat Tinggi."),
    ("BAB III 3.2.2 Efisiensi Anggaran", "Dari tabel tersebut diatas dapat dijelaskan tingkat capaian kinerja penggunaan sumber daya dari sasaran Meningkatnya hasil pengawasan yang berkualitas dan akuntabel dengan indikator sasaran : a. Maturitas SPIP Prosentase Efisiensi Kinerja dari Maturitas SPIP sebesar 11,11%. b. Kapabilitas APIP Prosentase Efisiensi Kinerja dari Kapabilitas APIP 13,27% c. Nilai Evaluasi AKIP PD Prosentase Efisiensi Nilai Evaluasi AKIP PD sebesar 4,38%."),
    ("BAB III 3.2.2 Efisiensi Sumber Daya Manusia", "Kebutuhan pegawai Berdasarkan Analisa Beban Kerja pemenuhan kebutuhan pegawai seharusnya sebanyak 75 orang Auditor, 7 orang pejabat struktural dan 10 Jabatan Fungsional Umum. Sampai dengan 31 Desember 2022 jumlah pemenuhan pegawai di Inspektorat Kabupaten Jombang sejumlah 74 orang, sehingga prosentase pemenuhan kebutuhan pegawai sebesar 80,44%. Dengan jumlah SDM yang masih terbatas namun capaian kinerja pada Tahun 2022 telah tercapai dengan predikat Sangat Baik pada semua indikator Kinerja Sasaran bahkan ada yang mencapai sebesar 100% bahkan lebih."),
    ("BAB III 3.2.2 Efisiensi Sumber Daya Manusia", "Dari tabel di atas, terdapat efisiensi Sumber Daya Manusia sebesar 17,07% dari rata-rata capaian kinerja sebesar 97,51% dikurangi ketersediaan Sumber Daya Manusia sebanyak 74 orang atau 80,44%."),
    ("BAB III 3.2.2 Efisiensi Sarana dan Prasarana", "Berdasar data di atas dapat dijelaskan bahwa sampai dengan 31 Desember 2022 jumlah pemenuhan sarana dan prasarana di Inspektorat Kabupaten Jombang sejumlah 329 unit, dengan kebutuhan sarpras sejumlah 419 unit sehingga prosentase pemenuhan kebutuhan sarana dan prasarana sebesar 78,52%. Dengan jumlah sarpras yang masih terbatas namun capaian kinerja pada Tahun 2022 telah tercapai dengan predikat Sangat Baik pada semua indikator Kinerja Sasaran bahkan ada yang mencapai sebesar 100% bahkan lebih."),
    ("BAB III 3.2.2 Efisiensi Sarana dan Prasarana", "Sesuai dengan rekomendasi kedua Tim Evaluator SAKIP Tahun 2022 bahwa “Menambahkan informasi efisiensi atas sarana prasarana yang memadai dalam laporan kinerja”, maka berikut disajikan efisiensi sarana dan prasarana Inspektorat Kabupaten Jombang, sbb. :"),
    ("BAB III 3.2.2 Efisiensi Sarana dan Prasarana", "Dari tabel di atas, terdapat efisiensi sarana prasarana sebesar 18,99% dari rata-rata capaian kinerja sebesar 97,51% dikurangi ketersediaan Sumber Daya Manusia sebanyak 329 unit atau 78,52%."),
    ("BAB III Capaian Kinerja Anggaran", "Pengukuran pencapaian kinerja anggaran adalah berdasarkan persentase rata-rata realisasi anggaran pada masing-masing program dan kegiatan yang telah ditetapkan dalam DPPA APBD Tahun 2022. Adapun Jumlah APBD Inspektorat Kabupaten Jombang Tahun 2022 adalah sebesar Rp. 13.353.153.913,00 dan terealisasi sebesar Rp. 12.441.701.788,00 atau mencapai 93,17% dengan rincian sebagai berikut :"),
    ("BAB III 3.2 Upaya Perbaikan Kinerja", "Dalam rangka meningkatkan akuntabilitas kinerja serta menumbuh-kembangkan budaya kinerja, selama tahun 2022 Inspektorat Kabupaten Jombang telah melakukan beberapa upaya perbaikan implementasi SAKIP sesuai dengan rekomendasi Tim Evaluator SAKIP Pemerintah Kabupaten Jombang sebagai berikut :"),
    ("BAB III 3.2 Upaya Perbaikan Kinerja", "2. Telah mengirim surat usulan kebutuhan anggaran dan telah dipenuhi pada awal Tahun Anggaran 2023 sebesar Rp. 400.000.000,00 pada 2 (dua) Sub Kegiatan Pengawasan."),
    ("BAB III 3.2 Upaya Perbaikan Kinerja", "3. Evaluasi Akuntabilitas Kinerja yang menggunakan Teknologi Informasi akan diterapkan pada Evaluasi SAKIP Tahun 2023 melalui aplikasi yang akan diluncurkan oleh Bagian Organisasi Setda. Kabupaten Jombang untuk seluruh OPD."),
    ("BAB III 3.2 Upaya Perbaikan Kinerja", "4. Informasi terkait efisiensi atas sarana dan prasaran telah dicantumkan dalam laporan kinerja Tahun 2022."),
    ("BAB III 3.2 Upaya Perbaikan Kinerja", "6. Realisasi kinerja di level daerah/ nasional telah dicantumkan dengan pembanding Inspektorat Provinsi Jawa Timur (Kapabilitas APIP), Provinsi Jawa Timur (Maturitas SPIP) dan Pemerintah Kabupaten Jombang (Nilai AKIP)"),
    ("BAB IV Penutup", "Laporan Kinerja Instansi Pemerintah Inspektorat Kabupaten Jombang Tahun 2022 merupakan pertanggungjawaban atas kinerja Perangkat Daerah dalam rangka mencapai tujuan dan sasaran yang telah ditetapkan dalam Perubahan Rencana Strategis Inspektorat Kabupaten Jombang Tahun 2018-2023 yang berisi uraian tentang capaian indikator kinerja kegiatan, program dan sasaran yang telah dilaksanakan oleh Inspektorat Kabupaten Jombang."),
    ("BAB IV Penutup", "Secara umum pencapaian sasaran strategis Inspektorat Kabupaten Jombang Tahun 2022 adalah sebesar 97,51%. Dalam mendukung pelaksanaan pencapaian sasaran strategis, Inspektorat Kabupaten Jombang mendapatkan alokasi dana APBD Tahun 2022 sebesar Rp. 13.353.153.913,00 dan terealisasi sebesar Rp. 12.441.701.788,00 atau mencapai 93,17%."),
    ("BAB IV Penutup", "Secara keseluruhan Indikator Kinerja Utama Inspektorat Kabupaten Jombang telah berada pada Sangat Baik yaitu Maturitas SPIP mencapai 94,24%, Kapabilitas APIP mencapai 100%, dan Nilai Evaluasi AKIP PD mencapai 98,30%. Dalam proses pencapaian tujuan dan sasaran yang telah ditetapkan oleh Inspektorat Kabupaten Jombang pada Tahun 2022 masih ditemui sejumlah kendala/hambatan yang akan menjadi fokus perbaikan kinerja sebagai berikut :"),
    ("BAB IV Penutup (tanggal)", "Jombang, 30 Januari 2023 INSPEKTUR KABUPATEN JOMBANG ABDUL MADJID NINDYAGUNG, SH., MSi. Pembina Tk. I NIP. 19670105 199212 1 001"),
)

_NARASI_STAF: list[Record] = [
    {"kode": f"N{i:02d}", "bagian": bagian, "teks": teks}
    for i, (bagian, teks) in enumerate(_NARASI, start=1)
]

ROWS: dict[str, list[Record]] = {
    "Tabel 1.1": _TABEL_1_1,
    "Tabel 1.2": _TABEL_1_2,
    "Tabel 1.4": _TABEL_1_4,
    "Tabel 2.1": _TABEL_2_1,
    "Tabel 2.4": _TABEL_2_4,
    "Tabel 2.6": _TABEL_2_6,
    "Tabel 2.6 Program": _TABEL_2_6_PROGRAM,
    "Tabel 3.1": _TABEL_3_1,
    "Tabel 3.2": _TABEL_3_2,
    "Tabel 3.3": _TABEL_3_3,
    "Tabel 3.4": _TABEL_3_4,
    "Realisasi Anggaran": _REALISASI_ANGGARAN,
    "Analisis Indikator": _ANALISIS_INDIKATOR,
    "Efisiensi Program": _EFISIENSI_PROGRAM,
    "Skala Predikat": _SKALA,
    "Narasi Staf": _NARASI_STAF,
}


# --------------------------------------------------------------------------
# The report's own tables that have no sheet of their own: one "Tambahan …" sheet
# each (A1 Judul / B1 caption, A2 Bagian / B2 the part of the report in lkip-xl's
# outline, row 4 the header, rows 5… the rows), every cell the printed string.
# Captions are the printed ones without their number; the report's unnumbered tables
# get a caption made from the sentence that introduces them (SOURCE.md says which).





_SPIP_LEVELS = (
    ("0", "Belum Ada", "K/L/Pemda sama sekali belum memiliki kebijakan dan prosedur yang diperlukan untuk melaksanakan praktek-praktek pengendalian intern"),
    ("1", "Rintisan", "Ada praktik pengendalian intern, namun pendekatan risiko dan pengendalian yang diperlukan masih bersifat ad-hoc dan tidak terorganisasi dengan baik, tanpa komunikasi dan pemantauan sehingga kelemahan tidak diidentifikasi."),
    ("2", "Berkembang", "K/L/Pemda telah melaksanakan praktik pengendalian intern, namun tidak terdokumentasi dengan baik dan pelaksanaannya sangat tergantung pada individu dan belum melibatkan semua unit organisasi. Efektivitas pengendalian belum dievaluasi sehingga banyak terjadi kelemahan yang belum ditangani secara memadai."),
    ("3", "Terdefinisi", "K/L/Pemda telah melaksanakan praktik pengendalian intern dan terdokumentasi dengan baik. Namun evaluasi atas pengendalian intern dilakukan tanpa dokumentasi yang memadai."),
    ("4", "Terkelola dan Terukur", "K/L/P telah menerapkan pengendalian internal yang efektif, masing-masing personel pelaksana kegiatan yang selalu mengendalikan kegiatan pada pencapaian tujuan kegiatan itu sendiri maupun tujuan K/L/Pemda. Evaluasi formal dan terdokumentasi."),
    ("5", "Optimum", "K/L/Pemda telah menerapkan pengendalian intern yang berkelanjutan, terintegrasi dalam pelaksanaan kegiatan yang didukung oleh pemantauan otomatis menggunakan aplikasi komputer"),
)

_TUJUAN_3 = "Meningkatkan penyelenggaraan pemerintahan yang bersih dan Akuntabel"

EXTRAS: tuple[Extra, ...] = (
    # BAB I 1.2 b., report Tabel 1.1 (p. 2): golongan x ruang with the Jumlah per golongan.
    Extra("Tambahan Golongan", "Sumber Daya Aparatur Berdasarkan Golongan",
          "1.2 Sumber Daya Manusia",
          ("No", "Golongan", "A", "B", "C", "D", "Jumlah"), (
              ("1", "IV", "6", "6", "1", "-", "13"),
              ("2", "III", "11", "5", "10", "8", "34"),
              ("3", "II", "-", "-", "27", "-", "27"),
              ("4", "I", "-", "-", "-", "-", "0"),
              (None, "JUMLAH", None, None, None, None, "74"),
          )),
    # BAB I 1.6, captioned "Tabel 2.3" (p. 11; reprinted unnumbered on p. 23 under
    # Sasaran 2).  "Bagian" BAB I: lkip-xl's BAB I ends with 1.2, so it prints there.
    Extra("Tambahan Evaluasi SAKIP", "Hasil Evaluasi Tahun 2022", "BAB I",
          ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi", "% Capaian (Bobot)",
           "Skor per komponen*)"), (
              ("1", "Perencanaan Kinerja", "30%", "26,41", "88,04", "A"),
              ("2", "Pengukuran Kinerja", "30%", "28,75", "95,83", "AA"),
              ("3", "Pelaporan Kinerja", "15%", "7,80", "52,02", "CC"),
              ("4", "Evaluasi Kinerja", "25%", "18,63", "74,50", "BB"),
              (None, "Total", "100%", "81,59", None, None),
          )),
    # BAB III, Sasaran 1, Maturitas SPIP (p. 20-21): the SPIP levels (unnumbered).
    Extra("Tambahan Level SPIP", "Kerangka Maturitas SPIP", "A. Capaian Kinerja",
          ("Level", "Tingkat", "Karakteristik SPIP"), _SPIP_LEVELS),
    # p. 21, an image of the BPKP result with its own title (unnumbered).
    Extra("Tambahan Penilaian SPIP",
          "Hasil Penilaian Cepat Maturitas Penyelenggaraan SPIP Terintegrasi Tahun 2022",
          "A. Capaian Kinerja",
          ("Komponen, Unsur, dan Subunsur Penilaian Maturitas Penyelenggaraan SPIP",
           "Bobot Unsur", "Skor", "Nilai"), (
              ("PENETAPAN TUJUAN", None, None, None),
              ("Kualitas Sasaran Strategis", "50,00%", "4,000", "2,000"),
              ("Kualitas Strategi Pencapaian Sasaran Strategis", "50,00%", "3,000", "1,500"),
              ("SUB JUMLAH PENETAPAN TUJUAN", "100.00%", None, "3,500"),
              ("BOBOT PENETAPAN TUJUAN", "40.00%", None, "1,400"),
              ("STRUKTUR DAN PROSES", None, None, None),
              ("Lingkungan Pengendalian", "30.00%", "2,850", "0,842"),
              ("Penilaian Risiko", "20.00%", "2,583", "0,517"),
              ("Kegiatan Pengendalian", "25.00%", "3,000", "0,750"),
              ("Informasi dan Komunikasi", "10.00%", "3,000", "0,300"),
              ("Pemantauan", "15.00%", "3,000", "0,450"),
              ("SUB JUMLAH STRUKTUR DAN PROSES", "100.00%", None, "2,858"),
              ("BOBOT STRUKTUR DAN PROSES", "30.00%", None, "0,857"),
              ("PENCAPAIAN TUJUAN", None, None, None),
              ("Efektivitas dan Efisiensi Pencapaian Tujuan Organisasi", None, None, None),
              ("Capaian Outcome", "15.00%", "3,000", "0,450"),
              ("Capaian Output", "15.00%", "4,000", "0,600"),
              ("Keandalan Pelaporan Keuangan", None, None, None),
              ("Opini Laporan Keuangan", "25.00%", "3,000", "0,750"),
              ("Pengamanan atas Aset Negara", None, None, None),
              ("Keamanan Administrasi", "10.00%", "3,000", "0,300"),
              ("Keamanan Fisik", "5.00%", "2,000", "0,100"),
              ("Keamanan Hukum", "10.00%", "2,000", "0,200"),
              ("Ketaatan terhadap Peraturan Perundang-undangan", None, None, None),
              ("Temuan Ketaatan – BPK", "20.00%", "3,000", "0,600"),
              ("SUB JUMLAH PENCAPAIAN TUJUAN", "100.00%", None, "3,000"),
              ("BOBOT PENCAPAIAN TUJUAN", "30.00%", None, "0,900"),
              ("NILAI MATURITAS PENYELENGGARAAN SPIP", None, None, "3,157"),
          )),
    # p. 22, Kapabilitas APIP: components and elements with their weights (unnumbered).
    Extra("Tambahan Bobot Kapabilitas", "Komponen dan Elemen Penilaian Kapabilitas APIP",
          "A. Capaian Kinerja",
          ("Komponen", "Bobot (%)", "Elemen", "Bobot (%)"), (
              ("Dukungan Pengawasan", "60", "Pengelolaan SDM", "30"),
              (None, None, "Praktik Profesional", "30"),
              (None, None, "Akuntabilitas dan Manajemen Kinerja", "10"),
              (None, None, "Budaya dan Hubungan Organisasi", "10"),
              (None, None, "Struktur Tata Kelola", "20"),
              ("Aktivitas Pengawasan dan Kualitas Pengawasan", "40", "Peran dan Layanan APIP", "100"),
          )),
    # p. 22, an image: self-assessment and BPKP evaluation per element (unnumbered).
    Extra("Tambahan Hasil Kapabilitas",
          "Hasil Penilaian Mandiri dan Hasil Evaluasi Kapabilitas APIP",
          "A. Capaian Kinerja",
          ("No", "Elemen", "Penilaian Mandiri Skor", "Penilaian Mandiri Level",
           "Hasil Evaluasi Skor", "Hasil Evaluasi Level"), (
              ("1.", "Pengelolaan SDM", "0,54", "3", "0,54", "3"),
              ("2.", "Praktik Profesional", "0,54", "3", "0,54", "3"),
              ("3.", "Akuntabilitas dan Manajemen Kinerja", "0,18", "3", "0,18", "3"),
              ("4.", "Budaya dan Hubungan Organisasi", "0,18", "3", "0,18", "3"),
              ("5.", "Struktur Tata Kelola", "0,36", "3", "0,36", "3"),
              ("6.", "Peran dan Layanan", "1,20", "3", "1,20", "3"),
              (None, "Simpulan entitas", "3,00", "3", "3,00", "3"),
          )),
    # p. 23, Sasaran 2: the SAKIP components and sub-components with their weights.
    Extra("Tambahan Bobot SAKIP", "Komponen Penilaian SAKIP", "A. Capaian Kinerja",
          ("Komponen/Sub Komponen/Kriteria", "Bobot (%)"), (
              ("PERENCANAAN KINERJA", "30,00"),
              ("PEMENUHAN", "6,00"),
              ("KUALITAS RENSTRA", "9,00"),
              ("IMPLEMENTASI", "15,00"),
              ("PENGUKURAN KINERJA", "30,00"),
              ("PELAKSANAAN PENGUKURAN KINERJA", "6,00"),
              ("KUALITAS PENGUKURAN", "9,00"),
              ("IMPLEMENTASI PENGUKURAN", "15,00"),
              ("PELAPORAN KINERJA", "15,00"),
              ("PEMENUHAN PELAPORAN", "3,00"),
              ("PENYAJIAN INFORMASI KINERJA", "4,50"),
              ("PEMANFAATAN INFORMASI KINERJA", "7,50"),
              ("EVALUASI AKUNTABILITAS KINERJA INTERNAL", "25,00"),
              ("PELAKSANAAN EVALUASI AKUNTABILITAS KINERJA", "5,00"),
              ("KUALITAS EVALUASI", "7,50"),
              ("PEMANFAATAN EVALUASI", "5,00"),
          )),
    # Report Tabel 3.4 (p. 26): the two columns sheet Tabel 3.4 has no place for.
    Extra("Tambahan Tabel 3.4",
          "Perbandingan Realisasi Kinerja Tahun ini dengan Tahun Lalu dan Beberapa Tahun "
          "Terakhir: Target 2022 dan Realisasi 2020",
          "A. Capaian Kinerja",
          ("No", "Indikator Kinerja", "Target 2022", "Realisasi 2020"), (
              ("1", "Persentase Tindak Lanjut Selesai (Administrasi dan Keuangan)", "N/A", "92,87%"),
              ("2", "Persentase OPD yang telah melaksanakan ZI menuju WBK", "N/A", "3,77%"),
              ("3", "Persentase LK SKPD sesuai SAP", "N/A", "100%"),
              ("4", "Nilai Reformasi Birokrasi", "N/A", "60"),
              ("5", "Maturitas SPIP", "Level 3 (3,35)", "Level 3 (3,02)"),
              ("6", "Kapabilitas APIP", "Level 3", "N/A"),
              ("7", "Nilai Evaluasi AKIP PD", "A (83)", "N/A"),
          )),
    # p. 27, after report Tabel 3.4: the SPIP score by component with MRI and IEPK
    # (an image, unnumbered).
    Extra("Tambahan Komponen SPIP", "Komponen Penilaian Maturitas SPIP Tahun 2022",
          "A. Capaian Kinerja",
          ("No.", "Komponen Penilaian", "Bobot", "Skor"), (
              ("1.", "Penetapan Tujuan", "40%", "1,400"),
              ("2.", "Struktur dan Proses", "30%", "0.857"),
              ("3.", "Pencapaian Tujuan", "30%", "0,900"),
              (None, "Nilai Maturitas Penyelenggaraan SPIP", None, "3,157"),
              (None, "Nilai Manajemen Risiko Indeks (MRI)", None, "2,900"),
              (None, "Nilai Indeks Efektifitas Pengendalian Korupsi (IEPK)", None, "2,832"),
          )),
    # Report Tabel 3.6 (p. 29), whole: the Realisasi Daerah column is also sheet Tabel
    # 3.1 standar_nasional; the tujuan heading row and the Ket. column are only here.
    Extra("Tambahan Tabel 3.6",
          "Perbandingan Realisasi Kinerja Tahun 2022 dengan Realisasi Kinerja di Level "
          "Nasional/Internasional",
          "A. Capaian Kinerja",
          ("No", "Sasaran", "No", "Indikator Kinerja", "Realisasi 2022", "Realisasi Daerah",
           "Ket."), (
              (None, _TUJUAN_3, None, None, None, None, None),
              ("1", "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel", "1",
               "Maturitas SPIP", "Level 3 (3,157)", "Level 3 (3,141)",
               "Dibandingkan dengan Nilai Maturitas SPIP Provinsi Jawa Timur"),
              (None, None, "2", "Kapabilitas APIP", "Level 3 (3,00)", "Level 3 (3,00)",
               "Dibandingkan dengan Nilai Maturitas SPIP Provinsi Jawa Timur"),
              ("2", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah", "3",
               "Nilai Evaluasi AKIP PD", "Nilai A (81,59)", "Nilai BB (72,14)",
               "Dibandingkan dengan Nilai Evaluasi SAKIP Pemerintah Kabupaten Jombang"),
          )),
    # Report Tabel 3.7 (p. 31): three lists side by side under one "Sasaran" heading.
    Extra("Tambahan Tabel 3.7", "Faktor Pendorong, Faktor Penghambat serta Tindak Lanjut",
          "A. Capaian Kinerja",
          ("Faktor Pendorong", "Faktor Penghambat", "Tindak Lanjut"), (
              tuple(teks for bagian, teks in _NARASI if bagian.startswith("BAB III 3.1.5") and "(Tabel 3.7" in bagian),
          )),
    # Report Tabel 3.8 (p. 34-35), sasaran rows and their average; the program rows are
    # sheets Tabel 3.3 and Efisiensi Program.
    Extra("Tambahan Tabel 3.8 Sasaran",
          "Perbandingan Realisasi Kinerja dan Realisasi Anggaran Tahun 2022: Sasaran",
          "C. Efisiensi Penggunaan Sumber Daya",
          ("Sasaran", "Indikator", "Target", "Realisasi", "Capaian %"), (
              ("Sasaran : Meningkatkan Hasil Pengawasan yang berkualitas dan akuntabel",
               "Maturitas SPIP", "Level 3 (3,35)", "Level 3 (3,157)", "94,24"),
              (None, "Kapabilitas APIP", "Level 3", "Level 3", "100"),
              ("Sasaran : Meningkatnya akuntabilitas dan kinerja perangkat daerah",
               "Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A (81,59)", "98,30"),
              (None, "Rata-rata capaian Indikator Utama (Sasaran)", None, None, "97,51"),
          )),
    # Report Tabel 3.9 (p. 35): efficiency per IKU against its supporting program.
    Extra("Tambahan Tabel 3.9", "Pencapaian Kinerja dan Penyerapan Anggaran Tahun 2022",
          "C. Efisiensi Penggunaan Sumber Daya",
          ("No", "Sasaran", "Indikator Kinerja", "% Capaian Kinerja", "% Realisasi Anggaran",
           "%Tingkat Efisiensi"), (
              ("1", "Meningkatnya hasil akuntabel", "Maturitas SPIP", "94,24%", "83,13%", "11,11%"),
              (None, None, "Kapabilitas APIP", "100%", "86,73%", "13,27%"),
              ("2", "Meningkatnya Akuntabilitas dan Kinerja Perangkat Daerah",
               "Nilai Evaluasi AKIP PD", "98,30%", "93,92%", "4,38%"),
          )),
    # Report Tabel 3.10 (p. 36): one availability and one efficiency for all three rows.
    Extra("Tambahan Tabel 3.10", "Efisiensi Sumber Daya Manusia",
          "C. Efisiensi Penggunaan Sumber Daya",
          ("No", "Sasaran", "Indikator Kinerja", "% Capaian Kinerja", "% Ketersediaan SDM",
           "% Efisiensi"), (
              ("1", "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel",
               "Maturitas SPIP", "94,24%", "80,44%", "17,07%"),
              (None, None, "Kapabilitas APIP", "100%", None, None),
              (None, None, "Nilai Evaluasi AKIP PD", "98,30%", None, None),
          )),
    # Report Tabel 3.11 (p. 37): assets.
    Extra("Tambahan Tabel 3.11",
          "Klasifikasi Aset / Modal maupun Sarana dan Prasarana Penunjang Kinerja "
          "Inspektorat Kabupaten Jombang",
          "C. Efisiensi Penggunaan Sumber Daya",
          ("No.", "Nama/Jenis Barang", "Jumlah tersedia", "Satuan", "Keterangan",
           "Jumlah Kebutuhan", "Kekurangan"), (
              ("1.", "Gedung Kantor", "1", "unit", "Baik", "1", "0"),
              ("2.", "Kendaraan Dinas Roda 4", "9", "unit", "Baik/ Jumlah Kurang", "12", "-3"),
              ("3.", "Kendaraan Dinas Roda 2", "10", "unit", "Baik", "10", "0"),
              ("4.", "Peralatan Lab", "10", "unit", "Baik", "10", "0"),
              ("5.", "Pompa Air", "2", "unit", "Baik", "2", "0"),
              ("6.", "Pendingin Ruangan", "35", "unit", "Baik", "40", "-5"),
              ("7.", "Filling Besi/Metal", "17", "unit", "Baik", "17", "0"),
              ("8.", "Rak Kayu", "20", "unit", "Baik", "20", "0"),
              ("9.", "Meja Kayu", "27", "unit", "Baik/ Jumlah Kurang", "44", "-17"),
              ("10.", "Meja Tulis", "16", "unit", "Baik/ Jumlah Kurang", "30", "-14"),
              ("11.", "Kursi", "114", "unit", "Baik/ Jumlah Kurang", "134", "-20"),
              ("12.", "Laptop", "25", "unit", "Baik/ Jumlah Kurang", "49", "-24"),
              ("13.", "Printer", "34", "unit", "Baik/ Jumlah Kurang", "41", "-7"),
              ("14.", "Meja Kerja Eselon", "9", "unit", "Baik", "9", "0"),
              (None, "Jumlah", "329", None, None, "419", "-90"),
          )),
    # Report Tabel 3.12 (p. 38).
    Extra("Tambahan Tabel 3.12", "Efisiensi Sarana dan Prasarana",
          "C. Efisiensi Penggunaan Sumber Daya",
          ("No", "Sasaran", "Indikator Kinerja", "% Capaian Kinerja", "% Ketersediaan Sarpras",
           "% Efisiensi"), (
              ("1", "Meningkatnya hasil pengawasan yang berkualitas dan akuntabel",
               "Maturitas SPIP", "94,24%", "78,52%", "18,99%"),
              (None, None, "Kapabilitas APIP", "100%", None, None),
              (None, None, "Nilai Evaluasi AKIP PD", "98,30%", None, None),
          )),
)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    left_out = check(IDENTITY, ROWS)
    path = write_input(out, IDENTITY, ROWS)
    write_extras(path, EXTRAS)
    counts = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in ROWS.items())
    print(f"{path}: {counts}")
    print("tambahan: " + ", ".join(f"{e.sheet} {len(e.rows)}" for e in EXTRAS))
    print(f"tidak ada di laporan: {', '.join(left_out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
