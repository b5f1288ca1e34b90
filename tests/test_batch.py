"""Many LKIPs at once (issue 16): ``lkip-xl fill FOLDER`` / ``validate FOLDER`` and
:func:`lkip_xl.jobs.batch.run_batch` on a process pool and on a Dask LocalCluster."""

from __future__ import annotations

import json
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic import write_pemda

from lkip_xl.cli.commands import cli
from lkip_xl.jobs.batch import BatchItem, collect, run_batch

BROKEN = ("bukan berkas Excel .xlsx yang dapat dibaca (bukan arsip zip); buka di Excel lalu "
          "simpan sebagai Buku Kerja Excel (.xlsx)")


@pytest.fixture(scope="module")
def pemda(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four small units of a Pemda, the last a broken file."""
    folder = tmp_path_factory.mktemp("batch") / "pemda"
    paths = write_pemda(folder, 4, seed=0, small=True)
    assert [p.name for p in paths] == [
        "01-dinas-pendidikan.xlsx", "02-dinas-kesehatan.xlsx",
        "03-dinas-pekerjaan-umum-dan-penataan-ruang.xlsx",
        "04-badan-perencanaan-pembangunan-daerah.xlsx"]
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="lkip-xl")
    return result.exit_code, result.stdout, result.stderr


def test_fill_folder_fills_every_good_unit_and_reports_the_broken_one(
        pemda: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil"
    code, stdout, stderr = run("fill", str(pemda), "--out", str(out), "--no-pdf", "--jobs", "2")
    assert code == 1  # one failed, and the units have errors
    lines = stdout.splitlines()
    assert lines[0].split() == ["Berkas", "Instansi", "Tahun", "Galat", "Peringatan", "Hasil"]
    assert lines[1].split() == ["01-dinas-pendidikan.xlsx", "Dinas", "Pendidikan", "2021", "6",
                                "0", "dinas-pendidikan-2021-final.xlsx"]
    assert lines[3] == ("03-dinas-pekerjaan-umum-dan-penataan-ruang.xlsx  Dinas Pekerjaan Umum "
                        "dan Penataan Ruang  2021       6           3  dinas-pekerjaan-umum-dan-"
                        "penataan-ruang-2021-final.xlsx")
    assert lines[4].split()[:6] == ["04-badan-perencanaan-pembangunan-daerah.xlsx", "-", "-", "-",
                                    "-", "GAGAL:"]
    assert lines[4].endswith(f"GAGAL: berkas 04-badan-perencanaan-pembangunan-daerah.xlsx: "
                             f"{BROKEN}")
    assert lines[-2:] == ["4 LKIP: 3 selesai, 1 gagal, 3 dengan galat",
                          f"Hasil di folder: {out}"]
    assert "Mengisi 4 LKIP" in stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{unit}-2021-{kind}" for unit in ("dinas-pendidikan", "dinas-kesehatan",
                                           "dinas-pekerjaan-umum-dan-penataan-ruang")
        for kind in ("final.xlsx", "validasi.json"))


def test_validate_several_files_with_batch_as_json(pemda: Path) -> None:
    code, stdout, stderr = run("validate", str(pemda / "01-dinas-pendidikan.xlsx"),
                               str(pemda / "04-badan-perencanaan-pembangunan-daerah.xlsx"),
                               "--batch", "--format", "json")
    assert code == 1
    assert stderr == ""  # no progress bar for programs
    payload = json.loads(stdout)
    assert payload["action"] == "validate"
    assert payload["summary"] == {"total": 2, "done": 1, "failed": 1, "with_errors": 1}
    good, broken = payload["items"]
    assert set(good) == {"file", "instansi", "tahun", "ok", "error", "errors", "warnings",
                         "kind", "findings"}
    assert (good["file"], good["instansi"], good["tahun"], good["ok"], good["error"],
            good["kind"]) == (str(pemda / "01-dinas-pendidikan.xlsx"), "Dinas Pendidikan", 2021,
                              False, None, "data")
    assert good["errors"] == sum(f["severity"] == "error" for f in good["findings"]) == 6
    assert {"rule", "severity", "sheet", "cell", "message"} <= set(good["findings"][0])
    assert broken["error"] == f"berkas 04-badan-perencanaan-pembangunan-daerah.xlsx: {BROKEN}"
    assert (broken["ok"], broken["findings"]) == (False, [])


def test_several_files_are_one_lkip_without_batch(pemda: Path, tmp_path: Path) -> None:
    files = [str(pemda / "01-dinas-pendidikan.xlsx"), str(pemda / "02-dinas-kesehatan.xlsx")]
    code, _, stderr = run("fill", *files, "--out", str(tmp_path), "--no-pdf", "-q")
    assert code == 1  # one LKIP in two files, and both have the sheet Identitas
    assert "lembar 'Identitas' ada di dua berkas" in stderr


def test_folders_and_patterns_name_workbooks(pemda: Path, tmp_path: Path) -> None:
    (tmp_path / "~$01-dinas-pendidikan.xlsx").write_bytes(b"Excel's lock file")
    (tmp_path / "catatan.txt").write_text("bukan buku kerja")
    shutil.copy(pemda / "01-dinas-pendidikan.xlsx", tmp_path / "a.xlsx")
    assert collect([tmp_path]) == [tmp_path / "a.xlsx"]
    assert collect([pemda / "0[12]-*.xlsx", pemda / "01-dinas-pendidikan.xlsx"]) == [
        pemda / "01-dinas-pendidikan.xlsx", pemda / "02-dinas-kesehatan.xlsx"]


def test_units_of_the_same_name_are_reported_as_duplicates(pemda: Path,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("01-dinas-pendidikan.xlsx", "02-dinas-kesehatan.xlsx"):
        shutil.copy(pemda / name, folder / name)
    shutil.copy(pemda / "01-dinas-pendidikan.xlsx", folder / "01-salinan.xlsx")
    with ThreadPoolExecutor(1) as pool:
        items = run_batch(collect([folder]), "fill", out_dir=tmp_path / "hasil",
                          executor=pool, pdf=False)
    assert [(Path(i.file).name, i.error) for i in items] == [
        ("01-dinas-pendidikan.xlsx", "duplikat: instansi dan tahun sama dengan 01-salinan.xlsx; "
         "hasilnya akan bernama sama, jadi tidak diisi (hapus atau perbaiki salah satunya)"),
        ("01-salinan.xlsx", "duplikat: instansi dan tahun sama dengan 01-dinas-pendidikan.xlsx; "
         "hasilnya akan bernama sama, jadi tidak diisi (hapus atau perbaiki salah satunya)"),
        ("02-dinas-kesehatan.xlsx", None)]
    assert items[0].instansi == "Dinas Pendidikan"
    assert sorted(p.name for p in (tmp_path / "hasil").iterdir()) == [
        "dinas-kesehatan-2021-final.xlsx", "dinas-kesehatan-2021-validasi.json"]


def test_a_process_pool_and_a_dask_local_cluster_give_the_same_results(
        pemda: Path, tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    paths = collect([pemda])
    seen: list[tuple[int, int]] = []
    pooled = run_batch(paths, "fill", out_dir=tmp_path / "pool", pdf=False, jobs=2,
                       progress=lambda name, done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with ThreadPoolExecutor(2) as threads:
        checked = run_batch(paths, "validate", executor=threads, with_findings=True)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        clustered = run_batch(paths, "fill", out_dir=tmp_path / "dask", pdf=False,
                              executor=client.get_executor())
        checked_there = run_batch(paths, "validate", executor=client.get_executor(),
                                  with_findings=True)

    def named(items: list[BatchItem]) -> list[BatchItem]:
        return [replace(i, outputs=[Path(p).name for p in i.outputs]) for i in items]

    assert named(clustered) == named(pooled)
    assert [i.outputs[:1] for i in pooled] == [
        [str(tmp_path / "pool" / "dinas-pendidikan-2021-final.xlsx")],
        [str(tmp_path / "pool" / "dinas-kesehatan-2021-final.xlsx")],
        [str(tmp_path / "pool" / "dinas-pekerjaan-umum-dan-penataan-ruang-2021-final.xlsx")], []]
    assert checked_there == checked
    assert [(i.errors, i.warnings) for i in checked] == [(i.errors, i.warnings) for i in pooled]
    assert [i.kind for i in checked] == ["data", "data", "data", ""]


def test_dask_without_the_extra_is_one_clear_error(pemda: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    code, stdout, stderr = run("validate", str(pemda), "--dask", "tcp://127.0.0.1:8786")
    assert (code, stdout) == (1, "")
    assert stderr == ("Error: --dask memerlukan Dask distributed, yang belum terpasang; pasang "
                      'dengan: pip install "lkip-xl[dask]"\n')


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    code, _, stderr = run("validate", str(tmp_path))
    assert code == 1
    assert stderr.endswith("tidak ada buku kerja (.xlsx atau .xlsm) di folder ini\n")
