"""An attacker who reads every published CSV of a point (or region) and computes, with an exact
integer program (scipy's HiGHS MILP), the smallest and largest value every hidden number can
have. Written from the rules the README and the reports state, not from the suppression code.

What the attacker knows:
- every CSV row (numbers, "<k" = 1…k−1, "×" = at least k, except in a table the file marks as
  ``revised`` or ``combined``, where "×" may be any number);
- which data each publication was made from (a *version* of a month of an entity: the test says
  which), and, between two versions of the same month, that a correction only ADDED sessions;
- the structure: rows add up to totals, a session table's total is the number of sessions, the
  age table's total is the number of customers (at least the sessions), a topic group is the sum
  of its topics, the topics' total is between the sessions and 10 × the sessions, a topic is at
  most once in a session, an unlisted topic of a listed group is 0.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from digituki.core.domain import helplog as hl

SESSION_TABLES = ("support_form", "language", "outcome", "next_step", "on_behalf")
COARSE = {
    "under_45": ("under_25", "25_44"),
    "75_plus": ("75_84", "85_plus"),
}
BIG = 100_000

Version = tuple[str, str, int]  # (entity, month, epoch)


@dataclass
class Row:
    table: str
    code: str
    count: str


@dataclass
class Publication:
    """One parsed CSV and the data versions it was made from (month -> versions summed)."""

    rows: list[Row]
    trend: dict[str, int]
    summary: dict[str, str]
    notices: set[tuple[str, str]]
    made_of: dict[str, list[Version]]
    by_point: dict[str, int] = field(default_factory=dict)  # a regional report's sessions


def parse_csv(data: bytes, made_of: Mapping[str, Sequence[Version]]) -> Publication:
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]
    rows, trend, summary, notices, by_point = [], {}, {}, set(), {}
    for _period, table, _d1, value1, _d2, _v2, count, _label in lines:
        if table == "trend":
            if value1 != "total":
                trend[value1] = int(count)
        elif table == "summary":
            summary[value1] = count
        elif table == "notice":
            notices.add((value1, count))
        elif table == "by_point" and value1 != "total":
            by_point[value1] = int(count)
        elif table not in ("by_point", "by_municipality", "points_by_month"):
            rows.append(Row(table, value1, count))
    versions = {m: list(v) for m, v in made_of.items()}
    return Publication(rows, trend, summary, notices, versions, by_point)


@dataclass
class Model:
    k: int
    index: dict[tuple[object, ...], int] = field(default_factory=dict)
    rows: list[dict[int, float]] = field(default_factory=list)
    low: list[float] = field(default_factory=list)
    high: list[float] = field(default_factory=list)

    def var(self, *name: object) -> int:
        if name not in self.index:
            self.index[name] = len(self.index)
        return self.index[name]

    def add(self, terms: Iterable[tuple[int, float]], lo: float, hi: float) -> None:
        row: dict[int, float] = defaultdict(float)
        for i, c in terms:
            row[i] += c
        self.rows.append(dict(row))
        self.low.append(lo)
        self.high.append(hi)

    _frozen: object = None

    def extremes(self, terms: Sequence[tuple[int, float]]) -> tuple[float, float]:
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import coo_matrix

        n = len(self.index)
        if self._frozen is None:
            r_idx, c_idx, data = [], [], []
            for r, row in enumerate(self.rows):
                for i, c in row.items():
                    r_idx.append(r)
                    c_idx.append(i)
                    data.append(c)
            a = coo_matrix((data, (r_idx, c_idx)), shape=(len(self.rows), n)).tocsr()
            self._frozen = LinearConstraint(a, np.array(self.low), np.array(self.high))
        constraint = self._frozen
        found = []
        for sign in (1, -1):
            c = np.zeros(n)
            for i, coef in terms:
                c[i] += sign * coef
            result = milp(
                c,
                constraints=[constraint],
                integrality=np.ones(n),
                bounds=Bounds(np.zeros(n), np.full(n, BIG)),
            )
            assert result.status == 0, f"the published tables are inconsistent: {result.message}"
            found.append(sign * result.fun)
        return found[0], found[1]


def _codes(publications: Sequence[Publication]) -> dict[str, set[str]]:
    universe: dict[str, set[str]] = defaultdict(set)
    for pub in publications:
        for row in pub.rows:
            if row.code != "total":
                universe[row.table].add(row.code)
    universe["age_band"].update(hl.AGE_BANDS)
    if "next_step" in universe:
        universe["next_step"].update(hl.NEXT_STEPS)
        universe["next_step"].update(f"referred.{t}" for t in hl.REFERRAL_TARGETS)
    return universe


def build(publications: Sequence[Publication], k: int) -> tuple[Model, list[tuple]]:
    """The model of everything published, and the hidden published numbers to check."""
    model = Model(k)
    universe = _codes(publications)
    versions = sorted({v for pub in publications for vs in pub.made_of.values() for v in vs})
    x = model.var
    for v in versions:
        s = x(v, "sessions")
        customers = x(v, "customers")
        model.add([(customers, 1), (s, -1)], 0, BIG)
        for table, codes in universe.items():
            total = x(v, table, "total")
            if table == "age_band":
                model.add([(x(v, table, c), 1) for c in hl.AGE_BANDS] + [(total, -1)], 0, 0)
                model.add([(total, 1), (customers, -1)], 0, 0)
                for wide, members in COARSE.items():
                    model.add(
                        [(x(v, table, m), 1) for m in members] + [(x(v, table, wide), -1)], 0, 0
                    )
            elif table == "topics":
                groups = {c for c in codes if "." not in c} | {c.split(".")[0] for c in codes}
                for g in groups:
                    members = [c for c in codes if c.startswith(g + ".")]
                    terms = [(x(v, table, c), 1) for c in members] + [(x(v, table, g, "other"), 1)]
                    model.add([*terms, (x(v, table, g), -1)], 0, 0)
                    for c in members:
                        model.add([(x(v, table, c), 1), (s, -1)], -BIG, 0)
                model.add([(x(v, table, g), 1) for g in groups] + [(total, -1)], 0, 0)
                model.add([(total, 1), (s, -1)], 0, BIG)
                model.add([(total, 1), (s, -10)], -BIG, 0)
            elif table == "next_step":
                top = [c for c in codes if "." not in c]
                subs = [c for c in codes if c.startswith("referred.")]
                model.add(
                    [(x(v, table, c), 1) for c in subs] + [(x(v, table, "referred"), -1)], 0, 0
                )
                model.add([(x(v, table, c), 1) for c in top] + [(total, -1)], 0, 0)
                model.add([(total, 1), (s, -1)], 0, 0)
            else:
                model.add([(x(v, table, c), 1) for c in codes] + [(total, -1)], 0, 0)
                if table in SESSION_TABLES:
                    model.add([(total, 1), (s, -1)], 0, 0)
    # a correction only adds: a later version of a month is at least the earlier one
    by_month: dict[tuple[str, str], list[Version]] = defaultdict(list)
    for v in versions:
        by_month[(v[0], v[1])].append(v)
    for vs in by_month.values():
        for early, late in itertools.pairwise(vs):
            for name, i in list(model.index.items()):
                if name[0] == early:
                    model.add([(model.var(late, *name[1:]), 1), (i, -1)], 0, BIG)
    targets: list[tuple] = []
    for number, pub in enumerate(publications):
        every = [v for vs in pub.made_of.values() for v in vs]
        for month, n in pub.trend.items():
            model.add([(x(v, "sessions"), 1) for v in pub.made_of.get(month, [])], n, n)
        for name, n in pub.by_point.items():  # the test names versions after the point
            model.add([(x(v, "sessions"), 1) for v in every if v[0] == name], n, n)
        if "customers" in pub.summary:
            model.add(
                [(x(v, "customers"), 1) for v in every], *(int(pub.summary["customers"]),) * 2
            )
        noted = {t for t, code in pub.notices if code in ("revised", "combined")}
        listed: dict[str, set[str]] = defaultdict(set)
        for row in pub.rows:
            listed[row.table].add(row.code)
        for row in pub.rows:
            terms = [(x(v, row.table, row.code), 1) for v in every]
            if row.count.startswith("<"):
                model.add(terms, 1, k - 1)
                targets.append((number, row.table, row.code, "<", terms))
            elif row.count == "×":
                model.add(terms, 0 if row.table in noted else k, BIG)
                # after a correction a number is known to within the sessions added: it must
                # not be pinned (which number the new session went to stays unknown)
                marker = "×±" if ("report", "revised") in pub.notices else "×"
                targets.append((number, row.table, row.code, marker, terms))
            else:
                n = int(row.count)
                model.add(terms, n, n)
        # what a listing says by leaving rows out
        for table, codes in listed.items():
            if table == "topics":
                for g in {c for c in codes if "." not in c and c != "total"}:
                    shown = {c for c in codes if c.startswith(g + ".")}
                    if not shown:
                        continue  # the group's topics were combined into it
                    for c in (
                        c for c in universe[table] if c.startswith(g + ".") and c not in shown
                    ):
                        model.add([(x(v, table, c), 1) for v in every], 0, 0)
                    model.add([(x(v, table, g, "other"), 1) for v in every], 0, 0)
            elif table not in ("age_band", "next_step") and len(codes) > 1:
                for c in universe[table] - codes:
                    model.add([(x(v, table, c), 1) for v in every], 0, 0)
    return model, targets


@dataclass
class Finding:
    what: str
    low: float
    high: float


def attack(
    publications: Sequence[Publication],
    k: int,
    secrets: Mapping[tuple[Version, str, str], int] = {},
) -> tuple[list[Finding], int]:
    """Every hidden number narrowed too much, and how many numbers were checked.

    Published "<k": each of 1…k−1 must stay possible; "×": at least k−1 values (in a report of
    corrected months: at least 2, the correction's size limits it). `secrets`:
    true small counts (1…k−1) of single versions; none may be pinned."""
    model, targets = build(publications, k)
    found: list[Finding] = []
    for number, table, code, marker, terms in targets:
        low, high = model.extremes(terms)
        if marker == "<" and (low > 1 or high < k - 1):
            found.append(Finding(f"pub {number} {table}.{code} <{k}", low, high))
        if marker == "×" and (high - low < k - 2 or high <= low):
            found.append(Finding(f"pub {number} {table}.{code} ×", low, high))
        if marker == "×±" and high <= low:
            found.append(Finding(f"pub {number} {table}.{code} × (corrected)", low, high))
    for (version, table, code), _true in secrets.items():
        key = (version, table, code)
        if key not in model.index:
            continue
        low, high = model.extremes([(model.index[key], 1)])
        if low >= high:
            found.append(Finding(f"{version} {table}.{code} pinned", low, high))
    return found, len(targets) + len(secrets)
