"""Use cases: each call one transaction, permission-checked and audited."""
