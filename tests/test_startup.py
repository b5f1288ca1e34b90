"""Start-up: ``lkip-xl --help``, ``--version`` and usage errors import no heavy library.

Each case runs the command in a fresh Python process (as staff run it) and lists the
modules it ended with; the command line imports a command's library only when that
command runs (``lkip_xl/cli/commands.py``).  How long start-up takes is measured by
``benchmarks/commands_bench.py``, not timed here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("openpyxl", "numpy", "pandas", "reportlab", "xlwings")
# the rest of the library that help has no use for
LIBRARY = ("jinja2", "formualizer", "python_calamine", "lxml", "num2words", "babel",
           "lkip_xl.book", "lkip_xl.rules", "lkip_xl.output", "lkip_xl.jobs", "lkip_xl.excel",
           "lkip_xl.xlsx")

PROBE = """
import atexit, json, sys
def report():
    print(json.dumps(sorted(sys.modules)), file=sys.__stderr__)
atexit.register(report)
from lkip_xl.cli import main
sys.argv = ["lkip-xl", *sys.argv[1:]]
main()
"""


def modules_after(*args: str) -> tuple[int, set[str]]:
    """The exit code of ``lkip-xl ARGS`` and every module imported by its end."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          timeout=60)
    last = done.stderr.strip().splitlines()[-1]
    return done.returncode, set(json.loads(last))


def loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in modules)]


@pytest.mark.parametrize("args", [
    ("--help",), ("--version",), ("fill", "--help"), ("validate", "--help"),
    ("export", "--help"), ("tidak-ada",), ("init", "x.xlsx", "--tahun"),
    ("validate",),
], ids=" ".join)
def test_help_version_and_usage_errors_import_no_heavy_library(args: tuple[str, ...]) -> None:
    code, modules = modules_after(*args)
    assert code in (0, 2)
    assert loaded(modules, HEAVY) == []
    assert loaded(modules, LIBRARY) == []


def test_aturan_imports_neither_reportlab_nor_xlwings_nor_pandas() -> None:
    code, modules = modules_after("aturan", "value.unreadable")
    assert code == 0
    assert loaded(modules, ("reportlab", "xlwings", "pandas", "formualizer", "jinja2")) == []


def test_fill_without_pdf_imports_neither_reportlab_nor_pandas(tmp_path: Path) -> None:
    """The final workbook's native charts come from output.charts; the drawings for the
    PDF (output.figures) and ReportLab are loaded only when a PDF is written; openpyxl
    comes without numpy and Pillow (lkip_xl.xlsx.lean)."""
    code, modules = modules_after("fill", "--no-pdf", "-q", "--out", str(tmp_path))
    assert code in (0, 1)  # the sample still has errors (1)
    assert loaded(modules, ("reportlab", "pandas", "xlwings", "lkip_xl.output.figures",
                            "numpy", "PIL", "urllib.request", "email")) == []


def test_engine_version_is_the_installed_one() -> None:
    from importlib.metadata import version

    from lkip_xl.xlsx.recalc import ENGINE

    assert f"formualizer {version('formualizer')}" == ENGINE


def test_openpyxl_without_numpy_leaves_numpy_importable() -> None:
    """After the lean import, numpy and Pillow import as usual for whoever needs them."""
    probe = ("import sys\n"
             "from lkip_xl.xlsx.lean import import_openpyxl\n"
             "import_openpyxl()\n"
             "from openpyxl.compat.numbers import NUMPY\n"
             "lean = 'numpy' not in sys.modules and 'PIL' not in sys.modules and not NUMPY\n"
             "import numpy, PIL.Image\n"
             "print(lean, numpy.__name__, PIL.Image.__name__)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["True", "numpy", "PIL.Image"]
