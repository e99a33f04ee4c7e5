"""Columns named as a person reading the list would: header cells read part by part, abbreviations
spelled out, values as evidence, dates by the words of their header. Small lists written inline."""
from __future__ import annotations

import numpy as np
import pandas as pd

from kzanalysis.content import profile
from kzanalysis.headers import find_header, header_parts, spell_out
from kzanalysis.read import RawSheet

PEOPLE = ["Иванов Иван", "Петров Пётр", "Сидоров Сидор", "Ахметов Ержан", "Нурланова Айгуль"]


def _sheet(columns: dict[str, list[object]]) -> RawSheet:
    frame = pd.DataFrame([list(columns), *zip(*columns.values())], dtype=object)
    frame = frame.where(frame.notna(), None).astype("string")
    frame.columns = range(frame.shape[1])
    return RawSheet("list.csv", "", frame, np.arange(1, len(frame) + 1))


def _fields(columns: dict[str, list[object]], overrides=None) -> tuple[dict[str, str], object]:
    header = find_header(_sheet(columns), overrides)
    assert header is not None
    return {header.written[c]: f for c, f in header.fields.items()}, header


def test_a_header_in_two_languages_is_read_part_by_part():
    fields, header = _fields({"ФИО / Name": PEOPLE, "Город / City": ["Алматы", "Астана", "Шымкент", "Актобе", "Семей"],
                              "Статья / Article": ["ст. 405 ч. 2"] * 5})
    assert fields == {"ФИО / Name": "name", "Город / City": "city", "Статья / Article": "articles"}
    assert header.unmapped == [] and header.by_content == []


def test_parts_and_brackets():
    assert header_parts("Дата задержания (dd.mm.yyyy)") == ["Дата задержания", "dd.mm.yyyy"]
    assert header_parts("Аты-жөні | ФИО") == ["Аты-жөні", "ФИО"]
    fields, _ = _fields({"ФИО": PEOPLE, "Дата задержания (dd.mm.yyyy)": ["12.07.2021"] * 5, "Город (область)": ["Алматы"] * 5})
    assert fields["Дата задержания (dd.mm.yyyy)"] == "detained_on"


def test_abbreviations_are_vocabulary():
    assert spell_out("yob") == "year of birth" and spell_out("г р") == "год рождения"
    fields, _ = _fields({"Name": PEOPLE, "YOB": ["1980", "1975", "1990", "1988", "1969"], "City": ["Almaty"] * 5,
                         "DVK/Koshe link (Y/N)": ["Y", "N", "Y", "N", "N"]})
    assert fields["YOB"] == "birth_year" and fields["DVK/Koshe link (Y/N)"] == "dvk_koshe"


def test_a_region_column_holding_towns_is_read_as_cities():
    fields, header = _fields({"ФИО": PEOPLE, "Регион": ["Жанаозен", "Сатпаев", "Аксай", "Кентау", "Талгар"],
                              "Статья": ["ст. 174"] * 5})
    assert fields["Регион"] == "city" and header.by_content == ["Регион"]


def test_a_region_column_holding_regions_stays_a_region_column():
    fields, header = _fields({"ФИО": PEOPLE, "Город": ["Алматы", "Астана", "Шымкент", "Актобе", "Семей"],
                              "Регион": ["Алматинская область", "Акмолинская область", "Туркестанская область",
                                         "Актюбинская область", "область Абай"]})
    assert fields["Регион"] == "region" and header.by_content == []


def test_a_column_with_an_unknown_header_is_named_by_its_values_and_marked():
    fields, header = _fields({"ФИО": PEOPLE, "Статья": ["ст. 405"] * 5,
                              "Где": ["г. Алматы", "г. Астана", "г. Шымкент", "г. Актобе", "г. Семей"]})
    assert fields["Где"] == "city" and header.by_content == ["Где"]


def test_a_column_whose_values_are_not_clear_stays_unmapped_and_described():
    _, header = _fields({"ФИО": PEOPLE, "Статья": ["ст. 405"] * 5,
                         "Разное": ["Алматы", "что-то", "12.07.2021", "ещё", "Астана"]})
    assert header.unmapped == ["Разное"]
    (p,) = header.profiles.values()
    assert p.values == 5 and p.samples == ("Алматы", "что-то", "12.07.2021") and p.clearly() is None


def test_court_and_trial_dates_go_to_the_sentence_date():
    fields, header = _fields({"ФИО": PEOPLE, "Статья": ["ст. 405"] * 5, "Court": ["Almaty city court"] * 5,
                              "Court date": ["12.07.2021", "13.07.2021", "14.07.2021", "15.07.2021", "16.07.2021"]})
    assert fields["Court date"] == "sentenced_on" and "Court" not in fields
    assert header.ignored == ["Court"] and header.unmapped == []


def test_a_date_column_no_word_dates_stays_unmapped_with_dates_in_its_profile():
    _, header = _fields({"ФИО": PEOPLE, "Статья": ["ст. 405"] * 5,
                         "Примерно когда": ["12.07.2021", "13.07.2021", "14.07.2021", "15.07.2021", "16.07.2021"]})
    assert header.unmapped == ["Примерно когда"]
    assert next(iter(header.profiles.values())).clearly() == "date"


def test_headers_naming_the_start_of_a_prosecution_give_charged_on():
    for written in ("Начало уголовного преследования", "Дата начала досудебного расследования", "Start of prosecution",
                    "Қылмыстық қудалаудың басталуы", "Дата возбуждения УД", "When the investigation was opened"):
        fields, _ = _fields({"ФИО": PEOPLE, "Статья": ["ст. 405"] * 5, written: ["12.07.2021"] * 5})
        assert fields.get(written) == "charged_on", written


def test_an_alias_is_not_moved_by_values_it_cannot_deny():
    """Statuses of a new list may be a vocabulary gap: an alias of status keeps its column."""
    fields, header = _fields({"ФИО": PEOPLE, "Статус": ["непонятно"] * 5, "Город": ["Алматы"] * 5})
    assert fields["Статус"] == "status" and header.by_content == []


def test_sources_toml_is_final():
    fields, header = _fields({"ФИО": PEOPLE, "Регион": ["Жанаозен", "Сатпаев", "Аксай", "Кентау", "Талгар"]},
                             overrides={"Регион": "region"})
    assert fields["Регион"] == "region" and header.how == {0: "alias", 1: "sources.toml"}


def test_profile_describes_the_values():
    p = profile(pd.Series(["12.07.2021", "01.02.2020", None, "", "неизвестно", "03.03.2019"]))
    assert p.values == 4 and p.samples == ("12.07.2021", "01.02.2020", "03.03.2019")  # "неизвестно" is a value, not a sample
    assert p.clearly() == "date" and p.describe().startswith("mostly dates")


def test_a_column_of_groups_under_an_unknown_header_is_the_affiliation_by_its_values():
    fields, header = _fields({"ФИО": PEOPLE, "Город": ["Алматы", "Астана", "Шымкент", "Актобе", "Семей"],
                              "Партийность": ["ДВК", "Көше партиясы", "нет", "ДВК", "Koshe Party"]})
    assert fields["Партийность"] == "affiliation"
    assert "Партийность" in header.by_content


def test_a_column_of_no_alone_or_of_roles_is_no_affiliation():
    fields, _ = _fields({"ФИО": PEOPLE, "Город": ["Алматы", "Астана", "Шымкент", "Актобе", "Семей"],
                         "Судимость": ["нет", "нет", "нет", "-", "нет"],
                         "Кто": ["журналист", "блогер", "активист", "журналист", "юрист"]})
    assert fields.get("Судимость") != "affiliation" and fields.get("Кто") != "affiliation"
