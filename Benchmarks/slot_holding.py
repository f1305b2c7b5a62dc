#!/usr/bin/env python3
"""Connection-slot checks against one kiosque binary on 127.0.0.1 (issue 15, acceptance 1).

1. Plain close race: 20 clients each send exactly 65,536 bytes of pipelined GET /healthz and
   close at once.
2. TLS close race: 20 clients each send two pipelined requests and close_notify in one segment.
3. Slow drip, with --max-connections 10: ten clients trickle a request head, then ten trickle
   a body, one byte every --drip seconds; a fresh client polls /healthz, and the time until it
   is served is compared with the configured deadline (--header-timeout, --io-timeout).

Reports the server's open fds (/proc) and its kiosque_open_connections gauge (/metrics) before
and after each step. A slow client's slot is free at most its deadline + the sweep interval
(<= 1 s) + the lingering close after a 408 (<= 2 s) after it started, so a fresh client must be
served within deadline + 4 s (1 s for polling on a loaded machine). Bounded: every socket has a timeout
and each step gives up after twice its deadline; the server is killed at the end.
    python3 Benchmarks/slot_holding.py --bin .build/release/kiosque
"""
import argparse, os, re, socket, ssl, subprocess, sys, tempfile, threading, time

ONE = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"


def fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def get(port, path, timeout=2):
    """One request on a fresh connection: (status, body) or (None, b"") if refused or timed out."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(b"GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path.encode())
            data = b""
            while chunk := s.recv(65536):
                data += chunk
    except OSError:
        return None, b""
    head, _, body = data.partition(b"\r\n\r\n")
    parts = head.split(b" ")
    return (int(parts[1]) if len(parts) > 1 else None), body


def open_connections(port):
    status, body = get(port, "/metrics")
    match = re.search(rb"^kiosque_open_connections (\d+)", body, re.M) if status == 200 else None
    return int(match.group(1)) if match else None


def state(pid, port, settle=5.0, baseline=None):
    """fds and open connections; waits up to `settle` s for them to fall back to `baseline`."""
    deadline = time.monotonic() + settle
    while True:
        now = (fds(pid), open_connections(port))
        if baseline is None or (now[0] <= baseline[0] and now[1] == baseline[1]) or time.monotonic() > deadline:
            return now


def plain_close_race(port):
    burst = (ONE * (65536 // len(ONE) + 1))[:65536]
    for _ in range(20):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(burst)
        s.close()


def tls_close_race(tls_port):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    for _ in range(20):
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        session = context.wrap_bio(incoming, outgoing)
        with socket.create_connection(("127.0.0.1", tls_port), timeout=5) as s:
            while True:
                try:
                    session.do_handshake(); break
                except ssl.SSLWantReadError:
                    s.sendall(outgoing.read())
                    data = s.recv(65536)
                    if not data: raise RuntimeError("server closed during the handshake")
                    incoming.write(data)
            s.sendall(outgoing.read())
            session.write(ONE * 2)
            try:
                session.unwrap()
            except ssl.SSLWantReadError:
                pass
            s.sendall(outgoing.read())  # both requests and close_notify in one segment


def drip(port, first, every, stop, opened, answered):
    """Sends `first`, then one byte every `every` s until the server closes or `stop` is set;
    appends to `answered` when the server's first answer (or close) arrived."""
    announced, s, start = False, None, time.monotonic()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(first)
        opened.release(); announced = True
        s.settimeout(every)
        while not stop.is_set():
            try:
                data = s.recv(4096)
                answered.append(time.monotonic() - start)
                if not data: break
                while s.recv(4096): pass  # the answer, then the server's close
                break
            except socket.timeout:
                s.sendall(b"x")
    except OSError:
        pass  # reset by the server: what the deadline should do
    finally:
        if not announced: opened.release()
        if s: s.close()


def slot_holding(port, first, every, limit):
    """Seconds from the tenth dripping client until a fresh one gets 200 (None: not within 2 × limit)."""
    stop, opened, answered = threading.Event(), threading.Semaphore(0), []
    threads = [threading.Thread(target=drip, args=(port, first, every, stop, opened, answered)) for _ in range(10)]
    for t in threads: t.start()
    for _ in threads: opened.acquire(timeout=5)
    start = time.monotonic()
    refused = 0
    served = None
    while time.monotonic() - start < 2 * limit:
        status, _ = get(port, "/healthz", timeout=1)
        if status == 200:
            served = time.monotonic() - start; break
        refused += 1
        time.sleep(0.25)
    stop.set()
    for t in threads: t.join(timeout=10)
    return served, refused, max(answered, default=None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--port", type=int, default=19631)
    parser.add_argument("--drip", type=float, default=2.0, help="seconds between the slow clients' bytes")
    parser.add_argument("--header-timeout", type=float, default=10)
    parser.add_argument("--io-timeout", type=float, default=30)
    args = parser.parse_args()
    port, tls_port = args.port, args.port + 1
    work = tempfile.mkdtemp()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", f"{work}/key.pem", "-out", f"{work}/cert.pem", "-days", "2", "-subj", "/CN=localhost"],
                   check=True, capture_output=True)
    server = subprocess.Popen([args.bin, "--host", "127.0.0.1", "--port", str(port), "--tls-port", str(tls_port),
                               "--tls-cert", f"{work}/cert.pem", "--tls-key", f"{work}/key.pem", "--no-access-log",
                               "--max-connections", "10", "--header-timeout", str(args.header_timeout),
                               "--io-timeout", str(args.io_timeout)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = 0
    try:
        for _ in range(600):
            if get(port, "/readyz")[0] == 200: break
            time.sleep(0.1)
        baseline = state(server.pid, port)
        print(f"baseline             fds={baseline[0]} open_connections={baseline[1]}")
        for name, race in (("plain close race x20", lambda: plain_close_race(port)),
                           ("TLS close race x20", lambda: tls_close_race(tls_port))):
            race()
            after = state(server.pid, port, baseline=baseline)
            leaked = after[0] > baseline[0] or after[1] != baseline[1]
            failures += leaked
            print(f"{name:<20} fds={after[0]} open_connections={after[1]} healthz={get(port, '/healthz')[0]}"
                  f" {'LEAK' if leaked else 'back to baseline'}")
        head = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Drip: "
        body = b"POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"
        for name, first, limit in (("slow head x10", head, args.header_timeout), ("slow body x10", body, args.io_timeout)):
            served, refused, answered = slot_holding(port, first, args.drip, limit)
            after = state(server.pid, port, baseline=baseline)
            late = served is None or served > limit + 4
            failures += late
            shown = "never" if served is None else f"{served:.1f} s"
            last = "never" if answered is None else f"{answered:.1f} s"
            print(f"{name:<20} last slow client answered or closed after {last}; fresh client served after {shown}"
                  f" (deadline {limit:g} s, {refused} refused polls),"
                  f" then fds={after[0]} open_connections={after[1]}{' LATE' if late else ''}")
    finally:
        server.kill(); server.wait()
        for name in ("key.pem", "cert.pem"): os.remove(f"{work}/{name}")
        os.rmdir(work)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
