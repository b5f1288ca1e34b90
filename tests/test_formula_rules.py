"""Formula checks (lkip_xl.rules.formula) on real .xlsx files built with openpyxl."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from lkip_xl.model.errors import InputError
from lkip_xl.model.findings import Finding
from lkip_xl.rules.formula import FormulaKnobs, check_formulas
from lkip_xl.xlsx.reader import Book, CellBook, SheetCells

REPO = Path(__file__).resolve().parents[1]


def _save(tmp_path: Path, rows: dict[str, Any], name: str = "book.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    for coord, value in rows.items():
        ws[coord] = value
    path = tmp_path / name
    wb.save(path)
    return path


def _table(cols: str = "BCDEF", first: int = 2, last: int = 11) -> dict[str, Any]:
    """A labelled block of numbers: column A labels, header row 1."""
    cells: dict[str, Any] = {"A1": "Uraian"}
    for i, col in enumerate(cols):
        cells[f"{col}1"] = f"Tahun {2019 + i}"
        for r in range(first, last + 1):
            cells[f"{col}{r}"] = (r * 7 + i * 13) % 50 + 10
    for r in range(first, last + 1):
        cells[f"A{r}"] = f"Kegiatan {r - 1}"
    return cells


def _only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


# --------------------------------------------------------------------------- clean workbooks


def test_clean_regular_block_has_no_findings(tmp_path: Path) -> None:
    cells = _table()  # 10 x 5 numbers, B2:F11
    for r in range(2, 12):
        cells[f"G{r}"] = f"=SUM(B{r}:F{r})"  # row totals
        cells[f"H{r}"] = f"=G{r}/G$12"  # share of the grand total, a percentage column
    cells["A12"] = "Jumlah"
    for col in "BCDEFG":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"  # totals row
    cells["H12"] = "=SUM(H2:H11)"
    cells["G1"], cells["H1"] = "Jumlah", "Persen"
    assert check_formulas(_save(tmp_path, cells)) == []


def test_clean_running_balance_and_growth_rows(tmp_path: Path) -> None:
    cells: dict[str, Any] = {"A1": "Bulan", "B1": "Masuk", "C1": "Saldo", "D1": "Proyeksi"}
    for r in range(2, 12):
        cells[f"A{r}"] = f"Bulan {r - 1}"
        cells[f"B{r}"] = r * 10
        cells[f"C{r}"] = "=B2" if r == 2 else f"=C{r - 1}+B{r}"  # first row starts it
        cells[f"D{r}"] = 100 if r == 2 else f"=D{r - 1}*1.05"  # base figure, then growth
    assert check_formulas(_save(tmp_path, cells)) == []


# --------------------------------------------------------------------------- one test per rule


def test_inconsistent_formula_in_a_column(tmp_path: Path) -> None:
    cells = _table("BC")
    for r in range(2, 12):
        cells[f"D{r}"] = f"=B{r}*C{r}"
    cells["D6"] = "=B6*C5"  # one row off
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.sheet, f.cell) == ("formula.inconsistent", "Data", "D6")
    assert f.severity == "warning"
    assert f.message == (
        "rumus berbeda dari rumus di sekitarnya: =B6*C5 di sini, =B5*C5 di D5 di atasnya "
        "(9 sel sebaris memakai pola yang sama; mengikuti pola, rumusnya =B6*C6)"
    )
    assert (f.expected, f.actual) == ("=B6*C6", "=B6*C5")
    assert f.row_label == "Kegiatan 5"


def test_inconsistent_total_shorter_than_its_neighbours(tmp_path: Path) -> None:
    cells = _table()
    cells["A12"] = "Jumlah"
    for col in "BCDEF":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"
    cells["D12"] = "=SUM(D2:D10)"
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell, f.row_label) == ("formula.inconsistent", "D12", "Jumlah")
    assert f.message == (
        "rumus berbeda dari rumus di sekitarnya: =SUM(D2:D10) di sini, =SUM(C2:C11) di C12 "
        "di sebelah kiri (4 sel sebaris memakai pola yang sama; mengikuti pola, rumusnya "
        "=SUM(D2:D11))"
    )


def test_range_omits_adjacent_cells(tmp_path: Path) -> None:
    cells = _table("B")
    cells["A12"], cells["B12"] = "Jumlah", "=SUM(B2:B10)"  # B11 left out
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell) == ("formula.range_omits_adjacent", "B12")
    assert f.message == (
        "rentang SUM(B2:B10) pada rumus =SUM(B2:B10) tidak mencakup sel angka yang "
        "bersebelahan: B11"
    )
    assert f.expected == "SUM(B2:B11)"


def test_range_spans_heading_rows(tmp_path: Path) -> None:
    cells: dict[str, Any] = {"A1": "Program", "B1": "Anggaran"}
    row = 2
    for group in ("Belanja Pegawai", "Belanja Barang"):
        cells[f"A{row}"] = group  # heading row, no figure
        for i in range(3):
            cells[f"A{row + 1 + i}"] = f"{group} {i + 1}"
            cells[f"B{row + 1 + i}"] = 100 * (i + 1)
        row += 4
    cells[f"A{row}"], cells[f"B{row}"] = "Jumlah", f"=SUM(B2:B{row - 1})"
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell) == ("formula.range_spans_headings", "B10")
    assert f.message == (
        "jumlah =SUM(B2:B9) dimulai dari baris judul yang kosong (B2) dan melewati baris "
        "kosong di antara kelompok angka; periksa apakah rentangnya hanya mencakup baris "
        "rincian yang dimaksud"
    )


def test_range_starting_at_first_figure_is_clean(tmp_path: Path) -> None:
    cells = _table("B")
    cells["A12"], cells["B12"] = "Jumlah", "=SUM(B2:B11)"
    assert check_formulas(_save(tmp_path, cells)) == []


def test_hardcoded_total_in_a_totals_row(tmp_path: Path) -> None:
    cells = _table()
    cells["A12"] = "Jumlah"
    for col in "BCDEF":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"
    cells["D12"] = 999  # typed over, and wrong
    found = check_formulas(_save(tmp_path, cells))
    # the typed number, and the totals beside it as one group (formula.typed_in_row)
    assert [(g.rule, g.cell) for g in found] == [
        ("formula.typed_in_row", "B12"), ("formula.typed_in_row", "C12"),
        ("formula.hardcoded", "D12"),
        ("formula.typed_in_row", "E12"), ("formula.typed_in_row", "F12"),
    ]
    f = found[2]
    assert (f.rule, f.cell, f.actual, f.expected) == (
        "formula.hardcoded", "D12", 999, "=SUM(D2:D11)"
    )
    assert f.message == (
        "angka 999 diketik langsung, padahal sel-sel sekitarnya berisi rumus "
        "(mis. =SUM(C2:C11) di C12); mengikuti pola, sel ini seharusnya =SUM(D2:D11)"
    )


def test_hardcoded_equal_to_the_formula_is_not_reported(tmp_path: Path) -> None:
    cells = _table()
    cells["A12"] = "Jumlah"
    for col in "BCDEF":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"
    cells["D12"] = sum(cells[f"D{r}"] for r in range(2, 12))  # pasted value, still right
    assert check_formulas(_save(tmp_path, cells)) == []


def test_error_value_ref_in_formula(tmp_path: Path) -> None:
    cells = _table("BC")
    cells["D2"] = "=B2+#REF!"
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell, f.severity) == ("formula.error_value", "D2", "error")
    assert f.message == "rumus merujuk ke sel yang sudah dihapus (#REF!): =B2+#REF!"


def test_error_value_cached_error(tmp_path: Path) -> None:
    cells = _table("BC")
    cells["D2"] = "=B2*C2"
    cells["E2"] = "=D2+1"  # the error spreads here; reported only where it starts
    path = _save(tmp_path, cells)
    _set_cached_error(path, "D2", "#VALUE!")
    _set_cached_error(path, "E2", "#VALUE!")
    f = _only(check_formulas(path))
    assert (f.rule, f.cell, f.actual) == ("formula.error_value", "D2", "#VALUE!")
    assert f.message == "rumus menghasilkan galat #VALUE!: =B2*C2"


def _set_cached_error(path: Path, coord: str, error: str) -> None:
    """Give a formula cell a cached error value, as Excel would have saved it."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index(f'<c r="{coord}"')
                end = text.index("</c>", start)
                cell = text[start:end]
                formula = cell[cell.index("<f>") : cell.index("</f>") + 4]
                text = text[:start] + f'<c r="{coord}" t="e">{formula}<v>{error}</v>' + text[end:]
                data = text.encode()
            dst.writestr(item, data)
    shutil.move(tmp, path)


def test_number_as_text(tmp_path: Path) -> None:
    cells = _table("B")
    cells["B6"] = "1250"
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell, f.actual) == ("formula.number_as_text", "B6", "1250")
    assert f.message == (
        "angka '1250' tersimpan sebagai teks di kolom berisi angka; nilainya tidak ikut "
        "dihitung oleh SUM dan rumus lain"
    )


def test_codes_with_leading_zeros_are_not_numbers_as_text(tmp_path: Path) -> None:
    cells = _table("B")
    for r in range(2, 12):
        cells[f"C{r}"] = f"0{r}"  # a code column
    cells["B6"] = "007"
    assert check_formulas(_save(tmp_path, cells)) == []


def test_refers_to_empty(tmp_path: Path) -> None:
    cells = _table("BC")
    cells["D2"] = "=B2*Z50"
    f = _only(check_formulas(_save(tmp_path, cells)))
    assert (f.rule, f.cell, f.severity) == ("formula.refers_to_empty", "D2", "info")
    assert f.message == (
        "rumus =B2*Z50 merujuk ke sel kosong Z50 yang baris dan kolomnya tidak berisi apa "
        "pun (rujukan ke luar tabel)"
    )


def test_blank_input_is_not_reported(tmp_path: Path) -> None:
    cells = _table("BC")
    for r in range(2, 12):
        cells[f"D{r}"] = f"=B{r}*C{r}"
    del cells["C7"]  # not filled in yet
    assert check_formulas(_save(tmp_path, cells)) == []


def test_sheets_filter(tmp_path: Path) -> None:
    cells = _table("BC")
    cells["D2"] = "=B2+#REF!"
    path = _save(tmp_path, cells)
    assert check_formulas(path, sheets=["Lain"]) == []
    assert len(check_formulas(path, sheets=["Data"])) == 1


def test_unreadable_file_raises_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"bukan buku kerja")
    with pytest.raises(InputError, match="bukan berkas Excel .xlsx yang dapat dibaca"):
        check_formulas(bad)
    with pytest.raises(InputError, match="tidak ditemukan"):
        check_formulas(tmp_path / "tidak-ada.xlsx")


# --------------------------------------------------------------------------- the benchmark


def _benchmark_dir() -> Path | None:
    for candidate in (Path("/work/shared/excelint-dev"), REPO.parent / "shared" / "excelint-dev"):
        if (candidate / "annotations.json").is_file():
            return candidate
    return None


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "excelint_score", REPO / "benchmarks" / "excelint_score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


def test_score_definitions() -> None:
    mod = _score_module()
    none = mod.WorkbookScore("a.xlsx", labels=0, flags=0, tp=0)
    false_alarm = mod.WorkbookScore("b.xlsx", labels=0, flags=2, tp=0)
    missed = mod.WorkbookScore("c.xlsx", labels=4, flags=0, tp=0)
    half = mod.WorkbookScore("d.xlsx", labels=4, flags=4, tp=2)
    totals = mod.score([none, false_alarm, missed, half])
    assert (none.precision, none.recall) == (1.0, 1.0)
    assert (false_alarm.precision, missed.precision, missed.recall) == (0.0, 1.0, 0.0)
    assert totals.mean_precision == pytest.approx((1 + 0 + 1 + 0.5) / 4)
    assert totals.mean_recall == pytest.approx((1 + 1 + 0 + 0.5) / 4)
    assert (totals.micro_precision, totals.micro_recall) == (pytest.approx(2 / 6), 0.25)
    assert mod.expand_cells(" Sheet ", "B2:C3") == {
        ("Sheet", 2, 2), ("Sheet", 2, 3), ("Sheet", 3, 2), ("Sheet", 3, 3)
    }


def test_benchmark_scores() -> None:
    directory = _benchmark_dir()
    if directory is None:
        pytest.skip("ExceLint benchmark (shared/excelint-dev) not present")
    mod = _score_module()
    results = mod.run(directory)  # runs check_formulas on every workbook; none may fail
    assert len(results) == len(list((directory / "workbooks").glob("*.xlsx")))
    totals = mod.score(res for res, _flags in results)
    assert totals.micro_f1 >= 0.5, totals
    assert totals.mean_precision >= 0.75, totals


# --------------------------------------------------------------------------- groups (issue 14)


def _totals_every_other_column(starts: dict[str, int]) -> dict[str, Any]:
    """Figures in B, D, F, H (C, E, G empty), rows 2-7, and their totals in row 8."""
    cells: dict[str, Any] = {"A1": "Uraian", "A8": "Jumlah"}
    for i, col in enumerate("BDFH"):
        cells[f"{col}1"] = f"Tahun {2019 + i}"
        for r in range(2, 8):
            cells[f"{col}{r}"] = r * 10 + i
        cells[f"{col}8"] = f"=SUM({col}{starts.get(col, 2)}:{col}7)"
    for r in range(2, 8):
        cells[f"A{r}"] = f"Kegiatan {r - 1}"
    return cells


def test_inconsistent_group_reports_the_whole_group_across_gaps(tmp_path: Path) -> None:
    found = check_formulas(_save(tmp_path, _totals_every_other_column({"D": 3, "F": 3})))
    assert [(f.rule, f.cell) for f in found] == [
        ("formula.inconsistent_group", "B8"), ("formula.inconsistent_group", "D8"),
        ("formula.inconsistent_group", "F8"), ("formula.inconsistent_group", "H8"),
    ]
    assert "B8:H8" in found[0].message


def test_consistent_totals_every_other_column(tmp_path: Path) -> None:
    assert check_formulas(_save(tmp_path, _totals_every_other_column({}))) == []


def test_a_range_starting_on_a_blank_heading_changes_nothing(tmp_path: Path) -> None:
    cells = _totals_every_other_column({"D": 1, "F": 1})  # D1, F1 headings: same values
    for col in "DF":
        cells.pop(f"{col}1")
    assert check_formulas(_save(tmp_path, cells)) == []


def test_formulas_compared_by_the_cells_they_refer_to(tmp_path: Path) -> None:
    cells = _table("BC")
    for r in range(2, 12):  # the same cells, written two ways
        cells[f"D{r}"] = f"=B{r}+C{r}" if r % 3 else f"=SUM(B{r}:C{r})"
    assert check_formulas(_save(tmp_path, cells)) == []


def test_links_to_another_sheet_are_not_a_pattern(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ringkasan"
    other = wb.create_sheet("Rincian")
    for r in range(1, 30):
        other[f"B{r}"] = r
    ws["A1"] = "Uraian"
    for i, r in enumerate((4, 9, 13, 20, 26, 27)):  # the other sheet's own layout
        ws[f"A{i + 2}"] = f"Program {i + 1}"
        ws[f"B{i + 2}"] = f"=Rincian!B{r}"
    path = tmp_path / "links.xlsx"
    wb.save(path)
    assert check_formulas(path) == []


def test_text_typed_with_a_leading_equals_sign_is_text() -> None:
    book = CellBook({"Data": SheetCells(
        {(1, 1): "Uraian", (2, 1): "A", (2, 2): 10, (3, 1): "B", (3, 2): 20},
        {(4, 2): "= Total biaya", (5, 2): "=SUM(B2:B3)"})})
    assert check_formulas(book) == []


def test_knobs_switch_rules_off_and_change_thresholds(tmp_path: Path) -> None:
    path = _save(tmp_path, _totals_every_other_column({"D": 3, "F": 3}))
    off = FormulaKnobs(disabled=frozenset({"formula.inconsistent_group"}))
    assert all(f.rule != "formula.inconsistent_group" for f in check_formulas(path, knobs=off))
    assert check_formulas(path, knobs=FormulaKnobs(group_min=5)) == []
    assert check_formulas(path, knobs=FormulaKnobs(group_gap=0)) == []
    with Book(path) as book:  # parsed once, rerun with other knobs
        cache: dict[str, Any] = {}
        first = check_formulas(book, cache=cache)
        assert check_formulas(book, cache=cache) == first
        assert check_formulas(book, cache=cache, knobs=FormulaKnobs(group_min=5)) == []


def test_typed_in_row_not_for_a_typed_first_period(tmp_path: Path) -> None:
    cells = _table()
    cells["A12"] = "Jumlah"
    for col in "CDEF":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"
    cells["B12"] = 1  # a base period typed before the formulas: ordinary
    assert check_formulas(_save(tmp_path, cells)) == []


@pytest.mark.parametrize(("formula", "reported"), [
    ("=SUM(C2:C11)+150", True), ("=SUM(C2:C11,150)", True), ("=C2+C3+150", True),
    ("=C2--C3", True), ("=SUM(C2:C11)*1.1", False), ("=SUM(C2:C11)/100", False),
    ("=C2+1", False), ("=--C2", False), ("=SUM(C2:C11)-C5*2", False),
])
def test_constant_in_sum(tmp_path: Path, formula: str, reported: bool) -> None:
    cells = _table()
    cells["A12"] = "Jumlah"
    for col in "BCDEF":
        cells[f"{col}12"] = f"=SUM({col}2:{col}11)"
    cells["C12"] = formula
    found = [f for f in check_formulas(_save(tmp_path, cells))
             if f.rule == "formula.constant_in_sum"]
    assert [f.cell for f in found] == (["C12"] if reported else [])
