"""Build ``processors/redaction/data/given_names_dataset.txt``: given names of many countries
that the other given-name lists lack (stop 46).

Run with a scratch directory that holds ``names-dataset`` 3.3.1 and ``wordfreq`` 3.1.1 (neither
is a project dependency; both from PyPI)::

    pip install --target /tmp/nd names-dataset==3.3.1 wordfreq==3.1.1
    PYTHONPATH=/tmp/nd:. .venv/bin/python bench/build_dataset_names.py

A name is kept when ``names-dataset`` ranks it among the 1,000 most frequent first names of
at least one country, it is one word of Latin letters (a hyphen or apostrophe allowed) and
four characters or more, and it is none of these: a name of ``first_names.txt`` (or its form
without accents), a word of ``english_words.txt`` or ``common_words.txt``, or one of the
5,000 most frequent words of any of 27 languages written in Latin script in ``wordfreq``
(greetings and words of chat in other languages that people also carry as names: "salamat",
"kram") or of the 60,000 most frequent English words, or a city, place or country of the lists
here, or a brand of the chat rules' own list (``person29_lower_chat``); an accented name is
kept only when its form without accents is a name of either list and none of those words.
"""

from __future__ import annotations

import gzip
import pickle
import re
from pathlib import Path

from processors.redaction.accents import fold_accents
from processors.redaction.person29_lower_chat import _CHAT_BRANDS

DATA = Path(__file__).resolve().parent.parent / "processors" / "redaction" / "data"
OUT = DATA / "given_names_dataset.txt"
BEST_RANK = 1000
SHORTEST = 4
WORDFREQ_TOP = 5000
ENGLISH_TOP = 60_000  # (english_words.txt leaves out Faker surnames: "salmon", "bishop")
LANGUAGES = (
    "ca", "cs", "da", "de", "en", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv",
    "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
)  # fmt: skip
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'-]+$")


def _listed(name: str) -> set[str]:
    return {line for line in (DATA / name).read_text("utf-8").splitlines() if line}


def _frequent_words() -> set[str]:
    import wordfreq  # type: ignore[import-not-found]

    words = {word.lower() for word in wordfreq.top_n_list("en", ENGLISH_TOP)}
    for language in LANGUAGES:
        words.update(word.lower() for word in wordfreq.top_n_list(language, WORDFREQ_TOP))
    return words


def _ranked_first_names() -> dict[str, int]:
    """Each first name of names-dataset and its best rank in any country."""
    import names_dataset  # type: ignore[import-not-found]

    pickled = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(pickled) as handle:
        table = pickle.load(handle)  # noqa: S301 (the package's own data file)
    return {name: min(entry["rank"].values()) for name, entry in table.items() if entry.get("rank")}


def main() -> None:
    listed = _listed("first_names.txt")
    excluded = listed | {fold_accents(name) for name in listed} | _listed("english_words.txt")
    excluded |= _listed("common_words.txt") | _frequent_words()
    excluded |= _listed("city_names.txt") | _listed("place_names.txt")
    excluded |= _listed("country_names.txt") | _CHAT_BRANDS  # ("evri": a courier)
    candidates = {
        name.lower()
        for name, rank in _ranked_first_names().items()
        if rank <= BEST_RANK and len(name) >= SHORTEST and _LATIN.match(name)
    }
    # The lexicon also lists each name without its accents, so an accented name is kept only
    # when that form is a name too, of this list or of first_names.txt ("jířa" would list
    # "jira", a tool).
    kept = sorted(
        name
        for name in candidates
        if name not in excluded
        and (name.isascii() or fold_accents(name) in candidates or fold_accents(name) in listed)
        and fold_accents(name) not in excluded - listed
    )
    OUT.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main()
