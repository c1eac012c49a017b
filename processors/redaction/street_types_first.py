"""What may start a street name: the street types written before the name ("Calle Mayor",
"rue du Moulin", "ul. Długa", "Jalan Ampang"), in one list for every address rule.

A leaf module (it imports only the leaf ``alternation``), as the street anchors that use it
(``street10_anchors``, ``street11_anchors``, ``street_starts``) are imported by
``address_vocabulary``, which derives two narrower lists from it (the street-first anchor's,
and the types after "12, " of ``address_layout``; each says why it is narrower).
"""

from __future__ import annotations

from typing import Final

from processors.redaction.alternation import alternation

__all__ = ["STREET_TYPES_FIRST", "TYPES_FIRST_ALTERNATION"]

# Lower case, with the dot where the type is abbreviated ("av.", "ul."). Curated from
# Spanish, Catalan, Portuguese, Italian, French, Polish, Romanian, Ukrainian, Russian, Hebrew,
# Arabic (Morocco), Malay and Indonesian, Thai, Vietnamese, Peruvian and Irish usage.
STREET_TYPES_FIRST: Final = frozenset(
    ["calle", "c/", "carrer", "avenida", "avda.", "av.", "paseo", "plaza", "pza.", "rua",
     "travessa", "estrada", "via", "viale", "corso", "piazza", "largo", "vicolo", "ul.",
     "ulica", "al.", "aleja", "trg", "ulitsa", "bulevar", "rue", "avenue", "boulevard",
     "chemin", "allée", "impasse", "quai", "camino", "ronda", "jl.", "jalan", "\u0219os.",
     "\u015fos.", "persiaran", "calzada", "travesía", "carrera", "alameda", "pl.", "plac",
     "strada", "calea", "aleea", "rúa", "vul.", "vulytsia", "prov.", "provulok", "boul.",
     "derb", "rehov", "derech", "sderot", "thanon", "soi", "đường", "phố", "jr.", "jirón",
     "prosp.", "prospekt",
     # (from the former lists of street10_anchors, street11_anchors and street_starts)
     "allee", "bd", "bd.", "contrada", "cours", "passage", "passeig", "piazzale", "piazzetta",
     "place", "plaça", "praça", "route", "square", "borgo", "salita",
     # (stop 27) Mexican street types: a private close, a closed street, a footpath, an alley,
     # a ring road, an extension and a return ("Privada de los Fresnos 315")
     "privada", "cerrada", "andador", "callejón", "circuito", "prolongación", "retorno",
     # (stop 27) Malay lanes and streets of Malaysia and Singapore ("Blk 647 Lorong Chuan")
     "lorong", "lrg.", "lebuh", "jln.",
     # (stop 34b) a Portuguese paved street ("Calçada do Combro 58")
     "calçada",
     # (stop 44, set 42) Irish street types, written before the name as in English after it
     # ("3 Céide an Ghleanna", "Bóthar na Trá 12"; An Post's Irish-language addresses)
     "céide", "bóthar", "sráid", "ascaill", "lána", "cearnóg", "ardán"]
)  # fmt: skip


TYPES_FIRST_ALTERNATION: Final = alternation(STREET_TYPES_FIRST)
