"""Work-arounds for known bugs and costs in the Qt bindings, applied once, before the first Qt call, by
``app.main()`` and by the tests' conftest."""

from __future__ import annotations

import sys

_applied = False
_scan_lightened = False


def protect_none_refcount() -> None:
    """Keep a PySide6 reference-count bug from aborting the app.

    PySide6 6.12.0 returns ``None`` from C++ ``void`` methods, and ``True``/``False`` from signal emits,
    without taking a new reference. From Python 3.12 these objects are immortal and this is harmless; on
    3.10 and 3.11 every such call lowers a count by one, and after a few thousand calls the process dies
    with "Fatal Python error: none_dealloc" (or bool_dealloc). pyproject pins < 6.12 there; this guards an
    install that ignored the pin. Raising each count by 2**40 makes the three as good as immortal.
    """
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _applied = True


def lighten_import_scan() -> None:
    """Stop PySide6 keeping the source of every module imported after it in memory.

    shiboken6 wraps ``__import__`` and, for each newly imported module, decides whether it "uses PySide"
    (for ``from __feature__ import ...``) with ``inspect.getsource`` - which reads the whole file and
    keeps every line in ``linecache`` for the life of the process. For matplotlib and numpy that is
    about 20 MB and a tenth of a second on first chart. The same question is answered here by a byte
    search of the file, with nothing kept. If a PySide6 release drops or renames the function, nothing
    is changed.
    """
    global _scan_lightened
    if _scan_lightened:
        return
    import PySide6  # noqa: F401 - installs the import wrapper this adjusts

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    feature._mod_uses_pyside = _mentions_pyside
    _scan_lightened = True


def _mentions_pyside(module) -> bool:
    """PySide6's own test ("PySide6" anywhere in the module's source) without ``linecache``."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, extension or bytecode-only module: inspect finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
