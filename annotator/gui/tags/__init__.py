"""The tag set in the window: the tag bar and the tag set editor."""
