"""Ops the backward formulas record when create_graph=True asks for a differentiable backward."""
