"""One copy of the app per log: a second launch brings the running window to the front and exits.

Exclusivity is a ``QLockFile`` beside the log (in the temp folder for a kiosk, which writes nothing to the
data folder). The copy holding the lock also listens on a ``QLocalServer``; a later copy that finds the
lock taken connects with a ``QLocalSocket``, asks the first copy to show itself and, once it answers,
exits. If the first copy does not answer (hung, or a lock left by a copy that is not ours), the later
copy opens anyway: the store's busy timeout and one-transaction writes keep two writers safe, they only
make one wait.

A lock whose owner has died (a crash, a power cut) is stale: ``QLockFile`` sees that its process is gone
and takes it over, so a crash never locks a person out of their own log.

Start-up only needs the lock (QtCore). QtNetwork is loaded when the first copy starts listening, which
``app.main`` does once the window is on screen, or when the lock is found taken. A later copy that finds
the lock taken before the first one listens keeps trying to connect for the handshake timeout.
"""

from __future__ import annotations

import enum
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_NAME = "backpain-desktop.lock"
ACTIVATE = b"activate\n"
ANSWER = b"shown\n"
HANDSHAKE_TIMEOUT_MS = 2000
CONNECT_RETRY_S = 0.05  # between attempts to reach a first copy that has the lock but is not listening yet


class Outcome(enum.Enum):
    FIRST = "first"  # this copy holds the lock: carry on
    SIGNALLED = "signalled"  # another copy has shown its window: exit
    UNGUARDED = "unguarded"  # no lock and no answer: open anyway, safely


def lock_file_for(data_dir: Path, kiosk: bool) -> Path:
    """The lock beside the log; for a kiosk, which writes nothing to a data folder, in the temp folder
    (named after the data folder, so two kiosks configured on different folders stay apart)."""
    if not kiosk:
        return Path(data_dir) / LOCK_NAME
    return Path(QDir.tempPath()) / f"backpain-desktop-kiosk-{_digest(data_dir)[:12]}.lock"


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or password database
        return "user"


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(f"{_user()}\n{Path(path).resolve()}".encode("utf-8", "surrogatepass")).hexdigest()


def server_name(lock_file: Path) -> str:
    """A short local-socket name unique to this user and lock (socket paths are limited to ~100 chars)."""
    return "backpain-desktop-" + _digest(lock_file)[:20]


class SingleInstance(QObject):
    """Hold the lock and answer later copies; :attr:`activation_requested` fires when one asks."""

    activation_requested = Signal()

    def __init__(self, lock_file: Path, parent: QObject | None = None,
                 handshake_timeout_ms: int = HANDSHAKE_TIMEOUT_MS):
        super().__init__(parent)
        self.lock_file = Path(lock_file)
        self._name = ""
        self._timeout = handshake_timeout_ms
        self._lock = QLockFile(str(self.lock_file))
        # Zero: never call a lock stale by its age (a person may keep the app open for weeks); it is
        # stale only when the process that wrote it is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self.window: QWidget | None = None

    @property
    def name(self) -> str:
        if not self._name:
            self._name = server_name(self.lock_file)
        return self._name

    def acquire(self) -> Outcome:
        """Take the lock, or ask the copy holding it to show itself. The first copy must then call
        :meth:`listen` (``app.main`` does once its window is on screen) to answer later copies."""
        if self._lock.tryLock(0):
            return Outcome.FIRST
        error = self._lock.error()
        if error != QLockFile.LockError.LockFailedError:
            # No permission or an unknown error: the folder is read-only or odd. Nothing to signal.
            log.warning("single instance: cannot take the lock %s (%s)", self.lock_file, error)
            return Outcome.UNGUARDED
        if self._ask_first_copy():
            return Outcome.SIGNALLED
        log.warning("single instance: another copy holds the lock but did not answer; opening anyway")
        return Outcome.UNGUARDED

    def listen(self) -> None:
        """Answer later copies from now on. Only once the lock is held; does nothing otherwise."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file left by a crashed copy is ours to clear.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server
        log.info("single instance: holding %s, listening as %s", self.lock_file, self.name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 64:  # not our protocol: do not buffer whatever it is
                socket.abort()
            return
        line = bytes(socket.readLine().data())
        if line != ACTIVATE:
            socket.abort()
            return
        log.info("single instance: another launch asked for this window")
        self.activation_requested.emit()
        socket.write(ANSWER)
        socket.flush()
        socket.disconnectFromServer()

    def _ask_first_copy(self) -> bool:
        """Before the event loop runs, so the blocking waits are fine and bounded."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        # A first copy still building its window holds the lock but listens only once the window is
        # shown: retry while there is no server yet, up to the handshake timeout.
        deadline = time.monotonic() + self._timeout / 1000
        waited = False
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(self._timeout):
                break
            not_yet = socket.error() in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                         QLocalSocket.LocalSocketError.ConnectionRefusedError)
            if not not_yet or time.monotonic() + CONNECT_RETRY_S >= deadline:
                return False
            if not waited:
                log.info("single instance: the copy holding the lock is not listening yet; waiting")
                waited = True
            socket.abort()
            time.sleep(CONNECT_RETRY_S)
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(self._timeout):
            socket.abort()
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(self._timeout):
            answer += bytes(socket.readAll().data())
        socket.abort()
        return answer == ANSWER

    def attach(self, window: QWidget) -> None:
        """Bring ``window`` to the front whenever a later launch asks."""
        self.window = window
        self.activation_requested.connect(self._raise_window)

    def _raise_window(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
