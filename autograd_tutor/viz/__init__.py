"""Views of the autograd graph: ``graph`` (a picture), ``chain`` (the grad_fn tree as text),
``grads`` (the ``.grad`` of every leaf), ``paths`` (a leaf's gradient as a sum over paths). Plain objects that display themselves in Jupyter; no
IPython import, and graphviz's ``dot`` program is only run when a picture is rendered.

They read autograd_tutor tensors and real PyTorch tensors alike (duck typing), and keep no
reference to the tensors they were made from.
"""
from .chain_view import Chain, chain
from .grads_view import GradsTable, grads, snapshot_grads
from .graph_view import Graph, graph
from .paths_view import Paths, paths
from .render import DotNotFound, RenderError

__all__ = ["graph", "chain", "grads", "paths", "snapshot_grads", "Graph", "Chain", "GradsTable", "Paths",
           "DotNotFound", "RenderError"]
