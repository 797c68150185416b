"""Source documents: finding them, reading .txt / .md / .html, stripping markup, splitting sentences,
and the date a document states. Parsing is pure; only `read_document` and `find_documents` touch files.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from graphx.errors import InputError, Problem, UsageError
from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.extract.markdown import markdown_to_text
from graphx.extract.published import find_date
from graphx.extract.sentences import split_sentences
from graphx.lexicon import word_set as _words

__all__ = [
    "Document",
    "Result",
    "extract_files",
    "find_date",
    "find_documents",
    "parse_document",
    "read_document",
    "split_sentences",
]

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


@dataclass(frozen=True)
class Document:
    """A document as text: its path as given, title, stated date and sentences."""

    path: str
    title: str
    date: str | None
    sentences: tuple[str, ...]


# --- finding and reading -------------------------------------------------------------------------------------


class NoDocumentsError(UsageError):
    """Folders given to read that hold no document."""

    def __init__(self, folders: Sequence[str]) -> None:
        self.folders = tuple(folders)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [f"{folder}: no documents (.txt, .md, .html) found" for folder in self.folders]


def find_documents(paths: Iterable[str | Path]) -> list[str]:
    """The documents named by `paths`: files as given, folders searched recursively, in sorted order.

    A folder that holds no document is an error (a mistyped path, most likely), as is a missing file.
    """
    found: list[str] = []
    problems = []
    empty = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in SUFFIXES and p.is_file() and not p.name.startswith(".")
            ]
            if not inside:
                empty.append(str(given))
            found.extend(inside)
        elif not path.exists():
            problems.append(Problem(str(given), 1, 1, "no such file or folder"))
        elif path.suffix.lower() not in SUFFIXES:
            problems.append(Problem(str(given), 1, 1, "not a document: expected .txt, .md or .html"))
        else:
            found.append(str(given))
    if problems:
        raise InputError(problems)
    if empty:
        raise NoDocumentsError(empty)
    return list(dict.fromkeys(found))


def read_document(path: str) -> Document:
    """Read and parse one document file."""
    from graphx.graph.yamlnodes import read_text

    return parse_document(read_text(Path(path), "document"), path)


def parse_document(text: str, path: str) -> Document:
    """Markup stripped by the file's kind, then split into sentences."""
    kind = SUFFIXES.get(Path(path).suffix.lower(), "text")
    text = _CONTROL.sub(" ", text)
    meta: dict[str, str] = {}
    if kind == "html":
        text, meta = html_to_text(text)
    elif kind == "markdown":
        text, meta = markdown_to_text(text)
    sentences = split_sentences(text)
    title = meta.get("title") or _headline(sentences) or Path(path).stem
    date = _iso(meta.get("date", "")) or find_date(text)
    return Document(path, _clip(title), date, tuple(sentences))


# control characters (other than tab and line ends) would make quotes that no YAML file can hold
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _headline(sentences: Sequence[str]) -> str | None:
    """The first short line of at least four words without a final full stop: a plain-text headline."""
    for sentence in sentences[:3]:
        if len(sentence.split()) >= 4 and len(sentence) <= 200 and not sentence.endswith("."):
            return sentence
    return sentences[0] if sentences else None


def _clip(title: str, limit: int = 160) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"


# --- markup --------------------------------------------------------------------------------------------------

_BLOCKS = _words(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer "
    "blockquote pre figure figcaption title hr dd dt dl main aside caption address details summary"
)
_HEADINGS = _words("h1 h2 h3 h4 h5 h6")
_SKIP = _words("script style noscript template svg nav head iframe form button select")
_DATE_META = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dcterms.date",
    "og:published_time",
    "sailthru.date",
    "parsely-pub-date",
)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title: list[str] = []
        self.heading: list[str] | None = None  # the first heading's text, while it is read
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if name in _DATE_META and "date" not in self.meta and values.get("content"):
                self.meta["date"] = values["content"]
            if name in ("og:title", "title") and values.get("content"):
                self.meta.setdefault("title", values["content"])
        elif tag == "time" and values.get("datetime") and "date" not in self.meta:
            self.meta["date"] = values["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in _HEADINGS and self.heading is None and not self.headings and not self.skipping:
            self.heading = []
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _HEADINGS and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            self.heading = None
            if text:
                self.headings.append(text)
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)
            if self.heading is not None:
                self.heading.append(data)


def html_to_text(text: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML document (no scripts, styles or navigation), block elements apart, with its
    title (og:title, else <title>, else the first heading) and date."""
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title).split())
    if title:
        meta.setdefault("title", title)
    if parser.headings:
        meta.setdefault("title", parser.headings[0])
    body = "".join(parser.parts)
    body = re.sub(r"[ \t\r\f\v]+", " ", body)
    return body, meta


def _iso(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    match = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    return find_date(value)


# --- running extraction over files ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """What extraction found in one document."""

    document: Document  # without its sentences: only `quotes` cross the process boundary
    found: tuple[object, ...]  # graphx.extract.extractor.Found, kept loose so this module stays light
    quotes: dict[int, str]
    sentences: int
    problems: tuple[Problem, ...] = ()


_WORKER: dict[str, object] = {}


def _init_worker(lexicon: object, date: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
    _WORKER.update(lexicon=lexicon, date=date, min_confidence=min_confidence)


def _run_one(path: str) -> Result:
    from graphx.extract.extractor import extract
    from graphx.lexicon import Lexicon

    lexicon, fallback, threshold = _WORKER["lexicon"], _WORKER.get("date"), _WORKER.get("min_confidence", 0.0)
    assert isinstance(lexicon, Lexicon) and isinstance(threshold, float)
    try:
        document = read_document(path)
    except InputError as exc:  # exceptions with arguments do not cross process boundaries intact
        return Result(Document(path, path, None, ()), (), {}, 0, tuple(exc.problems))
    date = document.date or (fallback if isinstance(fallback, str) else None)
    found = extract(document.sentences, lexicon, date, threshold)
    quotes = {f.sentence: document.sentences[f.sentence] for f in found}
    slim = Document(document.path, document.title, date, ())
    return Result(slim, tuple(found), quotes, len(document.sentences))


def run_one_with(path: str, date: str | None, min_confidence: float) -> Result:
    """One document in a worker whose lexicon is set, with the run's date and threshold (for other executors)."""
    _WORKER.update(date=date, min_confidence=float(min_confidence))
    return _run_one(path)


def extract_files(
    paths: Sequence[str],
    lexicon: object,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    date: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Result]:
    """Read and extract every document, in `jobs` processes; results in the order of `paths`.

    `date` stands for the date of documents that state none; findings under `min_confidence` are dropped.
    """
    if jobs <= 1 or len(paths) <= 1:
        _init_worker(lexicon, date, float(min_confidence))
        results = []
        for path in paths:
            results.append(_run_one(path))
            if progress:
                progress(1)
        return _checked(results)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    chunk = max(1, min(64, len(paths) // (jobs * 8) or 1))
    results = []
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(lexicon, date, float(min_confidence))
    ) as pool:
        for result in pool.map(_run_one, paths, chunksize=chunk):
            results.append(result)
            if progress:
                progress(1)
    return _checked(results)


def _checked(results: list[Result]) -> list[Result]:
    problems = [p for r in results for p in r.problems]
    if problems:
        raise InputError(problems)
    return results
