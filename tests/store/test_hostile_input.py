"""Hostile and odd input: what a person types is stored exactly or refused with a message next to the
field; a content pack, however mangled, is either loaded or refused with a ContentError, nothing else.

Hostile text tried (see HOSTILE_TEXT): NUL and other control characters, a 1 MB note, right-to-left
text and override marks, emoji (with joiners and skin tones), HTML and script-like text, SQL-like text,
Markdown, format strings, lone surrogates, whitespace-only and very long names.
"""

from __future__ import annotations

import json
import os
import shutil
import string
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from backpain_desktop.domain.content import MAX_FILE_BYTES, ContentError, ContentPack, load_pack
from backpain_desktop.domain.entries import MAX_ACTIVITY_CHARS, MAX_AMOUNT, EntryInput, validate_entry
from backpain_desktop.paths import resource_path
from backpain_desktop.store import ActivityEntry, Store

SHIPPED = resource_path("content", "en-GB")
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)

HOSTILE_TEXT = [
    "\x00", "walk\x00ing", "\x00Walking", "bell\x07 escape\x1b[31m red", "tab\tand\r\nnewline",
    "x" * (1024 * 1024),  # a 1 MB note
    "مشي في الحديقة", "\u202egnikla\u202c", "שלום \u200f(RTL mark)", "🚶‍♀️🏽 walk 👨‍👩‍👧", "\ufeffBOM",
    "<b>bold</b><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp; &lt;",
    "'); DROP TABLE activity_entries; --", "%s %n {0} {{phone}} $(rm -rf /)", "**bold** [link](https://x.y)",
    "   ", "\u00a0", "a" * (MAX_ACTIVITY_CHARS + 1), "\ud800 lone surrogate",
]


# -- the store: any valid entry round-trips exactly ---------------------------------------------------

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
name_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                    max_size=MAX_ACTIVITY_CHARS).map(lambda s: " ".join(s.split())).filter(bool)
moments = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1),
                       timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=5, minutes=30)),
                                                  timezone(timedelta(hours=-11))])
                       ).map(lambda d: d.replace(microsecond=0))
pains = st.none() | st.integers(0, 10)


@st.composite
def valid_entries(draw) -> ActivityEntry:
    unit = draw(st.sampled_from(sorted(MAX_AMOUNT)))
    amount = draw(st.floats(min_value=0.001, max_value=MAX_AMOUNT[unit], allow_nan=False))
    return ActivityEntry(activity=draw(name_text), amount=amount, unit=unit, occurred_at=draw(moments),
                         pain_before=draw(pains), pain_after=draw(pains), note=draw(any_text))


@pytest.fixture(scope="module")
def disk_store():
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "log.sqlite3") as store:
        yield store


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entry=valid_entries())
@example(entry=ActivityEntry("Walking", 1.0, NOW, note="nul \x00 inside, \x00 twice"))
@example(entry=ActivityEntry("مشي 🚶", 0.1, NOW, unit="m", note="<script>alert(1)</script>"))
def test_any_valid_entry_round_trips_exactly(disk_store, entry):
    """Ensure whatever valid entry is saved comes back identical, field by field, from the file."""
    stored = disk_store.add_entry(entry)
    again = disk_store.get_entry(stored.id)
    assert again == stored
    assert again.occurred_at == entry.occurred_at and again.note == entry.note


@settings(max_examples=200, deadline=None)
@given(activity=st.one_of(st.text(max_size=80), st.sampled_from(HOSTILE_TEXT)),
       amount=st.one_of(st.text(max_size=12), st.floats().map(str), st.integers().map(str)),
       unit=st.sampled_from(["min", "reps", "m", "", "hours"]),
       before=st.one_of(st.text(max_size=4), st.integers(-3, 14).map(str)),
       after=st.one_of(st.text(max_size=4), st.integers(-3, 14).map(str)),
       note=st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE_TEXT)), when=moments)
def test_form_input_is_either_valid_and_storable_or_has_a_message_per_field(activity, amount, unit, before,
                                                                            after, note, when):
    """Ensure validation never raises on typed text, names each problem field, and that whatever it
    accepts the store accepts and returns unchanged (no database constraint is ever the first to say no)."""
    valid, problems = validate_entry(EntryInput(activity, amount, unit, before, after, when, note), NOW)
    if valid is None:
        assert problems and all(isinstance(m, str) and m.endswith(".") for m in problems.values())
        assert set(problems) <= {"activity", "amount", "unit", "pain_before", "pain_after", "occurred_at",
                                 "note"}
        return
    assert problems == {}
    with Store.open(None) as store:
        stored = store.add_entry(ActivityEntry(valid.activity, valid.amount, valid.occurred_at, valid.unit,
                                               valid.pain_before, valid.pain_after, valid.note))
        assert store.get_entry(stored.id) == stored


@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=range(len(HOSTILE_TEXT)))
def test_hostile_text_as_a_name_is_refused_with_a_message_or_stored_exactly(store, text):
    valid, problems = validate_entry(EntryInput(text, "10", "min", "", "", NOW, ""), NOW)
    if valid is None:
        assert "activity" in problems
        assert store.count_entries() == 0
    else:
        stored = store.add_entry(ActivityEntry(valid.activity, valid.amount, valid.occurred_at))
        assert store.get_entry(stored.id).activity == " ".join(text.split())


@pytest.mark.parametrize("name", ["\x00Walking", "walk\x00ing", "bell\x07", "esc\x1b[31m", "\ud800"])
def test_control_characters_in_a_name_get_an_inline_message(name):
    """Ensure a NUL (which once reached a database constraint) is caught by validation with a message."""
    valid, problems = validate_entry(EntryInput(name, "10", "min", "", "", NOW, ""), NOW)
    assert valid is None and "control character" in problems["activity"]


HOSTILE_NOTES = [n for n in HOSTILE_TEXT if "\ud800" not in n]


@pytest.mark.parametrize("note", HOSTILE_NOTES, ids=range(len(HOSTILE_NOTES)))
def test_hostile_notes_are_kept_exactly(store, note):
    """Ensure a note is stored as typed, control characters, markup and 1 MB included."""
    valid, problems = validate_entry(EntryInput("Walking", "10", "min", "", "", NOW, note), NOW)
    assert problems == {}
    stored = store.add_entry(ActivityEntry(valid.activity, valid.amount, valid.occurred_at, note=valid.note))
    assert store.get_entry(stored.id).note == note


def test_a_note_with_a_lone_surrogate_gets_a_message_not_a_crash():
    valid, problems = validate_entry(EntryInput("Walking", "10", "min", "", "", NOW, "a\udc80b"), NOW)
    assert valid is None and "cannot be saved" in problems["note"]


# -- content packs: any mangling gives ContentError and nothing else -----------------------------------


def load_or_content_error(folder: Path) -> ContentPack | ContentError:
    try:
        return load_pack(folder)
    except ContentError as exc:
        assert str(exc).strip()  # a message a person can read
        return exc


def copy_pack(target: Path) -> Path:
    shutil.copytree(SHIPPED, target)
    return target


PACK_FILES = ["pack.toml", "exercises.toml", "pages/keep-active.md", "pages/medicines.md"]


@settings(max_examples=80, deadline=None)
@given(file=st.sampled_from(PACK_FILES), data=st.data())
def test_mutated_packs_give_a_content_error_never_another_exception(file, data):
    """Ensure random byte edits (flips, deletions, insertions, truncation) anywhere in a pack's files are
    either harmless or reported as a ContentError."""
    with tempfile.TemporaryDirectory() as folder:
        pack = copy_pack(Path(folder) / "pack")
        target = pack / file
        content = bytearray(target.read_bytes())
        for _ in range(data.draw(st.integers(1, 6))):
            kind = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
            at = data.draw(st.integers(0, max(0, len(content) - 1)))
            if kind == "flip" and content:
                content[at] ^= data.draw(st.integers(1, 255))
            elif kind == "delete":
                del content[at: at + data.draw(st.integers(1, 200))]
            elif kind == "insert":
                content[at:at] = data.draw(st.binary(min_size=1, max_size=40) | st.sampled_from(
                    [b"\x00", b"[", b"[[", b'"', b"\n[pages]\n", b"{{", b"](", b"\xff\xfe", b"../" * 5]))
            else:
                del content[at:]
        target.write_bytes(bytes(content))
        load_or_content_error(pack)


toml_values = st.recursive(
    st.none().map(lambda _: '""') | st.integers().map(str) | st.text(max_size=20).map(
        lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"') | st.sampled_from(
        ["true", "1979-05-27", "1e999", "nan", '"../../etc/passwd"', '"https://example.org/x.md"',
         '"/etc/passwd"', '"pages/\\u0000.md"', '"pages"', '"C:\\\\x.md"', '"~/x.md"']),
    lambda inner: st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    | st.dictionaries(st.sampled_from(["id", "file", "title", "x"]), inner, max_size=3).map(
        lambda d: "{" + ", ".join(f"{k} = {v}" for k, v in d.items()) + "}"),
    max_leaves=10)


@settings(max_examples=80, deadline=None)
@given(key=st.sampled_from(["id", "title", "file", "opens", "exercises", "urgent_page", "published",
                            "physiotherapy_phone", "locale"]), value=toml_values)
def test_random_manifest_values_give_a_content_error_never_another_exception(key, value):
    """Ensure any TOML value in any manifest field (wrong types, hostile paths, URLs, nesting) is handled."""
    with tempfile.TemporaryDirectory() as folder:
        pack = copy_pack(Path(folder) / "pack")
        manifest = pack / "pack.toml"
        lines = manifest.read_text(encoding="utf-8").splitlines()
        replaced = [f"{key} = {value}" if line.split("=")[0].strip() == key else line for line in lines]
        assume(replaced != lines)
        manifest.write_text("\n".join(replaced) + "\n", encoding="utf-8")
        load_or_content_error(pack)


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(), max_size=400) | st.text(string.printable, max_size=400))
def test_random_text_as_a_whole_manifest_gives_a_content_error(text):
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder)
        (pack / "pack.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
        assert isinstance(load_or_content_error(pack), ContentError)


# -- content packs: the specific ways out of a pack are refused -------------------------------------------


def _page_file(pack: Path, value: str) -> None:
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('file = "pages/medicines.md"', f"file = {value}", 1), encoding="utf-8")


ESCAPES = [
    ("parent folder", '"../outside.md"', "points outside the pack folder"),
    ("deep parent folder", '"pages/../../../../etc/passwd"', "points outside the pack folder"),
    ("absolute path", '"/etc/passwd"', "absolute path"),
    ("web address", '"https://example.org/medicines.md"', "web address"),
    ("file URL", '"file:///etc/passwd"', "web address"),
    ("NUL in the name", '"pages/medicines\\u0000.md"', "control character"),
    ("a folder", '"pages"', "not an ordinary file"),
    ("missing", '"pages/nothing-here.md"', "does not exist"),
]


@pytest.mark.parametrize(("what", "value", "words"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_page_paths_that_leave_the_pack_are_refused(tmp_path, what, value, words):
    pack = copy_pack(tmp_path / "pack")
    (tmp_path / "outside.md").write_text("# Outside\n", encoding="utf-8")
    _page_file(pack, value)
    error = load_or_content_error(pack)
    assert isinstance(error, ContentError) and words in str(error), str(error)


def test_exercises_file_outside_the_pack_is_refused(tmp_path):
    pack = copy_pack(tmp_path / "pack")
    shutil.copy(pack / "exercises.toml", tmp_path / "exercises.toml")
    manifest = pack / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'exercises = "exercises.toml"', 'exercises = "../exercises.toml"'), encoding="utf-8")
    assert "points outside the pack folder" in str(load_or_content_error(pack))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_a_page_is_refused_instead_of_hanging(tmp_path):
    pack = copy_pack(tmp_path / "pack")
    (pack / "pages" / "medicines.md").unlink()
    os.mkfifo(pack / "pages" / "medicines.md")
    assert "not an ordinary file" in str(load_or_content_error(pack))


def test_exercises_symlinked_outside_the_pack_is_refused(tmp_path):
    pack = copy_pack(tmp_path / "pack")
    outside = tmp_path / "elsewhere.toml"
    shutil.move(pack / "exercises.toml", outside)
    try:
        (pack / "exercises.toml").symlink_to(outside)
    except OSError:
        pytest.skip("symlinks not available here")
    assert "points outside the pack folder" in str(load_or_content_error(pack))


@pytest.mark.parametrize("depth", [50, 5000])
def test_deeply_nested_toml_is_a_content_error(tmp_path, depth):
    """Ensure nesting that makes the TOML parser recurse too deep is reported, not a RecursionError."""
    pack = copy_pack(tmp_path / "pack")
    with (pack / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n[extra]\nx = " + "[" * depth + "]" * depth + "\n")
    error = load_or_content_error(pack)
    assert isinstance(error, ContentError)


def test_oversized_exercises_file_is_refused(tmp_path):
    pack = copy_pack(tmp_path / "pack")
    with (pack / "exercises.toml").open("a", encoding="utf-8") as handle:
        handle.write("# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    assert "too big" in str(load_or_content_error(pack))


# -- settings and kiosk files: any bytes give safe settings and, when needed, a message -------------------

settings_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"[" * 100_000, b"{\"a\":" * 50_000, b"x = " + b"[" * 100_000, b"\xef\xbb\xbf{}",
                     b'{"text_scale_percent": 1e999}', b'{"last_tab": -1}', b"null", b'"text"']),
    st.dictionaries(st.sampled_from(["last_tab", "text_scale_percent", "muted", "voice", "content_dir",
                                     "high_contrast", "extra", "window_geometry", "enabled",
                                     "idle_minutes", "pin_hash", "countdown_seconds"]),
                    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
                              st.lists(st.integers(), max_size=3))).map(
        lambda d: json.dumps(d).encode("utf-8")),
)


@settings(max_examples=150, deadline=None)
@given(raw=settings_bytes)
def test_any_settings_file_gives_settings_never_an_exception(raw):
    """Ensure whatever bytes the settings file holds, loading gives usable settings of the right types,
    and an unreadable file is kept aside with a message."""
    from dataclasses import fields

    from backpain_desktop.settings import Settings, load_settings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        loaded = load_settings(path)
        defaults = Settings()
        for f in fields(Settings):
            assert type(getattr(loaded.settings, f.name)) is type(getattr(defaults, f.name))
        if loaded.problem:
            assert loaded.moved_to is not None and loaded.moved_to.read_bytes() == raw


@settings(max_examples=150, deadline=None)
@given(raw=settings_bytes)
def test_any_kiosk_file_gives_a_safe_kiosk_never_an_exception(raw):
    """Ensure whatever bytes kiosk.toml holds, loading gives values inside their allowed ranges; a file
    with problems is reported, still means kiosk mode when unreadable, and a copy is kept."""
    from backpain_desktop.domain.kiosk_config import MIN_COUNTDOWN_S, load_kiosk_config

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kiosk.toml"
        path.write_bytes(raw)
        loaded = load_kiosk_config(path)
        config = loaded.config
        assert 0.5 <= config.idle_minutes <= 60 and MIN_COUNTDOWN_S <= config.countdown_seconds <= 300
        assert 100 <= config.text_scale_percent <= 300
        if loaded.problems:
            assert loaded.message and loaded.kept_as is not None and loaded.kept_as.read_bytes() == raw
