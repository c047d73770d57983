"""Content packs: the advice pages, exercises and contact details a clinic can replace without code.

A pack is a folder holding ``pack.toml`` (metadata, contacts, ordered pages), one Markdown file per
page, and ``exercises.toml``. :func:`load_pack` reads and validates one; every problem becomes a
:class:`ContentError` that names the file (and line where the parser knows it).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "pack.toml"
SIDES = ("none", "alternate", "either")


class ContentError(Exception):
    """A content pack is unusable. ``str()`` is a plain message naming the file."""

    def __init__(self, file: Path | str, message: str, line: int | None = None):
        self.file = Path(file)
        self.message = message
        self.line = line
        where = f"{self.file.name}, line {line}" if line else self.file.name
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Contacts:
    physiotherapy_phone: str
    physiotherapy_hours: str
    pals: str
    organisation: str = ""


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    markdown: str
    file: Path


@dataclass(frozen=True)
class Prescription:
    """A suggested starting point; the person's physiotherapist may change it."""

    reps: int
    hold_s: int
    rest_s: int
    sets: int
    sides: str  # one of SIDES


@dataclass(frozen=True)
class Step:
    text: str
    pose: str  # key into the figure poses drawn by ui/figure.py


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    starting_position: str
    steps: tuple[Step, ...]
    prescription: Prescription
    take_care: str


@dataclass(frozen=True)
class ContentPack:
    folder: Path
    id: str
    title: str
    locale: str
    source: str
    leaflet_number: str
    published: date
    review_due: date
    contacts: Contacts
    pages: tuple[Page, ...]
    exercises: tuple[Exercise, ...]
    warnings: tuple[str, ...] = field(default=())

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def review_overdue(self, today: date) -> bool:
        return today >= self.review_due


# --------------------------------------------------------------------------------------------------
# Loading


def _read_toml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "the file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(path, f"the file cannot be read ({exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise ContentError(path, f"this is not valid TOML ({exc})", line) from None


def _inside(folder: Path, relative: str, manifest: Path) -> Path:
    """Resolve a path from the pack, refusing anything that leaves the pack folder."""
    if not isinstance(relative, str) or not relative.strip():
        raise ContentError(manifest, f"a file name is missing or empty ({relative!r})")
    if "://" in relative:
        raise ContentError(manifest, f"'{relative}' is a web address; a pack may only name its own files")
    candidate = Path(relative)
    if candidate.is_absolute():
        raise ContentError(manifest, f"'{relative}' is an absolute path; use a path inside the pack")
    resolved = (folder / candidate).resolve()
    if not resolved.is_relative_to(folder.resolve()):
        raise ContentError(manifest, f"'{relative}' points outside the pack folder")
    return resolved


def _table(data: dict, key: str, file: Path) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ContentError(file, f"the [{key}] section is missing")
    return value


def _text(table: dict, key: str, file: Path, where: str, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ContentError(file, f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise ContentError(file, f"{where}: '{key}' is missing")
    return value.strip()


def _date(table: dict, key: str, file: Path, where: str) -> date:
    value = table.get(key)
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(file, f"{where}: '{key}' must be a date like 2022-12-01")


def _int(table: dict, key: str, file: Path, where: str, low: int, high: int) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContentError(file, f"{where}: '{key}' must be a whole number from {low} to {high}")
    return value


def load_pack(folder: Path | str) -> ContentPack:
    folder = Path(folder)
    manifest = folder / MANIFEST
    data = _read_toml(manifest)
    meta = _table(data, "pack", manifest)
    contacts_t = _table(data, "contacts", manifest)
    contacts = Contacts(
        physiotherapy_phone=_text(contacts_t, "physiotherapy_phone", manifest, "[contacts]"),
        physiotherapy_hours=_text(contacts_t, "physiotherapy_hours", manifest, "[contacts]"),
        pals=_text(contacts_t, "pals", manifest, "[contacts]"),
        organisation=_text(contacts_t, "organisation", manifest, "[contacts]", required=False),
    )
    pages_raw = data.get("pages")
    if not isinstance(pages_raw, list) or not pages_raw:
        raise ContentError(manifest, "the pack lists no [[pages]]")
    pages, seen = [], set()
    for n, raw in enumerate(pages_raw, 1):
        where = f"page {n}"
        if not isinstance(raw, dict):
            raise ContentError(manifest, f"{where} is not a table")
        page_id = _text(raw, "id", manifest, where)
        if page_id in seen:
            raise ContentError(manifest, f"{where}: the id '{page_id}' is used twice")
        seen.add(page_id)
        file = _inside(folder, raw.get("file"), manifest)
        try:
            markdown = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ContentError(manifest, f"{where}: the page file '{raw.get('file')}' does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(file, f"the page cannot be read ({exc})") from None
        pages.append(Page(page_id, _text(raw, "title", manifest, where), markdown, file))

    exercises_file = _inside(folder, meta.get("exercises", "exercises.toml"), manifest)
    exercises = load_exercises(exercises_file)

    published = _date(meta, "published", manifest, "[pack]")
    review_due = _date(meta, "review_due", manifest, "[pack]")
    if review_due < published:
        raise ContentError(manifest, "[pack]: 'review_due' is before 'published'")
    return ContentPack(
        folder=folder, id=_text(meta, "id", manifest, "[pack]"), title=_text(meta, "title", manifest, "[pack]"),
        locale=_text(meta, "locale", manifest, "[pack]"), source=_text(meta, "source", manifest, "[pack]"),
        leaflet_number=_text(meta, "leaflet_number", manifest, "[pack]"), published=published,
        review_due=review_due, contacts=contacts, pages=tuple(pages), exercises=exercises)


def load_exercises(file: Path) -> tuple[Exercise, ...]:
    data = _read_toml(file)
    raw_list = data.get("exercises")
    if not isinstance(raw_list, list) or not raw_list:
        raise ContentError(file, "the file lists no [[exercises]]")
    result, seen = [], set()
    for n, raw in enumerate(raw_list, 1):
        where = f"exercise {n}"
        if not isinstance(raw, dict):
            raise ContentError(file, f"{where} is not a table")
        ex_id = _text(raw, "id", file, where)
        if ex_id in seen:
            raise ContentError(file, f"{where}: the id '{ex_id}' is used twice")
        seen.add(ex_id)
        p = raw.get("prescription")
        if not isinstance(p, dict):
            raise ContentError(file, f"{where}: the [exercises.prescription] table is missing")
        sides = p.get("sides", "none")
        if sides not in SIDES:
            raise ContentError(file, f"{where}: 'sides' must be one of {', '.join(SIDES)}")
        prescription = Prescription(
            reps=_int(p, "reps", file, where, 1, 100), hold_s=_int(p, "hold_s", file, where, 0, 300),
            rest_s=_int(p, "rest_s", file, where, 0, 600), sets=_int(p, "sets", file, where, 1, 20),
            sides=sides)
        steps_raw = raw.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise ContentError(file, f"{where}: it has no [[exercises.steps]]")
        steps = []
        for m, s in enumerate(steps_raw, 1):
            if not isinstance(s, dict):
                raise ContentError(file, f"{where}, step {m} is not a table")
            steps.append(Step(_text(s, "text", file, f"{where}, step {m}"),
                              _text(s, "pose", file, f"{where}, step {m}")))
        result.append(Exercise(
            id=ex_id, name=_text(raw, "name", file, where),
            starting_position=_text(raw, "starting_position", file, where), steps=tuple(steps),
            prescription=prescription, take_care=_text(raw, "take_care", file, where)))
    return tuple(result)
