"""The fields a column of a list may hold, and `HeaderMap`: what headers.py finds of a sheet's header.

In: nothing. Out: `FIELDS` and the groups of them the other modules name (`NAME_PARTS`, `DATE_FIELDS`, ...),
and `HeaderMap` (the header's rows, each column's field, how it was named, the columns left unmapped).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import content

FIELDS = (
    "row_number", "name", "first_name", "patronymic", "birth_year",
    "age",  # not a column of cases: an age column gives the year of birth only where a cell writes one (cases.py)
    "city", "region", "articles", "status", "sentence",
    "appeal",  # not a column of cases: the appeal's outcome changes the status and term (appeal.py)
    "detained_on", "charged_on", "sentenced_on", "released_on", "affiliation", "dvk_koshe", "notes",
    "release_grounds",  # not a column of cases: a filled cell says the person was released (stage.py)
)
# A header row must name a person or a charge and one more field.
CORE_FIELDS = {"name", "articles", "city", "status"}
SCAN_ROWS = 40
# A name split over columns (`Surname | First name`, `Фамилия | Имя | Отчество`): columns.py
# joins the parts into `name` in this order. A first name with no surname column is the name.
NAME_PARTS = ("name", "first_name", "patronymic")
# Status and sentence columns are both read with the measure parser (cases.parse_cases).
MEASURE_PARTNER = {"sentence": "status", "status": "sentence"}
DATE_FIELDS = ("detained_on", "charged_on", "sentenced_on", "released_on")


@dataclass
class HeaderMap:
    header_rows: list[int]  # positions in sheet.cells
    fields: dict[int, str] = field(default_factory=dict)  # column position -> field
    written: dict[int, str] = field(default_factory=dict)  # column position -> header as written
    unmapped: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)  # headers named by a keyword pattern, not an alias
    by_content: list[str] = field(default_factory=list)  # headers whose values named their field
    ignored: list[str] = field(default_factory=list)  # columns of a kind kzanalysis knowingly does not read
    how: dict[int, str] = field(default_factory=dict)  # column position -> sources.toml, alias, keyword or content
    # column position -> what the values of an unmapped column look like (content.Profile)
    profiles: dict[int, content.Profile] = field(default_factory=dict)
    unmapped_written: dict[int, str] = field(default_factory=dict)  # column position -> header of an unmapped column
    ignored_written: dict[int, str] = field(default_factory=dict)  # column position -> header of an ignored column
    # column position -> match keys of its header cells, to tell a header repeated down a printed list
    cell_keys: dict[int, frozenset[str]] = field(default_factory=dict)
    # column position -> the columns to its right under the same merged header cell, with no
    # header of their own (`Статья УК РК` merged over `ст. 405 | ч. 2`): columns.py reads them as one
    spans: dict[int, list[int]] = field(default_factory=dict)
    # column position -> header of a column whose values are status histories (stage_history.py): known
    # by its values whatever its header; a column mapped to another field (status) keeps it
    histories: dict[int, str] = field(default_factory=dict)
    # column position of a run's first year -> the run of columns headed by years, (column, year) each:
    # read as one history, each date with its column's year (year_columns.py)
    years: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # column position of a date's day -> its (day, month, year) columns, read as one date (split_dates.py)
    date_parts: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    # a form export (form_exports.py): column of a tie's first 1/0 option -> all its options' columns, read as one yes/no;
    # a field's column -> the column of its "other, specify" answer; a years column -> the months column of the same term
    any_of: dict[int, list[int]] = field(default_factory=dict)
    other: dict[int, int] = field(default_factory=dict)
    term_months: dict[int, int] = field(default_factory=dict)
    # a survey's option columns (form_tools.py): column -> the option's name in the second header line
    option_names: dict[int, str] = field(default_factory=dict)
    # column positions with values but no header cell at all, named `column N` among the unmapped (unread.py)
    unheaded: set[int] = field(default_factory=set)
    # a table of counts found by its shape (counts_table.py): none of its rows is a case
    counts: bool = False
    # a matrix of ticks (tick_matrix.py): column -> the stage its ticks give (stage_columns.py)
    ticked: dict[int, str] = field(default_factory=dict)

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def column_of(self, name: str) -> int | None:
        return next((c for c, f in self.fields.items() if f == name), None)
