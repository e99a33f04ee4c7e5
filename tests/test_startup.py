"""What `kzanalysis clean` loads and does at start: only the libraries it needs, pandera without hypothesis,
and the tables still validated (speed is measured in benchmarks/, never here)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Libraries of the report and the workbook, and pandera's data synthesis: a clean needs none of them.
NOT_FOR_CLEAN = ("matplotlib", "papermill", "nbformat", "nbconvert", "xlsxwriter", "openpyxl", "jinja2", "jupytext",
                 "ipykernel", "hypothesis")


def _python(code: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_clean_loads_no_report_or_workbook_library(tmp_path):
    code = (
        "import json, sys\n"
        "from kzanalysis.cli import main\n"
        f"sys.argv = ['kzanalysis', 'clean', {str(REPO / 'data' / 'raw')!r}, '--out', {str(tmp_path / 'processed')!r}, '-q']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        f"print(json.dumps({{'exit': code, 'loaded': [m for m in {list(NOT_FOR_CLEAN)!r} if m in sys.modules]}}))\n"
    )
    said = json.loads(_python(code, tmp_path).splitlines()[-1])
    assert said == {"exit": 0, "loaded": []}
    assert (tmp_path / "processed" / "cases.parquet").is_file()


def test_pandera_loads_without_hypothesis_and_still_rejects_a_bad_table(tmp_path):
    code = (
        "import sys\n"
        "import pandas as pd\n"
        "import pandera.errors\n"
        "from kzanalysis import schema\n"
        "assert 'hypothesis' not in sys.modules\n"
        "good = pd.DataFrame({'case_id': ['a'], 'code': ['CC'], 'article': [405], 'part': [2], 'title_en': ['x']})\n"
        "schema.validate('charges', good)\n"
        "bad = good.assign(code=['XX'], article=[0])\n"
        "try:\n    schema.validate('charges', bad)\nexcept pandera.errors.SchemaErrors as exc:\n"
        "    print(sorted(set(exc.failure_cases['column'])))\n"
        "else:\n    print('accepted')\n"
        "import hypothesis  # hidden only while pandera loaded its checks\n"
        "print('hypothesis', bool(hypothesis.__version__))\n"
    )
    out = _python(code, tmp_path).splitlines()
    assert out == ["['article', 'code']", "hypothesis True"]


def test_hypothesis_imported_first_is_left_as_it_is(tmp_path):
    code = (
        "import sys, hypothesis\n"
        "from kzanalysis import schema\n"
        "import pandera.strategies.base_strategies as base\n"
        "print(sys.modules['hypothesis'] is hypothesis, base.HAS_HYPOTHESIS)\n"
    )
    assert _python(code, tmp_path).split() == ["True", "True"]


def test_help_loads_neither_pandas_nor_rich_nor_package_metadata(tmp_path):
    """`kzanalysis --help` prints the commands from typer alone; the version is read only for `--version`."""
    code = (
        "import json, sys\n"
        "from kzanalysis.cli import main\n"
        "sys.argv = ['kzanalysis', '--help']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        "heavy = ['pandas', 'pyarrow', 'rich', 'importlib.metadata']\n"
        "print(json.dumps({'exit': code, 'loaded': [m for m in heavy if m in sys.modules]}))\n"
    )
    out = _python(code, tmp_path)
    assert "clean" in out and "report" in out  # the help itself was printed
    assert json.loads(out.splitlines()[-1]) == {"exit": 0, "loaded": []}
    version = _python("import sys\nfrom kzanalysis.cli import main\nsys.argv = ['kzanalysis', '--version']\n"
                      "try:\n    main()\nexcept SystemExit:\n    pass\n", tmp_path)
    assert version.startswith("kzanalysis ") and version.split()[1][0].isdigit(), version


def test_the_cleaning_of_a_list_loads_neither_pandera_nor_the_linkage(tmp_path):
    """A worker process only cleans lists (kzanalysis/parallel.py imports one_list.py and the chain below
    it): it starts without pandera and the linkage, which only the run's own process needs; what it cleans
    is the same."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from kzanalysis import parallel\n"
        "for name in parallel.PRELOAD:\n    __import__(name)\n"
        "from kzanalysis.one_list import clean_list\n"
        f"raw = Path({str(REPO / 'data' / 'raw')!r})\n"
        "frames, meta = clean_list(raw / 'ngo_almaty_ru.xlsx', 'ngo_almaty_ru.xlsx', {}, '')\n"
        "print(json.dumps({'cases': len(frames['cases']), 'loaded': [m for m in ('pandera', 'kzanalysis.schema', "
        "'kzanalysis.tables', 'kzanalysis.link', 'rapidfuzz') if m in sys.modules]}))\n"
    )
    said = json.loads(_python(code, tmp_path).splitlines()[-1])
    assert said["loaded"] == [] and said["cases"] > 0
