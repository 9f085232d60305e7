"""``python -m kg``: the same as the ``kg`` command (an entry point; nothing imports it)."""

from cli.main import cli

cli()
