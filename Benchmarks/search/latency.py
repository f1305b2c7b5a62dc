#!/usr/bin/env python3
"""Search latency of kiosque on a synthetic corpus, as the server measures it in-process
(the `tookMs` of each response: parse, match, score, facets, page and highlights).

    python3 Benchmarks/search/latency.py --binary .build/release/kiosque --data .build-bench/corpus-10000.jsonl

Starts the server, waits for it to be ready (load and index times come from /api/v1/stats),
runs a fixed mix of 1–3 word, phrase, prefix and typo queries one at a time, and prints p50,
p90 and p99 per kind and overall. Standard library only.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from query_mix import QUERIES  # noqa: E402  (shared with peers.py)


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    server = subprocess.Popen([args.binary, "--port", "0", "--data", args.data, "--no-access-log"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    deadline = time.time() + 600
    while time.time() < deadline and port is None:
        line = server.stdout.readline()
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if match:
            port = int(match.group(1))
    if port is None:
        server.kill()
        sys.exit("server did not start")
    base = f"http://127.0.0.1:{port}"
    while True:  # kiosque listens while it loads: wait for /readyz 200
        try:
            if urllib.request.urlopen(base + "/readyz", timeout=5).status == 200:
                break
        except OSError:
            pass
        if server.poll() is not None:
            raise SystemExit("kiosque exited while loading")
        time.sleep(0.05)
    try:
        stats = get(base, "/api/v1/stats")
        print(f"corpus: {stats['articles']} articles, {stats['entities']} entities; load {stats['loadSeconds']:.1f} s, index {stats['indexSeconds']:.1f} s")
        timings = {kind: [] for kind in QUERIES}
        for _ in range(args.rounds):
            for kind, queries in QUERIES.items():
                for query in queries:
                    result = get(base, "/api/v1/search?q=" + urllib.parse.quote(query))
                    timings[kind].append(result["tookMs"])
        everything = []
        for kind, values in timings.items():
            everything += values
            values.sort()
            print(f"{kind:10} n={len(values):4}  p50 {statistics.median(values):7.2f} ms  p90 {values[int(0.9 * (len(values) - 1))]:7.2f} ms  p99 {values[int(0.99 * (len(values) - 1))]:7.2f} ms")
        everything.sort()
        print(f"{'all':10} n={len(everything):4}  p50 {statistics.median(everything):7.2f} ms  p99 {everything[int(0.99 * (len(everything) - 1))]:7.2f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
