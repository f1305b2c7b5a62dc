#!/usr/bin/env python3
"""Measures kiosque's resident memory at idle and with N idle keep-alive connections.

Starts the server on a free loopback port, reads VmRSS from /proc, opens N connections that
each complete one request and then stay open (keep-alive), reads VmRSS again, and prints both
figures and the difference. Standard library only.
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def start(binary, public):
    proc = subprocess.Popen(
        [binary, "--port", "0", "--public", public, "--no-access-log"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = proc.stdout.readline()
        match = re.search(r"(?:127\.0\.0\.1|\[::1\]|localhost):(\d+)", line)
        if match:
            return proc, int(match.group(1))
    proc.kill()
    sys.exit("server did not report its port")


def request(sock):
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
    while len(body) < length:
        body += sock.recv(4096)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--public", required=True)
    ap.add_argument("--connections", type=int, default=1000)
    args = ap.parse_args()
    proc, port = start(args.binary, args.public)
    try:
        warm = socket.create_connection(("127.0.0.1", port))
        for _ in range(100):
            request(warm)
        warm.close()
        time.sleep(0.5)
        idle = rss_kb(proc.pid)
        conns = []
        for _ in range(args.connections):
            sock = socket.create_connection(("127.0.0.1", port))
            request(sock)
            conns.append(sock)
        time.sleep(1.0)
        loaded = rss_kb(proc.pid)
        print(f"idle RSS: {idle / 1024:.1f} MB")
        print(f"RSS with {args.connections} idle keep-alive connections: {loaded / 1024:.1f} MB "
              f"(+{(loaded - idle) / 1024:.1f} MB, {(loaded - idle) * 1024 / args.connections:.0f} bytes each)")
        for sock in conns:
            sock.close()
    finally:
        proc.terminate()
        proc.wait(timeout=15)


if __name__ == "__main__":
    main()
