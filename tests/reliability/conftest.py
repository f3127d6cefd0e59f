"""The reliability suite drives the same real server and Chromium as the browser tests."""

from tests.e2e.conftest import browser_page, chromium_path

__all__ = ["browser_page", "chromium_path"]
