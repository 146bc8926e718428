"""A command whose extra is not installed says in one line what to install, not a traceback."""
import sys

import pytest

from autograd_tutor.app.cli import main


@pytest.mark.parametrize("command, module, extra", [
    (["release", "x.ipynb", "-o", "out"], "nbformat", "grade"),
    (["grade", "x.ipynb"], "nbformat", "grade"),
    (["grade", "x.ipynb"], "tqdm", "grade"),
])
def test_missing_extra_gives_a_one_line_install_hint(monkeypatch, capsys, tmp_path, command, module, extra):
    for name in list(sys.modules):
        if name == module or name.startswith(module + ".") or name.startswith("autograd_tutor.exercises"):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # import raises ModuleNotFoundError
    (tmp_path / "x.ipynb").write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert main(command) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"autograd-tutor {command[0]} needs {module}, which is not installed: "
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
