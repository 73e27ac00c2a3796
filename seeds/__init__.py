"""Articles every new default project starts with; see annotator.config."""
