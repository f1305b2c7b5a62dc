#!/usr/bin/env python3
"""Which gzip level for the bodies prepared at start: compresses sample JSON bodies (the
records of a corpus JSONL, close in size and shape to article responses) with zlib at each
level, interleaved, and prints time and size relative to level 6 (the former default).
    python3 Benchmarks/gzip/levels.py CORPUS.jsonl [COUNT]
Same zlib as the server's; timings are noisy on a shared machine, the ratios less so."""
import sys, time, zlib

def main():
    path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    bodies = []
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
