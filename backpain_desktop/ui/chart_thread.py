"""The chart worker: one thread that loads matplotlib and numpy and does all of the chart's matplotlib
work, so the window keeps answering while a chart is loaded or drawn.

matplotlib's scene graph is not thread-safe, so a figure is only ever changed and drawn on this one
thread; the UI thread sends it plain data and gets back finished pictures (see ``ui/chart.py``). This
module imports neither matplotlib nor numpy itself. matplotlib's Qt backend is imported here too: it only
builds Python-side Qt enums and classes as it loads (no widget, no Qt call that needs the UI thread).

The main window owns one :class:`ChartWorker` and hands it (or just its ``make_way``, ``working`` or
``native_loading``) to whoever needs it. How it keeps out of the UI thread's way (import pacing, making
way, the switch interval, freezing the collector, native-loading turns) is in ``backpain_desktop/perf.py``.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from backpain_desktop import perf

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

# Everything ui/chart.py imports, loaded away from the UI thread: nearly all of the first chart's cost.
HEAVY_MODULES = ("numpy", "matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg",
                 "matplotlib.collections", "matplotlib.dates", "matplotlib.lines", "matplotlib.patches",
                 "matplotlib.backends.backend_qtagg")


class _Notice(QObject):
    """Carries "the chart modules are in" from the chart thread to a slot on the UI thread."""

    done = Signal(object)  # the exception, or None


class ChartWorker:
    """The chart thread (started on first use), its queue, and the UI thread's asks to make way."""

    def __init__(self, native_loading: threading.Lock | None = None, quiet: perf.Quiet | None = None):
        # Held while native code loads on either thread: sound and speech set-up take turns with the import.
        self.native_loading = native_loading if native_loading is not None else perf.native_loading_lock()
        self.quiet = quiet if quiet is not None else perf.Quiet()
        self._executor: ThreadPoolExecutor | None = None
        self._queued = 0  # jobs submitted and not finished
        self._count_lock = threading.Lock()
        self._preloaded: Future | None = None

    def submit(self, job: Callable, *args) -> Future:
        """Run ``job`` on the chart thread, after everything submitted before it."""
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # here: start-up does not pay for it

            perf.shorten_switch_interval()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")
        with self._count_lock:
            self._queued += 1
        future = self._executor.submit(job, *args)
        future.add_done_callback(self._one_done)
        return future

    def _one_done(self, _future: Future) -> None:
        with self._count_lock:
            self._queued -= 1

    def make_way(self, seconds: float = perf.MAKE_WAY_S) -> None:
        """On the UI thread, as a burst of work a person waits for starts (a tab switch, a save): the
        import stops at its next module, and a figure's build or draw waits, for ``seconds``."""
        self.quiet.make_way(seconds)

    def end_quiet(self) -> None:
        """The UI thread is about to wait for the chart thread (a report, the smoke test)."""
        self.quiet.end_quiet()

    def wait_for_quiet(self) -> None:
        """On the chart thread, at a point where pausing is safe: wait out a make_way()."""
        self.quiet.wait_for_quiet()

    def working(self) -> bool:
        """Whether the chart thread has work. Background work that can wait (reading older log pages)
        waits for it rather than halving both."""
        return self._queued > 0

    def _import_heavy(self) -> None:
        with perf.ImportPacer(self.quiet).installed(), perf.collector_paused_then_frozen(), \
                self.native_loading:
            for name in HEAVY_MODULES:
                importlib.import_module(name)

    def preload(self) -> Future:
        """Start loading matplotlib and numpy on the chart thread (once); the future ends when they are in."""
        if self._preloaded is None:
            self._preloaded = self.submit(self._import_heavy)
        return self._preloaded

    def loaded(self) -> bool:
        preloaded = self._preloaded
        return preloaded is not None and preloaded.done() and preloaded.exception() is None

    def when_loaded(self, owner: QObject, slot: Callable[[BaseException | None], None]) -> None:
        """Call ``slot(error_or_None)`` on the UI thread once :meth:`preload` has finished. The notice is
        a child of ``owner``: if ``owner`` is gone by then, nothing is called."""
        notice = _Notice(owner)
        notice.done.connect(slot, Qt.ConnectionType.QueuedConnection)
        notice.done.connect(notice.deleteLater, Qt.ConnectionType.QueuedConnection)

        def tell(future: Future) -> None:
            with contextlib.suppress(RuntimeError):  # owner (and the notice) gone meanwhile: nobody to tell
                notice.done.emit(future.exception())

        self.preload().add_done_callback(tell)
