# ruff: noqa: E501
"""The LKIP 2020 of the Sekretariat Daerah Kota Tanjungpinang, transcribed as printed.

Source: tests/data/seed-lkip-tanjungpinang-2020.txt (the published report converted
from PDF). Every value is the string printed in the report, mistakes included;
``None`` where the printed cell is blank. Nothing is corrected or pre-converted:
``tools/build_sample.py`` hands these strings to ``lkip_xl.book.inputbook.write_input``,
which stores a number only when the text has exactly one reading.

Conventions (the seed has no keys; these are assigned here)
------------------------------------------------------------
* Programs P01..P16 in the order of Tabel 2.4; kegiatan P01.01.. in Tabel 2.4's
  order within the program.  Kegiatan of the BAB III analysis that are in no
  program table: LAIN.01 "Penyusunan Laporan Akuntabilitas Kinerja Instansi
  Pemerintah dan E-SAKIP", LAIN.02 "penyusunan dan Evaluasi SOP", LAIN.03
  "Survey IKM terhadap Pelayanan Publik".
* Indicators IK01..IK14 in the order of Tabel 2.6 (Perjanjian Kinerja).  In
  Tabel 2.2 "Indeks Reformasi Birokrasi" is IKU01 and "Indeks Kepuasan
  Masyarakat pada unit pelayanan publik" is IK09.  Sasaran S1, S2; tujuan T1, T2.
* Printed list markers ("1.", "a.") go to ``no``; in Tabel 2.4 the "a." .. "e."
  printed inside the kegiatan cell of programs 1 and 2 are moved to ``no``.
  Bold markup of the conversion (<b>, **) is dropped.  Text split by a page or
  line break is rejoined with one space.
* Tabel 1.1: the printed "Total 109 Orang" / "Total 165 Orang" lines after each
  staff group are the groups' stated subtotals, carried on the group rows.

Name matching that is not obvious
---------------------------------
Realisasi Anggaran orders programs A..P differently from Tabel 2.4:
  A P01, B P02, C P03 ("Program Peningkatan dan Pengembangan Sistem Pelaporan..."),
  D P04, E P05, F P06, G P07, H P08, I P15 (Kerjasama Unsur Pimpinan Daerah),
  J P09, K P16, L P10, M P11, N P12, O P14, P P13.
Realisasi Anggaran kegiatan:
  B.1 "Pengadaan kendaraan dinas/operasional" = P02.01 (Tabel 2.4/2.5 print
      "Penggandaan Kendaraan Dinas/Operasional").
  C.2 "Penyusunan Laporan Harian Walikota" = P03.03, C.3 "Monitoring, Evaluasi
      Percepatan Realisasi Anggaran ..." = P03.02 (order swapped).
  D.2 "Rapat Kerja Regional dan Nasional APEKSI" = P04.03, D.3 "Pendukung tata
      hubungan kerja ..." = P04.02 (order swapped).
  F.4 "Pemekaran kecamatan dan kelurahan" = P06.05, F.5 "Penyusunan dan evaluasi
      Analisa Jabatan ..." = P06.04, "Penataan Unsur Rupa Bumi" = P06.06 ("Penataan
      Unsur rupa dan Bumi"), "Fasilitas Percepatan Penyelesaian Tapal Batas ..." =
      P06.07 ("Fasilitasi ..."); F.2 "Penyelenggaraan fasilitasi Reformasi
      Birokrasi" = P06.02 ("Penyelenggaraan Fasilitas Reformasi Birokrasi").
  G.1 "Kegiatan e-drafting produk hukum Daerah" = P07.01, G.2 "Pengelolaan Sistem
      Jaringan Dokumentasi dan Informasi Hukum (JDIH)" = P07.03, G.3 "Kegiatan
      Harmonisasi Rancangan Produk Hukum Daerah" = P07.02.
  H.2 "Lomba dan pameran Tanjungpinang dalam photo" = P08.02 ("... dalam Foto").
  J.3 "Aspresiasi seni dan budaya ..." = P09.03 ("Apresiasi ...").
  K (P16): "Pelaksanaan Musabaqah Tilawatil Qur'an (MTQ) Tingkat kota" = P16.03,
      "Pemusatan Latihan (TC)Kota Tanjungpinang" = P16.06 ("Pemusatan Latihan (TC)
      peserta MTQ Kota Tanjungpinang"), "Harmonisasi Antar Umat Beragama Se Kota
      Tanjungpinang" = P16.09 ("Harmonisasi Kegiatan Keagamaan Berjalan dengan
      Baik"), "Pembekalan Mubaligh Mubalighah se Kota" = P16.08 ("Pembekalan
      Mubaliqh dan Mubaliqah"); the others by name.
  L.3 "Fasilitas Pelayanan Barang/Jasa" = P10.03 ("Fasilitasi Pelayanan
      Pengadaan Barang/jasa").
Tabel 2.6 Program (14 programs, no numbers after "3."): "Peningkatan Pengendalian
  Pelaksana Pembangunan Daerah" = P12; P01 and P02 are not listed there.
Tabel 3.3: the program cell of row 9 (IK09) is blank (merged with row 8), so it
  carries kode_program P06 with no program text.  Row 5 prints "Peningkatan dan
  Pengembangan Pengelolaan Keuangan Daerah" (P05) for Nilai LPPD although the LPPD
  kegiatan is P03's: kept as printed, kode_program P05.  Row 11 prints the program
  "Kerjasama Daerah", which is no program of Tabel 2.4/2.5/2.6: kode_program None.
Analisis Kegiatan: "fasilitasi, penatausahaan pelaporan dan pelaksanaan kerjasama
  antar tim pengendalian inflasi daerah" = P11.03; "pembinaan dan pengendalian
  Badan Usaha Milik Daerah (BUMD)" = P11.02 (Tabel 2.4 prints "(BUMN)");
  "penataan unsur rupa bumi" = P06.06; "penyelenggaraan fasilitasi reformasi
  birokrasi" = P06.02; "pelaksanaan Musabaqah Tilawatil Qur'an (MTQ) Kota" = P16.03;
  "koordinasi pelaksanaan pembangunan daerah" = P12.01; "fasilitasi pelayanan
  pengadaan barang/jasa" = P10.03; "penyusunan Laporan Penyelenggaraan
  Pemerintahan Daerah (LPPD)" = P03.01.
Analisis Indikator: each indicator has exactly one per-indicator table in 3.1.4;
  Kerjasama Daerah (IK11) has only the 2019-labelled table with no paragraph, so
  its row has tahun_judul 2019 and no uraian.  Its ``uraian`` is the paragraph
  from "Capaian indikator kinerja sebesar" up to the colon that opens the list of
  kegiatan ("... terdiri dari"); where the kegiatan follows inline (IK10, IK12,
  IK13, IK14) up to the sentence that names the faktor.  Tables with last year's
  labels ("Capaian Kinerja 2019") keep tahun_judul = the target's year, 2020.
Analisis Kegiatan: ``satuan`` is the unit word printed after the target number
  ("300 produk hukum daerah", "30 orang"); where none is printed, the noun of the
  output indicator ("jumlah bantuan hukum" -> "bantuan hukum", "jumlah rapat" ->
  "rapat").  ``realisasi`` only where a figure is stated ("baru terpenuhi 5",
  "terpenuhi 1", "sebanyak 0 dokumen", "sebanyak 839 orang").  IK14's target
  (number of RT and RW) is not printed: None.
Tabel 3.2: IK07's indicator is split over two lines "Persentase Dokumen
  pengembangan perekonomian" / "an daerah yang tersusun"; joined with a space.
Tabel 2.3: the stray line "pengembangan dan pembinaan sektor industri dan
  perdagangan, serta ekonomi kerakyatan" between arah kebijakan 10 and 11 has no
  number and no column; it is not transcribed.  Arah kebijakan 22 is rejoined
  across the page break ("... sesuai bidang ilmu" / "dan keahlian ...").
Narasi Staf: list markers ("1.", "2.") before a sentence are dropped.
"""

from __future__ import annotations

Record = dict[str, str | None]


def _rows(columns: str, *data: tuple[str | None, ...]) -> list[Record]:
    """Records from positional tuples; *columns* names the keys, space separated."""
    keys = columns.split()
    return [dict(zip(keys, row, strict=True)) for row in data]


IDENTITY: dict[str, str] = {
    "instansi": "Sekretariat Daerah",
    "pemerintah": "Kota Tanjungpinang",
    "kota": "Tanjungpinang",
    "tahun": "2020",
    "renstra_awal": "2018",
    "renstra_akhir": "2023",
    "tanggal": "28 Februari 2021",
    "jabatan": "Sekretaris Daerah Kota Tanjungpinang",
    "nama": "TEGUH AHMAD.S",
    "pangkat": "PEMBINA UTAMA MUDA/ IVc",
    "nip": "19740309 199303 1 005",
    "visi": "Mewujudkan Kota Tanjungpinang sebagai Kota yang maju, berbudaya dan sejahtera dalam harmoni, kebhinekaan masyarakat madani",
    "misi": "Mewujudkan tata kelola pemerintahan yang profesional, berwibawa, amanah, transparan dan akuntabel didukung aparatur yang berintegritas dan kompeten",
}

# --------------------------------------------------------------------------
# BAB I: staff

_TABEL_1_1 = _rows(
    "jenis kode uraian jumlah",
    ("Kelompok", "PNS", "PNS", "109"),
    ("Jabatan", "PNS.01", "Sekretaris Daerah", "1"),
    ("Jabatan", "PNS.02", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "1"),
    ("Jabatan", "PNS.03", "Asisten Perekonomian dan Pembangunan", "-"),
    ("Jabatan", "PNS.04", "Asisten Administrasi Umum", "1"),
    ("Jabatan", "PNS.05", "Staf Ahli", "3"),
    ("Jabatan", "PNS.06", "Kepala Bagian", "8"),
    ("Jabatan", "PNS.07", "Kepala Sub Bagian", "24"),
    ("Jabatan", "PNS.08", "Staf/Jabatan Pelaksana", "71"),
    ("Kelompok", "NONPNS", "Non PNS", "165"),
    ("Jabatan", "NONPNS.01", "PTT", "79"),
    ("Jabatan", "NONPNS.02", "THL", "55"),
    ("Jabatan", "NONPNS.03", "THL SATPAM", "16"),
    ("Jabatan", "NONPNS.04", "THL TAMAN", "14"),
    ("Total", "TOTAL", "Total PNS+ Non PNS", "274"),
)

_TABEL_1_2 = _rows(
    "jenis kode jumlah",
    ("Golongan", "IV", "14"),
    ("Golongan", "III", "74"),
    ("Golongan", "II", "21"),
    ("Golongan", "I", "-"),
    ("Total", "TOTAL", "109"),
)

_TABEL_1_3 = _rows(
    "jenis kode jumlah",
    ("Eselon", "I", "-"),
    ("Eselon", "II", "6"),
    ("Eselon", "III", "9"),
    ("Eselon", "IV", "24"),
    ("Total", "TOTAL", "42"),
)

_TABEL_1_4 = _rows(
    "jenis kode jumlah persen",
    ("Pendidikan", "S3", "1", "0,9 %"),
    ("Pendidikan", "S2", "15", "13,6 %"),
    ("Pendidikan", "S1", "58", "52,72 %"),
    ("Pendidikan", "D III", "11", "10 %"),
    ("Pendidikan", "SLTA", "22", "20 %"),
    ("Pendidikan", "SLTP", "3", "2,72 %"),
    ("Total", "Total", "110", "100%"),
)

# --------------------------------------------------------------------------
# BAB II: Renstra

_SASARAN_1_RENSTRA = "meningkatnya pelayanan administrasi pemerintahan yang berkualitas, bersih, transparan, akuntabel, partisipatif, dan tanggap terhadap aspirasi masyarakat"
_TUJUAN_1 = "mendorong peningkatan reformasi birokrasi terutama pada aspek akuntabilitas kinerja, kualitas pelayanan publik, penataan organisasi dan tata laksana, dan penataan peraturan perundang-undangan"

_TABEL_2_1 = _rows(
    "kode no tujuan sasaran",
    ("T1", "1.", _TUJUAN_1, "Indeks Reformasi Birokrasi"),
    ("T2", "2", "Meningkatnya Pelayanan Publik Yang Efisien dan Efektif", "Indeks Kepuasan Masyarakat (IKM) Unit Pelayanan Publik"),
)

_TABEL_2_2 = _rows(
    "kode_sasaran no sasaran kode indikator target_0 target_1 target_2 target_3 target_4 target_5 target_6 target_rpjmd",
    ("S1", "1", _SASARAN_1_RENSTRA + ".", "IKU01", "Indeks Reformasi Birokrasi",
     "81,56", "79,10", "80", "81,05", "82,0", "83,10", "84", "84"),
    ("S1", "2.", None, "IK09", "Indeks Kepuasan Masyarakat pada unit pelayanan publik",
     "68,0", "69,7", "70,0", "72,2", "74,5", "77,02", "80,12", "80,12"),
)

_ARAH_S1 = (
    "menginventarisir data wilayah dan pemetaan serta pemasangan batas eksisting wilayah sesuai kewenangan daerah baik batas antar kelurahan, kecamatan maupun batas wilayah dengan Kabupaten/Kota lain.",
    "membuat kebijakan dengan mengarahkan OPD untuk menyusun Perda dan Perkada dan produk hukum daerah lainnya yang mendukung visi misi KDH/WKDH",
    "meningkatkan publikasi terhadap produk hukum daerah melalui JDIH, sosialisasi dan workshop baik melalui sistem berbasis online maupun kepada seluruh aparatur pemerintahan daerah",
    "meningkatkan seleksi penerimaan pengurus BUMD melalui profesionalisme fit and proper test",
    "menyusun kebijakan dalam upaya pengembangan pariwisata dan investasi daerah",
    "perumusan kebijakan pengelolaan dan pembinaan terhadap Badan Usaha Milik Daerah",
    "perumusan kebijakan mendorong pendayagunaan status FTZ Kota Tanjungpinang sebagai lokomotif ekonomi daerah sehingga dapat setara FTZ Batam Bintan Karimun",
    "perumusan kebijakan dalam upaya pengembangan dan pembinaan sektor ekonomi kerakyatan",
    "perumusan kebijakan dalam upaya pengembangan dan pembinaan sektor industri dan perdagangan",
    "melaksanakan monitoring dan evaluasi terhadap perumusan kebijakan",
    "Memaksimalkan penyusunan program kerja sesuai kewenangan, tugas dan fungsi sesuai ketentuan berbasis elektronik.",
    "menyusun kebijakan integrasi perencanaan, penganggaran, pengendalian dan pelaporan kegiatan pembangunan berbasis elektronik dengan berkoordinasi dengan masing-masing OPD penanggung jawab.",
    "Menyusun kebijakan penataan sistem dan tata cara pengendalian, evaluasi dan pelaporan pelaksanaan program dan kegiatan dengan bekerjasama LKPP.",
    "Menyiapkan rumusan kebijakan penyusunan Rencana Umum Pengadaan sesuai aturan pengadaan barang/jasa Pemerintah dalam upaya memaksimalkan proses pengadaan barang jasa tepat waktu sesuai yang direncanakan",
    "Menyusun kebijakan penyelenggaraan UKPBJ sesuai aturan pengadaan barang/jasa Pemerintah.",
    "Menempatkan dan menugaskan personil UKPBJ yang profesional dan mandiri sesuai ketentuan perundangan dan peraturan pengadaan barang/jasa.",
    "meningkatkan penataan kelembagaan perangkat daerah sesuai dengan kebutuhan daerah dalam upaya pencapaian visi misi daerah.",
    "meningkatkan indeks kepuasan masyarakat terhadap pelayanan publik dengan menyusun pelaksanaan Survey kepuasan masyarakat.",
    "meningkatkan nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah khususnya di Sekretariat Daerah.",
    "menyusun analisa jabatan sesuai aturan perundang- undangan.",
    "menetapkan standar pelayanan minimal pada setiap OPD.",
    "menyusun analisa jabatan dalam upaya penempatan ASN sesuai bidang ilmu dan keahlian dan tujuan pembentukan OPD.",
    "meningkatkan pelayanan pengadaan barang/jasa dengan baik melalui e-procurement",
    "meningkatkan kapasitas aparatur pengadaan barang/jasa melalui bimtek.",
    "meningkatkan minat aparatur untuk memiliki sertifikat ahli pengadaan.",
    "meningkatkan kinerja pelayanan kedinasan KDH/WKDH sesuai SOP.",
    "meningkatkan seleksi penerimaan pengurus BUMD melalui profesionalisme fit and proper test.",
    "meningkatkan penataan kelembagaan perangkat daerah.",
    "meningkatkan jumlah informasi yang dipublikasikan kepada aparatur dan masyarakat.",
    "meningkatkan pemenuhan kebutuhan sarana dan prasarana kantor.",
    "menyediakan dokumen standar satuan harga.",
    "meningkatkan kinerja aparatur Setda dengan pelatihan dan pendidikan.",
    "meningkatkan pemenuhan kebutuhan administrasi perkantoran",
)

_ARAH_S2 = (
    "Meningkatkan kerjasama daerah dengan mengarahkan OPD untuk terus mengikatkan kerjasama daerah sebagai pelaksana teknis kerjasama dibidangnya yang telah direncanakan serta melakukan evaluasi dan monitoring terhadap pelaksanaan kerjasama dengan menganalisa faktor penghambat realisasi kerjasama teknis daerah",
    "melaksanakan pembinaan terhadap kecamatan dan kelurahan serta RT dan RW di Kota Tanjungpinang sebagai ujung tombak keberhasilan pembangunan dan pencapaian visi misi daerah",
    "meningkatkan kinerja penyelenggaraan kegiatan keagamaan",
    "meningkatkan kinerja penyelenggaraan kegiatan lembaga sosial keagamaan",
    "meningkatkan partisipasi masyarakat dalam mengikuti kegiatan wawasan kebangsaan",
    "meningkatkan jumlah rekomendasi yang dihasilkan yang dapat membangun Kota Tanjungpinang menjadi lebih baik pada rapat rutin Forkopimda",
    "meningkatkan pembangunan daerah dengan menyusun rumusan kebijakan pembangunan daerah yang berkualitas.",
)


def _tabel_2_3() -> list[Record]:
    rows: list[Record] = []
    starts = {
        1: (_TUJUAN_1, _SASARAN_1_RENSTRA,
            "meningkatkan pelayanan administrasi pemerintahan yang berkualitas, bersih, transparan, akuntabel, partisipatif, dan tanggap terhadap aspirasi masyarakat"),
        len(_ARAH_S1) + 1: (None,
            "meningkatnya koordinasi dan kerjasama dengan OPD, daerah lain, instansi vertikal pusat, organisasi di daerah serta masyarakat",
            "meningkatkan koordinasi dan kerjasama dengan OPD, daerah lain, instansi vertikal pusat, organisasi di daerah serta masyarakat"),
    }
    numbered = [(i, text) for i, text in enumerate(_ARAH_S1, start=1)]
    numbered += [(i, text) for i, text in enumerate(_ARAH_S2, start=1)]
    for n, (printed_no, text) in enumerate(numbered, start=1):
        tujuan, sasaran, strategi = starts.get(n, (None, None, None))
        rows.append({
            "kode": f"AK{n:02d}",
            "tujuan": tujuan,
            "sasaran": sasaran,
            "strategi": strategi,
            "no": f"{printed_no}.",
            "arah_kebijakan": text,
        })
    return rows


_TABEL_2_3 = _tabel_2_3()

# --------------------------------------------------------------------------
# Tabel 2.4 and 2.5: programs and kegiatan (Tabel 2.4's order)

_TABEL_2_4 = _rows(
    "jenis kode no uraian indikator target satuan",
    ("Program", "P01", "1.", "Program Pelayanan Administrasi Perkantoran", "Persentase Terpenuhinya Kebutuhan Administrasi Perkantoran", "100 %", "persen"),
    ("Kegiatan", "P01.01", "a.", "Penyediaan Jasa Tenaga Pendukung", None, None, None),
    ("Kegiatan", "P01.02", "b.", "Operasional Rutin kantor", None, None, None),
    ("Kegiatan", "P01.03", "c.", "Fasilitasi dan Pendukung Kehumasan", None, None, None),
    ("Kegiatan", "P01.04", "d.", "Pengadaan Plakat", None, None, None),
    ("Kegiatan", "P01.05", "e.", "Penyediaan Peralatan dan Perlengkapan Aparatur Pemko Tanjungpinang", None, None, None),
    ("Program", "P02", "2.", "Program Peningkatan Sarana dan Prasarana Aparatur", "Persentase Terpenuhinya Kebutuhan Sarana dan Prasarana Aparatur", "100 %", "persen"),
    ("Kegiatan", "P02.01", "a.", "Penggandaan Kendaraan Dinas/Operasional", None, None, None),
    ("Kegiatan", "P02.02", "b.", "Pengadaan Alat-alat Kantor dan Rumah Tangga", None, None, None),
    ("Kegiatan", "P02.03", "c.", "Pemeliharaan rutin/berkala rumah Jabatan", None, None, None),
    ("Kegiatan", "P02.04", "d.", "Pemeliharaan Rutin/Berkala Fasilitas Umum", None, None, None),
    ("Kegiatan", "P02.05", "e.", "Peningkatan Sarana dan Prasarana Fasilitas kantor", None, None, None),
    ("Program", "P03", "3..", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian kinerja dan Keuangan", "Nilai LPPD, Persentase Laporan Kinerja dan Keuangan yang tersusun tepat waktu", "3,40", None),
    ("Kegiatan", "P03.01", None, "Penyusunan Laporan Penyelenggaraan Pemerintah Daerah (LPPD)", None, None, None),
    ("Kegiatan", "P03.02", None, "Monitoring, Evaluasi Percepatan Realisasi Anggaran Daerah Kota Tanjungpinang", None, "100 %", "persen"),
    ("Kegiatan", "P03.03", None, "Penyusunan Laporan Harian Walikota", None, None, None),
    ("Program", "P04", "4.", "Program Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah", "Persentase Layanan Kedinasan KDH/WKDH yang sesuai Prosedur, Persentase Kegiatan APEKSI yang terselenggara dengan Baik, Persentase kegiatan Forsedasi yang terselenggara dengan baik, Persentase Layanan Kedinasan KDH/WKDH yang sesuai Prosedur", "100 %", "persen"),
    ("Kegiatan", "P04.01", None, "Pendukung dan Pendampingan Pelayanan Kedinasan Daerah", None, None, None),
    ("Kegiatan", "P04.02", None, "Pendukung Tata Hubungan Kerja dan Kompetensi Staf Ahli Kepala Daerah", None, None, None),
    ("Kegiatan", "P04.03", None, "Rapat Kerja Regional dan Nasional APEKSI", None, None, None),
    ("Kegiatan", "P04.04", None, "Rapat Kerja Nasional dan Musyawarah Nasional Forum Sekda Daerah Seluruh Indonesia", None, None, None),
    ("Kegiatan", "P04.05", None, "Bimtek Keprotokolan bagi OPD Kota Tanjungpinang", None, None, None),
    ("Program", "P05", "5.", "Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah", "Persentase Ketersediaan Dokumen Standar Harga", "100 %", "persen"),
    ("Kegiatan", "P05.01", None, "Penyusunan Standar Satuan Harga", None, None, None),
    ("Program", "P06", "6.", "Program Penataan Daerah Otonomi Baru", "Persentase Perangkat Daerah yang telah tertata kelembagaanya, Persentase Kecamatan dan kelurahan Baru terbentuk, Persentase Penyelesaian Tapal Batas", "100 %", "persen"),
    ("Kegiatan", "P06.01", None, "Laporan Pencapaian Standar Pelayanan Minimal", None, None, None),
    ("Kegiatan", "P06.02", None, "Penyelenggaraan Fasilitas Reformasi Birokrasi Pemerintah Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P06.03", None, "Evaluasi Kelembagaan di Lingkungan Pemerintah Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P06.04", None, "Penyusunan dan Evaluasi Analisa Jabatan dan Analisa Beban Kerja", None, None, None),
    ("Kegiatan", "P06.05", None, "Pemekaran Kecamatan dan Kelurahan", None, None, None),
    ("Kegiatan", "P06.06", None, "Penataan Unsur rupa dan Bumi", None, None, None),
    ("Kegiatan", "P06.07", None, "Fasilitasi Percepatan Penyelesaian Tapal Batas Wilayah Administrasi antar Kelurahan, Kecamatan dan Antar Daerah", None, None, None),
    ("Program", "P07", "7.", "Program Penataan Peraturan Perundang-undangan", "Persentase PERDA dan Perkada yang mendukung Visi/Misi KDH/WKDH, Persentase Produk Hukum yang terpublikasikan Jumlah Produk Hukum Yang terpublikasi", "80 %", "persen"),
    ("Kegiatan", "P07.01", None, "E-Drafting Produk Hukum Daerah", None, None, None),
    ("Kegiatan", "P07.02", None, "Harmonisasi rancangan produk hukum daerah", None, "65 %", "persen"),
    ("Kegiatan", "P07.03", None, "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH) Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P07.04", None, "Kader Sadar Hukum (Kadarkum)", None, "5", None),
    ("Program", "P08", "8.", "Program pengembangan Komunikasi, Informasi dan media massa", "Persentase Informasi yang terpublikasikan", "80 %", "persen"),
    ("Kegiatan", "P08.01", None, "Penyampaian Komunikasi melalui Dokumentasi", None, None, None),
    ("Kegiatan", "P08.02", None, "Lomba dan Pameran Tanjungpinang dalam Foto", "Terjalannya Komunikasi dan Hubungan Baik serta sinergi antar Pemerintah Kota Tanjungpinang dengan Fotografer", "100%", "persen"),
    ("Program", "P09", "9.", "Program Pengembangan wawasan kebangsaan", "Persentase Masyarakat yang mengikuti Kegiatan Wawasan Kebangsaan", "100 %", "persen"),
    ("Kegiatan", "P09.01", None, "Pemahaman dan pelestarian Nilai-Nilai Perjuangan Daerah", None, None, None),
    ("Kegiatan", "P09.02", None, "Pembinaan dan peningkatan Kesadaran masyarakat tentang rasa kebangsaan", None, None, None),
    ("Kegiatan", "P09.03", None, "Apresiasi seni dan budaya masyarakat tentang Nilai-Nilai Budaya Daerah", None, None, None),
    ("Program", "P10", "10.", "Program Pelayanan Pengadaan Barang/Jasa Pemerintah", "Persentase Ketepatan Waktu Realisasi Pengadaan barang/Jasa", "92%", "persen"),
    ("Kegiatan", "P10.01", None, "Pendampingan Penyusunan Peraturan Walikota tentang Pengadaan barang/Jasa", None, None, None),
    ("Kegiatan", "P10.02", None, "Pembinaan Pelaku Pengadaan barang/Jasa", None, None, None),
    ("Kegiatan", "P10.03", None, "Fasilitasi Pelayanan Pengadaan Barang/jasa", "Persentase Pengadaan Barang/Jasa terlayani dengan baik melalui E-procurement", "92%", "persen"),
    ("Program", "P11", "11.", "Program Peningkatan Kinerja BUMD dan Lembaga Perekonomian", "Persentase Dokumen Pengembangan Perekonomian Daerah Yang tersusun", "100%", "persen"),
    ("Kegiatan", "P11.01", None, "Intensifikasi Pengembalian Kredit Lunak UMKM", None, None, None),
    ("Kegiatan", "P11.02", None, "Pembinaan dan Pengendalian Badan Usaha Milik Daerah (BUMN) Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P11.03", None, "Fasilitasi, Penatausahaan Pelaporan dan Pelaksanaan Kerjasama antar daerah Tim Pengendalian Inflasi Daerah kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P11.04", None, "Penyusunan Kebijakan Pengembangan UMKM di Kota Tanjungpinang", None, None, None),
    ("Program", "P12", "12.", "Program Peningkatan Pengendalian Pelaksanaan Pembangunan Daerah", "Persentase Perumusan Kebijakan Pembangunan Daerah", "100%", "persen"),
    ("Kegiatan", "P12.01", None, "Koordinasi Pelaksanaan Pembangunan Daerah", None, None, None),
    ("Program", "P13", "13.", "Program Peningkatan Partisipasi masyarakat dalam membangun desa", "Persentase Pembinaan", "100 %", "persen"),
    ("Kegiatan", "P13.01", None, "Pembinaan Lembaga Kemasyarakatan Kelurahan Kota Tanjungpinang", None, None, None),
    ("Program", "P14", "14.", "Program Fasilitasi Bantuan dan Layanan Hukum", "Persentase Kasus Hukum yang diselesaikan", "83%", "persen"),
    ("Kegiatan", "P14.01", None, "Pelayanan Bantuan Hukum Litigasi dan Non Litigasi", None, None, None),
    ("Program", "P15", "15.", "Program Peningkatan Kerjasama unsur Pimpinan Daerah", "Persentase Rekomendasikan yang dihasilkan", "100 %", "persen"),
    ("Kegiatan", "P15.01", None, "Optimalisasi Penyelenggaraan Urusan Pemerintahan Umum di Kota Tanjungpinang", None, None, None),
    ("Program", "P16", "16.", "Program Penerangan Bimbingan dan Kerukunan Hidup Beragama", "Persentase Kegiatan Keagamaan Berjalan dengan baik", "100 %", "persen"),
    ("Kegiatan", "P16.01", None, "Penyelenggaraan Ibadah Haji Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P16.02", None, "Safari Ramadhan Pemerintah Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P16.03", None, "Pelaksanaan Musabaqah Tilawatil Quran (MTQ) Tingkat Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P16.04", None, "Pembinaan, Pemahaman dan Peningkatan Syiar Agama Islam", None, None, None),
    ("Kegiatan", "P16.05", None, "Pelestarian Nilai-Nilai Budaya Islam", None, None, None),
    ("Kegiatan", "P16.06", None, "Pemusatan Latihan (TC) peserta MTQ Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P16.07", None, "Partisipasi MTQ Tingkat Provinsi Kepulauan Riau", None, None, None),
    ("Kegiatan", "P16.08", None, "Pembekalan Mubaliqh dan Mubaliqah Se Kota Tanjungpinang", None, None, None),
    ("Kegiatan", "P16.09", None, "Harmonisasi Kegiatan Keagamaan Berjalan dengan Baik", None, None, None),
    ("Kegiatan", "P16.10", None, "Wisuda Santri TPA/TPQ", None, None, None),
    ("Kegiatan", "P16.11", None, "Pembinaan Majelis Taklim Se Kota Tanjungpinang", None, None, None),
)

_TABEL_2_5 = _rows(
    "jenis kode no uraian pagu",
    ("Program", "P01", "1.", "Program Pelayanan Administrasi Perkantoran", "Rp. 21.751.232.247.00"),
    ("Kegiatan", "P01.01", None, "Penyediaan Jasa Tenaga Pendukung", "Rp. 4.045.901.500"),
    ("Kegiatan", "P01.02", None, "Operasional Rutin kantor", "Rp. 16.363.478.747.00"),
    ("Kegiatan", "P01.03", None, "Fasilitasi dan Pendukung Kehumasan", "Rp. 1.220.000.000"),
    ("Kegiatan", "P01.04", None, "Pengadaan Plakat", "0"),
    ("Kegiatan", "P01.05", None, "Penyediaan Peralatan dan Perlengkapan Aparatur Pemko Tanjungpinang", "Rp. 122.852.000"),
    ("Program", "P02", "2.", "Program Peningkatan Sarana dan Prasarana Aparatur", "Rp. 6.771.200.000.00"),
    ("Kegiatan", "P02.01", None, "Penggandaan Kendaraan Dinas/Operasional", "Rp. 1.205.000.000"),
    ("Kegiatan", "P02.02", None, "Pengadaan Alat-alat Kantor dan Rumah Tangga", "Rp. 3.460.600.000"),
    ("Kegiatan", "P02.03", None, "Pemeliharaan rutin/berkala rumah Jabatan", "Rp. 410.000.000"),
    ("Kegiatan", "P02.04", None, "Pemeliharaan Rutin/Berkala Fasilitas Umum", "Rp. 1.575.600.000"),
    ("Kegiatan", "P02.05", None, "Peningkatan Sarana dan Prasarana Fasilitas kantor", "Rp. 120.000.000"),
    ("Program", "P03", "3..", "Program Peningkatan Pengembangan Sistem Pelaporan Capaian kinerja dan Keuangan", "Rp. 132.105.000"),
    ("Kegiatan", "P03.01", None, "Penyusunan Laporan Penyelenggaraan Pemerintah Daerah (LPPD)", "Rp. 44.000.000"),
    ("Kegiatan", "P03.02", None, "Monitoring, Evaluasi Percepatan Realisasi Anggaran Daerah Kota Tanjungpinang", "Rp. 51.560.000"),
    ("Kegiatan", "P03.03", None, "Penyusunan Laporan Harian Walikota", "Rp. 36.545.000"),
    ("Program", "P04", "4.", "Program Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah", "Rp. 1.899.546.300"),
    ("Kegiatan", "P04.01", None, "Pendukung dan Pendampingan Pelayanan Kedinasan Daerah", "Rp. 1.606.662.300"),
    ("Kegiatan", "P04.02", None, "Pendukung Tata Hubungan Kerja dan Kompetensi Staf Ahli Kepala Daerah", "Rp. 142.000.000"),
    ("Kegiatan", "P04.03", None, "Rapat Kerja Regional dan Nasional APEKSI", "Rp. 47.300.000"),
    ("Kegiatan", "P04.04", None, "Rapat Kerja Nasional dan Musyawarah Nasional Forum Sekda Daerah Seluruh Indonesia", "Rp. 103.584.000"),
    ("Kegiatan", "P04.05", None, "Bimtek Keprotokolan bagi OPD Kota Tanjungpinang", "0"),
    ("Program", "P05", "5.", "Program Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah", "Rp. 145.000.000"),
    ("Kegiatan", "P05.01", None, "Penyusunan Standar Satuan Harga", "Rp. 145.000.000"),
    ("Program", "P06", "6.", "Program Penataan Daerah Otonomi Baru", "Rp. 283.200.000"),
    ("Kegiatan", "P06.01", None, "Laporan Pencapaian Standar Pelayanan Minimal", "Rp. 30.000.000"),
    ("Kegiatan", "P06.02", None, "Penyelenggaraan Fasilitas Reformasi Birokrasi Pemerintah Kota Tanjungpinang", "Rp. 14.900.000"),
    ("Kegiatan", "P06.03", None, "Evaluasi Kelembagaan di Lingkungan Pemerintah Kota Tanjungpinang", "RP. 42.800.000"),
    ("Kegiatan", "P06.04", None, "Penyusunan dan Evaluasi Analisa Jabatan dan Analisa Beban Kerja", "Rp. 31.500.000"),
    ("Kegiatan", "P06.05", None, "Pemekaran Kecamatan dan Kelurahan", "RP. 113.500.000"),
    ("Kegiatan", "P06.06", None, "Penataan Unsur rupa dan Bumi", "0"),
    ("Kegiatan", "P06.07", None, "Fasilitasi Percepatan Penyelesaian Tapal Batas Wilayah Administrasi antar Kelurahan, Kecamatan dan Antar Daerah", "Rp. 50.500.000"),
    ("Program", "P07", "7.", "Program Penataan Peraturan Perundang-undangan", "Rp. 335.650.000"),
    ("Kegiatan", "P07.01", None, "E-Drafting Produk Hukum Daerah", "Rp. 60.000.000"),
    ("Kegiatan", "P07.02", None, "Harmonisasi rancangan produk hukum daerah", "Rp. 55.000.000"),
    ("Kegiatan", "P07.03", None, "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH) Kota Tanjungpinang", "Rp. 63.000.000"),
    ("Kegiatan", "P07.04", None, "Kader Sadar Hukum (Kadarkum)", "Rp. 157.650.000"),
    ("Program", "P08", "8.", "Program pengembangan Komunikasi, Informasi dan media massa", "Rp. 535.000.000"),
    ("Kegiatan", "P08.01", None, "Penyampaian Komunikasi melalui Dokumentasi", "Rp. 335.000.000"),
    ("Kegiatan", "P08.02", None, "Lomba dan Pameran Tanjungpinang dalam Foto", "Rp. 200.000.000"),
    ("Program", "P09", "9.", "Program Pengembangan wawasan kebangsaan", "Rp. 626.000.000"),
    ("Kegiatan", "P09.01", None, "Pemahaman dan pelestarian Nilai-Nilai Perjuangan Daerah", "Rp. 110.800.000"),
    ("Kegiatan", "P09.02", None, "Pembinaan dan peningkatan Kesadaran masyarakat tentang rasa kebangsaan", "Rp. 364.300.000"),
    ("Kegiatan", "P09.03", None, "Apresiasi seni dan budaya masyarakat tentang Nilai-Nilai Budaya Daerah", "Rp. 150.900.000"),
    ("Program", "P10", "10.", "Program Pelayanan Pengadaan Barang/Jasa Pemerintah", "Rp. 136.882.000"),
    ("Kegiatan", "P10.01", None, "Pendampingan Penyusunan Peraturan Walikota tentang Pengadaan barang/Jasa", "Rp. 136.882.000"),
    ("Kegiatan", "P10.02", None, "Pembinaan Pelaku Pengadaan barang/Jasa", "Rp. 0"),
    ("Kegiatan", "P10.03", None, "Fasilitasi Pelayanan Pengadaan Barang/jasa", "Rp. 0"),
    ("Program", "P11", "11.", "Program Peningkatan Kinerja BUMD dan Lembaga Perekonomian", "Rp. 239.979.300"),
    ("Kegiatan", "P11.01", None, "Intensifikasi Pengembalian Kredit Lunak UMKM", "Rp. 35.000.000"),
    ("Kegiatan", "P11.02", None, "Pembinaan dan Pengendalian Badan Usaha Milik Daerah (BUMN) Kota Tanjungpinang", "Rp. 28.000.000"),
    ("Kegiatan", "P11.03", None, "Fasilitasi, Penatausahaan Pelaporan dan Pelaksanaan Kerjasama antar daerah Tim Pengendalian Inflasi Daerah kota Tanjungpinang", "Rp. 176.979.300"),
    ("Kegiatan", "P11.04", None, "Penyusunan Kebijakan Pengembangan UMKM di Kota Tanjungpinang", "Rp. 0"),
    ("Program", "P12", "12.", "Program Peningkatan Pengendalian Pelaksanaan Pembangunan Daerah", "Rp. 25.900.000"),
    ("Kegiatan", "P12.01", None, "Koordinasi Pelaksanaan Pembangunan Daerah", "Rp. 25.900.000"),
    ("Program", "P13", "13.", "Program Peningkatan Partisipasi masyarakat dalam membangun desa", "Rp. 62.000.000"),
    ("Kegiatan", "P13.01", None, "Pembinaan Lembaga Kemasyarakatan Kelurahan Kota Tanjungpinang", "Rp. 62.000.000"),
    ("Program", "P14", "14.", "Program Fasilitasi Bantuan dan Layanan Hukum", "Rp. 280.000.000"),
    ("Kegiatan", "P14.01", None, "Pelayanan Bantuan Hukum Litigasi dan Non Litigasi", "Rp. 280.000.000"),
    ("Program", "P15", "15.", "Program Peningkatan Kerjasama unsur Pimpinan Daerah", "Rp.586.000.000"),
    ("Kegiatan", "P15.01", None, "Optimalisasi Penyelenggaraan Urusan Pemerintahan Umum di Kota Tanjungpinang", "Rp. 586.000.000"),
    ("Program", "P16", "16.", "Program Penerangan Bimbingan dan Kerukunan Hidup Beragama", "Rp. 4.808.900.000"),
    ("Kegiatan", "P16.01", None, "Penyelenggaraan Ibadah Haji Kota Tanjungpinang", "Rp. 75.000.000"),
    ("Kegiatan", "P16.02", None, "Safari Ramadhan Pemerintah Kota Tanjungpinang", "RP. 43.550.000"),
    ("Kegiatan", "P16.03", None, "Pelaksanaan Musabaqah Tilawatil Quran (MTQ) Tingkat Kota Tanjungpinang", "Rp. 1.611.730.000"),
    ("Kegiatan", "P16.04", None, "Pembinaan, Pemahaman dan Peningkatan Syiar Agama Islam", "Rp. 0"),
    ("Kegiatan", "P16.05", None, "Pelestarian Nilai-Nilai Budaya Islam", "Rp. 0"),
    ("Kegiatan", "P16.06", None, "Pemusatan Latihan (TC) peserta MTQ Kota Tanjungpinang", "Rp.0"),
    ("Kegiatan", "P16.07", None, "Partisipasi MTQ Tingkat Provinsi Kepulauan Riau", "Rp.484.200.000"),
    ("Kegiatan", "P16.08", None, "Pembekalan Mubaliqh dan Mubaliqah Se Kota Tanjungpinang", "Rp. 0"),
    ("Kegiatan", "P16.09", None, "Harmonisasi Kegiatan Keagamaan Berjalan dengan Baik", "Rp. 2.194.420.000"),
    ("Kegiatan", "P16.10", None, "Wisuda Santri TPA/TPQ", "Rp. 0"),
    ("Kegiatan", "P16.11", None, "Pembinaan Majelis Taklim Se Kota Tanjungpinang", "Rp. 400.000.000"),
    ("Total", "TOTAL", None, "Total Anggaran", "Rp. 38.618.594.847"),
)

# --------------------------------------------------------------------------
# Tabel 2.6: Perjanjian Kinerja

_SASARAN_1_PK = "Meningkatnya Pelayanan Administrasi Pemerintahan yang berkualitas, bersih, transparan, akuntabel, partisipatif, dan tanggap terhadap aspirasi masyarakat."
_SASARAN_2_PK = "Meningkatnya Koordinasi dan Kerjasama dengan OPD daerah lain, instansi vertical , Pusat, Organisasi di daerah serta masyarakat"
_SASARAN_2_34 = "Meningkatnya Koordinasi dan Kerjasama dengan OPD daerah lain, instansi vertikal, Pusat, Organisasi di daerah serta masyarakat"

_TABEL_2_6 = _rows(
    "kode_sasaran no sasaran kode indikator target satuan polaritas",
    ("S1", "1.", _SASARAN_1_PK, "IK01", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH", "80%", "persen", "positif"),
    ("S1", None, None, "IK02", "Persentase Kasus Hukum yang diselesaikan", "83%", "persen", "positif"),
    ("S1", None, None, "IK03", "Niali Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "79", "nilai", "positif"),
    ("S1", None, None, "IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement", "92%", "persen", "positif"),
    ("S1", None, None, "IK05", "Nilai LPPD", "3,40", "nilai", "positif"),
    ("S1", None, None, "IK06", "Persentase Pelayanan umum sesuai SOP", "100%", "persen", "positif"),
    ("S1", None, None, "IK07", "Persentase Dokumen pengembangan perekonomian daerah yang tersusun", "100%", "persen", "positif"),
    ("S1", None, None, "IK08", "Persentase Perangkat Daerah yang telah tertata kelambagaanya", "100%", "persen", "positif"),
    ("S1", None, None, "IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", "72,2", "indeks", "positif"),
    ("S2", "2.", _SASARAN_2_PK, "IK10", "Persentase kegiatan keagamaan berjakan dengan baik", "100%", "persen", "positif"),
    ("S2", None, None, "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "60%", "persen", "positif"),
    ("S2", None, None, "IK12", "Persentase rumusan kebijakan pembangunan Daerah", "100%", "persen", "positif"),
    ("S2", None, None, "IK13", "Persentase Rekomendasi yang dihasilkan", "100%", "persen", "positif"),
    ("S2", None, None, "IK14", "Persentase RT dan RW yang dilakukan pembinaan", "100%", "persen", "positif"),
)

_TABEL_2_6_PROGRAM = _rows(
    "jenis kode no program anggaran keterangan",
    ("Program", "P03", "1", "Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", "Rp. 132.105.000", "APBD TA.2020"),
    ("Program", "P04", "2", "Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah", "Rp. 1.606.662.300", "APBD TA.2020"),
    ("Program", "P05", "3.", "Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah", "Rp. 165.000.000", "APBD TA.2020"),
    ("Program", "P06", None, "Penataan Daerah Otonomi Baru", "Rp. 851.951.000", "APBD TA.2020"),
    ("Program", "P07", None, "Penataan Peraturan Perundang-undangan", "Rp. 335.650.000", "APBD TA.2020"),
    ("Program", "P08", None, "Pengembangan Komunikasi Informasi dan Media Massa", "Rp. 883.000.000", "APBD TA.2020"),
    ("Program", "P15", None, "Peningkatan Kerjasama Unsur Pimpinan Daerah", "Rp. 636.000.000", "APBD TA.2020"),
    ("Program", "P09", None, "Pengembangan Wawasan Kebangsaan", "Rp. 976.360.035", "APBD TA.2020"),
    ("Program", "P16", None, "Penerangan Bimbingan dan Kerukunan Hidup Beragama", "Rp. 6.265.510.000", "APBD TA.2020"),
    ("Program", "P10", None, "Pelayanan Pengadaan Barang/Jasa Pemerintah", "Rp. 483.214.000", "APBD TA.2020"),
    ("Program", "P11", None, "Peningkatan Kinerja BUMD dan Lembaga Perekonomian", "Rp. 423.000.000", "APBD TA.2020"),
    ("Program", "P12", None, "Peningkatan Pengendalian Pelaksana Pembangunan Daerah", "Rp. 126.060.000", "APBD TA.2020"),
    ("Program", "P14", None, "Fasilitasi Bantuan dan Layanan Hukum", "Rp, 280.000.000", "APBD TA.2020"),
    ("Program", "P13", None, "Peningkatan Partisipasi Masyarakat Dalam Membangun Desa", "Rp. 188.800.000", "APBD TA.2020"),
)

# --------------------------------------------------------------------------
# BAB III

_TABEL_3_1 = _rows(
    "kode_sasaran no sasaran kode indikator target realisasi capaian status",
    ("S1", "1.", _SASARAN_1_PK, "IK01", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH", "80%", "80%", None, None),
    ("S1", None, None, "IK02", "Persentase Kasus Hukum yang diselesaikan", "83%", "83%", None, None),
    ("S1", None, None, "IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "79", "79", None, None),
    ("S1", None, None, "IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement", "92%", "92%", None, None),
    ("S1", None, None, "IK05", "Nilai LPPD", "3,40", "3,40", None, None),
    ("S1", None, None, "IK06", "Persentase Pelayanan umum sesuai SOP", "100%", "100%", None, None),
    ("S1", None, None, "IK07", "Persentase Dokumen pengembangan perekonomian daerah yang tersusun", "100%", "100%", None, None),
    ("S1", None, None, "IK08", "Persentase Perangkat Daerah yang telah tertata kelambagaanya", "100%", "100%", None, None),
    ("S1", None, None, "IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", "72,2", "72,2", None, None),
    ("S2", "2.", _SASARAN_2_PK, "IK10", "Persentase kegiatan keagamaan berjakan dengan baik", "100%", "100%", None, None),
    ("S2", None, None, "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "60%", "60%", None, None),
    ("S2", None, None, "IK12", "Persentase rumusan kebijakan pembangunan Daerah", "100%", "100%", None, None),
    ("S2", None, None, "IK13", "Persentase Rekomendasi yang dihasilkan", "100%", "100%", None, None),
    ("S2", None, None, "IK14", "Persentase RT dan RW yang dilakukan pembinaan", "100%", "100%", None, None),
)

# Section 3.1.3 (unnumbered in the seed): Realisasi 2019, 2020; Target 2018..2023.
_TABEL_3_2 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_0 realisasi_1 target_0 target_1 target_2 target_3 target_4 target_5",
    ("S1", None, _SASARAN_1_PK, "IK01", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH", None, None, "67%", "80%", "80%", "80%", "80%", "80%"),
    ("S1", None, None, "IK02", "Persentase Kasus Hukum yang diselesaikan", None, None, "68%", "80%", "83%", "90%", "90%", "90%"),
    ("S1", None, None, "IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", None, None, "75", "77", "79", "81", "82", "84"),
    ("S1", None, None, "IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement.", "N/A", None, "90%", "90%", "92%", "95%", "98%", "100%"),
    ("S1", None, None, "IK05", "Nilai LPPD", None, None, "NA", "3,20", "3,30", "3,40", "3,50", "3,60"),
    ("S1", None, None, "IK06", "Persentase Pelayanan umum sesuai SOP", "N/A", None, "100%", "100%", "100%", "100%", "100%", "100%"),
    ("S1", None, None, "IK07", "Persentase Dokumen pengembangan perekonomian an daerah yang tersusun", None, None, "100%", "100%", "100%", "100%", "100%", "100%"),
    ("S1", None, None, "IK08", "Persentase Perangkat Daerah yang telah tertata kelambaganya", None, None, "100%", "100%", "100%", "100%", "100%", "100%"),
    ("S1", None, None, "IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", None, None, "69.7", "70.0", "72.2", "74.5", "77.02", "80.12"),
    ("S2", None, _SASARAN_2_34, "IK10", "Persentase kegiatan keagamaan berjalan dengan baik", None, None, "97%", "100%", "100%", "100%", "100%", "100%"),
    ("S2", None, None, "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "NA", None, "NA", "NA", "60%", "70%", "80%", "90%"),
    ("S2", None, None, "IK12", "Persentase rumusan kebijakan pembangunan Daerah", "NA", None, "NA", "NA", "60%", "70%", "80%", "90%"),
    ("S2", None, None, "IK13", "Persentase Rekomendasi yang dihasilkan", None, None, "100%", "100%", "100%", "100%", "100%", "100%"),
    ("S2", None, None, "IK14", "Persentase RT dan RW yang dilakukan pembinaan", None, None, "100%", "100%", "100%", "100%", "100%", "100%"),
)

_TABEL_3_3 = _rows(
    "no kode_program program kode indikator target realisasi capaian",
    ("1", "P07", "Penataan Peraturan Perundang-Undangan", "IK01", "Persentase Perda dan Perkada yang mendukung visi dan misi KDH/WKDH", "80%", "80%", "100%"),
    ("2", "P14", "Fasilitasi Bantuan dan Layanan Hukum", "IK02", "Persentase Kasus Hukum yang diselesaikan", "83%", "83%", "100%"),
    ("3", "P03", "pengembangan sistem pelaporan capaian kinerja dan keuangan", "IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "79", "79", "100%"),
    ("4", "P10", "pelayanan pengadaan barang/ jasa pemerintah", "IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement", "92%", "33.34%", "33.34%"),
    ("5", "P05", "Peningkatan dan Pengembangan Pengelolaan Keuangan Daerah", "IK05", "Nilai LPPD", "3,40", "3.40", "100%"),
    ("6", "P04", "Peningkatan pelayanan kedinasan kepala daerah/ wakil kepala daerah", "IK06", "Persentase Pelayanan umum sesuai SOP", "100%", "80%", "80%"),
    ("7", "P11", "peningkatan kinerja BUMD dan Lembaga Perekonomian", "IK07", "Persentase Dokumen pengembangan perekonomian daerah yang tersusun", "100%", "75.00%", "75.00%"),
    ("8", "P06", "penataan daerah otonomi baru", "IK08", "Persentase Perangkat Daerah yang telah tertata kelambagaanya", "100%", "85,71%", "85,71%"),
    ("9", "P06", None, "IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", "72,2", "85,71%", "85,71%"),
    ("10", "P16", "penerangan bimbingan dan kerukunan hidup beragama", "IK10", "Persentase kegiatan keagamaan berjakan dengan baik", "100%", "45,45%", "45,45%"),
    ("11", None, "Kerjasama Daerah", "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "60%", "Tidak ada kegiatan pendukung", None),
    ("12", "P12", "peningkatan pengendalian pelaksanaan pembangunan daerah", "IK12", "Persentase rumusan kebijakan pembangunan Daerah", "100%", "100%", "100%"),
    ("13", "P15", "Peningkatan kerjasama Unsur Pimpinan Daerah", "IK13", "Persentase Rekomendasi yang dihasilkan", "100%", "100%", "100%"),
    ("14", "P13", "Peningkatan Partisipasi Masyarakat Dalam Membangun Desa", "IK14", "Persentase RT dan RW yang dilakukan pembinaan", "100%", "100%", "100%"),
)

# Realisasi 2019 (realisasi_lalu) and 2020 (realisasi).
_TABEL_3_4 = _rows(
    "kode_sasaran no sasaran kode indikator realisasi_lalu realisasi",
    ("S1", "1.", _SASARAN_1_PK, "IK01", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH", "80%", "80%"),
    ("S1", None, None, "IK02", "Persentase Kasus Hukum yang diselesaikan", "100%", "83%"),
    ("S1", None, None, "IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "BB", "79"),
    ("S1", None, None, "IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement.", "N/A", "92%"),
    ("S1", None, None, "IK05", "Nilai LPPD", "3,20", "3,40"),
    ("S1", None, None, "IK06", "Persentase Pelayanan umum sesuai SOP", "N/A", "100%"),
    ("S1", None, None, "IK07", "Persentase Dokumen pengembangan perekonomian daerah yang tersusun", "100%", "100%"),
    ("S1", None, None, "IK08", "Persentase Perangkat Daerah yang telah tertata kelambagaanya", "100%", "100%"),
    ("S1", None, None, "IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", "72,2", "72,2"),
    ("S2", "2.", _SASARAN_2_34, "IK10", "Persentase kegiatan keagamaan berjalan dengan baik", "100%", "100%"),
    ("S2", None, None, "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "N/A", "60%"),
    ("S2", None, None, "IK12", "Persentase rumusan kebijakan pembangunan Daerah", "N/A", "100%"),
    ("S2", None, None, "IK13", "Persentase Rekomendasi yang dihasilkan", "100%", "100%"),
    ("S2", None, None, "IK14", "Persentase RT dan RW yang dilakukan pembinaan", "100%", "100%"),
)

# BAB III C. Program rows print no amounts; the "jumlah" row prints none either.
_REALISASI_ANGGARAN = _rows(
    "jenis kode no uraian anggaran realisasi persen",
    ("Program", "P01", "A.", "Program Pelayanan Administrasi Perkantoran", None, None, None),
    ("Kegiatan", "P01.01", "1.", "Penyediaan jasa tenaga pendukung", "Rp. 3.657.599.500", "Rp. 838,318,150", "93,28%"),
    ("Kegiatan", "P01.02", "2.", "Operasional Rutin Kantor", "Rp. 15.703.591.625", "Rp. 2,953,290,800", "96,47%"),
    ("Kegiatan", "P01.03", "3.", "Fasilitasi dan Pendukung Kehumasan", "Rp. 1.020.000.000", "Rp. 15,288,437,761", "96,83%"),
    ("Kegiatan", "P01.04", "4.", "Pengadaan Plakat", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P01.05", "5.", "Penyediaan Peralatan dan Perlengkapan Aparatur Pemko TPI", "Rp. 81.500.000", "Rp. 405,332,913", "94,57%"),
    ("Program", "P02", "B.", "Program Peningkatan Sarana dan Prasarana Aparatur", None, None, None),
    ("Kegiatan", "P02.01", "1.", "Pengadaan kendaraan dinas/operasional", "Rp. 975.000.000", "Rp.3,679,800,000", "93,16%"),
    ("Kegiatan", "P02.02", "2.", "Pengadaan alat-alat kantor dan rumah tangga", "Rp. 2.217.000.000", "Rp. 4,867,940,744", "91,79%"),
    ("Kegiatan", "P02.03", "3.", "Pemeliharaan rutin/berkala rumah jabatan", "0,00", "Rp. 460.000.000", None),
    ("Kegiatan", "P02.04", "4.", "Pemeliharaan rutin/berkala fasilitas umum", "Rp. 1.547.000.000", "Rp. 2,592,150,243", "96,36%"),
    ("Kegiatan", "P02.05", "5.", "Peningkatan sarana dan prasaran fasilitas kantor", "Rp. 120.000.000", "Rp. 1,338,715,110", "99,31%"),
    ("Program", "P03", "C.", "Program Peningkatan dan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", None, None, None),
    ("Kegiatan", "P03.01", "1", "Penyusunan Laporan Penyelenggaraan Pemerintah Daerah (LPPD)", "Rp. 44.000.000", "Rp. 2,090,000", "11.33%"),
    ("Kegiatan", "P03.03", "2.", "Penyusunan Laporan Harian Walikota", "Rp. 40.545.000", "Rp.23.975.000", "96.67%"),
    ("Kegiatan", "P03.02", "3.", "Monitoring, Evaluasi Percepatan Realisasi Anggaran Daerah Kota Tanjungpinang", "Rp. 51.560.000", "Rp. 51.162.190", None),
    ("Program", "P04", "D.", "Program Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah", None, None, None),
    ("Kegiatan", "P04.01", "1.", "Pendukung dan Pendampingan Pelayanan Kedinasan Daerah", "Rp. 1.606.662.300", "Rp. 1,451,700,980", "86,06%"),
    ("Kegiatan", "P04.03", "2.", "Rapat Kerja Regional dan Nasional APEKSI", "Rp. 152.500.000", "Rp. 1,161,407,821", "93,97%"),
    ("Kegiatan", "P04.02", "3.", "Pendukung tata hubungan kerja dan kompetensi Staf Ahli Kepala Daerah", "Rp. 142.000.000", "Rp. 118,443,848", "74,96%"),
    ("Kegiatan", "P04.04", "4.", "Rapat Kerja Nasional dan Musyawarah Nasional Forum sekda daerah Seluruh Indonesia", "Rp. 103.584.000", "Rp. 64,374,100", "49,14%"),
    ("Kegiatan", "P04.05", None, "Bimtek Keprotokolan bagi OPD Kota Tanjungpinang", "0.00", "0.00", "0.00%"),
    ("Program", "P05", "E.", "Program peningkatan dan pengembangan pengelolaan keuangan Daerah", None, None, None),
    ("Kegiatan", "P05.01", "1.", "Penyusunan standar satuan harga", "Rp. 115.000.000", "Rp. 191,362,650", "99.05%"),
    ("Program", "P06", "F.", "Program Penataan Daerah Otonomi Baru", None, None, None),
    ("Kegiatan", "P06.01", "1.", "Laporan pencapaian standar pelayanan minimal", "Rp. 30.000.000", "Rp.33,730,402", "81.92%"),
    ("Kegiatan", "P06.02", "2.", "Penyelenggaraan fasilitasi Reformasi Birokrasi Pemerintah Kota Tanjungpinang", "Rp. 34.900.000", "Rp.145,730,000", "81.56%"),
    ("Kegiatan", "P06.03", "3.", "Evaluasi kelembagaan dilingkungan Pemerintah Kota Tanjungpinang", "Rp. 42.800.000", "Rp.48,266,600", "90.13%"),
    ("Kegiatan", "P06.05", "4.", "Pemekaran kecamatan dan kelurahan", "Rp. 113.500.000", "Rp.0.00", "0.00%"),
    ("Kegiatan", "P06.04", "5.", "Penyusunan dan evaluasi Analisa Jabatan dan Analisa Beban kerja", "Rp. 52.852.000", "Rp.48,266,600", "21,08%"),
    ("Kegiatan", "P06.06", None, "Penataan Unsur Rupa Bumi", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P06.07", None, "Fasilitas Percepatan Penyelesaian Tapal Batas Wilayah administrasi antar Kelurahan, Kecamatan dan antar daerah", "Rp. 50.500.000", None, None),
    ("Program", "P07", "G.", "Program Penataan Peraturan Perundang-undangan", None, None, None),
    ("Kegiatan", "P07.01", "1.", "Kegiatan e-drafting produk hukum Daerah", "Rp. 60.000.000", "Rp. 31,309,520", "89,71%"),
    ("Kegiatan", "P07.03", "2.", "Pengelolaan Sistem Jaringan Dokumentasi dan Informasi Hukum (JDIH) Kota Tanjungpinang", "Rp. 63.000.000", "Rp. 57,289,080", "77,49%"),
    ("Kegiatan", "P07.02", "3.", "Kegiatan Harmonisasi Rancangan Produk Hukum Daerah", "Rp. 55.000.000", "Rp. 51,628,670", "71,20%"),
    ("Kegiatan", "P07.04", "4.", "Kader Sadar Hukum (KADARKUM)", "Rp. 157.650.000", "Rp. 175,687,720", "95,46%"),
    ("Program", "P08", "H.", "Program Pengembangan Komunikasi, Informasi dan Media Massa", None, None, None),
    ("Kegiatan", "P08.01", "1.", "Penyampaian komunikasi melalui dokumentasi", "Rp. 335.000.000", "Rp.829,986,839", "94,87%"),
    ("Kegiatan", "P08.02", "2.", "Lomba dan pameran Tanjungpinang dalam photo", "Rp. 200.000.000", "Rp.290,876,500", "96,96%"),
    ("Program", "P15", "I.", "Program Peningkatan Kerjasama Unsur Pimpinan Daerah", None, None, None),
    ("Kegiatan", "P15.01", "1.", "Optimalisasi Penyelenggaraan Urusan Pemerintahan umum di Kota Tanjungpinang", "Rp. 586.000.000", None, None),
    ("Program", "P09", "J.", "Program Pengembangan Wawasan Kebangsaan", None, None, None),
    ("Kegiatan", "P09.01", "1.", "Pemahaman dan Pelestarian Nilai-Nilai Perjuangan Daerah.", "Rp. 110.800.000", "Rp.71,589,100", "88,47%"),
    ("Kegiatan", "P09.02", "2.", "Pembinaan dan peningkatan kesadaran masyarakat tentang rasa kebangsaan", "Rp. 410.000.000", "Rp.477,927,600", "93,25%"),
    ("Kegiatan", "P09.03", "3.", "Aspresiasi seni dan budaya masyarakat tentang nilai-nilai Budaya Daerah", "0.00", "0.00", "0.00%"),
    ("Program", "P16", "K.", "Program Penerangan Bimbingan dan Kerukunan Hidup Beragama", None, None, None),
    ("Kegiatan", "P16.03", "1.", "Pelaksanaan Musabaqah Tilawatil Qur'an (MTQ) Tingkat kota Tanjungpinang", "Rp. 1.611.730.000", "Rp.4.110,677,710", "98,78%"),
    ("Kegiatan", "P16.01", None, "Penyelenggaraan Ibadah Haji Kota Tanjungpinang", "Rp. 75.000.000", None, None),
    ("Kegiatan", "P16.02", None, "Safari Ramadhan pemerintah Kota Tanjungpinang", "Rp. 43.550.000", None, None),
    ("Kegiatan", "P16.04", None, "Pembinaan, Pemahaman dan peningkatan Syiar Agama islam", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P16.05", None, "Pelestarian Nilai-nilai Budaya Islam", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P16.07", None, "Partisipasi MTQ Tingkat Provinsi Kepulauan Riau", "Rp. 484.200.000", None, None),
    ("Kegiatan", "P16.06", None, "Pemusatan Latihan (TC)Kota Tanjungpinang", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P16.09", None, "Harmonisasi Antar Umat Beragama Se Kota Tanjungpinang", "Rp. 169.500.000", None, None),
    ("Kegiatan", "P16.08", None, "Pembekalan Mubaligh Mubalighah se Kota Tanjungpinang", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P16.10", None, "Wisuda Santri TPA/TPQ", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P16.11", None, "Pembinaan Majelis Taklim Se kota Tanjungpinang", "Rp. 300.000.000", None, None),
    ("Program", "P10", "L.", "Program Pelayanan Pengadaan Barang/Jasa Pemerintah", None, None, None),
    ("Kegiatan", "P10.01", "1.", "Pendampingan Penyusunan Peraturan Walikota tentang pengadaan barang/Jasa", "Rp. 136.882.000", "Rp.339,387,189", "80,01%"),
    ("Kegiatan", "P10.02", "2.", "Pembinaan pelaku Pengadaan Barang/Jasa", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P10.03", "3.", "Fasilitas Pelayanan Barang/Jasa", "0.00", "0.00", "0.00%"),
    ("Program", "P11", "M.", "Program Peningkatan Kinerja BUMD dan lembaga Perekonomian", None, None, None),
    ("Kegiatan", "P11.01", "1.", "Intensifikasi Pengembalian Kredit lunak UMKM", "0.00", "0.00", "0.00%"),
    ("Kegiatan", "P11.02", "2.", "Pembinaan dan pengendalian Badan Usaha Milik Daerah (BUMN) Kota Tanjungpinang", "Rp. 28.000.000", None, None),
    ("Kegiatan", "P11.03", "3.", "Fasilitasi, penatausahaan Pelaporan dan Pelaksanaan Kerjasama Antar Daerah Tim Pengendalian Inflasi Daerah kota Tanjungpinang", "Rp. 176.979.300", None, None),
    ("Kegiatan", "P11.04", "4.", "Penyusunan Kebijakan pengembangan UMKM di Kota Tanjungpinang", "0.00", "0.00", "0.00%"),
    ("Program", "P12", "N.", "Program peningkatan Pengendalian Pelaksanaan Pembangunan Daerah", None, None, None),
    ("Kegiatan", "P12.01", "1", "Koordinasi Pelaksanaan Pembangunan daerah", "Rp. 25.900.000", "Rp.24.191.130", None),
    ("Program", "P14", "O.", "Program Fasilitasi Bantuan dan Layanan Hukum", None, None, None),
    ("Kegiatan", "P14.01", "1.", "Pelayanan Bantuan Hukum Litigasi dan non Litigasi", "Rp. 280.000.000", "Rp.24,194,700", "9,57%"),
    ("Program", "P13", "P.", "Program Peningkatan Partisipasi Masyarakat Dalam Membangun Desa", None, None, None),
    ("Kegiatan", "P13.01", "1", "Pembinaan Lembaga Kemasyarakatan Kelurahan kota Tanjungpinang", "Rp. 62.000.000", "Rp.909,532,200", "93,79%"),
    ("Jumlah", "TOTAL", None, "jumlah", None, None, None),
)

# --------------------------------------------------------------------------
# BAB III 3.1.4: the per-indicator analysis

_ANALISIS_INDIKATOR = _rows(
    "kode indikator tahun_judul target realisasi_lalu realisasi capaian uraian",
    ("IK01", "Persentase Perda dan Perkada yang mendukung Visi Misi KDH/WKDH", "2020", "80%", "100%", "80%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 80 % terhadap target 80 %. Realisasi sebesar 80 % didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK02", "persentase kasus hukum yang diselesaikan", "2020", "83%", "80%", "83 %", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 83 % terhadap target 80 %. Realisasi sebesar 100 % didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "2020", "79", "81.9", "79", "Tercapai",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 79 terhadap target 79 %. Realisasi sebesar 79 didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK04", "Persentase Pengadaan barang jasa terlayani dengan baik melalui e-procurement", "2020", "92%", "-", "-", "0%",
     "Capaian indikator kinerja sebesar 0 % diperoleh dari realisasi 0 % terhadap target 92 %. Realisasi sebesar 0 % didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK05", "Nilai LPPD", "2020", "3.40", "3.21", "3.40", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 3.40 terhadap target 3.40. Realisasi sebesar 100% didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK06", "Persentase Pelayanan Umum sesuai SOP", "2020", "100 %", "-", "0%", "100%",
     "Capaian indikator kinerja sebesar 0 % diperoleh dari realisasi 0 % terhadap target 100%. Realisasi sebesar 0 % didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK07", "Persentase dokumen pengembangan Perekonomian daerah Yang tersusun", "2020", "100 %", "100%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100 % terhadap target 100%. Realisasi sebesar 100 % didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK09", "Indeks kepuasan masyarakat pada Unit pelayanan Publik", "2020", "72.2", "70", "72.2", "100 %",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 72.2 terhadap target 72.2. Realisasi sebesar 100% didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK08", "Persentase perangkat Daerah yang telah tertata kelembagaannya", "2020", "100%", "100%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari akumulasi realisasi kegiatan yang terdiri dari"),
    ("IK10", "Persentase keagamaan berjalan dengan baik", "2020", "100%", "100%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari realisasi Kegiatan pelaksanaan Musabaqah Tilawatil Qur'an (MTQ) Kota Tanjungpinang dengan Indikator kinerja adalah jumlah orang dan grup yaitu 47;7, telah terpenuhi atau terserap sebesar 100%."),
    ("IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "2019", "100%", "-", "100%", "100%", None),
    ("IK12", "Persentase rumusan kebijakan pembangunan daerah", "2020", "100%", "90%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari realisasi koordinasi pelaksanaan pembangunan daerah dengan dengan Indikator kinerja yang di tetapkan adalah jumlah dokumen yaitu 1, dimana sampai dengan akhir tahun berjalan terpenuhi/ terserap/100%."),
    ("IK13", "persentase Rekomendasi yang di hasilkan", "2020", "100%", "100%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari realisasi Kegiatan optimalisasi penyelenggaraan urusan pemerintahan umum di Kota Tanjungpinang dengan Indikator kinerja yang di tetapkan adalah jumlah rapat yaitu 4, dimana sampai dengan akhir tahun, terpenuhi sebesar 100%."),
    ("IK14", "Persentase RT dan RW yang dilakukan pembinaan", "2020", "100%", "100%", "100%", "100%",
     "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari realisasi Kegiatan pembinaan lembaga kemasyarakatan kelurahan Kota Tanjungpinang dengan pagu anggaran sebesar Rp. 188.800.000 dengan realisasi anggaran sebesar Rp. 58.435.900 atau terserap sebesar 30,95%. Indikator kinerja yang ditetapkan adalah jumlah rt dan rw. Hasil kegiatan ini adalah terpenuhinya jumlah rt dan rw sebanyak 839 orang atau terserap sebesar 100%."),
)

_BELUM_SELESAI = "kegiatan belum selesai dilaksanakan."
_REFOCUSING = "refocusing anggaran terkait pencegahan dan penanganan covid 19 dimana anggaran difocusing."

_ANALISIS_KEGIATAN = _rows(
    "kode_indikator kode_kegiatan kegiatan indikator_keluaran target realisasi satuan persen jenis_faktor faktor",
    ("IK01", "P07.01", "e-drafting produk hukum daerah", "jumlah produk hukum daerah", "300", None, "produk hukum daerah", "0%", "Penghambat", _BELUM_SELESAI),
    ("IK01", "P07.02", "harmonisasi rancangan produk hukum daerah", "jumlah produk hukum daerah", "20", None, "produk hukum daerah", "0%", "Penghambat", _BELUM_SELESAI),
    ("IK01", "P07.03", "pengelolaan jaringan dokumentasi dan informasi hukum (JDIH) Kota Tanjungpinang", "jumlah produk hukum", "300", None, "produk hukum", "0%", "Penghambat", _BELUM_SELESAI),
    ("IK01", "P07.04", "kader sadar hukum (kadarkum)", "jumlah produk hukum", "5", None, "produk hukum", "0%", "Penghambat", _BELUM_SELESAI),
    ("IK02", "P14.01", "pelayanan bantuan hukum litigasi dan non litigasi", "jumlah bantuan hukum", "20", "5", "bantuan hukum", "25%", "Penghambat", _BELUM_SELESAI),
    ("IK03", "LAIN.01", "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah dan E-SAKIP", "jumlah Dokumen", "1", "1", "dokumen", "100%", "Penghambat", _BELUM_SELESAI),
    ("IK04", "P10.03", "fasilitasi pelayanan pengadaan barang/jasa", "jumlah orang", "30", None, "orang", None, "Penghambat", _REFOCUSING),
    ("IK05", "P03.01", "penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)", "jumlah dokumen", "1", "1", "dokumen", "100%", "Penghambat", _BELUM_SELESAI),
    ("IK06", "LAIN.02", "penyusunan dan Evaluasi SOP", "jumlah dokumen", "1", "0", "dokumen", "0%", "Penghambat", "belum adanya Identifikasi Kebutuhan SOP di unit kerja dan tidak dianggarkan."),
    ("IK07", "P11.04", "Penyusunan Kebijakan Pengembangan UMKM di Kota Tanjungpinang", "jumlah dokumen", "1", None, "dokumen", None, "Penghambat", _REFOCUSING),
    ("IK07", "P11.03", "fasilitasi, penatausahaan pelaporan dan pelaksanaan kerjasama antar tim pengendalian inflasi daerah Kota Tanjungpinang", "jumlah dokumen", "1", None, "dokumen", "100%", "Penghambat", _REFOCUSING),
    ("IK07", "P11.02", "pembinaan dan pengendalian Badan Usaha Milik Daerah (BUMD) Kota Tanjungpinang", "jumlah pelaporan", "1", None, "pelaporan", "100%", "Penghambat", _REFOCUSING),
    ("IK07", "P11.01", "intensifikasi pengembalian kredit lunak UMKM", "jumlah dokumen", "1", None, "dokumen", None, None, None),
    ("IK09", "LAIN.03", "Survey IKM terhadap Pelayanan Publik", "jumlah dokumen", "1", "1", "dokumen", "100%", "Penghambat", _BELUM_SELESAI),
    ("IK08", "P06.06", "penataan unsur rupa bumi", "jumlah dokumen", "1", None, "dokumen", None, "Penghambat",
     "refocusing anggaran terkait pencegahan dan penanganan covid 19 dimana anggaran direfocusing."),
    ("IK08", "P06.01", "laporan pencapaian standar pelayanan minimal", "jumlah dokumen", "1", None, "dokumen", "0%", "Penghambat", _BELUM_SELESAI),
    ("IK08", "P06.02", "penyelenggaraan fasilitasi reformasi birokrasi Pemerintah Kota Tanjungpinang", "jumlah dokumen", "1", None, "dokumen", "100%", "Penghambat", _REFOCUSING),
    ("IK08", "P06.04", "penyusunan dan evaluasi analisa jabatan dan analisa beban kerja", "jumlah dokumen", "1", None, "dokumen", "100;%", "Penghambat", _REFOCUSING),
    ("IK08", "P06.03", "evaluasi kelembagaan di lingkungan Pemerintah Kota Tanjungpinang", "jumlah dokumen", "1", None, "dokumen", "100%", "Penghambat", _REFOCUSING),
    ("IK08", "P06.05", "pemekaran kecamatan dan kelurahan", "jumlah dokumen", "1", None, "dokumen", "100%", "Penghambat", _REFOCUSING),
    ("IK10", "P16.03", "pelaksanaan Musabaqah Tilawatil Qur'an (MTQ) Kota Tanjungpinang", "jumlah orang dan grup", "47;7", None, "orang dan grup", "100%", "Pendorong",
     "rapat dan arahan yang intens dilaksanakan, koordinasi dengan instansi terkait, serta tim bekerja secara optimal."),
    ("IK12", "P12.01", "koordinasi pelaksanaan pembangunan daerah", "jumlah dokumen", "1", None, "dokumen", "100%", "Penghambat",
     "refocusing anggaran terkait pencegahan dan penanganan covid 19 dimana anggaran difocusing"),
    ("IK13", "P15.01", "optimalisasi penyelenggaraan urusan pemerintahan umum di Kota Tanjungpinang", "jumlah rapat", "4", None, "rapat", "100%", "Penghambat", _REFOCUSING),
    ("IK14", "P13.01", "pembinaan lembaga kemasyarakatan kelurahan Kota Tanjungpinang", "jumlah rt dan rw", None, "839", "orang", "100%", "Penghambat",
     "refocusing anggaran terkait pencegahan dan penanganan covid 19 dimana anggaran direfocusing menjadi Rp. 62.000.000 serta kegiatan belum selesai dilaksanakan."),
)

_RINGKASAN_CAPAIAN = _rows(
    "bagian kode indikator tahun_judul target realisasi_lalu realisasi capaian",
    ("Sasaran 1", "IK01", "Persentase Perda dan Perkada yang mendukung Visi Misi KDH/WKDH", "2020", "80%", "80%", "80%", "tercapai"),
    ("Sasaran 1", "IK02", "persentase kasus hukum yang diselesaikan", "2020", "83%", "100%", "83%", "Tercapai"),
    ("Sasaran 1", "IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "2020", "79", "BB", "A", "Tercapai"),
    ("Sasaran 1", "IK04", "Pengadaan barang jasa terlayani baik melalui e-procurement", "2020", "92 %", "-", "NA", "NA"),
    ("Sasaran 1", "IK05", "Nilai LPPD", "2020", "3.40", "3.20", None, "Tercapai"),
    ("Sasaran 1", "IK06", "Persentase Pelayanan Umum sesuai SOP", "2020", "100 %", "-", "NA", "NA"),
    ("Sasaran 1", "IK07", "Persentase dokumen pengembangan Perekonomian daerah Yang tersusun", "2020", "100%", "100%", "75%", "Belum tercapai"),
    ("Sasaran 1", "IK08", "Persentase perangkat Daerah yang telah tertata kelembagaannya", "2020", "100%", "100%", "100%", "tercapai"),
    ("Sasaran 1", "IK09", "Indeks kepuasan masyarakat pada Unit pelayanan Publik", "2020", "72.2", "85.23", "85,17", "tercapai"),
    ("Sasaran 1", "IK10", "Persentase Kegiatan Keagamaan berjalan dengan baik", "2020", "100 %", "100 %", "100%", "tercapai"),
    ("Sasaran 1", "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "2020", "60%", "-", None, None),
    ("Sasaran 1", "IK12", "Persentase rumusan kebijakan pembangunan daerah", "2020", "100 %", "100 %", None, None),
    ("Sasaran 1", "IK13", "Persentase Rekomendasi yang dihasilkan", "2020", "100 %", "100 %", None, None),
    ("Sasaran 1", "IK14", "Persentase RT dan RW yang dilakukan Pembinaan", "2020", "100 %", "100 %", None, None),
    ("Sasaran 2", "IK10", "Persentase keagamaan berjalan dengan baik", "2019", "100%", "98%", "100%", "100%"),
    ("Sasaran 2", "IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "2019", None, None, None, None),
    ("Sasaran 2", "IK12", "Persentase rumusan kebijakan pembangunan daerah", "2019", "100 %", "100 %", "100 %", "100 %"),
    ("Sasaran 2", "IK13", "persentase Rekomendasi yang dihasilkan", "2019", "100%", "90%", "100%", "100%"),
    ("Sasaran 2", "IK14", "Persentase RT dan RW yang dilakukan pembinaan", "2019", "100%", "-", "100%", "100%"),
)

# BAB IV: the column printed "SATUAN" holds the targets.
_PENUTUP = _rows(
    "kode indikator target realisasi capaian",
    ("IK01", "Persentase Perda dan Perkada yang mendukung visi misi KDH/WKDH", "80%", "80%", "100%"),
    ("IK02", "Persentase Kasus Hukum yang diselesaikan", "83%", "3,20", "100%"),
    ("IK03", "Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "79", "BB", "Belum Tercapai"),
    ("IK04", "Persentase Pengadaan Barang Jasa terlayani dengan baik melalui e-procurement", "92%", "Baik", "Baik"),
    ("IK05", "Nilai LPPD", "3,40", "90%", "100%"),
    ("IK06", "Persentase Pelayanan umum sesuai SOP", "100%", "94,87%", "100%"),
    ("IK07", "Persentase Dokumen pengembangan perekonomian daerah yang tersusun", "100%", "91%", "100%"),
    ("IK08", "Persentase Perangkat Daerah yang telah tertata kelambagaanya", "100%", "86,29%", "90%"),
    ("IK09", "Indeks Kepuasan Masyarakat pada Unit Pelayanan Publik", "72,2", "100%", "100%"),
    ("IK10", "Persentase kegiatan keagamaan berjakan dengan baik", "100%", "100%", "100%"),
    ("IK11", "Persentase Kerjasama Daerah yang diimplementasikan", "60%", "80%", "100%"),
    ("IK12", "Persentase rumusan kebijakan pembangunan Daerah", "100%", "100%", "100%"),
    ("IK13", "Persentase Rekomendasi yang dihasilkan", "100%", "100%", "100%"),
    ("IK14", "Persentase RT dan RW yang dilakukan pembinaan", "100%", "100%", "100%"),
)

# --------------------------------------------------------------------------
# Staff-written text that carries figures (years, amounts, counts), as printed.

_NARASI = (
    ("Kata Pengantar", "Puji syukur kami panjatkan kehadiran Tuhan Yang Maha Esa, atas berkat dan rahmat-Nya maka Laporan Kinerja Instansi Pemerintah (LKIP) Sekretariat Daerah Kota Tanjungpinang Tahun 2020 dapat disusun."),
    ("Kata Pengantar", "Laporan ini disusun sebagai bentuk pertanggungjawaban Sekretariat Daerah Kota Tanjungpinang terhadap keberhasilan atau kegagalan dalam mencapai sasaran untuk mewujudkan Visi dan Misi Walikota Tanjungpinang Selain itu Laporan ini memuat informasi secara transparan dan akuntabel tentang capaian sasaran, pelaksanaan program dan realisasi anggaran Sekretariat Daerah Kota Tanjungpinang tahun 2020."),
    ("Kata Pengantar", "Akhir kata semoga LKIP Sekretariat Daerah Kota Tanjungpinang Tahun 2020 ini menjadi bagian dari upaya untuk selalu memperbaiki diri dan meningkatkan Akuntabilitas kinerja secara terukur dan akuntabel."),
    ("Kata Pengantar (tanggal)", "Tanjungpinang, 28 FEBRUARI 2021"),
    ("Ikhtisar Eksekutif", "Laporan Kinerja Instansi Pemerintah (LKIP) Sekretariat Daerah Kota Tanjungpinang Tahun 2020 menyajikan informasi target dan capaian sasaran dan indikator kinerja Utama di Sekretariat Daerah Kota Tanjungpinang berdasarkan Dokumen Perjanjian Kinerja Tahun 2020 yang mengacu pada Rencana Strategis (Renstra) Sekretariat daerah Kota Tanjungpinang tahun 2018-2023."),
    ("Ikhtisar Eksekutif", "Realisasi anggaran yang dibutuhkan untuk mencapai sasaran tersebut adalah sebesar Rp. 56.475.618.912.19 dari total anggaran sebesar Rp. 53.817.299.824.00"),
    ("BAB I 1.1 Latar Belakang", "Laporan Kinerja Instansi Pemerintah (LKIP) merupakan wujud pertanggungjawaban, akuntabilitas, dan transparansi terhadap pencapaian sasaran Perangkat daerah yang telah ditargetkan pada tahun sebelumnya sesuai dengan amanat dalam Inpres Nomor 7 Tahun 1999 serta Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah."),
    ("BAB I 1.1 Latar Belakang", "Berdasarkan Peraturan Walikota Tanjungpinang Nomor 29 Tahun 2016 Tentang Uraian Tugas Pokok, Fungsi Organisasi dan Tata Kerja Sekretariat Daerah Kota Tanjungpinang, peran Sekretariat Daerah ada pada ranah penyusunan kebijakan daerah."),
    ("BAB I 1.1 Latar Belakang", "Sehubungan dengan hal tersebut di atas, sebagai perwujudan akuntabilitas, transparansi, dan pertanggungjawaban keberhasilan/kegagalan pencapaian tujuan dan sasaran yang telah ditetapkan, maka disusunlah Laporan Kinerja Instansi Pemerintah Sekretariat Daerah Kota Tanjungpinang Tahun 2019."),
    ("BAB I 1.1 Latar Belakang", "Isi LKIP Setda tahun 2020 menggambarkan pencapaian sasaran Sekretariat daerah Kota Tanjungpinang selama tahun 2019 sesuai dengan indikator kinerja yang telah ditetapkan dalam perjanjian Kinerja Sekretariat Daerah Kota Tanjungpinang tahun 2019."),
    ("BAB I 1.2 Maksud dan Tujuan", "Maksud Penyusunan LKIP Setda Tahun 2019 adalah untuk melaksanakan amanat dalam Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, pada pasal 5 yang menyebutkan bahwa pelaporan kinerja merupakan bagian dari SAKIP."),
    ("BAB I 1.2 Maksud dan Tujuan", "Adapun tujuan penyusunan LKIP setda Kota Tanjungpinang Tahun 2019 adalah sebagai berikut:"),
    ("BAB I 1.2 Maksud dan Tujuan", "Memberikan gambaran keberhasilan/kegagalan tentang kinerja penyelenggaraan pemerintahan di Sekretariat Daerah Kota Tanjungpinang dalam pencapaian target sasaran pada kurun waktu tahun anggaran 2019 secara jelas, transparan, dan dapat dipertanggungjawabkan;"),
    ("BAB I 1.3 Gambaran Umum", "sekretariat daerah kota tanjungpinang dibentuk berdasarkan peraturan daerah kota tanjungpinang nomor 11 tahun 2016 tentang pembentukan dan susunan perangkat daerah kota tanjungpinang."),
    ("BAB I 1.3 Gambaran Umum", "berdasarkan peraturan walikota nomor 56 tahun 2019 tentang uraian tugas pokok, fungsi organisasi dan tata kerja sekretariat daerah dan staf ahli kota tanjungpinang terdiri dari:"),
    ("BAB I 1.3.1 Struktur (Gambar 1.1)", "Sumber: Perwako Kota Tanjungpinang Nomor 45 tahun 2019"),
    ("BAB I 1.3.2 Tugas Pokok dan Fungsi", "Berdasarkan peraturan walikota nomor 45 tahun 2019 tentang uraian tugas pokok, fungsi organisasi dan tata kerja sekretariat daerah dan staf ahli kota tanjungpinang, Sekretaris Daerah mempunyai tugas pokok membantu Walikota dalam memimpin, mengoordinasikan, dan mengendalikan Sekretariat Daerah dalam melaksanakan penyusunan dan pelaksanaan kebijakan daerah."),
    ("BAB I 1.3.2 Tugas Pokok dan Fungsi", "Sedangkan uraian tugas dan fungsi masing-masing unsur organisasi pada Sekretariat Daerah Kota Tanjungpinang berdasarkan Peraturan Walikota Tanjungpinang Nomor 45 Tahun 2019 tentang Uraian Tugas Pokok, Fungsi Organisasi Dan Tata Kerja Sekretariat Daerah Kota Tanjungpinang adalah sebagai berikut:"),
    ("BAB I 1.3.3.1 Sumber Daya Manusia", "Dalam Menjalankan tugas pokok dan fungsinya Sekretariat Daerah kota Tanjungpinang didukung oleh pegawai sebanyak 274 Orang (data Desember 2020)."),
    ("BAB I 1.4 Sistematika Penulisan", "Sistematika penyajian Laporan Instansi Pemerintah Sekretariat Daerah Kota Tanjungpinang Tahun 2019 adalah sebagai berikut:"),
    ("BAB II 2.1.1 Tujuan dan Sasaran", "Dalam Permendagri No.86 Tahun 2017 definisi tujuan adalah sesuatu kondisi yang akan dicapai atau dihasilkan dalam jangka waktu 5 (lima) tahunan."),
    ("BAB II 2.1.1 Tujuan dan Sasaran", "Tujuan dan sasaran yang ingin dicapai Sekretariat Daerah tahun 2020 berdasarkan pada dokumen Perubahan Renstra Setda yang telah ditetapkan dapat dilihat pada Tabel 2.1 dan 2.2."),
    ("BAB II 2.1.4 Program, Kegiatan dan Pendanaan", "Untuk tahun 2020 ada 16 Program 57.kegiatan di Sekretariat Daerah Kota Tanjungpinang."),
    ("BAB II 2.1.4 Program, Kegiatan dan Pendanaan", "Untuk mendukung pelaksanaan kegiatan sesuai dengan tugas pokok dan fungsi Sekretariat Daerah Kota Tanjungpinang, maka diperlukan dana untuk mendukung kegiatan operasional yang bersumber pada Perubahan Anggaran Pendapatan Belanja dan Daerah Kota Tanjungpinang Anggaran untuk Tahun 2020 sebesar Rp 56.475.618.912,19 (Lima puluh enam milyar empat ratus tujuh puluh lima juta enam ratus delapan belas ribu sembilan ratus dua belas koma Sembilan belas rupiah). Anggaran tersebut terbagi dalam 2 (dua) kelompok belanja, yaitu Belanja Tidak Langsung dan Belanja Langsung dengan perincian sebagai berikut:"),
    ("BAB II 2.1.4 Program, Kegiatan dan Pendanaan", "Belanja Tidak Langsung Anggaran dalam Belanja Tidak Langsung terdiri dari Belanja Pegawai besaran anggaran Rp 17.857.024.065,19 (tujuh belas milyar delapan ratus lima puluh tujuh juta dua puluh ribu lima ratus lima puluh enam rupiah)."),
    ("BAB II 2.1.4 Program, Kegiatan dan Pendanaan", "Belanja Langsung Anggaran Belanja Langsung terdiri dari belanja belanja barang/jasa, dan belanja modal dengan besar anggaran sebesar Rp 38.618.594.847 (tiga puluh delapan juta enam ratus delapan belas ribu lima ratus sembilan puluh empat ribu delapan ratus empat puluh tujuh rupiah)."),
    ("BAB III 3.1 Capaian Kinerja Organisasi", "Pengukuran tingkat capaian kinerja Sekretariat Daerah Kota Tanjungpinang tahun 2020 dilakukan dengan cara membandingkan antara target pencapaian indikator sasaran yang telah ditetapkan dalam Perjanjian Kinerja Sekretariat Daerah Tahun 2020 dengan realisasinya."),
    ("BAB III 3.1.4 Analisis", "Pencapaian masing-masing sasaran terhadap target yang direncanakan dalam tahun 2020 dapat dilihat pada tabel berikut :"),
    ("BAB III 3.1.4 Analisis (Sasaran 2)", "Capaian indikator kinerja sebesar 100 % diperoleh dari realisasi 100% terhadap target 100 % Realisasi sebesar 100% didapat dari realisasi Kegiatan pembinaan lembaga kemasyarakatan kelurahan Kota Tanjungpinang dengan pagu anggaran sebesar Rp. 188.800.000 dengan realisasi anggaran sebesar Rp. 58.435.900 atau terserap sebesar 30,95%. Indikator kinerja yang ditetapkan adalah jumlah rt dan rw. Hasil kegiatan ini adalah terpenuhinya jumlah rt dan rw sebanyak 839 orang atau terserap sebesar 100%. Faktor penghambat adalah refocusing anggaran terkait pencegahan dan penanganan covid 19 dimana anggaran direfocusing menjadi Rp. 62.000.000 serta kegiatan belum selesai dilaksanakan."),
    ("BAB III A. Perjanjian Kinerja Tahun 2020", "Penyusunan Perjanjian Kinerja Pemerintah Kota Tanjungpinang Tahun 2020 mengacu pada dokumen Perubahan RPJMD Kota Tanjungpinang 2013-2018, dokumen Rencana Kinerja Tahunan (RKT) Tahun 2020, dokumen Rencana Kerja Pembangunan Daerah (RKPD) Perubahan Tahun 2020, dan dokumen Anggaran Pembangunan dan Belanja Daerah (APBD) Perubahan Tahun 2020."),
    ("BAB III A. Perjanjian Kinerja Tahun 2020", "Pemerintah Kota Tanjungpinang telah menyusun Perjanjian Kinerja Tahun 2020 dengan uraian sebagai berikut:"),
    ("BAB III C. Realisasi Anggaran", "Dalam merealisasikan sasaran yang telah ditetapkan, Sekretariat Daerah telah menggunakan dana sebesar Rp. 50.341.082.281,00 - dengan jumlah Program sebanyak 16 (Enam Belas) Program dan dengan Kegiatan sebanyak 57 (Enam Puluh Tiga) Kegiatan akibat direfocusing kegiatan menjadi 45 Kegiatan yang direfocusing 12 Kegiatan, dengan rincian realisasi anggaran sebagai berikut:"),
    ("BAB IV Penutup", "Laporan akuntabilitas ini disusun berdasarkan Rencana Strategis Sekretariat Daerah Kota Tanjungpinang, Rencana Kinerja Tahunan tahun 2020 serta Perjanjian Kinerja Tahun 2020."),
    ("BAB IV Penutup", "Dari hasil pengukuran kinerja sasaran di atas dapat disimpulkan bahwa semua sasaran yang telah ditetapkan telah berhasil dicapai dengan baik."),
    ("BAB IV Penutup", "Membangun Komitmen semua pimpinan di lingkungan Sekretariat Daerah Kota Tanjungpinang agar dalam merencanakan program dan kegiatan selalu mengacu pada Dokumen Perencanaan yang sudah ada yaitu RPJMD Kota Tanjungpinang dan Dokumen Rencana Strategis (Renstra) Sekretariat Daerah Kota Tanjungpinang 2018-2023."),
)

_NARASI_STAF: list[Record] = [
    {"kode": f"N{i:02d}", "bagian": bagian, "teks": teks}
    for i, (bagian, teks) in enumerate(_NARASI, start=1)
]

ROWS: dict[str, list[Record]] = {
    "Tabel 1.1": _TABEL_1_1,
    "Tabel 1.2": _TABEL_1_2,
    "Tabel 1.3": _TABEL_1_3,
    "Tabel 1.4": _TABEL_1_4,
    "Tabel 2.1": _TABEL_2_1,
    "Tabel 2.2": _TABEL_2_2,
    "Tabel 2.3": _TABEL_2_3,
    "Tabel 2.4": _TABEL_2_4,
    "Tabel 2.5": _TABEL_2_5,
    "Tabel 2.6": _TABEL_2_6,
    "Tabel 2.6 Program": _TABEL_2_6_PROGRAM,
    "Tabel 3.1": _TABEL_3_1,
    "Tabel 3.2": _TABEL_3_2,
    "Tabel 3.3": _TABEL_3_3,
    "Tabel 3.4": _TABEL_3_4,
    "Realisasi Anggaran": _REALISASI_ANGGARAN,
    "Analisis Indikator": _ANALISIS_INDIKATOR,
    "Analisis Kegiatan": _ANALISIS_KEGIATAN,
    "Ringkasan Capaian": _RINGKASAN_CAPAIAN,
    "Penutup": _PENUTUP,
    "Narasi Staf": _NARASI_STAF,
}
