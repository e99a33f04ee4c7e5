"""The quarterly report: executed notebooks, figures, summary.json, one HTML page.

In: the tidy tables (brought up to date from the raw lists first, when raw
paths are given), a `Period` (or none: the latest quarter that has data) and a
language. Out: the report folder (`reports/<label>/` by default)::

    summary.json              summary.summarise(), the numbers of README "The quarterly report"
    figures/<chart>.png|svg   one per chart, written by the notebooks
    notebooks/<nb>.ipynb      the package's report notebooks (kzanalysis/notebooks/), executed by papermill
    report.html               self-contained: images inside, no code, contents first
    kzanalysis_<label>[_ru].xlsx   the partner workbook (kzanalysis.export)
    (with --lang ru the same folder gets report_ru.html, figures/*_ru.*, notebooks/*_ru.ipynb)

The notebooks run in parallel, each on a real Jupyter kernel of this Python
environment. Every output is deterministic: no clock, kernel id, cell id or
random salt ends up in summary.json, the figures or report.html, so the same
inputs and parameters give the same bytes.

A notebook whose fingerprint (reuse.py: its text, parameters, the tidy tables and
the package) is the one stored in last run's executed copy is not run again; its
executed notebook and figures stay, byte for byte.

The notebooks themselves stay thin: each builds a `Page` (below) from its
parameters and displays what `Page` and `kzanalysis.charts` return.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import __version__, charts, config, reuse
from .atomic import replace_folder
from .charts import number, percent, text
from .period import Period, latest_quarter, parse_label, previous
from .summary import (by_article, by_column, dvk_koshe_persons, dvk_koshe_share, in_period, persons_by_article,
                      persons_by_column, summarise, undated_by_list)
from .inputs import ReportError, choose_period, up_to_date_tables  # noqa: F401 (their home was here)
from .read import sha256
from .tables import Tables, load

NOTEBOOKS = ("01_overview", "02_breakdown")  # run in parallel, one kernel each; the page follows this order
KERNEL = "python3"  # the native kernel: the Python that runs `kzanalysis`, i.e. the project environment
# The kernel's own log (transport warnings, the interrupt at shutdown) is noise for a report reader;
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
TEMPLATE = config.TEMPLATES_DIR / "report.html.j2"





@dataclass
class Result:
    folder: Path
    period: Period
    summary: dict
    html: Path
    workbook: Path | None
    seconds: float
    files: list[Path] = field(default_factory=list)


# ------------------------------------------------------------ the command

def make_report(processed_dir: Path | None = None, raw_paths: list[Path] | None = None,
                period: Period | None = None, lang: str = "en", out_dir: Path | None = None,
                progress: bool = True, workspace: config.Workspace | None = None) -> Result:
    """Bring the tables up to date (when raw paths are given), then write the whole report folder.

    The tables and the default report folder are those of `workspace` (found by the discovery rule of
    `config.find_workspace` when neither it nor `processed_dir` and `out_dir` are given)."""
    began = time.perf_counter()
    if workspace is None and not (processed_dir and out_dir):
        workspace = config.find_workspace()
    processed_dir = Path(processed_dir or workspace.processed)
    tables = up_to_date_tables(processed_dir, raw_paths, progress)
    period = choose_period(tables, period)
    # absolute: the kernels get these paths; papermill's cwd= would chdir the whole process, not one thread
    folder = (Path(out_dir) if out_dir else default_folder(period, lang, workspace)).resolve()
    # Both languages share the folder: the Russian files carry `_ru` (report_ru.html, figures/*_ru.png).
    suffix = language_suffix(lang)
    params = {"start": period.start.isoformat(), "end": period.end.isoformat(), "label": period.label,
              "lang": lang, "workspace": str(workspace.root) if workspace else "",
              "processed_dir": str(processed_dir.resolve()), "figures_dir": str(folder / "figures")}
    # A notebook whose fingerprint (source, parameters as the reader sees them, tables, package) is that
    # of last run's executed copy is not run again: its notebook and figures are carried over unchanged.
    fingerprints = notebook_fingerprints(params, processed_dir)
    stamp = _stamp_path(processed_dir, folder, suffix)
    whole = reuse.combined(fingerprints)  # everything the report's files depend on
    if _as_last_written(stamp, whole, folder, suffix):
        # Nothing the report depends on changed and its files are as written: the folder stays as it is.
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        return _result(folder, period, summary, suffix, began)
    summary = summarise(tables, period)

    def fill(stage: Path) -> None:
        # The new folder is built beside the old one and takes its place when complete (atomic.py).
        _write_text(stage / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        figures, notebooks = stage / "figures", stage / "notebooks"
        figures.mkdir()
        notebooks.mkdir()
        kept = {src.stem: reuse.reusable(folder / "notebooks" / f"{src.stem}{suffix}.ipynb", folder / "figures",
                                         fingerprints[src.stem], suffix) for src in notebook_sources()}
        for files in kept.values():
            for path in files or []:
                shutil.copy2(path, stage / path.relative_to(folder))
        executed = run_notebooks({**params, "figures_dir": str(figures)}, notebooks, progress=progress, suffix=suffix,
                                 shown=(str(stage), str(folder)), fingerprints=fingerprints,
                                 skip={stem for stem, files in kept.items() if files})
        _write_text(stage / f"report{suffix}.html", render_html(executed, lang, period))
        write_workbook(tables, period, stage, lang)

    # Last run's figures and notebooks of this language must not linger; the other language's stay.
    replace_folder(folder, fill, keep=lambda rel: not _output_of_language(rel, suffix))
    _write_stamp(stamp, whole, folder, suffix)
    return _result(folder, period, summary, suffix, began)


def _result(folder: Path, period: Period, summary: dict, suffix: str, began: float) -> Result:
    html_path = folder / f"report{suffix}.html"
    workbook = folder / f"kzanalysis_{period.label}{suffix}.xlsx"
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return Result(folder, period, summary, html_path, workbook, time.perf_counter() - began, files)


def _stamp_path(processed_dir: Path, folder: Path, suffix: str) -> Path:
    """Where the record of the last report written into `folder` in this language is kept: beside the
    tables (data/.cache/reports/), never in the report folder that partners receive."""
    key = hashlib.sha256(f"{folder.resolve()}\x1f{suffix}".encode()).hexdigest()[:32]
    return Path(processed_dir).resolve().parent / ".cache" / "reports" / f"{key}.json"


def _own_files(folder: Path, suffix: str) -> dict[str, str]:
    """sha256 of each file of the report in this language (and of what both languages share)."""
    other = "" if suffix else "_ru"
    own = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if _output_of_language(rel, other) and not _output_of_language(rel, suffix):
            continue
        if rel.parts[0] not in ("figures", "notebooks") and rel.suffix in (".html", ".xlsx") and \
                rel.stem.endswith("_ru") != (suffix == "_ru"):
            continue
        own[rel.as_posix()] = sha256(path)
    return own


def _as_last_written(stamp: Path, whole: str, folder: Path, suffix: str) -> bool:
    """True if the last report written into `folder` in this language had this fingerprint and its files
    are still exactly as written (none edited, removed or added)."""
    try:
        record = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return record.get("fingerprint") == whole and folder.is_dir() and record.get("files") == _own_files(folder, suffix)


def _write_stamp(stamp: Path, whole: str, folder: Path, suffix: str) -> None:
    stamp.parent.mkdir(parents=True, exist_ok=True)
    tmp = stamp.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"fingerprint": whole, "folder": str(folder), "files": _own_files(folder, suffix)}, indent=1),
                   encoding="utf-8")
    os.replace(tmp, stamp)


def language_suffix(lang: str) -> str:
    """`` for English, `_ru` for Russian: the suffix of the report's file names."""
    return "" if lang == "en" else f"_{lang}"





def default_folder(period: Period, lang: str = "en", workspace: config.Workspace | None = None) -> Path:
    """`reports/<label>/` of the workspace, for both languages (the Russian files are named `*_ru`)."""
    return config.find_workspace(workspace).reports / period.label





def write_workbook(tables: Tables, period: Period, folder: Path, lang: str) -> Path:
    from .export import write_workbook as export_workbook

    name = f"kzanalysis_{period.label}{'_ru' if lang == 'ru' else ''}.xlsx"
    return export_workbook(tables, period, folder / name, lang=lang)


def _output_of_language(rel: Path, suffix: str) -> bool:
    """A figure or executed notebook (relative to the report folder) of the language with this suffix."""
    if rel.parts[0] not in ("figures", "notebooks"):
        return False
    is_ru = rel.stem.endswith("_ru")
    return is_ru if suffix == "_ru" else not is_ru


def _write_text(path: Path, content: str) -> None:
    path.write_text(content, encoding="utf-8", newline="\n")


# ------------------------------------------------------------ the notebooks

def notebook_sources() -> list[Path]:
    """The report's notebooks, as shipped in the package (a workspace's notebooks/ are copies to explore with)."""
    return [config.NOTEBOOKS_DIR / f"{name}.py" for name in NOTEBOOKS]


def notebook_fingerprints(params: dict, processed_dir: Path) -> dict[str, str]:
    """Per notebook (by stem), the fingerprint of what its executed copy and figures depend on."""
    tables = reuse.tables_fingerprint(processed_dir)
    return {src.stem: reuse.fingerprint(src, params, tables) for src in notebook_sources()}


def run_notebooks(params: dict, out_folder: Path, progress: bool = True, suffix: str = "",
                  shown: tuple[str, str] | None = None, fingerprints: dict[str, str] | None = None,
                  skip: set[str] = frozenset()) -> list[Path]:
    """Execute every notebook with papermill, in parallel, but those in `skip` (reused from last run);
    return the executed .ipynb paths in report order. Each executed notebook records its fingerprint.

    `shown` is (path the kernels write to, path the reader will find): the executed notebooks' parameters
    name the folder where the report ends up, not the temporary one it is built in."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    fingerprints = fingerprints or {}
    every = notebook_sources()
    outputs = [out_folder / f"{src.stem}{suffix}.ipynb" for src in every]
    sources = [src for src in every if src.stem not in skip]
    if not sources:
        return outputs
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), disable=not progress, transient=False) as bar:
        task = bar.add_task("running the report notebooks", total=len(sources))
        with ThreadPoolExecutor(max_workers=len(sources)) as pool:
            futures = {pool.submit(execute_notebook, src, out_folder / f"{src.stem}{suffix}.ipynb", params, shown,
                                   fingerprints.get(src.stem)): src for src in sources}
            for done in as_completed(futures):
                done.result()
                bar.update(task, advance=1, description=f"notebook {futures[done].stem} done")
        bar.update(task, description=f"ran the {len(sources)} report notebooks")
    return outputs


def execute_notebook(source: Path, output: Path, params: dict, shown: tuple[str, str] | None = None,
                     fingerprint: str | None = None) -> Path:
    """Run one jupytext notebook on a real kernel; write it executed, with fixed ids and no timings."""
    import jupytext
    import papermill

    nb = jupytext.read(source)
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3 (kzanalysis)", "language": "python"}
    try:
        nb = papermill.execute_notebook(nb, None, parameters=params, kernel_name=KERNEL, progress_bar=False,
                                        request_save_on_cell_execute=False,
                                        extra_arguments=KERNEL_ARGS)
    except papermill.PapermillExecutionError as e:
        raise ReportError(f"notebook {source.name} failed in cell {e.exec_count}: {e.ename}: {e.evalue}") from None
    _deterministic(nb, source.stem)
    if shown:
        for cell in nb.cells:
            if "injected-parameters" in cell.metadata.get("tags", []):
                cell.source = cell.source.replace(*shown)
    if fingerprint:
        reuse.stamp(nb, fingerprint)
    import nbformat

    output.write_text(nbformat.writes(nb) + "\n", encoding="utf-8", newline="\n")
    return output


def _deterministic(nb, stem: str) -> None:
    """Drop what changes from run to run: papermill timings, cell ids, kernel-dependent metadata."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{stem}-{i}"
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            # warnings of libraries are not part of the report
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")]


# ------------------------------------------------------------ the HTML page

def render_html(executed: list[Path], lang: str, period: Period) -> str:
    """One self-contained page from the executed notebooks: no code, a table of contents, images inside."""
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    merged = nbformat.v4.new_notebook()
    merged.metadata = {"language_info": {"name": "python"}}
    for path in executed:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            tags = set(cell.metadata.get("tags", []))
            if cell.cell_type == "code" and not tags & {"parameters", "injected-parameters"} and cell.outputs:
                merged.cells.append(cell)
    for i, cell in enumerate(merged.cells):
        cell["id"] = f"c{i}"
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="")
    body, _ = exporter.from_notebook_node(merged)
    body = _tidy_body(body)
    toc = [(m.group(1), re.sub(r"<[^>]+>", "", m.group(2))) for m in re.finditer(r'<h2 id="([^"]+)">(.*?)</h2>', body)]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE.parent), autoescape=False,
                             keep_trailing_newline=True)
    return env.get_template(TEMPLATE.name).render(
        lang=lang, title=html.escape(f"{text('report_title', lang)}: {charts.period_text(period, lang)}"),
        toc_title=text("toc_title", lang), toc=toc, body=body)


def _tidy_body(body: str) -> str:
    # nbconvert writes "<div class=... id="cell-id=c3">" and blank lines; keep the page small and stable
    body = re.sub(r'\s+id="cell-id=[^"]*"', "", body)
    return "\n".join(line.rstrip() for line in body.splitlines() if line.strip()) + "\n"


# ------------------------------------------------------------ what the notebooks show

class Page:
    """The report's pieces for one period and language; a notebook displays what its methods return.

    Parameters are those of the notebooks' `parameters` cell. An empty `start`
    means the latest quarter that has data (handy in JupyterLab); an empty
    `workspace` means the one found from the notebook's folder (see
    `config.find_workspace`), used where `processed_dir` or `figures_dir` is empty.
    """

    def __init__(self, start: str = "", end: str = "", label: str = "", lang: str = "en",
                 processed_dir: str | Path | None = None, figures_dir: str | Path | None = None,
                 workspace: str | Path | None = None):
        self.lang = lang
        ws = None if processed_dir and figures_dir else config.find_workspace(workspace or None)
        self.tables = load(processed_dir or ws.processed)
        if start and end:
            self.period = Period(date.fromisoformat(start), date.fromisoformat(end), label or f"{start}_{end}")
        elif label:
            self.period = parse_label(label)
        else:
            self.period = latest_quarter(self.tables.cases["started_on"])
        self.figures_dir = Path(figures_dir or ws.reports / self.period.label / "figures")

    # -- words
    def t(self, key: str, **values) -> str:
        return text(key, self.lang, **values)

    def n(self, value) -> str:
        return number(value, self.lang)

    @property
    def period_words(self) -> str:
        return charts.period_text(self.period, self.lang)

    @cached_property
    def cases(self) -> pd.DataFrame:
        """The cases that started in the period."""
        return in_period(self.tables.cases, self.period)

    @cached_property
    def sources(self) -> str:
        return charts.sources_text(self.tables.cases)

    # -- display pieces
    def heading(self, key: str, anchor: str, level: int = 2):
        """A section heading; level 2 headings make the table of contents."""
        from IPython.display import HTML

        return HTML(f'<h{level} id="{anchor}">{html.escape(self.t(key))}</h{level}>')

    def paragraph(self, key: str, **values):
        from IPython.display import Markdown

        return Markdown(self.t(key, **values))

    def title(self):
        from IPython.display import HTML

        return HTML(f"<h1>{html.escape(self.t('report_title'))}</h1>\n<p class=\"subtitle\">"
                    f"{html.escape(self.t('report_subtitle', period=self.period_words, version=__version__))}</p>")

    def figure(self, fig, name: str):
        """Save the figure as figures/<name>.png and .svg; return the PNG for display (the same bytes)."""
        from IPython.display import Image

        png = charts.save(fig, self.figures_dir, name + language_suffix(self.lang))
        title = fig.get_suptitle() or name
        return Image(data=png.read_bytes(), format="png", alt=title)

    def headline(self):
        from IPython.display import Markdown

        n = len(self.cases)
        before = previous(self.period)
        old = len(in_period(self.tables.cases, before))
        lines = [self.stock_line()]
        if n == 0:
            lines.append(self.t("headline_empty"))
        else:
            lines.append(self.t("headline_cases", n=self.n(n), period=self.period_words))
            share = dvk_koshe_share(self.cases)
            lo, hi = share["ci95"]
            lines.append(self.t("headline_dvk", k=self.n(share["cases"]), share=percent(share["share"], self.lang),
                                lo=percent(lo, self.lang), hi=percent(hi, self.lang)))
            people = dvk_koshe_persons(self.cases)
            plo, phi = people["ci95"]
            lines.append(self.t("headline_persons", p=self.n(self.cases["person_id"].nunique()), k=self.n(people["persons"]),
                                share=percent(people["share"], self.lang), lo=percent(plo, self.lang), hi=percent(phi, self.lang)))
            articles = by_article(self.cases, self.tables.charges)
            if not articles.empty:
                titles = charts.article_titles(self.tables.charges, self.lang)
                art = articles.index[0]
                name = self.t("article_short", n=art) + (f" ({titles[art]})" if art in titles else "")
                lines.append(self.t("headline_article", article=name, n=self.n(articles.iloc[0])))
            cities = by_column(self.cases, "city")
            if not cities.empty:
                lines.append(self.t("headline_city", city=charts.place_name(cities.index[0], self.lang),
                                    n=self.n(cities.iloc[0])))
        lines.append(self._undated_line())
        lines.append(self.t("headline_previous", previous=charts.period_text(before, self.lang),
                            before=self.n(old), change=_signed(n - old, self.lang)))
        totals = self.tables.manifest.get("totals", {})
        lines.append(self.t("headline_rows", read=self.n(totals.get("rows_read", 0)), cases=self.n(totals.get("cases", 0)),
                            dropped=self.n(totals.get("rows_dropped", 0)), problems=self.n(len(self.tables.problems))))
        lines.append(f"*{self.t('headline_caveat')}*")
        return Markdown("\n\n".join(f"- {line}" if i < len(lines) - 1 else line for i, line in enumerate(lines)))

    @cached_property
    def undated(self) -> pd.DataFrame:
        """The cases no period holds, per list and sheet, with why (summary.undated_by_list)."""
        return undated_by_list(self.tables)

    def _list_name(self, row) -> str:
        return row.source_file + (f" / {row.source_sheet}" if isinstance(row.source_sheet, str) and row.source_sheet else "")

    def _undated_line(self) -> str:
        """The headline's count of cases that no period holds: never a period's count without it."""
        u = int(self.undated["cases_undated"].sum())
        if not u:
            return self.t("headline_undated_none")
        lists = "; ".join(f"{self._list_name(r)}: {self.n(r.cases_undated)}" for r in self.undated.itertuples(index=False))
        lists = re.sub(r"([\\`*_\[\]<>])", r"\\\1", lists)  # file names are text, not Markdown
        return self.t("headline_undated", u=self.n(u), lists=lists)

    def undated_table(self):
        """Data quality: the cases in no period, list by list, and why."""
        frame = self.undated
        if frame.empty:
            return self.paragraph("undated_none")
        from IPython.display import HTML

        intro = self.t("undated_intro", u=self.n(int(frame["cases_undated"].sum())), n=self.n(len(self.tables.cases)))
        rows = [(self._list_name(r), self.n(r.cases_undated), self.t(f"reason_{r.reason}")) for r in frame.itertuples(index=False)]
        table = _table([self.t("col_list"), self.t("col_undated"), self.t("col_why")], rows)
        return HTML(f"<p>{html.escape(intro)}</p>\n{table.data}")

    # -- custody, flows and sentences (rules in kzanalysis/custody.py)
    @cached_property
    def spans(self) -> pd.DataFrame:
        from . import custody

        return custody.intervals(self.tables.cases)

    def stock_line(self) -> str:
        """The headline's first line: the stock at the period's end."""
        from . import custody

        now = custody.at(self.tables.cases, self.period.end, self.spans)
        return self.t("headline_stock", custody=self.n(now["custody"]), restricted=self.n(now["restricted"]),
                      day=charts.day_text(self.period.end, self.lang))

    def custody_paragraph(self):
        from . import custody

        now = custody.at(self.tables.cases, self.period.end, self.spans)
        apart = custody.unplaced_by_reason(self.tables.cases, self.spans)
        words = [self.t("custody_intro", custody=self.n(now["custody"]), restricted=self.n(now["restricted"]),
                        day=charts.day_text(self.period.end, self.lang),
                        released=self.n(custody.released_in(self.tables.cases, self.period)),
                        sentenced=self.n(custody.sentenced_in(self.tables.cases, self.period)))]
        if apart:
            reasons = "; ".join(f"{self.t(f'unplaced_{k}')}: {self.n(v)}" for k, v in apart.items())
            words.append(self.t("custody_unplaced", n=self.n(sum(apart.values())), reasons=reasons))
        return self.paragraph_text("\n\n".join(words))

    def paragraph_text(self, words: str):
        from IPython.display import Markdown

        return Markdown(words)

    def flows_table(self, quarters: int = 8):
        """The last quarters up to the period's end: new cases, people released, people sentenced."""
        from . import custody

        frame = custody.flows(self.tables.cases)
        frame = frame.loc[frame["quarter"] <= pd.Period(self.period.end, freq="Q")].tail(quarters)
        if frame.empty:
            return self.paragraph("status_empty")
        rows = [(charts.period_text(parse_label(str(q)), self.lang).split(" (")[0], self.n(c), self.n(r), self.n(s))
                for q, c, r, s in frame.itertuples(index=False)]
        return _table([self.t("col_quarter"), self.t("col_new_cases"), self.t("col_released"), self.t("col_sentenced")],
                      rows)

    def terms_table(self, top: int = 8):
        """Per article and kind of sentence, passed up to the period's end: sentences, median, quartiles, range."""
        from . import custody

        terms = custody.terms(self.tables.cases, self.tables.charges)
        terms = terms.loc[terms["sentenced_on"] <= pd.Timestamp(self.period.end)]
        table = custody.median_terms(terms)
        if table.empty:
            return self.paragraph("terms_empty")
        keep = table.groupby("article")["sentences"].sum().sort_values(ascending=False, kind="stable").head(top).index
        table = table.loc[table["article"].isin(keep)]

        def months(x: float) -> str:
            return f"{x:g}".replace(".", ",") if self.lang == "ru" else f"{x:g}"

        rows = [(self.t("article_short", n=r.article), self.t(f"status_{r.kind}"), self.n(r.sentences), months(r.median),
                 f"{months(r.q1)}–{months(r.q3)}", f"{months(r.min)}–{months(r.max)}")
                for r in table.itertuples(index=False)]
        return _table([self.t("axis_article"), self.t("col_kind"), self.t("col_sentences"), self.t("col_median"),
                       self.t("col_quartiles"), self.t("col_range")], rows)

    def terms_paragraph(self):
        from . import custody

        med = custody.median_sentence_months(self.tables.cases, self.tables.charges, self.period)
        if not med:
            return self.paragraph("terms_none_in_period", period=self.period_words)
        items = "; ".join(f"{self.t('article_short', n=a)}: {m:g}" for a, m in med.items())
        return self.paragraph("terms_intro", period=self.period_words, items=items)

    def changes(self):
        """What changed since the previous version of each list (manifest.json "changes"): counts by kind and
        the moves between statuses; no names (they are in the workbook's Changes sheet)."""
        from IPython.display import HTML

        from . import list_versions as versions

        groups = self.tables.manifest.get("changes") or []
        if not groups:
            return self.paragraph("changes_none")
        parts = []
        for g in groups:
            frame = pd.DataFrame(g.get("rows") or [], columns=list(versions.CHANGE_COLUMNS))
            n = versions.counts(frame)
            parts.append(f"<p>{html.escape(self.t('changes_intro', list=g['list'], previous=g['previous'], current=g['current'], before=self.n(g['cases_before']), after=self.n(g['cases_after'])))}</p>")
            rows = [(self.t(f"change_{k}"), self.n(v)) for k, v in n.items()]
            parts.append(_table([self.t("col_change_kind"), self.t("col_people")], rows).data)
            moved = frame.loc[frame["change"].isin(["released", "status"])]
            if len(moved):
                pairs = moved.groupby(["status_before", "status_after"]).size().sort_values(ascending=False, kind="stable")
                rows = [(self.t(f"status_{b}"), self.t(f"status_{a}"), self.n(k)) for (b, a), k in pairs.items()]
                parts.append(_table([self.t("col_status_before"), self.t("col_status_after"), self.t("col_people")], rows).data)
        return HTML("\n".join(parts))

    def status_table(self):
        counts = by_column(self.cases, "status")
        if counts.empty:
            return self.paragraph("status_empty")  # a table of headers alone reads as a fault
        rows = [(self.t(f"status_{k}"), self.n(v)) for k, v in counts.items()]
        return _table([self.t("col_status"), self.t("col_cases")], rows)

    def article_table(self):
        """Cases and people per article in the period, side by side."""
        cases = by_article(self.cases, self.tables.charges)
        people = persons_by_article(self.cases, self.tables.charges)
        rows = [(self.t("article_short", n=a), self.n(n), self.n(int(people.get(a, 0)))) for a, n in cases.items()]
        return _table([self.t("col_article"), self.t("col_cases"), self.t("col_persons")], rows)

    def city_table(self):
        """Cases and people per city in the period, side by side."""
        cases = by_column(self.cases, "city")
        people = persons_by_column(self.cases, "city")
        rows = [(charts.place_name(c, self.lang), self.n(n), self.n(int(people.get(c, 0)))) for c, n in cases.items()]
        return _table([self.t("col_city"), self.t("col_cases"), self.t("col_persons")], rows)

    def change_table(self):
        frame = charts.change_table(self.tables.cases, self.tables.charges, self.period, self.lang)
        rows = [(m, self.n(b), self.n(n), _signed(c, self.lang)) for m, b, n, c in frame.itertuples(index=False)]
        return _table([self.t("col_measure"), self.t("col_before"), self.t("col_now"), self.t("col_change")], rows)

    def dvk_paragraph(self):
        share = dvk_koshe_share(self.cases)
        if not len(self.cases):
            return self.paragraph("dvk_empty")
        lo, hi = share["ci95"]
        return self.paragraph("dvk_intro", k=self.n(share["cases"]), n=self.n(len(self.cases)),
                              share=percent(share["share"], self.lang, 1), lo=percent(lo, self.lang, 1),
                              hi=percent(hi, self.lang, 1))

    def files_table(self):
        rows = []
        for f in self.tables.manifest.get("files", []):
            sheets = f.get("sheets") or [f]
            for s in sheets:
                name = f.get("file", "") + (f" / {s['sheet']}" if s.get("sheet") else "")
                rows.append((name, self.n(s.get("rows_read", 0)), self.n(s.get("cases", 0)),
                             self.n(s.get("rows_dropped", 0))))
        return _table([self.t("col_file"), self.t("col_rows_read"), self.t("col_rows_cases"),
                       self.t("col_rows_dropped")], rows)

    def method(self):
        from IPython.display import Markdown

        options = {"quarter": f"--quarter {self.period.label}", "year": f"--year {self.period.label}"}
        kind = "quarter" if "Q" in self.period.label else "year" if len(self.period.label) == 4 else "range"
        opt = options.get(kind, f"--start {self.period.start.isoformat()} --end {self.period.end.isoformat()}")
        if self.lang != "en":
            opt += f" --lang {self.lang}"
        from .versions import versions_text

        paragraphs = [self.t("method_1", sources=self.sources), *(self.t(f"method_{i}") for i in range(2, 6)),
                      self.t("method_6", options=opt), self.t("method_custody"), self.t("method_sentences"),
                      self.t("method_list_versions"), self.t("method_versions", versions=versions_text())]
        return Markdown("\n\n".join(paragraphs))


def _signed(n: int, lang: str) -> str:
    return ("+" if n > 0 else "−" if n < 0 else "±") + number(abs(n), lang)


def _table(header: list[str], rows: list[tuple]):
    from IPython.display import HTML

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return HTML(f'<table class="numbers"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
