"""The kiosk settings file and staff PIN rules, without Qt: what an admin writes and what a guesser meets."""

from __future__ import annotations

from datetime import datetime

import pytest

from backpain_desktop.domain.kiosk_config import (
    KioskConfig,
    PinGuard,
    hash_pin,
    load_kiosk_config,
    parse_kiosk_config,
    pin_problem,
    verify_pin,
    with_pin_hash,
)


def test_missing_file_means_no_kiosk_and_no_message(tmp_path):
    loaded = load_kiosk_config(tmp_path / "kiosk.toml")
    assert loaded.config == KioskConfig() and not loaded.config.enabled
    assert loaded.message == "" and not loaded.exists


def test_good_file_is_read(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text("enabled = true\nidle_minutes = 5\ncountdown_seconds = 45\ntext_scale_percent = 175\n")
    loaded = load_kiosk_config(path)
    assert loaded.config == KioskConfig(enabled=True, idle_minutes=5.0, countdown_seconds=45,
                                        text_scale_percent=175)
    assert loaded.config.idle_seconds == 300
    assert loaded.message == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]


def test_unreadable_file_gives_safe_kiosk_defaults_a_message_and_a_kept_copy(tmp_path):
    """Ensure a broken file still means kiosk mode (privacy first), says why, and is kept for the admin."""
    path = tmp_path / "kiosk.toml"
    path.write_text("enabled = tru\nidle_minutes = [")
    loaded = load_kiosk_config(path, now=datetime(2026, 3, 2, 10, 0))
    assert loaded.config == KioskConfig(enabled=True)
    assert "not a valid TOML file" in loaded.message
    assert "kiosk.toml.bad-20260302-100000" in loaded.message
    assert path.read_text() == "enabled = tru\nidle_minutes = ["  # the original stays for the next start
    assert (tmp_path / "kiosk.toml.bad-20260302-100000").read_text() == path.read_text()
    again = load_kiosk_config(path, now=datetime(2026, 3, 3, 10, 0))
    assert again.kept_as == loaded.kept_as  # the same bad file is not copied at every start
    assert len(list(tmp_path.glob("kiosk.toml.bad-*"))) == 1


@pytest.mark.parametrize(("line", "words"), [
    ("idle_minutes = 0", "'idle_minutes' should be a number of minutes from 0.5 to 60"),
    ("idle_minutes = \"two\"", "'idle_minutes' should be"),
    ("countdown_seconds = 5", "'countdown_seconds' should be a whole number of seconds from 20 to 300"),
    ("text_scale_percent = 1000", "'text_scale_percent' should be"),
    ("enabled = 1", "'enabled' should be true or false"),
    ("pin_hash = \"1234\"", "'pin_hash' should be the line written by --set-kiosk-pin"),
    ("idle_minute = 5", "'idle_minute' is not a kiosk setting"),
])
def test_each_bad_value_is_named_and_falls_back_to_its_default(line, words):
    config, problems = parse_kiosk_config(f"enabled = true\ntext_scale_percent = 200\n{line}\n"
                                          if not line.startswith(("enabled", "text_scale")) else line + "\n")
    assert any(words in p for p in problems), problems
    defaults = KioskConfig()
    key = line.split("=")[0].strip()
    if hasattr(defaults, key):
        assert getattr(config, key) == getattr(defaults, key)


def test_good_values_survive_beside_a_bad_one():
    config, problems = parse_kiosk_config("enabled = true\nidle_minutes = 3\ncountdown_seconds = 1\n")
    assert config.enabled and config.idle_minutes == 3.0 and config.countdown_seconds == 30
    assert len(problems) == 1


def test_pin_hash_is_salted_and_verifies_only_the_right_pin():
    first, second = hash_pin("4826"), hash_pin("4826")
    assert first != second  # random salt
    # The PIN is no field of the stored line (a plain substring test fails when the random hex holds "4826").
    assert "4826" not in first.split("$")
    assert verify_pin("4826", first) and verify_pin("4826", second)
    assert not verify_pin("4827", first)
    assert not verify_pin("4826", "nonsense")
    _, problems = parse_kiosk_config(f'pin_hash = "{first}"\n')
    assert problems == []


def test_pin_rules():
    assert pin_problem("4826") == ""
    assert pin_problem("12") and pin_problem("abcd") and pin_problem("1234567890123")


def test_setting_the_pin_keeps_what_the_admin_wrote():
    text = "# clinic kiosk\nenabled = true\nidle_minutes = 4\n"
    updated = with_pin_hash(text, "scrypt$X")
    assert updated == text + 'pin_hash = "scrypt$X"\n'
    assert with_pin_hash(updated, "scrypt$Y") == text + 'pin_hash = "scrypt$Y"\n'
    assert with_pin_hash("", "h") == 'pin_hash = "h"\n'


def test_wrong_pins_are_rate_limited_with_growing_waits():
    """Ensure a guesser gets three free tries, then waits that grow, while the right PIN still works after."""
    pin_hash = hash_pin("4826")
    guard = PinGuard(free_attempts=3, first_lock_s=30, max_lock_s=600)
    now = 1000.0
    for _ in range(2):
        assert guard.attempt("0000", pin_hash, now).wait_seconds == 0
    third = guard.attempt("0000", pin_hash, now)
    assert not third.accepted and third.wait_seconds == 30
    locked = guard.attempt("4826", pin_hash, now + 29)  # even the right PIN is not checked while locked
    assert not locked.accepted and locked.wait_seconds == pytest.approx(1)
    fourth = guard.attempt("1111", pin_hash, now + 30)
    assert fourth.wait_seconds == 60
    assert guard.attempt("4826", pin_hash, now + 90).accepted
    assert guard.attempt("0000", pin_hash, now + 91).wait_seconds == 0  # a success clears the count


def test_printer_name_is_read_and_a_bad_one_falls_back_to_the_default_printer():
    config, problems = parse_kiosk_config('enabled = true\nprinter = "Front desk laser"\n')
    assert config.printer == "Front desk laser" and problems == []
    config, problems = parse_kiosk_config("enabled = true\nprinter = 3\n")
    assert config.printer == ""
    assert problems == ["'printer' should be the name of a printer, as the system lists it"]
