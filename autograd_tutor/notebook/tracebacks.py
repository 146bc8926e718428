"""Short tracebacks: an error raised inside autograd_tutor shows the learner's own lines and
the message, as PyTorch's would, not the library's engine.py / node.py frames.

IPython's own `__tracebackhide__` only hides frames that set it as a local and never the last
one, so it cannot hide the frame that raises. Instead the extension uses IPython's supported
`set_custom_exc` hook: the traceback is rebuilt without the package's frames (new traceback
objects; the original is not changed) and shown by IPython's usual `showtraceback`.
`%config AutogradTutor.short_tracebacks = False` shows every frame again.
"""
import os
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
        self._exceptions = (Exception,)
        self.shell.set_custom_exc(self._exceptions, self._handler)

    def stop(self):
        if self._exceptions is not None and self.shell.custom_exceptions is self._exceptions:
            self.shell.set_custom_exc((), None)
        self._exceptions = None

    def _handler(self, shell, etype, value, tb, tb_offset=None):
        short = tb
        if self.config.short_tracebacks and self.config.enabled:
            short = without_library_frames(tb) or tb
        shell.showtraceback((etype, value, short), tb_offset=tb_offset)
