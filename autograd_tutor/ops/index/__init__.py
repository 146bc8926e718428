"""Indexing: getitem and index_put, gather/scatter, masked picking, assignment (setitem, copy_),
sorting."""
