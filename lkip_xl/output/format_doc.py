"""The data-workbook format as Markdown, in Bahasa Indonesia, generated from the schema.

``docs/format-data.md`` embeds this text between two markers; a test fails
when the document and the schema disagree, so the staff's guide never
describes a column the reader does not know.
"""

from __future__ import annotations

from lkip_xl.model import outline, schema

BEGIN = "<!-- BEGIN: dibuat dari lkip_xl/model/schema.py; jangan diubah dengan tangan -->"
END = "<!-- END -->"

KIND_TEXT = {
    "kode": "kode unik (teks)",
    "jenis": "jenis baris",
    "teks": "teks",
    "orang": "jumlah orang, bilangan bulat",
    "rupiah": "rupiah, bilangan bulat",
    "persen": "persen",
    "nilai": "nilai indikator dalam satuan indikator, atau kategori SAKIP",
    "tahun": "tahun, misalnya 2020",
}


def _header(col: schema.Column) -> str:
    if col.year_offset is None:
        return col.header
    off = col.year_offset
    base = "tahun awal Renstra" if col.year_base == "renstra" else "tahun laporan"
    year = base if off == 0 else f"{base} {off:+d}".replace("+", "+ ").replace("-", "- ")
    return col.header.replace("{tahun}", f"<{year}>")


def _derived_note(tbl: schema.Table, col: schema.Column) -> str:
    where = ""
    if tbl.rows:
        names = {k: f"`{v}`" for k, v in tbl.rows.named().items()}
        if tbl.rows.sub and tbl.rows.group:  # a kegiatan over its sub kegiatan: a subtotal
            names["group"] += f" (dan `{tbl.rows.item}` yang dirinci menjadi `{tbl.rows.sub}`)"
        kinds = [k for k in ("group", "item", "total") if k in names]
        if set(col.formulas) != set(kinds):
            where = "pada baris " + " dan ".join(
                names[k] for k in kinds if k in col.formulas) + ": "
    return (f"{where}nilai turunan, di buku kerja akhir dihitung dengan rumus; isi angka "
            "yang tertulis di dokumen bila ada, untuk diperiksa")


def reference_markdown() -> str:
    """One section per sheet: its columns, which are required, and their kind."""
    out = [BEGIN, "", f"### Lembar `{schema.IDENTITY_SHEET}`", "",
           "Dua kolom: `Data` (nama isian, persis seperti di bawah) dan `Isi`.", "",
           "| Data | Wajib | Isi |", "|---|---|---|"]
    for f in schema.IDENTITY:
        out.append(f"| {f.label} | {'ya' if f.required else 'tidak'} | {KIND_TEXT[f.kind]} |")
    for tbl in schema.TABLES:
        out += ["", f"### Lembar `{tbl.sheet}`", ""]
        if outline.place_of_table(tbl.sheet):
            out.append(f"Bagian laporan: {outline.place_of_table(tbl.sheet)}.")
        keys = " + ".join(f"`{tbl.column(k).header}`" for k in tbl.key)
        out.append(f"Kunci baris: {keys} (harus unik).")
        if tbl.rows:
            labels = list(tbl.rows.named().values())
            out.append(
                "Kolom `Jenis` berisi " + ", ".join(f"`{x}`" for x in labels)
                + f" (kosong berarti `{tbl.rows.item}`)."
            )
            if tbl.rows.sub:
                out.append(
                    f"Baris `{tbl.rows.sub}` ditulis di bawah `{tbl.rows.item}`-nya; "
                    f"`{tbl.rows.item}` yang memiliki `{tbl.rows.sub}` menjadi subtotal (rumus "
                    f"jumlah {tbl.rows.sub.lower()}nya), dan `{tbl.rows.group}` menjumlahkan "
                    f"{tbl.rows.item.lower()}nya. Tabel boleh hanya memuat "
                    f"`{tbl.rows.item}` atau hanya `{tbl.rows.sub}`, tanpa baris "
                    f"`{tbl.rows.group}`: totalnya tetap dihitung."
                )
        out += ["", "| Kolom | Wajib | Isi | Keterangan |", "|---|---|---|---|"]
        for col in tbl.input_columns:
            note = []
            if col.formulas:
                note.append(_derived_note(tbl, col))
            if col.link:
                sheet, key = col.link
                linked = schema.table(sheet).column(key).header
                note.append(f"sama dengan kolom `{linked}` di lembar `{sheet}`")
            out.append(f"| {_header(col)} | {'ya' if col.required else 'tidak'} | "
                       f"{KIND_TEXT[col.kind]} | {'; '.join(note)} |")
    out += ["", END]
    return "\n".join(out)


def embedded(document: str) -> str:
    """The generated part of *document* (between the markers)."""
    start = document.index(BEGIN)
    return document[start:document.index(END, start) + len(END)]
