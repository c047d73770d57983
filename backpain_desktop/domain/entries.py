"""Rules for one activity-log entry as a person types it: what is valid, and the message when not.

The form shows each message next to its field; nothing is stored until :func:`validate_entry`
returns no problems.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from backpain_desktop.domain.messages import message

PRESET_ACTIVITIES = (message("entries", "Walking"), message("entries", "Exercises"),
                     message("entries", "Housework"), message("entries", "Gardening"),
                     message("entries", "Sitting"), message("entries", "Standing"),
                     message("entries", "Work"))
UNITS = {"min": message("entries", "minutes"), "reps": message("entries", "reps"),
         "m": message("entries", "metres")}
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
        return None, message("entries",
                             "Pain must be a whole number from 0 (no pain) to 10 (worst imaginable).")
    if not 0 <= value <= 10:
        return None, message("entries", "Pain must be from 0 (no pain) to 10 (worst imaginable).")
    return value, ""


def parse_amount(text: str, unit: str) -> tuple[float | None, str]:
    label = UNITS.get(unit, unit)
    text = text.strip().replace(",", ".")
    if not text:
        return None, message("entries", "Enter how many %1.").args(label)
    try:
        value = float(text)
    except ValueError:
        return None, message("entries", "Enter a number of %1, for example 20.").args(label)
    if value != value or value in (float("inf"), float("-inf")):
        return None, message("entries", "Enter a number of %1, for example 20.").args(label)
    if value <= 0:
        return None, message("entries", "The number of %1 must be more than 0.").args(label)
    if value > MAX_AMOUNT.get(unit, 10_000):
        return None, message("entries", "That is more %1 than one entry can hold (at most %2).").args(
            label, MAX_AMOUNT.get(unit, 10_000))
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
        problems["activity"] = message("entries", "Choose or type an activity.")
    elif len(activity) > MAX_ACTIVITY_CHARS:
        problems["activity"] = message("entries", "Keep the activity name to %1 characters or fewer.").args(
            MAX_ACTIVITY_CHARS)
    elif _has_control(activity):
        problems["activity"] = message("entries", "The activity name holds a hidden control character that "
                                                  "cannot be saved. Please type the name again.")
    if form.unit not in UNITS:
        problems["unit"] = message("entries", "Choose minutes, reps or metres.")
    amount, problem = parse_amount(form.amount, form.unit)
    if problem:
        problems["amount"] = problem
    before, problem = parse_pain(form.pain_before)
    if problem:
        problems["pain_before"] = problem
    after, problem = parse_pain(form.pain_after)
    if problem:
        problems["pain_after"] = problem
    if _has_lone_surrogate(form.note):
        problems["note"] = message("entries", "The note holds a broken character that cannot be saved. "
                                              "Please type the note again.")
    if form.occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be timezone-aware")
    if form.occurred_at > now + FUTURE_SLACK:
        problems["occurred_at"] = message("entries",
                                          "That time is in the future. Log what you have already done.")
    if problems:
        return None, problems
    assert amount is not None  # parse_amount gives a problem whenever it gives no number
    return ValidEntry(activity, amount, form.unit, before, after, form.occurred_at, form.note), {}
