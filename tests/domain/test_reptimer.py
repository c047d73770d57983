"""The rep timer state machine, on a fake clock only: phase order, sides, pauses, skips, stops, zero holds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.reptimer import RepTimer, TimerPlan

T0 = 1000.0


def plan(**kw) -> TimerPlan:
    values = dict(name="Test", reps=2, hold_s=3, rest_s=2, sets=1, sides="none", get_ready_s=5, move_s=2,
                  release_s=2, set_rest_s=10)
    values.update(kw)
    return TimerPlan(**values)


def run(timer: RepTimer, step: float = 0.25, start: float = T0, limit: float = 10_000):
    """Tick through the whole session; return [(time, event)]."""
    seen = [(start, e) for e in timer.start(start)]
    now = start
    while not timer.finished and now < start + limit:
        now += step
        seen += [(now, e) for e in timer.tick(now)]
    return seen


def phases(seen) -> list[tuple]:
    return [(e.segment.phase, e.segment.rep, e.segment.side, e.segment.set_no) for _, e in seen
            if isinstance(e, rt.PhaseStarted)]


def test_no_sides_phase_order():
    """Ensure a one-sided exercise runs get ready, then move, hold, release and rest for each rep."""
    seen = run(RepTimer(plan()))
    assert phases(seen) == [
        ("get_ready", 0, "", 0),
        ("move", 1, "", 1), ("hold", 1, "", 1), ("release", 1, "", 1), ("rest", 1, "", 1),
        ("move", 2, "", 1), ("hold", 2, "", 1), ("release", 2, "", 1)]
    assert isinstance(seen[-1][1], rt.Finished) and seen[-1][1].completed


def test_alternate_sides_do_left_then_right_in_each_rep():
    seen = run(RepTimer(plan(reps=2, sides="alternate")))
    moves = [(rep, side) for phase, rep, side, _ in phases(seen) if phase == "move"]
    assert moves == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    reps = [e.rep for _, e in seen if isinstance(e, rt.RepCompleted)]
    assert reps == [1, 2]  # a rep counts once both sides are done


def test_either_side_is_one_movement_per_rep():
    seen = run(RepTimer(plan(reps=3, sides="either")))
    assert [side for phase, _, side, _ in phases(seen) if phase == "hold"] == ["either"] * 3


def test_sets_have_a_rest_between_them_and_each_is_reported():
    seen = run(RepTimer(plan(reps=1, sets=3)))
    order = [p for p, *_ in phases(seen)]
    assert order == ["get_ready", "move", "hold", "release", "set_rest", "move", "hold", "release",
                     "set_rest", "move", "hold", "release"]
    assert [e.set_no for _, e in seen if isinstance(e, rt.SetCompleted)] == [1, 2, 3]


def test_phases_end_exactly_on_schedule_whatever_the_tick_rate():
    """Ensure a late tick never shifts what follows: every phase starts at its planned time."""
    timer = RepTimer(plan())
    seen = run(timer, step=0.7)
    expected = [T0 + s.offset for s in timer.segments]
    started = [e.segment.offset + T0 for _, e in seen if isinstance(e, rt.PhaseStarted)]
    assert started == expected
    total = sum(s.duration for s in timer.segments)
    assert total == 5 + 2 * (2 + 3 + 2) + 2
    assert timer.duration_s() == pytest.approx(total)


def test_ticks_sound_on_the_last_three_seconds_of_a_hold():
    seen = run(RepTimer(plan(reps=1, hold_s=5)), step=0.1)
    hold_start = next(t for t, e in seen if isinstance(e, rt.PhaseStarted) and e.segment.phase == "hold")
    ticks = [(round(t - hold_start, 1), e.seconds_left) for t, e in seen if isinstance(e, rt.TickCue)]
    assert ticks == [(2.0, 3), (3.0, 2), (4.0, 1)]


def test_pause_and_resume_keep_the_remaining_time_exactly():
    """Ensure a paused timer resumes where it stopped, however long the pause."""
    timer = RepTimer(plan())
    timer.start(T0)
    timer.tick(T0 + 6.5)  # 1.5 s into the first move (2 s)
    assert timer.phase == "move"
    assert timer.pause(T0 + 6.5)[-1] == rt.Paused()
    left = timer.seconds_left
    assert left == pytest.approx(0.5)
    assert timer.tick(T0 + 500) == []  # nothing happens while paused
    assert timer.phase == "move" and timer.seconds_left == pytest.approx(left)
    timer.resume(T0 + 800)
    assert timer.seconds_left == pytest.approx(0.5)
    events = timer.tick(T0 + 800.5)
    assert [e.segment.phase for e in events if isinstance(e, rt.PhaseStarted)] == ["hold"]
    assert timer.duration_s() == pytest.approx(7.0)  # the pause is not counted


def test_toggle_starts_pauses_and_resumes():
    timer = RepTimer(plan())
    timer.toggle(T0)
    assert timer.running
    timer.toggle(T0 + 1)
    assert timer.paused
    timer.toggle(T0 + 2)
    assert timer.running and timer.seconds_left == pytest.approx(4)


def test_skip_forward_and_back():
    timer = RepTimer(plan())
    timer.start(T0)
    events = timer.skip_forward(T0 + 1)
    assert timer.phase == "move" and timer.seconds_left == pytest.approx(2)
    assert [type(e) for e in events] == [rt.PhaseStarted]
    timer.tick(T0 + 2.5)  # 1.5 s into move: back restarts the move
    timer.skip_back(T0 + 2.5)
    assert timer.phase == "move" and timer.seconds_left == pytest.approx(2)
    timer.skip_back(T0 + 2.6)  # just started: back goes to the phase before
    assert timer.phase == "get_ready" and timer.seconds_left == pytest.approx(5)


def test_skipping_past_the_end_of_a_rep_counts_it_and_back_uncounts_it():
    timer = RepTimer(plan(reps=2))
    timer.start(T0)
    for _ in range(4):  # get ready, move, hold, release
        timer.skip_forward(T0)
    assert timer.phase == "rest" and timer.reps_done == [1]
    timer.skip_back(T0)
    assert timer.phase == "release" and timer.reps_done == [0]


def test_stop_early_reports_not_completed():
    timer = RepTimer(plan())
    timer.start(T0)
    timer.tick(T0 + 12)
    events = timer.stop(T0 + 12)
    assert events == [rt.ExerciseFinished(0, completed=False), rt.Finished(completed=False)]
    assert timer.finished and not timer.completed and timer.phase == "done"
    assert timer.reps_done == [1] and timer.duration_s() == pytest.approx(12)
    assert timer.tick(T0 + 20) == [] and timer.stop(T0 + 20) == []


def test_zero_second_holds_and_rests_are_left_out():
    seen = run(RepTimer(plan(reps=2, hold_s=0, rest_s=0)))
    assert [p for p, *_ in phases(seen)] == ["get_ready", "move", "release", "move", "release"]
    assert not any(isinstance(e, rt.TickCue) for _, e in seen)
    assert [e.rep for _, e in seen if isinstance(e, rt.RepCompleted)] == [1, 2]


def test_fractions_for_the_display():
    timer = RepTimer(plan(reps=1, hold_s=4, rest_s=0))
    timer.start(T0)
    assert timer.set_fraction == 0
    timer.tick(T0 + 5 + 2 + 1)  # 1 s into a 4 s hold; the set is move 2 + hold 4 + release 2
    assert timer.phase == "hold"
    assert timer.phase_fraction == pytest.approx(0.25)
    assert timer.set_fraction == pytest.approx(3 / 8)
    assert timer.seconds_left == pytest.approx(3)


def test_routine_rests_between_exercises_and_names_the_next():
    timer = RepTimer([plan(name="A", reps=1), plan(name="B", reps=1)], between_s=20)
    seen = run(timer)
    order = [p for p, *_ in phases(seen)]
    assert order == ["get_ready", "move", "hold", "release", "next_exercise", "move", "hold", "release"]
    between = next(e.segment for _, e in seen if isinstance(e, rt.PhaseStarted)
                   and e.segment.phase == "next_exercise")
    assert timer.plans[between.exercise].name == "B" and between.duration == 20
    assert [(e.exercise, e.completed) for _, e in seen if isinstance(e, rt.ExerciseFinished)] == [
        (0, True), (1, True)]


def test_bad_plans_are_refused():
    with pytest.raises(ValueError):
        plan(sides="both")
    with pytest.raises(ValueError):
        plan(reps=0)


@settings(max_examples=60, deadline=None)
@given(reps=st.integers(1, 6), sets=st.integers(1, 3), hold=st.integers(0, 6), rest=st.integers(0, 4),
       sides=st.sampled_from(rt.SIDE_MODES), step=st.floats(0.05, 3.0))
def test_any_plan_finishes_on_time_with_every_rep(reps, sets, hold, rest, sides, step):
    """Ensure, for any numbers, the session ends at the planned time with every rep and set counted."""
    timer = RepTimer(plan(reps=reps, sets=sets, hold_s=hold, rest_s=rest, sides=sides))
    seen = run(timer, step=step)
    total = sum(s.duration for s in timer.segments)
    finished_at = next(t for t, e in seen if isinstance(e, rt.Finished))
    assert T0 + total <= finished_at < T0 + total + step + 1e-9
    assert timer.reps_done == [reps * sets] and timer.sets_done == [sets]
    assert timer.duration_s() == pytest.approx(total)
