"""The timer's tones: committed WAV files that the script in the repo makes, short and distinct."""

from __future__ import annotations

import wave

from backpain_desktop.devtools import make_sounds
from backpain_desktop.paths import resource_path
from backpain_desktop.ui.cues import TONES


def test_every_tone_is_a_short_pcm_wav():
    for tone in TONES:
        with wave.open(str(resource_path("sounds", f"{tone}.wav")), "rb") as handle:
            assert (handle.getnchannels(), handle.getsampwidth(), handle.getframerate()) == (1, 2, 44100)
            seconds = handle.getnframes() / handle.getframerate()
            assert 0.02 < seconds < 0.8, f"{tone} lasts {seconds:.2f} s"


def test_tones_differ_and_match_the_script(tmp_path):
    """Ensure the committed tones are exactly what devtools/make_sounds.py makes, and no two are alike."""
    make_sounds.main([str(tmp_path)])
    made = {t: (tmp_path / f"{t}.wav").read_bytes() for t in TONES}
    for tone in TONES:
        assert resource_path("sounds", f"{tone}.wav").read_bytes() == made[tone], tone
    assert len(set(made.values())) == len(TONES)
