"""Where the app keeps its data, settings and logs, and where its bundled resources are.

Paths are resolved once into an :class:`AppPaths` and handed down; nothing here is computed at import.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from backpain_desktop import APP_NAME

ENV_DATA_DIR = "BACKPAIN_DATA_DIR"
DB_FILENAME = "backpain.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The directories one run of the app uses. ``data_dir`` holds the log database."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def kiosk_file(self) -> Path:
        return self.config_dir / "kiosk.toml"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None,
                environ: dict[str, str] | None = None) -> AppPaths:
        """Platform directories, or everything under one folder when ``--data-dir`` or the env var is set.

        An explicit folder keeps config and logs beside the data, so a portable install or a test
        touches nothing else.
        """
        env = os.environ if environ is None else environ
        chosen = data_dir or env.get(ENV_DATA_DIR) or None
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs",
                       cache_dir=root / "cache")
        from platformdirs import PlatformDirs  # ~5 ms to import, and only needed here

        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(data_dir=Path(dirs.user_data_dir), config_dir=Path(dirs.user_config_dir),
                   log_dir=Path(dirs.user_log_dir), cache_dir=Path(dirs.user_cache_dir))

    def ensure(self) -> None:
        """Create the folders (not the database). Raises OSError when the place cannot be written."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resources_dir() -> Path:
    """The ``resources`` folder, found the same way from a PyInstaller bundle, a wheel or a checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; looked in: "
                            + ", ".join(str(c) for c in candidates))


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources``."""
    return resources_dir().joinpath(*parts)
