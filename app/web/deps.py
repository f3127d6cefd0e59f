"""Typed dependencies: routes read like their signature."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from app.archive import Archive
from app.search import SearchIndex

# Dependencies that do no I/O are coroutines: FastAPI runs a plain function in its thread pool,
# a hand-over each way for every request.


async def get_archive(request: Request) -> Archive:
    """The archive opened by the lifespan."""
    archive: Archive = request.app.state.archive
    return archive


def get_session(archive: Annotated[Archive, Depends(get_archive)]) -> Iterator[Session]:
    """A read session for one request."""
    with archive.sessions() as session:
        yield session


async def get_search_index(archive: Annotated[Archive, Depends(get_archive)]) -> SearchIndex:
    """The shared search index (one long-lived searcher per process)."""
    return archive.index


ArchiveDep = Annotated[Archive, Depends(get_archive)]
SessionDep = Annotated[Session, Depends(get_session)]
SearchIndexDep = Annotated[SearchIndex, Depends(get_search_index)]
# Ids are SQL integers: a larger number is no id at all (422), never a database overflow.
RowId = Annotated[int, Path(ge=1, le=2**63 - 1)]
