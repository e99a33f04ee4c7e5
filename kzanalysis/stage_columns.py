"""Yes/no columns that name a stage, and the date a list says it was written: a sheet's case rows in,
their status and the list's date out.

- *A yes/no column whose header names a stage* (`Освобожден (да/нет)`, `Released?`, `В СИЗО (Y/N)`,
  `Босатылды`): nearly all (80%) of its values are yes or no, and its header, without the yes/no
  marker, reads as a status of `vocab/statuses.csv`. A yes gives that stage, as a "grounds for
  release" cell does (stage.py): a release makes the case `released` whatever it was but an acquittal,
  its sentence's term kept; another stage is given where the row's status is blank, unknown or an
  earlier stage (`vocab/stages.csv`). A no says nothing.
- *The list's date written above its header* (`по состоянию на 01.06.2024`, `as of 1 June 2024`,
  `01.06.2024 жағдай бойынша`): a title line that holds a word of `vocab/as_of_words.csv` and a date
  is the date the list was written; the release-date rule (stage.py) compares release dates with it.
"""
from __future__ import annotations

import csv
import re
from functools import cache

import pandas as pd

from .config import VOCAB_DIR
from .content import CLEAR, MIN_VALUES, yes_no
from .headers import HeaderMap
from .parse import dates, history, status
from .parse.text import clean_spaces, match_key
from .read import RawSheet

AS_OF_FILE = VOCAB_DIR / "as_of_words.csv"
# The yes/no marker of a header (`(да/нет)`, `(Y/N)`, `?`), left out before its words are read as a stage.
_MARKER = re.compile(r"\(([^)]*)\)|\?")
_PSEUDO = set(status.PSEUDO_STATUSES)


def stage_of_header(written: str) -> str | None:
    """The status a yes/no column's header names (`Освобожден (да/нет)` -> released), or None."""
    words = clean_spaces(_MARKER.sub(" ", written))
    if not match_key(words):
        return None
    parsed = status.parse_measure(words)
    if parsed.problem is not None or parsed.value is None or parsed.value.months is not None:
        return None
    said = parsed.value.status
    return None if said in (None, "unknown") or said in _PSEUDO else said


def stage_columns(header: HeaderMap, block: pd.DataFrame) -> dict[int, tuple[str, str]]:
    """Columns not mapped to a field whose values are nearly all yes or no and whose header names a
    stage: column -> (header as written, status)."""
    found = {}
    for c, written in header.unmapped_written.items():
        if c not in block.columns:
            continue
        said = stage_of_header(written)
        if said is None:
            continue
        cells = block[c].dropna().astype(str).str.strip()
        cells = cells[cells != ""]
        if len(cells) < MIN_VALUES:
            continue
        read = {v: yes_no(v) for v in pd.unique(cells)}
        if cells.map(read).notna().mean() >= CLEAR:
            found[c] = (written, said)
    return found


def yes_cells(block: pd.DataFrame, c: int) -> pd.Series:
    """True where the cell of column c says yes."""
    cells = block[c].astype("string").str.strip()
    read = {v: yes_no(v) for v in pd.unique(cells.dropna())}
    return cells.map(read).eq(True).fillna(False).astype(bool)


def give_stages(block: pd.DataFrame, header: HeaderMap, out: pd.DataFrame) -> tuple[pd.Series, list[str]]:
    """Set the stages other than release that yes cells give (where the row's status says less); return
    the rows a yes/no column says were released, and the headers of the columns read."""
    found = stage_columns(header, block)
    found.update({c: (header.written[c], said) for c, said in header.ticked.items() if c in block.columns})  # tick_matrix.py
    released = pd.Series(False, index=out.index)
    if not found:
        return released, []
    orders = {s: stage.order for s, stage in history.stages().items()}
    for c, (_, said) in found.items():
        yes = yes_cells(block, c).reindex(out.index, fill_value=False)
        if said == "released":
            released |= yes
            continue
        now = out["status"].astype("string")
        earlier = now.map(orders).astype("Int64").fillna(0) < orders.get(said, 0)
        take = yes & (now.isna() | now.eq("unknown") | earlier).fillna(False) & now.ne(said).fillna(True)
        out.loc[take, "status"] = said
    return released, [w for w, _ in found.values()]


def _end_of(value: dates.DateValue) -> pd.Timestamp:
    """The last day of a date's period (`June 2024` -> 30 June 2024): the list knows of every day of it."""
    start = pd.Timestamp(value.date)
    if value.precision == "year":
        return start + pd.offsets.YearEnd(0)
    return start + pd.offsets.MonthEnd(0) if value.precision == "month" else start


@cache
def _as_of_words() -> re.Pattern[str]:
    with AS_OF_FILE.open(encoding="utf-8", newline="") as f:
        words = {match_key(r["words"]) for r in csv.DictReader(f) if match_key(r["words"] or "")}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def stated_date(sheet: RawSheet, header: HeaderMap) -> tuple[pd.Timestamp, str] | None:
    """The date a title line above the header says the list was written (`по состоянию на 01.06.2024`),
    and that line; None where no line says it."""
    above = sheet.cells.iloc[: header.header_rows[0]] if header.header_rows else sheet.cells.iloc[:0]
    for cells in above.to_numpy(dtype=object).tolist():  # a few title lines
        line = clean_spaces(" ".join(str(v) for v in cells if not pd.isna(v)))
        if not line or not _as_of_words().search(match_key(line)):
            continue
        found = [_end_of(d) for _, _, d in dates.find_dates(line)]
        if found:
            return max(found), line
    return None
