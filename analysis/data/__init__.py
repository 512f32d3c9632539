"""Data files the analysis reads: the KORUS dossier, English cue lists, Punkt abbreviations."""
