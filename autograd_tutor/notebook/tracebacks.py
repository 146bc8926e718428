"""Short tracebacks: an error raised inside autograd_tutor shows the learner's own lines and
the message, as PyTorch's would, not the library's engine.py / node.py frames.

IPython's own `__tracebackhide__` only hides frames that set it as a local and never the last
one, so it cannot hide the frame that raises. Instead the extension uses IPython's supported
`set_custom_exc` hook: the traceback is rebuilt without the package's frames (new traceback
objects; the original is not changed) and shown by IPython's usual `showtraceback`.
`%config AutogradTutor.short_tracebacks = False` shows every frame again.
"""
import linecache
import os
import re
import types

import autograd_tutor

PACKAGE_DIR = os.path.dirname(os.path.abspath(autograd_tutor.__file__)) + os.sep


def is_library_frame(frame):
    return os.path.abspath(frame.f_code.co_filename).startswith(PACKAGE_DIR)


def without_library_frames(tb):
    """The traceback `tb` without the frames of autograd_tutor's own files (None if all are)."""
    kept = []
    while tb is not None:
        if not is_library_frame(tb.tb_frame):
            kept.append(tb)
        tb = tb.tb_next
    rebuilt = None
    for entry in reversed(kept):
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return rebuilt


class ShortTracebacks:
    """Installs and removes the custom exception handler on one shell (in pairs)."""

    def __init__(self, shell, config):
        self.shell, self.config = shell, config
        self._exceptions = None  # the tuple we installed, to recognise it on removal

    def start(self):
        if self.shell.custom_exceptions:  # someone else's handler: leave it in charge
            return
        # KeyboardInterrupt too: stopping a loop of autograd_tutor ops lands inside the library
        # (ops, tracing) far more often than in the learner's own line, as PyTorch's C++ would.
        self._exceptions = (Exception, KeyboardInterrupt)
        self.shell.set_custom_exc(self._exceptions, self._handler)

    def stop(self):
        if self._exceptions is not None and self.shell.custom_exceptions is self._exceptions:
            self.shell.set_custom_exc((), None)
        self._exceptions = None

    def _handler(self, shell, etype, value, tb, tb_offset=None):
        plain = unanswered_check(etype, value, tb)
        if plain is not None and self.config.enabled:
            shell._showtraceback(etype, value, [plain])  # the words alone, no traceback
            return
        short = tb
        if self.config.short_tracebacks and self.config.enabled:
            short = without_library_frames(tb) or tb
        shell.showtraceback((etype, value, short), tb_offset=tb_offset)


_CHECK_CALL = re.compile(r"""\bcheck\(\s*["']([\w.-]+)["']\s*,\s*([A-Za-z_]\w*)""")


def unanswered_check(etype, value, tb):
    """Plain words for `check("id", answer)` run before `answer` exists (a NameError on that
    line): which variable is missing and what to do, instead of a traceback."""
    if etype is not NameError or tb is None:
        return None
    missing = getattr(value, "name", None)
    while tb.tb_next is not None:
        tb = tb.tb_next
    line = linecache.getline(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
    match = _CHECK_CALL.search(line)
    if not match or match.group(2) != missing:
        return None
    return (f"{match.group(1)}: `{missing}` has no value yet, so there is nothing to check. Write your "
            f"answer in the cell above (where it says # YOUR CODE HERE; delete the raise "
            f"NotImplementedError() line), run that cell, then run this check again.")
