"""The outline of the report: chapters, their sections, and in each the tables and the
paragraphs it shows, in order (Permen PANRB 53/2014).

The one description of the document, as :mod:`lkip_xl.model.schema` is of the data: the
PDF follows it, the narrative names a paragraph's place by it, the template and the PDF
take a table's number and caption from it, the Validasi sheet lists findings in its
order, and the staff's guide says where a table appears.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Shown:
    """A table as the report shows it: its number and caption (``{instansi}``, ``{tahun}``,
    ``{tahun_lalu}``, ``{jabatan}``, ``{renstra}`` come from the identity)."""

    sheet: str
    caption: str
    number: str | None = None  # "2.5"; None for a table the report does not number
    printed: bool = True  # False: data behind the report's text, not printed as a table

    @property
    def title_prefix(self) -> str:
        """What the table is called: "Tabel 2.5", or the sheet's name when unnumbered."""
        return f"Tabel {self.number}" if self.number else self.sheet

    def title(self, values: Mapping[str, object]) -> str:
        """The full title: "Tabel 2.5 Anggaran Dinas Contoh Tahun 2021"."""
        try:
            caption = self.caption.format(**{k: "" if v is None else v
                                             for k, v in values.items()})
        except (KeyError, IndexError):
            caption = self.caption
        return f"{self.title_prefix} {caption}" if self.number else caption


@dataclass(frozen=True)
class Section:
    title: str  # as the report prints it: "2.2 Program, Kegiatan dan Pendanaan"
    tables: tuple[Shown, ...] = ()
    paragraphs: tuple[str, ...] = ()  # narrative keys; "indikator": one per indicator


@dataclass(frozen=True)
class Chapter:
    label: str  # "BAB I"; "" for the front matter
    title: str  # "PENDAHULUAN"
    sections: tuple[Section, ...]


def _staff(number: str, by: str) -> Shown:
    return Shown(f"Tabel {number}", f"Komposisi PNS {{instansi}} Berdasarkan {by}", number)


OUTLINE: tuple[Chapter, ...] = (
    Chapter("", "KATA PENGANTAR", (Section("Kata Pengantar", paragraphs=("kata_pengantar",)),)),
    Chapter("", "IKHTISAR EKSEKUTIF", (Section("Ikhtisar Eksekutif", paragraphs=("ikhtisar",)),)),
    Chapter("BAB I", "PENDAHULUAN", (
        Section("1.1 Latar Belakang", paragraphs=("pendahuluan",)),
        Section("1.3 Sumber Daya Manusia", (
            Shown("Tabel 1.1", "Komposisi Pegawai {instansi}", "1.1"),
            _staff("1.2", "Golongan"), _staff("1.3", "Eselon"), _staff("1.4", "Pendidikan"))),
    )),
    Chapter("BAB II", "PERENCANAAN KINERJA", (
        Section("2.1 Tujuan, Sasaran, Strategi dan Arah Kebijakan", (
            Shown("Tabel 2.1", "Tujuan {instansi}", "2.1"),
            Shown("Tabel 2.2", "Sasaran/Indikator Kinerja Utama {instansi} Tahun {renstra}",
                  "2.2"),
            Shown("Tabel 2.3", "Strategi dan Arah Kebijakan Jangka Menengah {instansi}", "2.3"),
        )),
        Section("2.2 Program, Kegiatan dan Pendanaan", (
            Shown("Tabel 2.4", "Program dan Kegiatan {instansi} Tahun {tahun}", "2.4"),
            Shown("Tabel 2.5", "Anggaran {instansi} Tahun {tahun}", "2.5"),
        )),
        Section("2.3 Perjanjian Kinerja", (
            Shown("Tabel 2.6", "Perjanjian Kinerja {jabatan} Tahun {tahun}", "2.6"),
            Shown("Tabel 2.6 Program",
                  "Program dan Anggaran Perjanjian Kinerja {jabatan} Tahun {tahun}", "2.6"),
        )),
    )),
    Chapter("BAB III", "AKUNTABILITAS KINERJA", (
        Section("A. Capaian Kinerja", (
            Shown("Tabel 3.1", "Realisasi Sasaran/Indikator Kinerja {instansi} Tahun {tahun}",
                  "3.1"),
            Shown("Tabel 3.3", "Realisasi Program (Outcome) {instansi} Tahun {tahun}", "3.3"),
            Shown("Tabel 3.4", "Perbandingan Realisasi Tahun {tahun} dengan Tahun {tahun_lalu}",
                  "3.4"),
            Shown("Tabel 3.2", "Perbandingan Realisasi s.d. Tahun {tahun} dengan Target Jangka "
                  "Menengah Renstra", "3.2"),
        )),
        Section("Analisis Capaian per Indikator", (
            Shown("Analisis Indikator", "Analisis Capaian per Indikator Kinerja Tahun {tahun}",
                  printed=False),
            Shown("Analisis Kegiatan", "Kegiatan Pendukung per Indikator Kinerja Tahun {tahun}",
                  printed=False),
            Shown("Ringkasan Capaian", "Ringkasan Capaian Kinerja per Sasaran Tahun {tahun}",
                  printed=False),
        ), paragraphs=("indikator",)),
        Section("B. Realisasi Anggaran", (
            Shown("Realisasi Anggaran", "Realisasi Anggaran {instansi} Tahun {tahun}"),
        ), paragraphs=("anggaran",)),
    )),
    Chapter("BAB IV", "PENUTUP", (
        Section("Ringkasan Capaian", (
            Shown("Penutup", "Ringkasan Capaian Indikator Kinerja Tahun {tahun}"),
        ), paragraphs=("penutup",)),
    )),
)


def tables() -> Iterator[tuple[Chapter, Section, Shown]]:
    """Every table of the outline with its chapter and section, in report order."""
    for chapter in OUTLINE:
        for section in chapter.sections:
            for shown in section.tables:
                yield chapter, section, shown


SHOWN = {shown.sheet: shown for _, _, shown in tables()}
ORDER = {shown.sheet: n for n, (_, _, shown) in enumerate(tables())}


def shown(sheet: str) -> Shown:
    """How the report shows the table of sheet *sheet*."""
    return SHOWN[sheet]


def place(chapter: Chapter, section: Section) -> str:
    """Where a section is: "BAB II › 2.2 Program, Kegiatan dan Pendanaan"."""
    return f"{chapter.label} › {section.title}" if chapter.label else section.title


def place_of_table(sheet: str) -> str:
    for chapter, section, found in tables():
        if found.sheet == sheet:
            return place(chapter, section)
    return ""


def place_of_paragraph(key: str) -> str:
    """Where a narrative paragraph goes ("indikator.IK01" is one of "indikator")."""
    base = key.split(".", 1)[0]
    for chapter in OUTLINE:
        for section in chapter.sections:
            if base in section.paragraphs:
                return place(chapter, section)
    return ""
