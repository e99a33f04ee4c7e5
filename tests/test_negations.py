"""A status phrase under a negation, or lifted or cancelled after it, gives no status (parse/status.py,
parse/refusal.py): probes written after set 34 showed a Kazakh not-detained read as custody. Each of these
read as the status it denies before (a silent misread); now each gives no status or the one the cell states."""
from __future__ import annotations

import pytest

from kzanalysis.parse.status import parse_measure


@pytest.mark.parametrize("text", [
    "не был освобождён", "has not been released", "never released", "освобождение не состоялось",
    "no longer in custody", "no longer detained", "not under house arrest", "no longer under house arrest",
    "арест отменён", "домашний арест снят", "house arrest lifted",
])
def test_a_negated_or_lifted_phrase_gives_no_status(text):
    parsed = parse_measure(text)
    assert parsed.value is None or parsed.value.status is None


@pytest.mark.parametrize("text, status, months", [
    ("not yet released, serving 5 years", "imprisoned", 60),
    ("acquittal overturned, 5 years prison", "imprisoned", 60),
    ("оправдательный приговор отменён, 4 года лишения свободы", "imprisoned", 48),
    ("released", "released", None),
    ("освобождён по УДО", "released", None),
    ("under house arrest", "house_arrest", None),
    ("оправдан", "acquitted", None),
    ("ожидает суда на свободе", "under_investigation", None),  # at liberty before a trial: no release
    ("deceased", "died", None),
    ("қылмыстық іс қозғалды", "under_investigation", None),  # a criminal case opened, as возбуждено уголовное дело
    ("подсудимый, под стражей", "pretrial_detention", None),
    ("defendant", "under_investigation", None),
    ("7 years, general regime", "imprisoned", 84),  # a colony's regime names imprisonment
    ("7 жыл жалпы режим", "imprisoned", 84),
    ("5 лет л/с, освобождён через 2 года по УДО", "released", 60),  # `через 2 года` is time passed, not the term
    ("5 years, released after 2 years on parole", "released", 60),
    ("sentence served", "released", None),
    ("приговор отменён, дело направлено на новое рассмотрение, под стражей", "pretrial_detention", None),
])
def test_what_the_cell_states_is_read(text, status, months):
    value = parse_measure(text).value
    assert (value.status, value.months) == (status, months)


def test_time_served_so_far_is_no_release():
    value = parse_measure("5 years (3 served)").value
    assert value is None or value.status != "released"


@pytest.mark.parametrize("text, tie", [
    ("no (but relatives in DVK)", False),  # the answer first, a note after it: read True before
    ("нет, но родственники в ДВК", False),
    ("да, бывший член", True),  # was an unparsed flag
    ("иә, белсенді", True),
    ("Да (ДВК)", True),
])
def test_a_yes_no_tie_cell_answers_with_its_first_word(text, tie):
    from kzanalysis.parse.affiliation import parse_dvk_koshe_flag

    assert parse_dvk_koshe_flag(text).value is tie


@pytest.mark.parametrize("text", ["no information", "нет данных", "да? не уверены", "yes, allegedly"])
def test_no_answer_or_a_doubted_one_is_no_tie(text):
    from kzanalysis.parse.affiliation import parse_dvk_koshe_flag

    assert parse_dvk_koshe_flag(text).value is not True
