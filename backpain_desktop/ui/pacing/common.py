"""Small helpers every part of the Pacing tab shares: how times, days and typed text are shown."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from backpain_desktop.ui.widgets import tr as _tr

NOTE_PREVIEW_CHARS = 200  # the table shows the start of a note; the tooltip shows more
TOOLTIP_CHARS = 2000
ERROR_STYLE = "color: #b00020;"


def day_text(day: date) -> str:
    """A day as a person says it: "Wed 2 Dec" (the year only when it is not this year's), with the
    locale's day and month names in the order the translation gives (Qt date format letters)."""
    if day.year == date.today().year:
        return QLocale().toString(day, _tr("pacing", "ddd d MMM", "date format: day name, day, month"))
    return QLocale().toString(day, _tr("pacing", "ddd d MMM yyyy", "date format: day name, day, month, year"))


def local_text(moment: datetime) -> str:
    """A stored UTC time as the person's local date and time: "Wed 2 Dec 2026, 14:05"."""
    local = moment.astimezone().replace(tzinfo=None)  # the wall-clock reading, as Qt should show it
    return QLocale().toString(local, _tr("pacing", "ddd d MMM yyyy, HH:mm", "date and time format"))


# Direction overrides and isolates would reorder the rest of a cell (a classic way to disguise text);
# they are shown as their code instead. Right-to-left letters themselves are left alone.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def visible_controls(text: str) -> str:
    """Control characters as visible symbols (U+2400 block, or [U+202E] for direction controls), so
    nothing typed is hidden or acts on the display."""
    if text.isprintable():
        return text
    return "".join(
        chr(0x2400 + ord(c))
        if ord(c) < 32
        else "\u2421"
        if c == "\x7f"
        else f"[U+{ord(c):04X}]"
        if c in _BIDI_CONTROLS
        else c
        for c in text
    )


def one_line(text: str, limit: int = NOTE_PREVIEW_CHARS) -> str:
    first, _, rest = text.partition("\n")
    shown = visible_controls(first[:limit])
    return shown + (" …" if rest or len(first) > limit else "")


def plain_tooltip(text: str, limit: int = TOOLTIP_CHARS) -> str:
    """A tooltip that shows ``text`` literally. Qt renders tooltips that look like HTML as rich text,
    so the text is escaped and wrapped in a paragraph that forces rich text (and keeps line breaks)."""
    if not text:
        return ""
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return f"<p style='white-space:pre-wrap'>{html.escape(cut)}</p>"


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def plain_label(text: str = "") -> QLabel:
    """A label that never reads what it shows as HTML (it may quote what a person typed)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def button(text: str, name: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name or text.replace("&", "").rstrip("…").rstrip("."))
    return widget


def say(label: QLabel, text: str, error: bool = False) -> None:
    """Show a status line (red when it is a problem); hidden when empty."""
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))
