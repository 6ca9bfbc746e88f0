"""Check types, one module each; importing this package registers them all (keep the list alphabetical)."""

from factcheck.checks import (  # noqa: F401
    agreement,
    causal_reversal,
    change_arithmetic,
    count_vs_list,
    cross_document_number,
    duration_dates,
    entity_spelling,
    hedge_dropped,
    negation_flip,
    percent_of,
    relation,
    spelling,
    stance,
    stance_conflict,
    sum_of_parts,
    unit_conversion,
    unsupported_claim,
    weekday_date,
)
