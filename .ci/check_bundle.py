"""Check a built bundle holds only the Qt the app uses, and everything it needs; print its size.

    python .ci/check_bundle.py [dist/backpain-desktop] [--plain-bytes N]

Fails (exit 1) when:
- a Qt library or PySide6 binding not on the allowed lists below is present (an unused module crept in);
- something build.spec's KEEP list names is missing (a filter dropped too much);
- a bundled library needs a Qt library that is not in the bundle (checked with objdump, from binutils);
- a file matching one of build.spec's DROPPED_FILES patterns is still there.
With ``--plain-bytes`` (the size of a plain ``pyinstaller --windowed`` build) it also prints the ratio and
fails above the 0.85 budget.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 0.85

# Qt libraries the app loads, directly or through a kept plugin, and why.
ALLOWED_QT_LIBS = {
    "Core": "everything", "Gui": "everything", "Widgets": "the whole UI", "DBus": "Qt links it on Linux",
    "XcbQpa": "the X11 platform plugin", "WaylandClient": "the Wayland platform plugin",
    "WlShellIntegration": "Wayland shell integration",
    "Svg": "SVG icon and matplotlib's Qt backend", "PrintSupport": "printing and saving advice as PDF",
    "Multimedia": "the timer's sounds (QSoundEffect)", "TextToSpeech": "the timer's spoken counts",
    "Network": "linked by QtMultimedia (never used to go online)", "Concurrent": "linked by QtMultimedia",
    "OpenGL": "linked by the FFmpeg multimedia plugin",
    "Quick": "linked by the FFmpeg multimedia plugin", "Qml": "linked by the FFmpeg multimedia plugin",
    "QmlMeta": "linked by the FFmpeg multimedia plugin",
    "QmlModels": "linked by the FFmpeg multimedia plugin",
    "QmlWorkerScript": "linked by the FFmpeg multimedia plugin",
    "FFmpegStub-ssl": "FFmpeg plugin's loader stubs", "FFmpegStub-crypto": "FFmpeg plugin's loader stubs",
    "FFmpegStub-va": "FFmpeg plugin's loader stubs", "FFmpegStub-va-drm": "FFmpeg plugin's loader stubs",
    "FFmpegStub-va-x11": "FFmpeg plugin's loader stubs",
}
ALLOWED_BINDINGS = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtMultimedia",
                    "QtTextToSpeech", "QtNetwork"}  # QtNetwork: imported by the QtMultimedia binding

QT_LIB = re.compile(r"^(?:lib)?Qt6([A-Za-z0-9-]+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$")
BINDING = re.compile(r"^(Qt[A-Za-z0-9]+)\.(?:abi3\.so|pyd|.*\.so)$")


def spec_tables() -> dict:
    """KEEP and DROPPED_FILES from build.spec (its build steps only run under PyInstaller)."""
    namespace = {"SPECPATH": str(ROOT), "__name__": "build_spec"}
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return namespace


def bundle_size(folder: Path) -> tuple[int, int]:
    """(bytes, files), counting each file once and symlinks as links, like ``du -sb``."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink():
            total += len(str(path.readlink()))
        elif path.is_file():
            total += path.stat().st_size
            files += 1
    return total, files


def needed_qt_libs(binary: Path, objdump: str) -> set[str]:
    out = subprocess.run([objdump, "-p", str(binary)], capture_output=True, text=True).stdout
    return {m.group(1) for m in re.finditer(r"NEEDED\s+(libQt6\S+)", out)}


def check(bundle: Path) -> list[str]:
    problems: list[str] = []
    tables = spec_tables()
    inside = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    present = {p.relative_to(inside).as_posix(): p
               for p in inside.rglob("*") if p.is_file() or p.is_symlink()}

    qt_libs: dict[str, str] = {}
    for rel in present:
        name = rel.rsplit("/", 1)[-1]
        match = QT_LIB.match(name)
        if match:
            qt_libs[name] = match.group(1)
            if match.group(1) not in ALLOWED_QT_LIBS:
                problems.append(f"unused Qt library in the bundle: {rel}")
        if rel.startswith("PySide6/") and rel.count("/") == 1:
            binding = BINDING.match(name)
            if binding and binding.group(1) not in ALLOWED_BINDINGS:
                problems.append(f"unused PySide6 module in the bundle: {rel}")
    for kept in tables["KEEP"]:
        if kept not in present:
            problems.append(f"missing from the bundle (build.spec KEEP): {kept}")
    for kept in tables.get("APP_RESOURCES", []):  # translations (.qm) and content packs per language
        if kept not in present:
            problems.append(f"missing from the bundle (build.spec APP_RESOURCES): {kept}")
    for rel in present:
        if tables["is_dropped"](rel):
            problems.append(f"should have been dropped (build.spec DROPPED_FILES): {rel}")

    objdump = shutil.which("objdump")
    if objdump is None:
        print("check_bundle: objdump not found (install binutils); library links not checked")
    else:
        for rel, path in present.items():
            if path.is_symlink() or not (rel.endswith(".so") or ".so." in rel):
                continue
            for lib in needed_qt_libs(path, objdump):
                if lib not in qt_libs:
                    problems.append(f"{rel} needs {lib}, which is not in the bundle")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "backpain-desktop"))
    parser.add_argument("--plain-bytes", type=int, help="size of a plain `pyinstaller --windowed` build")
    args = parser.parse_args(argv)
    bundle = Path(args.bundle)
    if not bundle.is_dir():
        print(f"check_bundle: no bundle at {bundle}", file=sys.stderr)
        return 1
    problems = check(bundle)
    size, files = bundle_size(bundle)
    print(f"bundle size: {size / 1e6:.1f} MB ({size} bytes, {files} files) in {bundle.name}/")
    if args.plain_bytes:
        ratio = size / args.plain_bytes
        print(f"vs a plain `pyinstaller --windowed` build of {args.plain_bytes / 1e6:.1f} MB: {ratio:.2f}x "
              f"(budget {BUDGET}x)")
        if ratio > BUDGET:
            problems.append(f"bundle is {ratio:.2f}x the plain build, over the {BUDGET}x budget")
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    print("check_bundle: OK" if not problems else f"check_bundle: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
