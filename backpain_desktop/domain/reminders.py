"""When a reminder is due: exercise times, position breaks from a pacing plan, snooze, pause, quiet hours.

Pure scheduling, no Qt and no clock of its own: the caller passes ``now`` (an aware datetime) and the
time zone in force on every call, so a test drives a fake clock and a person who moves time zone keeps
"8:00 on Mondays" as 8:00 where they are now. The UI words the reminders and shows them.

Times a person picks are local wall-clock times. A time that a daylight-saving change skips (01:30 on
the last Sunday of March in London) is shown when the clock has jumped past it (02:30 summer time: the
offset before the change, as RFC 5545 does); a time that happens twice (01:30 in late October) is shown
once, the first time. Each exercise slot is remembered as handled by its wall-clock date and time, so a
slot is never shown twice, whatever the zone or the offset did meanwhile.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from backpain_desktop.domain import pacing

SNOOZE_MINUTES = 10
PAUSE_MINUTES = 60
# A reminder shown later than this after its time (the computer was asleep or off) says it was missed.
LATE_AFTER = timedelta(minutes=2)
# Ticks further apart than this mean the computer slept: the person was away, so a sitting stint restarts.
ASLEEP_AFTER = timedelta(minutes=3)
# Position breaks: a plan's "at a time" amount outside this range is clamped (reminding every minute
# would only nag; longer than a working morning would never remind).
MIN_POSITION_MINUTES = 5
MAX_POSITION_MINUTES = 240
POSITION_ACTIVITIES = ("Sitting", "Standing")
WEEKDAYS = range(7)  # 0 Monday … 6 Sunday, as date.weekday()


@dataclass(frozen=True)
class ReminderRules:
    """What the person chose. Times are wall-clock times where they are; days 0 Monday … 6 Sunday."""

    enabled: bool = False
    exercise_days: frozenset[int] = frozenset()
    exercise_times: tuple[time, ...] = ()
    quiet_start: time | None = None
    quiet_end: time | None = None
    position_breaks: bool = False
    position_activity: str = "Sitting"

    @property
    def has_exercise_slots(self) -> bool:
        return bool(self.exercise_days) and bool(self.exercise_times)


@dataclass
class ReminderState:
    """What the scheduler remembers between ticks. The first four are kept in the settings file so a
    restart neither repeats a reminder nor forgets a pause; the rest lasts one run."""

    handled_slot: datetime | None = None    # naive local wall clock of the last exercise slot dealt with
    snoozed_until: datetime | None = None   # aware
    paused_until: datetime | None = None    # aware
    off_day: date | None = None             # "no reminders today": the local date it was chosen
    position_since: datetime | None = None  # aware: when the present stint at the computer began
    last_tick: datetime | None = None       # aware


@dataclass(frozen=True)
class Reminder:
    kind: str            # "exercise" | "position"
    due_at: datetime     # aware
    missed: bool = False   # shown late: the computer was asleep or the app closed at its time
    snoozed: bool = False  # the second showing of a snoozed reminder
    minutes: int | None = None  # position breaks: the plan's minutes at a time


def _wall(moment: datetime, tz: tzinfo) -> datetime:
    """The naive wall-clock reading of ``moment`` in ``tz``."""
    return moment.astimezone(tz).replace(tzinfo=None)


def _instant(wall: datetime, tz: tzinfo) -> datetime:
    """The moment a wall-clock reading happens in ``tz``: the first of two in an autumn repeat, and for a
    reading skipped by a spring change, the moment it would be with the offset before the change."""
    return wall.replace(tzinfo=tz, fold=0).astimezone(timezone.utc)


def exercise_slots(rules: ReminderRules, first_day: date, last_day: date) -> list[datetime]:
    """Every chosen day-and-time from ``first_day`` to ``last_day``, as naive wall-clock times, in order."""
    slots: list[datetime] = []
    day = first_day
    while day <= last_day:
        if day.weekday() in rules.exercise_days:
            slots.extend(datetime.combine(day, t) for t in sorted(set(rules.exercise_times)))
        day += timedelta(days=1)
    return slots


def in_quiet_hours(rules: ReminderRules, wall: datetime) -> bool:
    """Whether a wall-clock moment is in the quiet hours (which may run past midnight, 22:00-07:00)."""
    start, end = rules.quiet_start, rules.quiet_end
    if start is None or end is None or start == end:
        return False
    now = wall.time()
    return start <= now < end if start < end else (now >= start or now < end)


class ReminderScheduler:
    """Decides, on each tick, which reminders to show now. Call :meth:`tick` often (every ~30 s) and on
    waking from sleep; it returns each reminder once."""

    def __init__(self, rules: ReminderRules, state: ReminderState | None = None):
        self.rules = rules
        self.state = state or ReminderState()

    def set_rules(self, rules: ReminderRules, now: datetime, tz: tzinfo) -> None:
        """New choices apply from now: a time already past today is not shown as missed."""
        self.rules = rules
        self.state.handled_slot = _wall(now, tz)
        if not (rules.enabled and rules.position_breaks):
            self.state.position_since = None

    # -- the person's quick choices -------------------------------------------------------------------

    def snooze(self, now: datetime, minutes: int = SNOOZE_MINUTES) -> None:
        self.state.snoozed_until = now + timedelta(minutes=minutes)

    def pause(self, now: datetime, minutes: int = PAUSE_MINUTES) -> None:
        self.state.paused_until = now + timedelta(minutes=minutes)
        self.state.snoozed_until = None

    def skip_today(self, now: datetime, tz: tzinfo) -> None:
        self.state.off_day = _wall(now, tz).date()
        self.state.snoozed_until = None

    def resume(self) -> None:
        self.state.paused_until = None
        self.state.off_day = None

    def quiet_reason(self, now: datetime, tz: tzinfo) -> str:
        """Why nothing is shown now: "off" | "paused" | "today" | "quiet" | "" (reminders can show)."""
        if not self.rules.enabled:
            return "off"
        if self.state.paused_until is not None and now < self.state.paused_until:
            return "paused"
        wall = _wall(now, tz)
        if self.state.off_day == wall.date():
            return "today"
        if in_quiet_hours(self.rules, wall):
            return "quiet"
        return ""

    # -- the clock ------------------------------------------------------------------------------------

    def tick(self, now: datetime, tz: tzinfo, active: bool | None = None,
             position_minutes: int | None = None) -> list[Reminder]:
        """The reminders to show now. ``active``: False while the screen is locked or the computer idle,
        None where the system cannot tell. ``position_minutes``: the pacing plan's minutes at a time today
        (None: no plan, no position breaks)."""
        state = self.state
        slept = state.last_tick is not None and now - state.last_tick > ASLEEP_AFTER
        state.last_tick = now
        if state.paused_until is not None and now >= state.paused_until:
            state.paused_until = None
        if state.off_day is not None and state.off_day != _wall(now, tz).date():
            state.off_day = None
        quiet = self.quiet_reason(now, tz)

        shown: list[Reminder] = []
        slot = self._due_slot(now, tz)
        if slot is not None:
            state.handled_slot = slot
            instant = _instant(slot, tz)
            if not quiet and slot.date() == _wall(now, tz).date():  # yesterday's missed slot is stale
                shown.append(Reminder("exercise", instant, missed=now - instant > LATE_AFTER))
        if state.snoozed_until is not None and now >= state.snoozed_until:
            due, state.snoozed_until = state.snoozed_until, None
            if not quiet:
                shown.append(Reminder("exercise", due, missed=now - due > LATE_AFTER, snoozed=True))
        shown.extend(self._position(now, active, position_minutes, slept, quiet))
        return shown

    def _due_slot(self, now: datetime, tz: tzinfo) -> datetime | None:
        """The latest exercise slot at or before now that has not been dealt with yet."""
        if not (self.rules.enabled and self.rules.has_exercise_slots):
            return None
        wall = _wall(now, tz)
        handled = self.state.handled_slot
        if handled is None:  # the first tick ever: begin from now, show nothing from the past
            self.state.handled_slot = wall
            return None
        first = max(handled.date(), wall.date() - timedelta(days=7))
        due = [s for s in exercise_slots(self.rules, first, wall.date())
               if s > handled and _instant(s, tz) <= now]
        return due[-1] if due else None

    def _position(self, now: datetime, active: bool | None, minutes: int | None, slept: bool,
                  quiet: str) -> list[Reminder]:
        state = self.state
        if not (self.rules.enabled and self.rules.position_breaks) or minutes is None:
            state.position_since = None
            return []
        if active is False or slept:  # away from the computer: that was a change of position
            state.position_since = None if active is False else now
            return []
        if state.position_since is None:
            state.position_since = now
            return []
        if now - state.position_since < timedelta(minutes=minutes):
            return []
        state.position_since = now
        return [] if quiet else [Reminder("position", now, minutes=minutes)]

    def next_exercise(self, now: datetime, tz: tzinfo) -> datetime | None:
        """The next exercise slot's moment (aware) after now, for "Next reminder: …"; None if none is set."""
        if not (self.rules.enabled and self.rules.has_exercise_slots):
            return None
        wall = _wall(now, tz)
        for s in exercise_slots(self.rules, wall.date(), wall.date() + timedelta(days=8)):
            if _instant(s, tz) > now and (self.state.handled_slot is None or s > self.state.handled_slot):
                return _instant(s, tz)
        return None


# -- position breaks from a pacing plan -------------------------------------------------------------------

def position_minutes(amount: float, start_day: date, today: date, increase_pct: float,
                     flares: Iterable[pacing.Flare] = (), goal: float | None = None) -> int | None:
    """Today's minutes at a time from a sitting or standing plan (the plan's amount as it builds up each
    week and steps back in a flare-up), kept between MIN_ and MAX_POSITION_MINUTES; None before it starts."""
    plan = pacing.weekly_plan(amount, start_day, today, increase_pct, flares, goal, weeks_ahead=0)
    planned = pacing.plan_for_day(plan, today)
    if planned is None:
        return None
    return max(MIN_POSITION_MINUTES, min(MAX_POSITION_MINUTES, planned))


def is_position_activity(activity: str) -> bool:
    return activity.strip().casefold() in {a.casefold() for a in POSITION_ACTIVITIES}


# -- how long today's exercises take ----------------------------------------------------------------------

def exercise_minutes(prescriptions: Sequence[tuple[int, int, int, int]]) -> int:
    """About how many minutes a round of exercises takes: (reps, hold s, rest s, sets) per exercise, each rep
    taken as its hold plus two seconds to move, rests between sets. At least 1."""
    seconds = 0
    for reps, hold_s, rest_s, sets in prescriptions:
        seconds += sets * reps * (hold_s + 2) + max(0, sets - 1) * rest_s
    return max(1, math.ceil(seconds / 60))


# -- kept in the settings file -----------------------------------------------------------------------------

@dataclass(frozen=True)
class StoredReminders:
    """The rules and the lasting part of the state, as plain JSON values (see :func:`to_json`)."""

    rules: ReminderRules = field(default_factory=ReminderRules)
    state: ReminderState = field(default_factory=ReminderState)


def _time(text: object) -> time | None:
    try:
        return time.fromisoformat(str(text))
    except ValueError:
        return None


def _moment(text: object, aware: bool) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if aware != (value.tzinfo is not None):
        return None
    return value


def from_json(raw: object) -> StoredReminders:
    """Rules and state from the settings file; anything unreadable falls back to its default."""
    if not isinstance(raw, dict):
        return StoredReminders()
    days = raw.get("exercise_days")
    times = raw.get("exercise_times")
    activity = raw.get("position_activity")
    rules = ReminderRules(
        enabled=raw.get("enabled") is True,
        exercise_days=frozenset(d for d in days if isinstance(d, int) and d in WEEKDAYS)
        if isinstance(days, list) else frozenset(),
        exercise_times=tuple(t for t in (_time(x) for x in times) if t is not None)
        if isinstance(times, list) else (),
        quiet_start=_time(raw.get("quiet_start")) if raw.get("quiet_start") else None,
        quiet_end=_time(raw.get("quiet_end")) if raw.get("quiet_end") else None,
        position_breaks=raw.get("position_breaks") is True,
        position_activity=activity if isinstance(activity, str) else "Sitting")
    off_day = None
    off_day_text = raw.get("off_day")
    if isinstance(off_day_text, str):
        try:
            off_day = date.fromisoformat(off_day_text)
        except ValueError:
            off_day = None
    state = ReminderState(handled_slot=_moment(raw.get("handled_slot"), aware=False),
                          snoozed_until=_moment(raw.get("snoozed_until"), aware=True),
                          paused_until=_moment(raw.get("paused_until"), aware=True), off_day=off_day)
    return StoredReminders(rules, state)


def to_json(rules: ReminderRules, state: ReminderState) -> dict[str, object]:
    def iso(value: date | None) -> str:
        return value.isoformat() if value is not None else ""

    return {
        "enabled": rules.enabled,
        "exercise_days": sorted(rules.exercise_days),
        "exercise_times": [t.strftime("%H:%M") for t in rules.exercise_times],
        "quiet_start": rules.quiet_start.strftime("%H:%M") if rules.quiet_start else "",
        "quiet_end": rules.quiet_end.strftime("%H:%M") if rules.quiet_end else "",
        "position_breaks": rules.position_breaks,
        "position_activity": rules.position_activity,
        "handled_slot": iso(state.handled_slot),
        "snoozed_until": iso(state.snoozed_until),
        "paused_until": iso(state.paused_until),
        "off_day": iso(state.off_day),
    }


__all__ = ["Reminder", "ReminderRules", "ReminderScheduler", "ReminderState", "StoredReminders",
           "exercise_minutes", "exercise_slots", "from_json", "in_quiet_hours", "is_position_activity",
           "position_minutes", "to_json"]
