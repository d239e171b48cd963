"""Asides around a statement: why, what for, when, and remarks that change nothing in it.

People rarely stop at the fact: "used 2 eggs for pancakes", "took the old paint tins to
the tip this morning, they'd all gone solid anyway", "sold 20 tote bags at the fair",
"Colin brought the hedge trimmer back at last, bless him". The parser reads the fact
alone when the rest of the message is plainly an aside: a trailing remark after a comma
or a dash, a purpose ("for the market stall"), an occasion ("at the fair", "after doing
the shelves") or a time ("this morning"), or a lead-in clause before "and" ("had a tidy
of the dining room and the photo frames have gone into the sideboard").

An aside that could change the fact is never dropped: a hedge ("I think", "probably"),
a correction ("no wait", "actually", "wrong box"), a condition ("if", "unless"), a
question, or "not". Those messages stay unread (the model, or a question back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from llm.actions import Action
from llm.fast.certainty import only_reads
from llm.fast.text import NOT_A_TITLE, NOT_AFTER_ARTICLE, trim
from llm.fast.verb_forms import VERB_FORMS
from llm.fast.verbs import is_verb_form, starts_clause, verb_pattern
from llm.fast.vocabulary import DOING_THERE, MAX_FIND_WORDS, MAX_SPLIT_CHARS

_I = re.IGNORECASE
MAX_ASIDES = 2
# What may not be dropped: it may undo, doubt or condition the fact.
_CHANGES_THE_FACT = re.compile(
    r"[?]|\b(?:not|no|nope|nah|never|wait|actually|oops|whoops|sorry(?!\s+to\s+say)|undo|scratch|cancel"
    r"|wrong|mistake|meant|instead|rather|correction|typo|if|unless|whether|or|either"
    r"|think|thought|guess|maybe|perhaps|probably|possibly|apparently|supposedly|allegedly"
    r"|hopefully|hope|believe|reckon|assume|sure|unsure|doubt|kidding|joking|jk|lie|lying"
    r"|pretend|imagine|dream|dreamt|dreamed|wish|would|should|could|might|must|supposed"
    r"|planning|plan|going\s+to(?!\s+(?:the|a|an|my|our|his|her|their)\s)|gonna|gonnae|gunna|finna|(?<!\bfor\s)tomorrow|later|soon|next\s+week"
    r"|yet"
    # someone else's word, or how things were: "…, Tom says", "…, years ago", "…, as if"
    r"|says|said|(?<!sorry\sto\s)say|claims?|claimed|told|tells|according|heard|rumou?r|as\s+if|yeah\s+right"
    r"|used\s+to|anymore|any\s+more|ago|back\s+then|once|ever|until|last\s+year"
    rf"|{NOT_AFTER_ARTICLE}till"  # "till" as "until": not "the till"
    r"|usually|normally|sometimes|always|mostly|wants?|wanted|asked|asks"
    # a time or a reason that makes it a request or a plan: "…, when you get home"
    r"|when|whenever|then|but|though|although|in\s+case|otherwise|else"
    r"|you|your|u|ur|please|pls|plz"
    # a tag question or a duty: "…, isn't it", "…, innit", "…, I need to move it"
    r"|innit|right|eh|yeah|need|needs|have\s+to|has\s+to|got\s+to|gotta|wanna|ought"
    # an exception to the fact: "…, kept the usb-c one", "…, except the blue one"
    r"|except|apart|besides|other\s+than|only|just\s+the)\b"
    r"|^\s*\w+n't\s+(?:it|they|i|we|he|she|you|there)\s*$|'ll\b"
    # "they'd all gone solid" is "had"; "I'd put it in the shed" is "would"
    r"|'d\b(?!\s+(?:all\s+|already\s+|just\s+|both\s+)?(?:been|gone|had|got|\w+ed)\b)",
    _I,
)
# Remarks beside a change that neither doubt nor redirect it, taken out of a clause left
# out before it is checked: a place it is not ("…, not the shed"), why ("…, no room left",
# "…, we never use it"), how it went ("…, no damage", "…, not a scratch"), a word to the
# household ("…, do NOT move them Dan", "…, dont ask"), a hope or a note to buy more ("…,
# hope that's alright", "…, must remember to make more"). "never mind", "no wait", "not
# sure", "don't touch" still leave it unsure.
_REMARK = re.compile(
    # where it is no longer: "…, not in the cwt anymore", "…, no longer under the bed"
    r"\b(?:not|no\s+longer)\s+(?:in|on|under|at|inside|behind)\s+[\w' -]{1,40}?"
    r"(?:\s+any\s*more)?\s*$"
    r"|\bnot\s+(?=(?:the|my|our|in|on|at|even|happy|bad|a\s+(?:scratch|bother|mark|dent))\b)"
    r"|\bno\s+(?=(?:room|space|damage|loss|need|longer|more|rush|worries|problem|probs|bother"
    r"|harm)\b)"
    r"|\bnever\b(?!\s+mind)|\bhope\b|\bdo\s+not\b|\bdon'?t\s+(?=(?:ask|judge|laugh)\b)"
    # why it went: "…, Theo don't use it anymore", "…, she doesn't need them any more"
    r"|\b(?:don'?t|doesn'?t|dont|doesnt|won'?t|wont)\s+(?:use|need|want|wear|fit|play\s+with)"
    r"\s+(?:it|them|that|those|these|this)(?:\s+any\s*more)?"
    # "…, we wont need those till spring"
    r"(?:\s+(?:till|til|until)\s+(?:spring|summer|autumn|fall|winter|next\s+\w+|the\s+\w+))?\b"
    r"|\b(?:nobody|he|she|they|we|i|kids)\s+could\b"
    # how it came back: "…, bit of rust on it but otherwise fine"
    r"|\b(?:but\s+)?otherwise\s+(?:fine|ok|okay|good|grand|alright|all\s+good|intact"
    r"|in\s+one\s+piece|perfect|spotless|clean)\b"
    # why it went: "…, no one's touched it in 10 years", "…, nobody wears them"
    r"|\b(?:no\s*one|nobody)(?:'s|\s+has|\s+had)?\s+(?:touched|used|worn|wanted|needed|opened"
    r"|uses|wants|wears|needs|opens)\s+(?:it|them|that|those)\b"
    r"|\b(?:just\s+)?(?:so\s+|to\s+)?(?:let\s+)?(?:you|u)\s+know\b|\bas\s+(?:you|u)\s+go\s+in\b"
    r"|\b(?:i\s+)?(?:must|'ll\s+need\s+to|need\s+to|have\s+to|will)\s+(?:remember\s+to\s+)?"
    r"(?:buy|get|order|make|bring)\s+(?:some\s+)?more\b",
    _I,
)
# Another change said in the aside is never dropped ("…, lent the saw to Dave"), unless
# it is denied ("…, didn't sell").
_CHANGE_VERBS = (
    "put", "store", "stash", "pop", "stick", "shove", "stuff", "stow", "chuck", "toss", "throw",
    "dump", "move", "shift", "relocate", "transfer", "swap", "lend", "borrow", "return", "give",
    "take", "use", "bin", "sell", "donate", "scrap", "bring", "rename", "drop", "pack", "file",
    "keep", "save", "leave",
)  # fmt: skip
# Verbs that say nothing changed, whatever their form ("is", "do", "want", "see").
_NOT_CHANGES = frozenset({
    "be", "do", "have", "need", "look", "live", "come", "find", "go", "rest", "end", "want",
    "see", "play", "work", "run", "sleep", "climb", "fall",
})  # fmt: skip
# Verb forms that may say something changed ("put", "lent", "moved", "cleared"), unlike
# "is", "do", "need", "look", "come".
CHANGE_WORDS = frozenset(
    form for lemma, forms in VERB_FORMS.items() if lemma not in _NOT_CHANGES for form in forms
)
_ANOTHER_CHANGE = re.compile(rf"\b{verb_pattern(_CHANGE_VERBS)}\b", _I)
_DENIED = re.compile(r"\b(?:\w+n't|nobody|never)\s+\w+", _I)
# A remark about the thing itself: "it was taking up the whole hall", "they'd gone solid".
_ABOUT_IT = re.compile(r"(?:it|they|that|which)(?:'s|'d|'re|\s+(?:was|were|is|are|had|has))\b", _I)
_WHERE = re.compile(r"\b(?:in|into|on|onto|to|at|inside|under)\b", _I)
_SUBJECTS = frozenset({"i", "we", "i've", "ive", "we've", "i'm", "im", "i'd", "we'd"})
# ", they'd all gone solid anyway", " - lids were rusty", ", bless him"
_TRAILING_REMARK = re.compile(
    rf"^(?P<fact>.+?)\s*(?:,|\s[-–—]+|;|\(|{NOT_A_TITLE}\.\s)\s*(?P<aside>[^,(]+?)\)?$"
)
# Words after "to" that say where, not what for ("to the shed", "to school", "to Dave").
_NOT_A_PURPOSE = (
    r"the|a|an|my|our|his|her|their|your|its|this|that|these|those|some|all|both|each|every"
    r"|school|work|college|uni|university|church|practice|training|class|nursery|daycare"
    r"|mum|mom|dad|nan|gran|grandma|grandpa|granny|nana|auntie|aunt|uncle|tip|dump|charity"
    r"|recycling|storage|bed|town|camp|hospital|him|her|them|me|us|you|one|two|three"
)
# Purpose, occasion and time said after the fact.
# When it was done, on a visit: "… in mum's loft when we were there on sunday" (not "when i
# was a kid", "when we had the farm", "when i got there": how things were, or idioms).
_WHEN_DONE = (
    r"(?:when\s+(?:i|we|he|she|they|you|u)\s+(?:was|were)\s+(?:there|home|back|over)\b.*"
    # "… after I'd done the hen run", "… after we finished": up to a comma
    r"|after\s+(?:i|we|he|she|they|you|u)(?:(?:'d|\s+had)?\s+(?:done|finished|used|did)"
    r"|'d\s+[a-z]+ed)\b[^,]*)"
)
_BELONGS = (
    r"where\s+(?:it|they)\s+(?:(?:always|usually|normally)\s+)?(?:should\s+be|belongs?|lives?"
    r"|live|goes|go|stays?)"
)
_BELONGS_SAID = re.compile(_BELONGS, _I)
# … and after a comma, "where it always is": said again of where it was put or is kept.
_ALWAYS_IS = re.compile(r"where\s+(?:it|they)\s+(?:always|usually)\s+(?:is|are)", _I)
_TRAILING_PHRASE = re.compile(
    r"(?P<aside>(?:for|after|while|whilst|during|before|ready\s+for)\s+.+"
    r"|at\s+(?:the|a)\s+(?:fair|market|show|party|sale|car\s+boot|boot\s+sale|weekend|school"
    r"|office|club|game|match|event|festival|wedding|funeral|meeting|gym|end\s+of\s+.+)"
    # where it happened, not where it is kept: "gave me back my umbrella at church on Sunday"
    r"|at\s+(?:church|chapel|mass|temple|mosque|synagogue|shul|gurdwara|training|practice"
    r"|rehearsal)(?:\s+.+)?"
    r"|at\s+last|(?:this|last|yesterday)\s+(?:morning|afternoon|arvo|evening|night)|tonight"
    rf"|{_WHEN_DONE}"
    r"|on\s+(?:today's|yesterday's|the)\s+(?:orders?|job|jobs|fence|shed\s+roof|repairs?)"
    r"|(?:mending|fixing|putting\s+up|making|building|painting|cleaning|doing|loading"
    r"|unloading|packing|unpacking|wrapping|clearing|sorting|tidying|cooking|baking|feeding"
    r"|shipping|posting|topping)\s+.+"
    # what it was used for: "… topping off the jeep", "… shipping the prints"
    r"|[a-z]{3,}ing\s+(?:(?:off|up|out|down)\s+)?(?:the|my|our|his|her|their|a|an|some)\s+.+"
    # … or done with it: "…, setting it up at spike camp"; where someone is off to, not what
    # they will do: "…, going to the beach", "…, going camping"
    r"|[a-z]{3,}ing\s+(?:it|them|'em|em)\s+(?:up|out|down|off|back|in|on)\b.*"
    r"|going\s+(?:to\s+(?:the|a|an|my|our|his|her|their|[\w-]+'s)\s+.+|camping|fishing|swimming"
    r"|away|out|on\s+(?:holiday|a\s+trip|a\s+picnic))(?:\s+.+)?"
    # a reason: "… since drawer E is full", "… so the kids can't reach it", "… as it was full"
    r"|(?:because|cos|coz|cuz|bc)\s+.+|since\s+.+?\s(?:is|are|was|were|has|had|got|needs?)\b.*"
    # where it belongs: "… to the kitchen where it should be", "…, where it always is"
    rf"|{_BELONGS}"
    r"|so\s+(?:that\s+)?(?:the|i|we|it|they|he|she|my|our|there|nobody|no\s+one)\s+.+"
    r"|as\s+(?:the|my|our|it|they|there|that|this)\s+.+"
    # a purpose: "… to overwinter", "… to scan them", "… to put up curtain rods"
    rf"|to\s+(?!(?:{_NOT_A_PURPOSE})\b)(?-i:[a-z]){{3,}}(?:\s+.+)?)$",
    _I,
)
# "had a tidy of the dining room and the photo frames have gone into the sideboard"
_LEAD_CLAUSE = re.compile(r"^(?P<aside>.+?)\s*(?:,\s*)?\s+(?:and|so)\s+(?P<fact>.+)$", _I)
_MIN_FACT_WORDS = 3
_INTERJECTION = re.compile(
    r"(?:bless\s+(?:him|her|them|'em)|thank\s+(?:god|goodness|heavens)|phew|whew|typical|ugh"
    r"|sigh|oh\s+well|finally|at\s+last|annoyingly|sadly|luckily|thankfully"
    r"|(?:you|u)\s+never\s+know(?:\s+(?:in|with|on)\s+[\w' ]+)?|just\s+in\s+case)",
    _I,
)
_PAST_FORMS = frozenset({
    "wrote", "sold", "gave", "took", "brought", "threw", "ate", "had", "got", "went", "lent",
    "broke", "left", "kept", "stuck", "hung", "dug", "found", "bought", "made", "sent", "drank",
})  # fmt: skip
_VERB_WITHIN = 4  # "I've just used …", "Returned …", "we finally took …"
_BE = frozenset({"is", "are", "was", "were", "am", "be", "been", "being"})
_WHEN = r"after|before|during|while|whilst|tonight|this\s+evening"
_LATER = re.compile(rf"(?:for|{_WHEN})\b", _I)
# When it is to happen, not what for: "put the gel in my handbag for the wedding job" is done
# ("… in the shed for my tools" may name the shed).
_WHEN_LATER = re.compile(rf"(?:{_WHEN}|for\s+(?:my|our|your))\b", _I)
_RESTOCK = re.compile(
    r"(?:so\s+)?(?:(?:we|i|someone|somebody|someone\s+else)\s+)?(?:need|needs|will\s+need|'ll\s+need"
    r"|must|should|have\s+to|has\s+to|gotta)\s+(?:to\s+)?(?:remember\s+to\s+)?"
    r"(?:re-?order|re-?stock|buy|get|order|pick\s+up)(?:\s+(?:some\s+)?more|\s+some)?(?:\s+\w+){0,4}"
    r"|(?:someone|somebody)\s+(?:pls\s+|please\s+)?(?:buy|get|order|grab)\s+(?:some\s+)?more(?:\s+\w+){0,3}"
    r"|(?:so\s+)?(?:(?:we|i)\s+)?(?:need|needs)\s+(?:more|some\s+more|replacing|restocking"
    r"|reordering|a\s+new\s+\w+)(?:\s+\w+){0,2}",
    _I,
)
_IS_BACK = re.compile(r"(?:\b(?:is|are)|'s|'re)\s+back\b", _I)
_QUESTION_WORD = re.compile(
    r"(?:where|what|which|who|whose|when|how|is|are|do|does|did|have|has|can|could|any)\b", _I
)
# A question, not an exclamation ("…, what a mess", "…, how cool is that").
_WH_WORD = re.compile(
    r"(?:where|which|who|whose)\b|what(?:'s|s)?\b(?!\s+(?:a|an)\b)"
    r"|how\s+(?:do|does|did|many|much|can|could|is|are|come)\b",
    _I,
)
_PERFECT = re.compile(
    r"\b(?:has|have|'s|'ve)\s+(?:been\s+|just\s+|finally\s+|already\s+)?(?:gone|went|taken|given"
    r"|brought|bought|lent|put|kept|left|sold|thrown|done|\w+ed)\b",
    _I,
)
_WHERE_MORE = re.compile(
    r"(?:in|on|under|inside|at|by|next\s+to|behind|beside|above|below)\s+(?:the|my|our|a|his|her)\b",
    _I,
)
# A remark that starts like a verbless note: "a dozen AAA batteries in the hall drawer".
_NOTE_LIKE = re.compile(r"^(?:\d+|a\s+dozen|a\s+couple\s+of|some|the|my|our|an?)\s", _I)
_FOR_DOING = re.compile(r"for\s+\w+ing\b", _I)
_CROSS_OFF = re.compile(
    r"(?:so\s+)?(?:you\s+can\s+)?(?:cross|tick|take)\s+(?:that|it|them)\s+off(?:\s+the\s+list)?", _I
)
# What the thing was like, said after a report of what was done with it.
_VERDICT = re.compile(
    r"(?:not\s+(?:safe|worth\s+\w+|fit\s+for\s+\w+|fixable|usable|needed|wanted|working)"
    r"|(?:too|so|pretty|really|totally|completely)\s+(?:old|broken|bent|worn|knackered|damaged"
    r"|rusty|rusted|cracked|tatty|gross|manky|dirty|far\s+gone)|beyond\s+(?:repair|saving|fixing)"
    r"|past\s+it|no\s+use\s+to\s+anyone)(?:\s+(?:any\s*more|now|either))?$",
    _I,
)
_ASKS_SOMETHING = re.compile(r"\b(?:where|wheres|what|whats|which|who|whos)\b", _I)
# A reason says why, not whether: its "no one", "can't" or "mum said" do not doubt the fact
# ("moved the hoover to the kitchen cupboard bc no one can ever find it"); a hedge, a
# correction or a plan in it still does ("… because I might need it").
_REASON_CLAUSE = re.compile(r"(?:because|cos|coz|cuz|bc)\s", _I)
_DOUBTS_A_REASON = re.compile(
    r"[?]|\b(?:or|either|wait|actually|oops|whoops|undo|scratch|cancel|wrong|mistake|meant"
    r"|instead|rather|correction|typo|think|thought|guess|maybe|perhaps|probably|possibly"
    r"|apparently|supposedly|hopefully|hope|believe|reckon|assume|sure|unsure|doubt|kidding"
    r"|joking|jk|pretend|imagine|wish|would|should|could|might|must|supposed|planning|plan"
    r"|gonna|going\s+to|will|if|unless|whether|later|tomorrow|tonight|soon)\b|'ll\b",
    _I,
)
# Where another thing is, said in an aside: "…, and the spare fan belt is in there with it".
_ANOTHER_WHERE = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:now\s+|also\s+|still\s+)?(?:in|on|under|inside|in\s+there|there)\b",
    _I,
)
# Which of them, said after: "…, the ones that don't fit her any more".
_WHICH_ONES = re.compile(r"the\s+(?:ones?|pair|set)\s+(?:that|which|with|from|for)\s", _I)
_DOING = re.compile(r"[a-z]{3,}ing\s", _I)
_REASON = re.compile(r"(?:since|so|as|to|because|cos|coz|cuz|bc)\b", _I)
_WHEN_DONE_SAID = re.compile(_WHEN_DONE, _I)
_HAD_DONE = re.compile(r"^\w+'d\s+(?=[a-z]+(?:ed|one)\b)", _I)
_IS = re.compile(r"\b(?:is|are|am)\b|'re\b", _I)
_BEING = re.compile(r"\b(?:is|are|was|were|am)\b|'s\b|'re\b", _I)
_FOR_A_WHILE = re.compile(r"(?:for|with|having|getting|being|until|till|to)\b|\w+ing\b", _I)


def without_asides(
    text: str, read: Callable[[str], list[Action]], depth: int = MAX_ASIDES
) -> list[Action]:
    """The actions of the fact in a message, read without its asides, or none.

    A question keeps its question mark ("where did I leave the level after doing the
    shelves?"). A reading that only looks things up may drop any aside but a question
    or a second sentence; one that changes things drops only plain asides.

    Args:
        text: the normalised message that was not read whole.
        read: reads one sentence (the parser's sentence reader).
        depth: how many asides may be dropped, one after another.

    Returns:
        The actions of the first reading that drops only what it may; [] when none does.
    """
    core = text.strip().rstrip("?.! ")
    if len(core) > MAX_SPLIT_CHARS:
        return []
    mark = "?" if text.strip().endswith("?") else ""
    facts = _shorter(core)

    def readings() -> Iterator[tuple[list[Action], bool, bool]]:
        yield from ((read(fact + mark), plain, reads) for fact, plain, reads in facts)
        if depth > 1:
            yield from (
                (without_asides(fact + mark, read, depth - 1), plain, reads)
                for fact, plain, reads in facts
            )

    return next(
        (
            acts
            for acts, plain, reads in readings()
            if acts and (plain or only_reads(acts)) and (reads or not only_reads(acts))
        ),
        [],
    )


def _shorter(text: str) -> list[tuple[str, bool, bool]]:
    """The text without one aside (the last remark, a trailing phrase, a lead clause).

    Each with whether the aside was plain (`_plain`) and whether a reading that only looks
    things up may drop it: any aside but a reason or purpose ("the vacuum broke again so it
    went to the curb" is no question about "vacuum broke"). Asides that ask something
    ("?") are never dropped.
    """
    splits = [
        (match["fact"], match["aside"], kind)
        for kind, pattern in (("remark", _TRAILING_REMARK), ("lead", _LEAD_CLAUSE))
        if (match := pattern.match(text))
    ]
    for space in reversed([m.start() for m in re.finditer(r"\s", text)]):
        if _TRAILING_PHRASE.fullmatch(text, space + 1):  # "… for the market stall"
            splits.append((text[:space], text[space + 1 :], "phrase"))
    return [
        (fact.strip(), _plain(aside, fact, kind), _may_drop_for_a_read(aside, fact, kind))
        for fact, aside, kind in splits
        if len(fact.split()) >= _MIN_FACT_WORDS
        and "?" not in aside
        and (kind != "lead" or _has_verb(fact))
    ]


def _has_verb(fact: str) -> bool:
    """True for a clause with a verb of its own ("the photo frames have gone into …").

    After "and" with no verb, the words end a list begun before it: "don't put the drill
    and the saw in bin 4" says nothing of its own about "the saw in bin 4".
    """
    for word in fact.lower().split():
        said = word.removesuffix("n't")
        if is_verb_form(said) or starts_clause(said) or re.search(r"\w'(?:s|re|ve|ll|d)$", said):
            return True
    return False


def _may_drop_for_a_read(aside: str, fact: str, kind: str) -> bool:
    """True for an aside a reading that only looks things up may drop.

    Never a reason; a change said in it only after a question ("where did I put the tape,
    used it yesterday"), not after a report ("restrung the guitar, used the last strings");
    never a list's start before "and" ("con bag has: …, the sewing kit and 2 phone chargers"
    asks nothing about "2 phone chargers").
    """
    if _REASON.match(aside):
        return False
    asked = _QUESTION_WORD.match(fact.strip())
    named_alone = len(fact.split()) <= MAX_FIND_WORDS  # what is left would be a "where is"
    if kind == "lead" and named_alone and not asked and "?" not in fact:
        return False
    if _DOING.match(aside) and not asked and "?" not in fact and named_alone:
        return False  # "oven 2 keeps tripping the breaker" asks nothing about "oven 2 keeps"
    if _WH_WORD.match(aside.strip()) and not asked:
        return False  # "the baby's teething, where's the gel?": the question is what is asked
    if not (asked or "?" in fact or _ASKS_SOMETHING.search(fact)) and _WHERE.search(aside):
        return False  # "the hdmi cables, the remote and the chargers all went in the crate"
    return bool(asked) or not _ANOTHER_CHANGE.search(_DENIED.sub("", aside))


def _plain(aside: str, fact: str, kind: str) -> bool:
    """True when an aside can go without changing what the fact changes.

    `kind` is how the aside was said: "remark" (after a comma or a dash), "lead" (a
    clause before "and") or "phrase" (a purpose, occasion or time at the end).

    Where something "is" may be for a while only ("the van is in the garage for its MOT",
    "mike is in the garage fixing the mower"): after "is" no purpose or doing is dropped.
    """
    said = trim(aside) or aside  # "…, aiya need to buy more": the cry before it is no doubt
    if _RESTOCK.fullmatch(said.strip()) or _CROSS_OFF.fullmatch(said.strip()):
        return True  # "… - need to reorder": what is next, not a doubt about the fact
    if kind == "remark" and _VERDICT.match(aside.strip()) and _reported(fact):
        return True  # "binned the old helmet, not safe": what the thing was like
    if _BELONGS_SAID.fullmatch(aside.strip()) or (
        kind == "remark" and _ALWAYS_IS.fullmatch(aside.strip())
    ):
        return True  # "…, where it ALWAYS is": where it is, said again
    if _INTERJECTION.fullmatch(aside.strip()) and not _LATER.match(aside):
        return True  # "…, bless him", "…, you never know in the Alps"
    if kind == "phrase" and _WHEN_DONE_SAID.fullmatch(aside):
        # when it was done, not a condition; where something "is" is not said of a time
        done = _HAD_DONE.sub("", aside.split(maxsplit=1)[1])  # "I'd done": had, not would
        return not _IS.search(fact) and not changes_the_fact(done) and not has_change(done)
    doubts = _DOUBTS_A_REASON if _REASON_CLAUSE.match(aside) else _CHANGES_THE_FACT
    if doubts.search(aside) or (kind == "remark" and _WHERE_MORE.match(aside)):
        return False  # a doubt; or "…, on the potting bench": more of where, not an aside
    if _BEING.search(fact) and _FOR_A_WHILE.match(aside):
        return False
    if not has_verb(fact) and aside.split()[0].lower() in DOING_THERE:
        return False  # "ah ma in the kitchen making ondeh ondeh": someone there, doing it
    note = _NOTE_LIKE.match(fact) and not has_verb(fact)  # "a dozen batteries in the drawer"
    later = _WHEN_LATER if has_change(fact) else _LATER  # "car in the workshop for servicing"
    if later.match(aside) and not _reported(fact) and not _IS_BACK.search(fact) and not note:
        return False  # "put the drill in bin 4 after dinner": a plan ("is back … after" is done)
    if _ANOTHER_WHERE.search(aside) and not _ABOUT_IT.match(aside.strip()):
        return False  # "…, and the spare fan belt is in there with it": a second fact
    if kind == "remark" and _WHICH_ONES.match(aside.strip()):
        return True  # "…, the ones that dont fit her anymore": which things, not a doubt
    if kind != "phrase" and not has_verb(aside):
        return False  # "…, the saw", "(the big one)": more of the fact, not an aside
    if kind == "remark" and not _reported(fact):
        return False  # only a report of what was done is read without its remark
    if _ABOUT_IT.match(aside) and not _WHERE.search(aside):
        return True  # "…, it was taking up the whole hall": how the thing was
    if kind == "phrase" and _FOR_DOING.match(aside):
        return True  # "… for packing", "… for wrapping the orders": what for, no change
    if _REASON_CLAUSE.match(aside) and not _MORE_SAID_AFTER.search(aside):
        aside = _HABIT.sub(" ", aside)  # "… bc mum said its taking up space": no change said
    return not _ANOTHER_CHANGE.search(_DENIED.sub("", aside))


_MORE_SAID_AFTER = re.compile(r",|\s(?:and|but|so|then)\s", _I)
# What keeps happening, or room taken, said as a reason: no change of its own ("… cos
# someone keeps using it", "… bc its taking up space").
_HABIT = re.compile(
    r"\b(?:keeps?|kept)\s+[a-z]+in(?:g|')?(?!\w)|\b(?:taking|takes?|took|taken)\s+(?:up\s+(?:space|room)"
    r"|over)\b|\b(?:giving|gave)\s+out\b|\bneeded\s+(?:the\s+)?(?:room|space)\s+for\b[^,]*",
    _I,
)


def without_remarks(text: str) -> str:
    """The words without remarks that neither doubt nor redirect a change beside them.

    "no room left in the pink tub" -> "room left in the pink tub"; "not the shed" -> "the
    shed"; "must remember to buy more" -> "". What is left is checked by `changes_the_fact`.
    """
    return _REMARK.sub(" ", text)


def changes_the_fact(text: str) -> bool:
    """True for words that may undo, doubt or condition a fact said beside them."""
    return bool(_CHANGES_THE_FACT.search(text))


def has_change(text: str) -> bool:
    """True for words that say a change ("want to clear it out", "put it back"), not denied."""
    return has_change_word(_DENIED.sub(" ", text.lower()))


def names_a_change(text: str) -> bool:
    """True for words with a verb of putting, moving, lending or getting rid (`_CHANGE_VERBS`).

    Narrower than `has_change`: "dance concert on sat" names no change, "moved it" does.

    Args:
        text: a clause beside a question.

    Returns:
        Whether it says such a change, not denied ("didn't move it" says none).
    """
    return bool(_ANOTHER_CHANGE.search(_DENIED.sub(" ", text.lower())))


def has_change_word(text: str) -> bool:
    """True when any word of the lower-cased text is a verb form of a change (`CHANGE_WORDS`)."""
    return any(word in CHANGE_WORDS for word in re.findall(r"[a-z']+", text))


def has_verb(text: str) -> bool:
    """True for words with a verb in them ("cleared out the spare room", "bless him" not)."""
    return any(
        is_verb_form(word) or word.endswith(("ed", "ing", "n't")) or word in _SUBJECTS
        for word in text.lower().split()
    )


def _reported(fact: str) -> bool:
    """True for a report of what was done: a verb in the past among the first words.

    Or said with "has": "the sewing machine has gone to the charity shop".
    """
    if _PERFECT.search(fact):
        return True
    return any(_past(word) for word in fact.lower().split()[:_VERB_WITHIN] if word not in _BE)


def _past(word: str) -> bool:
    """True for a verb said in the past ("returned", "took"), not "put" or "putting"."""
    if word in _PAST_FORMS or (word.endswith("ed") and len(word) > 3):
        return True
    return is_verb_form(word) and not word.endswith(("ing", "s"))
