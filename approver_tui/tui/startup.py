"""Cycle collection paused while the app or a command starts.

Importing Textual and SQLAlchemy and building the screen make about a hundred thousand objects
that live as long as the app. The cycle collector walks them again and again while they are being
made, which costs tens of milliseconds of the first paint (benchmarks/README.md). So collection is
paused from before those imports until the first rows are on screen; then one collection clears
start-up's garbage and the survivors are frozen out of later collections, which stay short.
Textual pauses the collector the same way during smooth scrolling. A command of the command line
pauses it through its imports too (cli.main.main) and resumes it before its work. Nothing here
imports anything heavy.
"""

from __future__ import annotations

import gc

_paused_here = False
_frozen_here = False


def pause_collection() -> None:
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def startup_finished() -> None:
    global _paused_here, _frozen_here
    if _paused_here:
        gc.collect()
        gc.freeze()
        gc.enable()
        _paused_here, _frozen_here = False, True


def app_ended() -> None:
    """The process gets its collector back as it was (tests run many apps in one process)."""
    global _paused_here, _frozen_here
    if _frozen_here:
        gc.unfreeze()
    if _paused_here:
        gc.enable()
    _paused_here = _frozen_here = False
