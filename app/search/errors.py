"""The one error the search layer raises for input it will not run."""

from __future__ import annotations


class QueryError(ValueError):
    """A query we will not run; the message tells the user what to write instead."""
