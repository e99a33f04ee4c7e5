"""Finding the header of a sheet and naming its columns.

In: a `RawSheet` (cells as text) and the column overrides of sources.toml.
Out: a `HeaderMap`: which rows are the header (one row, or two with merged
group cells above), which field each column holds, how it was named
(sources.toml, alias, keyword or content), the headers as written, the
columns left unmapped (with what their values look like) and the columns
knowingly ignored (links, lawyer, place of detention).

Columns are named as a person reading the list would (`assign`): every
(column, field) pair is scored on its header (an override in sources.toml is
strongest, then an exact alias of `vocab/headers.csv`, read whole or part by
part: `ФИО / Name`, `Дата (dd.mm.yyyy)`, with abbreviations of
`vocab/header_abbreviations.csv` spelled out; then a keyword pattern of
`vocab/header_patterns.csv`; a header in Latin letters is also read as Kazakh
written in Cyrillic, `latin_readings`) and on its values (the share that the field's
parser reads, `content.py`); the best one-to-one mapping is then taken,
strongest pair first. Values alone name a column only when nearly all of them
read as one field; values that contradict a header (a "region" column holding
towns) move it. A column of dates goes to the date its header's words name
(`vocab/date_header_words.csv`: court and trial dates are the sentence's).
A name split over columns maps to `name` (the surname), `first_name` and
`patronymic`; columns.py joins them. `Имя` or `Аты` alone is the name. Columns
under one header cell merged over them, without a header of their own, are
`spans` of the first (`Статья УК РК` over `ст. 405 | ч. 2`); columns.py joins them.
Layouts known by their shape: a header's second row holding only the sub-headers of a merged group
(`_sub_header_by_shape`), a header's second row with nothing merged whose words complete the headers
above them (`_sub_header_unmerged`: `Дата` over `задержания`), a first row that is a header by its
shape (`_header_by_shape`), a form's question headers (phrases.py), columns headed by years read as
one history (year_columns.py), a header over three or four rows named by each column's path (deep_header.py).
The parts, one module each, whose names this module re-exports: header_fields.py (the fields and
`HeaderMap`), header_vocab.py (a header cell's text -> its field, from kzanalysis/vocab/), header_rows.py
(which rows are the header), column_scores.py (the content rule: `assign`); this module finds the header
of a sheet (`find_header`) and reads a form export's columns.
"""
from __future__ import annotations

import pandas as pd

from . import deep_header, form_exports, form_tools, json_columns, split_dates, year_columns
from .column_scores import (  # noqa: F401 (re-exported: headers.py is the public entry)
    CONTENT_KIND, CONTENT_WEIGHT, CONTRADICTED_BELOW, CONTRADICTION, DENIABLE, DENIED_BY_DATES,
    KEYWORD_DENIED_FROM, MIN_VALUES, PROFILE_ROWS, SCORE_ALIAS, SCORE_KEYWORD, SCORE_OVERRIDE, SCORE_PARTNER,
    _MONTHS_WORD, assign, chronology, reread_unmapped,
)
from .header_fields import (  # noqa: F401
    CORE_FIELDS, DATE_FIELDS, FIELDS, MEASURE_PARTNER, NAME_PARTS, SCAN_ROWS, HeaderMap,
)
from .header_rows import (  # noqa: F401
    SHAPE_MIN_CELLS, SHAPE_MIN_ROWS, _groups, _head_rows, _header_by_shape, _is_sub_header, _merged_down_over,
    _row_field, _score, _spans, _sub_header_by_shape, _sub_header_unmerged,
)
from .header_vocab import (  # noqa: F401
    _key, date_events, date_field_of, guess_field, guess_field_of_words, header_aliases, header_parts,
    header_patterns, latin_readings, letterless_aliases, lookup, lookup_how, never_dated, spell_out,
)
from .parse.text import clean_spaces, match_key
from .read import RawSheet


def find_header(sheet: RawSheet, overrides: dict[str, str] | None = None) -> HeaderMap | None:
    """The header of the sheet, or None when no row in the first rows names enough fields."""
    cells = sheet.cells
    rows = _head_rows(cells)
    overrides = {_key(k): v for k, v in (overrides or {}).items()}
    best, best_score = None, 0
    for r in range(min(SCAN_ROWS, len(cells))):
        score = _score([_row_field(v, overrides) for v in rows[r]])
        if score > best_score:
            best, best_score = r, score
    if best is None:
        best = _header_by_shape(rows)
    if best is None:
        return None
    # The sub-header row of a two-row header can name more fields than the group row
    # above it (`Даты` over four dates); the header then starts on the row above.
    two_rows = False
    if best > 0 and _score([lookup(v, overrides) for v in rows[best - 1]]):
        above = rows[best - 1]
        if _is_sub_header(above, rows[best], _groups(above, rows[best], sheet.merged, best - 1), overrides):
            best -= 1
    elif best > 0 and _merged_down_over(rows[best - 1], sheet.merged, best - 1):
        # A header cell of the row above merged down over this row (`№ п/п`, `Примечание` beside group
        # cells): the row above is the header's first row, and that cell its column's header.
        best -= 1
        two_rows = True
    top = rows[best]
    header = HeaderMap(header_rows=[best])
    sub = rows[best + 1] if best + 1 < len(rows) else [None] * len(top)
    groups = _groups(top, sub, sheet.merged, best)
    answer_kinds = form_tools.is_response_row(top, sub)  # a survey tool's second line: `Response` / options (form_tools.py)
    if (two_rows or answer_kinds or _is_sub_header(top, sub, groups, overrides)
            or _sub_header_by_shape(top, sub, groups, sheet.merged, best) or _sub_header_unmerged(top, sub, overrides)):
        header.header_rows.append(best + 1)
    else:
        sub = [None] * len(top)
    parents: dict[int, str] = {}  # a column under two group levels or more -> the level above its own (deep_header.py)
    paths: dict[int, list[str]] = {}
    deeper = deep_header.further_rows(rows, sheet.merged, header.header_rows, overrides) \
        if len(header.header_rows) == 2 and not answer_kinds else []
    if deeper:  # a header over three rows or four: each column named by the path of its group cells
        header.header_rows = deeper
        top, groups, sub, parents, paths = deep_header.paths(rows, sheet.merged, deeper)
    options = form_tools.options(top, sub) if answer_kinds else {}
    if answer_kinds:  # a question is named by its own cell; its options' columns are read with it
        names = {q: form_tools.option_names(top, sub, q, cs) for q, cs in options.items()}
        sub = [None if v is None or form_tools.is_response(v) or top[c] is not None else v for c, v in enumerate(sub)]
        groups = [None] * len(top)
        for q, cs in options.items():
            header.spans[q] = cs
            header.option_names.update(zip(([q] if len(names[q]) > len(cs) else []) + cs, names[q]))
            for c in cs:
                sub[c] = None
    for c in range(len(top)):
        # as rows.cell_keys reads a row: a cell of signs only (`№`) is matched as written
        keys = frozenset(k for k in (match_key(str(v)) or str(v).strip() for v in (top[c], sub[c], groups[c], *paths.get(c, ()))
                                     if v is not None) if k)
        if keys:
            header.cell_keys[c] = keys
    candidates: dict[int, tuple[str, list[str]]] = {}  # column -> (header as written, texts to try)
    for c in range(len(top)):
        group, below = groups[c], sub[c]
        if below is not None:
            written = f"{clean_spaces(group)} / {clean_spaces(below)}" if group else clean_spaces(below)
            texts = [written, f"{group} {below}" if group else below, below]
            if c in parents:  # `Даты / задержания` under `Уголовное преследование`: the lowest two levels read together
                texts = [written, f"{parents[c]} {below}", below, f"{group} {below}"]
            candidates[c] = (written, texts)
        elif top[c] is not None:
            # a dotted path of a JSON export (`person.birth_date`): its last parts first (json_columns.py)
            candidates[c] = (clean_spaces(top[c]), [*json_columns.readings(top[c]), top[c]])
    for q, cs in options.items():
        if q in candidates and any(guess_field(n) == "dvk_koshe" for n in names[q]):
            candidates[q] = (candidates[q][0], ["affiliation", *candidates[q][1]])  # options naming the tie: the tie's question
    below = cells.iloc[header.first_data_row: header.first_data_row + PROFILE_ROWS]
    # Columns headed by years side by side (`2019 | 2020 | 2021`): one history, named at the first (year_columns.py).
    for run in year_columns.year_runs([sub[c] if sub[c] is not None else top[c] for c in range(len(top))]):
        if not year_columns.tells_events(year_columns.joined(below.set_axis(range(below.shape[1]), axis=1), run)):
            continue  # counts per year (a table of figures), not what happened
        first, group = run[0][0], groups[run[0][0]]
        span = f"{run[0][1]}–{run[-1][1]}"
        written = f"{clean_spaces(group)} / {span}" if group is not None and year_columns.header_year(group) is None else span
        candidates[first] = (written, [written, *([str(group)] if group is not None else [])])
        for c, _ in run[1:]:
            candidates.pop(c, None)
        header.years[first] = run

    # A date typed in three cells (`Дата задержания` over `число | месяц | год`): one date, named at its day (split_dates.py).
    for run in split_dates.part_runs([sub[c] if sub[c] is not None else top[c] for c in range(len(top))]):
        group = groups[run[0]] if sub[run[0]] is not None else None  # the group cell spread over the three
        if any(c not in candidates or c in header.years for c in run) or any(
                (groups[c] if sub[c] is not None else None) != group for c in run):
            continue
        parts = "–".join(clean_spaces(sub[c] if sub[c] is not None else top[c]) for c in (run[0], run[2]))
        written = f"{clean_spaces(group)} / {parts}" if group is not None else parts
        candidates[run[0]] = (written, [written, *([str(group)] if group is not None else [])])
        for c in run[1:]:
            candidates.pop(c, None)
        header.date_parts[run[0]] = run

    frame = below.set_axis(range(below.shape[1]), axis=1)
    system = _form_export_columns(header, candidates, frame, overrides)

    def values(c: int) -> pd.Series:
        if c in header.any_of:
            return form_exports.any_yes(frame, header.any_of[c])
        if c in header.date_parts:
            return split_dates.joined(below.set_axis(range(below.shape[1]), axis=1), header.date_parts[c])
        if c in header.years:
            return year_columns.joined(below.set_axis(range(below.shape[1]), axis=1), header.years[c])
        return below.iloc[:, c] if c < below.shape[1] else pd.Series(dtype=object)

    assign(header, candidates, values, overrides)
    for c, written in system.items():  # the export's own columns (`_id`, `_uuid`): no answers
        header.ignored.append(written)
        header.ignored_written[c] = written
    _form_answers_joined(header, frame)
    # A header cell merged over several columns, the ones to its right without a header of their
    # own: their values continue the field of the merged cell (article number | part).
    for r0, c0, r1, c1 in sheet.merged:
        if c1 > c0 and c0 in header.fields and any(r0 <= r <= r1 for r in header.header_rows):
            in_runs = {c for run in header.years.values() for c, _ in run} | {c for run in header.date_parts.values() for c in run}
            extra = [c for c in range(c0 + 1, c1 + 1) if c < len(top) and c not in candidates and c not in in_runs]
            if extra:
                header.spans[c0] = extra
    if "name" not in header.fields.values():
        # `Имя` or `Аты` alone names the person (a list with one name column).
        for c, f in list(header.fields.items()):
            if f == "first_name":
                header.fields[c] = "name"
    header.fields = dict(sorted(header.fields.items()))
    return header


def _form_export_columns(header: HeaderMap, candidates: dict[int, tuple[str, list[str]]], frame: pd.DataFrame,
                         overrides: dict[str, str]) -> dict[int, str]:
    """A form export's headers (form_exports.py): a group path is read by its last part; the 1/0
    columns of a tie's options become one column at the first; the export's own columns are taken
    out (returned, to be listed as ignored)."""
    system = {c: w for c, (w, _) in candidates.items() if form_exports.is_system(w)
              or (never_dated(w) and not lookup_how(w, overrides)[0])}
    # a survey tool's own columns (ids, times, the respondent's name: form_tools.py), unless sources.toml names one
    system.update({c: w for c, w in form_tools.tool_columns({c: w for c, (w, _) in candidates.items()}).items()
                   if lookup_how(w, overrides)[1] != "sources.toml"})
    for c in system:
        candidates.pop(c)
    written = {c: w for c, (w, _) in candidates.items()}
    for cols in form_exports.option_groups(written).values():
        flags = [c for c in cols if c < frame.shape[1] and form_exports.yes_no_cells(frame[c])]
        ties = [c for c in flags if guess_field(form_exports.last_part(written[c])) == "dvk_koshe"]
        if not ties:
            continue
        header.any_of[ties[0]] = ties
        for c in ties[1:]:
            candidates.pop(c, None)
        for c in flags:
            if c not in ties:  # an option of the same question naming no tie (`none`): no more than the ties say
                system[c] = written[c]
                candidates.pop(c, None)
    for c, (w, _texts) in list(candidates.items()):
        if form_exports.is_path(w):
            candidates[c] = (w, [form_exports.last_part(w)])
        if not form_exports.is_question_name(w) or c >= frame.shape[1]:
            continue
        named = next((f for t in candidates[c][1] for f in (lookup_how(t, overrides)[0], guess_field(t)) if f), None)
        if named in (None, "notes", "ignore") and form_exports.tie_answers(frame[c]):
            # a select_one whose choices are the tie's (`dvk`, `koshe`, `no`, `dk`), named by no other field (`case/tie`
            # reads as a case note by its words, `link` as a web link): the list's own tie question
            candidates[c] = (w, ["dvk_koshe", *candidates[c][1]])
    return system


def _form_answers_joined(header: HeaderMap, frame: pd.DataFrame) -> None:
    """After the columns are named: a field's "other, specify" column, and a term's months column
    beside its years column, are read with the field's column (form_exports.py, split_dates.py)."""
    ticks: set[int] = set()
    for c in list(header.fields):
        while (oc := form_exports.other_column_of(
                header.written[c], {k: w for k, w in header.unmapped_written.items() if k not in ticks})) is not None:
            if oc < frame.shape[1] and form_exports.yes_no_cells(frame[oc]):
                ticks.add(oc)  # an option's 1/0 column (`.../articles/other`) says it was chosen, not what was written
                continue
            header.other[c] = oc
            _take_off_unmapped(header, oc)
            break
    sentence = header.column_of("sentence")
    if sentence is not None:
        in_years = split_dates.years_unit(header.written[sentence])
        for mc in (sentence + 1, sentence - 1):
            w = header.unmapped_written.get(mc)
            paired = w and ((in_years and _MONTHS_WORD.search(_key(w))) or split_dates.term_pair(header.written[sentence], w))
            if paired and mc < frame.shape[1] and split_dates.whole_numbers(frame[mc]):
                header.term_months[sentence] = mc
                _take_off_unmapped(header, mc)
                break


def _take_off_unmapped(header: HeaderMap, c: int) -> None:
    written = header.unmapped_written.pop(c)
    header.written[c] = written  # read with another column; its count of values stays in the manifest
    header.profiles.pop(c, None)
    if written in header.unmapped:
        header.unmapped.remove(written)

