"""Benchmark the explorer.

1. Process start to first paint, as a ratio to a trivial Textual app measured in the
   same run (goal <= 1.3x on the sample corpus).
2. Keypress to refreshed screen when moving and switching rounds on a store of 10k
   synthetic articles (goal <= 50 ms).
Run with `make bench-tui` (builds the 10k store first: a few minutes).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

# Both apps stamp the moment their first frame is composed (App._display receives it; a
# real terminal would be written to then) and exit. CLOCK_MONOTONIC is shared between
# processes, so the parent subtracts its own spawn time.
FIRST_FRAME = """
import sys, time
def first_frame(app_class):
    class FirstFrame(app_class):
        _stamped = False
        def _display(self, screen, renderable):
            super()._display(screen, renderable)
            if renderable is not None and not self._stamped:
                self._stamped = True
                print(time.perf_counter(), flush=True)
                self.exit()
    return FirstFrame
"""

TRIVIAL = FIRST_FRAME + """
from textual.app import App
from textual.widgets import Static
class Trivial(App):
    def compose(self):
        yield Static("hello")
first_frame(Trivial)().run(headless=True)
"""

PARLEY = FIRST_FRAME + """
from analysis import load_dossier
from store.db import Store
from tui.app import ParleyApp
first_frame(ParleyApp)(Store(sys.argv[1]), load_dossier(check=False)).run(headless=True)  # as `parley` loads it
"""


def start_to_paint(code: str, *args: str, repeat: int = 9) -> float:
    """Best time from spawning a fresh process to its first frame.

    Bytecode caching is allowed, as on a user's machine: with PYTHONDONTWRITEBYTECODE set
    (as in some sandboxes) Parley's own modules would be compiled from source at every
    start, while the installed libraries' are precompiled. The first run is a warm-up."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(repeat + 1):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, capture_output=True,
                             text=True, env=env)
        times.append(float(out.stdout.split()[0]) - t)
    return min(times[1:])


async def key_latency(store, dossier) -> dict[str, float]:
    """Median ms from keypress to idle (screen refreshed) for moving and switching rounds."""
    from tui.app import ParleyApp

    app = ParleyApp(store, dossier)
    out = {}
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for name, key, n in (("move (Pilot)", "down", 60), ("next round (Pilot)", "right_square_bracket", 8),
                             ("prev round (Pilot)", "left_square_bracket", 8)):
            samples = []
            for _ in range(n):
                t = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                samples.append((time.perf_counter() - t) * 1000)
            out[name] = statistics.median(samples)
        # Without Pilot's waits (it walks every widget, so its floor grows with the screen): the
        # handler, a full re-layout and a full-screen render, timed synchronously.
        screen = app.screen

        def frame() -> None:
            screen._refresh_layout(app.size)
            screen._compositor.render_update(full=True)

        pane = screen.lists[0]
        samples = []
        for _ in range(60):
            t = time.perf_counter()
            pane.action_cursor_down()
            frame()
            samples.append((time.perf_counter() - t) * 1000)
        out["move, handler + full repaint"] = statistics.median(samples)
        samples = []
        for r in [None, *(r.id for r in dossier.rounds)]:
            t = time.perf_counter()
            app.select_round(r)
            frame()
            samples.append((time.perf_counter() - t) * 1000)
        out["round switch, handler + full repaint"] = statistics.median(samples)
        out["statements"] = len(app.view.statements)
    return out


async def trivial_latency() -> float:
    """The same press-to-idle measurement on a trivial Textual app: Pilot's own floor."""
    from textual.app import App
    from textual.widgets import Static

    class Trivial(App):
        def compose(self):
            yield Static("hello")

    async with Trivial().run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        samples = []
        for _ in range(30):
            t = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main() -> None:
    from analysis import load_dossier
    from corpus_gen import write_corpus
    from store.db import Store
    from store.ingest import ingest, sample_folder

    dossier = load_dossier()
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        sample = Store(Path(tmp) / "sample.json")
        ingest(sample, [sample_folder()], dossier)
        trivial = start_to_paint(TRIVIAL)
        parley = start_to_paint(PARLEY, str(sample.path))
        print(f"start to first paint: parley {parley * 1000:.0f} ms, trivial Textual app {trivial * 1000:.0f} ms, "
              f"ratio {parley / trivial:.2f}x (goal <= 1.3x)")
        write_corpus(Path(tmp) / "corpus", count, dossier, seed=count)
        big = Store(Path(tmp) / "big.json")
        ingest(big, [Path(tmp) / "corpus"], dossier)
        t_load = time.perf_counter()
        lat = asyncio.run(key_latency(big, dossier))
        floor = asyncio.run(trivial_latency())
        print(f"{count} articles, {lat.pop('statements')} statements "
              f"(app start with store load {time.perf_counter() - t_load:.1f} s incl. measurements)")
        print("keypress to refreshed screen, median (goal <= 50 ms): "
              + ", ".join(f"{k} {v:.1f} ms" for k, v in lat.items()))
        print(f"Pilot press-and-pause on a trivial Textual app (the measurement's own floor): {floor:.1f} ms")


if __name__ == "__main__":
    main()
