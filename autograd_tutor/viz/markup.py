"""Escaping for HTML views and for graphviz HTML-like labels (which are a subset of HTML)."""


def escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def escape_keep_spaces(text):
    """Escaped, with every space kept (PyTorch aligns columns of values with spaces)."""
    return escape(text).replace(" ", "&#160;")
