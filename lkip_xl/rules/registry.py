"""Every rule that reports findings, registered once.

A rule is a function decorated with :func:`rule`: it looks at a :class:`Subject` (one LKIP,
or one workbook) and yields an :class:`Issue` for each problem it sees.  The registry gives
each issue its rule's id and severity and makes it a
:class:`~lkip_xl.model.findings.Finding`, naming the file and the cell where staff fix it.
Which rules run is decided here, from what each needs (:data:`NEEDS`) and what the subject
holds: the commands never list rules.

Each rule carries its documentation for users, in Bahasa Indonesia (a title, an
explanation, a wrong and a right example): ``lkip-xl aturan`` shows it and
``docs/aturan.md`` is generated from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lkip_xl.model import schema
from lkip_xl.model.findings import SEVERITIES, Finding

if TYPE_CHECKING:
    from lkip_xl.book.finalbook import FinalBook
    from lkip_xl.book.inputbook import InputData
    from lkip_xl.book.populate import Stated
    from lkip_xl.model.narasi import Paragraph, Previous
    from lkip_xl.xlsx.reader import CellSource

# What a rule may need, and what it is in words (``lkip-xl aturan`` shows it).
NEEDS = {
    "data": "buku kerja data yang dibaca",
    "shown": "nilai tabel seperti yang dicetak laporan: diketik staf atau dihitung rumus",
    "computed": "nilai hasil rumus buku kerja akhir (setelah dihitung ulang)",
    "formulas": "rumus dan nilai sel sebuah buku kerja",
    "final": "tabel buku kerja akhir (peta barisnya)",
    "narrative": "narasi yang dibuat lkip-xl dan narasi lama yang diubah staf",
    "outputs": "berkas keluaran di samping buku kerja akhir",
}
# The families of rule ids, in the order they are listed.
FAMILIES = {
    "value": "nilai yang tidak dapat dibaca atau tidak masuk akal",
    "arith": "hitungan: jumlah, persen dan capaian yang tertulis",
    "cross": "nilai yang sama di tabel yang berbeda",
    "text": "angka di kalimat yang ditulis staf",
    "formula": "rumus Excel",
    "narasi": "narasi laporan",
    "output": "berkas keluaran",
}
_ID = re.compile(r"[a-z]+\.[a-z0-9_]+")


class Issue(NamedTuple):
    """One problem a rule sees, before the registry makes it a finding.

    *cell* is in the workbook the user gave (the data cell, for a data workbook); *key* is
    the schema column's key on a table of the schema (the finding's column name then
    comes from it, with its year), *column* a column name elsewhere; *final* the cell of
    the final workbook when the rule knows it.  *severity* only when the rule's
    explanation says the finding may be lighter than the rule's own.
    """

    sheet: str
    cell: str
    message: str
    row_label: str = ""
    key: str = ""
    column: str = ""
    expected: Any = None
    actual: Any = None
    severity: str | None = None
    file: str | None = None
    final: str = ""


Check = Callable[["Subject"], Iterable[Issue]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    needs: frozenset[str]
    title: str  # one line, Bahasa Indonesia
    explanation: str
    wrong: str  # an example of what the rule reports
    right: str  # the same, corrected
    check: Check
    first_per_cell: bool = False  # with others of its kind, only the first finding on a cell

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


REGISTRY: dict[str, Rule] = {}


def rule(id: str, severity: str, *, needs: Iterable[str], title: str, explanation: str,
         wrong: str, right: str, first_per_cell: bool = False) -> Callable[[Check], Check]:
    """Register the decorated function as the rule *id* (see :class:`Rule`)."""
    wanted = frozenset(needs)
    if not _ID.fullmatch(id) or id.split(".")[0] not in FAMILIES:
        raise ValueError(f"rule id {id!r} is not family.name of a known family")
    if severity not in SEVERITIES or not wanted <= NEEDS.keys():
        raise ValueError(f"rule {id}: severity {severity!r} or needs {sorted(wanted)}")

    def register(check: Check) -> Check:
        if id in REGISTRY:
            raise ValueError(f"rule {id} is registered twice")
        REGISTRY[id] = Rule(id, severity, wanted, title, " ".join(explanation.split()),
                            wrong, right, check, first_per_cell)
        return check

    return register


def rules() -> dict[str, Rule]:
    """Every registered rule, by id, in family order (within a family, as registered: the
    formula rules by rank).  Importing :mod:`lkip_xl.rules` registers them all."""
    order = list(FAMILIES)
    return dict(sorted(REGISTRY.items(), key=lambda item: order.index(item[1].family)))


# --------------------------------------------------------------------------
# What the rules look at


@dataclass
class Narrative:
    """The paragraphs lkip-xl generated now, and those of an earlier final workbook."""

    paragraphs: Sequence[Paragraph]
    previous: Mapping[str, Previous]
    previous_file: str = ""  # the earlier final workbook (--sebelumnya)


@dataclass
class Subject:
    """One LKIP (its data workbooks and what fill makes of them) or one workbook, with as
    much as the command has: a rule runs when the subject holds all that it needs."""

    file: str  # the workbook the user gave (of an LKIP in several files, the first)
    data: InputData | None = None  # needs "data"
    # needs "shown": the tables as the report shows them, each value typed or computed by
    # its formula (subtotals, totals, repeated values, capaian), with the data cells of a
    # data workbook (a computed row staff did not write has no cell) or a final workbook's
    shown: InputData | None = None
    stated: Sequence[Stated] | None = None  # needs "computed": the values the input
    computed: Callable[[str, str], Any] | None = None  # states, the final cells' values
    workbook: CellSource | None = None  # needs "formulas"
    final: FinalBook | None = None  # needs "final"
    narrative: Narrative | None = None  # needs "narrative"
    outputs: Path | None = None  # needs "outputs": a final workbook on disk
    # (sheet, data cell, column key) -> the cell of the final workbook, when there is one
    locate: Callable[[str, str, str], str | None] | None = None
    years: schema.Years | None = None  # the year columns' years (column names); from the data
    sheet_files: dict[str, str] = field(default_factory=dict)  # the file of each data sheet
    cache: dict[str, Any] = field(default_factory=dict)  # what several rules share

    def __post_init__(self) -> None:
        tables = self.data if self.data is not None else self.shown
        if tables is not None:  # kept when the data is let go (fill frees it early)
            self.years = self.years or tables.years
            self.sheet_files = {sheet: info.file for sheet, info in tables.sheets.items()}
        elif self.final is not None and self.years is None and self.final.year:
            self.years = self.final.years

    def holds(self) -> frozenset[str]:
        held = {"data": self.data is not None,
                "shown": self.shown is not None,
                "computed": self.stated is not None and self.computed is not None,
                "formulas": self.workbook is not None,
                "final": self.final is not None,
                "narrative": self.narrative is not None,
                "outputs": self.outputs is not None}
        return frozenset(k for k, v in held.items() if v)

    def file_of(self, sheet: str) -> str:
        """The file where *sheet* is (a data LKIP may be spread over several)."""
        return self.sheet_files.get(sheet, self.file)


def applicable(subject: Subject, *, needing: str | None = None,
               among: Iterable[Rule] | None = None) -> list[Rule]:
    """The rules the subject holds all needs of (and that need *needing*, if given)."""
    held = subject.holds()
    return [r for r in (among if among is not None else rules().values())
            if r.needs <= held and (needing is None or needing in r.needs)]


def run(subject: Subject, selected: Iterable[Rule] | None = None) -> list[Finding]:
    """The findings of the *selected* rules (default: every applicable one) on *subject*."""
    findings: list[Finding] = []
    claimed: set[tuple[str, str, str]] = set()  # cells a first_per_cell rule reported
    for r in selected if selected is not None else applicable(subject):
        for issue in r.check(subject):
            finding = make(r, issue, subject)
            if r.first_per_cell:
                where = (finding.file, finding.sheet, finding.cell)
                if where in claimed:
                    continue
                claimed.add(where)
            findings.append(finding)
    return findings


def make(r: Rule, issue: Issue, subject: Subject) -> Finding:
    """The finding of rule *r* for *issue*: its file, column name and final cell filled."""
    column = issue.column
    if issue.key:
        tbl = schema.TABLES_BY_SHEET.get(issue.sheet)
        if tbl is not None and issue.key in tbl.keys:
            column = tbl.column(issue.key).header_for(subject.years)
    final = issue.final
    if not final and issue.key and subject.locate is not None and issue.cell:
        final = subject.locate(issue.sheet, issue.cell, issue.key) or ""
    return Finding(rule=r.id, severity=issue.severity or r.severity, sheet=issue.sheet,
                   cell=issue.cell, message=issue.message, row_label=issue.row_label,
                   column=column, expected=issue.expected, actual=issue.actual,
                   file=issue.file or subject.file_of(issue.sheet), final_cell=final)
