"""Versions of one list: which file counts, and what changed since the previous version.

In: the list files found by `clean` (with their keys in `sources.toml`), or two
cases tables. Out: `select()` splits the files into those that count and the
superseded versions; `changes()` compares two versions person by person.

Which files are versions of one list (see README, "Versions of a list"):
- the same `list = "..."` in their `sources.toml` entries; or
- the same file name once a date in it is taken out, where the date is at
  least a month: `spisok_2024-01.xlsx` and `spisok_2024-04.xlsx`,
  `list 01.04.2024.csv`, `report_2024Q1.xlsx`. A year alone (`list_2023.csv`)
  is not enough: a list of 2023 and one of 2024 are often two lists, so such
  files are versions only when `sources.toml` says so with `list`.
The version's date is the date in its name, else `version = "YYYY-MM-DD"` in
`sources.toml`. The newest version counts; the others are superseded: they are
not counted, and manifest.json and the clean summary name them.

What changed, person by person (people matched by the person linkage across
both versions): `added` (in the new version only), `removed` (in the old one
only), `released` (status now released, before not), `status` (another change of
status), `sentence` (the same status, another term). A person with several cases
in a version is read from their latest case (latest started_on, then case_id).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

import pandas as pd

from .config import VocabularyError

CHANGES = ("added", "removed", "released", "status", "sentence")
CHANGE_COLUMNS = ("change", "person_id", "name", "birth_year", "status_before", "status_after",
                  "sentence_before", "sentence_after")

_SEP = r"[-_. ]"
# Dates in file names, most precise first; a year alone is not a version date (see above).
_DATES = (
    (re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}?(0[1-9]|1[0-2]){_SEP}?(0[1-9]|[12]\d|3[01])(?!\d)"), "ymd"),
    (re.compile(rf"(?<!\d)(0[1-9]|[12]\d|3[01]){_SEP}(0[1-9]|1[0-2]){_SEP}((?:19|20)\d\d)(?!\d)"), "dmy"),
    (re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}?[Qq]([1-4])(?!\d)"), "yq"),
    (re.compile(rf"(?<!\d)((?:19|20)\d\d){_SEP}(0[1-9]|1[0-2])(?!\d)"), "ym"),
    (re.compile(rf"(?<!\d)(0[1-9]|1[0-2]){_SEP}((?:19|20)\d\d)(?!\d)"), "my"),
)


def date_in_name(stem: str) -> tuple[date, str] | None:
    """The version date in a file name and the name without it: ('spisok_2024-04' -> 2024-04-01, 'spisok')."""
    for pattern, kind in _DATES:
        m = pattern.search(stem)
        if not m:
            continue
        g = [int(x) for x in m.groups()]
        day = {"ymd": lambda: date(g[0], g[1], g[2]), "dmy": lambda: date(g[2], g[1], g[0]),
               "yq": lambda: date(g[0], 3 * g[1] - 2, 1), "ym": lambda: date(g[0], g[1], 1),
               "my": lambda: date(g[1], g[0], 1)}[kind]
        try:
            on = day()
        except ValueError:  # 31.02.2024: not a date, and not a month either
            return None
        rest = re.sub(rf"{_SEP}+", "_", stem[: m.start()] + "_" + stem[m.end():]).strip("_").lower()
        return on, rest
    return None


@dataclass(frozen=True)
class Version:
    path: Path
    key: str          # the file's key in sources.toml (its name or path below the folder)
    list: str | None  # the list it is a version of; None when it is a list of its own
    on: date | None   # the version's date


def version_of(path: Path, key: str, entry: dict, where: str = "sources.toml") -> Version:
    """The list and date of one file, from sources.toml (`list`, `version`) and its name."""
    found = date_in_name(path.stem)
    named = entry.get("list")
    on = None
    if "version" in entry:
        try:
            on = date.fromisoformat(str(entry["version"]))
        except ValueError:
            raise VocabularyError(f"{where}: [\"{key}\"] version = {entry['version']!r} is not a date: "
                                  "write it as YYYY-MM-DD, e.g. version = \"2024-04-01\"") from None
    if named is not None:
        if not isinstance(named, str) or not named.strip():
            raise VocabularyError(f"{where}: [\"{key}\"] list should be the list's name in quotes, e.g. list = \"spisok\"")
        on = on or (found[0] if found else None)
        if on is None:
            raise VocabularyError(f"{where}: [\"{key}\"] list = \"{named}\" but its file name has no date: "
                                  "add version = \"YYYY-MM-DD\" (the date of this version)")
        return Version(path, key, named.strip(), on)
    if found:
        return Version(path, key, f"{path.parent.as_posix()}/{found[1]}{path.suffix.lower()}", on or found[0])
    return Version(path, key, None, on)


def select(versions: list[Version]) -> tuple[list[Version], list[dict]]:
    """The files that count (the newest of each list, and every file of a list of its own), in the order
    given; and one record per superseded file: file, key, list, version, superseded_by, previous (True for
    the version right before the newest, whose changes are shown)."""
    groups: dict[str, list[Version]] = {}
    for v in versions:
        if v.list is not None:
            groups.setdefault(v.list, []).append(v)
    newest: dict[str, Version] = {}
    superseded: list[dict] = []
    for name, members in groups.items():
        ordered = sorted(members, key=lambda v: (v.on, v.path.name))
        newest[name] = ordered[-1]
        for i, v in enumerate(ordered[:-1]):
            superseded.append({"file": v.path.name, "key": v.key, "list": _list_label(name), "version": v.on.isoformat(),
                               "superseded_by": ordered[-1].path.name, "previous": i == len(ordered) - 2})
    keep = [v for v in versions if v.list is None or newest[v.list] is v]
    return keep, sorted(superseded, key=lambda s: (s["list"], s["version"]))


def _list_label(name: str) -> str:
    return name.rsplit("/", 1)[-1]


# ------------------------------------------------------------ what changed

def _latest_per_person(cases: pd.DataFrame) -> pd.DataFrame:
    order = cases.sort_values(["person_id", "started_on", "case_id"], kind="stable", na_position="first")
    return order.drop_duplicates("person_id", keep="last").set_index("person_id")


def changes(old: pd.DataFrame, new: pd.DataFrame,
            person_of: Callable[[pd.DataFrame], pd.Series] | None = None) -> pd.DataFrame:
    """What changed between two versions of a list, one row per person and change (CHANGE_COLUMNS).

    `person_of` gives the person of each row of both versions together (default: the person linkage of
    kzanalysis.link); people are matched by it, so a name spelled another way in the new version is the
    same person."""
    both = pd.concat([old.assign(_version="old"), new.assign(_version="new")], ignore_index=True)
    if person_of is None:
        person_of = linked_persons
    both = both.assign(person_id=pd.Series(person_of(both), index=both.index).astype("string").to_numpy())
    before = _latest_per_person(both.loc[both["_version"] == "old"])
    after = _latest_per_person(both.loc[both["_version"] == "new"])
    people = before.index.union(after.index)
    b, a = before.reindex(people), after.reindex(people)
    in_old, in_new = people.isin(before.index), people.isin(after.index)
    s_b, s_a = b["status"].astype("string"), a["status"].astype("string")
    t_b, t_a = b["sentence_months"].astype("Int64"), a["sentence_months"].astype("Int64")
    both_in = in_old & in_new
    status_changed = both_in & s_b.ne(s_a).fillna(False).to_numpy()
    released = status_changed & s_a.eq("released").fillna(False).to_numpy()
    term_changed = both_in & ~status_changed & ~(t_b.eq(t_a).fillna(False).to_numpy() | (t_b.isna() & t_a.isna()).to_numpy())
    change = pd.Series(pd.NA, index=people, dtype="string")
    change[~in_old] = "added"
    change[~in_new] = "removed"
    change[status_changed] = "status"
    change[released] = "released"
    change[term_changed] = "sentence"
    # each person as the new version shows them, else as the old one did (the two columns shown only)
    shown = {c: a[c].where(pd.Series(in_new, index=people), b[c]) for c in ("name", "birth_year")}
    frame = pd.DataFrame({
        "change": change,
        "person_id": people.astype("string"),
        "name": shown["name"].astype("string"),
        "birth_year": shown["birth_year"].astype("Int64"),
        "status_before": s_b.where(pd.Series(in_old, index=people)),
        "status_after": s_a.where(pd.Series(in_new, index=people)),
        "sentence_before": t_b, "sentence_after": t_a,
    }, index=people).reset_index(drop=True)
    frame = frame.loc[frame["change"].notna()]
    rank = frame["change"].map({c: i for i, c in enumerate(CHANGES)})
    return (frame.assign(_rank=rank).sort_values(["_rank", "name", "person_id"], kind="stable", na_position="last")
            .drop(columns="_rank").reset_index(drop=True))


def linked_persons(cases: pd.DataFrame) -> pd.Series:
    """The person of each row by the person linkage (kzanalysis/link.py)."""
    try:
        from .link import link_cases
    except ImportError:  # the linkage is not in this build yet: the same Latin name and birth year
        key = cases["name_latin"].fillna(cases["name"]).astype("string").str.casefold().str.split().str.join(" ")
        return (key + "|" + cases["birth_year"].astype("string").fillna("")).astype("string")
    return link_cases(cases).person_id


def counts(frame: pd.DataFrame) -> dict[str, int]:
    """Changes per kind, in CHANGES order (zeros kept)."""
    got = frame["change"].value_counts() if len(frame) else pd.Series(dtype=int)
    return {c: int(got.get(c, 0)) for c in CHANGES}


def diff_files(old: Path, new: Path) -> pd.DataFrame:
    """Clean two files on their own (no version selection) and compare them (`changes`)."""
    from .clean import clean_paths

    return changes(clean_paths([Path(old)]).cases, clean_paths([Path(new)]).cases)


# ------------------------------------------------------------ in the cleaning chain

def plan(inputs: list[tuple[Path, str]], sources: dict[str, dict]) -> tuple[list[tuple[Path, str]], list[dict]]:
    """The (path, key) inputs that count, in their order, and the superseded versions (see `select`)."""
    found = [version_of(path, key, sources.get(key, sources.get(path.name, {}))) for path, key in inputs]
    keep, superseded = select(found)
    paths = {v.key: v.path for v in found}
    for record in superseded:
        record["path"] = paths[record["key"]]
    return [(v.path, v.key) for v in keep], superseded


def compare_previous(superseded: list[dict], current_cases: pd.DataFrame,
                     clean_file: Callable[[Path], pd.DataFrame],
                     person_of: Callable[[pd.DataFrame], pd.Series] | None = None) -> list[dict]:
    """For each list with an earlier version: the changes from the version right before the newest to the
    newest, as plain records for manifest.json (list, previous, current, cases_before, cases_after, counts,
    rows). `clean_file` cleans one superseded file into its cases."""
    groups = []
    for record in superseded:
        if not record["previous"]:
            continue
        old = clean_file(record["path"])
        new = current_cases.loc[current_cases["source_file"] == record["superseded_by"]]
        frame = changes(old, new, person_of)
        rows = [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]
        groups.append({"list": record["list"], "previous": record["file"], "current": record["superseded_by"],
                       "cases_before": int(len(old)), "cases_after": int(len(new)), "counts": counts(frame),
                       "rows": rows})
    return groups


def _plain(value):
    """A JSON value: None for a missing one, int for a whole number."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value
