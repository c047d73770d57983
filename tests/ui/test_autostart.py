"""The start-at-login entry appears and disappears with the setting, on each platform, and the desktop
files pass desktop-file-validate."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from backpain_desktop.ui.autostart import Autostart, desktop_exec, launch_command

ROOT = Path(__file__).resolve().parents[2]
validator = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(validator is None, reason="desktop-file-validate is not installed "
                                     "(Debian's desktop-file-utils; .ci/run installs it)")


def read_desktop(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_freedesktop_entry_appears_and_disappears(tmp_path):
    """Ensure turning it on writes ~/.config/autostart/backpain-desktop.desktop that starts the app with
    --autostart and the chosen data folder, and turning it off removes it."""
    command = ["/opt/back pain/backpain-desktop", "--autostart", "--data-dir", str(tmp_path / "my data")]
    auto = Autostart(command, system="linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert not auto.is_enabled()
    auto.set_enabled(True)
    assert auto.path() == tmp_path / "cfg" / "autostart" / "backpain-desktop.desktop"
    assert auto.is_enabled()
    desktop = read_desktop(auto.path())
    # The spec's Exec quoting, unescaped once for the string value, splits back into the same command.
    assert shlex.split(desktop["Exec"].replace("\\\\", "\\")) == command
    assert desktop["Type"] == "Application" and desktop["NoDisplay"] == "true"
    auto.set_enabled(False)
    assert not auto.path().exists() and not auto.is_enabled()
    auto.disable()  # removing twice is fine


def test_without_xdg_config_home_the_entry_goes_under_home(tmp_path):
    auto = Autostart(["backpain-desktop"], system="linux", environ={}, home=tmp_path)
    assert auto.path() == tmp_path / ".config" / "autostart" / "backpain-desktop.desktop"


def test_the_mac_launch_agent_appears_and_disappears(tmp_path):
    command = ["/Applications/Back Pain Companion.app/Contents/MacOS/backpain-desktop", "--autostart"]
    auto = Autostart(command, system="darwin", home=tmp_path)
    auto.enable()
    agent = plistlib.loads(auto.path().read_bytes())
    assert auto.path().parent == tmp_path / "Library" / "LaunchAgents"
    assert agent["ProgramArguments"] == command and agent["RunAtLoad"] is True
    assert agent["Label"] == auto.path().stem
    auto.disable()
    assert not auto.is_enabled()


class FakeWinreg:
    """The part of winreg the entry uses, holding values in a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self):
        self.values: dict[tuple[str, str], object] = {}

    class _Key:
        def __init__(self, path):
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path, reserved=0, access=0):  # noqa: N802 - winreg's names
        return self._Key(path)

    CreateKey = OpenKey

    def QueryValueEx(self, key, name):  # noqa: N802
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        return self.values[(key.path, name)], self.REG_SZ

    def SetValueEx(self, key, name, reserved, kind, value):  # noqa: N802
        self.values[(key.path, name)] = value

    def DeleteValue(self, key, name):  # noqa: N802
        if self.values.pop((key.path, name), None) is None:
            raise FileNotFoundError(name)


def test_the_windows_run_value_appears_and_disappears():
    reg = FakeWinreg()
    auto = Autostart([r"C:\Program Files\Back Pain\backpain-desktop.exe", "--autostart"], system="win32",
                     registry=reg)
    auto.enable()
    assert reg.values == {(r"Software\Microsoft\Windows\CurrentVersion\Run", "BackPainCompanion"):
                          r'"C:\Program Files\Back Pain\backpain-desktop.exe" --autostart'}
    assert auto.is_enabled() and auto.path() is None
    auto.disable()
    assert reg.values == {} and not auto.is_enabled()
    auto.disable()


def test_the_launch_command_asks_to_start_hidden():
    assert launch_command(frozen=True, executable="/opt/app/backpain-desktop") == [
        "/opt/app/backpain-desktop", "--autostart"]
    assert launch_command("/d", frozen=False, executable="/py", which=lambda _n: None) == [
        "/py", "-m", "backpain_desktop", "--autostart", "--data-dir", "/d"]
    assert launch_command(frozen=False, which=lambda _n: "/usr/bin/backpain-desktop") == [
        "/usr/bin/backpain-desktop", "--autostart"]
    assert desktop_exec(["a b", "100%"]) == '"a b" 100%%'


@needs_validator
@pytest.mark.parametrize("which", ["menu", "autostart"])
def test_desktop_files_pass_desktop_file_validate(tmp_path, which):
    """Ensure the menu entry and the autostart entry (with a path that needs quoting) are valid."""
    if which == "menu":
        path = ROOT / "resources" / "backpain-desktop.desktop"
    else:
        auto = Autostart(["/opt/back pain/backpain-desktop", "--autostart", "--data-dir", '/tmp/a "q" $x'],
                         system="linux", environ={"XDG_CONFIG_HOME": str(tmp_path)})
        auto.enable()
        path = auto.path()
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
