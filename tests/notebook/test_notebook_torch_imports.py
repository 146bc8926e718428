"""`import torch.nn as nn`, `from torch.utils.data import DataLoader`... in a real kernel (nbclient +
ipykernel) with the extension loaded: autograd_tutor's modules while the notebook's `torch` is
autograd_tutor, real PyTorch's otherwise. Two kinds of kernel: this environment's, where real
PyTorch 2.13 is installed, and one where it is not (the `make lab` environment), made by a
sitecustomize that answers every import of torch as a missing install does."""
import pathlib
import re

import nbformat
import pytest
import torch
from nbclient import NotebookClient

pytestmark = [pytest.mark.kernel, pytest.mark.xdist_group("torch_imports")]  # one worker starts its kernels

ROOT = pathlib.Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# The usual first cell of a tutorial, with what each line bound printed after it.
FIRST = (
    "%load_ext autograd_tutor\n"
    "import autograd_tutor as torch\n"
    "import torch.nn as nn\n"
    "import torch.nn.functional as F\n"
    "import torch.optim as optim\n"
    "from torch import nn as nn2, optim as optim2\n"
    "from torch.utils.data import DataLoader, TensorDataset\n"
    "from torch.autograd import Function\n"
    "print(nn.__name__, F.__name__, optim.__name__, nn2.__name__, optim2.__name__)\n"
    "print(DataLoader.__module__, TensorDataset.__module__, Function.__module__)"
)
OURS = ["autograd_tutor.nn autograd_tutor.nn.functional autograd_tutor.optim autograd_tutor.nn autograd_tutor.optim",
        "autograd_tutor.utils.data.dataloader autograd_tutor.utils.data.dataset autograd_tutor.autograd.function"]
TRAIN = (
    "model = nn.Linear(2, 1)\n"
    "opt = optim.SGD(model.parameters(), lr=0.1)\n"
    "data = DataLoader(TensorDataset(torch.ones(4, 2), torch.zeros(4, 1)), batch_size=2)\n"
    "for x, y in data:\n"
    "    opt.zero_grad()\n"
    "    loss = F.mse_loss(model(x), y)\n"
    "    loss.backward()\n"
    "    opt.step()\n"
    "print(type(loss) is torch.Tensor, type(model) is torch.nn.Linear, loss.grad_fn.name())"
)
NO_TORCH = '''import sys


class NoTorch:
    """This kernel stands for one where PyTorch is not installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


sys.meta_path.insert(0, NoTorch())
'''
REAL_NN = f"torch.nn {torch.__version__}"
NOTE = "real PyTorch was already imported in this kernel"


def execute(cells, monkeypatch=None, tmp_path=None):
    """Runs ``cells`` in a new kernel; without PyTorch when given tmp_path (for the sitecustomize)."""
    if tmp_path is not None:
        (tmp_path / "sitecustomize.py").write_text(NO_TORCH)
        monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells.values()])
    NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    if monkeypatch is not None:
        monkeypatch.undo()
    return {name: Cell(cell) for name, cell in zip(cells, nb.cells)}


class Cell:
    def __init__(self, cell):
        self.outputs = cell.outputs

    @property
    def lines(self):
        return "".join(o.text for o in self.outputs if o.output_type == "stream" and o.name == "stdout").splitlines()

    @property
    def error(self):
        (error,) = [o for o in self.outputs if o.output_type == "error"] or [None]
        return None if error is None else f"{error.ename}: {ANSI.sub('', error.evalue)}"

    @property
    def notes(self):
        return [o.data.get("text/plain", "") for o in self.outputs if o.output_type == "display_data"
                and "autograd-tutor-note" in o.data.get("text/html", "")]

    @property
    def shows(self):
        return "\n".join(o.data.get("text/plain", "") for o in self.outputs if o.output_type == "display_data")


@pytest.fixture(scope="module")
def with_pytorch():
    """Real PyTorch installed: the alias first, then `import torch`, then the alias again."""
    return execute({
        "first": FIRST,
        "train": TRAIN,
        "later": "import torch.nn.init as init\nfrom torch.nn import Linear\nfrom torch.utils import data as d\n"
                 "print(init.__name__, Linear.__module__, d.__name__)",
        "missing": "import torch.fft",
        "real": "import torch\nimport torch.nn as nn\nprint(nn.__name__, torch.__version__)\n"
                "print(nn.Linear.__module__)",
        "alias_again": "import autograd_tutor as torch\nimport torch.nn as nn\nprint(nn.__name__, torch.__name__)",
        "more": "from torch import optim\nprint(optim.__name__)",
    })


@pytest.fixture(scope="module")
def without_pytorch(tmp_path_factory):
    """PyTorch not installed (the `make lab` environment)."""
    monkeypatch = pytest.MonkeyPatch()
    return execute({
        "first": FIRST,
        "train": TRAIN,
        "later": "from torch.nn import Linear\nprint(Linear.__module__)",
        "real": "import torch",
        "alias_again": "import autograd_tutor as torch\nfrom torch import nn\nprint(nn.__name__)",
        "fallback": "try:\n    import torch\nexcept ImportError:\n    import autograd_tutor as torch\n"
                    "import torch.nn as nn\nprint(nn.__name__)",
        "unload": "%unload_ext autograd_tutor\nimport torch.optim",
    }, monkeypatch, tmp_path_factory.mktemp("no-torch"))


@pytest.mark.parametrize("kernel", ["with_pytorch", "without_pytorch"])
def test_the_alias_and_torch_imports_in_one_cell_load_autograd_tutors_modules(kernel, request):
    cells = request.getfixturevalue(kernel)
    assert cells["first"].error is None and cells["first"].lines == OURS
    assert cells["first"].notes == []


@pytest.mark.parametrize("kernel", ["with_pytorch", "without_pytorch"])
def test_the_imported_modules_train_together_under_the_live_views(kernel, request):
    cell = request.getfixturevalue(kernel)["train"]
    assert cell.error is None and cell.lines == ["True True MseLossBackward0"]
    assert "could not show" not in cell.shows and "autograd ·" in cell.shows


def test_imports_in_a_later_cell_load_autograd_tutors_modules_too(with_pytorch, without_pytorch):
    assert with_pytorch["later"].lines == [
        "autograd_tutor.nn.init autograd_tutor.nn.modules.linear autograd_tutor.utils.data"]
    assert without_pytorch["later"].lines == ["autograd_tutor.nn.modules.linear"]


def test_a_submodule_autograd_tutor_lacks_is_named_in_the_error(with_pytorch):
    assert with_pytorch["missing"].error == (
        "ModuleNotFoundError: No module named 'torch.fft' (PyTorch has torch.fft; autograd_tutor does not implement it)")


def test_a_plain_import_torch_in_a_later_cell_gets_real_pytorch(with_pytorch, without_pytorch):
    assert with_pytorch["first"].lines == without_pytorch["first"].lines == OURS  # the alias until then
    assert with_pytorch["real"].lines == [REAL_NN, "torch.nn.modules.linear"]
    assert with_pytorch["real"].notes == []
    assert without_pytorch["real"].error == "ModuleNotFoundError: No module named 'torch'"


def test_back_to_the_alias_after_real_pytorch_is_imported_says_so_once(with_pytorch):
    # real PyTorch is loaded now: its modules stay, and one note says why nn is PyTorch's
    assert with_pytorch["alias_again"].lines == ["torch.nn autograd_tutor"]
    (note,) = with_pytorch["alias_again"].notes
    assert NOTE in note and "restart the kernel" in note
    assert with_pytorch["more"].lines == ["torch.optim"] and with_pytorch["more"].notes == []


def test_back_to_the_alias_without_pytorch_installed_loads_autograd_tutors_modules_again(without_pytorch):
    assert without_pytorch["alias_again"].error is None
    assert without_pytorch["alias_again"].lines == ["autograd_tutor.nn"]


def test_real_pytorch_when_installed_else_the_alias_works_in_one_cell(without_pytorch):
    # `import torch` fails, so the cell falls back to the alias: its next imports are autograd_tutor's
    assert without_pytorch["fallback"].error is None and without_pytorch["fallback"].lines == ["autograd_tutor.nn"]


def test_unload_ext_takes_the_aliasing_away(without_pytorch):
    assert without_pytorch["alias_again"].lines == ["autograd_tutor.nn"]  # before unloading
    assert without_pytorch["unload"].error == "ModuleNotFoundError: No module named 'torch'"


def test_real_pytorch_imported_first_is_never_swapped_out_and_the_note_says_why():
    cells = execute({
        "real": "import torch\nx = torch.ones(2)",
        "first": FIRST,
        "more": "from torch.utils.data import DataLoader\nprint(DataLoader.__module__, x.__class__.__module__)",
    })
    assert cells["first"].error is None
    assert cells["first"].lines == [
        "torch.nn torch.nn.functional torch.optim torch.nn torch.optim",
        "torch.utils.data.dataloader torch.utils.data.dataset torch.autograd.function"]
    (note,) = cells["first"].notes
    assert NOTE in note
    assert cells["more"].lines == ["torch.utils.data.dataloader torch"] and cells["more"].notes == []


def test_a_notebook_that_imports_real_pytorch_gets_it_with_the_extension_loaded():
    cells = execute({
        "first": "%load_ext autograd_tutor\nimport torch\nimport torch.nn as nn\nfrom torch.utils.data import DataLoader\n"
                 "print(nn.__name__, torch.__version__)\nprint(DataLoader.__module__)",
        "finder": "import sys\nprint(sorted(type(f).__name__ for f in sys.meta_path if 'torch_alias' in type(f).__module__))",
        "model": "model = nn.Linear(2, 1)\nprint(type(model).__module__)",
    })
    assert cells["first"].lines == [REAL_NN, "torch.utils.data.dataloader"]
    assert cells["finder"].lines == ["['TorchAlias']"]  # loaded, and it let real PyTorch through
    assert cells["model"].lines == ["torch.nn.modules.linear"]
    assert all(cell.notes == [] and cell.error is None for cell in cells.values())


def test_import_torch_under_another_name_beside_the_alias_gets_real_pytorch_to_compare_with():
    cells = execute({
        "first": FIRST,
        "compare": "import torch as real_torch\n"
                   "print(real_torch.__version__, torch.__name__, nn.__name__)\n"
                   "print(real_torch.ones(2).sum().item() == torch.ones(2).sum().item())",
    })
    assert cells["first"].lines == OURS
    assert cells["compare"].error is None
    assert cells["compare"].lines == [f"{torch.__version__} autograd_tutor autograd_tutor.nn", "True"]
