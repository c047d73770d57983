"""The set runner: drives the rep timer (domain/reptimer.py) from one QTimer and an injected monotonic clock,
and plays what happens through the cues service. It shows nothing itself; the tab listens to its signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.ui import cues as tones
from backpain_desktop.ui.exercises.common import side_words
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

TICK_MS = 40  # longest wait between display refreshes while the timer runs (the figure moves smoothly)
CUE_SETUP_DELAY_MS = 60  # after the first show, before loading the sound system (speech is checked first)
BETWEEN_EXERCISES_S = 30.0  # "Do all five": rest between exercises while the next is announced


class SetRunner(QObject):
    """One run of one or more exercises. ``cues`` plays tones and speaks; ``monotonic`` is the clock."""

    updated = Signal()  # after every tick or key: the tab redraws from :attr:`timer`
    segment_started = Signal(object)  # rt.Segment: a new phase began (the next exercise's figure, say)
    exercise_finished = Signal(int, bool)  # index into the plans, completed
    finished = Signal(bool)  # completed

    def __init__(self, cues, monotonic: Callable[[], float], parent: QObject | None = None):
        super().__init__(parent)
        self.cues = cues
        self._monotonic = monotonic
        self.timer: rt.RepTimer | None = None
        # Re-armed after every tick for whichever comes first, the next refresh or the next whole second or
        # phase change, so tones and numbers land on time (the schedule never depends on when ticks arrive).
        self.qtimer = QTimer(self)
        self.qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self.qtimer.setSingleShot(True)
        self.qtimer.timeout.connect(self.tick)

    def prepare_cues(self, speech_known: Callable[[bool], None]) -> None:
        """Check for a speech engine and preload the tones, each on its own later turn of the event loop:
        the tab paints first, and the two loads do not add up into one long pause."""
        def check_voice() -> None:
            loading = getattr(self.cues, "native_loading", None)  # held while the chart thread loads
            if loading is not None and loading.locked():  # ask again soon rather than wait
                QTimer.singleShot(100, self, check_voice)
                return
            speech_known(self.cues.speech_available())

        def prepare_tones() -> None:
            prepare = getattr(self.cues, "prepare", None)
            if callable(prepare):
                prepare()  # preload the tones before the person can press Start

        QTimer.singleShot(0, self, check_voice)
        QTimer.singleShot(CUE_SETUP_DELAY_MS, self, prepare_tones)

    def set_muted(self, muted: bool) -> None:
        self.cues.muted = muted
        if muted:
            self.cues.stop()

    def active(self) -> bool:
        return self.timer is not None and self.timer.started and not self.timer.finished

    def running(self) -> bool:
        return self.timer is not None and self.timer.running

    def start(self, plans: list[rt.TimerPlan]) -> None:
        if self.active():
            self.stop()
        self.timer = rt.RepTimer(plans, between_s=BETWEEN_EXERCISES_S)
        self._handle(self.timer.start(self._monotonic()))

    def toggle(self) -> None:
        if self.timer is not None:
            self._handle(self.timer.toggle(self._monotonic()))

    def skip_forward(self) -> None:
        if self.timer is not None:
            self._handle(self.timer.skip_forward(self._monotonic()))

    def skip_back(self) -> None:
        if self.timer is not None:
            self._handle(self.timer.skip_back(self._monotonic()))

    def stop(self) -> None:
        if self.timer is not None and not self.timer.finished:
            self.cues.stop()
            self._handle(self.timer.stop(self._monotonic()))

    def forget(self) -> None:
        """Stop at once and drop the run, storing nothing more (a kiosk visit ended)."""
        self.qtimer.stop()
        self.timer = None
        self.cues.stop()

    def tick(self) -> None:
        if self.timer is None:
            self.qtimer.stop()
            return
        self._handle(self.timer.tick(self._monotonic()))

    def _handle(self, events: list) -> None:
        timer = self.timer
        if timer is None:
            return
        for event in events:
            if isinstance(event, rt.PhaseStarted):
                self._announce(event.segment)
                self.segment_started.emit(event.segment)
            elif isinstance(event, rt.TickCue):
                self.cues.play(tones.TICK)
            elif isinstance(event, rt.SetCompleted):
                self.cues.play(tones.SET_DONE)
            elif isinstance(event, rt.ExerciseFinished):
                self.exercise_finished.emit(event.exercise, event.completed)
            elif isinstance(event, rt.Paused):
                self.cues.say(_tr("ExerciseTab", "Paused"))
            elif isinstance(event, rt.Finished):
                self.qtimer.stop()
                if event.completed:
                    self.cues.say(_tr("ExerciseTab", "Well done. That's all."))
                self.finished.emit(event.completed)
        self.updated.emit()
        if timer is self.timer and timer.running:
            self.qtimer.start(self.next_wait_ms(timer))
        else:
            self.qtimer.stop()

    @staticmethod
    def next_wait_ms(timer: rt.RepTimer) -> int:
        """Milliseconds to the next refresh: at most TICK_MS, less when a second or a phase ends sooner."""
        left = timer.seconds_left
        to_whole_second = left - math.floor(left) or 1.0
        return max(0, min(TICK_MS, math.ceil(min(left, to_whole_second) * 1000)))

    def _announce(self, seg: rt.Segment) -> None:
        plan = self.timer.plans[seg.exercise]
        until = tones.until_next_sound_ms(self.timer)
        if seg.phase == rt.GET_READY:
            self.cues.cue(tones.GET_READY, fill(_tr("ExerciseTab", "%1. Get ready."), plan.name), until)
        elif seg.phase == rt.NEXT_EXERCISE:
            self.cues.cue(tones.SET_DONE, fill(_tr("ExerciseTab", "Rest. Next: %1."), plan.name), until)
        elif seg.phase == rt.MOVE:
            side = side_words(seg.side)
            words = fill(_tr("ExerciseTab", "Rep %1."), seg.rep)
            if seg.exercise > 0 and seg.rep == 1 and seg.set_no == 1 and seg.side != rt.RIGHT:
                # a routine moving on: say which exercise this is
                words = fill(_tr("ExerciseTab", "%1. %2", "exercise name, then the rep"), plan.name, words)
            spoken = (fill(_tr("ExerciseTab", "%1 %2.", "the rep, then the side"), words, side) if side
                      else words)
            self.cues.cue(tones.START, spoken, until)
        elif seg.phase == rt.HOLD:
            self.cues.cue(tones.START, _tr("ExerciseTab", "Hold"), until)
        elif seg.phase == rt.RELEASE:
            self.cues.cue(tones.HOLD_END if plan.hold_s > 0 else None, _tr("ExerciseTab", "And relax"), until)
        elif seg.phase == rt.REST:
            self.cues.cue(None, _tr("ExerciseTab", "Rest"), until)
        elif seg.phase == rt.SET_REST:
            self.cues.cue(None, fill(_tr("ExerciseTab", "Set %1 done. Rest."), seg.set_no), until)
