"""Settings from the environment (prefix GEONEWS_), one object passed everywhere."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


def _shipped(name: str) -> Path:
    """A folder of the application's files: inside the package when installed from a wheel,
    at the top of the checkout when run from one (README's layout)."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PROJECT_ROOT / name


TEMPLATES_DIR = _shipped("templates")
STATIC_DIR = _shipped("static")
MIGRATIONS_DIR = _shipped("migrations")
DEMO_CORPUS = PACKAGE_DIR / "demo" / "wikinews.jsonl"


class Settings(BaseSettings):
    """Where the archive lives and who may write to it."""

    model_config = SettingsConfigDict(env_prefix="GEONEWS_")

    data_dir: Path = Path("data")
    database_url: str = ""
    index_dir: Path | None = None
    api_token: str | None = None
    page_size: int = Field(default=10, ge=1, le=100)
    max_item_bytes: int = 10_000_000
    max_file_bytes: int = 100_000_000
    max_items_per_file: int = 100_000
    # The server's folders in a capture's origin (article page, API, exports): off, since they
    # tell the public how the server is laid out; the file's name is always shown.
    show_capture_paths: bool = False
    # Host names the server answers to (comma-separated); empty answers any (fine on loopback).
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Where the public reaches the archive (https://news.example.org): absolute links in feeds.
    base_url: str = ""
    # Sites whose pages may read the API's GET answers in a browser (CORS); "*" any, empty none.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["*"])
    # The follower and captures (app/collect): who we say we are, and how gently we fetch.
    fetch_user_agent: str = "GeoNews/0.1 (news archive)"
    # A page saying who runs this archive and how to reach them; base_url when empty.
    fetch_contact_url: str = ""
    fetch_delay_s: float = Field(default=2.0, ge=0)
    fetch_concurrency: int = Field(default=4, ge=1, le=64)
    fetch_connect_timeout_s: float = Field(default=10.0, gt=0)
    fetch_read_timeout_s: float = Field(default=30.0, gt=0)
    fetch_max_redirects: int = Field(default=5, ge=0, le=20)
    # Loopback, private, link-local, multicast and reserved addresses are refused unless true.
    fetch_allow_private: bool = False
    fetch_robots_ttl_s: float = Field(default=3600.0, ge=0)
    # The longest wait between two tries of a failing feed or page (back-off doubles up to it).
    fetch_max_backoff_s: float = Field(default=86400.0, ge=1)
    # Tries to fetch the page of a feed item before keeping only the feed's summary for good.
    fetch_page_attempts: int = Field(default=5, ge=1)

    @field_validator("allowed_hosts", "cors_origins", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [host.strip() for host in value.split(",") if host.strip()]
        return value

    @model_validator(mode="after")
    def _derive_paths(self) -> Settings:
        # The database and index default to places inside the data folder.
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'geonews.db'}"
        if self.index_dir is None:
            self.index_dir = self.data_dir / "index"
        return self

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite database file, or None for another database (PostgreSQL)."""
        prefix = "sqlite:///"
        return (
            Path(self.database_url[len(prefix) :]) if self.database_url.startswith(prefix) else None
        )

    @property
    def fetch_agent(self) -> str:
        """The User-Agent of every request: the archive's name and where to reach its keepers."""
        contact = self.fetch_contact_url or self.base_url
        return f"{self.fetch_user_agent} (+{contact})" if contact else self.fetch_user_agent

    @property
    def index_path(self) -> Path:
        """The Whoosh index folder (always set after validation)."""
        assert self.index_dir is not None
        return self.index_dir


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
