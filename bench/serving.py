"""Helpers for measuring a running server: a free port, readiness, peak memory."""

from __future__ import annotations

import socket
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(port: int, started: float, timeout_s: float = 600) -> float:
    """Seconds from `started` until /api/health answers."""
    while time.perf_counter() - started < timeout_s:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return time.perf_counter() - started
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("the server did not start")


def peak_memory_mb(pid: int) -> float:
    """The largest peak resident memory (VmHWM) of the process and its children, in MB:
    with several workers, each serving process is measured, not their supervisor alone."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [pid, *map(int, children.read_text().split())] if children.exists() else [pid]
    return max(_peak(p) for p in pids)


def _peak(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0
