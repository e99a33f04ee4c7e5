"""Long lists in every layout the project reads, and the time to clean each one against pandas' read of it.

The plain generated list (benchmarks/lists.py) exercises only one layout. The layout rules (record
blocks, label/value cells, name cells with details, split dates, pivots, footnotes, json columns,
...) run only on lists written in other layouts: the sample lists in data/raw and the red-team
sets the tests write (tests/red*_lists.py, `write_lists`). This script makes a long copy of each
of those files and times `clean_paths` on it.

A long copy keeps every row above the first case (titles, header rows) and every row below the
body (footnotes, legends) where they were, and repeats the body (the rows from the first case to
the last, with the section headings and record lines between) until the sheet holds about
`rows` rows (default 20,000 per sheet). In each repeat the names of the cases are changed
deterministically (the longest word of the name replaced by a double surname of two of the sample
generator's surnames, `Ахметов` -> `Ерденов-Тлеубаев`, as benchmarks/lists.py does), so rows and
people stay distinct, as in a real pooled list. Which rows are cases and their names, and which rows are
not (a heading, a footnote), come from the truth each set's writer returns (for a set whose truth
has no names, from cleaning the original file). A .xlsx keeps its styles, merged cells, comments and links (openpyxl); a CSV keeps
its encoding, delimiter and line ends; an .ods is written again from its cells (pandas' odf writer).
Sheets without cases are left as they are.

    .venv/bin/python benchmarks/layouts.py                 # make the long copies (cached), time them, print the table
    .venv/bin/python benchmarks/layouts.py --rows 5000     # shorter copies
    .venv/bin/python benchmarks/layouts.py --only redteam16_lists,samples
    .venv/bin/python benchmarks/layouts.py --make-only     # only write the copies (benchmarks/.data/layouts/<rows>/)

The timing runs in one child process: after a warm-up clean (vocabularies read, modules imported),
each long file is cleaned by `clean.clean_list` (reading, the layout rules, the field parsers:
all of a list's cleaning except the linkage of people across lists, which `clean_paths` runs once
over all lists) and read by pandas (`read_csv` with the file's encoding and delimiter, or
`read_excel(engine="calamine")` of every sheet), both timed in CPU seconds of that process (on a
shared machine CPU time is steadier than wall time). With LAYOUTS_LINK=1 the linkage of each
file's cases (`link.link_cases`) is timed too, apart. The table gives the clean's CPU seconds per
10,000 rows and the ratio to the read; the plain generated 100,000-row
CSV is the reference per-row cost. benchmarks/run.py gives its summary (median ratio, the worst
file) a row of benchmarks/results.md when BENCH_PARTS holds `layouts`.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import io
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from copy import copy
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".data" / "layouts"
ROWS = 20_000
MADE_BY = "2"  # the way the long copies are made: a new value makes them again

CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
# rows the cleaner folds into the case above them (a record block's lines, a wrapped row): part of the body
JOINED = {"record_line", "continuation_row", "lines_folded"}


def _surnames() -> list[tuple[str, str, str]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from lists import _generator
    return _generator().SURNAMES


def vary(name: str, k: int) -> str:
    """The name with its longest word (the surname, mostly) replaced for repeat k by a double surname drawn
    from the sample generator's surnames, as benchmarks/lists.py names its long list's people
    (`Ахметов Ерлан` -> `Ерденов-Тлеубаев Ерлан`), in the word's script and case. Pairs of distinct
    surnames, with the row's own first name and birth year, keep people distinct across repeats."""
    surnames = _surnames()
    n = len(surnames)
    words = name.split(" ")
    i = max(range(len(words)), key=lambda j: len(words[j]))
    word = words[i]
    script = 0 if CYRILLIC.search(word) else 2
    seed = int(hashlib.sha1(word.encode()).hexdigest()[:6], 16)  # another pair for each surname
    a, b = (seed + k) % n, (seed // n + k // n + k) % n
    if a == b:
        b = (b + 1) % n
    parts = [surnames[a][script], surnames[b][script]]
    if k >= n * n:  # more repeats than pairs
        parts.append(surnames[(k // (n * n)) % n][script])
    added = "-".join(parts)
    words[i] = added.upper() if len(word) > 1 and word.isupper() else added
    return " ".join(words)


def _norm(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _renamer(names: list[str]):
    """A function (cell value, k) -> the value with each case name in it varied for repeat k; names longest first."""
    names = sorted({n for n in names if n and len(n) >= 3}, key=len, reverse=True)

    def rename(value, k: int):
        if not isinstance(value, str) or not value.strip():
            return value
        text = _norm(value)
        for name in names:
            if name in text:
                return text.replace(name, vary(name, k))
        return value
    return rename


def _body(case_rows: list[int], other_rows: set[int], filled, last: int) -> tuple[int, int]:
    """The first and last row of the body: from the first case to the last, and on past the last case through
    the filled rows that are not a row the truth names as no case (a footnote), or that the cleaner folded
    into the case above (the rest of the last record's lines)."""
    start, end = min(case_rows), max(case_rows)
    while end < last and filled(end + 1) and end + 1 not in other_rows:
        end += 1
    return start, end


def _times(body_len: int, before: int, rows: int) -> int:
    return max(1, math.ceil((rows - before) / body_len))


# ---- CSV --------------------------------------------------------------------------------------------

def _csv_text(path: Path) -> tuple[str, str]:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw.decode("utf-8-sig"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1251"), "cp1251"


def _csv_dialect(text: str) -> tuple[str, str]:
    first = [line for line in text.splitlines()[:30] if line.strip()]
    counts = {d: sum(line.count(d) for line in first) for d in (",", ";", "\t", "|")}
    sep = max(counts, key=counts.get)
    return sep, ("\r\n" if "\r\n" in text[:5000] else "\n")


def scale_csv(src: Path, dst: Path, cases, others: set[int], rows: int) -> int:
    text, encoding = _csv_text(src)
    sep, end = _csv_dialect(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    case_rows = sorted(set(cases["source_row"]))
    start, stop = _body(case_rows, others, lambda r: any(c.strip() for c in records[r - 1]), len(records))
    body = records[start - 1:stop]
    rename = _renamer(list(cases["name"].dropna()))
    out = records[:stop]
    for k in range(1, _times(len(body), start - 1 + len(records) - stop, rows)):
        out += [[rename(c, k) for c in rec] for rec in body]
    out += records[stop:]
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=sep, lineterminator=end).writerows(out)
    dst.write_bytes(buf.getvalue().encode(encoding))
    return len(out)


# ---- .xlsx ------------------------------------------------------------------------------------------

def _scale_sheet(ws, cases, others: set[int], rows: int) -> int:
    from openpyxl.comments import Comment
    from openpyxl.worksheet.cell_range import CellRange

    last = ws.max_row
    case_rows = sorted(set(cases["source_row"]))

    def filled(r: int) -> bool:
        return any(c.value not in (None, "") for c in ws[r])
    start, stop = _body(case_rows, others, filled, last)
    length = stop - start + 1
    times = _times(length, start - 1 + last - stop, rows)
    if times == 1:
        return last
    shift = (times - 1) * length
    rename = _renamer(list(cases["name"].dropna()))
    width = ws.max_column

    def grab(r: int) -> list:
        return [(c.column, c.value, c._style, c.hyperlink, c.comment) for c in ws[r] if c.value is not None or c.has_style
                or c.hyperlink or c.comment]
    tail = {r: grab(r) for r in range(stop + 1, last + 1)}
    tail_dims = {r: copy(ws.row_dimensions[r]) for r in range(stop + 1, last + 1) if r in ws.row_dimensions}
    merged = [CellRange(m.coord) for m in ws.merged_cells.ranges]
    for m in merged:
        if m.min_row > stop:
            ws.unmerge_cells(m.coord)
    for r in range(stop + 1, last + 1):
        for c in range(1, width + 1):
            ws.cell(r, c).value = None
    body = {r: grab(r) for r in range(start, stop + 1)}
    body_dims = {r: ws.row_dimensions[r] for r in range(start, stop + 1) if r in ws.row_dimensions}

    def put(r: int, cells: list, k: int | None) -> None:
        for col, value, style, link, note in cells:
            cell = ws.cell(r, col)
            cell.value = rename(value, k) if k else value
            cell._style = copy(style)
            if link:
                cell.hyperlink = link.target or link.location
            if note:
                cell.comment = Comment(note.text, note.author)
    for k in range(1, times):
        for r, cells in body.items():
            put(r + k * length, cells, k)
            if r in body_dims:
                dim = body_dims[r]
                ws.row_dimensions[r + k * length].height = dim.height
                ws.row_dimensions[r + k * length].hidden = dim.hidden
                ws.row_dimensions[r + k * length].outlineLevel = dim.outlineLevel
        for m in merged:
            if start <= m.min_row and m.max_row <= stop:
                ws.merge_cells(start_row=m.min_row + k * length, end_row=m.max_row + k * length,
                               start_column=m.min_col, end_column=m.max_col)
    for r, cells in tail.items():
        put(r + shift, cells, None)
        if r in tail_dims:
            ws.row_dimensions[r + shift].height = tail_dims[r].height
            ws.row_dimensions[r + shift].hidden = tail_dims[r].hidden
    for m in merged:
        if m.min_row > stop:
            ws.merge_cells(start_row=m.min_row + shift, end_row=m.max_row + shift, start_column=m.min_col, end_column=m.max_col)
    for table in ws.tables.values():
        t = CellRange(table.ref)
        if t.min_row <= start and t.max_row >= stop:
            table.ref = CellRange(min_row=t.min_row, max_row=t.max_row + shift, min_col=t.min_col, max_col=t.max_col).coord
    if ws.auto_filter.ref:
        f = CellRange(ws.auto_filter.ref)
        if f.max_row >= stop:
            ws.auto_filter.ref = CellRange(min_row=f.min_row, max_row=f.max_row + shift, min_col=f.min_col, max_col=f.max_col).coord
    return ws.max_row


def scale_xlsx(src: Path, dst: Path, cases, others: dict[str, set[int]], rows: int) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(src)
    total = 0
    for ws in wb.worksheets:
        mine = cases[cases["source_sheet"] == ws.title]
        total += _scale_sheet(ws, mine, others.get(ws.title, set()), rows) if len(mine) else ws.max_row
    wb.save(dst)
    return total


def scale_ods(src: Path, dst: Path, cases, others: dict[str, set[int]], rows: int) -> int:
    import pandas as pd

    sheets = pd.read_excel(src, sheet_name=None, header=None, engine="odf")
    total = 0
    with pd.ExcelWriter(dst, engine="odf") as writer:
        for title, frame in sheets.items():
            mine = cases[cases["source_sheet"] == title]
            frame = frame.astype(object).where(frame.notna(), None)
            records = frame.values.tolist()
            if len(mine):
                start, stop = _body(sorted(set(mine["source_row"])), others.get(title, set()),
                                    lambda r: any(v not in (None, "") for v in records[r - 1]), len(records))
                body = records[start - 1:stop]
                rename = _renamer(list(mine["name"].dropna()))
                out = records[:stop]
                for k in range(1, _times(len(body), start - 1 + len(records) - stop, rows)):
                    out += [[rename(v, k) for v in rec] for rec in body]
                records = out + records[stop:]
            pd.DataFrame(records).to_excel(writer, sheet_name=title, header=False, index=False)
            total += len(records)
    return total


# ---- the sets ---------------------------------------------------------------------------------------

def set_names() -> list[str]:
    return ["samples"] + sorted(p.stem for p in (REPO / "tests").glob("red*_lists.py"))


def write_set(name: str, folder: Path):
    """Write one set's original lists into folder; return its truth (kind of each non-blank row under a header)."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    if name == "samples":
        for p in (REPO / "data" / "raw").iterdir():
            if p.is_file() and p.name != "README.md":
                shutil.copy(p, folder / p.name)
        truth = pd.read_csv(REPO / "tests" / "fixtures" / "samples_truth.csv", dtype=str, keep_default_na=False)
        return truth[["source_file", "source_sheet", "source_row", "kind"]].assign(source_row=lambda t: t["source_row"].astype(int))
    sys.path.insert(0, str(REPO / "tests"))
    return importlib.import_module(name).write_lists(folder)


def _fingerprint(name: str, rows: int) -> str:
    h = hashlib.sha256(f"{MADE_BY} {rows}".encode())
    if name == "samples":
        for p in sorted((REPO / "data" / "raw").iterdir()):
            h.update(p.read_bytes())
    else:
        h.update((REPO / "tests" / f"{name}.py").read_bytes())
    return h.hexdigest()[:16]


def make(name: str, rows: int = ROWS) -> Path:
    """The folder of long copies of one set's lists (made once, cached under benchmarks/.data/layouts/)."""
    import pandas as pd

    sys.path.insert(0, str(REPO))
    from kzanalysis.clean import clean_paths

    out = CACHE / str(rows) / name
    stamp = out / ".made"
    key = _fingerprint(name, rows)
    if stamp.exists() and stamp.read_text() == key:
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        truth = write_set(name, src)
        truth = truth.assign(source_sheet=truth["source_sheet"].fillna(""))
        manifest = {}
        (out / "original").mkdir()
        for path in sorted(p for p in src.iterdir() if p.is_file()):
            shutil.copy(path, out / "original" / path.name)  # the short original, for the cost of a row
            if path.suffix == ".toml":
                shutil.copy(path, out / path.name)
                continue
            mine = truth[truth["source_file"] == path.name]
            joined: set = set()
            if mine.loc[mine["kind"] == "case"].get("name", pd.Series(dtype=object)).notna().any():
                cases = mine.loc[mine["kind"] == "case", ["source_sheet", "source_row", "name"]]
            else:  # a truth without names: the names as the cleaner reads them, and the rows it folds into a case
                result = clean_paths([path], newest_only=False)
                cases = result.cases
                p = result.problems
                p = p[p["problem"].isin(JOINED) & p["source_row"].notna()]
                joined = set(zip(p["source_sheet"].fillna(""), p["source_row"].astype(int)))
            others = {s: {r for r in g.loc[g["kind"] != "case", "source_row"].astype(int) if (s, r) not in joined}
                      for s, g in mine.groupby("source_sheet")}
            cases = cases.assign(source_sheet=cases["source_sheet"].fillna(""), source_row=cases["source_row"].astype(int))
            suffix = path.suffix.lower()
            if suffix == ".xlsx":
                n = scale_xlsx(path, out / path.name, cases, others, rows)
            elif suffix == ".ods":
                n = scale_ods(path, out / path.name, cases, others, rows)
            else:
                n = scale_csv(path, out / path.name, cases, others.get("", set()), rows)
            manifest[path.name] = {"rows": n, "original_rows": _count_rows(path)}
            print(f"  {name}/{path.name}: {n:,} rows", flush=True)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    stamp.write_text(key)
    return out


def _count_rows(path: Path) -> int:
    """The rows of a list as the long copy counts them: records of a CSV, the rows of every sheet of a workbook."""
    if path.suffix.lower() == ".xlsx":
        import openpyxl
        return sum(ws.max_row for ws in openpyxl.load_workbook(path).worksheets)
    if path.suffix.lower() == ".ods":
        import pandas as pd
        return sum(len(f) for f in pd.read_excel(path, sheet_name=None, header=None, engine="odf").values())
    text, _ = _csv_text(path)
    return len(list(csv.reader(io.StringIO(text, newline=""), delimiter=_csv_dialect(text)[0])))


def describe(name: str, file: str) -> str:
    """A few words for the file's layout: the name of the writer function that writes it (tests/<set>.py)."""
    if name == "samples":
        return "sample list"
    source = (REPO / "tests" / f"{name}.py").read_text(encoding="utf-8")
    at = source.find(f'"{file}"')
    found = re.findall(r"^def write_(\w+)\(", source[:at], flags=re.M) if at >= 0 else []
    return found[-1].replace("_", " ") if found else ""


# ---- timing -----------------------------------------------------------------------------------------

CHILD = r'''
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import pandas as pd
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import layouts
from kzanalysis import clean
from kzanalysis.read import list_inputs
from kzanalysis.sources import load_sources
clean.clean_paths([Path(sys.argv[1]) / "data" / "raw"])  # warm-up: vocabularies read, modules imported
link = os.environ.get("LAYOUTS_LINK") == "1"


def baseline(path):
    """CPU seconds of pandas' read of the file: every sheet by calamine, or read_csv with its encoding and delimiter."""
    if path.suffix.lower() in (".xlsx", ".ods"):
        t = time.process_time(); pd.read_excel(path, sheet_name=None, header=None, engine="calamine"); return time.process_time() - t
    text, encoding = layouts._csv_text(path); sep, _ = layouts._csv_dialect(text)
    width = max(len(r) for r in layouts.csv.reader(layouts.io.StringIO(text, newline=""), delimiter=sep))
    t = time.process_time(); pd.read_csv(path, encoding=encoding, sep=sep, header=None, names=range(width), dtype=str); return time.process_time() - t


for line in sys.stdin:
    path = Path(line.strip())
    read = None
    try:
        read = baseline(path)
    except Exception as exc:  # a file pandas cannot read: the clean says why in its problems
        print(f"read failed: {path}: {exc}", file=sys.stderr)
    ((path, key),) = list_inputs([path], documents=True)
    sources, _ = load_sources([path.parent])
    t = time.process_time(); frames, meta = clean.clean_list(path, key, sources.get(key, sources.get(path.name, {})), ""); cleaned = time.process_time() - t
    linked = None
    if link:
        t = time.process_time(); clean.link.link_cases(frames["cases"], clean.link.no_decisions()); linked = time.process_time() - t
    if len(sys.argv) > 2:  # a folder to keep the outputs in, to compare two versions of the code
        import pickle
        with open(Path(sys.argv[2]) / ("__".join(path.parts[-3:]) + ".pkl"), "wb") as f:
            pickle.dump(frames, f)
    print(json.dumps({"path": str(path), "read": read, "clean": cleaned, "link": linked, "cases": len(frames["cases"])}), flush=True)
'''


def time_files(paths: list[Path], keep: Path | None = None) -> list[dict]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(REPO), *([str(keep)] if keep else [])], input="\n".join(map(str, paths)) + "\n",
                          capture_output=True, text=True, cwd=REPO)
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def measure(rows: int = ROWS, only: list[str] | None = None, reference: bool = True, keep: Path | None = None) -> list[dict]:
    """Time every long file and its short original: one dict per file (set, file, layout, rows, cases, clean
    and read CPU seconds of the long copy, and the cost of a row: the difference of the two cleans over the
    difference of their rows, so a sheet's fixed costs do not count)."""
    pairs, info = [], {}
    for name in only or set_names():
        folder = make(name, rows)
        manifest = json.loads((folder / "manifest.json").read_text())
        for file, m in manifest.items():
            pairs.append((folder / file, folder / "original" / file))
            info[str(folder / file)] = {"set": name, "file": file, **m, "layout": describe(name, file)}
    if reference:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from lists import long_list
        ref = long_list(100_000, "csv")
        pairs.append((ref, long_list(10_000, "csv")))
        info[str(ref)] = {"set": "reference", "file": ref.name, "rows": 100_001, "original_rows": 10_001, "layout": "plain generated list"}
    timed = time_files([p for pair in pairs for p in pair], keep)  # in the order given (the child may print a path resolved)
    results = []
    for k, (long, short) in enumerate(pairs):
        t, o, i = timed[2 * k], timed[2 * k + 1], info[str(long)]
        more = max(i["rows"] - i["original_rows"], 1)
        results.append({**i, **t, "clean_original": o["clean"], "cases_original": o["cases"],
                        "per10k": max(t["clean"] - o["clean"], 0) / more * 10_000})
    return results


def table(results: list[dict]) -> list[str]:
    lines = ["| set | file | layout | rows (original) | cases | clean CPU (original) | a row's cost, per 10,000 | read CPU | ratio | linkage CPU |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in sorted(results, key=lambda r: -r["per10k"]):
        lines.append(f"| {r['set']} | {r['file']} | {r['layout'][:50]} | {r['rows']:,} ({r['original_rows']:,}) | {r['cases']:,} | "
                     f"{r['clean']:.2f} s ({r['clean_original']:.2f} s) | "
                     f"{r['per10k']:.2f} s | {_s(r['read'], 3)} | {_ratio(r)} | "
                     f"{'' if r.get('link') is None else format(r['link'], '.2f') + ' s'} |")
    return lines


def _s(seconds: float | None, digits: int = 2) -> str:
    return "" if seconds is None else f"{seconds:.{digits}f} s"


def _ratio(r: dict) -> str:
    return "" if r["read"] is None else f"{r['clean'] / max(r['read'], 1e-3):.0f}x"


def summary(results: list[dict]) -> dict:
    """The median ratio to the read and per-10,000-row cost over the long layout files, the worst file, the reference."""
    mine = [r for r in results if r["set"] != "reference"]
    ref = [r for r in results if r["set"] == "reference"]
    worst = max(mine, key=lambda r: r["per10k"])
    return {"files": len(mine), "rows": sum(r["rows"] for r in mine), "clean": sum(r["clean"] for r in mine),
            "median_ratio": statistics.median(r["clean"] / max(r["read"], 1e-3) for r in mine if r["read"] is not None),
            "median_per10k": statistics.median(r["per10k"] for r in mine),
            "worst": worst, "reference": ref[0] if ref else None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS, help="rows per sheet of a long copy")
    parser.add_argument("--only", help="a comma list of sets (samples, redteam16_lists, ...)")
    parser.add_argument("--make-only", action="store_true", help="write the long copies, time nothing")
    parser.add_argument("--no-reference", action="store_true", help="do not time the plain 100,000-row list")
    parser.add_argument("--json", help="write the measurements to this file too")
    parser.add_argument("--keep", help="a folder: pickle each file's cleaned tables there (to compare two versions of the code)")
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else None
    if args.make_only:
        for name in only or set_names():
            print(make(name, args.rows))
        return
    results = measure(args.rows, only, not args.no_reference, Path(args.keep) if args.keep else None)
    print("\n".join(table(results)))
    s = summary(results)
    w = s["worst"]
    print(f"\n{s['files']} files, {s['rows']:,} rows, clean {s['clean']:.0f} s CPU; median {s['median_per10k']:.2f} s per 10,000 rows, "
          f"median ratio {s['median_ratio']:.0f}x; worst {w['set']}/{w['file']} {w['per10k']:.2f} s per 10,000 rows"
          + (f"; the plain generated list {s['reference']['per10k']:.2f} s per 10,000 rows" if s["reference"] else ""))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
