"""A desktop reader and annotator for Arabic news."""

__version__ = "0.1.0"
