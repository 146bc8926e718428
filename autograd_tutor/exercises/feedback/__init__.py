"""Checking answers and saying what is wrong, in the notebook and for the grader.

- plain.py: answers as plain JSON data (also run as source text in kernels and the sandbox);
- compare.py: where two plain answers differ, without revealing the expected one;
- judging.py: the one comparison path, shared by `check()` and the grader;
- check.py: `check()`, instant feedback on the public cases, with staged hints;
- gradient_paths.py: which path a wrong gradient answer left out (an exercise's `explain`);
- nbgrader_points.py: `graded_points`, what the test cells of an nbgrader release call.
"""
