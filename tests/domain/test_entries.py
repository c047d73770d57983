"""Validation of an activity entry as typed into the Pacing form."""

from datetime import datetime, timedelta, timezone

import pytest

from backpain_desktop.domain.entries import EntryInput, validate_entry

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)


def form(**kw) -> EntryInput:
    values = dict(activity="Walking", amount="20", unit="min", pain_before="", pain_after="3",
                  occurred_at=NOW, note="")
    values.update(kw)
    return EntryInput(**values)


def test_valid_entry_passes():
    valid, problems = validate_entry(form(amount="12,5", pain_before="0"), NOW)
    assert problems == {}
    assert (valid.amount, valid.pain_before, valid.pain_after) == (12.5, 0, 3)


@pytest.mark.parametrize(("field", "value", "words"), [
    ("amount", "-5", "more than 0"),
    ("amount", "abc", "number"),
    ("amount", "", "how many"),
    ("amount", "100000", "at most"),
    ("amount", "nan", "number"),
    ("pain_after", "11", "0 (no pain) to 10"),
    ("pain_before", "-1", "0 (no pain) to 10"),
    ("pain_before", "3.5", "whole number"),
    ("activity", "   ", "activity"),
])
def test_bad_values_get_a_message_for_their_field(field, value, words):
    valid, problems = validate_entry(form(**{field: value}), NOW)
    assert valid is None
    assert list(problems) == [field]
    assert words in problems[field]


def test_future_time_is_refused_but_small_clock_skew_is_not():
    assert "future" in validate_entry(form(occurred_at=NOW + timedelta(hours=2)), NOW)[1]["occurred_at"]
    assert validate_entry(form(occurred_at=NOW + timedelta(minutes=2)), NOW)[1] == {}
