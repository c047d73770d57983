"""Run every bench_*.py in this folder and print every figure it reports, then a summary.

    python tests/benchmarks/bench_all.py [--quick] [--only startup,memory]

Each script runs in its own process, with its own defaults (``--quick`` passes ``--runs 1``: a smoke
run, not a measurement). A script reports a figure on a line starting with ``RESULT``; lines that
mention a ratio or a median ("1.23x", "ratio 1.02", "median 4 ms") are collected too. Exit status 1 if
any script failed to run; a missed target is reported, not an error.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURE = re.compile(r"^RESULT |\bratio\b|\bmedian\b|\b\d+(\.\d+)?x\b")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each: checks the scripts work")
    parser.add_argument("--only", default="", help="comma-separated names, e.g. startup,memory")
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    scripts = sorted(p for p in HERE.glob("bench_*.py") if p.name != Path(__file__).name)
    if only:
        scripts = [p for p in scripts if p.stem.removeprefix("bench_") in only]

    figures: list[str] = []
    failed: list[str] = []
    for script in scripts:
        extra = ["--runs", "1"] if args.quick else []
        print(f"== {script.name} {' '.join(extra)}".rstrip(), flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), *extra], capture_output=True, text=True)
        if result.returncode != 0 and extra and "unrecognized arguments" in result.stderr:
            result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        lines = [line for line in result.stdout.splitlines() if FIGURE.search(line)]
        for line in lines or result.stdout.splitlines()[-5:]:
            print(f"   {line}", flush=True)
        name = script.stem.removeprefix("bench_")
        figures += [f"{name:<14} {line.removeprefix('RESULT ')}" for line in lines]
        if result.returncode != 0:
            failed.append(script.name)
            print(f"   FAILED (exit {result.returncode}):\n{result.stderr[-2000:]}", flush=True)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)

    print("\n== every figure")
    for figure in figures:
        print(figure)
    if failed:
        print(f"scripts that failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
