"""Spelling schemes and given-name forms that the common folds do not read (kzanalysis/name_schemes.py,
kzanalysis/vocab/given_names.csv): each rule as an analyst states it, on invented names."""
from __future__ import annotations

import pandas as pd
import pytest

from kzanalysis.link import compare_names, fold_name, link_cases
from kzanalysis.name_schemes import GIVEN_NAMES_FILE, scheme_of


def same(a: str, b: str) -> bool:
    return fold_name(a).key == fold_name(b).key


# Turkish: with Turkish letters (or the Kazakh жан written can), c is ж, ş is ш, ç is ч, ı is ы.
@pytest.mark.parametrize("turkish, cyrillic", [
    ("Nurcan Işmuhanov", "Нуржан Ишмуханов"),
    ("Cumagül Çokanova", "Жумагуль Чоканова"),
    ("Canıbek Sadırov", "Жаныбек Садыров"),
    ("Dilcan Ömirova", "Дильжан Омирова"),
])
def test_turkish_c_is_zh(turkish, cyrillic):
    assert scheme_of(turkish) == "turkish"
    assert same(turkish, cyrillic)


# Uzbek Latin: o' is ў (Russian у), g' is ғ, x is х, and `X o'g'li` / `X qizi` is the patronymic.
def test_uzbek_latin():
    assert scheme_of("To'xtayev Ulug'bek") == "uzbek"
    assert same("To'xtayev Ulug'bek", "Тухтаев Улугбек")
    uzbek = fold_name("To'xtayev Ulug'bek Anvar o'g'li")
    assert uzbek.patronymic == fold_name("Тухтаев Улугбек Анварұлы").patronymic
    assert same("To'xtayev Ulug'bek Anvar o'g'li", "Тухтаев Улугбек Анвар угли")
    assert same("Mirzayeva Dilnoza Karim qizi", "Мирзаева Дильноза Каримқызы")
    # An apostrophe inside a word is a letter's mark, not a word break.
    assert fold_name("G'aniyev Rustam").words == fold_name("Ганиев Рустам").words


def test_kazakh_apostrophe_latin_is_not_uzbek():
    """The Kazakh apostrophe alphabet of 2017 writes ө as o': with no x, sh or ch it is not read as Uzbek."""
    assert scheme_of("Sa'ule O'mirzaqova") == ""
    assert same("Sa'ule O'mirzaqova", "Сәуле Өмірзақова")


# A patronymic word of its own (older Kazakh, Azerbaijani, Kyrgyz) is the patronymic.
def test_patronymic_written_apart():
    assert fold_name("Гусейнов Али Мамед оглы").patronymic == fold_name("Гусейнов Али Мамедұлы").patronymic
    assert same("Серіков Асхат Болат ұлы", "Серіков Асхат Болатұлы")


# Ukrainian romanisation: in a name with a Ukrainian given-name form, h is г and the form is the Russian name.
@pytest.mark.parametrize("ukrainian, russian", [
    ("Mykhailo Hrytsenko", "Гриценко Михаил"),
    ("Hryhorii Bondar", "Григорий Бондарь"),
    ("Olha Hnatiuk", "Гнатюк Ольга"),
    ("Yevhen Dolhov", "Евгений Долгов"),
    ("Сергій Гнатюк", "Сергей Гнатюк"),
])
def test_ukrainian_forms(ukrainian, russian):
    assert scheme_of(ukrainian) == "ukrainian"
    assert same(ukrainian, russian)


def test_common_spellings_are_not_taken_for_these_schemes():
    """English, passport (ICAO) and Kazakh 2021 spellings stay as they were: their h is х, their c is not ж."""
    for name in ["Mikhail Hasanov", "Dmitrii Hasaniuk", "Yerlan Bahytov", "Nicolai Marcov", "Victor Duncan",
                 "Jandos Şevchuk", "Ğalym Mūsin", "Alexander Ivanov", "Aliya Hasenova"]:
        assert scheme_of(name) in ("", "turkish"), name
    assert scheme_of("Mikhail Hasanov") == "" and "kasanov" in fold_name("Mikhail Hasanov").words
    assert "kasaniuk" in fold_name("Dmitrii Hasaniuk").words  # passport -ii with an English h
    assert same("Jandos Şevchuk", "Жандос Шевчук")  # Kazakh 2021 Latin: ş ğ ı and no c


# Given names that are one name in another language; a diminutive is not.
@pytest.mark.parametrize("a, b", [
    ("Чингиз Ахметов", "Шыңғыс Ахметов"),
    ("Chingiz Akhmetov", "Şıñğıs Ahmetov"),
    ("Абдолла Жанов", "Абдулла Жанов"),
    ("Mohammed Seitov", "Мұхаммед Сейтов"),
    ("Oleksandr Tkachenko", "Александр Ткаченко"),
    ("Pavlo Rudenko", "Павел Руденко"),
])
def test_given_name_equivalents(a, b):
    assert same(a, b)


def test_not_diminutives_nor_look_alikes():
    assert not same("Саша Иванов", "Александр Иванов")
    assert not same("Kalina Petrova", "Галина Петрова")  # Halyna is Галина; Kalina stays Kalina
    assert same("Halyna Petrova", "Галина Петрова")
    assert compare_names(fold_name("Сергий Коваль"), fold_name("Сергей Коваль"))[1] != "exact"  # no Ukrainian mark


def _persons(rows):
    cases = pd.DataFrame([{"case_id": f"c{i}", "source": src, "name": name, "birth_year": year, "city": "Almaty"}
                          for i, (src, name, year) in enumerate(rows)]).astype({"birth_year": "Int64"})
    return link_cases(cases).person_id


def test_namesakes_stay_apart():
    """One name in two languages is one person only when nothing else says otherwise: a birth year more than
    one apart keeps two namesakes apart, and a patronymic written another way is still the father's name,
    compared as such (other fathers count against a link)."""
    ids = _persons([("A", "Коваленко Сергей Иванович", 1980), ("B", "Serhii Kovalenko", 1980),
                    ("C", "Kovalenko Serhii", 1990), ("C", "Çingiz Sadırov", 1975), ("A", "Чингиз Садыров", 1979)])
    assert ids[0] == ids[1]
    assert ids[0] != ids[2] and ids[3] != ids[4]
    uzbek = fold_name("Mirzayev Botir Shuxrat o'g'li")
    assert uzbek.patronymic == fold_name("Мирзаев Ботир Шухрат угли").patronymic
    assert uzbek.patronymic != fold_name("Mirzayev Botir Rustam o'g'li").patronymic
    ids = _persons([("A", "Мирзаев Ботир Шухрат угли", 1985), ("B", "Mirzayev Botir Shuxrat o'g'li", None)])
    assert ids[0] == ids[1]


def test_given_names_vocabulary():
    """One row per form, each with its common form, language and where the equivalence is documented; no
    folded form stands for two names."""
    table = pd.read_csv(GIVEN_NAMES_FILE, dtype=str, keep_default_na=False)
    assert list(table.columns) == ["form", "common", "lang", "source"]
    assert (table[["form", "common", "source"]] != "").all().all()
    assert set(table["lang"]) <= {"uk", "ru", "kk", "en"}
    assert not table["form"].duplicated().any()
    from kzanalysis.link import _given_names
    assert _given_names(True) and _given_names(False)  # builds both maps, raising on a form of two names
