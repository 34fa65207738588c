"""Write the hostile-input corpus in tests/fixtures/hostile/ (issue 20). Run it again only to
change the corpus on purpose: `tests/integration/test_hostile_input.py` reads the files and
`expected.json` says what each must do.

The keys are deterministic test keys (SHA-256 of a label): they sign nothing outside the corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from digituki.core.domain import topic_updates as topic_rules  # noqa: E402
from digituki.core.exports import bundle as fmt  # noqa: E402
from digituki.core.security import signing  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "hostile"
POINT_A = "00000000-0000-4000-8000-00000000000a"
POINT_D = "00000000-0000-4000-8000-00000000000d"
MONTH = "2026-10"


def key(label: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(label.encode()).digest())


def bundle(
    point_id: str,
    sessions: int,
    *,
    name: str = "Kallio library",
    generated: str = "2026-11-02T09:00:00Z",
    export: int = 1,
    signer: Ed25519PrivateKey | None = None,
    revision: int | None = 1,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema": fmt.SCHEMA_NAME,
        "schema_version": fmt.SCHEMA_VERSION,
        "export_id": f"00000000-0000-4000-9000-{export:012d}",
        "point": {"id": point_id, "name": name, "municipality": "Helsinki"},
        "period": {"first_month": MONTH, "last_month": MONTH, "label": MONTH},
        "app_version": "0.1.0",
        "topic_list_version": 1,
        "generated_at": generated,
        "totals": {
            "sessions": sessions,
            "customers": sessions,
            "minutes": 20 * sessions,
            "volunteer_minutes": 60,
            "turned_away": 0,
            "bookings": None,
        },
        "tables": [
            {
                "key": "age_band",
                "unit": "customers",
                "dimensions": ["age_band"],
                "cells": [["65_74", sessions]],
            },
            {"key": "trend", "unit": "sessions", "dimensions": ["month"], "cells": [[MONTH, 1]]},
        ],
    }
    if revision is not None:
        doc["revision"] = revision
    return seal(doc, signer)


def seal(doc: dict[str, Any], signer: Ed25519PrivateKey | None) -> dict[str, Any]:
    doc = {k: v for k, v in doc.items() if k not in ("checksum", "signature")}
    doc["checksum"] = {"algorithm": "sha256", "value": fmt.checksum_of(doc)}
    if signer is not None:
        doc["signature"] = signing.sign(signer, fmt.canonical_bytes(doc))
    return doc


def write_json(path: Path, doc: Any) -> None:
    path.write_bytes(fmt.bundle_bytes(doc))


def topic_list(label: str, signer: Ed25519PrivateKey | None, *, version: int = 2) -> dict[str, Any]:
    """The shipped list as version `version` (after `version - 1`) with one label changed."""
    shipped = json.loads(
        (ROOT / "digituki" / "core" / "data" / "topics.json").read_text(encoding="utf-8")
    )
    shipped["version"] = version
    shipped["groups"][0]["topics"][0]["names"]["fi"] = label
    doc = topic_rules.build_document(
        shipped,
        {},
        previous_version=version - 1,
        publisher="Uusimaa",
        now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
    )
    doc["checksum"] = {"algorithm": "sha256", "value": topic_rules.checksum_of(doc)}
    if signer is not None:
        doc["signature"] = signing.sign(signer, topic_rules.canonical_bytes(doc))
    return doc


def alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join(f"*a{i - 1}" for _ in range(9))
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def main() -> None:
    (OUT / "bundles").mkdir(parents=True, exist_ok=True)
    (OUT / "topic-lists").mkdir(parents=True, exist_ok=True)
    (OUT / "guides").mkdir(parents=True, exist_ok=True)
    a, stranger = key("hostile-point-a"), key("hostile-stranger")
    b = OUT / "bundles"
    write_json(b / "01-good-signed.json", bundle(POINT_A, 116, signer=a, export=1))
    write_json(
        b / "02-unsigned-newer.json",
        bundle(POINT_A, 5000, signer=None, export=2, generated="2026-11-30T09:00:00Z", revision=9),
    )
    write_json(
        b / "03-stranger-key-newer.json",
        bundle(POINT_A, 5000, signer=stranger, export=3, generated="2026-11-30T09:00:00Z"),
    )
    huge = fmt.bundle_bytes(bundle(POINT_D, 7, signer=key("d"), export=4)).replace(
        b'"sessions": 7', b'"sessions": ' + b"9" * 5000, 1
    )
    (b / "04-5000-digit-count.json").write_bytes(huge)
    write_json(
        b / "05-control-characters-in-name.json",
        bundle(
            POINT_D,
            7,
            signer=key("d"),
            export=5,
            name="Kallio\x0blibrary \x1b[31mRED\x1b[0m\r\nsecond line\x00\u202e",
        ),
    )
    nl = bundle(POINT_A, 7, signer=key("nl"), export=6)
    nl["point"]["id"] = POINT_A + "\n"
    write_json(b / "06-id-with-final-newline.json", seal(nl, key("nl")))
    (b / "07-deep-nesting.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (b / "08-not-utf8.json").write_bytes(b'{"schema": "digituki-bundle", "x": "\xff\xfe"}')
    write_json(  # 8 h ahead of the test's clock (2026-12-10T12:00Z) and of any later one
        b / "09-generated-hours-ahead.json",
        bundle(POINT_D, 7, signer=key("d"), export=9, generated="2026-12-10T20:00:00Z"),
    )
    write_json(
        b / "10-second-good.json", bundle(POINT_D, 3, signer=key("d"), export=10, revision=2)
    )

    t = OUT / "topic-lists"
    write_json(
        t / "01-unsigned-scam-label.json",
        topic_list("Pankkitunnukset (HUIJAUS: soita 0700 123 456)", None),
    )
    coordinator = key("hostile-coordinator")
    write_json(t / "02-coordinator-signed-v2.json", topic_list("Pankkitunnukset", coordinator))
    write_json(
        t / "03-stranger-signed-v3.json",
        topic_list("Pankkitunnukset (HUIJAUS)", stranger, version=3),
    )
    number = fmt.bundle_bytes(topic_list("Pankkitunnukset", coordinator))
    number = number.replace(b'"format_version": 1', b'"format_version": ' + b"1" * 5000, 1)
    (t / "04-5000-digit-number.json").write_bytes(number)

    g = OUT / "guides"
    bomb = "---\n" + alias_bomb(10) + "title: x\n---\n\nbody\n"
    (g / "01-alias-bomb-10-levels.md").write_text(bomb, encoding="utf-8")
    (g / "pack-alias-bomb.yaml").write_text(
        alias_bomb(10) + "id: bomb\nname: x\nversion: 1\n", encoding="utf-8"
    )
    (g / "02-5000-digit-version.md").write_text(
        "---\ntitle: x\nversion: " + "9" * 5000 + "\n---\n\nbody\n", encoding="utf-8"
    )
    names = [
        "Kallio\x0blibrary",
        "\x1b[2J\x1b[31mKallio\x1b[0m",
        "Kallio\r\nlibrary",
        "Kal\x00lio",
        "Kallio\u202elibrary",
        "Kallio\x85library\x9b",
        "\u200bKallio\u200d",
        "Ka\u0308llio",  # decomposed ä: NFC makes it one character
    ]
    (OUT / "names.json").write_text(json.dumps(names, indent=1) + "\n", encoding="ascii")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
