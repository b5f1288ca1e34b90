"""The mutation benchmark's machinery on a few faults (the whole run:
``uv run python benchmarks/mutation_bench.py``): the clean LKIP has no error, and one fault
of each of a few kinds is reported where the benchmark looks for it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

from lkip_xl.book.inputbook import write_input
from lkip_xl.jobs.validate import validate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import mutation_bench  # noqa: E402


@pytest.fixture(scope="module")
def baseline() -> mutation_bench.Seen:
    identity, rows = mutation_bench.clean_rows()
    with tempfile.TemporaryDirectory() as tmp:
        report = validate(write_input(Path(tmp) / "bersih.xlsx", identity, rows))
    assert report.errors == 0
    mutation_bench._init()
    return mutation_bench._seen(report.findings)


@pytest.mark.parametrize("kind", ["ringkasan_realisasi", "program_budget", "staff_count",
                                  "typo_pagu"])
def test_one_fault_is_reported(kind: str, baseline: mutation_bench.Seen) -> None:
    name, reported, what, rules = mutation_bench.trial((kind, 1, 0, baseline))
    assert name == kind
    assert reported, f"{what}: {rules}"
