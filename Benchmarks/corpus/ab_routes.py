#!/usr/bin/env python3
"""Request latency of two kiosque binaries serving their own snapshot of one corpus, paired.

    Benchmarks/corpus/ab_routes.py BIN_A SNAPSHOT_A BIN_B SNAPSHOT_B [ROUNDS]

Both servers run at once (loopback, pinned to CPU 0); one client on CPU 1 sends requests one
at a time on a kept-alive connection, route group by route group, alternating A and B within
each round, so that load from other jobs falls on both alike. Groups: an article's first
request (its body built on demand: fresh ids each round), the same articles again (cached),
entity pages, entity article lists, searches, and filtered article lists. Prints per group
the median and p99 of each side (microseconds, over all rounds) and the ratio B/A; answers
are compared byte for byte between the sides.
"""
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse


def start(binary, snapshot):
    process = subprocess.Popen(["taskset", "-c", "0", binary, "serve", "--port", "0", "--data", snapshot, "--no-access-log"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    for line in process.stdout:
        found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if found:
            port = int(found.group(1))
            break
    if port is None:
        sys.exit(f"{binary} did not listen")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while True:
        connection.request("GET", "/readyz")
        response = connection.getresponse()
        response.read()
        if response.status == 200:
            return process, connection
        time.sleep(0.05)


def get(connection, path):
    path = urllib.parse.quote(path, safe="/?=&+%")
    started = time.perf_counter_ns()
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter_ns() - started) / 1000
    return elapsed, response.status, body


def fetch_json(connection, path):
    connection.request("GET", urllib.parse.quote(path, safe="/?=&+%"))
    response = connection.getresponse()
    return json.loads(response.read())


def route_groups(connection, rounds):
    ids = []
    page = 1
    while len(ids) < 100 * (rounds + 1):
        items = fetch_json(connection, f"/api/v1/articles?fields=id&pageSize=100&page={page}")["items"]
        if not items:
            break
        ids += [item["id"] for item in items]
        page += 1
    entities = [item["id"] for item in fetch_json(connection, "/api/v1/entities?pageSize=100")["items"]]
    titles = [item["title"] for item in fetch_json(connection, "/api/v1/articles?fields=title&pageSize=100&sort=title")["items"]]
    words = [w for t in titles for w in re.findall(r"\w{5,}", t)][:60]
    sources = sorted({item["source"] for item in fetch_json(connection, "/api/v1/articles?fields=source&pageSize=100")["items"]
                      if item.get("source")})[:5]
    searches = [f"/api/v1/search?q={w}" for w in words[:40]] + [f"/api/v1/search?q={a}+{b}" for a, b in zip(words[40:50], words[50:60])]
    lists = ([f"/api/v1/articles?source={s.replace(' ', '+')}" for s in sources]
             + [f"/api/v1/articles?entity={e}" for e in entities[:10]])
    fresh = lambda r: [f"/api/v1/articles/{i}" for i in ids[100 * r:100 * (r + 1)]]
    return {
        "article, first request": fresh,
        "article, cached": lambda r: [f"/api/v1/articles/{i}" for i in ids[:100]],
        "entity": lambda r: [f"/api/v1/entities/{e}" for e in entities],
        "entity articles p2": lambda r: [f"/api/v1/entities/{e}/articles?page=2" for e in entities],
        "search": lambda r: searches,
        "filtered list": lambda r: lists,
    }


def main():
    bin_a, snap_a, bin_b, snap_b = sys.argv[1:5]
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    os.sched_setaffinity(0, {1})
    servers = {"A": start(bin_a, snap_a), "B": start(bin_b, snap_b)}
    try:
        groups = route_groups(servers["A"][1], rounds)
        # Warm the cached group once on each side (round 0's fresh ids are then the cached ones).
        for side in "AB":
            for path in groups["article, cached"](0):
                get(servers[side][1], path)
        times = {(name, side): [] for name in groups for side in "AB"}
        mismatches = 0
        print(f"load: {os.getloadavg()}")
        for round_number in range(1, rounds + 1):
            for name, paths in groups.items():
                bodies = {}
                for side in ("AB" if round_number % 2 else "BA"):
                    connection = servers[side][1]
                    for path in paths(round_number):
                        elapsed, status, body = get(connection, path)
                        times[(name, side)].append(elapsed)
                        bodies.setdefault(path, {})[side] = (status, body)
                mismatches += sum(1 for answers in bodies.values() if answers["A"] != answers["B"] and "search" not in name)
        print(f"load: {os.getloadavg()}")
        print(f"{'group':24} {'n':>5} {'A p50':>8} {'B p50':>8} {'B/A':>5} {'A p99':>8} {'B p99':>8} {'B/A':>5}  (µs)")
        for name in groups:
            a, b = sorted(times[(name, "A")]), sorted(times[(name, "B")])
            p = lambda values, q: values[min(len(values) - 1, int(q * len(values)))]
            print(f"{name:24} {len(a):5} {statistics.median(a):8.0f} {statistics.median(b):8.0f} {statistics.median(b) / statistics.median(a):5.2f}"
                  f" {p(a, 0.99):8.0f} {p(b, 0.99):8.0f} {p(b, 0.99) / p(a, 0.99):5.2f}")
        print(f"answers differing between A and B (search excluded: tookMs): {mismatches}")
    finally:
        for process, connection in servers.values():
            connection.close()
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
