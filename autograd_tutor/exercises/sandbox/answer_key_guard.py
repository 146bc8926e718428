"""Keep the exercises' answer key out of function answers' reach in the sandbox process.

Run as source text by function_child.py, before any learner code, never imported: the
sandbox must not import `autograd_tutor.exercises` itself. The sandbox has the hidden inputs,
and a function answer could otherwise hand them to the exercise's own reference.

- An import finder refuses the package and its submodules with a clear ImportError.
- An audit hook refuses the same imports if the finder is taken out of `sys.meta_path`
  (audit hooks cannot be removed).
- Modules already loaded by the interpreter's start-up are dropped.

This is not a sandbox of Python by Python: the key's source files stay readable (opened,
loaded under another module name, or through another process), which is copying the
solution from the package every learner has. docs/instructors.md says so.
"""

import sys

ANSWER_KEY = "autograd_tutor.exercises"
REFUSAL = "the exercises' answer key cannot be imported while grading"


def is_answer_key(name):
    return type(name) is str and (name == ANSWER_KEY or name.startswith(ANSWER_KEY + "."))


class AnswerKeyRefuser:
    """A meta path finder that refuses the answer key (and finds nothing else)."""

    def find_spec(self, name, path=None, target=None):
        if is_answer_key(name):
            raise ImportError(REFUSAL, name=name)
        return None


def _refuse_answer_key_imports(event, args):
    if event == "import" and is_answer_key(args[0]):
        raise ImportError(REFUSAL, name=args[0])


def install_guard():
    for name in [name for name in sys.modules if is_answer_key(name)]:
        del sys.modules[name]
    parent = sys.modules.get("autograd_tutor")
    if parent is not None:
        parent.__dict__.pop("exercises", None)
    sys.meta_path.insert(0, AnswerKeyRefuser())
    sys.addaudithook(_refuse_answer_key_imports)
