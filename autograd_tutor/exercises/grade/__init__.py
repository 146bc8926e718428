"""Batch grading: submissions in, grades.csv and one JSON report per submission out.

- grader.py: the run (`grade_all`, `grade_submission`), which no submission can stop, with
  settings.py (`GradeSettings`: limits, seed, sandbox) and turns.py (who runs code when);
- submissions.py: finding notebooks and reading them without trusting the file system;
- runner.py: one submission in a fresh, limited kernel (in a sandbox workspace), with
  output_cap.py's first cell and extraction.py's last one, which reads the answers as JSON;
- scoring.py: the extracted answers judged into one grade per exercise;
- result_files.py, shards.py: the CSV and the reports, and shards that agree on one seed;
- path_labels.py: how a path the students named is written there and on the terminal;
- integrity.py: the grader's own files watched for tampering during the run;
- grading_mode.py: the flags that tell code in a grading kernel where it runs.

Nothing is imported here: `check()` reads grading_mode.py in every notebook, and the rest
needs Jupyter's client libraries.
"""
