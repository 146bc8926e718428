"""Comparisons, logic and bitwise ops (no gradients)."""
