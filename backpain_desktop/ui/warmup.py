"""Importing slow, Qt-free modules on a background thread before a person needs them.

matplotlib (with numpy and its font list) takes most of a second to import, more on an old laptop, and
its first import ever builds a font cache for seconds. Done on the UI thread when the chart first opens,
that freezes the window. So when the Pacing tab is first built, :func:`warm_up` starts importing the
Qt-free part (``matplotlib.figure``) on a worker thread; the chart module's own import then finds it
loaded, or waits for the worker to finish it (Python's import locks make that safe).

Only Qt-free modules go here: PySide6 types are initialised lazily and are only touched from the UI
thread. Nothing is imported at start-up (tests/test_lazy_imports.py).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Iterable

log = logging.getLogger(__name__)

# The Qt-free bulk of what ui/chart.py needs (its Qt canvas is imported on the UI thread).
CHART_MODULES = ("matplotlib.figure", "matplotlib.dates", "matplotlib.backends.backend_agg")


def warm_up(modules: Iterable[str] = CHART_MODULES) -> threading.Thread | None:
    """Import ``modules`` on a worker thread; None when they are all loaded already.

    The thread is not a daemon: quitting while it runs waits for the import to finish, rather than
    killing it half way through a module. A failure is only logged; the real import reports it.
    """
    missing = [name for name in modules if name not in sys.modules]
    if not missing:
        return None

    def run() -> None:
        for name in missing:
            try:
                importlib.import_module(name)
            except Exception:  # the UI's own import of the module will show the problem
                log.warning("could not import %s ahead of time", name, exc_info=True)

    thread = threading.Thread(target=run, name="warm-up imports")
    thread.start()
    return thread
