"""Help log rules with no I/O: the value lists, the draft of a session and its validation.

Every list here is protected twice: `validate_draft` refuses unknown values with a typed
`ValidationError`, and the database has a CHECK constraint built from the same tuples (see the
help-log section of ``storage/orm.py`` and migration 0003), so a value outside a list can never be
stored. Codes are stable: exports and statistics use them, the UI translates them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Final

from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.core.domain.prefill import CHANNEL_BOOKED, HelpPrefill
from digituki.core.domain.topics import TopicList

SUPPORT_FORMS: Final[tuple[str, ...]] = (
    "on_site_booked",
    "on_site_walk_in",
    "remote_phone",
    "remote_video",
    "home_visit",
    "group",
)
GROUP_FORM: Final = "group"
AGE_BANDS: Final[tuple[str, ...]] = (
    "under_25",
    "25_44",
    "45_64",
    "65_74",
    "75_84",
    "85_plus",
    "not_asked",
)
SERVICE_LANGUAGES: Final[tuple[str, ...]] = ("fi", "sv", "en", "other")
DEVICES: Final[tuple[str, ...]] = (
    "own_phone",
    "own_tablet",
    "own_computer",
    "point_computer",
    "none",
)
ON_BEHALF: Final[tuple[str, ...]] = (
    "no",
    "suomifi_authorization",
    "power_of_attorney",
    "guardian",
    "declined_credentials",
)
OUTCOMES: Final[tuple[str, ...]] = ("solved", "partly_solved", "not_solved")
NEXT_STEPS: Final[tuple[str, ...]] = ("none", "new_appointment", "referred")
REFERRED: Final = "referred"
REFERRAL_TARGETS: Final[tuple[str, ...]] = (
    "service_customer_service",
    "kansalaisneuvonta",
    "kela",
    "tax_administration",
    "bank",
    "phone_operator",
    "wellbeing_county",
    "municipality",
    "other_support_point",
    "course",
    "other",
)
TURNED_AWAY_REASONS: Final[tuple[str, ...]] = ("queue_full", "out_of_scope", "no_volunteer")

# The list each draft field must come from (field name -> allowed values).
LISTS: Final[dict[str, tuple[str, ...]]] = {
    "support_form": SUPPORT_FORMS,
    "age_band": AGE_BANDS,
    "language": SERVICE_LANGUAGES,
    "device": DEVICES,
    "on_behalf": ON_BEHALF,
    "outcome": OUTCOMES,
    "next_step": NEXT_STEPS,
}

MIN_DURATION: Final = 1
MAX_DURATION: Final = 480
DEFAULT_DURATION: Final = 20
MAX_PARTICIPANTS: Final = 200
MAX_TOPICS: Final = 10
NOTE_LIMIT: Final = 500
MAX_SHIFT_MINUTES: Final = 720
VOLUNTEER_NAME_LIMIT: Final = 40


class ExportedMonthError(DigitukiError):
    """The change touches a month whose statistics were already exported; confirm to go on."""

    code = "month_exported"


@dataclass(frozen=True)
class SessionDraft:
    """A help session as the form (or a tally line) describes it, before it is stored."""

    date: dt.date
    start_hour: int
    topics: tuple[str, ...]
    duration_minutes: int = DEFAULT_DURATION
    support_form: str = "on_site_walk_in"
    participants: int = 1
    age_band: str = "not_asked"
    language: str = "fi"
    device: str = "own_phone"
    on_behalf: str = "no"
    outcome: str = "solved"
    next_step: str = "none"
    referral_target: str | None = None
    volunteer_id: int | None = None
    note: str = ""
    booking_id: int | None = None


def month_of(day: dt.date) -> str:
    """The month key of a date: ``"2026-11"``."""
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First day of `month` (``"YYYY-MM"``) and first day of the month after it."""
    try:
        year_text, month_text = month.split("-")
        first = dt.date(int(year_text), int(month_text), 1)
    except ValueError:
        raise ValidationError("month_invalid", "month") from None
    if len(month) != 7:
        raise ValidationError("month_invalid", "month")
    after = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, after


def previous_month(month: str) -> str:
    first, _ = month_bounds(month)
    return month_of(first - dt.timedelta(days=1))


def draft_from_prefill(
    prefill: HelpPrefill, *, today: dt.date, hour: int, default_language: str = "fi"
) -> SessionDraft:
    """Initial form values for a session started from a booking or the walk-in button.

    `today` and `hour` are the local (Helsinki) date and hour to use when the prefill has no
    start time; a prefilled start time must already be converted to local time by the caller.
    """
    form = "on_site_booked" if prefill.channel == CHANNEL_BOOKED else "on_site_walk_in"
    language = prefill.language if prefill.language in SERVICE_LANGUAGES else default_language
    duration = prefill.duration_minutes or DEFAULT_DURATION
    duration = min(max(duration, MIN_DURATION), MAX_DURATION)
    return SessionDraft(
        date=today,
        start_hour=hour,
        topics=tuple(dict.fromkeys(prefill.topics)),
        duration_minutes=duration,
        support_form=form,
        language=language or "fi",
        booking_id=prefill.booking_id,
    )


def validate_draft(draft: SessionDraft, *, today: dt.date, topics: TopicList) -> SessionDraft:
    """Check every rule; return the normalised draft or raise `ValidationError` (first problem).

    Normalising: duplicate topics are dropped, the note is stripped, and the referral target is
    cleared unless the next step is "referred".
    """
    if draft.date > today:
        raise ValidationError("date_in_future", "date")
    if not 0 <= draft.start_hour <= 23:
        raise ValidationError("hour_out_of_range", "start_hour", low=0, high=23)
    if not MIN_DURATION <= draft.duration_minutes <= MAX_DURATION:
        raise ValidationError(
            "duration_out_of_range", "duration_minutes", low=MIN_DURATION, high=MAX_DURATION
        )
    for field, allowed in LISTS.items():
        value = getattr(draft, field)
        if value not in allowed:
            raise ValidationError("unknown_value", field, value=str(value))
    codes = tuple(dict.fromkeys(draft.topics))
    if not codes:
        raise ValidationError("no_topic", "topics")
    if len(codes) > MAX_TOPICS:
        raise ValidationError("too_many_topics", "topics", limit=MAX_TOPICS)
    for code in codes:
        if not topics.is_valid(code):
            raise ValidationError("unknown_topic", "topics", value=code)
    if draft.support_form == GROUP_FORM:
        if not 1 <= draft.participants <= MAX_PARTICIPANTS:
            raise ValidationError(
                "participants_out_of_range", "participants", low=1, high=MAX_PARTICIPANTS
            )
    elif draft.participants != 1:
        raise ValidationError("participants_not_group", "participants")
    referral = draft.referral_target
    if draft.next_step == REFERRED:
        if not referral:
            raise ValidationError("referral_missing", "referral_target")
        if referral not in REFERRAL_TARGETS:
            raise ValidationError("unknown_value", "referral_target", value=referral)
    else:
        referral = None
    note = draft.note.strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError("too_long", "note", limit=NOTE_LIMIT)
    return dataclasses.replace(draft, topics=codes, note=note, referral_target=referral)


@dataclass(frozen=True)
class TallyLine:
    """One line of a paper tally sheet: this many customers with this topic, age and outcome."""

    topic: str
    age_band: str
    outcome: str
    count: int
    duration_minutes: int = DEFAULT_DURATION


@dataclass(frozen=True)
class TallyBatch:
    """A filled paper tally sheet: the date, the values shared by all its lines, and the lines."""

    date: dt.date
    lines: tuple[TallyLine, ...]
    start_hour: int = 12
    support_form: str = "on_site_walk_in"
    language: str = "fi"
    device: str = "own_phone"
    volunteer_id: int | None = None


MAX_TALLY_COUNT: Final = 200


def drafts_from_tally(
    batch: TallyBatch, *, today: dt.date, topics: TopicList
) -> list[SessionDraft]:
    """The sessions a tally sheet stands for (validated); `ValidationError` names the bad line."""
    if not batch.lines:
        raise ValidationError("tally_empty", "lines")
    drafts: list[SessionDraft] = []
    for number, line in enumerate(batch.lines, start=1):
        if not 1 <= line.count <= MAX_TALLY_COUNT:
            raise ValidationError("count_out_of_range", "count", low=1, high=MAX_TALLY_COUNT)
        draft = SessionDraft(
            date=batch.date,
            start_hour=batch.start_hour,
            topics=(line.topic,),
            duration_minutes=line.duration_minutes,
            support_form=batch.support_form,
            participants=1,
            age_band=line.age_band,
            language=batch.language,
            device=batch.device,
            outcome=line.outcome,
            volunteer_id=batch.volunteer_id,
        )
        if batch.support_form == GROUP_FORM:
            # A group line on paper is one group session with `count` participants.
            draft = dataclasses.replace(draft, participants=line.count)
        try:
            checked = validate_draft(draft, today=today, topics=topics)
        except ValidationError as exc:
            exc.params["line"] = number
            raise
        drafts.extend([checked] * (1 if batch.support_form == GROUP_FORM else line.count))
    return drafts


def validate_volunteer_name(name: str) -> str:
    """A volunteer's display name: a first name or initials, 1–40 characters."""
    from digituki.core.domain.text import clean_name

    cleaned = clean_name(name)  # NFC, no control characters, single spaces
    if not cleaned:
        raise ValidationError("required", "display_name")
    if len(cleaned) > VOLUNTEER_NAME_LIMIT:
        raise ValidationError("too_long", "display_name", limit=VOLUNTEER_NAME_LIMIT)
    return cleaned


def check_constraint_sql(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    """SQL for a CHECK constraint limiting `column` to `values`."""
    listed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def tally_numbers(topics: TopicList) -> dict[str, int]:
    """The number each topic has on the paper tally sheet (its place in the full list, so hiding
    topics never renumbers the others)."""
    return {code: index for index, code in enumerate(topics.all_codes(), start=1)}
