"""The exercise reminder times as an iCalendar (.ics) file that a person's own calendar can import.

One weekly repeating event per chosen time (on the chosen days), each with an alarm at its start, written
with the ``icalendar`` library. Times carry the person's IANA time zone (with its VTIMEZONE) when it is
known, so 08:00 stays 08:00 across daylight-saving changes; otherwise they are floating local times,
which calendars read as the same clock time wherever the person is. UIDs depend only on the time of day,
so importing again updates the events instead of doubling them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from backpain_desktop import __version__
from backpain_desktop.domain.reminders import ReminderRules

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
YEARS_OF_RULES = 12  # the time-zone changes written out, from the first event on
UID_DOMAIN = "backpain-desktop.invalid"  # ".invalid" never resolves: the app has no web address


def first_day_on_or_after(start: date, weekdays: frozenset[int]) -> date:
    for offset in range(7):
        day = start + timedelta(days=offset)
        if day.weekday() in weekdays:
            return day
    raise ValueError("no days chosen")


def exercise_calendar(rules: ReminderRules, today: date, now_utc: datetime, minutes: int, *,
                      zone: str = "", title: str = "Back exercises",
                      description: str = "", alarm_text: str = "") -> bytes:
    """The .ics bytes for ``rules``' exercise days and times, starting on the first chosen day from
    ``today``. ``minutes`` is each event's length; ``zone`` an IANA name such as "Europe/London"."""
    if not rules.has_exercise_slots:
        raise ValueError("choose at least one day and one time first")
    tz = None
    if zone:
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            tz = None
    calendar = Calendar()
    calendar.add("prodid", f"-//backpain_desktop//Back Pain Companion {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    first = first_day_on_or_after(today, rules.exercise_days)
    days = [ICAL_DAYS[d] for d in sorted(rules.exercise_days)]
    for at in sorted(set(rules.exercise_times)):
        event = Event()
        event.add("uid", f"exercises-{at:%H%M}@{UID_DOMAIN}")
        event.add("dtstamp", now_utc)
        start = datetime.combine(first, time(at.hour, at.minute), tzinfo=tz)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=max(1, minutes)))
        event.add("rrule", {"freq": "weekly", "byday": days})
        event.add("summary", title)
        if description:
            event.add("description", description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy meeting
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", alarm_text or title)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    if tz is not None:
        # From a year before the first event: the zone's whole history (1970 on) only makes the file
        # longer, and some readers misread its old rules.
        calendar.add_missing_timezones(first_date=first - timedelta(days=366),
                                       last_date=first + timedelta(days=366 * YEARS_OF_RULES))
    ics: bytes = calendar.to_ical()  # icalendar leaves to_ical unannotated
    return ics
