"""The run's linkage cache: the same lists and decisions are not linked again, and the tables stay the same."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from kzanalysis import clean, list_versions, one_list

REPO = Path(__file__).resolve().parents[1]


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    return raw


def _counting(monkeypatch) -> dict[str, list]:
    """Record each linkage, each comparison of versions and each file read."""
    seen: dict[str, list] = {"link": [], "changes": [], "read": []}
    link_cases, changes, read_file = clean.link.link_cases, list_versions.changes, one_list.read_file

    def counted_link(cases, *args, **kwargs):
        seen["link"].append(len(cases))
        return link_cases(cases, *args, **kwargs)

    def counted_changes(*args, **kwargs):
        seen["changes"].append(1)
        return changes(*args, **kwargs)

    def counted_read(path):
        seen["read"].append(Path(path).name)
        return read_file(path)

    monkeypatch.setattr(clean.link, "link_cases", counted_link)
    monkeypatch.setattr(list_versions, "changes", counted_changes)
    monkeypatch.setattr(one_list, "read_file", counted_read)  # the reading of one list (clean_list) is in one_list.py
    return seen


def _same(a, b) -> None:
    for table in ("cases", "charges", "problems", "persons", "links"):
        pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table), check_exact=True)
    assert a.manifest == b.manifest
    assert a.unreadable == b.unreadable


def test_the_same_lists_are_not_linked_again_and_give_the_same_tables(tmp_path, monkeypatch):
    raw, cache = _raw(tmp_path), tmp_path / "cache" / "lists"
    seen = _counting(monkeypatch)
    first = clean.clean_paths([raw], cache_dir=cache)
    assert seen["link"] and seen["changes"] == [1]  # linked, and the older version compared

    for k in seen:
        seen[k].clear()
    again = clean.clean_paths([raw], cache_dir=cache)
    assert seen == {"link": [], "changes": [], "read": []}  # nothing read, linked or compared
    _same(first, again)
    _same(again, clean.clean_paths([raw]))  # and a clean without any cache gives the same
    assert again.manifest["changes"] and sum(again.manifest["changes"][0]["counts"].values()) > 0


def test_a_new_decision_or_a_changed_list_links_again(tmp_path, monkeypatch):
    raw, cache = _raw(tmp_path), tmp_path / "cache" / "lists"
    seen = _counting(monkeypatch)
    first = clean.clean_paths([raw], cache_dir=cache)

    # The analyst decides a pair: the run links again, and the decision shows as in a clean without cache.
    pair = first.links.loc[first.links["decision"] == "linked"].iloc[0]
    a, b = (first.cases.set_index("case_id").loc[pair[f"case_id_{s}"]] for s in "ab")

    def side(case) -> list:
        return [case["source"], case["name"], "" if pd.isna(case["birth_year"]) else int(case["birth_year"])]

    pd.DataFrame([[*side(a), *side(b), "different"], [a["source"], "Nobody Inventedov", "", b["source"], "Nobody Else", "", "same"]],
                 columns=["source_a", "name_a", "birth_year_a", "source_b", "name_b", "birth_year_b", "decision"],
                 ).to_csv(raw / "links.csv", index=False)
    for k in seen:
        seen[k].clear()
    decided = clean.clean_paths([raw], cache_dir=cache)
    assert len(seen["link"]) == 2 and seen["read"] == []  # the linkage and the comparison's; no list read again
    _same(decided, clean.clean_paths([raw]))
    assert "unmatched_link_decision" in set(decided.problems["problem"])
    assert (decided.links["decision"] == "analyst_different").sum() == 1

    # Cleaned again as it is: the decision's run is reused, its problem row and all.
    for k in seen:
        seen[k].clear()
    _same(decided, clean.clean_paths([raw], cache_dir=cache))
    assert seen["link"] == [] and seen["changes"] == []

    # The newest version of a list changes: it alone is read; the older version still comes from the
    # per-list cache (a run that reused the linkage kept its entry), and the changes equal a fresh clean.
    target = raw / "monitoring_en.csv"
    target.write_bytes(target.read_bytes() + "Invented Person,1980,Almaty,Art. 405(2),imprisoned,,01.02.2021,,,,,\r\n".encode())
    for k in seen:
        seen[k].clear()
    changed = clean.clean_paths([raw], cache_dir=cache)
    assert seen["read"] == ["monitoring_en.csv"] and seen["changes"] == [1]
    _same(changed, clean.clean_paths([raw]))
