"""Parley's store: the TinyDB corpus, corrections and export. No UI here."""
