"""Mixed, bounded traffic against a running kiosque for a fixed time (see soak.sh).

Well-behaved clients (API, search, static, TLS, pipelining) count an error on any failure or
5xx; misbehaving ones (slow, vanishing, reset) only must not disturb the others. Samples the
server's RSS, open fds and established connections from /proc and `ss`.
"""
import random, socket, ssl, struct, subprocess, sys, threading, time, http.client

pid, port, tls_port, seconds, clients = (int(a) for a in sys.argv[1:6])
deadline = time.monotonic() + seconds
lock = threading.Lock()
counts, errors = {}, {}
PATHS = ["/api/v1/articles?pageSize=5", "/api/v1/stats", "/api/v1/search?q=cuba", "/api/v1/search?q=pr%C3%A9sident+-russie",
         "/api/v1/entities?pageSize=5", "/", "/healthz", "/api/v1/articles/does-not-exist", "/api%2Fv1%2Fstats"]

def note(table, key):
    with lock:
        table[key] = table.get(key, 0) + 1

def keep_alive(tls):
    if tls:
        context = ssl._create_unverified_context()
        conn = http.client.HTTPSConnection("127.0.0.1", tls_port, timeout=10, context=context)
    else:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(20):
        conn.request("GET", random.choice(PATHS), headers={"Accept-Encoding": random.choice(["gzip", "identity"])})
        response = conn.getresponse()
        response.read()
        if response.status >= 500:
            raise RuntimeError(f"status {response.status}")
    conn.close()

def pipelined():
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        requests = [f"GET {random.choice(PATHS)} HTTP/1.1\r\nHost: x\r\n\r\n" for _ in range(7)]
        s.sendall(("".join(requests) + "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
        if data.count(b"HTTP/1.1 ") < 8 or b"HTTP/1.1 5" in data:
            raise RuntimeError("pipelined responses missing or 5xx")

def slow():
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n":
            s.send(bytes([byte]))
            time.sleep(0.02)
        if not s.recv(4096).startswith(b"HTTP/1.1 200"):
            raise RuntimeError("slow client not answered 200")

def vanishing():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /api/v1/search?q=cub")
    s.close()

def reset():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /api/v1/articles?pageSize=50 HTTP/1.1\r\nHost: x\r\n\r\n")
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()

SCENARIOS = [("api", lambda: keep_alive(False))] * 4 + [("tls", lambda: keep_alive(True))] * 2 + \
    [("pipelined", pipelined), ("slow", slow), ("vanishing", vanishing), ("reset", reset)]

def worker():
    while time.monotonic() < deadline:
        name, run = random.choice(SCENARIOS)
        try:
            run()
            note(counts, name)
        except Exception as error:
            note(errors, f"{name}: {type(error).__name__} {error}"[:120])

def sample():
    with open(f"/proc/{pid}/status") as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS"))
    fds = len(__import__("os").listdir(f"/proc/{pid}/fd"))
    out = subprocess.run(["ss", "-Htn", "state", "established", f"( sport = :{port} or sport = :{tls_port} )"],
                         capture_output=True, text=True).stdout
    return rss // 1024, fds, len([l for l in out.splitlines() if l.strip()])

def report(label):
    rss, fds, conns = sample()
    print(f"{label:<14} rss={rss} MB fds={fds} established={conns}", flush=True)

report("start")
threads = [threading.Thread(target=worker) for _ in range(clients)]
for t in threads: t.start()
warm = min(30, seconds // 4)
time.sleep(warm); report(f"after {warm}s")
while any(t.is_alive() for t in threads):
    time.sleep(min(60, max(1, deadline - time.monotonic())))
    if time.monotonic() < deadline: report(f"t+{int(seconds - (deadline - time.monotonic()))}s")
for t in threads: t.join()
time.sleep(2)  # let the server close what the last clients left
report("end")
print("completed:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("errors:", sum(errors.values()), dict(sorted(errors.items())))
sys.exit(1 if errors else 0)
