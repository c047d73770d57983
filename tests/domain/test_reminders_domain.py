"""Reminder scheduling with a fake clock: wall-clock times across DST and zone moves, missed reminders,
snooze, pause, quiet hours, "no reminders today" and position breaks that follow a pacing plan."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from backpain_desktop.domain import pacing
from backpain_desktop.domain.reminders import (
    ReminderRules,
    ReminderScheduler,
    ReminderState,
    exercise_minutes,
    from_json,
    in_quiet_hours,
    is_position_activity,
    position_minutes,
    to_json,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
EVERY_DAY = frozenset(range(7))


def at(tz, *args) -> datetime:
    return datetime(*args, tzinfo=tz)


def run(scheduler, start: datetime, end: datetime, tz=LONDON, step=timedelta(seconds=30), **kw):
    """Tick a fake clock from start to end; return (moment, reminder) for each reminder shown."""
    shown, now = [], start
    while now <= end:
        shown.extend((now, r) for r in scheduler.tick(now, tz, **kw))
        now += step
    return shown


def started(rules: ReminderRules, now: datetime, tz=LONDON) -> ReminderScheduler:
    scheduler = ReminderScheduler(rules)
    scheduler.set_rules(rules, now, tz)
    return scheduler


def test_a_daily_time_stays_at_the_same_wall_clock_time_across_both_dst_changes():
    """Ensure 08:00 is 08:00 on the clock the week of the March change and the week of the October one."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(8, 0),))
    for first, last in ((date(2026, 3, 27), date(2026, 3, 31)), (date(2026, 10, 23), date(2026, 10, 27))):
        scheduler = started(rules, at(LONDON, first.year, first.month, first.day, 0, 0))
        shown = run(scheduler, at(LONDON, first.year, first.month, first.day, 0, 0),
                    at(LONDON, last.year, last.month, last.day, 23, 59), step=timedelta(minutes=1))
        walls = [r.due_at.astimezone(LONDON) for _, r in shown]
        assert [(w.date(), w.hour, w.minute) for w in walls] == [
            (first + timedelta(days=i), 8, 0) for i in range(5)]
        assert not any(r.missed for _, r in shown)
        utc_hours = {r.due_at.astimezone(timezone.utc).hour for _, r in shown}
        assert utc_hours == {7, 8}  # the offset changed under the same wall-clock time


def test_a_time_skipped_in_march_is_shown_once_just_after_the_jump():
    """Ensure 01:30 on 29 March 2026 (which London skips) is shown once, at 02:30 summer time."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(1, 30),))
    scheduler = started(rules, at(LONDON, 2026, 3, 28, 12, 0))
    shown = run(scheduler, at(timezone.utc, 2026, 3, 28, 23, 0), at(timezone.utc, 2026, 3, 29, 12, 0))
    assert len(shown) == 1
    moment, reminder = shown[0]
    assert moment.astimezone(LONDON).strftime("%H:%M %Z") == "02:30 BST"
    assert not reminder.missed


def test_a_time_repeated_in_october_is_shown_once():
    """Ensure 01:30 on 25 October 2026 (which London lives twice) gives one reminder, the first time."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(1, 30),))
    scheduler = started(rules, at(LONDON, 2026, 10, 24, 12, 0))
    shown = run(scheduler, at(timezone.utc, 2026, 10, 24, 22, 0), at(timezone.utc, 2026, 10, 25, 12, 0))
    assert len(shown) == 1
    assert shown[0][0].astimezone(LONDON).strftime("%H:%M %Z") == "01:30 BST"


def test_moving_time_zone_keeps_the_local_time_and_does_not_repeat_a_slot():
    """Ensure a person who flies London -> New York gets 08:00 New York time next, and not Monday's again."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(8, 0),))
    scheduler = started(rules, at(LONDON, 2026, 6, 1, 6, 0))
    first = run(scheduler, at(LONDON, 2026, 6, 1, 6, 0), at(LONDON, 2026, 6, 1, 9, 0))
    assert len(first) == 1
    # Lands in New York at 14:00 local on the same Monday: Monday 08:00 is already done.
    landed = run(scheduler, at(NEW_YORK, 2026, 6, 1, 14, 0), at(NEW_YORK, 2026, 6, 2, 9, 0), tz=NEW_YORK)
    assert [(m.astimezone(NEW_YORK).date(), m.astimezone(NEW_YORK).hour) for m, _ in landed] == [
        (date(2026, 6, 2), 8)]
    assert not landed[0][1].missed


def test_a_reminder_missed_while_asleep_is_shown_once_on_waking():
    """Ensure the computer waking at 10:40 shows 10:00's reminder once, marked missed, and never again."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(10, 0),))
    scheduler = started(rules, at(LONDON, 2026, 1, 12, 9, 0))
    assert run(scheduler, at(LONDON, 2026, 1, 12, 9, 0), at(LONDON, 2026, 1, 12, 9, 30)) == []
    # Asleep from 09:30 to 10:40: no ticks at all.
    woke = run(scheduler, at(LONDON, 2026, 1, 12, 10, 40), at(LONDON, 2026, 1, 12, 23, 0))
    assert len(woke) == 1
    assert woke[0][0] == at(LONDON, 2026, 1, 12, 10, 40) and woke[0][1].missed


def test_a_reminder_missed_yesterday_is_not_shown_today():
    """Ensure waking the next morning does not show yesterday evening's reminder."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(20, 0),))
    scheduler = started(rules, at(LONDON, 2026, 1, 12, 9, 0))
    assert run(scheduler, at(LONDON, 2026, 1, 13, 7, 0), at(LONDON, 2026, 1, 13, 8, 0)) == []


def test_only_the_chosen_days_remind():
    """Ensure Monday and Thursday at 18:00 remind on those days only."""
    rules = ReminderRules(enabled=True, exercise_days=frozenset({0, 3}), exercise_times=(time(18, 0),))
    scheduler = started(rules, at(LONDON, 2026, 2, 2, 0, 0))  # a Monday
    shown = run(scheduler, at(LONDON, 2026, 2, 2, 0, 0), at(LONDON, 2026, 2, 15, 23, 0),
                step=timedelta(minutes=5))
    assert [m.strftime("%a %d") for m, _ in shown] == ["Mon 02", "Thu 05", "Mon 09", "Thu 12"]


def test_snooze_shows_the_reminder_again_after_ten_minutes_once():
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(8, 0),))
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 7, 0))
    first = run(scheduler, at(LONDON, 2026, 5, 4, 7, 59), at(LONDON, 2026, 5, 4, 8, 0))
    assert len(first) == 1
    scheduler.snooze(at(LONDON, 2026, 5, 4, 8, 1))
    again = run(scheduler, at(LONDON, 2026, 5, 4, 8, 1), at(LONDON, 2026, 5, 4, 12, 0))
    assert [(m.strftime("%H:%M"), r.snoozed) for m, r in again] == [("08:11", True)]


def test_quiet_hours_hold_back_every_reminder():
    """Ensure nothing is shown between 21:00 and 07:00, and the slot is not shown later as missed."""
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(6, 30), time(9, 0)),
                          quiet_start=time(21, 0), quiet_end=time(7, 0))
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 20, 0))
    shown = run(scheduler, at(LONDON, 2026, 5, 4, 20, 0), at(LONDON, 2026, 5, 5, 12, 0))
    assert [m.strftime("%H:%M") for m, _ in shown] == ["09:00"]
    assert in_quiet_hours(rules, datetime(2026, 1, 1, 23, 0))
    assert in_quiet_hours(rules, datetime(2026, 1, 1, 6, 59))
    assert not in_quiet_hours(rules, datetime(2026, 1, 1, 7, 0))


def test_no_reminders_today_lasts_until_midnight():
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(9, 0), time(17, 0)))
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 8, 0))
    scheduler.skip_today(at(LONDON, 2026, 5, 4, 8, 0), LONDON)
    shown = run(scheduler, at(LONDON, 2026, 5, 4, 8, 0), at(LONDON, 2026, 5, 5, 10, 0))
    assert [m.strftime("%d %H:%M") for m, _ in shown] == ["05 09:00"]
    assert scheduler.state.off_day is None


def test_pause_for_an_hour_then_reminders_come_back():
    rules = ReminderRules(enabled=True, exercise_days=EVERY_DAY, exercise_times=(time(9, 30), time(11, 0)))
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 9, 0))
    scheduler.pause(at(LONDON, 2026, 5, 4, 9, 0))
    assert scheduler.quiet_reason(at(LONDON, 2026, 5, 4, 9, 59), LONDON) == "paused"
    shown = run(scheduler, at(LONDON, 2026, 5, 4, 9, 0), at(LONDON, 2026, 5, 4, 12, 0))
    assert [m.strftime("%H:%M") for m, _ in shown] == ["11:00"]  # 09:30 fell in the pause: not shown later


def test_reminders_off_show_nothing():
    rules = ReminderRules(enabled=False, exercise_days=EVERY_DAY, exercise_times=(time(9, 0),),
                          position_breaks=True)
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 8, 0))
    assert run(scheduler, at(LONDON, 2026, 5, 4, 8, 0), at(LONDON, 2026, 5, 4, 18, 0),
               position_minutes=20) == []


def test_position_breaks_follow_the_interval_and_stop_while_away():
    """Ensure a 25-minute sitting plan reminds every 25 minutes of use, and a locked screen starts afresh."""
    rules = ReminderRules(enabled=True, position_breaks=True)
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 9, 0))
    shown = run(scheduler, at(LONDON, 2026, 5, 4, 9, 0), at(LONDON, 2026, 5, 4, 10, 0), active=True,
                position_minutes=25)
    assert [(m.strftime("%H:%M"), r.kind, r.minutes) for m, r in shown] == [
        ("09:25", "position", 25), ("09:50", "position", 25)]
    assert run(scheduler, at(LONDON, 2026, 5, 4, 10, 0, 30), at(LONDON, 2026, 5, 4, 11, 0), active=False,
               position_minutes=25) == []
    back = run(scheduler, at(LONDON, 2026, 5, 4, 11, 0, 30), at(LONDON, 2026, 5, 4, 11, 30), active=True,
               position_minutes=25)
    assert [m.strftime("%H:%M:%S") for m, _ in back] == ["11:25:30"]


def test_position_breaks_restart_after_sleep_where_idle_cannot_be_told():
    rules = ReminderRules(enabled=True, position_breaks=True)
    scheduler = started(rules, at(LONDON, 2026, 5, 4, 9, 0))
    assert run(scheduler, at(LONDON, 2026, 5, 4, 9, 0), at(LONDON, 2026, 5, 4, 9, 20),
               position_minutes=25) == []
    after = run(scheduler, at(LONDON, 2026, 5, 4, 13, 0), at(LONDON, 2026, 5, 4, 13, 30), position_minutes=25)
    assert [m.strftime("%H:%M") for m, _ in after] == ["13:25"]


def test_the_position_interval_builds_up_with_the_plan_each_week():
    """Ensure "sit for 25 minutes" becomes 28 then 31 minutes as the plan builds up 10% a week, and steps
    back in a flare-up."""
    start = date(2026, 3, 2)
    weeks = [position_minutes(25, start, start + timedelta(days=7 * k), 10) for k in range(3)]
    assert weeks == [25, 28, 31]
    assert position_minutes(25, start, start - timedelta(days=1), 10) is None
    flare = [pacing.Flare(start + timedelta(days=15))]
    assert position_minutes(25, start, start + timedelta(days=15), 10, flare) == 28  # 31 stepped back
    assert position_minutes(1, start, start, 10) == 5  # never nags every minute
    assert is_position_activity(" sitting ") and is_position_activity("Standing")
    assert not is_position_activity("Walking")


def test_exercise_minutes_counts_holds_moves_and_rests():
    assert exercise_minutes([(10, 5, 30, 2)]) == 3  # 2 × 10 × 7 s + 30 s = 170 s
    assert exercise_minutes([]) == 1


def test_rules_and_state_survive_the_settings_file_and_bad_values_fall_back():
    rules = ReminderRules(enabled=True, exercise_days=frozenset({0, 4}), exercise_times=(time(8, 15),),
                          quiet_start=time(22, 0), quiet_end=time(7, 0), position_breaks=True,
                          position_activity="Standing")
    state = ReminderState(handled_slot=datetime(2026, 5, 4, 8, 15),
                          paused_until=at(timezone.utc, 2026, 5, 4, 9, 0), off_day=date(2026, 5, 4))
    back = from_json(to_json(rules, state))
    assert back.rules == rules
    assert (back.state.handled_slot, back.state.paused_until, back.state.off_day) == (
        state.handled_slot, state.paused_until, state.off_day)
    junk = from_json({"enabled": "yes", "exercise_days": [9, "x", 2], "exercise_times": ["25:00", "07:05"],
                      "paused_until": "2026-05-04T09:00", "off_day": "soon"})
    assert junk.rules.enabled is False and junk.rules.exercise_days == {2}
    assert junk.rules.exercise_times == (time(7, 5),)
    assert junk.state.paused_until is None and junk.state.off_day is None
    assert from_json(None).rules == ReminderRules()
