"""General rules learned from red-team set 21, each tested in wordings of its own (not those of the set):
a month in Roman numerals, dates that are no events of the case (the end of a term, a listing), a sheet
named for its town, a verdict's date inside the verdict's cell, an amnesty column, a colony's address,
HTML in cells and a column of multi-line records, a template card, a web address after a value.
Small lists written inline."""
from __future__ import annotations

import csv

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx
from openpyxl import Workbook

from kzanalysis.address import parse_address
from kzanalysis.cell_links import strip_links
from kzanalysis.headers import guess_field, never_dated
from kzanalysis.html_cells import without_html
from kzanalysis.clean import clean_paths
from kzanalysis.parse.dates import parse_date
from kzanalysis.release_grounds import says_release

PEOPLE = ["Омарова Гаухар", "Зайцев Павел", "Темирханов Берик", "Сулейменова Алия", "Фролов Глеб"]


def _iso(series: pd.Series) -> list:
    return [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]


# --- a month in Roman numerals ------------------------------------------------------------------------------

def test_a_roman_month_is_read_day_first():
    read = {t: parse_date(t).value for t in ("3.VI.2020", "19 X 2022", "01-XII-19", "IX.2018", "28.ІІ.2023")}
    assert {t: (v.date.isoformat(), v.precision) for t, v in read.items()} == {
        "3.VI.2020": ("2020-06-03", "day"), "19 X 2022": ("2022-10-19", "day"), "01-XII-19": ("2019-12-01", "day"),
        "IX.2018": ("2018-09-01", "month"), "28.ІІ.2023": ("2023-02-28", "day")}  # the last typed with Cyrillic І
    # no month XIII, no 30 February: a problem, never a guess; a quarter is no month
    assert parse_date("5.XIII.2021").value is None
    assert parse_date("30.II.2021").problem == "impossible_date"
    assert parse_date("II квартал 2021").value is None
    assert parse_date("в 2020 и 2021").value.date.isoformat() == "2020-01-01"  # `и` is a word, not a numeral


# --- dates that are no events of the case ----------------------------------------------------------------------

def test_the_end_of_a_term_and_a_listing_are_no_dates_of_the_case():
    for header in ("Окончание срока", "Срок истекает", "End of sentence", "Expected release", "Жаза мерзімі аяқталады",
                   "Дата внесения в перечень", "Дата исключения", "Date of delisting", "Тізімнен шығарылған күні"):
        assert guess_field(header) == "ignore" and never_dated(header), header
    for header in ("Срок", "Дата освобождения", "Released on", "Дата окончания следствия"):
        assert guess_field(header) != "ignore", header


def test_an_end_of_term_column_never_dates_a_case(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Срок", "Задержан", "Окончание срока"],
        [PEOPLE[0], "Атырау", "ст. 405 ч. 1", "4 года", "неизвестно", "14.09.2027"],
        [PEOPLE[1], "Атырау", "ст. 174 ч. 1", "3 года", "02.02.2022", "01.02.2025"],
    ])
    result = clean_paths([tmp_path])
    assert _iso(result.cases["started_on"]) == [None, "2022-02-02"]
    assert "Окончание срока" in result.manifest["files"][0]["sheets"][0]["ignored_columns"]


def test_a_listing_date_is_never_suggested_as_a_date_of_the_case(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Дата внесения в перечень"],
        [PEOPLE[0], "Тараз", "ст. 405 ч. 2", "11.04.2021"],
        [PEOPLE[1], "Тараз", "ст. 405 ч. 1", "20.05.2021"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["started_on"].isna().all()
    message = _problems(result, "no_date_column")["message"].iloc[0]
    assert "перечень" not in message


# --- a sheet named for its town ---------------------------------------------------------------------------------

def test_a_sheet_named_for_a_town_gives_it_to_its_rows(tmp_path):
    wb = Workbook()
    wb.remove(wb.active)
    for title, city in (("Актобе", "Актобе"), ("Петропавловск", None), ("Разное", None)):
        ws = wb.create_sheet(title)
        ws.append(["ФИО", "Год рождения", "Статья", "Дата ареста", "Город"])
        ws.append([PEOPLE[0], 1980, "ст. 405", "12.01.2022", None])
        ws.append([PEOPLE[1], 1991, "ст. 174", "15.01.2022", "Костанай"])
    wb.save(tmp_path / "by_town.xlsx")
    cases = clean_paths([tmp_path]).cases
    got = cases.groupby("source_sheet")["city"].apply(lambda s: s.fillna("-").tolist()).to_dict()
    # a row's own city wins; a sheet named for no place gives none
    assert got == {"Актобе": ["Aktobe", "Kostanay"], "Петропавловск": ["Petropavl", "Kostanay"], "Разное": ["-", "Kostanay"]}
    assert cases.loc[cases["source_sheet"] == "Петропавловск", "region"].tolist()[0] == "North Kazakhstan"


def test_a_title_line_naming_a_town_gives_it_and_a_disagreeing_one_gives_none(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["Павлодар — задержанные активисты"],
        ["ФИО", "Статья", "Дата ареста"],
        [PEOPLE[2], "ст. 405 ч. 2", "03.03.2021"],
        [PEOPLE[3], "ст. 405 ч. 1", "04.03.2021"],
    ])
    wb = Workbook()
    ws = wb.active
    ws.title = "Кокшетау"
    for row in (["Павлодар: список"], ["ФИО", "Статья", "Дата ареста"], [PEOPLE[4], "ст. 174", "05.05.2021"]):
        ws.append(row)
    wb.save(tmp_path / "other.xlsx")
    cases = clean_paths([tmp_path]).cases.set_index("source_file")
    assert cases.loc["list.xlsx", "city"].tolist() == ["Pavlodar", "Pavlodar"]
    assert pd.isna(cases.loc["other.xlsx", "city"])


# --- a verdict's date in the verdict's cell ---------------------------------------------------------------------

def test_a_verdict_date_inside_the_verdict_cell_dates_the_case(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Основание", "Наказание"],
        [PEOPLE[0], "Семей", "осуждена приговором Семейского городского суда 17.08.2020 по ст. 174 ч. 1", "2 года ограничения свободы"],
        [PEOPLE[1], "Семей", "ст. 405 ч. 2 УК РК", "3 года лишения свободы (вынесен 09.02.2021)"],
        [PEOPLE[2], "Семей", "ст. 405 ч. 2 УК РК", "4 года, освобождён 01.06.2023"],
    ])
    result = clean_paths([tmp_path])
    # the basis cell's date sits by the verdict's words; a sentence cell's date is the verdict's unless its
    # clause names another event (the release)
    assert _iso(result.cases["sentenced_on"]) == ["2020-08-17", "2021-02-09", None]
    assert _problems(result, "no_date_column").empty


def test_a_sentence_date_column_wins_over_a_date_in_the_sentence_cell(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Приговор", "Дата приговора"],
        [PEOPLE[0], "Тараз", "ст. 405", "5 лет (12.06.2022)", "14.06.2022"],
        [PEOPLE[1], "Тараз", "ст. 405", "2 года условно (01.03.2022)", None],
    ])
    result = clean_paths([tmp_path])
    assert _iso(result.cases["sentenced_on"]) == ["2022-06-14", "2022-03-01"]


# --- an amnesty column -------------------------------------------------------------------------------------------

def test_an_amnesty_frees_only_where_it_says_so():
    assert says_release("амнистирован, вышел на свободу 20.12.2022", amnesty=True)
    assert says_release("applied; released from the colony", amnesty=True)
    for cell in ("не подпадает под амнистию", "отказано", "применена: срок сокращён на год", "not applied", "-"):
        assert not says_release(cell, amnesty=True), cell
    assert says_release("УДО", amnesty=False) and not says_release("отказано в УДО", amnesty=False)
    assert guess_field("Амнистия 2022 г.") == "release_grounds" and guess_field("Рақымшылық") == "release_grounds"


def test_an_amnesty_column_releases_the_prisoners_it_freed(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["по состоянию на 15.01.2023"],
        ["ФИО", "Город", "Статья", "Приговор", "Амнистия"],
        [PEOPLE[0], "Актау", "ст. 272 ч. 2", "6 лет лишения свободы", "амнистирован, вышел 02.12.2022"],
        [PEOPLE[1], "Актау", "ст. 272 ч. 2", "6 лет лишения свободы", "не подпадает"],
        [PEOPLE[2], "Актау", "ст. 272 ч. 2", "6 лет лишения свободы", "применена, срок сокращён"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["released", "imprisoned", "imprisoned"]
    assert cases["sentence_months"].tolist() == [72, 72, 72]


# --- a colony's address is no place of the case ------------------------------------------------------------------

def test_a_colony_address_gives_no_city():
    assert parse_address("100009, Карагандинская обл., пос. Долинка, учреждение ЕЦ-166/10").value is None
    assert parse_address("г. Павлодар, СИЗО").value is None
    assert parse_address("г. Павлодар, ул. Кутузова, 12").value.city == "Pavlodar"


def test_a_letters_address_at_a_colony_leaves_the_city_blank(tmp_path):
    _xlsx(tmp_path / "list.xlsx", [
        ["ФИО", "Город", "Статья", "Адрес для писем"],
        [PEOPLE[0], None, "ст. 405", "140000, г. Павлодар, учреждение АП-162/6"],
        [PEOPLE[1], None, "ст. 405", "г. Актобе, ул. Абилкайыр хана, 5"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["city"].fillna("-").tolist() == ["-", "Aktobe"]


# --- HTML in cells; a column of multi-line records ------------------------------------------------------------

def test_html_is_markup_not_text():
    assert without_html("<p><strong>Ким Олег</strong> &amp; семья</p><p>ст.&nbsp;405</p>") == "Ким Олег & семья\nст. 405"
    assert without_html("a<br/>b<BR>c") == "a\nb\nc"
    assert without_html("5 < 7 and 8 > 2") == "5 < 7 and 8 > 2"  # no tag: nothing taken


def test_a_popup_of_html_lines_gives_articles_dates_term_and_birth(tmp_path):
    rows = [["title", "lat", "lng", "town", "group", "description"]]
    for i, (by, status, verdict) in enumerate(((1979, "Convicted", "Convicted 2 May 2022 to 3 years' imprisonment"),
                                               (1990, "Under investigation", "Under investigation, released on bail"),
                                               (None, "Convicted", "Convicted 9 June 2021 to 2 years suspended"))):
        head = f"<strong>{PEOPLE[i]}</strong>" + (f" (born {by})" if by else "")
        rows.append([PEOPLE[i], "47.1", "51.9", "Atyrau", status,
                     f"{head}<br/>Art. 405(2)<br/>Arrested 1 March {2021 + (i == 1)}<br/>{verdict}"])
    with open(tmp_path / "map.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["articles"].tolist() == ["405(2)"] * 3
    assert _iso(cases["detained_on"]) == ["2021-03-01", "2022-03-01", "2021-03-01"]
    assert _iso(cases["sentenced_on"]) == ["2022-05-02", None, "2021-06-09"]
    assert cases["birth_year"].tolist()[:2] == [1979, 1990] and pd.isna(cases["birth_year"].iloc[2])
    assert cases["sentence_months"].tolist()[0] == 36
    sheet = result.manifest["files"][0]["sheets"][0]
    assert "description" not in sheet.get("status_columns", [])  # a record of lines is free text, no status column
    assert "description" in sheet["from_free_text"]["columns"]


# --- a template card; a web address after a value --------------------------------------------------------------

def test_a_template_card_is_not_a_case(tmp_path):
    with open(tmp_path / "base.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([
            ["Name", "Status", "City", "Tie (Y/N)"],
            ["Template — duplicate me", "", "", "No"],
            ["Пример заполнения: Фамилия Имя", "под стражей", "Алматы", "No"],
            [PEOPLE[0], "под стражей", "Алматы", "No"],
            ["Образцов Игорь", "под стражей", "Алматы", "No"],  # a surname, no template word
        ])
    result = clean_paths([tmp_path])
    assert result.cases["name"].tolist() == [PEOPLE[0], "Образцов Игорь"]
    dropped = _problems(result, "not_a_case")
    assert dropped["source_row"].tolist() == [2, 3] and dropped["message"].str.contains("template").all()


def test_a_web_address_after_a_value_is_no_part_of_it():
    block = pd.DataFrame({0: pd.array(["Шымкент (https://example.org/x-1)", "https://example.org/only", None,
                                       "Тараз www.example.kz/p"], dtype="string")})
    assert strip_links(block, {0: "city"})[0].tolist() == ["Шымкент", "https://example.org/only", pd.NA, "Тараз"]


def test_a_note_and_a_formula_keep_their_web_addresses():
    notes = pd.DataFrame({0: pd.array(["see https://example.org/case-7 (court page)"], dtype="string"),
                          1: pd.array(['=HYPERLINK("http://example.invalid")'], dtype="string")})
    kept = strip_links(notes, {0: "notes", 1: "city"})
    assert kept[0].tolist() == ["see https://example.org/case-7 (court page)"]
    assert kept[1].tolist() == ['=HYPERLINK("http://example.invalid")']
