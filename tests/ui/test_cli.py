"""The command line and the installed package, run as a person or a clinic's IT would run them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from backpain_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, env_extra: dict | None = None, timeout: int = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "backpain_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=ROOT)


def test_version_and_help():
    assert run_app("--version").stdout.strip() == f"backpain-desktop {__version__}"
    help_text = run_app("--help").stdout
    for option in ("--data-dir", "--kiosk", "--smoke-test", "--version", "--content"):
        assert option in help_text


def test_smoke_test_exits_zero_and_writes_into_the_given_data_dir(tmp_path):
    result = run_app("--smoke-test", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    assert (tmp_path / "d" / "backpain.sqlite3").is_file()


def test_newer_database_is_refused_at_startup_and_left_alone(tmp_path):
    import sqlite3

    data = tmp_path / "d"
    data.mkdir()
    conn = sqlite3.connect(data / "backpain.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = (data / "backpain.sqlite3").read_bytes()
    result = run_app("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 3
    assert "newer version" in result.stderr
    assert (data / "backpain.sqlite3").read_bytes() == before


@pytest.mark.slow
def test_wheel_carries_resources_and_runs_from_elsewhere(tmp_path):
    """Ensure the built wheel contains resources/ and the installed app runs from any directory."""
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
                    str(ROOT)], check=True, capture_output=True, text=True, timeout=300)
    wheel = next(out.glob("backpain_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*") if p.is_file())
    assert shipped and all(f"backpain_desktop/{name}" in names for name in shipped)
    assert any(n.endswith("entry_points.txt") for n in names)
    entry_points = next(zipfile.ZipFile(wheel).read(n).decode() for n in names
                        if n.endswith("entry_points.txt"))
    assert "[gui_scripts]" in entry_points and "backpain-desktop = backpain_desktop.app:main" in entry_points

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                    "--target", str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(target))
    result = subprocess.run([sys.executable, "-m", "backpain_desktop", "--smoke-test", "--data-dir",
                             str(tmp_path / "d")], capture_output=True, text=True, env=env, cwd=elsewhere,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    where = "import backpain_desktop; print(backpain_desktop.__file__)"
    check = subprocess.run([sys.executable, "-c", where], capture_output=True, text=True, env=env,
                           cwd=elsewhere)
    assert check.stdout.strip().startswith(str(target))
