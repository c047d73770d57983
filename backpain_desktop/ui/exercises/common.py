"""Small helpers the Exercises tab's parts share: one translation context, plain labels, relative fonts,
and the sides wording ("10 reps on each side")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.content import Exercise
from backpain_desktop.domain.poses import POSES, Pose
from backpain_desktop.ui.widgets import Context
from backpain_desktop.ui.widgets import tr as _tr

ExerciseTab = Context("ExerciseTab")  # for counted words (%n); see widgets.Context

CONTEXT = "ExerciseTab"  # one context for every part, so existing translations keep working




def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def scaled(widget: QWidget, ratio: float, bold: bool = False) -> None:
    """A font relative to the app's text size, so the theme's text scale still applies."""
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * ratio)
    font.setBold(bold)
    widget.setFont(font)


def side_words(side: str) -> str:
    return {rt.LEFT: _tr("ExerciseTab", "Left side"), rt.RIGHT: _tr("ExerciseTab", "Right side"),
            rt.EITHER: _tr("ExerciseTab", "One knee or both")}.get(side, "")


def reps_words(reps: int, sides: str) -> str:
    """"10 reps", or "10 reps on each side" where the sides alternate (10 means 20 movements)."""
    if sides == "alternate":
        return ExerciseTab.tr("%n rep(s) on each side", None, reps)
    return ExerciseTab.tr("%n rep(s)", None, reps)


def numbers_words(plan: rt.TimerPlan) -> str:
    """One line: "10 reps on each side · hold 3 s · rest 3 s · 1 set"."""
    parts = [reps_words(plan.reps, plan.sides)]
    parts.append(ExerciseTab.tr("hold %n s", None, int(plan.hold_s)))
    parts.append(ExerciseTab.tr("rest %n s", None, int(plan.rest_s)))
    parts.append(ExerciseTab.tr("%n set(s)", None, plan.sets))
    return " · ".join(parts)


def frame_of(exercise: Exercise) -> list[Pose]:
    """Every pose an exercise shows, so its pictures share one scale."""
    return [POSES[s.pose] for s in exercise.steps] + [POSES[p] for p in exercise.poses]
