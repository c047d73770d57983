"""The person's preferences (window, text size, sound, content pack), stored as JSON in the config dir.

A damaged settings file never stops the app: it is moved aside, defaults are used, and the caller
gets a message to show. Writes are atomic (temp file + rename) so a crash leaves the old file intact.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path


@dataclass
class Settings:
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    last_tab: int = 0
    text_scale_percent: int = 100
    advice_zoom: int = 0
    muted: bool = False
    voice: bool = False
    content_dir: str = ""
    high_contrast: str = "auto"  # "auto" | "on" | "off"
    reminders: dict = field(default_factory=dict)  # domain/reminders.py to_json(): choices and state
    tray_note_shown: bool = False  # "still running in the tray" said once, the first time the window closed
    language: str = ""  # the language the person chose ("pl", "ar", ...); "" follows the system
    # Per-feature extras that do not deserve their own field yet.
    extra: dict = field(default_factory=dict)


@dataclass
class LoadedSettings:
    settings: Settings
    problem: str = ""  # plain-words message when the file was unusable
    moved_to: Path | None = None


def _coerce(raw: dict) -> Settings:
    """Keep each known field whose type matches the default; ignore the rest."""
    defaults = Settings()
    values = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value, default = raw[f.name], getattr(defaults, f.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, type(default))
        if ok:
            values[f.name] = value
    return Settings(**values)


def load_settings(path: Path) -> LoadedSettings:
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("the file does not hold a JSON object")
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        # RecursionError: json nests arrays recursively, so "[[[[…" thousands deep cannot be read.
        moved = _move_aside(path)
        where = f" It was kept as {moved.name}." if moved else ""
        return LoadedSettings(Settings(), f"Your settings file could not be read ({exc}), so the "
                              f"standard settings are in use.{where}", moved)
    return LoadedSettings(_coerce(raw))


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically. Raises OSError if the folder cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _move_aside(path: Path) -> Path | None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
