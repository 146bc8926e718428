"""Reductions: sum, mean, prod, extrema, moments, norms, order statistics, aminmax, cov, counting
(bincount, histc) and histogram."""
