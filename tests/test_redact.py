"""Keyed pseudonyms: stable per key, different across keys, not a plain hash; the key file."""
from __future__ import annotations

import hashlib
import hmac
import stat
import threading

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzanalysis import redact

KEY = b"0123456789abcdef0123456789abcdef"


def test_same_person_same_pseudonym():
    a = redact.pseudonym("Иванов Иван Иванович", KEY)
    assert a == redact.pseudonym("  ИВАНОВ   иван  ИВАНОВИЧ ", KEY)
    assert a == redact.pseudonym("Иванов Иван Иванович", KEY)
    assert a.startswith("P-") and len(a) == 12


def test_other_key_other_pseudonym():
    assert redact.pseudonym("Иванов Иван", KEY) != redact.pseudonym("Иванов Иван", b"another key, 16+ characters")


def test_other_person_other_pseudonym():
    names = [f"Тестов Тест {i}" for i in range(2000)]
    assert len({redact.pseudonym(n, KEY) for n in names}) == len(names)


def test_not_a_plain_hash_of_the_name():
    name = "Иванов Иван"
    p = redact.pseudonym(name, KEY)[2:].lower()
    for algo in ("sha256", "sha1", "md5"):
        for text in (name, name.lower()):
            assert not hashlib.new(algo, text.encode()).hexdigest().startswith(p)
    assert hmac.new(KEY, "иванов иван".encode(), hashlib.sha256).hexdigest().startswith(p)  # keyed, on the match key


@pytest.mark.parametrize("empty", [None, "", "   ", float("nan"), pd.NA])
def test_missing_name_stays_missing(empty):
    assert redact.pseudonym(empty, KEY) is None


def test_pseudonymise_series():
    s = pd.Series(["Иванов Иван", None, "иванов  иван", "Петров Пётр"], dtype="string")
    out = redact.pseudonymise(s, KEY)
    assert out[0] == out[2] != out[3]
    assert pd.isna(out[1])


@given(st.text())
def test_pseudonym_never_raises(text):
    out = redact.pseudonym(text, KEY)
    assert out is None or (out.startswith("P-") and len(out) == 12)


def test_key_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(redact.ENV_VAR, "  a-long-enough-secret-key  ")
    assert redact.load_key(tmp_path) == b"a-long-enough-secret-key"
    assert not redact.key_path(tmp_path).exists()


def test_short_key_in_environment_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv(redact.ENV_VAR, "short")
    with pytest.raises(redact.RedactKeyError, match="at least 16"):
        redact.load_key(tmp_path)


def test_key_file_created_once_private_with_a_message(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv(redact.ENV_VAR, raising=False)
    folder = tmp_path / "config"
    key = redact.load_key(folder)
    path = redact.key_path(folder)
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert str(path) in capsys.readouterr().err
    assert len(key) == 64
    assert redact.load_key(folder) == key
    assert capsys.readouterr().err == ""  # no message the second time


def test_key_file_race_gives_one_key(monkeypatch, tmp_path):
    monkeypatch.delenv(redact.ENV_VAR, raising=False)
    keys = []
    threads = [threading.Thread(target=lambda: keys.append(redact.load_key(tmp_path))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(keys) == 8 and len(set(keys)) == 1


def test_truncated_key_file_is_refused(monkeypatch, tmp_path):
    monkeypatch.delenv(redact.ENV_VAR, raising=False)
    redact.key_path(tmp_path).write_text("abc\n")
    with pytest.raises(redact.RedactKeyError, match="delete it"):
        redact.load_key(tmp_path)
