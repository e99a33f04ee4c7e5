"""Red-team set 29 (hold-out): places and Kazakh sources.

Lists written by an outsider to the cleaner (who read neither the sample generator, the vocabularies nor
the modules), in the layouts of lists kept by regional Kazakh-language and bilingual sources, with places
written every way people write them. `write_lists(folder)` writes the files and returns the truth: one row
per non-blank row below a header row.

Files and what each stresses
----------------------------
1. `batys_kukyk_ortalygy.xlsx`, sheet `Тізім-Список`: a West Kazakhstan (Орал) rights centre's
   bilingual kk/ru list. Two title rows; a header over two rows whose every cell is "Kazakh / Russian"
   (`Аты-жөні / Ф.И.О.`), a group cell `Күндері / Даты` merged over `ұсталған / задержания` and
   `үкім / приговора`, the other header cells merged down. Year headings merged across the table
   (`2019 жыл / год`), a total row (`Барлығы / Итого: N адам / чел.`) and two footnotes. Places: `Орал қ.`,
   `г. Уральск`, `Уральск, ЗКО`, `Oral q.` (2021 Latin), `пос. Деркул (г. Уральск)`, `Зачаганск, г. Уральск`,
   `Ақтөбе қ.`, `Актюбинск`, `Атырау қ.`. Articles in Kazakh (`ҚК 405-бап 2-бөлік`, `174-бап 1-б.`),
   Russian (`ч.2 ст.405 УК РК`) and mixed in one cell, with an administrative `ӘҚБтК 488-бап` beside a
   criminal one in some cells. Measures code-switched (`5 жыл бас бостандығынан айыру / лишение свободы`).
   Detention dates as date cells, `dd.mm.yyyy ж.` text, or a Kazakh month and year (`наурыз 2019`);
   sentence dates as date cells or text. Years of birth as `1984`, `1984 ж.т.`, `1984 г.р.`.
2. `shygys_monitoring.csv` (UTF-8 with BOM, comma): an East Kazakhstan / Abai monitor in Russian with the
   region written "as in the case file" (`ВКО` for Semey before June 2022), a city column written
   `Семипалатинск`, `г. Семей`, `Семей қ.`, `Усть-Каменогорск`, `Өскемен қ.`, `г.Усть-Каменогорск (ВКО)`,
   `Зыряновск`, `г. Алтай (бывш. Зыряновск)`, `Риддер`, `г. Риддер (бывш. Лениногорск)`,
   `Өскемен / Усть-Каменогорск`, and addresses on an Abai street (`г. Семей, ул. Абая 101`,
   `г. Усть-Каменогорск, пр. Абая, 5-12`: the street's name is not the region), and full dates of birth
   (`14.02.1979`). Sentence and
   current status in two columns (`5 лет л/св` + `освобождён по УДО`), a DVK yes/no column with `да`,
   `нет`, `?` and blanks. A comment line under the header (`# данные на 01.02.2024 ...`) and a last line
   of sources: not cases.
3. `jetisu_almaty_oblysy.xlsx`, sheets `Талдықорған` and `Қонаев-Қапшағай`: a Kazakh-language regional
   newspaper's list of January-2022 and later cases, all headers in Kazakh, one title row, a region
   column written as before June 2022 (`Алматы облысы` for Taldykorgan and Tekeli, whose region is now
   Jetisu) or after it (`Жетісу облысы`). Places `Талды-Курган`, `Талдықорған қ.`, `Талдыкорган`,
   `Текелі қ.`, `Талдықорған қ., Абай көшесі, 45`, `Қапшағай`, `Капчагай`, `Қонаев қ.`,
   `г. Конаев (бывш. Капшагай)`. Dates
   `2022 жылғы 5 қаңтар`, `05.01.2022`, `қаңтар 2022`. Statuses in Kazakh with Russian in brackets.
   A sub-heading row per court district (`Талдықорған қалалық соты`) and a closing note row.
4. `sot_shejiresi.xlsx`, sheet `Chronicle`: a journalists' court chronicle of the south, north and centre
   with a header in 2021 Latin Kazakh over Russian (`Aty-jönı / ФИО`, `Öñır / Регион`, `Qala / Город`),
   places in Latin and Cyrillic and old names (`Şymkent q.`, `Чимкент`, `Petropavl`, `Петропавловск, СКО`,
   `Кзыл-Орда`, `Qyzylorda q.`, `Джезказган`, `Jezqazğan q.`, `Сатпаев`, `Türkıstan q.`), a region
   column with old abbreviations (`ЮКО`, `СКО`, `Карагандинская обл.`) and Latin names. Dates ISO text,
   `dd.mm.yyyy`, or a year alone. Measures in Latin Kazakh (`5 jyl bas bostandyğynan aiyru`) or Russian.
   A `Partiia / Партия` column naming the DVK or Koshe in several spellings. Two page-break rows
   (`келесі бет / следующая страница`) and a total.
5. `onirler_eki_tilde.xlsx`, sheet `Деректер`: a bilingual list of cases in many regions with TWO region
   columns under a merged `Өңір / Регион` group: `2022 жылға дейін / до 06.2022` (the region at the time,
   `ВКО`, `ШҚО`, `ОҚО`, `Карагандинская обл.`, `Алматинская обл.`) and `қазір / сейчас` (today's region,
   Kazakh, Russian or 2021 Latin). Places with the region first (`ЗКО, г.Уральск`, `СКО, Петропавловск`),
   Kazakh region abbreviations (`Семей қ., ШҚО`, `Орал қ., БҚО`, `Петропавл қ. (СҚО)`, `Шымкент, ОҚО`),
   a city district named like a region (`Шымкент қ., Абай ауданы` is Shymkent, not Abai region),
   old names with the new in brackets and the other way round (`Гурьев (Атырау)`,
   `Семей (бұрынғы Семипалатинск)`, `Qonaev q. (Qapşağai)`), a district with its town
   (`Талгар ауданы, Талгар қ.`, `Қарасай ауданы, Қаскелең қ.`), and a district with no town at all
   (`Бөрлі ауданы, БҚО`; `Ақмола обл., Целиноград ауданы`, whose name is an old name of Astana).
   Articles in Kazakh genitive forms (`ҚК-нің 405-бабының 2-бөлігі`, `405-баптың 2-бөлігі`), code-switched
   (`ст.405 2-бөлік`) or bare (`405 (2)`); an administrative `ӘҚБтК 488-бап 6-бөлік` alone. Dates with a
   Kazakh locative (`2021 ж. 5 наурызда`), two-digit years (`05.03.21`), no leading zeros (`5.3.2021`),
   `наурыз, 2021`, and a range of two days. Measures with verbs and number words (`колонияда жазасын
   өтеуде, 5 жыл`, `екі жылға бас бостандығын шектеу`, `15 тәулік әкімшілік қамақ`). A ties column with
   `ДВК-ға қатысы жоқ` ("nothing to do with DVK") and `Көше партиясы?`.

Decisions for the truth
-----------------------
- city: the current official English name of the town the cell names (a settlement written with its
  town in brackets or after a comma is that town: `пос. Деркул (г. Уральск)` is Oral). Old names are the
  town of today: Уральск -> Oral, Семипалатинск -> Semey, Усть-Каменогорск -> Oskemen, Зыряновск ->
  Altay, Талды-Курган -> Taldykorgan, Капчагай -> Konaev, Кзыл-Орда -> Kyzylorda, Петропавловск ->
  Petropavl, Джезказган -> Zhezkazgan, Чимкент -> Shymkent, Актюбинск -> Aktobe.
- region: the current region of the city, whatever the list's region column says (a region written as it
  was before June 2022 or June 2018 is the region at the time, not today's): Semey -> Abai, Taldykorgan
  and Tekeli -> Jetisu, Zhezkazgan and Satpayev -> Ulytau, Turkistan -> Turkistan, Shymkent -> Shymkent.
- articles: Criminal Code only, ascending; `ӘҚБтК 488-бап` / `КоАП 488` left out.
- status: `лишение свободы` / `бас бостандығынан айыру` -> imprisoned; `ограничение свободы` /
  `бас бостандығын шектеу` -> restricted_freedom; `условное осуждение` / `шартты түрде соттау` ->
  probation; `штраф` / `айыппұл` -> fined (no term); `СИЗО` / `тергеу изоляторында` -> pretrial_detention;
  `домашний арест` / `үй қамағы` -> house_arrest; `под следствием` / `тергеуде` -> under_investigation;
  `оправдан` / `ақталды` -> acquitted; `освобождён по УДО`, `по амнистии`, `босатылды` -> released (the
  sentence's term is kept); `принудительное лечение` -> compulsory_treatment. In file 2 the status column
  (`Статус на 01.02.2024`) is the latest stage, the sentence column gives the term.
- sentence_months: the term of the sentence or measure written (`2 года 6 мес.` = 30), none for a fine.
- started_on: the earliest of the dates given (detention, opening of the case, sentence); a month and
  year is the first of the month (precision month), a year alone the first of January (precision year).
- birth_year: the year written, or the year of a full date of birth.
- dvk_koshe: True only where the row names DVK or Koshe Partiyasy (`ДВК`, `QDT`, `Көше партиясы`,
  `Koshe`, `Уличная партия`, `Demokratiialyq tañdau` written out) or the yes column says `да`; `?`, `нет`,
  blank, and `ДВК?` are False.
- city of a district with no town (`Бөрлі ауданы, БҚО`, `Целиноград ауданы`): none (a district is not a
  town; `Целиноград ауданы` is not Astana); region from the cell or the current-region column.
- `N-б.` after `NNN-бап` in one cell (`405-бап 2-б.`) abbreviates бөлік: part N of that article (the
  article was just named, so `б.` cannot be a second бап).
- Administrative arrest in days (`15 тәулік әкімшілік қамақ`) with only an administrative article: the
  decided reading: status unknown, no term (sentence_months empty), articles empty.
- `ДВК-ға қатысы жоқ` (no tie to DVK) and `Көше партиясы?` (doubt) are False.
- Two-digit years (`05.03.21`) are 20xx (every case here is of 2015-2023), day first.
- Kazakh month names take the locative of their vowel harmony (`сәуірде`, `қыркүйекте`, `наурызда`);
  a first draft wrote `-да` after every month, which no Kazakh writer would, and was corrected.
- Non-case rows: year headings, court-district headings, totals, footnotes, page-break rows, the comment
  and source lines.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FIELDS = ["city", "region", "articles", "status", "sentence_months", "started_on", "started_precision",
          "birth_year", "dvk_koshe", "name"]

SURNAMES = ["Жұмабаев", "Сейтқали", "Иванов", "Нурланов", "Тулегенов", "Ким", "Абдрахманов", "Петренко",
            "Есенғали", "Мухамеджанов", "Оспанов", "Гайнуллин", "Кенжебаев", "Шевченко", "Бекмұрат",
            "Досжанов", "Сарсенбаев", "Калиев", "Әбілқайыр", "Мамытов", "Смагулов", "Ермеков", "Пак",
            "Байжанов", "Қуанышев", "Литвиненко", "Омаров", "Тәжібаев", "Хасенов", "Рахимов"]
FIRST = ["Ерлан", "Айгүл", "Марат", "Жанар", "Сергей", "Бауыржан", "Гүлнар", "Нұрлан", "Ольга", "Асхат",
         "Дәурен", "Камила", "Тимур", "Мадина", "Арман", "Светлана", "Қайрат", "Әсел", "Руслан", "Динара"]
LATIN_SURNAMES = ["Jūmabaev", "Seitqali", "Nūrlanov", "Tölegenov", "Abdirahmanov", "Esenğali", "Ospanov",
                  "Kenjebaev", "Bekmūrat", "Dosjanov", "Sarsenbaev", "Qaliev", "Smağūlov", "Ermekov", "Omarov"]
LATIN_FIRST = ["Erlan", "Aigül", "Marat", "Janar", "Bauyrjan", "Gülnar", "Nūrlan", "Asqat", "Däuren",
               "Qairat", "Äsel", "Dinara", "Arman", "Timur", "Madina"]

KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
             "қазан", "қараша", "желтоқсан"]
# "in <month>": the locative ending follows the vowel harmony of the month's name
KK_LOCATIVE = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда",
               "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]


def _name(rng: random.Random) -> str:
    s, f = rng.choice(SURNAMES), rng.choice(FIRST)
    female = f in ("Айгүл", "Жанар", "Гүлнар", "Ольга", "Камила", "Мадина", "Светлана", "Әсел", "Динара")
    if female and s.endswith(("ов", "ев")):
        s += "а"
    return f"{s} {f}"


def _latin_name(rng: random.Random) -> str:
    return f"{rng.choice(LATIN_SURNAMES)} {rng.choice(LATIN_FIRST)}"


def _articles_truth(arts: list[tuple[int, int | None]]) -> str:
    return "; ".join(f"{a}({p})" if p else str(a) for a, p in sorted(arts))


ARTICLE_SETS = [[(405, 2)], [(405, 1)], [(174, 1)], [(174, 2)], [(174, 1), (405, 2)], [(274, 2)],
                [(274, 4)], [(405, 2), (258, 1)], [(380, 1)], [(272, 2)], [(182, 2)], [(256, 2)],
                [(378, 1)], [(405, 2), (400, 1)], [(174, 1), (274, 2)]]


def _kk_articles(arts, rng):
    parts = []
    for a, p in arts:
        style = rng.randrange(3)
        if style == 0:
            parts.append(f"{a}-бап {p}-бөлік")
        elif style == 1:
            parts.append(f"{a}-бабы {p}-бөлігі")
        else:
            parts.append(f"{a}-бап {p}-б.")
    return ("ҚК " if rng.random() < 0.5 else "ҚР ҚК ") + "; ".join(parts)


def _ru_articles(arts, rng):
    style = rng.randrange(3)
    if style == 0:
        return ", ".join(f"ч.{p} ст.{a}" for a, p in arts) + " УК РК"
    if style == 1:
        return "; ".join(f"ст. {a} ч. {p}" for a, p in arts)
    return ", ".join(f"{a} ч.{p}" for a, p in arts)


def _latin_articles(arts, rng):
    return "QK " + ", ".join(f"{a}-bap {p}-bölık" for a, p in arts)


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# ------------------------------------------------------------------------------------------------
# Measures: (written, status, months)

def _measure_kkru(rng):
    kind = rng.randrange(10)
    y = rng.choice([1, 2, 3, 4, 5, 6, 7])
    if kind in (0, 1):
        return f"{y} жыл бас бостандығынан айыру / лишение свободы", "imprisoned", 12 * y
    if kind == 2:
        return f"лишение свободы {y} г.", "imprisoned", 12 * y
    if kind == 3:
        m = rng.choice([6, 3])
        return f"{y} жыл {m} ай бас бостандығын шектеу", "restricted_freedom", 12 * y + m
    if kind == 4:
        return f"ограничение свободы на {y} г. / бас бостандығын шектеу", "restricted_freedom", 12 * y
    if kind == 5:
        return f"айыппұл / штраф {rng.choice([100, 250, 500, 1000])} АЕК", "fined", None
    if kind == 6:
        return "тергеу изоляторында (СИЗО)", "pretrial_detention", None
    if kind == 7:
        return "үй қамағы / домашний арест", "house_arrest", None
    if kind == 8:
        return f"{y} жыл шартты түрде соттау (условное осуждение)", "probation", 12 * y
    return f"{y} жыл бас бостандығынан айыру; шартты түрде мерзімінен бұрын босатылды (УДО)", "released", 12 * y


def _measure_kk(rng):
    kind = rng.randrange(10)
    y = rng.choice([1, 2, 3, 4, 5, 8])
    if kind in (0, 1, 2):
        return f"{y} жылға бас бостандығынан айыру", "imprisoned", 12 * y
    if kind == 3:
        return f"{y} жыл 6 ай бас бостандығын шектеу", "restricted_freedom", 12 * y + 6
    if kind == 4:
        return f"айыппұл {rng.choice([200, 400, 800])} АЕК (штраф)", "fined", None
    if kind == 5:
        return "тергеу изоляторында (СИЗО)", "pretrial_detention", None
    if kind == 6:
        return "ақталды (оправдан)", "acquitted", None
    if kind == 7:
        return "үй қамағында", "house_arrest", None
    if kind == 8:
        return f"{y} жыл бас бостандығынан айыру, рақымшылық бойынша босатылды (амнистия)", "released", 12 * y
    return "тергеуде (под следствием)", "under_investigation", None


def _measure_latin(rng):
    kind = rng.randrange(8)
    y = rng.choice([2, 3, 4, 5, 6, 7, 10])
    if kind in (0, 1):
        return f"{y} jyl bas bostandyğynan aiyru", "imprisoned", 12 * y
    if kind == 2:
        return f"{y} лет лишения свободы", "imprisoned", 12 * y
    if kind == 3:
        return f"{y} jyl bas bostandyğyn şekteu", "restricted_freedom", 12 * y
    if kind == 4:
        return f"ограничение свободы {y} г.", "restricted_freedom", 12 * y
    if kind == 5:
        return f"aiyppūl {rng.choice([300, 500, 1000])} AEK", "fined", None
    if kind == 6:
        return "принудительное лечение", "compulsory_treatment", None
    return f"{y} лет л/св, освобождён по амнистии", "released", 12 * y


# ------------------------------------------------------------------------------------------------
# 1. West Kazakhstan bilingual workbook

WEST_PLACES = [("Орал қ.", "Oral", "West Kazakhstan"), ("г. Уральск", "Oral", "West Kazakhstan"),
               ("Уральск, ЗКО", "Oral", "West Kazakhstan"), ("Oral q.", "Oral", "West Kazakhstan"),
               ("пос. Деркул (г. Уральск)", "Oral", "West Kazakhstan"), ("Уральск", "Oral", "West Kazakhstan"),
               ("Зачаганск, г. Уральск", "Oral", "West Kazakhstan"), ("Ақтөбе қ.", "Aktobe", "Aktobe"),
               ("Актюбинск", "Aktobe", "Aktobe"), ("Атырау қ.", "Atyrau", "Atyrau"),
               ("Орал қаласы", "Oral", "West Kazakhstan"), ("г. Актобе", "Aktobe", "Aktobe")]


def _west(folder: Path, rng: random.Random) -> list[dict]:
    fname = "batys_kukyk_ortalygy.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Тізім-Список"
    truth = []
    ws["A1"] = "Батыс Қазақстан облысы бойынша саяси қудалау тізімі / Список политически мотивированных преследований по ЗКО"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Жаңартылған / Обновлено: 01.03.2024"
    top = ["№", "Аты-жөні / Ф.И.О.", "Туған жылы / Год рожд.", "Мекенжайы / Населённый пункт",
           "Айыптау / Обвинение (ҚК бабы / статья УК)", "Күндері / Даты", None, "Жаза / Мера наказания",
           "Ескерту / Примечание"]
    for c, v in enumerate(top, 1):
        if v:
            ws.cell(3, c, v).alignment = Alignment(wrap_text=True)
    ws.cell(4, 6, "ұсталған / задержания")
    ws.cell(4, 7, "үкім / приговора")
    ws.merge_cells("F3:G3")
    for col in "ABCDEHI":
        ws.merge_cells(f"{col}3:{col}4")
    row, n = 5, 0
    for year, count in ((2019, 18), (2020, 14), (2021, 16), (2022, 20), (2023, 14)):
        ws.cell(row, 1, f"{year} жыл / год")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
        row += 1
        for _ in range(count):
            n += 1
            name = _name(rng)
            by = rng.randint(1958, 2001)
            by_w = rng.choice([by, f"{by} ж.т.", f"{by} г.р.", str(by)])
            place, city, region = rng.choice(WEST_PLACES)
            arts = rng.choice(ARTICLE_SETS)
            arts_w = _kk_articles(arts, rng) if rng.random() < 0.5 else _ru_articles(arts, rng)
            if rng.random() < 0.15:
                arts_w += rng.choice(["; ӘҚБтК 488-бап", ", ст. 488 КоАП"])
            det = _rand_date(rng, year, year)
            if det.month == 12:
                det = det.replace(month=rng.randint(1, 10))
            style = rng.randrange(4)
            if style == 0:
                det_w, start, prec = dt.datetime(det.year, det.month, det.day), det, "day"
            elif style == 1:
                det_w, start, prec = det.strftime("%d.%m.%Y") + " ж.", det, "day"
            elif style == 2:
                det_w, start, prec = f"{KK_MONTHS[det.month - 1]} {det.year}", det.replace(day=1), "month"
            else:
                det_w, start, prec = det.strftime("%d.%m.%Y"), det, "day"
            measure, status, months = _measure_kkru(rng)
            sent_w = None
            if status not in ("pretrial_detention", "house_arrest"):
                sent = det + dt.timedelta(days=rng.randint(45, 200))
                sent_w = dt.datetime(sent.year, sent.month, sent.day) if rng.random() < 0.5 else sent.strftime("%d.%m.%Y")
            tie = rng.randrange(8)
            note, dvk = {0: ("ДВК жақтаушысы / сторонник ДВК", True), 1: ("Көше партиясы", True),
                         2: ("ДВК?", False), 3: ("пикет, Facebook-пост", False)}.get(tie, (None, False))
            cells = [n, name, by_w, place, arts_w, det_w, sent_w, measure, note]
            for c, v in enumerate(cells, 1):
                if v is not None:
                    cell = ws.cell(row, c, v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "DD.MM.YYYY"
            truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="case", city=city,
                              region=region, articles=_articles_truth(arts), status=status,
                              sentence_months=months, started_on=_ymd(start), started_precision=prec,
                              birth_year=by, dvk_koshe=dvk, name=name))
            row += 1
    ws.cell(row, 1, f"Барлығы / Итого: {n} адам / чел.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
    row += 2
    for text in ("* ҚК — ҚР Қылмыстық кодексі / УК РК; ӘҚБтК — әкімшілік құқық бұзушылық туралы кодекс",
                 "** Дереккөз: сот актілері, туыстарының өтініштері / Источник: судебные акты, обращения родственников"):
        ws.cell(row, 1, text)
        truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
        row += 1
    wb.save(folder / fname)
    return truth


# ------------------------------------------------------------------------------------------------
# 2. East Kazakhstan / Abai CSV

EAST_PLACES = [("Семипалатинск", "Semey", "Abai", "ВКО"), ("г. Семей", "Semey", "Abai", "ВКО"),
               ("Семей қ.", "Semey", "Abai", "обл. Абай"), ("Усть-Каменогорск", "Oskemen", "East Kazakhstan", "ВКО"),
               ("Өскемен қ.", "Oskemen", "East Kazakhstan", "ВКО"),
               ("г.Усть-Каменогорск (ВКО)", "Oskemen", "East Kazakhstan", "ВКО"),
               ("Зыряновск", "Altay", "East Kazakhstan", "ВКО"),
               ("г. Алтай (бывш. Зыряновск)", "Altay", "East Kazakhstan", "ВКО"),
               ("Риддер", "Ridder", "East Kazakhstan", "Восточно-Казахстанская"),
               ("г. Семей", "Semey", "Abai", "Абайская обл."), ("Павлодар", "Pavlodar", "Pavlodar", "Павлодарская"),
               ("г. Усть-Каменогорск, пр. Абая, 5-12", "Oskemen", "East Kazakhstan", "ВКО"),
               ("г. Семей, ул. Абая 101", "Semey", "Abai", "ВКО"),
               ("Өскемен / Усть-Каменогорск", "Oskemen", "East Kazakhstan", "ВКО"),
               ("г. Риддер (бывш. Лениногорск)", "Ridder", "East Kazakhstan", "ВКО")]


def _sentence_east(rng):
    kind = rng.randrange(9)
    y = rng.choice([1, 2, 3, 5, 6, 7])
    if kind in (0, 1):
        return f"{y} лет л/св" if y >= 5 else f"{y} г. лишения свободы", "отбывает наказание", "imprisoned", 12 * y
    if kind == 2:
        return f"{y} лет л/св" if y >= 5 else f"{y} г. лишения свободы", "освобождён по УДО", "released", 12 * y
    if kind == 3:
        m = rng.choice([0, 6])
        term = f"{y} г. {m} мес." if m else f"{y} г."
        return f"ограничение свободы {term}", "отбывает", "restricted_freedom", 12 * y + m
    if kind == 4:
        return f"штраф {rng.choice([200, 500, 2000])} МРП", "штраф уплачен", "fined", None
    if kind == 5:
        return "", "под следствием", "under_investigation", None
    if kind == 6:
        return "", "в СИЗО г. Семей", "pretrial_detention", None
    if kind == 7:
        return "оправдательный приговор", "оправдан", "acquitted", None
    return f"условное осуждение {y} г.", "на учёте в пробации", "probation", 12 * y


def _east(folder: Path, rng: random.Random) -> list[dict]:
    fname = "shygys_monitoring.csv"
    header = ["№ п/п", "ФИО", "Дата рождения", "Город/район", "Область (как в деле)", "Статьи УК",
              "Дата возбуждения дела", "Дата задержания", "Приговор", "Статус на 01.02.2024", "Связь с ДВК/Көше"]
    lines = [header, ["# данные на 01.02.2024, область указана как в материалах дела"] + [""] * (len(header) - 1)]
    truth = [dict(source_file=fname, source_sheet="", source_row=2, kind="not_a_case")]
    for i in range(1, 81):
        name = _name(rng)
        bd = _rand_date(rng, 1960, 2002)
        place, city, region, reg_w = rng.choice(EAST_PLACES)
        arts = rng.choice(ARTICLE_SETS)
        charged = _rand_date(rng, 2016, 2023)
        det = charged + dt.timedelta(days=rng.randint(-20, 60))
        det_w = det.strftime("%d.%m.%Y") if rng.random() < 0.7 else ""
        charged_style = rng.randrange(3)
        if charged_style == 0:
            ch_w, ch_d, ch_p = charged.strftime("%d.%m.%Y"), charged, "day"
        elif charged_style == 1:
            ch_w, ch_d, ch_p = f"{charged.day} {RU_MONTHS_GEN[charged.month - 1]} {charged.year} г.", charged, "day"
        else:
            ch_w, ch_d, ch_p = charged.strftime("%m.%Y"), charged.replace(day=1), "month"
        if det_w and det < ch_d:
            start, prec = det, "day"
        else:
            start, prec = ch_d, ch_p
        sentence, state, status, months = _sentence_east(rng)
        yes = rng.choice(["да", "нет", "нет", "", "?", "да (ДВК)", "нет"])
        dvk = yes.startswith("да")
        truth.append(dict(source_file=fname, source_sheet="", source_row=len(lines) + 1, kind="case", city=city,
                          region=region, articles=_articles_truth(arts), status=status, sentence_months=months,
                          started_on=_ymd(start), started_precision=prec, birth_year=bd.year, dvk_koshe=dvk,
                          name=name))
        lines.append([str(i), name, bd.strftime("%d.%m.%Y"), place, reg_w, _ru_articles(arts, rng), ch_w, det_w,
                      sentence, state, yes])
    lines.append(["Источники: судебные акты (office.sud.kz), мониторинг судебных заседаний, родственники"]
                 + [""] * (len(header) - 1))
    truth.append(dict(source_file=fname, source_sheet="", source_row=len(lines), kind="not_a_case"))
    with open(folder / fname, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(lines)
    return truth


# ------------------------------------------------------------------------------------------------
# 3. Jetisu / Almaty region Kazakh workbook

JETISU = {
    "Талдықорған": [("Талды-Курган", "Taldykorgan", "Jetisu", "Алматы облысы"),
                    ("Талдықорған қ.", "Taldykorgan", "Jetisu", "Жетісу облысы"),
                    ("Талдыкорган", "Taldykorgan", "Jetisu", "Алматы облысы"),
                    ("Текелі қ.", "Tekeli", "Jetisu", "Алматы облысы"),
                    ("Талдықорған қаласы", "Taldykorgan", "Jetisu", "Жетісу облысы"),
                    ("Талдықорған қ., Абай көшесі, 45", "Taldykorgan", "Jetisu", "Жетісу облысы")],
    "Қонаев-Қапшағай": [("Қапшағай", "Konaev", "Almaty Region", "Алматы облысы"),
                        ("Капчагай", "Konaev", "Almaty Region", "Алматы облысы"),
                        ("Қонаев қ.", "Konaev", "Almaty Region", "Алматы облысы"),
                        ("г. Конаев (бывш. Капшагай)", "Konaev", "Almaty Region", "Алматинская обл.")],
}


def _jetisu(folder: Path, rng: random.Random) -> list[dict]:
    fname = "jetisu_almaty_oblysy.xlsx"
    wb = Workbook()
    truth = []
    header = ["Р/с", "Тегі, аты, әкесінің аты", "Туған жылы", "Тұрғылықты жері", "Облыс", "Қылмыстық іс бабы",
              "Ұсталған күні", "Сот үкімі шыққан күн", "Қазіргі жағдайы", "Ескертпе"]
    courts = {"Талдықорған": ["Талдықорған қалалық соты", "Текелі қалалық соты"],
              "Қонаев-Қапшағай": ["Қонаев (Қапшағай) қалалық соты"]}
    sizes = {"Талдықорған": 44, "Қонаев-Қапшағай": 38}
    for k, (sheet, places) in enumerate(JETISU.items()):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = sheet
        ws["A1"] = f"«Жетісу жаршысы»: 2022 жылғы қаңтар оқиғаларынан кейінгі қылмыстық істер — {sheet}"
        for c, v in enumerate(header, 1):
            ws.cell(2, c, v).font = Font(bold=True)
        row, n = 3, 0
        per_court = sizes[sheet] // len(courts[sheet])
        for court in courts[sheet]:
            ws.cell(row, 1, court)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
            truth.append(dict(source_file=fname, source_sheet=sheet, source_row=row, kind="not_a_case"))
            row += 1
            for _ in range(per_court):
                n += 1
                name = _name(rng)
                by = rng.randint(1965, 2003)
                if court.startswith("Текелі"):
                    place, city, region, obl = ("Текелі қ.", "Tekeli", "Jetisu", rng.choice(["Алматы облысы", "Жетісу облысы"]))
                else:
                    place, city, region, obl = rng.choice([p for p in places if p[1] != "Tekeli"])
                arts = rng.choice([[(272, 2)], [(380, 1)], [(380, 2)], [(272, 2), (380, 1)], [(274, 4)],
                                   [(405, 2)], [(174, 1)], [(272, 2), (188, 3)]])
                year = rng.choice([2022, 2022, 2022, 2023])
                if year == 2022 and rng.random() < 0.6:
                    det = dt.date(2022, 1, rng.randint(4, 28))
                else:
                    det = _rand_date(rng, year, year)
                style = rng.randrange(3)
                if style == 0:
                    det_w, start, prec = f"{det.year} жылғы {det.day} {KK_MONTHS[det.month - 1]}", det, "day"
                elif style == 1:
                    det_w, start, prec = det.strftime("%d.%m.%Y"), det, "day"
                else:
                    det_w, start, prec = f"{KK_MONTHS[det.month - 1]} {det.year}", det.replace(day=1), "month"
                measure, status, months = _measure_kk(rng)
                sent_w = None
                if status not in ("pretrial_detention", "house_arrest", "under_investigation"):
                    sent = det + dt.timedelta(days=rng.randint(60, 240))
                    sent_w = dt.datetime(sent.year, sent.month, sent.day)
                note, dvk = rng.choice([(None, False), (None, False), ("Көше партиясының белсендісі", True),
                                        ("митингке қатысқан", False), ("ДВК белсендісі", True),
                                        (None, False)])
                cells = [n, name, by, place, obl, _kk_articles(arts, rng) if rng.random() < 0.7 else _ru_articles(arts, rng),
                         det_w, sent_w, measure, note]
                for c, v in enumerate(cells, 1):
                    if v is not None:
                        cell = ws.cell(row, c, v)
                        if isinstance(v, dt.datetime):
                            cell.number_format = "DD.MM.YYYY"
                truth.append(dict(source_file=fname, source_sheet=sheet, source_row=row, kind="case", city=city,
                                  region=region, articles=_articles_truth(arts), status=status,
                                  sentence_months=months, started_on=_ymd(start), started_precision=prec,
                                  birth_year=by, dvk_koshe=dvk, name=name))
                row += 1
        ws.cell(row, 1, "Ескерту: тізім сот актілері мен туыстардың айтуы бойынша жасалды.")
        truth.append(dict(source_file=fname, source_sheet=sheet, source_row=row, kind="not_a_case"))
    wb.save(folder / fname)
    return truth


# ------------------------------------------------------------------------------------------------
# 4. Court chronicle, Latin / Cyrillic header

CHRON_PLACES = [("Şymkent q.", "ЮКО", "Shymkent", "Shymkent"), ("Чимкент", "ЮКО", "Shymkent", "Shymkent"),
                ("Шымкент қ.", "Шымкент", "Shymkent", "Shymkent"),
                ("Petropavl", "Soltüstık Qazaqstan", "Petropavl", "North Kazakhstan"),
                ("Петропавловск, СКО", "СКО", "Petropavl", "North Kazakhstan"),
                ("Кзыл-Орда", "Кзыл-Ординская обл.", "Kyzylorda", "Kyzylorda"),
                ("Qyzylorda q.", "Qyzylorda oblysy", "Kyzylorda", "Kyzylorda"),
                ("Джезказган", "Карагандинская обл.", "Zhezkazgan", "Ulytau"),
                ("Jezqazğan q.", "Ūlytau oblysy", "Zhezkazgan", "Ulytau"),
                ("Сатпаев", "Карагандинская обл.", "Satpayev", "Ulytau"),
                ("Türkıstan q.", "ЮКО", "Turkistan", "Turkistan"),
                ("Туркестан", "Туркестанская обл.", "Turkistan", "Turkistan"),
                ("Караганда", "Карагандинская обл.", "Karaganda", "Karaganda"),
                ("Нур-Султан", "г. Нур-Султан", "Astana", "Astana"),
                ("Алма-Ата", "г. Алматы", "Almaty", "Almaty")]

PARTY = [("", False), ("", False), ("", False), ("QDT", True), ("ДВК", True), ("Koshe partiiasy", True),
         ("Уличная партия", True), ("Demokratiialyq tañdau (ДВК)", True), ("ДВК?", False), ("—", False),
         ("Азат", False)]


def _chronicle(folder: Path, rng: random.Random) -> list[dict]:
    fname = "sot_shejiresi.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Chronicle"
    ws["A1"] = "Sot şejıresı / Судебная хроника: оңтүстік, солтүстік, орталық өңірлер 2015–2023"
    ws["A2"] = "Derekközder: sot aktılerı, BAQ / Источники: судебные акты, СМИ"
    header = ["Aty-jönı / ФИО", "Tuğan jyly / Год рожд.", "Qala / Город", "Öñır / Регион", "Bap / Статья",
              "Ūstalğan / Задержан", "Ükım künı / Дата приговора", "Ükım / Приговор", "Partiia / Партия"]
    for c, v in enumerate(header, 1):
        ws.cell(3, c, v).font = Font(bold=True)
    truth = []
    row = 4
    for i in range(80):
        if i in (27, 54):
            ws.cell(row, 1, "— — —  келесі бет / следующая страница  — — —")
            truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
            row += 1
        name = _latin_name(rng) if rng.random() < 0.45 else _name(rng)
        by = rng.randint(1960, 2000)
        place, reg_w, city, region = rng.choice(CHRON_PLACES)
        if region == "Turkistan" and reg_w == "ЮКО":
            year = rng.randint(2015, 2017)
        elif reg_w == "ЮКО":
            year = rng.randint(2015, 2017)
        elif place in ("Нур-Султан",):
            year = rng.randint(2019, 2021)
        else:
            year = rng.randint(2015, 2023)
        arts = rng.choice(ARTICLE_SETS)
        arts_w = _latin_articles(arts, rng) if rng.random() < 0.4 else _ru_articles(arts, rng)
        det = _rand_date(rng, year, year)
        if det.month > 9:
            det = det.replace(month=rng.randint(1, 9))
        style = rng.randrange(4)
        if style == 0:
            det_w, start, prec = det.isoformat(), det, "day"
        elif style == 1:
            det_w, start, prec = det.strftime("%d.%m.%Y"), det, "day"
        elif style == 2:
            det_w, start, prec = str(det.year), dt.date(det.year, 1, 1), "year"
        else:
            det_w, start, prec = None, None, None
        sent = det + dt.timedelta(days=rng.randint(60, 150))
        sent_w = sent.strftime("%d.%m.%Y") if rng.random() < 0.6 else sent.isoformat()
        if start is None:
            start, prec = sent, "day"
        measure, status, months = _measure_latin(rng)
        party, dvk = rng.choice(PARTY)
        cells = [name, by, place, reg_w, arts_w, det_w, sent_w, measure, party or None]
        for c, v in enumerate(cells, 1):
            if v is not None:
                ws.cell(row, c, v)
        truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="case", city=city,
                          region=region, articles=_articles_truth(arts), status=status, sentence_months=months,
                          started_on=_ymd(start), started_precision=prec, birth_year=by, dvk_koshe=dvk, name=name))
        row += 1
    ws.cell(row, 1, "Jiyny / Всего: 80")
    truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
    wb.save(folder / fname)
    return truth


# ------------------------------------------------------------------------------------------------
# 5. Regions before and after 2022, two region columns, places with district and town

# (written place, region before June 2022 as written, region now as written, city, region)
REGION_PLACES = [
    ("ЗКО, г.Уральск", "ЗКО", "Батыс Қазақстан обл.", "Oral", "West Kazakhstan"),
    ("Орал қ., Деркөл кенті", "ЗКО", "ЗКО", "Oral", "West Kazakhstan"),
    ("Абай обл., Семей", "ВКО", "Абай облысы", "Semey", "Abai"),
    ("Семей (бұрынғы Семипалатинск)", "Шығыс Қазақстан обл.", "Абай обл.", "Semey", "Abai"),
    ("Кокчетав", "Акмолинская обл.", "Ақмола облысы", "Kokshetau", "Akmola"),
    ("Гурьев (Атырау)", "Атырауская обл.", "Атырау облысы", "Atyrau", "Atyrau"),
    ("Нурсултан", "г. Нур-Султан", "Астана қ.", "Astana", "Astana"),
    ("Джезказган", "Карагандинская обл.", "Ұлытау облысы", "Zhezkazgan", "Ulytau"),
    ("Жезқазған қ.", "Қарағанды обл.", "Ұлытау обл.", "Zhezkazgan", "Ulytau"),
    ("Талды-Курган", "Алматинская обл.", "Жетісу облысы", "Taldykorgan", "Jetisu"),
    ("Капчагай", "Алматинская обл.", "Алматы облысы", "Konaev", "Almaty Region"),
    ("Талгар ауданы, Талгар қ.", "Алматинская обл.", "Алматы облысы", "Talgar", "Almaty Region"),
    ("Қарасай ауданы, Қаскелең қ.", "Алматинская обл.", "Алматы облысы", "Kaskelen", "Almaty Region"),
    ("Кзыл-Орда", "Кызылординская обл.", "Қызылорда облысы", "Kyzylorda", "Kyzylorda"),
    ("СКО, Петропавловск", "СКО", "Солтүстік Қазақстан обл.", "Petropavl", "North Kazakhstan"),
    ("Усть-Каменогорск", "ВКО", "ВКО", "Oskemen", "East Kazakhstan"),
    ("Жаңаөзен қ.", "Маңғыстау обл.", "Маңғыстау облысы", "Zhanaozen", "Mangystau"),
    ("Екібастұз қ.", "Павлодарская обл.", "Павлодар облысы", "Ekibastuz", "Pavlodar"),
    ("Темиртау", "Карагандинская обл.", "Қарағанды облысы", "Temirtau", "Karaganda"),
    ("Түркістан қ.", "Түркістан обл.", "Түркістан облысы", "Turkistan", "Turkistan"),
    ("Семей қ., ШҚО", "ШҚО", "Абай облысы", "Semey", "Abai"),
    ("Орал қ., БҚО", "БҚО", "БҚО", "Oral", "West Kazakhstan"),
    ("Петропавл қ. (СҚО)", "СҚО", "СҚО", "Petropavl", "North Kazakhstan"),
    ("Шымкент, ОҚО", "ОҚО", "Шымкент қ.", "Shymkent", "Shymkent"),
    ("Шымкент қ., Абай ауданы", "Шымкент қ.", "Шымкент қ.", "Shymkent", "Shymkent"),
    ("Алматы қ., Әуезов ауданы", "Алматы қ.", "Алматы қ.", "Almaty", "Almaty"),
    ("Астана қ., Байқоңыр ауданы", "Нұр-Сұлтан қ.", "Астана қ.", "Astana", "Astana"),
    ("Semei q.", "ŞQO", "Abai oblysy", "Semey", "Abai"),
    ("Taldyqorğan q.", "Almaty oblysy", "Jetısu oblysy", "Taldykorgan", "Jetisu"),
    ("Qonaev q. (Qapşağai)", "Almaty oblysy", "Almaty oblysy", "Konaev", "Almaty Region"),
    ("Öskemen", "ŞQO", "ŞQO", "Oskemen", "East Kazakhstan"),
    ("Бөрлі ауданы, БҚО", "БҚО", "БҚО", None, "West Kazakhstan"),
    ("Ақмола обл., Целиноград ауданы", "Акмолинская обл.", "Ақмола облысы", None, "Akmola"),
]

KK_NUMBERS = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 7: "жеті"}


def _measure_verbs(rng):
    kind = rng.randrange(10)
    y = rng.choice([2, 3, 4, 5, 7])
    if kind in (0, 1):
        return f"колонияда жазасын өтеуде, {y} жыл", "imprisoned", 12 * y, ""
    if kind == 2:
        if rng.random() < 0.5:
            return f"{KK_NUMBERS[y]} жылға бас бостандығынан айыру", "imprisoned", 12 * y, ""
        return f"{y} жылға сотталды (бас бостандығынан айыру)", "imprisoned", 12 * y, ""
    if kind == 3:
        return f"{y} жыл бас бостандығынан айыру, кейін УДО", "released", 12 * y, ""
    if kind == 4:
        if rng.random() < 0.5:
            return f"{KK_NUMBERS[y]} жылға бас бостандығын шектеу", "restricted_freedom", 12 * y, ""
        return f"бас бостандығын шектеу {y} жыл, пробация бақылауында", "restricted_freedom", 12 * y, ""
    if kind == 5:
        return "сот ақтады (оправдан)", "acquitted", None, ""
    if kind == 6:
        return "15 тәулік әкімшілік қамақ", "unknown", None, "cao"
    if kind == 7:
        return "мәжбүрлі емдеу (принудительное лечение)", "compulsory_treatment", None, ""
    if kind == 8:
        return "қамауда, тергеу жүріп жатыр (СИЗО)", "pretrial_detention", None, ""
    return f"айыппұл салынды, {rng.choice([150, 300, 600])} АЕК", "fined", None, ""


def _articles_verbs(arts, rng):
    style = rng.randrange(4)
    if style == 0:
        return "; ".join(f"ҚК-нің {a}-бабының {p}-бөлігі" for a, p in arts)
    if style == 1:
        return ", ".join(f"{a}-баптың {p}-бөлігі" for a, p in arts)
    if style == 2:
        return ", ".join(f"ст.{a} {p}-бөлік" for a, p in arts)
    return ", ".join(f"{a} ({p})" for a, p in arts)


PARTY_KK = [("", False), ("", False), ("азаматтық белсенді", False), ("QDT (ДВК) жақтаушысы", True),
            ("Köşe partiiasy", True), ("ДВК-ға қатысы жоқ", False), ("Street Party", True),
            ("Көше партиясы?", False)]


def _regions(folder: Path, rng: random.Random) -> list[dict]:
    fname = "onirler_eki_tilde.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Деректер"
    ws["A1"] = "Өңірлердегі саяси қудалау / Политические преследования в регионах (облыстар 2022 ж. маусымға дейін және қазір)"
    top = ["№", "Аты-жөні / ФИО", "Т.ж. / Г.р.", "Өңір / Регион", None, "Елді мекен / Нас. пункт", "Бап / Статья",
           "Ұсталды / Задержан", "Шешім / Решение", "Саяси байланыс / Связь"]
    for c, v in enumerate(top, 1):
        if v:
            ws.cell(2, c, v).font = Font(bold=True)
    ws.cell(3, 4, "2022 жылға дейін / до 06.2022")
    ws.cell(3, 5, "қазір / сейчас")
    ws.merge_cells("D2:E2")
    for col in "ABCFGHIJ":
        ws.merge_cells(f"{col}2:{col}3")
    truth = []
    row = 4
    for i in range(1, 73):
        name = _name(rng)
        by = rng.randint(1962, 2002)
        place, before, now, city, region = rng.choice(REGION_PLACES)
        measure, status, months, cao = _measure_verbs(rng)
        if cao:
            arts, arts_w = [], f"ӘҚБтК 488-бап {rng.choice([6, 8, 10])}-бөлік"
        else:
            arts = rng.choice(ARTICLE_SETS)
            arts_w = _articles_verbs(arts, rng)
        if "Нурсултан" in place or before == "Нұр-Сұлтан қ.":
            year = rng.choice([2019, 2020, 2021])
        elif before == "ОҚО":
            year = rng.choice([2015, 2016, 2017])
        else:
            year = rng.choice([2018, 2019, 2020, 2021, 2022])
        det = _rand_date(rng, year, year)
        style = rng.randrange(5)
        if style == 0:
            det_w, start, prec = f"{det.year} ж. {det.day} {KK_LOCATIVE[det.month - 1]}", det, "day"
        elif style == 1:
            det_w, start, prec = det.strftime("%d.%m.%y"), det, "day"
        elif style == 2:
            det_w, start, prec = f"{det.day}.{det.month}.{det.year}", det, "day"
        elif style == 3:
            det_w, start, prec = f"{KK_MONTHS[det.month - 1]}, {det.year}", det.replace(day=1), "month"
        else:
            later = det + dt.timedelta(days=rng.randint(1, 5))
            det_w, start, prec = f"{det.strftime('%d.%m.%Y')}–{later.strftime('%d.%m.%Y')}", det, "day"
        party, dvk = rng.choice(PARTY_KK)
        cells = [i, name, by, before, now, place, arts_w, det_w, measure, party or None]
        for c, v in enumerate(cells, 1):
            if v is not None:
                ws.cell(row, c, v)
        truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="case", city=city,
                          region=region, articles=_articles_truth(arts) if arts else None, status=status,
                          sentence_months=months, started_on=_ymd(start), started_precision=prec, birth_year=by,
                          dvk_koshe=dvk, name=name))
        row += 1
    ws.cell(row, 1, "Ескерту: «2022 жылға дейін» бағанында облыс іс қозғалған кездегідей жазылған.")
    truth.append(dict(source_file=fname, source_sheet=ws.title, source_row=row, kind="not_a_case"))
    wb.save(folder / fname)
    return truth


def write_lists(folder: Path) -> pd.DataFrame:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    rows += _west(folder, random.Random(2901))
    rows += _east(folder, random.Random(2902))
    rows += _jetisu(folder, random.Random(2903))
    rows += _chronicle(folder, random.Random(2904))
    rows += _regions(folder, random.Random(2905))
    truth = pd.DataFrame(rows)
    for f in FIELDS:
        if f not in truth:
            truth[f] = None
    truth["sentence_months"] = truth["sentence_months"].astype("Int64")
    truth["birth_year"] = truth["birth_year"].astype("Int64")
    truth["dvk_koshe"] = truth["dvk_koshe"].fillna(False).astype(bool)
    return truth[["source_file", "source_sheet", "source_row", "kind", *FIELDS]]
