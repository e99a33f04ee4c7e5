"""The latest stage of a case wins across columns: the parsed cases of a sheet in, their status settled out.

A cell's own phrases already rank within the cell (parse/status.py). Across the columns of a
row, and from the sheet or section a row sits in, a case is `released` (its sentence's term
kept) where
- its status is one of custody, investigation or unknown and its release date is on or
  before the list's date (and not before its sentence date, which would be a release from
  pre-trial detention before the verdict): beside a non-custodial sentence (probation,
  restricted freedom, a fine) a release date is the end of pre-trial detention, so it is kept;
- its note states a release: the note's last clause that names a stage opens with a release
  (`освобождён по УДО 03.07.2023`, `released on parole 2023`; not `отказано в УДО`, not
  `освобождён под залог`), or closes with a Kazakh finite form of release (`2022 жылы рақымшылық
  бойынша босатылды`: Kazakh puts the verb last, note_release.py), which is the latest stage written
  about the case (the README: parole is released); its status was custody, investigation or unknown;
- its "grounds for release" cell is filled (`амнистия`, `УДО`, `served the term`), a yes/no
  column whose header names release says yes (stage_columns.py), or its sheet
  (`Освобожденные`, `Released`) or the section heading above it names release: these say the
  person is free whatever the sentence was, so any status but an acquittal or a fine gives way
  (a fine holds no one: `Fined 200 MCI; case closed` under a heading of released people stays fined).

The list's date: the date a title line above the header states (`по состоянию на 01.06.2024`,
stage_columns.py), else the latest date written in the file or sheet name (`list_2023-05-01.xlsx`,
`Список 2023`: the end of that year), else the latest date of detention, charge, sentence or release
in the sheet (a list is written after the last event it records, and a release is one: a date of a
term's expected end is never read as a release, `vocab/header_patterns.csv`).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .note_measure import without_label
from .note_release import closes_with_release, is_kazakh_release
from .parse import dates, status
from .read import RawSheet
from .table_spec import STATUSES
from .release_grounds import is_amnesty_column, says_release
from .replacement import replacements
from .stage_columns import give_stages, stated_date
from .values import Rows

# Statuses a release ends; the others are a later or a non-custodial outcome.
ENDED_BY_RELEASE = ("under_investigation", "house_arrest", "pretrial_detention", "imprisoned", "compulsory_treatment", "unknown")
# Outcomes no heading, sheet, grounds cell or yes/no column of release turns into released: an acquittal,
# a release already, and a fine (a fine holds no one, so nothing ends it by a release).
NEVER_RELEASED = ("acquitted", "released", "fined")
_HAS_TEXT = re.compile(r"[^\W_]")
_NAME_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[._-]\d{1,2}[._-](?:19|20)\d\d|(?:19|20)\d\d[._-]\d{1,2}[._-]\d{1,2}|(?:19|20)\d\d)(?!\d)")


def _end_of(value: dates.DateValue) -> pd.Timestamp:
    start = pd.Timestamp(value.date)
    if value.precision == "year":
        return start + pd.offsets.YearEnd(0)
    if value.precision == "month":
        return start + pd.offsets.MonthEnd(0)
    return start


def list_date(sheet: RawSheet, out: pd.DataFrame, header=None) -> pd.Timestamp | None:
    """The date the list was written, as far as the list says (see the module docstring)."""
    stated = stated_date(sheet, header) if header is not None else None
    if stated is not None:  # `по состоянию на 01.06.2024` above the header: the list says it
        return stated[0]
    named = []
    for text in (sheet.file, sheet.sheet):
        for found in _NAME_DATE.findall(text or ""):
            parsed = dates.parse_date(found.replace("_", "-"))
            if parsed.value is not None:
                named.append(_end_of(parsed.value))
    if named:
        return max(named)
    events = pd.concat([out[c] for c in ("detained_on", "charged_on", "sentenced_on", "released_on")]).dropna()
    return events.max() if len(events) else None


# Where one clause of a note ends and the next begins.
_CLAUSE = re.compile(r"[;\n]|,\s|\.\s+(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _release_rank() -> int:
    """The rank of a plain release (`освобожден`): weaker phrases (`на свободе`, which also describes
    a suspect never detained) do not make a note say the person was released."""
    return status.parse_measure("освобожден").value.rank


@lru_cache(maxsize=10_000)
def says_released(note: str) -> bool:
    """A note whose last clause naming a stage opens with a release (`освобождён по УДО 03.07.2023`,
    `released on parole in May 2023`, `мерзімінен бұрын босатылды`) and reads as released (not
    `освобождён под залог`, which is bail): it states that the person left custody."""
    if not status.may_name(str(note), "released", _release_rank()):
        return False  # most notes name no release: the full reading is left for those that may
    note = without_label(note)  # `UPDATE: released under amnesty`: the label is no part of the clause (note_measure.py)
    key, phrases, _ = status.phrase_spans(str(note))
    staged = [(start, end, said) for start, end, said in phrases if said in STATUSES]
    if not staged:
        return False
    last = max(staged)[0]
    opening = max((m.end() for m in _CLAUSE.finditer(key, 0, last)), default=0)
    start, end, said = min(p for p in staged if p[0] >= opening)  # the first stage its clause names
    clause_end = next((m.start() for m in _CLAUSE.finditer(key, last)), len(key))
    if not closes_with_release(key[opening:clause_end]):  # a Kazakh clause closes with its verb (note_release.py)
        if said != "released" or _HAS_TEXT.search(key[opening:start]):
            return False  # `отказано в УДО`, `просит об УДО`: the release is not what the clause states
        if is_kazakh_release(key[start:end]):
            return False  # `босатуды сұрады`: the verb that closes the Kazakh clause is not the release
    read = status.parse_measure(key[opening:clause_end]).value
    return read is not None and read.status == "released" and (read.rank or 0) >= _release_rank()


def latest_stage(rows: Rows, out: pd.DataFrame, sections: pd.DataFrame | None, info: dict | None = None) -> dict[str, int]:
    """Set `out["status"]` to released where a release date, a grounds-for-release cell, a yes/no
    column, the sheet or a section says so (see the module docstring); returns how many cases each
    rule released. `info` gets the yes/no columns read and the list's date where a title line states it."""
    said_yes, flag_columns = give_stages(rows.block, rows.header, out)  # yes/no columns naming a stage (stage_columns.py)
    if info is not None and flag_columns:
        info["stage_columns"] = flag_columns
    stated = stated_date(rows.sheet, rows.header) if info is not None else None
    if stated is not None:  # the manifest says which line gave the list's date
        info["list_date"] = {"date": stated[0].date().isoformat(), "from": stated[1][:120]}
    # the unserved term replaced by a milder punishment (replacement.py): that punishment, never a release
    replaced = replacements(rows).mask(out["status"].isin(("died", "acquitted")).fillna(False))  # nothing comes after those
    if replaced.notna().any():
        out.loc[replaced.notna(), "status"] = replaced[replaced.notna()]
    ended = (out["status"].isna() | out["status"].isin(ENDED_BY_RELEASE).fillna(False)) & replaced.isna()
    # a grounds-for-release cell, a sheet or a section of released people: every outcome but an acquittal
    # but a fine: it holds no one, so nothing ends it by a release (`Fined 200 MCI; case closed` under `CLOSED (released / ended)`)
    freed = (out["status"].isna() | ~out["status"].isin(NEVER_RELEASED).fillna(False)) & replaced.isna()
    if not freed.any():
        return {}
    reasons: dict[str, pd.Series] = {}
    released_on, sentenced_on = out["released_on"], out["sentenced_on"]
    if released_on.notna().any():
        as_of = list_date(rows.sheet, out, rows.header)
        past = released_on.notna() if as_of is None else (released_on <= as_of).fillna(False)
        after_verdict = sentenced_on.isna() | (released_on >= sentenced_on).fillna(False)
        reasons["release date"] = past & after_verdict & ended
    notes = rows.text("notes")
    if notes is not None:
        told = notes.where(ended).dropna()  # only a case a release would end is read
        freed_by_note = [v for v in pd.unique(told) if says_released(v)]
        reasons["note of release"] = notes.isin(freed_by_note).fillna(False).astype(bool) & ended
    reasons["yes/no column"] = said_yes & freed
    grounds = rows.text("release_grounds")
    if grounds is not None:
        amnesty = is_amnesty_column(rows.written("release_grounds"))  # an amnesty frees only where it says so
        given = {v: says_release(v, amnesty) for v in pd.unique(grounds.dropna())}
        reasons["grounds for release"] = grounds.map(given).fillna(False).astype(bool) & freed
    sheet_status = status.parse_measure(rows.sheet.sheet).value if rows.sheet.sheet else None
    if sheet_status is not None and sheet_status.status == "released":
        reasons["sheet of released people"] = freed
    if sections is not None:
        held = sections.reindex(out.index)["status"]
        reasons["section of released people"] = held.eq("released").fillna(False).astype(bool) & freed
    counts = {}
    done = pd.Series(False, index=out.index)
    for why, says in reasons.items():
        now = says & ~done
        if now.any():
            counts[why] = int(now.sum())
            done |= now
    if done.any():
        out.loc[done, "status"] = "released"
    return counts

