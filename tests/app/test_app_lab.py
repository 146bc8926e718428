"""`autograd-tutor lab DIR` copies the notebooks into DIR and starts a JupyterLab server there,
passing the options it does not know to JupyterLab."""

import json
import os
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


def test_lab_serves_the_practice_notebooks_from_a_fresh_folder(tmp_path):
    port, token, folder = _free_port(), "autograd-tutor-test", tmp_path / "my notebooks"
    server = subprocess.Popen(
        [sys.executable, "-m", "autograd_tutor.app.cli", "lab", str(folder), "--no-browser", f"--port={port}",
         f"--IdentityProvider.token={token}", "--ServerApp.ip=127.0.0.1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "JUPYTER_DATA_DIR": str(tmp_path / "data")},
    )
    try:
        listing = _get_when_up(f"http://127.0.0.1:{port}/api/contents/practice?token={token}", deadline=60)
        names = {entry["name"] for entry in listing["content"]}
        assert "00_warmup.ipynb" in names
        top = _get_when_up(f"http://127.0.0.1:{port}/api/contents?token={token}", deadline=5)
        assert {entry["name"] for entry in top["content"]} == {"START_HERE.ipynb", "tutorials", "practice"}
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
