"""Every speed knob of the app, in one place: how the window keeps answering while the chart thread
loads and draws, and how start-up keeps its work small. Nothing here knows about exercises, pacing or
cues; the composition root and the chart worker (``ui/chart_thread.py``) use it, and hand feature
modules only what they need (a ``make_way`` callable, a ``native_loading`` lock, the worker itself).

The knobs, and what each is for:

- **Switch interval** (``SWITCH_INTERVAL_S``, :func:`shorten_switch_interval`). The chart thread and the
  UI thread share one interpreter lock, and every call from Qt into Python on the UI thread (a table
  cell, a style's size hint, a paint) needs it. Python lets a thread keep the lock 5 ms while another
  waits; while the chart thread exists that wait is shortened, so no UI call waits long for it.
- **Making way** (``MAKE_WAY_S``, :class:`Quiet`). As the UI thread starts a burst of work a person waits
  for (a tab switch, a save), it asks the chart thread to stop at its next pause point for a moment, so
  the two do not take turns at the interpreter lock during that burst.
- **Handing over a draw** (``HAND_OVER_MS``). A draw asked for on the UI thread starts a little later, so
  the repaint that came with the change goes first, and what one event changes makes one picture.
- **Import pacing** (``IMPORT_PAUSE_S``, :class:`ImportPacer`). The chart thread pauses before each
  module it imports, handing the interpreter lock back often (left alone, a large import holds it nearly
  all the time and the window's repaints wait for it).
- **Garbage-collector freezing** (:func:`pause_collector`, :func:`collector_paused_then_frozen`).
  Start-up and the chart's import make objects that live as long as the app; the cyclic collector would
  scan them again and again, and a full pass over them holds the interpreter lock long enough to stall
  the window. It is off while they are made, and they are frozen afterwards, so no later pass scans them.
- **Native-loading turn-taking** (:func:`native_loading_lock`). CPython keeps the interpreter lock while
  it loads an extension module, and the system loader keeps its own lock while a library starts. Qt's
  sound plug-in logs from inside the loader through the app's Python message handler: with the chart
  thread loading numpy at that moment, each thread waits for the other's lock for ever. So native loading
  on the two threads takes turns on one lock, which the chart worker owns and hands out.
- **Idle preparation** (``IDLE_STEP_MS``, ``PRELOAD_CHART_WHEN_IDLE``). After the first paint the tabs
  not on screen are built a piece per idle turn, this far apart, so the window answers in between; then,
  if asked, the chart thread starts loading matplotlib, so the chart is ready sooner when Pacing is first
  opened, at the cost of its memory whether or not the chart is ever looked at.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator

SWITCH_INTERVAL_S = 0.001
MAKE_WAY_S = 0.08  # a tab switch or a save, and its repaint
HAND_OVER_MS = 60
IMPORT_PAUSE_S = 0.002
IDLE_STEP_MS = 80
PRELOAD_CHART_WHEN_IDLE = True
QUIET_STEP_S = 0.005  # the longest single sleep while making way, so end_quiet() is heard at once


def shorten_switch_interval(seconds: float = SWITCH_INTERVAL_S) -> None:
    """Let a thread keep the interpreter lock at most ``seconds`` while another waits (never lengthened)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), seconds))


def native_loading_lock() -> threading.Lock:
    """The lock native loading takes turns on (see the module's docstring); one per chart worker."""
    return threading.Lock()


class Quiet:
    """The UI thread's "make way" asks, read by the chart thread at its pause points.

    ``clock`` and ``sleep`` are injected so a test can drive time by hand."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self._clock = clock
        self._sleep = sleep
        self._until = 0.0  # clock() time before which the chart thread waits at its pause points

    def make_way(self, seconds: float = MAKE_WAY_S) -> None:
        """On the UI thread: the chart thread waits at its next pause point for ``seconds``."""
        self._until = max(self._until, self._clock() + seconds)

    def end_quiet(self) -> None:
        """On the UI thread, about to wait for the chart thread: no more making way."""
        self._until = 0.0

    def wait_for_quiet(self) -> None:
        """On the chart thread, where pausing is safe: wait out a make_way() from the UI thread."""
        while (left := self._until - self._clock()) > 0:
            self._sleep(min(left, QUIET_STEP_S))  # in short steps: end_quiet() may come meanwhile


class ImportPacer:
    """An import hook that, on one thread only, pauses before each module imported there and waits out
    any make_way(); it finds nothing itself (the usual finders do the finding)."""

    def __init__(self, quiet: Quiet, seconds: float = IMPORT_PAUSE_S):
        self.quiet = quiet
        self.seconds = seconds
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):
        if threading.get_ident() == self.thread:
            time.sleep(self.seconds)
            self.quiet.wait_for_quiet()
        return None

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        sys.meta_path.insert(0, self)
        try:
            yield
        finally:
            if self in sys.meta_path:
                sys.meta_path.remove(self)


_collector_pauses = 0  # start-up's and the chart import's pauses may overlap: on again after the last
_collector_was_on = False
_collector_lock = threading.Lock()


def pause_collector() -> Callable[[], None]:
    """Turn the cyclic garbage collector off (start-up, the chart's import); returns what freezes
    everything made so far and, once no pause is left, turns it back on. The cost: garbage cycles among
    the frozen objects are never freed."""
    global _collector_pauses, _collector_was_on
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    done = False

    def resume() -> None:
        global _collector_pauses
        nonlocal done
        with _collector_lock:
            if done:
                return
            done = True
            _collector_pauses -= 1
            gc.freeze()
            if _collector_pauses == 0 and _collector_was_on:
                gc.enable()

    return resume


@contextlib.contextmanager
def collector_paused_then_frozen() -> Iterator[None]:
    """The collector off for the block (the chart's import), and what it made frozen afterwards."""
    resume = pause_collector()
    try:
        yield
    finally:
        resume()
