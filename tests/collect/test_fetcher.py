"""The fetcher against a real HTTP server: robots.txt, addresses, redirects, limits, timeouts."""

from __future__ import annotations

import gzip
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.collect.addresses import is_public
from app.collect.fetched import FetchFailed, FetchRefused
from app.collect.fetcher import Fetcher
from app.settings import Settings
from tests.collect.conftest import article_page
from tests.collect.web import Page, Site


def test_a_page_comes_with_its_status_headers_and_agent(site: Site, fetcher: Fetcher) -> None:
    site.pages["/a"] = article_page("harbour")
    fetched = fetcher.get(site.url("/a"))
    assert fetched.status == 200
    assert fetched.body == site.pages["/a"].body
    assert fetched.header("content-type") == "text/html; charset=utf-8"
    assert fetched.address == "127.0.0.1"
    asked = [seen for seen in site.seen if seen.path == "/a"]
    assert asked[0].headers["user-agent"].startswith("GeoNews/")


def test_robots_txt_is_read_once_and_a_disallowed_path_never_asked(
    site: Site, fetcher: Fetcher
) -> None:
    site.pages["/robots.txt"] = Page(
        b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    site.pages["/private/a"] = article_page("harbour")
    site.pages["/public/a"] = article_page("railway")
    with pytest.raises(FetchRefused, match=r"robots\.txt"):
        fetcher.get(site.url("/private/a"))
    fetcher.get(site.url("/public/a"))
    assert site.hits("/private/a") == 0
    assert site.hits("/robots.txt") == 1


def test_loopback_is_refused_unless_allowed(site: Site) -> None:
    site.pages["/a"] = article_page("harbour")
    strict = Fetcher(Settings(fetch_delay_s=0))
    try:
        with pytest.raises(FetchRefused, match="not a public address"):
            strict.get(site.url("/a"))
    finally:
        strict.close()
    assert site.seen == []  # Not even robots.txt was asked for.


def test_a_redirect_to_a_name_resolving_to_loopback_is_refused(site: Site) -> None:
    """A redirect to a name that resolves to loopback (as DNS rebinding would make it) is
    refused where the connection is made: the page behind it is never asked for."""
    site.pages["/go"] = Page(status=302, headers={"Location": f"http://inside.test:{site.port}/a"})
    site.pages["/a"] = article_page("harbour")

    def resolver(host: str, _port: int) -> list[str]:
        return ["127.0.0.1"] if host == "inside.test" else []

    strict = Fetcher(Settings(fetch_delay_s=0), resolver=resolver)
    try:
        with pytest.raises(FetchRefused, match=r"inside\.test resolves to 127\.0\.0\.1"):
            strict.get(f"http://inside.test:{site.port}/a")
    finally:
        strict.close()
    assert site.seen == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # Cloud metadata services live here.
        ("100.64.0.1", False),
        ("224.0.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("ff02::1", False),
    ],
)
def test_only_public_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_redirects_are_followed_and_each_hop_checked(site: Site, fetcher: Fetcher) -> None:
    site.pages["/robots.txt"] = Page(
        b"User-agent: *\nDisallow: /hidden\n", content_type="text/plain"
    )
    site.pages["/old"] = Page(status=301, headers={"Location": "/new"})
    site.pages["/new"] = article_page("railway")
    site.pages["/to-hidden"] = Page(status=302, headers={"Location": "/hidden"})
    site.pages["/to-file"] = Page(status=302, headers={"Location": "file:///etc/passwd"})
    fetched = fetcher.get(site.url("/old"))
    assert (fetched.requested, fetched.url) == (site.url("/old"), site.url("/new"))
    with pytest.raises(FetchRefused, match=r"robots\.txt"):
        fetcher.get(site.url("/to-hidden"))
    with pytest.raises(FetchRefused, match="only http and https"):
        fetcher.get(site.url("/to-file"))
    assert site.hits("/hidden") == 0


def test_a_redirect_loop_and_a_long_chain_fail(site: Site, fetcher: Fetcher) -> None:
    site.pages["/a"] = Page(status=302, headers={"Location": "/b"})
    site.pages["/b"] = Page(status=302, headers={"Location": "/a"})
    for hop in range(7):
        site.pages[f"/chain{hop}"] = Page(status=302, headers={"Location": f"/chain{hop + 1}"})
    site.pages["/chain7"] = article_page("harbour")
    with pytest.raises(FetchFailed, match="redirect loop"):
        fetcher.get(site.url("/a"))
    with pytest.raises(FetchFailed, match="more than 5 redirects"):
        fetcher.get(site.url("/chain0"))
    assert site.hits("/chain7") == 0


def test_a_body_over_the_limit_is_not_read(site: Site, tmp_path: Path) -> None:
    settings = Settings(fetch_allow_private=True, fetch_delay_s=0, max_item_bytes=1000)
    site.pages["/big"] = Page(b"x" * 5000)
    site.pages["/bomb"] = Page(
        gzip.compress(b"<p>" + b"x" * 100_000), headers={"Content-Encoding": "gzip"}
    )
    small = Fetcher(settings)
    try:
        with pytest.raises(FetchFailed, match="over the limit of 1,000"):
            small.get(site.url("/big"))
        bomb = small.get(site.url("/bomb"))  # Small as sent, large once unpacked.
        with pytest.raises(FetchFailed, match="past the limit"):
            bomb.payload(settings.max_item_bytes)
    finally:
        small.close()


def test_a_slow_server_times_out(site: Site) -> None:
    site.pages["/slow"] = Page(b"late", delay_s=2)
    settings = Settings(fetch_allow_private=True, fetch_delay_s=0, fetch_read_timeout_s=0.3)
    impatient = Fetcher(settings)
    started = time.monotonic()
    try:
        with pytest.raises(FetchFailed, match="Timeout"):
            impatient.get(site.url("/slow"))
    finally:
        impatient.close()
    assert time.monotonic() - started < 1.5


def test_429_is_a_failure_that_holds_the_host_off(site: Site, fetcher: Fetcher) -> None:
    site.pages["/busy"] = Page(status=429, headers={"Retry-After": "120"})
    site.pages["/other"] = article_page("harbour")
    with pytest.raises(FetchFailed) as failed:
        fetcher.get(site.url("/busy"))
    assert failed.value.retry_after == 120
    assert not failed.value.permanent
    with pytest.raises(FetchFailed, match="asked us to wait"):
        fetcher.get(site.url("/other"))
    assert site.hits("/other") == 0


def test_the_delay_spaces_requests_to_one_host(site: Site) -> None:
    site.pages["/a"] = article_page("harbour")
    polite = Fetcher(Settings(fetch_allow_private=True, fetch_delay_s=0.3))
    try:
        started = time.monotonic()
        for _ in range(3):
            polite.get(site.url("/a"))
    finally:
        polite.close()
    # robots.txt, then three pages: three pauses at least.
    assert time.monotonic() - started >= 0.9


def test_many_hosts_fetched_at_once_each_answer_names_its_address(site: Site) -> None:
    """More hosts than pooled connections: a thread's connection, back in the pool once its
    body is read, is closed by another's; the address is asked before (a follower died of it)."""
    site.pages["/a"] = Page(b"x" * 2000)
    settings = Settings(fetch_allow_private=True, fetch_delay_s=0, fetch_concurrency=4)
    fetcher = Fetcher(settings, resolver=lambda _host, _port: ["127.0.0.1"])
    urls = [f"http://h{n % 12}.test:{site.port}/a" for n in range(800)]
    try:
        with ThreadPoolExecutor(8) as pool:
            addresses = {fetched.address for fetched in pool.map(fetcher.get, urls)}
    finally:
        fetcher.close()
    assert addresses == {"127.0.0.1"}
