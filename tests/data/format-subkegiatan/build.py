# ruff: noqa: E501
"""A small LKIP 2023 whose budget has the three levels of Permendagri 90/2019: program,
kegiatan, sub kegiatan.

    uv run python tests/data/format-subkegiatan/build.py [output.xlsx]

No published LKIP with a sub kegiatan budget table could be had (see README.md beside
this file).  The unit, its programs, kegiatan and sub kegiatan, with their codes, are
real: the nomenclature of Permendagri 90/2019 (Kepmendagri 050-5889/2021) for a
Sekretariat Daerah (urusan 4.01), in the order and with the names of the 2023 quarterly
realisation form of the Sekretariat Daerah of Kota Tangerang Selatan.  The amounts,
indicators and targets are made up for the test, round and consistent, except for the
deliberate mistakes listed in MISTAKES (and in README.md): each must be found, and
nothing else is an error.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from transcription import check, rows  # noqa: E402

from lkip_xl.book.inputbook import write_input  # noqa: E402

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "sekretariat-daerah-2023.xlsx"

IDENTITY = {
    "instansi": "Sekretariat Daerah", "pemerintah": "Kota Tangerang Selatan",
    "kota": "Tangerang Selatan", "tahun": 2023, "renstra_awal": 2021, "renstra_akhir": 2026,
    "tanggal": "28 Februari 2024", "jabatan": "Sekretaris Daerah", "nama": "Nama Pejabat",
    "pangkat": "Pembina Utama Madya / IVd", "nip": "19700101 199001 1 001",
}

# (program code, program) -> [(kegiatan code, kegiatan, [(sub code, sub kegiatan, pagu, realisasi)])]
P1, P2, P3 = "4.01.01", "4.01.02", "4.01.03"
BUDGET = (
    (P1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", (
        ("4.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", (
            ("4.01.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 40_000_000, 38_500_000),
            ("4.01.01.2.01.02", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 25_000_000, 24_000_000),
            ("4.01.01.2.01.06", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 60_000_000, 57_250_000),
            ("4.01.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", 28_500_000, 27_000_000),
        )),
        ("4.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", (
            ("4.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", 18_400_000_000, 17_950_000_000),
            ("4.01.01.2.02.02", "Penyediaan Administrasi Pelaksanaan Tugas ASN", 350_000_000, 331_000_000),
            ("4.01.01.2.02.03", "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", 90_000_000, 86_400_000),
        )),
        ("4.01.01.2.06", "Administrasi Umum Perangkat Daerah", (
            ("4.01.01.2.06.02", "Penyediaan Peralatan dan Perlengkapan Kantor", 210_000_000, 198_750_000),
            ("4.01.01.2.06.04", "Penyediaan Bahan Logistik Kantor", 145_000_000, 139_900_000),
        )),
    )),
    (P2, "Program Pemerintahan dan Kesejahteraan Rakyat", (
        ("4.01.02.2.01", "Administrasi Tata Pemerintahan", (
            ("4.01.02.2.01.01", "Penataan Administrasi Pemerintahan", 120_000_000, 112_000_000),
            ("4.01.02.2.01.02", "Pengelolaan Administrasi Kewilayahan", 95_000_000, 90_250_000),
            ("4.01.02.2.01.03", "Fasilitasi Pelaksanaan Otonomi Daerah", 80_000_000, 74_800_000),
        )),
    )),
    (P3, "Program Perekonomian dan Pembangunan", (
        ("4.01.03.2.01", "Pelaksanaan Kebijakan Perekonomian", (
            ("4.01.03.2.01.01", "Koordinasi, Sinkronisasi, Monitoring dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD", 75_000_000, 70_500_000),
            ("4.01.03.2.01.02", "Pengendalian dan Distribusi Perekonomian", 110_000_000, 104_500_000),
            ("4.01.03.2.01.03", "Perencanaan dan Pengawasan Ekonomi Mikro Kecil", 65_000_000, 61_100_000),
        )),
    )),
)

# The deliberate mistakes: (sheet, code, what).
WRONG_SUBTOTAL = "4.01.01.2.01"  # its pagu written in Tabel 2.5 as 150.000.000 (153.500.000)
MISSING = "4.01.01.2.02.03"  # left out of Realisasi Anggaran
MISTAKES = (
    ("Tabel 2.5", WRONG_SUBTOTAL, "arith.subtotal: pagu kegiatan tertulis Rp 150.000.000, "
                                  "sub kegiatannya berjumlah Rp 153.500.000"),
    ("Tabel 2.5", MISSING, "cross.cakupan: sub kegiatan tidak ada di Realisasi Anggaran"),
)


def _pagu(kegiatan: tuple) -> int:
    return sum(s[2] for s in kegiatan[2])


def _budget_rows(with_realisasi: bool) -> list[dict]:
    out: list[dict] = []
    amount = "anggaran" if with_realisasi else "pagu"
    for p, (pcode, pname, kegiatan) in enumerate(BUDGET, start=1):
        row = {"jenis": "Program", "kode": pcode, "no": str(p), "uraian": pname}
        if not with_realisasi:  # the program subtotal written out, right
            row[amount] = sum(_pagu(k) for k in kegiatan)
        out.append(row)
        for k, (kcode, kname, subs) in enumerate(kegiatan, start=1):
            row = {"jenis": "Kegiatan", "kode": kcode, "no": f"{p}.{k}", "uraian": kname}
            if not with_realisasi and kcode == WRONG_SUBTOTAL:
                row[amount] = 150_000_000  # a stated subtotal that is off
            out.append(row)
            for s, (scode, sname, pagu, spent) in enumerate(subs, start=1):
                if with_realisasi and scode == MISSING:
                    continue
                row = {"jenis": "Sub Kegiatan", "kode": scode, "no": f"{p}.{k}.{s}",
                       "uraian": sname}
                if with_realisasi:  # the anggaran repeated from Tabel 2.5 by the template
                    row.update(realisasi=spent, fisik="100%")
                else:
                    row[amount] = pagu
                out.append(row)
    return out


def _program_table() -> list[dict]:
    indicators = {
        P1: ("Nilai SAKIP Sekretariat Daerah", "75", "nilai"),
        P2: ("Persentase kesepakatan kerja sama daerah yang ditindaklanjuti", "90%", "persen"),
        P3: ("Cakupan perumusan kebijakan perekonomian daerah", "100%", "persen"),
    }
    out = []
    for p, (pcode, pname, kegiatan) in enumerate(BUDGET, start=1):
        indikator, target, satuan = indicators[pcode]
        out.append({"jenis": "Program", "kode": pcode, "no": str(p), "uraian": pname,
                    "indikator": indikator, "target": target, "satuan": satuan})
        for k, (kcode, kname, subs) in enumerate(kegiatan, start=1):
            out.append({"jenis": "Kegiatan", "kode": kcode, "no": f"{p}.{k}", "uraian": kname})
            for s, (scode, sname, _, _) in enumerate(subs, start=1):
                out.append({"jenis": "Sub Kegiatan", "kode": scode, "no": f"{p}.{k}.{s}",
                            "uraian": sname})
    return out


SASARAN = {"kode_sasaran": "S1", "no": "1",
           "sasaran": "Meningkatnya akuntabilitas kinerja dan tata kelola pemerintahan"}
IK01 = {**SASARAN, "kode": "IK01", "indikator": "Nilai SAKIP Sekretariat Daerah"}
IK02 = {**SASARAN, "kode": "IK02", "indikator": "Persentase perangkat daerah dengan nilai LKE PMPRB di atas 50"}

ROWS = {
    "Tabel 2.1": rows("kode no tujuan kode_sasaran sasaran",
                      ("T1", "1", "Terwujudnya tata kelola pemerintahan yang baik", "S1", SASARAN["sasaran"])),
    "Tabel 2.4": _program_table(),
    "Tabel 2.5": _budget_rows(with_realisasi=False),
    "Tabel 2.6": [{**IK01, "target": "75", "satuan": "nilai", "polaritas": "positif"},
                  {**IK02, "target": "90%", "satuan": "persen", "polaritas": "positif"}],
    "Tabel 2.6 Program": [
        {"jenis": "Program", "kode": pcode, "no": str(p), "program": pname,
         "anggaran": sum(_pagu(k) for k in kegiatan)}
        for p, (pcode, pname, kegiatan) in enumerate(BUDGET, start=1)],
    "Tabel 3.1": [{**IK01, "realisasi": "76,5"}, {**IK02, "realisasi": "92%"}],
    "Tabel 3.3": [{"no": "1", "kode_program": P1, "program": BUDGET[0][1], "kode": "IK01",
                   "indikator": IK01["indikator"], "satuan": "nilai"}],
    "Tabel 3.4": [{**IK01, "realisasi_lalu": "74,2"}, {**IK02, "realisasi_lalu": "88%"}],
    "Realisasi Anggaran": _budget_rows(with_realisasi=True),
    "Analisis Indikator": [{"kode": "IK01", "indikator": IK01["indikator"], "tahun_judul": 2023,
                            "uraian": "Nilai SAKIP naik karena dokumen perencanaan dan laporan kinerja disusun tepat waktu."}],
    "Penutup": [{"kode": "IK01", "indikator": IK01["indikator"]},
                {"kode": "IK02", "indikator": IK02["indikator"]}],
    "Narasi Staf": [{"kode": "N01", "bagian": "Ikhtisar Eksekutif",
                     "teks": "Pada tahun 2023 Sekretariat Daerah melaksanakan 3 program, 5 "
                             "kegiatan dan 15 sub kegiatan."}],
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    left_out = check(IDENTITY, ROWS, unique_keys=True)
    path = write_input(out, IDENTITY, ROWS)
    print(f"{path}: " + ", ".join(f"{sheet} {len(r)}" for sheet, r in ROWS.items()))
    print(f"tidak ada di laporan: {', '.join(left_out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
