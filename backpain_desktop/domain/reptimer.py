"""The rep timer: get ready → move → hold → release → rest, rep after rep, set after set, as a state machine.

It never reads a clock. The UI calls :meth:`RepTimer.tick` with ``time.monotonic()`` from one QTimer and
plays the returned events; tests pass a fake time. The whole session is laid out up front as a list of
segments whose end times are sums of durations from the start, so a late tick never shifts what follows
(no drift), and pausing moves the remaining schedule by exactly the time spent paused.

A routine ("Do all five") is the same machine given several exercises: a rest segment between them
announces the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeAlias

GET_READY, MOVE, HOLD, RELEASE, REST, SET_REST, NEXT_EXERCISE, DONE = (
    "get_ready", "move", "hold", "release", "rest", "set_rest", "next_exercise", "done")
PHASES = (GET_READY, MOVE, HOLD, RELEASE, REST, SET_REST, NEXT_EXERCISE, DONE)
SIDE_MODES = ("none", "alternate", "either")
LEFT, RIGHT, EITHER = "left", "right", "either"
TICK_SECONDS = 3  # a tick sounds on each of the last seconds of a hold
RESTART_WINDOW_S = 1.0  # "back" within this many seconds of a phase's start goes to the phase before


@dataclass(frozen=True)
class TimerPlan:
    """One exercise's numbers. Zero hold or rest seconds leave that phase out."""

    name: str
    reps: int
    hold_s: float
    rest_s: float
    sets: int = 1
    sides: str = "none"  # one of SIDE_MODES
    exercise_id: str = ""
    get_ready_s: float = 5.0
    move_s: float = 3.0  # the slow movement into the position
    release_s: float = 3.0  # and back out of it
    set_rest_s: float = 30.0  # between sets

    def __post_init__(self) -> None:
        if self.sides not in SIDE_MODES:
            raise ValueError(f"sides must be one of {SIDE_MODES}")
        if self.reps < 1 or self.sets < 1:
            raise ValueError("reps and sets must be at least 1")
        if min(self.hold_s, self.rest_s, self.get_ready_s, self.move_s, self.release_s, self.set_rest_s) < 0:
            raise ValueError("durations cannot be negative")


@dataclass(frozen=True)
class Segment:
    """One timed phase of the whole session."""

    phase: str
    duration: float
    offset: float  # seconds from the start of the session, pauses excluded
    exercise: int  # index into the timer's plans
    set_no: int  # 1-based; 0 for the get-ready and between-exercise phases
    rep: int  # 1-based; 0 outside a rep
    side: str = ""  # LEFT / RIGHT / EITHER / "" (no sides)
    set_offset: float = 0.0  # seconds from the start of this set
    set_duration: float = 0.0
    ends_rep: bool = False  # the rep is complete once this segment ends
    ends_set: bool = False


# -- events: what just happened, for the UI to show, sound and speak -----------------------------------

@dataclass(frozen=True)
class PhaseStarted:
    segment: Segment


@dataclass(frozen=True)
class TickCue:
    seconds_left: int


@dataclass(frozen=True)
class RepCompleted:
    exercise: int
    set_no: int
    rep: int


@dataclass(frozen=True)
class SetCompleted:
    exercise: int
    set_no: int


@dataclass(frozen=True)
class ExerciseFinished:
    exercise: int
    completed: bool  # False when stopped early


@dataclass(frozen=True)
class Paused:
    pass


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class Finished:
    completed: bool


# Every event a timer call may return.
TimerEvent: TypeAlias = (PhaseStarted | TickCue | RepCompleted | SetCompleted | ExerciseFinished | Paused
                         | Resumed | Finished)


def _rep_sides(sides: str) -> tuple[str, ...]:
    return {"none": ("",), "alternate": (LEFT, RIGHT), "either": (EITHER,)}[sides]


def build_segments(plans: tuple[TimerPlan, ...], between_s: float = 30.0) -> list[Segment]:
    """Lay out every phase of the session in order; zero-length phases are left out."""
    segments: list[Segment] = []
    offset = 0.0

    def add(segment: Segment) -> None:
        nonlocal offset
        if segment.duration <= 0:
            return
        segments.append(replace(segment, offset=offset))
        offset += segment.duration

    for index, plan in enumerate(plans):
        if index == 0:
            add(Segment(GET_READY, plan.get_ready_s, 0.0, exercise=index, set_no=0, rep=0))
        else:
            add(Segment(NEXT_EXERCISE, between_s, 0.0, exercise=index, set_no=0, rep=0))
        for set_no in range(1, plan.sets + 1):
            for segment in _set_segments(plan, index, set_no):
                add(segment)
            if set_no < plan.sets:
                add(Segment(SET_REST, plan.set_rest_s, 0.0, exercise=index, set_no=set_no, rep=0))
    return segments


def _set_segments(plan: TimerPlan, exercise: int, set_no: int) -> list[Segment]:
    """One set's moves, holds, releases and rests, zero-length ones left out, each placed within the set
    and marked where a rep and the set end (``offset`` is left for :func:`build_segments` to fill in)."""
    sides = _rep_sides(plan.sides)
    in_set: list[Segment] = []
    for rep in range(1, plan.reps + 1):
        for n, side in enumerate(sides):
            last_side = n == len(sides) - 1
            for phase, duration in ((MOVE, plan.move_s), (HOLD, plan.hold_s), (RELEASE, plan.release_s)):
                in_set.append(Segment(phase, duration, 0.0, exercise, set_no, rep, side))
            in_set[-1] = replace(in_set[-1], ends_rep=last_side)
            if rep < plan.reps or not last_side:
                in_set.append(Segment(REST, plan.rest_s, 0.0, exercise, set_no, rep, side))
    # Moves or releases of zero seconds vanish; the rep must still end on the last kept segment.
    kept = [s for s in in_set if s.duration > 0]
    if not kept:
        raise ValueError("a rep needs some time")
    for s in in_set:
        if s.ends_rep and s.duration <= 0:
            last = [i for i, k in enumerate(kept) if k.rep == s.rep and k.phase != REST][-1]
            kept[last] = replace(kept[last], ends_rep=True)
    kept[-1] = replace(kept[-1], ends_set=True)
    set_duration = sum(s.duration for s in kept)
    placed: list[Segment] = []
    set_offset = 0.0
    for s in kept:
        placed.append(replace(s, set_offset=set_offset, set_duration=set_duration))
        set_offset += s.duration
    return placed


class RepTimer:
    """Drive with :meth:`start`, then :meth:`tick` with a monotonic time; every call returns the events
    that happened, in order. ``now`` must never go backwards."""

    def __init__(self, plans: TimerPlan | tuple[TimerPlan, ...] | list[TimerPlan], between_s: float = 30.0):
        self.plans: tuple[TimerPlan, ...] = (plans,) if isinstance(plans, TimerPlan) else tuple(plans)
        if not self.plans:
            raise ValueError("a timer needs at least one exercise")
        self.segments = build_segments(self.plans, between_s)
        self._index = -1  # -1 before start; len(segments) when done
        self._seg_start = 0.0  # monotonic time the current segment started (pauses added on resume)
        self._paused_at: float | None = None
        self._now = 0.0
        self._started_at: float | None = None
        self._paused_total = 0.0
        self._ticks_sent: set[int] = set()
        self._stopped = False
        self.reps_done = [0] * len(self.plans)
        self.sets_done = [0] * len(self.plans)
        self.active_s = [0.0] * len(self.plans)  # time spent on each exercise, pauses excluded
        self._finished_exercises: set[int] = set()

    # -- state a display reads --------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._index >= 0

    @property
    def finished(self) -> bool:
        return self._index >= len(self.segments)

    @property
    def running(self) -> bool:
        return self.started and not self.finished and self._paused_at is None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None and not self.finished

    @property
    def completed(self) -> bool:
        return self.finished and not self._stopped

    @property
    def segment(self) -> Segment | None:
        if 0 <= self._index < len(self.segments):
            return self.segments[self._index]
        return None

    @property
    def phase(self) -> str:
        if self.finished:
            return DONE
        seg = self.segment
        return seg.phase if seg else ""

    @property
    def plan(self) -> TimerPlan:
        seg = self.segment
        if seg is not None:
            return self.plans[seg.exercise]
        return self.plans[-1] if self.finished else self.plans[0]

    def _elapsed(self) -> float:
        moment = self._paused_at if self._paused_at is not None else self._now
        return max(0.0, moment - self._seg_start)

    @property
    def seconds_left(self) -> float:
        seg = self.segment
        return max(0.0, seg.duration - self._elapsed()) if seg else 0.0

    @property
    def phase_fraction(self) -> float:
        seg = self.segment
        if seg is None:
            return 1.0 if self.finished else 0.0
        return min(1.0, self._elapsed() / seg.duration)

    @property
    def set_fraction(self) -> float:
        seg = self.segment
        if seg is None:
            return 1.0 if self.finished else 0.0
        if seg.set_duration <= 0:
            return 1.0 if seg.phase == SET_REST else 0.0
        return min(1.0, (seg.set_offset + min(self._elapsed(), seg.duration)) / seg.set_duration)

    def next_plan(self) -> TimerPlan | None:
        """The exercise that follows the current one in a routine, if any."""
        seg = self.segment
        if seg is None or seg.exercise + 1 >= len(self.plans):
            return None
        return self.plans[seg.exercise + 1]

    # -- driving -------------------------------------------------------------------------------------

    def start(self, now: float) -> list[TimerEvent]:
        if self.started:
            return []
        self._now = self._started_at = now
        return self._enter(0, now)

    def tick(self, now: float) -> list[TimerEvent]:
        """Advance to ``now``: every phase that ended since the last call ends at its scheduled time."""
        if not self.running:
            self._now = max(self._now, now)
            return []
        events: list[TimerEvent] = []
        self._now = now
        while self.running:
            seg = self.segments[self._index]
            end = self._seg_start + seg.duration
            if now < end:
                break
            self.active_s[seg.exercise] += seg.duration
            events += self._leave(seg)
            events += self._enter(self._index + 1, end)
        current = self.segment
        if self.running and current is not None and current.phase == HOLD:
            left = current.duration - (now - self._seg_start)
            for second in range(1, TICK_SECONDS + 1):
                if left <= second and second not in self._ticks_sent and second < current.duration:
                    # Only the most recent second sounds if ticks were missed (a late tick never bursts).
                    self._ticks_sent.update(range(second, TICK_SECONDS + 1))
                    events.append(TickCue(second))
                    break
        return events

    def pause(self, now: float) -> list[TimerEvent]:
        if not self.running:
            return []
        events = self.tick(now)
        if self.running:
            self._paused_at = now
            events.append(Paused())
        return events

    def resume(self, now: float) -> list[TimerEvent]:
        paused_at = self._paused_at
        if paused_at is None or self.finished:
            return []
        gap = now - paused_at
        self._seg_start += gap
        self._paused_total += gap
        self._paused_at = None
        self._now = now
        return [Resumed()]

    def toggle(self, now: float) -> list[TimerEvent]:
        """Space: start, pause or resume."""
        if not self.started:
            return self.start(now)
        return self.resume(now) if self.paused else self.pause(now)

    def _settle_before_skip(self, now: float) -> tuple[list[TimerEvent], Segment | None]:
        """Bring the timer up to ``now`` and count the current phase's time, before a skip moves it.
        No segment when there is nothing to skip (not started, or finished on the way)."""
        if not self.started or self.finished:
            return [], None
        events: list[TimerEvent] = [] if self.paused else self.tick(now)
        if self.finished:
            return events, None
        seg = self.segments[self._index]
        self.active_s[seg.exercise] += min(self._elapsed(), seg.duration)
        return events, seg

    def skip_forward(self, now: float) -> list[TimerEvent]:
        """End the current phase now and start the next."""
        events, seg = self._settle_before_skip(now)
        if seg is None:
            return events
        was_paused = self._paused_at is not None
        events += self._leave(seg)
        events += self._enter(self._index + 1, now)
        if was_paused and not self.finished:
            self._paused_at = now
        return events

    def skip_back(self, now: float) -> list[TimerEvent]:
        """Restart the current phase, or go to the one before when it has only just begun."""
        events, seg = self._settle_before_skip(now)
        if seg is None:
            return events
        target = self._index
        if self._elapsed() < RESTART_WINDOW_S and self._index > 0:
            target = self._index - 1
            # Going back over the end of a rep or set means it is no longer done.
            previous = self.segments[target]
            if previous.ends_rep and self.reps_done[previous.exercise] > 0:
                self.reps_done[previous.exercise] -= 1
            if previous.ends_set and self.sets_done[previous.exercise] > 0:
                self.sets_done[previous.exercise] -= 1
        was_paused = self._paused_at is not None
        self._paused_at = None
        events += self._enter(target, now)
        if was_paused:
            self._paused_at = now
        return events

    def stop(self, now: float) -> list[TimerEvent]:
        """Stop early. The exercise in progress is reported as not completed."""
        if not self.started or self.finished:
            return []
        if self.running:
            self._now = now
        seg = self.segments[self._index]
        self.active_s[seg.exercise] += min(self._elapsed(), seg.duration)
        self._stopped = True
        self._paused_at = None
        self._index = len(self.segments)
        events: list[TimerEvent] = []
        if seg.exercise not in self._finished_exercises:
            self._finished_exercises.add(seg.exercise)
            events.append(ExerciseFinished(seg.exercise, completed=False))
        events.append(Finished(completed=False))
        return events

    def duration_s(self, exercise: int = 0) -> float:
        """Time spent on one exercise so far, pauses left out."""
        total = self.active_s[exercise]
        seg = self.segment
        if seg is not None and seg.exercise == exercise and self.started:
            total += min(self._elapsed(), seg.duration)
        return total

    # -- inside ------------------------------------------------------------------------------------------

    def _leave(self, seg: Segment) -> list[TimerEvent]:
        events: list[TimerEvent] = []
        if seg.ends_rep:
            self.reps_done[seg.exercise] += 1
            events.append(RepCompleted(seg.exercise, seg.set_no, seg.rep))
        if seg.ends_set:
            self.sets_done[seg.exercise] += 1
            events.append(SetCompleted(seg.exercise, seg.set_no))
            plan = self.plans[seg.exercise]
            if seg.set_no == plan.sets:
                self._finished_exercises.add(seg.exercise)
                events.append(ExerciseFinished(seg.exercise, completed=True))
        return events

    def _enter(self, index: int, at: float) -> list[TimerEvent]:
        self._index = index
        self._seg_start = at
        self._ticks_sent = set()
        if index >= len(self.segments):
            return [Finished(completed=True)]
        return [PhaseStarted(self.segments[index])]
