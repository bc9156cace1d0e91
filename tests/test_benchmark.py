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
    "page_down_ms_p50", "filter_ms_p50", "sort_vendor_ms_p50", "sort_amount_ms_p50", "mark_all_filtered_ms_p50", "mark_all_totalled_ms_p50",
    "tab_switch_ms_p50", "bulk_retrieve_1000_s", "bulk_accept_1000_s", "seed_s", "peak_rss_mb",
    "cli_version_s", "click_import_floor_s", "cli_list_queue_s", "sqlalchemy_import_floor_s", "cli_list_invoices_peak_mb",
}


def test_benchmark_runs_at_two_small_sizes(tmp_path):
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--invoices", "2000,1000", "--repeat", "1", "--json", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["db"] == "sqlite" and report["first_paint_largest_vs_smallest"] > 0
    assert [figures["invoices"] for figures in report["sizes"]] == [1000, 2000]
    for figures in report["sizes"]:
        assert FIGURES <= figures.keys()
        assert all(figures[key] > 0 for key in FIGURES)
        assert figures["bulk_retrieve_count"] == figures["bulk_accept_count"] == figures["bulk_accept_exported"] > 0
        assert figures["mark_all_filtered_rows"] > 0
