"""Walk every compiled pattern of newsclean and pump it with strings made of its own pieces.

Used by ``tests/test_linear.py``; also a tool of its own::

    python tests/pattern_walk.py            # every pattern, a line per failure
    python tests/pattern_walk.py -v         # and a line per pattern, with its slowest attack
    python tests/pattern_walk.py _TAG _ATTR # only the patterns whose names contain these

The patterns are found, not listed: every compiled pattern (``re`` and
``regex``) held at module level by a newsclean module (also inside a tuple,
list or dict there), and every pattern that a cached builder
(``functools.lru_cache``/``cache``) returns, called for every language pack
and for the merged pack ``get_pack(None)``. A builder whose arguments the walk
does not know how to supply is a failure, so that no new builder goes unseen.

Each pattern is parsed into its pieces (literals, character classes, groups,
alternations, repetitions). For every repetition, the attack strings are a
prefix that leads up to it (sampled from what comes before it in the pattern),
then a pump (one or two samples of the repeated part, which is where two
readings of the same characters hide: ``x= y`` as one attribute or two),
repeated k times, then nothing or a tail that no piece of the pattern matches
(so that every attempt fails and backtracks as far as it can). Beside those,
the pattern's own characters are pumped bare: each alone, in pairs, and all of
them in turn.

Each attack is timed with ``finditer`` (an attempt at every position, as a
scan or a substitution makes), in processor time (wall time on a shared
machine counts the other processes): k doubles until the string is about
1 KB long or one run takes 1 ms, then the time at 4k is compared with the
time at k. Linear work gives a ratio near 4, quadratic near 16. A ratio over
:data:`MAX_RATIO` is measured again at 2k, 4k, 8k and 16k, best of three
runs each, and fails if the median of the three doublings, squared, is over
:data:`CONFIRMED_RATIO` (or if one run takes over :data:`SLOW_RUN`). A hang
(an exponential pattern) is caught by the parent process: the worker prints
a line before each run, and a worker silent for :data:`ATTACK_TIMEOUT`
seconds is killed and the pattern reported as hanging; a new worker goes on
with the next pattern. Two workers share the patterns.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import json
import pkgutil
import queue
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import regex

#: Time at 4n over time at n above which an attack is measured again (linear: ~4,
#: quadratic: ~16), and the growth measured again above which it fails.
MAX_RATIO = 8.0
CONFIRMED_RATIO = 10.0
#: Below this (seconds, at 4n), times are too small to tell growth from noise.
NOISE_FLOOR = 200e-6
#: The attack string grows until it is this long, or one run takes GROW_TIME.
GROW_CHARS = 1024
GROW_TIME = 1e-3
#: A run this long (seconds) while an attack is measured again is the last one.
SLOW_RUN = 0.5
#: Attacks on one pattern stop after this many seconds (the structured ones come first).
PATTERN_BUDGET = 1.5
#: Worker processes (the machine has two cores).
WORKERS = 2
#: A worker silent for this long (seconds) is stuck in one attack: a hang.
ATTACK_TIMEOUT = 5.0
#: At most this many samples per piece of a pattern, and attacks per pattern.
SAMPLES = 8
MAX_ATTACKS = 160

Pattern = Any  # re.Pattern[str] | regex.Pattern[str]

# --- finding the patterns ----------------------------------------------------

# Adapters that import their framework at module level: no patterns of their own.
_OPTIONAL_MODULES = frozenset(
    ["newsclean.dask", "newsclean.spark", "newsclean.datatrove", "newsclean.nemo_curator"]
)


def _is_pattern(value: object) -> bool:
    return isinstance(value, (re.Pattern, regex.Pattern))


def _patterns_in(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, Pattern]]:
    if _is_pattern(value):
        yield name, value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for i, item in enumerate(value):
            yield from _patterns_in(item, f"{name}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(item, f"{name}[{key!r}]", depth + 1)


def newsclean_modules() -> list[Any]:
    import newsclean

    modules = [newsclean]
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name in _OPTIONAL_MODULES or info.name.endswith(".__main__"):
            continue  # an adapter's framework may be missing; `__main__` runs a command
        modules.append(importlib.import_module(info.name))
    return modules


def _is_builder(value: object, module: Any) -> bool:
    wrapped = getattr(value, "__wrapped__", None)
    return (
        callable(value)
        and hasattr(value, "cache_info")
        and getattr(wrapped, "__module__", None) == module.__name__
    )


def _phrase_fields(packs: list[Any]) -> list[tuple[str, ...]]:
    """Every tuple-of-strings field of every pack: the arguments of a phrase-list builder."""
    seen: dict[tuple[str, ...], None] = {}
    for pack in packs:
        for name, value in vars(pack).items():
            if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
                seen[value] = None
            elif isinstance(value, frozenset) and name != "function_words":
                seen[tuple(sorted(value))] = None
    return list(seen)


def _builder_calls(func: Callable[..., Any], packs: list[Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The calls that cover a cached builder, by its parameters' annotations; [] if unknown."""
    params = list(inspect.signature(func).parameters.values())
    if not params:
        return [("()", ())]
    if len(params) == 1:
        annotation = str(params[0].annotation)
        if "LanguagePack" in annotation:
            return [(f"({pack.code})", (pack,)) for pack in packs]
        if "tuple[str" in annotation:
            return [(f"(phrases {i})", (p,)) for i, p in enumerate(_phrase_fields(packs))]
    return []


# Cached functions that return no patterns (language data, configuration).
_NOT_BUILDERS = frozenset(
    [
        "newsclean.languages.available_languages",
        "newsclean.languages._load_pack",
        "newsclean.languages.shared",
        "newsclean.languages.detect._function_word_index",
        "newsclean.markup._ftfy_config",
        "newsclean.classify.page_model._line_scorer",
        "newsclean.classify.page_words.content_word",
    ]
)


def collect_patterns() -> tuple[list[tuple[str, Pattern]], list[str]]:
    """Every pattern of the package, named; and the builders the walk cannot call."""
    from newsclean.languages import available_languages, get_pack

    packs = [get_pack(code) for code in available_languages()] + [get_pack(None)]
    found: list[tuple[str, Pattern]] = []
    unknown: list[str] = []
    seen: set[tuple[type, str, int]] = set()

    def add(name: str, pattern: Pattern) -> None:
        key = (type(pattern), pattern.pattern, pattern.flags)
        if key not in seen:
            seen.add(key)
            found.append((name, pattern))

    for module in newsclean_modules():
        for attr, value in sorted(vars(module).items()):
            qualified = f"{module.__name__}.{attr}"
            if _is_builder(value, module):
                if qualified in _NOT_BUILDERS:
                    continue
                calls = _builder_calls(value, packs)
                if not calls:
                    unknown.append(qualified)
                for suffix, args in calls:
                    for name, pattern in _patterns_in(value(*args), qualified + suffix):
                        add(name, pattern)
            elif getattr(value, "__module__", module.__name__) == module.__name__ or _is_pattern(
                value
            ):
                for name, pattern in _patterns_in(value, qualified):
                    add(name, pattern)
    return found, unknown


# --- parsing a pattern into its pieces ------------------------------------------


@dataclass
class Lit:
    char: str


@dataclass
class Cls:
    members: tuple[str, ...]  # characters of the probe alphabet that the class matches


@dataclass
class Seq:
    items: list[Any]


@dataclass
class Alt:
    branches: list[Any]


@dataclass
class Rep:
    body: Any
    lo: int
    hi: int | None


@dataclass
class Look:
    body: Any


# The probe alphabet: what a class is tested against to learn its members.
ALPHABET = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "\t\n\r\x0b\x0c\x00\x01\x1f\x7f\x80\x85\x9f"
    + "\xa0\xa4\xa9\xab\xad\xae\xb0\xb7\xbb\xc0\xc3\xc9\xd7\xdf\xe0\xe9\xf6\xfc\xff"
    + "ąłñœŒŽƒǅˆ˜αΩ"
    + "АЯаяЁёЄєІіЇїҐґЂђЎВГДЕРСсп"
    + "–—‘’‚“”„†•…‰‹›€™№«»▪●■□➤►◦‣"
    + "\u1680\u2000\u2009\u200a\u200b\u200c\u200d\u200e\u202f\u205f\u2060\u3000"
    + "\u2028\u2029\ufeff\u0301漢字、。한مש٣²\ue000\ue001\uf8ff\ufffd😀"
)


def _preference(char: str) -> int:
    """Which members of a class stand for it first: ASCII letters, digits, spaces."""
    if "a" <= char <= "z":
        return 0
    if "A" <= char <= "Z":
        return 1
    if char.isdigit() and char.isascii():
        return 2
    if char == " ":
        return 3
    if char.isalpha():
        return 4
    return 5


_CLASS_CACHE: dict[tuple[str, str, int], tuple[str, ...]] = {}


class _Parser:
    """A recursive-descent reader of the regex syntax of ``re`` and ``regex`` (V0)."""

    def __init__(self, pattern: Pattern) -> None:
        self.src: str = pattern.pattern
        self.pos = 0
        self.engine = regex if isinstance(pattern, regex.Pattern) else re
        keep = re.IGNORECASE | re.DOTALL | re.ASCII
        self.flags = pattern.flags & keep
        if pattern.flags & re.VERBOSE:
            raise ValueError("verbose patterns are not supported by the walk")

    def parse(self) -> Any:
        node = self.alternation()
        if self.pos != len(self.src):
            raise ValueError(f"unbalanced ')' at {self.pos}")
        return node

    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.src[i] if i < len(self.src) else ""

    def alternation(self) -> Any:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Alt(branches)

    def sequence(self) -> Seq:
        items = []
        while self.pos < len(self.src) and self.peek() not in "|)":
            items.append(self.quantified(self.atom()))
        return Seq(items)

    def quantified(self, atom: Any) -> Any:
        while True:
            c = self.peek()
            if c in ("*", "+", "?"):
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
                self.pos += 1
            elif c == "{":
                m = re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.src, self.pos)
                if not m or not (m.group(1) or m.group(3)):
                    return atom  # a literal "{"
                lo = int(m.group(1) or 0)
                hi = lo if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
                self.pos = m.end()
            else:
                return atom
            if self.peek() in ("?", "+"):
                self.pos += 1  # lazy or possessive: the same strings match
            atom = Rep(atom, lo, hi)

    def atom(self) -> Any:
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        self.pos += 1
        if c == ".":
            return self.cls(".")
        if c in "^$":
            return Seq([])
        return Lit(c)

    def cls(self, source: str) -> Cls:
        key = (self.engine.__name__, source, self.flags)
        if key not in _CLASS_CACHE:
            compiled = self.engine.compile(source, self.flags)
            members = [ch for ch in ALPHABET if compiled.fullmatch(ch)]
            _CLASS_CACHE[key] = tuple(sorted(members, key=_preference))
        return Cls(_CLASS_CACHE[key])

    def char_class(self) -> Cls:
        start = self.pos
        self.pos += 1
        if self.peek() == "^":
            self.pos += 1
        if self.peek() == "]":
            self.pos += 1
        while self.peek() != "]":
            if not self.peek():
                raise ValueError("unterminated character class")
            self.pos += 2 if self.peek() == "\\" else 1
        self.pos += 1
        return self.cls(self.src[start : self.pos])

    def escape(self) -> Any:
        start = self.pos
        c = self.peek(1)
        self.pos += 2
        if (c in "pPNx" and self.peek() == "{") or c in "pP":
            if self.peek() == "{":
                self.pos = self.src.index("}", self.pos) + 1
            elif c in "pP":
                self.pos += 1  # \pL
        elif c == "x":
            self.pos += 2
        elif c == "u":
            self.pos += 4
        elif c == "U":
            self.pos += 8
        elif c == "0":
            while self.peek() in "01234567" and self.pos - start < 4:
                self.pos += 1
        elif c.isdigit():
            return Seq([])  # a back reference: matches what its group matched
        if c in "bBAZzGmM":
            return Seq([])  # anchors and word boundaries
        if c == "N" and self.engine is re:
            return Lit(self.engine.compile(self.src[start : self.pos]).pattern)
        return self.cls(self.src[start : self.pos])

    def group(self) -> Any:
        self.pos += 1
        look = False
        if self.peek() == "?":
            self.pos += 1
            c = self.peek()
            if c in ":>|":
                self.pos += 1
            elif c in "=!":
                self.pos += 1
                look = True
            elif c == "<" and self.peek(1) in "=!":
                self.pos += 2
                look = True
            elif c == "#" or (c == "P" and self.peek(1) == "="):
                self.pos = self.src.index(")", self.pos) + 1
                return Seq([])
            elif c == "P" or c == "<":
                self.pos = self.src.index(">", self.pos) + 1
            else:  # flags: global "(?i)", or scoped "(?i:...)"
                m = re.compile(r"[a-zA-Z]*(?:-[a-zA-Z]+)?").match(self.src, self.pos)
                assert m is not None
                self.pos = m.end()
                if "x" in m.group().split("-")[0]:
                    raise ValueError("verbose flag is not supported by the walk")
                if self.peek() == ")":
                    self.pos += 1
                    return Seq([])
                if self.peek() != ":":
                    raise ValueError(f"unknown group at {self.pos}")
                self.pos += 1
        body = self.alternation()
        if self.peek() != ")":
            raise ValueError(f"unterminated group at {self.pos}")
        self.pos += 1
        return Look(body) if look else body


def parse(pattern: Pattern) -> Any:
    """The pattern as a tree of pieces."""
    return _Parser(pattern).parse()


# --- samples and attacks -------------------------------------------------------------


def _cap(items: list[str], rng: random.Random) -> list[str]:
    unique = list(dict.fromkeys(items))
    if len(unique) <= SAMPLES:
        return unique
    return unique[:2] + rng.sample(unique[2:], SAMPLES - 2)


def samples(node: Any, rng: random.Random) -> list[str]:
    """A few strings the piece matches (the first is the plainest)."""
    if isinstance(node, Lit):
        return [node.char]
    if isinstance(node, Cls):
        return list(node.members[:3]) or [""]
    if isinstance(node, Look):
        return [""]
    if isinstance(node, Alt):
        firsts = [samples(b, rng)[0] for b in node.branches]
        rest = [s for b in node.branches for s in samples(b, rng)[1:]]
        return _cap(firsts + rest, rng)
    if isinstance(node, Seq):
        out = [""]
        for item in node.items:
            pieces = samples(item, rng)
            out = _cap([a + b for a in out for b in pieces], rng)
        return out
    assert isinstance(node, Rep)
    body = samples(node.body, rng)
    out = []
    counts = [node.lo, node.lo + 1, node.lo + 2]
    for count in counts:
        if node.hi is not None and count > node.hi:
            break
        combos = [""]
        for _ in range(min(count, 6)):
            combos = _cap([a + b for a in combos for b in body], rng)
        out.extend(combos)
    return _cap(out, rng)


def repetitions(
    node: Any, rng: random.Random, before: list[str]
) -> Iterator[tuple[list[str], Rep]]:
    """Every repetition of the tree, with strings that lead up to it."""
    if isinstance(node, Rep):
        if node.hi is None or node.hi >= 3:
            yield before, node
        leads = ["", *samples(node.body, rng)[:2]]
        inner = _cap([b + s for b in before for s in leads], rng)
        yield from repetitions(node.body, rng, inner)
    elif isinstance(node, Alt):
        for branch in node.branches:
            yield from repetitions(branch, rng, before)
    elif isinstance(node, Seq):
        for item in node.items:
            yield from repetitions(item, rng, before)
            leads = samples(item, rng)[:3]
            before = _cap([b + s for b in before for s in leads], rng)
    elif isinstance(node, Look):
        yield from repetitions(node.body, rng, before)


def pieces(node: Any) -> tuple[list[str], list[str]]:
    """The pattern's own characters (literals and class members) and its literal runs."""
    chars: list[str] = []
    runs: list[str] = []

    def walk(n: Any) -> None:
        if isinstance(n, Lit):
            chars.append(n.char)
        elif isinstance(n, Cls):
            chars.extend(n.members[:2])
        elif isinstance(n, Seq):
            run = ""
            for item in n.items:
                if isinstance(item, Lit):
                    run += item.char
                    continue
                if len(run) > 1:
                    runs.append(run)
                run = ""
                walk(item)
            if len(run) > 1:
                runs.append(run)
            for item in n.items:
                if isinstance(item, Lit):
                    chars.append(item.char)
        elif isinstance(n, Alt):
            for b in n.branches:
                walk(b)
        elif isinstance(n, (Rep, Look)):
            walk(n.body)

    walk(node)
    return list(dict.fromkeys(chars)), list(dict.fromkeys(runs))


def failing_tail(node: Any) -> str:
    """A character that no piece of the pattern matches (so every attempt fails at it)."""
    used: set[str] = set()

    def walk(n: Any) -> None:
        if isinstance(n, Lit):
            used.add(n.char)
        elif isinstance(n, Cls):
            used.update(n.members)
        elif isinstance(n, (Seq, Alt)):
            for item in n.items if isinstance(n, Seq) else n.branches:
                walk(item)
        elif isinstance(n, (Rep, Look)):
            walk(n.body)

    walk(node)
    for candidate in "\x00\x01§~\ue123\ufffd😀\x7f":
        if candidate not in used:
            return candidate
    return "\x00"


@dataclass(frozen=True)
class Attack:
    """The string ``prefix + pump * k + tail``, pumped through k."""

    prefix: str
    pump: str
    tail: str

    def text(self, k: int) -> str:
        return self.prefix + self.pump * k + self.tail


def attacks(pattern: Pattern) -> list[Attack]:
    """The attack strings for one pattern, built from its own pieces."""
    tree = parse(pattern)
    rng = random.Random(pattern.pattern)
    tail = failing_tail(tree)
    found: list[Attack] = []
    for before, rep in repetitions(tree, rng, [""]):
        body = [s for s in samples(rep.body, rng) if s]
        pumps = body + [a + b for a in body[:4] for b in body[:4] if a != b]
        for prefix in before[:2]:
            for pump in pumps:
                found.extend(Attack(prefix, pump, t) for t in ("", tail))
    chars, runs = pieces(tree)
    bare = chars + runs + ["".join(chars)]
    bare += [a + b for a, b in zip(chars, chars[1:] + chars[:1], strict=True)]
    bare += [run + c for run in runs for c in chars[:4]]
    found.extend(Attack("", pump, t) for pump in bare if pump for t in ("", tail))
    unique = list(dict.fromkeys(found))
    if len(unique) > MAX_ATTACKS:  # keep the structured ones first, then a fair draw
        structured = len(unique) - len(bare) * 2
        keep = unique[: MAX_ATTACKS // 2]
        rest = unique[MAX_ATTACKS // 2 :]
        unique = keep + rng.sample(rest, min(len(rest), MAX_ATTACKS - len(keep)))
        del structured
    return unique


# --- timing ----------------------------------------------------------------------


def _run(pattern: Pattern, text: str) -> float:
    """The processor time of one scan (wall time counts the other processes of a busy machine)."""
    start = time.thread_time()
    for _ in pattern.finditer(text):
        pass
    return time.thread_time() - start


@dataclass
class Probe:
    """How one attack's time grows: at k and at 4k (and the growth measured again)."""

    attack: Attack
    k: int
    small: float
    large: float
    confirmed: float | None = None  # growth at 4x from the median of three doublings

    @property
    def ratio(self) -> float:
        if self.confirmed is not None:
            return self.confirmed
        return self.large / max(self.small, 1e-9)

    @property
    def chars(self) -> int:
        return len(self.attack.text(self.k))

    def describe(self) -> str:
        a = self.attack
        attack = f"{a.prefix!r} + {a.pump!r} * {self.k} + {a.tail!r}"
        if self.ratio == float("inf"):
            return f"over {SLOW_RUN:.1f} s at {self.chars} chars or a few times that: {attack}"
        again = " (measured again)" if self.confirmed is not None else ""
        return (
            f"{self.ratio:.1f}x the time at 4x the input{again} ({self.small * 1e3:.2f} ms at "
            f"{self.chars} chars, {self.large * 1e3:.2f} ms at 4x): {attack}"
        )


def probe(pattern: Pattern, attack: Attack) -> Probe:
    """Grow the attack to a measurable size, then compare the time at 4x.

    A ratio over the limit is measured again at 2x, 4x, 8x and 16x, best of
    three runs each, and the median of the three doublings decides (squared:
    the growth at 4x): one run on a shared machine is noisy, a median of three
    is not moved by one noisy run.
    """
    k = 1
    while True:
        small = _run(pattern, attack.text(k))
        if small >= GROW_TIME or len(attack.text(k)) >= GROW_CHARS:
            break
        k *= 2
    found = Probe(attack, k, small, _run(pattern, attack.text(4 * k)))
    if not superlinear(found):
        return found
    times: list[float] = []
    for factor in (2, 4, 8, 16):
        text = attack.text(factor * k)
        runs = []
        for _ in range(3):
            print("TICK", flush=True)  # (the parent waits for a line per run, not per attack)
            runs.append(_run(pattern, text))
            if runs[-1] > SLOW_RUN:
                break
        times.append(min(runs))
        if times[-1] > SLOW_RUN:
            break  # slow already: a bigger run would only take longer
    doublings = sorted(b / max(a, 1e-9) for a, b in pairwise(times))
    growth = doublings[len(doublings) // 2] ** 2 if doublings else found.ratio
    if times[-1] > SLOW_RUN:  # (a linear scan would take a few ms here)
        growth = float("inf")
    return Probe(attack, 2 * k, times[0], times[min(2, len(times) - 1)], growth)


def superlinear(p: Probe) -> bool:
    limit = MAX_RATIO if p.confirmed is None else CONFIRMED_RATIO
    return p.ratio > limit and p.large > NOISE_FLOOR


# --- the walk, in a worker process watched by its parent ------------------------------


def _spec(pattern: Pattern) -> list[Any]:
    engine = "regex" if isinstance(pattern, regex.Pattern) else "re"
    return [engine, pattern.pattern, int(pattern.flags)]


def _compile(spec: list[Any]) -> Pattern:
    engine, source, flags = spec
    return (regex if engine == "regex" else re).compile(source, flags)


def walk_pattern(i: int, name: str, pattern: Pattern) -> None:
    """Pump one pattern, one line per event on stdout (the parent reads them)."""
    print(f"PATTERN\t{i}\t{name}", flush=True)
    began = time.perf_counter()
    try:
        tried = attacks(pattern)
    except ValueError as exc:
        print(f"UNPARSED\t{i}\t{exc}", flush=True)
        return
    worst: Probe | None = None
    done = 0
    for j, attack in enumerate(tried):
        if time.perf_counter() - began > PATTERN_BUDGET:
            break  # (the structured attacks come first)
        print(
            f"ATTACK\t{i}\t{j}\t{attack.prefix!r} + {attack.pump!r} * k + {attack.tail!r}",
            flush=True,
        )
        p = probe(pattern, attack)
        done += 1
        if worst is None or (p.ratio > worst.ratio and p.large > NOISE_FLOOR):
            worst = p
        if superlinear(p):
            print(f"SUPERLINEAR\t{i}\t{p.describe()}", flush=True)
            break
    spent = time.perf_counter() - began
    summary = (
        f"{done}/{len(tried)} attacks, {spent:.2f} s; worst {worst.describe() if worst else ''}"
    )
    print(f"DONE\t{i}\t{summary}", flush=True)


def worker(start: int) -> None:
    """Walk the patterns read from stdin (JSON) from the ``start``-th on."""
    gc.disable()  # (a collection inside one timed run would look like growth)
    specs = json.load(sys.stdin)
    for i, (name, spec) in enumerate(specs):
        if i >= start:
            walk_pattern(i, name, _compile(spec))
    print(f"END\t{len(specs)}", flush=True)


@dataclass
class Report:
    """What the walk found: counts, and each failure by pattern name."""

    patterns: int = 0
    attacks: int = 0
    failures: dict[str, str] = field(default_factory=dict)
    unknown_builders: list[str] = field(default_factory=list)
    summary: dict[str, str] = field(default_factory=dict)
    error: str = ""


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def walk(
    patterns: list[tuple[str, Pattern]] | None = None,
    timeout: float = ATTACK_TIMEOUT,
    workers: int = WORKERS,
) -> Report:
    """Walk the patterns (every pattern of the package by default) in worker processes.

    A worker silent for ``timeout`` seconds is stuck in one attack: it is
    killed, the pattern is reported as hanging, and a new worker goes on
    with the next pattern. The patterns are dealt out to ``workers`` workers
    at once (times are processor times: they do not share them).
    """
    report = Report()
    if patterns is None:
        patterns, report.unknown_builders = collect_patterns()
    shares = [patterns[i::workers] for i in range(workers) if patterns[i::workers]]
    reports = [Report() for _ in shares]
    threads = [
        threading.Thread(target=_walk_share, args=(share, part, timeout))
        for share, part in zip(shares, reports, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for part in reports:
        report.patterns += part.patterns
        report.attacks += part.attacks
        report.failures.update(part.failures)
        report.summary.update(part.summary)
        if part.error:
            raise RuntimeError(part.error)
    return report


def _walk_share(patterns: list[tuple[str, Pattern]], report: Report, timeout: float) -> None:
    payload = json.dumps([[name, _spec(p)] for name, p in patterns])
    start: int | None = 0
    while start is not None:
        start = _walk_from(start, payload, patterns, report, timeout)


def _walk_from(
    start: int, payload: str, patterns: list[tuple[str, Pattern]], report: Report, timeout: float
) -> int | None:
    """Run one worker from the ``start``-th pattern; where to go on after a hang, or None."""
    cmd = [sys.executable, __file__, "--worker", str(start)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    proc.stdin.write(payload)
    proc.stdin.close()
    lines = _lines(proc)
    current, last_attack = start, ""
    while True:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            proc.kill()
            proc.wait()
            name = patterns[current][0]
            report.failures[name] = f"hangs (silent over {timeout:.0f} s): {last_attack}"
            return current + 1 if current + 1 < len(patterns) else None
        if line is None:
            if proc.wait() != 0:
                report.error = f"the pattern walk failed (exit {proc.returncode})"
            return None
        kind, *rest = line.split("\t")
        if kind == "PATTERN":
            current = int(rest[0])
            report.patterns += 1
        elif kind == "ATTACK":
            last_attack = rest[2]
            report.attacks += 1
        elif kind in ("SUPERLINEAR", "UNPARSED"):
            report.failures[patterns[int(rest[0])][0]] = f"{kind.lower()}: {rest[1]}"
        elif kind == "DONE":
            report.summary[patterns[int(rest[0])][0]] = rest[1]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(int(argv[1]))
        return 0
    verbose = "-v" in argv
    only = [a for a in argv if a != "-v"]
    begin = time.perf_counter()
    patterns, unknown = collect_patterns()
    if only:
        patterns = [(n, p) for n, p in patterns if any(o in n for o in only)]
    report = walk(patterns)
    report.unknown_builders = unknown
    if verbose:
        for name, summary in report.summary.items():
            print(f"{name}: {summary}")
    for name in report.unknown_builders:
        print(f"UNKNOWN BUILDER {name}")
    for name, why in report.failures.items():
        print(f"FAIL {name}: {why}")
    print(
        f"{report.patterns} patterns, {report.attacks} attacks, "
        f"{len(report.failures)} failures, {time.perf_counter() - begin:.1f} s"
    )
    return 1 if report.failures or report.unknown_builders else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
