"""Lists the tool has never seen: unread columns and undated cases are problem rows, the latest
stage wins across columns. Small lists written inline."""
from __future__ import annotations

import tomllib

import openpyxl
import pandas as pd
from factories import PEOPLE
from factories import problems_of as _problems
from factories import write_csv as _csv

from kzanalysis.clean import clean_paths


def test_an_unmapped_column_is_a_problem_row_with_samples_what_they_look_like_and_the_sources_line(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["12.07.2021"] * 4,
                                 "Примерно когда": ["01.02.2021", "02.02.2021", "03.02.2021", "04.02.2021"],
                                 "Разное": ["зелёный", "синий", None, "красный"]})
    result = clean_paths([tmp_path])
    rows = _problems(result, "unmapped_column")
    assert rows["column"].tolist() == ["Примерно когда", "Разное"] and rows["source_row"].isna().all()
    dated, other = rows["message"].tolist()
    assert "4 values" in dated and "'01.02.2021'" in dated and "mostly dates" in dated
    assert '["list.csv"] columns = { "Примерно когда" = FIELD }' in dated
    assert "3 values" in other and "'зелёный'; 'синий'; 'красный'" in other and other.rstrip().endswith("notes, release_grounds")
    assert rows["value"].tolist()[1] == "зелёный; синий; красный"
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["unmapped_columns"] == ["Примерно когда", "Разное"]


def test_the_sources_line_in_the_message_maps_the_column_when_pasted(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Непонятно": ["Алматы", "Астана", "что-то", "ещё что-то"]})
    message = _problems(clean_paths([tmp_path]), "unmapped_column")["message"].iloc[0]
    line = message.split("data/raw/sources.toml: ")[1].split(" with FIELD")[0].replace("FIELD", '"city"')
    (tmp_path / "sources.toml").write_text(line.replace("] columns", "]\ncolumns"), encoding="utf-8")
    assert tomllib.loads((tmp_path / "sources.toml").read_text(encoding="utf-8"))
    result = clean_paths([tmp_path])
    assert result.cases["city"].tolist()[:2] == ["Almaty", "Astana"] and _problems(result, "unmapped_column").empty


def test_a_column_read_knowingly_never_is_ignored_not_a_problem(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["12.07.2021"] * 4,
                                 "Адвокат": PEOPLE[::-1], "Ссылка": ["https://example.org/a"] * 4})
    result = clean_paths([tmp_path])
    assert _problems(result, "unmapped_column").empty
    assert result.manifest["files"][0]["sheets"][0]["ignored_columns"] == ["Адвокат", "Ссылка"]


def test_a_sheet_with_no_date_column_says_how_many_cases_are_in_no_period_and_names_the_date_column(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Когда": ["01.02.2021", "02.02.2021", "03.02.2021", "04.02.2021"]})
    result = clean_paths([tmp_path])
    (row,) = _problems(result, "no_date_column").itertuples()
    assert "its 4 cases" in row.message and "no period" in row.message
    assert "'Когда' holds dates" in row.message and '["list.csv"] columns = { "Когда" = "charged_on" }' in row.message
    assert result.manifest["files"][0]["sheets"][0]["cases_undated"] == 4


def test_every_undated_case_is_said_by_a_problem_row(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Дата задержания": ["12.07.2021", None, "как-то весной", None],
                                 "Дата приговора": [None, "01.03.2022", None, None]})
    result = clean_paths([tmp_path])
    undated = result.cases.loc[result.cases["started_on"].isna(), "source_row"].tolist()
    assert undated == [4, 5]
    said = result.problems.loc[result.problems["source_row"].isin(undated)]
    assert sorted(zip(said["source_row"], said["problem"])) == [(4, "unparsed_date"), (5, "undated")]


def test_a_release_date_before_the_lists_date_makes_the_case_released_keeping_the_term(tmp_path):
    _csv(tmp_path, "list_2023-06-01.csv", {
        "ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
        "Приговор": ["5 лет лишения свободы", "5 лет лишения свободы", "2 года ограничения свободы", "3 года лишения свободы"],
        "Дата приговора": ["01.02.2021", "01.02.2021", "01.02.2021", "01.02.2021"],
        "Дата освобождения": ["01.02.2023", "01.02.2026", "01.02.2023", "15.01.2021"]})
    cases = clean_paths([tmp_path]).cases
    # released before the list's date; a release still to come; a non-custodial sentence; a release before the verdict
    assert cases["status"].tolist() == ["released", "imprisoned", "restricted_freedom", "imprisoned"]
    assert cases["sentence_months"].tolist() == [60, 60, 24, 36]


def test_a_release_dated_after_every_other_date_of_a_list_that_states_no_date_is_a_release(tmp_path):
    _csv(tmp_path, "tracker.csv", {
        "Name": PEOPLE, "Charges": ["Art. 274 part 2"] * 4,
        "Verdict": ["1 year of imprisonment"] * 4,
        "Verdict date": ["2025-04-29", "2025-03-02", "2025-05-12", "2025-01-20"],
        "Released": ["2026-03-31", None, "2026-05-02", None]})
    cases = clean_paths([tmp_path]).cases
    # the list states no date of its own: it was written after the last event it records, releases included
    assert cases["status"].tolist() == ["released", "imprisoned", "released", "imprisoned"]
    assert cases["sentence_months"].tolist() == [12] * 4


def test_a_grounds_for_release_column_makes_the_case_released(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Мера наказания": ["лишение свободы на 4 года"] * 4,
                                 "Основание освобождения": ["амнистия", None, "-", "УДО"]})
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["released", "imprisoned", "imprisoned", "released"]
    assert cases["sentence_months"].tolist() == [48] * 4


def test_a_sheet_of_released_people_makes_its_cases_released(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Освобожденные"
    ws.append(["ФИО", "Статья", "Приговор"])
    ws.append(["Иванов Иван", "ст. 405 ч. 2", "3 года лишения свободы"])
    ws.append(["Петров Пётр", "ст. 174", "2 года ограничения свободы"])
    other = wb.create_sheet("Лишены свободы")
    other.append(["ФИО", "Статья", "Приговор"])
    other.append(["Сидоров Сидор", "ст. 405 ч. 2", "3 года лишения свободы"])
    wb.save(tmp_path / "list.xlsx")
    result = clean_paths([tmp_path])
    # the sheet says they are free, whatever the sentence was; the other sheet is not touched
    assert result.cases["status"].tolist() == ["released", "released", "imprisoned"]
    assert result.cases["sentence_months"].tolist() == [36, 24, 36]
    assert result.manifest["files"][0]["sheets"][0]["released_by_stage"] == {"sheet of released people": 2}


def test_a_section_of_released_people_makes_its_cases_released(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Статья;Приговор\nЛишены свободы;;\nИванов Иван;ст. 405;3 года лишения свободы\n"
                    "Освобождены;;\nПетров Пётр;ст. 405;3 года лишения свободы\n", encoding="utf-8")
    assert clean_paths([tmp_path]).cases["status"].tolist() == ["imprisoned", "released"]


def test_cases_undated_and_the_period_counts_add_up_to_the_cases(tmp_path):
    from kzanalysis.period import parse_label
    from kzanalysis.summary import by_quarter, summarise, undated_by_list

    _csv(tmp_path, "dated.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                  "Дата задержания": ["12.07.2021", None, "01.02.2022", "нечто"]})
    _csv(tmp_path, "undated.csv", {"ФИО": PEOPLE[:2], "Статья": ["ст. 174"] * 2, "Когда": ["12.07.2021", "01.01.2020"]})
    t = clean_paths([tmp_path]).tables
    s = summarise(t, parse_label("2021"))
    assert s["cases_undated"] == 4 == int(t.cases["started_on"].isna().sum())
    assert int(by_quarter(t.cases)["cases"].sum()) + s["cases_undated"] == len(t.cases) == 6
    frame = undated_by_list(t)
    assert frame[["source_file", "cases_undated", "reason"]].values.tolist() == [
        ["dated.csv", 2, "no_date_in_row"], ["undated.csv", 2, "no_date_column"]]


def test_check_shows_each_column_how_it_was_mapped_and_a_sources_block(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE[:3], "Регион": ["Жанаозен", "Сатпаев", "Аксай"],
                                 "Статья": ["ст. 405", "ст. 174", "Атлантида 5"], "Когда": ["12.07.2021", "13.07.2021", "14.07.2021"],
                                 "Адвокат": PEOPLE[:3], "Обстоятельства": ["пост в сети", "митинг", "пост"]})
    exe = str(Path(sys.executable).with_name("kzanalysis"))
    proc = subprocess.run([exe, "check", "list.csv"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    lines = {line.split("│")[2].strip(): line for line in out.splitlines() if line.count("│") >= 7}
    assert "read by content" in lines["Регион"] and "city" in lines["Регион"]
    assert "alias" in lines["Статья"] and "67%" in lines["Статья"] and "Атлантида 5" in lines["Статья"]
    assert "unmapped" in lines["Когда"] and "looks like date" in lines["Когда"]
    assert "ignored" in lines["Адвокат"] and "keyword" in lines["Обстоятельства"]
    assert '["list.csv"]' in out and 'columns = { "Когда" = "FIELD" }' in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_the_workbook_says_how_many_cases_no_period_holds_list_by_list(tmp_path):
    import openpyxl as xl

    from kzanalysis.export import write_workbook
    from kzanalysis.period import parse_label

    _csv(tmp_path, "dated.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Дата задержания": ["12.07.2021", None, "01.02.2021", None]})
    _csv(tmp_path, "undated.csv", {"ФИО": PEOPLE[:3], "Статья": ["ст. 174"] * 3})
    t = clean_paths([tmp_path]).tables
    path = write_workbook(t, parse_label("2021"), tmp_path / "book.xlsx")
    wb = xl.load_workbook(path)
    rows = [[c for c in row] for row in wb["Summary"].iter_rows(values_only=True)]
    first = {r[0]: r[1] for r in rows if r and r[0]}
    assert first["Cases started in the period"] == 2 and first["Cases in no period (no start date read; all lists)"] == 5
    listed = [tuple(r[:4]) for r in rows if r and r[0] in ("dated.csv", "undated.csv")]
    assert listed == [("dated.csv", None, 2, "the date cells of these rows are blank or could not be read"),
                      ("undated.csv", None, 3, "no date column was read in this sheet (see the no_date_column problem)")]
    readme = {r[0]: r[1] for r in wb["README"].iter_rows(values_only=True) if r and r[0]}
    assert readme["Cases in no period (no start date read)"] == 5


def test_the_courts_seat_stands_for_the_city_where_the_list_gives_none(tmp_path):
    _csv(tmp_path, "acts.csv", {"ФИО": PEOPLE, "Статья": ["ч.2 ст.405 УК РК"] * 4,
                                 "Наименование суда": ["Медеуский районный суд г. Алматы", "Уральский городской суд Западно-Казахстанской области",
                                                       "суд Атырауской области", "Семей қалалық соты"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["city"].fillna("").tolist() == ["Almaty", "Oral", "", "Semey"]
    assert cases["region"].tolist() == ["Almaty", "West Kazakhstan", "Atyrau", "Abai"]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["city_from_court"] == {"column": "Наименование суда", "cases": 4}
    assert "Наименование суда" not in sheet["unmapped_columns"]
    assert _problems(result, "unmapped_column").empty


def test_a_city_column_wins_over_the_court(tmp_path):
    _csv(tmp_path, "acts.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Город": ["Актобе", None, "Караганда", None],
                                 "Суд": ["Таразский городской суд"] * 4})
    result = clean_paths([tmp_path])
    assert result.cases["city"].tolist() == ["Aktobe", "Taraz", "Karaganda", "Taraz"]
    assert result.manifest["files"][0]["sheets"][0]["city_from_court"] == {"column": "Суд", "cases": 2}


def test_a_tie_named_only_in_a_verdict_or_another_free_text_column_counts_with_the_same_doubt_and_negation(tmp_path):
    _csv(tmp_path, "acts.csv", {
        "ФИО": PEOPLE, "Статья": ["ч.2 ст.405 УК РК"] * 4,
        "Резолютивная часть": ["Признать виновным в участии в деятельности «Демократический выбор Казахстана» и назначить 2 года ограничения свободы",
                               "Признать виновным и назначить штраф 500 МРП", "ДВК? назначить штраф 500 МРП",
                               "назначить штраф 500 МРП"],
        "Фабула": [None, "участник движения Көше партиясы", None, "not linked to DVK"]})
    result = clean_paths([tmp_path])
    assert result.cases["dvk_koshe"].tolist() == [True, True, False, False]
    assert result.cases["affiliation"].tolist()[:2] == ["DVK", "Koshe Partiyasy"]
    said = result.problems.loc[result.problems["problem"].isin(["uncertain_tie", "negated_affiliation"]), ["source_row", "problem"]]
    assert sorted(map(tuple, said.to_numpy().tolist())) == [(4, "uncertain_tie"), (5, "negated_affiliation")]


def test_a_date_column_whose_header_names_no_event_counts_toward_started_on_and_says_so(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Дата приговора": ["01.03.2022", "01.03.2022", None, None],
                                 "Белгілі болған күн": ["12.07.2021", None, "шілде 2021", None],
                                 "Туған күні": ["01.01.1980", "02.02.1981", "03.03.1982", "04.04.1983"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert [d.strftime("%Y-%m-%d") if pd.notna(d) else None for d in cases["started_on"]] == ["2021-07-12", "2022-03-01", "2021-07-01", None]
    assert cases["started_precision"].fillna("").tolist() == ["day", "day", "month", ""]
    # it fills none of the four dates: which event it is, only the list can say
    assert cases[["detained_on", "charged_on", "released_on"]].isna().all().all()
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["start_only_columns"] == ["Белгілі болған күн"]
    (row,) = _problems(result, "unmapped_column").loc[lambda p: p["column"] == "Белгілі болған күн"].itertuples()
    assert "count toward started_on only" in row.message and '{ "Белгілі болған күн" = FIELD }' in row.message
    # the last case has no date anywhere: it is said, not dropped
    assert _problems(result, "undated")["source_row"].tolist() == [5]


def test_a_column_of_birth_dates_is_not_a_date_of_the_case(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Дата задержания": ["12.07.2021", "13.07.2021", "14.07.2021", "15.07.2021"],
                                 "Когда-то": ["01.01.1980", "02.02.1981", "03.03.1982", "04.04.1983"]})
    result = clean_paths([tmp_path])
    assert result.cases["started_on"].dt.year.tolist() == [2021] * 4
    assert "start_only_columns" not in result.manifest["files"][0]["sheets"][0]


def test_a_written_region_that_disagrees_with_the_citys_current_region_is_a_problem_not_an_override(tmp_path):
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4, "Город": ["Семей", "Жезказган", "Талдыкорган", "Актобе"],
                                 "Регион": ["Восточно-Казахстанская область", "Карагандинская область", "Almaty", "Актюбинская область"]})
    result = clean_paths([tmp_path])
    assert result.cases["region"].tolist() == ["Abai", "Ulytau", "Jetisu", "Aktobe"]
    differs = _problems(result, "region_differs")
    assert differs["source_row"].tolist() == [2, 3, 4] and differs["column"].eq("Регион").all()
    assert "Semey is in Abai now" in differs["message"].iloc[0] and "kept Abai" in differs["message"].iloc[0]


def _day(series: pd.Series) -> list[str | None]:
    return [d.strftime("%Y-%m-%d") if pd.notna(d) else None for d in series]


def test_a_date_inside_a_court_cell_is_the_sentence_date_and_the_court_still_gives_the_city(tmp_path):
    from kzanalysis.summary_text import column_report

    _csv(tmp_path, "acts.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405 ч.2"] * 4,
                                 "Дата задержания": ["01.09.2021", None, "20.12.2021", None],
                                 "Суд": ["Алмалинский районный суд г. Алматы от 03.11.2021", "Specialised Inter-District Court of Shymkent - 14 Feb 2022",
                                         "06.10.2021, Талдыкорганский городской суд", "Есильский районный суд г. Астаны (рассмотрение отложено)"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert _day(cases["sentenced_on"]) == ["2021-11-03", "2022-02-14", "2021-10-06", None]
    # the earliest date of the row starts the case; the row with neither is said undated
    assert _day(cases["started_on"]) == ["2021-09-01", "2022-02-14", "2021-10-06", None]
    assert cases["city"].tolist() == ["Almaty", "Shymkent", "Taldykorgan", "Astana"]
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["court_dates"] == {"column": "Суд", "field": "sentenced_on", "cases": 3}
    assert "Суд" not in sheet["ignored_columns"] and "Суд" not in sheet["unmapped_columns"]
    assert _problems(result, "undated")["source_row"].tolist() == [5]
    report = column_report(result).set_index("header")
    assert report.loc["Суд", "how"] == "read from the court" and report.loc["Суд", "field"] == "city, region, sentenced_on"


def test_a_court_cell_dates_what_its_header_names_and_the_earliest_date_of_a_field_wins(tmp_path):
    _csv(tmp_path, "acts.csv", {"ФИО": PEOPLE, "Город": ["Актобе"] * 4, "Статья": ["ст. 174"] * 4,
                                 "Дата ареста": ["15.03.2022", "15.03.2022", None, None],
                                 "Court that ordered the arrest, date": ["Aktobe City Court, 10 March 2022", "Aktobe City Court, 20 March 2022",
                                                                         "Aktobe City Court, 1 April 2022", "Aktobe City Court"]})
    result = clean_paths([tmp_path])
    assert _day(result.cases["detained_on"]) == ["2022-03-10", "2022-03-15", "2022-04-01", None]
    assert result.cases["sentenced_on"].isna().all()
    assert result.manifest["files"][0]["sheets"][0]["court_dates"]["field"] == "detained_on"


def test_a_court_column_without_dates_stays_ignored(tmp_path):
    _csv(tmp_path, "acts.csv", {"ФИО": PEOPLE, "Город": ["Актобе"] * 4, "Статья": ["ст. 174"] * 4, "Дата ареста": ["15.03.2022"] * 4,
                                 "Суд": ["Актюбинский городской суд", "Актюбинский городской суд", "суд № 2 г. Актобе", None]})
    sheet = clean_paths([tmp_path]).manifest["files"][0]["sheets"][0]
    assert "court_dates" not in sheet and sheet["ignored_columns"] == ["Суд"]


def test_a_status_history_column_is_known_by_its_values_and_dates_each_stage(tmp_path):
    from rich.console import Console

    from kzanalysis.summary_text import column_report, print_check

    _csv(tmp_path, "tracker.csv", {
        "ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
        "Статус": ["под домашним арестом", "осуждён к 3 годам лишения свободы", None, "нет данных"],
        "Дата задержания": [None, "10.10.2020", None, "01.03.2021"],
        "Ход дела": ["арестован 02.02.2022", "арестован 01.10.2020 -> приговорён 15.01.2021 -> вышел на свободу 20.05.2023",
                     "03.05.2021 задержан; 11.11.2021 осуждён; 30.06.2022 освобождён по УДО",
                     "возбуждено уголовное дело 15.02.2021 → задержан 01.03.2021 → осуждён 09.09.2021"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert _day(cases["detained_on"]) == ["2022-02-02", "2020-10-01", "2021-05-03", "2021-03-01"]  # the earliest with the column's
    assert _day(cases["charged_on"]) == [None, None, None, "2021-02-15"]
    assert _day(cases["sentenced_on"]) == [None, "2021-01-15", "2021-11-11", "2021-09-09"]
    assert _day(cases["released_on"]) == [None, "2023-05-20", "2022-06-30", None]
    assert _day(cases["started_on"]) == ["2022-02-02", "2020-10-01", "2021-05-03", "2021-02-15"]
    # the last step wins over an earlier stage or a blank; a measure before a verdict is not less than a detention,
    # and a verdict that names no punishment gives no status
    assert cases["status"].tolist() == ["house_arrest", "released", "released", "unknown"]
    assert cases["sentence_months"].tolist()[1] == 36  # the term of the sentence is kept
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["history_columns"] == ["Ход дела"] and sheet["status_from_history"] == 2
    assert "Ход дела" not in sheet["unmapped_columns"] and _problems(result, "unmapped_column").empty
    report = column_report(result).set_index("header")
    assert report.loc["Ход дела", "how"] == "read as a status history" and report.loc["Ход дела", "read"] == 1.0
    console = Console(record=True, width=400)
    print_check(console, result)
    assert "read as a status history: Ход дела" in console.export_text()


def test_a_history_under_any_header_in_english_or_kazakh_dates_a_sheet_with_no_date_column(tmp_path):
    _csv(tmp_path, "list.csv", {
        "Name": ["Aliev Timur", "Bekova Aigul", "Omarov Daniyar"], "Article": ["Art. 405(2)"] * 3,
        "Status": ["detained 4 April 2022 => convicted 1 August 2022 => freed 2 January 2023",
                   "ұсталды 12.05.2022\nсотталды 03.10.2022",
                   "arrested 7 June 2022 => on probation since 9 November 2022"]})
    result = clean_paths([tmp_path])
    cases = result.cases
    assert _day(cases["started_on"]) == ["2022-04-04", "2022-05-12", "2022-06-07"]
    assert _day(cases["released_on"]) == ["2023-01-02", None, None]
    assert cases["status"].tolist()[0] == "released" and cases["status"].tolist()[2] == "probation"
    assert _problems(result, "no_date_column").empty and _problems(result, "undated").empty
    assert result.manifest["files"][0]["sheets"][0]["history_columns"] == ["Status"]


def test_a_case_whose_only_problem_in_a_date_column_is_not_about_dates_is_still_said_undated(tmp_path):
    # The notes give a release date for one row and a doubtful tie for another: the doubt says
    # nothing about the date, so the second row still gets its `undated` row.
    _csv(tmp_path, "list.csv", {"ФИО": PEOPLE, "Статья": ["ст. 405"] * 4,
                                 "Примечание": ["освобождён 02.03.2023", "освобождена по УДО 11.11.2022",
                                                "освобождён 01.02.2023", "ДВК? (со слов родных)"]})
    result = clean_paths([tmp_path])
    undated = result.cases.loc[result.cases["started_on"].isna(), "source_row"].tolist()
    said = result.problems.loc[result.problems["source_row"].isin(undated)]
    assert undated and set(undated) <= set(said.loc[said["problem"] == "undated", "source_row"])
    assert 5 in undated and "uncertain_tie" in said.loc[said["source_row"] == 5, "problem"].tolist()
