"""The body the exercise pictures are drawn from: one set of proportions, named poses as joint angles, and
the maths that turns a pose (or a blend of two) into 3D points resting on the floor and then onto a page.

Pure Python so the same data feeds the live figure (ui/figure.py), the step pictures, the printed sheet and
devtools/make_figures.py. Lengths are fractions of standing height H (H = 1). World axes: x along the mat
(lying poses have the head at the left, -x), y up from the floor, z across the mat towards the viewer of the
side view. The body's middle plane is z = 0; "near" limbs are on the +z side, "far" limbs on the -z side.

Every pose is placed on the floor after it is built: the lowest point of the body's surface touches y = 0,
so nothing can be drawn below the mat, in a key pose or anywhere between two of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import TypeVar

# -- one body: segment lengths as fractions of height, Drillis and Contini (1966) as given in Winter,
# Biomechanics and Motor Control of Human Movement, fig. 3.1 ----------------------------------------------
UPPER_ARM = 0.186  # shoulder to elbow
FOREARM = 0.146  # elbow to wrist
HAND = 0.108
THIGH = 0.245  # hip to knee (0.530 - 0.285)
SHANK = 0.246  # knee to ankle (0.285 - 0.039)
FOOT = 0.152  # heel to toe
ANKLE_HEIGHT = 0.039
SHOULDER_WIDTH = 0.259
HIP_WIDTH = 0.191
TRUNK = 0.288  # hip joint (0.530) to shoulder (0.818)
HEAD_HEIGHT = 0.130  # chin (0.870) to the top of the head (1.0)
NECK = 0.117  # shoulder level (0.818) to the middle of the head (0.935)
HEAD_R = HEAD_HEIGHT / 2
HEEL_BACK = 0.040  # how far the heel is behind the ankle; the toe is FOOT - HEEL_BACK in front

# Thickness (radius) of each segment at its two ends: limbs taper from the body outwards.
RADII = {
    "thigh": (0.046, 0.033), "shank": (0.032, 0.021), "foot": (0.019, 0.012),
    "upper_arm": (0.028, 0.021), "forearm": (0.021, 0.016), "hand": (0.018, 0.011),
    "neck": (0.026, 0.026),
}
UPPER_ARM_R = RADII["upper_arm"][0]
SHOULDER_HALF = SHOULDER_WIDTH / 2 - UPPER_ARM_R  # shoulder joint from the middle: outer edges 0.259 apart
HIP_HALF = HIP_WIDTH / 2 - RADII["thigh"][0]

# Joint angles a pose may use, in degrees, with the movement each measures. Chosen from usual adult
# ranges of movement; the passive ends (kneeling, press-up) are noted.
JOINT_RANGES: dict[str, tuple[float, float]] = {
    "hip flexion": (-20.0, 135.0),  # - is extension (prone press-up keeps hips down: ~10-15)
    "hip abduction": (-15.0, 45.0),
    "hip rotation": (-45.0, 45.0),  # + inward, - outward (feet turned out)
    "knee flexion": (0.0, 160.0),  # 150 active; kneeling back onto the heels is passive, ~155-160
    "ankle": (-70.0, 25.0),  # + toes up; kneeling with the tops of the feet on the mat is passive, ~-60
    "shoulder flexion": (-60.0, 180.0),
    "shoulder abduction": (-30.0, 90.0),  # - across the body (a hand reaching for the other knee)
    "elbow flexion": (0.0, 150.0),
    "wrist": (-80.0, 90.0),  # + bends the hand back (hands flat with the forearm raised)
    "spine": (-45.0, 60.0),  # - arches back (lumbar and lower thoracic extension), + curls forward
    "neck": (-50.0, 60.0),  # - looks up, + chin to chest
}


Vec = tuple[float, float, float]
Point = tuple[float, float]
Frame = tuple[Vec, Vec]  # (up, front) of a part of the trunk


@dataclass(frozen=True)
class Arm:
    flexion: float = 0.0  # the arm swings forward from hanging at the side
    abduction: float = 0.0  # out to the side
    rotation: float = 0.0  # about its own length: + turns the forearm inwards
    elbow: float = 0.0  # flexion
    wrist: float = 0.0


@dataclass(frozen=True)
class Leg:
    flexion: float = 0.0  # the thigh swings forward
    abduction: float = 0.0
    rotation: float = 0.0  # + knee turns in, - knee and foot turn out
    knee: float = 0.0  # flexion
    ankle: float = 0.0  # + toes up (dorsiflexion), - pointed


@dataclass(frozen=True)
class Pose:
    """One key position, as joint angles. ``pelvis`` is the direction (degrees, 0 = +x, 90 = up) from the
    hip joints to the waist; ``prone`` turns the front of the body down. The lower and upper halves of the
    trunk meet at the waist, bent by ``spine``. ``hands_to`` names a joint both hands reach for (the arms'
    angles are then worked out), with ``hands_offset`` added."""

    pelvis: float
    spine: float = 0.0
    neck: float = 0.0
    near_arm: Arm = Arm()
    far_arm: Arm = Arm()
    near_leg: Leg = Leg()
    far_leg: Leg = Leg()
    prone: bool = False
    roll: float = 0.0  # knees rolled to one side about the hip-ankle line: + towards the near side (+z)
    hands_to: str = ""
    hands_offset: tuple[float, float, float] = (0.0, 0.0, 0.0)
    hands_at: tuple[Vec, ...] = ()  # (near, far) wrist targets beside the pelvis: a blend towards hands_to
    anchor: str = "pelvis"  # the point that stays at x = ``at`` (the part that does not slide on the mat)
    at: float = 0.0
    view: str = "side"
    support: tuple[str, ...] = ()  # points that rest on the floor in this pose (tests check they touch it)
    # (pose moved from, point whose path the arrow shows) on a step picture
    arrow: tuple[str, str] | tuple[()] = ()


def _add(*vs: Vec) -> Vec:
    return (sum(v[0] for v in vs), sum(v[1] for v in vs), sum(v[2] for v in vs))


def _mul(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _norm(v: Vec) -> Vec:
    n = math.sqrt(_dot(v, v)) or 1.0
    return _mul(v, 1.0 / n)


def _dist(a: Vec, b: Vec) -> float:
    return math.sqrt(_dot(_sub(a, b), _sub(a, b)))


def _rotate(v: Vec, axis: Vec, degrees: float) -> Vec:
    """Rotate ``v`` about the unit ``axis`` (Rodrigues' formula)."""
    th = math.radians(degrees)
    c, s = math.cos(th), math.sin(th)
    return _add(_mul(v, c), _mul(_cross(axis, v), s), _mul(axis, _dot(axis, v) * (1 - c)))


def _towards(v: Vec, other: Vec, degrees: float) -> Vec:
    """Turn ``v`` by ``degrees`` towards ``other`` (a unit vector at right angles to it)."""
    th = math.radians(degrees)
    return _add(_mul(v, math.cos(th)), _mul(other, math.sin(th)))


def _limb(frame: Frame, side: float, flexion: float, abduction: float, rotation: float
          ) -> tuple[Vec, Vec]:
    """A limb's direction and its front, from the joint angles, in the frame (up, front) of the trunk part it
    hangs from. ``side`` is +1 for the near (+z) limb, -1 for the far one."""
    up, front = frame
    out = (0.0, 0.0, side)
    down = _mul(up, -1.0)
    d = _towards(down, front, flexion)
    a = _towards(front, up, flexion)
    d = _towards(d, out, abduction) if abduction else d
    a = _norm(_sub(a, _mul(d, _dot(a, d))))
    if rotation:
        b = _norm(_cross(d, a))
        if _dot(b, (0.0, 0.0, -side)) < 0:  # + rotation turns the front inwards, towards the body's middle
            b = _mul(b, -1.0)
        a = _towards(a, b, rotation)
    return d, a


def _solve_arm(shoulder: Vec, target: Vec, hint: Vec) -> tuple[Vec, Vec]:
    """Elbow and wrist for a hand that reaches ``target`` (its palm's middle), the elbow bending towards
    ``hint``. A target out of reach is approached along the straight arm."""
    reach = UPPER_ARM + FOREARM
    wrist_target = target
    to = _sub(wrist_target, shoulder)
    d = min(math.sqrt(_dot(to, to)), reach * 0.999)
    axis = _norm(to)
    cos_a = (UPPER_ARM ** 2 + d * d - FOREARM ** 2) / (2 * UPPER_ARM * d)
    angle = math.acos(max(-1.0, min(1.0, cos_a)))
    perp = _norm(_sub(hint, _mul(axis, _dot(hint, axis))))
    elbow = _add(shoulder, _mul(axis, UPPER_ARM * math.cos(angle)), _mul(perp, UPPER_ARM * math.sin(angle)))
    wrist = _add(elbow, _mul(_norm(_sub(_add(shoulder, _mul(axis, d)), elbow)), FOREARM))
    return elbow, wrist


_LIMB_SIDES = (("near", 1.0), ("far", -1.0))  # each side's name and which way along z it lies


def _build(pose: Pose) -> dict[str, Vec]:
    """The pose's points before it is placed on the floor (pelvis at the origin)."""
    p, hips_frame, chest_frame = _trunk(pose)
    for name, side in _LIMB_SIDES:
        leg: Leg = getattr(pose, f"{name}_leg")
        p.update(_leg_points(leg, name, side, hips_frame, pose.roll))
        p[f"{name}_shoulder"] = _add(p["shoulder"], (0.0, 0.0, side * SHOULDER_HALF))
    # After both legs and shoulders: a hand may reach for any of them.
    for name, side in _LIMB_SIDES:
        p.update(_arm_points(pose, name, side, chest_frame, p))
    return p


def _trunk(pose: Pose) -> tuple[dict[str, Vec], Frame, Frame]:
    """The middle line of the body (pelvis, waist, shoulders, head) and the frames of the trunk's lower
    half, which the legs hang from, and upper half, which the arms hang from."""
    pel = math.radians(pose.pelvis)
    up1 = (math.cos(pel), math.sin(pel), 0.0)
    turn = 90.0 if pose.prone else -90.0
    front1 = _rotate(up1, (0.0, 0.0, 1.0), turn)
    up2 = _towards(up1, front1, pose.spine)
    front2 = _towards(front1, _mul(up1, -1.0), pose.spine)
    p: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0), "waist": _mul(up1, TRUNK / 2)}
    p["shoulder"] = _add(p["waist"], _mul(up2, TRUNK / 2))
    up_h = _towards(up2, front2, pose.neck)
    p["head"] = _add(p["shoulder"], _mul(up_h, NECK))
    p["face"] = _towards(front2, _mul(up2, -1.0), pose.neck)  # a direction, not a point
    p["head_up"] = up_h
    p["chest"] = _add(p["shoulder"], _mul(up2, -0.075))
    return p, (up1, front1), (up2, front2)


def _leg_points(leg: Leg, name: str, side: float, frame: Frame, roll: float) -> dict[str, Vec]:
    """One leg's hip, knee, ankle, toe and heel, with the knee rolled ``roll`` degrees to one side."""
    hip = (0.0, 0.0, side * HIP_HALF)
    d, a = _limb(frame, side, leg.flexion, leg.abduction, leg.rotation)
    knee = _add(hip, _mul(d, THIGH))
    d2 = _towards(d, _mul(a, -1.0), leg.knee)
    a2 = _towards(a, d, leg.knee)
    ankle = _add(knee, _mul(d2, SHANK))
    fwd = _towards(a2, _mul(d2, -1.0), leg.ankle)
    sole = _towards(d2, a2, leg.ankle)
    toe = _add(ankle, _mul(sole, ANKLE_HEIGHT), _mul(fwd, FOOT - HEEL_BACK))
    heel = _add(ankle, _mul(sole, ANKLE_HEIGHT), _mul(fwd, -HEEL_BACK))
    if roll:
        axis = _norm(_sub(ankle, hip))
        # Which way the knee falls: towards +z for a positive roll, whichever way the leg points.
        trial = _add(hip, _rotate(_sub(knee, hip), axis, 10.0))
        sign = 1.0 if trial[2] > knee[2] else -1.0
        knee = _add(hip, _rotate(_sub(knee, hip), axis, sign * roll))
        # The foot rolls onto its edge with the knee, a third as far (the pelvis turns a little too).
        for_foot = sign * roll / 3
        toe = _add(ankle, _rotate(_sub(toe, ankle), axis, for_foot))
        heel = _add(ankle, _rotate(_sub(heel, ankle), axis, for_foot))
    return {f"{name}_hip": hip, f"{name}_knee": knee, f"{name}_ankle": ankle, f"{name}_toe": toe,
            f"{name}_heel": heel}


def _arm_points(pose: Pose, name: str, side: float, frame: Frame, p: dict[str, Vec]) -> dict[str, Vec]:
    """One arm's elbow, wrist and hand: from its joint angles, or reaching for the point the pose names."""
    arm: Arm = getattr(pose, f"{name}_arm")
    shoulder = p[f"{name}_shoulder"]
    up2, front2 = frame
    if pose.hands_to or pose.hands_at:
        if pose.hands_at:
            target = pose.hands_at[0 if side > 0 else 1]
        else:
            # Round the sides of the joint: the far hand on its far side.
            target = _add(p[pose.hands_to], pose.hands_offset, (0.0, 0.0, side * 0.03))
        hint = _add(_mul(up2, -0.3), (0.0, 0.0, side))  # elbows out to the sides, a little down
        elbow, wrist = _solve_arm(shoulder, target, hint)
        hand_dir = _norm(_sub(target, wrist)) if _dist(target, wrist) > 1e-6 else _norm(_sub(wrist, elbow))
        hand = _add(wrist, _mul(hand_dir, HAND))
    else:
        d, a = _limb((up2, front2), side, arm.flexion, arm.abduction, arm.rotation)
        elbow = _add(shoulder, _mul(d, UPPER_ARM))
        d2 = _towards(d, a, arm.elbow)
        a2 = _towards(a, _mul(d, -1.0), arm.elbow)
        wrist = _add(elbow, _mul(d2, FOREARM))
        hand = _add(wrist, _mul(_towards(d2, a2, -arm.wrist), HAND))
    return {f"{name}_elbow": elbow, f"{name}_wrist": wrist, f"{name}_hand": hand}


# Which points carry which thickness, for finding the body's lowest surface and for drawing.
SEGMENTS: tuple[tuple[str, str, str], ...] = tuple(
    (f"{side}_{a}", f"{side}_{b}", kind) for side in ("near", "far") for a, b, kind in (
        ("hip", "knee", "thigh"), ("knee", "ankle", "shank"), ("heel", "toe", "foot"),
        ("shoulder", "elbow", "upper_arm"), ("elbow", "wrist", "forearm"), ("wrist", "hand", "hand")))
TRUNK_CIRCLES: tuple[tuple[str, float], ...] = (
    ("near_hip", 0.052), ("far_hip", 0.052), ("near_waist", 0.048), ("far_waist", 0.048),
    ("near_chest", 0.055), ("far_chest", 0.055), ("near_shoulder", 0.04), ("far_shoulder", 0.04))


def _trunk_points(p: dict[str, Vec]) -> None:
    for side in (1.0, -1.0):
        name = "near" if side > 0 else "far"
        p[f"{name}_waist"] = _add(p["waist"], (0.0, 0.0, side * 0.055))
        p[f"{name}_chest"] = _add(p["chest"], (0.0, 0.0, side * 0.065))


def surface_circles(p: dict[str, Vec]) -> list[tuple[Vec, float]]:
    """Every ball whose outline makes up the body's surface: (centre, radius)."""
    balls: list[tuple[Vec, float]] = [(p[n], r) for n, r in TRUNK_CIRCLES]
    balls.append((p["head"], HEAD_R))
    for a, b, kind in SEGMENTS:
        ra, rb = RADII[kind]
        balls += [(p[a], ra), (p[b], rb)]
        # The middle of a limb too, so a limb lying flat cannot dip between its ends.
        balls.append((_mul(_add(p[a], p[b]), 0.5), (ra + rb) / 2))
    ankle_r = RADII["shank"][1]
    balls += [(p["near_ankle"], ankle_r), (p["far_ankle"], ankle_r)]
    return balls


DIRECTIONS = ("face", "head_up")


def joints(pose: Pose) -> dict[str, Vec]:
    """Every point of the pose in 3D, placed so the body rests on the floor with its ``anchor`` at x = ``at``.
    ``face`` and ``head_up`` are directions (where the face looks, the top of the head), not points."""
    p = _build(pose)
    _trunk_points(p)
    lowest = min(c[1] - r for c, r in surface_circles(p))
    ax = p[pose.anchor][0]
    shift = (pose.at - ax, -lowest, 0.0)
    return {k: v if k in DIRECTIONS else _add(v, shift) for k, v in p.items()}


def lowest_point(pose: Pose) -> float:
    """The height of the lowest point of the body's surface (0: resting on the floor)."""
    return min(c[1] - r for c, r in surface_circles(joints(pose)))


def point_height(points: dict[str, Vec], name: str) -> float:
    """How far above the floor the surface under a named point is."""
    radius = {"head": HEAD_R, "pelvis": 0.052, "shoulder": 0.04, "waist": 0.048, "chest": 0.055}
    for a, b, kind in SEGMENTS:
        radius.setdefault(a, RADII[kind][0])
        radius.setdefault(b, RADII[kind][1])
    for n, r in TRUNK_CIRCLES:
        radius[n] = r
    radius.update({"near_ankle": RADII["shank"][1], "far_ankle": RADII["shank"][1]})
    return points[name][1] - radius.get(name, 0.0)


# -- measuring a pose (the tests hold every pose to JOINT_RANGES with these) ----------------------------


def _angle_at(a: Vec, b: Vec, c: Vec) -> float:
    """Bend at b, 0 for a straight line a-b-c."""
    u, v = _norm(_sub(a, b)), _norm(_sub(c, b))
    return 180.0 - math.degrees(math.acos(max(-1.0, min(1.0, _dot(u, v)))))


def joint_angles(pose: Pose) -> dict[str, float]:
    """The pose's joint angles, measured from its points where the points decide them (knees, elbows after
    reaching for a target), from its data otherwise."""
    p = joints(pose)
    out: dict[str, float] = {"spine": pose.spine, "neck": pose.neck}
    for side in ("near", "far"):
        leg: Leg = getattr(pose, f"{side}_leg")
        arm: Arm = getattr(pose, f"{side}_arm")
        out[f"{side} knee flexion"] = leg.knee
        out[f"{side} elbow flexion"] = arm.elbow
        out[f"{side} hip flexion"] = leg.flexion
        out[f"{side} hip abduction"] = leg.abduction
        out[f"{side} hip rotation"] = leg.rotation
        out[f"{side} ankle"] = leg.ankle
        out[f"{side} wrist"] = arm.wrist
        if pose.hands_to or pose.hands_at:
            # The trunk's frame, to measure how far the reaching arm swung forward and out.
            up2 = _norm(_sub(p["shoulder"], p["waist"]))
            d = _norm(_sub(p[f"{side}_elbow"], p[f"{side}_shoulder"]))
            side_z = 1.0 if side == "near" else -1.0
            out[f"{side} shoulder abduction"] = math.degrees(math.asin(max(-1.0, min(1.0, d[2] * side_z))))
            out[f"{side} elbow flexion"] = _angle_at(p[f"{side}_shoulder"], p[f"{side}_elbow"],
                                                     p[f"{side}_wrist"])
            out[f"{side} shoulder flexion"] = _angle_at(_add(p[f"{side}_shoulder"], up2),
                                                        p[f"{side}_shoulder"], p[f"{side}_elbow"])
        else:
            out[f"{side} shoulder flexion"] = arm.flexion
            out[f"{side} shoulder abduction"] = arm.abduction
    return out


def out_of_range(pose: Pose) -> list[str]:
    """Each joint angle outside JOINT_RANGES, as a short line (empty when the pose is possible)."""
    bad = []
    for name, value in joint_angles(pose).items():
        key = name.split(" ", 1)[1] if name.startswith(("near ", "far ")) else name
        lo, hi = JOINT_RANGES[key]
        if not lo - 0.5 <= value <= hi + 0.5:
            bad.append(f"{name} {value:.0f} not in {lo:.0f}..{hi:.0f}")
    return bad


# -- views ---------------------------------------------------------------------------------------------------
# (yaw, pitch) in degrees: yaw 0 looks at the body's near side, 90 from the +x end; pitch looks down from
# above.
VIEWS: dict[str, tuple[float, float]] = {
    "side": (10.0, 14.0),
    # Knee rolls: from the feet end and a little to one side, so both knees are seen falling sideways.
    "feet-end": (72.0, 52.0),
    # Mini squats: three-quarter front, so the feet turned out and the knees over the toes both show.
    "front": (38.0, 12.0),
}


def camera(view: str) -> tuple[Vec, Vec, Vec]:
    """(right, up, towards the viewer) unit vectors of a view."""
    yaw, pitch = (math.radians(a) for a in VIEWS[view])
    towards = (math.sin(yaw) * math.cos(pitch), math.sin(pitch), math.cos(yaw) * math.cos(pitch))
    right = (math.cos(yaw), 0.0, -math.sin(yaw))
    up = _cross(towards, right)
    return right, up, towards


def project(point: Vec, view: str = "side") -> Point:
    """Where a 3D point lands on the page (y up): a straight-on (orthographic) view, so lengths seen square
    on keep their true proportions."""
    right, up, _ = camera(view)
    return _dot(point, right), _dot(point, up)


def depth(point: Vec, view: str = "side") -> float:
    """How near the viewer a point is (larger is nearer)."""
    return _dot(point, camera(view)[2])


def bounds(pose: Pose) -> tuple[float, float, float, float]:
    """Projected left, bottom, right, top of the body's outline."""
    xs, ys = [], []
    for centre, r in surface_circles(joints(pose)):
        x, y = project(centre, pose.view)
        xs += [x - r, x + r]
        ys += [y - r, y + r]
    return min(xs), min(ys), max(xs), max(ys)


# -- moving between poses ----------------------------------------------------------------------------------


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


LimbT = TypeVar("LimbT", Arm, Leg)


def _lerp_limb(a: LimbT, b: LimbT, t: float) -> LimbT:
    return replace(a, **{f.name: _lerp(getattr(a, f.name), getattr(b, f.name), t) for f in fields(a)})


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` (0..1) of the way from ``a`` to ``b``, eased so a move starts and ends
    gently. Joint angles blend; the blend is placed on the floor again, so it never sinks into it."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    t = t * t * (3 - 2 * t)
    # Angles and positions blend; prone, anchor, view and hands_to stay ``a``'s. What the key poses
    # alone mean (supports, the step picture's arrow) does not carry over to a blend.
    blend = replace(
        a, pelvis=_lerp(a.pelvis, b.pelvis, t), spine=_lerp(a.spine, b.spine, t),
        neck=_lerp(a.neck, b.neck, t), roll=_lerp(a.roll, b.roll, t), at=_lerp(a.at, b.at, t),
        near_arm=_lerp_limb(a.near_arm, b.near_arm, t), far_arm=_lerp_limb(a.far_arm, b.far_arm, t),
        near_leg=_lerp_limb(a.near_leg, b.near_leg, t), far_leg=_lerp_limb(a.far_leg, b.far_leg, t),
        hands_offset=(_lerp(a.hands_offset[0], b.hands_offset[0], t),
                      _lerp(a.hands_offset[1], b.hands_offset[1], t),
                      _lerp(a.hands_offset[2], b.hands_offset[2], t)),
        support=(), arrow=(), hands_at=())
    if a.hands_to or b.hands_to or a.hands_at or b.hands_at:
        # A hand that reaches for a joint moves straight to it from where it was.
        pa, pb = _build(a), _build(b)
        near, far = (_add(_mul(pa[f"{s}_wrist"], 1 - t), _mul(pb[f"{s}_wrist"], t)) for s in ("near", "far"))
        blend = replace(blend, hands_to="", hands_at=(near, far))
    return blend


# -- the named poses -----------------------------------------------------------------------------------------
# Lying poses have the head at the left end of the mat (pelvis pointing to -x); standing faces +x.

# The numbers below were fitted so that each pose's ``support`` points rest on the floor (within 0.015 H)
# with every angle inside JOINT_RANGES; tests/test_poses.py holds them to that.
_FLAT_FEET = Leg(flexion=50.0, knee=99.0, ankle=-44.0)
_BACK_LYING = Pose(
    pelvis=180.0, neck=8.0,
    near_arm=Arm(flexion=8.0, abduction=10.0), far_arm=Arm(flexion=8.0, abduction=10.0),
    near_leg=_FLAT_FEET, far_leg=_FLAT_FEET,
    support=("pelvis", "head", "near_heel", "near_toe", "far_heel", "far_toe"))
_ARMS_OUT = replace(_BACK_LYING, view="feet-end", near_arm=Arm(abduction=45.0, flexion=5.0),
                    far_arm=Arm(abduction=45.0, flexion=5.0))
_FOREARMS_FLAT = Arm(flexion=39.0, abduction=76.0, rotation=-38.0, elbow=135.0)
_FRONT_LYING = Pose(
    pelvis=180.0, prone=True, neck=-8.0, near_arm=_FOREARMS_FLAT, far_arm=_FOREARMS_FLAT,
    near_leg=Leg(flexion=4.0, ankle=-70.0), far_leg=Leg(flexion=4.0, ankle=-70.0),
    support=("pelvis", "near_knee", "near_toe", "near_chest", "near_elbow", "near_hand"))
_SHINS_DOWN = Leg(flexion=75.0, knee=87.0, ankle=-70.0)
_ALL_FOURS = Pose(
    pelvis=165.0, prone=True, neck=-10.0, anchor="near_knee", at=0.0,
    near_arm=Arm(flexion=78.0, wrist=-80.0), far_arm=Arm(flexion=78.0, wrist=-80.0),
    near_leg=_SHINS_DOWN, far_leg=_SHINS_DOWN,
    support=("near_knee", "near_ankle", "near_hand", "near_wrist", "far_knee", "far_hand"))
_SITTING_BACK = Leg(flexion=135.0, knee=158.0, ankle=-70.0)
_STANDING = Pose(
    pelvis=90.0, anchor="near_ankle", at=0.0, view="front",
    near_arm=Arm(abduction=5.0, elbow=8.0), far_arm=Arm(abduction=5.0, elbow=8.0),
    near_leg=Leg(abduction=4.0, rotation=-20.0, ankle=-4.0),
    far_leg=Leg(abduction=4.0, rotation=-20.0, ankle=-4.0),
    support=("near_heel", "near_toe", "far_heel", "far_toe"))
_SQUAT_LEG = Leg(flexion=65.0, abduction=6.0, rotation=-20.0, knee=70.0, ankle=23.0)
_HUG_OFFSET = (0.06, -0.045, 0.0)  # both hands just below the front of the near knee

POSES: dict[str, Pose] = {
    # Seen from the feet end: the knees fall to the near side (+z) on a positive roll.
    "knee-rolls-start": _ARMS_OUT,
    "knee-rolls-left": replace(_ARMS_OUT, roll=-50.0, arrow=("knee-rolls-start", "far_knee"),
                               support=("pelvis", "head", "near_heel", "far_heel")),
    "knee-rolls-right": replace(_ARMS_OUT, roll=50.0, arrow=("knee-rolls-start", "near_knee"),
                                support=("pelvis", "head", "near_heel", "far_heel")),
    "knee-hugs-start": _BACK_LYING,
    "knee-hugs-lift": replace(_BACK_LYING, near_leg=Leg(flexion=95.0, knee=110.0, ankle=-15.0),
                              hands_to="near_knee", hands_offset=_HUG_OFFSET,
                              arrow=("knee-hugs-start", "near_knee"),
                              support=("pelvis", "head", "far_heel", "far_toe")),
    "knee-hugs-hug": replace(_BACK_LYING, neck=20.0, near_leg=Leg(flexion=125.0, knee=130.0, ankle=-15.0),
                             hands_to="near_knee", hands_offset=_HUG_OFFSET,
                             arrow=("knee-hugs-lift", "near_knee"),
                             support=("pelvis", "far_heel", "far_toe")),
    "back-ext-start": _FRONT_LYING,
    "back-ext-forearms": replace(_FRONT_LYING, pelvis=162.0, spine=-32.0, neck=-10.0,
                                 near_arm=Arm(flexion=36.5, elbow=93.0, wrist=-5.0),
                                 far_arm=Arm(flexion=36.5, elbow=93.0, wrist=-5.0),
                                 near_leg=Leg(flexion=-14.0, ankle=-70.0),
                                 far_leg=Leg(flexion=-14.0, ankle=-70.0),
                                 arrow=("back-ext-start", "head"),
                                 support=("pelvis", "near_knee", "near_toe", "near_elbow", "near_wrist")),
    "back-ext-hands": replace(_FRONT_LYING, pelvis=158.0, spine=-42.0, neck=-5.0,
                              near_arm=Arm(flexion=57.0, elbow=35.0, wrist=-20.0),
                              far_arm=Arm(flexion=57.0, elbow=35.0, wrist=-20.0),
                              near_leg=Leg(flexion=-18.0, ankle=-70.0),
                              far_leg=Leg(flexion=-18.0, ankle=-70.0),
                              arrow=("back-ext-forearms", "head"),
                              support=("pelvis", "near_knee", "near_toe", "near_hand", "near_wrist")),
    "heels-start": _ALL_FOURS,
    "heels-back": replace(_ALL_FOURS, pelvis=155.0, spine=30.0, neck=0.0,
                          near_leg=_SITTING_BACK, far_leg=_SITTING_BACK,
                          near_arm=Arm(flexion=159.0, wrist=-22.0), far_arm=Arm(flexion=159.0, wrist=-22.0),
                          arrow=("heels-start", "pelvis"),
                          support=("near_knee", "near_ankle", "near_hand", "near_wrist")),
    "heels-head-down": replace(_ALL_FOURS, pelvis=153.0, spine=28.0, neck=45.0,
                               near_leg=_SITTING_BACK, far_leg=_SITTING_BACK,
                               near_arm=Arm(flexion=154.0, wrist=-24.0),
                               far_arm=Arm(flexion=154.0, wrist=-24.0),
                               support=("near_knee", "near_ankle", "near_hand", "near_wrist")),
    "squat-stand": _STANDING,
    "squat-down": replace(_STANDING, pelvis=70.0, spine=5.0, neck=-10.0,
                          near_arm=Arm(flexion=85.0, abduction=5.0), far_arm=Arm(flexion=85.0, abduction=5.0),
                          near_leg=_SQUAT_LEG, far_leg=_SQUAT_LEG, arrow=("squat-stand", "pelvis")),
    "squat-up": replace(_STANDING, arrow=("squat-down", "pelvis")),  # "come back up": the arrow shows it
}
