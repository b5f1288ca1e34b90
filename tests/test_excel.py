"""The Excel actions, run through real xlwings objects (xlwings' remote engine, no Excel).

A workbook is turned into the JSON payload xlwings' remote interpreter sends
(``{"client": "Office.js", "version": ..., "book": ..., "sheets": [...]}``), the
action runs on ``xw.Book(json=payload)``, the actions it returns are applied to
a copy of the workbook, and the result is compared with what the CLI gives for
the same input.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from lkip_xl.cli.commands import cli
from lkip_xl.excel.actions import ACTION_CELL, MENU, STATUS_CELL, VALIDASI
from lkip_xl.model import paths

# xlwings' remote engine is in its PRO part, free for noncommercial use (PolyForm
# Noncommercial 1.0.0, which counts government institutions as noncommercial); the key
# must be set before xlwings is imported.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
xw = pytest.importorskip("xlwings")


def _workbook(tmp_path: Path) -> Path:
    """The sample data workbook with a Menu sheet, as staff would have it."""
    wb = load_workbook(paths.sample_workbook(), data_only=True)
    menu = wb.create_sheet(MENU, 0)
    menu["A1"] = "lkip-xl"
    menu["A4"], menu[ACTION_CELL] = "Aksi", "Validasi"
    path = tmp_path / "lkip.xlsx"
    wb.save(path)
    return path


def _payload(path: Path) -> dict[str, Any]:
    wb = load_workbook(path, data_only=True)
    sheets = [{"name": ws.title, "values": [list(r) for r in ws.iter_rows(values_only=True)],
               "pictures": [], "tables": [], "notes": []} for ws in wb.worksheets]
    return {"client": "Office.js", "version": xw.__version__,
            "book": {"name": "lkip.xlsm", "active_sheet_index": 0, "selection": "A1"},
            "names": [], "sheets": sheets}


def _apply(path: Path, actions: list[dict[str, Any]], out: Path) -> list[str]:
    """Carry out xlwings' actions on a copy of the workbook; returns the alerts."""
    wb = load_workbook(path)
    alerts = []
    for a in actions:
        func = a["func"]
        if func == "addSheet":
            wb.create_sheet(a["args"][1], a["args"][0])
            continue
        if func == "alert":
            alerts.append(a["args"][0])
            continue
        ws = wb.worksheets[a["sheet_position"]]
        if func == "sheetClearContents":
            for row in ws.iter_rows():
                for cell in row:
                    cell.value = None
        elif func == "setValues":
            for i, row in enumerate(a["values"]):
                for j, value in enumerate(row):
                    ws.cell(a["start_row"] + 1 + i, a["start_column"] + 1 + j, value)
        elif func == "setRangeColor":
            cell = ws.cell(a["start_row"] + 1, a["start_column"] + 1)
            cell.fill = PatternFill("solid", fgColor=a["args"][0].lstrip("#"))
        elif func == "addNote":
            ws.cell(a["start_row"] + 1, a["start_column"] + 1).comment = Comment(a["args"][1],
                                                                                  "lkip-xl")
        else:
            raise AssertionError(f"action xlwings tidak dikenal: {func}")
    wb.save(out)
    return alerts


def _values_only(path: Path, out: Path) -> Path:
    """The workbook as the remote engine sees it: values only."""
    src = load_workbook(path, data_only=True)
    wb = Workbook()
    wb.remove(wb.active)
    for ws in src.worksheets:
        new = wb.create_sheet(ws.title)
        for row in ws.iter_rows(values_only=True):
            new.append(list(row))
    wb.save(out)
    return out


def test_validate_from_the_menu_equals_the_cli(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    book = xw.Book(json=_payload(path))
    from lkip_xl.excel.actions import run

    outcome = run(book)
    assert outcome.action == "validate"
    applied = tmp_path / "hasil.xlsx"
    alerts = _apply(path, book.json()["actions"], applied)
    wb = load_workbook(applied)
    rows = list(wb[VALIDASI].iter_rows(min_row=2, values_only=True))
    result = CliRunner().invoke(cli, ["validate", "--format", "json",
                                      str(_values_only(path, tmp_path / "data.xlsx"))])
    findings = json.loads(result.stdout)["findings"]
    assert [(r[2], r[3], r[4], r[7]) for r in rows] == [
        (f["rule"], f["sheet"], f["cell"], f["message"]) for f in findings]
    assert wb[MENU][STATUS_CELL].value == outcome.message == alerts[0]
    assert outcome.message.startswith("Validasi selesai: ")
    # a cell with a finding is highlighted and noted; what the user typed is unchanged
    first = next(f for f in findings if f["severity"] == "error" and f["sheet"] == "Tabel 2.5")
    cell = wb["Tabel 2.5"][first["cell"]]
    assert cell.fill.fgColor.rgb.upper().endswith("FFEB9C")
    assert first["message"] in cell.comment.text
    assert cell.value == load_workbook(path)["Tabel 2.5"][first["cell"]].value


def test_fill_from_the_menu_writes_results_and_narasi(tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    payload = _payload(path)
    payload["sheets"][0]["values"][3][1] = "Isi dan hitung ulang"
    book = xw.Book(json=payload)
    from lkip_xl.excel.actions import run

    outcome = run(book)
    assert outcome.action == "fill" and outcome.message.startswith("Selesai: 455 baris")
    final, pdf, report = outcome.outputs
    assert final.is_file() and pdf.suffix == ".pdf" and report.suffix == ".json"
    applied = tmp_path / "hasil.xlsx"
    _apply(path, book.json()["actions"], applied)
    narasi = load_workbook(applied)["Narasi"]
    keys = [r[0] for r in narasi.iter_rows(min_row=2, values_only=True)]
    # the staff's own text (Narasi Staf of the sample) and what lkip-xl wrote where they
    # wrote nothing
    assert "staf.N01" in keys and "efisiensi" in keys
    menu = load_workbook(applied)[MENU]
    assert menu["B8"].value == str(final)
    assert menu[STATUS_CELL].value == outcome.message  # the last of the progress messages


def test_unknown_action_says_so(tmp_path: Path) -> None:
    from lkip_xl.excel.actions import run

    book = xw.Book(json=_payload(_workbook(tmp_path)))
    outcome = run(book, "Cetak")
    assert outcome.message == ("Aksi 'Cetak' tidak dikenal; pilih salah satu: Isi dan hitung "
                               "ulang, Validasi, Ekspor PDF")


def test_an_unexpected_error_is_a_status_message_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lkip_xl.jobs.validate
    from lkip_xl.excel.actions import run

    def bug(path: Path) -> None:
        raise ZeroDivisionError("pembagian dengan nol")

    monkeypatch.setattr(lkip_xl.jobs.validate, "validate", bug)  # a bug, wherever it is
    book = xw.Book(json=_payload(_workbook(tmp_path)))
    outcome = run(book, "Validasi")
    assert outcome.message == (
        "Gagal: kesalahan internal lkip-xl (ZeroDivisionError: pembagian dengan nol). Ini bukan "
        "kesalahan data Anda: laporkan ke pengembang lkip-xl beserta perintah yang dijalankan "
        "dan berkasnya")
