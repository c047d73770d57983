"""Two copies on one log: the second shows the first one's window and leaves; a stuck first copy or a
stale lock never stops the app from opening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer

from backpain_desktop.ui.single_instance import LOCK_NAME, lock_file_for, server_name

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")]


def env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def launch(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backpain_desktop", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env(), cwd=ROOT)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backpain_desktop", *args], capture_output=True, text=True,
                          env=env(), cwd=ROOT, timeout=60)


def log_text(data: Path) -> str:
    log = data / "logs" / "backpain-desktop.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.fixture
def first_copy(qtbot, tmp_path):
    """A real first copy of the app, running on its own data dir until the test ends."""
    data = tmp_path / "d"
    proc = launch("--data-dir", str(data))
    qtbot.waitUntil(lambda: "listening as" in log_text(data) or proc.poll() is not None, timeout=30_000)
    assert proc.poll() is None, proc.communicate()
    yield proc, data
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate()


def test_second_launch_brings_the_first_window_forward_and_exits(qtbot, first_copy):
    """Ensure a second launch on the same log asks the first copy to show itself and exits 0 without
    opening the log (so there is never a second writer)."""
    proc, data = first_copy
    second = run("--data-dir", str(data))
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stdout
    qtbot.waitUntil(lambda: "another launch asked for this window" in log_text(data), timeout=10_000)
    assert log_text(data).count("starting backpain-desktop") == 2
    assert log_text(data).count("listening as") == 1
    assert proc.poll() is None  # the first copy carries on


def test_a_copy_killed_by_a_crash_does_not_lock_the_person_out(qtbot, first_copy):
    """Ensure the lock left by a SIGKILLed copy is seen as stale and the next launch opens normally."""
    proc, data = first_copy
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (data / LOCK_NAME).exists()
    result = run("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    assert log_text(data).count("listening as") == 2


def test_lock_held_by_a_silent_process_still_opens_safely(tmp_path):
    """Ensure that when the lock is held but nobody answers (here: this test process holds it), the app
    neither hangs nor crashes: it opens, and the store's busy timeout guards the writes."""
    data = tmp_path / "d"
    data.mkdir()
    lock = QLockFile(str(lock_file_for(data, kiosk=False)))
    assert lock.tryLock(0)
    try:
        result = run("--smoke-test", "--data-dir", str(data))
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    assert "did not answer" in log_text(data)


def test_first_copy_that_accepts_but_never_answers_is_not_waited_for_forever(tmp_path):
    """Ensure a hung first copy (its socket accepts, nothing replies) costs the second launch only the
    handshake timeout, after which it opens."""
    data = tmp_path / "d"
    data.mkdir()
    lock_file = lock_file_for(data, kiosk=False)
    lock = QLockFile(str(lock_file))
    assert lock.tryLock(0)
    server = QLocalServer()
    QLocalServer.removeServer(server_name(lock_file))
    assert server.listen(server_name(lock_file))  # never serviced: no event loop runs meanwhile
    try:
        result = run("--smoke-test", "--data-dir", str(data))
    finally:
        server.close()
        lock.unlock()
    assert result.returncode == 0, result.stderr
    assert "visited 3 tabs" in result.stdout
    assert "did not answer" in log_text(data)


def test_launch_while_the_first_copy_is_still_starting_waits_for_it(qtbot, tmp_path):
    """Ensure a second launch that finds the lock taken before the first copy listens (it does so once
    its window is shown) keeps trying, and is answered, rather than opening a second copy."""
    data = tmp_path / "d"
    data.mkdir()
    lock_file = lock_file_for(data, kiosk=False)
    lock = QLockFile(str(lock_file))
    assert lock.tryLock(0)  # this test plays the first copy, still building its window
    second = launch("--data-dir", str(data))
    asked = []
    server = QLocalServer()
    try:
        qtbot.waitUntil(lambda: "not listening yet" in log_text(data) or second.poll() is not None,
                        timeout=30_000)
        assert second.poll() is None, second.communicate()
        QLocalServer.removeServer(server_name(lock_file))
        assert server.listen(server_name(lock_file))  # the first copy's window is up: it listens now

        def answer() -> None:
            socket = server.nextPendingConnection()
            socket.waitForReadyRead(2000)
            asked.append(bytes(socket.readLine().data()))
            socket.write(b"shown\n")
            socket.flush()
            socket.waitForBytesWritten(2000)
            socket.disconnectFromServer()

        server.newConnection.connect(answer)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, err = second.communicate()
    finally:
        server.close()
        lock.unlock()
        if second.poll() is None:
            second.kill()
            second.communicate()
    assert second.returncode == 0, err
    assert "already open" in out
    assert asked == [b"activate\n"]
    assert "did not answer" not in log_text(data)


def test_kiosk_copies_meet_in_the_temp_folder_and_write_nothing_to_the_data_folder(qtbot, tmp_path):
    """Ensure a second kiosk launch signals the first, and neither writes a lock beside the data."""
    data = tmp_path / "kiosk-data"
    first = launch("--kiosk", "--data-dir", str(data))
    try:
        lock = lock_file_for(data, kiosk=True)
        qtbot.waitUntil(lambda: lock.exists() or first.poll() is not None, timeout=30_000)
        assert first.poll() is None
        qtbot.waitUntil(lambda: _answers(lock), timeout=30_000)
        second = run("--kiosk", "--data-dir", str(data))
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
        lock_file_for(data, kiosk=True).unlink(missing_ok=True)  # stale after the kill; tidy the temp dir
    assert not data.exists() or not any(data.rglob("*"))


def _answers(lock: Path) -> bool:
    """Whether the first copy's server is up (connect only, do not ask it to do anything)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(lock))
    up = socket.waitForConnected(200)
    socket.abort()
    return up
