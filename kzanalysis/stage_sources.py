"""Columns that describe the stage, the outcome or the place of custody are status sources: a sheet's
header in, the columns and how to read them out.

A list may say where a case stands in a column whose values no status reader would take for a status
column as a whole: a hearing calendar's `Стадия` (`предварительное слушание`, `апелляция (приговор
1 инст.: 5 лет л/с)`), a court table's `Результат рассмотрения` (`обвинительный приговор` /
`оправдательный приговор`), a relatives' list's `Где содержится` (`учреждение ЕЦ-166/11, г.
Петропавловск` / `освобождён по УДО 14.06.2023`). A column not mapped to a field (or ignored as a place
of detention) whose header names one of these, by the words of `vocab/stage_header_words.csv`, and
whose values are mostly not dates, is read beside the status columns by the latest-stage rule
(measures.py): the later stage named in any of the row's cells wins, so a first-instance verdict in the
stage cell outranks the measure of restraint, an acquittal in the outcome cell the bare term, a release
in the custody cell the sentence (its term kept).
- a stage or outcome column is read as a further status column: its cells not read are problem rows;
- a place-of-custody column names a place, not a stage (institution.py reads its colonies): it is read so
  only where some cell of it names a release (else it stays an ignored or unmapped column), and only a cell
  naming a release (`освобождён по УДО`, `вышел на свободу`; not `на свободе`, at liberty, which a fined
  person is too) or a death gives a status, and its other cells are no problem.
The manifest lists such columns in `status_columns`, as other further status columns.
"""
from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR, VocabularyError
from .headers import HeaderMap
from .parse import Parsed, guarded, status
from .parse.text import match_key

_KINDS = ("stage", "outcome", "custody")
# A column whose values are this share dates or more is a date column, whatever its header says.
_DATES_AT_MOST = 0.5
_ENDS_CUSTODY = frozenset({"released", "died"})
# `на свободе`, `at liberty` (rank 5 in vocab/statuses.csv) say where a person is, not that a release came (a
# fined or suspended person is at liberty too): in a place-of-custody column only a release itself counts.
_AT_LIBERTY_RANK = 5


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with (VOCAB_DIR / "stage_header_words.csv").open(encoding="utf-8", newline="") as f:
        table = [(r["kind"], r["pattern"]) for r in csv.DictReader(f)]
    unknown = {k for k, _ in table} - set(_KINDS)
    if unknown:
        raise VocabularyError(f"kzanalysis/vocab/stage_header_words.csv names unknown kinds: {sorted(unknown)}")
    return tuple((k, re.compile(p)) for k, p in table)


def kind_of_header(text: str) -> str | None:
    """`stage`, `outcome` or `custody` where the header's words name one, else None."""
    key = match_key(str(text))
    return next((k for k, p in _patterns() if p.search(key)), None)


@guarded
def release_in_custody_cell(text: str) -> Parsed:
    """A place-of-custody cell: the status it names where that is a release or a death, else nothing."""
    if not (status.named_statuses(text) & _ENDS_CUSTODY):
        return Parsed(None)
    parsed = status.parse_measure(text)
    if parsed.value is None or parsed.value.status not in _ENDS_CUSTODY or parsed.value.rank <= _AT_LIBERTY_RANK:
        return Parsed(None)
    return parsed


def _names_a_release(cells: pd.Series) -> bool:
    """Some cell of a place-of-custody column names a release or a death (each distinct value read once)."""
    return any(release_in_custody_cell(str(v)).value is not None for v in pd.unique(cells.dropna().astype(str)))


def stage_source_columns(header: HeaderMap, block: pd.DataFrame, taken: dict[int, str]) -> tuple[dict[int, str], dict[int, object]]:
    """({column position: header as written}, {column position: reader for custody columns}) of the
    columns read as status sources by their header's words, besides those already `taken`; a
    place-of-custody column only where a cell of it names a release (else it stays what it was, a place)."""
    found, readers = {}, {}
    candidates = {**header.unmapped_written, **header.ignored_written}
    for c, written in sorted(candidates.items()):
        if c in taken or c in header.histories:
            continue
        kind = kind_of_header(written)
        if kind is None:
            continue
        profile = header.profiles.get(c)
        if profile is not None and profile.share("date") > _DATES_AT_MOST:
            continue
        if kind == "custody":
            if c not in block.columns or not _names_a_release(block[c]):
                continue
            readers[c] = release_in_custody_cell
        found[c] = written
    return found, readers
