"""README is the user's manual: every setting and every command is documented there."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from app.cli import cli
from app.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"`GEONEWS_{field.upper()}`" in README


def _commands(group: typer.Typer, prefix: str = "geonews") -> list[str]:
    click_group = typer.main.get_command(group)
    names: list[str] = []
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        names += [f"{prefix} {name} {s}" for s in sub] if sub else [f"{prefix} {name}"]
    return names


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_is_documented(command: str) -> None:
    assert f"`{command}" in README


def test_every_ingest_and_export_option_is_documented() -> None:
    for option in ("--format", "--source", "--q", "--sort", "--repair", "--host", "--port"):
        assert option in README
