"""Walks a window's visible widgets and reports texts a translation did not touch and texts clipped by
their widget: shared by the pseudo-language and the Polish/Arabic tests."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabBar, QWidget

# Words that are the same in every language: names, numbers, units written as symbols, the language names.
ALLOW = {"PALS", "NHS", "A&E", "999", "111", "English", "Polski", "العربية", "PDF", "CSV", "−", "+", "–", "…",
         "×", "✓", "OK"}
_NUMBERISH = re.compile(r"^[\d\s.,:%/()\-–+−·٠-٩]*$")


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every label, button, group box, combo box and tab a person can see now."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((widget, widget.title()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            found.append((widget, widget.currentText()))
        elif isinstance(widget, QTabBar):
            found += [(widget, widget.tabText(i)) for i in range(widget.count())]
    return [(w, t) for w, t in found if t and t.strip()]


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&&", "&").replace("&", "").strip()


def locale_words() -> set[str]:
    """Day names as QLocale writes them: the locale's own words, not the app's."""
    locale = QLocale()
    return {locale.dayName(d, f) for d in range(1, 8)
            for f in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)}


def same_everywhere(text: str, extra: set[str] = frozenset()) -> bool:
    words = plain(text)
    words = re.sub(r"^\d+\.\s+", "", words)  # a numbered step of the content pack
    return (not words or words in ALLOW or words in extra or words in locale_words()
            or bool(_NUMBERISH.match(words)))


def untranslated_in_pseudo(root: QWidget, content: set[str]) -> list[str]:
    """Texts with no pseudo-translation bracket in them (and not a number, a name or content-pack words)."""
    return sorted({f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}: {t!r}"
                   for w, t in visible_texts(root)
                   if "[" not in t and not same_everywhere(t, content)})


def clipped(root: QWidget) -> list[str]:
    """Single-line labels and buttons whose text is wider than the widget shows."""
    out = []
    for widget, text in visible_texts(root):
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text or "\n" in text):
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)) or "\n" in text:
            continue
        need = QFontMetrics(widget.font()).horizontalAdvance(plain(text))
        if isinstance(widget, QAbstractButton):  # the frame and its padding take a few pixels each side
            room = widget.width() - 8 - (widget.iconSize().width() + 4 if not widget.icon().isNull() else 0)
        else:
            room = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
        if need > room + 1:
            out.append(f"{type(widget).__name__} {widget.accessibleName()!r}: {plain(text)!r} "
                       f"needs {need} px, has {room}")
    return out
