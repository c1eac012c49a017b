"""Build ``processors/redaction/data/english_words.txt``: frequent English words that are no
listed given name.

Run with a scratch venv that has ``wordfreq`` (not a project dependency)::

    /tmp/gg/bin/python bench/build_english_vocab.py

The list holds the 40,000 most frequent English words of ``wordfreq`` (letters only, two
letters or more, lower-cased) minus every word of ``first_names.txt``, every Faker given
name or surname and every name known to ``gender-guesser``: a capitalised word found alone
is no name when it is on this list ("Unacceptable.", "Packaging said").
"""

from __future__ import annotations

from pathlib import Path

TOP = 40_000


def _surnames() -> set[str]:
    """Lower-cased given and last names of every Faker person locale."""
    import importlib
    import pkgutil

    import faker.providers.person as person  # type: ignore[import-not-found]

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in (
            "last_names",
            "last_names_male",
            "last_names_female",
            "first_names",
            "first_names_male",
            "first_names_female",
        ):
            value = getattr(provider, attr, ())
            if isinstance(value, (list, tuple, dict)):
                names.update(name.lower() for name in value)
    return names


def main() -> None:
    from wordfreq import top_n_list  # type: ignore[import-not-found]

    data = Path(__file__).resolve().parent.parent / "processors" / "redaction" / "data"
    given = set((data / "first_names.txt").read_text("utf-8").split())
    given |= _surnames()
    import gender_guesser.detector as gender  # type: ignore[import-not-found]

    detector = gender.Detector()
    words = []
    seen: set[str] = set()
    for word in top_n_list("en", TOP):
        lower = word.lower()
        if len(lower) < 2 or not lower.isalpha() or lower in given or lower in seen:
            continue
        if detector.get_gender(lower.capitalize()) != "unknown":
            continue
        seen.add(lower)
        words.append(lower)
    (data / "english_words.txt").write_text("\n".join(words) + "\n", "utf-8")


if __name__ == "__main__":
    main()
