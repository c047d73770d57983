"""PySide6's import scan no longer keeps the source of every later import in memory."""

from __future__ import annotations

import linecache
import sys

from backpain_desktop.qt_workarounds import lighten_import_scan


def test_modules_imported_after_pyside_leave_no_source_in_linecache(tmp_path, monkeypatch):
    lighten_import_scan()
    (tmp_path / "bp_scan_plain.py").write_text("VALUE = 1\n" * 500)
    (tmp_path / "bp_scan_qt.py").write_text("# uses PySide6\nVALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:  # the import statement, not importlib: PySide6 wraps builtins.__import__
        assert __import__("bp_scan_plain").VALUE == 1
        assert __import__("bp_scan_qt").VALUE == 2
        cached = {name for name in linecache.cache if name.startswith(str(tmp_path))}
        assert cached == set()
        feature = sys.modules["PySide6.support.feature"]
        # PySide6's own bookkeeping still gets the same answers: -1 ignore, 0 uses PySide6.
        assert feature.pyside_feature_dict["bp_scan_plain"] == -1
        assert feature.pyside_feature_dict["bp_scan_qt"] == 0
    finally:
        sys.modules.pop("bp_scan_plain", None)
        sys.modules.pop("bp_scan_qt", None)
