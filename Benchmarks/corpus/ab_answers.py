#!/usr/bin/env python3
"""Whether two kiosque binaries give the same answers on one corpus (e.g. main's and a branch's
raw starts), endpoint by endpoint.

    Benchmarks/corpus/ab_answers.py BIN_A BIN_B DATA [ENTITIES]

Starts both servers on DATA (a JSONL file or a snapshot; loopback, port 0), waits for
`/readyz`, then asks both the same requests: every list and its sorts and filters, articles
and their similar articles, the ENTITIES (default 300) most mentioned entities' pages, related
entities, mentions and article pages, searches with facets and filters, suggestions and
analyses. Bodies and ETags are compared byte for byte after gzip is undone; only the fields
that time the process are dropped (a search's `tookMs`, the stats' seconds and start time). Prints the requests per group and every difference; exits 1 on any.
"""
import gzip
import http.client
import json
import re
import subprocess
import sys
import time
import urllib.parse


def start(binary, data):
    process = subprocess.Popen([binary, "serve", "--port", "0", "--data", data, "--no-access-log"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in process.stdout:
        found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if found:
            return process, int(found.group(1))
    sys.exit(f"{binary} did not listen")


def wait_ready(port):
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        connection.request("GET", "/readyz")
        response = connection.getresponse()
        response.read()
        if response.status == 200:
            return connection
        time.sleep(0.2)


def get(connection, path):
    connection.request("GET", urllib.parse.quote(path, safe="/?=&+%,-"), headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    if response.getheader("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    timed = path.startswith("/api/v1/search") or path.startswith("/api/v1/stats")
    if timed:  # the only fields that measure this process, not the corpus
        body = re.sub(rb'"(tookMs|\w+Seconds)":[0-9.eE+-]+', rb'"\1":0', body)
        body = re.sub(rb'"startedAt":"[^"]*"', b'"startedAt":""', body)
    return response.status, None if timed else response.getheader("ETag"), body


def requests(connection, entity_count):
    def items(path):
        return json.loads(get(connection, path)[2])["items"]

    articles = items("/api/v1/articles?pageSize=100&fields=id,title,source,author")
    entities = [item["id"] for page in (1, 2, 3) for item in items(f"/api/v1/entities?pageSize=100&page={page}")][:entity_count]
    words = [w for a in articles for w in re.findall(r"\w{5,}", a["title"])][:40]
    sources = sorted({a["source"] for a in articles if a.get("source")})[:4]
    authors = sorted({a["author"] for a in articles if a.get("author")})[:4]
    groups = {
        "lists": ["/api/v1/articles", "/api/v1/articles?sort=date", "/api/v1/articles?sort=title&page=3",
                  "/api/v1/articles?sort=-title&pageSize=100", "/api/v1/articles?from=2020&to=2024-06",
                  "/api/v1/entities", "/api/v1/entities?sort=name&pageSize=100", "/api/v1/entities?type=PERSON",
                  "/api/v1/entities?q=par", "/api/v1/stats"]
                 + [f"/api/v1/articles?source={s}" for s in sources] + [f"/api/v1/articles?author={a}" for a in authors]
                 + [f"/api/v1/articles?entity={e}" for e in entities[:20]]
                 + [f"/api/v1/articles?entity={a}&entity={b}" for a, b in zip(entities[:10], entities[10:20])],
        "articles": [f"/api/v1/articles/{a['id']}" for a in articles] + [f"/api/v1/articles/{a['id']}/similar" for a in articles],
        "entities": [f"/api/v1/entities/{e}{tail}" for e in entities
                     for tail in ("", "/related", "/mentions", "/articles", "/articles?page=2", "?page=2&pageSize=5",
                                  "/related?page=2", "/mentions?page=3")],
        "search": [f"/api/v1/search?q={w}" for w in words]
                  + [f"/api/v1/search?q={a}+{b}&facets=entities,types,sources,years,months" for a, b in zip(words[:20], words[20:])]
                  + [f'/api/v1/search?q="{a}+{b}"' for a, b in zip(words[:10], words[10:20])]
                  + [f"/api/v1/search?q={w[:4]}*&sort=date" for w in words[:10]]
                  + [f"/api/v1/search?q={w}&entity={e}" for w, e in zip(words[:10], entities)],
        "suggest, analyze": [f"/api/v1/suggest?q={w[:3]}" for w in words[:20]] + [f"/api/v1/analyze?text={w}" for w in words[:10]],
    }
    return groups


def main():
    bin_a, bin_b, data = sys.argv[1:4]
    entity_count = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    servers = [start(bin_a, data), start(bin_b, data)]
    try:
        connections = [wait_ready(port) for _, port in servers]
        differences = 0
        for name, paths in requests(connections[0], entity_count).items():
            differing = 0
            for path in paths:
                a, b = (get(connection, path) for connection in connections)
                if a != b:
                    differing += 1
                    if differing <= 5:
                        print(f"  differs: {path} (status {a[0]} / {b[0]}, {len(a[2])} / {len(b[2])} bytes)")
            print(f"{name:18} {len(paths):5} requests, {differing} differing")
            differences += differing
        print(f"answers differing between A and B (timings dropped): {differences}")
        sys.exit(1 if differences else 0)
    finally:
        for process, _ in servers:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
