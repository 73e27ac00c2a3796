"""The program's own words that reach the window from below the GUI, in the interface's language.

The store names what it did in English ("tag as actor", "delete 3 annotations": the undo
step's label, also kept in the project's log), and a few values are the program's own
vocabulary rather than the analyst's (the default actor types, figure units, article
statuses). The window shows them translated; anything it does not know (a type the
analyst added, a label from a newer program) is shown as it is, isolated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.gui.compose import QT_TR_NOOP, Isolated, fill, ltr, tr

# ------------------------------------------------------------------ vocabulary
_ACTOR_TYPES = {
    "person": QT_TR_NOOP("person"),
    "organisation": QT_TR_NOOP("organisation"),
    "state": QT_TR_NOOP("state"),
    "armed group": QT_TR_NOOP("armed group"),
    "media": QT_TR_NOOP("media"),
    "other": QT_TR_NOOP("other"),
}
_UNITS = {
    "people": QT_TR_NOOP("people"),
    "other": QT_TR_NOOP("other"),
    "money": QT_TR_NOOP("money"),
    "percent": QT_TR_NOOP("percent"),
    "weapons": QT_TR_NOOP("weapons"),
    "places": QT_TR_NOOP("places"),
    "area": QT_TR_NOOP("area"),
    "time": QT_TR_NOOP("time"),
}
_STATUSES = {
    "new": QT_TR_NOOP("new"),
    "in progress": QT_TR_NOOP("in progress"),
    "done": QT_TR_NOOP("done"),
}


# The default tags (core/model.DEFAULT_TAGS): their stable names stay in exports and on the
# command line; the window shows them in its language. A tag the analyst made shows as typed.
_GUIDELINES = {
    "actor": QT_TR_NOOP("Who acts or speaks: a person, state, armed group, organisation or medium. Tag the name "
                        "without a leading و/ف/ب/ك/ل; keep the article ال (with ل fused to it, leave out the first ل: "
                        "للجيش -> لجيش)."),
    "claim": QT_TR_NOOP("A statement attributed to someone, usually a quotation after a reporting verb. Tag the words "
                        "inside the quotation marks, or the statement with both of its marks."),
    "figure": QT_TR_NOOP("A number with what it counts: casualties, people, money, percentages. Include the counted "
                         "noun or unit (465 مدنيا, 15 في المئة), not a و/ب glued to the number nor words like نحو; "
                         "leave out years and dates."),
}
_ATTRIBUTES = {
    "type": QT_TR_NOOP("type"),
    "certainty": QT_TR_NOOP("certainty"),
    "unit": QT_TR_NOOP("unit"),
    "value": QT_TR_NOOP("value"),
}
_CERTAINTY = {
    "asserted": QT_TR_NOOP("asserted"),
    "reported": QT_TR_NOOP("reported"),
    "disputed": QT_TR_NOOP("disputed"),
}


def tag_label(name: str) -> str:
    """What the window calls a tag: a default tag in the interface's language, any other as typed."""
    if name == "actor":
        return tr("actor", "the default tag")
    if name == "claim":
        return tr("claim", "the default tag")
    if name == "figure":
        return tr("figure", "the default tag")
    return name


def tag_guideline(name: str, description: str) -> str:
    """A default tag's guideline in the interface's language while it is unchanged; an edited one as written."""
    default = _GUIDELINES.get(name)
    return tr(default) if default is not None and description == default else description


def attribute_label(name: str) -> str:
    """A default tag's attribute name (type, certainty, unit, value) translated; others as typed."""
    return tr(_ATTRIBUTES[name]) if name in _ATTRIBUTES else name


def option_label(value: str) -> str:
    """A choice the default tag set offers (actor types, units, certainty) translated; others as typed."""
    for table in (_ACTOR_TYPES, _UNITS, _CERTAINTY):
        if value in table:
            return tr(table[value])
    return value


def actor_type_label(name: str) -> str:
    """A default actor type in the interface's language; one the analyst added, as typed."""
    return tr(_ACTOR_TYPES[name]) if name in _ACTOR_TYPES else name


def unit_label(name: str) -> str:
    return tr(_UNITS[name]) if name in _UNITS else name


def status_label(name: str) -> str:
    """An article's reading status (new, in progress, done)."""
    return tr(_STATUSES[name]) if name in _STATUSES else name


# ------------------------------------------------------------------ what the store did
def _count(n: str) -> int:
    return int(n.replace(",", ""))


# (pattern over the store's label, how the window says it). Tag names arrive as the store
# stores them; `tag_label` turns them into what the window shows (the tag's display label).
_OPERATIONS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"tag as (?P<tag>.+)"), lambda m, t: fill(tr("tag as %1"), t(m["tag"]))),
    (re.compile(r"delete annotation"), lambda m, t: tr("delete annotation")),
    (re.compile(r"delete (?P<n>[\d,]+) annotations"), lambda m, t: tr("delete %n annotation(s)", "", _count(m["n"]))),
    (re.compile(r"change tag"), lambda m, t: tr("change tag")),
    (re.compile(r"move annotation edges"), lambda m, t: tr("move annotation edges")),
    (re.compile(r"edit note"), lambda m, t: tr("edit note")),
    (re.compile(r"set attributes"), lambda m, t: tr("set attributes")),
    (re.compile(r"import article"), lambda m, t: tr("import article")),
    (re.compile(r"import tag set"), lambda m, t: tr("import tag set")),
    (re.compile(r"reorder tags"), lambda m, t: tr("reorder tags")),
    (re.compile(r"add tag (?P<x>.+)"), lambda m, t: fill(tr("add tag %1"), t(m["x"]))),
    (re.compile(r"edit tag (?P<x>.+)"), lambda m, t: fill(tr("edit tag %1"), t(m["x"]))),
    (re.compile(r"delete tag (?P<x>.+)"), lambda m, t: fill(tr("delete tag %1"), t(m["x"]))),
    (re.compile(r"rename tag (?P<x>.+) to (?P<y>.+)"), lambda m, t: fill(tr("rename tag %1 to %2"), m["x"], m["y"])),
    (re.compile(r"add relation type (?P<x>.+)"), lambda m, t: fill(tr("add relation type %1"), m["x"])),
    (re.compile(r"delete relation type (?P<x>.+)"), lambda m, t: fill(tr("delete relation type %1"), m["x"])),
    (re.compile(r"relate \((?P<x>.+)\)"), lambda m, t: fill(tr("link (%1)"), m["x"])),
    (re.compile(r"delete relation"), lambda m, t: tr("delete link")),
    (re.compile(r"delete (?P<n>[\d,]+) relations"), lambda m, t: tr("delete %n link(s)", "", _count(m["n"]))),
    (re.compile(r"accept annotation"), lambda m, t: tr("accept annotation")),
    (re.compile(r"edit and accept"), lambda m, t: tr("edit and accept")),
    (re.compile(r"reject annotation"), lambda m, t: tr("reject annotation")),
    (re.compile(r"accept (?P<n>[\d,]+) annotations"), lambda m, t: tr("accept %n annotation(s)", "", _count(m["n"]))),
    (re.compile(r"reject (?P<n>[\d,]+) annotations"), lambda m, t: tr("reject %n annotation(s)", "", _count(m["n"]))),
    (re.compile(r"clear review decision"), lambda m, t: tr("clear review decision")),
    (re.compile(r"edit review comment"), lambda m, t: tr("edit review comment")),
    (re.compile(r"turn down (?P<tag>.+) suggestion"), lambda m, t: fill(tr("turn down %1 suggestion"), t(m["tag"]))),
    (re.compile(r"accept (?P<tag>.+) suggestion"), lambda m, t: fill(tr("accept %1 suggestion"), t(m["tag"]))),
    (re.compile(r"merge actor (?P<x>.+) into (?P<y>.+)"), lambda m, t: fill(tr("merge actor %1 into %2"), m["x"], m["y"])),
    (re.compile(r"add actor type (?P<x>.+)"), lambda m, t: fill(tr("add actor type %1"), actor_type_label(m["x"]))),
    (re.compile(r"remove actor type (?P<x>.+)"),
     lambda m, t: fill(tr("remove actor type %1"), actor_type_label(m["x"]))),
    (re.compile(r"add actor (?P<x>.+)"), lambda m, t: fill(tr("add actor %1"), m["x"])),
    (re.compile(r"rename actor (?P<x>.+)"), lambda m, t: fill(tr("rename actor %1"), m["x"])),
    (re.compile(r"re-type actor (?P<x>.+)"), lambda m, t: fill(tr("change the type of actor %1"), m["x"])),
    (re.compile(r"edit actor (?P<x>.+)"), lambda m, t: fill(tr("edit actor %1"), m["x"])),
    (re.compile(r"delete actor (?P<x>.+)"), lambda m, t: fill(tr("delete actor %1"), m["x"])),
    (re.compile(r"unlink actor"), lambda m, t: tr("unlink actor")),
    (re.compile(r"unlink (?P<n>[\d,]+) mentions"), lambda m, t: tr("unlink %n mention(s)", "", _count(m["n"]))),
    (re.compile(r"link (?P<n>[\d,]+) mentions to (?P<x>.+)"),
     lambda m, t: fill(tr("link %n mention(s) to %1", "", _count(m["n"])), m["x"])),
    (re.compile(r"link to (?P<x>.+)"), lambda m, t: fill(tr("link to %1"), m["x"])),
    (re.compile(r"split (?P<x>.+) from (?P<y>.+)"), lambda m, t: fill(tr("split %1 from %2"), m["x"], m["y"])),
    (re.compile(r"confirm figure disagreement"), lambda m, t: tr("confirm figure disagreement")),
    (re.compile(r"dismiss figure disagreement"), lambda m, t: tr("dismiss figure disagreement")),
    (re.compile(r"reopen figure disagreement"), lambda m, t: tr("reopen figure disagreement")),
    (re.compile(r"merge (?P<x>.+)"), lambda m, t: fill(tr("merge %1"), m["x"])),
]


def operation_label(label: str, tag_label: Callable[[str], str] | None = None) -> str:
    """What the store's operation `label` did, in the interface's language (as it is, isolated,
    when the window does not know the label)."""
    show = tag_label or (lambda name: name)
    for pattern, say in _OPERATIONS:
        m = pattern.fullmatch(label)
        if m:
            return say(m, show)
    return fill("%1", label)


# ------------------------------------------------------------------ why a candidate was offered
_WHY = r"(?: without (?:the title )?«(?P<detail>[^»]*)»)?"
_REASONS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"this mention is linked to it (?P<n>\d+) of (?P<total>\d+) times"),
     lambda m: fill(tr("this mention is linked to it %1 of %n time(s)", "", int(m["total"])), int(m["n"]))),
    (re.compile(r"the name" + _WHY), lambda m: tr("the name")),
    (re.compile(r"the alias «(?P<x>[^»]*)»" + _WHY), lambda m: fill(tr("the alias %1"), m["x"])),
    (re.compile(r"«(?P<x>[^»]*)» spelled with ة/ه or ى/ي" + _WHY), lambda m: fill(tr("%1 spelled with ة/ه or ى/ي"), m["x"])),
    (re.compile(r"«(?P<x>[^»]*)» without its title" + _WHY), lambda m: fill(tr("%1 without its title"), m["x"])),
    (re.compile(r"ends with «(?P<x>[^»]*)»"), lambda m: fill(tr("ends with %1"), m["x"])),
    (re.compile(r"part of «(?P<x>[^»]*)»"), lambda m: fill(tr("part of %1"), m["x"])),
    (re.compile(r"spelled like «(?P<x>[^»]*)» \((?P<p>\d+)% similar\)"),
     lambda m: fill(tr("spelled like %1 (%2% similar)"), m["x"], int(m["p"]))),
    (re.compile(r"spelled like «(?P<w>[^»]*)» in «(?P<x>[^»]*)» \((?P<p>\d+)% similar\)"),
     lambda m: fill(tr("spelled like %1 in %2 (%3% similar)"), m["w"], m["x"], int(m["p"]))),
]


def explain(reason: str) -> str:
    """Why the actor ranker offered a candidate, in the interface's language (a clitic or title
    left off is said after it); as it is, isolated, when the window does not know the wording."""
    for pattern, say in _REASONS:
        m = pattern.fullmatch(reason)
        if m:
            text = say(m)
            detail = m.groupdict().get("detail")
            if detail:
                text += " " + fill(tr("without %1"), detail)
            return text
    return fill("%1", reason)


# ------------------------------------------------------------------ what an export or import did
def _noun(word: str, n: int) -> str | None:
    if word in ("article", "articles"):
        return tr("%n article(s)", "", n)
    if word in ("annotation", "annotations"):
        return tr("%n annotation(s)", "", n)
    if word in ("relation", "relations"):
        return tr("%n relation(s)", "", n)
    if word in ("sentence", "sentences"):
        return tr("%n sentence(s)", "", n)
    if word in ("token", "tokens"):
        return tr("%n token(s)", "", n)
    if word in ("span", "spans"):
        return tr("%n span(s)", "", n)
    return None


_COUNTED = re.compile(r"(?P<n>[\d,]+)(?: (?P<word>[a-z]+))?(?: \(.*\))?")
_WRITTEN = re.compile(r"(?P<what>.*?) written(?: to (?P<path>.+?))?(?P<rest>; .*)?")
_IMPORT_PARTS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"(?P<n>\d+) annotations? imported"), lambda m: tr("%n annotation(s) imported", "", int(m["n"]))),
    (re.compile(r"(?P<n>\d+) already (?:here|present \(same id and content\) skipped)"),
     lambda m: tr("%n already here", "", int(m["n"]))),
    (re.compile(r"(?P<a>\d+) articles added, (?P<b>\d+) already here"),
     lambda m: tr("%n article(s) added", "", int(m["a"])) + tr(", ", "list separator")
     + tr("%n already here", "", int(m["b"]))),
    (re.compile(r"(?P<n>\d+) relations"), lambda m: tr("%n relation(s)", "", int(m["n"]))),
    (re.compile(r"attribute values on (?P<n>\d+) annotations"),
     lambda m: tr("attribute values on %n annotation(s)", "", int(m["n"]))),
    (re.compile(r"(?P<n>\d+) mentions linked to actors"), lambda m: tr("%n mention(s) linked to actors", "", int(m["n"]))),
    (re.compile(r"new tags: (?P<x>.+)"), lambda m: fill(tr("new tags: %1"), m["x"])),
]


def export_summary(summary: str) -> str:
    """What an export wrote ("3 articles, 16 annotations written to /tmp/x"), in the interface's
    language with the path read left to right; as it is, isolated, when the wording is unknown."""
    m = _WRITTEN.fullmatch(summary)
    if not m:
        return fill("%1", summary)
    what = []
    for piece in re.sub(r" \([^)]*\)$", "", m["what"]).split(", "):  # xlsx names its sheets in brackets
        c = _COUNTED.fullmatch(piece)
        if c and c["word"] == "tags":
            what.append(tr("%n tag(s)", "", _count(c["n"])))
            continue
        said = _noun(c["word"] or "annotations", _count(c["n"])) if c else None
        if said is None and piece.startswith("codebook"):
            tags = re.fullmatch(r"codebook of (?P<n>\d+) tags", piece)
            said = tr("codebook of %n tag(s)", "", int(tags["n"])) if tags else tr("codebook")
        what.append(said if said is not None else fill("%1", piece))
    listed = Isolated(tr(", ", "list separator").join(what))
    if m["path"]:
        text = fill(tr("%1 written to %2"), listed, ltr(m["path"]))
    else:
        text = fill(tr("%1 written"), listed)
    if m["rest"]:
        text += tr("; ", "clause separator") + fill("%1", m["rest"][2:])
    return text


def import_summary(summary: str) -> str:
    """What an annotation import brought in, piece by piece in the interface's language."""
    head, sep, body = summary.partition(": ")
    if not sep or _IMPORT_PARTS[0][0].match(summary):
        head, body = "", summary
    pieces = []
    for part in re.split(r"; |, (?=\d+ already present)", body):
        for pattern, say in _IMPORT_PARTS:
            m = pattern.fullmatch(part)
            if m:
                pieces.append(say(m))
                break
        else:
            pieces.append(fill("%1", part))
    text = tr("; ", "clause separator").join(pieces)
    return fill(tr("%1: %2", "where from, then what came in"), head, Isolated(text)) if head else text


# ------------------------------------------------------------------ why a span was suggested
_SUGGESTION_REASONS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"number with its unit"), lambda m: tr("number with its unit")),
    (re.compile(r"number"), lambda m: tr("number")),
    (re.compile(r"spelled number"), lambda m: tr("spelled number")),
    (re.compile(r"fraction"), lambda m: tr("fraction")),
    (re.compile(r"dual"), lambda m: tr("dual")),
    (re.compile(r"number phrase"), lambda m: tr("number phrase")),
    (re.compile(r"quotation after «(?P<x>[^»]*)»"), lambda m: fill(tr("quotation after %1"), m["x"])),
    (re.compile(r"quotation before «(?P<x>[^»]*)»"), lambda m: fill(tr("quotation before %1"), m["x"])),
    (re.compile(r"reported speech after «(?P<x>[^»]*)»"), lambda m: fill(tr("reported speech after %1"), m["x"])),
    (re.compile(r"sourced with «(?P<x>[^»]*)»"), lambda m: fill(tr("sourced with %1"), m["x"])),
    (re.compile(r"tagged as actor elsewhere: «(?P<x>[^»]*)»"), lambda m: fill(tr("tagged as actor elsewhere: %1"), m["x"])),
]


def suggestion_reason(reason: str) -> str:
    """Why a span was suggested, in the interface's language (as it is, isolated, when unknown)."""
    for pattern, say in _SUGGESTION_REASONS:
        m = pattern.fullmatch(reason)
        if m:
            return say(m)
    return fill("%1", reason)


def relation_type_label(name: str) -> str:
    """The default tag set's relation types translated; others as typed."""
    if name == "attributed_to":
        return tr("attributed to", "a relation type")
    if name == "supports":
        return tr("supports", "a relation type")
    return name


# ------------------------------------------------------------------ why a file was not imported, what cleaning did
_WHERE = r"(?P<where>.*?: )?"
_IMPORT_REASONS: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"same text as article (?P<x>\w+) already in the project"),
     lambda m: fill(tr("same text as article %1 already in the project"), ltr(m["x"]))),
    (re.compile(r"the file is empty"), lambda m: tr("the file is empty")),
    (re.compile(r"binary data \((?P<x>.+)\), not a text file"), lambda m: fill(tr("binary data (%1), not a text file"), m["x"])),
    (re.compile(r"binary data, not a text file"), lambda m: tr("binary data, not a text file")),
    (re.compile(r"the encoding could not be detected \(not UTF-8, UTF-16 or Windows-1256\)"),
     lambda m: fill(tr("the encoding could not be detected (not %1, %2 or %3)"), ltr("UTF-8"), ltr("UTF-16"),
                    ltr("Windows-1256"))),
    (re.compile(_WHERE + r"no text left after cleaning(?: \(the file is blank\))?"),
     lambda m: _where(m, tr("no text left after cleaning"))),
    (re.compile(_WHERE + r"no letters or digits, only marks or punctuation \(not an article\)"),
     lambda m: _where(m, tr("no letters or digits, only marks or punctuation (not an article)"))),
    (re.compile(r"no such file or folder"), lambda m: tr("no such file or folder")),
    (re.compile(r"too large: (?P<x>.+) \(limit (?P<y>.+)\)"), lambda m: fill(tr("too large: %1 (limit %2)"), ltr(m["x"]), ltr(m["y"]))),
    (re.compile(r"cannot read: (?P<x>.+)"), lambda m: fill(tr("cannot read: %1"), m["x"])),
    (re.compile(r"no article text found in the HTML"), lambda m: tr("no article text found in the HTML")),
    (re.compile(r"no text in the document"), lambda m: tr("no text in the document")),
    (re.compile(r"not a \.docx file \(.*\)"), lambda m: tr("not a .docx file")),
    (re.compile(r"not a readable \.docx file \(.*\)"), lambda m: tr("not a readable .docx file")),
    (re.compile(r"import stopped: nothing from this file was kept"), lambda m: tr("import stopped: nothing from this file was kept")),
]
_CLEANING: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"byte-order mark removed: (?P<n>\d+)"), lambda m: tr("byte-order mark removed")),
    (re.compile(r"line endings converted to LF: (?P<n>\d+)"),
     lambda m: tr("%n line ending(s) converted to LF", "", int(m["n"]))),
    (re.compile(r"stray '&' removed: (?P<n>\d+)"), lambda m: tr("%n stray '&' removed", "", int(m["n"]))),
    (re.compile(r"HTML entities decoded: (?P<n>\d+)"), lambda m: tr("%n HTML entity reference(s) decoded", "", int(m["n"]))),
    (re.compile(r"Arabic presentation forms mapped to letters: (?P<n>\d+)"),
     lambda m: tr("%n Arabic presentation form(s) mapped to letters", "", int(m["n"]))),
    (re.compile(r"characters recomposed \(NFC\): (?P<n>\d+)"), lambda m: tr("%n character(s) recomposed (NFC)", "", int(m["n"]))),
    (re.compile(r"control characters removed: (?P<n>\d+)"), lambda m: tr("%n control character(s) removed", "", int(m["n"]))),
    (re.compile(r"lines with trailing spaces trimmed: (?P<n>\d+)"),
     lambda m: tr("%n line(s) with trailing spaces trimmed", "", int(m["n"]))),
    (re.compile(r"extra blank lines removed: (?P<n>\d+)"), lambda m: tr("%n extra blank line(s) removed", "", int(m["n"]))),
    (re.compile(r"leading/trailing blank space removed: (?P<n>\d+)"), lambda m: tr("leading/trailing blank space removed")),
]


def _where(m: re.Match, said: str) -> str:
    return fill(tr("%1: %2", "where in the file, then what is wrong"), m["where"][:-2], said) if m["where"] else said


def _say(table, text: str) -> str:
    for pattern, say in table:
        m = pattern.fullmatch(text)
        if m:
            return say(m)
    return fill("%1", text)


def import_reason(reason: str) -> str:
    """Why a file was refused or skipped, in the interface's language (as it is, isolated, when unknown)."""
    return _say(_IMPORT_REASONS, reason)


def cleaning_change(change: str) -> str:
    """One thing the import's cleaning changed ("HTML entities decoded: 3"), in the interface's language."""
    return _say(_CLEANING, change)


# ------------------------------------------------------------------ the store's refusals
_RESTORE = r"restore a backup \(File → Restore a backup, or `annotator backups restore`\)"


def _restore_hint() -> str:
    return fill(tr("restore a backup (File → Restore a backup, or %1)"), ltr("`annotator backups restore`"))


_CAUSES = {
    "on a read-only file system": QT_TR_NOOP("on a read-only file system"),
    "the file is read-only": QT_TR_NOOP("the file is read-only"),
    "its folder is read-only": QT_TR_NOOP("its folder is read-only"),
    "the disk is full": QT_TR_NOOP("the disk is full"),
    "disk I/O error": QT_TR_NOOP("disk I/O error"),
    "the file cannot be opened": QT_TR_NOOP("the file cannot be opened"),
    "out of memory": QT_TR_NOOP("out of memory"),
    "the disk quota is used up": QT_TR_NOOP("the disk quota is used up"),
    "read-only file system": QT_TR_NOOP("read-only file system"),
    "permission denied": QT_TR_NOOP("permission denied"),
    "a part of the path is a file, not a folder": QT_TR_NOOP("a part of the path is a file, not a folder"),
    "it is a folder": QT_TR_NOOP("it is a folder"),
    "no such file or folder": QT_TR_NOOP("no such file or folder"),
    "holds only combining marks (harakat)": QT_TR_NOOP("holds only combining marks (harakat)"),
    "starts on a combining mark, cut from its letter": QT_TR_NOOP("starts on a combining mark, cut from its letter"),
    "cuts the last letter from its combining marks (harakat)":
        QT_TR_NOOP("cuts the last letter from its combining marks (harakat)"),
}


def _cause(text: str) -> str:
    return tr(_CAUSES[text]) if text in _CAUSES else fill("%1", text)


def failure_cause(text: str) -> str:
    """Why a file could not be read or written ("the disk is full", core/atomic.explain_os_error),
    in the interface's language; as it is, isolated, when unknown."""
    return _cause(text)


_STORE: list[tuple[re.Pattern, Callable]] = [
    (re.compile(r"(?P<p>.+) is read-only \((?P<r>.+)\); nothing was written"),
     lambda m: fill(tr("%1 is read-only (%2); nothing was written"), ltr(m["p"]), Isolated(_cause(m["r"])))),
    (re.compile(r"(?P<p>.+) is damaged \((?P<d>.+)\); nothing was written: " + _RESTORE),
     lambda m: fill(tr("%1 is damaged (%2); nothing was written: %3"), ltr(m["p"]), m["d"], Isolated(_restore_hint()))),
    (re.compile(r"cannot write (?P<p>.+): (?P<c>.+); nothing was written"),
     lambda m: fill(tr("cannot write %1: %2; nothing was written"), ltr(m["p"]), Isolated(_cause(m["c"])))),
    (re.compile(r"cannot read (?P<p>.+): it is damaged \((?P<d>.+)\); " + _RESTORE),
     lambda m: fill(tr("cannot read %1: it is damaged (%2); %3"), ltr(m["p"]), m["d"], Isolated(_restore_hint()))),
    (re.compile(r"the span \d+\.\.\d+ (?P<s>.+): a span starts and ends between letters"),
     lambda m: fill(tr("the selection %1: a span starts and ends between letters"), Isolated(_cause(m["s"])))),
    (re.compile(r"the span is only white space"), lambda m: tr("the selection is only white space")),
    (re.compile(r"unknown tag '(?P<t>.+)'"), lambda m: fill(tr("unknown tag %1"), m["t"])),
    (re.compile(r"a name is needed: it is recorded on every annotation and decision"),
     lambda m: tr("a name is needed: it is recorded on every annotation and decision")),
    (re.compile(r"“(?P<x>.+)” names the reviewed layer; choose a person's name"),
     lambda m: fill(tr("“%1” names the reviewed layer; choose a person's name"), m["x"])),
    (re.compile(r"that name is too long \((?P<n>\d+) characters at most\)"),
     lambda m: fill(tr("that name is too long (%1 characters at most)"), int(m["n"]))),
    (re.compile(r"the name (?P<x>'.*') holds (?P<c>U\+[0-9A-F]+ .+), which is not allowed in a name"),
     lambda m: fill(tr("the name %1 holds %2, which is not allowed in a name"), m["x"], ltr(m["c"]))),
    (re.compile(r"agreement needs at least two annotators(?: \(found: (?P<x>.+)\))?"),
     lambda m: fill(tr("agreement needs at least two annotators (found: %1)"), m["x"]) if m["x"]
     else tr("agreement needs at least two annotators")),
    (re.compile(r"cannot undo '(?P<l>.+)': it was changed since \(by another action\)"),
     lambda m: fill(tr("cannot undo %1: it was changed since (by another action)"), Isolated(operation_label(m["l"])))),
    (re.compile(r"cannot redo '(?P<l>.+)': it was changed since \(by another action\)"),
     lambda m: fill(tr("cannot redo %1: it was changed since (by another action)"), Isolated(operation_label(m["l"])))),
]


def store_message(text: str) -> str:
    """A refusal from the store (a read-only or damaged project, a span that cuts a letter, an undo
    that no longer applies) in the interface's language; as it is, isolated, when unknown."""
    return _say(_STORE, text)
