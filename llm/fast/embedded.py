"""Questions asked inside a request, turned back into plain questions.

"could you kindly tell me where I have put my reading glasses", "would you be so kind
as to tell me what is in the cedar chest", "remind me what we stashed in the loft",
"I'd like to know if there are any batteries left", "what did I tell you was in the
hall drawer": the wrapper goes, and the question inside, said in statement order
("where I have put X", "which box the drill is in"), is put back in question order
("where have I put X", "which box is the drill in") for the read-only rules to read.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_ASKING = r"(?:could|can|would|will)\s+(?:you|u)(?:\s+(?:please|pls|kindly|possibly|just|maybe))*"
_WRAPPER = re.compile(
    r"^(?:(?:please|pls|plz|kindly)\s+)*"
    rf"(?:(?:{_ASKING})(?:\s+be\s+(?:so|ever\s+so|kind\s+enough)(?:\s+kind)?(?:\s+as)?\s+to"
    r"|\s+mind|\s+help\s+me(?:\s+and)?)?\s+(?:(?:please|pls|kindly)\s+)?)?"
    r"(?:(?:tell|show|remind|let|telling|showing|reminding|letting)\s+(?:me|us)(?:\s+know)?"
    r"(?:\s+(?:again|once\s+more|quickly))?|check|confirm|see|find\s+out|look\s+up|work\s+out"
    r"|say\s+(?:me|us)|explain(?:\s+(?:me|us|to\s+me))?"
    r"|(?:i'd|i\s+would|we'd|i|we)\s+(?:like|love|want|need)\s+to\s+know"
    r"|(?:i|we)(?:'m|\s+am|\s+was|\s+were|'re)\s+wondering|(?:i|we)\s+wonder"
    r"|(?:do|did)\s+(?:you|u)\s+(?:know|remember|recall)|(?:any|an)\s+idea"
    r"|(?:can|could|may)\s+i\s+ask|i\s+(?:forgot|forget|can't\s+remember|cant\s+remember))"
    r"\s+(?P<clause>(?:where|what|which|who|when|how|if|whether)\b.+)$",
    _I,
)
# "what did I tell you was in the drawer", "where did I say I put the drill": the
# question about what was said is the question itself.
_REPORTED = re.compile(
    r"^(?P<asked>where|what|which\s+[\w#]+(?:\s+[\w#]+)?|who)\s+(?:did\s+(?:i|we)\s+(?:tell\s+you"
    r"|say|mention|note(?:\s+down)?)|(?:i|we)\s+(?:told\s+you|said|mentioned))(?:\s+that)?"
    r"\s+(?P<clause>.+)$",
    _I,
)
_ASKED = (
    r"(?P<asked>where(?:abouts)?|what(?:\s+(?:stuff|things|else))?|who|when"
    r"|which(?:\s+of)?(?:\s+(?:my|our|the))?\s+[\w#]+(?:\s+[\w#]+)??"
    r"|how\s+(?:many|much)(?:\s+[\w'-]+){1,3}?)"
)
# "where I have put X" -> "where have I put X"; "what we stashed in the loft" -> "what
# did we stashed in the loft" (the rules read past forms after "did").
_SUBJECT_FIRST = re.compile(
    rf"^{_ASKED}\s+(?P<subject>i|we|you)(?:\s+(?P<aux>have|had|did|do|still\s+have)|'ve)?"
    r"\s+(?P<rest>.+)$",
    _I,
)
# "where the drill is" -> "where is the drill"; "which box the drill is in" -> "which box is
# the drill in"
_THING_FIRST = re.compile(
    rf"^{_ASKED}\s+(?P<thing>(?!(?:is|are|was|were|has|have|did|does|do)\b).+?)\s+"
    r"(?P<verb>is|are|was|were)(?P<tail>(?:\s+[\w']+){0,3})$",
    _I,
)
_WENT = re.compile(
    rf"^{_ASKED}\s+(?P<thing>.+?)\s+(?:went|has\s+gone|have\s+gone|got\s+to|ended\s+up)$", _I
)
# "if there are batteries left" -> "are there batteries left"; "whether the drill is in the
# shed" -> "is the drill in the shed"; "if we have any tape" -> "do we have any tape"
_IF_THERE = re.compile(r"^(?:if|whether)\s+there\s+(?P<verb>is|are|'s)\s+(?P<rest>.+)$", _I)
_IF_THING = re.compile(
    r"^(?:if|whether)\s+(?P<thing>.+?)\s+(?P<verb>is|are)\s+(?P<rest>(?:still\s+)?(?:in|on|at"
    r"|under|inside|around|anywhere|somewhere|here)\b.*)$",
    _I,
)
_IF_HAVE = re.compile(
    r"^(?:if|whether)\s+(?P<subject>i|we)\s+(?:still\s+)?(?:have|own|have\s+got)\s+(?P<rest>.+)$",
    _I,
)
# "where we keep the X", "how many batteries we have": asked with "do", not "did".
_PRESENT = frozenset({"have", "keep", "store", "own", "need", "use", "hold"})
_MAX_DEPTH = 3
# "I wonder if …", "I was wondering whether …": musing, unless asked where or what.
_MUSING = re.compile(r"^(?:i|we)\b.*\bwonder(?:ing)?\s+$", _I)
_YES_NO = re.compile(r"^(?:if|whether)\b", _I)


def direct_question(text: str) -> str | None:
    """The question inside a request or a report, in question order, or None.

    Args:
        text: the trimmed message.

    Returns:
        "where have I put my reading glasses" for "could you tell me where I have put my
        reading glasses"; None when the message wraps no question.
    """
    changed = False
    for _ in range(_MAX_DEPTH):
        wrapped = _WRAPPER.match(text) or _REPORTED.match(text)
        if not wrapped:
            break
        if _MUSING.match(text[: wrapped.start("clause")]) and _YES_NO.match(wrapped["clause"]):
            break  # "I wonder if the drill is in bin 4": said to oneself, maybe a hedge
        asked = wrapped.groupdict().get("asked")
        text = f"{asked} {wrapped['clause']}" if asked else wrapped["clause"]
        changed = True
    question = _question_order(text)
    if question:
        return question
    return text if changed else None


def _question_order(clause: str) -> str | None:
    """The clause with its verb before its subject, or None when it is already a question."""
    if clause.lower().startswith(("if ", "whether ")):
        there = _IF_THERE.match(clause)
        if there:
            verb = "is" if there["verb"] == "'s" else there["verb"]
            return f"{verb} there {there['rest']}"
        have = _IF_HAVE.match(clause)
        if have:
            return f"do {have['subject']} have {have['rest']}"
        thing = _IF_THING.match(clause)
        return f"{thing['verb']} {thing['thing']} {thing['rest']}" if thing else None
    subject = _SUBJECT_FIRST.match(clause)
    if subject:
        aux = (subject["aux"] or "").lower()
        if not aux:
            present = subject["rest"].split()[0].lower() in _PRESENT
            aux = "do" if present else "did"
        elif aux == "still have" or (aux == "have" and subject["rest"].lower() == "left"):
            # "how many bulbs we have left" -> "how many bulbs do we have left"
            return f"{subject['asked']} do {subject['subject']} have {subject['rest']}"
        return f"{subject['asked']} {aux} {subject['subject']} {subject['rest']}"
    went = _WENT.match(clause)
    if went:
        return f"{went['asked']} did {went['thing']} go"
    thing = _THING_FIRST.match(clause)
    if thing:
        return f"{thing['asked']} {thing['verb']} {thing['thing']}{thing['tail']}"
    return None
