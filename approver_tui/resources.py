"""Data folders shipped with the package (styles/, fixtures/)."""

from __future__ import annotations

from pathlib import Path


def resource_dir(name: str, marker: str) -> Path:
    """`name`/ inside the installed package, or at the top of a source checkout; `marker` is a
    file that must be in it."""
    package = Path(__file__).resolve().parent
    for candidate in (package / name, package.parent / name):
        if (candidate / marker).exists():
            return candidate
    raise FileNotFoundError(f"{name}/{marker} is missing from this installation of approver-tui")
