"""A clean, consistent LKIP: the bundled sample with its mistakes corrected.

The transcription of the seed (tools/sample_data.py) is corrected by rule, not
by hand: stated derived values and values repeated from another table are
left to the formulas, unreadable numbers are replaced, budgets are made
plausible, the Renstra targets of this year follow the Perjanjian Kinerja, and
the staff's sentences are corrected.  Validation must find no error in it.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

from lkip_xl.book.inputbook import cell_value, write_input
from lkip_xl.model import schema
from lkip_xl.model.numbers import format_rupiah, terbilang_rupiah

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from sample_data import IDENTITY, ROWS  # noqa: E402


def _readable(column: schema.Column, value: Any) -> bool:
    stored, _ = cell_value(column, value)
    return not isinstance(stored, str)


def _intended(column: schema.Column, text: str) -> object:
    """What an unreadable amount meant, when a trailing ".00" is all that is wrong with it."""
    trimmed = re.sub(r"[.,]00$", "", str(text).strip())
    stored, _ = cell_value(column, trimmed)
    return None if isinstance(stored, str) else stored


def clean_rows() -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    rows = copy.deepcopy(ROWS)
    kinds = {}
    for tbl in schema.TABLES:
        kinds = tbl.rows.labels() if tbl.rows else {}
        for row in rows.get(tbl.sheet, []):
            kind = kinds.get(str(row.get("jenis") or tbl.rows.item if tbl.rows else "").lower(),
                             "item")
            for col in tbl.input_columns:
                breakdown = kind != "item" or not col.only_with or any(
                    row.get(k) is not None for k in col.only_with)
                derived = (kind in col.formulas and breakdown) or (
                    col.link and kind == "item" and not col.link_fallback)
                if derived:
                    row[col.key] = None
                elif col.kind in ("orang", "rupiah", "persen") and row.get(col.key) is not None \
                        and not _readable(col, row[col.key]):
                    row[col.key] = 0 if col.kind == "orang" else _intended(col, row[col.key])
                elif col.kind == "nilai" and row.get(col.key) is not None \
                        and not _readable(col, row[col.key]) \
                        and str(row[col.key]).upper() not in ("AA", "A", "BB", "B", "CC", "C", "D"):
                    row[col.key] = None
    pagu = {r["kode"]: cell_value(schema.table("Tabel 2.5").column("pagu"), r["pagu"])[0]
            for r in rows["Tabel 2.5"] if r.get("kode")}
    for row in rows["Realisasi Anggaran"]:
        if row.get("jenis") != "Kegiatan":
            continue
        anggaran = pagu.get(row["kode"]) or 0  # Realisasi Anggaran repeats the pagu of 2.5
        row["anggaran"] = anggaran
        row["realisasi"] = round(anggaran * 0.9) if anggaran else None
    program_pagu: dict[str, float] = {}  # the Perjanjian Kinerja's budget of a program is
    program = None  # the sum of its kegiatan in Tabel 2.5, as the template computes it
    for row in rows["Tabel 2.5"]:
        if row.get("jenis") == "Program":
            program = row["kode"]
        elif program is not None and isinstance(pagu.get(row.get("kode")), (int, float)):
            program_pagu[program] = program_pagu.get(program, 0) + pagu[row["kode"]]
    for row in rows["Tabel 2.6 Program"]:
        if row.get("kode") in program_pagu:
            row["anggaran"] = program_pagu[row["kode"]]
    targets = {r["kode"]: r["target"] for r in rows["Tabel 2.6"]}
    for row in rows["Tabel 3.2"]:
        row["target_2"] = targets.get(row["kode"], row.get("target_2"))
    for row in rows["Tabel 3.3"]:
        if row["kode"] == "IK05":
            row["kode_program"] = "P03"  # Tabel 2.4 lists Nilai LPPD under program 3
    for row in rows["Tabel 1.4"]:
        if row["kode"] == "S1":
            row["jumlah"] = "57"  # 109 PNS, as Tabel 1.1 and 1.2
    for sheet in ("Analisis Indikator", "Ringkasan Capaian"):
        for row in rows[sheet]:
            row["tahun_judul"] = "2020"
    repeated = {"target": targets,  # the printed summary repeats the tables' values
                "realisasi": {r["kode"]: r["realisasi"] for r in rows["Tabel 3.1"]},
                "realisasi_lalu": {r["kode"]: r["realisasi_lalu"] for r in rows["Tabel 3.4"]}}
    for row in rows["Ringkasan Capaian"]:
        for column, source in repeated.items():
            row[column] = source.get(row["kode"])
    spent = sum(r["realisasi"] or 0 for r in rows["Realisasi Anggaran"]
                if r.get("jenis") == "Kegiatan")
    budget = sum(v for v in pagu.values() if isinstance(v, (int, float)))
    text = {r["kode"]: r for r in rows["Narasi Staf"]}
    for row in rows["Narasi Staf"]:
        row["teks"] = row["teks"].replace("Tahun 2019", "Tahun 2020").replace(
            "tahun 2019", "tahun 2020")
    text["N06"]["teks"] = ("Realisasi anggaran yang dibutuhkan untuk mencapai sasaran tersebut "
                           f"adalah sebesar {format_rupiah(spent)} dari total anggaran sebesar "
                           f"{format_rupiah(budget)}.")
    text["N32"]["teks"] = text["N32"]["teks"].replace("Rp. 50.341.082.281,00",
                                                      format_rupiah(spent))
    text["N25"]["teks"] = ("Belanja Tidak Langsung terdiri dari Belanja Pegawai sebesar "
                           f"Rp 17.857.024.065,19 ({terbilang_rupiah(17857024065.19)}).")
    text["N26"]["teks"] = ("Belanja Langsung terdiri dari belanja barang/jasa dan belanja modal "
                           f"sebesar {format_rupiah(budget)} ({terbilang_rupiah(budget)}).")
    text["N32"]["teks"] = text["N32"]["teks"].replace("(Enam Puluh Tiga)", "(Lima Puluh Tujuh)")
    for wrong, right in (("Anggaran Pembangunan dan Belanja Daerah (APBD)",
                          "Anggaran Pendapatan dan Belanja Daerah (APBD)"),
                         ("Rencana Kerja Pembangunan Daerah (RKPD)",
                          "Rencana Kerja Pemerintah Daerah (RKPD)")):
        for row in rows["Narasi Staf"]:
            row["teks"] = row["teks"].replace(wrong, right)
    return dict(IDENTITY), rows


def write_clean(path: Path) -> Path:
    identity, rows = clean_rows()
    return write_input(path, identity, rows)
