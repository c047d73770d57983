"""The rep timer's cues as a person hears them: a private PulseAudio server with a null sink, the real
Exercises tab, rep timer and Cues in a child process playing a short plan in real time, and the sink's
monitor recorded with parecord. Everything is checked from the recording: each tone found by matching the
shipped WAVs, its onset against the plan, peak levels, and speech never sounding over a tone.

Skipped only where PulseAudio's binaries are absent (.ci/run installs them); the speech run also needs
speech-dispatcher with espeak-ng, which .ci/run installs too.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100
FULL_SCALE = 32767
ONSET_TOLERANCE_S = 0.050
MATCH = 0.8  # normalised correlation with a shipped WAV that counts as that tone sounding
SPEECH_LEVEL = 1000  # a 10 ms window peaking above this (-30 dBFS) once tones are removed is speech
SPEECH_JOIN_S = 0.25  # quieter stretches shorter than this inside words are the same utterance
LEVEL_MATCH_DB = 8  # speech and tones this close in loudness (RMS while sounding)
LEAD_IN_S = 0.5  # seconds recorded before the plan starts
SPEECH_MIN_S = 0.1  # no word is shorter; a briefer sound is what is left of a tone's edge after its removal

# Short plans with short holds, through set complete and "Well done". Tones alone: two reps (7.6 s).
TONES_PLAN = dict(reps=2, hold_s=1.5, rest_s=0.4, sets=1, get_ready_s=1.0, move_s=0.8, release_s=0.8)
# With speech, phases just long enough for each tone and its words: two sets of one rep (15.7 s).
VOICE_PLAN = dict(reps=1, hold_s=2.0, rest_s=0.8, sets=2, get_ready_s=2.5, move_s=1.6, release_s=1.6,
                  set_rest_s=2.8)


# -- the child process: the real tab, timer and cues, playing a plan on the real clock -------------------

def run_plan(voice: bool, plan: dict, out: Path, recording: Path) -> None:
    """Play ``plan`` through the Exercises tab once the recorder is listening; write what the app did."""
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from backpain_desktop.qt_workarounds import protect_none_refcount

    protect_none_refcount()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from backpain_desktop.domain import reptimer as rt
    from backpain_desktop.domain.content import load_pack
    from backpain_desktop.paths import resource_path
    from backpain_desktop.settings import Settings
    from backpain_desktop.store import Store
    from backpain_desktop.ui import cues as tones
    from backpain_desktop.ui.exercises import ExerciseTab

    app = QApplication([])
    log: list[tuple[float, str, str]] = []

    class LoggedCues(tones.Cues):
        """The real cues, noting when each tone starts and each utterance is handed to the engine."""

        def play(self, tone: str) -> None:
            if not self.muted and self._sound_ready and tone in self._effects:
                log.append((time.monotonic(), "tone", tone))
            super().play(tone)

        def _set_up_speech(self, speech) -> None:
            super()._set_up_speech(speech)
            say = speech.say
            speech.say = lambda text: (log.append((time.monotonic(), "say", text)), say(text))
            speech.stateChanged.connect(lambda s: log.append((time.monotonic(), "state", s.name)))

    cues = LoggedCues(voice=voice)
    store = Store.open(None)
    tab = ExerciseTab(load_pack(resource_path("content", "en-GB")), store, Settings(muted=False, voice=voice),
                      lambda s: None, cues=cues)
    tab.numbers = lambda exercise: rt.TimerPlan(name=exercise.name, exercise_id=exercise.id, **plan)
    result: dict = {"log": log}

    def recorded_s() -> float:
        return recording.stat().st_size / (2 * RATE) if recording.exists() else 0.0

    def start() -> None:
        # The recording must already run on its own (a stream's first moments are lost) before the plan.
        if not cues._sound_checked or recorded_s() < LEAD_IN_S:
            QTimer.singleShot(50, start)
            return
        result["sound"] = cues.sound_available
        result["speech"] = cues.speech_available()
        if voice:
            result["voice"] = cues._speech.voice().name()
            result["volume"] = cues._speech.volume()
        tab.toggle()
        result["start"] = tab.timer._started_at
        result["segments"] = [dict(phase=s.phase, offset=s.offset, duration=s.duration,
                                   ends_set=s.ends_set) for s in tab.timer.segments]
        QTimer.singleShot(100, finish)

    def finish() -> None:
        quiet = not cues._speaking and not cues._pending.isActive()
        if tab.timer.finished and quiet and time.monotonic() - max(t for t, *_ in log) > 1.0:
            app.quit()
        else:
            QTimer.singleShot(50, finish)

    cues.speech_available()
    cues.prepare()
    QTimer.singleShot(0, start)
    app.exec()
    store.close()
    out.write_text(json.dumps(result))



# -- reading the recording -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Heard:
    kind: str  # a tone's name, or "speech"
    start: float  # seconds into the recording
    end: float
    peak: int
    match: float = 0.0  # a tone's normalised correlation with its shipped WAV


def shipped_tones() -> dict:
    import numpy as np

    from backpain_desktop.paths import resource_path
    from backpain_desktop.ui.cues import TONES

    out = {}
    for tone in TONES:
        with wave.open(str(resource_path("sounds", f"{tone}.wav")), "rb") as handle:
            assert handle.getframerate() == RATE
            samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2").astype(float)
        out[tone] = samples[: np.flatnonzero(samples)[-1] + 1]  # the tone, without its silent tail
    return out


def find_tones(recording, templates: dict) -> list[Heard]:
    """Every place a shipped tone sounds: normalised cross-correlation above MATCH, best match first,
    one find per stretch the tone covers."""
    import numpy as np

    size = 1 << int(np.ceil(np.log2(len(recording) + max(len(t) for t in templates.values()))))
    spectrum = np.fft.rfft(recording, size)
    energy = np.concatenate(([0.0], np.cumsum(recording ** 2)))
    candidates = []
    for tone, template in templates.items():
        n = len(template)
        dots = np.fft.irfft(spectrum * np.conj(np.fft.rfft(template, size)), size)[: len(recording) - n + 1]
        window = np.sqrt(np.maximum(energy[n:] - energy[:-n], 1e-9))
        score = dots / (window * np.linalg.norm(template))
        for at in np.flatnonzero(score > MATCH):
            candidates.append((score[at], int(at), tone, n))
    found: list[Heard] = []
    taken = np.zeros(len(recording), dtype=bool)
    for score, at, tone, n in sorted(candidates, reverse=True):
        if taken[at:at + n].any():
            continue
        taken[at:at + n] = True
        peak = int(np.abs(recording[at:at + n]).max())
        found.append(Heard(tone, at / RATE, (at + n) / RATE, peak, float(score)))
    return sorted(found, key=lambda h: h.start)


def find_speech(recording, tones: list[Heard], templates: dict) -> list[Heard]:
    """What sounds once every found tone is taken out (its WAV, fitted by least squares): utterances."""
    import numpy as np

    rest = recording.copy()
    for heard in tones:
        template = templates[heard.kind]
        at = round(heard.start * RATE)
        part = rest[at:at + len(template)]
        rest[at:at + len(template)] = part - template * (part @ template) / (template @ template)
    window = RATE // 100
    count = len(rest) // window
    loud = np.abs(rest[: count * window]).reshape(count, window).max(axis=1) > SPEECH_LEVEL
    found: list[Heard] = []
    for index in np.flatnonzero(loud):
        start, end = index / 100, (index + 1) / 100
        if found and start - found[-1].end < SPEECH_JOIN_S:
            start = found.pop().start
        found.append(Heard("speech", start, end, 0))
    def peak(h: Heard) -> int:
        return int(np.abs(recording[round(h.start * RATE):round(h.end * RATE)]).max())

    return [Heard("speech", h.start, h.end, peak(h)) for h in found if h.end - h.start >= SPEECH_MIN_S]



# -- the tests ------------------------------------------------------------------------------------------

@pytest.fixture
def audio_server(tmp_path):
    """A PulseAudio server of this test's own, on a private runtime folder, playing into a null sink."""
    if not all(shutil.which(name) for name in ("pulseaudio", "pactl", "parecord")):
        pytest.skip("PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    (tmp_path / "home").mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "PULSE_SINK", "SPEECHD_ADDRESS")}
    env.update(XDG_RUNTIME_DIR=str(run), HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM="offscreen")
    # --daemonize returns once the server is ready; as root it warns that it is not meant for root.
    subprocess.run(["pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes",
                    f"--log-target=file:{tmp_path / 'pulse.log'}", "-L", "module-native-protocol-unix",
                    "-L", f"module-null-sink sink_name=rec rate={RATE} channels=1"],
                   env=env, check=True, timeout=30, capture_output=True)
    yield env
    subprocess.run(["pulseaudio", "--kill"], env=env, timeout=30, capture_output=True)
    spawned = run / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"  # started by the app's first say
    if spawned.exists():
        with contextlib.suppress(ValueError, ProcessLookupError):
            os.kill(int(spawned.read_text().split()[0]), signal.SIGTERM)


def record(env: dict, folder: Path, voice: bool, plan: dict):
    """Play ``plan`` in a child process while parecord records the sink; the recording and the child's
    report of what it did and when."""
    import numpy as np

    raw, report = folder / ("voice.raw" if voice else "tones.raw"), folder / "report.json"
    fmt = ["--raw", "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=20"]
    # Silence played throughout keeps the sink running, so the recording's clock never pauses.
    zeros = open("/dev/zero", "rb")  # noqa: SIM115 - closed below, once the player has stopped
    silence = subprocess.Popen(["pacat", "--playback", *fmt, "-d", "rec"], stdin=zeros, env=env)
    recorder = subprocess.Popen(["parecord", *fmt, "-d", "rec.monitor", str(raw)], env=env)
    try:
        child = subprocess.run([sys.executable, __file__, "voice" if voice else "tones", json.dumps(plan),
                                str(report), str(raw)], env=env, cwd=ROOT, timeout=120, capture_output=True,
                               text=True)
    finally:
        recorder.send_signal(signal.SIGINT)
        recorder.wait(timeout=30)
        silence.terminate()
        silence.wait(timeout=30)
        zeros.close()
    assert child.returncode == 0, child.stderr[-3000:]
    return np.fromfile(raw, dtype="<i2").astype(float), json.loads(report.read_text())


def planned_tones(segments: list[dict]) -> list[tuple[float, str]]:
    """Every tone the plan has, with its time from the start: the phases' tones, the hold's ticks on its
    last seconds, and the set-complete chord as each set ends."""
    from backpain_desktop.domain import reptimer as rt
    from backpain_desktop.ui import cues as tones

    out = []
    for seg in segments:
        phase, at, length = seg["phase"], seg["offset"], seg["duration"]
        if phase == rt.GET_READY:
            out.append((at, tones.GET_READY))
        elif phase in (rt.MOVE, rt.HOLD):
            out.append((at, tones.START))
        elif phase == rt.RELEASE:
            out.append((at, tones.HOLD_END))
        if phase == rt.HOLD:
            out += [(at + length - s, tones.TICK) for s in range(rt.TICK_SECONDS, 0, -1) if s < length]
        if seg["ends_set"]:
            out.append((at + length, tones.SET_DONE))
    return out


def check(recording, report: dict) -> dict:
    """Assert what a person would hear from the recording; return the figures measured."""
    import numpy as np

    from backpain_desktop.ui import cues as tones

    templates = shipped_tones()
    heard = find_tones(recording, templates)
    speech = find_speech(recording, heard, templates)
    played = [(t - report["start"], name) for t, kind, name in report["log"] if kind == "tone"]
    planned = planned_tones(report["segments"])
    assert report["sound"] and played, "the app found no sound device on the test's PulseAudio server"

    # Every tone the app played is heard once, in order; a tone of the plan is left out only where its
    # words were spoken instead, and never a tick or the set-complete chord.
    assert [h.kind for h in heard] == [name for _, name in played], (
        [(h.kind, round(h.start, 3)) for h in heard], [(name, round(t, 3)) for t, name in played])
    left_out = [p for p in planned if not any(abs(p[0] - t) < 0.03 and p[1] == n for t, n in played)]
    assert all(name in (tones.GET_READY, tones.START, tones.HOLD_END) for _, name in left_out), left_out
    assert len(played) + len(left_out) == len(planned)

    # On time: each onset, counted from the first tone's, within 50 ms of the plan.
    plan_times = [t for t, n in planned if (t, n) not in left_out]
    errors = [(h.start - heard[0].start) - (t - plan_times[0])
              for h, t in zip(heard, plan_times, strict=True)]
    late = [(t - played[0][0]) - (p - plan_times[0]) for (t, _), p in zip(played, plan_times, strict=True)]
    assert max(abs(e) for e in errors) <= ONSET_TOLERANCE_S, (errors, "the app's own lateness:", late)

    # Never at full scale; speech never over a tone.
    assert np.abs(recording).max() < FULL_SCALE
    for words in speech:
        for tone in heard:
            assert words.end <= tone.start or words.start >= tone.end, (words, tone)

    # Every utterance handed to the engine is heard, after the tone before it has ended.
    to_recording = heard[0].start - (played[0][0])
    said = [t - report["start"] + to_recording for t, kind, _ in report["log"] if kind == "say"]
    gaps = []
    for at in said:
        words = [w for w in speech if at - 0.05 <= w.start <= at + 0.6]
        assert words, f"nothing heard for the words handed to the engine at {at:.2f} s"
        before = [h for h in heard if h.start <= words[0].start]
        if before and words[0].start - before[-1].end < 1.0:
            gaps.append(words[0].start - before[-1].end)
    return dict(
        tones=len(heard), onset_error_ms=[round(e * 1000) for e in errors], left_out=[n for _, n in left_out],
        worst_match=round(min(h.match for h in heard), 3),
        tone_peak=round(max(h.peak for h in heard) / FULL_SCALE, 3),
        speech_peak=round(max((w.peak for w in speech), default=0) / FULL_SCALE, 3),
        utterances=len(said), speech_start_after_tone_end_ms=[round(g * 1000) for g in gaps],
        peak=round(float(np.abs(recording).max()) / FULL_SCALE, 3),
        tone_rms_dbfs=rms_dbfs(recording, heard), speech_rms_dbfs=rms_dbfs(recording, speech))


def rms_dbfs(recording, parts: list[Heard]) -> float | None:
    """Loudness of the sounding parts together (10 ms windows above the speech level), in dB full scale."""
    import numpy as np

    windows = [recording[round(at * RATE):round(at * RATE) + RATE // 100]
               for part in parts for at in np.arange(part.start, part.end - 0.01, 0.01)]
    loud = [w for w in windows if len(w) and np.abs(w).max() > SPEECH_LEVEL]
    if not loud:
        return None
    rms = float(np.sqrt(np.mean(np.concatenate(loud) ** 2)))
    return round(20 * np.log10(rms / FULL_SCALE), 1)


def test_tones_are_heard_clean_and_on_time(audio_server, tmp_path):
    """Ensure each tone of a short plan is heard once, in order, within 50 ms of the plan, unclipped."""
    recording, report = record(audio_server, tmp_path, False, TONES_PLAN)
    figures = check(recording, report)
    print("\ntones only:", json.dumps(figures))
    assert figures["tones"] == len(planned_tones(report["segments"]))


def test_speech_never_talks_over_a_tone(audio_server, tmp_path):
    """Ensure that with speech on, every cue's words are heard after its tone, none clip, and the tones
    still sound on time."""
    if not shutil.which("speech-dispatcher") or not Path("/usr/lib/speech-dispatcher-modules").exists():
        pytest.skip("speech-dispatcher is not installed "
                    "(apt-get install speech-dispatcher speech-dispatcher-espeak-ng)")
    recording, report = record(audio_server, tmp_path, True, VOICE_PLAN)
    assert report["speech"], "no speech engine started on the test's PulseAudio server"
    figures = check(recording, report)
    print("\nwith speech:", json.dumps(figures))
    assert figures["utterances"] >= 2 * VOICE_PLAN["sets"] + 2
    assert abs(figures["speech_rms_dbfs"] - figures["tone_rms_dbfs"]) <= LEVEL_MATCH_DB


if __name__ == "__main__":
    run_plan(sys.argv[1] == "voice", json.loads(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    sys.exit(0)
