"""The quick paths of the parsers give exactly what the general ones give (property tests)."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse import Parsed, dates, names, text

LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯәғқңөұүһіӘҒҚҢӨҰҮҺІaceopxyiABCEHKMOPTXYbdfz"
NAME_CHARS = LETTERS + " -.'\u00a0\u0301\t"
MONTH_WORDS = ["July", "july", "JULY", "Jul", "мая", "июля", "шілде", "шилде", "May", "Julу", "до", "по", "c", "с", "year",
               "March", "Febr", "qwerty", "наст", "ЯНВАРЯ"]


def general_date(cell: str) -> Parsed:
    """parse_date without its quick path: the general reader alone."""
    try:
        if dates.is_not_given(cell):
            return Parsed(None)
        return Parsed(dates._read(cell))
    except dates._Fail as fail:
        return Parsed(None, fail.problem, fail.message)


day, month = st.integers(0, 40), st.integers(0, 14)
year = st.sampled_from([0, 1, 99, 1989, 1990, 2015, 2021, 2030, 2031, 2099])
word = st.sampled_from(MONTH_WORDS)


@settings(max_examples=600, deadline=None)
@given(day, month, year, word, st.integers(0, 9))
def test_plain_dates_read_as_the_general_reader_reads_them(d, m, y, w, shape):
    cell = [f"{d:02d}.{m:02d}.{y:04d}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}",
            f"{d} {w} {y}", f"{w} {d}, {y}", f"{w} {d} {y}", f"{w} {y}", f"{d} {w} {d} {y}"][shape]
    assert dates.parse_date(cell) == general_date(cell)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=NAME_CHARS, max_size=30))
def test_names_spelled_word_by_word_as_whole(name):
    assert names.transliterate(name) == names._transliterate_word(name)  # the letter-by-letter rule on the whole text


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=NAME_CHARS + "0123456789,;()", max_size=30))
def test_folding_and_spaces_quick_paths(value):
    assert text.fold_homoglyphs(value) == text._WORD.sub(text._fold_word, value)
    slow = unicodedata.normalize("NFC", value).translate(text._INVISIBLE).translate(text._DASHES)
    assert text.clean_spaces(value) == text._SPACES.sub(" ", slow).strip()


def _both_readers(text_: str, delimiter: str):
    from pathlib import Path

    import pandas as pd

    from kzanalysis import read

    def tidy(frame):
        blanked = frame.apply(lambda col: col.where(col.str.strip() != "", pd.NA)) if frame.shape[1] else frame
        return read._trailing_blank_columns_dropped(blanked)

    quick = read._c_frame(text_, delimiter)
    try:
        slow = read._records_frame(Path("x.csv"), text_, delimiter)
    except read.UnreadableFile:
        return quick, None
    return (None if quick is None else tidy(quick)), tidy(slow)


CSV_CELLS = st.sampled_from(["", " ", "a", "Алматы", "12.07.2021", '"q,uoted"', '"multi\nline"', '"dou""ble"',
                             'mid"quote', "ст. 405 ч.2", "x;y", "\t", "1985"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CSV_CELLS, min_size=0, max_size=6), min_size=1, max_size=8),
       st.sampled_from([",", ";"]), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_the_quick_csv_reader_gives_the_records_the_csv_module_gives(rows, delimiter, newline, trailing):
    """pandas' C parser reads the records Python's csv module reads, cell for cell, wherever it reads at all."""
    text_ = newline.join(delimiter.join(r) for r in rows) + (newline if trailing else "")
    quick, slow = _both_readers(text_, delimiter)
    if quick is not None and slow is not None:
        import pandas as pd

        pd.testing.assert_frame_equal(quick, slow)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=NAME_CHARS + "ёЁß\u0301\u00a0\u2013\u200b.,;:!?()«»№/\\|*_#\"'\n\r\x1c\x1f 0123456789ſΣ", max_size=20),
                max_size=12))
def test_spaces_and_keys_of_many_values_equal_those_of_each(values):
    assert text.clean_spaces_many(values) == [text.clean_spaces(v) for v in values]
    assert text.match_keys(values) == [text.match_key(v) for v in values]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=NAME_CHARS + "#0123456789ёЁ", max_size=24).map(text.clean_spaces), max_size=10))
def test_names_given_back_as_written_are_those_clean_name_gives_back(values):
    import numpy as np

    quick = names.names_as_written(np.asarray(values, dtype=object))
    for value, same in zip(values, quick):
        if same:
            assert names.clean_name(value) == Parsed(value)
    for plain in ("Иванов Иван", "Abai Kunanbayev", "Жанар Әбдіғали-Тұрсын"):
        assert names.names_as_written(np.asarray([plain], dtype=object))[0]
    assert not names.names_as_written(np.asarray(["нет", "Unknown"], dtype=object)).any()


def test_parse_values_takes_plain_names_as_written_without_a_call_each(monkeypatch):
    """The quick path is wired: parse_values asks clean_name which names it would give back as they are."""
    from functools import partial

    import pandas as pd

    from kzanalysis import values as values_mod

    cells = pd.Series(["Иванов Иван", "Abai Kunanbayev", "  Жанар  Әбдіғали-Тұрсын ", "Ким О.", "нет", None, "123"])
    expected = [names.clean_name(c) if c is not None else None for c in cells]
    calls = []
    parser = partial(names.clean_name, bare=False)
    counted = partial(lambda text, bare: calls.append(text) or names.clean_name(text, bare=bare), bare=False)
    counted.func.as_written = names.names_as_written
    table = values_mod.parse_values(cells, counted, lambda v: {"name": v})
    assert calls == ["Ким О.", "нет", "123"]  # the three plain names were not passed one by one
    got = [None if pd.isna(n) else n for n in table["name"]]
    assert got == [None if e is None or e.value is None else e.value for e in expected]
    assert getattr(getattr(parser, "func", parser), "as_written", None) is names.names_as_written


ARROW_CELLS = st.sampled_from(["", " ", "a", "Алматы", '"q,uoted"', '"multi\nline"', '"dou""ble"', 'mid"quote', '"ab"cd',
                               '"open', '""', "x;y", "\t", "1985", '" sp "', "\ufeffb"])


@st.composite
def _records(draw):
    """Records of one width mostly (the tables Arrow reads), now and then a blank or a shorter one."""
    width = draw(st.integers(1, 5))
    row = st.one_of(st.lists(ARROW_CELLS, min_size=width, max_size=width), st.lists(ARROW_CELLS, max_size=width))
    return draw(st.lists(row, min_size=1, max_size=8))


@settings(max_examples=400, deadline=None)
@given(_records(), st.sampled_from([",", ";", "\t"]), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_the_arrow_csv_reader_gives_the_records_pandas_reader_gives(rows, delimiter, newline, trailing):
    """Arrow's CSV reader (read._arrow_frame) reads what pandas' C parser reads, cell for cell, wherever it
    reads at all; where it gives up, pandas' reader decides as before."""
    import pandas as pd

    from kzanalysis import read

    def tidy(frame):
        blanked = frame.apply(lambda col: col.where(col.str.strip() != "", pd.NA)) if frame.shape[1] else frame
        return read._trailing_blank_columns_dropped(blanked)

    text_ = newline.join(delimiter.join(r) for r in rows) + (newline if trailing else "")
    arrow = read._arrow_frame(text_, delimiter)
    if arrow is not None:
        c_frame = read._c_frame(text_, delimiter)
        assert c_frame is not None
        pd.testing.assert_frame_equal(tidy(arrow), tidy(c_frame))


def test_the_arrow_csv_reader_reads_a_plain_table():
    """A plain table with quoted cells (the common list) is read by Arrow, not handed on."""
    from kzanalysis import read

    text_ = 'Name,City,Charges\r\nIvan Petrov,"Almaty, city",Art. 405\r\n"Ayan ""Bek"" Sadyk",Astana,\r\n'
    frame = read._arrow_frame(text_, ",")
    assert frame is not None
    assert frame.fillna("").values.tolist() == [["Name", "City", "Charges"], ["Ivan Petrov", "Almaty, city", "Art. 405"],
                                                ['Ayan "Bek" Sadyk', "Astana", ""]]
