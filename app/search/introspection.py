"""Whether a class or module still has the names our code relies on, found by introspection.

Used at import to check the private parts of Whoosh we depend on (whoosh_internals.py): an
attribute must exist; "self.x" (an attribute of the class's objects) and "'x'" (a string the code
uses) must appear in the code of the class or of one of its bases.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import CodeType, ModuleType


def missing_names(owner: type | ModuleType, names: Iterable[str]) -> list[str]:
    """Which of `names` `owner` lacks."""
    in_code = _names_in_code(owner) if isinstance(owner, type) else set()
    return [name for name in names if not _present(owner, name, in_code)]


def _present(owner: type | ModuleType, name: str, in_code: set[str]) -> bool:
    if name.startswith(("self.", "'")):
        return name.removeprefix("self.").strip("'") in in_code
    return hasattr(owner, name)


def _names_in_code(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        for value in vars(klass).values():
            code = getattr(getattr(value, "__func__", value), "__code__", None)
            if isinstance(code, CodeType):
                names |= _code_names(code)
    return names


def _code_names(code: CodeType) -> set[str]:
    """Attribute and global names a function uses, and its string constants, nested code too."""
    names = set(code.co_names) | {const for const in code.co_consts if isinstance(const, str)}
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _code_names(const)
    return names


def qualified_name(owner: type | ModuleType) -> str:
    if isinstance(owner, ModuleType):
        return owner.__name__
    return f"{owner.__module__}.{owner.__qualname__}"
