"""Linear algebra: the matmul family, einsum, tensordot, vector distances, cdist."""
