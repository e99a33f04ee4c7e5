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
# # Report, part 1: headline numbers, what changed, prosecutions over time, the DVK / Koshe Partiyasy share
# Thin on purpose: the words are in kzanalysis/vocab/report_text.csv, the charts in kzanalysis/charts.py.

# %% tags=["parameters"]
# Parameters (papermill replaces them; left empty, the latest quarter of the workspace's tables is shown).
start = ""  # first day, YYYY-MM-DD
end = ""  # last day, YYYY-MM-DD
label = ""  # 2021Q3, 2021 or 2021-01-01_2021-06-30
lang = "en"  # en or ru
workspace = ""  # default: the workspace this notebook's folder is in (or $KZANALYSIS_WORKSPACE)
processed_dir = ""  # default: <workspace>/data/processed
figures_dir = ""  # default: <workspace>/reports/<label>/figures

# %%
from IPython.display import display

from kzanalysis import charts
from kzanalysis.report import Page

page = Page(start, end, label, lang, processed_dir or None, figures_dir or None, workspace or None)
t = page.tables

# %%
display(page.title())
display(page.heading("h_headline", "headline"))
display(page.headline())
display(page.heading("h_status", "status", level=3))
display(page.status_table())

# %%
display(page.heading("h_custody", "in-custody"))
display(page.custody_paragraph())
display(page.figure(charts.custody_over_time(t.cases, page.period, lang), "custody_over_time"))
display(page.heading("h_flows", "flows", level=3))
display(page.flows_table())

# %%
display(page.heading("h_versions", "changes"))
display(page.changes())

# %%
display(page.heading("h_change", "change"))
display(page.paragraph("change_intro", previous=charts.period_text(charts.previous(page.period), lang)))
display(page.figure(charts.change(t.cases, t.charges, page.period, lang), "change"))
display(page.change_table())

# %%
display(page.heading("h_over_time", "over-time"))
display(page.paragraph("over_time_intro"))
display(page.figure(charts.over_time(t.cases, page.period, lang, freq="M"), "over_time_month"))
display(page.figure(charts.over_time(t.cases, page.period, lang, freq="Q"), "over_time_quarter"))

# %%
display(page.heading("h_dvk", "dvk-koshe"))
display(page.dvk_paragraph())
display(page.figure(charts.dvk_share(t.cases, page.period, lang), "dvk_koshe_share"))
