"""The translation sources stay in step with the code, and each committed .qm is what its .ts compiles to."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from backpain_desktop.devtools import translations as tool

TRANSLATIONS = tool.TRANSLATIONS


def _sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context, re.S).group(1)
        found |= {(name, s) for s in re.findall(r"<source>(.*?)</source>", context, re.S)}
    return found


def test_every_language_has_a_source_file():
    for code in tool.LANGUAGES:
        assert (TRANSLATIONS / f"backpain_{code}.ts").exists(), code


def test_ts_files_hold_every_string_in_the_code(tmp_path, monkeypatch):
    """Fails when a string was added or changed without `python -m backpain_desktop.devtools.translations
    update`, so translators always see every string the app shows."""
    fresh = tmp_path / "translations"
    fresh.mkdir()
    monkeypatch.setattr(tool, "TRANSLATIONS", fresh)
    monkeypatch.setattr(tool, "LANGUAGES", ("xx",))
    tool.update([])
    expected = _sources(fresh / "backpain_xx.ts")
    assert len(expected) > 400
    for code in ("pl", "ar"):
        committed = _sources(TRANSLATIONS / f"backpain_{code}.ts")
        assert expected - committed == set(), f"run the update devtool: new strings missing from {code}"


@pytest.mark.parametrize("qm", sorted(TRANSLATIONS.glob("backpain_*.qm")), ids=lambda p: p.name)
def test_committed_qm_matches_its_ts(qm, tmp_path):
    ts = qm.with_suffix(".ts")
    assert ts.exists(), f"{qm.name} has no .ts source"
    fresh = tmp_path / qm.name
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), \
        "run: python -m backpain_desktop.devtools.translations compile"


def test_tools_are_there():
    assert Path(tool.tool("pyside6-lupdate")).exists() or shutil.which("pyside6-lupdate")
