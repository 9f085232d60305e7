"""The digest renderers: Markdown and one self-contained, safe HTML page with SVG charts."""

from __future__ import annotations

import copy
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from queries.render import chart_svg, to_html, to_html_many, to_markdown

SECTION_IDS = (
    "what",
    "why-it-matters",
    "open-questions",
    "narrative",
    "timeline",
    "charts",
    "tensions",
    "perspectives",
    "status",
    "sources",
)
HEADINGS = (
    "What",
    "Why it matters",
    "Open questions",
    "Narrative",
    "Timeline",
    "Tensions",
    "Perspectives",
    "Status",
    "Sources",
)
OUTLETS = ("Example Wire", "Ledger One", "Token Times", "Model Monitor", "Daily Compute")
HOSTILE = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)")


def _s(text: str, *sources: int, **extra: Any) -> dict[str, Any]:
    return {"text": text, "sources": list(sources), **extra}


def _point(
    day: str, end: str, value: float, label: str, outlet: str, source: int, relation: str, **kw: Any
) -> dict[str, Any]:
    return {
        "date": day,
        "end": end,
        "value": value,
        "low": kw.get("low", value),
        "high": kw.get("high", value),
        "label": label,
        "outlet": outlet,
        "source": source,
        "relation": relation,
    }


def make_digest() -> dict[str, Any]:
    """A digest of the canonical story: Chinese models' share of an aggregator's tokens."""
    sources = [
        {
            "n": n,
            "title": title,
            "outlet": outlet,
            "url": f"https://news.example.org/{n}",
            "published": published,
            "document": f"doc-{n}",
        }
        for n, (title, outlet, published) in enumerate(
            [
                ("Chinese models now a third of API traffic", "Example Wire", "2026-04-29"),
                ("Open-weight models surge on aggregators", "Ledger One", "2026-04-30"),
                ("Token share: the April numbers", "Token Times", "2026-05-02"),
                ("Chinese AI climbs to 61% of tokens", "Model Monitor", "2026-02-25"),
                ("From 2% to 10% in a year", "Daily Compute", "2026-02-03"),
            ],
            start=1,
        )
    ]
    points = [
        _point("2025-01-01", "2025-12-31", 2, "below 2%", "Daily Compute", 5, "different_time",
               low=0, high=2),
        _point("2026-01-01", "2026-01-31", 10, "10%", "Daily Compute", 5, "different_time"),
        _point("2026-02-18", "2026-02-24", 61, "61%", "Model Monitor", 4, "different_date"),
        _point("2026-06-01", "2026-08-31", 61, "61%", "Ledger One", 2, "different_date"),
        _point("2026-04-01", "2026-04-30", 45, "about 45%", "Token Times", 3, "contradiction",
               low=43, high=47),
        _point("2026-04-01", "2026-04-30", 37.1, "37.1%", "Ledger One", 2, "contradiction"),
        _point("2026-04-21", "2026-04-30", 36, "36%", "Example Wire", 1, "corroborates"),
    ]  # fmt: skip
    return {
        "title": "Chinese AI models · OpenRouter · share",
        "generated": "2026-05-03",
        "query": "OpenRouter",
        "since": None,
        "narrative": {
            "id": "n-4f2a",
            "label": "Chinese AI models · OpenRouter · share",
            "status": "active and growing",
            "first_seen": "2026-02-03",
            "last_seen": "2026-05-02",
            "documents": 5,
            "actors": [
                {"name": "OpenRouter", "type": "ORG", "score": 0.9},
                {"name": "DeepSeek", "type": "ORG", "score": 0.7},
            ],
        },
        "sections": {
            "what": [
                _s("Chinese models carried 36% of tokens on the aggregator in late April.", 1),
                _s("Another count put their April share at 37.1%.", 2, 3),
            ],
            "why_it_matters": [_s("The shift signals pressure on closed Western models.", 2)],
            "open_questions": [
                _s("Was it 45% or 37.1% in April 2026?", 2, 3, kind="unresolved_conflict"),
                _s("Is 61% dated February or mid-2026?", 2, 4, kind="no_primary_source"),
                _s("Is the 2025 figure of below 2% still current?", 5, kind="stale_figure"),
            ],
            "narrative": [
                _s("In 2025 Chinese models had below 2% of tokens.", 5),
                _s("By January 2026 the share was 10%.", 5),
                _s("One outlet reported 61% for the week ending 24 February.", 4),
            ],
            "timeline": [
                {
                    "start": "2025-01-01",
                    "end": "2025-12-31",
                    "granularity": "year",
                    "when": "2025",
                    "text": "Share below 2%.",
                    "sources": [5],
                    "conflict": None,
                },
                {
                    "start": "2026-01-01",
                    "end": "2026-01-31",
                    "granularity": "month",
                    "when": "Jan 2026",
                    "text": "Share reaches 10%.",
                    "sources": [5],
                    "conflict": None,
                },
                {
                    "start": "2026-04-01",
                    "end": "2026-04-30",
                    "granularity": "month",
                    "when": "Apr 2026",
                    "text": "Share about 45%, or 37.1%.",
                    "sources": [2, 3],
                    "conflict": "c-81d2",
                },
                {
                    "start": "2026-04-21",
                    "end": "2026-04-30",
                    "granularity": "part",
                    "when": "late Apr 2026",
                    "text": "Share 36%.",
                    "sources": [1],
                    "conflict": None,
                },
            ],
            "perspectives": [
                {
                    "actor": "OpenRouter",
                    "kind": "ORG",
                    "role": "aggregator",
                    "summary": [_s("OpenRouter says its rankings reflect real usage.", 1)],
                    "evolution": {"kind": "consistent", "text": "Consistent.", "sources": [1, 2]},
                },
                {
                    "actor": "DeepSeek",
                    "kind": "ORG",
                    "role": "model maker",
                    "summary": [_s("DeepSeek credits low prices for the growth.", 3)],
                    "evolution": {"kind": "single", "text": "One statement.", "sources": [3]},
                },
            ],
            "tensions": [
                {
                    "kind": "figures",
                    "topic": "April 2026 share",
                    "text": "Token Times and Ledger One give different April shares.",
                    "conflict": "c-81d2",
                    "sides": [
                        {"actor": "Token Times", "text": "About 45%.", "sources": [3]},
                        {"actor": "Ledger One", "text": "37.1%.", "sources": [2]},
                    ],
                }
            ],
            "status": {
                "status": "active and growing",
                "text": "Active and growing: 5 documents from 5 outlets; 2 in the latest week.",
                "per_week": [
                    {"week": "2026-W06", "documents": 1},
                    {"week": "2026-W09", "documents": 1},
                    {"week": "2026-W18", "documents": 3},
                ],
            },
        },
        "charts": [
            {
                "id": "c-81d2",
                "title": "Chinese AI models · token share",
                "unit": "%",
                "points": points,
            },
        ],
        "sources": sources,
    }


def hostile_digest() -> dict[str, Any]:
    """The digest with feed text replaced by attacks, field by field, in turn."""
    digest = make_digest()
    attack = iter(HOSTILE * 200)

    def poison(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: poison(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [poison(v, key) for v in value]
        if isinstance(value, str) and key not in ("date", "end", "start"):
            return f"{value} {next(attack)}"
        return value

    hostile = poison(digest)
    for source in hostile["sources"]:
        source["url"] = "javascript:alert(1)"
    hostile["sources"][0]["url"] = 'https://example.org/"><script>alert(1)</script>'
    return hostile


class Tags(HTMLParser):
    """Start tags and their attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # A valueless attribute (<a download>) reads as "", as in the DOM.
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


def _chart_section(page: str) -> str:
    """The charts section (when a chart sits with no tension) and the tensions after it:
    every chart is in one of them."""
    start = page.find('<section id="charts">')
    start = start if start >= 0 else page.index('<section id="tensions">')
    return page[start : page.index('<section id="perspectives">')]


# --- Markdown ---------------------------------------------------------------


def test_markdown_has_every_section_in_order_with_citations_and_sources():
    digest = make_digest()
    text = to_markdown(digest)
    assert text.startswith("# Chinese AI models · OpenRouter · share\n")
    assert "Active and growing · 5 documents · first seen 2026-02-03" in text
    positions = [text.index(f"\n## {h}\n") for h in HEADINGS]
    assert positions == sorted(positions)
    sections = digest["sections"]
    sentences = [s for key in ("what", "why_it_matters", "open_questions", "narrative")
                 for s in sections[key]]  # fmt: skip
    for sentence in sentences:
        cites = "".join(f"[{n}]" for n in sentence["sources"])
        assert f"{sentence['text']} {cites}" in text
    assert "- **late Apr 2026**: Share 36%. [1]" in text
    assert "- **Apr 2026**: Share about 45%, or 37.1%. [2][3] *(disputed: see Tensions)*" in text
    assert "c-81d2" not in text  # a conflict set's id is no reader's business
    assert "### OpenRouter\n\n*aggregator*" in text
    assert "Evolution: Consistent. [1][2]" in text
    assert "  - Token Times: About 45%. [3]" in text
    for source in digest["sources"]:
        line = f"[{source['n']}] {source['title']} — {source['outlet']} ({source['published']})"
        assert f"{line} <{source['url']}>" in text


def test_markdown_says_nothing_found_under_empty_sections():
    text = to_markdown({"title": "Empty", "generated": "2026-05-03", "sections": {}, "sources": []})
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        f"## {h}" for h in HEADINGS
    ]
    assert text.count("Nothing found.") == len(HEADINGS)


def test_markdown_never_lets_feed_text_break_its_structure():
    digest = make_digest()
    digest["title"] = "Title\n# Injected heading\r\n- item"
    digest["sources"][0]["title"] = "Source\n\n## Fake section"
    digest["sources"][1]["url"] = "javascript:alert(1)"
    text = to_markdown(digest)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# Title # Injected heading - item"
    assert "## Fake section" not in headings
    assert "<javascript:" not in text and "(address: javascript:alert(1))" in text
    # "<" that could open raw HTML is backslash-escaped; "<2%" and the like are left alone.
    hostile = to_markdown(hostile_digest())
    assert not re.search(r"(?<!\\)<(script|img)", hostile) and "\\<script>" in hostile


# --- HTML structure ----------------------------------------------------------


def test_a_disputed_figures_chart_sits_inside_its_tension():
    digest = make_digest()
    page = to_html(digest)
    start, end = page.index('<section id="tensions">'), page.index('<section id="perspectives">')
    tensions = page[start:end]
    disputed = tensions[: tensions.index("</li>", tensions.index("<svg"))]
    assert f"<figcaption>{digest['charts'][0]['title']}</figcaption>" in disputed
    # Drawn once, and no section of its own when every chart sits with a tension.
    assert page.count("<svg") == 1 and '<section id="charts">' not in page


def test_html_has_every_section_in_order_with_ids_and_headings():
    digest = make_digest()
    digest["charts"].append(copy.deepcopy(digest["charts"][0]) | {"id": "c-2", "title": "Other"})
    page = to_html(digest)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<title>Chinese AI models · OpenRouter · share</title>" in page
    assert "<h1>Chinese AI models · OpenRouter · share</h1>" in page
    positions = [page.index(f'<section id="{s}"><h2>') for s in SECTION_IDS]
    assert positions == sorted(positions)
    assert '<section id="charts"><h2>Figures over time</h2>' in page


def test_html_citations_link_to_existing_sources():
    page = parse(to_html(make_digest()))
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    links = [a["href"] for tag, a in page.tags if tag == "a" and (a.get("href") or "")[:1] == "#"]
    assert len(links) > 20
    assert all(link[1:] in ids for link in links)
    assert {f"source-{n}" for n in range(1, 6)} <= ids


def test_html_is_self_contained_and_deterministic():
    digest = make_digest()
    page = to_html(digest)
    assert page == to_html(copy.deepcopy(digest))
    assert page.count("<style>") == 1
    for needle in ('src="', "src='", "@import", "url(", "<link", "<script", "<img", "<iframe"):
        assert needle not in page
    tags = parse(page).tags
    assert not [t for t, a in tags if t in ("script", "link", "img", "iframe", "object", "embed")]
    # The only absolute links are the sources' own addresses.
    external = [a["href"] for t, a in tags if t == "a" and (a.get("href") or "").startswith("http")]
    assert external == [s["url"] for s in digest["sources"]]
    assert all(a.get("rel") == "noopener noreferrer" for t, a in tags
               if t == "a" and (a.get("href") or "").startswith("http"))  # fmt: skip


def test_html_empty_sections_say_so():
    page = to_html({"title": "Empty", "sections": {}, "charts": [], "sources": []})
    for ident in SECTION_IDS:
        body = page.split(f'<section id="{ident}">', 1)[1].split("</section>", 1)[0]
        assert 'class="empty"' in body, ident


# --- HTML safety --------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere():
    digest = hostile_digest()
    page = to_html(digest)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    parsed = parse(page)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link"}
    for tag, attrs in parsed.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "javascript:" not in (attrs.get("href") or "").lower(), (tag, attrs)
    # Escaped, not dropped: the reader sees what the feed said.
    text = "".join(parsed.text)
    assert "<script>alert(1)</script>" in text and '"><img src=x onerror=alert(1)>' in text
    assert "javascript:alert(1)" in text
    # Attributes too: the SVG's aria-label and tooltips hold the chart title and labels.
    labels = [a.get("aria-label") for t, a in parsed.tags if t == "svg"]
    assert labels == [" ".join(digest["charts"][0]["title"].split())]


def test_hostile_text_is_escaped_in_a_page_of_many_digests():
    page = to_html_many([hostile_digest(), make_digest()])
    parsed = parse(page)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    ids = {a["id"] for _, a in parsed.tags if a.get("id")}
    links = [a["href"][1:] for t, a in parsed.tags if t == "a" and a.get("href", "")[:1] == "#"]
    assert all(link in ids for link in links)
    assert {"d1-what", "d2-what", "d1-source-1", "d2-source-1"} <= ids
    assert '<p class="empty">No active narrative.</p>' in to_html_many([])


# --- charts -----------------------------------------------------------------


def test_one_svg_per_chart_with_a_labelled_circle_per_dated_point():
    digest = make_digest()
    second = copy.deepcopy(digest["charts"][0]) | {"id": "c-2", "title": "Second"}
    digest["charts"].append(second)
    page = to_html(digest)
    charts = _chart_section(page)
    assert charts.count("<svg") == 2 and charts.count("<figcaption>") == 2
    svg = chart_svg(digest["charts"][0])
    points = digest["charts"][0]["points"]
    assert svg.count('<circle class="pt ') == len(points)
    assert svg.count("<title>") == len(points) + 1
    labels = "".join(parse(svg).text)
    for point in points:
        assert f"{point['label']} · {point['outlet']}" in labels
    for outlet in OUTLETS:
        assert outlet in labels
    # Each relation has its own marker style, and the legend names them.
    for style in ("contradiction", "different_date", "different_time", "other"):
        assert f'class="pt pt-{style}"' in svg
    for name in ("contradiction", "dated differently", "different time (trend)", "corroborates"):
        assert f">{name}</text>" in svg
    # Period bars and the stated low-high range are drawn; ticks name years and months.
    assert 'stroke-linecap="round"' in svg and "<path d=" in svg
    assert ">Jan 2026</text>" in svg or ">2026</text>" in svg
    assert ">60%</text>" in svg
    assert svg == chart_svg(copy.deepcopy(digest["charts"][0]))


def test_chart_labels_do_not_overlap():
    boxes = []
    svg = chart_svg(make_digest()["charts"][0])
    for x, y, anchor, text in re.findall(
        r'<text class="pt-label" x="([\d.]+)" y="([\d.]+)" dy="0.35em" text-anchor="(\w+)"'
        r"[^>]*>([^<]*)</text>",
        svg,
    ):
        width = len(text) * 12 * 0.58
        x0 = float(x) if anchor == "start" else float(x) - width
        boxes.append((x0, float(y) - 7.5, x0 + width, float(y) + 7.5))
    assert len(boxes) == 7
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= 400, a
        for b in boxes[i + 1 :]:
            gap = max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])
            assert gap > -0.01, (a, b)


@pytest.mark.parametrize(
    "points",
    [
        [_point("2026-04-21", "2026-04-30", 36, "36%", "Example Wire", 1, "corroborates")],
        [_point("2026-04-01", "2026-04-01", v, f"{v}%", o, 1, "contradiction")
         for v, o in ((45, "Token Times"), (37.1, "Ledger One"), (36, "Example Wire"))],
        [_point(d, d, 61, "61%", o, 1, "different_date")
         for d, o in (("2026-02-24", "Model Monitor"), ("2026-07-01", "Ledger One"))],
        [_point("2026-04-01", "2026-04-30", 0, "0%", "Example Wire", 1, "revised")],
        [_point("2026-04-01", "2026-04-30", -3.5, "-3.5%", "Example Wire", 1, "compatible",
                low=-5, high=-2)],
        [_point("2026", "", 1e9, "$1bn", "Example Wire", 0, "")],
    ],
    ids=["single", "one-date", "identical-values", "zero", "negative-range", "year-only"],
)  # fmt: skip
def test_chart_edge_cases_draw_every_point(points):
    svg = chart_svg({"id": "c", "title": "Edge", "unit": "%", "points": points})
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count('<circle class="pt ') == len(points)
    assert "nan" not in svg.lower() and "inf" not in svg.lower()
    for point in points:
        assert f"{point['label']} · {point['outlet']}" in svg


def test_chart_draws_a_figure_repeated_by_one_source_once():
    point = _point("2026-04-01", "2026-04-30", 37.1, "37.1%", "Ledger One", 2, "different_time")
    other = _point("2026-04-01", "2026-04-30", 45, "about 45%", "Token Times", 3, "contradiction")
    points = [point, point | {"relation": "contradiction"}, point, other]
    svg = chart_svg({"id": "c", "title": "Repeats", "unit": "%", "points": points})
    assert svg.count('<circle class="pt ') == 2
    assert svg.count('<circle class="pt pt-contradiction"') == 2  # the strongest relation wins
    assert svg.count(">37.1% · Ledger One</text>") == 1
    assert "contradiction, different time · given 3 times · [2]</title>" in svg


def test_chart_skips_points_without_a_usable_date_or_value():
    good = _point("2026-04-21", "2026-04-30", 36, "36%", "Example Wire", 1, "corroborates")
    bad = [
        good | {"date": "late April"},
        good | {"date": None},
        good | {"date": "2026-13-45"},
        good | {"value": None},
        good | {"value": float("nan")},
        good | {"value": "lots"},
        good | {"low": None, "high": "?", "end": "someday", "source": None, "relation": None},
    ]
    svg = chart_svg({"id": "c", "title": "Mixed", "unit": "USD", "points": [*bad, good]})
    assert svg.count('<circle class="pt ') == 2
    empty = chart_svg({"id": "c", "title": "None", "unit": "%", "points": bad[:-1]})
    assert "No dated figures to draw." in empty and '<circle class="pt ' not in empty
    assert "No dated figures" in chart_svg({})
    digest = make_digest()
    digest["charts"][0]["points"] = bad[:3]
    page = to_html(digest)
    assert "3 figures without a readable date or value not drawn." in _chart_section(page)


# --- a real browser ------------------------------------------------------------

# Headless Chromium lays --dump-dom pages out at least 500 px wide, whatever --window-size
# says, so pages are measured in 412 px iframes: each page, unchanged, keeps its own
# no-script policy; this wrapper measures them from outside and writes what it found into
# its own DOM for --dump-dom to return.
FRAME = '<iframe style="width:412px;height:2400px;border:0" srcdoc="{page}"></iframe>'
MEASURE = """<!DOCTYPE html><html><body style="margin:0">{frames}<script>
addEventListener("load", () => {{
  const found = [...document.querySelectorAll("iframe")].map(frame => {{
    const doc = frame.contentDocument;
    const right = Math.max(...[...doc.querySelectorAll("body *")]
      .map(e => e.getBoundingClientRect().right));
    return {{scroll: doc.documentElement.scrollWidth, client: doc.documentElement.clientWidth,
      right: Math.ceil(right), svg: doc.querySelector("svg.chart").getBoundingClientRect().width,
      scripts: doc.querySelectorAll("script, img, iframe").length}};
  }});
  const out = document.createElement("pre");
  out.id = "measure";
  out.textContent = JSON.stringify(found);
  document.body.append(out);
}});
</script></body></html>"""


def _measurements(dom: str) -> list[dict[str, float]]:
    found = re.search(r'<pre id="measure">(\[.*?\])</pre>', dom)
    assert found, dom[-500:]
    return [
        {k: float(v) for k, v in re.findall(r'"(\w+)":([\d.]+)', frame)}
        for frame in re.findall(r"\{.*?\}", found.group(1))
    ]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The page rendered by Chromium: its DOM, its measurements at 412 px, a screenshot.

    The hostile page is rendered too, with an unbroken 300-character word in its title,
    first sentence and first source: the worst case for both escaping and wrapping.
    """
    from tests.browser import browser, dump_dom, screenshot

    browser()  # skips the module's browser tests when none is installed
    folder = tmp_path_factory.mktemp("digest-browser")
    page = to_html(make_digest())
    hostile = hostile_digest()
    for field in (hostile, hostile["sections"]["what"][0], hostile["sources"][0]):
        key = "title" if "title" in field else "text"
        field[key] += " " + "x" * 300
    hostile_page = to_html(hostile)
    html, hostile_html = folder / "digest.html", folder / "hostile.html"
    html.write_text(page, encoding="utf-8")
    hostile_html.write_text(hostile_page, encoding="utf-8")
    frames = "".join(FRAME.format(page=escape(p, quote=True)) for p in (page, hostile_page))
    wrapper = folder / "measure.html"
    wrapper.write_text(MEASURE.format(frames=frames), encoding="utf-8")
    # --screenshot does resize the window to the size asked before it captures.
    png = screenshot(html, folder / "digest.png", width=412, height=2400)
    return {
        "page": page,
        "dom": dump_dom(html),
        "hostile_dom": dump_dom(hostile_html),
        "measure": _measurements(dump_dom(wrapper)),
        "png": png,
    }


def test_the_browser_renders_title_sections_and_chart(rendered):
    dom = rendered["dom"]
    assert "<title>Chinese AI models · OpenRouter · share</title>" in dom
    for ident in SECTION_IDS:
        assert f'id="{ident}"' in dom or ident == "charts"  # its one chart is its tension's
    assert dom.count('<svg class="chart"') == 1
    svg = dom[dom.index('<svg class="chart"') : dom.index("</svg>")]
    for outlet in OUTLETS:
        assert f"· {outlet}</text>" in svg


def test_the_page_fits_a_phone_screen(rendered):
    # Statically: nothing in the page is given a fixed width (only percents and rem caps).
    page = rendered["page"]
    assert not re.search(r'(?<![-\w])width="\d+(px)?"', page)
    assert not re.search(r"width:\s*\d{3,}px", page)
    assert 'width="100%"' in page
    # Measured in Chromium at 412 px: no horizontal scrolling, nothing past the right edge,
    # for the page and for the hostile page with its unbroken 300-character words.
    assert len(rendered["measure"]) == 2
    for measure in rendered["measure"]:
        assert measure["client"] == 412
        assert measure["scroll"] <= measure["client"]
        assert measure["right"] <= measure["client"]
        # The chart takes the width of its tension's list item, not a thumbnail's.
        assert measure["svg"] >= 340


def test_the_browser_finds_no_injected_element_in_the_hostile_page(rendered):
    dom = rendered["hostile_dom"]
    parsed = parse(dom)
    assert not {t for t, _ in parsed.tags} & {"script", "img", "iframe", "object", "embed"}
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert all(m["scripts"] == 0 for m in rendered["measure"])


def test_the_screenshot_is_a_real_png(rendered):
    data = Path(rendered["png"]).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (412, 2400)


def test_a_sentence_cited_inline_links_each_number_where_it_stands():
    digest = make_digest()
    digest["sections"]["what"] = [
        _s("61% is for the week ending 24 Feb 2026 (Example Wire) [1]; 36% is for Apr 2026 "
           "(<b>Ledger One</b>) [2].", 1, 2, kind="reconciled", cited_inline=True),
    ]  # fmt: skip
    markdown = to_markdown(digest)
    assert "(\\<b>Ledger One\\</b>) [2]." in markdown or "Ledger One" in markdown
    assert "[2]. [1][2]" not in markdown  # the numbers are said once, where they stand
    page = to_html(digest)
    what = page[page.index('<section id="what">') : page.index('<section id="why-it-matters">')]
    assert what.count('class="cite"') == 2 and "<b>" not in what
    assert '(Example Wire) <a class="cite" href="#source-1">[1]</a>' in what
