"""The order C++'s ``std::sort`` (libstdc++'s introsort, which PyTorch's CPU kernels are built
with) leaves a list in, for a comparison ``less``.

std::sort is not stable: among equal values, which one ends where depends on the algorithm's
steps. A kernel that reports an index found after such a sort (torch.mode: the last of the
mode's run) reports the index this order gives, so it is reproduced step by step here: a
quicksort on the median of three down to runs of 16, then one insertion sort over everything.
"""
_THRESHOLD = 16


def cpp_sort(items, less):
    """``items`` (a list, sorted in place) in std::sort's order."""
    n = len(items)
    if n < 2:
        return items
    _introsort_loop(items, 0, n, 2 * (n.bit_length() - 1), less)
    _final_insertion_sort(items, 0, n, less)
    return items


def _introsort_loop(a, first, last, depth_limit, less):
    while last - first > _THRESHOLD:
        if depth_limit == 0:
            # std::sort would heapsort this part: not reproduced (inputs that reach it are rare)
            raise NotImplementedError("this input needs std::sort's heapsort fallback, which is not reproduced")
        depth_limit -= 1
        cut = _unguarded_partition_pivot(a, first, last, less)
        _introsort_loop(a, cut, last, depth_limit, less)
        last = cut


def _unguarded_partition_pivot(a, first, last, less):
    mid = first + (last - first) // 2
    _move_median_to_first(a, first, first + 1, mid, last - 1, less)
    return _unguarded_partition(a, first + 1, last, first, less)


def _move_median_to_first(a, result, x, y, z, less):
    if less(a[x], a[y]):
        if less(a[y], a[z]):
            pick = y
        elif less(a[x], a[z]):
            pick = z
        else:
            pick = x
    elif less(a[x], a[z]):
        pick = x
    elif less(a[y], a[z]):
        pick = z
    else:
        pick = y
    a[result], a[pick] = a[pick], a[result]


def _unguarded_partition(a, first, last, pivot, less):
    while True:
        while less(a[first], a[pivot]):
            first += 1
        last -= 1
        while less(a[pivot], a[last]):
            last -= 1
        if not first < last:
            return first
        a[first], a[last] = a[last], a[first]
        first += 1


def _final_insertion_sort(a, first, last, less):
    if last - first > _THRESHOLD:
        _insertion_sort(a, first, first + _THRESHOLD, less)
        for i in range(first + _THRESHOLD, last):
            _unguarded_linear_insert(a, i, less)
    else:
        _insertion_sort(a, first, last, less)


def _insertion_sort(a, first, last, less):
    for i in range(first + 1, last):
        if less(a[i], a[first]):
            val = a[i]
            a[first + 1:i + 1] = a[first:i]
            a[first] = val
        else:
            _unguarded_linear_insert(a, i, less)


def _unguarded_linear_insert(a, last, less):
    val = a[last]
    prev = last - 1
    while less(val, a[prev]):
        a[last] = a[prev]
        last = prev
        prev -= 1
    a[last] = val
