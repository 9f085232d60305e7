"""kg: a news and claims knowledge graph with a narrative tracker."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
