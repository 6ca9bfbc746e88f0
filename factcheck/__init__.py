"""factcheck: find inconsistencies in news text before it is published."""

__version__ = "0.1.0"
