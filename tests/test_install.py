"""A normal install works: the wheel, installed into a fresh virtual environment, runs
`geonews demo` and `geonews serve` from another folder and serves its pages."""

from __future__ import annotations

import importlib
import os
import re
import site
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import free_port, stop

pytestmark = pytest.mark.install
CHECKOUT = Path(__file__).resolve().parents[1]


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _wheel(folder: Path) -> Path:
    """The wheel `pip wheel` builds from the checkout (with hatchling, fetched by pip)."""
    _run(sys.executable, "-m", "pip", "wheel", CHECKOUT, "--no-deps", "-q", "-w", folder)
    (wheel,) = folder.glob("geonews-*.whl")
    return wheel


def _fresh_venv(folder: Path) -> Path:
    """A new environment whose only geonews is the wheel; the libraries come from this one's
    site-packages through a .pth line (a path line: the editable install's own .pth files
    there are not read, so `import app` cannot find the checkout)."""
    _run(sys.executable, "-m", "venv", folder)
    (own_site,) = folder.glob("lib/python*/site-packages")
    libraries = [path for path in site.getsitepackages() if Path(path).is_dir()]
    (own_site / "zz_libraries.pth").write_text("\n".join(libraries) + "\n")
    return folder


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("install")
    venv = _fresh_venv(root / "venv")
    _run(venv / "bin" / "pip", "install", "-q", "--no-deps", "--no-index", _wheel(root / "dist"))
    return venv


def _user_env() -> dict[str, str]:
    """The environment of a user who installed the package: no checkout on the path."""
    drop = ("PYTHONPATH", "GEONEWS_", "VIRTUAL_ENV")
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}


@pytest.fixture
def server(installed: Path, tmp_path: Path) -> Iterator[str]:
    env = _user_env()
    print(_run(installed / "bin" / "geonews", "demo", cwd=tmp_path, env=env))
    port = free_port()
    process = subprocess.Popen(
        [installed / "bin" / "geonews", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, process)
        yield base
    finally:
        stop(process)  # type: ignore[arg-type]


def _wait_for(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the installed server exited"
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail("the installed server did not answer within 60 s")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return str(response.read().decode())


def test_import_app_is_the_installed_wheel(installed: Path) -> None:
    where = _run(
        installed / "bin" / "python",
        "-c",
        "import app; print(app.__file__)",
        cwd=Path("/"),
        env=_user_env(),
    )
    assert Path(where.strip()).is_relative_to(installed), where
    assert not Path(where.strip()).is_relative_to(CHECKOUT)


def test_the_installed_package_serves_its_pages(server: str, tmp_path: Path) -> None:
    assert (tmp_path / "data" / "geonews.db").exists()  # ./data of the folder it ran in
    assert "<form" in _get(f"{server}/")
    results = _get(f"{server}/search?q=election")
    assert 'href="/articles/' in results
    assert "<h1>" in _get(f"{server}/articles/1")
    assert _get(f"{server}/static/style.css")


def test_html_cleaning_is_a_declared_dependency() -> None:
    """lxml.html.clean left lxml (5.2) for lxml_html_clean; undeclared, a new install's HTML
    ingest fails with ImportError."""
    import tomllib

    project = tomllib.loads((CHECKOUT / "pyproject.toml").read_text())["project"]
    names = {
        re.split(r"[<>=!~ \[]", requirement)[0].lower().replace("-", "_")
        for requirement in project["dependencies"]
    }
    assert "lxml_html_clean" in names
    importlib.import_module("lxml.html.clean")
