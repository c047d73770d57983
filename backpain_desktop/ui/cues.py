"""The one place the app makes sound and speaks: short tones (QSoundEffect, preloaded) and optional spoken
cues (QTextToSpeech), behind a small interface tests replace with a recording fake.

Sound is never the only channel: everything a cue says is also on screen. Where there is no audio
device or no speech engine (a headless CI machine, a kiosk with no speakers) the service stays silent.
Qt's multimedia and speech back ends report a missing sound server or plug-in as warnings while they
start; that is expected on such machines, so the probing runs with those messages sent to the log at
debug level instead of the console.

Sequencing lives here too, so that each cue is heard clearly: speech starts only after the tone before it
has ended, a tone interrupts speech rather than sounding over it, and a cue whose words would not end
before the next sound is due drops its tone (the words say the same) or its words (the screen shows them),
never speaking late. Speech is set to a level beside the tones' that does not clip.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import wave
from collections.abc import Callable, Iterator

from PySide6.QtCore import QLocale, QObject, QTimer, QtMsgType, QUrl, qInstallMessageHandler

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.paths import resource_path

log = logging.getLogger(__name__)

# Tone names; each is resources/sounds/<name>.wav (made by devtools/make_sounds.py).
GET_READY, START, HOLD_END, SET_DONE, TICK = "get-ready", "start", "hold-end", "set-complete", "tick"
TONES = (GET_READY, START, HOLD_END, SET_DONE, TICK)
MOCK_ENGINE = "mock"  # Qt's test engine: speaks nothing, so the app never picks it
RETRY_MS = 100  # prepare() again this much later while the chart thread loads native code
PREPARE_STEP_MS = 60  # between prepare()'s two steps
# Levels, measured on a PulseAudio null sink: tones peak at 0.25 of full scale (RMS -15 dBFS); espeak-ng
# through speech-dispatcher peaks at about 1.5 x the QTextToSpeech volume, clipping from 0.7 upwards.
TONE_VOLUME = 0.5
SPEECH_VOLUME = 0.4
SPEECH_GAP_MS = 30  # from a tone's end (its WAV's silent tail included) to the words after it
SPEECH_GUARD_MS = 150  # words must be due to end this long before the next sound
# How long words take, from espeak-ng's default 175 words a minute and its pause at a full stop; measured
# from "Hold" (0.44 s) to "Set 1 done. Rest." (1.5 s), every cue's estimate errs long by 0-0.4 s.
SPEECH_START_MS = 150
MS_PER_WORD = 350
MS_PER_PAUSE = 300
SPEECH_LANGUAGE = QLocale.Language.English  # the words' own language when the locale names none (C)


def speech_ms(words: str) -> int:
    """About how long ``words`` take to say, start-up included; on the long side, so cues never run late."""
    pauses = sum(words.strip().count(mark) for mark in (". ", ", ", ": "))
    return SPEECH_START_MS + MS_PER_WORD * len(words.split()) + MS_PER_PAUSE * pauses


def until_next_sound_ms(timer: rt.RepTimer) -> float | None:
    """Milliseconds from now until the timer's next sound: the next phase, or a hold's first tick. None
    when the timer is not running (nothing is due)."""
    seg = timer.segment
    if seg is None or not timer.running:
        return None
    left = timer.seconds_left
    if seg.phase == rt.HOLD:
        ticks = [s for s in range(1, rt.TICK_SECONDS + 1) if s < seg.duration and s < left]
        if ticks:
            left -= max(ticks)
    return left * 1000


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

    def __init__(self, *, muted: bool = False, voice: bool = False, parent: QObject | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 native_loading: threading.Lock | None = None):
        super().__init__(parent)
        # Sound and speech load native plug-ins only while holding this: the chart worker's lock, shared.
        self.native_loading = native_loading if native_loading is not None else threading.Lock()
        self._monotonic = monotonic  # the same clock as the rep timer's, handed in
        self.muted = muted
        self.voice = voice
        self._effects: dict[str, object] = {}
        self._speech = None
        self._tone_ms: dict[str, int] = {}
        self._tone_ends = 0.0  # monotonic time the latest tone stops sounding
        self._speaking = False
        self._pending = QTimer(self)  # words waiting for their tone to end
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self._speak_pending)
        self._pending_words = ""
        self._sound_ready = False
        self._has_output = False  # an audio output device exists; speech needs one too
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
            if not self.native_loading.acquire(blocking=False):
                QTimer.singleShot(RETRY_MS, self, self.prepare)
                return
            try:
                self._module_tried = True
                with _qt_messages_to_debug_log(), contextlib.suppress(ImportError):  # _load_sounds says so
                    import PySide6.QtMultimedia  # noqa: F401 - loading it is the point
            finally:
                self.native_loading.release()
            QTimer.singleShot(PREPARE_STEP_MS, self, self.prepare)
            return
        if not self._ensure_sounds(wait=False):
            QTimer.singleShot(RETRY_MS, self, self.prepare)

    def _ensure_sounds(self, wait: bool = True) -> bool:
        """Load the sound back end once; False if ``wait`` is off and the chart thread is loading."""
        if self._sound_checked:
            return True
        if not self.native_loading.acquire(blocking=wait):
            return False
        try:  # the back end's plug-in must not start while the chart thread loads native code
            self._sound_checked = True
            self._load_sounds()
        finally:
            self.native_loading.release()
        return True

    def speech_available(self, wait: bool = True) -> bool:
        """Whether a real speech engine works here (checked once, on first ask). With ``wait`` off, False
        for now while the chart thread is loading, so a cue never holds up the window.

        Only where the system lists an audio output: without one nothing would be heard, and
        speech-dispatcher's engine can then stall every request, freezing whoever asks."""
        if not self._speech_checked:
            if not self._ensure_sounds(wait) or not self.native_loading.acquire(blocking=wait):
                return False
            try:
                self._speech_checked = True
                if self._has_output:
                    self._speech = self._make_speech()
                else:
                    log.info("No voice: there is no audio output device")
            finally:
                self.native_loading.release()
        return self._speech is not None

    def play(self, tone: str) -> None:
        """Sound ``tone`` now. Words still being spoken stop first: a tone marks a moment, and the two
        at once are heard as neither."""
        # A tone due while the chart thread is still loading (a second or two after Pacing first opens)
        # is skipped rather than waited for: the screen says the same, and the timer must not stall.
        if self.muted or not self._ensure_sounds(wait=False) or not self._sound_ready:
            return
        effect = self._effects.get(tone)
        if effect is None:
            return
        self._silence_speech()
        effect.play()
        self._tone_ends = max(self._tone_ends, self._monotonic() + self._tone_ms.get(tone, 0) / 1000)

    def say(self, text: str, until_ms: float | None = None) -> bool:
        """Speak ``text`` once any tone now sounding has ended; not at all if it would not be done
        ``SPEECH_GUARD_MS`` before ``until_ms`` from now. True if it will be spoken."""
        if not self._voice_on() or not text:
            return False
        self._cancel_pending()
        wait_ms = max(0.0, (self._tone_ends - self._monotonic()) * 1000)
        if wait_ms > 0:
            wait_ms += SPEECH_GAP_MS
        if until_ms is not None and wait_ms + speech_ms(text) > until_ms - SPEECH_GUARD_MS:
            return False
        if wait_ms > 0:
            self._pending_words = text
            self._pending.start(round(wait_ms))
        else:
            self._speech.say(text)
        return True

    def cue(self, tone: str | None, words: str, until_ms: float | None = None) -> None:
        """A phase's cue: its tone, then its words, all over ``until_ms`` from now (when the next sound
        is due). Short of time, the tone alone when there is no voice, else the words alone (they say
        the same), else the tone alone: never words spoken late."""
        if not words or not self._voice_on():
            if tone:
                self.play(tone)
            return
        budget = None if until_ms is None else until_ms - SPEECH_GUARD_MS
        tone_ms = self._tone_ms.get(tone, 0) if tone and self._sound_ready and not self.muted else 0
        if budget is None or tone_ms + SPEECH_GAP_MS + speech_ms(words) <= budget:
            if tone:
                self.play(tone)
            self.say(words, until_ms)
        elif self.say(words, until_ms):
            self._silence_tones()
        elif tone:
            self.play(tone)

    def stop(self) -> None:
        """Silence everything now (stop pressed, a kiosk visit ended)."""
        self._silence_tones()
        self._silence_speech()

    def _voice_on(self) -> bool:
        return not self.muted and self.voice and self.speech_available(wait=False)

    def _silence_tones(self) -> None:
        for effect in self._effects.values():
            effect.stop()
        self._tone_ends = 0.0

    def _silence_speech(self) -> None:
        self._cancel_pending()
        if self._speech is not None and self._speaking:
            self._speech.stop()

    def _cancel_pending(self) -> None:
        self._pending.stop()
        self._pending_words = ""

    def _speak_pending(self) -> None:
        words, self._pending_words = self._pending_words, ""
        if words and self._voice_on():
            self._speech.say(words)

    def _on_speech_state(self, state) -> None:
        self._speaking = getattr(state, "name", "") in ("Speaking", "Synthesizing")

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
            self._has_output = True
            for tone in TONES:
                path = resource_path("sounds", f"{tone}.wav")
                if not path.exists():
                    log.warning("Sound file missing: %s", path.name)
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(TONE_VOLUME)
                self._effects[tone] = effect
                with contextlib.suppress(OSError, wave.Error), wave.open(str(path), "rb") as handle:
                    self._tone_ms[tone] = round(handle.getnframes() * 1000 / handle.getframerate())
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
                    self._set_up_speech(speech)
                    return speech
                speech.deleteLater()
            log.info("No voice: no working speech engine")
        return None

    def _set_up_speech(self, speech) -> None:
        """A voice for the language the app speaks (the words are translated with it; British English for
        English), at a level beside the tones that does not clip. Without such a voice the engine's own
        default speaks."""
        wanted = QLocale()
        language = wanted.language() if wanted.language() != QLocale.Language.C else SPEECH_LANGUAGE
        if speech.locale().language() != language or language == SPEECH_LANGUAGE:
            voices = [loc for loc in speech.availableLocales() if loc.language() == language]
            preferred = [loc for loc in voices if loc.territory() == wanted.territory()
                         or (language == SPEECH_LANGUAGE and loc.name() == "en_GB")]
            if preferred or voices:
                speech.setLocale((preferred or voices)[0])
        speech.setVolume(SPEECH_VOLUME)
        speech.stateChanged.connect(self._on_speech_state)
