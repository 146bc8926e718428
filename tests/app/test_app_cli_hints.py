"""A command whose extra is not installed says in one line what to install, not a traceback."""
import subprocess
import sys

import pytest

from autograd_tutor.app.cli import main


@pytest.mark.parametrize("command, module, extra", [
    (["release", "x.ipynb", "-o", "out"], "nbformat", "grade"),
    (["grade", "x.ipynb"], "nbformat", "grade"),
    (["grade", "x.ipynb"], "tqdm", "grade"),
])
def test_missing_extra_gives_a_one_line_install_hint(tmp_path, command, module, extra):
    # In a process of its own: hiding a module means forgetting the package's modules that
    # import it, which would leave this test process with a second copy of them.
    program = (
        "import sys\n"
        f"sys.modules[{module!r}] = None  # import raises ModuleNotFoundError\n"
        "from autograd_tutor.app.cli import main\n"
        f"sys.exit(main({command!r}))\n"
    )
    (tmp_path / "x.ipynb").write_text("{}")
    run = subprocess.run([sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip() == (f"autograd-tutor {command[0]} needs {module}, which is not installed: "
                                  f"pip install 'autograd-tutor[{extra}]'")


def test_lab_without_jupyterlab_says_so(monkeypatch, capsys, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "jupyterlab" else real(name, *a))
    assert main(["lab", str(tmp_path / "mine")]) == 1
    assert capsys.readouterr().err.strip() == "autograd-tutor lab needs JupyterLab: pip install 'autograd-tutor[lab]'"
    assert not (tmp_path / "mine").exists()  # nothing copied for a lab that cannot start


def test_an_unrelated_missing_module_is_not_hidden(monkeypatch):
    from autograd_tutor.app import cli

    def broken(args, extra):
        raise ModuleNotFoundError("No module named 'not_ours'", name="not_ours")

    monkeypatch.setattr(cli, "_release", broken)
    with pytest.raises(ModuleNotFoundError):
        main(["release", "x", "-o", "y"])
