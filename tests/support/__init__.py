"""Shared test support: hand-made ledgers, CSV editing helpers, helpers for the built
pages, the project-copy harness and the small test package ``minipackage/``."""
