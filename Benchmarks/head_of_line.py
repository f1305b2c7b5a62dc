#!/usr/bin/env python3
"""Head-of-line check: /healthz latency while two connections pipeline expensive searches.

Starts the binary on 127.0.0.1, measures /healthz alone (the peer baseline), then again while
two clients keep 16 heavy prefix searches in flight each; prints medians and their ratio.
Bounded: SAMPLES probes per phase, each client stops with the probes; the server is killed.
    python3 Benchmarks/head_of_line.py --bin .build/release/kiosque --data CORPUS.jsonl
"""
import argparse, socket, statistics, subprocess, sys, threading, time
from kiosque_ready import wait_until_ready

def request(path):
    return ("GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n" % path).encode()

def read_response(sock, buffer):
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk: raise EOFError
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    length = next(int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk: raise EOFError
        rest += chunk
    return head.split(b" ")[1], rest[length:]

def probe(port, samples):
    sock = socket.create_connection(("127.0.0.1", port))
    latencies, buffer = [], b""
    for _ in range(samples):
        start = time.perf_counter()
        sock.sendall(request("/healthz"))
        status, buffer = read_response(sock, buffer)
        assert status == b"200", status
        latencies.append((time.perf_counter() - start) * 1000)
        time.sleep(0.02)
    sock.close()
    return latencies

def heavy(port, stop, path, served):
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(60)
    buffer, in_flight = b"", 0
    while not stop.is_set():
        while in_flight < 16:
            sock.sendall(request(path)); in_flight += 1
        status, buffer = read_response(sock, buffer); in_flight -= 1
        if status != b"200": raise RuntimeError(f"heavy search answered {status!r}")
        served[0] += 1
    sock.close()

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True); parser.add_argument("--data", required=True)
    parser.add_argument("--port", type=int, default=19611); parser.add_argument("--samples", type=int, default=60)
    args = parser.parse_args()
    server = subprocess.Popen([args.bin, "--port", str(args.port), "--data", args.data, "--no-access-log"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # The server listens while it loads: searching a half-loaded corpus would measure nothing.
        wait_until_ready(args.port, server)
        # The heaviest search the API accepts: 32 one-letter prefixes.
        words = "%20".join(c + "*" for c in "abcdefghijklmnopqrstuvwxyzabcdef")
        path = "/api/v1/search?q=" + words
        alone = probe(args.port, args.samples)
        stop, served = threading.Event(), [0]
        threads = [threading.Thread(target=heavy, args=(args.port, stop, path, served)) for _ in range(2)]
        for t in threads: t.start()
        time.sleep(0.5)
        loaded = probe(args.port, args.samples)
        stop.set()
        for t in threads: t.join(timeout=60)
        a, b = statistics.median(alone), statistics.median(loaded)
        print("healthz median alone %.2f ms, under two heavy pipelines %.2f ms (ratio %.1f), p90 %.2f ms, heavy searches served %d"
              % (a, b, b / a, sorted(loaded)[int(len(loaded) * 0.9)], served[0]))
    finally:
        server.kill(); server.wait()

if __name__ == "__main__":
    sys.exit(main())
