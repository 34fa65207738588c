"""Plain-language messages for the guide library's error codes (packs, editor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digituki.ui.errors import register_validation_messages

translate = QCoreApplication.translate


def guide_message(code: str) -> str | None:
    """Text for a guide or guide-pack error code; {entry} is the file inside the pack."""
    texts = {
        "pack_not_zip": translate(
            "GuideErrors", "The file is not a guide pack. A guide pack is a .zip file."
        ),
        "pack_unreadable": translate(
            "GuideErrors",
            "The file {entry} in the pack is damaged or locked with a password. Ask for a new "
            "copy of the pack.",
        ),
        "pack_too_many_files": translate(
            "GuideErrors", "The pack has too many files (at most {limit})."
        ),
        "pack_too_large": translate(
            "GuideErrors",
            "The pack is too large or contains a file that is too large ({entry}).",
        ),
        "pack_path_unsafe": translate(
            "GuideErrors",
            "The pack contains a file with an unsafe name ({entry}). It was not opened.",
        ),
        "pack_symlink": translate(
            "GuideErrors", "The pack contains a link to another file ({entry}). It was not opened."
        ),
        "pack_file_unexpected": translate(
            "GuideErrors",
            "The pack contains a file that does not belong in a guide pack ({entry}). Only guides "
            "(.md), pictures (.png, .jpg, .gif) and pack.yaml are allowed.",
        ),
        "pack_entry_duplicate": translate(
            "GuideErrors", "The pack contains the same file twice ({entry})."
        ),
        "pack_manifest_missing": translate(
            "GuideErrors", "The pack has no pack.yaml file telling its name and version."
        ),
        "pack_manifest_invalid": translate(
            "GuideErrors",
            "The pack.yaml file must give the pack's id, name and version (a whole number).",
        ),
        "pack_not_utf8": translate("GuideErrors", "The file {entry} is not saved as UTF-8 text."),
        "pack_image_invalid": translate(
            "GuideErrors", "The picture {entry} is not a real PNG, JPEG or GIF picture."
        ),
        "pack_id_reserved": translate(
            "GuideErrors", "The pack uses a name reserved for Digituki's own guides ({pack})."
        ),
        "pack_empty": translate("GuideErrors", "The pack contains no guides."),
        "pack_not_newer": translate(
            "GuideErrors",
            "Version {installed} of the pack “{pack}” is already in use. Only a newer version "
            "can replace it (this file has version {offered}).",
        ),
        "pack_not_removable": translate(
            "GuideErrors",
            "Digituki's own guides and the guides written here cannot be removed as a pack.",
        ),
        "guide_front_matter_missing": translate(
            "GuideErrors",
            "The guide {entry} does not start with its details (title, language, topics …) "
            "between two --- lines.",
        ),
        "guide_front_matter_invalid": translate(
            "GuideErrors", "The details at the start of the guide {entry} cannot be read."
        ),
        "guide_field_missing": translate(
            "GuideErrors", "The guide {entry} is missing the “{item}” detail."
        ),
        "guide_field_invalid": translate(
            "GuideErrors", "The “{item}” detail of the guide {entry} is not valid."
        ),
        "guide_language_unknown": translate(
            "GuideErrors", "The language of the guide {entry} must be fi, sv or en."
        ),
        "guide_topic_unknown": translate(
            "GuideErrors", "The guide {entry} refers to an unknown topic: {topic}."
        ),
        "guide_too_many_topics": translate(
            "GuideErrors", "The guide {entry} has too many topics (at most {limit})."
        ),
        "guide_slug_invalid": translate(
            "GuideErrors",
            "The short name (slug) of the guide {entry} may only contain a–z, 0–9 and hyphens.",
        ),
        "guide_reviewed_invalid": translate(
            "GuideErrors", "The review date of the guide {entry} must look like 2026-11-20."
        ),
        "guide_version_invalid": translate(
            "GuideErrors", "The version of the guide {entry} must be a whole number."
        ),
        "guide_duplicate": translate(
            "GuideErrors",
            "The pack has the same guide twice in one language: {entry} and {other}.",
        ),
        "guide_exists": translate(
            "GuideErrors",
            "The guide “{slug}” ({language}) already comes from another pack: {pack}.",
        ),
        "guide_language_taken": translate(
            "GuideErrors", "This guide already exists in that language."
        ),
        "guide_not_local": translate(
            "GuideErrors", "Only guides written here can be deleted one by one."
        ),
        "guides_nothing_to_export": translate(
            "GuideErrors", "There are no guides written here yet, so there is nothing to export."
        ),
    }
    return texts.get(code)


register_validation_messages(guide_message)
