"""The README's pictures are made by scripts/screenshots.py; they must match what the code draws now."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"


def test_the_readme_pictures_show_the_app_as_it_is(tmp_path):
    made = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    fresh = {path.name: path.read_text(encoding="utf-8") for path in tmp_path.glob("*.svg")}
    committed = {path.name: path.read_text(encoding="utf-8") for path in DOCS.glob("*.svg")}
    stale = sorted(name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name))
    assert not stale, f"docs/screenshots is out of date ({', '.join(stale)}): run python scripts/screenshots.py"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"docs/screenshots/{name}" in readme for name in fresh), "the README shows every picture"
