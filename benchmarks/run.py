"""approver-tui benchmark: every figure measured in one run, each beside the floor or peer it is read against.

    python benchmarks/run.py --invoices 10000,100000,1000000 --db sqlite --json

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


def peak_rss_mb(command: list[str], env: dict) -> float:
    """Peak resident memory of one run of `command` (its output thrown away), in MB."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, *command], env=env, capture_output=True, text=True, check=True)
    return int(done.stdout) / 1024


def samples_in_turns(repeat: int, *measures) -> list[list[float]]:
    """`repeat` samples of each of `measures`, the measures taking turns: whatever else the
    machine is doing (writing back a database just copied, say) weighs on a figure and its floor
    alike."""
    runs: list[list[float]] = [[] for _ in measures]
    for _ in range(repeat):
        for samples, measure in zip(runs, measures):
            samples.append(measure())
    return runs


def paint_in_fresh_process(probe: str, db: str) -> float:
    """Seconds from spawning a process to its first frame with rows (the probe prints 'painted')."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE), "--probe", probe, "--probe-db", db],
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


NAIVE_QUERY = (
    "SELECT i.number, p.name, c.number, v.name, i.billing_date, i.amount_cents, i.status, i.erp_state, i.sent_by "
    "FROM invoices i JOIN commitments c ON c.id = i.commitment_id JOIN projects p ON p.id = i.project_id "
    "JOIN companies v ON v.id = c.vendor_id ORDER BY i.id"
)


def probe_naive(db: str) -> None:
    from textual.app import App
    from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

    if "://" in db:
        import asyncpg

        async def fetch():
            connection = await asyncpg.connect(db)
            try:
                return [tuple(record) for record in await connection.fetch(NAIVE_QUERY)]
            finally:
                await connection.close()

        rows = asyncio.run(fetch())
    else:
        import sqlite3

        rows = sqlite3.connect(db).execute(NAIVE_QUERY).fetchall()

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


async def _app_with_rows(db: str, login: str, export_dir: Path | None = None):
    """Our app, up to the first frame with rows; returns (app, pilot context, pilot)."""
    from approver_tui.tui.startup import pause_collection

    pause_collection()  # first, as `approver-tui` does (cli.main.open_tui)
    from approver_tui.services.settings import Settings
    from approver_tui.services.workspace import open_workspace
    from approver_tui.tui.app import ApproverApp

    export_dir = export_dir or Path(tempfile.mkdtemp(prefix="approver-bench-export-"))
    workspace = await open_workspace(Settings(db=db, user=login, erp_export_dir=export_dir))
    app = ApproverApp(workspace)
    context = app.run_test(size=SIZE)
    pilot = await context.__aenter__()
    table = app.query_one("#pane-invoices").table
    while table.row_at(0) is None and table.total != 0:  # rows are drawn before they are all counted
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


async def settle(pilot, condition, timeout: float = 60) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the app never reached {condition}")
        await asyncio.sleep(POLL)
    await pilot.pause(0)  # one more turn: the frame with the result is painted


def shows_rows(table) -> bool:
    return table.counted and (table.total == 0 or table.row_at(table.cursor) is not None)


def press(app, name: str) -> None:
    """A key press as the terminal driver delivers it (Pilot.press adds idle waits of its own)."""
    from textual import events

    app.post_message(events.Key(name, name if len(name) == 1 else None))


async def bulk_on_queue(app, pilot, action_key: str) -> tuple[float, int]:
    """1,000 queued invoices marked on the ERP Queue tab, `action_key`, `y`: seconds until the
    result dialog is up and the queue count and rows are updated; and how many were marked."""
    from approver_tui.services.browse import View, refs_in_view
    from approver_tui.services.listing import ListFilter, ListKind
    from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog

    await pilot.press("4")
    queue = app.query_one("#pane-queue")
    await settle(pilot, lambda: shows_rows(queue.table))
    view = View(ListKind.QUEUE, ListFilter(search="INV-"))
    queued = sorted(await refs_in_view(app.workspace.db, app.workspace.actor, view))[:1000]
    queue.marks.update({ref: None for ref in queued})
    waiting_before = app.queue_waiting
    start = time.perf_counter()
    press(app, action_key)
    await settle(pilot, lambda: isinstance(app.screen, ConfirmDialog))
    press(app, "y")
    await settle(pilot, lambda: isinstance(app.screen, InfoDialog) and app.queue_waiting == waiting_before - len(queued)
                 and shows_rows(queue.table))
    return time.perf_counter() - start, len(queued)


async def live_refresh(app, pilot, db: str, rounds: int) -> dict:
    """Another person (the approver, on a connection of their own, as in another process) rejects
    a queued invoice, `rounds` times: from their action until this app, untouched, shows the
    queue's new count and its Invoices rows read again. The rounds start at spread-out moments of
    the SQLite watcher's poll (store.changes.POLL_SECONDS), so the median is not one phase of it."""
    from approver_tui.domain import Action
    from approver_tui.services.browse import View, refs_in_view
    from approver_tui.services.listing import ListFilter, ListKind
    from approver_tui.services.settings import Settings
    from approver_tui.services.workflow import perform
    from approver_tui.services.workspace import open_workspace
    from approver_tui.store.changes import POLL_SECONDS

    other = await open_workspace(Settings(db=db, user="approver", erp_export_dir=app.workspace.settings.erp_export_dir))
    table = app.query_one("#pane-invoices").table
    try:
        queued = sorted(await refs_in_view(other.db, other.actor, View(ListKind.QUEUE, ListFilter(search="INV-"))))
        samples = []
        for turn, ref in enumerate(queued[-rounds:]):  # bulk_on_queue takes the first 1,000
            await asyncio.sleep(POLL_SECONDS * turn / rounds)
            waiting, generation = app.queue_waiting, table._generation
            start = time.perf_counter()
            result = await perform(other, Action.REJECT, [ref], reason="Benchmark: rejected by someone else")
            if not result.done:
                raise RuntimeError(f"the other person could not reject {ref}: {result.refused[0].reasons}")
            await settle(pilot, lambda: app.queue_waiting == waiting - 1 and table._generation > generation
                         and shows_rows(table))
            samples.append(time.perf_counter() - start)
    finally:
        await other.close()
    return {"live_refresh_ms": statistics.median(samples) * 1000, "live_refresh_ms_max": max(samples) * 1000}


IDLE_SECONDS = 5


async def idle_cpu_percent() -> float:
    """The share of one core this process uses while the app shows its rows and nobody types
    (its change watcher and timers included), over IDLE_SECONDS after a second's calm."""
    await asyncio.sleep(1)
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.sleep(IDLE_SECONDS)
    return (time.process_time() - cpu) / (time.perf_counter() - wall) * 100


def probe_interactions(db: str, repeat: int) -> None:
    """Page down, filter, sort, mark all, tab switch, live refresh, idle CPU, bulk retrieve, peak
    memory: one app process, printed as JSON."""
    import resource

    from approver_tui.services.browse import count_rows
    from approver_tui.tui.table import PAGE_SIZE

    async def main():
        app, context, pilot = await _app_with_rows(db, "admin")
        results = {}
        invoices = app.query_one("#pane-invoices")
        table = invoices.table

        def rows_redrawn(generation):
            """The rows of the new filter or sort are on screen; the count may still be on its way."""
            return lambda: table._generation > generation and (table.cursor // PAGE_SIZE) in table._pages

        samples = []
        for _ in range(max(30, repeat * 10)):
            before = table.cursor
            start = time.perf_counter()
            press(app, "pagedown")
            await settle(pilot, lambda: table.cursor != before and shows_rows(table))
            samples.append(time.perf_counter() - start)
        results["page_down_ms_p50"] = statistics.median(samples) * 1000

        samples, counted = [], []
        for _ in range(repeat):
            await pilot.press("slash")
            await settle(pilot, lambda: invoices.filter_box is not None and invoices.filter_box.has_focus)
            for character in "INV-00123":
                start = time.perf_counter()
                generation = table._generation
                press(app, character)
                await settle(pilot, rows_redrawn(generation))
                samples.append(time.perf_counter() - start)
                await settle(pilot, lambda: shows_rows(table))
                counted.append(time.perf_counter() - start)
            await pilot.press("escape")
            await settle(pilot, lambda: shows_rows(table))
        results["filter_ms_p50"] = statistics.median(samples) * 1000
        results["filter_counted_ms_p50"] = statistics.median(counted) * 1000

        every_sort = []
        for column in ("vendor", "amount_cents"):
            samples = []
            for turn in range(max(6, repeat * 2)):  # ascending, descending, ...: each a new order
                start = time.perf_counter()
                generation = table._generation
                invoices._sort_by(column, descending=bool(turn % 2))  # what a click on its title does
                await settle(pilot, rows_redrawn(generation))
                samples.append(time.perf_counter() - start)
            results[f"sort_{'amount' if column == 'amount_cents' else column}_ms_p50"] = statistics.median(samples) * 1000
            every_sort += samples
        results["sort_ms_p50"] = statistics.median(every_sort) * 1000
        generation = table._generation
        invoices._sort_by(invoices.default_sort, descending=False)
        await settle(pilot, rows_redrawn(generation))

        # mark all of a filtered view: one trade's vendors, about a twelfth of the invoices at any size
        await pilot.press("slash")
        await settle(pilot, lambda: invoices.filter_box is not None and invoices.filter_box.has_focus)
        for character in "Drywall":
            generation = table._generation
            press(app, character)
            await settle(pilot, rows_redrawn(generation))
        press(app, "enter")  # back to the table, the filter kept
        await settle(pilot, lambda: table.has_focus)
        shown = await count_rows(app.workspace.db, app.workspace.actor, invoices.view)
        marked, totalled = [], []
        for _ in range(repeat):
            for wanted in (shown, 0):  # mark them all, then unmark them all
                start = time.perf_counter()
                press(app, "asterisk")
                await settle(pilot, lambda: len(invoices.marks) == wanted)
                marked.append(time.perf_counter() - start)
                await settle(pilot, lambda: invoices.marked_cents is not None and (invoices.marked_cents > 0) == (wanted > 0))
                totalled.append(time.perf_counter() - start)
        results["mark_all_ms"] = statistics.median(marked) * 1000
        results["mark_all_totalled_ms_p50"] = statistics.median(totalled) * 1000
        results["mark_all_rows"] = shown
        generation = table._generation
        press(app, "escape")
        await settle(pilot, rows_redrawn(generation))

        tabs = app.query_one("TabbedContent")
        samples = []
        for _ in range(repeat):
            for number, tab in (("1", "commitments"), ("3", "directory"), ("4", "queue"), ("2", "invoices")):
                pane_table = app.query_one(f"#pane-{tab}").table
                start = time.perf_counter()
                press(app, number)
                await settle(pilot, lambda: tabs.active == tab and pane_table.region.width > 0 and shows_rows(pane_table))
                samples.append(time.perf_counter() - start)
        results["tab_switch_ms_p50"] = statistics.median(samples) * 1000

        results.update(await live_refresh(app, pilot, db, max(6, repeat * 2)))
        results["idle_cpu_percent"] = await idle_cpu_percent()

        results["bulk_retrieve_1000_s"], results["bulk_retrieve_count"] = await bulk_on_queue(app, pilot, "r")

        await context.__aexit__(None, None, None)
        await app.workspace.close()
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(results), flush=True)

    asyncio.run(main())


def probe_accept(db: str) -> None:
    """The approver accepts 1,000 queued invoices: every export written before the figure stops."""
    async def main():
        export_dir = Path(tempfile.mkdtemp(prefix="approver-bench-export-"))
        app, context, pilot = await _app_with_rows(db, "approver", export_dir)
        seconds, count = await bulk_on_queue(app, pilot, "a")
        exported = len(list(export_dir.glob("invoice-*.json")))
        await context.__aexit__(None, None, None)
        await app.workspace.close()
        shutil.rmtree(export_dir)
        print(json.dumps({"bulk_accept_1000_s": seconds, "bulk_accept_count": count, "bulk_accept_exported": exported}),
              flush=True)

    asyncio.run(main())


# -- the run -------------------------------------------------------------------------------------

def written_through() -> None:
    """Wait until what the run itself just wrote (a copy of a company: 0.8 GB at a million
    invoices) is on the disk. Left in the page cache, its writeback weighs on the next figure: each
    fsync made meanwhile (an export file's, a commit's) waits behind it, which put 0.4 to 1.2 s on
    the same bulk accept of 1,000 here, and no user's action follows such a copy."""
    os.sync()


class SqliteDatabases:
    """Generated companies as files in `workdir`; a pristine copy puts one back after a figure changed it."""

    name = "sqlite"

    def __init__(self, workdir: Path):
        self.workdir = workdir

    def fresh(self, invoices: int) -> str:
        path = self.workdir / f"scale-{invoices}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return str(path)

    def keep(self, db: str) -> None:
        shutil.copy(db, f"{db}.pristine")
        written_through()

    def restore(self, db: str) -> None:
        shutil.copy(f"{db}.pristine", db)
        written_through()

    def close(self) -> None:
        pass


class PostgresDatabases:
    """A throwaway PostgreSQL server of our own on 127.0.0.1 (the tests' helper, tests/pg.py);
    a template database puts one back after a figure changed it."""

    name = "postgresql"

    def __init__(self):
        sys.path.insert(0, str(HERE.parent.parent))
        from tests import pg

        bindir = pg.find_bindir()
        if bindir is None:
            sys.exit("--db postgresql needs the PostgreSQL server binaries (apt-get install postgresql-15)")
        self.server = pg.PostgresServer(bindir)
        self.server.start()

    def fresh(self, invoices: int) -> str:
        self.server.psql("postgres", f"DROP DATABASE IF EXISTS scale_{invoices}")
        self.server.psql("postgres", f"CREATE DATABASE scale_{invoices}")
        return self.server.url(f"scale_{invoices}")

    def keep(self, db: str) -> None:
        name = db.rsplit("/", 1)[1]
        self.server.psql(name, "VACUUM ANALYZE")  # what autovacuum does soon after any large load
        # A vacuum that runs while autovacuum still holds a snapshot from during the load cannot
        # mark the loaded pages visible to all (so nothing is read from an index alone); autovacuum
        # comes back for them, and so does this, a few times at most.
        for _ in range(5):
            if self.server.psql(name, "SELECT relallvisible >= relpages FROM pg_class WHERE relname = 'invoices'").strip() == "t":
                break
            time.sleep(1)
            self.server.psql(name, "VACUUM invoices")
        self.server.psql("postgres", f"CREATE DATABASE {name}_pristine TEMPLATE {name}")
        self._written_through()

    def restore(self, db: str) -> None:
        name = db.rsplit("/", 1)[1]
        self.server.psql("postgres", f"DROP DATABASE {name}")
        self.server.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {name}_pristine")
        self._written_through()

    def _written_through(self) -> None:
        self.server.psql("postgres", "CHECKPOINT")  # the copy, from the server's memory to its files
        written_through()

    def close(self) -> None:
        self.server.stop()


def probe_json(probe: str, db: str, repeat: int) -> dict:
    done = subprocess.run([sys.executable, str(HERE), "--probe", probe, "--probe-db", db, "--repeat", str(repeat)],
                          capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"probe {probe} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Each floor is sampled in turns with the figure it is read against, at every size, and reported
# once for the whole run (the median of all its samples), the same in each size's figures.
FLOORS = ("empty_app_first_paint_s", "click_import_floor_s", "sqlalchemy_import_floor_s")


def run(invoices: int, repeat: int, databases, floor_samples: dict[str, list[float]]) -> dict:
    """Every figure for a company of `invoices` invoices; the floors' samples go to `floor_samples`."""
    approver = script()
    env = {**os.environ, "APPROVER_TUI_CONFIG": os.devnull}
    db = databases.fresh(invoices)
    seed_s = timed([approver, "seed", "scale", "--invoices", str(invoices), "--db", db], env)
    databases.keep(db)

    figures: dict = {"invoices": invoices, "db": databases.name, "repeat": repeat}
    empty, ours = samples_in_turns(
        repeat, lambda: paint_in_fresh_process("empty", db), lambda: paint_in_fresh_process("app", db))
    floor_samples["empty_app_first_paint_s"] += empty
    figures["first_paint_s"] = statistics.median(ours)
    # above 100,000 rows the peer takes minutes and gigabytes a run: measured once
    naive_runs = repeat if invoices <= 100_000 else 1
    figures["naive_datatable_first_paint_s"] = statistics.median(
        paint_in_fresh_process("naive", db) for _ in range(naive_runs))

    figures.update(probe_json("interactions", db, repeat))
    databases.restore(db)  # the live refresh's rejects and the bulk retrieve changed it
    accepts = []
    for _ in range(repeat):  # the same 1,000 accepted each time, from the company as seeded
        accepts.append(probe_json("accept", db, repeat))
        databases.restore(db)
    figures.update(accepts[0], bulk_accept_1000_s=statistics.median(a["bulk_accept_1000_s"] for a in accepts))
    figures["seed_s"] = seed_s

    click, version = samples_in_turns(
        max(5, repeat), lambda: timed([sys.executable, "-c", "import click"], env),
        lambda: timed([approver, "--version"], env))
    floor_samples["click_import_floor_s"] += click
    figures["cli_version_s"] = statistics.median(version)
    driver = "asyncpg" if databases.name == "postgresql" else "aiosqlite"
    imports, listed = samples_in_turns(
        max(5, repeat), lambda: timed([sys.executable, "-c", f"import sqlalchemy.ext.asyncio, {driver}"], env),
        lambda: timed([approver, "--db", db, "--user", "approver", "list", "queue", "--json"], env))
    floor_samples["sqlalchemy_import_floor_s"] += imports
    figures["cli_list_queue_s"] = statistics.median(listed)
    figures["cli_list_invoices_peak_mb"] = peak_rss_mb(
        [approver, "--db", db, "--user", "approver", "list", "invoices", "--json"], env)
    return figures


def with_floors(figures: dict, floors: dict[str, float]) -> dict:
    """`figures` with the run's floors and each figure's ratio to its floor or peer."""
    figures = {**figures, **floors}
    figures["ratios"] = {
        "first_paint_vs_empty": figures["first_paint_s"] / figures["empty_app_first_paint_s"],
        "naive_vs_first_paint": figures["naive_datatable_first_paint_s"] / figures["first_paint_s"],
        "cli_version_vs_click": figures["cli_version_s"] / figures["click_import_floor_s"],
        "cli_list_queue_vs_sqlalchemy": figures["cli_list_queue_s"] / figures["sqlalchemy_import_floor_s"],
    }
    return figures


def run_all(sizes: list[int], repeat: int, databases) -> dict:
    """The report: one size's figures as one object; several sizes as an object whose `runs` holds
    each size's figures, smallest first, and the curve in one number."""
    # An installed wheel carries its bytecode (pip compiles it on install); a source checkout may
    # not (PYTHONDONTWRITEBYTECODE), and compiling every module at each start is not start-up.
    compileall.compile_dir(importlib.util.find_spec("approver_tui").submodule_search_locations[0], quiet=1)
    floor_samples: dict[str, list[float]] = {name: [] for name in FLOORS}
    measured = [run(invoices, repeat, databases, floor_samples) for invoices in sizes]
    floors = {name: statistics.median(samples) for name, samples in floor_samples.items()}
    runs = [with_floors(figures, floors) for figures in measured]
    if len(runs) == 1:
        return runs[0]
    # the curve: how first paint grows from the smallest company to the largest
    return {"db": databases.name, "repeat": repeat, "runs": runs,
            "first_paint_largest_vs_smallest": runs[-1]["first_paint_s"] / runs[0]["first_paint_s"]}


SEED_BUDGET_S = {"sqlite": 60, "postgresql": 120}  # for 1,000,000 invoices
FLOOR_RATIO = {"sqlite": 2.0, "postgresql": 2.5}

TARGETS = [
    ("first paint / empty app", lambda f: f["ratios"]["first_paint_vs_empty"], "<=", lambda f: FLOOR_RATIO[f["db"]]),
    ("naive / ours first paint", lambda f: f["ratios"]["naive_vs_first_paint"], ">=", lambda f: 20),
    ("page down p50 (ms)", lambda f: f["page_down_ms_p50"], "<=", lambda f: 50),
    ("filter p50 (ms)", lambda f: f["filter_ms_p50"], "<=", lambda f: 50),
    ("sort by vendor p50 (ms)", lambda f: f["sort_vendor_ms_p50"], "<=", lambda f: 50),
    ("sort by amount p50 (ms)", lambda f: f["sort_amount_ms_p50"], "<=", lambda f: 50),
    ("mark all filtered p50 (ms)", lambda f: f["mark_all_ms"], "<=", lambda f: 200),
    ("tab switch p50 (ms)", lambda f: f["tab_switch_ms_p50"], "<=", lambda f: 100),
    ("live refresh, slowest (ms)", lambda f: f["live_refresh_ms_max"], "<=", lambda f: 2000),
    ("bulk retrieve 1,000 (s)", lambda f: f["bulk_retrieve_1000_s"], "<=", lambda f: 1),
    ("bulk accept 1,000 (s)", lambda f: f["bulk_accept_1000_s"], "<=", lambda f: 1),
    ("seed (s)", lambda f: f["seed_s"], "<=", lambda f: SEED_BUDGET_S[f["db"]] * max(1, f["invoices"] / 1_000_000)),
    ("peak RSS (MB)", lambda f: f["peak_rss_mb"], "<=", lambda f: 200),
    ("--version / import click", lambda f: f["ratios"]["cli_version_vs_click"], "<=", lambda f: 2),
    ("list queue / import sqlalchemy", lambda f: f["ratios"]["cli_list_queue_vs_sqlalchemy"], "<=", lambda f: 3),
    ("list invoices peak RSS (MB)", lambda f: f["cli_list_invoices_peak_mb"], "<=", lambda f: 200),
]


def table(report: dict) -> str:
    lines = []
    for figures in report.get("runs", [report]):
        lines += [f"approver-tui benchmark, {figures['invoices']:,} invoices on {figures['db']}, "
                  f"medians of {figures['repeat']} runs", ""]
        for key, value in figures.items():
            if isinstance(value, float):
                lines.append(f"  {key:<32} {value:10.3f}")
        lines += ["", f"  {'target':<32} {'measured':>10}  {'goal':>8}  met"]
        for name, get, op, goal_of in TARGETS:
            value, goal = get(figures), goal_of(figures)
            met = value <= goal if op == "<=" else value >= goal
            lines.append(f"  {name:<32} {value:10.2f}  {op}{goal:>6g}  {'yes' if met else 'NO'}")
        lines.append("")
    if "first_paint_largest_vs_smallest" in report:
        ratio = report["first_paint_largest_vs_smallest"]
        lines.append(f"  first paint, largest / smallest   {ratio:10.2f}  <=   1.2  {'yes' if ratio <= 1.2 else 'NO'}")
    return "\n".join(lines)


def sizes(text: str) -> list[int]:
    try:
        values = [int(part.replace("_", "")) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give invoice counts separated by commas, e.g. 10000,100000") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError("invoice counts must be at least 1")
    return sorted(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--invoices", type=sizes, default=[100_000], help="company sizes, comma-separated")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite",
                        help="postgresql: on a throwaway server of its own")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (medians are reported)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--workdir", type=Path, help="where SQLite databases go (default: a temporary folder)")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--probe-db", help=argparse.SUPPRESS)  # the probe's database: a path or a URL
    args = parser.parse_args()

    if args.probe:  # a child process of the run
        db = args.probe_db
        return {"empty": probe_empty, "naive": lambda: probe_naive(db), "app": lambda: probe_app(db),
                "interactions": lambda: probe_interactions(db, args.repeat),
                "accept": lambda: probe_accept(db)}[args.probe]()

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="approver-bench-") as temp:
        databases = SqliteDatabases(args.workdir or Path(temp)) if args.db == "sqlite" else PostgresDatabases()
        os.environ["TMPDIR"] = temp  # for the probes, whose export folders then go with it
        try:
            report = run_all(args.invoices, args.repeat, databases)
        finally:
            databases.close()
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
