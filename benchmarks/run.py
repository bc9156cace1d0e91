"""approver-tui benchmark: every figure measured in one run, each beside the floor or peer it is read against.

    python benchmarks/run.py --invoices 100000 --json

First paints are measured from process start (imports included) to the first frame that shows
rows, each in a fresh process, headless through App.run_test. The rest is measured inside one app
process on a database made by `approver-tui seed scale`.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
SIZE = (120, 40)
# Waiting is done in 1 ms sleeps, then one Pilot pause paints the frame. Pilot.pause() with no
# delay waits for the CPU to go idle (its own sleeps in every figure), and every Pilot.pause forces
# a screen update, which a real terminal gets at most once a frame.
POLL = 0.001


def script() -> str:
    found = shutil.which("approver-tui", path=str(Path(sys.executable).parent)) or shutil.which("approver-tui")
    if not found:
        sys.exit("approver-tui is not installed in this environment: pip install -e '.[dev]'")
    return found


def timed(command: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def median_of(repeat: int, measure) -> float:
    return statistics.median(measure() for _ in range(repeat))


def paint_in_fresh_process(probe: str, db: Path, invoices: int) -> float:
    """Seconds from spawning a process to its first frame with rows (the probe prints 'painted')."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE), "--probe", probe, "--db", str(db), "--invoices", str(invoices)],
        stdout=subprocess.PIPE, text=True,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.kill()  # measured; its teardown is not part of any figure
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"probe {probe} did not paint: {line!r}")
    return elapsed


# -- probes: each runs in its own process --------------------------------------------------------

def probe_empty() -> None:
    from textual.app import App
    from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

    class Empty(App):
        def compose(self):
            yield Static("title")
            with TabbedContent():
                for title in ("Commitments", "Invoices", "Directory", "ERP Queue"):
                    with TabPane(title):
                        yield DataTable()
            yield Footer()

    async def main():
        async with Empty().run_test(size=SIZE) as pilot:
            await pilot.pause(0)
            print("painted", flush=True)

    asyncio.run(main())


def probe_naive(db: str) -> None:
    import sqlite3

    from textual.app import App
    from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

    rows = sqlite3.connect(db).execute(
        "SELECT i.number, p.name, c.number, v.name, i.billing_date, i.amount_cents, i.status, i.erp_state, i.sent_by "
        "FROM invoices i JOIN commitments c ON c.id = i.commitment_id JOIN projects p ON p.id = i.project_id "
        "JOIN companies v ON v.id = c.vendor_id ORDER BY i.id"
    ).fetchall()

    class Naive(App):
        def compose(self):
            yield Static("title")
            with TabbedContent(initial="invoices"):
                for title in ("Commitments", "Invoices", "Directory", "ERP Queue"):
                    with TabPane(title, id=title.lower().replace(" ", "-")):
                        yield DataTable(id=f"t-{title.lower().replace(' ', '-')}")
            yield Footer()

        def on_mount(self):
            table = self.query_one("#t-invoices", DataTable)
            table.add_columns("Number", "Project", "Commitment", "Vendor", "Billed", "Amount", "Status", "ERP state", "Sent by")
            table.add_rows(rows)

    async def main():
        async with Naive().run_test(size=SIZE) as pilot:
            await pilot.pause(0)
            print("painted", flush=True)

    asyncio.run(main())


async def _app_with_rows(db: str, login: str):
    """Our app, up to the first frame with rows; returns (app, pilot context, pilot)."""
    from approver_tui.tui.startup import pause_collection

    pause_collection()  # first, as `approver-tui` does (cli.main.open_tui)
    from approver_tui.services.settings import Settings
    from approver_tui.services.workspace import open_workspace
    from approver_tui.tui.app import ApproverApp

    workspace = await open_workspace(Settings(db=db, user=login, erp_export_dir=Path(db).parent / "export"))
    app = ApproverApp(workspace)
    context = app.run_test(size=SIZE)
    pilot = await context.__aenter__()
    table = app.query_one("#pane-invoices").table
    while table.total is None or (table.total and table.row_at(0) is None):
        await asyncio.sleep(POLL)
    await pilot.pause(0)
    return app, context, pilot


def probe_app(db: str) -> None:
    async def main():
        app, context, _ = await _app_with_rows(db, "approver")
        print("painted", flush=True)
        await context.__aexit__(None, None, None)
        await app.workspace.close()

    asyncio.run(main())


def probe_interactions(db: str, repeat: int) -> None:
    """Page down, filter, tab switch, bulk retrieve, peak memory: one app process, printed as JSON."""
    import resource

    from textual import events

    from approver_tui.services.browse import View, refs_in_view
    from approver_tui.services.listing import ListFilter, ListKind

    async def settle(pilot, condition, timeout: float = 20) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"the app never reached {condition}")
            await asyncio.sleep(POLL)
        await pilot.pause(0)  # one more turn: the frame with the result is painted

    def shows_rows(table) -> bool:
        return table.total is not None and (table.total == 0 or table.row_at(table.cursor) is not None)

    async def main():
        app, context, pilot = await _app_with_rows(db, "admin")
        def key(name: str) -> None:
            """A key press as the terminal driver delivers it (Pilot.press adds idle waits of its own)."""
            app.post_message(events.Key(name, name if len(name) == 1 else None))

        results = {}
        invoices = app.query_one("#pane-invoices")
        table = invoices.table

        samples = []
        for _ in range(max(30, repeat * 10)):
            before = table.cursor
            start = time.perf_counter()
            key("pagedown")
            await settle(pilot, lambda: table.cursor != before and shows_rows(table))
            samples.append(time.perf_counter() - start)
        results["page_down_ms_p50"] = statistics.median(samples) * 1000

        samples = []
        for _ in range(repeat):
            await pilot.press("slash")
            await settle(pilot, lambda: invoices.filter_box is not None and invoices.filter_box.has_focus)
            for character in "INV-00123":
                start = time.perf_counter()
                generation = table._generation
                key(character)
                await settle(pilot, lambda: table._generation > generation and shows_rows(table))
                samples.append(time.perf_counter() - start)
            await pilot.press("escape")
            await settle(pilot, lambda: shows_rows(table))
        results["filter_ms_p50"] = statistics.median(samples) * 1000

        tabs = app.query_one("TabbedContent")
        samples = []
        for _ in range(repeat):
            for number, tab in (("1", "commitments"), ("3", "directory"), ("4", "queue"), ("2", "invoices")):
                pane_table = app.query_one(f"#pane-{tab}").table
                start = time.perf_counter()
                key(number)
                await settle(pilot, lambda: tabs.active == tab and pane_table.region.width > 0 and shows_rows(pane_table))
                samples.append(time.perf_counter() - start)
        results["tab_switch_ms_p50"] = statistics.median(samples) * 1000

        from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog

        await pilot.press("4")
        queue = app.query_one("#pane-queue")
        view = View(ListKind.QUEUE, ListFilter(search="INV-"))
        queued = sorted(await refs_in_view(app.workspace.db, app.workspace.actor, view))[:1000]
        queue.marks.update({ref: None for ref in queued})
        waiting_before = app.queue_waiting
        start = time.perf_counter()
        key("r")
        await settle(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        key("y")
        await settle(pilot, lambda: isinstance(app.screen, InfoDialog) and app.queue_waiting == waiting_before - len(queued)
                     and shows_rows(queue.table))
        results["bulk_retrieve_1000_s"] = time.perf_counter() - start
        results["bulk_retrieve_count"] = len(queued)

        await context.__aexit__(None, None, None)
        await app.workspace.close()
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(results), flush=True)

    asyncio.run(main())


# -- the run -------------------------------------------------------------------------------------

def run(invoices: int, repeat: int, workdir: Path) -> dict:
    approver = script()
    # An installed wheel carries its bytecode (pip compiles it on install); a source checkout may
    # not (PYTHONDONTWRITEBYTECODE), and compiling every module at each start is not start-up.
    compileall.compile_dir(importlib.util.find_spec("approver_tui").submodule_search_locations[0], quiet=1)
    db = workdir / f"scale-{invoices}.db"
    env = {**os.environ, "APPROVER_TUI_CONFIG": os.devnull}
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    seed_s = timed([approver, "seed", "scale", "--invoices", str(invoices), "--db", str(db)], env)
    pristine = workdir / "pristine.db"
    shutil.copy(db, pristine)

    figures: dict = {"invoices": invoices, "repeat": repeat}
    # The floor and ours take turns, so whatever else the machine is doing weighs on both alike.
    empty, ours = [], []
    for _ in range(repeat):
        empty.append(paint_in_fresh_process("empty", db, invoices))
        ours.append(paint_in_fresh_process("app", db, invoices))
    figures["empty_app_first_paint_s"] = statistics.median(empty)
    figures["naive_datatable_first_paint_s"] = median_of(repeat, lambda: paint_in_fresh_process("naive", db, invoices))
    figures["first_paint_s"] = statistics.median(ours)

    interactions = subprocess.run(
        [sys.executable, str(HERE), "--probe", "interactions", "--db", str(db), "--repeat", str(repeat)],
        capture_output=True, text=True, check=True,
    )
    figures.update(json.loads(interactions.stdout.strip().splitlines()[-1]))
    shutil.copy(pristine, db)  # the bulk retrieve changed it
    figures["seed_s"] = seed_s

    figures["cli_version_s"] = median_of(max(5, repeat), lambda: timed([approver, "--version"], env))
    figures["click_import_floor_s"] = median_of(max(5, repeat), lambda: timed([sys.executable, "-c", "import click"], env))
    figures["cli_list_queue_s"] = median_of(max(5, repeat), lambda: timed(
        [approver, "--db", str(db), "--user", "approver", "list", "queue", "--json"], env))
    figures["sqlalchemy_import_floor_s"] = median_of(max(5, repeat), lambda: timed(
        [sys.executable, "-c", "import sqlalchemy.ext.asyncio, aiosqlite"], env))

    figures["ratios"] = {
        "first_paint_vs_empty": figures["first_paint_s"] / figures["empty_app_first_paint_s"],
        "naive_vs_first_paint": figures["naive_datatable_first_paint_s"] / figures["first_paint_s"],
        "cli_version_vs_click": figures["cli_version_s"] / figures["click_import_floor_s"],
        "cli_list_queue_vs_sqlalchemy": figures["cli_list_queue_s"] / figures["sqlalchemy_import_floor_s"],
    }
    return figures


TARGETS = [
    ("first paint / empty app", lambda f: f["ratios"]["first_paint_vs_empty"], "<=", 2.5),
    ("naive / ours first paint", lambda f: f["ratios"]["naive_vs_first_paint"], ">=", 20),
    ("page down p50 (ms)", lambda f: f["page_down_ms_p50"], "<=", 50),
    ("tab switch p50 (ms)", lambda f: f["tab_switch_ms_p50"], "<=", 100),
    ("filter p50 (ms)", lambda f: f["filter_ms_p50"], "<=", 100),
    ("bulk retrieve 1,000 (s)", lambda f: f["bulk_retrieve_1000_s"], "<=", 1),
    ("seed (s)", lambda f: f["seed_s"], "<=", 30),
    ("peak RSS (MB)", lambda f: f["peak_rss_mb"], "<=", 200),
    ("--version / import click", lambda f: f["ratios"]["cli_version_vs_click"], "<=", 2),
    ("list queue / import sqlalchemy", lambda f: f["ratios"]["cli_list_queue_vs_sqlalchemy"], "<=", 3),
]


def table(figures: dict) -> str:
    lines = [f"approver-tui benchmark, {figures['invoices']:,} invoices, medians of {figures['repeat']} runs", ""]
    for key, value in figures.items():
        if isinstance(value, float):
            lines.append(f"  {key:<32} {value:10.3f}")
    lines += ["", f"  {'target':<32} {'measured':>10}  {'goal':>8}  met"]
    for name, get, op, goal in TARGETS:
        value = get(figures)
        met = value <= goal if op == "<=" else value >= goal
        lines.append(f"  {name:<32} {value:10.2f}  {op}{goal:>6}  {'yes' if met else 'NO'}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (medians are reported)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--workdir", type=Path, help="where the databases go (default: a temporary folder)")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.probe == "empty":
        return probe_empty()
    if args.probe == "naive":
        return probe_naive(args.db)
    if args.probe == "app":
        return probe_app(args.db)
    if args.probe == "interactions":
        return probe_interactions(args.db, args.repeat)

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="approver-bench-") as temp:
        figures = run(args.invoices, args.repeat, args.workdir or Path(temp))
    print(json.dumps(figures, indent=2) if args.json else table(figures))


if __name__ == "__main__":
    main()
