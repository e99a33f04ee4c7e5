"""The rules `clean` checks without pandera are the schema's rules: the same file, the same frames, the same refusals."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

from kzanalysis import clean, schema, table_rules
from kzanalysis.read import list_inputs, sha256

REPO = Path(__file__).resolve().parents[1]


def test_the_rules_file_is_written_from_the_schema():
    written = table_rules.RULES_FILE.read_text(encoding="utf-8")
    assert written == table_rules.rules_json(schema.MODELS), \
        "kzanalysis/table_rules.json is stale: run `python scripts/update_readme.py`"
    assert [r["name"] for r in table_rules.rules()["cases"]] == list(schema.Cases.to_schema().columns)


@pytest.fixture(scope="module")
def sample_tables():
    """The tables of the sample lists as the cleaner hands them to validation (unvalidated), and validated."""
    raw = []
    for path, key in list_inputs([REPO / "data" / "raw"]):
        frames, _ = clean.clean_list(path, key, {}, sha256(path))
        raw += [(name, frames[name]) for name in ("cases", "charges", "problems") if len(frames[name])]
    result = clean.clean_paths([REPO / "data" / "raw"])
    raw += [("persons", clean.link.persons_table(result.cases)), ("links", clean.link.link_cases(result.cases).links)]
    return raw, result


def _untyped(df: pd.DataFrame) -> pd.DataFrame:
    """Every column as Python objects (dates as text), as a table read from a plain file might come."""
    out = df.astype(object)
    for c in df.columns:
        if pd.api.types.is_datetime64_dtype(df[c].dtype):
            out[c] = df[c].dt.strftime("%Y-%m-%d").astype(object).where(df[c].notna(), None)
    return out.where(df.notna(), None)


def test_check_gives_what_pandera_gives_on_the_sample_tables(sample_tables):
    raw, result = sample_tables
    for name, df in raw:
        pd.testing.assert_frame_equal(table_rules.check(name, df), schema.validate(name, df), check_exact=True)
    for name in ("cases", "charges", "problems", "persons", "links"):
        df = getattr(result, name)
        pd.testing.assert_frame_equal(table_rules.check(name, df), df, check_exact=True)
        untyped = _untyped(df)
        pd.testing.assert_frame_equal(table_rules.check(name, untyped), schema.validate(name, untyped), check_exact=True)
    for name in ("cases", "charges", "problems", "persons", "links"):
        pd.testing.assert_frame_equal(table_rules.check(name, table_rules.empty(name)), schema.validate(name, table_rules.empty(name)),
                                      check_exact=True)


def _broken(result) -> list[tuple[str, pd.DataFrame]]:
    cases, charges, links = result.cases, result.charges, result.links
    return [
        ("cases", cases.assign(status=cases["status"].where(cases.index != 0, "jailed"))),            # outside its vocabulary
        ("cases", cases.assign(birth_year=cases["birth_year"].where(cases.index != 1, 1850))),        # below its bound
        ("cases", cases.assign(birth_year=cases["birth_year"].where(cases.index != 1, 2031))),        # above its bound
        ("cases", cases.assign(case_id=cases["case_id"].where(cases.index != 1, cases["case_id"].iat[0]))),  # repeated
        ("cases", cases.assign(source=cases["source"].where(cases.index != 2, None))),                # empty where none may be
        ("cases", cases.drop(columns="notes")),                                                        # a column missing
        ("cases", cases.assign(extra=1)),                                                              # a column not in the schema
        ("cases", cases[[*cases.columns[1:], cases.columns[0]]]),                                      # out of order
        ("cases", cases.assign(source_row=cases["source_row"].astype(object).where(cases.index != 0, "row one"))),  # not a number
        ("charges", charges.assign(code=charges["code"].where(charges.index != 0, "UK"))),
        ("charges", charges.assign(article=charges["article"].where(charges.index != 0, 0))),
        ("links", links.assign(decision=links["decision"].where(links.index != 0, "maybe"))),
    ]


def test_check_refuses_what_pandera_refuses(sample_tables):
    _, result = sample_tables
    for name, df in _broken(result):
        with pytest.raises((pandera.errors.SchemaErrors, pandera.errors.SchemaError)):
            schema.validate(name, df)
        with pytest.raises(table_rules.TableError):
            table_rules.check(name, df)


def test_clean_loads_neither_pandera_nor_its_type_checker_and_from_the_cache_no_cleaning_chain(tmp_path):
    """pandera is not loaded by `clean`; a clean whose lists all come from the per-list cache does not load
    the cleaning chain either (sheet.py and the parsers behind it)."""
    code = (
        "import json, sys\n"
        "from kzanalysis.cli import main\n"
        f"sys.argv = ['kzanalysis', 'clean', {str(REPO / 'data' / 'raw')!r}, '--out', {str(tmp_path / 'processed')!r}, '-q']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "print(json.dumps({'exit': code, 'loaded': [m for m in ('pandera', 'typeguard', 'kzanalysis.sheet') if m in sys.modules]}))\n"
    )
    said = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        said.append(json.loads(done.stdout.splitlines()[-1]))
    assert said == [{"exit": 0, "loaded": ["kzanalysis.sheet"]}, {"exit": 0, "loaded": []}]
