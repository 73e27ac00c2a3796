"""Tagging a word of an article by its text, for store tests."""


def tag_word(project, article_id: str, word: str, tag: str, who: str, nth: int = 0):
    """Tag the nth occurrence (0-based) of `word` in the article's stored text."""
    text = project.article_text(article_id)
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return project.add_annotation(article_id, start, start + len(word), tag, who)


def actor_claim_figure(project, article_id: str, who: str):
    """The seed article's army (actor), victory quote (claim) and civilian count (figure), tagged."""
    return (tag_word(project, article_id, "الجيش السوري", "actor", who),
            tag_word(project, article_id, "هذا الانتصار", "claim", who),
            tag_word(project, article_id, "465 مدنيا", "figure", who))
