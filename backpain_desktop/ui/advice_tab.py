"""The Advice tab: a list of topics from the content pack and the chosen page, rendered from Markdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from backpain_desktop.domain.content import ContentPack


class AdviceTab(QWidget):
    page_shown = Signal(str)  # page id

    def __init__(self, pack: ContentPack, parent: QWidget | None = None):
        super().__init__(parent)
        self._pack = pack
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Advice topics"))
        self.topics.setMinimumWidth(220)
        self.topics.setMaximumWidth(320)
        for page in pack.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.id)
            self.topics.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Advice page"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)

        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)

        self.topics.currentRowChanged.connect(self._on_row)
        self.topics.setCurrentRow(0)

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._pack.pages):
            self.show_page(self._pack.pages[row].id)

    def show_page(self, page_id: str) -> None:
        page = self._pack.page(page_id)
        if page is None:
            return
        row = self._pack.pages.index(page)
        if self.topics.currentRow() != row:
            self.topics.setCurrentRow(row)  # re-enters via _on_row
            return
        self.browser.setMarkdown(page.markdown)
        self.browser.verticalScrollBar().setValue(0)
        self.page_shown.emit(page_id)

    def current_page_id(self) -> str:
        item = self.topics.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""
