"""Status and term from every column of a row that names them: a sheet's case rows in, status and sentence_months out.

A list may say where a case stands in more than one column: a measure of restraint and a verdict
(`Мера пресечения` | `Приговор`), a sentence and the current situation (`Жаза` | `Қазіргі
жағдайы`), a measure and an outcome (`Мера` | `Итог`), a sentence and a "status now" column. The
latest stage named in any of the row's cells wins (`vocab/stages.csv`: the measures before a
verdict, then a verdict, then a release, then an acquittal): an outcome over a measure of
restraint, a release over the sentence. Within one stage the phrase the status vocabulary ranks
higher wins, as within one cell (parse/status.py): detention over house arrest over an
investigation, and among verdicts a named kind of sentence over a phrase that names none
(`отбывает наказание` beside `ограничение свободы 3 года` is restricted freedom). At equal weight
the status column comes first, then the sentence column, then the others.

Which columns: the status and sentence columns the header names (headers.py), and every further
column not mapped to a field whose values nearly all (`content.CLEAR`) read as statuses or
measures, whatever its header says (an outcome, a result, a verdict, a current situation): the one
status field of a sheet can name one column only. Such a column is listed in the manifest
(`status_columns`) and its values not read are problem rows, as a status column's are.

The term: the sentence column's, else the status column's, else the first further column's; none where a
cell of the row names an administrative arrest and no cell a criminal status (the arrest's days are no
criminal term: `Administrative arrest` | `15 days`).
"""
from __future__ import annotations

import pandas as pd

from . import content
from .at_liberty import at_liberty_kept
from .record_cells import record_column
from .columns import with_header_unit
from .headers import HeaderMap
from .narrative import FREE_TEXT
from .parse import history, status
from .term_only import term_only_problems
from .pretrial_measure import before_other_columns, names_measure_only, with_no_measure
from .values import Rows, parse_values, take_where_read


def _measure(v: status.Measure) -> dict:
    return {"status": v.status, "months": v.months, "rank": v.rank}


def verdict_only(text: str) -> bool:
    """The cell says only that a verdict was given (`сотталды`, `осужден`, `үкім шықты`), not its kind:
    a status word all the same, though alone it gives no status."""
    return status.named_statuses(text) == {status.SENTENCED}


def further_status_columns(header: HeaderMap) -> dict[int, str]:
    """Column position -> header as written, of the columns not mapped to a field (nor read as a status
    history) whose values nearly all read as statuses or measures, a bare "sentenced" counted as one (a
    current-situation column says `сотталды` where the punishment column tells the kind)."""
    found = {}
    for c, written in sorted(header.unmapped_written.items()):
        profile = header.profiles.get(c)
        if (profile is not None and c not in header.histories and profile.values >= content.MIN_VALUES
                and not record_column(profile.distinct)  # a record of lines is free text (record_cells.py)
                and len(profile.distinct) >= 2 and profile.share("status") > 0
                and profile.share("status_or_verdict") >= content.CLEAR):
            found[c] = written
    return found


def _further_measure(text: str) -> status.Parsed:
    """A further status column's cell: a bare "sentenced" there says nothing the sheet's status and
    sentence columns do not (no problem row for it); any other cell is read as a status cell."""
    return status.Parsed() if verdict_only(text) else status.parse_measure(text)


def read_measures(rows: Rows, out: pd.DataFrame, further: dict[int, str], readers: dict | None = None) -> None:
    """Set `out["status"]` (NA where no column names one) and `out["sentence_months"]` from the status,
    sentence and further status columns of the rows (see the module docstring); `readers`: the reader of
    a further column that is not read as a status cell (a place of custody: stage_sources.py)."""
    st_text, se_text = rows.text("status"), rows.text("sentence")
    if st_text is not None:
        st_text = with_header_unit(st_text, rows.written("status"))
    if se_text is not None:
        se_text = with_header_unit(se_text, rows.written("sentence"))
    st = parse_values(st_text, status.parse_measure, _measure) if st_text is not None else None
    se = parse_values(se_text, status.parse_measure, _measure) if se_text is not None else None
    if se is not None:
        rows.collect("sentence", se)
    told = se is not None and rows.header.how.get(rows.header.column_of("sentence")) == FREE_TEXT
    if told and "status" in se:
        se = se.assign(status=None, rank=None)  # a narrative gives the term only, never where the case stands now (narrative.py)
    if st is not None and se is not None and "months" in se and not told:
        # `осужден` in the status column and `1 год 6 мес.` in the term column say
        # together what neither says alone (a bare "sentenced" is imprisonment only
        # with a term): read the two cells as one phrase where the status cell alone
        # was not understood and the term cell gave a term but no status.
        joint = st["problem"].eq("unknown_status").fillna(False) & se["months"].notna() & se["status"].isna()
        if joint.any():
            both = parse_values(st_text[joint] + " | " + se_text[joint], status.parse_measure, _measure)
            st = take_where_read(st, both, ("status", "months", "rank"))
    if st is not None and names_measure_only(rows.written("status")):
        st = with_no_measure(st, st_text)
    if st is not None:
        rows.collect("status", st)
    others = []
    told_elsewhere = st is not None or se is not None
    for c, written in further.items():
        if c in rows.block.columns:
            reader = (readers or {}).get(c) or (_further_measure if told_elsewhere else status.parse_measure)
            parsed = parse_values(rows.block[c], reader, _measure)
            if names_measure_only(written):
                parsed = with_no_measure(parsed, rows.block[c])
            rows.collect_column(written, rows.block[c], parsed)
            others.append(parsed)

    # A column of the measure of restraint (`Мера пресечения`) is a stage before any verdict of the row's other columns
    # (pretrial_measure.py): its release or imprisonment is the measure it is there.
    measure_cols = [rows.written("status") if st is not None else None, None, *(w for c, w in further.items() if c in rows.block.columns)]
    st, se, *others = before_other_columns([st, se, *others], [names_measure_only(w) for w in measure_cols])
    st, se, *others = at_liberty_kept([st, se, *others], out.get("released_on"))  # `на свободе` beside probation is the probation (at_liberty.py)
    status_value = rows.blank()
    best_order = pd.Series(0.0, index=rows.idx)
    best_rank = pd.Series(0.0, index=rows.idx)
    orders = {name: float(stage.order) for name, stage in history.stages().items()}
    for parsed in (st, se, *others):
        if parsed is None or "status" not in parsed:
            continue
        said = parsed["status"].astype("string")
        order = said.map(orders).astype(float).fillna(0.0)
        rank = pd.to_numeric(parsed["rank"], errors="coerce").astype(float).fillna(0.0) if "rank" in parsed else pd.Series(0.0, index=rows.idx)
        # the later stage wins, and within a stage the higher rank; at equal weight the column read first
        later = (order > best_order) | ((order == best_order) & (rank > best_rank))
        take = said.notna() & (status_value.isna() | later).fillna(False)
        status_value = status_value.where(~take, said)
        best_order, best_rank = best_order.where(~take, order), best_rank.where(~take, rank)
    months = pd.Series(pd.NA, index=rows.idx, dtype="Int64")
    for parsed in (se, st, *others):
        if parsed is not None and "months" in parsed:
            months = months.fillna(pd.Series(pd.array(parsed["months"].to_numpy(), dtype="Int64"), index=rows.idx))
    # README "Decided readings": an administrative arrest is no criminal status, and its days (`15 days` in the term
    # column beside `Administrative arrest`) no criminal term: where it is all the row's cells say, no term.
    administrative = pd.Series(False, index=rows.idx)
    for parsed in (st, se, *others):
        if parsed is not None and "problem" in parsed:
            administrative |= parsed["problem"].eq("administrative_arrest").fillna(False).astype(bool)
    months = months.mask(administrative & status_value.isna())
    # a term read and words beside it that name no status, on a row no cell gives one: a problem, never silent
    read = [(c, w) for c, w in further.items() if c in rows.block.columns]
    term_only_problems(rows, status_value, [
        *((name, None, rows.block[rows.header.column_of(name)], parsed) for name, parsed in (("status", st), ("sentence", se))
          if parsed is not None and not (name == "sentence" and told)),
        *((None, w, rows.block[c], parsed) for (c, w), parsed in zip(read, others))])
    out["status"] = status_value  # NA until the section headings have been heard (cases.parse_cases)
    out["sentence_months"] = months
