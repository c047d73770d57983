"""Pose data and blending: the figure moves smoothly from one key position to the next."""

from __future__ import annotations

import pytest

from backpain_desktop.domain.poses import POSES, bounds, interpolate, joints


def test_blend_starts_and_ends_on_the_key_poses():
    a, b = POSES["knee-rolls-start"], POSES["knee-rolls-left"]
    assert interpolate(a, b, 0) == a
    assert interpolate(a, b, 1) == b
    middle = interpolate(a, b, 0.5)
    assert a.roll < middle.roll < b.roll


def test_angles_blend_the_short_way_round():
    a = POSES["heels-start"]
    from dataclasses import replace

    b = replace(a, head=-170.0)  # the same as 190 degrees
    assert interpolate(replace(a, head=170.0), b, 0.5).head == pytest.approx(180.0)


@pytest.mark.parametrize("name", sorted(POSES))
def test_every_pose_stays_on_or_above_the_floor(name):
    """Ensure no body part is drawn sinking into the mat."""
    pose = POSES[name]
    lowest = min(y for _, y, _ in joints(pose).values())
    assert lowest >= 0.0, f"{name}: a joint is {lowest:.1f} below the floor"
    left, bottom, right, top = bounds(pose)
    assert right > left and top > bottom
