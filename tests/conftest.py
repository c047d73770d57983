"""Fixtures for every test, loading neither Qt nor matplotlib: an offscreen platform, a temporary data dir
for each test, a store, the English pack and a clock the test moves by hand."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every place the app could write at tmp_path, so no test touches a real profile."""
    data = tmp_path / "data"
    monkeypatch.setenv("BACKPAIN_DATA_DIR", str(data))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home" / var.lower()))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    return data


@pytest.fixture(scope="session", autouse=True)
def no_sound_server_started(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test starts a sound server by asking for one: there is sound only where a test starts it."""
    client = tmp_path_factory.mktemp("pulse") / "client.conf"
    client.write_text("autospawn = no\n", encoding="utf-8")
    os.environ["PULSE_CLIENTCONFIG"] = str(client)


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
