"""The interface's translation catalogues: extract, complete the English plurals, compile, check.

    python tools/translations.py          # update the .ts files from the code, then compile the .qm files
    python tools/translations.py --check  # exit 1 if a catalogue is behind the code, unfinished or not compiled

Messages come from the window's code (annotator/gui) through Qt's own `lupdate`, which
ships with PySide6-Essentials, into resources/i18n/annotator_ar.ts (every message) and
annotator_en.ts (only the messages with a count: English needs its "1 article" /
"2 articles" forms, everything else is the source text itself). The .ts files are edited
by hand or in Qt Linguist (`pyside6-linguist`); the compiled .qm files are committed
beside them, and the test suite checks that they are current.

English plurals are filled in from the source, which spells them "%n article(s)": one
drops the parentheses' letters, the other keeps them (a source without them reads the same
for any count). Every Arabic message is left to a person.

Locations are not written into the .ts files: line numbers would change with every edit
of the window's code and make catalogues conflict between branches.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "annotator" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "en")
# English needs only its plural forms; every other language translates every message.
PLURAL_ONLY = {"en"}
_OPTIONAL = re.compile(r"\((\w+)\)")


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"annotator_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"annotator_{language}.qm"


def qt_tool(name: str) -> str:
    """Qt's lupdate / lrelease as PySide6 ships them (what pyside6-lupdate runs)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def run_lupdate(language: str, ts: Path) -> str:
    args = [qt_tool("lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
            "-source-language", "en", "-target-language", language]
    if language in PLURAL_ONLY:
        args.append("-pluralonly")
    done = subprocess.run([*args, str(SOURCES), "-ts", str(ts)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed for {ts.name}:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def run_lrelease(ts: Path, qm: Path) -> None:
    done = subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease failed for {ts.name}:\n{done.stdout}{done.stderr}")


# ------------------------------------------------------------------ reading a catalogue
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...] = field(compare=False)
    unfinished: bool = field(compare=False)

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def messages(ts: Path) -> list[Message]:
    """Every current message of a .ts file (vanished and obsolete ones left out)."""
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            forms = tuple((f.text or "") for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            out.append(Message(name, msg.findtext("source") or "", msg.findtext("comment") or "", numerus, forms,
                               kind == "unfinished" or not all(forms)))
    return out


def language_of(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language", "")


# ------------------------------------------------------------------ English plurals
def english_forms(source: str) -> tuple[str, str]:
    """("%n article", "%n articles") for "%n article(s)"; a source without a "(s)" reads the same
    for every count ("%n waiting")."""
    return _OPTIONAL.sub("", source), _OPTIONAL.sub(lambda m: m.group(1), source)


def fill_english_plurals(ts: Path) -> int:
    """Complete the unfinished English plural messages from their source; returns how many."""
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def complete(m: re.Match) -> str:
        nonlocal filled
        forms = english_forms(_unescape(m.group("source")))
        filled += 1
        body = "".join(f"\n            <numerusform>{_escape(f)}</numerusform>" for f in forms)
        return f'{m.group("head")}<translation>{body}\n        </translation>'

    text = _UNFINISHED_NUMERUS.sub(complete, text)
    ts.write_text(text, encoding="utf-8")
    return filled


_UNFINISHED_NUMERUS = re.compile(
    r'(?P<head><message numerus="yes">\s*<source>(?P<source>.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)'
    r'<translation type="unfinished">.*?</translation>',
    re.DOTALL,
)


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def _unescape(s: str) -> str:
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


# ------------------------------------------------------------------ the commands
def qt_extras(folder: Path = I18N) -> list[Path]:
    """Hand-kept additions to Qt's own catalogues (strings of Qt 6's dialogs its Arabic one lacks)."""
    return sorted(folder.glob("qt_extra_*.ts"))


def update(folder: Path = I18N, *, quiet: bool = False) -> dict[str, str]:
    """lupdate every catalogue in `folder` from the code, fill the English plurals, compile."""
    folder.mkdir(parents=True, exist_ok=True)
    reports = {}
    for extra in qt_extras(folder):
        run_lrelease(extra, extra.with_suffix(".qm"))
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        reports[language] = run_lupdate(language, ts)
        if language == "en":
            fill_english_plurals(ts)
        run_lrelease(ts, qm_path(language, folder))
        if not quiet:
            print(f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {summary(ts)}")
    return reports


def summary(ts: Path) -> str:
    msgs = messages(ts)
    unfinished = sum(m.unfinished for m in msgs)
    return f"{len(msgs)} messages, {unfinished} unfinished"


@dataclass
class Problems:
    new: dict[str, list[Message]] = field(default_factory=dict)
    gone: dict[str, list[Message]] = field(default_factory=dict)
    unfinished: dict[str, list[Message]] = field(default_factory=dict)
    stale_qm: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(self.new.values()) or any(self.gone.values()) or any(self.unfinished.values()) or bool(self.stale_qm)

    def report(self) -> str:
        lines = []
        for title, table in (("not in the catalogue yet (run tools/translations.py)", self.new),
                             ("in the catalogue but gone from the code (run tools/translations.py)", self.gone),
                             ("not translated yet", self.unfinished)):
            for language, msgs in table.items():
                for m in msgs:
                    lines.append(f"{language}: {title}: {m.source!r}" + (f" ({m.comment})" if m.comment else ""))
        lines += [f"{name} is older than its .ts (run tools/translations.py)" for name in self.stale_qm]
        return "\n".join(lines)


def check(folder: Path = I18N) -> Problems:
    """What the committed catalogues lack: messages lupdate would add or drop, unfinished
    translations, and .qm files that differ from what their .ts compiles to."""
    problems = Problems()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for language in LANGUAGES:
            committed = ts_path(language, folder)
            if not committed.exists():
                problems.stale_qm.append(committed.name + " (missing)")
                continue
            fresh = ts_path(language, scratch)
            shutil.copyfile(committed, fresh)
            run_lupdate(language, fresh)
            if language == "en":
                fill_english_plurals(fresh)
            before = {m.key: m for m in messages(committed)}
            after = {m.key: m for m in messages(fresh)}
            problems.new[language] = [m for k, m in after.items() if k not in before]
            problems.gone[language] = [m for k, m in before.items() if k not in after]
            problems.unfinished[language] = [m for m in before.values() if m.unfinished]
            compiled = qm_path(language, scratch)
            run_lrelease(committed, compiled)
            shipped = qm_path(language, folder)
            if not shipped.exists() or not filecmp.cmp(compiled, shipped, shallow=False):
                problems.stale_qm.append(shipped.name)
        for extra in qt_extras(folder):
            compiled, shipped = scratch / extra.with_suffix(".qm").name, extra.with_suffix(".qm")
            run_lrelease(extra, compiled)
            if not shipped.exists() or not filecmp.cmp(compiled, shipped, shallow=False):
                problems.stale_qm.append(shipped.name)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue needs work")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        if problems:
            print(problems.report())
            return 1
        print("catalogues are complete and compiled")
        return 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
