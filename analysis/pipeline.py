"""The analysis pipeline: read, clean, segment, extract, attribute, classify, assign round, group duplicates."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from analysis import rounds as rounds_mod
from analysis.attribute import Attributor
from analysis.clean import clean
from analysis.dates import find_dates, infer_doc_date
from analysis.dossier import Dossier
from analysis.duplicates import group_duplicates
from analysis.extract import Found, extract
from analysis.mentions import finder_for
from analysis.model import DocDate, Document, Statement
from analysis.quotes import quote_words
from analysis.read import ReadError, find_files, read_document
from analysis.scan import Hits
from analysis.segment import split_sentences
from analysis.stance import classify, statement_hits, tone, topics


def content_hash(text: str) -> str:
    """A document's identity: the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def infer_title(doc: Document, text: str, first_para: tuple[int, int] | None) -> str:
    """The HTML title, else a short first line, else the start of the first sentence."""
    if doc.title:
        return doc.title
    if first_para is None:
        return doc.name
    line = " ".join(text[first_para[0]:first_para[1]].split())
    if len(line.split()) <= 16 and not line.endswith("."):
        return line
    return line if len(line) <= 90 else line[:87].rsplit(" ", 1)[0] + "..."


def analyze_document(doc: Document, dossier: Dossier) -> tuple[list[Statement], DocDate]:
    """All statements of one document (duplicates not yet grouped) and its inferred date."""
    cleaned = clean(doc.text)
    text = cleaned.text
    round_starts = [r.start for r in dossier.rounds]
    content = "\n".join(text[p.start:p.end] for p in cleaned.paragraphs)
    doc_date = infer_doc_date(content, round_starts)
    if not doc.title:
        first = cleaned.paragraphs[0] if cleaned.paragraphs else None
        doc.title = infer_title(doc, text, (first.start, first.end) if first else None)
    sentences = split_sentences(text, cleaned.paragraphs)
    finder = finder_for(dossier)
    found = extract(text, sentences, finder, Attributor(dossier, finder))
    doc_hash = content_hash(doc.text)
    statements: list[Statement] = []
    paragraph_round: dict[int, tuple] = {}
    hits = statement_hits([text[f.sentence.start:f.sentence.end] for f in found], dossier)
    for f, at in zip(found, hits):
        statements.append(_label(f, doc, doc_hash, doc_date, text, dossier, paragraph_round, at))
    return statements, doc_date


def _label(f: Found, doc: Document, doc_hash: str, doc_date: DocDate, text: str,
           dossier: Dossier, paragraph_round: dict[int, tuple], hits: Hits) -> Statement:
    s = f.sentence
    body = text[s.start:s.end]
    quote = " … ".join(quote_words(text, q) for q in f.quotes) or None
    stance = classify(text[s.start:f.stance_end], f.holder.side, dossier, hits)
    if f.stance_end < s.end:
        stance.rules.append(f"scored the holder's clause only: another party speaks after '{text[f.stance_end - 20:f.stance_end].strip()}'")
    dates = find_dates(f.masked.text, doc_date.value, [r.start for r in dossier.rounds], s.start, f.masked)
    assigned = rounds_mod.round_by_event(dossier, f.masked) or rounds_mod.round_by_date(dossier, dates, doc_date.value)
    if assigned:
        paragraph_round[s.paragraph] = assigned
    elif s.paragraph in paragraph_round:
        r, why = paragraph_round[s.paragraph]
        assigned = (r, f"same paragraph as a statement that {why[0].lower() + why[1:]}")
    else:
        assigned = rounds_mod.round_by_doc_date(dossier, doc_date.value)
    rnd, round_reason = assigned
    sid = hashlib.sha1(f"{doc_hash}:{s.start}:{s.end}".encode()).hexdigest()[:12]
    return Statement(
        id=sid, doc=doc.name, doc_date=doc_date.value.isoformat() if doc_date.value else None,
        start=s.start, end=s.end, text=body, quote=quote, kind=f.kind,
        speaker=f.holder.speaker, org=f.holder.org, side=f.holder.side,
        stance=stance.label, stance_score=stance.score, confidence=stance.confidence,
        tone=tone(body), topics=topics(body, dossier, hits),
        round=rnd.id if rnd else None, round_reason=round_reason,
        evidence={"attribution": f.holder.how, "verb": f.holder.verb, "stance_cues": stance.cues,
                  "stance_rules": stance.rules, "doc_date": doc_date.reason},
        paragraph=s.paragraph,
    )


def analyze_text(text: str, dossier: Dossier, name: str = "text.txt") -> list[Statement]:
    """Statements of one text given as a string (duplicates grouped within it)."""
    return analyze_documents([Document(name=name, text=text)], dossier)


def analyze_documents(docs: Iterable[Document], dossier: Dossier) -> list[Statement]:
    """Statements of several documents, duplicates grouped across them."""
    out: list[Statement] = []
    for doc in docs:
        out.extend(analyze_document(doc, dossier)[0])
    group_duplicates(out)
    return out


def analyze_paths(paths: list[str | Path], dossier: Dossier,
                  on_skip: Callable[[Path, str], None] | None = None) -> tuple[list[Document], list[Statement]]:
    """Read files and folders, analyse them, and report unreadable files through on_skip."""
    docs: list[Document] = []
    for path in find_files(paths):
        try:
            docs.append(read_document(path))
        except ReadError as exc:
            if on_skip:
                on_skip(path, str(exc))
    return docs, analyze_documents(docs, dossier)
