"""bench/mix.py sorts the load's URLs into kinds of page and reports two versions side by side
(the measuring itself runs against a benchmark database)."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "bench_mix", Path(__file__).resolve().parent.parent / "bench" / "mix.py"
)
mix = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(mix)


def test_it_tells_the_kinds_of_page_of_the_load_apart():
    assert mix.kind_of("/rulings/?q=patent&court=cafc") == "text"
    assert mix.kind_of("/rulings/?q=patent&page=3") == "later"
    assert mix.kind_of("/rulings/?decided_after=2001-01-01") == "filters"
    assert mix.kind_of("/rulings/8123/") == "ruling"
    assert mix.kind_of("/analytics/?include_synthetic=1&court=cafc") == "analytics"


def test_it_reports_each_kind_with_the_medians_of_its_rounds():
    def round_of(wall: float) -> dict:
        row = {"wall": wall, "python": wall / 2, "statements": 5}
        return {"/rulings/?court=ca4": row, "/rulings/9/": {**row, "wall": 20.0}}

    report = mix.report(
        {"before": [round_of(60.0), round_of(64.0), round_of(90.0)], "after": [round_of(40.0)] * 3}
    )
    assert "| filters | 1 | 64.0 → 40.0 | 32.0 → 20.0 | 5.0 → 5.0 | 64.0 → 40.0 |" in report
    assert "| ruling | 1 | 20.0 → 20.0 |" in report
    assert "0.62 `/rulings/?court=ca4` (64.0 → 40.0 ms)" in report
