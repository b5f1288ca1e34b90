"""Where the bundled template and sample live.

In a source checkout they are the repository's ``templates/`` and
``workbooks/`` folders; an installed wheel carries copies in ``lkip_xl/data``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # lkip_xl
REPO = PACKAGE.parent
TEMPLATE_NAME = "lkip-template.xlsx"
SAMPLE_NAME = "contoh-tanjungpinang-2020.xlsx"


def _bundled(folder: str, name: str) -> Path:
    in_repo = REPO / folder / name
    return in_repo if in_repo.exists() else PACKAGE / "data" / name


def default_template() -> Path:
    return _bundled("templates", TEMPLATE_NAME)


def sample_workbook() -> Path:
    return _bundled("workbooks", SAMPLE_NAME)



def narasi_templates() -> Path:
    """The folder of the narrative's Jinja2 templates."""
    in_repo = REPO / "templates" / "narasi"
    return in_repo if in_repo.exists() else PACKAGE / "data" / "narasi"
