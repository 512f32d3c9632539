"""Parley's analysis layer: news articles in, attributed stance-tagged statements out.

No UI here: this package must never import textual or rich.
"""

from analysis.dossier import Dossier, load_dossier
from analysis.model import Document, Statement
from analysis.pipeline import analyze_document, analyze_documents, analyze_paths, analyze_text

__all__ = ["Dossier", "Document", "Statement", "analyze_document", "analyze_documents", "analyze_paths",
           "analyze_text", "load_dossier"]
