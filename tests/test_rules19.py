"""General rules learned from red-team set 19, each tested in wordings of its own (not those of the set):
charges named in words (ru, kk, en), a cell of labelled lines from a Word table, a filled-in template's
instruction row and worked example, `p.` beside `part` in one cell, hashtags and joined-up names of a
tie, and words for "no group" in an affiliation column. Small lists written inline."""
from __future__ import annotations

import pandas as pd
from factories import problems_of as _problems
from factories import write_xlsx as _xlsx

from kzanalysis.clean import clean_paths
from kzanalysis.parse.affiliation import find_dvk_koshe, parse_affiliation
from kzanalysis.parse.articles import format_articles, parse_articles

PEOPLE = ["Жаксыбекова Алия", "Пономарёв Игорь", "Сарсенбаев Ильяс", "Ким Виктория", "Оразбаев Нурсултан"]


def _display(text: str) -> str | None:
    return format_articles(parse_articles(text).value)


def test_charges_named_in_words_are_read_by_their_name_in_any_inflection():
    assert _display("обвиняется в возбуждении религиозной розни") == "174"
    assert _display("за распространение ложной информации в соцсетях") == "274"
    assert _display("Участие в массовых беспорядках") == "272(2)"
    assert _display("пропаганды терроризма") == "256"
    assert _display("Incitement of religious and national discord") == "174"
    assert _display("knowingly spreading false information") == "274"
    assert _display("membership in a banned organization") == "405(2)"
    assert _display("діни алауыздықты қоздырғаны үшін") == "174"
    assert _display("тыйым салынған ұйымдардың қызметін ұйымдастыру") == "405(1)"


def test_the_part_the_wording_fixes_and_several_charges_in_one_cell():
    # organising is part 1 of art. 405, taking part part 2; both named: both parts
    assert _display("создание и участие в деятельности запрещённой организации") == "405(1); 405(2)"
    assert _display("участие в деятельности запрещенной организации") == "405(2)"
    # a name does not run across another article's name, a `;` or a line break
    assert _display("финансирование экстремизма и пропаганда терроризма") == "256; 258"
    assert _display("участие в запрещённой организации;\nмассовые беспорядки") == "272; 405(2)"


def test_a_wording_that_fits_two_articles_is_a_problem_not_a_guess():
    result = parse_articles("Participation in an extremist organization")
    assert result.value is None
    assert result.problem == "ambiguous_charge"
    assert "182" in result.message and "405" in result.message and "charge_names.csv" in result.message
    # a name of one of them over the same words settles it
    assert _display("участие в запрещённой экстремистской организации") == "405(2)"
    # words that name no charge stay a loud unparsed_article
    assert parse_articles("по материалам проверки").problem == "unparsed_article"
    # a title of articles.csv is a name too
    assert _display("по делу о хулиганстве") == "293"


def test_a_kazakh_charge_column_is_read_by_its_header_and_by_its_content(tmp_path):
    _xlsx(tmp_path / "kk.xlsx", [
        ["Аты-жөні", "Қала", "Айыптар", "Жағдайы"],
        [PEOPLE[0], "Ақтау", "жалған ақпарат тарату", "үй қамағы"],
        [PEOPLE[2], "Түркістан", "тыйым салынған ұйымның қызметіне қатысқаны", "тергеу изоляторында"],
    ])
    _xlsx(tmp_path / "unnamed.xlsx", [
        ["ФИО", "Город", "Что вменяют", "Мера"],
        [PEOPLE[1], "Павлодар", "разжигание национальной розни", "домашний арест"],
        [PEOPLE[3], "Костанай", "распространение заведомо ложной информации", "домашний арест"],
        [PEOPLE[4], "Семей", "организация деятельности запрещённой организации", "домашний арест"],
    ])
    cases = clean_paths([tmp_path]).cases.set_index("name")
    assert cases.loc[PEOPLE[0], "articles"] == "274"
    assert cases.loc[PEOPLE[2], "articles"] == "405(2)"
    assert cases.loc[PEOPLE[1], "articles"] == "174"
    assert cases.loc[PEOPLE[4], "articles"] == "405(1)"


def test_a_cell_of_labelled_lines_is_read_field_by_field(tmp_path):
    _xlsx(tmp_path / "word.xlsx", [
        ["№", "ФИО", "Город", "Данные по делу"],
        ["1.", PEOPLE[0], "Кокшетау", "Статья: ст. 174 ч. 1 УК РК\nЗадержана: 05.04.2022\nПриговор: 20.09.2022, 3 года ограничения свободы"],
        ["2.", PEOPLE[1], "Кокшетау", "Статья: ст. 405 ч. 2\nАрестован: 11.11.2021\nМера пресечения: под домашним арестом"],
        ["3.", PEOPLE[2], "Кокшетау", ("Статья: ч.2 ст.405\nЗадержан: 02.02.2020\nПриговор: 01.07.2020, 4 года лишения свободы\n"
                                      "Освобождён: 14.03.2022 по амнистии")],
    ])
    result = clean_paths([tmp_path])
    cases = result.cases.set_index("name")
    assert cases["articles"].tolist() == ["174(1)", "405(2)", "405(2)"]
    assert cases["status"].tolist() == ["restricted_freedom", "house_arrest", "released"]
    assert cases["sentence_months"].tolist()[0] == 36 and cases["sentence_months"].tolist()[2] == 48
    assert cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2022-04-05", "2021-11-11", "2020-02-02"]
    assert cases.loc[PEOPLE[2], "released_on"] == pd.Timestamp("2022-03-14")
    assert _problems(result, "unparsed_date").empty and _problems(result, "no_date_column").empty


def test_labelled_lines_in_a_column_no_header_names_are_read_and_it_is_not_unmapped(tmp_path):
    _xlsx(tmp_path / "word.xlsx", [
        ["ФИО", "Город", "Статья", "Хронология"],
        [PEOPLE[3], "Атырау", "ст. 274", "Задержана: 10.10.2022\nМера пресечения: домашний арест"],
        [PEOPLE[4], "Атырау", "ст. 405", "Арестован: 11.10.2022\nМера пресечения: содержится в СИЗО"],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["status"].tolist() == ["house_arrest", "pretrial_detention"]
    assert result.cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2022-10-10", "2022-10-11"]
    assert _problems(result, "unmapped_column").empty


def test_a_column_of_the_sheet_wins_over_a_line_naming_the_same_field(tmp_path):
    _xlsx(tmp_path / "word.xlsx", [
        ["ФИО", "Город", "Статус", "Сведения"],
        [PEOPLE[3], "Тараз", "осуждена, 2 года условно", "Статья: ст. 274 ч. 2\nЗадержана: 01.03.2023\nМера пресечения: домашний арест"],
        [PEOPLE[4], "Тараз", "осужден, 5 лет лишения свободы", "Статья: ст. 405 ч. 1\nЗадержан: 09.09.2022\nМера пресечения: СИЗО"],
    ])
    cases = clean_paths([tmp_path]).cases
    assert cases["status"].tolist() == ["probation", "imprisoned"]
    assert cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2023-03-01", "2022-09-09"]


def test_a_heading_never_overrides_the_row_s_own_status(tmp_path):
    _xlsx(tmp_path / "sections.xlsx", [
        ["ФИО", "Город", "Статья", "Сведения"],
        ["Под следствием", None, None, None],
        [PEOPLE[0], "Актобе", "ст. 274", "Задержана: 03.03.2023\nМера пресечения: содержится в СИЗО"],
        [PEOPLE[1], "Актобе", "ст. 274", "Дело возбуждено: 01.03.2023\nАдвокат: назначен"],
        ["Осуждённые к штрафу, ограничению свободы или условно", None, None, None],
        [PEOPLE[2], "Актобе", "ст. 405", "Задержан: 05.05.2021\nПриговор: 09.09.2021, 2 года условно"],
        [PEOPLE[3], "Актобе", "ст. 405", "Задержана: 06.05.2021"],
    ])
    cases = clean_paths([tmp_path]).cases.set_index("name")
    assert cases.loc[PEOPLE[0], "status"] == "pretrial_detention"  # the row's own measure, not the heading's
    assert cases.loc[PEOPLE[1], "status"] == "under_investigation"  # the heading, where the row gives no status
    assert cases.loc[PEOPLE[2], "status"] == "probation"
    assert cases.loc[PEOPLE[3], "status"] != "fined"  # a heading naming several outcomes gives none of them


def test_a_template_s_instruction_row_and_worked_example_are_dropped(tmp_path):
    _xlsx(tmp_path / "form.xlsx", [
        ["ФИО", "Год рождения", "Город", "Статья", "Дата задержания", "Примечание"],
        ["полностью", "YYYY", "укажите город", "e.g. ст. 405 ч. 2", "дд/мм/гггг", "по желанию"],
        ["Пример: Петров Пётр", 1990, "Алматы", "ст. 405 ч. 2", "01.01.2022", "Sample"],
        [PEOPLE[0], 1984, "Тараз", "ст. 174", "12.12.2022", None],
        [PEOPLE[1], 1979, "Тараз", "ст. 405", "13.12.2022", None],
    ])
    result = clean_paths([tmp_path])
    assert result.cases["name"].tolist() == PEOPLE[:2]
    dropped = _problems(result, "not_a_case")
    assert set(dropped["source_row"]) == {2, 3}
    assert dropped["message"].str.contains("instructions").any() and dropped["message"].str.contains("example").any()
    # no value problem comes from the instruction row
    assert not result.problems["source_row"].isin([2, 3]).loc[result.problems["problem"] != "not_a_case"].any()


def test_an_example_word_in_a_real_case_s_notes_far_below_is_kept(tmp_path):
    rows = [["ФИО", "Город", "Статья", "Примечание"]]
    rows += [[f"{p} {i}", "Тараз", "ст. 405", None] for i, p in enumerate(PEOPLE)]
    rows.append([PEOPLE[0] + " Болатовна", "Тараз", "ст. 405", "пример солидарности"])
    _xlsx(tmp_path / "list.xlsx", rows)
    assert len(clean_paths([tmp_path]).cases) == 6


def test_p_is_a_part_unless_its_own_clause_names_a_part():
    assert _display("Art.179 p.2, art. 405 part 1") == "179(2); 405(1)"
    assert _display("art. 274 part 2 + Art.174 p.1") == "174(1); 274(2)"
    assert parse_articles("paragraph 2 of part 4 of Article 274").value[0].point == 2
    assert _display("paragraphs 1, 2 of part 2 of Article 182") == "182(2)"


def test_hashtags_and_joined_up_names_of_a_tie():
    assert find_dvk_koshe("#free #KosheParty").value.dvk_koshe
    assert find_dvk_koshe("активист #КөшеПартиясы").value.dvk_koshe
    assert find_dvk_koshe("#koshe_partiyasy").value.dvk_koshe
    assert find_dvk_koshe("#StreetParty").value.dvk_koshe
    assert find_dvk_koshe("#FreeSpeech #Almaty").value is None
    doubt = find_dvk_koshe("#KosheParty? (unconfirmed)")
    assert doubt.value is None and doubt.problem == "uncertain_tie"


def test_words_for_no_group_are_not_an_unknown_affiliation():
    for text in ("Independent", "беспартийный", "non-partisan", "Беспартийная"):
        assert parse_affiliation(text).problem is None, text
        assert parse_affiliation(text).value is None, text
    assert parse_affiliation("Independent Trade Union Party").problem == "unknown_affiliation"
