"""Tensors made from tensors: new_* factories, grids, sampling, dtype conversion."""
