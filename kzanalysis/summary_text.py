"""What `clean` and `check` print: one screen, numbers first.

In: a `CleanResult`. Out: text on a rich Console.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.table import Table


def _files_table(result) -> Table:
    table = Table(title=None, show_edge=False, pad_edge=False)
    for col, just in (("file", "left"), ("sheet", "left"), ("rows read", "right"), ("cases", "right"), ("dropped", "right"), ("columns to check", "left")):
        table.add_column(col, justify=just)
    for f in result.manifest["files"]:
        if "error" in f:
            table.add_row(f["file"], "", "", "", "", "[red]unreadable[/]")
            continue
        for s in f["sheets"]:
            note = "; ".join(filter(None, [
                ("unmapped: " + ", ".join(s["unmapped_columns"])) if s.get("unmapped_columns") else "",
                ("read by keyword: " + ", ".join(f"{h} → {s['columns'][h]}" for h in s["guessed_columns"])) if s.get("guessed_columns") else "",
                s.get("note", "")]))
            table.add_row(f["file"], s["sheet"], str(s["rows_read"]), str(s["cases"]), str(s["rows_dropped"]), note)
    return table


def _problems_by_kind(result) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    table.add_column("problem")
    table.add_column("rows", justify="right")
    table.add_column("row kept", justify="right")
    p = result.problems
    if len(p):
        counts = p.groupby("problem").agg(rows=("problem", "size"), kept=("row_kept", "sum")).sort_values("rows", ascending=False)
        for kind, row in counts.iterrows():
            table.add_row(str(kind), str(int(row["rows"])), str(int(row["kept"])))
    return table


def print_clean_summary(console: Console, result, folder: Path) -> None:
    t = result.manifest["totals"]
    console.print(f"[bold]Read[/] {t['rows_read']} rows from {t['files']} file(s): "
                  f"[bold]{t['cases']} cases[/], {t['rows_dropped']} rows dropped (each with its reason), {t['problems']} problems.")
    console.print(_files_table(result))
    if len(result.problems):
        console.print("\n[bold]Problems by kind[/] (every one is a row of problems.csv, with file, sheet, row and column):")
        console.print(_problems_by_kind(result))
    _print_versions(console, result.manifest)
    for message in result.unreadable:
        console.print(f"[red]could not read:[/] {message}")
    console.print(f"\nTidy tables written to {folder} (cases, charges, problems as .parquet and .csv; manifest.json).")


def _print_versions(console: Console, manifest: dict) -> None:
    """The superseded versions of a list (not counted) and what changed since the previous one."""
    for s in manifest.get("superseded", []):
        console.print(f"[bold]superseded:[/] {s['file']} (version of {s['version']}) by {s['superseded_by']}: "
                      "an older version of the same list, not counted")
    for g in manifest.get("changes", []):
        counts = ", ".join(f"{k} {v}" for k, v in g["counts"].items())
        console.print(f"[bold]changes[/] {g['previous']} -> {g['current']} (people): {counts}; "
                      f"`kzanalysis diff` lists them")


def print_check(console: Console, result) -> None:
    t = result.manifest["totals"]
    console.print(f"[bold]Checked[/] {t['files']} file(s): {t['rows_read']} rows, {t['cases']} cases, "
                  f"{t['rows_dropped']} dropped, {t['problems']} problems. Nothing written.")
    console.print(_files_table(result))
    p = result.problems
    if len(p):
        table = Table(show_edge=False, pad_edge=False, title="Problems by column and kind")
        for col in ("file", "sheet", "column", "problem", "rows", "example row", "example value"):
            table.add_column(col)
        grouped = (p.assign(column=p["column"].replace("", "(whole row)"))
                   .groupby(["source_file", "source_sheet", "column", "problem"], sort=True, dropna=False)
                   .agg(rows=("problem", "size"), row=("source_row", "first"), value=("value", "first")).reset_index())
        for r in grouped.itertuples(index=False):
            value = "" if pd.isna(r.value) else str(r.value)[:40]
            table.add_row(r.source_file, r.source_sheet, r.column, r.problem, str(r.rows), "" if pd.isna(r.row) else str(r.row), value)
        console.print(table)
    _print_versions(console, result.manifest)
    for message in result.unreadable:
        console.print(f"[red]could not read:[/] {message}")
