"""approver-tui: the ERP acceptance queue in a terminal."""

__version__ = "0.1.0"
