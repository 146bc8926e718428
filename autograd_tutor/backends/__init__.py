"""``torch.backends``: the switches learners set (``cudnn.deterministic = True``) exist and the
accelerators report themselves unavailable, as on a CPU-only PyTorch."""
from . import cudnn, mps

__all__ = ["cudnn", "mps"]
