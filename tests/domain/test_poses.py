"""Pose data and blending: one body at one scale, resting on the floor, with possible joint angles, and a
figure that moves smoothly from one key position to the next without sinking into the mat."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backpain_desktop.domain import poses as P
from backpain_desktop.domain.poses import POSES, bounds, interpolate, joints, lowest_point, out_of_range

SUPPORT_TOLERANCE = 0.015  # of standing height: about 2.5 cm on a real person

# The Drillis and Contini segment lengths (fractions of height) every pose must keep, within 5 %.
TABLE = {("hip", "knee"): 0.245, ("knee", "ankle"): 0.246, ("shoulder", "elbow"): 0.186,
         ("elbow", "wrist"): 0.146, ("wrist", "hand"): 0.108, ("heel", "toe"): 0.152}


def _length(points, a, b):
    return sum((x - y) ** 2 for x, y in zip(points[a], points[b], strict=True)) ** 0.5


def test_blend_starts_and_ends_on_the_key_poses():
    a, b = POSES["knee-rolls-start"], POSES["knee-rolls-left"]
    assert interpolate(a, b, 0) == a
    assert interpolate(a, b, 1) == b
    middle = interpolate(a, b, 0.5)
    assert b.roll < middle.roll < a.roll


@pytest.mark.parametrize("name", sorted(POSES))
def test_every_pose_keeps_the_table_s_proportions(name):
    """Ensure every limb of every pose has the one body's length (the same person in every picture)."""
    points = joints(POSES[name])
    for side in ("near", "far"):
        for (a, b), expected in TABLE.items():
            got = _length(points, f"{side}_{a}", f"{side}_{b}")
            assert got == pytest.approx(expected, rel=0.05), f"{name}: {side} {a}-{b} is {got:.3f}"
    shoulders = _length(points, "near_shoulder", "far_shoulder") + 2 * P.UPPER_ARM_R
    assert shoulders == pytest.approx(0.259, rel=0.05)
    trunk = _length(points, "pelvis", "waist") + _length(points, "waist", "shoulder")
    assert trunk == pytest.approx(0.288, rel=0.05)
    assert pytest.approx(0.13, rel=0.05) == 2 * P.HEAD_R


@pytest.mark.parametrize("name", sorted(POSES))
def test_every_pose_rests_on_the_floor(name):
    """Ensure no body part is drawn below the mat, the lowest part touches it, and every part the pose
    stands, kneels or lies on touches it too."""
    pose = POSES[name]
    assert lowest_point(pose) == pytest.approx(0.0, abs=1e-9)
    points = joints(pose)
    assert pose.support, f"{name} names no part resting on the floor"
    for part in pose.support:
        height = P.point_height(points, part)
        assert -1e-9 <= height <= SUPPORT_TOLERANCE, f"{name}: {part} is {height:.3f} H off the floor"
    left, bottom, right, top = bounds(pose)
    assert right > left and top > bottom


@pytest.mark.parametrize("name", sorted(POSES))
def test_every_pose_is_possible(name):
    """Ensure every joint angle of every pose is inside the ranges named in JOINT_RANGES."""
    assert out_of_range(POSES[name]) == []


def _pairs():
    """Every move the timer or a step arrow shows: each step from the one before, and start to hold."""
    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.paths import resource_path

    pack = load_pack(resource_path("content", "en-GB"))
    pairs = set()
    for exercise in pack.exercises:
        names = [s.pose for s in exercise.steps]
        pairs |= set(zip(names, names[1:], strict=False))
        pairs |= {(exercise.start_pose, p) for p in exercise.poses[1:]}
    pairs |= {(pose.arrow[0], name) for name, pose in POSES.items() if pose.arrow}
    return sorted(pairs)


@pytest.mark.parametrize(("a", "b"), _pairs())
def test_moving_between_poses_never_goes_through_the_floor(a, b):
    """Ensure the animated figure keeps every limb on or above the mat at every moment of a move, and its
    limbs keep their lengths on the way."""
    for n in range(101):
        pose = interpolate(POSES[a], POSES[b], n / 100)
        assert lowest_point(pose) >= -1e-9, f"{a} -> {b} at t={n / 100}"
        points = joints(pose)
        for side in ("near", "far"):
            for (ja, jb), expected in TABLE.items():
                assert _length(points, f"{side}_{ja}", f"{side}_{jb}") == pytest.approx(expected, rel=0.05)
        assert out_of_range(pose) == [], f"{a} -> {b} at t={n / 100}"


def test_angles_out_of_range_are_reported():
    """Ensure the range check catches an impossible knee (so the tests above can fail)."""
    standing = POSES["squat-stand"]
    bent_backwards = replace(standing, near_leg=replace(standing.near_leg, knee=-30.0))
    assert any("knee" in line for line in out_of_range(bent_backwards))


def test_each_step_arrow_follows_a_real_move():
    """Ensure a step arrow names a pose to move from and a point that really moves."""
    for name, pose in POSES.items():
        if not pose.arrow:
            continue
        start, point = pose.arrow
        assert start in POSES, name
        moved = _length({"a": joints(POSES[start])[point], "b": joints(pose)[point]}, "a", "b")
        assert moved > 0.05, f"{name}: its arrow's point moves only {moved:.3f} H"


def test_knee_rolls_fall_to_opposite_sides_and_mini_squats_turn_the_feet_out():
    """Ensure the views show the movement: knees to either side; feet turned out when standing."""
    names = ("knee-rolls-start", "knee-rolls-left", "knee-rolls-right")
    start, left, right = (joints(POSES[n]) for n in names)
    assert left["near_knee"][2] < start["near_knee"][2] - 0.1
    assert right["near_knee"][2] > start["near_knee"][2] + 0.1
    stand = joints(POSES["squat-stand"])
    for side, out in (("near", 1), ("far", -1)):
        toe_out = (stand[f"{side}_toe"][2] - stand[f"{side}_heel"][2]) * out
        assert toe_out > 0.02, f"{side} foot is not turned out"


def test_knee_hug_hands_are_round_the_back_of_the_knee():
    """Ensure both hands are beside the lifted knee, below and behind it (towards the thigh's back)."""
    for name in ("knee-hugs-lift", "knee-hugs-hug"):
        points = joints(POSES[name])
        knee = points["near_knee"]
        for side in ("near", "far"):
            wrist = points[f"{side}_wrist"]
            assert _length({"w": wrist, "k": knee}, "w", "k") < 0.1, f"{name}: {side} hand is not at the knee"
            assert wrist[1] < knee[1], f"{name}: {side} hand is not under the knee"


def test_back_extensions_start_with_forearms_flat_under_the_shoulders():
    points = joints(POSES["back-ext-start"])
    for side in ("near", "far"):
        assert P.point_height(points, f"{side}_elbow") < SUPPORT_TOLERANCE
        assert P.point_height(points, f"{side}_hand") < SUPPORT_TOLERANCE
        # the elbow is near the shoulder along the mat, the hand forward of it, towards the head
        assert abs(points[f"{side}_elbow"][0] - points[f"{side}_shoulder"][0]) < 0.08
        assert points[f"{side}_hand"][0] < points[f"{side}_shoulder"][0]


def test_bottom_to_heels_head_down_is_above_the_mat_and_low():
    points = joints(POSES["heels-head-down"])
    head = P.point_height(points, "head")
    assert 0 <= head < 0.1
    back = joints(POSES["heels-back"])
    assert P.point_height(points, "head") < P.point_height(back, "head")
