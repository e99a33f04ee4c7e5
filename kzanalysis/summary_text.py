"""What `clean` and `check` print: one screen, numbers first.

In: a `CleanResult`. Out: text on a rich Console.
"""
from __future__ import annotations

import json
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
                ("read by content: " + ", ".join(f"{h} → {s['columns'][h]}" for h in s["content_columns"])) if s.get("content_columns") else "",
                ("read as a status history: " + ", ".join(s["history_columns"])) if s.get("history_columns") else "",
                ("read as a further status column: " + ", ".join(s["status_columns"])) if s.get("status_columns") else "",
                ("yes/no naming a stage: " + ", ".join(s["stage_columns"])) if s.get("stage_columns") else "",
                ("a matrix of ticks: " + ", ".join(f"{h} → {g}" for h, g in s["tick_columns"].items())) if s.get("tick_columns") else "",
                (f"list's date {s['list_date']['date']} (\"{s['list_date']['from']}\")") if s.get("list_date") else "",
                (f"rows continuing the case above: {s['continuation_rows']}") if s.get("continuation_rows") else "",
                (f"date from the court: {s['court_dates']['column']} → {s['court_dates']['field']}") if s.get("court_dates") else "",
                (f"dates by their events: {s['event_dates']['column']} by {s['event_dates']['events']}") if s.get("event_dates") else "",
                "; ".join(f"{h}: {why}" for h, why in s.get("date_order", {}).items()),  # dates read month first (date_order.py)
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
    links = t.get("links", {})
    if "persons" in t:
        console.print(f"\n[bold]{t['persons']} people[/] behind the {t['cases']} cases: {links.get('linked', 0)} pairs linked, "
                      f"{links.get('review', 0)} to review (`kzanalysis links`), {links.get('analyst_same', 0) + links.get('analyst_different', 0)} "
                      "decided by you in links.csv.")
    console.print(f"\nTidy tables written to {folder} (cases, charges, problems, persons, links as .parquet and .csv; "
                  "links_review.csv; manifest.json).")


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
    print_columns(console, result)
    p = result.problems
    if len(p):
        table = Table(show_edge=False, pad_edge=False, title="Problems by column and kind")
        for col in ("file", "sheet", "column", "problem", "rows", "example row", "example value"):
            table.add_column(col, no_wrap=col == "problem")  # a problem code is looked up: never cut
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


# Problem kinds about a column or sheet as a whole, not about one value of it.
_WHOLE = ("unmapped_column", "no_date_column", "undated")
_DATES = ("detained_on", "charged_on", "sentenced_on", "released_on")


def column_report(result) -> pd.DataFrame:
    """One row per column of every sheet: file, sheet, header, field, how it was mapped (alias,
    keyword, content, sources.toml, unmapped, ignored), values, share read and up to five values not read."""
    p = result.problems
    cell = p.loc[p["row_kept"].astype(bool) & ~p["problem"].isin(_WHOLE)]
    rows = []
    for f in result.manifest["files"]:
        for s in f.get("sheets", []):
            here = cell.loc[(cell["source_file"] == f["file"]) & (cell["source_sheet"].fillna("") == s["sheet"])]
            values = s.get("values", {})
            entries = [(h, field, s.get("mapped_by", {}).get(h, "alias")) for h, field in s["columns"].items()]
            counted = set(s.get("start_only_columns", []))  # dates of an event not named (start_dates.py)
            entries += [(h, "started_on only" if h in counted else "", "unmapped") for h in s.get("unmapped_columns", [])]
            entries += [(h, "", "ignored") for h in s.get("ignored_columns", [])]
            court = {}  # the court's seat gave the city where the row gives none, its cells a date (court.py)
            if s.get("city_from_court"):
                court.setdefault(s["city_from_court"]["column"], []).append("city, region")
            if s.get("court_dates"):
                court.setdefault(s["court_dates"]["column"], []).append(s["court_dates"]["field"])
            entries += [(h, ", ".join(fields), "read from the court") for h, fields in court.items()]
            if s.get("event_dates"):  # a date column whose events another column names (event_kinds.py)
                ev = s["event_dates"]
                entries.append((ev["column"], ", ".join(ev["cases"]), f"read by the events of {ev['events']}"))
                entries.append((ev["events"], "the event of each date", "read as the events of its date column"))
            if s.get("status_from_institution"):  # a bare term beside a colony is a prison term (institution.py)
                entries.append((s["status_from_institution"]["column"], "status", "read as where the person is held"))
            verdict = {}  # a verdict sentence gave the articles or the court's seat besides its status (verdict_text.py)
            if s.get("articles_from_verdict"):
                verdict.setdefault(s["articles_from_verdict"]["column"], []).append("articles")
            if s.get("city_from_verdict"):
                verdict.setdefault(s["city_from_verdict"]["column"], []).append("city, region")
            entries += [(h, ", ".join(fields), "read from the verdict sentence") for h, fields in verdict.items()]
            if s.get("city_from_address"):  # the address gave the city where the row gives none (address.py)
                entries.append((s["city_from_address"]["column"], "city, region", "read from the address"))
            free = s.get("from_free_text")  # fields a narrative cell gave where the sheet has no column (narrative.py)
            if free:
                # a second line for the notes column: what its text gave besides the notes
                entries += [(h, ", ".join(free.get("cases", {})), "read from free text") for h in free["columns"]]
            # a status history: each step's date to its date field, the latest step to the status (parse/history.py)
            histories = s.get("history_columns", [])
            entries = [(h, field, f"{how}, read as a status history" if h in histories else how) for h, field, how in entries]
            ordered = s.get("date_order", {})  # dates read month first, or in both orders (date_order.py)
            entries = [(h, field, f"{how}, {ordered[h].split(':')[0]}" if h in ordered else how) for h, field, how in entries]
            entries += [(h, "dates of its stages, status", "read as a status history") for h in histories if h not in s["columns"]]
            # statuses besides the status column: the latest stage of the row's status cells wins (measures.py)
            entries += [(h, "status", "read as a further status column") for h in s.get("status_columns", [])]
            # a yes/no column whose header names a stage: a yes gives that stage (stage_columns.py)
            entries += [(h, "status", "yes/no naming a stage") for h in s.get("stage_columns", [])]
            for header, field, how in entries:
                bad = here.loc[here["column"] == header]
                if how == "unmapped":  # its samples, from its unmapped_column row
                    whole = p.loc[(p["problem"] == "unmapped_column") & (p["source_file"] == f["file"])
                                  & (p["source_sheet"].fillna("") == s["sheet"]) & (p["column"] == header), "value"]
                    bad = pd.DataFrame({"value": [v for text in whole.dropna() for v in str(text).split("; ")], "source_row": pd.NA})
                n = values.get(header, 0)
                unread = n if how in ("unmapped", "ignored") else int(bad["source_row"].nunique())
                rows.append({"file": f["file"], "key": f.get("key") or f["file"], "sheet": s["sheet"], "header": header,
                             "field": field, "how": how, "values": n,
                             "read": (1 - unread / n) if n else None,
                             "not_read": [str(v) for v in pd.unique(bad["value"].dropna())][:5],
                             "looks_like": s.get("unmapped_look_like", {}).get(header, "")})
    return pd.DataFrame(rows, columns=["file", "key", "sheet", "header", "field", "how", "values", "read", "not_read", "looks_like"])


def sources_block(report: pd.DataFrame) -> str:
    """A sources.toml block, ready to paste, mapping the unmapped columns: the field their values
    suggest, `FIELD` where they suggest none (dates: one of the four dates, which only the list can say)."""
    from .content import FIELD_OF_KIND

    out = []
    unmapped = report.loc[report["how"] == "unmapped"]
    for key, group in unmapped.groupby("key", sort=False):
        items, notes = [], []
        for header, kind in dict(zip(group["header"], group["looks_like"])).items():
            field = FIELD_OF_KIND.get(kind)
            items.append(f"{json.dumps(header, ensure_ascii=False)} = \"{field or 'FIELD'}\"")
            if kind == "date":
                notes.append(f"# {header}: dates; FIELD is the date they are: {', '.join(_DATES)}")
            elif not field:
                notes.append(f"# {header}: its values look like no field; FIELD is the field it holds, or delete the entry")
        out.append("\n".join([f"[{json.dumps(key, ensure_ascii=False)}]", *notes, "columns = { " + ", ".join(items) + " }"]))
    return "\n\n".join(out)


def print_columns(console: Console, result) -> None:
    """`check`: each column, the field it maps to and how, the share read, values not read; then a
    sources.toml block for the unmapped columns."""
    report = column_report(result)
    if report.empty:
        return
    table = Table(show_edge=False, pad_edge=False, title="Columns")
    for col in ("file", "sheet", "column", "field", "mapped by", "values", "read", "not read (up to five)"):
        table.add_column(col, justify="right" if col in ("values", "read") else "left")
    for r in report.itertuples(index=False):
        field = r.field or (f"(looks like {r.looks_like})" if r.looks_like else "")
        read = "" if r.read is None or pd.isna(r.read) else f"{r.read:.0%}"
        table.add_row(r.file, r.sheet, r.header, field, "read by content" if r.how == "content" else r.how,
                      str(r.values), read, "; ".join(v[:30] for v in r.not_read))
    console.print(table)
    block = sources_block(report)
    if block:
        console.print("\n[bold]Unmapped columns[/]: to read them, paste into data/raw/sources.toml and check the fields:")
        console.print(block, markup=False, highlight=False)
