"""Content packs: the shipped pack says every fact it must, and a broken pack says exactly what is wrong."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from backpain_desktop.domain.content import (
    MAX_FILE_BYTES,
    ContentError,
    load_pack,
    month_year,
    page_parts,
    render_markdown,
    review_status,
)
from backpain_desktop.paths import resource_path

SHIPPED = resource_path("content", "en-GB")


def shipped_text(pack, today=date(2026, 11, 23)) -> str:
    return "\n".join(render_markdown(pack, page, today) for page in pack.pages)


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped pack, to break in one way per test."""
    target = tmp_path / "pack"
    shutil.copytree(SHIPPED, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The number of the last line holding ``needle``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if needle in line][-1]


def problem(pack_dir: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_pack(pack_dir)
    return caught.value


def test_shipped_pack_loads_with_every_page_in_order(pack):
    assert [p.id for p in pack.pages] == [
        "living-with-back-pain", "keep-active", "hurt-is-not-harm", "medicines", "pacing", "physiotherapy",
        "why-exercise", "get-help-urgently", "contact-us", "about"]
    assert pack.leaflet_number == "4876/VER1"
    assert (pack.published, pack.review_due) == (date(2019, 12, 1), date(2022, 12, 1))
    assert pack.urgent_page == "get-help-urgently"
    assert pack.page("pacing").opens == "pacing" and pack.page("why-exercise").opens == "exercises"
    assert pack.contacts.physiotherapy_phone == "020 7188 5094"
    assert len(pack.exercises) == 5


@pytest.mark.parametrize("fact", [
    "hurt does not equal harm", "ibuprofen", "naproxen", "020 7188 5094", "Monday to Friday, 8.30am to 5pm",
    "Patient Advice and Liaison Service (PALS)", "4876/VER1", "December 2019", "December 2022",
    "not a diagnosis", "999", "A&E", "111", "urgent GP appointment",
    # the three pacing steps
    "Notice how much you have managed lately", "Split tasks into smaller parts", "rest between each part",
    "Build up slowly",
    # the rest of CONTENT.md
    "last a long time", "stay as active as you can", "pharmacist or your GP", "examine you",
    "plan the care that suits you", "worries", "fitter", "stronger", "stress and tension", "mood", "sleep",
    "speak to your physiotherapist if you need more information about these exercises",
])
def test_shipped_pack_keeps_each_key_fact(pack, fact):
    assert fact.casefold() in shipped_text(pack).casefold()


# The NHS back pain page's lists (CONTENT.md "When to get help urgently"): each item as the phrase the
# shipped page uses for it, under the card it belongs on. A clinic's pack may word them its own way;
# these hold the shipped one to the NHS lists.
URGENT_ITEMS = {
    "emergency": {
        "both-legs": "pain, tingling, weakness or numbness in both legs",
        "saddle-numbness": "numbness or tingling around your genitals or bottom",
        "difficulty-peeing": "it is hard to pee",
        "bladder-bowel-control": "you cannot control your bladder or bowels (you pee or poo yourself)",
        "chest-pain": "chest pain",
        "serious-accident": "it started after a serious accident, such as a car accident",
    },
    "urgent": {
        "high-temperature": "a high temperature",
        "weight-loss": "you have lost weight without trying to",
        "lump-or-shape": "a lump or swelling in your back, or your back has changed shape",
        # "or", not "and": either one alone is a reason to get help.
        "rest-or-night": "the pain does not get better when you rest, or it is worse at night (one of these "
                         "is enough)",
        "sneeze-cough-poo": "the pain gets worse when you sneeze, cough or poo",
        "top-of-back": "the pain comes from the top of your back, between your shoulders, not your lower "
                       "back",
    },
    "routine": {
        "few-weeks": "your back pain has not got better after a few weeks of looking after it at home",
        "everyday": "it stops you doing your everyday things",
        "very-bad-or-worse": "it is very bad, or it gets worse over time",
        "worried": "you are worried about it, or you are finding it hard to cope",
    },
}


def urgent_cards(pack) -> dict[str, str]:
    text = render_markdown(pack, pack.page(pack.urgent_page), date(2026, 1, 1))
    return {part.kind: part.markdown for part in page_parts(text) if part.kind}


def list_items(markdown: str) -> list[str]:
    return [line[2:].strip() for line in markdown.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize(("kind", "item"), [(kind, item) for kind, items in URGENT_ITEMS.items()
                                            for item in items], ids=lambda v: str(v))
def test_urgent_page_lists_each_nhs_item_on_the_right_card(pack, kind, item):
    """Ensure every NHS red flag is a list item of its own card, and on no other card."""
    cards = urgent_cards(pack)
    phrase = URGENT_ITEMS[kind][item]
    assert phrase in list_items(cards[kind])
    assert all(phrase not in list_items(md) for other, md in cards.items() if other != kind)


def test_urgent_page_is_calm_first_then_999_then_111_then_a_gp(pack):
    cards = urgent_cards(pack)
    parts = page_parts(render_markdown(pack, pack.page("get-help-urgently"), date(2026, 1, 1)))
    assert [p.kind for p in parts if p.kind] == ["emergency", "urgent", "routine"]
    first = parts[0]
    assert first.kind == "" and first.markdown.startswith("# Get help urgently")
    assert "These problems are rare. Most back pain is not caused by anything serious." in first.markdown
    assert cards["emergency"].startswith("## Call 999 or go to A&E now\n")
    assert "Call **999** or go to **A&E**" in cards["emergency"]
    assert cards["urgent"].startswith("## Get an urgent GP appointment or call 111\n")
    assert "call **111**" in cards["urgent"]
    assert cards["routine"].startswith("## See a GP if\n")
    assert [len(list_items(cards[k])) for k in ("emergency", "urgent", "routine")] == [6, 6, 4]
    text = shipped_text(pack)
    assert "weakness that is getting worse" not in text  # not on the NHS lists
    assert "is much worse at night" not in text and ", and is" not in cards["urgent"]


@pytest.mark.parametrize("words", ["give up", "will help", "helps your back get better",
                                   "a little more each week", "the most useful thing",
                                   "long-lasting back pain"])
def test_no_page_promises_more_than_the_leaflet(pack, words):
    """Ensure the pages keep the leaflet's "usually", "can help" and "for some people"."""
    assert words not in shipped_text(pack).casefold()


def test_pages_keep_the_leaflets_degree_of_certainty(pack):
    today = date(2026, 1, 1)
    page = {p.id: render_markdown(pack, p, today) for p in pack.pages}
    assert "For some people, it can last a long time." in page["living-with-back-pain"]
    assert "chronic" not in pack.pages[0].title.casefold() and "long" not in pack.pages[0].title.casefold()
    assert "Being active can help your back get better." in page["keep-active"]
    assert "A physiotherapist will usually talk with you." in page["physiotherapy"]
    assert "slow down and [pace your activity](page:pacing)" in page["hurt-is-not-harm"]


def test_medicines_page_says_only_what_content_md_allows(pack):
    text = render_markdown(pack, pack.page("medicines"), date(2026, 1, 1))
    for words in ("can help you get back to the things you usually do", "**ibuprofen**", "**naproxen**",
                  "take the lowest dose that helps", "take it for the shortest time you need",
                  "Ask a pharmacist or your GP first if:", "you have stomach, kidney or heart problems",
                  "you have asthma", "you are pregnant", "you take other medicines",
                  "Paracetamol on its own is not recommended for low back pain.",
                  "Your GP can talk to you about other options."):
        assert words in text
    assert not re.search(r"opioid|codeine|tramadol|gabapentin|amitriptyline", text, re.IGNORECASE)


def test_exercise_numbers_are_called_the_apps_starting_point_not_the_leaflets(pack):
    about = render_markdown(pack, pack.page("about"), date(2026, 1, 1))
    assert "the app's own suggested starting point, not the leaflet's" in about
    assert "Speak to your physiotherapist if you need more information about these exercises." in (
        pack.exercises_intro)
    assert "suggested starting point, not the leaflet's" in pack.exercises_intro


def test_shipped_pack_recommends_no_paracetamol_and_gives_no_doses(pack):
    text = shipped_text(pack).casefold()
    assert text.count("paracetamol") == 1 and "paracetamol on its own is not recommended" in text
    assert not re.search(r"\d\s*(mg|milligram|tablet)", text)


def test_about_page_is_built_from_the_manifest_dates(pack):
    about = pack.page("about")
    overdue = render_markdown(pack, about, date(2026, 11, 23))
    assert "4876/VER1" in overdue and "December 2019" in overdue
    assert ("The leaflet was due for review in December 2022, so the hospital may change it. We checked "
            "this advice against NHS advice in December 2026. It still matched.") in overdue
    in_date = render_markdown(pack, about, date(2022, 11, 30))
    assert "The leaflet is due for review in December 2022." in in_date
    assert "{{" not in overdue + in_date


def test_an_overdue_pack_nobody_checked_says_it_may_be_out_of_date(pack_dir):
    edit(pack_dir / "pack.toml", "nhs_checked = 2026-12-03\n", "")
    pack = load_pack(pack_dir)
    assert pack.nhs_checked is None
    status = review_status(pack, date(2026, 11, 23))
    assert "That date has passed. Some of this may now be out of date." in status
    assert "NHS" not in status


def test_review_is_overdue_from_the_due_date(pack):
    assert not pack.review_overdue(date(2022, 11, 30))
    assert pack.review_overdue(date(2022, 12, 1))
    assert month_year(date(2019, 12, 1)) == "December 2019"


def test_contact_details_come_from_the_manifest(pack_dir):
    edit(pack_dir / "pack.toml", '"020 7188 5094"', '"01234 567890"')
    edit(pack_dir / "pack.toml", '"the hospital that wrote the leaflet"', '"St Elsewhere Hospital"')
    edit(pack_dir / "pack.toml", '"physiotherapy department"', '"back pain team"')
    pack = load_pack(pack_dir)
    text = render_markdown(pack, pack.page("contact-us"), date(2026, 1, 1))
    assert "01234 567890" in text and "7188" not in text
    assert 'On this page, "us" means the back pain team at St Elsewhere Hospital.' in text


def test_contact_page_says_who_we_are_and_that_the_line_is_not_for_emergencies(pack):
    text = render_markdown(pack, pack.page("contact-us"), date(2026, 1, 1))
    assert ('On this page, "us" means the physiotherapy department at the hospital that wrote the '
            "leaflet.") in text
    assert "This phone line is not for emergencies." in text
    assert "call **111**" in text and "call\n**999**" in text
    assert "[Get help urgently](page:get-help-urgently)" in text
    assert "PALS on" not in text  # the shipped pack has no PALS contact: the line is left out whole
    assert "{{" not in text and "****" not in text


def test_pals_contact_shows_when_the_pack_gives_one(pack_dir):
    edit(pack_dir / "pack.toml", 'pals_contact = ""', 'pals_contact = "020 0000 0000"')
    pack = load_pack(pack_dir)
    text = render_markdown(pack, pack.page("contact-us"), date(2026, 1, 1))
    assert "You can reach PALS on **020 0000 0000**." in text


def test_a_pack_without_the_new_fields_still_loads(pack_dir):
    """Ensure a clinic's pack made before department, PALS contact and the NHS check date still works."""
    for line in ('department = "physiotherapy department"\n', 'pals_contact = ""\n',
                 "nhs_checked = 2026-12-03\n"):
        edit(pack_dir / "pack.toml", line, "")
    pack = load_pack(pack_dir)
    assert (pack.contacts.department, pack.contacts.pals_contact, pack.nhs_checked) == ("", "", None)
    text = render_markdown(pack, pack.page("contact-us"), date(2026, 1, 1))
    assert '"us" means' not in text and "020 7188 5094" in text


def test_page_parts_split_a_page_into_text_and_cards():
    parts = page_parts("# Title\n\nCalm.\n\n## Now {.emergency}\n\n- a\n\n### Still the card\n\n"
                       "## Soon {.urgent}\n- b\n## After\n\nText.\n")
    assert [(p.kind, p.markdown) for p in parts] == [
        ("", "# Title\n\nCalm.\n"), ("emergency", "## Now\n\n- a\n\n### Still the card\n"),
        ("urgent", "## Soon\n- b\n"), ("", "## After\n\nText.\n")]


# -- broken packs: one clear message naming the file (and line) --------------------------------------

MANIFEST_BREAKS = [
    # (what is broken, old text, new text, words expected, line containing this text or None)
    ("unknown field", 'locale = "en-GB"', 'locale = "en-GB"\ncolour = "blue"', "'colour' is not a field",
     'colour = "blue"'),
    ("unknown section", "[contacts]", "[extras]\nx = 1\n\n[contacts]", "'extras' is not a section",
     "[extras]"),
    ("missing field", 'leaflet_number = "4876/VER1"\n', "", "[pack]: 'leaflet_number' is missing", "[pack]"),
    ("empty field", 'pals = "Patient Advice and Liaison Service (PALS)"', 'pals = ""',
     "[contacts]: 'pals' must be some text", 'pals = ""'),
    ("bad date", "review_due = 2022-12-01", 'review_due = "soon"',
     "'review_due' must be a date like 2022-12-01",
     'review_due = "soon"'),
    ("review before published", "review_due = 2022-12-01", "review_due = 2018-12-01",
     "'review_due' is before 'published'", "review_due = 2018-12-01"),
    ("duplicate id", 'id = "about"', 'id = "contact-us"',
     "page 10: the id 'contact-us' is already used by page 9", 'id = "contact-us"'),
    ("missing page file", 'file = "pages/medicines.md"', 'file = "pages/pills.md"',
     "page 4: the page file 'pages/pills.md' does not exist", 'file = "pages/pills.md"'),
    ("traversal", 'file = "pages/medicines.md"', 'file = "../../secret.md"',
     "'../../secret.md' points outside the pack folder", 'file = "../../secret.md"'),
    ("absolute path", 'file = "pages/medicines.md"', 'file = "/etc/passwd"',
     "'/etc/passwd' is an absolute path", 'file = "/etc/passwd"'),
    ("remote file", 'file = "pages/medicines.md"', 'file = "https://example.org/medicines.md"',
     "is a web address", None),
    ("remote address in a field", 'pals = "Patient Advice and Liaison Service (PALS)"',
     'pals = "see www.example.org"', "[contacts]: 'pals' holds a web address", "www.example.org"),
    ("unknown opens", 'pacing.md"\nopens = "pacing"', 'pacing.md"\nopens = "shop"',
     "'opens' must be one of pacing, exercises",
     'opens = "shop"'),
    ("opens not text", 'pacing.md"\nopens = "pacing"', 'pacing.md"\nopens = 1', "'opens' must be some text",
     "opens = 1"),
    ("unknown urgent page", 'urgent_page = "get-help-urgently"', 'urgent_page = "help"',
     "'urgent_page' names 'help'", 'urgent_page = "help"'),
    ("bad NHS check date", "nhs_checked = 2026-12-03", 'nhs_checked = "lately"',
     "'nhs_checked' must be a date like 2022-12-01", 'nhs_checked = "lately"'),
    ("PALS contact not text", 'pals_contact = ""', "pals_contact = 5", "'pals_contact' must be some text",
     "pals_contact = 5"),
    ("malformed TOML", 'title = "Keep active"', 'title = "Keep active', "this is not valid TOML",
     'title = "Keep active'),
]


@pytest.mark.parametrize(("what", "old", "new", "words", "line_text"), MANIFEST_BREAKS,
                         ids=[b[0] for b in MANIFEST_BREAKS])
def test_broken_manifest_gives_its_own_message(pack_dir, what, old, new, words, line_text):
    manifest = pack_dir / "pack.toml"
    edit(manifest, old, new)
    error = problem(pack_dir)
    assert len(error.problems) == 1, str(error)
    assert error.file.name == "pack.toml"
    assert words in error.message
    assert str(error).startswith("pack.toml")
    if line_text:
        assert error.line == line_of(manifest, line_text)
        assert f"pack.toml, line {error.line}: " in str(error)


PAGE_BREAKS = [
    ("web link", "[Keep active](page:keep-active)", "[NHS](https://www.nhs.uk/back-pain)",
     "is a web address"),
    ("bare web address", "Find out why", "See www.nhs.uk. Find out why", "'www.nhs.uk.' is a web address"),
    ("autolink", "Find out why", "<http://example.org> Find out why",
     "'http://example.org' is a web address"),
    ("mail link", "[Keep active](page:keep-active)", "[mail](mailto:a@b.c)", "does not point to a page"),
    ("file link", "[Keep active](page:keep-active)", "[x](../../pack.toml)", "does not point to a page"),
    ("reference link", "Find out why", "[nhs]: https://nhs.uk\n\nFind out why", "is a web address"),
    ("unknown page", "(page:keep-active)", "(page:keep-activ)",
     "the link to 'page:keep-activ' names no page"),
    ("picture", "Find out why", "![x](pic.png) Find out why", "pictures are not supported"),
    ("html", "Find out why", '<a href="x">Find</a> out why', "HTML is not allowed"),
    ("unknown placeholder", "Find out why", "{{fone}} Find out why", "'{{fone}}' is not a known placeholder"),
    ("unknown card", "Medicines can help", "## Later {.soon}\n\nMedicines can help",
     "'{.soon}' is not a kind of card"),
    ("card mark off a heading", "(page:keep-active).", "(page:keep-active). {.urgent}",
     "a card mark such as {.emergency} goes at the end of a '## ' heading"),
]


@pytest.mark.parametrize(("what", "old", "new", "words"), PAGE_BREAKS, ids=[b[0] for b in PAGE_BREAKS])
def test_page_that_leaves_the_app_is_refused_with_its_file_and_line(pack_dir, what, old, new, words):
    page = pack_dir / "pages" / "medicines.md"
    edit(page, old, new)
    error = problem(pack_dir)
    assert error.file.name == "medicines.md"
    assert words in error.message
    assert error.line == line_of(page, new.splitlines()[0][:12])


def test_oversized_page_is_refused(pack_dir):
    (pack_dir / "pages" / "medicines.md").write_text("# Medicines\n\n" + "Words. " * MAX_FILE_BYTES,
                                                     encoding="utf-8")
    error = problem(pack_dir)
    assert error.file.name == "medicines.md" and "too big" in error.message


def test_oversized_manifest_is_refused(pack_dir):
    with (pack_dir / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write("# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    error = problem(pack_dir)
    assert error.file.name == "pack.toml" and "too big" in error.message


def test_page_symlinked_outside_the_pack_is_refused(pack_dir, tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("# Outside\n", encoding="utf-8")
    (pack_dir / "pages" / "medicines.md").unlink()
    try:
        (pack_dir / "pages" / "medicines.md").symlink_to(outside)
    except OSError:
        pytest.skip("symlinks not available here")
    assert "points outside the pack folder" in problem(pack_dir).message


def test_every_problem_is_listed_one_per_line(pack_dir):
    edit(pack_dir / "pack.toml", 'locale = "en-GB"', 'locale = "en-GB"\ncolour = "blue"')
    edit(pack_dir / "pages" / "keep-active.md", "(page:pacing)", "(https://example.org)")
    error = problem(pack_dir)
    lines = str(error).splitlines()
    assert len(lines) == 2 == len(error.problems)
    assert lines[0].startswith("pack.toml, line") and "'colour'" in lines[0]
    assert lines[1].startswith("keep-active.md, line") and "web address" in lines[1]


def test_missing_folder_and_missing_manifest_are_named(tmp_path):
    assert "does not exist" in str(problem(tmp_path / "nowhere"))
    (tmp_path / "empty").mkdir()
    error = problem(tmp_path / "empty")
    assert error.file.name == "pack.toml" and "missing" in error.message


def test_broken_exercises_file_is_reported_too(pack_dir):
    (pack_dir / "exercises.toml").write_text("[[exercises]\n", encoding="utf-8")
    error = problem(pack_dir)
    assert error.file.name == "exercises.toml" and "not valid TOML" in error.message


def test_exercise_steps_name_poses_the_app_can_draw(pack):
    from backpain_desktop.domain.poses import POSES

    for exercise in pack.exercises:
        assert all(step.pose in POSES for step in exercise.steps)
        assert exercise.start_pose in POSES and exercise.hold_pose in POSES
    assert pack.exercise("knee-rolls").other_side_pose == "knee-rolls-right"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('pose = "knee-hugs-lift"', 'pose = "knee-hugs-lifted"', "the pose 'knee-hugs-lifted' is not one"),
    ('hold_pose = "squat-down"', 'hold_pose = "squat-low"', "the pose 'squat-low' is not one"),
    ('reps = 8', 'reps = 8\nrepeats = 3', "'repeats' is not a field this app knows"),
    ('take_care = "Go slowly.', 'take_kare = "x"\ntake_care = "Go slowly.', "'take_kare' is not a field"),
    ('other_side_pose = "knee-rolls-right"\n', '', "needs 'other_side_pose'"),
    ('text = "Come back up to standing."', 'text = "Come back up to standing."\npicture = "x.png"',
     "'picture' is not a field"),
])
def test_exercise_file_mistakes_are_named(pack_dir, old, new, expected):
    """Ensure a clinic's typo in exercises.toml (unknown field, pose the app cannot draw) is reported."""
    edit(pack_dir / "exercises.toml", old, new)
    error = problem(pack_dir)
    assert error.file.name == "exercises.toml" and expected in error.message


def test_exercises_intro_that_is_not_text_is_named(pack_dir):
    text = (pack_dir / "exercises.toml").read_text(encoding="utf-8")
    start, end = text.index('intro = """'), text.index('"""', text.index('intro = """') + 11) + 3
    (pack_dir / "exercises.toml").write_text(text[:start] + "intro = 5" + text[end:], encoding="utf-8")
    error = problem(pack_dir)
    assert error.file.name == "exercises.toml" and "'intro' must be some text" in error.message
