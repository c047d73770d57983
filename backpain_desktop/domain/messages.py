"""Sentences the Qt-free domain layer hands to the UI: the English words plus what it takes to say them
in the language in use.

A :class:`Message` *is* its English text (a ``str``), so logs, tests and any caller that has not learned
about languages keep working; ``ui/i18n.py`` ``say()`` looks its ``source`` up in ``context`` through
Qt's translations and fills in ``%1``, ``%2`` (and ``%n`` for a count) in the person's language.

Write every message as one whole call, ``message("context", "Words with %1.")``, then ``.args(...)``:
``pyside6-lupdate`` only sees string literals in the call itself (the translations devtool reads
``message`` like Qt's ``translate``). For a count, pass it as the fourth argument:
``message("context", "%n minute(s)", None, n)``.
"""

from __future__ import annotations


def fill(text: str, values: tuple[object, ...] = (), n: int = -1) -> str:
    """``%1``…``%9`` replaced by ``values`` (each as ``str``), ``%n`` by ``n``, in one pass."""
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char == "%" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt.isdigit() and nxt != "0" and int(nxt) <= len(values):
                out.append(str(values[int(nxt) - 1]))
                i += 2
                continue
            if nxt == "n" and n >= 0:
                out.append(str(n))
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


class Message(str):
    """English words that know how to be translated: ``context``, ``source``, ``values``, ``n``."""

    context: str
    source: str
    values: tuple[object, ...]
    n: int

    def __new__(cls, context: str, source: str, disambiguation: str | None = None, n: int = -1,
                values: tuple[object, ...] = ()) -> Message:
        made = super().__new__(cls, fill(source, values, n))
        made.context, made.source, made.values, made.n = context, source, tuple(values), n
        return made

    def args(self, *values: object) -> Message:
        """The same message with ``%1``, ``%2``… filled by ``values`` (numbers and other Messages are
        worded by the UI in the person's language)."""
        return Message(self.context, self.source, None, self.n, values)

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, None, int, tuple[object, ...]]]:
        # copies and pickles keep what to translate
        return (Message, (self.context, self.source, None, self.n, self.values))


def message(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Message:
    return Message(context, source, disambiguation, n)
