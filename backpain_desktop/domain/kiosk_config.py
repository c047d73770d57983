"""The clinic kiosk settings file (``kiosk.toml`` in the config dir): parsing, validation, the staff PIN hash
and the rate limit on PIN attempts. Pure Python: no Qt, and time is always passed in.

An administrator writes the file; the app only reads it, except ``--set-kiosk-pin`` which updates the
``pin_hash`` line. A file with problems never stops the kiosk: each bad value falls back to a safe default,
the caller gets a plain-words message, and a copy of the file is kept aside for the administrator.
Because a kiosk file exists, an unreadable one still means kiosk mode (privacy first).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

MIN_COUNTDOWN_S = 20  # anything shorter is too little time to read and answer "Are you still there?"
STAFF_KEYS = "Ctrl+Alt+Shift+K"


@dataclass(frozen=True)
class KioskConfig:
    enabled: bool = False
    idle_minutes: float = 2.0
    countdown_seconds: int = 30
    text_scale_percent: int = 150
    pin_hash: str = ""  # "scrypt$n$r$p$salt$hash" or "pbkdf2_sha256$iterations$salt$hash"
    printer: str = ""  # the printer prints go to with no dialog; "" for the system's default printer

    @property
    def idle_seconds(self) -> float:
        return self.idle_minutes * 60.0


def _whole(v: object) -> int | None:
    """``v`` if it is a whole number (TOML's true/false are not), else None."""
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _number(v: object) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


# name -> (is the value acceptable, what a person should write)
_RULES: dict[str, tuple[Callable[[object], bool], str]] = {
    "enabled": (lambda v: isinstance(v, bool), "true or false"),
    "idle_minutes": (lambda v: 0.5 <= (_number(v) or 0) <= 60, "a number of minutes from 0.5 to 60"),
    "countdown_seconds": (lambda v: MIN_COUNTDOWN_S <= (_whole(v) or 0) <= 300,
                          f"a whole number of seconds from {MIN_COUNTDOWN_S} to 300"),
    "text_scale_percent": (lambda v: 100 <= (_whole(v) or 0) <= 300, "a whole number from 100 to 300"),
    "pin_hash": (lambda v: isinstance(v, str) and (v == "" or _parse_hash(v) is not None),
                 "the line written by --set-kiosk-pin"),
    "printer": (lambda v: isinstance(v, str) and len(v) <= 200 and v.isprintable(),
                "the name of a printer, as the system lists it"),
}


@dataclass
class LoadedKioskConfig:
    config: KioskConfig
    exists: bool = False
    problems: list[str] = field(default_factory=list)
    kept_as: Path | None = None

    @property
    def message(self) -> str:
        """One plain-words message for the person at the screen, or "" when the file was fine."""
        if not self.problems:
            return ""
        where = f" A copy of the file was kept as {self.kept_as.name}." if self.kept_as else ""
        return ("The kiosk settings file has problems, so safe settings are used instead: "
                + "; ".join(self.problems) + "." + where)


def parse_kiosk_config(text: str) -> tuple[KioskConfig, list[str]]:
    """Validate the file's text. Returns the config (safe default for each bad value) and the problems."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return KioskConfig(enabled=True), [f"it is not a valid TOML file ({exc})"]
    except RecursionError:  # tomllib parses nested arrays recursively
        return KioskConfig(enabled=True), ["it nests lists too deeply to be a kiosk settings file"]
    valid: dict[str, object] = {}
    problems: list[str] = []
    for key, value in raw.items():
        rule = _RULES.get(key)
        if rule is None:
            problems.append(f"'{key}' is not a kiosk setting (known: {', '.join(_RULES)})")
            continue
        acceptable, wanted = rule
        if not acceptable(value):
            problems.append(f"'{key}' should be {wanted}")
            continue
        valid[key] = value
    return _config_from(valid), problems


def _config_from(valid: dict[str, object]) -> KioskConfig:
    """The config holding each checked value, and the default where the file gave none."""
    default = KioskConfig()

    def text(key: str, fallback: str) -> str:
        value = valid.get(key)
        return value if isinstance(value, str) else fallback

    enabled = valid.get("enabled")
    return KioskConfig(
        enabled=enabled if isinstance(enabled, bool) else default.enabled,
        idle_minutes=_number(valid.get("idle_minutes", default.idle_minutes)) or default.idle_minutes,
        countdown_seconds=_whole(valid.get("countdown_seconds")) or default.countdown_seconds,
        text_scale_percent=_whole(valid.get("text_scale_percent")) or default.text_scale_percent,
        pin_hash=text("pin_hash", default.pin_hash), printer=text("printer", default.printer))


def load_kiosk_config(path: Path, now: datetime | None = None) -> LoadedKioskConfig:
    """Read and validate the kiosk file. A missing file is normal (no kiosk unless ``--kiosk``)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadedKioskConfig(KioskConfig())
    except OSError as exc:
        return LoadedKioskConfig(KioskConfig(enabled=True), True, [f"it could not be read ({exc.strerror})"])
    try:
        config, problems = parse_kiosk_config(data.decode("utf-8"))
    except UnicodeDecodeError:
        config, problems = KioskConfig(enabled=True), ["it is not UTF-8 text"]
    kept = _keep_copy(path, data, now) if problems else None
    return LoadedKioskConfig(config, True, problems, kept)


def _keep_copy(path: Path, data: bytes, now: datetime | None) -> Path | None:
    """Copy the bad file aside once, leaving the original so the next start is still a kiosk."""
    for existing in path.parent.glob(f"{path.name}.bad-*"):
        try:
            if existing.read_bytes() == data:
                return existing
        except OSError:
            continue
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    try:
        target.write_bytes(data)
    except OSError:
        return None
    return target


# -- the staff PIN -----------------------------------------------------------------------------------

_SCRYPT = (2**14, 8, 1)
_PBKDF2_ITERATIONS = 300_000


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted hash of the PIN for the kiosk file; scrypt where OpenSSL has it, else PBKDF2-SHA256."""
    import hashlib  # here, not at the top: only PIN handling needs them, and they slow every start-up
    import secrets

    salt = salt or secrets.token_bytes(16)
    if hasattr(hashlib, "scrypt"):
        n, r, p = _SCRYPT
        digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
        return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, _PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${_PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


class _ScryptHash(NamedTuple):
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


class _Pbkdf2Hash(NamedTuple):
    iterations: int
    salt: bytes
    digest: bytes


def _parse_hash(text: str) -> _ScryptHash | _Pbkdf2Hash | None:
    parts = text.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            salt, digest = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
            if n > 1 and n & (n - 1) == 0 and 0 < r <= 64 and 0 < p <= 16 and salt and len(digest) >= 16:
                return _ScryptHash(n, r, p, salt, digest)
        elif parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            iterations = int(parts[1])
            salt, digest = bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
            if iterations >= 10_000 and salt and len(digest) >= 16:
                return _Pbkdf2Hash(iterations, salt, digest)
    except ValueError:
        return None
    return None


def verify_pin(pin: str, pin_hash: str) -> bool:
    parsed = _parse_hash(pin_hash)
    if parsed is None:
        return False
    import hashlib  # see hash_pin
    import hmac

    if isinstance(parsed, _ScryptHash):
        if not hasattr(hashlib, "scrypt"):
            return False
        got = hashlib.scrypt(pin.encode("utf-8"), salt=parsed.salt, n=parsed.n, r=parsed.r, p=parsed.p,
                             maxmem=2**27, dklen=len(parsed.digest))
    else:
        got = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), parsed.salt, parsed.iterations,
                                  dklen=len(parsed.digest))
    return hmac.compare_digest(got, parsed.digest)


def pin_problem(pin: str) -> str:
    """Why a new PIN is not acceptable, or "" when it is."""
    if not re.fullmatch(r"[0-9]{4,12}", pin):
        return "The PIN must be 4 to 12 digits."
    return ""


def with_pin_hash(text: str, pin_hash: str) -> str:
    """The kiosk file's text with its ``pin_hash`` line set, keeping everything else the admin wrote."""
    line = f'pin_hash = "{pin_hash}"'
    pattern = re.compile(r"^[ \t]*pin_hash[ \t]*=.*$", re.MULTILINE)
    if pattern.search(text):
        return pattern.sub(lambda _m: line, text, count=1)
    if text and not text.endswith("\n"):
        text += "\n"
    if re.search(r"^\s*\[", text, re.MULTILINE):
        return line + "\n" + text  # keys before the first table belong to the top level
    return text + line + "\n"


@dataclass
class PinAttempt:
    accepted: bool
    wait_seconds: float = 0.0  # > 0: locked; the PIN was not even checked


class PinGuard:
    """Slows down guessing: a few free tries, then a lock that doubles with each further wrong PIN."""

    def __init__(self, free_attempts: int = 3, first_lock_s: float = 30.0, max_lock_s: float = 600.0):
        self.free_attempts = free_attempts
        self.first_lock_s = first_lock_s
        self.max_lock_s = max_lock_s
        self._failures = 0
        self._locked_until = -math.inf

    def wait_seconds(self, now: float) -> float:
        return max(0.0, self._locked_until - now)

    def attempt(self, pin: str, pin_hash: str, now: float) -> PinAttempt:
        wait = self.wait_seconds(now)
        if wait > 0:
            return PinAttempt(False, wait)
        if verify_pin(pin, pin_hash):
            self._failures = 0
            self._locked_until = -math.inf
            return PinAttempt(True)
        self._failures += 1
        extra = self._failures - self.free_attempts
        if extra >= 0:
            self._locked_until = now + min(self.max_lock_s, self.first_lock_s * 2**extra)
        return PinAttempt(False, self.wait_seconds(now))
