#!/usr/bin/env bash
# Scores the entity extractor on every annotated set with Tests/Fixtures/gold/score.py:
# the two seeds, our fixtures (written with the rules), and the held-out sets (annotated by
# hand before the extractor ran on them; see each set's README for what it was tuned on).
#   Benchmarks/entities/score.sh [-v]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# SCORER=other.py compares another scorer with ours on the same predictions.
SCORER="${SCORER:-$ROOT/Tests/Fixtures/gold/score.py}"
swift build -c release --product kiosque >/dev/null
BIN="$(swift build -c release --show-bin-path)/kiosque"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
score() {  # name articles-dir gold-dir
    mkdir -p "$OUT/$1"
    "$BIN" extract --out "$OUT/$1" "$2" >/dev/null
    printf '%-10s ' "$1"
    python3 "$SCORER" "$3" "$OUT/$1" "${@:4}" | tail -1
}
score seeds seeds Tests/Fixtures/gold "$@"
for set in Fixtures Holdout Holdout2 Holdout3 Holdout4 Holdout5 Holdout6 Holdout7 Holdout8 Holdout9 Holdout10 Holdout11 Holdout12 Holdout13 Holdout14 Holdout15 Holdout16 Holdout17 Holdout18 Holdout19 Holdout20 Holdout21 Holdout22 Holdout23 Holdout24 Holdout25 Holdout26 Holdout27 Holdout28 Holdout30 Holdout31 Holdout32 Holdout33 Holdout34 Holdout35 Holdout36 Holdout37 Holdout38 Holdout39 Holdout40 Holdout41 Holdout42 Holdout43 Holdout44 Holdout45 Holdout46 Holdout47 Holdout48 Holdout49 Holdout50 Holdout51 Holdout52 Holdout53 Holdout54 Holdout55 Holdout56 Holdout57 Holdout58 Holdout59 Holdout60 Holdout61 Holdout62 Holdout63 Holdout64 Holdout65 Holdout66 Holdout67 Holdout68 Holdout69 Holdout70 Holdout71 Holdout72 Holdout73 Holdout74 Holdout75 Holdout76 Holdout77 Holdout78 Holdout79 Holdout80 Holdout81 Holdout82 Holdout83 Holdout84 Holdout85 Holdout86 Holdout87 Holdout88 Holdout89 Holdout90 Holdout91 Holdout92 Holdout93 Holdout94 Holdout95 Holdout96 Holdout97 Holdout98 Holdout99 Holdout100 Holdout101 Holdout102 Holdout103 Holdout104 Holdout105 Holdout106 Holdout107 Holdout108 Holdout109 Holdout110 Holdout111 Holdout112 Holdout113 Holdout114 Holdout115 Holdout116 Holdout117 Holdout118 Holdout119 Holdout120 Holdout121 Holdout122 Holdout123 Holdout124 Holdout125 Holdout126 Holdout127 Holdout128 Holdout129 Holdout130 Holdout131 Holdout132 Holdout133 Holdout134 Holdout135 Holdout136 Holdout137 Holdout138 Holdout139 Holdout140 Holdout141 Holdout142 Holdout143 Holdout144 Holdout145 Holdout146 Holdout147 Holdout148 Holdout149 Holdout150 Holdout151 Holdout152 Holdout153 Holdout154 Holdout155 Holdout156 Holdout157 Holdout158 Holdout159 Holdout160 Holdout161 Holdout162 Holdout163 Holdout164 Holdout165 Holdout166 Holdout167 Holdout168 Holdout169 Holdout170 Holdout171 Holdout172 Holdout173 Holdout174 Holdout175 Holdout176 Holdout177; do
    score "$set" "Tests/KiosqueCorpusTests/$set/articles" "Tests/KiosqueCorpusTests/$set/gold" "$@"
done
