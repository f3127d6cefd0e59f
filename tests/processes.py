"""The archive's own processes, run as a user runs them: `geonews` commands and a real server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

GEONEWS = [sys.executable, "-m", "app"]


class Geonews:
    """Runs `python -m app` with its own data folder."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.env = {**os.environ, "GEONEWS_DATA_DIR": str(data_dir), **env}
        self.command = GEONEWS

    def __call__(
        self, *args: str, stdin: bytes | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*GEONEWS, *args],
            input=stdin.decode() if stdin is not None else None,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
            check=False,
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        """The command in the background: `communicate()` waits for it and reads its output."""
        return subprocess.Popen(
            [*GEONEWS, *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(
    data_dir: Path, *args: str, env: dict[str, str] | None = None, log: Path | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """`geonews serve` on a free loopback port (its output to `log`, if given); returns once
    /api/health answers."""
    port = free_port()
    with (log or Path(os.devnull)).open("w") as output:  # The server keeps its own copy.
        process = subprocess.Popen(
            [*GEONEWS, "serve", "--port", str(port), *args],
            env={**os.environ, "GEONEWS_DATA_DIR": str(data_dir), **(env or {})},
            stdout=output,
            stderr=output,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=1) as response:
                if response.status == 200:
                    return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start within 60 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Ask the process to stop; kill it if it has not within 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def post_article(
    base: str, body: bytes, token: str, timeout: float = 30, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    """POST one article as JSON to a server: the status and the answer (an HTTP error is an
    answer too; a dead server raises OSError)."""
    request = urllib.request.Request(
        f"{base}/api/articles",
        data=body,
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            **(headers or {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def descendants(pid: int) -> set[int]:
    """Every living process below `pid` (children, their children...), read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (state := _stat(int(entry.name))) is not None:
            children.setdefault(state[1], []).append(int(entry.name))
    found: set[int] = set()
    pending = [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def still_running(pids: set[int]) -> set[int]:
    """Those of `pids` that still run (a zombie has ended; only its exit status is left)."""
    return {pid for pid in pids if (state := _stat(pid)) is not None and state[0] != "Z"}


def _stat(pid: int) -> tuple[str, int] | None:
    """A process's state letter and parent pid, or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()  # The name in parentheses may hold spaces.
    return fields[0], int(fields[1])
