"""The fields of case rows: the prepared case rows of a sheet in, cases and charges (and problem rows) out.

One function per group of columns: identity (case_id, name, birth year), place, dates,
charges, measure (status and term), ties to DVK / Koshe Partiyasy; section headings complete
status and place where a row gives none.
"""
from __future__ import annotations

import hashlib
import re
from functools import partial

import numpy as np
import pandas as pd

from .address import address_column, parse_address
from .affiliation_notes import affiliation_or_note, header_holds_notes
from .appeal import apply_appeal
from .court import court_column, court_dates, parse_court
from .event_cells import dates_of_other_events
from .event_kinds import event_dates
from .stage_sources import stage_source_columns
from .verdict_text import articles_from_verdicts, places_from_verdicts
from .free_text import ties_in_free_text
from .headers import HeaderMap
from .institution import imprisoned_by_institution
from .measures import further_status_columns, read_measures
from .narrative import FreeText, read_free_text
from .note_status import status_from_note
from .parse import affiliation as aff
from .parse import articles as art
from .parse import dates, names, places
from .parse.text import clean_spaces, clean_spaces_many, match_key
from .read import RawSheet
from .rows import DATE_FIELDS
from .note_measure import status_from_change
from .stage import latest_stage
from .sheet_year import row_years, with_year
from .stage_history import read_histories
from .snapshot import later_than_snapshot
from .petitions import apply_decisions
from .start_dates import start_only_dates
from .table_spec import DATE_COLUMNS, column_names, empty
from .name_cell import split_name_cells
from .verdict_dates import release_dates, verdict_dates
from .codes import factorize
from .date_order import read_dates
from .date_order import said as orders_said
from .date_order import writings as date_writings
from .values import Field, Rows, first_day, parse_values, spread_texts, take_where_read

# The 2014 Criminal Code took effect on 1 January 2015 (docs/domain.md a.1); a bare
# number in a case that started before then is written in the 1997 numbering.
CC2014_IN_FORCE = pd.Timestamp("2015-01-01")



def parse_cases(block: pd.DataFrame, header: HeaderMap, sheet: RawSheet, source: str,
                sections: pd.DataFrame | None = None, info: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame, list[pd.DataFrame]]:
    """Parse every mapped column of the case rows; return cases, charges and the problem rows.
    `sections` (from `section_headings`) completes status and place where the row gives none;
    the headings used are recorded in `info["sections"]`."""
    rows = Rows(block, header, sheet)
    ids = content_ids(rows, source)  # from the cells as written
    rows = split_name_cells(rows)  # `Name, born 1979, activist from Aktobe`: the details go to their fields
    out = _identity(rows, source, ids)
    free = read_free_text(rows)  # fields a narrative cell gives where the sheet has no column for them
    rows = free.rows
    if "birth_year" in free.columns:  # `b. 1986` in a free-text cell, where the sheet has no birth-year column
        born = rows.run("birth_year", names.parse_birth_year, lambda v: {"year": v})
        if born is not None and "year" in born:
            out["birth_year"] = out["birth_year"].fillna(pd.Series(pd.array(born["year"].to_numpy(), dtype="Int64"), index=rows.idx)).array
    gave = _place(rows, out, free)
    if info is not None:
        info.update(gave)
    # Dates read beside the date columns: the steps of a status history, a court cell's date.
    histories = read_histories(rows)
    court = court_dates(rows)
    in_verdicts, verdict_columns = verdict_dates(rows)  # `приговор ... от 12.03.2021` in the verdict's own cell
    in_releases, release_columns = release_dates(rows)  # `released under amnesty in Nov 2022` in the status cell
    by_event, event_columns = event_dates(rows)  # `Event date | Event type`: each row's date to its event (event_kinds.py)
    more = [*histories.dates, *([court[1:]] if court else []), *in_verdicts, *in_releases, *by_event]
    years = row_years(rows.sheet.sheet, sections, rows.idx)  # a bare month takes the sheet's or heading's year
    start_only = _dates(rows, out, more, years)  # before the charges: their code depends on when the case started
    if info is not None:
        if start_only:
            info["start_only_columns"] = start_only
        read = [*(rows.written(f) for f in DATE_FIELDS if rows.text(f) is not None), *start_only,
                *([event_columns["column"]] if event_columns else [])]
        if ordered := orders_said(rows, read):  # the columns read month first, and why (date_order.py)
            info["date_order"] = ordered
        info["date_writings"] = date_writings(rows, read)  # for the file's other sheets (one_list.py), not in the manifest
        if histories.columns:
            info["history_columns"] = histories.columns
        if verdict_columns:
            info["verdict_dates"] = verdict_columns
        if release_columns:
            info["release_dates"] = release_columns
        if event_columns:
            info["event_dates"] = event_columns
        if court:
            info["court_dates"] = {"column": court[0], "field": court[1], "cases": int(court[2].notna().sum())}
    charges = _charges(rows, out, sections, info)
    further = further_status_columns(rows.header)  # columns of statuses besides the status column (measures.py)
    staged, readers = stage_source_columns(rows.header, rows.block, further)  # stage, outcome, custody columns (stage_sources.py)
    further = {**further, **staged}
    petition = apply_decisions(rows, further, info)  # a petition's outcome only where the court granted it (petitions.py)
    read_measures(rows, out, further, readers)
    if petition is not None:
        out.loc[petition & out["status"].isna(), "status"] = "imprisoned"
    if info is not None and further:
        info["status_columns"] = list(further.values())
    from_history = histories.give_status(out)  # the latest step of a history wins over an earlier stage
    if info is not None and from_history:
        info["status_from_history"] = from_history
    after = later_than_snapshot(rows, out, {**further, **rows.header.histories})  # a status as of a day, then later steps
    if info is not None and after:
        info["status_after_snapshot"] = after
    used = _from_sections(rows, out, sections) if sections is not None else {}
    if info is not None and used:
        said = info.get("sections", {})  # the articles a heading gave (_charges), then its status and place
        info["sections"] = {**said, **{h: "; ".join(x for x in (said.get(h), v) if x) for h, v in used.items()}}
    held = imprisoned_by_institution(rows, out)  # a bare term beside a colony (institution.py)
    if info is not None and held:
        info["status_from_institution"] = held
    appealed = apply_appeal(rows, out)  # an appeal's outcome is later than the verdict (appeal.py)
    if info is not None and appealed:
        info["changed_by_appeal"] = appealed
    noted = status_from_note(rows, out, further)  # a note stating the present measure, where no column gives a status
    if info is not None and noted:
        info["status_from_note"] = noted
    changed = status_from_change(rows, out)  # `UPD 17.10.2023: мера изменена на домашний арест` (note_measure.py)
    if info is not None and changed:
        info["status_from_note_change"] = changed
    released = latest_stage(rows, out, sections, info)  # the latest stage wins across columns (stage.py)
    if info is not None and released:
        info["released_by_stage"] = released
    out["status"] = out["status"].fillna("unknown")
    _ties(rows, out)
    if info is not None:
        read = {f: int(rows.text(f).notna().sum()) for f in free.columns}  # rows whose free text gave the field
        if "city" in gave.get("from_free_text", {}):
            read["city"] = gave["from_free_text"]["city"]
        columns = sorted({*free.columns.values(), *([free.city_column] if "city" in read else [])})
        if columns:
            info["from_free_text"] = {"columns": columns, "cases": {f: n for f, n in read.items() if n}}
            info["read_header"] = rows.header  # the dates read from free text count as date columns (sheet.py)
        else:
            info.pop("from_free_text", None)
    columns = column_names("cases")
    return out[columns].reset_index(drop=True), charges, rows.problems


def content_ids(rows: Rows, source: str) -> list[str] | pd.arrays.ArrowStringArray:
    """case_id from where the row comes from and what it says, not where it stands: source, file
    (path below the input folder), sheet, and the row's cells in the order of their fields (the
    running number left out), plus the occurrence number among rows that say the same. A new
    version of a list that inserts, removes or reorders other rows keeps the ids.

    Each distinct cell of a column is hashed once (sha256 of its field and its text, spaces tidied);
    a row's cells are then mixed in field order with 64-bit arithmetic over whole columns, so no
    string is built per row. The id is the 16 hex digits of the result."""
    sheet, block, header = rows.sheet, rows.block, rows.header
    file_key = sheet.key or sheet.file
    running = header.column_of("row_number")
    labelled = sorted(((header.fields.get(c) or "~" + str(header.written.get(c, c)), c) for c in block.columns if c != running),
                      key=lambda lc: lc[0])
    acc = np.full(len(block), _h64(f"{source}\x1f{file_key}\x1f{sheet.sheet}"), dtype=np.uint64)
    for label, c in labelled:
        codes, distinct = factorize(block[c])  # a blank cell: -1, which takes the last hash (an empty cell)
        tidy = [*clean_spaces_many(np.asarray(distinct, dtype=object)), ""]
        hashes = _h64_many(f"{label}=", tidy)
        acc = _mix(acc, hashes[codes])
    if not len(acc):
        return []
    seen = pd.Series(acc).groupby(acc, sort=False).cumcount().to_numpy(dtype=np.uint64)
    return _hex_ids(_mix(acc, seen))


def _hex_ids(ids: np.ndarray) -> pd.arrays.ArrowStringArray:
    """Each 64-bit id as 16 lower-case hex digits (`f"{x:016x}"`), as a pandas `str` array: the digits
    of all the ids are one run of bytes (big-endian bytes, hexed at once), cut every 16 by Arrow."""
    import pyarrow as pa

    digits = ids.astype(">u8").tobytes().hex().encode("ascii")
    wide = 16 * (len(ids) + 1) >= 2**31  # offsets past what 32 bits hold: Arrow's large strings
    offsets = np.arange(0, 16 * (len(ids) + 1), 16, dtype=np.int64 if wide else np.int32)
    kind = pa.large_string() if wide else pa.string()
    strings = pa.Array.from_buffers(kind, len(ids), [None, pa.py_buffer(offsets), pa.py_buffer(digits)])
    return pd.array(pd.arrays.ArrowStringArray(strings), dtype="str")


def _h64(text: str) -> int:
    """The first 64 bits of the sha256 of a text, as an unsigned integer."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _h64_many(prefix: str, texts: list[str]) -> np.ndarray:
    """`_h64(prefix + text)` of each text, as uint64: the first 8 bytes of each digest joined, read by numpy at once."""
    sha256, head = hashlib.sha256, prefix.encode()
    digests = b"".join([sha256(head + t.encode()).digest()[:8] for t in texts])
    return np.frombuffer(digests, dtype=">u8").astype(np.uint64)


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(acc: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Fold 64-bit values into 64-bit accumulators, order mattering (splitmix64's finaliser over
    acc * golden + value); numpy's unsigned arithmetic wraps around, as it must here."""
    with np.errstate(over="ignore"):
        x = acc * _GOLDEN + value.astype(np.uint64)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


_BIRTH_IN_HEADER = re.compile(r"рожд|\bг\s*р\b|birth|born|туған|туылған")


def _identity(rows: Rows, source: str, ids: list[str] | None = None) -> pd.DataFrame:
    """case_id, where the row comes from, name, Latin name and birth year."""
    sheet, idx = rows.sheet, rows.idx
    out = pd.DataFrame(index=idx)
    out["case_id"] = content_ids(rows, source) if ids is None else ids
    out["person_id"] = out["case_id"]  # until the persons are linked (kzanalysis/link.py)
    out["source"] = source
    out["source_file"] = sheet.file
    out["source_sheet"] = sheet.sheet
    out["source_row"] = pd.array(idx, dtype="Int64")
    # `Ф.И.О. / год рождения`: the header says the name cell also holds the year of birth, so a
    # bare `, 1985` after the name is that year; under other headers only `1985 г.р.` and the like are.
    bare = rows.text("name") is not None and bool(_BIRTH_IN_HEADER.search(match_key(rows.written("name"))))
    name = rows.run("name", partial(names.clean_name, bare=bare), Field("name"))
    out["name"] = name["name"] if name is not None and "name" in name else rows.blank()
    codes, distinct = pd.factorize(out["name"])  # each distinct name spelled once
    out["name_latin"] = spread_texts(names.transliterate_many(np.asarray(distinct, dtype=object)), codes, idx)
    born = rows.run("birth_year", names.parse_birth_year, lambda v: {"year": v})
    year = pd.Series(pd.array(born["year"].to_numpy() if born is not None and "year" in born else [pd.NA] * len(idx), dtype="Int64"), index=idx)
    if rows.text("age") is not None:
        # An age column: a cell that writes the year of birth (`1994 ж.т.`, `1985`) gives it; an age
        # (`32 года`) gives none, since the year would be a guess, and its problem row says it was not used.
        ages = parse_values(rows.text("age").where(year.isna()), names.parse_age_cell, lambda v: {"year": v})
        rows.collect("age", ages)
        if "year" in ages:
            year = year.fillna(pd.Series(pd.array(ages["year"].to_numpy(), dtype="Int64"), index=idx))
    if rows.text("name") is not None:
        # A year written after the name (`Иванов Иван, 1985 г.р.`) where no birth-year cell gives one.
        blank_cell = rows.text("birth_year").isna() if rows.text("birth_year") is not None else pd.Series(True, index=idx)
        text = rows.text("name").where(year.isna() & blank_cell)
        in_name = parse_values(text, partial(names.birth_year_in_name, bare=bare), lambda v: {"year": v})
        rows.collect("name", in_name)
        if "year" in in_name:
            year = year.fillna(pd.Series(pd.array(in_name["year"].to_numpy(), dtype="Int64"), index=idx))
    out["birth_year"] = year.array
    return out


def _place(rows: Rows, out: pd.DataFrame, free: FreeText | None = None) -> dict:
    """city and region: from the city column, else the address (address.py), else the court's seat
    (court.py), else the one city a narrative names (narrative.py), settled or completed by a region
    column; returns for the manifest where the address, the court or the free text gave the city."""
    gave = {}
    out["city"], out["region"] = rows.blank(), rows.blank()
    region = rows.run("region", places.parse_region, lambda v: {"region": v})
    city_text = rows.text("city")
    if city_text is not None:
        place = parse_values(city_text, places.parse_place, lambda v: {"city": v.city, "region": v.region})
        if region is not None and "region" in region:
            # A name several places share (`Aksu`) is settled by the region column beside it
            # (`Pavlodar`), as it is when both are written in one cell.
            settle = place["problem"].eq("ambiguous_city").fillna(False) & region["region"].notna() & ~region["region"].isin(places.REGIONS[:3])
            if settle.any():
                both = parse_values(city_text[settle].astype("string") + ", " + region.loc[settle, "region"].astype("string") + " region",
                                    places.parse_place, lambda v: {"city": v.city, "region": v.region})
                place = take_where_read(place, both, ("city", "region"))
        rows.collect("city", place)
        out["city"] = place["city"].astype("string") if "city" in place else rows.blank()
        out["region"] = place["region"].astype("string") if "region" in place else rows.blank()
    from_address = _from_column(rows, out, address_column(rows.header, rows.block), parse_address)
    if from_address:
        gave["city_from_address"] = from_address
    from_court = _from_column(rows, out, court_column(rows.header, rows.block), parse_court)
    if from_court:
        gave["city_from_court"] = from_court
    if city_text is None:  # a verdict sentence naming its court (`Уральским городским судом ...`): verdict_text.py
        from_verdict = places_from_verdicts(rows, out)
        if from_verdict:
            gave["city_from_verdict"] = from_verdict
    if free is not None and free.city is not None:
        told = out["city"].isna() & out["region"].isna() & free.city.notna()
        if told.any():
            out.loc[told, "city"] = free.city[told]
            out.loc[told, "region"] = free.region[told]
            gave["from_free_text"] = {"city": int(told.sum())}
    if region is not None and "region" in region:
        _region_differs(rows, out, region["region"])
        out["region"] = out["region"].fillna(region["region"])
        # `г. Алматы` in a region column with the city cell blank: a city of republican significance
        # is a city and a region at once (regions.csv, kind city), so it names the city too.
        own_city = out["city"].isna() & region["region"].isin(places.CITY_REGIONS).fillna(False)
        out.loc[own_city, "city"] = region.loc[own_city, "region"]
    return gave


def _from_column(rows: Rows, out: pd.DataFrame, found: tuple[int, str] | None, parser) -> dict | None:
    """Where a row gives no city, a column no field was given to that names a place another way
    (an address: address.py; a court: court.py) gives the city and its current region, or the
    region only; returns {column, cases} where it gave any."""
    if found is None or not out["city"].isna().any():
        return None
    c, written = found
    text = rows.block[c].where(out["city"].isna())
    parsed = parse_values(text, parser, lambda v: {"city": v.city, "region": v.region})
    rows.collect_column(written, text, parsed)
    if "city" not in parsed:
        return None
    city = parsed["city"].astype("string")
    gave = out["city"].isna() & (city.notna() | parsed["region"].notna())
    out.loc[gave, "city"] = city[gave]
    out.loc[gave, "region"] = parsed.loc[gave, "region"].astype("string")
    return {"column": written, "cases": int(gave.sum())} if gave.any() else None


def _region_differs(rows: Rows, out: pd.DataFrame, written_region: pd.Series) -> None:
    """A region column that disagrees with the current region of the row's city: the city's region
    is kept (a list may give the region at the time of the act, before a region was split), and a
    `region_differs` problem row says so. Each distinct (city, region, written) is judged once."""
    rows_known = pd.DataFrame({"city": out["city"], "region": out["region"], "written": written_region.astype("string")}).dropna()
    if rows_known.empty:
        return
    judged = rows_known.drop_duplicates()
    messages = []
    for city, region, written in judged.itertuples(index=False):
        former = places.former_regions(city)
        # `Almaty` in a region column beside a town of the region (Konaev, Taldykorgan) is Almaty Region.
        if written != region and written in places.CITY_REGIONS and f"{written} Region" in former | {region}:
            written = f"{written} Region"
        was = "its region before the change of borders" if written in former else "another region"
        messages.append(None if written == region else f"{city} is in {region} now; the list's region ({written}) is {was}: kept {region}")
    judged = judged.assign(message=pd.array(messages, dtype="string")).dropna(subset=["message"])
    if judged.empty:
        return
    found = rows_known.reset_index(names="_row").merge(judged, on=["city", "region", "written"], how="inner").set_index("_row").sort_index()
    rows.add(found.index, "region", rows.text("region")[found.index].to_numpy(), "region_differs", found["message"].to_numpy())


def _dates(rows: Rows, out: pd.DataFrame, more: list[tuple[str, pd.Series, pd.Series]] = (),
           years: pd.Series | None = None) -> list[str]:
    """The four dates, and started_on: the earliest of them and of the dates of columns whose
    header names no event (start_dates.py), with its precision; returns those columns' headers.
    `more`: (date field, dates, precisions) read elsewhere (a status history, a court cell): where
    a column gives the same field, the earliest date wins."""
    date_values, precisions = {}, {}
    for field_name in DATE_FIELDS:
        text = rows.text(field_name)
        parsed = None
        if text is not None:
            parsed = read_dates(rows, rows.header.column_of(field_name), rows.written(field_name))  # in the column's order (date_order.py)
            parsed = with_year(text, parsed, years, dates.parse_date, first_day)
            parsed, elsewhere = dates_of_other_events(text, parsed)  # `не задерживался, УД возбуждено DATE` (event_cells.py)
            more = [*more, *elsewhere]
            rows.collect(field_name, parsed)
        if parsed is not None and "date" in parsed:
            date_values[field_name] = pd.to_datetime(parsed["date"])
            precisions[field_name] = parsed["precision"]
        else:
            date_values[field_name] = pd.Series(pd.NaT, index=rows.idx, dtype="datetime64[ns]")
            precisions[field_name] = pd.Series(pd.NA, index=rows.idx, dtype="string")
    for field_name, when, precision in more:
        known = date_values[field_name]
        earlier = when.notna() & (known.isna() | (when < known)).fillna(False)
        if earlier.any():
            date_values[field_name] = known.astype("datetime64[ns]").where(~earlier, when)
            precisions[field_name] = precisions[field_name].astype("string").where(~earlier, precision)
    for field_name in DATE_COLUMNS:
        out[field_name] = date_values[field_name].astype("datetime64[ns]")
    # Columns of dates whose header names no event count toward started_on only (start_dates.py).
    events = out[list(DATE_COLUMNS)].min(axis=1)
    extra = start_only_dates(rows, events)
    for i, (_, when, precision) in enumerate(extra):
        date_values[i], precisions[i] = when, precision
    counted = [*DATE_COLUMNS, *range(len(extra))]

    stacked = np.column_stack([date_values[c].to_numpy(dtype="datetime64[ns]") for c in counted])
    filled = np.where(np.isnat(stacked), np.datetime64("2262-01-01"), stacked)
    first = filled.argmin(axis=1) if len(rows.idx) else np.array([], dtype=int)
    any_date = ~np.isnat(stacked).all(axis=1)
    out["started_on"] = pd.Series(np.where(any_date, filled[np.arange(len(rows.idx)), first], np.datetime64("NaT")), index=rows.idx).astype("datetime64[ns]")
    prec = np.column_stack([precisions[c].astype(object).to_numpy() for c in counted])
    out["started_precision"] = pd.Series(np.where(any_date, prec[np.arange(len(rows.idx)), first], None), index=rows.idx, dtype="string")
    return [w for w, _, _ in extra]



def _with_heading_articles(rows: Rows, text: pd.Series | None, sections: pd.DataFrame | None,
                           info: dict | None) -> pd.Series | None:
    """The articles cell of each row with the articles its section heading names before it
    (`ст. 405 ч. 2 УК РК; + ст. 174 ч. 1`): a list grouped by charge writes on the row only the further ones,
    or only the part of the heading's article (`2` in a column of parts)."""
    if sections is None or "articles" not in sections or not sections["articles"].notna().any():
        return text
    held = sections.reindex(rows.idx)
    given = held["articles"]
    if info is not None:
        used = info.setdefault("sections", {})
        for heading, named in held.loc[given.notna(), ["articles_heading", "articles"]].drop_duplicates().itertuples(index=False):
            used[heading] = "; ".join(x for x in (used.get(heading), f"articles={named}") if x)
    if text is None:
        return given.astype("string")
    own = text.astype("string")
    # a number alone under a heading naming the article is its part (`Часть статьи`: `2`), not article 2
    part_only = own.str.fullmatch(r"\s*\d{1,2}\.?\s*").fillna(False).astype(bool) & given.notna()
    if part_only.any():
        own = own.mask(part_only, "ч." + own.str.strip().str.rstrip("."))
    return (given + "; " + own).fillna(given).fillna(own).astype("string")


def _charges(rows: Rows, out: pd.DataFrame, sections: pd.DataFrame | None = None, info: dict | None = None) -> pd.DataFrame:
    """articles (criminal charges for display) in `out`; every charge, administrative too, returned.
    A section heading naming an article gives it to the rows below it, beside their own (sections.py)."""
    charges = empty("charges")
    out["articles"] = rows.blank()
    own = rows.text("articles")
    text = _with_heading_articles(rows, own, sections, info)
    if text is None:  # no articles column: those a verdict sentence names (`... по ч.2 ст.405 УК РК к 5 годам`)
        text, source = articles_from_verdicts(rows)
        if info is not None and source is not None:
            info["articles_from_verdict"] = {"column": source, "cases": int(text.notna().sum())}
    if text is not None:
        parsed = parse_values(text, art.parse_articles, lambda v: {"charges": v})
        old_code = (out["started_on"] < CC2014_IN_FORCE).fillna(False)
        # Before 2015 a number the 2014 code lacks is expected: the 1997 step below reports what it cannot map.
        if own is not None:  # the problems of a cell (a heading alone was read without one)
            rows.collect("articles", parsed.assign(problem=parsed["problem"].mask(old_code & parsed["problem"].eq("unknown_article").fillna(False))))
        if "charges" in parsed:
            lists = parsed["charges"]
            old = (out["started_on"] < CC2014_IN_FORCE).fillna(False) & lists.notna()
            if old.any():
                converted = lists[old].map(art.as_1997)
                lists = lists.where(~old, converted.str[0])
                unmapped = converted.str[1].str.len() > 0
                if unmapped.any() and own is not None:
                    where = unmapped[unmapped].index
                    rows.add(where, "articles", text[where].to_numpy(), "unmapped_article_1997",
                             ("the case started before 2015, so the number is of the 1997 code, whose mapping to the 2014 code is not known: "
                              + converted[unmapped].str[1].str.join(", ") + "; add it to kzanalysis/vocab/articles_1997.csv").to_numpy())
            out["articles"], charges = _display_and_charges(text, old, lists, out["case_id"])

    return charges


def _display_and_charges(text: pd.Series, old: pd.Series, lists: pd.Series, case_id: pd.Series) -> tuple[pd.Series, pd.DataFrame]:
    """The articles for display and the charges table, worked out once per distinct cell (and code:
    a case before 2015 reads its numbers in the 1997 code), then spread over the rows in their order."""
    key = text.astype("string") + pd.Series(np.where(old.to_numpy(), "\x1f1997", ""), index=text.index)
    codes, uniques = pd.factorize(key)  # NA cells: -1
    n_unique = len(uniques)
    first = np.full(n_unique, -1, dtype=np.int64)
    valid = np.flatnonzero(codes >= 0)
    first[codes[valid[::-1]]] = valid[::-1]  # the first row of each distinct cell
    reps = lists.to_numpy(dtype=object)[first] if n_unique else np.array([], dtype=object)
    reps = [r if isinstance(r, tuple) else None for r in reps]
    display_u = np.array([art.format_articles(r) if r is not None else None for r in reps] + [None], dtype=object)
    display = pd.Series(display_u[codes], index=text.index).astype("string")  # code -1 takes the None at the end
    # Charges of each distinct cell, laid end to end; each row takes its cell's run of them.
    lengths_u = np.array([len(r) if r else 0 for r in reps] + [0], dtype=np.int64)
    flat = [c for r in reps if r for c in r]
    if not flat:
        return display, empty("charges")
    offsets_u = np.concatenate([[0], np.cumsum(lengths_u)[:-1]])  # the last entry stands for blank cells (code -1)
    row_len = lengths_u[codes]
    starts = np.repeat(offsets_u[codes], row_len)
    within = np.arange(row_len.sum()) - np.repeat(np.cumsum(row_len) - row_len, row_len)
    take = starts + within
    code_u = np.array([c.code for c in flat], dtype=object)
    article_u = np.array([c.article for c in flat], dtype=object)
    part_u = np.array([c.part for c in flat], dtype=object)
    title_u = np.array([art.title_en(c.code, c.article) for c in flat], dtype=object)
    # each distinct charge made a column value once (every one is some row's), then taken for every row
    charges = pd.DataFrame({
        "case_id": case_id.take(np.repeat(np.arange(len(case_id)), row_len)).reset_index(drop=True).astype("str"),
        "code": pd.Series(code_u.tolist()).take(take).reset_index(drop=True),
        "article": pd.array(article_u.tolist(), dtype="Int64").take(take),
        "part": pd.array(part_u.tolist(), dtype="Int64").take(take),
    })
    charges["title_en"] = pd.Series(title_u.tolist()).take(take).reset_index(drop=True)
    return display, charges


def _from_sections(rows: Rows, out: pd.DataFrame, sections: pd.DataFrame) -> dict[str, str]:
    """Status and place from the section headings above each row, where the row's own cells give
    none and hold nothing unread: a row's own value always wins, and a cell that could not be read
    keeps its problem rather than take the heading's value. Returns {heading: what it gave}."""
    held = sections.reindex(rows.idx)
    used: dict[str, list[str]] = {}
    heard = held["status"].notna()  # the rows' own problems are looked up only where a heading gives something
    give = (out["status"].isna() & heard & ~rows.with_problems("status", "sentence")) if heard.any() else heard
    if give.any():
        out.loc[give, "status"] = held.loc[give, "status"]
        for heading, value in held.loc[give, ["status_heading", "status"]].drop_duplicates().itertuples(index=False):
            used.setdefault(heading, []).append(f"status={value}")
    heard = held["place_heading"].notna()
    give = (out["city"].isna() & out["region"].isna() & heard & ~rows.with_problems("city", "region")) if heard.any() else heard
    if give.any():
        out.loc[give, ["city", "region"]] = held.loc[give, ["city", "region"]].to_numpy()
        for heading, city, region in held.loc[give, ["place_heading", "city", "region"]].drop_duplicates().itertuples(index=False):
            used.setdefault(heading, []).extend(f"{k}={v}" for k, v in (("city", city), ("region", region)) if pd.notna(v))
    return {h: "; ".join(v) for h, v in used.items()}



def _ties(rows: Rows, out: pd.DataFrame) -> None:
    """affiliation and dvk_koshe: from an affiliation column, a yes/no column, or the notes."""
    # a column of affiliations and notes: a cell naming no organisation is a note (affiliation_notes.py)
    reader = affiliation_or_note if rows.text("affiliation") is not None and header_holds_notes(rows.written("affiliation")) \
        else aff.parse_affiliation
    group = rows.run("affiliation", reader, lambda v: {"affiliation": v.affiliation, "tie": v.dvk_koshe})
    yes_no = rows.run("dvk_koshe", aff.parse_dvk_koshe_flag, lambda v: {"yes": v.dvk_koshe if isinstance(v, aff.Affiliation) else bool(v)})
    flags = rows.text("dvk_koshe")
    if yes_no is not None and flags is not None and aff.checkbox_column(flags):
        # a checkbox exported with only its checked boxes written (`checked` / empty): an empty box is a "no"
        yes_no = yes_no.assign(yes=yes_no.get("yes", pd.Series(pd.NA, index=yes_no.index)).astype(object)
                               .where(flags.notna(), False))
    notes = rows.text("notes")
    out["notes"] = notes.map(clean_spaces, na_action="ignore").astype("string") if notes is not None else rows.blank()
    noted = None
    if notes is not None:
        noted = parse_values(notes, aff.find_dvk_koshe, lambda v: {"affiliation": v.affiliation, "tie": v.dvk_koshe})
        rows.collect("notes", noted)
    affiliation = rows.blank()
    tie = pd.Series(pd.NA, index=rows.idx, dtype="boolean")
    for parsed in (group, noted):
        if parsed is not None and "affiliation" in parsed:
            affiliation = affiliation.fillna(parsed["affiliation"].astype("string"))
            tie = tie.fillna(parsed["tie"].astype("boolean"))
    # A group named only in a verdict, a status cell or a column not mapped (free_text.py).
    stated_yes_no = yes_no["yes"].notna() if yes_no is not None and "yes" in yes_no else pd.Series(False, index=rows.idx)
    in_text, in_text_tie = ties_in_free_text(rows, tie.notna() | stated_yes_no)
    affiliation, tie = affiliation.fillna(in_text), tie.fillna(in_text_tie)
    if yes_no is not None and "yes" in yes_no:
        stated = yes_no["yes"].astype("boolean")
        conflict = stated.notna() & tie.notna() & (stated != tie)
        if conflict.any():
            rows.add(rows.idx[conflict.to_numpy()], "dvk_koshe", rows.text("dvk_koshe")[conflict].to_numpy(),
                     "conflicting_dvk_koshe", "the yes/no column and the affiliation or notes disagree; the yes/no column is kept")
        tie = stated.fillna(tie)
    out["affiliation"] = affiliation
    out["dvk_koshe"] = tie.fillna(False).astype("boolean")
