"""The last reading: one clause of a longer message that says a change, asked about first.

"Ben returned the lantern, Ollie still has the tarp", "long day - tidied the shed - the
mower's back in there now". When no rule reads a message whole, or without its plain
asides, each run of its clauses (split at commas, full stops, dashes and "and", "but",
"so", "then") is read alone. When exactly one run reads as a change and nothing left out
could undo, doubt or condition it ("no wait", "I think", "if", "or", "Tom says"; a
remark such as "no room left" or "not the shed" does not), the change is asked about
("Did you mean: …?"), never made at once: the words left out may still matter.

Failing that, one question among chatter is answered (`one_question`): "where is the
kill cord?? can't take the launch out without it".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from inventory import LEADING_WORDS
from llm.actions import Action
from llm.fast.asides import (
    changes_the_fact,
    has_change,
    has_verb,
    names_a_change,
    without_remarks,
)
from llm.fast.certainty import ask_first, only_reads
from llm.fast.household_words import FIRST_NAMES, PEOPLE
from llm.fast.phrases import clause_starts, looks_like_place
from llm.fast.text import trim

_I = re.IGNORECASE
# Where one clause may end and the next begin.
_BOUNDARY = re.compile(
    r"\s*(?:[,;]|(?<!\bno)\.|!+|\s[-–—]+|\s*\.\.\.)\s+|\s+(?P<joined>and|but|so|then)\s+", _I
)
# Left out beside a change, these leave it unsure: a request to someone, a warning.
_NOT_BESIDE = re.compile(
    r"n't\b|\b(?:dont|cant|wont|didnt|can|someone|somebody|anyone|anybody|who|whoever"
    r"|touch|careful)\b",
    _I,
)
# Where something is, said in a clause left out: "…, it's in bin 5 now" may correct it.
_WHERE = re.compile(
    r"\b(?:it's|its|it\s+is|they're|theyre|they\s+are|it\s+was|they\s+were)\s+(?:\w+\s+)?"
    r"(?:in|on|at|under|inside|into)\b",
    _I,
)
# Words that make an aside unsure when it is dropped from a fact, but not when it is a
# clause of its own beside the one asked about: "then", "please", "yeah", "sorry".
_SOFT = re.compile(
    r"\b(?:please|pls|plz|then|but|though|right|eh|yeah|yep|yup|sorry(?:\s+to\s+say)?|yet|only|sure"
    r"|need|needs)\b",
    _I,
)
# Another change said of "it" in a clause left out: "call it the potting shelf", "lent it
# to Priya" (where it was put only adds to the change asked about).
_DONE_TO_IT = re.compile(
    r"\b(?:call|called|name|named|rename|renamed|label|labelled|relabel|lend|lent|give|gave|bin"
    r"|binned|sell|sold|chuck|chucked|throw|threw|donate|donated)\s+(?:it|them|'em)\b",
    _I,
)
# Where it was put, said after taking it out: the take asked alone would be wrong.
_PUT_IT = re.compile(
    r"\b(?:put|popped|stuck|hung|moved|placed|stored|left)\s+(?:it|them|'em)\s+(?:back\s+)?"
    r"(?:in|into|on|onto|under|at)\b",
    _I,
)
# What leaves a change unsure even when said as what it was for ("… so it's out of the way,
# or was it the shed").
_UNDOES = re.compile(
    r"\b(?:wait|actually|instead|mistake|wrong|undo|scratch|cancel|never\s*mind|not\s+sure|unsure"
    r"|maybe|probably|perhaps|think|thought|guess|if|or|kidding|joking|jk|tomorrow|later)\b",
    _I,
)
# Where it is not, beside where it is: no more things ("…, not the basement").
_NOT_THE = re.compile(r"^\s*not\s+(?:in\s+|on\s+)?(?:the|my|our)\s", _I)
# Beside an undo, only these leave it unsure ("undo that, no wait, keep it"); the rest is
# why it was a mistake ("…, I pressed send too soon", "…, wrong room entirely").
_NOT_UNDONE = re.compile(r"\b(?:wait|keep|don'?t|not|never\s*mind|cancel|redo)\b", _I)
_QUESTION_BOUNDARY = re.compile(r"(?<=\?)\s*|\s*(?:[,;]|(?<!\bno)\.|!+|\s[-–—]+)\s+", _I)
# A question starts with its asking word, after at most a "please", "ok" or "bot".
_ASKS = re.compile(
    r"^(?:(?:please|pls|ok|okay|so|and|but|hey|hi|bot|also|quick\s+q|sorry)\W+)*"
    r"(?:where|wheres|what|whats|which|who|whos|how|show|list|any|anything"
    # or asks yes or no: "Can I see the recent changes?", "Does Deacon Park still have …?"
    r"|(?P<yes_or_no>can|could|would|does|do|did|has|have|is|are)(?!'))\b",
    _I,
)


def _asks(part: str, *, yes_or_no: bool = False) -> bool:
    """True for a clause that asks: "where …", "show …"; "can I …?" only if `yes_or_no`."""
    asked = _ASKS.match(trim(part.strip()))
    if asked is None:
        return False
    return not asked["yes_or_no"] or (yes_or_no and part.rstrip().endswith("?"))


# A clause asked of someone: the question beside it may be theirs ("Do you know Erik, …").
_ASKED_OF_SOMEONE = re.compile(r"\b(?:do|did|have|can|could|would|will)\s+(?:you|u)\b", _I)
_CALLED = frozenset({"guys", "everyone", "folks", "team", "love", "mate", "hun", "babe"})
# A change told as done ("moved …", "took …", "we lent …"): what is to happen later, said
# beside it, is about something else ("…, plumbers in tomorrow", "…, practice tmrw at 6").
_TOLD_AS_DONE = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:just\s+|finally\s+|already\s+)?(?:[a-z]{2,}ed|took|gave|sold"
    r"|lent|brought|threw|left|hung|stuck|kept)\b",
    _I,
)
_BORROWER_SAYS = re.compile(
    r"(?:and\s+|but\s+)?(?:he|she|they)\s+(?:says|said|reckons|promised)\b(?!.*\b(?:gave|put|moved"
    r"|threw|sold|lent)\b)",
    _I,
)
# Someone else, then a verb: "he'll …", "Cerys wants …", "the kids are …", "dziadek want …".
_THEY_SAY = re.compile(
    r"^(?:(?:and|cos|because|as)\s+)?(?:(?:the|my|our)\s+)?(?P<who>[a-z]+)(?:'s|'re|'ll|'d|\s+(?:is"
    r"|was|are|were|has|had|have|will|would|wants?|wanted|needs?|needed|likes?|loves?|gets?|got"
    r"|going|gonna|can't|won't|doesn't|isn't))\b",
    _I,
)
# Words that leave it unsure even when said of someone else: their word on it, a doubt, a
# denial, a correction, a condition ("…, he says he gave it back", "…, she might have it").
_STILL_UNSURE = re.compile(
    r"n't\b|\b(?:says|said|say|told|tells|claims?|claimed|according|heard|think|thinks|thought"
    r"|reckons?|guess|maybe|perhaps|probably|possibly|supposedly|allegedly|might|could|should"
    r"|must|not|no|nope|nah|never|nobody|wait|actually|oops|sorry|undo|scratch|cancel|wrong"
    r"|mistake|meant|instead|rather|correction|typo|if|unless|whether|or|either|kidding|joking|jk"
    r"|lie|lying|pretend|imagine|dream\w*|wish|hopefully|doubt|unsure|sure)\b",
    _I,
)
_OWNED_WORDS = r"the|my|our|a|an|his|her|their|\d+"
_APPARENTLY = re.compile(r"\b(?:apparently|seemingly|supposedly)\b", _I)
_OF_IT = re.compile(r"\b(?:it|them|that|those|these|'em)\b", _I)
_LATER_ON = re.compile(r"\b(?:tomorrow|tonight|later|soon|next\s+week)\b", _I)
# Questions about everything, not one thing: answering them beside talk of changes is safe.
_ABOUT_EVERYTHING = frozenset({"history", "help", "list_places", "out"})
_MAX_CLAUSES = 6
_MAX_CHARS = 300


def one_clause(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """The change said in one run of a message's clauses, asked about first; else [].

    Args:
        text: the normalised message, read by no other rule.
        read: reads one sentence (the parser's sentence reader).

    Returns:
        `AskFirst` actions of the one run that reads as a change, or [] when none does,
        when two runs do (which one was meant?), or when what is left out could change it.
    """
    text = text.strip().rstrip(".! ")
    if "?" in text or len(text) > _MAX_CHARS:
        return []
    matches = list(_BOUNDARY.finditer(text))
    cuts = [(match.start(), match.end()) for match in matches]
    joined = [bool(match["joined"]) for match in matches]  # before clause i + 1
    said_so = [(match["joined"] or "").lower() == "so" for match in matches]
    if not cuts or len(cuts) >= _MAX_CLAUSES:
        return []
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(text)]
    clauses = list(zip(starts, ends, strict=True))
    found: list[tuple[int, int, list[Action]]] = []
    for width in range(len(clauses) - 1, 0, -1):  # the longest runs first
        for first in range(len(clauses) - width + 1):
            last = first + width - 1
            if any(a <= first and last <= b for a, b, _ in found):
                continue  # inside a run already read
            span = text[clauses[first][0] : clauses[last][1]]
            if first and joined[first - 1] and not _two_clauses(text[: cuts[first - 1][0]], span):
                continue  # "put bin 1 and the drill in the garage": one clause, not two
            acts = read(span)
            if acts and not only_reads(acts):
                found.append((first, last, acts))
    if len(found) != 1:
        return []
    first, last, acts = found[0]
    # what the change was for, said after it with "so": "… so ollie cant reach it", "… so we
    # can actually feed her somewhere": only doubt or a correction there leaves it unsure
    purpose = last + 1 if last + 1 < len(clauses) and said_so[last] else None
    if purpose is not None and _UNDOES.search(text[slice(*clauses[purpose])]):
        return []
    left_out = [text[start:end] for index, (start, end) in enumerate(clauses)
                if not first <= index <= last and index != purpose]  # fmt: skip
    if all(act.type == "undo" for act in acts):
        return [] if any(_NOT_UNDONE.search(words) for words in left_out) else ask_first(acts) or []
    unremarked = [without_remarks(words) for words in left_out]
    if any(act.type == "take" and act.person for act in acts):
        # "Oliver has borrowed the hedge trimmer. He says he will only need it for the
        # weekend": the borrower's word on the loan, no other change
        unremarked = [words for words in unremarked if not _BORROWER_SAYS.match(words.strip())]
    # what someone else wants or will do, said after it: "…, Cerys wants them up early",
    # "…, he'll get more use out of it", "…, he has a heifer calving tonight apparently"
    after = {without_remarks(text[start:end]) for start, end in clauses[last + 1 :]}
    unremarked = [w for w in unremarked if w not in after or not _someone_elses(w, acts, text)]
    if _TOLD_AS_DONE.match(text[clauses[first][0] : clauses[last][1]].strip()):
        unremarked = [w if has_change(w) else _LATER_ON.sub(" ", w) for w in unremarked]
    if any(changes_the_fact(_SOFT.sub(" ", w)) or _NOT_BESIDE.search(w) for w in unremarked):
        return []
    if any(_DONE_TO_IT.search(words) for words in unremarked):
        return []  # "Shelf 2 in the shed. Please call it the Potting Shelf": more said of it
    if any(act.type == "take" for act in acts) and any(_PUT_IT.search(w) for w in unremarked):
        return []  # "took the toolbox out of the van and put it in the workshop": a move
    if any(_spoken_to(w) or _more_things(w) for w in left_out if not _NOT_THE.match(w)):
        return []  # "kids, put your boots in the mudroom!"; "the drill and the saw are …"
    return ask_first(acts) or []


def one_question(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """The one question in a longer message whose other clauses say no change; else [].

    "Show me the recent changes please, Linda wants to see what she missed", "where is the
    kill cord?? can't take the launch out without it": the question is answered, the rest
    is chatter. A
    question is harmless to answer, so it is not asked about first; but when another
    clause names a change ("…, want to clear it out", "…, put it back after"), or the
    question is said to someone, nothing is read.
    """
    text = text.strip().rstrip(".! ")
    if len(text) > _MAX_CHARS:
        return []
    parts = [part for part in _QUESTION_BOUNDARY.split(text) if part and part.strip(" ?")]
    if len(parts) < 2 or len(parts) > _MAX_CLAUSES:
        return []
    asked = [(index, read(part.strip(" ?"))) for index, part in enumerate(parts)]
    questions = [(index, acts) for index, acts in asked if acts and only_reads(acts)
                 and _asks(parts[index])]  # fmt: skip
    if not questions:  # "Can I see the recent changes? Just want to …": asked yes or no
        questions = [(index, acts) for index, acts in asked if acts and only_reads(acts)
                     and _asks(parts[index], yes_or_no=True)]  # fmt: skip
    if len(questions) != 1 or any(acts and not only_reads(acts) for _, acts in asked):
        return []
    index, acts = questions[0]
    left_out = [part for other, part in enumerate(parts) if other != index]
    read_alone = {parts[other]: said for other, said in asked if other != index}
    # "How exactly does this work? What can you do?": help, when all else is asked and no change
    helped = all(act.type == "help" for act in acts) and all(
        _asks(words) and not (names_a_change(words) or has_change(words)) for words in left_out
    )
    if any(_asks(words) for words in left_out) and not helped:
        return []  # "who has our things now? list please": the question it asks is not read
    if any(_spoken_to(words) or _ASKED_OF_SOMEONE.search(words) for words in left_out):
        return []
    about_all = all(act.type in _ABOUT_EVERYTHING for act in acts)
    if any(
        names_a_change(w)
        and not changes_the_fact(_SOFT.sub(" ", w))
        and not (about_all and not read_alone[w])
        for w in left_out
    ):
        # "where's the drill, put it in bin 4": a change too (not "want to clear it"); what
        # changed lately, asked beside moves no rule reads ("Dan's been moving stuff round
        # again"), is answered
        return []
    return acts


# "…, where is it?" at the end of a message that said what is sought before it.
_WHERE_IS_IT = re.compile(
    r"[\s,.;:!?–—-]*(?:where(?:'s|s|\s+is|\s+are|\s+r)?\s+(?:it|they|them)(?:\s+now)?"
    r"|where\s+(?:did|have)\s+(?:i|we|u|you)\s+(?:put|left|leave)\s+(?:it|them))\W*$",
    _I,
)
# What is sought, said in a clause: "i cant find the adapter for the laptop anywhere",
# "Jonas needs the qubit kit for his quant", "I'm asking about the stainless smoker".
_SOUGHT = re.compile(
    r"\b(?:can'?t|cannot|cannae|couldn'?t|could\s+not)\s+(?:seem\s+to\s+)?find\s+"
    r"|\b(?:needs?|wants?|asking\s+(?:for|about)|looking\s+for|searching\s+for)\s+"
    r"(?=(?:the|my|our|his|her|their)\s)",
    _I,
)
# Where the thing's name ends: "… anywhere", "… for tomorrow", a comma, a dash.
_SOUGHT_ENDS = re.compile(
    r"\s*(?:[,;(]|\s[-–—]+\s|\b(?:anywhere|anywere|and|but|since|so|because|cos"
    r"|for\s+(?:tomorrow|tonight|today|the\s+weekend|his|her|their|my|our))\b).*$",
    _I,
)


def sought_before(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """A find for what a message said it sought, before ending "where is it?"; else [].

    "gente I'm leaving tomorrow and i cant find the adapter for the laptop anywhere,
    where is it??", "ruan needs his hockey stick for tomorrow, where is it?". Read only,
    so answered, not asked about.
    """
    end = _WHERE_IS_IT.search(text)
    if not end or len(text) > _MAX_CHARS:
        return []
    said = list(_SOUGHT.finditer(text[: end.start()]))
    if not said:
        return []
    thing = _SOUGHT_ENDS.sub("", text[said[-1].end() : end.start()]).strip()
    if not thing or len(thing.split()) > _MAX_SOUGHT_WORDS:
        return []
    acts = read(f"where is {thing}?")
    return acts if acts and all(act.type == "find" for act in acts) else []


_MAX_SOUGHT_WORDS = 8


# Where more is said, typed without the comma before it: what was done with it ("… put it
# back in the garage", "… hung em on the hooks"), which one ("… the one with holes", "… not
# the blue one") or how many ("… all 4 of them", "… 3 of em"); only where no one is said to
# start a clause (`clause_starts`), whose cuts are surer.
_SAID_ANEW = re.compile(
    r"(?<=[a-z0-9])\s+(?=(?:put|stuck|hung|moved|lent|binned|chucked|threw|popped|shoved|kept"
    r"|stored|placed|gave|returned|tossed|dumped|sold)\s+(?:it|them|em|'em)\b"
    r"|the\s+one\b|not\s+(?:the|in|on|under|any)\b|(?:all\s+)?\d+\s+of\s+(?:them|em|'em|those)\b)",
    _I,
)


def _who_did_it(text: str, start: int) -> int:
    """Where a clause starts: before the name said just before `start`, if one is.

    "the ladder is in the garage jake moved it": the clause is "jake moved it", not the place
    "garage jake"; but "back from Priya put it …" is no clause of Priya's.
    """
    before = text[:start].rstrip()
    words = before.rsplit(maxsplit=2)
    word = words[-1] if words else ""
    named = word.lower() in FIRST_NAMES or word.lower() in PEOPLE
    after_preposition = len(words) > 1 and words[-2].lower() in _TO_OR_FROM
    return len(before) - len(word) if named and not after_preposition else start


# Before a name, these make it the one the thing went to or came from ("back from Priya").
_TO_OR_FROM = frozenset({"from", "to", "with", "by", "for", "off", "of"})


def run_on(text: str, read: Callable[[str], list[Action]]) -> list[Action]:
    """`one_question`, else `one_clause`, of a message typed without commas between clauses.

    A comma goes where someone starts to say what they do or think (`clause_starts`):
    "show me recent changes i think i messed something up", "undo that jake stop kicking
    my seat".
    """
    starts = clause_starts(text) or [_who_did_it(text, m.end()) for m in _SAID_ANEW.finditer(text)]
    if not starts:
        return []
    cuts = [0, *starts, len(text)]
    said = ", ".join(text[a:b].strip() for a, b in itertools.pairwise(cuts))
    return one_question(said, read) or one_clause(said, read)


def _more_things(words: str) -> bool:
    """True for a clause that is more things or a place ("the drill", "bin 1", "in bin 5")."""
    first = words.strip().split()[0].lower() if words.strip() else ""
    listed = first in LEADING_WORDS or first[:1].isdigit() or looks_like_place(words, ())
    return (listed and not has_verb(words)) or bool(_WHERE.search(words))


def _someone_elses(words: str, acts: list[Action], text: str) -> bool:
    """True for a clause of what someone else wants, does or will do, not of the change.

    "Cerys wants them up early this year", "he'll get more use out of it", "kwonsanims are
    gonna be sad": said by "he", "she", "they" or a name, with a verb, no word of doubt or
    denial ("he says", "she thinks", "they didn't"), and no other change ("she'll move it").
    Not "she" after a change of what may be her ("Deb's in the aging room, she'll text").
    """
    said = _THEY_SAY.match(words.strip())
    if not said or _STILL_UNSURE.search(words) or names_a_change(words):
        return False
    who = said["who"].lower()
    things = [item.name for act in acts for item in act.items or ()]
    lent = any(act.person for act in acts)
    if who in ("he", "she") and not lent and any(_named(name, text) for name in things):
        return False
    named = who in ("he", "she", "they") or who in PEOPLE or who in FIRST_NAMES
    if not (named or (said["who"][:1].isupper() and said["who"][1:].islower())):
        return False
    return not (_APPARENTLY.search(words) and _OF_IT.search(words))


def _named(name: str, text: str) -> bool:
    """True for a thing's name that may be someone's: "mum", "dave", "Deb" (said bare)."""
    lowered = name.lower()
    if lowered in PEOPLE or lowered in FIRST_NAMES:
        return True
    owned = re.search(rf"\b(?:{_OWNED_WORDS})\s+{re.escape(lowered)}\b", text, _I)
    return " " not in name and owned is None


def _two_clauses(before: str, after: str) -> bool:
    """True when both sides of "and" say something ("cleaned up and the drill's in bin 4")."""
    return has_verb(before) and (has_verb(after) or "'" in after)


def _spoken_to(words: str) -> bool:
    """True for a clause that only names people ("kids", "Tom", "guys"): who is addressed."""
    names = words.strip().split()
    return bool(names) and all(
        name.lower() in PEOPLE or name.lower() in FIRST_NAMES or name.lower() in _CALLED
        for name in names
    )
