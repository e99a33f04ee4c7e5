"""A parser bug is not a vocabulary gap: an exception inside any parser is `parser_error`
naming the exception, never "add it to the vocabulary", and costs one value, not the run."""
from __future__ import annotations

import pandas as pd
import pytest

from kzanalysis.clean import clean_paths
from kzanalysis import court
from kzanalysis.config import VocabularyError
from kzanalysis.parse import affiliation, articles, dates, history, names, places, status


class Boom(RuntimeError):
    pass


def _boom(*args, **kwargs):
    raise Boom("forced in a test")


# (module, inner function forced to raise, parser, a value that reaches the inner function)
CASES = [
    (dates, "_plain", dates.parse_date, "12.07.2021"),  # the plain shapes' quick path
    (dates, "_read", dates.parse_date, "12 июля 2021 г."),
    (articles, "_parse_articles", articles.parse_articles, "ч.2 ст.405 УК РК"),
    (places, "_parse_place", places.parse_place, "г. Алматы"),
    (places, "_parse_place", places.parse_region, "Алматинская область"),
    (status, "_status_matches", status.parse_measure, "осужден к 5 годам"),
    (status, "_yes_no_value", status.parse_yes_no, "да"),
    (names, "clean_spaces", names.clean_name, "Иванов Иван"),
    (names, "clean_spaces", names.parse_birth_year, "1985"),
    (names, "clean_spaces", names.birth_year_in_name, "Иванов Иван, 1985 г.р."),
    (affiliation, "_find", affiliation.parse_affiliation, "ДВК"),
    (affiliation, "_find", affiliation.find_dvk_koshe, "член ДВК"),
    (affiliation, "_find", affiliation.parse_dvk_koshe_flag, "член ДВК"),
    (court, "_city_of", court.parse_court, "Уральский городской суд"),
    (dates, "_without_event_words", dates.find_date, "City Court of Oral, 3 January 2021"),
    (history, "_step", history.parse_history, "задержан 12.03.2021 → осуждён 05.08.2021"),
]


@pytest.mark.parametrize(("module", "inner", "parser", "value"), CASES,
                         ids=[f"{p.__name__}-{i}" for _, i, p, _ in CASES])
def test_an_exception_inside_a_parser_is_a_parser_error(monkeypatch, module, inner, parser, value):
    assert parser(value).problem is None  # the value reads when nothing is forced
    monkeypatch.setattr(module, inner, _boom)
    parsed = parser(value)
    assert parsed.value is None and parsed.problem == "parser_error"
    assert "Boom" in parsed.message and "forced in a test" in parsed.message
    assert "vocab" not in parsed.message.replace("not a gap in a vocabulary", "")


def test_a_broken_vocabulary_still_stops_the_run(monkeypatch):
    def broken(*args, **kwargs):
        raise VocabularyError("kzanalysis/vocab/statuses.csv: a row without a status")

    monkeypatch.setattr(status, "_status_matches", broken)
    with pytest.raises(VocabularyError):
        status.parse_measure("осужден")


def test_a_parser_error_is_a_problem_row_of_its_cell_and_the_run_goes_on(tmp_path, monkeypatch):
    pd.DataFrame({"ФИО": ["Иванов Иван", "Петров Пётр"], "Город": ["Алматы", "Астана"],
                  "Дата задержания": ["12.07.2021", "13.07.2021"]}).to_csv(tmp_path / "list.csv", index=False)
    real = places._parse_place
    monkeypatch.setattr(places, "_parse_place", lambda text: _boom() if "Астана" in text else real(text))
    result = clean_paths([tmp_path])
    assert result.cases["city"].tolist()[0] == "Almaty" and pd.isna(result.cases["city"].tolist()[1])
    row = result.problems.loc[result.problems["problem"] == "parser_error"]
    assert row[["source_row", "column", "value"]].values.tolist() == [[3, "Город", "Астана"]]
    assert "Boom" in row["message"].iloc[0] and "vocab" not in row["message"].iloc[0].replace("a vocabulary", "")
