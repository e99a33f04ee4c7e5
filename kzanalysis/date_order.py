"""The order of numeric dates, column by column: a sheet's case rows and a date column in, its cells as day-first text out.

Kazakhstan writes dates day first (`12.07.2021`), and the cleaner reads them so where nothing says otherwise
(SPEC). A tool of US locale (Airtable, a US spreadsheet) writes them month first (`7/23/2021`). Which order a
column uses is decided for the column as a whole, on its own values, never value by value:
- a header that states the order (`Date of arrest (mm/dd/yyyy)`, `дд.мм.гггг`) is taken at its word;
- else, where some values cannot be day first (`7/23/2021`: there is no month 23) and none cannot be month
  first, the column is month first; but one such value alone (MIN_NOT_DAY) beside values each order reads
  differently may be a slip (`03.13.2021` among `12.03.2021`, `05.04.2021`): it does not turn them, the column
  is read as one of both orders below;
- where both orders are refuted (`7/23/2021` and `23/7/2021` in one column), each value is read the way it
  can be (day first where both can), and each value read month first gets a `date_order_mixed` problem row;
- a column with no such evidence (each value has both numbers 12 or less) is month first where another date
  column of the sheet, else of another sheet of the file (one_list.py reads that sheet again), writes dates the
  same way (the same separator, digits of the year and leading zeros) and is month first by its values or
  header, and no column so written is day first; else day first.
The manifest (`date_order`) and `kzanalysis check` say which columns were read month first and why.
Only distinct values are looked at.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .codes import factorize
from .parse import dates

if TYPE_CHECKING:
    from .values import Rows

# A numeric date: two numbers of one or two digits and a year, one separator between them; a time or a
# remark may follow (`7/23/2021 3:45pm`, `23.07.2021 (задержан)`). Year first (`2021-07-23`) is no question of order.
_NUMERIC = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})((?:[\sT,;(].*)?)$", re.DOTALL)
# parse_date reads a `/` date before an AM/PM time month first already (a US-locale export): not turned
_AMPM = re.compile(r"\d\s*[ap]\.?\s*m\b\.?", re.IGNORECASE)
_MONTH_FIRST_HEADER = re.compile(r"\b(?:mm\s*[/.\-]\s*dd\s*[/.\-]\s*(?:yy|yyyy)|month\s*/\s*day\s*/\s*year)\b", re.IGNORECASE)
_DAY_FIRST_HEADER = re.compile(r"(?<!\w)(?:dd\s*[/.\-]\s*mm\s*[/.\-]\s*(?:yy|yyyy)|дд\s*[/.\-]\s*мм\s*[/.\-]\s*(?:гг|гггг)"
                               r"|day\s*/\s*month\s*/\s*year)(?!\w)", re.IGNORECASE)
# Month first by its values takes this many distinct values that cannot be day first where other values would be
# read differently: a lone one may be a slip in a day-first column (`03.13.2021` among `12.03.2021`, `05.04.2021`).
MIN_NOT_DAY = 2
MIXED = "date_order_mixed"  # the problem of a value read month first in a column whose other values are day first


@dataclass(frozen=True)
class Order:
    """How a column writes its numeric dates: `order` day, month or mixed; `why` header, values, `like`
    (another column's writing) or "" (no evidence: day first); the values that cannot be day first and
    that cannot be month first (cells, and one example of each); the writing (separator, year digits, zeros)."""

    order: str
    why: str
    not_day: int = 0
    not_month: int = 0
    not_day_example: str = ""
    not_month_example: str = ""
    writing: tuple[str, int, str] | None = None
    like: str = ""

    def said(self) -> str:
        """In words, for the manifest and `check`."""
        if self.why == "header":
            return f"{self.order} first: its header says so"
        if self.order == "mixed" and not self.not_month:
            return (f"day first: only {self.not_day_example!r} cannot be day first, too little to read its other values "
                    f"month first; it is read month first with a {MIXED} problem row")
        if self.order == "mixed":
            return (f"both orders: {self.not_day} values cannot be day first (e.g. {self.not_day_example!r}), {self.not_month} "
                    f"cannot be month first (e.g. {self.not_month_example!r}); each value read as it can be, day first where "
                    f"both can; each value read month first has a {MIXED} problem row")
        if self.why == "values":
            return (f"month first: {self.not_day} values cannot be day first (e.g. {self.not_day_example!r}), "
                    "none cannot be month first")
        if self.why == "like":
            return (f"month first: no value of its own says which, and it writes dates as {self.like} does, "
                    "which is month first by its values or header")
        return "day first"


_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _real(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Whether each (year, month, day) is a date of the calendar."""
    ok = (month >= 1) & (month <= 12) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last = _DAYS[np.where(ok, month, 0)] + (ok & leap & (month == 2))
    return ok & (day <= last)


def _parts(distinct: pd.Series) -> pd.DataFrame:
    """The numbers, separator, year and rest of each distinct value that is a numeric date (others dropped),
    with whether each order gives a real date."""
    found = distinct.astype("string").str.extract(_NUMERIC).dropna(subset=[0])
    found.columns = ["a", "sep", "b", "year", "rest"]
    if found.empty:
        return found.assign(day_ok=pd.Series(dtype=bool), month_ok=pd.Series(dtype=bool))
    a, b = found["a"].astype(int).to_numpy(), found["b"].astype(int).to_numpy()
    year = found["year"].astype(int).to_numpy()
    year = np.where(year >= 100, year, 2000)  # only a leap year matters here: a two-digit year's century does not
    return found.assign(day_ok=_real(year, b, a), month_ok=_real(year, a, b))


def _writing(parts: pd.DataFrame) -> tuple[str, int, str] | None:
    """How the dates are written: the most common separator, digits of the year, and leading zeros (`0` where
    some are written and no number goes without, `1` the other way round, `?` where the values do not say)."""
    if parts.empty:
        return None
    zero = (parts["a"].str.match(r"0\d") | parts["b"].str.match(r"0\d")).any()
    bare = (parts["a"].str.len().eq(1) | parts["b"].str.len().eq(1)).any()
    return (str(parts["sep"].mode().iloc[0]), int(parts["year"].str.len().mode().iloc[0]),
            "0" if zero and not bare else "1" if bare and not zero else "?")


def same_writing(one: tuple[str, int, str] | None, other: tuple[str, int, str] | None) -> bool:
    return bool(one and other and one[:2] == other[:2] and (one[2] == other[2] or "?" in (one[2], other[2])))


def own_order(cells: pd.Series, written: str = "") -> Order:
    """The order of one column on its header and its own values (no other column looked at)."""
    codes, distinct = factorize(cells.astype("string"))
    counts = np.bincount(codes[codes >= 0], minlength=len(distinct))
    parts = _parts(pd.Series(np.asarray(distinct, dtype=object), dtype="object"))
    writing = _writing(parts)
    if _MONTH_FIRST_HEADER.search(written):
        return Order("month", "header", writing=writing)
    if _DAY_FIRST_HEADER.search(written):
        return Order("day", "header", writing=writing)
    not_day = parts.loc[~parts["day_ok"] & parts["month_ok"]]
    not_month = parts.loc[parts["day_ok"] & ~parts["month_ok"]]
    n_day, n_month = int(counts[not_day.index].sum()), int(counts[not_month.index].sum())
    example = lambda found: str(distinct[found.index[0]]) if len(found) else ""  # noqa: E731
    order = "mixed" if n_day and n_month else "month" if n_day else "day"
    if order == "month" and len(not_day) < MIN_NOT_DAY and _turnable(parts):
        order = "mixed"  # one value alone (`03.13.2021`: a slip?) does not turn the others: each read as it can be, loudly
    return Order(order, "values" if n_day or n_month else "", n_day, n_month, example(not_day), example(not_month), writing)


def _turnable(parts: pd.DataFrame) -> bool:
    """Whether some value reads as another date month first than day first (`05.04.2021`, not `05.05.2021`; not
    `3/2/2022 4:15 PM` either, which parse_date reads month first, a US-locale export's writing)."""
    us = (parts["sep"] == "/") & parts["rest"].str.contains(_AMPM)
    return bool((parts["day_ok"] & parts["month_ok"] & (parts["a"].astype(int) != parts["b"].astype(int)) & ~us).any())


def turned(cells: pd.Series, order: Order) -> tuple[pd.Series, pd.Series]:
    """(the cells with each value to be read month first written day first, True where a value was so turned)."""
    text = cells.astype("string")
    flags = pd.Series(False, index=cells.index)
    if order.order == "day":
        return text, flags
    codes, distinct = factorize(text)
    values = pd.Series(np.asarray(distinct, dtype=object), dtype="object")
    parts = _parts(values)
    if order.order == "mixed":
        parts = parts.loc[~parts["day_ok"] & parts["month_ok"]]
    parts = parts.loc[~((parts["sep"] == "/") & parts["rest"].str.contains(_AMPM))]
    if parts.empty:
        return text, flags
    values.loc[parts.index] = parts["b"] + parts["sep"] + parts["a"] + parts["sep"] + parts["year"] + parts["rest"]
    turn = np.zeros(len(values) + 1, dtype=bool)
    turn[parts.index.to_numpy()] = True
    out = pd.Series(values.to_numpy(dtype=object)[codes], index=cells.index, dtype="string").where(codes >= 0)
    return out, pd.Series(turn[codes], index=cells.index)  # -1 (blank) takes the last: not turned


def readable(distinct: list[str] | tuple[str, ...]) -> list[str]:
    """Distinct values of one column as dates.parse_date should read them, by the column's own order."""
    if not any(_NUMERIC.match(v) for v in distinct if isinstance(v, str)):
        return list(distinct)  # no numeric date: no question of order (most columns)
    cells = pd.Series(list(distinct), dtype="string")
    return turned(cells, own_order(cells))[0].fillna("").tolist()


def _date_columns(rows: Rows) -> dict[int, str]:
    """The sheet's columns that hold dates: those of the four dates, and the unmapped ones whose values are dates."""
    from .headers import DATE_FIELDS  # headers and values read content.py, which reads this module

    header = rows.header
    found = {c: header.written[c] for c, f in header.fields.items() if f in DATE_FIELDS}
    found.update({c: w for c, w in header.unmapped_written.items()
                  if c in header.profiles and header.profiles[c].clearly() == "date"})
    return {c: w for c, w in found.items() if c in rows.block.columns}


def order_of(rows: Rows, c: int, written: str) -> Order:
    """The order of column `c` of the sheet: its own, else that of the sheet's date columns written alike."""
    orders = rows.date_orders
    if c not in orders:
        orders[c] = own_order(rows.block[c], written)
    mine = orders[c]
    if mine.why:
        return mine
    others = {}
    for o, w in _date_columns(rows).items():
        if o != c:
            if o not in orders:
                orders[o] = own_order(rows.block[o], w)
            others[w] = orders[o]
    alike = {w: o for w, o in others.items() if o.why in ("values", "header") and same_writing(o.writing, mine.writing)}
    if alike and all(o.order == "month" for o in alike.values()):
        orders[c] = Order("month", "like", writing=mine.writing, like=repr(sorted(alike)[0]))
    elif not alike:  # a column of another sheet of the file (file_hints)
        like = next((said for w, said in rows.sheet.month_first_like.items() if same_writing(w, mine.writing)), None)
        if like:
            orders[c] = Order("month", "like", writing=mine.writing, like=like)
    return orders[c]


def read_dates(rows: Rows, c: int, written: str) -> pd.DataFrame:
    """`parse_values` of column `c`'s dates in the column's order; a value read month first in a column of
    both orders carries a `date_order_mixed` problem (its date is read)."""
    from .values import first_day, parse_values

    order = order_of(rows, c, written)
    text, flags = turned(rows.block[c], order)
    parsed = parse_values(text, dates.parse_date, first_day)
    if order.order == "mixed" and "date" in parsed:
        flag = flags & parsed["problem"].isna() & parsed["date"].notna()
        if flag.any():
            parsed = parsed.copy()
            parsed.loc[flag, "problem"] = MIXED
            why = (f"column {written!r} also holds dates that can only be day first (e.g. {order.not_month_example!r})"
                   if order.not_month else f"it is the only such value of column {written!r}")
            parsed.loc[flag, "message"] = (
                "read month first: " + rows.block[c].astype("string")[flag] + " cannot be day first (no such month), but "
                f"{why}, and its other values are read day first: check this one")
    return parsed


def said(rows: Rows, read: list[str]) -> dict[str, str]:
    """The manifest's entry: each column of `read` (headers as written) that was read in another order than day first."""
    found = {}
    for c, order in sorted(rows.date_orders.items()):
        written = rows.header.written.get(c) or rows.header.unmapped_written.get(c)
        if written in read and order.order != "day":
            found[written] = order.said()
    return found


def writings(rows: Rows, read: list[str]) -> list[tuple[str, tuple, str]]:
    """(header, writing, what the column's own values or header say: month, day or open) of each date column
    of `read` that writes numeric dates: what the other sheets of the file go by (file_hints)."""
    found = []
    for c, order in sorted(rows.date_orders.items()):
        written = rows.header.written.get(c) or rows.header.unmapped_written.get(c)
        if written in read and order.writing is not None and order.why != "like":
            found.append((written, order.writing, "open" if not order.why else "month" if order.order == "month" else "day"))
    return found


def file_hints(sheets: list[tuple[str, list[tuple[str, tuple, str]]]]) -> dict[int, dict]:
    """For each sheet of a file (name, its `writings`) with a column of no evidence: {writing: that column in
    words} of each month-first column of another sheet written alike, where no column of the file so written
    is day first. Only the sheets to read again are given."""
    month = [(w, f"column {h!r} of sheet {name!r}", i) for i, (name, found) in enumerate(sheets) for h, w, said in found if said == "month"]
    day = [w for _, found in sheets for _, w, said in found if said == "day"]
    hints = {}
    for i, (_, found) in enumerate(sheets):
        for _, w, said in found:
            like = [(mw, text) for mw, text, j in month if j != i and same_writing(mw, w)]
            if said == "open" and like and not any(same_writing(d, w) for d in day):
                hints.setdefault(i, {}).update(like)
    return hints
