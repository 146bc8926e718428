"""The attacks on the grading run itself (attacks/system_catalog.py), graded under the
bubblewrap sandbox in one CLI run with --jobs 2: each must get its expected verdict, and
the run must finish with a complete CSV."""

import pytest
from attacks.once import once_per_session
from attacks.snapshot import snapshot_package
from attacks.system_catalog import SYSTEM_ATTACKS
from attacks.system_run import grade_system_attacks, verdicts
from browser.needs import missing

from autograd_tutor.exercises.sandbox import bubblewrap

pytestmark = pytest.mark.kernel


@pytest.fixture(scope="session")
def system_verdicts(tmp_path_factory):
    if bubblewrap.probe() is not None:
        missing(f"the grader's sandbox cannot run here: {bubblewrap.probe()} (make test installs bubblewrap)")

    def grade(directory):
        run, attacks = grade_system_attacks(directory / "run", snapshot_package(directory / "package"))
        return {"returncode": run.returncode, "stderr": run.stderr[-3000:], "verdicts": verdicts(run, attacks)}

    return once_per_session(tmp_path_factory, "grader-system-attacks", grade)


def test_the_run_finishes_with_a_csv(system_verdicts):
    assert system_verdicts["returncode"] == 0, system_verdicts["stderr"]


@pytest.mark.parametrize("attack", [attack.name for attack in SYSTEM_ATTACKS])
def test_the_attack_is_held(system_verdicts, attack):
    verdict = system_verdicts["verdicts"][attack]
    assert verdict["ok"], verdict
