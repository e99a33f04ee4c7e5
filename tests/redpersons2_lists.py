"""Persons hold-out 2: six lists where the same invented people reappear under other spellings.

Written from outside the linkage (its code, the sample generator, the earlier persons hold-out and the
vocabularies were not read). `write_lists(folder)` writes the files and returns the truth: one row per case
row with source_file, source_sheet ("" for csv), source_row (as a spreadsheet program shows it; for csv the
physical line, header line 1), kind ("case"), name (as written) and `person` (the person key), plus
`variation` (how the row writes the name and year), `case_no` (1, or 2 for a second case years later) and
`group` (namesake / brothers / couple / father_son, else empty). Seeded: the same files on every run.

Files (582 case rows, no other rows; 300 people):
- sot_verdicts_digest.xlsx, sheets "2018-2021" (83) and "2022-2025" (49): a Russian court-verdict digest, a
  title row above the header; "ФИО" in Russian letters with patronymic (-ович/-овна), surname in capitals in
  85 rows; a full date of birth ("Дата рождения", dd.mm.yyyy) where the other lists give the year.
- prison_visits_2024.csv (47): an English prison-visit log; Latin names without patronymic, "SURNAME Given"
  (60%) or "Given Surname": passport style from Kazakh letters (Zhanbolat, Akhmetov, Iuliia; 24 rows),
  BGN/PCGN from Russian letters (Yerlan, Yuliya, -iy; 12), informal Kazakh Latin (Janbolat, Ahmetov, Qanat,
  Ghalymjan; 11); 7 typos, 1 row without a year.
- qorgau_tizimi.xlsx, sheet "Тізім" (115): a Kazakh-language coalition list, Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү І),
  patronymic -ұлы/-қызы (75 rows); without patronymic 25, given name first 9, the surname in its Kazakh form
  6 (Ахметұлы Жанболат); 9 typos, 7 rows without a year.
- eu_annexes.xlsx, sheets "Annexe FR" (17), "Anhang DE" (22), "Załącznik PL" (19): European parliamentary
  annexes, given name first, French (J for Ж, ou, tch, kh, ï for Й, ss: Nourjan OUSSENOV, BAÏMOUKHANOV), German (Sch for
  Ж/Ш, Ch for Х, s for З, w for В, -ow/-owa, Je-: Schanbolat Achmetow, Jessenow) and Polish (Ż, Sz, Cz, Ł,
  ie after a consonant, -ow/-owa: Żanbołat, Jesienow) spellings from the Russian letters; year missing in
  19 of 58 rows. 12 cases are in two annexes.
- koalitsiya_svodnyi.csv (191, ";"): a coalition's merged list kept by volunteers, Russian: full name (64
  rows), no patronymic (38), given name first (27), Kazakh letters mixed in (39), initials "Ахметов Ж.К." /
  "Ж. К. Ахметов" (23, only where no other person has that surname and initial in Russian letters); 27
  typos; birth year missing (20) or one year off (12), only where the name has no typo.
- diaspora_tizim_latyn.csv (39): a diaspora list in the Kazakh Latin alphabet of 2021 (Ä Ğ I/İ Ñ Ö Q Ş Ū Ü;
  ı for І), Kazakh headers in that alphabet, surname first, patronymic -ūly/-qyzy in 16 of 39 rows; 2
  rows without a year, 1 surname in its Kazakh form.

Truth counts (from the generator's output): 300 people; 134 appear once, 92 twice, 44 three times, 30 four to
six times; 157 are in more than one file; 48 have a second case two or three years after the first (85 rows),
28 of them twice in one sheet. Variations, in rows: no_year 49, year_off 12, full date of birth 132,
initials 23, no patronymic 63, given name first 36, Kazakh letters in a Russian list 39, Kazakh Latin 2021
39, passport 24, BGN 12, informal 11, French 17, German 22, Polish 19, surname in Kazakh form (Ахметов ->
Ахметұлы, Кенжебаев -> Кенжебайұлы, Ахметова -> Ахметқызы) 7, typos 43 (dropped letter 10, doubled 13, two
letters swapped 11, wrong vowel 9). 454 true pairs.

Hard the honest way (50 people in groups, 250 others):
- 10 pairs of namesakes: same surname and given name, different people (8 Kazakh, 2 Russian): birth years
  5 to 20 years apart and other cities; 3 pairs share the patronymic too, 7 do not.
- 7 pairs of brothers (same surname and patronymic, given names with other initials, same city, 1-6 years
  apart); 5 husband-and-wife couples (Ахметов / Ахметова, same city); 3 fathers and sons (the son's patronymic
  is the father's given name, same city).
- Common names repeat: 40 Kazakh male, 20 female, 12 and 6 Russian given names over 300 people; 48 Kazakh
  and 15 Russian surnames.

Decisions taken for the truth (two rows are one person only when a careful analyst would say so):
- A person's rows share the city; a second case is in the same city. Same-case rows share article and date.
- Namesakes, relatives and people who write their surname the Kazakh way carry their exact year in every row
  of every list (never missing, never off by one): without it their rows would be a coin flip.
- Initials only where the surname and initial are unique among the 300 people in Russian letters (Ә. and А.
  are one initial there; a first draft forgot that, caught while checking the misses) and always with year.
- A typo and a missing or shifted year never come together in one row (a first draft allowed it; two pairs
  such as "Есенов Сунжар Мэлсович, no year" were coin flips and were taken out). A typo never touches the
  first letter of a word; a word shorter than five letters is never changed.
- The Kazakh surname form restores the father's name (Кенжебаев -> Кенжебайұлы; a first draft wrote
  Кенжебаұлы) and is not used for -ин surnames (Ғабдуллин, whose Kazakh form is not derivable).
- Polish spellings follow the Polish rules for e after a consonant (Kuzniecowa, Jesienow); a first draft
  wrote Kuznecowa.
- Two rows without a year in two lists are one person only when name, city and article agree and nobody else
  has that name (e.g. "JAQSYLYQOV Ashat" and "Жақсылықов Асхат", both Taraz).
"""
from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

SEED = 20261201

# ---------------------------------------------------------------------------------------------------------
# Name pools (Kazakh letters where the name has them). Combinations are drawn at random: invented people.
KZ_MALE = ["Жанболат", "Ерлан", "Асхат", "Нұрлан", "Серік", "Бауыржан", "Дәурен", "Ғалымжан", "Мұрат", "Айдос",
           "Ержан", "Талғат", "Нұржан", "Әлібек", "Марат", "Дархан", "Бекзат", "Ерболат", "Жандос", "Қуаныш",
           "Өркен", "Ілияс", "Санжар", "Темірлан", "Ақылбек", "Асқар", "Біржан", "Мақсат", "Арман", "Болат",
           "Медет", "Нұрсұлтан", "Ғабит", "Жасұлан", "Қанат", "Ерқанат", "Дидар", "Әділет", "Жеңіс", "Құдайберген"]
KZ_FEMALE = ["Айгүл", "Гүлнар", "Жанар", "Динара", "Әсел", "Сәуле", "Ақмарал", "Назгүл", "Шынар", "Ләззат",
             "Мөлдір", "Гүлжан", "Айжан", "Ұлбосын", "Жібек", "Салтанат", "Ботагөз", "Әйгерім", "Индира", "Жұлдыз"]
KZ_SURNAMES = ["Ахметов", "Серікбаев", "Нұрғалиев", "Қасымов", "Жұмабаев", "Тоқтаров", "Әбенов", "Бекмұхамбетов",
               "Оспанов", "Сейітқалиев", "Мұқанов", "Ермеков", "Төлеуов", "Байжанов", "Ыбырайымов", "Құсайынов",
               "Сәрсенбаев", "Есенов", "Дүйсенов", "Қалиев", "Исабеков", "Әміров", "Жақсылықов", "Омаров", "Бисенов",
               "Тұрсынов", "Мамыров", "Өмірзақов", "Шәкенов", "Ғабдуллин", "Рахымжанов", "Темірханов", "Нұрпейісов",
               "Қожахметов", "Сұлтанбеков", "Үсенов", "Жолдасбеков", "Ілиясов", "Бейсенбаев", "Кенжебаев",
               "Әлімжанов", "Қуандықов", "Смағұлов", "Тәжібаев", "Мырзахметов", "Баймұханов", "Шалабаев", "Ерғалиев"]
KZ_FATHERS = ["Қайрат", "Серік", "Болат", "Нұрлан", "Ермек", "Бақыт", "Марат", "Талғат", "Мұхтар", "Жұмабай",
              "Ғалым", "Сапар", "Төлеген", "Қуаныш", "Ерғали", "Оразбек", "Бейбіт", "Дәулет", "Есенгелді", "Әбдіғани",
              "Сұлтан", "Аманжол", "Қанат", "Мэлс"]
RU_MALE = ["Сергей", "Андрей", "Дмитрий", "Алексей", "Владимир", "Игорь", "Николай", "Юрий", "Евгений", "Олег",
           "Виктор", "Максим"]
RU_FEMALE = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Юлия"]
RU_SURNAMES = ["Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Захаров",
               "Гуляев", "Жуков", "Щербаков", "Фёдоров", "Белоусов", "Чернышёв"]
RU_FATHERS_M = {"Виктор": "Викторович", "Александр": "Александрович", "Николай": "Николаевич", "Юрий": "Юрьевич",
                "Пётр": "Петрович", "Сергей": "Сергеевич", "Геннадий": "Геннадьевич", "Анатолий": "Анатольевич"}

# Kazakh letters to the Russian letters Russian-language lists use for them
KZ_TO_RU = str.maketrans({"Ә": "А", "ә": "а", "Ғ": "Г", "ғ": "г", "Қ": "К", "қ": "к", "Ң": "Н", "ң": "н", "Ө": "О",
                          "ө": "о", "Ұ": "У", "ұ": "у", "Ү": "У", "ү": "у", "Һ": "Х", "һ": "х", "І": "И", "і": "и"})

# Cities of the cases: Russian, English, Kazakh Cyrillic, Kazakh Latin (2021), French/German/Polish as English
CITIES = {
    "Almaty": ("г. Алматы", "Almaty", "Алматы", "Almaty"),
    "Astana": ("Астана", "Astana", "Астана", "Astana"),
    "Shymkent": ("Шымкент", "Shymkent", "Шымкент", "Şymkent"),
    "Oral": ("Уральск", "Oral", "Орал", "Oral"),
    "Aktobe": ("Актобе", "Aktobe", "Ақтөбе", "Aqtöbe"),
    "Atyrau": ("Атырау", "Atyrau", "Атырау", "Atyrau"),
    "Zhanaozen": ("Жанаозен", "Zhanaozen", "Жаңаөзен", "Jañaözen"),
    "Taraz": ("Тараз", "Taraz", "Тараз", "Taraz"),
    "Karaganda": ("Караганда", "Karaganda", "Қарағанды", "Qarağandy"),
    "Pavlodar": ("Павлодар", "Pavlodar", "Павлодар", "Pavlodar"),
    "Kyzylorda": ("Кызылорда", "Kyzylorda", "Қызылорда", "Qyzylorda"),
    "Oskemen": ("Усть-Каменогорск", "Oskemen", "Өскемен", "Öskemen"),
}
# Articles: (article, part) -> Russian, English, Kazakh
ARTICLES = [(405, 2), (405, 1), (174, 1), (274, 2), (179, 2), (400, 1), (380, 1)]
STATUS = {  # Russian, English, Kazakh
    "imprisoned": ("лишение свободы", "imprisoned", "бас бостандығынан айыру"),
    "restricted_freedom": ("ограничение свободы", "restricted freedom", "бас бостандығын шектеу"),
    "under_investigation": ("под следствием", "under investigation", "тергеуде"),
    "released": ("освобождён", "released", "босатылды"),
}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


# ---------------------------------------------------------------------------------------------------------
# Transliterations (each from Kazakh or Russian letters, as the writer of that list would)
PASSPORT = {  # Kazakh passports (ICAO 9303 style), from Kazakh letters
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia"}
BGN = {**PASSPORT, "й": "y", "ю": "yu", "я": "ya", "ё": "yo", "ы": "y"}  # BGN/PCGN Russian, from Russian letters
INFORMAL = {**BGN, "ж": "j", "х": "h", "қ": "q", "ғ": "gh", "ң": "ng", "ё": "yo"}  # Kazakh informal Latin
KZ2021 = {  # Kazakh Latin alphabet of 2021, from Kazakh letters
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç",
    "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia"}
FRENCH = {**PASSPORT, "ж": "j", "у": "ou", "ш": "ch", "ч": "tch", "ю": "iou", "я": "ia", "й": "ï", "х": "kh",
          "щ": "chtch", "ц": "ts", "ё": "io"}
GERMAN = {**PASSPORT, "ж": "sch", "ш": "sch", "ч": "tsch", "х": "ch", "ю": "ju", "я": "ja", "й": "j", "з": "s",
          "в": "w", "ц": "z", "щ": "schtsch", "ё": "jo", "е": "e"}
POLISH = {**PASSPORT, "ж": "ż", "ш": "sz", "ч": "cz", "х": "ch", "ю": "ju", "я": "ja", "й": "j", "в": "w",
          "ц": "c", "щ": "szcz", "л": "ł", "ё": "io"}
VOWELS = set("аәеёиоөуұүыіэюя")


def translit(text: str, scheme: dict[str, str], style: str = "") -> str:
    """Transliterate word by word; `style` adds the rules of a language that a letter table cannot say."""
    words = []
    for word in text.split(" "):
        out, low = [], word.lower()
        for i, ch in enumerate(low):
            prev, nxt = (low[i - 1] if i else ""), (low[i + 1] if i + 1 < len(low) else "")
            t = scheme.get(ch, ch)
            if style in ("bgn", "de", "pl") and ch == "е" and (not prev or prev in VOWELS or prev in "ьъ"):
                t = "ye" if style == "bgn" else "je"
            if style == "fr" and ch == "с" and prev in VOWELS and nxt in VOWELS:
                t = "ss"  # Koussaïnov
            if style == "fr" and ch == "г" and nxt in "еиі":
                t = "gu"  # Evgueni
            if style == "de" and ch == "с" and prev in VOWELS and nxt in VOWELS:
                t = "ss"
            if style == "pl" and ch == "л" and nxt in "еиёюяьі":
                t = "l"
            if style in ("de", "fr", "pl") and ch == "и" and nxt == "й" and i + 2 == len(low):
                t = "i" if style != "pl" else "ij"  # Jewgeni / Evgueni / Jewgienij
            if style in ("de", "fr", "pl") and ch == "й" and prev == "и" and i + 1 == len(low):
                t = ""
            if style == "pl" and ch == "е" and prev and prev not in VOWELS and prev not in "жшцчщлйьъ":
                t = "ie"  # Kuzniecow, Lebiediew
            if style == "pl" and ch == "г" and nxt == "е":
                t = "g"  # Jewgienij: the е gives the i
            out.append(t)
        w = "".join(out)
        words.append(w[:1].upper() + w[1:] if w else w)
    return " ".join(words)


# ---------------------------------------------------------------------------------------------------------
# People
class Person:
    def __init__(self, key, given, surname, father, female, kazakh, born, city, group=""):
        self.key, self.given, self.surname, self.father = key, given, surname, father
        self.female, self.kazakh, self.born, self.city, self.group = female, kazakh, born, city, group

    @property
    def patronymic_ru(self) -> str:
        if not self.kazakh:
            p = RU_FATHERS_M[self.father]
            return p[:-2] + "на" if self.female else p
        f = self.father.translate(KZ_TO_RU)
        if f.endswith("й"):
            stem, end = f[:-1], ("евна" if self.female else "евич")
        elif f[-1] in "аеиоуы":
            stem, end = f, ("евна" if self.female else "евич")
        else:
            stem, end = f, ("овна" if self.female else "ович")
        return stem + end

    @property
    def patronymic_kk(self) -> str:
        return self.patronymic_ru if not self.kazakh else self.father + ("қызы" if self.female else "ұлы")

    @property
    def surname_full(self) -> str:
        s = self.surname
        if self.female and s[-1] not in "оиуеы":
            s += "а"
        return s

    @property
    def surname_kk_ending(self) -> str:
        """Ахметов -> Ахметұлы, Ахметова -> Ахметқызы (the Kazakh form some people take)."""
        stem = self.surname
        if stem.endswith(("аев", "еев")):
            stem = stem[:-2] + "й"  # Кенжебаев: son of Кенжебай -> Кенжебайұлы
        elif stem.endswith(("ов", "ев")):
            stem = stem[:-2]
        return stem + ("қызы" if self.female else "ұлы")


def _people(rng: random.Random) -> list[Person]:
    people: list[Person] = []
    used: set[tuple[str, str]] = set()
    cities = list(CITIES)

    def new(given, surname, father, female, kazakh, born, city, group=""):
        p = Person(f"P{len(people) + 1:03d}", given, surname, father, female, kazakh, born, city, group)
        p.birth_month, p.birth_day = rng.randint(1, 12), rng.randint(1, 28)
        people.append(p)
        used.add((surname, given))
        return p

    def fresh(kazakh=True, female=None):
        while True:
            female_ = rng.random() < 0.22 if female is None else female
            if kazakh:
                given = rng.choice(KZ_FEMALE if female_ else KZ_MALE)
                surname, father = rng.choice(KZ_SURNAMES), rng.choice(KZ_FATHERS)
            else:
                given = rng.choice(RU_FEMALE if female_ else RU_MALE)
                surname, father = rng.choice(RU_SURNAMES), rng.choice(list(RU_FATHERS_M))
            if (surname, given) not in used:
                return given, surname, father, female_

    # Namesakes: same surname and given name, different people (years 5 or more apart, other city)
    for i in range(10):
        given, surname, father, female = fresh(kazakh=i < 8)
        y1 = rng.randint(1960, 1980)
        y2 = y1 + rng.randint(5, 20)
        c1, c2 = rng.sample(cities, 2)
        father2 = father if i in (0, 1, 2) else rng.choice([f for f in (KZ_FATHERS if i < 8 else RU_FATHERS_M)
                                                            if f != father])
        new(given, surname, father, female, i < 8, y1, c1, f"namesake{i}")
        new(given, surname, father2, female, i < 8, y2, c2, f"namesake{i}")
    # Brothers: same surname and father, other given names (other initials), same city, 1-6 years apart
    for i in range(7):
        given, surname, father, _ = fresh(female=False)
        other = rng.choice([g for g in KZ_MALE if g[0] != given[0] and (surname, g) not in used])
        y = rng.randint(1965, 1995)
        city = rng.choice(cities)
        new(given, surname, father, False, True, y, city, f"brothers{i}")
        new(other, surname, father, False, True, y + rng.randint(1, 6), city, f"brothers{i}")
    # Husband and wife: Ахметов / Ахметова, other fathers, same city
    for i in range(5):
        given, surname, father, _ = fresh(female=False)
        wife = rng.choice([g for g in KZ_FEMALE if (surname, g) not in used])
        y = rng.randint(1965, 1992)
        city = rng.choice(cities)
        new(given, surname, father, False, True, y, city, f"couple{i}")
        new(wife, surname, rng.choice([f for f in KZ_FATHERS if f != father]), True, True,
            y + rng.randint(-4, 4), city, f"couple{i}")
    # Father and son: the son's patronymic is the father's given name
    for i in range(3):
        father_given = rng.choice([g for g in KZ_MALE if g in KZ_FATHERS or g in ("Серік", "Болат", "Марат", "Талғат")])
        surname = rng.choice([s for s in KZ_SURNAMES if (s, father_given) not in used])
        son = rng.choice([g for g in KZ_MALE if g != father_given and (surname, g) not in used])
        y = rng.randint(1955, 1968)
        city = rng.choice(cities)
        new(father_given, surname, rng.choice(KZ_FATHERS), False, True, y, city, f"father_son{i}")
        new(son, surname, father_given, False, True, y + rng.randint(22, 30), city, f"father_son{i}")
    # Everyone else: unique surname and given name
    while len(people) < 300:
        kazakh = rng.random() < 0.84
        given, surname, father, female = fresh(kazakh=kazakh)
        new(given, surname, father, female, kazakh, rng.randint(1955, 2002), rng.choice(cities))
    return people


# ---------------------------------------------------------------------------------------------------------
# How each list writes a name
def _typo(rng: random.Random, word: str) -> tuple[str, str]:
    """A volunteer's slip in one word (never the first letter)."""
    if len(word) < 5:
        return word, ""
    kind = rng.choice(["drop", "double", "swap", "vowel"])
    i = rng.randint(1, len(word) - 2)
    if kind == "drop":
        return word[:i] + word[i + 1:], "typo_drop"
    if kind == "double":
        return word[:i] + word[i] + word[i:], "typo_double"
    if kind == "swap":
        if word[i] == word[i + 1]:
            return word[:i] + word[i + 1:], "typo_drop"
        return word[:i] + word[i + 1] + word[i] + word[i + 2:], "typo_swap"
    vowels = [j for j in range(1, len(word)) if word[j].lower() in "аеиоуыaeiouy"]
    if not vowels:
        return word[:i] + word[i + 1:], "typo_drop"
    j = rng.choice(vowels)
    cyr = "аеиоуы" if word[j].lower() in "аеиоуы" else "aeiou"
    new = rng.choice([v for v in cyr if v != word[j].lower()])
    return word[:j] + new + word[j + 1:], "typo_vowel"


def ru_name(p: Person, rng, *, upper=False, patronymic=True, given_first=False, kazakh_letters=False,
            initials=False, kk_surname=False):
    """A name in Cyrillic: Russian letters (or Kazakh where kazakh_letters)."""
    tr = (lambda s: s) if kazakh_letters else (lambda s: s.translate(KZ_TO_RU))
    surname = tr(p.surname_kk_ending if kk_surname else p.surname_full)
    given = tr(p.given)
    pat = tr(p.patronymic_kk if kazakh_letters else p.patronymic_ru)
    if upper:
        surname = surname.upper()
    if initials:
        sep = rng.choice(["", " "])
        ini = given[0] + "." + (sep + pat[0] + "." if patronymic else "")
        return f"{surname} {ini}" if rng.random() < 0.8 else f"{ini} {surname}"
    parts = [given, pat] if patronymic else [given]
    return " ".join([*parts, surname] if given_first else [surname, *parts])


def latin_name(p: Person, scheme: str, *, patronymic=False, given_first=True, upper_surname=False):
    """A name in Latin letters, as a list written in that scheme writes it."""
    src_kk = scheme in ("passport", "kz2021", "informal")
    surname = p.surname_full if src_kk else p.surname_full.translate(KZ_TO_RU)
    given = p.given if src_kk else p.given.translate(KZ_TO_RU)
    pat = p.patronymic_kk if scheme == "kz2021" else p.patronymic_ru
    table, style = {"passport": (PASSPORT, ""), "bgn": (BGN, "bgn"), "informal": (INFORMAL, ""),
                    "kz2021": (KZ2021, ""), "fr": (FRENCH, "fr"), "de": (GERMAN, "de"),
                    "pl": (POLISH, "pl")}[scheme]
    s, g, pt = (translit(x, table, style) for x in (surname, given, pat))
    if scheme in ("de", "pl") and s.endswith(("ov", "ev")):
        s = s[:-1] + "w"  # Achmetow
    if scheme in ("de", "pl") and s.endswith(("ova", "eva")):
        s = s[:-2] + "wa"
    if upper_surname:
        s = s.upper()
    parts = [g, pt] if patronymic else [g]
    return " ".join([*parts, s] if given_first else [s, *parts])


# ---------------------------------------------------------------------------------------------------------
# Cases and the lists that report them
class Case:
    def __init__(self, person, n, detained, city, article, status):
        self.person, self.n, self.detained, self.city = person, n, detained, city
        self.article, self.status = article, status


def _cases(rng: random.Random, people: list[Person]) -> list[Case]:
    cases = []
    for p in people:
        year = rng.randint(2018, 2023)
        statuses = ["imprisoned", "restricted_freedom", "under_investigation", "released"]
        first = Case(p, 1, pd.Timestamp(year, rng.randint(1, 12), rng.randint(1, 28)), p.city,
                     rng.choice(ARTICLES), rng.choices(statuses, [5, 3, 1, 2])[0])
        cases.append(first)
        if rng.random() < 0.16:  # charged again years later, in the same city
            later = year + rng.randint(2, 3)
            cases.append(Case(p, 2, pd.Timestamp(min(later, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                              p.city, rng.choice(ARTICLES), rng.choices(statuses, [5, 2, 2, 0])[0]))
            first.status = "released"
    return cases


def _art(case: Case, lang: str) -> str:
    a, part = case.article
    return {"ru": f"ч.{part} ст.{a} УК РК", "en": f"Art. {a}({part})", "kk": f"ҚР ҚК {a}-бабы {part}-бөлігі",
            "kzl": f"QR QK {a}-baby {part}-bölıgı"}[lang]


def _date(ts: pd.Timestamp, lang: str) -> str:
    if lang == "en":
        return f"{ts.day} {EN_MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%d.%m.%Y")


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the lists into `folder`; return the truth, one row per case row (see the module docstring)."""
    rng = random.Random(SEED)
    people = _people(rng)
    cases = _cases(rng, people)
    by_ini: dict[tuple[str, str], int] = {}
    by_name: dict[tuple[str, str], int] = {}
    for p in people:  # initials as a Russian-letter list writes them (Ә. and А. are one initial there)
        ini = (p.surname_full.translate(KZ_TO_RU), p.given[0].translate(KZ_TO_RU))
        by_ini[ini] = by_ini.get(ini, 0) + 1
        by_name[(p.surname, p.given)] = by_name.get((p.surname, p.given), 0) + 1
    kk_surname = {p.key for p in people if not p.group and p.kazakh and not p.surname.endswith("ин")
                  and rng.random() < 0.08}

    def clean_year(p: Person) -> bool:
        """Namesakes, relatives and people who write their surname the Kazakh way keep their year exact and
        present in every list: their rows stay decidable."""
        return bool(p.group) or p.key in kk_surname

    rows: dict[str, list[dict]] = {k: [] for k in ("A", "B", "C", "D", "E", "F")}
    for c in cases:
        p = c.person
        chosen = set()
        if c.status in ("imprisoned", "restricted_freedom", "released") and rng.random() < 0.42:
            chosen.add("A")
        if c.status == "imprisoned" and rng.random() < 0.35:
            chosen.add("B")
        if p.kazakh and rng.random() < 0.33:
            chosen.add("C")
        if c.article[0] in (405, 174) and rng.random() < 0.25:
            chosen.add("D")
        if rng.random() < 0.45:
            chosen.add("E")
        if p.kazakh and rng.random() < 0.12:
            chosen.add("F")
        if not chosen:  # every case is in at least one list; the verdict digest has no case still under investigation
            pick = rng.choice(["C", "E"] if p.kazakh else ["A", "E"])
            chosen.add("E" if pick == "A" and c.status == "under_investigation" else pick)
        for k in sorted(chosen):
            rows[k].append({"case": c})

    truth = []

    def add(file: str, sheet: str, row: int, name: str, p: Person, variation: str, c: Case) -> None:
        truth.append({"source_file": file, "source_sheet": sheet, "source_row": row, "kind": "case", "name": name,
                      "person": p.key, "variation": variation, "case_no": c.n})

    def typo_in(name: str, chance: float) -> tuple[str, str]:
        if rng.random() >= chance:
            return name, ""
        words = name.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 5 and "." not in w]
        if not long:
            return name, ""
        i = rng.choice(long)
        words[i], kind = _typo(rng, words[i])
        return " ".join(words), kind

    # A: court-verdict digest (Russian), full date of birth, surname in capitals, title row, two sheets
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, years in (("2018-2021", range(2018, 2022)), ("2022-2025", range(2022, 2026))):
        ws = wb.create_sheet(sheet)
        ws.append(["Дайджест приговоров по политически мотивированным делам"])
        ws.append(["№", "ФИО", "Дата рождения", "Город", "Статья", "Приговор", "Дата приговора"])
        n = 0
        for r in rows["A"]:
            c = r["case"]
            if c.detained.year not in years:
                continue
            p = c.person
            n += 1
            name = ru_name(p, rng, upper=rng.random() < 0.7, patronymic=True)
            birth = pd.Timestamp(p.born, p.birth_month, p.birth_day)
            verdict = {"imprisoned": f"{rng.randint(2, 7)} лет лишения свободы",
                       "restricted_freedom": f"{rng.randint(1, 3)} года ограничения свободы",
                       "released": "освобождён по отбытии срока"}[c.status]
            sentenced = c.detained + pd.Timedelta(days=rng.randint(60, 200))
            ws.append([n, name, birth.strftime("%d.%m.%Y"), CITIES[c.city][0], _art(c, "ru"), verdict,
                       sentenced.strftime("%d.%m.%Y")])
            add("sot_verdicts_digest.xlsx", sheet, ws.max_row, name, p, "ru_full_dob", c)
    wb.save(folder / "sot_verdicts_digest.xlsx")

    # B: prison-visit log (English, passport-style Latin), CSV
    lines = [["Visit date", "Name", "Year of birth", "City", "Article", "Status"]]
    for r in rows["B"]:
        c = r["case"]
        p = c.person
        scheme = rng.choices(["passport", "bgn", "informal"], [6, 2, 2])[0]
        if rng.random() < 0.6:
            name = latin_name(p, scheme, given_first=False, upper_surname=True)
        else:
            name = latin_name(p, scheme, given_first=True)
        name, typo = typo_in(name, 0.15)
        year = "" if (not clean_year(p) and not typo and rng.random() < 0.05) else str(p.born)
        visit = c.detained + pd.Timedelta(days=rng.randint(200, 600))
        lines.append([_date(visit, "en"), name, year, CITIES[c.city][1], _art(c, "en"), "imprisoned"])
        var = scheme + ("+" + typo if typo else "") + ("" if year else "+no_year")
        add("prison_visits_2024.csv", "", len(lines), name, p, var, c)
    pd.DataFrame(lines[1:], columns=lines[0]).to_csv(folder / "prison_visits_2024.csv", index=False)

    # C: Kazakh-language coalition list, Kazakh letters, -ұлы/-қызы patronymics
    wb = Workbook()
    ws = wb.active
    ws.title = "Тізім"
    ws.append(["Р/с", "Аты-жөні", "Туған жылы", "Қала", "Бап", "Жағдайы", "Ұсталған күні"])
    for i, r in enumerate(sorted(rows["C"], key=lambda r: (r["case"].person.surname, r["case"].n)), 1):
        c = r["case"]
        p = c.person
        roll = rng.random()
        kks = p.key in kk_surname
        if kks:
            name, var = ru_name(p, rng, kazakh_letters=True, kk_surname=True, patronymic=False), "kk_surname_ending"
        elif roll < 0.65:
            name, var = ru_name(p, rng, kazakh_letters=True, patronymic=True), "kk_full"
        elif roll < 0.85:
            name, var = ru_name(p, rng, kazakh_letters=True, patronymic=False), "kk_no_patronymic"
        else:
            name, var = ru_name(p, rng, kazakh_letters=True, patronymic=True, given_first=True), "kk_given_first"
        name, typo = typo_in(name, 0.06)
        year = "" if (not clean_year(p) and not typo and rng.random() < 0.1) else p.born
        ws.append([i, name, year, CITIES[c.city][2], _art(c, "kk"), STATUS[c.status][2], _date(c.detained, "kk")])
        var += ("+" + typo if typo else "") + ("" if year else "+no_year")
        add("qorgau_tizimi.xlsx", "Тізім", ws.max_row, name, p, var, c)
    wb.save(folder / "qorgau_tizimi.xlsx")

    # D: European parliamentary annexes, French/German/Polish spellings, given name first, year often missing
    wb = Workbook()
    wb.remove(wb.active)
    sheets = {"fr": wb.create_sheet("Annexe FR"), "de": wb.create_sheet("Anhang DE"),
              "pl": wb.create_sheet("Załącznik PL")}
    for ws in sheets.values():
        ws.append(["Name", "Year of birth", "City", "Charges", "Status"])
    for r in rows["D"]:
        c = r["case"]
        p = c.person
        langs = rng.sample(list(sheets), 2 if rng.random() < 0.25 else 1)
        for lang in langs:
            ws = sheets[lang]
            name = latin_name(p, lang, given_first=True, upper_surname=rng.random() < 0.6)
            year = "" if (not clean_year(p) and rng.random() < 0.35) else p.born
            ws.append([name, year, CITIES[c.city][1], _art(c, "en"), STATUS[c.status][1]])
            add("eu_annexes.xlsx", ws.title, ws.max_row, name, p, lang + ("" if year else "+no_year"), c)
    wb.save(folder / "eu_annexes.xlsx")

    # E: a coalition's merged list kept by volunteers (Russian, semicolons): every kind of slip
    lines = [["№", "ФИО", "Г.р.", "Город", "Статья", "Статус", "Дата задержания"]]
    for r in sorted(rows["E"], key=lambda r: r["case"].detained):
        c = r["case"]
        p = c.person
        roll = rng.random()
        ini = (p.surname_full.translate(KZ_TO_RU), p.given[0].translate(KZ_TO_RU))
        unique_ini = by_ini[ini] == 1 and by_name[(p.surname, p.given)] == 1
        year, yvar = p.born, ""
        if roll < 0.18 and unique_ini:
            name, var = ru_name(p, rng, initials=True, patronymic=rng.random() < 0.8), "initials"
        else:
            form = rng.random()
            if form < 0.4:
                name, var = ru_name(p, rng, patronymic=True), "ru_full"
            elif form < 0.62:
                name, var = ru_name(p, rng, patronymic=False), "ru_no_patronymic"
            elif form < 0.78:
                name, var = ru_name(p, rng, patronymic=rng.random() < 0.5, given_first=True), "ru_given_first"
            else:
                name = ru_name(p, rng, patronymic=True, kazakh_letters=True)
                var = "ru_kazakh_letters" if p.kazakh else "ru_full"
            name, typo = typo_in(name, 0.15)
            var += "+" + typo if typo else ""
            if not clean_year(p) and not typo:  # a slip in the name and in the year together: a coin flip
                y = rng.random()
                if y < 0.22:
                    year, yvar = "", "+no_year"
                elif y < 0.31:
                    year, yvar = p.born + rng.choice([-1, 1]), "+year_off"
        lines.append([len(lines), name, year, CITIES[c.city][0], _art(c, "ru"), STATUS[c.status][0],
                      _date(c.detained, "ru")])
        add("koalitsiya_svodnyi.csv", "", len(lines), name, p, var + yvar, c)
    pd.DataFrame(lines[1:], columns=lines[0]).to_csv(folder / "koalitsiya_svodnyi.csv", index=False, sep=";")

    # F: a diaspora list in the Kazakh Latin alphabet of 2021
    lines = [["Aty-jönı", "Tuğan jyly", "Qala", "Bap", "Ūstalğan küni"]]
    for r in rows["F"]:
        c = r["case"]
        p = c.person
        if p.key in kk_surname:
            name = translit(ru_name(p, rng, kazakh_letters=True, kk_surname=True, patronymic=False), KZ2021)
            var = "kz2021+kk_surname_ending"
        else:
            name = latin_name(p, "kz2021", patronymic=rng.random() < 0.5, given_first=False)
            var = "kz2021"
        year = "" if (not clean_year(p) and rng.random() < 0.1) else p.born
        lines.append([name, year, CITIES[c.city][3], _art(c, "kzl"), _date(c.detained, "kk")])
        add("diaspora_tizim_latyn.csv", "", len(lines), name, p, var + ("" if year else "+no_year"), c)
    pd.DataFrame(lines[1:], columns=lines[0]).to_csv(folder / "diaspora_tizim_latyn.csv", index=False)

    group = {p.key: p.group for p in people}
    out = pd.DataFrame(truth)
    out["group"] = out["person"].map(group)
    return out
