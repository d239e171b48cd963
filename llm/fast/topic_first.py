"""Questions that name their topic first, then ask about it.

"firewood - where's the rest of it?", "gas canisters - how many left?" ask where a
thing is; "rafters: what's up there", "china hutch — full list please", "trunk of the
car, what's in there?" ask what a place holds. The question after the topic points
back at it ("it", "there", "them") or asks nothing else.
"""

from __future__ import annotations

import re

from llm.fast.text import trim
from llm.fast.verbs import is_verb_form, starts_clause

_I = re.IGNORECASE
TOPIC_FIRST = re.compile(
    r"^(?!(?:where|what|who|when|which|how|is|are|do|does|did|have|has|can|could|i|we|you)\b)"
    r"(?P<topic>[^,:;?!.…–—]+?)\s*(?:[,:;–—]+|\s-+|\.{2,}|…|\.(?=\s+(?:where|what)\b))\s*"
    r"(?P<asked>\S.*)$",
    _I,
)
# "what's in there, box 5?", "where is it, the big torch": the question, then its topic.
TOPIC_LAST = re.compile(
    r"^(?P<asked>(?:what|where|who|how|any)\b[^,:;–—]*?)\s*(?:[,:;–—]+|\s-+)\s*"
    r"(?P<topic>(?!(?:where|what|who|when|which|how|is|are|do|does|did|i|we|you)\b)[^,:;?!]+)$",
    _I,
)
_BACK = r"(?:it|them|they|those|that|these|this|the\s+rest(?:\s+of\s+(?:it|them))?)"
_CONTENTS = re.compile(
    r"^(?:(?:what(?:'s|s|\s+is|\s+are|\s+was)?(?:\s+(?:all|else|left|still))?"
    r"(?:\s+(?:stored|kept|packed|sitting|left))?\s+(?:(?:in|on|inside|up|down|under|out)\s+"
    r"(?:there|here|it|them|that)|inside|(?:up|down|in)\s+there|there|left\s+in\s+(?:it|there)))"
    r"|what\s+(?:do|have|did)\s+(?:i|we)\s+(?:got|have|keep|put)(?:\s+(?:in|on|up|down))?"
    r"\s+(?:there|here|in\s+it)"
    r"|(?:is\s+it\s+|are\s+they\s+)?(?:still\s+)?(?:empty|full|emptied|unpacked)"
    r"|anything(?:\s+(?:else|left|still))?(?:\s+(?:in|up|down|on|under)\s+(?:there|here|it)"
    r"|\s+inside)?"
    r"|(?:(?:give\s+me|show\s+me|i\s+need)\s+)?(?:the\s+|a\s+)?(?:full|whole|complete|quick)?\s*"
    r"(?:list|inventory|contents|rundown|run\s+down|breakdown)(?:\s+(?:of\s+it|of\s+what's\s+in"
    r"\s+(?:it|there)))?)$",
    _I,
)
_FIND = re.compile(
    rf"^(?:where(?:'s|s|\s+is|\s+are|\s+r|'re)?(?:\s+{_BACK})?"
    rf"|where(?:'d|\s+did|\s+has|\s+have|'s|s)\s+{_BACK}\s+(?:go|gone|get\s+to|got\s+to|end\s+up"
    r"|ended\s+up)"
    rf"|where\s+(?:did|do|have)\s+(?:i|we)\s+(?:put|leave|left|keep|store|stash|stashed)\s+{_BACK}"
    rf"|who(?:'s|\s+has)(?:\s+got)?\s+{_BACK}|(?:is|are)\s+(?:it|they)(?:\s+still)?\s+(?:in|on|at"
    r"|under|inside)\b.*"
    rf"|(?:any|an|no)\s+idea(?:\s+where(?:\s+{_BACK}\s+(?:is|are|went|go|ended\s+up|got\s+to"
    r"|might\s+be|could\s+be))?)?|any\s+(?:left|spare|more)|got\s+any(?:\s+left)?"
    r"|(?:do|have)\s+(?:we|i)\s+(?:still\s+)?(?:got|have)\s+any(?:\s+left)?"
    r"|how\s+(?:many|much)(?:\s+(?:left|(?:is|are)\s+(?:there|left)|(?:do|have)\s+(?:we|i)"
    r"\s+(?:got|have)(?:\s+left)?))?)$",
    _I,
)
_MAX_TOPIC_WORDS = 6
_NOT_NOUNS = frozenset({"cant", "can't", "cannot", "dont", "don't", "anywhere", "not", "no"})


def topic_question(match: re.Match[str]) -> tuple[str, str] | None:
    """The kind of question ("find" or "contents") and its topic, or None.

    Args:
        match: a match of `TOPIC_FIRST` or `TOPIC_LAST`.

    Returns:
        ("find", "firewood") for "firewood - where's the rest of it"; ("contents",
        "rafters") for "rafters: what's up there"; None when the words after the topic
        are not a question about it.
    """
    words = match["topic"].lower().split()
    if len(words) > _MAX_TOPIC_WORDS or starts_clause(words[0]):
        return None  # "need the stud finder, where is it": a clause, read elsewhere
    if any(is_verb_form(word) or word in _NOT_NOUNS for word in words):
        return None  # "cant find the tape measure anywhere, where is it"
    asked = trim(match["asked"], leading=False)  # "where is it now please?"
    if _CONTENTS.match(asked):
        return "contents", match["topic"]
    if _FIND.match(asked):
        return "find", match["topic"]
    return None
