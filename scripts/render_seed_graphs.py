"""Re-create docs/images/<seed>.png: the graph view of each seed tutorial's final graph.

    .venv/bin/python scripts/render_seed_graphs.py [--torch] [--out DIR]

Uses autograd_tutor when its core is importable (and --torch is not given), else real PyTorch.
"""
import argparse
import importlib
from pathlib import Path

from autograd_tutor import viz
from autograd_tutor.viz import gallery


def torch_like(prefer_torch):
    if not prefer_torch:
        try:
            mod = importlib.import_module("autograd_tutor")
            mod.ones(1, requires_grad=True)
            return mod
        except Exception:
            pass
    return importlib.import_module("torch")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="build the graphs with real PyTorch")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "images"))
    args = parser.parse_args()
    torch = torch_like(args.torch)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, (tensors, names, options) in gallery.build(torch).items():
        path = out / f"{name}.png"
        path.write_bytes(viz.graph(*tensors, names=names, **options).png())
        print(f"{path}  ({torch.__name__})")


if __name__ == "__main__":
    main()
