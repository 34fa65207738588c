"""Booking rules without a database: status transitions, phone numbers, customer details."""

from __future__ import annotations

import pytest

from digituki.core.domain import booking as rules
from digituki.core.domain.errors import ValidationError
from digituki.core.domain.topics import load_topics


@pytest.mark.parametrize(
    ("current", "new"),
    [
        ("booked", "arrived"),
        ("booked", "no_show"),
        ("booked", "cancelled"),
        ("booked", "in_progress"),
        ("arrived", "in_progress"),
        ("in_progress", "done"),
        ("no_show", "booked"),
        ("arrived", "booked"),
    ],
)
def test_allowed_transitions(current: str, new: str) -> None:
    rules.check_transition(current, new)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        ("done", "booked"),
        ("cancelled", "booked"),
        ("cancelled", "arrived"),
        ("in_progress", "no_show"),
        ("arrived", "no_show"),
        ("done", "no_show"),
        ("booked", "booked"),
        ("booked", "vanished"),
    ],
)
def test_forbidden_transitions(current: str, new: str) -> None:
    with pytest.raises(ValidationError):
        rules.check_transition(current, new)


def test_every_status_has_a_row_in_the_transition_table() -> None:
    assert set(rules.TRANSITIONS) == set(rules.STATUSES)
    for targets in rules.TRANSITIONS.values():
        assert targets <= set(rules.STATUSES)


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("040 123 4567", "+358401234567"),
        ("0401234567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("00358401234567", "+358401234567"),
        ("09 123 4567", "+35891234567"),
        ("+46 70 123 45 67", "+46701234567"),
        ("+1 202 555 0143", "+12025550143"),
    ],
)
def test_phone_numbers_are_normalised_to_e164(typed: str, e164: str) -> None:
    assert rules.normalize_phone(typed) == e164


@pytest.mark.parametrize("typed", ["123", "abc", "040", "+358 40 123 4567 8901", "0000000000", ""])
def test_impossible_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        rules.normalize_phone(typed)
    assert info.value.message_code == "phone_invalid"


def test_finnish_numbers_are_shown_nationally() -> None:
    assert rules.display_phone("+358401234567") == "040 1234567"
    assert rules.display_phone("+46701234567").startswith("+46")


def test_customer_needs_a_name_or_a_phone() -> None:
    topics = load_topics()
    with pytest.raises(ValidationError) as info:
        rules.clean_customer(rules.CustomerInput(name="  ", phone=" "), topics)
    assert info.value.message_code == "contact_required"
    only_phone = rules.clean_customer(rules.CustomerInput(phone="040 123 4567"), topics)
    assert (only_phone.name, only_phone.phone) == (None, "+358401234567")
    only_name = rules.clean_customer(rules.CustomerInput(name=" Aino  Esimerkki "), topics)
    assert (only_name.name, only_name.phone) == ("Aino Esimerkki", None)


def test_topics_and_needs_are_checked() -> None:
    topics = load_topics()
    code = topics.all_codes()[0]
    with pytest.raises(ValidationError) as info:
        rules.clean_customer(rules.CustomerInput(name="A", topics=("no.such",)), topics)
    assert info.value.message_code == "topic_unknown"
    with pytest.raises(ValidationError):
        rules.clean_customer(
            rules.CustomerInput(name="A", needs=rules.Needs(language="de")), topics
        )
    with pytest.raises(ValidationError):
        rules.clean_customer(
            rules.CustomerInput(name="A", needs=rules.Needs(devices=("watch",))), topics
        )
    clean = rules.clean_customer(
        rules.CustomerInput(
            name="A",
            topics=(code, code),
            needs=rules.Needs(devices=("laptop", "phone")),
        ),
        topics,
    )
    assert clean.topics == (code,)
    assert clean.needs.devices == ("phone", "laptop")
