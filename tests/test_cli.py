"""The command line as a user runs it: a subprocess on the sample lists."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
EXE = str(Path(sys.executable).with_name("kzanalysis"))


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_clean_accounts_for_every_row_of_the_samples(tmp_path):
    out = tmp_path / "processed"
    proc = run("clean", str(REPO / "data" / "raw"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "504 cases" in proc.stdout and "461 people" in proc.stdout and "Traceback" not in proc.stdout + proc.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for f in manifest["files"]:
        for s in f["sheets"]:
            assert s["rows_read"] == s["cases"] + s["rows_dropped"], (f["file"], s["sheet"])
    cases = pd.read_parquet(out / "cases.parquet")
    problems = pd.read_parquet(out / "problems.parquet")
    truth = pd.read_csv(REPO / "tests" / "fixtures" / "samples_truth.csv", dtype=str, keep_default_na=False)
    assert len(cases) == (truth["kind"] == "case").sum() == manifest["totals"]["cases"]
    # rows dropped: problems that drop a row (sheet-level problems have no row; some are kept, as unmapped_column)
    assert (~problems["row_kept"] & problems["source_row"].notna()).sum() == manifest["totals"]["rows_dropped"]
    # A handful of known rows, each in another list and language.
    known = truth.loc[truth["kind"] == "case"].groupby("source_file").head(2)
    got = cases.assign(source_row=cases["source_row"].astype(str)).merge(known, on=["source_file", "source_sheet", "source_row"], suffixes=("", "_truth"))
    assert len(got) == len(known)
    for col in ("city", "articles", "status"):
        assert (got[col].fillna("") == got[f"{col}_truth"]).all(), got[[col, f"{col}_truth"]]
    assert (out / "cases.csv").exists() and (out / "charges.parquet").exists()


def test_check_prints_problems_and_writes_nothing(tmp_path):
    src = tmp_path / "list.csv"
    src.write_text("ФИО,Город,Статья\nИванов Иван,Атлантида,ст. 405 ч.2\n", encoding="utf-8")
    proc = run("check", str(src), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "unknown_city" in proc.stdout and "Атлантида" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


@pytest.mark.parametrize("args,needle", [
    (("clean", "no/such/folder"), "no such file or folder"),
    (("check", "missing.xlsx"), "no such file or folder"),
    (("clean", "--bogus"), "No such option"),
])
def test_user_mistakes_are_one_line_without_traceback(tmp_path, args, needle):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert needle in proc.stderr and "Traceback" not in proc.stderr


def test_unreadable_file_exits_1_and_is_named(tmp_path):
    shutil.copy(REPO / "data" / "raw" / "monitoring_en.csv", tmp_path)
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook at all")
    proc = run("check", str(tmp_path / "broken.xlsx"), str(tmp_path / "monitoring_en.csv"), cwd=tmp_path)
    assert proc.returncode == 1
    assert "broken.xlsx" in proc.stdout and "Traceback" not in proc.stdout + proc.stderr


def test_help_lists_the_commands():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("clean", "check"):
        assert command in proc.stdout


@pytest.mark.parametrize("args,needle", [
    (("report", "--quarter", "0000Q2"), "1900 to 2099"),
    (("export", "--year", "0000"), "1900 to 2099"),
])
def test_impossible_years_are_usage_errors(tmp_path, args, needle):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2 and needle in proc.stderr and "Traceback" not in proc.stderr


def test_clean_refuses_an_output_folder_inside_the_input(tmp_path):
    shutil.copy(REPO / "data" / "raw" / "monitoring_en.csv", tmp_path)
    proc = run("clean", str(tmp_path), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 2 and "inside the input folder" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_clean_of_a_folder_without_lists_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run("clean", str(tmp_path / "empty"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 2 and "no lists" in proc.stderr and not (tmp_path / "out").exists()


def test_unwritable_output_is_one_line(tmp_path):
    shutil.copy(REPO / "data" / "raw" / "monitoring_en.csv", tmp_path)
    (tmp_path / "afile").write_text("x")
    proc = run("clean", str(tmp_path / "monitoring_en.csv"), "--out", str(tmp_path / "afile"), cwd=tmp_path)
    assert proc.returncode == 2 and "cannot write" in proc.stderr and "Traceback" not in proc.stderr
