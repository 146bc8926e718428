"""`autograd-tutor lab` starts a JupyterLab server on the notebooks."""

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.kernel


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_lab_serves_the_exercise_notebooks():
    port, token = _free_port(), "autograd-tutor-test"
    server = subprocess.Popen(
        [sys.executable, "-m", "autograd_tutor.app.cli", "lab", "--no-browser", f"--port={port}",
         f"--IdentityProvider.token={token}", "--ServerApp.ip=127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        listing = _get_when_up(f"http://127.0.0.1:{port}/api/contents/exercises?token={token}", deadline=60)
        names = {entry["name"] for entry in listing["content"]}
        assert "00_warmup.ipynb" in names
    finally:
        server.terminate()
        server.wait(timeout=20)


def _get_when_up(url, deadline):
    stop = time.monotonic() + deadline
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > stop:
                raise
            time.sleep(0.3)
