"""Makes the rep timer's tones as small 16-bit mono PCM WAV files (stdlib only: wave + math).

    python -m backpain_desktop.devtools.make_sounds [OUT_DIR]   (default: resources/sounds)

Each tone differs in pitch and rhythm, so a person with eyes closed can tell them apart: a rising pair
to get ready, one clear note to start a move or hold, a falling note when a hold ends, a short
three-note chord for a finished set, and a soft click for the last seconds of a hold.

Each file ends with TAIL_S of silence: recorded from a PulseAudio sink, Qt 6.11's QSoundEffect starts a
sound with the last ~15 ms of its buffer and cuts its final ~8 ms, which turns a bare tone's smooth
fades into two clicks; with silence there, what moves is silence.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 44100
VOLUME = 0.5
TAIL_S = 0.05

# name: list of (frequency Hz or 0 for silence, seconds)
TONES: dict[str, list[tuple[float, float]]] = {
    "get-ready": [(523.25, 0.12), (0, 0.05), (659.25, 0.16)],
    "start": [(784.0, 0.22)],
    "hold-end": [(659.25, 0.12), (0, 0.03), (440.0, 0.22)],
    "set-complete": [(523.25, 0.12), (659.25, 0.12), (783.99, 0.3)],
    "tick": [(1200.0, 0.04)],
}


def samples(notes: list[tuple[float, float]]) -> list[int]:
    out: list[int] = []
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        fade = min(count // 2, int(RATE * 0.01))  # 10 ms in and out, so no clicks
        for n in range(count):
            if frequency == 0:
                out.append(0)
                continue
            envelope = min(1.0, n / fade if fade else 1.0, (count - n) / fade if fade else 1.0)
            value = math.sin(2 * math.pi * frequency * n / RATE) * VOLUME * envelope
            out.append(int(value * 32767))
    return out


def write(path: Path, notes: list[tuple[float, float]]) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", s) for s in samples(notes + [(0, TAIL_S)])))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "resources" / "sounds"
    out.mkdir(parents=True, exist_ok=True)
    for name, notes in TONES.items():
        write(out / f"{name}.wav", notes)
    print(f"wrote {len(TONES)} tones to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
