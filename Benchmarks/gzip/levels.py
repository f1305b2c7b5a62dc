#!/usr/bin/env python3
"""Which gzip level for the bodies prepared at start: compresses sample JSON bodies with zlib
at each level, interleaved, and prints time and size relative to level 6 (the former default).
The bodies are the records of a corpus JSONL (close in size to article responses), or, given a
running server's URL, the very bodies it prepared: articles and, for entities, their page,
related entities and mentions (fetched as identity).
    python3 Benchmarks/gzip/levels.py CORPUS.jsonl [COUNT]
    python3 Benchmarks/gzip/levels.py http://127.0.0.1:PORT [COUNT]
Same zlib as the server's; timings are noisy on a shared machine, the ratios less so."""
import json, sys, time, urllib.parse, urllib.request, zlib


def served_bodies(base, count):
    """Up to `count` prepared bodies from the server at `base`: a quarter articles, the rest
    entity pages, related entities and mentions, in equal parts."""
    def get(path):
        request = urllib.request.Request(base + "/api/v1" + path, headers={"Accept-Encoding": "identity"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()
    bodies = []
    articles = json.loads(get(f"/articles?pageSize=100&page=1"))["items"]
    for article in articles[:max(1, count // 4)]:
        bodies.append(get("/articles/" + urllib.parse.quote(article["id"], safe="")))
    page = 1
    while len(bodies) < count:
        entities = json.loads(get(f"/entities?pageSize=100&page={page}"))["items"]
        if not entities:
            break
        for entity in entities:
            quoted = urllib.parse.quote(entity["id"], safe="")
            bodies += [get("/entities/" + quoted), get(f"/entities/{quoted}/related"), get(f"/entities/{quoted}/mentions")]
        page += 1
    return bodies[:count]

def main():
    path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    bodies = []
    if path.startswith("http://"):
        bodies = served_bodies(path.rstrip("/"), count)
    else:
        with open(path, "rb") as corpus:
            for line in corpus:
                bodies.append(line.rstrip(b"\n"))
                if len(bodies) >= count:
                    break
    levels = [1, 2, 3, 4, 5, 6]
    seconds = {level: 0.0 for level in levels}
    sizes = {level: 0 for level in levels}
    for _ in range(3):  # rounds, levels interleaved within each so load hits them alike
        for level in levels:
            started = time.perf_counter()
            total = 0
            for body in bodies:
                compressor = zlib.compressobj(level, zlib.DEFLATED, 31)  # 31: gzip wrapper
                total += len(compressor.compress(body) + compressor.flush())
            seconds[level] += time.perf_counter() - started
            sizes[level] = total
    raw = sum(map(len, bodies))
    print(f"{len(bodies)} bodies, {raw / 1e6:.1f} MB identity")
    print("level  time/level6  size/level6  size/identity")
    for level in levels:
        print(f"{level:5}  {seconds[level] / seconds[6]:11.2f}  {sizes[level] / sizes[6]:11.3f}  {sizes[level] / raw:13.3f}")

main()
