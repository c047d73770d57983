"""The bundle recipe (build.spec) and what ships beside it: icon, desktop file, matplotlib's cache folder.

Building the bundle takes minutes, so CI builds it (``.ci/run``) and runs its ``--smoke-test`` and
``.ci/check_bundle.py``; these tests check the recipe itself in milliseconds.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import backpain_desktop
from backpain_desktop import APP_NAME, __version__
from backpain_desktop.paths import AppPaths, resources_dir
from backpain_desktop.startup import configure_matplotlib_cache

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(importlib.util.find_spec("PySide6").origin).parents[1]  # where PySide6/matplotlib are installed


@pytest.fixture(scope="module")
def spec() -> dict:
    """build.spec's tables, read the way PyInstaller reads the file (its build steps need PyInstaller)."""
    namespace = {"SPECPATH": str(ROOT), "__name__": "build_spec"}
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return namespace


def test_version_comes_from_the_package(spec):
    assert spec["VERSION"] == __version__
    assert f'"{__version__}"' not in (ROOT / "build.spec").read_text()  # read, never written twice


def test_all_resources_land_where_the_frozen_app_looks(spec):
    """Ensure resources/ goes inside the package folder, the first place paths.resources_dir() looks."""
    [(source, target)] = spec["DATAS"]
    assert Path(source) == ROOT / "resources"
    package = Path(backpain_desktop.__file__).parent
    assert Path(target) == package.relative_to(package.parent) / "resources"
    assert resources_dir() == ROOT / "resources"  # from the checkout the same folder is found


def test_every_exclusion_says_why_it_is_safe(spec):
    notes = list(spec["EXCLUDED_MODULES"].values()) + [why for _pattern, why in spec["DROPPED_FILES"]]
    assert len(notes) >= 20
    for note in notes:
        assert len(note.split()) >= 4, f"too short to say why: {note!r}"
    for module in ("tkinter", "PyQt5", "PyQt6", "PySide6.QtQuick", "PySide6.QtPdf",
                   "PySide6.QtWebEngineCore"):
        assert module in spec["EXCLUDED_MODULES"]


def test_kept_modules_are_not_excluded(spec):
    """Ensure sound, speech, SVG, printing and the chart's backend stay in the bundle."""
    for module in spec["HIDDEN_IMPORTS"]:
        assert module not in spec["EXCLUDED_MODULES"]
        assert importlib.util.find_spec(module) is not None, module
    assert spec["HOOKS_CONFIG"] == {"matplotlib": {"backends": "QtAgg"}}


def test_nothing_the_app_needs_matches_a_dropped_pattern(spec):
    for kept in spec["KEEP"]:
        assert not spec["is_dropped"](kept), kept
    for needed in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Core.so.6",
                   "PySide6/Qt/lib/libQt6Multimedia.so.6", "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
                   "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6PrintSupport.so.6",
                   "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                   "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
                   "backpain_desktop/resources/content/en-GB/pack.toml"):
        assert not spec["is_dropped"](needed), needed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the file names are Linux's")
def test_dropped_patterns_and_kept_files_name_real_files(spec):
    """Ensure each pattern matches something PyInstaller would collect (no typo), and KEEP names exist."""
    installed = [p.relative_to(SITE).as_posix() for top in ("PySide6", "matplotlib")
                 for p in (SITE / top).rglob("*") if p.is_file()]
    for pattern, _why in spec["DROPPED_FILES"]:
        assert any(re.search(pattern, name) for name in installed), f"matches nothing: {pattern}"
    for kept in spec["KEEP"]:
        assert (SITE / kept).is_file(), kept


def test_windows_version_info_and_macos_bundle_identifier(spec):
    text = spec["windows_version_info"]("1.2.3")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this file as a Python expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+", spec["BUNDLE_ID"])
    spec_text = (ROOT / "build.spec").read_text()
    assert "bundle_identifier=BUNDLE_ID" in spec_text and "version=str(version_file)" in spec_text


def test_symbols_are_stripped_only_on_linux(spec):
    assert spec["STRIP"] is sys.platform.startswith("linux")


def test_desktop_file_launches_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / f"{APP_NAME}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == backpain_desktop.APP_DISPLAY_NAME
    assert desktop["Exec"] in scripts and desktop["Icon"] == APP_NAME
    assert desktop["Terminal"] == "false"
    categories = desktop["Categories"]
    assert categories.endswith(";") and {"Education", "Science"} & set(categories.split(";"))
    assert all(value.strip() == value for value in desktop.values())


def test_icon_is_a_square_svg_and_the_png_is_rendered_from_it(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = ROOT / "resources" / "icon.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()

    png = QImage(str(ROOT / "resources" / "icon.png"))
    assert (png.width(), png.height()) == (256, 256)
    fresh = QImage(256, 256, QImage.Format.Format_ARGB32_Premultiplied)
    fresh.fill(Qt.GlobalColor.transparent)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png = png.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    differing = sum(1 for y in range(0, 256, 4) for x in range(0, 256, 4)
                    if abs(png.pixelColor(x, y).green() - fresh.pixelColor(x, y).green()) > 8)
    assert differing < 20, "icon.png is out of date: render it again from icon.svg"


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "d")


def test_frozen_app_keeps_matplotlib_cache_in_the_user_cache_dir(app_paths, tmp_path):
    """Ensure a bundle does not rebuild matplotlib's font cache in a new temp folder at every start."""
    env = {"MPLCONFIGDIR": str(tmp_path / "_MEI123" / "mpl")}  # what PyInstaller's runtime hook sets
    folder = configure_matplotlib_cache(app_paths, kiosk=False, environ=env, frozen=True)
    assert env["MPLCONFIGDIR"] == folder == str(app_paths.cache_dir / "matplotlib")


def test_from_source_a_chosen_matplotlib_folder_is_respected(app_paths):
    env = {"MPLCONFIGDIR": "/somewhere/chosen"}
    assert configure_matplotlib_cache(app_paths, kiosk=False, environ=env, frozen=False) is None
    assert env["MPLCONFIGDIR"] == "/somewhere/chosen"
    unset: dict[str, str] = {}
    configure_matplotlib_cache(app_paths, kiosk=False, environ=unset, frozen=False)
    assert unset["MPLCONFIGDIR"] == str(app_paths.cache_dir / "matplotlib")


def test_kiosk_never_points_matplotlib_at_the_data_folder(app_paths):
    env: dict[str, str] = {}
    assert configure_matplotlib_cache(app_paths, kiosk=True, environ=env, frozen=True) is None
    assert "MPLCONFIGDIR" not in env


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("strip") is None,
                    reason="stripping is done on Linux, with binutils' strip")
def test_stripping_keeps_libraries_that_strip_would_break(spec, tmp_path):
    """Ensure numpy's OpenBLAS (rewritten by auditwheel) ships unstripped, while kiwisolver is stripped."""
    openblas = next((SITE / "numpy.libs").glob("libscipy_openblas*.so"))
    kiwi = next((SITE / "kiwisolver").glob("_cext*.so"))
    entries = [(f"numpy.libs/{openblas.name}", str(openblas), "BINARY"),
               (f"kiwisolver/{kiwi.name}", str(kiwi), "EXTENSION"),
               ("backpain_desktop/resources/icon.png", str(ROOT / "resources" / "icon.png"), "DATA")]
    result = dict((dest, src) for dest, src, _kind in spec["strip_binaries"](entries, tmp_path))
    assert result[f"numpy.libs/{openblas.name}"] == str(openblas)
    stripped = Path(result[f"kiwisolver/{kiwi.name}"])
    assert stripped.parent.is_relative_to(tmp_path)
    assert stripped.stat().st_size < kiwi.stat().st_size and spec["elf_segments_aligned"](stripped)
    assert result["backpain_desktop/resources/icon.png"] == str(ROOT / "resources" / "icon.png")


SMOKE_WITH_BROKEN_CHART = """
import sys
from backpain_desktop.ui.pacing import PacingTab

def show_chart(self, wait=False):
    raise RuntimeError("the chart could not be drawn")

PacingTab.show_chart = show_chart
from backpain_desktop.app import main
sys.exit(main(["--smoke-test", "--data-dir", sys.argv[1]]))
"""


@pytest.mark.slow
def test_smoke_test_fails_when_the_chart_cannot_be_drawn(tmp_path):
    """Ensure CI's run of the frozen --smoke-test catches a bundle whose chart is broken."""
    import os
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", SMOKE_WITH_BROKEN_CHART, str(tmp_path / "d")],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert "smoke test FAILED while drawing the chart" in result.stderr
    assert "the chart could not be drawn" in result.stderr  # the traceback is there to read


def _check_bundle_module():
    spec_ = importlib.util.spec_from_file_location("check_bundle", ROOT / ".ci" / "check_bundle.py")
    module = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(module)
    return module


def test_bundle_check_flags_unused_qt_and_missing_plugins(spec, tmp_path, capsys):
    """Ensure CI's bundle check fails on an unused Qt module or a dropped plugin the app needs."""
    check_bundle = _check_bundle_module()
    inside = tmp_path / "backpain-desktop" / "_internal"
    for kept in spec["KEEP"] + spec["APP_RESOURCES"]:
        (inside / kept).parent.mkdir(parents=True, exist_ok=True)
        (inside / kept).write_bytes(b"not really a library")
    for name in ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so", "PySide6/QtWidgets.abi3.so"):
        (inside / name).write_bytes(b"x")
    assert check_bundle.check(tmp_path / "backpain-desktop") == []

    (inside / "PySide6/Qt/lib/libQt6Pdf.so.6").write_bytes(b"x")
    (inside / "PySide6/QtQuick.abi3.so").write_bytes(b"x")
    (inside / "PySide6/Qt/translations").mkdir(exist_ok=True)
    (inside / "PySide6/Qt/translations/qtbase_de.qm").write_bytes(b"x")
    (inside / "PySide6/Qt/plugins/platforms/libqxcb.so").unlink()
    problems = "\n".join(check_bundle.check(tmp_path / "backpain-desktop"))
    assert "unused Qt library in the bundle: PySide6/Qt/lib/libQt6Pdf.so.6" in problems
    assert "unused PySide6 module in the bundle: PySide6/QtQuick.abi3.so" in problems
    assert ("should have been dropped (build.spec DROPPED_FILES): PySide6/Qt/translations/qtbase_de.qm"
            in problems)
    assert "missing from the bundle (build.spec KEEP): PySide6/Qt/plugins/platforms/libqxcb.so" in problems
    (inside / spec["APP_RESOURCES"][0]).unlink()
    assert "missing from the bundle (build.spec APP_RESOURCES)" in "\n".join(
        check_bundle.check(tmp_path / "backpain-desktop"))
    assert check_bundle.main([str(tmp_path / "backpain-desktop"), "--plain-bytes", "10"]) == 1
    assert "bundle size:" in capsys.readouterr().out


def test_a_full_log_is_rotated_at_start_and_old_ones_kept(tmp_path):
    """Ensure the log folder never grows past four files, and the newest old log is `.1`."""
    from backpain_desktop.startup import rotate_log

    log = tmp_path / "backpain-desktop.log"
    for n, text in ((1, "run 3"), (2, "run 2"), (3, "run 1")):
        (tmp_path / f"backpain-desktop.log.{n}").write_text(text)
    log.write_text("x" * 100)
    rotate_log(log, max_bytes=1000)
    assert log.read_text() == "x" * 100  # not full yet: left alone
    rotate_log(log, max_bytes=50)
    assert not log.exists()
    assert [(tmp_path / f"backpain-desktop.log.{n}").read_text() for n in (1, 2, 3)] == ["x" * 100, "run 3",
                                                                                       "run 2"]
    assert not (tmp_path / "backpain-desktop.log.4").exists()


def test_qt_translations_kept_only_for_the_apps_languages(spec):
    """Ensure the bundle keeps Qt's own qtbase_pl/ar.qm (standard buttons in the app's languages) and
    drops Qt's other translations."""
    is_dropped = spec["is_dropped"]
    assert {"pl", "ar"} <= set(spec["APP_LANGUAGES"])
    assert not is_dropped("PySide6/Qt/translations/qtbase_pl.qm")
    assert not is_dropped("PySide6/Qt/translations/qtbase_ar.qm")
    assert is_dropped("PySide6/Qt/translations/qtbase_de.qm")
    assert is_dropped("PySide6/Qt/translations/qtmultimedia_pl.qm")
    assert is_dropped("PySide6/Qt/translations/qt_pl.qm")
    assert "PySide6/Qt/translations/qtbase_ar.qm" in spec["KEEP"]
    assert "backpain_desktop/resources/content/en-GB/pack.toml" in spec["APP_RESOURCES"]
    assert "backpain_desktop/resources/translations/backpain_en.qm" in spec["APP_RESOURCES"]

