"""How a submission's path is written where people and spreadsheets read it: the CSV, the
reports, the terminal.

File names are the students' to choose, and Linux allows anything but `/` and NUL in them:
- bytes that are not UTF-8 (Python holds them as lone surrogates) cannot be written to a
  UTF-8 file at all: one such name made every later rewrite of grades.csv fail;
- control and invisible characters (escape sequences that repaint the instructor's terminal,
  newlines, bidirectional overrides, zero-width spaces) make one name look like another;
- a cell starting with `=`, `+`, `-` or `@` is a formula to a spreadsheet (CSV injection).
So those characters are written as backslash escapes (`\\xff`, `\\x1b`, `\\n`, `\\u202e`, and a
backslash as two), and a relative path starting with a formula character gets `./` in front
(the same file). Names without any of them are written as they are. The grader keeps the
real path for everything else (reading the file, the report's file name, telling
submissions apart).
"""

import unicodedata

FORMULA_START = ("=", "+", "-", "@")
# control, format (bidi overrides, zero-width), surrogate (undecodable bytes), line and
# paragraph separators
_ESCAPED = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def path_label(path):
    """The text standing for `path` in the CSV, the reports and messages."""
    text = escaped(str(path))
    if text.startswith(FORMULA_START):  # absolute paths start with "/": only relative ones
        text = "./" + text
    return text


def spreadsheet_cell(text):
    """`text` (a student id from a folder name...) as a CSV cell that a spreadsheet shows and
    never evaluates: escaped, and a formula character at its start behind an apostrophe."""
    text = escaped(str(text))
    return "'" + text if text.startswith(FORMULA_START) else text


def escaped(text):
    """`text` with control, invisible and undecodable characters as backslash escapes, and
    every backslash doubled, so that two different names never read the same
    (a file literally named `\\xff` beside one whose name is the byte 0xff), or `merge`
    would take their rows for one notebook graded twice."""
    if any(char == "\\" or unicodedata.category(char) in _ESCAPED for char in text):
        return "".join(_escape(char) for char in text)
    return text


def _escape(char):
    if char == "\\":
        return "\\\\"
    if unicodedata.category(char) not in _ESCAPED:
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")
