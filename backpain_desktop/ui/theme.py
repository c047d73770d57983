"""How the whole app looks for the person using it: text scale (Ctrl+= / Ctrl+- / Ctrl+0, remembered), the
system's light or dark scheme, a high-contrast palette (text contrast at least 7:1), minimum touch-target
sizes, and a reduced-motion flag other widgets read with :func:`reduced_motion`.

Everything is applied application-wide, so dialogs, popups and widgets built later (a kiosk reset rebuilds
the tabs) follow without knowing about the theme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from backpain_desktop.settings import Settings
from backpain_desktop.ui.widgets import tr as _tr

SCALE_STEPS = (75, 90, 100, 110, 125, 150, 175, 200, 250, 300)
NORMAL_TARGET_PX = 44
MIN_BASE_POINTS = 12.0  # 16 px at 96 dpi: the smallest body text at 100 %, whatever the system's default
MIN_TEXT_CONTRAST = 4.5  # WCAG AA for body text, placeholders and selected items included
KIOSK_TARGET_PX = 48
KIOSK_TEXT_PX = 20  # a kiosk's text starts at least this tall, read standing at arm's length
KIOSK_SCROLLBAR_PX = 16  # wide enough to find with a finger; dragging the page is the main way

_BASE_FONT_PROPERTY = "backpainBaseFont"
_FONT_RATIO_PROPERTY = "backpainFontRatio"
_REDUCED_MOTION_PROPERTY = "backpainReducedMotion"
_HIGH_CONTRAST_PROPERTY = "backpainHighContrast"




# -- what other widgets read -------------------------------------------------------------------------

def reduced_motion() -> bool:
    """True when animations should be left out (system preference, or the person's setting)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    forced = app.property(_REDUCED_MOTION_PROPERTY)
    if isinstance(forced, bool):
        return forced
    return _system_reduced_motion()


def _system_reduced_motion() -> bool:
    hints = QGuiApplication.styleHints().accessibility() if hasattr(QGuiApplication.styleHints(),
                                                                     "accessibility") else None
    if hints is not None and hasattr(hints, "motionPreference"):  # Qt 6.12+
        return hints.motionPreference() == Qt.MotionPreference.ReducedMotion
    return False


def _system_wants_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):  # Qt older than 6.10
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def is_dark() -> bool:
    """Whether the system asks for a dark scheme (or, when it does not say, the palette is dark)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


# -- contrast ---------------------------------------------------------------------------------------

def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as seen over ``bg`` (placeholder text is often the text colour, half transparent)."""
    a = fg.alphaF()
    return QColor.fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                           fg.blueF() * a + bg.blueF() * (1 - a))


def seen_contrast(fg: QColor, bg: QColor) -> float:
    """The contrast a person sees: a translucent foreground is blended over its background first."""
    return contrast_ratio(_over(fg, bg), bg)


def _towards(colour: QColor, target: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(c + (g - c) * t for c, g in ((colour.redF(), target.redF()),
                                                         (colour.greenF(), target.greenF()),
                                                         (colour.blueF(), target.blueF()))))


def _reach(fg: QColor, bg: QColor, minimum: float, keep_text: bool = False) -> tuple[QColor, QColor]:
    """The smallest change that gives ``minimum`` contrast: first the text moves towards black or white
    (whichever is further from the background), then, if even that is not enough, the background too.
    ``keep_text``: the background moves instead (white on a selection colour stays white)."""
    fg = _over(fg, bg)
    if contrast_ratio(fg, bg) >= minimum:
        return fg, bg
    if keep_text:
        away = QColor("black") if relative_luminance(fg) > 0.5 else QColor("white")
        for step in range(1, 21):
            moved = _towards(bg, away, step / 20)
            if contrast_ratio(fg, moved) >= minimum:
                return fg, moved
    dark_bg = relative_luminance(bg) < 0.18
    ink, paper = (QColor("white"), QColor("black")) if dark_bg else (QColor("black"), QColor("white"))
    for step in range(1, 21):
        moved = _towards(fg, ink, step / 20)
        if contrast_ratio(moved, bg) >= minimum:
            return moved, bg
    fg = ink
    for step in range(1, 21):
        moved = _towards(bg, paper, step / 20)
        if contrast_ratio(fg, moved) >= minimum:
            return fg, moved
    return fg, paper


def readable_palette(palette: QPalette, minimum: float = MIN_TEXT_CONTRAST) -> QPalette:
    """``palette`` with every text role at least ``minimum``:1 on the background it is drawn on, in the
    active and inactive groups (a selected item in a window without focus must still be read)."""
    pal = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_PAIRS:
            fg, bg = _reach(pal.color(group, text), pal.color(group, background), minimum,
                            keep_text=background == QPalette.ColorRole.Highlight)
            if fg != pal.color(group, text):
                pal.setColor(group, text, fg)
            if bg != pal.color(group, background):
                pal.setColor(group, background, bg)
    return pal


def readable_base_font(font: QFont) -> QFont:
    """The system's font, at least MIN_BASE_POINTS: the app's size at 100 %."""
    base = QFont(font)
    points = base.pointSizeF() if base.pointSizeF() > 0 else base.pixelSize() * 0.75
    base.setPointSizeF(max(points, MIN_BASE_POINTS))
    return base


# Text roles and the background each is drawn on; the high-contrast palettes keep every pair >= 7:1.
TEXT_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.LinkVisited, QPalette.ColorRole.Base),
)


def high_contrast_palette(dark: bool) -> QPalette:
    """White and yellow on black, or black and navy on white. Placeholder text is the dimmest text that still
    reaches 7:1, so a hint never looks like something already typed."""
    if dark:
        fg, bg, alt, accent, on_accent, soft, dim = ("#ffffff", "#000000", "#1a1a1a", "#ffff00", "#000000",
                                                     "#a8a8a8", "#b0b0b0")
        link = "#ffff00"
    else:
        fg, bg, alt, accent, on_accent, soft, dim = ("#000000", "#ffffff", "#f0f0f0", "#00007f", "#ffffff",
                                                     "#575757", "#4a4a4a")
        link = "#00007f"
    pal = QPalette()
    R = QPalette.ColorRole
    roles = {R.Window: bg, R.WindowText: fg, R.Base: bg, R.AlternateBase: alt, R.Text: fg, R.Button: bg,
             R.ButtonText: fg, R.BrightText: accent, R.Highlight: accent, R.HighlightedText: on_accent,
             R.ToolTipBase: bg, R.ToolTipText: fg, R.PlaceholderText: soft, R.Link: link, R.LinkVisited: link,
             R.Light: fg, R.Midlight: dim, R.Mid: dim, R.Dark: fg, R.Shadow: fg, R.Accent: accent}
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            pal.setColor(group, role, QColor(colour))
    for role, colour in roles.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(dim))
    return pal


def dark_palette() -> QPalette:
    """A plain dark palette for when the system asks for dark but the platform does not supply one."""
    pal = QPalette()
    R = QPalette.ColorRole
    for role, colour in {R.Window: "#202124", R.WindowText: "#ececec", R.Base: "#17181a",
                         R.AlternateBase: "#26282b", R.Text: "#ececec", R.Button: "#2c2e31",
                         R.ButtonText: "#ececec", R.Highlight: "#8ab4f8", R.HighlightedText: "#000000",
                         R.ToolTipBase: "#2c2e31", R.ToolTipText: "#ececec", R.PlaceholderText: "#a0a0a0",
                         R.Link: "#8ab4f8", R.LinkVisited: "#c58af9", R.Mid: "#5f6368",
                         R.Dark: "#101113", R.Light: "#4a4c50"}.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, R.Text, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, R.ButtonText, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, R.WindowText, QColor("#8a8a8a"))
    return pal


# -- urgent-help colours: the NHS emergency red, a strong amber, and an outlined "see a GP" card ------------

NHS_RED = "#d5281b"  # white on it: 5.1:1
HIGH_CONTRAST_RED = "#aa2016"  # white on it: 7.2:1, the high-contrast palettes' floor
NHS_WARM_YELLOW = "#ffb81c"
NHS_TEXT = "#212b32"  # on the warm yellow: 8.3:1
NHS_FOCUS = "#ffeb3b"  # the NHS focus yellow; black on it: 17:1


@dataclass(frozen=True)
class CardColours:
    """Background, text and border of one kind of card on the urgent-help page, as colour names."""

    background: str
    text: str
    border: str
    border_px: int


def high_contrast_active() -> bool:
    """Whether the app is showing its high-contrast palette now (set by :class:`Theme`)."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(_HIGH_CONTRAST_PROPERTY))


def card_colours(kind: str, palette: QPalette, high_contrast: bool) -> CardColours:
    """The colours of a card of ``kind`` ("emergency", "urgent" or "routine") on a page drawn in ``palette``.
    999 is white on red and 111 dark on amber in every scheme; "see a GP" takes the page's own colours."""
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    if kind == "emergency":
        if high_contrast:
            return CardColours(HIGH_CONTRAST_RED, "#ffffff", text, 3)
        return CardColours(NHS_RED, "#ffffff", NHS_RED, 0)
    if kind == "urgent":
        return CardColours(NHS_WARM_YELLOW, "#000000" if high_contrast else NHS_TEXT,
                           text if high_contrast else NHS_TEXT, 3 if high_contrast else 2)
    return CardColours(base, text, text, 2)


def urgent_button_style(high_contrast: bool, dark: bool) -> str:
    """The "Get help urgently" button's style sheet: white bold text on red in every scheme, yellow when
    focused (as NHS buttons are), so it never reads as one more grey button."""
    red = HIGH_CONTRAST_RED if high_contrast else NHS_RED
    edge = ("#ffffff" if dark else "#000000") if high_contrast else "#8c1a11"
    return (f"QToolButton {{ background-color: {red}; color: #ffffff; border: 2px solid {edge}; "
            f"border-radius: 6px; padding: 6px 18px; font-weight: bold; }}"
            f"QToolButton:hover {{ background-color: #aa2016; }}"
            f"QToolButton:pressed {{ background-color: #8c1a11; }}"
            f"QToolButton:focus {{ background-color: {NHS_FOCUS}; color: #000000; "
            f"border: 3px solid #000000; }}")


# -- touch targets ---------------------------------------------------------------------------------------

class TouchStyle(QProxyStyle):
    """The app's style, with every control at least ``min_px`` square so a finger can hit it."""

    _GROWN = {
        QStyle.ContentsType.CT_PushButton, QStyle.ContentsType.CT_ToolButton, QStyle.ContentsType.CT_ComboBox,
        QStyle.ContentsType.CT_LineEdit, QStyle.ContentsType.CT_SpinBox, QStyle.ContentsType.CT_CheckBox,
        QStyle.ContentsType.CT_RadioButton, QStyle.ContentsType.CT_TabBarTab, QStyle.ContentsType.CT_MenuItem,
    }

    def __init__(self, base_name: str, min_px: int, rows_too: bool):
        super().__init__(base_name)  # by name, so Qt owns the base style (no shared Python ownership)
        self.base_name = base_name
        self.min_px = min_px
        self.rows_too = rows_too

    def sizeFromContents(self, ct, option, size, widget=None):  # noqa: N802 - Qt override
        result = super().sizeFromContents(ct, option, size, widget)
        grow = ct in self._GROWN or (self.rows_too and ct in (QStyle.ContentsType.CT_ItemViewItem,
                                                              QStyle.ContentsType.CT_HeaderSection))
        if grow:
            # Kiosk tabs share their row with the Finish button, which the tab widget keeps a pixel shorter.
            # An editable combo box's text field sits inside its frame, so the box is a little taller too.
            tall = (self.min_px + 8 if self.rows_too and ct == QStyle.ContentsType.CT_TabBarTab
                    else self.min_px + 4 if ct == QStyle.ContentsType.CT_ComboBox else self.min_px)
            result.setHeight(max(result.height(), tall))
            result.setWidth(max(result.width(), self.min_px))
        return result


class KioskTouchStyle(TouchStyle):
    """The kiosk's style: touch targets, and scroll bars a finger can find. Only a kiosk pays for this
    extra call into Python on every metric a widget asks for."""

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 - Qt override
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_ScrollBarExtent:
            return max(value, KIOSK_SCROLLBAR_PX)
        return value


# -- the theme ----------------------------------------------------------------------------------------

class Theme(QObject):
    """Applies the person's text scale and contrast choice to the whole application."""

    scale_changed = Signal(int)  # percent

    def __init__(self, settings: Settings, save_settings: Callable[[Settings], None], *, kiosk: bool = False,
                 kiosk_scale: int = 150, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._save = save_settings
        self._kiosk = kiosk
        self._kiosk_scale = kiosk_scale
        # A kiosk starts every visit at the administrator's size and never stores a patient's choice.
        self._scale = kiosk_scale if kiosk else _valid_scale(settings.text_scale_percent)
        app = QApplication.instance()
        if not isinstance(app.property(_BASE_FONT_PROPERTY), QFont):
            app.setProperty(_BASE_FONT_PROPERTY, readable_base_font(app.font()))
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._apply_colours)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._apply_colours)
        self._own_palette = False

    # -- text scale --

    @property
    def text_scale(self) -> int:
        return self._scale

    def set_text_scale(self, percent: int) -> None:
        self._scale = _valid_scale(percent)
        self._apply_font()
        if not self._kiosk:
            self._settings.text_scale_percent = self._scale
            self._save(self._settings)
        self.scale_changed.emit(self._scale)

    def zoom_in(self) -> None:
        self.set_text_scale(next((s for s in SCALE_STEPS if s > self._scale), SCALE_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_text_scale(next((s for s in reversed(SCALE_STEPS) if s < self._scale), SCALE_STEPS[0]))

    def reset_scale(self) -> None:
        self.set_text_scale(self._kiosk_scale if self._kiosk else 100)

    def install_actions(self, window: QWidget) -> list[QAction]:
        """Ctrl+= / Ctrl+- / Ctrl+0 on the window, so they work wherever the focus is."""
        actions = []
        for text, keys, slot in (
                (_tr("theme", "Larger text"),
                 [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                 self.zoom_in),
                (_tr("theme", "Smaller text"),
                 [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")],
                 self.zoom_out),
                (_tr("theme", "Normal text size"), [QKeySequence("Ctrl+0")], self.reset_scale)):
            action = QAction(text, window)
            action.setShortcuts(list(dict.fromkeys(k for k in keys if not k.isEmpty())))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            actions.append(action)
        return actions

    # -- contrast --

    def high_contrast(self) -> bool:
        choice = self._settings.high_contrast
        if choice == "on":
            return True
        if choice == "off":
            return False
        return _system_wants_contrast()

    # -- applying --

    def apply(self) -> None:
        """Apply everything; called once at start-up (and by tests after changing settings)."""
        app = QApplication.instance()
        current = app.style()
        if self.high_contrast():
            base_name = "fusion"
        else:
            base_name = current.base_name if isinstance(current, TouchStyle) else current.name()
        min_px = KIOSK_TARGET_PX if self._kiosk else NORMAL_TARGET_PX
        same = (isinstance(current, TouchStyle) and current.base_name == base_name
                and current.min_px == min_px and current.rows_too == self._kiosk)
        if not same:
            # Fusion honours every palette role; native styles may ignore some, which breaks high contrast.
            style = KioskTouchStyle if self._kiosk else TouchStyle
            app.setStyle(style(base_name, min_px, rows_too=self._kiosk))
        # settings.extra["reduced_motion"]: "on" / "off" overrides the system; anything else follows it.
        motion = {"on": True, "off": False}.get(str(self._settings.extra.get("reduced_motion", "auto")))
        app.setProperty(_REDUCED_MOTION_PROPERTY, motion)
        self._apply_colours()
        self._apply_font()

    def _apply_colours(self, *_args) -> None:
        app = QApplication.instance()
        app.setProperty(_HIGH_CONTRAST_PROPERTY, self.high_contrast())
        if self.high_contrast():
            app.setPalette(high_contrast_palette(self._scheme_is_dark()))
            self._own_palette = True
        elif (QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
              and not self._platform_is_dark()):
            app.setPalette(readable_palette(dark_palette()))
            self._own_palette = True
        else:
            # The system's (or the style's) light palette, with the text that falls short darkened: a
            # placeholder or a selected item is often under 4.5:1 as shipped.
            base = app.style().standardPalette() if self._own_palette else QPalette(QGuiApplication.palette())
            readable = readable_palette(base)
            app.setPalette(readable)
            self._own_palette = readable != base

    def _scheme_is_dark(self) -> bool:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        return False

    def _platform_is_dark(self) -> bool:
        if self._own_palette:
            return False
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _apply_font(self) -> None:
        app = QApplication.instance()
        base: QFont = app.property(_BASE_FONT_PROPERTY)
        old_size = app.font().pointSizeF()
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * self._scale / 100 * self._kiosk_lift(base))
        # Widgets that chose their own size (a heading at 1.5x) keep that size relative to the text.
        own = []
        for widget in app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and widget.font().pointSizeF() > 0:
                ratio = widget.property(_FONT_RATIO_PROPERTY)
                if not isinstance(ratio, float):
                    ratio = widget.font().pointSizeF() / old_size
                    widget.setProperty(_FONT_RATIO_PROPERTY, ratio)
                own.append((widget, ratio))
        app.setFont(font)
        # A widget with its own style sheet (a list's roomy rows) keeps its old font until it is polished
        # again; setting the same sheet again does that, so lists grow with everything else.
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if sheet and not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                widget.setStyleSheet(sheet)
        for widget, ratio in own:
            f = widget.font()
            f.setPointSizeF(font.pointSizeF() * ratio)
            widget.setFont(f)


    def _kiosk_lift(self, base: QFont) -> float:
        """How much a kiosk's text is raised so that its starting size is at least KIOSK_TEXT_PX tall
        (1.0 at home); A− and A+ then move from there."""
        if not self._kiosk:
            return 1.0
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        start_px = base.pointSizeF() * self._kiosk_scale / 100 * dpi / 72
        return max(1.0, KIOSK_TEXT_PX / start_px) if start_px > 0 else 1.0


def _valid_scale(percent: int) -> int:
    return max(SCALE_STEPS[0], min(SCALE_STEPS[-1], int(percent)))
