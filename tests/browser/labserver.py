"""A throwaway JupyterLab for browser tests, and helpers to drive it with Playwright.

    with Lab(root) as lab:                      # token-less server on 127.0.0.1, free port
        page = lab.open(browser, "demo.ipynb")  # notebook shown, kernel idle
        lab.run_all(page)                       # Run > Run All Cells, waits until idle

Everything Jupyter writes (config, runtime, settings, workspaces) goes under the temporary
root, so runs never see a user's Lab state; the server is always killed on exit.
"""
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import nbformat

from autograd_tutor.app.lab import QUIET_NOTIFICATIONS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT_S = 45
KERNEL_TIMEOUT_MS = 45_000
# Server extensions a test never needs (language servers, jupytext): a faster start.
SERVER_CONFIG = {"ServerApp": {"jpserver_extensions": {"jupyter_lsp": False, "jupyterlab_jupytext": False}}}
PAGE_CONFIG = {"disabledExtensions": {"jupyterlab-jupytext": True}}
# No toast at all in screenshots, on top of the app's own quiet defaults (no news question,
# no update check), which the harness writes as user settings files.
NO_TOASTS = {"doNotDisturbMode": True}


def quiet_settings():
    """``{settings file: values}``: QUIET_NOTIFICATIONS (``"package:plugin"`` ids, overrides.json's
    keys) as JupyterLab's user settings files (``package/plugin.jupyterlab-settings``)."""
    files = {}
    for plugin, values in QUIET_NOTIFICATIONS.items():
        package, name = plugin.split(":", 1)
        files[f"{package}/{name}.jupyterlab-settings"] = {**values, **NO_TOASTS}
    return files




def write_notebook(path, cells):
    """A notebook from cell sources (strings starting with "# md" become markdown)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    for src in cells:
        if src.startswith("# md\n"):
            nb.cells.append(nbformat.v4.new_markdown_cell(src[len("# md\n"):]))
        else:
            nb.cells.append(nbformat.v4.new_code_cell(src))
    nbformat.write(nb, str(path))
    return path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    app_module = "jupyterlab"
    notebook_url = "lab/tree"  # where a notebook opens: {url}/{notebook_url}/{path}

    def __init__(self, root):
        self.root = pathlib.Path(root)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None
        self.log_path = self.root.parent / f"lab-{self.port}.log"

    # ----- server -----
    def __enter__(self):
        state = self.root.parent / f"jupyter-state-{self.port}"
        settings = state / "settings"
        for name, values in quiet_settings().items():
            target = settings / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(values))
        config = state / "config"
        (config / "labconfig").mkdir(parents=True, exist_ok=True)
        (config / "jupyter_server_config.json").write_text(json.dumps(SERVER_CONFIG))
        (config / "labconfig" / "page_config.json").write_text(json.dumps(PAGE_CONFIG))
        self.data_dir = state / "data"  # notebook signatures (trust) live here
        env = dict(os.environ, JUPYTER_CONFIG_DIR=str(config), JUPYTER_DATA_DIR=str(self.data_dir),
                   JUPYTER_RUNTIME_DIR=str(state / "runtime"), JUPYTER_PLATFORM_DIRS="1",
                   IPYTHONDIR=str(state / "ipython"), PYTHONUNBUFFERED="1")
        cmd = [sys.executable, "-m", self.app_module, "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
               "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.open_browser=False",
               f"--ServerApp.root_dir={self.root}", "--ServerApp.disable_check_xsrf=True",
               *self.app_args(settings, state)]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI often run as root
            cmd.append("--allow-root")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, cwd=self.root, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def app_args(self, settings, state):
        return [f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={state / 'workspaces'}",
                "--LabApp.news_url=None"]

    def _wait_ready(self):
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited early:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/status", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"JupyterLab did not answer within {START_TIMEOUT_S} s:\n{self.log()}")

    def __exit__(self, *exc):
        if self.proc is not None and self.proc.poll() is None:
            # The server and the kernels it started share one process group: end all of it.
            for sig, wait in ((signal.SIGTERM, 8), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.proc.pid, sig)
                    self.proc.wait(timeout=wait)
                    break
                except ProcessLookupError:
                    break
                except subprocess.TimeoutExpired:
                    continue
        if getattr(self, "_log", None):
            self._log.close()
        return False

    def log(self):
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    # ----- pages -----
    def start_kernel(self, notebook, kernel="python3"):
        """Starts the notebook's kernel through the REST API, so Lab opens it without asking."""
        body = json.dumps({"path": notebook, "type": "notebook", "name": notebook,
                           "kernel": {"name": kernel}}).encode()
        request = urllib.request.Request(f"{self.url}/api/sessions", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:
            return json.load(r)

    def open(self, browser, notebook, viewport=(1360, 1500), scale=1.5):
        """A page showing ``notebook`` with its kernel started and idle."""
        self.start_kernel(notebook)
        page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                device_scale_factor=scale)
        page.set_default_timeout(KERNEL_TIMEOUT_MS)
        page.goto(f"{self.url}/{self.notebook_url}/{notebook}" + ("?reset" if self.notebook_url == "lab/tree" else ""))
        page.wait_for_selector(".jp-NotebookPanel .jp-Cell")
        wait_kernel_idle(page)
        return page

    def run_all(self, page):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        # Every code cell gets an execution count once it ran; then the kernel goes idle.
        page.wait_for_function(
            """() => {
                const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
                return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
            }""")
        wait_kernel_idle(page)


class Notebook7(Lab):
    """The same throwaway server, as Jupyter Notebook 7 (one notebook per browser tab)."""

    app_module = "notebook"
    notebook_url = "notebooks"

    def app_args(self, settings, state):
        return [f"--JupyterNotebookApp.user_settings_dir={settings}",
                f"--JupyterNotebookApp.workspaces_dir={state / 'workspaces'}"]


def wait_kernel_idle(page):
    """The notebook's kernel is connected and idle (the toolbar shows its name and status)."""
    page.wait_for_function(
        """() => {
            const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
            const status = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
            const name = panel && panel.querySelector('.jp-KernelName');
            return status && status.getAttribute('data-status') === 'idle'
                && name && !/No Kernel|Unknown/.test(name.textContent);
        }""")


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
