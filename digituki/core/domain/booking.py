"""Booking rules with no I/O: statuses and their transitions, customer details, phone numbers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import phonenumbers

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.topics import TopicList

BOOKED: Final = "booked"
ARRIVED: Final = "arrived"
IN_PROGRESS: Final = "in_progress"
DONE: Final = "done"
NO_SHOW: Final = "no_show"
CANCELLED: Final = "cancelled"
STATUSES: Final = (BOOKED, ARRIVED, IN_PROGRESS, DONE, NO_SHOW, CANCELLED)

# Which status may follow which. Nothing changes a status by itself: every change is a person's
# action (in particular a no-show is never set automatically). The "back" moves undo a slip of the
# finger (arrived → booked, a wrongly marked no-show → booked, help started by mistake → arrived).
TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    BOOKED: frozenset({ARRIVED, IN_PROGRESS, DONE, NO_SHOW, CANCELLED}),
    ARRIVED: frozenset({BOOKED, IN_PROGRESS, DONE, CANCELLED}),
    IN_PROGRESS: frozenset({ARRIVED, DONE}),
    DONE: frozenset(),
    NO_SHOW: frozenset({BOOKED}),
    CANCELLED: frozenset(),
}

# A booking in one of these statuses holds a place in its slot; cancelled and no-show free it.
HOLDS_PLACE: Final = frozenset({BOOKED, ARRIVED, IN_PROGRESS, DONE})
# Statuses whose booking may still be edited or moved.
EDITABLE: Final = frozenset({BOOKED, ARRIVED})
MOVABLE: Final = frozenset({BOOKED})

LANGUAGES: Final = ("fi", "sv", "en", "other")
DEVICES: Final = ("phone", "tablet", "laptop")

NAME_MAX = 120
PHONE_REGION = "FI"


def check_transition(current: str, new: str) -> None:
    """Raise `ValidationError("status_not_allowed")` unless `current` may become `new`."""
    if new not in STATUSES:
        raise ValidationError("status_unknown", "status")
    if new not in TRANSITIONS.get(current, frozenset()):
        raise ValidationError("status_not_allowed", "status", current=current, new=new)


def normalize_phone(raw: str) -> str:
    """A phone number in E.164 (``+358401234567``); Finnish numbers may be written nationally.

    Raises `ValidationError("phone_invalid")` for anything that cannot be a real number.
    """
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone_invalid", "phone") from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError("phone_invalid", "phone")
    if number.extension:  # "040 123 4567 ext. 5": never drop a part of what was typed silently
        raise ValidationError("phone_invalid", "phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def display_phone(e164: str) -> str:
    """A stored E.164 number written the way people read it (Finnish numbers nationally)."""
    try:
        number = phonenumbers.parse(e164, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == PHONE_REGION:
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


@dataclass(frozen=True)
class Needs:
    """What the customer needs from the session (no personal data: codes and flags)."""

    language: str = "fi"
    interpreter: bool = False
    hearing: bool = False
    vision: bool = False
    devices: tuple[str, ...] = ()  # subset of DEVICES, in DEVICES order


@dataclass(frozen=True)
class CustomerInput:
    """What the form sends: free text as typed; `clean_customer` validates and normalises it."""

    name: str = ""
    phone: str = ""
    topics: tuple[str, ...] = ()
    needs: Needs = Needs()


@dataclass(frozen=True)
class CleanCustomer:
    name: str | None
    phone: str | None  # E.164
    topics: tuple[str, ...]
    needs: Needs


def clean_topics(codes: Iterable[str], topics: TopicList) -> tuple[str, ...]:
    out: list[str] = []
    for code in codes:
        if not topics.is_valid(code):
            raise ValidationError("topic_unknown", "topics", topic=code)
        if code not in out:
            out.append(code)
    return tuple(out)


def clean_needs(needs: Needs) -> Needs:
    if needs.language not in LANGUAGES:
        raise ValidationError("choice_unknown", "language")
    unknown = [d for d in needs.devices if d not in DEVICES]
    if unknown:
        raise ValidationError("choice_unknown", "devices")
    devices = tuple(d for d in DEVICES if d in needs.devices)
    return Needs(needs.language, needs.interpreter, needs.hearing, needs.vision, devices)


def clean_customer(data: CustomerInput, topics: TopicList) -> CleanCustomer:
    """Validate the customer's details; at least a name or a phone number is needed."""
    from digituki.core.domain.text import clean_name

    name = clean_name(data.name) or None  # no NUL or other control characters
    if name is not None and len(name) > NAME_MAX:
        raise ValidationError("too_long", "name", limit=NAME_MAX)
    phone = normalize_phone(data.phone) if data.phone.strip() else None
    if name is None and phone is None:
        raise ValidationError("contact_required", "name")
    return CleanCustomer(name, phone, clean_topics(data.topics, topics), clean_needs(data.needs))
