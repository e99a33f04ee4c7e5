# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (kzanalysis)
#     language: python
#     name: kzanalysis
# ---

# %% [markdown]
# # Exploring the tidy tables of this workspace
# Run the cells from the top (Shift+Enter). Nothing here writes to `data/`: the tables are rebuilt by
# `kzanalysis clean` (or `report`) from the lists in `data/raw/`. Copy this notebook to try your own questions;
# the report's notebooks (`01_overview`, `02_breakdown`) are the ones `kzanalysis report` runs, from the package.

# %% tags=["parameters"]
workspace = ""  # default: the workspace this notebook's folder is in (or $KZANALYSIS_WORKSPACE)

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import display

from kzanalysis import charts, load
from kzanalysis.period import latest_quarter, year_period

t = load(workspace=workspace or None)
totals = t.manifest.get("totals", {})
print(f"{len(t.manifest.get('files', []))} lists, {totals.get('rows_read')} rows read: {len(t.cases)} cases, "
      f"{totals.get('rows_dropped')} rows dropped, {len(t.problems)} problems")

# %% [markdown]
# ## What the latest clean could not read
# Each problem names the file, sheet, row and column, and says what to do. `row_kept` is false for a row that is
# not a case (a heading, a total, a repeat); true where the case stays but one value became empty.

# %%
display(t.problems.groupby(["problem", "row_kept"]).size().unstack(fill_value=0))

# %%
# The values met most often: one line in a vocabulary (the message names the file) fixes them all.
display(t.problems[t.problems["row_kept"]]
        .groupby(["problem", "column", "value"], dropna=False).size()
        .sort_values(ascending=False).head(15).rename("rows").to_frame())

# %% [markdown]
# ## Cases per year and article
# A case counts once under each Criminal Code article; the year is that of `started_on` (the earliest date).

# %%
criminal = t.charges[t.charges["code"] == "CC"].drop_duplicates(["case_id", "article"])
dated = t.cases[["case_id", "started_on"]].dropna(subset=["started_on"])
per_year = criminal.merge(dated, on="case_id", how="inner", validate="many_to_one")
per_year = (per_year.assign(year=per_year["started_on"].dt.year)
            .pivot_table(index="article", columns="year", values="case_id", aggfunc="count", fill_value=0))
display(per_year)
print(f"{t.cases['started_on'].isna().sum()} cases have no date and are in no year")

# %% [markdown]
# ## People on several lists
# Where the tables link case rows to persons (a `person_id` on each case), the people documented by more than one list.

# %%
if "person_id" in t.cases.columns:
    persons = (t.cases.groupby("person_id")
               .agg(name=("name", "first"), lists=("source", "nunique"), cases=("case_id", "size")))
    display(persons[persons["lists"] > 1].sort_values(["lists", "cases"], ascending=False).head(20))
else:
    print("these tables have no person_id yet: each row is a case, and one person can appear on several lists")

# %% [markdown]
# ## One chart
# Every chart of the report is a function of `kzanalysis.charts` that takes the tables and a period.

# %%
latest = latest_quarter(t.cases["started_on"])
if latest is None:
    print("no case has a date yet")
else:
    display(charts.over_time(t.cases, year_period(latest.start.year), lang="en", freq="M"))
