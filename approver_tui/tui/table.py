"""A table that never holds all its rows: it renders the visible lines from pages fetched on demand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import datetime

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events, work
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from approver_tui.domain import ItemType, Status
from approver_tui.services.browse import View, count_rows, fetch_page, longest_identifiers, sort_key
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListKind
from approver_tui.services.text import printable
from approver_tui.services.workspace import Workspace
from approver_tui.tui.formats import age, amount_text

PAGE_SIZE = 100
IDENTIFIER_SHARE = 0.4  # of the table's width, at most, for one identifier column
KEPT_BESIDE_IDENTIFIERS = 2  # columns of this priority or lower keep their room when an identifier widens
MARK_WIDTH = 4
DRAWN_KEPT = 1000  # lines kept drawn; a screen shows fewer than 100


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    priority: int  # lower shows first when the terminal is narrow
    flex: bool = False
    right: bool = False
    sort: str | None = None  # the sortable field behind the column


COLUMNS: dict[ListKind, list[Column]] = {
    ListKind.COMMITMENTS: [
        Column("label", "Number", 12, 0, sort="label"),
        Column("title", "Title", 16, 1, flex=True, sort="title"),
        Column("project", "Project", 14, 2, flex=True, sort="project"),
        Column("vendor", "Vendor", 14, 2, flex=True, sort="vendor"),
        Column("kind", "Type", 11, 7),
        Column("status", "Status", 10, 3, sort="status"),
        Column("amount", "Amount", 13, 5, right=True, sort="amount_cents"),
        Column("erp_state", "ERP state", 13, 0, sort="erp_state"),
        Column("invoice_count", "Inv", 4, 6, right=True, sort="invoice_count"),
    ],
    ListKind.INVOICES: [
        Column("label", "Number", 9, 0, sort="label"),
        Column("project", "Project", 12, 2, flex=True, sort="project"),
        Column("commitment", "Commitment", 10, 5, sort="commitment"),
        Column("vendor", "Vendor", 12, 3, flex=True, sort="vendor"),
        Column("billing_date", "Billed", 10, 7, sort="billing_date"),
        Column("amount", "Amount", 12, 1, right=True, sort="amount_cents"),
        Column("status", "Status", 10, 2, sort="status"),
        Column("erp_state", "ERP state", 13, 0, sort="erp_state"),
        Column("sent_by", "Sent by", 9, 4, sort="sent_by"),
        Column("reason", "Last rejection", 14, 8, flex=True, sort="reason"),
    ],
    ListKind.COMPANIES: [
        Column("label", "Company", 24, 0, flex=True, sort="label"),
        Column("erp_id", "ERP vendor id", 14, 2, sort="erp_id"),
        Column("erp_state", "ERP state", 13, 0, sort="erp_state"),
        Column("status", "Status", 8, 3, sort="status"),
        Column("contact", "Contact", 14, 4, flex=True, sort="contact"),
    ],
    ListKind.QUEUE: [
        Column("type", "Type", 10, 1),
        Column("label", "Item", 12, 0, flex=True, sort="label"),
        Column("project", "Project", 12, 3, flex=True, sort="project"),
        Column("vendor", "Vendor", 12, 4, flex=True, sort="vendor"),
        Column("amount", "Amount", 12, 2, right=True, sort="amount_cents"),
        Column("sent_by", "Sent by", 9, 1, sort="sent_by"),
        Column("sent_at", "Sent at", 16, 6, sort="sent_at"),
        Column("waiting", "Waiting", 9, 1, right=True),
        Column("erp_error", "Error", 14, 4, flex=True),
    ],
}


@lru_cache(maxsize=64)
def layout_columns(kind: ListKind, width: int, wanted: tuple[tuple[str, int], ...] = (),
                   hidden: tuple[str, ...] = ()) -> tuple[tuple[Column, int], ...]:
    """Which of the kind's columns fit in `width`, most important first, and how wide each is
    (asked for every line drawn, so kept per kind, width and `wanted`). `wanted` widens the
    identifier columns to their longest value, so less important columns give way first; an
    identifier never takes the room of the columns a row is read by (priority up to
    KEPT_BESIDE_IDENTIFIERS: state, title, project, amount...), nor more than IDENTIFIER_SHARE of the
    width: one outlier must not hide every row's project and amount. It then ends in "…"."""
    space = width - MARK_WIDTH
    wishes = {key: min(cells, int(space * IDENTIFIER_SHARE)) for key, cells in wanted}
    columns = [c for c in COLUMNS[kind] if c.key not in hidden]
    # most important first, each sized against the others as they stand (widened or not yet)
    for n in sorted((n for n, c in enumerate(columns) if c.key in wishes), key=lambda n: columns[n].priority):
        column = columns[n]
        others = sum(c.width + 1 for c in columns if c.priority <= KEPT_BESIDE_IDENTIFIERS and c is not column)
        columns[n] = replace(column, width=max(column.width, min(wishes[column.key], space - others)))
    chosen: list[Column] = []
    for column in sorted(columns, key=lambda c: c.priority):
        needed = sum(c.width + 1 for c in chosen) + column.width
        if needed <= space:
            chosen.append(column)
    chosen.sort(key=columns.index)
    spare = space - sum(c.width + 1 for c in chosen) + 1
    flexible = [c for c in chosen if c.flex] or chosen[-1:]
    widths = {c.key: c.width for c in chosen}
    for n, column in enumerate(flexible):
        share = spare // len(flexible) + (1 if n < spare % len(flexible) else 0)
        widths[column.key] += share
    return tuple((c, widths[c.key]) for c in chosen)


class ItemTable(ScrollView, can_focus=True):
    """Rows of one view; only the pages around what is on screen are ever loaded. The scroll
    offset is the first row shown (line 0 is the header, drawn at every offset); the mouse wheel
    and the scrollbar move the view, a click moves the cursor."""

    COMPONENT_CLASSES = {
        "item-table--header",
        "item-table--cursor",
        "item-table--marked",
        "item-table--placeholder",
    }
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False, id="cursor_up"),
        Binding("down", "cursor(1)", "Down", show=False, id="cursor_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="page_down"),
        Binding("home", "jump(0)", "First row", show=False, id="first_row"),
        Binding("end", "jump(-1)", "Last row", show=False, id="last_row"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    class Changed(Message):
        """The highlighted row, the loaded rows or the row count changed."""

        def __init__(self, table: ItemTable) -> None:
            super().__init__()
            self.table = table

    class RowClicked(Message):
        """A row was clicked (the cursor is on it now): on its mark box, or twice."""

        def __init__(self, table: ItemTable, on_mark: bool, twice: bool) -> None:
            super().__init__()
            self.table = table
            self.on_mark = on_mark
            self.twice = twice

    class HeaderClicked(Message):
        """A sortable column's title was clicked."""

        def __init__(self, table: ItemTable, sort: str) -> None:
            super().__init__()
            self.table = table
            self.sort = sort

    def __init__(self, workspace: Workspace, view: View, *, marks: dict[ItemRef, int | None],
                 now: Callable[[], datetime], id: str | None = None) -> None:
        super().__init__(id=id)
        self.workspace = workspace
        self.view = view
        self.marks = marks
        self.now = now
        self.columns = COLUMNS[view.kind]
        self.total: int | None = None
        self._pages: dict[int, list[dict]] = {}
        # While rows are fetched again after a change, the rows shown before stand in for them
        # (no blank flash), and the cursor stays on the item it was on if it is still there.
        self._stale: dict[int, list[dict]] = {}
        self._follow: ItemRef | None = None
        self._loading: set[int] = set()
        self._generation = 0
        self._uncounted: int | None = None  # the generation whose count waits for its first rows
        self._unmeasured = False  # the identifier widths wait for the next count
        self._total_generation = 0  # the generation `total` was counted for
        self.identifier_widths: tuple[tuple[str, int], ...] = ()  # cells of each identifier's longest value
        # Lines already drawn, by everything that goes into one: a repaint that changes no row
        # (the count arriving, a mark elsewhere) then costs a lookup a line, not 0.5 ms.
        self._drawn: dict[tuple, Strip] = {}
        self._frame: tuple | None = None  # what every line of the frame being drawn shares

    # -- data ----------------------------------------------------------------------------------

    def reload(self, view: View | None = None, *, keep_cursor: bool = True) -> None:
        """Count and fetch again (after a change, a new filter or sort)."""
        # a new order of the same rows: their count stands
        same_rows = view is not None and self.counted and (view.kind, view.filters) == (self.view.kind, self.view.filters)
        if view is not None:
            self.view = view
        self._generation += 1
        if same_rows:
            self._total_generation = self._generation
        self._follow = self.highlighted_ref if keep_cursor else None
        self._stale = self._pages if keep_cursor else {}
        self._pages = {}
        self._loading.clear()
        if not keep_cursor:
            self.cursor = 0
            self.top = 0
        # Counted once these rows are in: both at once, the count (which reads every match) slows
        # the rows, and a keystroke typed before they come needs no count at all.
        self._uncounted = None if same_rows else self._generation
        self._request(self.cursor // PAGE_SIZE)
        # the data changed (or is shown the first time), not only the filter or sort: measured
        # once the rows and their count are in (beside the rows it slowed the queue's rows after
        # an accept by 100 ms); at start-up the app asks once the first rows are on screen
        if keep_cursor and not self.app.starting:
            self._unmeasured = True

    @work(group="measure", exclusive=True)
    async def measure_identifiers(self) -> None:
        longest = await self.app.finish(longest_identifiers(self.workspace.db, self.workspace.actor, self.view))
        widths = tuple(sorted((key, cell_len(printable(value))) for key, value in longest.items()))
        if widths != self.identifier_widths:
            self.identifier_widths = widths
            self.refresh()

    @work(group="count", exclusive=True)
    async def _count(self, generation: int) -> None:
        total = await self.app.finish(count_rows(self.workspace.db, self.workspace.actor, self.view))
        if generation == self._generation:
            self._counted(total, generation)

    def _counted(self, total: int, generation: int) -> None:
        self.total = total
        self._total_generation = generation
        self.virtual_size = Size(0, total + 1)  # the header and every row: the scrollbar's length
        self.cursor = min(self.cursor, max(0, total - 1))
        self._scroll_to_cursor()
        if self._unmeasured:
            self._unmeasured = False
            self.measure_identifiers()
        self.refresh()
        self.post_message(self.Changed(self))

    @property
    def requested(self) -> bool:
        """Whether rows were ever asked for (the tab was shown)."""
        return self._generation > 0

    def row_at(self, index: int) -> dict | None:
        number = index // PAGE_SIZE
        page = self._pages[number] if number in self._pages else self._stale.get(number)
        if page is None:
            return None
        offset = index % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def counted(self) -> bool:
        """Whether `total` counts the rows shown now (after a change it is the old count until the
        new one comes; rows are drawn against it meanwhile)."""
        return self.total is not None and self._total_generation == self._generation

    @property
    def rows_known(self) -> int:
        """The rows that may be drawn and moved through: all of them once counted; before that
        (a million rows take a while to count) those of the first page, so they need not wait."""
        if self.total is not None:
            return self.total
        return len(self._pages.get(0) or ())

    @property
    def highlighted(self) -> dict | None:
        return self.row_at(self.cursor) if self.rows_known else None

    @property
    def highlighted_ref(self) -> ItemRef | None:
        row = self.highlighted
        return ItemRef.of_row(row) if row else None

    def _request(self, page: int) -> None:
        if page in self._pages or page in self._loading:
            return
        self._loading.add(page)
        self._fetch(page, self._generation)

    @work(group="pages")
    async def _fetch(self, page: int, generation: int) -> None:
        total = self.total
        ws, view = self.workspace, self.view
        kwargs: dict = {"limit": PAGE_SIZE}
        if page - 1 in self._pages and self._pages[page - 1]:
            kwargs["after"] = sort_key(view, self._pages[page - 1][-1])
        elif page + 1 in self._pages and self._pages[page + 1]:
            kwargs["before"] = sort_key(view, self._pages[page + 1][0])
        elif self.counted and page > 0 and page == (total - 1) // PAGE_SIZE:
            kwargs.update(from_end=True, limit=total - page * PAGE_SIZE)
        elif page > 0:
            kwargs["offset"] = page * PAGE_SIZE
        rows = await self.app.finish(fetch_page(ws.db, ws.actor, view, **kwargs))
        if generation != self._generation:
            return
        self._loading.discard(page)
        self._pages[page] = rows
        self._stale.pop(page, None)
        here = self.cursor // PAGE_SIZE
        if self._follow is not None and page == here:
            where = next((n for n, row in enumerate(rows) if ItemRef.of_row(row) == self._follow), None)
            self._follow = None
            if where is not None and page * PAGE_SIZE + where != self.cursor:
                self.cursor = page * PAGE_SIZE + where
                self._scroll_to_cursor()
        # keep memory flat: drop pages far from the cursor
        for stale in [p for p in self._pages if abs(p - here) > 4]:
            del self._pages[stale]
        if self._uncounted == generation and page == here:
            self._uncounted = None
            if kwargs == {"limit": PAGE_SIZE} and len(rows) < PAGE_SIZE:  # every row there is
                self._counted(len(rows), generation)
            else:
                # after these rows are drawn: PostgreSQL counts a million rows on every core
                self.call_after_refresh(self._count, generation)
        self.refresh()
        if page == here:
            self.post_message(self.Changed(self))

    # -- movement ------------------------------------------------------------------------------

    @property
    def body_height(self) -> int:
        return max(1, self.size.height - 1)

    @property
    def top(self) -> int:
        """The index of the first row on screen."""
        return round(self.scroll_y)

    @top.setter
    def top(self, index: int) -> None:
        self.scroll_to(y=max(0, min(index, max(0, self.rows_known - self.body_height))), animate=False)

    def _scroll_to_cursor(self) -> None:
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + self.body_height:
            self.top = self.cursor - self.body_height + 1

    def move_to(self, index: int) -> None:
        if not self.rows_known:
            return
        self.cursor = max(0, min(index, self.rows_known - 1))
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Changed(self))

    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.top = max(0, self.top + direction * self.body_height)
        self.move_to(self.cursor + direction * self.body_height)

    def action_jump(self, index: int) -> None:
        self.move_to(index if index >= 0 else (self.total or 1) - 1)

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is None:  # on the scrollbar
            return
        if where.y == 0:
            column = self._column_at(where.x)
            if column is not None and column.sort:
                self.post_message(self.HeaderClicked(self, column.sort))
            return
        index = self.top + where.y - 1
        if index >= self.rows_known:
            return
        self.move_to(index)
        self.post_message(self.RowClicked(self, on_mark=where.x < MARK_WIDTH, twice=event.chain >= 2))

    def _column_at(self, x: int) -> Column | None:
        left = MARK_WIDTH
        for column, width in self.column_layout():
            if left <= x < left + width + 1:
                return column
            left += width + 1
        return None

    # -- drawing -------------------------------------------------------------------------------

    def cell(self, column: Column, row: dict) -> str:
        if column.key == "erp_state":
            return row["erp_state"].label
        if column.key == "status":
            return Status.label(ItemType(row["type"]), row["status"])
        if column.key == "type":
            return row["type"]  # the short name: "invoice", "commitment", "company"
        if column.key == "kind":
            return printable(row.get("kind") or "").replace("_", " ")
        if column.key == "waiting":
            return age(row["sent_at"], self.now())
        if column.key == "sent_at":
            return f"{row['sent_at']:%Y-%m-%d %H:%M}" if row["sent_at"] else ""
        if column.key == "amount":
            return amount_text(row["amount_cents"])
        if column.key == "label" and row["type"] == "company":
            name = printable(row["label"])
            limit = self.workspace.profile.company_name_limit
            return f"{name} ({len(row['label'])}/{limit})" if len(row["label"]) > limit else name
        return printable(row.get(column.key))

    def _line(self, cells: list[tuple[str, int, bool]], style: Style, mark: str) -> Strip:
        """Columns measured in terminal cells: wide (CJK, emoji) and combining characters keep
        the columns aligned; a value that does not fit ends in "…"."""
        text = mark.ljust(MARK_WIDTH)
        for value, width, right in cells:
            used = cell_len(value)
            if used > width:
                value, used = set_cell_size(value, max(0, width - 1)) + "…", width
            padding = " " * (width - used)
            text += (padding + value if right else value + padding) + " "
        width = self.width_inside
        return Strip([Segment(set_cell_size(text, width), style)], width)

    @property
    def width_inside(self) -> int:
        """The cells a line has: the table's width less its scrollbar."""
        return self.scrollable_content_region.width

    def column_layout(self) -> tuple[tuple[Column, int], ...]:
        """The columns shown and their widths, at the table's width now."""
        # within one project (or one commitment), what every row shares would only take room
        filters = self.view.filters
        hidden = ("project", "vendor", "commitment") if filters.commitment_id is not None else (
            ("project",) if filters.project_id is not None else ())
        return layout_columns(self.view.kind, self.width_inside, self.identifier_widths, hidden)

    def render_lines(self, crop: Region) -> list[Strip]:
        # worked out once a frame: Textual finds a widget's style by walking all its ancestors
        self._frame = self._drawing()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _drawing(self) -> tuple[tuple[tuple[Column, int], ...], Style, bool]:
        """What every line shares: the columns, the table's style, whether rows show their age."""
        layout = self.column_layout()
        return layout, self.rich_style, any(column.key == "waiting" for column, _ in layout)

    def render_line(self, y: int) -> Strip:
        layout, base, shows_age = self._frame or self._drawing()
        if y == 0:
            header = self.get_component_rich_style("item-table--header")
            titles = []
            for column, width in layout:
                arrow = ""
                if column.sort and column.sort == self.view.sort:
                    arrow = " ▼" if self.view.descending else " ▲"
                titles.append((column.title + arrow, width, column.right))
            return self._line(titles, base + header, "")
        index = self.top + y - 1
        if index >= self.rows_known:
            return Strip.blank(self.width_inside, base)
        if index // PAGE_SIZE not in self._pages:
            self._request(index // PAGE_SIZE)
        row = self.row_at(index)
        if row is None:
            placeholder = self.get_component_rich_style("item-table--placeholder")
            return self._line([("…", 1, False)], base + placeholder, "")
        ref = ItemRef.of_row(row)
        marked = ref in self.marks
        style = base
        if marked:
            style += self.get_component_rich_style("item-table--marked")
        if index == self.cursor:
            style += self.get_component_rich_style("item-table--cursor")
        # a row's age ("waiting") moves with the clock, not with the row
        drawn = (tuple(row.values()), marked, style, layout, age(row["sent_at"], self.now()) if shows_age else "")
        if (strip := self._drawn.get(drawn)) is None:
            cells = [(self.cell(column, row), width, column.right) for column, width in layout]
            strip = self._line(cells, style, "[x]" if marked else "[ ]")
            if len(self._drawn) >= DRAWN_KEPT:
                self._drawn.clear()
            self._drawn[drawn] = strip
        return strip
