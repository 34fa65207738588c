"""Guide Markdown → safe HTML for the viewer (markdown-it-py, CommonMark).

Guides may come from untrusted packs, so: raw HTML is never passed through (it is shown escaped as
text), links keep markdown-it's URL check (no ``javascript:``, ``vbscript:``, ``file:`` or
``data:``), and images are shown only when they come from the guide's own pack — a remote image is
rendered as a plain link, never fetched.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from digituki.core.domain.guides import normalize_image_ref

_SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


def alt_text(token: Token) -> str:
    return "".join(child.content for child in token.children or [] if child.content)


def is_remote(src: str) -> bool:
    return src.lower().startswith(("http://", "https://", "//"))


def _render_image(_self: Any, tokens: Sequence[Token], idx: int, _options: Any, env: Any) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = alt_text(token)
    ref = normalize_image_ref(src)
    images: Container[str] = env.get("images", ()) if isinstance(env, dict) else ()
    if ref is not None and ref in images:
        return f'<img src="{escape(ref)}" alt="{escape(alt)}" />'
    label = escape(alt or src)
    if is_remote(src) and src.lower().startswith(_SAFE_LINK_SCHEMES):
        return f'<a href="{escape(src)}">{label}</a>'
    return label


def _render_link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if not href.lower().startswith(_SAFE_LINK_SCHEMES) and not href.startswith("#"):
        # A relative or odd link has nowhere to go in an offline viewer: keep the text only.
        token.attrs.pop("href", None)
        return "<a>"
    result: str = self.renderToken(tokens, idx, options, env)
    return result


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The one configured parser: CommonMark + tables, raw HTML off, safe images and links."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    return md


def render_html(body: str, images: Container[str] = ()) -> str:
    """HTML of a guide body; `images` are the pack image paths that may be shown."""
    return str(markdown_parser().render(body, {"images": images}))


def parse_tokens(body: str) -> list[Token]:
    """The block tokens of a guide body (the PDF handout walks them)."""
    return list(markdown_parser().parse(body))
