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
# # Report, part 2: by article, city and region; data quality; method and sources

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
display(page.heading("h_article", "article"))
display(page.figure(charts.by_article(t.cases, t.charges, page.period, lang), "by_article"))
display(page.paragraph("persons_note"))
display(page.article_table())

# %%
display(page.heading("h_sentences", "sentences"))
display(page.terms_paragraph())
display(page.figure(charts.sentence_terms(t.cases, t.charges, page.period, lang), "sentence_terms"))
display(page.terms_table())

# %%
display(page.heading("h_place", "place"))
display(page.figure(charts.by_place(t.cases, page.period, lang, column="city"), "by_city"))
display(page.figure(charts.by_place(t.cases, page.period, lang, column="region"), "by_region"))
display(page.city_table())

# %%
display(page.heading("h_quality", "quality"))
display(page.paragraph("quality_intro"))
display(page.figure(charts.data_quality(t.problems, t.manifest, page.period, lang, page.sources), "data_quality"))
display(page.files_table())
display(page.undated_table())

# %%
display(page.heading("h_method", "method"))
display(page.method())
