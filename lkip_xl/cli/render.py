"""Turning results into text for people and JSON for programs (used by the CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lkip_xl.model.findings import SEVERITY_TEXT, Finding, count_by_severity

if TYPE_CHECKING:  # the jobs import the whole library; the CLI imports this module lazily anyway
    from lkip_xl.jobs.fill import FillResult
    from lkip_xl.jobs.validate import Report


def finding_line(f: Finding) -> str:
    where = f"{f.sheet}!{f.cell}" if f.sheet else "(berkas)"
    label = f" [{f.row_label}]" if f.row_label else ""
    column = f" {f.column}:" if f.column else ""
    return f"  {SEVERITY_TEXT[f.severity]:<10} {where}{label}{column} {f.message}"


def fill_text(result: FillResult) -> str:
    """The summary fill prints: differences found, then the counts and the output."""
    lines = []
    differences = result.stated_differences
    if differences:
        lines.append("Angka tertulis yang berbeda dengan hasil rumus:")
        lines += [finding_line(f) for f in differences]
        lines.append("")
    unreadable = result.unreadable
    if unreadable:
        lines.append("Nilai yang tidak dapat dibaca (tetap ditulis sebagai teks, ditandai merah):")
        lines += [finding_line(f) for f in unreadable]
        lines.append("")
    counts = count_by_severity(result.findings)
    lines += [
        f"Tabel diisi           : {len(result.tables)} ({result.rows} baris, "
        f"{result.formulas} rumus)",
        f"Angka tertulis berbeda: {len(differences)}",
        f"Nilai tak terbaca     : {len(unreadable)}",
        f"Temuan validasi       : {counts['error']} galat, {counts['warning']} peringatan, "
        f"{counts['info']} catatan (lembar Validasi)",
        f"Dihitung ulang dengan : {result.engine}",
        f"Hasil                 : {result.output}",
        f"Laporan validasi      : {result.validation}",
    ]
    if result.pdf:
        lines.append(f"PDF                   : {result.pdf}")
    return "\n".join(lines)


def fill_json(result: FillResult) -> dict[str, Any]:
    return {
        "output": str(result.output),
        "engine": result.engine,
        "tables": [{"sheet": t.sheet, "rows": t.rows, "formulas": t.formulas}
                   for t in result.tables],
        "rows": result.rows,
        "formulas": result.formulas,
        "validation": str(result.validation),
        "pdf": str(result.pdf) if result.pdf else None,
        "stated_differences": len(result.stated_differences),
        "unreadable": len(result.unreadable),
        "counts": count_by_severity(result.findings),
        "findings": [f.as_dict() for f in result.findings],
    }


def validation_text(report: Report) -> str:
    """The findings grouped by sheet, then a count by severity."""
    kinds = {"data": "buku kerja data", "final": "buku kerja akhir", "other": "buku kerja"}
    lines = [f"{report.file} ({kinds[report.kind]})"]
    sheet = None
    for f in report.findings:
        if f.sheet != sheet:
            sheet = f.sheet
            lines.append(f"\n{sheet or 'Berkas'}")
        lines.append(finding_line(f).replace(f"{f.sheet}!", "", 1))
    counts = count_by_severity(report.findings)
    if not report.findings:
        lines.append("Tidak ada temuan.")
    lines.append("")
    lines.append(f"Temuan: {counts['error']} galat, {counts['warning']} peringatan, "
                 f"{counts['info']} catatan")
    return "\n".join(lines)


def validation_json(report: Report) -> dict[str, Any]:
    return {"file": report.file, "kind": report.kind,
            "findings": [f.as_dict() for f in report.findings]}


# Many LKIPs at once (lkip-xl fill FOLDER, validate FOLDER): one line each.

BATCH_KINDS = {"data": "buku kerja data", "final": "buku kerja akhir", "other": "buku kerja lain"}
INSTANSI_WIDTH = 40

if TYPE_CHECKING:
    from lkip_xl.jobs.batch import BatchItem


def batch_text(items: list[BatchItem], action: str) -> str:
    """The table of a batch: berkas, instansi, tahun, galat, peringatan, and the result
    (fill: the final workbook; validate: the kind of workbook) or GAGAL with the error;
    then how many were done."""
    from pathlib import Path

    from lkip_xl.jobs.batch import summary

    def short(text: str) -> str:
        return text if len(text) <= INSTANSI_WIDTH else text[:INSTANSI_WIDTH - 1] + "…"

    rows = [("Berkas", "Instansi", "Tahun", "Galat", "Peringatan", "Hasil")]
    for item in items:
        failed = item.error is not None
        result = (f"GAGAL: {item.error}" if failed
                  else Path(item.outputs[0]).name if item.outputs
                  else BATCH_KINDS.get(item.kind, item.kind))
        rows.append((Path(item.file).name, short(item.instansi) or "-", str(item.tahun or "-"),
                     "-" if failed else str(item.errors), "-" if failed else str(item.warnings),
                     result))
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    lines = []
    for r in rows:
        lines.append("  ".join([r[0].ljust(widths[0]), r[1].ljust(widths[1]),
                                r[2].ljust(widths[2]), r[3].rjust(widths[3]),
                                r[4].rjust(widths[4]), r[5]]).rstrip())
    counts = summary(items)
    lines.append("")
    lines.append(f"{counts['total']} LKIP: {counts['done']} selesai, {counts['failed']} gagal, "
                 f"{counts['with_errors']} dengan galat")
    if action == "fill" and any(i.outputs for i in items):
        folder = Path(next(i.outputs[0] for i in items if i.outputs)).parent
        lines.append(f"Hasil di folder: {folder}")
    return "\n".join(lines)


def batch_json(items: list[BatchItem], action: str) -> dict[str, Any]:
    """The batch for programs: the counts, and per LKIP its file, identity, counts,
    outputs or error (and, of validate, the findings)."""
    from lkip_xl.jobs.batch import summary

    return {
        "action": action,
        "summary": summary(items),
        "items": [{"file": i.file, "instansi": i.instansi, "tahun": i.tahun,
                   "ok": i.ok, "error": i.error, "errors": i.errors, "warnings": i.warnings,
                   **({"outputs": i.outputs} if action == "fill"
                      else {"kind": i.kind, "findings": i.findings})}
                  for i in items],
    }
