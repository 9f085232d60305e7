"""Text in, records out.

Everything in this package is pure: it reads files or strings and returns the
records of :mod:`extractors.records`. Nothing here knows about a database; the
``kg`` package stores what these functions return.
"""
