"""`geonews serve --workers N`: workers forked from the prepared server, stopped with it."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

from tests.processes import start_server


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _command_line(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


def test_workers_are_forked_and_end_with_the_server(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    process, base = start_server(
        tmp_path / "data", "--workers", "2", env={"HOME": str(home), "XDG_RUNTIME_DIR": ""}
    )
    try:
        workers = _children(process.pid)
        deadline = time.monotonic() + 30  # gunicorn spawns workers up to 0.1 s apart.
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(process.pid)
        # Forked: the same command line as the server (a spawned worker is a new interpreter
        # started as `python -c "from multiprocessing.spawn import ..."`).
        assert len(workers) == 2
        assert all(_command_line(worker) == _command_line(process.pid) for worker in workers)
        for _ in range(6):  # New connections: both workers answer.
            with urllib.request.urlopen(f"{base}/api/health", timeout=10) as response:
                assert json.load(response)["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=60)
    assert process.returncode == 0
    assert not any(Path(f"/proc/{worker}").exists() for worker in workers)
    assert not any(home.iterdir())  # No control socket or other file left in the user's home.
