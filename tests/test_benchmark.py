"""The benchmark runs end to end on a small company, so it cannot rot. Not timed: figures live
in benchmarks/, targets are checked there, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
FIGURES = {
    "invoices", "empty_app_first_paint_s", "naive_datatable_first_paint_s", "first_paint_s",
    "page_down_ms_p50", "filter_ms_p50", "sort_ms_p50", "sort_vendor_ms_p50", "sort_amount_ms_p50", "mark_all_ms",
    "mark_all_totalled_ms_p50", "tab_switch_ms_p50", "live_refresh_ms", "live_refresh_ms_max", "idle_cpu_percent",
    "bulk_retrieve_1000_s", "bulk_accept_1000_s", "seed_s", "peak_rss_mb",
    "cli_version_s", "click_import_floor_s", "cli_list_queue_s", "sqlalchemy_import_floor_s", "cli_list_invoices_peak_mb",
}
FLOORS = ("empty_app_first_paint_s", "click_import_floor_s", "sqlalchemy_import_floor_s")


def benchmark(tmp_path, sizes: str) -> dict:
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--invoices", sizes, "--repeat", "1", "--json", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def check(figures: dict) -> None:
    assert figures["db"] == "sqlite"
    assert FIGURES <= figures.keys()
    assert all(figures[key] > 0 for key in FIGURES - {"idle_cpu_percent"}) and figures["idle_cpu_percent"] >= 0
    assert figures["live_refresh_ms"] <= figures["live_refresh_ms_max"]
    assert figures["bulk_accept_count"] == figures["bulk_accept_exported"] > 0
    # the live refresh's rejects leave the queue before the bulk retrieve (the accept has a fresh copy)
    assert 0 < figures["bulk_retrieve_count"] <= figures["bulk_accept_count"]
    assert figures["mark_all_rows"] > 0


def test_one_size_is_one_object_of_figures(tmp_path):
    """The contract's shape for one size: the figures themselves, at the top."""
    figures = benchmark(tmp_path, "1000")
    assert figures["invoices"] == 1000
    check(figures)


def test_several_sizes_are_runs_sharing_their_floors(tmp_path):
    """Several sizes: an object whose `runs` holds each size's figures, smallest first, with the
    floors measured once for the run and repeated in each; and the curve in one number."""
    report = benchmark(tmp_path, "2000,1000")
    assert report["db"] == "sqlite" and report["first_paint_largest_vs_smallest"] > 0
    assert [figures["invoices"] for figures in report["runs"]] == [1000, 2000]
    for figures in report["runs"]:
        check(figures)
    assert len({tuple(figures[floor] for floor in FLOORS) for figures in report["runs"]}) == 1
