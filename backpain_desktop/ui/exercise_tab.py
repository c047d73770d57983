"""The Exercises tab: the five exercises from the content pack, how to do each (steps with pictures), the
person's own numbers, and the hands-free rep timer that moves, beeps and talks in time.

The timer's logic lives in domain/reptimer.py; this module only drives it from one QTimer with an
injected monotonic clock, shows its state, plays its events through the cues service and stores the
finished session. Everything a sound or a voice says is also on screen.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.content import ContentPack, Exercise
from backpain_desktop.domain.poses import POSES, Pose, interpolate
from backpain_desktop.settings import Settings
from backpain_desktop.store import ExerciseSession, Prescription, Store, StoreError, utc_now
from backpain_desktop.ui import cues as tones
from backpain_desktop.ui import errors
from backpain_desktop.ui.figure import FigureWidget, enlarge_on_click, render_image
from backpain_desktop.ui.theme import reduced_motion

TICK_MS = 40  # longest wait between display refreshes while the timer runs (the figure moves smoothly)
BETWEEN_EXERCISES_S = 30.0  # "Do all five": rest between exercises while the next is announced
# Sane bounds for the person's own numbers: (lowest, highest).
BOUNDS = {"reps": (1, 50), "hold_s": (0, 120), "rest_s": (0, 300), "sets": (1, 10)}
PAIN_RISE_TO_MENTION = 2  # points on 0-10; a change of about 2 is meaningful (CONTENT.md)
NOT_GIVEN = -1  # a pain box at this value means "not answered"
STEP_PICTURE_MAX_W = 210  # px
CUE_SETUP_DELAY_MS = 60  # after the first show, before loading the sound system (speech is checked first)


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _scaled(widget: QWidget, ratio: float, bold: bool = False) -> None:
    """A font relative to the app's text size, so the theme's text scale still applies."""
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * ratio)
    font.setBold(bold)
    widget.setFont(font)


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
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._pack = pack
        self._store = store
        self._settings = settings
        self._save_settings = save_settings
        self._kiosk = kiosk
        self._monotonic = monotonic
        self._now = now or utc_now
        self.cues = cues if cues is not None else tones.Cues(muted=settings.muted, voice=settings.voice,
                                                            parent=self)
        self._exercise: Exercise | None = None
        self._timer: rt.RepTimer | None = None
        self._timer_exercises: list[Exercise] = []
        self._started_at: datetime | None = None
        self._pain_before: int | None = None
        self._logged_ids: list[int] = []
        self._not_saved = False  # a session of this run could not be stored
        self._loading = False
        # Work a hidden tab does not need, done when it is first shown, to keep start-up quick.
        self._steps_pending = False
        self._voice_checked = False

        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        self.exercise_list.setMinimumWidth(180)
        self.exercise_list.setMaximumWidth(260)
        # The same roomy rows as the Advice topics: an easy target for a shaky hand, and it grows with text.
        self.exercise_list.setStyleSheet("QListWidget::item { padding: 15px 6px; }")
        for exercise in pack.exercises:
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.exercise_list.addItem(item)
        count = len(pack.exercises)
        self.all_button = QPushButton(self.tr("Do all five") if count == 5
                                      else self.tr("Do all %1").replace("%1", str(count)))
        self.all_button.setAccessibleName(self.tr("Do all the exercises in a row"))
        self.all_button.setToolTip(self.tr("Runs every exercise in order, with a rest between them"))
        self.print_button = QPushButton(self.tr("Print my exercise sheet"))
        self.print_button.setAccessibleName(self.tr("Print my exercise sheet"))
        left = QVBoxLayout()
        left.addWidget(self.exercise_list, 1)
        left.addWidget(self.all_button)
        left.addWidget(self.print_button)
        self.print_message = _plain_label()
        self.print_message.hide()
        left.addWidget(self.print_message)

        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self._build_details(), 1)
        layout.addWidget(self._build_timer_panel(), 1)

        # The one timer that drives the rep timer. It is re-armed after every tick for whichever comes first,
        # the next refresh or the next whole second / phase change, so tones and numbers land on time
        # (the schedule itself never depends on when ticks arrive).
        self._qtimer = QTimer(self)
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._on_tick)

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

        self.exercise_list.currentRowChanged.connect(self._on_row)
        self.all_button.clicked.connect(self.start_all)
        self.print_button.clicked.connect(self.print_sheet)
        self.exercise_list.setCurrentRow(0)
        self._show_idle()

    # -- building ---------------------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        self.title = _plain_label()
        _scaled(self.title, 1.5, bold=True)
        self.start_position = _plain_label()
        self.steps_box = QVBoxLayout()
        self.take_care = _plain_label()
        self.take_care.setAccessibleName(self.tr("Take care"))

        self.prescription = _plain_label()
        box = QGroupBox(self.tr("Your numbers"))
        grid = QGridLayout(box)
        grid.addWidget(self.prescription, 0, 0, 1, 3)
        self.spins: dict[str, QSpinBox] = {}
        self.spin_messages: dict[str, QLabel] = {}
        names = {"reps": self.tr("Repetitions"), "hold_s": self.tr("Hold (seconds)"),
                 "rest_s": self.tr("Rest between reps (seconds)"), "sets": self.tr("Sets")}
        for row, (key, name) in enumerate(names.items(), 1):
            label = _plain_label(name)
            spin = QSpinBox()
            spin.setRange(0, 999)  # wider than allowed, so a typed value out of bounds gets a message
            spin.setAccessibleName(name)
            spin.setKeyboardTracking(False)
            label.setBuddy(spin)
            message = _plain_label()
            message.setAccessibleName(self.tr("Problem with %1").replace("%1", name))
            message.setForegroundRole(QPalette.ColorRole.BrightText)
            message.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(message, row, 2)
            spin.valueChanged.connect(self._on_number_changed)
            self.spins[key], self.spin_messages[key] = spin, message
        self.reset_button = QPushButton(self.tr("Back to suggested"))
        self.reset_button.setAccessibleName(self.tr("Back to the suggested numbers"))
        self.reset_button.clicked.connect(self.reset_prescription)
        self.numbers_note = _plain_label()
        grid.addWidget(self.reset_button, len(names) + 1, 0)
        grid.addWidget(self.numbers_note, len(names) + 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.addWidget(self.title)
        col.addWidget(self.start_position)
        col.addLayout(self.steps_box)
        col.addWidget(self.take_care)
        col.addWidget(box)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("How to do the exercise"))
        return scroll

    def _build_timer_panel(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setAccessibleName(self.tr("Rep timer"))
        col = QVBoxLayout(panel)
        self.timer_name = _plain_label()
        _scaled(self.timer_name, 1.25, bold=True)
        self.rep_label = _plain_label()
        self.phase_label = _plain_label()
        _scaled(self.phase_label, 1.8, bold=True)
        self.seconds_label = QLabel()
        self.seconds_label.setTextFormat(Qt.TextFormat.PlainText)
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        _scaled(self.seconds_label, 4.0, bold=True)
        self.seconds_label.setAccessibleDescription(self.tr("Seconds left"))
        self.phase_bar = QProgressBar()
        self.phase_bar.setRange(0, 1000)
        self.phase_bar.setTextVisible(False)
        self.phase_bar.setAccessibleName(self.tr("This step"))
        self.set_bar = QProgressBar()
        self.set_bar.setRange(0, 1000)
        self.set_bar.setTextVisible(False)
        self.set_bar.setAccessibleName(self.tr("This set"))
        self.figure = FigureWidget()
        self.figure.setAccessibleName(self.tr("Moving picture of the exercise"))
        phase_row, set_row = QHBoxLayout(), QHBoxLayout()
        phase_row.addWidget(_plain_label(self.tr("Step")))
        phase_row.addWidget(self.phase_bar, 1)
        set_row.addWidget(_plain_label(self.tr("Set")))
        set_row.addWidget(self.set_bar, 1)

        self.start_button = QPushButton(self.tr("Start"))
        self.back_button = QPushButton(self.tr("Back"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.stop_button = QPushButton(self.tr("Stop"))
        for button, name, tip in (
                (self.start_button, self.tr("Start or pause"), self.tr("Space")),
                (self.back_button, self.tr("Back a step"), self.tr("Left arrow")),
                (self.skip_button, self.tr("Skip this step"), self.tr("Right arrow")),
                (self.stop_button, self.tr("Stop"), self.tr("Esc"))):
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setMinimumHeight(48)
            _scaled(button, 1.15, bold=button is self.start_button)
        self.start_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(self.skip_back)
        self.skip_button.clicked.connect(self.skip_forward)
        self.stop_button.clicked.connect(self.stop)
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0, 1, 3)
        for n, button in enumerate((self.back_button, self.skip_button, self.stop_button)):
            buttons.addWidget(button, 1, n)

        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(self._settings.muted)
        self.mute_button.toggled.connect(self._on_mute)
        self.voice_button = QPushButton(self.tr("Voice"))
        self.voice_button.setCheckable(True)
        self.voice_button.setAccessibleName(self.tr("Spoken cues"))
        self.voice_button.setChecked(self._settings.voice)
        self.voice_button.toggled.connect(self._on_voice)
        self.voice_button.hide()  # shown on first view of the tab if a speech engine works (see showEvent)
        self._update_mute_text()
        self.pain_before = self._pain_box(self.tr("Pain before you start, 0 to 10 (optional)"))
        before_label = _plain_label(self.tr("How is your pain now? 0-10 (optional)"))
        before_label.setBuddy(self.pain_before)
        sound_row = QHBoxLayout()
        sound_row.addWidget(self.mute_button)
        sound_row.addWidget(self.voice_button)
        sound_row.addStretch(1)
        before_row = QHBoxLayout()
        before_row.addWidget(before_label, 1)
        before_row.addWidget(self.pain_before)

        self.after_box = QGroupBox(self.tr("After the exercise"))
        after = QGridLayout(self.after_box)
        self.result_label = _plain_label()
        self.pain_after = self._pain_box(self.tr("Pain now, 0 to 10"))
        after_label = _plain_label(self.tr("How is your pain now? 0-10"))
        after_label.setBuddy(self.pain_after)
        self.pain_after_button = QPushButton(self.tr("Save"))
        self.pain_after_button.setAccessibleName(self.tr("Save how your pain is now"))
        self.pain_after_button.clicked.connect(self.save_pain_after)
        self.pain_after.lineEdit().returnPressed.connect(self.save_pain_after)  # type a number, press Enter
        self.pain_message = _plain_label()
        self.pain_message.hide()
        self.pacing_button = QPushButton(self.tr("Open the Pacing tab"))
        self.pacing_button.setAccessibleName(self.tr("Open the Pacing tab"))
        self.pacing_button.clicked.connect(lambda: self.navigate_requested.emit("pacing"))
        self.pacing_button.hide()
        after.addWidget(self.result_label, 0, 0, 1, 3)
        after.addWidget(after_label, 1, 0)
        after.addWidget(self.pain_after, 1, 1)
        after.addWidget(self.pain_after_button, 1, 2)
        after.addWidget(self.pain_message, 2, 0, 1, 3)
        after.addWidget(self.pacing_button, 3, 0, 1, 3)
        self.after_box.hide()

        col.addWidget(self.timer_name)
        col.addWidget(self.rep_label)
        phase_line = QHBoxLayout()
        phase_line.addWidget(self.phase_label, 1)
        phase_line.addWidget(self.seconds_label)
        col.addLayout(phase_line)
        col.addLayout(phase_row)
        col.addLayout(set_row)
        col.addWidget(self.figure, 1)
        col.addLayout(buttons)
        col.addLayout(sound_row)
        col.addLayout(before_row)
        col.addWidget(self.after_box)
        scroll = QScrollArea()  # so the window can still be made small, or the text large
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setAccessibleName(self.tr("Rep timer"))
        self.timer_panel = panel
        self.timer_scroll = scroll
        return scroll

    def _pain_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NOT_GIVEN, 10)
        box.setSpecialValueText(self.tr("Not given"))
        box.setValue(NOT_GIVEN)
        box.setAccessibleName(name)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        return box

    # -- choosing and showing an exercise ---------------------------------------------------------------

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._pack.exercises):
            self.show_exercise(self._pack.exercises[row])

    def current_exercise(self) -> Exercise | None:
        return self._exercise

    def show_exercise(self, exercise: Exercise) -> None:
        """Show how to do an exercise. A set in progress keeps running (an arrow key in the list must not
        end it); a finished one makes way for the new exercise."""
        running = self._timer is not None and not self._timer.finished
        if self._timer is not None and not running:
            self._timer = None
            self.after_box.hide()
        self._exercise = exercise
        self.title.setText(exercise.name)
        self.start_position.setText(
            self.tr("Starting position: %1").replace("%1", exercise.starting_position))
        self._steps_pending = True
        if self.isVisible():
            self._show_steps(exercise)
        self.take_care.setText(self.tr("Take care: %1").replace("%1", exercise.take_care))
        p = exercise.prescription
        self.prescription.setText(
            self.tr("A suggested starting point — check with your physiotherapist: %1 reps, hold %2 s, "
                    "rest %3 s, %4 set(s).")
            .replace("%1", str(p.reps)).replace("%2", str(p.hold_s)).replace("%3", str(p.rest_s))
            .replace("%4", str(p.sets)))
        self._load_numbers(exercise)
        if not running:
            self._show_idle()

    def _show_steps(self, exercise: Exercise) -> None:
        self._steps_pending = False
        while self.steps_box.count():
            item = self.steps_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        frame = self._frame(exercise)
        # Grows with the text size, but never so wide that the words beside it are squeezed into a column.
        line_height = self.fontMetrics().height()
        width = min(round(line_height * 13), STEP_PICTURE_MAX_W)
        size = QSize(width, round(width * 8 / 13))
        self.step_pictures: list[QLabel] = []
        for n, step in enumerate(exercise.steps, 1):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(render_image(POSES[step.pose], size, self.palette(), frame)))
            picture.setAccessibleName(self.tr("Picture of step %1").replace("%1", str(n)))
            picture.setFixedSize(size)
            enlarge_on_click(picture, POSES[step.pose], frame, f"{n}. {step.text}")
            text = _plain_label(f"{n}. {step.text}")
            line.addWidget(picture)
            line.addWidget(text, 1)
            self.steps_box.addWidget(row)
            self.step_pictures.append(picture)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Redraw the step pictures when the text size or the colours change (they are pixmaps)."""
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange)
        if changed and self._exercise is not None:
            self._steps_pending = True
            if self.isVisible():
                self._show_steps(self._exercise)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._voice_checked:
            self._voice_checked = True
            # Each on its own later turn of the event loop: the tab paints first, and the speech engine
            # and sound system (10-35 ms each to load) do not add up into one long pause. Timers due
            # at the same moment would fire in the same turn, hence the different delays.
            QTimer.singleShot(0, self, self._check_voice)
            QTimer.singleShot(CUE_SETUP_DELAY_MS, self, self._prepare_tones)
        self.prepare_unseen()  # the step pictures, unless drawn already

    def prepare_unseen(self) -> None:
        """Draw the step pictures before the tab is first shown (it is in the window by now, so its
        text size and colours are the ones it will show with)."""
        if self._steps_pending and self._exercise is not None:
            self._show_steps(self._exercise)

    def _check_voice(self) -> None:
        from backpain_desktop.ui.chart_thread import NATIVE_LOADING

        if NATIVE_LOADING.locked():  # the chart thread is loading: ask again soon rather than wait
            QTimer.singleShot(100, self, self._check_voice)
            return
        self.voice_button.setVisible(self.cues.speech_available())

    def _prepare_tones(self) -> None:
        prepare = getattr(self.cues, "prepare", None)
        if callable(prepare):
            prepare()  # preload the tones before the person can press Start

    @staticmethod
    def _frame(exercise: Exercise) -> list[Pose]:
        return [POSES[s.pose] for s in exercise.steps] + [POSES[p] for p in exercise.poses]

    # -- the person's numbers ---------------------------------------------------------------------------

    def _boxes_valid(self) -> bool:
        return all(BOUNDS[k][0] <= s.value() <= BOUNDS[k][1] for k, s in self.spins.items())

    def numbers(self, exercise: Exercise) -> rt.TimerPlan:
        """The numbers the timer will use: what the boxes show for the exercise on screen (when sensible),
        else the person's own stored numbers, else the suggested ones."""
        p = exercise.prescription
        if exercise is self._exercise and not self._loading and self._boxes_valid():
            v = {k: s.value() for k, s in self.spins.items()}
            return rt.TimerPlan(name=exercise.name, exercise_id=exercise.id, reps=v["reps"],
                                hold_s=v["hold_s"], rest_s=v["rest_s"], sets=v["sets"], sides=p.sides)
        return self._stored_numbers(exercise)

    def _stored_numbers(self, exercise: Exercise) -> rt.TimerPlan:
        p = exercise.prescription
        own = self._store.prescription(exercise.id)
        reps, hold, rest, sets = (own.reps, own.hold_s, own.rest_s, own.sets) if own else (
            p.reps, p.hold_s, p.rest_s, p.sets)
        return rt.TimerPlan(name=exercise.name, exercise_id=exercise.id, reps=reps, hold_s=hold,
                            rest_s=rest, sets=sets, sides=p.sides)

    def _load_numbers(self, exercise: Exercise) -> None:
        plan = self._stored_numbers(exercise)
        self._loading = True
        for key, value in (("reps", plan.reps), ("hold_s", plan.hold_s), ("rest_s", plan.rest_s),
                           ("sets", plan.sets)):
            self.spins[key].setValue(int(value))
            self.spin_messages[key].hide()
        self._loading = False
        own = self._store.prescription(exercise.id) is not None
        self.reset_button.setEnabled(own)
        self.numbers_note.setText(self.tr("These are your own numbers.") if own
                                  else self.tr("These are the suggested numbers."))

    def _on_number_changed(self) -> None:
        if self._loading or self._exercise is None:
            return
        ok = True
        for key, spin in self.spins.items():
            low, high = BOUNDS[key]
            message = self.spin_messages[key]
            if low <= spin.value() <= high:
                message.hide()
            else:
                ok = False
                message.setText(self.tr("Choose a number from %1 to %2.").replace("%1", str(low))
                                .replace("%2", str(high)))
                message.show()
        if not ok:
            return  # what was saved stays saved until every number is sensible
        if self._timer is None:
            self._show_idle()  # "10 reps" above the Start button follows the boxes
        values = {k: s.value() for k, s in self.spins.items()}
        p = self._exercise.prescription
        try:
            if (values["reps"], values["hold_s"], values["rest_s"], values["sets"]) == (
                    p.reps, p.hold_s, p.rest_s, p.sets):
                self._store.clear_prescription(self._exercise.id)
            else:
                self._store.set_prescription(Prescription(self._exercise.id, values["reps"], values["hold_s"],
                                                          values["rest_s"], values["sets"]))
        except StoreError as exc:
            # The numbers stay in the boxes; the timer uses them anyway (see numbers()).
            self.numbers_note.setText(self.tr("Not saved."))
            errors.show_error(self, self.tr("Your numbers were not saved"), exc.user_message, exc.detail)
            return
        own = self._store.prescription(self._exercise.id) is not None
        self.reset_button.setEnabled(own)
        self.numbers_note.setText(self.tr("Saved. These are your own numbers.") if own
                                  else self.tr("These are the suggested numbers."))

    def reset_prescription(self) -> None:
        if self._exercise is None:
            return
        self._store.clear_prescription(self._exercise.id)
        self._load_numbers(self._exercise)

    # -- the timer ----------------------------------------------------------------------------------------

    @property
    def timer(self) -> rt.RepTimer | None:
        return self._timer

    def running(self) -> bool:
        """A set is under way and not paused: the person may be on the floor, not touching anything."""
        return self._timer is not None and self._timer.running

    def _space(self) -> None:
        """Space starts or pauses, except on another button, which it presses as usual."""
        if not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.start_button:
            focused.click()
            return
        self.toggle()

    def toggle(self) -> None:
        if self._timer is None or self._timer.finished:
            if self._exercise is not None:
                self._begin([self._exercise])
            return
        self._handle(self._timer.toggle(self._monotonic()))

    def start_all(self) -> None:
        self._begin(list(self._pack.exercises))

    def _begin(self, exercises: list[Exercise]) -> None:
        if self._timer is not None and not self._timer.finished:
            self.stop()
        self._timer_exercises = exercises
        self._timer = rt.RepTimer([self.numbers(e) for e in exercises], between_s=BETWEEN_EXERCISES_S)
        self._started_at = self._now()
        self._pain_before = None if self.pain_before.value() == NOT_GIVEN else self.pain_before.value()
        self._logged_ids = []
        self._not_saved = False
        self.after_box.hide()
        self.pacing_button.hide()
        self.pain_message.hide()
        self.figure.set_frame(self._frame(exercises[0]))
        self._handle(self._timer.start(self._monotonic()))

    def skip_forward(self) -> None:
        if self._timer is not None:
            self._handle(self._timer.skip_forward(self._monotonic()))

    def skip_back(self) -> None:
        if self._timer is not None:
            self._handle(self._timer.skip_back(self._monotonic()))

    def stop(self) -> None:
        if self._timer is not None and not self._timer.finished:
            self.cues.stop()
            self._handle(self._timer.stop(self._monotonic()))

    def stop_all(self) -> None:
        """Stop the timer, sounds and speech at once, storing nothing more (a kiosk visit ended)."""
        self._qtimer.stop()
        self._timer = None
        self.cues.stop()

    def _on_tick(self) -> None:
        if self._timer is None:
            self._qtimer.stop()
            return
        self._handle(self._timer.tick(self._monotonic()))

    def _handle(self, events: list) -> None:
        timer = self._timer
        if timer is None:
            return
        for event in events:
            if isinstance(event, rt.PhaseStarted):
                self._announce(event.segment)
            elif isinstance(event, rt.TickCue):
                self.cues.play(tones.TICK)
            elif isinstance(event, rt.SetCompleted):
                self.cues.play(tones.SET_DONE)
            elif isinstance(event, rt.ExerciseFinished):
                self._log(event.exercise, event.completed)
            elif isinstance(event, rt.Paused):
                self.cues.say(self.tr("Paused"))
            elif isinstance(event, rt.Finished):
                self._qtimer.stop()
                if event.completed:
                    self.cues.say(self.tr("Well done. That's all."))
                self._show_finished(event.completed)
        self._refresh()
        if timer.running:
            self._qtimer.start(self._next_wait_ms(timer))
        else:
            self._qtimer.stop()

    @staticmethod
    def _next_wait_ms(timer: rt.RepTimer) -> int:
        """Milliseconds to the next refresh: at most TICK_MS, less when a second or a phase ends sooner."""
        left = timer.seconds_left
        to_whole_second = left - math.floor(left) or 1.0
        return max(0, min(TICK_MS, math.ceil(min(left, to_whole_second) * 1000)))

    def _announce(self, seg: rt.Segment) -> None:
        plan = self._timer.plans[seg.exercise]
        if seg.phase == rt.GET_READY:
            self.cues.play(tones.GET_READY)
            self.cues.say(self.tr("%1. Get ready.").replace("%1", plan.name))
        elif seg.phase == rt.NEXT_EXERCISE:
            self.cues.play(tones.SET_DONE)
            self.cues.say(self.tr("Rest. Next: %1.").replace("%1", plan.name))
            self.figure.set_frame(self._frame(self._timer_exercises[seg.exercise]))
        elif seg.phase == rt.MOVE:
            self.cues.play(tones.START)
            side = self._side_words(seg.side)
            words = self.tr("Rep %1.").replace("%1", str(seg.rep))
            if seg.exercise > 0 and seg.rep == 1 and seg.set_no == 1 and seg.side != rt.RIGHT:
                words = f"{plan.name}. {words}"  # a routine moving on: say which exercise this is
            self.cues.say(f"{words} {side}." if side else words)
        elif seg.phase == rt.HOLD:
            self.cues.play(tones.START)
            self.cues.say(self.tr("Hold"))
        elif seg.phase == rt.RELEASE:
            if plan.hold_s > 0:
                self.cues.play(tones.HOLD_END)
            self.cues.say(self.tr("And relax"))
        elif seg.phase == rt.REST:
            self.cues.say(self.tr("Rest"))
        elif seg.phase == rt.SET_REST:
            self.cues.say(self.tr("Set %1 done. Rest.").replace("%1", str(seg.set_no)))

    def _side_words(self, side: str) -> str:
        return {rt.LEFT: self.tr("Left side"), rt.RIGHT: self.tr("Right side"),
                rt.EITHER: self.tr("One knee or both")}.get(side, "")

    def _phase_words(self, seg: rt.Segment | None) -> str:
        if self._timer is not None and self._timer.finished:
            return self.tr("Done") if self._timer.completed else self.tr("Stopped")
        if seg is None:
            return self.tr("Ready when you are")
        words = {rt.GET_READY: self.tr("Get ready"), rt.MOVE: self.tr("Move slowly"),
                 rt.HOLD: self.tr("Hold"),
                 rt.RELEASE: self.tr("And relax"), rt.REST: self.tr("Rest"),
                 rt.SET_REST: self.tr("Rest before the next set")}
        if seg.phase == rt.NEXT_EXERCISE:
            return self.tr("Rest. Next: %1").replace("%1", self._timer.plans[seg.exercise].name)
        return words.get(seg.phase, "")

    def _refresh(self) -> None:
        timer = self._timer
        if timer is None:
            self._show_idle()
            return
        seg = timer.segment
        plan = timer.plan
        self.timer_name.setText(plan.name)
        if seg is not None and seg.rep:
            text = self.tr("Rep %1 of %2").replace("%1", str(seg.rep)).replace("%2", str(plan.reps))
            side = self._side_words(seg.side)
            if side:
                text += " · " + side
            if plan.sets > 1:
                text += " · " + self.tr("Set %1 of %2").replace("%1", str(seg.set_no)).replace(
                    "%2", str(plan.sets))
            self.rep_label.setText(text)
        elif seg is not None and seg.phase == rt.SET_REST:
            self.rep_label.setText(self.tr("Set %1 of %2 done").replace("%1", str(seg.set_no))
                                   .replace("%2", str(plan.sets)))
        elif seg is not None:
            self.rep_label.setText(self.tr("%1 reps").replace("%1", str(plan.reps)))
        elif timer.finished:
            self.rep_label.setText(self.tr("%1 of %2 reps done").replace("%1", str(sum(timer.reps_done)))
                                   .replace("%2", str(sum(p.reps * p.sets for p in timer.plans))))
        phase = self._phase_words(seg)
        if timer.paused:
            phase = self.tr("Paused: %1").replace("%1", phase)
        self.phase_label.setText(phase)
        self.seconds_label.setText(str(math.ceil(round(timer.seconds_left, 3))) if seg is not None else "")
        if timer.finished:
            planned = sum(p.reps * p.sets for p in timer.plans)
            self.phase_bar.setValue(1000 if timer.completed else 0)
            self.set_bar.setValue(round(1000 * sum(timer.reps_done) / planned))
        else:
            self.phase_bar.setValue(round(timer.phase_fraction * 1000))
            self.set_bar.setValue(round(timer.set_fraction * 1000))
        self.start_button.setText(self.tr("Pause") if timer.running else
                                  self.tr("Resume") if timer.paused else self.tr("Start"))
        active = timer.started and not timer.finished
        for button in (self.back_button, self.skip_button, self.stop_button):
            button.setEnabled(active)
        for shortcut in self._session_keys:
            shortcut.setEnabled(active)
        self.figure.set_pose(self._pose_now())

    def _pose_now(self) -> Pose:
        timer = self._timer
        seg = timer.segment if timer is not None else None
        if seg is None:
            index = len(self._timer_exercises) - 1 if timer is not None and timer.finished else 0
            exercise = self._timer_exercises[index] if timer is not None else self._exercise
            return POSES[exercise.start_pose]
        exercise = self._timer_exercises[seg.exercise]
        start = POSES[exercise.start_pose]
        target = POSES[exercise.other_side_pose if seg.side == rt.RIGHT and exercise.other_side_pose
                       else exercise.hold_pose]
        fraction = 1.0 if reduced_motion() else timer.phase_fraction
        if seg.phase == rt.MOVE:
            return interpolate(start, target, fraction)
        if seg.phase == rt.HOLD:
            return target
        if seg.phase == rt.RELEASE:
            return interpolate(target, start, fraction)
        return start

    def _show_idle(self) -> None:
        if not hasattr(self, "start_button") or self._exercise is None:
            return
        plan = self.numbers(self._exercise)
        self.timer_name.setText(self._exercise.name)
        self.rep_label.setText(self.tr("%1 reps").replace("%1", str(plan.reps)))
        self.phase_label.setText(self.tr("Ready when you are"))
        self.seconds_label.setText("")
        self.phase_bar.setValue(0)
        self.set_bar.setValue(0)
        self.start_button.setText(self.tr("Start"))
        for button in (self.back_button, self.skip_button, self.stop_button):
            button.setEnabled(False)
        for shortcut in self._session_keys:
            shortcut.setEnabled(False)
        self.figure.set_frame(self._frame(self._exercise))
        self.figure.set_pose(POSES[self._exercise.start_pose])

    # -- after a session ----------------------------------------------------------------------------------

    def _log(self, index: int, completed: bool) -> None:
        timer = self._timer
        plan = timer.plans[index]
        if not completed and timer.reps_done[index] == 0:
            return  # stopped before a single rep: nothing worth putting in the log
        first = not self._logged_ids
        try:
            session = self._store.add_exercise_session(ExerciseSession(
                exercise_id=plan.exercise_id, exercise_name=plan.name,
                started_at=self._started_at or self._now(), duration_s=round(timer.duration_s(index), 1),
                reps_planned=plan.reps * plan.sets, reps_done=timer.reps_done[index], sets_planned=plan.sets,
                sets_done=timer.sets_done[index], outcome="completed" if completed else "stopped",
                pain_before=self._pain_before if first else None))
        except StoreError as exc:
            self._not_saved = True
            errors.show_error(self, self.tr("Session not saved"), exc.user_message, exc.detail)
            return
        self._logged_ids.append(session.id)
        self.session_logged.emit(session.id)

    def _show_finished(self, completed: bool) -> None:
        timer = self._timer
        done = sum(timer.reps_done)
        planned = sum(p.reps * p.sets for p in timer.plans)
        if self._not_saved:
            self.result_label.setText(self.tr("Done: %1 of %2 reps, but it could not be added to your log.")
                                      .replace("%1", str(done)).replace("%2", str(planned)))
        elif not self._logged_ids:
            self.result_label.setText(self.tr("Stopped before the first rep. Nothing was added to your log."))
        elif completed:
            self.result_label.setText(self.tr("Well done: %1 of %2 reps. It is in your Pacing log.")
                                      .replace("%1", str(done)).replace("%2", str(planned)))
        else:
            self.result_label.setText(self.tr("Stopped after %1 of %2 reps. It is in your Pacing log.")
                                      .replace("%1", str(done)).replace("%2", str(planned)))
        has_log = bool(self._logged_ids)
        self.pain_after.setValue(NOT_GIVEN)
        for widget in (self.pain_after, self.pain_after_button):
            widget.setEnabled(has_log)
        self.after_box.show()
        # The result and the pain question are what matter now: bring them into view, and the keyboard
        # to the pain box (Space there no longer restarts the timer by accident).
        self.timer_panel.layout().activate()
        self.timer_scroll.ensureWidgetVisible(self.after_box)
        if has_log and self.isVisible():
            self.pain_after.setFocus()
            self.pain_after.selectAll()  # so typing a number replaces "Not given"

    def save_pain_after(self) -> None:
        """Store the "how is your pain now?" answer with the session just done, and mention pacing if the
        pain has gone up by a meaningful amount."""
        if not self._logged_ids or self.pain_after.value() == NOT_GIVEN:
            self.pain_message.setText(self.tr("Choose a number from 0 (no pain) to 10 first."))
            self.pain_message.show()
            return
        after = self.pain_after.value()
        try:
            self._store.set_exercise_pain_after(self._logged_ids[-1], after)
        except StoreError as exc:
            self.pain_message.setText(self.tr("Not saved."))
            self.pain_message.show()
            errors.show_error(self, self.tr("Not saved"), exc.user_message, exc.detail)
            return
        self.session_logged.emit(self._logged_ids[-1])
        if self._pain_before is not None and after >= self._pain_before + PAIN_RISE_TO_MENTION:
            self.pain_message.setText(self.tr(
                "Your pain is higher than before you started. That can happen when you start to exercise "
                "again: hurt does not equal harm. If it is more than you can manage, pace yourself: do a "
                "little less for now, split it into smaller parts with rests, and build up slowly."))
            self.pacing_button.show()
        else:
            self.pain_message.setText(self.tr("Saved."))
            self.pacing_button.hide()
        self.pain_message.show()

    # -- the printed sheet --------------------------------------------------------------------------------

    def print_sheet(self) -> None:
        from backpain_desktop.ui import exercise_sheet

        items = [(e, self.numbers(e)) for e in self._pack.exercises]
        message = exercise_sheet.print_sheet(self, items, kiosk=self._kiosk)
        self.print_message.setText(message)
        self.print_message.setVisible(bool(message))

    # -- sound settings -----------------------------------------------------------------------------------

    def _on_mute(self, muted: bool) -> None:
        self.cues.muted = muted
        if muted:
            self.cues.stop()
        self._settings.muted = muted
        self._save_settings(self._settings)
        self._update_mute_text()

    def _update_mute_text(self) -> None:
        muted = self.mute_button.isChecked()
        self.mute_button.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
        self.mute_button.setAccessibleName(self.tr("Mute sounds"))

    def _on_voice(self, on: bool) -> None:
        self.cues.voice = on
        self._settings.voice = on
        self._save_settings(self._settings)
