"""Built-in check types; each module registers itself (one alphabetical list)."""

from factcheck.checks import (  # noqa: F401
    causal_reversal,
    hedge_dropped,
    negation_flip,
    stance,
    stance_conflict,
    unsupported_claim,
)
