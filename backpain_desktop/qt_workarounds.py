"""Work-arounds for known bugs in the Qt bindings, applied once, before the first Qt call, by ``app.main()``
and by the tests' conftest."""

from __future__ import annotations

import sys

_applied = False


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
