"""A sheet's candidate columns (header texts and values) -> the field of each: the content rule.

In: each column's header as written, the texts to try and its values below the header. Out: the
`HeaderMap`'s fields, filled by `assign`: every (column, field) pair scored on its header (sources.toml,
alias, keyword) and its values (the share the field's parser reads, content.py), the best one-to-one
mapping taken strongest pair first; `reread_unmapped` judges the columns left over again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import content, former_columns
from .header_fields import DATE_FIELDS, FIELDS, MEASURE_PARTNER, NAME_PARTS, HeaderMap
from .header_vocab import _key, date_field_of, guess_field, lookup_how

# Scores of the evidence for a (column, field) pair (see `assign`). A header's evidence always
# outweighs values alone, unless the values contradict it.
SCORE_OVERRIDE, SCORE_ALIAS, SCORE_PARTNER, SCORE_KEYWORD = 100.0, 20.0, 19.0, 10.0
CONTENT_WEIGHT = 6.0  # at most this much from values: less than any header evidence
CONTRADICTION = 16.0  # values that deny a header's field: an alias falls below values alone
CONTRADICTED_BELOW = 0.2  # share at or under which values deny the field
MIN_VALUES = 3  # fewer values than this say nothing
AFFILIATION_NAMED = 0.3  # of an affiliation column's distinct values, at least this share names a group
# The kind of value (content.KINDS) that tells each field; fields not here are named by header only.
CONTENT_KIND = {"birth_year": "birth_year", "city": "city", "region": "region", "articles": "articles",
                "status": "status", "sentence": "term", "affiliation": "affiliation", **{d: "date" for d in DATE_FIELDS}}
# Values can deny these fields (their parsers know nearly every value a list writes); articles and
# statuses of a new list are often a vocabulary gap, reported as such, never a reason to move a column.
# An appeal's outcome is words (`оставлен без изменения`, `reduced to 2 years`): a column of dates under an
# appeal header (`Даты / Апелляция`) is the appeal's date, never its outcome (`_content`).
DENIABLE = {"birth_year", "city", "appeal", *DATE_FIELDS}
# A column of dates is no other field's, whatever its header (a date of birth is a birth year; notes are free text).
DENIED_BY_DATES = set(FIELDS) - {"birth_year", "notes", *DATE_FIELDS}


# A header that gives months as its unit (`sent_mo`, `months`, `мес.`, `айы`).
_MONTHS_WORD = re.compile(r"(?<!\w)(?:months?|mos?|mths?|мес|месяц\w*|ай|айы|айлар)(?!\w)")
# Rows below the header whose values are looked at to name columns: enough for a sample of distinct values.
PROFILE_ROWS = 400


@dataclass
class _Column:
    written: str
    texts: list[str]
    values: object  # a callable giving the column's cells, profiled only when needed
    _profile: content.Profile | None = None

    @property
    def profile(self) -> content.Profile:
        if self._profile is None:
            self._profile = content.profile(self.values())
        return self._profile


def _dated(col: _Column) -> bool:
    """Nearly all the column's values are dates."""
    return col.profile.values >= MIN_VALUES and len(col.profile.distinct) >= 2 and col.profile.share("date") >= content.CLEAR


def _content(col: _Column, name: str) -> float:
    """The evidence of a column's values for a field: up to CONTENT_WEIGHT where nearly all of them
    read as it, minus CONTRADICTION where they deny it, else nothing."""
    if name == "appeal" and _dated(col):
        return -2 * CONTRADICTION  # the appeal's date: the column is read as any column of dates is
    if name in DENIED_BY_DATES and _dated(col):
        return -CONTRADICTION  # `Dates / Verdict` holding dates is the verdict's date, not the sentence
    if name in DATE_FIELDS and col.profile.values >= MIN_VALUES and col.profile.share("yes_no") >= content.CLEAR:
        return -2 * CONTRADICTION  # `Освобожден (да/нет)` holds no date: it says yes or no (stage_columns.py)
    kind = CONTENT_KIND.get(name)
    if kind is None or col.profile.values < MIN_VALUES or len(col.profile.distinct) < 2:
        return 0.0
    share = col.profile.share(kind)
    if name == "affiliation" and col.profile.share("affiliation_named") < AFFILIATION_NAMED:
        return 0.0  # a column of `нет` alone, or of roles, is no column of groups
    if share >= content.CLEAR:
        return CONTENT_WEIGHT * share
    if name in DENIABLE and share <= CONTRADICTED_BELOW:
        return -CONTRADICTION
    if name == "region" and col.profile.share("city") >= content.CLEAR and col.profile.share("region") <= CONTRADICTED_BELOW:
        return -CONTRADICTION  # a "region" column holding towns: its values are cities
    return 0.0


# Distinct values a column needs before none of them reading as its keyword's field denies the keyword.
KEYWORD_DENIED_FROM = 5


def _keyword_denied(col: _Column, name: str) -> bool:
    """A header word guessed a status (`Состояние здоровья`: a state, but of health) and not one of the
    column's many distinct values reads as a status, a measure or a term: the word named something else.
    The column is then judged as a column no header names (values alone, else `unmapped_column`), so a
    sheet heading or another column gives the status. An alias is never denied so: a list's own status
    words in a new wording are a vocabulary gap, reported as `unknown_status`."""
    if name != "status":
        return False
    p = col.profile
    return (p.values >= MIN_VALUES and len(p.distinct) >= KEYWORD_DENIED_FROM
            and p.share("status") == 0 and p.share("term") == 0 and p.share("date") < content.CLEAR)


def assign(header: HeaderMap, candidates: dict[int, tuple[str, list[str]]], values, overrides: dict[str, str]) -> None:
    """Name the columns of `header` as one assignment: score every (column, field) pair on its
    header and its values, then take pairs strongest first, each column and field once.
    `candidates`: column -> (header as written, texts to try); `values(c)`: the cells below."""
    cols = {c: _Column(written, texts, (lambda c=c: values(c))) for c, (written, texts) in candidates.items()}
    pairs: list[tuple[float, int, int, str, str]] = []  # (score, rank of how, column, field, how)
    ignored: set[int] = set()
    later: dict[int, set[str]] = {}  # column named by its header -> the fields its header names
    for c, col in cols.items():
        named, how = next(((f, h) for f, h in (lookup_how(t, overrides) for t in col.texts) if f), (None, None))
        if how == "sources.toml":
            pairs.append((SCORE_OVERRIDE, 0, c, named, how))
            continue  # the analyst's word is final
        if named == "age" and col.profile.share("birth_year") == 0:
            # A column of ages only gives nothing (an age is no year of birth): it stays unmapped, and says so.
            # Where some cells write a year of birth (`1994 ж.т.`), it is read for those (cases.py).
            named, how = None, None
        header_fields: dict[str, tuple[float, str]] = {}
        if named:
            header_fields[named] = (SCORE_ALIAS, "alias")
            if named in MEASURE_PARTNER:  # `Приговор` beside `Срок наказания`: the second takes the partner
                header_fields[MEASURE_PARTNER[named]] = (SCORE_PARTNER, "alias")
        guessed = next((g for g in (guess_field(t) for t in col.texts) if g), None)
        if guessed == "ignore" and not named:
            ignored.add(c)
        elif guessed and guessed not in header_fields:
            header_fields[guessed] = (SCORE_KEYWORD, "keyword")
        # `sent_mo`, `Срок, мес.`, `Months`: whole numbers under a header that gives months as the unit
        # are the sentence's term (columns.with_header_unit reads them as months).
        in_months = c not in ignored and any(_MONTHS_WORD.search(_key(t)) for t in col.texts) \
            and col.profile.values >= MIN_VALUES and col.profile.share("months_number") >= content.CLEAR
        if not header_fields and in_months:
            header_fields["sentence"] = (SCORE_KEYWORD, "content")
        # A column of dates goes to the date its header's words name, whatever else they say.
        dated = next((d for d in (date_field_of(t) for t in col.texts) if d), None)
        if dated and dated not in header_fields and _content(col, dated) > 0:
            header_fields[dated] = (SCORE_KEYWORD, "content")
        standing = False  # some header evidence that the values do not deny
        for name, (score, how) in header_fields.items():
            # An alias of a field whose values cannot deny it is taken at its word (and its values are not parsed here).
            checked = how != "alias" or name in DENIABLE or name == "region"
            total = score + (_content(col, name) if checked else (-CONTRADICTION if name in DENIED_BY_DATES and _dated(col) else 0.0))
            if name == "sentence" and in_months and how == "keyword":
                total += CONTENT_WEIGHT  # `sentence.term_months` of whole numbers beside `sentence.type`: the term
            if how == "keyword" and _keyword_denied(col, name):
                total -= CONTRADICTION
            if total > 0:
                pairs.append((total, 1 if how == "alias" else 2, c, name, how))
            standing = standing or total > CONTENT_WEIGHT
        if standing and c not in ignored:
            later[c] = set(header_fields)
        if standing or c in ignored:
            continue  # a link, a lawyer, a place of detention: only a date there is read (above)
        # No header evidence, or only evidence its values deny: the values alone, where nearly all read as one field.
        for name, kind in CONTENT_KIND.items():
            if kind != "date" and name not in header_fields:
                score = _content(col, name)
                if score > 0:
                    pairs.append((score, 3, c, name, "content"))
    # `Регион до 2022` beside `Регион`: the column of today is the field (former_columns.py)
    pairs = former_columns.present_first(pairs, {c for c, col in cols.items() if former_columns.says_former(col.texts)})
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    _take_pairs(header, cols, pairs)
    # A column whose header's fields all went to other columns (`group_case/...` read as a group word beside the
    # affiliation column): its values then speak for it, as for a column with no header evidence.
    lost = [(score, 3, c, name, "content") for c, named in later.items() if c not in header.fields
            for name, kind in CONTENT_KIND.items()
            if kind != "date" and name not in named and (score := _content(cols[c], name)) > 0]
    _take_pairs(header, cols, sorted(lost, key=lambda p: (-p[0], p[1], p[2])))
    _name_by_content(header, cols, ignored)
    dated = any(f in DATE_FIELDS for f in header.fields.values())
    for c, col in cols.items():
        # A status history (`задержан 12.03.2021 → осуждён 05.08.2021`) is known by its values, whatever its header.
        if header.how.get(c) != "sources.toml" and header.fields.get(c) not in DATE_FIELDS and (
                col.profile.is_history_column() or (header.how.get(c, "content") == "content" and chronology(col.profile, dated))):
            header.histories[c] = col.written
            if c not in header.fields:
                continue
        if c in header.fields:
            continue
        if c in ignored or former_columns.is_former_column(
                col.texts, next((f for f in (lookup_how(t, overrides)[0] for t in col.texts) if f), None), header.fields.values()):
            header.ignored.append(col.written)  # a lawyer, a link; or the region before 2022 beside today's (former_columns.py)
            header.ignored_written[c] = col.written
        else:
            header.unmapped.append(col.written)
            header.profiles[c] = col.profile
            header.unmapped_written[c] = col.written
    header.guessed = [w for c, w in sorted(header.written.items()) if header.how.get(c) == "keyword"]
    header.by_content = [w for c, w in sorted(header.written.items()) if header.how.get(c) == "content"]


def _take_pairs(header: HeaderMap, cols: dict[int, "_Column"], pairs: list[tuple[float, int, int, str, str]]) -> None:
    """Name columns from scored pairs, strongest first, each column and field once."""
    for _score, _, c, name, how in pairs:
        if c in header.fields or name in header.fields.values():
            continue
        header.fields[c], header.written[c], header.how[c] = name, cols[c].written, how
        if how == "keyword":
            header.guessed.append(cols[c].written)
        elif how == "content":
            header.by_content.append(cols[c].written)


def chronology(profile: content.Profile, dated: bool) -> bool:
    """A column not named by its header (unmapped, or named by its values only), in a sheet that reads
    no date column, whose values nearly all name an event with its date (`задержан 14.03.2021`,
    `arrested 3 May 2022; sentenced 9 Nov 2022`), one step or more a cell: the sheet's chronology, read
    as a status history (each date to its event's field) though many of its cells name one step only."""
    return (not dated and profile.values >= MIN_VALUES and len(profile.distinct) >= 2
            and profile.share("history") >= content.CLEAR)


def reread_unmapped(header: HeaderMap, cases: pd.DataFrame) -> None:
    """Judge the columns left unmapped again on the case rows as the parsers will read them (a case's
    cells completed by the rows that continue it, continuation.py): a column that now reads as a
    status history or a chronology is one, and the others are described by these values."""
    dated = any(f in DATE_FIELDS for f in header.fields.values())
    for c, written in list(header.unmapped_written.items()):
        if c not in cases.columns:
            continue
        found = content.profile(cases[c])
        header.profiles[c] = found
        if found.is_history_column() or chronology(found, dated):
            header.histories[c] = written
            header.unmapped_written.pop(c)
            header.profiles.pop(c)
            if written in header.unmapped:
                header.unmapped.remove(written)


def _name_by_content(header: HeaderMap, cols: dict[int, "_Column"], ignored: set[int]) -> None:
    """Where no column is the person's name, a column left unmapped whose values nearly all read as
    names of people (two to five capitalised words) and as no other kind of value is the name, read
    by content; of several, the one whose values read so most (the leftmost on a tie)."""
    if any(f in NAME_PARTS for f in header.fields.values()):
        return
    found = []
    for c, col in cols.items():
        if c in header.fields or c in ignored or c in header.years:
            continue
        p = col.profile
        if p.values >= MIN_VALUES and len(p.distinct) >= 2 and p.share("name") >= content.CLEAR and p.clearly() == "name":
            found.append((-p.share("name"), c))
    if found:
        c = min(found)[1]
        header.fields[c], header.written[c], header.how[c] = "name", cols[c].written, "content"

