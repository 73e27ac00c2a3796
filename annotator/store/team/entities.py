"""What is shared with the team server, and how a project's rows and the server's rows correspond.

Each shared entity of the operation log (`annotation`, `tag`, `entity`, ...) has a table on
the server with the same columns, except that whatever points at an article does so by the
SHA-256 of its text (`article_sha256`), never by the article's UUID: copies of one article
imported on two desktops have different UUIDs but the same text. Reading positions,
turned-down suggestions and settings stay personal and are not shared.

Rows cross in "server form": dicts of the server columns below. Everything here is pure;
the local side (outbox.py, apply.py) and the server side (push.py, pull.py) do the I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Entity:
    name: str  # entity name in the operation log
    local_table: str
    table: str  # on the server
    pk: str  # primary key column on the server
    columns: tuple[str, ...]  # server columns, primary key included
    local_pk: str  # primary key column in the project
    compare: tuple[str, ...] = ()  # columns that tell two versions apart (default: all)
    # Server form of a row whose values have more than one spelling, applied before comparing.
    form: Callable[[dict], dict] | None = None

    @property
    def compared(self) -> tuple[str, ...]:
        return self.compare or self.columns

    def same(self, a: dict | None, b: dict | None) -> bool:
        """Two versions of a row (None: absent) hold the same content."""
        if a is None or b is None:
            return a is None and b is None
        if self.form is not None:
            a, b = self.form(a), self.form(b)
        return all(a.get(c) == b.get(c) for c in self.compared)


def server_tag(row: dict) -> dict:
    """A tag row in server form: its span rules empty while they are the defaults for a tag of its
    name, else their JSON with every rule spelt out. Missing or damaged rules are the defaults, as
    the project reads them (tagset.trim_from_row)."""
    from annotator.core.spans import trim_policy_for
    from annotator.store.tagset import trim_from_row

    policy = trim_from_row(row["name"], row.get("trim_policy"))
    return {**row, "trim_policy": "" if policy == trim_policy_for(row["name"]) else json.dumps(policy.to_json())}


# In dependency order: a row only points at rows of entities listed before it.
ENTITIES: dict[str, Entity] = {e.name: e for e in (
    Entity("tag", "tags", "annotator.tags", "name",
           ("name", "color", "shortcut", "description", "position", "attributes", "trim_policy"), "name",
           form=server_tag),
    Entity("relation_type", "relation_types", "annotator.relation_types", "name",
           ("name", "source_tag", "target_tag", "description", "position"), "name"),
    Entity("article", "articles", "annotator.articles", "text_sha256",
           ("text_sha256", "id", "title", "source", "date", "url", "direction", "text", "original_sha256",
            "import_report", "imported_at"), "id",
           # The hash stands for the text, and the log keeps articles without it.
           compare=("text_sha256",)),
    Entity("annotation", "annotations", "annotator.annotations", "id",
           ("id", "article_sha256", "start", "end", "text", "tag", "annotator", "note", "created_at", "updated_at"),
           "id"),
    Entity("annotation_attributes", "annotation_attributes", "annotator.annotation_attributes", "annotation_id",
           ("annotation_id", "data"), "annotation_id"),
    Entity("relation", "relations", "annotator.relations", "id",
           ("id", "type", "source_id", "target_id", "annotator", "created_at"), "id"),
    Entity("review", "review_decisions", "annotator.review_decisions", "annotation_id",
           ("annotation_id", "article_sha256", "decision", "edited", "reviewed_id", "reviewer", "reviewed_at",
            "comment"), "annotation_id"),
    Entity("merge_conflict", "merge_conflicts", "annotator.merge_conflicts", "id",
           ("id", "annotation_id", "copy_id", "source", "merged_by", "merged_at"), "id"),
    # The actor registry (store/actors.py, store/corpus.py).
    Entity("actor_type", "actor_types", "annotator.actor_types", "name", ("name", "position"), "name"),
    Entity("entity", "entities", "annotator.entities", "id",
           ("id", "name", "name_key", "type", "aliases", "note", "external_id", "created_by", "created_at",
            "updated_at", "merged_into"), "id",
           compare=("id", "name", "type", "aliases", "note", "external_id", "created_by", "created_at", "updated_at")),
    Entity("entity_link", "entity_links", "annotator.entity_links", "annotation_id",
           ("annotation_id", "entity_id", "linked_by", "linked_at"), "annotation_id"),
    Entity("figure_flag", "figure_flags", "annotator.figure_flags", "key",
           ("key", "status", "entity_id", "unit", "noun", "figure_ids", "decided_by", "decided_at", "comment"), "key"),
)}
ORDER = tuple(ENTITIES)
# Deleting these follows from deleting or retagging their annotation, which the server does itself.
DEPENDENTS = ("annotation_attributes", "relation")
# Entities whose rows name an article (by UUID here, by text hash on the server).
ARTICLE_REF = ("annotation", "review")
# Server columns the project does not have: an entity's folded canonical name (unique among live
# entities) and, for a merged one, the entity it became part of.
SERVER_ONLY = {"entity": ("name_key", "merged_into")}


def server_entity(row: dict) -> dict:
    """An entity row (project columns) in server form: its name folded as the registry compares names."""
    from annotator.core.names import name_key

    return {**row, "name_key": name_key(row["name"]), "merged_into": None}


def quoted(col: str) -> str:
    return f'"{col}"'
