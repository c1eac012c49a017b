"""(set 10) A caseless word pair that reads as two English words is no name.

In lower-case text the pair rule of ``name_caseless`` takes a listed given name, or an unlisted
word that is no English word, before a word that is not frequent English. Chat and search
queries glue technical words the same way ("server ip", "whois lookup"): when the second word
is an English word (and no surname word) and the first, though a listed given name, is itself
frequent English ("server", "mac"), the pair is two words of English, not a given name and a
surname. (An unlisted first word is not enough: the English list holds surnames too, "sanjay
macleod", "sipho suzuki".) Unless the next token is a technical value, an IP, MAC or version
("whois lookup 198.51.100.67", "checksum mismatch pan=..."): a name stands before such a
value rarely, a query's or log's key words always.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, surname_words

# The token after the pair: digits joined by dots or colons (IP, version, MAC), or a key=.
_TECHNICAL_VALUE_AFTER: Final = re.compile(r" (?:(?:[0-9a-f]{1,4}[.:]){2,}[0-9a-f]|\w+=)")

__all__ = ["english_pair_person10"]


def english_pair_person10(text: str, first: str, second: re.Match[str], unlisted: bool) -> bool:
    """True when the caseless pair ``first`` + ``second`` is two English words, not a name."""
    word = second.group()
    if word not in english_words() or word in surname_words():
        return False
    if not unlisted:
        return first in common_words()
    return _TECHNICAL_VALUE_AFTER.match(text, second.end()) is not None
