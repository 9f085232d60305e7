"""Drive a real headless Chromium for page tests: dump the rendered DOM, take a screenshot.

The binary is looked up on ``PATH`` (``chromium``, ``chromium-browser``,
``google-chrome``); without one, the calling test is skipped with the reason.
Each call starts a fresh browser with a throwaway profile, so runs do not
share state, and is stopped after :data:`TIMEOUT` seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

TIMEOUT = 60
NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless=new",
    "--no-sandbox",  # CI runs as root in a container, where the sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    # Quieter and faster start-up: nothing here needs extensions, sync or a first-run UI.
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--mute-audio",
)


def browser() -> str:
    """The path of a Chromium-like browser, or a pytest skip saying none is installed."""
    found = next((path for name in NAMES if (path := shutil.which(name))), None)
    if found is None:
        pytest.skip(
            "no headless browser: install Chromium (apt-get install chromium) "
            f"so that one of {', '.join(NAMES)} is on PATH"
        )
    return found


def _run(html_path: Path | str, *extra: str) -> subprocess.CompletedProcess[str]:
    url = Path(html_path).resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        command = [browser(), *FLAGS, f"--user-data-dir={profile}", *extra, url]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr[-2000:]}")
    return result


def dump_dom(html_path: Path | str, width: int = 412, height: int = 2400) -> str:
    """The page's DOM after its load event (scripts run, styles applied), serialised.

    Headless Chromium lays a ``--dump-dom`` page out at least 500 px wide whatever
    ``width`` says; to measure a page at phone width, load it in an iframe of that width.
    """
    return _run(html_path, f"--window-size={width},{height}", "--dump-dom").stdout


def screenshot(
    html_path: Path | str, png_path: Path | str, width: int = 412, height: int = 2400
) -> Path:
    """A PNG of the page laid out ``width`` CSS pixels wide, ``height`` tall; returns its path.

    Unlike ``--dump-dom``, ``--screenshot`` resizes the window to exactly this size (even
    below 500 px) before it captures, so the PNG shows the phone layout.
    """
    png = Path(png_path).resolve()
    _run(html_path, f"--window-size={width},{height}", f"--screenshot={png}")
    if not png.is_file():
        raise RuntimeError(f"the browser wrote no screenshot to {png}")
    return png
