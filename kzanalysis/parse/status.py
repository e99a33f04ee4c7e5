"""Measures and sentences: what happened to a person, and for how long; and yes/no cells.

In: one cell of a "status" column (`осужден к лишению свободы`, `под домашним
арестом`, `released`) or of a "sentence" column (`1 год 6 мес.`, `5 лет лишения
свободы`, `2 yrs 6 mo`), in Russian, Kazakh or English.
Out: `parse_measure(text) -> Parsed` whose value is a `Measure(status, months)`:
`status` one of `schema.STATUSES` (or None where the cell holds only a term),
`months` the term in whole months (or None where none is given); `rank`, the
rank of the phrase that won (not compared: measures.py weighs it against the
row's other status cells).

How a cell is read (the phrases are data; the rules below are the code):
- Status phrases are in `kzanalysis/vocab/statuses.csv` (alias, status, lang,
  rank, source). An alias is matched as whole words after homoglyph folding
  and case folding (`text.match_key`); a word ending in `*` is a stem
  (`лишен* свобод*` reads every case form); punctuation between words is
  free (`л/с`, `л. с.`), and a hyphen may be a space or missing. An alias
  written with a leading `=` is the whole cell or nothing: a form's code
  (`=restricted`) that in a longer text is a word of something else
  (`visits restricted`, `case file restricted`).
  Where aliases overlap, the longest wins (`домашний арест` is not `арест`;
  `условно-досрочно` is not `условно`). A phrase right after a negation
  (`не`, `без`, `not`, `no`, `without`) does not count (`без лишения свободы`), nor one that a Kazakh
  negation follows (`қамауда емес`, `қамауға алынған жоқ`, a verb in its negative form: `қамауға
  алынбаған`), nor a stem whose word goes on in that negative form (`босатылмаған`: not released).
- Several statuses in one cell: the alias with the highest `rank` wins. Ranks
  follow the life of a case (under investigation < house arrest < custody <
  sentence < release < acquittal), so `осужден к 5 годам, освобожден по
  амнистии` is released. Among sentences: fined < compulsory treatment <
  imprisoned < probation < restricted freedom, because `лишение свободы
  условно` is a suspended sentence and an explicit `ограничение свободы`
  beats press "условно" (docs/domain.md d); replacement phrases (`заменено на
  лишение свободы`) carry a higher rank of their own. Equal ranks: the later
  phrase wins. Detention and house arrest are one stage (the measures before a
  verdict): where one of their plain phrases wins, the one written last does
  (`задержан 3 марта, домашний арест` is house arrest); a change of measure
  (`изменена на домашний арест`) ranks above them and wins whatever the order.
- Pseudo-statuses in the same file: `sentenced` (`осужден к`, `sentenced`,
  `сотталды`) means imprisonment only where a term goes with it and no
  punishment is named (`осужден к 5 годам`; a suspended sentence or another
  punishment is always named), and no word the vocabulary does not know
  follows the term in its clause, where the kind is written (`3 г. ПТР` is
  `unknown_status`, not imprisonment); `additional` marks an additional
  punishment (`запрет на деятельность 5 лет`), whose term is not the
  sentence; `probation_period` (`испытательный срок`) names probation (only a
  suspended sentence has one) but its term is not the sentence's either; `unlisted` is a punishment outside the status vocabulary
  (correctional labour, community work), reported as `unknown_status`;
  `closed` (`дело прекращено`) is reported as `case_closed`, because closing
  a case is not an acquittal (it can be on non-rehabilitating grounds such as
  amnesty), unless the cell also names a fine (`Fined 200 MCI; case closed`:
  the fine is how the case ended, so it is `fined`); `реабилитирован` is read as acquitted.
- Terms (`kzanalysis/vocab/term_units.csv`): a number (digits, `1,5`, or a
  numeral word) and a unit; parts with falling units join (`1 год 6 мес.`,
  `2 yrs 6 mo`). Days and weeks are converted at 365.25/12 days a month and
  the total rounded half up to whole months, so `15 суток` of administrative
  arrest is 0 months and `20 суток` is 1. Hours (of labour) are not a term.
  A four-digit year (`2021 году`) and dates are not terms. Life sentences
  (`пожизненно`, `life`) are imprisoned with months None, not a problem.
- Which term: the one that goes with the winning status (nearest phrase in
  the same clause; a term before `с` / `with` and a further punishment is the
  punishment's before it: `ограничение свободы на 2 года с запретом ... на
  4 года` is restricted freedom for 24 months); else the first term that is not an additional
  punishment's (`осужден к 5 годам, освобожден` gives released, 60).

Problem codes: `unknown_status` (nothing recognised, or a punishment outside
the vocabulary; the message names `kzanalysis/vocab/statuses.csv`),
`unparsed_term` (a number or unit that could not be read as a term),
`case_closed` (see above). A cell of only punctuation (`-`, `?`) is
`Parsed(None)`, no problem: nothing was written.

Also `parse_yes_no(text) -> Parsed` for yes/no columns (value True/False), and
`named_statuses(text) -> frozenset[str]`: every status a phrase of the cell names,
`may_name(text, status, min_rank)`: a quick test that a phrase of a status may be in the cell, and
`is_status_phrase(text) -> bool`: every word of the cell is part of a status phrase.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from functools import cache

from kzanalysis.config import VOCAB_DIR, VocabularyError
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded, term_change
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse.before_verdict import before_verdict_spans
from kzanalysis.parse.text import clean_spaces, fold_homoglyphs, kazakh_latin_readings, match_key
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.refusal import refused
from kzanalysis.table_spec import STATUSES

STATUSES_FILE = VOCAB_DIR / "statuses.csv"
TERM_UNITS_FILE = VOCAB_DIR / "term_units.csv"
_STATUSES_LABEL = "kzanalysis/vocab/statuses.csv"
_TERM_UNITS_LABEL = "kzanalysis/vocab/term_units.csv"

# Pseudo-statuses of statuses.csv (see the module docstring).
SENTENCED = "sentenced"
ADDITIONAL = "additional"
UNLISTED = "unlisted"
CLOSED = "closed"
ADMINISTRATIVE = "administrative"  # administrative arrest (days, CAO): not one of the criminal statuses
# A probation period (`испытательный срок`): it names probation, but its term is not the sentence's.
PROBATION_PERIOD = "probation_period"
PSEUDO_STATUSES = (SENTENCED, ADDITIONAL, UNLISTED, CLOSED, ADMINISTRATIVE, PROBATION_PERIOD)
# Phrases whose term is never the sentence's (an additional punishment, a probation period).
_NOT_THE_SENTENCE = (ADDITIONAL, PROBATION_PERIOD)
# The two measures of custody before a verdict: the one written last in a cell replaced the other
# (a person is detained, then the court chooses detention or house arrest).
CUSTODY_BEFORE_VERDICT = ("pretrial_detention", "house_arrest")
# The kinds of sentence a court gives: a term changed on appeal with its kind written after it gives that kind.
VERDICT_KINDS = ("imprisoned", "restricted_freedom", "probation", "fined", "compulsory_treatment")

# Months per unit: a year is 12 months, a day 12/365.25 of a month (Julian year);
# None: hours of labour go with restricted freedom or community work, not a term.
_MONTHS_PER_UNIT = {"year": 12.0, "month": 1.0, "week": 7 * 12 / 365.25, "day": 12 / 365.25, "hour": None}
_UNIT_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "hour": 4}
# A term above this many months is not a sentence (the longest fixed term is
# far below 100 years); such a number is reported as unparsed_term.
_MAX_MONTHS = 1200

# A status a court can refuse: a release asked for, a custody or house arrest the investigator asked for.
_REFUSABLE = frozenset({"released", "pretrial_detention", "house_arrest", "acquitted"})
# A negation right before the phrase, an auxiliary or `yet` / `longer` maybe between (`не был освобождён`,
# `has not been released`, `not yet released`, `never released`, `no longer in custody`).
_NEGATION = re.compile(r"(?:^|[^\w])(?:не|без|not|no|never|without)(?:[\W_]+(?:был|была|было|были|been|yet|longer|ever|under))*[\W_]+$")
# Kazakh negates after the phrase: `емес` / `жоқ` right after it or after its verb (`қамауда емес`,
# `қамауға алынған жоқ`), or the verb after it in its negative form, a negative suffix (-ма-/-ме-/-ба-/
# -бе-/-па-/-пе-) before the ending (`қамауға алынбаған`: not taken into custody).
# Kazakh's negative suffix on a verb, before its ending, a passive's `-ыл`/`-ын` maybe before it
# (`босатыл-ма-ған`, `босат-ыл-ма-ды`, `шық-па-ған`, `ал-ма-ды`, `бол-ма-с`).
_KK_NEGATIVE = re.compile(r"(?:ыл|іл|ын|ін|л|н)?(?:ма|ме|ба|бе|па|пе)(?:ған|ген|қан|кен|ды|ді|ты|ті|й|с)")
_WORD_CHARS = re.compile(r"\w+")
_NEGATION_AFTER = re.compile(r"[\W_]*(?:(?:(?:алын|ұстал|қамал|бол|отыр)\w*[\W_]+)?(?:емес|жоқ)|\w*(?:ма|ме|ба|бе|па|пе)(?:ған|ген|қан|кен|ды|ді|ты|ті|ған\w*|ген\w*))(?!\w)")
# Between a term and a phrase, these start a new clause: the term belongs less to a phrase across them.
_CLAUSE_BREAK = re.compile(r"[+;,\n]|(?<!\w)(?:и|плюс|и также|and|plus|also|және|затем|then|после)(?!\w)")
# Between a term and a phrase after it, `с` / `with` joins a further punishment to the one the term is of
# (`ограничение свободы на 2 года с запретом ... на 4 года`): the term belongs to the phrase before it.
_WITH_NEXT = re.compile(r"(?<!\w)(?:с|со|with|along with|together with)(?!\w)")
_JOIN_TERM_PARTS = re.compile(r"[\s,.]*(?:(?:и|and|және|&)[\s,.]*)?")
# `два с половиной года`, `two and a half years`, `екі жарым жыл`: the number plus one half.
_HALF = r"с\s+половиной|and\s+a\s+half|жарым"
# Time that passed, not a term: `через 2 года`, `спустя год`, `after 2 years`, `2 жылдан кейін` (released after two
# years of a five-year term); `after serving 2 years` is the term served.
_ELAPSED = re.compile(r"(?<!\w)(?:через|спустя|after)\s+(?!serv)(?:\S+\s+){0,2}?(?:лет|год\w*|мес\w*|years?|months?)(?!\w)"
                      r"|(?<!\w)\S+\s+(?:жыл|ай)\w*дан\s+(?:кейін|соң)(?!\w)")
_DATE = re.compile(r"(?<![\w.])(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\w.]\d)")
_HAS_WORD = re.compile(r"\w")
_HAS_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Measure:
    """The outcome or measure named in a cell, and its term; `rank`: the vocabulary's rank of the
    phrase that gave the status (how far along the life of a case it is), to weigh it against the
    status another column of the row gives (measures.py)."""

    status: str | None
    months: int | None
    rank: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class _Alias:
    alias: str
    status: str
    rank: int
    regex: str
    first: str  # the literal text every match starts with: a cheap test before the regex

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when a text first holds its first word: most of the vocabulary's ~350 aliases are never tried."""
        return _compile(self.regex)


@cache
def _compile(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    status: str
    rank: int


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    months: float | None  # None: hours only, consumed but not a term
    days: bool = False  # every part counted in days (`15 суток`): the unit of administrative arrest
    text: str = ""  # the term as written in the key


# Joiners inside a code written by a database or a hurried hand (`pretrial_custody`, `restr.freedom`,
# `house-arrest`): an underscore anywhere, a dot or hyphen between letters. They are read as spaces, so
# the vocabulary's phrases match a new code of the same kind the first time (a hyphen or dot touching a
# digit is kept: `5-ти лет`, `1.5 года`, dates).
_CODE_JOINER = re.compile(r"_+|(?<=[^\W\d_])[.\-](?=[^\W\d_])|(?<=[^\W\d_])\.(?=\s)")


def _key(text: str) -> str:
    """Like `match_key` but keeping punctuation, so numbers (`1,5`) and clauses survive; the joiners
    of a code (`_`, and `.` or `-` between letters) are spaces."""
    return _CODE_JOINER.sub(" ", fold_homoglyphs(clean_spaces(text)).casefold().replace("ё", "е"))


def _alias_regex(alias: str, whole: bool = True) -> str:
    """A vocabulary alias as a regex: words folded by match_key, `*` a stem, free punctuation between words."""
    parts = []
    for word in alias.split():
        stem = word.endswith("*")
        core = match_key(word.rstrip("*"))
        if not core:
            continue
        piece = r"[\W_]+".join(re.escape(w).replace(r"\-", r"[\s\-]?") for w in core.split())
        parts.append(piece + (r"\w*" if stem else ""))
    if not parts:
        return ""
    body = r"[\W_]+".join(parts)
    return rf"(?<!\w){body}(?!\w)" if whole else body


def _read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


@cache
def _status_aliases() -> tuple[_Alias, ...]:
    """The status vocabulary, compiled once. Raises at load if the file is malformed (a bug in data, not input)."""
    aliases = []
    allowed = set(STATUSES) | set(PSEUDO_STATUSES)
    for row in _read_csv(STATUSES_FILE):
        status = row["status"]
        if status not in allowed:
            raise VocabularyError(f"{_STATUSES_LABEL}: status {status!r} of alias {row['alias']!r} is not one of {sorted(allowed)}")
        regex = _alias_regex(row["alias"].lstrip("="))
        if regex and row["alias"].startswith("="):  # the whole cell only (a form's code), never a word of a longer text
            regex = rf"^[\W_]*(?:{regex})[\W_]*$"
        if not regex:
            raise VocabularyError(f"{_STATUSES_LABEL}: alias {row['alias']!r} has no letters or digits to match")
        rank = int(row["rank"]) if row["rank"] else -1
        first = match_key(row["alias"].lstrip("=").split()[0].rstrip("*")).split(" ")[0].split("-")[0]
        aliases.append(_Alias(row["alias"], status, rank, regex, first))
    return tuple(aliases)


@cache
def _plain_custody_rank() -> int:
    """The highest rank of a plain measure of custody before a verdict (`под стражей`, `домашний арест`):
    the phrases ranked above it say a change of measure (`изменена на домашний арест`)."""
    lowest: dict[str, int] = {}  # each measure's plain phrases have its lowest rank
    for a in _status_aliases():
        if a.status in CUSTODY_BEFORE_VERDICT:
            lowest[a.status] = min(lowest.get(a.status, a.rank), a.rank)
    return max(lowest.values(), default=-1)


@cache
def _term_patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, float], tuple[tuple[re.Pattern[str], float], ...], re.Pattern[str]]:
    """(term-part regex, unit name by match_key, number by match_key, (whole-term regex, months) pairs, unit-word regex)."""
    rows = _read_csv(TERM_UNITS_FILE)
    units = {r["alias"]: r["value"] for r in rows if r["kind"] == "unit"}
    numbers = {r["alias"]: float(r["value"]) for r in rows if r["kind"] == "number"}
    wholes = {r["alias"]: float(r["value"]) for r in rows if r["kind"] == "term"}
    for alias, unit in units.items():
        if unit not in _MONTHS_PER_UNIT:
            raise VocabularyError(f"{_TERM_UNITS_LABEL}: unit {unit!r} of {alias!r} is not one of {sorted(_MONTHS_PER_UNIT)}")

    def alternation(aliases) -> str:
        # Longest first, so that at one position `месяцев` is tried before `м`.
        return "|".join(_alias_regex(a, whole=False) for a in sorted(aliases, key=len, reverse=True))

    unit_alt = alternation(units)
    number_alt = alternation(numbers)
    digits = r"\d+(?:[.,]\d+)?(?:-?(?:ти|х|и|ми|му|ю))?"
    # `(?!\.o)`: `35 y.o.` is an age, not a term.
    # `5 (пять) лет`: the numeral repeated in words; `2 с половиной года`: and a half.
    spelled = r"(?:\([^()\d]{1,20}\)[\s\-]*)?"
    half = r"[\s\-]+(?:" + _HALF + ")"
    part = (
        rf"(?<![\w.,])(?:(?P<digits>{digits})(?P<half1>{half})?[\s\-]*{spelled}|(?P<word>{number_alt})(?P<half2>{half})?[\s\-]+)"
        rf"(?P<unit>{unit_alt})(?!\w)(?!\.\s?o(?!\w))"
    )
    whole_patterns = tuple(
        (re.compile(_alias_regex(a)), v) for a, v in sorted(wholes.items(), key=lambda kv: len(kv[0]), reverse=True)
    )
    unit_word = rf"(?<!\w)(?:{unit_alt})(?!\w)"
    unit_by_key = {match_key(a.rstrip("*")): u for a, u in units.items()}
    number_by_key = {match_key(a): v for a, v in numbers.items()}
    return re.compile(part), unit_by_key, number_by_key, whole_patterns, re.compile(unit_word)


def _unit_of(word: str, unit_by_key: dict[str, str]) -> str | None:
    """The unit of a matched unit word: exact alias first, then the longest stem it starts with."""
    key = match_key(word)
    if key in unit_by_key:
        return unit_by_key[key]
    for alias in sorted(unit_by_key, key=len, reverse=True):
        if key.startswith(alias):
            return unit_by_key[alias]
    return None


def _number_of(word: str, number_by_key: dict[str, float]) -> float | None:
    return number_by_key.get(match_key(word))


def _negative_verb(alias: str, matched: str) -> bool:
    """The alias's last word is a stem (`босатыл*`) and the word matched continues it with Kazakh's negative
    suffix (`босатылмаған`: not released; `шықпаған`: did not go out)."""
    last = alias.split()[-1] if alias.split() else ""
    if not last.endswith("*"):
        return False
    stem = match_key(last.rstrip("*")).split(" ")[-1]
    words = _WORD_CHARS.findall(matched)
    return bool(stem and words and words[-1].startswith(stem) and _KK_NEGATIVE.match(words[-1], len(stem)))


def _status_matches(key: str) -> list[_Match]:
    """Non-overlapping alias matches, longest first, in text order; negated phrases take space but no status."""
    found = []
    for alias in _status_aliases():
        if alias.first not in key:
            continue
        for m in alias.pattern.finditer(key):
            found.append((m.start(), m.end(), alias))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, _Alias]] = []
    for start, end, alias in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, alias))
    taken.sort(key=lambda t: t[0])
    return [
        _Match(start, end, alias.status, alias.rank)
        for start, end, alias in taken
        if not _NEGATION.search(key[max(0, start - 24):start]) and not _NEGATION_AFTER.match(key, end)
        and not _negative_verb(alias.alias, key[start:end])
        # `в УДО отказано`, `в санкционировании ареста отказано`: a release or a measure refused (parse/refusal.py)
        and not (alias.status in _REFUSABLE and refused(key, start, end))
    ]


def _terms(key: str) -> tuple[list[_Term], str]:
    """Terms in text order, and the text with terms and dates blanked (to look for leftovers)."""
    part_re, unit_by_key, number_by_key, wholes, _ = _term_patterns()
    blanked = _DATE.sub(lambda m: " " * len(m.group(0)), key)
    blanked = _ELAPSED.sub(lambda m: " " * len(m.group(0)), blanked)  # `освобождён через 2 года`: no term
    parts = []  # (start, end, months or None, unit order)
    # Whole-term words first (`a year and a half` before `a year`), longest first.
    for whole_re, value in wholes:
        for m in whole_re.finditer(blanked):
            if all(m.end() <= s or m.start() >= e for s, e, _, _ in parts):
                parts.append((m.start(), m.end(), value, _UNIT_ORDER["month"]))
    for m in part_re.finditer(blanked):
        if any(m.start() < e and s < m.end() for s, e, _, _ in parts):
            continue
        unit = _unit_of(m.group("unit"), unit_by_key)
        if unit is None:
            continue
        if m.group("digits") is not None:
            digits = re.match(r"\d+(?:[.,]\d+)?", m.group("digits")).group(0)
            number = float(digits.replace(",", "."))
            # `2021 году`, `2021 г.`: a year of the calendar, not a term.
            if unit == "year" and re.fullmatch(r"(19|20)\d\d", digits):
                continue
        else:
            number = _number_of(m.group("word"), number_by_key)
            if number is None:
                continue
        if m.group("half1") or m.group("half2"):
            number += 0.5
        factor = _MONTHS_PER_UNIT[unit]
        parts.append((m.start(), m.end(), None if factor is None else number * factor, _UNIT_ORDER[unit]))
    day_order = _UNIT_ORDER["day"]
    parts.sort()

    terms: list[_Term] = []
    last_order = None
    for start, end, months, order in parts:
        joinable = (
            terms
            and last_order is not None
            and order > last_order
            and months is not None
            and terms[-1].months is not None
            and _JOIN_TERM_PARTS.fullmatch(blanked[terms[-1].end:start]) is not None
        )
        if joinable:
            prev = terms[-1]
            terms[-1] = _Term(prev.start, end, prev.months + months, prev.days and order == day_order, key[prev.start:end])
        else:
            terms.append(_Term(start, end, months, order == day_order, key[start:end]))
        last_order = order
    for t in terms:
        blanked = blanked[: t.start] + " " * (t.end - t.start) + blanked[t.end:]
    return terms, blanked


def _attach(terms: list[_Term], matches: list[_Match], key: str) -> dict[int, int]:
    """Term index -> index of the nearest phrase (a clause break counts as far); ties go to the phrase before."""
    owner = {}
    for i, term in enumerate(terms):
        best = None
        for j, match in enumerate(matches):
            if match.end <= term.start:
                gap, after = key[match.end:term.start], 1
            elif match.start >= term.end:
                gap, after = key[term.end:match.start], 2
            else:
                continue
            joined = after == 2 and _WITH_NEXT.search(gap)
            distance = len(gap.strip()) + (1000 if _CLAUSE_BREAK.search(gap) or joined else 0)
            candidate = (distance, after, j)
            if best is None or candidate < best:
                best = candidate
        if best is not None:
            owner[i] = best[2]
    return owner


# A criminal status of higher rank than arrest (a sentence, release, acquittal) named beside an
# administrative arrest is the row's status; the arrest gives way to it.
_BELOW_ADMINISTRATIVE = (None, "under_investigation", "house_arrest", "pretrial_detention")


# The kind of a sentence is written right after its term (`3 г. ОСД`, `2 yrs RF`): one or two words
# there, with no digit, that no phrase of the vocabulary reads are an unknown kind of punishment.
_KIND_WORDS_MAX = 2
_WORD = re.compile(r"[^\W\d_]+")


def _kind_after_term(key: str, terms: list[_Term], matches: list[_Match]) -> str | None:
    """The words written right after a bare verdict's term, up to the end of its clause, where they
    are one or two words with no digit and no phrase of the vocabulary: an unknown kind of punishment."""
    for term in terms:
        tail = key[term.end:]
        cut = _CLAUSE_BREAK.search(tail)
        tail = tail[: cut.start()] if cut else tail
        later = [m.start - term.end for m in matches if m.start >= term.end]
        if later and min(later) < len(tail):
            continue  # a phrase of the vocabulary follows in the clause: it is read
        words = _WORD.findall(tail)
        if words and len(words) <= _KIND_WORDS_MAX and not _HAS_DIGIT.search(tail):
            return " ".join(words)
    return None


def _with_borrowed_units(key: str, terms: list[_Term]) -> tuple[str, bool]:
    """The key with the unit of the term before it written after each number that a word of change gives alone
    (`5 yrs prison (reduced to 3 on appeal)` -> `... reduced to 3 yrs ...`), and whether any was."""
    part_re = _term_patterns()[0]
    out, done = key, False
    for start, end in reversed(term_change.bare_numbers(key)):
        if any(t.start <= start < t.end for t in terms):
            continue  # the number has its own unit: it is a term already
        before = [t for t in terms if t.end <= start and t.months is not None]
        unit = part_re.search(before[-1].text) if before else None
        if unit is None:
            continue
        out = out[:end] + " " + unit.group("unit") + out[end:]
        done = True
    return out, done


def _round_months(months: float) -> int:
    return int(math.floor(months + 0.5))


@guarded
@also_letterless()
@also_kazakh_latin(force=True)
def parse_measure(text: str) -> Parsed:
    """A status and/or term cell -> `Parsed(Measure(status, months))`, or None and a problem."""
    shown = clean_spaces(text)
    if not shown or not _HAS_WORD.search(shown):
        return Parsed()
    key = _key(text)
    terms, leftover = _terms(key)
    if terms and _HAS_DIGIT.search(leftover):
        key, borrowed = _with_borrowed_units(key, terms)
        if borrowed:
            terms, leftover = _terms(key)
    terms_ok = [t for t in terms if t.months is not None and t.months <= _MAX_MONTHS]
    # A term changed on appeal in the same cell (`reduced to 5 years`, `снижен на 1 год`); the Kazakh words of
    # change after a term are no status phrase (`қысқартылды` alone closes a case), so they are left out below.
    changed = term_change.changes(key, [(t.start, t.end) for t in terms_ok])
    for start, end in term_change.phrase_spans(key, [(t.start, t.end) for t in terms]):
        key = key[:start] + " " * (end - start) + key[end:]
    matches = _status_matches(key)
    too_long = any(t.months is not None and t.months > _MAX_MONTHS for t in terms)
    owner = _attach(terms_ok, matches, key)
    attached: dict[int, list[_Term]] = {}
    for i, j in owner.items():
        attached.setdefault(j, []).append(terms_ok[i])
    # The terms a word of change goes with (`reduced to 5 years`, `снижен на 1 год`) are not the first term.
    not_sentence = {i for i in owner if matches[owner[i]].status in _NOT_THE_SENTENCE}
    changes = {i: c for i, c in changed.items() if i not in not_sentence}
    changed_ids = {id(terms_ok[i]) for i in changes}

    winner: tuple[int, str] | None = None
    winner_j: int | None = None
    resolved: dict[int, str] = {}
    for j, match in enumerate(matches):
        status = match.status
        if status == ADDITIONAL:
            continue
        if status == SENTENCED:
            if j not in attached:
                continue
            status = "imprisoned"
        if status == PROBATION_PERIOD:
            status = "probation"
        if status == ADMINISTRATIVE:
            continue
        resolved[j] = status
        if winner is None or match.rank >= winner[0]:
            winner, winner_j = (match.rank, status), j
    top_rank = None if winner is None else winner[0]
    if (winner is not None and winner[1] == "imprisoned" and not any(s in VERDICT_KINDS and s != "imprisoned" for s in resolved.values())
            and (before := before_verdict_spans(key))
            and not any(m.status == SENTENCED and not any(s <= m.start < e for s, e in before) for m in matches)):
        # `jailed pending trial`, `в тюрьме до суда`: custody before a verdict, not a sentence (parse/before_verdict.py)
        top_rank = _plain_custody_rank()
        winner = (top_rank, "pretrial_detention")
        resolved = {j: ("pretrial_detention" if s == "imprisoned" else s) for j, s in resolved.items()}
    if winner is not None and winner[1] in CUSTODY_BEFORE_VERDICT and winner[0] <= _plain_custody_rank():
        # Detention and house arrest are one stage: the one written last replaced the other. (A change
        # of measure, `изменена на домашний арест`, ranks above them and is the later one whatever the order.)
        winner_j = max(j for j, status in resolved.items() if status in CUSTODY_BEFORE_VERDICT)
        winner = (matches[winner_j].rank, resolved[winner_j])
    # A new term followed by its kind (`увеличен до 6 лет лишения свободы`) changes the kind of the sentence too.
    for i in sorted(i for i, c in changes.items() if c.how == "to" and i in owner):
        j = owner[i]
        if (winner is not None and winner[1] in VERDICT_KINDS and resolved.get(j) in VERDICT_KINDS
                and matches[j].start >= terms_ok[i].end):
            winner, winner_j = (matches[j].rank, resolved[j]), j
    if winner_j is not None and matches[winner_j].status == SENTENCED:
        unread = _kind_after_term(key, [t for t in attached[winner_j] if id(t) not in changed_ids], matches)
        if unread:
            return Parsed(None, "unknown_status",
                          f"{shown!r} gives a term followed by {unread!r}, where the kind of a sentence is written, and the "
                          f"vocabulary does not know it: not read as imprisonment; add the word to {_STATUSES_LABEL}")

    # README "Decided readings": `арест 15 суток` is administrative arrest (days, not months), not
    # pre-trial detention; it is kept out of the criminal statuses, and the row's other cells decide.
    arrest_days = [t for j, status in resolved.items() if status == "pretrial_detention" for t in attached.get(j, []) if t.days]
    administrative = [j for j, m in enumerate(matches) if m.status == ADMINISTRATIVE]
    if ((arrest_days and winner is not None and winner[1] == "pretrial_detention")
            or (administrative and (winner is None or winner[1] in _BELOW_ADMINISTRATIVE))):
        terms_written = [t.text.strip() for j in administrative for t in attached.get(j, [])] + [t.text.strip() for t in arrest_days]
        term = f" ({', '.join(terms_written)})" if terms_written else ""
        return Parsed(None, "administrative_arrest",
                      f"{shown!r} is an administrative arrest{term}, a measure of the Administrative Offences Code, "
                      "not a criminal status: the status comes from the row's other cells, else unknown")
    if winner is not None and winner[1] == CLOSED and "fined" in resolved.values():
        # `Fined 200 MCI; case closed`: the fine is how the case ended; its closing adds no other outcome
        winner_j = max(j for j, status in resolved.items() if status == "fined")
        winner = (matches[winner_j].rank, "fined")
        top_rank = winner[0]
    if winner is not None and winner[1] == CLOSED:
        return Parsed(None, "case_closed", f"{shown!r} says the case was closed; closing is not an acquittal: set the status by hand, or add the phrase to {_STATUSES_LABEL}")
    if winner is not None and winner[1] == UNLISTED:
        return Parsed(None, "unknown_status", f"{shown!r} names a punishment outside the status vocabulary; map it in {_STATUSES_LABEL} if it should count as one")

    months = None
    if winner is not None:
        own = [t for j, status in resolved.items() if status == winner[1] and matches[j].status not in _NOT_THE_SENTENCE
               for t in attached.get(j, []) if id(t) not in changed_ids]
        if own:
            months = _round_months(min(own, key=lambda t: t.start).months)
    if months is None:
        for i, term in enumerate(terms_ok):
            if i in not_sentence or i in changes:
                continue
            months = _round_months(term.months)
            break
    # Then each change in the order written: the later term wins (`7 years, reduced to 5 years on appeal`);
    # an amount (`снижен на 1 год`) changes the term before it, and alone gives none.
    for i in sorted(changes):
        change, term = changes[i], _round_months(terms_ok[i].months)
        if change.how == "to":
            months = term
        elif months is not None:
            months = max(months + change.sign * term, 0)

    if winner is None and months is None:
        unit_word = _term_patterns()[-1]
        if too_long or _HAS_DIGIT.search(leftover) or unit_word.search(leftover):
            return Parsed(None, "unparsed_term", f"could not read a term (a number with years, months or days) in {shown!r}; term words are in {_TERM_UNITS_LABEL}")
        if is_not_given(shown):  # `null`, `n/a` that no status phrase reads: not given, no problem
            return Parsed()
        return Parsed(None, "unknown_status", f"no status or term recognised in {shown!r}; add the phrase to {_STATUSES_LABEL}")
    return Parsed(Measure(None if winner is None else winner[1], months, top_rank))


# Words beside a term that say nothing of a status: prepositions and the word for a term itself.
_TERM_FILLER = frozenset({"на", "в", "к", "до", "с", "по", "срок", "сроком", "срока", "for", "of", "to", "a", "on", "term",
                          "мерзім", "мерзімге", "мерзімі"})


def unread_beside_term(text: str) -> str:
    """The words of a cell that gives a term and no status, that neither the term nor a phrase of the
    vocabulary reads (`5 лет чего-то` -> `чего то`), in the reading that gives the term (as written, else
    in Cyrillic letters: `parse.also_kazakh_latin`); "" where every word is read (`3 года`, `сроком на 2
    года`). measures.py makes them an `unknown_status` problem: a term alone never hides a status not read."""
    for reading in (text, *kazakh_latin_readings(text, force=True)):
        key = _key(reading)
        terms, leftover = _terms(key)
        if not any(t.months is not None and t.months <= _MAX_MONTHS for t in terms):
            continue
        for start, end in term_change.phrase_spans(key, [(t.start, t.end) for t in terms]):
            key = key[:start] + " " * (end - start) + key[end:]
        return _unread_words(key, leftover, _status_matches(key))
    return ""


def _unread_words(key: str, leftover: str, matches: list[_Match]) -> str:
    """The words of a cell that neither its terms and dates (blanked in `leftover`) nor a phrase of the
    vocabulary read, the filler words of a term aside: what a reader would still have to read."""
    for m in matches:
        leftover = leftover[:m.start] + " " * (m.end - m.start) + leftover[m.end:]
    # the words of a changed term (`снижен до`) are blanked in `key`
    leftover = "".join(" " if k == " " else c for k, c in zip(key, leftover))
    change = term_change.words()
    words = [w for w in _WORD.findall(leftover) if w not in _TERM_FILLER and w not in change and len(w) > 1]
    return " ".join(words)


@cache
def _first_words_of(status: str, min_rank: int) -> tuple[str, ...]:
    return tuple(sorted({a.first for a in _status_aliases() if a.status == status and a.rank >= min_rank}))


def may_name(text: str, status: str, min_rank: int = -1) -> bool:
    """A quick test before a full reading: the cell, case-folded, holds the first word of some phrase of
    `status` ranked at least `min_rank` (False means no such phrase is there as written)."""
    key = text.casefold().replace("ё", "е")
    return any(first in key for first in _first_words_of(status, min_rank))


def named_statuses(text: str) -> frozenset[str]:
    """Every status (and pseudo-status) a phrase of the cell names, negated phrases left out:
    `Investigation ongoing, in detention or not` names under_investigation and
    pretrial_detention, where `parse_measure` keeps only the higher rank. Used to tell a
    section heading that names one group from one that joins several. Kazakh in Latin letters
    (`Bosatylğandar`) is read in Cyrillic where as written it names nothing, as `parse_measure` reads it."""
    for reading in (text, *kazakh_latin_readings(text)):
        named = frozenset("probation" if m.status == PROBATION_PERIOD else m.status for m in _status_matches(_key(reading)))
        if named:
            return named
    return frozenset()


def is_status_phrase(text: str) -> bool:
    """True when every word of the cell is part of a status phrase (`Under Investigation`,
    `House Arrest`): tells a heading in capitals from a name that holds a stem (`Арестов Иван`)."""
    key = _key(text)
    matches = _status_matches(key)
    if not matches:
        return False
    for m in sorted(matches, key=lambda m: m.start, reverse=True):
        key = key[: m.start] + " " + key[m.end:]
    return not re.search(r"[^\W\d_]", key)


# Yes/no markers (keys as `match_key` makes them). `x`/`х` and ticks mark "yes"
# in a checkbox column; `v` is a tick typed as a letter. A dash is "no" here
# (`clean_spaces` turns `—` and `–` into `-`), unlike in a status cell.
_YES = frozenset({"да", "иә", "ия", "иа", "yes", "y", "+", "1", "1 0", "x", "х", "✓", "✔", "☑", "√", "v", "true", "истина"})
_NO = frozenset({"нет", "жоқ", "жок", "no", "n", "-", "--", "0", "0 0", "false", "ложь"})
# Cells that only say nothing is known: no value, and nothing was misread.
_NOT_GIVEN = frozenset({"n a", "na", "н д", "нд", "нет данных", "неизвестно", "не известно", "unknown", "белгісіз", "мәлімет жоқ", "не указано", "not known"})
_YES_NO_HEAD = re.compile(r"^\s*([^,(:;]+?)\s*(?:[,(:;]|\s-\s)")


def _yes_no_value(key: str) -> bool | None:
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


@guarded
def parse_yes_no(text: str) -> Parsed:
    """A yes/no cell -> `Parsed(True|False)`; blank or "unknown" -> `Parsed(None)`; else problem `unparsed_yes_no`."""
    shown = clean_spaces(text)
    key = match_key(shown)
    if not shown or key in _NOT_GIVEN or (not key and "?" in shown):
        return Parsed()
    value = _yes_no_value(key)
    if value is None:
        # `да (член ДВК)`, `нет - не связан`: a yes/no followed by a comment.
        head = _YES_NO_HEAD.match(shown)
        if head:
            value = _yes_no_value(match_key(head.group(1)))
    if value is None:
        return Parsed(None, "unparsed_yes_no", f"{shown!r} is not a yes/no marker (да/нет, иә/жоқ, yes/no, +/-, 1/0, x)")
    return Parsed(value)


def phrase_spans(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(key, phrases, terms) of a cell: the text as the status vocabulary reads it (`_key`), every
    status phrase in it as (start, end, status or pseudo-status), negated ones left out, and the
    spans of its terms (`5 лет`): where in a cell each stage is named (parse/history.py)."""
    key = _key(text)
    phrases = [(m.start, m.end, m.status) for m in _status_matches(key)]
    terms, _ = _terms(key)
    return key, phrases, [(t.start, t.end) for t in terms]
