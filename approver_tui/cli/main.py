"""The `approver-tui` command. Thin: it parses, calls services, prints.

Only click is imported at module level so that `--version` and `--help` stay instant; each
command imports the services it needs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import click

from approver_tui import __version__
from approver_tui.services.text import printable

T = TypeVar("T")
ACTIONS = ("send", "retrieve", "resend", "accept", "reject", "edit")
LISTS = ("invoices", "commitments", "companies", "queue")


@dataclass
class GlobalOptions:
    db: str | None = None
    user: str | None = None
    config: str | None = None


def _remember(field: str):
    def callback(ctx: click.Context, _param, value):
        if value is not None:
            setattr(ctx.ensure_object(GlobalOptions), field, value)
        return value

    return callback


def global_options(command):
    """--db, --user and --config, accepted before or after the subcommand name."""
    for name, help_text in (
        ("config", "TOML config file [env APPROVER_TUI_CONFIG]."),
        ("user", "Act as this directory user (demo databases, or allow_user_override) [env APPROVER_TUI_USER]."),
        ("db", "Database: SQLAlchemy URL or SQLite file path [env APPROVER_TUI_DB]."),
    ):
        command = click.option(
            f"--{name}", metavar=name.upper() if name != "db" else "URL", expose_value=False,
            is_eager=True, callback=_remember(name), help=help_text,
        )(command)
    return command


def echo_table(titles: list[str], rows: list[list[str]]) -> None:
    """Columns aligned in terminal cells (wide characters count twice), two spaces apart."""
    from rich.cells import cell_len

    widths = [max([cell_len(title), *(cell_len(row[i]) for row in rows)]) for i, title in enumerate(titles)]
    for line in (titles, *rows):
        click.echo("  ".join(cell + " " * (width - cell_len(cell)) for cell, width in zip(line, widths)).rstrip())


async def echo_json_array(batches: AsyncGenerator[list[dict], None]) -> None:
    """Print the items of `batches` as json.dumps(all of them, indent=2, ensure_ascii=False) would,
    a batch as it comes: memory stays flat however many there are. orjson lays the batches out
    (ten times Python's encoder with `indent`, which turns its C encoder off) in UTF-8, JSON's
    own encoding, written as it comes: decoding it for the text layer to encode again took 40 ms
    of the 50,000 rows of `list queue`."""
    import orjson

    sys.stdout.flush()
    out = sys.stdout.buffer
    first = True
    # closed here when writing fails (a reader such as `head` stops reading): left to asyncio's
    # shutdown, the read it holds open was closed twice, with a traceback
    async with aclosing(batches):
        async for batch in batches:
            if not batch:
                continue
            # "[\n  {...},\n  {...}\n]" without its brackets: the items as they sit in the whole array
            items = orjson.dumps(batch, option=orjson.OPT_INDENT_2)[2:-2]
            out.write((b"[\n" if first else b",\n") + items)
            first = False
    out.write(b"[]\n" if first else b"\n]\n")


def counted(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def fail(message: str, code: int = 2) -> None:
    click.echo(f"approver-tui: {message}", err=True)
    sys.exit(code)


def run(work: Callable[..., Awaitable[T]], *, workspace: bool = True, collecting: bool = True) -> T:
    """Run `work(ws)` (or `work(settings)`) with every expected failure turned into one line, exit 2.
    With `collecting`, the cycle collector paused by `main` is back before the work starts; the
    full-screen app resumes it itself, once its first rows are on screen."""
    import asyncio  # ~20 ms with its ssl import: not for --version and --help

    from approver_tui.services.access import NotAllowed
    from approver_tui.services.errors import USER_ERRORS
    from approver_tui.services.settings import load_settings
    from approver_tui.tui.startup import startup_finished

    if collecting:  # the command's imports are done
        startup_finished()
    options = click.get_current_context().ensure_object(GlobalOptions)
    try:
        settings = load_settings(db=options.db, user=options.user, config=options.config)

        async def main():
            if not workspace:
                return await work(settings)
            from approver_tui.services import exports
            from approver_tui.services.workspace import open_workspace

            ws = await open_workspace(settings)
            try:
                await exports.resume(ws)  # what a killed process left undelivered
                return await work(ws)
            finally:
                await ws.close()

        return asyncio.run(main())
    except USER_ERRORS as error:
        fail(str(error))
    except NotAllowed as refusal:
        fail(f"not allowed: {refusal}", 1)
    except KeyboardInterrupt:
        fail("interrupted; the unfinished step was rolled back.", 130)


def parse_refs(refs: tuple[str, ...]):
    from approver_tui.services.items import InputError, ItemRef

    try:
        return [ItemRef.parse(r) for r in refs]
    except InputError as error:
        fail(str(error))


def open_tui(*, demo: bool = False) -> None:
    from approver_tui.tui.startup import pause_collection

    pause_collection()  # before the heavy imports (again after `demo` loaded its company)
    from functools import partial

    from approver_tui.tui.launch import open_app

    run(partial(open_app, demo=demo), workspace=False, collecting=False)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="approver-tui")
@global_options
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Work the ERP acceptance queue: send, retrieve, re-send, accept and reject invoices,
    commitments and companies. With no command, opens the full-screen app."""
    ctx.ensure_object(GlobalOptions)
    if ctx.invoked_subcommand is None:
        open_tui()


# -- seed -------------------------------------------------------------------------------------

def load_fixture(fixture: str, invoices: int = 0, seed_value: int = 1, progress: Callable[[int], None] | None = None):
    """`run`'s work for a fixture: create the schema if needed and load it into the database
    (`progress` hears of the invoices a generated company has written so far)."""
    async def work(settings) -> dict[str, int]:
        from approver_tui.services.seeding import load_demo, seed_scale
        from approver_tui.store.engine import open_database

        db = await open_database(settings.db)
        try:
            if fixture == "demo":
                return await load_demo(db)
            return await seed_scale(db, invoices, seed_value, progress=progress)
        finally:
            await db.close()

    return work


@cli.command()
@click.argument("fixture", type=click.Choice(["demo", "scale"]))
@click.option("--invoices", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="scale: how many invoices to generate.")
@click.option("--seed", "seed_value", type=int, default=1, show_default=True, help="scale: random seed.")
@global_options
def seed(fixture: str, invoices: int, seed_value: int) -> None:
    """Create the schema if needed and load the demo company (or a generated large one) into --db."""
    if fixture == "demo":
        counts = run(load_fixture(fixture), workspace=False)
    else:  # drawn only on a terminal; a pipe or a log gets the closing line alone
        with click.progressbar(length=invoices, label="Writing invoices", file=sys.stderr, show_pos=True,
                               hidden=not sys.stderr.isatty()) as bar:
            counts = run(load_fixture(fixture, invoices, seed_value, bar.update), workspace=False)
    click.echo("Seeded: " + ", ".join(f"{n} {what}" for what, n in counts.items()) + ".")


@cli.command()
@click.option("--web", is_flag=True, help="Serve the demo to browsers instead of this terminal.")
@click.option("--host", default="localhost", show_default=True,
              help="--web: the address to listen on (localhost: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="--web: the port.")
@global_options
def demo(web: bool, host: str, port: int) -> None:
    """A fresh demo database (a temporary file unless --db), opened in the app on a persona picker
    (or as --user), with the guided walkthrough; --web serves it to browsers, a fresh database
    for each browser session."""
    import shutil
    import tempfile

    options = click.get_current_context().ensure_object(GlobalOptions)
    if web:
        serve_demo(options, host, port)
        return
    temporary = None if options.db else Path(tempfile.mkdtemp(prefix="approver-tui-demo-"))
    options.db = options.db or str(temporary / "demo.db")
    try:
        run(load_fixture("demo"), workspace=False)
        open_tui(demo=True)
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)


def serve_demo(options: GlobalOptions, host: str, port: int) -> None:
    """Each browser session starts its own `approver-tui demo` process: its own fresh database."""
    import shlex

    if options.db:
        fail("--web makes a fresh database for each browser session: drop --db.")
    try:
        from textual_serve.server import Server
    except ModuleNotFoundError:
        fail("--web needs the web extra: pip install 'approver-tui[web]'")
    from approver_tui.tui.startup import startup_finished

    startup_finished()  # the server runs for hours: its cycles are collected (main paused that)
    command = [sys.executable, "-m", "approver_tui", "demo"]
    for name in ("user", "config"):
        if getattr(options, name):
            command += [f"--{name}", getattr(options, name)]
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving the demo on http://{shown}:{port} (ctrl+c stops it).")
    Server(shlex.join(command), host=host, port=port, title="approver-tui demo").serve()


# -- list, why, history ------------------------------------------------------------------------

@cli.command("list")
@click.argument("kind", type=click.Choice(LISTS))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--erp-state", help="Only rows in this ERP state (not_sent, pending, ...).")
@click.option("--status", help="Only rows with this business status (code or label).")
@click.option("--search", default="", help="Only rows with TEXT in a name they show (number, title, reason, "
              "project, vendor, commitment; companies: name, contact, ERP id), in any case.")
@click.option("--project", metavar="NAME|ID", help="Only this project's items (companies: its commitments' vendors).")
@global_options
def list_command(kind: str, as_json: bool, erp_state: str | None, status: str | None, search: str,
                 project: str | None) -> None:
    """Rows you may see; `queue` is everything waiting for acceptance or whose export failed."""
    from approver_tui.services.listing import ListFilter, ListKind, list_rows, parse_erp_state, parse_status, stream_rows
    from approver_tui.services.projects import find_project

    async def work(ws):
        list_kind = ListKind(kind)
        project_id = None
        if project is not None:
            async with ws.db.read() as session:
                project_id = (await find_project(session, project)).id
        filters = ListFilter(
            search=search,
            erp_state=parse_erp_state(erp_state) if erp_state else None,
            status=parse_status(list_kind, status) if status else None,
            project_id=project_id,
        )
        if as_json:
            await echo_json_array(stream_rows(ws.db, ws.actor, list_kind, filters))
            return None
        return await list_rows(ws.db, ws.actor, list_kind, filters)

    rows = run(work)
    if as_json:
        return
    if not rows:
        click.echo(f"No {kind} match.")
        return
    columns = [("REF", "ref"), ("LABEL", "label"), ("STATUS", "status_label"), ("ERP STATE", "erp_state"),
               ("PROJECT", "project"), ("SENT BY", "sent_by"), ("REASON", "reason")]
    echo_table([title for title, _ in columns], [[printable(row[key])[:40] for _, key in columns] for row in rows])
    click.echo(f"{len(rows)} {kind}.")


@cli.command()
@click.argument("action", type=click.Choice(ACTIONS))
@click.argument("ref")
@global_options
def why(action: str, ref: str) -> None:
    """Every reason ACTION is unavailable for REF (exit 1), or that it is available (exit 0)."""
    from approver_tui.domain import Action
    from approver_tui.services.workflow import explain

    (item_ref,) = parse_refs((ref,))
    act = Action(action)
    answers = run(lambda ws: explain(ws, act, [item_ref]))
    item, reasons = answers[item_ref]
    name = f"{item_ref} ({printable(item.label)})" if item else str(item_ref)
    if not reasons:
        click.echo(f"{act.label} is available for {name}.")
        return
    click.echo(f"{act.label} is not available for {name}:")
    for reason in reasons:
        click.echo(f"  - {printable(reason.message)}\n    What would make it available: {reason.remedy}")
    sys.exit(1)


@cli.command()
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@global_options
def history(ref: str, as_json: bool) -> None:
    """The item's audit trail, oldest first."""
    from approver_tui.services.access import not_found
    from approver_tui.services.details import item_history

    (item_ref,) = parse_refs((ref,))
    found = run(lambda ws: item_history(ws, item_ref))
    if found is None:
        fail(not_found(item_ref).as_text(), 1)
    item, entries = found
    if as_json:
        click.echo(json.dumps([e.as_json() for e in entries], indent=2, ensure_ascii=False))
        return
    click.echo(f"History of {item_ref} ({printable(item.label)}), now {item.erp_state.value}:")
    if not entries:
        click.echo("  no recorded actions yet.")
    for e in entries:
        states = e.from_state if e.from_state == e.to_state else f"{e.from_state} -> {e.to_state}"
        detail = f"  {printable(e.detail)}" if e.detail else ""
        click.echo(f"  {e.at:%Y-%m-%d %H:%M}  {printable(e.actor)} (os {printable(e.os_user)})  {e.action} {e.outcome}  {states}{detail}")


# -- actions ----------------------------------------------------------------------------------

def _report(result) -> None:
    """Exit 1 when an item was refused or its export failed (it was accepted, but the ERP does
    not have it: the item is `failed` and back in the queue)."""
    export_failed = [o for o in result.done if o.to_state == "failed"]
    for outcome in result.done:
        if outcome in export_failed:
            click.echo(f"failed   {outcome.ref}  {printable(outcome.label)}  {outcome.from_state} -> failed: "
                       f"{printable(outcome.note)}. It waits in the queue as 'Export failed': fix the cause and "
                       "accept it again to retry the export, or reject it.", err=True)
            continue
        note = f"  ({printable(outcome.note)})" if outcome.note else ""
        click.echo(f"done     {outcome.ref}  {printable(outcome.label)}  {outcome.from_state} -> {outcome.to_state}{note}")
    for outcome in result.refused:
        click.echo(f"refused  {outcome.ref}  {printable(outcome.label)}  {result.action.label}:", err=True)
        for reason in outcome.reasons:
            click.echo(f"  - {printable(reason.message)} {reason.remedy}", err=True)
    failed = f", {len(export_failed)} of them not exported" if export_failed else ""
    click.echo(f"{result.action.label}: {len(result.done)} done{failed}, {len(result.refused)} refused.",
               err=bool(result.refused or export_failed))
    if result.refused or export_failed:
        sys.exit(1)


def _action_command(action_name: str, help_text: str):
    @click.argument("refs", nargs=-1, required=True, metavar="REF...")
    @global_options
    def command(refs: tuple[str, ...]) -> None:
        from approver_tui.domain import Action
        from approver_tui.services.workflow import perform

        item_refs = parse_refs(refs)
        _report(run(lambda ws: perform(ws, Action(action_name), item_refs)))

    command.__doc__ = help_text
    return cli.command(action_name)(command)


_action_command("send", "Send each item to the ERP queue for an accounting approver.")
_action_command("retrieve", "Pull each item back from the ERP queue before anyone decides on it.")
_action_command("resend", "Send each rejected (and fixed) item back to the ERP queue.")
_action_command("accept", "Accept each queued item: export it to the ERP.")


@cli.command()
@click.argument("refs", nargs=-1, required=True, metavar="REF...")
@click.option("--reason", required=True, help="What the sender must fix (required, not empty).")
@global_options
def reject(refs: tuple[str, ...], reason: str) -> None:
    """Reject each queued item with a reason; the sender is told by mail."""
    from approver_tui.domain import Action
    from approver_tui.services.workflow import perform

    item_refs = parse_refs(refs)
    _report(run(lambda ws: perform(ws, Action.REJECT, item_refs, reason=reason)))


@cli.command()
@click.argument("ref")
@click.option("--set", "assignments", multiple=True, required=True, metavar="FIELD=VALUE",
              help="A field to change; repeat for several.")
@global_options
def edit(ref: str, assignments: tuple[str, ...]) -> None:
    """Change fields of an item (refused while it waits in the queue or after it synced)."""
    from approver_tui.domain import Action
    from approver_tui.services.editing import edit_item
    from approver_tui.services.workflow import BatchResult

    (item_ref,) = parse_refs((ref,))
    changes = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            fail(f"--set {assignment!r}: write FIELD=VALUE, e.g. --set amount=1250.00")
        changes[name.strip()] = value
    outcome = run(lambda ws: edit_item(ws, item_ref, changes))
    _report(BatchResult(Action.EDIT, [outcome]))


# -- audit, notify ----------------------------------------------------------------------------

@cli.group()
def audit() -> None:
    """The audit trail as a whole."""


@audit.command()
@global_options
def verify() -> None:
    """Check the audit trail's hash chain: exit 0 when intact, 1 naming the first bad record."""
    from approver_tui.services.audit import verify_chain

    report = run(lambda ws: verify_chain(ws.db))
    if report.intact:
        click.echo(f"Audit trail intact: {report.records} records, every hash checks.")
        return
    click.echo(f"Audit trail broken: {report.problem}.", err=True)
    sys.exit(1)


@cli.group()
def notify() -> None:
    """Mail the workflow sends: the outbox."""


@notify.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--mine", is_flag=True, help="Only mail addressed to you (the default unless you are a Directory admin).")
@global_options
def notify_list(as_json: bool, mine: bool) -> None:
    """The outbox, newest first: your own mail, or everyone's for a Directory admin."""
    from approver_tui.services.notifications import outbox_messages

    messages = run(lambda ws: outbox_messages(ws, everyone=not mine))
    rows = [
        {"id": m.id, "created_at": m.created_at.isoformat(), "kind": m.kind, "to": m.to_login,
         "to_addr": m.to_addr, "subject": m.subject, "body": m.body, "item": m.item_ref,
         "state": m.status, "attempts": m.attempts, "last_error": m.last_error,
         "sent_at": m.sent_at.isoformat() if m.sent_at else None,
         "next_attempt_at": m.next_attempt_at.isoformat() if m.next_attempt_at else None}
        for m in messages
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        tries = f"{r['attempts']} tries" if r["attempts"] != 1 else "1 try"
        click.echo(f"{r['id']:>5}  {r['created_at'][:16]}  {r['state']:<7}  {tries:<8}  {printable(r['to']):<12}  {printable(r['subject'])}")
        if r["last_error"]:
            click.echo(f"       last error: {printable(r['last_error'])}")
    click.echo(f"{len(rows)} messages.")


@notify.command("deliver")
@global_options
def notify_deliver() -> None:
    """Send every pending message to the SMTP server now: exit 0 when all went, 1 when some are
    still pending (each named with its error), 2 when there is no usable SMTP configuration."""
    from approver_tui.services.mail import deliver_mail

    report = run(deliver_mail)
    for failure in report.failed:
        click.echo(f"not sent  {printable(failure)}", err=True)
    elsewhere = f"; {report.elsewhere} being sent by another delivery right now" if report.elsewhere else ""
    click.echo(f"Sent {report.sent}; {report.still_pending} still pending{elsewhere}.", err=bool(report.still_pending))
    if report.still_pending:
        sys.exit(1)


@notify.command("digest")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="The day to compose for (default: today, UTC).")
@global_options
def notify_digest(day: str | None) -> None:
    """Compose the ERP Integrations Daily Summary for each subscribed approver with something
    waiting, once per day (a second run for the same day composes nothing); exit 0 also when
    there was nothing to compose. `notify deliver` sends them."""
    from datetime import date

    from approver_tui.services.digest import compose_digests

    try:
        when = date.fromisoformat(day) if day else None
    except ValueError:
        fail(f"--date {day!r} is not a date: write it as YYYY-MM-DD.")
    report = run(lambda ws: compose_digests(ws, when))
    click.echo(f"Composed {len(report.composed)} daily summar{'y' if len(report.composed) == 1 else 'ies'}"
               + (f" ({', '.join(report.composed)})" if report.composed else "")
               + (f"; already composed for {', '.join(report.already)}" if report.already else "")
               + (f"; nothing waits for {', '.join(report.nothing_waiting)}" if report.nothing_waiting else "") + ".")


# -- erp ----------------------------------------------------------------------------------------

@cli.group()
def erp() -> None:
    """The ERP's side: its master data."""


@erp.command("sync")
@click.option("--from", "source", type=click.Path(path_type=Path), metavar="PATH",
              help="The master data file (default: erp.master_data, or master-data.json in erp.export_dir).")
@global_options
def erp_sync(source: Path | None) -> None:
    """Import the ERP's jobs, vendors and cost codes: projects whose job the ERP has become
    synced, companies it already has as vendors become linked (Directory admins only)."""
    from approver_tui.services.erp_sync import sync_master_data

    report = run(lambda ws: sync_master_data(ws, source))

    def listed(names: list[str]) -> str:
        return ": " + "; ".join(printable(n) for n in names) if names else ""

    click.echo(f"ERP master data imported from {printable(report.source)} at {report.synced_at:%Y-%m-%d %H:%M} UTC.")
    click.echo(f"Projects: {len(report.projects_synced)} newly synced{listed(report.projects_synced)}; "
               f"{report.projects_already} already synced; {counted(report.jobs_only_in_erp, 'ERP job')} with no project here.")
    if report.projects_missing:
        click.echo(f"Projects the ERP has no job for (their items cannot be sent){listed(report.projects_missing)}.")
    click.echo(f"Companies: {len(report.companies_linked)} newly linked{listed(report.companies_linked)}; "
               f"{report.companies_already} already linked; {counted(report.vendors_only_in_erp, 'ERP vendor')} with no company here.")
    if report.companies_waiting:
        click.echo(f"Left for the approver (in the queue){listed(report.companies_waiting)}.")
    if report.companies_unlisted:
        click.echo(f"Linked here but no longer listed by the ERP (check them in the ERP){listed(report.companies_unlisted)}.")
    if report.ambiguous:
        click.echo(f"Not linked, link by hand in the ERP first{listed(report.ambiguous)}.")
    click.echo(f"Cost codes: {report.cost_codes}.")


# -- users --------------------------------------------------------------------------------------

@cli.group()
def users() -> None:
    """Who may do what: tool permissions, the accounting-approver privilege, the daily summary."""


def _access_words(person) -> tuple[str, str, str]:
    from approver_tui.services.people import level_name

    levels = {p.level for p in person.projects}
    if not person.projects:
        commitments = "none"
    elif len(levels) == 1:
        commitments = f"{level_name(levels.pop())} on {len(person.projects)} project(s)"
    else:
        commitments = ", ".join(f"{level_name(p.level)} on {p.project.number}" for p in person.projects)
    if not person.approver:
        approver = "no"
    else:
        approver = "all types" if person.approver_types is None else ", ".join(sorted(t.value for t in person.approver_types))
    return level_name(person.directory), commitments, approver


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@global_options
def users_list(as_json: bool) -> None:
    """Every directory user and what they may do (needs Read-Only on the Directory tool)."""
    from approver_tui.services.people import list_people

    people = run(list_people)
    if as_json:
        click.echo(json.dumps([p.as_json() for p in people], indent=2, ensure_ascii=False))
        return
    echo_table(["LOGIN", "NAME", "DIRECTORY", "COMMITMENTS", "APPROVER", "DIGEST"],
               [[printable(cell) for cell in (p.login, p.name, *_access_words(p), "yes" if p.digest else "no")]
                for p in people])
    click.echo(f"{len(people)} users.")


@users.command("show")
@click.argument("login")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@global_options
def users_show(login: str, as_json: bool) -> None:
    """One user: roles, permissions per project, approver types, digest, and how they changed."""
    from approver_tui.services.people import level_name, show_person

    person = run(lambda ws: show_person(ws, login))
    if as_json:
        document = person.as_json() | {"changes": [e.as_json() for e in person.changes]}
        click.echo(json.dumps(document, indent=2, ensure_ascii=False))
        return
    directory, _, approver = _access_words(person)
    click.echo(printable(f"{person.login}: {person.name} <{person.email}>"
                         + (f", OS login {person.os_login}" if person.os_login else "")))
    click.echo(printable(f"  roles: {', '.join(person.roles)}"))
    click.echo(f"  directory tool: {directory}")
    click.echo("  commitments tool:" + ("" if person.projects else " none"))
    for access in person.projects:
        click.echo(printable(f"    {level_name(access.level):<10} {access.project.label}"))
    click.echo(f"  accounting approver: {approver}")
    click.echo(f"  daily summary: {'subscribed' if person.digest else 'not subscribed'}")
    if person.changes:
        click.echo("  changes:")
    for e in person.changes:
        click.echo(printable(f"    {e.at:%Y-%m-%d %H:%M}  {e.actor}  {e.action} {e.outcome}  {e.detail}"))


def _change_command(grant: bool):
    verb = "grant" if grant else "revoke"

    @click.argument("login")
    @click.option("--tool", type=click.Choice(["commitments", "directory"]), help="The tool permission to change.")
    @click.option("--project", metavar="NAME|ID", help="commitments: only this project (default: every project).")
    @click.option("--approver", is_flag=True, help="The accounting-approver privilege instead of a tool.")
    @click.option("--types", metavar="TYPES", help="--approver: only these item types, e.g. invoice,commitment.")
    @global_options
    @click.option("--level", type=click.Choice(["admin", "standard", "read-only"]),
                  help="grant: the level to give (default read-only); revoke: take this level and any above it "
                       "away, leaving the one below (default: take every level away).")
    def command(login: str, tool: str | None, project: str | None, approver: bool, types: str | None,
                level: str | None) -> None:
        from approver_tui.services.items import InputError
        from approver_tui.services.people import change_approver, change_tool, parse_level, parse_types

        if bool(tool) == approver:
            fail(f"users {verb}: give either --tool commitments|directory or --approver.")
        if approver and project:
            fail("--project is for --tool commitments; the approver privilege is company-wide.")
        if tool and types:
            fail("--types is for --approver.")
        if approver and level:
            fail("--level is for --tool; the approver privilege has no levels (limit it with --types).")
        try:
            tool_level = parse_level(level) if level else None
            item_types = parse_types(types) if types is not None else None
        except InputError as error:
            fail(str(error))
        if approver:
            change = run(lambda ws: change_approver(ws, login, grant=grant, types=item_types))
        else:
            change = run(lambda ws: change_tool(ws, login, grant=grant, tool=tool, level=tool_level, project=project))
        click.echo(printable(f"{'Changed' if change.changed else 'Unchanged'}: {change.what}."))

    command.__doc__ = (
        f"{verb.capitalize()} a tool permission (commitments per project or on every project; directory is "
        f"company-wide) or the accounting-approver privilege (optionally per item type). Directory admins only; audited."
    )
    return users.command(verb)(command)


_change_command(grant=True)
_change_command(grant=False)


def _subscription_command(subscribed: bool):
    @click.argument("login")
    @global_options
    def command(login: str) -> None:
        from approver_tui.services.people import set_digest

        change = run(lambda ws: set_digest(ws, login, subscribed))
        click.echo(printable(f"{'Changed' if change.changed else 'Unchanged'}: {change.what}."))

    command.__doc__ = (("Subscribe LOGIN to" if subscribed else "Unsubscribe LOGIN from")
                       + " the ERP Integrations Daily Summary (yourself, or anyone as a Directory admin).")
    return users.command("subscribe" if subscribed else "unsubscribe")(command)


_subscription_command(True)
_subscription_command(False)


def main() -> None:
    from approver_tui.tui.startup import pause_collection

    pause_collection()  # through the command's imports (SQLAlchemy's among them); `run` resumes it
    cli(prog_name="approver-tui")
