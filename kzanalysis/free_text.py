"""Ties to DVK / Koshe Partiyasy named in a sheet's other free-text columns: the case rows in, a tie per row out.

A list may name the group only in a verdict's operative part (`Резолютивная часть`: "... в участии
в деятельности «Демократический выбор Казахстана» ..."), in a status or sentence cell, beside the
articles, or in a column the cleaner does not map (`Описание`, `Фабула`, `Details`). Every such
column is searched with the notes' reader (`affiliation.find_dvk_koshe`), so the same rules
hold: a doubt (`ДВК?`) or a negation (`not linked to DVK`) is no tie. The notes and an
affiliation or yes/no column come first (cases.py); these columns only fill rows that those
leave without a group. Columns of a kind knowingly not read (links, lawyer, court) are not
searched: a link's address is not a statement about the person.
"""
from __future__ import annotations

import pandas as pd

from .parse import affiliation as aff
from .values import Rows, parse_values

# Mapped fields whose cells are free text a tie may be written in (notes and affiliation are read before).
FREE_TEXT_FIELDS = ("status", "sentence", "articles")
# Problems worth a row where no column gave the row a tie: a doubt or a negation an analyst should see.
_SAID = ("uncertain_tie", "negated_affiliation", "parser_error")


def free_text_columns(rows: Rows) -> list[tuple[str, pd.Series]]:
    """(header as written, cells) of every free-text column other than notes and affiliation."""
    header = rows.header
    found = [(rows.written(f), rows.text(f)) for f in FREE_TEXT_FIELDS if rows.text(f) is not None]
    found += [(written, rows.block[c]) for c, written in sorted(header.unmapped_written.items()) if c in rows.block.columns]
    return found


def ties_in_free_text(rows: Rows, known: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(affiliation, tie) named in the free-text columns, NA where none names a group; the first
    column that names one wins. `known`: the rows whose tie the notes or a tie column settled
    (no doubt or negation row is added for them)."""
    affiliation, tie = rows.blank(), pd.Series(pd.NA, index=rows.idx, dtype="boolean")
    said = []
    for written, cells in free_text_columns(rows):
        text = cells.where(~known & tie.isna())
        if text.isna().all():
            continue
        parsed = parse_values(text, aff.find_dvk_koshe, lambda v: {"affiliation": v.affiliation, "tie": v.dvk_koshe})
        if "tie" in parsed:
            tie = tie.fillna(parsed["tie"].astype("boolean"))
            affiliation = affiliation.fillna(parsed["affiliation"].astype("string"))
        said.append((written, cells, parsed))
    for written, cells, parsed in said:
        rows.collect_column(written, cells, parsed, where=parsed["problem"].isin(_SAID).fillna(False) & tie.isna())
    return affiliation, tie
