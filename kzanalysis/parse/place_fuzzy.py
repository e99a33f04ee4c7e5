"""A town written one letter off (`Карганда`, `Петропаловск`): the one town it can be, said as a problem.

Places are matched exactly (parse/places.py). Where a cell is one unknown word of at least MIN_LENGTH
letters (a town's marker, `г.`, `қ.`, beside it at most: never a region's or district's), and exactly one name of the vocabulary (`vocab/places.csv`, any kind: towns, regions, places
abroad) is one edit away from it (a letter left out, added, or changed; the first letter as written) and
that name is a town no other town shares, the cell is read as that town with a `place_fuzzy` problem row,
so the analyst sees the reading and can add the spelling to the vocabulary. Two candidates, a region's
name among them, or a shorter word: no reading, the `unknown_city` problem as before.
"""
from __future__ import annotations

import functools

MIN_LENGTH = 6
PROBLEM = "place_fuzzy"


def _deletions(word: str) -> list[tuple[int, str]]:
    return [(i, word[:i] + word[i + 1:]) for i in range(len(word))]


@functools.cache
def _neighbours(keys: tuple[str, ...]) -> tuple[dict[str, set[str]], dict[tuple[int, str], set[str]]]:
    """(a key with one letter left out -> keys, (position, key with that letter left out) -> keys)."""
    dropped: dict[str, set[str]] = {}
    at: dict[tuple[int, str], set[str]] = {}
    for key in keys:
        if len(key) < MIN_LENGTH - 1:
            continue
        for i, shorter in _deletions(key):
            dropped.setdefault(shorter, set()).add(key)
            at.setdefault((i, shorter), set()).add(key)
    return dropped, at


def one_edit_keys(word: str, keys: tuple[str, ...]) -> set[str]:
    """The keys one edit (a letter left out, added or changed) from `word`, with its first letter."""
    known = set(keys)
    dropped, at = _neighbours(keys)
    found = set(dropped.get(word, ()))  # the word lacks a letter of the key
    for i, shorter in _deletions(word):
        if shorter in known:
            found.add(shorter)  # the word has a letter too many
        found |= at.get((i, shorter), set())  # one letter changed
    return {k for k in found if k != word and k[:1] == word[:1]}
