"""A throwaway PostgreSQL server for tests: `initdb` and `pg_ctl` into a temporary folder, on a
free port; skipped where they are not installed (CI installs them: .ci/run)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.processes import free_port


class PostgresUnavailable(RuntimeError):
    """initdb/pg_ctl are missing, or cannot run here."""


class PostgresServer:
    """One server; `new_database()` gives each test a database of its own."""

    def __init__(self, folder: Path) -> None:
        self.bin = _postgres_bin()
        self.folder = folder
        self.port = free_port()
        self._as_owner = _run_as_postgres_user(folder)

    def start(self) -> None:
        data = self.folder / "pgdata"
        self._run("initdb", "-D", str(data), "-U", "geonews", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "postgres.log")
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "pgdata"), "-m", "immediate", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://geonews@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url().replace("+psycopg", ""), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, *command: str) -> None:
        program = str(self.bin / command[0])
        done = subprocess.run(
            [*self._as_owner, program, *command[1:]], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise PostgresUnavailable(f"{command[0]} failed: {done.stderr.strip()}")


def _postgres_bin() -> Path:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists():
            return folder
    raise PostgresUnavailable("initdb and pg_ctl are not installed")


def _run_as_postgres_user(folder: Path) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` user."""
    if os.geteuid() != 0:
        return []
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailable("running as root and there is no postgres user") from None
    os.chown(folder, owner.pw_uid, owner.pw_gid)
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A started server in a new folder under /dev/shm where there is room, else /tmp (the
    postgres user must reach it)."""
    folder = Path(tempfile.mkdtemp(prefix="geonews-pg-", dir=_memory_folder()))
    try:
        server = PostgresServer(folder)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _memory_folder() -> str | None:
    """/dev/shm when it has 2 GB free: each test's database is some 300 files, and deleting a
    run's worth of them from a disk took longer than most test files."""
    shm = Path("/dev/shm")
    try:
        usage = shutil.disk_usage(shm)
    except OSError:
        return None
    return str(shm) if usage.free > 2 * 1024**3 and os.access(shm, os.W_OK) else None
