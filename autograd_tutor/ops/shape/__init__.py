"""Shape ops: views and reshapes, transpose and permute, join and split, rearrange, diagonal, slicing,
padding."""
