"""A report a head of unit can sign: read back as a reviewer reads it.

The sample (the published report with its mistakes) gives a draft: DRAF on every page and
the open findings in an appendix, but no Excel error, no unreadable amount, no tool
instruction in the report itself.  The same LKIP with its mistakes corrected (the clean
sample) gives a report without either.  The staff's own text is the report's: every
paragraph of Narasi Staf is printed in its chapter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clean_sample import write_clean
from pypdf import PdfReader

from lkip_xl.book.inputbook import read_input
from lkip_xl.jobs.fill import fill
from lkip_xl.model import outline, paths
from lkip_xl.model.errors import NotFinalError

APPENDIX = "CATATAN PEMERIKSAAN"
# What a signed report never shows: Excel errors, placeholders, instructions to the tool's
# users, amounts as they were typed but could not be read.
FORBIDDEN = (r"#N/A", r"#VALUE!", r"#DIV/0!", r"#REF!", r"\{", r"\}", r"lembar Validasi",
             r"lkip-xl")
# Amounts typed so that they cannot be read ("Rp.4.110,677,710"): never in a table; the
# sample's staff text quotes some as the published report printed them (text rules report
# them), so the clean report is read for them whole.
RAW_AMOUNTS = (r"Rp\.\s?\d[\d.,]*\.\d\d\b", r"\d,\d{3},\d{3}")


def _pages(pdf: Path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(pdf).pages]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    result = fill(out_dir=tmp_path_factory.mktemp("sample"), pdf=True)
    assert result.pdf is not None
    return _pages(result.pdf)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("clean")
    result = fill([write_clean(tmp / "bersih.xlsx")], out_dir=tmp / "hasil", pdf=True)
    assert result.pdf is not None
    assert not [f for f in result.findings if f.severity == "error"]
    return _pages(result.pdf)


def _body(pages: list[str]) -> str:
    """The report without the draft's appendix of open findings."""
    text = " ".join(pages)
    start = text.rfind(APPENDIX)  # the heading, not its line in the contents
    return text[:start] if start > text.find("DAFTAR ISI") + 200 else text


@pytest.mark.parametrize("which", ["sample", "clean"])
def test_no_error_value_placeholder_or_instruction(which: str,
                                                   request: pytest.FixtureRequest) -> None:
    body = _body(request.getfixturevalue(which))
    wrong = FORBIDDEN + (RAW_AMOUNTS if which == "clean" else ())
    found = {p: re.findall(p, body)[:3] for p in wrong if re.search(p, body)}
    assert found == {}


def test_the_sample_is_a_draft_with_its_open_findings(sample: list[str]) -> None:
    assert all("DRAF" in page for page in sample)
    text = " ".join(sample)
    assert text.upper().count(APPENDIX) >= 2  # in the contents, and the appendix itself
    assert "galat" in text[text.rfind(APPENDIX):]


def test_the_clean_report_is_no_draft(clean: list[str]) -> None:
    assert not any("DRAF" in page for page in clean)
    assert APPENDIX not in " ".join(clean)
    assert "LAMPIRAN" in " ".join(clean)  # the Perjanjian Kinerja, signed


def test_final_is_refused_while_errors_remain(tmp_path: Path) -> None:
    with pytest.raises(NotFinalError) as err:
        fill(out_dir=tmp_path / "hasil", pdf=True, final_only=True)
    assert "galat" in str(err.value) and "--final" in str(err.value)
    assert not (tmp_path / "hasil").exists() or not any((tmp_path / "hasil").iterdir())


def test_every_staff_paragraph_is_printed_in_its_chapter(sample: list[str]) -> None:
    body = _body(sample)
    chapters = [m.start() for m in re.finditer(r"BAB (?:I|II|III|IV) [A-Z]{4}", body)]
    assert len(chapters) == 4, chapters  # BAB I PENDAHULUAN … BAB IV PENUTUP
    data = read_input(paths.sample_workbook())
    printed = 0
    for row in data.tables["Narasi Staf"]:
        where = outline.locate_text(row.text("bagian"))
        if where is None:  # the date of the Kata Pengantar
            continue
        head = " ".join(row.text("teks").split())[:60]
        at = body.find(head)
        assert at >= 0, (row.text("kode"), head)
        if where.chapter:
            n = ["BAB I", "BAB II", "BAB III", "BAB IV"].index(where.chapter)
            end = chapters[n + 1] if n + 1 < len(chapters) else len(body)
            assert chapters[n] < at < end, (row.text("kode"), where)
        printed += 1
    assert printed >= 30


def test_front_matter_in_roman_numerals_and_chapters_from_one(clean: list[str]) -> None:
    # the footer comes first in a page's text: its number
    numbers = [page.split(" ", 1)[0] for page in clean]
    assert numbers[1:4] == ["i", "ii", "iii"]  # Kata Pengantar, Daftar Isi, …
    first = next(n for n, page in enumerate(clean) if "BAB I PENDAHULUAN" in page)
    assert numbers[first] == "1" and numbers[first + 1] == "2"


def test_figures_in_the_pdf_and_charts_in_the_workbook(sample: list[str],
                                                       tmp_path: Path) -> None:
    import zipfile

    text = " ".join(sample)
    captions = re.findall(r"Grafik \d\.\d [A-Z][a-z]+", text)
    assert len(set(captions)) >= 3, captions
    final = fill(out_dir=tmp_path).output
    with zipfile.ZipFile(final) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        refs = " ".join(z.read(n).decode() for n in charts)
    assert len(charts) >= 3
    for sheet in ("Tabel 3.1", "Tabel 3.2"):  # live: the series read the tables' cells
        assert f"'{sheet}'!$" in refs
