"""Read documents: plain text, Markdown, HTML and JSON, with title, publication date and source.

Metadata comes, first match wins, from: a JSON document's own fields; Markdown/text front matter (``---`` YAML
block); a sidecar ``index.yaml`` in the document's folder (``{file name: {title, published, source}}``); a line
``Published: YYYY-MM-DD`` among the first five lines; a date line or a wire dateline with the year ("GENEVA, Nov 28,
2027 (AFP) - …") among the first six non-empty lines. A text's title defaults to its first non-empty line.
The document id is the path as given (a file found in a directory is that directory joined with its relative
path). Offsets index the text as read: the decoded file for text and Markdown, the extracted text for HTML.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from factcheck import yamlfast
from factcheck.errors import InputError
from factcheck.models import Document

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
SIDECAR = "index.yaml"
_PUBLISHED = re.compile(r"^\s*(?:Published|Date|Dateline)\s*:\s*(\d{4}-\d{2}-\d{2})\s*$", re.I | re.M)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_TIME = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
# An embargo's hour: "4 P.M. ET", "10:00 a.m. CET", "midnight".
_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d|midnight|noon)(?:\s*[A-Z]{2,4})?"


@functools.cache
def _full_date(with_year: bool = True) -> str:
    """A full date as a pattern: "Nov. 9, 2027", "16th April 2027" (groups month/day or day2/month2, and year; built
    on the dates extractor's month table, imported when a head is read); ``with_year=False``: the day and month
    only ("11 Jan", "Jan. 11")."""
    from factcheck.extract.dates import MONTHS

    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    day_month = (
        rf"(?:(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{months})\.?)"
    )
    return day_month + (r",?\s+(?P<year>(?:19|20)\d\d)" if with_year else "")


def _matched_date(m: re.Match[str]) -> dt.date | None:
    """The date a match of :func:`_full_date` names (None for a day the month does not have)."""
    from factcheck.extract.dates import MONTHS

    month = MONTHS[(m.group("month") or m.group("month2")).lower()]
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None


# A section's or an outlet's name after a date line's date: capitalised words with small connecting words and
# slashes ("Culture", "Spain in English / EFE"), no figure.
_TITLE_WORD = r"[A-Z][^\W\d_]*(?:[.&'’-][^\W\d_]+)*\.?"
_SECTION = rf"(?-i:{_TITLE_WORD}(?:(?:\s*/\s*|\s+(?:(?:in|of|and|the|de|del|on|for|&)\s+)?){_TITLE_WORD}){{0,5}})"


@functools.cache
def _date_line_pattern() -> re.Pattern[str]:
    """A line of the head that is only a publication date, as a wire story, press release, brief or web page prints
    it: "Nov. 16, 2027", "Tuesday, Nov. 9, 2027", "Friday, 16 April 2027", "Brussels, 15 December 2027", "Dawn |
    Published April 20, 2027", "The Courier — Thursday, May 20, 2027" (an outlet's name, a dash, the date; the name
    may be in bold: "**The Courier** — Thursday, May 20, 2027"),
    "Published: 5:42 PM CDT Sep. 22, 2027", "Published : Oct. 21, 2027 - 15:48", "*Chennai, February 17, 2027*",
    "Published - Sept. 21, 2027 10:15 pm IST", "CBC News · Posted: Jul 12, 2027 6:00 AM EDT", "Nine News | Posted
    Tue 4 Mar 2025 at 7:02pm" (a weekday written short), a press release's "14 July 2027 — for immediate release",
    "Brasília, 19 May 2027 – 6:35 p.m." (a place in any letters), "Panaji,
    Goa | 25 November 2027" (a place and its region), a ministry's "Ministry of Housing (VRO) – The Hague, 6 June
    2028" (the issuer, a dash, the place), a blog's "*Notes from Europe · 6 November 2027 · by Ann Lee*" (an
    outlet, the date, a byline), a wire service's "*Wednesday 12 January 2028 · Culture · Spain in English / EFE*" (the
    date, then its section and outlet), or its embargo, the hour it is published: "NEWS RELEASE — EMBARGOED UNTIL
    4 P.M. ET, MONDAY, FEB. 14, 2028"."""
    return re.compile(
        r"[*_\s]*(?:[^\W\d][\w.&', -]{0,40}?[*_]*\s*[|·•]\s*"
        r"|(?-i:[A-Z])[\w.&'() -]{0,60}?[*_]*(?:\s*[–—]\s*|\s+-{1,2}\s+))?"
        rf"(?:(?:published|posted|released|updated|date|dateline)\s*[:\-–—]?\s*|embargo(?:ed)?\s+until\s+{_CLOCK},?\s*)?"
        rf"(?:{_TIME}\s+)?(?:[^\W\d_](?:[^\W\d_]|[.' -]){{1,30}},\s*)?"
        r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?"
        rf"{_full_date()}(?:\s*(?:[-–—,|]|at)?\s*{_TIME})?(?:\s*[-–—|:]\s*for\s+immediate\s+release)?"
        r"(?:\s*[|·•]\s*(?:\d{1,2}[- ]min(?:ute)?s?[- ]read|(?:source\s*:\s*|by\s+)[^\W\d][\w.&'’ -]{0,40}"
        rf"|{_SECTION}))*"
        rf"(?:\.?\s+embargo(?:ed)?\s+until\s+(?:{_TIME}|midnight|noon)[^.]{{0,40}}\.?)?[*_\s]*",
        re.I,
    )


@functools.cache
def _dateline_pattern(with_year: bool = True) -> re.Pattern[str]:
    """A wire dateline opening a story's first paragraph with the full date: "GENEVA, Nov 28, 2027 (AFP) - Swiss
    voters …", "LAGOS, 3 March 2027 (Reuters) — …", "WASHINGTON, Jan. 5, 2027 -- …", "Lima, 3 June 2027 (EFE).- …"
    (a place in capitals or an agency in brackets, then a dash: not a sentence that starts with a place and a date);
    ``with_year=False``: a dateline that gives the day and month only ("Bilbao, 11 Jan (EFE).- …")."""
    place = r"[^\W\d_][\w.'’ -]{0,40}?(?:,\s*[^\W\d_][\w.'’ -]{0,30}?)?"
    return re.compile(
        rf"[*_\s]*(?:(?P<caps>[A-Z][A-Z.'’ -]{{1,40}}?)(?:,\s*[A-Z][\w.'’ -]{{0,30}}?)?|{place}),\s*"
        rf"{_full_date(with_year)}\s*(?P<agency>\([^()\n]{{1,30}}\))?\.?\s*[*_]*\s*(?:-{{1,2}}|[–—:])\s",
        re.I,
    )


def opening_dateline(line: str, *, with_year: bool = True) -> re.Match[str] | None:
    """The wire dateline that opens a paragraph ("GENEVA, Nov 28, 2027 (AFP) - …", up to its dash), else None. The
    place must be in capitals or the agency named in brackets."""
    m = _dateline_pattern(with_year).match(line)
    if not m or not (m.group("agency") or (m.group("caps") and m.group("caps").isupper())):
        return None
    return m


def dateline_date(line: str) -> dt.date | None:
    """The date of a wire dateline that opens a paragraph (:func:`opening_dateline`), else None."""
    m = opening_dateline(line)
    return _matched_date(m) if m else None


def dateline_day(line: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline that gives no year ("Bilbao, 11 Jan (EFE).- …", "MADRID, Jan. 11 -- …"),
    else None: the day a wire story was filed, its year unknown from the story alone."""
    m = opening_dateline(line, with_year=False)
    if not m:
        return None
    from factcheck.extract.dates import MONTHS

    month, day = MONTHS[(m.group("month") or m.group("month2")).lower()], int(m.group("day") or m.group("day2"))
    return (month, day) if 1 <= day <= calendar.monthrange(2000, month)[1] else None


def undated_dateline_day(doc: Document) -> tuple[int, int] | None:
    """(month, day) of the yearless wire dateline (:func:`dateline_day`) among an undated document's first six
    non-empty lines, else None."""
    if doc.published is not None:
        return None
    return next(filter(None, map(dateline_day, _head_lines(doc.text[doc.body_start :]))), None)


def _head_lines(body: str) -> list[str]:
    """The first six non-empty lines of a document's body, where its date line or dateline is."""
    return [line for line in body.splitlines() if line.strip()][:6]


def date_line(line: str) -> dt.date | None:
    """The date of a line that is only a publication date ("Tuesday, Nov. 9, 2027", "Dawn | Published April 20,
    2027"), else None. An "Updated" line is the date of a later version, not the publication's."""
    m = _date_line_pattern().fullmatch(line)
    if not m or line.lstrip("*_ \t").lower().startswith("updated"):
        return None
    return _matched_date(m)


def metadata_line(line: str) -> bool:
    """Whether a line is only a dated byline, the publication's or a later version's ("Updated Jun 14, 2027 · 2 min
    read · Source: Reuters"): it states nothing about the story."""
    return _date_line_pattern().fullmatch(line) is not None


def files_under(directory: Path, suffixes: Iterable[str]) -> list[Path]:
    """The files below ``directory`` whose suffix (lower-cased) is in ``suffixes``, sorted; hidden ones skipped."""
    wanted = frozenset(suffixes)
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix.lower() in wanted
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | InputError]:
    """Every document under ``paths`` (files, or directories walked in sorted order), or the error reading it.

    Errors are yielded, not raised, so one unreadable file does not stop the others.
    """
    for raw in paths:
        given = os.fspath(raw)
        path = Path(given)
        if path.is_dir():
            files = files_under(path, SUFFIXES)
            if not files:
                yield InputError("no documents found (looked for " + ", ".join(sorted(SUFFIXES)) + ")", given)
            for f in files:
                yield from _read_one(f, os.path.join(given, str(f.relative_to(path))))
        elif path.exists():
            yield from _read_one(path, given)
        else:
            yield InputError("no such file or directory", given)


def read_document(path: str | os.PathLike[str]) -> list[Document]:
    """The document(s) in one file; raises :class:`InputError` naming the file when it cannot be read."""
    docs: list[Document] = []
    for item in _read_one(Path(path), os.fspath(path)):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
    return docs


def from_text(
    text: str,
    id: str = "<text>",
    published: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Document:
    """A document from a string (front matter and a ``Published:`` line are read as for files)."""
    meta = _text_metadata(text)
    body_start = meta.pop("_body_start", 0)
    doc = Document(id=id, text=text, body_start=body_start, **_clean_meta(meta, id))
    updates = {k: v for k, v in (("published", published), ("title", title), ("source", source)) if v is not None}
    return doc.model_copy(update=_clean_meta(updates, id)) if updates else doc


def _read_one(path: Path, doc_id: str) -> Iterator[Document | InputError]:
    fmt = SUFFIXES.get(path.suffix.lower(), "text")
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", doc_id)
        return
    if b"\x00" in data[:8192]:
        yield InputError("looks like a binary file, not text", doc_id)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        yield InputError(f"not valid UTF-8 (byte {exc.start}, line {line}); save the file as UTF-8", doc_id)
        return
    if not text.strip():
        yield InputError("empty document", doc_id)
        return
    sidecar = _sidecar(path.parent).get(path.name, {})
    try:
        if fmt == "json":
            yield from _json_documents(text, doc_id)
            return
        if fmt == "html":
            doc = _html_document(text, doc_id)
        else:
            doc = from_text(text, doc_id)
            doc = doc.model_copy(update={"format": fmt})
        meta = _clean_meta(sidecar, f"{path.parent / SIDECAR}")
        yield doc.model_copy(update=meta) if meta else doc
    except InputError as exc:
        yield exc


def _sidecar(folder: Path, _cache: dict[Path, dict[str, Any]] = {}) -> dict[str, Any]:  # noqa: B006
    if folder in _cache:
        return _cache[folder]
    f = folder / SIDECAR
    result: dict[str, Any] = {}
    if f.is_file():
        try:
            loaded = yamlfast.safe_load(f.read_text(encoding="utf-8"))
        except (yaml.YAMLError, ValueError, OSError) as exc:  # (ValueError: an impossible date "2027-13-45")
            raise InputError(f"cannot read sidecar: {exc}", str(f)) from None
        if isinstance(loaded, dict):
            docs = loaded.get("documents", loaded)
            result = {str(k): v for k, v in docs.items() if isinstance(v, dict)} if isinstance(docs, dict) else {}
    _cache[folder] = result
    return result


def _text_metadata(text: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    fm = _FRONT_MATTER.match(text)
    if fm:
        try:
            loaded = yamlfast.safe_load(fm.group(1))
        except (yaml.YAMLError, ValueError):  # (ValueError: YAML's reading of an impossible date, "2027-13-45")
            loaded = _loose_front_matter(fm.group(1))
        if isinstance(loaded, dict):
            meta.update({k: loaded[k] for k in ("title", "published", "source", "date") if k in loaded})
            if "date" in meta:
                meta.setdefault("published", meta.pop("date"))
            meta["_body_start"] = fm.end()
    head = "\n".join(text[meta.get("_body_start", 0) :].splitlines()[:5])
    m = _PUBLISHED.search(head)
    if m and "published" not in meta:
        meta["published"] = m.group(1)
    if "published" not in meta:
        lines = _head_lines(text[meta.get("_body_start", 0) :])
        day = next((d for d in map(date_line, lines) if d), None) or next(
            (d for d in map(dateline_date, lines) if d), None
        )
        if day:
            meta["published"] = day
    if "title" not in meta:
        for line in text[meta.get("_body_start", 0) :].splitlines():
            if line.strip():
                meta["title"] = line.strip().lstrip("#").strip()
                break
    return meta


_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*")


def _loose_front_matter(block: str) -> dict[str, str] | None:
    """``key: value`` lines that are not valid YAML ("title: Fire: what we know"), or None if a line is not one."""
    out: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_VALUE.fullmatch(line)
        if not m:
            return None
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[m.group(1)] = value
    return out


def _clean_meta(meta: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("title", "source"):
        if meta.get(key) is not None:
            out[key] = str(meta[key])
    pub = meta.get("published")
    if pub is not None:
        if isinstance(pub, dt.datetime):
            pub = pub.date()
        if not isinstance(pub, dt.date):
            try:
                pub = dt.date.fromisoformat(str(pub).strip()[:10])
            except ValueError:
                raise InputError(f"published: expected a date YYYY-MM-DD, got {pub!r}", where) from None
        out["published"] = pub
    return out


def _json_documents(text: str, doc_id: str) -> Iterator[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", f"{doc_id}:{exc.lineno}:{exc.colno}") from None
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        where = doc_id if len(items) == 1 else f"{doc_id}[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError("expected an object with a string 'text' field", where)
        if not item["text"].strip():
            raise InputError("empty document", where)
        item_id = str(item.get("id") or where)
        yield from_text(item["text"], item_id).model_copy(update={"format": "json", **_clean_meta(item, where)})


class _TextExtractor(HTMLParser):
    """Collects an HTML page's readable text: block elements become line breaks; scripts and styles are dropped."""

    BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "figcaption",
            "title",
            "pre",
            "hr",
        ]
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")


def _html_document(text: str, doc_id: str) -> Document:
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    body = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    if not body.strip():
        raise InputError("HTML page has no text", doc_id)
    meta = _text_metadata(body)
    meta.pop("_body_start", None)
    if parser.title:
        meta["title"] = parser.title
    return Document(id=doc_id, text=body, format="html", **_clean_meta(meta, doc_id))
