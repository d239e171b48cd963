"""The patterns of questions about the past, for the fast parser's history rule.

"recent changes", "what did we throw out recently", "when did the camp stove move to
the garage", "who had the ladder last", "how long have we had the freezer": `RECENT`
asks for the latest changes; each of `HISTORY_PATTERNS` names the thing asked about as
`query` (or `query_put`).
"""

from __future__ import annotations

import re

from llm.fast.find_patterns import WHO
from llm.fast.household_words import PEOPLE, POSSESSIVES
from llm.fast.phrases import PLACE_PREPOSITION
from llm.fast.vocabulary import STORAGE_WORD_PATTERN

_I = re.IGNORECASE
_SHOW = (
    r"(?:(?:show|list|see|give|tell)(?:\s+(?:me|us))?(?:\s+please)?\s+"
    r"|(?:can|could|may)\s+(?:i|we)\s+(?:see|have)\s+)"
)
_WHEN = (
    r"(?:\s+(?:today|lately|recently|this\s+week|yesterday|this\s+morning|last\s+night"
    r"|so\s+far|can|then))*"
)
# "recent changes", "what changed today", "what did we change this week", "latest activity"
RECENT = re.compile(
    r"^(?:(?:show|list|see)(?:\s+me)?\s+)?(?:the\s+)?(?:recent|latest|last)\s+(?:changes?|activity"
    # said with the verb last: "recent change show" (BSL), "recent changes dikhao" (Hindi)
    r"|updates|history)(?:\s+(?:show|dikhao|dekho|please|pls|kindly\s+show|kindly))?$"
    r"|^(?:(?:show|see)(?:\s+me)?\s+)?(?:the\s+)?(?:log|activity\s+log|change\s+log|changelog)$"
    # "show me the last few things I've done", "show me the last things i done on here",
    r"|^(?:show|list|tell)(?:\s+me)?\s+(?:the\s+)?(?:last|latest|recent)\s+(?:few\s+|\d+\s+)?"
    # "… the last things u saved", "… the last few things I told you"
    r"(?:things|changes|entries)(?:\s+(?:i|we|u|you)(?:'ve|\s+have)?(?:\s+(?:done|did|changed|logged"
    r"|added|saved|entered|recorded|told\s+(?:you|u)))?"
    r"(?:\s+(?:on\s+here|in\s+here|here))?)?$"
    # "what was the last thing I changed", "what did I change last"
    r"|^what\s+was\s+the\s+last\s+(?:thing|change|entry)\s+(?:i|we)\s+(?:changed|did|made|added"
    r"|entered|logged|put\s+in)$"
    r"|^what(?:'s|s|\s+has|\s+have)\s+been\s+(?:thrown\s+(?:out|away)|binned|tossed|discarded"
    r"|donated|given\s+away|sold|used\s+up|added|put\s+away)$|^what(?:'s|s)\s+the\s+latest$"
    r"|^(?:what(?:'s|s|\s+has|\s+have)?|(?:has\s+|did\s+)?anything)\s+(?:been\s+)?(?:changed|happened"
    r"|happen|change|new|moved(?:\s+(?:around|about))?)(?:\s+(?:today|lately|recently|this\s+week|yesterday))?"
    r"(?:\s+(?:in|at|on)\s+(?:the|my|our)\s+[\w' -]+)?$"
    r"|^what\s+(?:did|have)\s+(?:i|we|you|anyone|someone|people|everyone|everybody)\s+(?:change"
    r"|changed|do|done|move|moved|log|logged|record|recorded|add|added|put\s+in|entered|enter)"
    r"(?:\s+(?:on\s+here|in\s+here|on\s+this|here))?\s+(?:today|lately|recently|this\s+week"
    r"|yesterday|last\s+night|this\s+morning)(?:\s+(?:on\s+here|in\s+here|on\s+this|here))?$"
    # "what did I log", "what have we recorded so far": time said or trimmed
    r"|^what\s+(?:did|have)\s+(?:i|we)\s+(?:log|logged|record|recorded|enter|entered)"
    r"(?:\s+(?:on\s+here|in\s+here|here|so\s+far))?$"
    r"|^what\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:put\s+away|added|moved|stored"
    r"|taken\s+out|thrown\s+(?:out|away)|used(?:\s+up)?|changed)$"
    r"|^when\s+did\s+(?:i|we|you|anyone)\s+last\s+(?:move|change|add|update|store)\s+(?:anything"
    r"|something)$"
    r"|^what\s+(?:did|have)\s+(?:i|we|you|anyone|someone|people)\s+(?:change|changed|move"
    r"|moved|add|added|store|stored|put\s+away|throw\s+(?:out|away)|thrown\s+(?:out|away)|get\s+rid\s+of|got\s+rid\s+of|bin"
    r"|binned|toss|tossed|chuck|chucked|discard|discarded|donate|donated|give\s+away"
    r"|given\s+away|sell|sold|use\s+up|used\s+up)$|^what\s+changes\s+(?:did|have)\s+(?:i|we|you)\s+(?:make|made)$"
    r"|^(?:what\s+)?changes\s+(?:today|this\s+week|lately|recently)$|^history$"
    r"|^what\s+(?:changes|updates|edits)\s+(?:happened|were\s+made|have\s+been\s+made|took\s+place"
    r"|have\s+happened)"
    r"(?:\s+(?:today|this\s+week|lately|recently|yesterday))?$"
    # "what went out and came back", "what came in"
    r"|^what\s+(?:went|came|has\s+gone|has\s+come)\s+(?:out|in|back)(?:\s+and\s+(?:what\s+)?"
    r"(?:came|went|has\s+come|has\s+gone)\s+(?:back|out|in))?$"
    # "show us the last few changes", "What were the last few changes I made", "show me the
    # last few things that changed", "last few changes", "Show me the recent changes made"
    rf"|^(?:{_SHOW}|what\s+(?:were|are)\s+)?(?:the\s+)?(?:last|latest|recent|most\s+recent)"
    r"(?:\s+(?:few|couple\s+of|\d+|five|ten))?\s+(?:changes|updates|entries|edits|activity|actions"
    r"|moves|things|stuff)(?:\s+(?:(?:i|we|you|ah)(?:'ve|\s+have)?\s+(?:made|did|done|logged|entered"
    rf"|added|changed)|that\s+(?:changed|happened)|made|done"
    # "… that were updated", "… that got moved around", "… nonna put in"
    r"|that\s+(?:were|was|got|have\s+been)\s+(?:updated|changed|moved|added|logged|entered)"
    r"(?:\s+(?:around|about))?|[\w']+\s+(?:put\s+in|added|logged)))?"
    rf"{_WHEN}$"
    # "what's been logged this week", "show recent stuff i logged"
    r"|^what(?:'s|s|\s+has|\s+have)\s+been\s+(?:logged|recorded|entered|updated|changed)"
    rf"{_WHEN}$"
    rf"|^(?:{_SHOW})?(?:the\s+)?(?:recent|latest|last)\s+(?:stuff|things|entries)\s+(?:i|we)\s+(?:logged"
    rf"|added|entered|changed|did){_WHEN}$"
    # "Show me today's log of changes", "change log for today"
    rf"|^(?:{_SHOW})?(?:today's|todays|this\s+week's|the)\s+(?:log|changes|entries)(?:\s+of\s+changes)?$"
    r"|^(?:change\s*log|log\s+of\s+changes|changes)\s+(?:for|from)(?:\s+(?:today|this\s+week"
    r"|yesterday))?$"
    # "show me what changed recently", "show me what i did this week", "what got updated today",
    # "what've I changed recently", "what did i move around yesterday"
    rf"|^(?:{_SHOW})?what\s+(?:(?:i|we|you|ah)\s+)?(?:did|changed|have\s+changed|got\s+(?:updated"
    rf"|changed)|was\s+(?:updated|changed)){_WHEN}$"
    rf"|^what(?:'ve|\s+have)\s+(?:i|we)\s+(?:changed|done|logged|entered|moved){_WHEN}$"
    rf"|^what\s+did\s+(?:i|we)\s+(?:move|shift|put)\s+(?:around|about){_WHEN}$"
    # "what changes I made today", "What entries have I made this week"
    r"|^what\s+(?:changes|entries|edits)\s+(?:have\s+|did\s+)?(?:i|we)\s+(?:have\s+)?(?:made|make"
    rf"|done|entered|logged){_WHEN}$",
    _I,
)

_SOMEONE = r"(?:(?!(?:the|a|an|my|our|your|his|her|their|i|we|you|it)\b)[a-z][\w'-]*)"
# The thing asked about: said with the/my/our, or numbered without ("tent #4", "trumpet 8").
_THING = r"(?:(?:the|my|our)\s+.+?|[a-z][\w-]*\s+#?\d+)"
HISTORY_PATTERNS = (
    # "Have I moved the photo albums recently?", "has anyone touched the tent lately"
    re.compile(
        rf"^(?:have|has|did)\s+(?:i|we|you|anyone|anybody|someone|somebody)\s+(?:moved|move"
        rf"|touched|touch)\s+(?P<query>{_THING})\s+(?:recently|lately|at\s+all|this\s+(?:week|month))$",
        _I,
    ),
    # "what did I last do with the rotavator": what happened to it last
    re.compile(r"^what\s+did\s+(?:i|we|you)\s+last\s+do\s+with\s+(?P<query>.+)$", _I),
    # "when did the mustard tote come back", "when did the drill get returned"
    re.compile(
        rf"^when\s+did\s+(?P<query>{_THING})(?:\s+last)?\s+(?:come\s+back|get\s+(?:back|returned)"
        r"|return|go\s+(?:out|oot))(?:\s+last)?$",  # "when did the cooler go out last"
        _I,
    ),
    # "has anything been logged against the projector", "anything recorded for the drill"
    re.compile(
        r"^(?:has|have|is|was)?\s*(?:there\s+)?anything\s+(?:been\s+)?(?:logged|recorded|noted"
        r"|changed|happened|done)\s+(?:against|for|with|to|on|about)\s+(?P<query>.+)$",
        _I,
    ),
    # "when did the stroller last move", "when did the tent last go out"
    re.compile(
        rf"^when\s+did\s+(?P<query>{_THING})\s+last\s+(?:move|get\s+\w+|go\s+\w+"
        r"|come\s+\w+|leave\s+\w+)$",
        _I,
    ),
    # "when did the camp stove move to the garage", "when did the topper come out of box 18"
    re.compile(
        r"^when\s+did\s+(?P<query>(?:the|my|our)\s+.+?)\s+(?:move|go|come|get\s+(?:moved|put"
        r"|taken)|end\s+up|arrive|leave|make\s+it)(?:\s+(?:out|back|up|down|over|across))?"
        r"\s+(?:to|into|in|out\s+of|from|off|onto|on)\s+.+$",
        _I,
    ),
    # "when did Sam borrow the strimmer", "how long has Dave had the ladder", "when Marek take
    # stepladder?"
    re.compile(
        rf"^when\s+(?:did\s+)?{_SOMEONE}\s+(?:last\s+)?(?:borrow|take|return|have|use|move"
        r"|bring\s+back|give\s+back|get|grab|nick|pinch)\s+(?P<query>.+)$",
        _I,
    ),
    # "when did mom bring the baby bath back"
    re.compile(
        rf"^when\s+did\s+{_SOMEONE}(?:\s+\w+)?\s+(?:bring|give|hand|send)\s+(?P<query>.+?)\s+back$",
        _I,
    ),
    # "when was the stroller taken out", "When was the drill returned by Ramesh?", "when was
    # trumpet 8 checked out", "last time
    # trypsin was used?"
    re.compile(
        rf"^when\s+(?:was|were)\s+(?P<query>{_THING})(?:\s+last)?\s+(?:taken|brought|put|moved|lent"
        r"|returned|borrowed|given|sent|used|checked|signed)(?:\s+(?:out|back|away|in|up|down))?"
        r"(?:\s+last)?(?:\s+by\s+[\w' ]{1,30})?$",
        _I,
    ),
    re.compile(
        r"^(?:when\s+was\s+)?(?:the\s+)?last\s+time\s+(?P<query>.+?)\s+(?:was|were|got)\s+(?:used|moved"
        r"|taken(?:\s+out)?|lent(?:\s+out)?|borrowed|touched|seen|put\s+away)$",
        _I,
    ),
    re.compile(
        rf"^how\s+long\s+(?:has|have)\s+{_SOMEONE}\s+(?:had|borrowed|kept|been\s+using)"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "what's been going on with the camping stove"
    re.compile(
        r"^what(?:'s|s|\s+has)?\s+(?:been\s+)?(?:going\s+on|happening)\s+(?:to|with)\s+(?P<query>.+)$",
        _I,
    ),
    # "when have I the skis last moved": the thing before the verb, as a learner may say it
    re.compile(
        rf"^when\s+(?:did|have)\s+{WHO}\s+(?P<query>(?:the|my|our)\s+.+?)\s+last\s+[a-z]+$", _I
    ),
    # "when did I last move the drill", "when did we put the drill in bin 4"
    re.compile(
        rf"^when\s+(?:did|have)\s+{WHO}\s+(?:last\s+)?(?:(?:get|got)\s+rid\s+of|[a-z]+(?:\s+(?:out"
        r"|away|up|back))?)"
        r"\s+(?P<query>.+?)(?:\s+last|\s+(?:down|up|over|across|away|back))?$",
        _I,
    ),
    # "when was the drill last moved", "when was the last time I used the glue"
    re.compile(
        r"^when\s+(?:was|were)\s+(?P<query>.+?)\s+last\s+[a-z]+(?:\s+(?:out|away|up))?$", _I
    ),
    re.compile(
        rf"^when(?:\s+was|\s+is|'s)\s+the\s+last\s+time\s+{WHO}\s+[a-z]+(?:\s+(?:out|away|up))?"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "when was the camping stove put in the loft", "whens the last time the passport was
    # moved", "how long has the paint been in the shed"
    re.compile(
        r"^when\s+(?:was|were)\s+(?P<query>.+?)\s+(?:put|moved|stored|taken|left|placed)"
        rf"(?:\s+(?:{PLACE_PREPOSITION}|out\s+of|to)\s+.+)?$",
        _I,
    ),
    re.compile(
        r"^when(?:'s|s|\s+is|\s+was)\s+the\s+last\s+time\s+(?P<query>.+?)\s+(?:was|were)"
        r"\s+(?:moved|used|taken\s+out|put\s+away|touched)$",
        _I,
    ),
    re.compile(
        r"^how\s+long\s+(?:has|have)\s+(?P<query>.+?)\s+been"
        rf"(?:\s+(?:{PLACE_PREPOSITION}|there|here|out|missing|gone|lost|away)(?:\s+.+)?)?$",
        _I,
    ),
    # "how long have we had the freezer", "has the drill moved lately", "was the tent moved"
    re.compile(
        rf"^how\s+long\s+(?:have|has)\s+{WHO}\s+(?:had|owned|kept|been\s+using)\s+(?P<query>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:(?:has|have)\s+(?P<query>(?:the|my|our)\s+.+?)\s+(?:moved|been\s+(?:moved|touched"
        r"|used|taken\s+out))|(?:was|were)\s+(?P<query_put>(?:the|my|our)\s+.+?)\s+(?:moved"
        r"|touched|used|taken\s+out))$",
        _I,
    ),
    # "did someone move the ladder recently", "has anyone touched the drill"
    re.compile(
        r"^(?:did|has|have)\s+(?:someone|somebody|anyone|anybody)\s+(?:move|moved|touch|touched"
        r"|shift|shifted)\s+(?P<query>(?:the|my|our)\s+.+?)(?:\s+(?:recently|lately|again"
        r"|today|this\s+week))?$",
        _I,
    ),
    # "any news on the drill", "what's the story with the gazebo"
    re.compile(
        r"^(?:any\s+news|what(?:'s|s|\s+is)\s+the\s+(?:story|news|deal|latest))\s+(?:on|with|about)"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "what happened to the old kettle", "where has the drill been"
    # ("what happen to …", said by learners)
    re.compile(
        r"^(?:what(?:'s|s|\s+has)?|whatever)\s+happen(?:ed)?\s+(?:to|with)\s+(?P<query>.+?)"
        r"(?:\s+(?:lately|recently))?$",
        _I,
    ),
    re.compile(r"^where\s+(?:has|have)\s+(?P<query>.+?)\s+been(?:\s+lately)?$", _I),
    # "history of the drill", "show me the history for the drill", "history drill"
    re.compile(
        r"^(?:(?:show|see|view|check|tell|give)(?:\s+me)?\s+|what(?:'s|s|\s+is)\s+)?(?:the\s+)?"
        r"(?:history(?:\s+(?:of|for|on))?|(?:log|record|story)\s+(?:of|for|on))\s+(?P<query>.+)$",
        _I,
    ),
    # "drill history"
    re.compile(r"^(?:(?:show|see|view)(?:\s+me)?\s+)?(?P<query>.+?)\s+history$", _I),
    # "who moved the drill", "who took the ladder out of the shed", "who had the drill last"
    # "who changed box 3 last": a storage place ("who changed the baby" is not asked here)
    re.compile(
        rf"^who(?:'s|\s+has)?\s+(?:last\s+)?changed\s+(?P<query>(?:the\s+)?(?:[\w-]+\s+)?"
        rf"(?:{STORAGE_WORD_PATTERN})(?:\s+#?\w{{1,3}})?)(?:\s+last)?$",
        _I,
    ),
    re.compile(
        r"^who\s+last\s+borrowed\s+(?P<query>.+)$",
        _I,
    ),
    re.compile(
        r"^who(?:'s|\s+has)?\s+(?:last\s+)?(?:moved|took|used|had|(?:borrowed(?=.+\s+last$))|put"
        r"|stored|touched|returned|removed"
        r"|grabbed|discarded|threw\s+away|threw\s+out|tossed|left|placed|stashed|sold|donated"
        r"|gave\s+away)\s+(?P<query>.+?)(?:\s+last)?$",
        _I,
    ),
)


# "when did a last move the tent", "when last de cooler move?", "ladder last move when?",
# "when somebody touched the roof storage last time": asked in any order, the thing is what
# is left when the asking words go. `last` must say when, not which ("the last biscuit").
WHEN_LAST = re.compile(r"^(?=.*\blast\b)(?=.*\b(?:when|wen)\b)(?P<asked>[^?]+)\?*$", _I)
_ASKING_WORDS = frozenset({
    "when", "wen", "who", "was", "is", "did", "does", "do", "the", "last", "time", "a", "i", "we",
    "you", "u", "somebody", "someone", "anyone", "ah", "lah", "it", "that", "ever", "were",
    "has", "had", "been", "kab", "hui", "thi", "pls", "please", "history", "-", "de", "di",
    "da",
})  # fmt: skip
# Where people live or work, moved as a whole: "when did we last move house".
_MOVED_AS_A_HOME = frozenset({"house", "home", "flat", "apartment", "office", "job", "country"})
_HANDLED = frozenset({
    "move", "moved", "moves", "put", "puts", "take", "took", "taken", "takes", "touch",
    "touched", "use", "used", "shift", "shifted", "carry", "carried", "bring", "brought",
    "borrow", "borrowed",
})  # fmt: skip
# In what is left, these say more than a thing: "when i last moved i lost half my stuff".
_NOT_IN_THING = POSSESSIVES | {"lost", "broke", "got"}
# Where the thing went or came from ends its name: "… put varenye in pantry".
_AFTER_THING = frozenset({"in", "into", "on", "onto", "to", "from", "out", "at", "back", "off"})
_MAX_THING_WORDS = 4


def when_last_moved(asked: str) -> str | None:
    """The thing asked about in "when did I last move X" said in any order, or None.

    Args:
        asked: the question, without its question mark.

    Returns:
        The thing's words as said, or None when more than the thing is left, no verb of
        handling is said, or "last" says which one ("who took the last biscuit").
    """
    words = asked.replace(",", " ").split()
    lowered = [word.lower() for word in words]
    if not any(word in _HANDLED for word in lowered):
        return None
    for index, word in enumerate(lowered):
        after = lowered[index + 1] if index + 1 < len(lowered) else None
        if word == "last" and after is not None and after not in _ASKING_WORDS | _HANDLED:
            return None  # "the last biscuit": which one, not when
    kept = [
        index
        for index, word in enumerate(lowered)
        if word not in _ASKING_WORDS and word not in _HANDLED
    ]
    if not kept:
        return None
    first = kept[0]
    run = [index for index in kept if all(i in kept for i in range(first, index + 1))]
    rest = [index for index in kept if index not in run]
    if rest and lowered[rest[0]] not in _AFTER_THING:
        return None  # more is said than the thing: "when did mum last move the car for me"
    if not 1 <= len(run) <= _MAX_THING_WORDS or lowered[run[-1]] in _MOVED_AS_A_HOME:
        return None
    if any(lowered[index] in _NOT_IN_THING for index in run[1:]) or lowered[run[0]] in PEOPLE:
        return None  # "… i lost half my stuff", "when did mum last move in": no thing
    if lowered[run[0]] in _NOT_IN_THING and len(run) == 1:
        return None
    return " ".join(words[index] for index in run)
