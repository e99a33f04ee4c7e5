"""Fields written inside a narrative cell, for a sheet that has no column for them: case rows in,
the rows with the fields read from free text out.

A list may tell each case in a sentence (`Details`: "Detained in Aktobe on 6 January 2022;
charged under Art. 272(2) and 269; sentenced on 14 April 2022 to 5 years' imprisonment."). The
notes column, and any column not mapped whose values look like no one field (content.py) and are
prose (five words or more a value, as a median), are read as free text, and give a field only
where the sheet has no column for it:
A column mapped to a field whose header names another field too (`Charges and sentence`:
phrases.fields_named) is read so for the other fields only, and its own field reads what is left of
the cell once their text is taken out (the whole cell where nothing is left).
- the text is cut into clauses at `;`, line breaks, a dash between spaces and the end of a sentence;
- articles: from an article word (`Art.`, `Article`, `ст.`, `статья`, `-бап`, with a part
  written before it: `ч. 2 ст. 405`, `Part 2 of Article 405`; `vocab/article_words.csv`) to the end of
  its clause, read by the articles reader; in a clause with no article word, the charges named in words
  beside a charge word (`charged with inciting social discord`: prose_charges.py);
- dates (only where the sheet reads no date column): each whole date of a clause
  (`parse/dates.find_dates`) goes to the date whose event the clause names between the date
  before it and this one, else between this one and the next, else earlier in the clause: the
  words of `vocab/date_header_words.csv` (detained, charged, sentenced, released, acquitted). A date with no event word in its clause is not read: a `date_without_event`
  problem row says so;
- the term of the sentence: the clauses that name a status or a term, read together by the
  measure reader as one sentence cell, give `sentence_months` only: a narrative tells what
  happened, not where the case stands now (`задержан в аэропорту` says nothing of custody
  today), so the status comes from the status column, else stays unknown;
- city (cases.py, after the city, address and court columns): the one city the clauses name
  (each part of a clause between commas read by the place reader, its other words no problem); where they name two
  different cities none is taken and a `several_places` problem row says so.
Fields read this way are counted in the manifest (`from_free_text`: column, and the cases each
field was read for) and shown by `check` as "read from free text".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import numpy as np
import pandas as pd

from .config import VOCAB_DIR
from .court import court_column
from . import phrases
from .headers import DATE_FIELDS, MEASURE_PARTNER, date_events
from .parse import dates, places, status
from .parse.name_details import BIRTH
from .record_cells import record_column
from .parse.text import clean_spaces
from .prose_charges import charge_words_text
from .values import Rows

# Where a clause ends: `;`, a line break, a dash between spaces, or a full stop before a capital that ends a sentence.
_BREAK = re.compile(r"[;\n]+|\s+[-—–]\s+")
_STOP = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
# Words whose dot is an abbreviation's, not a sentence's end (`г. Алматы`, `ул. Абая`, `Art. 405`, `ст. 405`);
# any one letter is one too (initials, `ч.`), but `г.` after a year ends a sentence (`5 апреля 2022 г. Обвинение`).
_ABBREVIATIONS = frozenset({"гг", "ул", "пр", "просп", "обл", "ст", "стст", "пп", "art", "arts", "no", "nos", "mr", "ms",
                            "mrs", "dr", "st", "мкр", "пос", "им", "кв", "р-н", "см", "тел", "ave", "str", "vs", "обл-ти"})
_WORD_BEFORE = re.compile(r"(\S+)\s+(\S+)$|(\S+)$")
_PLACE_PARTS = re.compile(r"[,()]")
# How a column made of what free text gave is marked in the header (`HeaderMap.how`).
FREE_TEXT = "free text"
# Fields a narrative gives, in the order they are read; the sentence is read with the measure reader.
TEXT_FIELDS = ("articles", "sentence", *DATE_FIELDS, "birth_year")


def _ends_sentence(before: str) -> bool:
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    previous, word = (m.group(1), m.group(2)) if m.group(2) else ("", m.group(3))
    word = word.rstrip(".!?").casefold()
    if word == "г":
        return previous.isdigit() and len(previous) == 4
    # a one-letter word is an initial or `ч.`; a number is none (`... 405 Part 2. Sentenced on ...` ends there)
    return (len(word) > 1 or word.isdigit()) and word not in _ABBREVIATIONS


def clauses(text: str) -> list[str]:
    """The clauses of a narrative cell: cut at `;`, line breaks and the ends of sentences."""
    out = []
    lines = text.splitlines() if "\n" in text or "\r" in text else [text]  # clean_spaces would join the lines
    for piece in (p for line in lines for p in _BREAK.split(clean_spaces(line))):
        start = 0
        for m in _STOP.finditer(piece):
            if _ends_sentence(piece[:m.start()]):
                out.append(piece[start:m.start()])
                start = m.end()
        out.append(piece[start:])
    return [c.strip(" .") for c in out if c.strip(" .")]


@cache
def _article_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an article word followed by its number, the parts or points written before it)."""
    with (VOCAB_DIR / "article_words.csv").open(encoding="utf-8", newline="") as f:
        table = [(r["kind"], r["word"].strip(), r["match"].strip()) for r in csv.DictReader(f) if (r["word"] or "").strip()]

    def words(kinds: tuple[str, ...]) -> str:
        alts = [re.escape(w) + (r"\w*" if m == "prefix" else "") for k, w, m in table if k in kinds]
        return "|".join(sorted(alts, key=len, reverse=True))

    before = words(("article_pre",))
    after = words(("article_post",))
    parts = words(("part_pre", "point_pre", "paragraph_pre"))
    article = re.compile(rf"(?<![^\W\d_])(?:(?:{before})\.?\s*(?:(?:{before})\.?\s*)?(?=\d)|\d+[\s\-]*(?:{after})\w*)", re.IGNORECASE)
    # `Part 2 of Article 405`: the English part written before its article, joined by `of`
    leading = re.compile(rf"(?:(?<![^\W\d_])(?:{parts})\.?\s*\d+(?:\s*(?:,|и|and|-)\s*\d+)*[\s,]*(?:of\s+(?:the\s+)?)?)+$", re.IGNORECASE)
    return article, leading


def _articles_of(clause: str) -> tuple[str | None, str]:
    """(the articles written in a clause, from its first article word to its end, or None; the clause
    before them)."""
    article, leading = _article_regexes()
    m = article.search(clause)
    if m is None:
        return None, clause
    start = m.start()
    lead = leading.search(clause[:start])
    if lead is not None:
        start = lead.start()
    found = dates.find_dates(clause[m.end():])  # the articles end where a date begins
    end = m.end() + found[0][0] if found else len(clause)
    return clause[start:end], clause[:start] + " " + clause[end:]


def _event_of(between: str, after: str, earlier: str) -> str | None:
    """The date field a date of a clause goes to: the last event word between the date before it and
    this one, else the first between this date and the next, else the last earlier in the clause
    (`Detained on 5 Jan and 8 Jan`: both detention dates)."""
    for text, last in ((between, True), (after, False), (earlier, True)):
        found = date_events(text)
        if found:
            return (max(found, key=lambda e: e[1]) if last else found[0])[2]
    return None


@dataclass
class Reading:
    """What one narrative cell says."""

    texts: dict[str, list[str]] = field(default_factory=dict)  # field -> the pieces of text that give it
    cities: list[places.Place] = field(default_factory=list)
    unread_dates: list[str] = field(default_factory=list)


@lru_cache(maxsize=20_000)
def read_narrative(text: str) -> Reading:
    """The fields one narrative cell gives (see the module docstring): what each of its clauses gives, in order."""
    out = Reading()
    for clause in clauses(text):
        pieces, cities, unread = _read_clause(clause)
        for name, piece in pieces:
            out.texts.setdefault(name, []).append(piece)
        out.cities.extend(cities)
        out.unread_dates.extend(unread)
    return out


@lru_cache(maxsize=50_000)
def _read_clause(clause: str) -> tuple[tuple[tuple[str, str], ...], tuple[places.Place, ...], tuple[str, ...]]:
    """What one clause gives: (field, piece of text) in the order found, the cities it names, the dates it
    leaves unread. Read once per distinct clause: narratives differ row to row (a name, a date), while
    most of their clauses (`Art. 174(1)`, `Detained 20 June 2020`) repeat over a long list."""
    pieces: list[tuple[str, str]] = []
    cities: list[places.Place] = []
    unread: list[str] = []
    articles, rest = _articles_of(clause)
    if not articles and (named := charge_words_text(clause)) is not None:  # `charged with inciting discord` (prose_charges.py)
        articles, rest = named[0], clause[:named[1]] + " " + clause[named[2]:]
    if articles:
        pieces.append(("articles", articles))
    if (born := BIRTH.search(rest)) is not None:  # `b. 1986`, `1986 г.р.`: a year of birth, no event's date
        pieces.append(("birth_year", born.group(0)))
        rest = rest[:born.start()] + " " + rest[born.end():]
    found = dates.find_dates(rest)
    starts = [s for s, _, _ in found] + [len(rest)]
    ends = [0] + [e for _, e, _ in found]
    plain = rest
    for i, (s, e, _) in enumerate(found):
        event = _event_of(rest[ends[i]:s], rest[e:starts[i + 1]], rest[:ends[i]])
        if event is None:
            unread.append(rest[s:e])
        else:
            pieces.append((event, rest[s:e]))
        plain = plain[:s] + " " * (e - s) + plain[e:]
    plain = clean_spaces(plain)
    if plain and status.named_statuses(plain) - {status.ADDITIONAL} or _has_term(plain):
        pieces.append(("sentence", plain))
    for part in _PLACE_PARTS.split(plain):  # each part alone: `Detained in Semey, then moved to Astana` names two
        if part.strip():
            place = places.parse_place(part)
            if place.value is not None and place.value.city is not None and place.problem in (None, "place_extra_text"):
                cities.append(place.value)
    return tuple(pieces), tuple(cities), tuple(unread)


def _has_term(text: str) -> bool:
    parsed = status.parse_measure(text)
    return parsed.value is not None and parsed.value.months is not None


_LOOSE_ENDS = " \t;,.:—–-"


def _without(text: str, pieces: list[str]) -> str | None:
    """A cell with the pieces another field took out of it removed, and the separators left at its ends;
    the whole cell where nothing is left (the pieces ran to the end of the text)."""
    whole = text
    for piece in pieces:
        text = text.replace(piece, " ", 1)
    rest = clean_spaces(text).strip(_LOOSE_ENDS)
    return rest or whole


def free_text_sources(rows: Rows) -> list[tuple[str, pd.Series, frozenset[str] | None, int | None]]:
    """(header as written, cells, the fields it may give or None for any, the column where it is mapped to
    a field of its own) of the notes column, of the
    columns not mapped whose values look like no one field (nor name courts: court.py reads those), and
    of a mapped column whose header names more fields than the one it is mapped to (`Charges and
    sentence`: phrases.fields_named), for those fields only."""
    header = rows.header
    found = []
    if rows.text("notes") is not None:
        found.append((rows.written("notes"), rows.text("notes"), None, None))
    for c, mapped in sorted(header.fields.items()):
        if mapped == "notes" or c not in rows.block.columns or header.how.get(c) == FREE_TEXT:
            continue
        named = {("sentence" if f == "status" else f) for f in phrases.fields_named(header.written[c])}
        others = frozenset(named & {*TEXT_FIELDS, "city"}) - {mapped, MEASURE_PARTNER.get(mapped)}
        if others:
            found.append((header.written[c], rows.block[c], others, c))
    court = court_column(header, rows.block)
    for c, written in sorted(header.unmapped_written.items()):
        profile = header.profiles.get(c)
        record = profile is not None and c not in header.histories and record_column(profile.distinct)  # record_cells.py
        if c in rows.block.columns and profile is not None and profile.values and (record or profile.clearly() is None
                and _sentences(profile.distinct)) and (court is None or court[0] != c):
            found.append((written, rows.block[c], None, None))
    return found


# Words per value at which a column not mapped is prose (`Arrested in ...; charged under ...`), not a
# column of short values that a field's reader did not know (`Алматы`, `что-то`).
PROSE_WORDS = 5


def _sentences(values: tuple[str, ...]) -> bool:
    return bool(values) and float(np.median([len(v.split()) for v in values])) >= PROSE_WORDS


@dataclass
class FreeText:
    """The fields read from free text for a sheet: the rows to parse (with a column per field read)
    and the city of each row (NA where none)."""

    rows: Rows
    city: pd.Series | None = None
    region: pd.Series | None = None
    city_column: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> the header it was read from


def read_free_text(rows: Rows) -> FreeText:
    """Give the sheet's rows the fields its free text says where it has no column for them."""
    mapped = set(rows.header.fields.values())
    wanted = [f for f in TEXT_FIELDS if f not in mapped and not (f in DATE_FIELDS and mapped & set(DATE_FIELDS))]
    want_city = "city" not in mapped
    sources = free_text_sources(rows) if wanted or want_city else []
    if not sources:
        return FreeText(rows)
    block, fields, written = rows.block.copy(), dict(rows.header.fields), dict(rows.header.written)
    got: dict[str, pd.Series] = {}
    city = region = None
    result = FreeText(rows)
    next_column = (max(block.columns) + 1) if len(block.columns) else 0
    problems = []
    for name, cells, only, own in sources:
        codes, distinct = pd.factorize(cells.astype("string"))
        readings = [read_narrative(str(v)) for v in distinct]
        taken = wanted if only is None else [f for f in wanted if f in only]
        if own is not None and taken:  # its own field reads the rest of the cell (`Charges and sentence`)
            rest = np.array([_without(str(v), [p for f in taken for p in r.texts.get(f, [])]) for v, r in zip(distinct, readings)]
                            + [None], dtype=object)
            block[own] = pd.Series(rest[codes], index=rows.idx, dtype="string")
        for f in taken:
            pieces = np.array([("; ".join(r.texts[f]) if f in r.texts else None) for r in readings] + [None], dtype=object)
            text = pd.Series(pieces[codes], index=rows.idx, dtype="string")
            if text.notna().any():
                got[f] = got[f].fillna(text) if f in got else text
                result.columns.setdefault(f, name)
        if want_city and (only is None or "city" in only):
            one = [(r.cities[0] if len({p.city for p in r.cities}) == 1 else None) for r in readings]
            city_u = np.array([p.city if p else None for p in one] + [None], dtype=object)
            region_u = np.array([p.region if p else None for p in one] + [None], dtype=object)
            c_here = pd.Series(city_u[codes], index=rows.idx, dtype="string")
            r_here = pd.Series(region_u[codes], index=rows.idx, dtype="string")
            several = np.array([len({p.city for p in r.cities}) > 1 for r in readings] + [False])[codes]
            if several.any():
                where = rows.idx[several]
                listed = np.array([", ".join(dict.fromkeys(p.city for p in r.cities)) for r in readings] + [""], dtype=object)
                names = listed[codes[several]]  # each distinct text's cities, from its one reading
                problems.append((name, where, cells[where].to_numpy(), "several_places",
                                 [f"the text names several cities ({n}): none taken as the case's city; write it in a city column"
                                  for n in names]))
            if c_here.notna().any():
                city = c_here if city is None else city.fillna(c_here)
                region = r_here if region is None else region.fillna(r_here)
                result.city_column = result.city_column or name
        if any(f in wanted and (only is None or f in only) for f in DATE_FIELDS):
            unread = np.array([len(r.unread_dates) > 0 for r in readings] + [False])[codes]
            if unread.any():
                where = rows.idx[unread]
                said = np.array(["; ".join(r.unread_dates) for r in readings] + [""], dtype=object)[codes[unread]]
                problems.append((name, where, cells[where].to_numpy(), "date_without_event",
                                 [f"the date(s) {s} in the text name no event (detained, charged, sentenced, released): not read"
                                  for s in said]))
    how = dict(rows.header.how)
    for f, text in got.items():
        block[next_column] = text
        fields[next_column], written[next_column], how[next_column] = f, result.columns[f], FREE_TEXT
        next_column += 1
    header = replace(rows.header, fields=fields, written=written, how=how)
    extended = Rows(block, header, rows.sheet)
    extended.problems = rows.problems
    for name, where, values, problem, messages in problems:
        extended.problems.append(_problem_rows(rows, name, where, values, problem, messages))
    result.rows, result.city, result.region = extended, city, region
    return result


def _problem_rows(rows: Rows, written: str, where, values, problem: str, messages: list[str]) -> pd.DataFrame:
    from .values import problem_frame

    return problem_frame(rows.sheet, np.asarray(where), written, values, problem, np.asarray(messages, dtype=object), True)
