"""``lkip-xl validate``: consistency findings for a data workbook, a final workbook, any .xlsx.

The workbook is opened once and looked at as much as its kind allows; the rules that apply
are the registry's (:mod:`lkip_xl.rules.registry`), from what the subject holds:

* a **data workbook** (the ``Identitas`` sheet and the tables) is read, filled in memory
  and recalculated, so that every stated total, percentage, capaian and repeated value is
  compared with what the formulas compute; the rules on the data and the formula rules
  run too;
* a **final workbook** (fill's row map) gets the formula rules, the structure rules of its
  tables, the check of the PDF beside it, and the rules that compare its tables as shown
  and the values its data stated (kept by fill: :mod:`lkip_xl.book.written`): what fill
  reported of the same LKIP;
* **any other .xlsx** gets the formula rules.

Findings are data (:class:`~lkip_xl.model.findings.Finding`), sorted by sheet and cell.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lkip_xl.book.finalbook import ROWS_SHEET, read_final
from lkip_xl.book.inputbook import InputData, read_inputs
from lkip_xl.book.populate import populate
from lkip_xl.book.shown import shown
from lkip_xl.book.written import read_written
from lkip_xl.jobs.fill import gc_paused
from lkip_xl.model import schema
from lkip_xl.model.errors import InputError, Location
from lkip_xl.model.findings import Finding
from lkip_xl.rules import registry
from lkip_xl.rules.registry import Subject
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.reader import Book
from lkip_xl.xlsx.recalc import recalculate


@dataclass
class Report:
    file: str
    kind: str  # "data", "final" or "other"
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)


def validate(path: str | Path) -> Report:
    """Validate one workbook; raises InputError when it cannot be read at all."""
    path = Path(path)
    if not path.is_file():
        raise InputError("berkas tidak ditemukan", Location(file=path))
    with Book(path, uncached=True) as book:  # InputError when it is no real workbook
        sheets = set(book.sheetnames)
        if ROWS_SHEET in sheets:
            report = Report(str(path), "final", _final(path, book))
        elif schema.IDENTITY_SHEET in sheets and any(t.sheet in sheets for t in schema.TABLES):
            with gc_paused():
                report = Report(str(path), "data", _data(path, book))
        else:
            report = Report(str(path), "other", registry.run(Subject(str(path), workbook=book)))
    report.findings.sort(key=_order)
    return report


def _data(path: Path, book: Book) -> list[Finding]:
    """A data workbook filled in memory and recalculated, then every rule that applies: as
    in fill, the rules needing no computed value run while the engine works."""
    data = read_inputs([book])
    populated = populate(data)
    subject = Subject(str(path), data=data, workbook=book, locate=populated.locate)
    # the formula rules look at the sheets where staff wrote formulas (most data sheets
    # hold values only: what reading them notices is the value rules')
    subject.cache["formula.only"] = {t.strip() for t in book.worksheets if book.formulas(t)}
    with ThreadPoolExecutor(max_workers=1) as pool:
        recalculating = pool.submit(recalculate, populated.data)
        findings = registry.run(subject)
        recalculated = recalculating.result()
    with Book(recalculated) as computed:
        subject.stated, subject.computed = populated.stated, computed.value
        findings += registry.run(subject, registry.applicable(subject, needing="computed"))
        subject.shown = shown(read_final(computed), data, populated.places)
        findings += registry.run(subject, registry.applicable(subject, needing="shown"))
    return findings


def _final(path: Path, book: Book) -> list[Finding]:
    """A final workbook: its formulas and structure, and the rules comparing its tables
    (and what it records of its data: :mod:`lkip_xl.book.written`) as fill compared them."""
    final = read_final(book)
    stated, others, sheets = read_written(book, str(path))
    view = shown(final, file=str(path), others=others, other_sheets=sheets)
    return registry.run(Subject(str(path), workbook=book, final=final, outputs=path, shown=view,
                                stated=stated or None, computed=book.value))


def shown_of(data: InputData) -> InputData:
    """The tables of *data* as its final workbook would show them (filled in memory and
    recalculated), each value at its data cell."""
    populated = populate(data)
    with Book(recalculate(populated.data)) as recalculated:
        return shown(read_final(recalculated), data, populated.places)


def _order(f: Finding) -> tuple[str, int, int, str]:
    return (f.sheet, *a1.order(f.cell), f.rule)
