"""Benchmark: guide search over 1,000 guides (FTS5 vs the ILIKE fallback) and opening a guide.

Run: .venv/bin/python bench/guides_search.py [--guides 1000] [--repeat 30]
Prints median and p95 in milliseconds. Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from _stats import p95 as nearest_rank_p95  # bench/_stats.py: one p95 for every bench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digituki.core.domain.topics import load_topics  # noqa: E402
from digituki.core.services import guides as svc  # noqa: E402
from digituki.core.storage.database import Database  # noqa: E402

QUERIES = [
    "valtuu",
    "pankki",
    "resep",
    "puhelimen päivit",
    "huijaus viesti",
    "omakanta resepti uusi",
    "kela",
    "s",
]


def words_of_builtin_guides() -> list[str]:
    pack = svc.load_builtin_pack()
    words: list[str] = []
    for doc in pack.guides:
        words += [w for w in doc.body.replace("\n", " ").split(" ") if w.isalpha()]
    return words


def make_pack(path: Path, count: int, rng: random.Random) -> None:
    words = words_of_builtin_guides()
    codes = list(load_topics().all_codes())
    languages = ["fi"] * 6 + ["sv"] * 2 + ["en"] * 2

    def sentence(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pack.yaml", "id: bench\nname: Bench\nversion: 1\n")
        for i in range(count):
            steps = "\n".join(f"{n}. {sentence(rng.randint(6, 16))}" for n in range(1, 11))
            body = (
                f"{sentence(25)}\n\n## Tarvitset\n\n- {sentence(5)}\n- {sentence(6)}\n\n"
                f"## Näin teet\n\n{steps}\n\n## Muista\n\n- {sentence(10)}\n- {sentence(10)}\n"
            )
            topics = ", ".join(rng.sample(codes, rng.randint(1, 3)))
            archive.writestr(
                f"g{i}.md",
                f"---\nslug: bench-{i}\ntitle: {sentence(rng.randint(3, 7))[:-1]}\n"
                f"language: {rng.choice(languages)}\ntopics: [{topics}]\n"
                f"service: {sentence(3)[:-1]}\nsource: Bench\nreviewed: 2026-01-15\n"
                f"version: 1\nsummary: {sentence(12)}\n---\n\n{body}",
            )


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return nearest_rank_p95(samples)


def report(name: str, samples: list[float], baseline: float | None = None) -> float:
    median = statistics.median(samples)
    ratio = f"   ×{baseline / median:5.1f} faster than ILIKE" if baseline else ""
    print(f"{name:<44} median {median:7.2f} ms   p95 {p95(samples):7.2f} ms{ratio}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--guides", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "bench.zip"
        make_pack(pack, args.guides, rng)
        db = Database.open_file(Path(tmp) / "bench.sqlite3")
        try:
            svc.ensure_builtin_guides(db)
            start = time.perf_counter()
            result = svc.import_pack(db, pack)
            took = time.perf_counter() - start
            total = len(svc.search_guides(db, "", limit=100_000))
            print(f"{total} guides ({result.added} generated + built-in); pack import {took:.2f} s")
            print()
            all_fts: list[float] = []
            all_like: list[float] = []
            for query in QUERIES:
                with db.unit_of_work() as uow:
                    hits = len(svc._search_fts(uow.session, query, None, [], False, 100_000))

                def fts(q: str = query) -> object:
                    return svc.search_guides(db, q)

                def like(q: str = query) -> object:
                    with db.unit_of_work() as uow:
                        ids = svc._search_like(uow.session, q, None, [], False, 200)
                        return svc._summaries(uow.session, ids, svc.helsinki_today())

                like_samples = timed(like, args.repeat)
                fts_samples = timed(fts, args.repeat)
                all_fts += fts_samples
                all_like += like_samples
                base = statistics.median(like_samples)
                report(f"search {query!r} ({hits} hits)", fts_samples, base)
            print()
            base = report("ILIKE fallback, all queries", all_like)
            report("FTS5 search, all queries", all_fts, base)
            report(
                "FTS5 + language fi + topic group filters",
                timed(
                    lambda: svc.search_guides(db, "puhelin", language="fi", topics=["device"]),
                    args.repeat,
                ),
            )
            report(
                "list by topic (linked guides)",
                timed(
                    lambda: svc.guides_for_topics(db, ["security.scams"], language="fi"),
                    args.repeat,
                ),
            )
            ids = [g.id for g in svc.search_guides(db, "", limit=100_000)]
            picks = iter(rng.choices(ids, k=args.repeat + 1))
            report(
                "open a guide (get + render HTML)",
                timed(lambda: svc.get_guide(db, next(picks)).html(), args.repeat),
            )
        finally:
            db.close()


if __name__ == "__main__":
    main()
