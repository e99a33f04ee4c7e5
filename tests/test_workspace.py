"""Workspaces: discovery, `init`, `load(workspace=)`, the package data, the lock file, JupyterLab settings."""
from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import jupytext
import pytest
from typer.testing import CliRunner

from kzanalysis import config, lab, load
from kzanalysis.cli import app
from kzanalysis.workspace import init_workspace

REPO = Path(__file__).resolve().parents[1]
NO_WORKSPACE_ENV = {k: v for k, v in os.environ.items() if k not in (config.WORKSPACE_ENV, "KZANALYSIS_ROOT")}


def _workspace(root: Path) -> Path:
    (root / "data" / "raw").mkdir(parents=True)
    return root


# ---------------------------------------------------------------- discovery

def test_the_folder_given_then_the_environment_then_the_nearest_folder_above(tmp_path):
    given, env_ws, near = (_workspace(tmp_path / n) for n in ("given", "env", "near"))
    deep = near / "notebooks" / "drafts"
    deep.mkdir(parents=True)
    env = {config.WORKSPACE_ENV: str(env_ws)}
    assert config.find_workspace(given, cwd=deep, environ=env).root == given.resolve()
    assert config.find_workspace(None, cwd=deep, environ=env).root == env_ws.resolve()
    assert config.find_workspace(None, cwd=deep, environ={}).root == near.resolve()
    assert config.find_workspace(None, cwd=near, environ={}).root == near.resolve()
    assert config.find_workspace(None, cwd=deep, environ={"KZANALYSIS_ROOT": str(given)}).root == given.resolve()
    ws = config.find_workspace(near, environ={})
    assert (ws.raw, ws.processed, ws.reports, ws.notebooks) == (
        near / "data" / "raw", near / "data" / "processed", near / "reports", near / "notebooks")
    assert (ws.sources, ws.links) == (near / "data" / "raw" / "sources.toml", near / "data" / "raw" / "links.csv")


def test_no_workspace_is_one_line_that_names_init(tmp_path):
    with pytest.raises(config.WorkspaceError, match="kzanalysis init") as exc:
        config.find_workspace(None, cwd=tmp_path, environ={})
    assert "\n" not in str(exc.value)
    with pytest.raises(config.WorkspaceError, match=r"not a workspace.*kzanalysis init"):
        config.find_workspace(tmp_path / "nothing", environ={})
    with pytest.raises(config.WorkspaceError, match=config.WORKSPACE_ENV):
        config.find_workspace(None, cwd=tmp_path, environ={config.WORKSPACE_ENV: str(tmp_path / "gone")})


@pytest.mark.parametrize("command", [["clean"], ["check"], ["report"], ["export"], ["lab"]])
def test_every_command_outside_a_workspace_says_to_run_init(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(config.WORKSPACE_ENV, raising=False)
    monkeypatch.delenv("KZANALYSIS_ROOT", raising=False)
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 2, result.output
    assert "kzanalysis init" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(app, [*command, "--workspace", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "is not a workspace" in result.output


def test_importing_the_package_reads_no_current_directory(tmp_path):
    """An installed package imports anywhere: no module builds a path from the current directory."""
    code = ("import kzanalysis.cli, kzanalysis.config as c, kzanalysis.report, kzanalysis.export, kzanalysis.tables, "
            "kzanalysis.clean, kzanalysis.lab, kzanalysis.workspace\n"
            "import pathlib, sys\n"
            "here = pathlib.Path.cwd().resolve()\n"
            "bad = [k for k, v in vars(c).items() if isinstance(v, pathlib.Path) and (v == here or here in v.parents)]\n"
            "sys.exit(f'paths from the cwd: {bad}' if bad else 0)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=NO_WORKSPACE_ENV,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "RAW_DIR" not in vars(config) and "PROCESSED_DIR" not in vars(config)


# ---------------------------------------------------------------- init and load

def test_init_makes_the_layout_and_keeps_what_is_there(tmp_path):
    done = init_workspace(tmp_path / "lists")
    ws = done.workspace
    for folder in (ws.raw, ws.processed, ws.reports, ws.notebooks):
        assert folder.is_dir()
    assert [line for line in (ws.root / ".gitignore").read_text().splitlines() if not line.startswith("#")] == ["*"]
    assert "kzanalysis clean" in (ws.root / "README.md").read_text()
    shipped = sorted(p.name for p in config.NOTEBOOKS_DIR.glob("*.py"))
    assert shipped == ["01_overview.py", "02_breakdown.py", "explore.py"]
    for name in shipped:
        assert (ws.notebooks / name).read_bytes() == (config.NOTEBOOKS_DIR / name).read_bytes()
    # again: an analyst's edits survive, a deleted notebook comes back
    (ws.notebooks / "explore.py").write_text("# mine\n")
    (ws.notebooks / "02_breakdown.py").unlink()
    again = init_workspace(ws.root)
    assert again.added == [ws.notebooks / "02_breakdown.py"]
    assert (ws.notebooks / "explore.py").read_text() == "# mine\n"
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(config.WorkspaceError, match="is a file"):
        init_workspace(tmp_path / "a_file")


def test_init_command_then_the_workspace_is_found_from_below(tmp_path, monkeypatch):
    monkeypatch.delenv(config.WORKSPACE_ENV, raising=False)
    monkeypatch.delenv("KZANALYSIS_ROOT", raising=False)
    result = CliRunner().invoke(app, ["init", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    assert "workspace ready" in result.output
    monkeypatch.chdir(tmp_path / "ws" / "notebooks")
    assert config.find_workspace().root == (tmp_path / "ws").resolve()
    result = CliRunner().invoke(app, ["clean"])  # an empty data/raw: one line, nothing written
    assert result.exit_code == 2 and "no lists" in result.output
    assert not any((tmp_path / "ws" / "data" / "processed").iterdir())


def test_load_finds_the_workspace(tidy_dir, tmp_path, monkeypatch):
    ws = init_workspace(tmp_path / "ws").workspace
    shutil.copytree(tidy_dir, ws.processed, dirs_exist_ok=True)
    n = len(load(tidy_dir).cases)
    assert len(load(workspace=ws.root).cases) == n
    monkeypatch.setenv(config.WORKSPACE_ENV, str(ws.root))
    assert len(load().cases) == n
    monkeypatch.delenv(config.WORKSPACE_ENV)
    monkeypatch.delenv("KZANALYSIS_ROOT", raising=False)
    monkeypatch.chdir(ws.notebooks)
    assert len(load().cases) == n


def test_the_repository_is_the_sample_workspace_and_its_notebooks_are_the_packages():
    assert config.is_workspace(REPO)
    assert (REPO / "notebooks").resolve() == config.NOTEBOOKS_DIR.resolve()


def test_the_exploration_notebook_is_text_without_outputs_and_one_parameters_cell():
    nb = jupytext.read(config.NOTEBOOKS_DIR / "explore.py")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and re.findall(r"^(\w+)\s*=", tagged[0].source, flags=re.M) == ["workspace"]
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    assert nb.metadata["kernelspec"]["name"] == lab.KERNEL_NAME
    source = "\n".join(c.source for c in nb.cells)
    for piece in ("load(workspace=", "t.problems", "charts.", "person_id", "article"):
        assert piece in source, piece


# ---------------------------------------------------------------- the package

def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_every_import_of_the_package_is_declared():
    distributions = packages_distributions()
    declared = _declared()
    stdlib = sys.stdlib_module_names
    missing = {}
    for path in (REPO / "kzanalysis").rglob("*.py"):
        if path.parent.name == "notebooks":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            for name in names:
                top = name.split(".")[0]
                if top in stdlib or top in ("kzanalysis", "__future__"):
                    continue
                dists = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                if not dists & declared:
                    missing[top] = path.name
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_the_lock_file_pins_every_declared_dependency_within_its_bounds():
    from packaging.requirements import Requirement

    pins = {}
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if m := re.match(r"^([A-Za-z0-9_.\-]+)==([^ ;]+)", line):
            pins.setdefault(m.group(1).lower().replace("_", "-"), []).append(m.group(2))
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    for text in project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]:
        req = Requirement(text)
        name = req.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not in requirements.lock: run make lock"
        assert all(req.specifier.contains(v, prereleases=True) for v in pins[name]), (name, pins[name], str(req.specifier))
    assert all(">=" in r or "[" in r for r in project["dependencies"]), "the package keeps lower bounds, not pins"


def test_version_is_the_installed_distributions():
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"kzanalysis {version('kzanalysis')}"


def test_manifest_names_the_versions_that_made_the_tables(tmp_path):
    from kzanalysis.clean import clean_paths

    (tmp_path / "list.csv").write_text("ФИО,Город,Статья,Дата задержания\nИванов Иван,Алматы,405,12.03.2021\n", encoding="utf-8")
    versions = clean_paths([tmp_path / "list.csv"]).manifest["versions"]
    assert set(versions) == {"kzanalysis", "python", "pandas", "pyarrow", "matplotlib", "openpyxl"}
    import pandas

    assert versions["pandas"] == pandas.__version__ and versions["python"] == ".".join(map(str, sys.version_info[:3]))


# ---------------------------------------------------------------- JupyterLab settings

def test_lab_settings_make_jupytext_the_default_viewer_and_keep_other_overrides(tmp_path):
    (tmp_path / "overrides.json").write_text(json.dumps({
        "@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
        "@jupyterlab/docmanager-extension:plugin": {"autosave": False, "defaultViewers": {"markdown": "Markdown Preview"}},
    }))
    path = lab.install_settings(tmp_path)
    settings = json.loads(path.read_text())
    assert settings["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert settings["@jupyterlab/docmanager-extension:plugin"] == {
        "autosave": False, "defaultViewers": {"markdown": "Markdown Preview", "python": "Jupytext Notebook"}}
    before = path.stat().st_mtime_ns
    lab.install_settings(tmp_path)
    assert path.stat().st_mtime_ns == before  # nothing to change: not rewritten


def test_lab_command_opens_the_workspace_notebooks_with_the_workspace_in_the_environment(tmp_path):
    ws = init_workspace(tmp_path / "ws").workspace
    command, env = lab.lab_command(ws, ["--no-browser"])
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={ws.notebooks}" in command and command[-1] == "--no-browser"
    assert env[config.WORKSPACE_ENV] == str(ws.root)


def test_readme_walks_a_new_user_through_a_workspace():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Your own lists (a workspace)", 1)[1].split("\n## ", 1)[0]
    for step in ("pip install", "kzanalysis init", "data/raw/", "kzanalysis clean", "kzanalysis report",
                 "kzanalysis export", "kzanalysis lab", "KZANALYSIS_WORKSPACE", "--workspace"):
        assert step in section, step
    assert "make lock" in text and "requirements.lock" in text
