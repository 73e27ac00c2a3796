"""Schema as numbered migrations, tracked with PRAGMA user_version.

Never edit a migration that has shipped: add the next one. A project file from a
newer version of the program is refused rather than guessed at.
"""

from __future__ import annotations

# A migration that starts with this line runs with foreign keys off (they can only be switched
# outside a transaction), and commits only if `PRAGMA foreign_key_check` finds nothing.
FOREIGN_KEYS_OFF = "-- foreign keys off\n"

MIGRATIONS: list[str] = [
    # 1: articles, tags, annotations, the operation/event log, settings.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
        text TEXT NOT NULL,
        chars INTEGER NOT NULL,
        text_sha256 TEXT NOT NULL UNIQUE,
        original_sha256 TEXT NOT NULL DEFAULT '',
        import_report TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL
    );
    CREATE TABLE tags (
        name TEXT PRIMARY KEY,
        color TEXT NOT NULL,
        shortcut TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        text TEXT NOT NULL,
        tag TEXT NOT NULL REFERENCES tags(name) ON UPDATE CASCADE,
        annotator TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX annotations_by_article ON annotations(article_id, start);
    CREATE INDEX annotations_by_annotator ON annotations(annotator);
    CREATE TABLE operations (
        id INTEGER PRIMARY KEY,
        actor TEXT NOT NULL,
        label TEXT NOT NULL,
        ts TEXT NOT NULL,
        undoable INTEGER NOT NULL DEFAULT 1,
        state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dead'))
    );
    CREATE INDEX operations_by_actor ON operations(actor, state, id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        op_id INTEGER NOT NULL REFERENCES operations(id),
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE INDEX events_by_op ON events(op_id);
    CREATE INDEX events_by_entity ON events(entity, entity_id);
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE reading_state (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in progress', 'done')),
        scroll INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, annotator)
    );
    """,
    # Tag attributes, per-annotation attribute values, typed relations between
    # annotations, and suggestions an analyst turned down. Older projects get
    # the default attributes and relation types for the default tags they have.
    """
    ALTER TABLE tags ADD COLUMN attributes TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE annotation_attributes (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE relation_types (
        name TEXT PRIMARY KEY,
        source_tag TEXT NOT NULL REFERENCES tags(name),
        target_tag TEXT NOT NULL REFERENCES tags(name),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE relations (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL REFERENCES relation_types(name),
        source_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (source_id <> target_id),
        UNIQUE (type, source_id, target_id)
    );
    CREATE INDEX relations_by_source ON relations(source_id);
    CREATE INDEX relations_by_target ON relations(target_id);
    CREATE TABLE suggestion_rejections (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        annotator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (article_id, tag, start, "end")
    );
    UPDATE tags SET attributes = '[{"name": "type", "type": "choice", "options": ["person", "state", "armed group", "organisation", "media", "other"]}]'
        WHERE name = 'actor' AND attributes = '[]';
    UPDATE tags SET attributes = '[{"name": "certainty", "type": "choice", "options": ["asserted", "reported", "disputed"]}]'
        WHERE name = 'claim' AND attributes = '[]';
    UPDATE tags SET attributes = '[{"name": "unit", "type": "choice", "options": ["people", "percent", "money", "area", "time", "other"]}, {"name": "value", "type": "number"}]'
        WHERE name = 'figure' AND attributes = '[]';
    INSERT INTO relation_types(name, source_tag, target_tag, description, position)
        SELECT 'attributed_to', 'claim', 'actor', 'Who made the claim.', 0
        WHERE EXISTS (SELECT 1 FROM tags WHERE name = 'claim') AND EXISTS (SELECT 1 FROM tags WHERE name = 'actor');
    INSERT INTO relation_types(name, source_tag, target_tag, description, position)
        SELECT 'supports', 'figure', 'claim', 'A figure the claim rests on.', 1
        WHERE EXISTS (SELECT 1 FROM tags WHERE name = 'figure') AND EXISTS (SELECT 1 FROM tags WHERE name = 'claim');
    """,
    # Corpus search: a contentless FTS5 index over folded article text (folding is done
    # in Python, so the tokenizer must not strip marks itself). search_docs gives each
    # article a stable integer id for the index (articles' own rowids may change on VACUUM).
    # Existing articles are indexed on first search (store.search.ensure_index).
    """
    CREATE TABLE search_docs (
        docid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE VIRTUAL TABLE search_index USING fts5(
        body, content='', tokenize='unicode61 remove_diacritics 0'
    );
    """,
    # Review decisions and merge conflicts. A decision belongs to one annotation;
    # accepting copies the (possibly edited) span into the reviewed layer, an
    # annotation by the annotator "reviewed", whose id is kept in reviewed_id.
    # merge_conflicts remembers annotations that came back from a colleague's file
    # with the same UUID but different content, stored there under copy_id.
    # No foreign keys: undo and redo restore these rows one by one from the event
    # log, which cascades would bypass.
    """
    CREATE TABLE review_decisions (
        annotation_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        edited INTEGER NOT NULL DEFAULT 0,
        reviewed_id TEXT,
        reviewer TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX review_decisions_by_article ON review_decisions(article_id);
    CREATE INDEX review_decisions_by_reviewed ON review_decisions(reviewed_id);
    CREATE TABLE merge_conflicts (
        id TEXT PRIMARY KEY,
        annotation_id TEXT NOT NULL,
        copy_id TEXT NOT NULL,
        source TEXT NOT NULL,
        merged_by TEXT NOT NULL,
        merged_at TEXT NOT NULL
    );
    """,
    # The actor registry: entities (who is who across the corpus) with a type from an
    # editable list, aliases (JSON list), a note and an external id; each actor annotation
    # links to at most one entity. figure_flags holds the analyst's verdict on a flagged
    # disagreement between sources' figures. No foreign keys, as above: undo and redo
    # restore these rows one by one from the event log.
    """
    CREATE TABLE actor_types (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO actor_types(name, position) VALUES
        ('person', 0), ('organisation', 1), ('state', 2), ('armed group', 3), ('media', 4), ('other', 5);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'other',
        aliases TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        external_id TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX entities_by_name ON entities(name);
    CREATE TABLE entity_links (
        annotation_id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        linked_at TEXT NOT NULL
    );
    CREATE INDEX entity_links_by_entity ON entity_links(entity_id);
    CREATE TABLE figure_flags (
        key TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'dismissed')),
        entity_id TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        noun TEXT NOT NULL DEFAULT '',
        figure_ids TEXT NOT NULL DEFAULT '[]',
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
    );
    """,
    # A project linked to a team server (store/team/) queues each local operation here, in
    # the operation's own transaction, until the server has it. op_uuid makes a repeated
    # push (after a kill or a dropped connection) harmless. An operation the server refused
    # stays listed as 'refused' with the reason; the link itself lives in `settings`.
    """
    CREATE TABLE team_outbox (
        op_id INTEGER PRIMARY KEY REFERENCES operations(id),
        op_uuid TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'refused')),
        reason TEXT NOT NULL DEFAULT '',
        queued_at TEXT NOT NULL
    );
    CREATE INDEX team_outbox_by_state ON team_outbox(state, op_id);
    """,
    # Span rules per tag, and the search index over the new loose fold.
    # tags.trim_policy: how a span of the tag is cut at its edges (JSON, see core/spans.TrimPolicy;
    # '' means the defaults for the tag's name). The fold now ignores ZWNJ, unifies every
    # script's digits and splits clitics off numbers, and the index gains a hamza column,
    # so the old index is dropped; store.search.ensure_index refills it before the next search.
    """
    ALTER TABLE tags ADD COLUMN trim_policy TEXT NOT NULL DEFAULT '';
    UPDATE tags SET trim_policy = '{"proclitics": true, "punctuation": true, "quotes": "strip", "unit": false}'
        WHERE name = 'actor';
    UPDATE tags SET trim_policy = '{"proclitics": true, "punctuation": true, "quotes": "strip", "unit": true}'
        WHERE name = 'figure';
    UPDATE tags SET trim_policy = '{"proclitics": false, "punctuation": true, "quotes": "pair", "unit": false}'
        WHERE name = 'claim';
    DROP TABLE search_index;
    DELETE FROM search_docs;
    CREATE VIRTUAL TABLE search_index USING fts5(
        body, hamza, content='', tokenize='unicode61 remove_diacritics 0'
    );
    """,
    # The analyst's choice of text direction for a whole article: 'auto' lets each
    # paragraph read its own way; 'rtl' / 'ltr' lay every paragraph out that way.
    """
    ALTER TABLE articles ADD COLUMN text_direction TEXT NOT NULL DEFAULT 'auto'
        CHECK (text_direction IN ('auto', 'rtl', 'ltr'));
    """,
    # Annotations stored article by article in reading order: the table is clustered on
    # (article, start, end, creation, id), so opening an article reads one stretch of the
    # file already sorted, instead of fetching its rows from all over the file and sorting
    # them (more than half the time for an article with 100,000 annotations). The id stays
    # unique: relations, attribute values and the event log refer to it. Rebuilt the way
    # SQLite documents for changing a table, with foreign keys off (dropping the old table
    # would otherwise delete every relation and attribute value with it).
    FOREIGN_KEYS_OFF + """
    CREATE TABLE annotations_in_reading_order (
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        text TEXT NOT NULL,
        tag TEXT NOT NULL REFERENCES tags(name) ON UPDATE CASCADE,
        annotator TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end", created_at, id)
    ) WITHOUT ROWID;
    INSERT INTO annotations_in_reading_order(id, article_id, start, "end", text, tag, annotator, note, created_at, updated_at)
        SELECT id, article_id, start, "end", text, tag, annotator, note, created_at, updated_at FROM annotations;
    DROP TABLE annotations;
    ALTER TABLE annotations_in_reading_order RENAME TO annotations;
    CREATE INDEX annotations_by_annotator ON annotations(annotator);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

# The rows the operation log writes and restores: entity name -> (table, primary-key column).
# Undo and redo replay events of these entities generically, whichever module wrote them.
# An article is logged whole (text included) only where it can be undone (a merge); an import
# is not undoable and logs the article's metadata alone.
ENTITIES: dict[str, tuple[str, str]] = {
    "article": ("articles", "id"),
    "annotation": ("annotations", "id"),
    "tag": ("tags", "name"),
    "relation_type": ("relation_types", "name"),
    "relation": ("relations", "id"),
    "annotation_attributes": ("annotation_attributes", "annotation_id"),
    "suggestion_rejection": ("suggestion_rejections", "id"),
    "review": ("review_decisions", "annotation_id"),
    "merge_conflict": ("merge_conflicts", "id"),
    "actor_type": ("actor_types", "name"),
    "entity": ("entities", "id"),
    "entity_link": ("entity_links", "annotation_id"),
    "figure_flag": ("figure_flags", "key"),
}
