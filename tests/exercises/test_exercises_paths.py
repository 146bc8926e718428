"""The paths exercises, and feedback on gradient answers that names the missed path."""
import math

from autograd_tutor.exercises import evaluate


def hand_grads():
    a, b = -2.0, math.exp(-2.0) + 2.0
    paths_x = [b * -1.0, a * math.exp(a) * -1.0, a * 1.0]  # y<-a<-x, y<-b<-exp<-a<-x, y<-b<-x
    paths_z = [b * 2.0, a * math.exp(a) * 2.0]
    return paths_x, paths_z


def test_path_counts_are_checked():
    assert evaluate("paths-count", [3, 2]).passed
    wrong = evaluate("paths-count", [2, 2])
    assert not wrong.passed and wrong.explanation == ""


def test_right_gradient_by_hand_passes_without_comment():
    paths_x, paths_z = hand_grads()
    result = evaluate("paths-gradient", [sum(paths_x), sum(paths_z)])
    assert result.passed and result.explanation == ""


def test_a_missed_path_is_named_and_the_value_is_not_given_away():
    paths_x, paths_z = hand_grads()
    result = evaluate("paths-gradient", [sum(paths_x) - paths_x[2], sum(paths_z)])
    assert not result.passed
    assert result.explanation == "∂y/∂x: Your value leaves out the path y ← b ← x."
    shown = str(result)
    assert "leaves out the path y ← b ← x" in shown
    assert f"{sum(paths_x):.3f}"[:5] not in shown


def test_a_path_counted_twice_and_a_sign_error_are_named_per_leaf():
    paths_x, paths_z = hand_grads()
    result = evaluate("paths-gradient", [sum(paths_x) + paths_x[0], -sum(paths_z)])
    assert result.explanation.splitlines() == [
        "∂y/∂x: Your value counts the path y ← a ← x twice.",
        "∂y/∂z: Your value has the wrong sign: it is the negative of ∂y/∂z. "
        "Check the sign of each local derivative along the paths.",
    ]


def test_the_r123_exercise_recognises_accumulated_gradients():
    result = evaluate("chain-r123", [2 * 1020.5499, 2 * 136.0426])
    assert "2 times ∂y/∂x" in result.explanation and "2 times ∂y/∂z" in result.explanation


def test_an_answer_of_the_wrong_shape_gets_its_check_and_no_explanation():
    result = evaluate("chain-r123", "twelve")
    assert not result.passed and result.explanation == ""


def test_forgetting_the_product_rule_is_a_missed_path():
    result = evaluate("grad-square", 5.0)  # d(x*x)/dx taken as x: one of the two paths
    assert result.explanation == "∂y/∂x: Your value leaves out the path y ←(input 0) x."


def test_r2_backward_is_explained_against_r2s_paths():
    result = evaluate("r2-backward", [0.2236, 1.3333])
    assert result.explanation.startswith("∂r2/∂x: Your value leaves out 2 paths")
