"""The reading view: the article text, its highlights and overlays, and the one place Qt positions become stored offsets."""
