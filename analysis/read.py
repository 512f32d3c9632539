"""Read article files (.txt, .md, .html) into Documents, with one-line reasons for bad ones."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from analysis.model import Document

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".html", ".htm")


class ReadError(Exception):
    """A file that cannot be analysed; the message is a one-line reason."""


class _TextExtractor(HTMLParser):
    """Collects an HTML page's visible text, one block element a paragraph."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
              "section", "article", "header", "footer", "title", "figcaption", "pre"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.HIDDEN:
            self._hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """The visible text of an HTML page (paragraphs split by blank lines) and its title."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*\n[ \t\r\f\v]*", "\n\n", text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return text, html.unescape(" ".join("".join(parser.title).split()))


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_CLOSE_PUNCT = re.compile(r"(?<=\w)(\*\*|__|[*_`])([.,;:!?])")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+])\s|\*\*|__|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", re.M)


def markdown_to_text(text: str) -> str:
    """Markdown's syntax blanked to spaces (same length, so offsets hold): headings, emphasis,
    quotes, list bullets, code marks; a link keeps its words and loses its address."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group(0))

    def link(m: re.Match) -> str:
        words = m.group(1)
        return " " * (m.start(1) - m.start()) + words + " " * (m.end() - m.end(1))

    # "*unfair*." -> "unfair.  ": the punctuation moves left over the closing mark.
    text = _MD_CLOSE_PUNCT.sub(lambda m: m.group(2) + " " * len(m.group(1)), _MD_LINK.sub(link, text))
    return _MD_MARKS.sub(blank, text)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed), else cp1252 with a warning."""
    if b"\x00" in raw[:4096]:
        raise ReadError("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), ["not valid UTF-8: decoded as cp1252"]


def read_document(path: str | Path) -> Document:
    """Read one article file; raise ReadError with a one-line reason if it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"too large ({size / 1e6:.1f} MB > 5 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    text, warnings = decode(raw)
    title = ""
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
    elif path.suffix.lower() == ".md":
        text = markdown_to_text(text)
    if not text.strip():
        raise ReadError("empty file")
    return Document(name=path.name, text=text, path=str(path), title=title, warnings=warnings)


def find_files(paths: list[str | Path]) -> list[Path]:
    """Article files under the given files and folders (recursive), sorted, unique."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            found.append(p)
    return list(dict.fromkeys(found))
