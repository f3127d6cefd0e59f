"""Responses leave without Nagle's delay, also on the sockets uvicorn binds for --workers."""

from __future__ import annotations

import asyncio
import socket

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from app.web.protocol import NoDelayH11Protocol


async def _server_side_nodelay(protocol_class: type[H11Protocol]) -> int:
    """TCP_NODELAY on the server's end of a connection accepted by `protocol_class`."""
    # As uvicorn binds it for several workers: the protocol not named, so asyncio leaves
    # TCP_NODELAY off on accepted connections.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    config = Config(app=lambda scope, receive, send: None, http=protocol_class)
    config.load()
    made: list[H11Protocol] = []

    def protocol() -> H11Protocol:
        made.append(protocol_class(config=config, server_state=ServerState(), app_state={}))
        return made[-1]

    server = await asyncio.get_running_loop().create_server(protocol, sock=listener)
    _, writer = await asyncio.open_connection(*listener.getsockname())
    while not made or made[0].transport is None:
        await asyncio.sleep(0.01)
    nodelay = (
        made[0]
        .transport.get_extra_info("socket")
        .getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    )
    writer.close()
    made[0].transport.close()
    server.close()
    await server.wait_closed()
    return int(nodelay)


@pytest.mark.parametrize(
    ("protocol_class", "expected"), [(H11Protocol, 0), (NoDelayH11Protocol, 1)]
)
def test_connections_send_without_delay(protocol_class: type[H11Protocol], expected: int) -> None:
    assert asyncio.run(_server_side_nodelay(protocol_class)) == expected
