"""A status history: one cell naming the stages of a case, each with its date, in the order they came.

In: one cell such as `задержан 12.03.2021 → осуждён 05.08.2021 → освобождён 01.02.2023`,
`12.03.2021 задержан; 05.08.2021 осуждён`, `detained 12 March 2021 -> convicted 5 August 2021`,
`ұсталды 12.03.2021, сотталды 05.08.2021` (arrows, `->`, `;`, commas or line breaks between steps).
Out: `parse_history(text) -> Parsed` whose value is a `History`: its steps in the order written,
each a `Step(status, date_field, date)`.

How a cell is read (the words are data; the rules below are the code):
- The stage words are the phrases of the status vocabulary (`kzanalysis/vocab/statuses.csv`,
  read by `status.phrase_spans`): a step is one phrase, or phrases with nothing but punctuation
  between them (`освобожден (отбыл срок)`). Terms (`к 5 годам`) belong to their phrase.
- Which date field a stage dates, and how far along the life of a case it is, is
  `kzanalysis/vocab/stages.csv` (status, date_field, order): detention is `detained_on`, a charge
  or the opening of a case `charged_on`, a verdict (also one whose punishment is not named, `осужден`)
  or an acquittal `sentenced_on`, a release `released_on`.
- The date of a step is the text between its phrase and the next one: after the phrase where the
  cell starts with a phrase (`задержан 12.03.2021`), before it where the cell starts with a date
  (`12.03.2021 задержан`); it is read by `dates.find_date` once the separators around it are
  dropped (words beside a date that are no stage, `taken into custody on`, are passed over). A step may have no date (`задержан → осуждён 05.08.2021`).
- The status a step gives is what `status.parse_measure` reads in it, where that is a status
  (`осуждён` alone names no punishment: it dates the verdict but gives no status). The step the
  case reached last is the last written, or the first where the dates run from the newest down.
A cell is a history only where every piece of it is read: a phrase, a date or a separator; else, where
it is a log of steps that each open with a date (parse/dated_steps.py: `2021-03-01 transferred to colony
AP-162/3 | 2022-06-14 released on parole`), it is read as such a log; anything else is `unparsed_history`,
naming what was not read. A step without a date still gives its status
(`под следствием` in a history column); a column is a history column where nearly all its values
are histories with a dated step (`dated_history_steps`, content.py).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from kzanalysis.config import VOCAB_DIR, VocabularyError
from kzanalysis.parse import Parsed, dates, guarded, status
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.text import clean_spaces
from kzanalysis.table_spec import STATUSES

STAGES_FILE = VOCAB_DIR / "stages.csv"
_STAGES_LABEL = "kzanalysis/vocab/stages.csv"
DATE_FIELDS = ("detained_on", "charged_on", "sentenced_on", "released_on")

# What may stand between a step's phrase and its date, or between two steps: arrows, dashes, punctuation.
_SEPARATORS = " \t\n→⟶➔➝➞⇒⇨>=<-–—:;,.|/\\()[]{}«»\"'"
# Between two steps: an arrow, `->`, `=>`, `;`, a bar or a line break (commas may be inside a date: `May 5, 2021`).
_STEP_BREAK = re.compile(r"[→⟶➔➝➞⇒⇨;|]|-+>|=>")
_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
_HAS_DIGIT = re.compile(r"\d")
# A bare number between two phrases is the second one's amount (`штраф 500 МРП`), not a date; a year is a date.
_AMOUNT = re.compile(r"[\s:,]*(?!(?:19|20)\d\d\b)\d{1,3}(?:[ \u00a0]?\d{3})*\s*")


@dataclass(frozen=True)
class Stage:
    date_field: str | None
    order: int


@dataclass(frozen=True)
class Step:
    """One stage of a case as a history names it: its status (None where the words name no
    punishment), the date field it dates, and its date (None where the step has none)."""

    status: str | None
    date_field: str | None
    date: dates.DateValue | None
    order: int


@dataclass(frozen=True)
class History:
    steps: tuple[Step, ...]

    def dates(self) -> dict[str, dates.DateValue]:
        """Date field -> the earliest date of the steps that date it."""
        out: dict[str, dates.DateValue] = {}
        for step in self.steps:
            if step.date is not None and step.date_field is not None:
                known = out.get(step.date_field)
                if known is None or step.date.date < known.date:
                    out[step.date_field] = step.date
        return out

    def latest(self) -> Step | None:
        """The step the case reached last: the last written, or the first where the dates run from
        the newest down (`01.02.2023 освобождён; 05.08.2021 осуждён`)."""
        if not self.steps:
            return None
        when = [s.date.date for s in self.steps if s.date is not None]
        newest_first = len(set(when)) >= 2 and all(a >= b for a, b in zip(when, when[1:]))
        return self.steps[0] if newest_first else self.steps[-1]


@cache
def stages() -> dict[str, Stage]:
    """vocab/stages.csv: status (or pseudo-status) -> the date field it dates and its order in the life of a case."""
    with STAGES_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    allowed = set(STATUSES) | set(status.PSEUDO_STATUSES)
    out = {}
    for row in rows:
        if row["status"] not in allowed:
            raise VocabularyError(f"{_STAGES_LABEL}: {row['status']!r} is not a status of the cases table")
        if row["date_field"] and row["date_field"] not in DATE_FIELDS:
            raise VocabularyError(f"{_STAGES_LABEL}: {row['date_field']!r} is not one of {', '.join(DATE_FIELDS)}")
        out[row["status"]] = Stage(row["date_field"] or None, int(row["order"]))
    return out


def _date_text(text: str) -> str:
    return text.strip(_SEPARATORS)


def _step(key: str, start: int, end: int, named: list[str], date_text: str) -> Step | Parsed:
    """One step: the phrases in key[start:end], the date in `date_text`; a Parsed problem where the date is not read."""
    when = None
    if date_text:
        parsed = dates.find_date(date_text)
        if parsed.value is None:
            return Parsed(None, "unparsed_history", f"{date_text!r} is not a date")
        when = parsed.value
    measure = status.parse_measure(key[start:end])
    said = measure.value.status if measure.value is not None and measure.problem is None else None
    table = stages()
    known = [s for s in ([said] if said else []) + named if s in table]
    best = max(known, key=lambda s: (s == said, table[s].order)) if known else None
    stage = table.get(best) if best else None
    return Step(said if said in STATUSES else None, stage.date_field if stage else None, when, stage.order if stage else 0)


@guarded
def parse_history(text: str) -> Parsed:
    """A status-history cell -> `Parsed(History(steps))`, `Parsed(None)` when blank, else `unparsed_history`.
    A cell not read strictly is read as a log of dated steps where it is one (parse/dated_steps.py)."""
    shown = clean_spaces(_LINE_BREAK.sub(" ; ", str(text)))
    if not shown or is_not_given(shown):
        return Parsed(None)
    strict = _strict_history(shown)
    if strict.problem is None or not _HAS_DIGIT.search(shown[:12]):
        return strict
    from kzanalysis.parse.dated_steps import read_dated_steps

    steps = read_dated_steps(shown, _STEP_BREAK.split, stages(), Step, STATUSES)
    return Parsed(History(tuple(steps))) if steps else strict


def _strict_history(shown: str) -> Parsed:
    """Every piece of the cell read: a phrase, a date or a separator (the module docstring)."""
    key, phrases, terms = status.phrase_spans(shown)
    if not phrases:
        return Parsed(None, "unparsed_history", f"no stage of a case named in {shown!r} (stage words are in kzanalysis/vocab/statuses.csv)")
    # Phrases (and terms, `к 5 годам`) with no digit and no step separator between them are one step:
    # `released on parole`, `освобожден (отбыл срок)`; so are two with an amount between them (`штраф 500 МРП`).
    spans = sorted([(s, e, st) for s, e, st in phrases] + [(s, e, None) for s, e in terms])
    groups: list[list[tuple[int, int, str | None]]] = []
    for span in spans:
        between = key[groups[-1][-1][1]:span[0]] if groups else ""
        if groups and (not _HAS_DIGIT.search(between) or _AMOUNT.fullmatch(between)) and not _STEP_BREAK.search(between):
            groups[-1].append(span)
        else:
            groups.append([span])
    bounds = [(g[0][0], g[-1][1], [st for _, _, st in g if st is not None]) for g in groups]
    bounds = [b for b in bounds if b[2]]  # a term alone is no step
    if not bounds:
        return Parsed(None, "unparsed_history", f"no stage of a case named in {shown!r}")
    # The dates are read with the terms blanked (`осуждена 05.08.2021 к 5 годам`).
    for s, e in terms:
        key = key[:s] + " " * (e - s) + key[e:]
    # Dates come first where a digit stands before the first phrase; words there belong to it (`taken into custody`).
    date_first = bool(_HAS_DIGIT.search(key[: bounds[0][0]]))
    steps = []
    for i, (start, end, named) in enumerate(bounds):
        # A step's date stops at a step break; words past it belong to the next phrase (`=> on probation`).
        if date_first:
            *rest, date_text = _STEP_BREAK.split(key[bounds[i - 1][1] if i else 0:start])
        else:
            date_text, *rest = _STEP_BREAK.split(key[end:bounds[i + 1][0] if i + 1 < len(bounds) else len(key)])
        if any(_HAS_DIGIT.search(r) for r in rest):
            return Parsed(None, "unparsed_history", f"not read as a history of stages with dates: {shown!r} (a date with no stage)")
        step = _step(key, start, end, named, _date_text(date_text))
        if isinstance(step, Parsed):
            return Parsed(None, step.problem, f"not read as a history of stages with dates: {shown!r} ({step.message})")
        steps.append(step)
    rest = _date_text(key[bounds[-1][1]:]) if date_first else ""
    if rest:
        return Parsed(None, "unparsed_history", f"not read as a history of stages with dates: {shown!r} ({rest!r} after the last stage)")
    return Parsed(History(tuple(steps)))


def dated_history_steps(text: str) -> int:
    """How many steps the cell names where it reads as a history with at least one dated step, else 0
    (the evidence that a column is a history column, content.py)."""
    parsed = parse_history(text)
    if parsed.problem is not None or parsed.value is None or not any(s.date is not None for s in parsed.value.steps):
        return 0
    return len(parsed.value.steps)
