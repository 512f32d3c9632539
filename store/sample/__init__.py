"""The KORUS sample corpus shipped as package data (see ORIGIN)."""
