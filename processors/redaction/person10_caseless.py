"""(set 10) A caseless word pair that reads as two English words is no name.

In lower-case text the pair rule of ``name_caseless`` takes a listed given name, or an unlisted
word that is no English word, before a word that is not frequent English. Chat and search
queries glue technical words the same way ("server ip", "whois lookup"): when the second word
is an English word (and no surname word) and the first, though a listed given name, is itself
frequent English ("server", "mac"), the pair is two words of English, not a given name and a
surname. (An unlisted first word is not enough: the English list holds surnames too, "sanjay
macleod", "sipho suzuki".)
"""

from __future__ import annotations

from processors.redaction.lexicon import common_words, english_words, surname_words

__all__ = ["english_pair_person10"]


def english_pair_person10(first: str, second: str, unlisted: bool) -> bool:
    """True when the caseless pair ``first second`` is two English words, not a name."""
    if second not in english_words() or second in surname_words():
        return False
    return not unlisted and first in common_words()
