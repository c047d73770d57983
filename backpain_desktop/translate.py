"""The app's one translation call: Qt's translator for a context and a text (plural forms through ``n``),
and :func:`fill` for the %1, %2 … a translated text leaves for values. Qt loads on the first call, not on
import, so start-up code can use it before any window exists."""

from __future__ import annotations

from backpain_desktop.domain.messages import fill as fill_values


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` picks a plural form written with %n."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


_tr = tr  # the spelling pyside6-lupdate reads as translate(context, text) (devtools/translations.py)


def fill(text: str, *values: object) -> str:
    """``text`` (already translated) with %1, %2 … replaced by ``values`` in one pass, as Qt's
    ``QString.arg`` does: ``fill(tr("pacing", "Today: about %1 %2 of %3."), amount, unit, activity)``.

    One pass, so a value that itself holds "%2" (a name someone typed) is shown as typed. A %n count is
    Qt's: pass ``n`` to :func:`tr`, which fills it before this sees the text."""
    return fill_values(text, values)
