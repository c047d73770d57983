"""The log as a CSV a spreadsheet opens cleanly: UTF-8 with a byte-order mark, one header row, ISO dates.

Cells a person typed that start like a formula (= + - @, or a tab / carriage return) get a leading
apostrophe, so a spreadsheet shows them as text instead of running them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # records only; the domain does not depend on the store at run time
    from backpain_desktop.domain.records import ActivityEntry, PageFeedback

BOM = "\ufeff"
HEADER = ("record", "date", "time", "activity", "amount", "unit", "pain_before", "pain_after", "note",
          "source", "page", "useful")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """A typed cell a spreadsheet will not treat as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def to_csv(entries: Iterable[ActivityEntry], feedback: Iterable[PageFeedback],
           tz: tzinfo | None = None) -> str:
    """The whole CSV text, BOM first. Dates and times are the person's local ones (``tz``, default local)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for e in sorted(entries, key=lambda e: (e.occurred_at, e.id or 0)):
        local = e.occurred_at.astimezone(tz)
        writer.writerow(("activity", local.date().isoformat(), local.strftime("%H:%M"), guard(e.activity),
                         _number(e.amount), e.unit, _number(e.pain_before), _number(e.pain_after),
                         guard(e.note), e.source, "", ""))
    for f in feedback:
        local = f.answered_at.astimezone(tz)
        writer.writerow(("page feedback", local.date().isoformat(), local.strftime("%H:%M"),
                         "", "", "", "", "", "", "", guard(f.page_id), "yes" if f.useful else "no"))
    return out.getvalue()
