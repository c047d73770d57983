"""Preferences load, save atomically, and a damaged file never stops the app."""

from backpain_desktop.settings import Settings, load_settings, save_settings


def test_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(last_tab=2, text_scale_percent=150, muted=True))
    loaded = load_settings(path)
    assert loaded.problem == ""
    settings = loaded.settings
    assert (settings.last_tab, settings.text_scale_percent, settings.muted) == (2, 150, True)


def test_damaged_file_gives_defaults_a_message_and_is_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "could not be read" in loaded.problem
    assert loaded.moved_to is not None and loaded.moved_to.read_text(encoding="utf-8") == "{ not json"


def test_wrong_types_fall_back_per_field(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"last_tab": "two", "muted": true, "unknown": 1}', encoding="utf-8")
    loaded = load_settings(path).settings
    assert (loaded.last_tab, loaded.muted) == (0, True)
