# ruff: noqa: E501
"""Write the data workbook of the LKjIP 2021 of the Badan Pendapatan Daerah Provinsi
Kalimantan Timur, transcribed as printed.

    uv run python tests/data/bapenda-kaltim-2021/build.py [output.xlsx]

Source: repo AliffiaRosita/bapenda, public/report-file/report7-1.pdf (commit
5109e998faca6d5d02e787f01f3e0eb7cc85d016); see SOURCE.md beside this file for where
every table and section of the document went.  Every value is the string printed in the
report, mistakes included; ``None`` where the printed cell is blank.  Nothing is
corrected or pre-converted: ``write_input`` stores a number only when the text has
exactly one reading.

Conventions (the document's own codes where it has them)
--------------------------------------------------------
* Programs and kegiatan carry the Permendagri 90 codes of Tabel III.9 (5.02.001,
  5.02.001.1.01 ...).
* Tujuan: T1 "Optimalisasi Sumber Sumber Pendapatan Daerah" (the revised Renstra, Tabel
  II.1) with sasaran S1; T0 / S0 the tujuan and sasaran of the Renstra before its revision
  (the unnumbered table on p. 21).
* Indicators: IK01 "Jumlah realisasi pendapatan" (the only PK indicator); IKR01 the
  sasaran indicator of the Renstra before revision ("Persentase Peningkatan Pendanaan
  Pembangunan Daerah setiap tahunnya").
* Arah kebijakan AK01..AK55 in printed order; the 17 strategi are one numbered list that
  the document does not pair with the kebijakan, so they stand together in the strategi
  cell of AK01 (the cell spans all kebijakan, as a merged cell would).
* Narasi Staf N01..: the paragraphs that state figures or years, rejoined across line
  and page breaks with one space; list markers kept where they are part of the sentence.
* Charts with data labels are transcribed: Gambar I.2 (eselon by sex) -> Tabel 1.3,
  Gambar I.3 (golongan by sex) -> Tabel 1.2, Gambar I.4 (percent by education, pie
  labels) -> the persen column of Tabel 1.4.  A bar without a label (Eselon II, Pria)
  is None.
* Tables of the report that have no sheet in the format (sarana, neraca, indikator tujuan,
  IKU, evaluasi SAKIP, tindak lanjut, Tabel III.1, III.2, the C.1 komponen table,
  Tabel III.7) are ``EXTRAS``: ``write_extras`` adds them after ``write_input`` as sheets
  "Tambahan ..." (A1 Judul, A2 Bagian, row 4 headers, rows 5... as printed, all text).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook

from lkip_xl.book.inputbook import write_input
from lkip_xl.model import schema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transcription import Record, check  # noqa: E402
from transcription import rows as _rows  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "bapenda-kaltim-2021.xlsx"



_KATA_PENGANTAR = (
    "Untuk memenuhi ketentuan Peraturan Presiden RI Nomor 29 Tahun 2014 tentang Akuntabilitas Kinerja Instansi Pemerintah yang mewajibkan Instansi Pemerintah Setingkat Eselon II untuk menyusun Laporan Kinerja Instansi Pemerintah (LKjIP), maka penyusunan LKjIP Badan Pendapatan Daerah Provinsi Kalimantan Timur yang menganut kepada Prinsip Akuntabilitas yaitu Efisiensi, Efektifitas, Transparansi serta gambaran tingkat pencapaian sasaran dan tujuan sebagai penjabaran dari Visi, Misi dan Strategi Organisasi kedepan dalam rangka memberhasilkan Pencapaian target penerimaan Pendapatan Daerah Provinsi Kalimantan Timur.",
    "Dalam penyajian LKjIP ini berpedoman kepada format yang ditetapkan dalam Surat Edaran Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Penyampaian Laporan Akuntabilitas Kinerja Instansi Pemerintah Tahun 2021 dan Dokumen Perjanjian Kinerja Tahun 2022.",
    "Laporan Kinerja Intansi Pemerintah (LKjIP) ini, bertujuan memberikan informasi mengenai Kinerja Badan Pendapatan Daerah Provinsi Kalimantan Timur dalam melaksanakan Tugas Pokok dan Fungsinya serta untuk keperluan koordinasi dengan instansi / unit kerja Pengelola Pendapatan Daerah lainnya yang tetap berbasis kepada upaya pelayanan prima dalam pengelolaan sumber – sumber Pendapatan Daerah.",
    "Demikian Laporan Kinerja Intansi Pemerintah (LKjIP) ini, diharapkan bermanfaat bagi pihak – pihak yang berkepentingan.",
)

IDENTITY: dict[str, str] = {
    "instansi": "Badan Pendapatan Daerah",
    "pemerintah": "Provinsi Kalimantan Timur",
    "kota": "Samarinda",
    "tahun": "2021",
    "renstra_awal": "2019",
    "renstra_akhir": "2023",
    "tanggal": "17 Februari 2022",
    "jabatan": "Kepala Badan Pendapatan Daerah Provinsi Kalimantan Timur",
    "nama": "Dra. Hj. Ismiati, M.Si",
    "pangkat": "Pembina Utama Madya",
    "nip": "19650914 199012 2 001",
    # no visi is printed; the misi is the one BAB II says Bapenda secures ("misi ke 2")
    "misi": "Berdaulat dalam pemberdayaan ekonomi wilayah dan ekonomi kerakyatan yang berkeadilan",
    "kata_pengantar": "\n".join(_KATA_PENGANTAR),  # one paragraph a line
    "sebutan": "LKjIP",
    "penomoran": "per bab",
}

# --------------------------------------------------------------------------
# BAB I: staff.  The text (p. 6) gives 202 pegawai = 52 pejabat struktural + 150 staf.

_TABEL_1_1 = _rows(
    "jenis kode uraian jumlah",
    ("Jabatan", "STRUKTURAL", "Pejabat Struktural (Eselon II, III dan IV)", "52"),
    ("Jabatan", "STAF", "Staf", "150"),
    ("Total", "TOTAL", "Jumlah pegawai", "202"),
)

# Gambar I.3 "Jumlah Pegawai Berdasarkan Golongan": bar labels only (no per-golongan
# total, no grand total printed in the chart).
_TABEL_1_2 = _rows(
    "jenis kode jumlah laki_laki perempuan",
    ("Golongan", "Golongan IV", None, "17", "13"),
    ("Golongan", "Golongan III", None, "60", "33"),
    ("Golongan", "Golongan II", None, "40", "30"),
    ("Golongan", "Golongan I", None, "9", "0"),
)

# Gambar I.2 "Pejabat Struktural BAPENDA Prov. Kaltim" (labels "Esselon"); the total 52
# is the text's "52 (lima puluh dua) Pejabat Struktural".
_TABEL_1_3 = _rows(
    "jenis kode jumlah laki_laki perempuan",
    ("Eselon", "Esselon II", None, None, "1"),
    ("Eselon", "Esselon III", None, "8", "4"),
    ("Eselon", "Esselon IV", None, "20", "19"),
    ("Total", "TOTAL", "52", None, None),
)

# Tabel I.1 "Jumlah Pegawai Berdasarkan Jenis Pendidikan"; persen from the pie labels of
# Gambar I.4 "Persentase Jumlah Pegawai ... Berdasarkan Pendidikan".
_TABEL_1_4 = _rows(
    "jenis kode laki_laki perempuan jumlah persen",
    ("Pendidikan", "S.2", "14", "15", "29", "11%"),
    ("Pendidikan", "S.1", "45", "23", "68", "36%"),
    ("Pendidikan", "D.III", "6", "10", "16", "5%"),
    ("Pendidikan", "SLTA", "45", "29", "74", "36%"),
    ("Pendidikan", "SLTP", "6", "0", "6", "5%"),
    ("Pendidikan", "SD", "9", "0", "9", "7%"),
    ("Total", "JUMLAH", "125", "77", "202", None),
)

# --------------------------------------------------------------------------
# BAB II: Renstra

_TUJUAN_0 = "Mewujudkan Kemandirian Ekonomi yang Berkelanjutan"
_SASARAN_0 = "Meningkatnya Pendanaan Pembangunan Daerah"
_TUJUAN_1 = "Optimalisasi Sumber Sumber Pendapatan Daerah"
# as printed in Tabel II.1 (the other tables print "Peningkatan pendapatan, pelayanan dan ...")
_SASARAN_1_II1 = "Peningkatan Pendapatan Pelayanan dan Pengawasan Sumber-sumber Penerimaan Pajak Daerah dan Retribusi Daerah"
_SASARAN_1 = "Peningkatan pendapatan, pelayanan dan pengawasan sumber- sumber penerimaan pajak daerah dan retribusi daerah"

_TABEL_2_1 = _rows(
    "kode no tujuan kode_sasaran sasaran",
    ("T0", None, _TUJUAN_0, "S0", _SASARAN_0),
    ("T1", "1", _TUJUAN_1, "S1", _SASARAN_1_II1),
)

# Renstra targets: p. 21 (before the revision, "R-APBD 2019".."R-APBD 2023") and p. 22
# (the revised sasaran, targets 2021..2023).  Year columns: target_0 = 2018 ..
# target_5 = 2023, target_6 = 2024.
_TABEL_2_2 = _rows(
    "kode_sasaran no sasaran kode indikator satuan target_1 target_2 target_3 target_4 target_5",
    ("S0", None, _SASARAN_0, "IKR01", "Persentase Peningkatan Pendanaan Pembangunan Daerah setiap tahunnya", None,
     "3,84 %", "3,84 %", "3,84 %", "3,84 %", "3,84 %"),
    ("S1", "1", "Peningkatan pendapatan, pelayanan dan pengawasan sumber- sumber penerimaan pajak daerah dan retribusidaerah",
     "IK01", "Jumlah realisasi pendapatan", None,
     None, None, "9.590.400.000.000", "11.038.618.621.745", "12.136.620.129.155"),
)

_STRATEGI = (
    "Optimalisasi Pajak Daerah melalui sistem digitalisasi;",
    "Optimalisasi Retribusi Daerah melalui teknologi informasi dan pembayaran non tunai;",
    "Peningkatan pelayanan sesuai Standard Kepuasan Masyarakat (SKM);",
    "Pengembangan Pelayanan didaerah potensial;",
    "Melaksanakan Monitoring secara berkala di seluruh UPTD PPRD Bapenda, sehingga pelayanan terhadap wajib pajak semakin maksimal;",
    "Melaksanakan kegiatan Penanganan penagihan Piutang Pajak Daerah;",
    "Melaksanakan kegiatan koordinasi dengan instansi terkait;",
    "Optimalisasi Retribusi Daerah melalui Sistem Digitalisasi dan transaksi non tunai serta terus meningkatkan koordinasi dengan SKPD/ UPTD Pemungut Retribusi Daerah;",
    "Meningkatkan koordinasi terkait tatakelola pemungutan Retribusi Daerah dengan seluruh SKPD Pemungut;",
    "Mendorong transparansi data/informasi dana bagi hasil pusat ke daerah;",
    "Perlu pengendalian, pengawasan dan evaluasi terhadap pelaksanaan pemungutan pendapatan daerah dan pelayanan;",
    "Perlu Mendata dan Mengevaluasi pemungutan terhadap pendapatan daerah;",
    "Mengkoordinasikan penyusunan laporan secara berkala;",
    "Optimalisasi pelaksanaan kajian hukum dan perundang - undangan berkenaan dengan pendapatan daerah;",
    "Peningkatan profesionalisme ASN Badan Pendapatan Daearah Provinsi Kalimantan Timur;",
    "Peningkatan konsistensi perencanaan dan penganggaran terhadap pencapaian tujuan dan sasaran kelembagaan;",
    "Perlunya analisis rencana kebutuhan sarana dan prasarana;",
)

_KEBIJAKAN = (
    "Kerjasama dengan Polda Kaltim mengembangkan layanan yang berbasis teknologi informasi",
    "Kerjasama dengan Perbankkan, OPD Pemungut terkait dengan Inovasi layanan pembayaran retribusi daerah melalui elektronik Transaksi Pemerintah Daerah (ETP)",
    "Mengoptimalkan peran TP2DD untuk implementasi ETP",
    "Mendorong UPTD Se-Kaltim agar meningkatkan pelayanan melalui peningkatan nilai SKM",
    "Pengembangan pelayanan didaerah terpencil dan potensial",
    "Menyusun bahan/data dari Instasi Vertikal, Instansi Pemungut, Pihak Ketiga dan Instasi Lainnya",
    "Pemenuhan bahan proyeksi penghitungan target pendapatan daerah untuk penyusunan R APBD",
    "Menyusun bahan pertanggung jawaban Gubernur dan Nota Keuangan pada penetapan Rancangan APBD",
    "Pemutakhiran System Informasi untuk memenuhi tuntutan perubahan maupun kebijakan",
    "Melakukan Pemeliharaan Sistem Informasi dan Jaringan secara berkala di seluruh Layanan Pemungutan Pajak",
    "Melakukan Sinkronisasi dan rekonsiliasi penerimaan",
    "Melakukan penyempurnaan System Informasi Pelaporan Pendapatan daerah",
    "Peningkatan kerjasama antara Provinsi, UPT PPRD Se Kaltim dan BPKAD",
    "Peningkatan kerjasama antara Provinsi, UPT PPRD Se Kaltim, BPKAD dan Kas Daerah Prov. Kaltim",
    "Melakukan Pengecekan Ke Lapangan",
    "Menginventarisasi Subyek dan Objek PKB & BBNKB melalui pendataan NJKB di seluruh Kaltim",
    "Menggali Sumber-sumber PKB & BBNKB melalui inovasi pengembangan layanan Kesamsatan di seluruh Kaltim",
    "Koordinasi antara tim pembina Samsat dilaksanakan secara berkala, minimal setiap Triwulan dalam setahun sehingga Komunikasi dapat terjalin dengan baik",
    "Melaksanakan Monitoring secara berkala di seluruh UPTD PPRD Bapenda, sehingga pelayanan terhadap wajib pajak semakin maksimal",
    "Terlaksananya pengawasan ke perusahaan Wajib Pungut (WAPU)",
    "Terlaksananya izin perusahaan Wajib Pungut (WAPU)",
    "Terlaksananya koordinasi dengan instansi terkait, atas penilaian taksasi air permukaan",
    "Terlaksananya koordinasi dengan instansi terkait atas penerimaan Pajak Rokok",
    "Terlaksananya koordinasi dengan koordinasi dengan penyedia bahan bakar",
    "Terlaksananya engisian laporan SPTPD perusahaan Wajib Pungut (WAPU)",
    "Menngkatkan PBBKB perusahaan wajib pungut",
    "Terlaksananya Izin Pemanfaatan air yang diterbitkan oleh dinas terkait di wilayah UPTD",
    "Terlaksananya koordinasi dengan instansi terkait atas penerimaan Pajak Rokok",
    "Kerjasama dengan pihak Perbankan dan SKPD/ UPTD Pemungut Retribusi Daerah terkait inovasi pembayaran melalui transaksi elektronik (ETP) dan berkoordinasi dengan TP2DD",
    "Bekerjasama dan membantu SKPD/ UPTD Pemungut retribusi daerah untuk menggali objek retribusi baru",
    "Melakukan koordinasi dengan instansi terkait serta Pemerintah Pusat guna sinkronisasi regulasi otoriosasi Veteriner",
    "Mengupayakan agar Perusda / BUMD / Perusahaan milik swasta dapat melakukan penyetoran ke Kas Umum Daerah Prov. Kaltim secara tepat waktu sesuai dengan ketentuan",
    "Melakukan sinkronisasi data dengan SKPD / UPTD Terkait setiap triwulan",
    "Mengupayakan transparansi data terkait lifting migas pada saat rekonsiliasi bersama Kementerian ESDM dan SKK Migas sebelum penetapan besaran DBH Migas dan daerah kembali diberikan password untuk mengakses data lifting migas.",
    "Memperjuangkan kepada pemerintah pusat terhadap besaran DBH Migas yang proporsional bagi daerah penghasil migas dengan persentase lebih dari 15,5 %.",
    "Peningkatan kerjasama antara Pemerintah Provinsi, Pemerintah Kabupaten/Kota dan Kanwil DJP Kaltimtara serta mendorong Dinas/Kementerian terkait dalam memberikan data yang dibutuhkan untuk peningkatan penerimaan PBB-P3.",
    "Mendorong para pengusaha untuk mendaftarkan NPWP Cabang sesuai dengan Pergub Kaltim No. 55 Tahun 2019",
    "Melaksanakan peningkatan pengawasan pendapatan daerah",
    "Melaksanakan pendataan ulang potensi retribusi daerah dengan meningkatkan akurasinya sesuai kondisi riil dilapangan",
    "Melaksanakan pemberdayaan aset daerah untuk meningkatkan pendapatan aset daerah",
    "Pengelolaan BUMD perlu ditingkatkan sehingga meningkatkan deviden untuk menambah kontribusi pendapatan asli daerah",
    "Melaksanakan peningkatan standar operasional pelayanan",
    "Melaksanankan pelayanan pengaduan masyarakat sebagai pengontrol kualitas terhadap pelayanan pajak",
    "Mendorong para pengusaha untuk mendaftarakan NPWP cabang sesuai dengan Pergub Kaltim Nomor 55 Tahun 2019",
    "Melaksanakan pengendalian piutang pajak",
    "Koordinaasi penyelesaian LHP internal dan eksternal",
    "Menyusun produk hukum sebagai dasar kebijakan pemungutan pendapatan",
    "Melakukan sosialisasi produk hukum",
    "Pengelolaan sistem jaringan dokumentasi dan informasi yang terintregasi",
    "Bimtek PPNS dan Juru Sita",
    "Meningkatkan kualitas Analisis Jabatan",
    "Melaksanakan/ mengikutsertakan ASN dalam bimbingan teknis",
    "Melakukan koordinasi dan Penyusunan Bahan perumusan kebijakan dan Program, Monitoring, Evaluasi serta pelaporan kegiatan",
    "Pemenuhan kebutuhan peralatan dan perlengkapan Bapenda Prov. Beserta UPTB se-Kaltim",
    "Melakukan koordinasi serta penatausahaan administrasi keuangan",
)


def _tabel_2_3() -> list[Record]:
    strategi = "\n".join(f"{i}. {s}" for i, s in enumerate(_STRATEGI, start=1))
    rows: list[Record] = []
    for i, text in enumerate(_KEBIJAKAN, start=1):
        first = i == 1
        rows.append({
            "kode": f"AK{i:02d}",
            "tujuan": _TUJUAN_1 if first else None,
            "sasaran": _SASARAN_1_II1 if first else None,
            "strategi": strategi if first else None,
            "no": f"{i}.",
            "arah_kebijakan": text,
        })
    return rows


_TABEL_2_3 = _tabel_2_3()

# Tabel II.1 (program and kegiatan columns) with the codes of Tabel III.9; no indicators
# or targets are printed for programs.
_TABEL_2_4 = _rows(
    "jenis kode no uraian",
    ("Program", "5.02.001", "1.", "Program Penunjang Urusan Pemerintahan Daerah Provinsi"),
    ("Kegiatan", "5.02.001.1.01", "1.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.02", "2.", "Administrasi Keuangan Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.03", "3.", "Administrasi Barang Milik Daerah pada Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.04", "4.", "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.05", "5.", "Administrasi Kepegawaian Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.06", "6.", "Administrasi Umum Perangkat Daerah"),
    ("Kegiatan", "5.02.001.1.07", "7.", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"),
    ("Kegiatan", "5.02.001.1.08", "8.", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah"),
    ("Kegiatan", "5.02.001.1.09", "9.", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"),
    ("Program", "5.02.002", "2.", "Program Pengelolaan Keuangan Daerah"),
    ("Kegiatan", "5.02.002.1.03", "10.", "Koordinasi dan Pengelolaan Perbendaharaan Daerah"),
    ("Kegiatan", "5.02.002.1.05", "11.", "Penunjang Urusan Kewenangan Pengelolaan Keuangan Daerah"),
    ("Program", "5.02.004", "3.", "Program Pengelolaan Pendapatan Daerah"),
    ("Kegiatan", "5.02.004.1.01", "12.", "Kegiatan Pengelolaan Pendapatan Daerah"),
)

# Tabel II.3 Perjanjian Kinerja Tahunan Anggaran 2021 (target column headed "TARGET (Rp)").
# No polarity is printed.
_TABEL_2_6 = _rows(
    "kode_sasaran no sasaran kode indikator target satuan polaritas",
    ("S1", "1.", _SASARAN_1, "IK01", "Jumlah realisasi pendapatan", "9.590.400.000.000,-", "Rupiah", None),
)

# The program table printed under Tabel II.3 (no number of its own).
_TABEL_2_6_PROGRAM = _rows(
    "jenis kode no program anggaran keterangan",
    ("Program", "5.02.001", "1", "Program Penunjang Urusan Pemerintahan Daerah", "Rp215.250.297.000,-", "APBD Prov. Kaltim"),
    ("Program", "5.02.002", "2", "Program Pengelolaan Keuangan Daerah", "Rp1.145.950.000,-", "APBD Prov. Kaltim"),
    ("Program", "5.02.004", "3", "Program Pengelolaan Pendapatan Daerah", "Rp10.043.125.000,-", "APBD Prov. Kaltim"),
    ("Total", "TOTAL", None, "Total Anggaran", "Rp226.439.372.000,-", None),
)

# --------------------------------------------------------------------------
# BAB III

# Tabel III.3 (target, realisasi, persentase) with the quarterly realisasi of Tabel III.2
# (cumulative, as printed).  No predicate or status is printed.
_TABEL_3_1 = _rows(
    "kode_sasaran no sasaran kode indikator target realisasi capaian realisasi_tw1 realisasi_tw2 realisasi_tw3 realisasi_tw4",
    ("S1", "1", "Peningkatan pendapatan, pelayanan dan pengawasan sumber- sumber penerimaan pajak daerah dan retribusi daerah",
     "IK01", "Jumlah realisasi pendapatan", "9.590.400.000.000,00", "10.091.132.219.000,10", "105,22",
     "1.848.030.851.051,73", "3.730.798.994.339,27", "5.789.078.362.785,35", "10.091.132.219.000,10"),
)

# Tabel III.5 - Perbandingan Realisasi Kinerja Tahun 2021 terhadap target tahun akhir
# RPJMD, with its "% Tingkat Pencapaian" as printed (capaian_akhir, checked).
_TABEL_3_2 = _rows(
    "kode indikator realisasi_1 target_akhir capaian_akhir",
    ("IK01", "Jumlah realisasi pendapatan", "10.091.132.219.000,00", "12.136.620.129.155,00", "83,15%"),
)

# Tabel III.4 - Realisasi Kinerja Tahun 2020 dan Tahun 2021, with its "% Peningkatan/
# Penurunan" -0,41% as printed (perubahan_persen, checked).
_TABEL_3_4 = _rows(
    "kode indikator realisasi_lalu realisasi perubahan_persen",
    ("IK01", "Jumlah realisasi pendapatan", "Rp10.132.975.825.542,60", "Rp10.091.132.219.000,10", "-0,41%"),
)

# Tabel III.9 - Realisasi Anggaran Tahun 2021 per Program/Kegiatan.  Its first row
# (5.02.0.00.0.00.01, the whole Badan) is the total; its second row
# (5.02.0.00.0.00.01.00, also "Badan Pendapatan Daerah", realisasi 156.658.349.846,00,
# 78,91%) has no place (one total row only; see SOURCE.md).  The Status column (H, K on
# the two kegiatan below 50 %) is `keterangan`, as printed.
_REALISASI_ANGGARAN = _rows(
    "jenis kode uraian anggaran realisasi persen keterangan",
    ("Program", "5.02.001", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "215.250.297.000,00", "174.512.260.437,00", "81,07%", "H"),
    ("Kegiatan", "5.02.001.1.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "892.125.000,00", "717.000.655,00", "80,37%", "H"),
    ("Kegiatan", "5.02.001.1.02", "Administrasi Keuangan Perangkat Daerah", "140.331.122.000,00", "111.842.568.578,00", "79,70%", "H"),
    ("Kegiatan", "5.02.001.1.03", "Administrasi Barang Milik Daerah pada Perangkat Daerah", "221.875.000,00", "212.576.145,00", "95,81%", "H"),
    ("Kegiatan", "5.02.001.1.04", "Administrasi Pendapatan Daerah Kewenangan Perangkat Daerah", "3.741.525.000,00", "1.837.497.855,00", "49,11%", "K"),
    ("Kegiatan", "5.02.001.1.05", "Administrasi Kepegawaian Perangkat Daerah", "929.125.000,00", "657.496.552,00", "70,77%", "H"),
    ("Kegiatan", "5.02.001.1.06", "Administrasi Umum Perangkat Daerah", "7.323.118.391,00", "5.597.808.023,00", "76,44%", "H"),
    ("Kegiatan", "5.02.001.1.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "31.904.066.498,00", "28.684.423.466,00", "89,91%", "H"),
    ("Kegiatan", "5.02.001.1.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "26.698.574.001,00", "22.435.698.628,00", "84,03%", "H"),
    ("Kegiatan", "5.02.001.1.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "3.208.766.110,00", "2.527.190.535,00", "78,76%", "H"),
    ("Program", "5.02.002", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", "1.145.950.000,00", "654.933.456,00", "57,15%", "H"),
    ("Kegiatan", "5.02.002.1.03", "Koordinasi dan Pengelolaan Perbendaharaan Daerah", "512.550.000,00", "197.833.053,00", "38,60%", "K"),
    ("Kegiatan", "5.02.002.1.05", "Penunjang Urusan Kewenangan Pengelolaan Keuangan Daerah", "633.400.000,00", "457.100.403,00", "72,17%", "H"),
    ("Program", "5.02.004", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", "10.043.125.000,00", "6.897.139.934,00", "68,68%", "H"),
    ("Kegiatan", "5.02.004.1.01", "Kegiatan Pengelolaan Pendapatan Daerah", "10.043.125.000,00", "6.897.139.934,00", "68,68%", "H"),
    ("Jumlah", "5.02.0.00.0.00.01", "Badan Pendapatan Daerah", "226.439.372.000,00", "182.064.333.825,00", "80,40%", "H"),
)

# BAB III C.4 "Analisis penyebab keberhasilan/kegagalan ...", point 1) with a., b., c.
_URAIAN_IK01 = " ".join((
    "Diketahui, secara umum sepanjang tahun 2021, Badan Pendapatan Daerah Provinsi Kalimantan Timur mencatatkan capaian kinerja baik. Hal ini terlihat dari penerimaan Pajak Daerah yang keseluruhan komponennya mengalami surplus. Adapun faktor pendorong keberhasilan tersebut sebagai berikut:",
    "a. Perbaikan kondisi ekonomi. Meski masih dibayangi pandemi Covid-19, Kaltim mengalami perbaikan pertumbuhan ekonomi secara signifikan pada tahun 2021 yang berdampak pada membaiknya daya beli masyarakat sehingga turut berpengaruh pada realisasi penerimaan pajak daerah. Membaiknya kinerja sektor utama ekonomi Kaltim juga memberikan pengaruh yakni terhadap meningkatnya harga dan produksi batubara dan migas.",
    "b. Kebijakan pemerintah daerah. Dalam upaya untuk mencapai target, Badan Pendapatan Daerah Prov. Kaltim mendapatkan dukungan penuh baik dari Pemerintah Provinsi Kaltim maupun Pemerintah Kabupaten/Kota. Melalui Peraturan Gubernur (Pergub), Pemerintah Provinsi Kaltim mengeluarkan kebijakan relaksasi pajak berupa pemberian diskon pajak kendaraan bermotor dan pembebasan sanksi administrasi. Beleid ini berhasil menjadi stimulus positif untuk meningkatkan penerimaan PKB dan BBNKB. Selain itu, pemerintah kabupaten/kota turut membantu dalam menggaungkan kebijakan yang ada.",
    "c. Peningkatan dan digitalisasi pelayanan. Salah satu faktor pendukung keberhasilan adalah peningkatan pelayanan. Badan Pendapatan Daerah Prov. Kaltim meluncurkan inovasi, meningkatkan kualitas, dan melakukan digitalisasi pelayanan kesamsatan. Inovasi yang diluncurkan membuat masyarakat semakin mudah dalam membayarkan pajak kendaraan karena semakin dekat dan pilihan cara pembayarannya pun lebih banyak. Salah satu inovasi yang diluncurkan pada tahun 2021 adalah mobil Samsat Pelita (Pengurusan Lima Tahun). Layanan berjalan ini dapat melayani kepengurusan pajak kendaraan bermotor tahunan hingga lima tahunan.",
))

# One indicator, analysed in BAB III C.1-C.4: target and realisasi of Tabel III.3, last
# year's realisasi of Tabel III.4.
_ANALISIS_INDIKATOR = _rows(
    "kode indikator tahun_judul target realisasi_lalu realisasi capaian uraian",
    ("IK01", "Jumlah realisasi pendapatan", "2021", "9.590.400.000.000,00", "Rp10.132.975.825.542,60",
     "10.091.132.219.000,10", "105,22", _URAIAN_IK01),
)

# Tabel II.5 - Anggaran Belanja Langsung per Sasaran Strategis (no total row printed).
_ANGGARAN_SASARAN = _rows(
    "jenis kode uraian anggaran realisasi persen",
    ("Sasaran", "S1", "Peningkatan pendapatan, pelayanan dan pengawasan sumber- sumber penerimaan pajak daerah dan retribusi daerah",
     "226.439.372.000,-", "182.064.333.827,-", "80,4"),
)

# Tabel III.8 (anggaran: target, realisasi, % capaian; kinerja % capaian) and Tabel III.6
# (% capaian kinerja, % penyerapan anggaran 80,4%, tingkat efisiensi 24,82%): one sasaran,
# the same figures; merged in one row (the kinerja target/realisasi of III.8 have no column).
_CAPAIAN_SASARAN = _rows(
    "jenis kode_sasaran sasaran capaian anggaran realisasi serapan efisiensi",
    ("Sasaran", "S1", "Peningkatan pendapatan, pelayanan dan pengawasan sumber- sumber penerimaan pajak daerah dan retribusi daerah",
     "105,22%", "226.439.372.000,00", "182.064.333.825,00", "80,40%", "24,82%"),
)

# Tabel II.4 - Target Belanja Badan Pendapatan Daerah Prov. Kaltim Tahun 2021 (column
# header "TAHUN ANGGARAN 2020"): anggaran, realisasi and % per program with a Jumlah; the
# format's only per-program anggaran/realisasi/serapan table besides Realisasi Anggaran.
# No capaian or efisiensi is printed.
_EFISIENSI_PROGRAM = _rows(
    "jenis kode program anggaran realisasi serapan",
    ("Program", "5.02.001", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", "215.250.297.000,-", "174.512.260.437,-", "81,07"),
    ("Program", "5.02.002", "PROGRAM PENGELOLAAN KEUANGAN DAERAH", "1.145.950.000,-", "654.933.456,-", "57,15"),
    ("Program", "5.02.004", "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", "10.043.125.000,-", "6.897.139.934,-", "68,68"),
    ("Jumlah", "JUMLAH", "Jumlah", "226.439.372.000,-", "182.064.333.827,-", "80,4"),
)

# --------------------------------------------------------------------------
# Staff-written text that states figures or years, as printed.

_NARASI = (
    ("Kata Pengantar", _KATA_PENGANTAR[0]),
    ("Kata Pengantar", _KATA_PENGANTAR[1]),
    ("Kata Pengantar (tanggal)", "Samarinda, 17 Februari 2022"),
    ("Ringkasan Eksekutif", "Berdasarkan Perda Nomor 09 Tahun 2016 tentang Pembentukan dan Susunan Organisasi Perangkat Daerah Provinsi Kalimantan Timur (Lembaran Daerah Provinsi Kalimantan Timur Tahun 2016 Nomor 9) dan Peraturan Gubernur Nomor 77 Tahun 2016, tentang Susunan Organisasi, Tugas, Fungsi, Dan Tata Kerja Badan Pendapatan Provinsi Kalimantan Timur telah berupaya secara maksimal melaksanakan tugas dan fungsinya dengan baik, tertib dan lancar. Melalui pengukuran kinerja, pencapaian hasil kerja atau nilai berdasarkan sasaran strategis yang direncanakan sesuai dengan Indikator Kinerja yang telah ditetapkan. Berdasarkan visi dan misinya, maka penetapan indikator kinerja berdasarkan sasaran strategis yang meliputi penilaian sebagai berikut:"),
    ("Ringkasan Eksekutif", "Pada Tahun Anggaran 2021 Badan Pendapatan Daerah Provinsi Kalimantan Timur mendapat alokasi anggaran sebesar Rp226.439.372.000,- dengan realisasi sebesar Rp182.064.333.827,- tercapai sebesar 80,4%."),
    ("Ringkasan Eksekutif", "Khusus dalam pelaksanaan penyerapan anggaran, Nilai Akuntabilitas Keuangan secara kuantitatif masih terdapat sisa anggaran. Hal ini terjadi karena ada beberapa kegiatan yang tidak dapat dilaksanakan, namun secara kualitatif pencapaian telah dapat diserap dan direalisasikan dan telah dilakukan secara optimal berdasarkan skala prioritas yang telah ditetapkan."),
    ("BAB I D. Sumber Daya Manusia", "Dalam rangka melaksanakan kegiatan organisasi Badan Pendapatan Provinsi Kalimantan Timur didukung oleh 202 (dua ratus sembilan) orang yang bertugas baik di Provinsi dan tersebar di 9 UPTB Se-Kalimantan Timur."),
    ("BAB I D. Sumber Daya Manusia", "Komposisi Pegawai terdiri dari 52 (lima puluh dua) Pejabat Struktural, yang terdiri dari Eselon II, III dan IV beserta 150 (seratus lima puluh) orang staf."),
    ("BAB I D. Sumber Daya Manusia", "Jumlah pegawai BAPENDA Prov. Kaltim berdasarkan jenis untuk lulusan SD sebanyak 9 (sembilan) orang, lulusan SMP Sederajat sebanyak 6 (enam) orang, lulusan SMA Sederajat sebanyak 72 (tujuh puluh dua) orang, lulusan Sarjana Muda/Diploma Tiga sebanyak 17 (tujuh belas) orang, lulusan Sarjana 67 (enam puluh tujuh) orang, lulusan Pasca Sarjana 34 (tiga puluh empat) orang."),
    ("BAB I E. Aspek Strategis Organisasi", "Badan Pengelola Pendapatan Provinsi Kalimantan Timur merupakan Perangkat Daerah yang bertanggung jawab kepada Gubernur melalui Sekretaris Daerah. Dalam pelaksanaan tugasnya Badan Pendapatan Provinsi Kalimatan Timur berkoordinasi dengan PD penghasil untuk menetapkan target Pendapatan Asli Daerah (PAD). Pendapatan Asli Daerah (PAD) merupakan sumber pembiayaan utama dalam pembangunan Kalimantan Timur sehingga menjadi sangat penting. Dengan demikian dapat dirumuskan Aspek Strategis Badan Pendapatan Provinsi Kalimantan Timur sebagai berikut : 1. Terciptanya Pengelolaan Pendapatan Daerah yang efisien dan efektif; 2. Terwujudnya Kekuatan Fiskal Daerah dalam APBD; 3. Meningkatnya Pendapatan Asli Daerah Provinsi Jawa Tengah dari sektor Pajak Daerah."),
    ("BAB II A. Perencanaan Strategis", "Pelaksanaan pembangunan di Kalimantan Timur tidak dapat dilakukan oleh Pemerintah Provinsi Kalimantan Timur semata, akan tetapi perlu dukungan dari Stakeholders lainnya seperti Legislatif, Instansi Vertikal yang ada di Provinsi Kalimantan Timur, Pemerintah Kabupaten / Kota, serta Masyarakat termasuk dunia usaha didalamnya yang berkewajiban untuk melaksanakan program-program yang telah ditetapkan dalam Rencana Jangka Menengah Daerah (RPJMD) Provinsi Kalimantan Timur tahu 2018 – 2023."),
    ("BAB II A. Perencanaan Strategis", "Berkaitan dengan hal tersebut, maka seluruh SKPD yang ada di Provinsi Kalimantan Timur berkewajiban untuk menyusun Rencana Strategis (Renstra) yang memuat Tujuan, Sasaran, Strategi dan Arah Kebijakan serta Program dan Kegiatan sesuai dengan tugas dan fungsinya sehingga terwujud koordinasi, integrasi, sinkronisasi dan sinergitas perencanaan, pelaksanaan, pengendalian dan pengawasan pembangunan yang berkesinambungan sampai dengan akhir periode RPJMD tahun 2023."),
    ("BAB II A. Perencanaan Strategis", "Badan Pendapatan Daerah Provinsi Kalimantan Timur (yang merupakan bagian dari Pemerintah Provinsi Kalimantan Timur), didalam menyusun Rencana Strategisnya berpedoman pada Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Provinsi Kalimantan Timur tahun 2018 – 2023. Sehingga didalam menentukan Tujuan, Sasaran, Strategi dan arah kebijakan serta Program Kegiatannya dapat selaras dengan apa yang hendak dicapai oleh Pemerintah Provinsi Kalimantan Timur."),
    ("BAB II A. Perencanaan Strategis", "Dengan kata lain, Badan Pendapatan Daerah Provinsi Kalimantan Timur bertanggung jawab untuk mengamankan Misi Pemerintahan Provinsi Kalimantan Timur yaitu pada misi ke 2 Berdaulat dalam pemberdayaan ekonomi wilayah dan ekonomi kerakyatan yang berkeadilan dan Tujuan ke 4 yaitu Mewujudkan Kemandirian Ekonomi yang Berkelanjutan serta Sasaran 7 yaitu Meningkatkan Pendanaan Pembangunan Daerah."),
    ("BAB II A.II Sasaran (formulasi)", "Capaian Kinerja = Realisasi Tahun n - Realisasi Tahun n-1 / Realisasi Tahun n-1 x 100%"),
    ("BAB II A. Perubahan", "Seiring dengan adanya perubahan RPJMD Provinsi Kalimantan Timur Periode 2019 – 2023 maka Badan Pendapatan Daerah Provinsi Kalimantan Timur juga melakukan Perubahan Tujuan dan Sasaran pada Renstra periode tahun 2019 – 2023. Adapun perubahan tersebut adalah sebagai berikut:"),
    ("BAB II A. Perubahan (indikator tujuan, formulasi)", "Capaian Kinerja = Realisasi / Target X 100"),
    ("BAB II A.V Kebijakan", "Kebijakan merupakan langkah - langkah yang akan dilaksanakan Pendapatan Daerah Provinsi Kalimantan Timur untuk mendukung target RPJMD tahun 2019 – 2023. Badan Pendapatan Daerah Provinsi Kalimantan Timur selama periode tahun 2019 – 2023 mempunyai kebijakan yang terbagi dimasing – masing strateginya seperti terlihat pada tabel berikut ini :"),
    ("BAB II B. Indikator Kinerja Utama", "Berikut merupakan Indikator Kinerja Utama Badan Pendapatan Daerah Provinsi Kalimantan Timur pada tahun 2021."),
    ("BAB II C. Perjanjian Kinerja", "Berikut merupakan Perjanjian Kinerja Badan Pendapatan Daerah Provinsi Kalimantan Timur pada tahun 2021."),
    ("BAB II C.1 Rencana Anggaran Tahun 2021", "Pada Tahun Anggaran 2021 Badan Pendapatan Daerah Prov. Kaltim melaksanakan kegiatan dengan anggaran sebesar Rp226.439.372.000,-. Adapun realisasi anggaran sebesar Rp182.064.333.827,- dengan capaian 80,4%."),
    ("BAB II C.3 Alokasi Anggaran Per Sasaran Strategis", "Anggaran belanja langsung Tahun 2021 Badan Pendapatan Daerah Prov. Kaltim yang dialokasikan untuk pencapaian sasaran strategis adalah sebagai berikut:"),
    ("BAB III A.1 Nilai Hasil Evaluasi Akuntabilitas Kinerja", "Hasil evaluasi atas implementasi Sistem AKIP pada Badan Pendapatan Daerah Provinsi Kaltim Tahun 2020 memperoleh nilai sebesar 72.95 (Tujuh Puluh Dua Koma Sembilan Lima) atau dengan predikat penilaian “BB” ( Sangat Baik), sebagaimana tabel berikut:"),
    ("BAB III B. Pengukuran Capaian Kinerja", "Sesuai dengan Proyeksi Pendapatan pada RPJMD Tahun 2019-2023 yang dijabarkan pada tabel ini:"),
    ("BAB III B. Pengukuran Capaian Kinerja", "Sehingga Target Kinerja Tahun 2021 pada Indikator Kinerja adalah sebesar Rp9.590.400.000,-. Dan untuk capaian setiap triwulannya adalah sebagai berikut:"),
    ("BAB III C.1 Membandingkan antara target dan realisasi kinerja tahun ini", "Sesuai dengan laporan Penerimaan Pendapatan Bapenda Prov. Kaltim Tahun 2021 pada tabel dibawah ini:"),
    ("BAB III C.1 Membandingkan antara target dan realisasi kinerja tahun ini", "Maka dapat disimpulkan bahwa Capaian Kinerja Tahun 2021 sesuai dengan formulasi perhitungan indikator kinerja adalah:"),
    ("BAB III C.4 3) Solusi", "d. Membuat Pergub insentif pemungutan sebesar 3 % dari rencana penerimaan Retribusi untuk OPD/UPTD Pemungut sebaga pendorong/semangat dalam melaksanakan pemungutan Retribusi Daerah."),
    ("BAB III C.5 Analisis Atas Efisiensi Penggunaan Sumber Daya", "Hal ini menunjukkan bahwa dalam mencapai sasaran tersebut anggaran yang disediakan dipergunakan dengan efisien. Harapan pada tahun-tahun selanjutnya, efisensi terhadap penggunaan dana untuk mencapai sasaran dapat ditingkatkan."),
    ("BAB III D. Realisasi Anggaran", "Pada Tahun Anggaran 2021 Badan Pendapatan Daerah Prov. Kaltim melaksanakan kegiatan sesuai dengan Perjanjian Kinerja yang ditampilkan pada tabel berikut:"),
    ("BAB III D. Realisasi Anggaran", "Rincian Realisasi Anggaran Tahun 2021 per Program/Kegiatan adalah sebagai berikut:"),
    ("BAB IV Penutup, Kesimpulan", "Sesuai tugas pokok dan fungsi Badan Pendapatan Daerah Provinsi Kalimantan Timur Tahun 2021 telah berupaya melaksanakan program dan kegiatan yang mengacu pada rencana pembangunan Jangka Menengah Daerah (RPJMD) 2019-2023 . Adapun Program dan kegiatan tersebut didukung dengan meningkatnya kesadaran masyarakat tentang pentingnya membayar pajak secara tepat waktu, tersedianya gedung kantor yang refresentatif serta sarana dan prasarana pelayanan lainnya yang memadai. Disamping itu faktor dukungan Sumber Daya Manusia merupakan hal penting yang secara bersama - sama memberikan pelayanan maksimal kepada masyarakat wajib pajak. Diharapkan dengan adanya beberapa fasilitas / ketersediaan sarana dan prasarana tadi dapat mendorong usaha untuk mencapai penilaian Wajar Tanpa Pengecualian ( WTP )."),
    ("BAB IV Penutup, Saran", "Diharapkan LKJIP tahun 2021 yang telah ditetapkan dapat diimplementasikan serta dipergunakan sebagai pedoman dalam penilaian kinerja Badan Pendapatan Daerah Provinsi Kalimantan Timur Tahun 2019 yang konsisten dan berkomitmen."),
    ("BAB IV Penutup, Saran", "Demikian LKJIP Tahun 2021 Badan Pendapatan Daerah Provinsi Kalimantan Timur dibuat dan disampaikan untuk menjadi bahan penilaian kinerja lebih lanjut."),
)

_NARASI_STAF: list[Record] = [
    {"kode": f"N{i:02d}", "bagian": bagian, "teks": teks}
    for i, (bagian, teks) in enumerate(_NARASI, start=1)
]

# --------------------------------------------------------------------------
# The report's own tables, which have no sheet of their own in the format: one sheet
# "Tambahan ..." each (A1 Judul / B1 caption, A2 Bagian / B2 the part of the report as the
# outline names it, row 4 the headers, rows 5... the rows), as printed.  A caption the
# document does not print (the table stands under a heading or a lead sentence) is taken
# from that heading or sentence; see SOURCE.md.  Two-level headers are flattened into one
# ("Target 2021"); a merged cell is given on its first row and left blank below.


def _extra(sheet: str, judul: str, bagian: str, header: tuple[str, ...],
           *rows: tuple[str | None, ...]) -> dict:
    for row in rows:
        if len(row) != len(header):
            raise SystemExit(f"{sheet}: baris {row!r} tidak selebar judul kolom")
    return {"sheet": sheet, "judul": judul, "bagian": bagian, "header": header, "rows": rows}


_BAB_I = "BAB I"  # BAB I G. (after 1.2 Sumber Daya Manusia in the outline)
_BAB_II_1 = "2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan"
_BAB_III_A = "A. Capaian Kinerja"
_BAB_III_C = "C. Efisiensi Penggunaan Sumber Daya"



# Tabel II.2 prints the formula as "= Realisasi Tahun n : Target Tahun n x 100%": given as
# printed, with its "=" (lkip-xl keeps a text that begins with "=" as text in every
# workbook it writes, Tambahan sheets included).
_IKU_FORMULA = "= Realisasi Tahun n : Target Tahun n x 100%"

EXTRAS: list[dict] = [
    # BAB I G. Sarana dan Prasarana Kantor (p. 10): no caption, under the heading.
    _extra(
        "Tambahan Sarana", "Sarana dan Prasarana Kantor", _BAB_I,
        ("No", "Uraian", "Banyaknya", "Satuan"),
        ("1", "Tanah", "22783", "m2"),
        ("2", "Area Parkir", "4", "Area"),
        ("3", "Ruang Rapat", "4", "Ruang"),
        ("4", "Ruang Kerja Struktural", "19", "Ruang"),
        ("5", "Ruang Kerja Staf", "9", "Ruang"),
        ("6", "Ruang Kerja Bendahara", "1", "Ruang"),
        ("7", "Ruang Perpustakaan", "1", "Ruang"),
        ("8", "Ruang Arsip", "1", "Ruang"),
        ("9", "Ruang Olahraga", "1", "Ruang"),
        ("10", "Gudang Barang", "2", "Ruang"),
        ("11", "Musholla", "1", "Ruang"),
        ("12", "Pantry", "9", "Ruang"),
        ("13", "Kantin", "1", "Ruang"),
    ),
    # p. 11, titled "RINCIAN BARANG KE NERACA TAHUN ANGGARAN 2021".
    _extra(
        "Tambahan Neraca", "Rincian Barang ke Neraca Tahun Anggaran 2021", _BAB_I,
        ("Kode", "Nama barang (Berdasarkan Bidang barang)", "Nilai Rp."),
        ("1", "Tanah", "45.862.870.280,91"),
        ("2", "Peralatan dan mesin", "106.184.462.525,00"),
        ("3", "Gedung dan Bangunan gedung", "186.255.719.724,52"),
        ("4", "Jalan, Irigasi dan jaringan", "2.462.024.875,00"),
        ("5", "Aset Tetap lainnya", "451.427.328,00"),
        ("6", "Kontruksi Dalam Pengerjaan", "3.921.402.494,99"),
        ("7", "Akumulasi Penyusutan", "(121.362.951.407,00)"),
        (None, "Jumlah Aset Tetap", "223.774.955.821,42"),
    ),
    # p. 21, before the revision: no caption ("Dengan target seperti terlihat pada tabel
    # berikut ini"); tujuan, sasaran and targets are also Tabel 2.1 T0/S0 and Tabel 2.2
    # IKR01; the indikator tujuan has a place only here.
    _extra(
        "Tambahan Target Awal", "Target Capaian Tujuan dan Sasaran (sebelum perubahan)", _BAB_II_1,
        ("Tujuan", "Indikator Tujuan", "Sasaran Strategis", "Indikator Sasaran",
         "Target Capaian R-APBD 2019", "Target Capaian R-APBD 2020", "Target Capaian R-APBD 2021",
         "Target Capaian R-APBD 2022", "Target Capaian R-APBD 2023"),
        (_TUJUAN_0, "Rasio Kemandirian Keuangan Daerah", _SASARAN_0,
         "Persentase Peningkatan Pendanaan Pembangunan Daerah setiap tahunnya",
         "3,84 %", "3,84 %", "3,84 %", "3,84 %", "3,84 %"),
    ),
    # p. 21, after the revision, under "Indikator Tujuan." (no caption).
    _extra(
        "Tambahan Indikator Tujuan", "Indikator Tujuan", _BAB_II_1,
        ("Indikator Tujuan", "Target 2021", "Target 2022", "Target 2023"),
        ("Persentase capaian target pendapatan", "100", "100", "100"),
    ),
    # p. 28, Tabel II.2.
    _extra(
        "Tambahan IKU", "Indikator Kinerja Utama Badan Pendapatan Daerah Prov. Kaltim", _BAB_II_1,
        ("No", "Sasaran Strategis", "Indikator Kinerja Utama", "Formulasi Perhitungan dan Penjelasan",
         "Sumber Data", "Penanggung Jawab"),
        ("1", _SASARAN_1, "Jumlah realisasi pendapatan", _IKU_FORMULA,
         "RPJMD Kalimantan Timur Tahun 2019-2023; Laporan Realisasi Bapenda Prov. Kaltim",
         "Bapenda Prov. Kaltim"),
    ),
    # p. 31, BAB III A.1 "Nilai Hasil Evaluasi Akuntabilitas Kinerja" (no caption).
    _extra(
        "Tambahan Evaluasi SAKIP", "Nilai Hasil Evaluasi Akuntabilitas Kinerja", _BAB_III_A,
        ("No", "Komponen Yang Dinilai", "Bobot", "Nilai 2019", "Nilai 2020"),
        ("1", "Perencanaan Kinerja", "30", "25.48", "25.23"),
        ("2", "Pengukuran Kinerja", "25", "17.19", "18.13"),
        ("3", "Pelaporan Kinerja", "15", "12.18", "12.18"),
        ("4", "Evaluasi Internal", "10", "5.12", "5.12"),
        ("5", "Pencapaian Sasaran / Kinerja Organisasi", "20", "15.01", "12.29"),
        (None, "Nilai Hasil Evaluasi", "100", "74.98", "72.95"),
        (None, "Kategori Penilaian", None, "BB", "BB"),
    ),
    # p. 32-33, BAB III A.2 (no caption, under the heading).
    _extra(
        "Tambahan Tindak Lanjut",
        "Tindak Lanjut atas hasil Evaluasi Inspektorat Provinsi terhadap Laporan Hasil Evaluasi atas Implementasi Sistem AKIP Tahun 2020",
        _BAB_III_A,
        ("No.", "Rekomendasi", "Tindak Lanjut", "Rencana Aksi"),
        ("1.", "Target jangka menengah dalam Renstra dimonitor pencapaiannya sampai dengan tahun berjalan",
         "Target jangka menengah dalam Renstra telah dimonitor pencapaiannya sampai dengan tahun berjalan",
         "Rencana aksi pada Perencanaan Kinerja telah dilaksanakannya Rapat Review Rensta"),
        ("2.", "IKU dimanfaatkan dalam dokumen-dokumen perencanaan dan penganggaran",
         "IKU telah dimanfaatkan di dalam dokumen-dokumen perencanaan dan penganggaran",
         "Rencana aksi pada pengukuran kinerja telah dimanfaatkannya IKU sebagai dasar penyusunan dokumen perencanaan dan pengganggaran"),
        ("3.", "Target kinerja eselon III dan IV dimonitor pencapaiannya",
         "Target kinerja eselon III dan IV telah dimonitor pencapaiannya",
         "Dengan dilaksanakannya rapat evaluasi kinerja per triwulan"),
        ("4", "Pengukuran kinerja atas Rencana Aksi digunakan untuk pengendalian dan pemantauan kinerja secara berkala",
         "Pengukuran kinerja atas Rencana Aksi telah digunakan untuk pengendalian dan pemantauan kinerja secara berkala",
         "Dengan dilaksanakannya rapat evaluasi kinerja per triwulan"),
        ("5", "Evaluasi atas pelaksanaan Rencana Aksi dilakukan",
         "Evaluasi atas pelaksanaan Rencana Aksi telah dilakukan",
         "Dengan dilaksanakannya rapat evaluasi kinerja per triwulan"),
        ("6", "Hasil evaluasi disampaikan dan dikomunikasikan kepada pihak-pihak yang berkepentingan",
         "Hasil evaluasi telah disampaikan dan dikomunikasikan kepada pihak-pihak yang berkepentingan",
         "Hasil evaluasi telah disampaikan melalui notulen rapat evaluasi kinerja"),
        ("7", "Pemantauan Rencana Aksi dilaksanakan dalam rangka mengendalikan kinerja dan dapat memberikan alternatif perbaikan yang dapat dilaksanakan",
         "Pemantauan Rencana Aksi telah dilaksanakan dalam rangka mengendalikan kinerja dan dapat memberikan alternatif perbaikan yang dapat dilaksanakan",
         "Melalui rapat evaluasi kinerja yang telah dilaksanakan maka dihasilkan solusi serta upaya perbaikan dari permasalahan-permasalahan yang ditemukan"),
        ("8", "Selalu berupaya untuk lebih meningkatkan capaian output dan outcome sehingga pencapaian sasaran/ kinerja organisasi dapat tercapai secara optimal",
         "Bapenda Prov. Kaltim selalu berupaya meningkatkan capaian output dan outcome untuk mencapai sasaran yang optimal",
         "Melalui Peraturan Gubernur (Pergub), Pemerintah Provinsi Kaltim mengeluarkan kebijakan relaksasi pajak berupa pemberian diskon pajak kendaraan bermotor dan pembebasan sanksi administrasi serta inovasi yang diluncurkan pada tahun 2021 adalah mobil Samsat Pelita (Pengurusan Lima Tahun). Layanan berjalan ini dapat melayani kepengurusan pajak kendaraan bermotor tahunan hingga lima tahunan."),
    ),
    # p. 34, Tabel III.1 (rows in printed order: the sum first).
    _extra(
        "Tambahan Proyeksi Pendapatan", "Proyeksi Target Pendapatan Daerah 2019-2023", _BAB_III_A,
        ("Komponen Penerimaan", "2019", "2020", "2021", "2022", "2023"),
        ("Pendapatan Daerah", "10.549.624.013.250", "10.954.474.227.000", "9.590.400.000.000", "11.001.164.310.744", "12.136.620.129.155"),
        ("Pendapatan Asli Daerah", "5.452.964.353.550", "5.912.974.720.000", "5.396.942.567.871", "5.986.210.931.582", "7.037.700.381.642"),
        ("Dana Perimbangan", "5.059.832.628.500", "5.029.079.507.000", "4.180.730.432.129", "5.002.354.579.162", "5.086.179.747.513"),
        ("Lain-lain Pendapatan Daerah yang Sah", "36.827.031.200", "12.420.000.000", "12.727.000.000", "12.598.800.000", "12.740.000.000"),
    ),
    # p. 35, Tabel III.2 (target and realisasi cumulative per triwulan; the realisasi are
    # also Tabel 3.1 realisasi_tw1..4).  The last capaian is printed "105.22".
    _extra(
        "Tambahan Triwulan", "Capaian Kinerja Tahun 2021 per triwulan", _BAB_III_A,
        ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Triwulan",
         "Target (Rp)", "Realisasi (Rp)", "Capaian %"),
        ("1", _SASARAN_1, "Jumlah realisasi pendapatan", "Rupiah", "Rp9.590.400.000.000,-", "1",
         "1.918.080.000.000", "1.848.030.851.051,73", "96,35"),
        (None, None, None, None, None, "2", "4.315.680.000.000", "3.730.798.994.339,27", "86,45"),
        (None, None, None, None, None, "3", "6.713.280.000.000", "5.789.078.362.785,35", "86,23"),
        (None, None, None, None, None, "4", "9.590.400.000.000", "10.091.132.219.000,10", "105.22"),
    ),
    # p. 35, BAB III C.1: no caption ("Sesuai dengan laporan Penerimaan Pendapatan Bapenda
    # Prov. Kaltim Tahun 2021 pada tabel dibawah ini"); source line below it.
    _extra(
        "Tambahan Komponen Pendapatan", "Penerimaan Pendapatan Bapenda Prov. Kaltim Tahun 2021", _BAB_III_A,
        ("No", "Komponen Penerimaan", "Proyeksi Tahun 2021 (Rp)", "Realisasi Kinerja 2021 (Rp)", "Capaian %"),
        ("1", "Pendapatan Asli Daerah", "5.396.942.567.871,00", "6.190.163.670.244,10", "114,70"),
        ("2", "Pendapatan Transfer", "4.180.730.432.129,00", "5.592.564.661.777,00", "92,98"),
        ("3", "Lain-lain Pendapatan Daerah yang Sah", "12.727.000.000,00", "13.905.055.000,00", "109,26"),
        (None, "Jumlah", "9.590.400.000.000,00", "10.091.132.219.000,10", "105,22"),
    ),
    # p. 41, Tabel III.7 (column numbers 1-10 of the printed header left out).
    _extra(
        "Tambahan Efisiensi Anggaran", "Effisiensi Penggunaan Anggaran Program/Kegiatan", _BAB_III_C,
        ("Tahun", "Anggaran Belanja", "Realisasi", "Nilai Eeffisiensi", "Persentase",
         "Jumlah Program yang dialokasikan", "Jumlah Kegiatan yang dialokasikan",
         "Total Program", "Total Kegiatan", "Ket."),
        ("2020", "197.445.025.240,47", "163.950.201.528,87", "-33.494.823.711,60", "83,04%", "9", "19", "9", "19", None),
        ("2021", "226.439.372.000,00", "182.064.333.825,00", "-44.375.038.175,00", "80,40%", "3", "12", "3", "12", "-"),
    ),
]


def write_extras(path: Path, extras: list[dict]) -> None:
    """Add the Tambahan sheets to the workbook that ``write_input`` wrote."""
    wb = load_workbook(path)
    for extra in extras:
        if len(extra["sheet"]) > 31:
            raise SystemExit(f"nama lembar terlalu panjang: {extra['sheet']}")
        ws = wb.create_sheet(extra["sheet"])
        ws["A1"], ws["B1"] = "Judul", extra["judul"]
        ws["A2"], ws["B2"] = "Bagian", extra["bagian"]
        for c, head in enumerate(extra["header"], start=1):
            ws.cell(4, c, head)
        for r, row in enumerate(extra["rows"], start=5):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(r, c)
                    cell.value = value
                    cell.data_type = "s"  # text as printed, even "= Realisasi ..." (Tabel II.2)
                    cell.number_format = "@"
    wb.save(path)


# The document has no table for: Tabel 2.5 (pagu per program/kegiatan), Tabel 3.3
# (program outcome indicators), Analisis Kegiatan, Ringkasan Capaian, Penutup (summary
# table), Skala Predikat.  Those sheets are left out (see SOURCE.md).
ROWS: dict[str, list[Record]] = {
    "Tabel 1.1": _TABEL_1_1,
    "Tabel 1.2": _TABEL_1_2,
    "Tabel 1.3": _TABEL_1_3,
    "Tabel 1.4": _TABEL_1_4,
    "Tabel 2.1": _TABEL_2_1,
    "Tabel 2.2": _TABEL_2_2,
    "Tabel 2.3": _TABEL_2_3,
    "Tabel 2.4": _TABEL_2_4,
    "Tabel 2.6": _TABEL_2_6,
    "Tabel 2.6 Program": _TABEL_2_6_PROGRAM,
    "Tabel 3.1": _TABEL_3_1,
    "Tabel 3.2": _TABEL_3_2,
    "Tabel 3.4": _TABEL_3_4,
    "Realisasi Anggaran": _REALISASI_ANGGARAN,
    "Analisis Indikator": _ANALISIS_INDIKATOR,
    "Anggaran Sasaran": _ANGGARAN_SASARAN,
    "Capaian Sasaran": _CAPAIAN_SASARAN,
    "Efisiensi Program": _EFISIENSI_PROGRAM,
    # Tabel II.4's caption and its column header, as printed (the header is last year's)
    "Judul Tercetak": [
        {"kode": "J1", "lembar": "Efisiensi Program",
         "judul": "Target Belanja Badan Pendapatan Daerah Prov. Kaltim Tahun 2021"},
        {"kode": "J2", "lembar": "Efisiensi Program", "judul": "TAHUN ANGGARAN 2020"},
    ],
    "Narasi Staf": _NARASI_STAF,
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    absent = [s for s in check(IDENTITY, ROWS) if not schema.table(s).optional]
    if absent:
        print(f"tidak ada di dokumen (dibiarkan kosong): {', '.join(absent)}")
    path = write_input(out, IDENTITY, ROWS)
    write_extras(Path(path), EXTRAS)
    counts = ", ".join(f"{sheet} {len(rows)}" for sheet, rows in ROWS.items())
    extra = ", ".join(f"{e['sheet']} {len(e['rows'])}" for e in EXTRAS)
    print(f"{path}: {counts}; {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
