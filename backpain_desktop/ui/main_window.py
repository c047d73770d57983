"""The main window: composes the three tabs, wires their signals and remembers size and last tab.

It decides nothing itself; each tab owns its own behaviour, ``ui/theme.py`` the look and text size, and
``ui/kiosk.py`` the kiosk rules. The tabs hold one visit's state, so a kiosk reset builds them again from
scratch (:meth:`new_visit`) rather than clearing fields.

Only the Advice tab (the first page a person sees) is built with the window: start-up stays close to a
bare Qt window (tests/benchmarks/bench_startup.py). Once the window is on screen,
:meth:`MainWindow.prepare_when_idle` builds the Exercises and Pacing tabs a piece per idle turn of the
event loop, so a person's first visit to each costs only its paint; a tab opened before then is built
at once. ``window.exercise_tab`` and ``window.pacing_tab`` build their tab on first access, so callers
never see the placeholder. Sound, speech and the chart's matplotlib still wait until they are needed.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollBar, QTabWidget, QWidget

from backpain_desktop import APP_DISPLAY_NAME
from backpain_desktop.domain.content import ContentPack
from backpain_desktop.perf import IDLE_STEP_MS, PRELOAD_CHART_WHEN_IDLE
from backpain_desktop.settings import Settings
from backpain_desktop.store import Store
from backpain_desktop.ui.advice_tab import AdviceTab, Clock
from backpain_desktop.ui.chart_thread import ChartWorker
from backpain_desktop.ui.theme import Theme
from backpain_desktop.ui.urgent_help import UrgentHelpBar
from backpain_desktop.ui.widgets import guard_wheel

COMFORTABLE_SIZE = (1200, 800)  # px: below this available area the window opens maximised

if TYPE_CHECKING:  # imported for real when the tab is first built (see _make_exercise_tab)
    from backpain_desktop.domain.kiosk_config import KioskConfig
    from backpain_desktop.ui.exercises import ExerciseTab
    from backpain_desktop.ui.language_choice import LanguageChoice
    from backpain_desktop.ui.pacing import PacingTab
    from backpain_desktop.ui.reminder_button import ReminderButton


class _PendingTab(QWidget):
    """Stands in a tab's place until the tab is first shown; then the real tab replaces it."""

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key = key
        self.setAccessibleName(title)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, pack: ContentPack, settings: Settings,
                 save_settings: Callable[[Settings], None], now: Clock | None = None,
                 parent: QWidget | None = None, *, kiosk: KioskConfig | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 chart_worker: ChartWorker | None = None):
        super().__init__(parent)
        # The one chart thread: Pacing draws on it, the Exercises tab's sound set-up takes turns with it.
        self.chart_worker = chart_worker if chart_worker is not None else ChartWorker()
        self._store = store
        self._pack = pack
        self._settings = settings
        self._save_settings = save_settings
        self._now = now
        self._kiosk_on = kiosk is not None
        self._monotonic = monotonic
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(APP_DISPLAY_NAME)

        self.theme = Theme(settings, save_settings, kiosk=kiosk is not None,
                           kiosk_scale=kiosk.text_scale_percent if kiosk else 100, parent=self)
        self.theme.install_actions(self)
        self.theme.apply()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.urgent = UrgentHelpBar(self, self._kiosk_on, self.theme.high_contrast,
                                    lambda: self.navigate("urgent"))
        self.urgent_action, self.urgent_button = self.urgent.action, self.urgent.button
        self._built: dict[str, QWidget] = {}
        self._visit = 0  # counts kiosk visits: preparation for an earlier visit's tabs stops
        self._build_tabs()
        self._connect_signals()
        self.tabs.currentChanged.connect(lambda _index: self.chart_worker.make_way())
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self.tabs.currentChanged.connect(self._remember_tab)

        self.kiosk = None
        if kiosk is not None:
            from backpain_desktop.ui.kiosk import KioskPolicy

            self.kiosk = KioskPolicy(self, kiosk, monotonic)  # no remembered size or tab: each visit is new
        else:
            self._restore()

    def _build_tabs(self) -> None:
        """Build the per-visit tabs from scratch: at start, and for each new kiosk visit.

        Advice is built now; Exercises and Pacing get a placeholder, replaced when first shown or asked
        for, or by prepare_when_idle."""
        self._built.clear()
        self.advice_tab = AdviceTab(self._pack, self._store, now=self._now)
        self.advice_tab.setAccessibleName(self.tr("Advice"))
        self.tabs.addTab(self.advice_tab, self.tr("&Advice"))
        guard_wheel(self.advice_tab)
        for key, title in (("exercise_tab", self.tr("&Exercises")), ("pacing_tab", self.tr("&Pacing"))):
            self.tabs.addTab(_PendingTab(key, title.replace("&", "")), title)
        self._name_scroll_bars()

    def _make_exercise_tab(self) -> ExerciseTab:
        from backpain_desktop.ui.exercises import ExerciseTab

        return ExerciseTab(self._pack, self._store, self._settings, self._save_settings,
                           kiosk=self._kiosk_on, monotonic=self._monotonic, now=self._now,
                           native_loading=self.chart_worker.native_loading)

    def _make_pacing_tab(self, read_now: bool = True) -> PacingTab:
        if self._kiosk_on:  # one visit: pacing explained, a tap-only log, a starting plan to print
            from backpain_desktop.ui.kiosk_pacing import KioskPacingPage

            return KioskPacingPage(self._store, now=self._now)  # type: ignore[return-value]
        from backpain_desktop.ui.pacing import PacingTab

        # A kiosk's log is in memory: no file actions for it.
        return PacingTab(self._store, now=self._now, kiosk=self._kiosk_on, read_now=read_now,
                         chart_worker=self.chart_worker)

    @property
    def exercise_tab(self) -> ExerciseTab:
        return self._tab("exercise_tab")  # type: ignore[return-value]

    @property
    def pacing_tab(self) -> PacingTab:
        return self._tab("pacing_tab")  # type: ignore[return-value]

    def _tab(self, key: str, read_now: bool = True) -> QWidget:
        """The tab ``key``, built now (in its placeholder's place) if it has not been yet. ``read_now``
        off: the Pacing tab reads the log later (on show, or when :meth:`prepare_when_idle` gets to it)."""
        tab = self._built.get(key)
        if tab is not None:
            return tab
        index = next(i for i in range(self.tabs.count())
                     if isinstance(self.tabs.widget(i), _PendingTab) and self.tabs.widget(i).key == key)
        placeholder = self.tabs.widget(index)
        tab = self._make_exercise_tab() if key == "exercise_tab" else self._make_pacing_tab(read_now)
        tab.setAccessibleName(placeholder.accessibleName())
        self._built[key] = tab
        guard_wheel(tab)
        # Insert before the placeholder, then drop it, so the neighbouring tab is never shown in between;
        # the swap is invisible to anyone watching currentChanged.
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, tab, self.tabs.tabText(index))
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        self._name_scroll_bars()
        self._connect_tab(key, tab)
        return tab

    def prepare_when_idle(self, then: Callable[[], None] | None = None,
                          spacing_ms: int = IDLE_STEP_MS) -> None:
        """Get the tabs not on screen ready, one piece per idle turn, each under 50 ms here: the Exercises
        tab's code, the tab, a first paint of it off screen; the pacing rules, the Pacing tab's code, its
        widgets, its read of the log, a first paint off screen. A piece already done (a person opened the
        tab first) is skipped, and so is every piece once the window is closed. ``then`` runs after the
        last piece, also if a kiosk visit ended meanwhile (that visit's tabs are not prepared:
        :meth:`new_visit` starts its own)."""
        visit = self._visit

        def pacing_read() -> None:
            tab = self._built.get("pacing_tab")
            if tab is not None:
                tab.ensure_read()

        pieces: list[Callable[[], object]] = [
            lambda: importlib.import_module("backpain_desktop.ui.exercises"),
            lambda: self._tab("exercise_tab"),
            lambda: self._paint_unseen("exercise_tab"),
            # The pacing rules (with statistics, fractions, decimal) then the tab's own code: together one
            # turn of 40 ms or more, apart two of ~20.
            lambda: importlib.import_module("backpain_desktop.domain.pacing"),
            lambda: importlib.import_module("backpain_desktop.ui.pacing.tab"),
            lambda: self._tab("pacing_tab", read_now=False),
            pacing_read,
            lambda: self._paint_unseen("pacing_tab"),
        ]
        if PRELOAD_CHART_WHEN_IDLE and not self._kiosk_on:  # a kiosk's pacing page has no chart
            pieces.append(self.chart_worker.preload)  # after the tabs: alongside them it blocked the window

        def step(index: int) -> None:
            if index < len(pieces):
                QTimer.singleShot(spacing_ms, self, lambda: step(index + 1))  # first: a failed piece ends
                if visit == self._visit and self.isVisible():                  # nothing but itself
                    pieces[index]()
            elif then is not None:
                then()

        QTimer.singleShot(spacing_ms, self, lambda: step(0))

    def _paint_unseen(self, key: str) -> None:
        """Lay out and paint a tab not on screen once, into an image thrown away, at the size it will
        be shown: its first real show then takes about half as long (the Exercises tab: ~40 -> ~20 ms),
        because the fonts, the style's and the layouts' caches are filled."""
        tab = self._built.get(key)
        if tab is None or tab.isVisible():
            return
        prepare = getattr(tab, "prepare_unseen", None)
        if callable(prepare):
            prepare()
        tab.resize(self.tabs.currentWidget().size())
        tab.render(QImage(tab.size(), QImage.Format.Format_ARGB32_Premultiplied))

    def _build_shown_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, _PendingTab):
            self._tab(widget.key)

    def _name_scroll_bars(self) -> None:
        """Scroll bars appear when text is large; a screen reader should hear what they are."""
        for bar in self.findChildren(QScrollBar):
            if not bar.accessibleName():
                vertical = bar.orientation() == Qt.Orientation.Vertical
                bar.setAccessibleName(self.tr("Scroll up and down") if vertical
                                      else self.tr("Scroll sideways"))

    def _connect_signals(self) -> None:
        """Wire the Advice tab's signals. Runs again after every rebuild, so only tab connections belong
        here; window-level wiring (tab bar, toolbar actions) is done once in ``__init__``. The deferred
        tabs are wired in :meth:`_connect_tab` when they are built."""
        self.advice_tab.navigate_requested.connect(self.navigate)

    def _connect_tab(self, key: str, tab: QWidget) -> None:
        """Wire a deferred tab's signals as it is built. A tab not built yet needs no wiring: it reads
        the store afresh when it is built."""
        tab.navigate_requested.connect(self.navigate)
        if self.kiosk is not None:
            from backpain_desktop.ui.kiosk import make_touch_friendly

            make_touch_friendly(tab)
        if key == "exercise_tab":
            tab.session_logged.connect(self._reload_pacing)

    def _reload_pacing(self, _session_id: int) -> None:
        pacing = self._built.get("pacing_tab")
        if pacing is not None:  # not built yet: it reads the new entry when it is
            pacing.reload()

    def busy(self) -> bool:
        """Whether the app is guiding someone without needing input (a running rep timer)."""
        exercises = self._built.get("exercise_tab")
        return exercises is not None and exercises.running()

    def new_visit(self) -> None:
        """A clean app for the next person: stop timers, sounds and speech, wipe the log, rebuild the tabs."""
        exercises = self._built.get("exercise_tab")
        if exercises is not None:  # never built: nothing plays
            exercises.stop_all()
        self._store.wipe_all()
        self._drop_tabs()
        if self._language is not None and self._language.current != self._language.start:
            self._use_language(self._language.start)  # the next person starts in the kiosk's language
        self._visit += 1
        self._build_tabs()
        self._connect_signals()
        self.tabs.setCurrentIndex(0)
        self.theme.reset_scale()
        self.advice_tab.setFocus()
        self.prepare_when_idle()  # the next person's first visit to each tab is as quick as the first's

    def _drop_tabs(self) -> None:
        """Remove every tab, from the last, with the first one current, so no tab on its way out is shown
        (a shown Pacing tab would start drawing its chart, importing matplotlib, for nobody)."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(0)
        while self.tabs.count():
            old = self.tabs.widget(self.tabs.count() - 1)
            self.tabs.removeTab(self.tabs.count() - 1)
            old.hide()
            old.deleteLater()  # completers, undo stacks, models and chart axes go with it
        self.tabs.blockSignals(False)

    # -- language: a picker beside urgent help (ui/language_choice.py) --------------------------------

    languages = None  # ui/i18n.py Languages, once attached
    language_picker = None
    _language: LanguageChoice | None = None

    def attach_languages(self, languages, pack_for: Callable[[str], ContentPack]) -> None:
        """Offer every installed language in the toolbar. ``pack_for(code)`` gives the content pack in that
        language (English where it has no translation)."""
        from backpain_desktop.ui.language_choice import LanguageChoice

        self._language = LanguageChoice(self.urgent, languages, pack_for, self.switch_language)
        self.languages, self.language_picker = languages, self._language.picker

    def switch_language(self, code: str) -> None:
        """The whole window in ``code`` at once: the tabs are built again in the new language (as for a new
        kiosk visit, but keeping the log and the tab in view); the person's choice is remembered."""
        if self._language is None or code == self._language.current:
            return
        current = self.tabs.currentIndex()
        exercises = self._built.get("exercise_tab")
        if exercises is not None:
            exercises.stop_all()  # a running timer would go on speaking the old language
        self._drop_tabs()
        self._use_language(code)
        if not self._kiosk_on:
            self._settings.language = self._language.current
            self._save_settings(self._settings)
        self._visit += 1
        self._build_tabs()
        self._connect_signals()
        self.tabs.setCurrentIndex(current)
        self.prepare_when_idle()

    def _use_language(self, code: str) -> None:
        assert self._language is not None
        self._pack = self._language.use(code)
        self._retranslate()  # at once: Qt's LanguageChange events only arrive with the next event loop turn
        if self.reminders is not None:
            self.reminders.retranslate()

    def _retranslate(self) -> None:
        """The window's own words (the tabs are rebuilt instead), after a change of language."""
        self.urgent.retranslate()
        self.tabs.setAccessibleName(self.tr("Sections"))
        if self._language is not None:
            self._language.retranslate()
        if self._reminder_button is not None:
            self._reminder_button.retranslate()

    # -- navigation: one way for any tab, link or button to move the person ----------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "urgent"):
            self.urgent.restyle()  # a switch to or from high contrast: the border follows
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "urgent"):
            self._retranslate()

    def navigate(self, target: str) -> None:
        """Show a tab: "advice", "advice:<page-id>", "exercises", "pacing" or "urgent"; or
        "language:<code>:<page-id>", an advice page in another language (a translation's link to the
        English original)."""
        tab, _, page = target.partition(":")
        if tab == "language":
            code, _, page = page.partition(":")
            # After the link's own signal returns: the switch rebuilds the tab that sent it.
            QTimer.singleShot(0, lambda: (self.switch_language(code), self.navigate(f"advice:{page}")))
            return
        if tab == "urgent":
            self.tabs.setCurrentWidget(self.advice_tab)
            self.advice_tab.show_urgent_help()
            return
        attribute = {"advice": "advice_tab", "exercises": "exercise_tab", "pacing": "pacing_tab"}.get(tab)
        if attribute is None:
            return
        widget = getattr(self, attribute)  # builds only the tab asked for
        self.tabs.setCurrentWidget(widget)
        if widget is self.advice_tab and page:
            self.advice_tab.show_page(page)

    def _restore(self) -> None:
        restored = bool(self._settings.window_geometry) and self.restoreGeometry(
            QByteArray.fromBase64(self._settings.window_geometry.encode("ascii")))
        area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if not restored or not area.contains(self.frameGeometry()):
            self._fit_to(area)
        if 0 <= self._settings.last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(self._settings.last_tab)

    def _fit_to(self, area: QRect) -> None:
        """Open at a comfortable size on a large screen, maximised on a small one (a laptop less its
        taskbar), never larger than what the screen has free."""
        width, height = COMFORTABLE_SIZE
        if area.width() < width or area.height() < height:
            self.setGeometry(area)  # where no window manager maximises, the window still fits
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(width, height)
            self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def _remember_tab(self, index: int) -> None:
        self._settings.last_tab = index

    def save_state(self) -> None:
        self._settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._settings.last_tab = self.tabs.currentIndex()
        self._save_settings(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._reminder_button is not None and self._reminder_button.keeps_running() and not self._quitting:
            event.ignore()  # reminders on: the app stays in the tray
            self.hide()
            self._reminder_button.say_still_running()
            return
        super().closeEvent(event)

    # -- reminders (home use only: app.py never attaches them to a kiosk) ---------------------------------

    reminders = None  # ui/reminders.py ReminderController, once attached
    _reminder_button: ReminderButton | None = None
    _quitting = False

    def attach_reminders(self, controller, open_settings: Callable[[], None]) -> None:
        """A "Reminders" button beside urgent help; the tray's and notifications' requests move the window."""
        from backpain_desktop.ui.reminder_button import ReminderButton

        self.reminders = controller
        self._reminder_button = ReminderButton(self, self.urgent, controller, open_settings, self._settings,
                                               self._save_settings)
        self.reminders_action = self._reminder_button.action

    def bring_back(self, target: str = "") -> None:
        """Show the window (from the tray or a notification), on ``target``'s tab when one is given."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if target:
            self.navigate(target)

    def quit_from_tray(self) -> None:
        self._quitting = True
        self.close()
        QApplication.quit()
