"""What reading a data workbook notices: values that cannot be used, rows that cannot be
placed, and what a sheet holds besides values (formulas without a value, merged cells)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from lkip_xl.book.inputbook import (
    NUMERIC,
    InputData,
    Row,
    formula_literal,
    short,
    uncached_text,
    value_problem,
)
from lkip_xl.model import outline, schema
from lkip_xl.model.numbers import format_angka
from lkip_xl.rules import tables
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.xlsx import a1
from lkip_xl.xlsx.sheetxml import TEXT_LIMIT


def _rows(data: InputData) -> Iterator[tuple[schema.Table, Row]]:
    for tbl in schema.TABLES:
        for row in data.tables.get(tbl.sheet, []):
            yield tbl, row


def _numeric_problems(s: Subject, kind: str) -> Iterator[Issue]:
    """The values of numeric columns that are not numbers, of one kind of problem (the
    values are looked at once for both rules)."""
    if "input.problems" not in s.cache:
        assert s.data is not None
        found: list[tuple[str, Issue]] = []
        for tbl in schema.TABLES:
            info = s.data.sheets.get(tbl.sheet)
            uncached = info.uncached if info else {}
            numeric = [c for c in tbl.input_columns if c.kind in NUMERIC]
            for row in s.data.tables.get(tbl.sheet, []):
                for column in numeric:
                    v = row.values.get(column.key)
                    if v is None or v.number is not None or v.raw is None or v.cell in uncached:
                        continue
                    problem = value_problem(column, v)
                    if problem is not None:
                        found.append((problem.kind, Issue(
                            tbl.sheet, v.cell, problem.message, row.label, column.key,
                            actual=v.display(), severity=problem.severity)))
        s.cache["input.problems"] = found
    yield from (issue for k, issue in s.cache["input.problems"] if k == kind)


@rule("value.unreadable", "error", needs={"data"},
      title="Angka yang tidak dapat dibaca",
      explanation="""Sebuah sel di kolom angka berisi teks yang tidak dapat dibaca sebagai satu
      angka: pemisah ribuan dan desimal tercampur, digit berlebih, atau huruf. lkip-xl tidak
      menebak: teksnya tetap ditulis di buku kerja akhir (ditandai merah, dengan komentar) dan
      setiap jumlah yang memakainya menunjukkan #N/A sampai sel itu diperbaiki. Angka 1.000
      triliun atau lebih juga ditolak.""",
      wrong="Anggaran (Rp): Rp.4.110,677,710", right="Anggaran (Rp): 4110677710")
def unreadable(s: Subject) -> Iterator[Issue]:
    yield from _numeric_problems(s, "unreadable")


@rule("value.no_number", "warning", needs={"data"},
      title="Tanda 'tidak ada nilai' di kolom angka",
      explanation="""Sel berisi "-", "N/A" atau "tidak ada" di kolom angka dianggap belum berisi
      nilai, bukan nol. Di kolom jumlah orang atau rupiah ini peringatan (isi 0 bila memang
      nol); di kolom nilai indikator hanya catatan.""",
      wrong="Jumlah (orang): -", right="Jumlah (orang): 0")
def no_number(s: Subject) -> Iterator[Issue]:
    yield from _numeric_problems(s, "no_number")


@rule("value.row_kind", "error", needs={"data"},
      title="Jenis baris tidak dikenal",
      explanation="""Kolom Jenis menentukan apakah sebuah baris program (dengan subtotal),
      kegiatan, atau total. Teks lain tidak dapat ditempatkan; baris itu dibaca sebagai
      rincian.""",
      wrong="Jenis: Sub Program", right="Jenis: Program")
def row_kind(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        if tbl.rows is None:
            continue
        allowed = ", ".join(tbl.rows.named().values())
        for row in s.data.tables.get(tbl.sheet, []):
            jenis = row.values.get("jenis")
            if jenis is None or jenis.blank:
                continue
            text = jenis.display()
            if tbl.rows.kind_of(text) is None:
                yield Issue(tbl.sheet, jenis.cell,
                            f"jenis baris '{text}' tidak dikenal; pilih salah satu: {allowed}",
                            row.label, "jenis", actual=text)


@rule("value.missing_key", "error", needs={"data"},
      title="Kode baris kosong",
      explanation="""Setiap baris tabel (kecuali total) perlu kode: kode menghubungkan baris yang
      sama di tabel yang berbeda (kegiatan di Tabel 2.5 dan di Realisasi Anggaran,
      indikator di Tabel 2.6 dan 3.1).""",
      wrong="Kode: (kosong) | Penyediaan Jasa Surat Menyurat",
      right="Kode: P01.01 | Penyediaan Jasa Surat Menyurat")
def missing_key(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl, row in _rows(s.data):
        info = s.data.sheets.get(tbl.sheet)
        needed = [k for k in tbl.key if tbl.column(k).required and (info is None or
                                                                    k in info.columns)]
        if row.kind == "total" or all(row.text(k).strip() for k in needed):
            continue
        key = next(k for k in needed if not row.text(k).strip())
        value = row.values.get(key)
        cell = value.cell if value is not None else \
            a1.ref(row.row, (info.columns.get(key, 0) if info else 0) + 1)
        yield Issue(tbl.sheet, cell, "kode baris kosong; setiap baris perlu kode yang unik",
                    row.label, key)


@rule("value.duplicate_key", "error", needs={"data"},
      title="Kode baris dipakai dua kali",
      explanation="""Kode sebuah baris harus unik di tabelnya: dengan dua baris berkode sama,
      nilai yang diulang di tabel lain tidak dapat dicocokkan.""",
      wrong="P01.01 di baris 5 dan di baris 9", right="P01.01 di baris 5, P01.05 di baris 9")
def duplicate_key(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        seen: dict[tuple[str, ...], Row] = {}
        for row in s.data.tables.get(tbl.sheet, []):
            if row.kind == "total" or not row.key or not row.key[0]:
                continue
            if row.key in seen:
                joined = " / ".join(row.key)
                yield Issue(tbl.sheet, row.values[tbl.key[0]].cell,
                            f"kode '{joined}' sudah dipakai di baris {seen[row.key].row}; kode "
                            "harus unik", row.label, tbl.key[0], actual=joined)
            else:
                seen[row.key] = row


_ADVICE = "buka dan simpan berkas di Excel agar nilainya tersimpan, atau ketik nilainya"


@rule("value.uncached_formula", "error", needs={"data"},
      title="Rumus tanpa nilai tersimpan",
      explanation="""Buku kerja yang disimpan oleh program yang tidak menghitung (skrip, sebagian
      aplikasi daring) menyimpan rumus tanpa hasilnya, sehingga nilainya tidak diketahui.
      lkip-xl tidak menghitung rumus buku kerja data: buka dan simpan berkas di Excel, atau
      ketik nilainya. Di kolom teks (misalnya =HYPERLINK(alamat; "Nama")) teks rumusnya tetap
      dipakai, dan temuan ini hanya peringatan.""",
      wrong="Anggaran (Rp): =SUM(E4:E5) (tanpa nilai tersimpan)",
      right="Anggaran (Rp): 250000000")
def uncached_formula(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl, row in _rows(s.data):
        uncached = s.data.sheets[tbl.sheet].uncached if tbl.sheet in s.data.sheets else {}
        if not uncached:
            continue
        for key, v in row.values.items():
            formula = uncached.get(v.cell)
            if formula is None:
                continue
            shown = uncached_text(formula)
            if tbl.column(key).kind in NUMERIC:
                yield Issue(tbl.sheet, v.cell, f"rumus tanpa nilai tersimpan ({shown}): nilainya "
                            f"tidak diketahui; {_ADVICE}", row.label, key, actual=shown)
            else:
                text = formula_literal(formula) or shown
                yield Issue(tbl.sheet, v.cell, f"rumus tanpa nilai tersimpan ({shown}); dipakai "
                            f"teks '{short(text)}'; {_ADVICE}", row.label, key, actual=shown,
                            severity="warning")


def _too_long(length: int) -> str:
    return (f"teks sepanjang {format_angka(length)} karakter melebihi batas Excel "
            f"{format_angka(TEXT_LIMIT)} karakter per sel; di buku kerja akhir teks dipotong. "
            "Bagi teks itu ke beberapa baris")


@rule("value.text_too_long", "warning", needs={"data"},
      title="Teks melebihi batas sel Excel",
      explanation="""Excel menyimpan paling banyak 32.767 karakter per sel; buku kerja dengan teks
      lebih panjang harus diperbaiki Excel saat dibuka. lkip-xl memotong teks itu di buku kerja
      akhir. Bagi teks panjang ke beberapa baris.""",
      wrong="Teks: (40.000 karakter dalam satu sel)",
      right="Teks: (dua baris, masing-masing 20.000 karakter)")
def text_too_long(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for key, v in s.data.identity_values.items():
        if isinstance(v.raw, str) and len(v.raw.strip()) > TEXT_LIMIT:
            label = next(f.label for f in schema.IDENTITY if f.key == key)
            yield Issue(schema.IDENTITY_SHEET, v.cell, _too_long(len(v.raw.strip())), label,
                        column="Isi", actual=len(v.raw.strip()), expected=TEXT_LIMIT)
    for tbl in schema.TABLES:
        info = s.data.sheets.get(tbl.sheet)
        for ref, (key, length) in (info.cut if info else {}).items():
            yield Issue(tbl.sheet, ref, _too_long(length), "", key, actual=length,
                        expected=TEXT_LIMIT)


@rule("value.merged_cell", "error", needs={"data"},
      title="Sel gabungan di kolom angka",
      explanation="""Sel gabungan (Merge & Center) menyimpan nilainya hanya di sel pertamanya;
      baris lain yang ditutupinya terbaca kosong. Di kolom angka yang wajib ini galat, di
      kolom angka lain peringatan. Batalkan penggabungan dan isi nilai setiap baris.""",
      wrong="Anggaran (Rp) E5:E7 digabung, berisi 750000000",
      right="E5: 250000000, E6: 250000000, E7: 250000000")
def merged_cell(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        info = s.data.sheets.get(tbl.sheet)
        if info is None or not info.merged:
            continue
        by_index = {i: tbl.column(key) for key, i in info.columns.items()}
        for ref in info.merged:
            span = a1.box(ref)
            if span is None:
                continue
            top, left, bottom, right = span
            if bottom <= info.header_row or (top == bottom and left == right):
                continue
            for index in range(left - 1, right):
                column = by_index.get(index)
                if column is None or column.kind not in NUMERIC:
                    continue
                yield Issue(tbl.sheet, a1.ref(max(top, info.header_row + 1), index + 1),
                            f"sel gabungan {ref} menutupi baris {top}-{bottom}: nilainya hanya "
                            "tersimpan di sel pertamanya, baris lain terbaca kosong; batalkan "
                            "penggabungan sel (Merge & Center) lalu isi nilai di setiap baris",
                            "", column.key, actual=ref,
                            severity=None if column.required else "warning")


@rule("value.tabel_tidak_ada", "info", needs={"data"},
      title="Tabel yang tidak diisi",
      explanation="""Buku kerja data tidak memuat lembar sebuah tabel laporan. Unit boleh tidak
      melaporkan sebuah tabel: tabel itu tidak dimuat di laporan dan nomor tabel berikutnya
      menyesuaikan. Catatan ini membantu menemukan lembar yang namanya salah ketik (lihat juga
      value.lembar_tidak_dikenal).""",
      wrong="(tidak ada lembar 'Tabel 1.3')", right="lembar 'Tabel 1.3' dengan judul kolomnya")
def table_left_out(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        if tbl.sheet not in s.data.sheets and not tbl.optional:
            yield Issue(tbl.sheet, "", f"lembar '{tbl.sheet}' tidak ada di buku kerja data; "
                        "tabel ini tidak dimuat di laporan", file=s.file)


@rule("value.lembar_tidak_dikenal", "warning", needs={"data"},
      title="Lembar yang namanya mirip tabel laporan",
      explanation="""Lembar buku kerja data yang namanya diawali "Tabel" tetapi tidak sama dengan
      nama tabel mana pun tidak dibaca. Biasanya ejaannya salah (spasi ganda, titik koma):
      ganti nama lembar agar persis seperti nama tabel (lihat docs/format-data.md).""",
      wrong="lembar 'Tabel 2,5'", right="lembar 'Tabel 2.5'")
def unknown_sheet(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for file, name in s.data.other_sheets:
        if name.strip().lower().startswith("tabel"):
            yield Issue(name, "", f"lembar '{name}' tidak dikenal dan tidak dibaca; nama lembar "
                        "tabel harus persis seperti di docs/format-data.md", file=file)


@rule("value.identitas_kosong", "warning", needs={"data"},
      title="Identitas laporan belum lengkap",
      explanation="""Instansi, pemerintah daerah, kota, tahun awal dan akhir Renstra, serta
      jabatan, nama dan NIP penandatangan dicetak di sampul, di judul tabel dan di halaman
      tanda tangan. Pemeriksaan tetap berjalan tanpa isian ini (tahun awal Renstra diambil dari
      judul kolom Tabel 2.2), tetapi laporan akhir tidak dapat ditandatangani sebelum semuanya
      diisi di lembar Identitas.""",
      wrong="NIP: (kosong)", right="NIP: 19740309 199303 1 005")
def identity_missing(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    labels = {f.key: f.label for f in schema.IDENTITY}
    for key in schema.SIGNATORY:
        v = s.data.identity_values.get(key)
        if v is not None and str(v.display() or "").strip():
            continue
        inferred = str(s.data.identity.get(key) or "").strip()
        guess = f" (sementara diambil dari judul kolom Tabel 2.2: {inferred})" if inferred else ""
        yield Issue(schema.IDENTITY_SHEET, v.cell if v else "",
                    f"'{labels[key]}' belum diisi{guess}; laporan akhir perlu isian ini untuk "
                    "ditandatangani", labels[key], column="Isi")


@rule("value.identitas_pilihan", "warning", needs={"data"},
      title="Isian identitas di luar pilihannya",
      explanation="""Sebutan Laporan adalah LKIP atau LKjIP; Penomoran Tabel adalah "per bab"
      (Tabel 2.5: tabel kelima di Bab II) atau "urut" (Tabel 1, 2, 3, … sepanjang laporan);
      Tanda Desimal adalah "otomatis" atau "koma" (laporan menulis 3,157 untuk tiga koma
      satu lima tujuh dan 1.000 untuk seribu). Isian lain tidak dikenal dan diganti nilai
      bawaannya.""",
      wrong="Penomoran Tabel: berurutan", right="Penomoran Tabel: urut")
def identity_choice(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for f in schema.IDENTITY:
        given = str(s.data.identity.get(f.key) or "").strip()
        if not f.choices or not given or given.lower() in (c.lower() for c in f.choices):
            continue
        v = s.data.identity_values.get(f.key)
        yield Issue(schema.IDENTITY_SHEET, v.cell if v else "",
                    f"'{f.label}' berisi '{given}', bukan salah satu dari "
                    f"{', '.join(repr(c) for c in f.choices)}; dipakai '{f.default}'",
                    f.label, column="Isi", actual=given)


@rule("value.skala_predikat", "warning", needs={"data"},
      title="Skala predikat laporan yang tidak mencakup semua capaian",
      explanation="""Lembar Skala Predikat memuat skala predikat laporan sendiri (nama predikat
      dan batas bawahnya dalam persen), menggantikan skala bawaan Permendagri 86/2017 di
      Pengaturan. Skala perlu dimulai dari 0 agar setiap capaian mendapat predikat, dan tiap
      batas hanya sekali. Singkatan di dalam kurung adalah huruf awal nama predikatnya
      ('Sangat Baik (SB)'): singkatan predikat lain ('Sedang (K)') dilaporkan.""",
      wrong="Baik mulai dari 70; Sangat Baik mulai dari 85 (capaian 60% tanpa predikat)",
      right="Kurang mulai dari 0; Baik mulai dari 70; Sangat Baik mulai dari 85")
def predicate_scale(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    rows = [r for r in s.data.tables.get("Skala Predikat", []) if r.number("batas") is not None]
    if not rows:
        return
    lowest = min(rows, key=lambda r: r.number("batas") or 0)
    if (lowest.number("batas") or 0) > 0:
        yield Issue("Skala Predikat", lowest.values["batas"].cell,
                    f"skala dimulai dari {lowest.text('batas')}, bukan 0: capaian di bawahnya "
                    "tidak mendapat predikat", lowest.label, "batas", expected=0,
                    actual=lowest.number("batas"))
    seen: dict[float, str] = {}
    for r in rows:
        bound = float(r.number("batas") or 0)
        if bound in seen:
            yield Issue("Skala Predikat", r.values["batas"].cell,
                        f"batas {r.text('batas')} sudah dipakai untuk '{seen[bound]}'",
                        r.label, "batas", actual=r.number("batas"))
        seen.setdefault(bound, r.text("predikat"))
    for r in s.data.tables.get("Skala Predikat", []):
        m = _ABBREVIATED.fullmatch(" ".join(r.text("predikat").split()))
        if m and "".join(w[0] for w in m.group(1).split()).upper() != m.group(2).upper():
            yield Issue("Skala Predikat", r.values["predikat"].cell,
                        f"'{m.group(0)}': {m.group(2)} bukan singkatan '{m.group(1)}'",
                        r.label, "predikat", actual=m.group(0))


_ABBREVIATED = re.compile(r"([A-Za-z][A-Za-z ]*?)\s*\(\s*([A-Za-z]{1,4})\s*\)")


@rule("value.tabel_tambahan", "warning", needs={"data"},
      title="Tabel tambahan tanpa tempat atau tanpa isi",
      explanation="""Tabel laporan yang tidak ada di format ini (daftar aset, hasil evaluasi
      SAKIP per komponen, efisiensi SDM) diisi di lembar yang namanya diawali "Tambahan":
      judulnya di B1, bagian laporan tempatnya di B2, judul kolom di baris 4 dan isinya mulai
      baris 5. Bagian yang tidak dikenal membuat tabel ditaruh di akhir BAB III (Efisiensi
      Penggunaan Sumber Daya); tabel tanpa judul kolom atau tanpa baris tidak dimuat.""",
      wrong="Bagian: Bab 3 bagian C", right="Bagian: C. Efisiensi Penggunaan Sumber Daya")
def extra_table(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for extra in s.data.extras:
        if not extra.header or not extra.rows:
            yield Issue(extra.sheet, "A4", "tabel tambahan tanpa judul kolom di baris 4 atau "
                        "tanpa baris isi di bawahnya: tidak dimuat di laporan", file=extra.file)
        elif outline.section_of(extra.place) is None:
            yield Issue(extra.sheet, "B2", f"bagian '{extra.place}' tidak dikenal; tabel "
                        f"ditaruh di '{outline.EXTRA_DEFAULT}'. Tulis judul bagian seperti di "
                        "daftar isi, misalnya '2.3 Perjanjian Kinerja' atau 'BAB III'",
                        file=extra.file, actual=extra.place)


@rule("value.kolom_tahun", "warning", needs={"data"},
      title="Kolom tahun di luar tahun laporan dan Renstra",
      explanation="""Judul kolom per tahun dihitung dari Tahun Laporan dan Tahun Awal Renstra di
      lembar Identitas (Tabel 2.2 dan 3.2 memuat tahun-tahun Renstra). Kolom untuk tahun lain
      tidak dibaca: biasanya Tahun Awal Renstra di Identitas berbeda dengan judul kolom, atau
      judul kolom salah ketik.""",
      wrong="Renstra 2021-2026, kolom 'Target 2027'",
      right="Renstra 2022-2027, kolom 'Target 2027'")
def year_column(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for sheet, info in s.data.sheets.items():
        for cell, text in info.other_years.items():
            yield Issue(sheet, cell, f"kolom '{text}' tidak dibaca: tahunnya bukan tahun "
                        "laporan atau tahun Renstra di lembar Identitas", file=info.file,
                        actual=text)


_MONTHS = (r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
           r"nopember|november|desember")
_FULL_DATE = re.compile(rf"\b(\d{{1,2}})\s+(?:{_MONTHS})\s+(\d{{4}})\b|"
                        r"\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b", re.I)


@rule("value.tanggal", "warning", needs={"data"},
      title="Tanggal penandatanganan yang tidak lengkap",
      explanation="""Tanggal Penandatanganan di lembar Identitas dicetak di bawah Kata
      Pengantar dan Ringkasan Eksekutif: tanggal, bulan dan tahun harus lengkap (tanggal
      yang dikosongkan untuk diisi dengan tangan sering tercetak kosong). Laporan tahunan
      tidak dapat ditandatangani sebelum tahun laporannya berakhir.""",
      wrong="Tanggal Penandatanganan: 2017 (tercetak 'Bandung,        2017')",
      right="Tanggal Penandatanganan: 28 Februari 2017")
def signing_date(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    v = s.data.identity_values.get("tanggal")
    if v is None or v.raw is None or not str(v.display() or "").strip() \
            or isinstance(v.raw, (datetime.date, datetime.datetime)):
        return
    given = " ".join(str(v.display()).split())
    label = "Tanggal Penandatanganan"
    m = _FULL_DATE.search(given)
    if m is None:
        yield Issue(schema.IDENTITY_SHEET, v.cell, f"'{label}' berisi '{given}': tanggal, bulan "
                    "dan tahun tidak lengkap", label, column="Isi", actual=given)
    elif int(m.group(2) or m.group(5)) < s.data.year:
        yield Issue(schema.IDENTITY_SHEET, v.cell, f"'{label}' {given} sebelum tahun laporan "
                    f"{s.data.year}", label, column="Isi", expected=s.data.year, actual=given)
    elif int(m.group(2) or m.group(5)) == s.data.year:
        yield Issue(schema.IDENTITY_SHEET, v.cell, f"'{label}' {given}: laporan tahun "
                    f"{s.data.year} ditandatangani sebelum tahun itu berakhir", label,
                    column="Isi", expected=s.data.year + 1, actual=given)


_KEPALA = re.compile(r"\bKepala\s+(Biro|Dinas|Badan|Kantor|Bagian|Satuan|Pusat|Balai|Bidang)"
                     r"\s+(.+?)(?=\s+(?:Sekretariat|Setda|Provinsi|Kabupaten|Kota|Kab\.)\b|$)",
                     re.I)
_PANGKAT = re.compile(r"\b(Pembina|Penata|Pengatur|Juru)(?:\s+(Utama|Muda))?(?:\s+(Madya|Muda))?"
                      r"(?:\s*,?\s*(?:Tingkat|Tk\.?)\s*(?:I|1)\b)?", re.I)
_NAMA_JABATAN = re.compile(r"\bNama\s*:\s*(.+?)\s+Jabatan\s*:\s*(.+?)"
                           r"(?=\s+(?:selanjutnya|selaku|NIP|Pangkat|Nama)\b|[;,]|\.\s|$)", re.I)


def _pangkat(text: str) -> str:
    return " ".join(re.sub(r"\bTk\.?", "tingkat", text, flags=re.I).casefold().replace(",", "")
                    .replace("1", "i").split())


def _person(text: str) -> str:
    return "".join(re.findall(r"[a-z]", text.casefold()))


@rule("value.penandatangan", "warning", needs={"data"},
      title="Jabatan atau pangkat penandatangan yang berbeda dengan bagian lain laporan",
      explanation="""Jabatan penandatangan di lembar Identitas yang menyebut unit lain
      ('Kepala Biro ...' dengan nama Biro yang bukan nama Instansi), dan jabatan atau pangkat
      yang berbeda dengan yang ditulis untuk orang yang sama (nama atau NIP yang sama) di teks
      laporan, misalnya di Perjanjian Kinerja yang dikutip. Pangkat dapat berubah di tengah
      tahun: periksa mana yang benar.""",
      wrong="Identitas: Kepala Biro Pengendalian Pembangunan, Pembina Utama Muda; Perjanjian "
            "Kinerja: Kepala Biro Administrasi Pembangunan, Pembina Tingkat I (NIP sama)",
      right="Kepala Biro Administrasi Pembangunan, Pembina Tingkat I di keduanya")
def signatory(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    values = s.data.identity_values
    labels = {f.key: f.label for f in schema.IDENTITY}
    jabatan, pangkat = values.get("jabatan"), values.get("pangkat")
    instansi = str(s.data.identity.get("instansi") or "")
    nama = _person(str(s.data.identity.get("nama") or ""))
    nip = re.sub(r"\D", "", str(s.data.identity.get("nip") or ""))
    said = " ".join(str(jabatan.display() or "").split()) if jabatan is not None else ""
    m = _KEPALA.search(said)
    if m and jabatan is not None and instansi.casefold().startswith(m.group(1).casefold()):
        own = re.sub(rf"^\s*{m.group(1)}\s+", "", instansi, flags=re.I)
        other = tables.foreign_words(m.group(2), own)
        if other:
            yield Issue(schema.IDENTITY_SHEET, jabatan.cell, f"jabatan '{said}' menyebut "
                        f"{m.group(1).capitalize()} lain: Instansi laporan ini '{instansi}'",
                        labels["jabatan"], column="Isi", expected=instansi, actual=said)
    own_pangkat = _PANGKAT.search(str(pangkat.display() or "")) if pangkat is not None else None
    told: set[str] = set()
    for sheet, _, value in tables.texts(s.data):
        text = " ".join((value.text or "").split())
        for j in _NAMA_JABATAN.finditer(text):
            person, title = _person(j.group(1)), " ".join(j.group(2).split())
            if jabatan is not None and said and len(person) >= 6 and nama and (
                    person in nama or nama in person) \
                    and tables.name_words(title) != tables.name_words(said) \
                    and "jabatan" not in told:
                told.add("jabatan")
                yield Issue(schema.IDENTITY_SHEET, jabatan.cell, f"jabatan '{said}', tetapi "
                            f"{sheet} {value.cell} menyebut {j.group(1).strip()} sebagai "
                            f"'{title}'", labels["jabatan"], column="Isi", expected=title,
                            actual=said)
        if own_pangkat is None or pangkat is None or len(nip) < 18 or "pangkat" in told:
            continue
        for n in re.finditer(r"\d[\d .]{16,30}\d", text):
            if re.sub(r"\D", "", n.group(0)) != nip:
                continue
            near = list(_PANGKAT.finditer(text, max(0, n.start() - 80), n.start()))
            if near and _pangkat(near[-1].group(0)) != _pangkat(own_pangkat.group(0)):
                told.add("pangkat")
                yield Issue(schema.IDENTITY_SHEET, pangkat.cell, f"pangkat "
                            f"'{own_pangkat.group(0)}', tetapi {sheet} {value.cell} menulis "
                            f"'{near[-1].group(0)}' untuk NIP yang sama", labels["pangkat"],
                            column="Isi", expected=near[-1].group(0),
                            actual=own_pangkat.group(0))
                break
