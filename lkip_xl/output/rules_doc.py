"""The rules as users read them, in Bahasa Indonesia, generated from the registry.

``lkip-xl aturan`` prints them; ``docs/aturan.md`` is :func:`markdown` (a test keeps the
two equal: ``uv run python tools/update_rules_doc.py`` writes it).
"""

from __future__ import annotations

import textwrap
from typing import Any

from lkip_xl.model.findings import SEVERITY_TEXT
from lkip_xl.rules.registry import FAMILIES, NEEDS, Rule, rules


def listing() -> list[dict[str, Any]]:
    """Every rule as data: id, family, severity, needs, title."""
    return [{"id": r.id, "family": r.family, "severity": r.severity,
             "needs": sorted(r.needs), "title": r.title} for r in rules().values()]


def explained(r: Rule) -> dict[str, Any]:
    """One rule as data, with its explanation and examples."""
    return {"id": r.id, "family": r.family, "severity": r.severity, "needs": sorted(r.needs),
            "title": r.title, "explanation": r.explanation, "wrong": r.wrong, "right": r.right}


def text(r: Rule, width: int = 88) -> str:
    """One rule explained, as ``lkip-xl aturan ID`` prints it."""
    lines = [f"{r.id}: {r.title}", "",
             f"Keluarga : {r.family} ({FAMILIES[r.family]})",
             f"Tingkat  : {SEVERITY_TEXT[r.severity]}",
             f"Perlu    : {'; '.join(NEEDS[n] for n in sorted(r.needs))}", ""]
    lines += textwrap.wrap(r.explanation, width)
    lines += ["", f"Salah    : {r.wrong}", f"Benar    : {r.right}"]
    return "\n".join(lines)


def table() -> str:
    """Every rule, one line each, as ``lkip-xl aturan`` prints them."""
    entries = rules().values()
    width = max(len(r.id) for r in entries)
    lines = [f"{'Aturan':<{width}}  {'Tingkat':<10}  Judul"]
    lines += [f"{r.id:<{width}}  {SEVERITY_TEXT[r.severity]:<10}  {r.title}" for r in entries]
    lines += ["", f"{len(entries)} aturan. 'lkip-xl aturan ID' menjelaskan satu aturan."]
    return "\n".join(lines)


def markdown() -> str:
    """``docs/aturan.md``: every rule, by family."""
    out = ["# Aturan pemeriksaan lkip-xl", "",
           "Setiap temuan di lembar Validasi, di laporan JSON dan di keluaran `lkip-xl validate`",
           "menyebut aturan yang menemukannya. Halaman ini dibuat dari daftar aturan lkip-xl",
           "(`uv run python tools/update_rules_doc.py`); `lkip-xl aturan ID` menampilkan hal",
           "yang sama di Command Prompt.", "",
           "Tingkat: **galat** harus diperbaiki sebelum laporan ditandatangani; **peringatan**",
           "perlu diperiksa; **catatan** sekadar informasi. Kolom *Perlu* menyebut apa yang harus",
           "ada agar aturan dijalankan: aturan rumus berjalan pada buku kerja .xlsx apa pun,",
           "aturan hitungan hanya ketika buku kerja data diisi dan dihitung ulang (`fill`, atau",
           "`validate` pada buku kerja data).", ""]
    by_family: dict[str, list[Rule]] = {}
    for r in rules().values():
        by_family.setdefault(r.family, []).append(r)
    for family, members in by_family.items():
        out += [f"## `{family}`: {FAMILIES[family]}", ""]
        for r in members:
            out += [f"### `{r.id}`: {r.title}", "",
                    f"Tingkat: {SEVERITY_TEXT[r.severity]}. "
                    f"Perlu: {'; '.join(NEEDS[n] for n in sorted(r.needs))}.", "",
                    r.explanation, "",
                    f"- Salah: {r.wrong}", f"- Benar: {r.right}", ""]
    return "\n".join(out).rstrip() + "\n"
