"""The table of contents of a rendered notebook, rebuilt from the headings of the rendered page.

mkdocs-jupyter builds it from the notebook's markdown with other heading ids than the ones the
page ends up with, and drops code from titles: "## `.data`, `.grad` and `.grad_fn`" became the
entry ", and" pointing at an anchor that does not exist. Reading the rendered headings keeps
every entry's title and link right.
"""
import html
import re

from mkdocs.structure.toc import get_toc

_HEADING = re.compile(r'<h([1-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.DOTALL)
_ANCHOR = re.compile(r'<a class="anchor-link".*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
TOC_DEPTH = 3


def on_page_content(content, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return content
    page.toc = get_toc(_tokens(content))
    return content


def _tokens(content):
    roots, stack = [], []
    for level, anchor, inner in _HEADING.findall(content):
        level = int(level)
        if level > TOC_DEPTH:
            continue
        title = html.unescape(_TAG.sub("", _ANCHOR.sub("", inner))).strip()
        token = {"level": level, "id": anchor, "name": title, "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(token)
        stack.append(token)
    return roots
