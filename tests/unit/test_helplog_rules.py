"""Help log rules without a database: validation, prefill, tally sheets, the value lists."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from digituki.core.domain import helplog as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.helplog import SessionDraft, TallyBatch, TallyLine
from digituki.core.domain.prefill import CHANNEL_BOOKED, CHANNEL_WALK_IN, HelpPrefill
from digituki.core.domain.topics import load_topics

TODAY = dt.date(2026, 11, 23)


def draft(**changes: object) -> SessionDraft:
    base = SessionDraft(date=TODAY, start_hour=11, topics=("health.omakanta",))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def check(d: SessionDraft) -> SessionDraft:
    return rules.validate_draft(d, today=TODAY, topics=load_topics())


def code_of(d: SessionDraft) -> tuple[str, str]:
    with pytest.raises(ValidationError) as info:
        check(d)
    return info.value.message_code, info.value.field


def test_defaults_are_valid() -> None:
    assert check(draft()) == draft()


@pytest.mark.parametrize("minutes", [0, -5, 481, 10_000])
def test_duration_outside_1_to_480_is_refused(minutes: int) -> None:
    assert code_of(draft(duration_minutes=minutes)) == ("duration_out_of_range", "duration_minutes")


@pytest.mark.parametrize("minutes", [1, 480])
def test_duration_limits_are_allowed(minutes: int) -> None:
    assert check(draft(duration_minutes=minutes)).duration_minutes == minutes


def test_date_in_future_is_refused_today_is_fine() -> None:
    assert code_of(draft(date=TODAY + dt.timedelta(days=1))) == ("date_in_future", "date")
    assert check(draft(date=TODAY)).date == TODAY


def test_no_topic_is_refused() -> None:
    assert code_of(draft(topics=())) == ("no_topic", "topics")


def test_unknown_and_group_topic_codes_are_refused() -> None:
    assert code_of(draft(topics=("health.made_up",))) == ("unknown_topic", "topics")
    assert code_of(draft(topics=("health",))) == ("unknown_topic", "topics")


@pytest.mark.parametrize(
    "field", ["support_form", "age_band", "language", "device", "on_behalf", "outcome", "next_step"]
)
def test_values_outside_the_lists_are_refused(field: str) -> None:
    assert code_of(draft(**{field: "nonsense"})) == ("unknown_value", field)


def test_every_listed_value_is_accepted() -> None:
    for field, values in rules.LISTS.items():
        for value in values:
            changes: dict[str, object] = {field: value}
            if field == "next_step" and value == rules.REFERRED:
                changes["referral_target"] = "kela"
            assert getattr(check(draft(**changes)), field) == value


def test_participants_only_for_groups() -> None:
    assert code_of(draft(participants=3)) == ("participants_not_group", "participants")
    assert check(draft(support_form="group", participants=12)).participants == 12
    assert code_of(draft(support_form="group", participants=0))[0] == "participants_out_of_range"


def test_referral_needs_a_target_and_is_cleared_otherwise() -> None:
    assert code_of(draft(next_step="referred")) == ("referral_missing", "referral_target")
    assert code_of(draft(next_step="referred", referral_target="mars"))[0] == "unknown_value"
    assert check(draft(next_step="none", referral_target="kela")).referral_target is None


def test_duplicate_topics_dropped_note_trimmed_and_limited() -> None:
    checked = check(draft(topics=("kela.benefits", "kela.benefits", "tax.omavero"), note="  hi "))
    assert checked.topics == ("kela.benefits", "tax.omavero")
    assert checked.note == "hi"
    assert code_of(draft(note="x" * 501)) == ("too_long", "note")


def test_prefill_from_booking_and_walk_in() -> None:
    booked = rules.draft_from_prefill(
        HelpPrefill(
            channel=CHANNEL_BOOKED,
            booking_id=7,
            topics=("ident.bank_id",),
            language="sv",
            duration_minutes=45,
        ),
        today=TODAY,
        hour=13,
    )
    assert (booked.support_form, booked.booking_id, booked.topics) == (
        "on_site_booked",
        7,
        ("ident.bank_id",),
    )
    assert (booked.language, booked.duration_minutes, booked.start_hour) == ("sv", 45, 13)
    walk_in = rules.draft_from_prefill(HelpPrefill(channel=CHANNEL_WALK_IN), today=TODAY, hour=9)
    assert walk_in.support_form == "on_site_walk_in" and walk_in.booking_id is None


def test_tally_lines_become_one_session_per_customer() -> None:
    batch = TallyBatch(
        date=TODAY,
        lines=(
            TallyLine("ident.bank_id", "75_84", "solved", 3),
            TallyLine("device.phone", "65_74", "partly_solved", 2, duration_minutes=40),
        ),
    )
    drafts = rules.drafts_from_tally(batch, today=TODAY, topics=load_topics())
    assert len(drafts) == 5
    assert [d.topics[0] for d in drafts].count("ident.bank_id") == 3
    assert {d.duration_minutes for d in drafts if d.topics == ("device.phone",)} == {40}


def test_tally_bad_line_is_named_and_nothing_comes_out() -> None:
    batch = TallyBatch(
        date=TODAY,
        lines=(
            TallyLine("ident.bank_id", "75_84", "solved", 1),
            TallyLine("ident.bank_id", "teen", "solved", 1),
        ),
    )
    with pytest.raises(ValidationError) as info:
        rules.drafts_from_tally(batch, today=TODAY, topics=load_topics())
    assert info.value.params["line"] == 2
    with pytest.raises(ValidationError):
        rules.drafts_from_tally(TallyBatch(date=TODAY, lines=()), today=TODAY, topics=load_topics())


def test_months() -> None:
    assert rules.month_of(TODAY) == "2026-11"
    assert rules.month_bounds("2026-12") == (dt.date(2026, 12, 1), dt.date(2027, 1, 1))
    assert rules.previous_month("2026-01") == "2025-12"
    with pytest.raises(ValidationError):
        rules.month_bounds("2026-13")


def test_volunteer_names() -> None:
    assert rules.validate_volunteer_name("  Aino  ") == "Aino"
    with pytest.raises(ValidationError):
        rules.validate_volunteer_name("   ")
    with pytest.raises(ValidationError):
        rules.validate_volunteer_name("x" * 41)
