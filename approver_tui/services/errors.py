"""The failures a user can cause and fix; each carries a message that says what to do."""

from approver_tui.services.items import InputError
from approver_tui.services.settings import ConfigError
from approver_tui.services.workspace import IdentityError
from approver_tui.store.engine import StoreError

USER_ERRORS = (InputError, ConfigError, IdentityError, StoreError)

__all__ = ["USER_ERRORS", "ConfigError", "IdentityError", "InputError", "StoreError"]
