"""Finding text: corpus search and find-in-article."""
