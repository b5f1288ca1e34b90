"""The validation written into the final workbook: Ringkasan, Validasi, highlights, comments.

Fill validates what it fills.  Each finding names the cell where staff fix it, in the data
workbook, and the same cell of the final workbook when the rule or the row's place tells
it (:attr:`~lkip_xl.model.findings.Finding.final_cell`).  That cell is highlighted in the
colour of the finding's severity and gets the message as a comment, with the place where
it is fixed; the ``Validasi`` sheet lists every finding: its cell in the final workbook (a
link, when it has one) and its place in the data workbook.  The workbook opens on
``Ringkasan``: the counts by severity and by table, what to do next, what the colours
mean.  The same findings go to ``<instansi>-<tahun>-validasi.json`` beside the workbook.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment, Font

from lkip_xl.model import outline, schema
from lkip_xl.model.findings import SEVERITIES, SEVERITY_TEXT, Finding, count_by_severity
from lkip_xl.xlsx import a1, sheetxml
from lkip_xl.xlsx.package import Note, SheetEdit
from lkip_xl.xlsx.styles import (
    BORDER,
    FORMULA_FILL,
    GROUP_FILL,
    GROUP_FORMULA_FILL,
    SEVERITY_FILLS,
    footer,
    header_row,
    page_setup,
)

if TYPE_CHECKING:
    from lkip_xl.book.populate import Populated

SHEET = "Validasi"
SUMMARY = "Ringkasan"
AUTHOR = "lkip-xl (validasi)"
HEADERS = ("No", "Tingkat", "Aturan", "Lembar", "Sel", "Baris", "Kolom", "Pesan",
           "Seharusnya", "Tertulis", "Di buku kerja data")
WIDTHS = (5, 10, 22, 17, 7, 30, 14, 60, 13, 13, 30)
# The Lembar and Sel of a finding on a sheet the final workbook does not have (Narasi Staf,
# Identitas): its place is in the data workbook only, in the last column.
NO_SHEET, NO_CELL = "(buku kerja data)", "—"


def prepare_sheet(wb: Any) -> None:
    """The Ringkasan and Validasi sheets (replacing the template's, if any): titles,
    headers, the colour legend; the rows come with the findings (:class:`Marks`).
    Ringkasan comes first and the workbook opens on it; every sheet gets a printed page
    number."""
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET, index=1)
    ws["A1"] = "Hasil Validasi"
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, _HEADER, HEADERS, WIDTHS)
    ws.freeze_panes = f"A{_HEADER + 1}"
    page_setup(ws, landscape=True, title_rows=f"{_HEADER}:{_HEADER}")
    _summary_sheet(wb)
    _order_sheets(wb)
    for sheet in wb.worksheets:  # the sheets fill adds (Narasi, Tambahan ...) print too
        if not sheet.oddFooter.right.text and not sheet.oddFooter.center.text:
            wide = sum((d.width or 9) for d in sheet.column_dimensions.values()
                       if not d.hidden) > 110
            page_setup(sheet, landscape=wide)
        footer(sheet)


_HEADER = 4  # the Validasi sheet's header row


def _order_sheets(wb: Any) -> None:
    """Ringkasan, Validasi, Narasi first, then Pengaturan and the tables; Ringkasan open."""
    for n, name in enumerate((SUMMARY, SHEET, "Narasi")):
        if name in wb.sheetnames:
            wb.move_sheet(name, n - wb.sheetnames.index(name))
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = False
    wb.active = 0
    wb.worksheets[0].sheet_view.tabSelected = True


# --------------------------------------------------------------------------
# The Ringkasan sheet: what is fixed here and in which order.  Its fixed rows are written
# now; the counts (rows _COUNTS..., _STEPS..., _TABLES...) come with the findings.

_IDENTITY_ROW, _COUNTS, _STEPS, _LEGEND = 2, 5, 12, 19
_STEP_ROWS = 5
_LEGEND_ROWS = (
    (SEVERITY_FILLS["error"], "Galat", "Angka salah, tidak terbaca atau bertentangan: "
     "perbaiki sebelum laporan diterbitkan."),
    (SEVERITY_FILLS["warning"], "Peringatan", "Mungkin salah: periksa, lalu perbaiki bila "
     "memang salah."),
    (SEVERITY_FILLS["info"], "Catatan", "Untuk diketahui; tidak harus diubah."),
    (None, "Isian", "Sel putih (abu-abu pada baris program): nilai dari buku kerja data; "
     "dapat diubah."),
    (FORMULA_FILL, "Rumus", "Sel hijau muda: dihitung oleh rumus (jumlah, persen, capaian, "
     "nilai dari tabel lain); terkunci."),
    (GROUP_FORMULA_FILL, "Rumus program", "Sel hijau tua: rumus pada baris program "
     "(subtotal); terkunci."),
    (GROUP_FILL, "Baris program", "Baris kelompok (program) dan baris jumlah dicetak tebal."),
)
_TABLES = _LEGEND + len(_LEGEND_ROWS) + 5  # the header of the counts by table
_LEGEND_NOTE = ("Lembar tabel dilindungi tanpa kata sandi agar rumus tidak terhapus. Untuk "
                "mengubah rumus dengan sengaja: Tinjau > Buka Proteksi Lembar. Sel bertanda "
                "warna memuat komentar: pesan temuan dan tempat memperbaikinya.")
SUMMARY_WIDTHS = (24, 11, 11, 11, 11, 62)


def _summary_sheet(wb: Any) -> None:
    if SUMMARY in wb.sheetnames:
        del wb[SUMMARY]
    ws = wb.create_sheet(SUMMARY, index=0)
    for c, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[a1.letter(c)].width = width
    ws["A1"] = "Ringkasan Validasi"
    ws["A1"].font = Font(bold=True, size=14)
    ws.cell(_IDENTITY_ROW, 1, _identity(wb)).font = Font(italic=True)
    ws.cell(_COUNTS - 1, 1, "Jumlah temuan").font = Font(bold=True, size=12)
    ws.cell(_STEPS - 1, 1, "Yang perlu dilakukan").font = Font(bold=True, size=12)
    for r in range(_STEPS, _STEPS + _STEP_ROWS):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(SUMMARY_WIDTHS))
    ws.cell(_LEGEND - 1, 1, "Arti warna").font = Font(bold=True, size=12)
    for r, (fill, name, meaning) in enumerate(_LEGEND_ROWS, start=_LEGEND):
        sample = ws.cell(r, 1, name)
        sample.border = BORDER
        if fill is not None:
            sample.fill = fill
        if name.startswith(("Rumus", "Baris")):
            sample.font = Font(bold=name == "Baris program")
        ws.cell(r, 2, meaning)
    note = ws.cell(_LEGEND + len(_LEGEND_ROWS), 1, _LEGEND_NOTE)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=note.row, start_column=1, end_row=note.row,
                   end_column=len(SUMMARY_WIDTHS))
    ws.row_dimensions[note.row].height = 30
    ws.cell(_TABLES - 1, 1, "Temuan per lembar").font = Font(bold=True, size=12)
    header_row(ws, _TABLES, ("Lembar", "Galat", "Peringatan", "Catatan", "Jumlah",
                             "Keterangan"), border=True)
    header_row(ws, _COUNTS, ("Tingkat", "Jumlah", "Artinya", "", "", ""), border=True)
    page_setup(ws, landscape=False)


def _identity(wb: Any) -> str:
    """"Sekretariat Daerah Kota Tanjungpinang, LKIP Tahun 2020": from the Pengaturan sheet."""
    values: dict[str, Any] = {}
    if schema.SETTINGS_SHEET in wb.sheetnames:
        labels = {f.label.lower(): f.key for f in schema.IDENTITY}
        ws = wb[schema.SETTINGS_SHEET]
        for row in ws.iter_rows(max_col=2):
            label = row[0].value
            if isinstance(label, str) and label.strip().lower() in labels:
                values[labels[label.strip().lower()]] = row[1].value
    instansi = str(values.get("instansi") or "").strip()
    year = values.get("tahun")
    title = f"LKIP Tahun {year}" if year else "LKIP"
    return f"{instansi}, {title}" if instansi else title


class Marks:
    """The marks findings leave on the final workbook: each finding's cell highlighted in
    its severity's colour with the message and where to fix it as a comment, a row of the
    Validasi sheet, the counts of the Ringkasan sheet, a line of the JSON report.

    Built as the findings come in: fill adds the findings about the data while the
    engine recalculates, and those that need computed values after it.
    """

    def __init__(self, populated: Populated) -> None:
        self._populated = populated
        self._lines: dict[tuple[str, str], list[str]] = {}  # a cell's comment lines
        self._worst: dict[tuple[str, str], str] = {}  # the severest finding on a cell
        self._rows: list[tuple[Finding, str | None, str]] = []  # finding, its cell, row XML
        self._json: list[str] = []
        self.findings: list[Finding] = []
        self._sheets = set(sheetxml.sheet_parts(zipfile.ZipFile(io.BytesIO(populated.data))))
        self._columns = {sheet: {letter: key for key, letter in letters.items()}
                         for sheet, letters in populated.letters.items()}

    def add(self, findings: list[Finding]) -> None:
        for f in findings:
            # a cell of a sheet the final workbook has, or none (Narasi Staf, Identitas)
            cell = f.final_cell if f.final_cell and f.sheet in self._sheets else None
            self.findings.append(f)
            self._rows.append((f, cell, self._row(f, cell)))
            self._json.append(_dumps(f.as_dict()))
            if cell is not None:
                self._note(f, cell)

    def _note(self, f: Finding, cell: str) -> None:
        at = (f.sheet, cell)
        lines = self._lines.setdefault(at, [])
        line = f"[{SEVERITY_TEXT[f.severity]}] {f.message}"
        if line not in lines:
            lines.append(line)
        fix = self._fix(f, cell)
        if fix and fix not in lines:
            lines.append(fix)
        worst = self._worst.get(at)
        if worst is None or _RANK[f.severity] < _RANK[worst]:
            self._worst[at] = f.severity

    def _fix(self, f: Finding, cell: str) -> str:
        """Where the finding is fixed: the data workbook's cell, or for a value the final
        workbook repeats from another table, that table."""
        source = self._link(f, cell)
        where = place(f)
        if source is not None and f.rule == "cross.tertaut":
            sheet, column = source
            text = (f"Sel ini mengambil nilainya dengan rumus dari {sheet} (kolom {column}). "
                    f"Perbaiki nilai itu di lembar {sheet} buku kerja data")
            return text + (f", atau kosongkan {where} bila {sheet} sudah benar." if where
                           else ".")
        return f"Perbaiki di buku kerja data: {where}." if where else ""

    def _link(self, f: Finding, cell: str) -> tuple[str, str] | None:
        """The table and column a linked cell takes its value from (None: not linked)."""
        at = a1.parse(cell)
        key = self._columns.get(f.sheet, {}).get(a1.letter(at[1])) if at else None
        tbl = schema.TABLES_BY_SHEET.get(f.sheet)
        if key is None or tbl is None or key not in tbl.keys:
            return None
        link = tbl.column(key).link
        if link is None:
            return None
        source = schema.TABLES_BY_SHEET.get(link[0])
        if source is None or link[1] not in source.keys:
            return link[0], link[1]
        return link[0], source.column(link[1]).header_for(self._populated.year or None)

    def _row(self, f: Finding, cell: str | None) -> str:
        """The cells of the finding's Validasi row after its number, as sheet XML with the
        row number left open (\\x00): it is known when the rows are ranked."""
        styles = self._populated.text_styles
        cells = []
        for c, value in enumerate(finding_row(0, f, cell, NO_SHEET, NO_CELL)[1:], start=2):
            style = styles.get(f.severity, styles["top"]) if c == 2 else \
                styles["wrap"] if c in (6, 8, 11) else \
                styles["link"] if (c == 5 and cell) else \
                _figure_style(styles, value) if c in (9, 10) else styles["top"]
            cells.append(sheetxml.cell(f"{_LETTERS[c]}\x00", style,
                                       None if value == "" else value))
        return "".join(cells)

    def edits(self) -> dict[str, SheetEdit]:
        """How the findings mark the recalculated package (:func:`lkip_xl.xlsx.package.edit`)."""
        notes = {sheet: dict(cells) for sheet, cells in self._populated.notes.items()}
        highlights: dict[str, dict[str, int]] = {}
        for (sheet, ref), lines in self._lines.items():
            sheet_notes = notes.setdefault(sheet, {})
            before = sheet_notes.get(ref)
            text = "\n".join(line for line in lines
                             if before is None or _said(line) not in before.text)
            if before is None:
                sheet_notes[ref] = Note(text, AUTHOR)
            elif text:
                sheet_notes[ref] = Note(f"{before.text}\n{text}", before.author)
            if before is not None and before.author == _UNREADABLE_AUTHOR:
                continue  # a value that cannot be read keeps its red mark
            style = _style_of(self._populated, sheet, ref)
            variant = self._populated.highlight.get(self._worst[(sheet, ref)], {})
            if style is not None and style in variant:
                highlights.setdefault(sheet, {})[ref] = variant[style]
        edits = {sheet: SheetEdit(styles=highlights.get(sheet, {}), notes=sheet_notes)
                 for sheet, sheet_notes in notes.items()}
        for sheet, styles in highlights.items():
            edits.setdefault(sheet, SheetEdit(styles=styles))
        counts = count_by_severity(self.findings)
        rows = {2: sheetxml.row(2, [sheetxml.cell("A2", 0, (
            f"{counts['error']} galat, {counts['warning']} peringatan, "
            f"{counts['info']} catatan. Klik sel di kolom 'Sel' untuk menuju sel yang "
            "dimaksud; sel itu berwarna (merah: galat, kuning: peringatan, biru: catatan) "
            "dengan pesan sebagai komentar. 'di data saja': lembar itu hanya ada di buku "
            "kerja data; perbaiki di tempat yang ditulis di kolom terakhir."))])}
        links = {}
        # by severity, then as the report's outline orders the tables
        ranked = sorted(self._rows, key=lambda item: (
            _RANK[item[0].severity], outline.ORDER.get(item[0].sheet, len(outline.ORDER)),
            a1.order(item[0].cell)))
        severity_styles = self._populated.text_styles
        for n, (f, cell, xml) in enumerate(ranked, start=1):
            r = str(_HEADER + n)
            number = severity_styles.get(f.severity, severity_styles["top"])
            # rows are not measured on opening: as high as the wrapped label and message
            tall = max(_lines(f.row_label, WIDTHS[5]), _lines(f.message, WIDTHS[7]),
                        _lines(place(f), WIDTHS[10]))
            rows[_HEADER + n] = sheetxml.row(_HEADER + n, [sheetxml.cell(f"A{r}", number, n),
                                                           xml.replace("\x00", r)],
                                             15 * tall if tall > 1 else None)
            if cell is not None:
                links["E" + r] = a1.location(f.sheet, cell)
        last = _LETTERS[len(HEADERS)]
        edits[SHEET] = SheetEdit(rows=rows, width=len(HEADERS), links=links,
                                 autofilter=f"A{_HEADER}:{last}{_HEADER + max(len(ranked), 1)}")
        edits[SUMMARY] = self._summary()
        return edits

    def _summary(self) -> SheetEdit:
        """The Ringkasan sheet's counts: by severity, what to do next, by sheet."""
        styles = self._populated.text_styles
        top, bold = styles["top"], styles["bold"]
        counts = count_by_severity(self.findings)
        rows: dict[int, str] = {}
        for r, severity in enumerate(SEVERITIES, start=_COUNTS + 1):
            rows[r] = sheetxml.row(r, [
                sheetxml.cell(f"A{r}", styles[severity], SEVERITY_TEXT[severity].capitalize()),
                sheetxml.cell(f"B{r}", top, counts[severity]),
                sheetxml.cell(f"C{r}", top, _MEANING[severity])])
        r = _COUNTS + 1 + len(SEVERITIES)
        rows[r] = sheetxml.row(r, [sheetxml.cell(f"A{r}", bold, "Jumlah"),
                                   sheetxml.cell(f"B{r}", bold, len(self.findings))])
        wrap = styles["wrap"]
        for i, text in enumerate(_steps(counts, self._data_only()), start=0):
            r = _STEPS + i
            rows[r] = sheetxml.row(r, [sheetxml.cell(f"A{r}", wrap, f"{i + 1}. {text}")],
                                   15 * _lines(text, sum(SUMMARY_WIDTHS) * 0.95))
        links = {}
        by_sheet: dict[str, dict[str, int]] = {}
        for f in self.findings:
            sheet_counts = by_sheet.setdefault(f.sheet, dict.fromkeys(SEVERITIES, 0))
            sheet_counts[f.severity] += 1
        order = sorted(by_sheet, key=lambda name: (
            outline.ORDER.get(name, len(outline.ORDER)), name))
        for r, name in enumerate(order, start=_TABLES + 1):
            c = by_sheet[name]
            here = name in self._sheets
            note = "" if here else "hanya di buku kerja data: perbaiki di sana"
            rows[r] = sheetxml.row(r, [
                sheetxml.cell(f"A{r}", styles["link"] if here else top, name),
                *(sheetxml.cell(f"{a1.letter(2 + i)}{r}",
                                styles[sev] if c[sev] else top, c[sev])
                  for i, sev in enumerate(SEVERITIES)),
                sheetxml.cell(f"E{r}", bold, sum(c.values())),
                sheetxml.cell(f"F{r}", top, note or None)])
            if here:
                links[f"A{r}"] = a1.location(name, "A1")
        if not order:
            rows[_TABLES + 1] = sheetxml.row(_TABLES + 1, [sheetxml.cell(
                f"A{_TABLES + 1}", top, "Tidak ada temuan.")])
        return SheetEdit(rows=rows, width=len(SUMMARY_WIDTHS), links=links)

    def _data_only(self) -> list[str]:
        """The sheets with findings that only the data workbook has."""
        return sorted({f.sheet for f in self.findings if f.sheet not in self._sheets})

    def json(self, workbook: Path, sha256: str) -> str:
        """The JSON report beside *workbook* (whose content has the hash *sha256*): the
        counts, then the findings one a line."""
        items = ",\n".join(f"    {line}" for line in self._json)
        return (f'{{\n  "file": {_dumps(str(workbook))},\n'
                f'  "sha256": {_dumps(sha256)},\n'
                f'  "counts": {_dumps(count_by_severity(self.findings))},\n'
                f'  "findings": [\n{items}\n  ]\n}}\n')


_LETTERS = {c: a1.letter(c) for c in range(1, len(HEADERS) + 1)}


_RANK = {severity: n for n, severity in enumerate(SEVERITIES)}  # the severest first
_UNREADABLE_AUTHOR = "lkip-xl"  # populate's comment on a value that cannot be read
_MEANING = {
    "error": "Harus diperbaiki sebelum laporan diterbitkan.",
    "warning": "Periksa; perbaiki bila memang salah.",
    "info": "Untuk diketahui; tidak harus diubah.",
}


def _said(line: str) -> str:
    """A comment line without its severity: what a comment already there may say."""
    return line.split("] ", 1)[1] if line.startswith("[") and "] " in line else line


def _lines(text: str, width: float) -> int:
    """Estimated lines of *text* wrapped in a column *width* characters wide."""
    per_line = max(1, int(width * 1.2))  # text averages narrower than a width unit
    return sum(max(1, -(-len(part) // per_line)) for part in str(text or "").split("\n"))


def _steps(counts: dict[str, int], data_only: list[str]) -> list[str]:
    """What staff do next, in order, in plain Indonesian."""
    steps = []
    if counts["error"]:
        steps.append(f"Perbaiki {counts['error']} galat lebih dahulu. Buka lembar Validasi "
                     "(urut dari galat), klik sel di kolom 'Sel' untuk melihat selnya, lalu "
                     "perbaiki angkanya di buku kerja data: tempatnya tertulis di kolom "
                     "'Di buku kerja data' dan di komentar sel.")
    else:
        steps.append("Tidak ada galat: angka-angka laporan konsisten.")
    if counts["warning"]:
        steps.append(f"Periksa {counts['warning']} peringatan: bisa jadi benar (misalnya "
                     "pembulatan atau nama yang ditulis berbeda); perbaiki yang memang salah.")
    if data_only:
        steps.append("Temuan pada lembar " + ", ".join(data_only) + " menunjuk ke buku kerja "
                     "data (lembar itu tidak ada di buku kerja ini): perbaiki di sana.")
    steps.append("Jangan memperbaiki angka di buku kerja ini: perbaikan di buku kerja data, "
                 "lalu jalankan lkip-xl fill lagi agar buku kerja dan PDF dibuat ulang dan "
                 "diperiksa kembali.")
    steps.append("Teks narasi dapat disunting langsung di lembar Narasi; suntingan itu "
                 "dipertahankan bila fill dijalankan lagi dengan --sebelumnya.")
    return steps[:_STEP_ROWS]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _style_of(populated: Populated, sheet: str, cell: str) -> int | None:
    """The style index of a data cell, from its row as written."""
    row = a1.row_of(cell)
    return sheetxml.style_of(populated.rows.get(sheet, {}).get(row, ""), cell) if row else None


def _figure_style(styles: dict[str, int], value: Any) -> int:
    """Seharusnya and Tertulis: a number grouped by thousands (with two decimals when it has
    any), as the report prints it; text as it is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return styles["top"]
    return styles["whole"] if float(value).is_integer() else styles["decimal"]


def finding_row(n: int, f: Finding, cell: str | None, no_sheet: str = "",
                no_cell: str = "") -> list[Any]:
    """One row of a Validasi sheet (the columns of HEADERS); *cell* is the finding's cell in
    the workbook the sheet is in (when it has none, the sheet and cell say *no_sheet* and
    *no_cell*: the last column tells the place)."""
    elsewhere = not cell and bool(f.sheet)
    return [n, SEVERITY_TEXT[f.severity], f.rule, no_sheet if elsewhere else f.sheet if cell
            else "", no_cell if elsewhere else cell or "", f.row_label, f.column, f.message,
            _plain(f.expected), _plain(f.actual), place(f)]


def place(f: Finding) -> str:
    """Where a finding is in the file it names: "data.xlsx › Tabel 2.5 › E7"."""
    parts = [_file_name(f.file) if f.file else "", f.sheet, f.cell]
    return " › ".join(p for p in parts if p)


@functools.lru_cache(maxsize=64)
def _file_name(path: str) -> str:
    return Path(path).name


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, float, str)) else str(value)
