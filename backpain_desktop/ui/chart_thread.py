"""The chart thread: one worker thread that loads matplotlib and numpy and does all of the chart's
matplotlib work, so the window keeps answering while a chart is loaded or drawn.

matplotlib's scene graph is not thread-safe, so a figure is only ever changed and drawn on this one
thread; the UI thread sends it plain data and gets back finished pictures (see ``ui/chart.py``). This
module imports neither matplotlib nor numpy itself. matplotlib's Qt backend is imported here too: it only
builds Python-side Qt enums and classes as it loads (no widget, no Qt call that needs the UI thread).

Both threads share one interpreter lock, which the UI thread needs for every call from Qt into Python.
So this thread keeps out of the UI thread's way: it pauses between the modules it imports, the switch
interval is short, and when the UI thread starts a burst of work a person waits for (a tab switch, a
save) it calls make_way(), and this thread waits at its next pause point (wait_for_quiet()).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

# Everything ui/chart.py imports, loaded away from the UI thread: nearly all of the first chart's cost.
HEAVY_MODULES = ("numpy", "matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg",
                 "matplotlib.collections", "matplotlib.dates", "matplotlib.lines", "matplotlib.patches",
                 "matplotlib.backends.backend_qtagg")
IMPORT_PAUSE_S = 0.002  # before each module: see _Yield
# How long a thread may keep the interpreter lock while another waits for it (Python's default: 5 ms).
# Every call from Qt into Python on the UI thread (a table cell, a style hint, a paint) needs the lock;
# while the chart thread draws or loads, each such call could wait the full interval. At 1 ms the
# longest UI pause in bench_ui_block fell from ~114 to ~72 ms (5-year log, median of 3-5 runs); a
# single-threaded moment pays nothing for it.
SWITCH_INTERVAL_S = 0.001
MAKE_WAY_S = 0.08  # how long the chart thread waits after make_way(): a tab switch or a save and its repaint

# Held while native code loads on either thread. CPython keeps the GIL while it loads an extension module,
# and the system loader keeps its own lock while a library starts up. Qt's FFmpeg sound plug-in logs as it
# starts, which calls the app's Python message handler from inside the loader: with the chart thread
# loading numpy at that moment, each thread waits for the other's lock for ever (seen: a hung smoke test).
NATIVE_LOADING = threading.Lock()

_executor: ThreadPoolExecutor | None = None
_queued = 0  # jobs submitted and not finished
_count_lock = threading.Lock()
_preloaded: Future | None = None
_quiet_until = 0.0  # time.monotonic() before which the chart thread waits at its pause points (make_way)


def submit(job: Callable, *args) -> Future:
    """Run ``job`` on the chart thread, after everything submitted before it."""
    global _executor, _queued
    if _executor is None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")
    with _count_lock:
        _queued += 1
    future = _executor.submit(job, *args)
    future.add_done_callback(_one_done)
    return future


def _one_done(_future: Future) -> None:
    global _queued
    with _count_lock:
        _queued -= 1


def make_way(seconds: float = MAKE_WAY_S) -> None:
    """Called on the UI thread as it starts a burst of work a person is waiting for (a tab switch, a
    save): the chart thread's import stops at its next module, and a figure's build or draw waits
    before it starts, for ``seconds``, so the two do not take turns at the interpreter lock."""
    global _quiet_until
    _quiet_until = max(_quiet_until, time.monotonic() + seconds)


def end_quiet() -> None:
    """The UI thread is about to wait for the chart thread (a report, the smoke test): no more making way."""
    global _quiet_until
    _quiet_until = 0.0


def wait_for_quiet() -> None:
    """On the chart thread, at a point where pausing is safe: wait out a make_way() from the UI thread."""
    while (left := _quiet_until - time.monotonic()) > 0:
        time.sleep(min(left, 0.005))  # in short steps: end_quiet() may come meanwhile


def working() -> bool:
    """Whether the chart thread has work. It shares the interpreter with the UI thread, so background
    work that can wait (reading older log pages) waits for it rather than halving both."""
    return _queued > 0


class _Yield:
    """On the chart thread, pauses briefly before each module it imports.

    Both threads share one interpreter lock. Left alone, the import holds it nearly all the time, and the
    UI thread - which needs it for every call from Qt into Python (a style's size hint, a table cell,
    a paint) - waits up to the 5 ms switch interval for each: a repaint took 0.2 to 0.4 s. Pausing before
    each of the ~300 modules hands the lock back often; the import takes longer, the window does not."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):
        if threading.get_ident() == self.thread:
            time.sleep(self.seconds)
            wait_for_quiet()
        return None  # the usual finders do the finding


def _import_heavy() -> None:
    hook = _Yield(IMPORT_PAUSE_S)
    sys.meta_path.insert(0, hook)
    # The import makes ~10^5 objects that live as long as the app. Python's collector, left on, would
    # scan them all in a full pass that holds the interpreter lock (~45 ms, a stall on the UI thread).
    # Off while importing, then frozen: no later pass scans them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with NATIVE_LOADING:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
    finally:
        if hook in sys.meta_path:
            sys.meta_path.remove(hook)
        gc.freeze()
        if collecting:
            gc.enable()


def preload() -> Future:
    """Start loading matplotlib and numpy on the chart thread (once); the future ends when they are in."""
    global _preloaded
    if _preloaded is None:
        _preloaded = submit(_import_heavy)
    return _preloaded


def loaded() -> bool:
    return _preloaded is not None and _preloaded.done() and _preloaded.exception() is None


class _Notice(QObject):
    """Carries "the chart modules are in" from the chart thread to a slot on the UI thread."""

    done = Signal(object)  # the exception, or None


def when_loaded(owner: QObject, slot: Callable[[BaseException | None], None]) -> None:
    """Call ``slot(error_or_None)`` on the UI thread once ``preload()`` has finished. The notice is a
    child of ``owner``: if ``owner`` is gone by then, nothing is called."""
    notice = _Notice(owner)
    notice.done.connect(slot, Qt.ConnectionType.QueuedConnection)
    notice.done.connect(notice.deleteLater, Qt.ConnectionType.QueuedConnection)

    def tell(future: Future) -> None:
        with contextlib.suppress(RuntimeError):  # owner (and the notice) deleted meanwhile: nobody to tell
            notice.done.emit(future.exception())

    preload().add_done_callback(tell)
