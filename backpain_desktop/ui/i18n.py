"""Which language the app speaks: choosing it (the person's choice, else LANGUAGE / LC_ALL / LC_MESSAGES /
LANG, else the system locale), loading the app's and Qt's own translations, the default QLocale for dates
and numbers, and the layout direction (right to left for Arabic).

A language is offered when ``resources/translations/backpain_<code>.qm`` exists (English needs none), so a
clinic adds one by dropping in a .qm file and a content pack, without code. ``pseudo`` is a test language:
every string bracketed and made about 40 % longer, to find clipped and untranslated text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
# Each language named in itself, as a picker shows it; others fall back to Qt's own name for them.
NATIVE_NAMES = {"en": "English", "pl": "Polski", "ar": "العربية"}


def language_name(code: str) -> str:
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def available_languages(translations: Path) -> list[str]:
    """English first, then every language with a compiled translation in ``translations``."""
    found = sorted(p.stem.removeprefix("backpain_") for p in translations.glob("backpain_*.qm"))
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def _code(tag: str) -> str:
    """``pl_PL.UTF-8`` -> ``pl``; ``C`` and ``POSIX`` mean no preference."""
    tag = tag.split(".")[0].split("@")[0].replace("-", "_")
    return "" if tag in ("C", "POSIX", "") else tag.split("_")[0].lower()


def system_language(offered: list[str], environ: Mapping[str, str] | None = None,
                    system_locale: str | None = None) -> str:
    """The first offered language the person's environment asks for, as gettext reads it: LANGUAGE (a
    colon-separated list, used when a locale is set), then LC_ALL, LC_MESSAGES, LANG; then the system
    locale; else English."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    locale_set = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if env.get("LANGUAGE"):
        wanted += [_code(part) for part in env["LANGUAGE"].split(":")]
    if locale_set:
        wanted.append(_code(locale_set))
    wanted.append(_code(system_locale if system_locale is not None else QLocale.system().name()))
    return next((code for code in wanted if code in offered), SOURCE_LANGUAGE)


class PseudoTranslator(QTranslator):
    """Every string bracketed and lengthened by about 40 %: untranslated or clipped text stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:
        if not source:
            return source
        return "[" + source + "·" * max(1, round(len(source) * 0.4)) + "]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


class Languages:
    """Installs one language at a time into the running application."""

    def __init__(self, translations: Path):
        self.translations = translations
        self.current = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def offered(self) -> list[str]:
        return available_languages(self.translations)

    def install(self, code: str) -> str:
        """Switch the whole application to ``code`` (falling back to English when it has no translation);
        returns the language now in use. Widgets get a LanguageChange event; the layout direction and the
        default locale for dates and numbers follow."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if code == PSEUDO:
            self._installed.append(PseudoTranslator(app))
        elif code == SOURCE_LANGUAGE:
            english = QTranslator(app)  # only English's plural forms: "1 rep", "2 reps"
            if english.load(str(self.translations / f"backpain_{SOURCE_LANGUAGE}.qm")):
                self._installed.append(english)
        elif code != SOURCE_LANGUAGE:
            ours = QTranslator(app)
            if not ours.load(str(self.translations / f"backpain_{code}.qm")):
                code = SOURCE_LANGUAGE
            else:
                self._installed.append(ours)
                qt_own = QTranslator(app)  # Qt's standard buttons and dialogs
                qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                for folder in (self.translations, qt_folder):
                    if qt_own.load(f"qtbase_{code}", str(folder)):
                        self._installed.append(qt_own)
                        break
        for translator in self._installed:
            app.installTranslator(translator)
        locale = QLocale(code) if code not in (SOURCE_LANGUAGE, PSEUDO) else english_locale()
        QLocale.setDefault(locale)
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(locale.textDirection())
        self.current = code
        return code


def english_locale() -> QLocale:
    """The system's own English (en_US, en_IE…) when it has one, else British English, as the leaflet."""
    system = QLocale.system()
    return system if system.language() == QLocale.Language.English else QLocale("en_GB")


def direction(code: str) -> Qt.LayoutDirection:
    return QLocale(code).textDirection() if code != PSEUDO else Qt.LayoutDirection.LeftToRight


def say(words: object) -> str:
    """A domain :class:`~backpain_desktop.domain.messages.Message` in the language in use: its source
    translated in its context, ``%1``… filled with its values (Messages translated in turn, numbers in
    the locale's digits and separators); any other text comes back as it is."""
    from backpain_desktop.domain.messages import Message, fill

    if not isinstance(words, Message):
        return "" if words is None else str(words)
    text = QCoreApplication.translate(words.context, words.source, None, words.n)
    values = tuple(say(v) if isinstance(v, Message) else number(v) if isinstance(v, (int, float))
                   and not isinstance(v, bool) else str(v) for v in words.values)
    return fill(text.replace("%n", number(words.n)) if words.n >= 0 else text, values)


def number(value: float) -> str:
    """A count or amount in the locale's own digits and separators, without needless decimals."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1).rstrip("0").rstrip(locale.decimalPoint())


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode first-strong isolates (U+2068 … U+2069): a phone number, number or
    name put into a translated sentence keeps its own direction inside Arabic text and never reorders
    the words around it."""
    return "\u2068" + text + "\u2069"


def local_month_year(day) -> str:
    """"December 2022" in the language in use: the month's own (nominative) name, then the year."""
    locale = QLocale()
    return QCoreApplication.translate("i18n", "%1 %2", "month name, then year").replace(
        "%1", locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)).replace(
        "%2", locale.toString(day, "yyyy"))
