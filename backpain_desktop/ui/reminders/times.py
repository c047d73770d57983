"""Times of day and day names as the language in use writes them, for the reminders and their settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime


def clock_text(at) -> str:
    """A time of day as the locale writes it (14:05, or with its own digits and marks)."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def day_name(weekday: int) -> str:
    """The day's name in the language in use (0 = Monday), from QLocale rather than a word list."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def short_day_name(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
