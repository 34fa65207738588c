"""Anonymity against a reader with every published table (issue 18): reports are published
through the real services and files, then an independent attacker (`tests/attacker.py`, an
exact integer program over the parsed CSVs) tries to work out hidden numbers."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest

pytest.importorskip("scipy", reason="the attacker's solver needs scipy (the dev extra)")

from attacker import Publication, Version, attack, parse_csv
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digituki.core.domain import helplog as hl
from digituki.core.domain.helplog import SessionDraft
from digituki.core.domain.stats import Period
from digituki.core.services import helplog
from digituki.core.services import stats as service
from digituki.core.services.helplog import HELSINKI
from digituki.core.storage.database import Database

NOW = dt.datetime(2026, 12, 20, 12, 0, tzinfo=HELSINKI)
K = 5
TOPICS = ("ident.bank_id", "ident.suomifi", "health.omakanta", "tax.tax_card", "device.phone")
FLAT = ("support_form", "language", "outcome", "on_behalf")


class Point:
    """One point's data and everything it published, with the versions each file was made of."""

    def __init__(self, db: Database, out: Path) -> None:
        self.db, self.out = db, out
        self.epoch: dict[str, int] = {}
        self.published: list[Publication] = []
        self.secrets: dict[tuple[Version, str, str], int] = {}
        self.files = 0

    def log(self, month: str, confirm: bool = False, **values: object) -> None:
        year, m = (int(p) for p in month.split("-"))
        fields: dict[str, object] = {"date": dt.date(year, m, 3), "start_hour": 11}
        fields.setdefault("topics", ("ident.bank_id",))
        fields.update(values)
        helplog.log_session(self.db, SessionDraft(**fields), now=NOW, confirm_exported=confirm)  # type: ignore[arg-type]

    def correct(self, month: str, **values: object) -> None:
        """A session added to a month that may have been published already."""
        self.log(month, confirm=True, **values)
        self.epoch[month] = self.epoch.get(month, 0) + 1

    def version(self, month: str) -> Version:
        return ("point", month, self.epoch.get(month, 0))

    def publish(self, period: Period) -> bytes:
        self.files += 1
        out = self.out / str(self.files)
        [written] = service.export_period(self.db, period, ["csv"], out, now=NOW)
        data = written.path.read_bytes()
        made_of = {m: [self.version(m)] for m in period.months()}
        self.published.append(parse_csv(data, made_of))
        for month in period.months():
            exact = service.period_stats(self.db, Period.month(month))
            for table in exact.tables:
                for code in table.rows:
                    n = table.count(code)
                    if 0 < n < K and table.key != "turned_away":
                        self.secrets[(self.version(month), table.key, code)] = n
        return data

    def attack(self) -> list[object]:
        findings, _checked = attack(self.published, K, self.secrets)
        return findings  # type: ignore[return-value]


@pytest.fixture
def point(db: Database, tmp_path: Path) -> Point:
    return Point(db, tmp_path)


def test_topic_total_and_sessions_do_not_pin_a_small_topic(point: Point) -> None:
    # 25 sessions with one topic each: ident 12, health 9, tax 4 (the example)
    for topic, n in (("ident.bank_id", 12), ("health.omakanta", 9), ("tax.tax_card", 4)):
        for _ in range(n):
            point.log("2026-10", topics=(topic,))
    data = point.publish(Period.month("2026-10")).decode("utf-8-sig")
    assert "tax.tax_card" not in data or ",<5," in data
    assert point.attack() == []


def test_a_range_does_not_rebuild_a_small_month(point: Point) -> None:
    # September has 7 sessions, one in Swedish: published as its total only.
    for i in range(7):
        point.log("2026-09", language="sv" if i == 0 else "fi", age_band="65_74")
    for month in ("2026-10", "2026-11"):
        for i in range(14):
            point.log(month, language="sv" if i < 5 else "fi", age_band="65_74")
    for month in ("2026-09", "2026-10", "2026-11"):
        point.publish(Period.month(month))
    ranged = point.publish(Period.range("2026-09", "2026-11")).decode("utf-8-sig")
    year = point.publish(Period.year(2026)).decode("utf-8-sig")
    for text in (ranged, year):
        assert ",language," not in text  # no details: September could be worked out
        assert "small_months" in text
    assert point.attack() == []


def test_a_range_of_published_months_adds_nothing(point: Point) -> None:
    for month in ("2026-10", "2026-11"):
        for i in range(20):
            point.log(month, language="sv" if i < (3 if month == "2026-10" else 6) else "fi")
    point.publish(Period.month("2026-10"))
    point.publish(Period.month("2026-11"))
    ranged = point.publish(Period.range("2026-10", "2026-11")).decode("utf-8-sig")
    assert ",language,fi," in ranged and "combined" in ranged  # shown where both months show it
    assert point.attack() == []


def test_a_corrected_month_published_again_does_not_give_away_the_change(point: Point) -> None:
    for i in range(25):
        point.log(
            "2026-10",
            language="sv" if i < 3 else "fi",
            age_band="65_74" if i % 2 else "75_84",
            topics=("ident.bank_id",) if i % 3 else ("health.omakanta",),
        )
    first = point.publish(Period.month("2026-10")).decode("utf-8-sig")
    point.correct(
        "2026-10",
        age_band="25_44",
        language="en",
        topics=("tax.tax_card",),
        next_step="referred",
        referral_target="kela",
        duration_minutes=35,
    )
    again = point.publish(Period.month("2026-10")).decode("utf-8-sig")
    assert first != again
    assert "revised" in again
    assert "minutes_total" not in again  # it changed by the new session's 35 minutes
    assert point.attack() == []
    history = service.publication_history(point.db)
    assert [r.period for r in history] == ["2026-10", "2026-10"]
    assert history[0].limited == ("revised",) and history[1].limited == ()
    assert history[0].sessions == 26 and history[0].formats == ("csv",)


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, object]:
    months = ["2026-09", "2026-10", "2026-11"]
    sizes = {m: draw(st.sampled_from([0, 3, 8, 10, 12, 18, 30])) for m in months}
    multi = draw(st.booleans())
    seed = draw(st.integers(0, 10_000))
    order = draw(
        st.lists(
            st.sampled_from(["m0", "m1", "m2", "r01", "r12", "r02", "year", "fix1", "fix2"]),
            min_size=2,
            max_size=6,
        )
    )
    return {"months": months, "sizes": sizes, "multi": multi, "seed": seed, "order": order}


def _random_session(rng: random.Random, multi: bool) -> dict[str, object]:
    count = rng.choice([1, 1, 2, 3]) if multi else 1
    step = rng.choice(["none", "none", "referred", "new_appointment"])
    return {
        "topics": tuple(rng.sample(TOPICS, count)),
        "language": rng.choice(["fi", "fi", "fi", "sv", "en"]),
        "age_band": rng.choice(["65_74", "65_74", "75_84", "85_plus", "25_44"]),
        "outcome": rng.choice(hl.OUTCOMES),
        "support_form": rng.choice(["on_site_walk_in", "on_site_walk_in", "remote_phone"]),
        "next_step": step,
        "referral_target": "kela" if step == "referred" else None,
        "duration_minutes": rng.choice([15, 30, 45]),
    }


def run_scenario(point: Point, scenario: dict[str, object]) -> tuple[list[object], int]:
    """Publish the scenario and attack it: (what the attacker narrowed too much, numbers
    checked)."""
    months: list[str] = scenario["months"]  # type: ignore[assignment]
    sizes: dict[str, int] = scenario["sizes"]  # type: ignore[assignment]
    rng = random.Random(scenario["seed"])  # type: ignore[arg-type]
    multi = bool(scenario["multi"])
    for month in months:
        for _ in range(sizes[month]):
            point.log(month, **_random_session(rng, multi))
    for action in scenario["order"]:  # type: ignore[attr-defined]
        if action.startswith("m"):
            point.publish(Period.month(months[int(action[1])]))
        elif action.startswith("r"):
            point.publish(Period.range(months[int(action[1])], months[int(action[2])]))
        elif action == "year":
            point.publish(Period.year(2026))
        else:
            point.correct(months[int(action[3])], **_random_session(rng, multi))
    findings, checked = attack(point.published, K, point.secrets)
    return list(findings), checked


@settings(
    max_examples=int(os.environ.get("DIGITUKI_ATTACK_EXAMPLES", "6")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(scenario=scenarios())
def test_no_published_number_can_be_worked_out(scenario: dict[str, object]) -> None:
    import tempfile

    db = Database.in_memory()  # each example starts from an empty point
    try:
        with tempfile.TemporaryDirectory() as out:
            findings, checked = run_scenario(Point(db, Path(out)), scenario)
    finally:
        db.close()
    assert findings == [], (findings, checked)


def _csv(period: str, rows: list[tuple[str, str, str]], trend: dict[str, int]) -> bytes:
    lines = ["period,table,dimension1,value1,dimension2,value2,count,label"]
    lines += [f"{period},{t},d,{code},,,{count}," for t, code, count in rows]
    lines += [f"{period},trend,month,{m},,,{n}," for m, n in trend.items()]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def test_the_attacker_finds_what_the_old_files_gave_away() -> None:
    """The attacker is not blind: on files shaped like those before issue 18 it pins numbers."""
    # 1. the topic total hidden, but at least the 25 sessions: tax "<5" is exactly 4
    old = _csv(
        "2026-10",
        [
            ("topics", "ident", "12"),
            ("topics", "ident.bank_id", "12"),
            ("topics", "health", "9"),
            ("topics", "health.omakanta", "9"),
            ("topics", "tax", "<5"),
            ("topics", "tax.tax_card", "<5"),
            ("topics", "total", "×"),
        ],
        {"2026-10": 25},
    )
    v = ("point", "2026-10", 0)
    findings, _ = attack([parse_csv(old, {"2026-10": [v]})], K)
    assert any("tax.tax_card" in f.what and f.low == f.high == 4 for f in findings)
    # 2. September (7 sessions) published only as its total; October and the range in detail
    sep, octo = ("point", "2026-09", 0), ("point", "2026-10", 0)
    month = _csv(
        "2026-10",
        [("language", "fi", "14"), ("language", "sv", "0"), ("language", "total", "14")],
        {"2026-10": 14},
    )
    ranged = _csv(
        "2026-09..2026-10",
        [("language", "fi", "20"), ("language", "sv", "<5"), ("language", "total", "21")],
        {"2026-09": 7, "2026-10": 14},
    )
    small = _csv("2026-09", [], {"2026-09": 7})
    pubs = [
        parse_csv(small, {"2026-09": [sep]}),
        parse_csv(month, {"2026-10": [octo]}),
        parse_csv(ranged, {"2026-09": [sep], "2026-10": [octo]}),
    ]
    findings, _ = attack(pubs, K, {(sep, "language", "sv"): 1})
    assert any("sv" in f.what for f in findings)
    # 3. a corrected month: the old file showed English 0, the new one shows it hidden
    first = _csv(
        "2026-10",
        [("language", "fi", "25"), ("language", "en", "0"), ("language", "total", "25")],
        {"2026-10": 25},
    )
    second = _csv(
        "2026-10",
        [("language", "fi", "25"), ("language", "en", "<5"), ("language", "total", "26")],
        {"2026-10": 26},
    )
    v0, v1 = ("point", "2026-10", 0), ("point", "2026-10", 1)
    pubs = [parse_csv(first, {"2026-10": [v0]}), parse_csv(second, {"2026-10": [v1]})]
    findings, _ = attack(pubs, K)
    assert any("language.en" in f.what and f.low == f.high == 1 for f in findings)
