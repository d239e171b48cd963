"""The deterministic fast intent parser: common phrasings, no LLM call.

`parse_fast` reads "I put the drill in bin 4", "where is the drill?", "/list bin 4"
and the like into validated actions. When it is not sure it returns no actions,
and the message goes to the LLM chain. It never turns a question, a negation, a
plan, a condition or a hedge into a change ("did I put the drill in bin 4?", "don't
move the drill", "I'll put it away later", "if it rains put the drill in the shed",
"apparently the drill is in bin 2"). A polite request is a command ("can you put the
drill in bin 4?"); a question about permission is not ("can I put the drill in bin 4?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from functools import lru_cache

from inventory import clean_text
from llm.actions import Action, ParseResult
from llm.fast.asides import changes_the_fact, has_change_word, without_asides
from llm.fast.bare import parse_bare, said_in_passing
from llm.fast.certainty import (
    LABEL_ALONE,
    READ_TYPES,
    WRITE_TYPES,
    ask_first,
    needs_asking,
    only_reads,
)
from llm.fast.changes import parse_change, parse_not_there, parse_used_up
from llm.fast.disposals import parse_given_away, parse_gone_for_good
from llm.fast.embedded import direct_question
from llm.fast.help_patterns import HELP, MISTAKE_SAID, UNDO
from llm.fast.household_words import CONTAINER_NOUNS, FIRST_NAMES, PEOPLE
from llm.fast.items import parse_items
from llm.fast.learned import learned_reading
from llm.fast.lending import parse_lending
from llm.fast.loan_messages import read_loan_message
from llm.fast.loose import one_clause, one_question, run_on, sought_before
from llm.fast.notes import parse_note
from llm.fast.out_questions import parse_out_question
from llm.fast.people_named import is_group
from llm.fast.phrases import (
    KnownPlaces,
    build_action,
    clean_place,
    is_known_place,
    looks_like_place,
    strip_leading,
)
from llm.fast.pointing import POINTERS, pointing_back
from llm.fast.questions import (
    asked_in_place,
    bare_find,
    find_actions,
    history_actions,
    listing,
    parse_question,
)
from llm.fast.renames import parse_named
from llm.fast.statements import LOCATED, clear_subject
from llm.fast.text import (
    FACE,
    NAME_LEAD_INS,
    NOT_A_TITLE,
    NOT_AFTER_ARTICLE,
    NOT_AFTER_TITLE,
    bare_lead_in,
    lead_in_apart,
    normalise,
    numbers_heard,
    on_one_line,
    trim,
    trim_question,
)
from llm.fast.verb_forms import VERB_FORMS
from llm.fast.verbs import (
    NOT_OR_MAYBE,
    fix_first_word,
    fix_verb_typo,
    is_common_noun,
    is_verb_form,
    parts_of_speech,
    starts_clause,
)
from llm.fast.vocabulary import (
    ABSTRACT_NOUNS,
    CLAUSE_WORDS,
    FUNCTION_WORDS,
    NAME_CAPITAL,
    NAME_LETTER,
    STORAGE_WORD_PATTERN,
    STORAGE_WORDS,
)

MAX_MESSAGE_CHARS = 2_000
_MAX_SENTENCES = 5
# Someone else put it there: "dad put the tent in the garage", "Sarah stuck the wellies in
# the porch" say where things are as surely as "I put …".
# Using up or throwing out is told the same way: "the kids used up all the batteries",
# "she's binned the old rug", "Emma finished the milk".
_SOMEONE_ELSE = re.compile(
    r"^(?!(?i:someone|somebody|anyone|anybody|nobody|no\s+one|everyone|everybody|nearly|almost"
    r"|gonnae|gonna|ill|maybe|probably|just|also|still|never|always|accidentally)\b)"
    r"(?:(?:(?:my|our|the)\s+)?(?:cleaners?|"
    + "|".join(sorted(PEOPLE))
    + rf"|[{NAME_CAPITAL}][{NAME_LETTER}]{{1,20}})(?:'s|\s+has)?"
    r"|(?:she|he|they|She|He|They)(?:'s|'ve|\s+has|\s+have)?)\s+"
    # "mum's put her purse in the bread bin again", "mum hid the tv remote in the biscuit tin"
    r"(?=(?:put|moved|stored|stuck|placed|hung|stashed|popped|shoved|tucked|packed|filed|hid"
    r"|hidden"
    r"|returned|brought|carried|used(?:\s+up)?|finished(?:\s+off)?|binned|threw\s+(?:out|away)"
    r"|(?:went|got)\s+through|ate|drank|broke|smashed|snapped|cracked"
    r"|thrown\s+(?:out|away)|chucked(?:\s+out)?)\s+(?:(?:all\s+)?(?:the|my|our|his|her|their)"
    r"|\d|all\s+of|an?(?:\s+whole)?)\s)",
)
# Lead-ins that are never part of a name ("fyi kids scooters are in the shed").
# Lead-ins no name starts with: "fyi kids scooters r in the shed", "um drill is in bin 4".
_MARKERS = frozenset({
    "fyi", "btw", "pls", "plz", "please", "also", "note", "um", "umm", "erm", "uh", "er", "oh",
    "ah", "and",
})  # fmt: skip

_I = re.IGNORECASE
# Anything after the first sentence: "where is the drill? put it in bin 4" ("!" ends a
# word; "put the !!! in bin 4" is a name the service refuses).
_SENTENCE_BREAK = re.compile(rf"[?;]|(?<=[^\s!])!|(?<!\bno){NOT_A_TITLE}\.\s")
# "can you put the drill in bin 4", "could you please move ...": a request.
# "can we rename the side room to the Lady Chapel store?": a new name asked for is a request.
_POLITE = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u|ya)"
    r"|(?P<we>(?:can|could|shall)\s+we)(?=(?:\s+(?:please|pls|just))*\s+(?:rename|relabel|call)\s))"
    r"(?:\s+(?:please|pls|plz|kindly|just))*\s+(?P<request>.+)$",
    _I,
)
# "can we call dibs on the front seat?", "can we call it a day?", "… call the loft something
# else?": no new name for a place.
_NO_RENAME = re.compile(
    r"call\s+(?:dibs|shotgun|bagsy|it|time)\b|.*\bsomething(?:\s+else)?\??$", _I
)
# "can you I ...", "could you have moved ...", "would you not ...": no request.
_NOT_A_REQUEST = re.compile(
    r"^(?:i|we|he|she|they|it|you|have|has|had|be|been|not|never|still|ever|also)\b", _I
)
# Statements that only look like commands: negations, plans, conditions, questions.
_NOT_A_STATEMENT = re.compile(
    r"n't\b|\b(?:not|never|nothing|nowhere|neither|nor|cannot|dont|didnt|doesnt|wont|cant"
    r"|isnt|arent|wasnt|werent|havent|hasnt|shouldnt|wouldnt|couldnt|aint)\b"
    r"|\bno\b(?!\.?\s*\d)"
    r"|\b(?:if|unless|when|whenever|until|once|after|before|while|otherwise|or|but"
    r"|then|because|though|although|whether)\b"
    # "till" as "until"; "the till", "till rolls" are the shop's cash register
    rf"|{NOT_AFTER_ARTICLE}\btill\b(?!\s+(?:rolls?|counter|drawer|receipts?|float)\b)"
    r"|\b(?:would|could|should|shall|might|must|ought|gonna|wanna|gotta|lets|maybe"
    r"|perhaps|probably|possibly|(?<!\bfor\s)(?:tomorrow|tonight)|later|soon|eventually|someday"
    r"|kesho|ma[nñ]ana"  # "tomorrow" in Swahili and Spanish
    # something forgotten somewhere, not kept there: "left my textbook in my locker at school
    # again", "left the charger at work" ("the office" may be a room at home)
    r"|left\b(?=.*\b(?:again|at\s+(?:school|work|uni|college)|in\s+my\s+locker\s+at)\b)"
    r"|next(?!\s+(?:to|door|unit)\b))\b"
    # "will", "can", "may" as verbs; as names ("the can opener", "the watering can in the
    # shed", "my will and the deeds") they come after an article or before a preposition,
    # "and", punctuation or the end
    rf"|{NOT_AFTER_ARTICLE}\b(?:will|can|may)\b"
    r"(?!'|\s+of\b|\s*[,.!?]|\s*$|\s+(?:in|into|on|onto|to|and|from"
    r"|out|off|back|is|are|was|were|has|holds|with|at|under|behind|inside|next|beside|by)\b)"
    r"|'(?:ll|d)\b|\blet(?:'s|\s+us)\b"
    r"|\b(?:going|want|wants|wanted|need|needs|needed|have|has|had|plan|plans|planning"
    r"|try|trying|hope|wish|remember|supposed|about|meant|intend|like|used|got)\s+to\b"
    r"|^(?:did|do|does|is|are|was|were|am|have|has|why|how|what|where|who|which|whose)\b"
    # hedges and hopes: "apparently the drill is in bin 2", "the drill is in bin 4 I think"
    r"|\b(?:apparently|hopefully|supposedly|presumably|seemingly|allegedly|reportedly|likely"
    r"|unlikely|think|thinks|thought|guess|guessing|suppose|believe|reckon|assume|assuming"
    r"|hoping|iirc|afaik|prolly|sure|unsure|doubt|wonder|imagine|expect|seems?|seemed|kinda"
    r"|sorta|bet)\b|\bhope\b(?!\s+chest)|\b(?:looks?|looked|sounds?)\s+like\b",
    _I,
)
_LEMMAS = tuple(VERB_FORMS)
# "who has the lantern and who has the tarp": a second question after "and".
_NEXT_QUESTION = re.compile(
    r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)(?=(?:who|where|what|which|when|how)(?:'s|'re|s\s|\s))", _I
)
_COMMAND = re.compile(r"^/(?P<command>[a-z_]+)(?:@[\w.]+)?(?:\s+(?P<argument>.+))?$", _I)


# A short lead-in before "!", ":" or a dash: "found it! the passport is in ...", "moving in!
# put ...", "quick q - where's ...", "Stocked up: 24 loo rolls in ...".
_LEAD_IN_CLAUSE = re.compile(r"^(?P<lead>[^!?:;.]{1,40}?)\s*(?:!+|:|\s[-–—]+)\s+(?P<rest>\S.*)$")
_MAX_LEAD_IN_WORDS = 3
# "it's Margaret", "this is Joan here", "Pat here": who is writing.
_INTRODUCTION = re.compile(
    r"^(?:(?i:hello|hi|hiya|hey)[,!]?\s+)?(?:(?i:it's|it\s+is|this\s+is)\s+[A-Z][\w'-]*(?:\s+here)?"
    r"|[A-Z][\w'-]*\s+here)[.!]*$"
)
# Where one sentence ends and the next begins ("put the drill in bin 4. the saw is in bin 5").
# How many more clauses after two a list of changes is read in ("…, … and …").
_MAX_MORE_CLAUSES = 2
# The rest read as two more clauses: short (each clause reads it again), and with no comma,
# which may end it with a word that takes it all back (", undo that", ", hypothetically").
_MORE_CLAUSES_SAID = re.compile(r"[^,;?]{1,200}")
_CLAUSE_BREAK = re.compile(rf"(?<=[!;])\s*|(?<!\bno)(?<=\.){NOT_AFTER_TITLE}\s+")
_FOUND = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:finally|just)\s+)?(?:"
    r"(?:had|got|received|took)\s+(?:a\s+|another\s+|the\s+)?(?:donation|delivery|shipment)\s+of"
    r"|found|bought|got(?:\s+in)?|picked\s+up|ordered"
    r"|received|borrowed|collected|took\s+in|took\s+delivery\s+of|had\s+delivered"
    r"|(?:were|was|got)\s+(?:given|donated|sent))\s+(?P<thing>.+)$",
    _I,
)
# Brought from a place, said before where it is now: "we've brought the bikes back from the
# boat, and they're in the garage now".
_BROUGHT_FROM = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:brought|took|carried|fetched|got|moved|shifted)\s+"
    r"(?P<things>.+?)\s+(?:back\s+|down\s+|up\s+|over\s+|in\s+)?(?:from|out\s+of|off)\s+"
    r"(?P<source>[^,]+)$",
    _I,
)
# Where a thing was found, said after it: "a cardigan with Doris's name tag in the lounge".
_FOUND_IN = re.compile(r"\s+(?:in|on|under|behind)\s+(?:the|my|our)\s+[\w' -]+$", _I)
# Where things came from, said after them: "from the Co-op", "off ebay".
_SUPPLIER = re.compile(r"\s+(?:from|off)\s+.+$", _I)
# "…, now on shelf 2", "…, stored in the store cupboard": where the thing just named is.
_WHERE_NOW = re.compile(
    r"^(?:(?:now|all|both|stored|put|kept|placed|popped|stacked|going|gone|went)\s+)+"
    r"(?P<where>(?:in|into|on|onto|under|inside|at)\s+.+)$",
    _I,
)
# A word to the listener first: the message may be said to them ("mate put the drill in …").
_TO_THE_LISTENER = re.compile(r"(?:mate|m8|bro|bruh|dude|fam|boss|hun|babe)\b", _I)
# A word said before "I put it …" that is no thing: "ok", "so", "right", "lol".
_LEAD_WORD = re.compile(
    r"(?:ok|okay|k|so|right|well|yeah|yes|yep|lol|haha|hmm+|um+|erm|and|but|then|also|anyway"
    r"|actually|yesterday|today|earlier|finally|alright|aight)[,.!]*",
    _I,
)
# "the hammer I have put in box 2", "the passport, I put it in the drawer": the thing first.
_THING_FIRST = re.compile(
    r"^(?P<thing>(?:the\s+|my\s+|our\s+|\d+\s+)?[^,]+?),?\s+(?P<who>i|we)(?P<aux>\s+have|'ve|\s+just)?"
    r"\s+(?P<verb>put|stored|placed|left|kept|moved|shifted|stuck|hung|packed|stashed|popped"
    r"|(?:thrown|threw|given|gave|chucked|tossed)\s+(?:away|out)|binned|sold|donated|recycled"
    r"|lent|loaned|returned|used(?:\s+up)?)"
    r"(?:\s+(?:it|them))?(?P<where>\s+(?:back\s+)?(?:in|into|on|onto|under|inside|at|to)\s+.+"
    r"|\s+back)?$",
    _I,
)
# "found my passport! it's in the drawer", "… they were in the desk drawer all along"
_PRONOUN_SUBJECT = re.compile(
    r"^(?P<pronoun>it's|it\s+is|its|it\s+was|they're|they\s+are|theyre|they\s+were)\s+", _I
)
_PRONOUN_OBJECT = re.compile(r"(?<=\s)(?:it|them)(?=\s)", _I)
_IT = frozenset({"it", "them", "em", "'em"})
# "it" as the place a thing went, not the thing: "put the rollerblades in it".
_INTO_PRONOUN = re.compile(r"\s(?P<into>in|into|inside)\s+it(?=\s)", _I)
_ARTICLE = re.compile(r"^(?:the|a|an|my|our|some|new|a\s+new)\s+", _I)
# A thing named alone before a dash: "the drill", "my old laptop" (no verb, no place).
_THING_ALONE = re.compile(r"(?:the|my|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}", _I)
_CLAUSE_JOIN = re.compile(r",\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?", _I)
_MAX_JOINS = 4
_TOO = re.compile(r"\s+(?:too|as\s+well|also)$", _I)
# Where things are, said after "they're": "in the garage now", "back on the shelf".
_WHERE_SAID = re.compile(r"(?:now\s+|back\s+|all\s+)?(?:in|on|at|under|inside|into)\s", _I)
_AND_LEAD = re.compile(r"^(?:and|plus|&)\s+", _I)
_COMMA_AND = re.compile(r",\s*and\b", _I)
# More things said on their own after a change or a search: "also the mehndi plates",
# "and the dupatta box", "plus the rake too".
_ADDED = re.compile(
    r"(?:and|also|plus|oh\s+and)\s+(?P<items>(?:the|my|our|his|her|their|\d+|a|an)\s+"
    r"(?:(?!\b(?:in|into|on|onto|out|from|to|at|under|for|is|are|was|were|'s)\b)[^,.!?])+?)"
    r"(?:\s+(?:too|as\s+well|also))?",
    _I,
)
# More things said alone with "too" after a change: "… in the garage. bouncer too".
_ALSO_TOO = re.compile(
    r"(?P<items>(?:(?:the|my|our|his|her|their|\d+|a|an)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"\s+(?:too|as\s+well|aswell)"
)
# Words before "too" that are no more things: "me too", "that too".
_NOT_MORE = frozenset({"me", "that", "this", "it", "them", "those", "these", "you", "us"})
_MAX_CHATTER_WORDS = 16
# More questions than this in one message are left to the model (each is read again).
_MAX_QUESTIONS = 12
# A thing said alone, then where it is asked: "Sandbags. Where are they. Rain Thurs".
_TOPIC_THEN_WHERE = re.compile(
    r"^(?:bot[.,!]\s+)?(?!(?:any|anyone|anybody|seen|have|has|had|did|do|does|where|what|who|which"
    r"|how|is|are|can|could)\b)(?P<thing>[^.?!,]{2,40}?)[.?!]+\s+where"
    r"(?:\s+(?P<rest>(?:is|are)\s+(?:it|they)|(?:'s|s)\s+(?:it|that)))?(?:[.?!]+(?:\s+[^?]{0,30})?)?$",
    _I,
)
# A thing said first, then which holder: "Insulin pens which fridge shelf?", "drill - which box".
_TOPIC_THEN_WHICH = re.compile(
    r"^(?!(?:any|where|what|who|which|how|is|are|do|does|did)\b)(?P<thing>[^.?!,]{2,40}?)"
    r"\s*(?:[,:]|\s[-–]+)?\s+which\s+(?P<holder>(?:[\w-]+\s+){0,2}(?:"
    + STORAGE_WORD_PATTERN
    + r")(?:e?s)?)\s*[?.!]*$",
    _I,
)
# A place said first, then what is in it: "blue file what are the docs inside", "back room,
# what we got".
_TOPIC_THEN_WHAT = re.compile(
    r"^(?!(?:any|where|what|who|which|how|is|are|do|does|did|check|look|see|open|show|tell)\b)"
    r"(?P<place>[^.?!,]{2,40}?)(?:\s+(?:got|has))?"
    r"\s*(?:[,:]|\s[-–]+)?\s+what(?:'s|s|\s+is|\s+are)?\s+(?:(?:the|all\s+the)\s+\w+\s+)?"
    r"(?:inside|in\s+(?:it|there)|(?:(?:do|have)\s+)?we(?:'ve)?\s+(?:got|have)(?:\s+in\s+(?:it|there))?)"
    r"\s*[?.!]*$",
    _I,
)
# Which one, said after the question: "…, the good wera one", "…, the one with holes" (one
# word, "…, the yellow one", is read with the thing: "the big yellow torch").
_WHICH_ONE_AFTER = re.compile(
    r",\s*the\s+(?!(?:[\w'-]+\s+){0,3}?(?:last|previous|first|next|other)\b)"
    r"(?:(?:[\w'-]+\s+){2,3}ones?|[\w'.-]*[\d/][\w'/.-]*\s+(?:[\w'-]+\s+){0,2}ones?"
    r"|(?:[\w'-]+\s+)?ones?\s+(?:with|that|from|in|on|for|by)\b[^,?]*)"
    r"\s*(?=\?*$)",
    _I,
)
# Which one of them, said after a thing: "the one with holes", "the good wera one".
_WHICH_ONE = re.compile(
    r"^(?:the\s+)?(?:[\w'-]+\s+){0,3}one(?:\s+(?:with|that|from|in|on|for|by|i|we|you)\b.*)?$", _I
)
# A greeting or thanks said as a sentence of its own around the message.
_COURTESY = re.compile(
    r"(?:(?:good\s+)?(?:morning|afternoon|evening)|hello|hi|hiya|hey|hi\s+there|hello\s+there"
    r"|dear\s+\w+|thank\s+you|thanks|many\s+thanks|cheers|ta|thx|ty|regards|kind\s+regards"
    r"|best\s+wishes|bye|see\s+you|all\s+done|done|that's\s+all|thats\s+all|that\s+is\s+all"
    # "…. Please make a note of it.", "…. Please note it down."
    r"|(?:please\s+|kindly\s+)?(?:make\s+a\s+note\s+of\s+(?:it|that|this)|note\s+(?:it|that|this)"
    r"\s+down|write\s+(?:it|that|this)\s+down))"
    r"(?:[\s,]+(?:so\s+much|very\s+much|kindly|again|a\s+lot|all|everyone|mate|love|dear"
    r"|bot|wms|for\s+your\s+help|for\s+that|in\s+advance))*"
    # and who says it, with a capital: "Thank you, Margaret", "Many thanks, Jean Hale"
    r"(?:[\s,]+(?P<thanked>(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+))?))?(?:\s+x+)?",
    _I,
)
# Who signs a message, with capitals: "Margaret", "Jean Hale".
_SIGNER = r"(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+))?"
# A message signed off: "…. Thank you, Margaret", "…! Many thanks", "… - Jean", "… – Mum x".
_SIGNED = re.compile(
    rf"^(?P<said>.*?[^\s.!,;:-]\??)\s*(?:(?:(?<=\?)|[.!]+)\s*(?:{_COURTESY.pattern})"
    rf"|\s+[-\u2013\u2014]+\s*(?P<signer>{_SIGNER})(?:\s+x+)?)[\s.!]*$",
    _I,
)
# A greeting or who is writing said as a sentence of its own, or words that say a fact is
# being told, first: "Good morning. …", "Hi, Jean here. …", "Just to let you know, …", "For
# the record: …", "Please note that …".
_TOLD_FIRST = re.compile(
    rf"^\s*(?:(?:{_COURTESY.pattern})\s*[.!]+"
    # who is writing, said first: "Hi, Jean here.", "It's Margaret.", "This is Dave!"
    r"|(?:(?:hello|hi|hiya|hey)[,!]?\s+)?(?:(?:it's|it\s+is|this\s+is)\s+(?P<writer>(?-i:[A-Z][\w'-]*))"
    r"(?:\s+here)?|(?P<here>(?-i:[A-Z][\w'-]*))\s+here)\s*[.!]+"
    r"|(?:just\s+to\s+let\s+(?:you|u)\s+know|just\s+so\s+(?:you|u)\s+know|for\s+the\s+record"
    r"|for\s+(?:your|the)\s+records(?=\s*[,:;.\u2013\u2014-])"  # not "for the records box"
    r"|(?:(?:please|pls|kindly)\s+)?note(?!\s+(?:down|this|that\s+down)\b)"  # not "note down"
    r"(?=\s*[,:;.\u2013\u2014-]|\s+that\s+(?:the|my|our|your|i|we|you|he|she|they|it|there|\d)\b"
    r"|\s+(?!that\b))"  # "note that the drill is …", not "note that crack in the window"
    r"|(?:please\s+|kindly\s+)?be\s+(?:advised|informed))(?:\s+that)?\s*[,:;.!\u2013\u2014-]*)"
    r"\s+(?P<said>[^\s\u2013\u2014-].*)$",
    _I,
)
# What is said without a person where a name said last may be who: "lent the drill - Dave".
_WHO_MAY_BE_SIGNED = frozenset({"take", "return", "out"})
# Words said after a dash that are no one's name: days, what chat says in short, a sound.
_NEVER_SIGNED = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "jk", "asap", "tbc", "tba", "tbd", "nvm", "idk", "ok", "okay", "k", "kk", "todo", "dunno",
    "nevermind", "oops", "whoops", "nope", "nah", "yep", "yup", "yeah", "hmm", "ugh", "meh",
    "haha", "ta", "soz", "sry", "thx", "ty", "pls", "plz", "cheers", "done", "unless",
})  # fmt: skip
# Who a message is said to, or whose words it passes on, said first before a colon or a dash.
_ADDRESSED = re.compile(
    r"^\s*(?:@\w+\s*|(?P<quoting>quoting\s+\S+)|(?P<title>(?:the|my|our)\s+)?"
    r"(?P<name>[\w'-]+)(?P<reported>(?:\s+(?:just|has|had))?\s+(?:said|says|texted|wrote|writes"
    r"|asked|wants|reckons|messaged))?)\s*(?::|\s[-\u2013\u2014]\s)",
    _I,
)
# Who a message is said to, called by what they are: "Kids: shoes in the rack", "Babe - …".
_CALLED_ON = frozenset({
    "kids", "everyone", "all", "guys", "lads", "team", "babe", "love", "hun", "mum", "mom", "dad",
    "mam",
})  # fmt: skip
# Said before a dash, left open: "gave the pram to - Sarah".
_LEFT_OPEN = re.compile(r"\b(?:to|with|for|from|by|of|off)\s*$", _I)
# A place's own place in brackets after it: "… to box 11 (shelf B2)", "(on shelf 3)".
_IN_PARENT = re.compile(
    r"^(?P<said>.+?)\s*\((?:in|on|at)?\s*(?:the\s+)?"
    r"(?P<parent>(?![^)]*\b(?:or|not|no|maybe|either|possibly|probably)\b)[^()]+)\)[.!]*$",
    _I,
)
# Why the last change was a mistake, said beside "undo": "it was recorded against the wrong
# crate", "I typed 23 instead of 32". Beside anything but an undo the message is left alone.
_WHY_UNDONE = re.compile(
    r"\b(?:wrong|mistake|mistakenly|typo|by\s+accident|accidentally|instead\s+of|meant\s+to)\b",
    _I,
)
# A change denied or only meant: "he never moved it", "didn't touch it", "need to make room".
_NOT_DONE = re.compile(
    r"\b(?:never|not|didn't|didnt|hasn't|hasnt|haven't|havent|won't|wont|to)\s+(?:\w+\s+)?\w+"
)
# A word after these is a noun, whatever it may be as a verb ("some stuff", "the set").
_A_NOUN = re.compile(r"\b(?:the|my|our|some|any|more|no|all|missing|lost|of)\s+[\w']+")
_CANT_FIND = re.compile(
    r"\b(?:can't|cant|cannot|can\s+not|don't|dont|couldn't|couldnt)\s+(?:find|see|remember"
    r"|recall|locate|spot)\b",
    _I,
)
# A remark in brackets: words, no count ("(x12)", "(8)") and no place of its own.
_BRACKETED = re.compile(
    r"\s*\((?![^)]*\d)(?:(?=[^)]*\s)|(?=[a-z]+\)\s*$))(?![^)]*\b(?:not|no|or|maybe|ones?)\b)"
    r"[^()]{3,80}\)",
    _I,
)
# How many, said after the things: "the HDMI cables, all 4 of them, are in crate C".
_HOW_MANY_AFTER = re.compile(
    r"\b(?:the|my|our)\s+(?P<things>[\w' -]+?),\s*(?:all|both)\s+(?P<count>\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|twenty)\s+of\s+them,\s*",
    _I,
)
# Someone's word passed on: "ok abuela says put the 24 cans in the closet" (done, or to do?
# asked), "abuela asks what's left in the shed" (answered). Not "wants me to …" (a request).
_PASSED_ON = re.compile(
    r"^(?:(?:ok|okay|so|right)[,\s]+)?(?P<who>[\w'-]+)\s+says\s+(?:to\s+)?(?P<order>(?:put|move|store"
    r"|stick|pop|keep|bin|chuck|throw|toss|hang|file)\s.+)$"
    r"|^(?:(?:ok|okay|so|right)[,\s]+)?(?!(?:i|we|you|u)\s)[\w'-]+(?:\s+[\w'-]+)?\s+(?:asks"
    r"|is\s+asking|wants\s+to\s+know)\s+(?P<question>(?:what|where|who|how|when|which)\b.+)$",
    _I,
)
# Whose word is no household's order: "nobody says put …", "the doctor says keep …".
_NOT_HOUSEHOLD = frozenset({
    "nobody", "noone", "someone", "somebody", "everyone", "everybody", "doctor", "dr", "gp",
    "vet", "nurse", "pharmacist", "dentist", "teacher", "he", "she", "they", "who", "it", "i",
    "we", "you",
})  # fmt: skip
# Where things are, said formally: "In the bottom drawer you will find the pension papers".
_YOU_WILL_FIND = re.compile(
    r"^(?P<place>(?:in|on|under|inside)\s+(?:the|my|our)\s+(?!(?:meantime|end|long\s+run|past"
    r"|future|morning|evening|afternoon)\b)[^,]+?),?\s+"
    r"(?:you(?:'ll|\s+will|\s+can)|one\s+(?:will|can))\s+find"
    r"\s+(?P<things>(?:the|my|our|\d+|a|an|some)\s+[^,]+)$",
    _I,
)
_CAME_OUT = re.compile(
    r"^(?P<things>(?:the\s+|my\s+|our\s+)?[\w' -]+?)\s+(?:came|has\s+come|have\s+come)\s+out"
    r"\s+of\s+(?P<source>[^,]+?),?\s+and\s+(?:is|are|it's|they're)\s+(?:now\s+)?(?:in|on)\s+(?P<place>.+)$",
    _I,
)
_INSTEAD_OF = re.compile(
    r"^(?P<said>.+?),?\s+(?:instead\s+of|rather\s+than)\s+(?P<old>(?:in\s+|on\s+)?(?:(?:the|my|our)"
    rf"\s+[^,]+|{LABEL_ALONE}|(?:box|bin|drawer|shelf|crate|bay|cabinet)\s+\w{{1,3}}))$",
    _I,
)
# Where it was, said after the new place: "…, was in the lounge before", "…, it was in the
# tower" ("before" goes without saying after "it was").
_WAS_BEFORE = re.compile(
    r"^(?P<fact>.+?),\s*(?:(?P<it>it|they)\s+)?(?:was|were|used\s+to\s+be)\s+"
    r"(?P<old>(?:in|on)\s+[^,]+?)(?(it)(?:\s+(?:before|previously|until\s+now))?"
    r"|\s+(?:before|previously|until\s+now))$",
    _I,
)
_PLACE_WITHIN = re.compile(
    r"(?P<lead>\s)(?:in|into|inside)\s+(?P<outer>(?:the|my|our)\s+[^,]+?),\s*"
    r"(?P<inner_prep>on|in|inside|under)\s+(?P<inner>(?:the|my|our)\s+[^,.!?]+)",
    _I,
)
# "the drill got put in bin 4", "was put": "has been put"; "the drill's gone in": "has gone".
_DONE = (
    r"put|moved|stored|shoved|stuck|packed|thrown|chucked|binned|sold|taken|hung|lent|shifted"
    r"|dumped|donated|stashed"
)
# "got left" is also "have left over": only "were left" is said of a thing put somewhere
_GOT_DONE = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)\b(?:got|was)\s+"
    rf"(?=(?:{_DONE})\b)",
    _I,
)
_WERE_DONE = re.compile(rf"\bwere\s+(?=(?:{_DONE}|left)\b)", _I)
_HAS_DONE = re.compile(r"(?<=[a-z])'s\s+(?=(?:gone\s+(?:in|into|on|under)|been)\b)", _I)
# "the ladder's gone back in cage 3": only into a storage place, and said of a thing
# ("mick's gone back in the pub", "the flat's gone back on the market", "bob's gone back in
# the shed to sulk" are not read so).
_HAS_GONE_BACK = re.compile(
    r"\b(?P<who>[a-z]+)'s\s+(?=gone\s+back\s+(?:in|into|under)"
    r"\s+(?:(?:the|my|our)\s+(?:[\w-]+\s+)?)?"
    rf"(?:{STORAGE_WORD_PATTERN})\b)",
    _I,
)
_NOT_GONE_BACK = FIRST_NAMES | PEOPLE | {"anything", "something", "nothing", "everything", "deal"}
_ASKED = re.compile(
    r"^(?:when|whens|when's|where|wheres|where's|what|whats|what's|who|how|did|has|have|was|were"
    r"|is|are|do|does)\b",
    _I,
)
_COUNT_AT_THE_END = re.compile(r"^(?P<rest>.+?)\s+x(?P<count>\d+)$", _I)
# Where something is only until a day: "the car is in the workshop until Friday".
_UNTIL = re.compile(rf"\b(?:until|{NOT_AFTER_ARTICLE}till|til)\s+\w+(?:\s+\w+)?\W*$", _I)
# Someone from outside the household: what they did may be to their own things.
_OUTSIDER = re.compile(
    r"\b(?:customers?|clients?|plumbers?|builders?|electricians?|engineers?|contractors?|postman"
    r"|courier|landlord|tenants?|neighbou?rs?|vet|farrier)\b",
    _I,
)
# A message that starts by calling someone by name and asks "you": said to them, not to us.
_TO_SOMEONE = re.compile(
    r"^(?!(?:hi|hey|hello|hiya|ok|okay|right|so|well|morning|evening|sorry|please|pls|thanks|bot"
    r"|wms|yes|no|yeah|nope|oh|um|er|btw|fyi|also|and|but|then|now|anyway|actually|honestly"
    r"|seriously|wait|quick|question|listen|look|again|just|sir|madam|team|guys|all|everyone"
    r"|folks|friends|urgent|update|note|reminder|hmm|ah|eh|lol|ugh|help|oops|cheers|yo|oi|oy)\b)"
    r"(?:(?:ma|pa|mam|mum|mom|dad|"
    + "|".join(sorted(PEOPLE))
    + rf")\b|[{NAME_CAPITAL}][{NAME_LETTER}]+)\s*,\s*(?=.*\b(?:you|u|ya)\b)"
    # "Kwame you took the charger…", "Michael did you put the Pentola back": a name, no comma
    r"|(?!(?:thank|love|see|bless|miss|mind|told|tell|hope|trust|bet|guess|are|can|could|did"
    r"|do|have|will|would|should|where|what|how|when|why|who|if|as|so|because|unless)\b)"
    rf"(?-i:[{NAME_CAPITAL}][{NAME_LETTER}]+)\s+(?=(?:you|u|did\s+(?:you|u)|have\s+(?:you|u)"
    r"|where(?:'ve|\s+have"
    r"|\s+did)?\s+(?:you|u))\s)",
    _I,
)
# Where a clause starts in a message with no comma before it ("… its in the drive").
_CLAUSE_STARTS = re.compile(
    r"(?<=[a-z0-9])(?=\s+(?:it's|it\s+is|it\s+was|they're|theyre|they\s+are|they\s+were|she's"
    r"|he's|its\s+(?:in|on|at|back|now|under|inside|up|down|all|still|over|behind|with)\b)\s)",
    _I,
)
_PEOPLE_JOINED = re.compile(
    rf"^(?:{'|'.join(sorted(PEOPLE))})\s+and\s+(?:{'|'.join(sorted(PEOPLE))})(?:'?s)?$", _I
)
_JOINED = re.compile(r"\b(?:so|and|but|then|because|cos|when|after|before|while|if)\b", _I)
# The sentences of the message being parsed, with what each was read as.
_READ: ContextVar[dict[str, list[Action]] | None] = ContextVar("_READ", default=None)
_LEAD_IN_VERBS = re.compile(r"\b(?:is|are|was|were|'s|has|have)\b", _I)


def parse_fast(text: str, *, known_places: KnownPlaces = (), loose: bool = False) -> ParseResult:
    """Parse a message into actions without an LLM, or into none when unsure.

    Args:
        text: the message as the person typed it.
        known_places: the household's place names ("Bin 4", "Garage"), used only to
            tell places from items ("garage is in the house").
        loose: as a last resort, ask about the one clause of a longer message that says
            a change (`one_clause`), else about the learned guess (`learned_reading`).
            For when no model is there to read it whole.

    Returns:
        The validated actions; an empty list means "leave it to the LLM". Quantities
        and name lengths are left to the inventory service to refuse ("put 0 screws
        in bin 4" is a store of 0 screws, answered "I can only count from 1 to ...").
    """
    if loose and "\n" in text.strip() and len(text) <= MAX_MESSAGE_CHARS:
        # several lines and no model to read them: read as one line, and ask before a change
        return _read_asking_first(on_one_line(text), known_places, loose)
    if _TAKEN_BACK.search(text):  # "threw out the old kettle :P kidding": nothing happened
        return ParseResult.checked_by_service([])
    if _FACE_BETWEEN.search(text):
        # "sold the bike :) got 50 quid", "my wife ;) is in the shed", "the new bike <3 is in
        # the shed": read without the face (not "the xD card"), a change asked first
        return _read_asking_first(_FACE_BETWEEN.sub("", text), known_places, loose)
    if _DOTS_BETWEEN.search(text):
        # "my...sister is in the kitchen", "Sam...put the drill in bin 4", "nobody...took it":
        # read with a space after the dots, a change asked first (what trailed off there?)
        return _read_asking_first(_DOTS_BETWEEN.sub("... ", text), known_places, loose)
    heard = numbers_heard(text)
    if heard != text:  # "put the drill in bin for": bin 4, most likely (or "for later"?)
        return _read_asking_first(heard, known_places, loose)
    urged = _URGED.search(text)
    if urged:  # "put the drill in bin 4 asap": done, or to be done?
        ordered = text[: urged.start("urged")] + text[urged.end("urged") :]
        return _read_asking_first(ordered, known_places, loose)
    if _title_cased(text):
        # "Sam Borrowed The Pressure Washer": read in lower case, a change asked first (who
        # is a name and what a thing, the capitals no longer say: "Uncle Bob Is In The Shed")
        return _read_asking_first(text.lower(), known_places, loose)
    told = _TOLD_FIRST.match(text)
    writer = told and (told["writer"] or told["here"])
    if writer and not _name_word(writer.lower(), surname=False):
        told = None  # "It's Monday. …", "It's Wrong. …", "Shed here. …": no one is writing
    if told:  # "Good morning. …", "Just to let you know, …": what follows is the message
        said = parse_fast(told["said"], known_places=known_places, loose=loose)
        if said.actions:
            return said
    signed = _SIGNED.match(text)
    signer = _signer(signed["signer"] or signed["thanked"], known_places) if signed else None
    if signed and (signer or not signed["signer"]):
        # "put the drill in bin 4. Thank you, Margaret", "… - Jean": read without who signed
        said = parse_fast(signed["said"], known_places=known_places, loose=loose)
        thanked = not signed["signer"]  # "…. Thanks, Dave", not "… - Dave"
        if said.actions and not (signer and _signer_may_be_meant(signed["said"], said, thanked)):
            return said
    memo = _READ.set({})  # one message's parts are read by several rules: read each once
    marked = _LEADING_MARK.match(text)  # "- where is the drill", "?? how does this work"
    text = text[marked.end() :] if marked else text
    try:
        actions, refused = _spelt_right(text, known_places)
        if not actions and not refused:
            actions = _with_change_beside(text, _parse(text, known_places), known_places)
            if _maybe_misspelt_name(text):
                actions = _asked_unless_read(actions)  # "Neve borrowed the drill": Neve?
        extras = [] if actions or refused else _without_extras(text)
        for part in extras:
            # "…, he'll have it a week pls"; "hey bot, the tyre pump, which box" (after a
            # lead-in, only a question: a change is asked about below, "ok drill is in bin 4")
            read = _with_change_beside(part, _parse(part, known_places), known_places)
            if read and (text.startswith(part) or only_reads(read)):
                actions = read
                break
        if not actions and loose and not refused and not _unreadable(text):
            plain = _plain(text)
            if not _TO_SOMEONE.match(plain):  # "Emily, have you taken my scissors?"
                actions = _loosely([plain, *map(_plain, extras)], known_places)
    finally:
        _READ.reset(memo)
    if len(actions) > 1 and _CAN_YOU_HELP.search(text):
        # "I can't remember where the spirit level is. Can you help?": help to find it
        actions = [action for action in actions if action.type != "help"] or actions
    if not actions and _help_within(text):
        # "how does this work again what do i type", "I am the new carer. What I can ask to
        # you? how this works": asked for help among words that ask nothing else
        actions = [Action(type="help")]
    if not actions and _capitalised_by_phone(text):
        # a phone's capital first, read nothing: read as typed without it. A question is
        # answered ("Drill where?", "Is the pavlova dish still at Aunty Marge's?"); a change
        # is asked first, after a little word ("The kids put the paddling pool back") or a
        # noun, which may be a name ("Tent's back in the loft"; "Biscuit is in kennel 4": the
        # dog, and the answer is no)
        said = parse_fast(text[0].lower() + text[1:], known_places=known_places, loose=loose)
        actions = _asked_unless_read(said.actions)
    if not actions and loose and not refused:
        # a first word typed with a typo, read nothing as said right either: read as said
        # right in full, a change asked first ("lnet it to Tom", "Coud you list the places")
        actions = _misspelt_first_word(text, known_places)
    if marked:
        actions = _asked_unless_read(actions)  # "- bin the old paint": a to-do list's line?
    if _said_to_or_by_someone(text) or _TO_THE_LISTENER.match(text):
        # "Tom: put the drill in bin 4": done yet? "mate the snake is in the shed": a thing?
        actions = _asked_unless_read(actions)
    by_group = any(action.person and is_group(action.person) for action in actions)
    if by_group and not _LENT_BY_US.search(text):
        # "the rugby club gave back the trophy": ours? ("lent the gazebo to the cricket club"
        # says so)
        actions = _asked_unless_read(actions)
    if signer and any(signer.lower() in _named_by(action) for action in actions):
        actions = []  # "brb - Jean", "drill - Dave", "thanks so much! - Jean": no one's a place
    confirm = needs_asking(actions)
    return ParseResult.checked_by_service(_asked_once(actions), confirm=confirm)


def _asked_unless_read(actions: list[Action]) -> list[Action]:
    """The actions, asked about first unless they only look things up."""
    return actions if only_reads(actions) else ask_first(actions) or []


def _read_asking_first(said: str, known_places: KnownPlaces, loose: bool) -> ParseResult:
    """The message as said another way, with a change in it asked about first."""
    actions = _asked_unless_read(parse_fast(said, known_places=known_places, loose=loose).actions)
    return ParseResult.checked_by_service(actions, confirm=needs_asking(actions))


def _signer(signer: str | None, known_places: KnownPlaces) -> str | None:
    """The name a message is signed with ("… - Jean", "…. Thanks, Dave"), if it is a person's.

    A first name or a family word, or a word of no dictionary ("Jean", "Kev"), then a
    surname; not a place ("… - Garage"), not a thing ("- Sander", "- Prank"), not a word that
    says something ("… - Cancel", "- Maybe", "- Mum Says", "- Jk"), not someone's ("- Nana's").
    """
    if not signer or "'" in signer or looks_like_place(signer, known_places):
        return None
    words = signer.lower().split()
    named = all(_name_word(word, surname=index > 0) for index, word in enumerate(words))
    return signer if named else None


def _name_word(word: str, *, surname: bool) -> bool:
    """True for a word that may be (part of) a name: "jean", "dave", "mum"; "hale" after one.

    A word the dictionary has ("sander", "joy") is a name only when known as one.
    """
    if word in FIRST_NAMES or word in PEOPLE:
        return True
    if word in FUNCTION_WORDS or word in CLAUSE_WORDS or word in _NEVER_SIGNED:
        return False
    return parts_of_speech(word) <= ({"NOUN", "ADJ"} if surname else set())


def _said_to_or_by_someone(text: str) -> bool:
    """True for a message said to someone, or passing on someone's words, first.

    "Tom: put …", "Kids - shoes in the rack" (an order, not yet done), "Dave texted: …".
    """
    said = _ADDRESSED.match(text)
    if said is None:
        return False
    if said["reported"] or said["quoting"] or said.group().lstrip().startswith("@"):
        return True
    name = said["name"] or ""
    if said["title"] or not name:
        return False
    capitalised = name[:1].isupper() and name[1:].islower()
    return name.lower() in _CALLED_ON or (capitalised and _addressee(name.lower()))


def _addressee(word: str) -> bool:
    """True for a first word a message may be said to: a name, a family word ("Tom", "Mum")."""
    return word in FIRST_NAMES or word in PEOPLE or not parts_of_speech(word)


def _named_by(action: Action) -> set[str]:
    """What an action names besides a person, in lower case: its places, query and things."""
    said = (action.place, action.from_place, action.parent, action.query)
    return {name.lower() for name in (*said, *(item.name for item in action.items)) if name}


def _signer_may_be_meant(said: str, read: ParseResult, thanked: bool) -> bool:
    """True when a name said last may be part of what is said, not who signs it.

    "lent the drill - Dave": to Dave, maybe; "drill - Dave": Dave has it? A question, or a
    change that needs no one ("put the tent in the loft - Mum"), is signed. Someone thanked
    after a take that says where from ("Took the tent out of the loft. Thanks, Dave") signs.
    """
    if _said_to_or_by_someone(said) or _LEFT_OPEN.search(said):
        return True  # "Tom - put your bike in the shed - Mum"; "gave the pram to - Sarah"
    for action in read.actions:
        said_where = thanked and (action.place or action.from_place)
        if action.type in _WHO_MAY_BE_SIGNED and not action.person and not said_where:
            return True  # "borrowed the drill from bin 4 - Dave": Dave borrowed it, maybe
    finds = any(action.type == "find" for action in read.actions)
    return finds and not _ASKING_WORD.search(said) and "?" not in said


_MIN_WORDS_AFTER_LEAD_IN = 2
_LENT_BY_US = re.compile(r"\b(?:lent|lend|lends|lending|loaned|loan|loaning|leant)\b", _I)
# A please, a thanks or a laugh said last, in no rule's way: "…, he'll have it a week pls".
_SIGNED_OFF = re.compile(
    r"[\s,.!]*(?:\b(?:pls|plz|please|thanks|thank\s+you|thx|cheers|lol|lmao|haha+)"
    r"[\s,.!]*)+$",
    _I,
)


def _without_extras(text: str) -> list[str]:
    """The message without a lead-in said apart, without a sign-off, and without both.

    "hey bot, …", "ok so …", "… pls", "…, thanks lol" say nothing the rest does not.
    """
    lead = lead_in_apart(text)
    words = [word for word in text[len(lead) :].split() if any(map(str.isalnum, word))]
    if len(words) < _MIN_WORDS_AFTER_LEAD_IN:
        lead = ""  # "good morning bot", "hang on driving": chat, not a thing sought
    signed = _SIGNED_OFF.search(text, len(lead))
    end = signed.start() if signed and signed.start() > len(lead) else len(text)
    said = (text[len(lead) :], text[:end], text[len(lead) : end])
    return [part for part in dict.fromkeys(said) if part.strip() and part != text]


def _plain(text: str) -> str:
    """The message as the rules read it: printable, normalised."""
    return normalise(clean_text(text))


def _loosely(plain: list[str], known_places: KnownPlaces) -> list[Action]:
    """The loose readings of a message no rule read.

    Args:
        plain: the message as typed, then without its lead-in words and trailing noise
            (`_without_extras`: "ok so sold the old bike on ebay", "… pls", "…!!"), each
            through `_plain`.
        known_places: the household's place names.

    Returns:
        The first loose reading of the first wording that has one, or [].
    """
    read = _reader(known_places)
    tried: dict[str, str] = {}  # each wording once, as typed first ("… room." is "… room")
    for said in (said for each in plain for said in (each, trim(each))):
        tried.setdefault(said.rstrip().removesuffix(".").rstrip(), said)
    for said in tried.values():
        actions = (
            one_clause(said, read)
            or one_question(said, read)
            or sought_before(said, read)
            or run_on(said, read)
            or pointing_back(said, lambda part: _parse(part, known_places))
            or learned_reading(said, read)
        )
        if actions or not said:
            return actions or []
    return []


_WORD = re.compile(r"[^\W\d_][\w']+")
# A face of marks between words: "threw out the old kettle :P kidding".
_FACE_BETWEEN = re.compile(rf"(?<=\s)(?:{FACE}|<3+|[xX]D(?!\s+(?:card|picture|memory)))(?=\s+\S)")
# Dots between two words typed without a space: "ok...put the drill in bin 4".
_DOTS_BETWEEN = re.compile(r"(?<=\w)(?:\.{2,}|\u2026)(?=[a-z])", _I)
# Urged at the end of an order: a change asked for of someone ("take the bins out pls asap";
# not "used the last of the tape, need to order more asap").
_URGED = re.compile(
    r"(?:^|[.!?;,]\s*)(?:(?:pls|please|can\s+(?:you|u|someone))\s+)?(?:put|take|move|bring|give"
    r"|return|lend|throw|bin|get|grab|fetch|chuck|store)\b[^.!?;,]*?(?P<urged>[\s,]+(?:asap"
    r"|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|poss|you\s+can)))\W*$",
    _I,
)
# A message taken back at its end: "…, jk", "… kidding", "… in my dreams", "undo, nvm".
_TAKEN_BACK = re.compile(
    r"(?:^|[\s,.!;:-])(?:(?:just\s+|only\s+)?(?:kidding|joking)|(?-i:jk|Jk|j/k|jks)|not\s+really"
    r"|in\s+my\s+dreams|i\s+wish|as\s+if|yeah\s+right"
    # in the same sentence: "undo, nvm" ("… add that to my list. nvm" takes back only that)
    r"|(?<![.!?]\s)(?:nvm|never\s*mind|no\s+wait|ignore\s+(?:that|me|this)))[\W\d]*$",
    _I,
)


def _title_cased(text: str) -> bool:
    """True for a message with every word capitalised ("Tent Went Into The Loft"), not shouted."""
    if text.islower() or text.isupper():
        return False
    words = _WORD.findall(text)
    return len(words) >= 3 and all(word[0].isupper() and word[1:].islower() for word in words)


def _capitalised_by_phone(text: str) -> bool:
    """True when the capital of a message's first word may be a phone's, not a name's.

    "The kids …", "Is the …" (a little word a phone capitalises); "Drill where?" (a common
    noun); not a name people are called by ("Dave", "Mum"), nor a word of no dictionary.
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    word = first.rstrip("'s?!.,:").removesuffix("'")
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    lowered = word.lower()
    if lowered in _CAPITALISED_BY_PHONES:
        return True
    return lowered not in FIRST_NAMES and lowered not in PEOPLE and is_common_noun(lowered)


# Little words a phone capitalises first: "The kids put the paddling pool back", "Is the
# pavlova dish still at Aunty Marge's?"
_CAPITALISED_BY_PHONES = frozenset({
    "the", "my", "our", "a", "an", "some", "any", "where", "wheres", "what", "whats", "how",
    "who", "which", "when", "is", "are", "do", "does", "did", "has", "have", "can", "could",
    "put", "moved", "took", "used", "lent", "binned", "threw", "gave",
})  # fmt: skip


# What a message may start with that says nothing of what it asks: a list's bullet, a
# smiley, puzzled "??" before a question. Only before a space ("-80 freezer", "#12" are
# left); a quote's ">" is someone else's words. A change after one is asked about first.
_LEADING_MARK = re.compile(
    r"^\s*(?:[-*•~]+|[:;]-?[()DPp/|]|[?!.]{2,}(?=\s+(?:where|what|who|which|how|when|help)\b))\s+",
    _I,
)

# Where a question and a change said beside it part: ", ", "? ", ". ", "… and where …".
_QUESTION_AND_CHANGE = re.compile(
    r"\s*(?:[,;]|\?+|(?<!\bno)\.)\s+(?:and\s+)?|\s+and\s+(?=(?:where|what|who|which|how)\b)", _I
)

# The question starts with a question word; the change with a verb of changing.
_ASKED_PART = re.compile(r"^(?:where|what|who|which|how|when)\b", _I)
_TOLD_PART = re.compile(
    r"^(?:(?:i|we)\s+(?:have\s+|'ve\s+|just\s+)?)?(?:put|moved|stored|lent|took|gave|binned|threw"
    r"|used|returned|brought|stuck|shifted|packed)\b",
    _I,
)


def _with_change_beside(
    text: str, actions: list[Action], known_places: KnownPlaces
) -> list[Action]:
    """A question's answer, and a change said beside it that the question's reading left out.

    "where is the drill, put the saw in bin 4" finds the drill and stores the saw; "put the
    spare gas bottle in the gas locker, and where did I put the regulator?" stores the bottle
    and finds the regulator. Only when the message is the two parts, the whole message was
    read as one of them or not at all, and the change names its things (not "put it in bin
    4").

    Args:
        text: the message as typed.
        actions: what the rules read in the whole message.
        known_places: the household's place names.

    Returns:
        Both parts' actions in the order said, or `actions` unchanged.
    """
    if _unreadable(text):
        return actions
    parts = [part for part in _QUESTION_AND_CHANGE.split(text.strip()) if part.strip(" ?.!")]
    if len(parts) != 2:
        return actions
    asked = [bool(_ASKED_PART.match(trim(part))) for part in parts]
    told = [bool(_TOLD_PART.match(trim(part))) for part in parts]
    if asked not in ([True, False], [False, True]) or told != [not said for said in asked]:
        return actions  # "…, labelled", "…, by the window": a remark, not a question
    read = [_parse_sentence(part.strip(), known_places) for part in parts]
    question, change = (read[0], read[1]) if asked[0] else (read[1], read[0])
    if not (question and change and only_reads(question)) or only_reads(change):
        return actions  # not one question and one change
    if actions and actions not in read:
        return actions  # the whole message was read otherwise
    if any(item.name.lower() in POINTERS for action in change for item in action.items):
        return actions  # "where's the drill, put it in bin 4": which thing is not plain
    return [*read[0], *read[1]]


def _asked_once(actions: list[Action]) -> list[Action]:
    """The actions with each question kept once.

    "How does this work. What can I ask you?" is one help; a change said twice stays two.
    """
    kept: list[Action] = []
    for action in actions:
        if action.type in READ_TYPES and action in kept:
            continue
        kept.append(action)
    return kept


def _parse(text: str, known_places: KnownPlaces) -> list[Action]:
    if _unreadable(text):
        return []
    plain = _plain(text)
    if _TO_SOMEONE.match(plain):
        return []  # "Ma, where you keep the big wok?": asked of someone in the house
    return (
        _reworded(text, known_places)
        or _counted_at_the_end(plain, known_places)
        or _with_parent(text, known_places)
        or _thing_said_first(plain, known_places)
        or _parse_sentence(text, known_places)
        or read_loan_message(
            plain.strip(), lambda part: _parse_sentence(part, known_places), known_places
        )
        or _parse_clauses(text, known_places)
        or without_asides(plain, _reader(known_places))
        or _said_passively(plain, known_places)
        or _run_on(plain, known_places)
    )


def _gone_back(match: re.Match[str]) -> str:
    """The words with "X has" for "X's" before "gone back in", unless X is someone."""
    who = match["who"]
    return match.group() if who.lower() in _NOT_GONE_BACK else f"{who} has "


def _counted_at_the_end(plain: str, known_places: KnownPlaces) -> list[Action]:
    """How many, said at the very end, given to the one thing the rest names.

    "the gas canisters went in the metal cabinet (all 9)", "the tent pegs are in the blue
    bag, all 20": the count follows the place, not the things.
    """
    said = _COUNT_AT_THE_END.match(plain.strip().rstrip(".!"))
    if not said:
        return []
    read = _parse(said["rest"], known_places)
    if len(read) != 1 or len(read[0].items) != 1 or read[0].items[0].counted:
        return []
    item = read[0].items[0].model_copy(update={"quantity": int(said["count"]), "counted": True})
    counted = [read[0].model_copy(update={"items": [item]})]
    return (ask_first(counted) or []) if needs_asking(read) else counted


def _said_passively(plain: str, known_places: KnownPlaces) -> list[Action]:
    """A statement said in the passive the rules do not read ("the drill got put in bin 4")."""
    if _ASKED.match(plain):
        return []
    said = _HAS_DONE.sub(" has ", _GOT_DONE.sub("has been ", _WERE_DONE.sub("have been ", plain)))
    said = _HAS_GONE_BACK.sub(_gone_back, said)
    return _parse(said, known_places) if said != plain else []


def _run_on(plain: str, known_places: KnownPlaces) -> list[Action]:
    """A message typed or dictated without a comma, read with one where a clause starts.

    "found the remote it was down the back of the sofa", "Col brought the trailer back
    last night its in the drive": "it's", "they were", "she's" … start a clause.
    """
    said = _CLAUSE_STARTS.sub(",", plain)
    return _parse(said, known_places) if said != plain else []


def _unreadable(text: str) -> bool:
    """True for a message too long, or of several lines: left to the model."""
    return len(text) > MAX_MESSAGE_CHARS or "\n" in text.strip()


def _reworded(text: str, known_places: KnownPlaces) -> list[Action]:
    """The message read as said the usual way, when a place or a remark is put oddly."""
    found = _YOU_WILL_FIND.match(text.strip().rstrip(".!"))
    if found:  # "In the bottom drawer of the bureau you will find the pension papers": asked
        # (kept there, or there now? "in the lounge you'll find the dog asleep")
        return _asked_unless_read(_parse(f"{found['things']} {found['place']}", known_places))
    passed_on = _PASSED_ON.match(text.strip().rstrip(".!"))
    who = passed_on["who"].lower() if passed_on and passed_on["order"] else ""
    if who and (who not in PEOPLE or who in _NOT_HOUSEHOLD):
        passed_on = None  # "the label says put the lid on tight", "who says put …"
    if passed_on and passed_on["order"]:
        return _asked_unless_read(_parse(passed_on["order"], known_places))
    if passed_on:
        read = _parse(passed_on["question"], known_places)
        return read if only_reads(read) else []
    for reworded in _rewordings(text):
        read = _parse(reworded, known_places)
        if read:
            return read
    return []


def _rewordings(text: str) -> Iterator[str]:
    """The message with a place inside a place put in order, then without a bracketed remark.

    "in the greenhouse, on the potting bench" -> "on the potting bench in the greenhouse";
    "lent the heat gun to Marcus (the candle guy from the market)" -> without the brackets.
    """
    within = _PLACE_WITHIN.search(text)
    if within:
        said = within.groupdict()
        inner = f"{said['inner_prep']} {said['inner']} in {said['outer']}"
        yield text[: within.start()] + f"{said['lead']}{inner}" + text[within.end() :]
    if _BRACKETED.search(text):
        yield _BRACKETED.sub(" ", text).strip()
    came_out = _CAME_OUT.match(text.strip().rstrip(".!"))
    if came_out:  # "the topper came out of box 18 and is in the guest room closet"
        yield f"moved {came_out['things']} from {came_out['source']} to {came_out['place']}"
    instead = _INSTEAD_OF.match(text.strip().rstrip(".!"))
    if instead:  # "the potting mix is in the greenhouse now instead of the shed"
        yield f"{instead['said']}, not {instead['old']}"
    was = _WAS_BEFORE.match(text.strip().rstrip(".!"))
    if was:  # "the dock has moved to the study shelf, was in the lounge before"
        yield f"{was['fact']}, not {was['old']}"
    topic = _TOPIC_THEN_WHERE.match(text.strip())
    if topic:  # "Sandbags. Where are they.", "Stud finder? where": as "sandbags - where are they"
        yield f"{topic['thing']} - where {topic['rest'] or 'is it'}"
    what = _TOPIC_THEN_WHAT.match(text.strip())
    if what:  # "back room, what we got": as "what's in back room"
        yield f"what's in {what['place']}"
    which = _TOPIC_THEN_WHICH.match(text.strip())
    if which:  # "Insulin pens which fridge shelf?": as "which fridge shelf is insulin pens in"
        yield f"which {which['holder']} is {which['thing']} in"
    counted = _HOW_MANY_AFTER.search(text)
    if counted:  # "the fenders, all four of them, are in the cratch": four fenders
        before, after = text[: counted.start()], text[counted.end() :]
        yield f"{before}{counted['count']} {counted['things']} {after}"


def _with_parent(text: str, known_places: KnownPlaces) -> list[Action]:
    """A change into a place, and the place's own place in brackets, or [].

    "Added 24 jars of chutney to box 11 (shelf B2)": and box 11 is on shelf B2.
    """
    in_parent = _IN_PARENT.match(text.strip())
    if not in_parent or not looks_like_place(in_parent["parent"], known_places, needs_number=True):
        return []
    read = _parse(in_parent["said"], known_places)
    place = read[-1].place if read and read[-1].type in ("store", "move") else None
    nested = build_action(type="place", place=place, parent=in_parent["parent"].strip())
    if not (place and nested and looks_like_place(place, known_places, needs_number=True)):
        return []
    actions = [*read, nested]
    return (ask_first(actions) or []) if needs_asking(read) else actions


def _thing_said_first(plain: str, known_places: KnownPlaces) -> list[Action]:
    """The thing said first, read in the usual order ("the hammer I have put in box 2")."""
    thing_first = _THING_FIRST.match(plain.strip(" .!"))
    if not thing_first or _JOINED.search(thing_first["thing"]):
        return []
    if MISTAKE_SAID.fullmatch(thing_first["thing"]) or _LEAD_WORD.fullmatch(thing_first["thing"]):
        return []  # "oops I put it in the wrong bin", "ok I put it in bin 4": no thing said
    said = thing_first.groupdict()
    turned = f"{said['who']}{said['aux'] or ''} {said['verb']} {said['thing']}"
    return _parse_sentence(f"{turned}{said['where'] or ''}", known_places)


def _reader(known_places: KnownPlaces) -> Callable[[str], list[Action]]:
    """The reader of one sentence or a few, for readings of part of a message."""
    return lambda fact: _parse_sentence(fact, known_places) or _parse_clauses(fact, known_places)


# The thing meant, said after a question: "…? the drill I mean", "…? sorry, I mean the drill".
_MEANT = re.compile(
    r"^(?:sorry,?\s+|no,?\s+|oops,?\s+)?(?:(?P<said_first>i\s+mean(?:t)?,?)\s+)?"
    r"(?P<thing>(?:the|my|our)\s+[\w' -]+?)(?(said_first)|,?\s+i\s+mean(?:t)?)$",
    re.IGNORECASE,
)
# A question asked again, said as a correction: "sorry, where is …", "I mean, what's in …".
_CORRECTED = re.compile(r"^(?:sorry|oops|i\s+mean|no\s+wait|wait)\b", re.IGNORECASE)
_MAX_NAMED_ALONE_WORDS = 4
# How the things were, said as a sentence of its own: "too small for kids now".
_HOW_IT_WAS = re.compile(r"(?:way\s+)?(?:too|so|very)\s+[a-z]+\b", re.IGNORECASE)
_ASKING_WORD = re.compile(
    r"\b(?:where|wheres|what|whats|which|who|whos|how|any|anything|find|location|whereabouts"
    r"|seen|got|have|has|is|are|know|need|needed|looking|left)\b",
    re.IGNORECASE,
)


def _parse_clauses(text: str, known_places: KnownPlaces) -> list[Action]:
    """A message of a short lead-in and sentences, each read alone, or nothing.

    The lead-in ("found it!", "moving in!", "quick q -") is dropped; every sentence
    after it must be read ("put the drill in bin 4. the saw is in bin 5"), or none is.
    A question mark ends the message's reading: what follows a question is left alone.
    """
    text = _plain(text).strip()
    lead = _LEAD_IN_CLAUSE.match(text)
    if lead and _plain_lead_in(lead["lead"]):
        text = _without_pronoun(lead["lead"], lead["rest"])
    elif "?" in text.rstrip("? "):
        return _question_then_more(text, known_places)
    elif not _CLAUSE_BREAK.search(text.rstrip("!.; ")):
        return _two_clauses(text, known_places)
    sentences = [part.strip(" !;") for part in _CLAUSE_BREAK.split(text) if part.strip(" !.;")]
    if len(sentences) > _MAX_SENTENCES:
        return []
    actions: list[Action] = []
    named_alone: list[Action] = []  # "Thank you. Harold": a name, beside a real request
    asking = doubted = chatting = talking = mistaken = remarked = False
    for sentence in sentences:
        added = _added_to(actions, sentence.strip(" .!,"))
        if added:  # "Put the wedding card box in the loft. Also the mehndi plates"
            actions = added
            continue
        read = _parse_sentence(sentence.strip(), known_places)
        if _named_alone(sentence, read):
            named_alone.extend(read)
            continue
        if not read and _COURTESY.fullmatch(sentence.strip(" .!,")):
            continue  # "Good afternoon.", "Thank you kindly."
        if (
            not read
            and said_in_passing(sentence)
            and not has_change_word(sentence.lower())
            and not changes_the_fact(sentence)
        ):
            remarked = True  # "… in the pantry. haye", "… lol Dadi insisted"
            continue
        if (
            not read
            and _HOW_IT_WAS.match(sentence)
            and not has_change_word(sentence.lower())
            and not changes_the_fact(sentence)
        ):
            continue  # "donated winter coats. too small for kids now"
        if not read and MISTAKE_SAID.fullmatch(sentence.strip(" .!,")):
            mistaken = True  # "Oh dear, that last one was wrong. Please undo it."
            continue
        if not read and _WHY_UNDONE.search(sentence):
            mistaken = True  # "Undo the last entry please; it was recorded against the wrong crate"
            continue
        if not read:
            # "My son set it up. What do I do?": help; "It's Joan. What's in the shed?": a
            # question after chatter; an unread sentence before anything else: nothing
            chatting = True
            aside = "?" in text and (_chatter(sentence) or _INTRODUCTION.match(sentence))
            talking = talking or not aside
            continue
        if only_reads(read) and changes_the_fact(sentence):
            doubted = True  # "put the drill in bin 4. just kidding"
        asking = asking or needs_asking(read)
        actions.extend(read)
    actions = actions or named_alone
    if doubted and not only_reads(actions):
        return []
    if remarked and only_reads(actions):
        return []  # "knackered. bed.": a remark is passed over beside a change only
    if mistaken and any(action.type != "undo" for action in actions):
        return []  # "that was wrong. the drill is in bin 5": a correction, for the model
    helped = all(action.type == "help" for action in actions)
    if chatting and not (helped or (only_reads(actions) and not talking)):
        return []
    if mistaken and not actions:
        return []
    return (ask_first(actions) or []) if asking else actions


def _read(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The read-only actions of a question, or of two ("who has the tent and who has the tarp").

    The question is read without the words around it ("… rn") first, then out of the
    request it is asked in ("could you tell me where I put …"), then as said.
    """
    text = _WHICH_ONE_AFTER.sub("", text)  # "where the hex key set went, the good wera one"
    parts = _NEXT_QUESTION.split(text)
    if len(parts) == 2:  # two questions, not more
        first, second = (_read(part, known_places) for part in parts)
        if first and second:  # "help, what commands are there" asks once
            return _asked_once([*first, *second])
    asked = trim_question(text)
    direct = direct_question(asked)
    candidates = (asked, trim_question(direct) if direct else None, text)
    for candidate in dict.fromkeys(filter(None, candidates)):
        actions = parse_out_question(candidate) or parse_question(candidate, known_places)
        if actions:
            return _without_which_one(actions)
    return None


def _without_which_one(actions: list[Action]) -> list[Action]:
    """The finds without one that only tells the thing before it apart.

    "where is the hotpot ladle, the one with holes", "…, the good wera one": one search.
    """
    return [
        action
        for index, action in enumerate(actions)
        if not (index and action.type == "find" and _WHICH_ONE.match(action.query or ""))
    ]


def _question_then_more(text: str, known_places: KnownPlaces) -> list[Action]:
    """A question, then more: another question, or chatter; else nothing.

    "where's the ice scraper? freezing out here", "is the sander in the shed? I can't
    recall" are the question; "where can I store things? what places are there" both
    questions. "where is the drill? put it in bin 4" is left alone: what follows says
    something that may be a change.
    """
    if sum(bool(part.strip(" !.")) for part in text.split("?")) > _MAX_QUESTIONS:
        return []
    question, _, rest = text.partition("?")
    asked = _parse_sentence(f"{question}?", known_places) if question.strip() else []
    rest = rest.strip(" ?!.")
    if asked and not only_reads(asked) and rest and "?" not in rest:
        # "Could you please rename the blue bin to 'sled bin'? That's all that's in it":
        # a request asked as a question, then chatter; asked about first
        chatter = _chatter(rest) and not changes_the_fact(rest)
        return (ask_first(asked) or []) if chatter else []
    if not asked or not only_reads(asked):
        return []
    if not rest:
        return asked
    added = _added_to(asked, rest)
    if added:  # "where's the dhol? and the dupatta box"
        return added
    meant = _MEANT.match(rest)
    if meant and len(asked) == 1 and asked[0].type == "find":
        # "where is the Bohrmaschine? the drill I mean"
        return find_actions(meant["thing"]) or asked
    more = _parse(rest, known_places)
    if more and _CORRECTED.match(rest) and only_reads(more):
        return more  # "wo ist der akkuschrauber? sorry, where is the cordless screwdriver"
    more_alone, asked_alone = _named_alone(rest, more), _named_alone(question, asked)
    if more_alone and not asked_alone:
        more = []  # "where are my vinyls?? asking for me lol" (not "drill? saw?")
    elif more and asked_alone and not more_alone and only_reads(more):
        return more  # "como funciona isso? what can u do"
    if more:
        return _asked_once([*asked, *more]) if only_reads(more) else []
    helped = all(action.type == "help" for action in asked)  # "how does this work? my son …"
    return asked if helped or _chatter(rest) else []


def _named_alone(sentence: str, read: list[Action]) -> bool:
    """True when a short sentence was read only as a thing named alone, with no asking word.

    "Harold", "opa errei", "asking for me lol": beside a real question or change they are
    a signature, another language or chatter, not a search.
    """
    return (
        bool(read)
        and all(action.type == "find" for action in read)
        and len(sentence.split()) <= _MAX_NAMED_ALONE_WORDS
        and not _ASKING_WORD.search(sentence)
    )


def _chatter(text: str) -> bool:
    """True for words after a question that say nothing of things ("freezing out here")."""
    words = re.findall(r"[a-z']+", text.lower())
    if _CANT_FIND.search(text) and len(words) <= _MAX_CHATTER_WORDS:
        return True  # "where is the drill? I don't find it", "can't see it anywhere"
    if len(words) > _MAX_CHATTER_WORDS:
        return False
    said = _NOT_DONE.sub(" ", text.lower())  # "he never moved it", "need to make room"
    said = _A_NOUN.sub(" ", said)  # "we're missing stuff": "stuff" is no verb here
    return not has_change_word(said)


def _two_clauses(
    text: str, known_places: KnownPlaces, deeper: int = _MAX_MORE_CLAUSES
) -> list[Action]:
    """Two clauses joined by a comma or "and": each read alone, or nothing.

    "threw out the old kettle, new kettle is in the cupboard", "used the last 2 eggs and
    put the egg box in the recycling"; "bought a new kettle and put it in the kitchen
    cupboard" (what was bought is what "it" is). The second may be two clauses itself,
    `deeper` times: "put the drill in bin 4, moved the saw to bin 5 and binned the old hammer".
    """
    for join in list(_CLAUSE_JOIN.finditer(text))[:_MAX_JOINS]:
        first, second = text[: join.start()].strip(), text[join.end() :].strip()
        if len(first.split()) < 2 or len(second.split()) < 2:
            continue
        if _PEOPLE_JOINED.search(f"{first.split()[-1]} and {second.split()[0]}"):
            continue  # "in mum and dads garage": one place
        before = _parse_sentence(first, known_places)
        # "collected 8 umbrellas" is no question; "took delivery of 12 boxes of pasta, they're
        # on shelf 3" is no take
        if not before or only_reads(before) or _PRONOUN_SUBJECT.match(second):
            pointed = _without_pronoun(first, second, everywhere=True)
            if pointed == second and not before:
                continue
            if pointed != second:
                before, second = [], pointed  # what was bought is what "it" is
        if before and not only_reads(before) and _COMMA_AND.match(join.group(0)):
            added = _added_to(before, f"and {second}")
            if added:  # "got my drill back off Dennis, and the hedge trimmer"
                return added
        after = _parse_sentence(second, known_places)
        if not after and before and deeper and _MORE_CLAUSES_SAID.fullmatch(second):
            after = _two_clauses(second, known_places, deeper - 1)
        said_of_it = _said_of_it(before, after)
        if said_of_it:  # "the shelter's back in the minibus, Amy dropped it off"
            return said_of_it
        too = _TOO.search(second)
        if before and too and _takes_more(before[-1]):
            # "put the garden hose in the shed and the rake too", "the split bat got chucked,
            # and a dozen old balls too": one action, with more things
            more = _with_more(before[-1], second[: too.start()])
            if more is None:
                continue
            actions = [*before[:-1], more]
            return (ask_first(actions) or []) if needs_asking(before) else actions
        moved = _took_then_put(before, second, known_places)
        if moved:
            return moved
        if before and only_reads(before) != only_reads(after):
            continue  # a change and a question ("bin 1 and the drill are on shelf A")
        if after and not only_reads([*before, *after]):
            actions = [*before, *after]
            asking = needs_asking(before) or needs_asking(after)
            return (ask_first(actions) or []) if asking else actions
    return []


def _said_of_it(before: list[Action], after: list[Action]) -> list[Action] | None:
    """The first change with who or where the second clause adds about "it", or None.

    "the emergency shelter's back in the minibus, Amy dropped it off": one return, by Amy.
    """
    if not before or len(after) != 1 or after[0].type != before[-1].type:
        return None
    if not after[0].items or any(item.name.lower() not in _IT for item in after[0].items):
        return None
    first = before[-1]
    more = {
        slot: getattr(after[0], slot)
        for slot in ("person", "place")
        if getattr(after[0], slot) and not getattr(first, slot)
    }
    if not more:
        return None
    actions = [*before[:-1], first.model_copy(update=more)]
    return (ask_first(actions) or []) if needs_asking(before) or needs_asking(after) else actions


def _took_then_put(
    before: list[Action], second: str, known_places: KnownPlaces
) -> list[Action] | None:
    """One move for a take, then "put them in …": what was taken out went there.

    "took the fan out of the loft and put it in the bedroom", "took the hurleys out of the shed
    and threw them in the car": each moves the things from where they were to where they went.
    "took the ice skates out of the basement bin and put the rollerblades in it": "it" is
    the bin, and something else went in.
    """
    if len(before) != 1 or before[0].type != "take" or before[0].person:
        return None
    if not _PRONOUN_OBJECT.search(f" {second} "):
        return None
    taken = before[0]
    source = taken.from_place or taken.place
    into = _INTO_PRONOUN.search(f" {second} ")
    if into and source:  # "… out of the basement bin and put the rollerblades in it"
        said_there = _INTO_PRONOUN.sub(f" {into['into']} the {source} ", f" {second} ", count=1)
        put = _parse_sentence(said_there.strip(), known_places)
        if len(put) != 1 or put[0].type != "store":
            return None
        both = [taken, *put]
        return ask_first(both) if needs_asking(before) or needs_asking(put) else both
    said = f"the {taken.items[0].name}" if taken.items else "the things"
    put = _parse_sentence(_PRONOUN_OBJECT.sub(said, f" {second} ", count=1).strip(), known_places)
    if len(put) != 1 or put[0].type not in ("store", "move", "return") or not put[0].place:
        return None
    action = build_action(
        type="move",
        items=taken.items,
        place=put[0].place,
        from_place=source,
    )
    if action is None:
        return None
    return ask_first([action]) if needs_asking(before) or needs_asking(put) else [action]


def _added_to(actions: list[Action], said: str) -> list[Action] | None:
    """The actions with more things said after them ("… Also the mehndi plates"), or None.

    The things join the last change that may take more ("and the rake too"), or are looked
    for after a search ("where's the dhol? and the dupatta box").
    """
    more = _ADDED.fullmatch(said)
    if more is None:
        more = _ALSO_TOO.fullmatch(said)
        lent = bool(actions) and actions[-1].type in ("take", "return")
        if more is not None and not _things_too(more["items"], lent=lent):
            return None  # "…. about time too", "…. heavy too", "…. spiders too", "…. beer too"
    if not actions or not more or _someone(more["items"]):
        return None
    last = actions[-1]
    if last.type == "find":
        found = find_actions(more["items"])
        return [*actions, *found] if found else None
    with_more = _with_more(last, more["items"]) if _takes_more(last) else None
    if with_more is None:
        return None
    kept = [*actions[:-1], with_more]
    return (ask_first(kept) or []) if needs_asking(actions) else kept


def _things_too(words: str, *, lent: bool) -> bool:
    """True for things said with "too": "bouncer", "the hoe", "2 pegs"; not "heavy", "no charger".

    Without "the", "my" or a number (always so after a loan or a return: "…. beer too" is a
    thanks), every word must be a noun and no adjective, the last a thing's word ("good
    riddance", "about time", "lovely weather", "spiders", "mud", "garage" are none).
    """
    said = words.lower().split()
    if any(word in _NOT_THINGS_TOO for word in said) or said[-1] in STORAGE_WORDS:
        return False
    if said[-1] in PEOPLE or said[-1] in CONTAINER_NOUNS:
        return False
    if said[0] in ("the", "my", "our", "his", "her", "their", "a", "an") or said[0].isdigit():
        return len(said) > 1
    if lent:
        return False
    return (
        is_common_noun(said[-1])
        and said[-1] not in ABSTRACT_NOUNS
        and all(
            "NOUN" in parts_of_speech(word) and "ADJ" not in parts_of_speech(word) for word in said
        )
    )


_NOT_THINGS_TOO = frozenset({
    "no", "not", "never", "none", "about", "so", "me", "you", "us", "them", "it", "that", "this",
    "time", "riddance", "weather", "luck", "day", "night", "morning", "lol", "sod",
    # what is there too, or came with it, that is no thing kept: "…. spiders too"
    "spider", "spiders", "mud", "mess", "dust", "dirt", "fleas", "sand", "water", "rain",
    "backache", "tears", "smell", "smells", "stinks", "damp", "mould", "mold", "cobwebs",
})  # fmt: skip


def _someone(words: str) -> bool:
    """True for more people, not things: "Sam too", "the kids too", "me too"."""
    said = strip_leading(words.split())
    return bool(said) and (said[-1].lower() in PEOPLE or said[0].lower() in FIRST_NAMES)


def _takes_more(action: Action) -> bool:
    """True for an action "and the rake too" may add to.

    A store or move with its place, or a discard, use, loan or give-back.
    """
    if action.type in ("store", "move"):
        return bool(action.place)
    return action.type in ("discard", "use", "take", "return")


def _with_more(action: Action, items_text: str) -> Action | None:
    """The action with the things said added ("and the rake too"), or None."""
    items = parse_items(_AND_LEAD.sub("", items_text).strip())
    if not items or any(item.name.lower() in _NOT_MORE for item in items):
        return None
    fields = action.model_dump(exclude_none=True, exclude={"items"})
    return build_action(**fields, items=[*(action.items or []), *items])


def _without_pronoun(lead: str, rest: str, *, everywhere: bool = False) -> str:
    """The rest with "it" as the thing found ("found my passport! it's in the drawer")."""
    brought = _BROUGHT_FROM.match(lead)
    pronoun = _PRONOUN_SUBJECT.match(rest)
    if brought and pronoun and _WHERE_SAID.match(rest[pronoun.end() :]):
        # "brought the bikes back from the boat, they're in the garage now"
        return f"moved {brought['things']} from {brought['source']} {rest[pronoun.end() :]}"
    found = _FOUND.match(lead)
    if not found:
        return _about_the_thing(lead, rest)
    thing = _SUPPLIER.sub("", found["thing"])  # "48 toilet rolls from the Co-op"
    thing = _FOUND_IN.sub("", thing)  # "found a cardigan in the lounge, put it in …"
    where = _WHERE_NOW.match(rest)
    if where:  # "received 24 tins of beans, now on shelf 2"
        return f"{thing} are {where['where']}"
    named = None
    if everywhere:  # "bought a new kettle and put it in the cupboard"
        bare = _ARTICLE.sub("", _FOUND_IN.sub("", found["thing"]))
        named = bare if bare[:1].isdigit() else f"the {bare}"  # "6 more eggs"
    return _said_of(thing, rest, named)


def _about_the_thing(lead: str, rest: str) -> str:
    """The rest with "it" as the thing the lead names ("the drill - put it in bin 4")."""
    thing = lead.strip()
    return _said_of(thing, rest, thing) if _THING_ALONE.fullmatch(thing) else rest


def _said_of(thing: str, rest: str, named: str | None) -> str:
    """The rest said of the thing: "it's in the loft" -> "<thing> is in the loft".

    "it" or "them" later in the rest ("put it in bin 4") becomes `named`, when given.
    """
    pronoun = _PRONOUN_SUBJECT.match(rest)
    if pronoun:
        verb = "is" if pronoun["pronoun"].lower().startswith("it") else "are"
        return f"{thing} {verb} {rest[pronoun.end() :]}"
    return _PRONOUN_OBJECT.sub(named, rest, count=1) if named else rest


def _plain_lead_in(lead: str) -> bool:
    """True for a lead-in that says nothing of its own ("found it", "moving in", "quick q")."""
    words = lead.split()
    return (
        0 < len(words) <= _MAX_LEAD_IN_WORDS
        and not looks_like_place(lead, (), needs_number=True)  # "drawer A: paints. drawer B: …"
        and words[-1].lower() not in ("list", "lists")  # "shopping list: milk, eggs"
        and not _NOT_A_STATEMENT.search(lead)
        and not _LEAD_IN_VERBS.search(lead)
        and not UNDO.match(lead)  # "undo!! wrong crate"
    )


def _parse_sentence(text: str, known_places: KnownPlaces) -> list[Action]:
    """The actions of one sentence, read once per message (see `parse_fast`)."""
    read = _READ.get()
    if read is None:
        return _read_sentence(text, known_places)
    if text not in read:
        read[text] = _read_sentence(text, known_places)
    return read[text]


def _read_sentence(text: str, known_places: KnownPlaces) -> list[Action]:
    text = _plain(text)
    asked = "?" in text
    if asked and not text.strip("? "):
        return [Action(type="help")]
    untrimmed = text
    text = trim(text)
    polite = _POLITE.match(text)
    called = polite["request"].lower() if polite and polite["we"] else ""
    if called.startswith("call ") and (not asked or _NO_RENAME.match(called)):
        polite = None  # "can we call drawer 2 the junk drawer": said, read below; "… call dibs"
    if polite and not _NOT_A_REQUEST.match(polite["request"]):
        # "could you put the tent in the loft?": a request, or a question? Ask first.
        request = _parse(polite["request"], known_places)
        if polite["we"] and any(not action.place for action in request):
            return []  # "can we rename the group chat to family?": only a place's name is ours
        if any(action.type in WRITE_TYPES for action in request):
            return ask_first(request) or []
        return request or _read(text, known_places) or []  # "could you possibly tell me …"
    if not text or _SENTENCE_BREAK.search(text):
        return []
    if text.startswith("/"):
        return _parse_command(text, known_places)
    actions = _read(text, known_places)
    if actions:
        return actions
    if is_known_place(text, known_places):
        place = clean_place(text, known_places)
        return [Action(type="contents", place=place)] if place else []
    if asked:
        said = LOCATED.match(text)  # "the tent is in the loft?": where is it?
        if said and clear_subject(said["subject"], said["verb"], known_places):
            return find_actions(said["subject"])
        text = trim_question(text)
        return asked_in_place(text) or bare_find(text, known_places)
    early = (
        parse_used_up(text, known_places)
        or parse_named(text, known_places)
        or parse_not_there(text, known_places, lambda said: not _NOT_A_STATEMENT.search(said))
        or parse_gone_for_good(
            text, known_places, lambda said: not _NOT_A_STATEMENT.search(said), parse_change
        )
    )
    if early:  # "no more loo roll left", "box 7 should be called kitchen spares"
        return early
    if _NOT_A_STATEMENT.search(text):
        return []
    lead_in = bare_lead_in(untrimmed)
    if lead_in and LOCATED.match(text):
        # "Well pump manual is in the shed": "Well" is part of the name, not a lead-in;
        # "ok drill is in bin 4" is unclear.
        if lead_in in _MARKERS or lead_in[:1].isdigit():  # "fyi kids scooters r in the shed"
            pass
        elif lead_in not in NAME_LEAD_INS:
            return []
        else:
            text = trim(untrimmed, leading=False)
    # "gave the old crib to my sister for good" is gone; "lent the tent to Sam" is out
    lent = parse_given_away(text, untrimmed, known_places) or parse_lending(text, known_places)
    someone = _SOMEONE_ELSE.match(text)
    text = _SOMEONE_ELSE.sub("", text)  # "dad put the tent in the garage": where it is
    changes = lent or parse_change(text, known_places) or _misspelt_verb(text, known_places)
    if changes and not lent and someone and _OUTSIDER.search(someone.group(0)):
        changes = ask_first(changes)  # "the customer put the old boiler in the skip": whose?
    elif changes and _theirs(changes):
        changes = ask_first(changes)  # "customer's keys are in the drop box": ours to track?
    elif changes and _UNTIL.search(untrimmed) and LOCATED.match(text):
        changes = ask_first(changes)  # "the car is in the workshop until Friday": a stay
    if changes or lead_in:
        return changes or []
    return parse_note(text, known_places) or parse_bare(text, known_places)


_CAN_YOU_HELP = re.compile(
    r"(?:^|[.!?]\s*)(?:(?:can|could|would)\s+(?:you|u)\s+help(?:\s+me)?|help\s+me)\s*[?!.]*$", _I
)
_MAX_HELP_CHARS = 160  # a longer message asks for more than help
# Where a message asking for help may join other words: a mark, a particle, a new question.
_HELP_PARTS = re.compile(
    r"\s*[.?!,;:]+\s*|\s+(?:again|abeg|one|lah|la|pls|please|plz|mate)(?:\s+|$)"
    r"|\s+(?=(?:how|what)\s)",
    _I,
)


def _help_within(text: str) -> bool:
    """True when one part of a message asks for help and no part reads as anything else."""
    parts = [part.strip() for part in _HELP_PARTS.split(text.strip()) if part and part.strip()]
    if parts == [text.strip()] or len(text) > _MAX_HELP_CHARS:
        return False
    return any(HELP.fullmatch(part) for part in parts) and not any(
        _parse(part, ()) for part in parts if not HELP.fullmatch(part)
    )


def _maybe_misspelt_name(text: str) -> bool:
    """True for a capitalised first word one typo from a first word, before a verb.

    "Neve borrowed the drill", "Cally put the tent in the loft": a name ("never", "call"?),
    read as typed and asked; a question word or a word that asks is spelt right ("Waht is in
    bin 4", "Coud you tell me …").
    """
    first, _, rest = text.partition(" ")
    if not (first[:1].isupper() and first[1:].islower() and rest):
        return False
    spelt = fix_first_word(text).split(" ", 1)[0].lower()
    if spelt == first.lower() or spelt in _QUESTION_WORDS or spelt in _ASKING_WORDS:
        return False
    following = rest.split(" ", 1)[0].lower()
    return is_verb_form(following) or starts_clause(following)


_QUESTION_WORDS = frozenset({"what", "whats", "where", "wheres", "whereabouts", "which", "when"})
_ASKING_WORDS = frozenset({"could", "would", "please", "sorry"})  # "Coud you …", "Sory, …"
# "could" or "would" first that asks, not doubts: "Coud you tell me where the projector is?"
_ASKED_OF_YOU = re.compile(r"(?:could|would)\s+(?:you|u)\b", _I)


def _spelt_right(text: str, known_places: KnownPlaces) -> tuple[list[Action], bool]:
    """The reading of a message with its first word spelt right, and whether it says no.

    "waht's in bin 4", "uesd 2 eggs": read with the first word spelt right (not as a thing
    called "uesd 2 eggs"), a change asked first ("lnet the drill to Dave": lent? "Pelase the
    snake is in the shed": as unsure as said right). A word of "not" or "maybe" spelt
    right ("nboody borrowed the pressure washer") says the message must not be read as typed.
    A verb of five letters or more is spelt right elsewhere, as surely as said right.
    """
    spelt = fix_first_word(text)  # looked up once per word: cheap, unlike fix_verb_typo
    if spelt == text or _maybe_misspelt_name(text) or _verb_spelt(text) != text:
        return [], False
    actions = _asked_unless_read(
        _with_change_beside(spelt, _parse(spelt, known_places), known_places)
    )
    first = spelt.split(" ", 1)[0].split("'", 1)[0].lower()
    return actions, first in NOT_OR_MAYBE and not _ASKED_OF_YOU.match(spelt)


def _theirs(actions: list[Action]) -> bool:
    """True when a thing changed belongs to someone from outside ("the customer's keys")."""
    return any(
        _OUTSIDER.match(item.name) and re.match(r"\w+(?:'s|s')\s", item.name)
        for action in actions
        for item in action.items or ()
    )


def _misspelt_first_word(text: str, known_places: KnownPlaces) -> list[Action]:
    """The reading of a message with a misspelt first word spelt right, asked first."""
    spelt = fix_first_word(text)
    if spelt == text:
        spelt = _verb_spelt(text)
    if spelt == text or _maybe_misspelt_name(text):
        return []
    return _asked_unless_read(parse_fast(spelt, known_places=known_places, loose=True).actions)


@lru_cache(maxsize=1024)
def _verb_spelt(text: str) -> str:
    """The text with its first verb spelt right (`fix_verb_typo`), once per text.

    The changes rules ask it of a message, and the last resort for a misspelt first word
    asks again of the same text: the edit distances are paid once.
    """
    return fix_verb_typo(text, _LEMMAS)


def _misspelt_verb(text: str, known_places: KnownPlaces) -> list[Action] | None:
    """The changes of a message whose verb is misspelt ("mvoed the toolbox to the van")."""
    fixed = _verb_spelt(text)
    return parse_change(fixed, known_places) if fixed != text else None


def _parse_command(text: str, known_places: KnownPlaces) -> list[Action]:
    """Slash commands: "/where drill", "/list bin 4", "/history drill", "/undo", "/help"."""
    match = _COMMAND.match(text)
    if not match:
        return []
    command, argument = match["command"].lower(), match["argument"]
    if command in ("help", "start", "commands"):
        return [Action(type="help")]
    if command == "undo":
        return [Action(type="undo")] if not argument else []
    if command in ("list", "ls", "show", "contents", "inside", "places"):
        return listing(argument, known_places, explicit=command != "places")
    if argument is None:
        return []
    if command in ("where", "find", "search", "locate"):
        return find_actions(argument)
    if command in ("history", "log"):
        return history_actions(argument)
    if command == "wms":
        return [] if argument.startswith("/") else _parse(argument, known_places)
    return _parse(f"{command} {argument}", known_places)
