"""A crash at any moment loses nothing that the app had already called saved."""

from __future__ import annotations

import sys

import pytest

from tests.crash_writer import run_trials

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def test_every_acknowledged_write_survives_sigkill(tmp_path):
    """Ensure that after SIGKILL at random points every acknowledged entry and session is present, intact,
    and the database passes PRAGMA integrity_check (kills land while opening, migrating and writing)."""
    totals = run_trials(tmp_path / "log.sqlite3", trials=16, seed=8, max_acks=400)
    assert totals.open_failures == []
    assert totals.lost == []
    assert totals.integrity_failures == 0
    assert totals.trials == 16
    assert totals.entries > 100 and totals.sessions > 10  # the child really wrote while being killed
