"""A log of dated steps: one cell whose steps each open with their date, read even where words beside the stages are not.

In: a cell such as `2019-04-10 arrested | 2019-10-02 sentenced: 5 yrs prison | 2021-03-01 transferred to
colony AP-162/3 | 2022-06-14 released on parole` or `18.03.2022 этапирован в ИК-162/3; 05.09.2023 освобождён
условно-досрочно`, which parse/history.py does not read strictly (words it does not know, numbers of a colony).
Out: `read_dated_steps(text) -> list[Step] | None` (None: the cell is not such a log).

How a cell is read:
- it is cut at the step breaks of a history (a bar, an arrow, `->`, `;`, a line break; never a comma,
  which may be inside a date);
- a piece that holds a digit must open with a whole date (`find_dates`); the rest of the piece is the
  step's words, read by the status vocabulary as in a status cell (its terms, colony numbers and other
  words are no date of the log);
- a piece with no digit continues the step before it (`charged in absentia; put on the wanted list`);
- a dated piece that names no stage (`transferred to colony AP-162/3`, `lives abroad`) is a step of the
  log that changes no status and dates no field: it is left out of the steps;
- the cell is such a log where its first piece opens with a date and at least one dated piece names a stage.
The date of a step goes to the date field of its stage (`vocab/stages.csv`), as in a strict history.
"""
from __future__ import annotations

from kzanalysis.parse import dates, status

_BREAK_CHARS = " \t,.:;|-–—"


def read_dated_steps(shown: str, split, stages: dict, step_type, statuses) -> list | None:
    """The steps of a log of dated steps (see the module docstring), or None where the cell is no such log.
    `split` cuts the cell at step breaks; `stages`, `step_type` and `statuses` are parse/history.py's."""
    pieces = [p.strip(_BREAK_CHARS + "()") for p in split(shown)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    steps: list = []
    words: list[tuple[dates.DateValue, list[str]]] = []
    for piece in pieces:
        if not any(ch.isdigit() for ch in piece):
            if not words:
                return None
            words[-1][1].append(piece)
            continue
        found = dates.find_dates(piece)
        if not found or found[0][0] != 0:
            return None
        words.append((found[0][2], [piece[found[0][1]:].strip(_BREAK_CHARS)]))
    for when, parts in words:
        text = "; ".join(p for p in parts if p)
        if not text:
            continue
        _key, phrases, _terms = status.phrase_spans(text)
        named = [s for _, _, s in phrases if s in stages]
        if not named:
            continue
        measure = status.parse_measure(text)
        said = measure.value.status if measure.value is not None and measure.problem is None else None
        known = [s for s in ([said] if said else []) + named if s in stages]
        best = max(known, key=lambda s: (s == said, stages[s].order))
        stage = stages[best]
        steps.append(step_type(said if said in statuses else None, stage.date_field, when, stage.order))
    return steps or None
