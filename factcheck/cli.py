"""The ``factcheck`` command: ``check``, ``extract``, ``rules``, ``explain``, ``serve``.

Machine output (``--format json``/``jsonl``/``sarif``/``github``) goes to stdout and nothing else does; progress and
logs go to stderr. Exit codes (DESIGN): 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage, rule
or input error. ``--each --format jsonl`` writes each document's verdicts as soon as it is checked (memory stays flat
however large the archive); the other formats are single documents, sorted as a whole, so they hold the report.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.models import Document, Report
    from factcheck.rules.loader import LoadedRules

FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("text", "json", "jsonl", "sarif", "github", "html")
EXTRACT_NEEDS = frozenset({"sentences", "quantities", "dates", "entities"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description="Find inconsistencies in news text before it is published."
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress to stderr (-vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check documents against the rules and print a report")
    check.add_argument("paths", nargs="+", metavar="PATH", help="documents or directories (walked for documents)")
    check.add_argument("--rules", action="append", default=[], metavar="FILE|DIR", help="rule file or folder")
    check.add_argument(
        "--against",
        nargs="+",
        action="extend",
        default=[],
        metavar="PATH",
        help="source documents the checked documents were written from",
    )
    check.add_argument("--no-defaults", action="store_true", help="do not run the built-in generic rules")
    check.add_argument("-f", "--format", choices=FORMATS, default="text")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--fail-on", choices=FAIL_ON, default="error", help="lowest severity that exits 1")
    check.add_argument("-q", "--quiet", action="store_true", help="print nothing; only the exit code tells")
    check.add_argument("--show-passed", action="store_true", help="list the checks that held (text format)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument(
        "--cache", metavar="PATH", help="extraction cache file (default: $XDG_CACHE_HOME/factcheck/extractions.sqlite3)"
    )
    check.add_argument("--no-cache", action="store_true", help="extract every document afresh; write no cache")
    check.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="extraction processes (0: all cores)")
    check.add_argument("--index", metavar="DIR", help="build or update a corpus index of the documents in DIR")
    check.add_argument("--prune", action="store_true", help="with --index: drop indexed documents not given")
    check.add_argument("--index-only", action="store_true", help="with --index: index without checking")
    check.add_argument(
        "--against-index", metavar="DIR", help="compare the documents with the articles of this index that share keys"
    )
    check.add_argument(
        "--each",
        action="store_true",
        help="with --against-index: check each document on its own against the index "
        "(with --format jsonl, verdicts are written as they come and memory stays flat)",
    )
    check.add_argument(
        "--max-candidates", type=int, default=None, metavar="N", help="with --against-index: most articles (50)"
    )

    extract = sub.add_parser("extract", help="print the quantities, dates and names found in documents")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("-f", "--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="validate, list or describe rule files")
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    validate = rsub.add_parser("validate", help="check rule files; errors as file:line:col")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    listing = rsub.add_parser("list", help="list the rules (built-in and given)")
    listing.add_argument("paths", nargs="*", metavar="PATH")
    listing.add_argument("--no-defaults", action="store_true")
    schema = rsub.add_parser("schema", help="print (or write) the JSON Schema of rule files")
    schema.add_argument("-o", "--output", metavar="FILE")

    explain = sub.add_parser("explain", help="describe a check type: what it flags, why, parameters, examples")
    explain.add_argument("name", nargs="?", help="check type, e.g. percent-of (omit to list them)")

    from factcheck.server import add_serve_parser  # light: FastAPI is imported only when serving

    add_serve_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="factcheck: %(message)s",
        stream=sys.stderr,
    )
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    from factcheck.errors import FactcheckError

    try:
        if args.command == "check":
            return _check(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "serve":
            from factcheck.server import serve

            return serve(args)
        return _explain(args)
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of stdout went away (`factcheck check … | head`)
        return 0
    except OSError as exc:  # an output file that cannot be written, a cache or index folder that cannot be made
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"factcheck: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _check(args: argparse.Namespace) -> int:
    from factcheck.engine import fewer_collections

    with fewer_collections():  # indexing and rendering too (the engine's own runs already do)
        return _check_run(args)


def _check_run(args: argparse.Namespace) -> int:
    from factcheck.engine import run
    from factcheck.rules.loader import load_rules

    cache = False if args.no_cache else (args.cache or True)
    if (args.prune or args.index_only) and not args.index:
        print("factcheck: --prune and --index-only need --index DIR", file=sys.stderr)
        return 2
    if args.index and args.against_index:
        print("factcheck: give --index DIR (index these documents) or --against-index DIR, not both", file=sys.stderr)
        return 2
    if args.each and not args.against_index:
        print("factcheck: --each needs --against-index DIR", file=sys.stderr)
        return 2
    ruleset = load_rules(args.rules or None, defaults=not args.no_defaults)
    if args.each and args.format == "jsonl":
        return _stream_each(args, ruleset)
    if args.each:
        from factcheck.index import MAX_CANDIDATES, check_each_against_index

        report, quoted = check_each_against_index(
            args.paths,
            args.against_index,
            ruleset,
            limit=MAX_CANDIDATES if args.max_candidates is None else args.max_candidates,
        )
        return _finish(report, quoted, args, ruleset)
    if args.index:
        from factcheck.index import index_paths

        update, got, got_facts = index_paths(
            args.index,
            args.paths,
            ruleset,
            args.against or None,
            prune=args.prune,
            check=not args.index_only,
            jobs=args.jobs,
        )
        print(f"factcheck: {update.summary(args.index)}", file=sys.stderr)
        if got is None or got_facts is None:
            return 2 if update.failed else 0
        report, facts = got, got_facts
    else:
        report, facts = run(
            args.paths,
            ruleset,
            args.against or None,
            cache=cache,
            jobs=args.jobs,
            against_index=args.against_index,
            max_candidates=args.max_candidates,
        )
    return _finish(report, facts.documents, args, ruleset)


def _stream_each(args: argparse.Namespace, ruleset: LoadedRules) -> int:
    """``--each --format jsonl``: write each document's lines as soon as it is checked; keep only counts."""
    from factcheck.index import MAX_CANDIDATES, iter_each_against_index
    from factcheck.report.jsonl import JsonlWriter
    from factcheck.rules.loader import ruleset_hash

    log = logging.getLogger("factcheck")
    with _output(args) as out:
        writer = JsonlWriter(out, ruleset_hash=ruleset_hash(ruleset), fail_on=args.fail_on)
        writer.start()
        writer.errors(ruleset.errors)
        limit = MAX_CANDIDATES if args.max_candidates is None else args.max_candidates
        for checked in iter_each_against_index(args.paths, args.against_index, ruleset, limit=limit):
            if checked.info is not None:
                writer.document(checked.info)
            writer.verdicts(checked.id, checked.findings, checked.passed)
            writer.errors(checked.errors)
            for err in checked.errors:
                log.info("error: %s: %s", err.source, err.message)
        return writer.finish()


@contextlib.contextmanager
def _output(args: argparse.Namespace) -> Iterator[TextIO | None]:
    """Where the report goes: nothing (--quiet), the --output file, or stdout."""
    if args.quiet:
        yield None
    elif args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            yield out
    else:
        yield sys.stdout


def _finish(report: Report, documents: Mapping[str, Document], args: argparse.Namespace, ruleset: LoadedRules) -> int:
    """Log the report's errors, render it (unless --quiet) and return the exit code."""
    for err in report.errors:
        logging.getLogger("factcheck").info("error: %s: %s", err.source, err.message)
    with _output(args) as out:
        if out is not None:
            _render(report, documents, args, out, ruleset)
    return report.exit_code(args.fail_on)


def _render(
    report: Report, documents: Mapping[str, Document], args: argparse.Namespace, out: TextIO, ruleset: LoadedRules
) -> None:
    from factcheck.report import render

    options: dict[str, object] = {}
    if args.format == "text":
        options = {
            "verbose": args.show_passed,
            "color": args.color == "always" or (args.color == "auto" and out.isatty()),
        }
    elif args.format == "jsonl":
        from factcheck.rules.loader import ruleset_hash

        options = {"ruleset_hash": ruleset_hash(ruleset), "fail_on": args.fail_on}
    render(report, documents, args.format, out, **options)


def _extract(args: argparse.Namespace) -> int:
    import json

    from factcheck.engine import load_documents
    from factcheck.extract import extract

    docs, errors = load_documents(args.paths)
    for err in errors:
        print(f"factcheck: {err.source}: {err.message}", file=sys.stderr)
    extractions = [extract(doc, EXTRACT_NEEDS) for doc in docs]
    if args.format == "json":
        payload = [e.model_dump(mode="json", exclude={"sentences"}) for e in extractions]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from factcheck.report.extraction import render_extractions

        render_extractions(docs, extractions, sys.stdout)
    return 2 if errors else 0


def _rules(args: argparse.Namespace) -> int:
    from factcheck.rules import commands

    if args.rules_command == "validate":
        return commands.validate(args.paths)
    if args.rules_command == "list":
        rows = commands.list_rules(args.paths, defaults=not args.no_defaults)
        for row in rows:
            state = "" if row.get("enabled", True) else "  (disabled)"
            print(f"{row['id']:40} {row['type']:22} {row['severity']:8} {row.get('source', '')}{state}")
        return 0
    text = commands.schema()
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


def _explain(args: argparse.Namespace) -> int:
    from factcheck.checks._registry import get_check, registered

    if not args.name:
        for name, spec in registered().items():
            first = spec.doc.strip().splitlines()[0] if spec.doc.strip() else ""
            print(f"{name:24} {first}")
        return 0
    spec = get_check(args.name.replace("_", "-"))
    print(spec.doc.strip())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
