"""The body positions the exercise pictures are drawn from: named poses as joint angles, and the maths that
turns a pose (or a blend of two) into points on a page.

Pure Python so the same data feeds the live figure (ui/figure.py), the printed sheet and the static
pictures made by devtools/make_figures.py. Angles are in degrees, absolute, measured like a clock's
hands run backwards: 0 points towards the feet end of a mat (right), 90 points up. Lengths are in
figure units; a standing person is about 100 tall. Depth (z) is towards the back of the mat: the near
limbs sit in front of the body, the far limbs behind it, and an oblique projection shows both.

Most poses are seen from the side. Knee rolls are seen from the feet end (``view="end"``), looking down
the mat from above, because rolling the knees to one side is a sideways movement a side view
cannot show.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

# Body proportions (figure units).
TRUNK = 32.0
NECK = 4.0
HEAD_R = 7.0
UPPER_ARM = 17.0
FOREARM = 16.0
THIGH = 25.0
SHIN = 24.0
FOOT = 8.0
LIMB_Z = 5.0  # how far the near and far limbs sit from the body's middle
# The oblique projection: a point one unit deeper is drawn this far right and up, so the mat reads as a
# floor seen a little from above.
DEPTH_X = 0.30
DEPTH_Y = 0.55
MAT_DEPTH = 22.0  # the mat reaches this far in front of and behind the body's middle
# The view from the feet end: x (along the mat) becomes height on the page, as seen from above at an angle.
# Steep enough (55°) that the person reads as lying on the mat, not kneeling, which a lower camera suggested
# at thumbnail size; the knees still show their height and which way they roll.
END_ELEVATION = math.radians(55.0)
END_AZIMUTH = math.radians(8.0)  # a little to one side, so bent knees show their shape
END_FEET_X = 100.0  # where the camera stands, roughly at the feet
SIDE, END = "side", "end"


@dataclass(frozen=True)
class Pose:
    """One key position. ``hip`` is where the hip joint sits (x along the mat, y above the floor)."""

    hip: tuple[float, float]
    trunk: float  # hip → shoulder
    head: float  # neck → middle of the head
    near_arm: tuple[float, float]  # upper arm, forearm
    far_arm: tuple[float, float]
    near_leg: tuple[float, float, float]  # thigh, shin, foot
    far_leg: tuple[float, float, float]
    roll: float = 0.0  # knees rolled to one side about the hip–ankle line: + away, - towards the viewer
    face_down: bool = False  # which side of the head the face is on (lying on the front: down)
    view: str = SIDE  # SIDE, or END: seen from the feet end of the mat
    arm_spread: float = 0.0  # lying on the back: arms swung out from the sides over the floor, degrees

    @property
    def face(self) -> float:
        """The direction the face looks."""
        return self.head + 90.0 if self.face_down else self.head - 90.0


Point = tuple[float, float]
Point3 = tuple[float, float, float]


def _step(start: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return start[0] + length * math.cos(rad), start[1] + length * math.sin(rad)


def _rotate_about(point: Point3, a: Point3, b: Point3, degrees: float) -> Point3:
    """Rotate ``point`` about the line a→b (Rodrigues' formula)."""
    axis = tuple(bb - aa for aa, bb in zip(a, b, strict=True))
    norm = math.sqrt(sum(c * c for c in axis)) or 1.0
    k = tuple(c / norm for c in axis)
    v = tuple(p - aa for p, aa in zip(point, a, strict=True))
    th = math.radians(degrees)
    cos, sin = math.cos(th), math.sin(th)
    cross = (k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0])
    dot = sum(kc * vc for kc, vc in zip(k, v, strict=True))
    rotated = tuple(v[i] * cos + cross[i] * sin + k[i] * dot * (1 - cos) for i in range(3))
    return tuple(aa + r for aa, r in zip(a, rotated, strict=True))  # type: ignore[return-value]


def joints(pose: Pose) -> dict[str, Point3]:
    """Every joint of the pose in 3D: x along the mat, y up, z into the picture."""
    hip = pose.hip
    shoulder = _step(hip, pose.trunk, TRUNK)
    head = _step(shoulder, pose.head, NECK + HEAD_R)
    out: dict[str, Point3] = {"hip": (*hip, 0.0), "shoulder": (*shoulder, 0.0), "head": (*head, 0.0),
                              "neck": (*_step(shoulder, pose.head, NECK), 0.0)}
    for side, z in (("near", -LIMB_Z), ("far", LIMB_Z)):
        upper, fore = getattr(pose, f"{side}_arm")
        elbow = _step(shoulder, upper, UPPER_ARM)
        hand = _step(elbow, fore, FOREARM)
        elbow3: Point3 = (*elbow, z)
        hand3: Point3 = (*hand, z)
        if pose.arm_spread:
            # Lying on the back, arms swing out over the floor: turn about the upright through the shoulder.
            pivot: Point3 = (*shoulder, z)
            up: Point3 = (shoulder[0], shoulder[1] + 1.0, z)
            turn = pose.arm_spread if side == "near" else -pose.arm_spread
            elbow3, hand3 = _rotate_about(elbow3, pivot, up, turn), _rotate_about(hand3, pivot, up, turn)
        out[f"{side}_elbow"], out[f"{side}_hand"] = elbow3, hand3
        thigh, shin, foot = getattr(pose, f"{side}_leg")
        knee = _step(hip, thigh, THIGH)
        ankle = _step(knee, shin, SHIN)
        toe = _step(ankle, foot, FOOT)
        knee3: Point3 = (*knee, z)
        if pose.roll:
            knee3 = _rotate_about(knee3, (*hip, z), (*ankle, z), pose.roll)
        out[f"{side}_hip"] = (*hip, z)
        out[f"{side}_knee"], out[f"{side}_ankle"], out[f"{side}_toe"] = knee3, (*ankle, z), (*toe, z)
        out[f"{side}_shoulder"] = (*shoulder, z)
    return out


def project(point: Point3, view: str = SIDE) -> Point:
    """Where a 3D joint lands on the page (y still up)."""
    x, y, z = point
    if view == END:
        across = z * math.cos(END_AZIMUTH) + (END_FEET_X - x) * math.sin(END_AZIMUTH)
        along = (END_FEET_X - x) * math.cos(END_AZIMUTH) - z * math.sin(END_AZIMUTH)
        return across, y * math.cos(END_ELEVATION) + along * math.sin(END_ELEVATION)
    return x + z * DEPTH_X, y + z * DEPTH_Y


def _lerp_angle(a: float, b: float, t: float) -> float:
    delta = (b - a + 180.0) % 360.0 - 180.0
    return a + delta * t


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` (0..1) of the way from ``a`` to ``b``, eased so a move starts and ends
    gently; angles take the short way round."""
    t = max(0.0, min(1.0, t))
    t = t * t * (3 - 2 * t)
    values = {}
    for f in fields(Pose):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if f.name == "hip":
            values[f.name] = tuple(x + (y - x) * t for x, y in zip(va, vb, strict=True))
        elif f.name in ("face_down", "view"):
            values[f.name] = va
        elif f.name in ("roll", "arm_spread"):
            values[f.name] = va + (vb - va) * t
        elif isinstance(va, tuple):
            values[f.name] = tuple(_lerp_angle(x, y, t) for x, y in zip(va, vb, strict=True))
        else:
            values[f.name] = _lerp_angle(va, vb, t)
    return Pose(**values)


def bounds(pose: Pose) -> tuple[float, float, float, float]:
    """Projected left, bottom, right, top of the body (head and limbs included)."""
    pts = [project(p, pose.view) for p in joints(pose).values()]
    hx, hy = project(joints(pose)["head"], pose.view)
    xs = [p[0] for p in pts] + [hx - HEAD_R, hx + HEAD_R]
    ys = [p[1] for p in pts] + [hy - HEAD_R, hy + HEAD_R]
    return min(xs), min(ys), max(xs), max(ys)


# -- the named poses --------------------------------------------------------------------------------------
# Lying poses have the head at the left end of the mat; standing poses face right.

_BACK_LYING = Pose(hip=(62.0, 6.0), trunk=180.0, head=178.0, near_arm=(-8.0, 0.0), far_arm=(-8.0, 0.0),
                   near_leg=(52.0, -58.0, 0.0), far_leg=(52.0, -58.0, 0.0))
_FRONT_LYING = Pose(hip=(62.0, 6.0), trunk=180.0, head=182.0, near_arm=(-170.0, 180.0),
                    far_arm=(-170.0, 180.0), near_leg=(0.0, 0.0, -10.0), far_leg=(0.0, 0.0, -10.0),
                    face_down=True)
_ALL_FOURS = Pose(hip=(62.0, 30.0), trunk=170.0, head=185.0, near_arm=(-90.0, -90.0),
                  far_arm=(-90.0, -90.0), near_leg=(-90.0, 0.0, 0.0), far_leg=(-90.0, 0.0, 0.0),
                  face_down=True)
_STANDING = Pose(hip=(50.0, 52.0), trunk=90.0, head=90.0, near_arm=(-88.0, -85.0), far_arm=(-92.0, -88.0),
                 near_leg=(-90.0, -90.0, 0.0), far_leg=(-90.0, -90.0, 0.0))

POSES: dict[str, Pose] = {
    # Seen from the feet, the person's left is on the right of the picture.
    "knee-rolls-start": replace(_BACK_LYING, view=END, arm_spread=40.0),
    "knee-rolls-left": replace(_BACK_LYING, view=END, arm_spread=40.0, roll=60.0),
    "knee-rolls-right": replace(_BACK_LYING, view=END, arm_spread=40.0, roll=-60.0),
    "knee-hugs-start": _BACK_LYING,
    "knee-hugs-lift": replace(_BACK_LYING, near_leg=(100.0, -30.0, -60.0), near_arm=(50.0, 30.0),
                              far_arm=(48.0, 28.0)),
    "knee-hugs-hug": replace(_BACK_LYING, head=160.0, near_leg=(130.0, -10.0, -45.0),
                             near_arm=(55.0, 12.0), far_arm=(53.0, 10.0)),
    "back-ext-start": _FRONT_LYING,
    "back-ext-forearms": replace(_FRONT_LYING, trunk=154.0, head=140.0, near_arm=(-90.0, 180.0),
                                 far_arm=(-90.0, 180.0)),
    "back-ext-hands": replace(_FRONT_LYING, trunk=140.0, head=125.0, near_arm=(-132.0, -136.0),
                              far_arm=(-132.0, -136.0)),
    "heels-start": _ALL_FOURS,
    "heels-back": Pose(hip=(76.0, 20.0), trunk=188.0, head=172.0, near_arm=(195.0, 185.0),
                       far_arm=(195.0, 185.0), near_leg=(-150.0, 0.0, 0.0), far_leg=(-150.0, 0.0, 0.0),
                       face_down=True),
    "heels-head-down": Pose(hip=(76.0, 20.0), trunk=192.0, head=222.0, near_arm=(195.0, 185.0),
                            far_arm=(195.0, 185.0), near_leg=(-150.0, 0.0, 0.0), far_leg=(-150.0, 0.0, 0.0),
                            face_down=True),
    "squat-stand": _STANDING,
    "squat-down": Pose(hip=(42.0, 45.0), trunk=78.0, head=85.0, near_arm=(2.0, 0.0), far_arm=(0.0, 0.0),
                       near_leg=(-50.0, -110.0, 0.0), far_leg=(-50.0, -110.0, 0.0)),
}
