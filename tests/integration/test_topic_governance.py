"""Topic-list governance: the coordinator publishes version 2 of the topic list (a rename, a split,
a merge, an addition) with an explicit mapping; points import the file; regional reports that
span both versions count old codes under the new ones, so year-on-year comparisons survive."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_coordinator import NOW, make_document, raw

from digituki.core.domain import topic_updates as rules
from digituki.core.domain.stats import Period
from digituki.core.domain.topics import bundled_topics, load_topics, set_active_topics
from digituki.core.services import coordinator as coord
from digituki.core.services import settings as settings_service
from digituki.core.services import topic_updates
from digituki.core.storage.database import Database

P1 = str(uuid.UUID(int=41))
MAPPING = {
    "ident.bank_id": ["ident.bank_ids"],  # renamed
    "health.omakanta": ["health.omakanta_records", "health.omakanta_rx"],  # split
    "health.prescriptions": ["health.omakanta_rx"],  # merged with the split's second part
}


def version_2() -> dict[str, Any]:
    document = json.loads(
        (Path(__file__).parents[2] / "digituki/core/data/topics.json").read_text(encoding="utf-8")
    )
    document = copy.deepcopy(document)
    document["version"] = 2
    for group in document["groups"]:
        topics = []
        for topic in group["topics"]:
            code = topic["code"]
            if code == "ident.bank_id":
                topic = {**topic, "code": "ident.bank_ids"}
            elif code == "health.omakanta":
                topics.append({**topic, "code": "health.omakanta_records"})
                topic = {**topic, "code": "health.omakanta_rx"}
            elif code == "health.prescriptions":
                continue
            topics.append(topic)
        if group["code"] == "ident":
            topics.insert(
                0, {"code": "ident.passkey", "names": {"fi": "Pääsyavain", "sv": "Nyckel"}}
            )
        group["topics"] = topics
    return document


@pytest.fixture(autouse=True)
def _shipped_list_afterwards() -> Iterator[None]:
    yield
    set_active_topics(None)


@pytest.fixture
def cdb() -> Iterator[Database]:
    db = Database.in_memory()
    settings_service.update_site_settings(db, site_name="Uusimaa region")
    yield db
    db.close()


def test_publish_then_a_report_spanning_both_versions_uses_the_new_codes(
    cdb: Database, tmp_path: Path
) -> None:
    old = make_document(
        P1,
        "2025-11",
        ages={"65_74": 9},
        topics={"ident.bank_id": 5, "health.omakanta": 3, "health.prescriptions": 1},
        generated="2025-12-02T10:00:00Z",
    )
    assert coord.import_bytes(cdb, raw(old), now=NOW).status == coord.IMPORTED

    out = tmp_path / "topics-v2.json"
    result = topic_updates.publish_topic_list(cdb, version_2(), MAPPING, out, now=NOW)
    assert (result.version, result.previous_version) == (2, 1)
    assert result.added == ("ident.passkey",)
    assert result.renamed == ("ident.bank_id → ident.bank_ids",)
    assert result.split == ("health.omakanta → health.omakanta_records, health.omakanta_rx",)
    assert result.merged == ("health.prescriptions → health.omakanta_rx",)
    assert out.exists()

    # A point still on version 1 sends November 2026; another has already moved to version 2.
    late = make_document(
        P1, "2026-10", ages={"65_74": 4}, topics={"ident.bank_id": 4}, export_id=None
    )
    imported = coord.import_bytes(cdb, raw(late), now=NOW)
    assert imported.status == coord.IMPORTED
    assert not any(w.code == "unknown_topics" for w in imported.warnings)  # mapped, not lost
    new = make_document(
        str(uuid.UUID(int=42)), "2026-11", ages={"65_74": 6}, topics={"ident.bank_ids": 6}
    )
    new["topic_list_version"] = 2
    from test_coordinator import seal

    assert coord.import_bytes(cdb, raw(seal(new)), now=NOW).status == coord.IMPORTED

    stats = coord.regional_stats(cdb, Period.range("2025-11", "2026-11")).stats
    topics = next(t for t in stats.tables if t.key == "topics")
    counts = {code: topics.counts[i][0] for i, code in enumerate(topics.rows)}
    assert counts["ident.bank_ids"] == 5 + 4 + 6  # year-on-year: one row, all versions
    assert "ident.bank_id" not in counts
    assert counts["health.omakanta_records"] == 3  # a split keeps past counts in its first part
    assert counts["health.omakanta_rx"] == 1  # merged


def test_points_import_the_file_and_use_the_new_list(cdb: Database, tmp_path: Path) -> None:
    out = tmp_path / "topics-v2.json"
    topic_updates.publish_topic_list(cdb, version_2(), MAPPING, out, now=NOW)
    set_active_topics(None)  # the point is another computer

    point = Database.in_memory()
    try:
        result = topic_updates.import_topic_list(point, out)
        assert result.version == 2
        assert load_topics().version == 2 and load_topics().is_valid("ident.passkey")
        # the next start uses it too
        set_active_topics(None)
        assert load_topics().version == bundled_topics().version
        topic_updates.activate(point)
        assert load_topics().version == 2
        # the same file again is refused plainly, nothing changes
        with pytest.raises(rules.TopicUpdateRejectedError) as again:
            topic_updates.import_topic_list(point, out)
        assert again.value.reason == "already_current"
        # the point can record the new topic
        from digituki.core.services.helplog import sync_topic_table

        assert sync_topic_table(point) == 0  # already added when imported
    finally:
        point.close()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d, m: m.pop("ident.bank_id"), "unmapped_code"),
        (lambda d, m: m.update({"ident.bank_id": ["ident.nowhere"]}), "mapping_target"),
        (lambda d, m: m.update({"kela.benefits": ["kela.other"]}), "mapping_source"),
        (lambda d, m: d.update(version=3), "version_order"),
        (lambda d, m: d.update(version=1), "already_current"),
        (lambda d, m: d.update(groups="x"), "topics"),
    ],
)
def test_a_bad_publication_is_refused_and_nothing_is_written(
    cdb: Database, tmp_path: Path, change: Any, reason: str
) -> None:
    document, mapping = version_2(), copy.deepcopy(MAPPING)
    change(document, mapping)
    out = tmp_path / "topics.json"
    with pytest.raises(rules.TopicUpdateRejectedError) as refused:
        topic_updates.publish_topic_list(cdb, document, mapping, out, now=NOW)
    assert refused.value.reason == reason
    assert not out.exists()
    assert topic_updates.current_topics(cdb).version == 1
    assert topic_updates.mapping_chain(cdb) == {}


def test_an_edited_file_is_refused_by_checksum_or_signature(cdb: Database, tmp_path: Path) -> None:
    out = tmp_path / "topics-v2.json"
    topic_updates.publish_topic_list(cdb, version_2(), MAPPING, out, now=NOW)
    set_active_topics(None)
    edited = json.loads(out.read_text(encoding="utf-8"))
    edited["mapping"][0]["new"] = ["ident.other"]
    point = Database.in_memory()
    try:
        with pytest.raises(rules.TopicUpdateRejectedError) as refused:
            topic_updates.import_topic_bytes(point, json.dumps(edited).encode())
        assert refused.value.reason == "checksum"
        edited["checksum"]["value"] = rules.checksum_of(edited)
        with pytest.raises(rules.TopicUpdateRejectedError) as forged:
            topic_updates.import_topic_bytes(point, json.dumps(edited).encode())
        assert forged.value.reason == "signature"
        assert topic_updates.current_topics(point).version == 1
    finally:
        point.close()


def test_cli_publish_and_import(tmp_path: Path) -> None:
    from digituki.cli import main

    (tmp_path / "v2.json").write_text(json.dumps(version_2()), encoding="utf-8")
    (tmp_path / "map.json").write_text(json.dumps(MAPPING), encoding="utf-8")
    home = str(tmp_path / "coord")
    out = tmp_path / "topics-v2.json"
    args = ["coordinator", "publish-topics", "--topics", str(tmp_path / "v2.json")]
    args += ["--mapping", str(tmp_path / "map.json"), "--out", str(out), "--data-dir", home]
    assert main(args) == 0
    set_active_topics(None)
    point_home = str(tmp_path / "point")
    assert main(["import-topics", str(out), "--data-dir", point_home]) == 0
    assert main(["import-topics", str(out), "--data-dir", point_home]) == 1


def test_a_point_report_after_the_update_still_shows_old_sessions(
    cdb: Database, tmp_path: Path
) -> None:
    """Sessions logged under a retired code stay countable in the point's own report."""
    import datetime as dt

    from digituki.core.domain.helplog import SessionDraft
    from digituki.core.services import helplog
    from digituki.core.services import stats as stats_service

    out = tmp_path / "topics-v2.json"
    topic_updates.publish_topic_list(cdb, version_2(), MAPPING, out, now=NOW)
    set_active_topics(None)
    point = Database.in_memory()
    try:
        draft = SessionDraft(
            date=dt.date(2026, 10, 5),
            start_hour=11,
            topics=("ident.bank_id",),
            support_form="on_site_walk_in",
            age_band="65_74",
        )
        for _ in range(12):
            helplog.log_session(point, draft, now=NOW)
        topic_updates.import_topic_list(point, out)
        report = stats_service.report(point, Period.month("2026-10"), now=NOW)
        assert report.sessions == 12
        from digituki.core.exports import labels

        # the retired code keeps its name in the point's own report of that month
        assert labels.code_name("topic", "ident.bank_id", "en") != "ident.bank_id"
        files = stats_service.export_period(
            point, Period.month("2026-10"), ["pdf", "bundle"], tmp_path / "x", now=NOW
        )
        bundle = json.loads(next(f.path for f in files if f.format == "bundle").read_text())
        assert bundle["topic_list_version"] == 2
        # the coordinator counts the old sessions under the new code, without a warning
        path = next(f.path for f in files if f.format == "bundle")
        result = coord.import_bytes(cdb, path.read_bytes(), now=NOW)
        assert result.status == coord.IMPORTED
        assert not any(w.code == "unknown_topics" for w in result.warnings)
        stats = coord.regional_stats(cdb, Period.month("2026-10")).stats
        topics = next(t for t in stats.tables if t.key == "topics")
        assert "ident.bank_ids" in topics.rows and "ident.bank_id" not in topics.rows
    finally:
        point.close()
