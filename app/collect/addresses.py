"""Which machines the fetcher may reach: public addresses only, unless the settings allow more.

The check is made on the address each connection is opened to, after resolution, inside the
HTTP client's network layer: a host name that resolves to a private address, a redirect to one,
or a DNS answer that changes between a check and the connection (DNS rebinding) all meet it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import httpcore2
import httpx2

# host, port -> the IP addresses to try, in order (tests pass their own to name a test host).
Resolver = Callable[[str, int], list[str]]


class ForbiddenAddress(Exception):
    """A host whose every address is loopback, private, link-local, multicast or reserved."""


def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses as the system resolves them."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise httpcore2.ConnectError(f"cannot resolve {host}: {error}") from error
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def is_public(address: str) -> bool:
    """Whether an IP address belongs to the public internet."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback.
    special = (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )
    return ip.is_global and not special


class GuardedBackend(httpcore2.SyncBackend):
    """httpcore's network backend, connecting only to addresses the policy allows."""

    def __init__(self, resolver: Resolver, allow_private: bool) -> None:
        self.resolver, self.allow_private = resolver, allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        """A connection to the first allowed address of `host` that answers."""
        allowed = self.allowed_addresses(host, port)
        failure: Exception | None = None
        for address in allowed:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore2.ConnectError as error:
                failure = error
        assert failure is not None
        raise failure

    def allowed_addresses(self, host: str, port: int) -> list[str]:
        """The host's addresses this backend may connect to (ForbiddenAddress when none)."""
        addresses = self.resolver(host, port)
        if not addresses:
            raise httpcore2.ConnectError(f"{host} has no address")
        allowed = [a for a in addresses if self.allow_private or is_public(a)]
        if not allowed:
            raise ForbiddenAddress(
                f"{host} resolves to {', '.join(addresses)}: not a public address"
                " (GEONEWS_FETCH_ALLOW_PRIVATE=true allows it)"
            )
        return allowed


class GuardedTransport(httpx2.HTTPTransport):
    """httpx's transport over the guarded backend; no proxy (it would connect for us)."""

    def __init__(self, backend: GuardedBackend, max_connections: int) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore2.ConnectionPool(
            ssl_context=httpx2.create_ssl_context(),
            max_connections=max_connections,
            network_backend=backend,
        )
