"""The open app and the company's set-up: it mails what it did by itself (smtp.deliver_from_app,
against a real SMTP server), shows how fresh the ERP data is and who you are as both change
elsewhere, and lets you turn your daily summary off. On SQLite and PostgreSQL."""

from __future__ import annotations

from approver_tui.services.erp_sync import sync_master_data
from approver_tui.services.mail import deliver_mail
from approver_tui.services.people import change_approver, show_person
from approver_tui.tui.dialogs import NotificationsDialog
from tests.conftest import ROOT
from tests.tui.conftest import until
from tests.tui.test_flows import dialog_text, open_reject


def title(app) -> str:
    return " ".join(str(app.query_one(f"#{part}").visual) for part in ("identity", "last-sync"))


async def test_the_app_mails_a_rejection_to_its_sender_by_itself(make_app_on, smtp_server):
    app, workspace_of = await make_app_on("approver", deliver_from_app=True, smtp_url=smtp_server.url,
                                          smtp_from="erp-queue@builder.example")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reject(pilot, "INV-2213")
        await pilot.press(*"Lien waiver missing", "enter")
        await until(pilot, lambda: smtp_server.to("admin@example.test"), timeout=10)
    (mail,) = smtp_server.messages
    assert mail["Subject"] == "Rejected: invoice INV-2213 (Harbor View Medical Center)"
    assert "Lien waiver missing" in mail.get_content()
    again = await deliver_mail(await workspace_of("admin", smtp_url=smtp_server.url))
    assert (again.sent, again.still_pending) == (0, 0) and len(smtp_server.messages) == 1


async def test_the_title_follows_a_sync_and_a_permission_change_made_elsewhere(make_app_on):
    app, workspace_of = await make_app_on("viewer")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "ERP data synced 2026-11-01 09:30" in title(app))
        assert title(app).startswith("viewer · all projects · viewer ·")
        admin = await workspace_of("admin")
        report = await sync_master_data(admin, ROOT / "fixtures" / "erp-master-data.json")
        await change_approver(admin, "viewer", grant=True)
        await until(pilot, lambda: f"ERP data synced {report.synced_at:%Y-%m-%d %H:%M}" in title(app), timeout=3)
        await until(pilot, lambda: title(app).startswith("viewer · all projects · accounting approver"), timeout=3)


async def test_d_in_the_notifications_turns_the_daily_summary_off_and_on(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, NotificationsDialog) and "Daily summary: you get it" in dialog_text(app))
        assert "d: daily summary" in dialog_text(app)
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NotificationsDialog) and "Daily summary: off" in dialog_text(app))
        admin = await workspace_of("admin")

        assert (await show_person(admin, "approver")).digest is False
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NotificationsDialog) and "Daily summary: you get it" in dialog_text(app))
        assert (await show_person(admin, "approver")).digest is True
