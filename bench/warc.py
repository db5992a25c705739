"""A WARC of realistic news pages built from the synthetic articles of ``corpus.py``, or from real ones.

Each page wraps one article in what a news site puts around it: head metadata, inline scripts and
styles, JSON-LD, a cookie banner, navigation menus, ads between paragraphs, share buttons, related
headlines, a newsletter box, a comment section (in the article's language, from the same
vocabulary, so an extractor that keeps it loses precision) and a footer. Three page layouts
(semantic ``<article>``, nested ``<div>`` soup, a layout with text directly in divs and ``<br>``)
rotate by outlet. The known article text (title, headings, paragraphs) goes to a truth file for
measuring extraction quality.

With ``--texts DIR`` the pages wrap real article texts instead (the .txt files under DIR: first
line the title, every further non-empty line a paragraph), in the same chrome, with the comments
and related headlines in the article's language where corpus.py has a vocabulary for it (else
English). The texts stay where they are: only the WARC written holds them.

    .venv/bin/python bench/warc.py --articles 2000 --output /tmp/bench.warc.gz
    # writes /tmp/bench.warc.gz and /tmp/bench.warc.gz.truth.jsonl
    .venv/bin/python bench/warc.py --articles 20 --non-html 0.1 --huge-mb 100 --output /tmp/bad.warc.gz
    .venv/bin/python bench/warc.py --texts ~/articles --output /tmp/real.warc.gz   # every .txt under ~/articles

From Python (with bench/ on sys.path): ``build_warc(path, n, seed, texts=None) -> list[Truth]``.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import VOCABULARY, SyntheticArticle, _sentence, generate  # noqa: E402
from fonte.analyze.language import identify  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

OUTLETS = [
    ("Harbour Herald", "harbourherald.example"),
    ("The Daily Ledger", "dailyledger.example"),
    ("Notizie di Valle", "notiziedivalle.example"),
    ("Le Courrier du Port", "courrierduport.example"),
    ("Stadtbote", "stadtbote.example"),
    ("Diario del Sur", "diariodelsur.example"),
    ("Вестник Побережья", "vestnik.example"),
]
_SECTIONS = ["Home", "World", "Politics", "Economy", "Sport", "Culture", "Opinion", "Video", "Weather", "Podcasts"]
_AD = ["Advertisement", "Sponsored", "Anzeige", "Pubblicità", "Publicité", "Реклама"]


@dataclass(frozen=True)
class PageContent:
    """What a page is built around: the article's language, title, stated reading time and blocks."""

    language: str
    title: str
    reading: str | None
    blocks: list[tuple[str, str]]  # (heading | paragraph, text)


@dataclass(frozen=True)
class Truth:
    uri: str
    language: str
    title: str
    text: str  # title, headings and paragraphs, one block per line pair: what a perfect extractor keeps


def synthetic_content(article: SyntheticArticle) -> PageContent:
    """The page content of a synthetic article (its headings are the vocabulary's)."""
    vocab = VOCABULARY[article.language]
    stated = re.compile(re.escape(vocab["stated"]).replace(re.escape("{m}"), r"\d+"))
    lines = [b for b in article.text.strip().split("\n\n") if b]
    title, reading, blocks = lines[0], None, []
    for line in lines[1:]:
        if stated.fullmatch(line):
            reading = line
        else:
            blocks.append(("heading" if line in vocab["headings"] else "paragraph", line))
    return PageContent(article.language, title, reading, blocks)


def text_contents(directory: str | Path) -> list[PageContent]:
    """The page content of every .txt article under ``directory`` (sorted by path) that has a paragraph.

    A text file marks no headings, so every line after the title is a paragraph; the language is
    fonte's own identification of the text.
    """
    contents = []
    for path in sorted(Path(directory).expanduser().rglob("*.txt")):
        lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
        lines = [line for line in lines if line]
        if len(lines) < 2:
            continue  # a title alone is no article page
        language = identify("\n".join(lines))[0]
        contents.append(PageContent(language, lines[0], None, [("paragraph", line) for line in lines[1:]]))
    return contents


def _vocabulary(language: str) -> dict:
    """corpus.py's vocabulary for the page chrome in ``language``, English where it has none."""
    return VOCABULARY.get(language, VOCABULARY["en"])


def _script(rng: random.Random, kilobytes: int) -> str:
    """Minified-looking JavaScript of about ``kilobytes`` KB (tracking, ad loaders, frameworks)."""
    parts, size = [], 0
    while size < kilobytes * 1000:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
        part = (f"function {name}(e,t){{var n=document.querySelectorAll('[data-{name}]');for(var r=0;r<n.length;r++)"
                f"{{n[r].setAttribute('data-id',e+r*{rng.randint(1, 999)});}}return t||window.{name}Queue||[];}}")
        parts.append(part)
        size += len(part)
    return "".join(parts)


def _nav(rng: random.Random, domain: str) -> str:
    items = "".join(f'<li><a href="https://{domain}/{s.lower()}">{s}</a></li>' for s in rng.sample(_SECTIONS, 8))
    return f'<nav class="main-menu"><ul>{items}</ul></nav>'


def _ad(rng: random.Random) -> str:
    return (f'<div class="ad-slot" id="ad-{rng.randint(1, 9999)}"><span class="ad-label">{rng.choice(_AD)}</span>'
            f'<script>googletag.cmd.push(function(){{googletag.display("ad-{rng.randint(1, 99)}");}});</script></div>')


def _headline_links(rng: random.Random, language: str, domain: str, n: int) -> str:
    vocab = _vocabulary(language)
    items = "".join(
        f'<li><a href="https://{domain}/news/{rng.randint(10000, 99999)}">{html.escape(_sentence(rng, vocab).rstrip("."))}</a></li>'
        for _ in range(n)
    )
    return f"<ul>{items}</ul>"


def _comments(rng: random.Random, language: str) -> str:
    vocab = _vocabulary(language)
    people = ["marco_77", "truthseeker", "anna.b", "pete1960", "lena_k", "guest"]
    items = "".join(
        f'<li class="comment"><span class="user">{rng.choice(people)}</span>'
        f'<p>{html.escape(" ".join(_sentence(rng, vocab) for _ in range(rng.randint(1, 3))))}</p></li>'
        for _ in range(rng.randint(2, 8))
    )
    return f'<section id="comments" class="comments"><h3>Comments</h3><ol>{items}</ol></section>'


def _body_semantic(blocks, rng) -> str:
    out = []
    for i, (kind, text) in enumerate(blocks):
        out.append(f"<h2>{html.escape(text)}</h2>" if kind == "heading" else f"<p>{html.escape(text)}</p>")
        if i % 4 == 2:
            out.append(_ad(rng))
    return "".join(out)


def _body_divs(blocks, rng) -> str:
    out = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "heading":
            out.append(f'<h3 class="subhead">{html.escape(text)}</h3>')
        else:
            first, _, rest = text.partition(" ")
            out.append(f'<p class="body-text"><span class="lead">{html.escape(first)}</span> {html.escape(rest)}</p>')
        if i % 5 == 3:
            out.append(_ad(rng))
    return f'<div class="post-body"><div class="entry">{"".join(out)}</div></div>'


def _body_breaks(blocks, rng) -> str:
    out = []
    for kind, text in blocks:
        if kind == "heading":
            out.append(f"<h2>{html.escape(text)}</h2>")
        else:
            out.append(f'<div class="txt">{html.escape(text)}</div>')
    return "".join(out)


def page(content: PageContent, rng: random.Random, uri: str, outlet: int, published: str) -> tuple[str, Truth]:
    """The HTML page of one article, and its known text."""
    name, domain = OUTLETS[outlet]
    title, reading, blocks, language = content.title, content.reading, content.blocks, content.language
    layout = outlet % 3
    body = (_body_semantic, _body_divs, _body_breaks)[layout](blocks, rng)
    byline = f'<div class="byline">By Staff Reporter · <time datetime="{published}">{published[:10]}</time>'
    byline += f' · <span class="reading">{html.escape(reading)}</span></div>' if reading else "</div>"
    share = '<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>'
    related = f'<aside class="related"><h3>Read also</h3>{_headline_links(rng, language, domain, 5)}</aside>'
    newsletter = ('<div class="newsletter"><h3>Newsletter</h3><p>Sign up for our morning briefing.</p>'
                  '<form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>')
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": published, "publisher": {"@type": "Organization", "name": name}},
                    ensure_ascii=False)
    head = (
        f'<head><meta charset="utf-8"><title>{html.escape(title)} | {html.escape(name)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:site_name" content="{html.escape(name)}">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="{published}">'
        f'<style>body{{font-family:serif}}.ad-slot{{min-height:250px}}{"." * rng.randint(500, 3000)}</style>'
        f'<script type="application/ld+json">{ld}</script>'
        f"<script>{_script(rng, rng.randint(10, 60))}</script></head>"
    )
    cookie = '<div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>'
    header = f'<header><a class="logo" href="https://{domain}/">{html.escape(name)}</a>{_nav(rng, domain)}</header>'
    if layout == 0:
        main = (f"<main><article><header><h1>{html.escape(title)}</h1>{byline}</header>{share}{body}"
                f"</article>{related}{_comments(rng, language)}</main>")
    elif layout == 1:
        main = (f'<div id="page"><div class="col-main"><h1 class="headline">{html.escape(title)}</h1>{byline}{body}'
                f'{share}</div><div class="sidebar">{_ad(rng)}{related}{newsletter}</div></div>'
                f"{_comments(rng, language)}")
    else:
        main = (f'<div class="wrap"><div class="story"><h1>{html.escape(title)}</h1>{byline}{body}</div>'
                f'<div class="more">{_headline_links(rng, language, domain, 10)}</div>{newsletter}</div>')
    footer = (f'<footer>{_nav(rng, domain)}<p>© 2024 {html.escape(name)}. All rights reserved.</p>'
              f'<script>{_script(rng, 5)}</script></footer>')
    document = f'<!DOCTYPE html><html lang="{language}">{head}<body>{cookie}{header}{main}{footer}</body></html>'
    known = "\n\n".join([title] + [text for _, text in blocks])
    return document, Truth(uri, language, title, known)


def _record(writer: WARCWriter, uri: str, content_type: str, body: bytes, date: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date},
    ))


def build_warc(
    path: str | Path,
    n: int | None,
    seed: int = 0,
    non_html: float = 0.0,
    huge_mb: int = 0,
    profile: str = "dense",
    texts: str | Path | None = None,
) -> list[Truth]:
    """Write ``n`` article pages (plus ``non_html`` share of images, and one huge page if asked) to ``path``.

    ``profile`` is the corpus profile of bench/corpus.py (dense, or news: calibrated on real articles).
    With ``texts`` (a folder), the pages hold the first ``n`` of its .txt articles (all when ``n``
    is None) instead of synthetic ones.
    """
    if texts is not None:
        contents = text_contents(texts)[:n]
        if not contents:
            raise SystemExit(f"{texts}: no .txt article (title line and at least one paragraph line)")
    else:
        contents = [synthetic_content(a) for a in generate(n, seed=seed, profile=profile)]
    rng = random.Random(seed)
    truths = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=str(path).endswith(".gz"))
        for i, content in enumerate(contents):
            outlet = rng.randrange(len(OUTLETS))
            uri = f"https://{OUTLETS[outlet][1]}/news/{seed}-{i:07d}"
            published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00Z"
            document, truth = page(content, rng, uri, outlet, published)
            _record(writer, uri, "text/html; charset=utf-8", document.encode("utf-8"), published)
            truths.append(truth)
            if non_html and rng.random() < non_html:
                _record(writer, f"{uri}/photo.jpg", "image/jpeg", rng.randbytes(20_000), published)
        if huge_mb:
            filler = "<p>" + "lorem ipsum " * 1000 + "</p>"
            big = ("<html><body>" + filler * (huge_mb * 1_000_000 // len(filler) + 1) + "</body></html>").encode()
            _record(writer, f"https://{OUTLETS[0][1]}/huge", "text/html", big, "2024-01-01T00:00:00Z")
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="pages (default 2000 synthetic, or every text of --texts)")
    parser.add_argument("--texts", metavar="DIR", help="wrap the real articles of DIR (.txt, first line the title)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--non-html", type=float, default=0.0, help="share of pages followed by an image record")
    parser.add_argument("--huge-mb", type=int, default=0, help="add one HTML record of this many MB")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    n = args.articles if args.articles is not None or args.texts else 2000
    truths = build_warc(args.output, n, args.seed, args.non_html, args.huge_mb, texts=args.texts)
    truth_path = Path(f"{args.output}.truth.jsonl")
    with truth_path.open("w", encoding="utf-8") as out:
        for truth in truths:
            out.write(json.dumps(asdict(truth), ensure_ascii=False) + "\n")
    size = Path(args.output).stat().st_size
    print(f"{args.output}: {len(truths)} pages, {size / 1e6:.1f} MB; truth in {truth_path}")


if __name__ == "__main__":
    main()
