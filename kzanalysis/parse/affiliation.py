"""Ties to DVK / Koshe Partiyasy and other groups named in a list.

In: the text of an affiliation cell, a free-text note, or a yes/no cell.
Out: `Parsed` whose value is an `Affiliation(affiliation, dvk_koshe)`:
- `affiliation`: the canonical group names found, in the order of the
  vocabulary file, joined by "; " (a cell naming both banned movements gives
  "DVK; Koshe Partiyasy"); canonical names are DVK, Koshe Partiyasy,
  Tablighi Jamaat, Hizb ut-Tahrir, Jehovah's Witnesses, "Oyan, Qazaqstan".
- `dvk_koshe`: True when DVK or Koshe Partiyasy is among them.

Functions:
- `parse_affiliation(text)`: for a column about affiliation. Short forms
  (`КП`, `Көше` alone, `Оян`) count here. A cell with no group but a role
  (journalist, activist, trade union, believer...) or a "none" marker gives
  None and no problem; a cell naming something else gives
  `unknown_affiliation` (edit `kzanalysis/vocab/affiliations.csv`).
- `find_dvk_koshe(text)`: for notes. A group named in any spelling gives the
  value; nothing named gives None and no problem. Short ambiguous forms are
  not used (`КП`, Kazakh `көше` = "street").
- `parse_dvk_koshe_flag(text)`: for a yes/no column about DVK / Koshe; value
  is a bool (`да`, `yes`, `+`, `иә` / `нет`, `no`, `-`, `жоқ`), or a group
  name read as in `parse_affiliation`.
In all three, a group named under a negation (`не является сторонником ДВК`,
`no link to DVK`, `ҚДТ-ға қатысы жоқ`) is not a tie: value None and problem
`negated_affiliation`, so an analyst can check the row. A group named with
doubt (`ДВК?`, `Көше партиясы (?)`, `да?` in a yes/no column, or a word of
doubt near it in its clause: `allegedly`, `якобы`, `не подтверждено`,
`расталмаған`, the words of `kzanalysis/vocab/doubt_words.csv`)
is not a tie either (a decided reading: shares never count doubt as a tie):
it is left out of the value, with an `uncertain_tie` problem.

This module never looks at articles: the README says dvk_koshe is never inferred from
article 405 alone.

The vocabulary `affiliations.csv` has one row per alias: alias, affiliation
(empty for a role that is not a group), dvk_koshe (yes/no), lang, source,
scope (`any`, or `column` for forms too ambiguous in free text). An alias is
matched as whole words, case and look-alike letters ignored, punctuation as
spaces; a hashtag's words are split where a capital follows a small letter
(`#KoshePartiyasy` is `Koshe Partiyasy`, `#koshe_partiyasy` too); a word ending in `*` matches any ending (`Көше парти*` matches
`Көше партиясының` and Russian `Коше партии`), because Russian and Kazakh inflect names.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from kzanalysis.config import VOCAB_DIR, VocabularyError
from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.text import clean_spaces, match_key

AFFILIATIONS_FILE = VOCAB_DIR / "affiliations.csv"
DOUBT_WORDS_FILE = VOCAB_DIR / "doubt_words.csv"
_VOCAB_NAME = "kzanalysis/vocab/affiliations.csv"


@dataclass(frozen=True)
class Affiliation:
    """The groups a row names, canonical, and whether DVK or Koshe is one of them."""

    affiliation: str | None
    dvk_koshe: bool


@dataclass(frozen=True)
class _Alias:
    pattern: str
    affiliation: str  # "" for a role that is not a group
    dvk_koshe: bool
    scope: str


# A comma becomes this token so that aliases may span it (`Oyan, Qazaqstan`)
# while the negation window stops at it.
_COMMA = "\u2016"
_CLAUSE_SPLIT = re.compile(r"[.;!?\n\r]+")
# A clause with the punctuation that ends it: a `?` there (`ДВК?`, `Көше партиясы (?)`) is doubt.
_CLAUSE = re.compile(r"([^.;!?\n\r]*)([.;!?\n\r]*)")
# Lower-case look-alikes, to read a word mixing scripts both ways (`ДBK`).
_LAT_TO_CYR = str.maketrans("aceopxyibkmht", "асеорхуівкмнт")
_CYR_TO_LAT = str.maketrans("асеорхуівкмнт", "aceopxyibkmht")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[a-z]")

# Negation cues (ru, en before the name; kk and ru after it: `жоққа шығарады`, denies).
_NEG_BEFORE = frozenset(
    {
        "не", "ни", "нет", "никак", "никогда", "без", "отрицает", "отрицал", "отрицала", "отрицали", "отрицают",
        "not", "no", "never", "non", "nor", "without", "denies", "denied", "deny", "unrelated",
    }
)
_NEG_AFTER = frozenset(
    {
        "жоқ", "жоққа", "емес", "болмаған", "болмады", "анықталмаған", "дәлелденбеген", "не", "нет", "отрицает", "отрицал", "отрицала", "отрицают",
        "not", "denied", "denies",
    }
)
_NOT_NEGATION_NEXT = frozenset({"только", "only", "лишь"})  # "не только ДВК" is not a negation
_WINDOW_BEFORE = 6
_WINDOW_AFTER = 5
_STOP_TOKENS = frozenset({_COMMA, "но", "а", "однако", "but", "however", "while", "бірақ", "алайда"})

# Cells saying "no group" rather than naming one.
_NONE_MARKERS = frozenset(
    {
        "", "-", "--", "—", "?", "н д", "нет", "нету", "нет данных", "не состоит", "не состоял", "беспартийный",
        "беспартийная", "не указано", "неизвестно", "none", "no", "n a", "na", "unknown", "not known",
        "no affiliation", "жоқ", "белгісіз", "0", "x", "х", "не установлено", "не установлена", "нет сведений",
        "не указан", "n d", "not stated", "not given", "мәлімет жоқ",
    }
)
_GROUP_WORD = re.compile(r"(?<!\w)(?:парти\w*|движени\w*|организаци\w*|қозғалыс\w*|ұйым\w*|party|movement|group|organi[sz]ation)(?!\w)")

_LETTER = re.compile(r"[^\W\d_]")


@cache
def _yes_no_table() -> tuple[tuple[str, str, str], ...]:
    """vocab/yes_no.csv as (value, meaning, kind): the words and marks of a yes/no cell (kind `checkbox`:
    the marks a checkbox is exported with)."""
    with open(VOCAB_DIR / "yes_no.csv", encoding="utf-8", newline="") as fh:
        rows = tuple((r["value"].strip().casefold(), r["meaning"], r["kind"]) for r in csv.DictReader(fh))
    bad = {m for _, m, _ in rows} - {"yes", "no", "dont_know"}
    if bad:
        raise VocabularyError(f"kzanalysis/vocab/yes_no.csv: meaning must be yes, no or dont_know, not {sorted(bad)}")
    return rows


_YES = frozenset(v for v, m, _ in _yes_no_table() if m == "yes")
_NO = frozenset(v for v, m, _ in _yes_no_table() if m == "no")
# A form's don't-know answer (`dk`, `не знаю`): the question answered without a tie. Doubt is no tie (SPEC), and it
# is the list's own answer, so a note's tie does not overrule it (cases._ties keeps the yes/no column).
_DONT_KNOW = frozenset(v for v, m, _ in _yes_no_table() if m == "dont_know")
# The marks a checkbox column is exported with (`checked`, TRUE / FALSE, ☑, x): a column of only these
# is a checkbox, whose empty cells are unchecked (checkbox_column).
_CHECKBOX = frozenset(v for v, _, k in _yes_no_table() if k == "checkbox")


def checkbox_column(cells) -> bool:
    """A yes/no column that is clearly a checkbox: every value written is a checkbox mark of
    vocab/yes_no.csv and some boxes are checked. Its empty cells are then unchecked ("no"); in any
    other column an empty cell says nothing."""
    written = {str(v).strip().casefold() for v in cells.dropna().unique()} - {""}
    return bool(written) and all(v in _CHECKBOX for v in written) and any(v in _YES for v in written)


def _alias_pattern(alias: str) -> str | None:
    parts = []
    for word in alias.split():
        star = word.endswith("*")
        key = match_key(word.rstrip("*"))
        if not key:
            continue
        for i, sub in enumerate(key.split(" ")):
            piece = re.escape(sub)
            if star and i == len(key.split(" ")) - 1:
                piece += r"\w*"
            parts.append(piece)
    if not parts:
        return None
    return r"(?<!\w)" + rf" (?:{_COMMA} )?".join(parts) + r"(?!\w)"


@cache
def _aliases() -> tuple[tuple[_Alias, ...], tuple[str, ...]]:
    """The alias rows, and the canonical names in the order they first appear."""
    aliases: list[_Alias] = []
    order: list[str] = []
    with open(AFFILIATIONS_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pattern = _alias_pattern(row["alias"])
            if pattern is None:
                continue
            name = (row["affiliation"] or "").strip()
            aliases.append(
                _Alias(
                    pattern=pattern,
                    affiliation=name,
                    dvk_koshe=(row["dvk_koshe"] or "").strip().lower() == "yes",
                    scope=(row.get("scope") or "any").strip().lower() or "any",
                )
            )
            if name and name not in order:
                order.append(name)
    return tuple(aliases), tuple(order)


@cache
def _compiled(scope: str) -> tuple[tuple[re.Pattern[str], _Alias], ...]:
    aliases, _ = _aliases()
    allowed = {"any", "column"} if scope == "column" else {"any"}
    return tuple((re.compile(a.pattern), a) for a in aliases if a.scope in allowed)


# A hashtag joins its words, marking each with a capital: `#KoshePartiyasy` is `Koshe Partiyasy`.
_HASHTAG = re.compile(r"#(\w+)")


def _hashtags_split(clause: str) -> str:
    if "#" not in clause:
        return clause
    return _HASHTAG.sub(lambda m: re.sub(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", " ", m.group(1).replace("_", " ")), clause)


def _clause_keys(clause: str) -> list[str]:
    """The clause as a match key, plus its mixed-script words read as Cyrillic and as Latin."""
    key = match_key(_hashtags_split(clause).replace(",", f" {_COMMA} "))
    tokens = key.split(" ")
    mixed = [bool(_CYR.search(t)) and bool(_LAT.search(t)) for t in tokens]
    if not any(mixed):
        return [key]
    as_cyr = " ".join(t.translate(_LAT_TO_CYR) if m else t for t, m in zip(tokens, mixed))
    as_lat = " ".join(t.translate(_CYR_TO_LAT) if m else t for t, m in zip(tokens, mixed))
    return [key, as_cyr, as_lat]


@cache
def _doubt_words(scope: str = "any") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of doubt (`allegedly`, `якобы`, `расталмаған`: vocab/doubt_words.csv), matched as the
    aliases are, as two patterns (longest first, so a phrase wins over a word inside it): the words that
    doubt a name on either side of it in its clause, and those (`side` = `right_before`: `alleged`) that
    doubt only the name written right after them (`alleged DVK member`, not `DVK (alleged supporter)`).
    A word of `scope` `column` counts only in a tie column: in prose, `alleged` reports the accusation."""
    with open(DOUBT_WORDS_FILE, encoding="utf-8", newline="") as f:
        allowed = {"any", "column"} if scope == "column" else {"any"}
        rows = [r for r in csv.DictReader(f) if ((r.get("scope") or "").strip() or "any") in allowed]
    patterns = []
    for adjacent in (False, True):
        aliases = sorted((r["alias"] for r in rows if ((r.get("side") or "") == "right_before") == adjacent), key=len, reverse=True)
        patterns.append(re.compile("|".join(f"(?:{p})" for p in map(_alias_pattern, aliases) if p) or "(?!)"))
    return patterns[0], patterns[1]


def _doubt_tokens(key: str, scope: str = "any") -> list[tuple[int, int, bool]]:
    """(first token, token after the last, only right before a name) of each word of doubt in a clause's key."""
    found = []
    for adjacent, words in enumerate(_doubt_words(scope)):
        for m in words.finditer(key):
            start = key.count(" ", 0, m.start())
            found.append((start, start + m.group(0).count(" ") + 1, bool(adjacent)))
    return found


def _doubted(tokens: list[str], start: int, end: int, doubts: list[tuple[int, int, bool]]) -> bool:
    """Is the name spanning tokens[start:end] written with a word of doubt near it in its clause
    (`Allegedly sympathised with DVK`, `ДВК (не подтверждено)`, `ДВК, предположительно`)? The window is
    the negation's; a comma stops it, but for a word of doubt right after it (`ДВК, якобы`). A word that
    doubts only the name right after it (`alleged`) counts there alone."""
    for d_start, d_end, adjacent in doubts:
        if adjacent:
            if d_end == start:
                return True
            continue
        if d_end <= start and start - d_end < _WINDOW_BEFORE and _open(tokens[d_end:start], comma_at=0):
            return True
        if d_start >= end and d_start - end < _WINDOW_AFTER and _open(tokens[end:d_start], comma_at=-1):
            # after a comma, only a word of doubt that closes the clause (`ДВК, якобы`; not `DVK, reportedly beaten`)
            closes = d_end >= len(tokens) or tokens[d_end] in _STOP_TOKENS
            if tokens[d_start - 1] != _COMMA or closes:
                return True
    return False


def _open(between: list[str], comma_at: int) -> bool:
    """No stop token between a word of doubt and a name, but a comma right beside the word of doubt
    (`По слухам, состоял в ДВК`, `ДВК, якобы`)."""
    if between and between[comma_at] == _COMMA:
        between = between[1:] if comma_at == 0 else between[:-1]
    return not any(t in _STOP_TOKENS for t in between)


def _negated(tokens: list[str], start: int, end: int) -> bool:
    """Is the name spanning tokens[start:end] under a negation in its clause?"""
    for i in range(start - 1, max(-1, start - 1 - _WINDOW_BEFORE), -1):
        tok = tokens[i]
        if tok in _STOP_TOKENS:
            break
        if tok in _NEG_BEFORE:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt not in _NOT_NEGATION_NEXT:
                return True
    for i in range(end, min(len(tokens), end + _WINDOW_AFTER)):
        tok = tokens[i]
        if tok in _STOP_TOKENS:
            # a negation right after a comma that closes the clause still negates (`ДВК, отрицает`,
            # `DCK (alleged by police, denies)`), as a word of doubt does; `DVK, denies the charges` does not
            after = tokens[i + 1: i + 3]
            return tok == _COMMA and len(after) >= 1 and after[0] in _NEG_AFTER and (len(after) == 1 or after[1] in _STOP_TOKENS)
        if tok in _NEG_AFTER:
            return True
    return False


@dataclass(frozen=True)
class _Hits:
    groups: frozenset[str]
    negated: frozenset[str]
    roles: bool
    doubted: frozenset[str] = frozenset()


def _find(text: str, scope: str) -> _Hits:
    groups: set[str] = set()
    negated: set[str] = set()
    doubted: set[str] = set()
    roles = False
    for clause, ending in _CLAUSE.findall(clean_spaces(text)):
        if not clause.strip():
            continue
        doubt = "?" in ending
        for key in _clause_keys(clause):
            tokens = key.split(" ")
            doubts = _doubt_tokens(key, scope)
            for regex, alias in _compiled(scope):
                for m in regex.finditer(key):
                    if not alias.affiliation:
                        roles = True
                        continue
                    start = key.count(" ", 0, m.start())
                    end = start + m.group(0).count(" ") + 1
                    if doubt or _doubted(tokens, start, end, doubts):
                        doubted.add(alias.affiliation)  # checked first: `не подтверждено` is doubt, not a negation
                    elif _negated(tokens, start, end):
                        negated.add(alias.affiliation)
                    else:
                        groups.add(alias.affiliation)
    return _Hits(frozenset(groups), frozenset(negated), roles, frozenset(doubted - groups))


def _with_doubt(parsed: Parsed, text: str, hits: _Hits) -> Parsed:
    """`parsed`, with an `uncertain_tie` problem where a group is named with doubt (`ДВК?`): not a tie."""
    if not hits.doubted:
        return parsed
    names = ", ".join(n for n in _aliases()[1] if n in hits.doubted)
    return Parsed(parsed.value, "uncertain_tie",
                  f"{clean_spaces(text)[:120]!r} names {names} with doubt (a question mark or a word of doubt of "
                  f"kzanalysis/vocab/doubt_words.csv); not counted as a tie: where the tie is known, write it without the doubt in the list")


def _value(groups: frozenset[str]) -> Affiliation:
    aliases, order = _aliases()
    dvk_koshe_names = {a.affiliation for a in aliases if a.dvk_koshe and a.affiliation}
    names = [n for n in order if n in groups]
    return Affiliation("; ".join(names), any(n in dvk_koshe_names for n in names))


def _negated_result(text: str, hits: _Hits) -> Parsed:
    names = ", ".join(n for n in _aliases()[1] if n in hits.negated)
    return Parsed(
        None,
        "negated_affiliation",
        f"{clean_spaces(text)[:120]!r} names {names} under a negation; not counted as a tie, check the row",
    )


@guarded
@also_kazakh_latin()
def find_dvk_koshe(text: str) -> Parsed:
    """Groups named in a free-text note; None without a problem when none is named."""
    shown = clean_spaces(str(text))
    hits = _find(shown, "any")
    if hits.groups:
        return _with_doubt(Parsed(_value(hits.groups)), shown, hits)
    if hits.negated:
        return _negated_result(shown, hits)
    return _with_doubt(Parsed(None), shown, hits)


@guarded
@also_letterless()
@also_kazakh_latin()
def parse_affiliation(text: str) -> Parsed:
    """The group(s) named in an affiliation cell; `unknown_affiliation` for a name not in the vocabulary."""
    shown = clean_spaces(str(text))
    key = match_key(shown)
    if key in _NONE_MARKERS or not _LETTER.search(key):
        return Parsed(None)
    hits = _find(shown, "column")
    if hits.groups:
        return _with_doubt(Parsed(_value(hits.groups)), shown, hits)
    if hits.negated:
        return _negated_result(shown, hits)
    if hits.doubted:
        return _with_doubt(Parsed(None), shown, hits)
    if hits.roles and not _GROUP_WORD.search(key):
        return Parsed(None)  # a role such as journalist or activist: no group named
    return Parsed(
        None,
        "unknown_affiliation",
        f"affiliation {shown[:80]!r} is not in {_VOCAB_NAME}; add an alias row there "
        "(affiliation empty if it is a role, not a group)",
    )


@guarded
def parse_dvk_koshe_flag(text: str) -> Parsed:
    """A yes/no cell about DVK / Koshe: value True / False, or read as an affiliation cell."""
    shown = clean_spaces(str(text))
    key = match_key(shown) or shown.strip().casefold()
    if "?" in shown and key in _YES:
        # `да?`: a tie written with doubt is not a tie (decided reading; `ДВК?` is read below)
        return Parsed(None, "uncertain_tie", f"{shown[:80]!r} is written with doubt; not counted as a tie: "
                                             "where the tie is known, write it without the question mark in the list")
    if key in _YES or shown.strip().casefold() in _YES:
        return Parsed(True)
    if key in _NO or shown.strip().casefold() in _NO or shown.strip().casefold() in _DONT_KNOW or key in _DONT_KNOW:
        return Parsed(False)
    if key in _NONE_MARKERS:
        return Parsed(None)
    if _doubt_words("column")[0].fullmatch(key):
        # `Unclear`, `possibly`, `не подтверждено` alone: the column's question answered with doubt (decided reading)
        return Parsed(None, "uncertain_tie", f"{shown[:80]!r} answers the tie with doubt; not counted as a tie: "
                                             "where the tie is known, write yes or no in the list")
    # `no (but relatives in DVK)`, `да, бывший член`: the answer is the cell's first word, the rest a note on it
    first = key.split(" ", 1)[0]
    if ("?" not in shown and " " in key and (first in _YES or first in _NO) and not is_not_given(shown)
            and not _doubt_words("column")[0].search(key)):
        return Parsed(first in _YES)
    parsed = parse_affiliation(shown)
    if isinstance(parsed.value, Affiliation):
        return Parsed(parsed.value.dvk_koshe)
    if parsed.problem in ("negated_affiliation", "parser_error", "uncertain_tie"):
        return parsed
    return Parsed(
        None,
        "unparsed_dvk_koshe_flag",
        f"{shown[:80]!r} is neither yes/no nor a group in {_VOCAB_NAME}",
    )
