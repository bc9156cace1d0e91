"""Mail that arrives: `notify deliver` against a real SMTP server on 127.0.0.1 (aiosmtpd), on
SQLite and PostgreSQL. Each notice exactly once, to the right people, with what they need to act."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.services.ledger import SCRIPT_ENV
from tests.smtp import Inbox, free_port


@pytest.fixture
def mail_cli(cli, smtp_server):
    def call(login: str, *args: str, smtp_url: str | None = None):
        return cli(login, *args, env={"APPROVER_TUI_SMTP_URL": smtp_url or smtp_server.url,
                                      "APPROVER_TUI_SMTP_FROM": "erp-queue@builder.example"})

    return call


def pending(mail_cli) -> list[dict]:
    return [m for m in json.loads(mail_cli("admin", "notify", "list", "--json").stdout) if m["state"] == "pending"]


def test_a_rejection_reaches_its_sender_once_with_what_to_do(mail_cli, smtp_server):
    assert mail_cli("approver", "reject", "invoice:13", "--reason", "Lien waiver missing").returncode == 0
    delivered = mail_cli("admin", "notify", "deliver")
    assert delivered.returncode == 0, delivered.stderr
    (mail,) = smtp_server.to("admin@example.test")
    assert mail["Subject"] == "Rejected: invoice INV-2213 (Harbor View Medical Center)"
    assert "erp-queue@builder.example" in mail["From"] and mail["Message-ID"].startswith("<notice-")
    body = mail.get_content()
    for words in ("Lien waiver missing", "Rejected by:  approver on", "Apex Concrete", "185,781.00",
                  "Harbor View Medical Center", "approver-tui resend invoice:13"):
        assert words in body, (words, body)

    again = mail_cli("admin", "notify", "deliver")
    assert again.returncode == 0 and "Sent 0; 0 still pending" in again.stderr + again.stdout
    assert len(smtp_server.to("admin@example.test")) == 1


def test_sending_tells_the_approvers_allowed_for_that_type_at_once(mail_cli, smtp_server):
    sent = mail_cli("admin", "send", "invoice:33", "company:16")
    assert sent.returncode == 0, sent.stderr
    assert mail_cli("admin", "notify", "deliver").returncode == 0
    def recipients(words: str) -> list[str]:
        return sorted(m["To"].addresses[0].addr_spec for m in smtp_server.messages if words in m["Subject"])
    approvers = ["approver2@example.test", "approver@example.test"]
    assert recipients("invoice INV-2233") == sorted([*approvers, "ivy@example.test"])
    assert recipients("company ") == approvers  # the invoices-only approver does not hear of companies
    (to_pat,) = [m for m in smtp_server.to("approver@example.test") if "INV-2233" in m["Subject"]]
    assert to_pat["Subject"].startswith("Sent for your acceptance: invoice INV-2233 (")
    assert "approver-tui accept invoice:33" in to_pat.get_content()


def test_a_server_that_is_down_keeps_the_mail_pending_and_counts_attempts(mail_cli, smtp_server):
    assert mail_cli("approver", "reject", "invoice:14", "--reason", "Wrong period").returncode == 0
    down = mail_cli("admin", "notify", "deliver", smtp_url=f"smtp://127.0.0.1:{free_port()}")
    assert down.returncode == 1 and "not sent" in down.stderr and "Traceback" not in down.stderr
    (waiting,) = pending(mail_cli)
    assert waiting["attempts"] == 1 and "cannot reach" in waiting["last_error"] and waiting["next_attempt_at"]

    smtp_server.refuse.add("admin@example.test")
    refused = mail_cli("admin", "notify", "deliver")
    assert refused.returncode == 1 and "refused" in refused.stderr
    assert pending(mail_cli)[0]["attempts"] == 2

    smtp_server.refuse.clear()
    assert mail_cli("admin", "notify", "deliver").returncode == 0
    assert not pending(mail_cli) and len(smtp_server.to("admin@example.test")) == 1


def test_two_deliveries_at_once_never_send_a_notice_twice(mail_cli, smtp_server, demo_url, tmp_path):
    refs = [f"invoice:{n}" for n in range(11, 21)]
    assert mail_cli("approver", "reject", *refs, "--reason", "Retainage is wrong").returncode in (0, 1)
    waiting = pending(mail_cli)
    assert len(waiting) >= 9
    env = SCRIPT_ENV | {"APPROVER_TUI_SMTP_URL": smtp_server.url, "APPROVER_TUI_SMTP_FROM": "q@builder.example"}
    runs = [subprocess.Popen([sys.executable, "-m", "approver_tui", "--db", demo_url, "--user", "admin", "notify", "deliver"],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for run in runs:
        _, err = run.communicate(timeout=60)
        assert run.returncode == 0 and "Traceback" not in err, err
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(ids) == len(set(ids)) == len(waiting)


@pytest.mark.parametrize(("url", "words"), [
    (None, "No SMTP server is configured"),
    ("http://mail.example.com", "is not an SMTP address"),
    ("smtp://mail.example.com:port", "not a number"),
])
def test_no_or_bad_smtp_configuration_is_one_line_and_exit_2(cli, url, words):
    env = {"APPROVER_TUI_SMTP_URL": url} if url else {}
    result = cli("admin", "notify", "deliver", env=env)
    assert result.returncode == 2 and words in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, trusted by the client through SSL_CERT_FILE."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                           "-keyout", str(key), "-out", str(cert)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    return cert, key


def tls_server(certificate, implicit: bool):
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*map(str, certificate))
    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=(auth_data.login, auth_data.password) == (b"mailer", b"s3cret"))

    # on an implicit-TLS listener aiosmtpd does not count the link as secured for AUTH; it is
    options = dict(authenticator=authenticator, auth_require_tls=not implicit)
    options |= dict(ssl_context=context) if implicit else dict(tls_context=context, require_starttls=True)
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    return inbox, controller


@pytest.mark.parametrize("scheme", ["smtps", "smtp"])
def test_tls_and_a_password_from_the_environment(cli, certificate, scheme):
    inbox, controller = tls_server(certificate, implicit=scheme == "smtps")
    try:
        assert cli("approver", "reject", "invoice:13", "--reason", "Lien waiver missing").returncode == 0
        env = {"APPROVER_TUI_SMTP_URL": f"{scheme}://mailer@127.0.0.1:{controller.port}",
               "APPROVER_TUI_SMTP_PASSWORD": "s3cret", "SSL_CERT_FILE": str(certificate[0])}
        result = cli("admin", "notify", "deliver", env=env)
        assert result.returncode == 0, result.stderr
        assert [m["Subject"] for m in inbox.messages] == ["Rejected: invoice INV-2213 (Harbor View Medical Center)"]
        wrong = cli("approver", "reject", "invoice:14", "--reason", "Wrong period").returncode == 0
        bad_password = cli("admin", "notify", "deliver", env=env | {"APPROVER_TUI_SMTP_PASSWORD": "guess"})
        assert wrong and bad_password.returncode == 1 and "cannot reach or log in" in bad_password.stderr
    finally:
        controller.stop()


def test_a_password_is_never_sent_over_an_unencrypted_connection(mail_cli, smtp_server):
    assert mail_cli("approver", "reject", "invoice:13", "--reason", "Lien waiver missing").returncode == 0
    result = mail_cli("admin", "notify", "deliver", smtp_url=smtp_server.url.replace("//", "//mailer@"))
    assert result.returncode == 1 and "not sent in the clear" in result.stderr
    assert not smtp_server.messages


def test_the_daily_summary_goes_once_a_day_to_subscribed_approvers_with_something_waiting(mail_cli, smtp_server):
    first = mail_cli("admin", "notify", "digest", "--date", "2026-11-02")
    assert first.returncode == 0 and "Composed 2 daily summaries (approver, approver2)" in first.stdout, first.stdout
    again = mail_cli("admin", "notify", "digest", "--date", "2026-11-02")
    assert again.returncode == 0 and "Composed 0" in again.stdout and "already composed for approver, approver2" in again.stdout
    assert mail_cli("admin", "notify", "deliver").returncode == 0
    (summary,) = smtp_server.to("approver@example.test")
    assert summary["Subject"].startswith("ERP Integrations Daily Summary: ")
    body = summary.get_content()
    assert "Invoices (" in body and "Commitments (" in body and "Companies (" in body
    assert "invoice:11" in body and "sent by admin" in body and "waiting" in body
    assert not smtp_server.to("viewer@example.test") and not smtp_server.to("ivy@example.test")  # not subscribed
    next_day = mail_cli("admin", "notify", "digest", "--date", "2026-11-03")
    assert "Composed 2" in next_day.stdout
    assert mail_cli("admin", "notify", "digest", "--date", "02/11/2026").returncode == 2
