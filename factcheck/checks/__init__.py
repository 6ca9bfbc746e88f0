"""Check types, one module each; importing this package registers them all (keep the list alphabetical)."""

from factcheck.checks import (  # noqa: F401
    agreement,
    change_arithmetic,
    count_vs_list,
    cross_document_number,
    duration_dates,
    entity_spelling,
    percent_of,
    relation,
    spelling,
    sum_of_parts,
    unit_conversion,
    weekday_date,
)
