"""Translated names of the help log's value codes and its error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digituki.core.domain import helplog as rules

translate = QCoreApplication.translate


def _support_forms() -> dict[str, str]:
    return {
        "on_site_booked": translate("HelpLogValues", "On site, booked"),
        "on_site_walk_in": translate("HelpLogValues", "On site, walk-in"),
        "remote_phone": translate("HelpLogValues", "Remote, by phone"),
        "remote_video": translate("HelpLogValues", "Remote, video call"),
        "home_visit": translate("HelpLogValues", "Home visit"),
        "group": translate("HelpLogValues", "Group session or course"),
    }


def _age_bands() -> dict[str, str]:
    return {
        "under_25": translate("HelpLogValues", "Under 25"),
        "25_44": translate("HelpLogValues", "25–44"),
        "45_64": translate("HelpLogValues", "45–64"),
        "65_74": translate("HelpLogValues", "65–74"),
        "75_84": translate("HelpLogValues", "75–84"),
        "85_plus": translate("HelpLogValues", "85 or over"),
        "not_asked": translate("HelpLogValues", "Not asked"),
    }


def _languages() -> dict[str, str]:
    return {
        "fi": translate("HelpLogValues", "Finnish"),
        "sv": translate("HelpLogValues", "Swedish"),
        "en": translate("HelpLogValues", "English"),
        "other": translate("HelpLogValues", "Other language"),
    }


def _devices() -> dict[str, str]:
    return {
        "own_phone": translate("HelpLogValues", "Own phone"),
        "own_tablet": translate("HelpLogValues", "Own tablet"),
        "own_computer": translate("HelpLogValues", "Own computer"),
        "point_computer": translate("HelpLogValues", "The point's computer"),
        "none": translate("HelpLogValues", "No device"),
    }


def _on_behalf() -> dict[str, str]:
    return {
        "no": translate("HelpLogValues", "No"),
        "suomifi_authorization": translate("HelpLogValues", "Yes, with Suomi.fi e-Authorization"),
        "power_of_attorney": translate("HelpLogValues", "Yes, with a written power of attorney"),
        "guardian": translate("HelpLogValues", "Yes, as guardian or trustee"),
        "declined_credentials": translate(
            "HelpLogValues", "Asked to use the customer's codes: declined"
        ),
    }


def _outcomes() -> dict[str, str]:
    return {
        "solved": translate("HelpLogValues", "Solved"),
        "partly_solved": translate("HelpLogValues", "Partly solved"),
        "not_solved": translate("HelpLogValues", "Not solved"),
    }


def _next_steps() -> dict[str, str]:
    return {
        "none": translate("HelpLogValues", "Nothing more"),
        "new_appointment": translate("HelpLogValues", "New appointment"),
        "referred": translate("HelpLogValues", "Referred onward"),
    }


def _referral_targets() -> dict[str, str]:
    return {
        "service_customer_service": translate(
            "HelpLogValues", "The service's own customer service"
        ),
        "kansalaisneuvonta": translate("HelpLogValues", "Kansalaisneuvonta (citizens' advice)"),
        "kela": translate("HelpLogValues", "Kela"),
        "tax_administration": translate("HelpLogValues", "Tax Administration"),
        "bank": translate("HelpLogValues", "The customer's bank"),
        "phone_operator": translate("HelpLogValues", "Phone operator"),
        "wellbeing_county": translate("HelpLogValues", "Wellbeing services county"),
        "municipality": translate("HelpLogValues", "Municipality"),
        "other_support_point": translate("HelpLogValues", "Another digital-support point"),
        "course": translate("HelpLogValues", "A course"),
        "other": translate("HelpLogValues", "Somewhere else"),
    }


def _reasons() -> dict[str, str]:
    return {
        "queue_full": translate("HelpLogValues", "Queue full"),
        "out_of_scope": translate("HelpLogValues", "Out of scope"),
        "no_volunteer": translate("HelpLogValues", "No volunteer free"),
    }


_FIELDS = {
    "support_form": (_support_forms, rules.SUPPORT_FORMS),
    "age_band": (_age_bands, rules.AGE_BANDS),
    "language": (_languages, rules.SERVICE_LANGUAGES),
    "device": (_devices, rules.DEVICES),
    "on_behalf": (_on_behalf, rules.ON_BEHALF),
    "outcome": (_outcomes, rules.OUTCOMES),
    "next_step": (_next_steps, rules.NEXT_STEPS),
    "referral_target": (_referral_targets, rules.REFERRAL_TARGETS),
    "reason": (_reasons, rules.TURNED_AWAY_REASONS),
}


def choices(field: str) -> list[tuple[str, str]]:
    """(code, translated label) pairs of a field's list, in list order."""
    names, codes = _FIELDS[field]
    table = names()
    return [(code, table[code]) for code in codes]


def label(field: str, code: str | None) -> str:
    if code is None:
        return ""
    names, _codes = _FIELDS[field]
    return names().get(code, code)


def validation_messages(code: str) -> str | None:
    """Messages for the help log's validation codes (registered with digituki.ui.errors)."""
    texts = {
        "duration_out_of_range": translate(
            "HelpLogErrors", "The duration must be between {low} and {high} minutes."
        ),
        "date_in_future": translate(
            "HelpLogErrors", "The date is in the future. Choose today or an earlier day."
        ),
        "hour_out_of_range": translate(
            "HelpLogErrors", "The start hour must be between {low} and {high}."
        ),
        "no_topic": translate(
            "HelpLogErrors", "Choose at least one topic: type a word in the topic box."
        ),
        "too_many_topics": translate("HelpLogErrors", "Choose at most {limit} topics."),
        "unknown_topic": translate(
            "HelpLogErrors", "That topic is not in the list. Choose one from the list."
        ),
        "unknown_value": translate("HelpLogErrors", "Choose one of the values in the list."),
        "participants_out_of_range": translate(
            "HelpLogErrors", "The number of people must be between {low} and {high}."
        ),
        "participants_not_group": translate(
            "HelpLogErrors",
            "More than one person is only possible for a group session. Choose "
            '"Group session or course" or set the number of people to 1.',
        ),
        "referral_missing": translate(
            "HelpLogErrors", "Choose where the customer was referred to."
        ),
        "note_unavailable": translate(
            "HelpLogErrors", "The private note cannot be saved on this computer. Leave it empty."
        ),
        "tally_empty": translate(
            "HelpLogErrors", "Add at least one line from the paper sheet first."
        ),
        "count_out_of_range": translate(
            "HelpLogErrors", "On line {line}, the number must be between {low} and {high}."
        ),
        "volunteer_exists": translate(
            "HelpLogErrors",
            "A volunteer with this name is already in the list. Add an initial to tell them apart.",
        ),
        "topic_not_hideable": translate(
            "HelpLogErrors", 'The "other" topics are always shown, so they cannot be hidden.'
        ),
        "month_invalid": translate("HelpLogErrors", "Choose a month from the list."),
    }
    return texts.get(code)


def exported_question() -> str:
    return translate(
        "HelpLogErrors",
        "The statistics of {month} were already sent. Change this session anyway? The sent "
        "statistics will be marked as out of date, so they can be sent again.",
    )
