#!/usr/bin/env python3
"""Black-box HTTP/1.1 conformance and security probe for a running Kiosque.

Starts nothing: point it at a server that is already listening on 127.0.0.1.
Python 3 standard library only (raw sockets and ssl). See probe.md.
"""
import argparse
import email.utils
import json
import os
import socket
import ssl
import statistics
import sys
import threading
import time
import urllib.parse
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)  # TLS 1.0/1.1 are offered on purpose

ARGS = None
CHECKS = []  # (name, strict, tls, fn)
PLAIN = None  # (host, port)
TLS = None


def check(name, strict=False, tls=False):
    def register(fn):
        CHECKS.append((name, strict, tls, fn))
        return fn
    return register


class Fail(Exception):
    pass


class Skip(Exception):
    pass


def expect(cond, reason):
    if not cond:
        raise Fail(reason)


# ---------------------------------------------------------------- connections

class Conn:
    """One client connection with a read buffer and an HTTP/1.1 response parser."""

    def __init__(self, tls=False, timeout=None, alpn=None, ctx=None):
        host, port = TLS if tls else PLAIN
        self.sock = socket.create_connection((host, port), timeout=timeout or ARGS.timeout)
        if tls:
            if ctx is None:
                ctx = ssl.create_default_context()
                ctx.check_hostname = False
                ctx.verify_mode = ssl.CERT_NONE
                if alpn:
                    ctx.set_alpn_protocols(alpn)
            self.sock = ctx.wrap_socket(self.sock, server_hostname=host)
        self.buf = b""
        self.eof = False

    def send(self, data):
        if isinstance(data, str):
            data = data.encode("latin-1")
        self.sock.sendall(data)

    def fill(self, deadline):
        """Reads once more into the buffer; False at EOF or deadline."""
        if self.eof:
            return False
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        self.sock.settimeout(left)
        try:
            chunk = self.sock.recv(65536)
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError, ssl.SSLError, OSError):
            self.eof = True
            return False
        if not chunk:
            self.eof = True
            return False
        self.buf += chunk
        return True

    def read_until(self, marker, deadline):
        while marker not in self.buf:
            if not self.fill(deadline):
                return False
        return True

    def response(self, head=False, timeout=None):
        """Parses the next response (skipping none); None if none arrives."""
        deadline = time.monotonic() + (timeout or ARGS.timeout)
        if not self.read_until(b"\r\n\r\n", deadline):
            return None
        raw_head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = raw_head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        resp = Response(parts[0], int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1,
                        parts[2] if len(parts) > 2 else "")
        for line in lines[1:]:
            name, _, value = line.partition(":")
            resp.headers.append((name.strip().lower(), value.strip()))
        if head or resp.status in (204, 304) or 100 <= resp.status < 200:
            return resp
        te = resp.get("transfer-encoding")
        cl = resp.get("content-length")
        if te and "chunked" in te.lower():
            body = b""
            while True:
                if not self.read_until(b"\r\n", deadline):
                    resp.truncated = True
                    break
                size_line, _, self.buf = self.buf.partition(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                if size == 0:
                    self.read_until(b"\r\n\r\n", deadline) if not self.buf.startswith(b"\r\n") else None
                    _, _, self.buf = self.buf.partition(b"\r\n") if self.buf.startswith(b"\r\n") \
                        else self.buf.partition(b"\r\n\r\n")
                    break
                while len(self.buf) < size + 2 and self.fill(deadline):
                    pass
                body += self.buf[:size]
                self.buf = self.buf[size + 2:]
            resp.body = body
        elif cl is not None:
            n = int(cl)
            while len(self.buf) < n and self.fill(deadline):
                pass
            resp.body, self.buf = self.buf[:n], self.buf[n:]
            resp.truncated = len(resp.body) < n
        else:
            while self.fill(deadline):
                pass
            resp.body, self.buf = self.buf, b""
        return resp

    def closed_within(self, seconds):
        """True if the peer closes (EOF or reset) within seconds; unread bytes are kept."""
        deadline = time.monotonic() + seconds
        while not self.eof:
            if time.monotonic() >= deadline:
                return False
            self.fill(deadline)
        return True

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class Response:
    def __init__(self, version, status, reason):
        self.version, self.status, self.reason = version, status, reason
        self.headers = []
        self.body = b""
        self.truncated = False

    def get(self, name):
        values = [v for n, v in self.headers if n == name.lower()]
        return ", ".join(values) if values else None

    def count(self, name):
        return sum(1 for n, _ in self.headers if n == name.lower())

    def __str__(self):
        return f"{self.status} {self.reason}"


def host_header(tls=False):
    host, port = TLS if tls else PLAIN
    return f"{host}:{port}"


def req(method, target, headers=(), body=b"", version="HTTP/1.1", host=True, tls=False):
    lines = [f"{method} {target} {version}"]
    if host:
        lines.append(f"Host: {host_header(tls)}")
    lines += list(headers)
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return data + (body.encode() if isinstance(body, str) else body)


def exchange(raw, head=False, tls=False, timeout=None):
    """Sends raw bytes on a fresh connection; returns (first response or None, conn)."""
    c = Conn(tls=tls)
    try:
        c.send(raw)
    except OSError:
        pass
    return c.response(head=head, timeout=timeout), c


def status_of(raw, **kw):
    r, c = exchange(raw, **kw)
    c.close()
    return r


def expect_status(raw, wanted, what, **kw):
    r = status_of(raw, **kw)
    wanted = wanted if isinstance(wanted, (tuple, list, set)) else (wanted,)
    expect(r is not None, f"{what}: no response (wanted {wanted})")
    expect(r.status in wanted, f"{what}: got {r}, wanted {'/'.join(map(str, wanted))}")
    return r


def get(target, headers=(), method="GET", tls=False):
    r = status_of(req(method, target, headers, tls=tls), head=(method == "HEAD"), tls=tls)
    expect(r is not None, f"{method} {target}: no response")
    return r


def expect_problem(r, what):
    ctype = (r.get("content-type") or "").split(";")[0]
    expect(ctype == "application/problem+json", f"{what}: {r} Content-Type {ctype!r}, not problem+json")
    try:
        doc = json.loads(r.body)
    except ValueError:
        raise Fail(f"{what}: problem body is not JSON: {r.body[:80]!r}")
    expect(doc.get("status") == r.status, f"{what}: problem status {doc.get('status')} != {r.status}")


# ---------------------------------------------------------------- request line and headers

@check("basic-get")
def _():
    r = get("/healthz")
    expect(r.status == 200, f"GET /healthz: {r}")
    expect(not r.truncated, "body shorter than Content-Length")
    expect(r.get("content-length") == str(len(r.body)), "Content-Length does not match body")


@check("date-header")
def _():
    for target in ("/healthz", "/no-such-path"):
        r = get(target)
        d = r.get("date")
        expect(d is not None, f"GET {target}: no Date")
        try:
            when = email.utils.parsedate_to_datetime(d).timestamp()
        except (TypeError, ValueError):
            raise Fail(f"Date {d!r} not an HTTP-date")
        expect(d.endswith(" GMT"), f"Date {d!r} not IMF-fixdate")
        expect(abs(when - time.time()) < 60, f"Date {d!r} is off by more than 60 s")
    r = status_of(b"GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n")
    expect(r is not None and r.get("date"), "a 400 answer carries no Date")


@check("absolute-form")
def _():
    r = status_of(req("GET", f"http://{host_header()}/healthz"))
    expect(r is not None and r.status == 200, f"GET http://host/healthz: {r}")


@check("asterisk-form-options")
def _():
    r = status_of(req("OPTIONS", "*"))
    expect(r is not None and 200 <= r.status < 300, f"OPTIONS *: {r}")
    expect_status(req("GET", "*"), 400, "GET *")


@check("invalid-version")
def _():
    expect_status(req("GET", "/healthz", version="HTTP/2.0"), 505, "HTTP/2.0")
    expect_status(req("GET", "/healthz", version="HTTP/3.0"), 505, "HTTP/3.0")
    expect_status(req("GET", "/healthz", version="http/1.1"), 400, "lower-case http/1.1")
    expect_status(req("GET", "/healthz", version="HTTP/1.1x"), 400, "HTTP/1.1x")
    expect_status(req("GET", "/healthz", version="HTTP/11"), 400, "HTTP/11")


@check("unknown-method")
def _():
    expect_status(req("FROB", "/healthz"), (405, 501), "FROB /healthz")
    expect_status(req("G(T", "/healthz"), 400, "method with a delimiter")
    r = status_of(req("TRACE", "/healthz", ["X-Secret: s3cr3t"]))
    expect(r is not None and r.status in (405, 501), f"TRACE: {r}")
    expect(b"s3cr3t" not in r.body, "TRACE echoes the request")


@check("request-line-shape")
def _():
    expect_status(b"GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "two spaces")
    expect_status(b"GET /healthz  HTTP/1.1\r\nHost: x\r\n\r\n", 400, "two spaces before version")
    expect_status(b"GET healthz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "target without /")
    expect_status(b"GET /health z HTTP/1.1\r\nHost: x\r\n\r\n", 400, "space in target")
    expect_status(b"GET /healthz\r\nHost: x\r\n\r\n", 400, "HTTP/0.9 style line")


@check("host-rules")
def _():
    expect_status(req("GET", "/healthz", host=False), 400, "HTTP/1.1 without Host")
    expect_status(req("GET", "/healthz", ["Host: other"]), 400, "two Host fields")
    expect_status(req("GET", "/healthz", host=False, version="HTTP/1.0"), 200, "HTTP/1.0 without Host")


@check("host-invalid", strict=True)
def _():
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "Host with a space")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "Host with a slash")


@check("field-syntax")
def _():
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n", 400, "whitespace before colon")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n", 400, "obs-fold")
    expect_status(b"GET /healthz HTTP/1.1\r\n Host: x\r\n\r\n", 400, "whitespace before first field")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", 400, "NUL in value")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400, "bare CR in value")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX(A): 1\r\n\r\n", 400, "delimiter in name")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\n: 1\r\n\r\n", 400, "empty field name")
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400, "line without colon")
    expect_status(b"GET /he\x00lthz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "NUL in target")


@check("bare-lf")
def _():
    # RFC 9112 2.2: a recipient MAY accept a bare LF as line end; a bare CR MUST be refused.
    r = status_of(b"GET /healthz HTTP/1.1\nHost: x\n\n", timeout=3)
    expect(r is not None and r.status in (200, 400), f"head with bare LF: {r} (wanted 200 or 400, promptly)")
    expect_status(b"GET /healthz HTTP/1.1\rHost: x\r\n\r\n", 400, "bare CR after request line")


@check("bare-lf-refused", strict=True)
def _():
    expect_status(b"GET /healthz HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n", 400, "bare LF between fields")


@check("limits-414-431")
def _():
    r = expect_status(req("GET", "/" + "a" * (ARGS.max_request_line + 10)), 414, "long request line")
    expect_problem(r, "414")
    many = [f"X-H{i}: v" for i in range(ARGS.max_headers + 5)]
    expect_status(req("GET", "/healthz", many), 431, f"{len(many)} header fields")
    big = ["X-Big: " + "b" * (ARGS.max_header_bytes + 10)]
    r = expect_status(req("GET", "/healthz", big), 431, "header section over the limit")
    expect_problem(r, "431")


@check("http10-keep-alive")
def _():
    r, c = exchange(req("GET", "/healthz", version="HTTP/1.0"))
    expect(r is not None and r.status == 200, f"HTTP/1.0 GET: {r}")
    expect(c.closed_within(3), "HTTP/1.0 without keep-alive: connection left open")
    c.close()
    r, c = exchange(req("GET", "/healthz", ["Connection: keep-alive"], version="HTTP/1.0"))
    expect(r is not None and r.status == 200, f"HTTP/1.0 keep-alive GET: {r}")
    kept = not c.closed_within(0.5)
    if kept:
        expect("keep-alive" in (r.get("connection") or "").lower(),
               "HTTP/1.0 connection kept open without Connection: keep-alive in the answer")
        c.send(req("GET", "/healthz", ["Connection: keep-alive"], version="HTTP/1.0"))
        r2 = c.response()
        expect(r2 is not None and r2.status == 200, f"second HTTP/1.0 request: {r2}")
    c.close()
    r, c = exchange(req("GET", "/healthz", ["Connection: close"]))
    expect(r is not None and r.status == 200, f"Connection: close GET: {r}")
    expect(c.closed_within(3), "HTTP/1.1 Connection: close: connection left open")
    c.close()


@check("connection-close-echoed", strict=True)
def _():
    r = get("/healthz", ["Connection: close"])
    expect("close" in (r.get("connection") or "").lower(), "no Connection: close in the answer")


@check("error-closes-connection")
def _():
    r, c = exchange(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    expect(r is not None and r.status == 400, f"bad head: {r}")
    second = c.response(timeout=1)
    expect(second is None, f"a request after a 400 was answered ({second}): the connection should close")
    expect(c.closed_within(2), "connection left open after 400")
    c.close()


# ---------------------------------------------------------------- framing and smuggling

SMUGGLED = "GET /smuggled-probe HTTP/1.1\r\nHost: x\r\n\r\n"


def framing_refused(raw, what, statuses=(400,)):
    """The server must refuse (status) and close, never answer a smuggled request."""
    r, c = exchange(raw)
    expect(r is not None, f"{what}: no answer")
    expect(r.status in statuses, f"{what}: got {r}, wanted {'/'.join(map(str, statuses))}")
    nxt = c.response(timeout=1)
    expect(nxt is None, f"{what}: a second answer ({nxt}) — smuggled request served")
    expect(c.closed_within(2), f"{what}: connection left open")
    c.close()


def framing_accepted(raw, what):
    """The body is consumed exactly: the pipelined /healthz after it gets 200."""
    r, c = exchange(raw + req("GET", "/healthz").replace(b"Host: " + host_header().encode(), b"Host: x"))
    expect(r is not None, f"{what}: no answer")
    expect(r.status not in (400, 411, 413, 501), f"{what}: refused with {r}")
    nxt = c.response()
    expect(nxt is not None and nxt.status == 200, f"{what}: pipelined GET after the body got {nxt}")
    c.close()


def post(headers, body):
    return req("POST", "/healthz", headers, body)


@check("cl-te-smuggling")
def _():
    body = "0\r\n\r\n" + SMUGGLED
    framing_refused(post(["Content-Length: 5", "Transfer-Encoding: chunked"], body), "CL + TE")
    framing_refused(post(["Transfer-Encoding: chunked", "Content-Length: 5"], body), "TE + CL")


@check("content-length-rules")
def _():
    framing_refused(post(["Content-Length: 3", "Content-Length: 40"], "abc" + SMUGGLED), "two different Content-Length")
    framing_refused(post(["Content-Length: 3, 40"], "abc" + SMUGGLED), "Content-Length: 3, 40")
    framing_refused(post(["Content-Length: +3"], "abc"), "Content-Length: +3")
    framing_refused(post(["Content-Length: -1"], "abc"), "Content-Length: -1")
    framing_refused(post(["Content-Length: 0x3"], "abc"), "Content-Length: 0x3")
    framing_refused(post(["Content-Length: 99999999999999999999999"], "abc"), "Content-Length overflow",
                    statuses=(400, 413))
    framing_accepted(post(["Content-Length: 3"], "abc"), "Content-Length: 3")


@check("transfer-encoding-rules")
def _():
    framing_refused(post(["Transfer-Encoding: chunked, identity"], "3\r\nabc\r\n0\r\n\r\n"),
                    "TE: chunked, identity (chunked not last)", statuses=(400, 501))
    framing_refused(post(["Transfer-Encoding: gzip"], "abc"), "TE: gzip (not chunked)", statuses=(400, 501))
    framing_refused(post(["Transfer-Encoding: chunked", "Transfer-Encoding: chunked"],
                         "3\r\nabc\r\n0\r\n\r\n"), "TE: chunked twice", statuses=(400, 501))
    framing_refused(post(["Transfer-Encoding: xchunked"], "3\r\nabc\r\n0\r\n\r\n"), "TE: xchunked",
                    statuses=(400, 501))
    framing_refused(post(["Transfer-Encoding: chunked\x0b"], "3\r\nabc\r\n0\r\n\r\n"), "TE: chunked<VT>",
                    statuses=(400, 501))
    framing_refused(req("POST", "/healthz", ["Transfer-Encoding: chunked"], "3\r\nabc\r\n0\r\n\r\n" + SMUGGLED,
                        version="HTTP/1.0"), "TE in HTTP/1.0", statuses=(400, 405, 501))
    framing_accepted(post(["Transfer-Encoding: chunked"], "3\r\nabc\r\n0\r\n\r\n"), "plain chunked")
    framing_accepted(post(["Transfer-Encoding: Chunked"], "3\r\nabc\r\n0\r\n\r\n"), "TE: Chunked (case)")


@check("chunked-framing")
def _():
    te = ["Transfer-Encoding: chunked"]
    framing_refused(post(te, "10000000000000003\r\nabc\r\n0\r\n\r\n"), "chunk size overflow", statuses=(400, 413))
    framing_refused(post(te, "-3\r\nabc\r\n0\r\n\r\n"), "negative chunk size")
    framing_refused(post(te, "0x3\r\nabc\r\n0\r\n\r\n"), "0x chunk size")
    framing_refused(post(te, "3\r\nabcdef\r\n0\r\n\r\n"), "chunk longer than its size")
    framing_refused(post(te, "3\nabc\n0\n\n"), "bare LF in chunked body")
    framing_refused(post(te, "3\r\nabc\n0\r\n\r\n"), "bare LF after chunk data")
    framing_accepted(post(te, "3;name=value\r\nabc\r\n0\r\n\r\n"), "chunk extension")
    framing_accepted(post(te, "3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n"), "trailer field")
    framing_refused(post(te, "3\r\nabc\r\n0\r\nBad Trailer\r\n\r\n"), "malformed trailer")


@check("chunk-extension-syntax", strict=True)
def _():
    te = ["Transfer-Encoding: chunked"]
    framing_refused(post(te, "3 \r\nabc\r\n0\r\n\r\n"), "space after chunk size, no extension")
    framing_refused(post(te, "3;\x01\r\nabc\r\n0\r\n\r\n"), "control byte in chunk extension")
    framing_refused(post(te, "3;a=\"unterminated\r\nabc\r\n0\r\n\r\n"), "unterminated quoted extension")


@check("pipelining-in-order")
def _():
    targets = ["/healthz", "/no-such-path", "/api/v1/stats", "/healthz", "/missing-2"]
    raw = b"".join(req("GET", t) for t in targets)
    c = Conn()
    c.send(raw)
    got = []
    for _ in targets:
        r = c.response()
        got.append(r.status if r else None)
    c.close()
    expect(got == [200, 404, 200, 200, 404], f"pipelined {targets} answered {got}")


@check("expect-100-continue")
def _():
    c = Conn()
    c.send(req("POST", "/healthz", ["Content-Length: 3", "Expect: 100-continue"]))
    r = c.response(timeout=3)
    expect(r is not None, "no 100 Continue nor final answer within 3 s")
    if r.status == 100:
        c.send(b"abc")
        r = c.response()
        expect(r is not None and r.status >= 200, f"after the body: {r}")
    c.send(req("GET", "/healthz"))
    nxt = c.response()
    expect(nxt is not None and nxt.status == 200 or c.eof, f"next request after Expect exchange: {nxt}")
    c.close()
    big = ARGS.max_body + 1
    r = status_of(req("POST", "/healthz", [f"Content-Length: {big}", "Expect: 100-continue"]), timeout=3)
    expect(r is not None and r.status == 413, f"Expect with an oversized body: {r} (wanted 413, no 100)")


@check("expect-unknown", strict=True)
def _():
    expect_status(req("GET", "/healthz", ["Expect: teapot"]), 417, "Expect: teapot")


@check("body-on-get")
def _():
    framing_accepted(req("GET", "/healthz", ["Content-Length: 5"], "hello"), "GET with a body")


@check("max-body-413")
def _():
    r, c = exchange(post([f"Content-Length: {ARGS.max_body + 1}"], b""))
    expect(r is not None and r.status == 413, f"Content-Length max+1 without sending it: {r}")
    expect_problem(r, "413")
    c.close()
    chunk = b"x" * 65536
    c = Conn()
    c.send(post(["Transfer-Encoding: chunked"], b""))
    sent = 0
    try:
        while sent <= ARGS.max_body + 65536:
            c.send(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            sent += len(chunk)
    except OSError:
        pass
    r = c.response()
    expect(r is not None and r.status == 413, f"chunked body over max: {r}")
    c.close()


# ---------------------------------------------------------------- semantics (RFC 9110)

@check("head-matches-get")
def _():
    for target in ("/api/v1/stats", "/", "/no-such-path"):
        g = get(target)
        h = get(target, method="HEAD")
        for name in ("content-type", "etag", "content-length"):
            if name == "content-length" and target == "/api/v1/stats":
                continue  # stats carry uptime-like fields; length may vary
            expect(g.get(name) == h.get(name), f"HEAD {target}: {name} {h.get(name)!r} != GET {g.get(name)!r}")
        expect(h.status == g.status, f"HEAD {target}: {h} vs GET {g}")
    c = Conn()
    c.send(req("HEAD", "/") + req("GET", "/healthz"))
    h = c.response(head=True)
    nxt = c.response()
    expect(nxt is not None and nxt.status == 200 and nxt.body.startswith(b"{"),
           f"HEAD sent a body: the next answer parsed as {nxt}")
    c.close()


@check("options-allow")
def _():
    r = get("/api/v1/stats", method="OPTIONS")
    expect(200 <= r.status < 300, f"OPTIONS /api/v1/stats: {r}")
    allow = r.get("allow") or ""
    expect("GET" in allow and "HEAD" in allow, f"Allow {allow!r} lacks GET/HEAD")


@check("405-allow")
def _():
    r = get("/api/v1/stats", method="DELETE")
    expect(r.status == 405, f"DELETE /api/v1/stats: {r}")
    expect("GET" in (r.get("allow") or ""), f"405 without Allow: {r.get('allow')!r}")
    expect_problem(r, "405")


@check("problem-json-errors")
def _():
    expect_problem(get("/no-such-path"), "404")
    r = status_of(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A : 1\r\n\r\n")
    expect(r is not None, "no answer to a bad head")
    expect_problem(r, "400")
    r = status_of(req("GET", "/healthz", version="HTTP/2.0"))
    expect(r is not None, "no answer to HTTP/2.0")
    expect_problem(r, "505")


def etag_of(target, headers=()):
    r = get(target, headers)
    expect(r.status == 200 and r.get("etag"), f"GET {target}: {r}, ETag {r.get('etag')!r}")
    return r.get("etag")


@check("if-none-match")
def _():
    for target in ("/api/v1/stats", "/"):
        tag = etag_of(target, ["Accept-Encoding: identity"])
        weak = tag if tag.startswith("W/") else "W/" + tag
        for value, what in ((tag, "exact"), (weak, "weak"), ("*", "*"), (f'"other", {tag}', "list")):
            for method in ("GET", "HEAD"):
                r = get(target, ["Accept-Encoding: identity", f"If-None-Match: {value}"], method=method)
                expect(r.status == 304, f"{method} {target} If-None-Match: {value} ({what}): {r}")
                expect(not r.body, "304 with a body")
                expect(r.get("etag") == tag, f"304 ETag {r.get('etag')!r} != {tag!r}")
        r = get(target, ["Accept-Encoding: identity", 'If-None-Match: "nope"'])
        expect(r.status == 200, f"non-matching If-None-Match: {r}")


@check("if-match-412")
def _():
    for target in ("/api/v1/stats", "/"):
        tag = etag_of(target, ["Accept-Encoding: identity"])
        r = get(target, ["Accept-Encoding: identity", 'If-Match: "nope"'])
        expect(r.status == 412, f"GET {target} If-Match: \"nope\": {r}")
        r = get(target, ["Accept-Encoding: identity", f"If-Match: {tag}"])
        expect(r.status == 200, f"GET {target} If-Match: {tag}: {r}")
        r = get(target, ["Accept-Encoding: identity", "If-Match: *"])
        expect(r.status == 200, f"GET {target} If-Match: *: {r}")
        if not tag.startswith("W/"):
            r = get(target, ["Accept-Encoding: identity", f"If-Match: W/{tag}"])
            expect(r.status == 412, f"If-Match uses strong comparison: W/{tag} got {r}")


@check("if-unmodified-since-412")
def _():
    r = get("/")
    lm = r.get("last-modified")
    expect(lm is not None, "static file without Last-Modified")
    r = get("/", ["If-Unmodified-Since: Thu, 01 Jan 1970 00:00:00 GMT"])
    expect(r.status == 412, f"If-Unmodified-Since 1970: {r}")
    r = get("/", [f"If-Unmodified-Since: {lm}"])
    expect(r.status == 200, f"If-Unmodified-Since = Last-Modified: {r}")


@check("if-modified-since")
def _():
    r = get("/")
    lm = r.get("last-modified")
    expect(lm is not None, "static file without Last-Modified")
    r = get("/", [f"If-Modified-Since: {lm}"])
    expect(r.status == 304, f"If-Modified-Since = Last-Modified: {r}")
    r = get("/", ["If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT"])
    expect(r.status == 200, f"If-Modified-Since 1970: {r}")
    r = get("/", ["If-Modified-Since: not a date"])
    expect(r.status == 200, f"invalid If-Modified-Since must be ignored: {r}")
    r = get("/", ["If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT", 'If-None-Match: "nope"'])
    expect(r.status == 200, f"If-None-Match takes precedence over If-Modified-Since: {r}")


@check("range")
def _():
    full = get("/", ["Accept-Encoding: identity"])
    size = len(full.body)
    tag = full.get("etag")
    expect(size > 20, f"/ is only {size} bytes")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=0-9"])
    expect(r.status == 206, f"Range bytes=0-9: {r}")
    expect(r.get("content-range") == f"bytes 0-9/{size}", f"Content-Range {r.get('content-range')!r}")
    expect(r.body == full.body[:10], "206 body is not bytes 0-9")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=-5"])
    expect(r.status == 206 and r.body == full.body[-5:], f"suffix range bytes=-5: {r}")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=0-1,5-6"])
    expect(r.status == 200 or (r.status == 206 and "multipart/byteranges" in (r.get("content-type") or "")),
           f"multi-range: {r} {r.get('content-type')}")
    r = get("/", ["Accept-Encoding: identity", f"Range: bytes={size + 100}-"])
    expect(r.status == 416, f"unsatisfiable range: {r}")
    expect(r.get("content-range") == f"bytes */{size}", f"416 Content-Range {r.get('content-range')!r}")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=0-9", 'If-Range: "stale"'])
    expect(r.status == 200 and len(r.body) == size, f"If-Range not matching: {r}")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=0-9", f"If-Range: {tag}"])
    expect(r.status == 206, f"If-Range matching: {r}")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=0-9", f"If-None-Match: {tag}"])
    expect(r.status == 304, f"Range with matching If-None-Match: {r} (304 beats 206)")
    r = get("/", ["Accept-Encoding: identity", "Range: lines=0-9"])
    expect(r.status == 200, f"unknown range unit must be ignored: {r}")


@check("range-syntax", strict=True)
def _():
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=abc"])
    expect(r.status in (200, 416), f"invalid Range bytes=abc: {r}")
    r = get("/", ["Accept-Encoding: identity", "Range: bytes=5-1"])
    expect(r.status in (200, 416), f"invalid Range bytes=5-1: {r}")


@check("content-coding")
def _():
    for target in ("/", "/api/v1/articles"):
        plain = get(target, ["Accept-Encoding: identity"])
        gz = get(target, ["Accept-Encoding: gzip"])
        if gz.get("content-encoding") != "gzip":
            raise Fail(f"GET {target} with Accept-Encoding: gzip not compressed ({len(plain.body)} bytes)")
        import gzip
        expect(gzip.decompress(gz.body) == plain.body, f"{target}: gzip body does not inflate to identity body")
        for r, what in ((plain, "identity"), (gz, "gzip")):
            expect("accept-encoding" in (r.get("vary") or "").lower(), f"{target} {what}: Vary {r.get('vary')!r}")
        expect(plain.get("etag") != gz.get("etag"), f"{target}: gzip and identity share ETag {gz.get('etag')}")
        r = get(target, ["Accept-Encoding: gzip;q=0, identity"])
        expect(r.get("content-encoding") is None, f"{target}: gzip;q=0 still gzip")
        r = get(target, ["Accept-Encoding: gzip", f"If-None-Match: {plain.get('etag')}"])
        expect(r.status == 200 or not plain.get("etag", "").startswith('"'),
               f"{target}: identity ETag validated a gzip answer ({r})")


@check("percent-decoding")
def _():
    r = get("/api%2Fv1%2Fstats")
    expect(r.status in (400, 404), f"/api%2Fv1%2Fstats: {r} (%2F must not separate)")
    r = get("/api/v1/%73tats")
    expect(r.status == 200, f"/api/v1/%73tats (unreserved escape): {r}")
    for target in ("/healthz%00", "/%00", "/index.html%00.js"):
        r = get(target)
        expect(r.status == 400, f"{target}: {r}")
    for target in ("/%zz", "/%4"):
        r = get(target)
        expect(r.status == 400, f"bad escape {target}: {r}")
    for target in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                   "/%252e%252e/etc/passwd", "/%c0%ae%c0%ae/etc/passwd", "/app.css/../../etc/passwd",
                   "/.%2e/.%2e/etc/passwd"):
        r = get(target)
        expect(r.status in (400, 403, 404), f"traversal {target}: {r}")
        expect(b"root:" not in r.body, f"traversal {target} leaked /etc/passwd")


# ---------------------------------------------------------------- timeouts and limits

def healthz_ms(n=10):
    times = []
    for _ in range(n):
        t = time.monotonic()
        r = status_of(req("GET", "/healthz"), timeout=5)
        if r is None or r.status != 200:
            return None
        times.append((time.monotonic() - t) * 1000)
    return statistics.median(times)


def drip_until_closed(first, drip, limit):
    """Sends first, then drip every 0.5 s; returns (closed by the server, seconds taken)."""
    c = Conn()
    c.send(first)
    start = time.monotonic()
    closed = False
    while not closed and time.monotonic() - start < limit * 2 + 3:
        try:
            c.send(drip)
        except OSError:
            closed = True
            break
        closed = c.closed_within(0.5)
    took = time.monotonic() - start
    c.close()
    return closed, took


@check("slowloris-head")
def _():
    limit = ARGS.header_timeout
    closed, took = drip_until_closed(b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"X-Drip: 1\r\n", limit)
    expect(closed, f"a dripping head kept the connection {took:.1f} s (header timeout {limit} s)")
    expect(took <= limit + 2, f"dripping head closed after {took:.1f} s, header timeout is {limit} s")


@check("slow-body")
def _():
    limit = ARGS.io_timeout
    closed, took = drip_until_closed(post(["Content-Length: 100000"], b"x"), b"x", limit)
    expect(closed, f"a body at 2 B/s kept the connection {took:.1f} s (io timeout {limit} s)")
    expect(took <= limit + 2, f"slow body closed after {took:.1f} s, io timeout is {limit} s")


@check("idle-keep-alive")
def _():
    r, c = exchange(req("GET", "/healthz"))
    expect(r is not None and r.status == 200, f"GET: {r}")
    start = time.monotonic()
    closed = c.closed_within(ARGS.keep_alive_timeout + 3)
    took = time.monotonic() - start
    c.close()
    expect(closed, f"idle keep-alive connection still open after {took:.1f} s")
    expect(took >= min(1.0, ARGS.keep_alive_timeout * 0.5), f"keep-alive closed too early ({took:.1f} s)")


@check("idle-before-first-byte")
def _():
    c = Conn()
    start = time.monotonic()
    closed = c.closed_within(max(ARGS.header_timeout, ARGS.keep_alive_timeout) + 3)
    c.close()
    expect(closed, f"silent connection open after {time.monotonic() - start:.1f} s")


@check("connection-limit-503")
def _():
    if not ARGS.max_connections:
        raise Skip("needs --max-connections")
    held = []
    try:
        for _ in range(ARGS.max_connections):
            c = Conn()
            c.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # incomplete head keeps the slot
            held.append(c)
        time.sleep(0.3)  # lets the server accept every held connection
        r = status_of(req("GET", "/healthz"), timeout=5)
        expect(r is not None and r.status == 503, f"connection {ARGS.max_connections + 1}: {r}, wanted 503")
        expect(r.get("retry-after") is not None, "503 without Retry-After")
    finally:
        for c in held:
            c.close()
    deadline = time.monotonic() + 5
    r = None
    while time.monotonic() < deadline:
        r = status_of(req("GET", "/healthz"), timeout=2)
        if r is not None and r.status == 200:
            break
        time.sleep(0.2)
    expect(r is not None and r.status == 200, f"after the held connections closed: {r}")


def fd_count():
    if not ARGS.pid:
        return None
    try:
        return len(os.listdir(f"/proc/{ARGS.pid}/fd"))
    except OSError:
        return None


def settle_fds(baseline, seconds=5):
    deadline = time.monotonic() + seconds
    n = fd_count()
    while n is not None and n > baseline and time.monotonic() < deadline:
        time.sleep(0.2)
        n = fd_count()
    return n


def healthz_recovers(seconds):
    """Polls /healthz until 200; returns the last answer and how long it took."""
    start = time.monotonic()
    while True:
        r = status_of(req("GET", "/healthz"), timeout=2)
        waited = time.monotonic() - start
        if (r is not None and r.status == 200) or waited > seconds:
            return r, waited
        time.sleep(0.1)


@check("close-race-no-leak")
def _():
    baseline = fd_count()
    one = req("GET", "/healthz")
    burst = (one * (65536 // len(one) + 1))[:65536]
    for _ in range(20):
        s = socket.create_connection(PLAIN, timeout=5)
        s.sendall(burst)
        s.close()
    r, waited = healthz_recovers(5)
    expect(r is not None and r.status == 200, f"5 s after 20 close races: {r}")
    expect(waited < 1, f"after 20 close races /healthz got 503 for {waited:.1f} s (slots held by closed peers)")
    if baseline is not None:
        n = settle_fds(baseline)
        expect(n is not None and n <= baseline, f"fds {baseline} before, {n} 5 s after 20 close races")


@check("responsive-under-heavy-pipelining")
def _():
    heavy = req("GET", "/api/v1/search?q=" + "+".join(["a*"] * 64)) + \
        req("GET", "/api/v1/suggest?q=" + "+".join(["paris"] * 200))
    stop = time.monotonic() + 4

    def hammer():
        while time.monotonic() < stop:
            try:
                c = Conn(timeout=5)
                c.send(heavy * 50)
                for _ in range(100):
                    if c.response(timeout=5) is None or time.monotonic() > stop:
                        break
                c.close()
            except OSError:
                pass

    threads = [threading.Thread(target=hammer) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    ms = healthz_ms(15)
    for t in threads:
        t.join()
    expect(ms is not None, "/healthz failed while two clients pipelined heavy queries")
    expect(ms < ARGS.latency_ms, f"/healthz median {ms:.1f} ms under heavy pipelining (limit {ARGS.latency_ms} ms)")


@check("responsive-after-abuse")
def _():
    ms = healthz_ms(15)
    expect(ms is not None, "/healthz fails after the abusive checks")
    expect(ms < ARGS.latency_ms, f"/healthz median {ms:.1f} ms (limit {ARGS.latency_ms} ms)")


# ---------------------------------------------------------------- TLS

def tls_ctx(maximum=None, minimum=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    if maximum:
        ctx.set_ciphers("ALL:@SECLEVEL=0")
        ctx.minimum_version = minimum or ssl.TLSVersion.MINIMUM_SUPPORTED
        ctx.maximum_version = maximum
    return ctx


@check("tls-get", tls=True)
def _():
    r = get("/healthz", tls=True)
    expect(r.status == 200, f"GET /healthz over TLS: {r}")


@check("tls-versions", tls=True)
def _():
    for version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1):
        try:
            c = Conn(tls=True, ctx=tls_ctx(maximum=version, minimum=version))
        except ssl.SSLError:
            continue
        except OSError:
            continue
        got = c.sock.version()
        c.close()
        raise Fail(f"handshake succeeded with {got}")
    c = Conn(tls=True, ctx=tls_ctx(maximum=ssl.TLSVersion.TLSv1_2, minimum=ssl.TLSVersion.TLSv1_2))
    expect(c.sock.version() == "TLSv1.2", f"TLS 1.2 refused ({c.sock.version()})")
    c.close()


@check("tls-alpn", tls=True)
def _():
    c = Conn(tls=True, alpn=["h2", "http/1.1"])
    got = c.sock.selected_alpn_protocol()
    c.close()
    expect(got == "http/1.1", f"ALPN offered h2,http/1.1: server chose {got!r}")


@check("tls-close-notify", tls=True)
def _():
    c = Conn(tls=True)
    c.send(req("GET", "/healthz", tls=True))
    r = c.response()
    expect(r is not None and r.status == 200, f"GET: {r}")
    try:
        c.sock.unwrap()  # sends close_notify and waits for the server's
    except (ssl.SSLError, OSError) as e:
        raise Fail(f"no close_notify in return: {e}")
    finally:
        c.close()


@check("tls-close-race-no-leak", tls=True)
def _():
    baseline = fd_count()
    two = req("GET", "/healthz", tls=True) * 2
    for _ in range(20):
        inc = ssl.MemoryBIO()
        out = ssl.MemoryBIO()
        obj = tls_ctx().wrap_bio(inc, out, server_hostname=TLS[0])
        s = socket.create_connection(TLS, timeout=5)
        try:
            while True:
                try:
                    obj.do_handshake()
                    break
                except ssl.SSLWantReadError:
                    s.sendall(out.read())
                    data = s.recv(65536)
                    if not data:
                        raise Fail("server closed during handshake")
                    inc.write(data)
            s.sendall(out.read())
            obj.write(two)
            try:
                obj.unwrap()
            except ssl.SSLWantReadError:
                pass
            s.sendall(out.read())  # requests and close_notify in one segment
        finally:
            s.close()
    r = get("/healthz", tls=True)
    expect(r.status == 200, f"after 20 TLS close races: {r}")
    if baseline is not None:
        n = settle_fds(baseline)
        expect(n is not None and n <= baseline, f"fds {baseline} before, {n} 5 s after 20 TLS close races")


def read_until_closed(s, seconds):
    """Reads a raw socket until EOF or seconds pass; returns (bytes, closed) and closes it."""
    data, closed = b"", False
    s.settimeout(seconds)
    try:
        while True:
            chunk = s.recv(4096)
            if not chunk:
                closed = True
                break
            data += chunk
    except socket.timeout:
        pass
    except OSError:
        closed = True
    s.close()
    return data, closed


@check("tls-port-plaintext", tls=True)
def _():
    s = socket.create_connection(TLS, timeout=5)
    start = time.monotonic()
    s.sendall(req("GET", "/healthz"))
    data, closed = read_until_closed(s, 3)
    took = time.monotonic() - start
    expect(closed, f"plaintext on the TLS port: not closed within 3 s (got {data[:40]!r})")
    expect(not data.startswith(b"HTTP/1.1 200"), "plaintext on the TLS port was served")
    expect(took < 3, f"plaintext on the TLS port closed after {took:.1f} s")


@check("client-hello-on-plain-port", tls=True)
def _():
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = tls_ctx().wrap_bio(inc, out, server_hostname=PLAIN[0])
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    hello = out.read()
    s = socket.create_connection(PLAIN, timeout=5)
    start = time.monotonic()
    s.sendall(hello)
    data, closed = read_until_closed(s, 3)
    took = time.monotonic() - start
    expect(closed, f"ClientHello on the plain port: not closed within 3 s ({data[:30]!r})")
    expect(data == b"" or data.startswith(b"HTTP/1.1 400"), f"ClientHello answered {data[:30]!r}")
    expect(took < 3, f"ClientHello on the plain port closed after {took:.1f} s")


# ---------------------------------------------------------------- main

def address(url, scheme):
    u = urllib.parse.urlsplit(url)
    if u.scheme != scheme or not u.hostname or not u.port:
        sys.exit(f"probe: expected {scheme}://HOST:PORT, got {url!r}")
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("probe: only loopback servers are probed")
    return (u.hostname, u.port)


def main():
    global ARGS, PLAIN, TLS
    p = argparse.ArgumentParser(description="Black-box HTTP/1.1 conformance and security probe.")
    p.add_argument("--url", required=True, help="http://127.0.0.1:PORT of the running server")
    p.add_argument("--tls-url", help="https://127.0.0.1:PORT (enables the TLS checks)")
    p.add_argument("--strict", action="store_true", help="add the SHOULD-level checks")
    p.add_argument("--pid", type=int, help="server pid: checks /proc/PID/fd returns to baseline")
    p.add_argument("--only", help="comma-separated check names")
    p.add_argument("--timeout", type=float, default=5, help="seconds to wait for an answer")
    p.add_argument("--header-timeout", type=float, default=10, help="server's --header-timeout")
    p.add_argument("--keep-alive-timeout", type=float, default=30, help="server's --keep-alive-timeout")
    p.add_argument("--io-timeout", type=float, default=30, help="server's --io-timeout")
    p.add_argument("--max-connections", type=int, help="server's --max-connections (enables the 503 check)")
    p.add_argument("--max-request-line", type=int, default=8192)
    p.add_argument("--max-header-bytes", type=int, default=32768)
    p.add_argument("--max-headers", type=int, default=100)
    p.add_argument("--max-body", type=int, default=1048576)
    p.add_argument("--latency-ms", type=float, default=50, help="highest /healthz median allowed")
    ARGS = p.parse_args()
    PLAIN = address(ARGS.url, "http")
    if ARGS.tls_url:
        TLS = address(ARGS.tls_url, "https")
    for addr in filter(None, (PLAIN, TLS)):
        try:
            socket.create_connection(addr, timeout=ARGS.timeout).close()
        except OSError as e:
            sys.exit(f"probe: cannot connect to {addr[0]}:{addr[1]}: {e}")
    only = set(ARGS.only.split(",")) if ARGS.only else None
    passed = failed = 0
    for name, strict, tls, fn in CHECKS:
        if only and name not in only:
            continue
        if strict and not ARGS.strict:
            continue
        if tls and TLS is None:
            continue
        try:
            fn()
            print(f"PASS {name}", flush=True)
            passed += 1
        except Skip as e:
            print(f"SKIP {name}: {e}", flush=True)
        except Fail as e:
            print(f"FAIL {name}: {e}", flush=True)
            failed += 1
        except Exception as e:  # a crash of the probe or the connection is a failure of the check
            print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
