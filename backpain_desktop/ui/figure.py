"""Draws the exercise pictures: a person on a mat, from a pose in domain/poses.py, with QPainter.

One drawing function serves the live animated figure (:class:`FigureWidget`), the step thumbnails, the
printed sheet and devtools/make_figures.py, so every picture of an exercise looks the same. Colours come
from the palette, so the figure suits light, dark and high-contrast themes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_desktop.domain.poses import DEPTH_X, DEPTH_Y, HEAD_R, MAT_DEPTH, Pose, bounds, joints, project

LIMB_WIDTH = 7.5  # figure units
TRUNK_WIDTH = 13.0
PAD = 6.0


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def view_box(poses: Iterable[Pose]) -> QRectF:
    """The part of the world to show: every given pose and the mat under it, with a margin."""
    left, bottom, right, top = 1e9, 0.0, -1e9, -1e9
    for pose in poses:
        lo_x, lo_y, hi_x, hi_y = bounds(pose)
        left, right = min(left, lo_x), max(right, hi_x)
        bottom, top = min(bottom, lo_y), max(top, hi_y)
    left -= LIMB_WIDTH + PAD
    right += LIMB_WIDTH + PAD + MAT_DEPTH * DEPTH_X
    top += LIMB_WIDTH / 2 + PAD + MAT_DEPTH * DEPTH_Y
    bottom -= MAT_DEPTH * DEPTH_Y + PAD
    return QRectF(left, bottom, right - left, top - bottom)


def paint_pose(painter: QPainter, target: QRectF, pose: Pose, palette: QPalette,
               frame: Iterable[Pose] | None = None) -> None:
    """Draw ``pose`` centred in ``target``; ``frame`` (all poses of the exercise) fixes the scale so a
    moving figure never jumps."""
    box = view_box(list(frame) if frame else [pose])
    scale = min(target.width() / box.width(), target.height() / box.height())
    ox = target.center().x() - box.center().x() * scale
    oy = target.center().y() + box.center().y() * scale

    def at(p3) -> QPointF:
        x, y = project(p3)
        return QPointF(ox + x * scale, oy - y * scale)

    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    body = accent
    far = _blend(accent, window, 0.45)
    mat = _blend(window, text, 0.12)
    mat_edge = _blend(window, text, 0.45)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # The mat: a strip of floor seen slightly from above.
    mat_left, mat_right = box.left() + PAD / 2, box.right() - PAD / 2 - MAT_DEPTH * DEPTH_X
    corners = [(mat_left, 0.0, -MAT_DEPTH), (mat_right, 0.0, -MAT_DEPTH), (mat_right, 0.0, MAT_DEPTH),
               (mat_left, 0.0, MAT_DEPTH)]
    painter.setPen(QPen(mat_edge, max(1.0, 0.6 * scale)))
    painter.setBrush(mat)
    painter.drawPolygon(QPolygonF([at(c) for c in corners]))

    j = joints(pose)

    def limb(names: tuple[str, ...], colour: QColor, width: float) -> None:
        pen = QPen(colour, width * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(at(j[names[0]]))
        for name in names[1:]:
            path.lineTo(at(j[name]))
        painter.drawPath(path)

    outline = QPen(_blend(accent, text, 0.55), max(1.0, 0.9 * scale))
    limb(("far_shoulder", "far_elbow", "far_hand"), far, LIMB_WIDTH)
    limb(("far_hip", "far_knee", "far_ankle", "far_toe"), far, LIMB_WIDTH)
    limb(("hip", "shoulder"), body, TRUNK_WIDTH)
    limb(("shoulder", "neck"), body, LIMB_WIDTH)
    near = _blend(accent, text, 0.18)
    limb(("near_hip", "near_knee", "near_ankle", "near_toe"), near, LIMB_WIDTH)
    limb(("near_shoulder", "near_elbow", "near_hand"), near, LIMB_WIDTH)
    # The head last, so arms round it (lying on the front, child's pose) never hide which way it faces.
    painter.setPen(outline)
    painter.setBrush(body)
    centre = at(j["head"])
    painter.drawEllipse(centre, HEAD_R * scale, HEAD_R * scale)
    face, up = math.radians(pose.face), math.radians(pose.head)
    eye = QPointF(centre.x() + (0.5 * math.cos(face) + 0.2 * math.cos(up)) * HEAD_R * scale,
                  centre.y() - (0.5 * math.sin(face) + 0.2 * math.sin(up)) * HEAD_R * scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_blend(accent, text, 0.8))
    painter.drawEllipse(eye, 1.1 * scale, 1.1 * scale)
    painter.restore()


def render_image(pose: Pose, size: QSize, palette: QPalette, frame: Iterable[Pose] | None = None,
                 background: bool = True) -> QImage:
    """The pose as a picture (for thumbnails, printing and tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window) if background else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    paint_pose(painter, QRectF(0, 0, size.width(), size.height()), pose, palette, frame)
    painter.end()
    return image


class FigureWidget(QWidget):
    """The live figure: shows one pose, scaled to fit and fixed to the exercise's frame."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pose: Pose | None = None
        self._frame: list[Pose] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 260)

    def set_frame(self, poses: Iterable[Pose]) -> None:
        self._frame = list(poses)
        self.update()

    def set_pose(self, pose: Pose) -> None:
        if pose != self._pose:
            self._pose = pose
            self.update()

    def pose(self) -> Pose | None:
        return self._pose

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._pose is None:
            return
        painter = QPainter(self)
        paint_pose(painter, QRectF(self.rect()), self._pose, self.palette(), self._frame or None)
        painter.end()
