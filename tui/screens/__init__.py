"""Screens and dialogs of the stance explorer, one per file."""
