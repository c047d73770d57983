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
def chart_libraries_loaded(tmp_path_factory):
    """matplotlib and numpy are loaded once, before any test. The app keeps its own sound and speech
    loading apart from the chart thread's (chart_thread.NATIVE_LOADING); pytest-qt's message handler
    would make any other Qt plug-in that logs while it loads a hazard too, so tests never overlap them."""
    os.environ.setdefault("MPLCONFIGDIR", str(tmp_path_factory.mktemp("matplotlib")))
    from backpain_desktop.ui import chart_thread

    chart_thread.preload().result(timeout=120)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """English as the app installs it at start: its plural forms ("1 rep", "2 reps") come from a .qm."""
    from backpain_desktop.paths import resource_path
    from backpain_desktop.ui.i18n import Languages

    Languages(resource_path("translations")).install("en")


@pytest.fixture
def shown_errors():
    """Record what errors.show_error would put in a dialog, instead of blocking on it."""
    from backpain_desktop.ui import errors

    shown: list[tuple[str, str]] = []
    previous = errors.set_presenter(lambda parent, title, message, details: shown.append((title, message)))
    yield shown
    errors.set_presenter(previous)


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


