"""Read-only rules of the fast parser: find, contents, list_places, history, undo, help.

These may come from questions ("where is the drill?"); they change nothing, so a
loose match costs at most a wrong answer, never a wrong inventory.
"""

from __future__ import annotations

import re

from llm.actions import Action
from llm.fast.contents_patterns import CONTENTS_PATTERNS
from llm.fast.find_patterns import FIND_PATTERNS
from llm.fast.help_patterns import HELP, UNDO
from llm.fast.history_patterns import HISTORY_PATTERNS, RECENT, WHEN_LAST, when_last_moved
from llm.fast.household_words import FIRST_NAMES, PEOPLE
from llm.fast.items import split_phrases
from llm.fast.nested_places import nested_place
from llm.fast.people_named import DETERMINER, OCCASIONS
from llm.fast.phrases import (
    PLACE_PREPOSITION,
    KnownPlaces,
    Rule,
    build_action,
    clean_place,
    clean_query,
    first_rule_match,
    is_known_place,
    looks_like_place,
    name_words,
    plural_storage_query,
)
from llm.fast.topic_first import TOPIC_FIRST, TOPIC_LAST, topic_question
from llm.fast.verbs import is_verb_form, starts_clause
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    BARE_QUESTION_WORDS,
    CHAT_NOISE,
    CHAT_WORDS,
    DEGREE_WORDS,
    GENERIC_PLACE_WORDS,
    INTENSIFIERS,
    MOOD_WORDS,
    NAME_CAPITAL,
    NAME_LETTER,
    SERVICES,
    STATUS_WORDS,
    STORAGE_WORD_PATTERN,
    TIME_WORDS,
    WEATHER_WORDS,
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
    r"|(?:get|got|gotten|gone|wandered|run)\s+off\s+to|get\s+to"
    r"|for\s+the\s+new\s+(?:house|place|flat|home|apartment|office))$",
    _I,
)
_BEFORE_PREPOSITION = re.compile(
    r"\s+(?:in|into|inside|on|onto|under|at|to|from|out|off)(?:\s|$)", _I
)
_MODALS = frozenset({"can", "could", "should", "would", "will", "shall", "might", "must", "do"})
_MAX_BARE_WORDS = 4
_MAX_ASKED_WORDS = 8
# "any paper towels in the basement?", "still got tape in the van?" ("tape in the van?"
# alone may be a store to confirm: the LLM reads it)
_THING_IN_PLACE = re.compile(
    r"^(?:any|still\s+got(?:\s+any)?|got\s+any|some|any\s+more)\s+(?P<query>[\w' -]+?)"
    r"\s+(?:still\s+)?(?:in|on|inside|under|at)\s+(?:(?:the|my|our)\s+[\w' -]+|[a-z]+\s+\d+)"
    r"(?:\s+(?:still|left))?$",
    _I,
)
# What is left, in a place said with no article: "any multi finish left in lock-up?"
_LEFT_IN_BARE_PLACE = re.compile(
    r"^(?:any|still\s+got(?:\s+any)?|got\s+any)\s+(?P<query>[\w' -]+?)\s+left\s+(?:in|on|inside|at)"
    rf"\s+(?:[\w-]+\s+)?(?:{STORAGE_WORD_PATTERN})$",
    _I,
)
# What is asked to be left somewhere that is no thing kept: "any room left in freezer?"
_NOT_KEPT = frozenset({"room", "space", "more room", "more space", "spare room", "free space"})
# The bot itself, said after what is asked of it: "what have we got on here".
_ON_THE_BOT = re.compile(
    r"(?:(?<=changed)|(?<=got)|(?<=have))"
    r"\s+(?:on\s+(?:here|this\s+thing|this\s+app|this\s+bot|the\s+bot|this\s+chat|the\s+app)"
    r"|in\s+(?:the\s+system|the\s+app|this\s+app|the\s+bot))\b",
    _I,
)
_MAX_DEGREE_WORDS = 3
# What is asked of a bot that keeps no diary: "set an alarm", "book a taxi".
_ASKING_FOR = frozenset({
    "set", "schedule", "book", "start", "cancel", "order", "call", "text", "play", "send", "email",
})  # fmt: skip
_ASKED_OBJECT = frozenset({"a", "an", "the", "some", "my", "me", "us"})
_CHAT_NOISE = re.compile(CHAT_NOISE, _I)
# "very good", "so cool": a reply, not a thing.
MOOD_REPLIES = frozenset({"good", "nice", "funny", "cool", "true", "kind", "helpful", "well"})
_BARE_TAIL = re.compile(r"\s+(?:left|still|anywhere|around|at\s+all)$", re.IGNORECASE)
# "all of the", "any of those", "all 12 cartons of": how much, not what.
_ALL_OF = re.compile(
    r"^(?:(?:all|both)\s+(?:of\s+)?(?=(?:the|my|our)\s)|(?:any|some|all)\s+(?:more\s+)?(?:\d+\s+)?"
    r"(?:of\s+)?(?:(?:those|these|the|my|our)\s+)?(?=\S+\s))",
    re.IGNORECASE,
)
# "the big torch, the yellow one": one thing, said twice ("big yellow torch").
_THE_ONE = re.compile(r",\s*the\s+(?P<kind>[\w-]+(?:\s+[\w-]+)?)\s+one$", re.IGNORECASE)
# "bin 4 in the garage": the place, then the place it is in.
_AND = re.compile(r"\s+(?:and|&|n)\s+|\s*/\s*", _I)
_PARENT_HINT = re.compile(r"\s+(?:in|on|inside|at)\s+", _I)
# "the nearest tip", "the closest B&Q": a place out in the world.
_ELSEWHERE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:nearest|closest)\s|(?:a|the)\s+(?:good|best|better|safe)\s+(?:place"
    r"|spot|way)\b|(?:a\s+|the\s+)?(?:recipes?|ideas?|tips|advice|suggestions?|directions"
    r"|price|cost|address|phone\s+number)\s+(?:for|of|on|to)\b)",
    _I,
)
# "Sam", "Priya": a name alone, capitalised and without "the", is someone.
_SOMEONE_NAMED = re.compile(rf"[{NAME_CAPITAL}][{NAME_LETTER}]+")
# A topic asked about as "it" or "them" is a thing, even with a capital ("Hairdryer - where is it").
_POINTED_AT_A_THING = re.compile(r"\b(?:it|them|they|those)\b", _I)
# "any more bin bags", "some rice", "enough eggs", "the rest of the tiles", "the other
# brushes": how much or which, not what.
_SOME = re.compile(
    r"^\s*(?:(?:any|some)\s+more|any|some|more|enough|(?:the\s+)?(?:rest|last|remainder)\s+of"
    r"(?:\s+(?:the|my|our))?|the\s+other|(?:my|our)\s+other)\s+(?=\S+)",
    _I,
)
# "lost the remote again, (where is it)": the thing lost
_LOST = re.compile(
    r"^(?:(?:i've|ive|i|we've|we|i\s+have|we\s+have)\s+)?(?:lost|misplaced|mislaid|can't\s+find"
    r"|cant\s+find|cannot\s+find)\s+(?=(?:the|my|our)\s)|\s+again$"
    # "Aunty's asking for the brass lamps, where are they?": who wants it, said first
    r"|^(?:(?:my|our|the)\s+)?[\w'-]+(?:'s|\s+is|\s+was)\s+(?:asking|looking)\s+for\s+"
    r"(?=(?:the|my|our|his|her)\s)",
    _I,
)
# "my son says the albums (are in the loft?)": what someone said of the thing
_SAID = re.compile(
    r"^(?:(?:my|our|the)\s+)?[\w'-]+\s+(?:says|said|reckons|thinks|thought|told\s+(?:me|us))"
    r"(?:\s+that)?\s+",
    _I,
)
# "the blue cardigan that I wore yesterday": the thing, not what was done with it.
_WHICH_CLAUSE = re.compile(
    r"\s+(?:(?:that|which)\s+(?:i|we|you|he|she|they|(?:my|our)\s+\w+)\s+"
    r"|(?:i|we|ma|mum|mom|dad|nan|gran)\s+(?=(?:use|uses|used|got|bought|wore|wear|keep|had|made"
    r"|gave|need|needed|borrowed|found)\b))[\w' ]+$",
    _I,
)
_SOMEONE_PUT = re.compile(
    r"^(?:mom|mum|mam|dad|nan|gran|he|she|they)\s+(?:put|left|kept|stored|hid|stuck|moved)\s+"
    r"(?=(?:the|my|our|his|her)\s)",
    _I,
)
_SOMEONE_DOING = re.compile(
    r"(?:(?:the|my|our)\s+)?[\w-]+'s\s+(?:asking|coming|going|looking|waiting|wanting|needing"
    r"|leaving|visiting|staying|calling|shouting|moaning|here)\b",
    _I,
)
_ANOTHER_THING = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|n|&)\s+)(?=(?:the|my|our|a|an|some|any|your)\s)", _I
)

# "what places do you know about", "what places are there", "list all the boxes and bins"
_PLACE_KINDS = (
    r"(?:places|locations|storage\s+(?:places|spots|units|areas|locations)|spots|containers"
    r"|boxes|bins|shelves|drawers|cupboards|crates|rooms|areas|tubs|totes|sheds|stores"
    r"|storerooms|lockers|cabinets)"
)
# "where can I store things", "where do we keep stuff": the places there are.
_WHERE_THINGS_GO = re.compile(
    r"^where\s+(?:can|could|should|do|shall)\s+(?:i|we)\s+(?:store|keep|put)\s+(?:things|stuff"
    r"|my\s+(?:things|stuff)|our\s+(?:things|stuff)|everything)$"
    r"|^where\s+(?:can|could|should|do)\s+(?:things|stuff)\s+(?:go|live|be\s+kept)$",
    _I,
)
_PLACES = re.compile(
    r"^(?:(?:remind|tell|show)\s+me\s+)?(?:(?:what|which)(?:\s+are)?\s+|how\s+many\s+)?"
    r"(?:my\s+|all\s+(?:my\s+|the\s+)?|the\s+)?"
    rf"(?P<kinds>{_PLACE_KINDS}"
    rf"(?:\s*(?:,|and|&|or|\sn\s|/)\s*{_PLACE_KINDS})*)(?:\s+(?:an|and)\s+that)?"
    r"(?:\s+(?:(?:do\s+)?(?:you|u)\s+know(?:\s+about)?|are\s+there"
    # "how many storage spots are on this thing"
    r"|are\s+(?:there\s+)?(?:on|in)\s+(?:here|this(?:\s+(?:thing|bot|app))?|the\s+system)"
    # "how many boxes and shelves i have put in this bot"
    r"|(?:i|we)(?:'ve|\s+have)\s+(?:got|put(?:\s+in)?|added|set\s+up)"
    r"(?:\s+(?:on|in)\s+(?:here|this(?:\s+(?:thing|bot|app))?))?"
    # "how many boxes are we still keeping track of", "… have i got in this thing"
    r"|are\s+(?:we|you)\s+(?:still\s+)?(?:keeping\s+track\s+of|tracking)"
    # "how many storage spots have I actually told you about"
    r"|(?:have|did)\s+(?:i|we)\s+(?:actually\s+|already\s+|ever\s+)?(?:told|tell|given|give"
    r"|mentioned|mention)\s+(?:you|u)(?:\s+about)?"
    r"|(?:have|do)\s+(?:i|we)\s+(?:got|have)\s+(?:in|on)\s+(?:here|this(?:\s+thing)?|the\s+system)"
    r"|have\s+(?:i|we|you)\s+(?:got|set\s+up|saved|made|added)?|do\s+(?:i|we|you)\s+have"
    r"|did\s+(?:i|we)\s+(?:set\s+up|add|make)|(?:i|we)\s+have(?:\s+(?:set\s+up|got|registered"
    r"|made|added))?|have\s+(?:i|we)\s+(?:in|on)\s+(?:the\s+list|here|the\s+system|file))"
    r"(?:\s+(?:set\s+up|saved|on\s+file|recorded|registered|in\s+(?:here|the\s+system|the\s+list)"
    r"|on\s+(?:here|file|the\s+list)|so\s+far))?)?$",
    _I,
)
# "is box 14 empty", "is the green crate still full", "are the shelf bins emptied out"
_EMPTY = re.compile(
    r"^(?:(?:is|are)\s+(?P<place>.+?)\s+(?:still\s+)?(?:empty|full|emptied(?:\s+out)?"
    r"|cleared\s+out|unpacked)|(?:has|have)\s+(?P<near>.+?)\s+been\s+(?:emptied|cleared"
    r"|unpacked)(?:\s+out)?|how\s+(?:full|empty)\s+(?:is|are)\s+(?P<also>.+))$",
    _I,
)
_KEEPING_TAIL = re.compile(
    r"\s+(?:where|that|which)?\s*(?:i|we)\s+(?:keep|store|put|have)\s+(?:things|stuff"
    r"|my\s+(?:things"
    r"|stuff)|our\s+(?:things|stuff)|everything|it\s+all)(?:\s+in)?$"
    # "the storage locations we have set up", "the places you know about"
    r"|\s+(?:that\s+)?(?:i|we|you)(?:'ve|\s+have)?\s+(?:set\s+up|got|saved|registered|made|added"
    r"|put\s+in|know(?:\s+about)?|have)(?:\s+(?:so\s+far|on\s+here|in\s+here))?$",
    _I,
)
_AND_SO_ON = re.compile(
    r"\s+(?:and|an|&|n)\s+(?:stuff|things|that|so\s+on)$|\s+etc\.?$|\s*/\s*whatever$", _I
)
_SHOW = re.compile(
    r"^(?:show|list|display|view)(?:\s+me)?(?:\s+(?:all|every))?(?:\s+of)?(?:\s+(?P<what>.+))?$",
    _I,
)
_LIST_OF = re.compile(
    r"^(?:(?:give|get|send|show)\s+me\s+|(?:can|could|may|might)\s+i\s+(?:have|get|see)\s+"
    r"|(?:i'd|i\s+would|i)\s+(?:like|love|want)\s+)?(?:a|the)\s+list\s+of"
    r"(?:\s+(?:all|every))?\s+(?P<what>.+?)(?:\s+(?:(?:that\s+)?(?:i|we|you)(?:'ve|\s+have)?"
    r"\s+(?:told\s+you\s+about|got|saved|added|set\s+up|made|know(?:\s+about)?|keep\s+things"
    r"|keep\s+stuff|store\s+things|use)))?$",
    _I,
)
# "(a list of) what's in the freezer", "the things in the garage", "everything on shelf 2"
_WHAT_IS_IN = re.compile(
    r"^(?:what(?:'s|s|\s+is)|(?:all\s+)?(?:the\s+)?(?:things|stuff|items)|everything)"
    rf"(?:\s+(?:kept|stored))?\s+{PLACE_PREPOSITION}\s+(?P<place>.+)$",
    _I,
)
_WHAT_DO_I_HAVE = re.compile(
    r"^what\s+(?P<what>.+?)\s+(?:do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|are\s+there)$", _I
)
# "list everything", "show me everything", "what's in the inventory", "list all my stuff"
_EVERYTHING = re.compile(
    r"^(?:(?:list|show|display|see)(?:\s+me)?\s+(?:everything|all(?:\s+(?:my|our|the))?"
    r"\s+(?:stuff|things|items|belongings|inventory))(?:\s+(?:i|we)\s+(?:have|own|'ve\s+got))?"
    r"|what(?:'s|\s+is)\s+in\s+(?:the|my|our)\s+inventory|(?:give\s+me\s+)?an\s+overview"
    r"|what\s+do\s+(?:i|we)\s+(?:have|own)(?:\s+altogether)?|everything"
    r"|(?:give|show)\s+me\s+everything|(?:the\s+)?(?:full|whole|complete|entire)\s+(?:inventory|list)"
    r"|what\s+(?:do\s+you\s+know|have\s+(?:i|we)\s+told\s+you)\s+about"
    r"|what\s+(?:have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have)\s+(?:stored|stored\s+away|kept"
    r"|in\s+storage|put\s+away)(?:\s+altogether)?)$",
    _I,
)


def _place_of(match: re.Match[str]) -> str:
    """The place asked about ("what did I stash under the bed": "under the bed")."""
    return match["place"] or match.groupdict().get("near") or ""


def _query_of(match: re.Match[str]) -> str:
    """The thing asked about ("where I put the X": the X)."""
    return match["query"] or match.groupdict().get("query_put") or ""


# What is said of the thing sought after its name: what it comes with ("the ammo can w/ the
# docs"), whether any is left, where it goes ("where the jerseys go"); and a curse before it
# ("the bloody first aid kit"). "the spare key for the shed" is the name said.
_SOUGHT_TAIL = re.compile(
    r"\s+(?:w/\s.*|left(?:\s+for\s+.+)?|somewhere(?:\s+safe)?|housed|kept|go|goes|live|lives"
    r"|(?:stored|kept|put\s+away|packed\s+away)\s+(?:anywhere|somewhere)|anywhere"
    r"|belong|belongs|(?:got\s+)?to|went|gone|disappeared"
    # a word said at the end of a question: Singlish "ah", "sia", "istg" (swear to god)
    r"|ah|lah|leh|lor|sia|meh|ahlie|istg)$",
    _I,
)
# A verb said with "not", in no thing's name: "calculator isn't".
_NEGATED = re.compile(r"n't\b|\b(?:isnt|arent|wasnt|dont|doesnt)\b", _I)
_LEFT_OF = re.compile(r"^(?:any(?:thing)?|some)\s+left\s+of\s+", _I)
# The occasion the thing sought was for or came from, after its name: "the lace tablecloth for
# the Chen job", "the fairy lights from the flat party". What it is for stays in the name ("the
# spare key for the shed", "the pump for the bike").
_OCCASION_TAIL = re.compile(
    rf"(?<=\w)\s+(?:for|from)\s+{DETERMINER}(?:[\w'-]+\s+){{0,2}}(?:{OCCASIONS})$",
    _I,
)
_HOW_MANY_SAID = re.compile(r"\s+x\d+$", _I)
_CURSED = re.compile(
    r"(?:^|\b(?P<the>the|my|our)\s+)(?:bloody|blooming|flipping|flippin|freaking|frigging|friggin"
    r"|effing|damn|damned|darn|dang|blasted|stupid|bleeding)\s+",
    _I,
)

# "…, and where?", "… and if so where is it": where, asked after whether there is one.
_AND_WHERE = re.compile(
    r"\s*,?\s+(?:and|&|n)\s+(?:if\s+so\s*,?\s+)?where(?:\s+(?:is|are)\s+(?:it|they|them))?"
    r"(?:\s+(?:kept|stored))?$",
    _I,
)


def _find(query_text: str) -> list[Action] | None:
    """One find per thing asked about ("the drill and the saw" -> two finds)."""
    query_text = _SAID.sub("", _LOST.sub("", query_text))
    query_text = _SOMEONE_PUT.sub("", query_text)  # "any idea where mom put the rubber boots"
    query_text = _CURSED.sub(lambda m: f"{m['the'] or ''} ", _SOUGHT_TAIL.sub("", query_text))
    query_text = _LEFT_OF.sub("", query_text)  # "anything left of the tomato feed"
    query_text = _WHICH_CLAUSE.sub("", _LOCATED_TAIL.sub("", query_text))
    how_much = _SOME.match(query_text)  # "any Bordeaux left": a thing, not someone by name
    query_text = _SOME.sub("", _ALL_OF.sub("", query_text))
    one = _THE_ONE.search(query_text)
    if one:  # "the big torch, the yellow one" -> "the big yellow torch"
        *described, thing = query_text[: one.start()].split()
        query_text = " ".join([*described, one["kind"], thing])
    query_text = _OCCASION_TAIL.sub("", query_text)
    query_text = _HOW_MANY_SAID.sub("", query_text)  # "the camp chairs, all 4 of em"
    first, *others = _ANOTHER_THING.split(query_text)
    # "…, the carer's asking", "…, my cousin's coming up fri": who wants it, not a second thing
    others = [part for part in others if not _SOMEONE_DOING.match(part.strip())]
    # "…, the grandchildren come Friday": a clause after it, not a second thing
    others = [part for part in others if not _said_of_someone(part)]
    if len(others) == 1 and _SAID_AGAIN.search(query_text):
        others = []  # "my reading glasses, the spare pair": the same thing said again
    # "the dial indicator and mag base", "hammer + nails": two things ("tap and die set": one)
    parts = [piece for part in [first, *others] for piece in _things_asked(part)]
    queries = [clean_query(_sought(part)) for part in parts]
    if not queries or None in queries:
        return None
    if any(query and len(query.split()) == 1 and query.lower() in PEOPLE for query in queries):
        return None  # "where's my husband got to", "where is the baby"
    if set(query_text.lower().split()[:1]) & _MODALS:
        return None  # "where can things go": not a thing ("where's the can opener" is)
    if any(query and _NEGATED.search(query) for query in queries):
        return None  # "if the calculator isn't in drawer 2 then …": a clause, no thing
    if any(query and query.isdigit() for query in queries):
        return None  # "does the shop still have the 2 for 1"
    if any(query and query.split()[-1].lower() in ABSTRACT_NOUNS for query in queries):
        return None  # "where did the summer go", "where has the time gone"
    if _ELSEWHERE.match(query_text) or (
        _SOMEONE_NAMED.fullmatch(query_text.strip()) and not how_much
    ):
        return None  # "where's the nearest B&Q", "where is Sam": not a thing at home
    actions = [build_action(type="find", query=query) for query in queries]
    return None if None in actions else [action for action in actions if action]


def _things_asked(part: str) -> list[str]:
    """The things of one part of a find, split at "and" unless said as one ("salt and pepper")."""
    said = _PLUS_AND.sub(" and ", part)
    if not _AND_SAID.search(said) or "," in said:
        return [part]
    pieces = [piece.strip() for piece in split_phrases(said)]
    if not all(pieces) or any(clean_query(piece) is None for piece in pieces):
        return [part]  # "the photo of Jim and me": no thing after "and"
    return pieces


_PLUS_AND = re.compile(r"\s+(?:\+|&)\s+")
_AND_SAID = re.compile(r"\s(?:and|n)\s", _I)


def _sought(part: str) -> str:
    """The thing sought without what someone did after it, run on as why it is wanted.

    "the first aid kit jakes cut his knee", "the calpol mia's got a temperature".
    """
    words = _SOUGHT_TAIL.sub("", part.strip()).split()  # "the chip paper gone, the white rolls"
    for index in range(2, len(words) - 1):
        who = words[index].lower().removesuffix("'s").removesuffix("s")
        if (who in FIRST_NAMES or who in PEOPLE) and words[index + 1].lower() in _DOES:
            whose = words[index - 1].lower() in ("my", "our", "his", "her", "their", "the", "a")
            return " ".join(words[: index - 1 if whose else index])
    return " ".join(words)


# What someone does or needs, said after their name: "mia's got a temperature".
_DOES = frozenset({
    "got", "has", "needs", "wants", "cut", "fell", "asking", "moved", "took", "lost", "broke",
    "ate", "hurt", "used",
})  # fmt: skip


def _said_of_someone(part: str) -> bool:
    """True for "the grandchildren come Friday", "the loom's jammed": a clause, no thing."""
    words = part.lower().split()
    if len(words) > 2 and words[1].endswith("'s") and is_verb_form(words[2]):
        return True  # "the loom's jammed again" (not "the kid's bike")
    return len(words) > 2 and any(starts_clause(word) for word in words[2:])


# One thing said twice, with only a comma between: "my reading glasses, the spare pair",
# "my Wanderschuhe, the hiking boots" (two things are said with "and").
_SAID_AGAIN = re.compile(r"^[^,]+,\s*(?:the|my|our)\s[^,]+$", _I)


_WHOSE = re.compile(r"(?<=\w)'s$", _I)


def _history(query_text: str) -> list[Action] | None:
    """History of what is named before any place ("the drill in bin 4" -> "drill")."""
    thing, *place = _BEFORE_PREPOSITION.split(query_text, maxsplit=1)
    query = clean_query(_WHOSE.sub("", thing))  # "the drill's history": the drill
    if query and query.lower() in _ANY_THING and place:  # "took stock out of box 9": box 9
        query = clean_query(_FROM_PLACE.sub("", query_text[len(thing) :]))
    if not query or query.split()[0].lower() in _COMMAND_WORDS:
        return None
    if query.split()[-1].lower() in ABSTRACT_NOUNS:
        return None  # "what's going on with the weather"
    action = build_action(type="history", query=query)
    return [action] if action else None


def _contents(place_text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The contents of a place; "bin 4 in the garage" asks about the bin 4 in the garage.

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
        # "shelf 2 in the garage": said whole, the inventory finds the shelf in the garage
        place = clean_place(parts[0], known_places) and " ".join(name_words(place_text))
    if place is None and not plural_storage_query(parts[0]):
        place = nested_place(place_text, known_places)  # "the cupboard under the stairs"
    said = (place or "").lower().split()
    kept_elsewhere = " ".join(said) in _NEWS_AND_SCREENS or (
        bool(said) and said[-1] in _PAPERS_AND_FILES
    )
    if place and kept_elsewhere and not is_known_place(place, known_places):
        return None  # "what's in the news", "list the zip contents": nothing kept there
    action = build_action(type="contents", place=place) if place else None
    return [action] if action else None


# What is "in" or "on" something that keeps nothing of ours.
_NEWS_AND_SCREENS = frozenset({
    "news", "tv", "telly", "tele", "television", "radio", "paper", "papers", "cinema", "cinemas",
    "charts", "recipe", "calendar", "diary", "mind", "head", "netflix", "menu", "home",
})  # fmt: skip


# What has contents that are none of ours: "show home insurance contents", "list the zip
# contents".
_PAPERS_AND_FILES = frozenset({
    "insurance", "email", "emails", "message", "zip", "page", "statement", "will",
    "game", "minecraft", "wedding", "policy", "website",
})  # fmt: skip


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
    what = _AND_SO_ON.sub("", what) if what else what  # "our bins and stuff"
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


def _list_of(what: str, known_places: KnownPlaces) -> list[Action] | None:
    """The places for "a list of the boxes"; the contents for "a list of what's in the shed"."""
    inside = _WHAT_IS_IN.match(what)
    if inside:
        return _contents(inside["place"], known_places)
    return listing(what, known_places, explicit=False) or None


def _plural(noun: str) -> str:
    """The plural of a storage noun ("box" -> "boxes", "shelf" -> "shelves")."""
    if noun.endswith("f"):
        return f"{noun[:-1]}ves"
    return f"{noun}es" if noun.endswith(("x", "s", "ch", "sh")) else f"{noun}s"


def _show(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    if not match["what"] and not match.group(0).lower().startswith("list"):
        return None
    every = re.match(r"(?:show|list|display|view)(?:\s+me)?\s+every\s+(\w+)$", match.group(0), _I)
    if every:  # "show me every box": the boxes
        kind = plural_storage_query(_plural(every[1]))
        return [Action(type="list_places", query=kind)] if kind else None
    return listing(match["what"], known_places, explicit=False) or None


def _what_do_i_have(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    return listing(match["what"], known_places, explicit=False) or _find(match["what"])


def _empty(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """Contents for "is box 14 empty yet", "is the green crate still full"; a place only."""
    place = _place_of(match) or match["also"]
    if not looks_like_place(place, known_places):
        return None
    return _contents(place, known_places)


def _topic_first(match: re.Match[str], known_places: KnownPlaces) -> list[Action] | None:
    """A find for "firewood - where's the rest of it", contents for "rafters: what's up there"."""
    asked = topic_question(match)
    if asked is None:
        return None
    kind, topic = asked
    if kind == "contents":
        return _contents(topic, known_places)
    if (
        _SOMEONE_NAMED.fullmatch(topic.strip())
        and _POINTED_AT_A_THING.search(match["asked"])
        and topic.strip().lower() not in FIRST_NAMES
    ):
        topic = topic.lower()  # "Sandbags. Where are they": a thing said first, not a name
    return _find(topic)


_RULES: tuple[Rule, ...] = (
    (HELP, lambda _match, _known: [Action(type="help")]),
    (RECENT, lambda _match, _known: [Action(type="history")]),
    (_EVERYTHING, lambda _match, _known: [Action(type="list_places", query="everything")]),
    (UNDO, lambda _match, _known: [Action(type="undo")]),
    (TOPIC_FIRST, lambda match, known: _topic_first(match, known)),
    (TOPIC_LAST, lambda match, known: _topic_first(match, known)),
    (_EMPTY, _empty),
    *((pattern, lambda match, _known: _history(_query_of(match))) for pattern in HISTORY_PATTERNS),
    (WHEN_LAST, lambda match, _known: _history(when_last_moved(match["asked"]) or "")),
    *(
        (pattern, lambda match, known: _contents(_place_of(match), known))
        for pattern in CONTENTS_PATTERNS
    ),
    (_PLACES, lambda match, _known: [Action(type="list_places", query=_kind(match["kinds"]))]),
    (_WHERE_THINGS_GO, lambda _match, _known: [Action(type="list_places")]),
    (_LIST_OF, lambda match, known: _list_of(match["what"], known)),
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
    asked = first_rule_match(_RULES, text, known_places)
    head = _AND_WHERE.sub("", text)
    if asked is None and head != text:  # "do we still have the pasting table and if so where"
        return first_rule_match(_RULES, head, known_places)
    plain = _ON_THE_BOT.sub("", text) if re.match(r"what\b", text, _I) else text
    if asked is None and plain != text:  # "what's changed on here this week", "… on this thing"
        return first_rule_match(_RULES, plain, known_places)
    return asked


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


def asked_in_place(text: str) -> list[Action]:
    """A find for a thing asked about with where it may be: "any paper towels in the basement?".

    Args:
        text: the trimmed question, without its question mark.

    Returns:
        One find action for the thing, or an empty list for any other question.
    """
    asked = _THING_IN_PLACE.match(text) or _LEFT_IN_BARE_PLACE.match(text)
    if not asked or len(text.split()) > _MAX_ASKED_WORDS or starts_clause(text.split()[0]):
        return []  # "put the towels in the basement?": a request
    thing = asked["query"].lower().removesuffix(" left")
    if thing in SERVICES or thing in _NOT_KEPT or thing in ABSTRACT_NOUNS:
        return []  # "any signal in the basement?", "any room left in freezer?": no thing kept
    return _find(asked["query"]) or []


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
    if words[-1] in WEATHER_WORDS and (len(words) == 1 or words[-2] in INTENSIFIERS):
        return []  # "bloody hot (today)", "freezing": how it is, not a thing
    if looks_like_place(text, known_places, needs_number=True):
        return _contents(text, known_places) or []
    if words[0] == "just" or (words[0] in _ASKING_FOR and set(words[1:2]) <= _ASKED_OBJECT):
        return []  # "just testing"; "set an alarm for 7", "book a table": not a thing
    action = build_action(type="find", query=query)
    return [action] if action else []
