"""(set 10 tuning half) Phone extensions that the candidate regex of :mod:`phones` leaves out.

The regex takes ``x12``, ``x 12``, ``ext. 12``, ``ext:12``, ``extension 12`` (and
``, ext. 12``). Extensions are also written with a dot or a dash after the "x"
(``x.532``, ``x-12``, ``x. 12``), as ``extn`` / ``extn.`` and as ``ext-12``, and after a
comma with the short "x" (``, x628``), and (stop 31) as German "Durchwahl"
(``0171 1126387 Durchwahl 54``), and (stop 34) in brackets (``(ext. 49)``) and as
Portuguese "ramal", Turkish "dahili", Spanish "anexo"/"interno", French "poste", Dutch
"toestel" (``977.209.8654 ramal 92``), and (stop 35) Polish "wew."/"lok." (``019 452 356
wew. 887``), and (stop 37) Spanish and Greek "loc.", Russian "доб."/"вн.", with a dash
before the digits after a word marker (``+1 868 672 0653 Durchwahl -12``), and (stop 38) as
the dialler's pauses, two commas or more (``305 960 2028,,231``). Hooked into
:func:`phones.find_phones` where a number without an extension is accepted; the extension
joins the span (set 10's gold keeps it there, like the forms the regex takes). An extension
is one to six digits not followed by a word character or by a dot and a digit ("x.628.5" is
no extension).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["marked_extension_end"]

_EXTENSION: Final = re.compile(
    r"(?:[ ]|,[ ]?)(?:[xX](?:\.[ ]?|-)|(?i:extn)\.?[ ]?|(?i:ext)-|(?i:durchwahl):?[ ]?"
    # (stop 34) Portuguese, Turkish, Spanish, French, Dutch: "ramal 65", "dahili 713"
    r"|(?i:ramal|dahili|anexo|interno|poste|toestel):?[ ]?"
    # (stop 35) Polish: "wew. 887" (wewnętrzny), "lok. 56"
    r"|(?i:wew|lok)\.[ ]?"
    # (stop 37) "loc. 54", "доб. 568" (добавочный), "вн. 12"; "Durchwahl -12"
    r"|(?i:loc|\u0434\u043e\u0431|\u0432\u043d)\.[ ]?|(?i:durchwahl|dahili|ramal|anexo) -"
    # (stop 38) pauses a phone dials before the extension: "305 960 2028,,231"
    r"|(?<=,),+"
    r"|(?<=,)[ ]?[xX](?=\d)|"
    r"(?<=, )[xX](?=\d))\d{1,6}(?!\w|\.\d)"
)

# (stop 34) in brackets: "(219) 533-4835 (ext. 49)", "+1 770-485-2714 (x62)"
_BRACKETED_EXTENSION: Final = re.compile(r" \((?i:ext|extn|extension|x)\.?[ ]?\d{1,6}\)")


def marked_extension_end(text: str, end: int) -> int:
    """The end of an extension ("x.532", "extn 12") right after a number ending at ``end``,
    or ``end`` when none follows."""
    if end + 2 >= len(text) or not (text[end] == " " or text[end] == ","):
        return end
    match = _EXTENSION.match(text, end)
    if match is None and text.startswith(" (", end):
        match = _BRACKETED_EXTENSION.match(text, end)
    return match.end() if match is not None else end
