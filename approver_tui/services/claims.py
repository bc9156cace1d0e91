"""Claims on work that must be done by one process at a time (an export, a mail), across hosts.

A claim names its process as "host:pid" (store.engine.this_process). On the same host it ends as
soon as that process is gone; from another host it is trusted until it is older than the lease.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from approver_tui.store.engine import this_process

LEASE = timedelta(minutes=2)


def claimable(claimed_by: str | None, claimed_at: datetime | None, now: datetime) -> bool:
    """May this process take over (or keep) the work claimed by `claimed_by`?"""
    if not claimed_by or claimed_at is None or claimed_by == this_process():
        return True
    host, _, pid = claimed_by.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # alive, someone else's
            return False
        return False
    return claimed_at < now - LEASE
