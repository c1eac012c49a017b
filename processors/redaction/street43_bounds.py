"""(stop 43, set 41) A Japanese address written district first, in romaji: "Nishikamata
2-23-4 Residence Hinoki 208, Nerima-ku, Tokyo 177-0217".

The block-number anchor finds the address from its block ("2-23-4 ..."); a romanised
Japanese word right before the block (no English word, no span or barrier there) is the
district that opens it (gold in sets 40 and 41: the district is part of the address).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_evidence import japanese_evidence, romaji_word
from processors.redaction.spans import PiiSpan

__all__ = ["with_japanese_district"]

_BLOCK: Final = re.compile(r"\d{1,2}-\d{1,3}(?:-\d{1,4})?(?![\d-])")
# A capitalised word and one space right before the block ("Nishikamata ", "Higashi-Ikebukuro ").
_DISTRICT_BEFORE: Final = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-zōū]+(?:-[A-Za-zōū]+)?) $")


def with_japanese_district(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with each address that opens on a Japanese block number widened to the
    romanised district right before it."""
    out: list[PiiSpan] = []
    for span in found:
        if _BLOCK.match(text, span.start) and japanese_evidence(text[span.start : span.end]):
            before = _DISTRICT_BEFORE.search(text, max(0, span.start - 30), span.start)
            if (
                before is not None
                and romaji_word(before.group(1))
                and not any(o.start < span.start and before.start(1) < o.end for o in barriers)
                and not any(o.start < span.start and before.start(1) < o.end for o in found)
            ):
                span = PiiSpan(before.start(1), span.end, span.entity_type)
        out.append(span)
    return out
