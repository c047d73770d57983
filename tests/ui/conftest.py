"""Fixtures for the tests that build windows: the chart libraries loaded once, English plurals installed,
dialogs recorded instead of shown, and the application's look put back after a window changed it.
Every test in this folder is marked ``gui``."""

from __future__ import annotations

import os

import pytest

from backpain_desktop.qt_workarounds import lighten_import_scan, protect_none_refcount

lighten_import_scan()
protect_none_refcount()  # PySide6 6.12 on Python < 3.12 would otherwise abort after a few thousand Qt calls

HERE = os.path.dirname(os.path.abspath(__file__))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.path).startswith(HERE + os.sep):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def chart_worker(tmp_path_factory):
    """One chart worker for tests that build a chart without a window; matplotlib and numpy are loaded
    on it once, before any test. The app keeps its own sound and speech loading apart from the chart
    thread's (its ``native_loading`` lock); pytest-qt's message handler would make any other Qt plug-in
    that logs while it loads a hazard too, so tests never overlap them."""
    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path_factory.mktemp("matplotlib")))
    from backpain_desktop.ui.chart_thread import ChartWorker

    worker = ChartWorker()
    worker.preload().result(timeout=120)
    return worker


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """English as the app installs it at start: its plural forms ("1 rep", "2 reps") come from a .qm."""
    from backpain_desktop.paths import resource_path
    from backpain_desktop.ui.i18n import Languages

    Languages(resource_path("translations")).install("en")


class ScriptedDialogs:
    """Stands in for ui/dialogs.py's boxes: answers from a script, records what was shown and asked."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []  # (title, message) of each error box
        self.asked: list[tuple] = []  # each question and picker, in order
        self.ask_answer = False  # a yes/no question: "no" changes least
        self.confirm_answer = True
        self.save_path = None  # what the save picker returns; None: cancelled
        self.open_path = None
        self.printer_choice = None  # what the print dialog returns; None: cancelled
        self.baseline_result = None
        self.flare_plan = None

    def show_error(self, parent, title, message, details=""):
        self.errors.append((title, message))

    def ask(self, parent, title, message, yes, no):
        self.asked.append(("ask", message, yes, no))
        return self.ask_answer

    def confirm(self, parent, title, text, yes_text):
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def save_file(self, parent, title, suggested, filters):
        self.asked.append(("save", suggested))
        return self.save_path

    def open_file(self, parent, title, filters):
        self.asked.append(("open",))
        return self.open_path

    def printer(self, parent, title=""):
        self.asked.append(("printer", title))
        return self.printer_choice

    def baseline(self, parent, activity, unit, tries, today):
        self.asked.append(("baseline", activity, unit, tries))
        return self.baseline_result

    def flareup_plan(self, parent, plan):
        self.asked.append(("flare plan", plan))
        return self.flare_plan

    def split_task(self, parent, activity, block):
        self.asked.append(("split", activity, block))


@pytest.fixture(autouse=True)
def dialogs():
    """No test opens a real modal box: every one is answered by a script the test can set."""
    from backpain_desktop.ui import dialogs as real

    scripted = ScriptedDialogs()
    previous = real.use(scripted)
    yield scripted
    real.use(previous)


@pytest.fixture
def shown_errors(dialogs):
    """What the error boxes would have said: (title, message) each."""
    return dialogs.errors


@pytest.fixture
def restore_app_look(qapp):
    """A MainWindow changes application-wide state (theme, text size, kiosk, reduced motion); tests that
    build one ask for this so the tests after them see the default look."""
    from PySide6.QtWidgets import QStyleFactory

    font, palette = qapp.font(), qapp.palette()
    style = getattr(qapp.style(), "base_name", qapp.style().name())
    yield
    qapp.setProperty("backpainKiosk", False)
    qapp.setProperty("backpainReducedMotion", None)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


