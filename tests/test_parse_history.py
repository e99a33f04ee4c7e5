"""Tests of kzanalysis.parse.history: a status-history cell read as steps of a stage and a date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzanalysis.parse.history import dated_history_steps, parse_history, stages


def _steps(text: str) -> list[tuple[str | None, str | None, str | None]]:
    parsed = parse_history(text)
    assert parsed.problem is None, parsed.message
    return [(s.status, s.date_field, s.date.date.isoformat() if s.date else None) for s in parsed.value.steps]


@pytest.mark.parametrize("text", [
    "арестован 03.02.2020 -> приговорён 17.09.2020 -> вышел на свободу 30.11.2022",
    "arrested 3 February 2020 => convicted 17 Sep 2020 => freed 30.11.2022",
    "ұсталды 03.02.2020\nсотталды 17.09.2020\nбосатылды 30.11.2022",
    "03.02.2020: задержан; 17.09.2020: осуждён; 30.11.2022: освобождён по амнистии",
    "taken into custody on 3 February 2020, sentenced on September 17, 2020, released on parole on 30 November 2022",
])
def test_each_step_dates_the_field_of_its_stage_in_any_wording_and_separator(text):
    assert [(f, d) for _, f, d in _steps(text)] == [("detained_on", "2020-02-03"), ("sentenced_on", "2020-09-17"),
                                                    ("released_on", "2022-11-30")]
    assert parse_history(text).value.latest().status == "released"


def test_a_verdict_that_names_its_punishment_gives_its_status_and_one_that_does_not_gives_none():
    assert _steps("задержана 01.06.2021 ⇒ осуждена к 3 годам лишения свободы 02.12.2021") == [
        ("pretrial_detention", "detained_on", "2021-06-01"), ("imprisoned", "sentenced_on", "2021-12-02")]
    assert _steps("задержана 01.06.2021 ⇒ осуждена 02.12.2021")[1] == (None, "sentenced_on", "2021-12-02")
    # a term written after the date is not part of the date
    assert _steps("осуждён 02.12.2021 к 3 годам; освобождён 01.03.2023")[0][1:] == ("sentenced_on", "2021-12-02")


def test_a_charge_an_acquittal_and_a_step_without_a_date():
    assert _steps("возбуждено уголовное дело 10.01.2022 | оправдан 15.07.2022") == [
        ("under_investigation", "charged_on", "2022-01-10"), ("acquitted", "sentenced_on", "2022-07-15")]
    assert _steps("задержан → осуждён условно 05.05.2022") == [("pretrial_detention", "detained_on", None),
                                                              ("probation", "sentenced_on", "2022-05-05")]


def test_the_step_reached_last_is_the_last_written_or_the_first_where_the_dates_run_newest_first():
    assert parse_history("задержан 01.02.2020 → отпущен 05.02.2020 → задержан повторно 01.06.2020").value.latest().status == "pretrial_detention"
    assert parse_history("01.02.2023 освобождён; 05.08.2021 осуждён; 12.03.2021 задержан").value.latest().status == "released"
    # two steps dating one field: the earliest (as two dates in one cell)
    dates = parse_history("задержан 01.02.2020 → отпущен 05.02.2020 → задержан повторно 01.06.2020").value.dates()
    assert dates["detained_on"].date == dt.date(2020, 2, 1)


@pytest.mark.parametrize("text", ["осуждён 32.13.2021", "Медеуский районный суд, 12.05.2022", "12.03.2021"])
def test_what_is_not_a_history_is_a_problem_never_a_guess(text):
    parsed = parse_history(text)
    assert parsed.value is None and parsed.problem == "unparsed_history"
    assert dated_history_steps(text) == 0


def test_a_cell_of_stages_without_dates_gives_its_status_but_is_no_evidence_of_a_history_column():
    assert _steps("в СИЗО") == [("pretrial_detention", "detained_on", None)]
    assert dated_history_steps("в СИЗО") == 0
    assert dated_history_steps("задержан 12.03.2021 → осуждён 05.08.2021") == 2


def test_blank_and_not_given_cells_are_nothing():
    assert parse_history("").value is None and parse_history("").problem is None
    assert parse_history("—").problem is None


def test_every_stage_of_the_vocabulary_is_a_status_with_a_date_field_or_none():
    table = stages()
    assert {"pretrial_detention", "sentenced", "released", "acquitted", "under_investigation"} <= set(table)
    assert table["released"].date_field == "released_on" and table["sentenced"].date_field == "sentenced_on"
    # the measures before a verdict are one stage: none says more than another
    assert table["house_arrest"].order == table["pretrial_detention"].order == table["under_investigation"].order


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("задержносу →;->12.0 3abcdefgh")), max_size=60))
def test_never_raises(text):
    parsed = parse_history(text)
    assert parsed.problem in (None, "unparsed_history")


def test_an_amount_between_two_phrases_is_the_fine_not_a_date():
    assert _steps("задержан 02.03.2021; приговор 10.10.2021: штраф 700 МРП") == [
        ("pretrial_detention", "detained_on", "2021-03-02"), (None, "sentenced_on", "2021-10-10"), ("fined", "sentenced_on", None)]
    assert _steps("fined 1 500 MCI on 3 May 2022") == [("fined", "sentenced_on", "2022-05-03")]
