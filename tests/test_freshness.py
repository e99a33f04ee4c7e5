"""The tables are cleaned again when anything that shapes them changes, and only then."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzanalysis import clean, config, freshness

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cleaned_once(tmp_path_factory) -> Path:
    """Two sample lists with a sources.toml and a links.csv, a copy of the package whose bytes the
    fingerprint reads (so a test can change the code without touching the real package), and the tables
    (and per-list cache) of their first clean: made once for the module, copied by each test."""
    root = tmp_path_factory.mktemp("freshness")
    raw = root / "data" / "raw"
    raw.mkdir(parents=True)
    for name in ("monitoring_en.csv", "ngo_almaty_ru.xlsx", "sources.toml"):
        shutil.copy(REPO / "data" / "raw" / name, raw / name)
    (raw / "links.csv").write_text("source_a,name_a,birth_year_a,source_b,name_b,birth_year_b,decision\n", encoding="utf-8")
    package = root / "package"
    shutil.copytree(config.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.MonkeyPatch.context() as monkeypatch:
        cleans = _count_cleans(monkeypatch)
        monkeypatch.setattr(config, "PACKAGE_DIR", package)
        freshness.refresh([raw], root / "data" / "processed", progress=False)
    assert len(cleans) == 1
    return root


def _count_cleans(monkeypatch) -> list:
    cleans = []
    real = clean.clean_paths

    def counting(paths, progress=False, **kwargs):
        cleans.append(paths)
        return real(paths, progress=progress, **kwargs)

    monkeypatch.setattr(clean, "clean_paths", counting)
    return cleans


@pytest.fixture
def workspace(cleaned_once, tmp_path, monkeypatch):
    """A copy of the module's workspace as its first clean left it (the lists, the package, the tables and the
    per-list cache: the fingerprint reads names and bytes, never where they sit); `cleans` counts that first
    clean and every one after it."""
    for name in ("data", "package"):
        shutil.copytree(cleaned_once / name, tmp_path / name)
    raw, package, out = tmp_path / "data" / "raw", tmp_path / "package", tmp_path / "data" / "processed"
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    cleans = _count_cleans(monkeypatch)
    cleans.append([raw])  # the first clean, made in cleaned_once
    return raw, package, out, cleans


def _append(path: Path, text: bytes) -> None:
    path.write_bytes(path.read_bytes() + text)


def test_nothing_changed_means_no_clean(workspace):
    raw, package, out, cleans = workspace
    tables = freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 1 and len(tables.cases) > 0
    # a file that is neither a list nor a side file does not count
    (raw / "README.md").write_text("notes\n")
    freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 1


@pytest.mark.parametrize("change", [
    pytest.param(lambda raw, pkg: _append(raw / "monitoring_en.csv", b"\n"), id="a list"),
    pytest.param(lambda raw, pkg: shutil.copy(raw / "monitoring_en.csv", raw / "monitoring_copy.csv"), id="a new list"),
    pytest.param(lambda raw, pkg: (raw / "ngo_almaty_ru.xlsx").unlink(), id="a list removed"),
    pytest.param(lambda raw, pkg: _append(raw / "sources.toml", b"\n# a comment\n"), id="sources.toml"),
    pytest.param(lambda raw, pkg: _append(raw / "links.csv", b"a,X,1990,b,Y,1990,same\n"), id="links.csv"),
    pytest.param(lambda raw, pkg: _append(pkg / "vocab" / "cities.csv", b"\n"), id="a vocabulary"),
    pytest.param(lambda raw, pkg: _append(pkg / "parse" / "dates.py", b"\n# edited\n"), id="a module of the package"),
    pytest.param(lambda raw, pkg: (pkg / "parse" / "new_parser.py").write_text("X = 1\n"), id="a new module"),
])
def test_each_kind_of_input_triggers_a_clean(workspace, change):
    raw, package, out, cleans = workspace
    change(raw, package)
    freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 2
    freshness.refresh([raw], out, progress=False)  # and once cleaned, it is current again
    assert len(cleans) == 2


def test_the_version_string_alone_does_not_decide(workspace, monkeypatch):
    raw, package, out, cleans = workspace
    monkeypatch.setattr(freshness, "code_fingerprint", lambda: "other code, same version")
    freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 2


def test_report_templates_do_not_shape_the_tables(workspace):
    raw, package, out, cleans = workspace
    _append(package / "templates" / "report.html.j2", b"\n")
    freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 1


def test_a_broken_manifest_means_a_clean(workspace):
    raw, package, out, cleans = workspace
    (out / "manifest.json").write_text("{ half a manifest", encoding="utf-8")
    freshness.refresh([raw], out, progress=False)
    assert len(cleans) == 2
