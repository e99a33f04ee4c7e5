"""preload.py: the fork server of the workers reads the cleaning chain's vocabularies before it forks, so a
worker's first list does not; it starts no thread doing so (a fork after threads is what the fork server
avoids), and what a worker cleans is the same."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_vocabularies_are_read_before_the_fork_and_no_thread_is_started(tmp_path):
    code = (
        "import json, os, sys\n"
        "import kzanalysis.one_list, kzanalysis.sheet, kzanalysis.cli\n"
        "tasks = len(os.listdir('/proc/self/task')) if os.path.isdir('/proc/self/task') else None\n"
        "from kzanalysis import preload\n"
        "loaders = preload.vocabulary_loaders()\n"
        "names = [f.__module__ + '.' + f.__name__ for f in loaders]\n"
        "print(json.dumps({'loaded': preload.LOADED, 'names': names, 'kept': [f.cache_info().currsize for f in loaders],\n"
        "    'threads_before': tasks, 'threads_after': len(os.listdir('/proc/self/task')) if tasks else None,\n"
        "    'pandera': 'pandera' in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.splitlines()[-1])
    assert said["loaded"] == len(said["names"]) and set(said["kept"]) == {1}
    # the vocabularies of the places, statuses, articles and headers are among them; the code's fingerprint is not
    for name in ("kzanalysis.parse.places._alias_index", "kzanalysis.parse.status._status_aliases",
                 "kzanalysis.parse.article_vocab._articles", "kzanalysis.header_vocab.header_aliases"):
        assert name in said["names"]
    assert "kzanalysis.reuse.code_fingerprint" not in said["names"]
    assert said["threads_after"] == said["threads_before"] and not said["pandera"]


def test_a_loader_that_fails_is_left_for_the_list_that_needs_it(monkeypatch):
    from kzanalysis import preload

    def broken():
        raise ValueError("a vocabulary that cannot be read")

    read = []
    monkeypatch.setattr(preload, "vocabulary_loaders", lambda: [broken, lambda: read.append(1)])
    assert preload.load_vocabularies() == 1 and read == [1]
