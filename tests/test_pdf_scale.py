"""The PDF's long tables: split into pages here as ReportLab would split them, in linear
time (issue 15), and the report laid out in two passes."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lkip_xl.jobs.fill import fill
from lkip_xl.output import pdf


def _long(rows: int) -> pdf._Rows:
    pdf.register_fonts()
    style = ParagraphStyle("c", fontName=pdf.FONT, fontSize=8, leading=10)
    header = [Paragraph("No", style), Paragraph("Uraian yang panjang", style), "Nilai"]
    body = [[str(n), Paragraph(f"Baris {n} " + "kata " * (n % 40), style), f"{n},5"]
            for n in range(1, rows + 1)]
    marks: list[list[pdf._Mark]] = [[("FONTNAME", 0, -1, pdf.BOLD)] if n % 7 == 0 else []
                                    for n in range(rows)]
    base = [("FONTNAME", (0, 0), (-1, -1), pdf.FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (2, 1), (2, -1), "RIGHT")]
    return pdf._Rows(header, body, marks, base, [40.0, 300.0, 60.0])


def _pages(flowable: object) -> list[str]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Spacer(1, 500), flowable])
    return [page.extract_text() for page in PdfReader(buffer).pages]


def test_a_long_table_breaks_where_reportlab_would_with_its_header_on_every_page() -> None:
    rows = _long(400)
    ours = _pages(rows)
    theirs = _pages(rows.piece(0, 400))  # ReportLab's own split of the whole table
    assert len(ours) > 5
    assert ours == theirs
    for text in ours:
        assert text.startswith("No\nUraian yang panjang\nNilai\n")
    found = [line for text in ours for line in text.splitlines() if line.isdigit()]
    assert found == [str(n) for n in range(1, 401)]


def test_the_report_takes_two_passes_and_is_unchanged_by_them(tmp_path: Path,
                                                               monkeypatch: object) -> None:
    final = fill([], out_dir=tmp_path, force=True).output
    passes = []
    original = pdf._Document.multiBuild

    def counted(self: pdf._Document, story: list[object], **kw: object) -> int:
        passes.append(original(self, story, **kw))  # type: ignore[arg-type]
        return passes[-1]

    monkeypatch.setattr(pdf._Document, "multiBuild", counted)  # type: ignore[attr-defined]
    reader = PdfReader(io.BytesIO(pdf.build(final)))
    assert passes == [2]  # the contents are as long in the first pass as in the last
    contents = reader.pages[2].extract_text()
    assert "BAB I" in contents and "IKHTISAR EKSEKUTIF" in contents
    # every table, split by pages here, still has its rows drawn (not the dry first pass)
    assert "16 program, 57 kegiatan" in "".join(p.extract_text() for p in reader.pages)
