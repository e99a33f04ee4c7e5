"""Persons hold-out: six NGO lists in which invented people reappear under other spellings, with the person truth.

Written by a helper who read neither the linkage code, the sample generator, the linkage tests nor the
vocabularies. All names are invented combinations of common Kazakh and Russian surnames and given names.
Everything comes from fixed tables and one seeded `random.Random`, so the files and the truth are the same on
every run.

`write_lists(folder)` writes the six files below into `folder` and returns the truth: one row per case row with
source_file, source_sheet ("" for csv), source_row (as a spreadsheet program shows it; csv header = line 1),
kind ("case"), name (as written), person (the person key: rows with one key are one person), and, to explain
the scores, person_kind (the namesake kind the person was planted for, or "random"), case_no (1 or 2),
birth_year (the true one) and variation (the tags of how the row writes the name, listed below).

Files (543 case rows, 300 people)
---------------------------------
1. `spisok_presleduemyh.xlsx`, sheet "Список" (Russian NGO list, 142 rows): a title row, then "№", "ФИО",
   "Год рождения", "Город", "Статья УК РК", "Статус", "Дата задержания". Names in Russian letters, surname
   first, the patronymic (-ович/-овна) on 85% of rows.
2. `qudalanushylar_tizimi.xlsx`, sheet "Тізім" (Kazakh list, 101 rows): "Аты-жөні", "Туған жылы", "Қала",
   "ҚК бабы", "Мәртебесі", "Ұсталған күні". Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү І), patronymic -ұлы/-қызы on 60%.
3. `annex_rights_watch.csv` (English report annex, 97 rows): "Name", "Year of birth", "City", "Charges", ...
   "SURNAME Given" in capitals (65 rows) or "Given Surname"; Latin by the passport scheme (ICAO: Zhanbolat,
   Kaiyrkenov, Iurii), BGN/PCGN (Yerlan, Seyitkaziyev, Yuriy), older "Dzh" (Dzhanbolat) or informal (Janbolat,
   Ahmetov); patronymics rare.
4. `europe_monitoring_report.csv` (";"-separated; a European list pooling French and German reports, 49 rows):
   "Name", "Born" (a full date dd.mm.yyyy on 35 rows, else the year), "City", "Article", "Situation",
   "Arrested", "Report". Given name first; French spellings in rows from French reports (Nourlan, Kaïrat,
   Mourat Koudaïbergenov, Akjol Chakenov), German in rows from German ones (Jerlan Ospanow, Schanar,
   Baurschan Galymschanow, Chassenow, Jurij Fedortschuk). No patronymics.
5. `volontery_baza.xlsx`, sheets "2019-2020" and "2021-2024" by date of detention (a volunteers' table,
   102 rows): "ФИО", "Г.р.", "Город", "Статья", "Мера / приговор", "Дата задержания", "Примечание". Mixed:
   Russian letters or Kazakh letters, either order, SURNAME in capitals, patronymic in either language; most of
   the typos, initials and missing years are here.
6. `tizim_latyn_2021.csv` (Kazakh in the Latin script of 2021, 47 rows): "Tolyq aty-jönı", "Tuğan jyly",
   "Qala", "Baby", "Märtebesı", "Ūstalğan künı". Names like "Jūmabekqyzy Nazgül", "Ğalymjanov Ermek
   Amangeldıūly", "Üsenov Medet Tūrsynūly".

People and how often they appear
--------------------------------
145 people appear once, 87 twice, 56 three times, 10 four times, 2 five or six times; 155 people are in one
file, 93 in two, 50 in three, 2 in four. 40 people have two cases (the second 1.5 to 3 years after the first);
39 people are named twice in one list (78 rows), usually spelled the same way both times (a list keeps its
spelling), sometimes not. Every other person appears in 1-3 lists per case (the same case reported by several
NGOs). True pairs (two rows of one person): 340.

Variations of the name (row counts; one row can show several)
--------------------------------------------------------------
- script and letters: Russian Cyrillic 218, Kazakh Cyrillic 127, passport Latin 58, BGN 31, Dzh 3, informal 5,
  French 26, German 23, Kazakh Latin 2021 47;
- order: given name first 149 (else surname first); SURNAME in capitals 81;
- patronymic written 234 (Russian -ович/-овна, Kazakh -ұлы/-қызы, Latin -ovich/-uly/-ūly/-qyzy), absent elsewhere;
- surname in the -ұлы/-қызы form instead of -ов/-ова ("Төлеуұлы" for Төлеуов, "Жұмабекқызы" for
  Жумабекова): 8 rows of 6 people;
- hyphenated given name written without the hyphen or with a space (Нур-Ислам, Нурислам, Nur Islam): 10;
- initials ("Жумабеков Т.М."): 12;
- a volunteer's typo in the surname or given name (never the first letter): 25 (wrong vowel 11, two letters
  swapped 6, a letter doubled 6, a letter dropped 2);
- birth year missing: 30; one year off: 28; a full birth date instead of the year: 35.

Namesakes and relatives (different people; 90 people in 45 planted pairs)
-------------------------------------------------------------------------
- same surname and given name, birth years 6-15 apart, other cities: 12 pairs (2 of them Russian names);
- same surname and given name in one city, born 8-20 years apart: 4 pairs;
- same surname, given name and birth year, other patronymic and other city: 4 pairs (these are always
  written with the patronymic, and only in the lists that write patronymics);
- brothers: same surname, patronymic and city, other given names with other initials, born 1-6 years apart: 8;
- brothers with rhyming names one letter apart (Ерлан/Ержан, Нұрлан/Нұржан, Асқар/Асқат), same surname,
  patronymic and city, born 3-6 years apart: 3 pairs;
- husband and wife (Ахметов / Ахметова), same city, born -1 to 5 years apart: 6 pairs;
- father and son (the son's patronymic is the father's given name), born 24-32 years apart, same city: 3 pairs;
- near surnames one letter apart with the same given name (Ахметов/Ахмедов, Хасенов/Касенов, Қалиев/Ғалиев,
  Тоқтаров/Тоқтаев, Байжанов/Бейжанов), birth years 7-15 apart, other cities: 5 pairs.
Common given names and surnames repeat in other combinations throughout (Ерлан, Нұрлан, Әсел, Ахметов, ...).

Decisions taken for the truth
-----------------------------
- Two rows are one person only when a careful analyst would say so: the name agrees allowing for spelling,
  and the birth year (where both give one) and the city agree, or the year is one off with everything else
  agreeing. Rows of one person always give the same city.
- No coin flips: outside the planted pairs, no two people have names "near" each other (surnames, feminine
  ending aside, and given names each at most two letters apart in passport Latin); a new random person whose
  name comes near an existing one is drawn again. A planted pair's second person is drawn again if it comes
  near a third person.
- The weak variations (typo, initials, missing year, year off by one) are given only to people whose name
  comes near nobody else's, at most one such row per person (so every pair of a person's rows has at least one
  side written fully); initials only where no other person with a near surname shares the given name's
  initial. People of planted pairs never get them.
- The same-name-same-year namesakes are told apart by patronymic and city, so their rows always carry the
  patronymic and never use the -ұлы surname (a first draft let a -ұлы surname replace the patronymic on one
  such row, "Досжанұлы Дархан", which left only the city to tell two people apart: a coin flip; fixed before
  scoring).
- The -ұлы/-қызы surname ("Серікбайұлы Мақсат" for Серикбаев Максат, same year and city) is taken as the same
  person: Kazakhs do rewrite -ов/-ев surnames this way, and nobody else in the set comes near. It is the most
  debatable decision of the set; the scores give the recall without those pairs too.
- A female surname is the male one plus -а (Ткаченко and Федорчук stay as they are); a Russian patronymic of a
  father's name in -ы/-и is -иевич/-иевна (Амангельдиевич).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from rapidfuzz.distance import Levenshtein

SEED = 20261201

# ---------------------------------------------------------------- names (invented combinations)
# Kazakh surnames: (Kazakh Cyrillic, the -ұлы form the bearer may also use, or "")
KZ_SURNAMES = [
    ("Ахметов", "Ахметұлы"), ("Сәрсенбаев", "Сәрсенбайұлы"), ("Жұмабеков", "Жұмабекұлы"), ("Төлеуов", "Төлеуұлы"),
    ("Қасымов", "Қасымұлы"), ("Оспанов", "Оспанұлы"), ("Нұрланов", ""), ("Ермеков", ""), ("Бекмұратов", ""),
    ("Сейітқазиев", ""), ("Әбдірахманов", ""), ("Құдайбергенов", ""), ("Тұрсынбаев", ""), ("Мұхамеджанов", ""),
    ("Жақсылықов", ""), ("Бейсенов", "Бейсенұлы"), ("Ғалымжанов", ""), ("Өмірзақов", ""), ("Үсенов", ""),
    ("Ізбасаров", ""), ("Қайыркенов", ""), ("Мырзахметов", ""), ("Шәкенов", ""), ("Досжанов", "Досжанұлы"),
    ("Тоқтаров", ""), ("Әлімжанов", ""), ("Байжанов", ""), ("Серікбаев", "Серікбайұлы"), ("Абылайханов", ""),
    ("Жолдасбеков", ""), ("Күзембаев", ""), ("Нұрпейісов", ""), ("Рахымжанов", ""), ("Смағұлов", ""),
    ("Темірбеков", ""), ("Ұзақбаев", ""), ("Хасенов", ""), ("Есенғалиев", ""), ("Қалиев", ""), ("Мәметов", ""),
    ("Жүнісов", ""), ("Сұлтанов", ""), ("Иманғалиев", ""), ("Қожахметов", ""), ("Болатов", "Болатұлы"),
    ("Дүйсенов", ""), ("Ермағамбетов", ""), ("Тәжібаев", ""), ("Шалабаев", ""), ("Өтепов", ""),
    ("Айтмұхамбетов", ""), ("Бердібеков", ""), ("Қуанышев", ""), ("Сапарғалиев", ""), ("Тілеубаев", ""),
]
# given names: (Kazakh Cyrillic, the Russian spelling of it)
KZ_MALE = [
    ("Жанболат", "Жанболат"), ("Нұрлан", "Нурлан"), ("Ерлан", "Ерлан"), ("Серік", "Серик"), ("Асқар", "Аскар"),
    ("Дәурен", "Даурен"), ("Бауыржан", "Бауржан"), ("Ерболат", "Ерболат"), ("Мұрат", "Мурат"), ("Қайрат", "Кайрат"),
    ("Ғалым", "Галым"), ("Талғат", "Талгат"), ("Әділет", "Адилет"), ("Бақытжан", "Бахытжан"),
    ("Арман", "Арман"), ("Дархан", "Дархан"), ("Ермек", "Ермек"), ("Марат", "Марат"), ("Руслан", "Руслан"),
    ("Тимур", "Тимур"), ("Әлібек", "Алибек"), ("Медет", "Медет"), ("Айдос", "Айдос"), ("Жасұлан", "Жасулан"),
    ("Олжас", "Олжас"), ("Қанат", "Канат"), ("Берік", "Берик"), ("Мақсат", "Максат"), ("Нұр-Ислам", "Нур-Ислам"),
    ("Ақжол", "Акжол"), ("Еркебұлан", "Еркебулан"), ("Санжар", "Санжар"), ("Бекзат", "Бекзат"),
]
KZ_FEMALE = [
    ("Әсел", "Асель"), ("Айгүл", "Айгуль"), ("Гүлнар", "Гульнар"), ("Жанар", "Жанар"), ("Динара", "Динара"),
    ("Сәуле", "Сауле"), ("Мөлдір", "Молдир"), ("Ақмарал", "Акмарал"), ("Айжан", "Айжан"), ("Салтанат", "Салтанат"),
    ("Ләззат", "Ляззат"), ("Назгүл", "Назгуль"), ("Мадина", "Мадина"), ("Бибігүл", "Бибигуль"), ("Ботагөз", "Ботагоз"),
]
# fathers' names: (Kazakh Cyrillic, Russian spelling) -> -ұлы/-қызы and -ович/-овна
KZ_FATHERS = [
    ("Серік", "Серик"), ("Болат", "Болат"), ("Қайрат", "Кайрат"), ("Марат", "Марат"), ("Ермек", "Ермек"),
    ("Нұрлан", "Нурлан"), ("Бақыт", "Бахыт"), ("Ахмет", "Ахмет"), ("Оспан", "Оспан"), ("Жұмабек", "Жумабек"),
    ("Дәулет", "Даулет"), ("Мұхтар", "Мухтар"), ("Асқар", "Аскар"), ("Сәбит", "Сабит"), ("Тұрсын", "Турсын"),
    ("Амангелді", "Амангельды"), ("Талғат", "Талгат"), ("Ерлан", "Ерлан"), ("Әбілқайыр", "Абылкаир"), ("Қуаныш", "Куаныш"),
]
RU_SURNAMES = ["Иванов", "Кузнецов", "Морозов", "Белоусов", "Ткаченко", "Попов", "Лебедев", "Соколов",
               "Гриценко", "Волков", "Зайцев", "Никитин", "Романенко", "Щербаков", "Федорчук", "Журавлёв"]
RU_MALE = ["Сергей", "Алексей", "Дмитрий", "Андрей", "Игорь", "Николай", "Владимир", "Евгений", "Юрий", "Виктор"]
RU_FEMALE = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Юлия"]
RU_FATHERS = [("Пётр", "Петрович", "Петровна"), ("Иван", "Иванович", "Ивановна"), ("Николай", "Николаевич", "Николаевна"),
              ("Александр", "Александрович", "Александровна"), ("Виктор", "Викторович", "Викторовна"),
              ("Юрий", "Юрьевич", "Юрьевна"), ("Владимир", "Владимирович", "Владимировна")]

KZ_TO_RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                          "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})

# ---------------------------------------------------------------- transliteration schemes (lower-case in, lower-case out)
_BASE = dict(zip("абвгдезиклмнопрстуфы", "abvgdeziklmnoprstufy"))
SCHEMES = {
    # ICAO 9303, the scheme of Kazakh and Russian passports
    "passport": {**_BASE, "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                 "ъ": "ie", "ь": "", "э": "e", "ю": "iu", "я": "ia"},
    # BGN/PCGN (soft sign dropped, as English lists do)
    "bgn": {**_BASE, "ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    # older English texts of Kazakh names: Ж as Dzh
    "dzh": {**_BASE, "ё": "yo", "ж": "dzh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    # informal English: Ж as J, Х as H
    "informal": {**_BASE, "ё": "yo", "ж": "j", "й": "y", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
                 "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
    # French: Ж j, Ш ch, Ч tch, У ou, Х kh
    "french": {**_BASE, "у": "ou", "ё": "io", "ж": "j", "й": "ï", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
               "щ": "chtch", "ъ": "", "ь": "", "э": "e", "ю": "iou", "я": "ia"},
    # German (Duden): Ж sch, В w, З s, Й j, Х ch, Ц z
    "german": {**_BASE, "в": "w", "з": "s", "ё": "jo", "ж": "sch", "й": "j", "х": "ch", "ц": "z", "ч": "tsch",
               "ш": "sch", "щ": "schtsch", "ъ": "", "ь": "", "э": "e", "ю": "ju", "я": "ja"},
}
# Kazakh Latin of 2021, from the Kazakh Cyrillic spelling
KZ2021 = {**_BASE, "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h", "і": "ı",
          "ё": "io", "ж": "j", "й": "i", "х": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "ş", "ъ": "", "ь": "",
          "э": "e", "ю": "iu", "я": "ia"}
VOWELS = set("аеёиоуыэюяәөұүі")


def _cap(word: str) -> str:
    """Capitalise each hyphen part; a Latin 'i' from Cyrillic и stays dotted (İ) only in the 2021 script."""
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def translit(word: str, scheme: str) -> str:
    """One word (Cyrillic, any case) in a Latin scheme, capitalised."""
    table = KZ2021 if scheme == "kz2021" else SCHEMES[scheme]
    w = word.lower() if scheme == "kz2021" else word.translate(KZ_TO_RU).lower()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else "-"
        if scheme == "bgn" and ch == "е" and (prev in VOWELS or prev in "-ьъ"):
            out.append("ye")
        elif scheme == "german" and ch == "е" and prev == "-":
            out.append("je")
        elif scheme in ("french", "german") and ch == "с" and prev in VOWELS and i + 1 < len(w) and w[i + 1] in VOWELS:
            out.append("ss")
        elif scheme == "french" and ch == "й" and prev not in VOWELS:
            out.append("i")
        else:
            out.append(table.get(ch, ch))
    text = "".join(out)
    if scheme == "german":  # Russian surname endings as German writes them
        text = text[:-2] + "ow" if text.endswith("ov") else text[:-2] + "ew" if text.endswith("ev") else text
        text = text[:-3] + "owa" if text.endswith("ova") else text[:-3] + "ewa" if text.endswith("eva") else text
    if scheme == "kz2021":
        return "-".join(("İ" + p[1:]) if p[:1] == "i" else ("I" + p[1:]) if p[:1] == "ı" else _cap(p) for p in text.split("-"))
    return _cap(text)


# ---------------------------------------------------------------- people
@dataclass
class Person:
    key: str
    kazakh: bool
    female: bool
    surname_kz: str          # Kazakh Cyrillic (the Russian spelling is KZ_TO_RU of it)
    given_kz: str
    given_ru: str
    father_kz: str
    father_ru: str
    born: date
    city: str
    uly: str = ""            # -ұлы / -қызы surname form the person also uses
    kind: str = "random"     # random or the namesake kind the person was planted for
    weak_ok: bool = True     # may get weak variations (typo, initials, no year, year off by one)
    patronymic_always: bool = False
    partner: str = ""        # the other person of a planted pair
    initials_ok: bool = True

    @property
    def surname_ru(self) -> str:
        return self.surname_kz.translate(KZ_TO_RU)

    def patronymic(self, kazakh_form: bool) -> str:
        if not self.kazakh:
            return self.father_ru  # Russian people: father_ru holds the patronymic itself
        if kazakh_form:
            return self.father_kz + ("қызы" if self.female else "ұлы")
        base = self.father_ru
        if base[-1] in "ыи":  # Амангельды -> Амангельдиевич
            return base[:-1] + ("иевна" if self.female else "иевич")
        return base + ("овна" if self.female else "ович")


def _female(surname: str) -> str:
    return surname if surname.endswith(("ко", "чук")) else surname + "а"


CITIES = {  # key: (Russian, Kazakh, English, Kazakh Latin 2021)
    "Almaty": ("Алматы", "Алматы", "Almaty", "Almaty"), "Astana": ("Астана", "Астана", "Astana", "Astana"),
    "Shymkent": ("Шымкент", "Шымкент", "Shymkent", "Şymkent"), "Aktobe": ("Актобе", "Ақтөбе", "Aktobe", "Aqtöbe"),
    "Karaganda": ("Караганда", "Қарағанды", "Karaganda", "Qarağandy"), "Oral": ("Уральск", "Орал", "Oral", "Oral"),
    "Atyrau": ("Атырау", "Атырау", "Atyrau", "Atyrau"), "Aktau": ("Актау", "Ақтау", "Aktau", "Aqtau"),
    "Taraz": ("Тараз", "Тараз", "Taraz", "Taraz"), "Kyzylorda": ("Кызылорда", "Қызылорда", "Kyzylorda", "Qyzylorda"),
    "Pavlodar": ("Павлодар", "Павлодар", "Pavlodar", "Pavlodar"),
    "Oskemen": ("Усть-Каменогорск", "Өскемен", "Oskemen", "Öskemen"), "Semey": ("Семей", "Семей", "Semey", "Semei"),
    "Kostanay": ("Костанай", "Қостанай", "Kostanay", "Qostanai"),
    "Zhanaozen": ("Жанаозен", "Жаңаөзен", "Zhanaozen", "Jañaözen"),
    "Taldykorgan": ("Талдыкорган", "Талдықорған", "Taldykorgan", "Taldyqorğan"),
}
CITY_KEYS = list(CITIES)
CITY_W = [30, 22, 10, 6, 6, 5, 5, 6, 3, 3, 4, 4, 3, 3, 5, 3]


def _stem(p: Person) -> str:
    """The surname as a human compares it: Russian letters, passport Latin, no feminine ending."""
    s = translit(p.surname_ru, "passport").lower()
    return s[:-1] if p.female and s.endswith(("ova", "eva", "ina")) else s


def _given(p: Person) -> str:
    return translit(p.given_ru, "passport").lower().replace("-", "")


def near(p: Person, q: Person) -> bool:
    """Names a reader could take for one: surnames (feminine ending aside) and given names each at most
    two letters apart in passport Latin."""
    return Levenshtein.distance(_stem(p), _stem(q)) <= 2 and Levenshtein.distance(_given(p), _given(q)) <= 2


def make_people(rng: random.Random) -> list[Person]:
    """300 people: the planted namesakes and relatives (each pair `partner` of the other), then people whose
    names come near nobody's (a new name is drawn again while it comes near an existing one)."""
    people: list[Person] = []

    def draw(kind: str, *, kazakh=True, female=False, surname=None, uly="", given=None, father=None, born=None,
             city=None, patronymic_always=False) -> Person:
        if kazakh:
            if surname is None:
                surname, uly = rng.choice(KZ_SURNAMES)
            given = given or rng.choice(KZ_FEMALE if female else KZ_MALE)
            father = father or rng.choice(KZ_FATHERS)
        else:
            surname = surname or rng.choice(RU_SURNAMES)
            g = given or rng.choice(RU_FEMALE if female else RU_MALE)
            given = (g, g) if isinstance(g, str) else g
            f = father or rng.choice(RU_FATHERS)
            father = (f[0], f[2] if female else f[1])
        born = born or date(rng.randint(1955, 2001), 1, 1) + timedelta(days=rng.randint(0, 364))
        p = Person(key="", kazakh=kazakh, female=female,
                   surname_kz=_female(surname) if female else surname, given_kz=given[0], given_ru=given[1],
                   father_kz=father[0], father_ru=father[1], born=born,
                   city=city or rng.choices(CITY_KEYS, CITY_W)[0], uly=uly, kind=kind,
                   patronymic_always=patronymic_always)
        if female and uly:
            p.uly = uly[: -len("ұлы")] + "қызы"
        return p

    def add(*group: Person) -> bool:
        """Add the people of a group (one person, or a planted pair) if none comes near anybody already there."""
        if any(near(p, q) for p in group for q in people):
            return False
        for p in group:
            p.key = f"P{len(people) + 1:03d}"
            people.append(p)
        if len(group) == 2:
            group[0].partner, group[1].partner = group[1].key, group[0].key
        return True

    def other_city(city: str) -> str:
        return rng.choice([c for c in CITY_KEYS if c != city])

    def year_apart(born: date, lo: int, hi: int) -> date:
        sign, d = rng.choice((-1, 1)), rng.randint(lo, hi)
        y = born.year + sign * d if 1950 <= born.year + sign * d <= 2003 else born.year - sign * d
        return date(y, rng.randint(1, 12), rng.randint(1, 28))

    def planted(n: int, make) -> None:
        done = 0
        while done < n:
            done += add(*make())

    def same_name(kazakh: bool):  # the same surname and given name, other birth year (6-15 apart) and city
        a = draw("same_name", kazakh=kazakh)
        return a, draw("same_name", kazakh=kazakh, surname=a.surname_kz if kazakh else a.surname_ru, uly=a.uly,
                       given=(a.given_kz, a.given_ru), born=year_apart(a.born, 6, 15), city=other_city(a.city))

    def same_name_year():  # same name and birth year, other patronymic and city (always written with the patronymic)
        a = draw("same_name_year", patronymic_always=True)
        fathers = [f for f in KZ_FATHERS if f[0] != a.father_kz]
        return a, draw("same_name_year", surname=a.surname_kz, uly=a.uly, given=(a.given_kz, a.given_ru),
                       father=rng.choice(fathers), born=date(a.born.year, rng.randint(1, 12), rng.randint(1, 28)),
                       city=other_city(a.city), patronymic_always=True)

    def same_name_city():  # the same surname and given name in one city, born 8-20 years apart
        a = draw("same_name_city")
        return a, draw("same_name_city", surname=a.surname_kz, uly=a.uly, given=(a.given_kz, a.given_ru),
                       born=year_apart(a.born, 8, 20), city=a.city)

    def brothers():  # same surname, father and city, another given name (other initial), born 1-6 years apart
        a = draw("brothers")
        given = rng.choice([g for g in KZ_MALE if g[1][0] != a.given_ru[0]
                            and Levenshtein.distance(translit(g[1], "passport"), translit(a.given_ru, "passport")) > 2])
        return a, draw("brothers", surname=a.surname_kz, uly=a.uly, given=given, father=(a.father_kz, a.father_ru),
                       born=year_apart(a.born, 1, 6), city=a.city)

    rhymes = iter([(("Ерлан", "Ерлан"), ("Ержан", "Ержан")), (("Нұрлан", "Нурлан"), ("Нұржан", "Нуржан")),
                   (("Асқар", "Аскар"), ("Асқат", "Аскат"))])

    def brothers_rhyme():  # rhyming names one letter apart (Ерлан, Ержан): same surname, father, city; 3-6 years apart
        g1, g2 = next(rhymes)
        while True:
            a = draw("brothers_rhyme", given=g1)
            b = draw("brothers_rhyme", surname=a.surname_kz, uly=a.uly, given=g2, father=(a.father_kz, a.father_ru),
                     born=year_apart(a.born, 3, 6), city=a.city)
            if not any(near(p, q) for p in (a, b) for q in people):
                return a, b

    def spouses():  # one surname, same city, born 0-5 years apart
        a = draw("spouses")
        return a, draw("spouses", female=True, surname=a.surname_kz, uly=a.uly,
                       born=date(a.born.year + rng.randint(-1, 5), rng.randint(1, 12), rng.randint(1, 28)), city=a.city)

    def father_son():  # the son's patronymic is the father's given name; born 24-32 years apart
        f = draw("father_son", born=date(rng.randint(1950, 1962), rng.randint(1, 12), rng.randint(1, 28)))
        return f, draw("father_son", surname=f.surname_kz, uly=f.uly, father=(f.given_kz, f.given_ru),
                       given=rng.choice([g for g in KZ_MALE if g[0] != f.given_kz]),
                       born=date(f.born.year + rng.randint(24, 32), rng.randint(1, 12), rng.randint(1, 28)), city=f.city)

    surnames = iter([("Ахметов", "Ахмедов"), ("Хасенов", "Касенов"), ("Қалиев", "Ғалиев"), ("Тоқтаров", "Тоқтаев"),
                     ("Байжанов", "Бейжанов")])

    def near_name():  # surnames one letter apart, the same given name, other birth year (7-15 apart) and city
        s1, s2 = next(surnames)
        while True:
            a = draw("near_name", surname=s1)
            b = draw("near_name", surname=s2, given=(a.given_kz, a.given_ru), born=year_apart(a.born, 7, 15),
                     city=other_city(a.city))
            if not any(near(p, q) for p in (a, b) for q in people):
                return a, b

    planted(10, lambda: same_name(True))
    planted(2, lambda: same_name(False))
    planted(4, same_name_year)
    planted(4, same_name_city)
    planted(8, brothers)
    planted(3, brothers_rhyme)
    planted(6, spouses)
    planted(3, father_son)
    planted(5, near_name)
    while len(people) < 300:  # everyone else: a name that comes near nobody's
        kazakh = rng.random() < 0.88
        add(draw("random", kazakh=kazakh, female=rng.random() < 0.25))
    # weak variations (typo, initials, no year, year off by one) only for a name no other person comes near;
    # initials only where no other person of a near surname shares the given name's initial
    for p in people:
        others = [q for q in people if q is not p]
        p.weak_ok = not any(near(p, q) for q in others)
        p.initials_ok = p.weak_ok and not any(
            Levenshtein.distance(_stem(p), _stem(q)) <= 2 and _given(p)[0] == _given(q)[0] for q in others)
    return people


# ---------------------------------------------------------------- cases and the six lists
ARTICLES = [(405, 2), (405, 1), (174, 1), (274, 4), (272, 2), (182, 1), (179, 2), (256, 2)]
STATUSES = {  # status: (Russian, Kazakh, English, Kazakh Latin)
    "imprisoned": ("лишение свободы", "бас бостандығынан айыру", "imprisoned", "bas bostandyğynan aiyru"),
    "restricted_freedom": ("ограничение свободы", "бас бостандығын шектеу", "restricted freedom", "bas bostandyğyn şekteu"),
    "house_arrest": ("домашний арест", "үй қамағы", "house arrest", "üi qamağy"),
    "fined": ("штраф", "айыппұл", "fined", "aiyppūl"),
    "under_investigation": ("под следствием", "тергеу жүріп жатыр", "under investigation", "tergeu jürıp jatyr"),
    "released": ("освобожден", "босатылды", "released", "bosatyldy"),
}
# list: (file, sheets, weight among the lists that report a case)
LISTS = {
    "ru": ("spisok_presleduemyh.xlsx", 0.24),
    "kz": ("qudalanushylar_tizimi.xlsx", 0.18),
    "en": ("annex_rights_watch.csv", 0.18),
    "eu": ("europe_monitoring_report.csv", 0.1),
    "vol": ("volontery_baza.xlsx", 0.2),
    "kzl": ("tizim_latyn_2021.csv", 0.1),
}
WEAK = {  # list: (probability of a weak variation on a row, the kinds that list makes)
    "ru": (0.15, ["no_year", "initials"]),
    "kz": (0.15, ["no_year", "year_off"]),
    "en": (0.15, ["no_year", "year_off"]),
    "eu": (0.15, ["year_off", "typo"]),
    "vol": (0.7, ["typo", "typo", "initials", "no_year", "year_off"]),
    "kzl": (0.2, ["no_year", "typo"]),
}


@dataclass
class Case:
    person: Person
    no: int
    detained: date
    article: tuple[int, int]
    status: str
    lists: list[str] = field(default_factory=list)


def make_cases(people: list[Person], rng: random.Random) -> list[Case]:
    cases = []
    names = list(LISTS)
    weights = [LISTS[n][1] for n in names]
    for p in people:
        n_cases = 2 if rng.random() < 0.12 else 1
        first = date(2019, 1, 1) + timedelta(days=rng.randint(0, 3 * 365))
        for no in range(n_cases):
            detained = first if no == 0 else first + timedelta(days=rng.randint(550, 1100))
            k = rng.choices((1, 2, 3), (0.55, 0.3, 0.15))[0]
            allowed = [n for n in names if not (p.patronymic_always and n in ("en", "eu"))]
            chosen: list[str] = []
            if no == 1 and rng.random() < 0.7:  # the second case in a list that has the first: a list names them twice
                chosen.append(rng.choice([n for n in cases[-1].lists if n in allowed]))
            while len(chosen) < k:
                n = rng.choices(allowed, [weights[names.index(a)] for a in allowed])[0]
                if n not in chosen:
                    chosen.append(n)
            status = rng.choice(list(STATUSES))
            art = rng.choice(ARTICLES)
            cases.append(Case(p, no + 1, detained, art, status, chosen))
    return cases


def _typo(word: str, rng: random.Random) -> tuple[str, str]:
    """A volunteer's slip in one word (never the first letter): dropped, doubled, swapped or wrong vowel."""
    i = rng.randint(2, len(word) - 2)
    kind = rng.choice(("dropped", "doubled", "swapped", "vowel"))
    if kind == "dropped":
        return word[:i] + word[i + 1:], "typo_dropped"
    if kind == "doubled":
        return word[:i] + word[i] + word[i:], "typo_doubled"
    if kind == "swapped" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:], "typo_swapped"
    swaps = {"а": "о", "о": "а", "е": "и", "и": "е", "у": "ю", "ы": "и", "a": "o", "o": "a", "e": "i", "i": "e", "u": "o"}
    for j in list(range(i, len(word))) + list(range(1, i)):
        if word[j] in swaps:
            return word[:j] + swaps[word[j]] + word[j + 1:], "typo_vowel"
    return word[:i] + word[i + 1:], "typo_dropped"


def render(p: Person, lst: str, weak: str, rng: random.Random, scheme: str = "") -> tuple[str, list[str]]:
    """The name as the list writes it, and the variations it shows (`scheme`: the Latin scheme of the
    European report the row comes from)."""
    tags: list[str] = []
    kazakh_letters = lst in ("kz", "kzl") or (lst == "vol" and p.kazakh and rng.random() < 0.3)
    script = {"en": rng.choices(("passport", "bgn", "dzh", "informal"), (60, 25, 5, 10))[0],
              "eu": scheme, "kzl": "kz2021"}.get(lst, "")
    if script == "dzh" and not p.kazakh:
        script = "bgn"
    surname = p.surname_kz if kazakh_letters else p.surname_ru
    given = p.given_kz if kazakh_letters else p.given_ru
    if p.uly and not p.patronymic_always and lst in ("kz", "kzl") and rng.random() < (0.5 if lst == "kz" else 0.3):
        surname = p.uly
        tags.append("surname_uly")
    patr_p = {"ru": 0.85, "kz": 0.6, "en": 0.05, "eu": 0.0, "vol": 0.4, "kzl": 0.4}[lst]
    with_patr = (p.patronymic_always or rng.random() < patr_p) and "surname_uly" not in tags
    patr = p.patronymic(kazakh_form=kazakh_letters and p.kazakh) if with_patr else ""
    if "-" in given and rng.random() < 0.5:
        given = given.replace("-", "" if rng.random() < 0.6 else " ")
        given = given[0] + given[1:].lower() if " " not in given else given
        tags.append("hyphen")
    if script:
        surname, given = translit(surname, script), " ".join(translit(g, script) for g in given.split())
        patr = translit(patr, script) if patr else ""
        tags.append(f"latin_{script}")
    else:
        tags.append("cyrillic_kz" if kazakh_letters else "cyrillic_ru")
    if weak == "typo":
        target = rng.choice(("surname", "given")) if len(given) >= 5 else "surname"
        if target == "surname":
            surname, t = _typo(surname, rng)
        else:
            given, t = _typo(given, rng)
        tags.append(t)
    if weak == "initials":
        tags.append("initials")
        return f"{surname} {given[0]}.{p.patronymic(kazakh_form=kazakh_letters and p.kazakh)[0]}.", tags
    caps = {"en": 0.7, "vol": 0.2}.get(lst, 0.0)
    if rng.random() < caps:
        surname = surname.upper()
        tags.append("caps")
    given_first = {"ru": 0.05, "kz": 0.15, "en": 1.0, "eu": 1.0, "vol": 0.4, "kzl": 0.2}[lst]
    if lst == "en" and "caps" in tags:
        given_first = 0.0  # "SURNAME Given", as English reports write it
    if rng.random() < given_first:
        tags.append("given_first")
        parts = [given, patr, surname]
    else:
        parts = [surname, given, patr]
    if patr:
        tags.append("patronymic")
    return " ".join(x for x in parts if x), tags


# the European list pools reports: French ones write names the French way, German ones the German way
REPORTS = [("rapport FIDH", "french"), ("rapport OMCT", "french"), ("Bericht IGFM", "german"), ("Bericht Libereco", "german")]

HEADERS = {
    "ru": ["№", "ФИО", "Год рождения", "Город", "Статья УК РК", "Статус", "Дата задержания"],
    "kz": ["№", "Аты-жөні", "Туған жылы", "Қала", "ҚК бабы", "Мәртебесі", "Ұсталған күні"],
    "en": ["No.", "Name", "Year of birth", "City", "Charges", "Status", "Detained"],
    "eu": ["Name", "Born", "City", "Article", "Situation", "Arrested", "Report"],
    "vol": ["ФИО", "Г.р.", "Город", "Статья", "Мера / приговор", "Дата задержания", "Примечание"],
    "kzl": ["Tolyq aty-jönı", "Tuğan jyly", "Qala", "Baby", "Märtebesı", "Ūstalğan künı"],
}


def _cells(lst: str, c: Case, name: str, year_cell, rng: random.Random, report: str) -> list:
    ru, kz, en, kzl = CITIES[c.person.city]
    art, part = c.article
    d = c.detained
    st = STATUSES[c.status]
    if lst == "ru":
        return [None, name, year_cell, f"г. {ru}" if rng.random() < 0.5 else ru, f"ч.{part} ст.{art} УК РК", st[0], d.strftime("%d.%m.%Y")]
    if lst == "kz":
        return [None, name, year_cell, kz, f"{art}-бап {part}-бөлік", st[1], d.strftime("%d.%m.%Y")]
    if lst == "en":
        return [None, name, year_cell, en, f"Art. {art}({part})", st[2], d.isoformat()]
    if lst == "eu":
        return [name, year_cell, en, f"Article {art} part {part}", st[2], d.strftime("%d.%m.%Y"), report]
    if lst == "vol":
        return [name, year_cell, ru, f"{art} ч.{part}", st[0], d.strftime("%d.%m.%Y"), ""]
    return [name, year_cell, kzl, f"{art}-bap {part}-bölık", st[3], d.strftime("%d.%m.%Y")]


def write_lists(folder: Path) -> pd.DataFrame:
    """Write the six lists into `folder`; return the truth (one row per case row)."""
    from openpyxl import Workbook

    rng = random.Random(SEED)
    people = make_people(rng)
    cases = make_cases(people, rng)
    rows: dict[str, list] = {n: [] for n in LISTS}
    weak_used: set[str] = set()
    spelled: dict[tuple[str, str], tuple[str, list[str]]] = {}
    n_rows = {p.key: 0 for p in people}
    for c in cases:
        for lst in c.lists:
            n_rows[c.person.key] += 1
    for c in cases:
        p = c.person
        for lst in c.lists:
            prob, kinds = WEAK[lst]
            weak = ""
            # at most one weak row per person, so every pair of its rows has at least one side written fully
            if p.weak_ok and p.key not in weak_used and rng.random() < prob:
                weak = rng.choice([k for k in kinds if k != "initials" or p.initials_ok])
                weak_used.add(p.key)
            report = rng.choice(REPORTS) if lst == "eu" else ("", "")
            if (p.key, lst) in spelled and not weak and rng.random() < 0.7:
                name, tags = spelled[(p.key, lst)]  # the list writes the person's second case as the first
                tags = [*tags]
            else:
                name, tags = render(p, lst, weak if weak in ("typo", "initials") else "", rng, report[1])
                if not weak:
                    spelled[(p.key, lst)] = (name, [*tags])
            year = p.born.year
            if weak == "year_off":
                year += rng.choice((-1, 1))
                tags.append("year_off_by_one")
            if weak == "no_year":
                year_cell = None
                tags.append("no_year")
            elif lst == "eu" and weak != "year_off" and rng.random() < 0.7:
                year_cell = p.born.strftime("%d.%m.%Y")
                tags.append("full_birth_date")
            else:
                year_cell = year
            rows[lst].append((c, name, year_cell, tags, report[0]))
    truth = []
    for lst, (file, _) in LISTS.items():
        entries = sorted(rows[lst], key=lambda e: (e[0].detained, e[0].person.key))
        if lst == "vol":
            sheets = {"2019-2020": [e for e in entries if e[0].detained.year <= 2020],
                      "2021-2024": [e for e in entries if e[0].detained.year >= 2021]}
        else:
            sheets = {"Список" if lst == "ru" else "Тізім" if lst == "kz" else "": entries}
        if file.endswith(".xlsx"):
            wb = Workbook()
            wb.remove(wb.active)
        for sheet, sheet_entries in sheets.items():
            table = []
            for i, (c, name, year_cell, tags, report) in enumerate(sheet_entries, start=1):
                cells = _cells(lst, c, name, year_cell, rng, report)
                if HEADERS[lst][0] in ("№", "No."):
                    cells[0] = i
                table.append(cells)
            first = 3 if lst == "ru" else 2  # the Russian list has a title row above its header
            if file.endswith(".xlsx"):
                ws = wb.create_sheet(sheet)
                if lst == "ru":
                    ws.append(["Список лиц, подвергшихся политически мотивированному преследованию"])
                ws.append(HEADERS[lst])
                for r in table:
                    ws.append(r)
            else:
                frame = pd.DataFrame(table, columns=HEADERS[lst], dtype=object)
                frame.to_csv(folder / file, index=False, sep=";" if lst == "eu" else ",", encoding="utf-8")
            for i, (c, name, year_cell, tags, _) in enumerate(sheet_entries):
                truth.append({"source_file": file, "source_sheet": sheet, "source_row": first + i, "kind": "case",
                              "name": name, "person": c.person.key, "person_kind": c.person.kind, "case_no": c.no,
                              "birth_year": c.person.born.year, "variation": " ".join(tags)})
        if file.endswith(".xlsx"):
            wb.save(folder / file)
    return pd.DataFrame(truth)
