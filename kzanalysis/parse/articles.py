"""Articles (charges) as NGO lists write them.

In: one cell as text, e.g. `ч.2 ст.405 УК РК`, `ст. 405 ч. 2`, `статья 405 часть 2`,
`частью 4 статьи 274 Уголовного кодекса РК`, `п.2 ч.4 ст.274 УК РК`,
`ҚР ҚК 405-бабы 2-бөлігі`, `405- баппен`, `Art. 405(2)`, `Article 405 Part 1 and 2`,
`405-2`, `174, 405`, `ст.ст. 174, 405 УК РК`, `182 Part 2 and 405 Part 2`,
`ст.405 УК, ст.488 КоАП`, `ӘҚБтК 488-бабы`, `Art. 488 CAO`, `ст.337-1 УК РК 1997`.

Out: `parse_articles(text) -> Parsed` whose value is a tuple of `Charge`
(code, article, part, point, article_1997), one per article and part, in the
order written, duplicates dropped. `format_articles(charges)` gives the display
string of the data dictionary (`174(1); 405(2)`), `title_en(code, article)` the English title.

Reading rules (each one a decision, tested in tests/examples/articles.csv):
- Codes: `CC` is the Criminal Code of 2014, `CAO` the Code of Administrative
  Offences, `CC1997` the Criminal Code of 1997. Words naming a code
  (`УК РК`, `Уголовного кодекса`, `ҚР ҚК`, `CC`, `Penal Code`, `КоАП`, `ӘҚБтК`,
  `CAO`, `Administrative Code`, ...) are data in
  `kzanalysis/vocab/article_words.csv`. A code word placed AFTER references
  names the code of the references of its own article group only. An article
  group starts at an article word (`ст.`, `ст.ст.`, `статья`, `Art.`, `Article`,
  `-бабы`, with the parts written before it: `ч.2 ст.405`) and also ends at a
  `;` or a code word. So `ст. 174 ч. 1, ст. 488 КоАП` is CC 174(1) and CAO 488
  (174 has no code word of its own), `ст.ст. 174, 405 УК РК` and `ст. 488, 489
  КоАП` are one group each, and `174, 405 УК; 488 КоАП` (bare numbers) is CC
  174, CC 405, CAO 488. A consequence: `ст. 488, ст. 489 КоАП` reads 488 as CC
  (flagged `unknown_article`). A code word BEFORE references (`ҚР ҚК 405-бабы`,
  `CAO 488`) names the code of those that follow, until the next code word; a
  code word after such references renames those of its own group
  (`КоАП: ст. 488; ст. 405 УК`). Where no code is named, the code is CC.
  A code word written between a separator and an article names the articles
  after it, never those before the separator (`ст. 274 ч. 2, КоАП 488` is CC
  274(2) and CAO 488).
  An administrative code word carried past its own clause (over a `;`, a `,` or a
  connecting word: `then`, `затем`, `кейін`, separators of `article_words.csv`)
  names only articles that code has (`КоАП 434; 380` and `CAO 488, then Art.
  405(2)` give CC 380 and CC 405: the CAO has neither; `CAO 488, 489` is CAO twice);
  `|` (database exports: `405(2)|CAO-488(6)|174`) ends a code word's scope.
- A number joined by a hyphen to a word the vocabulary does not know
  (`179-bap 2-bólik` before it is read in Cyrillic, `183-bop 3-qism`) may be a
  part or anything: never a guessed article. The numbers of its clause (up to a
  `;`, `|` or line break) are not read, but for those a known Kazakh mark names
  (`405-бап 2-xyz` keeps 405); the other clauses are, and the cell keeps what
  was read with the problem `unparsed_article` naming the piece.
- Kazakh short marks: `бөл.` is a part, `т.` / `тарм.` a point; `б.` (бап or
  бөлік) is the part right after an article (`380-бап 1-б.`), the article after
  a number too big for a part (`380 б.`), else not read (`unparsed_article`).
  Kazakh in Latin letters is read again in Cyrillic (`parse.also_kazakh_latin`),
  and the Latin `bap`/`bólik`/`bölık`/`tarmaq`, `ÄQBtK`/`ÁQBtK`, `QK` are words of
  `article_words.csv` too.
- `1997` next to a criminal-code word (`УК РК 1997`, `УК 1997 г.`, `1997 CC`), or
  alone, marks the 1997 code. Its numbers are mapped to the 2014 article through
  `kzanalysis/vocab/articles_1997.csv`; only rows with `verified = yes` are used.
  A 1997 number with no verified mapping gives no charge and the problem
  `unmapped_article_1997` (the other charges of the cell are still returned).
- `NNN-N` is ambiguous: `405-2` is article 405 part 2 (shorthand seen in
  spreadsheets), but `337-1` is article 337-1 of the 1997 code. The rule: a
  dashed number listed in `articles_1997.csv` is a 1997 article; any other is
  article-part shorthand. Under the CAO, a dashed number listed in
  `articles.csv` (`456-2`) is a dashed CAO article, which the charges table
  (`article` is an int) cannot hold: problem `unsupported_article`, no charge.
- Parts and points: `ч.2 ст.405` and `ст.405 ч.2` both give part 2 of 405;
  `п.2 ч.4 ст.274` gives part 4 point 2; English `paragraph` / `para` / `p.` is
  a part (`Art. 405, para 2`) unless its own clause (up to a `,`, `;`, `+`, `&`,
  `/` or `|`) also says `part`, then a point (`paragraph 1) of part 2 of Article 274`, as adilet
  translates; `Art.174 p.1, art. 182 part 2` is 174(1) and 182(2)); `Art. 405(2)` and `Art. 405 (1, 2)`
  give parts in brackets (a second bracket is the point: `274(4)(2)`); several
  parts (`ч.1,2`, `Part 1 and 2`, `1-2`) give one charge each. Kazakh marks
  come after the number (`405-бабы 2-бөлігі 3-тармағы`). A part written after an
  article belongs to it, unless the cell writes parts before their articles
  (`ч.2 ст.405, ч.1 ст.174`), which is seen from the first pair.
- `405.2` is read as `405-2`, and `405.0` (a number cell exported as a float) as `405`.
- A bare number is an article (`405`, `174, 405`); numbers above 1000 (years,
  case numbers) are not, nor a number followed by a unit (`2 года`, `6 мес.`,
  `100 МРП`), nor dates (`12.07.2021`), nor `№ 123`.
- An article not listed in `kzanalysis/vocab/articles.csv` for its code is still
  returned, with the problem `unknown_article` naming that file.
- A cell that only says "unknown" (`?`, `неизвестно`) is `Parsed(None)`, no problem.
- A cell with no article number is read by the names of its charges (`разжигание социальной
  розни`, `participation in a banned organisation`: `parse/charge_names.py`); a name that fits
  two articles gives no charge and the problem `ambiguous_charge`.

Problem codes: `unparsed_article` (no article number or charge name found, or a piece left unread), `ambiguous_charge`,
`unknown_article`, `unmapped_article_1997`, `unsupported_article`.
When several arise in one cell, the first of `unparsed_article`, `unmapped_article_1997`,
`unsupported_article`, `unknown_article` is the code and the message lists all.

The parts, one module each, whose names this module re-exports: article_vocab.py (the vocabularies,
`Charge`, `title_en`, `as_1997`), article_tokens.py (a cell's tokens), article_items.py (tokens ->
items), article_refs.py (items -> references -> charges), article_display.py (`format_articles`,
`written_out`); this module reads a cell (`parse_articles`).
"""
from __future__ import annotations

import re

from kzanalysis.parse import Parsed, also_kazakh_latin, guarded
from kzanalysis.parse.article_display import format_articles, written_out  # noqa: F401 (re-exported)
from kzanalysis.parse.article_items import _items
from kzanalysis.parse.article_refs import _references, _resolve
from kzanalysis.parse.article_tokens import _NUMBER_WORD, _match_word, _Tok
from kzanalysis.parse.article_vocab import (  # noqa: F401 (re-exported: articles.py is the public entry)
    ARTICLE_WORDS_FILE, ARTICLES_1997_FILE, ARTICLES_FILE, CODES, MAX_ARTICLE, MAX_PART, MAX_PART_RANGE, YEAR_1997,
    Charge, _article_words, _articles, _articles_1997, _key, as_1997, title_en,
)
from kzanalysis.parse.blank import is_not_given
from kzanalysis.parse.charge_names import read_charge_names
from kzanalysis.parse.choice_codes import spell_out_codes
from kzanalysis.parse.letterless import also_letterless
from kzanalysis.parse.text import clean_spaces

_PROBLEM_ORDER = ("unparsed_article", "unmapped_article_1997", "unsupported_article", "unknown_article")


@guarded
@also_letterless()
@also_kazakh_latin()
def parse_articles(text: str) -> Parsed:
    """Read the charges of one cell; see the module docstring for the rules."""
    return _parse_articles(text)


def _parse_articles(text: str) -> Parsed:
    text = spell_out_codes(str(text))  # a form's choice codes (`st405_2`): article and part (parse/choice_codes.py)
    if is_not_given(text):
        return Parsed(None)
    unread = _unread_marks(text)
    read_text = _without_clauses_of(text, unread) if unread else text
    items = _items(read_text)
    unclear = [str(it.value) for it in items if it.kind == "unread"]
    refs = _references(items)
    problems: dict[str, list[str]] = {k: [] for k in _PROBLEM_ORDER}
    if unread:
        # `179-bap 2-bólik` as written: a number whose word is not known may be a part, not an article; a
        # guess would be a wrong charge, so the numbers of its clause are not read, the other clauses are
        # (Kazakh Latin is read again in Cyrillic).
        problems["unparsed_article"].append(
            f"{clean_spaces(text)[:80]!r}: the word after the number in {', '.join(repr(m) for m in unread)} is not in "
            "kzanalysis/vocab/article_words.csv" + ("; the other articles of the cell are read" if refs else ""))
    if unclear:
        problems["unparsed_article"].append(
            f"{clean_spaces(text)[:80]!r}: {', '.join(repr(m) for m in unclear)} may be an article (бап) or a part "
            "(бөлік): not read" + ("; the other articles of the cell are read" if refs else ""))
    if not refs:
        if unread or unclear:
            return Parsed(None, "unparsed_article", "; ".join(problems["unparsed_article"]))
        return _by_name(text)
    out: list[Charge] = []
    for ref in refs:
        out.extend(_resolve(ref, problems))
    out = list(dict.fromkeys(out))
    unknown = sorted(
        {(c.code, c.article) for c in out if ("CC" if c.code == "CC1997" else c.code, str(c.article)) not in _articles()},
        key=lambda x: (x[0], x[1]),
    )
    if unknown:
        names = ", ".join(f"{'CC' if c == 'CC1997' else c} {a}" for c, a in unknown)
        problems["unknown_article"].append(f"article {names} is not in kzanalysis/vocab/articles.csv (add a row if it is right)")
    value = tuple(out) if out else None
    found = [k for k in _PROBLEM_ORDER if problems[k]]
    if not found:
        return Parsed(value)
    message = "; ".join(m for k in found for m in problems[k])
    return Parsed(value, found[0], message)


def _by_name(text: str) -> Parsed:
    """A cell with no article number: the charges it names in words (`parse/charge_names.py`)."""
    named, doubt = read_charge_names(text)
    charges = tuple(Charge("CC", article, part) for article, part in named)
    if doubt:
        return Parsed(charges or None, "ambiguous_charge", doubt)
    if not charges:
        return Parsed(None, "unparsed_article", f"no article number or charge name found in {clean_spaces(text)[:80]!r}")
    return Parsed(charges)


# Where one clause of a cell ends: an unread piece costs its own clause only (`405-xyz 2; 258-бабы 1-бөлігі`).
_CLAUSE_BREAK = re.compile(r"([;|\n])")


def _without_clauses_of(text: str, unread: list[str]) -> str:
    """The cell with the numbers of each clause holding an unread `number-word` piece taken out, but for
    those a known Kazakh mark names (`405-бап 2-xyz`: 405 is the article); the words stay, so a code word
    still names what follows it."""
    def blank(clause: str) -> str:
        kept = [m.span() for m in _NUMBER_WORD.finditer(clause) if m.group(0) not in unread]
        chars = list(clause)
        for k, ch in enumerate(chars):
            if ch.isdigit() and not any(a <= k < b for a, b in kept):
                chars[k] = " "
        return "".join(chars)

    pieces = _CLAUSE_BREAK.split(_key(text))
    return "".join(blank(p) if any(u in p for u in unread) else p for p in pieces)


def _unread_marks(text: str) -> list[str]:
    """The `number-word` pairs of a cell whose word is no word of article_words.csv (`2-bólik`)."""
    out = []
    for m in _NUMBER_WORD.finditer(_key(text)):
        word, _ = _match_word([_Tok("word", m.group(1))], 0)
        if word is None:
            out.append(m.group(0))
    return out


def names_an_article(text: str) -> bool:
    """The text writes an article word or a code word (`ст.`, `статья`, `Art.`, `-бабы`, `УК`, `CAO`),
    not only numbers: a section heading `2) Павлодарская область` names none."""
    return any(it.kind in ("artword", "code") for it in _items(str(text)))

