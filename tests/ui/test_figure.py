"""The drawn pictures: the same body size in every exercise's picture, far limbs never pale, and a step
picture that opens full size on a click, a tap or a key, and closes on Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtWidgets import QLabel

from backpain_desktop.domain.content import load_pack
from backpain_desktop.domain.poses import HEAD_R, POSES
from backpain_desktop.domain.reptimer import TimerPlan
from backpain_desktop.paths import resource_path
from backpain_desktop.ui import figure
from backpain_desktop.ui.exercise_sheet import numbers_text
from backpain_desktop.ui.theme import contrast_ratio, dark_palette


@pytest.fixture(scope="module")
def pack():
    return load_pack(resource_path("content", "en-GB"))


def _frame(exercise):
    return [POSES[s.pose] for s in exercise.steps] + [POSES[p] for p in exercise.poses]


@pytest.mark.parametrize("size", [QSize(208, 128), QSize(480, 300), QSize(1200, 800)])
def test_the_head_is_the_same_size_in_every_exercise(pack, size):
    """Ensure one person at one scale: the head drawn in each exercise's pictures is within 5 % of the
    others' (a smaller figure in one exercise would read as a child, a bigger as a close-up)."""
    heads = {e.id: HEAD_R * figure.body_scale(QRectF(0, 0, size.width(), size.height()), _frame(e))
             for e in pack.exercises}
    assert max(heads.values()) <= min(heads.values()) * 1.05, heads


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_far_limbs_are_darker_not_paler(qapp, palette):
    """Ensure a far limb is a deeper shade of the near one and stands out from the background."""
    pal = qapp.palette() if palette == "light" else dark_palette()
    look = figure._Look(pal)
    assert look.far.lightnessF() < look.near.lightnessF()
    assert contrast_ratio(look.far, look.window) >= 1.5
    assert contrast_ratio(look.arrow, look.window) >= 3.0


def test_counts_say_what_a_rep_is_where_sides_are_involved():
    each = numbers_text(TimerPlan(name="x", reps=10, hold_s=3, rest_s=3, sets=1, sides="alternate"))
    assert "10 reps each side" in each
    either = numbers_text(TimerPlan(name="x", reps=5, hold_s=10, rest_s=5, sets=1, sides="either"))
    assert "5 reps in all" in either and "knee" in either


def test_a_step_picture_opens_full_size_and_escape_closes_it(qtbot, pack):
    """Ensure a click on a step picture shows it big with its words and a finger-sized Close button, and
    that Escape closes it."""
    exercise = pack.exercise("knee-hugs")
    step = exercise.steps[1]
    picture = QLabel()
    picture.setFixedSize(200, 120)
    qtbot.addWidget(picture)
    figure.enlarge_on_click(picture, POSES[step.pose], _frame(exercise), step.text)
    picture.show()
    qtbot.waitExposed(picture)
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton, pos=QPoint(100, 60))
    viewer = picture.findChild(figure.FigureViewer)
    assert viewer is not None and viewer.isVisible()
    assert viewer.caption.text() == step.text
    assert viewer.close_button.height() >= figure.CLOSE_MIN_PX
    assert viewer.figure.width() > picture.width() * 2
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible())


def test_a_step_picture_opens_from_the_keyboard(qtbot, pack):
    exercise = pack.exercise("mini-squats")
    picture = QLabel()
    qtbot.addWidget(picture)
    figure.enlarge_on_click(picture, POSES["squat-down"], _frame(exercise), "Bend your knees")
    picture.show()
    qtbot.waitExposed(picture)
    assert picture.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(picture, Qt.Key.Key_Space)
    viewer = picture.findChild(figure.FigureViewer)
    assert viewer is not None and viewer.isVisible()
    viewer.close_button.click()
    qtbot.waitUntil(lambda: not viewer.isVisible())
