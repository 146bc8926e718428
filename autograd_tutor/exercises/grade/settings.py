"""How a grading run is set up: the limits and timeouts, the seed, and whether bubblewrap is used.

`with_sandbox()` decides the sandbox once per run: bubblewrap when it works here, else a loud
warning (or, with "require", a refusal); `with_seed()` fixes the run's seed.
"""

import sys
from dataclasses import dataclass, field, replace

from ..registry.drawing import check_seed, new_seed
from ..sandbox import bubblewrap
from .runner import RunSettings

# How to run student code: "auto" (bubblewrap when it works here, else a loud warning),
# "require" (refuse to grade without it), "off" (plain limits only, e.g. to compare speed).
SANDBOX_MODES = ("auto", "require", "off")


@dataclass(frozen=True)
class GradeSettings:
    run: RunSettings = field(default_factory=RunSettings)
    call_timeout: float = 10  # one call of a function answer
    functions_timeout: float = 60  # all function answers of one submission
    assignment: str | None = None  # force the assignment instead of guessing it
    seed: int | None = None  # of drawn hidden inputs; None: a fresh secret one per run
    sandbox: str = "auto"  # one of SANDBOX_MODES

    def __post_init__(self):
        if self.seed is not None:
            check_seed(self.seed)
        if self.sandbox not in SANDBOX_MODES:
            raise ValueError(f"sandbox must be one of {', '.join(SANDBOX_MODES)}, got {self.sandbox!r}")

    def with_sandbox(self, warn=True):
        """These settings with the sandbox decided: RunSettings.sandbox set when bubblewrap
        works here; else SandboxUnavailable ("require") or a loud warning on stderr ("auto")."""
        if self.sandbox == "off":
            return replace(self, run=replace(self.run, sandbox=False))
        reason = bubblewrap.probe()
        if reason is None:
            return replace(self, run=replace(self.run, sandbox=True))
        if self.sandbox == "require":
            raise SandboxUnavailable(f"the sandbox is required but {reason}")
        if warn:
            print(unsandboxed_warning(reason), file=sys.stderr, flush=True)
        return replace(self, sandbox="off", run=replace(self.run, sandbox=False))  # decided: warned once

    def with_seed(self):
        """These settings with a seed: the given one, else a fresh one from `secrets`."""
        return self if self.seed is not None else replace(self, seed=new_seed())


class SandboxUnavailable(RuntimeError):
    """Grading was asked to run under bubblewrap, which cannot run here."""


def unsandboxed_warning(reason):
    rule = "!" * 78
    return (
        f"{rule}\nWARNING: grading WITHOUT the bubblewrap sandbox: {reason}.\n"
        "Kernels run with resource limits only. NOT isolated: the file system (kernels can read\n"
        "what the grader's user can, including other submissions and, until the run ends, reports),\n"
        "the network, other processes (a kernel may signal its siblings or leave one behind),\n"
        "/tmp and /dev/shm. Install bubblewrap (Debian: apt-get install bubblewrap) on a machine\n"
        "with user namespaces, or pass --require-sandbox to refuse grading without it.\n"
        f"{rule}"
    )
