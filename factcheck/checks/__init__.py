"""Check types, one module each; importing this package registers them all (keep the list alphabetical)."""

from factcheck.checks import (  # noqa: F401
    agreement,
    relation,
    spelling,
)
