#!/usr/bin/env bash
# Whether two builds extract the same entities: `kiosque extract` of every annotated set
# (the seeds, Fixtures, Holdout*) by both binaries, compared file by file; with N, also the
# whole extraction of the generated corpus of N articles (Benchmarks/corpus/make.sh N).
# Prints each changed file and exits 1 when any output differs. For changes that must not
# change behaviour (speed work): compare against a release build of the base commit.
#   Benchmarks/entities/diff_extract.sh BASE_BINARY [OTHER_BINARY=this build] [N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="${1:?usage: diff_extract.sh BASE_BINARY [OTHER_BINARY] [N]}"
OTHER="${2:-}"
N="${3:-}"
cd "$ROOT"
if [[ -z $OTHER ]]; then
    swift build -c release --product kiosque >/dev/null
    OTHER="$(swift build -c release --show-bin-path)/kiosque"
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
sets=(seeds)
for dir in Tests/KiosqueCorpusTests/Fixtures Tests/KiosqueCorpusTests/Holdout*; do
    [[ -d $dir/articles ]] && sets+=("$(basename "$dir")")
done
changed=0
for set in "${sets[@]}"; do
    articles="Tests/KiosqueCorpusTests/$set/articles"
    [[ $set == seeds ]] && articles=seeds
    for side in base other; do
        binary="$BASE"; [[ $side == other ]] && binary="$OTHER"
        mkdir -p "$OUT/$side/$set"
        "$binary" extract --out "$OUT/$side/$set" "$articles" >/dev/null
    done
    files=$(find "$OUT/base/$set" -type f | wc -l)
    if diff_out=$(diff -rq "$OUT/base/$set" "$OUT/other/$set"); then
        printf '%-10s %3d files identical\n' "$set" "$files"
    else
        changed=1
        printf '%-10s %3d files, changed:\n' "$set" "$files"
        printf '%s\n' "$diff_out" | sed "s|$OUT/||g; s|^|    |"
    fi
done
if [[ -n $N ]]; then
    corpus="$(Benchmarks/corpus/make.sh "$N")"
    "$BASE" extract "$corpus" >"$OUT/base-corpus.json"
    "$OTHER" extract "$corpus" >"$OUT/other-corpus.json"
    if cmp -s "$OUT/base-corpus.json" "$OUT/other-corpus.json"; then
        echo "corpus of $N: extraction identical ($(wc -c <"$OUT/base-corpus.json") bytes)"
    else
        changed=1
        echo "corpus of $N: extraction differs; first differing lines:"
        diff "$OUT/base-corpus.json" "$OUT/other-corpus.json" | head -20 | sed 's/^/    /'
    fi
fi
exit "$changed"
