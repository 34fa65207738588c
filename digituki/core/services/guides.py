"""Guide library: search, read, favourites, local editing, and guide packs (import/export/remove).

Search on SQLite uses the FTS5 index `guide_fts` (migration 0004): every query word is a prefix
(``valtuu`` finds ``valtuutus`` and ``valtuudet``), diacritics are folded, and results are ranked
by bm25 with the title weighted highest. On PostgreSQL the same rules hold without an index (a
point's few hundred guides need none): every word must begin a word of the text (a regular
expression with `\\m`), with the common diacritics folded on both sides; titles rank first.
Other databases fall back to an ILIKE search.

Packs are untrusted: `import_pack` reads and validates the whole zip (paths, links, sizes while
reading, UTF-8, front matter, topic codes, duplicates) before the one transaction that writes it,
so a broken pack is refused whole with a `GuidePackError` and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files as resource_files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from sqlalchemy import bindparam, case, delete, func, insert, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from digituki.core import clock
from digituki.core.clock import utc_now as _utc_now
from digituki.core.domain.errors import NotFoundError, ValidationError
from digituki.core.domain.guide_markdown import render_html
from digituki.core.domain.guides import (
    BUILTIN_PACK_ID,
    LOCAL_PACK_ID,
    MANIFEST_NAME,
    MAX_GUIDE_BYTES,
    MAX_IMAGE_BYTES,
    MAX_PACK_BYTES,
    MAX_PACK_FILES,
    PACK_ID_RE,
    GuideDocument,
    GuidePackError,
    PackImage,
    ParsedPack,
    check_entry_name,
    entry_kind,
    image_references,
    is_junk_entry,
    is_possibly_out_of_date,
    make_slug,
    parse_manifest,
    parse_pack,
    render_guide,
    validate_guide_fields,
)
from digituki.core.domain.topics import TopicList, load_topics

if TYPE_CHECKING:  # ReportLab is loaded only when a handout is made (start-up speed)
    from digituki.core.exports.pdf.handout import Handout
from digituki.core.exports.safety import write_atomically
from digituki.core.storage.database import Database
from digituki.core.storage.orm import (
    Guide,
    GuideFavourite,
    GuideImage,
    GuidePack,
    GuideTopic,
)

MAX_MANIFEST_BYTES = 64 * 1024
_READ_CHUNK = 64 * 1024
_BUILTIN_PACKAGE = "digituki.core.data"
_BUILTIN_FOLDER = "guides"
_WORD_RE = re.compile(r"\w+")
Progress = Callable[[int, int], None]


# --- what the services return ------------------------------------------------------------------


@dataclass(frozen=True)
class GuideSummary:
    """A guide as a search result or a linked guide."""

    id: int
    slug: str
    language: str
    title: str
    summary: str
    service: str
    source: str
    reviewed: dt.date
    topics: tuple[str, ...]
    pack_id: str
    pack_name: str
    pack_source: str  # "builtin", "imported" or "local"
    local_edit: bool
    favourite: bool
    out_of_date: bool

    @property
    def is_local(self) -> bool:
        """Written at this point (not from a pack)."""
        return self.pack_source == "local"


@dataclass(frozen=True)
class GuideImageData:
    name: str
    mime: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class GuideDetail:
    """A whole guide: its summary, Markdown body and the images it shows from its pack."""

    guide: GuideSummary
    body: str
    version: int
    images: tuple[GuideImageData, ...] = ()

    def image(self, name: str) -> GuideImageData | None:
        return next((img for img in self.images if img.name == name), None)

    def html(self) -> str:
        """The body as safe HTML (raw HTML escaped, only the pack's own images)."""
        return render_html(self.body, {img.name for img in self.images})


@dataclass(frozen=True)
class PackInfo:
    id: str
    name: str
    version: int
    source: str
    imported_at: dt.datetime
    guide_count: int


@dataclass(frozen=True)
class PackImportResult:
    pack: PackInfo
    previous_version: int | None
    added: int
    updated: int
    removed: int
    kept_local: int  # guides edited at this point, left as they were


@dataclass(frozen=True)
class GuideDraft:
    """What the editor saves; validated by `save_guide`."""

    title: str
    language: str
    topics: tuple[str, ...]
    service: str
    body: str
    summary: str = ""
    source: str = ""
    reviewed: dt.date | None = None  # None: today


# --- helpers -----------------------------------------------------------------------------------


def helsinki_today() -> dt.date:
    return clock.today()


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _summaries(session: Session, ids: Sequence[int], today: dt.date) -> list[GuideSummary]:
    """Summaries of `ids`, in the order given."""
    if not ids:
        return []
    rows = session.execute(
        select(
            Guide.id,
            Guide.slug,
            Guide.language,
            Guide.title,
            Guide.summary,
            Guide.service,
            Guide.source,
            Guide.reviewed,
            Guide.pack_id,
            Guide.local_edit,
            GuidePack.name,
            GuidePack.source,
        )
        .join(GuidePack, GuidePack.id == Guide.pack_id)
        .where(Guide.id.in_(ids))
    ).all()
    topics: dict[int, list[str]] = {}
    for guide_id, code in session.execute(
        select(GuideTopic.guide_id, GuideTopic.topic_code)
        .where(GuideTopic.guide_id.in_(ids))
        .order_by(GuideTopic.guide_id, GuideTopic.topic_code)
    ):
        topics.setdefault(guide_id, []).append(code)
    favourites = set(
        session.scalars(select(GuideFavourite.guide_id).where(GuideFavourite.guide_id.in_(ids)))
    )
    by_id: dict[int, GuideSummary] = {}
    for (
        guide_id,
        slug,
        language,
        title,
        summary,
        service,
        source,
        reviewed,
        pack_id,
        local_edit,
        pack_name,
        pack_source,
    ) in rows:
        by_id[guide_id] = GuideSummary(
            id=guide_id,
            slug=slug,
            language=language,
            title=title,
            summary=summary,
            service=service,
            source=source,
            reviewed=reviewed,
            topics=tuple(topics.get(guide_id, ())),
            pack_id=pack_id,
            pack_name=pack_name,
            pack_source=pack_source,
            local_edit=local_edit,
            favourite=guide_id in favourites,
            out_of_date=is_possibly_out_of_date(reviewed, today),
        )
    return [by_id[i] for i in ids if i in by_id]


def _expand_topics(codes: Iterable[str], topic_list: TopicList) -> list[str]:
    """Topic codes, with a group code standing for all the topics of its group."""
    result: list[str] = []
    for code in codes:
        if topic_list.is_group(code):
            result.extend(t.code for t in topic_list.group(code).topics)
        elif code not in result:
            result.append(code)
    return result


# --- search ------------------------------------------------------------------------------------


def query_words(query: str) -> list[str]:
    """The words of a search text (letters and digits; everything else separates words)."""
    return [w for w in _WORD_RE.findall(query.casefold()) if w.strip("_")]


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word as a quoted prefix term, all required."""
    words = query_words(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search_guides(
    db: Database,
    query: str = "",
    *,
    language: str | None = None,
    topics: Sequence[str] = (),
    favourites_only: bool = False,
    limit: int = 200,
    today: dt.date | None = None,
) -> list[GuideSummary]:
    """Guides matching every word of `query` as a prefix, best first (title counts most).

    Filters: `language` ("fi", "sv", "en"), `topics` (guides linked to any of these topic or group
    codes), `favourites_only`. An empty query lists the matching guides by title.
    """
    today = today or helsinki_today()
    codes = _expand_topics(topics, load_topics()) if topics else []
    with db.unit_of_work() as uow:
        session = uow.session
        if query_words(query) and _is_sqlite(session):
            ids = _search_fts(session, query, language, codes, favourites_only, limit)
        else:
            ids = _search_like(session, query, language, codes, favourites_only, limit)
        return _summaries(session, ids, today)


def _search_fts(
    session: Session,
    query: str,
    language: str | None,
    codes: Sequence[str],
    favourites_only: bool,
    limit: int,
) -> list[int]:
    match = fts_query(query)
    sql = (
        "SELECT g.id FROM guide_fts JOIN guide AS g ON g.id = guide_fts.rowid "
        "WHERE guide_fts MATCH :match"
    )
    params: dict[str, object] = {"match": match, "limit": limit}
    binds: list[BindParameter[object]] = []
    if language:
        sql += " AND g.language = :language"
        params["language"] = language
    if codes:
        sql += " AND g.id IN (SELECT guide_id FROM guide_topic WHERE topic_code IN :codes)"
        params["codes"] = list(codes)
        binds.append(bindparam("codes", expanding=True))
    if favourites_only:
        sql += " AND g.id IN (SELECT guide_id FROM guide_favourite)"
    sql += " ORDER BY bm25(guide_fts, 10.0, 4.0, 3.0, 1.0), g.title LIMIT :limit"
    statement = text(sql).bindparams(*binds)
    return [row[0] for row in session.execute(statement, params)]


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Diacritics folded like FTS5's `remove_diacritics 2` for the letters Finnish, Swedish and
# English text meets (PostgreSQL's `unaccent` is an extension a library's server may not have).
_FOLD_FROM = "äöåáàâãéèêëíìîïóòôõúùûüýÿñçšž" + "ÄÖÅÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝŸÑÇŠŽ"
_FOLD_TO = "aoa" + "aaaa" + "eeee" + "iiii" + "oooo" + "uuuu" + "yy" + "ncsz"
_FOLD_TO += _FOLD_TO  # the same for the capitals
_FOLD_TABLE = str.maketrans(_FOLD_FROM, _FOLD_TO)


def _word_match(session: Session, column: Any, word: str) -> Any:
    """`column` contains `word`: as a word prefix on PostgreSQL, as a substring elsewhere."""
    if session.get_bind().dialect.name == "postgresql":
        folded = func.translate(func.lower(column), _FOLD_FROM, _FOLD_TO)
        return folded.op("~")("\\m" + re.escape(word.translate(_FOLD_TABLE)))
    return column.ilike(_like_pattern(word), escape="\\")


def _search_like(
    session: Session,
    query: str,
    language: str | None,
    codes: Sequence[str],
    favourites_only: bool,
    limit: int,
) -> list[int]:
    """The search without FTS5 (PostgreSQL, and the empty query): every word, titles first."""
    words = query_words(query)
    statement = select(Guide.id)
    for word in words:
        statement = statement.where(
            or_(
                *(
                    _word_match(session, column, word)
                    for column in (Guide.title, Guide.summary, Guide.service, Guide.body)
                )
            )
        )
    if language:
        statement = statement.where(Guide.language == language)
    if codes:
        statement = statement.where(
            Guide.id.in_(select(GuideTopic.guide_id).where(GuideTopic.topic_code.in_(codes)))
        )
    if favourites_only:
        statement = statement.where(Guide.id.in_(select(GuideFavourite.guide_id)))
    order = []
    if words:
        title_hits = [case((_word_match(session, Guide.title, w), 1), else_=0) for w in words]
        order.append(sum(title_hits[1:], title_hits[0]).desc())
    statement = statement.order_by(*order, func.lower(Guide.title), Guide.id).limit(limit)
    return list(session.scalars(statement))


def oldest_review_first(rows: Iterable[GuideSummary]) -> list[GuideSummary]:
    """Guides in the order a point re-checks them: longest since review first, then by title."""
    return sorted(rows, key=lambda r: (r.reviewed, r.title.casefold(), r.language))


def guides_for_topics(
    db: Database,
    codes: Sequence[str],
    *,
    language: str | None = None,
    limit: int = 20,
    today: dt.date | None = None,
) -> list[GuideSummary]:
    """Guides linked to any of `codes`, one per guide: in `language` when there is such a
    version, else Finnish, else any. Guides matching more of the topics come first."""
    if not codes:
        return []
    today = today or helsinki_today()
    wanted = _expand_topics(codes, load_topics())
    with db.unit_of_work() as uow:
        session = uow.session
        rows = session.execute(
            select(Guide.id, Guide.slug, Guide.language, Guide.title, func.count())
            .join(GuideTopic, GuideTopic.guide_id == Guide.id)
            .where(GuideTopic.topic_code.in_(wanted))
            .group_by(Guide.id, Guide.slug, Guide.language, Guide.title)
        ).all()
        preference = {language: 0, "fi": 1} if language else {"fi": 0}
        best: dict[str, tuple[int, int, str, int]] = {}
        for guide_id, slug, lang, title, hits in rows:
            key = (preference.get(lang, 2), -hits, title.casefold(), guide_id)
            if slug not in best or key < best[slug]:
                best[slug] = key
        ranked = sorted(best.values())[:limit]
        return _summaries(session, [k[3] for k in ranked], today)


# --- reading and favourites ----------------------------------------------------------------------


def get_guide(db: Database, guide_id: int, *, today: dt.date | None = None) -> GuideDetail:
    """The whole guide with the images it shows; `NotFoundError` if it is gone."""
    today = today or helsinki_today()
    with db.unit_of_work() as uow:
        session = uow.session
        guide = session.get(Guide, guide_id)
        if guide is None:
            raise NotFoundError(what="guide")
        refs = image_references(guide.body)
        images: list[GuideImageData] = []
        if refs:
            for name, mime, data in session.execute(
                select(GuideImage.name, GuideImage.mime, GuideImage.data).where(
                    GuideImage.pack_id == guide.pack_id, GuideImage.name.in_(refs)
                )
            ):
                images.append(GuideImageData(name=name, mime=mime, data=data))
        summary = _summaries(session, [guide_id], today)[0]
        return GuideDetail(
            guide=summary, body=guide.body, version=guide.version, images=tuple(images)
        )


def find_guide(db: Database, slug: str, language: str) -> int | None:
    """The id of the guide with this slug and language, if there is one."""
    with db.unit_of_work() as uow:
        return uow.session.scalar(
            select(Guide.id).where(Guide.slug == slug, Guide.language == language)
        )


def set_favourite(db: Database, guide_id: int, favourite: bool) -> bool:
    """Mark or unmark a guide as a favourite of the point; returns the new state."""
    with db.unit_of_work() as uow:
        session = uow.session
        if session.get(Guide, guide_id) is None:
            raise NotFoundError(what="guide")
        row = session.get(GuideFavourite, guide_id)
        if favourite and row is None:
            session.add(GuideFavourite(guide_id=guide_id, created_at=_utc_now()))
        elif not favourite and row is not None:
            session.delete(row)
        uow.commit()
    return favourite


# --- packs: reading and validating ---------------------------------------------------------------


def _entry_limit(kind: str) -> int:
    return {"manifest": MAX_MANIFEST_BYTES, "guide": MAX_GUIDE_BYTES}.get(kind, MAX_IMAGE_BYTES)


def read_pack_zip(path: Path) -> dict[str, bytes]:
    """The files of a pack zip as {path: bytes}, after the safety checks: safe relative paths,
    no links or special files, no encryption, bounded count and size (declared and actual)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise GuidePackError("pack_not_zip") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PACK_FILES:
            raise GuidePackError("pack_too_many_files", limit=MAX_PACK_FILES)
        wanted: list[tuple[zipfile.ZipInfo, str]] = []
        declared = 0
        names: set[str] = set()
        for info in infos:
            name = check_entry_name(info.filename)
            file_type = stat.S_IFMT(info.external_attr >> 16)
            if file_type == stat.S_IFLNK:
                raise GuidePackError("pack_symlink", name[:200])
            if info.is_dir() or file_type == stat.S_IFDIR:
                continue
            if file_type not in (0, stat.S_IFREG):
                raise GuidePackError("pack_file_unexpected", name[:200])
            if info.flag_bits & 0x1:
                raise GuidePackError("pack_unreadable", name[:200])
            if name in names:
                raise GuidePackError("pack_entry_duplicate", name[:200])
            names.add(name)
            declared += info.file_size
            if declared > MAX_PACK_BYTES:
                raise GuidePackError("pack_too_large", name[:200], limit=MAX_PACK_BYTES)
            if is_junk_entry(name):
                continue
            wanted.append((info, name))
        prefix = _common_folder([name for _, name in wanted])
        result: dict[str, bytes] = {}
        total = 0
        for info, name in wanted:
            short = name[len(prefix) :]
            kind = entry_kind(short)
            limit = _entry_limit(kind)
            if info.file_size > limit:
                raise GuidePackError("pack_too_large", name[:200], limit=limit)
            buffer = io.BytesIO()
            try:
                with archive.open(info) as stream:
                    while chunk := stream.read(_READ_CHUNK):
                        buffer.write(chunk)
                        total += len(chunk)
                        if buffer.tell() > limit or total > MAX_PACK_BYTES:
                            raise GuidePackError("pack_too_large", name[:200], limit=limit)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
                raise GuidePackError("pack_unreadable", name[:200]) from None
            result[short] = buffer.getvalue()
        return result


def _common_folder(names: Sequence[str]) -> str:
    """ "folder/" when every entry is inside one folder that holds pack.yaml (a zipped folder)."""
    if not names or MANIFEST_NAME in names:
        return ""
    first = names[0].split("/", 1)[0] + "/"
    if all(n.startswith(first) for n in names) and first + MANIFEST_NAME in names:
        return first
    return ""


def read_pack(path: Path, topic_list: TopicList | None = None) -> ParsedPack:
    """Read and fully validate a pack file (nothing is written)."""
    return parse_pack(read_pack_zip(path), topic_list or load_topics())


def load_builtin_pack() -> ParsedPack:
    """The guide pack that ships inside the app (digituki/core/data/guides)."""
    folder = resource_files(_BUILTIN_PACKAGE).joinpath(_BUILTIN_FOLDER)
    contents: dict[str, bytes] = {}
    for entry in folder.iterdir():
        if (
            entry.is_file()
            and not entry.name.startswith(("_", "."))
            and entry.name != "__init__.py"
        ):
            contents[entry.name] = entry.read_bytes()
    return parse_pack(contents, load_topics(), allow_reserved=True)


# --- packs: writing ------------------------------------------------------------------------------


def _pack_info(session: Session, pack: GuidePack) -> PackInfo:
    count = session.scalar(select(func.count()).select_from(Guide).where(Guide.pack_id == pack.id))
    return PackInfo(
        id=pack.id,
        name=pack.name,
        version=pack.version,
        source=pack.source,
        imported_at=_aware(pack.imported_at),
        guide_count=int(count or 0),
    )


def _local_pack(session: Session, now: dt.datetime) -> GuidePack:
    pack = session.get(GuidePack, LOCAL_PACK_ID)
    if pack is None:
        pack = GuidePack(
            id=LOCAL_PACK_ID, name="Local guides", version=0, source="local", imported_at=now
        )
        session.add(pack)
        session.flush()
    return pack


def _set_topics(session: Session, guide_id: int, topics: Sequence[str]) -> None:
    session.execute(delete(GuideTopic).where(GuideTopic.guide_id == guide_id))
    if topics:
        session.execute(
            insert(GuideTopic), [{"guide_id": guide_id, "topic_code": c} for c in topics]
        )


def _apply(guide: Guide, doc: GuideDocument, now: dt.datetime) -> None:
    guide.slug = doc.slug
    guide.language = doc.language
    guide.title = doc.title
    guide.summary = doc.summary
    guide.body = doc.body
    guide.service = doc.service
    guide.source = doc.source
    guide.reviewed = doc.reviewed
    guide.version = doc.version
    guide.updated_at = now


def _move_to_local(session: Session, guide: Guide, now: dt.datetime) -> None:
    """Keep a guide edited here when its pack goes away: it becomes a local guide, with copies
    of the images it shows."""
    local = _local_pack(session, now)
    have = set(session.scalars(select(GuideImage.name).where(GuideImage.pack_id == local.id)))
    for ref in image_references(guide.body):
        if ref in have:
            continue
        image = session.scalar(
            select(GuideImage).where(GuideImage.pack_id == guide.pack_id, GuideImage.name == ref)
        )
        if image is not None:
            session.add(GuideImage(pack_id=local.id, name=ref, mime=image.mime, data=image.data))
            have.add(ref)
    guide.pack_id = local.id
    guide.local_edit = False
    local.version += 1


def _install_pack(
    session: Session,
    parsed: ParsedPack,
    *,
    source: str,
    now: dt.datetime,
    progress: Progress | None = None,
) -> PackImportResult:
    """Write a validated pack: its guides replace the pack's earlier ones (upsert by slug and
    language, so favourites stay), except guides edited here, which are kept."""
    manifest = parsed.manifest
    keys = {(d.slug, d.language) for d in parsed.guides}
    slugs = {d.slug for d in parsed.guides}
    # Refuse before writing anything: another pack already has one of these guides.
    for slug, language, pack_name in session.execute(
        select(Guide.slug, Guide.language, GuidePack.name)
        .join(GuidePack, GuidePack.id == Guide.pack_id)
        .where(Guide.pack_id != manifest.id, Guide.slug.in_(slugs))
    ):
        if (slug, language) in keys:
            raise GuidePackError("guide_exists", slug=slug, language=language, pack=pack_name)
    pack = session.get(GuidePack, manifest.id)
    previous = pack.version if pack is not None else None
    if pack is None:
        pack = GuidePack(
            id=manifest.id,
            name=manifest.name,
            version=manifest.version,
            source=source,
            imported_at=now,
        )
        session.add(pack)
        session.flush()
    else:
        pack.name, pack.version, pack.imported_at = manifest.name, manifest.version, now
    existing = {
        (g.slug, g.language): g
        for g in session.scalars(select(Guide).where(Guide.pack_id == manifest.id))
    }
    added = updated = removed = kept = 0
    total = len(parsed.guides)
    new_rows: list[tuple[Guide, GuideDocument]] = []
    for index, doc in enumerate(parsed.guides, start=1):
        guide = existing.get((doc.slug, doc.language))
        if guide is not None and guide.local_edit:
            kept += 1
        elif guide is not None:
            _apply(guide, doc, now)
            _set_topics(session, guide.id, doc.topics)
            updated += 1
        else:
            guide = Guide(pack_id=manifest.id, local_edit=False)
            _apply(guide, doc, now)
            session.add(guide)
            new_rows.append((guide, doc))
            added += 1
        if progress and index % 50 == 0:
            progress(index, total)
    session.flush()
    for guide, doc in new_rows:
        _set_topics(session, guide.id, doc.topics)
    for key, guide in existing.items():
        if key in keys:
            continue
        if guide.local_edit:
            _move_to_local(session, guide, now)
            kept += 1
        else:
            session.delete(guide)
            removed += 1
    session.execute(delete(GuideImage).where(GuideImage.pack_id == manifest.id))
    if parsed.images:
        session.execute(
            insert(GuideImage),
            [
                {"pack_id": manifest.id, "name": i.name, "mime": i.mime, "data": i.data}
                for i in parsed.images
            ],
        )
    session.flush()
    if progress:
        progress(total, total)
    return PackImportResult(
        pack=_pack_info(session, pack),
        previous_version=previous,
        added=added,
        updated=updated,
        removed=removed,
        kept_local=kept,
    )


def ensure_builtin_guides(db: Database, *, now: dt.datetime | None = None) -> bool:
    """Load the shipped guides when they are newer than the stored ones; True if loaded.

    Idempotent: with the same shipped version it only reads one row.
    """
    folder = resource_files(_BUILTIN_PACKAGE).joinpath(_BUILTIN_FOLDER)
    shipped = parse_manifest(folder.joinpath(MANIFEST_NAME).read_bytes()).version
    with db.unit_of_work() as uow:
        stored = uow.session.scalar(
            select(GuidePack.version).where(GuidePack.id == BUILTIN_PACK_ID)
        )
        if stored is not None and stored >= shipped:
            return False  # the usual start: only the manifest was read, no guide parsed
        parsed = load_builtin_pack()
        _install_pack(uow.session, parsed, source="builtin", now=now or _utc_now())
        uow.commit()
    return True


def import_pack(
    db: Database,
    path: Path,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> PackImportResult:
    """Import a guide pack zip; a newer version of an installed pack replaces its guides.

    Raises `GuidePackError` (nothing written) for an unsafe or broken pack, for a pack whose
    version is not newer than the installed one (`pack_not_newer`), or for guides that another
    pack already has (`guide_exists`).
    """
    parsed = read_pack(path)
    with db.unit_of_work() as uow:
        installed = uow.session.get(GuidePack, parsed.manifest.id)
        if installed is not None and installed.version >= parsed.manifest.version:
            raise GuidePackError(
                "pack_not_newer",
                MANIFEST_NAME,
                pack=installed.name,
                installed=installed.version,
                offered=parsed.manifest.version,
            )
        result = _install_pack(
            uow.session, parsed, source="imported", now=now or _utc_now(), progress=progress
        )
        uow.commit()
    return result


def list_packs(db: Database) -> list[PackInfo]:
    """Installed packs: built-in first, then imported ones by name, then the local guides."""
    order = {"builtin": 0, "imported": 1, "local": 2}
    with db.unit_of_work() as uow:
        packs = list(uow.session.scalars(select(GuidePack)))
        infos = [_pack_info(uow.session, p) for p in packs]
    return sorted(infos, key=lambda p: (order.get(p.source, 3), p.name.casefold()))


def remove_pack(db: Database, pack_id: str, *, now: dt.datetime | None = None) -> int:
    """Remove an imported pack and its guides; returns how many guides were removed. Guides
    edited here are kept as local guides. The built-in pack and the local guides stay."""
    now = now or _utc_now()
    with db.unit_of_work() as uow:
        session = uow.session
        pack = session.get(GuidePack, pack_id)
        if pack is None:
            raise NotFoundError(what="guide_pack")
        if pack.source != "imported":
            raise GuidePackError("pack_not_removable", pack=pack.name)
        for guide in session.scalars(
            select(Guide).where(Guide.pack_id == pack_id, Guide.local_edit.is_(True))
        ):
            _move_to_local(session, guide, now)
        session.flush()
        removed = session.scalar(
            select(func.count()).select_from(Guide).where(Guide.pack_id == pack_id)
        )
        session.execute(delete(GuidePack).where(GuidePack.id == pack_id))
        uow.commit()
    return int(removed or 0)


def export_pack_id(point_name: str) -> str:
    """A stable pack id for this point's exported guides (from the point's name)."""
    base = make_slug(point_name) if point_name.strip() else "digituki"
    candidate = f"point-{base}"[:64].strip("-._")
    return candidate if PACK_ID_RE.fullmatch(candidate) else "point-digituki"


def export_local_pack(db: Database, dest: Path, *, name: str, pack_id: str | None = None) -> int:
    """Write the guides written at this point (with their images) as a pack zip; returns the
    number of guides. The pack version is the local guides' change counter, so a later export
    imports elsewhere as an update. The file is written atomically."""
    pack_id = pack_id or export_pack_id(name)
    with db.unit_of_work() as uow:
        session = uow.session
        local = session.get(GuidePack, LOCAL_PACK_ID)
        guides = list(
            session.scalars(
                select(Guide).where(Guide.pack_id == LOCAL_PACK_ID).order_by(Guide.slug)
            )
        )
        if local is None or not guides:
            raise ValidationError("guides_nothing_to_export", "pack")
        docs: list[tuple[str, str]] = []
        refs: set[str] = set()
        for guide in guides:
            topics = tuple(
                session.scalars(
                    select(GuideTopic.topic_code).where(GuideTopic.guide_id == guide.id)
                )
            )
            doc = GuideDocument(
                slug=guide.slug,
                title=guide.title,
                language=guide.language,
                topics=topics,
                service=guide.service,
                source=guide.source,
                reviewed=guide.reviewed,
                version=guide.version,
                summary=guide.summary,
                body=guide.body,
            )
            docs.append((f"{guide.slug}.{guide.language}.md", render_guide(doc)))
            refs.update(image_references(guide.body))
        images = [
            PackImage(name=n, mime=m, data=d)
            for n, m, d in session.execute(
                select(GuideImage.name, GuideImage.mime, GuideImage.data).where(
                    GuideImage.pack_id == LOCAL_PACK_ID, GuideImage.name.in_(refs)
                )
            )
        ]
        version = max(local.version, 1)
    manifest = yaml.safe_dump(
        {"id": pack_id, "name": name.strip() or pack_id, "version": version},
        allow_unicode=True,
        sort_keys=False,
    )

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_NAME, manifest)
            for filename, content in docs:
                archive.writestr(filename, content)
            for image in images:
                archive.writestr(image.name, image.data)

    write_atomically(Path(dest), write)
    return len(docs)


# --- local editing -------------------------------------------------------------------------------


def _unique_slug(session: Session, title: str, language: str) -> str:
    base = make_slug(title)
    slug, number = base, 1
    while (
        session.scalar(select(Guide.id).where(Guide.slug == slug, Guide.language == language))
        is not None
    ):
        number += 1
        slug = f"{base[:70]}-{number}"
    return slug


def save_guide(
    db: Database,
    draft: GuideDraft,
    guide_id: int | None = None,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> GuideDetail:
    """Save a new local guide (`guide_id` None) or an edit of an existing one.

    Editing a guide that came from a pack changes it here only: it is marked as edited locally
    and later versions of its pack leave it as it is. Raises `ValidationError` for bad fields.
    """
    now = now or _utc_now()
    today = today or helsinki_today()
    with db.unit_of_work() as uow:
        session = uow.session
        guide = session.get(Guide, guide_id) if guide_id is not None else None
        if guide_id is not None and guide is None:
            raise NotFoundError(what="guide")
        if guide is None:
            slug = _unique_slug(session, draft.title or "ohje", draft.language)
            version = 1
        else:
            slug, version = guide.slug, guide.version + 1
        data: Mapping[str, object] = {
            "slug": slug,
            "title": draft.title,
            "language": draft.language,
            "topics": list(draft.topics),
            "service": draft.service,
            "source": draft.source,
            "reviewed": draft.reviewed or today,
            "version": version,
            "summary": draft.summary,
        }
        doc = validate_guide_fields(data, draft.body, load_topics())
        if guide is not None and doc.language != guide.language:
            taken = session.scalar(
                select(Guide.id).where(
                    Guide.slug == doc.slug, Guide.language == doc.language, Guide.id != guide.id
                )
            )
            if taken is not None:
                raise ValidationError("guide_language_taken", "language")
        local = _local_pack(session, now)
        if guide is None:
            guide = Guide(pack_id=local.id, local_edit=False)
            _apply(guide, doc, now)
            session.add(guide)
            session.flush()
        else:
            _apply(guide, doc, now)
            if guide.pack_id != LOCAL_PACK_ID:
                guide.local_edit = True
        _set_topics(session, guide.id, doc.topics)
        local.version += 1
        session.flush()
        new_id = guide.id
        uow.commit()
    return get_guide(db, new_id, today=today)


def delete_local_guide(db: Database, guide_id: int) -> None:
    """Delete a guide written at this point (pack guides cannot be deleted one by one)."""
    with db.unit_of_work() as uow:
        session = uow.session
        guide = session.get(Guide, guide_id)
        if guide is None:
            raise NotFoundError(what="guide")
        if guide.pack_id != LOCAL_PACK_ID:
            raise ValidationError("guide_not_local", "guide")
        session.execute(delete(Guide).where(Guide.id == guide_id))
        session.execute(
            update(GuidePack)
            .where(GuidePack.id == LOCAL_PACK_ID)
            .values(version=GuidePack.version + 1)
        )
        uow.commit()


# --- handout -------------------------------------------------------------------------------------


def handout_for(
    detail: GuideDetail, customer_language: str | None = None, contact: str = ""
) -> Handout:
    """What the large-print handout of a guide shows, in the guide's own language; when the
    customer asked for another language, a note in theirs says why it is not."""
    from digituki.core.exports.pdf.handout import Handout, fallback_note

    g = detail.guide
    return Handout(
        title=g.title,
        body=detail.body,
        service=g.service,
        source=g.source,
        reviewed=g.reviewed,
        language=g.language,
        summary=g.summary,
        images={img.name: img.data for img in detail.images},
        note=fallback_note(customer_language, g.language) if customer_language else "",
        contact=contact,
    )


def handout_guide_id(db: Database, guide_id: int, customer_language: str | None) -> int:
    """The version of the guide to hand to a customer: the same guide in their language when it
    exists, else the one asked for (whose handout then carries the fallback note)."""
    if not customer_language:
        return guide_id
    with db.unit_of_work() as uow:
        row = uow.session.execute(
            select(Guide.slug, Guide.language).where(Guide.id == guide_id)
        ).one_or_none()
    if row is None or row.language == customer_language:
        return guide_id
    return find_guide(db, row.slug, customer_language) or guide_id


def write_guide_handout(
    db: Database, guide_id: int, dest: Path, *, customer_language: str | None = None
) -> Path:
    """Save a guide as a large-print PDF handout at `dest` (written atomically). Given the
    customer's language, the handout is the guide's version in that language if there is one."""
    from digituki.core.exports.pdf.handout import contact_line, write_handout
    from digituki.core.services.settings import contact_phone_text, get_site_settings

    detail = get_guide(db, handout_guide_id(db, guide_id, customer_language))
    site = get_site_settings(db)
    contact = contact_line(
        detail.guide.language,
        point=site.site_name,
        place=site.contact_place,
        phone=contact_phone_text(site),
    )
    return write_handout(handout_for(detail, customer_language, contact), dest)
