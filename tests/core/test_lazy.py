"""Regular expressions compiled on first use behave as compiled ones."""

import re
import subprocess
import sys

from annotator.core.lazy import lazy_regex


def test_a_lazy_regex_compiles_on_first_use_and_answers_like_the_real_one():
    lazy = lazy_regex(r"(?P<word>[^\W\d_]+)", re.IGNORECASE)
    assert "_compiled" not in vars(lazy)
    real = re.compile(r"(?P<word>[^\W\d_]+)", re.IGNORECASE)
    text = "قال 12 Army، والجيش"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("-", text) == real.sub("-", text)
    assert lazy.groupindex == real.groupindex and lazy.flags == real.flags and lazy.pattern == real.pattern
    assert vars(lazy)["_compiled"] is lazy.compiled


def test_importing_our_modules_compiles_none_of_their_patterns():
    code = (
        "import re, traceback\n"
        "ours = []\n"
        "real = re._compile\n"
        "def spy(p, f):\n"
        "    caller = [fr for fr in traceback.extract_stack()[:-1] if 're/__init__' not in fr.filename][-1]\n"
        "    if '/annotator/' in caller.filename:\n"
        "        ours.append(f'{caller.filename}:{caller.lineno}')\n"
        "    return real(p, f)\n"
        "re._compile = spy\n"
        "import importlib, pkgutil, annotator\n"
        "for pkg in ('core', 'store', 'io', 'cli'):\n"
        "    base = importlib.import_module(f'annotator.{pkg}')\n"
        "    for m in pkgutil.iter_modules(base.__path__):\n"
        "        importlib.import_module(f'annotator.{pkg}.{m.name}')\n"
        "print(ours)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
