"""Writing and reading the tidy tables of `data/processed/`.

In: the cases, charges, problems, persons and links DataFrames and the manifest
dict from the cleaner. Out: each table as Parquet and CSV, `manifest.json`, and
`links_review.csv` (the pairs an analyst should decide, side by side);
`load()` reads them back as typed DataFrames.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import config
from .atomic import replace_folder
from .parallel import run_threads
from .csv_out import write_csv
from .safe import neutralise_csv
from .schema import DATE_COLUMNS, validate
from .table_spec import AccountingError, empty, sheet_problem  # noqa: F401 (the cleaning chain imports them from table_spec, without pandera)

TABLES = ("cases", "charges", "problems", "persons", "links")
MANIFEST = "manifest.json"


@dataclass
class Tables:
    """The tidy tables as typed DataFrames, and the manifest."""

    cases: pd.DataFrame
    charges: pd.DataFrame
    problems: pd.DataFrame
    manifest: dict
    persons: pd.DataFrame | None = None
    links: pd.DataFrame | None = None

    def __post_init__(self) -> None:
        # Tables built without persons (tests, older code): each case its own person, no pairs judged.
        if "person_id" not in self.cases.columns:
            cases = self.cases.copy()
            cases.insert(list(cases.columns).index("case_id") + 1, "person_id", cases["case_id"])
            self.cases = cases
        if self.persons is None:
            from .link import persons_table

            self.persons = persons_table(self.cases)
        if self.links is None:
            self.links = empty("links")


def write(tables: Tables, out_dir: Path | None = None, validated: bool = False) -> Path:
    """Validate (unless the caller just did) and write the three tables (Parquet and CSV) and the
    manifest; return the folder.

    The tables change as a set: they are written into a new folder beside `out_dir`, which then takes
    its place (`atomic.replace_folder`), so a killed run leaves the previous tables whole. Other files
    of the folder are carried over."""
    out = Path(out_dir or config.find_workspace().processed)
    frames = {name: getattr(tables, name) if validated else validate(name, getattr(tables, name)) for name in TABLES}

    def fill(folder: Path) -> None:
        def parquet(name: str) -> None:
            frames[name].to_parquet(folder / f"{name}.parquet", index=False, engine="pyarrow")

        def csv(name: str) -> None:
            # whoever opens the CSV in a spreadsheet must not run a formula from a list; dates as YYYY-MM-DD,
            # RFC 4180 line ends: a cell holding a carriage return is then quoted, not split (csv_out.py)
            write_csv(neutralise_csv(frames[name]), folder / f"{name}.csv")

        def review() -> None:
            write_csv(neutralise_csv(review_pairs(frames["cases"], frames["links"])), folder / config.LINKS_REVIEW_FILE_NAME)

        # Each file is written on its own: Arrow's Parquet writer and string kernels let go of the
        # interpreter while they work, so two threads write about twice as fast on two cores (3.5 s to 1.9 s
        # for the tables of a million cases). The files are the same whoever writes them.
        work = [partial(f, name) for name in frames for f in (csv, parquet)] + [review]
        run_threads(work)
        text = json.dumps(tables.manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        (folder / MANIFEST).write_text(text, encoding="utf-8")

    return replace_folder(out, fill)


REVIEW_FIELDS = ("source", "source_file", "source_sheet", "source_row", "name", "birth_year", "city", "articles")


def review_pairs(cases: pd.DataFrame, links: pd.DataFrame, decisions: tuple[str, ...] = ("review",)) -> pd.DataFrame:
    """The pairs with these decisions, side by side: for each case (a, b) its source, row, name,
    birth year, city and articles; then score, fields agreed and disagreed. Highest score first."""
    pairs = links.loc[links["decision"].isin(decisions)]
    side = cases[["case_id", *REVIEW_FIELDS]]
    # only the cases the pairs name are joined (a review is a few rows of a long list)
    named = pa.array(pd.concat([pairs["case_id_a"], pairs["case_id_b"]]).unique(), type=pa.large_string(), from_pandas=True)
    kept = pc.is_in(pa.array(side["case_id"], type=pa.large_string(), from_pandas=True), value_set=named)
    side = side.loc[kept.to_numpy(zero_copy_only=False)]  # Arrow's hash look-up: pandas' isin of texts is many times slower
    out = (pairs.merge(side.add_suffix("_a"), on="case_id_a", how="left")
                .merge(side.add_suffix("_b"), on="case_id_b", how="left"))
    columns = [f"{f}_{s}" for s in ("a", "b") for f in REVIEW_FIELDS] + ["score", "agreed", "disagreed", "decision", "case_id_a", "case_id_b"]
    out = out.sort_values(["score", "case_id_a", "case_id_b"], ascending=[False, True, True], kind="stable")
    return out[columns].reset_index(drop=True)


class NotCleanedError(FileNotFoundError):
    """The tidy tables are missing: run `kzanalysis clean` first."""


def load(processed_dir: Path | str | None = None, workspace: Path | str | None = None) -> Tables:
    """Read the tidy tables of a workspace's `data/processed/` (or of the folder given) as typed DataFrames.

    Without arguments, the workspace is found as the command line finds it: $KZANALYSIS_WORKSPACE, else
    the nearest folder at or above the current one that holds `data/raw/` (see `config.find_workspace`).

    >>> from kzanalysis import load
    >>> t = load()                        # or load(workspace="~/lists-2025")
    >>> t.cases.groupby("city").size()
    """
    folder = Path(processed_dir or config.find_workspace(workspace).processed)
    missing = [f"{n}.parquet" for n in TABLES if not (folder / f"{n}.parquet").exists()]
    if missing or not (folder / MANIFEST).exists():
        raise NotCleanedError(f"no tidy tables in {folder} (missing {', '.join(missing) or MANIFEST}): run `kzanalysis clean` first")
    frames = {}
    for name in TABLES:
        df = pd.read_parquet(folder / f"{name}.parquet", engine="pyarrow")
        for col in DATE_COLUMNS + ("started_on", "first_started_on"):
            if col in df.columns:
                df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
        frames[name] = validate(name, df)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return Tables(manifest=manifest, **frames)
