"""The outputs beside a final workbook: made from this version of it?"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from lkip_xl.rules.registry import Issue, Subject, rule
from lkip_xl.xlsx.files import made_from


@rule("output.stale_pdf", "warning", needs={"outputs"},
      title="PDF di samping buku kerja akhir dibuat dari versi lain",
      explanation="""PDF lkip-xl mencatat sidik (SHA-256) buku kerja akhir yang menjadi
      sumbernya. Bila PDF di samping buku kerja ini dibuat dari versi lain (buku kerja diubah
      setelah PDF dibuat, atau proses fill terhenti di tengah), PDF itu tidak lagi menunjukkan
      isi buku kerja: jalankan lkip-xl export lagi.""",
      wrong="lkip-2020-final.pdf dibuat sebelum Narasi diubah",
      right="lkip-xl export lkip-2020-final.xlsx --force")
def stale_pdf(s: Subject) -> Iterator[Issue]:
    assert s.outputs is not None
    pdf = s.outputs.with_suffix(".pdf")
    source = made_from(pdf) if pdf.is_file() else None
    if source is None:
        return
    digest = hashlib.sha256(s.outputs.read_bytes()).hexdigest()
    if source[1] != digest:
        yield Issue("", "", f"PDF {pdf.name} di samping buku kerja ini dibuat dari versi lain "
                    f"buku kerja (SHA-256 {source[1][:12]}, buku kerja ini {digest[:12]}); "
                    f"jalankan lkip-xl export {s.outputs.name} --force agar PDF sesuai isi buku "
                    "kerja", expected=digest, actual=source[1], file=str(s.outputs))
