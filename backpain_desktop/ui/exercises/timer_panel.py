"""The rep timer panel: what to do now in large words and seconds, a moving figure, Start / Back / Skip /
Stop, sound and voice switches, and "Pain before you start" on the tap scale. It shows what the tab hands
it and reports presses as signals; it keeps no timer state of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain.poses import Pose
from backpain_desktop.ui.exercises.common import plain_label, scaled
from backpain_desktop.ui.figure import FigureWidget
from backpain_desktop.ui.widgets import TapScale
from backpain_desktop.ui.widgets import tr as _tr


def _bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.setMaximumHeight(18)
    return bar


class TimerPanel(QWidget):
    """Public: the labels, bars and buttons below; :meth:`show_idle`, :meth:`show_running`,
    :meth:`set_pose`, :meth:`set_frame`, :meth:`pain_before_value`, :meth:`set_muted`."""

    start_clicked = Signal()
    back_clicked = Signal()
    skip_clicked = Signal()
    stop_clicked = Signal()
    mute_toggled = Signal(bool)
    voice_toggled = Signal(bool)

    def __init__(self, *, muted: bool, voice: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(_tr("ExerciseTab", "Rep timer"))
        self._build_words()
        self._build_bars()
        self._build_figure()
        self._build_step_buttons()
        self._build_sound_buttons(muted, voice)
        self._build_pain_before()
        self._lay_out()

    def _build_words(self) -> None:
        """The exercise's name, the rep, what to do now, and the seconds left."""
        self.timer_name = plain_label()
        scaled(self.timer_name, 1.25, bold=True)
        self.rep_label = plain_label()
        self.phase_label = plain_label()
        scaled(self.phase_label, 1.6, bold=True)
        self.seconds_label = QLabel()
        self.seconds_label.setTextFormat(Qt.TextFormat.PlainText)
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scaled(self.seconds_label, 3.0, bold=True)
        self.seconds_label.setAccessibleDescription(_tr("ExerciseTab", "Seconds left"))

    def _build_bars(self) -> None:
        """How far through this step and this set."""
        self.phase_bar = _bar(_tr("ExerciseTab", "This step"))
        self.set_bar = _bar(_tr("ExerciseTab", "This set"))
        self.bars = QWidget()  # hidden when no set runs: an empty bar looks like a text box
        bars = QGridLayout(self.bars)
        bars.setContentsMargins(0, 0, 0, 0)
        bars.addWidget(plain_label(_tr("ExerciseTab", "Step")), 0, 0)
        bars.addWidget(self.phase_bar, 0, 1)
        bars.addWidget(plain_label(_tr("ExerciseTab", "Set")), 1, 0)
        bars.addWidget(self.set_bar, 1, 1)
        bars.setColumnStretch(1, 1)

    def _build_figure(self) -> None:
        self.figure = FigureWidget()
        self.figure.setAccessibleName(_tr("ExerciseTab", "Moving picture of the exercise"))
        self.figure.setMinimumHeight(90)

    def _build_step_buttons(self) -> None:
        """Start or pause, Back, Skip and Stop, each with its key in the tooltip."""
        self.start_button = QPushButton(_tr("ExerciseTab", "Start"))
        self.back_button = QPushButton(_tr("ExerciseTab", "Back"))
        self.skip_button = QPushButton(_tr("ExerciseTab", "Skip"))
        self.stop_button = QPushButton(_tr("ExerciseTab", "Stop"))
        for button, name, tip in (
                (self.start_button, _tr("ExerciseTab", "Start or pause"), _tr("ExerciseTab", "Space")),
                (self.back_button, _tr("ExerciseTab", "Back a step"), _tr("ExerciseTab", "Left arrow")),
                (self.skip_button, _tr("ExerciseTab", "Skip this step"), _tr("ExerciseTab", "Right arrow")),
                (self.stop_button, _tr("ExerciseTab", "Stop"), _tr("ExerciseTab", "Esc"))):
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setMinimumHeight(48)
        scaled(self.start_button, 1.15, bold=True)
        self.start_button.clicked.connect(self.start_clicked)
        self.back_button.clicked.connect(self.back_clicked)
        self.skip_button.clicked.connect(self.skip_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)

    def _build_sound_buttons(self, muted: bool, voice: bool) -> None:
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setAccessibleName(_tr("ExerciseTab", "Mute sounds"))
        self.mute_button.setChecked(muted)
        self.voice_button = QPushButton(_tr("ExerciseTab", "Voice"))
        self.voice_button.setCheckable(True)
        self.voice_button.setAccessibleName(_tr("ExerciseTab", "Spoken cues"))
        self.voice_button.setChecked(voice)
        self.voice_button.hide()  # shown once a speech engine is known to work
        self._show_mute()
        self.mute_button.toggled.connect(self._mute)
        self.voice_button.toggled.connect(self.voice_toggled)

    def _build_pain_before(self) -> None:
        self.pain_before = TapScale(accessible_name=_tr("ExerciseTab", "Pain before you start"))
        self.before = QWidget()  # asked before a set, out of the way while it runs
        before = QVBoxLayout(self.before)
        before.setContentsMargins(0, 0, 0, 0)
        before_label = plain_label(_tr("ExerciseTab", "Pain before you start (optional)"))
        before.addWidget(before_label)
        before.addWidget(self.pain_before)

    def _lay_out(self) -> None:
        """Words and seconds on top, then the bars, the moving picture, the buttons and the pain question."""
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.timer_name)
        words.addWidget(self.rep_label)
        words.addWidget(self.phase_label)
        head.addLayout(words, 1)
        head.addWidget(self.seconds_label)
        col.addLayout(head)
        col.addWidget(self.bars)
        col.addWidget(self.figure, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0, 1, 2)
        buttons.addWidget(self.mute_button, 0, 2)
        buttons.addWidget(self.voice_button, 0, 3)
        buttons.addWidget(self.back_button, 1, 0)
        buttons.addWidget(self.skip_button, 1, 1)
        buttons.addWidget(self.stop_button, 1, 2, 1, 2)
        col.addLayout(buttons)
        col.addWidget(self.before)

    # -- what the tab hands it --

    def show_idle(self, name: str, reps_text: str) -> None:
        self.timer_name.setText(name)
        self.rep_label.setText(reps_text)
        self.phase_label.setText(_tr("ExerciseTab", "Ready when you are"))
        self.seconds_label.setText("")
        self.phase_bar.setValue(0)
        self.set_bar.setValue(0)
        self.bars.hide()
        self.before.show()
        self.start_button.setText(_tr("ExerciseTab", "Start"))
        self._set_active(False)

    def show_running(self, *, name: str, rep_text: str, phase_text: str, seconds_text: str,
                     phase_fraction: float, set_fraction: float, start_text: str, active: bool) -> None:
        self.timer_name.setText(name)
        self.rep_label.setText(rep_text)
        self.phase_label.setText(phase_text)
        self.seconds_label.setText(seconds_text)
        self.phase_bar.setValue(round(phase_fraction * 1000))
        self.set_bar.setValue(round(set_fraction * 1000))
        self.bars.setVisible(active)
        self.before.setVisible(not active)
        self.start_button.setText(start_text)
        self._set_active(active)

    def _set_active(self, active: bool) -> None:
        for button in (self.back_button, self.skip_button, self.stop_button):
            button.setEnabled(active)

    def set_frame(self, poses: list[Pose]) -> None:
        self.figure.set_frame(poses)

    def set_pose(self, pose: Pose) -> None:
        self.figure.set_pose(pose)

    def pain_before_value(self) -> int | None:
        return self.pain_before.value()

    def set_voice_available(self, available: bool) -> None:
        self.voice_button.setVisible(available)

    def _mute(self, muted: bool) -> None:
        self._show_mute()
        self.mute_toggled.emit(muted)

    def _show_mute(self) -> None:
        self.mute_button.setText(_tr("ExerciseTab",
                "Sound off") if self.mute_button.isChecked() else _tr("ExerciseTab", "Sound on"))
