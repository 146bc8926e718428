"""The grader's first cell in a grading kernel: cap what each cell writes to stdout/stderr.

ipykernel sends whatever a cell printed since the last flush as one message, and the
grader's ZeroMQ sockets drop messages over 64 MiB (runner.py): a correct notebook that
prints 100 MB once would lose its iopub channel, and with it the answers read after its
cells. So, before the submission's cells, the grader runs this cell (not part of the
submission): each cell's streams keep their first `limit` characters and a note, whatever
a single write holds. The extraction cell writes through the raw stream it leaves behind.
A submission that removes the cap only risks its own answers.
"""

RAW_ATTRIBUTE = "_autograd_tutor_raw"
NOTE = "\n[output truncated in the kernel by the grader]\n"

_CAP = '''
import sys as _sys

class _CappedStream:
    def __init__(self, raw, limit):
        self._autograd_tutor_raw = raw
        self._limit = limit
        self._left = limit

    def reset(self, *args):
        self._left = self._limit

    def write(self, text):
        if type(text) is not str or len(text) <= self._left:
            if type(text) is str:
                self._left -= len(text)
            return self._autograd_tutor_raw.write(text)
        if self._left >= 0:
            self._autograd_tutor_raw.write(text[: self._left] + __note__)
            self._left = -1
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._autograd_tutor_raw, name)

for _name in ("stdout", "stderr"):
    _stream = _CappedStream(getattr(_sys, _name), __limit__)
    setattr(_sys, _name, _stream)
    get_ipython().events.register("pre_run_cell", _stream.reset)
'''


def cap_source(limit):
    """The code of the grader's first cell: streams capped at `limit` characters per cell."""
    namespace = f'{{"__builtins__": __builtins__, "get_ipython": get_ipython, "__limit__": {int(limit)}, "__note__": {NOTE!r}}}'
    return f"exec(compile({_CAP!r}, '<autograd-tutor output cap>', 'exec'), {namespace})"
