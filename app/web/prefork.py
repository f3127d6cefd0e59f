"""`geonews serve --workers N`: server processes forked by gunicorn from one that has already
imported the application and prepared the archive.

uvicorn's own `--workers` spawns fresh interpreters, and each would import FastAPI, SQLAlchemy,
numpy and Whoosh again after the supervisor had imported them once. Forked workers start from
the loaded modules and share their memory pages (README's performance section has the figures).
Each worker opens its own database connections and searcher in the app's lifespan: nothing open
is inherited.
"""

from __future__ import annotations

from typing import Any, ClassVar

from gunicorn.app.base import BaseApplication
from uvicorn_worker import UvicornWorker

from app.child_processes import end_with_parent
from app.web.protocol import NoDelayH11Protocol

# A worker must report to the arbiter this often or is restarted: longer than any searcher
# opening or catching up a worker may do at its start.
WORKER_TIMEOUT_S = 120


class NoDelayWorker(UvicornWorker):  # type: ignore[misc]
    """uvicorn in a gunicorn worker, with our HTTP protocol and the standard event loop."""

    CONFIG_KWARGS: ClassVar[dict[str, Any]] = {"loop": "asyncio", "http": NoDelayH11Protocol}


class _PreforkServer(BaseApplication):  # type: ignore[misc]
    def __init__(self, app: Any, options: dict[str, Any]) -> None:
        self.application, self.options = app, options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Any:
        return self.application


def _end_with_arbiter(arbiter: Any, worker: Any) -> None:
    """gunicorn's hook in each new worker: it ends with the arbiter, even a killed one."""
    end_with_parent(arbiter.pid)


def serve_forked(app: Any, host: str, port: int, workers: int) -> None:
    """Serve `app` from `workers` processes forked from this one, until stopped."""
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    options = {
        "bind": address,
        "workers": workers,
        "worker_class": f"{__name__}.NoDelayWorker",
        "preload_app": True,
        "timeout": WORKER_TIMEOUT_S,
        "accesslog": "-",
        # gunicorn's runtime control socket would be a file in the user's home: not needed.
        "control_socket_disable": True,
        "post_fork": _end_with_arbiter,
    }
    _PreforkServer(app, options).run()
