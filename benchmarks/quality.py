"""Quality of newsclean on the shared evaluation data.

    python benchmarks/quality.py            # everything
    python benchmarks/quality.py --quick    # CI: dev cases, seed, 30 corpus pages per mode

Reads ../shared/ (fails loudly when it is missing): the seed, the multilingual
dev cases (scored per field and per language) and the corpus (scored per
damage mode: markup residue, body token F1, paragraph boundaries, glue,
headline accuracy).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from _data import corpus_records, dev_cases, seed_cases
from gate import attribution_figures, corpus_figures, dev_figures, quality_gate
from newsclean.classify.chrome import CHROME_KINDS
from newsclean.languages import available_languages, detect_language

_WORD = re.compile(r"\w+")
RESIDUE = re.compile(
    r"<[A-Za-z/!][^<>]{0,200}>|</?[a-z][a-z0-9]{0,10}\b[^<>\n]{0,80}=|&(?:[A-Za-z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});"
    r"|_ngcontent|_nghost|ng-reflect|ng-star-inserted|data-v-[0-9a-f]{6}|data-react"
    r"|\" ?/>|Ã[©¨ ¼¶¤§]|â€|Ð[ ¡-¿]|[\u00ad\u200b\u200c\u200d\ufeff\ue000]"
)


def has_residue(text: str, truth: str) -> bool:
    """Markup residue in ``text`` that the truth does not have too.

    (Some articles quote titles in angle brackets: "<The Palace: Tale of Jang Noksu>".)
    """
    return any(m.group() not in truth for m in RESIDUE.finditer(text))


SUPPORTED = set(available_languages())  # every language with a data file
# Removal kinds that take out text (not markup): judged by boilerplate precision/recall.
NON_ARTICLE = {
    "boilerplate",
    "signoff",
    "caption",
    "alt_text",
    "duplicate_headline",
    "byline",
    "published",
    "credit",
    "truncation",
    *CHROME_KINDS,
}


def ws(text: str) -> str:
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _WORD.findall(text)]


def prf(tp: float, n_pred: float, n_true: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_true else 0.0)
    r = tp / n_true if n_true else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def token_prf(pred: str, true: str) -> tuple[float, float, float]:
    a, b = Counter(tokens(pred)), Counter(tokens(true))
    return prf(sum((a & b).values()), sum(a.values()), sum(b.values()))


def boundary_f1(pred_paras: list[str], true_paras: list[str]) -> float:
    """F1 of paragraph starts, in the coordinates of the truth's token sequence."""

    def starts(paras: list[str]) -> tuple[list[str], set[int]]:
        toks: list[str] = []
        marks: set[int] = set()
        for p in paras:
            t = tokens(p)
            if t:
                marks.add(len(toks))
                toks.extend(t)
        return toks, marks

    pt, pm = starts(pred_paras)
    tt, tm = starts(true_paras)
    sm = difflib.SequenceMatcher(None, pt, tt, autojunk=False)
    mapped = set()
    for block in sm.get_matching_blocks():
        for k in range(block.size):
            if block.a + k in pm:
                mapped.add(block.b + k)
    return prf(len(mapped & tm), len(pm), len(tm))[2]


def glue_stats(pred: str, true: str) -> tuple[Counter[str], int, int]:
    """(glued tokens by the kind of join, wrongly split words, output tokens).

    A glued token is two adjacent truth tokens run together; its kind is the
    characters either side of the join ("lower|Upper").
    """
    pt, words = tokens(pred), _WORD.findall(true)
    truth = {w.casefold() for w in words}
    pairs: dict[str, tuple[str, str]] = {}
    for a, b in pairwise(words):
        pairs.setdefault((a + b).casefold(), (a, b))
    glued: Counter[str] = Counter()
    for t in pt:
        if t not in truth and t in pairs:
            a, b = pairs[t]
            glued[f"{_case(a[-1])}|{_case(b[0])}"] += 1
    split = sum(
        1 for a, b in pairwise(pt) if (a + b) in truth and (a not in truth or b not in truth)
    )
    return glued, split, len(pt)


def _case(char: str) -> str:
    if char.isalpha():
        return "Upper" if char.isupper() else "lower"
    return "digit" if char.isdigit() else "other"


# The corpus headline is the page's, as shown: some carry a prefix that issue #4
# says to strip ("BREAKING:", "EXCLUSIVE -"). The "headline" column compares with
# that prefix stripped from the truth too; "hl raw" compares with the page's text.
TRUTH_PREFIX = re.compile(r"^(?:BREAKING(?: NEWS)?|EXCLUSIVE|UPDATED?|WATCH|LIVE)\s*[:|–—-]\s*")


def norm_headline(h: str | None) -> str | None:
    if h is None:
        return None
    h = unicodedata.normalize("NFKC", h)
    h = h.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'}))
    return ws(h)


# --- dev cases ---------------------------------------------------------------


def score_dev_cases(cases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Per-language scores of ``cases`` (the shared dev cases when None)."""
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    failures: list[str] = []
    for case in dev_cases() if cases is None else cases:
        exp = case["expected"]
        art = newsclean.parse(case["raw"], lang=case["lang"])
        c = per_lang[case["lang"]]
        c["cases"] += 1
        c["headline_ok"] += ws(art.headline or "") == ws(exp["headline"] or "") and (
            art.headline is None
        ) == (exp["headline"] is None)
        got_p = [ws(p) for p in art.paragraphs]
        exp_p = [ws(p) for p in exp["paragraphs"]]
        c["para_tp"] += sum((Counter(got_p) & Counter(exp_p)).values())
        c["para_pred"] += len(got_p)
        c["para_true"] += len(exp_p)
        c["tok_f1_x100"] += round(100 * token_prf(" ".join(got_p), " ".join(exp_p))[2])
        got_a = {(a.name.casefold(), a.kind) for a in art.attributions}
        exp_a = {(a["name"].casefold(), a["kind"]) for a in exp["attributions"]}
        c["attr_tp"] += len(got_a & exp_a)
        c["attr_pred"] += len(got_a)
        c["attr_true"] += len(exp_a)
        got_alias = {(a.name.casefold(), a.alias) for a in art.attributions}
        c["alias_ok"] += sum(
            1 for a in exp["attributions"] if (a["name"].casefold(), a["alias"]) in got_alias
        )
        got_b = [(ws(b.title or ""), [ws(i) for i in b.items]) for b in art.briefs]
        exp_b = [(ws(b["title"] or ""), [ws(i) for i in b["items"]]) for b in exp["briefs"]]
        c["briefs_ok"] += got_b == exp_b
        pub = art.published.isoformat() if art.published else None
        c["published_ok"] += pub == exp["published"]
        got_d = {d.value.isoformat()[:10] for d in art.dates if d.value is not None}
        exp_d = set(exp["dates"])
        c["dates_tp"] += len(got_d & exp_d)
        c["dates_pred"] += len(got_d)
        c["dates_true"] += len(exp_d)
        c["residue"] += has_residue(
            art.body + "\n" + (art.headline or ""),
            "\n".join(exp_p) + "\n" + (exp["headline"] or ""),
        )
        if (
            got_p != exp_p
            or got_a != exp_a
            or got_b != exp_b
            or pub != exp["published"]
            or got_d != exp_d
        ):
            failures.append(case["id"])
    return {"per_lang": per_lang, "failures": failures}


def dev_language_detection() -> None:
    """Detection accuracy on dev-case articles and on their single paragraphs."""
    art_ok = art_n = par_ok = par_n = 0
    for case in dev_cases():
        if not case["expected"]["paragraphs"]:
            continue
        art_n += 1
        art_ok += newsclean.parse(case["raw"]).language == case["lang"]
        for p in case["expected"]["paragraphs"]:
            if len(p.split()) >= 8:
                par_n += 1
                par_ok += detect_language(p) == case["lang"]
    print(
        f"language detection on dev cases: articles {art_ok}/{art_n}, "
        f"paragraphs of 8+ words {par_ok}/{par_n} ({par_ok / max(par_n, 1):.3f})"
    )


def corpus_paragraph_detection(pages: int | None) -> None:
    """Detection accuracy on single paragraphs (8+ words) of the corpus's truth bodies.

    Three cuts: paragraphs as the corpus README defines them (separated by a
    blank line), every line (list items, tour dates, recipe lines too), and
    lines of prose (ending in sentence punctuation). A wrong language and
    None both count as misses.
    """
    ok: Counter[str] = Counter()
    n: Counter[str] = Counter()
    seen: set[str] = set()
    for rec in corpus_records():
        if rec["page_id"] in seen or rec["lang"] not in SUPPORTED:
            continue
        if pages is not None and len(seen) >= pages:
            break
        seen.add(rec["page_id"])
        body = rec["truth"]["body"]
        lines = [line.strip() for line in body.split("\n")]
        cuts = {
            "paragraphs": [p.strip() for p in body.split("\n\n")],
            "lines": lines,
            "prose lines": [x for x in lines if x.rstrip("\"'»”’)")[-1:] in ".!?…"],
        }
        for cut, texts in cuts.items():
            for text in texts:
                if len(text.split()) >= 8:
                    n[cut] += 1
                    ok[cut] += detect_language(text) == rec["lang"]
    figures = ", ".join(f"{cut} {ok[cut]}/{n[cut]} ({ok[cut] / max(n[cut], 1):.3f})" for cut in n)
    print(f"language detection on corpus text of 8+ words: {figures}")


def print_dev(result: dict[str, Any], title: str = "Dev cases (../shared/dev-cases)") -> None:
    print(f"\n## {title}, lang given")
    print(
        f"{'lang':5} {'cases':>5} {'headline':>8} {'para F1':>7} {'tok F1':>6} {'attr F1':>7} "
        f"{'alias':>5} {'briefs':>6} {'publ':>5} {'dates F1':>8} {'residue':>7}"
    )
    total: Counter[str] = Counter()
    for lang, c in [*sorted(result["per_lang"].items()), ("all", None)]:
        if c is None:
            c = total
        else:
            total.update(c)
        n = c["cases"]
        print(
            f"{lang:5} {n:5d} {c['headline_ok'] / n:8.2f} "
            f"{prf(c['para_tp'], c['para_pred'], c['para_true'])[2]:7.2f} "
            f"{c['tok_f1_x100'] / n / 100:6.3f} "
            f"{prf(c['attr_tp'], c['attr_pred'], c['attr_true'])[2]:7.2f} "
            f"{c['alias_ok'] / max(c['attr_true'], 1):5.2f} {c['briefs_ok'] / n:6.2f} "
            f"{c['published_ok'] / n:5.2f} "
            f"{prf(c['dates_tp'], c['dates_pred'], c['dates_true'])[2]:8.2f} "
            f"{c['residue'] / n:7.2f}"
        )
    print("not exact in some field:", " ".join(result["failures"]) or "none")


# --- attribution set (tests/data/attributions) ---------------------------------
# A labelled set of sentences per language (see tests/data/attributions/README.md),
# scored on names (case-insensitive), kinds and aliases; "<lang>.jsonl" is the set
# the rules were written against, "<lang>.unseen.jsonl" was written after them.

ATTRIBUTION_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "attributions"


def _attribution_entries(suffix: str) -> dict[str, list[dict[str, Any]]]:
    import json

    per_lang: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(ATTRIBUTION_SET.glob(f"*{suffix}.jsonl")):
        lang = path.name.removesuffix(f"{suffix}.jsonl")
        if "." in lang:
            continue  # "de.unseen" when reading "de.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        per_lang[lang] = [json.loads(line) for line in lines if line.strip()]
    return per_lang


def score_attribution_set(suffix: str = "", show_misses: bool = False) -> dict[str, Counter[str]]:
    """Name P/R/F1, kind and alias accuracy (of the names found) per language.

    Each sentence goes through ``newsclean.extract_attributions(text, lang)``;
    names are matched case-insensitively within the sentence, a matched name
    counts for its kind when (name, kind) is expected too.
    """
    result: dict[str, Counter[str]] = {}
    for lang, entries in _attribution_entries(suffix).items():
        c: Counter[str] = Counter()
        for entry in entries:
            got = newsclean.extract_attributions(entry["text"], lang)
            exp = entry["expected"]
            got_names = Counter(a.name.casefold() for a in got)
            exp_names = Counter(e["name"].casefold() for e in exp)
            got_kinds = Counter((a.name.casefold(), a.kind) for a in got)
            exp_kinds = Counter((e["name"].casefold(), e["kind"]) for e in exp)
            got_alias = Counter((a.name.casefold(), a.alias) for a in got)
            exp_alias = Counter((e["name"].casefold(), e["alias"]) for e in exp)
            c["sentences"] += 1
            c["tp"] += sum((got_names & exp_names).values())
            c["pred"] += sum(got_names.values())
            c["true"] += sum(exp_names.values())
            c["kind_ok"] += sum((got_kinds & exp_kinds).values())
            c["alias_ok"] += sum((got_alias & exp_alias).values())
            c["exact"] += sorted(got_kinds.elements()) == sorted(exp_kinds.elements())
            if show_misses and got_kinds != exp_kinds:
                print(f"  {lang} [{entry['construction']}] {entry['text'][:90]!r}")
                print(f"     got {[(a.name, a.alias, a.kind) for a in got]}")
                print(f"     exp {[(e['name'], e['alias'], e['kind']) for e in exp]}")
        result[lang] = c
    return result


def print_attribution_set(suffix: str = "", show_misses: bool = False) -> dict[str, Counter[str]]:
    label = "unseen (written after the rules)" if suffix else "seen"
    result = score_attribution_set(suffix, show_misses)
    if not result:
        return result
    print(f"\n## Attribution set (tests/data/attributions), {label}")
    print(
        f"{'lang':5} {'sents':>5} {'name P':>6} {'name R':>6} {'name F1':>7} "
        f"{'kind':>5} {'alias':>5} {'exact':>5}"
    )
    total: Counter[str] = Counter()
    for lang, c in [*sorted(result.items()), ("all", None)]:
        if c is None:
            c = total
        else:
            total.update(c)
        p, r, f = prf(c["tp"], c["pred"], c["true"])
        print(
            f"{lang:5} {c['sentences']:5d} {p:6.2f} {r:6.2f} {f:7.2f} "
            f"{c['kind_ok'] / max(c['tp'], 1):5.2f} {c['alias_ok'] / max(c['tp'], 1):5.2f} "
            f"{c['exact'] / max(c['sentences'], 1):5.2f}"
        )
    return result


# --- seed --------------------------------------------------------------------


def check_seed() -> bool:
    ok = True
    for raw, exp in seed_cases():
        art = newsclean.parse(raw)
        checks = {
            "headline": art.headline == exp["headline"],
            "paragraphs": [ws(p) for p in art.paragraphs] == [ws(p) for p in exp["paragraphs"]]
            or ws(" ".join(art.paragraphs)) == ws(" ".join(exp["paragraphs"])),
            "attributions": [(a.name, a.alias, a.kind) for a in art.attributions]
            == [(a["name"], a["alias"], a["kind"]) for a in exp["attributions"]],
            "briefs": [(b.title, b.items) for b in art.briefs]
            == [(b["title"], b["items"]) for b in exp["briefs"]],
            "published": art.published is None and exp["published"] is None,
            "removed": all(
                any(s in r.text for r in art.removed) for s in exp["removed_must_include"]
            ),
            "no_year_invented": all(d.value is None for d in art.dates),
        }
        print("\n## Seed:", " ".join(f"{k}={'ok' if v else 'FAIL'}" for k, v in checks.items()))
        ok = ok and all(checks.values())
    return ok


# --- corpus ------------------------------------------------------------------


def score_corpus(pages_per_mode: int | None) -> dict[str, Counter[str]]:
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    seen: Counter[str] = Counter()
    joins: Counter[str] = Counter()  # glued tokens left in mode glued, by kind of join
    for rec in corpus_records():
        mode = rec["mode"]
        if pages_per_mode is not None and seen[mode] >= pages_per_mode:
            continue
        seen[mode] += 1
        art = newsclean.parse(rec["raw"], lang=rec["lang"])
        s = stats[mode]
        truth = rec["truth"]
        s["n"] += 1
        s["residue"] += has_residue(
            art.body + "\n" + (art.headline or ""),
            truth["body"] + "\n" + (truth.get("headline") or ""),
        )
        p, r, f = token_prf(art.body, truth["body"])
        s["p"] += p
        s["r"] += r
        s["f"] += f
        true_paras = [x for x in truth["body"].split("\n") if x.strip()]
        s["bf1"] += boundary_f1(art.paragraphs, true_paras)
        g, w, n = glue_stats(art.body, truth["body"])
        if mode == "glued":
            joins.update(g)
        s["glued"] += g.total()
        s["split"] += w
        s["tokens"] += n
        # Boilerplate: tokens taken out as non-article text, against the truth body.
        body_tokens = Counter(tokens(truth["body"]))
        out_tokens = Counter(
            t for r in art.removed if r.kind in NON_ARTICLE for t in tokens(r.text)
        )
        cleaned = newsclean.clean_html(rec["raw"])
        raw_extra = Counter(tokens(cleaned)) - body_tokens
        s["bp_removed"] += sum(out_tokens.values())
        s["bp_correct"] += sum((out_tokens - body_tokens).values())
        s["bp_extra"] += sum(raw_extra.values())
        if rec["lang"] in SUPPORTED:
            s["lang_n"] += 1
            s["lang_ok"] += detect_language(cleaned) == rec["lang"]
        if truth.get("headline_confidence") == "high" and mode != "page_text":
            s["hl_n"] += 1
            got, page = norm_headline(art.headline), norm_headline(truth["headline"])
            s["hl_raw"] += got == page
            s["hl_ok"] += got == TRUTH_PREFIX.sub("", page or "")
    print("\n## Corpus (../shared/corpus), per mode")
    print(
        f"{'mode':14} {'n':>4} {'residue':>7} {'tok P':>6} {'tok R':>6} {'tok F1':>6} "
        f"{'para-bF1':>8} {'glued/10k':>9} {'split':>5} {'headline':>8} {'hl raw':>6} "
        f"{'bp P':>5} {'bp R':>5} {'lang':>5}"
    )
    for mode, s in stats.items():
        n = s["n"]
        hl = s["hl_ok"] / s["hl_n"] if s["hl_n"] else float("nan")
        hl_raw = s["hl_raw"] / s["hl_n"] if s["hl_n"] else float("nan")
        print(
            f"{mode:14} {n:4d} {s['residue'] / n:7.3f} {s['p'] / n:6.3f} {s['r'] / n:6.3f} "
            f"{s['f'] / n:6.3f} {s['bf1'] / n:8.3f} {1e4 * s['glued'] / max(s['tokens'], 1):9.2f} "
            f"{s['split']:5d} {hl:8.3f} {hl_raw:6.3f} "
            f"{s['bp_correct'] / max(s['bp_removed'], 1):5.2f} "
            f"{min(1.0, s['bp_correct'] / max(s['bp_extra'], 1)):5.2f} "
            f"{s['lang_ok'] / max(s['lang_n'], 1):5.3f}"
        )
    if joins:
        per_10k = 1e4 / max(stats["glued"]["tokens"], 1)
        kinds = ", ".join(f"{kind} {n} ({n * per_10k:.2f})" for kind, n in joins.most_common())
        print(
            f"glued mode: glued tokens left by the join, count (per 10k): {kinds}; "
            "a join of two lower-case words ('waterbaby') leaves no sign in the text"
        )
    return stats


def glued_boundary_ceiling(pages: int | None) -> None:
    """The best paragraph-boundary F1 that mode "glued" allows.

    Where two blocks were joined by a single space after a sentence end
    ("…with Marc Benioff. After the first…"), nothing in the text tells a
    paragraph break from a sentence break. Counting every other boundary as
    found and no wrong one gives the ceiling of the measure on this data.
    """
    f1s: list[float] = []
    blind = total = 0
    for rec in corpus_records():
        if rec["mode"] != "glued":
            continue
        if pages is not None and len(f1s) >= pages:
            break
        raw, pos = rec["raw"], 0
        paras = [p.strip() for p in rec["truth"]["body"].split("\n") if p.strip()]
        found = 1  # the first paragraph's start is never in question
        for para in paras[1:]:
            i = raw.find(para[:30], pos)
            total += 1
            if i > 1 and raw[i - 1] == " " and not raw[i - 2].isspace():
                blind += 1
            else:
                found += 1
            pos = max(pos, i + 1)
        recall = found / len(paras)
        f1s.append(2 * recall / (1 + recall))
    print(
        f"glued mode: {blind} of {total} paragraph boundaries are one space (no sign of a "
        f"block break); best possible paragraph-boundary F1 {sum(f1s) / max(len(f1s), 1):.3f}"
    )


# --- the repository's own dev cases; the corpus by language -------------------

#: Dev cases of our own, in the shared format (tests/data/dev_cases/*.json).
REPO_DEV_CASES = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev_cases"


def repo_dev_cases() -> list[dict[str, Any]]:
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(REPO_DEV_CASES.glob("*.json"))
    ]


def score_repo_dev_cases() -> dict[str, Any]:
    """The repository's own dev cases, scored as the shared ones are, and detection on them."""
    cases = repo_dev_cases()
    if not cases:
        print(f"\n## Own dev cases: none in {REPO_DEV_CASES}")
        return {"per_lang": {}, "failures": []}
    result = score_dev_cases(cases)
    print_dev(result, "Own dev cases (tests/data/dev_cases)")
    detected = Counter(
        case["lang"] for case in cases if newsclean.parse(case["raw"]).language == case["lang"]
    )
    langs = Counter(case["lang"] for case in cases)
    print(
        "language detected (lang not given): "
        + ", ".join(f"{lang} {detected[lang]}/{n}" for lang, n in sorted(langs.items()))
    )
    return result


def score_corpus_languages(langs: tuple[str, ...] = ("it", "pt")) -> None:
    """The corpus records in ``langs``, per language and mode (lang given, as in score_corpus).

    The corpus has few pages in these languages (2 it, 6 pt): read the figures
    as a check that nothing breaks, not as a measure of quality.
    """
    stats: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    f1s: dict[tuple[tuple[str, str], str], float] = defaultdict(float)
    for rec in corpus_records():
        if rec["lang"] not in langs:
            continue
        key = (rec["lang"], rec["mode"])
        art = newsclean.parse(rec["raw"], lang=rec["lang"])
        truth, s = rec["truth"], stats[key]
        s["n"] += 1
        f1s[key, "tok"] += token_prf(art.body, truth["body"])[2]
        true_paras = [x for x in truth["body"].split("\n") if x.strip()]
        f1s[key, "bf1"] += boundary_f1(art.paragraphs, true_paras)
        s["residue"] += has_residue(
            art.body + "\n" + (art.headline or ""),
            truth["body"] + "\n" + (truth.get("headline") or ""),
        )
        if rec["mode"] != "page_text":  # (there the headline stands anywhere: not scored)
            s["hl_n"] += 1
            s["hl_ok"] += norm_headline(art.headline) == norm_headline(truth["headline"])
        s["lang_ok"] += detect_language(newsclean.clean_html(rec["raw"])) == rec["lang"]
    print(f"\n## Corpus by language ({', '.join(langs)}), per mode, lang given")
    print(
        f"{'lang':5} {'mode':14} {'n':>3} {'residue':>7} {'tok F1':>6} {'para-bF1':>8} "
        f"{'headline':>8} {'detected':>8}"
    )
    for key, s in sorted(stats.items()):
        n = s["n"]
        tok, bf1 = f1s[key, "tok"] / n, f1s[key, "bf1"] / n
        hl = s["hl_ok"] / s["hl_n"] if s["hl_n"] else float("nan")
        print(
            f"{key[0]:5} {key[1]:14} {n:3d} {s['residue'] / n:7.3f} {tok:6.3f} {bf1:8.3f} "
            f"{hl:8.3f} {s['lang_ok'] / n:8.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a short pass for CI")
    ap.add_argument(
        "--attributions",
        action="store_true",
        help="only the attribution set, listing every sentence that is not exact",
    )
    ap.add_argument(
        "--update-baseline",
        action="store_true",
        help="write this run's figures to benchmarks/baseline.json (with an intended change)",
    )
    args = ap.parse_args(argv)
    print(f"newsclean {newsclean.__version__}")
    if args.attributions:
        print_attribution_set(show_misses=True)
        print_attribution_set(".unseen", show_misses=True)
        return 0
    seed_ok = check_seed()
    dev = score_dev_cases()
    print_dev(dev)
    figures = dev_figures(dev["per_lang"], "dev_cases")
    figures |= attribution_figures(print_attribution_set(), "attributions")
    figures |= attribution_figures(print_attribution_set(".unseen"), "attributions_unseen")
    dev_language_detection()
    figures |= corpus_figures(score_corpus(30 if args.quick else None))
    glued_boundary_ceiling(30 if args.quick else None)
    corpus_paragraph_detection(30 if args.quick else None)
    own = score_repo_dev_cases()
    if own["per_lang"]:
        figures |= dev_figures(own["per_lang"], "own_dev_cases")
    score_corpus_languages()
    # The figures against benchmarks/baseline.json (see benchmarks/gate.py).
    section = "quick" if args.quick else "full"
    gate = quality_gate(figures, section, update=args.update_baseline)
    if not seed_ok:
        print("FAIL: the seed article is not parsed as expected", file=sys.stderr)
    return 1 if gate or not seed_ok else 0


if __name__ == "__main__":
    sys.exit(main())
