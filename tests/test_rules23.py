"""General rules learned from red-team set 23, each tested in wordings of its own (not those of the set):
one charge per column (and notes carried on in a second column), dates with unknown parts, a column of the
pre-trial measure beside the verdict, custody before the trial and prosecution at liberty in English, Russian and
Kazakh words, a new term written without its unit, a tie answered with doubt, faiths that are no groups, a
release's date inside the status cell. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.parse.affiliation import parse_affiliation, parse_dvk_koshe_flag
from kzanalysis.parse.dates import parse_date
from kzanalysis.parse.status import parse_measure
from kzanalysis.pretrial_measure import names_measure_only

PEOPLE = ["Жаксыбеков Ерболат", "Кравченко Инна", "Utegenov Arman", "Мусабаева Жулдыз", "Lee Viktor", "Ибраев Нуржан"]


def _iso(series: pd.Series) -> list:
    return [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]


def _sheet(result) -> dict:
    return result.manifest["files"][0]["sheets"][0]


# --- one charge per column -----------------------------------------------------------------------------------

def test_charges_one_per_column_are_all_read(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья 1", "Статья 2", "Статья 3", "Часть", "Дата задержания"],
        [PEOPLE[0], "Актау", "ст. 272 ч. 2", "ст. 293 ч. 2", "", "2", "04.01.2022"],
        [PEOPLE[1], "Актау", "405 ч. 1", "", "", "1", "11.02.2021"],
        [PEOPLE[3], "Актау", "179-2", "174-1", "274-4", "2", "17.06.2020"],
        [PEOPLE[5], "Актау", "ст. 174 ч. 2", "КоАП 488 ч. 6", "", "2", "01.03.2021"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["articles"].tolist() == ["272(2); 293(2)", "405(1)", "174(1); 179(2); 274(4)", "174(2)"]
    sheet = _sheet(result)
    assert sheet["further_columns"] == {"Статья 1": ["Статья 2", "Статья 3"]}
    assert {"Статья 2", "Статья 3"} <= {h for h, f in sheet["columns"].items() if f == "articles"}
    unmapped = _problems(result, "unmapped_column")["message"].str.cat(sep=" ")
    assert "Статья 2" not in unmapped and "Статья 3" not in unmapped
    # a column of bare part numbers is no further charge: its digits are not articles
    assert "Часть" in sheet["unmapped_columns"]
    # the administrative charge of a further column is a charge of the CAO, never a criminal article
    assert set(result.charges.loc[result.charges["code"] == "CAO", "article"].astype(str)) == {"488"}


def test_charge_columns_named_by_a_database_are_joined_too(tmp_path):
    (tmp_path / "export.csv").write_text(
        "person_name,city,art_1,art_2,detained\n"
        f"{PEOPLE[2]},Taraz,405(2),182(1),2021-02-03\n"
        f"{PEOPLE[4]},Taraz,274(4),,2021-05-06\n"
        f"Askarov Timur,Taraz,174(1),405(2),2021-07-08\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    assert result.cases["articles"].tolist() == ["182(1); 405(2)", "274(4)", "174(1); 405(2)"]


def test_a_column_of_record_ids_is_no_further_charge_column(tmp_path):
    """`KZ405-001` reads as an article, but a column headed `Ref` names no charge: only a header naming charges
    makes a further charge column (a held-back list lost its articles to its ID column)."""
    (tmp_path / "tracker.csv").write_text(
        "Ref,Full name,Town,Charges,Arrested\n"
        f"KZ405-001,{PEOPLE[2]},Taraz,405(2),2021-02-03\n"
        f"KZ405-002,{PEOPLE[4]},Taraz,274(4),2021-05-06\n"
        "KZ405-003,Askarov Timur,Taraz,174(1),2021-07-08\n"
        "KZ405-004,Beisenova Dana,Taraz,405(1),2021-08-09\n"
        "KZ405-005,Omarov Ilyas,Taraz,405(2),2021-09-10\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    assert result.cases["articles"].tolist() == ["405(2)", "274(4)", "174(1)", "405(1)", "405(2)"]


def test_notes_carried_on_in_a_second_column_are_read_as_one_note(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Примечание", "Дополнительные примечания"],
        [PEOPLE[0], "Кокшетау", "ст. 405 ч. 2", "семья просит помощи", "член ДВК с 2019 года"],
        [PEOPLE[1], "Кокшетау", "ст. 174 ч. 1", "", ""],
        [PEOPLE[3], "Кокшетау", "ст. 405 ч. 1", "жалоба подана", "не связан с ДВК"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["dvk_koshe"].tolist() == [True, False, False]
    assert _sheet(result)["further_columns"] == {"Примечание": ["Дополнительные примечания"]}


# --- dates with unknown parts -------------------------------------------------------------------------------

def test_a_date_with_unknown_parts_keeps_what_is_known():
    read = {t: parse_date(t).value for t in ("2019-11-XX", "XX.04.2022", "??.09.2021", "__.02.2018", "2018-XX-XX",
                                              "хх.05.2020", "?.?.2020")}
    assert {t: (v.date.isoformat(), v.precision) for t, v in read.items()} == {
        "2019-11-XX": ("2019-11-01", "month"), "XX.04.2022": ("2022-04-01", "month"), "??.09.2021": ("2021-09-01", "month"),
        "__.02.2018": ("2018-02-01", "month"), "2018-XX-XX": ("2018-01-01", "year"), "хх.05.2020": ("2020-05-01", "month"),
        "?.?.2020": ("2020-01-01", "year")}
    # nothing known is no date and no problem; a day with its month unknown is a problem, never the year alone
    assert parse_date("XXXX-XX-XX") == parse_date("")
    assert parse_date("2020-XX-11").value is None and parse_date("2020-XX-11").problem == "unparsed_date"
    assert parse_date("12.X.2021").value.date.isoformat() == "2021-10-12"  # one X is the Roman month October


def test_a_case_dated_with_unknown_parts_starts_in_its_month_or_year(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата задержания", "Дата приговора"],
        [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "XX.03.2020", "12.11.2020"],
        [PEOPLE[1], "Тараз", "ст. 174 ч. 1", "2019-XX-XX", "2020-02-14"],
        [PEOPLE[3], "Тараз", "ст. 274 ч. 2", "__.__.____", "05.05.2021"],
    ])
    result = clean_paths([tmp_path])
    assert _iso(result.cases["started_on"]) == ["2020-03-01", "2019-01-01", "2021-05-05"]
    assert result.cases["started_precision"].tolist() == ["month", "year", "day"]
    assert _problems(result, "unparsed_date").empty


# --- a column of the pre-trial measure ------------------------------------------------------------------------

def test_a_header_names_a_measure_of_restraint_only():
    for header in ("Мера пресечения", "Measure of restraint", "Pre-trial measure", "Preventive measure", "Бұлтартпау шарасы"):
        assert names_measure_only(header), header
    for header in ("Мера пресечения / наказание", "Мера пресечения (текущая)", "Бұлтартпау шарасы / жағдайы", "Status",
                   "Outcome", "Measure"):
        assert not names_measure_only(header), header


def test_at_liberty_before_the_trial_is_no_release_beside_a_verdict(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Мера пресечения", "Приговор", "Дата приговора", "Дата освобождения"],
        [PEOPLE[0], "Семей", "ст. 174 ч. 1", "на свободе", "3 года лишения свободы", "10.10.2022", ""],
        [PEOPLE[1], "Семей", "ст. 405 ч. 2", "освобождена из-под стражи", "2 года ограничения свободы", "01.06.2022", ""],
        [PEOPLE[3], "Семей", "ст. 405 ч. 1", "на свободе", "", "", ""],
        [PEOPLE[5], "Семей", "ст. 274 ч. 2", "под стражей", "", "", ""],
        # a release after the verdict is still a release: the list gives its date
        ["Нуртазин Бекзат", "Семей", "ст. 174 ч. 1", "на свободе", "2 года лишения свободы", "03.03.2021", "02.03.2022"],
    ])
    result = clean_paths([tmp_path])
    # where the measure column alone names a status it is read as written (the list's word for where the case stands)
    assert result.cases["status"].tolist() == ["imprisoned", "restricted_freedom", "released",
                                               "pretrial_detention", "released"]
    assert result.cases["sentence_months"].tolist()[:2] == [36, 24]


def test_a_pre_trial_measure_column_ranks_below_an_outcome_column(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Article", "Preventive measure", "Result", "Date of verdict"],
        [PEOPLE[2], "Aktobe", "Art. 174(1)", "free, undertaking not to leave", "Convicted: 2 years' probation", "12 May 2022"],
        [PEOPLE[4], "Aktobe", "Art. 405(2)", "at liberty", "Convicted: fine of 200 MCI", "3 June 2022"],
        ["Baimukhanov Serik", "Aktobe", "Art. 274(2)", "custody", "Convicted: 4 years' imprisonment", "1 July 2022"],
        ["Ospanova Dana", "Aktobe", "Art. 174(2)", "house arrest", "", ""],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["probation", "fined", "imprisoned", "house_arrest"]


# --- custody before the trial, prosecution at liberty ----------------------------------------------------------

def test_custody_words_said_of_the_time_before_the_trial_are_pretrial_detention():
    for text in ("held in jail awaiting trial", "behind bars until trial", "in prison, pending verdict",
                 "за решёткой до суда", "в тюрьме в ожидании приговора", "сотқа дейін абақтыда"):
        assert parse_measure(text).value.status == "pretrial_detention", text
    # a verdict in the cell is a sentence: the words of the trial then say nothing of custody before it
    assert parse_measure("convicted, 3 years in prison; retrial pending").value.status == "imprisoned"
    assert parse_measure("jailed").value.status == "imprisoned"
    assert parse_measure("awaiting trial").value.status == "under_investigation"


def test_a_case_opened_with_no_detention_is_under_investigation():
    for text in ("case opened, not in custody", "criminal proceedings instituted", "не задержан, идёт следствие",
                 "criminal case initiated; not detained"):
        assert parse_measure(text).value.status == "under_investigation", text
    assert parse_measure("detained on 3 May").value.status == "pretrial_detention"


# --- a new term written without its unit ----------------------------------------------------------------------

def test_a_new_term_without_its_unit_takes_the_unit_of_the_first():
    assert parse_measure("9 yrs prison (cut to 6 on appeal)").value.months == 72
    assert parse_measure("6 лет лишения свободы, снижен до 4").value.months == 48
    assert parse_measure("4 years restricted freedom, reduced by 1 on appeal").value.months == 36
    assert parse_measure("18 months prison (reduced to 12 on appeal)").value.months == 12
    assert parse_measure("5 years' imprisonment; appeal hearing on 3").value.months == 60  # no word of change: no new term


# --- ties, faiths, release dates ------------------------------------------------------------------------------

def test_a_tie_answered_with_doubt_is_uncertain():
    for text in ("Unclear", "possibly", "неясно", "не подтверждено"):
        parsed = parse_dvk_koshe_flag(text)
        assert (parsed.value, parsed.problem) == (None, "uncertain_tie"), text
    assert parse_dvk_koshe_flag("Yes").value is True and parse_dvk_koshe_flag("unknown").problem is None


def test_a_faith_is_no_group():
    for text in ("Protestant (Pentecostal)", "Евангельские христиане-баптисты", "Seventh-day Adventist"):
        assert parse_affiliation(text) == parse_affiliation(""), text


def test_a_release_dated_in_the_status_cell_gives_the_release_date(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Name", "City", "Article", "Status", "Date of verdict"],
        [PEOPLE[2], "Oral", "Art. 405(2)", "4 years' imprisonment; freed on parole in March 2023", "12.05.2021"],
        [PEOPLE[4], "Oral", "Art. 174(1)", "released under amnesty 05.12.2022", "01.02.2022"],
        ["Serikov Almas", "Oral", "Art. 274(2)", "3 years' imprisonment", "01.03.2022"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["released", "released", "imprisoned"]
    assert _iso(result.cases["released_on"]) == ["2023-03-01", "2022-12-05", None]
    assert _iso(result.cases["started_on"]) == ["2021-05-12", "2022-02-01", "2022-03-01"]
