"""Start at login, if the person chooses: writes and removes the platform's own autostart entry.

- Linux and other freedesktop systems: ``$XDG_CONFIG_HOME/autostart/backpain-desktop.desktop``.
- Windows: a value in ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: ``~/Library/LaunchAgents/<bundle id>.plist`` with ``RunAtLoad``.

Each starts the app with ``--autostart`` (it opens hidden in the tray) and keeps a chosen ``--data-dir``.
Off by default: nothing is written until the person turns it on. No Qt here, so it tests without a display.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backpain_desktop import APP_DISPLAY_NAME, APP_NAME

AUTOSTART_FLAG = "--autostart"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE = "BackPainCompanion"
MAC_LABEL = "org.backpain-desktop.autostart"


def launch_command(data_dir: str | None = None, *, frozen: bool | None = None,
                   executable: str | None = None, which=shutil.which) -> list[str]:
    """How to start this app again: the bundle's own program, the installed command, or the module."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        command = [executable]
    elif which(APP_NAME):
        command = [str(which(APP_NAME))]
    else:
        command = [executable, "-m", "backpain_desktop"]
    command.append(AUTOSTART_FLAG)
    if data_dir:
        command += ["--data-dir", str(data_dir)]
    return command


def desktop_exec(command: Sequence[str]) -> str:
    """An ``Exec=`` value: each argument quoted as the Desktop Entry spec asks when it needs it."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if any(c in reserved for c in arg) or not arg:
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        parts.append(arg)
    # The value is itself a string value: its backslashes are escaped once more.
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], comment: str) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_DISPLAY_NAME}",
        f"Comment={comment}",
        f"Exec={desktop_exec(command)}",
        f"Icon={APP_NAME}",
        "Terminal=false",
        "NoDisplay=true",  # an autostart entry, not a second menu item
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


class Autostart:
    """The autostart entry for one platform. ``system`` is ``sys.platform``; ``environ``, ``home`` and
    ``registry`` (a ``winreg``-like module) are there so tests can point them elsewhere."""

    def __init__(self, command: Sequence[str], *, system: str = sys.platform,
                 environ: Mapping[str, str] | None = None, home: Path | None = None, registry=None,
                 comment: str = "Starts the app hidden in the tray, for your reminders."):
        self.command = list(command)
        self.system = system
        self._environ = os.environ if environ is None else environ
        self._home = home
        self._registry = registry
        self.comment = comment

    @property
    def home(self) -> Path:
        return self._home if self._home is not None else Path(self._environ.get("HOME") or Path.home())

    @property
    def kind(self) -> str:
        if self.system.startswith("win"):
            return "windows"
        if self.system == "darwin":
            return "mac"
        return "freedesktop"

    def path(self) -> Path | None:
        """The file written (None on Windows, where it is a registry value)."""
        if self.kind == "freedesktop":
            config = self._environ.get("XDG_CONFIG_HOME") or str(self.home / ".config")
            return Path(config) / "autostart" / f"{APP_NAME}.desktop"
        if self.kind == "mac":
            return self.home / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"
        return None

    def _winreg(self):
        if self._registry is None:
            import winreg  # Windows only

            self._registry = winreg
        return self._registry

    def is_enabled(self) -> bool:
        if self.kind == "windows":
            reg = self._winreg()
            try:
                with reg.OpenKey(reg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                    reg.QueryValueEx(key, WINDOWS_VALUE)
                return True
            except OSError:
                return False
        path = self.path()
        return path is not None and path.is_file()

    def enable(self) -> None:
        """Write the entry. Raises OSError when it cannot be written."""
        if self.kind == "windows":
            reg = self._winreg()
            line = " ".join(f'"{a}"' if " " in a else a for a in self.command)
            with reg.CreateKey(reg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                reg.SetValueEx(key, WINDOWS_VALUE, 0, reg.REG_SZ, line)
            return
        path = self.path()
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.kind == "mac":
            data = plistlib.dumps({"Label": MAC_LABEL, "ProgramArguments": self.command,
                                   "RunAtLoad": True, "ProcessType": "Interactive"})
            path.write_bytes(data)
        else:
            path.write_text(desktop_entry(self.command, self.comment), encoding="utf-8")

    def disable(self) -> None:
        """Remove the entry; nothing happens when there is none. Raises OSError when it cannot be removed."""
        if self.kind == "windows":
            reg = self._winreg()
            try:
                with reg.OpenKey(reg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                    reg.DeleteValue(key, WINDOWS_VALUE)
            except FileNotFoundError:
                pass
            return
        path = self.path()
        if path is not None:
            path.unlink(missing_ok=True)

    def set_enabled(self, on: bool) -> None:
        self.enable() if on else self.disable()
