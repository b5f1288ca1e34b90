"""The third budget level, sub kegiatan (Permendagri 90/2019): a kegiatan over its sub
kegiatan is a subtotal (a live formula), programs sum their kegiatan, the total the
top-level rows; an LKIP listing only kegiatan or only sub kegiatan still gets its totals,
and no sentence of it counts a level it does not have.  Two-level LKIPs are unchanged
(tests/test_sample.py, tests/test_real_lkips.py)."""

from __future__ import annotations

import copy
import re
import runpy
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from rule_cases import IDENTITY, ROWS, tiny

from lkip_xl.book.finalbook import FinalBook, decode, encode, read_final
from lkip_xl.book.formulas import contexts
from lkip_xl.book.inputbook import write_input
from lkip_xl.jobs.fill import FillResult, fill
from lkip_xl.model import schema
from lkip_xl.output.narrative import counted
from lkip_xl.rules import registry

DATA = Path(__file__).resolve().parent / "data" / "format-subkegiatan"
Rows = dict[str, list[dict[str, Any]]]


def test_rows_nest_by_level() -> None:
    kinds = ["group", "item", "sub", "sub", "item", "group", "item", "total"]
    places = schema.hierarchy(kinds)
    assert [p.parent for p in places] == [None, 0, 1, 1, 0, None, 5, None]
    assert [p.children for p in places][:2] == [(1, 4), (2, 3)]
    assert schema.heading(kinds) == [True, True, False, False, False, True, False, False]
    # sub kegiatan before any kegiatan, and with no program: top-level rows
    assert [p.parent for p in schema.hierarchy(["sub", "sub", "item", "sub", "total"])] == \
        [None, None, None, 2, None]
    assert schema.role("item", True) == "group" and schema.role("sub", False) == "item"


def test_contexts_of_three_levels() -> None:
    ctx = contexts([("group", 5), ("item", 6), ("sub", 7), ("sub", 8), ("item", 9),
                    ("total", 10)])
    assert ctx[5].items == (6, 9) and ctx[5].children == (6, 9)  # the kegiatan, not the subs
    assert ctx[6].items == (7, 8) and ctx[6].children == (7, 8)
    assert ctx[9].children == () and ctx[10].groups == (5,)
    only_sub = contexts([("sub", 5), ("sub", 6), ("sub", 7), ("total", 8)])
    assert only_sub[8].flat and only_sub[8].groups == (5, 6, 7)


def test_the_row_map_records_sub_rows() -> None:
    kinds = ["group", "item", "sub", "sub", "item", "total"]
    assert encode(kinds) == "g1 i1 s2 i1 t1"
    assert decode("g1 i1 s2 i1 t1") == kinds


def test_levels_named_in_a_sentence() -> None:
    assert counted(((2, "program"), (5, "kegiatan"), (13, "sub kegiatan"))) == \
        "2 program, 5 kegiatan dan 13 sub kegiatan"
    assert counted(((0, "program"), (13, "kegiatan"), (0, "sub kegiatan"))) == "13 kegiatan"
    assert counted(((0, "program"), (0, "kegiatan"), (13, "sub kegiatan"))) == "13 sub kegiatan"


# --------------------------------------------------------------------------
# The tiny LKIP with its budget in three levels, and with one or two of them only

def _levels(jenis: tuple[str | None, str, str | None]) -> list[tuple[str, str, str, int]]:
    """(Jenis, code, name, amount) rows: program P01 (150.000.000) over kegiatan P01.01,
    whose sub kegiatan are P01.01.01 and P01.01.02, and kegiatan P01.02 (no sub kegiatan);
    a level given as None is left out (its rows' children move up)."""
    program, kegiatan, sub = jenis
    out = []
    if program:
        out.append((program, "P01", "Program Pelayanan", 150_000_000))
    if kegiatan:
        out.append((kegiatan, "P01.01", "Layanan Surat", 100_000_000))
    if sub:
        out += [(sub, "P01.01.01", "Penyusunan Naskah Dinas", 60_000_000),
                (sub, "P01.01.02", "Pengiriman Surat Dinas", 40_000_000)]
    if kegiatan or sub:
        out.append((kegiatan or sub or "", "P01.02", "Layanan Arsip", 50_000_000))
    return out


def _budget(jenis: tuple[str | None, str, str | None]) -> tuple[dict[str, Any], Rows]:
    identity, rows = copy.deepcopy(IDENTITY), copy.deepcopy(ROWS)
    lines = _levels(jenis)
    heads = schema.heading([{"Program": "group", "Kegiatan": "item"}.get(j, "sub")
                            for j, *_ in lines])
    rows["Tabel 2.4"] = [{"jenis": j, "kode": k, "uraian": u} for j, k, u, _ in lines]
    rows["Tabel 2.4"][0].update(indikator="Persentase layanan tepat waktu", target="80%")
    # amounts on the rows nothing sums; the subtotals are left to the formulas
    rows["Tabel 2.5"] = [{"jenis": j, "kode": k, "uraian": u, **({} if h else {"pagu": a})}
                         for (j, k, u, a), h in zip(lines, heads, strict=True)]
    rows["Realisasi Anggaran"] = [
        {"jenis": j, "kode": k, "uraian": u,
         **({} if h else {"anggaran": a, "realisasi": a * 9 // 10})}
        for (j, k, u, a), h in zip(lines, heads, strict=True)]
    levels = [w for w, given in zip(("program", "kegiatan", "sub kegiatan"), jenis,
                                    strict=True) if given]
    n = {"program": 1, "kegiatan": 2, "sub kegiatan": 3 if not jenis[1] else 2}
    rows["Narasi Staf"][0]["teks"] = (
        "Dinas Contoh melaksanakan " + " dan ".join(f"{n[w]} {w}" for w in levels)
        + " pada tahun 2021 dengan realisasi anggaran Rp 135.000.000.")
    return identity, rows


def _fill(tmp: Path, made: tuple[dict[str, Any], Rows]) -> tuple[FillResult, FinalBook, str]:
    identity, rows = made
    result = fill([write_input(tmp / "data.xlsx", identity, rows)], out_dir=tmp / "hasil",
                  pdf=True)
    assert result.pdf is not None
    text = " ".join(p.extract_text() for p in PdfReader(result.pdf).pages)
    return result, read_final(result.output), re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> tuple[FillResult, FinalBook, str]:
    return _fill(tmp_path_factory.mktemp("three"),
                 _budget(("Program", "Kegiatan", "Sub Kegiatan")))


def _errors(result: FillResult) -> list[str]:
    return [f"{f.rule} {f.sheet}!{f.cell}: {f.message}" for f in result.findings
            if f.severity == "error"]


def _values(book: FinalBook, sheet: str, column: str) -> dict[str, Any]:
    return {r.key or r.kind: r.values.get(column) for r in book.tables[sheet]}


def test_three_levels_are_live_subtotals(three: tuple[FillResult, FinalBook, str]) -> None:
    result, book, _ = three
    assert _errors(result) == []
    ws = load_workbook(result.output)["Tabel 2.5"]
    rows = {r.key or r.kind: r for r in book.tables["Tabel 2.5"]}
    p, k, s1, s2, k2, t = (rows[c].row for c in ("P01", "P01.01", "P01.01.01", "P01.01.02",
                                                    "P01.02", "total"))
    d = book.letters["Tabel 2.5"]["pagu"]
    # the kegiatan sums its sub kegiatan; the program its two kegiatan (not the subs again)
    assert ws[f"{d}{k}"].value.endswith(f"SUM({d}{s1}:{d}{s2}))")
    assert f"COUNT({d}{k}:{d}{k2})" in ws[f"{d}{p}"].value
    assert ws[f"{d}{p}"].value.endswith(f"SUM({d}{k},{d}{k2}))")
    assert ws[f"{d}{t}"].value == f"=SUM({d}{p})"
    assert [r.kind for r in book.tables["Tabel 2.5"]] == \
        ["group", "item", "sub", "sub", "item", "total"]
    assert _values(book, "Tabel 2.5", "pagu") == {
        "P01": 150_000_000, "P01.01": 100_000_000, "P01.01.01": 60_000_000,
        "P01.01.02": 40_000_000, "P01.02": 50_000_000, "total": 150_000_000}
    spent = _values(book, "Realisasi Anggaran", "realisasi")
    assert spent["P01.01"] == 90_000_000 and spent["total"] == 135_000_000
    # the sub kegiatan's anggaran is typed; Tabel 2.4 counts every level
    assert _values(book, "Tabel 2.4", "uraian")["total"] == \
        "1 program, 2 kegiatan, 2 sub kegiatan"


def test_the_narrative_and_the_pdf_name_the_sub_kegiatan(
        three: tuple[FillResult, FinalBook, str]) -> None:
    result, _, text = three
    assert "melaksanakan 1 program, 2 kegiatan dan 2 sub kegiatan dengan total anggaran" in text
    # below their kegiatan, after a dash; the kegiatan (a subtotal) and program as before
    assert "1.1 – Penyusunan Naskah Dinas" not in text  # no number was given: the name alone
    assert "– Penyusunan Naskah Dinas 60.000.000" in text
    assert "– Pengiriman Surat Dinas 40.000.000 36.000.000 90%" in text
    assert "Layanan Surat 100.000.000 90.000.000 90%" in text
    assert "– Layanan Surat 100.000.000" not in text


@pytest.mark.parametrize(("jenis", "total", "said"), [
    ((None, "Kegiatan", None), "2 kegiatan", "melaksanakan 2 kegiatan dengan"),
    ((None, "", "Sub Kegiatan"), "3 sub kegiatan", "melaksanakan 3 sub kegiatan dengan"),
    ((None, "Kegiatan", "Sub Kegiatan"), "2 kegiatan, 2 sub kegiatan",
     "melaksanakan 2 kegiatan dan 2 sub kegiatan dengan"),
], ids=["kegiatan", "sub-kegiatan", "kegiatan-sub-kegiatan"])
def test_a_budget_without_programs(tmp_path: Path, jenis: tuple[str | None, str, str | None],
                                   total: str, said: str) -> None:
    result, book, text = _fill(tmp_path, _budget(jenis))
    assert _errors(result) == []
    for sheet, column in (("Tabel 2.5", "pagu"), ("Realisasi Anggaran", "anggaran")):
        assert _values(book, sheet, column)["total"] == 150_000_000
    assert _values(book, "Realisasi Anggaran", "realisasi")["total"] == 135_000_000
    assert _values(book, "Tabel 2.4", "uraian")["total"] == total
    assert said in text
    assert not re.search(r"\b0 (program|kegiatan|sub kegiatan)", text)


# --------------------------------------------------------------------------
# Rules


def _three_level_rows(identity: dict[str, Any], rows: Rows) -> None:
    made = _budget(("Program", "Kegiatan", "Sub Kegiatan"))[1]
    for sheet in ("Tabel 2.4", "Tabel 2.5", "Realisasi Anggaran", "Narasi Staf"):
        rows[sheet] = made[sheet]


def _issues(rule_id: str, change: Any) -> list[registry.Issue]:
    subject = tiny(change)
    return list(registry.rules()[rule_id].check(subject))


def test_coverage_of_sub_kegiatan() -> None:
    assert _issues("cross.cakupan", _three_level_rows) == []

    def missing(identity: dict[str, Any], rows: Rows) -> None:
        _three_level_rows(identity, rows)
        del rows["Realisasi Anggaran"][3]  # P01.01.02

    def extra(identity: dict[str, Any], rows: Rows) -> None:
        _three_level_rows(identity, rows)
        rows["Realisasi Anggaran"].insert(4, {"jenis": "Sub Kegiatan", "kode": "P01.01.03",
                                             "uraian": "Pengarsipan Surat Dinas",
                                             "anggaran": 0, "realisasi": 0})

    [gone] = _issues("cross.cakupan", missing)
    assert (gone.sheet, gone.message) == ("Tabel 2.5", "sub kegiatan P01.01.02 (Pengiriman "
                                          "Surat Dinas) tidak ada di Realisasi Anggaran")
    [more] = _issues("cross.cakupan", extra)
    assert more.sheet == "Realisasi Anggaran" and more.message.startswith(
        "sub kegiatan P01.01.03 (Pengarsipan Surat Dinas) tidak ada di Tabel 2.5")


def test_budget_rules_look_at_sub_kegiatan_not_their_subtotal() -> None:
    def over(identity: dict[str, Any], rows: Rows) -> None:
        _three_level_rows(identity, rows)
        rows["Realisasi Anggaran"][2]["realisasi"] = 70_000_000  # P01.01.01: 60.000.000

    [issue] = _issues("value.realisasi_melebihi_pagu", over)  # the sub kegiatan only
    assert issue.message.startswith("realisasi Rp 70.000.000 melebihi anggaran Rp 60.000.000")

    def counts(identity: dict[str, Any], rows: Rows) -> None:
        _three_level_rows(identity, rows)
        rows["Narasi Staf"][0]["teks"] = "Dinas Contoh melaksanakan 1 program, 2 kegiatan " \
                                         "dan 5 sub kegiatan."

    [said] = _issues("text.jumlah", counts)
    assert said.message == "teks menyebut 5 sub kegiatan, Tabel 2.4 memuat 2 sub kegiatan"


# --------------------------------------------------------------------------
# The small LKIP of tests/data/format-subkegiatan


def test_the_test_lkip_is_rebuilt_as_committed(tmp_path: Path) -> None:
    out = tmp_path / "built.xlsx"
    argv = sys.argv
    try:
        sys.argv = ["build.py", str(out)]
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(DATA / "build.py"), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code in (0, None)

    def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        wb = load_workbook(path)
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    assert cells(out) == cells(DATA / "sekretariat-daerah-2023.xlsx"), \
        "run `uv run python tests/data/format-subkegiatan/build.py` and commit the workbook"


def test_the_test_lkip_shows_its_two_mistakes_and_no_other_error(tmp_path: Path) -> None:
    result = fill([DATA / "sekretariat-daerah-2023.xlsx"], out_dir=tmp_path, pdf=True)
    errors = sorted((f.rule, f.sheet, f.row_label) for f in result.findings
                    if f.severity == "error")
    assert errors == [("arith.subtotal", "Tabel 2.5", "Perencanaan, Penganggaran, dan Evaluasi "
                                                      "Kinerja Perangkat Daerah"),
                      ("cross.cakupan", "Tabel 2.5", "Pelaksanaan Penatausahaan dan "
                                                     "Pengujian/Verifikasi Keuangan SKPD")]
    assert [f for f in result.findings if f.severity == "warning"] == []
    book = read_final(result.output)
    pagu = _values(book, "Tabel 2.5", "pagu")
    assert (pagu["4.01.01.2.01"], pagu["4.01.01"], pagu["total"]) == \
        (153_500_000, 19_348_500_000, 19_893_500_000)
    spent = _values(book, "Realisasi Anggaran", "realisasi")
    assert spent["total"] == 19_279_550_000  # without the sub kegiatan left out
    assert [r.kind for r in book.tables["Realisasi Anggaran"]].count("sub") == 14


@pytest.mark.parametrize("jenis", ["Sub Kegiatan", "sub kegiatan", "Subkegiatan",
                                   "Sub-Kegiatan", " SUB  KEGIATAN "])
def test_jenis_sub_kegiatan_written_in_any_usual_way(jenis: str) -> None:
    rows = schema.table("Tabel 2.5").rows
    assert rows is not None
    assert rows.kind_of(jenis) == "sub"
    assert rows.kind_of("Sub Program") is None
