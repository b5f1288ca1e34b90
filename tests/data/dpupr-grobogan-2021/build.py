# ruff: noqa: E501
"""Write the data workbook of the LKjIP 2021 of Dinas PUPR Kabupaten Grobogan, as printed.

    uv run python tests/data/dpupr-grobogan-2021/build.py [output.xlsx]

Source: /work/research/lkip/dpupr-grobogan-2021.pdf (repo shlmita/pupr, path
public/pdf_lkjip_2021.pdf, commit 12daeef6dab014dfa5cedac797325bad0aea67f9); see SOURCE.md
beside this file for where each part of the document went and what did not fit.

Every value is the string printed in the document, mistakes included (``None`` where the
printed cell is blank or the document has no such value).  Nothing is corrected:
``write_input`` stores a number only when the text has exactly one reading.

Conventions (the document prints no codes; these are assigned here)
--------------------------------------------------------------------
* Kegiatan K01..K14 in the order of the Perjanjian Kinerja list (BAB II D.b) and its
  "Ringkasan Total Kegiatan".  The document prints no program above them (Permendagri 90
  kegiatan only), so there are no group rows.  Realisasi Anggaran prints 13 rows: PK
  kegiatan 12 (Bangunan Gedung / IMB) is not in it, so its rows are K01..K11, K13, K14
  with the printed row numbers 1.-13. kept in ``no``.
* Tujuan T1..T3 and sasaran S1..S8 of the Ikhtisar Eksekutif table, indicators IK01..IK11
  in its order.  IK01 "Presentase infrastruktur kondisi baik" is the indicator of tujuan
  T1 itself: its printed SASARAN cell is empty, so kode_sasaran and sasaran stay None.
* Tabel 3.3 (BAB III A.1 "Target dan Realisasi Kinerja Tahun 2021", kegiatan-level):
  indicators IKK01..IKK10; kode_program is the kegiatan code.
* Analisis Kegiatan (BAB III A.2 "Rincian analisis dan evaluasi", one small table per
  kegiatan): indicators IKR01..IKR14.
* Tabel 3.4 (section "2. Realisasi kinerja ... Tahun 2021 dengan Tahun 2020") and Tabel 3.2
  (section "3. Realisasi kinerja sampai tahun 2021 dengan target jangka menengah dalam
  Renstra"): one row per printed program block, IKP01..IKP15 in the order of the blocks
  (both sections list the same 15 old programs in the same order).  A block's bullets
  (several indicators sharing one merged realisasi cell) are joined with "; ".
* A number printed with a unit word ("2 buah", "2,57 km", "1 paket") is split into the
  number and ``satuan`` where the table has a Satuan column (Tabel 2.6, Analisis
  Kegiatan), as in tools/sample_data.py; Tabel 3.3 has no Satuan column, so there the unit
  is dropped (listed in SOURCE.md, "Did not fit").  "%" stays with its number.
* Text split over lines is joined with one space; a word split by the layout
  ("ketersediaa n") is rejoined.  Bullet and list markers are dropped from texts and kept
  in ``no`` where the column exists.
* Tables with no sheet of their own (the pendidikan x penempatan matrix, the 305 assets, the
  16 PK sasaran, BAB III A.1 and A.2 as printed) are ``EXTRAS``: sheets "Tambahan ..." that
  ``add_extras`` writes after ``write_input`` (caption in B1, Bagian in B2, header in row 4).
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

from lkip_xl.book.inputbook import write_input

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transcription import Record, check  # noqa: E402
from transcription import rows as _rows  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "dpupr-grobogan-2021.xlsx"



_KATA_PENGANTAR = (
    "Penyelenggaraan pemerintahan yang baik (Good Governance) merupakan tuntutan masyarakat sejalan dengan era reformasi dan perkembangan ekonomi, politik, sosial budaya dan harapan bagi kualitas hidup masyarakat. Dalam era reformasi, maka pemerintah sesuai tugasnya sebagai pelayanan publik dan motor penggerak pembangunan serta aktifitas pemberdayaan harus selalu melakukan pelayanan prima dan transparan.",
    "Dari pemikiran tersebut diatas dalam menjalankan roda pemerintahan khususnya di Dinas Pekerjaan Umum Dan Penataan Ruang, maka dibutuhkan akuntabilitas dalam penyelenggaraan pelayanan publik berdasarkan visi dan perencanaan strategis yang ada. Adapun visi dan perencanaan strategis bertujuan membrikan arah dan fokus strategis yang jelas dan berkesinambungan, transparan, kredibel serta evaluasi kerja untuk perbaikan pelaksanaan dimasa yang akan datang.",
    "Media informasi bentuk akuntabilitas ini diimplementasikan ke dalam Laporan Kinerja Instansi Pemerintah ( LKjIP ). Buku ini adalah merupakan buku Laporan Kinerja Instansi Pemerintah ( LKjIP ) dari Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan selama periode tahun anggaran 2021. Dengan laporan ini dimaksudkan untuk mendorong terciptanya kinerja instansi Dinas Pekerjaan Umum Dan Penataan Ruang tahun anggaran tahun 2021 yang baik dan terpercaya menuju pemerintahan dan pembangunan yang lebih berdaya guna, berhasil guna, bersih dan bertanggung jawab.",
    "Demi kesempurnaan dokumenn ini, kami sangat mengharap saran, kritik dan masukan dari berbagai pihak. Semoga Tuhan Yang Maha Esa selalu melimpahkan Rahmat dan Hidayah-Nya kepada kita semua, serta semoga laporan ini dapat bermanfaat bagi kita semua.",
)

# Cover (page 1, image) and signature block of the Kata Pengantar (page 2, image).  The
# document prints no place or date of signing and no pangkat/golongan: None.
IDENTITY: dict[str, str | None] = {
    "instansi": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "pemerintah": "Kabupaten Grobogan",
    "kota": None,
    "tahun": "2021",
    "renstra_awal": "2016",
    "renstra_akhir": "2021",
    "tanggal": None,
    "jabatan": "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN GROBOGAN",
    "nama": "Ir. EEN ENDARTO, MM.",
    "pangkat": None,
    "nip": "19670720 199903 1.005",
    "visi": None,
    "misi": None,
    "kata_pengantar": "\n".join(_KATA_PENGANTAR),  # one paragraph a line
    "sebutan": "LKjIP",
    "penomoran": "per bab",
}

# --------------------------------------------------------------------------
# BAB I B.1 Sumber Daya Manusia (pdf page 26)

# Printed "Tabel 2.1": PNS by golongan x sex.  Its "Jumlah" row is printed with empty cells.
_TABEL_1_2 = _rows(
    "jenis kode laki_laki perempuan jumlah",
    ("Golongan", "Golongan I", "5", "0", "5"),
    ("Golongan", "Golongan II", "63", "2", "65"),
    ("Golongan", "Golongan III", "50", "14", "64"),
    ("Golongan", "Golongan IV", "9", "2", "11"),
    ("Total", "Jumlah", None, None, None),
)

# Printed "Tabel 2.2": PNS by pendidikan x penempatan x sex.  The matrix as printed is the
# sheet "Tambahan Pegawai Pendidikan" (below); its "Jumlah" row (L/P per pendidikan, and
# the grand total 145 under "TOTAL") is also Tabel 1.4, which checks it.  (An earlier
# version spread the matrix over Tabel 1.1; Tabel 1.1 is a table by jabatan, which the
# document does not have, so it is left out now.)
_PENDIDIKAN = ("S-2", "S-1", "D-3", "SMA", "SMP", "SD")
_PENEMPATAN = (
    ("1", "Kepala Dinas", "1 0 0 0 0 0 0 0 0 0 0 0"),
    ("2", "Sekretariat", "2 2 10 6 0 0 6 0 0 0 0 0"),
    ("3", "Bidang Sungai & Waduk", "4 1 3 0 0 0 4 0 0 0 0 0"),
    ("4", "Bidang Irigasi dan Air baku", "2 1 3 1 0 0 1 0 0 0 0 0"),
    ("5", "Bidang Pemb. JJ", "2 0 4 0 0 0 2 0 0 0 0 0"),
    ("6", "Bidang Pemel. JJ", "2 0 4 1 0 0 0 0 0 0 0 0"),
    ("7", "Bidang Bina Program", "1 0 3 1 0 0 0 0 0 0 0 0"),
    ("8", "Bidang Tata Ruang", "0 1 2 2 1 0 4 0 0 0 0 0"),
    ("9", "UPTD. Lab. Konstruksi", "1 0 1 0 0 0 3 0 1 0 0 0"),
    ("10", "UPTD Workshop", "0 0 0 0 0 0 2 0 0 0 0 0"),
    ("11", "UPTD Kecamatan", "2 0 11 0 0 0 39 0 6 0 2 0"),
)
_JUMLAH_PENDIDIKAN = "17 5 41 11 1 0 61 0 7 0 2 0"

_TABEL_1_4 = _rows(
    "jenis kode laki_laki perempuan jumlah",
    ("Pendidikan", "S-2", "17", "5", None),
    ("Pendidikan", "S-1", "41", "11", None),
    ("Pendidikan", "D-3", "1", "0", None),
    ("Pendidikan", "SMA", "61", "0", None),
    ("Pendidikan", "SMP", "7", "0", None),
    ("Pendidikan", "SD", "2", "0", None),
    ("Total", "TOTAL", None, None, "145"),
)

# --------------------------------------------------------------------------
# Ikhtisar Eksekutif table (pdf pages 3-4): tujuan, sasaran, indikator, target, realisasi, %

_T1 = "Meningkatkan kualitas infrastruktur bina marga, sumberdaya air, perumahan-pemukiman, dan perhubungan"
_T2 = "Meningkatnya kualitas tata kelola pemerintahan daerah"
_T3 = "Meningkatnya kelestarian lingkungan hidup dan penataan ruang"
_S = {
    "S1": "Meningkatnya kualitas jalan dan jembatan, sarana drainase perkotaan, dan jaringan irigasi.",
    "S2": "Miningkatnya wilayah bebas banjir",
    "S3": "Meningkatnya ketersediaan sumber daya air",
    "S4": "Meningkatnya ketersediaan fasilitas lampu Penerangan Jalan di Kabupaten Grobogan",
    "S5": "Meningkatnya kompetensi dan kedisiplinan Apartaur Sipil Negara ( ASN )",
    "S6": "Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan daerah",
    "S7": "Miningkatnya kepuasan masyarakat terhadap pelayanan dari Dinas Pekerjaan Umum dan Penataan Ruang",
    "S8": "Meingkatnya ketersediaan dokumen rencana tata ruang dan terkendalinya alih fungsi lahan",
}

_TABEL_2_1 = _rows(
    "kode no tujuan kode_sasaran sasaran",
    ("T1", None, _T1, "S1", _S["S1"]),
    ("T1", None, _T1, "S2", _S["S2"]),
    ("T1", None, _T1, "S3", _S["S3"]),
    ("T1", None, _T1, "S4", _S["S4"]),
    ("T2", None, _T2, "S5", _S["S5"]),
    ("T2", None, _T2, "S6", _S["S6"]),
    ("T2", None, _T2, "S7", _S["S7"]),
    ("T3", None, _T3, "S8", _S["S8"]),
)

# (kode_sasaran, kode, indikator, target, satuan, realisasi, capaian) as printed.
_IKHTISAR = (
    (None, "IK01", "Presentase infrastruktur kondisi baik", "84 %", None, "79,82 %", "95,02 %"),
    ("S1", "IK02", "Persentase jalan dan jembatan dalam kondisi baik", "84 %", None, "79,82 %", "95,02 %"),
    ("S1", "IK03", "Cakupan drainase dalam kondisi baik", "64 %", None, "64,14 %", "100 %"),
    ("S1", "IK04", "Luas irigasi Kabupaten dalam kondisi baik", "85,12 %", None, "85,12 %", "100 %"),
    ("S2", "IK05", "Persentase wilayah bebas banjir", "80 %", None, "80,53 %", "99,34 %"),
    ("S3", "IK06", "Ketersediaan air embung untuk irigasi dan pertanian", "2", "buah", "2", "100%"),
    ("S4", "IK07", "Persentase ketersediaan Lampu Penerangan Jalan Umum terhadap luasan Kabupaten Grobogan", "90%", None, "90 %", "100 %"),
    ("S5", "IK08", "Prosentase Pejabat yang memenushi standar kmpetensi jabatan", "80 %", None, "80 %", "100 %"),
    ("S6", "IK09", "Nilai SAKIP", "B", None, "B", "100 %"),
    ("S7", "IK10", "Rata – rata skor survey Indeks Kepuasan Masyarakat ( IKM )", "78 %", None, "78 %", "100 %"),
    ("S8", "IK11", "Persentase kesesuaian pemenfaatan lahan", "96,12 %", None, "96,12 %", "100 %"),
)


def _sasaran_text(kode: str | None, previous: str | None) -> str | None:
    """The sasaran text on the first indicator row of each sasaran (as the table merges it)."""
    return _S[kode] if kode and kode != previous else None


def _ikhtisar_rows(with_realisasi: bool) -> list[Record]:
    rows: list[Record] = []
    previous = None
    for ks, kode, indikator, target, satuan, realisasi, capaian in _IKHTISAR:
        row: Record = {"kode_sasaran": ks, "no": None, "sasaran": _sasaran_text(ks, previous),
                       "kode": kode, "indikator": indikator, "target": target}
        if with_realisasi:
            row.update(realisasi=realisasi, capaian=capaian)
        else:
            row.update(satuan=satuan, polaritas=None)
        rows.append(row)
        previous = ks
    return rows


# The document's Perjanjian Kinerja (BAB II D) lists 16 sasaran strategis without
# indicators or targets; the only 2021 targets per sasaran indicator are those of the
# Ikhtisar table, so Tabel 2.6 takes them from there (see SOURCE.md).
_TABEL_2_6 = _ikhtisar_rows(with_realisasi=False)
_TABEL_3_1 = _ikhtisar_rows(with_realisasi=True)

# --------------------------------------------------------------------------
# BAB II D. Isi Perjanjian Kinerja Tahun 2021 (pdf pages 45-48)

# b. Program Kegiatan: "Terdiri dari 14 ( Empat belas ) kegiatan" (list, no programs)
_TABEL_2_4 = _rows(
    "jenis kode no uraian",
    ("Kegiatan", "K01", "1)", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah."),
    ("Kegiatan", "K02", "2)", "Kegiatan Administrasi Keuangan Perangkat Daerah."),
    ("Kegiatan", "K03", "3)", "Kegiatan Administrasi Barang Milik Daerahh Pada Perangkat Daerah."),
    ("Kegiatan", "K04", "4)", "Kegiatan Administrasi Kepegawaian Perangkat Daerah."),
    ("Kegiatan", "K05", "5)", "Kegiatan Administrasi Umum Perangkat Daerah."),
    ("Kegiatan", "K06", "6)", "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah."),
    ("Kegiatan", "K07", "7)", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah."),
    ("Kegiatan", "K08", "8)", "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah."),
    ("Kegiatan", "K09", "9)", "Kegiatan Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota."),
    ("Kegiatan", "K10", "10)", "Kegiatan Penegmbangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasiii yang luasnya dibawaah 1.000 ha dalam 1 (satu) Daerah Kabupaten/Kota."),
    ("Kegiatan", "K11", "11)", "Kegiatan Kegiatan Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota."),
    ("Kegiatan", "K12", "12)", "Kegiatan Penyelenggaraan bangunan Gedung di wilayah Daerah Kabupaten/Kota, Pemberian Izin Mendirikan Bangunan (IMB) dan Sertifikat laik Fungsi Bangunan Gedung."),
    ("Kegiatan", "K13", "13)", "Kegiatan Penyelenggaraan Jalan Kabupaten/Kota."),
    ("Kegiatan", "K14", "14)", "Kegiatan Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencanan Rinci Tata Ruang(RRTR) Kabupaten/Kota."),
)

# c. Ringkasan Total Kegiatan Tahun 2021: NO., PROGRAM (the rows are kegiatan), ANGGARAN
# (Rp), SUMBER DANA.  No total row is printed.  Sumber dana lines joined with a space.
_TABEL_2_6_PROGRAM = _rows(
    "jenis kode no program anggaran keterangan",
    ("Program", "K01", "1.", "Kegiatan Perencanaan, Penggaran, dan Evaluasi Kinerja Perangkat Daerah", "304.495.000", "APBD"),
    ("Program", "K02", "2.", "Kegiatan Administrasi Keuangan Perangkat Daerah", "9.871.1466.000", "APBD"),
    ("Program", "K03", "3.", "kegiatan Administrasi Barang Milik Daerah Pada Perangkat Daerah", "76.412.000", "APBD"),
    ("Program", "K04", "4.", "kegiatan Administrasi Kepegawaian Perangakt Daerah.", "850.954.898", "APBD"),
    ("Program", "K05", "5.", "Kegiatan Administrasi Umum Perangkat Daerah", "2.8766.522.000", "APBD APBN (Keg. DAK)"),
    ("Program", "K06", "6.", "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "556.070.500", "APBD (Keg. BANPROV)"),
    ("Program", "K07", "7.", "KegiatanPenyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "1.157.028.000", "APBD (Keg. DAU)"),
    ("Program", "K08", "8.", "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "1.846.197.600", "APBD (Keg. DAU)"),
    ("Program", "K09", "9.", "KegiatanPengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalan 1 (satu) Daerah Kabupaten/Kota", "25.965.000.000", "APBD (Keg. DAU)"),
    ("Program", "K10", "10.", "Kegiatan Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1.000 ha dalam 1 (satu) Daerah Kabupaten/Kota", "22.426.000.000", "APBD (Keg. DAU)"),
    ("Program", "K11", "11.", "Kegiatan Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota", "5.147.000.000", "APBD (Keg. DAU) (Keg. DAK)"),
    ("Program", "K12", "12.", "Kegiatan Penyelenggaraan Bangunan Gedung diwilayah daerah Kabupaten/Kota, Pemberian Izin Mendirikan banguanan (IMB) dan Sertifikat Laik Fungsi Bangunan Gedung", "500.000.000", "APBD (Keg. DAU)"),
    ("Program", "K13", "13.", "Kegiatan Penyelenggaraan Jalan Kabupaten/Kota", "90.318.323.000", "APBD (Keg. DAU)"),
    ("Program", "K14", "14.", "Kegiatan Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencanan Rinci Tata Ruang (RRTR) Kabupaten/Kota", "550.000.000", "APBD (Keg. DAU)"),
)

# --------------------------------------------------------------------------
# BAB III A.1 Target dan Realisasi Kinerja Tahun 2021 (pdf pages 49-51).  The four
# printed sasaran headings have no column in Tabel 3.3 (SOURCE.md, "Did not fit").
# Kegiatan "b." under sasaran 3 (K10, irigasi) is printed with no indicator, target,
# realisasi or %: no row (Tabel 3.3 needs an indicator).
_TABEL_3_3 = _rows(
    "no kode_program program kode indikator target realisasi capaian",
    ("a.", "K01", "Kegiatan Perencanaan, Penggaran, dan Evaluasi Kinerja Perangkat Daerah.", "IKK01", "Tercukupinya Persentase layanan dukungan administrasi kesekretariatan yang sesuai SOP", "70 %", "70 %", "100 %"),
    ("b.", "K02", "Kegiatan Administrasi Keuangan Perangkat Daerah.", "IKK02", "Tercukupinya Jumlah laporan keuangan SKPD yang dibuat", "100%", "100%", "100%"),
    ("c.", "K03", "Kegiatan Administrasi Barang Milik Daeraah Pada Perangakt Daerah.", "IKK03", "Terlaksananya Penyediaan prasarana penyelenggaraann pelayanan publik.", "100%", "100%", "100 %"),
    ("d.", "K04", "Kegiatan Administrasi Kepegawaian Perangkat Daerah.", "IKK04", "Terlaksananya pengadaan seragam dan bimbingan teknis bagi PNS dan Non PNS.", "335", "335", "100 %"),
    ("e.", "K05", "Kegiatan Administrasi Umum Perangkat Daerah.", "IKK05", "Terlaksananya penyediaan prasaranan penyelenggaraan pelayanan publik.", "100%", "100%", "100 %"),
    ("f.", "K06", "Kegiatan Pengadaan barang Milik Daerah Penunjang Urusan Pemerintah Daeraah", "IKK06", "Terlaksananya Penyediaan Prasarana Penyelenggaraan Pelayanan Publik", "100%", "100%", "100%"),
    ("a.", "K11", "Kegiatan Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kaabupaten/Kota", "IKK07", "Meningkatnya Panjang Saluran Drainase/Gorong-gorong yang terbangun", "2,57", "2,57", "100 %"),
    ("d.", "K13", "Kegiatan Penyelenggaraan Jalan kabupaten/Kota", "IKK08", "Meningkatnya kelancaran distribusi lalu lintas dan ekonomi", "100%", "100%", "100 %"),
    ("a.", "K09", "Kegiatan Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota", "IKK09", "Tersedianya air embung untuk irigasi - pertanian", "13.125", "13.125", "100 %"),
    ("a.", "K14", "Kegiatan Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota", "IKK10", "Meningkatnya Persentase Luas Bangunan/Gedung yang dibangun pada Wilayah Strategis dan cepat Tumbuh", "96,12 %", "96,12 %.", "100 %"),
)

# --------------------------------------------------------------------------
# BAB III A.2 Rincian analisis dan evaluasi kinerja setiap capaian sasaran (pdf pages 51-56):
# one table per kegiatan 1)-13) with SASARAN, INDIKATOR, TARGET, REALISASI, %.

_HAMBATAN_IRIGASI = (
    "Kondisi tanah di Kabupaten Grobogan yang relative stabil (expansive) sehingga bila musim kemarau tanah menyusut sehingga timbul retak-retak, tetapi bila musim hujan cepat mengembang. "
    "Jaringan irigasi yang rusak sangat panjang sehingga memerlukan biaya pemeliharaan lebih besar. "
    "Sering terjadi tanggul longsor akibat bencana alam. "
    "Terbatasnya kualitas maupun kuantitas material lokal sehingga biaya meningkat dan pemeliharaan lebih tinggi. "
    "Realisasi sudah menunjukkan bahwa sudah ada peningkatan umur jaringan irigasi pada tahun-tahun terdahulu."
)
_HAMBATAN_DRAINASE = (
    "Kondisi tanah di Kabupaten Grobogan yang relative stabil (expansive) sehingga bila musim kemarau tanah menyusut sehingga timbul retak-retak, tetapi bila musim hujan cepat mengembang. "
    "Drainase yang rusak sangat panjang sehingga memerlukan biaya pemeliharaan lebih besar. "
    "Sering terjadi Pendangkalan lumpur. "
    "Studi pemetaan aliran air."
)

_ANALISIS_KEGIATAN = _rows(
    "kode_indikator kode_kegiatan kegiatan indikator_keluaran target realisasi satuan persen jenis_faktor faktor",
    ("IKR01", "K01", "Kegiatan Perencanaan ,Pengagaran, dan Evaluasi Kinerja Perangkat Daerah.", "Tercukupinya penyediaan jasa maupun barang bagi keperluan administrasi perkantoran secara optimal", "70%", "70 %", None, "100 %", None, None),
    ("IKR02", "K02", "Kegiatan Administrasi Keuangan Perangkat Daerah.", "Persentase Pelaporan Capaian Kinerja Dinas.", "100%", "100%", None, "100%", None, None),
    ("IKR03", "K03", "Kegiatan Administrasi Barang Milik Daerah pada Perangkat Daerah.", "Terlaksananya Penyediaan prasarana penyelenggaraan pelayanan publik.", "1", "1", "paket", "100%", None, None),
    ("IKR04", "K04", "Kegiatan Administrasi Kepegawaian Perangkat Daerah.", "Terpenuhinya peningkatan kapasitas sumber daya aparatur.", "70%", "70%", None, "100%", None, None),
    ("IKR05", "K05", "Kegiatan Administrasi Umum Perangkat Daerah.", "Terlaksanya penyediaan prasarana penyelenggaraan pelayanan publik.", "1", "1", "paket", "100%", None, None),
    ("IKR06", "K06", "Kegiaatan Pengadaan Barang Milik Daerah Penunjang Urusan Peerintah Daerah.", "Terlaksananya penyediaan prasaranan penyelenggaraan pelayanan publi", "1", "1", "paket)", "100%", None, None),
    ("IKR07", "K07", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah.", "Jumlah surat yang terkirim", "720", "720", "lembar", "100%", None, None),
    ("IKR08", "K08", "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Jumlah Perlengkapan Kantor yang dibeli", "7", "7", "buah", "100%", None, None),
    ("IKR09", "K09", "Kegiatan Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota.", "Terpeliharanya jumlah bangunan penampung air yang terpelihara", "2", "2", "km", "100%", None, None),
    ("IKR10", "K09", "Kegiatan Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota.", "Terpeliharannya tanggul sungai/avour yang diperbaiki", "91", "91", "km", "100%", None, None),
    ("IKR11", "K10", "Kegiatan Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang luasnya dibawaaah 1.000 ha dalam 1 (satu) Daerah Kabupaten/Kota.", "Persentase panjang saluran irigasi yang terbangun", "12", "12", "km", "100%", "Penghambat", _HAMBATAN_IRIGASI),
    ("IKR12", "K11", "Kegiatan Pengelola dan Pengembangan Sistem Drainase yang Terhubung Langsung Dengan Sungai dalam Daerah Kabupaten/Kota.", "Meningkatnya Panjang Saluran Drainase/Gorong-gorong yang dibangun.", "2,5", "2,5", "km", "100%", "Penghambat", _HAMBATAN_DRAINASE),
    ("IKR13", "K13", "Kegiatan Penyelenggaraan Jalan Kabupaten/Kota.", "Persentase panjang jalan dan jembatan dalam kondisi baik.", "84 %", "79,82 %", None, "95,02 %", None, None),
    ("IKR14", "K14", "Kegiatan Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota.", "Jumlah dokumen yang tersusun", "4", "4", "buah", "100%", None, None),
)

# --------------------------------------------------------------------------
# BAB III A, section "2. Realisasi kinerja dan capaian kinerja ... Tahun 2021 dengan Tahun
# 2020" (pdf pages 56-62) and section "3. Realisasi kinerja sampai tahun 2021 dengan target
# jangka menengah dalam Renstra" (pdf pages 62-69): 15 blocks of the old programs.

_SAS_JALAN = "Terwujudnya peningkatan struktur dan kapasitas jalan dan jembatan yang mengalami penurunan pelayanan, serta tersedianya lahan untuk pengembangan jaringan"
_SAS_SDA = "Meningkatnya kualitas pembangunan, pemeliharaan, dan pemanfaatan infrastruktur sumber daya air"

_TABEL_3_4 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi realisasi_lalu",
    (None, "1.", "Meningkatnya pelayanan administrasi perkantoran", "IKP01", "Tercukupinya penyediaan jasa maupun barang bagi keperluan administrasi perkantoran secara optimal", "100 %", "100 %"),
    (None, "2.", "Meningkatnya sarana dan prasarana aparatur", "IKP02", "Terpenuhinya kebutuhan peningkatan sarana dan prasarana aparatur.", "100 %", "100 %"),
    (None, "3.", "Meningkatnya kualitas dan pengetahuan Sumber Daya Manusia ( SDM ) Pegawai DPUPR", "IKP03", "Terlaksananya pengiriman peserta pendidikan dan pelatihan.", "100 %", "100 %"),
    (None, "4.", "Meningkatnya kapasitas sumber daya aparatur", "IKP04", "Terpenuhinya peningkatan kapasitas sumber daya aparatur.", "100 %", "100 %"),
    (None, "5.", "Meningkatnya kualiatas sistem capaian kinerja dan keuangan", "IKP05", "Terpenuhinya peningkatan sistem pelaporan capaian kinerja dan keuangan.", "100 %", "100 %"),
    (None, "6.", _SAS_JALAN, "IKP06", "Meningkatnya lapis permukaan jalan.; Meningkatnya waktu tempuh; Meningkatnya arus lalu lintas", "100 %", "100 %"),
    (None, "7.", _SAS_JALAN, "IKP07", "Meningkatnya stabilitas badan jalan; Meningkatnya panjang saluran drainase / gorong-gorong", "100 %", "100 %"),
    (None, "8.", _SAS_JALAN, "IKP08", "Meningkatnya stabilitas badan jalan dan jembatan; Meningkatnya keamanan dan kenyamanan pengguna jalan", "100 %", "100 %"),
    (None, "9.", _SAS_JALAN, "IKP09", "Terpeliharanya lapis permukaan jalan; Terpeliharannya kenyamanan pengguna jalan; Meningkatnya kelancaran distribusi lalu lintas dan ekonomi", "100 %", "100 %"),
    (None, "10.", "Meningkatnya kualitas dan kuantitas sarana dan prasarana pendukung laboratorium", "IKP10", "Meningkatnya alat laboratorium", "100 %", "100 %"),
    (None, "11.", _SAS_SDA, "IKP11", "Meningkatkan suplai air irigasi.; Meningkatnya pengetahuan dan partisipasi masyarakat khususnya P3A/ Dharma Tirta dalam pengelolaan irigasi.", "100 %", "100 %"),
    (None, "12.", "Meningkatnya upaya konservasi sumber daya air", "IKP12", "Meningkatkan ketersediaan air.", "100 %", "100 %"),
    (None, "13.", _SAS_SDA, "IKP13", "Meningkatnya kapasitas daya tampung sungai.; Meningkatnya kapasitas daya tampung avour / saluran pembuang.; Meningkatnya kekuatan lereng tebing sungai.", "100%", "100%"),
    (None, "14.", "Terlaksananya koordinasi TKPRD Kab. Grobogan", "IKP14", "Terkendalinya Pemanfaatan ruang di Kab. Grobogan", "100%", "100%"),
    (None, "15.", "Meningkatnya sistem informasi penataan ruang kabupaten Grobogan", "IKP15", "Tersampainya informasi tata ruang kab. Grobogan Khususnya perencanaan spasial", "100%", "100%"),
)

# Section 3 prints REALISASI 2021 and TARGET RENSTRA (the end-of-Renstra target).  Block 5
# prints its realisasi column as "REALISASI 2020" (and says "tahun 2020"): transcribed
# under the printed year, realisasi_0.  Blocks 14 and 15 are numbered "15." and "16.".
_TABEL_3_2 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_0 realisasi_1 target_akhir",
    (None, "1.", "Meningkatnya pelayanan administrasi perkantoran", "IKP01", "Terpenuhinya kebutuhan administrasi perkantoran.", None, "100 %", "70 %"),
    (None, "2.", "Meningkatnya sarana dan prasarana aparatur", "IKP02", "Terpenuhinya kebutuhan peningkatan sarana dan prasarana aparatur.", None, "100 %", "70 %"),
    (None, "3.", "Meningkatnya kualitas dan pengetahuan Sumber Daya Manusia ( SDM ) Pegawai DPUPR", "IKP03", "Terlaksananya pengiriman peserta pendidikan dan pelatihan.", None, "100 %", "100"),
    (None, "4.", "Meningkatnya kapasitas sumber daya aparatur", "IKP04", "Terpenuhinya peningkatan kapasitas sumber daya aparatur.", None, "100 %", "100"),
    (None, "5.", "Meningkatnya kualiatas sistem capaian kinerja dan keuangan", "IKP05", "Terpenuhinya peningkatan sistem pelaporan capaian kinerja dan keuangan.", "100 %", None, "100"),
    (None, "6.", _SAS_JALAN, "IKP06", "Meningkatnya lapis permukaan jalan.; Meningkatnya waktu tempuh; Meningkatnya arus lalu lintas", None, "100 %", "100"),
    (None, "7.", _SAS_JALAN, "IKP07", "Meningkatnya stabilitas badan jalan; Meningkatnya panjang saluran drainase / gorong-gorong", None, "100 %", "100"),
    (None, "8.", _SAS_JALAN, "IKP08", "Meningkatnya stabilitas badan jalan dan jembatan; Meningkatnya keamanan dan kenyamanan pengguna jalan", None, "100 %", "100"),
    (None, "9.", _SAS_JALAN, "IKP09", "Terpeliharanya lapis permukaan jalan; Terpeliharannya kenyamanan pengguna jalan; Meningkatnya kelancaran distribusi lalu lintas dan ekonomi", None, "100 %", "100"),
    (None, "10.", "Meningkatnya kualitas dan kuantitas sarana dan prasarana pendukung laboratorium", "IKP10", "Meningkatnya alat laboratorium", None, "100 %", "100"),
    (None, "11.", _SAS_SDA, "IKP11", "Meningkatkan suplai air irigasi.; Meningkatnya pengetahuan dan partisipasi masyarakat khususnya P3A/ Dharma Tirta dalam pengelolaan irigasi.", None, "100 %", "100"),
    (None, "12.", "Meningkatnya upaya konservasi sumber daya air", "IKP12", "Meningkatkan ketersediaan air.", None, "100 %", "100"),
    (None, "13.", _SAS_SDA, "IKP13", "Meningkatnya kapasitas daya tampung sungai.; Meningkatnya kapasitas daya tampung avour / saluran pembuang.; Meningkatnya kekuatan lereng tebing sungai.", None, "100 %", "100"),
    (None, "15.", "Terlaksananya koordinasi TKPRD Kab. Grobogan", "IKP14", "Terkendalinya Pemanfaatan ruang di Kab. Grobogan", None, "100 %", "100"),
    (None, "16.", "Meningkatnya sistem informasi penataan ruang kabupaten Grobogan", "IKP15", "Tersampainya informasi tata ruang kab. Grobogan Khususnya perencanaan spasial", None, "100 %", "100"),
)

# --------------------------------------------------------------------------
# BAB III B. Realisasi Anggaran (pdf pages 73-74): 13 kegiatan, no total row.
_REALISASI_ANGGARAN = _rows(
    "jenis kode no uraian anggaran realisasi persen",
    ("Kegiatan", "K01", "1.", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "264.320.000", "195.645.500", "74,02"),
    ("Kegiatan", "K02", "2.", "Kegiatan Administrasi Keuangan Perangkat Daerah", "10.662.131.000", "10.134.753.523", "95,05"),
    ("Kegiatan", "K03", "3.", "Kegiatan Administrasi barang Milik Daerah pada Perangkat Daerah", "76.412.000", "71.650.000", "93,77"),
    ("Kegiatan", "K04", "4.", "Kegiatan Administrasi Kepegawaian Perangkat Daerah", "845.629.898", "784.311.900", "92,72"),
    ("Kegiatan", "K05", "5.", "Kegiatan Administrasi Umum Perangkat Daerah", "2.872.447.000", "2.749.456.967", "95,72"),
    ("Kegiatan", "K06", "6.", "Kegiatan Pengedaan Barang Milik daerah Penunjang Urusan Perangkat Daerah", "551.370.500", "484.269.000", "87,83"),
    ("Kegiatan", "K07", "7.", "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintah Daerah", "1.157.028.000", "929.446.961", "80,33"),
    ("Kegiatan", "K08", "8.", "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "1.837.932.600", "1.607.128.555", "87,44"),
    ("Kegiatan", "K09", "9.", "Kegiatan Pengelola SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota", "25.741.775.000", "25.173.143.650", "97,79"),
    ("Kegiatan", "K10", "10.", "Kegiatan Pengaman dan Pengelolaan Sistem Irigasi primer dan sekunder pada Daerah Irigasi yang Luasnya dibawah 1.000 Ha dalam 1 (satu) Daerah Kabupaten/Kota", "22.305.200.000", "21.107.372.500", "94,63"),
    ("Kegiatan", "K11", "11.", "Kegiatan Pengelolaan dan pengembangan Sistem Drainase yang Terhubung Langsung Sungai dalam Daerah Kabupaten/Kota", "5.099.755.000", "4.947.525.400", "97,01"),
    ("Kegiatan", "K13", "12.", "Kegiatan Penyelenggaraan jalan Kabupaten/Kota", "89.983.973.000", "80.134.853.354", "89,05"),
    ("Kegiatan", "K14", "13.", "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Kabupaten/Kota", "547.175.000", "540.667.450", "98,81"),
)

# --------------------------------------------------------------------------
# Staff-written text that carries figures (years, counts, regulation numbers), as printed.

_SASARAN_PK = (
    "Meningkatnya Kondisi sarana irigasi dalam kondisi baik.",
    "Meningkatnya Wilayah bebas banjir.",
    "Meningkatnya ketersediaan sumber daya air.",
    "Meningkatnya jumlah masyarakat yang menyadari dan memahami pemanfaatan sarana dan prasarana saluran irigasi, sungai, danau dan sumber daya air lainnya.",
    "Meningkatnya kesadaran dan partisipasi aktif masyarakat melalui P3A / GP3A/IP3A",
    "Meningkatnya ketersediaan sarana dan prasarana pendukung pelayanan tugas dan fungsi.",
    "Meningkatnya kapasitas ASN kebinamargaan baik secara teknis maupun administrasi.",
    "Meningkatnya kualitas jalan dan jembatan.",
    "Meningkatnya kestabilan badan dan bahu jalan.",
    "Meningkatnya kualitas bangunan pelengkap jalan.",
    "Tersedianya data jalan dan jembatan secara cepat dan akurat.",
    "Meningkatnya kualitas dan kuantitas sarana dan prasarana pendukung laboratorium.",
    "Meningkatnya pemahaman dan kesadaran masyarakat dalam pengurusan IMB / bangunan gedung dan peraturan penataan ruang.",
    "Terkendalinya pemanfaatan penataan ruang, penataan bangunan dan lingkungan yang terukur dan berkelanjutan.",
    "Tersedianya informasi mengenai rencana tata ruang (RTR) wilayah kabupaten.",
    "Meningkatnya ketersediaan fasilitas Lampu Penerangan Jalan di Kabupaten Grobogan melalui operasi dan pemeliharaan dan peningkatan kapasitas penerangan jalan umum secara terukur, menyeluruh dan berkesinambungan.",
)


def _numbered(items: tuple[str, ...], fmt: str = "{n}) ") -> str:
    return " ".join(fmt.format(n=n) + text for n, text in enumerate(items, start=1))


_NARASI = (
    ("Kata Pengantar", _KATA_PENGANTAR[2]),
    ("Ikhtisar Eksekutif", "Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Pekerjaan Umum Dan Penataan Ruang Tahun 2021 disusun berdasarkan Rencana Strategis 2016 – 2021 dan Rencana Kerja Tahun 2021."),
    ("Ikhtisar Eksekutif", "Adapun Capaian Sasaran Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021 tampak sebagai berikut :"),
    ("Ikhtisar Eksekutif", "Tidak tercapainya beberapa sasaran tersebut diatas disebabkan karena beberapa hal yang menghambat kinerja Dinas Pekerjaan Umum Dan Penataan Ruang, antara lain : " + _numbered((
        "Kondisi tanah di Kabupaten Grobogan yang relatif labil (expansive) sehingga berkarakteristik kembang susut yang besar dan mudah longsor bila terkena air.",
        "Jaringan irigasi dan sumber daya air banyak yang rusak sehingga memerlukan biaya pemeliharaan yang lebih besar.",
        "Banyaknya jaringan irigasi sumber daya air yang ada di kabupaten grobogan sehingga memerlukan waktu yang cukup lama untuk melengkapi data.",
        "Masih banyak infrastruktur jalan dan jembatan yang belum tertangani karena keterbatasan anggaran."), "{n}. ")),
    ("Ikhtisar Eksekutif", "Atas berbagai permasalahan diatas, kami akan berusaha mengatasi dimasa yang akan datang dengan beberapa cara agar target dapat tercapai sesuai dengan yang diharapkan, antara lain : " + _numbered((
        "Melakukan kegiatan untuk menginventarisasi data sumber daya air, jaringan irigasi, jalan dan jembatan.",
        "Melakukan koordinasi dengan Dinas/Instansi terkait baik Pemerintah Pusat dan Provinsi untuk ikut berpartisipasi dalam pemecahan penanganan sumber daya air dan jaringan irigasi.",
        "Mengembangkan pelayanan dan pengelolaan sumber daya air dan jaringan irigasi.",
        "Mengikutsertakan semua lapisan masyarakat dalam pengelolaan sumber daya air dan jaringan irigasi."), "{n}. ")),
    ("BAB I A.1 Kedudukan", "Dinas Pekerjaan Umum dan Penataan Ruang merupakan unsur pelaksana Pemerintah Daerah yang dibentuk berdasarkan Peraturan Bupati Grobogan Nomor 53 Tahun 2016 Tanggal 23 Nopember 2016. Dinas Pekerjaan Umum Dan Penataan Ruang dipimpin oleh seorang kepala yang berada dibawah dan bertanggung jawab kepada Bupati melalui Sekretaris Daerah."),
    ("BAB I A.2 Susunan Organisasi", "Susunan Organisasi dan Tata kerja Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan diuraikan dalam Peraturan Bupati Kabupaten Grobogan Nomor 53 Tahun 2016 Tanggal 23 Nopember 2016. Adapun Susunan Organisasi Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan sebagai berikut :"),
    ("BAB I B.1 Sumber Daya Manusia ( SDM )", "Aparatur dilingkungan Dinas Pekerjaan Umum Dan Penataan Ruang per- Desember 2021, terdiri dari :"),
    ("BAB II D.a Sasaran Strategis", "Terdiri dari 16 sasaran strategis yaitu :"),
    ("BAB II D.b Program Kegiatan", "Terdiri dari 14 ( Empat belas ) kegiatan :"),
    ("BAB III A.1 Target dan Realisasi Kinerja Tahun 2021", "Pengukuran capaian kinerja organisasi dilakukan dengan menyajikan capaian atas target kinerja setiap sasaran dan kegiatan yang telah ditetapkan sebelumnya. Adapun rincian-rincian kinerja setiap sasaran dari Dinas Pekerjaan Umum Dan Penataan Ruang Tahun 2021 adalah sebagai berikut :"),
    ("BAB III A.2 Rincian analisis dan evaluasi kinerja", "Rincian analisis dan evaluasi kinerja setiap capaian sasaran Dinas Pekerjaan Umum Dan Penataan Ruang Tahun 2021 sebagai berikut:"),
    ("BAB III A.2 2) Kegiatan Administrasi Keuangan Perangkat Daerah", "Program ini diarahkan untuk meningkatkan sarana dan prasarana aparatur untuk menunjang kinerja dan kenyamanan kegiatan perkantoran. Adapun capaian sasaran tahun 2021 tampak sebagai berikut :"),
    ("BAB III A.2 3) Kegiatan Administrasi Barang Milik Daerah pada Perangkat Daerah", "Program ini diarahkan untuk meningkatkan disiplin aparatur untuk menunjang kinerja dan kenyamanan kegiatan perkantoran. Adapun capaian sasaran tahun 2021 tampak sebagai berikut :"),
    ("BAB III A.2 5) Kegiatan Administrasi Umum Perangkat Daerah", "Program ini diarahkan untuk peningkatan dan pengembangan sistem pelaporan. Adapun capaian sasaran tahun 2021 tampak sebagai berikut :"),
    ("BAB III A.2 Realisasi 2021 dengan 2020", "Realisasi kinerja dan capaian kinerja Dinas Pekerjaan Umum Dan Penataan Ruang Tahun 2021 dengan Tahun 2020 :"),
    ("BAB III A.3 Realisasi dengan target Renstra", "Realisasi kinerja sampai tahun 2021 dengan target jangka menengah dalam Renstra :"),
    ("BAB III A.3 5) Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", "Program ini diarahkan untuk peningkatan dan pengembangan sistem pelaporan.Adapun capaian sasaran tahun 2020 dengan target jangka menengah dalam Renstra tampak sebagai berikut:"),
    ("BAB III A.4 Analisis penyebab keberhasilan / kegagalan", "Dari hasil pengamatan dilapangan, ada beberapa analisa yang menyebabkan kegagalan penurunan kinerja pada tahun 2021 ini, antara lain : Musim penghujan yang terjadi hampir merata sepanjang tahun 2021 menghambat pelaksanaan kegiatan sehingga mengakibatkan kerusakan infrastruktur dilapangan tidak dapat segera diatasi, sehingga menyebabkan fungsi infrastruktur tidak efektif. Kondisi tanah di Kabupaten Grobogan yang relative stabil (expansive) sehingga bila musim kemarau tanah menyusut sehingga timbul retak-retak, tetapi bila musim hujan cepat mengembang. Sering terjadi tanggul longsor akibat bencana alam. Terbatasnya kualitas maupun kuantitas material lokal sehingga biaya meningkat dan pemeliharaan lebih tinggi. Masih belum meratanya kualitas sumber daya para karyawan di Dinas Pekerjaan Umum Dan Penataan Ruang pada khusunya. Masyarakat yang bersinggungan langsung dengan kegiatan – kegiatan yang dilaksanakan di Dinas Pekerjaan Umum Dan Penataan Ruang belum semuanya memahami dan menyadari fungsi dan tujuan dari kegiatan yang dilaksanakan oleh Dinas Pekerjaan Umum Dan Penataan Ruang, sehingga ada beberapa kegiatan yang dalam pelaksanaannya terhambat oleh sikap beberapa masyarakat yang tidak berkenan wilayah mereka dilalui atau dilakukan kegiatan pembangunan."),
    ("BAB III A.5 Analisis Atas Efisiensi penggunaan sumber daya", "Pencapaian pelaksanaan kegiatan koordinasi koordinasi pembangunan bidang sumber daya alam dan lingkungan hidup adalah : " + _numbered((
        "Tersusunnya mekanisme pelaksanaan koordinasi atas penyusunan program dan kegiatan di bidang sumber daya alam dan lingkungan hidup",
        "Terlaksananya pembahasan dan penanganan isu – isu strategis pembangunan bidang sumber daya alam dan lingkungan hidup.",
        "Permasalahan yang dihadapi adalah adanya inkonsistensi antar kebijakan dalam mengimplementasikan rencana pembangunan bidang sumber daya alam dan lingkungan hidup.",
        "Tindak lanjut yang diperlukan adalah sinkronisasi kegiatan, program dan kebijakan dalam upaya mewujudkan pemanfaatan sumber daya alam dan lingkungan hidup yang berkelanjutan."), "{n}. ")),
    ("BAB III A.6 Analisis Program / kegiatan yang menunjang keberhasilan", "Program / kegiatan yang menunjang keberhasilan atau kegagalan pencapaian pernyataan kinerja di Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan antara lain : 1. Program yang bertujuan untuk meningkatkan kualitas sumber daya manusia, organisasi, dan parasarana aparatur guna mewujudkan organisasi penatalaksanan yang efisien, efektif dan produktif, sehingga dapat mendukung keberhasilan pencapaian pernyataan kinerja antara lain : 1) Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah 2) Kegiatan Keuangan Perangkat Daerah 3) Kegiatan Penyedia Jasa Penunjang Urusan Pemerintah Daerah 4) Kegiatan Penyedia Jasa Penunjang Urusan Pemerintah Daerah. 2. Program untuk meningkatkan kualitas pengelolaan, kehandalan mutu infrastruktur dan kuantitas infrastruktur jaringan irigasi dalam rangka memberikan pelayanan yang optimal kepada masyarakat adalah : 1) Kegiatan Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang luasnya dibawah 1,000 ha dalam 1 (satu) Daerah Kabupaten/Kota. 3. Program untuk meningkatkan penyelenggaraan pembangunan infrastruktur, pemeliharaan dan pemanfaatan jalan, jembatan dan sumber daya pengairan antara lain : 1) Kegiatan Pengelola SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota 2) Kegiatan Pengelola dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota 3) Kegiatan Penyelenggaraan Jalan Kabupaten/Kota"),
    ("BAB III B. Realisasi Anggaran", "Aspek keuangan Dinas Pekerjaan Umum Dan Penataan Ruang tahun 2021 adalah sebagai berikut :"),
    ("BAB IV Penutup", "Selama satu tahun terakhir Dinas Pekerjaan Umum Dan Penataan Ruang sudah melaksanakan pembangunan infrastruktur jalan, jembatan, irigasi, rawa,dan pengairan lainnya, serta pengembangan pengelolaan, dan konservasi sungai, danau, dan sumber daya air lainnya serta penataan ruang dan penerangan jalan umum, sehingga sampai dengan akhir tahun 2021 capaian kinerja Dinas Pekerjaan Umum Dan Penataan Ruang Grobogan sudah mencapai target yang baik, sudah terjadi peningkatan infrastruktur yang pesat. Pada tahun 2021 ini Dinas Pekerjaan Umum Dan Penataan Ruang melanjutkan target kinerja yang belum tercapai di tahun – tahun sebelumnya. Belum tercapainya sasaran tersebut tentunya perlu diantisipasi dengan melakukan perbaikan-perbaikan dimasa yang akan datang."),
    ("BAB IV Penutup", "Dari hasil analisa dilingkungan yang ada, maka kita memerlukan beberapa kunci pokok untuk mencapai keberhasilan tersebut, antara lain : 1. Tersedianya sumber daya manusia yang memadai dan mau berkembang. 2. Tersedianya Tupoksi ( tugas pokok dan fungsi ) yang jelas. 3. Adanya program kerja / rencana kerja yang jelas. 4. Adanya peran serta dari semua unsur masyarakat Disamping itu perlu juga peningkatan SDM, sarana dan prasarana serta partisipasi dari berbagai pihak. Karena dengan adanya peningkatan yang disebutkan diatas maka diharapkan beberapa target kinerja Dinas Pekerjaan Umum Dan Penataan Ruang dapat tercapai."),
)

_NARASI_STAF: list[Record] = [
    {"kode": f"N{i:02d}", "bagian": bagian, "teks": teks}
    for i, (bagian, teks) in enumerate(_NARASI, start=1)
]

# --------------------------------------------------------------------------
# The report's own tables (sheets "Tambahan …", lkip_xl/book/extras.py): tables the schema
# has no sheet for, as printed.  write_input does not write them; add_extras() does, after
# it.  Every cell is the printed text (None where the printed cell is blank).

# BAB I C. Sarana dan Prasarana (pdf pages 27-41): 305 assets.  No caption and no total is
# printed; the caption here is the section heading with the sentence above the table.  Rows
# split over lines are joined; a word split at a hyphen by the layout ("Lain-" / "lain",
# "TG-" / "620") is rejoined.  Rows 296 and 299 print their Jumlah one line below the others
# (148, 158); rows 290-300 have no Satuan, rows 301-305 no Satuan and no Tahun Pengadaan.
_ASET = (
    ('1', 'Tanah Bangunan Kantor Pemerintah', '1.320', 'M2', '1967', 'Baik', 'No.2; 09/06/1967'),
    ('2', 'Tanah Bangunan Kantor Pemerintah', '1.540', 'M2', '1988', 'Baik', 'No.43; 22/09/1988'),
    ('3', 'Tanah Bangunan Kantor Pemerintah', '880', 'M2', '2001', 'Baik', 'No.9; 22/08/2001'),
    ('4', 'Tanah Bangunan Kantor Pemerintah', '15.280', 'M2', '2002', 'Baik', 'No.25; 18/04/2002'),
    ('5', 'Tanah Bangunan Kantor Pemerintah', '1.125', 'M2', '2002', 'Baik', 'No.21; 23/08/2002'),
    ('6', 'Tanah Bangunan Kantor Pemerintah', '575', 'M2', '2002', 'Baik', 'No.22; 22/04/2002'),
    ('7', 'Tanah Bangunan Kantor Pemerintah', '52545', 'M2', '2003', 'Baik', None),
    ('8', 'Tanah Jalan', '2.755.185', 'M2', '2003', 'Baik', '219 bidang'),
    ('9', 'Tanah Jalan Kabupaten', '250', 'M2', '2020', 'Baik', '22/12/2020'),
    ('10', 'Tanah Untuk Jembatan', '1.500', 'M2', '2020', 'Baik', '23/12/2020'),
    ('11', 'Wheel Tractor', '2', 'unit', '1990', 'Kurang Baik', None),
    ('12', 'Wheel Tractor', '1', 'unit', '1991', 'Kurang Baik', None),
    ('13', 'Wheel Tractor', '7', 'unit', '2001', 'Baik : 6 ; Kurang Baik : 1', None),
    ('14', 'Hauler Lain-lain', '2', 'Unit', '1993', 'Baik : 1 ; Kurang Baik :1;', None),
    ('15', 'Transportable Electric Generating Set', '1', 'Unit', '2014', 'Baik', None),
    ('16', 'Jeep', '2', 'Unit', '2012', 'Baik', '1495 CC'),
    ('17', 'Staion Wagon', '2', 'Unit', '2002', 'Baik', None),
    ('18', 'Mini Bus (Penumpang 14 orang ke bawah)', '1', 'Unit', '1995', 'Kurang Baik', '1295 CC'),
    ('19', 'Mini Bus (Penumpang 14 orang ke bawah)', '1', 'Unit', '1996', 'Kurang Baik', '1343 CC'),
    ('20', 'Truck + Attachhment', '2', 'Unit', '1993', 'Kurang Baik', '3636 CC'),
    ('21', 'Truck + Attachhment', '1', 'Unit', '2015', 'Baik', None),
    ('22', 'Pick Up', '1', 'Unit', '2013', 'Baik', '2494 CC'),
    ('23', 'Mobil Pemadam Kebakaran', '1', 'Unit', '1982', 'Baik', None),
    ('24', 'Mobil Pemadam Kebakaran', '1', 'Unit', '1983', 'Baik', None),
    ('25', 'Sepeda Motor', '3', 'Unit', '1992', 'Kurang Baik', None),
    ('26', 'Sepeda Motor', '1', 'Unit', '1994', 'Kurang Baik', '100 CC'),
    ('27', 'Sepeda Motor', '1', 'Unit', '1995', 'Kurang Baik', '100 CC'),
    ('28', 'Sepeda Motor', '2', 'Unit', '1997', 'Kurang Baik', '100 CC'),
    ('29', 'Sepeda Motor', '1', 'Unit', '2000', 'Kurang Baik', '100 CC'),
    ('30', 'Sepeda Motor', '1', 'Unit', '2002', 'Baik', '100 CC'),
    ('31', 'Sepeda Motor', '6', 'Unit', '2007', 'Baik', None),
    ('32', 'Sepeda Motor', '4', 'Unit', '2013', 'Baik', None),
    ('33', 'Sepeda Motor', '4', 'Unit', '2014', 'Baik', None),
    ('34', 'Sepeda Motor', '33', 'Unit', '2017', 'Baik', None),
    ('35', 'Tool Kit Set', '1', 'Unit', '1999', 'Kurang Baik', None),
    ('36', 'Global Positioning System (GPS)', '6', 'Unit', '2007', 'Baik', None),
    ('37', 'Global Positioning System (GPS)', '6', 'Unit', '2011', 'Baik', None),
    ('38', 'Global Positioning System (GPS)', '1', 'Unit', '2012', 'Baik', None),
    ('39', 'Global Positioning System (GPS)', '13', 'Unit', '2013', 'Baik', None),
    ('40', 'Laser Meter Digital', '3', 'Unit', '2014', 'Baik', None),
    ('41', 'Digital Caliper', '4', 'Unit', '2013', 'Baik', None),
    ('42', 'Alat Ukur Theodolite', '2', 'Unit', '2003', 'Baik : 1 ; Kurang Baik: 1', None),
    ('43', 'Slump Test', '1', 'Unit', '2005', 'Baik', None),
    ('44', 'Distance Meter', '1', 'Unit', '2014', 'Baik', None),
    ('45', 'Mesin Ketik Manual Portable (11-13)', '2', 'Unit', '1972', 'Kurang Baik', None),
    ('46', 'Mesin Ketik Manual Portable (11-13)', '2', 'Unit', '1978', 'Kurang Baik', None),
    ('47', 'Mesin Ketik Manual Portable (11-13)', '1', 'Unit', '1981', 'Kurang Baik', None),
    ('48', 'Mesin Foto Copy dengan Kertas Folio', '1', 'Unit', '2014', 'Baik', None),
    ('49', 'Lemari Besi', '1', 'Unit', '2002', 'Kurang Baik', None),
    ('50', 'Lemari Besi', '2', 'Unit', '2003', 'Baik : 1 ; Kurang Baik: 1', None),
    ('51', 'Lemari Besi', '1', 'Unit', '2012', 'Baik', None),
    ('52', 'Filling Besi/Metal', '2', 'Unit', '2002', 'Baik', None),
    ('53', 'Filling Besi/Metal', '1', 'Unit', '2003', 'Baik', None),
    ('54', 'Filling Besi/Metal', '1', 'Unit', '2007', 'Baik', None),
    ('55', 'Filling Besi/Metal', '5', 'Unit', '2010', 'Baik', None),
    ('56', 'Filling Besi/Metal', '13', 'Unit', '2011', 'Baik', None),
    ('57', 'Filling Besi/Metal', '2', 'Unit', '2012', 'Baik', None),
    ('58', 'Filling Besi/Metal', '1', 'Unit', '2013', 'Baik', None),
    ('59', 'Band Kas', '1', 'Unit', '1995', 'Kurang Baik', None),
    ('60', 'Band Kas', '1', 'Unit', '2011', 'Baik', None),
    ('61', 'Lemari Kaca', '1', 'Unit', '2010', 'Baik', None),
    ('62', 'Alat Penghancur Kertas', '2', 'Unit', '2013', 'Baik', None),
    ('63', 'Alat Penghancur Kertas', '1', 'Unit', '2015', 'Baik', None),
    ('64', 'Papan Nama Instansi', '1', 'Unit', '2000', 'Baik', None),
    ('65', 'Papan Pengumunan', '1', 'Unit', '2000', 'Baik', None),
    ('66', 'Papan Pengumunan', '100', 'Unit', '2012', 'Baik', None),
    ('67', 'Overhead Projektor', '1', 'Unit', '2011', 'Baik', None),
    ('68', 'Overhead Projektor', '1', 'Unit', '2013', 'Baik', None),
    ('69', 'Layar Proyektor/Screen', '1', 'Unit', '2007', 'Kurang Baik', None),
    ('70', 'Mesin Porporasi', '1', 'Unit', '2004', 'Kurang Baik', None),
    ('71', 'Mesin Porporasi', '1', 'Unit', '2005', 'Kurang Baik', None),
    ('72', 'Alat Kantor Lain-lain', '50', 'Unit', '2014', 'Baik', None),
    ('73', 'Lemari Kayu', '3', 'Unit', '2004', 'Baik : 2 ; Kurang Baik : 1', None),
    ('74', 'Lemari Kayu', '1', 'Unit', '2007', 'Kurang Baik', None),
    ('75', 'Lemari Kayu', '4', 'Unit', '2008', 'Baik', None),
    ('76', 'Lemari Kayu', '1', 'Unit', '2009', 'Baik', None),
    ('77', 'Lemari Kayu', '2', 'Unit', '2010', 'Baik', None),
    ('78', 'Lemari Kayu', '3', 'Unit', '2011', 'Baik', None),
    ('79', 'Lemari Kayu', '6', 'Unit', '2013', 'Baik', None),
    ('80', 'Lemari Kayu', '4', 'Unit', '2014', 'Baik', None),
    ('81', 'Lemari Kayu', '2', 'Unit', '1955', 'Kurang Baik', None),
    ('82', 'Meja Besi/Metal', '2', 'Unit', '1978', 'Kurang Baik', None),
    ('83', 'Meja Besi/Metal', '14', 'Unit', '2012', 'Baik', None),
    ('84', 'Kursi Kayu/Rotan/Bambu', '1', 'Unit', '2002', 'Kurang Baik', None),
    ('85', 'Kursi Kayu/Rotan/Bambu', '5', 'Unit', '2005', 'Kurang Baik', None),
    ('86', 'Kursi Kayu/Rotan/Bambu', '2', 'Unit', '2008', 'Baik', None),
    ('87', 'Kursi Kayu/Rotan/Bambu', '1', 'Unit', '2009', 'Baik', None),
    ('88', 'Kursi Kayu/Rotan/Bambu', '1', 'Unit', '2010', 'Baik', None),
    ('89', 'Kursi Kayu/Rotan/Bambu', '13', 'Unit', '2011', 'Baik', None),
    ('90', 'Meja Rapat', '8', 'Unit', '2012', 'Baik', None),
    ('91', 'Meja Tulis', '2', 'Unit', '2002', 'Baik', None),
    ('92', 'Meja Tulis', '6', 'Unit', '2005', 'Baik', None),
    ('93', 'Meja Tulis', '3', 'Unit', '2006', 'Baik', None),
    ('94', 'Meja Tulis', '3', 'Unit', '2007', 'Baik', None),
    ('95', 'Meja Tulis', '3', 'Unit', '2008', 'Baik : 2; rusak : 1', None),
    ('96', 'Meja Reseption', '2', 'Unit', '2015', 'Baik', None),
    ('97', 'Kursi Rapat', '50', 'Unit', '2010', 'Baik', None),
    ('98', 'Kursi Rapat', '45', 'Unit', '2011', 'Baik', None),
    ('99', 'Kursi Rapat', '60', 'Unit', '2012', 'Kurang Baik : 8 ; Baik : 52', None),
    ('100', 'Kursi Tamu', '2', 'Unit', '2002', 'Baik', None),
    ('101', 'Kursi Tamu', '2', 'Unit', '2003', 'Kurang Baik : 1 ; Baik : 1', None),
    ('102', 'Kursi Tamu', '1', 'Unit', '2009', 'Baik', None),
    ('103', 'Kursi Putar', '1', 'Unit', '2002', 'Kurang Baik', None),
    ('104', 'Kursi Putar', '2', 'Unit', '2003', 'Kurang Baik', None),
    ('105', 'Kursi Putar', '2', 'Unit', '2013', 'Baik', None),
    ('106', 'Kursi Lipat', '2', 'Unit', '2003', 'Kurang Baik', None),
    ('107', 'Meja Komputer', '2', 'Unit', '2011', 'Kurang Baik', None),
    ('108', 'Meja Biro', '1', 'Unit', '2009', 'Baik', None),
    ('109', 'Sofa', '1', 'Unit', '2013', 'Baik', None),
    ('110', 'Sofa', '4', 'Unit', '2015', 'Baik', None),
    ('111', 'Jam Elektronik', '1', 'Unit', '1990', 'Kurang Baik', None),
    ('112', 'Jam Elektronik', '1', 'Unit', '1998', 'Kurang Baik', None),
    ('113', 'Mesin Penghisap Debu', '1', 'Unit', '2015', 'Baik', None),
    ('114', 'Lemari Es', '1', 'Unit', '2013', 'Kurang Baik', None),
    ('115', 'Lemari Es', '1', 'Unit', '2015', 'Baik', None),
    ('116', 'AC Unit', '1', 'Unit', '2003', 'Kurang Baik', None),
    ('117', 'AC Unit', '5', 'Unit', '2007', 'Baik', None),
    ('118', 'AC Unit', '4', 'Unit', '2008', 'Baik: 2; Kurang Baik: 2', None),
    ('119', 'AC Unit', '1', 'Unit', '2010', 'Baik', None),
    ('120', 'AC Unit', '3', 'Unit', '2013', 'Baik', None),
    ('121', 'AC Split', '10', 'Unit', '2015', 'Baik', None),
    ('122', 'Kipas Angin', '1', 'Unit', '1988', 'Kurang Baik', None),
    ('123', 'Kipas Angin', '1', 'Unit', '2002', 'Kurang Baik', None),
    ('124', 'Kipas Angin', '2', 'Unit', '2003', 'Baik', None),
    ('125', 'Air Purifier', '1', 'Unit', '2015', 'Baik', None),
    ('126', 'Alat Pendingin Lain-lain', '3', 'Unit', '2015', 'Baik', None),
    ('127', 'Televisi', '1', 'Unit', '2003', 'Kurang Baik', None),
    ('128', 'Televisi', '1', 'Unit', '2014', 'Baik', None),
    ('129', 'Televisi', '1', 'Unit', '2015', 'Baik', None),
    ('130', 'Sound System', '1', 'Unit', '2014', 'Baik', None),
    ('131', 'Sound System', '1', 'Unit', '2015', 'Baik', None),
    ('132', 'Unit Power Supply', '8', 'Unit', '2010', 'Baik: 3; Kurang Baik: 5', None),
    ('133', 'Unit Power Supply', '1', 'Unit', '2011', 'Baik', None),
    ('134', 'Unit Power Supply', '2', 'Unit', '2013', 'Baik', None),
    ('135', 'Unit Power Supply', '2', 'Unit', '2014', 'Baik', None),
    ('136', 'Stabilisator', '2', 'Unit', '2013', 'Baik', None),
    ('137', 'Speaker Aktif', '2', 'Unit', '2010', 'Baik', None),
    ('138', 'Personal Computer Unit (P.C)', '5', 'Unit', '2010', 'Kurang Baik : 2 ; Baik : 3', None),
    ('139', 'Personal Computer Unit (P.C)', '13', 'Unit', '2011', 'Baik', None),
    ('140', 'Personal Computer Unit (P.C)', '1', 'Unit', '2012', 'Baik', None),
    ('141', 'Personal Computer Unit (P.C)', '1', 'Unit', '2013', 'Baik', None),
    ('142', 'Personal Computer Unit (P.C)', '1', 'Unit', '2015', 'Baik', None),
    ('143', 'Lap Top', '1', 'Unit', '2007', 'Kurang Baik', None),
    ('144', 'Lap Top', '10', 'Unit', '2014', 'Baik', None),
    ('145', 'Note Book', '1', 'Unit', '2009', 'Kurang Baik', None),
    ('146', 'Note Book', '18', 'Unit', '2010', 'Kurang Baik : 3 ; Baik : 15', None),
    ('147', 'Note Book', '8', 'Unit', '2011', 'Baik', None),
    ('148', 'Note Book', '6', 'Unit', '2012', 'Baik', None),
    ('149', 'Note Book', '9', 'Unit', '2013', 'Baik', None),
    ('150', 'Note Book', '7', 'Unit', '2015', 'Baik', None),
    ('151', 'Ipad/Komputer Tablet', '4', 'Unit', '2014', 'Baik', None),
    ('152', 'Floopy Disk Unit', '4', 'Unit', '2010', 'Kurang Baik', None),
    ('153', 'Floopy Disk Unit', '2', 'Unit', '2011', 'Baik', None),
    ('154', 'Ploter', '1', 'Unit', '2007', 'Kurang Baik', None),
    ('155', 'Hard Disk', '5', 'Unit', '2011', 'Baik', None),
    ('156', 'Storage Modul Unit', '9', 'Unit', '2011', 'Kurang Baik', None),
    ('157', 'Printer', '8', 'Unit', '2015', 'Baik', None),
    ('158', 'Mainboard', '3', 'Unit', '2011', 'Baik', None),
    ('159', 'Memory', '5', 'Unit', '2011', 'Kurang Baik', None),
    ('160', 'VGA Card', '3', 'Unit', '2011', 'Baik', None),
    ('161', 'Prosesor', '4', 'Unit', '2011', 'Baik', None),
    ('162', 'CPU', '6', 'Unit', '2010', 'Kurang Baik', None),
    ('163', 'Monitor', '1', 'Unit', '2010', 'Kurang Baik', None),
    ('164', 'Monitor', '1', 'Unit', '2011', 'Baik', None),
    ('165', 'Printer', '12', 'Unit', '2010', 'Baik', None),
    ('166', 'Printer', '12', 'Unit', '2011', 'Baik', None),
    ('167', 'Printer', '9', 'Unit', '2013', 'baik', None),
    ('168', 'Printer', '15', 'Unit', '2014', 'baik', None),
    ('169', 'Printer', '1', 'Unit', '2015', 'Baik', None),
    ('170', 'Scanner', '2', 'Unit', '2010', 'Kurang Baik', None),
    ('171', 'Scanner', '1', 'Unit', '2011', 'Kurang Baik', None),
    ('172', 'External', '1', 'Unit', '2011', 'Baik', None),
    ('173', 'External', '1', 'Unit', '2012', 'Baik', None),
    ('174', 'External', '3', 'Unit', '2013', 'Baik', None),
    ('175', 'Peralatan Personal Komputer Lain-lain', '1', 'Unit', '2012', 'Kurang Baik', None),
    ('176', 'Router', '2', 'Unit', '2013', 'Baik', None),
    ('177', 'Lemari Arsip untuk arsip Dinamis', '3', 'Unit', '2014', 'Baik', None),
    ('178', 'Camera + Attachment', '2', 'Unit', '2006', 'Kurang Baik', None),
    ('179', 'Camera + Attachment', '2', 'Unit', '2007', 'Kurang Baik', None),
    ('180', 'Camera + Attachment', '3', 'Unit', '2008', 'Kurang Baik', None),
    ('181', 'Camera + Attachment', '7', 'Unit', '2010', 'Kurang Baik: 6 Baik : 1', None),
    ('182', 'Camera + Attachment', '4', 'Unit', '2011', 'Kurang Baik', None),
    ('183', 'Camera + Attachment', '5', 'Unit', '2013', 'Baik', None),
    ('184', 'Proyektor + Attachment', '1', 'Unit', '2007', 'Baik', None),
    ('185', 'Proyektor + Attachment', '1', 'Unit', '2014', 'Baik', None),
    ('186', 'Proyektor + Attachment', '1', 'Unit', '2015', 'Baik', None),
    ('187', 'Layar Proyektor/Screen', '1', 'Unit', '2014', 'Baik', None),
    ('188', 'Layar Proyektor/Screen', '1', 'Unit', '2015', 'Baik', None),
    ('189', 'Peralatan Studio Visual Lain-lain', '1', 'Unit', '2014', 'Baik', None),
    ('190', 'Peralatan Studio Visual Lain-lain', '1', 'Unit', '2015', 'Baik', None),
    ('191', 'Handycam', '1', 'Unit', '2013', 'Baik', None),
    ('192', 'CCTV', '1', 'Unit', '2014', 'Baik', None),
    ('193', 'Peralatan Studio Video dan Film Lain-lain', '1', 'Unit', '2015', 'Baik', None),
    ('194', 'Camera Electronic', '2', 'Unit', '2014', 'Baik', None),
    ('195', 'Lensa Kamera', '1', 'Unit', '2014', 'Baik', None),
    ('196', 'Amplifier', '1', 'Unit', '1975', 'Kurang Baik', None),
    ('197', 'Microphone', '2', 'Unit', '2008', 'Kurang Baik', None),
    ('198', 'Telephone (PABX)', '1', 'Unit', '2005', 'Baik', None),
    ('199', 'Pesawat Telephone', '1', 'Unit', '1992', 'Kurang Baik', None),
    ('200', 'Pesawat Telephone', '2', 'Unit', '1998', 'Kurang Baik', None),
    ('201', 'Pesawat Telephone', '9', 'Unit', '2002', 'Kurang Baik', None),
    ('202', 'Facsimile', '1', 'Unit', '2005', 'Kurang Baik', None),
    ('203', 'Vertical Cylinder Caping Set (Core Dril Beton)', '1', 'Unit', '2011', 'Baik', None),
    ('204', 'Vertical Cylinder Caping Set (Silinder)', '1', 'Unit', '2011', 'Baik', None),
    ('205', 'Vertical Cylinder Caping Set (Silinder)', '2', 'Unit', '2014', 'Baik', None),
    ('206', 'Concrete Cylinder Mould', '14', 'Unit', '2011', 'Baik', None),
    ('207', 'Scate Matc Digital', '3', 'Unit', '2011', 'Baik', None),
    ('208', 'Dynamic Cone Penetrometer (DCP)', '1', 'Unit', '2012', 'Baik', None),
    ('209', 'Profoscope Rebar Detector', '1', 'Unit', '2012', 'Baik', None),
    ('210', 'Diamont Beat', '2', 'Unit', '2012', 'Kurang Baik', None),
    ('211', 'Timbangan Digital Kapasitas 20 kg', '2', 'Unit', '2012', 'Baik:1 ;Kurang Baik:1', None),
    ('212', 'Core Drill', '1', 'Unit', '2013', 'Baik', None),
    ('213', 'Mesin Penggerak Core Drill', '2', 'Unit', '2013', 'Kurang Baik', None),
    ('214', 'Mesin Penggerak Core Drill', '1', 'Unit', '2015', 'Baik', None),
    ('215', 'Mesin Uji Mekanik (Manual)', '1', 'Unit', '2015', 'Baik', None),
    ('216', 'Compression Machine Electric', '1', 'Unit', '2010', 'Baik', None),
    ('217', 'Electric Concrete Core drill', '1', 'Unit', '2010', 'Baik', None),
    ('218', 'Digital Thermometers TG-620', '2', 'Unit', '2011', 'Baik', None),
    ('219', 'Digital Thermometers TG-620', '1', 'Unit', '2014', 'Baik', None),
    ('220', 'Oven TG-171', '1', 'Unit', '2011', 'Baik', None),
    ('221', 'Alat Komputer', '6', 'Unit', '2020', 'Baik', None),
    ('222', 'Tandam Roller', '1', 'unit', '2020', 'Baik', None),
    ('223', 'Mesin Tekan beton', '1', 'Unit', '2020', 'Baik', None),
    ('224', 'Kunci Mekanik', '1', 'Set', '2020', 'Baik', None),
    ('225', 'Lemari Besi', '5', 'Unit', '2020', 'Baik', None),
    ('226', 'Meja', '4', 'Unit', '2020', 'Baik', None),
    ('227', 'Kipas Angin', '15', 'Unit', '2020', 'Baik', None),
    ('228', 'Ac', '12', 'Unit', '2020', 'Baik', None),
    ('229', 'Televisi', '4', 'Unit', '2020', 'Baik', None),
    ('230', 'Vidio Conference', '1', 'Unit', '2020', 'Baik', None),
    ('231', 'Talam/Tempat Agregat', '1', 'Unit', '2020', 'Baik', None),
    ('232', 'Mesin Core Drill', '1', 'Unit', '2020', 'Baik', None),
    ('233', 'Troli Hidrolis', '1', 'Unit', '2020', 'Baik', None),
    ('234', 'Thermometer ATB', '2', 'Unit', '2020', 'Baik', None),
    ('235', 'Bangunan Gedung Kantor Permanen', '14', 'M²', '2003', 'Baik:9 ;Kurang Baik:5', None),
    ('236', 'Alat Printer', '18', 'Unit', '2020', 'Baik', None),
    ('237', 'Pohon Pule', '60', 'Unit', '2020', 'Baik', None),
    ('238', 'Bangunan Gedung Kantor Permanen', '1', 'M²', '2014', 'Baik', None),
    ('239', 'Bangunan Gedung Kantor Permanen', '1', 'M²', '2015', 'Baik', None),
    ('240', 'Bangunan Gedung Kantor Lain-lain', '1', 'M²', '2015', 'Baik', None),
    ('241', 'Lain-lain', '1', 'M²', '2015', 'Baik', None),
    ('242', 'Bangunan Bengkel Permanen', '1', 'M²', '2015', 'Baik', None),
    ('243', 'Bangunan Gedung Laboratorium Permanen', '1', 'M²', '2015', 'Baik', None),
    ('244', 'Bangunan Gedung Tempat Ibadah Permanen', '1', 'M²', '2003', 'Baik', None),
    ('245', 'Bangunan Gedung Tempat Pertemuan Permanen', '2', 'M²', '2003', 'Baik:1 ;Kurang Baik:1', None),
    ('246', 'Gedung Pertokoan/Koperasi Pasar Permanen', '1', 'M²', '2003', 'Baik', None),
    ('247', 'Gedung Pos Jaga Permanen', '1', 'M²', '2015', 'Baik', None),
    ('248', 'Gedung Garasi/Pool Permanen', '1', 'M²', '2003', 'Baik', None),
    ('249', 'Kamar Mandi / WC', '1', 'M²', '2003', 'Kurang Baik', None),
    ('250', 'Tugu Peringatan Lainnya', '1', 'M²', '2015', 'Baik', None),
    ('251', 'Tugu/Tanda Batas Administrasi Negara', '5', 'M²', '2003', 'Baik', None),
    ('252', 'Jalan Kabupaten Kelas III', '271', 'M²', '2003', 'Baik', None),
    ('253', 'Jalan Kabupaten Kelas III', '3', 'M²', '2015', 'Baik', None),
    ('254', 'Jalan Kabupaten Lokal', '42', 'M²', '2014', 'Baik', None),
    ('255', 'Jalan Kabupaten Lain-lain', '79', 'M²', '2014', 'Baik', None),
    ('256', 'Jalan Kabupaten Lain-lain', '1', 'M²', '2015', 'Baik', None),
    ('257', 'Jalan Desa Lain-lain', '6', 'M²', '2014', 'Baik :5 ; Kurang Baik :1', None),
    ('258', 'Jalan Desa Lain-lain', '14', 'M²', '2015', 'Baik', None),
    ('259', 'Jembatan Beton Kabupaten/Kota', '5', 'M²', '2004', 'Baik', None),
    ('260', 'Jembatan Beton Kabupaten/Kota', '14', 'M²', '2005', 'Baik', None),
    ('261', 'Jembatan Beton Kabupaten/Kota', '7', 'M²', '2006', 'Baik', None),
    ('262', 'Jembatan Beton Kabupaten/Kota', '20', 'M²', '2007', 'Baik', None),
    ('263', 'Jembatan Beton Kabupaten/Kota', '23', 'M²', '2008', 'Baik', None),
    ('264', 'Jembatan Beton Kabupaten/Kota', '36', 'M²', '2009', 'Baik', None),
    ('265', 'Jembatan Beton Kabupaten/Kota', '6', 'M²', '2010', 'Baik', None),
    ('266', 'Jembatan Beton Kabupaten/Kota', '4', 'M²', '2011', 'Baik', None),
    ('267', 'Jembatan Beton Kabupaten/Kota', '11', 'M²', '2012', 'Baik', None),
    ('268', 'Jembatan Beton Kabupaten/Kota', '4', 'M²', '2013', 'Baik', None),
    ('269', 'Jembatan Kabupaten/kota Lain', '1', 'M²', '2007', 'Baik', None),
    ('270', 'Jembatan Kabupaten/kota Lain-lain', '1', 'M²', '2013', 'Baik', None),
    ('271', 'Jembatan Beton Desa', '7', 'M²', '2014', 'Baik', None),
    ('272', 'Jembatan Desa Lain-lain', '107', 'M²', '2003', 'Kurang Baik', None),
    ('273', 'Jembatan Desa Lain-lain', '1', 'M²', '2005', 'Baik', None),
    ('274', 'Jembatan Desa Lain-lain', '1', 'M²', '2006', 'Kurang Baik', None),
    ('275', 'Jembatan Desa Lain-lain', '4', 'M²', '2007', 'Baik', None),
    ('276', 'Jembatan Desa Lain-lain', '3', 'M²', '2008', 'Baik', None),
    ('277', 'Jembatan Desa Lain', '1', 'M²', '2012', 'Kurang Baik', None),
    ('278', 'Jembatan Desa Lain', '1', 'M²', '2013', 'Baik', None),
    ('279', 'Jembatan Desa Lain-lain', '3', 'M²', '2014', 'Baik', None),
    ('280', 'Jembatan Desa Lain-lain', '13', 'M²', '2015', 'Baik', None),
    ('281', 'Bangunan Pembuang Pasang Rawa Lain-lain', '2', 'M²', '2005', 'Baik', None),
    ('282', 'Bangunan Pembuang Pasang Rawa Lain-lain', '7', 'M²', '2005', 'Baik', None),
    ('283', 'Bangunan Pembuang Pasang Rawa Lain-lain', '1', 'M²', '2011', 'Baik', None),
    ('284', 'Jaringan Pembawa Kapasitas Sedang', '4', 'M²', '2007', 'Baik', None),
    ('285', 'Jaringan Pembawa Kapasitas Sedang', '6', 'M²', '2008', 'Baik', None),
    ('286', 'Jaringan Sambungan Kerumah Kapasitas Sedang', '1', 'M²', '2005', 'Baik', None),
    ('287', 'Jaringan Sambungan Kerumah Kapasitas Sedang', '4', 'M²', '2006', 'Baik', None),
    ('288', 'Jaringan Sambungan Kerumah Kapasitas Sedang', '3', 'M²', '2007', 'Baik', None),
    ('289', 'Jaringan Sambungan ke Rumah Lain-lain', '1', 'M²', '2005', 'Baik', None),
    ('290', 'Ilmu Pengetahuan umum', '205', None, '2014', 'Baik', None),
    ('291', 'Aset Tetap Renovasi', '15', None, '2004', 'Kurang Baik', None),
    ('292', 'Aset Tetap Renovasi', '25', None, '2005', 'Kurang Baik', None),
    ('293', 'Aset Tetap Renovasi', '39', None, '2006', 'Kurang Baik', None),
    ('294', 'Aset Tetap Renovasi', '87', None, '2007', 'Kurang Baik', None),
    ('295', 'Aset Tetap Renovasi', '108', None, '2008', 'Kurang Baik', None),
    ('296', 'Aset Tetap Renovasi', '148', None, '2009', 'Kurang Baik', None),
    ('297', 'Aset Tetap Renovasi', '106', None, '2010', 'Kurang Baik', None),
    ('298', 'Aset Tetap Renovasi', '84', None, '2011', 'Kurang Baik', None),
    ('299', 'Aset Tetap Renovasi', '158', None, '2012', 'Kurang Baik', None),
    ('300', 'Aset Tetap Renovasi', '177', None, '2013', 'Kurang Baik : 176 ; Baik:1', None),
    ('301', 'Daerah Irigasi', '256', None, None, 'Baik', None),
    ('302', 'Sungai /avour', '430', None, None, 'Baik', None),
    ('303', 'Bendung', '88', None, None, 'Baik', None),
    ('304', 'Waduk', '6', None, None, 'Baik', None),
    ('305', 'Embung', '33', None, None, 'Baik', None),
)

# BAB III A.1 (pdf pages 49-51) as printed: the sasaran headings are rows of their own in
# the SASARAN column, the kegiatan rows "a." … under them; units stay with the numbers.
# Tabel 3.3 holds the same figures (without the headings, the units and the empty row b.
# of sasaran 3).
_A1_SASARAN = {
    "K01": "1. Mewujudkan organisasi dan penatalaksanaan yang efisien, efektif dan produktif didukung oleh peningkatan kualitas sumber daya manusia, organisasi dan sarana prasarana aparatur",
    "K11": "2. Meningkatkan kualitas jalan dan jembatan serta sarana drainase perkotaan",
    "K09": "3. Adanya peningkatan kualitas pengelolaan, kehandalan mutu infrastruktur jaringan irigasi dalam rangka memberikan pelayanan yang optimal pada masyarakat.",
    "K14": "4. Meningkatkan kualitas penataan ruang dan",
}
_A1_UNITS = {"K04": ("335 buah", "335 buah"), "K11": ("2,57 km", "2,57 km"),
             "K09": ("13.125 meter kubik", "13.125 meter kubik")}
_A1_K10 = "b. Kegiatan Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasanya dibawaah 1.000 ha dalaam 1 (satu) Daerah Kabupaten/Kota"


def _a1_rows() -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for r in _TABEL_3_3:
        kode = r["kode_program"]
        if kode in _A1_SASARAN:
            rows.append([_A1_SASARAN[kode], None, None, None, None])
        target, realisasi = _A1_UNITS.get(kode, (r["target"], r["realisasi"]))
        rows.append([f"{r['no']} {r['program']}", r["indikator"], target, realisasi, r["capaian"]])
        if kode == "K09":  # kegiatan b. of sasaran 3: printed with nothing beside it
            rows.append([_A1_K10, None, None, None, None])
    return rows


# BAB III A.2 (pdf pages 51-56): 13 small tables, one per kegiatan, each headed by the
# kegiatan ("1) Kegiatan …", "13. Kegiatan …") with SASARAN, INDIKATOR, TARGET, REALISASI,
# %.  Here one table, the heading in the first column; sasaran numbered as printed.
_A2_HEADING_NO = {"K01": "1)", "K02": "2)", "K03": "3)", "K04": "4)", "K05": "5)",
                  "K06": "6)", "K07": "7)", "K08": "8)", "K09": "9)", "K10": "10)",
                  "K11": "11)", "K13": "12)", "K14": "13."}
_A2_SASARAN = {
    "IKR01": "1. Meningkatnya pelayanan administrasi perkantoran",
    "IKR02": "2. Meningkatnya Pelaporan Capaian Kinerja Dinas",
    "IKR03": "3. Meningkatnya kualitas dan pengetahuan Sumber Daya Manusia ( SDM ) Pegawai DPUPR",
    "IKR04": "4. Meningkatnya Kedisiplinan Pegawai",
    "IKR05": "5. Meningkatnya Persentase layanan dukungan administrasi kesekretariatan yang sesuai SOP",
    "IKR06": "6. Terwujudnya Persentase layanan dukungan administrasi kesekretariatan yang sesuai SOP",
    "IKR07": "7. Terkirimnya Surat Menyurat",
    "IKR08": "8. Terbelinya Perlengkapan kantor",
    "IKR09": "9. Meningkatnya jumlah bangunan penampung air yang terpelihara",
    "IKR10": None,  # second indicator of the same table and sasaran
    "IKR11": "10. Meningkatnya panjang saluran irigasi yang terbangun",
    "IKR12": "1. Terbangunnya Saluran Drainase Gorong-Gorong",
    "IKR13": "11. Meningkatnya Pembangunan Jalan dan Jembatan dalam kondisi baik",
    "IKR14": "1. Meningkatnya Jumlah Dokumen Yang",
}


def _a2_rows() -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    previous = None
    for r in _ANALISIS_KEGIATAN:
        kode = r["kode_kegiatan"]
        heading = None if kode == previous else f"{_A2_HEADING_NO[kode]} {r['kegiatan']}"
        unit = f" {r['satuan']}" if r["satuan"] else ""
        rows.append([heading, _A2_SASARAN[r["kode_indikator"]], r["indikator_keluaran"],
                     f"{r['target']}{unit}", f"{r['realisasi']}{unit}", r["persen"]])
        previous = kode
    return rows


def _matrix_rows() -> list[list[str | None]]:
    rows: list[list[str | None]] = [[no, name, *cells.split(), None]
                                    for no, name, cells in _PENEMPATAN]
    rows.append([None] * 14 + ["TOTAL"])  # printed above the 145, in the KET. column
    rows.append([None, "Jumlah", *_JUMLAH_PENDIDIKAN.split(), "145"])
    return rows


EXTRAS: tuple[dict, ...] = (
    {"sheet": "Tambahan Pegawai Pendidikan",
     "judul": "Jumlah Pegawai Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan Berdasarkan Pendidikan",
     "bagian": "1.2 Sumber Daya Manusia",
     "header": ["No", "Penempatan", *(f"{level} {sex}" for level in _PENDIDIKAN for sex in "LP"), "KET."],
     "rows": _matrix_rows()},
    {"sheet": "Tambahan Sarana Prasarana",
     "judul": "Sarana dan Prasarana yang dimiliki oleh Dinas Pekerjaan Umum Dan Penataan Ruang Kabupaten Grobogan",
     "bagian": "BAB I",
     "header": ["No", "Nama Barang", "Jumlah", "Satuan", "Tahun Pengadaan", "Kondisi", "Keterangan"],
     "rows": [list(r) for r in _ASET]},
    {"sheet": "Tambahan Sasaran PK",
     "judul": "Sasaran Strategis Perjanjian Kinerja Tahun 2021",
     "bagian": "2.3 Perjanjian Kinerja",
     "header": ["No", "Sasaran Strategis"],
     "rows": [[f"{n})", text] for n, text in enumerate(_SASARAN_PK, start=1)]},
    {"sheet": "Tambahan Kinerja Sasaran",
     "judul": "Target dan Realisasi Kinerja Tahun 2021",
     "bagian": "A. Capaian Kinerja",
     "header": ["Sasaran", "Indikator", "Target", "Realisasi", "%"],
     "rows": _a1_rows()},
    {"sheet": "Tambahan Evaluasi Kegiatan",
     "judul": "Rincian analisis dan evaluasi kinerja setiap capaian sasaran Dinas Pekerjaan Umum Dan Penataan Ruang Tahun 2021",
     "bagian": "A. Capaian Kinerja",
     "header": ["Kegiatan", "Sasaran", "Indikator", "Target", "Realisasi", "%"],
     "rows": _a2_rows()},
)


def add_extras(path: Path) -> None:
    """Write the Tambahan sheets into the data workbook *path* (after write_input)."""
    wb = openpyxl.load_workbook(path)
    for extra in EXTRAS:
        width = len(extra["header"])
        assert all(len(row) == width for row in extra["rows"]), extra["sheet"]
        ws = wb.create_sheet(extra["sheet"])
        ws["A1"], ws["B1"] = "Judul", extra["judul"]
        ws["A2"], ws["B2"] = "Bagian", extra["bagian"]
        for c, head in enumerate(extra["header"], start=1):
            ws.cell(4, c, head)
        for n, row in enumerate(extra["rows"], start=5):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(n, c, value)
    wb.save(path)

# Tables the document does not have are left out (SOURCE.md says why): Tabel 1.1, 1.3, 2.2,
# 2.3, 2.5, Analisis Indikator, Ringkasan Capaian, Penutup, Anggaran Sasaran, Capaian
# Sasaran, Efisiensi Program, Skala Predikat.
ROWS: dict[str, list[Record]] = {
    "Tabel 1.2": _TABEL_1_2,
    "Tabel 1.4": _TABEL_1_4,
    "Tabel 2.1": _TABEL_2_1,
    "Tabel 2.4": _TABEL_2_4,
    "Tabel 2.6": _TABEL_2_6,
    "Tabel 2.6 Program": _TABEL_2_6_PROGRAM,
    "Tabel 3.1": _TABEL_3_1,
    "Tabel 3.2": _TABEL_3_2,
    # the units A.1 prints beside the figures ("335 buah") in Tabel 3.3's Satuan
    "Tabel 3.3": [{**r, "satuan": _A1_UNITS[r["kode_program"]][0].split(" ", 1)[1]}
                  if r["kode_program"] in _A1_UNITS else r for r in _TABEL_3_3],
    "Tabel 3.4": _TABEL_3_4,
    "Realisasi Anggaran": _REALISASI_ANGGARAN,
    "Analisis Kegiatan": _ANALISIS_KEGIATAN,
    "Narasi Staf": _NARASI_STAF,
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    check(IDENTITY, ROWS, unique_keys=True)
    path = write_input(out, IDENTITY, ROWS)
    add_extras(path)
    counts = ", ".join([f"{sheet} {len(rows)}" for sheet, rows in ROWS.items()]
                       + [f"{e['sheet']} {len(e['rows'])}" for e in EXTRAS])
    print(f"{path}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
