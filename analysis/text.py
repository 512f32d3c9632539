"""Text made safe and offset-preserving: unusual spaces and control characters replaced one for one.

Kept apart from analysis.clean so the explorer can make article text safe to show
without importing the analysis.
"""

from __future__ import annotations

import re

# Every replacement is one character for one, so offsets into the cleaned text
# are offsets into the text as read: the mapping back is the identity.
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\u1680\u205f\t\r\x0b\x0c"
_TABLE = {ord(c): " " for c in _SPACES} | {ord(c): "\n" for c in "\u2028\u2029\x85"}
_UNUSUAL = re.compile("[" + "".join(map(chr, _TABLE)) + "]")


def normalise(text: str) -> str:
    """Same-length text: unusual spaces to spaces, control and format characters blanked."""
    # str.translate with a dict is slow; replacing just the characters present is not.
    for c in set(_UNUSUAL.findall(text)):
        text = text.replace(c, _TABLE[ord(c)])
    if text.replace("\n", "").isprintable():
        return text
    # Controls, format characters and unassigned code points become spaces.
    return "".join(c if c.isprintable() or c == "\n" else " " for c in text)


def display_text(text: str) -> str:
    """Text safe for a terminal: normalised, runs of whitespace folded to one space."""
    return " ".join(normalise(text).split())
