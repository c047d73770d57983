"""The domain, store, paths and settings load without Qt or matplotlib, so they test in milliseconds."""

import pkgutil
import subprocess
import sys

import backpain_desktop.domain as domain


def test_domain_imports_neither_qt_nor_matplotlib():
    modules = [f"backpain_desktop.domain.{m.name}" for m in pkgutil.iter_modules(domain.__path__)]
    modules += ["backpain_desktop.store", "backpain_desktop.paths", "backpain_desktop.settings"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "heavy = ('PySide6', 'matplotlib', 'numpy')\n"
            + "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
            + "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 5
    assert result.stdout.strip() == ""
