"""Make the README's SVG screenshots from the real app: `make screenshots` (python -m tui.screenshots DIR)."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from analysis import load_dossier
from store.db import Store
from store.ingest import ingest, sample_folder
from tui.app import ParleyApp

SIZE = (100, 30)
SHOTS = [
    ("main-view", []),
    ("drill-down", ["enter"]),
    ("export-dialog", ["space", "down", "space", "e"]),
    ("help", ["question_mark"]),
]


async def take(folder: Path) -> list[Path]:
    """One SVG per entry of SHOTS, each from a fresh app over the sample corpus."""
    dossier = load_dossier()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "parley.json")
        ingest(store, [sample_folder()], dossier)
        for name, keys in SHOTS:
            app = ParleyApp(store, dossier)
            app.export_default_name = lambda fmt: f"parley-export.{fmt}"
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                if keys:
                    await pilot.press(*keys)
                    await pilot.pause()
                path = folder / f"{name}.svg"
                path.write_text(app.export_screenshot(title=f"Parley — {name.replace('-', ' ')}"), "utf-8")
                written.append(path)
    return written


def main() -> int:
    """Write the screenshots into the folder given (default: screenshots/)."""
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(take(folder)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
