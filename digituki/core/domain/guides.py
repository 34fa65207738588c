"""Rules of the guide library with no I/O: front matter, guide packs and their limits, review age.

A guide is a Markdown document with YAML front matter::

    ---
    slug: suomifi-viestit
    title: Suomi.fi-viestien lukeminen
    language: fi
    topics: [gov.suomifi_messages, ident.suomifi]
    service: Suomi.fi-viestit (Digi- ja väestötietovirasto)
    source: Digituki-perusohjeet
    reviewed: 2026-11-20
    version: 1
    summary: Näin luet viranomaisten viestit verkossa.
    ---

A guide pack is a zip of such documents, the images they show and a ``pack.yaml`` (id, name,
version). Packs are untrusted input: `check_zip_entry` and `parse_pack` reject anything unsafe or
malformed with a `GuidePackError` before anything is written.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import yaml

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.text import clean_name
from digituki.core.domain.topics import LANGUAGES, TopicList

# --- limits -----------------------------------------------------------------------------------

MAX_PACK_FILES: Final = 2000
MAX_PACK_BYTES: Final = 32 * 1024 * 1024  # all entries together, unpacked
MAX_GUIDE_BYTES: Final = 256 * 1024  # one Markdown document
MAX_IMAGE_BYTES: Final = 4 * 1024 * 1024  # one image
MAX_TITLE: Final = 200
MAX_SUMMARY: Final = 500
MAX_SERVICE: Final = 200
MAX_SOURCE: Final = 200
MAX_PACK_NAME: Final = 120
MAX_FRONT_MATTER_BYTES: Final = 16 * 1024  # a guide's YAML head: a few hundred bytes in practice
PACK_TIME_BUDGET_S: Final = 30.0  # parsing a whole pack; a real one takes well under a second
MAX_TOPICS: Final = 10
REVIEW_VALID_MONTHS: Final = 12

MANIFEST_NAME: Final = "pack.yaml"
BUILTIN_PACK_ID: Final = "digituki-builtin"
LOCAL_PACK_ID: Final = "local"
RESERVED_PACK_IDS: Final = frozenset({BUILTIN_PACK_ID, LOCAL_PACK_ID})

PACK_SOURCES: Final = ("builtin", "imported", "local")
IMAGE_TYPES: Final[Mapping[str, str]] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
}
IMAGE_MIMES: Final = ("image/png", "image/jpeg", "image/gif")
_MAGIC: Final[Mapping[str, tuple[bytes, ...]]] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
}
# Files some zip tools add on their own; skipped (after the path checks), never imported.
_JUNK_DIRS: Final = ("__MACOSX/",)
_JUNK_NAMES: Final = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})

SLUG_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")
PACK_ID_RE: Final = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?")
_FRONT_MATTER_RE: Final = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DRIVE_RE: Final = re.compile(r"\A[A-Za-z]:")
_FIELDS: Final = frozenset(
    {"slug", "title", "language", "topics", "service", "source", "reviewed", "version", "summary"}
)


class GuidePackError(ValidationError):
    """A guide pack (or one of its files) was refused; `entry` names the file inside the pack."""

    code = "guide_pack"

    def __init__(self, code: str, entry: str = "", **params: Any) -> None:
        super().__init__(code, "pack", entry=entry, **params)


# --- guides -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GuideDocument:
    """A parsed, valid guide: its front matter fields and its Markdown body."""

    slug: str
    title: str
    language: str
    topics: tuple[str, ...]
    service: str
    source: str
    reviewed: dt.date
    version: int
    summary: str
    body: str


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader without anchors and aliases: a guide never needs them, and a few hundred
    bytes of nested aliases ("billion laughs") would otherwise take gigabytes to expand."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:
    """YAML without aliases (`_NoAliasLoader`); `yaml.YAMLError` when malformed."""
    return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter (a mapping) and the body of a guide; `ValidationError` if malformed."""
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER_RE.match(text)
    if match is None:
        raise ValidationError("guide_front_matter_missing", "front_matter")
    if len(match.group(1)) > MAX_FRONT_MATTER_BYTES:  # bounded before YAML sees it
        raise ValidationError("guide_front_matter_invalid", "front_matter")
    try:
        data = load_yaml(match.group(1))
    except (yaml.YAMLError, ValueError, RecursionError):  # ValueError: a number too long
        raise ValidationError("guide_front_matter_invalid", "front_matter") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValidationError("guide_front_matter_invalid", "front_matter")
    return data, text[match.end() :]


def _text(data: Mapping[str, Any], name: str, limit: int, *, required: bool = True) -> str:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("guide_field_missing", name)
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ValidationError("guide_field_invalid", name)
    result = clean_name(str(value))  # NFC, no control characters, single spaces
    if len(result) > limit:
        raise ValidationError("too_long", name, limit=limit)
    return result


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError("guide_reviewed_invalid", "reviewed")


def validate_topics(codes: Any, topic_list: TopicList) -> tuple[str, ...]:
    """Topic codes as a tuple without duplicates; unknown codes raise `guide_topic_unknown`."""
    if isinstance(codes, str):
        codes = [c.strip() for c in codes.split(",") if c.strip()]
    if not isinstance(codes, (list, tuple)) or not codes:
        raise ValidationError("guide_field_missing", "topics")
    result: list[str] = []
    for code in codes:
        if not isinstance(code, str) or not topic_list.is_valid(code):
            raise ValidationError("guide_topic_unknown", "topics", topic=str(code)[:64])
        if code not in result:
            result.append(code)
    if len(result) > MAX_TOPICS:
        raise ValidationError("guide_too_many_topics", "topics", limit=MAX_TOPICS)
    return tuple(result)


def validate_guide_fields(
    data: Mapping[str, Any], body: str, topic_list: TopicList
) -> GuideDocument:
    """Check front matter fields and body; returns the guide or raises `ValidationError`."""
    slug = data.get("slug")
    if not isinstance(slug, str) or not slug.strip():
        raise ValidationError("guide_field_missing", "slug")
    slug = slug.strip()
    if not SLUG_RE.fullmatch(slug):
        raise ValidationError("guide_slug_invalid", "slug")
    language = data.get("language")
    if language not in LANGUAGES:
        raise ValidationError("guide_language_unknown", "language")
    assert isinstance(language, str)
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 1_000_000:
        raise ValidationError("guide_version_invalid", "version")
    if "reviewed" not in data or data["reviewed"] is None:
        raise ValidationError("guide_field_missing", "reviewed")
    if not body.strip():
        raise ValidationError("guide_field_missing", "body")
    if len(body.encode("utf-8")) > MAX_GUIDE_BYTES:
        raise ValidationError("too_long", "body", limit=MAX_GUIDE_BYTES)
    return GuideDocument(
        slug=slug,
        title=_text(data, "title", MAX_TITLE),
        language=language,
        topics=validate_topics(data.get("topics"), topic_list),
        service=_text(data, "service", MAX_SERVICE),
        source=_text(data, "source", MAX_SOURCE, required=False),
        reviewed=_date(data["reviewed"]),
        version=version,
        summary=_text(data, "summary", MAX_SUMMARY, required=False),
        body=body.strip("\n") + "\n",
    )


def parse_guide(text: str, topic_list: TopicList) -> GuideDocument:
    """Parse a guide document (front matter + Markdown); raises `ValidationError` if invalid."""
    data, body = split_front_matter(text)
    return validate_guide_fields(data, body, topic_list)


def render_guide(doc: GuideDocument) -> str:
    """The guide as a Markdown document with front matter (the pack format)."""
    front = {
        "slug": doc.slug,
        "title": doc.title,
        "language": doc.language,
        "topics": list(doc.topics),
        "service": doc.service,
        "source": doc.source,
        "reviewed": doc.reviewed,
        "version": doc.version,
        "summary": doc.summary,
    }
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n\n{doc.body.strip()}\n"


def make_slug(title: str) -> str:
    """A slug from a title: ASCII letters and digits joined by hyphens (``"Ääni päälle"`` →
    ``"aani-paalle"``)."""
    folded = unicodedata.normalize("NFKD", title.casefold())
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ß", "ss")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.encode("ascii", "ignore").decode()).strip("-")
    return slug[:70].strip("-") or "ohje"


def is_possibly_out_of_date(reviewed: dt.date, today: dt.date) -> bool:
    """True when the guide was last reviewed more than `REVIEW_VALID_MONTHS` months ago."""
    months = today.year * 12 + today.month - 1 - REVIEW_VALID_MONTHS
    year, month = divmod(months, 12)
    month += 1
    day = min(today.day, _days_in_month(year, month))
    return reviewed < dt.date(year, month, day)


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day


# --- packs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackManifest:
    id: str
    name: str
    version: int


@dataclass(frozen=True)
class PackImage:
    name: str  # path inside the pack, e.g. "images/step1.png"
    mime: str
    data: bytes


@dataclass(frozen=True)
class ParsedPack:
    manifest: PackManifest
    guides: tuple[GuideDocument, ...]
    images: tuple[PackImage, ...]


def check_entry_name(name: str) -> str:
    """The entry's path if it is a safe relative path inside the pack, else `GuidePackError`."""
    shown = name[:200]
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or _DRIVE_RE.match(name):
        raise GuidePackError("pack_path_unsafe", shown)
    parts = name.rstrip("/").split("/")
    if any(part in ("..", ".") or part == "" for part in parts):
        raise GuidePackError("pack_path_unsafe", shown)
    return name


def is_junk_entry(name: str) -> bool:
    """Files zip tools add by themselves (macOS resource forks, thumbnails)."""
    return name.startswith(_JUNK_DIRS) or posixpath.basename(name) in _JUNK_NAMES


def entry_kind(name: str) -> str:
    """ "manifest", "guide" or "image"; any other file type is refused."""
    if name == MANIFEST_NAME:
        return "manifest"
    lower = name.lower()
    if lower.endswith(".md"):
        return "guide"
    if posixpath.splitext(lower)[1] in IMAGE_TYPES:
        return "image"
    raise GuidePackError("pack_file_unexpected", name[:200])


def parse_manifest(raw: bytes) -> PackManifest:
    """The pack's id, name and version from `pack.yaml`."""
    if len(raw) > MAX_FRONT_MATTER_BYTES:
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME)
    try:
        data = load_yaml(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise GuidePackError("pack_not_utf8", MANIFEST_NAME) from None
    except (yaml.YAMLError, ValueError, RecursionError):
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME) from None
    if not isinstance(data, dict):
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME)
    pack_id, name, version = data.get("id"), data.get("name"), data.get("version")
    if not isinstance(pack_id, str) or not PACK_ID_RE.fullmatch(pack_id):
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME)
    if not isinstance(name, str) or not clean_name(name) or len(name) > MAX_PACK_NAME:
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**9:
        raise GuidePackError("pack_manifest_invalid", MANIFEST_NAME)
    return PackManifest(id=pack_id, name=clean_name(name), version=version)


def sniff_image(name: str, data: bytes) -> str:
    """The MIME type of an image entry; the content must match its file extension."""
    mime = IMAGE_TYPES[posixpath.splitext(name.lower())[1]]
    if not data.startswith(_MAGIC[mime]):
        raise GuidePackError("pack_image_invalid", name[:200])
    return mime


def parse_pack(
    files: Mapping[str, bytes], topic_list: TopicList, *, allow_reserved: bool = False
) -> ParsedPack:
    """Validate a whole pack given as {path: content}; raises `GuidePackError` on the first
    problem, naming the file. The zip-level checks (paths, links, sizes) come before this."""
    if MANIFEST_NAME not in files:
        raise GuidePackError("pack_manifest_missing", MANIFEST_NAME)
    manifest = parse_manifest(files[MANIFEST_NAME])
    if manifest.id in RESERVED_PACK_IDS and not allow_reserved:
        raise GuidePackError("pack_id_reserved", MANIFEST_NAME, pack=manifest.id)
    guides: list[GuideDocument] = []
    images: list[PackImage] = []
    seen: dict[tuple[str, str], str] = {}
    started = time.monotonic()
    for name in sorted(files):
        if time.monotonic() - started > PACK_TIME_BUDGET_S:  # the pack's total budget
            raise GuidePackError("pack_too_large", name[:200], limit=MAX_PACK_BYTES)
        kind = entry_kind(name)
        data = files[name]
        if kind == "image":
            if len(data) > MAX_IMAGE_BYTES:
                raise GuidePackError("pack_too_large", name[:200], limit=MAX_IMAGE_BYTES)
            images.append(PackImage(name=name, mime=sniff_image(name, data), data=data))
        elif kind == "guide":
            if len(data) > MAX_GUIDE_BYTES:
                raise GuidePackError("pack_too_large", name[:200], limit=MAX_GUIDE_BYTES)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise GuidePackError("pack_not_utf8", name[:200]) from None
            try:
                doc = parse_guide(text, topic_list)
            except ValidationError as exc:
                params = {k: v for k, v in exc.params.items() if k not in ("entry", "field")}
                raise GuidePackError(
                    exc.message_code, name[:200], item=exc.field, **params
                ) from None
            key = (doc.slug, doc.language)
            if key in seen:
                raise GuidePackError(
                    "guide_duplicate", name[:200], slug=doc.slug, other=seen[key][:200]
                )
            seen[key] = name
            guides.append(doc)
    if not guides:
        raise GuidePackError("pack_empty")
    return ParsedPack(manifest=manifest, guides=tuple(guides), images=tuple(images))


def image_references(body: str) -> tuple[str, ...]:
    """Relative image paths a Markdown body refers to (``![alt](images/a.png)``), in order."""
    found: list[str] = []
    for match in re.finditer(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?", body):
        ref = normalize_image_ref(match.group(1))
        if ref is not None and ref not in found:
            found.append(ref)
    return tuple(found)


def normalize_image_ref(src: str) -> str | None:
    """A pack-relative image path, or None for anything that is not one (remote, absolute)."""
    if not src or ":" in src or src.startswith(("/", "\\", "//")):
        return None
    path = posixpath.normpath(src.removeprefix("./"))
    if path.startswith("..") or path == ".":
        return None
    return path
