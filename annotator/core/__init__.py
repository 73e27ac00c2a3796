"""Pure-Python core: text cleaning, Arabic folding, offsets, data model. Never imports Qt."""
