"""One writer for the blind synthetic PII corpora (sets 29 to 32): fill, check, count, write.

Each set module keeps what was written blind for it: its templates, look-alike templates, pools,
value makers, slot filler and the word list a look-alike must avoid. What turns those into
``data/pii/setNN.jsonl`` was the same code in every set; it lives here once, so that a fix to
the writer reaches every set and a set module holds only what is its own.

The output must stay byte for byte what each set wrote before (each set's test regenerates
its file and compares), so the order of every draw from the seeded ``random.Random`` is the
old one: render a template slot by slot, redraw a text already seen or a look-alike that would
hold PII, shuffle the records once at the end.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

ContextT = TypeVar("ContextT")
# A slot's text and its gold entity type (None: not PII, e.g. a city or a look-alike name).
Segment = tuple[str, str | None]
Span = dict[str, object]
Record = dict[str, object]

IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
# Texts of a kind (with PII, look-alikes) in each register; those in ``extra`` get one more.
TEXTS_PER_REGISTER = 214
# How often a template is redrawn before the writer gives up on it (a pool too small for it).
ATTEMPTS = 200


def mod97_ok(iban: str) -> bool:
    """Whether ``iban`` (spaces allowed) passes the IBAN check digits (ISO 13616, mod 97)."""
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def with_case_suffix(
    fill_base: Callable[[str, int, ContextT], Segment],
) -> Callable[[str, int, ContextT], Segment]:
    """A slot filler that also reads ``{name_lc}`` and ``{name_uc}``: ``name`` in lower or
    upper case."""

    def fill(name: str, idx: int, ctx: ContextT) -> Segment:
        base, case = (name[:-3], name[-2:]) if name.endswith(("_lc", "_uc")) else (name, "")
        text, entity = fill_base(base, idx, ctx)
        if case == "lc":
            text = text.lower()
        elif case == "uc":
            text = text.upper()
        return text, entity

    return fill


@dataclass(frozen=True)
class CorpusWriter(Generic[ContextT]):
    """What a set gives the writer; its methods are the set module's ``render``,
    ``lookalike_ok``, ``template_table``, ``records``, ``lines`` and ``main``."""

    seed: int
    out: Path
    registers: tuple[str, ...]
    templates: Mapping[str, Sequence[str]]
    lookalikes: Mapping[str, Sequence[str]]
    # Templates per register and kind (texts with PII, look-alikes); ids run in blocks of it.
    per_kind: int
    # Registers that get one text more than the others, for texts with PII (False) and
    # look-alikes (True).
    extra: Mapping[bool, tuple[str, ...]]
    # ``{name}`` or ``{name.2}``: group 1 the slot's name, group 2 which person or address.
    slot: re.Pattern[str]
    fill: Callable[[str, int, ContextT], Segment]
    # A fresh context for one text: the shared ``random.Random`` and the template's parity.
    new_context: Callable[[random.Random, int], ContextT]
    fold: Callable[[str], str]
    # Lower-case, folded words of the person pools: a look-alike holding one is redrawn.
    person_words: frozenset[str]
    # Runs of digits (with separators) that could be a card number.
    number_run: re.Pattern[str]
    luhn_ok: Callable[[str], bool]

    def render(self, template: str, ctx: ContextT) -> tuple[str, list[Span]]:
        """The text of ``template`` with its slots filled, and the gold spans."""
        text, spans, pos = "", [], 0
        for match in self.slot.finditer(template):
            text += template[pos : match.start()]
            value, entity = self.fill(match.group(1), int(match.group(2) or 1), ctx)
            if entity:
                spans.append(
                    {
                        "start": len(text),
                        "end": len(text) + len(value),
                        "entity_type": entity,
                        "value": value,
                    }
                )
            text += value
            pos = match.end()
        return text + template[pos:], spans

    def lookalike_ok(self, text: str) -> bool:
        """No e-mail, no valid IBAN shape, no Luhn-valid 13-19 digit run, no person-pool word."""
        if "@" in text:
            return False
        if any(mod97_ok(m) for m in IBAN_RUN.findall(text)):
            return False
        for run in self.number_run.findall(text):
            digits = re.sub(r"\D", "", run)
            if 13 <= len(digits) <= 19 and self.luhn_ok(digits):
                return False
        words = {self.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}
        return not words & self.person_words

    def template_table(self) -> list[tuple[int, str, bool, str]]:
        """(template id, register, negative, template) for every template of the set."""
        table = []
        for r, register in enumerate(self.registers):
            for k, (negative, source) in enumerate(
                ((False, self.templates), (True, self.lookalikes))
            ):
                templates = source[register]
                assert len(templates) == self.per_kind, register
                base = (2 * r + k) * self.per_kind
                table += [(base + i, register, negative, t) for i, t in enumerate(templates)]
        return table

    def records(self) -> list[Record]:
        """Every record of the set, shuffled and numbered."""
        rng = random.Random(self.seed)
        table = self.template_table()
        out: list[Record] = []
        seen: set[str] = set()
        for register in self.registers:
            for negative in (False, True):
                rows = [t for t in table if t[1] == register and t[2] == negative]
                extra = 1 if register in self.extra[negative] else 0
                count = TEXTS_PER_REGISTER + extra
                for j in range(count):
                    template_id, _, _, template = rows[j % self.per_kind]
                    for _attempt in range(ATTEMPTS):
                        ctx = self.new_context(rng, template_id % 2)
                        text, spans = self.render(template, ctx)
                        if text in seen or (negative and not self.lookalike_ok(text)):
                            continue
                        break
                    else:
                        raise RuntimeError(f"template {template_id} cannot be filled")
                    seen.add(text)
                    out.append(
                        {
                            "template_id": template_id,
                            "text": text,
                            "spans": spans,
                            "register": register,
                            "negative": negative,
                        }
                    )
        rng.shuffle(out)
        return [{"id": i, **r} for i, r in enumerate(out)]

    def lines(self) -> str:
        """The file's text: one JSON record a line."""
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records())

    def main(self) -> None:
        """Write the set's file."""
        self.out.write_text(self.lines(), encoding="utf-8")
