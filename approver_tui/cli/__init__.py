"""Command line: thin wrappers over the services."""
