"""The tidy tables, written once.

Each table is a pandera `DataFrameModel`; the field descriptions are the data
dictionary of the README and of the partner workbook (`data_dictionary()`).
In: nothing. Out: the models, the closed vocabularies, `data_dictionary()`.
"""
from __future__ import annotations

import sys

import pandas as pd


def _import_pandera_checks() -> None:
    """Load pandera's built-in checks without hypothesis.

    The checks import pandera's data-synthesis strategies, and those import hypothesis where it is
    installed (the test extra): a fifth of a second at every start of `kzanalysis`, for strategies the
    tables never use (they are validated, never synthesised). So while the checks load, hypothesis reads
    as absent, unless something in this process imported it already; the checks themselves are the
    same either way."""
    hidden = "hypothesis" not in sys.modules
    if hidden:
        sys.modules["hypothesis"] = None  # `import hypothesis` raises ImportError: pandera goes without it
    try:
        import pandera.backends.pandas.builtin_checks  # noqa: F401
    finally:
        if hidden and sys.modules.get("hypothesis", 0) is None:
            del sys.modules["hypothesis"]


_import_pandera_checks()

import pandera.pandas as pa  # noqa: E402
from pandera.engines import pandas_engine  # noqa: E402
from pandera.typing import Series  # noqa: E402

# The closed vocabularies and the date columns are in table_spec.py, which the cleaning chain imports without pandera.
from .table_spec import CODES, DATE_COLUMNS, DECISIONS, PRECISIONS, STATUSES  # noqa: E402,F401


class Text(pandas_engine.STRING):
    """pandas' text dtype, as pandera's own STRING (which `Series[str]` means), with one difference: where a
    column already has exactly that dtype (as every text column does once coerced), its dtype check says
    so for the whole column. pandera's says it cell by cell, and then builds, and writes out as a message,
    an empty table of failing cells for each text column of each table it validates: half of the
    validation's time. Any other dtype is checked by pandera's STRING as before."""

    def check(self, pandera_dtype, data_container=None):
        try:
            if pandas_engine.Engine.dtype(pandera_dtype).type == self.type:
                return True
        except TypeError:
            pass
        return super().check(pandera_dtype, data_container)


class Cases(pa.DataFrameModel):
    """One row per case row of a list."""

    case_id: Series[Text] = pa.Field(unique=True, description="Unique id; the same input row gives the same id on every run, and when a new version of the list inserts, removes or reorders other rows (hash of source, file, sheet and the row's cells, running number left out).")
    person_id: Series[Text] = pa.Field(description="The person of the case (persons.person_id): case rows of one person, in one list or several, share it.")
    source: Series[Text] = pa.Field(description="The list's label: from data/raw/sources.toml, else the file name without extension.")
    source_file: Series[Text] = pa.Field(description="The file the row comes from.")
    source_sheet: Series[Text] = pa.Field(description="The sheet the row comes from; empty for CSV files.")
    source_row: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Row number as a spreadsheet program shows it (1-based, title and header rows counted; for CSV the header is row 1).")
    name: Series[Text] = pa.Field(nullable=True, description="Name as written, spaces normalised.")
    name_latin: Series[Text] = pa.Field(nullable=True, description="Name in Latin letters (Cyrillic transliterated by the scheme in kzanalysis/parse/names.py).")
    birth_year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1900, le=2030, description="Year of birth where given.")
    city: Series[Text] = pa.Field(nullable=True, description="Current official English name of the city or town (Astana, Konaev, Oral, ...), from kzanalysis/vocab/places.csv.")
    region: Series[Text] = pa.Field(nullable=True, description="Current region (17 regions and 3 cities of republican significance) of the city.")
    articles: Series[Text] = pa.Field(nullable=True, description="Criminal charges for display, 2014 Criminal Code numbering: '174(1); 405(2)'.")
    status: Series[Text] = pa.Field(isin=list(STATUSES), description="Latest known outcome: the measure or sentence named in the list; where a cell names several stages, the latest (released after imprisoned), as ranked in kzanalysis/vocab/statuses.csv. 'unknown' where the list says nothing readable.")
    sentence_months: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Term of the sentence or measure in months, where given.")
    detained_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Date of detention, where given.")
    charged_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Date charges were brought, where given.")
    sentenced_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Date of the sentence, where given.")
    released_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Date of release, where given; for status died, the date of death (the day custody ended).")
    started_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Earliest of the four dates: the date a case is counted on. A partial date is the first day of its month or year.")
    started_precision: Series[Text] = pa.Field(nullable=True, isin=list(PRECISIONS), description="Precision of started_on: day, month or year.")
    affiliation: Series[Text] = pa.Field(nullable=True, description="The group named in the list, canonical (DVK, Koshe Partiyasy, Tablighi Jamaat, Hizb ut-Tahrir, ...).")
    dvk_koshe: Series[pd.BooleanDtype] = pa.Field(description="True where the row ties the case to DVK or Koshe Partiyasy (affiliation, note or yes/no column, else another free-text column such as a verdict's text); never inferred from article 405 alone.")
    notes: Series[Text] = pa.Field(nullable=True, description="Notes as given in the list.")

    class Config:
        strict = True
        coerce = True
        ordered = True


class Charges(pa.DataFrameModel):
    """One row per case and article."""

    case_id: Series[Text] = pa.Field(description="The case (cases.case_id).")
    code: Series[Text] = pa.Field(isin=list(CODES), description="CC: Criminal Code of 2014; CC1997: Criminal Code of 1997 (article given in 2014 numbering where the mapping is known); CAO: Code of Administrative Offences.")
    article: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Article number.")
    part: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="Part of the article, where given.")
    title_en: Series[Text] = pa.Field(nullable=True, description="English title of the article, from kzanalysis/vocab/articles.csv.")

    class Config:
        strict = True
        coerce = True
        ordered = True


class Problems(pa.DataFrameModel):
    """One row per problem found while cleaning."""

    source_file: Series[Text] = pa.Field(description="File of the row.")
    source_sheet: Series[Text] = pa.Field(description="Sheet of the row; empty for CSV.")
    source_row: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Row as a spreadsheet program shows it; empty for a problem of the whole file or sheet.")
    column: Series[Text] = pa.Field(description="The header as written; empty for the whole row.")
    value: Series[Text] = pa.Field(nullable=True, description="The value as written.")
    problem: Series[Text] = pa.Field(description="Stable code: unknown_city, unparsed_date, unparsed_article, unknown_status, not_a_case, duplicate_row, ...")
    message: Series[Text] = pa.Field(description="What is wrong and what to do.")
    row_kept: Series[pd.BooleanDtype] = pa.Field(description="True if the row is still a case (the value became null); false if the row was dropped.")

    class Config:
        strict = True
        coerce = True
        ordered = True


class Persons(pa.DataFrameModel):
    """One row per person: the case rows linked as one person."""

    person_id: Series[Text] = pa.Field(unique=True, description="Id of the person: a hash of the smallest case_id of the person's cases, so it stays while those cases stay.")
    name: Series[Text] = pa.Field(nullable=True, description="The most frequent spelling of the name among the person's cases (ties: the first in alphabetical order).")
    name_latin: Series[Text] = pa.Field(nullable=True, description="That spelling in Latin letters.")
    birth_year: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="The most frequent birth year among the person's cases (ties: the earliest).")
    cases: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Number of case rows of the person, in all lists.")
    lists: Series[Text] = pa.Field(description="The lists (sources) that name the person, '; '-separated.")
    first_started_on: Series[pd.Timestamp] = pa.Field(nullable=True, description="Earliest started_on of the person's cases.")
    latest_status: Series[Text] = pa.Field(isin=list(STATUSES), description="Status of the person's latest case (by started_on; undated cases count as the earliest).")

    class Config:
        strict = True
        coerce = True
        ordered = True


class Links(pa.DataFrameModel):
    """One row per pair of case rows judged as maybe one person."""

    case_id_a: Series[Text] = pa.Field(description="One case of the pair (cases.case_id).")
    case_id_b: Series[Text] = pa.Field(description="The other case of the pair.")
    score: Series[float] = pa.Field(nullable=True, description="Points for the pair being one person: name, birth year, patronymic, city (see the README, 'Persons and links').")
    agreed: Series[Text] = pa.Field(nullable=True, description="Fields that agreed ('name', 'name (typo)', 'birth_year (±1)', 'city', ...).")
    disagreed: Series[Text] = pa.Field(nullable=True, description="Fields that disagreed.")
    decision: Series[Text] = pa.Field(isin=list(DECISIONS), description="linked (score at or above the upper threshold), review (between the thresholds: an analyst should decide), not_linked, or the analyst's decision from data/raw/links.csv (analyst_same, analyst_different), which always wins.")

    class Config:
        strict = True
        coerce = True
        ordered = True


MODELS = {"cases": Cases, "charges": Charges, "problems": Problems, "persons": Persons, "links": Links}


def data_dictionary() -> pd.DataFrame:
    """One row per column of each tidy table: table, column, type, allowed values, meaning."""
    rows = []
    for table, model in MODELS.items():
        schema = model.to_schema()
        for name, col in schema.columns.items():
            allowed = ""
            for check in col.checks:
                if check.name == "isin":
                    allowed = ", ".join(map(str, check.statistics["allowed_values"]))
            rows.append(
                {
                    "table": table,
                    "column": name,
                    "type": _type_label(str(col.dtype)),
                    "allowed": allowed,
                    "nullable": bool(col.nullable),
                    "description": col.description or "",
                }
            )
    return pd.DataFrame(rows)


def _type_label(dtype: str) -> str:
    if dtype.startswith("datetime"):
        return "date"
    if dtype.startswith("str"):
        return "text"
    return {"Int64": "integer", "boolean": "yes/no", "bool": "yes/no", "float64": "number"}.get(dtype, dtype)


def validate(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) a tidy table; raises pandera's SchemaErrors listing every failure."""
    return MODELS[table].validate(df, lazy=True)


def dictionary_markdown() -> str:
    """The data dictionary as Markdown tables, one per tidy table (the README's copy is checked against it)."""
    dd = data_dictionary()
    parts = []
    for table, rows in dd.groupby("table", sort=False):
        parts.append(f"**{table}** ({MODELS[table].__doc__.strip()})\n")
        parts.append("| column | type | allowed values | meaning |")
        parts.append("| --- | --- | --- | --- |")
        for r in rows.itertuples(index=False):
            kind = r.type + ("" if not r.nullable else ", may be empty")
            parts.append(f"| `{r.column}` | {kind} | {r.allowed} | {r.description} |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
