#!/usr/bin/env python3
"""Checks, on a real French collection, the search behaviours of issue 16 that a user sees at
once: typos stay near the word typed, prefixes work on surface forms, the query language's
operators and fields, phrase highlights, conditional GET and facets on demand.

    python3 Benchmarks/search/behaviours.py --binary .build/release/kiosque --data .build-bench/littre.jsonl

(make the collection with Benchmarks/search/littre.py). Starts kiosque on 127.0.0.1 (port 0),
runs every check, stops it; prints one line per check and `N passed, M failed`; exit status 1
if any failed. Ranking against a plain BM25 is checked by Benchmarks/relevance/check.py.
"""
import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from kiosque_ready import wait_until_ready  # noqa: E402


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


class Server:
    def __init__(self, binary, data, timeout):
        self.process = subprocess.Popen([binary, "--port", "0", "--data", data, "--no-access-log"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.port, ready = None, threading.Event()

        def read():
            for raw in self.process.stdout:
                match = re.search(rb"listening on http://127\.0\.0\.1:(\d+)", raw)
                if match and self.port is None:
                    self.port = int(match.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        ready.wait(timeout)
        if self.port is None:
            self.stop()
            raise SystemExit("kiosque did not start")
        wait_until_ready(self.port, self.process)  # kiosque listens while it loads

    def get(self, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, dict(response.getheaders()), (json.loads(body) if body and response.status == 200 else None)

    def search(self, query, extra=""):
        return self.get("/api/v1/search?pageSize=10&q=" + urllib.parse.quote(query) + extra)[2]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def marked(server, item):
    """The highlighted texts of a hit, read from the article."""
    article = server.get("/api/v1/articles/" + urllib.parse.quote(item["id"]))[2]
    texts = []
    for highlight in item["highlights"]:
        if highlight["field"] == "title":
            source = article["title"]
        elif highlight["field"] == "paragraph":
            source = article["paragraphs"][highlight["paragraph"]]
        else:
            continue
        units = source.encode("utf-16-le")
        texts.append(units[2 * highlight["start"]:2 * (highlight["start"] + highlight["length"])].decode("utf-16-le"))
    return texts


def checks(server):
    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")

    exact, typo = server.search("parlement "), server.search("parlemnet")
    check("typo 'parlemnet' finds what 'parlement' finds, no more", typo["total"] == exact["total"],
          f"{typo['total']} vs {exact['total']}")
    stray = {fold(t) for item in typo["items"] for t in marked(server, item)} & {"par", "pal", "pale", "paris", "part"}
    check("typo highlights none of par, pal, pâle, paris, part", not stray, str(sorted(stray)))
    check("a 4-letter typo is not corrected ('chst')", server.search("chst ")["total"] == 0)

    tele = server.search("télé*")
    words = {fold(t) for item in tele["items"] for t in marked(server, item)}
    check("'télé*' marks only words starting with 'tele'", bool(words) and all(w.startswith("tele") for w in words), str(sorted(words)[:8]))

    roi, both = server.search("roi ")["total"], server.search("roi France ")["total"]
    check("'roi AND France' = 'roi France'", server.search("roi AND France ")["total"] == both, str(both))
    check("'roi NOT France' = roi − (roi AND France)", server.search("roi NOT France ")["total"] == roi - both)
    check("'roi -France' = 'roi NOT France'", server.search("roi -France ")["total"] == roi - both)
    either = server.search("(navire OR vaisseau) AND mer ")["total"]
    a, b = server.search("navire mer ")["total"], server.search("vaisseau mer ")["total"]
    check("'(navire OR vaisseau) AND mer' between its parts", max(a, b) <= either <= a + b, f"{a}, {b} → {either}")

    title = server.search("title:navire ")
    check("'title:navire' finds titles with navire", title["total"] > 0
          and all("navire" in fold(item["title"]) for item in title["items"]), str(title["total"]))

    phrase = server.search('"tout à coup"')
    texts = [fold(t) for item in phrase["items"] for t in marked(server, item)]
    check("'\"tout à coup\"' is highlighted as the phrase", bool(texts) and all(t == "tout a coup" for t in texts), str(texts[:4]))
    for quotes in ('« tout à coup »', '“tout à coup”'):
        check(f"{quotes} = \"tout à coup\"", server.search(quotes)["total"] == phrase["total"])

    for query in ["(navire", "navire)", '"tout à', "OR", "NOT", "title:", "((((", "a OR OR b", "-"]:
        status = server.get("/api/v1/search?q=" + urllib.parse.quote(query))[0]
        check(f"malformed {query!r} is no 5xx", status < 500, str(status))

    unmarked = [item["id"] for q in ["navire", "roi France", "astro*", "vaiseau"] for item in server.search(q)["items"] if not item["highlights"]]
    check("every hit has a highlight", not unmarked, str(unmarked[:5]))

    status, headers, _ = server.get("/api/v1/search?q=navire")
    tag = headers.get("ETag")
    check("search has an ETag", bool(tag))
    check("If-None-Match gives 304", bool(tag) and server.get("/api/v1/search?q=navire", {"If-None-Match": tag})[0] == 304)

    check("facets=none counts nothing", server.search("navire", "&facets=none")["facets"] == {})
    small = server.search("navire", "&facets=entities&facetSize=3")["facets"]
    check("facetSize=3", list(small) == ["entities"] and len(small["entities"]) == 3)
    people = server.search("navire", "&facets=entities&type=PERSON&facetSize=20")["facets"]["entities"]
    check("type=PERSON restricts entity facets", bool(people) and all(e["type"] == "PERSON" for e in people))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--startup-timeout", type=float, default=1800)
    options = parser.parse_args()
    server = Server(options.binary, options.data, options.startup_timeout)
    try:
        results = checks(server)
    finally:
        server.stop()
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
