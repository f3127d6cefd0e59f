"""The HTTP protocol uvicorn runs: its own (h11), sending each response without delay.

A response is written in two parts (head, then body); with Nagle's algorithm on, the body waits
for the client to acknowledge the head, and clients delay that acknowledgement by 40 ms. asyncio
sets TCP_NODELAY only on connections from a socket it created naming the TCP protocol: uvicorn's
own `--workers` bound one without, and every kept-alive request waited for that delay. gunicorn
(app/web/prefork.py) sets the option on its listening socket, which accepted connections inherit
on Linux; this protocol sets it whatever socket it is given.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with TCP_NODELAY set on each connection."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        connection = transport.get_extra_info("socket")
        if connection is not None and connection.family in (socket.AF_INET, socket.AF_INET6):
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
