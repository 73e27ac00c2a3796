"""Data files shipped with the package (tag sets, lexicons, translations); see annotator.config."""
