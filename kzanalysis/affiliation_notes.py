"""An affiliation column that holds notes too: a note names no organisation, so it is no unknown one.

A list may keep the ties and the notes in one column (`Affiliation / notes`, `Принадлежность,
примечание`). The affiliation reader gives an `unknown_affiliation` problem for a cell that names
neither a group of `vocab/affiliations.csv` nor a role (journalist, activist): right for a column of
affiliations only, where such a cell is most likely an organisation the vocabulary does not know;
noise in a column of notes, where most such cells are notes (`beaten in custody`, `detained at a
rally`). So where the column's header also names notes (one of its parts, split at `/`, `,`, `;`,
`&`, `+` or `and` / `и` / `және`, is a header of the notes field in `vocab/headers.csv`), a cell that
names no organisation at all is a note: no value, no problem. A cell names an organisation where it
holds a word of `vocab/organisation_words.csv` (party, movement, member, supporter, партия, член,
сторонник, мүшесі): `Nur Otan member` keeps its `unknown_affiliation` problem, so the analyst adds the
group to the vocabulary.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import pandas as pd

from .config import VOCAB_DIR
from .parse import Parsed
from .parse import affiliation as aff
from .parse.text import match_key

_PARTS = re.compile(r"[/,;&+|]|\s(?:and|и|және)\s", re.IGNORECASE)


@cache
def _notes_headers() -> frozenset[str]:
    table = pd.read_csv(VOCAB_DIR / "headers.csv", dtype=str, keep_default_na=False)
    return frozenset(match_key(a) for a in table.loc[table["field"].eq("notes"), "alias"] if match_key(a))


@cache
def _organisation_words() -> re.Pattern[str]:
    table = pd.read_csv(VOCAB_DIR / "organisation_words.csv", dtype=str, keep_default_na=False)
    words = []
    for alias in table["alias"]:  # `member*`: a stem; `organi?ation*`: one letter free
        stem = alias.strip().rstrip("*")
        if stem:
            words.append(r"\w".join(re.escape(match_key(p)) for p in stem.split("?")) + (r"\w*" if alias.strip().endswith("*") else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)")


def header_holds_notes(written: str | None) -> bool:
    """The header names notes as one of its parts (`Affiliation / notes`)."""
    if not written:
        return False
    parts = [match_key(p) for p in _PARTS.split(str(written))]
    return len(parts) > 1 and any(p in _notes_headers() for p in parts)


def names_organisation(text: str) -> bool:
    """The cell holds a word that says it names an organisation (vocab/organisation_words.csv)."""
    return _organisation_words().search(match_key(str(text))) is not None


@lru_cache(maxsize=10_000)
def affiliation_or_note(text: str) -> Parsed:
    """A cell of a column of affiliations and notes: read as an affiliation, except that a cell naming no
    organisation at all is a note (no value, no problem)."""
    parsed = aff.parse_affiliation(text)
    if parsed.problem == "unknown_affiliation" and not names_organisation(text):
        return Parsed(None)
    return parsed
