"""The template workbook: built from the schema, committed, and found again when restyled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font
from xlsxparts import differing_parts

from lkip_xl.book.template import build_template, landscape, locate, marker, pattern_kinds
from lkip_xl.model import outline, schema

TEMPLATE_TABLES = [t for t in schema.TABLES if t.in_template]


def test_committed_template_matches_the_description(tmp_path: Path, template_path: Path) -> None:
    fresh = build_template(tmp_path / "fresh.xlsx")
    assert differing_parts(template_path, fresh) == [], (
        "templates/lkip-template.xlsx is out of date: run `uv run lkip-xl template --force`"
    )


def test_building_twice_gives_the_same_contents(tmp_path: Path) -> None:
    a = build_template(tmp_path / "a.xlsx")
    b = build_template(tmp_path / "b.xlsx")
    assert differing_parts(a, b) == []


def test_one_sheet_per_table_and_settings(template_path: Path) -> None:
    wb = load_workbook(template_path)
    assert wb.sheetnames == ["Pengaturan", *(t.sheet for t in TEMPLATE_TABLES)]
    for name in ("Tabel 1.1", "Tabel 3.4", "Realisasi Anggaran"):
        assert name in wb.sheetnames


@pytest.mark.parametrize("tbl", TEMPLATE_TABLES, ids=lambda t: t.sheet)
def test_table_layout(template_path: Path, tbl: schema.Table) -> None:
    wb = load_workbook(template_path)
    ws = wb[tbl.sheet]
    layout = locate(ws, tbl)
    assert ws.cell(layout.title_row, 1).value == outline.numbers().get(tbl.sheet, tbl.sheet)
    caption = ws.cell(layout.title_row + 1, 1).value
    assert caption.startswith("=") and "Pengaturan" not in caption  # uses defined names
    assert set(layout.patterns) == set(pattern_kinds(tbl))
    assert set(layout.letters) == {c.key for c in tbl.template_columns}
    # every derived cell of every pattern row is a formula, never a typed value (the
    # kegiatan's pattern row heads the sub kegiatan's: a subtotal, with a group's formula)
    order = sorted(layout.patterns.items(), key=lambda p: p[1])
    heads = dict(zip([r for _, r in order], schema.heading([k for k, _ in order]), strict=True))
    for kind, row in layout.patterns.items():
        role = schema.role(kind, heads[row])
        for col in tbl.template_columns:
            value = ws[f"{layout.letters[col.key]}{row}"].value
            derived = role in col.formulas or (col.link is not None and role == "item")
            if derived:
                assert isinstance(value, str) and value.startswith("="), (col.key, kind)
            elif col.kind not in ("kode",):
                assert value is None, (col.key, kind, value)
    # number formats come from the column kind
    item = layout.patterns["item"]
    for col in tbl.template_columns:
        cell = ws[f"{layout.letters[col.key]}{item}"]
        assert cell.number_format == schema.NUMBER_FORMATS.get(col.kind, "General")
    # print setup: A4, fit to width, header rows repeated
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert int(ws.page_setup.fitToWidth) == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == ("landscape" if landscape(tbl) else "portrait")
    first, last = layout.header_rows[0], layout.header_rows[-1]
    assert ws.print_title_rows == f"${first}:${last}"


def test_group_and_total_formulas_cover_their_rows(template_path: Path) -> None:
    ws = load_workbook(template_path)["Tabel 2.5"]
    layout = locate(ws, schema.table("Tabel 2.5"))
    d = layout.letters["pagu"]
    g, i, sub, t = (layout.patterns[k] for k in ("group", "item", "sub", "total"))
    # the program checks every row it heads and sums its kegiatan; the kegiatan (the
    # pattern row above the sub kegiatan's) sums its sub kegiatan
    heads, kegiatan = f"{d}{i}:{d}{sub}", f"{d}{i}:{d}{i}"
    assert ws[f"{d}{g}"].value == (f"=IF(COUNT({heads})+COUNTIF({heads},\"-\")<COUNTA({heads}),"
                                   f"NA(),SUM({kegiatan}))")
    subs = f"{d}{sub}:{d}{sub}"
    assert ws[f"{d}{i}"].value == (f"=IF(COUNT({subs})+COUNTIF({subs},\"-\")<COUNTA({subs}),"
                                   f"NA(),SUM({subs}))")
    assert ws[f"{d}{sub}"].value is None  # typed
    assert ws[f"{d}{t}"].value == f"=SUM({d}{g})"
    ra = load_workbook(template_path)["Realisasi Anggaran"]
    lay = locate(ra, schema.table("Realisasi Anggaran"))
    r = lay.patterns["item"]
    a, e, p = (lay.letters[k] for k in ("anggaran", "realisasi", "persen"))
    assert ra[f"{p}{r}"].value == f'=IF(OR({e}{r}="",{e}{r}="-",N({a}{r})=0),"",{e}{r}/{a}{r})'


def test_cross_table_link(template_path: Path) -> None:
    wb = load_workbook(template_path)
    layout = locate(wb["Tabel 3.1"], schema.table("Tabel 3.1"))
    pk = locate(wb["Tabel 2.6"], schema.table("Tabel 2.6"))
    r = layout.patterns["item"]
    formula = wb["Tabel 3.1"][f"{layout.letters['target']}{r}"].value
    p = pk.patterns["item"]
    t, k = pk.letters["target"], pk.letters["kode"]
    lookup = (f"INDEX('Tabel 2.6'!${t}${p}:${t}${p},"
              f"MATCH(${layout.letters['kode']}{r},'Tabel 2.6'!${k}${p}:${k}${p},0))")
    assert formula == f'=IF({lookup}="","",{lookup})'


def test_settings_names(template_path: Path) -> None:
    wb = load_workbook(template_path)
    ws = wb["Pengaturan"]
    for f in (*schema.IDENTITY, *schema.SETTINGS):
        dn = wb.defined_names[f.name]
        sheet, ref = next(iter(dn.destinations))
        assert sheet == "Pengaturan"
        assert ws[ref.replace("$", "")].offset(column=-1).value == f.label
    for name in ("PredikatNama", "PredikatBatas", "SkalaKategori", "KategoriKode"):
        assert name in wb.defined_names


def test_restyled_copy_is_found_again(tmp_path: Path, template_path: Path) -> None:
    """Staff move tables, add a logo row, change fonts and widths: tables are still found."""
    copy = tmp_path / "restyled.xlsx"
    shutil.copy(template_path, copy)
    wb = load_workbook(copy)
    before = {t.sheet: locate(wb[t.sheet], t) for t in TEMPLATE_TABLES}
    for tbl in TEMPLATE_TABLES:
        ws = wb[tbl.sheet]
        ws.insert_rows(1, amount=2)
        ws["A1"] = "LOGO PEMERINTAH KOTA"
        for row in ws.iter_rows():
            for cell in row:
                cell.font = Font(name="Arial", size=9, bold=cell.font.b)
        for dim in ws.column_dimensions.values():
            dim.width = (dim.width or 10) + 3
    wb.save(copy)
    again = load_workbook(copy)
    for tbl in TEMPLATE_TABLES:
        old, new = before[tbl.sheet], locate(again[tbl.sheet], tbl)
        assert new.header_rows == tuple(r + 2 for r in old.header_rows)
        assert new.patterns == {k: r + 2 for k, r in old.patterns.items()}
        assert new.letters == old.letters
        assert new.title_row == old.title_row + 2
        key_cell = again[tbl.sheet].cell(new.patterns["item"], 1)
        assert key_cell.font.name == "Arial"
        assert marker("item", tbl) in [c.value for c in again[tbl.sheet][new.patterns["item"]]]


def test_missing_table_is_a_clear_error(tmp_path: Path, template_path: Path) -> None:
    from lkip_xl.model.errors import TemplateError

    wb = load_workbook(template_path)
    ws = wb["Tabel 2.5"]
    layout = locate(ws, schema.table("Tabel 2.5"))
    ws[f"{layout.letters['pagu']}{layout.header_rows[0]}"] = "Anggaran"
    with pytest.raises(TemplateError) as err:
        locate(ws, schema.table("Tabel 2.5"))
    assert str(err.value) == (
        "lembar 'Tabel 2.5': tabel 'Tabel 2.5' tidak ditemukan: judul kolom 'Kode', 'No', "
        "'Program dan Kegiatan', 'Pagu Anggaran' harus ada"
    )
