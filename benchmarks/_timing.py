"""Shared timing helper for the benchmarks: best-of-N medians, printed as ratios against PyTorch."""
import statistics
import time


def median_time(fn, repeat=7, number=1):
    """Median seconds per call of ``fn`` over ``repeat`` rounds of ``number`` calls (after a warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times)


def report(title, ours, reference, target):
    ratio = ours / reference
    verdict = "meets" if ratio <= target else "MISSES"
    print(f"{title}: autograd_tutor {ours * 1e3:.2f} ms, torch {reference * 1e3:.2f} ms, "
          f"ratio {ratio:.2f}x ({verdict} target <= {target}x)")
    return ratio
