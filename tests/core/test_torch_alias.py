"""autograd_tutor.torch_alias.install() for scripts: `import torch...` loads autograd_tutor's modules.
Each case runs in a fresh interpreter: this one has real PyTorch imported (the oracle)."""
import subprocess
import sys
import textwrap


def run(program):
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(program)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_script_imports_torch_and_its_modules_as_autograd_tutors():
    assert run("""
        import warnings
        warnings.simplefilter("error")  # relative imports inside the package must not warn
        from autograd_tutor import torch_alias
        torch_alias.install()
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
        from torch import optim
        from torch.utils.data import DataLoader
        import autograd_tutor, autograd_tutor.nn
        print(torch is autograd_tutor, nn is autograd_tutor.nn, F.__name__, optim.__name__, DataLoader.__module__)
        print(nn.__spec__.name, F.mse_loss(nn.Linear(2, 1)(torch.ones(1, 2)), torch.zeros(1, 1)).grad_fn.name())
    """) == ["True True autograd_tutor.nn.functional autograd_tutor.optim autograd_tutor.utils.data.dataloader",
             "autograd_tutor.nn MseLossBackward0"]


def test_a_missing_submodule_is_named_and_uninstall_gives_torch_back():
    assert run("""
        from autograd_tutor import torch_alias
        torch_alias.install()
        import torch
        try:
            import torch.fft
        except ModuleNotFoundError as error:
            print(error, error.name)
        for program in ("import torch.no_such_thing", "import torch.cat"):  # torch.cat: a function, no module
            try:
                exec(program)
            except ModuleNotFoundError as error:
                print(error)
        torch_alias.uninstall()
        import torch
        print(torch.__name__, torch.nn.Linear.__module__)
    """) == ["No module named 'torch.fft' (PyTorch has torch.fft; autograd_tutor does not implement it) torch.fft",
             "No module named 'torch.no_such_thing' (torch is autograd_tutor here, and it has no module "
             "autograd_tutor.no_such_thing)",
             "No module named 'torch.cat' (torch is autograd_tutor here, and it has no module autograd_tutor.cat)",
             "torch torch.nn.modules.linear"]


def test_import_autograd_tutor_alone_leaves_torch_alone_and_install_refuses_after_real_torch():
    assert run("""
        import autograd_tutor, torch
        print(torch.__name__, torch.nn.Linear.__module__)
        from autograd_tutor import torch_alias
        try:
            torch_alias.install()
        except RuntimeError as error:
            print(error)
    """) == ["torch torch.nn.modules.linear",
             "real PyTorch is already imported in this process, and autograd_tutor cannot take its name from "
             "under it: call torch_alias.install() before anything imports torch"]
