"""The records a person's log is made of: plain frozen dataclasses shared by the domain rules, the store and
the UI. Times are timezone-aware; ``id`` is None until a record is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class ActivityEntry:
    """One logged activity. ``id`` is None until stored."""

    activity: str
    amount: float
    occurred_at: datetime
    unit: str = "min"
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    source: str = "manual"  # "manual" | "exercise"
    exercise_session_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class ExerciseSession:
    exercise_id: str
    exercise_name: str
    started_at: datetime
    duration_s: float
    reps_planned: int
    reps_done: int
    sets_planned: int
    sets_done: int
    outcome: str  # "completed" | "stopped"
    pain_before: int | None = None
    pain_after: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Prescription:
    exercise_id: str
    reps: int
    hold_s: int
    rest_s: int
    sets: int


@dataclass(frozen=True)
class FlareUp:
    started_at: datetime
    ended_at: datetime | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FlareUpPlan:
    triggers: str = ""
    warning_signs: str = ""
    what_helps: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Baseline:
    activity: str
    amount: float  # starting daily amount in the activity's unit
    unit: str
    method: str  # "average" | "midpoint" | "manual"
    weekly_increase_pct: float
    set_at: datetime
    details: dict[str, Any]  # the numbers it was worked out from, to show how it was reached


@dataclass(frozen=True)
class PageFeedback:
    page_id: str
    useful: bool
    answered_at: datetime


@dataclass(frozen=True)
class DailyTotal:
    day: date  # local calendar day
    activity: str
    total: float
    entries: int
    avg_pain: float | None  # mean of the pain scores logged that day (after, else before)
    max_pain: int | None

