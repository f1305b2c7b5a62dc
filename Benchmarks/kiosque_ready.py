"""Waiting for a kiosque server that listens while it loads (shared by the benchmark scripts)."""

import http.client
import time


def wait_until_ready(port, process):
    """Polls /readyz until it answers 200; exits if the server process (when given) ends first."""
    while True:
        try:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            probe.request("GET", "/readyz")
            if probe.getresponse().status == 200:
                return
        except OSError:
            pass
        if process is not None and process.poll() is not None:
            raise SystemExit("kiosque exited while loading")
        time.sleep(0.05)
