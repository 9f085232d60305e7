"""The ``kg`` command line: the top layer, over :mod:`queries` and :mod:`kg`.

Nothing below imports it; :mod:`cli.main` holds the click group and
registers each command of :mod:`cli.commands` explicitly.
"""
