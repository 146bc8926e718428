"""Pull the answers out of a grading kernel as plain JSON, framed by a random marker.

After the submission's cells ran, the grader executes one cell of its own that converts
each answer variable to plain data (with feedback/plain.py's code, run from source text so that a
patched `autograd_tutor.exercises` in the kernel changes nothing) and prints it as JSON
between two markers. The grader parses only that cell's output, expects exactly one framed
payload and only ever calls `json.loads` on it: nothing the kernel wrote is unpickled or
evaluated, and what it holds is checked again as plain data (a kernel can forge the payload).
Functions are sent as their source text, to run in the grader's sandbox.
"""

import json
import re
import secrets

from ..feedback.plain import NotPlainData, to_plain
from ..sandbox.trusted_code import source_of

PLAIN_SOURCE = source_of("plain.py")
KINDS = {"value", "function", "missing", "error"}
MAX_PAYLOAD = 32 * 1024 * 1024

_EXTRACT = '''
import inspect as _inspect, json as _json, sys as _sys, textwrap as _textwrap, types as _types

def _extract(name):
    if name not in __user_ns__:
        return {"kind": "missing"}
    value = __user_ns__[name]
    if type(value) is _types.FunctionType:
        try:
            source = _textwrap.dedent(_inspect.getsource(value))
        except (OSError, TypeError) as error:
            return {"kind": "error", "error": f"the source of {name} is not available: {error}"}
        return {"kind": "function", "name": value.__name__, "source": source}
    try:
        return {"kind": "value", "value": to_plain(value)}
    except Exception as error:
        return {"kind": "error", "error": f"{type(error).__name__}: {error}"}

_text = _json.dumps({name: _extract(name) for name in __names__})
_out = getattr(_sys.stdout, "_autograd_tutor_raw", _sys.stdout)  # past the output cap (output_cap.py)
_out.write("\\n" + __marker__ + "BEGIN" + _text + __marker__ + "END\\n")
_out.flush()
'''


class ExtractionError(RuntimeError):
    """The extraction cell's output holds no single well-formed payload."""


def new_marker():
    return f"AUTOGRAD-TUTOR-ANSWERS-{secrets.token_hex(16)}-"


def extraction_source(names, marker):
    """The code of the grader's extraction cell."""
    program = PLAIN_SOURCE + "\n" + _EXTRACT
    namespace = (
        f'{{"__builtins__": __builtins__, "__user_ns__": globals(), '
        f'"__names__": {list(names)!r}, "__marker__": {marker!r}}}'
    )
    return f"exec(compile({program!r}, '<autograd-tutor extraction>', 'exec'), {namespace})"


def parse_extraction(text, marker, names):
    """Answer entries by variable name from the extraction cell's stdout."""
    begin, end = marker + "BEGIN", marker + "END"
    if text.count(begin) != 1 or text.count(end) != 1:
        raise ExtractionError(f"expected one answer payload, found {text.count(begin)}")
    match = re.search(re.escape(begin) + "(.*)" + re.escape(end), text, re.DOTALL)
    if not match:
        raise ExtractionError("the answer payload is malformed")
    body = match.group(1)
    if len(body) > MAX_PAYLOAD:
        raise ExtractionError("the answer payload is too large")
    try:
        payload = json.loads(body)
    except RecursionError:
        raise ExtractionError("the answer payload is nested too deeply") from None
    except ValueError as error:
        raise ExtractionError(f"the answer payload is not JSON: {error}") from None
    if type(payload) is not dict:
        raise ExtractionError("the answer payload is not a JSON object")
    answers = {}
    for name in names:
        entry = payload.get(name)
        if type(entry) is not dict or entry.get("kind") not in KINDS:
            raise ExtractionError(f"no well-formed entry for {name}")
        answers[name] = checked_value(entry)
    return answers


def checked_value(entry):
    """A value entry whose value is plain data as the kernel's conversion defines it (nested
    at most 32 deep, at most 100,000 items...), else an error entry saying why. The kernel is
    the student's: a payload it forged is held to the same rules here, in the grader."""
    if entry.get("kind") != "value":
        return entry
    try:
        to_plain(entry.get("value"))
    except NotPlainData as error:
        return {"kind": "error", "error": str(error)}
    return entry
