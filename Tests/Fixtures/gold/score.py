#!/usr/bin/env python3
"""Scores predicted entities against gold files, per article and in total.

    python3 Tests/Fixtures/gold/score.py GOLD_DIR PRED_DIR [-v] [--json OUT.json]

GOLD_DIR holds <base>.json gold files (fields in GUIDELINES.md, section 6); PRED_DIR holds
one <base>.json per article, as written by `kiosque extract` or by the API. A prediction
file may be {"entities": [...]}, a bare list, or a list envelope ({"items": [...]}, also
"results" or "data"); an item names its entity with canonical/name/text/label/surface, its
type with type/kind/category/entity_type/entityType/label, and may nest both in "entity".

The rules, which reproduce the seed scorer the gold was published with:
- names compare after folding (GUIDELINES.md section 5): ligatures spelt out, accents
  dropped, typographic apostrophes made straight, dashes made spaces, case and runs of
  spaces ignored;
- types compare after mapping the usual aliases (PER, LOC, GPE, ORGANIZATION, EVENT...)
  onto PERSON, PLACE, ORG and MISC;
- predictions with the same folded name and type count once;
- a prediction may take a required gold entity whose canonical name or any mention folds
  to the same text (and, for the typed score, whose type is equal); each gold entity is
  taken at most once, and the pairing is a maximum one-to-one matching found by augmenting
  paths, predictions tried in file order;
- an optional gold entity is never missed, and a prediction left over that names one is
  ignored rather than counted as a false positive.

Prints one row per gold file, the micro-averaged totals, and finally
`F1 typed=… untyped=… P=… R=…` (P and R typed). Exit status 0, or 2 on bad input.
"""
import argparse
import json
import sys
import unicodedata
from pathlib import Path

CANONICAL_TYPES = {
    "PERSON": ("PERSON", "PER", "PERS", "PEOPLE"),
    "PLACE": ("PLACE", "LOC", "LOCATION", "GPE"),
    "ORG": ("ORG", "ORGANIZATION", "ORGANISATION"),
    "MISC": ("MISC", "MISCELLANEOUS", "EVENT", "OTHER"),
}
TYPE_ALIASES = {alias: kind for kind, aliases in CANONICAL_TYPES.items() for alias in aliases}
NAME_FIELDS = ("canonical", "name", "text", "label", "surface")
TYPE_FIELDS = ("type", "kind", "category", "entity_type", "entityType", "label")
LIST_FIELDS = ("entities", "items", "results", "data")
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc`\u00b4"})
DASHES = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014"})


class BadInput(Exception):
    """A file that cannot be scored; the message names it."""


def fold(name):
    """The comparison key of a name (GUIDELINES.md section 5)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(APOSTROPHES).translate(DASHES).lower().split())


def canonical_type(value):
    if not isinstance(value, str):
        return None
    key = value.strip().upper()
    return TYPE_ALIASES.get(key, key)


def read_json(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BadInput(f"{path}: {error}") from error


def first_text(item, fields, unlike=None):
    """The first field among `fields` holding a non-blank string (other than `unlike`)."""
    for field in fields:
        value = item.get(field)
        if isinstance(value, str) and value.strip() and value != unlike:
            return field, value
    return None, None


def predictions(document, path):
    """[(name, type)] of one prediction file, duplicates (same folded name and type) dropped."""
    items = document
    if isinstance(document, dict):
        items = next((document[f] for f in LIST_FIELDS if isinstance(document.get(f), list)), None)
        if items is None:
            raise BadInput(f"{path}: no 'entities' or 'items' list")
    if not isinstance(items, list):
        raise BadInput(f"{path}: expected a list of entities")
    found, seen = [], set()
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("entity"), dict):
            item = {**item, **item["entity"]}
        if not isinstance(item, dict):
            continue
        _, name = first_text(item, NAME_FIELDS)
        if name is None:
            continue
        # A type field may be empty text; only the name itself is refused as a type.
        type_field = next((f for f in TYPE_FIELDS if isinstance(item.get(f), str) and item[f] != name), None)
        entry = (name.strip(), canonical_type(item[type_field]) if type_field else None)
        key = (fold(entry[0]), entry[1])
        if key not in seen:
            seen.add(key)
            found.append(entry)
    return found


def keys_of(entity):
    return {fold(entity["canonical"])} | {fold(m) for m in entity["mentions"]}


def maximum_matching(candidates, right_count):
    """Pairs {left: right} of a maximum matching; candidates[left] lists the rights it may take."""
    holder = [None] * right_count

    def place(left, visited):
        for right in candidates[left]:
            if right in visited:
                continue
            visited.add(right)
            if holder[right] is None or place(holder[right], visited):
                holder[right] = left
                return True
        return False

    for left in range(len(candidates)):
        place(left, set())
    return {left: right for right, left in enumerate(holder) if left is not None}


def score_article(gold, predicted, typed):
    required = [e for e in gold["entities"] if not e.get("optional")]
    optional = set().union(*(keys_of(e) for e in gold["entities"] if e.get("optional")))
    required_keys = [keys_of(e) for e in required]
    candidates = [
        [j for j, entity in enumerate(required)
         if fold(name) in required_keys[j] and (not typed or kind == entity["type"])]
        for name, kind in predicted
    ]
    pairs = maximum_matching(candidates, len(required))
    false_positives, ignored = [], []
    for i, (name, kind) in enumerate(predicted):
        if i not in pairs:
            (ignored if fold(name) in optional else false_positives).append(f"{name} [{kind}]")
    taken = set(pairs.values())
    missed = [f"{e['canonical']} [{e['type']}]" for j, e in enumerate(required) if j not in taken]
    return {"tp": len(pairs), "fp": len(false_positives), "fn": len(missed),
            "fp_list": false_positives, "fn_list": missed, "ignored": ignored}


def rates(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def arguments(argv):
    parser = argparse.ArgumentParser(description="Score predicted entities against gold files.")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, false positives and ignored names")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write the results as JSON")
    return parser.parse_args(argv)


def run(args):
    for directory in (args.gold_dir, args.pred_dir):
        if not directory.is_dir():
            raise BadInput(f"{directory}: not a directory")
    gold_files = sorted(args.gold_dir.glob("*.json"), key=lambda p: p.name)
    if not gold_files:
        raise BadInput(f"{args.gold_dir}: no gold .json files")
    bases = {p.stem for p in gold_files}
    for extra in sorted(p for p in args.pred_dir.glob("*.json") if p.stem not in bases):
        print(f"warning: {extra.name}: no gold file with that name; ignored", file=sys.stderr)

    totals = {"typed": [0, 0, 0], "untyped": [0, 0, 0]}
    rows, per_file = [], {}
    for gold_path in gold_files:
        gold = read_json(gold_path)
        pred_path = args.pred_dir / gold_path.name
        if pred_path.exists():
            predicted = predictions(read_json(pred_path), pred_path)
        else:
            print(f"warning: {gold_path.name} missing in {args.pred_dir}: every gold entity counts as missed",
                  file=sys.stderr)
            predicted = []
        result = {mode: score_article(gold, predicted, mode == "typed") for mode in totals}
        for mode, counts in totals.items():
            for index, field in enumerate(("tp", "fp", "fn")):
                counts[index] += result[mode][field]
        required = sum(1 for e in gold["entities"] if not e.get("optional"))
        rows.append((gold_path.stem, required, len(predicted), result))
        per_file[gold_path.stem] = result

    header = (f"{'file':<24} {'gold':>4} {'pred':>4} | {'TPt':>3} {'P_t':>5} {'R_t':>5} {'F1_t':>5}"
              f" | {'TPu':>3} {'P_u':>5} {'R_u':>5} {'F1_u':>5}")
    rule = "-" * len(header)
    print(header)
    print(rule)
    for base, required, predicted_count, result in rows:
        cells = []
        for mode in ("typed", "untyped"):
            counts = result[mode]
            p, r, f = rates(counts["tp"], counts["fp"], counts["fn"])
            cells.append(f"{counts['tp']:>3} {p:>5.2f} {r:>5.2f} {f:>5.2f}")
        print(f"{base:<24} {required:>4} {predicted_count:>4} | " + " | ".join(cells))
        if args.verbose:
            typed = result["typed"]
            for label, names in (("missed", typed["fn_list"]), ("false+", typed["fp_list"]), ("ignored", typed["ignored"])):
                if names:
                    print(f"    {label:<8} " + "; ".join(names))
    print(rule)
    summary = {}
    for mode in ("typed", "untyped"):
        tp, fp, fn = totals[mode]
        summary[mode] = rates(tp, fp, fn)
        p, r, f = summary[mode]
        print(f"total {mode + ':':<9}TP={tp} FP={fp} FN={fn} P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.json:
        document = {"files": per_file, **{mode: dict(zip(("p", "r", "f1"), summary[mode])) for mode in summary}}
        args.json.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    (pt, rt, ft), (_, _, fu) = summary["typed"], summary["untyped"]
    print(f"F1 typed={ft:.2f} untyped={fu:.2f} P={pt:.2f} R={rt:.2f}")


def main(argv=None):
    try:
        run(arguments(argv))
    except BadInput as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
