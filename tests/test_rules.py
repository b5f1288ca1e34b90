"""The rule registry: every rule registered once, documented, and shown to work.

Each registered rule has a failing and a passing case on a tiny in-memory LKIP
(``rule_cases.py``); every id any command emits is registered; ``lkip-xl aturan`` lists and
explains them; ``docs/aturan.md`` is generated from them.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from rule_cases import CASES, tiny

from lkip_xl.cli import cli
from lkip_xl.jobs.fill import fill
from lkip_xl.jobs.validate import validate
from lkip_xl.model import paths
from lkip_xl.model.findings import SEVERITIES, Finding
from lkip_xl.model.numbers import format_angka, parse_number, parse_terbilang
from lkip_xl.output.rules_doc import markdown
from lkip_xl.rules import registry
from lkip_xl.rules.registry import FAMILIES, NEEDS, rules

ROOT = Path(__file__).resolve().parent.parent
RULES = rules()


def test_every_rule_has_a_case_and_every_case_a_rule() -> None:
    assert sorted(set(RULES) - set(CASES)) == [], "a registered rule without a case"
    assert sorted(set(CASES) - set(RULES)) == [], "a case for no registered rule"


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_rule_reports_its_fault_where_it_is(rule_id: str, tmp_path: Path) -> None:
    rule, case = RULES[rule_id], CASES[rule_id]
    found = registry.run(case.fail(tmp_path), [rule])
    assert found, f"{rule_id} did not report its fault"
    assert {f.rule for f in found} == {rule_id}
    assert (found[0].sheet, found[0].cell) == (case.sheet, case.cell)
    assert all(f.message and f.file for f in found)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_rule_is_silent_without_its_fault(rule_id: str, tmp_path: Path) -> None:
    assert registry.run(CASES[rule_id].ok(tmp_path), [RULES[rule_id]]) == []


def test_the_tiny_lkip_is_clean() -> None:
    assert registry.run(tiny()) == []


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_is_documented(rule_id: str) -> None:
    r = RULES[rule_id]
    assert re.fullmatch(r"[a-z]+\.[a-z0-9_]+", r.id) and r.family in FAMILIES
    assert r.severity in SEVERITIES and r.needs and r.needs <= NEEDS.keys()
    assert r.title and r.title[0].isupper() and not r.title.endswith(".")
    assert len(r.explanation.split()) >= 12 and r.wrong and r.right
    assert r.wrong != r.right


def test_a_rule_id_is_registered_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        registry.rule("value.unreadable", "error", needs={"data"}, title="x", explanation="x",
                      wrong="x", right="y")(lambda s: iter(()))


def test_aturan_lists_every_rule() -> None:
    result = CliRunner().invoke(cli, ["aturan"], prog_name="lkip-xl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Aturan", "Tingkat", "Judul"]
    assert [line.split()[0] for line in lines[1:len(RULES) + 1]] == list(RULES)
    assert lines[-1] == f"{len(RULES)} aturan. 'lkip-xl aturan ID' menjelaskan satu aturan."
    result = CliRunner().invoke(cli, ["aturan", "--format", "json"])
    listed = json.loads(result.stdout)
    assert [r["id"] for r in listed] == list(RULES)
    assert listed[0] == {"id": "value.unreadable", "family": "value", "severity": "error",
                         "needs": ["data"], "title": "Angka yang tidak dapat dibaca"}


def test_aturan_explains_one_rule() -> None:
    result = CliRunner().invoke(cli, ["aturan", "value.negative"], prog_name="lkip-xl")
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "value.negative: Anggaran, realisasi atau jumlah pegawai negatif\n\n"
        "Keluarga : value (nilai yang tidak dapat dibaca atau tidak masuk akal)\n"
        "Tingkat  : galat\nPerlu    : buku kerja data yang dibaca\n\n")
    assert result.stdout.endswith("Salah    : Realisasi (Rp): -5.000.000\n"
                                  "Benar    : Realisasi (Rp): 5.000.000\n")
    result = CliRunner().invoke(cli, ["aturan", "nilai.tidak_ada"], prog_name="lkip-xl")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Nilai tidak sah untuk ID: aturan 'nilai.tidak_ada' "
                                  "tidak ada; 'lkip-xl aturan' menampilkan semua aturan\n")


def test_the_rules_document_is_generated_from_the_registry() -> None:
    text = (ROOT / "docs" / "aturan.md").read_text(encoding="utf-8")
    assert text == markdown(), "docs/aturan.md is out of date: run " \
                               "`uv run python tools/update_rules_doc.py`"
    for rule_id in RULES:
        assert f"### `{rule_id}`" in text


@pytest.fixture(scope="module")
def emitted(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    """Every finding of every command on the sample and on a clean LKIP."""
    from clean_sample import write_clean

    tmp = tmp_path_factory.mktemp("semua")
    clean = write_clean(tmp / "bersih.xlsx")
    found: list[Finding] = []
    for data in (paths.sample_workbook(), clean):
        result = fill([data], out_dir=tmp / data.stem, pdf=False)
        found += result.findings
        found += validate(data).findings + validate(result.output).findings
    found += validate(paths.default_template()).findings  # any other .xlsx
    return found


def test_every_emitted_id_is_registered(emitted: list[Finding]) -> None:
    assert {f.rule for f in emitted} - set(RULES) == set()
    assert len({f.rule for f in emitted}) >= 20


def test_every_finding_names_its_file(emitted: list[Finding]) -> None:
    assert [f for f in emitted if not f.file] == []
    assert [f for f in emitted if "{tahun}" in f.column] == []


def _holds(value: object, number: float, text_ok: bool) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, (int, float)):
        return any(math.isclose(v, number, rel_tol=1e-9, abs_tol=1e-6)
                   for v in (value, value * 100))
    text = str(value)
    parsed = parse_number(text.strip()).value
    if parsed is not None and math.isclose(float(parsed), number, abs_tol=1e-6):
        return True
    if not text_ok:
        return False
    shown = {format_angka(number), format_angka(number, 0), str(int(number))}
    in_words = {parse_terbilang(words) for words in re.findall(r"\(([^)]*)\)", text)}
    return any(s in text for s in shown) or any(
        w is not None and math.isclose(float(w), number) for w in in_words)


def test_a_number_a_finding_states_is_in_the_cell_it_names() -> None:
    """validate on the sample: every finding with a number as 'actual' names a cell of the
    file it names that holds that number (a sentence: states it, as a figure or in words)."""
    report = validate(paths.sample_workbook())
    books: dict[str, object] = {}
    checked = 0
    for f in report.findings:
        if isinstance(f.actual, bool) or not isinstance(f.actual, (int, float)) or not f.cell:
            continue
        if f.file not in books:
            books[f.file] = load_workbook(f.file, data_only=True)
        value = books[f.file][f.sheet][f.cell].value  # type: ignore[index]
        assert _holds(value, float(f.actual), f.rule.startswith("text.")), (f, value)
        checked += 1
    assert checked >= 60
