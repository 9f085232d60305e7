"""The ``kg`` commands, one module per area; :mod:`cli.main` registers each one."""
