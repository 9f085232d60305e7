"""Rendering a digest: Markdown, or one self-contained HTML page with SVG charts.

A digest is the JSON-ready dict of :func:`queries.digest.build_digest`: a
title, the narrative it is about, sections of sourced sentences, charts of
dated figures and the numbered sources. :func:`to_markdown` gives text for a
terminal, a wiki or an e-mail; :func:`to_html` gives one HTML file with inline
CSS and inline SVG charts (:func:`chart_svg`), no script and no external asset,
that works offline, reads on a phone and prints cleanly.

One module a rendering: :mod:`~queries.render.markdown`, :mod:`~queries.render.html`
(with its stylesheet in :mod:`~queries.render.style`) and :mod:`~queries.render.charts`;
:mod:`~queries.render.fields` reads a digest's fields safely for all of them.

Every string of a digest comes from feeds and may be hostile: in HTML all of
it is escaped, and a source URL becomes a link only when it is http(s). In
Markdown every field is flattened to one line so that no title can open a
heading or a list. Both renderers are pure functions of the digest: the same
digest gives the same bytes.

Examples
--------
>>> digest = {
...     "title": "Chinese AI models · share",
...     "generated": "2026-05-01",
...     "sections": {"what": [{"text": "Chinese models took 36% of tokens.", "sources": [1]}]},
...     "sources": [{"n": 1, "title": "Token share", "outlet": "Example Wire",
...                  "url": "https://example.org/a", "published": "2026-04-30"}],
... }
>>> for line in to_markdown(digest).splitlines()[:7]:
...     print(line)
# Chinese AI models · share
<BLANKLINE>
As of 2026-05-01
<BLANKLINE>
## What
<BLANKLINE>
Chinese models took 36% of tokens. [1]
>>> page = to_html(digest | {"title": "<script>alert(1)</script>"})
>>> "<script" in page, '<a class="cite" href="#source-1">[1]</a>' in page
(False, True)
"""

from queries.render.charts import chart_svg
from queries.render.html import to_html, to_html_many
from queries.render.markdown import to_markdown

__all__ = ["chart_svg", "to_html", "to_html_many", "to_markdown"]
