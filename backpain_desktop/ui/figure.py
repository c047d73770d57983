"""Draws the exercise pictures: a person on a mat, from a pose in domain/poses.py, with QPainter.

One drawing function serves the live animated figure (:class:`FigureWidget`), the step thumbnails, the
printed sheet and devtools/make_figures.py, so every picture of an exercise looks the same. Colours come
from the palette, so the figure suits light, dark and high-contrast themes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_desktop.domain.poses import END, HEAD_R, MAT_DEPTH, Pose, bounds, joints, project
from backpain_desktop.ui.theme import contrast_ratio

LIMB_WIDTH = 7.5  # figure units
TRUNK_WIDTH = 13.0
PAD = 6.0


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


@functools.lru_cache(maxsize=64)
def _mat(poses: tuple[Pose, ...]) -> tuple[tuple[float, float, float], ...]:
    """The mat's corners: long enough for every joint of every pose, wide enough for the limbs."""
    points = [p for pose in poses for p in joints(pose).values()]
    xs = [p[0] for p in points]
    lo, hi = min(xs) - HEAD_R - 4, max(xs) + 6
    depth = max(MAT_DEPTH, max(abs(p[2]) for p in points) + LIMB_WIDTH)
    return ((lo, 0.0, -depth), (hi, 0.0, -depth), (hi, 0.0, depth), (lo, 0.0, depth))


def view_box(poses: Iterable[Pose]) -> QRectF:
    """The part of the page to show: every given pose and the mat under it, with a margin."""
    return QRectF(*_view_box(tuple(poses)))


@functools.lru_cache(maxsize=64)
def _view_box(poses: tuple[Pose, ...]) -> tuple[float, float, float, float]:
    # Every repaint of a figure asks for the same frame; working it out took a third of a paint.
    view = poses[0].view
    xs, ys = [], []
    for pose in poses:
        lo_x, lo_y, hi_x, hi_y = bounds(pose)
        xs += [lo_x, hi_x]
        ys += [lo_y, hi_y]
    for corner in _mat(poses):
        x, y = project(corner, view)
        xs.append(x)
        ys.append(y)
    margin = LIMB_WIDTH / 2 + PAD
    return (min(xs) - margin, min(ys) - margin, max(xs) - min(xs) + 2 * margin,
            max(ys) - min(ys) + 2 * margin)


def paint_pose(painter: QPainter, target: QRectF, pose: Pose, palette: QPalette,
               frame: Iterable[Pose] | None = None) -> None:
    """Draw ``pose`` centred in ``target``; ``frame`` (all poses of the exercise) fixes the scale so a
    moving figure never jumps."""
    poses = tuple(p for p in (frame or []) if p.view == pose.view) or (pose,)
    box = view_box(poses)
    scale = min(target.width() / box.width(), target.height() / box.height())
    ox = target.center().x() - box.center().x() * scale
    oy = target.center().y() + box.center().y() * scale

    def at(p3) -> QPointF:
        x, y = project(p3, pose.view)
        return QPointF(ox + x * scale, oy - y * scale)

    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    body = accent
    far = _blend(accent, window, 0.45)
    near = _blend(accent, text, 0.18)
    mat = _blend(window, text, 0.12)
    mat_edge = _blend(window, text, 0.45)
    outline = QPen(_blend(accent, text, 0.55), max(1.0, 0.9 * scale))

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(mat_edge, max(1.0, 0.6 * scale)))
    painter.setBrush(mat)
    painter.drawPolygon(QPolygonF([at(c) for c in _mat(poses)]))

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

    def head(with_eye: bool) -> None:
        painter.setPen(outline)
        painter.setBrush(body)
        centre = at(j["head"])
        painter.drawEllipse(centre, HEAD_R * scale, HEAD_R * scale)
        if not with_eye:
            return
        face, up = math.radians(pose.face), math.radians(pose.head)
        eye = QPointF(centre.x() + (0.5 * math.cos(face) + 0.2 * math.cos(up)) * HEAD_R * scale,
                      centre.y() - (0.5 * math.sin(face) + 0.2 * math.sin(up)) * HEAD_R * scale)
        painter.setPen(Qt.PenStyle.NoPen)
        # Whichever of the text and background colours stands out more on the head (high contrast: white).
        dot = max((text, window), key=lambda c: contrast_ratio(c, body))
        painter.setBrush(dot)
        painter.drawEllipse(eye, 1.2 * scale, 1.2 * scale)

    arm = ("{0}_shoulder", "{0}_elbow", "{0}_hand")
    leg = ("{0}_hip", "{0}_knee", "{0}_ankle", "{0}_toe")
    if pose.view == END:
        # From the feet end the head is furthest away and the knees nearest: draw far to near.
        for side in ("far", "near"):
            limb(tuple(n.format(side) for n in arm), near, LIMB_WIDTH)
        head(with_eye=False)
        limb(("hip", "shoulder"), body, TRUNK_WIDTH)
        first, second = ("near", "far") if pose.roll > 0 else ("far", "near")
        limb(tuple(n.format(first) for n in leg), near, LIMB_WIDTH)
        limb(tuple(n.format(second) for n in leg), near, LIMB_WIDTH)
        # Knees as rounded caps in the body colour, so two legs side by side still read as two.
        for side in (first, second):
            painter.setPen(outline)
            painter.setBrush(near)
            painter.drawEllipse(at(j[f"{side}_knee"]), LIMB_WIDTH * 0.55 * scale, LIMB_WIDTH * 0.55 * scale)
    else:
        limb(tuple(n.format("far") for n in arm), far, LIMB_WIDTH)
        limb(tuple(n.format("far") for n in leg), far, LIMB_WIDTH)
        limb(("hip", "shoulder"), body, TRUNK_WIDTH)
        limb(("shoulder", "neck"), body, LIMB_WIDTH)
        limb(tuple(n.format("near") for n in leg), near, LIMB_WIDTH)
        limb(tuple(n.format("near") for n in arm), near, LIMB_WIDTH)
        # The head last, so arms round it (lying on the front, child's pose) never hide which way it faces.
        head(with_eye=True)
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
