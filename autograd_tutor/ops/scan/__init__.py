"""Scans: cumulative products and extrema (cumsum lives with sum), kron."""
