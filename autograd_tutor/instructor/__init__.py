"""What an instructor runs around the grader: nbgrader and Gradescope formats, LMS gradebook
files, the class report and grading on a Dask cluster. Imported by the command line only."""
