"""Evaluate learners' functions on case inputs, in a limited process of the grader's own.

Run by functions.py from its in-memory source (trusted_code.py), never imported and never
from disk. Reads one JSON request on stdin:
    {"marker": str, "call_timeout": float, "guard": str, "plain": str,
     "functions": [{"key": str, "source": str, "names": [str], "calls": [[arg, ...], ...]}]}
where "guard" and "plain" are the sources of answer_key_guard.py and feedback/plain.py, and writes one
marker-framed JSON object {key: [outcome, ...]} to the original stdout, each outcome
{"status": "value", "value": plain} or {"status": "error"|"timeout", "message": str}.
Learner code sees stdout and stderr redirected to /dev/null, and cannot import the answer key.
"""

import json
import os
import signal
import sys


class CallTimeout(BaseException):
    """Raised inside a learner's function that runs past its time."""


def _on_alarm(signum, frame):
    raise CallTimeout()


def load(source, name):
    """A helper module's namespace, from the source text the grader sent."""
    namespace = {"__name__": f"autograd_tutor_{name}"}
    exec(compile(source, f"{name}.py", "exec"), namespace)
    return namespace


PRELUDE = {"math": "import math", "np": "import numpy as np", "torch": "import autograd_tutor as torch"}


def prelude(source):
    """What a function answer may use besides its arguments: torch (this package), np, math.
    Each is imported only when the source mentions it, to keep the sandbox quick."""
    namespace = {"__name__": "__answer__"}
    for name, statement in PRELUDE.items():
        if name in source:
            try:
                exec(statement, namespace)
            except Exception:
                pass  # the function's own NameError will say what is missing
    return namespace


def evaluate(function_spec, to_plain, call_timeout):
    namespace = prelude(function_spec["source"])
    try:
        exec(compile(function_spec["source"], "<answer>", "exec"), namespace)
    except BaseException as error:
        message = f"the function's code does not run: {type(error).__name__}: {error}"
        return [{"status": "error", "message": message} for _ in function_spec["calls"]]
    function = next((namespace[n] for n in function_spec["names"] if callable(namespace.get(n))), None)
    if function is None:
        message = "the answer's source does not define the function"
        return [{"status": "error", "message": message} for _ in function_spec["calls"]]
    return [_call(function, args, to_plain, call_timeout) for args in function_spec["calls"]]


def _call(function, args, to_plain, call_timeout):
    signal.setitimer(signal.ITIMER_REAL, call_timeout)
    try:
        return {"status": "value", "value": to_plain(function(*args))}
    except CallTimeout:
        return {"status": "timeout", "message": f"the call took longer than {call_timeout:g} s"}
    except BaseException as error:
        return {"status": "error", "message": f"raised {type(error).__name__}: {str(error)[:300]}"}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main():
    request = json.loads(sys.stdin.read())
    load(request["guard"], "answer_key_guard")["install_guard"]()
    result_stream = os.fdopen(os.dup(1), "w")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    to_plain = load(request["plain"], "plain")["to_plain"]
    signal.signal(signal.SIGALRM, _on_alarm)
    results = {
        spec["key"]: evaluate(spec, to_plain, request["call_timeout"]) for spec in request["functions"]
    }
    marker = request["marker"]
    result_stream.write(marker + "BEGIN" + json.dumps(results) + marker + "END")
    result_stream.flush()


if __name__ == "__main__":
    main()
