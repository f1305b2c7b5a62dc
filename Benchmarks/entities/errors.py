#!/usr/bin/env python3
"""Sorts the extractor's typed errors into categories, so that work goes where F1 is lost.

    Benchmarks/entities/errors.py BINARY [SET ...] [-v]

BINARY is a built `kiosque`; each SET is a folder of Tests/KiosqueCorpusTests holding
`articles/` and `gold/` (default: Holdout5 … Holdout28 and Holdout30 … Holdout177). The pairing is the scorer's own
(Tests/Fixtures/gold/score.py); what it leaves unpaired is sorted, in this order:

- type only: the name matches a gold entity, the type does not (1 FP + 1 FN);
- too short / too long: one prediction lies inside / around one gold name;
- split: two or more predictions lie inside one gold name;
- merged: one prediction holds two or more gold names;
- shifted: a prediction and a gold name overlap, neither holding the other;
- missed: a gold name no prediction touches (1 FN);
- fragment: a prediction inside or around a gold name that was found anyway (1 FP);
- spurious: a prediction touching no gold name at all (1 FP).

Names compare as folded words (score.py's fold, elisions cut off: `l'oreal` holds `oreal`).
Each category prints how many FP and FN it costs; -v lists the names.
"""
import argparse
import collections
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("score", ROOT / "Tests/Fixtures/gold/score.py")
score = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(score)

DEFAULT_SETS = [f"Holdout{n}" for n in [*range(5, 29), *range(30, 178)]]
ORDER = ("type only", "too short", "too long", "split", "merged", "shifted", "missed", "fragment", "spurious")


def words(name):
    """Folded words of a name, an elided article or preposition being a word of its own."""
    return score.fold(name).replace("'", "' ").split()


def inside(small, large):
    """Whether the words of `small` occur contiguously in `large` (and are fewer)."""
    n = len(small)
    return n < len(large) and any(large[i:i + n] == small for i in range(len(large) - n + 1))


def overlap(a, b):
    return bool(set(a) & set(b))


def relation(pred, gold_keys):
    """How a predicted name relates to one gold entity's names: 'short', 'long', 'overlap' or None."""
    for key in gold_keys:
        if inside(pred, key):
            return "short"
    for key in gold_keys:
        if inside(key, pred):
            return "long"
    if any(overlap(pred, key) for key in gold_keys):
        return "overlap"
    return None


def classify(gold, predicted):
    """[(category, fp, fn, text)] for one article."""
    required = [e for e in gold["entities"] if not e.get("optional")]
    optional_words = [[words(k) for k in score.keys_of(e)] for e in gold["entities"] if e.get("optional")]
    keys = [score.keys_of(e) for e in required]
    candidates = [[j for j, e in enumerate(required) if score.fold(name) in keys[j] and kind == e["type"]]
                  for name, kind in predicted]
    typed = score.maximum_matching(candidates, len(required))
    optional_keys = set().union(*(score.keys_of(e) for e in gold["entities"] if e.get("optional")))
    free_preds = [i for i in range(len(predicted)) if i not in typed and score.fold(predicted[i][0]) not in optional_keys]
    free_golds = [j for j in range(len(required)) if j not in set(typed.values())]
    errors = []

    # Type only: the untyped pairing among what the typed one left.
    untyped_candidates = [[j for j in free_golds if score.fold(predicted[i][0]) in keys[j]] for i in free_preds]
    untyped = score.maximum_matching([[free_golds.index(j) for j in c] for c in untyped_candidates], len(free_golds))
    for left, right in untyped.items():
        i, j = free_preds[left], free_golds[right]
        errors.append(("type only", 1, 1, f"{predicted[i][0]} [{predicted[i][1]} for {required[j]['type']}]"))
    paired_preds = {free_preds[left] for left in untyped}
    paired_golds = {free_golds[right] for right in untyped.values()}
    preds = [i for i in free_preds if i not in paired_preds]
    golds = [j for j in free_golds if j not in paired_golds]

    gold_words = {j: [words(k) for k in keys[j]] for j in range(len(required))}
    links = {(i, j): relation(words(predicted[i][0]), gold_words[j]) for i in preds for j in golds}
    used_preds, used_golds = set(), set()
    for j in golds:
        inner = [i for i in preds if links[(i, j)] == "short"]
        if len(inner) >= 2:
            errors.append(("split", len(inner), 1, f"{required[j]['canonical']} <- " + " | ".join(predicted[i][0] for i in inner)))
            used_preds.update(inner)
            used_golds.add(j)
    for i in preds:
        if i in used_preds:
            continue
        outer = [j for j in golds if j not in used_golds and links[(i, j)] == "long"]
        if len(outer) >= 2:
            errors.append(("merged", 1, len(outer), f"{predicted[i][0]} -> " + " | ".join(required[j]["canonical"] for j in outer)))
            used_preds.add(i)
            used_golds.update(outer)
    for kind, label in (("short", "too short"), ("long", "too long"), ("overlap", "shifted")):
        for i in preds:
            if i in used_preds:
                continue
            j = next((j for j in golds if j not in used_golds and links[(i, j)] == kind), None)
            if j is not None:
                errors.append((label, 1, 1, f"{predicted[i][0]} [{predicted[i][1]}] for {required[j]['canonical']} [{required[j]['type']}]"))
                used_preds.add(i)
                used_golds.add(j)
    for j in golds:
        if j not in used_golds:
            errors.append(("missed", 0, 1, f"{required[j]['canonical']} [{required[j]['type']}]"))
    for i in preds:
        if i in used_preds:
            continue
        name = words(predicted[i][0])
        touches = any(relation(name, gold_words[j]) for j in range(len(required))) or \
            any(relation(name, option) for option in optional_words)
        errors.append(("fragment" if touches else "spurious", 1, 0, f"{predicted[i][0]} [{predicted[i][1]}]"))
    return errors


def extract(binary, articles, out):
    subprocess.run([binary, "extract", "--out", str(out), str(articles)], check=True, stdout=subprocess.DEVNULL)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Sort the extractor's typed errors into categories.")
    parser.add_argument("binary")
    parser.add_argument("sets", nargs="*", default=DEFAULT_SETS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the names in each category")
    args = parser.parse_args(argv)
    totals = collections.Counter()
    names = collections.defaultdict(list)
    per_set = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.sets:
            folder = ROOT / "Tests/KiosqueCorpusTests" / name
            out = Path(scratch) / name
            out.mkdir()
            extract(args.binary, folder / "articles", out)
            counts = collections.Counter()
            for gold_path in sorted((folder / "gold").glob("*.json")):
                pred_path = out / gold_path.name
                predicted = score.predictions(score.read_json(pred_path), pred_path) if pred_path.exists() else []
                for category, fp, fn, text in classify(score.read_json(gold_path), predicted):
                    counts[category] += 1
                    totals[(category, "n")] += 1
                    totals[(category, "fp")] += fp
                    totals[(category, "fn")] += fn
                    names[category].append(f"{name}/{gold_path.stem[:4]}: {text}")
            per_set[name] = counts
    print(f"{'category':<10} {'count':>5} {'FP':>4} {'FN':>4}   per set ({', '.join(s.replace('Holdout', 'H') for s in args.sets)})")
    for category in ORDER:
        row = " ".join(f"{per_set[s][category]:>2}" for s in args.sets)
        print(f"{category:<10} {totals[(category, 'n')]:>5} {totals[(category, 'fp')]:>4} {totals[(category, 'fn')]:>4}   {row}")
    print(f"{'total':<10} {sum(totals[(c, 'n')] for c in ORDER):>5} "
          f"{sum(totals[(c, 'fp')] for c in ORDER):>4} {sum(totals[(c, 'fn')] for c in ORDER):>4}")
    if args.verbose:
        for category in ORDER:
            if names[category]:
                print(f"\n## {category}")
                print("\n".join(names[category]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
