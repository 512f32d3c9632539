"""Parley's analysis layer: news articles in, attributed stance-tagged statements out.

No UI here: this package must never import textual or rich. Names are imported on
first use (PEP 562), so `from analysis import load_dossier` does not load the pipeline.
"""

from importlib import import_module

_EXPORTS = {
    "Dossier": "analysis.dossier", "load_dossier": "analysis.dossier",
    "Document": "analysis.model", "Statement": "analysis.model",
    "analyze_document": "analysis.pipeline", "analyze_documents": "analysis.pipeline",
    "analyze_paths": "analysis.pipeline", "analyze_text": "analysis.pipeline",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
