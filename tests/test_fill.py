"""fill: rows expanded from the pattern rows, live formulas, cached values, safe output."""

from __future__ import annotations

import hashlib
import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment
from synthetic import write_lkip
from xlsxparts import differing_parts

from lkip_xl.book.finalbook import read_final
from lkip_xl.book.template import locate
from lkip_xl.jobs.fill import FillResult, fill
from lkip_xl.model import schema
from lkip_xl.model.errors import OutputError

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> FillResult:
    return fill(out_dir=tmp_path_factory.mktemp("hasil"))


def _find(ws, sheet: str):  # type: ignore[no-untyped-def]
    return locate(ws, schema.table(sheet), require_patterns=False)


def _row_of(path: Path, sheet: str, key: str) -> int:
    rows = read_final(path).tables[sheet]
    return next(r.row for r in rows if r.key == key)


def test_output_name_and_summary(sample: FillResult) -> None:
    assert sample.output.name == "sekretariat-daerah-2020-final.xlsx"
    by_sheet = {t.sheet: t for t in sample.tables}
    assert by_sheet["Tabel 2.5"].rows == 16 + 57 + 1
    assert by_sheet["Tabel 2.4"].rows == 16 + 57 + 1  # the count row is added
    assert by_sheet["Realisasi Anggaran"].rows == 16 + 57 + 1
    assert sample.formulas == sum(t.formulas for t in sample.tables) > 250


def test_every_formula_cell_carries_its_value(sample: FillResult) -> None:
    """Readers that do not calculate (pandas, previewers) see numbers."""
    with zipfile.ZipFile(sample.output) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        missing = []
        formulas = 0
        for name in sheets:
            root = ET.fromstring(z.read(name))
            for c in root.iter(f"{{{NS['m']}}}c"):
                if c.find("m:f", NS) is not None:
                    formulas += 1
                    if c.find("m:v", NS) is None and c.get("t") != "str":
                        missing.append((name, c.get("r")))
    assert formulas > 250 and missing == []
    frame = pd.read_excel(sample.output, sheet_name="Tabel 2.5", header=3, engine="calamine")
    program2 = frame[frame["Kode"] == "P02"]["Pagu Anggaran"].iloc[0]
    assert program2 == 6_771_200_000  # the subtotal's cached value


def test_subtotals_cover_exactly_their_kegiatan(sample: FillResult) -> None:
    wb = load_workbook(sample.output)
    ws = wb["Tabel 2.5"]
    layout = _find(ws, "Tabel 2.5")
    kode, pagu = layout.letters["kode"], layout.letters["pagu"]
    mapped = read_final(sample.output).tables["Tabel 2.5"]
    first = mapped[0].row
    rows = {ws[f"{kode}{r}"].value: r for r in range(first, first + 73)}
    assert {r.key: r.row for r in mapped if r.kind != "total"} == rows
    assert [r.kind for r in mapped].count("group") == 16
    p2, last = rows["P02"], rows["P02.05"]
    rng = f"{pagu}{p2 + 1}:{pagu}{last}"
    assert ws[f"{pagu}{p2}"].value == (f"=IF(COUNT({rng})+COUNTIF({rng},\"-\")<COUNTA({rng}),"
                                       f"NA(),SUM({rng}))")
    total = first + 73
    groups = ",".join(f"{pagu}{rows[f'P{i:02d}']}" for i in range(1, 17))
    assert ws[f"{pagu}{total}"].value == f"=SUM({groups})"
    assert ws[f"C{total}"].value == "Total Anggaran"
    # input values are values; the kegiatan keep their amounts
    assert ws[f"{pagu}{rows['P02.01']}"].value == 1_205_000_000


def test_cross_table_links_and_fallback(sample: FillResult) -> None:
    wb = load_workbook(sample.output)
    ws, pk = wb["Tabel 3.1"], wb["Tabel 2.6"]
    lay = _find(ws, "Tabel 3.1")
    pkl = _find(pk, "Tabel 2.6")
    r = _row_of(sample.output, "Tabel 3.1", "IK01")
    first = _row_of(sample.output, "Tabel 2.6", "IK01")
    t, k = pkl.letters["target"], pkl.letters["kode"]
    lookup = (f"INDEX('Tabel 2.6'!${t}${first}:${t}${first + 13},"
              f"MATCH($D{r},'Tabel 2.6'!${k}${first}:${k}${first + 13},0))")
    assert ws[f"{lay.letters['target']}{r}"].value == f'=IF({lookup}="","",{lookup})'
    values = load_workbook(sample.output, data_only=True)["Tabel 3.1"]
    assert values[f"{lay.letters['target']}{r}"].value == 0.8
    assert values[f"{lay.letters['capaian']}{r}"].value == 1
    assert values[f"{lay.letters['status']}{r}"].value == "Tercapai"
    # Realisasi Anggaran states its own anggaran: kept as values, not linked
    ra = wb["Realisasi Anggaran"]
    ral = _find(ra, "Realisasi Anggaran")
    cell = ra[f"{ral.letters['anggaran']}{_row_of(sample.output, 'Realisasi Anggaran', 'P01.01')}"]
    assert cell.value == 3_657_599_500


def test_tables_repeating_a_value_link_to_it(sample: FillResult) -> None:
    """Tabel 3.3 repeats 3.1's realisasi: by formula, and the seed's other number is reported."""
    values = load_workbook(sample.output, data_only=True)
    ws = values["Tabel 3.3"]
    lay = _find(ws, "Tabel 3.3")
    r = _row_of(sample.output, "Tabel 3.3", "IK04")
    assert ws[f"{lay.letters['realisasi']}{r}"].value == 0.92  # Tabel 3.1 says 92%
    finding = next(f for f in sample.stated_differences
                   if f.sheet == "Tabel 3.3" and f.final_cell == f"{lay.letters['realisasi']}{r}")
    assert finding.message == "tertulis 33,34%, hasil rumus 92% (selisih 58,66%)"


def test_a_blank_source_stays_blank_through_a_link(tmp_path: Path) -> None:
    """"Not entered" is not 0: a blank realisasi in 3.1 is blank in 3.4, capaian empty."""
    from synthetic import lkip_data

    from lkip_xl.book.inputbook import write_input

    identity, rows = lkip_data(programs=2, kegiatan=1)
    rows["Tabel 3.1"][2]["realisasi"] = None
    data = write_input(tmp_path / "data.xlsx", identity, rows)
    out = fill([data], out_dir=tmp_path).output
    values = load_workbook(out, data_only=True)
    for sheet, column in (("Tabel 3.4", "realisasi"), ("Tabel 3.1", "capaian"),
                          ("Penutup", "realisasi")):
        ws = values[sheet]
        cell = ws[f"{_find(ws, sheet).letters[column]}{_row_of(out, sheet, 'IK03')}"]
        assert cell.value in (None, ""), (sheet, column, cell.value)


def test_stated_values_that_differ_are_reported(sample: FillResult) -> None:
    by_place = {(f.sheet, f.row_label): f for f in sample.stated_differences}
    non_pns = by_place[("Tabel 1.1", "Non PNS")]
    assert (non_pns.actual, non_pns.expected) == (165, 164)  # stated, computed
    assert non_pns.message == "tertulis 165, hasil rumus 164 (selisih -1)"
    kehumasan = by_place[("Realisasi Anggaran", "Fasilitasi dan Pendukung Kehumasan")]
    assert kehumasan.actual == 96.83 and kehumasan.severity == "error"
    assert kehumasan.expected == pytest.approx(15288437761 / 1020000000 * 100)
    total = by_place[("Tabel 2.5", "Total Anggaran")]
    assert total.message == "tertulis Rp 38.618.594.847, tetapi rumus menghasilkan #N/A"


def test_unreadable_values_stay_highlighted_and_formulas_show_it(sample: FillResult) -> None:
    wb = load_workbook(sample.output)
    ws = wb["Realisasi Anggaran"]
    lay = _find(ws, "Realisasi Anggaran")
    col = lay.letters["realisasi"]
    cell = next(ws[f"{col}{r}"] for r in range(1, ws.max_row + 1)
                if ws[f"{col}{r}"].value == "Rp.4.110,677,710")
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert "tidak dapat dibaca sebagai angka" in cell.comment.text
    values = load_workbook(sample.output, data_only=True)["Realisasi Anggaran"]
    persen = values[f"{lay.letters['persen']}{cell.row}"].value
    assert persen == "#VALUE!"  # a clear result, not a wrong number
    assert any(f.actual == "Rp.4.110,677,710" for f in sample.unreadable)


def test_fill_is_repeatable_and_never_touches_inputs(tmp_path: Path) -> None:
    data = write_lkip(tmp_path / "data.xlsx", programs=5, kegiatan=3, quirks=True)
    before = hashlib.sha256(data.read_bytes()).hexdigest()
    a = fill([data], out_dir=tmp_path / "a").output
    b = fill([data], out_dir=tmp_path / "b").output
    assert differing_parts(a, b) == []
    assert hashlib.sha256(data.read_bytes()).hexdigest() == before


def test_existing_output_needs_force(tmp_path: Path) -> None:
    data = write_lkip(tmp_path / "data.xlsx", programs=2, kegiatan=1)
    out = fill([data], out_dir=tmp_path).output
    with pytest.raises(OutputError) as err:
        fill([data], out_dir=tmp_path)
    assert str(err.value) == ("berkas dinas-uji-coba-2021-final.xlsx: berkas keluaran sudah "
                              "ada; pakai --force untuk menimpanya")
    assert fill([data], out_dir=tmp_path, force=True).output == out


def test_output_held_open_by_another_program(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel on Windows locks an open file; replacing it (--force) fails with
    PermissionError, and the previous outputs stay as they were."""
    import os

    data = write_lkip(tmp_path / "data.xlsx", programs=2, kegiatan=1)
    out = tmp_path / "hasil"
    fill([data], out_dir=out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputError) as err:
        fill([data], out_dir=out, force=True)
    assert "sedang dibuka di Excel atau program lain" in str(err.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left


def test_program_without_kegiatan_and_many_programs(tmp_path: Path) -> None:
    data = write_lkip(tmp_path / "data.xlsx", programs=30,
                      kegiatan=lambda p: 0 if p % 4 == 0 else 2)
    result = fill([data], out_dir=tmp_path)
    wb = load_workbook(result.output, data_only=True)
    formulas = load_workbook(result.output)
    ws, fws = wb["Tabel 2.5"], formulas["Tabel 2.5"]
    pagu = _find(fws, "Tabel 2.5").letters["pagu"]
    row = _row_of(result.output, "Tabel 2.5", "P004")
    # nothing to add up: the program's pagu stands as the data give it (no formula of none)
    assert fws[f"{pagu}{row}"].value == ws[f"{pagu}{row}"].value == 0
    assert {t.sheet: t.rows for t in result.tables}["Tabel 2.5"] == 30 + 2 * 23 + 1


def test_restyled_template_with_content_below(tmp_path: Path, template_path: Path) -> None:
    styled = tmp_path / "templat.xlsx"
    shutil.copy(template_path, styled)
    wb = load_workbook(styled)
    ws = wb["Tabel 2.5"]
    ws.insert_rows(1, amount=2)
    ws["A1"] = "LOGO"
    below = ws.max_row + 2
    ws[f"C{below}"] = "Sumber: DPA Tahun Anggaran"
    ws["A1"].comment = Comment("logo instansi", "Bagian Perencanaan")
    ws[f"C{below}"].comment = Comment("dari DPA terakhir", "Bagian Keuangan")
    wb.save(styled)
    result = fill(template=styled, out_dir=tmp_path / "hasil")
    out = load_workbook(result.output, data_only=True)["Tabel 2.5"]
    layout = _find(out, "Tabel 2.5")
    assert layout.header_rows == (6,)
    assert out["A1"].value == "LOGO"
    assert out["C3"].value == "Tabel 2.5" or out["A3"].value == "Tabel 2.5"
    assert out["A4"].value == "Anggaran Sekretariat Daerah Tahun 2020"
    notes = [c.value for row in out.iter_rows(min_row=7) for c in row
             if c.value == "Sumber: DPA Tahun Anggaran"]
    assert notes == ["Sumber: DPA Tahun Anggaran"]
    last = max(r for r in range(1, out.max_row + 1) if out[f"C{r}"].value == "Total Anggaran")
    assert out[f"C{last + 2}"].value == "Sumber: DPA Tahun Anggaran"
    # the template's comments stay, with the cells they belong to
    assert (out["A1"].comment.text, out["A1"].comment.author) == ("logo instansi",
                                                                  "Bagian Perencanaan")
    assert out[f"C{last + 2}"].comment.text == "dari DPA terakhir"


def test_titles_come_from_the_identity(sample: FillResult) -> None:
    wb = load_workbook(sample.output, data_only=True)
    assert wb["Tabel 2.5"]["A2"].value == "Anggaran Sekretariat Daerah Tahun 2020"
    assert wb["Tabel 3.4"]["A2"].value == "Perbandingan Realisasi Tahun 2020 dengan Tahun 2019"
    ws = wb["Tabel 2.2"]
    assert [c.value for c in ws[5]][7:14] == list(range(2017, 2024))  # after Satuan, Kondisi Awal
    assert re.fullmatch(r"Perjanjian Kinerja Sekretaris Daerah Kota Tanjungpinang Tahun 2020",
                        wb["Tabel 2.6"]["A2"].value)


def test_final_package_is_well_formed_for_excel(sample: FillResult) -> None:
    """What makes Excel offer a repair: rows or cells out of order or repeated, a cell outside
    its row, a style index past the stylesheet, a part missing from the content types."""
    with zipfile.ZipFile(sample.output) as z:
        names = set(z.namelist())
        types = z.read("[Content_Types].xml").decode()
        styles = ET.fromstring(z.read("xl/styles.xml"))
        xfs = len(styles.find("m:cellXfs", NS))
        sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
        assert len(sheets) == len(load_workbook(sample.output).sheetnames)
        for name in sheets:
            assert f'PartName="/{name}"' in types
            root = ET.fromstring(z.read(name))
            numbers = [int(r.get("r")) for r in root.iter(f"{{{NS['m']}}}row")]
            assert numbers == sorted(set(numbers)), name
            for row in root.iter(f"{{{NS['m']}}}row"):
                columns = []
                for c in row.findall("m:c", NS):
                    m = re.fullmatch(r"([A-Z]+)(\d+)", c.get("r"))
                    assert m and int(m.group(2)) == int(row.get("r")), (name, c.get("r"))
                    columns.append((len(m.group(1)), m.group(1)))
                    assert int(c.get("s", 0)) < xfs
                    f = c.find("m:f", NS)
                    assert f is None or not (f.text or "").startswith("=")
                assert columns == sorted(set(columns)), (name, row.get("r"))
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(z.read(name))  # every part parses


def test_output_is_an_ordinary_file(sample: FillResult) -> None:
    """Written through a private temporary file, the output still gets the usual permissions."""
    import os

    umask = os.umask(0)
    os.umask(umask)
    assert sample.output.stat().st_mode & 0o777 == 0o666 & ~umask
    names = {p.name for p in sample.output.parent.iterdir()}
    assert names == {"sekretariat-daerah-2020-final.xlsx", "sekretariat-daerah-2020-validasi.json"}


def test_validation_is_written_into_the_final_workbook(sample: FillResult) -> None:
    import json

    wb = load_workbook(sample.output)
    assert wb.sheetnames[1] == "Validasi"
    ws = wb["Validasi"]
    assert [c.value for c in ws[4]][:5] == ["No", "Tingkat", "Aturan", "Lembar", "Sel"]
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert len(rows) == len(sample.findings)
    non_pns = next(r for r in rows if r[3] == "Tabel 1.1" and r[5] == "Non PNS")
    assert non_pns[2] == "arith.subtotal"
    assert non_pns[7] == "tertulis 165, hasil rumus 164 (selisih -1)"
    link = next(ws.cell(i, 5) for i in range(5, ws.max_row + 1)
                if ws.cell(i, 6).value == "Non PNS" and ws.cell(i, 4).value == "Tabel 1.1")
    assert link.hyperlink.location == f"'Tabel 1.1'!{non_pns[4]}"
    flagged = wb["Tabel 1.1"][non_pns[4]]
    assert flagged.fill.fgColor.rgb.endswith("FFC7CE")  # an error: red
    assert "tertulis 165, hasil rumus 164" in flagged.comment.text
    # a finding of the data workbook points at the final cell and names the data cell
    unreadable = next(r for r in rows if r[2] == "value.unreadable" and r[3] == "Tabel 2.5")
    assert unreadable[4] == "D5"
    assert unreadable[10] == "contoh-tanjungpinang-2020.xlsx › Tabel 2.5 › E2"
    # the values are still there after the decoration
    values = load_workbook(sample.output, data_only=True)
    assert values["Tabel 2.5"]["D11"].value == 6_771_200_000
    report = json.loads(sample.validation.read_text(encoding="utf-8"))  # type: ignore[union-attr]
    assert report["file"] == str(sample.output)
    assert len(report["findings"]) == len(sample.findings)
    assert report["counts"]["error"] == sum(f.severity == "error" for f in sample.findings)
