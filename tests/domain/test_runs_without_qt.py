"""The domain tests run with neither Qt nor matplotlib loaded: the rules test without a screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

RUN = """
import sys, pytest
rc = pytest.main([{here!r}, "-q", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-o", "addopts=",
                  "-W", "ignore::pytest.PytestConfigWarning", "-k", "not runs_without_qt"])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "matplotlib", "numpy"))
print("HEAVY:" + ",".join(heavy))
sys.exit(rc)
"""


def test_domain_tests_pass_without_loading_qt_or_matplotlib():
    code = RUN.format(here=str(HERE))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
    heavy = [line for line in result.stdout.splitlines() if line.startswith("HEAVY:")]
    assert heavy == ["HEAVY:"], heavy
