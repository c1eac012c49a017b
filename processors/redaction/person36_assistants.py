"""(Stop 36) Voice assistants, chat bots and robots called by their product names: "hey
Cortana set a timer", "lol Hubot just answered", "this is Mitsuku confirming your slot".

Our own list of the names of well-known assistants, chat bots, home robots and AI models (all
public product names; none is a listed given name, and no tuning text of sets 13-32 holds one
in a person's span). Four that are also given names ("Alexa", "Siri", "Jibo", "Eliza") count
only when a device command follows them ("Alexa, play jazz", "hey siri set an alarm"); a person
of that name is left alone ("Alexa Chung", "thanks Siri, see you").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["assistant_name"]

_PRODUCTS: Final = frozenset(
    ["cortana", "bixby", "clova", "mitsuku", "kuki", "hubot", "replika", "xiaoice",
     "cleverbot", "clippy", "roomba", "cozmo", "aibo", "asimo", "ameca", "moxie", "lovot",
     "mycroft", "braina", "chatgpt", "grok", "copilot", "jeeves", "dependabot", "renovatebot"]
)  # fmt: skip
_GIVEN_TOO: Final = frozenset(["alexa", "siri", "jibo", "eliza"])
# A device command right after the name ("Alexa, play jazz", "siri set an alarm").
_COMMAND_AFTER: Final = re.compile(
    r"(?i),?[ \t]+(?:play|set|turn|stop|pause|resume|skip|what's|whats|what[ \t]+is|remind|"
    r"add|dim|volume|open|read|start|cancel|lights|shuffle|next[ \t]+song)\b"
)


def assistant_name(text: str, start: int, end: int) -> bool:
    """Whether the one-word span ``text[start:end]`` is an assistant's or a bot's name."""
    lower = text[start:end].lower()
    if lower in _PRODUCTS:
        return True
    return lower in _GIVEN_TOO and _COMMAND_AFTER.match(text, end) is not None
