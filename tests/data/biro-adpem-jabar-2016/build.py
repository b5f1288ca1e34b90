# ruff: noqa: E501
"""The LKIP 2016 of the Biro Administrasi Pembangunan, Setda Provinsi Jawa Barat, as printed.

    uv run python tests/data/biro-adpem-jabar-2016/build.py [output.xlsx]

Source: repo andri000me/aplikasi_esakip, path
"static/datalakip/LAKIP 2016 Update 22 Juni 2017.pdf", commit
324b2cbf7fc2cb27f40433f6252a823d0ee32a25 (see SOURCE.md beside this file for the
page map and where every table and section of the document went).

Every value is the string printed in the report, mistakes included; ``None`` where
the printed cell is blank.  ``lkip_xl.book.inputbook.write_input`` stores a text as a
number only when it has exactly one reading.

Conventions (codes are assigned here; the report has none)
-----------------------------------------------------------
* Sasaran S1..S4 and indicators IK01..IK04 in the order of report Tabel II.2 / III.1:
  S1/IK01 Ketersediaan draft Kebijakan Gubernur (Jumlah Kebijakan Gubernur),
  S2/IK02 Adanya kesesuaian rencana dengan realisasi anggaran (deviasi),
  S3/IK03 Kepatuhan OPD/Biro (OPD tepat waktu), S4/IK04 Kepatuhan Kab/Kota.
* Programs P01..P03 and kegiatan P01.01..P01.08, P02.01, P03.01 in the order of
  report Tabel II.3 (the kegiatan are numbered 1.-10. there).
* Tujuan T1..T3: the list a.-c. of 2.1.1.  Kebijakan AK01..AK04: the list of 2.1.3.
* Report table -> sheet: I.1 -> "Tabel 1.1"; I.2 -> "Tabel 1.3"; I.3 -> "Tabel 1.4"
  (persen from the pie chart under it); II.1 -> "Tabel 2.2" (Target 2016) and, whole,
  "Tambahan Tabel II.1"; II.2 -> "Tabel 2.6"; II.3 -> "Tabel 2.5" and "Tabel 2.4";
  II.4 -> "Tambahan Tabel II.4"; III.1 -> "Tabel 3.1"; III.2 -> "Tabel 3.4";
  III.3 -> "Tabel 3.2"; III.4 -> "Realisasi Anggaran" (the sasaran column in
  Keterangan).  The IKU table (p. 17) and the Kepgub extract (p. 16) are Tambahan.
* Text split by a line or page break is rejoined with one space; list items that
  carry figures are kept inside their paragraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lkip_xl.book.inputbook import write_input

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transcription import Extra, Record, check, narasi, write_extras  # noqa: E402
from transcription import rows as _rows  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "biro-adpem-jabar-2016.xlsx"


_KATA_PENGANTAR = (
    "Puji dan syukur dipanjatkan kehadirat Allah SWT, karena atas perkenan dan karunia-Nya, Laporan Kinerja Instansi Pemerintah (LKIP) Biro Administrasi Pembangunan Tahun 2016 dapat disusun dan diselesaikan sebagaimana telah direncanakan.\n"
    "Laporan Kinerja Instansi Pemerintah ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 yang menegaskan bahwa LKIP merupakan bukti pertanggungjawaban atas pencapaian Visi dan Misi yang dibebankan pada instansi yang bersangkutan serta kepada yang memberi mandat/wewenang dalam satu tahun anggaran.\n"
    "Laporan Kinerja Instansi Pemerintah (LKIP) ini diharapkan dapat bermanfaat dalam mendukung penyusunan Laporan Kinerja Instansi Pemerintah (LKIP) Provinsi Jawa Barat Tahun Anggaran 2016.\n"
    "Penghargaan yang setinggi-tingginya dan ucapan terima kasih tak lupa kami sampaikan kepada semua pihak yang telah membantu dalam penyusunan Laporan Kinerja Instansi Pemerintah (LKIP) Biro Administrasi Pembangunan Tahun 2016 ini."
)

IDENTITY: dict[str, str | None] = {
    "instansi": "Biro Administrasi Pembangunan Sekretariat Daerah",
    "pemerintah": "Provinsi Jawa Barat",
    "kota": "Bandung",
    "tahun": "2016",
    "renstra_awal": "2013",
    "renstra_akhir": "2018",
    # printed "Bandung,                    2017": day and month left blank
    "tanggal": "2017",
    # as signed on p. 3 and p. 4; the Perjanjian Kinerja (p. 19) has "KEPALA BIRO
    # ADMINISTRASI PEMBANGUNAN" and "Pembina Tingkat I"
    "jabatan": "KEPALA BIRO PENGENDALIAN PEMBANGUNAN",
    "nama": "Ir. H. EPI KUSTIAWAN, MP",
    "pangkat": "Pembina Utama Muda",
    "nip": "19620317 198603 1 009",
    "visi": None,  # the report prints the Biro's visi and misi, not the RPJMD's
    "misi": None,
    "kata_pengantar": _KATA_PENGANTAR,
    "sebutan": "LKIP",
    "penomoran": "per bab",
    # the report writes numbers the Indonesian way throughout (5,99%; 6.711.000.000,-)
    "desimal": "koma",
}

# --------------------------------------------------------------------------
# BAB I 1.3: staff

# Report Tabel I.1 "Data PNSD pada Biro Administrasi Pembangunan Setda Provinsi Jawa
# Barat berdasarkan Jenis Kelamin" (p. 10): personil x L/P, JUMLAH.
_TABEL_1_1 = _rows(
    "jenis kode uraian jumlah laki_laki perempuan",
    ("Jabatan", "1", "Kepala Biro", "1", "1", "-"),
    ("Jabatan", "2", "Kepala Bagian", "4", "2", "2"),
    ("Jabatan", "3", "Kepala Sub Bagian", "8", "7", "1"),
    ("Jabatan", "4", "Staf Bagian Fisik", "8", "7", "1"),
    ("Jabatan", "5", "Staf Bagian Ekonomi", "12", "11", "1"),
    ("Jabatan", "6", "Staf Bagian Sosial Budaya", "13", "10", "3"),
    ("Jabatan", "7", "Staf Bagian Pemerintahan", "11", "8", "3"),
    ("Total", "JUMLAH", "JUMLAH", "56", "46", "11"),
)

# Report Tabel I.2 "Jumlah Pegawai ... Berdasarkan Esseloneering" (p. 10).
_TABEL_1_3 = _rows(
    "jenis kode jumlah laki_laki perempuan",
    ("Eselon", "II", "1", "1", "-"),
    ("Eselon", "III", "4", "2", "2"),
    ("Eselon", "IV", "8", "7", "1"),
    ("Total", "JUMLAH", "13", "10", "3"),
)

# Report Tabel I.3 "Jumlah Pegawai ... Menurut Jenis Pendidikan Terakhir" (p. 11),
# numbered 1, 2, 3, 4, 3, 4, 5 (no place for the No).  Persen: the labels of the pie
# "Grafik PNS Biro Administrasi Pembangunan Berdasarkan Tingkat Pendidikan" under
# it (S3 0%, S2 35%, S1 33%, D3 2%, SMA 28%, SMP 0%, SD 2%; the pie says SMA where
# the table says SMU).  The table prints no total persen.
_TABEL_1_4 = _rows(
    "jenis kode jumlah laki_laki perempuan persen",
    ("Pendidikan", "S3", "-", "-", "-", "0%"),
    ("Pendidikan", "S2", "20", "16", "4", "35%"),
    ("Pendidikan", "S1", "19", "15", "4", "33%"),
    ("Pendidikan", "D3", "1", "1", "-", "2%"),
    ("Pendidikan", "SMU", "16", "12", "3", "28%"),
    ("Pendidikan", "SMP", "-", "-", "-", "0%"),
    ("Pendidikan", "SD", "1", "1", "-", "2%"),
    ("Total", "JUMLAH", "56", "45", "11", None),
)

# --------------------------------------------------------------------------
# BAB II

_S1 = "Ketersediaan draft Kebijakan Gubernur Bidang Administrasi Pembangunan"
_S2 = "Adanya kesesuaian rencana dengan realisasi anggaran"
_S3 = "Meningkatnya Prosentase Kepatuhan OPD/Biro dalam Pelaporan Kinerja"
_S4 = "Meningkatnya Prosentase Kepatuhan Kab/Kota dalam Pelaporan Kinerja"

# 2.1.1: the tujuan of 2013-2018 (list a.-c.); no sasaran is tied to a tujuan.
_TABEL_2_1 = _rows(
    "kode no tujuan kode_sasaran sasaran",
    ("T1", "a.", "Mewujudkan proses penyusunan kebijakan umum administrasi pembangunan yang berkualitas dengan pelibatan berbagai pihak pada bidang sosial budaya, ekonomi, pemerintahan dan fisik", None, None),
    ("T2", "b.", "Koordinasi dan fasilitasi administrasi pembangunan yang semakin optimal", None, None),
    ("T3", "c.", "Meningkatkan akurasi informasi dari hasil pemantauan lapangan, pengendalian serta evaluasi dan Laporan SKPD/OPD dalam kinerja Administrasi Pembangunan", None, None),
)

# Report Tabel II.1 "Indikator Biro Administrasi Pembangunan Tahun 2016" (p. 15): the
# Renstra indicators with satuan and target 2016 (target_4 = 2016 for Renstra
# 2013-2018).  No sasaran printed; the "Indikator RKPD 2016" column is on
# Tambahan Tabel II.1 (the whole table).
_TABEL_2_2 = _rows(
    "kode_sasaran no sasaran kode indikator satuan target_4",
    ("S2", "1", None, "IK02", "Deviasi antara realisasi anggaran dengan rencana", "Persen", "0 sd 5,99 % atau kategori hijau"),
    ("S1", "2", None, "IK01", "Jumlah kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan, dsb) yang disosialisasikan", "Dokumen", "19"),
    ("S3", None, None, "IK03", "Persentase OPD/Biro yang menyampaikan laporan tepat waktu", "Persen", "92%"),
    ("S4", None, None, "IK04", "Persentase Kabupaten/Kota yang menyampaikan laporan tepat waktu", "Persen", "90%"),
)

# 2.1.3: "kebijakan yang diperlukan untuk mencapai Tujuan dan Sasaran" (list 1.-4.).
_TABEL_2_3 = _rows(
    "kode no arah_kebijakan",
    ("AK01", "1.", "Memperluas jejaring kerja (Networking) dan memfasilitasi stakeholders dalam memberikan umpan balik kebijakan administrasi pembangunan"),
    ("AK02", "2.", "Meningkatkan fasilitasi kerjasama pembangunan antar susunan pemerintahan"),
    ("AK03", "3.", "Mengembangkan sistem manajemen pembangunan daerah"),
    ("AK04", "4.", "Meningkatkan kualitas informasi pembangunan strategis"),
)

_P01 = "Program Perencanaan Pengendalian Dan Pengawasan Pembangunan Daerah"
_P02 = "Program Pelayanan Administrasi Perkantoran"
_P03 = "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja Dan Keuangan"
_K = {
    "P01.01": "Kegiatan Evaluasi dan Estimasi Kegiatan APBD Provinsi Jawa Barat",
    "P01.02": "Kegiatan Asistensi RKA/DPA SKPD",
    "P01.03": "Kegiatan Pemanfaatan Pelaporan Sismontep Provinsi Jawa Barat",
    "P01.04": "Kegiatan Penguatan Bidang Ekonomi dan Pembangunan",
    "P01.05": "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Fisik",
    "P01.06": "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Ekonomi",
    "P01.07": "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Sosial Budaya",
    "P01.08": "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Pemerintahan",
    "P02.01": "Kegiatan Pelayanan Administrasi Perkantoran",
    "P03.01": "Perencanaan, Evaluasi dan Pelaporan Internal Biro Administrasi Pembangunan",
}

# Report Tabel II.3 "Program dan Kegiatan Biro Administrasi Pembangunan Tahun 2016"
# (p. 22-23): program rows print no amount; JUMLAH.
_TABEL_2_5 = _rows(
    "jenis kode no uraian pagu",
    ("Program", "P01", None, _P01, None),
    ("Kegiatan", "P01.01", "1.", _K["P01.01"], "350.000.000,-"),
    ("Kegiatan", "P01.02", "2.", _K["P01.02"], "189.575.000,-"),
    ("Kegiatan", "P01.03", "3.", _K["P01.03"], "250.000.000,-"),
    ("Kegiatan", "P01.04", "4.", _K["P01.04"], "700.000.000,-"),
    ("Kegiatan", "P01.05", "5.", _K["P01.05"], "872.000.000,-"),
    ("Kegiatan", "P01.06", "6.", _K["P01.06"], "1.011.425.000,-"),
    ("Kegiatan", "P01.07", "7.", _K["P01.07"], "905.000.000,-"),
    ("Kegiatan", "P01.08", "8.", _K["P01.08"], "920.000.000,-"),
    ("Program", "P02", None, _P02, None),
    ("Kegiatan", "P02.01", "9.", _K["P02.01"], "1.453.000.000,-"),
    ("Program", "P03", None, _P03, None),
    ("Kegiatan", "P03.01", "10.", _K["P03.01"], "60.000.000,-"),
    ("Total", "TOTAL", None, "JUMLAH", "6.711.000.000,-"),
)

# The same program/kegiatan list (Tabel II.3, without amounts; also the lists of the
# Ringkasan Eksekutif and 2.4.1): no indicators or targets printed.
_TABEL_2_4 = [
    {"jenis": r["jenis"], "kode": r["kode"], "no": r["no"], "uraian": r["uraian"]}
    for r in _TABEL_2_5 if r["jenis"] != "Total"
]

# Report Tabel II.2 "Sasaran Strategis dan Indikator Kinerja dengan Target" (p. 21),
# the targets of the Perjanjian Kinerja 2016 (the PK on p. 19 is a scan of the
# signed page only; its lampiran of targets is not in the PDF).
_TABEL_2_6 = _rows(
    "kode_sasaran no sasaran kode indikator target satuan",
    ("S1", "1", _S1, "IK01", "Jumlah Kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan dsb)", "19", "Dokumen"),
    ("S2", "2", _S2, "IK02", "Persentase Perangkat Daerah dengan deviasi realisasi dengan rencana antara 0% s.d -5,99% atau kategori hijau", "40 %", "%"),
    ("S3", "3", _S3, "IK03", "Prosentase OPD yang menyampaikan laporan tepat waktu", "92 %", "%"),
    ("S4", "4", _S4, "IK04", "Prosentase Kab/Kota yang menyampaikan laporan tepat waktu", "90 %", "%"),
)

# --------------------------------------------------------------------------
# BAB III

_I1 = "Jumlah Kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan dsb)"
_I2 = "Deviasi antara realisasi anggaran dengan rencana antara 0 sd 5,99 % atau kategori hijau"
_I3 = "Prosentase OPD yang menyampaikan laporan tepat waktu"
_I4 = "Prosentase Kab/Kota yang menyampaikan laporan tepat waktu"

# Report Tabel III.1 "Nilai Capaian Kinerja Tahun 2016" (p. 26-27).
_TABEL_3_1 = _rows(
    "kode_sasaran no sasaran kode indikator target realisasi capaian",
    ("S1", "1", _S1, "IK01", _I1, "19", "19", "100"),
    ("S2", "2", _S2, "IK02", _I2, "0–5,99%", "5,99%", "100"),
    ("S3", "3", _S3, "IK03", _I3, "92%", "92%", "100"),
    ("S4", "4", _S4, "IK04", _I4, "90%", "90%", "100"),
)

# Report Tabel III.2 "Perbandingan Realisasi Kinerja Tahun 2015 dan 2016" (p. 27-28).
_TABEL_3_4 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_lalu realisasi perubahan_persen",
    ("S1", "1", _S1, "IK01", "Jumlah Kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan dsb)", "17", "19", "11,76"),
    ("S2", "2", _S2, "IK02", "Deviasi antara realisasi anggaran dengan rencana antara 0 sd 5,99 % atau kategori hijau", "5,99%", "5,99%", "0"),
    ("S3", "3", _S3, "IK03", "Prosentase OPD yang menyampaikan laporan tepat waktu", "90%", "92%", "2"),
    ("S4", "4", _S4, "IK04", "Prosentase Kab/Kota yang menyampaikan laporan tepat waktu", "85%", "90%", "5"),
)

# Report Tabel III.3 "Capaian Kinerja terhadap Seluruh Sasaran" (p. 28-29): "Capaian
# 2015" (the 2015 realisasi) -> realisasi_0, 2016 Target -> target_3, Realisasi ->
# realisasi_1, "Target 2017" -> target_4.  Its "Capaian" column (100 four times) has
# no place here (it repeats Tabel III.1's capaian).
_TABEL_3_2 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_0 realisasi_1 target_3 target_4",
    ("S1", "1", "Ketersediaan draft Kebijakan Gubernur Bidang Administrasi Pembangunan", "IK01", "Jumlah Kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan dsb)", "17", "19", "19", "21"),
    ("S2", "2", "Adanya kesesuaian rencana dengan realisasi anggaran", "IK02", "Deviasi antara realisasi anggaran dengan rencana antara 0 sd - 5,99 % atau kategori hijau", "5,99%", "5,99%", "5,99%", "5,99 %"),
    ("S3", "3", "Meningkatnya Prosentase Kepatuhan OPD/Biro dalam Pelaporan Kinerja", "IK03", "Prosentase OPD yang menyampaikan laporan tepat waktu", "90%", "92%", "92%", "95%"),
    ("S4", "4", "Meningkatnya Prosentase Kepatuhan Kab/Kota dalam Pelaporan Kinerja", "IK04", "Prosentase Kab/Kota yang menyampaikan laporan tepat waktu", "85%", "90%", "90%", "95%"),
)

# Report Tabel III.4 "Realisasi Keuangan Biro Administrasi Pembangunan berdasarkan
# Sasaran Strategis" (p. 29-30): kegiatan rows under three sasaran (no program rows,
# no sasaran subtotals); the printed sasaran is in Keterangan on its first kegiatan.
_SA1 = "1. Adanya kesesuaian rencana dengan realisasi anggaran"
_SA2 = "2. Meningkatnya Prosentase Kepatuhan Kab/Kota dan OPD/Biro dalam pelaporan kinerja"
_SA3 = "3. Ketersediaan draft Kebijakan Gubernur Bidang Administrasi Pembangunan"
_REALISASI_ANGGARAN = _rows(
    "jenis kode no uraian anggaran realisasi persen keterangan",
    ("Kegiatan", "P01.01", None, "Kegiatan Evaluasi dan Estimasi Kegiatan APBD Provinsi Jawa Barat", "350.000.000,-", "331.985.000", "94,85%", _SA1),
    ("Kegiatan", "P01.02", None, "Kegiatan Asistensi RKA/DPA SKPD", "189.575.000,-", "163.761.000", "86,36%", None),
    ("Kegiatan", "P01.03", None, "Kegiatan Pemanfaatan Pelaporan Sismontep Provinsi Jawa Barat", "250.000.000,-", "248.954.200", "99,58%", _SA2),
    ("Kegiatan", "P01.04", None, "Kegiatan Penguatan Bidang Ekonomi dan Pembangunan", "700.000.000,-", "693.164.011", "99,02%", None),
    ("Kegiatan", "P01.05", None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Fisik", "872.000.000,-", "872.000.000", "100%", None),
    ("Kegiatan", "P01.06", None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Ekonomi", "1.011.425.000,-", "1,011.080.000", "99,97%", None),
    ("Kegiatan", "P01.07", None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Sosial Budaya", "905.000.000,-", "902.653.215", "99,74%", None),
    ("Kegiatan", "P01.08", None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Pemerintahan", "920.000.000,-", "917.504.464", "99,73%", None),
    ("Kegiatan", "P02.01", None, "Kegiatan Pelayanan Administrasi Perkantoran", "1.453.000.000,-", "1403.419.201", "96,59%", _SA3),
    ("Kegiatan", "P03.01", None, "Perencanaan, Evaluasi dan Pelaporan Internal Biro Administrasi Pembangunan", "60.000.000,-", "59.882.900", "99,80%", None),
    ("Jumlah", "JUMLAH", None, "Jumlah", "6.711.000.000", "6.604.358.991", "98,41%", None),
)

# Printed captions and column headers that carry a year.
_JUDUL = _rows(
    "kode lembar judul",
    ("J1", "Tabel 2.2", "Indikator Biro Administrasi Pembangunan Tahun 2016"),
    ("J2", "Tabel 2.2", "INDIKATOR RKPD 2016"),
    ("J3", "Tabel 2.5", "Program dan Kegiatan Biro Administrasi Pembangunan Tahun 2016"),
    ("J4", "Tabel 3.1", "Nilai Capaian Kinerja Tahun 2016"),
    ("J5", "Tabel 3.4", "Perbandingan Realisasi Kinerja Tahun 2015 dan 2016"),
    ("J6", "Tabel 3.2", "Capaian 2015"),
    ("J7", "Tabel 3.2", "Target 2017"),
)

# --------------------------------------------------------------------------
# Text that states figures (years, amounts, counts, values), as printed.

_KEGIATAN_LIST = (
    "1. Kegiatan Evaluasi dan Estimasi Kegiatan APBD Provinsi Jawa Barat; "
    "2. Kegiatan Asistensi RKA/DPA SKPD; "
    "3. Kegiatan Pemanfaatan Pelaporan Sismontep Provinsi Jawa Barat; "
    "4. Kegiatan Penguatan Bidang Ekonomi dan Pembangunan; "
    "5. Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Fisik; "
    "6. Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Ekonomi "
    "7. Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Sosial Budaya; "
    "8. Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Pemerintahan; "
    "9. Pelayanan Administrasi Perkantoran Biro Administrasi Pembangunan; "
    "10. Perencanaan, Evaluasi dan Pelaporan Internal Biro Administrasi Pembangunan."
)

_NARASI: tuple[tuple[str, str], ...] = (
    # N01
    ("Sampul", "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016 BIRO ADMINISTRASI PEMBANGUNAN SEKRETARIAT DAERAH PROVINSI JAWA BARAT"),
    # N02
    ("Ringkasan Eksekutif", "Sesuai dengan Peraturan Daerah Nomor 20 Tahun 2008 dan Peraturan Gubernur Jawa Barat Nomor 29 Tahun 2009 Biro Administrasi Pembangunan adalah sebagai salah satu unit kerja di lingkup Asisten Perekonomian dan Pembangunan pada Sekretariat Daerah Provinsi Jawa Barat. Sesuai dengan tugas pokok dan fungsinya, Biro Administrasi Pembangunan berkewajiban melaksanakan evaluasi dan pelaporan program dan kegiatan dengan ruang lingkup perencanaan dan implementasi kegiatan termasuk di dalamnya perencanaan dan pencapaian indikator kinerja yang telah ditetapkan. Hal tersebut dilaksanakan dalam rangka mendukung terwujudnya Visi Organisasi dalam proses pembangunan Jawa Barat Tahun 2014 yang mengacu kepada rumusan Visi “Sebagai Unit Kerja Yang Akuntabel Dalam Pengendalian Pembangunan Di Jawa Barat”."),
    # N03
    ("Ringkasan Eksekutif", "Pada Tahun Anggaran 2016 Biro Administrasi Pembangunan berdasarkan Visi dan Misi Tahun 2013 - 2018, Kebijakan Umum Anggaran (KUA) Tahun 2016 serta Prioritas dan Plafon Anggaran Sementara (PPAS) Tahun 2016 telah menetapkan 3 Program, yaitu : 1. Program Perencanaan, Pengendalian dan Pengawasan Pembangunan; 2. Program Pelayanan Administrasi Perkantoran; 3. Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan."),
    # N04
    ("Ringkasan Eksekutif", "Alokasi anggaran Tahun 2016 untuk Biro Administrasi Pembangunan pada kelompok Belanja Langsung setelah Perubahan APBD sebesar Rp. 6.711.000.000,- dengan realisasi sebesar Rp. 6.173.785.026,- atau mencapai (92,00 %)."),
    # N05
    ("Ringkasan Eksekutif", "Dalam rangka implementasi program di atas, serta untuk mendukung tujuan program beserta sasarannya, Biro Administrasi Pembangunan melaksanakan 10 (sepuluh) kegiatan yang terdiri dari: " + _KEGIATAN_LIST),
    # N06
    ("BAB I 1.1 Latar Belakang", "Sebagai bentuk pertanggungjawaban dan akuntabilitas terhadap pelaksanaan program pembangunan dan kegiatan, serta merujuk kepada Instruksi Presiden Nomor 7 Tahun 1999 tentang Akuntabilitas Kinerja Instansi Pemerintah, Biro Administrasi Pembangunan berkewajiban menyusun Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Tahun 2016."),
    # N07
    ("BAB I 1.1 Latar Belakang", "Adapun tujuan penyusunan LAKIP Biro Administrasi Pembangunan Tahun 2016 adalah sebagai berikut: a. Mewujudkan akuntabilitas pelaksanaan program dan kegiatan pada Biro Administrasi Pembangunan Tahun 2016; b. Mengukur ketercapaian kinerja Biro Administrasi Pembangunan terhadap indikator dan target kinerja yang telah ditetapkan di Rencana Kerja Tahun 2016; c. Mengevaluasi keberhasilan pelaksanaan program dan kegiatan di Tahun 2016 sebagai dasar perencanaan program dan kegiatan di Tahun 2017."),
    # N08
    ("BAB I 1.2 Dasar Hukum", "m. Peraturan Daerah Nomor 25 Tahun 2013 tentang Rencana Pembangunan Jangka Menengah Daerah Provinsi Jawa Barat Tahun 2008-2013;"),
    # N09
    ("BAB I 1.2 Dasar Hukum", "o. Peraturan Daerah Provinsi Jawa Barat Nomor 10 Tahun 2015 tentang Anggaran Pendapatan dan Belanja Daerah Tahun 2016;"),
    # N10
    ("BAB I 1.2 Dasar Hukum", "p. Peraturan Daerah Provinsi Jawa Barat Nomor 5 Tahun 2016 tentang perubahan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2016 (Lembaran Daerah Provinsi Jawa Barat Tahun 2016 Nomor Seri A);"),
    # N11
    ("BAB I 1.2 Dasar Hukum", "r. Peraturan Gubernur Jawa Barat No. 115 Tahun 2015 tentang Penjabaran APBD Provinsi Jawa Barat Tahun Anggaran 2016;"),
    # N12
    ("BAB I 1.2 Dasar Hukum", "s. Peraturan Gubernur Jawa Barat No. 40 Tahun 2016 tentang Penjabaran Perubahan APBD Provinsi Jawa Barat Tahun Anggaran 2016 ."),
    # N13
    ("BAB I 1.2 Sumber Daya Manusia", "Berjalannya organisasi Biro Administrasi Pembangunan sangat ditentukan oleh kuantitas maupun kualitas sumber daya manusia aparatur. Untuk melaksanakan tugas pokok dan fungsinya, sampai dengan tanggal 31 Desember 2016, Biro Administrasi Pembangunan didukung oleh pegawai sebanyak 56 orang, dengan profil sebagai berikut :"),
    # N14
    ("BAB I 1.2 Sumber Daya Manusia", "Dari Grafik di atas diketahui bahwa 35 % PNS Biro administrasi pembangunan berpendidikan S-2, 33 % berlatar pendidikan S-1, ini menandakan kemampuan SDM berdasarkan latar belakang pendidikan sudah cukup memadai."),
    # N15
    ("BAB I 1.4 Sistematika Penulisan", "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah Biro Administrasi Pembangunan Sekretariat Daerah Provinsi Jawa Barat dituangkan dalam 4 (empat) Bab dengan sistematika penulisan sebagai berikut :"),
    # N16
    ("BAB II 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", "Dalam melaksanakan akselerasi pembangunan Pemerintah Provinsi Jawa Barat, Biro Administrasi Pembangunan dalam program kerja lima tahunan memuat visi, misi, sasaran, tujuan, kebijaksanaan, program dan rencana kegiatan yang tertuang dalam Renstra Biro Administrasi Pembangunan Tahun 2013-2018."),
    # N17
    ("BAB II 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", "Pencapaian visi dan misi Biro Administrasi Pembangunan pada Tahun 2016 diimplementasikan selaras dengan Sasaran dan Indikator Kinerja pada Rencana Strategis Biro Administrasi Pembangunan Tahun 2013 – 2018 sebagai berikut: 1) Ketersediaan draft Kebijakan Gubernur Bidang Administrasi Pembangunan. 2) Adanya kesesuaian antara rencana dengan realisasi anggaran. 3) Meningkatnya Prosentase Kepatuhan OPD/Biro dalam Pelaporan Kinerja. 4) Meningkatnya Prosentase Kepatuhan Kab/Kota dalam Pelaporan Kinerja."),
    # N18
    ("BAB II 2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", "Dengan merujuk kepada Rencana Kerja Pemerintah Daerah Provinsi Jawa Barat Tahun 2016, Biro Administrasi Pembangunan merencanakan pencapaian indikator tahun 2016 dalam mendukung pencapaian indikator RKPD Pemprov Jabar yaitu sebagai berikut:"),
    # N19
    ("BAB II 2.2 Indikator Kinerja Utama", "Dalam rangka mengukur kinerja Instansi Pemerintah Daerah di lingkungan Pemerintah Provinsi Jawa Barat, telah ditetapkan Keputusan Gubernur Jawa Barat Nomor 061/Kep.1409-Org/2015 tentang Indikator Kinerja Utama Pemerintah Daerah Provinsi dan Organisasi Perangkat Daerah di Lingkungan Pemerintah Daerah Provinsi Jawa Barat."),
    # N20
    ("BAB II 2.3 Perjanjian Kinerja", "Untuk mewujudkan pencapaian target kinerja Biro Administrasi Pembangunan Sekretariat Daerah Tahun 2016, dengan mengacu kepada Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporam Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, disusun Perjanjian Kinerja Biro Organisasi Sekretariat Daerah Tahun 2016 berdasarkan tujuan dan sasaran Rencana Strategis Biro Administrasi Pembangunan Sekretariat Daerah Tahun 2013-2018, sebagai berikut :"),
    # N21: the scanned, signed Perjanjian Kinerja (p. 19), its text.
    ("BAB II 2.3 Perjanjian Kinerja", "PERJANJIAN KINERJA TAHUN 2016. Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertandatangan di bawah ini: Nama : Ir. H. EPI KUSTIAWAN, MP Jabatan : KEPALA BIRO ADMINISTRASI PEMBANGUNAN selanjutnya disebut PIHAK KESATU Nama : AHMAD HERYAWAN Jabatan : GUBERNUR JAWA BARAT selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA. PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami. PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi. PIHAK KEDUA AHMAD HERYAWAN PIHAK KESATU Ir. H. EPI KUSTIAWAN, MP Pembina Tingkat I NIP. 19620317 198603 1 009"),
    # N22
    ("BAB II 2.3 Perjanjian Kinerja", "Berdasarkan rencana kinerja yang telah dijelaskan sebelumnya, dengan merujuk kepada Peraturan Daerah Provinsi Jawa Barat No. 40 Tahun 2016 tentang Perubahan Anggaran Pendapatan dan Belanja Daerah (APBD) Provinsi Jawa Barat Tahun Anggaran 2016, ditetapkan sasaran strategis dan indikator kinerja dengan target-target berikut :"),
    # N23
    ("BAB II 2.2 Program, Kegiatan dan Pendanaan", "Target pencapaian Sasaran Strategis dan Indikator Kinerja Tahun 2016 diterjemahkan ke dalam 3 (tiga) program dan 10 (Sepuluh) kegiatan sebagai berikut: 1. Program Perencanaan, Pengendalian dan Pengawasan Pembangunan Daerah; 2. Program Pelayanan Administrasi Perkantoran; dan 3. Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan."),
    # N24
    ("BAB II 2.2 Program, Kegiatan dan Pendanaan", "Program pembangunan tersebut selanjutnya diimplementasikan dalam 10 (sepuluh) kegiatan, yang diharapkan mampu meningkatkan kinerja khususnya dalam melaksanakan pengendalian dan evaluasi program - program pembangunan di Jawa Barat."),
    # N25
    ("BAB II 2.2 Program, Kegiatan dan Pendanaan", "Bila disandingkan dengan Sasaran Strategis Biro Administrasi Pembangunan Tahun 2013 – 2018, maka program dan kegiatan Biro Administrasi Pembangunan Tahun 2016 dapat dijabarkan sebagai berikut:"),
    # N26
    ("BAB III A. Capaian Kinerja", "Sebagaimana telah ditetapkan dalam Rencana Strategis Tahun 2013-2018, untuk Tahun 2016 Biro Administrasi Pembangunan telah melaksanakan berbagai kegiatan yang mempengaruhi terhadap sasaran strategis. Seluruh kegiatan tersebut direncanakan sebagai bagian dari Penetapan Kinerja Tahun 2016 untuk mencapai 4 (empat) sasaran yang telah ditetapkan. Yang selanjutnya dapat dilihat pada tabel di bawah ini;"),
    # N27
    ("BAB III A. Capaian Kinerja", "Selanjutnya penting juga untuk membandingkan nilai capaian kinerja tahun 2016 dengan tahun 2015 untuk melihat sejauh mana peningkatan/penurunan capaian-capaian yang diperoleh pada kedua tahun tersebut. Hal tersebut dapat dilihat pada tabel dibawah ini:"),
    # N28
    ("BAB III Analisis Capaian per Indikator", "Kinerja Biro Adminitrasi Pembangunan Tahun 2016 tercermin dalam capaian sasaran-sasaran yang dilaksanakan melalui berbagai program dan kegiatan. Pencapaian kinerja seluruh sasaran tahun 2016 dari misi yang telah ditetapkan pada Rencana Strategis, sebagai berikut :"),
    # N29
    ("BAB III Analisis Capaian per Indikator", "Program dan kegiatan yang dilaksanakan dalam pencapaian misi yang telah ditetapkan yaitu sebanyak 10 kegiatan dengan total anggaran sebesar Rp. 6.711.000.000,-"),
    # N30
    ("BAB III B. Realisasi Anggaran", "Berdasarkan alokasi APBD Provinsi Jawa Barat Tahun 2016 dapat dilaporkan realisasi keuangan Biro Administrasi Pembangunan berdasarkan Sasaran Strategis yang telah Ditetapkan sebelumnya."),
    # N31
    ("BAB IV 4.1 Keberhasilan dan Kegagalan Kinerja Sasaran Strategis", "Secara umum implementasi program dari kegiatan Biro Administrasi Pembangunan pada tahun 2016 sebagai upaya mewujudkan Visi dan Misi Biro Administrasi Pembangunan serta Visi dan Misi Pemerintah Provinsi Jawa Barat memiliki capaian keuangan rata-rata sebesar 92 % dan fisik 99,57 %. Adapun indikator kinerja lainnya cenderung meningkat secara signifikan."),
    # N32
    ("BAB IV 4.1 Keberhasilan dan Kegagalan Kinerja Sasaran Strategis", "Kinerja Biro Administrasi Pembangunan di Tahun 2016 tidak terlepas dari keberhasilan dan kegagalan dalam pencapaian sasaran Strategis 2013 – 2018. Gambaran keberhasilan dalam pencapaian sasaran strategis salah satunya ditunjukkan dengan semakin baiknya tingkat kinerja Tim Pelaksanaan Asistensi Rencana Kerja dan Anggaran (RKA) pada Tahun 2016. Hal tersebut ditandai dengan prosentase kehadiran tim asistensi yang mencapai 100%."),
    # N33
    ("BAB IV 4.1 Keberhasilan dan Kegagalan Kinerja Sasaran Strategis", "Keberhasilan lainnya terkait dengan akuntabilitas Bantuan Gubernur yang kualitas perencanaan dan penganggarannya semakin baik dari sisi substansi maupun dari sisi kelengkapan administrasinya. Selain itu baiknya kinerja Biro Administrasi Pembangunan juga ditunjukkan dengan terwujudnya akurasi informasi pembangunan yang didukung dengan hampir tercapainya target jumlah kebijakan Gubernur tentang pelaksanaan evaluasi, monitoring dan estimasi di Jawa Barat."),
    # N34
    ("BAB IV 4.2 Kendala, Hambatan Pencapaian Kinerja Sasaran Strategis dan Langkah Antisipatif", "Dari hasil pengendalian terhadap pelaksanaan 10 (Sepuluh) kegiatan APBD Tahun Anggaran 2016 di Biro Administrasi Pembangunan, secara umum dapat diidentifikasi beberapa permasalahan dan hambatan yaitu:"),
    # N35
    ("Sampul Belakang", "Copyright Biro Pengendalian Pembangunan Sekretariat Daerah Provinsi Jawa Barat 2017"),
)

_NARASI_STAF = narasi(_NARASI)

ROWS: dict[str, list[Record]] = {
    "Tabel 1.1": _TABEL_1_1,
    "Tabel 1.3": _TABEL_1_3,
    "Tabel 1.4": _TABEL_1_4,
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
    "Judul Tercetak": _JUDUL,
    "Narasi Staf": _NARASI_STAF,
}


# --------------------------------------------------------------------------
# The report's own tables that have no sheet of their own: one "Tambahan …" sheet
# each (A1 Judul / B1 caption, A2 Bagian / B2 the part of the report in lkip-xl's
# outline, row 4 the header, rows 5… the rows), every cell the printed string.





EXTRAS: tuple[Extra, ...] = (
    # Report Tabel II.1 (p. 15), whole: the RKPD indicator each Renstra indicator
    # supports.  Indikator RKPD 2 spans the last three rows (given on its first).
    Extra("Tambahan Tabel II.1", "Indikator Biro Administrasi Pembangunan Tahun 2016",
          "2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan",
          ("No", "Indikator RKPD 2016", "Indikator Renstra", "Satuan", "Target"), (
              ("1", "Skala komunikasi organisasi pemerintahan", "Deviasi antara realisasi anggaran dengan rencana", "Persen", "0 sd 5,99 % atau kategori hijau"),
              ("2", "Indeks daya saing provinsi", "Jumlah kebijakan Gubernur bidang Administrasi Pembangunan (Draft Pergub, Kepgub, Surat Edaran, Telaahan, dsb) yang disosialisasikan", "Dokumen", "19"),
              (None, None, "Persentase OPD/Biro yang menyampaikan laporan tepat waktu", "Persen", "92%"),
              (None, None, "Persentase Kabupaten/Kota yang menyampaikan laporan tepat waktu", "Persen", "90%"),
          )),
    # p. 16: the entry "49." of the Kepgub on IKU (organisation, tugas, fungsi).
    Extra("Tambahan Tugas dan Fungsi",
          "Keputusan Gubernur Jawa Barat Nomor 061/Kep.1409-Org/2015, Nomor 49",
          "2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan",
          ("Uraian", "Isi"), (
              ("Nama Organisasi", "Biro Administrasi Pembangunan"),
              ("Tugas", "Penyelenggaraan perumusan bahan kebijakan umum bidang administrasi pembangunan, membantu Asisten Perekonomian dan Pembangunan melakukan koordinasi, pembinaan dan pengendalian serta fasilitasi pelaksanaan urusan pemerintah Daerah Provinsi Jawa Barat di bidang Administrasi Pembangunan, meliputi aspekadministrasi pembangunan fisik, perekonomian, sosial budaya dan pemerintahan."),
              ("Fungsi", "a. penyelenggaraan perumusan bahan kebijakan umum serta bahan koordinasi, pembinaan dan pengendalian bidang administrasi pembangunan meliputi aspek administrasi pembangunan fisik, perekonomian, sosial budaya dan pemerintahan; b. penyelenggaraan koordinasi, pembinaan dan pengendalian serta fasilitasi pelaksanaan urusan pemerintahan Daerah Provinsi bidang administrasi pembangunan; c. penyelenggaraan monitoring, evaluasi, dan pelaporan pelaksanaan urusan pemerintahan daerah provinsi bidang administrasi pembangunan."),
          )),
    # p. 17, "Indikator Kinerja Utama" (unnumbered; columns numbered 1-5).
    Extra("Tambahan IKU", "Indikator Kinerja Utama",
          "2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan",
          ("No", "Sasaran Strategis", "Indikator Kinerja Utama", "Penjelasan/ Formulasi", "Sumber Data"), (
              ("1.", "Bidang Administrasi Pembangunan", "Jumlah rancangan kebijakan Gubernur bidang administrasi ketersediaan draft kebijakan gubernur pembangunan", "Naskah dinas yang terkait dengan regulasi bidang administrasi pembangunan", "Biro Administrasi Pembangunan"),
              ("2.", "Adanya kesesuaian rencana dengan realisasi anggaran", "Deviasi antara realisasi anggaran dengan rencana antara 0 s.d -5,59 % atau kategori hijau", "Merupakan perhitungan APBD baik belanja langsung maupun belanja tidak langsung dengan formulasi realisasi dikurangi rencana (target)", "Biro Administrasi Pembangunan dan OPD"),
              ("3.", "Meningkatnya prosentase kepatuhan OPD/Biro dalam pelaporan kinerja", "Prosentase OPD yang menyampaikan laporan tepat waktu", "Laporan didapat dari OPD dengan limit waktu tanggal 10 setiap bulannya, dengan formulasi OPD yang tepat waktu dibagi jumlah seluruh OPD Provinsi Jawa Barat kali 100 %", "Laporan Kinerja OPD"),
              ("4.", "Meningkatnya prosentase kepatuhan Kab/Kota dalam pelaporan kinerja", "Prosentase Kab/Kota yang menyampaikan laporan tepat waktu", "Laporan didapat dari laporan konsolidasi Kab/Kota dengan limit waktu tanggal 10 setiap bulannya, dengan formulasi jumlah Kab/Kota yang tepat waktu dibagi jumlah seluruh Kab/Kota di Jawa Barat dikali 100", None),
          )),
    # Report Tabel II.4 (p. 23-24): kegiatan and anggaran under three sasaran.
    Extra("Tambahan Tabel II.4",
          "Program dan Kegiatan Biro Administrasi Pembangunan disandingkan dengan Sasaran Strategis Tahun 2013-2018",
          "2.2 Program, Kegiatan dan Pendanaan",
          ("No.", "Sasaran Strategis", "Program/ Kegiatan", "Anggaran (Rp)"), (
              ("1.", "Adanya kesesuaian rencana dengan realisasi anggaran", "Kegiatan Evaluasi dan Estimasi Kegiatan APBD Provinsi Jawa Barat", "350.000.000,-"),
              (None, None, "Kegiatan Asistensi RKA/DPA SKPD", "189.575.000,-"),
              ("2.", "Meningkatnya Prosentase Kepatuhan Kab/Kota dan OPD/Biro dalam pelaporan kinerja", "Kegiatan Pemanfaatan Pelaporan Sismontep Provinsi Jawa Barat", "250.000.000,-"),
              (None, None, "Kegiatan Penguatan Bidang Ekonomi dan Pembangunan", "700.000.000,-"),
              (None, None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Fisik", "872.000.000,-"),
              (None, None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Ekonomi", "1.011.425.000,-"),
              (None, None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Sosial Budaya", "905.000.000,-"),
              (None, None, "Kegiatan Monitoring Kegiatan APBD Provinsi Jawa Barat Bidang Pemerintahan", "920.000.000,-"),
              ("3.", "Ketersediaan draft Kebijakan Gubernur Bidang Administrasi Pembangunan", "Kegiatan Pelayanan Administrasi Perkantoran", "1.453.000.000,-"),
              (None, None, "Perencanaan, Evaluasi dan Pelaporan Internal Biro Administrasi Pembangunan", "60.000.000,-"),
              (None, "JUMLAH", None, "6.711.000.000,-"),
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
