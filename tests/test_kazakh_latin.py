"""Kazakh in Latin letters (the alphabets of 2018 and 2021 and the informal Latin people type) read through
the Cyrillic vocabularies: readings, headers, values, and a whole list cleaned from a file."""
from __future__ import annotations

import openpyxl
import pytest

from kzanalysis import headers
from kzanalysis.clean import clean_paths
from kzanalysis.parse.articles import format_articles, parse_articles
from kzanalysis.parse.dates import parse_date
from kzanalysis.parse.status import parse_measure
from kzanalysis.parse.text import from_kazakh_latin, kazakh_latin_readings, kazakh_latin_scripts


@pytest.mark.parametrize(("text", "scripts"), [
    ("úı qamaǵynda", ("2018",)),  # acute letters: the alphabet of 2018
    ("üi qamağynda", ("2021",)),  # umlauts and breves: 2021
    ("tergeu izolyatorynda", None),  # no letter of its own: only with force, informal first (`ya`)
    ("Court hearing", None),
])
def test_scripts(text, scripts):
    assert kazakh_latin_scripts(text) == (scripts or ())


def test_informal_pairs_come_first_when_forced():
    assert kazakh_latin_scripts("tergeu izolyatorynda", force=True)[0] == "informal"
    assert kazakh_latin_scripts("Qamauda", force=True)[0] == "2021"


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Jeltoqsan oqıǵasy", "Желтоқсан оқиғасы"),  # 2018: ı is и, ǵ is ғ
    ("úı qamaǵy", "үй қамағы"),  # 2018: ı after a vowel is й
    ("partııasynyń", "партиясының"),  # 2018: ıa is я
    ("Şyğys Qazaqstan", "Шығыс Қазақстан"),  # 2021
    ("ükım şyqqan künı", "үкім шыққан күні"),  # 2021: ı is і
    ("ҚР ҚК 380-bap 2-bölık", "ҚР ҚК 380-бап 2-бөлік"),  # a Cyrillic word stays as written
])
def test_first_reading(latin, cyrillic):
    assert from_kazakh_latin(latin) == cyrillic


def test_ambiguous_text_gives_each_reading_once():
    readings = kazakh_latin_readings("shartty turde", force=True)
    assert "шартты турде" in readings and len(readings) == len(set(readings))
    assert kazakh_latin_readings("Court hearing") == []


@pytest.mark.parametrize(("header", "field"), [
    ("Ústalǵan kúni", "detained_on"),  # 2018
    ("Bosatylǵan kúni", "released_on"),
    ("Jazasy", "status"),
    ("Ūstalğan uaqyty", "detained_on"),  # 2021
    ("Qylmystyq kodekstıñ baby", "articles"),
    ("Tugan zhyly", "birth_year"),  # informal: the Kazakh letters folded away
    ("Eskertu", "notes"),
    ("Familiya", "name"),  # Russian in informal Latin
])
def test_latin_headers_name_their_field(header, field):
    assert headers.lookup(header) == field


def test_a_latin_header_that_names_nothing_stays_unnamed():
    assert headers.lookup("Baqylaýshy") is None  # an observer column: no field
    assert headers.lookup("Observer") is None


@pytest.mark.parametrize(("cell", "display", "codes"), [
    ("183-bap 3-bólik", "183(3)", ["CC"]),  # the part is never read as an article
    ("380-bap 1-bölık; 174-bap", "174; 380(1)", ["CC", "CC"]),
    ("380-bap; ÄQBtK 434-bap", "380", ["CC", "CAO"]),
    ("ÁQBtK 669-bap | 174(1)", "174(1)", ["CAO", "CC"]),
    ("Administrative Code art. 434; 380(1)", "380(1)", ["CAO", "CC"]),
])
def test_article_cells(cell, display, codes):
    result = parse_articles(cell)
    assert format_articles(result.value) == display
    assert [c.code for c in result.value] == codes


@pytest.mark.parametrize("cell", ["183-bop 3-qism", "405-lap 2", "174-xyz"])
def test_a_number_joined_to_an_unknown_word_is_no_charge(cell):
    """`N-word` where the word is unknown may be a part or anything: unread, never a guessed article."""
    result = parse_articles(cell)
    assert result.value is None
    assert result.problem == "unparsed_article"
    assert "article_words.csv" in result.message


@pytest.mark.parametrize(("cell", "status", "months"), [
    ("tergeý abaqtysyna qamaldy", "pretrial_detention", None),  # in the pre-trial detention centre: not prison
    ("tergeu abaqtysynda otyr", "pretrial_detention", None),
    ("bas bostandyǵynan aıyrý, 8 jyl", "imprisoned", 96),
    ("bas bostandyğyn şekteu 2 jyl 6 ai", "restricted_freedom", 30),
])
def test_statuses(cell, status, months):
    value = parse_measure(cell).value
    assert (value.status, value.months) == (status, months)


@pytest.mark.parametrize(("cell", "iso", "precision"), [
    ("2017 jylǵy 30 qazan", "2017-10-30", "day"),
    ("2017 jylğy 30 qazan", "2017-10-30", "day"),
    ("2017 jylgy 30 kazan", "2017-10-30", "day"),
    ("2016 jylǵy mamyr", "2016-05-01", "month"),
])
def test_dates_in_words(cell, iso, precision):
    value = parse_date(cell).value
    assert (value.date.isoformat(), value.precision) == (iso, precision)


@pytest.mark.slow
def test_a_list_in_kazakh_latin_is_cleaned(tmp_path):
    """A sheet in the 2018 script and one in informal Latin, written here and cleaned from the file."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2018"
    ws.append(["Saıası tutqyndar tizimi"])
    ws.append(["Reti", "Aty-jóni", "Tuǵan jyly", "Qala", "Baby", "Jaǵdaıy", "Ústalǵan kúni"])
    ws.append([1, "Sadyqov Erlan", "1984 j.", "Aqtaý", "183-bap 3-bólik", "tergeý abaqtysynda", "2021 jylǵy 4 naýryz"])
    ws.append([2, "Omarova Dına", 1990, "Qyzylorda", "405-bap 2-bólik; ÁQBtK 434-bap",
               "bas bostandyǵynan aıyrý, 4 jyl", "12.05.2021 j."])
    ws2 = wb.create_sheet("informal")
    ws2.append(["Aty-zhoni", "Tugan zhyly", "Qala", "Baby", "Statusy", "Ustalgan kuni"])
    ws2.append(["Bekov Arman", 1979, "Taraz", "174-bap 1-bolik", "shartty turde 3 jyl", "2019 jylgy 3 shilde"])
    wb.save(tmp_path / "latyn.xlsx")
    result = clean_paths([tmp_path])
    cases = result.cases.sort_values(["source_sheet", "source_row"]).reset_index(drop=True)
    assert len(cases) == 3
    assert not (result.problems["problem"] == "no_header").any()
    got = cases[["source_sheet", "city", "articles", "status", "sentence_months", "birth_year"]]
    got = got.astype(object).where(got.notna(), None).values.tolist()
    assert got == [
        ["2018", "Aktau", "183(3)", "pretrial_detention", None, 1984],
        ["2018", "Kyzylorda", "405(2)", "imprisoned", 48, 1990],
        ["informal", "Taraz", "174(1)", "probation", 36, 1979],
    ]
    assert [str(d)[:10] for d in cases["started_on"]] == ["2021-03-04", "2021-05-12", "2019-07-03"]
