"""Content packs: the advice pages, exercises and contact details a clinic can replace without code.

A pack is a folder holding ``pack.toml`` (metadata, contacts, ordered pages), one Markdown file per
page, and ``exercises.toml``. :func:`load_pack` reads and validates one; every problem becomes a
:class:`ContentError` that names the file (and line where the parser knows it).

A page may set parts of itself apart as cards: a second-level heading ending in ``{.emergency}``,
``{.urgent}`` or ``{.routine}`` starts one, which runs to the next heading of level one or two.
:func:`page_parts` splits a page that way; the Advice tab draws each card in its own colours.
"""

from __future__ import annotations

import re
import stat
import sys
from collections.abc import Callable, Container
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from backpain_desktop.domain.messages import Message, message
from backpain_desktop.domain.poses import POSES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "pack.toml"
Table = dict[str, object]  # a TOML table as read, before its values are checked
Link = tuple[str, Path, int]  # a page link's target, and the file and line it was written on
SIDES = ("none", "alternate", "either")

# -- what a pack manifest may hold (anything else is reported, so a typo never passes silently) -----
MAX_FILE_BYTES = 256 * 1024  # far above any leaflet page; stops a wrong file being loaded whole
TOP_LEVEL_KEYS = ("pack", "contacts", "pages")
PACK_KEYS = ("id", "title", "locale", "source", "leaflet_number", "published", "review_due",
             "exercises", "urgent_page", "nhs_checked")
PACK_OPTIONAL_KEYS = ("exercises", "nhs_checked")
DATE_KEYS = ("published", "review_due", "nhs_checked")
CONTACT_KEYS = ("organisation", "department", "physiotherapy_phone", "physiotherapy_hours", "pals",
                "pals_contact")
CONTACT_OPTIONAL_KEYS = ("organisation", "department", "pals_contact")
PAGE_KEYS = ("id", "title", "file", "opens")
PAGE_OPENS = ("pacing", "exercises")
PAGE_LINK_SCHEME = "page"  # [words](page:keep-active)
LANGUAGE_MARK = "@"  # [words](page:about@en): the same page in another language, e.g. the English original
# exercises.toml: the fields each [[exercises]] table, its prescription and its steps may hold.
EXERCISE_KEYS = ("id", "name", "starting_position", "take_care", "prescription", "steps", "start_pose",
                 "hold_pose", "other_side_pose")
EXERCISE_OPTIONAL_KEYS = ("other_side_pose",)
PRESCRIPTION_KEYS = ("reps", "hold_s", "rest_s", "sets", "sides")
STEP_KEYS = ("text", "pose")
PLACEHOLDERS = ("phone", "hours", "pals", "pals_contact", "organisation", "department", "source",
                "leaflet_number", "published", "review_due", "review_status", "nhs_checked")
# How a card looks is the Advice tab's business; what it means is the pack's: 999 / A&E now, an urgent
# GP appointment or 111, or see a GP when you can.
CARD_KINDS = ("emergency", "urgent", "routine")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


class ContentError(Exception):
    """A content pack is unusable. ``str()`` is a plain message naming the file, one line per problem.

    ``problems`` holds every problem found (each itself a ContentError); the first is also this one's
    ``file``/``message``/``line``.
    """

    def __init__(self, file: Path | str, message: str, line: int | None = None,
                 problems: list[ContentError] | None = None):
        self.file = Path(file)
        self.message = message
        self.line = line
        self.problems: list[ContentError] = problems or [self]
        super().__init__("\n".join(p.describe() for p in self.problems))

    def describe(self) -> str:
        where = f"{self.file.name}, line {self.line}" if self.line else self.file.name
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Contacts:
    physiotherapy_phone: str
    physiotherapy_hours: str
    pals: str
    organisation: str = ""  # who "us" is: the hospital or practice ...
    department: str = ""  # ... and the team in it that answers the phone
    pals_contact: str = ""  # how to reach PALS; a page line that uses it is left out while it is empty


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    markdown: str  # as written in the pack; render_markdown() fills in the placeholders
    file: Path
    opens: str = ""  # "", or the tab the page offers a button for: one of PAGE_OPENS


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
    pose: str  # a name in domain/poses.py POSES; ui/figure.py draws it


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    starting_position: str
    steps: tuple[Step, ...]
    prescription: Prescription
    take_care: str
    # The rep timer moves the figure from start_pose to hold_pose and back; with sides = "alternate"
    # the second side of each rep goes to other_side_pose.
    start_pose: str = ""
    hold_pose: str = ""
    other_side_pose: str = ""

    @property
    def poses(self) -> tuple[str, ...]:
        """Every pose the timer shows, in the order it shows them."""
        return tuple(p for p in (self.start_pose, self.hold_pose, self.other_side_pose) if p)


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
    urgent_page: str = ""  # id of the page the "Get help urgently" button opens
    # When someone last checked the advice against the NHS pages it follows; None if the pack never says.
    nhs_checked: date | None = None
    exercises_intro: str = ""  # exercises.toml's intro: what the exercises are for, whom to ask about them

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def review_overdue(self, today: date) -> bool:
        return today >= self.review_due


# --------------------------------------------------------------------------------------------------
# Loading


def _check_size(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ContentError(path, "the file is missing") from None
    except (OSError, ValueError) as exc:
        raise ContentError(path, f"the file cannot be read ({exc})") from None
    if not stat.S_ISREG(info.st_mode):
        # A folder, a device or a named pipe: reading a pipe would wait for ever.
        raise ContentError(path, "this is not an ordinary file")
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise ContentError(path, f"the file is too big ({size // 1024} KB; the limit is "
                                 f"{MAX_FILE_BYTES // 1024} KB)")


def _read_toml(path: Path) -> Table:
    _check_size(path)
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
        reason = getattr(exc, "msg", str(exc))
        raise ContentError(path, f"this is not valid TOML ({reason})", line) from None
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively; no real pack nests this deep.
        raise ContentError(path, "the file nests lists or tables too deeply to be a content pack") from None


def _inside(folder: Path, relative: object, manifest: Path) -> Path:
    """Resolve a path from the pack, refusing anything that leaves the pack folder."""
    if not isinstance(relative, str) or not relative.strip():
        raise ContentError(manifest, f"a file name is missing or empty ({relative!r})")
    if "://" in relative:
        raise ContentError(manifest, f"'{relative}' is a web address; a pack may only name its own files")
    if any(ord(char) < 32 or ord(char) == 127 for char in relative):
        # The operating system cannot even look up a name holding a NUL (Python raises ValueError).
        raise ContentError(manifest, f"the file name {relative!r} holds a control character")
    candidate = Path(relative)
    if candidate.is_absolute():
        raise ContentError(manifest, f"'{relative}' is an absolute path; use a path inside the pack")
    try:
        resolved = (folder / candidate).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, an unencodable name
        raise ContentError(manifest, f"'{relative}' cannot be looked up ({exc})") from None
    if not resolved.is_relative_to(folder.resolve()):
        raise ContentError(manifest, f"'{relative}' points outside the pack folder")
    return resolved


def _text(table: Table, key: str, file: Path, where: str, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ContentError(file, f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise ContentError(file, f"{where}: '{key}' is missing")
    return value.strip()


def _date(table: Table, key: str, file: Path, where: str) -> date:
    value = table.get(key)
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(file, f"{where}: '{key}' must be a date like 2022-12-01")


def _int(table: Table, key: str, file: Path, where: str, low: int, high: int) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContentError(file, f"{where}: '{key}' must be a whole number from {low} to {high}")
    return value


class _ManifestLines:
    """Where each key of pack.toml sits, so a problem can name its line (tomllib gives values only)."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")

    def __init__(self, text: str):
        self._lines: dict[tuple[str, int, str], int] = {}
        section, index = "", 0
        counts: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), 1):
            header = self._HEADER.match(line)
            if header:
                section = header.group(2)
                counts[section] = counts.get(section, 0) + 1
                index = counts[section] - 1 if header.group(1) == "[[" else 0
                self._lines.setdefault((section, index, ""), number)
                continue
            key = self._KEY.match(line)
            if key:
                self._lines.setdefault((section, index, key.group(1)), number)

    def line(self, section: str, key: str = "", index: int = 0) -> int | None:
        return self._lines.get((section, index, key)) or self._lines.get((section, index, ""))


class _Problems:
    def __init__(self) -> None:
        self.found: list[ContentError] = []

    def add(self, file: Path, message: str, line: int | None = None) -> None:
        self.found.append(ContentError(file, message, line))

    def extend(self, error: ContentError) -> None:
        self.found.extend(error.problems)

    def raise_if_any(self) -> None:
        if self.found:
            first = self.found[0]
            raise ContentError(first.file, first.message, first.line, problems=list(self.found))


_URL = re.compile(r"(?i)\b(?:https?|ftp)://[^\s)>\]]*|\bwww\.[^\s)>\]]+")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_INLINE_LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)[^)]*\)")
_REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>|<!--")
_PLACEHOLDER = re.compile(r"\{\{\s*([^}]*?)\s*\}\}")


def _check_link(target: str, file: Path, line: int, problems: _Problems, links: list[Link]) -> None:
    if target.lower().startswith(PAGE_LINK_SCHEME + ":"):
        links.append((target[len(PAGE_LINK_SCHEME) + 1:], file, line))
    elif _URL.match(target) or target.startswith("//"):
        problems.add(file, f"'{target}' is a web address; the app never leaves this computer, so pages "
                           f"may only link to other pages, written (page:PAGE-ID)", line)
    else:
        problems.add(file, f"the link '{target}' does not point to a page; write links between pages as "
                           f"(page:PAGE-ID)", line)


def _check_markdown(markdown: str, file: Path, problems: _Problems, links: list[Link]) -> None:
    """Report links that leave the app, raw HTML and unknown placeholders, by line."""
    for number, line in enumerate(markdown.splitlines(), 1):
        rest = line
        reference = _REFERENCE_LINK.match(line)
        if reference:
            _check_link(reference.group(1), file, number, problems, links)
            continue
        for match in _INLINE_LINK.finditer(line):
            if match.group(1):
                problems.add(file, "pictures are not supported in advice pages", number)
            else:
                _check_link(match.group(2), file, number, problems, links)
        rest = _INLINE_LINK.sub(" ", rest)
        for match in _AUTOLINK.finditer(rest):
            _check_link(match.group(1), file, number, problems, links)
        rest = _AUTOLINK.sub(" ", rest)
        for match in _URL.finditer(rest):
            _check_link(match.group(0), file, number, problems, links)
        if _HTML_TAG.search(rest):
            problems.add(file, "HTML is not allowed in a page; write it in Markdown", number)
        if _CARD_MARK.search(line):
            card = _CARD_HEADING.match(line)
            if not card:
                problems.add(file, "a card mark such as {.emergency} goes at the end of a '## ' heading",
                             number)
            elif card.group(2) not in CARD_KINDS:
                problems.add(file, f"'{{.{card.group(2)}}}' is not a kind of card; use one of "
                                   + ", ".join("{." + k + "}" for k in CARD_KINDS), number)
        for match in _PLACEHOLDER.finditer(line):
            if match.group(1) not in PLACEHOLDERS:
                problems.add(file, f"'{{{{{match.group(1)}}}}}' is not a known placeholder; use one of "
                                   + ", ".join("{{" + p + "}}" for p in PLACEHOLDERS), number)


@dataclass(frozen=True)
class _Manifest:
    """pack.toml while it is checked: its pack folder, where each key sits, and the problems found so far."""

    folder: Path
    file: Path
    lines: _ManifestLines
    problems: _Problems

    def add(self, message: str, line: int | None = None) -> None:
        self.problems.add(self.file, message, line)


def _check_keys(table: Table, allowed: tuple[str, ...], optional: tuple[str, ...], where: str,
                section: str, m: _Manifest, index: int = 0) -> None:
    for key in table:
        if key not in allowed:
            m.add(f"{where}: '{key}' is not a field this app knows (expected one of {', '.join(allowed)})",
                  m.lines.line(section, key, index))
    for key in allowed:
        if key in DATE_KEYS or (key in optional and key not in table):
            continue  # dates are checked by _checked_date
        value = table.get(key)
        if key not in table:
            m.add(f"{where}: '{key}' is missing", m.lines.line(section, "", index))
        elif not isinstance(value, str) or (key not in optional and not value.strip()):
            m.add(f"{where}: '{key}' must be some text", m.lines.line(section, key, index))
        elif _URL.search(value) and key != "file":
            m.add(f"{where}: '{key}' holds a web address; a pack is read offline and may not point to the "
                  f"web", m.lines.line(section, key, index))


def _checked_date(table: Table, key: str, m: _Manifest) -> date | None:
    value = table.get(key)
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    what = "is missing" if key not in table else f"must be a date like 2022-12-01, not {value!r}"
    m.add(f"[pack]: '{key}' {what}", m.lines.line("pack", key))
    return None


def _str(table: Table, key: str) -> str:
    value = table.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def load_pack(folder: Path | str) -> ContentPack:
    """Read and validate the pack in ``folder``; raise ContentError listing every problem found."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    if not folder.is_dir():
        raise ContentError(folder, "this content pack folder does not exist")
    data = _read_manifest(manifest)
    m = _Manifest(folder, manifest, _ManifestLines(manifest.read_text(encoding="utf-8")), _Problems())
    _check_sections(data, m)
    meta = _section(data, "pack", PACK_KEYS, PACK_OPTIONAL_KEYS, m)
    published, review_due, nhs_checked = _pack_dates(meta, m)
    contacts = _contacts(_section(data, "contacts", CONTACT_KEYS, CONTACT_OPTIONAL_KEYS, m))
    pages, page_numbers, links = _pages(data.get("pages"), m)
    _check_links(links, page_numbers, m.problems)
    urgent = _urgent_page(meta, page_numbers, m)
    exercises_intro, exercises = _pack_exercises(meta, m)
    m.problems.raise_if_any()
    assert published is not None and review_due is not None  # else a problem was reported
    return ContentPack(
        folder=folder, id=_str(meta, "id"), title=_str(meta, "title"), locale=_str(meta, "locale"),
        source=_str(meta, "source"), leaflet_number=_str(meta, "leaflet_number"), published=published,
        review_due=review_due, contacts=contacts, pages=tuple(pages), exercises=exercises,
        urgent_page=urgent, nhs_checked=nhs_checked, exercises_intro=exercises_intro)


def _read_manifest(manifest: Path) -> Table:
    """pack.toml's tables; a TOML error names its line the way every other problem does."""
    try:
        return _read_toml(manifest)
    except ContentError as exc:
        if exc.line is None and "(at line" in exc.message:  # Python 3.11 puts the line in the text
            found = re.search(r"\(at line (\d+), column \d+\)", exc.message)
            if found:
                message = exc.message.replace(found.group(0), "").replace(" )", ")").strip()
                raise ContentError(exc.file, message, int(found.group(1))) from None
        raise


def _check_sections(data: Table, m: _Manifest) -> None:
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            m.add(f"'{key}' is not a section this app knows (expected {', '.join(TOP_LEVEL_KEYS)})",
                  m.lines.line(key) or m.lines.line("", key))


def _section(data: Table, key: str, allowed: tuple[str, ...], optional: tuple[str, ...],
             m: _Manifest) -> Table:
    """The [key] table with its fields checked; empty (and a problem reported) when it is missing."""
    table = data.get(key)
    if not isinstance(table, dict):
        m.add(f"the [{key}] section is missing")
        return {}
    _check_keys(table, allowed, optional, f"[{key}]", key, m)
    return table


def _pack_dates(meta: Table, m: _Manifest) -> tuple[date | None, date | None, date | None]:
    """When the leaflet was published, is due for review and was last checked against NHS advice."""
    if not meta:
        return None, None, None
    published = _checked_date(meta, "published", m)
    review_due = _checked_date(meta, "review_due", m)
    if published and review_due and review_due < published:
        m.add("[pack]: 'review_due' is before 'published'", m.lines.line("pack", "review_due"))
    nhs_checked = _checked_date(meta, "nhs_checked", m) if "nhs_checked" in meta else None
    return published, review_due, nhs_checked


def _contacts(table: Table) -> Contacts:
    return Contacts(physiotherapy_phone=_str(table, "physiotherapy_phone"),
                    physiotherapy_hours=_str(table, "physiotherapy_hours"),
                    pals=_str(table, "pals"), organisation=_str(table, "organisation"),
                    department=_str(table, "department"), pals_contact=_str(table, "pals_contact"))


def _pages(raw_pages: object, m: _Manifest) -> tuple[list[Page], dict[str, int], list[Link]]:
    """The pages with no problems; every page id with the number of the page that first uses it (a page
    with problems still counts, so links to it are not reported twice); and every link to a page."""
    if not isinstance(raw_pages, list) or not raw_pages:
        m.add("the pack lists no [[pages]]")
        raw_pages = []
    pages: list[Page] = []
    numbers: dict[str, int] = {}
    links: list[Link] = []
    for index, raw in enumerate(raw_pages):
        page = _page(raw, index, numbers, links, m)
        if page is not None:
            pages.append(page)
    return pages, numbers, links


def _page(raw: object, index: int, numbers: dict[str, int], links: list[Link], m: _Manifest) -> Page | None:
    """The ``index``-th [[pages]] entry as a Page, or None (and its problems reported)."""
    where = f"page {index + 1}"
    if not isinstance(raw, dict):
        m.add(f"{where} is not a table")
        return None
    before = len(m.problems.found)
    _check_keys(raw, PAGE_KEYS, ("opens",), where, "pages", m, index)
    page_id, file_name = _str(raw, "id"), raw.get("file")
    if page_id and page_id in numbers:
        m.add(f"{where}: the id '{page_id}' is already used by page {numbers[page_id]}",
              m.lines.line("pages", "id", index))
    numbers.setdefault(page_id, index + 1)
    opens = _str(raw, "opens")
    if opens and opens not in PAGE_OPENS:
        m.add(f"{where}: 'opens' must be one of {', '.join(PAGE_OPENS)}",
              m.lines.line("pages", "opens", index))
    if not isinstance(file_name, str) or not file_name.strip():
        return None
    read = _page_file(file_name, where, index, m)
    if read is None:
        return None
    file, markdown = read
    _check_markdown(markdown, file, m.problems, links)
    if len(m.problems.found) != before:
        return None
    return Page(page_id, _str(raw, "title"), markdown, file, opens)


def _page_file(file_name: str, where: str, index: int, m: _Manifest) -> tuple[Path, str] | None:
    """The page's file and its Markdown, or None (and the problem reported) when it cannot be read."""
    try:
        file = _inside(m.folder, file_name, m.file)
        _check_size(file)
        return file, file.read_text(encoding="utf-8")
    except ContentError as exc:
        if exc.message == "the file is missing":
            exc = ContentError(m.file, f"{where}: the page file '{file_name}' does not exist")
        m.problems.add(exc.file, exc.message,
                       m.lines.line("pages", "file", index) if exc.file == m.file else exc.line)
    except (OSError, UnicodeDecodeError) as exc:
        m.problems.add(m.folder / file_name, f"the page cannot be read ({exc})")
    return None


def _check_links(links: list[Link], page_ids: Container[str], problems: _Problems) -> None:
    for target, file, line in links:
        if target.partition(LANGUAGE_MARK)[0] not in page_ids:
            problems.add(file, f"the link to 'page:{target}' names no page in this pack", line)


def _urgent_page(meta: Table, page_ids: Container[str], m: _Manifest) -> str:
    urgent = _str(meta, "urgent_page")
    if urgent and urgent not in page_ids:
        m.add(f"[pack]: 'urgent_page' names '{urgent}', which is not one of the pages",
              m.lines.line("pack", "urgent_page"))
    return urgent


def _pack_exercises(meta: Table, m: _Manifest) -> tuple[str, tuple[Exercise, ...]]:
    """The intro and exercises of the file [pack] names; none (and the problems reported) if it has any."""
    try:
        return _load_exercises(_inside(m.folder, meta.get("exercises", "exercises.toml"), m.file))
    except ContentError as exc:
        m.problems.extend(exc)
        return "", ()


# --------------------------------------------------------------------------------------------------
# What a page shows


def month_year(day: date) -> str:
    """'December 2022': the way the leaflet gives its dates."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def review_status(pack: ContentPack, today: date,
                  month_year_of: Callable[[date], str] = month_year) -> Message:
    """Calm, plain sentences on whether the leaflet's review date has passed and what that means
    (``month_year_of`` words the months: the UI passes one in the language in use)."""
    due = month_year_of(pack.review_due)
    if not pack.review_overdue(today):
        return message("content", "The leaflet is due for review in %1.").args(due)
    if pack.nhs_checked is not None:
        return message("content", "The leaflet was due for review in %1, so the hospital may change it. We "
                                  "checked this advice against NHS advice in %2. It still matched.").args(
            due, month_year_of(pack.nhs_checked))
    return message("content", "The leaflet was due for review in %1. That date has passed. Some of this may "
                              "now be out of date. Ask your physiotherapist if anything has changed.") \
        .args(due)


def placeholder_values(pack: ContentPack, today: date, month_year_of: Callable[[date], str] = month_year,
                       word: Callable[[str], str] = str) -> dict[str, str]:
    """What each {{placeholder}} becomes on the day ``today``; ``word`` says a domain Message in the
    language in use (the UI passes ui/i18n.say)."""
    c = pack.contacts
    return {
        "phone": c.physiotherapy_phone, "hours": c.physiotherapy_hours, "pals": c.pals,
        "pals_contact": c.pals_contact, "organisation": c.organisation, "department": c.department,
        "source": pack.source, "leaflet_number": pack.leaflet_number,
        "published": month_year_of(pack.published), "review_due": month_year_of(pack.review_due),
        "review_status": word(review_status(pack, today, month_year_of)),
        "nhs_checked": month_year_of(pack.nhs_checked) if pack.nhs_checked else "",
    }


def render_markdown(pack: ContentPack, page: Page, today: date, values: dict[str, str] | None = None) -> str:
    """The page's Markdown with its placeholders filled in from the pack's manifest.

    A line holding a placeholder the pack leaves empty (no PALS contact, say) is left out whole, so a
    page never shows a sentence with a gap in it."""
    values = placeholder_values(pack, today) if values is None else values
    lines: list[str] = []
    for line in page.markdown.splitlines(keepends=True):
        used = [m.group(1) for m in _PLACEHOLDER.finditer(line)]
        if any(name in values and not values[name] for name in used):
            continue
        lines.append(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), line))
    return "".join(lines)


@dataclass(frozen=True)
class PagePart:
    kind: str  # "" for ordinary text, else one of CARD_KINDS
    markdown: str  # the part's Markdown, card mark taken off


_CARD_HEADING = re.compile(r"^##[ \t]+(.*?)[ \t]*\{\.([A-Za-z0-9_-]+)\}[ \t]*$")
_CARD_MARK = re.compile(r"[ \t]*\{\.[A-Za-z0-9_-]+\}[ \t]*$")
_TOP_HEADING = re.compile(r"^#{1,2}[ \t]")


def page_parts(markdown: str) -> list[PagePart]:
    """The page in order: ordinary text and cards. A card starts at a heading ``## Words {.kind}`` and
    runs to the next heading of level one or two."""
    parts: list[PagePart] = []
    kind, lines = "", list[str]()

    def close() -> None:
        text = "".join(lines).strip("\n")
        if text.strip():
            parts.append(PagePart(kind, text + "\n"))

    for line in markdown.splitlines(keepends=True):
        card = _CARD_HEADING.match(line.rstrip("\r\n"))
        if card or _TOP_HEADING.match(line):
            close()
            kind, lines = (card.group(2), [f"## {card.group(1)}\n"]) if card else ("", [line])
        else:
            lines.append(line)
    close()
    return parts


def strip_card_marks(markdown: str) -> str:
    """The page as plain Markdown (cards as ordinary sections), for find and for reading scores."""
    return "\n".join(p.markdown for p in page_parts(markdown))


def _unknown_keys(table: Table, allowed: tuple[str, ...], file: Path, where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ContentError(file, f"{where}: '{key}' is not a field this app knows (expected one of "
                                     f"{', '.join(allowed)})")


def _pose(table: Table, key: str, file: Path, where: str, required: bool = True) -> str:
    name = _text(table, key, file, where, required)
    if name and name not in POSES:
        raise ContentError(file, f"{where}: the pose '{name}' is not one the app can draw (known poses: "
                                 f"{', '.join(sorted(POSES))})")
    return name


def load_exercises(file: Path) -> tuple[Exercise, ...]:
    return _load_exercises(file)[1]


def _load_exercises(file: Path) -> tuple[str, tuple[Exercise, ...]]:
    """The file's intro (what the exercises are for; may be empty) and its exercises."""
    data = _read_toml(file)
    intro = data.get("intro", "")
    if not isinstance(intro, str):
        raise ContentError(file, "'intro' must be some text")
    raw_list = data.get("exercises")
    if not isinstance(raw_list, list) or not raw_list:
        raise ContentError(file, "the file lists no [[exercises]]")
    result, seen = [], set()
    for n, raw in enumerate(raw_list, 1):
        where = f"exercise {n}"
        if not isinstance(raw, dict):
            raise ContentError(file, f"{where} is not a table")
        _unknown_keys(raw, EXERCISE_KEYS, file, where)
        ex_id = _text(raw, "id", file, where)
        if ex_id in seen:
            raise ContentError(file, f"{where}: the id '{ex_id}' is used twice")
        seen.add(ex_id)
        p = raw.get("prescription")
        if not isinstance(p, dict):
            raise ContentError(file, f"{where}: the [exercises.prescription] table is missing")
        _unknown_keys(p, PRESCRIPTION_KEYS, file, f"{where}, prescription")
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
            _unknown_keys(s, STEP_KEYS, file, f"{where}, step {m}")
            steps.append(Step(_text(s, "text", file, f"{where}, step {m}"),
                              _pose(s, "pose", file, f"{where}, step {m}")))
        other = _pose(raw, "other_side_pose", file, where, required=False)
        if sides == "alternate" and not other:
            raise ContentError(file, f"{where}: an exercise done on alternate sides needs 'other_side_pose'")
        result.append(Exercise(
            id=ex_id, name=_text(raw, "name", file, where),
            starting_position=_text(raw, "starting_position", file, where), steps=tuple(steps),
            prescription=prescription, take_care=_text(raw, "take_care", file, where),
            start_pose=_pose(raw, "start_pose", file, where), hold_pose=_pose(raw, "hold_pose", file, where),
            other_side_pose=other))
    return intro.strip(), tuple(result)


# --------------------------------------------------------------------------------------------------
# Packs in other languages
#
# A translation is a folder beside the English pack, named by its language ("pl", "ar", or "pl-PL"):
# the same layout (pack.toml with [[pages]], page files, exercises.toml) but it may hold only part of
# it. Whatever it translates replaces the English; anything it leaves out, or gets wrong, stays English,
# page by page, exercise by exercise and field by field, so a half-done translation never leaves a hole.
# Numbers, poses, links' targets and the order of pages always come from the English pack.

OVERLAY_CONTACT_KEYS = ("physiotherapy_hours", "organisation", "department", "pals_contact")


def translation_folder(base: Path, language: str) -> Path | None:
    """The folder beside ``base`` that holds ``language``'s translation ("pl" finds pl/ or pl-PL/)."""
    if not language or language.startswith("en"):
        return None
    exact = base.parent / language
    if (exact / MANIFEST).is_file():
        return exact
    return next((p for p in sorted(base.parent.glob(f"{language}-*")) if (p / MANIFEST).is_file()
                 and p != base), None)


def translated_pack(base: ContentPack, language: str) -> ContentPack:
    """``base`` in ``language`` where a translation folder beside it says so; English for the rest.
    A problem in the translation becomes a warning (that part stays English), never an error."""
    folder = translation_folder(base.folder, language)
    if folder is None:
        return base
    warnings: list[str] = []
    try:
        data = _read_toml(folder / MANIFEST)
    except ContentError as exc:
        return replace(base, warnings=base.warnings + (str(exc),))
    meta, contacts_raw = _subtable(data, "pack"), _subtable(data, "contacts")
    contacts = replace(base.contacts, **{k: v.strip() for k, v in contacts_raw.items()
                                          if k in OVERLAY_CONTACT_KEYS and isinstance(v, str) and v.strip()})
    pages = tuple(_translated_page(page, folder, data.get("pages"), {p.id for p in base.pages}, warnings)
                  for page in base.pages)
    intro, exercises = _translated_exercises(base, folder, meta, warnings)
    return replace(base, title=_overlay(meta.get("title"), base.title),
                   locale=str(meta.get("locale") or language), contacts=contacts,
                   pages=pages, exercises=exercises, exercises_intro=intro,
                   warnings=base.warnings + tuple(warnings))


def _subtable(data: Table, key: str) -> Table:
    """``data[key]`` when it is a table, else an empty one: a translation may leave any part out."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _sublist(data: Table, key: str) -> list[object]:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _overlay(translated: object, english: str) -> str:
    """The translated words, or the English where the translation gives no text."""
    return translated.strip() if isinstance(translated, str) and translated.strip() else english


def _translated_page(page: Page, folder: Path, raw_pages: object, ids: set[str], warnings: list[str]) -> Page:
    raw = next((r for r in raw_pages if isinstance(r, dict) and r.get("id") == page.id), None) \
        if isinstance(raw_pages, list) else None
    if raw is None:
        return page
    raw_title = raw.get("title")
    title = raw_title if isinstance(raw_title, str) and raw_title.strip() else page.title
    file_name = raw.get("file")
    if not isinstance(file_name, str) or not file_name.strip():
        return replace(page, title=title)
    problems, links = _Problems(), list[Link]()
    try:
        file = _inside(folder, file_name, folder / MANIFEST)
        _check_size(file)
        markdown = file.read_text(encoding="utf-8")
    except (ContentError, OSError, UnicodeDecodeError) as exc:
        warnings.append(f"{folder.name}/{file_name}: {exc}; the English page is shown")
        return replace(page, title=title)
    _check_markdown(markdown, file, problems, links)
    _check_links(links, ids, problems)
    if problems.found:
        warnings += [f"{folder.name}/{p.describe()}; the English page is shown" for p in problems.found]
        return replace(page, title=title)
    return replace(page, title=title, markdown=markdown, file=file)


def _translated_exercises(base: ContentPack, folder: Path, meta: Table,
                          warnings: list[str]) -> tuple[str, tuple[Exercise, ...]]:
    name = meta.get("exercises", "exercises.toml")
    try:
        data = _read_toml(_inside(folder, name if isinstance(name, str) else "exercises.toml",
                                  folder / MANIFEST))
    except ContentError as exc:
        if exc.message != "the file is missing":
            warnings.append(f"{folder.name}: {exc}; the exercises stay in English")
        return base.exercises_intro, base.exercises
    by_id = {r.get("id"): r for r in _sublist(data, "exercises") if isinstance(r, dict)}
    result = []
    for exercise in base.exercises:
        raw = by_id.get(exercise.id)
        if raw is None:
            result.append(exercise)
            continue
        steps_raw = _sublist(raw, "steps")
        steps = tuple(_translated_step(step, steps_raw[i] if i < len(steps_raw) else None)
                      for i, step in enumerate(exercise.steps))
        result.append(replace(exercise, name=_overlay(raw.get("name"), exercise.name),
                              starting_position=_overlay(raw.get("starting_position"),
                                                         exercise.starting_position),
                              take_care=_overlay(raw.get("take_care"), exercise.take_care), steps=steps))
    return _overlay(data.get("intro"), base.exercises_intro), tuple(result)


def _translated_step(step: Step, raw: object) -> Step:
    return replace(step, text=_overlay(raw.get("text"), step.text)) if isinstance(raw, dict) else step


def load_pack_in(folder: Path | str, language: str) -> ContentPack:
    """The pack in ``folder`` (validated as :func:`load_pack` does) shown in ``language``."""
    return translated_pack(load_pack(folder), language)
