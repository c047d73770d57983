"""Shared fixtures: every test runs offscreen, on its own temporary data dir, with dialogs recorded."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from backpain_desktop.qt_workarounds import lighten_import_scan, protect_none_refcount  # noqa: E402

lighten_import_scan()
protect_none_refcount()  # PySide6 6.12 on Python < 3.12 would otherwise abort after a few thousand Qt calls


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


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every place the app could write at tmp_path, so no test touches a real profile."""
    data = tmp_path / "data"
    monkeypatch.setenv("BACKPAIN_DATA_DIR", str(data))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home" / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    return data


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


@pytest.fixture
def paths(isolated_paths: Path):
    from backpain_desktop.paths import AppPaths

    resolved = AppPaths.resolve(isolated_paths)
    resolved.ensure()
    return resolved


@pytest.fixture
def store(paths):
    from backpain_desktop.store import Store

    opened = Store.open(paths.database)
    yield opened
    opened.close()


@pytest.fixture
def pack():
    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.paths import resource_path

    return load_pack(resource_path("content", "en-GB"))


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
