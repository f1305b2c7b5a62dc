#!/usr/bin/env python3
"""Measures HTTP servers side by side on this machine with wrk, in interleaved rounds.

Called by Benchmarks/http.sh, which builds the servers and says how to start them:

    compare.py --fixtures DIR --results DIR \
        --server 'NAME=SHELL COMMAND' [--server ...] [--map 'NAME:/peer/path=/own/path' ...] \
        [--build-seconds NAME=S ...]

Each command is run with `bash -c`, with PORT set to the server's own loopback port; it must
`exec` the server so that the measured process (and its memory) is the server itself. Every
server must answer GET /healthz, /api/v1/articles/1 (the bytes of article.json) and
/static/index.html (the bytes of index.html), and 404 with a JSON body; `--map` lets one
server answer a path under another name. Before measuring, each server is checked (status,
content type, identical bytes, 404, keep-alive reuse): `ok` or `MISMATCH` in the report.

Then, per round, per load mode (c64: throughput, many keep-alive connections; c1: one
connection in request/response ping-pong), per path, every server in turn, so that noise
and drift hit all of them alike. The report gives medians over rounds, the ratio to the
baseline server (same mode and path), p50/p99 latency and errors, and memory (VmRSS at
idle and after the load, VmHWM; summed over a server's process tree).

Environment (defaults in brackets): DURATION [10s], ROUNDS [3], WARMUP [2s], CONNS [64],
LATENCY [1: also the c1 mode], PIN [1: servers on SERVER_CPUS [0], wrk on CLIENT_CPUS [1]],
PATHS ["/healthz /api/v1/articles/1 /static/index.html"], BASELINE [hummingbird],
BASE_PORT [19180], STARTUP_TIMEOUT [60 s], KEEP_TMP [0].
Only the processes started here are stopped (each in its own process group).
"""
import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOST = "127.0.0.1"


def setting(name, default):
    return os.environ.get(name, default)


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ processes and memory

def process_tree(pid):
    """pid and every descendant, from /proc's children lists."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                pending += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return found


def memory_kb(pid, field):
    """Sum of a /proc status field (VmRSS, VmHWM) over the process tree, or None."""
    total, seen = 0, False
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    total += int(line.split()[1])
                    seen = True
        except OSError:
            pass
    return total if seen else None


class Server:
    def __init__(self, name, command, port, paths, workdir):
        self.name, self.command, self.port, self.paths = name, command, port, paths
        self.log_path = workdir / f"{name}.log"
        self.process = None
        self.check = "?"

    def url(self, path):
        return f"http://{HOST}:{self.port}{self.paths.get(path, path)}"

    def start(self, pin, timeout):
        environment = {**os.environ, "PORT": str(self.port), "HOST": HOST}
        prefix = ["taskset", "-c", pin] if pin else []
        with open(self.log_path, "wb") as output:
            self.process = subprocess.Popen(prefix + ["bash", "-c", self.command], env=environment,
                                            stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log(f"{self.name} exited during startup:\n{self.log_path.read_text(errors='replace')[-2000:]}")
                return False
            # kiosque listens (and answers /healthz) while it loads: its /readyz says 503 until
            # the API is ready. Peers without /readyz answer 404 there, which is fine.
            if fetch(self.url("/healthz"))[0] == 200 and fetch(self.url("/readyz"))[0] != 503:
                log(f"{self.name} up on {HOST}:{self.port} (pid {self.process.pid})")
                return True
            time.sleep(0.2)
        log(f"{self.name}: not ready (/healthz 200, /readyz not 503) after {timeout}s")
        return False

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def fetch(url):
    """(status, content type, body); status 0 when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()
    except (OSError, ValueError):
        return 0, "", b""


def connections_for_two_requests(url):
    """curl's count of new connections for two requests in one invocation ("1 0" = reused)."""
    result = subprocess.run(["curl", "-s", "-o", "/dev/null", "-o", "/dev/null", "-w", "%{num_connects} ", url, url],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip()


def check(server, fixtures):
    """Same answers as every other server: statuses, types and bytes."""
    problems = []
    status, kind, body = fetch(server.url("/healthz"))
    if status != 200 or not kind.startswith("application/json"):
        problems.append(f"/healthz: {status} {kind}")
    elif server.paths.get("/healthz", "/healthz") == "/healthz" and b'"ok"' not in body:
        problems.append(f"/healthz body {body[:80]!r}")
    for path, name, prefix in (("/api/v1/articles/1", "article.json", "application/json"),
                               ("/static/index.html", "index.html", "text/html")):
        status, kind, body = fetch(server.url(path))
        expected = (fixtures / name).read_bytes()
        if status != 200 or not kind.startswith(prefix) or body != expected:
            problems.append(f"{path}: {status} {kind}, {len(body)} bytes ({name}: {len(expected)} bytes, must be identical)")
    status, kind, _ = fetch(f"http://{HOST}:{server.port}/no/such/path")
    if status != 404 or not kind.startswith(("application/json", "application/problem+json")):
        problems.append(f"404 answered {status} {kind}")
    reuse = connections_for_two_requests(server.url("/healthz"))
    if reuse != "1 0":
        problems.append(f"keep-alive not reused (connects: {reuse})")
    for problem in problems:
        log(f"{server.name} {problem}")
    server.check = "MISMATCH" if problems else "ok"


# ------------------------------------------------------------------ wrk

def wrk(server, path, connections, duration, pin, workdir):
    """One wrk run: dict of requests, rps, p50, p99, max (µs), errors, non2xx, bytes; None if wrk failed."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}", "--timeout", "5s",
               "-s", str(HERE / "wrk-result.lua"), server.url(path)]
    if pin:
        command = ["taskset", "-c", pin] + command
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    (workdir / f"wrk-{server.name}-{path.strip('/').replace('/', '_')}-c{connections}.txt").write_text(result.stdout + result.stderr)
    for line in reversed(result.stdout.splitlines()):
        if line.startswith("wrk-result "):
            names = ("requests", "rps", "p50", "p99", "max", "errors", "non2xx", "bytes")
            return dict(zip(names, (float(v) for v in line.split()[1:])))
    return None


# ------------------------------------------------------------------ report

def median(values):
    return statistics.median(values) if values else 0.0


def report(servers, rows, modes, args, settings, started, load_before, load_after, stamp):
    pin, rounds, duration, baseline = settings["pin"], settings["rounds"], settings["duration"], settings["baseline"]
    lines = [f"kiosque peer benchmark {stamp}",
             f"host: {os.cpu_count()} cores, {platform.system()} {platform.release()}; load avg before: {load_before}, after: {load_after}"]
    if pin:
        lines.append(f"pinning: servers on CPU {settings['server_cpus']}, wrk on CPU {settings['client_cpus']} (taskset); nginx workers: 1")
    else:
        lines.append("pinning: none (servers and wrk share all cores); nginx workers: auto")
    described = ", ".join(f"{mode} (-t1 -c{conns})" for mode, conns in modes)
    lines.append(f"wrk: {duration} per run, {rounds} interleaved rounds; modes: {described}")
    lines.append(f"medians over rounds; ratio = req/s / {baseline} req/s (same path and mode)")
    for server in servers:
        if server.paths:
            pairs = " ".join(f"{k}={v}" for k, v in server.paths.items())
            lines.append(f"{server.name}: paths {pairs}")
    summary = [("mode", "path", "server", "rounds", "median_req_per_s", f"ratio_vs_{baseline}", "median_p50_us",
                "median_p99_us", "errors", "rss_start_kb", "rss_after_kb", "peak_rss_kb", "check")]
    for mode, _ in modes:
        lines += ["", f"== mode {mode} ==", f"{'path':<20} {'server':<12} {'req/s':>12} {'ratio':>7} {'p50_us':>9} {'p99_us':>9} {'errors':>7}"]
        for path in settings["paths"]:
            base = [r["rps"] for r in rows if (r["mode"], r["path"], r["server"]) == (mode, path, baseline)]
            for server in servers:
                mine = [r for r in rows if (r["mode"], r["path"], r["server"]) == (mode, path, server.name)]
                if not mine:
                    continue
                rps = median([r["rps"] for r in mine])
                ratio = f"{rps / median(base):.2f}" if base and median(base) > 0 else "-"
                p50, p99 = median([r["p50"] for r in mine]), median([r["p99"] for r in mine])
                errors = int(sum(r["errors"] + r["non2xx"] for r in mine))
                lines.append(f"{path:<20} {server.name:<12} {rps:>12.0f} {ratio:>7} {p50:>9.0f} {p99:>9.0f} {errors:>7}")
                summary.append((mode, path, server.name, len(mine), f"{rps:.0f}", ratio, f"{p50:.0f}", f"{p99:.0f}", errors,
                                started[server.name]["rss_start"], started[server.name]["rss_after"],
                                started[server.name]["peak"], server.check))
    lines += ["", f"{'server':<12} {'check':<9} {'rss_start_kB':>14} {'rss_after_kB':>14} {'peak_rss_kB':>14} {'build_s':>10}"]
    for server in servers:
        memory = started[server.name]
        lines.append(f"{server.name:<12} {server.check:<9} {memory['rss_start']:>14} {memory['rss_after']:>14} "
                     f"{memory['peak']:>14} {args.build_seconds.get(server.name, '-'):>10}")
    raw_path, summary_path = args.results / f"{stamp}.tsv", args.results / f"{stamp}.summary.tsv"
    summary_path.write_text("".join("\t".join(str(c) for c in row) + "\n" for row in summary))
    lines += ["", f"raw: {raw_path}  summary: {summary_path}"]
    text = "\n".join(lines) + "\n"
    (args.results / f"{stamp}.txt").write_text(text)
    print(text, end="")


# ------------------------------------------------------------------ main

def parse(argv):
    parser = argparse.ArgumentParser(description="Compare HTTP servers with wrk in interleaved rounds.")
    parser.add_argument("--fixtures", type=Path, required=True)
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--server", action="append", default=[], metavar="NAME=COMMAND")
    parser.add_argument("--map", action="append", default=[], metavar="NAME:/PATH=/OWN")
    parser.add_argument("--build-seconds", action="append", default=[], metavar="NAME=S")
    args = parser.parse_args(argv)
    args.servers = [tuple(spec.split("=", 1)) for spec in args.server]
    if not args.servers or any(len(s) != 2 for s in args.servers):
        parser.error("--server NAME=COMMAND, at least once")
    args.maps = {}
    for spec in args.map:
        name, _, pair = spec.partition(":")
        peer, _, own = pair.partition("=")
        if not (peer.startswith("/") and own.startswith("/")):
            parser.error(f"--map {spec}: expected NAME:/PATH=/OWN")
        args.maps.setdefault(name, {})[peer] = own
    args.build_seconds = dict(spec.split("=", 1) for spec in args.build_seconds)
    return args


def main(argv=None):
    args = parse(argv)
    for tool in ("wrk", "curl"):
        if not shutil.which(tool):
            sys.exit(f"error: {tool} not found")
    pin = setting("PIN", "1") == "1" and shutil.which("taskset") is not None
    settings = {"pin": pin, "rounds": int(setting("ROUNDS", "3")), "duration": setting("DURATION", "10s"),
                "baseline": setting("BASELINE", "hummingbird"), "server_cpus": setting("SERVER_CPUS", "0"),
                "client_cpus": setting("CLIENT_CPUS", "1"),
                "paths": setting("PATHS", "/healthz /api/v1/articles/1 /static/index.html").split()}
    conns = int(setting("CONNS", "64"))
    modes = [(f"c{conns}", conns)] + ([("c1", 1)] if setting("LATENCY", "1") == "1" and conns != 1 else [])
    server_pin = settings["server_cpus"] if pin else None
    client_pin = settings["client_cpus"] if pin else None
    args.results.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="kiosque-peers-"))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base_port = int(setting("BASE_PORT", "19180"))
    servers = [Server(name, command, base_port + i + 1, args.maps.get(name, {}), workdir)
               for i, (name, command) in enumerate(args.servers)]
    started, running = {}, []
    try:
        for server in servers:
            started[server.name] = {"rss_start": "-", "rss_after": "-", "peak": "-"}
            if server.start(server_pin, int(setting("STARTUP_TIMEOUT", "60"))):
                check(server, args.fixtures)
                started[server.name]["rss_start"] = memory_kb(server.process.pid, "VmRSS") or "-"
                running.append(server)
            else:
                server.check = "FAILED"
        if not running:
            sys.exit("error: no server started")
        load_before = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        log(f"warm-up: {setting('WARMUP', '2s')} per server and path")
        for server in running:
            for path in settings["paths"]:
                wrk(server, path, conns, setting("WARMUP", "2s"), client_pin, workdir)
        rows = []
        total = settings["rounds"] * len(modes) * len(settings["paths"]) * len(running)
        for round_number in range(1, settings["rounds"] + 1):
            for mode, connections in modes:
                for path in settings["paths"]:
                    for server in running:  # every server in turn: noise and drift hit all alike
                        result = wrk(server, path, connections, settings["duration"], client_pin, workdir)
                        if result is None:
                            log(f"round {round_number} {mode} {server.name} {path}: wrk gave no result")
                            result = dict.fromkeys(("requests", "rps", "p50", "p99", "max", "errors", "non2xx", "bytes"), 0.0)
                        rows.append({"round": round_number, "mode": mode, "path": path, "server": server.name, **result})
                        log(f"[{len(rows)}/{total}] round {round_number} {mode:<4} {server.name:<12} {path:<20} "
                            f"{result['rps']:.1f} req/s  p50 {result['p50']:.0f}us  p99 {result['p99']:.0f}us  "
                            f"err {result['errors']:.0f}/{result['non2xx']:.0f}")
        for server in running:
            started[server.name]["rss_after"] = memory_kb(server.process.pid, "VmRSS") or "-"
            started[server.name]["peak"] = memory_kb(server.process.pid, "VmHWM") or "-"
        load_after = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        columns = ("round", "server", "path", "mode", "requests", "rps", "p50", "p99", "max", "errors", "non2xx", "bytes")
        (args.results / f"{stamp}.tsv").write_text(
            "\t".join(columns) + "\n" + "".join("\t".join(str(r[c]) for c in columns) + "\n" for r in rows))
        report(servers, rows, modes, args, settings, started, load_before, load_after, stamp)
    finally:
        for server in servers:
            server.stop()
        if setting("KEEP_TMP", "0") != "1":
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"kept {workdir}")


if __name__ == "__main__":
    main()
