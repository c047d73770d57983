"""Where the app keeps things, and where it finds its resources."""

from pathlib import Path

from backpain_desktop.paths import AppPaths, resources_dir


def test_data_dir_option_keeps_everything_under_one_folder(tmp_path):
    paths = AppPaths.resolve(tmp_path / "portable", environ={})
    assert paths.database.parent == tmp_path / "portable"
    assert paths.log_dir.is_relative_to(tmp_path / "portable")
    assert paths.config_dir.is_relative_to(tmp_path / "portable")


def test_environment_variable_is_honoured(tmp_path):
    paths = AppPaths.resolve(None, environ={"BACKPAIN_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"


def test_platform_dirs_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    paths = AppPaths.resolve(None, environ={})
    assert "backpain-desktop" in paths.data_dir.parts


def test_resources_are_found():
    assert (resources_dir() / "content" / "en-GB" / "pack.toml").is_file()
    assert isinstance(resources_dir(), Path)
