"""The ``kg`` commands, one module per area; each registers itself on :data:`kg.cli.cli`."""
