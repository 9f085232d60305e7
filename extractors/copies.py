"""Near-identical copies of a document: the same wire story under another headline.

Exact repeats are caught by the text hash (:func:`extractors.ids.text_hash`).
This module finds the *near* repeats that the hash misses: a wire story that
outlets run with their own headline, a trailing paragraph added ("Reporting
by ..."), a corrected figure. Such copies are one origin of what they say,
so a store should link them and count their figures once.

How:

1. **Shingles.** The text's words (case folded, punctuation dropped) taken
   :data:`SHINGLE_WORDS` at a time, each hashed to 32 bits (CRC-32: stable
   across processes and machines, unlike ``hash()``).
2. **Signature.** A MinHash of the shingle set: :data:`SIGNATURE_SIZE`
   minima under fixed random permutations. The share of equal positions in
   two signatures estimates the Jaccard similarity of the two shingle sets.
3. **Band keys.** The signature cut into :data:`BANDS` bands of
   :data:`BAND_ROWS` values, each band hashed to one short string. Two
   documents that share any band key are candidates (locality-sensitive
   hashing): a store indexes the keys (one row or list element per key) and
   looks up a new document's keys, never scanning the store. With 16 bands of
   4 rows a pair with Jaccard 0.5 is a candidate 64% of the time, 0.7 99%,
   0.1 once in 600.
4. **Decision.** Candidates are confirmed on their shingles
   (:func:`overlap`, or :func:`estimated_overlap` from signatures alone):
   a copy shares :data:`MIN_CONTAINMENT` of the shorter text's shingles and
   :data:`MIN_JACCARD` of all of both, so a story with one extra paragraph is
   a copy, while two reports of one event, which share names and a quote but
   not their sentences, are not.

Examples
--------
>>> wire = ("The harbour authority in Calder Bay said on Monday that the north pier "
...         "will close for six weeks while engineers replace the timber deck, and "
...         "ferries to Arlo Isle will leave from the south quay until the work ends.")
>>> other = "Pier closes for repairs\\n\\n" + wire + " Reporting by Ana Ruiz."
>>> is_copy(overlap(wire, other))
True
>>> report = ("Ferry passengers face a longer walk: Calder Bay's north pier shuts for "
...           "six weeks of repairs, the harbour authority said, and Arlo Isle "
...           "sailings move to the south quay.")
>>> is_copy(overlap(wire, report))
False
>>> len(fingerprint(wire).band_keys())
16
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

#: Words per shingle: five words rarely repeat by chance in news prose.
SHINGLE_WORDS = 5
#: MinHash values per signature; the Jaccard estimate's error is about 0.06 at 0.5.
SIGNATURE_SIZE = 64
#: Bands the signature is cut into (the keys a store indexes) and values per band.
BANDS = 16
BAND_ROWS = SIGNATURE_SIZE // BANDS
#: Fewer distinct shingles than this and a text is too short to call a copy of
#: anything (a headline-only feed entry); the exact text hash covers those.
MIN_SHINGLES = 8
#: Share of the shorter text's shingles the longer one must hold.
MIN_CONTAINMENT = 0.8
#: Jaccard similarity the pair must reach: the longer text adds at most about
#: as much again as the shorter holds (a paragraph or two, not a whole article).
MIN_JACCARD = 0.5

_PRIME = 4_294_967_311  # the first prime above 2**32: (a*x + b) mod p permutes 32-bit hashes
_SEED = 20_051_117  # fixed forever: stored signatures must stay comparable
_rng = np.random.default_rng(_SEED)
# a < 2**31 and b < 2**32 keep a*x + b below 2**64 for 32-bit x, so uint64 never wraps.
_A = _rng.integers(1, 2**31, size=SIGNATURE_SIZE, dtype=np.uint64)
_B = _rng.integers(0, 2**32, size=SIGNATURE_SIZE, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_EMPTY = np.full(SIGNATURE_SIZE, np.iinfo(np.uint32).max, dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much two texts share.

    Attributes
    ----------
    jaccard
        Shared shingles over all the shingles of both.
    containment
        Shared shingles over the shingles of the shorter text.
    """

    jaccard: float
    containment: float


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's MinHash signature and how many distinct shingles it summarises.

    Attributes
    ----------
    signature
        :data:`SIGNATURE_SIZE` unsigned 32-bit minima.
    shingles
        Distinct shingles in the text (needed to turn Jaccard into containment).

    Examples
    --------
    >>> f = fingerprint("one two three four five six seven eight nine ten eleven twelve")
    >>> f.shingles, len(f.signature)
    (8, 64)
    >>> Fingerprint.from_bytes(f.to_bytes(), f.shingles) == f
    True
    """

    signature: tuple[int, ...]
    shingles: int

    def band_keys(self) -> list[str]:
        """The LSH keys a store indexes: ``"<band>:<16 hex>"``, one per band.

        A text with fewer than :data:`MIN_SHINGLES` shingles has none.

        Examples
        --------
        >>> fingerprint("too short to compare").band_keys()
        []
        >>> key = fingerprint(" ".join(f"w{i}" for i in range(40))).band_keys()[3]
        >>> key[:3], len(key)
        ('03:', 19)
        """
        if self.shingles < MIN_SHINGLES:
            return []
        values = np.asarray(self.signature, dtype="<u4")
        keys = []
        for band in range(BANDS):
            rows = values[band * BAND_ROWS : (band + 1) * BAND_ROWS].tobytes()
            keys.append(f"{band:02d}:{blake2b(rows, digest_size=8).hexdigest()}")
        return keys

    def to_bytes(self) -> bytes:
        """The signature as little-endian bytes (256 bytes), for a store column."""
        return np.asarray(self.signature, dtype="<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Fingerprint:
        """The fingerprint :meth:`to_bytes` stored."""
        values = np.frombuffer(data, dtype="<u4")
        return cls(tuple(int(v) for v in values), shingles)


def shingle_hashes(text: str) -> set[int]:
    """The 32-bit hashes of the text's word shingles.

    Words are runs of letters and digits, case folded, so punctuation, line
    breaks and typography do not matter. A text shorter than one shingle is
    one shingle of all its words.

    Examples
    --------
    >>> len(shingle_hashes("The pier shuts. The pier SHUTS!"))
    2
    >>> shingle_hashes("") == set()
    True
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    last = max(1, len(words) - SHINGLE_WORDS + 1)
    return {zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")) for i in range(last)}


def fingerprint(text: str) -> Fingerprint:
    """The MinHash fingerprint of a text (about a millisecond for a news article).

    Examples
    --------
    >>> a = fingerprint("the north pier will close for six weeks while engineers work")
    >>> a == fingerprint("The north pier will close, for six weeks, while engineers work.")
    True
    """
    hashes = shingle_hashes(text)
    if not hashes:
        return Fingerprint(tuple(int(v) for v in _EMPTY), 0)
    x = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
    permuted = (_A[:, None] * x[None, :] + _B[:, None]) % np.uint64(_PRIME)
    minima = np.minimum(permuted.min(axis=1), np.uint64(2**32 - 1)).astype(np.uint32)
    return Fingerprint(tuple(int(v) for v in minima), len(hashes))


def overlap(text_a: str, text_b: str) -> Overlap:
    """The exact overlap of two texts' shingles (for confirming a candidate).

    Examples
    --------
    >>> overlap("a b c d e", "a b c d e f")
    Overlap(jaccard=0.5, containment=1.0)
    """
    a, b = shingle_hashes(text_a), shingle_hashes(text_b)
    if not a or not b:
        return Overlap(0.0, 0.0)
    shared = len(a & b)
    return Overlap(shared / len(a | b), shared / min(len(a), len(b)))


def estimated_overlap(a: Fingerprint, b: Fingerprint) -> Overlap:
    """The overlap estimated from two fingerprints alone (no text needed).

    The Jaccard similarity is the share of equal signature values; containment
    follows from it and the two shingle counts, since
    ``|A ∪ B| = (|A| + |B|) / (1 + J)``.

    Examples
    --------
    >>> text = " ".join(f"word{i}" for i in range(200))
    >>> estimated_overlap(fingerprint(text), fingerprint(text))
    Overlap(jaccard=1.0, containment=1.0)
    """
    if not a.shingles or not b.shingles:
        return Overlap(0.0, 0.0)
    jaccard = float(np.mean(np.asarray(a.signature) == np.asarray(b.signature)))
    shared = jaccard * (a.shingles + b.shingles) / (1 + jaccard)
    return Overlap(jaccard, min(1.0, shared / min(a.shingles, b.shingles)))


def is_copy(found: Overlap) -> bool:
    """Whether an overlap makes two texts copies of one story (see the module notes).

    Examples
    --------
    >>> is_copy(Overlap(jaccard=0.8, containment=1.0))   # a trailing paragraph added
    True
    >>> is_copy(Overlap(jaccard=0.2, containment=0.9))   # a brief quoted in a long piece
    False
    """
    return found.jaccard >= MIN_JACCARD and found.containment >= MIN_CONTAINMENT
