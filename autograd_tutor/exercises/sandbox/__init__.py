"""Where student code runs while grading: kernels and function answers, never the grader.

- workspace.py: a fresh folder, a minimal environment and resource limits per submission;
- bubblewrap.py: the operating-system sandbox (namespaces, read-only root) around it;
- pids_cgroup.py, dedicated_uids.py, processes.py: the process limit and leftovers as root;
- shared_folder.py: the folder a sandbox shares with the grader, watched so that it cannot
  fill the grader's disk, and folders removed however deeply nested;
- functions.py: function answers run on public and hidden inputs in a process of their own;
- trusted_code.py: the code those processes run, read into memory before any submission:
  limited_exec.py (the launcher that applies the limits), function_child.py and
  answer_key_guard.py (which keeps the answer key out of the function answers' reach).
"""
