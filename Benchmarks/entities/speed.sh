#!/usr/bin/env bash
# Entity extraction speed against a peer build, side by side: `kiosque check` on the
# generated corpus (Benchmarks/corpus/make.sh N), the two binaries run in turn (interleaved,
# so that load from other work on the machine hits both alike). Prints each run's user CPU and
# the `entities … ms` the load report gives, then the medians and the ratio this build / peer.
#   Benchmarks/entities/speed.sh PEER_BINARY [N=10000] [ROUNDS=5]
# PEER_BINARY is a release `kiosque` built from the commit to compare with (e.g. main's).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PEER="${1:?usage: speed.sh PEER_BINARY [N] [ROUNDS]}"
N="${2:-10000}"
ROUNDS="${3:-5}"
cd "$ROOT"
CORPUS="$(Benchmarks/corpus/make.sh "$N")"
swift build -c release --product kiosque >/dev/null
SELF="$(swift build -c release --show-bin-path)/kiosque"
python3 - "$SELF" "$PEER" "$CORPUS" "$ROUNDS" <<'PY'
import re, resource, statistics, subprocess, sys
binaries = {"this": sys.argv[1], "peer": sys.argv[2]}
corpus, rounds = sys.argv[3], int(sys.argv[4])
cpu = {name: [] for name in binaries}
entities_ms = {name: [] for name in binaries}
for round in range(rounds):
    for name, binary in binaries.items():
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        report = subprocess.run([binary, "check", corpus], capture_output=True, text=True, timeout=600).stdout
        cpu[name].append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
        found = re.search(r"entities (\d+) ms", report)
        entities_ms[name].append(int(found.group(1)) if found else float("nan"))
        print(f"round {round + 1} {name}: user {cpu[name][-1]:.2f} s, entities {entities_ms[name][-1]} ms", flush=True)
for name in binaries:
    print(f"{name}: median user {statistics.median(cpu[name]):.2f} s, median entities {statistics.median(entities_ms[name])} ms")
print(f"ratio this/peer: user CPU {statistics.median(cpu['this']) / statistics.median(cpu['peer']):.3f}, "
      f"entities ms {statistics.median(entities_ms['this']) / statistics.median(entities_ms['peer']):.3f}")
PY
