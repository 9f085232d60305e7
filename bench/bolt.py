"""Write throughput to a Bolt server: claims per second, batched against one by one.

The claims of the ingested corpus are written to a real server twice, after
their documents: once as the store writes them (``UNWIND $rows ... MERGE``,
one statement per document, one transaction per 50 documents), once one claim
per statement and per transaction. Both runs use the same server, claims and
connection, in the same run. The server is ArcadeDB started from its wheel
(``tests/bolt_server.py``), or the one KG_NEO4J_URI names.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.store import open_store
from kg.store.neo4j import Neo4jStore, cypher
from kg.store.records import MIGRATE_BATCH
from tests.bolt_server import BoltServer


@contextmanager
def bolt_store() -> Iterator[Neo4jStore | None]:
    """A store on KG_NEO4J_URI's server, or on a fresh ArcadeDB; None when neither is here."""
    from tests.bolt_server import arcadedb_home, arcadedb_server, configured_server

    configured = configured_server()
    if configured is not None:
        yield _connect(configured)
        return
    if arcadedb_home() is None:
        yield None
        return
    with tempfile.TemporaryDirectory() as root, arcadedb_server(Path(root)) as server:
        store = _connect(server)
        try:
            yield store
        finally:
            store.close()


def _connect(server: BoltServer) -> Neo4jStore:
    return Neo4jStore(server.uri, user=server.user, password=server.password)


def run(seed_db: Path) -> list[dict[str, object]]:
    with open_store(seed_db) as source:
        bundles = list(source.dump_documents())
    claims = sum(len(b["claims"]) for b in bundles)
    with bolt_store() as store:
        if store is None:
            return [{"benchmark": "bolt writes", "note": "no server (arcadedb-embedded)"}]
        rows = []
        for label, write in (("batched (UNWIND, 50 docs/tx)", _batched), ("one by one", _single)):
            store.clear()
            store.load_documents([{**b, "claims": [], "about": []} for b in bundles])
            started = time.perf_counter()
            write(store, bundles)
            seconds = time.perf_counter() - started
            rows.append({"write": label, "claims": claims, "seconds": round(seconds, 2),
                         "claims/s": round(claims / seconds)})  # fmt: skip
        store.clear()
    baseline = rows[1]["claims/s"]
    for row in rows:
        row["ratio"] = round(float(row["claims/s"]) / float(baseline or 1), 1)  # type: ignore[arg-type]
    return rows


def _batched(store: Neo4jStore, bundles: list[dict]) -> None:
    def write(tx, batch):  # type: ignore[no-untyped-def]
        for b in batch:
            tx.run(cypher.CLAIMS_LOAD, id=b["document"]["id"], rows=_rows(b)).consume()

    with store.driver.session(database=store.database) as session:
        for start in range(0, len(bundles), MIGRATE_BATCH):
            session.execute_write(write, bundles[start : start + MIGRATE_BATCH])


def _single(store: Neo4jStore, bundles: list[dict]) -> None:
    def write(tx, doc_id, row):  # type: ignore[no-untyped-def]
        tx.run(cypher.CLAIM_LOAD_ONE, id=doc_id, row=row).consume()

    with store.driver.session(database=store.database) as session:
        for b in bundles:
            for row in _rows(b):
                session.execute_write(write, b["document"]["id"], row)


def _rows(bundle: dict) -> list[dict]:
    return [{k: v for k, v in c.items() if k != "subject_entity"} for c in bundle["claims"]]
