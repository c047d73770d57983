"""Rules for one activity-log entry as a person types it: what is valid, and the message when not.

The form shows each message next to its field; nothing is stored until :func:`validate_entry`
returns no problems.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

PRESET_ACTIVITIES = ("Walking", "Exercises", "Housework", "Gardening", "Sitting", "Standing", "Work")
UNITS = {"min": "minutes", "reps": "reps", "m": "metres"}
# Largest believable amount for one entry, per unit: a day of minutes, a marathon of metres.
MAX_AMOUNT = {"min": 24 * 60, "reps": 2000, "m": 50_000}
MAX_ACTIVITY_CHARS = 60
# A clock a little ahead of another device's should not make "now" count as the future.
FUTURE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class EntryInput:
    """What the form holds, as typed."""

    activity: str
    amount: str
    unit: str
    pain_before: str
    pain_after: str
    occurred_at: datetime  # timezone-aware
    note: str


@dataclass(frozen=True)
class ValidEntry:
    activity: str
    amount: float
    unit: str
    pain_before: int | None
    pain_after: int | None
    occurred_at: datetime
    note: str


def parse_pain(text: str) -> tuple[int | None, str]:
    """(score, problem). Empty means "not recorded"."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        value = int(text)
    except ValueError:
        return None, "Pain must be a whole number from 0 (no pain) to 10 (worst imaginable)."
    if not 0 <= value <= 10:
        return None, "Pain must be from 0 (no pain) to 10 (worst imaginable)."
    return value, ""


def parse_amount(text: str, unit: str) -> tuple[float | None, str]:
    label = UNITS.get(unit, unit)
    text = text.strip().replace(",", ".")
    if not text:
        return None, f"Enter how many {label}."
    try:
        value = float(text)
    except ValueError:
        return None, f"Enter a number of {label}, for example 20."
    if value != value or value in (float("inf"), float("-inf")):
        return None, f"Enter a number of {label}, for example 20."
    if value <= 0:
        return None, f"The number of {label} must be more than 0."
    if value > MAX_AMOUNT.get(unit, 10_000):
        return None, f"That is more {label} than one entry can hold (at most {MAX_AMOUNT.get(unit, 10_000)})."
    return value, ""


def _has_control(text: str) -> bool:
    """A NUL or other control character: in a name it is invisible, cannot be typed back, and a leading
    NUL makes SQLite's ``length()`` see an empty name."""
    return any(unicodedata.category(char) in ("Cc", "Cs") for char in text)


def _has_lone_surrogate(text: str) -> bool:
    """Half of a UTF-16 pair is not Unicode text and cannot be written as UTF-8. Everything else a note
    may hold (control characters, right-to-left text, emoji, markup) is kept and shown literally."""
    return any(unicodedata.category(char) == "Cs" for char in text)


def validate_entry(form: EntryInput, now: datetime) -> tuple[ValidEntry | None, dict[str, str]]:
    """The entry to store, or None and a message per field name."""
    problems: dict[str, str] = {}
    activity = " ".join(form.activity.split())
    if not activity:
        problems["activity"] = "Choose or type an activity."
    elif len(activity) > MAX_ACTIVITY_CHARS:
        problems["activity"] = f"Keep the activity name to {MAX_ACTIVITY_CHARS} characters or fewer."
    elif _has_control(activity):
        problems["activity"] = ("The activity name holds a hidden control character that cannot be saved. "
                                "Please type the name again.")
    if form.unit not in UNITS:
        problems["unit"] = "Choose minutes, reps or metres."
    amount, message = parse_amount(form.amount, form.unit)
    if message:
        problems["amount"] = message
    before, message = parse_pain(form.pain_before)
    if message:
        problems["pain_before"] = message
    after, message = parse_pain(form.pain_after)
    if message:
        problems["pain_after"] = message
    if _has_lone_surrogate(form.note):
        problems["note"] = ("The note holds a broken character that cannot be saved. "
                            "Please type the note again.")
    if form.occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be timezone-aware")
    if form.occurred_at > now + FUTURE_SLACK:
        problems["occurred_at"] = "That time is in the future. Log what you have already done."
    if problems:
        return None, problems
    return ValidEntry(activity, amount, form.unit, before, after, form.occurred_at, form.note), {}
