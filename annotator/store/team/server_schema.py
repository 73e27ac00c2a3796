"""The team server's schema: numbered migrations of the `annotator` schema in a PostgreSQL database.

Like the project file, the server never has a migration edited once shipped: add the
next one. `annotator.schema_migrations` records which ones ran; a program that knows
fewer than the server has refuses to sync rather than guess.

The tables mirror the project's (tags with their span rules, relation types, articles,
annotations, attribute values, relations, review decisions, merge conflicts, and the actor
registry: actor types, entities, entity links, figure verdicts) with four columns more:
`deleted` (rows are never removed, so a deletion reaches every client like any other
change), `seq` (the change sequence number clients pull from), `changed_by` and
`changed_at`. Articles are keyed by the SHA-256 of their text, so copies of one article
imported on different desktops are one article here; everything that points at an
article does so by that hash.

One trigger stamps every written row: it takes a transaction-level advisory lock
before drawing the next `seq`, so sequence numbers are handed out in commit order and a
client that has seen number N has seen everything up to N. It also announces the change
(`NOTIFY annotator_changes`), which PostgreSQL delivers only once the transaction commits.

Who may write what is decided here, not by the program: each person is a login role in
one or more of the group roles below, and row-level security policies check every row.
The role that runs `annotator team init` owns the tables and is not bound by them.
"""

from __future__ import annotations

ANALYST = "annotator_analyst"  # tags, notes, attributes and relations of their own annotations; actors and links
REVIEWER = "annotator_reviewer"  # review decisions, the reviewed layer, and curating the actor registry
ADMIN = "annotator_admin"  # the tag set, relation types and articles; anything else too
GROUPS = {"analyst": ANALYST, "reviewer": REVIEWER, "admin": ADMIN}
CHANNEL = "annotator_changes"
# pg_advisory_xact_lock key shared by every writer: serialises the drawing of sequence numbers.
SEQ_LOCK = 7_242_016

BOOTSTRAP = """
CREATE SCHEMA IF NOT EXISTS annotator;
CREATE TABLE IF NOT EXISTS annotator.schema_migrations (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
"""

_STAMPS = """
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT 0,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now()
"""

_TEAM = f"{ANALYST}, {REVIEWER}, {ADMIN}"

MIGRATIONS: list[str] = [
    # 1: the shared project, its change sequence, and who may write what.
    f"""
    CREATE TABLE annotator.meta (
        key text PRIMARY KEY,
        value text NOT NULL
    );
    INSERT INTO annotator.meta(key, value) VALUES
        ('server_id', gen_random_uuid()::text),
        ('created_at', now()::text);
    CREATE SEQUENCE annotator.change_seq;

    CREATE FUNCTION annotator.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({SEQ_LOCK});
        NEW.seq := nextval('annotator.change_seq');
        NEW.changed_by := current_user;
        NEW.changed_at := now();
        PERFORM pg_notify('{CHANNEL}', current_user);
        RETURN NEW;
    END $$;

    CREATE FUNCTION annotator.is_admin() RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT pg_has_role(current_user, '{ADMIN}', 'MEMBER') $$;
    CREATE FUNCTION annotator.is_reviewer() RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT pg_has_role(current_user, '{REVIEWER}', 'MEMBER') $$;

    CREATE TABLE annotator.tags (
        name text PRIMARY KEY,
        color text NOT NULL,
        shortcut text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        attributes text NOT NULL DEFAULT '[]',
        {_STAMPS}
    );
    CREATE TABLE annotator.relation_types (
        name text PRIMARY KEY,
        source_tag text NOT NULL REFERENCES annotator.tags(name),
        target_tag text NOT NULL REFERENCES annotator.tags(name),
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        {_STAMPS}
    );
    CREATE TABLE annotator.articles (
        text_sha256 text PRIMARY KEY,
        id text NOT NULL,
        title text NOT NULL,
        source text NOT NULL DEFAULT '',
        date text NOT NULL DEFAULT '',
        url text NOT NULL DEFAULT '',
        direction text NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
        text text NOT NULL,
        original_sha256 text NOT NULL DEFAULT '',
        import_report text NOT NULL DEFAULT '[]',
        imported_at text NOT NULL,
        {_STAMPS},
        CHECK (encode(sha256(convert_to(text, 'UTF8')), 'hex') = text_sha256)
    );
    CREATE TABLE annotator.annotations (
        id text PRIMARY KEY,
        article_sha256 text NOT NULL REFERENCES annotator.articles(text_sha256),
        start integer NOT NULL CHECK (start >= 0),
        "end" integer NOT NULL CHECK ("end" > start),
        text text NOT NULL,
        tag text NOT NULL REFERENCES annotator.tags(name),
        annotator text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at text NOT NULL,
        updated_at text NOT NULL,
        {_STAMPS}
    );
    CREATE INDEX annotations_by_article ON annotator.annotations(article_sha256);
    CREATE TABLE annotator.annotation_attributes (
        annotation_id text PRIMARY KEY REFERENCES annotator.annotations(id),
        data text NOT NULL DEFAULT '{{}}',
        {_STAMPS}
    );
    CREATE TABLE annotator.relations (
        id text PRIMARY KEY,
        type text NOT NULL REFERENCES annotator.relation_types(name),
        source_id text NOT NULL REFERENCES annotator.annotations(id),
        target_id text NOT NULL REFERENCES annotator.annotations(id),
        annotator text NOT NULL,
        created_at text NOT NULL,
        {_STAMPS},
        CHECK (source_id <> target_id)
    );
    CREATE UNIQUE INDEX relations_once ON annotator.relations(type, source_id, target_id) WHERE NOT deleted;
    CREATE INDEX relations_by_source ON annotator.relations(source_id);
    CREATE INDEX relations_by_target ON annotator.relations(target_id);
    CREATE TABLE annotator.review_decisions (
        annotation_id text PRIMARY KEY REFERENCES annotator.annotations(id),
        article_sha256 text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        edited integer NOT NULL DEFAULT 0,
        reviewed_id text,
        reviewer text NOT NULL,
        reviewed_at text NOT NULL,
        comment text NOT NULL DEFAULT '',
        {_STAMPS}
    );
    CREATE TABLE annotator.merge_conflicts (
        id text PRIMARY KEY,
        annotation_id text NOT NULL,
        copy_id text NOT NULL,
        source text NOT NULL,
        merged_by text NOT NULL,
        merged_at text NOT NULL,
        {_STAMPS}
    );
    -- Pushed operations by UUID: a push repeated after a kill or a dropped connection is skipped.
    CREATE TABLE annotator.operations (
        op_uuid text PRIMARY KEY,
        author text NOT NULL DEFAULT current_user,
        label text NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.tags FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.relation_types FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.articles FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.annotations FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.annotation_attributes FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.relations FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.review_decisions FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.merge_conflicts FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE INDEX tags_by_seq ON annotator.tags(seq);
    CREATE INDEX relation_types_by_seq ON annotator.relation_types(seq);
    CREATE INDEX articles_by_seq ON annotator.articles(seq);
    CREATE INDEX annotations_by_seq ON annotator.annotations(seq);
    CREATE INDEX annotation_attributes_by_seq ON annotator.annotation_attributes(seq);
    CREATE INDEX relations_by_seq ON annotator.relations(seq);
    CREATE INDEX review_decisions_by_seq ON annotator.review_decisions(seq);
    CREATE INDEX merge_conflicts_by_seq ON annotator.merge_conflicts(seq);

    -- text[start:end] == span, in code points, as in every project file.
    CREATE FUNCTION annotator.check_span() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF (SELECT substr(a.text, NEW.start + 1, NEW."end" - NEW.start) FROM annotator.articles a
            WHERE a.text_sha256 = NEW.article_sha256) IS DISTINCT FROM NEW.text THEN
            RAISE EXCEPTION 'span text does not match the article at %..%', NEW.start, NEW."end"
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$;
    CREATE TRIGGER check_span BEFORE INSERT OR UPDATE OF start, "end", text, article_sha256 ON annotator.annotations
        FOR EACH ROW EXECUTE FUNCTION annotator.check_span();

    -- What hangs on an annotation follows it whoever owns it, as in the project file: deleting
    -- one deletes its relations and attribute values, a new tag drops relations that no longer
    -- fit. Runs as the schema owner, because a colleague's relation may point at the annotation.
    CREATE FUNCTION annotator.follow_annotation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, annotator AS $$
    BEGIN
        IF NEW.deleted AND NOT OLD.deleted THEN
            UPDATE annotator.relations SET deleted = true
                WHERE NOT deleted AND (source_id = NEW.id OR target_id = NEW.id);
            UPDATE annotator.annotation_attributes SET deleted = true WHERE NOT deleted AND annotation_id = NEW.id;
        ELSIF NEW.tag <> OLD.tag THEN
            UPDATE annotator.relations r SET deleted = true
                FROM annotator.relation_types t, annotator.annotations s, annotator.annotations g
                WHERE NOT r.deleted AND (r.source_id = NEW.id OR r.target_id = NEW.id)
                  AND t.name = r.type AND s.id = r.source_id AND g.id = r.target_id
                  AND (s.tag <> t.source_tag OR g.tag <> t.target_tag);
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER follow_annotation AFTER UPDATE OF deleted, tag ON annotator.annotations
        FOR EACH ROW EXECUTE FUNCTION annotator.follow_annotation();

    -- Who may do what. Everyone in the team reads everything; nobody deletes rows (a
    -- deletion sets `deleted`); the owner of the schema is not bound by these policies.
    GRANT USAGE ON SCHEMA annotator TO {_TEAM};
    GRANT SELECT ON ALL TABLES IN SCHEMA annotator TO {_TEAM};
    GRANT USAGE ON SEQUENCE annotator.change_seq TO {_TEAM};
    GRANT INSERT, UPDATE ON annotator.annotations, annotator.annotation_attributes, annotator.relations,
        annotator.merge_conflicts TO {_TEAM};
    GRANT INSERT ON annotator.operations TO {_TEAM};
    GRANT INSERT, UPDATE ON annotator.review_decisions TO {REVIEWER}, {ADMIN};
    GRANT INSERT, UPDATE ON annotator.tags, annotator.relation_types, annotator.articles TO {ADMIN};

    ALTER TABLE annotator.meta ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.tags ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.relation_types ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.articles ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.annotations ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.annotation_attributes ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.relations ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.review_decisions ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.merge_conflicts ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.operations ENABLE ROW LEVEL SECURITY;

    CREATE POLICY team_reads ON annotator.meta FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.tags FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.relation_types FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.articles FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.annotations FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.annotation_attributes FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.relations FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.review_decisions FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.merge_conflicts FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.operations FOR SELECT TO {_TEAM} USING (true);

    -- The admin changes the tag set and adds articles (and may put anything right).
    CREATE POLICY admin_adds ON annotator.tags FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.tags FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.relation_types FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.relation_types FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.articles FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.articles FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.annotations FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.annotations FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.annotation_attributes FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.annotation_attributes FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.relations FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.relations FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY admin_adds ON annotator.merge_conflicts FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.merge_conflicts FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);

    -- An analyst tags, notes and deletes only annotations in their own name.
    CREATE POLICY own_annotations_added ON annotator.annotations FOR INSERT TO {ANALYST}, {REVIEWER}
        WITH CHECK (annotator = current_user::text);
    CREATE POLICY own_annotations_changed ON annotator.annotations FOR UPDATE TO {ANALYST}, {REVIEWER}
        USING (annotator = current_user::text) WITH CHECK (annotator = current_user::text);
    -- Attribute values belong to the annotation's author.
    CREATE POLICY own_attributes_added ON annotator.annotation_attributes FOR INSERT TO {ANALYST}, {REVIEWER}
        WITH CHECK (EXISTS (SELECT 1 FROM annotator.annotations a
                            WHERE a.id = annotation_id AND a.annotator = current_user::text));
    CREATE POLICY own_attributes_changed ON annotator.annotation_attributes FOR UPDATE TO {ANALYST}, {REVIEWER}
        USING (EXISTS (SELECT 1 FROM annotator.annotations a WHERE a.id = annotation_id AND a.annotator = current_user::text))
        WITH CHECK (EXISTS (SELECT 1 FROM annotator.annotations a
                            WHERE a.id = annotation_id AND a.annotator = current_user::text));
    -- A relation belongs to whoever drew it.
    CREATE POLICY own_relations_added ON annotator.relations FOR INSERT TO {ANALYST}, {REVIEWER}
        WITH CHECK (annotator = current_user::text);
    CREATE POLICY own_relations_changed ON annotator.relations FOR UPDATE TO {ANALYST}, {REVIEWER}
        USING (annotator = current_user::text) WITH CHECK (annotator = current_user::text);
    -- Anyone may record a conflict they ran into; reviewers settle them.
    CREATE POLICY own_conflicts_added ON annotator.merge_conflicts FOR INSERT TO {ANALYST}, {REVIEWER}
        WITH CHECK (merged_by = current_user::text);
    CREATE POLICY reviewer_settles ON annotator.merge_conflicts FOR UPDATE TO {REVIEWER} USING (true) WITH CHECK (true);
    -- Reviewers decide, and keep the reviewed layer (annotations by "reviewed") with its attribute values.
    CREATE POLICY reviewer_decides ON annotator.review_decisions FOR INSERT TO {REVIEWER}, {ADMIN} WITH CHECK (true);
    CREATE POLICY reviewer_redecides ON annotator.review_decisions FOR UPDATE TO {REVIEWER}, {ADMIN}
        USING (true) WITH CHECK (true);
    CREATE POLICY reviewed_layer_added ON annotator.annotations FOR INSERT TO {REVIEWER}
        WITH CHECK (annotator = 'reviewed');
    CREATE POLICY reviewed_layer_changed ON annotator.annotations FOR UPDATE TO {REVIEWER}
        USING (annotator = 'reviewed') WITH CHECK (annotator = 'reviewed');
    CREATE POLICY reviewed_attributes_added ON annotator.annotation_attributes FOR INSERT TO {REVIEWER}
        WITH CHECK (EXISTS (SELECT 1 FROM annotator.annotations a WHERE a.id = annotation_id AND a.annotator = 'reviewed'));
    CREATE POLICY reviewed_attributes_changed ON annotator.annotation_attributes FOR UPDATE TO {REVIEWER}
        USING (EXISTS (SELECT 1 FROM annotator.annotations a WHERE a.id = annotation_id AND a.annotator = 'reviewed'))
        WITH CHECK (EXISTS (SELECT 1 FROM annotator.annotations a WHERE a.id = annotation_id AND a.annotator = 'reviewed'));
    -- An operation is recorded under its pusher's name.
    CREATE POLICY own_operations ON annotator.operations FOR INSERT TO {_TEAM} WITH CHECK (author = current_user::text);
    """,
    # 2: the actor registry (the project's migration 5): actor types, entities, links from actor
    # mentions, verdicts on figure disagreements. An entity's canonical name is unique among live
    # entities after the strict fold, which clients compute (`name_key`; the fold is Python's).
    # A merged entity stays as a deleted row naming its survivor (`merged_into`), so a link made
    # offline to it before the merge lands on the survivor when it arrives.
    f"""
    CREATE TABLE annotator.actor_types (
        name text PRIMARY KEY,
        position integer NOT NULL DEFAULT 0,
        {_STAMPS}
    );
    CREATE TABLE annotator.entities (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_key text NOT NULL CHECK (name_key <> ''),
        type text NOT NULL REFERENCES annotator.actor_types(name),
        aliases text NOT NULL DEFAULT '[]',
        note text NOT NULL DEFAULT '',
        external_id text NOT NULL DEFAULT '',
        created_by text NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        merged_into text REFERENCES annotator.entities(id),
        {_STAMPS},
        CHECK (merged_into IS NULL OR (deleted AND merged_into <> id))
    );
    CREATE UNIQUE INDEX entities_one_name ON annotator.entities(name_key) WHERE NOT deleted;
    CREATE TABLE annotator.entity_links (
        annotation_id text PRIMARY KEY REFERENCES annotator.annotations(id),
        entity_id text NOT NULL REFERENCES annotator.entities(id),
        linked_by text NOT NULL,
        linked_at text NOT NULL,
        {_STAMPS}
    );
    CREATE INDEX entity_links_by_entity ON annotator.entity_links(entity_id) WHERE NOT deleted;
    CREATE TABLE annotator.figure_flags (
        key text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('confirmed', 'dismissed')),
        entity_id text NOT NULL DEFAULT '',
        unit text NOT NULL DEFAULT '',
        noun text NOT NULL DEFAULT '',
        figure_ids text NOT NULL DEFAULT '[]',
        decided_by text NOT NULL,
        decided_at text NOT NULL,
        comment text NOT NULL DEFAULT '',
        {_STAMPS}
    );
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.actor_types FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.entities FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.entity_links FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON annotator.figure_flags FOR EACH ROW EXECUTE FUNCTION annotator.stamp();
    CREATE INDEX actor_types_by_seq ON annotator.actor_types(seq);
    CREATE INDEX entities_by_seq ON annotator.entities(seq);
    CREATE INDEX entity_links_by_seq ON annotator.entity_links(seq);
    CREATE INDEX figure_flags_by_seq ON annotator.figure_flags(seq);
    INSERT INTO annotator.actor_types(name, position) VALUES
        ('person', 0), ('organisation', 1), ('state', 2), ('armed group', 3), ('media', 4), ('other', 5);

    -- Reviewers and admins curate the registry (merges, colleagues' entities and links); so does
    -- whoever owns the schema or is a superuser, as with every policy here.
    CREATE FUNCTION annotator.is_curator() RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(current_user, '{REVIEWER}', 'MEMBER') OR pg_has_role(current_user, '{ADMIN}', 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
            OR pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'annotator'), 'USAGE')
    $$;

    -- A live link joins a live actor mention (the tag `attributed_to` points at, as in the
    -- project) to a live entity.
    CREATE FUNCTION annotator.check_link() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        mention annotator.annotations%ROWTYPE;
        actor_tag text;
    BEGIN
        IF NEW.deleted THEN
            RETURN NEW;
        END IF;
        SELECT * INTO mention FROM annotator.annotations WHERE id = NEW.annotation_id;
        IF mention.id IS NULL OR mention.deleted THEN
            RAISE EXCEPTION 'the mention % is not on the server', left(NEW.annotation_id, 8)
                USING ERRCODE = 'check_violation';
        END IF;
        actor_tag := COALESCE((SELECT target_tag FROM annotator.relation_types
                               WHERE name = 'attributed_to' AND NOT deleted), 'actor');
        IF mention.tag <> actor_tag THEN
            RAISE EXCEPTION 'only % annotations link to actors, not a %', actor_tag, mention.tag
                USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM annotator.entities WHERE id = NEW.entity_id AND NOT deleted) THEN
            RAISE EXCEPTION 'actor % is no longer on the server', left(NEW.entity_id, 8)
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$;
    CREATE TRIGGER check_link BEFORE INSERT OR UPDATE ON annotator.entity_links
        FOR EACH ROW EXECUTE FUNCTION annotator.check_link();

    -- Deleting an entity: refused while mentions link to it (the program unlinks its own first, so
    -- these are colleagues' links made meanwhile); merging it is a curator's call, and needs a live survivor.
    CREATE FUNCTION annotator.check_entity() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.merged_into IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM annotator.entities WHERE id = NEW.merged_into AND NOT deleted) THEN
            RAISE EXCEPTION 'actor % is merged into one that is no longer on the server', NEW.name
                USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.deleted AND NOT OLD.deleted THEN
            IF NEW.merged_into IS NOT NULL THEN
                IF NOT annotator.is_curator() THEN
                    RAISE EXCEPTION 'only a reviewer or an admin merges actors'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSIF EXISTS (SELECT 1 FROM annotator.entity_links WHERE entity_id = NEW.id AND NOT deleted) THEN
                RAISE EXCEPTION 'mentions are still linked to actor % on the server', NEW.name
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        RETURN NEW;
    END $$;
    CREATE TRIGGER check_entity BEFORE INSERT OR UPDATE ON annotator.entities
        FOR EACH ROW EXECUTE FUNCTION annotator.check_entity();

    -- A merge takes along links colleagues made meanwhile (whoever owns them).
    CREATE FUNCTION annotator.follow_entity() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, annotator AS $$
    BEGIN
        IF NEW.deleted AND NOT OLD.deleted AND NEW.merged_into IS NOT NULL THEN
            UPDATE annotator.entity_links SET entity_id = NEW.merged_into WHERE entity_id = NEW.id AND NOT deleted;
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER follow_entity AFTER UPDATE OF deleted ON annotator.entities
        FOR EACH ROW EXECUTE FUNCTION annotator.follow_entity();

    -- Deleting an annotation also drops its link to an actor (migration 1's rules otherwise).
    CREATE OR REPLACE FUNCTION annotator.follow_annotation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, annotator AS $$
    BEGIN
        IF NEW.deleted AND NOT OLD.deleted THEN
            UPDATE annotator.relations SET deleted = true
                WHERE NOT deleted AND (source_id = NEW.id OR target_id = NEW.id);
            UPDATE annotator.annotation_attributes SET deleted = true WHERE NOT deleted AND annotation_id = NEW.id;
            UPDATE annotator.entity_links SET deleted = true WHERE NOT deleted AND annotation_id = NEW.id;
        ELSIF NEW.tag <> OLD.tag THEN
            UPDATE annotator.relations r SET deleted = true
                FROM annotator.relation_types t, annotator.annotations s, annotator.annotations g
                WHERE NOT r.deleted AND (r.source_id = NEW.id OR r.target_id = NEW.id)
                  AND t.name = r.type AND s.id = r.source_id AND g.id = r.target_id
                  AND (s.tag <> t.source_tag OR g.tag <> t.target_tag);
        END IF;
        RETURN NULL;
    END $$;

    -- Who may do what with the registry. Any analyst registers actors, links mentions nobody has
    -- linked yet and gives verdicts on figures; an entity is edited or deleted by whoever created it,
    -- a link changed by whoever made it or the mention's author, a verdict by whoever gave it;
    -- reviewers and admins curate everything (merges, and colleagues' entities, links and
    -- verdicts). The list of actor types is the admin's, like the tag set.
    GRANT SELECT ON annotator.actor_types, annotator.entities, annotator.entity_links, annotator.figure_flags TO {_TEAM};
    GRANT INSERT, UPDATE ON annotator.entities, annotator.entity_links, annotator.figure_flags TO {_TEAM};
    GRANT INSERT, UPDATE ON annotator.actor_types TO {ADMIN};
    ALTER TABLE annotator.actor_types ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.entities ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.entity_links ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotator.figure_flags ENABLE ROW LEVEL SECURITY;
    CREATE POLICY team_reads ON annotator.actor_types FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.entities FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.entity_links FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY team_reads ON annotator.figure_flags FOR SELECT TO {_TEAM} USING (true);
    CREATE POLICY admin_adds ON annotator.actor_types FOR INSERT TO {ADMIN} WITH CHECK (true);
    CREATE POLICY admin_changes ON annotator.actor_types FOR UPDATE TO {ADMIN} USING (true) WITH CHECK (true);

    CREATE POLICY curator_adds ON annotator.entities FOR INSERT TO {REVIEWER}, {ADMIN} WITH CHECK (true);
    CREATE POLICY curator_changes ON annotator.entities FOR UPDATE TO {REVIEWER}, {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY own_entities_added ON annotator.entities FOR INSERT TO {ANALYST}
        WITH CHECK (created_by = current_user::text);
    CREATE POLICY own_entities_changed ON annotator.entities FOR UPDATE TO {ANALYST}
        USING (created_by = current_user::text) WITH CHECK (created_by = current_user::text);

    CREATE POLICY curator_adds ON annotator.entity_links FOR INSERT TO {REVIEWER}, {ADMIN} WITH CHECK (true);
    CREATE POLICY curator_changes ON annotator.entity_links FOR UPDATE TO {REVIEWER}, {ADMIN} USING (true) WITH CHECK (true);
    -- Any analyst links a mention nobody has linked (in their own name); a link once made is
    -- changed by whoever made it or the mention's author (a deleted link is nobody's).
    CREATE FUNCTION annotator.is_mine(annotation_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM annotator.annotations a WHERE a.id = annotation_id AND a.annotator = current_user::text)
    $$;
    CREATE POLICY analyst_links ON annotator.entity_links FOR INSERT TO {ANALYST}
        WITH CHECK (linked_by = current_user::text OR annotator.is_mine(annotation_id));
    CREATE POLICY analyst_relinks ON annotator.entity_links FOR UPDATE TO {ANALYST}
        USING (deleted OR linked_by = current_user::text OR annotator.is_mine(annotation_id))
        WITH CHECK (linked_by = current_user::text OR annotator.is_mine(annotation_id));

    CREATE POLICY curator_adds ON annotator.figure_flags FOR INSERT TO {REVIEWER}, {ADMIN} WITH CHECK (true);
    CREATE POLICY curator_changes ON annotator.figure_flags FOR UPDATE TO {REVIEWER}, {ADMIN} USING (true) WITH CHECK (true);
    CREATE POLICY own_verdicts_added ON annotator.figure_flags FOR INSERT TO {ANALYST}
        WITH CHECK (decided_by = current_user::text);
    -- A reopened flag (its verdict deleted) is anyone's to decide again.
    CREATE POLICY own_verdicts_changed ON annotator.figure_flags FOR UPDATE TO {ANALYST}
        USING (decided_by = current_user::text OR deleted) WITH CHECK (decided_by = current_user::text);
    """,
    # 3: each tag's span rules (the project's migration 7, `tags.trim_policy`): empty while they are
    # the defaults for a tag of that name (core/spans.trim_policy_for), else their JSON. They are part
    # of the tags row, so the admin alone changes them, as the rest of the tag set. Tags already here
    # start with the defaults; `team init`, which runs this, then gives them its project's rules.
    """
    ALTER TABLE annotator.tags ADD COLUMN trim_policy text NOT NULL DEFAULT '';
    """,
]

SERVER_SCHEMA_VERSION = len(MIGRATIONS)
