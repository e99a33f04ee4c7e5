"""The partner workbook: safe to open, documented, Russian or redacted on request.

In: the tidy tables (`Tables`), a `Period`, a language (`en` or `ru`) and
whether to redact. Out: one `.xlsx` file with the sheets README, Summary,
Cases, By quarter, By article, By city, DVK-Koshe, Data dictionary and
Problems (names translated with `--lang ru`). The numbers are those of
`summary.summarise()` for the same period; the Cases sheet holds the cases
started in the period.

Safety, because partners open this file on their own machines:
- every text value is a text cell (XlsxWriter's `write_string`, a shared
  string, or an inline string `t="inlineStr"` on the long sheets), never a
  formula, error or number, whatever it begins with (`=`, `+`, `-`, `@`, tab,
  CR: the CSV/spreadsheet injection prefixes listed by OWASP, "CSV Injection");
- no hyperlink is made from data;
- characters XML 1.0 forbids (the C0 controls but tab, LF, CR) are removed
  and counted, values beyond Excel's 32,767 characters per cell are cut and
  counted; both counts are on the README sheet;
- a carriage return is written as the OOXML escape `_x000D_` (ECMA-376 Part 1,
  22.9.2.19 ST_Xstring), since a raw CR inside XML reads back as a line feed.

Deterministic: the same inputs give the same bytes (fixed document dates from
the period end, fixed zip entry times, no clock).

Written with XlsxWriter (styles, the Cases table, frozen panes, widths, the
short sheets); the rows of the long sheets (Cases, Problems, Review links) are
made column by column in `xlsx_rows.py` and put into the sheets XlsxWriter
wrote: a workbook of 100,000 cases in seconds, not minutes.

`neutralise_csv(df)` gives the same protection to CSV exports: a leading
apostrophe before any text that starts with one of the prefixes.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name, xl_range

from . import __version__, config, headers, redact as redact_mod, schema, summary
from . import xlsx_rows
from .atomic import write_bytes
from .parse.text import match_key
from .period import Period
from .safe import FORMULA_PREFIXES, neutralise_csv  # noqa: F401  (neutralise_csv is public here too)
from .tables import Tables
from .xlsx_rows import MAX_CELL_CHARS, Counts, clean_text, text_width  # noqa: F401  (MAX_CELL_CHARS: public here too)

LANGS = ("en", "ru")
DATE_FORMAT = "DD.MM.YYYY"
SHARE_FORMAT = "0.0%"
README_WIDTH = 90  # characters of the README text column
# Tidy columns that the redacted workbook drops; `name` becomes a pseudonym instead.
REDACTED_DROP = ("name_latin", "birth_year", "notes")
# Problems whose column maps to one of these fields keep their raw value when redacted;
# any other column (name, notes, birth year, an unknown header, the whole row) loses it.
SAFE_PROBLEM_FIELDS = frozenset({"row_number", "city", "region", "articles", "status", "sentence", "sentence_months",
                                 "detained_on", "charged_on", "sentenced_on", "released_on", "affiliation", "dvk_koshe"})
SHEETS = ("readme", "summary", "cases", "by_quarter", "by_article", "by_city", "dvk_koshe", "dictionary", "problems",
          "review_links", "changes")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»|“[^”]*”")
_YEARISH = re.compile(r"\b(?:19|20)\d\d\b")
TABLE_STYLE = "Table Style Medium 2"


# --- vocabularies -------------------------------------------------------------------------------

@cache
def _labels() -> dict[str, dict[str, str]]:
    with open(config.VOCAB_DIR / "labels.csv", encoding="utf-8", newline="") as fh:
        return {row["key"]: {"en": row["en"], "ru": row["ru"]} for row in csv.DictReader(fh)}


def label(key: str, lang: str = "en") -> str:
    """A text of the workbook from vocab/labels.csv; raises KeyError naming the file for a missing key."""
    try:
        return _labels()[key][lang]
    except KeyError:
        raise KeyError(f"no label '{key}' in kzanalysis/vocab/labels.csv (add a row: key,en,ru)") from None


def problem_label(code: str, lang: str = "en") -> str:
    """A problem code in words (vocab/labels.csv, `problem.<code>`); the code itself when it has no row yet."""
    entry = _labels().get(f"problem.{code}")
    return entry[lang] if entry else str(code)


def _problem_value_safe(column: str) -> bool:
    """Whether a problem's value may stay in a redacted workbook: its column was read as a safe field.

    A header under a merged group comes as "Group / sub-header" (e.g. "Даты / приговора"), as the
    cleaner names it; the sub-header names the field. Every part that names a field must name a
    safe one. Only the alias table (vocab/headers.csv) is trusted, not keyword guesses: a header
    it does not know keeps its value out of a redacted workbook.
    """
    if column in SAFE_PROBLEM_FIELDS:
        return True
    parts = [column, *column.split(" / ")] if " / " in column else [column]
    fields = {headers.lookup(p) for p in parts if match_key(p)} - {None}
    return bool(fields) and fields <= SAFE_PROBLEM_FIELDS


@cache
def _article_titles_ru() -> dict[int, str]:
    """Criminal-code article -> Russian title, from vocab/articles.csv when it is there."""
    path = config.VOCAB_DIR / "articles.csv"
    if not path.exists():
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if not {"article", "title_ru"} <= set(frame.columns):
        return {}
    if "code" in frame.columns:
        frame = frame.loc[frame["code"].isin(["CC", ""])]
    frame = frame.loc[frame["article"].str.fullmatch(r"\d+") & (frame["title_ru"].str.strip() != "")]
    titles: dict[int, str] = {}
    for article, title in zip(frame["article"], frame["title_ru"]):
        titles.setdefault(int(article), title.strip())  # first row of an article: its main title
    return titles


# --- safe cells -----------------------------------------------------------------------------------

class _Book:
    """The XlsxWriter workbook, its formats (one per combination) and the counts of the safety rules."""

    def __init__(self):
        self.buffer = io.BytesIO()
        # write_string never makes a formula or a link; these options say so for any other call too
        self.wb = xlsxwriter.Workbook(self.buffer, {"in_memory": True, "strings_to_formulas": False,
                                                    "strings_to_urls": False, "strings_to_numbers": False})
        self.counts = Counts()
        self.formats: dict[tuple, object] = {}
        self.table_refs: dict[str, tuple[str, str]] = {}  # see xlsx_rows.splice

    def fmt(self, bold: bool = False, title: bool = False, number_format: str | None = None, wrap: bool = False):
        key = (bold, title, number_format, wrap)
        if key == (False, False, None, False):
            return None
        if key not in self.formats:
            props = {"bold": True} if bold or title else {}
            if title:
                props["font_size"] = 14
            if number_format:
                props["num_format"] = number_format
            if wrap:
                props |= {"text_wrap": True, "valign": "top"}
            self.formats[key] = self.wb.add_format(props)
        return self.formats[key]

    def style_index(self, number_format: str) -> int:
        """The style index (XF) of a number format, as XlsxWriter's own cells use it."""
        return self.fmt(number_format=number_format)._get_xf_index()


class _Sheet:
    """A sheet being filled row by row; every value goes through `put`, long tables through `frame`."""

    def __init__(self, book: _Book, name: str):
        self.book, self.counts = book, book.counts
        self.ws = book.wb.add_worksheet(name)
        self.index = len(book.wb.worksheets()) - 1
        self.row = 0  # the 1-based row of the last line written
        self.widths: dict[int, int] = {}  # 1-based column -> widest value or header, in characters
        self.columns = 0
        self.wrap: tuple[int, int, int] | None = None  # (column, width, first row): long texts there wrap
        self.rows: xlsx_rows.Rows | None = None

    def put(self, col: int, value, number_format: str | None = None, bold: bool = False, title: bool = False) -> None:
        if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
            return
        if isinstance(value, pd.Timestamp):
            value = value.date()
        elif hasattr(value, "item") and not isinstance(value, str):
            value = value.item()  # numpy scalar -> Python
        if not isinstance(value, (str, bool, int, float, date, datetime)):
            value = str(value)  # anything else is shown, never interpreted
        if value == "":
            return
        r, c, fmt = self.row - 1, col - 1, self.book.fmt
        if isinstance(value, str):
            text = clean_text(value, self.counts)
            wrap = self.wrap is not None and col == self.wrap[0] and self.row >= self.wrap[2] and len(text) > self.wrap[1]
            self.ws.write_string(r, c, text, fmt(bold, title, None, wrap))  # never a formula: shown as written
            if wrap:
                # row heights are set, not left to the reader: LibreOffice does not grow a row to fit wrapped text
                self.ws.set_row(r, 15 * -(-len(text) // self.wrap[1]) + 2)
            width = text_width(value)
        elif isinstance(value, bool):
            self.ws.write_boolean(r, c, value, fmt(bold, title))
            width = 5
        elif isinstance(value, (date, datetime)):
            self.ws.write_datetime(r, c, value, fmt(bold, title, number_format or DATE_FORMAT))
            width = 10
        else:
            self.ws.write_number(r, c, value, fmt(bold, title, number_format))
            width = len(str(value)) if number_format is None else 7
        self.widths[col] = max(self.widths.get(col, 0), width)
        self.columns = max(self.columns, col)

    def line(self, values, bold: bool = False, formats: dict[int, str] | None = None, title: bool = False) -> None:
        self.row += 1
        for col, value in enumerate(values, start=1):
            self.put(col, value, (formats or {}).get(col), bold=bold, title=title)

    def frame(self, frame: pd.DataFrame) -> None:
        """The rows of a long table below the lines so far, column by column (xlsx_rows.py); dates dd.mm.yyyy."""
        self.rows = xlsx_rows.frame_rows(frame, self.row, self.book.style_index(DATE_FORMAT))
        self.counts.add(self.rows.counts)
        for j, width in self.rows.widths.items():
            self.widths[j + 1] = max(self.widths.get(j + 1, 0), width)
        self.columns = max(self.columns, frame.shape[1])
        self.row += len(frame)

    def skip(self) -> None:
        self.row += 1

    def width(self, col: int, width: float) -> None:
        self.ws.set_column(col - 1, col - 1, width)

    def fit(self, most: int = 50, least: int = 8, fixed: dict[int, int] | None = None) -> None:
        """Widths from the longest value or header (in characters), within [least, most]; `fixed` wins."""
        for col, width in self.widths.items():
            self.width(col, (fixed or {}).get(col, min(max(width + 2, least), most)))


# --- the workbook -----------------------------------------------------------------------------------

def write_workbook(tables: Tables, period: Period, path: Path, lang: str = "en", redact: bool = False) -> Path:
    """Write the partner workbook for `period` to `path` (folders created); return the path.

    With `redact=True` the redaction key is read (or created) by `redact.load_key()`.
    """
    if lang not in LANGS:
        raise ValueError(f"lang '{lang}' is not one we write: use en or ru")
    path = Path(path)
    key = redact_mod.load_key() if redact else None
    built = _Builder(tables, period, lang, key)
    data = built.build()
    return write_bytes(path, data)  # beside the target, then renamed: a killed export leaves the old workbook whole


class _Builder:
    def __init__(self, tables: Tables, period: Period, lang: str, key: bytes | None):
        self.tables, self.period, self.lang, self.key = tables, period, lang, key
        self.redact = key is not None
        self.summary = summary.summarise(tables, period)
        self.cases = summary.in_period(tables.cases, period).sort_values(["started_on", "case_id"], kind="stable")
        self.scrub = _Scrubber(tables.cases) if self.redact else None

    def L(self, key: str, **kw) -> str:  # noqa: N802 - short on purpose, used on every line
        text = label(key, self.lang)
        return text.format(**kw) if kw else text

    def yes_no(self, value) -> str | None:
        if value is None or value is pd.NA:
            return None
        return self.L("yes") if bool(value) else self.L("no")

    def sheet_name(self, key: str) -> str:
        return self.L(f"sheet.{key}")

    def build(self) -> bytes:
        book = _Book()
        self.counts = book.counts
        sheets = {k: _Sheet(book, self.sheet_name(k)) for k in SHEETS}
        # README last: it reports the counts of removed characters gathered while writing the others.
        self._summary(sheets["summary"])
        self._cases(sheets["cases"])
        self._by_quarter(sheets["by_quarter"])
        self._by_article(sheets["by_article"])
        self._by_city(sheets["by_city"])
        self._dvk_koshe(sheets["dvk_koshe"])
        self._review_links(sheets["review_links"])
        self._changes(sheets["changes"])
        self._dictionary(sheets["dictionary"])
        self._problems(sheets["problems"])
        self._readme(sheets["readme"])
        for key, sheet in sheets.items():
            # Printing: landscape; the README shrinks to the page width so no text is cut.
            sheet.ws.set_landscape()
            if key == "readme":
                sheet.ws.fit_to_pages(1, 0)
        sheets["readme"].ws.activate()
        stamp = datetime.combine(self.period.end, datetime.min.time())
        book.wb.set_properties({"created": stamp, "title": self.L("readme.title", label=self.period.label),
                                "author": f"kzanalysis {self.tables.manifest.get('package_version') or __version__}"})
        book.wb.close()
        long = {sheet.index: sheet.rows for sheet in sheets.values() if sheet.rows is not None}
        return xlsx_rows.splice(book.buffer.getvalue(), long, {sheet.index: sheet.columns for sheet in sheets.values()},
                                stamp, self.lang, book.table_refs)

    # --- README
    def _readme(self, s: _Sheet) -> None:
        fmt = lambda d: d.strftime("%d.%m.%Y")  # noqa: E731
        s.wrap = (1, README_WIDTH, 1)  # long texts wrap in a wide first column
        s.line([self.L("readme.title", label=self.period.label)], title=True)
        version = self.tables.manifest.get("package_version") or __version__
        s.line([self.L("readme.what", version=version)])
        s.line([self.L("readme.period", start=fmt(self.period.start), end=fmt(self.period.end), label=self.period.label)])
        if self.redact:
            s.line([self.L("readme.redacted")])
        s.skip()
        s.line([self.L("readme.sources")], bold=True)
        files = self.tables.manifest.get("files") or []
        if files:
            s.line([self.L("h.source"), self.L("h.file"), self.L("h.sha256"), self.L("h.sheets"), self.L("h.rows_read"),
                    self.L("h.cases"), self.L("h.rows_dropped")], bold=True)
            for f in files:
                sheets = f.get("sheets") or []
                total = lambda k: sum(int(sh.get(k) or 0) for sh in sheets)  # noqa: E731
                names = ", ".join(str(sh.get("sheet") or "") for sh in sheets if sh.get("sheet"))
                s.line([self._scrubbed(f.get("source")), self._scrubbed(f.get("file")), f.get("sha256"),
                        self._scrubbed(names) or None, total("rows_read"), total("cases"), total("rows_dropped")])
        else:
            s.line([self.L("readme.no_sources")])
        s.skip()
        s.line([self.L("readme.sheets")], bold=True)
        for k in SHEETS[1:]:
            s.line([self.L(f"readme.sheet.{k}", sheet=self.sheet_name(k))])
        s.skip()
        s.line([self.L("readme.definitions")], bold=True)
        for k in ("def.case", "def.started_on", "def.articles", "def.dvk_koshe", "def.interval"):
            s.line([self.L(k)])
        s.skip()
        s.line([self.L("readme.caveats")], bold=True)
        for k in ("cav.documented", "cav.coverage", "cav.recent", "cav.undated", "cav.text"):
            s.line([self.L(k)])
        s.skip()
        s.line([self.L("readme.counts")], bold=True)
        counts = [
            ("count.cases", self.summary["cases_started"]),
            ("count.cases_all", int(len(self.tables.cases))),
            ("count.cases_undated", self.summary["cases_undated"]),
            ("count.rows_read", self.summary["rows_read"]),
            ("count.rows_dropped", self.summary["rows_dropped"]),
            ("count.problems", self.summary["problems"]),
            # counted while the other sheets were written; the README's own texts are ours
            ("count.as_text", self.counts.as_text),
            ("count.illegal", self.counts.illegal),
            ("count.truncated", self.counts.truncated),
        ]
        for k, v in counts:
            s.line([self.L(k), v])
        # Long texts wrap in a wide first column; the counts table uses the columns to its right.
        s.width(1, README_WIDTH)
        for col in range(2, 8):
            s.width(col, 18 if col != 3 else 66)

    def _scrubbed(self, text):
        if text is None or self.scrub is None:
            return text
        return self.scrub(str(text))

    # --- Summary
    def _summary(self, s: _Sheet) -> None:
        sm = self.summary
        s.line([self.L("h.measure"), self.L("h.value")], bold=True)
        d = sm["dvk_koshe"]
        ci = d["ci95"] or [None, None]
        dp = sm["dvk_koshe_persons"]
        pci = dp["ci95"] or [None, None]
        rows = [
            ("summary.period", self.period.label, None),
            ("summary.start", self.period.start, None),
            ("summary.end", self.period.end, None),
            ("summary.cases_started", sm["cases_started"], None),
            # a period's count is never shown without the count of cases that no period holds
            ("summary.cases_undated", sm["cases_undated"], None),
            ("summary.dvk_cases", d["cases"], None),
            ("summary.dvk_share", d["share"], SHARE_FORMAT),
            ("summary.dvk_ci_low", ci[0], SHARE_FORMAT),
            ("summary.dvk_ci_high", ci[1], SHARE_FORMAT),
            ("summary.persons_started", sm["persons_started"], None),
            ("summary.dvk_persons", dp["persons"], None),
            ("summary.dvk_persons_share", dp["share"], SHARE_FORMAT),
            ("summary.dvk_persons_ci_low", pci[0], SHARE_FORMAT),
            ("summary.dvk_persons_ci_high", pci[1], SHARE_FORMAT),
            # people, by the rules of kzanalysis/custody.py (README "In custody, flows and sentences")
            ("summary.in_custody_at_end", sm["in_custody_at_end"], None),
            ("summary.restricted_at_end", sm["restricted_at_end"], None),
            ("summary.released_in_period", sm["released_in_period"], None),
            ("summary.sentenced_in_period", sm["sentenced_in_period"], None),
            ("summary.rows_read", sm["rows_read"], None),
            ("summary.rows_dropped", sm["rows_dropped"], None),
            ("summary.problems", sm["problems"], None),
        ]
        for key, value, f in rows:
            s.line([self.L(key), value], formats={2: f} if f else None)
        s.line([self.L("summary.persons_note")])
        undated = summary.undated_by_list(self.tables)
        if len(undated):
            s.skip()
            s.line([self.L("summary.undated_by_list")], bold=True)
            s.line([self.L("h.list"), self.L("h.sheet"), self.L("summary.cases_undated"), self.L("h.why")], bold=True)
            for r in undated.itertuples(index=False):
                s.line([self._scrubbed(r.source_file), self._scrubbed(r.source_sheet) or None, int(r.cases_undated),
                        self.L(f"undated.{r.reason}")])
        s.skip()
        s.line([self.L("summary.by_status")], bold=True)
        s.line([self.L("h.status"), self.L("h.cases")], bold=True)
        for status, n in sm["by_status"].items():
            s.line([self.status(status), n])
        s.skip()
        s.line([self.L("summary.problems_by_kind")], bold=True)
        # in words for the reader, with the code that the Problems sheet and problems.csv use
        s.line([self.L("h.problem"), self.L("h.count"), self.L("h.code")], bold=True)
        for kind, n in sm["problems_by_kind"].items():
            s.line([problem_label(kind, self.lang), n, kind])
        s.fit(most=60)

    def status(self, code):
        if code is None or code is pd.NA:
            return None
        try:
            return self.L(f"status.{code}")
        except KeyError:
            return str(code)

    # --- Cases
    def case_columns(self) -> list[str]:
        cols = list(schema.Cases.to_schema().columns)
        return [c for c in cols if not (self.redact and c in REDACTED_DROP)]

    def col_label(self, table: str, column: str) -> str:
        if self.redact and table == "cases" and column == "name":
            return self.L("col.cases.name.redacted")
        return self.L(f"col.{table}.{column}")

    def _cases(self, s: _Sheet) -> None:
        cols = self.case_columns()
        frame = self.cases[cols].copy()
        if self.redact:
            frame["name"] = redact_mod.pseudonymise(frame["name"], self.key)
            for c in ("source", "source_file", "source_sheet"):
                frame[c] = _map_distinct(frame[c], self.scrub)
        frame["status"] = _map_distinct(frame["status"], self.status)
        frame["started_precision"] = _map_distinct(frame["started_precision"], lambda v: self.L(f"precision.{v}"))
        frame["dvk_koshe"] = _map_distinct(frame["dvk_koshe"], self.yes_no)
        heads = [self.col_label("cases", c) for c in cols]
        s.line(heads, bold=True)
        s.frame(frame)
        n = len(frame)
        if n:
            # The table brings its own filter buttons; it writes the header cells, bold as above. It is declared
            # over the header and the first case and given all its rows when the file is put together (xlsx_rows.splice).
            s.ws.add_table(0, 0, 1, len(cols) - 1, {"name": "Cases", "style": TABLE_STYLE,
                                                    "columns": [{"header": h, "header_format": s.book.fmt(bold=True)}
                                                                for h in heads]})
            s.book.table_refs["xl/tables/table1.xml"] = (xl_range(0, 0, 1, len(cols) - 1), xl_range(0, 0, n, len(cols) - 1))
        else:
            s.ws.autofilter(0, 0, 0, len(cols) - 1)
        s.ws.freeze_panes("A2")
        s.fit(most=40, least=10)

    # --- By quarter
    def _history(self) -> pd.DataFrame:
        cases = self.tables.cases
        return cases.loc[pd.to_datetime(cases["started_on"]) <= pd.Timestamp(self.period.end)]

    def _by_quarter(self, s: _Sheet) -> None:
        hist = self._history().dropna(subset=["started_on"])
        quarters = summary.by_quarter(hist)
        statuses = [st for st in schema.STATUSES if (hist["status"] == st).any()]
        table = (
            hist.assign(quarter=hist["started_on"].dt.to_period("Q"))
            .pivot_table(index="quarter", columns="status", values="case_id", aggfunc="size", fill_value=0, observed=True)
            .reindex(index=quarters.index, columns=statuses, fill_value=0)
        )
        s.line([self.L("h.quarter"), self.L("h.cases")] + [self.status(st) for st in statuses], bold=True)
        for q, n in quarters["cases"].items():
            s.line([str(q), int(n)] + [int(table.at[q, st]) for st in statuses])
        s.ws.freeze_panes("B2")
        s.fit(most=30)

    # --- By article
    def _by_article(self, s: _Sheet) -> None:
        charges = self.tables.charges
        crim = charges.loc[charges["code"].isin(summary.CRIMINAL_CODES)].dropna(subset=["article"])
        titles_en = crim.dropna(subset=["title_en"]).drop_duplicates("article").set_index("article")["title_en"]
        titles_ru = _article_titles_ru()
        s.line([self.L("h.article"), self.L("h.title"), self.L("h.cases"), self.L("h.persons")], bold=True)
        people = self.summary["by_article_persons"]
        for article, n in self.summary["by_article"].items():
            a = int(article)
            title = titles_ru.get(a) if self.lang == "ru" else None
            if title is None:
                title = titles_en.get(a)
            s.line([article, title, n, people.get(article, 0)])
        s.ws.freeze_panes("A2")
        s.fit(most=70)

    # --- By city
    def _by_city(self, s: _Sheet) -> None:
        regions = self.cases.dropna(subset=["city"]).drop_duplicates("city").set_index("city")["region"]
        s.line([self.L("h.city"), self.L("h.region"), self.L("h.cases"), self.L("h.persons")], bold=True)
        people = self.summary["by_city_persons"]
        for city, n in self.summary["by_city"].items():
            s.line([city, regions.get(city), n, people.get(city, 0)])
        s.ws.freeze_panes("A2")
        s.fit()

    # --- DVK-Koshe
    def _dvk_koshe(self, s: _Sheet) -> None:
        quarters = summary.by_quarter(self._history())
        people = summary.persons_by_quarter(self._history()).reindex(quarters.index, fill_value=0)
        s.line([self.L(k) for k in ("h.quarter", "h.cases", "h.tied", "h.share", "h.ci_low", "h.ci_high",
                                    "h.persons", "h.tied_persons", "h.share_persons")], bold=True)
        pct = {4: SHARE_FORMAT, 5: SHARE_FORMAT, 6: SHARE_FORMAT, 9: SHARE_FORMAT}
        for q, r in quarters.iterrows():
            n, k = int(people.at[q, "persons"]), int(people.at[q, "dvk_koshe_persons"])
            s.line([str(q), int(r["cases"]), int(r["dvk_koshe"]), _num(r["share"]), _num(r["ci_low"]), _num(r["ci_high"]),
                    n, k, k / n if n else None], formats=pct)
        s.ws.freeze_panes("A2")
        s.fit(most=30)

    # --- Review links
    def _review_links(self, s: _Sheet) -> None:
        """The pairs waiting for an analyst, side by side; a redacted workbook shows pseudonyms only."""
        from .tables import REVIEW_FIELDS, review_pairs

        pairs = review_pairs(self.tables.cases, self.tables.links)
        fields = [f for f in REVIEW_FIELDS if not (self.redact and f == "birth_year")]
        s.line([self.L("review.how")])
        if pairs.empty:
            s.line([self.L("review.none")])
            s.fit(most=60)
            return
        for side in ("a", "b"):
            if self.redact:
                pairs[f"name_{side}"] = redact_mod.pseudonymise(pairs[f"name_{side}"], self.key)
                for c in ("source", "source_file", "source_sheet"):
                    pairs[f"{c}_{side}"] = pairs[f"{c}_{side}"].map(self.scrub, na_action="ignore")
        heads = [self.L(f"h.case_{side}", field=self.col_label("cases", f)) for side in ("a", "b") for f in fields]
        heads += [self.col_label("links", c) for c in ("score", "agreed", "disagreed")]
        s.line(heads, bold=True)
        cols = [f"{f}_{side}" for side in ("a", "b") for f in fields] + ["score", "agreed", "disagreed"]
        s.frame(pairs[cols])
        s.ws.freeze_panes("A3")
        s.fit(most=40)

    # --- Changes since the previous version of each list (kzanalysis/list_versions.py, from manifest.json)
    def _changes(self, s: _Sheet) -> None:
        groups = self.tables.manifest.get("changes") or []
        heads = ["h.list", "h.previous_version", "h.current_version", "h.change", "h.name", "h.birth_year",
                 "h.status_before", "h.status_after", "h.sentence_before", "h.sentence_after"]
        if self.redact:
            heads.remove("h.birth_year")
        s.line([self.L(h) for h in heads], bold=True)
        if not groups:
            s.line([self.L("changes.none")])
        for g in groups:
            rows = pd.DataFrame(g.get("rows") or [], columns=["change", "name", "birth_year", "status_before",
                                                               "status_after", "sentence_before", "sentence_after"])
            if self.redact:
                rows["name"] = redact_mod.pseudonymise(rows["name"].astype("string"), self.key)
            if rows.empty:
                s.line([g["list"], g["previous"], g["current"], self.L("changes.nothing")])
            for r in rows.itertuples(index=False):
                values = [g["list"], g["previous"], g["current"], self.L(f"change.{r.change}"), r.name, r.birth_year,
                          self.status(r.status_before), self.status(r.status_after), r.sentence_before,
                          r.sentence_after]
                if self.redact:
                    del values[5]
                s.line([self._scrubbed(v) if i < 3 else v for i, v in enumerate(values)])
        s.ws.autofilter(f"A1:{xl_col_to_name(len(heads) - 1)}{max(s.row, 1)}")
        s.ws.freeze_panes("A2")
        s.fit(most=40)

    # --- Data dictionary
    def _dictionary(self, s: _Sheet) -> None:
        dd = schema.data_dictionary()
        heads = ["h.table", "h.column", "h.label", "h.type", "h.allowed", "h.nullable", "h.meaning", "h.in_workbook"]
        s.wrap = (7, README_WIDTH, 2)  # the meanings wrap
        s.line([self.L(h) for h in heads], bold=True)
        for r in dd.itertuples(index=False):
            meaning = r.description
            allowed = r.allowed
            if self.lang == "ru":
                meaning = label(f"desc.{r.table}.{r.column}", "ru")
                if "{statuses}" in meaning:
                    meaning = meaning.format(statuses=", ".join(self.status(st) for st in schema.STATUSES))
            if allowed and r.column == "status":
                allowed = ", ".join(self.status(st) for st in schema.STATUSES)
            elif allowed and r.column == "started_precision":
                allowed = ", ".join(self.L(f"precision.{p}") for p in schema.PRECISIONS)
            s.line([r.table, r.column, self.col_label(r.table, r.column), self.L(f"type.{r.type}"), allowed or None,
                    self.yes_no(r.nullable), meaning, self._in_workbook(r.table, r.column)])
        s.ws.freeze_panes("C2")
        s.fit(most=40)
        s.width(7, README_WIDTH)

    def _in_workbook(self, table: str, column: str) -> str:
        if table in ("charges", "persons", "links"):
            return self.L("note.not_in_workbook")
        if self.redact and table == "cases" and column in REDACTED_DROP:
            return self.L("note.redacted_column")
        if self.redact and table == "cases" and column == "name":
            return self.L("note.pseudonym")
        if self.redact and table == "problems" and column == "value":
            return self.L("note.value_partly")
        return self.L("note.in_workbook")

    # --- Problems
    def _problems(self, s: _Sheet) -> None:
        probs = self.tables.problems
        cols = list(schema.Problems.to_schema().columns)
        frame = probs[cols].copy()
        if self.redact:
            frame = self._redact_problems(frame)
            cols = [c for c in cols if c != "value"] + ["value"]
            frame = frame[cols]
        frame["row_kept"] = frame["row_kept"].map(self.yes_no, na_action="ignore")
        s.line([self.col_label("problems", c) for c in cols], bold=True)
        s.frame(frame)
        s.ws.autofilter(0, 0, len(frame), len(cols) - 1)
        s.ws.freeze_panes("A2")
        s.fit(most=60)

    def _redact_problems(self, frame: pd.DataFrame) -> pd.DataFrame:
        column_keys = frame["column"].fillna("").astype(str)
        safe_of = {c: _problem_value_safe(c) for c in column_keys.unique()}
        safe = column_keys.map(safe_of).astype(bool)
        removed = self.L("note.value_removed")
        messages = []
        for msg, value, keep in zip(frame["message"].astype(str), frame["value"], safe):
            if not keep:
                if isinstance(value, str) and value.strip():
                    msg = msg.replace(value, removed).replace(value.strip(), removed)
                msg = _YEARISH.sub(removed, _QUOTED.sub(removed, msg))
            messages.append(msg)
        out = frame.assign(message=messages, value=frame["value"].where(safe.to_numpy(), removed))
        out.loc[out["value"].isna() & ~safe.to_numpy(), "value"] = removed
        for c in ("source_file", "source_sheet", "column", "message", "value"):
            out[c] = out[c].map(self.scrub, na_action="ignore")
        return out


def _map_distinct(values: pd.Series, fn) -> pd.Series:
    """`fn` of each distinct value once, mapped back onto the column; missing values stay missing."""
    distinct = values.dropna().unique()
    return values.map(dict(zip(distinct, map(fn, distinct))))


def _num(x):
    return None if x is None or pd.isna(x) else round(float(x), 6)  # as summary.json rounds


class _Scrubber:
    """Replace any name, Latin name or note of the tables (5 characters or more) found inside a text.

    The last line of defence of a redacted workbook for free texts we do not control (file,
    sheet and header names, problem messages); the columns that hold names are removed before.
    """

    def __init__(self, cases: pd.DataFrame):
        values = pd.concat([cases[c] for c in ("name", "name_latin", "notes") if c in cases.columns]).dropna().astype(str)
        texts = sorted({v.strip() for v in values if len(v.strip()) >= 5}, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, texts)), re.IGNORECASE) if texts else None
        self.memo: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if self.pattern is None:
            return text
        if text not in self.memo:
            self.memo[text] = self.pattern.sub("[…]", text)
        return self.memo[text]


# --- CSV ----------------------------------------------------------------------------------------------

def default_path(period: Period, lang: str = "en", redact: bool = False,
                 workspace: config.Workspace | None = None) -> Path:
    """`reports/<label>/kzanalysis_<label>[_ru][_redacted].xlsx` of the workspace (see `config.find_workspace`)."""
    name = f"kzanalysis_{period.label}{'_ru' if lang == 'ru' else ''}{'_redacted' if redact else ''}.xlsx"
    return config.find_workspace(workspace).reports / period.label / name
