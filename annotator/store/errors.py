"""The store's refusal: a change or a file that cannot be accepted, with a one-line reason."""

from __future__ import annotations


class StoreError(Exception):
    """A refused change, with a one-line reason fit to show the analyst."""
