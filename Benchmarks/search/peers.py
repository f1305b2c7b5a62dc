#!/usr/bin/env python3
"""Kiosque's search beside SQLite FTS5 and tantivy, on the same documents and the same queries,
each engine timed in-process, in one run.

    python3 Benchmarks/search/peers.py --binary .build/release/kiosque \\
        --data .build-bench/corpus-100000.jsonl --rounds 5 --json .build-bench/peers-100000.json

(Benchmarks/search/peers.sh installs what is missing, makes the corpus and runs this.)

- kiosque: the server is started on the file; its index build time is `indexSeconds` of
  /api/v1/stats, its memory VmHWM / VmRSS of the server process once it listens, and each
  query's time is the `tookMs` the server measures around the search (parse, match, score,
  facets over all hits, page, snippets and highlights).
- fts5: Python's sqlite3, an in-memory database with an FTS5 table (title, body) tokenized
  `unicode61 remove_diacritics 2`, ranked by bm25() with the title weighted like kiosque's (2).
  A query's time is perf_counter_ns around the top-10 MATCH query and the COUNT of all matches.
- tantivy: the PyPI binding, an in-RAM index of title and body with a French analyzer (simple
  tokenizer, lowercase, Snowball French stemmer, ASCII folding); each query's objects are built
  once (the way its users run a query: parse once, search), and its time is perf_counter_ns
  around searcher.search(query, 10, count=True) alone: top-10 addresses and the exact count.
- kiosque-nofacets: the same kiosque server, each query sent with `facets=none`.

Each peer runs in its own Python subprocess (so that its memory is its own, measured as the
growth of that process's RSS across the build, the documents being already in memory), driven
over a pipe by this process. The measured rounds are interleaved across engines (round 1:
kiosque, fts5, tantivy; round 2: fts5, tantivy, kiosque; ...) so that machine noise falls on all
of them alike. Queries run one at a time: single-threaded.
"""
import argparse
import http.client
import json
import math
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse

# The shared query mix (query_mix.py). "typo" queries are misspellings: kiosque corrects them
# by itself; tantivy gets a fuzzy term query with kiosque's edit distance; FTS5 has no typo
# tolerance and runs the misspelled word as it is.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from query_mix import MIXES  # noqa: E402
from kiosque_ready import wait_until_ready  # noqa: E402
QUERIES = MIXES["news"]
KINDS = list(QUERIES)
ENGINES = ["kiosque", "kiosque-nofacets", "fts5", "tantivy"]
TITLE_WEIGHT = 2.0  # kiosque's title field weight (body 1)
TOP = 10


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def proc_status(pid="self"):
    """VmRSS and VmHWM of a process, in bytes."""
    values = {}
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) * 1024
    return values


def folded_length(word):
    return len("".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)))


def typo_distance(word):
    """Kiosque's typo tolerance: 1 edit from 5 letters, 2 from 9."""
    length = folded_length(word)
    return 2 if length >= 9 else 1 if length >= 5 else 0


# MARK: - Query translation

def parse_query(text):
    """The clauses of a query in kiosque's language, as far as this mix uses it: quoted phrases,
    `prefix*` words and plain words (all required)."""
    clauses = []
    for match in re.finditer(r'"([^"]*)"?|(\S+)', text):
        if match.group(1) is not None:
            words = match.group(1).split()
            if words:
                clauses.append({"op": "phrase", "words": words})
        else:
            word = match.group(2)
            if word.endswith("*"):
                clauses.append({"op": "prefix", "word": word.rstrip("*")})
            else:
                clauses.append({"op": "term", "word": word})
    return clauses


def translate(kind, text, is_stop_word):
    """The engine-neutral form of a query that the peers build their own queries from: plain
    words that kiosque ignores as stop words (when the query has other words) are dropped, and
    in "typo" queries the words become fuzzy terms with kiosque's edit distance."""
    clauses = parse_query(text)
    if any(c["op"] != "term" or not is_stop_word(c["word"]) for c in clauses):
        clauses = [c for c in clauses if c["op"] != "term" or not is_stop_word(c["word"])]
    if kind == "typo":
        for clause in clauses:
            if clause["op"] == "term" and typo_distance(clause["word"]) > 0:
                clause["op"] = "fuzzy"
                clause["distance"] = typo_distance(clause["word"])
    return clauses


# MARK: - Documents (peers)

def read_documents(path):
    """(id, title, paragraphs) per valid JSONL line, as kiosque loads them (docs/jsonl.md):
    lines without a string title or a non-empty paragraph list are skipped, duplicates (same id
    or URL) are kept once."""
    documents, seen_ids, seen_urls = [], set(), set()
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            title, paragraphs = record.get("title"), record.get("paragraphs")
            if not isinstance(title, str) or not isinstance(paragraphs, list) or not paragraphs \
                    or not all(isinstance(p, str) for p in paragraphs):
                continue
            identifier = record.get("id") if isinstance(record.get("id"), str) else None
            url = record.get("url") if isinstance(record.get("url"), str) else None
            if (identifier and identifier in seen_ids) or (url and url in seen_urls):
                continue
            if identifier:
                seen_ids.add(identifier)
            if url:
                seen_urls.add(url)
            documents.append((identifier or f"line-{number}", title, paragraphs))
    return documents


# MARK: - Peer engines (each in its own worker process)

class FTS5Engine:
    name = "fts5"

    def __init__(self, options):
        self.prefix_index = options.fts5_prefix_index

    def build(self, documents):
        self.db = sqlite3.connect(":memory:")
        prefix = f", prefix='{self.prefix_index}'" if self.prefix_index else ""
        self.db.execute(f"CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61 remove_diacritics 2'{prefix})")
        self.db.execute("INSERT INTO docs(docs, rank) VALUES('rank', ?)", (f"bm25({TITLE_WEIGHT}, 1.0)",))
        with self.db:
            self.db.executemany("INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)",
                                ((number + 1, title, "\n".join(paragraphs)) for number, (_, title, paragraphs) in enumerate(documents)))
        self.db.execute("INSERT INTO docs(docs) VALUES('optimize')")
        pages = self.db.execute("PRAGMA page_count").fetchone()[0] * self.db.execute("PRAGMA page_size").fetchone()[0]
        return {"sqliteVersion": sqlite3.sqlite_version, "databaseBytes": pages,
                "tokenizer": "unicode61 remove_diacritics 2", "prefixIndex": self.prefix_index or None}

    @staticmethod
    def quoted(text):
        return '"' + text.replace('"', '""') + '"'

    def expression(self, clauses):
        parts = []
        for clause in clauses:
            if clause["op"] == "phrase":
                parts.append(self.quoted(" ".join(clause["words"])))
            elif clause["op"] == "prefix":
                parts.append(self.quoted(clause["word"]) + "*")
            else:  # term, and fuzzy: FTS5 has no typo tolerance, so the word as typed
                parts.append(self.quoted(clause["word"]))
        return " AND ".join(parts)

    def prepare(self, clauses):
        return self.expression(clauses)

    def run(self, clauses):
        started = time.perf_counter_ns()
        expression = self.expression(clauses)
        top = self.db.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?", (expression, TOP)).fetchall()
        total = self.db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (expression,)).fetchone()[0]
        elapsed = time.perf_counter_ns() - started
        return elapsed, total, [row[0] - 1 for row in top]


class TantivyEngine:
    name = "tantivy"

    def __init__(self, options):
        import tantivy
        self.tantivy = tantivy
        self.threads = options.tantivy_threads
        self.heap = options.tantivy_heap_mb * 1_000_000
        self.built = {}
        T = tantivy
        # French: Snowball stemmer on lower-cased words, then accents folded (kiosque also folds
        # after stemming). Prefixes are folded but not stemmed: they are matched against stems.
        self.analyzer = (T.TextAnalyzerBuilder(T.Tokenizer.simple()).filter(T.Filter.remove_long(40))
                         .filter(T.Filter.lowercase()).filter(T.Filter.stemmer("french")).filter(T.Filter.ascii_fold()).build())
        self.folder = (T.TextAnalyzerBuilder(T.Tokenizer.simple()).filter(T.Filter.remove_long(40))
                       .filter(T.Filter.lowercase()).filter(T.Filter.ascii_fold()).build())

    def build(self, documents):
        T = self.tantivy
        builder = T.SchemaBuilder()
        builder.add_text_field("title", tokenizer_name="fr_kiosque")
        builder.add_text_field("body", tokenizer_name="fr_kiosque")
        builder.add_integer_field("n", fast=True)
        self.schema = builder.build()
        self.index = T.Index(self.schema)  # in RAM
        self.index.register_tokenizer("fr_kiosque", self.analyzer)
        writer = self.index.writer(heap_size=self.heap, num_threads=self.threads)
        for number, (_, title, paragraphs) in enumerate(documents):
            # Paragraphs as values of one field: no phrase matches across two of them.
            writer.add_document(T.Document(title=title, body=paragraphs, n=number))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        return {"tantivyVersion": getattr(T, "__version__", "?"), "segments": self.searcher.num_segments,
                "analyzer": "simple + remove_long(40) + lowercase + stemmer(french) + ascii_fold",
                "writerThreads": self.threads, "writerHeapMB": self.heap // 1_000_000}

    def field_query(self, field, clause):
        Q = self.tantivy.Query
        if clause["op"] == "prefix":
            words = self.folder.analyze(clause["word"])
            return Q.phrase_prefix_query(self.schema, field, words) if words else None
        if clause["op"] == "fuzzy":
            words = self.analyzer.analyze(clause["word"])
            if len(words) == 1:
                return Q.fuzzy_term_query(self.schema, field, words[0], distance=clause["distance"], transposition_cost_one=True)
        else:
            words = self.analyzer.analyze(" ".join(clause["words"]) if clause["op"] == "phrase" else clause["word"])
        if not words:
            return None
        if len(words) == 1:
            return Q.term_query(self.schema, field, words[0])
        return Q.phrase_query(self.schema, field, words)

    def query(self, clauses):
        T = self.tantivy
        Q, Occur = T.Query, T.Occur
        required = []
        for clause in clauses:
            title, body = self.field_query("title", clause), self.field_query("body", clause)
            if title is None:
                continue
            required.append(Q.boolean_query([(Occur.Should, Q.boost_query(title, TITLE_WEIGHT)), (Occur.Should, body)]))
        if not required:
            return Q.empty_query()
        return required[0] if len(required) == 1 else Q.boolean_query([(Occur.Must, q) for q in required])

    def prepare(self, clauses):
        return repr(self.query(clauses))

    def run(self, clauses):
        # Built once per query and kept for every round: only the search is timed.
        key = json.dumps(clauses, sort_keys=True)
        if key not in self.built:
            self.built[key] = self.query(clauses)
        query = self.built[key]
        started = time.perf_counter_ns()
        result = self.searcher.search(query, TOP, count=True)
        hits, total = result.hits, result.count
        elapsed = time.perf_counter_ns() - started
        numbers = self.searcher.fast_field_values("n", [address for _, address in hits]) if hits else []
        return elapsed, total, numbers


def worker(options):
    """A peer engine in this process: builds its index, then answers rounds of queries read as
    JSON lines on stdin with JSON lines on stdout."""
    engine = {"fts5": FTS5Engine, "tantivy": TantivyEngine}[options.worker](options)
    started = time.perf_counter()
    documents = read_documents(options.data)
    read_seconds = time.perf_counter() - started
    ids = [identifier for identifier, _, _ in documents]
    before = proc_status()
    started = time.perf_counter()
    info = engine.build(documents)
    build_seconds = time.perf_counter() - started
    after = proc_status()
    out = sys.stdout
    out.write(json.dumps({"ready": True, "documents": len(documents), "readSeconds": read_seconds, "buildSeconds": build_seconds,
                          "rssBeforeBytes": before["VmRSS"], "rssBytes": after["VmRSS"], "peakBytes": after["VmHWM"],
                          "indexBytes": after["VmRSS"] - before["VmRSS"], "peakIndexBytes": after["VmHWM"] - before["VmRSS"],
                          "info": info}) + "\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("describe"):
            reply = {"described": [engine.prepare(clauses) for clauses in request["describe"]]}
        else:
            results = []
            for clauses in request["queries"]:
                elapsed, total, top = engine.run(clauses)
                results.append({"ns": elapsed, "total": total, "top": [ids[n] for n in top]})
            reply = {"results": results}
        out.write(json.dumps(reply) + "\n")
        out.flush()


class PeerProcess:
    def __init__(self, name, options):
        command = [sys.executable, os.path.abspath(__file__), "--worker", name, "--data", options.data,
                   "--tantivy-threads", str(options.tantivy_threads), "--tantivy-heap-mb", str(options.tantivy_heap_mb),
                   "--fts5-prefix-index", options.fts5_prefix_index]
        self.name = name
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"{name}: the worker exited (code {self.process.wait()})")
        self.ready = json.loads(line)

    def ask(self, request):
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"{self.name}: the worker exited (code {self.process.wait()})")
        return json.loads(line)

    def run(self, queries):
        return self.ask({"queries": [q["clauses"] for q in queries]})["results"]

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# MARK: - Kiosque (the server)

class KiosqueServer:
    name = "kiosque"

    def __init__(self, options):
        self.exact_last = options.exact_last
        self.extra = ""
        self.process = subprocess.Popen([options.binary, "--port", "0", "--data", options.data, "--no-access-log"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace")
        port, deadline, lines = None, time.time() + options.startup_timeout, []
        while time.time() < deadline and port is None:
            line = self.process.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip())
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if match:
                port = int(match.group(1))
        if port is None:
            self.process.kill()
            raise SystemExit("kiosque did not start:\n" + "\n".join(lines[-20:]))
        # Keep draining the log so that the server never blocks on a full pipe (and keep its lines).
        threading.Thread(target=lambda: [lines.append(line.rstrip()) for line in self.process.stdout], daemon=True).start()
        wait_until_ready(port, self.process)  # kiosque listens while it loads
        # The index figures are in the "ready after" line, logged as /readyz turns 200.
        deadline = time.time() + 10
        while time.time() < deadline and not any("(index " in line for line in lines):
            time.sleep(0.05)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        memory = proc_status(self.process.pid)
        stats = self.get("/api/v1/stats")
        # The index's own arrays, as the server logs them at start-up.
        logged = next((re.search(r"\(index (\d+) MB, postings (\d+) MB\)", line) for line in list(lines) if "(index " in line), None)
        index_bytes = int(logged.group(1)) * 1_000_000 if logged else None
        self.ready = {"documents": stats["articles"], "buildSeconds": stats["indexSeconds"], "loadSeconds": stats["loadSeconds"],
                      "rssBytes": memory["VmRSS"], "peakBytes": memory["VmHWM"], "indexBytes": index_bytes, "peakIndexBytes": None,
                      "info": {"entities": stats.get("entities"), "version": stats.get("version"),
                               "prefixLastWord": not self.exact_last}}
        self._stop_words = {}

    def get(self, path):
        for attempt in range(2):
            try:
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                body = response.read()
                if response.status != 200:
                    raise SystemExit(f"kiosque: GET {path}: {response.status} {body[:300]!r}")
                return json.loads(body)
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                if attempt:
                    raise
        raise AssertionError

    def is_stop_word(self, word):
        if word not in self._stop_words:
            tokens = self.get("/api/v1/analyze?text=" + urllib.parse.quote(word))["tokens"]
            self._stop_words[word] = bool(tokens) and all(token["stopWord"] for token in tokens)
        return self._stop_words[word]

    def run(self, queries):
        results = []
        for query in queries:
            text = query["text"] + (" " if self.exact_last else "")
            started = time.perf_counter_ns()
            answer = self.get(f"/api/v1/search?pageSize={TOP}{self.extra}&q=" + urllib.parse.quote(text))
            round_trip = time.perf_counter_ns() - started
            results.append({"ns": int(answer["tookMs"] * 1e6), "total": answer["total"],
                            "top": [item["id"] for item in answer["items"]], "roundTripNs": round_trip})
        return results

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class KiosqueAttached(KiosqueServer):
    """A kiosque server that is already running (`--baseline-port`: typically the build before a
    change, started by hand on the same corpus), measured interleaved with the others so that a
    change is judged against its predecessor under the same load. Not stopped at the end."""

    name = "kiosque-baseline"

    def __init__(self, options, port, extra=""):
        self.exact_last, self.extra, self.process = options.exact_last, extra, None
        wait_until_ready(port, None)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        stats = self.get("/api/v1/stats")
        self.ready = {"documents": stats["articles"], "buildSeconds": stats["indexSeconds"], "loadSeconds": stats["loadSeconds"],
                      "rssBytes": 0, "peakBytes": 0, "indexBytes": None, "peakIndexBytes": None,
                      "info": {"entities": stats.get("entities"), "version": stats.get("version"), "attached": port}}
        self._stop_words = {}

    def close(self):
        self.connection.close()


class KiosqueVariant:
    """The same kiosque server, asked with extra parameters (`facets=none`)."""

    def __init__(self, server, name, extra):
        self.server, self.name, self.extra = server, name, extra
        self.ready = dict(server.ready, buildSeconds=server.ready["buildSeconds"])

    def run(self, queries):
        saved, self.server.extra = self.server.extra, self.extra
        try:
            return self.server.run(queries)
        finally:
            self.server.extra = saved

    def close(self):
        pass


# MARK: - Report

def percentile(values, fraction):
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summarize(samples_ms):
    return {"n": len(samples_ms), "p50": statistics.median(samples_ms), "p99": percentile(samples_ms, 0.99),
            "mean": statistics.fmean(samples_ms), "max": max(samples_ms)}


def fmt_ms(value):
    return f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def fmt_mb(value):
    return "—" if value is None else f"{value / 1e6:.0f}"


def markdown(report):
    engines = report["engines"]
    lines = [f"{report['corpus']['documents']} articles ({os.path.basename(report['corpus']['path'])}), {len(report['queries'])} queries × "
             f"{report['rounds']} rounds (after {report['warmup']} warm-up), one at a time; times in ms, p50 / p99.", ""]
    header = ["engine", "build s", "RSS MB", "peak MB", "index Δ MB", "all p50", "all p99"] + KINDS
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for name, engine in engines.items():
        s = engine["summary"]
        row = [name, f"{engine['buildSeconds']:.2f}", fmt_mb(engine["rssBytes"]), fmt_mb(engine["peakBytes"]),
               fmt_mb(engine["indexBytes"]), fmt_ms(s["all"]["p50"]), fmt_ms(s["all"]["p99"])]
        for kind in KINDS:
            cell = f"{fmt_ms(s[kind]['p50'])} / {fmt_ms(s[kind]['p99'])}"
            if kind == "typo" and name == "fts5":
                cell += " (no typo tolerance)"
            row.append(cell)
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    goal = report.get("goal")
    if goal:
        lines.append(goal)
        lines.append("")
    names = list(engines)
    header = ["kind", "query"] + [f"{n} hits" for n in names] + [f"{n} top-10 ∩ kiosque" for n in names if n != "kiosque" and "kiosque" in names]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for index, query in enumerate(report["queries"]):
        row = [query["kind"], query["text"].replace("|", "\\|")]
        row += [str(engines[n]["totals"][index]) for n in names]
        if "kiosque" in names:
            reference = set(engines["kiosque"]["tops"][index])
            row += [f"{len(reference & set(engines[n]['tops'][index]))}/{min(TOP, len(reference))}" for n in names if n != "kiosque"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="the kiosque executable (required unless kiosque is left out of --engines)")
    parser.add_argument("--data", required=True, help="the JSONL corpus (docs/jsonl.md)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds first")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset of " + ",".join(ENGINES))
    parser.add_argument("--json", help="write the results here as JSON")
    parser.add_argument("--exact-last", action="store_true",
                        help="send kiosque each query with a trailing space, so that its last word is not also a prefix (search as you type)")
    parser.add_argument("--startup-timeout", type=float, default=3600)
    parser.add_argument("--tantivy-threads", type=int, default=0, help="index writer threads (0: tantivy's choice, all cores up to 8)")
    parser.add_argument("--tantivy-heap-mb", type=int, default=512, help="index writer memory budget")
    parser.add_argument("--fts5-prefix-index", default="", help="FTS5 prefix option, e.g. '2 3' (default: none)")
    parser.add_argument("--mix", choices=sorted(MIXES), default="news", help="the query mix (query_mix.py)")
    parser.add_argument("--baseline-port", type=int,
                        help="also measure a kiosque already listening on this 127.0.0.1 port (e.g. the previous build), "
                             "as kiosque-baseline and kiosque-baseline-nofacets")
    parser.add_argument("--worker", choices=["fts5", "tantivy"], help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        return worker(options)
    global QUERIES, KINDS
    QUERIES = MIXES[options.mix]
    KINDS = list(QUERIES)

    names = [n.strip() for n in options.engines.split(",") if n.strip()]
    unknown = [n for n in names if n not in ENGINES]
    if unknown or not names:
        parser.error(f"unknown engine(s) {unknown}; choose among {ENGINES}")
    if "kiosque-nofacets" in names and "kiosque" not in names:
        names.insert(0, "kiosque")
    if "kiosque" in names and not options.binary:
        parser.error("--binary is required to run kiosque")
    queries = [{"kind": kind, "text": text} for kind in KINDS for text in QUERIES[kind]]

    engines = {}
    try:
        # Built one after another, so that no build competes with another for the cores.
        for name in names:
            log(f"{name}: building the index ...")
            if name == "kiosque-nofacets":
                engines[name] = KiosqueVariant(engines["kiosque"], name, "&facets=none")
            else:
                engines[name] = KiosqueServer(options) if name == "kiosque" else PeerProcess(name, options)
            ready = engines[name].ready
            log(f"{name}: {ready['documents']} documents, build {ready['buildSeconds']:.2f} s, RSS {ready['rssBytes'] / 1e6:.0f} MB")
        if options.baseline_port:
            engines["kiosque-baseline"] = KiosqueAttached(options, options.baseline_port)
            engines["kiosque-baseline-nofacets"] = KiosqueVariant(engines["kiosque-baseline"], "kiosque-baseline-nofacets", "&facets=none")
        counts = {name: engine.ready["documents"] for name, engine in engines.items()}
        if len(set(counts.values())) > 1:
            log(f"warning: the engines indexed different numbers of documents: {counts}")
        is_stop_word = engines["kiosque"].is_stop_word if "kiosque" in engines else (lambda word: False)
        for query in queries:
            query["clauses"] = translate(query["kind"], query["text"], is_stop_word)
        described = {name: engine.ask({"describe": [q["clauses"] for q in queries]})["described"]
                     for name, engine in engines.items() if not name.startswith("kiosque")}

        samples = {name: [[] for _ in queries] for name in engines}
        round_trips = [[] for _ in queries]
        totals = {name: None for name in engines}
        tops = {name: None for name in engines}
        order = list(engines)
        for number in range(options.warmup + options.rounds):
            measured = number >= options.warmup
            log(f"round {number + 1 - options.warmup if measured else 'warm-up'}: {', '.join(order)}")
            for name in order:
                results = engines[name].run(queries)
                if measured:
                    for index, result in enumerate(results):
                        samples[name][index].append(result["ns"] / 1e6)
                        if name in ("kiosque", "kiosque-nofacets"):
                            round_trips[index].append(result["roundTripNs"] / 1e6)
                    if totals[name] is None:
                        totals[name] = [r["total"] for r in results]
                        tops[name] = [r["top"] for r in results]
            if measured:
                order = order[1:] + order[:1]

        report = {"corpus": {"path": os.path.abspath(options.data), "documents": max(counts.values())},
                  "rounds": options.rounds, "warmup": options.warmup,
                  "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
                  "queries": [], "engines": {}}
        for index, query in enumerate(queries):
            entry = {"kind": query["kind"], "text": query["text"], "clauses": query["clauses"]}
            entry["translations"] = {name: described[name][index] for name in described}
            report["queries"].append(entry)
        for name, engine in engines.items():
            summary = {"all": summarize([v for values in samples[name] for v in values])}
            for kind in KINDS:
                summary[kind] = summarize([v for q, values in zip(queries, samples[name]) if q["kind"] == kind for v in values])
            report["engines"][name] = dict(engine.ready, summary=summary, samplesMs=samples[name],
                                           totals=totals[name], tops=tops[name])
        if "kiosque" in engines:
            report["engines"]["kiosque"]["roundTripMs"] = summarize([v for values in round_trips for v in values])
        if "kiosque" in engines and "tantivy" in engines:
            full = report["engines"]["kiosque"]["summary"]["all"]
            peer = report["engines"]["tantivy"]["summary"]["all"]
            checks = [(f"full response p50 {fmt_ms(full['p50'])} ms ≤ 3 × tantivy's {fmt_ms(peer['p50'])} ms (ratio {full['p50'] / peer['p50']:.2f})",
                       full["p50"] <= 3 * peer["p50"]),
                      (f"full response p99 {fmt_ms(full['p99'])} ms ≤ tantivy's {fmt_ms(peer['p99'])} ms (ratio {full['p99'] / peer['p99']:.2f})",
                       full["p99"] <= peer["p99"])]
            if "kiosque-nofacets" in engines:
                bare = report["engines"]["kiosque-nofacets"]["summary"]["all"]
                checks.append((f"facets=none p50 {fmt_ms(bare['p50'])} ms ≤ 1.5 × tantivy's (ratio {bare['p50'] / peer['p50']:.2f})",
                               bare["p50"] <= 1.5 * peer["p50"]))
            met = all(ok for _, ok in checks)
            report["goal"] = "Goal (issue 16): " + ("met" if met else "not met") + " — " + "; ".join(
                f"{text}: {'yes' if ok else 'no'}" for text, ok in checks) + "."
            report["goalMet"] = met
        table = markdown(report)
        report["markdown"] = table
        if options.json:
            with open(options.json, "w", encoding="utf-8") as handle:
                json.dump(report, handle, ensure_ascii=False, indent=1)
            log(f"wrote {options.json}")
        print(table, flush=True)
    finally:
        for engine in engines.values():
            engine.close()


if __name__ == "__main__":
    main()
