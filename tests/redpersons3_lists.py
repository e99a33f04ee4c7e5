"""Persons hold-out 3: six lists in which invented people reappear under other spellings.

Written by an outsider to the linkage (who did not read its code, its tests, the sample generator or the
vocabularies): lists as NGOs outside the usual circle write them, about invented people only.

Files (534 case rows in all, no other rows; `write_lists` returns one truth row per case row):
1. `kaz_monitor.xlsx`: a Kazakh-language monitoring group; a title row, then `Аты-жөні | Туған жылы | Қала |
   ҚК бабы | Жағдайы | Ұсталған күні`; sheets `2018-2021` (77 rows) and `2022-2025` (47). Kazakh letters,
   surname first, the patronymic as -ұлы / -қызы in about 70% of rows; a few men are written with a -ұлы
   surname (Жанболат Сәрсенбайұлы for Сәрсенбаев). Russian and Uzbek people in Russian Cyrillic.
2. `advokaty_zhelisi.csv` (136): a Russian-language lawyers' network; `;`-separated, numbered, `ФИО | Год
   рождения | Город | Статья УК РК | Мера / приговор | Дата задержания`. Russian letters (Жүнісов -> Жунусов
   or Жунисов), the Russian spellings of Kazakh names (Джанболат, Джумабаев, Адиль, Ильяс, Чингиз for Шыңғыс,
   Абдолла, Мухамед, Утепов for Өтепов, Дюсенов for Дүйсенов), the surname in capitals in about half the rows,
   the patronymic -ович / -овна in most, and "Сурнаме И.О." initials in some.
3. `turk_diaspora_vakfi.xlsx` (68): a Kazakh-diaspora foundation in Turkey; English headers, names written
   from the Kazakh in Turkish letters (Ж -> C, Ш -> Ş, Ч -> Ç, Ы -> ı, Ә -> e, Ө -> ö, Ү -> ü, Ғ -> ğ, dotted
   İ): Canbolat, Kocahmetov, Şınğıs, Zeure Cünisova, İslam. Given name first; sometimes SURNAME first.
   Kazakhs only.
4. `ozbek_huquq.csv` (33): an Uzbek rights group of the south (Shymkent, Turkistan, Taraz, Kyzylorda, Almaty);
   Uzbek Latin (X for Х, Q for Қ, G' for Ғ, O' for Ө, J for Ж, S for Ц: Цой -> Soy), surname first; Uzbeks in
   their Uzbek forms (Юлдашев -> Yo'ldoshev, Усманов -> Usmonov, Кадыров -> Qodirov, Бахтиёр -> Baxtiyor)
   with "Shuxrat o'g'li" patronymics in half their rows.
5. `ukr_media_tracker.csv` (80): a Ukrainian newsroom's tracker; the Russian spelling re-spelt in Ukrainian
   and romanised by the Ukrainian national system (Г -> H: Halym, Habdullin, Hrebeniuk, Uluhbek; И -> i,
   Ы -> y; є -> ye/ie: Sarsenbaiev, Isaieva) and the Ukrainian forms of Russian given names (Сергей -> Serhii,
   Евгений -> Yevhen, Игорь -> Ihor, Юрий -> Yurii, Павел -> Pavlo, Ольга -> Olha, Татьяна -> Tetiana);
   given name first; the birth year often left out.
6. `monthly_digest_initials.xlsx` (93): an English monthly digest keyed by SURNAME in capitals with initials
   ("ZHAKSYLYKOV I.S.", "NURPEISOV Zh.E.") or the given name, in three Latin styles: passport (Erlan, Baizhanov,
   Tsoi), BGN (Yerlan, Bayzhanov, Tsoy) and older informal (Janbolat, Djumabayev, Bayjanov).

People (291): 243 Kazakhs, 28 Russians/Koreans of Kazakhstan, 20 Uzbeks; 36 women. 134 appear once, 96 twice,
45 three times, 23 four to six times; 145 in one list, 105 in two, 32 in three, 9 in four. 53 have a second
case 1.5-3 years after the first; 43 appear two or more times in one list (94 rows). 364 true pairs of rows
(47 of them inside one list). Each case is reported by 1-3 lists with the same date, articles and status.

Variation, in rows (a row can carry several): surname in capitals 91, Ukrainian spelling 80 (12 of them with
the Ukrainian form of a Russian given name), Turkish spelling 68, birth year left out 59, a Russian spelling
other than the usual (Джанболат, Чингиз, Дюсенов, Утепов, Абдолла, Мухамед, Адил/Адиль ...) 53, initials 38,
passport / BGN / informal Latin 36 / 31 / 26, Uzbek Latin 25 (8 in the Uzbek forms of Uzbek names),
birth year one off 12, a volunteer's typo 27 (doubled letter 12, wrong vowel 7, swapped letters 5, dropped
letter 3), SURNAME first in the Turkish list that otherwise writes the given name first 11 (the lists
differ in order anyway: surname first in 1, 2, 4, 6, given name first in 3, 5), a -ұлы surname 4; 116 rows as plain as the list's own style gets.

Namesakes (49 people, 86 rows, 74 pairs of rows of different people inside these groups), all different
people in the truth:
- A (8 groups, 17 people): same surname and given name, born 6-18 years apart, in other cities (Нұрлан
  Ахметов three times: 1967 Karaganda, 1984 Almaty, 1996 Pavlodar; Руслан Ким 1971 Kostanay / 1983 Oral);
- B (3 pairs): same name and same city, born 9-20 years apart, other patronymics (Талғат Мұқанов, Almaty);
- C (2 pairs): same name and same birth year, other city and other patronymic (Ержан Тоқтаров 1983, Kostanay
  son of Мұрат / Oral son of Төлеген); only in the two lists that write patronymics, always written in full;
- D (5 pairs): brothers, same surname, patronymic and city, born 2-6 years apart (Ерлан / Ерболат Сейітов,
  Жандос / Жанболат Жұмабаев: same initials);
- E (4 pairs): husband and wife, -ов / -ова, same city, born within 4 years (Сергей Волков / Наталья Волкова);
- F (2 pairs): father and son, same surname and city, the son's patronymic is the father's name.
Besides these, surnames repeat across unrelated people (Цой ×3, Қасымов, Ғабдуллин ...), never with the same
given name.

Decisions for the truth (a pair is one person only where a careful analyst would say so):
- Namesakes always carry their birth year (exact) and city, never a typo; group C never appears where the
  patronymic is not written. Outside these groups no two people share a surname and given name (compared
  in Russian letters).
- Initials are written only for people no one else could be: nobody with the same surname (either gender's
  form) and the same first letter of the given name born within 3 years; the initial is that of the usual
  spelling (Ж., not Д. for Джанболат). People written by initials somewhere have their exact year in every row.
- A year is left out or one off only for the other half of the people (drawn at random), and never in a row
  with a typo; the digest always gives the year.
- A typo only in a row not written in another script or scheme, by initials, with a -ұлы surname or with a
  Russian spelling variant: never two changes at once in one row.
- Чингиз is the Russian form of Шыңғыс (Shyngys); one person is written both ways, even in one list.
- Women do not change surnames between lists (a marriage would be a coin flip here); no diminutives
  (no list says which diminutive stands for which name); no full dates of birth, no Kazakh 2021 Latin
  lists, no French or German spellings (other hold-outs have them).
- Every miss of the linkage was checked by eye against the truth (see tests/test_redpersons3.py); none had
  to be corrected. Drafts of the generator were corrected after reading the misses of a first run, where
  the pair itself was not defensible (not to suit the linkage): an initial taken from the Джан- variant
  (D. for Жандос), typos stacked on Turkish/Ukrainian spellings, initials meeting a missing or shifted year,
  a man's patronymic on a Russian woman, and the Ukrainian й/є rule applied after vowels as at a word's
  start. The linkage's recall moved with the drafts (0.83, 0.91, 0.87, 0.90); the scores in the test
  module are those of this version.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

SEED = 20261202

# ---------------------------------------------------------------------------------------------------------
# Names. Kazakh names are kept in Kazakh Cyrillic; `RU` gives the spellings Russian-language lists use
# (the first is the usual one; the others are spellings met in Russian texts for the same name).
# ---------------------------------------------------------------------------------------------------------
KZ_MALE = ["Жанболат", "Нұрлан", "Ерлан", "Серік", "Бауыржан", "Асқар", "Ғалым", "Дәурен", "Ержан", "Қайрат",
           "Мұрат", "Талғат", "Әсет", "Бекжан", "Айдос", "Ақылбек", "Жандос", "Ерболат", "Мақсат", "Дархан",
           "Ұлан", "Санжар", "Бақыт", "Шыңғыс", "Әділ", "Қуаныш", "Еркін", "Жұмабек", "Төлеген", "Сәкен",
           "Руслан", "Марат", "Арман", "Бекзат", "Ілияс", "Ислам", "Мұхаммед", "Абдулла", "Мұхтар", "Ғабит",
           "Абдулазиз", "Нұрбол", "Темірлан", "Азамат", "Қанат", "Болат", "Дулат", "Ерназар"]
KZ_FEMALE = ["Айгүл", "Гүлмира", "Жанар", "Шынар", "Динара", "Әсем", "Ботагөз", "Ләззат", "Сәуле", "Мөлдір",
             "Ақмарал", "Айжан", "Назгүл", "Бибігүл", "Роза", "Қарлығаш", "Алтынай", "Зәуре"]
KZ_SURNAMES = ["Сәрсенбаев", "Тоқтаров", "Жақсылықов", "Құдайбергенов", "Әбдірахманов", "Бекмұхамбетов",
               "Нұрғалиев", "Қасымов", "Оспанов", "Жұмабаев", "Есенов", "Төлеуов", "Мұқанов", "Ахметов",
               "Байжанов", "Серікбаев", "Ізбасаров", "Қалиев", "Ермеков", "Сейітов", "Шәріпов", "Ғабдуллин",
               "Әлімжанов", "Жүнісов", "Тұрсынов", "Бекенов", "Дүйсенов", "Садықов", "Смағұлов", "Қожахметов",
               "Өтепов", "Үсенов", "Омаров", "Исаев", "Рахимжанов", "Мамыров", "Қонысбаев", "Айтқалиев",
               "Бейсенов", "Әміров", "Жолдасбеков", "Көшербаев", "Нұрпейісов", "Тәжібаев", "Шалабаев"]
FATHERS = ["Серік", "Болат", "Қайрат", "Марат", "Нұрлан", "Ерлан", "Асқар", "Талғат", "Мұрат", "Бақыт",
           "Қанат", "Дулат", "Жұмабек", "Сәкен", "Төлеген", "Ғалым", "Әділ", "Еркін", "Азамат", "Арман"]

RU = {  # Kazakh Cyrillic -> spellings in Russian texts
    "Жанболат": ["Жанболат", "Джанболат"], "Жандос": ["Жандос", "Джандос"], "Жұмабек": ["Жумабек", "Джумабек"],
    "Мұхаммед": ["Мухаммед", "Мухамед"], "Абдулла": ["Абдулла", "Абдолла"], "Абдулазиз": ["Абдулазиз", "Абдул-Азиз"],
    "Ілияс": ["Ильяс", "Илияс"], "Әділ": ["Адиль", "Адил"], "Бауыржан": ["Бауыржан", "Бауржан"],
    "Шыңғыс": ["Шынгыс", "Чингиз"], "Айгүл": ["Айгуль", "Айгул"], "Гүлмира": ["Гульмира"], "Ләззат": ["Ляззат", "Лаззат"],
    "Мөлдір": ["Мольдир", "Молдир"], "Бибігүл": ["Бибигуль"], "Назгүл": ["Назгуль"], "Шынар": ["Шынар", "Шинар"],
    "Ботагөз": ["Ботагоз"], "Зәуре": ["Зауре"], "Темірлан": ["Темирлан"], "Әсем": ["Асем"],
    "Жұмабаев": ["Жумабаев", "Джумабаев"], "Әбдірахманов": ["Абдрахманов", "Абдирахманов"],
    "Жүнісов": ["Жунусов", "Жунисов"], "Өтепов": ["Утепов", "Отепов"], "Сейітов": ["Сеитов", "Сейтов"],
    "Дүйсенов": ["Дюсенов", "Дуйсенов"], "Төлеуов": ["Толеуов", "Тулеуов"], "Қожахметов": ["Кожахметов"],
    "Әміров": ["Амиров"], "Көшербаев": ["Кошербаев"], "Тәжібаев": ["Тажибаев"], "Нұрпейісов": ["Нурпеисов"],
    "Айтқалиев": ["Айткалиев"], "Ізбасаров": ["Избасаров"],
}

# Russian people of Kazakhstan: Russian Cyrillic, and the Ukrainian form a Ukrainian newsroom writes.
RU_MALE = {"Александр": "Oleksandr", "Сергей": "Serhii", "Олег": "Oleh", "Дмитрий": "Dmytro", "Игорь": "Ihor",
           "Евгений": "Yevhen", "Юрий": "Yurii", "Андрей": "Andrii", "Виктор": "Viktor", "Владимир": "Volodymyr",
           "Николай": "Mykola", "Павел": "Pavlo", "Руслан": "Ruslan"}
RU_FEMALE = {"Наталья": "Nataliia", "Елена": "Olena", "Ольга": "Olha", "Татьяна": "Tetiana", "Ирина": "Iryna"}
RU_SURNAMES = ["Ким", "Хван", "Соколов", "Кузнецов", "Морозов", "Волков", "Павлов", "Лебедев", "Голубев", "Новиков",
               "Шевченко", "Гребенюк", "Белоусов", "Цой", "Зайцев"]
RU_FATHERS = ["Иванович", "Петрович", "Викторович", "Николаевич", "Сергеевич", "Александрович", "Геннадьевич"]

# Uzbeks of the south: Russian-document Cyrillic and the Uzbek Latin spelling (o', g', x, q; Uzbek vowels).
UZ_MALE = {"Бахтиёр": "Baxtiyor", "Шухрат": "Shuxrat", "Улугбек": "Ulug'bek", "Фаррух": "Farrux", "Равшан": "Ravshan",
           "Дильшод": "Dilshod", "Хуршид": "Xurshid", "Ойбек": "Oybek", "Джахонгир": "Jahongir", "Азиз": "Aziz",
           "Шерзод": "Sherzod", "Бобур": "Bobur"}
UZ_SURNAMES = {"Холматов": "Xolmatov", "Юлдашев": "Yo'ldoshev", "Рахимов": "Rahimov", "Каримов": "Karimov",
               "Турсунов": "Tursunov", "Усманов": "Usmonov", "Ахмедов": "Ahmedov", "Мирзаев": "Mirzayev",
               "Кадыров": "Qodirov", "Назаров": "Nazarov", "Юсупов": "Yusupov", "Хасанов": "Hasanov"}
UZ_FATHERS = {"Шухрат": "Shuxrat", "Равшан": "Ravshan", "Азиз": "Aziz", "Бахтиёр": "Baxtiyor", "Ойбек": "Oybek"}

# Cities: (Kazakh, Russian, English). South = where the Uzbek group works.
CITIES = [("Алматы", "Алматы", "Almaty"), ("Астана", "Астана", "Astana"), ("Шымкент", "Шымкент", "Shymkent"),
          ("Орал", "Уральск", "Oral"), ("Ақтөбе", "Актобе", "Aktobe"), ("Жаңаөзен", "Жанаозен", "Zhanaozen"),
          ("Ақтау", "Актау", "Aktau"), ("Тараз", "Тараз", "Taraz"), ("Қызылорда", "Кызылорда", "Kyzylorda"),
          ("Қарағанды", "Караганда", "Karaganda"), ("Павлодар", "Павлодар", "Pavlodar"), ("Семей", "Семей", "Semey"),
          ("Өскемен", "Усть-Каменогорск", "Oskemen"), ("Қостанай", "Костанай", "Kostanay"),
          ("Петропавл", "Петропавловск", "Petropavl"), ("Атырау", "Атырау", "Atyrau"),
          ("Талдықорған", "Талдыкорган", "Taldykorgan"), ("Түркістан", "Туркестан", "Turkistan")]
SOUTH = {"Шымкент", "Тараз", "Қызылорда", "Түркістан", "Алматы"}
UZ_CITIES = ["Шымкент", "Түркістан", "Шымкент", "Тараз"]

ARTICLES = [(405, 2), (405, 1), (174, 1), (174, 2), (274, 2), (179, 2), (182, 1), (256, 2), (272, 2), (380, 1), (293, 2)]
STATUS = {  # status key -> (Kazakh, Russian, English)
    "prison": ("бас бостандығынан айыру", "лишение свободы", "imprisoned"),
    "restricted": ("бас бостандығын шектеу", "ограничение свободы", "restricted freedom"),
    "probation": ("пробациялық бақылау", "пробационный контроль", "probation"),
    "pretrial": ("тергеу изоляторында", "под стражей", "pretrial detention"),
    "released": ("босатылды", "освобожден", "released"),
}

KZ_TO_RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                          "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})
VOWELS = set("аәеёиіоөуұүыэюяaeiouyäöüı")


def ru(word: str) -> str:
    """The usual Russian-letter spelling of a Kazakh word."""
    return RU.get(word, [word.translate(KZ_TO_RU)])[0]


def ru_variants(word: str) -> list[str]:
    return RU.get(word, [word.translate(KZ_TO_RU)])


# Latin schemes, letter by letter on lower-case Cyrillic. `initial` overrides the letter at a word's start
# or after a vowel (е -> ye, я -> ya ...), as BGN and the Ukrainian national system do.
PASSPORT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"]))
BGN = {**PASSPORT, "й": "y", "ё": "yo", "ю": "yu", "я": "ya", "ъ": ""}
BGN_INITIAL = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}
INFORMAL = {**BGN, "ж": "j", "х": "h"}
# A Ukrainian newsroom re-spells a Russian name in Ukrainian letters (г -> г [h], и -> і, ы -> и, е after a
# vowel -> є) and romanises it by the national system of 2010 (є -> ye/ie, й -> y/i, ю -> yu/iu, я -> ya/ia).
UKR = {**PASSPORT, "г": "h", "и": "i", "ы": "y", "ъ": "", "ё": "io"}
UKR_INITIAL = {"е": "ye", "й": "y", "ю": "yu", "я": "ya", "ё": "yo"}
UKR_AFTER_VOWEL = {"е": "ie", "ю": "iu", "я": "ia"}
TURK = dict(zip("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
                ["a", "e", "b", "v", "g", "ğ", "d", "e", "yo", "c", "z", "i", "y", "k", "k", "l", "m", "n", "n", "o",
                 "ö", "p", "r", "s", "t", "u", "u", "ü", "f", "h", "h", "ts", "ç", "ş", "ş", "", "ı", "i", "", "e",
                 "yu", "ya"]))
TURK_INITIAL = {"е": "ye"}  # Sarsenbayev, Yesenov: only after a vowel or at the start
UZB = dict(zip("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
               ["a", "a", "b", "v", "g", "g'", "d", "e", "yo", "j", "z", "i", "y", "k", "q", "l", "m", "n", "ng", "o",
                "o'", "p", "r", "s", "t", "u", "u", "u", "f", "x", "h", "s", "ch", "sh", "sh", "'", "i", "i", "", "e",
                "yu", "ya"]))
UZB_INITIAL = {"е": "ye"}


def latin(word: str, table: dict, initial: dict | None = None, turkish: bool = False,
          after_vowel: dict | None = None, start_only: bool = False) -> str:
    out, prev = [], ""
    for ch in word.lower():
        if ch == "-":
            out.append("-")
            prev = ""
            continue
        if after_vowel and ch in after_vowel and prev in VOWELS:
            out.append(after_vowel[ch])
        elif initial and ch in initial and (prev == "" or (not start_only and (prev in VOWELS or prev in "ьъ"))):
            out.append(initial[ch])
        else:
            out.append(table.get(ch, ch))
        prev = ch
    text = "".join(out)
    return "-".join(_cap(part, turkish) for part in text.split("-"))


def _cap(part: str, turkish: bool) -> str:
    if not part:
        return part
    first = part[0]
    if turkish:
        first = {"i": "İ", "ı": "I"}.get(first, first.upper())
    else:
        first = first.upper()
    return first + part[1:]


def passport(w): return latin(ru(w) if _kz(w) else w, PASSPORT)
def bgn(w): return latin(w, BGN, BGN_INITIAL)
def informal(w): return latin(w, INFORMAL, BGN_INITIAL)
def ukr(w): return latin(w, UKR, UKR_INITIAL, after_vowel=UKR_AFTER_VOWEL, start_only=True)
def turk(w): return latin(w, TURK, TURK_INITIAL, turkish=True)
def uzb(w): return latin(w, UZB, UZB_INITIAL)


def _kz(w: str) -> bool:
    return any(c in w for c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def uly_root(surname: str) -> str:
    """Сәрсенбаев -> Сәрсенбай, Тоқтаров -> Тоқтар: the stem a -ұлы surname is built on."""
    stem = surname[:-2]
    if stem.endswith("а") and surname.endswith("ев"):
        return stem + "й"
    return stem


def ru_patronymic(father_kz: str, female: bool) -> str:
    f = ru(father_kz).replace("ь", "")
    suffix = ("евна" if female else "евич") if f[-1] in "жшчщц" else ("овна" if female else "ович")
    return f + suffix


def kz_patronymic(father_kz: str, female: bool) -> str:
    return father_kz + ("қызы" if female else "ұлы")


def female_surname(s: str) -> str:
    return s + "а" if s[-2:] in ("ов", "ев", "ин") else s


# ---------------------------------------------------------------------------------------------------------
# People and cases
# ---------------------------------------------------------------------------------------------------------
@dataclass
class Person:
    key: str
    ethnic: str  # kz, ru, uz
    female: bool
    given: str  # Kazakh Cyrillic (kz), Russian Cyrillic (ru, uz)
    surname: str
    father: str  # father's given name (kz: Kazakh Cyrillic) or Russian patronymic (ru) or father (uz)
    year: int
    city: str  # Kazakh city name
    uly: bool = False  # writes the surname as -ұлы in Kazakh texts
    namesake: str = ""  # the namesake group this person belongs to ("" for none)
    careful: bool = False  # every row carries year and city; no typo, no year off by one
    initials_ok: bool = True  # nobody else has this surname and initial with a birth year within 3
    sparse_year: bool = False  # some lists leave the year out (then no list writes the person by initials)
    full_only: bool = False  # only in the lists that write the patronymic, always written
    cases: list = field(default_factory=list)


LISTS = ["kaz_monitor.xlsx", "advokaty_zhelisi.csv", "turk_diaspora_vakfi.xlsx", "ozbek_huquq.csv",
         "ukr_media_tracker.csv", "monthly_digest_initials.xlsx"]
WEIGHTS = [0.22, 0.25, 0.13, 0.25, 0.13, 0.17]


def eligible(p: Person, lst: str) -> bool:
    if p.full_only:
        return lst in ("kaz_monitor.xlsx", "advokaty_zhelisi.csv")
    if lst == "turk_diaspora_vakfi.xlsx":
        return p.ethnic == "kz"
    if lst == "ozbek_huquq.csv":
        return p.city in SOUTH or p.ethnic == "uz"
    return True


def make_people(rng: random.Random) -> list[Person]:
    people: list[Person] = []
    used: set[tuple[str, str]] = set()
    n = 0

    def new(**kw) -> Person:
        nonlocal n
        n += 1
        p = Person(key=f"P{n:03d}", **kw)
        people.append(p)
        used.add((ru(p.given), ru(p.surname.rstrip("а")) if p.female else ru(p.surname)))
        return p

    def city():
        return rng.choice(CITIES)[0]

    # --- namesake groups (made first, so the random people avoid their names) ---
    # A. same surname and given name, different birth year (>= 6 apart) and city: 8 pairs
    pairs = [("Нұрлан", "Ахметов"), ("Ерлан", "Оспанов"), ("Асқар", "Қасымов"), ("Марат", "Омаров"),
             ("Серік", "Исаев"), ("Руслан", "Ким"), ("Бақыт", "Есенов"), ("Азамат", "Бекенов")]
    for i, (g, s) in enumerate(pairs):
        eth = "ru" if s == "Ким" else "kz"
        y1 = rng.randint(1962, 1980)
        c1, c2 = rng.sample([c[0] for c in CITIES], 2)
        for y, c in ((y1, c1), (y1 + rng.randint(6, 18), c2)):
            new(ethnic=eth, female=False, given=g, surname=s, father=rng.choice(RU_FATHERS if eth == "ru" else FATHERS),
                year=y, city=c, namesake=f"A{i}", careful=True)
    # A3: the most common name thrice: Нұрлан Ахметов gets a third bearer
    new(ethnic="kz", female=False, given="Нұрлан", surname="Ахметов", father="Жұмабек", year=1996, city="Павлодар",
        namesake="A0", careful=True)
    # B. same name, same city, different birth year (>= 9 apart) and patronymic: 3 pairs
    for i, (g, s, c) in enumerate([("Талғат", "Мұқанов", "Алматы"), ("Дархан", "Садықов", "Шымкент"),
                                   ("Мұрат", "Байжанов", "Қарағанды")]):
        y1 = rng.randint(1960, 1975)
        f1, f2 = rng.sample(FATHERS, 2)
        for y, f in ((y1, f1), (y1 + rng.randint(9, 20), f2)):
            new(ethnic="kz", female=False, given=g, surname=s, father=f, year=y, city=c, namesake=f"B{i}", careful=True)
    # C. same name, same birth year, different city and patronymic: 2 pairs, only in lists writing patronymics
    for i, (g, s) in enumerate([("Ержан", "Тоқтаров"), ("Қанат", "Смағұлов")]):
        y = rng.randint(1975, 1992)
        (c1, c2), (f1, f2) = rng.sample(["Ақтөбе", "Орал", "Атырау", "Қостанай", "Тараз"], 2), rng.sample(FATHERS, 2)
        for c, f in ((c1, f1), (c2, f2)):
            new(ethnic="kz", female=False, given=g, surname=s, father=f, year=y, city=c, namesake=f"C{i}",
                careful=True, full_only=True)
    # D. brothers: same surname, patronymic and city; different given names, born 2-6 years apart: 5 pairs,
    #    two of them with the same initial (Е., Ж.)
    for i, (g1, g2, s) in enumerate([("Ерлан", "Ерболат", "Сейітов"), ("Жандос", "Жанболат", "Жұмабаев"),
                                     ("Айдос", "Санжар", "Нұрғалиев"), ("Дулат", "Болат", "Шалабаев"),
                                     ("Бахтиёр", "Шерзод", "Юлдашев")]):
        eth = "uz" if s == "Юлдашев" else "kz"
        f = "Шухрат" if eth == "uz" else rng.choice(FATHERS)
        c = "Шымкент" if eth == "uz" else city()
        y1 = rng.randint(1970, 1990)
        for g, y in ((g1, y1), (g2, y1 + rng.randint(2, 6))):
            new(ethnic=eth, female=False, given=g, surname=s, father=f, year=y, city=c, namesake=f"D{i}", careful=True)
    # E. husband and wife: same surname (-ов / -ова), same city, often the same case date: 4 couples
    for i, (gm, gf, s) in enumerate([("Мақсат", "Айгүл", "Сәрсенбаев"), ("Бекжан", "Жанар", "Тұрсынов"),
                                     ("Сергей", "Наталья", "Волков"), ("Арман", "Динара", "Ермеков")]):
        eth = "ru" if s == "Волков" else "kz"
        c = city()
        y = rng.randint(1970, 1990)
        fa = (lambda: rng.choice(RU_FATHERS)) if eth == "ru" else (lambda: rng.choice(FATHERS))
        new(ethnic=eth, female=False, given=gm, surname=s, father=fa(), year=y, city=c, namesake=f"E{i}", careful=True)
        new(ethnic=eth, female=True, given=gf, surname=female_surname(s), father=fa(), year=y + rng.randint(-4, 1),
            city=c, namesake=f"E{i}", careful=True)
    # F. father and son: same surname, the son's patronymic is the father's name, same city, ~25 years apart
    for i, (gf, gs, s) in enumerate([("Болат", "Темірлан", "Қалиев"), ("Серік", "Нұрбол", "Ізбасаров")]):
        c, y = city(), rng.randint(1955, 1965)
        new(ethnic="kz", female=False, given=gf, surname=s, father=rng.choice(FATHERS), year=y, city=c,
            namesake=f"F{i}", careful=True)
        new(ethnic="kz", female=False, given=gs, surname=s, father=gf, year=y + rng.randint(22, 30), city=c,
            namesake=f"F{i}", careful=True)

    taken_names = set(used)

    # --- everyone else: unique (given, surname) ---
    def unique(draw):
        while True:
            p = draw()
            k = (ru(p[0]), ru(p[1]))
            if k not in taken_names:
                taken_names.add(k)
                return p

    for _ in range(200):
        female = rng.random() < 0.18
        g, s = unique(lambda female=female: (rng.choice(KZ_FEMALE if female else KZ_MALE), rng.choice(KZ_SURNAMES)))
        new(ethnic="kz", female=female, given=g, surname=female_surname(s) if female else s,
            father=rng.choice(FATHERS), year=rng.randint(1958, 2003), city=city(),
            uly=(not female and rng.random() < 0.07))
    for _ in range(24):
        female = rng.random() < 0.25
        g, s = unique(lambda female=female: (rng.choice(list(RU_FEMALE if female else RU_MALE)),
                                            rng.choice(RU_SURNAMES)))
        new(ethnic="ru", female=female, given=g, surname=female_surname(s) if female else s,
            father=rng.choice(RU_FATHERS), year=rng.randint(1958, 2000), city=city())
    for _ in range(18):
        g, s = unique(lambda: (rng.choice(list(UZ_MALE)), rng.choice(list(UZ_SURNAMES))))
        new(ethnic="uz", female=False, given=g, surname=s, father=rng.choice(list(UZ_FATHERS)),
            year=rng.randint(1965, 2000), city=rng.choice(UZ_CITIES))
    # initials only where they cannot point at someone else: same surname (either gender's form) and same
    # first letter of the given name, born within 3 years of each other, would be a coin flip
    def stem(p):
        return ru(p.surname[:-1] if p.female and p.surname.endswith(("ова", "ева", "ина")) else p.surname)
    for p in people:
        p.sparse_year = not p.careful and rng.random() < 0.5
        p.initials_ok = not p.sparse_year and not any(q is not p and stem(q) == stem(p) and ru(q.given)[0] == ru(p.given)[0]
                                and abs(q.year - p.year) <= 3 for q in people)
    return people


def make_cases(people: list[Person], rng: random.Random) -> None:
    for p in people:
        first = pd.Timestamp(rng.randint(2018, 2023), rng.randint(1, 12), rng.randint(1, 28))
        starts = [first]
        if rng.random() < 0.22 and first.year <= 2022:
            starts.append(first + pd.Timedelta(days=rng.randint(500, 1200)))
        for k, start in enumerate(starts):
            a = rng.choice(ARTICLES)
            arts = [a] if rng.random() < 0.7 else [a, rng.choice([x for x in ARTICLES if x[0] != a[0]])]
            status = rng.choice(list(STATUS)) if k == len(starts) - 1 else "released"
            r = rng.random()
            n = 1 if r < 0.58 else 2 if r < 0.88 else 3
            pool = [x for x in LISTS if eligible(p, x)]
            chosen: list[str] = []
            while len(chosen) < min(n, len(pool)):
                pick = rng.choices(pool, [WEIGHTS[LISTS.index(x)] for x in pool])[0]
                if pick not in chosen:
                    chosen.append(pick)
            p.cases.append({"start": start, "articles": arts, "status": status, "lists": chosen})
        if len(p.cases) == 2 and rng.random() < 0.6:
            # the second case is reported by a list that also reported the first (a repeat within one list)
            shared = rng.choice(p.cases[0]["lists"])
            if shared not in p.cases[1]["lists"]:
                p.cases[1]["lists"][0] = shared


# ---------------------------------------------------------------------------------------------------------
# Writing a name as each list does
# ---------------------------------------------------------------------------------------------------------
TYPO_VOWEL = {"а": "о", "о": "а", "е": "и", "и": "е", "ы": "и", "у": "ю",
              "a": "o", "o": "a", "e": "i", "i": "e", "u": "o", "y": "i"}


def typo(word: str, rng: random.Random) -> tuple[str, str]:
    """A volunteer's slip in one word of 5+ letters: a dropped, doubled or swapped letter, or a wrong vowel."""
    if len(word) < 5 or "-" in word:
        return word, ""
    kind = rng.choice(["drop", "double", "swap", "vowel"])
    i = rng.randint(2, len(word) - 2)
    if kind == "drop":
        return word[:i] + word[i + 1:], kind
    if kind == "double":
        return word[:i] + word[i] + word[i:], kind
    if kind == "swap":
        if word[i] == word[i + 1]:
            return word, ""
        return word[:i] + word[i + 1] + word[i] + word[i + 2:], kind
    spots = [j for j in range(1, len(word)) if word[j] in TYPO_VOWEL]
    if not spots:
        return word, ""
    j = rng.choice(spots)
    return word[:j] + TYPO_VOWEL[word[j]] + word[j + 1:], kind


@dataclass
class Written:
    name: str
    kinds: list  # the variations used, for the docstring's counts


def write_name(p: Person, lst: str, rng: random.Random) -> Written:
    kinds: list[str] = []
    given, surname = p.given, p.surname
    if p.ethnic == "kz":
        g_ru, s_ru = rng.choice(ru_variants(given)), rng.choice(ru_variants(surname.rstrip("а")) if p.female and
                                                                surname.endswith(("ова", "ева", "ина")) else
                                                                ru_variants(surname))
        if p.female and surname.endswith(("ова", "ева", "ина")) and not s_ru.endswith("а"):
            s_ru += "а"
        if g_ru != ru(given) or s_ru != ru(surname):
            kinds.append("russian_variant")
        pat_kz, pat_ru = kz_patronymic(p.father, p.female), ru_patronymic(p.father, p.female)
    elif p.ethnic == "ru":
        pat = p.father[:-2] + "на" if p.female else p.father  # Иванович -> Ивановна
        g_ru, s_ru, pat_kz, pat_ru = given, surname, pat, pat
    else:
        g_ru, s_ru = given, surname
        pat_ru = ru_patronymic(p.father, False)
        pat_kz = pat_ru

    if lst == "kaz_monitor.xlsx":
        if p.ethnic == "kz":
            s = surname
            if p.uly:
                s = uly_root(surname) + ("қызы" if p.female else "ұлы")
                kinds.append("uly_surname")
                parts = [given, s]
            else:
                parts = [s, given] + ([pat_kz] if p.full_only or rng.random() < 0.7 else [])
        else:
            parts = [s_ru, g_ru] + ([pat_ru] if p.full_only or rng.random() < 0.6 else [])
    elif lst == "advokaty_zhelisi.csv":
        s = s_ru.upper() if rng.random() < 0.55 else s_ru
        if s.isupper():
            kinds.append("upper_surname")
        if p.initials_ok and not p.full_only and not p.careful and rng.random() < 0.18:
            parts = [s, f"{ru(given)[0]}.{pat_ru[0]}."]  # the initial of the usual spelling (Ж., not Д.)
            kinds.append("initials")
        else:
            parts = [s, g_ru] + ([pat_ru] if p.full_only or rng.random() < 0.75 else [])
    elif lst == "turk_diaspora_vakfi.xlsx":
        g, s = turk(given), turk(surname)
        kinds.append("turkish")
        if p.uly and rng.random() < 0.5:
            s = turk(uly_root(surname)) + "uly"
            kinds.append("uly_surname")
        parts = [g, s] if rng.random() < 0.8 else [s.upper(), g]
        if parts[0].isupper():
            kinds.append("swapped_order")
    elif lst == "ozbek_huquq.csv":
        if p.ethnic == "uz":
            g, s = UZ_MALE[given], UZ_SURNAMES[surname]
            pat = (UZ_FATHERS[p.father] + " o'g'li") if rng.random() < 0.5 else None
            parts = [s, g] + ([pat] if pat else [])
            kinds.append("uzbek_form")
        elif p.ethnic == "kz":
            parts = [uzb(surname), uzb(given)]
            kinds.append("uzbek_latin")
        else:
            parts = [uzb(s_ru), uzb(g_ru)]
            kinds.append("uzbek_latin")
    elif lst == "ukr_media_tracker.csv":
        if p.ethnic == "ru":
            g = (RU_MALE | RU_FEMALE)[given]
            kinds.append("ukrainian_given")
        else:
            g = ukr(g_ru)
        s = ukr(s_ru)
        kinds.append("ukrainian")
        parts = [g, s]
    else:  # monthly digest: SURNAME I.P. in passport style, sometimes the full given name
        scheme = rng.choice([passport, bgn, informal])
        s = scheme(s_ru).upper()
        g = scheme(g_ru)
        if p.careful or not p.initials_ok or rng.random() < 0.35:
            parts = [s, g]
        else:
            pat = scheme(pat_ru)
            usual = scheme(ru(given))  # the initial of the usual spelling (Zh., not D. for Джанболат)
            initial = usual[:2] if usual[:2] in ("Zh", "Kh", "Sh", "Ch", "Ts", "Ye", "Yu", "Ya") else usual[0]
            parts = [s, f"{initial}.{pat[0]}."]
            kinds.append("initials")
        kinds.append(scheme.__name__)

    # a volunteer's typo in one word: never on a namesake (those pairs must stay clear to a human), and not on
    # top of another script, scheme, initials or a -ұлы surname (two changes at once would make a coin flip)
    heavy = {"turkish", "uzbek_latin", "uzbek_form", "ukrainian", "initials", "uly_surname", "russian_variant"}
    if not p.careful and not heavy & set(kinds) and rng.random() < 0.12:
        idx = rng.choice([i for i, w in enumerate(parts[:2]) if len(w) >= 5] or [0])
        new, kind = typo(parts[idx], rng)
        if kind:
            parts[idx] = new
            kinds.append(f"typo_{kind}")
    return Written(" ".join(parts), kinds)


def write_date(d: pd.Timestamp, style: str) -> str:
    return {"dmy": d.strftime("%d.%m.%Y"), "iso": d.strftime("%Y-%m-%d"),
            "en": f"{d.day} {d.strftime('%B')} {d.year}"}[style]


def write_articles(arts, lang: str) -> str:
    if lang == "kk":
        return ", ".join(f"{a}-бап {p}-бөлік" for a, p in arts)
    if lang == "ru":
        return "; ".join(f"ст. {a} ч. {p} УК РК" for a, p in arts)
    return "; ".join(f"Art. {a}({p})" for a, p in arts)


def build_rows(people: list[Person], rng: random.Random) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {x: [] for x in LISTS}
    for p in people:
        for case in p.cases:
            for lst in case["lists"]:
                w = write_name(p, lst, rng)
                year: int | None = p.year
                # a year left out or one off only for people never written by initials (so an initials row
                # always meets the same year), and never on top of a typo in the same row
                if p.sparse_year and not any(k.startswith("typo") for k in w.kinds):
                    r = rng.random()
                    missing = {"kaz_monitor.xlsx": 0.15, "advokaty_zhelisi.csv": 0.2, "turk_diaspora_vakfi.xlsx": 0.45,
                               "ozbek_huquq.csv": 0.2, "ukr_media_tracker.csv": 0.7,
                               "monthly_digest_initials.xlsx": 0.0}[lst]
                    if r < missing:
                        year = None
                        w.kinds.append("no_year")
                    elif r < missing + 0.05:
                        year = p.year + rng.choice([-1, 1])
                        w.kinds.append("year_off_by_one")
                rows[lst].append({"person": p.key, "case": f"{p.key}/{p.cases.index(case) + 1}", "name": w.name, "kinds": w.kinds, "year": year, "city": p.city,
                                  "start": case["start"], "articles": case["articles"], "status": case["status"],
                                  "ethnic": p.ethnic})
    for listed in rows.values():
        rng.shuffle(listed)
        listed.sort(key=lambda r: r["start"])  # lists run in date order
    return rows


CITY_RU = {k: r for k, r, _ in CITIES}
CITY_EN = {k: e for k, _, e in CITIES}


def _xlsx(path: Path, sheets: list[tuple[str, list[str] | None, list[str], list[list]]]) -> list[tuple[str, int]]:
    """Write sheets (name, title, header, rows); return (sheet, row number) of every data row."""
    wb = Workbook()
    wb.remove(wb.active)
    where = []
    for name, title, header, data in sheets:
        ws = wb.create_sheet(name)
        if title:
            ws.append(title)
        ws.append(header)
        for row in data:
            ws.append(row)
            where.append((name, ws.max_row))
    wb.save(path)
    return where


def _csv(path: Path, header: list[str], data: list[list], delimiter: str = ",") -> list[tuple[str, int]]:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(data)
    return [("", i + 2) for i in range(len(data))]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six lists into `folder`; return the truth, one row per case row."""
    rng = random.Random(SEED)
    people = make_people(rng)
    make_cases(people, rng)
    rows = build_rows(people, rng)
    folder.mkdir(parents=True, exist_ok=True)
    truth = []

    def record(file, where, rs):
        for (sheet, n), r in zip(where, rs):
            truth.append({"source_file": file, "source_sheet": sheet, "source_row": n, "kind": "case",
                          "name": r["name"], "person": r["person"], "case": r["case"],
                          "variation": ",".join(r["kinds"])})

    # 1. Kazakh-language monitoring group: title row, two sheets split by year
    f = "kaz_monitor.xlsx"
    early = [r for r in rows[f] if r["start"].year <= 2021]
    late = [r for r in rows[f] if r["start"].year > 2021]
    def kk(r): return [r["name"], r["year"] or "", r["city"], write_articles(r["articles"], "kk"),
                       STATUS[r["status"]][0], write_date(r["start"], "dmy")]
    header = ["Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Жағдайы", "Ұсталған күні"]
    where = _xlsx(folder / f, [("2018-2021", ["Саяси себептермен қудаланғандар тізімі"], header, [kk(r) for r in early]),
                               ("2022-2025", ["Саяси себептермен қудаланғандар тізімі"], header, [kk(r) for r in late])])
    record(f, where, early + late)

    # 2. Russian-language lawyers' network: csv with ';', numbered rows
    f = "advokaty_zhelisi.csv"
    data = [[i + 1, r["name"], r["year"] or "", CITY_RU[r["city"]], write_articles(r["articles"], "ru"),
             STATUS[r["status"]][1], write_date(r["start"], "dmy")] for i, r in enumerate(rows[f])]
    where = _csv(folder / f, ["№", "ФИО", "Год рождения", "Город", "Статья УК РК", "Мера / приговор",
                              "Дата задержания"], data, delimiter=";")
    record(f, where, rows[f])

    # 3. Turkish Kazakh-diaspora foundation: English headers, Turkish-style Latin names
    f = "turk_diaspora_vakfi.xlsx"
    data = [[r["name"], r["year"] or "", CITY_EN[r["city"]], write_articles(r["articles"], "en"),
             STATUS[r["status"]][2], write_date(r["start"], "iso")] for r in rows[f]]
    where = _xlsx(folder / f, [("Liste", None, ["Name", "Year of birth", "City", "Article", "Status", "Detained"], data)])
    record(f, where, rows[f])

    # 4. Uzbek rights group of the south: Uzbek Latin, surname first
    f = "ozbek_huquq.csv"
    data = [[r["name"], r["year"] or "", CITY_EN[r["city"]], write_articles(r["articles"], "en"),
             STATUS[r["status"]][2], write_date(r["start"], "iso")] for r in rows[f]]
    where = _csv(folder / f, ["Full name", "Year of birth", "City", "Article", "Status", "Date of arrest"], data)
    record(f, where, rows[f])

    # 5. Ukrainian media tracker: English, Ukrainian national transliteration, given name first
    f = "ukr_media_tracker.csv"
    data = [[r["name"], r["year"] or "", CITY_EN[r["city"]], write_articles(r["articles"], "en"),
             STATUS[r["status"]][2], write_date(r["start"], "en")] for r in rows[f]]
    where = _csv(folder / f, ["Name", "Year of birth", "City", "Charges", "Status", "Detained on"], data)
    record(f, where, rows[f])

    # 6. Monthly digest keyed by SURNAME + initials, passport / BGN / informal Latin
    f = "monthly_digest_initials.xlsx"
    data = [[r["name"], r["year"] or "", CITY_EN[r["city"]], write_articles(r["articles"], "en"),
             STATUS[r["status"]][2], write_date(r["start"], "dmy")] for r in rows[f]]
    where = _xlsx(folder / f, [("Digest", None, ["Name", "Year of birth", "City", "Article", "Status",
                                                 "Date of detention"], data)])
    record(f, where, rows[f])

    return pd.DataFrame(truth)


def people_table() -> pd.DataFrame:
    """The invented people behind the lists (for the docstring's counts and for checking the truth)."""
    rng = random.Random(SEED)
    people = make_people(rng)
    return pd.DataFrame([{k: v for k, v in p.__dict__.items() if k != "cases"} for p in people])
