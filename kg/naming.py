"""An entity's display name: which of its spellings kg shows.

Every store applies the same rule as mentions arrive: a catalog name always
wins; otherwise the first spelling seen stays, unless it was all lower case
("openrouter") and the new one is not ("OpenRouter").

Examples
--------
>>> display_name(None, "openrouter")
'openrouter'
>>> display_name("openrouter", "OpenRouter")
'OpenRouter'
>>> display_name("OpenRouter", "OPENROUTER")
'OpenRouter'
>>> display_name("OpenRouter", "Open Router", authoritative=True)
'Open Router'
"""

from __future__ import annotations

__all__ = ["display_name"]


def display_name(held: str | None, spelling: str, authoritative: bool = False) -> str:
    """The name to show once ``spelling`` is seen, given the name ``held`` until now.

    Parameters
    ----------
    held
        The entity's current display name, None when the entity is new.
    spelling
        How a mention (or alias, or claim subject) spells it.
    authoritative
        Whether ``spelling`` is the catalog's canonical name.
    """
    if held is None or authoritative or (held.islower() and not spelling.islower()):
        return spelling
    return held
