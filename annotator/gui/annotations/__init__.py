"""Annotations beside the reader: the table, attributes, relations, annotate-all and suggestions."""
