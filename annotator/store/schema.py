"""Schema as numbered migrations, tracked with PRAGMA user_version.

Never edit a migration that has shipped: add the next one. A project file from a
newer version of the program is refused rather than guessed at.
"""

from __future__ import annotations

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
]

SCHEMA_VERSION = len(MIGRATIONS)
