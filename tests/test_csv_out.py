"""The CSV copies of the tables: the same bytes as pandas' `to_csv(index=False, lineterminator="\\r\\n")`,
written through Arrow (kzanalysis/csv_out.py)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kzanalysis import csv_out
from kzanalysis.csv_out import write_csv


def _tricky(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    words = np.array(["Алматы", "", 'say "no"', "a,b", "two\nlines", "cr\rhere", " lead", "trail ", "=1+1", "ДВК; Көше",
                      "tab\there", "семь, восемь", '"', "Žanar", "1e5"], dtype=object)
    text = pd.Series(words[rng.integers(0, len(words), n)], dtype="string")
    text[rng.random(n) < 0.2] = pd.NA
    dates = pd.Series(pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D"))
    dates[rng.random(n) < 0.3] = pd.NaT
    flags = pd.Series(rng.random(n) < 0.5, dtype="boolean")
    flags[rng.random(n) < 0.2] = pd.NA
    whole = pd.Series(rng.integers(-5, 5000, n), dtype="Int64")
    whole[rng.random(n) < 0.2] = pd.NA
    score = pd.Series(rng.choice([6.5, 0.1, 1e-05, 123456789.0, 7.0, -4.25, np.nan], n))
    return pd.DataFrame({"text": text, "on": dates, "flag": flags, "n": whole, "score": score,
                         "plain": pd.Series(rng.choice(["x", "y"], n), dtype="string"), "objects": [None, 1, "z"] * (n // 3) + [None] * (n % 3)})


@pytest.mark.parametrize("n", [0, 1, 7, 1000])
def test_same_bytes_as_pandas(tmp_path, n, monkeypatch):
    monkeypatch.setattr(csv_out, "BLOCK_ROWS", 300)  # several blocks for the longest frame
    frame = _tricky(n)
    frame.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8", lineterminator="\r\n", date_format="%Y-%m-%d")
    write_csv(frame, tmp_path / "arrow.csv")
    assert (tmp_path / "arrow.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


def test_read_back_gives_the_values(tmp_path):
    frame = _tricky(200)
    write_csv(frame, tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False, na_values=[""], dtype=str)
    assert back["text"].fillna("").tolist() == frame["text"].fillna("").tolist()
    assert back["on"].fillna("").tolist() == frame["on"].dt.strftime("%Y-%m-%d").fillna("").tolist()


def test_columns_in_several_arrow_chunks(tmp_path):
    """A column whose Arrow data is in pieces (as after a concat of lists) is written whole, in order."""
    parts = [_tricky(50), _tricky(70)]
    frame = pd.concat(parts, ignore_index=True)
    assert frame["text"].array._pa_array.num_chunks > 1  # the case under test
    frame.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8", lineterminator="\r\n", date_format="%Y-%m-%d")
    write_csv(frame, tmp_path / "arrow.csv")
    assert (tmp_path / "arrow.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


def test_repeated_values_written_once_give_the_same_bytes(tmp_path):
    """Floats, dates, flags and quoted texts made once per distinct value: -0.0 keeps its sign, a
    repeated title with a comma is quoted on every row, missing values stay empty."""
    n = 3000
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({
        "score": rng.choice([-0.0, 0.0, 2.5, np.nan, 1e-07], n),
        "title": pd.Series(rng.choice(["Participation, banned group", 'A "quoted" one', "plain", None], n), dtype="string"),
        "on": pd.Series(pd.to_datetime(rng.choice(["2019-03-01", "2020-12-31", None], n))),
        "flag": pd.Series(rng.choice([True, False, None], n), dtype="boolean"),
    })
    frame.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8", lineterminator="\r\n", date_format="%Y-%m-%d")
    write_csv(frame, tmp_path / "arrow.csv")
    assert (tmp_path / "arrow.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
    assert "-0.0\r\n" in (tmp_path / "arrow.csv").read_text(encoding="utf-8").replace(",", "\r\n")


@pytest.mark.parametrize("values, risky", [
    (["Алматы", "a-b", "x=y", None, ""], False),  # risky characters inside a value, never first
    (["Алматы", None, "", "-5"], True),  # after a null and an empty value
    (["@user"], True),
    (["\ttab", "ok"], True),
])
def test_only_a_risky_first_character_is_neutralised(values, risky):
    from kzanalysis.safe import neutralise_csv

    column = pd.concat([pd.Series(values[:1], dtype="str"), pd.Series(values[1:], dtype="str")], ignore_index=True)  # two Arrow chunks
    out = neutralise_csv(pd.DataFrame({"v": column}))["v"]
    expected = ["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v for v in values]
    assert out.fillna("<NA>").tolist() == [("<NA>" if v is None else v) for v in expected]
    assert (out.fillna("").tolist() != column.fillna("").tolist()) == risky
