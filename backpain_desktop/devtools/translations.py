"""The translation sources: ``update`` collects every visible string from the code into
``resources/translations/backpain_<code>.ts`` (pyside6-lupdate; translations already made are kept), and
``compile`` turns each .ts into the .qm file the app loads (pyside6-lrelease).

    python -m backpain_desktop.devtools.translations update            # after changing strings in the code
    python -m backpain_desktop.devtools.translations update --add ur   # start a new language
    python -m backpain_desktop.devtools.translations compile           # after translating (Qt Linguist)

The .qm files are committed beside their .ts (a test checks they match a fresh compile), so a plain
``pip install`` of the source or the wheel carries them without a Qt build step.

Strings are found in ``self.tr("…")`` (context: the class), ``QCoreApplication.translate("context", "…")``
and the one helper ``_tr("context", "…")`` (ui/widgets.tr imported as ``_tr``). Strings built with
f-strings or ``+`` are invisible to lupdate: put the whole sentence in one call with %1, %2, %n.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "backpain_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "ar")
SOURCE = "en"  # the code's own language: its .ts holds only the English plural forms
# lupdate reads the helper _tr(context, text, disambiguation, n) and domain messages.message(...) like
# QCoreApplication.translate.
ALIASES = "translate+=_tr,translate+=message"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python first (a venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_files() -> list[Path]:
    """The translations to keep up to date (English's plural forms are made apart, by update_english)."""
    existing = sorted(p for p in TRANSLATIONS.glob("backpain_*.ts") if p.stem != f"backpain_{SOURCE}")
    wanted = {TRANSLATIONS / f"backpain_{code}.ts" for code in LANGUAGES}
    return sorted(wanted | set(existing))


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "devtools" not in p.parts)


def update(extra: list[str]) -> None:
    """Collect strings into every .ts (new ones marked unfinished, existing translations kept). Obsolete
    strings are dropped (-no-obsolete): the code is the one source, and a reworded English sentence must be
    translated afresh, never matched to an old translation of different words."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    targets = ts_files() + [TRANSLATIONS / f"backpain_{code}.ts" for code in extra]
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        for ts in targets:
            code = ts.stem.removeprefix("backpain_")
            subprocess.run([tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete",  # noqa: S603
                            "-tr-function-alias", ALIASES, "-source-language", "en_GB",
                            "-target-language", code, f"@{listing}", "-ts", str(ts)], check=True)
    update_english()


def english_ts() -> Path:
    return TRANSLATIONS / f"backpain_{SOURCE}.ts"


_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")  # entr(y|ies): singular | plural


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a %n source: "%n rep(s)", "%n entr(y|ies)"."""
    one = _CHOICE.sub(r"\1", source.replace("(s)", ""))
    many = _CHOICE.sub(r"\2", source.replace("(s)", "s"))
    return one, many


def update_english() -> None:
    """backpain_en.ts holds only the strings with a count (lupdate -pluralonly), each given its English
    singular and plural from the source's "(s)" or "(y|ies)", so "1 rep" and "2 reps" read right."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-pluralonly",  # noqa: S603
                        "-tr-function-alias", ALIASES, "-source-language", "en_GB",
                        "-target-language", "en_GB", f"@{listing}", "-ts", str(english_ts())], check=True)
    text = english_ts().read_text(encoding="utf-8")

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group(2))
        one, many = (html.escape(f, quote=False) for f in english_forms(source))
        return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    text = re.sub(r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
                  r'<translation type="unfinished">(?:(?!</translation>).)*</translation>', fill, text,
                  flags=re.S)
    english_ts().write_text(text, encoding="utf-8")


def finished(ts: Path) -> int:
    """How many strings of ``ts`` are translated (not marked unfinished)."""
    text = ts.read_text(encoding="utf-8")
    return text.count("<translation") - text.count('type="unfinished"') - text.count('type="vanished"') \
        - text.count('type="obsolete"')


def compile_all() -> None:
    """A .qm for each .ts with at least one translation; the app offers a language when its .qm exists, so
    a language nobody has translated yet is not offered."""
    for ts in [*ts_files(), english_ts()]:
        qm = ts.with_suffix(".qm")
        if not ts.exists() or finished(ts) == 0:
            qm.unlink(missing_ok=True)
        else:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m backpain_desktop.devtools.translations",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "compile"))
    parser.add_argument("--add", action="append", default=[], metavar="CODE",
                        help="also start backpain_CODE.ts for a new language (e.g. ur)")
    args = parser.parse_args(argv)
    if args.action == "update":
        update(args.add)
    else:
        compile_all()


if __name__ == "__main__":
    main()
