"""`link._fold_many` (names folded piece by piece, each distinct piece read once) gives exactly what
`fold_name` gives, name for name (property tests), and folds plain names without calling it."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis import link
from kzanalysis.link import _fold_many, fold_name

# Pieces that move a name's scheme (German, Polish, Turkish, Uzbek, Ukrainian, Kazakh Latin), patronymics written
# apart that are joined to the word before them, initials, years, apostrophes, invisible and combining characters.
PIECES = ["Ivanov", "ИВАНОВ", "Иван", "Ерденұлы", "uly", "ұлы", "кызы", "қызы", "o'g'li", "Shuxrat", "qizi", "Schukowa",
          "Julija", "can", "Canbolat", "Yercan", "Öztürk", "AYŞE", "İlyas", "O'NEILL", "Ihor", "Olha", "Сергій", "Serhii",
          "Nūrlanov", "Ashat", "Е.", "Zh.", "М.", "е.м.", "1985", "г.р.", "Ivanovich", "Петровна", "Жанатұлы", "x", "sh",
          "yo'ldoshev", "g'ani", "Halyna", "Dmitrii", "Balkenhanov", "Tastaszholov", "Darchan", "Łukasz", "Szymon", "Wójcik",
          "Kwon", "Edward", "Bayov", "Semyonov", "Goulnar", "Сарыов", "Тілеубаев", "Seiitsendoshanūly", "Ūlan", "Shalkarov",
          "oğlu", "Гусейн", "оглы", "Ivanov-Petrov", "Ахмет-uly", "i\u0307", "ї", "-", "'", "ʻ", ".", ","]
SEPARATORS = [" ", " ", " ", "  ", "-", "", "\t", ". ", "\u00a0", "\u200b", "\u2013", " \u0301"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), min_size=1, max_size=5),
       st.sampled_from(["", " ", "\t"]))
def test_pieces_fold_as_the_whole_name(parts, edge):
    name = edge + "".join(p + s for p, s in parts).rstrip() + edge
    assert _fold_many([name]) == [fold_name(name)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="aзZ.'- \u00a0ıöşçğü\u0307o1", max_size=14), min_size=1, max_size=6))
def test_any_text_folds_as_fold_name(names):
    assert _fold_many(names) == [fold_name(n) for n in names]


def test_plain_names_are_read_by_pieces(monkeypatch):
    """Names of letters, hyphens and initials between single spaces never reach `fold_name`; a patronymic
    written apart (`Серік қызы`) and a name with a year do."""
    plain = ["Иванов Иван Петрович", "abdrakhmanov-amanzholov zhandos", "Ерденов Е.М.", "Schukowa Julija", "Öztürk Ayşe"]
    odd = ["Айгүл Серік қызы", "Иванов Иван, 1985 г.р.", "Ivanov  Ivan"]
    expected = [fold_name(n) for n in plain + odd]
    asked = []
    real = link.fold_name
    monkeypatch.setattr(link, "fold_name", lambda name: asked.append(name) or real(name))
    assert _fold_many(plain + odd) == expected
    assert asked == odd
