"""The server store: a Neo4j database (or any server speaking Bolt and Neo4j 5 Cypher).

Modules: ``store`` (:class:`Neo4jStore`: connection and reads), ``writes`` (a
document's records, entity counters, the claim-link primitives), ``narratives``
(the narrative primitives :mod:`kg.placement` runs on), ``dumps`` (store to
store records), ``cypher`` (every write statement and the graph model) and
``cypher_reads`` (every read statement). Only :mod:`kg.store` imports this
package, and only when a server is used, so the driver loads only then.
"""

from __future__ import annotations

from kg.store.neo4j.store import Neo4jStore
from kg.store.neo4j.writes import link_type

__all__ = ["Neo4jStore", "link_type"]
