"""The Exercises tab: composes the list, the exercise's details and numbers, and the timer panel (which
makes way for the session card once a set ends), and connects them to the store and the set runner.

The timer's logic lives in domain/reptimer.py and is driven by :class:`SetRunner`; this module turns its
state into words on screen and stores the finished session. Everything a sound or a voice says is also
on screen.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QStackedWidget,
    QWidget,
)

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.content import ContentPack, Exercise
from backpain_desktop.domain.poses import POSES
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui import cues as tones
from backpain_desktop.ui.exercises import display, layout
from backpain_desktop.ui.exercises.common import frame_of, reps_words
from backpain_desktop.ui.exercises.details import ExerciseDetails
from backpain_desktop.ui.exercises.exercise_list import ExerciseList
from backpain_desktop.ui.exercises.numbers import NumbersPanel
from backpain_desktop.ui.exercises.runner import SetRunner
from backpain_desktop.ui.exercises.session_card import SessionCard
from backpain_desktop.ui.exercises.sessions import SessionKeeper
from backpain_desktop.ui.exercises.timer_panel import TimerPanel
from backpain_desktop.ui.theme import reduced_motion
from backpain_desktop.ui.widgets import tr as _tr


class ExerciseTab(QWidget):
    """Pick an exercise, read how to do it, set its numbers, and do it with the rep timer.

    ``cues`` (default: a real :class:`ui.cues.Cues`) and ``monotonic`` are injected so tests record
    sounds and drive time by hand; ``now`` gives the wall-clock time stored with a session.
    """

    session_logged = Signal(int)  # id of a stored session (again when its pain-after answer is added)
    navigate_requested = Signal(str)  # "pacing"

    def __init__(self, pack: ContentPack, store: Store, settings: Settings,
                 save_settings: Callable[[Settings], None], *, kiosk: bool = False, cues=None,
                 monotonic: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None,
                 native_loading: threading.Lock | None = None):
        super().__init__(parent)
        self._pack = pack
        self._settings = settings
        self._save_settings = save_settings
        self._kiosk = kiosk
        self.cues = cues if cues is not None else tones.Cues(muted=settings.muted, voice=settings.voice,
                                                            parent=self, monotonic=monotonic,
                                                            native_loading=native_loading)
        self._exercise: Exercise | None = None
        self._timer_exercises: list[Exercise] = []
        self._voice_checked = False

        self.runner = SetRunner(self.cues, monotonic, self)
        self.keeper = SessionKeeper(store, self, now=now)
        self.chooser = ExerciseList(pack.exercises)
        self.exercise_list = self.chooser.list
        self.details = ExerciseDetails()
        self.numbers_panel = NumbersPanel(kiosk=kiosk)
        self.timer_panel = TimerPanel(muted=settings.muted, voice=settings.voice)
        self.card = SessionCard()

        self.right = QStackedWidget()
        self.right.addWidget(self.timer_panel)
        self.right.addWidget(self.card)
        self.details_scroll = layout.lay_out(self)

        # Window-wide while this tab shows (a hidden widget's shortcuts do not fire), so Space works straight
        # after switching to the tab. Esc and the arrows only while a set runs: otherwise they keep their
        # usual jobs (arrows move between tabs on the tab bar).
        self._session_keys: list[QShortcut] = []
        for keys, slot in ((Qt.Key.Key_Space, self._space), (Qt.Key.Key_Escape, self.stop),
                           (Qt.Key.Key_Right, self.skip_forward), (Qt.Key.Key_Left, self.skip_back)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            if keys != Qt.Key.Key_Space:
                shortcut.setEnabled(False)
                self._session_keys.append(shortcut)
        self._connect()
        self.chooser.set_current_row(0)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            layout.size_columns(self)

    def _connect(self) -> None:
        self.chooser.exercise_chosen.connect(lambda row: self.show_exercise(self._pack.exercises[row]))
        self.chooser.all_requested.connect(self.start_all)
        self.chooser.print_requested.connect(self.print_sheet)
        self.numbers_panel.numbers_changed.connect(self._numbers_changed)
        self.numbers_panel.reset_requested.connect(self.reset_prescription)
        panel = self.timer_panel
        panel.start_clicked.connect(self.toggle)
        panel.back_clicked.connect(self.skip_back)
        panel.skip_clicked.connect(self.skip_forward)
        panel.stop_clicked.connect(self.stop)
        panel.mute_toggled.connect(self._on_mute)
        panel.voice_toggled.connect(self._on_voice)
        self.card.save_requested.connect(self.save_pain_after)
        self.card.pacing_requested.connect(lambda: self.navigate_requested.emit("pacing"))
        self.card.closed.connect(self._close_card)
        self.runner.updated.connect(self._refresh)
        self.runner.segment_started.connect(self._segment_started)
        self.runner.exercise_finished.connect(self._exercise_finished)
        self.runner.finished.connect(self._show_finished)
        self.keeper.session_logged.connect(self.session_logged)

    # -- choosing an exercise ---------------------------------------------------------------------------

    def current_exercise(self) -> Exercise | None:
        return self._exercise

    def show_exercise(self, exercise: Exercise) -> None:
        """Show how to do an exercise. A set in progress keeps running (an arrow key in the list must not
        end it); a finished one makes way for the new exercise."""
        running = self.runner.active()
        if self.runner.timer is not None and not running:
            self.runner.timer = None
            self.right.setCurrentWidget(self.timer_panel)
        self._exercise = exercise
        self.details.show_exercise(exercise)
        self._load_numbers(exercise)
        if not running:
            self._show_idle()

    def prepare_unseen(self) -> None:
        """Draw the step pictures before the tab is first shown (it is in the window by now, so its text
        size and colours are the ones it will show with)."""
        self.details.prepare()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._voice_checked:
            self._voice_checked = True
            self.runner.prepare_cues(self.timer_panel.set_voice_available)

    # -- the person's numbers ---------------------------------------------------------------------------

    def numbers(self, exercise: Exercise) -> rt.TimerPlan:
        """The numbers the timer will use: the steppers' for the exercise on screen, else the person's own
        stored numbers, else the suggested ones."""
        if exercise is self._exercise:
            v = self.numbers_panel.values()
            return rt.TimerPlan(name=exercise.name, exercise_id=exercise.id,
                                sides=exercise.prescription.sides, **v)
        return self.keeper.stored_numbers(exercise)

    def _load_numbers(self, exercise: Exercise) -> None:
        own = self.keeper.own_numbers(exercise)
        self.numbers_panel.set_numbers(self.keeper.stored_numbers(exercise), self.keeper.suggested(exercise),
                                       own)

    def _numbers_changed(self, values: dict) -> None:
        if self._exercise is None:
            return
        if not self.runner.active():
            self._show_idle()  # "10 reps" above the Start button follows the steppers
        own = self.keeper.save_numbers(self._exercise, values)
        if own is None:
            self.numbers_panel.set_note(_tr("ExerciseTab",
                    "Not saved."))  # the timer uses them anyway (see numbers())
        else:
            self.numbers_panel.show_saved(own, self.keeper.suggested(self._exercise))

    def reset_prescription(self) -> None:
        if self._exercise is not None and self.keeper.clear_numbers(self._exercise):
            self._load_numbers(self._exercise)
            if not self.runner.active():
                self._show_idle()

    # -- the timer ----------------------------------------------------------------------------------------

    @property
    def timer(self) -> rt.RepTimer | None:
        return self.runner.timer

    def running(self) -> bool:
        """A set is under way and not paused: the person may be on the floor, not touching anything."""
        return self.runner.running()

    def _space(self) -> None:
        """Space starts or pauses, except on another button, which it presses as usual."""
        if not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.timer_panel.start_button:
            focused.click()
            return
        if self.right.currentWidget() is self.card:
            return  # the pain question is showing: Space must not start another set by accident
        self.toggle()

    def toggle(self) -> None:
        timer = self.runner.timer
        if timer is None or timer.finished:
            if self._exercise is not None:
                self._begin([self._exercise])
            return
        self.runner.toggle()

    def start_all(self) -> None:
        self._begin(list(self._pack.exercises))

    def _begin(self, exercises: list[Exercise]) -> None:
        if self.runner.active():
            self.runner.stop()
        self._timer_exercises = exercises
        self.keeper.begin(self.timer_panel.pain_before_value())
        self.right.setCurrentWidget(self.timer_panel)
        self.timer_panel.set_frame(frame_of(exercises[0]))
        self.runner.start([self.numbers(e) for e in exercises])

    def skip_forward(self) -> None:
        self.runner.skip_forward()

    def skip_back(self) -> None:
        self.runner.skip_back()

    def stop(self) -> None:
        self.runner.stop()

    def stop_all(self) -> None:
        """Stop the timer, sounds and speech at once, storing nothing more (a kiosk visit ended)."""
        self.runner.forget()

    def _segment_started(self, seg: rt.Segment) -> None:
        if seg.phase == rt.NEXT_EXERCISE:
            self.timer_panel.set_frame(frame_of(self._timer_exercises[seg.exercise]))

    def _exercise_finished(self, index: int, completed: bool) -> None:
        self.keeper.log(self.runner.timer, index, completed)

    def _refresh(self) -> None:
        timer = self.runner.timer
        if timer is None:
            self._show_idle()
            return
        seg = timer.segment
        active = timer.started and not timer.finished
        self.timer_panel.show_running(
            name=timer.plan.name, rep_text=display.rep_words(timer), phase_text=display.phase_words(timer),
            seconds_text=str(math.ceil(round(timer.seconds_left, 3))) if seg is not None else "",
            phase_fraction=timer.phase_fraction if active else 0.0,
            set_fraction=timer.set_fraction if active else 0.0,
            start_text=(_tr("ExerciseTab", "Pause") if timer.running
                        else _tr("ExerciseTab", "Resume") if timer.paused else _tr("ExerciseTab", "Start")),
            active=active)
        for shortcut in self._session_keys:
            shortcut.setEnabled(active)
        if active:
            self.timer_panel.set_pose(display.pose_now(timer, self._timer_exercises, reduced_motion()))

    def _show_idle(self) -> None:
        if self._exercise is None:
            return
        plan = self.numbers(self._exercise)
        self.timer_panel.show_idle(self._exercise.name, reps_words(plan.reps, plan.sides))
        for shortcut in self._session_keys:
            shortcut.setEnabled(False)
        self.timer_panel.set_frame(frame_of(self._exercise))
        self.timer_panel.set_pose(POSES[self._exercise.start_pose])

    # -- after a set ----------------------------------------------------------------------------------------

    def _show_finished(self, completed: bool) -> None:
        heading, summary = self.keeper.summary(self.runner.timer, completed)
        self.card.show_summary(heading, summary, self.keeper.has_log())
        self.right.setCurrentWidget(self.card)
        if self.isVisible():
            self.card.ask_for_pain()

    def _close_card(self) -> None:
        self.runner.timer = None
        self.right.setCurrentWidget(self.timer_panel)
        self._show_idle()
        self.timer_panel.start_button.setFocus()

    def save_pain_after(self, after: int | None = None) -> None:
        """Store the "Pain now" answer with the set just done, and mention pacing if the pain has gone up
        by a meaningful amount."""
        after = self.card.pain_now() if after is None else after
        text, offer_pacing = self.keeper.save_pain_after(after)
        self.card.show_message(text, offer_pacing)

    # -- the printed sheet, sound settings -------------------------------------------------------------------

    def print_sheet(self) -> None:
        from backpain_desktop.ui import exercise_sheet

        items = [(e, self.numbers(e)) for e in self._pack.exercises]
        self.chooser.show_print_message(exercise_sheet.print_sheet(self, items, kiosk=self._kiosk))

    def _on_mute(self, muted: bool) -> None:
        self.runner.set_muted(muted)
        self._settings.muted = muted
        self._save_settings(self._settings)

    def _on_voice(self, on: bool) -> None:
        self.cues.voice = on
        self._settings.voice = on
        self._save_settings(self._settings)
