"""Capaian rules: the Python rules and the Excel formulas give identical results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from synthetic import lkip_data

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import write_input
from lkip_xl.book.template import locate
from lkip_xl.jobs.fill import fill
from lkip_xl.model import capaian, schema
from lkip_xl.model.capaian import Settings, compute


@pytest.mark.parametrize(
    ("target", "realisasi", "polarity", "value", "status", "predicate"),
    [
        (80, 80, "positif", 100, "Tercapai", "Sangat Tinggi"),
        (80, 60, "positif", 75, "Belum tercapai", "Sedang"),
        (80, 100, "positif", 125, "Tercapai", "Sangat Tinggi"),  # capped for the predicate only
        (80, 60, "negatif", 125, "Tercapai", "Sangat Tinggi"),  # lower is better
        (80, 100, "negatif", 75, "Belum tercapai", "Sedang"),
        (80, 400, "negatif", 0, "Belum tercapai", "Sangat Rendah"),  # floored at 0
        (0.8, 0.724, "positif", 90.5, "Belum tercapai", "Tinggi"),
        (79, "BB", "positif", None, "Tidak dapat dibandingkan", ""),  # 70 < BB <= 80 spans 79
        (79, "A", "positif", None, "Tercapai", ""),  # A is above 80 > 79
        (79, "b", "positif", None, "Belum tercapai", ""),  # B is at most 70 < 79
        (79, "A", "negatif", None, "Belum tercapai", ""),
        (0, 5, "positif", None, "Target 0: tidak dapat dihitung", ""),
        (None, 5, "positif", None, "Target belum diisi", ""),
        ("NA", 5, "positif", None, "Target bukan angka", ""),
        ("BB", "BB", "positif", 100, "Tercapai", "Sangat Tinggi"),  # the same grade
        ("BB", " a ", "positif", None, "Tercapai", ""),  # a better grade: no number
        ("BB", "B", "negatif", None, "Belum tercapai", ""),  # grades rank one way only
        ("BB", 75, "positif", None, "Target bukan angka", ""),
        ("WTP", "WTP", "positif", None, "Target bukan angka", ""),  # not on the scale
        (80, None, "positif", None, "Realisasi belum diisi", ""),
        (80, "N/A", "positif", None, "Realisasi tidak tersedia", ""),
        (80, "Tidak ada kegiatan pendukung", "positif", None, "Realisasi bukan angka", ""),
    ],
)
def test_rules(target: Any, realisasi: Any, polarity: str, value: float | None, status: str,
               predicate: str) -> None:
    result = compute(target, realisasi, polarity)
    assert result.status == status and result.predicate == predicate
    assert (result.value is None) if value is None else result.value == pytest.approx(value)


def test_settings_change_floor_cap_and_scale() -> None:
    settings = Settings(predicates=((0, "Kurang"), (60, "Cukup"), (85, "Baik")),
                        negative_floor=-50, predicate_cap=120)
    assert compute(80, 240, "negatif", settings).value == pytest.approx(-50)
    assert compute(80, 100, "positif", settings).predicate == "Baik"
    assert compute(80, 60, "positif", settings).predicate == "Cukup"


# The grid: both polarities x targets (number, percentage, 0, blank, text, a SAKIP value, a
# SAKIP grade) x
# realisasi (above, equal, below, far above, blank, N/A, -, text, categories).
TARGETS: list[Any] = [80, "80%", 0, None, "NA", 79, "BB"]
REALISASI: list[Any] = ["r*1.1", "r*1", "r*0.5", "r*3", "r*0.905", "r*0.655", "r*0.91", None,
                        "N/A", "-", "banyak", "BB", "A", "aa", "D"]


def _grid() -> list[tuple[str, Any, Any]]:
    cases = []
    for polarity in ("positif", "negatif"):
        for target in TARGETS:
            for realisasi in REALISASI:
                if isinstance(realisasi, str) and realisasi.startswith("r*"):
                    base = 80 if target == "80%" else (target if isinstance(target, int) else 50)
                    number = round(base * float(realisasi[2:]), 6)
                    realisasi = f"{number}%".replace(".", ",") if target == "80%" else number
                cases.append((polarity, target, realisasi))
    return cases


def test_python_and_excel_formulas_agree_on_the_grid(tmp_path: Path) -> None:
    identity, rows = lkip_data(programs=1, kegiatan=1, indicators=0)
    cases = _grid()
    keys = [f"IK{i:03d}" for i in range(1, len(cases) + 1)]
    rows["Tabel 2.6"] = [{"kode": k, "indikator": k, "target": t, "polaritas": p}
                         for k, (p, t, _) in zip(keys, cases, strict=True)]
    rows["Tabel 3.1"] = [{"kode": k, "indikator": k, "target": t, "realisasi": r}
                         for k, (_, t, r) in zip(keys, cases, strict=True)]
    data = write_input(tmp_path / "grid.xlsx", identity, rows)
    out = fill([data], out_dir=tmp_path).output
    values = load_workbook(out, data_only=True)
    ws = values["Tabel 3.1"]
    letters = locate(ws, schema.table("Tabel 3.1"),
                     require_patterns=False).letters
    mapped = {r.key: r.row for r in read_final(out).tables["Tabel 3.1"]}
    mismatches = []
    decided = {"number": 0, "category": 0, "none": 0}
    for key, (polarity, _, _) in zip(keys, cases, strict=True):
        row = mapped[key]
        cell = {c: ws[f"{letters[c]}{row}"].value
                for c in ("target", "realisasi", "capaian", "predikat", "status")}
        expected = compute(cell["target"], cell["realisasi"], polarity)
        got_value = cell["capaian"] if isinstance(cell["capaian"], (int, float)) else None
        want_value = None if expected.value is None else expected.value / 100
        same_value = (got_value is None and want_value is None) or (
            got_value is not None and want_value is not None
            and got_value == pytest.approx(want_value, rel=1e-12))
        if not (same_value and cell["status"] == expected.status
                and (cell["predikat"] or "") == expected.predicate):
            mismatches.append((key, polarity, cell, expected))
        kind = ("number" if expected.value is not None else
                "category" if expected.status in (capaian.TERCAPAI, capaian.BELUM,
                                                  capaian.NOT_COMPARABLE) else "none")
        decided[kind] += 1
    assert mismatches == []
    assert len(cases) == 210 and min(decided.values()) >= 10  # every branch is exercised
