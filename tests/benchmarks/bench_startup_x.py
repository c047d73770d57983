"""Start-up and memory measured from outside the process: launch to the main window mapped on a real X
server, the app vs a bare PySide6 QMainWindow + QTabWidget in the same Python (target <= 1.3x).

Nothing is added to the measured process. This script starts its own Xvfb (no window manager, so a
top-level window is mapped straight onto the root window), listens for MapNotify on the root window, and
takes the first window whose _NET_WM_PID is the child's. Runs alternate app / bare; medians of the pairs.
Peak resident memory (VmHWM) is read from /proc one second after mapping, as a person's window would sit.

    python tests/benchmarks/bench_startup_x.py [--runs 7] [--dataset empty|5-year|all]

Needs Debian's xvfb and PyPI's python-xlib (``pip install python-xlib``).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import child_env, fresh_data_dir, median, parse_args, report
from Xlib import X, display  # noqa: I001 - third party, after the local helper sets sys.path

TARGET = 1.3
MEMORY_TARGET = 1.3
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Advice", "Exercises", "Pacing"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1100, 700)
window.show()
app.exec()
"""


def start_xvfb() -> tuple[subprocess.Popen, str]:
    for n in range(150, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            name = f":{n}"
            break
    else:
        raise SystemExit("no free X display number")
    server = subprocess.Popen(["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{name[1:]}").exists():
        if time.monotonic() > deadline:
            raise SystemExit("Xvfb did not start")
        time.sleep(0.05)
    return server, name


def _pid_of(dpy, window, atom) -> int | None:
    try:
        prop = window.get_full_property(atom, X.AnyPropertyType)
    except Exception:  # the window may be gone already
        return None
    return int(prop.value[0]) if prop is not None and len(prop.value) else None


def listen_for_maps(dpy) -> None:
    """Hear every top-level window mapped from now on, with nothing older queued."""
    dpy.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
    dpy.sync()
    while dpy.pending_events():
        dpy.next_event()


def wait_mapped(dpy, child: subprocess.Popen, command: list[str], deadline: float) -> None:
    """Return as the first window whose _NET_WM_PID is ``child``'s maps (listen_for_maps first)."""
    wm_pid = dpy.intern_atom("_NET_WM_PID")
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 or child.poll() is not None:
            raise SystemExit(f"no window mapped: {command}")
        if not dpy.pending_events():
            select.select([dpy.fileno()], [], [], left)
        while dpy.pending_events():
            event = dpy.next_event()
            if event.type == X.MapNotify and _pid_of(dpy, event.window, wm_pid) == child.pid:
                return


def stop(child: subprocess.Popen) -> None:
    child.terminate()
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def launch(dpy, command: list[str], env: dict[str, str], timeout: float = 60) -> tuple[float, int]:
    """Seconds from just before the process starts to its first top-level window mapped; peak RSS (kB)
    one second after that."""
    listen_for_maps(dpy)
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_mapped(dpy, child, command, started + timeout)
        mapped = time.perf_counter() - started
        time.sleep(1.0)  # the window as it sits a second after it appeared
        peak_kb = 0
        for line in Path(f"/proc/{child.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak_kb = int(line.split()[1])
        return mapped, peak_kb
    finally:
        stop(child)


def measure(dataset: str, runs: int, dpy, env: dict[str, str]) -> bool:
    data_dir = fresh_data_dir(dataset)
    app_cmd = [sys.executable, "-m", "backpain_desktop", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, "-c", BARE]
    try:
        launch(dpy, app_cmd, env)  # warm-up: disk caches, first-run settings, compiled bytecode
        launch(dpy, bare_cmd, env)
        app, bare, app_mem, bare_mem = [], [], [], []
        for _ in range(runs):
            seconds, peak = launch(dpy, app_cmd, env)
            app.append(seconds)
            app_mem.append(peak)
            seconds, peak = launch(dpy, bare_cmd, env)
            bare.append(seconds)
            bare_mem.append(peak)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    ok = report("startup-x", dataset, median(app) / median(bare), TARGET,
                f"app {median(app) * 1000:.0f} ms vs bare {median(bare) * 1000:.0f} ms to MapNotify, "
                f"median of {runs} pairs (app: {', '.join(f'{t * 1000:.0f}' for t in app)})")
    ok &= report("memory-x", dataset, median(app_mem) / median(bare_mem), MEMORY_TARGET,
                 f"peak RSS 1 s after mapping: app {median(app_mem) / 1024:.1f} MB vs bare "
                 f"{median(bare_mem) / 1024:.1f} MB")
    return ok


def main() -> int:
    args = parse_args(7, __doc__.splitlines()[0])
    server, name = start_xvfb()
    try:
        env = child_env(DISPLAY=name, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-x-runtime-")
        os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
        dpy = display.Display(name)
        ok = all([measure(dataset, args.runs, dpy, env) for dataset in args.datasets])
        dpy.close()
    finally:
        server.terminate()
        server.wait()
    print(f"python {sys.version.split()[0]}", end=" ")
    from PySide6 import __version__ as pyside_version

    print(f"PySide6 {pyside_version}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
