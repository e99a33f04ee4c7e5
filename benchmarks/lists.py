"""Long synthetic lists for the benchmark, drawn by the sample generator (scripts/make_samples.py).

In: a number of case rows, a format (`csv` or `xlsx`) and a seed. Out: one list
in a plain English layout (name, year of birth, city, charges, status,
detained, sentenced, affiliation), as an analyst's pooled list would look, with
the cells the sample generator writes (the same spellings of places, articles,
statuses, dates and groups, invented names). The generator's people are unique
per list; a list of a million rows needs more names than its short lists hold,
so a long list gives each person a double surname (`Yerdenov-Tleubayev`):
still invented, and nearly every name distinct, as in a real list.

Files are cached under benchmarks/.data/ (not committed), keyed by the rows,
format, seed and the generator's own source, so a second `make bench` does not
draw them again.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".data"
GENERATOR = REPO / "scripts" / "make_samples.py"

COLUMNS = [("name", "Name", None), ("birth_year", "Year of birth", None), ("city", "City", None),
           ("articles", "Charges", None), ("status", "Status", None), ("detained_on", "Detained", None),
           ("sentenced_on", "Sentenced", None), ("affiliation", "Affiliation", None)]


def _generator():
    if "make_samples" in sys.modules:
        return sys.modules["make_samples"]
    sys.path.insert(0, str(REPO))
    spec = importlib.util.spec_from_file_location("make_samples", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    return module


def _rows(n: int, seed: int, xlsx: bool):
    """The header and n rows of cells (str for csv; int and datetime cells too for xlsx)."""
    ms = _generator()

    class LongGenerator(ms.Generator):
        def person(self):
            rng = self.rng
            female = rng.random() < 0.22
            first = rng.choice(ms.FIRST_FEMALE if female else ms.FIRST_MALE)
            a, b = rng.sample(ms.SURNAMES, 2)
            surname = tuple(f"{x}-{y}" for x, y in zip(a, b))
            return ms.Person(first, surname, female, rng.choice(ms.FATHERS))

    gen = LongGenerator(seed, "holdout")
    layout = ms.SheetLayout("Cases", "en", COLUMNS, n, ms.ALL_YEARS)
    rng = gen.rng
    fields = [f for f, _, _ in COLUMNS]
    yield [head for _, head, _ in COLUMNS]
    # In blocks, so a million cases are never all in memory as objects.
    done = 0
    while done < n:
        k = min(50_000, n - done)
        for case in gen.cases(k, ms.ALL_YEARS, pending=False):
            row = ms.render_case(case, layout, rng, xlsx, cp1251=False)
            yield [row.cells.get(f, "") for f in fields]
        done += k


def _key(n: int, fmt: str, seed: int) -> str:
    digest = hashlib.sha256(GENERATOR.read_bytes() + Path(__file__).read_bytes()).hexdigest()[:10]
    return f"list_{n}_{seed}_{digest}.{fmt}"


def long_list(n: int, fmt: str = "csv", seed: int = 7) -> Path:
    """The path of a list of n case rows in the given format, drawn once and cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / _key(n, fmt, seed)
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    if fmt == "csv":
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            for row in _rows(n, seed, xlsx=False):
                writer.writerow([str(c) for c in row])
    elif fmt == "xlsx":
        _write_xlsx(tmp, _rows(n, seed, xlsx=True))
    else:
        raise ValueError(f"format {fmt!r}: use csv or xlsx")
    tmp.replace(path)
    return path


def _write_xlsx(path: Path, rows) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Cases")
    for row in rows:
        out = []
        for value in row:
            if value == "" or value is None:
                out.append(None)
            elif isinstance(value, dt.datetime):
                cell = WriteOnlyCell(ws, value)
                cell.number_format = "DD.MM.YYYY"
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
    wb.save(path)


def main(argv: list[str]) -> None:
    for arg in argv or ["10000"]:
        n, _, fmt = arg.partition(":")
        print(long_list(int(n), fmt or "csv"))


if __name__ == "__main__":
    main(sys.argv[1:])
