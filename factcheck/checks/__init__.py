"""Built-in check types: importing this package registers every check module (one alphabetical list)."""

from factcheck.checks import change_arithmetic as change_arithmetic
from factcheck.checks import count_vs_list as count_vs_list
from factcheck.checks import cross_document_number as cross_document_number
from factcheck.checks import duration_dates as duration_dates
from factcheck.checks import percent_of as percent_of
from factcheck.checks import sum_of_parts as sum_of_parts
from factcheck.checks import unit_conversion as unit_conversion
from factcheck.checks import weekday_date as weekday_date
