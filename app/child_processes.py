"""Processes the archive forks end when their parent ends, however it ends (kill -9 included).

A worker of the ingest pool, of a bulk index build or of `serve --workers` waits for work from
its parent. Killed with SIGKILL (the OOM killer, `kill -9`, a closed terminal whose signal
reaches only the parent), the parent cannot tell them to stop: they would be re-parented to
PID 1 and sleep there for as long as the machine runs. Linux's PR_SET_PDEATHSIG has the kernel
kill the child when its parent dies. The standard library does not expose prctl, and a package
for one call is more than it is worth, hence ctypes.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def end_with_parent(parent_pid: int) -> None:
    """In a child: have the kernel kill this process when `parent_pid` ends (Linux).

    Call it first thing in the child. A parent that died before the call is seen by its pid.
    On other systems this does nothing: a child there ends when its work queue breaks.
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"prctl(PR_SET_PDEATHSIG) failed: {os.strerror(errno)}")
    if os.getppid() != parent_pid:  # The parent ended between the fork and the prctl.
        os._exit(1)
