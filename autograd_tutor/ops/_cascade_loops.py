"""The loops of PyTorch's CPU sum kernel (ATen's ``cascade_sum``), written with NumPy.

Each function adds along axis 1 of an array in the order of the kernel's loop of the same name,
for every other position at once. ``_cascade_sum`` picks the loop as the kernel does.
The arrays are C-contiguous (or slices of one along its last axis), so that NumPy's own order
is known: it adds along an axis one item after another when its inner loop runs along a later,
kept axis, and pairwise when that axis is the inner loop (``in_order`` avoids that).
"""
import math

import numpy as np

SIDE_BY_SIDE = 4  # row_sum's ilp_factor and the outer loops' nrows: four running sums at once
_LEVELS = 4  # multi_row_sum's levels of partial sums


def in_order(items, axis=1):
    """``items`` added along ``axis`` first to last, from 0 (a running sum's last value)."""
    if items.shape[axis] < 8 or math.prod(items.shape[axis + 1:]) > 1:
        return np.add.reduce(items, axis=axis)  # in order: below 8 items, or along an outer axis
    return np.add.accumulate(items, axis=axis)[(slice(None),) * axis + (-1,)]


def multi_row_sum(items):
    """(batch, size, *rest) -> (batch, *rest), along axis 1 as multi_row_sum adds: blocks of
    ``step`` items in order (level 0); the sums of each ``step`` blocks go up as one (levels 1
    and 2; level 3 keeps the rest); at the end the items after the last whole block take the
    partial sums of levels 1, 2 and 3, in that order."""
    batch, size, rest = items.shape[0], items.shape[1], items.shape[2:]
    step = 1 << max(4, _ceil_log2(size) // _LEVELS)
    blocks = size // step
    if not blocks:
        return in_order(items)
    whole = items if blocks * step == size else items[:, : blocks * step]
    sums = in_order(whole.reshape((batch, blocks, step) + rest), axis=2)
    if blocks < step and blocks * step == size:  # the usual case: all on level 1, none left
        return sums[:, 0] if blocks == 1 else in_order(sums)
    total = in_order(items[:, blocks * step:])
    for _ in range(_LEVELS - 2):
        runs = sums.shape[1] // step
        total = total + in_order(sums[:, runs * step:])  # what is left at this level
        if not runs:
            return total
        sums = in_order(sums[:, : runs * step].reshape((batch, runs, step) + rest), axis=2)
    return total + in_order(sums)  # the last level never passes its sum on


def row_sum(items):
    """(batch, size, *rest) -> (batch, *rest), along axis 1 as row_sum adds: four running sums
    interleaved (item i goes to sum i % 4, each through multi_row_sum), the items after the last
    whole four added to the first sum, then the other three sums added to it."""
    batch, size, rest = items.shape[0], items.shape[1], items.shape[2:]
    whole = size // SIDE_BY_SIDE
    grouped = items if whole * SIDE_BY_SIDE == size else items[:, : whole * SIDE_BY_SIDE]
    partial = multi_row_sum(grouped.reshape((batch, whole, SIDE_BY_SIDE) + rest))
    if whole * SIDE_BY_SIDE < size:
        partial = np.concatenate([partial[:, :1], items[:, whole * SIDE_BY_SIDE:], partial[:, 1:]], axis=1)
    return in_order(partial)


def vectorized_inner_sum(rows, per_vector, lanes):
    """(count, size) -> (count,): each row as vectorized_inner_sum adds it. The row is read in
    vectors of ``per_vector`` items; a float16 vector (16 items) is widened to two float32
    vectors added lane by lane (items i and i + 8). row_sum adds the vectors; then a sum from 0
    takes the items after the last whole vector, then the lanes, one by one."""
    count, size = rows.shape
    vectors = size // per_vector
    folded = rows[:, : vectors * per_vector].reshape(count, vectors, per_vector // lanes, lanes)
    folded = folded[:, :, 0] if per_vector == lanes else folded[:, :, 0] + folded[:, :, 1]
    lane_sums = row_sum(folded)
    return in_order(np.concatenate([rows[:, vectors * per_vector:], lane_sums], axis=1))


def outer_sums(columns, cascaded):
    """(batch, size, width) -> (batch, width), down axis 1 as the outer loops add: the first
    ``cascaded`` columns (whole groups of four vectors, or of four columns) each through
    multi_row_sum, the others through row_sum."""
    if columns.shape[1] <= SIDE_BY_SIDE:  # a few rows: both add them in order
        return in_order(columns)
    if cascaded == columns.shape[2]:
        return multi_row_sum(columns)
    if not cascaded:
        return row_sum(columns)
    return np.concatenate([multi_row_sum(columns[:, :, :cascaded]), row_sum(columns[:, :, cascaded:])], axis=1)


def _ceil_log2(n):
    return (n - 1).bit_length() if n > 1 else 0
