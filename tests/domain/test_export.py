"""The CSV export: opens cleanly in a spreadsheet, keeps every character, never runs a formula."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

from backpain_desktop.domain.export import BOM, HEADER, guard, to_csv
from backpain_desktop.store import ActivityEntry, PageFeedback

WHEN = datetime(2026, 3, 2, 9, 5, tzinfo=timezone.utc)


def rows(text: str) -> list[list[str]]:
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[len(BOM):], newline="")))


def test_header_iso_dates_and_feedback():
    """Ensure a spreadsheet sees a header, ISO dates, the entry's numbers and the page feedback."""
    entry = ActivityEntry("Walking", 20, WHEN, pain_before=3, pain_after=4, note="to the shop", id=1)
    text = to_csv([entry], [PageFeedback("stay-active", True, WHEN)], tz=timezone.utc)
    table = rows(text)
    assert table[0] == list(HEADER)
    assert table[1] == ["activity", "2026-03-02", "09:05", "Walking", "20", "min", "3", "4", "to the shop",
                        "manual", "", ""]
    assert table[2][0] == "page feedback" and table[2][-2:] == ["stay-active", "yes"]


def test_formula_cells_get_an_apostrophe_and_odd_text_survives():
    hostile = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "<script>alert(1)</script>",
               "line one\nline two, \"quoted\"", "مرحبا 😀 \u202e", "tab\there"]
    entries = [ActivityEntry("Work", 5, WHEN, note=n, id=i) for i, n in enumerate(hostile)]
    entries.append(ActivityEntry("=cmd|' /C calc'!A0", 5, WHEN, id=99))
    table = rows(to_csv(entries, [], tz=timezone.utc))
    notes = [r[8] for r in table[1:-1]]
    assert notes == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "<script>alert(1)</script>",
                     "line one\nline two, \"quoted\"", "مرحبا 😀 \u202e", "tab\there"]
    assert table[-1][3] == "'=cmd|' /C calc'!A0"


def test_guard_leaves_ordinary_text_alone():
    assert guard("Walking") == "Walking"
    assert guard("") == ""
    assert guard("\tx") == "'\tx"


def test_a_megabyte_note_is_written_whole():
    note = "x" * 1_000_000
    previous = csv.field_size_limit(2_000_000)  # Python's reader stops at 128 kB by default
    try:
        table = rows(to_csv([ActivityEntry("Work", 5, WHEN, note=note, id=1)], [], tz=timezone.utc))
    finally:
        csv.field_size_limit(previous)
    assert table[1][8] == note
