"""Parley's terminal face: the `parley` command and the Textual stance explorer."""
