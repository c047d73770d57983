"""What the timer panel says and shows for the rep timer's state: the phase in words, the rep count (per
side where the sides alternate) and the figure's pose. Pure functions of the timer's state."""

from __future__ import annotations

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.content import Exercise
from backpain_desktop.domain.poses import POSES, Pose, interpolate
from backpain_desktop.ui.exercises.common import reps_words, side_words
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr


def phase_words(timer: rt.RepTimer) -> str:
    seg = timer.segment
    if timer.finished:
        words = _tr("ExerciseTab", "Done") if timer.completed else _tr("ExerciseTab", "Stopped")
    elif seg is None:
        words = _tr("ExerciseTab", "Ready when you are")
    elif seg.phase == rt.NEXT_EXERCISE:
        words = fill(_tr("ExerciseTab", "Rest. Next: %1"), timer.plans[seg.exercise].name)
    else:
        words = {rt.GET_READY: _tr("ExerciseTab",
                "Get ready"), rt.MOVE: _tr("ExerciseTab", "Move slowly"), rt.HOLD: _tr("ExerciseTab", "Hold"),
                 rt.RELEASE: _tr("ExerciseTab", "And relax"), rt.REST: _tr("ExerciseTab", "Rest"),
                 rt.SET_REST: _tr("ExerciseTab", "Rest before the next set")}.get(seg.phase, "")
    return fill(_tr("ExerciseTab", "Paused: %1"), words) if timer.paused else words


def rep_words(timer: rt.RepTimer) -> str:
    """"Rep 2 of 10 on each side · Right side" while a rep runs; "10 reps on each side" otherwise."""
    plan, seg = timer.plan, timer.segment
    if seg is not None and seg.rep:
        of = (_tr("ExerciseTab", "Rep %1 of %2 on each side")
              if plan.sides == "alternate" else _tr("ExerciseTab", "Rep %1 of %2"))
        parts = [fill(of, seg.rep, plan.reps)]
        if side_words(seg.side):
            parts.append(side_words(seg.side))
        if plan.sets > 1:
            parts.append(fill(_tr("ExerciseTab",
                    "Set %1 of %2"), seg.set_no, plan.sets))
        return " · ".join(parts)
    if seg is not None and seg.phase == rt.SET_REST:
        return fill(_tr("ExerciseTab",
                "Set %1 of %2 done"), seg.set_no, plan.sets)
    return reps_words(plan.reps, plan.sides)


def pose_now(timer: rt.RepTimer, exercises: list[Exercise], still: bool) -> Pose:
    """Where the figure is now; ``still`` (reduced motion) shows the positions without the movement."""
    seg = timer.segment
    if seg is None:
        return POSES[exercises[0].start_pose]
    exercise = exercises[seg.exercise]
    start = POSES[exercise.start_pose]
    target = POSES[exercise.other_side_pose if seg.side == rt.RIGHT and exercise.other_side_pose
                   else exercise.hold_pose]
    fraction = 1.0 if still else timer.phase_fraction
    if seg.phase == rt.MOVE:
        return interpolate(start, target, fraction)
    if seg.phase == rt.HOLD:
        return target
    if seg.phase == rt.RELEASE:
        return interpolate(target, start, fraction)
    return start
