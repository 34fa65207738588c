"""Guide packs: import, update, removal, export — and malicious packs refused whole."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from digituki.core.domain.guides import GuidePackError
from digituki.core.services import guides as svc
from digituki.core.services.guides import GuideDraft
from digituki.core.storage.database import Database

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def guide_md(
    slug: str,
    *,
    title: str = "Kelan lomake",
    language: str = "fi",
    topics: str = "[kela.eservice]",
    body: str = "1. Avaa OmaKela.\n2. Täytä lomake.\n",
) -> str:
    return (
        f"---\nslug: {slug}\ntitle: {title}\nlanguage: {language}\ntopics: {topics}\n"
        "service: OmaKela (Kela)\nsource: Kelan ohjepaketti\nreviewed: 2026-10-01\nversion: 1\n"
        f"summary: Testi.\n---\n\n{body}"
    )


def manifest(version: int = 1, pack_id: str = "kela-ohjeet") -> str:
    return f"id: {pack_id}\nname: Kelan ohjeet\nversion: {version}\n"


def write_zip(path: Path, entries: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return path


def good_entries(version: int = 1) -> dict[str, str | bytes]:
    return {
        "pack.yaml": manifest(version),
        "kela-lomake.fi.md": guide_md(
            "kela-lomake", body="1. Avaa OmaKela.\n\n   ![Kuva](images/kela.png)\n2. Lähetä.\n"
        ),
        "kela-lomake.sv.md": guide_md("kela-lomake", language="sv", title="Kelas blankett"),
        "images/kela.png": PNG,
    }


TABLES = ("guide_pack", "guide", "guide_topic", "guide_image", "guide_favourite", "guide_fts")


def counts(db: Database) -> dict[str, int]:
    fts = db.engine.dialect.name == "sqlite"  # the FTS5 index exists on SQLite only
    with db.engine.connect() as conn:
        found = {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in TABLES
            if fts or t != "guide_fts"
        }
    found.setdefault("guide_fts", found["guide"])
    return found


@pytest.fixture
def gdb(db: Database) -> Database:
    svc.ensure_builtin_guides(db)
    return db


def test_import_a_pack_with_an_image(gdb: Database, tmp_path: Path) -> None:
    result = svc.import_pack(gdb, write_zip(tmp_path / "kela.zip", good_entries()))
    assert (result.added, result.updated, result.previous_version) == (2, 0, None)
    assert result.pack.name == "Kelan ohjeet" and result.pack.source == "imported"
    found = svc.search_guides(gdb, "lomake", language="fi")
    assert found[0].slug == "kela-lomake" and found[0].pack_name == "Kelan ohjeet"
    detail = svc.get_guide(gdb, found[0].id)
    assert detail.image("images/kela.png") is not None
    assert '<img src="images/kela.png"' in detail.html()


def test_a_zipped_folder_is_accepted(gdb: Database, tmp_path: Path) -> None:
    entries = {f"kela/{name}": data for name, data in good_entries().items()}
    assert svc.import_pack(gdb, write_zip(tmp_path / "k.zip", entries)).added == 2


def test_newer_version_replaces_the_packs_guides(gdb: Database, tmp_path: Path) -> None:
    svc.import_pack(gdb, write_zip(tmp_path / "v1.zip", good_entries(1)))
    first = svc.find_guide(gdb, "kela-lomake", "fi")
    assert first is not None
    svc.set_favourite(gdb, first, True)
    v2 = {
        "pack.yaml": manifest(2),
        "kela-lomake.fi.md": guide_md("kela-lomake", title="Kelan lomake, uusi"),
        "kela-asumistuki.fi.md": guide_md("kela-asumistuki", title="Asumistuen hakeminen"),
    }
    result = svc.import_pack(gdb, write_zip(tmp_path / "v2.zip", v2))
    assert (result.added, result.updated, result.removed, result.previous_version) == (1, 1, 1, 1)
    updated = svc.get_guide(gdb, first)
    assert updated.guide.title == "Kelan lomake, uusi" and updated.guide.favourite
    assert svc.find_guide(gdb, "kela-lomake", "sv") is None
    assert svc.search_guides(gdb, "asumistu")[0].slug == "kela-asumistuki"
    assert "Kelas blankett" not in {r.title for r in svc.search_guides(gdb, "kelas")}


@pytest.mark.parametrize("version", [1, 0])
def test_same_or_older_version_is_refused(gdb: Database, tmp_path: Path, version: int) -> None:
    svc.import_pack(gdb, write_zip(tmp_path / "v1.zip", good_entries(1)))
    before = counts(gdb)
    entries = good_entries(1)
    entries["pack.yaml"] = manifest(max(version, 1)).replace("version: 1", f"version: {version}")
    with pytest.raises(GuidePackError) as info:
        svc.import_pack(gdb, write_zip(tmp_path / "again.zip", entries))
    expected = "pack_not_newer" if version else "pack_manifest_invalid"
    assert info.value.message_code == expected
    assert counts(gdb) == before


def test_remove_a_pack_keeps_guides_edited_here(gdb: Database, tmp_path: Path) -> None:
    before = counts(gdb)
    svc.import_pack(gdb, write_zip(tmp_path / "kela.zip", good_entries()))
    edited_id = svc.find_guide(gdb, "kela-lomake", "fi")
    assert edited_id is not None
    detail = svc.get_guide(gdb, edited_id)
    g = detail.guide
    svc.save_guide(
        gdb,
        GuideDraft(g.title, g.language, g.topics, g.service, detail.body + "\nOma lisäys.\n"),
        edited_id,
    )
    assert svc.remove_pack(gdb, "kela-ohjeet") == 1
    assert svc.find_guide(gdb, "kela-lomake", "sv") is None
    kept = svc.get_guide(gdb, edited_id)
    assert kept.guide.is_local and kept.image("images/kela.png") is not None
    assert "Kelas blankett" not in {r.title for r in svc.search_guides(gdb, "kelas")}
    after = counts(gdb)
    assert after["guide"] == before["guide"] + 1 and after["guide_fts"] == after["guide"]


def test_built_in_and_local_packs_cannot_be_removed(gdb: Database) -> None:
    with pytest.raises(GuidePackError) as info:
        svc.remove_pack(gdb, "digituki-builtin")
    assert info.value.message_code == "pack_not_removable"


def test_export_our_guides_and_import_them_elsewhere(gdb: Database, tmp_path: Path) -> None:
    draft = GuideDraft(
        "Kirjaston wifi",
        "fi",
        ("device.computer",),
        "Kirjaston langaton verkko",
        "1. Valitse verkko Kirjasto.\n2. Hyväksy ehdot.\n",
        summary="Näin pääset verkkoon.",
    )
    svc.save_guide(gdb, draft)
    dest = tmp_path / "omat.zip"
    assert svc.export_local_pack(gdb, dest, name="Kallion kirjasto") == 1
    with zipfile.ZipFile(dest) as archive:
        assert sorted(archive.namelist()) == ["kirjaston-wifi.fi.md", "pack.yaml"]
    other = Database.in_memory()
    try:
        result = svc.import_pack(other, dest)
        assert result.pack.id == "point-kallion-kirjasto" and result.added == 1
        found = svc.search_guides(other, "wifi")
        assert found[0].title == "Kirjaston wifi" and found[0].summary == "Näin pääset verkkoon."
        # A later export is a newer version of the same pack.
        svc.save_guide(gdb, GuideDraft(**{**draft.__dict__, "title": "Kirjaston wifi 2"}))
        svc.export_local_pack(gdb, dest, name="Kallion kirjasto")
        assert svc.import_pack(other, dest).added == 1
    finally:
        other.close()


def test_nothing_to_export(gdb: Database, tmp_path: Path) -> None:
    with pytest.raises(Exception) as info:
        svc.export_local_pack(gdb, tmp_path / "x.zip", name="Piste")
    assert getattr(info.value, "message_code", "") == "guides_nothing_to_export"
    assert not (tmp_path / "x.zip").exists()


# --- malicious and broken packs ------------------------------------------------------------------


def symlink_zip(path: Path) -> Path:
    entries = good_entries()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
        link = zipfile.ZipInfo("images/passwd.png")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return path


def lying_size_zip(path: Path) -> Path:
    """A zip whose directory says an entry is tiny while it unpacks to megabytes."""
    entries = good_entries()
    entries["images/bomb.png"] = b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * 1024 * 1024)
    write_zip(path, entries)
    data = bytearray(path.read_bytes())
    # Patch the uncompressed size in the central directory entry of images/bomb.png.
    name = b"images/bomb.png"
    at = data.find(b"PK\x01\x02" + b"", 0)
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", data, at + 24, 100)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def bomb_entries() -> dict[str, str | bytes]:
    entries = good_entries()
    for i in range(12):  # 12 × 3 MB of zeros: each under the image limit, 36 MB together
        entries[f"images/zero{i}.png"] = b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * 1024 * 1024)
    return entries


MALICIOUS: dict[str, tuple[object, str]] = {
    "path traversal": ({"../../evil.md": guide_md("evil")}, "pack_path_unsafe"),
    "absolute path": ({"/tmp/evil.md": guide_md("evil")}, "pack_path_unsafe"),
    "symlink entry": (symlink_zip, "pack_symlink"),
    "zip bomb (one huge file)": (
        {"images/big.png": b"\x89PNG\r\n\x1a\n" + b"\0" * (40 * 1024 * 1024)},
        "pack_too_large",
    ),
    "zip bomb (many files)": (bomb_entries, "pack_too_large"),
    "lying sizes": (lying_size_zip, "pack_unreadable"),
    "too many files": (
        {f"x{i}.fi.md": guide_md(f"x{i}") for i in range(2001)},
        "pack_too_many_files",
    ),
    "missing front matter": (
        {"kela-x.fi.md": "# Ei etukenttiä\n\n1. Teksti\n"},
        "guide_front_matter_missing",
    ),
    "unknown topic code": (
        {"kela-x.fi.md": guide_md("kela-x", topics="[kela.eservice, hacking.tools]")},
        "guide_topic_unknown",
    ),
    "duplicate slug and language": (
        {"a.fi.md": guide_md("kela-lomake"), "b.fi.md": guide_md("kela-lomake")},
        "guide_duplicate",
    ),
    "not UTF-8": ({"kela-x.fi.md": guide_md("kela-x").encode("latin-1")}, "pack_not_utf8"),
    "script file": ({"run.sh": "rm -rf ~"}, "pack_file_unexpected"),
    "image that is not an image": ({"images/x.png": b"MZ\x90\x00 not a png"}, "pack_image_invalid"),
    "no manifest": ({"pack.yaml": None}, "pack_manifest_missing"),
    "reserved pack id": ({"pack.yaml": manifest(9, "digituki-builtin")}, "pack_id_reserved"),
    "guide of another pack": (
        {"x.fi.md": guide_md("pankkitunnuksilla-kirjautuminen")},
        "guide_exists",
    ),
    "not a zip": (lambda p: (p.write_bytes(b"this is not a zip"), p)[1], "pack_not_zip"),
}


def build(kind: object, path: Path) -> Path:
    if callable(kind):
        made = kind(path) if kind.__code__.co_argcount else kind()  # type: ignore[attr-defined]
        if isinstance(made, Path):
            return made
        kind = made
    entries = good_entries()
    for name, content in dict(kind).items():  # type: ignore[call-overload]
        if content is None:
            entries.pop(name, None)
        else:
            entries[name] = content
    return write_zip(path, entries)


@pytest.mark.parametrize("case", sorted(MALICIOUS))
def test_malicious_pack_is_refused_whole_and_nothing_written(
    gdb: Database, tmp_path: Path, case: str
) -> None:
    kind, code = MALICIOUS[case]
    path = build(kind, tmp_path / "pack.zip")
    before = counts(gdb)
    with pytest.raises(GuidePackError) as info:
        svc.import_pack(gdb, path)
    assert info.value.message_code == code
    assert counts(gdb) == before


def test_script_in_markdown_is_imported_inert(gdb: Database, tmp_path: Path) -> None:
    entries = good_entries()
    entries["kela-lomake.fi.md"] = guide_md(
        "kela-lomake",
        body='<script>alert("pwned")</script>\n\n1. Step <img src=x onerror=alert(1)>\n\n'
        "[Click](javascript:alert(1))\n\n![remote](https://evil.example/track.png)\n",
    )
    svc.import_pack(gdb, write_zip(tmp_path / "x.zip", entries))
    guide_id = svc.find_guide(gdb, "kela-lomake", "fi")
    assert guide_id is not None
    html = svc.get_guide(gdb, guide_id).html()
    assert (
        "<script" not in html
        and "<img" not in html
        and "javascript:" not in html.split("[Click]")[0]
    )
    assert "&lt;script&gt;" in html
    assert '<a href="https://evil.example/track.png">remote</a>' in html
