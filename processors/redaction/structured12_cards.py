"""(struct12) Printed card layouts: a grouped digit run that no card is printed as is no card.

Card numbers are printed and typed in the issuers' layouts (ISO/IEC 7812 numbers as embossed and
shown by the networks): groups of four (``4111 1111 1111 1111``; 13, 17, 18 and 19 digits end
in a shorter group, ``4804 7986 1538 2``, ``4364-6004-9566-3349-795``), and the 4-6-5 / 4-6-4
layouts of Amex and Diners (``3790 842549 36153``, ``3059 649411 1389``). Every layout starts
with a group of four. A run grouped otherwise that passes Luhn by chance is an order number or a
waybill: ``601-3879150-9415454`` (an order id, 3-7-7), ``12345 67890 12345``. Hooked into
:func:`processors.redaction.cards.find_cards` for runs of two or more groups.
"""

from __future__ import annotations

__all__ = ["card_layout_ok"]


def card_layout_ok(groups: list[str]) -> bool:
    """Whether digit groups (two or more) follow a printed card layout."""
    lengths = [len(group) for group in groups]
    if lengths[0] != 4:
        return False
    if len(lengths) == 3 and lengths[1] == 6:
        return lengths[2] in (4, 5)  # Amex 4-6-5, Diners 4-6-4
    return all(length == 4 for length in lengths[1:-1]) and 1 <= lengths[-1] <= 4
