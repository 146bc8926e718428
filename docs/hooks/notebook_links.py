"""Links between notebooks (`[next](02_the_tape_and_grad_fn.ipynb)`) work in JupyterLab, but on
the site each notebook is a page at its own URL. This rewrites such links in rendered notebook
pages to the page of the linked notebook. Links to notebooks the site does not publish (the
exercise notebooks, whose sources hold the solutions) go to the section describing them."""
import posixpath
import re

UNPUBLISHED = "tutorials.md"  # where links to unpublished notebooks lead
UNPUBLISHED_ANCHOR = "#exercises"
_HREF = re.compile(r'href="([^":#?]+\.ipynb)(#[^"]*)?"')


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    here = posixpath.dirname(page.file.src_uri)

    def rewrite(match):
        target = posixpath.normpath(posixpath.join(here, match.group(1)))
        anchor = match.group(2) or ""
        linked = files.get_file_from_path(target)
        if linked is None or not linked.is_documentation_page():
            linked, anchor = files.get_file_from_path(UNPUBLISHED), UNPUBLISHED_ANCHOR
        if linked is None:
            return match.group(0)
        return f'href="{linked.url_relative_to(page.file)}{anchor}"'

    return _HREF.sub(rewrite, html)
