"""Rules learned from red-team set 34 (tests/test_redteam34.py), each tested in wordings of its own.

- Kazakh negates after the phrase: `қамауда емес`, `қамауға алынған жоқ`, or the verb after the phrase in
  its negative form (`қамауға алынбаған`), or the phrase's own verb in that form (`босатылмаған`: not released):
  the phrase does not give its status (parse/status.py); the
  not-detained forms read as under investigation, as `не задержан` does.
- A number alone in a column of parts, under a heading naming the article, is the heading article's part
  (cases.py `_with_heading_articles`), not an article of that number.
- A custody or house arrest the court refused is no such measure (`в санкционировании ареста отказано, подписка о
  невыезде`: under investigation), as a release refused is no release (parse/refusal.py); `продлён на 2 мес.` is the
  amount of an extension, not a term (`продлён до 3 месяцев` is the measure's term), as `extended by` / `to`.
- A tie the person denies is no tie (`negated_affiliation`), also where the denial closes the clause after a
  comma (`DCK (alleged by police, denies)`, `ДВК, отрицает`) or is Kazakh (`жоққа шығарады`); `Democratic
  Choice` without the country names DVK.
"""
from __future__ import annotations

import pytest

from kzanalysis.clean import clean_paths
from kzanalysis.parse.affiliation import parse_affiliation
from kzanalysis.parse.status import parse_measure


@pytest.mark.parametrize("text, status", [
    ("Тергеуде, қамауға алынбаған", "under_investigation"),
    ("ҚАМАУҒА АЛЫНБАҒАН", "under_investigation"),
    ("қамауға алынған жоқ", "under_investigation"),
    ("қазір қамауда емес", "under_investigation"),
    ("қамауға алынды", "pretrial_detention"),  # no negation: detained
    ("тергеу изоляторында қамауда", "pretrial_detention"),
])
def test_a_kazakh_negation_after_the_phrase_takes_its_status_away(text, status):
    assert parse_measure(text).value.status == status


@pytest.mark.parametrize("text", ["босатылмаған", "әлі бостандыққа шықпаған", "мерзімінен бұрын босатылмады"])
def test_a_kazakh_verb_in_its_negative_form_gives_no_release(text):
    parsed = parse_measure(text)
    assert parsed.value is None or parsed.value.status != "released"


@pytest.mark.parametrize("text", ["босатылды", "мерзімінен бұрын босатылды", "бостандыққа шықты"])
def test_the_same_verbs_unnegated_still_release(text):
    assert parse_measure(text).value.status == "released"


def test_house_arrest_denied_in_kazakh_is_no_house_arrest():
    parsed = parse_measure("үй қамағында емес")
    assert parsed.value is None or parsed.value.status != "house_arrest"


def test_a_number_alone_under_an_article_heading_is_the_part_of_that_article(tmp_path):
    (tmp_path / "by_article.csv").write_text(
        "№,ФИО,Год рождения,Город,Часть статьи,Приговор\n"
        "\"Ст. 405 УК РК (участие в деятельности запрещённой организации)\",,,,,\n"
        "1,Оспанов Ерлан Маратович,1979,Актобе,2,ограничение свободы на 2 года\n"
        "2,Жумабаева Гульнар Сериковна,1985,Шымкент,1,штраф\n"
        "\"Ст. 174 УК РК (возбуждение розни)\",,,,,\n"
        "3,Калиев Нурлан Болатович,1990,Уральск,1,лишение свободы на 3 года\n"
        "4,Сейткали Алия Ержановна,1988,Атырау,2.,лишение свободы на 5 лет\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    assert result.cases["articles"].tolist() == ["405(2)", "405(1)", "174(1)", "174(2)"]
    assert not result.problems["problem"].eq("unknown_article").any()


@pytest.mark.parametrize("text", [
    "Koshe Partiyasy (per police, denies)",
    "Koshe (named by investigators, denies)",
    "ДВК, отрицает",
    "Көше партиясына қатысын жоққа шығарады",
])
def test_a_tie_the_person_denies_is_no_tie(text):
    parsed = parse_affiliation(text)
    assert parsed.value is None and parsed.problem == "negated_affiliation"


@pytest.mark.parametrize("text, group", [
    ("member of Democratic Choice", "DVK"),
    ("Democratic Choice of Kazakhstan", "DVK"),
    ("DVK member, denies the charges", "DVK"),  # the charges denied, not the tie
    ("Koshe Partiyasy, parole denied", "Koshe Partiyasy"),
])
def test_ties_still_read(text, group):
    assert parse_affiliation(text).value.affiliation == group


def test_a_running_number_glued_to_the_name_header_names_the_name():
    from kzanalysis.header_vocab import lookup_how

    assert lookup_how("№ п/п Ф.И.О.") == ("name", "alias (part)")
    assert lookup_how("No. Full name")[0] == "name"
    assert lookup_how("№ п/п")[0] == "row_number"


def test_a_page_whose_header_moved_one_column_is_read_under_its_own_header_then_the_first_again(tmp_path):
    head = ["№", "ФИО", "Год рождения", "Город", "Статья", "Дата задержания", "Мера пресечения"]
    rows = [head,
            ["1", "Ахметов Бауыржан Серикович", "1980", "Актобе", "ст. 405 ч.2", "03.03.2021", "под стражей"],
            ["2", "Бекова Динара Ерлановна", "1991", "Атырау", "ст. 174 ч.1", "14.05.2021", "домашний арест"],
            ["№ ФИО", "Год рождения", "Город", "Статья", "Дата задержания", "Мера пресечения", ""],
            ["3 Валиев Тимур Асхатович", "1975", "Семей", "ст. 405 ч.1", "21.06.2021", "под стражей", ""],
            ["4 Гаухар Нурланова", "1988", "Тараз", "ст. 274 ч.2", "09.09.2021", "подписка о невыезде", ""],
            head,
            ["5", "Доспаев Арман Муратович", "1969", "Кокшетау", "ст. 405 ч.2", "30.10.2021", "домашний арест"]]
    (tmp_path / "annex_from_pdf.csv").write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    result = clean_paths([tmp_path])
    cases = result.cases
    assert cases["city"].tolist() == ["Aktobe", "Atyrau", "Semey", "Taraz", "Kokshetau"]
    assert cases["birth_year"].tolist() == [1980, 1991, 1975, 1988, 1969]
    assert cases["articles"].tolist() == ["405(2)", "174(1)", "405(1)", "274(2)", "405(2)"]
    assert cases["status"].tolist() == ["pretrial_detention", "house_arrest", "pretrial_detention", "under_investigation",
                                        "house_arrest"]
    assert cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-03-03", "2021-05-14", "2021-06-21",
                                                                     "2021-09-09", "2021-10-30"]


def test_a_wrapped_rest_holding_a_patronymic_and_a_year_continues_the_case_and_a_page_number_does_not(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in [
        ["№", "ФИО", "Год рождения", "Город", "Статья", "Дата возбуждения дела", "Мера"],
        [1, "Абдрахманов Серик", 1970, "Костанай", "ч.2 ст.405 УК РК,", "3 марта", "под стражей"],
        [None, "Жанатович", None, None, "ч.1 ст.174 УК РК", "2021 г.", None],
        [2, "Ильясова Марина Олеговна", 1982, "Талдыкорган", "ч.1 ст.174 УК РК", "12.04.2021", "домашний арест"],
        [None, None, None, None, "- 4 -", None, None],
        [3, "Кенжебеков Ержан", 1993, "Туркестан", "ч.2 ст.405 УК РК", "17 мая", "подписка о невыезде"],
        [None, "Русланович", None, None, None, "2021 г.", None],
        [4, "Мусина Айгуль Кайратовна", 1977, "Экибастуз", "ч.1 ст.274 УК РК,", "01.09.2021", "под стражей"],
        [None, None, None, None, "ч.2 ст.405 УК РК", None, None],
    ]:
        ws.append(row)
    wb.save(tmp_path / "annex.xlsx")
    result = clean_paths([tmp_path])
    cases = result.cases
    assert len(cases) == 4
    assert cases["articles"].tolist() == ["174(1); 405(2)", "174(1)", "405(2)", "274(1); 405(2)"]
    assert cases["started_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-03-03", "2021-04-12", "2021-05-17", "2021-09-01"]
    dropped = result.problems.loc[result.problems["source_row"].isin([3, 5, 7])]
    assert dropped.set_index("source_row")["problem"].to_dict() == {3: "continuation_row", 5: "not_a_case", 7: "continuation_row"}


@pytest.mark.parametrize("text, status, months", [
    ("в санкционировании ареста отказано, подписка о невыезде", "under_investigation", None),
    ("суд отказал в аресте; подписка о невыезде", "under_investigation", None),
    ("house arrest refused, travel ban", "under_investigation", None),
    ("под стражей, жалоба отклонена", "pretrial_detention", None),  # the complaint refused, not the custody
    ("срок содержания под стражей продлён на 2 мес.", "pretrial_detention", None),
    ("мера пресечения - арест, продлена до 4 месяцев", "pretrial_detention", 4),
])
def test_a_measure_refused_or_extended(text, status, months):
    value = parse_measure(text).value
    assert (value.status, value.months) == (status, months)
