"""The one error the search layer raises for input it will not run."""

from __future__ import annotations


class QueryError(ValueError):
    """A query we will not run; the message tells the user what to write instead."""


class DateError(QueryError):
    """A date we cannot read (a filter's bound or a `published:` of the query), or bounds out
    of order: what helps is the date's format, not the query syntax."""


class ParameterError(QueryError):
    """A search parameter besides the query's words (a country, language, domain, length or
    page) we cannot use."""
