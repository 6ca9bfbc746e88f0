"""Errors a user can cause, each naming where: ``source`` is ``file`` or ``file:line[:col]``."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose; ``str()`` is ``source: message``."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message, source)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def __reduce__(self) -> tuple[type[FactcheckError], tuple[str, str | None]]:
        return (type(self), (self.message, self.source))


class InputError(FactcheckError, ValueError):
    """A document could not be read: missing, binary, empty, undecodable or malformed."""


class RuleError(FactcheckError, ValueError):
    """A rule file or rule is invalid: YAML syntax, unknown key, wrong type or value."""
