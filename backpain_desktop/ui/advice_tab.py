"""The Advice tab: the pack's topics, the chosen page rendered from Markdown, find, print and feedback.

Pages are Qt-rendered Markdown (no hand-built HTML, no raw HTML allowed). A page's cards (the urgent-help
page's 999, 111 and "see a GP" sections) are drawn as coloured frames around their Markdown, in the NHS
colours ``ui/theme.py`` gives. Links between pages use the ``page:`` scheme and are followed here;
nothing ever opens outside the app. The document uses the
widget's font, so the app-wide text size applies to it. The printer and file choosers are
ui/dialogs.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.domain.content import (
    LANGUAGE_MARK,
    PAGE_LINK_SCHEME,
    ContentPack,
    PagePart,
    month_year,
    page_parts,
    placeholder_values,
    render_markdown,
    strip_card_marks,
)
from backpain_desktop.store import Store, StoreError
from backpain_desktop.ui import errors
from backpain_desktop.ui.i18n import isolate, local_month_year, say
from backpain_desktop.ui.theme import card_colours, high_contrast_active
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

if TYPE_CHECKING:  # QtPrintSupport is loaded on the first print or PDF, not at start-up
    pass

Clock = Callable[[], datetime]
MIN_BUTTON_HEIGHT = 44

# Qt's Markdown reader would pass raw HTML through; the loader already refuses it, and this makes sure.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)

# Black on yellow reads in light, dark and high-contrast themes alike.
FIND_BACKGROUND = QColor("#ffe45c")
FIND_FOREGROUND = QColor("#000000")


PROPORTIONAL_HEIGHT = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class PageBrowser(QTextBrowser):
    """A QTextBrowser that keeps lines to a readable length and airy spacing at any text size."""

    MAX_LINE_CHARACTERS = 76  # long lines are hard to follow; this is about a printed page's width

    CARD_TEXT_ADJUSTMENT = 1  # a card's text one step larger than the page's ("large" beside "medium")
    CARD_KIND_PROPERTY = QTextFormat.Property.UserProperty + 1  # on a card's frame format: its kind

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)

    def show_markdown(self, markdown: str) -> None:
        parts = page_parts(markdown)
        if any(part.kind for part in parts):
            self._show_cards(parts)
        else:
            self.document().setMarkdown(markdown, MARKDOWN_FEATURES)
        self._space_out()
        self._limit_line_length()

    def _show_cards(self, parts: list[PagePart]) -> None:
        """Ordinary text as Markdown; each card as its Markdown inside a coloured, padded frame."""
        groups: list[PagePart] = []
        for part in parts:  # neighbouring ordinary sections are one stretch of text
            if groups and not part.kind and not groups[-1].kind:
                groups[-1] = PagePart("", groups[-1].markdown + "\n" + part.markdown)
            else:
                groups.append(part)
        document = self.document()
        document.setMarkdown(groups[0].markdown if not groups[0].kind else "", MARKDOWN_FEATURES)
        for part in groups[1:] if not groups[0].kind else groups:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if not part.kind:
                self._insert_markdown(cursor, part.markdown)
                continue
            frame = cursor.insertFrame(self._card_format(part.kind))
            self._insert_markdown(cursor, part.markdown)
            self._colour_card(frame, part.kind)

    @staticmethod
    def _insert_markdown(cursor: QTextCursor, markdown: str) -> None:
        """Insert Markdown at the cursor. Qt merges the first inserted block into the empty one there,
        dropping its heading level; it is put back so a screen reader still hears a heading."""
        markdown = markdown.strip()
        start = cursor.position()
        cursor.insertMarkdown(markdown, MARKDOWN_FEATURES)
        level = len(markdown) - len(markdown.lstrip("#"))
        if 0 < level <= 6 and markdown[level:level + 1] == " ":
            first = QTextCursor(cursor.document().findBlock(start))
            fmt = first.blockFormat()
            fmt.setHeadingLevel(level)
            first.setBlockFormat(fmt)

    def _card_frames(self) -> list:
        return [frame for frame in self.document().rootFrame().childFrames()
                if isinstance(frame.frameFormat().property(self.CARD_KIND_PROPERTY), str)]

    def _restyle_cards(self) -> None:
        """New text size or colour scheme: the cards follow, with the page left as it is."""
        for frame in self._card_frames():
            kind = frame.frameFormat().property(self.CARD_KIND_PROPERTY)
            frame.setFrameFormat(self._card_format(kind))
            self._colour_card(frame, kind)

    def _card_format(self, kind: str) -> QTextFrameFormat:
        colours = card_colours(kind, self.palette(), high_contrast_active())
        line = self.fontMetrics().height()
        fmt = QTextFrameFormat()
        fmt.setBackground(QColor(colours.background))
        fmt.setBorder(colours.border_px)
        fmt.setBorderBrush(QColor(colours.border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(line * 0.8)
        fmt.setTopMargin(line * 0.4)
        fmt.setBottomMargin(line * 0.4)
        fmt.setProperty(self.CARD_KIND_PROPERTY, kind)
        return fmt

    def _colour_card(self, frame, kind: str) -> None:
        """The card's text in the card's colour, a step larger than the page's (headings keep theirs)."""
        colours = card_colours(kind, self.palette(), high_contrast_active())
        block = frame.firstCursorPosition().block()
        last = frame.lastCursorPosition().block()
        while block.isValid():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colours.text))
            if block.blockFormat().headingLevel() == 0:
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, self.CARD_TEXT_ADJUSTMENT)
            cursor.mergeBlockCharFormat(fmt)  # the list bullet takes the block's colour
            cursor.mergeCharFormat(fmt)
            for fragment in (it.fragment() for it in block):
                if fragment.charFormat().isAnchor():  # a link in a card: the card's colour, underlined
                    link = QTextCursor(block)
                    link.setPosition(fragment.position())
                    link.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    underline = QTextCharFormat()
                    underline.setFontUnderline(True)
                    link.mergeCharFormat(underline)
            if block == last:
                break
            block = block.next()

    def cards(self) -> list[tuple[str, str, QTextFrameFormat]]:
        """Each card on the page shown: (kind, its text as a person reads it, its frame format)."""
        found = []
        for frame in self._card_frames():
            fmt = frame.frameFormat()
            cursor = QTextCursor(self.document())
            cursor.setPosition(frame.firstPosition())
            cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            found.append((fmt.property(self.CARD_KIND_PROPERTY), cursor.selection().toPlainText(), fmt))
        return found

    def _space_out(self) -> None:
        # Spacing is set from the current font, so it grows with the app-wide text size.
        line = self.fontMetrics().height()
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            fmt = block.blockFormat()
            # Items of a list sit close together; the list as a whole is spaced like a paragraph.
            in_list = block.textList() is not None
            more_items = in_list and block.next().textList() is block.textList()
            fmt.setLineHeight(120 if in_list else 135, PROPORTIONAL_HEIGHT)
            fmt.setBottomMargin(line * (0.2 if more_items else 0.7))
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    def _limit_line_length(self) -> None:
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        readable = self.fontMetrics().averageCharWidth() * self.MAX_LINE_CHARACTERS
        # The document is laid out to the viewport's width. Not self.viewport().width(): wrapping the
        # viewport makes PySide build every QtWidgets class before the window first shows.
        width = self.document().textWidth()
        fmt.setRightMargin(max(0, width - readable - 2 * self.document().documentMargin()))
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._limit_line_length()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._restyle_cards()
            self._space_out()
            self._limit_line_length()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle_cards()


def _button(text: str, accessible: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible or text.replace("&", ""))
    button.setMinimumHeight(MIN_BUTTON_HEIGHT)
    return button


class FindBar(QWidget):
    """The find bar over an advice page: the words to find, Previous, Next, Close and how many were found.
    Hidden until asked for; the tab does the finding."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setAccessibleName(_tr("AdviceTab", "Find in advice"))
        self.field.setPlaceholderText(_tr("AdviceTab", "Type a word to find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumHeight(MIN_BUTTON_HEIGHT)
        for clear in self.field.findChildren(QToolButton):
            clear.setAccessibleName(_tr("AdviceTab", "Clear find text"))
        self.previous = _button(_tr("AdviceTab", "Previous"), _tr("AdviceTab", "Previous match"))
        self.next = _button(_tr("AdviceTab", "Next"), _tr("AdviceTab", "Next match"))
        self.close_button = _button(_tr("AdviceTab", "Close find"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleDescription(_tr("AdviceTab", "Find result"))
        label = QLabel(_tr("AdviceTab", "Fi&nd:"))
        label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        layout.addWidget(self.status)
        self.hide()


def review_words(pack: ContentPack, today: date) -> str:
    """What to say when the leaflet is past its review date; "" while it is not."""
    if not pack.review_overdue(today):
        return ""
    if pack.nhs_checked is not None:
        return fill(_tr("AdviceTab", "The hospital's leaflet this advice comes from was due for review in "
                        "%1. The advice was checked against NHS advice in %2, and it still matched."),
                    local_month_year(pack.review_due), local_month_year(pack.nhs_checked))
    return fill(_tr("AdviceTab", "The hospital's leaflet this advice comes from was due for review in %1. "
                    "Some of it may be out of date: ask your physiotherapist if anything has "
                    "changed."),
                local_month_year(pack.review_due))


class AdviceTab(QWidget):
    page_shown = Signal(str)  # page id
    feedback_recorded = Signal(str, bool)  # page id, useful
    navigate_requested = Signal(str)  # "advice", "advice:<page-id>", "exercises", "pacing", "urgent"

    def __init__(self, pack: ContentPack, store: Store, now: Clock | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._pack = pack
        self._store = store
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._current = ""
        today = self._now().astimezone().date()
        self._markdown = self._render_pages(pack, today)
        self._plain_pages: dict[str, str] | None = None  # made on the first find, not at start-up
        self._build_topics(pack)
        actions = self._build_actions()
        self.find_bar = FindBar()
        self.find_field, self.find_status = self.find_bar.field, self.find_bar.status
        self.find_previous, self.find_next, self.find_close = (
            self.find_bar.previous, self.find_bar.next, self.find_bar.close_button)
        self._build_review_notice(pack, today)
        self.browser = PageBrowser()
        self.browser.setAccessibleName(self.tr("Advice page"))
        self.browser.document().setDocumentMargin(16)
        opens_row, feedback = self._build_feedback()
        self._lay_out(actions, opens_row, feedback)
        self._connect_signals()
        self.topics.setCurrentRow(0)

    def _render_pages(self, pack: ContentPack, today: date) -> dict[str, str]:
        """Each page's Markdown with the pack's placeholders (phone numbers, dates) filled in."""
        values = placeholder_values(pack, today, local_month_year, say)
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            for key in ("phone", "pals"):  # numbers keep their own order inside right-to-left sentences
                values[key] = isolate(values[key]) if values[key] else ""
        return {p.id: render_markdown(pack, p, today, values) for p in pack.pages}

    def _build_topics(self, pack: ContentPack) -> None:
        """The list of pages down the side."""
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Advice topics"))
        self.topics.setMinimumWidth(240)
        self.topics.setMaximumWidth(340)
        self.topics.setWordWrap(True)
        # Padding, not a fixed row height, so rows grow with the app-wide text size.
        self.topics.setStyleSheet("QListWidget::item { padding: 15px 6px; }")
        for page in pack.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.id)
            self.topics.addItem(item)

    def _build_actions(self) -> QHBoxLayout:
        """Find, Print and Save as PDF above the page, with the line that says how printing went."""
        self.find_button = _button(self.tr("&Find in advice"), self.tr("Find in advice"))
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.find_button.setToolTip(fill(self.tr("Find words on every advice page (%1)"), find_keys))
        self.print_button = _button(self.tr("P&rint page…"), self.tr("Print page"))
        self.pdf_button = _button(self.tr("&Save page as PDF…"), self.tr("Save page as PDF"))
        self.pdf_status = QLabel()
        self.pdf_status.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf_status.setAccessibleDescription(self.tr("Print status"))
        actions = QHBoxLayout()
        actions.addWidget(self.find_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.pdf_status, 1)
        return actions

    def _build_review_notice(self, pack: ContentPack, today: date) -> None:
        """Shown over every page but the urgent one when the leaflet is past its review date."""
        self.review_notice = QLabel(review_words(pack, today))
        self.review_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.review_notice.setWordWrap(True)
        self.review_notice.setAccessibleDescription(self.tr("Review notice"))
        self.review_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.review_notice.setMargin(8)
        self.review_notice.setAutoFillBackground(True)
        self.review_notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        # Never above the urgent-help page: a doubt about dates must not sit over the red flags.
        self._review_overdue = pack.review_overdue(today)
        self.review_notice.hide()

    def _build_feedback(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Under the page: the button to the tab a page talks about, and "Was this page useful?"."""
        self.opens_button = _button("")
        self.opens_button.hide()
        self.feedback_question = QLabel(self.tr("Was this page useful?"))
        self.yes_button = _button(self.tr("Yes"), self.tr("Yes, this page was useful"))
        self.no_button = _button(self.tr("No"), self.tr("No, this page was not useful"))
        for b in (self.yes_button, self.no_button):
            b.setCheckable(True)
            b.setMinimumWidth(88)
        self.feedback_thanks = QLabel()
        self.feedback_thanks.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_thanks.setWordWrap(True)
        self.feedback_thanks.setAccessibleDescription(self.tr("Feedback status"))
        opens_row = QHBoxLayout()
        opens_row.addWidget(self.opens_button)
        opens_row.addStretch(1)
        feedback = QHBoxLayout()
        feedback.addWidget(self.feedback_question)
        feedback.addWidget(self.yes_button)
        feedback.addWidget(self.no_button)
        feedback.addWidget(self.feedback_thanks, 1)
        return opens_row, feedback

    def _lay_out(self, actions: QHBoxLayout, opens_row: QHBoxLayout, feedback: QHBoxLayout) -> None:
        """Topics on the left; the page, with its buttons above and below, on the right."""
        page_column = QVBoxLayout()
        page_column.addLayout(actions)
        page_column.addWidget(self.find_bar)
        page_column.addWidget(self.review_notice)
        page_column.addWidget(self.browser, 1)
        page_column.addLayout(opens_row)
        page_column.addLayout(feedback)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addLayout(page_column, 1)
        self.setTabOrder(self.topics, self.find_button)

    def _connect_signals(self) -> None:
        """The find keys and every button."""
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.open_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.next_match)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.previous_match)
        self.topics.currentRowChanged.connect(self._on_row)
        self.browser.anchorClicked.connect(self._on_link)
        self.opens_button.clicked.connect(self._on_opens)
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.find_button.clicked.connect(self.open_find)
        self.find_field.textChanged.connect(self._on_find_text)
        self.find_field.returnPressed.connect(self.next_match)
        self.find_next.clicked.connect(self.next_match)
        self.find_previous.clicked.connect(self.previous_match)
        self.find_close.clicked.connect(self.close_find)
        self.print_button.clicked.connect(self.print_page)
        self.pdf_button.clicked.connect(self.save_pdf)

    # -- pages -------------------------------------------------------------------------------------

    @property
    def _plain(self) -> dict[str, str]:
        """Each page's text as a person reads it, for find."""
        if self._plain_pages is None:
            self._plain_pages = {page_id: self._to_plain(md) for page_id, md in self._markdown.items()}
        return self._plain_pages

    @staticmethod
    def _to_plain(markdown: str) -> str:
        document = QTextDocument()
        document.setMarkdown(strip_card_marks(markdown), MARKDOWN_FEATURES)
        return document.toPlainText()

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
        self._current = page_id
        self.review_notice.setVisible(self._review_overdue and page_id != self._pack.urgent_page)
        self.browser.show_markdown(self._markdown[page_id])
        self.browser.verticalScrollBar().setValue(0)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        opens = {"pacing": self.tr("Open the Pacing tab"), "exercises": self.tr("Open the Exercises tab")}
        self.opens_button.setText(opens.get(page.opens, ""))
        self.opens_button.setAccessibleName(opens.get(page.opens, ""))
        self.opens_button.setVisible(page.opens in opens)
        self._show_feedback(page_id, just_answered=False)
        self._highlight_matches()
        self.pdf_status.clear()
        self.page_shown.emit(page_id)

    def current_page_id(self) -> str:
        return self._current

    def show_urgent_help(self) -> None:
        """Show the pack's "Get help urgently" page and put the reading focus on it."""
        self.show_page(self._pack.urgent_page)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_link(self, url: QUrl) -> None:
        # Only links between pages are followed; the loader refuses any other kind in a pack.
        if url.scheme() == PAGE_LINK_SCHEME:
            page, _, language = url.path().partition(LANGUAGE_MARK)
            if language:  # the window switches language, then shows the page
                self.navigate_requested.emit(f"language:{language}:{page}")
                return
            self.show_page(page)
            self.browser.setFocus()

    def _on_opens(self) -> None:
        page = self._pack.page(self._current)
        if page and page.opens:
            self.navigate_requested.emit(page.opens)

    # -- feedback ----------------------------------------------------------------------------------

    def _show_feedback(self, page_id: str, just_answered: bool) -> None:
        try:
            answer = self._store.feedback(page_id)
        except StoreError:
            answer = None  # reading an answer is not worth a dialog; the buttons still work
        self.yes_button.setChecked(bool(answer and answer.useful))
        self.no_button.setChecked(bool(answer and not answer.useful))
        if answer is None:
            self.feedback_thanks.clear()
        elif just_answered:
            self.feedback_thanks.setText(self.tr("Thank you. You can change your answer at any time."))
        elif answer.useful:
            self.feedback_thanks.setText(
                self.tr("You said this page was useful. You can change your answer."))
        else:
            self.feedback_thanks.setText(
                self.tr("You said this page was not useful. You can change your answer."))

    def _answer(self, useful: bool) -> None:
        page_id = self._current
        try:
            self._store.set_feedback(page_id, useful, at=self._now())
        except StoreError as exc:
            errors.show_error(self, self.tr("Answer not saved"), exc.user_message, str(exc))
            self._show_feedback(page_id, just_answered=False)
            return
        self._show_feedback(page_id, just_answered=True)
        self.feedback_recorded.emit(page_id, useful)

    # -- find --------------------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_field.clear()
        self.find_bar.hide()
        self.browser.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.close_find()
            return
        super().keyPressEvent(event)

    def _query(self) -> str:
        return self.find_field.text().strip() if self.find_bar.isVisible() else ""

    def match_counts(self) -> dict[str, int]:
        """How often the find text appears on each page (pages without it left out)."""
        query = self._query().casefold()
        if not query:
            return {}
        counts = {pid: text.casefold().count(query) for pid, text in self._plain.items()}
        return {pid: n for pid, n in counts.items() if n}

    def _on_find_text(self) -> None:
        counts = self.match_counts()
        for row, page in enumerate(self._pack.pages):
            n = counts.get(page.id, 0)
            self.topics.item(row).setText(
                fill(self.tr("%1 (%2 found)"), page.title, n) if n else page.title)
        if not self._query():
            self.find_status.clear()
        elif not counts:
            self.find_status.setText(self.tr("Not found in the advice"))
        else:
            self.find_status.setText(self.tr("Found on 1 page") if len(counts) == 1 else
                                     fill(self.tr("Found on %1 pages"), len(counts)))
        if counts and self._current not in counts:
            self.show_page(next(p.id for p in self._pack.pages if p.id in counts))
        self._highlight_matches()
        if counts:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self._select_match(backward=False)

    def _highlight_matches(self) -> None:
        query = self._query()
        selections = []
        if query:
            fmt = QTextCharFormat()
            fmt.setBackground(FIND_BACKGROUND)
            fmt.setForeground(FIND_FOREGROUND)
            document = self.browser.document()
            cursor = document.find(query, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(query, cursor)
        self.browser.setExtraSelections(selections)

    def highlighted_texts(self) -> list[str]:
        """The text of every highlighted match on the page shown (what a person sees marked)."""
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]

    def _select_match(self, backward: bool) -> bool:
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(self._query(), flags)
        if found:
            self.browser.ensureCursorVisible()
        return found

    def next_match(self) -> None:
        self._step(backward=False)

    def previous_match(self) -> None:
        self._step(backward=True)

    def _step(self, backward: bool) -> None:
        counts = self.match_counts()
        if not counts or self._select_match(backward):
            return
        ids = [p.id for p in self._pack.pages]
        start = ids.index(self._current)
        order = ids[start + 1:] + ids[:start + 1] if not backward else (ids[:start][::-1] + ids[start:][::-1])
        target = next(pid for pid in order if pid in counts)
        self.show_page(target)
        move = QTextCursor.MoveOperation
        self.browser.moveCursor(move.End if backward else move.Start)
        self._select_match(backward)

    # -- print -------------------------------------------------------------------------------------

    def _page_document(self) -> QTextDocument:
        """The page as shown, plus a line saying where a printed copy came from and how current it is."""
        document = self.browser.document().clone(self)
        document.setDefaultFont(self.browser.font())
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertText(fill(self.tr("From %1 (leaflet %2, due for review %3)."), self._pack.title,
                               self._pack.leaflet_number, month_year(self._pack.review_due)))
        return document

    def print_page(self) -> None:
        """Print the page: the print dialog at home; in a kiosk its printer, or full screen for a photo."""
        from backpain_desktop.ui import printing

        def paint(printer) -> None:
            document = self._page_document()
            document.print_(printer)
            document.deleteLater()

        title = self._pack.page(self._current).title
        done = printing.print_pages(self, paint, title=title)
        if done is printing.Printed.SENT:
            self.pdf_status.setText(self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        from backpain_desktop.ui import printing
        from backpain_desktop.ui.kiosk import is_kiosk

        if is_kiosk():
            return  # a kiosk writes no file; its button is not even shown
        path = printing.ask_save_path(self, self.tr("Save page as PDF"), f"{self._current}.pdf",
                                      self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(self._pack.page(self._current).title)
        document = self._page_document()
        document.print_(printer)
        document.deleteLater()
        if Path(path).is_file() and Path(path).stat().st_size > 0:
            self.pdf_status.setText(fill(self.tr("Saved as %1"), Path(path).name))
        else:
            errors.show_error(self, self.tr("PDF not saved"),
                              self.tr("The page could not be saved as a PDF. Check that the folder exists "
                                      "and can be written, then try again."), path)

