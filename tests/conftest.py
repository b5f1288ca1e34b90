from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from lkip_xl import paths  # noqa: E402


@pytest.fixture
def template_path() -> Path:
    return paths.default_template()


@pytest.fixture
def sample_path() -> Path:
    return paths.sample_workbook()
