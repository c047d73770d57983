"""The desktop's D-Bus services the reminders use: freedesktop notifications, and idle or locked screen.

Notifications go through the freedesktop Notifications API (``Notify`` with actions, ``ActionInvoked``
back), so a real notification server (GNOME Shell, KDE Plasma, dunst, mako, xfce4-notifyd) shows them and
acts on a click. The messages are built with ``jeepney``: PySide6's QtDBus cannot send the uint32
``replaces_id`` that ``Notify`` takes (its QDBusArgument writes every Python int as a uint16, and a
QVariant of uint cannot be made from Python), and the servers refuse the call. Incoming messages are read
when Qt's event loop sees the socket readable (QSocketNotifier), so nothing waits in a thread.

Idle and locked screen, Linux only: ``org.freedesktop.ScreenSaver`` and ``org.gnome.ScreenSaver``
``GetActive`` on the session bus, then systemd-logind's ``LockedHint`` and ``IdleHint`` for this session
on the system bus. Elsewhere, or where none answers, it cannot be told.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from backpain_desktop import APP_DISPLAY_NAME, APP_NAME

log = logging.getLogger(__name__)

NOTIFY_TIMEOUT_S = 2.0   # a notification server that does not answer in this time is not waited for
IDLE_TIMEOUT_S = 0.5
BUS_NAME = "org.freedesktop.Notifications"
BUS_PATH = "/org/freedesktop/Notifications"


class DBusNotifier(QObject):
    """Sends notifications to the session's notification server and reports which action was clicked."""

    action_invoked = Signal(int, str)  # notification id, action key

    def __init__(self, address: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._address = address
        self._conn = None
        self._tried = False
        self._signals: deque = deque(maxlen=64)
        self._filters: list = []
        self._watcher: QSocketNotifier | None = None
        self.sent: set[int] = set()

    def _connect(self):
        if self._conn is not None or self._tried:
            return self._conn
        self._tried = True
        address = self._address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            return None
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus=address)
            for member in ("ActionInvoked", "NotificationClosed"):
                rule = MatchRule(type="signal", interface=BUS_NAME, member=member, path=BUS_PATH)
                conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=NOTIFY_TIMEOUT_S)
                self._filters.append(conn.filter(rule, queue=self._signals))
        except (ImportError, OSError, TimeoutError, ValueError, KeyError, RuntimeError) as exc:
            log.info("no session bus for notifications: %s", exc)
            return None
        self._conn = conn
        self._watcher = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watcher.activated.connect(self._read)
        return conn

    def available(self) -> bool:
        return self._connect() is not None

    def notify(self, summary: str, body: str, actions: list[tuple[str, str]],
               replaces: int = 0) -> int | None:
        """Show a notification; its id, or None when no server took it."""
        conn = self._connect()
        if conn is None:
            return None
        from jeepney import DBusAddress, new_method_call

        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        call = new_method_call(DBusAddress(BUS_PATH, bus_name=BUS_NAME, interface=BUS_NAME), "Notify",
                               "susssasa{sv}i",
                               (APP_DISPLAY_NAME, replaces, APP_NAME, summary, body, flat,
                                {"desktop-entry": ("s", APP_NAME), "urgency": ("y", 1)}, -1))
        try:
            reply = conn.send_and_get_reply(call, timeout=NOTIFY_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError) as exc:
            log.warning("notification not sent: %s", exc)
            self._drop()
            return None
        self._dispatch()
        if reply.header.message_type.name != "method_return":
            log.warning("notification refused: %s", reply.body)
            return None
        nid = int(reply.body[0])
        self.sent.add(nid)
        return nid

    def _read(self, *_args) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError, EOFError) as exc:
            log.info("notification bus closed: %s", exc)
            self._drop()
        self._dispatch()

    def _dispatch(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(_member_field())
            nid = int(message.body[0])
            if nid not in self.sent:
                continue  # another app's notification
            if member == "ActionInvoked":
                self.action_invoked.emit(nid, str(message.body[1]))
            elif member == "NotificationClosed":
                self.sent.discard(nid)

    def _drop(self) -> None:
        if self._watcher is not None:
            self._watcher.setEnabled(False)
            self._watcher.deleteLater()
            self._watcher = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None

    def close(self) -> None:
        self._drop()


def _member_field():
    from jeepney.low_level import HeaderFields

    return HeaderFields.member


class IdleWatcher:
    """Whether the person is at the computer: False while the screen is locked or the session idle,
    None where the system cannot tell (see the module docstring for which systems are asked)."""

    def __init__(self, session_address: str | None = None, system_address: str | None = None):
        self._session_address = session_address
        self._system_address = system_address
        self._session = None
        self._system = None
        self._dead: set[str] = set()

    def _bus(self, which: str):
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return None
        if which == "session":
            if self._session is None and "session" not in self._dead:
                address = self._session_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
                try:
                    self._session = open_dbus_connection(bus=address) if address else None
                except (OSError, TimeoutError, ValueError, KeyError, RuntimeError):
                    self._session = None
                if self._session is None:
                    self._dead.add("session")
            return self._session
        if self._system is None and "system" not in self._dead:
            try:
                self._system = open_dbus_connection(bus=self._system_address or "SYSTEM")
            except (OSError, TimeoutError, ValueError, KeyError, RuntimeError):
                self._dead.add("system")
        return self._system

    def _call(self, which: str, name: str, path: str, interface: str, method: str,
              signature: str | None = None, body: tuple = ()):
        from jeepney import DBusAddress, new_method_call

        conn = self._bus(which)
        if conn is None:
            return None
        call = new_method_call(DBusAddress(path, bus_name=name, interface=interface), method, signature, body)
        try:
            reply = conn.send_and_get_reply(call, timeout=IDLE_TIMEOUT_S)
        except (OSError, TimeoutError, ValueError):
            return None
        if reply.header.message_type.name != "method_return":
            return None
        return reply.body[0]

    def active(self) -> bool | None:
        known = False
        for name, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                           ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
            if name in self._dead:
                continue
            locked = self._call("session", name, path, name, "GetActive")
            if locked is None:
                self._dead.add(name)
                continue
            known = True
            if locked:
                return False
        if "logind" not in self._dead:
            hints = [self._call("system", "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
                                "org.freedesktop.DBus.Properties", "Get", "ss",
                                ("org.freedesktop.login1.Session", hint))
                     for hint in ("LockedHint", "IdleHint")]
            values = [h[1] for h in hints if isinstance(h, tuple) and len(h) == 2]
            if not values:
                self._dead.add("logind")
            else:
                known = True
                if any(values):
                    return False
        return True if known else None

    def close(self) -> None:
        for conn in (self._session, self._system):
            if conn is not None:
                with contextlib.suppress(OSError):
                    conn.close()
        self._session = self._system = None
