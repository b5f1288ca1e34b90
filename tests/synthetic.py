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
