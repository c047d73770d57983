"""The clinic kiosk policy, in one object: full screen without a frame, no context menus, no way out except
the staff PIN, an "Are you still there?" prompt after a quiet spell, and a reset that leaves a clean app for
the next person (also at once through the "Finish and clear" button). It also makes every page work with a
finger alone (:func:`make_touch_friendly`: drag to scroll, tap-only numbers, nothing that needs typing or
reaches a file) and puts on screen what a keyboard user gets with shortcuts (A− / A+ for the text size).

Idle time comes from an injected monotonic clock and is checked by :meth:`KioskPolicy.poll`, which a
one-second timer calls; tests move a fake clock and call ``poll()``, so nothing waits for real time. Input
and context-menu requests are watched where the window system delivers them, on each top-level QWindow
(the main window's, and each dialog's or popup's as it takes the focus), not on the whole application.
Prompts are panels inside the window, not dialogs, so Escape cannot dismiss them by accident and a bare X
session without a window manager shows them where they belong.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QKeySequence, QPainter, QShortcut, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain.kiosk_config import STAFF_KEYS, KioskConfig, PinGuard
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

log = logging.getLogger(__name__)

_KIOSK_PROPERTY = "backpainKiosk"

# Anything a person does counts as "still here"; window-system housekeeping does not.
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


def is_kiosk() -> bool:
    """True in kiosk mode, so a tab can leave out actions that reach files or the desktop."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(_KIOSK_PROPERTY))


def _announce(widget: QWidget, text: str) -> None:
    """Ask a screen reader to say ``text`` now (Qt 6.8+); elsewhere the visible text change must do."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover - Qt older than 6.8
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def _plain(text: str = "", *, heading: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if heading:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        label.setFont(font)
    return label


class _Panel(QWidget):
    """A card in the middle of a dimmed window; covers the window so nothing behind it can be touched."""

    def __init__(self, window: QWidget, name: str):
        super().__init__(window)
        self.setAccessibleName(name)
        self.setAutoFillBackground(False)
        self.card = QFrame(self)
        self.card.setObjectName("kioskCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setAutoFillBackground(True)
        self.card.setMaximumWidth(900)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(20)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 170))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()  # a touch on the dimmed part must not reach the widgets beneath


class KioskPolicy(QObject):
    """Turns a main window into a kiosk. The window must offer ``new_visit()`` and a ``tabs`` widget."""

    idle_prompted = Signal()
    visit_reset = Signal()
    staff_exited = Signal()

    def __init__(self, window, config: KioskConfig, monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None):
        super().__init__(parent or window)
        self._window = window
        self._config = config
        self._now = monotonic
        self._last_input = monotonic()
        self._prompt_started: float | None = None
        self._leaving = False
        self._guard = PinGuard()
        app = QApplication.instance()
        app.setProperty(_KIOSK_PROPERTY, True)

        from backpain_desktop.ui import printing

        printing.set_kiosk_printer(config.printer)
        self._build_controls()

        self._build_idle_prompt()
        self._build_staff_panel()

        self.staff_shortcut = QShortcut(QKeySequence(STAFF_KEYS), window)
        self.staff_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.staff_shortcut.activated.connect(self.open_staff_panel)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.poll)
        # What a person does reaches a top-level window's QWindow before any widget: watching those (and
        # the main window itself, for Close) sees every touch, key and context-menu request. A filter on
        # the whole application would also see every paint, timer and layout event of every widget, each
        # a call into Python, and a tab switch would wait for them while the chart thread runs.
        window.installEventFilter(self)
        self._watched: list[QWindow] = []
        app.focusWindowChanged.connect(self._watch)  # dialogs and popups, as they come

    # -- building the panels --

    def _build_controls(self) -> None:
        """A− / A+ and "Finish and clear", large and labelled, beside the tabs."""
        window = self._window
        self.smaller_text_button = QPushButton(_tr("kiosk", "A−"))
        self.smaller_text_button.setAccessibleName(_tr("kiosk", "Smaller text"))
        self.larger_text_button = QPushButton(_tr("kiosk", "A+"))
        self.larger_text_button.setAccessibleName(_tr("kiosk", "Larger text"))
        for button in (self.smaller_text_button, self.larger_text_button):
            button.setMinimumSize(64, 56)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        self.smaller_text_button.clicked.connect(window.theme.zoom_out)
        self.larger_text_button.clicked.connect(window.theme.zoom_in)
        self.finish_button = QPushButton(_tr("kiosk", "Finish and clear"))
        self.finish_button.setObjectName("kioskFinish")
        self.finish_button.setAccessibleName(_tr("kiosk", "Finish and clear"))
        what = _tr("kiosk", "Clears everything you did here and starts again for the next person")
        self.finish_button.setAccessibleDescription(what)
        self.finish_button.setMinimumHeight(56)
        font = self.finish_button.font()
        font.setBold(True)
        self.finish_button.setFont(font)
        self.finish_button.clicked.connect(self.reset)
        self.finish_note = QLabel(_tr("kiosk", "Clears everything you did here, for the next person"))
        self.finish_note.setTextFormat(Qt.TextFormat.PlainText)
        self.finish_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        finish = QVBoxLayout()
        finish.setContentsMargins(0, 0, 0, 0)
        finish.setSpacing(2)
        finish.addWidget(self.finish_button)
        finish.addWidget(self.finish_note)
        self.controls = QWidget()
        self.controls.setAccessibleName(_tr("kiosk", "Kiosk controls"))
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(12)
        row.addStretch(1)
        size_label = QLabel(_tr("kiosk", "Text size"))
        size_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(size_label)
        row.addWidget(self.smaller_text_button)
        row.addWidget(self.larger_text_button)
        row.addSpacing(24)
        row.addLayout(finish)
        # A row of its own across the top of the window: always in view whatever the text size (a tool bar
        # would fold it away when it runs out of room, a tab bar's corner is too short for the line under).
        window.setMenuWidget(self.controls)
        self.controls.show()
        make_touch_friendly(window)

    def _build_idle_prompt(self) -> None:
        self.idle_prompt = _Panel(self._window, _tr("kiosk", "Are you still there?"))
        self.idle_title = _plain(_tr("kiosk", "Are you still there?"), heading=True)
        self.idle_countdown = _plain()
        self.still_here_button = QPushButton(_tr("kiosk", "Yes, I'm still here"))
        self.still_here_button.setAccessibleName(_tr("kiosk", "Yes, I'm still here"))
        self.finish_now_button = QPushButton(_tr("kiosk", "Finish now"))
        self.finish_now_button.setAccessibleName(_tr("kiosk", "Finish now"))
        self.finish_now_button.setAccessibleDescription(_tr("kiosk", "Clears everything and starts again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.still_here_button)
        buttons.addWidget(self.finish_now_button)
        for widget in (self.idle_title, self.idle_countdown):
            self.idle_prompt.card_layout.addWidget(widget)
        self.idle_prompt.card_layout.addLayout(buttons)
        self.still_here_button.clicked.connect(self.dismiss_idle_prompt)
        self.finish_now_button.clicked.connect(self.reset)

    def _build_staff_panel(self) -> None:
        self.staff_panel = _Panel(self._window, _tr("kiosk", "Staff: leave kiosk mode"))
        title = _plain(_tr("kiosk", "Staff: leave kiosk mode"), heading=True)
        self.pin_field = QLineEdit()
        self.pin_field.setAccessibleName(_tr("kiosk", "Staff PIN"))
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setPlaceholderText(_tr("kiosk", "Staff PIN"))
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_field.setMaxLength(12)
        self.pin_message = _plain()
        self.exit_button = QPushButton(_tr("kiosk", "Leave kiosk mode"))
        self.exit_button.setAccessibleName(_tr("kiosk", "Leave kiosk mode"))
        self.cancel_button = QPushButton(_tr("kiosk", "Cancel"))
        self.cancel_button.setAccessibleName(_tr("kiosk", "Cancel, stay in kiosk mode"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.cancel_button)
        for widget in (title, self.pin_field, self.pin_message):
            self.staff_panel.card_layout.addWidget(widget)
        self.staff_panel.card_layout.addLayout(buttons)
        self.pin_field.returnPressed.connect(self.try_exit)
        self.exit_button.clicked.connect(self.try_exit)
        self.cancel_button.clicked.connect(self.close_staff_panel)

    # -- the window --

    def start(self) -> None:
        """Show the window frameless over the whole screen and start watching for idleness."""
        window = self._window
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint)
        screen = window.screen() or QGuiApplication.primaryScreen()
        # Without a window manager showFullScreen() alone may leave the window at its old size.
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        self._watch(window.windowHandle())  # after setWindowFlags, which makes a new QWindow
        screen.geometryChanged.connect(self._fit_screen)
        self._last_input = self._now()
        self._timer.start()

    def _watch(self, qwindow: QWindow | None) -> None:
        if qwindow is not None and qwindow not in self._watched:
            qwindow.installEventFilter(self)
            self._watched.append(qwindow)
            qwindow.destroyed.connect(self._forget)

    def _forget(self, gone: QObject) -> None:
        self._watched = [w for w in self._watched if w is not gone]

    def _fit_screen(self, *_args) -> None:
        screen = self._window.screen() or QGuiApplication.primaryScreen()
        self._window.setGeometry(screen.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if "_window" not in self.__dict__:
            return False  # the window is being torn down and Python has already let go of this object
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self._now()
        elif kind == QEvent.Type.ContextMenu:
            return True  # context menus reach undo, paste and the like; none in a kiosk
        elif kind == QEvent.Type.Close and watched is self._window and not self._leaving:
            event.ignore()
            return True
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.staff_panel.isVisible():
            self.close_staff_panel()
            return True
        return False

    # -- idle --

    def poll(self) -> None:
        """Compare the clock with the last input: prompt, count down, or reset. Called every second."""
        now = self._now()
        if self._window.busy():
            self._last_input = now  # a rep timer guiding someone on the floor is not an idle kiosk
        if self._prompt_started is None:
            if now - self._last_input >= self._config.idle_seconds:
                self._show_idle_prompt(now)
            return
        if self._last_input > self._prompt_started:
            self.dismiss_idle_prompt()  # someone touched the screen or a key: they are still here
            return
        left = self._config.countdown_seconds - (now - self._prompt_started)
        if left <= 0:
            log.info("kiosk: idle reset")
            self.reset()
        else:
            self._show_seconds_left(left)

    def _show_idle_prompt(self, now: float) -> None:
        self.close_staff_panel()
        self._prompt_started = now
        self._show_seconds_left(self._config.countdown_seconds)
        self.idle_prompt.open()
        self.still_here_button.setFocus()
        _announce(self.idle_prompt, _tr("kiosk", "Are you still there?") + " " + self.idle_countdown.text())
        self.idle_prompted.emit()

    def _show_seconds_left(self, left: float) -> None:
        seconds = max(1, math.ceil(left))
        self.idle_countdown.setText(self.tr("In %n second(s) the app will clear everything and start again "
                                            "for the next person.", None, seconds))

    def dismiss_idle_prompt(self) -> None:
        self._prompt_started = None
        self._last_input = self._now()
        self.idle_prompt.hide()

    def reset(self) -> None:
        """Leave a clean app for the next person: stop, wipe, close, rebuild, back to the start."""
        self._prompt_started = None
        self.idle_prompt.hide()
        self.close_staff_panel()
        close_dialogs_and_popups(self._window)
        from backpain_desktop.ui import printing

        printing.close_photo_views(self._window)
        self._window.new_visit()
        make_touch_friendly(self._window)
        self._last_input = self._now()
        self.visit_reset.emit()

    # -- staff exit --

    def open_staff_panel(self) -> None:
        self.pin_field.clear()
        has_pin = bool(self._config.pin_hash)
        self.pin_field.setVisible(has_pin)
        self.pin_message.setText("" if has_pin else _tr("kiosk",
            "No staff PIN is set, so anyone with a keyboard can leave kiosk mode. "
            "Set one with --set-kiosk-pin."))
        self._show_lock(self._guard.wait_seconds(self._now()))
        self.staff_panel.open()
        (self.pin_field if has_pin else self.cancel_button).setFocus()

    def close_staff_panel(self) -> None:
        self.pin_field.clear()
        self.staff_panel.hide()

    def try_exit(self) -> bool:
        """Check the PIN; the right one closes the window (and so the app)."""
        if self._config.pin_hash:
            result = self._guard.attempt(self.pin_field.text(), self._config.pin_hash, self._now())
            self.pin_field.clear()
            if not result.accepted:
                if result.wait_seconds > 0:
                    self._show_lock(result.wait_seconds)
                else:
                    self.pin_message.setText(_tr("kiosk", "That PIN is not right."))
                self.pin_field.setFocus()
                return False
        log.info("kiosk: staff exit")
        self._leaving = True
        self._timer.stop()
        self.staff_exited.emit()
        self._window.close()
        return True

    def _show_lock(self, wait: float) -> None:
        if wait > 0:
            self.pin_message.setText(fill(_tr("kiosk", "Too many wrong PINs. Try again in %1 seconds."),
                                          math.ceil(wait)))
        elif self._config.pin_hash:
            self.pin_message.setText("")

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        app.focusWindowChanged.disconnect(self._watch)
        self._window.removeEventFilter(self)
        for qwindow in self._watched:
            with contextlib.suppress(RuntimeError):  # its C++ side may already be gone
                qwindow.removeEventFilter(self)
        self._watched = []
        app.setProperty(_KIOSK_PROPERTY, False)


def close_dialogs_and_popups(window: QWidget) -> None:
    """Close open popups (combo lists, calendars) and dialogs, so the next person finds none."""
    app = QApplication.instance()
    for _ in range(10):
        popup = app.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


# -- a finger can do everything ---------------------------------------------------------------------------

def _scroller_properties() -> QScrollerProperties:
    props = QScrollerProperties()
    # A tap reaches the control under the finger at once; only a drag becomes a scroll.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    # Stop at the ends instead of springing past them: calmer, and nothing moves on its own for long.
    for metric in (QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                   QScrollerProperties.ScrollMetric.VerticalOvershootPolicy):
        props.setScrollMetric(metric, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    return props


def make_touch_friendly(root: QWidget) -> None:
    """Kiosk only: every scroll area, list and text view under ``root`` scrolls when dragged (never selects
    text), numbers are tapped (steppers with typing off), and controls that need a keyboard or write a
    file are not shown. Safe to call again on the same widgets (a tab built later, a new visit)."""
    if not is_kiosk():
        return
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    props = _scroller_properties()
    for area in areas:
        viewport = area.viewport()
        if viewport.property("backpainKinetic"):
            continue
        viewport.setProperty("backpainKinetic", True)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        QScroller.scroller(viewport).setScrollerProperties(props)
        if isinstance(area, QAbstractItemView):
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            if isinstance(area, QListView) and area.wordWrap():  # wrapped rows never need a sideways bar
                area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if isinstance(area, QTextEdit):
            flags = area.textInteractionFlags() & ~Qt.TextInteractionFlag.TextSelectableByMouse
            area.setTextInteractionFlags(flags)
    from backpain_desktop.ui.theme import KIOSK_TARGET_PX

    for button in root.findChildren(QAbstractButton):
        # A minimum set for a laptop (44 px) would let a narrow screen squeeze a button below a finger.
        if 0 < button.minimumWidth() < KIOSK_TARGET_PX:
            button.setMinimumWidth(KIOSK_TARGET_PX)
        if 0 < button.minimumHeight() < KIOSK_TARGET_PX:
            button.setMinimumHeight(KIOSK_TARGET_PX)
    for label in root.findChildren(QLabel):
        flags = label.textInteractionFlags()
        if flags & Qt.TextInteractionFlag.TextSelectableByMouse:
            label.setTextInteractionFlags(flags & ~Qt.TextInteractionFlag.TextSelectableByMouse)
    try:
        from backpain_desktop.ui.widgets import Stepper
    except ImportError:  # pragma: no cover - before the shared widgets exist
        Stepper = None  # noqa: N806
    if Stepper is not None:
        for stepper in root.findChildren(Stepper):
            stepper.set_typing(False)
    # The find box needs a keyboard, and a PDF is a file: neither is offered.
    from backpain_desktop.ui.advice_tab import AdviceTab

    for tab in root.findChildren(AdviceTab) + ([root] if isinstance(root, AdviceTab) else []):
        tab.find_button.hide()
        tab.pdf_button.hide()
        tab.print_button.setText(_tr("kiosk", "Print this page"))  # no dialog follows, so no "…"
