"""Tidying a message before the fast parser reads it.

Emoji and symbols go ("put the drill in bin 4 👍"), and so do the words around a
statement that change nothing in it: greetings and discourse markers in front
("btw", "FYI:", "um", "ok so"), and time, purpose and noise words at the end ("last
week", "for the winter", "lol", "please"). Hedges ("apparently", "hopefully") are
not tidied away: the parser refuses them (see `fast_parser`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from inventory import NUMBER_WORDS, singular
from llm.fast.household_words import FIRST_NAMES, SHORTHAND
from llm.fast.vocabulary import (
    NAME_CAPITAL,
    NAME_LETTER,
    STORAGE_WORD_PATTERN,
    STORAGE_WORDS,
    TITLES,
)

_I = re.IGNORECASE
_QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# Symbols that are part of a name or a number, not decoration.
_KEPT_SYMBOLS = frozenset("°")
# Variation selectors, zero-width joiner, combining keycap.
_EMOJI_PARTS = frozenset({*map(chr, range(0xFE00, 0xFE10)), "\u200d", "\u20e3"})
# A shorthand word between two words ("whr r the keys"), not a label ("shelf r", "bin u").
_SHORTHAND = re.compile(
    r"(?<![\w'#-])(?P<word>" + "|".join(map(re.escape, SHORTHAND)) + r")(?=\s+[\w']|[?,.!]*$|,\s)",
    _I,
)
_SHORTHAND_WORDS = frozenset(SHORTHAND)
_WORDS = re.compile(r"[\w'/]+")  # "b/c" is one word
_LABELLED = STORAGE_WORDS

_LEADING_WORDS = (
    # said to everyone first: "hey lads", "hi all" (before "hey" and "hi" alone)
    r"(?:hey|hi|hiya|morning|ok|okay|right)\s+(?:lads|guys|all|folks|everyone|team|gang|girls|yous"
    r"|people|fam)|lads|guys|folks|yous|youse"
    r"|(?:hi+|hey|yo|ok|oi|ya)\s+(?:bot|wms)\b"  # "ya bot 12 jars of pickles on the pantry shelf"
    r"|(?:(?:hi+|hey|yo|ok|oi)\s+)?(?:bot|wms)(?=\s*[,!:.]|\s+(?:where|what|who|how|when|which"
    r"|is|are|can|could|do|did|pls|please)\b)|@[\w.-]*bot\b"
    r"|yeah\s+nah|nah\s+yeah|(?:oh|ah|and)\s+also|(?:oh|ah)\s+and"  # "oh and …", said on
    r"|ok|okay|hey|hi|hello|yo|so|well|oh|oops|alright|please|pls|plz|btw|fyi|um+|uh+|er|howay|hinny"
    # "ps" before a sentence ("ps im in the car", "ps the drill is in bin 4"), not a
    # PlayStation ("ps vita is in drawer 2") nor someone's initials ("PS borrowed the ladder")
    r"|ps(?=\s+(?:i|im|i'm|ive|i've|we|we're|were|the|my|our|also|dont|don't|can|could|pls"
    r"|please)\b)"
    r"|eh|aki|ay|opa|ngl|tbh|lowkey|honestly|bruh|welp|omg|abeg|oya|chale|ei|eish|hej|kwani"
    # "ayuh", "ope", Welsh "iawn" / "duw duw", Afrikaans "ag" / "ja", Singlish "alamak" / "walao",
    # Hindi "arre" / "acha", Québécois "pis" / "bon", Yiddish "nu", "k" for ok
    r"|ayuh|ope|iawn|duw(?:\s+duw)?|ag|ja|alamak|walao|wah|aiyah|aiyoh|arre|arey|acha|achha"
    r"|pis|bon|nu|k|kk|yoh|haibo|bueno|pues|oye|vale|yani"
    r"|jeez|geez|gosh|blimey|crikey|dang"
    # a groan or a call before a question ("ugh where is the drill", "gente where are the
    # extension cords"); before anything else it may be said to someone ("oi, put my charger
    # back", "dude sell the bike")
    r"|(?:ugh+|argh+|oi|oy(?:\s+vey)?|gente|sorry)"
    r"(?=[\s,.!]+(?:where|what|who|which|how|when|the\s.*\b(?:where|what)\b))"
    # a word to the listener before a fact ("mate the spare tiller's up in the forepeak"),
    # never before an order, which may be to them ("dude sell the bike")
    r"|(?:mate|m8|bro|bruh|dude|fam|boss|hun|babe|bru)(?=[\s,.!]+(?:the|my|our|i|we|i've|ive"
    r"|we've)\s)"
    r"|mais|cher|wallah|habibi|yalla|khalas|wee\s+buns|wagwan|kia\s+ora|dear\s+all|hi\s+all"
    # Irish "yerra", Tamil "aiyo", Vietnamese "trời ơi" / "chết rồi" (oh no), typed plain or not
    r"|yerra|aiyo+|aiya|tr[oơ]i\s+[oơ]i|ch[eế]t\s+r[oồ]i|mela"  # Maltese "mela": "so, well"
    # Cantonese "mm goi" (please), a helper's "ma'am" / "sir" to the one who reads it
    r"|m+\s+goi|ma'am|maam|po"
    # someone's question passed on: "paati wants to know what this thing can do"
    r"|(?:(?:my|our)\s+)?[\w']+\s+(?:wants|wanted|would\s+like)\s+to\s+know"
    r"(?=\s+(?:what|where|which|who|how|if|whether)\s)"
    r"|y'all|(?:kindly\s+)?be\s+informed(?:\s+that)?|(?:no\s+)?hang\s+on"
    r"|0\d{3}(?:\s*hrs)?|[012]?\d[:.][0-5]\d|\d{4}\s*hrs"  # a log's time: "0340 Gary took …"
    r"|(?:i\s+)?(?:nearly|almost)\s+forgot\s+to\s+tell\s+(?:you|u)(?:\s+that)?"
    r"|would\s+you\s+ever"  # Irish for "please": "would you ever note down that …"
    # "mum asked me to tell you, I have kept the passports in the fireproof box"
    r"|(?:(?:my|our)\s+)?[\w']+\s+(?:asked|told|wants|wanted)\s+me\s+to\s+(?:tell\s+(?:you|u)"
    r"|let\s+(?:you|u)\s+know|(?:log|record|note)\s+(?:this|that))(?:\s+that)?"
    r"|(?:i|we)\s+(?:wish|want|would\s+like|'d\s+like)\s+to\s+(?:record|note|log)(?:\s+that)?"
    r"|erm|hmm+|yeah|yep|yup|yes|now|finally|luckily|sadly|anyway|anyways|actually|also|wms"
    r"|hiya|heya|howdy|morning|evening|good\s+(?:morning|afternoon|evening|day)|seriously"
    r"|excuse\s+me|pardon\s+me|hi\s+there|hello\s+there|dear\s+(?:wms|bot|sir(?:\s+or\s+madam)?)"
    r"|just\s+so\s+(?:you|yous|youse|ye|ya|u|everyone|you\s+all|y'all)\s+know|for\s+the\s+record"
    r"|(?:a\s+)?(?:wee|quick|little|friendly|gentle)\s+(?:reminder|update|note|heads\s+up)(?:\s+that)?"
    r"|heads\s+up|quick\s+(?:q|question)|note\s+down(?:\s+that)?|note(?:\s+that)?"
    r"|(?:please|pls|plz|kindly)\s+note(?:\s+(?:down|that|down\s+that))*"
    r"|(?:can|could)\s+you\s+note(?:\s+that)?"
    r"|(?:(?:please|kindly)\s+)?do\s+the\s+needful(?:\s+and)?|kindly"
    r"|(?:i'm|im|i\s+am)\s+afraid(?:\s+that)?|unfortunately|oh\s+dear"
    r"|yesterday|earlier(?:\s+today)?|this\s+(?:morning|afternoon|arvo)|last\s+night"
    r"|(?:(?:i'm|im|i\s+am)\s+)?sorry\s+to\s+(?:bother|trouble)(?:\s+you)?(?:[\s,]+but)?|right|remember(?:\s+that)?|(?:record|log|save)\s+that"
    r"|just\s+to\s+let\s+you\s+know(?:\s+that)?"
    r"|(?:(?:please|pls|can\s+you|could\s+you|just)\s+)?(?:log|record|update)(?:\s+the\s+record)?"
    r"(?:\s+that)?(?=\s*[:,–—-]|\s+(?:the|my|our|\d))|for\s+(?:your|the)\s+records?"
    r"|(?:just\s+)?logging(?:\s+that)?|update"
    r"|(?:please\s+|pls\s+)?make\s+a\s+note(?:\s+of)?(?:\s+that)?"
)
# A lead-in word is never joined to the next by a hyphen ("Hi-vis vest", "Ok-ish towels");
# a greeting may end with "!" ("Hi! where is the drill?").
_LEADING_FILLER = re.compile(
    rf"^(?:(?:(?:{_LEADING_WORDS})(?![\w'-])|(?:note|update|ps)\s*[:\-–—])[\s,:;.!\-–—]*)+", _I
)
# A lead-in followed by a plain word, with no comma: "Well pump manual is in the shed"
# may be a name ("Well pump manual"), not "well, ...".
_BARE_LEAD_IN = re.compile(
    rf"^(?:{_LEADING_WORDS})\s+(?!(?:{_LEADING_WORDS}|the|a|an|my|our|your|his|her|their|some"
    r"|lads|guys|all|folks|everyone|team|gang|girls|yous|people|fam"
    r"|this|that|these|those|i|we|i'[a-z]+|we'[a-z]+|ive|im)\b)[^\W\d]",
    _I,
)
# Lead-in words that also start names ("Well pump manual", "Morning tablets").
NAME_LEAD_INS = frozenset({"well", "hi", "morning", "evening"})
_COUNT = (
    r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple(?:\s+of)?"
    r"|few|several|some"
)
_TRAILING_PHRASES = (
    # why it went there, or when: "… out of Ruby's reach", "… on the way out of oakland"
    r"(?:out\s+of|within)\s+(?:(?:the\s+)?(?:kids'|kid's|dog's|baby's|[\w-]+'s)\s+)?reach"
    r"|on\s+(?:the|my|our|his|her|their)\s+way\s+(?:out|in|home|back|over|through|past|to|from)\b.*"
    r"|please|pls|plz|thanks|thank\s+you|thx|cheers|now|for\s+now|just\s+now|right\s+now|again"
    r"|today|yesterday|earlier(?:\s+today)?|this\s+morning|last\s+night|already|too|as\s+well"
    r"|last\s+(?:week|month|year|night|weekend)"
    rf"|(?:{_COUNT})\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|(?:a\s+while|a\s+bit|ages)\s+(?:ago|back)|the\s+other\s+day|over\s+the\s+weekend"
    r"|for\s+(?:the\s+)?(?:winter|summer|weekend|holidays|season|time\s+being)"
    r"|for\s+(?:now|later|safekeeping|safe\s+keeping|storage|good)|from\s+now\s+on|for\s+me"
    r"|after\s+(?:the|our|my)\s+(?:holiday|holidays|trip|party|weekend|move|christmas|xmas"
    r"|summer|winter|camping\s+trip|picnic|wedding)|lol|(?:from\s+)?next\s+door"
    r"|at\s+(?:dinner|lunch|breakfast|tea|the\s+party|christmas|the\s+weekend|the\s+bbq)"
    r"|(?:till|til|until)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|mon|tues|weds|thurs|fri|sat|sun|the\s+weekend|next\s+week)"
    r"|for\s+(?:the|a|our|my)\s+(?:trip|picnic|holiday|holidays|party|weekend|camping\s+trip"
    r"|day|night|week|bbq|barbecue|beach|visit|wedding|move|game|match|school\s+run)"
    r"|btw|fyi|lol|lmao|haha+|first|instead|as\s+usual|as\s+always|ok|okay|done|yay|yippee"
    r"|anyway|anyways|(?<!\bthe\s)(?<!\bthat\s)(?<!\bis\s)right|xx+|xo(?:xo)*|ta|cheers|thanx"
    r"|ty|tysm|hehe+|at\s+(?:long\s+)?last|yeah|yep|yup|rn|smh|fr|ngl|tbh|lowkey|bro|bruh"
    r"|fam|again+n|at\s+the\s+(?:moment|minute)|atm|rip|sigh|meh|ugh+|oops|only|all\s+along"
    r"|ew+|yuck|gross|phew|woo+|yay+|lah|lor|leh|liao|hor|already|eh|le|sia|siah|ya|ah"
    # said to the listener, or to no one: "…, mate", "… la", "… wor", "… yaar", "… kkkk"
    r"|mate|m8|la|wor|na|yaar|yar|ba|innit|hun|hunty|babe|babes|bab|bestie|omg|fi+nal+y+|k{3,}|tho"
    r"|beta"  # Hindi "son", said to the reader ("where is the big kadai beta?")
    r"|though|ehn|eish|ma'am|maam|itself|re"
    r"|abeg|sha|sef|tá|né|sawa|jana|bana|ai(?:\s+ai)+|ko|cher|habibi|wallah|yalla|khalas"
    # thanks, and "quickly", in the languages households mix in
    r"|diolch|merci|gracias|danke|grazie|mahalo|asante(?:\s+sana)?|salamat(?:\s+po)?|obrigad[oa]"
    r"|shukran|shukriya|dhanyavaa?d|dzi[eę]kuj[eę]|dzi[eę]ki|spasibo|kiitos|tack|takk|toda"
    r"|arigatou?|terima\s+kasih|xie\s*xie|nandri|efcharisto|bedankt|dank\s+je(?:wel)?|jaldi|ayuh|bub"
    r"|rwan|nawr"  # Welsh "now"
    r"|po|machan"  # Tagalog "po" (politely), Tamil "machan" (mate)
    r"|poa|manze|sasa|vale"  # Sheng "poa" (cool), "manze" (man), Spanish "vale" (ok)
    r"|tr[oơ]i\s+[oơ]i|ch[eế]t\s+r[oồ]i|h[eế]t\s+r[oồ]i|aiyo+|aiya"
    r"|sweet\s+as|chur|soz+|(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)(?<!\ba\s)bot|b'y|me\s+son"
    r"|my\s+'?ansum|my\s+lover|before\s+(?:we|i)\s+left|before\s+leaving|bruv|blud|mun|butt|ji"
    r"|sorry\s+(?:mum|mom|dad|not\s+sorry)"
    # what for: "… to dry", "… to let them breathe for a day or two", "… to thaw"
    r"|to\s+(?:let\s+(?:it|them|em|'em)\s+)?(?:dry|air|breathe|cool|thaw|defrost|charge|settle"
    r"|drain|cure|soak|warm)(?:\s+(?:out|off|down|up))?(?:\s+(?:for|over|overnight|in\s+the\s+sun)\b.*)?"
    # why there: "…, no space anywhere else", "…, no room in the shed"
    r"|(?<=,\s)no\s+(?:more\s+)?(?:space|room)(?:\s+left)?(?:\s+(?:anywhere(?:\s+else)?|here|there|up"
    r"|down|for\s+(?:it|them)|(?:in|on|at|with)\s+(?:the|my|our)\s+(?:(?!(?:so|actually|instead|but|now|its|it's"
    r"|moved|put)\b)[\w'-]+\s*){1,4}))?"
    # a remark after a comma: "…, which must be some sort of record"
    r"|(?<=,\s)which\s+(?:must\s+be|is\s+(?:probably|surely))\s+(?:a|an|some)\s+(?:sort\s+of\s+|kind\s+of\s+)?"
    r"(?:record|first|personal\s+best)\b.*"
    # which of them, said again: "…, the big tangle of them", "…, the whole lot of em"
    r"|the\s+(?:[\w-]+\s+){0,2}(?:tangle|lot|pile|bunch|heap|load|mess|stack)\s+of\s+(?:them|em|'em)"
    # "Big Davy brought the ladder back so he did": Irish English saying it again
    r"|so\s+(?:he|she|i|we|they|it|you)\s+(?:did|is|was|does|has|have|are|were)"
    r"|thank\s+(?:god|goodness|heavens)|thankfully"
    # a fond word to the listener, not after a word that makes it a thing ("the pet")
    r"|(?<!\bthe\s)(?<!\bmy\s)(?<!\bmi\s)(?<!\bour\s)(?<!\ba\s)(?<!\bthat\s)(?<!\bher\s)(?<!\bhis\s)"
    r"(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)"
    r"(?:pet|hinny|man|love|luv|duck|pal|chuck|dear|dearie|boet"
    r"|(?:(?<=\bdo\s)|(?<=\byou\s)|(?<=\bit\s)|(?<=\bthat\s)|(?<=\bthis\s)|(?<=\bthanks\s)"
    r"|(?<=\bcheers\s)|(?<=\bplease\s)|(?<=\bpls\s)|(?<=\blekker\s)|(?<=\bshot\s))bru)"
    # said after a word to the listener ("scratch that honey", "how do I use you sugar"), not
    # after what is bought or used ("bought honey", "out of sugar")
    r"|(?:(?<=\bthat\s)|(?<=\bit\s)|(?<=\byou\s)|(?<=\bu\s)|(?<=\bme\s)|(?<=\bthis\s)"
    r"|(?<=\bthem\s)|(?<=\bwork\s)|(?<=\bworks\s))(?:honey|hon|sugar|sweetie|darlin|darling|t[ií]o"
    r"|t[ií]a)"
    r"|if\s+you\s+would|if\s+you\s+don't\s+mind|if\s+you\s+please"
    r"|if\s+(?:that's|thats|that\s+is|it's|its)\s+(?:all\s+right|alright|ok|okay|fine)"
    r"|for\s+[£$€]\s?\d+(?:\.\d+)?|for\s+\d+(?:\.\d+)?\s*(?:quid|pounds|dollars|bucks|euros)"
    r"|this\s+(?:changeover|visit|stay|trip|round|term|season|time|year|summer|winter|spring"
    r"|autumn|fall)"
)
_TRAILING_FILLER = re.compile(rf"(?:[\s,]+(?:{_TRAILING_PHRASES}))+$", _I)
_TRAILING_PUNCTUATION = re.compile(r"[\s.!?,]+$")
_TITLES = (*TITLES, *(title.lower() for title in TITLES))
# Not after an article or a possessive: "the can opener", "behind the till".
NOT_AFTER_ARTICLE = r"(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\bour )(?<!\byour )"
# Lookbehinds that keep "Mrs. Patterson" one sentence: before the dot, and after it.
NOT_A_TITLE = "".join(rf"(?<!\b{title})" for title in _TITLES)
NOT_AFTER_TITLE = "".join(rf"(?<!\b{title}\.)" for title in _TITLES)


def _is_decoration(char: str) -> bool:
    """True for emoji, pictographs and modifier symbols ("👍", "™", "🏽", "\ufe0f")."""
    if char in _EMOJI_PARTS:
        return True
    return unicodedata.category(char) in ("So", "Sk") and char not in _KEPT_SYMBOLS


def _has_decoration(text: str) -> bool:
    """True when any character is `_is_decoration`; in plain ASCII only "^" and "`" can be."""
    if text.isascii():
        return "^" in text or "`" in text
    return any(_is_decoration(char) for char in text)


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPOKEN_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}"
    rf"|{'|'.join(_UNITS)})"
)
# "box number seven", "bin twelve", "shelf no. 3": a numbered place said aloud (dictation).
_SPOKEN_PLACE = re.compile(
    rf"\b(?P<noun>{STORAGE_WORD_PATTERN})"
    rf"\s+(?:(?:number|no\.?|num)\s+)?(?P<number>{_SPOKEN_NUMBER}|\d+)\b(?![\s-]+(?:of|more)\b)",
    re.IGNORECASE,
)


def _digits(spoken: str) -> str:
    """The digits of a number said in words: "seven" -> "7", "twenty-one" -> "21"."""
    if spoken.isdigit():
        return spoken
    return str(sum(NUMBER_WORDS[word] for word in re.split(r"[\s-]+", spoken.lower())))


def spoken_places(text: str) -> str:
    """The text with numbered places said aloud written with digits ("bin twelve" -> "bin 12").

    Voice typing writes "box number seven"; people type "box 7". Only a number right after a
    storage word is rewritten ("two boxes", "one of the bins" stay as they are).
    """
    return _SPOKEN_PLACE.sub(lambda match: f"{match['noun']} {_digits(match['number'])}", text)


# "took me charger", "gave me back me hoodie": "me" for "my" (Irish, northern English).
_ME_FOR_MY = re.compile(
    r"\b(?P<verb>took|nicked|robbed|borrowed|borrowin|borrowing|lent|loaned|has|have|got|put"
    r"|moved|left|lost|found|binned|sold|returned|back|with|where's|wheres|where\s+is"
    r"|where\s+are)\s+me\s+(?=[a-z])(?!(?:the|a|an|back|to|in|on|up|out|off|it|them|and|too|again|some|here"
    r"|there|now|please|pls|know|think|a\s+while)\b)",
    re.IGNORECASE,
)


# Punctuation said aloud and typed out by dictation: "put the kettle in box 1 full stop".
_SPOKEN_STOP = re.compile(r"\s+full\s+stop\b|\s+period$", re.IGNORECASE)
# A laugh or a cheer between two clauses ends the first: "… in the ocean theme bin lol dont
# ask", "Rob returned the laminator yay no more cutting stuff by hand".
_LAUGH_BETWEEN = re.compile(
    r"(?<=[a-z0-9])\s+(?:lol+|lmao+|haha+|hehe+|yay+)(?=\s+[a-z])(?![^.?!]*\?)", re.IGNORECASE
)
_SPOKEN_QUESTION = re.compile(r"\s+question\s+mark\b", re.IGNORECASE)
# "up the loft", "down the cellar": British for up to it, said of the places one goes up to
_UP_THE = re.compile(
    r"\b(?P<way>up|down)\s+(?=the\s+(?:[\w-]+\s+)?(?:loft|attic|cellar|basement|garage|shed"
    r"|allotment|bach|cottage|caravan|lock-?up|storage\s+unit)\b)",
    re.IGNORECASE,
)
# A remark about the thing, run on with no comma: "took the blankets out of the cedar chest
# its getting cold", "threw out my old retainer case its nasty". Not "its" after a word it
# belongs to ("back in its box", "lost its lid"), nor "where it was".
_RUN_ON_REMARK = re.compile(
    r"\b(?P<before>[a-z0-9]+)\s+(?=(?:it's|it\s+was|they're|they\s+were)\s+[a-z]"
    # "its" may be whose ("failed its safety test"): only before what is said of it
    r"|(?:its|theyre)\s+(?:[a-z]+ing|gonna|been|got|too|so|very|really|not|no|in|on|at|under"
    r"|back|now|just|still|all|a|an|the|nasty|gross|broken|bust|knackered|dead|done|full|empty"
    r"|cold|hot|old|ancient|rubbish|ruined|useless|cracked|mouldy|moldy|rank|fine|ok|okay"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|time"
    r"|bedtime|late|early|urgent|freezing|school|nackered|knackerd|shot|buggered|kaput|snapped"
    r"|wrecked|toast|fried|leaking)\b)",
    re.IGNORECASE,
)
# "ive"/"weve" typed without the apostrophe, before what was done ("my ive album" is a band's)
_IVE = re.compile(
    r"\b(?P<who>i|we)ve\s+(?=(?:just\s+|already\s+)?(?:got|put|moved|changed|done|left|lent"
    r"|taken|took|been|added|stored|used|binned|sold|given|returned|brought)\b)",
    re.IGNORECASE,
)
# A time or "looking for" said without its g: "this mornin", "lookin for the tilley lamp"
# (other "-in'" words are left as said: "sleepin bags", "borrowin", "givin it large")
_DROPPED_G = re.compile(
    r"\b(?P<word>(?:mornin|evenin|nothin|somethin|anythin|everythin)(?=[\s,.!?;:']|$)"
    r"|lookin(?='?\s+for\b))'?",
    re.IGNORECASE,
)
# What is next, run on after things used up or thrown out: "used the last of the ptfe tape
# need more" (not "… so we need more", "the kit needs restocking": said of someone or it).
_NEED_MORE_AFTER = re.compile(
    r"^(?P<done>(?:(?:i|we)\s+)?(?:just\s+)?(?:used|finished|binned|chucked|threw|tossed)\s.+?"
    r"\b(?!(?:we|i|you|they|he|she|someone|somebody|anyone|everyone|nobody|kids|ll|so|and|will"
    r"|gonna|also|really|probably|def|defo)\b)[a-z0-9]+)"
    r"\s+(?=need\s+(?:more|some\s+more|to\s+(?:buy|get|order|reorder)|a\s+new\s+one|new\s+ones?)\b)",
    re.IGNORECASE,
)
_BEFORE_ITS = frozenset({
    "in", "on", "at", "to", "of", "by", "into", "onto", "from", "with", "for", "under", "inside",
    "behind", "where", "how", "what", "when", "as", "that", "which", "if", "and", "but", "so", "or",
    "because", "cos", "since", "before", "after", "while", "til", "till", "until", "has", "have",
    "had", "lost", "keep", "keeps", "kept", "was", "is", "are", "were", "think", "reckon", "know",
    "guess", "hope", "sure", "say", "said", "says", "like", "thought", "wish", "cause", "coz",
    # a clause said of a feeling or a finding: "so glad it's gone", "turns out they were"
    "glad", "happy", "pleased", "relieved", "sad", "shame", "pity", "surprised", "amazed",
    "worried", "afraid", "scared", "bet", "swear", "mean", "knew", "realised", "realized",
    "noticed", "found", "see", "saw", "seems", "looks", "feel", "felt", "out", "suppose", "figured",
})  # fmt: skip
# "where is" in the languages households mix in: "dónde está la escalera", "nasaan yung
# extension cord", "onde estão os óculos", "wo ist die pumpe"; and said after the thing
# ("bat oil kahan hai?", "rooh afza kidhar hai").
_WHERE_IS_SAID_FIRST = re.compile(
    r"^(?:d[oó]nde\s+(?:est[aá]n?|qued[oó]|quedaron|dej[eé]|pusiste|puse)"
    r"(?:\s+(?:el|la|los|las|mi|mis))?"
    r"|onde\s+(?:est[aá]|est[aã]o|fica|ficam|t[aá]|deixei|botei|coloquei)"
    r"(?:\s+(?:o|a|os|as|meu|minha))?"
    r"|nasaan(?:\s+(?:na\s+)?(?:ang|yung|iyong|ung|si|ba))*"
    r"|wo\s+(?:ist|sind)(?:\s+(?:der|die|das|mein|meine))?"
    r"|o[uù]\s+(?:est|sont)(?:\s+(?:le|la|les|mon|ma|mes))?"
    r"|var\s+(?:är|ar)(?:\s+(?:min|mitt|mina))?"
    r"|waar\s+(?:is|zijn)(?:\s+(?:de|het|die|my))?|cad[êe](?:\s+(?:o|a|os|as|meu|minha))?|wapi"
    r"|kahan\s+hai|kidhar\s+hai|kidhar\s+(?:is|are)(?:\s+(?:the|my|our))?"
    # Welsh: "lle mae'r chainsaw?", "ble mae'r big torch"
    r"|(?:lle|ble)\s+mae(?:'r|\s+y|\s+yr)?"
    r"|asan\s+na(?:\s+(?:yung|ang|ung))?|saan\s+(?:na\s+)?(?:ko\s+nilagay\s+)?(?:yung|ang|ung)"
    # Tamil: "enga irukku the gold jewellery box?"
    r"|enga\s+(?:irukku|iruku)(?:\s+(?:the|my|our))?"
    # Punjabi: "kithe hai the dhol?", "kithe rakhe the wedding suits"
    r"|kithe(?:\s+(?:hai|hain|h|rakhe|rakhi|rakha|paye|pai))?(?:\s+(?:the|my|our))?)\s+",
    re.IGNORECASE,
)
# Maltese: "fejn il-festa lights?" (where are the festa lights), "in il-garage" (the garage).
_FEJN = re.compile(r"^fejn(?:\s+(?:hu|hi|huma))?\s+(?:il-|l-)?", re.IGNORECASE)
_MALTESE_THE = re.compile(r"\bil-(?=[a-zċġħż])", re.IGNORECASE)
# Which one a place is, said as where it is: "drawer 2 is the one in the hall table", "shelf B
# is the middle shelf in the garage" are in the hall table and in the garage.
_THE_ONE_IN = re.compile(
    r"\b(?P<be>is|are)\s+the\s+(?:(?:top|middle|bottom|lower|upper|left|right|left-hand|right-hand"
    r"|first|second|third|fourth|last|big|small|little|tall|low|high)\s+)?(?:one|ones|shelf|drawer)"
    r"\s+(?=(?:in|on|under|inside|by|next\s+to|behind|above|below|beside|near)\s)",
    re.IGNORECASE,
)
# Places named by a verb and its particle, typed without the hyphen: "the walk in", "the lock up".
_PARTICLE_PLACE = re.compile(
    r"\b(?P<the>the|my|our|a|(?<!back\s)from|rename)\s+(?P<verb>walk|lock|lean)"
    r"\s+(?P<particle>in|up|to)\b"
    r"(?!\s+(?:the|a|my|our)\b)",
    re.IGNORECASE,
)
# American English: "put a couple bags of rice in the basement" is a couple of bags.
_A_COUPLE = re.compile(r"\ba\s+couple\s+(?!of\b|more\b|times\b)(?=[a-z])", re.IGNORECASE)
# Where it was before, said of the place it goes back to: "… back in the same place as before",
# "… back where they were before" ("before" alone starts a condition).
_AS_BEFORE = re.compile(
    r"\b(?P<where>same\s+(?:place|spot)|where\s+(?:it|they)\s+(?:was|were))"
    r"\s+(?:as\s+|like\s+)?(?:before|last\s+time)\b",
    re.IGNORECASE,
)
# "just in case", "in case it breaks": no case ("in case 3", "in case in van" are cases).
_IN_CASE = re.compile(
    r"\s+(?:just\s+)?in\s+case(?:\s+(?:of|it|its|it's|they|he|she|we|we're|i|i'm|you|you're|u"
    r"|anyone|anybody|someone|somebody|there)\b.*)?$",
    re.IGNORECASE,
)
# Irish English: "Con Brosnan has a lend of the cattle trailer till Friday" (has borrowed it).
_A_LEND_OF = re.compile(
    r"\b(?P<has>has|have|'s\s+got|has\s+got)\s+a\s+(?:lend|loan)\s+of\s+", re.IGNORECASE
)
# "what's in", said in Spanish, Portuguese, Tagalog or Hindi: "que hay en el pool house",
# "o que tem no blue bin", "ano laman ng balikbayan box 1", "red trunk mein kya hai".
_WHATS_IN_SAID_FIRST = re.compile(
    r"^(?:qu[eé]\s+(?:hay|tengo|tenemos|guard[eé])\s+en(?:\s+(?:el|la|los|las|mi))?"
    r"|o\s+que\s+(?:tem|t[aá])\s+(?:no|na|nos|nas|dentro\s+d[oa])"
    r"|ano(?:\s+ang)?\s+(?:laman|nasa\s+loob)\s+(?:ng|ni))\s+",
    re.IGNORECASE,
)
_WHATS_IN_SAID_AFTER = re.compile(
    r"^(?:[^,]*,\s*)?(?P<place>[^,]+?)\s+(?:(?:mein|me|main|pe|par)\s+(?:(?:humara|hamara|mera"
    r"|apna)\s+)?(?:kya|kia)(?:\s+(?:kya|kia))?\s+(?:(?:pada|rakha|padha)\s+)?(?:hai|he|h|hain)"
    r"|la\s+enna\s+(?:irukku|iruku))\b"
    r"[?!.\s]*$|^(?:[^,]*,\s*)?(?P<place_wapi>[^,]+?)\s+iko\s+wapi\b[?!.\s]*$",
    re.IGNORECASE,
)
_WHERE_IS_SAID_AFTER = re.compile(
    r"^(?P<thing>.+?)\s+(?:(?:abhi\s+)?(?:kahan|kahaan|kidhar|kaha|kithe)(?:\s+(?:hai|he|hain|h|rakha"
    r"|rakhi|rakhe|tha|thi|the|gaya|gayi|gaye|gai|hoga|hogi|yaar|ji))*"
    r"|enga(?:\s+(?:irukku|iruku|vechiruken|vechirukom|vechirukkom|vechom|vechen))?|engey"
    r"|(?:ziko|viko)\s+wapi"  # Swahili: "kids books ziko wapi"
    r"|o\s+dau|evide|evideya"  # … Malayalam "evide" ("car spare key evide?")
    r"|doko|d[oó]nde|gdzie)\b"  # Japanese, Spanish, Polish: "furoshiki doko?"
    r"(?P<rest>[?!.\s]*)$",
    re.IGNORECASE,
)
# Things listed with commas, then where they all are: "sumac, pul biber, kimyon - all in the
# spice crate" (the last comma is an "and").
_ALL_IN = re.compile(
    r"\s*(?:[-–—:]\s*)?(?P<all>all|both)\s+(?=(?:in|on|into|inside|under|at)\s)", re.IGNORECASE
)
_MAX_LISTED = 8
_MAX_LISTED_WORDS = 6


# What someone has, said in Hindi: "Sharma aunty ke paas humara kya kya hai", "Pinto uncle ke
# paas abhi bhi kuch hai kya?"
_HAS_SAID_AFTER = re.compile(
    r"^(?P<person>[^,?]+?)\s+ke\s+paas\s+(?:abhi\s+(?:bhi\s+)?)?(?:(?:humara|hamara|mera|apna)\s+)?"
    r"(?:kya\s+kya|kuch|kya)(?:\s+(?:hai|he|h|hain|kya|rakha\s+hai|pada\s+hai))*[?!.\s]*$",
    re.IGNORECASE,
)
# "put", said first in the languages households mix in, with English things and places:
# "puse las semillas en seed bin C", "nilagay ko na yung toques sa bench by the door",
# "pakilagay yung big kaldero sa basement shelf", "coloquei o cooler na garagem".
_PUT_SAID_FIRST = re.compile(
    r"^(?:(?:pls|please|paki)\s+)?(?:puse|dej[eé]|guard[eé]|coloqu[eé]|pus[eé]|deixei|botei"
    r"|coloquei|guardei|(?:ini)?nilagay\s+ko(?:\s+na)?|pakilagay|ilagay\s+mo(?:\s+na)?(?:\s+lang)?"
    r"|ilagay|tinago\s+ko(?:\s+na)?)\s+"
    r"(?:(?:yung|ang|ung|mga|el|la|los|las|mi|mis|o|a|os|as|meu|minha|meus|minhas)\s+)*"
    r"(?P<thing>[^,.!?]+?)\s+(?:sa|en|em|no|na|nos|nas)\s+"
    r"(?:(?:el|la|los|las|mi|mis|o|a|os|as|meu|minha|may)\s+)?(?P<place>[^,.!?]+?)\s*$",
    re.IGNORECASE,
)
_THEM = frozenset({"sila", "ito", "iyan", "yan", "yun", "ellos", "ellas", "eso", "esto", "isso"})
# "put", said last in Hindi: "drill ko garage mein rakh diya" (only with "ko": without it,
# where the thing ends and the place begins is not said).
_PUT_SAID_LAST = re.compile(
    r"^(?:maine\s+|mene\s+|humne\s+)?(?P<thing>[^,.!?]+?)\s+ko\s+(?P<place>[^,.!?]+?)"
    r"\s+(?:mein|me|main|pe|par|andar)\s+"
    r"(?:rakh|rakha|rakhi|rakhe|daal|dala|dali|daale|dal)"
    r"(?:\s+(?:diya|di|diye|dia|hai|hain|h|he|ji|hua|hui|huye|gaya|gayi|gaye|rakha|rakhi))*"
    r"[.!\s]*$",
    re.IGNORECASE,
)
# "the draw by the sink": a drawer, spelt as it sounds (not "draw a line", "the prize draw").
_DRAW_FOR_DRAWER = re.compile(
    r"\b(?P<before>the|my|our|top|bottom|middle|kitchen|junk|bedside|desk|sock|cutlery|second"
    r"|first|third|left|right|which|what)\s+draw(?P<more>s)?\b"
    r"(?!\s+(?:a|an|up|out|on|with|it|them|some|lines?|pictures?|results?|tickets?|prize)\b)",
    re.IGNORECASE,
)
# A word put right between dashes: "Bohrmaschine - sorry, the drill - is in box 7",
# "Schublade 2 - drawer 2 I mean - is in the workbench"; not "anyone know - sorry, bot - …".
_PUT_RIGHT = re.compile(
    r"\b[\w'-]+(?:\s+\d+)?\s+[-–—]+\s+(?:(?:sorry|i\s+mean),?\s+"
    r"(?!(?:bot|wms|guys|all|everyone|folks)\b)(?P<meant>[^-–—]+?)"
    r"|(?P<meant_then>[^-–—]+?),?\s+i\s+mean)\s+[-–—]+\s+",
    re.IGNORECASE,
)
# A gift said as who may keep it: "gave the old esky to Shaz, he can have it" is for good.
_THEIRS_NOW = re.compile(
    r",?\s+(?:and\s+)?(?:(?:he|she|they|you)\s+(?:can|could|may)\s+(?:keep|have)"
    r"|(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+keeping)\s+(?:it|them|'em)"
    r"(?:\s+for\s+good)?\s*[.!]*$",
    re.IGNORECASE,
)
# A loan said as when it comes back: "gave Ellie the iron, she'll bring it back sunday",
# "Dev borrowed the gloves, says he'll bring them back tues".
_BRINGING_IT_BACK = re.compile(
    r"(?:\s+for\s+(?:tonight|today|the\s+(?:weekend|night|day|week)))?"
    r"(?:,|\s+[-–—]+)?\s+(?:and\s+)?(?:(?:he|she|they)\s+(?:says|said)\s+|(?:says|said)\s+)?"
    r"(?:he|she|they)(?:(?:'ll|\s+will|\s+would)\s+(?:bring|give|have)\s+(?:it|them|'em)\s+back"
    # learners: "she bring back sunday she promise", "she return next week"
    r"|\s+(?:bring|give)\s+(?:(?:it|them)\s+)?back|\s+return(?:\s+(?:it|them))?)\b.*$",
    re.IGNORECASE,
)
# When it comes back, said after a loan: "…, back next month he says", "…, they say back
# sunday", "…, says hes bringing it back at 5", "…, says will bring back next wknd".
_BACK_WHEN = (
    r"(?:by|next|on|at|in|before|after|tomorrow|tonight|tmrw|tmr|later|soon|this|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|end)\b"
)
_PROMISED_BACK = re.compile(
    r",\s+(?:and\s+)?(?:(?:(?:he|she|they)\s+)?(?:says|said|say)\s+(?:(?:he|she|they)(?:'s|'re|'ll"
    r"|\s+is|\s+are|\s+will)?\s+|(?:hes|shes|theyre|theyll|hell|shell)\s+|will\s+)?(?:bringing"
    r"|bring|returning|return|giving)\s+(?:(?:it|them|'em|em)\s+)?(?:back\b)?"
    rf"|(?:(?:he|she|they)\s+(?:says|said|say)\s+)?back\s+{_BACK_WHEN}).*$",
    re.IGNORECASE,
)
# How long a loan lasts, said as a clause: "lent the spare bike to Priya till she sorts her
# own out", "… till friday he fixin to clear his fence line".
_LENT_UNTIL = re.compile(
    r",?\s+(?:till|until|til)\s+(?:(?:he|she|they|we)\s+\w+|(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tomorrow|the\s+weekend|next\s+\w+)\b)(?:\s.*)?$",
    re.IGNORECASE,
)
# "an" said for "and" before a consonant ("the boil pot an burner"), never the article.
# (a word of five letters or more: "an sd card", "an mp3 player" are said as they sound)
# The second verb of putting that "an" or "n" said for "and" goes before ("… an put", "… n took").
_SECOND_VERB = r"put|took|gave|lent|left|hung|stuck|moved|threw"
_AN_FOR_AND = re.compile(
    r"(?<=[a-z])\s+an\s+(?=(?:the\s+|my\s+)?[bcdfgjklmnpqrstvwz][a-z]{4,}\b"
    rf"|(?:{_SECOND_VERB}|got|the|my|our)\s)"
)
# Asked after it is said: "… in the garage will ya", "…, would you?": asked as "can you …".
_WILL_YOU = re.compile(
    r",?\s+(?:will|would|could|can)\s+(?:ya|you|u|ye|yer)\s*[?!.]*$", re.IGNORECASE
)
# A message that starts by handling a thing: "took the tent out the loft n put it …"; only
# then is "out the" read as "out of the" and "n" as "and" ("the plumber came n left his
# tools", "carried grandad out the house" are not read so).
_HANDLED_FIRST = re.compile(
    r"^(?:(?:ok|okay|right|so|well|and|then)\b[,.!]?\s+)*(?:(?:i|we)\s+)?(?:just\s+)?"
    r"(?P<verb>took|got|put|brought|moved|shifted|grabbed|pulled|fetched|picked|used|found|bought"
    r"|chucked|stuck|packed|hauled|carried|cleared)\s+(?:the|my|our|all|some|\d+|a|an|em|them|it"
    r"|those|these)\b",
    re.IGNORECASE,
)
# Verbs of moving things, after which "out the closet" is "out of the closet" (not "chucked
# the cat out the window").
_MOVED_OUT = frozenset({
    "took", "got", "brought", "moved", "shifted", "grabbed", "pulled", "fetched", "hauled",
    "carried",
})  # fmt: skip
# "out the closet" for "out of the closet", before where the things went.
_OUT_THE = re.compile(
    r"\b(?P<before>[a-z]+)\s+out\s+(?=the\s+[\w' -]+?\s(?:into|onto|to|in\s+to)\s)", re.IGNORECASE
)
# Verbs whose "out" goes with them: "lent out the projector to the church hall".
_OUT_WITH_VERB = frozenset({
    "lent", "loaned", "leant", "threw", "thrown", "gave", "handed", "sent", "put", "took", "taken",
    "got", "brought", "carried", "chucked", "moved", "pulled", "cleared", "sorted", "emptied",
    "fetched", "dug", "picked", "set", "laid", "hung", "sold", "take", "get", "bring", "clear",
})  # fmt: skip
# "n" for "and" before a second verb of putting ("pack n play", "fish n chips" are names).
_N_FOR_AND = re.compile(
    rf"(?<=[a-z])\s+n\s+(?=(?:{_SECOND_VERB}|chucked|tossed|binned|stored|shoved|popped)\s)"
)
_GIVEN = re.compile(r"^(?:i\s+|we\s+)?(?:gave|give|handed)\s", re.IGNORECASE)
_LOAN_SAID = re.compile(r"\b(?:borrowed|borrows|lent|loaned|leant)\b", re.IGNORECASE)
# The weather or the hour, said after a change: "…, it's going to be a scorcher", "… it's
# going to rain": "it" is no thing.
_WEATHER_SAID = re.compile(
    r",?\s+(?:(?:as|cos|because|since)\s+)?(?:it's|its|it\s+is)\s+(?:going\s+to\s+|gonna\s+)?"
    r"(?:be\s+)?(?:a\s+|so\s+|really\s+|getting\s+)?(?:rain|raining|snow|snowing|freezing|boiling"
    r"|roasting|scorcher|cold|hot|sunny|warm|chilly|windy|wet|dark|late|bucketing|pouring|baltic"
    r"|chucking\s+it\s+down|lovely\s+out|nice\s+out)\b[^,]*$",
    re.IGNORECASE,
)
_YORKSHIRE_THE = re.compile(r"\bt'(?=[a-z])", re.IGNORECASE)
_TA_IS = re.compile(r"\b(?:tá|está)\s+(?=(?:in|on|at|under|inside)\s)", re.IGNORECASE)
# "what've I got at the cabin": a question word and "have"; "is the deer stand still up at the
# cabin": where it is, said with the way there.
_WH_HAVE = re.compile(r"\b(?P<wh>what|where|who|which)'ve\b", re.IGNORECASE)
_STILL_UP_AT = re.compile(
    r"^(?P<be>(?:is|are) [^,?]+? still) (?:up|down|out|over|round) (?=(?:at|in) the )",
    re.IGNORECASE,
)
# Word order carried over from French, Spanish, Italian or German, put in English order:
# "the helmets they are in the bike room?" (no "they"), "the cave, what it contains?" (what's
# in it). (Tried and dropped, for what they wrote on chat: a place said first, "in the
# cellar I have put the skis", which took "in the end I put …", "in the tea I put sugar";
# "rename box 5 in camping", which took "rename the drill in the shed"; "there is … ?", which
# took "there is a spider in the bath?"; "the drill still in the van?", which took "the
# meeting still on at 3?".)
_SAID_AGAIN_BY_PRONOUN = re.compile(
    r"^(?P<thing>(?:the|my|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)\s+(?:they|it)"
    r"\s+(?P<be>is|are)\s+(?=(?:in|on|at|under|inside|still)\b)",
    re.IGNORECASE,
)
_WHAT_IT_HOLDS = re.compile(
    r"\bwhat\s+(?:(?:it|they)\s+contains?|(?:there\s+is|is\s+there)\s+(?:inside|in\s+it))(?=\W*$)",
    re.IGNORECASE,
)


def _in_english_order(text: str) -> str:
    """The message with a word order carried over from another language put in English's."""
    text = _SAID_AGAIN_BY_PRONOUN.sub(r"\g<thing> \g<be> ", text)
    return _WHAT_IT_HOLDS.sub("what's in it", text)


# Spanish "el"/"la" before a place, after a preposition: "in el trastero", "to la terraza";
# before a thing after a verb: "Migdalia returned la cafetera", "rename la caja 3".
_SPANISH_THE = re.compile(
    r"\b(?P<at>in|into|to|from|of|inside|at|on|under|outta|out\s+of|returned|moved|put|took|gave"
    r"|lent|binned|tossed|threw|sold|found|rename|where's|wheres)\s+(?-i:el|la|los|las)\s+"
    r"(?=[a-záéíóúñ]{3})(?!(?:angeles|vegas|paso|croix|palma|plata|paz|salle|crosse|jolla|mesa|nino"
    r"|niño|dorado|cajon|segundo|camino|cruces|verne|vista|quinta|mer|roche)\b)",
    re.IGNORECASE,
)
# Swahili "ziko"/"iko" (are/is at): "Wanjiru's school uniforms ziko box 3", "… iko kwa desk
# drawer"; "ziko wapi" (where are they) is asked.
_IKO = re.compile(
    r"\b(?:ziko|iko|yuko|viko)\s+(?!wapi\b)(?:kwa\s+|ndani\s+ya\s+|kwenye\s+)?(?=[a-z0-9])",
    re.IGNORECASE,
)
# Southern US: "where them briggs gaskets at" (those), "do I got any 30 weight oil left".
_WHERE_THEM = re.compile(r"\b(?P<where>where(?:'s|s)?)\s+them\s+(?=[a-z])", re.IGNORECASE)
# Scots and Shetland "o" for "of" before "the": "the last o da mince", "the rest o da dip"
# (after such an amount only: "the top shelf o the press" is a place as said, "one o the
# lads" someone)
_O_FOR_OF = re.compile(
    r"\b(?P<amount>last|rest|bit|lot|lots|most|all)\s+o\s+"
    r"(?=(?:the|da|de|my|our|them|that)\s)",
    re.IGNORECASE,
)
# "them" said for "the" before things: "give back 2 of them traps" (not "2 of them home")
_OF_THEM_THINGS = re.compile(
    r"\b(?P<count>\d+|two|three|four|five|six|both|all|some|couple)\s+of\s+them\s+(?=[a-z]{2,}s\b)",
    re.IGNORECASE,
)
# "4" typed for "for" before a time, in a loan: "lent matthew my gopro 4 the weekend"
_LENT = re.compile(r"\b(?:lent|loaned|borrowed|borrow|gave|lend)\b", re.IGNORECASE)
_FOUR_FOR = re.compile(
    r"(?<=[a-z])\s+4\s+(?=the\s+(?:weekend|week|night|day|party|trip|holidays?|summer|winter"
    r"|match|game|wedding)\b)",
    re.IGNORECASE,
)
_DO_I_GOT = re.compile(r"\b(?P<do>do|did)\s+(?P<who>i|we)\s+got\s+(?=any\b)", re.IGNORECASE)
# Tagalog "na sa" (already in) after "is"/"are": "the dehumidifiers are na sa balcony cupboard".
_NA_SA = re.compile(r"\b(?P<be>is|are|r)\s+(?:na\s+)?(?:sa|nasa)\s+(?=[a-z])", re.IGNORECASE)
_SPOKEN_COMMA = re.compile(r"(?<=[a-z0-9])\s+comma(?=\s+[a-z]|\s*$)", re.IGNORECASE)
# "like" said before a count, as a filler: "used like 4 of the pods" (not "I'd like 4").
_LIKE_A_COUNT = re.compile(
    r"(?<!\bi'd\s)(?<!\bwould\s)(?<!\bwe'd\s)\blike\s+(?=(?:\d+|a\s+couple|a\s+few|half)\b)",
    re.IGNORECASE,
)
_A_WHOLE = re.compile(r"\b(?P<a>an?)\s+(?:whole|entire|full)\s+(?=[a-z]+\s+of\b)", re.IGNORECASE)
# How many, said in brackets or after a comma at the end: "(3)", "(all 9)", ", all 8",
# ", 3 of em", ", all 4 of em", ", 4 pieces".
_COUNT_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNT_SAID_AFTER = re.compile(
    rf"\s*\((?:x|×|all\s+)?\s*(?P<count>{_COUNT_WORDS})(?:\s+of\s+(?:them|em|'em))?\s*\)"
    rf"|,\s*(?:all\s+(?P<all>{_COUNT_WORDS})(?:\s+of\s+(?:them|em|'em))?"
    r"|(?P<of>\d+)\s+(?:of\s+(?:them|em|'em)|pieces|pcs|in\s+total))\s*(?:[^\w\s]\s*)*$",
    re.IGNORECASE,
)
# Everything a place holds, said as what someone has there: "list everything we have in the
# storage unit", "tell me everything that's in my locker", "what is everything in the garage".
_EVERYTHING_THAT_IS = re.compile(
    r"\b(?P<what>what\s+is\s+|what's\s+|whats\s+)?everything\s+(?:(?:that|which)\s+)?"
    r"(?:(?:we|i)\s+(?:have|'ve\s+got|have\s+got|got|keep|store|stored|put)\s+|that's\s+|thats\s+"
    r"|(?:that|which)\s+is\s+)?(?=(?:in|on|inside|under)\s)(?!on\s+loan\b)",
    _I,
)
# What a change is for, or who may ask, said after it: "… in the loft for when we go camping",
# "… is in the cratch if anyone asks": no plan or condition on the change itself.
_FOR_WHEN = re.compile(
    r",?\s+(?:(?:for|ready\s+for)\s+when\b|if\s+(?:any(?:one|body)|someone|somebody)\s+(?:asks"
    r"|(?:needs|wants|is\s+looking\s+for)\s+(?:it|them|one|any)\b))[^.!?]*(?=[.!?]*$)",
    _I,
)
# A change said as done ("took", "lent", "moved"), not planned ("we're moving …", "I'll …").
_DONE = re.compile(
    r"\b(?:took|lent|loaned|brought|gave|moved|shifted|stored|packed|grabbed|pulled|stuck|got"
    r"|[a-z]{3,}ed)\b",
    _I,
)
_PLANNED = re.compile(
    r"\b(?:i'm|im|we're|were|i\s+am|we\s+are|will|'ll|gonna|going\s+to|about\s+to|want|need"
    r"|plan|planning)\b",
    _I,
)
# "out of date" before a thing is one word, not "out of" a place: "chucked the out of date
# saline pods" (`items.parse_item` writes the name with spaces again).
_OUT_OF_DATE = re.compile(r"\bout\s+of\s+date\b(?=\s+[a-z])", _I)
# When something is wanted, said inside what it is for: "took the chairs out for bbq later",
# "lent my calculator to Kevin for his exam tmr" (the change is done; "later" is the bbq).
_FOR_LATER = re.compile(
    r"\b(?P<what>for\s+(?:[\w']+\s+){0,3}?[\w']+)\s+(?:later|tmrw|tmr|tmrow|tomorrow"
    r"(?:\s+(?:morning|night|afternoon|arvo|evening))?|tonight|this\s+(?:wknd|weekend))(?=[\s,.!]*$)",
    _I,
)
_NOW_BEFORE_PLACE = re.compile(
    r"(?<=\w)(?<!\bfrom)\s+now\s+(?=(?:in|on|at|under|inside|into)\s)", _I
)
# Where something was bought, said before where it was put: "bought a new kettle at tesco and
# put it in the kitchen cupboard" (the shop is no place it is kept in).
_BOUGHT_AT = re.compile(
    r"^(?P<bought>(?:(?:i|we)\s+)?(?:just\s+)?(?:bought|purchased|ordered)\s+[^,]+?)"
    r"\s+(?:at|from|off)\s+(?P<shop>(?:(?!(?:and|then)\b)[\w&'.-]+\s+){0,3}?[\w&'.-]+)"
    r"(?P<after>\s*,\s*|\s+(?:and|then)\s+)(?=(?:i\s+|we\s+)?(?:put|popped|stuck|stored|placed"
    r"|chucked|shoved|hung|left)\b)",
    re.IGNORECASE,
)
_NOW_KEPT = re.compile(
    r"(?:(?<=\bis)|(?<=\bare))\s+now\s+(?=(?:kept|stored|living|sitting|located|housed|hanging|stashed"
    r"|packed|filed)\s+(?:in|on|at|under|inside)\s)",
    _I,
)
_PLUS = re.compile(r"(?<=[a-z])\s+\+\s+(?=[a-z0-9])", re.IGNORECASE)
# "shed" made "she'd" by a phone's autocorrect, after a word no "she'd" follows: "put the
# bike in the she'd" (not "I know that she'd like it").
_SHED_CORRECTED = re.compile(
    r"\b(?P<the>(?:the|my|our|your|a)\s+)she['\u2019]d\b"
    # after a word, at the end of a sentence: "the garden she'd", "the hay she'd." (not "the
    # garden she'd planted", "the presents she'd under the bed")
    r"|\b(?P<word>[a-z]+\s+)she['\u2019]d(?=\s*(?:$|[.,!?;:)>\u2192-]))",
    re.I,
)
# A number at the end, after a place said right after "in", "to" … (or first), as a voice
# typist's phone heard it: "put the drill in bin for", "what's in box to?" (not "too": "… in
# box too" may be "as well").
_NUMBER_HEARD = re.compile(
    r"(?:^|(?<=\s))(?P<before>(?:(?P<word>[\w']+)\s+)?(?P<noun>[a-z]+))\s+(?P<heard>for|to|ate|won)"
    r"(?=[\s.!?]*$)",
    re.I,
)
_HEARD = {"for": "4", "to": "2", "ate": "8", "won": "1"}
# Places numbered most often, the only ones a heard number is read after ("in pot for" may be
# "… for later", cut short).
_NUMBERED_MOST = frozenset({"bin", "box", "crate", "drawer", "shelf", "locker", "tote", "cubby"})
# Words that make a kind of shed: "the garden she'd", "the hay she'd" (not "I think she'd.").
_KINDS_OF_SHED = frozenset({
    "garden", "bike", "wood", "potting", "tool", "hay", "storage", "log", "coal", "boat",
    "machinery", "machine", "cow", "sheep", "lambing", "wool", "shearing", "feed", "implement",
    "tractor", "back", "old", "new", "big", "little", "small", "main", "plastic", "metal",
    "wooden", "timber", "brick", "top", "bottom", "front", "side", "pole", "equipment",
})  # fmt: skip
# A comma typed without its space: "no wait,scratch that" ("1,000" is a number).
_COMMA_UNSPACED = re.compile(r"(?<=[a-z]),(?=[a-z])", re.IGNORECASE)
# Emoji between two words end a sentence, as a full stop would: "SOLD the lamp 🎉 posted it".
_EMOJI_BETWEEN = re.compile(
    r"(?<=\w)\s*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*)+(?=[A-Za-z0-9])"
)

# Southern American "what all", "who all": "what all can you do", "what all is out there".
_WHAT_ALL = re.compile(
    r"\b(?P<asked>what|who|where)\s+all\s+(?=(?:is|are|have|has|did|do|does|can|could|was|were"
    r"|i|we|you)\b)",
    re.IGNORECASE,
)
# "from now", said last for "from now on".
_FROM_NOW = re.compile(r"\bfrom\s+now(?=\s*[.!]*$)|^from\s+now(?!\s+on\b)", re.IGNORECASE)
# A holder that "got" a thing, said for "has got": "which box got my winter jacket", "box 3
# got all my chinese books now" (not "Sam got the drill").
_HOLDER_GOT = re.compile(
    r"^(?P<holder>which\s+[\w-]+|(?:the\s+)?[a-z][\w-]*\s+#?\d+[a-z]?)\s+got\s+(?!(?:it|them|what)\b)",
    re.IGNORECASE,
)
# An arrow between two places after "from": "the dynamixels went from A2 -> A3".
_FROM_ARROW = re.compile(r"\bfrom\s+(?P<old>[^,>-]+?)\s*-+>\s*", re.IGNORECASE)
# Scots and Caribbean "ma" for "my" before a thing ("where's ma hairbrush", "in ma makeup
# bag"), not mother doing or saying something ("ma said", "ma took the car", "ma and da").
_MA_FOR_MY = re.compile(
    r"\bma\s+(?=[a-z])(?!(?:is|was|were|are|says|said|say|has|had|have|does|did|do|will|would"
    r"|can|could|should|might|and|or|n|took|takes|take|put|puts|moved|gave|gives|lent|borrowed"
    r"|wants|wanted|thinks|thought|reckons|brought|left|keeps|kept|just|still|never|always"
    r"|already|where|what|who|when|how|why|if|to|too|in|on|at|for|from|with|tae|fae|wi"
    r"|knows|found|got|gets|made|makes|isnae|wasnae|disnae|cannae|willnae|wouldnae|doesnt"
    r"|didnt|aye|naw|no|yes|ok|okay|here|there|now|then|again|please|pls|x+|uses|used|likes"
    r"|liked|loves|needs|wears|cooks|bakes|hides|hid|asked|asks|told|tells|lost|loses)\b)",
    re.IGNORECASE,
)

# Three or more words in capitals: shouted, not names ("DAD PUT THE ROOF BOX IN THE BARN").
_SHOUTED = re.compile(r"\b[A-Z][A-Z']+(?:\s+[A-Z][A-Z']*){2,}\b")


def _said_quietly(match: re.Match[str]) -> str:
    """Shouted words in lower case, a first name with its capital ("Marcus")."""
    words = match[0].lower().split()
    return " ".join(word.title() if word in FIRST_NAMES else word for word in words)


# A letter said three times or more is said once: "pleeeeease" (no word has three in a row).
_DRAWN_OUT = re.compile(r"(?<![A-Za-z0-9])(?=[a-z]*(?P<letter>[aeiouyrsnh])(?P=letter){2})[a-z]+")


# The words people draw out; any other word keeps its letters (a name may be "Aaa bead").
_DRAWN_OUT_WORDS = frozenset({
    "please", "pls", "plz", "you", "so", "thanks", "thank", "hi", "hey", "again", "yes", "no",
    "oh", "where", "what", "now", "ugh", "ok", "okay", "sorry", "here", "there", "help",
})  # fmt: skip


def _said_once(match: re.Match[str]) -> str:
    """A word people draw out, said once ("pleeeease", "youuu"); any other word as it is."""
    word = match[0]
    once = re.sub(r"([aeiouyrsnh])\1{2,}", r"\1", word)
    return once if once.lower() in _DRAWN_OUT_WORDS else word


# Irish English for what was just done: "I'm after putting the hurleys in the shed",
# "amn't I after putting the lunchboxes back": "I'm putting …", which the rules read.
_AFTER_DOING = re.compile(
    r"\b(?P<who>i['’]m|im|i\s+am|we['’]re|we\s+are|amn['’]t\s+i|am\s+i\s+not)\s+(?:just\s+)?after"
    r"\s+(?=[a-z]+ing\b)",
    re.IGNORECASE,
)


# Nigerian Pidgin "dey" (is, where something is) and "for" (in, at) after it: "the jumper
# cables dey for the car boot", "shelf 2 dey inside the store room", "where the fans dey".
_DEY = re.compile(r"\bdey\s+(?P<where>for|inside|in|on|under|at)\b", re.IGNORECASE)
_WHERE_IT_DEY = re.compile(
    r"\bwhere\s+(?P<thing>(?:the|my|our)\s+[^?.!,]+?)\s+dey(?=\s*(?:[?.!]|$))", re.IGNORECASE
)


# Misheard "loft": "the lost" at the end of a message ("the lost property box" is kept).
_THE_LOST = re.compile(r"(?<=\bthe )lost(?=\s*[.!?]*\s*$)", re.IGNORECASE)
_TOO_THE = re.compile(r"\btoo\s+(?=(?:the|my|our)\s)", re.IGNORECASE)


def _is_there(match: re.Match[str]) -> str:
    where = match["where"].lower()
    return "is in" if where == "for" else f"is {where}"


# Made to do it, so done: "mum made me put the xbox 360 in the loft".
_MADE_TO = re.compile(
    rf"^(?:(?:my|our)\s+)?(?:mum|mom|mam|ma|dad|da|the\s+missus|the\s+wife"
    rf"|(?-i:[{NAME_CAPITAL}][{NAME_LETTER}]+))"
    r"\s+(?:made|got)\s+me\s+(?:to\s+)?(?=(?:put|move|take|store|stick|shift|bin|throw|chuck"
    r"|clear|tidy|pack)\b)",
    re.IGNORECASE,
)


def _just_done(match: re.Match[str]) -> str:
    who = match["who"].lower()
    return "we're " if who.startswith("we") else "I'm "


# Coming round before taking or bringing: "Auntie Rudo came and took …", "Sam came by and
# dropped off …": the taking is what happened.
_CAME_AND = re.compile(
    r"\s+came\s+(?:round\s+|by\s+|over\s+|in\s+)?and\s+(?=(?:took|brought|borrowed|dropped"
    r"|returned|picked)\b)",
    _I,
)
# Doric question words, said first: "far's the tattie peeler", "fit's in the press", "fa moved
# the toolbox", "pit the pot in the press", "ken far the duvet is".
_DORIC = (
    (re.compile(r"^far(?:'s|s)\s+", _I), "where's "),
    (re.compile(r"^far\s+(?=(?:did|is|are|do|does|have|was)\b)", _I), "where "),
    (re.compile(r"^fit(?:'s|s)\s+", _I), "what's "),
    (re.compile(r"^fit\s+(?=(?:can|boxes|places|is|are|do|does|have)\b)", _I), "what "),
    (re.compile(r"^fa\s+(?=(?:moved|has|took|had|borrowed|shifted)\b)", _I), "who "),
    (re.compile(r"^pit\s+(?=(?:the|my|our|ma)\s)", _I), "put "),
    (re.compile(r"\b(?P<who>i|we|you)\s+pit\b", _I), r"\g<who> put"),
    (re.compile(r"^ken\s+far\s+", _I), "do you know where "),
    # Glaswegian: "whits in the box under ma bed", "whit's in ma makeup bag"
    (re.compile(r"^whit(?:'s|s)\s+", _I), "what's "),
    (re.compile(r"^whit\s+(?=(?:is|are|did|do|does|have|has|was)\b)", _I), "what "),
)
# Caribbean and Hawaiian creole said in English words: "mi put di dutch pot inna di basement",
# "weh di grater deh?", "i wen put all da fishing gear in da garage", "where da fishing gear
# stay?", "di Christmas cake tins dem go inna di big red tote". "de", "di", "da" are "the"
# only after an English word that comes before an article, or first ("de tool drawer is …"),
# not in Spanish or Hindi ("pods de detergent", "wapas de di").
# A word only these readings change: most messages have none and skip them.
_CREOLE_WORD = re.compile(
    r"\b(?:da|di|de|inna|mi|dem|deh|dey|wen|tek|pon|um|fo|ova|wah|wha|weh|wea|wey|stay)\b"
    r"|\ban\s+the\b",
    _I,
)
_CREOLE = (
    (re.compile(r"^(?:wah|wha)\s+inna\s+", _I), "what's in "),
    (re.compile(r"\bda\s+(?P<thing>[\w' ]+?)\s+stay\s+(?=(?:in|on|inside|by|under|at|next)\b)", _I),
     r"the \g<thing> is "),
    (re.compile(r"^(?P<thing>[\w' ]+?)\s+stay\s+(?=(?:in|on|inside)\s+da\b)", _I),
     r"\g<thing> is "),
    (re.compile(r"\binna\s+(?=[a-z0-9])", _I), "in "),
    (re.compile(r"(?<=[a-z])\s+(?:dem\s+)?deh\s+(?=(?:in|on|under|inside|by|at)\b)", _I), " is "),
    (re.compile(r"\b(?P<verb>put|tek|take|took|move|moved|throw|threw|sell|sold|bring|brought|lend"
                r"|lent|give|gave|dash|stuck|stick)\s+(?:dem|um)\b", _I), r"\g<verb> them"),
    (re.compile(r"^dem\s+(?=[a-z])", _I), "they "),
    (re.compile(r"(?<=[a-z])\s+dem\b(?=\s+(?:go|deh|dey|in|on|from|to|are|is|was|were|gone)\b"
                r"|\s*[?.!,]*$)", _I), ""),
    (re.compile(r"\bmi\s+(?:deh|dey)\b", _I), "I am"),
    (re.compile(r"\bmi\s+(?=(?:put|have|want|use|used|tek|take|move|moved|dash|lend|lent|give"
                r"|gave|go|throw|need|cyaan|can't|cant)\b)", _I), "I "),
    (re.compile(r"\bmi\s+(?=[a-z])", _I), "my "),
    (re.compile(r"\bwen\s+(?=(?:put|take|borrow|use|move|throw|bring|crack|give|sell|return|lend"
                r"|broke|break)\b)", _I), ""),
    (re.compile(r"\btek\s+(?=(?:the|di|de|da|my|out|it|them|back)\b)", _I), "take "),
    (re.compile(r"\bpon\s+(?=(?:the|di|de|da|my)\b)", _I), "on "),
    (re.compile(r"\ban\s+(?=(?:the|di|de|da)\b)", _I), "and "),
    (re.compile(r"\bfo\s+(?=(?:the|di|de|da|my|her|his|our)\b)", _I), "for "),
    (re.compile(r"\bova\b", _I), "over"),
    (re.compile(r"^(?P<lead>(?:(?:bot|ok|so|hi|yo)\W+)*)(?:weh|wea|wey|where)\s+"
                r"(?P<thing>(?:the|my|di|de|da)\s+[^?.!,]+?)\s+(?:deh|dey|stay)"
                r"(?=\s*(?:[?.!]|$))", _I),
     r"\g<lead>where is \g<thing>"),
    (re.compile(r"\b(?:weh|wea|wey|where)\s+(?:it|e)\s+(?:deh|dey|stay)\b", _I), "where is it"),
)  # fmt: skip
# Places people do not label with a letter: "… in the shed x" is a kiss.
_NEVER_LETTERED = frozenset({
    "shed", "cupboard", "garage", "loft", "attic", "cellar", "basement", "room", "kitchen", "hall",
    "van", "car", "wardrobe", "fridge", "freezer", "press", "boot", "drawer", "rail", "kennel",
    "pelican", "peli", "cube",
})  # fmt: skip
_LETTERED = _LABELLED - _NEVER_LETTERED
# "that" before a thing after a verb of throwing out: which one, not a pronoun ("threw that out").
_THAT_ONE = re.compile(
    r"\b(?P<verb>binned|chucked|tossed|ditched|scrapped|trashed|sold|donated"
    r"|(?:threw|chucked|tossed|thrown|gave|given)\s+(?:out|away))\s+that\s+"
    r"(?!(?:much|many|sort|type|kind)\b|(?:[\w-]+\s+){0,2}(?:idea|theory|plan|thought|notion"
    r"|advice|rule|habit|argument|excuse)\b)"
    r"(?=[a-z][\w-]*\s+[a-z])",
    _I,
)
_NAME_CHANGED = re.compile(
    r"^(?:pls\s+|please\s+)?change\s+(?P<old>(?:the\s+)?.+?)(?:'s|s')\s+name\s+to\s+", _I
)
_KISS = re.compile(
    r"(?P<before>(?:(?P<word>[\w']+)\s+)?(?P<noun>[\w']+))\s+(?P<kiss>x{1,3})[.!]*$", _I
)
# Words a label follows: "on shelf x", "crate x" alone ("in the safe x" is a kiss).
_BEFORE_A_LABEL = frozenset({"in", "on", "at", "to", "into", "onto", "from", "under", "of", "is"})
# "used" typed without its e, before what was used: "usd up the tape", "usd 2 tins".
_USD_FOR_USED = re.compile(
    r"(?<!\d\s)\busd(?=\s+(?:up|\d+|the|a|an|some|all|my|our|half|most)\b)", re.IGNORECASE
)
# A word said twice at the start, in a hurry: "undo undo", "help help", "where where is".
_SAID_TWICE = re.compile(
    r"^(?P<word>undo|help|where|what|hi|hello|hey|thanks|ok|okay)(?:[\s,!.]+(?P=word)\b)+", _I
)


# A list's mark at the start of a line: "- drill", "• saw", "2) the sander" ("2 roll mats" is
# a count, not a mark).
_LINE_MARK = re.compile(r"^(?:[-*•·]+|\d{1,2}[.)])\s+")


def on_one_line(text: str) -> str:
    r"""A message typed on several lines, as one: a line break is a comma, after a mark a space.

    "put the sleeping bags\n2 roll mats and the chairs in the shed" is "put the sleeping
    bags, 2 roll mats and the chairs in the shed"; "garage:\n- drill\n- saw" is "garage:
    drill, saw"; empty lines go.

    Args:
        text: the message as typed.

    Returns:
        The lines joined.
    """
    said = ""
    for line in text.splitlines():
        line = _LINE_MARK.sub("", line.strip()).strip()
        if line:
            said += ("" if not said else " " if said[-1] in ".,;:!?-–—" else ", ") + line
    return said


# Faces typed with marks at the end, read as the emoji they stand for: ":)", ":-(", ";)",
# ":D", "xD", "<3" (not "10:30", "http://", "bin 8)").
# A face of marks: ":)", ":-(", ";)", ":D", ":'(", ":/".
FACE = r"[:;=][-']?[)(\]\[DPpOo/|\\*3]{1,3}"
_EMOTICON = re.compile(rf"(?:(?<=\s)|^)(?:(?:{FACE}|[xX]D|<3)[\s.!]*)+$")


# "its" typed for "it's" before how a thing is: "throw away the sunscreen its expired".
_ITS_FOR_IT_IS = re.compile(
    r"\bits\s+(?=(?:expired|broken|broke|gone|done|dead|empty|finished|bust|knackered|leaking"
    r"|rusty|cracked|mouldy|moldy|ruined|useless|out\s+of\s+date|past\s+it|not|been|still|now)\b)",
    _I,
)
# A count said last without a comma: "Jess brought back the folding chairs all 4".
_ALL_COUNTED = re.compile(
    r"(?<=[a-z])\s+(?=(?:all|both)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"(?:\s+of\s+(?:them|em))?[\s.!]*$)",
    _I,
)
# "I carried the box down from the loft and have put it in the bureau": "and put it".
_AND_HAVE = re.compile(r"\band\s+(?:have|'ve)\s+(?=(?:put|placed|moved|stored|hung|popped)\s)", _I)
_AMPERSAND = re.compile(r"(?P<before>\w+)\s+&\s+(?P<after>[\w']+)")
# Words that start a second clause or thing after "&": what was done next, where it is now,
# another thing ("the sewing kit & the pins", "boxes 9, 10 & 11").
_CLAUSE_AFTER_AND = frozenset({
    "put", "moved", "stored", "is", "are", "was", "into", "took", "gave", "lent", "used",
    "threw", "binned", "popped", "stuck", "hung", "left", "then", "i", "we", "it", "it's",
    "its", "they", "they're", "i've", "ive", "i'm", "still", "where", "what", "whats",
    "what's", "who", "how", "not", "the", "my", "our", "a", "an", "his", "her", "their", "some",
    "both", "all",
})  # fmt: skip


def _and(match: re.Match[str]) -> str:
    """The "&" read as "and" before a second clause or another thing.

    "took the fan out & put it …", "the sewing kit & 2 phone chargers"; between two words
    of a name it stays ("Black & Decker jigsaw", "tips & tubes").
    """
    after = match["after"].lower()
    joined = "and" if after in _CLAUSE_AFTER_AND or after.isdigit() else "&"
    return f"{match['before']} {joined} {match['after']}"


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The message with plain quotes, no emoji or symbols, and shorthand read out ("teh", "r").

    Lead-in words are kept as typed and the rest is read as if said alone: "hey bot, extension
    board kaha h" is "hey bot, where is the extension board?".

    Args:
        text: the message, already through `clean_text` (single spaces, printable).

    Returns:
        The message with symbols replaced by spaces and whitespace collapsed.
    """
    said = lead_in_apart(text)
    return said + _normalised(text[len(said) :]) if said else _normalised(text)


def lead_in_apart(text: str) -> str:
    """The lead-in words a message starts with, when said apart from the rest, else "".

    Apart: before a comma or a mark ("hey bot, …", "right. …") or more than one word ("ok so
    …"); one word alone may be more ("wah inna box 7?": Patois "what"; "well pump manual").

    Args:
        text: the message.

    Returns:
        The lead-in as typed, with the spaces and marks after it; "" for none or the whole.
    """
    lead = _LEADING_FILLER.match(text)
    said = lead.group(0) if lead else ""
    if not said or len(said) >= len(text):
        return ""
    return said if said.rstrip()[-1:] in ",:;.!-–—" or len(said.split()) > 1 else ""


def _normalised(text: str) -> str:
    """`normalise` of a message without its lead-in words."""
    if "," in text:
        text = _COMMA_UNSPACED.sub(", ", text)  # "oops wrong bin,undo"
    if " and " in text:
        text = _AND_HAVE.sub("and ", text)
    if "its " in text.lower():
        text = _ITS_FOR_IT_IS.sub("it's ", text)  # "the sunscreen its expired"
    text = _ALL_COUNTED.sub(", ", text)  # "brought back the folding chairs all 4"
    if "&" in text:
        text = _AMPERSAND.sub(_and, text)  # "put the dumbbells & kettlebell …" ("M&S" stays)
    if "she" in text.lower():
        text = _SHED_CORRECTED.sub(_shed, text)  # a phone's "in the she'd"
    text = _SHOUTED.sub(_said_quietly, text)  # "MARCUS BROUGHT THE TRIPOD BACK"
    text = _USD_FOR_USED.sub("used", text)  # "usd up the gaffer tape" (not "100 usd")
    if "in" in text:
        text = _DROPPED_G.sub(_with_g, text)  # "used up the weetbix this mornin"
    text = _DRAWN_OUT.sub(_said_once, text)  # "pleeeeease", "sooo", "againnn"
    text = _SAID_TWICE.sub(r"\g<word>", text)  # "undo undo, wrong one"
    text = _NAME_CHANGED.sub(r"rename \g<old> to ", text)  # "change the grey bin's name to …"
    text = _THAT_ONE.sub(r"\g<verb> the ", text)  # "binned that split buoy"
    text = _CAME_AND.sub(" ", text)  # "Auntie Rudo came and took 2 folding chairs"
    text = _AFTER_DOING.sub(_just_done, text)  # "I'm after putting the hurleys in the shed"
    text = _MADE_TO.sub("I ", text)  # "mum made me put the xbox 360 in the loft": I put it
    if _CREOLE_WORD.search(text):  # "mi put di dutch pot inna di basement"
        for pattern, said in _CREOLE:
            text = pattern.sub(said, text)
    text = _WHERE_IT_DEY.sub(r"where is \g<thing>", text)  # Pidgin: "where the fans dey?"
    text = _DEY.sub(_is_there, text)  # "4 jerrycans dey for the generator house"
    text = _TOO_THE.sub("to ", text)  # dictated: "moved the bikes too the shed"
    text = _THE_LOST.sub("loft", text)  # dictated: "took the tree out the lost"
    text = _ME_FOR_MY.sub(r"\g<verb> my ", spoken_places(text.translate(_QUOTE_MARKS)))
    text = _MA_FOR_MY.sub("my ", text)  # "wheres ma pe kit"
    text = _SPOKEN_STOP.sub(".", _SPOKEN_COMMA.sub(",", text))  # dictated punctuation
    text = _LAUGH_BETWEEN.sub(".", text)  # "… in the ocean theme bin lol dont ask"
    text = _SPOKEN_QUESTION.sub("?", text)
    text = _TA_IS.sub("is ", text)  # "mãe tá in the kitchen": Portuguese for "is"
    text = _in_english_order(text)  # "the helmets they are in the bike room?"
    text = _NA_SA.sub(r"\g<be> in ", text)  # "… are na sa balcony cupboard": Tagalog "in"
    text = _SPANISH_THE.sub(r"\g<at> the ", text)  # "put the bikes in el trastero"
    text = _STILL_UP_AT.sub(r"\g<be> ", _WH_HAVE.sub(r"\g<wh> have", text))
    text = _IKO.sub("are in ", text)  # "the school uniforms ziko box 3"
    text = _WHERE_THEM.sub(r"\g<where> the ", text)  # "where them briggs gaskets at"
    text = _O_FOR_OF.sub(r"\g<amount> of ", text)  # "we've finished da last o da mince"
    text = _OF_THEM_THINGS.sub(r"\g<count> of the ", text)  # "Junior give back 2 of them traps"
    if _LENT.search(text):
        text = _FOUR_FOR.sub(" for ", text)  # "lent matthew my gopro 4 the weekend"
    text = _DO_I_GOT.sub(r"\g<do> \g<who> have ", text)  # "do I got any 30 weight oil left"
    text = _YORKSHIRE_THE.sub("the ", text)  # "where's t'edging shears"
    text = _WHAT_ALL.sub(r"\g<asked> ", text)  # "what all have I changed on here lately"
    text = _FROM_NOW.sub("from now on", text)  # "call the metal shelf 'sauce shelf' from now"
    text = _HOLDER_GOT.sub(r"\g<holder> has ", text)  # "which box got my winter jacket"
    text = _A_LEND_OF.sub(r"\g<has> ", text)  # "Con has a lend of the cattle trailer"
    text = _A_COUPLE.sub("a couple of ", text)  # "a couple bags of rice"
    text = _AS_BEFORE.sub(r"\g<where>", text)  # "back in the same place as before"
    text = _IN_CASE.sub("", text)  # "kept the receipt in case": no case it is kept in
    text = _THE_ONE_IN.sub(r"\g<be> ", text)  # "drawer 2 is the one in the hall table"
    text = _PARTICLE_PLACE.sub(r"\g<the> \g<verb>-\g<particle>", text)  # "the walk in"
    text = _FROM_ARROW.sub(r"from \g<old> to ", text)  # "went from A2 -> A3"
    text = _WEATHER_SAID.sub("", text)  # "took the hosepipe out, it's going to be a scorcher"
    text = _THEIRS_NOW.sub(" for good", text)  # "…, she can keep it"
    text = _BRINGING_IT_BACK.sub(_lent_back, text)  # "gave ellie the iron, she'll bring it back"
    text = _PROMISED_BACK.sub(_lent_back, text)  # "…, back next month he says"
    text = _LENT_UNTIL.sub(_lent_until, text)  # "lent the spare bike to Priya till she sorts …"
    text = _AN_FOR_AND.sub(" and ", text)  # "the boil pot an burner"
    asked_after = _WILL_YOU.search(text)  # "shove the bikes in the garage will ya"
    if asked_after:
        text = f"can you {text[: asked_after.start()]}"
    handled = _HANDLED_FIRST.match(text)
    if handled:
        text = _N_FOR_AND.sub(" and ", text)  # "took the jigger off the stage n put it in …"
    if handled and handled["verb"].lower() in _MOVED_OUT:
        text = _OUT_THE.sub(_out_of, text)  # "moved my hoodies out the closet into bin A"
    text = _PUT_RIGHT.sub(lambda m: f"{m['meant'] or m['meant_then']} ", text)
    text = _DRAW_FOR_DRAWER.sub(r"\g<before> drawer\g<more>", text)  # "the draw by the sink"
    text = _RUN_ON_REMARK.sub(_remark_apart, text)  # "… the cedar chest its getting cold"
    text = _NEED_MORE_AFTER.sub(r"\g<done>, ", text)  # "used the last of the ptfe tape need more"
    text = _UP_THE.sub(r"\g<way> to ", text)  # "shifted the heater up the loft": up to the loft
    text = _LIKE_A_COUNT.sub("", text)  # "used like 4 of the pods"
    text = _PLUS.sub(" and ", text)  # "the controller + a charging cable"
    text = _A_WHOLE.sub(r"\g<a> ", text)  # "went through a whole pack of wipes"
    text = _COUNT_SAID_AFTER.sub(_times, text)  # "the chipped mugs (3)", "…, all 8"
    if _DONE.search(text) and not _PLANNED.search(text):
        text = _FOR_LATER.sub(r"\g<what>", text)  # "took the chairs out … for bbq later"
    text = _EVERYTHING_THAT_IS.sub(lambda m: "what's " if m["what"] else "everything ", text)
    text = _FOR_WHEN.sub("", text)  # "… for when it ices up", "… if anyone asks"
    text = _OUT_OF_DATE.sub("out-of-date", text)  # "threw out the out of date cereal bars"
    text = _NOW_BEFORE_PLACE.sub(" ", text)  # "spare blankets x2 now in the ottoman"
    text = _NOW_KEPT.sub(" ", text)  # "the passports are now kept in the safe"
    text = _BOUGHT_AT.sub(_bought_where, text)  # "bought a new kettle at tesco and put it …"
    if ":" in text or ";" in text or "<" in text or "D" in text:
        text = _EMOTICON.sub(" \U0001f642 ", text)  # "put the drill in bin 4 :)"
    if _has_decoration(text):
        text = _EMOJI_BETWEEN.sub(". ", text)  # "sold the lamp 🎉 posted it today"
        text = " ".join("".join(" " if _is_decoration(c) else c for c in text).split())
    text = _PUT_SAID_FIRST.sub(_put_in_english, text)  # "puse las semillas en seed bin C"
    text = _PUT_SAID_LAST.sub(_put_in_english, text)  # "drill ko garage mein rakh diya"
    text = _WHERE_IS_SAID_FIRST.sub("where is the ", text)  # "dónde está la escalera"
    text = _MALTESE_THE.sub("the ", _FEJN.sub("where is the ", text))  # "fejn il-festa lights"
    text = _WHERE_IS_SAID_AFTER.sub(r"where is the \g<thing>?", text)  # "bat oil kahan hai?"
    text = _WHATS_IN_SAID_FIRST.sub("what's in the ", text)  # "que hay en el pool house"
    text = _WHATS_IN_SAID_AFTER.sub(_said_after_in_english, text)  # "red trunk mein kya hai"
    text = _HAS_SAID_AFTER.sub(r"what has \g<person> got", text)  # "Sharma aunty ke paas kya hai"
    text = _listed_all_in(text)  # "sumac, pul biber, kimyon - all in the spice crate"
    if _SHORTHAND_WORDS.intersection(_WORDS.findall(text.lower())):  # one look, not 125
        text = _SHORTHAND.sub(_expand, text)
    text = _IVE.sub(r"\g<who>'ve ", text)  # "what ive changed"
    for pattern, said in _DORIC:  # after the Scots words ("far did we pit …")
        text = pattern.sub(said, text)
    if text.rstrip(".!")[-1:] not in ("x", "X"):
        return text
    return _KISS.sub(_kissed, text)  # "… in the cupboard above the kettle x"


def _shed(match: re.Match[str]) -> str:
    """The word "shed" where a phone made it "she'd"; "she'd" where it may be meant."""
    before = match["the"] or match["word"]
    word = (match["word"] or "").strip().lower()
    if word and word not in _KINDS_OF_SHED:
        return match.group()  # "I think she'd.", "… in the basket she'd" (no basket shed)
    return f"{before}shed"


def numbers_heard(text: str) -> str:
    """The message with a number a voice typist's phone wrote as a word read as the number.

    "put the drill in bin for" is "put the drill in bin 4"; "what's in box to?" "what's in
    box 2?" (only after a bin, box, crate, drawer, shelf … said right after "in", "to" …;
    not "too": "in box too" may be "as well").

    Args:
        text: the message.

    Returns:
        The message, with the number if one was heard.
    """
    return _NUMBER_HEARD.sub(_number_heard, text)


def _number_heard(match: re.Match[str]) -> str:
    """The place with the number a voice typist said ("bin 4" for "bin for"), else as said."""
    noun = match["noun"].lower()
    after = (match["word"] or "in").lower() in _BEFORE_A_LABEL  # "in bin for", "bin for"
    if not after or noun not in _NUMBERED_MOST:
        return match.group()  # "the back porch shelf too", "the wine rack for [tonight]"
    return f"{match['before']} {_HEARD[match['heard'].lower()]}"


def _with_g(match: re.Match[str]) -> str:
    """The word with its g said ("mornin" -> "morning")."""
    return f"{match['word']}g"


def _bought_where(match: re.Match[str]) -> str:
    """The words without the shop something was bought at, unless it names a storage place."""
    if any(singular(word.lower()) in STORAGE_WORDS for word in match["shop"].split()):
        return match.group()  # "bought the tins from the garage freezer …"? keep it
    return f"{match['bought']}{match['after']}"


def _kissed(match: re.Match[str]) -> str:
    """A kiss at the end gone, unless it labels a place: "on shelf x", "the shelf X"."""
    labelled = match["kiss"] == "X" or (match["word"] or "in").lower() in _BEFORE_A_LABEL
    lettered = match["kiss"] in ("x", "X") and labelled and match["noun"].lower() in _LETTERED
    return match.group(0) if lettered else match["before"]


def _said_after_in_english(match: re.Match[str]) -> str:
    """The question said after its subject in Hindi or Swahili, in English word order."""
    if match["place"]:
        return f"what's in the {match['place']}?"  # "red trunk mein kya hai"
    return f"where is the {match['place_wapi']}?"  # "the thermos iko wapi"


def _out_of(match: re.Match[str]) -> str:
    """The words with "out of the" for "out the", unless "out" goes with the verb before it."""
    said = match["before"]
    return match.group() if said.lower() in _OUT_WITH_VERB else f"{said} out of "


def _listed_all_in(text: str) -> str:
    """Things listed with commas said as "A, B and C are all in …".

    "sumac, pul biber, kimyon - all in the spice crate"; the text as it was when the list
    says more than things or says it already.
    """
    said = _ALL_IN.search(text)
    if said is None:
        return text
    parts = [part.strip() for part in text[: said.start()].split(",")]
    if not 2 <= len(parts) <= _MAX_LISTED or any(
        not part or len(part.split()) > _MAX_LISTED_WORDS or re.search(r"[.!?]", part)
        for part in parts
    ):
        return text
    if re.search(r"(?:\b(?:are|is|r|were|went|go|goes|now)|'re|'s)$", parts[-1], re.IGNORECASE) or (
        re.search(r"\b(?:they|it|we|i|you|he|she|them)\b", text[: said.start()], re.IGNORECASE)
    ):
        return text  # "the drill, the saw, the sander are all in bin 4": said already
    listed = f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"{listed} are {said['all']} {text[said.end() :]}"


def _put_in_english(match: re.Match[str]) -> str:
    """A put said in another language, the English way: "put the drill in the garage".

    "sila" (Tagalog), "ellos" (Spanish) are "them"; a count stays first ("6 rolls …").
    """
    thing = match["thing"]
    if thing.lower() in _THEM:
        return f"put them in the {match['place']}"
    article = "" if thing[:1].isdigit() else "the "
    return f"put {article}{thing} in the {match['place']}"


def _lent_until(match: re.Match[str]) -> str:
    """How long a loan lasts gone ("… till she sorts her own out"), if the loan is said first.

    A clause in the past says how it ended ("lent the bike to Priya till she crashed it") and
    stays.
    """
    clause = match.group(0).split()
    ended = len(clause) > 2 and clause[2].lower().endswith("ed")  # "till she crashed it"
    loan_first = _LOAN_SAID.search(match.string[: match.start()])
    return "" if loan_first and not ended else match.group(0)


def _lent_back(match: re.Match[str]) -> str:
    """A loan, when what was given comes back ("gave Ellie the iron" is lent to her).

    After a loan said as one ("borrowed", "lent") the clause adds nothing; after "took" it
    is what says it is a loan, and stays for the rules that read it.
    """
    if _GIVEN.match(match.string):
        return " to borrow"
    return "" if _LOAN_SAID.search(match.string[: match.start()]) else match.group(0)


def _remark_apart(match: re.Match[str]) -> str:
    """A comma before a remark run on after a noun, not after a word "its" belongs to."""
    before = match["before"]
    return before + (" " if before.lower() in _BEFORE_ITS else ", ")


def _times(match: re.Match[str]) -> str:
    """How many, said after the things, as " x3".

    A bare number in brackets after a place said without "the" is its label: "put the
    screws in box (3)" ("put the beers in the fridge (6)" is six beers).
    """
    before = [word.lower() for word in match.string[: match.start()].split()[-2:]]
    label = re.fullmatch(r"\s*\(\d+\)", match.group()) and len(before) == 2
    if label and before[0] in _BEFORE_A_LABEL and singular(before[1]) == before[1] in _LABELLED:
        return f" {match['count']}"  # "in box (3)": box 3 ("in the fridge (6)": six)
    said = (match["count"] or match["all"] or match["of"]).lower()
    return f" x{NUMBER_WORDS.get(said, said)}"  # "(all four of them)": x4


# Words "de" means "the" after (Caribbean English): a verb, a preposition, a name, a start.
_BEFORE_THE = re.compile(
    r"[A-Z][\w'-]*|[\w']+(?:ed|ing)|in|on|at|to|from|of|under|by|into|onto|inside|behind|over"
    r"|with|for|out|where|wherrr|what|wha|and|or|so|ok|put|move|moved|took|tek|throw|threw|sold"
    r"|gave|lent|borrow|bring|send|sent|keep|kept|use|used|lend|find|all|is|are|was|gone|take"
    r"|[\w']+[,;.!?]|eh|bot,?|wher|whr"
    # Caribbean and Hawaiian: "bring back di pressure cooker", "wit da neighbors", "fi di cake"
    r"|up|back|outta|wit|fi|fo|an|weh|wea|wey|dash|return|brought|rename|call|sell|me|whole"
    r"|through|get|got|stuck|pau|about|ova|give|need|crack",
)


# Words a label is not followed by, and "r" for "are" is: "which box r the decorations in".
_SAID_OF = frozenset({"the", "my", "our", "your", "all", "these", "those", "they", "we", "you"})


def _expand(match: re.Match[str]) -> str:
    """The word a shorthand stands for, unless it labels a place ("shelf r", not "van noo")."""
    before = match.string[: match.start()].split()
    after = match.string[match.end() :].split()[:1]
    said_of = after and after[0].lower() in _SAID_OF  # "which box r the decorations in"
    if before and before[-1].lower() in _LABELLED and len(match["word"]) <= 2 and not said_of:
        return match["word"]
    if match["word"].lower() == "wor" and not match.string[match.end() :].strip():
        return match["word"]  # "… our camping stove wor": Cantonese, said at the end
    if len(match["word"]) == 1 and before and before[-1].lower() in FIRST_NAMES:
        return match["word"]  # "does mike r still have the stoves": an initial
    if match["word"].lower() == "int'" and match.string[match.end() :].strip().startswith("'"):
        return match["word"]  # "put wood int' 'ole": shut the door
    if match["word"].lower() in ("de", "di") and before and not _BEFORE_THE.fullmatch(before[-1]):
        return match["word"]  # "farinha de mandioca", "2 pods de detergent": "of", not "the"
    return SHORTHAND[match["word"].lower()]


def bare_lead_in(text: str) -> str | None:
    """The lead-in word when a plain word follows it with no comma, else None.

    "Well pump manual is in the shed", "ok drill is in bin 4": the first word may be
    part of a name. "ok, the drill", "now the drill", "ok put the drill" have no such
    word before a name; callers reading a command ignore it.

    Args:
        text: the message before `trim`.

    Returns:
        The lead-in word, lower case ("well"), or None.
    """
    match = _BARE_LEAD_IN.match(text)
    return match.group(0).split()[0].lower() if match else None


@lru_cache(maxsize=4096)
def trim(text: str, *, leading: bool = True) -> str:
    """The message without its lead-in words, trailing time and noise words and final punctuation.

    "btw, I put the stapler in the desk drawer last week lol" ->
    "I put the stapler in the desk drawer".

    Args:
        text: the normalised message.
        leading: also drop the lead-in words.

    Returns:
        What is left; it may be empty ("thanks!").
    """
    previous = None
    while text != previous:
        previous = text
        text = _TRAILING_PUNCTUATION.sub("", text)
        text = _TRAILING_FILLER.sub("", text)
        if leading:
            text = _LEADING_FILLER.sub("", text)
    return text


# What a question may end with that asks nothing more: time ("rn", "at the moment", "these
# days", "this week", "since last year"), hedges ("do you know", "if anything", "or nah"),
# and a comma before chatter ("…, I can never remember", "…, is it still with Colin",
# "…, apart from the Christmas things", "…, box 14 or 15").
_QUESTION_TAIL_WORDS = (
    r"rn|atm|at\s+(?:the\s+)?(?:moment|mo|present)|currently|these\s+days|nowadays|lately"
    r"|(?:left\s+)?anywhere|left\s+in\s+stock"
    r"|recently|of\s+late|so\s+far|overall|altogether|in\s+total|exactly|then|yet|still|now"
    r"|(?:this|last|next)\s+(?:week|month|term|year|yr|weekend|semester|season|spring|summer"
    r"|autumn|fall|winter|christmas|xmas|easter|time|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|(?:in|over)\s+the\s+(?:spring|summer|autumn|fall|winter|holidays)"
    r"|in\s+the\s+(?:last|past)\s+(?:few\s+|couple\s+of\s+)?(?:days?|weeks?|months?|hours?)"
    r"|since(?:\s+(?:last\s+\w+|yesterday|christmas|xmas|(?:the|our|my)\s+\w+|\w+day(?:'s\s+\w+)?))?"
    r"|(?:place|room|box|shelf)\s+by\s+(?:place|room|box|shelf)"
    r"|asap|urgently|quick(?:ly)?|ffs|omg|(?:pls\s+|please\s+)?help(?:\s+(?:me|pls|please))?"
    r"|do\s+you\s+(?:happen\s+to\s+)?know|(?:any|no)\s+idea|(?:by\s+)?any\s+chance|at\s+all|eh|hey|ah|lah|leh|lor"
    r"|(?:got|can|have)\s+or\s+not|or\s+not|already|and\s+if\s+so\s+where|if\s+(?:anything|any|you\s+know|you\s+can)"
    # "have I got any Bordeaux left, and where is it"
    r"|and\s+where(?:'s|\s+is|\s+are)?(?:\s+(?:it|they|them))?"
    r"|there's\s+a\s+dear|i\s+(?:can't|cant|cannot)\s+(?:recall|remember)|or\s+(?:nah|not|no|what)"
    r"|(?:pls|please|plz)?\s*(?:i\s+)?need\s+(?:it|them|one)(?:\s+for\s+[\w' ]{1,20})?"
    r"|(?:after|before|while|when)\s+\w+ing\b[\w' ]{0,40}"
    r"|while\s+(?:i|we)\s+(?:was|were)\s+(?:away|out|gone|on\s+holiday|off)"
    # "who moved the ergs and when", "when did the hot plates go out and who logged it"
    r"|and\s+(?:when|who)(?:\s+[\w' ]{1,40})?|actually"
    r"|since\s+(?:i|we)\s+(?:last\s+)?(?:looked|checked|asked|left|were\s+here)"
    r"(?:\s+on\s+\w+|\s+(?:yesterday|last\s+\w+))?"
    r"|that\s+(?:i|we)\s+(?:ought|should|need)\s+to\s+know(?:\s+about)?"
)
_QUESTION_TAIL = re.compile(
    rf"(?:[\s,]+(?:{_QUESTION_TAIL_WORDS}))+$"
    # a comma, then chatter: "…, I can never remember …", "…, is it still with Colin"
    r"|,\s*(?:i\s+(?:can't|cant|can\s+never|never|don't|dont|just|really|honestly|always"
    r"|keep)|i'm|im|i\s+am|is\s+it|are\s+they|has\s+it|have\s+they|was\s+it|were\s+they"
    r"|apart\s+from|except|besides|other\s+than|not\s+counting)\b[^,]*$"
    # a comma, then what is wrong: "…, tractor won't start", "…, the car's broken down"
    r"|,\s*(?:[\w']+\s+){0,3}(?:[\w]+n't|won't|wont|cant|isnt|broke|broken|died|needs?)\b[^,]*$"
    # a comma, then two places: "…, box 14 or 15", "…, the shed or the garage"
    r"|,\s*(?:(?:in|on)\s+)?(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}\s+or\s+(?:(?:in|on)\s+)?"
    r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}$"
    # "… apart from the tools", "… except the Christmas things"
    r"|\s+(?:apart\s+from|except(?:\s+for)?|besides|other\s+than|not\s+counting)\s+[\w' ]{1,30}$"
    # "… or did some go", "… or has it gone"
    r"|\s+or\s+(?:did|has|have|is|are|was|were)\s+[\w' ]{1,30}$"
    # "… and where is it", "… - how many and where", "… and how many left"
    r"|\s*(?:,\s*)?\s+(?:and|n|&)\s+where\s+(?:is|are)\s+(?:it|they|that)$"
    r"|\s*(?:,\s*)?\s+and\s+how\s+many(?:\s+(?:are|is|have\s+(?:i|we)\s+got|do\s+(?:i|we)\s+have))?"
    r"(?:\s+(?:left|there))?$",
    _I,
)
# "…, but where is …", "again, but what's …": the question after a lead-in.
_QUESTION_LEAD = re.compile(
    r"^(?:[^,?]{0,40},\s*(?:but|and|so|just|again)"
    r"|(?:sorry|apologies|excuse\s+me|pardon|me\s+again|hate\s+to|not\s+to\s+nag)[^,?]{0,30}?\s+but"
    r"|again\s+but"
    # chatter before the question, with no change said in it: "ok this is driving me mad, …"
    r"|(?:(?![^,?!]*\b(?:put|puts|moved?|stored?|lent|lend|gave|give|took|take|binned|sold|threw"
    r"|used|returned|brought|stuck|chucked|popped|left|kept|keep|shifted|dumped|donated)\b"
    r"|[^,?!]*(?:\s+(?:is|are|was|were)|'s|'re)\s+(?:now\s+)?(?:in|on|at|under|inside|back)\b)"
    r"(?!(?:where|what|who|which|how|when|is|are|do|does|did|have|has|can|could)\b)"
    r"[^,?!]{2,60}(?:,|!+|\s-+)\s*){1,3}"
    # the question must not point back at what the chatter named ("booster packs - where are
    # they"): that is a topic, read elsewhere
    r"(?![\w\s']*\b(?:it|they|them|there|those|these)\b)"
    r"|but|and|so|just|again|wait|hang\s+on|ugh+|urgh+|argh+|gah+|omg|ffs|jeez|sigh|dammit|damn|help|right"
    r"|(?:please\s+|pls\s+|kindly\s+)?tell(?:\s+me)?|(?:can\s+(?:you\s+|u\s+)?)?check|eh"
    # "quick one, where's …", "just wondering what's …", "any chance you know where …"
    r"|quick\s+(?:one|q|question)|(?:i\s+was\s+|i'm\s+|im\s+|just\s+)?wondering"
    r"|(?:any\s+chance|by\s+any\s+chance)(?:\s+(?:you|u)\s+(?:know|remember|could\s+tell\s+me))?)"
    r"[\s,!.]+"
    r"(?=(?:where|wheres|what|whats|who|whos|when|which|how|is|are|do|does|did|have|has)\b)",
    _I,
)


# Word order and words of questions asked by learners, or in a hurry: "What I can do with
# this bot?", "When I have moved the coats?", "What there is in box 3?", "Where are being
# my gloves?", "where tf is my charger", "where is the where are the passports".
_ASKED_AS_SAID = (
    (re.compile(
        r"^(?P<word>(?:what|which)(?:\s+(?!(?:i|we|you|have|can|did|do|does|am|was|were|should"
        r"|had|could|is|are)\b)[\w-]+){0,2}|where|when|who|how(?:\s+many(?:\s+[\w-]+"
        r"(?:\s+and\s+[\w-]+)?)?|\s+much)?)\s+(?P<who>i|we|you)\s+(?P<aux>have|can|did|do|am"
        r"|was|were|should|had|could)\b", _I), r"\g<word> \g<aux> \g<who>"),
    (re.compile(r"^what\s+there\s+(?:is|are)\b", _I), "what is"),
    # "where lies the flashlight", "where got the refills?", "wya airpods"
    (re.compile(r"^where\s+(?:lies|lie|got|sits|be)\s+(?=(?:the|my|our|a|an)\s)", _I), "where is "),
    (re.compile(r"^wya\s+(?=\w)", _I), "where are "),
    # "the location of the tithe map", "loc of spare pH probe?"
    (re.compile(r"^(?:(?:can|could)\s+you\s+tell\s+me\s+)?(?:the\s+)?(?:location|loc|whereabouts)\s+of\s+"
                r"(?=\S)", _I), "where is "),
    # "which plan chest has the estate maps in it", "which case has the in ears"
    (re.compile(r"^which\s+[\w-]+(?:\s+[\w-]+)?\s+(?:has|holds|contains|'s\s+got|has\s+got)\s+"
                r"(?P<thing>(?:the|my|our|any)\s+.+?)(?:\s+in\s+it|\s+inside)?$", _I),
     r"where is \g<thing>"),
    # "did the snake boots end up in the attic": where are they
    (re.compile(r"^did\s+(?P<thing>(?:the|my|our)\s+.+?)\s+end\s+up\s+(?:in|on|at|under)\s+.+$",
                _I), r"where is \g<thing>"),
    # "pressure washer - in or out?"
    (re.compile(r"^(?P<thing>(?!(?:where|what|who|which|how|when)\b)[\w' ]{2,40}?)\s+[-–—]+\s+"
                r"(?:in|on)\s+or\s+out$", _I), r"where is \g<thing>"),
    (re.compile(r"^have\s+(?P<who>we|i|you)\s+(?=any\b)", _I), r"do \g<who> have "),
    # "camping chairs are where", "which locker's the toolkit in", "is Wingspan still with Priya"
    (re.compile(r"^(?P<thing>(?!(?:what|where|who|which|how)\b).+?)\s+(?:i\s+|we\s+)?(?:put|kept|keep"
                r"|leave|left|store|stored)\s+where$", _I), r"where did I put \g<thing>"),
    (re.compile(r"^(?P<thing>(?!(?:what|where|who|which|how)\b).+?)\s+(?:is|are)\s+where$", _I),
     r"where are \g<thing>"),
    (re.compile(r"^(?P<thing>(?:the|my|our|his|her|their)\s+.+?|[\w'-]+\s+[\w' -]+?)\s+where$", _I),
     r"where are \g<thing>"),
    # said topic first: "bomb shelter got what inside", "my passport put where"
    (re.compile(r"^(?P<place>(?!(?:what|where|who|which|how|i|we)\b).+?)\s+(?:inside\s+)?(?:got|has"
                r"|have)\s+what(?:\s+inside)?$", _I), r"what is in \g<place>"),
    (re.compile(r"^what\s+(?P<what>(?:(?!\b(?:have|has|do|did|can|had)\b)[\w ])+?)\s+(?P<who>i|we)"
                r"\s+(?:got|have)$", _I),
     r"what \g<what> have \g<who> got"),
    (re.compile(r"^how\s+to\s+use\s+(?=(?:this|it|you|the\s+bot|this\s+bot|this\s+app|wms)\b)", _I),
     "how do I use "),
    (re.compile(r"^(?P<which>which\s+[\w-]+)'s\s+", _I), r"\g<which> is "),
    # "steamboat pot in store room or bomb shelter": is it in one or the other
    (re.compile(r"^(?!(?:is|are|was|were|where|what|who|which|how|do|does|did|have|has|i|we)\b)"
                r"(?P<asked>[\w' -]+?\s+(?:in|on|at)\s+[\w' -]+?\s+or\s+[\w' -]+)$", _I),
     r"is \g<asked>"),

    # "what box did we put the baby clothes in": where
    (re.compile(r"^(?:what|which)\s+[\w-]+(?:\s+[\w-]+)?\s+(?P<did>did|have)\s+(?P<who>i|we|you|[\w-]+)\s+"
                r"(?P<put>put|leave|left|store|stored|stick|stuck|pop|popped|hide|hid)\s+(?P<thing>.+?)\s+"
                r"(?:in|on|under|into)$", _I), r"where \g<did> \g<who> \g<put> \g<thing>"),
    (re.compile(r"^where(?:'s|\s+is)\s+the\s+best\s+place\s+to\s+(?:look|find|search)\s+for\s+",
                _I), "where is "),
    (re.compile(r"^is\s+(?P<thing>(?:the\s+|my\s+|our\s+)?[\w' -]+?)\s+still\s+"
                r"(?:with\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|at\s+\w+(?:\s+[A-Z]\w*)?'s)$", 0),
     r"where is \g<thing>"),
    (re.compile(r"^(?P<asked>what|how|where)\s+(?P<rest>.+?)\s+(?:actually|really|even)\s+"
                r"(?=(?:do|does|work|works|know)\b)", _I), r"\g<asked> \g<rest> "),
    (re.compile(r"^remind\s+me\s+(?=(?:what|whats|what's)\s)", _I), ""),
    # "Do you happen to know which box the wedding album went into?"
    (re.compile(r"^(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+(?=which\s)", _I), ""),
    # "when last did we move the big urn" (South African English)
    (re.compile(r"^when\s+last\s+(?P<did>did|have|has)\s+(?P<who>i|we|you|[\w'-]+)\s+", _I),
     r"when \g<did> \g<who> last "),
    # "How many Sugo jars I still got": a learner's word order
    (re.compile(r"^how\s+many\s+(?P<what>.+?)(?<!\shave)(?<!\sdo)\s+(?P<who>i|we)\s+(?:still\s+)?(?:got|have)"
                r"(?P<left>\s+left)?$", _I), r"how many \g<what> have \g<who> got\g<left>"),
    # "where stand the camping chairs", "wat stands in the berging": Dutch verbs of place
    (re.compile(r"^where\s+(?:stand|stands|lie|lies|hang|hangs|stays|stay)\s+"
                r"(?=(?:the|my|our)\s)", _I), "where are "),
    (re.compile(r"^(?P<what>what|wat)\s+(?:stands|lies|stand|lie|hangs)(?:\s+all)?\s+"
                r"(?P<where>in|on|under|at)\s+", _I), r"what's \g<where> "),
    (re.compile(r"^what\s+is\s+changed\b", _I), "what has changed"),
    # "what places we got in here": a learner's word order
    (re.compile(r"^(?P<word>(?:what|which)(?:\s+(?!(?:have|has|had|do|did|are|is)\b)[\w-]+){1,2})"
                r"\s+(?P<who>we|i|you)\s+got\b", _I),
     r"\g<word> have \g<who> got"),
    # "got or not the spare rice cooker? where", "gas canister got or not?": Malaysian English
    (re.compile(r"^got\s+or\s+not\s+(?P<thing>.+?)[?\s]*(?:where(?:\s+ah)?)?$"
                r"|^(?P<said>(?!(?:you|u|we|i|they|he|she)\b).+?)\s+got\s+or\s+not[?\s]*"
                r"(?:where(?:\s+ah)?)?$", _I),
     lambda m: f"where is {m['thing'] or m['said']}"),
    # "fai chun where i keep", "the rice cooker I put where?"
    (re.compile(r"^(?P<thing>(?!(?:what|where|who|which|how)\b).+?)\s+(?:where\s+(?:i|we)\s+"
                r"(?:keep|kept|put)|(?:i|we)\s+(?:keep|kept|put)\s+where)$", _I),
     r"where is \g<thing>"),
    # "how many bags of crawfish tails still in the freezer": the verb left out
    (re.compile(r"^how\s+many\s+(?P<what>(?:(?!\b(?:are|is|do|does|have|has|did)\b)[\w' -])+?)"
                r"\s+(?:still\s+)?(?P<where>in|on|at|under|inside)\s+(?=(?:the|my|our)\s)", _I),
     r"how many \g<what> are \g<where> "),
    # "help pls how do I tell you I lent something": a cry for help before the question
    (re.compile(r"^help(?:\s+(?:pls|please|plz|me))?[\s,!.:]+(?=(?:how|what|where|can)\b)", _I),
     ""),
    # "where did I actually put the drill", "what have we really got in bin 4"
    (re.compile(r"^(?P<asked>(?:where|what|which|how\s+many)(?:\s+(?!(?:did|do|have|has|had)\b)[\w-]+){0,2}"
                r"\s+(?:did|do|have|has|had)\s+"
                r"(?:i|we|you|u|they|he|she)\s+)(?:actually|really|even|ever|originally)\s+"
                r"(?=(?:put|leave|left|store|stored|stick|stuck|keep|kept|hide|hid|got|get|have)\b)",
                _I), r"\g<asked>"),
    (re.compile(r"^(?P<asked>where\s+(?:is|are)\s+.+?)\s+(?:actually|really|usually|normally)\s+"
                r"(?=(?:kept|stored)$)", _I), r"\g<asked> "),
    (re.compile(r"^(?P<did>did|has|have)\s+(?P<who>[\w'-]+)\s+ever\s+", _I), r"\g<did> \g<who> "),
    (re.compile(r"^(?P<asked>what|where|which|who)\s+all\b", _I), r"\g<asked>"),
    (re.compile(r"^(?P<asked>where\s+(?:is|are))\s+(?:being|staying|lying|sitting|kept)\b", _I),
     r"\g<asked>"),
    (re.compile(r"^(?P<asked>where|what|who|how)\s+(?:tf|the\s+f+(?:uck|k)?|on\s+earth"
                r"|in\s+the\s+world|the\s+hell|the\s+heck)(?='s\b|\b)", _I), r"\g<asked>"),
    (re.compile(r"^(?P<asked>when|what|where|who|how)'d\s+(?=(?:i|we|you|u|they|he|she)\b)", _I),
     r"\g<asked> did "),
    (re.compile(r"^(?:where|what)(?:\s+is|\s+are|'s)\s+(?:the\s+)?(?=(?:where|what)(?:'s|\s))",
                _I), ""),
    (re.compile(r"\s+currently\b", _I), ""),
    (re.compile(r"\b(?P<did>did|have)\s+(?P<who>i|we|you)\s+end(?:ed)?\s+up\s+(?:putting|leaving"
                r"|storing|keeping)\b", _I), r"\g<did> \g<who> put"),
    (re.compile(r"\b(?:booked|signed|checked)\s+out\b", _I), "lent out"),
    (re.compile(r"^when\s+(?P<was>was|were)\s+(?P<thing>.+?)\s+lent\s+out$", _I),
     r"when \g<was> \g<thing> borrowed"),
    # "when did i lend sofia the hoodie": when the hoodie was lent
    (re.compile(r"^when\s+did\s+(?P<who>i|we)\s+(?P<lend>lend|give)\s+(?!the\b|my\b|our\b)[\w'-]+"
                r"\s+(?=(?:the|my|our)\s)", _I), r"when did \g<who> \g<lend> "),
    # said formally: "Kindly advise the present location of my medal box"
    (re.compile(r"^(?:kindly\s+|please\s+)?(?:advise|confirm|tell\s+me)\s+(?:of\s+)?the\s+(?:present|current)"
                r"\s+location\s+of\s+", _I), "where is "),
    (re.compile(r"^(?:kindly\s+|please\s+)?(?:request|provide|send|give\s+me)\s+a\s+list\s+of\s+"
                r"(?:the\s+)?(?:items|things|contents)\s+(?:currently\s+)?(?:held|kept|stored)\s+"
                r"(?=in\s)", _I), "what's "),
    (re.compile(r"^(?:show|list)(?:\s+me)?\s+(?:tonight|today|this\s+week)(?:'s|s)\s+changes$", _I),
     "recent changes"),
    (re.compile(r"\b(?P<was>was|were)\s+(?P<thing>.+?)\s+last\s+(?=moved|used|seen|taken|put)", _I),
     r"\g<was> \g<thing> "),
)  # fmt: skip
# "the orange ones", "the bayonet ones not the screw ones": which of them, said after.
_WHICH_ONES = re.compile(
    r"(?:(?<!,)\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+ones?(?:,?\s+not\s+the\s+[\w-]+(?:\s+[\w-]+)?"
    r"\s+ones?)?|,?\s+the\s+last\s+time)$",
    _I,
)
_MAX_TRIMS = 6
# An article left at the end once a time was cut ("moved the coats the [last time]").
# An article left at the end ("where is the"); a capital "A" there is a label ("shelf A").
_DANGLING = re.compile(r"(?:\s+(?:the|The|THE|a|an|An|AN))+$")
# "bro where …", "mate, what …": a word to the listener before the question.
_CALLED_BY = re.compile(
    r"^(?:bro|bruh|yo|mate|dude|lads|guys|fam|hun|babe|boss|bhai|sis|bestie|bab)[\s,!.]+", _I
)


@lru_cache(maxsize=4096)
def asked_as_said(text: str) -> str:
    """The question in the order and words the rules read ("What I can do" -> "What can I do")."""
    text = _CALLED_BY.sub("", text)
    for pattern, replacement in _ASKED_AS_SAID:
        text = pattern.sub(replacement, text)
    return _DANGLING.sub("", _WHICH_ONES.sub("", text))


def trim_question(text: str) -> str:
    """A trimmed question without the words around it that ask nothing more.

    "whats lent out rn" -> "whats lent out"; "What's in the loft these days, apart from
    the Christmas things" -> "What's in the loft"; "again, but where did I leave the
    scissors" -> "where did I leave the scissors". Only read-only rules read the result.

    Args:
        text: the message after `trim`.

    Returns:
        The question alone (the text itself when nothing is around it).
    """
    previous = None
    for _ in range(_MAX_TRIMS):  # a few layers ("ugh, but where … rn, I can't recall")
        if text == previous:
            break
        previous = text
        text = asked_as_said(_QUESTION_LEAD.sub("", trim(_QUESTION_TAIL.sub("", text))))
    return text
