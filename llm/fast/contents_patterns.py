"""The patterns of "what is in X?" questions, for the fast parser's contents rule.

"what's in bin 4", "what's packed in kitchen box 3", "what did I stash under the craft
table", "contents of the shed", "anything in drawer 2": each pattern names the place
asked about as `place` (or `near`, a place said by what it is next to: "under the bed").
"""

from __future__ import annotations

import re

from llm.fast.adjacent import ADJACENT, BESIDE
from llm.fast.phrases import PLACE_PREPOSITION
from llm.fast.vocabulary import STORAGE_WORD_PATTERN

_I = re.IGNORECASE
# How things sit in a place: "what's packed in box 3", "what's sitting on the seeds shelf".
_LYING = (
    r"stored|kept|left|there|up|down|out|over|back|packed|stashed|hidden|sitting|sat|lying"
    r"|living|put|tucked|piled|stacked|hanging|boxed|filed|squirrell?ed\s+away|stuffed"
    r"|shoved|crammed|actually|really|even|exactly|(?:up|down|in|out|back)\s+there"
    r"|(?:still|currently)(?:\s+(?:stored|kept))?"
)
# "what did I stash under the table", "what have we packed in box 3"
_PUTTING = (
    r"got|have|keep|kept|put|store|stored|stash|stashed|pack|packed|hide|hid|hidden|leave|left"
    r"|tuck|tucked|stick|stuck|shove|shoved|stuff|stuffed|place|placed|file|filed|pop|popped"
)
CONTENTS_PATTERNS = (
    # "bin c7 -> ?", "box 4 = ?": what it holds, asked as a note to fill in
    re.compile(
        rf"^(?P<place>(?:[\w'-]+\s+)*(?:{STORAGE_WORD_PATTERN})(?:\s+#?[\w-]+)?)\s*(?:->|→|=>|=)"
        r"\s*\?*$",
        _I,
    ),
    # "what's under the bed": the space under it is the place
    re.compile(
        rf"^(?:what|wat)(?:'s|s|\s+is|\s+are)\s+(?P<place>{ADJACENT}\s+.+)$",
        _I,
    ),
    # "what's in bin 4", "whats inside bin 4", "what is stored in the attic box", "waht's in"
    re.compile(
        r"^(?:what|waht|wat|whta|wht|hwat)(?:\s+(?:all|else))?(?:'s|s|\s+is|\s+are|\s+was|\s+were)?"
        rf"(?:\s+(?:{_LYING})){{0,2}}"
        rf"\s+(?:{PLACE_PREPOSITION}|inside\s+of|(?<=\bup\s)to|(?<=\bdown\s)to)\s+(?P<place>.+)$",
        _I,
    ),
    # "what do I have in the garage", "what have we got on shelf B", "what did I put in bin 4"
    re.compile(
        r"^what(?:\s+(?:stuff|things|items|else))?\s+(?:do|did|have)\s+(?:i|we)"
        rf"(?:\s+(?:{_PUTTING}|left|still|away|up|down|out|over)){{0,3}}"
        rf"\s+(?:(?P<near>{ADJACENT}\s+.+)|(?:{PLACE_PREPOSITION}|(?<=\bup\s)to|(?<=\bdown\s)to)"
        r"\s+(?P<place>.+))$",
        _I,
    ),
    # "what goes in the hall cupboard", "what lives on shelf 2", "what belongs in drawer 3"
    re.compile(
        r"^what\s+(?:goes|lives|belongs|sits|stays|is\s+kept|gets\s+kept)"
        rf"\s+(?:(?P<near>{ADJACENT}\s+.+)|{PLACE_PREPOSITION}\s+(?P<place>.+))$",
        _I,
    ),
    # "what does bin 4 contain", "what does bin 4 have in it"
    re.compile(r"^what\s+does\s+(?P<place>.+?)\s+(?:contain|hold|have\s+in\s+it)$", _I),
    # "show me what's in bin 4", "tell me what is in the shed"
    re.compile(
        r"^(?:show|list|tell)(?:\s+me)?\s+what(?:'s|s|\s+is)\s+"
        rf"(?:(?P<near>{BESIDE}\s+.+)|{PLACE_PREPOSITION}\s+(?P<place>.+))$",
        _I,
    ),
    # "contents of bin 4", "show me the contents of the shed", "inventory of bin 4"
    re.compile(
        r"^(?:(?:show|list|display|view|see|check|tell|give|read)(?:\s+me)?\s+)?(?:the\s+)?"
        r"(?:(?:full|whole|entire|complete|current)\s+)?"
        r"(?:contents|content|inventory)\s+(?:of|in|inside|on|for)\s+(?P<place>.+)$",
        _I,
    ),
    # "contents: box 4", "inventory - the loft"
    re.compile(r"^(?:contents|inventory)\s*[:\-–—]+\s*(?P<place>.+)$", _I),
    # "which things are in the loft", "what items are kept on shelf B"
    re.compile(
        r"^(?:what|which)\s+(?:things|items|stuff)\s+(?:are|is)(?:\s+(?:kept|stored|still|left))?"
        rf"\s+(?:(?P<near>{ADJACENT}\s+.+)|{PLACE_PREPOSITION}\s+(?P<place>.+))$",
        _I,
    ),
    # "bin 4 contents", "show getabako contents", "list the shed's contents"
    re.compile(
        r"^(?:(?:show|list|display)(?:\s+me)?\s+)?(?P<place>.+?)(?:'s|s')?\s+"
        r"(?:contents|inventory)$",
        _I,
    ),
    # "anything in drawer 2", "list everything in the loft", "what's under the bed"
    re.compile(
        r"^(?:(?:show|list|tell)(?:\s+me)?\s+)?(?:is\s+there\s+|is\s+)?(?:anything|everything"
        r"|(?:all\s+)?(?:the\s+)?(?:stuff|things|items))"
        rf"(?:\s+(?:else|still|stored|kept|left))?\s+"
        rf"(?:(?P<near>{BESIDE}\s+.+)|{PLACE_PREPOSITION}\s+(?P<place>.+))$",
        _I,
    ),
)
