"""The package as a new user gets it: a wheel installed in a fresh environment, outside any clone.

Slow: builds the wheel from a copy of the package's sources, installs it (its
dependencies come through pip's cache), then runs `init`, `clean`, `report` and
`export` as subprocesses on copies of the sample lists, and checks the outputs.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
WORKSPACE_ENVS = ("KZANALYSIS_WORKSPACE", "KZANALYSIS_ROOT")


def _run(command: list, cwd: Path, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_the_wheel_installed_in_a_fresh_environment_runs_init_clean_report_export(tmp_path):
    began = time.perf_counter()
    # Only what the build reads, so nothing of the clone (data/, notebooks/ link, tests/) can leak in.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "kzanalysis", src / "kzanalysis", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {k: v for k, v in os.environ.items() if k not in WORKSPACE_ENVS and k != "VIRTUAL_ENV"}
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp_path / "dist", src], tmp_path, env)
    wheel = next((tmp_path / "dist").glob("kzanalysis-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("kzanalysis/notebooks/01_overview.py", "kzanalysis/notebooks/02_breakdown.py",
                    "kzanalysis/notebooks/explore.py", "kzanalysis/templates/report.html.j2",
                    "kzanalysis/templates/jupyterlab_overrides.json", "kzanalysis/vocab/headers.csv"):
        assert shipped in names, shipped

    venv = tmp_path / "venv"
    python, kz = venv / "bin" / "python", venv / "bin" / "kzanalysis"
    if importlib.util.find_spec("uv"):  # uv's cache makes a fresh environment take seconds, not minutes
        _run([sys.executable, "-m", "uv", "venv", "--quiet", "--seed", "--python", sys.executable, venv], tmp_path, env)
        _run([sys.executable, "-m", "uv", "pip", "install", "--quiet", "--python", python, wheel], tmp_path, env, timeout=600)
    else:
        _run([sys.executable, "-m", "venv", venv], tmp_path, env)
        _run([python, "-m", "pip", "install", "--quiet", wheel], tmp_path, env, timeout=900)
    installed = time.perf_counter()

    # --version agrees with pip
    shown = _run([python, "-m", "pip", "show", "kzanalysis"], tmp_path, env).stdout
    pip_version = next(line.split(":", 1)[1].strip() for line in shown.splitlines() if line.startswith("Version:"))
    assert _run([kz, "--version"], tmp_path, env).stdout.strip() == f"kzanalysis {pip_version}"

    home = tmp_path / "home"
    home.mkdir()
    _run([kz, "init", "lists"], home, env)
    ws = home / "lists"
    for path in (REPO / "data" / "raw").iterdir():
        if path.is_file():
            shutil.copy(path, ws / "data" / "raw" / path.name)

    cleaned = _run([kz, "clean", "--quiet"], ws, env)
    assert cleaned.stderr == ""
    cases = pd.read_parquet(ws / "data" / "processed" / "cases.parquet")
    manifest = json.loads((ws / "data" / "processed" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["totals"]["cases"] == len(cases) > 0
    assert manifest["versions"]["kzanalysis"] == pip_version

    # report from a folder below the workspace (found by the discovery rule), export naming it from outside
    _run([kz, "report", "--year", "2021", "--quiet"], ws / "notebooks", env, timeout=600)
    folder = ws / "reports" / "2021"
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    started = pd.to_datetime(cases["started_on"])
    assert summary["cases_started"] == int(((started >= "2021-01-01") & (started <= "2021-12-31")).sum())
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>") and f"kzanalysis {pip_version}" in page
    assert {p.stem for p in (folder / "notebooks").glob("*.ipynb")} == {"01_overview", "02_breakdown"}
    assert (folder / "figures" / "over_time_month.png").stat().st_size > 0

    _run([kz, "export", "--quarter", "2021Q3", "--workspace", ws, "--quiet"], tmp_path, env)
    book = openpyxl.load_workbook(ws / "reports" / "2021Q3" / "kzanalysis_2021Q3.xlsx", read_only=True)
    assert "Cases" in book.sheetnames and "README" in book.sheetnames
    assert not any(tmp_path.joinpath(name).exists() for name in ("data", "reports"))  # nothing outside the workspace
    print(f"wheel test: build+install {installed - began:.0f} s, commands {time.perf_counter() - installed:.0f} s")
