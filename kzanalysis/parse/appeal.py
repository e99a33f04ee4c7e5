"""An appeal's outcome: what a cell of an appeal column changes in the sentence.

In: one cell of a column whose header names an appeal (`Результат апелляции`, `Appeal outcome`,
`Кассация`, `Апелляциялық шешім`: headers.py).
Out: `parse_appeal(text) -> Parsed` whose value is an `Outcome(status, months, change)`, or
`Parsed(None)` with no problem where the appeal changed nothing:
- an acquittal (`приговор отменён, оправдан`, `acquitted on appeal`, `ақталды`): acquitted, no term;
- a new term (`срок снижен до 2 лет`, `reduced to 5 years`, `5 жылға дейін қысқартылды`): that term,
  and the kind where one is written with it (`снижен до 2 лет ограничения свободы`);
- a new kind (`заменено на ограничение свободы`): that kind, with its term where written;
- an amount (`снижен на 1 год`, `reduced by a year`): `change`, the months to add to the term (negative);
- the verdict stands or the appeal is not yet heard (`оставлен без изменения`, `жалоба отклонена`,
  `appeal pending`, `на рассмотрении`; the words of kinds `stands` and `pending` in
  `kzanalysis/vocab/appeal_words.csv`), or a yes/no (an appeal filed or not): nothing changes, no problem.
A cell holding only a date (the appeal's) changes nothing either. Anything else is an `unknown_status` problem naming the two vocabulary files (`приговор отменён`
alone does not say whether the person was acquitted or tried again).
"""
from __future__ import annotations

from dataclasses import dataclass

from kzanalysis.parse import Parsed, dates, guarded, status, term_change
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.text import clean_spaces


@dataclass(frozen=True)
class Outcome:
    status: str | None  # the status the appeal gave (acquitted, a kind of sentence), or None
    months: int | None  # the term in force after the appeal, or None where it gave none
    change: int | None = None  # months added to the term (`снижен на 1 год`: -12), where the new term is not written


@guarded
def parse_appeal(text: str) -> Parsed:
    """An appeal column's cell -> `Parsed(Outcome)`, `Parsed(None)` where nothing changed, or a problem."""
    shown = clean_spaces(text)
    if not shown or is_not_given(shown) or status.parse_yes_no(shown).value is not None:
        return Parsed()  # blank, not known, or only says whether there was an appeal
    read = status.parse_measure(shown)
    said = read.value
    if said is not None and said.status == "acquitted":
        return Parsed(Outcome("acquitted", None))
    key = status.phrase_spans(shown)[0]
    terms = status.phrase_spans(shown)[2]
    changes = term_change.changes(key, terms)
    if term_change.stands_or_pending(shown) and not changes:
        return Parsed()  # `оставлен без изменения, 5 лет`: the verdict stands as it was
    if said is not None and (said.status is not None or said.months is not None):
        kind = said.status if said.status in status.VERDICT_KINDS or said.status in ("released", "acquitted") else None
        if kind is not None or said.months is not None:
            return Parsed(Outcome(kind, said.months))
    by = [c for c in changes.values() if c.how == "by"]
    if by and len(by) == len(changes):
        amount = 0
        for i, change in sorted(changes.items()):
            start, end = terms[i]
            found = status.parse_measure(key[start:end]).value
            if found is None or found.months is None:
                break
            amount += change.sign * found.months
        else:
            return Parsed(Outcome(None, None, amount))
    if dates.parse_date(shown).value is not None:
        return Parsed()  # only the appeal's date: it says nothing of the outcome
    return Parsed(None, "unknown_status",
                  f"{shown!r} in an appeal column: not read as an acquittal, a new term or kind, or a verdict that stands; "
                  "add the phrase to kzanalysis/vocab/appeal_words.csv (stands, pending, words of change) or "
                  "kzanalysis/vocab/statuses.csv")
