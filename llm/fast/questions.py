"""Read-only rules of the fast parser: find, contents, list_places, history, undo, help.

These may come from questions ("where is the drill?"); they change nothing, so a
loose match costs at most a wrong answer, never a wrong inventory.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.adjacent import ADJACENT
from llm.fast.find_patterns import FIND_PATTERNS, WHO
from llm.fast.household_words import PEOPLE
from llm.fast.nested_places import nested_place
from llm.fast.phrases import (
    PLACE_PREPOSITION,
    KnownPlaces,
    Rule,
    build_action,
    clean_place,
    clean_query,
    first_rule_match,
    looks_like_place,
    plural_storage_query,
)
from llm.fast.topic_first import TOPIC_FIRST, TOPIC_LAST, topic_question
from llm.fast.verbs import starts_clause
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    BARE_QUESTION_WORDS,
    CHAT_NOISE,
    CHAT_WORDS,
    DEGREE_WORDS,
    GENERIC_PLACE_WORDS,
    MOOD_WORDS,
    STATUS_WORDS,
    TIME_WORDS,
)

_I = re.IGNORECASE
# Words for whatever is there ("took stock out of box 9" asks about box 9).
_ANY_THING = frozenset({"stock", "stuff", "things", "anything", "something", "items", "everything"})
_FROM_PLACE = re.compile(r"^\s*(?:out\s+of|out|from|off|in|into|on|to)\s+", _I)
_COMMAND_WORDS = frozenset({"show", "see", "view", "check", "me"})
_LOCATED_TAIL = re.compile(
    r"\s+(?:after|before|since|during)\s+(?:the|our|my|last)\s+\w+(?:\s+\w+)?$"
    r"|\s+(?:kept|stored|located|hiding|at|now|left|anywhere|around|at\s+the\s+moment|gone"
    r"|got\s+to|gotten\s+to|disappeared\s+to|vanished\s+to|ended\s+up|somewhere"
    r"|for\s+the\s+new\s+(?:house|place|flat|home|apartment|office))$",
    _I,
)
_BEFORE_PREPOSITION = re.compile(
    r"\s+(?:in|into|inside|on|onto|under|at|to|from|out|off)(?:\s|$)", _I
)
_MAX_BARE_WORDS = 4
_MAX_DEGREE_WORDS = 3
# What is asked of a bot that keeps no diary: "set an alarm", "book a taxi".
_ASKING_FOR = frozenset({"set", "schedule", "book", "start", "cancel", "order", "call", "text"})
_CHAT_NOISE = re.compile(CHAT_NOISE, _I)
# "very good", "so cool": a reply, not a thing.
MOOD_REPLIES = frozenset({"good", "nice", "funny", "cool", "true", "kind", "helpful", "well"})
_BARE_TAIL = re.compile(r"\s+(?:left|still|anywhere|around|at\s+all)$", re.IGNORECASE)
# "all of the", "any of those", "all 12 cartons of": how much, not what.
_ALL_OF = re.compile(
    r"^(?:(?:all|both)\s+(?:of\s+)?(?=(?:the|my|our)\s)|(?:any|some|all)\s+(?:\d+\s+)?"
    r"(?:of\s+)?(?:(?:those|these|the|my|our)\s+)?(?=\S+\s))",
    re.IGNORECASE,
)
# "the big torch, the yellow one": one thing, said twice ("big yellow torch").
_THE_ONE = re.compile(r",\s*the\s+(?P<kind>[\w-]+(?:\s+[\w-]+)?)\s+one$", re.IGNORECASE)
# "bin 4 in the garage": the place, then the place it is in.
_AND = re.compile(r"\s+(?:and|&)\s+", _I)
_PARENT_HINT = re.compile(r"\s+(?:in|on|inside|at)\s+", _I)
# "the nearest tip", "the closest B&Q": a place out in the world.
_ELSEWHERE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:nearest|closest)\s|(?:a|the)\s+(?:good|best|better|safe)\s+(?:place"
    r"|spot|way)\b|(?:a\s+|the\s+)?(?:recipes?|ideas?|tips|advice|suggestions?|directions"
    r"|price|cost|address|phone\s+number)\s+(?:for|of|on|to)\b)",
    _I,
)
# "Sam", "Priya": a name alone, capitalised and without "the", is someone.
_SOMEONE_NAMED = re.compile(r"[A-Z][a-z]+")
# "any more bin bags", "some rice", "enough eggs", "the rest of the tiles", "the other
# brushes": how much or which, not what.
_SOME = re.compile(
    r"^\s*(?:(?:any|some)\s+more|any|some|more|enough|(?:the\s+)?(?:rest|last|remainder)\s+of"
    r"(?:\s+(?:the|my|our))?|the\s+other|(?:my|our)\s+other)\s+(?=\S+)",
    _I,
)
# "the blue cardigan that I wore yesterday": the thing, not what was done with it.
_WHICH_CLAUSE = re.compile(
    r"\s+(?:that|which)\s+(?:i|we|you|he|she|they|(?:my|our)\s+\w+)\s+[\w' ]+$", _I
)
_ANOTHER_THING = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the|my|our|a|an|some|any|your)\s)", _I
)

_HELP = re.compile(
    r"^(?:help(?:\s+me)?|commands|list\s+commands|show\s+commands|what\s+are\s+the\s+commands"
    r"|what\s+can\s+you\s+do|what\s+can\s+i\s+(?:say|do|ask|type)"
    r"|how\s+does\s+(?:this|it|this\s+bot|the\s+bot|this\s+thing)\s+work(?:\s+exactly)?"
    r"|how\s+(?:do|can|should)\s+i(?:\s+(?:even|actually|now|exactly))?\s+use\s+(?:this|it|you"
    r"|this\s+bot|the\s+bot|this\s+thing|this\s+app)"
    r"|(?:i'm|im|i\s+am)\s+not\s+sure\s+(?:what\s+to\s+(?:type|say|write|do)|how\s+(?:this|it)"
    r"\s+works)|what\s+(?:do|should|can)\s+i\s+(?:type|write)"
    r"|what\s+commands(?:\s+(?:are\s+there|do\s+you\s+(?:have|know|understand)|can\s+i\s+use))?"
    r"|(?:help|instructions|commands)(?:\s+(?:pls|please|plz))?(?:\s+(?:i'm|im|i\s+am)\s+(?:lost"
    r"|confused|stuck))?|(?:i'm|im|i\s+am)\s+(?:a\s+(?:bit|little)\s+|very\s+|so\s+|totally\s+)?"
    r"(?:lost|confused|stuck)"
    r"|what\s+(?:do|can)\s+you\s+(?:actually\s+|really\s+)?(?:do|understand)(?:\s+for\s+(?:me|us))?"
    r"|what\s+are\s+you\s+for|what(?:'s|\s+is)\s+this(?:\s+(?:thing|bot|app|for))?"
    r"|what\s+can\s+(?:this|the)\s+(?:bot|thing|app)\s+do"
    r"|(?:what|where)\s+do\s+i\s+(?:do|start)(?:\s+now)?|how\s+do\s+i\s+(?:start|get\s+started|begin)"
    r"|(?:(?:i'm|im|i\s+am)\s+new(?:\s+(?:here|to\s+this))?[,.!]*\s+)?how\s+do\s+i\s+use\s+(?:it|this|you)"
    r"|i\s+(?:don't|dont|do\s+not)\s+know\s+how\s+(?:to\s+use\s+(?:this|it|you)|(?:this|it)\s+works)"
    r"|(?:can\s+you\s+)?explain\s+how\s+(?:this|it|you)\s+works?"
    r"|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:tell\s+you|let\s+you\s+know)\s+.+"
    r"|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:record|log|note|add|save)\s+that\s+.+"
    # "how do I add stuff", "remind me how to log a sale", "how can we record a loan"
    r"|(?:(?:remind|tell|show)\s+me\s+)?how\s+(?:(?:do|can|should|would)\s+(?:i|we|you)"
    r"(?:\s+go\s+about)?|to)"
    r"\s+(?:add|log|record|enter|save|track|note\s+down|register|remove|delete|rename|undo"
    r"|lend|move|list|add\s+in)(?:\s+(?:a|an|some|new|my|the|a\s+new))?"
    r"(?:\s+(?:stuff|things?|items?|sales?|loans?|places?|locations?|boxes|box|bins?|shelf"
    r"|shelves|entry|entries|changes?|moves?|something|anything|it|that|them))?)$",
    _I,
)
# "undo", "scratch that last one", "revert what you just did", "oops wrong bin, undo",
# "please undo the last entry, wrong box": a mistake said around it changes nothing.
_MISTAKE = (
    r"(?:no\s+wait|wait|oops|whoops|sorry|nvm|never\s*mind|my\s+bad|mistake|typo|please|pls"
    r"|wrong\s+(?:bin|box|place|one|item|thing|shelf|drawer|room|spot|name)"
    r"|i\s+typed\s+it(?:\s+all)?\s+wrong|that\s+was\s+wrong|that's\s+wrong|thats\s+wrong)"
)
_UNDO = re.compile(
    rf"^(?:{_MISTAKE}[,.!]*\s+)*(?:undo|revert|scratch|scrap|cancel|take\s+back|reverse)"
    r"(?:\s+(?:that|this|it|last|the\s+last|my\s+last|that\s+last)"
    r"(?:\s+(?:one|change|action|thing|message|step|entry|edit|update))?"
    r"|\s+what\s+(?:you|i)\s+(?:just\s+)?(?:did|done|said|wrote|typed)"
    r"|\s+the\s+last\s+thing\s+(?:you|i)\s+(?:did|said|wrote|typed))?"
    rf"(?:[,.!]*\s+{_MISTAKE})*$",
    _I,
)
# How things sit in a place: "what's packed in box 3", "what's sitting on the seeds shelf".
_LYING = (
    r"stored|kept|left|there|up|down|out|over|back|packed|stashed|hidden|sitting|sat|lying"
    r"|living|put|tucked|piled|stacked|hanging|boxed|filed|squirrell?ed\s+away|stuffed"
    r"|shoved|crammed|actually|really|even|exactly|(?:up|down|in|out|back)\s+there|(?:still|currently)(?:\s+(?:stored|kept))?"
)
# "what did I stash under the table", "what have we packed in box 3"
_PUTTING = (
    r"got|have|keep|kept|put|store|stored|stash|stashed|pack|packed|hide|hid|hidden|leave|left"
    r"|tuck|tucked|stick|stuck|shove|shoved|stuff|stuffed|place|placed|file|filed|pop|popped"
)
_CONTENTS = (
    # "what's under the bed": the space under it is the place
    re.compile(
        rf"^(?:what|wat)(?:'s|s|\s+is|\s+are)\s+(?P<place>{ADJACENT}\s+.+)$",
        _I,
    ),
    # "what's in bin 4", "whats inside bin 4", "what is stored in the attic box", "waht's in"
    re.compile(
        r"^(?:what|waht|wat|whta|wht|hwat)(?:\s+(?:all|else))?(?:'s|s|\s+is|\s+are|\s+was|\s+were)?"
        rf"(?:\s+(?:{_LYING})){{0,2}}"
        rf"\s+(?:{PLACE_PREPOSITION}|inside\s+of)\s+(?P<place>.+)$",
        _I,
    ),
    # "what do I have in the garage", "what have we got on shelf B", "what did I put in bin 4"
    re.compile(
        r"^what(?:\s+(?:stuff|things|items|else))?\s+(?:do|did|have)\s+(?:i|we)"
        rf"(?:\s+(?:{_PUTTING}|left|still)){{0,2}}"
        rf"\s+(?:(?P<near>{ADJACENT}\s+.+)|{PLACE_PREPOSITION}\s+(?P<place>.+))$",
        _I,
    ),
    # "what does bin 4 contain", "what does bin 4 have in it"
    re.compile(r"^what\s+does\s+(?P<place>.+?)\s+(?:contain|hold|have\s+in\s+it)$", _I),
    # "show me what's in bin 4", "tell me what is in the shed"
    re.compile(
        r"^(?:show|list|tell)(?:\s+me)?\s+what(?:'s|s|\s+is)\s+"
        rf"{PLACE_PREPOSITION}\s+(?P<place>.+)$",
        _I,
    ),
    # "contents of bin 4", "show me the contents of the shed", "inventory of bin 4"
    re.compile(
        r"^(?:(?:show|list|display|view|see|check)(?:\s+me)?\s+)?(?:the\s+)?"
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
    # "bin 4 contents"
    re.compile(r"^(?P<place>.+?)\s+(?:contents|inventory)$", _I),
    # "anything in drawer 2", "list everything in the loft", "what's under the bed"
    re.compile(
        r"^(?:(?:show|list|tell)(?:\s+me)?\s+)?(?:is\s+there\s+|is\s+)?(?:anything|everything"
        r"|(?:all\s+)?(?:the\s+)?(?:stuff|things|items))"
        rf"(?:\s+(?:else|still|stored|kept))?\s+(?:{PLACE_PREPOSITION})\s+(?P<place>.+)$",
        _I,
    ),
)
# "what places do you know about", "what places are there", "list all the boxes and bins"
_PLACE_KINDS = (
    r"(?:places|locations|storage\s+(?:places|spots|units|areas|locations)|spots|containers"
    r"|boxes|bins|shelves|drawers|cupboards|crates)"
)
# "where can I store things", "where do we keep stuff": the places there are.
_WHERE_THINGS_GO = re.compile(
    r"^where\s+(?:can|could|should|do|shall)\s+(?:i|we)\s+(?:store|keep|put)\s+(?:things|stuff"
    r"|my\s+(?:things|stuff)|our\s+(?:things|stuff)|everything)$",
    _I,
)
_PLACES = re.compile(
    rf"^(?:(?:what|which)\s+)?(?:my\s+|all\s+(?:my\s+|the\s+)?|the\s+)?(?P<kinds>{_PLACE_KINDS}"
    rf"(?:\s*(?:,|and|&|or)\s*{_PLACE_KINDS})*)(?:\s+(?:do\s+you\s+know(?:\s+about)?|are\s+there"
    r"|have\s+(?:i|we|you)\s+(?:got|set\s+up|saved|made|added)|do\s+(?:i|we|you)\s+have"
    r"|did\s+(?:i|we)\s+(?:set\s+up|add|make))(?:\s+(?:set\s+up|saved|on\s+file|recorded"
    r"|in\s+(?:here|the\s+system)|so\s+far))?)?$",
    _I,
)
# "is box 14 empty", "is the green crate still full", "are the shelf bins emptied out"
_EMPTY = re.compile(
    r"^(?:is|are)\s+(?P<place>.+?)\s+(?:still\s+)?(?:empty|full|emptied(?:\s+out)?"
    r"|cleared\s+out|unpacked)$",
    _I,
)
_KEEPING_TAIL = re.compile(
    r"\s+(?:where|that|which)?\s*(?:i|we)\s+(?:keep|store|put|have)\s+(?:things|stuff|my\s+(?:things"
    r"|stuff)|our\s+(?:things|stuff)|everything|it\s+all)(?:\s+in)?$",
    _I,
)
_SHOW = re.compile(
    r"^(?:show|list|display|view)(?:\s+me)?(?:\s+(?:all|every))?(?:\s+of)?(?:\s+(?P<what>.+))?$",
    _I,
)
_LIST_OF = re.compile(
    r"^(?:(?:give|get|send|show)\s+me\s+|can\s+i\s+(?:have|get|see)\s+)?(?:a|the)\s+list\s+of"
    r"(?:\s+(?:all|every))?\s+(?P<what>.+?)(?:\s+(?:(?:that\s+)?(?:i|we|you)(?:'ve|\s+have)?"
    r"\s+(?:told\s+you\s+about|got|saved|added|set\s+up|made|know(?:\s+about)?)))?$",
    _I,
)
_WHAT_DO_I_HAVE = re.compile(
    r"^what\s+(?P<what>.+?)\s+(?:do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|are\s+there)$", _I
)
# "recent changes", "what changed today", "what did we change this week", "latest activity"
_RECENT = re.compile(
    r"^(?:(?:show|list|see)(?:\s+me)?\s+)?(?:the\s+)?(?:recent|latest|last)\s+(?:changes|activity"
    r"|updates|history)(?:\s+(?:please|pls))?$"
    r"|^(?:(?:show|see)(?:\s+me)?\s+)?(?:the\s+)?(?:log|activity\s+log|change\s+log|changelog)$"
    r"|^what(?:'s|s|\s+has|\s+have)\s+been\s+(?:thrown\s+(?:out|away)|binned|tossed|discarded"
    r"|donated|given\s+away|sold|used\s+up|added|put\s+away)$|^what(?:'s|s)\s+the\s+latest$"
    r"|^(?:what(?:'s|s|\s+has|\s+have)?|(?:has\s+|did\s+)?anything)\s+(?:been\s+)?(?:changed|happened"
    r"|happen|change|new|moved(?:\s+(?:around|about))?)(?:\s+(?:today|lately|recently|this\s+week|yesterday))?"
    r"(?:\s+(?:in|at|on)\s+(?:the|my|our)\s+[\w' -]+)?$"
    r"|^what\s+(?:did|have)\s+(?:i|we|you|anyone|someone|people)\s+(?:change|changed|do|done"
    r"|move|moved)\s+(?:today|lately|recently|this\s+week|yesterday)$"
    r"|^what\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:put\s+away|added|moved|stored"
    r"|taken\s+out|thrown\s+(?:out|away)|used(?:\s+up)?|changed)$"
    r"|^when\s+did\s+(?:i|we|you|anyone)\s+last\s+(?:move|change|add|update|store)\s+(?:anything"
    r"|something)$"
    r"|^what\s+(?:did|have)\s+(?:i|we|you|anyone|someone|people)\s+(?:change|changed|move"
    r"|moved|add|added|store|stored|put\s+away|throw\s+(?:out|away)|thrown\s+(?:out|away)|get\s+rid\s+of|got\s+rid\s+of|bin"
    r"|binned|toss|tossed|chuck|chucked|discard|discarded|donate|donated|give\s+away"
    r"|given\s+away|sell|sold|use\s+up|used\s+up)$|^what\s+changes\s+(?:did|have)\s+(?:i|we|you)\s+(?:make|made)$"
    r"|^(?:what\s+)?changes\s+(?:today|this\s+week|lately|recently)$|^history$",
    _I,
)
# "list everything", "show me everything", "what's in the inventory", "list all my stuff"
_EVERYTHING = re.compile(
    r"^(?:(?:list|show|display|see)(?:\s+me)?\s+(?:everything|all(?:\s+(?:my|our|the))?"
    r"\s+(?:stuff|things|items|belongings|inventory))(?:\s+(?:i|we)\s+(?:have|own|'ve\s+got))?"
    r"|what(?:'s|\s+is)\s+in\s+(?:the|my|our)\s+inventory|(?:give\s+me\s+)?an\s+overview"
    r"|what\s+do\s+(?:i|we)\s+(?:have|own)(?:\s+altogether)?|everything"
    r"|what\s+(?:have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have)\s+(?:stored|stored\s+away|kept"
    r"|in\s+storage|put\s+away)(?:\s+altogether)?)$",
    _I,
)
_SOMEONE = r"(?:(?!(?:the|a|an|my|our|your|his|her|their|i|we|you|it)\b)[a-z][\w'-]*)"
_HISTORY = (
    # "when did the stroller last move", "when did the tent last go out"
    re.compile(
        r"^when\s+did\s+(?P<query>(?:the|my|our)\s+.+?)\s+last\s+(?:move|get\s+\w+|go\s+\w+"
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
    # "when did Sam borrow the strimmer", "how long has Dave had the ladder"
    re.compile(
        rf"^when\s+did\s+{_SOMEONE}\s+(?:last\s+)?(?:borrow|take|return|have|use|move|bring\s+back"
        r"|give\s+back)\s+(?P<query>.+)$",
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
    # "when did I last move the drill", "when did we put the drill in bin 4"
    re.compile(
        rf"^when\s+(?:did|have)\s+{WHO}\s+(?:last\s+)?(?:(?:get|got)\s+rid\s+of|[a-z]+(?:\s+(?:out"
        r"|away|up|back))?)"
        r"\s+(?P<query>.+?)(?:\s+last)?$",
        _I,
    ),
    # "when was the drill last moved", "when was the last time I used the glue"
    re.compile(r"^when\s+was\s+(?P<query>.+?)\s+last\s+[a-z]+(?:\s+(?:out|away|up))?$", _I),
    re.compile(
        rf"^when\s+was\s+the\s+last\s+time\s+{WHO}\s+[a-z]+(?:\s+(?:out|away|up))?"
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
    # "what happened to the old kettle", "where has the drill been"
    re.compile(r"^what(?:'s|\s+has)?\s+happened\s+(?:to|with)\s+(?P<query>.+)$", _I),
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


def _place_of(match: re.Match[str]) -> str:
    """The place asked about ("what did I stash under the bed": "under the bed")."""
    return match["place"] or match.groupdict().get("near") or ""


def _query_of(match: re.Match[str]) -> str:
    """The thing asked about ("where I put the X": the X)."""
    return match["query"] or match.groupdict().get("query_put") or ""


def _find(query_text: str) -> list[Action] | None:
    """One find per thing asked about ("the drill and the saw" -> two finds)."""
    query_text = _WHICH_CLAUSE.sub("", _LOCATED_TAIL.sub("", query_text))
    query_text = _SOME.sub("", _ALL_OF.sub("", query_text))
    one = _THE_ONE.search(query_text)
    if one:  # "the big torch, the yellow one" -> "the big yellow torch"
        *described, thing = query_text[: one.start()].split()
        query_text = " ".join([*described, one["kind"], thing])
    queries = [clean_query(part) for part in _ANOTHER_THING.split(query_text)]
    if not queries or None in queries:
        return None
    if any(query and len(query.split()) == 1 and query.lower() in PEOPLE for query in queries):
        return None  # "where's my husband got to", "where is the baby"
    if any(query and query.isdigit() for query in queries):
        return None  # "does the shop still have the 2 for 1"
    if any(query and query.split()[-1].lower() in ABSTRACT_NOUNS for query in queries):
        return None  # "where did the summer go", "where has the time gone"
    if _ELSEWHERE.match(query_text) or _SOMEONE_NAMED.fullmatch(query_text.strip()):
        return None  # "where's the nearest B&Q", "where is Sam": not a thing at home
    actions = [build_action(type="find", query=query) for query in queries]
    return None if None in actions else [action for action in actions if action]


def _history(query_text: str) -> list[Action] | None:
    """History of what is named before any place ("the drill in bin 4" -> "drill")."""
    thing, *place = _BEFORE_PREPOSITION.split(query_text, maxsplit=1)
    query = clean_query(thing)
    if query and query.lower() in _ANY_THING and place:  # "took stock out of box 9": box 9
        query = clean_query(_FROM_PLACE.sub("", query_text[len(thing) :]))
    if not query or query.split()[0].lower() in _COMMAND_WORDS:
        return None
    action = build_action(type="history", query=query)
    return [action] if action else None


def _contents(place_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The contents of a place; "bin 4 in the garage" asks about bin 4 (the garage is a hint).

    "box 3 and box 5" asks about both.
    """
    both = _AND.split(place_text)
    if len(both) == 2 and all(
        looks_like_place(part, known_places, needs_number=True) for part in both
    ):
        places = [clean_place(part, known_places) for part in both]
        built = [build_action(type="contents", place=place) for place in places if place]
        actions = [action for action in built if action]
        return actions if len(actions) == len(both) else None
    place = clean_place(place_text, known_places)
    parts = _PARENT_HINT.split(place_text, maxsplit=1)
    if (
        place is None
        and len(parts) == 2
        and clean_place(parts[1], known_places)
        and looks_like_place(parts[0], known_places, needs_number=True)
    ):
        place = clean_place(parts[0], known_places)
    if place is None and not plural_storage_query(parts[0]):
        place = nested_place(place_text, known_places)  # "the cupboard under the stairs"
    action = build_action(type="contents", place=place) if place else None
    return [action] if action else None


def listing(what: str | None, known_places: KnownPlaces, *, explicit: bool) -> list[Action]:
    """What "list X" / "show X" asks for: all places, places of a kind, or one place's contents.

    Args:
        what: the words after the verb ("my bins", "bin 4"), or None for nothing.
        known_places: the household's place names.
        explicit: True for the "/list" command, which lists contents of any place named.

    Returns:
        The actions, or an empty list when `what` is neither places nor a place.
    """
    what = _KEEPING_TAIL.sub("", what) if what else what  # "the places where I keep things"
    if not what or (clean_query(what) or "").lower() in GENERIC_PLACE_WORDS:
        return [Action(type="list_places")]
    kinds = [plural_storage_query(part) for part in _AND.split(what)]
    if len(kinds) > 1 and all(kinds):  # "the boxes and bins"
        return [Action(type="list_places")]
    kind = plural_storage_query(what)
    if kind:
        return [Action(type="list_places", query=kind)]
    if explicit or looks_like_place(what, known_places):
        return _contents(what, known_places) or []
    return []


def _kind(kinds: str) -> str | None:
    """The one kind of place asked about ("bins"), or None for places of any kind."""
    return None if _AND.search(kinds) or "," in kinds else plural_storage_query(kinds)


def _show(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    if not match["what"] and not match.group(0).lower().startswith("list"):
        return None
    return listing(match["what"], known_places, explicit=False) or None


def _what_do_i_have(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return listing(match["what"], known_places, explicit=False) or _find(match["what"])


def _empty(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Contents for "is box 14 empty yet", "is the green crate still full"; a place only."""
    if not looks_like_place(match["place"], known_places):
        return None
    return _contents(match["place"], known_places)


def _topic_first(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A find for "firewood - where's the rest of it", contents for "rafters: what's up there"."""
    asked = topic_question(match)
    if asked is None:
        return None
    kind, topic = asked
    return _find(topic) if kind == "find" else _contents(topic, known_places)


_RULES: tuple[Rule, ...] = (
    (_HELP, lambda _match, _known: [Action(type="help")]),
    (_RECENT, lambda _match, _known: [Action(type="history")]),
    (_EVERYTHING, lambda _match, _known: [Action(type="list_places", query="everything")]),
    (_UNDO, lambda _match, _known: [Action(type="undo")]),
    (TOPIC_FIRST, lambda match, known: _topic_first(match, known)),
    (TOPIC_LAST, lambda match, known: _topic_first(match, known)),
    (_EMPTY, _empty),
    *((pattern, lambda match, _known: _history(_query_of(match))) for pattern in _HISTORY),
    *(
        (
            pattern,
            lambda match, known: _contents(match["place"] or match.groupdict().get("near"), known),
        )
        for pattern in _CONTENTS
    ),
    (_PLACES, lambda match, _known: [Action(type="list_places", query=_kind(match["kinds"]))]),
    (_WHERE_THINGS_GO, lambda _match, _known: [Action(type="list_places")]),
    (_LIST_OF, lambda match, known: listing(match["what"], known, explicit=False) or None),
    (_WHAT_DO_I_HAVE, _what_do_i_have),
    (_SHOW, _show),
    *((pattern, lambda match, _known: _find(_query_of(match))) for pattern in FIND_PATTERNS),
)


def parse_question(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The read-only actions a message asks for, or None when no read-only rule fits.

    Args:
        text: the trimmed message.
        known_places: the household's place names.

    Returns:
        The actions of the first rule that matches and yields valid actions, else None.
    """
    return first_rule_match(_RULES, text, known_places)


def find_actions(query_text: str) -> list[Action]:
    """The find actions of a "/where" or "/find" command argument (empty when unclear)."""
    return _find(query_text) or []


def history_actions(query_text: str) -> list[Action]:
    """The history action of a "/history" command argument (empty when unclear)."""
    return _history(query_text) or []


def _is_chat(words: list[str]) -> bool:
    """True for chat, not a thing: "nah", "lmaooo", "asdfghjk", "quiet day", "very good"."""
    if " ".join(words) in CHAT_WORDS or (len(words) == 1 and _CHAT_NOISE.fullmatch(words[0])):
        return True
    said = [word for word in words if not word.isdigit()]  # "testing 123", "test 1 2 3"
    if said and said != words and " ".join(said) in CHAT_WORDS:
        return True
    if len(words) > 1 and words[0] == words[1]:  # "testing testing", "hello hello"
        return words[0] in CHAT_WORDS or words[0].endswith("ing") or starts_clause(words[0])
    return words[0] in MOOD_WORDS and (len(words) == 1 or words[-1] in TIME_WORDS | MOOD_REPLIES)


def bare_find(text: str, known_places: KnownPlaces = ()) -> list[Action]:
    """A find for a thing asked about by name alone: "drill?", "any batteries?".

    A numbered place alone ("box 4?") asks what is in it.

    Args:
        text: the trimmed question, without its question mark.
        known_places: the household's place names.

    Returns:
        One find action, or an empty list when the words are not plainly a thing
        ("really?", "and the saw?", "you there?").
    """
    text = _BARE_TAIL.sub("", text)  # "any batteries left?"
    words = text.lower().split()
    if not words or len(words) > _MAX_BARE_WORDS or words[0] in BARE_QUESTION_WORDS:
        return []
    if _is_chat(words):
        return []
    query = clean_query(_SOME.sub("", text))
    if query is None or query.lower() in BARE_QUESTION_WORDS or "and" in query.lower().split():
        return []
    if "," in query or query.split()[-1].lower() in ABSTRACT_NOUNS:
        return []  # "milk, eggs, bread": a list; "spent all day": no thing
    if _ELSEWHERE.match(text) or any(word in STATUS_WORDS for word in words[1:]):
        return []  # "recipe for banana bread", "rent due friday", "invoice 2231 paid"
    if words[0] in DEGREE_WORDS and len(words) <= _MAX_DEGREE_WORDS:
        return []  # "bit nippy", "kinda tired": how something is
    if looks_like_place(text, known_places, needs_number=True):
        return _contents(text, known_places) or []
    if words[0] == "just" or (words[0] in _ASKING_FOR and words[1:2] in (["a"], ["an"], ["the"])):
        return []  # "just testing"; "set an alarm for 7", "book a table": not a thing
    action = build_action(type="find", query=query)
    return [action] if action else []
