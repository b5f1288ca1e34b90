"""Generated LKIP data workbooks of any size and shape, for tests and benchmarks.

``lkip_data(programs=16, kegiatan=...)`` returns identity and rows in the
format of :func:`lkip_xl.book.inputbook.write_input`; ``write_lkip`` writes them.
With ``quirks=True`` the data carry what real workbooks carry: programs with
no kegiatan, zero budgets, unreadable amounts, error values typed as text,
categories and "N/A" as realisasi, a target of 0, stated totals that are wrong.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lkip_xl.book.inputbook import write_input

Rows = dict[str, list[dict[str, Any]]]

IDENTITY = {
    "instansi": "Dinas Uji Coba",
    "pemerintah": "Kota Contoh",
    "kota": "Contoh",
    "tahun": 2021,
    "renstra_awal": 2019,
    "renstra_akhir": 2024,
    "tanggal": "1 Februari 2022",
    "jabatan": "Kepala Dinas Uji Coba",
    "nama": "Nama Pejabat",
    "pangkat": "Pembina / IVa",
    "nip": "19700101 199001 1 001",
}


def lkip_data(
    programs: int = 16,
    kegiatan: int | Callable[[int], int] = 4,
    indicators: int = 14,
    *,
    seed: int = 0,
    quirks: bool = False,
) -> tuple[dict[str, Any], Rows]:
    rnd = random.Random(seed)
    per_program = kegiatan if callable(kegiatan) else (lambda i: kegiatan)
    rows: Rows = {}
    rows["Tabel 1.1"] = [
        {"jenis": "Kelompok", "kode": "PNS", "uraian": "PNS", "jumlah": 12},
        {"jenis": "Jabatan", "kode": "PNS.01", "uraian": "Kepala", "jumlah": 1},
        {"jenis": "Jabatan", "kode": "PNS.02", "uraian": "Staf", "jumlah": 11},
        {"jenis": "Kelompok", "kode": "NON", "uraian": "Non PNS", "jumlah": 5},
        {"jenis": "Jabatan", "kode": "NON.01", "uraian": "THL",
         "jumlah": "-" if quirks else 5},
        {"jenis": "Total", "uraian": "Total", "jumlah": 17},
    ]
    rows["Tabel 1.2"] = [{"kode": g, "jumlah": n} for g, n in (("IV", 2), ("III", 7), ("II", 3))]
    rows["Tabel 1.2"].append({"jenis": "Total", "kode": "TOTAL", "jumlah": 12})
    rows["Tabel 1.3"] = [{"kode": "II", "jumlah": 1}, {"kode": "III", "jumlah": 2}]
    rows["Tabel 1.4"] = [{"kode": "S1", "jumlah": 8, "persen": "66,67%"},
                         {"kode": "SLTA", "jumlah": 4, "persen": "33,33%"},
                         {"jenis": "Total", "kode": "Total", "jumlah": 12, "persen": "100%"}]
    rows["Tabel 2.1"] = [{"kode": "T1", "no": "1.", "tujuan": "Tujuan satu", "sasaran": "S"}]
    rows["Tabel 2.3"] = [{"kode": "AK01", "tujuan": "Tujuan satu", "arah_kebijakan": "Arah"}]
    budget = _programs(rows, programs, per_program, rnd, quirks)
    _indicators(rows, indicators, rnd, quirks)
    rows["Tabel 2.6 Program"] = [
        {"kode": code, "no": f"{i}.", "program": f"Program Uji {int(code[1:])}",
         "anggaran": amount, "keterangan": "APBD"} for i, (code, amount) in enumerate(budget,
                                                                                   start=1)]
    rows["Narasi Staf"] = [{"kode": "N01", "bagian": "Ikhtisar Eksekutif",
                            "teks": f"Ada {programs} program."}]
    return dict(IDENTITY), rows


def _programs(rows: Rows, programs: int, per_program: Callable[[int], int],
              rnd: random.Random, quirks: bool) -> list[tuple[str, int]]:
    t24, t25, ra = [], [], []
    budget = []
    for p in range(1, programs + 1):
        code = f"P{p:03d}"
        name = f"Program Uji {p}"
        t24.append({"jenis": "Program", "kode": code, "no": f"{p}.", "uraian": name,
                    "indikator": f"Persentase capaian program {p}", "target": "100%"})
        n = per_program(p)
        items = []
        for k in range(1, n + 1):
            kode = f"{code}.{k:02d}"
            pagu = rnd.randrange(0, 50) * 1_000_000 if not (quirks and k == 2) else 0
            realisasi: Any = int(pagu * rnd.uniform(0.5, 1.0))
            if quirks and p % 7 == 3 and k == 1:
                realisasi = "Rp.4.110,677,710"  # no reading
            elif quirks and p % 11 == 5 and k == 1:
                realisasi = "#DIV/0!"  # an error value copied as text
            elif quirks and k == 3:
                realisasi = None
            items.append((kode, pagu, realisasi))
            t24.append({"jenis": "Kegiatan", "kode": kode, "uraian": f"Kegiatan {kode}"})
        total = sum(i[1] for i in items)
        budget.append((code, total))
        stated = total + (1_000 if quirks and p % 5 == 0 else 0)
        t25.append({"jenis": "Program", "kode": code, "no": f"{p}.", "uraian": name,
                    "pagu": stated})
        ra.append({"jenis": "Program", "kode": code, "no": f"{p}.", "uraian": name})
        for kode, pagu, realisasi in items:
            t25.append({"jenis": "Kegiatan", "kode": kode, "uraian": f"Kegiatan {kode}",
                        "pagu": pagu})
            anggaran = None if quirks and kode.endswith(".04") else pagu
            persen = (f"{realisasi / pagu * 100:.2f}%".replace(".", ",")
                      if isinstance(realisasi, int) and pagu else None)
            ra.append({"jenis": "Kegiatan", "kode": kode, "uraian": f"Kegiatan {kode}",
                       "anggaran": anggaran, "realisasi": realisasi, "persen": persen})
    t25.append({"jenis": "Total", "uraian": "Total Anggaran",
                "pagu": sum(b for _, b in budget)})
    ra.append({"jenis": "Jumlah", "uraian": "Jumlah"})
    rows["Tabel 2.4"], rows["Tabel 2.5"], rows["Realisasi Anggaran"] = t24, t25, ra
    return budget


def _indicators(rows: Rows, n: int, rnd: random.Random, quirks: bool) -> None:
    keys = [f"IK{i:02d}" for i in range(1, n + 1)]
    t22, t26, t31, t32, t33, t34, analisis, kegiatan, penutup = ([] for _ in range(9))
    for i, kode in enumerate(keys, start=1):
        percent = i % 3 != 0
        target: Any = f"{rnd.randrange(60, 100)}%" if percent else round(rnd.uniform(2, 90), 2)
        if quirks and i == 4:
            target = 0
        realisasi: Any = (f"{rnd.randrange(40, 110)}%" if percent
                          else round(rnd.uniform(2, 90), 2))
        if quirks and i == 2:
            realisasi = "BB"
        if quirks and i == 5:
            realisasi = "N/A"
        name = f"Indikator uji {i}"
        sasaran = {"kode_sasaran": "S1" if i <= n // 2 else "S2", "indikator": name,
                   "kode": kode}
        t22.append({**sasaran, **{f"target_{y}": target for y in range(7)}})
        t26.append({**sasaran, "target": target, "satuan": "persen" if percent else "indeks",
                    "polaritas": "positif"})
        t31.append({**sasaran, "target": target, "realisasi": realisasi})
        t32.append({**sasaran, "realisasi_0": realisasi, "realisasi_1": realisasi})
        t33.append({"kode": kode, "kode_program": f"P{i:03d}", "program": f"Program {i}",
                    "indikator": name, "target": target, "realisasi": realisasi,
                    "capaian": "100%"})
        t34.append({**sasaran, "realisasi_lalu": "N/A" if i % 4 == 0 else realisasi,
                    "realisasi": realisasi})
        analisis.append({"kode": kode, "indikator": name, "tahun_judul": 2021,
                         "target": target, "realisasi": realisasi})
        kegiatan.append({"kode_indikator": kode, "kode_kegiatan": f"P{i:03d}.01",
                         "kegiatan": f"Kegiatan P{i:03d}.01", "target": 1, "realisasi": 1,
                         "satuan": "dokumen", "persen": "100%", "jenis_faktor": "Pendorong",
                         "faktor": "Koordinasi baik"})
        penutup.append({"kode": kode, "indikator": name, "target": target,
                        "realisasi": realisasi})
    rows.update({"Tabel 2.2": t22, "Tabel 2.6": t26, "Tabel 3.1": t31, "Tabel 3.2": t32,
                 "Tabel 3.3": t33, "Tabel 3.4": t34, "Analisis Indikator": analisis,
                 "Analisis Kegiatan": kegiatan, "Penutup": penutup,
                 "Ringkasan Capaian": [{"bagian": "Sasaran 1", "kode": k, "indikator": k}
                                       for k in keys]})


def write_lkip(path: str | Path, **kwargs: Any) -> Path:
    identity, rows = lkip_data(**kwargs)
    return write_input(path, identity, rows)


# A Pemda: many units at once (issue 16's batch, its tests and benchmark).

UNITS = (
    "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan Daerah", "Inspektorat", "Dinas Sosial", "Dinas Perhubungan",
    "Badan Pendapatan Daerah", "Dinas Lingkungan Hidup",
    "Dinas Kependudukan dan Pencatatan Sipil", "Satuan Polisi Pamong Praja", "Dinas Pertanian",
    "Dinas Pariwisata dan Kebudayaan", "Badan Kepegawaian dan Pengembangan SDM",
    "Dinas Komunikasi dan Informatika", "Dinas Perumahan dan Kawasan Permukiman",
    "Badan Penanggulangan Bencana Daerah", "Dinas Penanaman Modal dan PTSP",
    "Dinas Koperasi dan UMKM", "Sekretariat DPRD", "Kecamatan Bukit Bestari",
    "Kecamatan Tanjungpinang Barat", "Kecamatan Tanjungpinang Kota",
    "Kecamatan Tanjungpinang Timur",
)
THEMES = ("Pelayanan", "Peningkatan Mutu", "Pengelolaan", "Pembinaan", "Penguatan",
          "Pengembangan", "Penyediaan", "Pengendalian")


def pemda_unit(i: int, seed: int = 0, small: bool = False) -> tuple[dict[str, Any], Rows]:
    """The *i*-th unit of a generated Pemda: its own instansi, programme and indicator
    names, sizes (about the sample's: 8-19 programmes of 2-5 kegiatan, 6-15 indicators;
    *small*: 3-5 programmes of 1-2 kegiatan, 4-6 indicators), polarities; every third one
    with the quirks (faults) of real data."""
    rnd = random.Random(seed * 1000 + i)
    name = UNITS[i % len(UNITS)] + (f" {i // len(UNITS) + 1}" if i >= len(UNITS) else "")
    programs = rnd.randrange(3, 6) if small else rnd.randrange(8, 20)
    per = {p: rnd.randrange(1, 3) if small else rnd.randrange(2, 6)
           for p in range(1, programs + 1)}
    identity, rows = lkip_data(programs=programs, kegiatan=lambda p: per[p],
                               indicators=rnd.randrange(4, 7) if small else rnd.randrange(6, 16),
                               seed=seed * 1000 + i, quirks=i % 3 == 2)
    theme = THEMES[rnd.randrange(len(THEMES))]
    short = name.split(" ", 1)[-1]
    negative = {k for k in range(1, 17) if rnd.random() < 0.25}

    def renamed(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        return (value.replace("Program Uji", f"Program {theme} {short}")
                .replace("Indikator uji", f"Indikator kinerja {short}"))

    for sheet, records in rows.items():
        rows[sheet] = [{k: renamed(v) for k, v in r.items()} for r in records]
    for r in rows["Tabel 2.6"]:
        if int(str(r["kode"])[2:]) in negative:
            r["polaritas"] = "negatif"
    identity.update(instansi=name, jabatan=f"Kepala {name}",
                    nip=f"1970{i % 12 + 1:02d}01 199001 1 {i % 1000:03d}")
    return identity, rows


def write_pemda(folder: str | Path, n: int, seed: int = 0, *, small: bool = False
                ) -> list[Path]:
    """Write *n* data workbooks of a Pemda's units into *folder* (``NN-<unit>.xlsx``): varied
    units (:func:`pemda_unit`), and among them one broken file (not a workbook) from 4
    units on and a second (no Identitas sheet: a table saved on its own) from 20 on.
    Returns the paths in order of their names."""
    import re

    from openpyxl import Workbook

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    broken = set(rnd.sample(range(n), (n >= 4) + (n >= 20)))
    out = []
    for i in range(n):
        identity, rows = pemda_unit(i, seed, small)
        slug = re.sub(r"[^a-z0-9]+", "-", identity["instansi"].lower()).strip("-")
        path = folder / f"{i + 1:02d}-{slug}.xlsx"
        if i in broken and len(broken) == 2 and i == max(broken):
            wb = Workbook()
            wb.active.title = "Tabel 3.1"
            wb.active.append(["Sasaran", "Indikator", "Target", "Realisasi"])
            wb.save(path)
        elif i in broken:
            path.write_bytes(b"bukan buku kerja: berkas rusak saat diunduh\n" * 20)
        else:
            write_input(path, identity, rows)
        out.append(path)
    return out
