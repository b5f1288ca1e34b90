"""The fill job: from the data workbooks to the final workbook, its JSON report and PDF.

:func:`fill` reads the data (:mod:`lkip_xl.book.inputbook`), populates the template with
live formulas (:mod:`lkip_xl.book.populate`), recalculates it in Python
(:mod:`lkip_xl.xlsx.recalc`), runs the rules that apply (:mod:`lkip_xl.rules`), writes the
findings and the narrative into the workbook (:mod:`lkip_xl.output.marks`,
:mod:`lkip_xl.output.narrative`), and publishes the outputs together
(:class:`lkip_xl.xlsx.files.Outputs`).  The threads of the job live here: the engine,
calamine and zlib work outside Python's lock, so what does not need their results runs
meanwhile.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.inputbook import read_inputs
from lkip_xl.book.populate import Progress, TableSummary, populate
from lkip_xl.book.shown import shown
from lkip_xl.model import paths, schema
from lkip_xl.model.findings import Finding
from lkip_xl.model.narasi import HEADERS as NARASI_HEADERS
from lkip_xl.model.narasi import SHEET as NARASI
from lkip_xl.model.narasi import Previous
from lkip_xl.output import charts, marks, narrative
from lkip_xl.rules import registry
from lkip_xl.rules.registry import Narrative, Subject
from lkip_xl.xlsx import package
from lkip_xl.xlsx.files import Outputs
from lkip_xl.xlsx.reader import Book
from lkip_xl.xlsx.recalc import ENGINE, recalculate


@dataclass
class FillResult:
    output: Path
    tables: list[TableSummary]
    findings: list[Finding]  # everything validation found
    differences: list[Finding] = field(default_factory=list)  # stated values vs formulas
    engine: str = ENGINE
    validation: Path | None = None  # validasi.json beside the workbook
    pdf: Path | None = None  # the report as PDF, unless it was not asked for

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def formulas(self) -> int:
        return sum(t.formulas for t in self.tables)

    @property
    def stated_differences(self) -> list[Finding]:
        return self.differences

    @property
    def unreadable(self) -> list[Finding]:
        return [f for f in self.findings if f.rule == "value.unreadable"]


def output_name(identity: dict[str, Any]) -> str:
    """``<instansi>-<tahun>-final.xlsx`` with the instansi as a file-safe slug (of at most
    :data:`SLUG_LIMIT` characters, cut between words: file names have a limit)."""
    slug = re.sub(r"[^a-z0-9]+", "-", str(identity.get("instansi", "")).lower()).strip("-")
    if len(slug) > SLUG_LIMIT:
        slug = slug[:SLUG_LIMIT + 1].rsplit("-", 1)[0].strip("-") or slug[:SLUG_LIMIT]
    return f"{slug or 'lkip'}-{identity.get('tahun')}-final.xlsx"


SLUG_LIMIT = 80


def output_paths(final: Path, pdf: bool) -> list[Path]:
    """The outputs of a fill: the final workbook, the JSON report, and the PDF."""
    report = final.with_name(final.name.removesuffix("-final.xlsx") + "-validasi.json")
    return [final, report, *([final.with_suffix(".pdf")] if pdf else [])]


def fill(
    data: Sequence[str | Path] = (),
    *,
    template: str | Path | None = None,
    out_dir: str | Path = "hasil",
    force: bool = False,
    progress: Progress | None = None,
    previous: str | Path | None = None,
    narasi: str | Path | None = None,
    pdf: bool = False,
    final_only: bool = False,
) -> FillResult:
    """Fill the template from the data workbooks and write the final workbook.

    With no *data*, the bundled sample is used.  Returns what was done; writes
    ``out_dir/<instansi>-<tahun>-final.xlsx`` and the JSON report beside it, and with
    *pdf* the report as PDF (:mod:`lkip_xl.output.pdf`), all published together
    (:class:`lkip_xl.xlsx.files.Outputs`: an existing file is replaced only with *force*, and
    a failed run leaves none of them).  *previous* is an earlier final workbook whose
    Narasi paragraphs edited by staff are kept; *narasi* a folder of narrative templates
    replacing the bundled ones.  With *final_only*, a PDF is refused while errors remain
    (:class:`lkip_xl.model.errors.NotFinalError`, nothing written); else it is a draft.
    """
    step = progress or (lambda stage, done, total: None)
    sources = [Path(p) for p in data] or [paths.sample_workbook()]
    template_path = Path(template) if template else paths.default_template()
    steps = len(schema.TABLES) + 4 + pdf
    step("Membaca data", 0, steps)
    kept = narrative.read_previous(Path(previous)) if previous else {}
    with ExitStack() as stack:

        def reserve(identity: dict[str, Any]) -> Outputs:
            final = Path(out_dir) / output_name(identity)
            return stack.enter_context(Outputs(
                output_paths(final, pdf), force=force,
                inputs=[*sources, template_path, previous]))

        with gc_paused():
            made = _fill(sources, template_path, reserve, step, steps, kept,
                         Path(narasi) if narasi else None, str(previous or ""))
        files = made.outputs
        final, report_path = files.paths[:2]
        files.put(final, made.workbook)
        files.put(report_path, made.report)
        if pdf:
            from lkip_xl.output.pdf import build

            step("Menulis PDF", steps - 1, steps)
            files.put(files.paths[2], build(made.workbook, name=final.name,
                                            final_only=final_only))
    step("Selesai", steps, steps)
    return FillResult(output=final, tables=made.tables, findings=made.findings,
                      differences=made.differences, validation=report_path,
                      pdf=files.paths[2] if pdf else None)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during the work.

    Reading and filling create hundreds of thousands of small objects and no
    reference cycles worth collecting; the collector's repeated passes over
    them cost as much as the reading itself (measured: 0.55 s -> 0.26 s for
    the 100x benchmark's data).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Made(NamedTuple):
    """What a fill made, before it is written: the outputs reserved for it, the final
    workbook's bytes, the JSON report, and what the summary tells."""

    outputs: Outputs
    workbook: bytes
    report: bytes
    tables: list[TableSummary]
    findings: list[Finding]
    differences: list[Finding]


def _fill(sources: list[Path], template: Path, reserve: Callable[[dict[str, Any]], Outputs],
          step: Progress, steps: int, previous: Mapping[str, Previous],
          narasi: Path | None, previous_file: str) -> _Made:
    inputs = read_inputs(sources)
    outputs = reserve(inputs.identity)  # before the work: a run that cannot write stops now
    populated = populate(inputs, template, step=step, steps=steps,
                         sheets=(narrative.prepare_sheet, marks.prepare_sheet))
    step("Menghitung ulang rumus", steps - 2 - (len(outputs.paths) > 2), steps)
    placed = marks.Marks(populated)
    subject = Subject(file=str(sources[0]), data=inputs, locate=populated.locate)
    staff = narrative.staff_paragraphs(inputs)
    with ThreadPoolExecutor(max_workers=1) as pool:
        recalculating = pool.submit(recalculate, populated.data)
        placed.add(registry.run(subject))  # the rules needing no computed value
        recalculated = recalculating.result()
        with Book(recalculated) as book:  # one reader of the computed values
            # calamine parses the sheets in a thread, in the order they are wanted
            book.prefetch([*dict.fromkeys(s.sheet for s in populated.stated),
                           *narrative.SOURCES])
            subject.stated, subject.computed = populated.stated, book.value
            differences = registry.run(subject, registry.applicable(subject, needing="computed"))
            computed = read_final(book)
        subject.shown = shown(computed, inputs, populated.places)
        placed.add(registry.run(subject, registry.applicable(subject, needing="shown")))
        subject.data = subject.shown = None
        del inputs  # not needed any more
        paragraphs = narrative.generate(computed, narasi)
        subject.narrative = Narrative(paragraphs, previous, previous_file)
        placed.add(differences + registry.run(
            subject, registry.applicable(subject, needing="narrative")))
        # the Narasi and Validasi sheets, highlights and comments, added to the recalculated
        # package: the computed values stay as the engine wrote them
        edits = placed.edits()
        edits[NARASI] = package.SheetEdit(
            rows=narrative.sheet_rows(narrative.combine(paragraphs, previous, staff),
                                      populated.text_styles),
            width=len(NARASI_HEADERS))
        final = pool.submit(package.edit, recalculated, edits).result()
        final = charts.add_charts(final, computed)  # the Grafik sheet, native charts
    json_report = placed.json(outputs.paths[0], hashlib.sha256(final).hexdigest())
    return _Made(outputs, final, json_report.encode(), populated.tables, placed.findings,
                 differences)
