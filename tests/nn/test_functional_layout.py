"""nn/functional.py parses arguments and calls ops: the math (NumPy work, node classes, recording)
lives in autograd_tutor/ops/nn, where the op registry and the step-through rules see it."""
import ast
import pathlib

import autograd_tutor.nn.functional as F

SOURCES = [pathlib.Path(F.__file__), pathlib.Path(F.__file__).with_name("_loss_args.py"),
           pathlib.Path(F.__file__).with_name("_conv_functional.py")]


def _imported_and_called(path):
    tree = ast.parse(path.read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names} | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                                            and node.module}
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    classes = [node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return imported, called, classes


def test_functional_does_no_array_work_and_records_no_nodes():
    for path in SOURCES:
        imported, called, classes = _imported_and_called(path)
        assert "numpy" not in imported and "np" not in called, path.name
        assert not any("record" in name for name in imported | called), path.name
        assert classes == [], path.name
