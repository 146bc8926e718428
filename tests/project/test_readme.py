"""The README's example runs as written and prints what its comments say (and what PyTorch prints)."""
import contextlib
import io
import pathlib
import re

import torch

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def _example():
    text = README.read_text()
    block = text.split("## A first example", 1)[1]
    return re.search(r"```python\n(.*?)```", block, re.S).group(1)


def _run(code):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})
    return re.sub(r"0x[0-9a-f]+", "0xADDR", out.getvalue())


def test_readme_example_prints_its_comments():
    code = _example()
    printed = _run(code).splitlines()
    promised = [m.group(1).strip() for m in re.finditer(r"print\(.*\)\s+# (.*)", code)]
    assert promised and [p for p in printed[: len(promised)]] == promised


def test_readme_example_prints_what_pytorch_prints():
    code = _example()
    assert torch.__version__.startswith("2.13")
    assert _run(code) == _run(code.replace("import autograd_tutor as torch", "import torch"))


def test_readme_links_and_pictures_point_at_files_in_the_repository():
    text = README.read_text()
    targets = re.findall(r"\]\(([^)#\s]+)\)", text)
    assert any(t.endswith(".png") for t in targets) and any(t.endswith(".md") for t in targets)
    missing = [t for t in targets if not (README.parent / t).exists()]
    assert missing == []
