"""Nested brackets, summarisation with ``...`` and line wrapping of the element strings."""
import math

import numpy as np


def shown_part(array, summarize, edgeitems):
    """The elements that will be printed, and for each axis whether it was cut in the middle.

    When summarising, every axis longer than ``2 * edgeitems`` keeps only its first and last
    ``edgeitems`` entries; PyTorch measures the column width on this part only.
    """
    cuts = tuple(summarize and n > 2 * edgeitems for n in array.shape)
    if not any(cuts):
        return array, cuts
    index = tuple(
        np.r_[0:edgeitems, n - edgeitems : n] if cut else slice(None)
        for n, cut in zip(array.shape, cuts)
    )
    for axis, idx in enumerate(index):  # one axis at a time: fancy indices do not combine
        if not isinstance(idx, slice):
            array = array[(slice(None),) * axis + (idx,)]
    return array, cuts


def nest(texts, shape, cuts, width, indent, edgeitems, linewidth):
    """Join the flat row-major ``texts`` of a tensor of ``shape`` into PyTorch's bracket layout.

    ``indent`` is the column of the opening bracket (7 after ``tensor(``); each nesting level
    moves one column right.
    """
    if not shape:
        return texts[0]
    return _block(texts, 0, shape, cuts, width, indent, edgeitems, linewidth)


def _block(texts, start, shape, cuts, width, indent, edgeitems, linewidth):
    count = shape[0]
    if len(shape) == 1:
        row = texts[start : start + count]
        if cuts[0]:
            row = row[:edgeitems] + [" ..."] + row[edgeitems:]
        per_line = max(1, math.floor((linewidth - indent) / (width + 2)))  # +2: the ", "
        lines = [", ".join(row[i : i + per_line]) for i in range(0, len(row), per_line)]
        return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"

    step = 1
    for n in shape[1:]:
        step *= n
    inner = (shape[1:], cuts[1:], width, indent + 1, edgeitems, linewidth)
    slices = [_block(texts, start + i * step, *inner) for i in range(count)]
    if cuts[0]:
        slices.insert(edgeitems, "...")
    separator = "," + "\n" * (len(shape) - 1) + " " * (indent + 1)
    return "[" + separator.join(slices) + "]"
