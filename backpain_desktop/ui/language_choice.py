"""The language picker beside urgent help: every installed language, each named in itself. It installs
the translations (``ui/i18n.py``) and gives the content pack in the language chosen; rebuilding the tabs
in it is the main window's job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox

from backpain_desktop.domain.content import ContentPack
from backpain_desktop.translate import _tr
from backpain_desktop.ui.i18n import Languages, language_name
from backpain_desktop.ui.urgent_help import UrgentHelpBar


class LanguageChoice:
    """``picked(code)`` is called when the person picks a language; no picker with English alone."""

    def __init__(self, bar: UrgentHelpBar, languages: Languages, pack_for: Callable[[str], ContentPack],
                 picked: Callable[[str], None]):
        self.languages = languages
        self._pack_for = pack_for
        self.start = languages.current  # a kiosk goes back to it for each new person
        self.picker: QComboBox | None = None
        offered = languages.offered()
        if len(offered) < 2:
            return  # only English: nothing to choose
        picker = QComboBox()
        picker.setObjectName("language-picker")
        for code in offered:
            picker.addItem(language_name(code), code)
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        picker.activated.connect(lambda index: picked(picker.itemData(index)))
        self.picker = picker
        self._show_current()
        bar.add_widget(picker)
        self.retranslate()

    @property
    def current(self) -> str:
        return self.languages.current

    def use(self, code: str) -> ContentPack:
        """Install ``code``'s translations; returns the content pack in it (English where it has none)."""
        self.languages.install(code)
        self._show_current()
        return self._pack_for(self.languages.current)

    def retranslate(self) -> None:
        if self.picker is not None:
            self.picker.setAccessibleName(_tr("MainWindow", "Language"))
            self.picker.setToolTip(_tr("MainWindow", "Choose the language of the app"))

    def _show_current(self) -> None:
        if self.picker is not None:
            self.picker.setCurrentIndex(max(0, self.picker.findData(self.languages.current)))
