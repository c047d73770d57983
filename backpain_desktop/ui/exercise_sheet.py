"""The printed exercise sheet: one page with each exercise's pictures, steps and the person's numbers, to
take home or give to a physiotherapist.

:func:`render_sheet` draws onto any QPagedPaintDevice (a QPrinter or a QPdfWriter), so tests check the
real page. :func:`print_sheet` sends it through ui/printing.py: a print dialog at home (which can also save
a PDF); in a kiosk the kiosk printer, or the page full screen for a photo, with no dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backpain_desktop.domain.content import Exercise
from backpain_desktop.domain.poses import POSES
from backpain_desktop.domain.reptimer import TimerPlan
from backpain_desktop.ui.figure import paint_pose
from backpain_desktop.ui.widgets import Context, fill
from backpain_desktop.ui.widgets import tr as _tr

ExerciseSheet = Context("ExerciseSheet")  # for counted words (%n); see widgets.Context


def _print_palette() -> QPalette:
    """Dark figures on white paper, whatever the screen's theme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
    palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.black)
    palette.setColor(QPalette.ColorRole.Highlight, Qt.GlobalColor.darkGray)
    return palette


def numbers_text(plan: TimerPlan) -> str:
    """The numbers in words, saying what a rep counts where sides are involved."""
    if plan.sides == "alternate":
        reps = ExerciseSheet.tr("%n rep(s) each side", None, plan.reps)
    elif plan.sides == "either":
        reps = ExerciseSheet.tr("%n rep(s) in all (each hug counts, either knee)", None, plan.reps)
    else:
        reps = ExerciseSheet.tr("%n rep(s)", None, plan.reps)
    return fill(_tr("ExerciseSheet", "%1, %2, %3, %4"), reps,
                ExerciseSheet.tr("hold %n s", None, int(plan.hold_s)),
                ExerciseSheet.tr("rest %n s", None, int(plan.rest_s)),
                ExerciseSheet.tr("%n set(s)", None, plan.sets))


def render_sheet(device: QPagedPaintDevice, items: list[tuple[Exercise, TimerPlan]]) -> None:
    """Draw the sheet: a heading, then one band per exercise (pictures on the left, words on the right)."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    painter = QPainter(device)
    page = QRectF(painter.viewport())
    palette = _print_palette()
    base = QFont(QApplication.font())
    dpi = device.logicalDpiY()

    def font(points: float, bold: bool = False) -> QFont:
        f = QFont(base)
        f.setPixelSize(max(1, round(points * dpi / 72)))
        f.setBold(bold)
        return f

    y = page.top()
    painter.setFont(font(16, True))
    heading = _tr("ExerciseSheet", "My back exercises")
    painter.drawText(QRectF(page.left(), y, page.width(), 30 * dpi / 72), Qt.AlignmentFlag.AlignLeft, heading)
    y += 26 * dpi / 72
    painter.setFont(font(9))
    note = _tr("ExerciseSheet",
            "The numbers are a starting point to check with your physiotherapist. Move slowly and only as "
              "far as feels comfortable.")
    note_rect = QRectF(page.left(), y, page.width(), 28 * dpi / 72)
    painter.drawText(note_rect, Qt.TextFlag.TextWordWrap, note)
    y += 30 * dpi / 72
    band = (page.bottom() - y) / max(1, len(items))
    picture_w = page.width() * 0.48
    for exercise, plan in items:
        frame = [POSES[s.pose] for s in exercise.steps] + [POSES[p] for p in exercise.poses]
        poses = list(dict.fromkeys(s.pose for s in exercise.steps))
        each = picture_w / max(1, len(poses))
        for n, name in enumerate(poses):
            paint_pose(painter, QRectF(page.left() + n * each, y + 4, each - 4, band - 12), POSES[name],
                       palette,
                       frame)
        text_left = page.left() + picture_w + 12
        text_rect = QRectF(text_left, y, page.right() - text_left, band - 6)
        painter.setPen(Qt.GlobalColor.black)
        painter.setFont(font(11, True))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, exercise.name)
        painter.setFont(font(9.5, True))
        painter.drawText(text_rect.adjusted(0, 15 * dpi / 72, 0, 0), Qt.TextFlag.TextWordWrap,
                         numbers_text(plan))
        painter.setFont(font(8.5))
        steps = "\n".join(f"{n}. {s.text}" for n, s in enumerate(exercise.steps, 1))
        body = f"{steps}\n{_tr('ExerciseSheet', 'Take care:')} {exercise.take_care}"
        painter.drawText(text_rect.adjusted(0, 30 * dpi / 72, 0, 0), Qt.TextFlag.TextWordWrap, body)
        y += band
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        painter.drawLine(round(page.left()), round(y - 3), round(page.right()), round(y - 3))
    painter.end()


def _printer(parent: QWidget, kiosk: bool):
    """Where to print: the kiosk's printer with no dialog, or the one the person picks; None when they
    cancel or there is nowhere to print."""
    from backpain_desktop.ui import dialogs, printing

    if kiosk:
        return printing.kiosk_printer()
    return dialogs.current().printer(parent, _tr("ExerciseSheet", "Print my exercise sheet"))


def print_sheet(parent: QWidget, items: list[tuple[Exercise, TimerPlan]], *, kiosk: bool) -> str:
    """Print the sheet (ui/printing.py: a kiosk with no printer shows it full screen for a photo); return a
    short message to show beside the button ("" when nothing to say)."""
    from backpain_desktop.ui import printing

    done = printing.print_pages(parent, lambda printer: render_sheet(printer, items),
                                title=_tr("ExerciseSheet", "My back exercises"),
                                ask=lambda p: _printer(p, kiosk))
    if done is printing.Printed.CANCELLED:
        return _tr("ExerciseSheet", "No printer is set up here. Ask a member of staff.") if kiosk else ""
    if done is printing.Printed.SHOWN:
        return ""
    return _tr("ExerciseSheet", "Your exercise sheet was sent to the printer.")
