"""Draws the exercise pictures: a person on a mat, from a pose in domain/poses.py, with QPainter; and the
viewer that shows one step picture full size.

One drawing function serves the live animated figure (:class:`FigureWidget`), the step pictures, the
printed sheet and devtools/make_figures.py, so every picture of an exercise looks the same. The body is
drawn at one scale for a given picture size (:func:`body_scale`), whatever the exercise, so the same person
is the same size in every picture of a sheet. Near limbs are a lighter shade with a dark outline, far limbs
a darker shade without one. Colours come from the palette, so the figure suits every theme.

Public API for the tab: :func:`render_image` (a step picture), :class:`FigureWidget` (the moving figure),
:func:`enlarge_on_click` (click, tap, Enter or Space on a step picture opens :class:`FigureViewer`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backpain_desktop.domain.poses import (
    HEAD_R,
    POSES,
    RADII,
    SEGMENTS,
    TRUNK_CIRCLES,
    Pose,
    bounds,
    camera,
    interpolate,
    joints,
    project,
)
from backpain_desktop.ui.theme import contrast_ratio
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

MAT_HALF_WIDTH = 0.19  # an exercise mat is about 60 cm wide: 0.34 of a standing height, plus a margin
MAT_MARGIN = 0.06
PAD = 0.03  # space round the body and mat, in heights
CLOSE_MIN_PX = 48  # the viewer's close button: a finger-sized target, kiosk included


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


@functools.lru_cache(maxsize=64)
def _mat(poses: tuple[Pose, ...]) -> tuple[tuple[float, float, float], ...]:
    """The mat's (or, standing, the floor's) corners: under every point of every pose, with a margin."""
    xs, zs = [], []
    for pose in poses:
        for name, p in joints(pose).items():
            if name not in ("face", "head_up"):
                xs.append(p[0])
                zs.append(p[2])
    lo, hi = min(xs) - HEAD_R - MAT_MARGIN, max(xs) + MAT_MARGIN
    if hi - lo < 0.5:  # standing: a square of floor round the feet
        middle = (lo + hi) / 2
        lo, hi = middle - 0.25, middle + 0.25
    half = max(MAT_HALF_WIDTH, max(abs(z) for z in zs) + MAT_MARGIN)
    return ((lo, 0.0, -half), (hi, 0.0, -half), (hi, 0.0, half), (lo, 0.0, half))


@functools.lru_cache(maxsize=64)
def _view_box(poses: tuple[Pose, ...]) -> tuple[float, float, float, float]:
    """The part of the page the poses and their mat take up, in heights: left, bottom, width, height."""
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
    return (min(xs) - PAD, min(ys) - PAD, max(xs) - min(xs) + 2 * PAD, max(ys) - min(ys) + 2 * PAD)


@functools.lru_cache(maxsize=1)
def _largest_box() -> tuple[float, float]:
    """Width and height of the largest single pose with its mat: every picture is scaled to fit this, so
    the body is the same size in every picture of the same size."""
    boxes = [_view_box((pose,)) for pose in POSES.values()]
    return max(b[2] for b in boxes), max(b[3] for b in boxes)


def view_box(poses: Iterable[Pose]) -> QRectF:
    """The part of the page to show for these poses, in heights (y up)."""
    return QRectF(*_view_box(tuple(poses)))


def body_scale(target: QRectF | QSize, poses: Iterable[Pose] = ()) -> float:
    """Pixels per standing height in a picture of this size: the same for every exercise, unless one
    exercise's poses together need more room than any single pose."""
    width, height = target.width(), target.height()
    big_w, big_h = _largest_box()
    scale = min(width / big_w, height / big_h)
    poses = tuple(poses)
    if poses:
        _, _, w, h = _view_box(poses)
        scale = min(scale, width / w, height / h)
    return scale


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def half(seq):
        out: list[tuple[float, float]] = []
        for p in seq:
            while len(out) >= 2 and ((out[-1][0] - out[-2][0]) * (p[1] - out[-2][1])
                                     - (out[-1][1] - out[-2][1]) * (p[0] - out[-2][0])) <= 0:
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def _blob(circles: list[tuple[QPointF, float]]) -> QPainterPath:
    """The outline round a few circles: a limb that tapers from one end to the other, a trunk, a foot."""
    pts = []
    for c, r in circles:
        steps = 24
        pts += [(c.x() + r * math.cos(2 * math.pi * k / steps), c.y() + r * math.sin(2 * math.pi * k / steps))
                for k in range(steps)]
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in _hull(pts)]))
    path.closeSubpath()
    return path


class _Look:
    """The colours of one picture, from a palette."""

    def __init__(self, palette: QPalette):
        self.window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark_bg = self.window.lightnessF() < 0.5
        # Ink: the darker of text and background, for outlines, eyes and hair on the body's colour.
        self.ink = min((text, self.window), key=lambda c: c.lightnessF())
        self.ink = _blend(self.ink, accent, 0.15)
        self.near = accent if not dark_bg else accent
        # Far limbs: the same hue, clearly darker (never paler: a pale limb reads as a ghost or an old pose).
        self.far = _blend(accent, self.ink, 0.45)
        self.mat = _blend(self.window, text, 0.10)
        self.mat_edge = _blend(self.window, text, 0.40)
        arrow = QColor("#fb923c") if dark_bg else QColor("#b7410e")
        if contrast_ratio(arrow, self.window) < 3.0:
            arrow = text
        self.arrow = arrow


def _arrow_path(pose: Pose, at, view: str) -> list[QPointF]:
    """The path the arrow's point moves along, from the pose it comes from to this one."""
    if not pose.arrow or pose.arrow[0] not in POSES:
        return []
    start, point = POSES[pose.arrow[0]], pose.arrow[1]
    return [at(joints(interpolate(start, pose, t / 12))[point]) for t in range(1, 12)]


def paint_pose(painter: QPainter, target: QRectF, pose: Pose, palette: QPalette,
               frame: Iterable[Pose] | None = None, *, arrows: bool = True) -> None:
    """Draw ``pose`` in ``target``; ``frame`` (all poses of the exercise) fixes the mat and the middle so a
    moving figure never jumps. ``arrows`` draws the step's arrow, if it has one."""
    poses = tuple(p for p in (frame or []) if p.view == pose.view) or (pose,)
    if pose not in poses:
        poses = poses + (pose,)
    left, bottom, width, height = _view_box(poses)
    scale = body_scale(target, poses)
    ox = target.center().x() - (left + width / 2) * scale
    oy = target.center().y() + (bottom + height / 2) * scale
    view = pose.view

    def at(p3) -> QPointF:
        x, y = project(p3, view)
        return QPointF(ox + x * scale, oy - y * scale)

    look = _Look(palette)
    _, _, towards = camera(view)
    j = joints(pose)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(look.mat_edge, max(1.0, 0.004 * scale)))
    painter.setBrush(look.mat)
    painter.drawPolygon(QPolygonF([at(c) for c in _mat(poses)]))
    _paint_parts(painter, _body_parts(j, at, scale, towards), scale, look)
    _paint_head(painter, j, at, scale, towards, look)
    if arrows:
        _paint_arrow(painter, _arrow_path(pose, at, view), at(j["pelvis"]), scale, look)
    painter.restore()


def _body_parts(j, at, scale: float, towards) -> list[tuple[float, str, QPainterPath]]:
    """Every part of the body as (depth, "body" | "near" | "far", outline), sorted far to near."""
    def depth(p3) -> float:
        return p3[0] * towards[0] + p3[1] * towards[1] + p3[2] * towards[2]

    parts: list[tuple[float, str, QPainterPath]] = []
    trunk = [(at(j[n]), r * scale) for n, r in TRUNK_CIRCLES]
    trunk_depth = sum(depth(j[n]) for n, _ in TRUNK_CIRCLES) / len(TRUNK_CIRCLES)
    parts.append((trunk_depth, "body", _blob(trunk)))
    neck_r = RADII["neck"][0] * scale
    neck = _blob([(at(j["shoulder"]), neck_r), (at(j["head"]), neck_r)])
    parts.append((depth(j["head"]) - 0.001, "body", neck))
    for a, b, kind in SEGMENTS:
        side = "near" if a.startswith("near") else "far"
        ra, rb = RADII[kind]
        circles = [(at(j[a]), ra * scale), (at(j[b]), rb * scale)]
        if kind == "foot":  # the heel, the ankle and the toe: a foot, not a stick
            ankle = a.replace("heel", "ankle")
            circles.append((at(j[ankle]), RADII["shank"][1] * scale))
        mid = [(pa + pb) / 2 for pa, pb in zip(j[a], j[b], strict=True)]
        # Joints shared by two segments overlap: the segment nearer the hand or foot is drawn over.
        order = {"thigh": 0, "shank": 1, "foot": 2, "upper_arm": 0, "forearm": 1, "hand": 2}[kind]
        parts.append((depth(mid) + order * 1e-4, side, _blob(circles)))
    parts.sort(key=lambda part: part[0])
    return parts


def _paint_parts(painter: QPainter, parts: list[tuple[float, str, QPainterPath]], scale: float,
                 look: _Look) -> None:
    """Each part in turn, far to near: the far side's limbs unoutlined, the rest outlined in ink."""
    gap = max(1.0, 0.006 * scale)
    line = max(1.0, 0.0045 * scale)
    for _, kind, path in parts:
        # A thin gap in the background colour round every part keeps crossing limbs apart.
        painter.setPen(QPen(look.window, gap + line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(look.far if kind == "far" else look.near)
        painter.setPen(Qt.PenStyle.NoPen if kind == "far" else
                       QPen(look.ink, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)


def _paint_head(painter: QPainter, j, at, scale: float, towards, look: _Look) -> None:
    """The head last, so arms round it never hide which way it faces: hair at the back, a nose and an eye
    (two, seen from the front) on the face."""
    centre3, face, up = j["head"], j["face"], j["head_up"]
    r = HEAD_R * scale
    centre = at(centre3)

    def on_head(f: float, u: float, s: float) -> tuple[QPointF, float]:
        v = [f * face[i] + u * up[i] + s * (1.0 if i == 2 else 0.0) for i in range(3)]
        n = math.sqrt(sum(c * c for c in v))
        v = [c / n for c in v]
        p = at(tuple(centre3[i] + v[i] * HEAD_R for i in range(3)))
        return p, sum(v[i] * towards[i] for i in range(3))

    nose, nose_facing = on_head(1.0, -0.15, 0.0)
    head = QPainterPath()
    head.addEllipse(centre, r, r)
    if nose_facing > -0.3:
        bump = QPainterPath()
        tip = QPointF(centre.x() + (nose.x() - centre.x()) * 1.16,
                      centre.y() + (nose.y() - centre.y()) * 1.16)
        bump.addEllipse(tip, 0.2 * r, 0.2 * r)
        head = head.united(bump)
    gap = max(1.0, 0.006 * scale)
    line = max(1.0, 0.0045 * scale)
    painter.setPen(QPen(look.window, gap + line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(head)
    painter.setPen(QPen(look.ink, line))
    painter.setBrush(look.near)
    painter.drawPath(head)
    # Hair: a cap on the back and top of the head, away from the face.
    painter.save()
    clip = QPainterPath()
    clip.addEllipse(centre, r, r)
    painter.setClipPath(clip)
    hair_centre = at(tuple(centre3[i] - 0.62 * HEAD_R * face[i] + 0.45 * HEAD_R * up[i] for i in range(3)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.ink)
    painter.drawEllipse(hair_centre, 0.95 * r, 0.95 * r)
    painter.restore()
    painter.setPen(QPen(look.ink, line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, r, r)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.ink)
    for s in (0.42, -0.42):
        eye, facing = on_head(0.8, 0.28, s)
        if facing > 0.15:
            painter.drawEllipse(eye, 0.12 * r, 0.12 * r)


def _paint_arrow(painter: QPainter, path: list[QPointF], body: QPointF, scale: float, look: _Look) -> None:
    """A curved arrow beside the moving part, pointing the way it moves."""
    if len(path) < 2:
        return
    length = sum(math.dist((a.x(), a.y()), (b.x(), b.y())) for a, b in zip(path, path[1:], strict=False))
    if length < 0.04 * scale:
        return
    # Move the arrow off the body: to the side of its path away from the middle of the body.
    mid = path[len(path) // 2]
    dx, dy = path[-1].x() - path[0].x(), path[-1].y() - path[0].y()
    n = math.hypot(dx, dy) or 1.0
    normal = QPointF(-dy / n, dx / n)
    away = QPointF(mid.x() - body.x(), mid.y() - body.y())
    if normal.x() * away.x() + normal.y() * away.y() < 0:
        normal = QPointF(-normal.x(), -normal.y())
    shift = 0.075 * scale
    pts = [QPointF(p.x() + normal.x() * shift, p.y() + normal.y() * shift) for p in path]
    width = max(2.0, 0.011 * scale)
    curve = QPainterPath(pts[0])
    for p in pts[1:-1]:
        curve.lineTo(p)
    end, before = pts[-1], pts[-2]
    ux, uy = end.x() - before.x(), end.y() - before.y()
    un = math.hypot(ux, uy) or 1.0
    ux, uy = ux / un, uy / un
    head_len = max(3 * width, 0.04 * scale)
    base = QPointF(end.x() - ux * head_len * 0.6, end.y() - uy * head_len * 0.6)
    curve.lineTo(base)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(look.window, width + 2 * max(1.0, 0.004 * scale), Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(curve)
    painter.setPen(QPen(look.arrow, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.drawPath(curve)
    tip = QPointF(end.x() + ux * head_len * 0.4, end.y() + uy * head_len * 0.4)
    back = QPointF(tip.x() - ux * head_len, tip.y() - uy * head_len)
    side = QPointF(-uy * head_len * 0.5, ux * head_len * 0.5)
    head = QPolygonF([tip, QPointF(back.x() + side.x(), back.y() + side.y()),
                      QPointF(back.x() - side.x(), back.y() - side.y())])
    painter.setPen(QPen(look.window, max(1.0, 0.004 * scale)))
    painter.setBrush(look.arrow)
    painter.drawPolygon(head)


def render_image(pose: Pose, size: QSize, palette: QPalette, frame: Iterable[Pose] | None = None,
                 background: bool = True, *, arrows: bool = True) -> QImage:
    """The pose as a picture (for step pictures, printing and tests)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window) if background else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    paint_pose(painter, QRectF(0, 0, size.width(), size.height()), pose, palette, frame, arrows=arrows)
    painter.end()
    return image


class FigureWidget(QWidget):
    """A figure that scales to fit: the live one moves with the rep timer (no arrows); the viewer's shows
    a step with its arrow."""

    def __init__(self, parent: QWidget | None = None, *, arrows: bool = False):
        super().__init__(parent)
        self._pose: Pose | None = None
        self._frame: list[Pose] = []
        self._arrows = arrows
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
        paint_pose(painter, QRectF(self.rect()), self._pose, self.palette(), self._frame or None,
                   arrows=self._arrows)
        painter.end()


class FigureViewer(QDialog):
    """One step picture, full size, with its words and a large Close button (Escape closes it too)."""

    def __init__(self, parent: QWidget | None, pose: Pose, frame: Iterable[Pose], caption: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Step picture"))
        self.setAccessibleName(self.tr("Step picture, full size"))
        self.figure = FigureWidget(self, arrows=True)
        self.figure.set_frame(frame)
        self.figure.set_pose(pose)
        self.figure.setAccessibleName(fill(self.tr("Picture: %1"), caption))
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the big picture"))
        self.close_button.setMinimumSize(max(CLOSE_MIN_PX * 3, 160), CLOSE_MIN_PX)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figure, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        # Most of the window (a kiosk's whole screen), and never smaller than most of a laptop screen.
        window = parent.window() if parent is not None else None
        width, height = (window.width(), window.height()) if window is not None else (0, 0)
        screen = (window.screen() if window is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)
        self.resize(min(max(round(width * 0.85), 900), room.width()),
                    min(max(round(height * 0.85), 620), room.height()))


def show_enlarged(parent: QWidget, pose: Pose, frame: Iterable[Pose], caption: str) -> FigureViewer:
    """Open the viewer over ``parent``'s window (modal, without blocking) and return it."""
    viewer = FigureViewer(parent, pose, list(frame), caption)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    viewer.open()
    viewer.close_button.setFocus()
    return viewer


class _Enlarger(QObject):
    """Opens the viewer when its picture is clicked or tapped, or Enter or Space is pressed on it."""

    def __init__(self, picture: QWidget, pose: Pose, frame: list[Pose], caption: str):
        super().__init__(picture)
        self._args = (pose, frame, caption)
        self.viewer: FigureViewer | None = None
        picture.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if watched.rect().contains(event.position().toPoint()):
                self.viewer = show_enlarged(watched, *self._args)
            return True
        activate_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if kind == QEvent.Type.KeyPress and event.key() in activate_keys:
            self.viewer = show_enlarged(watched, *self._args)
            return True
        return False


def enlarge_on_click(picture: QWidget, pose: Pose, frame: Iterable[Pose], caption: str) -> None:
    """Make a step picture open full size on a click, a tap, Enter or Space (it takes keyboard focus)."""
    picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    picture.setCursor(Qt.CursorShape.PointingHandCursor)
    picture.setToolTip(_tr("FigureViewer", "Show this picture bigger"))
    picture.setAccessibleDescription(_tr("FigureViewer", "Press to show this picture bigger"))
    _Enlarger(picture, pose, list(frame), caption)
