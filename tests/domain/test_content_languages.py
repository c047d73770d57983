"""A content pack in another language replaces what it translates and leaves English everywhere else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backpain_desktop.domain.content import load_pack, load_pack_in, translated_pack, translation_folder

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "content" / "en-GB"


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    base = tmp_path / "en-GB"
    shutil.copytree(SHIPPED, base)
    overlay = tmp_path / "pl"
    (overlay / "pages").mkdir(parents=True)
    page = "# Bądź aktywny\n\nRuszaj się codziennie.\nZobacz [ból](page:hurt-is-not-harm).\n"
    (overlay / "pages" / "keep-active.md").write_text(page, encoding="utf-8")
    (overlay / "pages" / "bad.md").write_text("# Zła\n\n[strona](https://example.org)\n", encoding="utf-8")
    (overlay / "pack.toml").write_text(
        '[pack]\ntitle = "Ból krzyża"\nlocale = "pl"\n\n'
        '[contacts]\nphysiotherapy_hours = "od poniedziałku do piątku"\n\n'
        '[[pages]]\nid = "keep-active"\ntitle = "Bądź aktywny"\nfile = "pages/keep-active.md"\n\n'
        '[[pages]]\nid = "hurt-is-not-harm"\ntitle = "Ból to nie szkoda"\nfile = "pages/bad.md"\n',
        encoding="utf-8")
    (overlay / "exercises.toml").write_text(
        '[[exercises]]\nid = "knee-rolls"\nname = "Skręty kolan"\n\n'
        '[[exercises.steps]]\ntext = "Połóż się na plecach."\n', encoding="utf-8")
    return base


def test_translated_parts_replace_english_and_the_rest_stays(packs: Path):
    english = load_pack(packs)
    polish = load_pack_in(packs, "pl")
    assert [p.id for p in polish.pages] == [p.id for p in english.pages]  # same pages, same order
    assert polish.page("keep-active").title == "Bądź aktywny"
    assert "Ruszaj się" in polish.page("keep-active").markdown
    untouched = next(p for p in english.pages if p.id not in ("keep-active", "hurt-is-not-harm"))
    assert polish.page(untouched.id) == untouched  # a page not translated: the English one, whole
    assert polish.contacts.physiotherapy_hours == "od poniedziałku do piątku"
    assert polish.contacts.physiotherapy_phone == english.contacts.physiotherapy_phone
    assert polish.title == "Ból krzyża"


def test_a_broken_translated_page_falls_back_to_english_with_a_warning(packs: Path):
    english = load_pack(packs)
    polish = load_pack_in(packs, "pl")
    page = polish.page("hurt-is-not-harm")
    assert page.markdown == english.page("hurt-is-not-harm").markdown
    assert page.title == "Ból to nie szkoda"
    assert any("bad.md" in w and "English page" in w for w in polish.warnings)


def test_exercises_translate_field_by_field(packs: Path):
    english = load_pack(packs).exercise("knee-rolls")
    polish = load_pack_in(packs, "pl").exercise("knee-rolls")
    assert polish.name == "Skręty kolan"
    assert polish.steps[0].text == "Połóż się na plecach."
    assert polish.steps[1:] == english.steps[1:]  # steps not translated stay English, none go missing
    assert polish.starting_position == english.starting_position
    assert polish.prescription == english.prescription and polish.poses == english.poses
    assert load_pack_in(packs, "pl").exercise("knee-hugs") == load_pack(packs).exercise("knee-hugs")


def test_no_translation_means_english(packs: Path):
    english = load_pack(packs)
    assert translated_pack(english, "ar") == english
    assert translated_pack(english, "en") == english
    assert translation_folder(packs, "pl") == packs.parent / "pl"


def test_a_region_named_folder_is_found(packs: Path):
    (packs.parent / "pl").rename(packs.parent / "pl-PL")
    assert load_pack_in(packs, "pl").page("keep-active").title == "Bądź aktywny"


def test_shipped_translations_leave_no_hole():
    """Every shipped language folder gives every English page, exercise and step some words."""
    english = load_pack(SHIPPED)
    for folder in sorted(p for p in SHIPPED.parent.iterdir() if p.is_dir() and p != SHIPPED):
        pack = load_pack_in(SHIPPED, folder.name)
        assert [p.id for p in pack.pages] == [p.id for p in english.pages]
        assert all(p.markdown.strip() and p.title.strip() for p in pack.pages)
        assert all(e.name and all(s.text for s in e.steps) for e in pack.exercises)
        assert [len(e.steps) for e in pack.exercises] == [len(e.steps) for e in english.exercises]
