"""The one place the app makes sound and speaks: short tones (QSoundEffect, preloaded) and optional spoken
cues (QTextToSpeech), behind a small interface tests replace with a recording fake.

Sound is never the only channel: everything a cue says is also on screen. Where there is no audio
device or no speech engine (a headless CI machine, a kiosk with no speakers) the service stays silent.
Qt's multimedia and speech back ends report a missing sound server or plug-in as warnings while they
start; that is expected on such machines, so the probing runs with those messages sent to the log at
debug level instead of the console.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, QtMsgType, QUrl, qInstallMessageHandler

from backpain_desktop.paths import resource_path
from backpain_desktop.ui.chart_thread import NATIVE_LOADING

log = logging.getLogger(__name__)

# Tone names; each is resources/sounds/<name>.wav (made by devtools/make_sounds.py).
GET_READY, START, HOLD_END, SET_DONE, TICK = "get-ready", "start", "hold-end", "set-complete", "tick"
TONES = (GET_READY, START, HOLD_END, SET_DONE, TICK)
MOCK_ENGINE = "mock"  # Qt's test engine: speaks nothing, so the app never picks it
RETRY_MS = 100  # prepare() again this much later while the chart thread loads native code
PREPARE_STEP_MS = 60  # between prepare()'s two steps


@contextlib.contextmanager
def _qt_messages_to_debug_log() -> Iterator[None]:
    """While back ends probe for devices, log Qt's messages at debug level rather than as warnings."""
    def handler(mode: QtMsgType, context, message: str) -> None:
        log.debug("Qt (%s, %s): %s", getattr(mode, "name", mode), getattr(context, "category", ""), message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class Cues(QObject):
    """Plays tones and speaks; every method is safe to call when nothing can be heard."""

    def __init__(self, *, muted: bool = False, voice: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.muted = muted
        self.voice = voice
        self._effects: dict[str, object] = {}
        self._speech = None
        self._sound_ready = False
        self._sound_checked = False  # the audio back end loads in prepare() or on the first tone (~35 ms)
        self._module_tried = False  # prepare() has loaded (or failed to load) Qt's multimedia module
        self._speech_checked = False

    # -- what the UI asks --

    @property
    def sound_available(self) -> bool:
        self._ensure_sounds()
        return self._sound_ready

    def prepare(self) -> None:
        """Load the tones ahead of the first one, so it plays on time. Two idle turns of ~15-20 ms each
        rather than one pause: Qt's multimedia module first, then the audio device and the tones. If the
        chart thread is loading its libraries just now, a little later instead of waiting for it."""
        if self._sound_checked:
            return
        if not self._module_tried:
            if not NATIVE_LOADING.acquire(blocking=False):
                QTimer.singleShot(RETRY_MS, self, self.prepare)
                return
            try:
                self._module_tried = True
                with _qt_messages_to_debug_log(), contextlib.suppress(ImportError):  # _load_sounds says so
                    import PySide6.QtMultimedia  # noqa: F401 - loading it is the point
            finally:
                NATIVE_LOADING.release()
            QTimer.singleShot(PREPARE_STEP_MS, self, self.prepare)
            return
        if not self._ensure_sounds(wait=False):
            QTimer.singleShot(RETRY_MS, self, self.prepare)

    def _ensure_sounds(self, wait: bool = True) -> bool:
        """Load the sound back end once; False if ``wait`` is off and the chart thread is loading."""
        if self._sound_checked:
            return True
        if not NATIVE_LOADING.acquire(blocking=wait):
            return False
        try:  # the back end's plug-in must not start while the chart thread loads native code
            self._sound_checked = True
            self._load_sounds()
        finally:
            NATIVE_LOADING.release()
        return True

    def speech_available(self, wait: bool = True) -> bool:
        """Whether a real speech engine works here (checked once, on first ask). With ``wait`` off, False
        for now while the chart thread is loading, so a cue never holds up the window."""
        if not self._speech_checked:
            if not NATIVE_LOADING.acquire(blocking=wait):
                return False
            try:
                self._speech_checked = True
                self._speech = self._make_speech()
            finally:
                NATIVE_LOADING.release()
        return self._speech is not None

    def play(self, tone: str) -> None:
        # A tone due while the chart thread is still loading (a second or two after Pacing first opens)
        # is skipped rather than waited for: the screen says the same, and the timer must not stall.
        if self.muted or not self._ensure_sounds(wait=False) or not self._sound_ready:
            return
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()

    def say(self, text: str) -> None:
        if self.muted or not self.voice or not self.speech_available(wait=False):
            return
        self._speech.say(text)

    def stop(self) -> None:
        """Silence everything now (stop pressed, a kiosk visit ended)."""
        for effect in self._effects.values():
            effect.stop()
        if self._speech is not None:
            self._speech.stop()

    # -- set-up --

    def _load_sounds(self) -> None:
        with _qt_messages_to_debug_log():
            try:
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
            except ImportError as exc:  # the Addons wheel is missing: run without sound
                log.info("No sound: QtMultimedia is not available (%s)", exc)
                return
            if not QMediaDevices.audioOutputs():
                log.info("No sound: there is no audio output device")
                return
            for tone in TONES:
                path = resource_path("sounds", f"{tone}.wav")
                if not path.exists():
                    log.warning("Sound file missing: %s", path.name)
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[tone] = effect
        self._sound_ready = bool(self._effects)

    def _make_speech(self):
        with _qt_messages_to_debug_log():
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError as exc:
                log.info("No voice: QtTextToSpeech is not available (%s)", exc)
                return None
            for engine in QTextToSpeech.availableEngines():
                if engine == MOCK_ENGINE:
                    continue
                speech = QTextToSpeech(engine, self)
                if speech.state() != QTextToSpeech.State.Error:
                    return speech
                speech.deleteLater()
            log.info("No voice: no working speech engine")
        return None
