"""The Advice tab as a person uses it: reading pages, following links, finding words, answering
"Was this page useful?", printing, and reaching urgent help from anywhere."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtPrintSupport import QPrinter

from backpain_desktop.settings import load_settings, save_settings
from backpain_desktop.store import DatabaseReadOnly, Store
from backpain_desktop.ui.advice_tab import AdviceTab
from backpain_desktop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def make_tab(qtbot, paths, pack, clock):
    opened: list[Store] = []

    def make(now=clock) -> AdviceTab:
        store = Store.open(paths.database)
        opened.append(store)
        tab = AdviceTab(pack, store, now=now)
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        return tab

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def make_window(qtbot, paths, pack, clock):
    opened: list[Store] = []

    def make() -> MainWindow:
        store = Store.open(paths.database)
        opened.append(store)
        window = MainWindow(store, pack, load_settings(paths.settings_file).settings,
                            lambda s: save_settings(paths.settings_file, s), now=clock)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    for s in opened:
        s.close()


def activate(qtbot, widget) -> None:
    """Make the window the active one, so its keyboard shortcuts work as they do for a person."""
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle())


def click_topic(qtbot, tab: AdviceTab, row: int) -> None:
    rect = tab.topics.visualItemRect(tab.topics.item(row))
    qtbot.mouseClick(tab.topics.viewport(), LEFT, pos=rect.center())


def click_link(qtbot, tab: AdviceTab, words: str) -> None:
    """Click on the first place the page shows ``words`` (a link), as a person would."""
    found = tab.browser.document().find(words)
    assert not found.isNull(), f"{words!r} is not on the page"
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    point: QPoint = tab.browser.cursorRect(middle).center()
    qtbot.mouseClick(tab.browser.viewport(), LEFT, pos=point)


def shown(tab: AdviceTab) -> str:
    return tab.browser.toPlainText()


def test_every_page_opens_from_the_list_and_shows_its_title(make_tab, qtbot, pack):
    tab = make_tab()
    for row, page in reversed(list(enumerate(pack.pages))):  # the first page is already showing
        with qtbot.waitSignal(tab.page_shown):
            click_topic(qtbot, tab, row)
        assert tab.current_page_id() == page.id
        assert shown(tab).startswith(page.title)
        assert "{{" not in shown(tab)  # every placeholder was filled in


def test_links_between_pages_open_the_linked_page(make_tab, qtbot):
    tab = make_tab()
    tab.show_page("living-with-back-pain")
    click_link(qtbot, tab, "Keep active")
    assert tab.current_page_id() == "keep-active"
    assert shown(tab).startswith("Keep active")
    assert tab.topics.currentItem().text() == "Keep active"
    click_link(qtbot, tab, "Pacing")
    assert shown(tab).startswith("Pacing: a little at a time")
    tab.show_page("about")
    click_link(qtbot, tab, "Get help urgently")
    assert tab.current_page_id() == "get-help-urgently"


def test_pages_use_the_widget_font_so_the_app_text_size_applies(make_tab):
    """Ensure no page fixes its own font size: making the widget font bigger makes the page bigger."""
    tab = make_tab()
    tab.show_page("get-help-urgently")
    block = tab.browser.document().begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            assert fragment.charFormat().fontPointSize() == 0  # size comes from the document's font
        block = block.next()
    before = tab.browser.document().size().height()
    font = tab.browser.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.browser.setFont(font)
    assert tab.browser.document().defaultFont().pointSizeF() == font.pointSizeF()
    assert tab.browser.document().size().height() > 1.5 * before


def test_feedback_is_stored_can_be_changed_and_survives_a_restart(make_tab, qtbot, paths, clock):
    tab = make_tab()
    tab.show_page("medicines")
    assert not tab.yes_button.isChecked() and not tab.no_button.isChecked()
    assert tab.feedback_thanks.text() == ""
    with qtbot.waitSignal(tab.feedback_recorded):
        qtbot.mouseClick(tab.yes_button, LEFT)
    assert tab.feedback_thanks.text().startswith("Thank you")
    assert tab.yes_button.isChecked() and not tab.no_button.isChecked()
    qtbot.mouseClick(tab.no_button, LEFT)
    assert tab.no_button.isChecked() and not tab.yes_button.isChecked()
    tab.show_page("keep-active")
    assert not tab.yes_button.isChecked() and not tab.no_button.isChecked()  # answers are per page

    with Store.open(paths.database) as store:
        saved = store.feedback("medicines")
        assert (saved.useful, saved.answered_at) == (False, clock.now)
        assert store.feedback("keep-active") is None

    again = make_tab()  # a new store and tab on the same data dir: a restart
    again.show_page("medicines")
    assert again.no_button.isChecked() and not again.yes_button.isChecked()
    assert "not useful" in again.feedback_thanks.text()


def test_feedback_that_cannot_be_saved_says_so_and_shows_no_answer(qtbot, paths, pack, clock, shown_errors,
                                                                   monkeypatch):
    def read_only(*args, **kwargs):
        raise DatabaseReadOnly("attempt to write a readonly database")

    with Store.open(paths.database) as store:
        monkeypatch.setattr(store, "set_feedback", read_only)  # the disk refuses the write
        tab = AdviceTab(pack, store, now=clock)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_page("medicines")
        qtbot.mouseClick(tab.yes_button, LEFT)
        assert shown_errors and "read-only" in shown_errors[0][1]
        assert not tab.yes_button.isChecked()
        assert not tab.feedback_thanks.text().startswith("Thank you")


def test_links_work_from_the_keyboard(make_tab, qtbot):
    tab = make_tab()
    tab.show_page("medicines")
    tab.browser.setFocus()
    qtbot.keyClick(tab.browser, Qt.Key.Key_Tab)  # Tab moves to the first link on the page
    assert tab.browser.textCursor().selectedText() == "Keep active"
    qtbot.keyClick(tab.browser, Qt.Key.Key_Return)
    assert tab.current_page_id() == "keep-active"


@pytest.mark.parametrize(("today", "notice"), [
    (datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc), True),
    (datetime(2022, 11, 30, 9, 0, tzinfo=timezone.utc), False),
])
def test_review_notice_shows_only_when_the_review_date_has_passed(make_tab, today, notice):
    tab = make_tab(now=lambda: today)
    assert tab.review_notice.isVisible() is notice
    tab.show_page("about")
    assert tab.review_notice.isVisible() is notice
    if notice:
        assert tab.review_notice.text() == (
            "The hospital's leaflet this advice comes from was due for review in December 2022. The advice "
            "was checked against NHS advice in December 2026, and it still matched.")
        assert "The leaflet was due for review in December 2022, so the hospital may change it." in shown(tab)
    else:
        assert "The leaflet is due for review in December 2022." in shown(tab)
    assert "4876/VER1" in shown(tab) and "not a diagnosis" in shown(tab)


def test_review_notice_never_sits_above_the_urgent_help_page(make_tab, qtbot):
    tab = make_tab(now=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc))
    assert tab.review_notice.isVisible()
    tab.show_urgent_help()
    assert not tab.review_notice.isVisible()
    click_link(qtbot, tab, "Contact us")
    assert tab.current_page_id() == "contact-us" and tab.review_notice.isVisible()


def test_find_highlights_matches_and_moves_across_pages(make_tab, qtbot, pack):
    tab = make_tab()
    activate(qtbot, tab)
    tab.topics.setFocus()
    qtbot.keyClick(tab.topics, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.find_bar.isVisible() and tab.find_field.hasFocus()

    qtbot.keyClicks(tab.find_field, "ibuprofen")
    assert tab.current_page_id() == "medicines"  # the only page that mentions it
    assert tab.highlighted_texts() == ["ibuprofen", "ibuprofen"]
    assert tab.find_status.text() == "Found on 1 page"
    assert tab.topics.item(3).text() == "Medicines (2 found)"
    assert tab.topics.item(0).text() == "Low back pain: where to start"

    tab.find_field.clear()
    qtbot.keyClicks(tab.find_field, "PACE")
    counts = tab.match_counts()
    assert len(counts) >= 2
    assert tab.find_status.text() == f"Found on {len(counts)} pages"
    first = tab.current_page_id()
    assert [t.casefold() for t in tab.highlighted_texts()] == ["pace"] * counts[first]
    visited = {first}
    for _ in range(sum(counts.values())):
        qtbot.keyClick(tab.find_field, Qt.Key.Key_Return)
        visited.add(tab.current_page_id())
        assert tab.browser.textCursor().selectedText().casefold() == "pace"
    assert visited == set(counts)  # Next walks through every page that matches, and wraps round

    tab.show_page(first)
    tab.browser.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.mouseClick(tab.find_previous, LEFT)  # back from the first match wraps to the last page
    assert first == [p.id for p in pack.pages if p.id in counts][0]
    assert tab.current_page_id() == [p.id for p in pack.pages if p.id in counts][-1]

    qtbot.keyClick(tab.find_field, Qt.Key.Key_Escape)
    assert not tab.find_bar.isVisible()
    assert tab.highlighted_texts() == []
    assert tab.topics.item(4).text() == "Pacing: a little at a time"


def test_find_says_when_nothing_matches(make_tab, qtbot):
    tab = make_tab()
    qtbot.mouseClick(tab.find_button, LEFT)
    qtbot.keyClicks(tab.find_field, "jazz")  # no page has a "j", so no letter typed finds anything
    assert tab.find_status.text() == "Not found in the advice"
    assert tab.highlighted_texts() == []
    assert tab.current_page_id() == "living-with-back-pain"


def test_save_as_pdf_writes_the_current_page(make_tab, qtbot, tmp_path, dialogs):
    tab = make_tab()
    tab.show_page("get-help-urgently")
    dialogs.save_path = tmp_path / "urgent"
    qtbot.mouseClick(tab.pdf_button, LEFT)
    assert dialogs.asked == [("save", "get-help-urgently.pdf")]
    assert (tmp_path / "urgent.pdf").read_bytes().startswith(b"%PDF")
    assert tab.pdf_status.text() == "Saved as urgent.pdf"

    dialogs.save_path = None  # the person cancels
    qtbot.mouseClick(tab.pdf_button, LEFT)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["urgent.pdf"]


def test_print_sends_the_page_to_the_chosen_printer(make_tab, qtbot, tmp_path, dialogs):
    tab = make_tab()
    tab.show_page("medicines")
    target = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for a real printer
    printer.setOutputFileName(str(target))
    dialogs.printer_choice = printer
    qtbot.mouseClick(tab.print_button, LEFT)
    assert target.read_bytes().startswith(b"%PDF")
    assert tab.pdf_status.text() == "Sent to the printer."
    target.unlink()
    dialogs.printer_choice = None  # cancelled
    qtbot.mouseClick(tab.print_button, LEFT)
    assert not target.exists()


def test_controls_have_names_and_are_big_enough(make_tab):
    tab = make_tab()
    tab.open_find()
    for button in (tab.find_button, tab.print_button, tab.pdf_button, tab.yes_button, tab.no_button,
                   tab.find_next, tab.find_previous, tab.find_close):
        assert button.accessibleName()
        assert button.height() >= 44
    assert tab.topics.accessibleName() and tab.browser.accessibleName() and tab.find_field.accessibleName()


# -- across the window ------------------------------------------------------------------------------

def test_urgent_help_button_works_from_every_tab(make_window, qtbot):
    window = make_window()
    button = window.urgent_button
    assert button.accessibleName() == "Get help urgently"
    assert button.isVisible() and button.height() >= 44
    for index in range(window.tabs.count()):
        window.advice_tab.show_page("medicines")
        window.tabs.setCurrentIndex(index)
        qtbot.mouseClick(button, LEFT)
        assert window.tabs.currentWidget() is window.advice_tab
        assert window.advice_tab.current_page_id() == "get-help-urgently"
        assert "Call 999 or go to A&E" in window.advice_tab.browser.toPlainText()
        assert "call 111" in window.advice_tab.browser.toPlainText()


def test_urgent_help_key_works_from_every_tab(make_window, qtbot):
    window = make_window()
    activate(qtbot, window)
    for index in range(window.tabs.count()):
        window.advice_tab.show_page("medicines")
        window.tabs.setCurrentIndex(index)
        window.tabs.currentWidget().setFocus()
        qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)
        assert window.tabs.currentWidget() is window.advice_tab
        assert window.advice_tab.current_page_id() == "get-help-urgently"


def test_page_buttons_open_the_pacing_and_exercises_tabs(make_window, qtbot):
    window = make_window()
    advice = window.advice_tab
    advice.show_page("pacing")
    assert advice.opens_button.isVisible() and advice.opens_button.text() == "Open the Pacing tab"
    qtbot.mouseClick(advice.opens_button, LEFT)
    assert window.tabs.currentWidget() is window.pacing_tab

    window.navigate("advice:why-exercise")
    assert window.tabs.currentWidget() is advice and advice.current_page_id() == "why-exercise"
    assert advice.opens_button.text() == "Open the Exercises tab"
    qtbot.mouseClick(advice.opens_button, LEFT)
    assert window.tabs.currentWidget() is window.exercise_tab

    window.navigate("advice")
    assert window.tabs.currentWidget() is advice and advice.current_page_id() == "why-exercise"
    advice.show_page("medicines")
    assert not advice.opens_button.isVisible()
    window.navigate("nowhere")  # an unknown target changes nothing
    assert window.tabs.currentWidget() is advice


def test_feedback_survives_a_window_restart(make_window, qtbot):
    window = make_window()
    window.navigate("advice:keep-active")
    qtbot.mouseClick(window.advice_tab.yes_button, LEFT)
    window.close()
    again = make_window()
    again.navigate("advice:keep-active")
    assert again.advice_tab.yes_button.isChecked()
    assert "You said this page was useful" in again.advice_tab.feedback_thanks.text()


# -- the urgent-help page as cards ------------------------------------------------------------------

def card_texts(tab: AdviceTab) -> dict[str, str]:
    return {kind: text for kind, text, _fmt in tab.browser.cards()}


def test_urgent_page_shows_a_red_999_card_an_amber_111_card_then_a_see_a_gp_card(make_tab):
    """Ensure the red flags are drawn as the NHS emergency card, the urgent card and the routine one."""
    tab = make_tab()
    tab.show_urgent_help()
    cards = tab.browser.cards()
    assert [kind for kind, _text, _fmt in cards] == ["emergency", "urgent", "routine"]
    texts = card_texts(tab)
    assert texts["emergency"].startswith("Call 999 or go to A&E now\n")
    assert "pain, tingling, weakness or numbness in both legs" in texts["emergency"]
    assert texts["urgent"].startswith("Get an urgent GP appointment or call 111\n")
    assert "the pain gets worse when you sneeze, cough or poo" in texts["urgent"]
    assert texts["routine"].startswith("See a GP if\n")
    page = shown(tab)
    calm = page.index("These problems are rare. Most back pain is not caused by anything serious.")
    assert calm < page.index("Call 999 or go to A&E now") < page.index("call 111") < page.index("See a GP if")
    assert "{." not in page  # the card marks are not shown
    emergency = cards[0][2]
    assert emergency.background().color().name() == "#d5281b"


def _fragments_in(tab: AdviceTab, fmt):
    """(text, character format, heading level) of every piece of text in the card framed by ``fmt``."""
    frame = next(f for f in tab.browser.document().rootFrame().childFrames() if f.frameFormat() == fmt)
    block = frame.firstCursorPosition().block()
    end = frame.lastPosition()
    while block.isValid() and block.position() <= end:
        for fragment in (it.fragment() for it in block):
            yield (fragment.text(), fragment.charFormat(), block.blockFormat().headingLevel())
        block = block.next()


@pytest.mark.parametrize("look", ["light", "dark", "high contrast light", "high contrast dark"])
def test_every_word_on_the_urgent_page_has_at_least_4_5_to_1_contrast(make_tab, look):
    """Ensure the card text can be read in each scheme: contrast computed from the colours drawn."""
    from PySide6.QtGui import QTextFormat

    from backpain_desktop.ui.theme import contrast_ratio, dark_palette, high_contrast_palette

    tab = make_tab()
    app = QGuiApplication.instance()
    before = app.palette()
    palettes = {"light": app.style().standardPalette(), "dark": dark_palette(),
                "high contrast light": high_contrast_palette(False),
                "high contrast dark": high_contrast_palette(True)}
    high = look.startswith("high")
    app.setProperty("backpainHighContrast", high)
    try:
        tab.browser.setPalette(palettes[look])  # a scheme change: the cards are coloured again
        tab.show_urgent_help()
        floor = 7.0 if high else 4.5
        base = tab.browser.palette().color(tab.browser.palette().ColorRole.Base)
        ratios = {}
        for kind, _text, fmt in tab.browser.cards():
            background = fmt.background().color()
            for text, char, heading in _fragments_in(tab, fmt):
                if not text.strip():
                    continue
                ratio = contrast_ratio(char.foreground().color(), background)
                ratios[kind] = min(ratios.get(kind, 99), ratio)
                if heading == 0:  # body text a step larger than the page's
                    assert char.property(QTextFormat.Property.FontSizeAdjustment) == 1
            if fmt.border() == 0:  # no outline: the card itself must stand out from the page
                assert contrast_ratio(background, base) >= 3.0
        assert set(ratios) == {"emergency", "urgent", "routine"}
        assert min(ratios.values()) >= floor, ratios
    finally:
        app.setProperty("backpainHighContrast", None)
        app.setPalette(before)


def test_cards_follow_a_change_of_colour_scheme(make_tab):
    from backpain_desktop.ui.theme import dark_palette

    tab = make_tab()
    tab.show_urgent_help()
    routine = {k: f for k, _t, f in tab.browser.cards()}["routine"]
    light_base = routine.background().color().name()
    tab.browser.setPalette(dark_palette())
    routine = {k: f for k, _t, f in tab.browser.cards()}["routine"]
    assert routine.background().color().name() == "#17181a" != light_base


def test_find_reaches_words_on_the_cards(make_tab, qtbot):
    tab = make_tab()
    tab.open_find()
    qtbot.keyClicks(tab.find_field, "sneeze")
    assert tab.current_page_id() == "get-help-urgently"
    assert tab.highlighted_texts() == ["sneeze"]


def test_urgent_button_is_red_with_white_bold_text_in_every_tab(make_window, qtbot):
    from PySide6.QtGui import QColor

    from backpain_desktop.ui.theme import contrast_ratio

    window = make_window()
    button = window.urgent_button
    assert button.text().replace("&", "") == "Get help urgently"
    assert button.font().bold() and button.font().pointSizeF() > window.font().pointSizeF()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert button.isVisible()
        image = button.grab().toImage()
        middle = QColor(image.pixel(4, image.height() // 2))  # inside the border, left of the words
        assert contrast_ratio(middle, QColor("#d5281b")) < 1.1  # the NHS emergency red
        assert contrast_ratio(QColor("#ffffff"), middle) >= 4.5
