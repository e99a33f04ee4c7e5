"""The `kzanalysis` command: thin wrappers that parse arguments, call a stage, print.

Exit codes: 0 done; 1 done, but some file could not be read (named in the
summary); 2 a usage mistake; 3 out of memory (nothing written). A user's mistake is one line on stderr, never a
traceback.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import config

app = typer.Typer(
    name="kzanalysis",
    help="Tidy tables, reports and partner workbooks from NGO lists of politically motivated prosecutions in Kazakhstan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: the rich help pulls in a Markdown parser, a third of a second at start-up
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _Console:
    """A rich Console made on first use: `kzanalysis --help` does not import rich (a tenth of a second)."""

    def __init__(self, **options) -> None:
        self._options, self._console = options, None

    def __getattr__(self, name: str):
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False, soft_wrap=True, **self._options)
        return getattr(self._console, name)


out = _Console()
err = _Console(stderr=True)


class UsageError(Exception):
    """A mistake in what the user asked for: printed as one line, exit 2."""


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        out.print(f"kzanalysis {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """Clean NGO case lists into tidy tables, then report on them."""


# Period options shared by `report` and `export`.
QuarterOpt = Annotated[Optional[str], typer.Option("--quarter", help="A quarter, e.g. 2021Q3.", show_default=False)]
YearOpt = Annotated[Optional[str], typer.Option("--year", help="A year, e.g. 2021.", show_default=False)]
StartOpt = Annotated[Optional[str], typer.Option("--start", help="First day, YYYY-MM-DD (with --end).", show_default=False)]
EndOpt = Annotated[Optional[str], typer.Option("--end", help="Last day, YYYY-MM-DD (with --start).", show_default=False)]
LangOpt = Annotated[str, typer.Option("--lang", help="Language of the output: en or ru.", case_sensitive=False)]
WorkspaceOpt = Annotated[Optional[Path], typer.Option(
    "--workspace", "-w", show_default=False,
    help=f"The workspace folder. Default: ${config.WORKSPACE_ENV}, else the nearest folder at or above this one that holds data/raw/.")]


def _workspace(given: Path | None) -> config.Workspace:
    """The workspace of this run, or one line naming `kzanalysis init` and exit 2."""
    try:
        return config.find_workspace(given)
    except config.WorkspaceError as exc:
        fail(str(exc))


def check_lang(lang: str) -> str:
    lang = lang.lower()
    if lang not in ("en", "ru"):
        fail(f"--lang '{lang}' is not a language we write: use en or ru")
    return lang


@app.command("clean")
def clean_cmd(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of lists (.xlsx, .csv). Default: the workspace's data/raw.", show_default=False)] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Folder for the tidy tables. Default: the workspace's data/processed.", show_default=False)] = None,
    workspace: WorkspaceOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Read every list in the given files or folders and write the tidy tables."""
    given = _existing(paths) if paths else None  # a mistyped path is named before anything else
    ws = None if given and out_dir and workspace is None else _workspace(workspace)  # lists and --out: no workspace needed
    sources = given or [ws.raw]
    target = Path(out_dir or ws.processed)
    _warm_up(sources, target)
    from . import clean as cleaner
    from .freshness import list_cache_dir, write_result

    _check_lists_found(sources, target)

    with _one_run(ws.processed.parent if ws and not out_dir else target.resolve().parent):
        result = cleaner.clean_paths(sources, progress=not quiet, cache_dir=list_cache_dir(target), parallel=True)
        try:
            folder = write_result(result, target)
        except OSError as exc:
            fail(f"cannot write the tidy tables to {target}: {exc.strerror or exc}; choose another --out folder")
    if quiet:
        for message in result.unreadable:
            err.print(f"could not read: {message}")
    else:
        from .summary_text import print_clean_summary  # the summary's tables: only when it is printed

        print_clean_summary(out, result, folder)
    raise typer.Exit(1 if result.unreadable else 0)


def _warm_up(sources: list[Path], target: Path | None) -> None:
    """Start the worker processes' fork server before this process imports the cleaning chain, so both
    import at once on two cores (parallel.py): only where at least two lists may need cleaning."""
    from .parallel import warm_up

    warm_up(sources, config.LIST_SUFFIXES, config.list_cache_dir(target) if target is not None else None)


@contextmanager
def _one_run(lock_dir: Path):
    """One run at a time on a workspace: its lock is in the workspace's `data/` (for `clean --out DIR`
    outside a workspace, beside DIR). A second run, or an output folder that cannot be replaced, is
    one line and exit 2."""
    from .atomic import FolderInUse, WorkspaceBusy, workspace_lock

    try:
        with workspace_lock(lock_dir):
            yield
    except (WorkspaceBusy, FolderInUse) as exc:
        fail(str(exc))


def _check_lists_found(sources: list[Path], target: Path | None) -> None:
    """Refuse an output folder inside an input folder, and a run that finds no list at all."""
    from .read import list_inputs

    resolved = target.resolve() if target is not None else None
    for src in sources:
        if resolved is not None and src.is_dir() and (resolved == src.resolve() or src.resolve() in resolved.parents):
            fail(f"--out {target} is inside the input folder {src}: the tables would be read back as lists; write them elsewhere")
    if not list_inputs(sources):
        kept = f"; the tidy tables in {target} are kept as they are" if target and (target / "manifest.json").exists() else ""
        fail(f"no lists (.xlsx, .xls, .ods, .csv) found in {', '.join(map(str, sources))}{kept}")


@app.command("check")
def check_cmd(
    files: Annotated[Optional[list[Path]], typer.Argument(help="The lists to check (.xlsx, .csv). Default: the workspace's data/raw.", show_default=False)] = None,
    workspace: WorkspaceOpt = None,
) -> None:
    """Read and clean lists without writing anything; print the problems by column and kind."""
    given = _existing(files) if files else None
    ws = None if given and workspace is None else _workspace(workspace)
    sources = given or [ws.raw]
    _warm_up(sources, None)
    from . import clean as cleaner
    from .summary_text import print_check

    _check_lists_found(sources, None)  # writes nothing
    result = cleaner.clean_paths(sources, progress=False, parallel=True)
    print_check(out, result)
    raise typer.Exit(1 if result.unreadable else 0)


def _existing(paths: list[Path]) -> list[Path]:
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}")
    return [Path(p) for p in paths]


def _period(quarter: str | None, year: str | None, start: str | None, end: str | None):
    """The period the options name, or None for the latest quarter; a bad option is a one-line error."""
    from .period import PeriodError, from_options

    try:
        return from_options(quarter, year, start, end)
    except PeriodError as exc:
        fail(str(exc))


def _raw_paths(ws: config.Workspace, quiet: bool = False) -> list[Path] | None:
    """The workspace's data/raw when it holds lists (the tables are then cleaned again when they changed),
    else None: a run that finds no list keeps the tables as they are, and says so."""
    from .read import list_inputs

    if not ws.raw.is_dir():
        return None
    if list_inputs([ws.raw]):
        return [ws.raw]
    if not quiet and (ws.processed / "manifest.json").exists():
        err.print(f"no lists in {ws.raw}: the tidy tables in {ws.processed} are used as they are")
    return None


@app.command("export")
def export_cmd(
    quarter: QuarterOpt = None,
    year: YearOpt = None,
    start: StartOpt = None,
    end: EndOpt = None,
    lang: LangOpt = "en",
    redact: Annotated[bool, typer.Option("--redact", help="Replace names by keyed pseudonyms; drop Latin names, birth years and notes.")] = False,
    out_file: Annotated[Optional[Path], typer.Option("--out", help="The workbook to write. Default: reports/<period>/kzanalysis_<period>[_ru][_redacted].xlsx.", show_default=False)] = None,
    workspace: WorkspaceOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Write the partner workbook (.xlsx) for a period; with no period, the latest quarter that has data."""
    from . import export as exporter
    from .redact import RedactKeyError
    from .inputs import ReportError, choose_period, up_to_date_tables
    from .summary import in_period
    from .tables import NotCleanedError

    lang = check_lang(lang)
    period = _period(quarter, year, start, end)
    if out_file is not None and out_file.suffix.lower() != ".xlsx":
        fail(f"--out '{out_file}' must end in .xlsx")
    ws = _workspace(workspace)
    try:
        with _one_run(ws.processed.parent):
            tables = up_to_date_tables(ws.processed, _raw_paths(ws, quiet), progress=not quiet)
            period = choose_period(tables, period)
            target = out_file or exporter.default_path(period, lang, redact, ws)
            written = exporter.write_workbook(tables, period, target, lang=lang, redact=redact)
    except (NotCleanedError, ReportError, RedactKeyError) as exc:
        fail(str(exc))
    if not quiet:
        n = len(in_period(tables.cases, period))
        out.print(f"wrote {written} ({period.label}: {n} documented cases{', redacted' if redact else ''})")


@app.command("report")
def report_cmd(
    quarter: QuarterOpt = None,
    year: YearOpt = None,
    start: StartOpt = None,
    end: EndOpt = None,
    lang: LangOpt = "en",
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="The report folder. Default: reports/<period>/ (the Russian files are named report_ru.html, figures/*_ru.png).", show_default=False)] = None,
    workspace: WorkspaceOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Run the report notebooks and write the report folder; with no period, the latest quarter that has data."""
    from . import report as reporter
    from .tables import NotCleanedError

    lang = check_lang(lang)
    period = _period(quarter, year, start, end)
    ws = _workspace(workspace)
    try:
        with _one_run(ws.processed.parent):
            result = reporter.make_report(ws.processed, _raw_paths(ws, quiet), period, lang, out_dir, progress=not quiet, workspace=ws)
    except NotCleanedError as exc:
        fail(str(exc))
    except reporter.ReportError as exc:
        fail(str(exc), code=1)
    if not quiet:
        n = result.summary["cases_started"]
        out.print(f"wrote {result.html} ({result.period.label}: {n} documented cases, "
                  f"{len(result.files)} files, {result.seconds:.1f} s)")


@app.command("init")
def init_cmd(
    folder: Annotated[Path, typer.Argument(help="The folder of the new workspace (created if missing).", show_default=False)],
) -> None:
    """Make a workspace for real lists, outside any repository: data/raw, data/processed, reports, notebooks."""
    from .workspace import init_workspace

    try:
        done = init_workspace(folder)
    except (config.WorkspaceError, OSError) as exc:
        fail(f"cannot make a workspace in {folder}: {exc}")
    ws = done.workspace
    for path in done.added:
        out.print(f"created {path}")
    if done.kept:
        out.print(f"kept {len(done.kept)} folders and files that were already there")
    out.print(f"workspace ready: put the lists in {ws.raw}, then, from {ws.root}: kzanalysis clean, "
              f"kzanalysis report, kzanalysis export, kzanalysis lab")


@app.command("lab", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def lab_cmd(
    ctx: typer.Context,
    workspace: WorkspaceOpt = None,
) -> None:
    """Open JupyterLab on the workspace's notebooks/ with the project kernel; other options go to JupyterLab."""
    from . import lab

    ws = _workspace(workspace)
    try:
        code = lab.run_lab(ws, list(ctx.args), warn=lambda w: err.print(f"warning: {w}"))
    except lab.LabError as exc:
        fail(str(exc), code=1)
    raise typer.Exit(code)


@app.command("links")
def links_cmd(
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many pairs.")] = 50,
    workspace: WorkspaceOpt = None,
) -> None:
    """Print the pairs of case rows that may be one person and wait for your decision, and where to decide them."""
    from .freshness import refresh
    from .tables import NotCleanedError, review_pairs

    ws = _workspace(workspace)
    try:
        tables = refresh(_raw_paths(ws), ws.processed, progress=False)
    except NotCleanedError as exc:
        fail(str(exc))
    pairs = review_pairs(tables.cases, tables.links)
    decisions = ws.links
    persons = len(tables.persons)
    out.print(f"{len(tables.cases)} cases, {persons} people; {len(pairs)} pairs to review "
              f"(all of them in {ws.processed / config.LINKS_REVIEW_FILE_NAME})")
    for r in pairs.head(limit).itertuples(index=False):
        year = lambda y: "" if str(y) in ("None", "<NA>", "nan") else f", {y}"  # noqa: E731
        out.print(f"\n  score {r.score:g}: agreed {r.agreed or '-'}; disagreed {r.disagreed or '-'}", highlight=False)
        out.print(f"    A  {r.source_a} row {r.source_row_a}: {r.name_a}{year(r.birth_year_a)}, {r.city_a or '?'}, {r.articles_a or '-'}", highlight=False)
        out.print(f"    B  {r.source_b} row {r.source_row_b}: {r.name_b}{year(r.birth_year_b)}, {r.city_b or '?'}, {r.articles_b or '-'}", highlight=False)
    if len(pairs) > limit:
        out.print(f"\n  ... and {len(pairs) - limit} more")
    out.print(f"\nDecide a pair by adding a row to {decisions} (make it with this header if it is missing):\n"
              "  source_a,name_a,birth_year_a,source_b,name_b,birth_year_b,decision\n"
              "decision is `same` or `different`; it wins on every later run, also on new versions of the lists.",
              highlight=False)


@app.command("diff")
def diff_cmd(
    old: Annotated[Path, typer.Argument(help="The earlier version of a list (.xlsx, .csv).", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later version.", show_default=False)],
) -> None:
    """Print what changed between two versions of a list: people added, removed, released, with a new status or sentence."""
    from . import clean as cleaner
    from . import list_versions as versions

    _existing([old, new])
    results = [cleaner.clean_paths([path]) for path in (old, new)]
    unreadable = [m for r in results for m in r.unreadable]
    if unreadable:
        fail("; ".join(unreadable), code=1)
    frame = versions.changes(results[0].cases, results[1].cases)
    n = versions.counts(frame)
    out.print(f"{old.name} -> {new.name}: {len(results[0].cases)} -> {len(results[1].cases)} cases; "
              + ", ".join(f"{k} {v}" for k, v in n.items()))
    for kind in versions.CHANGES:
        rows = frame.loc[frame["change"] == kind]
        if rows.empty:
            continue
        out.print(f"\n[bold]{kind}[/] ({len(rows)})")
        for r in rows.itertuples(index=False):
            who = f"{r.name}" + (f" ({r.birth_year})" if pd_notna(r.birth_year) else "")
            out.print(f"  {who}: {_state(r.status_before, r.sentence_before)} -> {_state(r.status_after, r.sentence_after)}",
                      markup=False)


def pd_notna(value) -> bool:
    """False for None, pandas' NA and NaN."""
    import pandas as pd

    return not pd.isna(value)


def _state(status, months) -> str:
    if not pd_notna(status):
        return "-"
    return f"{status}" + (f", {int(months)} months" if pd_notna(months) else "")


def main() -> None:
    """Entry point of the console script."""
    try:
        app()
    except config.VocabularyError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except MemoryError:
        # Nothing was written (the tables and reports change only when a run completes).
        err.print("[bold red]error:[/] the machine ran out of memory; nothing was written. The person linkage "
                  "compares the rows whose names are alike, which grows fast when very many rows share a few "
                  "names: clean fewer or smaller lists at once, or use a machine with more memory")
        sys.exit(3)
