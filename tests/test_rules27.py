"""General rules learned from red-team set 27, each tested in wordings of its own (not those of the set):
a log of dated steps in one cell, a release refused, a status as of a day beside a later chronology, the
unserved term replaced by a milder punishment, a petition read with the court's decision, a heading in
capitals right under the header. Small lists written inline."""
from __future__ import annotations

import csv

from factories import problems_of as _problems

from kzanalysis.clean import clean_paths
from kzanalysis.parse.history import parse_history
from kzanalysis.parse.status import parse_measure
from kzanalysis.petitions import asks_for, decision
from kzanalysis.replacement import replaced_by

PEOPLE = ["Сагинтаев Бахыт", "Оспанова Меруерт", "Ким Валерий", "Жолдасов Ринат", "Абишева Айман"]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _by_row(result):
    return result.cases.set_index("source_row")


def _status(text):
    parsed = parse_measure(text)
    return parsed.value.status if parsed.value is not None else None


# --- a log of dated steps ------------------------------------------------------------------------------------------

def test_a_log_of_dated_steps_is_read_though_words_beside_its_stages_are_not():
    cell = ("03.02.2019 задержан | 11.09.2019 осуждён к 6 годам лишения свободы | 20.01.2020 этапирован в ЕЦ-166/7 "
            "(Усть-Каменогорск) | 05.05.2022 освобождён по УДО")
    parsed = parse_history(cell)
    assert parsed.problem is None
    assert parsed.value.latest().status == "released"
    found = {f: v.date.isoformat() for f, v in parsed.value.dates().items()}
    assert found["detained_on"] == "2019-02-03" and found["sentenced_on"] == "2019-09-11"
    assert found["released_on"] == "2022-05-05"
    # a last step that names no stage (a transfer) changes nothing: the verdict before it is the latest stage
    last = parse_history("2020-06-01 detained -> 2021-01-15 jailed for 3 years -> 2021-04-02 moved to colony No. 12")
    assert last.problem is None and last.value.latest().status == "imprisoned"
    # a piece with a number that does not open with a date is no step: the cell is no log
    assert parse_history("03.02.2019 задержан; в камере 12 человек").problem is not None


def test_a_column_of_dated_step_logs_dates_the_cases_whatever_its_header(tmp_path):
    logs = ["2020-02-03 detained | 2020-09-11 sentenced to 4 years in prison | 2021-02-01 sent to colony UK-161/2",
            "Mar 2021 arrested | 2021-10-02 court ordered compulsory psychiatric treatment",
            "2019-07-21 detained | 2019-12-30 sentenced: fine of 300 MCI",
            "2021-05-06 detained | 2021-05-08 placed under house arrest; bracelet fitted",
            "2018-11-11 arrested | 2019-06-20 sentenced to 5 years in prison | 2022-08-31 freed on parole"]
    rows = [["Person", "City", "Charge", "Case progress"]]
    rows += [[name, "Almaty", "Art. 405(2)", log] for name, log in zip(["Aidos Kemel", "Zarina Umar", "Pavel Lee",
                                                                         "Timur Sadyk", "Olga Nam"], logs)]
    _csv(tmp_path / "tracker.csv", rows)
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert _problems(result, "no_date_column").empty
    assert [str(cases.loc[r, "started_on"])[:10] for r in range(2, 7)] == [
        "2020-02-03", "2021-03-01", "2019-07-21", "2021-05-06", "2018-11-11"]
    assert cases.loc[3, "started_precision"] == "month"
    assert list(cases["status"]) == ["imprisoned", "compulsory_treatment", "fined", "house_arrest", "released"]


# --- a release refused ---------------------------------------------------------------------------------------------

def test_a_release_refused_is_no_release():
    for refused in ["ходатайство об УДО отклонено", "отказали в условно-досрочном освобождении", "УДО не удовлетворено",
                    "parole request turned down", "refused early release", "parole not granted"]:
        assert _status(refused) != "released", refused
    # a release in its own clause after a refusal is still a release
    for released in ["освобождён по УДО", "в УДО отказано; позже освобождён условно-досрочно", "released on parole, appeal denied"]:
        assert _status(released) == "released", released
    # in a chronology the refused parole is no step: the transfer after it (still in custody) is the latest
    log = parse_history("10.03.2022 в УДО отказали; 14.06.2022 переведён в колонию-поселение")
    assert log.problem is None and log.value.latest().status == "imprisoned"


# --- a status as of a day, then a chronology --------------------------------------------------------------------

def test_a_status_as_of_a_day_gives_way_to_a_later_dated_step(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Задержан", "Статус на 01.06.2021", "События после 01.06.2021"],
            [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "12.03.2019", "отбывает срок в колонии",
             "15.09.2022 помещён на принудительное лечение"],
            [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "02.04.2019", "ограничение свободы",
             "20.10.2021 ограничение свободы заменено реальным лишением свободы"],
            [PEOPLE[2], "Тараз", "ст. 405 ч. 1", "05.05.2019", "в колонии", "07.07.2021 этапирован в ИК-159"],
            [PEOPLE[3], "Тараз", "ст. 405 ч. 1", "06.06.2019", "в колонии", ""],
            [PEOPLE[4], "Тараз", "ст. 405 ч. 1", "07.07.2019", "в колонии", "10.01.2023 вышел по отбытии срока"]]
    _csv(tmp_path / "snapshot.csv", rows)
    cases = _by_row(clean_paths([tmp_path]))
    assert list(cases["status"]) == ["compulsory_treatment", "imprisoned", "imprisoned", "imprisoned", "released"]


def test_a_step_before_the_snapshot_day_changes_nothing(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Задержан", "Положение на 01.01.2023", "Хронология"],
            [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "12.03.2019", "в колонии", "15.09.2020 помещён на принудительное лечение"],
            [PEOPLE[1], "Тараз", "ст. 405 ч. 2", "12.03.2019", "в колонии", "15.09.2023 помещён на принудительное лечение"],
            [PEOPLE[2], "Тараз", "ст. 405 ч. 2", "12.03.2019", "в колонии", "15.09.2023 помещён на принудительное лечение"]]
    _csv(tmp_path / "snapshot.csv", rows)
    cases = _by_row(clean_paths([tmp_path]))
    # the first step was known on the snapshot's day: the snapshot, later, says the person is in a colony
    assert list(cases["status"]) == ["imprisoned", "compulsory_treatment", "compulsory_treatment"]


# --- the unserved term replaced ------------------------------------------------------------------------------------

def test_the_unserved_term_replaced_is_no_release_on_a_sheet_of_released_people(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Вышли на свободу"
    rows = [["ФИО", "Город", "Статья", "Приговор", "Срок", "Основание освобождения"],
            [PEOPLE[0], "Актобе", "ст. 405 ч. 2", "01.02.2020", "5 лет л/с", "неотбытый срок заменён ограничением свободы"],
            [PEOPLE[1], "Актобе", "ст. 405 ч. 2", "01.02.2020", "5 лет л/с", "условно-досрочно"],
            [PEOPLE[2], "Актобе", "ст. 405 ч. 2", "01.02.2020", "4 года л/с", "амнистия"]]
    for r, values in enumerate(rows, 1):
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
    wb.save(tmp_path / "released.xlsx")
    cases = _by_row(clean_paths([tmp_path]))
    assert list(cases["status"]) == ["restricted_freedom", "released", "released"]
    assert list(cases["sentence_months"]) == [60, 60, 48]  # the verdict's term kept


def test_replacement_words_name_the_milder_punishment_only():
    assert replaced_by("unserved part of the term commuted to restricted freedom") == "restricted_freedom"
    assert replaced_by("ограничение свободы заменено лишением свободы") is None  # harsher: no milder punishment
    assert replaced_by("освобождён по УДО") is None


# --- a petition and the court's decision -------------------------------------------------------------------------

def test_a_petition_changes_the_status_only_when_granted(tmp_path):
    rows = [["Name", "City", "Article", "Sentence", "Petition", "Court's ruling"],
            ["Aidos Kemel", "Taraz", "Art. 405(2)", "6 years prison", "parole", "granted"],
            ["Zarina Umar", "Taraz", "Art. 405(2)", "6 years prison", "parole", "denied"],
            ["Pavel Lee", "Taraz", "Art. 405(2)", "6 years prison", "parole", "hearing postponed to 3 May"],
            ["Timur Sadyk", "Taraz", "Art. 405(2)", "6 years prison", "restricted freedom instead of prison",
             "refused 2 Feb 2023; granted 9 Sep 2023"],
            ["Olga Nam", "Taraz", "Art. 405(2)", "6 years prison", "restricted freedom instead of prison", "rejected"]]
    _csv(tmp_path / "petitions.csv", rows)
    result = clean_paths([tmp_path])
    cases = _by_row(result)
    assert list(cases["status"]) == ["released", "imprisoned", "imprisoned", "restricted_freedom", "imprisoned"]
    assert list(cases["sentence_months"]) == [72] * 5
    unmapped = _problems(result, "unmapped_column")
    assert not unmapped["column"].eq("Court's ruling").any()  # the decision column is read


def test_decisions_and_petition_headings():
    assert decision("в удовлетворении ходатайства отказано") == "refused"
    assert decision("отказано 01.03.2022, затем удовлетворено 01.12.2022") == "granted"
    assert decision("рассмотрение отложено") == "pending"
    assert decision("өтініш қанағаттандырылды") == "granted"
    assert decision("5 лет лишения свободы") is None
    assert asks_for("Ходатайства о замене наказания и об УДО") and asks_for("Petitions for early release")
    assert not asks_for("Освобождены условно-досрочно")


def test_a_heading_of_petitions_for_release_is_no_heading_of_released_people(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Срок"],
            ["Ходатайства об условно-досрочном освобождении", "", "", ""],
            [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "5 лет лишения свободы"],
            ["Освобождены условно-досрочно", "", "", ""],
            [PEOPLE[1], "Тараз", "ст. 405 ч. 2", "5 лет лишения свободы"]]
    _csv(tmp_path / "sections.csv", rows)
    cases = _by_row(clean_paths([tmp_path]))
    assert list(cases["status"]) == ["imprisoned", "released"]


# --- a heading in capitals right under the header -----------------------------------------------------------------

def test_a_heading_in_capitals_under_the_header_is_no_case(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Задержан"],
            ["СКОНЧАЛИСЬ ВО ВРЕМЯ ОТБЫВАНИЯ НАКАЗАНИЯ", "", "", ""],
            [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "12.03.2019"],
            [PEOPLE[1], "Тараз", "ст. 405 ч. 2", "12.03.2019"],
            ["НАХОДЯТСЯ В РОЗЫСКЕ", "", "", ""],
            [PEOPLE[2], "Тараз", "ст. 405 ч. 2", "12.03.2019"]]
    _csv(tmp_path / "headings.csv", rows)
    result = clean_paths([tmp_path])
    assert sorted(_by_row(result).index) == [3, 4, 6]
    assert sorted(_problems(result, "not_a_case")["source_row"].astype(int)) == [2, 5]
    # a list whose names are all in capitals keeps a lone name as a person
    rows = [["ФИО", "Город", "Статья"], ["АРЕСТОВ ИВАН", "", ""], ["СИДОРОВ ПЁТР", "Тараз", "ст. 405 ч. 2"],
            ["ПЕТРОВ ОЛЕГ", "Тараз", "ст. 405 ч. 2"]]
    other = tmp_path / "caps"
    other.mkdir()
    _csv(other / "caps.csv", rows)
    assert len(clean_paths([other]).cases) == 3


def test_a_lone_name_in_capitals_holding_a_status_stem_stays_a_person(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Задержан"],
            ["АРЕСТОВ ИВАН", "", "", ""],
            [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "12.03.2019"],
            [PEOPLE[1], "Тараз", "ст. 405 ч. 2", "12.03.2019"]]
    _csv(tmp_path / "names.csv", rows)
    assert sorted(_by_row(clean_paths([tmp_path])).index) == [2, 3, 4]


def test_an_appeal_refused_is_no_petition_refused(tmp_path):
    # a column of appeal outcomes beside verdicts is no decision on a petition: the verdicts stand as written
    rows = [["Аты-жөні", "Қаласы", "Бабы", "Жағдайы", "Жаза мерзімі", "Ескерту"],
            [PEOPLE[0], "Семей", "405-бап 2-бөлік", "шартты түрде сотталды", "2 жыл", "апелляция қанағаттандырылмады"],
            [PEOPLE[1], "Семей", "405-бап 2-бөлік", "шартты түрде сотталды", "3 жыл", "апелляция қанағаттандырылмады"],
            [PEOPLE[2], "Семей", "405-бап 2-бөлік", "мерзімінен бұрын босатылды", "4 жыл", "шағым қанағаттандырылмады"]]
    _csv(tmp_path / "appeals.csv", rows)
    cases = _by_row(clean_paths([tmp_path]))
    assert list(cases["status"]) == ["probation", "probation", "released"]
