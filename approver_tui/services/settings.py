"""Configuration: defaults, then the TOML file, then environment variables, then command-line options."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

APP_NAME = "approver-tui"
ENV_PREFIX = "APPROVER_TUI_"


class ConfigError(Exception):
    """A configuration that cannot be used; the message says which key and what to do."""


def _config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


def _data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


@dataclass
class Settings:
    db: str
    user: str | None = None
    erp_profile: str | None = None  # None: the database's own profile
    erp_connector: str = "file"
    erp_export_dir: Path = field(default_factory=lambda: _data_dir() / "erp-export")
    erp_master_data: Path | None = None  # None: master-data.json in the export folder
    smtp_url: str | None = None
    smtp_from: str = "approver-tui@localhost"
    smtp_password: str | None = None
    allow_user_override: bool = False
    deliver_from_app: bool = False  # an open app sends due mail itself (a small team needs no cron)
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None  # a Textual theme name; None: the app's default
    walkthrough: bool | None = None  # the guided walkthrough panel; None: only in `approver-tui demo`
    config_path: Path | None = None


# (dotted TOML key, environment variable suffix, Settings attribute)
_KEYS = (
    ("db", "DB", "db"),
    ("user", "USER", "user"),
    ("erp.profile", "ERP_PROFILE", "erp_profile"),
    ("erp.connector", "ERP_CONNECTOR", "erp_connector"),
    ("erp.export_dir", "ERP_EXPORT_DIR", "erp_export_dir"),
    ("erp.master_data", "ERP_MASTER_DATA", "erp_master_data"),
    ("smtp.url", "SMTP_URL", "smtp_url"),
    ("smtp.from", "SMTP_FROM", "smtp_from"),
    ("allow_user_override", "ALLOW_USER_OVERRIDE", "allow_user_override"),
    ("smtp.deliver_from_app", "SMTP_DELIVER_FROM_APP", "deliver_from_app"),
    ("theme", "THEME", "theme"),
    ("walkthrough", "WALKTHROUGH", "walkthrough"),
)


def _lookup(table: dict, dotted: str):
    node = table
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _as_bool(value, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{where} must be true or false, not {value!r}.")


def _read_toml(path: Path, explicit: bool) -> dict:
    if not path.exists():
        if explicit:
            raise ConfigError(f"Config file {path} does not exist: create it or drop --config.")
        return {}
    import tomllib  # loaded only when there is a config file to read

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"Config file {path} is not valid TOML ({error}): fix it and try again.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read config file {path}: {error}.") from None


def load_settings(
    *, db: str | None = None, user: str | None = None, config: str | None = None
) -> Settings:
    """Settings for this run; the arguments are the command-line options (None when not given)."""
    env = os.environ
    explicit_config = config or env.get(ENV_PREFIX + "CONFIG")
    path = Path(explicit_config).expanduser() if explicit_config else _config_dir() / "config.toml"
    table = _read_toml(path, explicit=bool(explicit_config))

    settings = Settings(db=str(_data_dir() / "approver-tui.db"), config_path=path)
    for dotted, env_name, attribute in _KEYS:
        value = _lookup(table, dotted)
        where = f"{dotted} in {path}"
        if env.get(ENV_PREFIX + env_name):
            value, where = env[ENV_PREFIX + env_name], ENV_PREFIX + env_name
        if value is None:
            continue
        if attribute in ("allow_user_override", "deliver_from_app", "walkthrough"):
            value = _as_bool(value, where)
        elif not isinstance(value, str):
            raise ConfigError(f"{where} must be a string, not {value!r}.")
        if attribute in ("erp_export_dir", "erp_master_data"):
            value = Path(value).expanduser()
        setattr(settings, attribute, value)

    keys = table.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ConfigError(f"[keys] in {path} must map binding ids to key names, e.g. send = \"s\".")
    settings.keys = dict(keys)
    settings.smtp_password = env.get(ENV_PREFIX + "SMTP_PASSWORD")

    if db:
        settings.db = db
    if user:
        settings.user = user
    if settings.db == str(_data_dir() / "approver-tui.db"):
        _data_dir().mkdir(parents=True, exist_ok=True)
    if settings.erp_connector != "file":
        raise ConfigError(
            f"Unknown ERP connector {settings.erp_connector!r}: the built-in connector is 'file'."
        )
    return settings
