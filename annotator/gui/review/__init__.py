"""Reviewing colleagues' tags: review mode, disagreements, agreement, statistics and merging a colleague's project."""
