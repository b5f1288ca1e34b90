"""The narrative: paragraphs staff edited in an earlier final workbook, kept on a new run."""

from __future__ import annotations

from collections.abc import Iterator

from lkip_xl.model.narasi import FIRST_ROW, SHEET, TEXT_COLUMN, figures
from lkip_xl.model.numbers import format_angka
from lkip_xl.rules.registry import Issue, Subject, rule


def _edited(s: Subject) -> Iterator[tuple[int, Issue]]:
    """Each generated paragraph whose earlier text staff edited: its row in the new Narasi
    sheet, and an issue at its cell in the earlier workbook (the one the user gave)."""
    assert s.narrative is not None
    for n, p in enumerate(s.narrative.paragraphs):
        old = s.narrative.previous.get(p.key)
        if old is not None and old.edited:
            yield n, Issue(SHEET, f"{TEXT_COLUMN}{old.row}" if old.row else "", "", p.title,
                           column="Teks", file=s.narrative.previous_file or None,
                           final=f"{TEXT_COLUMN}{FIRST_ROW + n}")


@rule("narasi.diubah", "info", needs={"narrative"},
      title="Paragraf narasi yang diubah staf dipertahankan",
      explanation="""Paragraf di lembar Narasi yang diubah staf di buku kerja akhir sebelumnya
      (--sebelumnya) dipakai lagi, menggantikan teks baru dari lkip-xl. Catatan ini
      mengingatkan bahwa teks itu ditulis staf.""",
      wrong="(bukan kesalahan) Ikhtisar: teks yang ditulis ulang staf",
      right="Ikhtisar: teks yang ditulis ulang staf, dipertahankan")
def kept(s: Subject) -> Iterator[Issue]:
    assert s.narrative is not None
    for n, issue in _edited(s):
        yield issue._replace(message="paragraf yang diubah staf dipertahankan",
                             actual=s.narrative.paragraphs[n].key)


@rule("narasi.angka_berubah", "warning", needs={"narrative"},
      title="Angka di paragraf yang diubah staf tidak lagi sesuai tabel",
      explanation="""Paragraf yang diubah staf memuat angka dari teks lkip-xl yang lama, dan
      tabelnya sudah berubah sejak itu: angka itu tidak ada lagi di teks baru lkip-xl. Pesan
      menyebut angka yang basi dan teks baru lkip-xl.""",
      wrong="'realisasi anggaran 93,28%' dipertahankan, tabel kini memberi 95,10%",
      right="'realisasi anggaran 95,10%'")
def stale_figures(s: Subject) -> Iterator[Issue]:
    assert s.narrative is not None
    for n, issue in _edited(s):
        p = s.narrative.paragraphs[n]
        old = s.narrative.previous[p.key]
        # figures the tables no longer give (they left lkip-xl's own text) that staff kept
        stale = figures(old.text) & (figures(old.generated) - figures(p.text))
        if stale:
            yield issue._replace(
                message="angka di paragraf yang diubah staf tidak lagi sesuai tabel: "
                + ", ".join(format_angka(x) for x in sorted(stale)) + "; teks baru dari "
                "lkip-xl: " + p.text[:300], expected=sorted(figures(p.text)),
                actual=sorted(stale))
