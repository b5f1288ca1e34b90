"""Targets written with a bound ("≥ 75", "min. 80%", "≤ 5"): the number is the target, and
the report shows it with its sign, in the final workbook and in the PDF."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from rule_cases import IDENTITY, ROWS, tiny

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import read_value, write_input
from lkip_xl.jobs.fill import fill
from lkip_xl.model import schema
from lkip_xl.model.numbers import split_bound
from lkip_xl.rules import registry


@pytest.mark.parametrize(("text", "expected"), [
    ("≥ 75", ("≥", "75")), ("≥75", ("≥", "75")), (">= 80%", ("≥", "80%")),
    ("min. 75", ("≥", "75")), ("Minimal 80", ("≥", "80")), ("maks 10", ("≤", "10")),
    ("≤ 0,5", ("≤", "0,5")), ("<5%", ("<", "5%")),
    ("75", None), ("- 5", None), ("Level 3", None), ("maksud 3", None), ("≥ baik", None),
])
def test_split_bound(text: str, expected: tuple[str, str] | None) -> None:
    assert split_bound(text) == expected


def test_a_bounded_target_reads_as_its_number() -> None:
    column = schema.table("Tabel 2.6").column("target")
    value = read_value(column, True, "≥ 75", frozenset(), "F2")
    assert (value.number, value.unit, value.text) == (75, None, "≥ 75")
    value = read_value(column, True, "min. 80%", frozenset(), "F2")
    assert (value.number, value.unit) == (80, "persen")
    # a text column, or a bound before no number, is no number
    assert read_value(column, True, "≥ baik", frozenset(), "F2").number is None
    name = schema.table("Tabel 2.6").column("indikator")
    assert read_value(name, False, "≥ 75", frozenset(), "E2").number is None


def test_no_finding_for_a_bounded_target() -> None:
    def bounded(identity: dict, rows: dict) -> None:
        rows["Tabel 2.6"][1]["target"] = "≥ 3,4"

    found = registry.run(tiny(bounded))
    assert [f for f in found if f.severity == "error"] == []


def test_the_final_workbook_and_the_pdf_show_the_bound(tmp_path: Path) -> None:
    rows = copy.deepcopy(ROWS)
    rows["Tabel 2.6"][1]["target"] = "≥ 3,4"
    rows["Tabel 2.6"][0]["target"] = "min. 80%"
    data = write_input(tmp_path / "data.xlsx", dict(IDENTITY), rows)
    result = fill([data], out_dir=tmp_path / "hasil", pdf=True)
    assert [f.message for f in result.findings if f.severity == "error"] == []
    assert result.pdf is not None
    sheet = load_workbook(result.output)["Tabel 2.6"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value in (3.4, 0.8)}
    assert cells[3.4].number_format == '"≥ "General'
    assert cells[0.8].number_format == '"≥ "0%'
    final = read_final(result.output)
    ik02 = next(r for r in final.tables["Tabel 3.1"] if r.key == "IK02")
    assert ik02.values["target"] == 3.4 and ik02.prefix["target"] == "≥ "  # the link too
    assert ik02.values["capaian"] == pytest.approx(3.5 / 3.4)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(result.pdf).pages))
    assert "≥ 3,4" in text and "≥ 80%" in text


@pytest.mark.parametrize(("typed", "errors"), [("80", []), ("80,00", []), ("70", ["F2"])])
def test_a_repeated_value_with_or_without_its_percent_sign(
        tmp_path: Path, typed: str, errors: list[str]) -> None:
    """80 typed where the Perjanjian Kinerja has 80%: the same figure written two ways (the
    scale rule speaks of the notation), no error; 70 against 80% is one."""
    rows = copy.deepcopy(ROWS)
    rows["Tabel 3.1"][0]["target"] = typed
    result = fill([write_input(tmp_path / "data.xlsx", dict(IDENTITY), rows)],
                  out_dir=tmp_path / "hasil")
    assert [f.cell for f in result.findings
            if f.rule == "cross.tertaut" and f.severity == "error"] == errors
