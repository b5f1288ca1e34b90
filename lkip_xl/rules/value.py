"""Values that cannot be right: budgets overspent or negative, units, copied realisasi."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkip_xl.book.inputbook import Row, Value
from lkip_xl.model import schema
from lkip_xl.model.numbers import format_rupiah
from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.rules.tables import budget_lines, by_key, cell_number, show


def _budget_rows(s: Subject) -> Iterator[tuple[Row, float | None, float | None]]:
    """Each kegiatan (or sub kegiatan) of Realisasi Anggaran with its anggaran and
    realisasi, as the report shows them (an anggaran left to the link from Tabel 2.5
    counts); a kegiatan over its sub kegiatan is their subtotal, not a line of its own."""
    assert s.shown is not None
    for row in budget_lines(s.shown, "Realisasi Anggaran"):
        yield row, row.number("anggaran"), row.number("realisasi")


def _realisasi_cell(row: Row) -> str:
    v = row.values.get("realisasi")
    return v.cell if v is not None else ""


@rule("value.realisasi_tanpa_pagu", "error", needs={"shown"},
      title="Realisasi pada kegiatan tanpa anggaran",
      explanation="""Sebuah kegiatan di Realisasi Anggaran beranggaran 0 tetapi mencatat
      realisasi: uang tidak dapat dibelanjakan tanpa pagu.""",
      wrong="Anggaran Rp 0, realisasi Rp 3.641.311.350",
      right="Anggaran Rp 4.045.901.500, realisasi Rp 3.641.311.350")
def realisasi_without_pagu(s: Subject) -> Iterator[Issue]:
    for row, a, r in _budget_rows(s):
        if a is not None and r is not None and a == 0 and r > 0:
            yield Issue("Realisasi Anggaran", _realisasi_cell(row),
                        f"realisasi {format_rupiah(r)} pada kegiatan dengan anggaran 0",
                        row.label, "realisasi", expected=0, actual=r)


@rule("value.realisasi_melebihi_pagu", "error", needs={"shown"},
      title="Realisasi melebihi anggaran",
      explanation="""Realisasi sebuah kegiatan lebih besar dari anggarannya: biasanya angka yang
      tertukar atau salah ketik (di LKIP contoh: realisasi 1.499% dari anggaran).""",
      wrong="Anggaran Rp 1.020.000.000, realisasi Rp 15.288.437.761",
      right="Anggaran Rp 1.020.000.000, realisasi Rp 952.887.761")
def realisasi_over_pagu(s: Subject) -> Iterator[Issue]:
    for row, a, r in _budget_rows(s):
        if a is not None and r is not None and a != 0 and r > a:
            yield Issue("Realisasi Anggaran", _realisasi_cell(row),
                        f"realisasi {format_rupiah(r)} melebihi anggaran {format_rupiah(a)} "
                        f"({r / a:.0%} dari anggaran)", row.label, "realisasi",
                        expected=a, actual=r)


@rule("value.tanpa_realisasi", "warning", needs={"shown"},
      title="Anggaran tanpa realisasi",
      explanation="""Sebuah kegiatan beranggaran tetapi realisasinya tidak diisi. Bila memang
      tidak ada belanja, isi 0; sel kosong berarti belum diisi.""",
      wrong="Anggaran Rp 250.000.000, realisasi (kosong)",
      right="Anggaran Rp 250.000.000, realisasi Rp 0")
def no_realisasi(s: Subject) -> Iterator[Issue]:
    for row, a, _ in _budget_rows(s):
        realisasi = row.values.get("realisasi")
        if a and realisasi is not None and realisasi.blank:
            yield Issue("Realisasi Anggaran", realisasi.cell,
                        f"anggaran {format_rupiah(a)} tetapi realisasi tidak diisi", row.label,
                        "realisasi")


@rule("value.negative", "error", needs={"data"},
      title="Anggaran, realisasi atau jumlah pegawai negatif",
      explanation="""Anggaran, realisasi dan jumlah pegawai tidak mungkin kurang dari nol:
      biasanya tanda minus yang terketik, atau pengembalian yang dicatat sebagai belanja.""",
      wrong="Realisasi (Rp): -5.000.000", right="Realisasi (Rp): 5.000.000")
def negative(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        columns = [c for c in tbl.input_columns if c.kind in ("rupiah", "orang")]
        for row in s.data.tables.get(tbl.sheet, []):
            for col in columns:
                v = row.values.get(col.key)
                if v is not None and v.number is not None and v.number < 0:
                    what = "jumlah pegawai" if col.kind == "orang" else "anggaran atau realisasi"
                    yield Issue(tbl.sheet, v.cell,
                                f"nilai negatif {show(v, col.kind)}: {what} tidak mungkin kurang "
                                "dari nol; periksa tanda minus", row.label, col.key,
                                actual=v.number)


@rule("value.satuan", "error", needs={"data"},
      title="Nilai persen untuk indikator bersatuan indeks atau nilai",
      explanation="""Indikator yang satuannya di Perjanjian Kinerja (Tabel 2.6) indeks atau
      nilai (misalnya Nilai LPPD 3,4) tidak ditulis sebagai persen di tabel lain.""",
      wrong="Nilai LPPD (satuan indeks): 340%", right="Nilai LPPD (satuan indeks): 3,4")
def units(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    data = s.data
    unit_of = {" / ".join(r.key): r.text("satuan").strip().lower()
               for r in data.tables["Tabel 2.6"]}
    for tbl in schema.TABLES:
        for row in data.tables[tbl.sheet]:
            unit = unit_of.get(row.text("kode")) if "kode" in row.values else None
            if unit not in ("indeks", "nilai"):
                continue
            for col in tbl.input_columns:
                value = row.values.get(col.key)
                if col.kind == "nilai" and value is not None and value.unit == "persen":
                    yield Issue(tbl.sheet, value.cell,
                                f"{show(value)} ditulis sebagai persen, padahal satuan "
                                f"indikator ini {unit} (Tabel 2.6)", row.label, col.key,
                                expected=unit, actual=show(value))


@rule("value.realisasi_sama_target", "warning", needs={"shown"},
      title="Realisasi semua indikator sama persis dengan targetnya",
      explanation="""Bila realisasi setiap indikator Tabel 3.1 (paling sedikit tiga) sama persis
      dengan targetnya di Perjanjian Kinerja, realisasi itu mungkin tersalin dari target.""",
      wrong="IK01 target 80% realisasi 80%, IK02 target 83% realisasi 83%, ...",
      right="IK01 target 80% realisasi 76,5%, IK02 target 83% realisasi 84,1%, ...")
def realisasi_copies_target(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    pk = by_key(s.shown, "Tabel 2.6")
    pairs = []
    for row in s.shown.tables["Tabel 3.1"]:
        source = pk.get(" / ".join(row.key))
        realisasi = cell_number(row.values.get("realisasi"))
        if source is not None and realisasi is not None:
            pairs.append((row, realisasi, cell_number(source.values.get("target"))))
    if len(pairs) >= 3 and all(r == t for _, r, t in pairs):
        first = pairs[0][0].values["realisasi"]
        yield Issue("Tabel 3.1", first.cell,
                    f"realisasi semua {len(pairs)} indikator sama persis dengan targetnya; "
                    "periksa apakah realisasi tersalin dari target", key="realisasi")


@rule("value.bukan_bilangan_bulat", "error", needs={"data"},
      title="Jumlah orang bukan bilangan bulat",
      explanation="""Jumlah pegawai dihitung per orang: pecahan biasanya berasal dari rata-rata
      atau persen yang terketik di kolom jumlah.""",
      wrong="Jumlah (orang): 12,5", right="Jumlah (orang): 12")
def whole_counts(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        for col in tbl.input_columns:
            if col.kind != "orang":
                continue
            for row in s.data.tables[tbl.sheet]:
                value = row.values.get(col.key)
                if value is not None and value.number is not None and \
                        not float(value.number).is_integer():
                    yield Issue(tbl.sheet, value.cell,
                                f"jumlah orang {show(value)} bukan bilangan bulat", row.label,
                                col.key, actual=value.number)


def _percent_indicator(unit: str) -> bool:
    unit = unit.strip().lower()
    return "persen" in unit or unit == "%" or unit.startswith("% ")


@rule("value.skala_persen", "warning", needs={"data"},
      title="Persen yang diketik dengan skala berbeda (0,8 di antara 80 dan 95)",
      explanation="""Persen ditulis dengan tanda % (80%) atau sebagai angka persennya (80),
      tetapi tidak sebagai pecahan tanpa tanda % (0,8): di Excel 80% adalah 0,8, sehingga
      0,8 di samping 80 berbeda seratus kali lipat. Dilaporkan: target indikator bersatuan
      persen di Tabel 2.6 yang skalanya berbeda dengan sebagian besar target lain, dan
      realisasi yang sekitar seratus kali (atau seperseratus) targetnya.""",
      wrong="Target IK01 80, IK02 95, IK03 0,8 (satuan persen)",
      right="Target IK01 80, IK02 95, IK03 80 (atau semuanya 80%, 95%, 80%)")
def percent_scale(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    pk = by_key(s.data, "Tabel 2.6")
    targets = [(row, v, x) for row in pk.values()
               if _percent_indicator(row.text("satuan"))
               and (v := row.values.get("target")) is not None
               and (x := cell_number(v)) is not None and x > 0]
    small = [t for t in targets if t[2] <= 1.5]
    large = [t for t in targets if t[2] > 1.5]
    if len(targets) >= 3 and small and large:
        odd, usual = (small, large) if len(small) < len(large) else (large, small)
        if len(odd) * 3 <= len(targets):
            for row, v, _ in odd:
                yield Issue("Tabel 2.6", v.cell, f"target {show(v)} berskala lain dari "
                            f"{len(usual)} target persen lainnya (misalnya "
                            f"{show(usual[0][1])}); tulis persen dengan % atau sebagai "
                            "angka persennya", row.label, "target", actual=show(v))
    yield from _indicator_scale(s)


# Where an indicator's values are: its target, realisasi, Renstra targets, earlier years'.
_INDICATOR_VALUES = (("Tabel 2.6", ("target",)), ("Tabel 3.1", ("realisasi",)),
                     ("Tabel 2.2", ("target_", "kondisi_")),
                     ("Tabel 3.2", ("target_", "realisasi_")), ("Tabel 3.4", ("realisasi",)))


def _indicator_scale(s: Subject) -> Iterator[Issue]:
    """Values of one indicator about a hundred times its Perjanjian Kinerja target (or the
    first of its values there is), wherever they are written."""
    assert s.data is not None
    values: dict[str, list[tuple[str, Row, str, Value, float]]] = {}
    for sheet, prefixes in _INDICATOR_VALUES:
        for row in s.data.tables.get(sheet, []):
            if row.kind == "total":
                continue
            for key, v in row.values.items():
                x = cell_number(v) if key.startswith(prefixes) else None
                if x:
                    values.setdefault(" / ".join(row.key), []).append((sheet, row, key, v, x))
    for found in values.values():
        reference = found[0]
        for sheet, row, key, v, x in found[1:]:
            ratio = x / reference[4]
            if not (50 <= ratio <= 200 or 1 / 200 <= ratio <= 1 / 50):
                continue
            if v.number == reference[3].number:  # 10% here, 10 there: the same figure
                message = (f"{show(v)} ditulis {'dengan' if v.unit == 'persen' else 'tanpa'} "
                           f"tanda %, {reference[0]} menulis angka yang sama "
                           f"{show(reference[3])} {'tanpa' if v.unit == 'persen' else 'dengan'}"
                           " % untuk indikator yang sama: di Excel 80% adalah 0,8, sehingga "
                           "rumus yang memakai keduanya berbeda seratus kali. Tulis semua nilai "
                           "indikator ini dengan %, atau semuanya tanpa %")
            else:
                times = "seratus kali" if ratio > 1 else "seperseratus"
                message = (f"{show(v)} sekitar {times} {show(reference[3])} ({reference[0]}) "
                           "untuk indikator yang sama: ditulis dengan skala berbeda? (80% di "
                           "Excel adalah 0,8) Tulis semua nilai indikator ini dengan %, atau "
                           "semuanya tanpa %")
            yield Issue(sheet, v.cell, message, row.label, key, expected=show(reference[3]),
                        actual=show(v))


_PERCENT_NAME = re.compile(r"^\s*(?:persentase|prosentase|presentase|persen)\b", re.I)


# A count of things ("jumlah bangunan") and the units of a length, area, volume or weight.
_COUNT_NAME = re.compile(r"\bjumlah\s+(?!panjang|luas|volume|debit|berat|kapasitas|nilai|"
                         r"anggaran|dana|biaya|produksi|jam|hari|bulan|tahun|rata)\w+", re.I)
_MEASURE_UNIT = re.compile(r"^(?:km|m|meter|kilometer|ha|hektar|hektare|m2|m²|m3|m³|liter|"
                           r"ton|kg)\.?$", re.I)


@rule("value.satuan_nama", "warning", needs={"data"},
      title="Satuan yang tidak cocok dengan nama indikatornya",
      explanation="""Indikator yang namanya diawali 'Persentase' (atau 'Prosentase') diukur
      dalam persen: satuan lain di kolom Satuan (km, unit, dokumen) biasanya salinan dari
      indikator lain, atau nama indikator yang keliru. Begitu pula indikator yang menghitung
      banyaknya sesuatu ('jumlah bangunan') dengan satuan panjang, luas, isi atau berat (km,
      ha, m3, ton).""",
      wrong="Persentase panjang saluran irigasi yang terbangun: satuan km",
      right="Persentase panjang saluran irigasi yang terbangun: satuan %")
def unit_of_name(s: Subject) -> Iterator[Issue]:
    assert s.data is not None
    for tbl in schema.TABLES:
        keys = {c.key for c in tbl.columns}
        names = [k for k in ("indikator", "indikator_keluaran") if k in keys]
        if "satuan" not in keys or not names:
            continue
        for row in s.data.tables.get(tbl.sheet, []):
            name = next((row.text(k) for k in names if row.text(k).strip()), "")
            unit = row.values.get("satuan")
            given = row.text("satuan").strip()
            if unit is None or not given:
                continue
            if _PERCENT_NAME.search(name) and not _percent_indicator(given) \
                    and given.lower() not in ("prosen", "per sen"):
                yield Issue(tbl.sheet, unit.cell, f"indikator '{name.strip()[:60]}' diukur "
                            f"dalam persen, satuannya '{given}'", row.label, "satuan",
                            expected="%", actual=given)
            elif (count := _COUNT_NAME.search(name)) and _MEASURE_UNIT.match(given):
                yield Issue(tbl.sheet, unit.cell, f"indikator '{name.strip()[:60]}' menghitung "
                            f"banyaknya ('{count.group(0)}'), satuannya '{given}'", row.label,
                            "satuan", actual=given)


# A row number as reports write them: "3", "3.", "b.", "B)", "1.2." (the last part counts).
_NUMBERING = re.compile(r"^\s*(?:((?:\d+\.)*)(\d+)|([a-z])|([A-Z]))\s*[.)]*\s*$")


def _numbering(text: str) -> tuple[str, int] | None:
    """The kind of a row number (its prefix and whether it is a digit, a small or a capital
    letter) and its place: ("1.:digit", 2) of "1.2."; None for anything else."""
    m = _NUMBERING.match(text)
    if m is None:
        return None
    if m.group(2):
        return f"{m.group(1)}digit", int(m.group(2))
    letter = m.group(3) or m.group(4)
    return ("small" if m.group(3) else "capital"), ord(letter.lower()) - ord("a") + 1


@rule("value.nomor_urut", "warning", needs={"shown"},
      title="Nomor urut yang melompat",
      explanation="""Nomor di kolom No sebuah tabel (1., 2., 3. atau a., b., c., juga 1.1,
      1.2) yang melompati satu nomor atau lebih: baris yang terhapus, atau nomor yang tersalin
      dari laporan lain. Program dan kegiatan dinomori masing-masing; nomor yang mulai lagi
      dari 1 atau a (kelompok baru) tidak dilaporkan.""",
      wrong="No: 12., 13., 15., 16. (14. terlewat)",
      right="No: 12., 13., 14., 15.")
def numbering(s: Subject) -> Iterator[Issue]:
    assert s.shown is not None
    for tbl in schema.TABLES:
        if "no" not in tbl.keys:
            continue
        # (row kind, kind of number) -> the place and text of its last number
        last: dict[tuple[str, str], tuple[int, str]] = {}
        for row in s.shown.tables.get(tbl.sheet, []):
            value = row.values.get("no")
            found = _numbering(value.display()) if value is not None and not value.blank \
                else None
            if found is None or value is None:
                continue
            kind, place = found
            before = last.get((row.kind, kind))
            last[(row.kind, kind)] = (place, value.display().strip())
            if before is None or place == 1 or place <= before[0] + 1:
                continue
            yield Issue(tbl.sheet, value.cell, f"nomor '{value.display().strip()}' sesudah "
                        f"'{before[1]}': {place - before[0] - 1} nomor terlewat", row.label,
                        "no", expected=before[0] + 1, actual=place)
