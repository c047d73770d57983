"""The .ics file of exercise times, read back by a second, independent parser (vobject)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
import vobject
from dateutil.rrule import rrulestr

from backpain_desktop.domain.calendar_export import exercise_calendar
from backpain_desktop.domain.reminders import ReminderRules

RULES = ReminderRules(enabled=True, exercise_days=frozenset({0, 3}),
                      exercise_times=(time(18, 0), time(8, 30)))
NOW = datetime(2026, 3, 25, 12, 0, tzinfo=timezone.utc)


def parsed(data: bytes):
    return vobject.readOne(data.decode("utf-8"))


def test_each_time_is_a_weekly_event_on_the_chosen_days_with_an_alarm():
    """Ensure another parser reads two weekly events (Mon, Thu) at 08:30 and 18:00 London time, each with
    a display alarm at its start, and that the repeats keep 08:30 on the clock across the March change."""
    data = exercise_calendar(RULES, date(2026, 3, 25), NOW, 6, zone="Europe/London",
                             title="Back exercises", description="About 6 minutes.")
    calendar = parsed(data)
    assert calendar.version.value == "2.0"
    assert calendar.vtimezone.tzid.value == "Europe/London"
    events = sorted(calendar.vevent_list, key=lambda e: e.dtstart.value.time())
    assert [e.summary.value for e in events] == ["Back exercises", "Back exercises"]
    assert [e.dtstart.value.strftime("%a %Y-%m-%d %H:%M") for e in events] == [
        "Thu 2026-03-26 08:30", "Thu 2026-03-26 18:00"]
    assert events[0].duration.value == timedelta(minutes=6)
    assert events[0].description.value == "About 6 minutes."
    assert "FREQ=WEEKLY" in events[0].rrule.value and "BYDAY=MO,TH" in events[0].rrule.value
    assert events[0].valarm.action.value == "DISPLAY"
    assert events[0].valarm.trigger.value == timedelta(0)
    assert len({e.uid.value for e in events}) == 2
    # The file's own VTIMEZONE (as that parser reads it) puts the repeats after 29 March in summer time.
    zone = calendar.vtimezone.gettzinfo()
    start = events[0].dtstart.value.replace(tzinfo=None)
    repeats = [r.replace(tzinfo=zone) for r in list(rrulestr(events[0].rrule.value, dtstart=start))[:4]]
    assert [(r.strftime("%a %d %H:%M"), r.utcoffset()) for r in repeats] == [
        ("Thu 26 08:30", timedelta(0)), ("Mon 30 08:30", timedelta(hours=1)),
        ("Thu 02 08:30", timedelta(hours=1)), ("Mon 06 08:30", timedelta(hours=1))]


def test_without_a_known_zone_times_are_floating_local_times():
    calendar = parsed(exercise_calendar(RULES, date(2026, 3, 25), NOW, 6, zone="Nowhere/Atlantis"))
    assert all(e.dtstart.value.tzinfo is None for e in calendar.vevent_list)
    assert not hasattr(calendar, "vtimezone")


def test_exporting_again_keeps_the_same_event_ids():
    """Ensure a second import updates the events in a calendar instead of adding copies."""
    first = parsed(exercise_calendar(RULES, date(2026, 3, 25), NOW, 6, zone="Europe/London"))
    later = parsed(exercise_calendar(RULES, date(2026, 4, 9), NOW + timedelta(days=15), 8,
                                     zone="Europe/London"))
    assert {e.uid.value for e in first.vevent_list} == {e.uid.value for e in later.vevent_list}


def test_no_days_or_times_cannot_be_exported():
    with pytest.raises(ValueError):
        exercise_calendar(ReminderRules(enabled=True), date(2026, 3, 25), NOW, 6)
