"""`annotator actors ...`: the actor registry — list, add, link, suggest, merge, split, rename, types, export.

ACTOR is an entity id, a unique id prefix or the canonical name; ANNOTATION an
annotation UUID or a unique prefix of one.
"""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli import main
from annotator.cli.common import (
    annotator_name, open_project, plural, project_options, say, say_json, terminal_bytes,
)


def _annotation(project, ref: str) -> str:
    from annotator.store.review import resolve_annotation

    return resolve_annotation(project, ref)


def _echo_json(data) -> None:
    say_json(data)


def _entity_line(e) -> str:
    aliases = f"  aka {'، '.join(e.aliases)}" if e.aliases else ""
    ext = f"  [{e.external_id}]" if e.external_id else ""
    return f"{e.id[:8]}  {e.type:<12} {e.mentions:>5}  {e.name}{aliases}{ext}"


@main.group("actors")
def actors_group():
    """The actor registry: who is who across the corpus, and which mention is whom."""


@actors_group.command("list")
@project_options
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--mentions", is_flag=True, help="List each actor's linked mentions too.")
def list_cmd(as_json, mentions):
    """Every actor with its type, number of linked mentions, aliases and external id."""
    from annotator.store import actors

    with open_project() as project:
        ents = actors.entities(project)
        ms = {e.id: actors.mentions(project, e.id) for e in ents} if mentions else {}
        unlinked = len(actors.actor_mentions(project, unlinked=True))
    if as_json:
        _echo_json({"actors": [dict(e.to_dict(), **({"mentions_list": [m.to_dict() for m in ms[e.id]]} if mentions else {}))
                               for e in ents], "unlinked_mentions": unlinked})
        return
    for e in ents:
        say(_entity_line(e))
        for m in ms.get(e.id, ()):
            say(f"          {m.annotation_id[:8]} {m.article_title[:30]}  {m.start}-{m.end}  {m.text}")
    say(f"{plural(len(ents), 'actor')}; {plural(unlinked, 'actor mention')} not linked yet")


@actors_group.command("add")
@project_options
@click.argument("name")
@click.option("--type", "type_", default="other", show_default=True, help="Actor type (see `actors types`).")
@click.option("--alias", "aliases", multiple=True, help="Another name it goes by (repeat for several).")
@click.option("--note", default="", help="A note on this actor.")
@click.option("--external-id", default="", help="An identifier elsewhere, e.g. a Wikidata QID.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def add_cmd(name, type_, aliases, note, external_id, as_json):
    """Register an actor NAME (one undo step)."""
    from annotator.store import actors

    with open_project() as project:
        e = actors.add_entity(project, name, annotator_name(), type=type_, aliases=aliases, note=note,
                              external_id=external_id)
    if as_json:
        _echo_json(e.to_dict())
    else:
        say(f"added {e.name} ({e.type}) as {e.id}")


@actors_group.command("edit")
@project_options
@click.argument("actor")
@click.option("--name", default=None, help="A new canonical name (the old one becomes an alias).")
@click.option("--type", "type_", default=None, help="A new type.")
@click.option("--alias", "aliases", multiple=True, help="Replace the aliases with these (repeat).")
@click.option("--note", default=None)
@click.option("--external-id", default=None)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def edit_cmd(actor, name, type_, aliases, note, external_id, as_json):
    """Rename, re-type or edit ACTOR; its mentions stay linked (one undo step)."""
    from annotator.store import actors

    with open_project() as project:
        eid = actors.resolve(project, actor)
        e = actors.update_entity(project, eid, annotator_name(), name=name, type=type_,
                                 aliases=list(aliases) if aliases else None, note=note, external_id=external_id)
    if as_json:
        _echo_json(e.to_dict())
    else:
        say(_entity_line(e))


@actors_group.command("link")
@project_options
@click.argument("annotation")
@click.argument("actor")
@click.option("--all-identical", is_flag=True,
              help="Also link every unlinked actor mention in the corpus written the same way.")
@click.option("--dry-run", is_flag=True, help="With --all-identical: list what would be linked, change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def link_cmd(annotation, actor, all_identical, dry_run, as_json):
    """Link the actor mention ANNOTATION to ACTOR (one undo step)."""
    from annotator.store import actors
    from annotator.store.occurrences import name_of

    who = annotator_name()
    with open_project() as project:
        ann_id = _annotation(project, annotation)
        eid = actors.resolve(project, actor)
        name = actors.entity(project, eid).name
        if all_identical:
            found = actors.identical_mentions(project, name_of(project, project.annotation(ann_id)))
            todo = [m for m in found if m.entity_id is None or m.annotation_id == ann_id]
            changed = 0 if dry_run else actors.link(project, [ann_id] + [m.annotation_id for m in todo], eid, who)
            rows = [dict(m.to_dict(), before=m.before, after=m.after,
                         will_link=m.entity_id is None or m.annotation_id == ann_id) for m in found]
        else:
            changed = 0 if dry_run else actors.link(project, [ann_id], eid, who)
            rows = []
    if as_json:
        _echo_json({"actor": {"id": eid, "name": name}, "linked": changed, "mentions": rows})
        return
    for r in rows:
        mark = ("+" if not dry_run else " ") if r["will_link"] else "="
        say(f"{mark} {r['annotation_id'][:8]} {r['article_title'][:30]}  …{r['before']}⟦{r['text']}⟧{r['after']}…")
    say(f"{plural(changed, 'mention')} linked to {name}" if not dry_run else f"{len(rows)} identical mentions found")


@actors_group.command("unlink")
@project_options
@click.argument("annotations", nargs=-1, required=True)
def unlink_cmd(annotations):
    """Remove the actor link of each ANNOTATION (one undo step)."""
    from annotator.store import actors

    with open_project() as project:
        n = actors.unlink(project, [_annotation(project, a) for a in annotations], annotator_name())
    say(f"{plural(n, 'mention')} unlinked")


@actors_group.command("suggest")
@project_options
@click.option("--article", "article_ref", default=None, help="Only this article (default: the whole corpus).")
@click.option("--limit", default=3, show_default=True, help="Candidates per mention.")
@click.option("--accept", is_flag=True, help="Link every mention to its best candidate (one undo step).")
@click.option("--min-score", default=0.9, show_default=True, help="With --accept: only candidates scoring this much.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def suggest_cmd(article_ref, limit, accept, min_score, as_json):
    """Candidate actors for each unlinked actor mention, best first, with the reason."""
    from annotator.store import actors

    with open_project() as project:
        art = project.resolve_article(article_ref) if article_ref else None
        found = actors.suggest(project, article_id=art, limit=limit)
        linked = 0
        if accept:
            by_entity: dict[str, list[str]] = {}
            for s in found:
                if s.candidates and s.candidates[0].score >= min_score:
                    by_entity.setdefault(s.candidates[0].entity_id, []).append(s.mention.annotation_id)
            with project.operation(annotator_name(), f"link {sum(map(len, by_entity.values()))} suggested mentions") as op:
                for eid, ids in by_entity.items():
                    for ann_id in ids:
                        linked += actors.link_in_op(project, op, ann_id, eid)
    if as_json:
        _echo_json({"suggestions": [dict(s.mention.to_dict(), candidates=[
            {"entity_id": c.entity_id, "name": c.name, "score": c.score, "reason": c.reason} for c in s.candidates])
            for s in found], "linked": linked})
        return
    for s in found:
        m = s.mention
        best = "  ".join(f"{c.name} ({c.score:.2f}: {c.reason})" for c in s.candidates) or "—"
        say(f"{m.annotation_id[:8]} {m.text:<24} → {best}")
    say(f"{plural(len(found), 'unlinked mention')}" + (f"; {linked} linked now" if accept else ""))


@actors_group.command("merge")
@project_options
@click.argument("keep")
@click.argument("other")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def merge_cmd(keep, other, as_json):
    """Merge actor OTHER into KEEP: its mentions move, its names become aliases (one undo step)."""
    from annotator.store import actors

    with open_project() as project:
        e = actors.merge_entities(project, actors.resolve(project, keep), actors.resolve(project, other), annotator_name())
    if as_json:
        _echo_json(e.to_dict())
    else:
        say(f"merged into {_entity_line(e)}")


@actors_group.command("split")
@project_options
@click.argument("actor")
@click.argument("annotations", nargs=-1, required=True)
@click.option("--name", "new_name", required=True, help="Canonical name of the new actor.")
@click.option("--type", "type_", default=None, help="Its type (default: the same as ACTOR's).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def split_cmd(actor, annotations, new_name, type_, as_json):
    """Move the mentions ANNOTATION... of ACTOR to a new actor --name (one undo step)."""
    from annotator.store import actors

    with open_project() as project:
        eid = actors.resolve(project, actor)
        e = actors.split_entity(project, eid, [_annotation(project, a) for a in annotations], new_name,
                                annotator_name(), type=type_)
    if as_json:
        _echo_json(e.to_dict())
    else:
        say(f"split off {_entity_line(e)}")


@actors_group.command("types")
@project_options
@click.option("--add", "add", multiple=True, help="Add a type to the list.")
@click.option("--remove", "remove", multiple=True, help="Remove an unused type.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def types_cmd(add, remove, as_json):
    """The editable list of actor types."""
    from annotator.store import actors

    with open_project() as project:
        for t in add:
            actors.add_type(project, t, annotator_name())
        for t in remove:
            actors.remove_type(project, t, annotator_name())
        names = actors.types(project)
    if as_json:
        _echo_json(names)
    else:
        for n in names:
            say(n)


@actors_group.command("export")
@project_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.option("--no-bom", is_flag=True, help="CSV without the UTF-8 byte-order mark.")
def export_cmd(fmt, output, no_bom):
    """Actors and their mentions: CSV (one row per mention) or JSONL (one actor per line)."""
    from annotator.io.actors_export import export, export_to_file

    with open_project() as project:
        if output is None:
            with terminal_bytes(json=fmt != "csv") as out:
                export(project, fmt, out, bom=not no_bom)
            return
        n = export_to_file(project, fmt, output, bom=not no_bom)
    say(f"{plural(n, 'row')} written to {output}", err=True)
