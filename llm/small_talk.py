"""Greetings, thanks and laughter: a short friendly reply, no inventory action.

"hi", "thanks!", "lol", "good morning" parse to no actions (`wms parse` stays honest);
the bot answers them itself, without asking the model.
"""

from __future__ import annotations

import re

from inventory import clean_text

_I = re.IGNORECASE
_GREETING = re.compile(
    r"^(?:hi+|hey+|hello+|hiya|heya|howdy|yo|hola|good\s+(?:morning|afternoon|evening|day)"
    r"|morning|mornin'?|evening"
    # in the languages households mix in
    r"|namaste|salaam|salam|shalom|shabbat\s+shalom|ciao|bonjour|hej|kia\s+ora|madainn\s+mhath"
    r"|buenos\s+d[ií]as|bom\s+dia|guten\s+morgen)(?:\s+(?:there|all|everyone|bot|wms|mate|folks))?$",
    _I,
)
_THANKS = re.compile(
    r"^(?:thanks+|thank\s+you|thank\s+u|thx|ty|tysm|cheers|ta|much\s+appreciated|great,?\s+thanks"
    r"|brilliant|perfect|awesome|nice\s+one|cool|great|lovely|ok\s+thanks|okay\s+thanks"
    r"|legend|grand\s+job|shot\s+bru|shukriya|jazakallah(?:\s+khair)?|tack(?:\s+så\s+mycket)?"
    r"|gracias|merci|danke|obrigad[oa]|arigato|xie\s+xie|asante|grazie|dhanyavaad|toda)"
    r"(?:\s+(?:so\s+much|a\s+lot|very\s+much|mate|bot))?$",
    _I,
)
_LAUGH = re.compile(r"^(?:lol+|lmao+|haha+|hehe+|rofl|😂+|:\)|:D)$", _I)
_BYE = re.compile(
    r"^(?:bye+|goodbye|see\s+ya|see\s+you|night|good\s*night|cya|later|laters|ka\s+kite"
    r"|adios|tschüss|au\s+revoir)$",
    _I,
)
# Faces, emoji and kisses after the words: "thanks :)", "cheers 👍", "thank you x".
_SIGNED_OFF = re.compile(
    r"(?:[\s,.!]*(?:[:;=][-']?[)(DPp3]+|<3+|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+)"
    r"|[\s,.!]+x{1,3})+$",
    _I,
)
_REPLIES = (
    (_GREETING, 'Hi! Ask me "where is the drill?" or tell me "I put the drill in bin 4".'),
    (_THANKS, "You're welcome!"),
    (_LAUGH, "😄"),
    (_BYE, "Bye for now!"),
)


def small_talk(text: str) -> str | None:
    """The reply to a greeting, thanks, laughter or goodbye, or None for anything else.

    Args:
        text: the message as typed.

    Returns:
        A short friendly answer, or None.
    """
    said = clean_text(text).strip(" .!?,").lower()
    said = _SIGNED_OFF.sub("", said).strip(" .!?,") or said  # ":)" alone is still a laugh
    for pattern, reply in _REPLIES:
        if pattern.match(said):
            return reply
    return None
