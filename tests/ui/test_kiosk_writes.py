"""A whole kiosk visit writes no file: watched with strace, every open for writing, create, rename, link,
unlink and mkdir the app makes is checked against the one allowance (the single-instance lock and its
socket in the temp folder).

The visit (tests/kiosk_visit.py) reads an advice page by dragging, logs an activity by taps, works out and
prints a pacing plan, runs an exercise timer on a fake clock, prints the advice page and the exercise
sheet and presses "Finish and clear". Offscreen Qt has no printer, so every print here is the kiosk's
"shown full screen for a photo" path.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VISIT = ROOT / "tests" / "kiosk_visit.py"
STEPS = ("read an advice page by dragging", "print the advice page",
         "log walked 20 minutes, pain 4 before, 5 after", "work out a pacing plan and print it",
         "run an exercise timer", "print the exercise sheet", "finish and clear")
CALLS = ("open", "openat", "creat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir", "unlink",
         "unlinkat", "link", "linkat", "symlink", "symlinkat", "truncate", "execve")
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
LINE = re.compile(r"^(\d+)\s+(\w+)\((.*)$")  # also "<unfinished ...>" lines: another thread ran meanwhile
PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def writes_in(trace: str) -> list[tuple[int, str, list[str]]]:
    """(pid, call, paths) of every call in an ``strace -f`` log that writes, makes or removes a file."""
    found = []
    for line in trace.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        pid, call, args = int(match[1]), match[2], match[3]
        paths = PATH.findall(args)
        if call == "execve":
            continue
        if call in ("open", "openat") and not WRITE_FLAGS.search(args):
            continue
        found.append((pid, call, paths))
    return found


def allowed(path: str, temp: str, runtime: str) -> bool:
    """The lock and socket in the temp folder (QLocalServer binds its socket in a private folder it makes
    and removes at once), devices, and the session's runtime folder (kept in memory; sound and speech
    servers a desktop session runs keep their sockets there)."""
    name = Path(path).name
    if path.startswith("/dev/"):
        return True
    if runtime and (path == runtime or path.startswith(runtime + "/")):
        return True
    if str(Path(path).parent) == temp and name.startswith("backpain-desktop-"):
        return True
    # QLocalServer: mkdtemp-style "<temp>/.XXXXXX" and "<temp>/.XXXXXX/s", renamed to the lock's socket
    return bool(re.fullmatch(re.escape(temp) + r"/\.[A-Za-z0-9]{6}(/s)?", path))


@pytest.mark.slow
@pytest.mark.timeout(400)  # a whole visit under strace, on a machine that may be busy
@pytest.mark.skipif(shutil.which("strace") is None or not sys.platform.startswith("linux"),
                    reason="needs strace (Linux; installed by .ci/run)")
def test_a_whole_kiosk_visit_writes_no_file(tmp_path):
    """Ensure nothing a patient does in the kiosk reaches the disk: no settings, caches, logs or PDFs."""
    temp = tmp_path / "temp"
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (temp, home, runtime):
        folder.mkdir(exist_ok=True)
    runtime.chmod(0o700)
    screen = tmp_path / "screen.json"  # a 1920×1080 kiosk screen for Qt's offscreen platform
    screen.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920,
                                               "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    data = tmp_path / "clinic"
    trace = tmp_path / "trace.txt"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home), "TMPDIR": str(temp), "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        # The interpreter's own byte-code cache is not the app's (a bundle ships it compiled).
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(ROOT),
        # A kiosk's session already runs its sound server; the visit must not start one of its own.
        "PULSE_CLIENTCONFIG": os.environ["PULSE_CLIENTCONFIG"],
    }
    result = subprocess.run(
        ["strace", "-f", "-qq", "-o", str(trace), "-e", "trace=" + ",".join(CALLS),
         sys.executable, str(VISIT), str(data)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=360)
    done = [line for line in result.stdout.splitlines() if line.startswith("STEP ")]
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert [line.split(" ok")[0].removeprefix("STEP ") for line in done] == list(STEPS), done

    text = trace.read_text(errors="replace")
    app_pid = int(LINE.match(text.splitlines()[0])[1])
    outside = [(pid, call, paths) for pid, call, paths in writes_in(text)
               if not all(allowed(p, str(temp), str(runtime)) for p in paths)]
    assert outside == [], "\n".join(f"{'app' if pid == app_pid else pid} {call} {paths}"
                                    for pid, call, paths in outside)
    assert not data.exists()
    assert list(home.rglob("*")) == []
    assert [p.name for p in temp.iterdir()] == []  # the lock and socket are gone once the app quits


def test_the_watch_sees_writes_however_strace_reports_them():
    """Ensure the parser misses no write: finished, failed, or split by another thread's call."""
    trace = "\n".join([
        '10 execve("/usr/bin/python", ["python"], 0x0 /* 5 vars */) = 0',
        '10 openat(AT_FDCWD, "/home/p/.config/QtProject.conf", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3',
        '11 openat(AT_FDCWD, "/home/p/visit.pdf", O_RDWR|O_CREAT, 0666 <unfinished ...>',
        '11 <... openat resumed>) = 7',
        '10 openat(AT_FDCWD, "/usr/lib/libQt6Core.so", O_RDONLY|O_CLOEXEC) = 4',
        '10 mkdir("/home/p/.cache/matplotlib", 0700) = -1 EACCES (Permission denied)',
        '10 rename("/tmp/.Ab12Cd/s", "/tmp/backpain-desktop-1234") = 0',
    ])
    found = [(pid, call, paths[0]) for pid, call, paths in writes_in(trace)]
    assert found == [(10, "openat", "/home/p/.config/QtProject.conf"), (11, "openat", "/home/p/visit.pdf"),
                     (10, "mkdir", "/home/p/.cache/matplotlib"), (10, "rename", "/tmp/.Ab12Cd/s")]
    assert allowed("/tmp/.Ab12Cd/s", "/tmp", "") and allowed("/tmp/backpain-desktop-1234", "/tmp", "")
    assert not allowed("/tmp/visit.pdf", "/tmp", "") and not allowed("/tmp/.config/x", "/tmp", "")
