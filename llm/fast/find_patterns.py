"""The patterns of "where is X?" questions, for the fast parser's find rule.

"where is the drill", "wher's my dril", "where did the drill go", "do you know where
the drill is", "I can't find the drill", "which bin is the drill in": each pattern
names the thing asked about as `query`.
"""

from __future__ import annotations

import re

from llm.fast.vocabulary import STORAGE_WORD_PATTERN, STORAGE_WORDS

_I = re.IGNORECASE
# Things to keep things in, not rooms, vehicles or work places: "does the car have air con",
# "is there a meeting in room 4" ask about something else.
_CONTAINERS = STORAGE_WORDS - {
    "house", "room", "office", "study", "car", "van", "case", "unit", "bay", "kitchen", "bedroom",
    "bathroom", "lounge", "garden", "yard", "hallway", "conservatory", "cloakroom", "utility",
    "mudroom", "playroom", "boxroom", "trailer", "caravan", "camper", "motorhome", "stable",
    "stables", "desk", "bench", "file", "folder", "binder", "garage", "basement", "cellar", "attic",
    "loft", "storage", "storeroom", "stockroom", "polytunnel", "kennel", "footwell",
}  # fmt: skip
_STORAGE = "|".join(sorted(_CONTAINERS, key=len, reverse=True))
# A container said by its label, without an article: "bin C", "box 4", "kitchen drawer 2".
_LABELLED = rf"(?:[\w-]+\s+)?(?:{_STORAGE})\s+#?(?:\d{{1,4}}|[a-z]\d{{0,2}})"
# A container said with the/my/our or by its label: "the tool box", "our blue tub", "bin C".
_HOLDER = rf"(?:(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}(?:{_STORAGE})|{_LABELLED})"
# What is wrong with a thing, not a thing in it: "does the bag have a hole in it".
_FAULT = (
    r"(?:a|an)\s+(?:hole|tear|rip|crack|leak|dent|lock|lid|handle|flat|puncture|problem|fault)\b"
)
WHO = (
    r"(?:i|we|you|someone|somebody|anyone|anybody|he|she|they|mum|mom|mam|dad|ma|pa|nan|nana|gran"
    r"|granny|grandma|grandad|grandpa)"
)
# Someone by name or relation, not a pronoun or an article: "Priya", "my brother".
_SOMEONE = (
    r"(?:(?:my|our|the)\s+[a-z]+|(?!(?:i|we|you|it|they|he|she|there|this|that|the|a|an|my|our"
    r"|any|anyone|anything|someone|something)\b)[a-z][\w'-]*)"
)
# "where", its typos, and "were" before "is" ("were is the drill").
_WHERE = (
    r"whereabouts|where\s+abouts|where(?:\s+oh\s+where|\s+on\s+earth|\s+in\s+the\s+world"
    r"|\s+exactly)?|wher"
    r"|whre|wehre"
    r"|(?:were|wear|ware)(?=\s+(?:is|are|r|did|do|does)\b)"
)

# Verbs of putting away, as asked about: "where did I stow the anchor", "which bin did I put it in".
_PUT_AWAY = (
    r"put|leave|left|keep|kept|store|stored|stash|stashed|place|placed|hide|hid|stow|stowed"
    r"|stick|stuck|shove|shoved|tuck|tucked|pop|popped|pack|packed|file|filed|bung|bunged"
)
FIND_PATTERNS = (
    # "bin for the usb-c cables?", "which box with the xmas lights": the one that holds them
    re.compile(
        rf"^(?:which\s+)?(?:{STORAGE_WORD_PATTERN})\s+(?:for|with)\s+(?P<query>(?:the|my|our|any)\s+.+?)"
        r"\?*$",
        _I,
    ),
    # asked as it is said after "I want to know": "where the uncapping fork's got to"
    re.compile(
        r"^where\s+(?P<query>(?:the|my|our)\s+.+?)(?:'s|\s+has|\s+have|\s+is|\s+are)\s+(?:got\s+to"
        r"|gone|ended\s+up|disappeared\s+to)$",
        _I,
    ),
    # "mango pickle still there or not?", "is the drill still around"
    re.compile(
        r"^(?:(?:is|are) )?(?P<query>(?:the |my |our )?[\w'-]+(?: [\w'-]+)*?) still (?:there|here"
        r"|around|about|knocking\s+about)(?:\s+or\s+not)?$",
        _I,
    ),
    # "is the ladder lent out to somebody?", "are the chairs still on loan": who has it is
    # where it is ("is the bin out?", "is the power out" ask nothing of the kind)
    re.compile(
        r"^(?:is|are) (?P<query>(?:the|my|our) \S.*?) (?:still )?(?:lent(?:\s+out)?"
        r"|loaned(?:\s+out)?|(?:out\s+)?on\s+loan|borrowed|out\s+with\s+(?:someone|somebody|anyone"
        r"|anybody|people))(?:\s+(?:to|by)\s+(?:someone|somebody|anyone|anybody))?$",
        _I,
    ),
    # "where is the drill", "wher's my dril", "where did I put my passport", "where drill"
    re.compile(
        rf"^(?:{_WHERE})(?:'s|s)?(?:\s+the\s+(?:heck|hell|devil|dickens))?"
        r"(?:\s+(?:is|are|was|were|'s|iz|r))?"
        rf"(?:(?:\s+(?:did|do|have|had)|'d|d)\s+{WHO}\s+(?:last\s+)?"
        rf"(?:{_PUT_AWAY}|see|saw|seen|save|saved)"
        rf"|\s+(?:can|could|do|should|would|will|might|shall)\s+{WHO}\s+(?:find|look\s+for)"
        rf"|'ll\s+{WHO}\s+find)?"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "where did the drill go", "where has the drill gone", "where'd my keys go"
    re.compile(
        r"^where(?:\s+on\s+earth|\s+in\s+the\s+world|\s+the\s+(?:heck|hell))?(?:'d|\s+did|\s+has"
        r"|\s+have|\s+had|'ve|'s)\s+(?P<query>.+?)"
        r"\s+(?:go|gone|(?:get|got|gotten|go|gone|wander|wandered|run)(?:\s+off)?\s+to"
        r"|disappear\s+to|disappeared\s+to|end\s+up|ended\s+up)$",
        _I,
    ),
    # "do you know where the drill is", "any idea where my drill went", "may I ask where
    # the mayonnaise is"
    re.compile(
        r"^(?:(?:do|does)\s+(?:you|anyone|anybody|someone|somebody)\s+know"
        r"|(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:tell|show|remind)\s+me"
        r"|(?:i|we)\s+(?:don't|dont|do\s+not)\s+know"
        r"|(?:i|we)\s+(?:wonder|forgot|forget|can't\s+remember|cant\s+remember)"
        r"|(?:(?:have\s+)?(?:you|u)\s+)?(?:got\s+)?(?:any|an|no)\s+idea|wondering"
        r"|(?:may|can|could)\s+i\s+ask|do\s+you\s+remember|remember)"
        r"\s+where\s+(?P<query>.+?)(?:'s\s+(?:got\s+to|gone|ended\s+up)|\s+(?:is|are|has\s+gone"
        r"|have\s+gone|was|were|went|got\s+to|ended\s+up|is\s+kept|are\s+kept|lives?))$",
        _I,
    ),
    # "sorry to bother, could you tell me where the sewing kit is", "u know where the pump
    # is", "any chance you know where the jump starter is", "remind me where I put the X"
    re.compile(
        r"^(?:.{0,40}?[\s,])?(?:know|tell\s+me|remind\s+me|idea|clue|remember|ask|wonder"
        # "where" typed as "were" before who put it: "any idea were i put the mole grips"
        rf"|wondering|recall)\s+(?:where|were(?=\s+(?:i|we|you)\s))\s+"
        rf"(?:(?P<found>(?:i|we|you)\s+(?:{_PUT_AWAY}))"
        r"\s+(?P<query_put>.+)|(?P<query>.+?)(?:'s\s+(?:got\s+to|gone|ended\s+up)"
        r"|\s+(?:is|are|has\s+gone|have\s+gone|was|were|went|got\s+to|ended\s+up|is\s+kept"
        r"|are\s+kept|lives?)))$",
        _I,
    ),
    # "need the glue gun where is it", "the jumper cables, where are they?", "the multimeter
    # - where?", "the tile cutter is where?"
    re.compile(
        r"^(?:(?:i|we)\s+)?(?:need\s+)?(?P<query>(?:the|my|our)\s+.+?)\s*[,\-–—]?\s*(?:where\s+"
        r"(?:is|are|'s)\s+(?:it|they|that)|where|(?:is|are)\s+where)$",
        _I,
    ),
    # "which box did the baby clothes go in", "in which cupboard are the wine glasses"
    re.compile(
        r"^which\s+[\w#]+(?:\s+[\w#]+)?\s+did\s+(?P<query>.+?)\s+(?:go|end\s+up|get\s+put)"
        r"\s+(?:in|into|on)$",
        _I,
    ),
    re.compile(r"^(?:in|on)\s+which\s+[\w#]+\s+(?:is|are)\s+(?P<query>.+)$", _I),
    # "help me find the dog lead", "what's the location of the fire extinguisher"
    re.compile(r"^help\s+me\s+(?:find|look\s+for|locate)\s+(?P<query>.+)$", _I),
    re.compile(
        r"^(?:(?:what's|whats|what\s+is)|(?:tell|show|give)\s+me)\s+the\s+(?:(?:current|exact|present)"
        r"\s+)?(?:location|whereabouts)\s+of\s+(?P<query>.+)$",
        _I,
    ),
    # "scissors where", "the scissors, any idea?", "any sign of the scissors", "got the
    # spare key somewhere?", "do you have the scissors"
    re.compile(
        r"^(?P<query>(?:the|my|our)\s+[\w' -]+?|[a-z][\w'-]{3,}(?:\s+[\w'-]+)?)\s*,?\s+"
        r"(?:where|any\s+idea)$",
        _I,
    ),
    re.compile(r"^(?:any\s+sign|no\s+sign|seen\s+any\s+sign)\s+of\s+(?P<query>.+)$", _I),
    re.compile(
        r"^(?:(?:have|has)\s+(?:we|i)\s+)?got\s+(?P<query>(?:the|my|our|a|an|any)\s+.+?)"
        r"\s+(?:somewhere|anywhere|around|still)$",
        _I,
    ),
    # Irish English: "have we calving ropes anywhere"
    re.compile(
        r"^(?:have|has)\s+(?:we|i)\s+(?!got\b)(?P<query>(?:any\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)"
        r"\s+(?:somewhere|anywhere)$",
        _I,
    ),
    re.compile(
        r"^(?:do|did)\s+(?:you|u)\s+(?:have|know\s+about)\s+(?P<query>(?:the|my|our)\s+.+)$", _I
    ),
    # "i need to find the scissors", "help i can't find the scissors"
    re.compile(
        r"^(?:help[,!\s]+)?(?:(?:i|we)\s+)?(?:need\s+to|have\s+to|must|gotta|got\s+to|can't|cant|cannot)"
        r"\s+find\s+(?P<query>(?:the|my|our|his|her|their)\s+.+?)(?:\s+anywhere)?$",
        _I,
    ),
    # "need the tape measure", "I need my passport"
    re.compile(r"^(?:(?:i|we)\s+)?(?:need|want)\s+(?P<query>(?:the|my|our)\s+.+)$", _I),
    # "what did I do with the tax returns", "what have we done with the spare keys"
    re.compile(rf"^what\s+(?:did|have|has|'ve)\s+{WHO}\s+(?:do|done)\s+with\s+(?P<query>.+)$", _I),
    # "I need the sewing kit, where is it?", "looking for the sewing kit - where is it"
    re.compile(
        r"^(?:(?:i|we)\s+(?:need|want|'m\s+after|am\s+after)|(?:i'm|im|i\s+am|we're)?\s*"
        r"looking\s+for)\s+(?P<query>.+?)\s*[,\-–—]?\s+where\s+(?:is|are|'s)\s+"
        r"(?:it|they|that|them)$",
        _I,
    ),
    # "where've the kids put the board games", "where did dad leave the car keys"
    re.compile(
        r"^where(?:'ve|\s+have|\s+has|\s+did|'d)\s+(?:the\s+|my\s+|our\s+)?[a-z]+\s+"
        r"(?:put|left|leave|hidden|hid|hide|stashed|stash|moved|move|taken|took|take)"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "where would the hearing aid batteries be", "where might the spare key be"
    re.compile(r"^where\s+(?:would|might|could|will|should)\s+(?P<query>.+?)\s+be$", _I),
    # "is the spare inhaler still around", "are the fairy lights about somewhere"
    re.compile(
        r"^(?:is|are)\s+(?P<query>(?:the|my|our|any)\s+.+?)(?:\s+still)?"
        r"\s+(?:around|about|here|somewhere|anywhere)(?:\s+(?:somewhere|still|here))?$",
        _I,
    ),
    # "I can't find the drill", "cant find the tape measure anywhere, where is it"
    re.compile(
        r"^(?:(?:i|we)\s+)?(?:can't|cant|cannot|can\s+not|couldn't|couldnt|still\s+can't)"
        r"(?:\s+seem\s+to)?\s+find\s+(?P<query>.+?)(?:\s+anywhere)?"
        r"(?:,?\s+where\s+(?:is|are|'s)\s+(?:it|they|that))?$",
        _I,
    ),
    # "have you seen the drill", "did I put the drill somewhere", "is the drill in bin 4"
    re.compile(
        rf"^(?:(?:have|has)\s+)?(?:{WHO}\s+)?seen\s+(?P<query>.+?)(?:\s+(?:anywhere|around))?$", _I
    ),
    re.compile(
        rf"^(?:did|have)\s+{WHO}\s+(?:put|leave|left|store|stored|keep|kept)\s+(?P<query>.+?)"
        r"\s+(?:somewhere|anywhere)$",
        _I,
    ),
    re.compile(
        r"^(?:is|are)\s+(?P<query>(?:the|my|our|any)\s+.+?)(?:\s+still)?(?:\s+(?:up|down|out|over))?"
        r"\s+(?:in|on|inside|under|at)\s+(?:the|my|our|a|an|\w+\s+#?\d+"
        rf"|(?:{STORAGE_WORD_PATTERN})\s+[a-z]{{1,2}}-?\d+[a-z]?"
        # someone's: "is the drill in brians lockup", "… in mum's garage"
        rf"|[a-z]+(?:'s|s'?)\s+(?:{STORAGE_WORD_PATTERN}))\b.*$",
        _I,
    ),
    # "I'm trying to find the Allen keys", "can't for the life of me find the tin opener",
    # "bike pump location?"
    re.compile(
        r"^(?:(?:i'm|im|i\s+am|we're|we\s+are|i've\s+been|we've\s+been)\s+)?(?:trying|struggling)"
        r"\s+to\s+find\s+(?P<query>.+)$"
        r"|^(?:(?:i|we)\s+)?(?:can't|cant|cannot)\s+for\s+the\s+life\s+of\s+me\s+find"
        r"\s+(?P<query_put>.+?)(?:\s+anywhere)?$",
        _I,
    ),
    re.compile(r"^(?P<query>(?:the\s+)?[\w'.#/ -]+?)\s+(?:location|whereabouts)$", _I),
    # "location of the cat carrier", "look up the sewing machine"
    re.compile(r"^(?:the\s+)?(?:location|whereabouts)\s+of\s+(?P<query>.+)$", _I),
    re.compile(r"^look\s+up\s+(?P<query>.+)$", _I),
    # "where does the drill go", "where should the drill live"
    re.compile(
        r"^(?:where|wher|whre)\s+(?:does|do|should)\s+(?P<query>.+?)"
        r"\s+(?:go|live|belong|be\s+kept)$",
        _I,
    ),
    # "do I have any batteries", "have we got any tape", "got any tape"
    re.compile(
        r"^(?:(?:do|did)\s+(?:i|we)\s+(?:still\s+)?(?:have|own)"
        r"|(?:have|has)\s+(?:i|we)\s+(?:still\s+)?got|got(?=\s+any\s))"
        r"\s+(?P<query>.+?)(?:\s+(?:left|spare))?(?:\s+(?:in\s+stock|to\s+hand|in\s+the\s+house"
        r"|at\s+home|(?:at|in)\s+(?:school|work|church|uni|college|the\s+office)"
        r"|downstairs|upstairs|(?:in|on|at|inside|under)\s+(?:the|my|our)\s+[\w' -]+?))?"
        r"(?:\s+(?:still|left))?$",
        _I,
    ),
    # "is there a drill", "are there any batteries left", "is there a drill in bin C"
    re.compile(
        r"^(?:is|are)\s+there\s+(?:still\s+)?(?P<query>.+?)(?:\s+(?:left|still|spare))?"
        r"(?:\s+(?:in|on|at"
        rf"|inside|under)\s+(?:(?:the|my|our)\s+[\w' -]+?|{_LABELLED}))?(?:\s+(?:left|still))?$",
        _I,
    ),
    # "does bin C have my shin guards", "has the van got the jump leads in it"
    re.compile(
        rf"^(?:(?:does|do)\s+{_HOLDER}\s+(?:still\s+)?(?:have|hold|contain)(?:\s+got)?"
        rf"|has\s+{_HOLDER}\s+(?:still\s+)?got)\s+(?!{_FAULT})(?P<query>.+?)"
        r"(?:\s+in\s+(?:it|there))?$",
        _I,
    ),
    # "have we run out of coffee", "are we low on bin bags", "has anyone borrowed the ladder"
    re.compile(
        r"^(?:(?:have|did)\s+(?:we|i)\s+(?:run|ran)\s+out\s+of|(?:are|am)\s+(?:we|i)\s+(?:out\s+of"
        r"|low\s+on|short\s+of|running\s+(?:low\s+on|out\s+of)))\s+(?P<query>.+?)(?:\s+yet)?$",
        _I,
    ),
    re.compile(
        r"^(?:has|did)\s+(?:anyone|anybody|someone|somebody)\s+(?:borrowed|borrow|taken|take"
        r"|got|nicked|pinched)\s+(?P<query>(?:the|my|our)\s+.+?)(?:\s+out)?$",
        _I,
    ),
    # "who has the ladder", "who's got the drill"
    re.compile(
        r"^who(?:\s+has(?:\s+got)?|'s\s+got|\s+got|\s+is\s+using|'s\s+using|(?:\s+has)?"
        r"\s+borrowed|'s\s+borrowed)\s+(?P<query>.+)$",
        _I,
    ),
    # "which bin is the drill in", "which shelf are the batteries on"
    re.compile(
        r"^(?:which|what)\s+[\w#]+(?:\s+[\w#]+)?\s+(?:is|are|was|were)\s+(?P<query>.+?)"
        r"(?:\s+(?:kept|stored|left))?\s+(?:in|inside|on|at|under)$",
        _I,
    ),
    # "which bin did I put the drill in", "which box has the drill"
    re.compile(
        rf"^which\s+[\w#]+(?:\s+[\w#]+)?\s+(?:did|do|have)\s+{WHO}\s+(?:{_PUT_AWAY})"
        r"\s+(?P<query>.+?)\s+(?:in|into|inside|on|at|under)$",
        _I,
    ),
    re.compile(r"^which\s+[\w#]+(?:\s+[\w#]+)?\s+(?:has|holds|contains)\s+(?P<query>.+)$", _I),
    # "find the drill", "look for the drill", "search for drill"
    re.compile(
        r"^(?:(?:i'm|im|i\s+am|we're|we\s+are)\s+)?"
        r"(?:find|locate|search(?:\s+for)?|look(?:ing)?\s+for|where\s+to\s+find)"
        r"(?:\s+me)?\s+(?P<query>.+)$",
        _I,
    ),
    # "how many batteries do I have", "how many batteries are left", "how much rope is left",
    # "how many AA batteries"
    re.compile(
        r"^how\s+(?:many|much)\s+(?:of\s+)?(?!(?:days|hours|minutes|weeks|months|years|times"
        r"|people|calories|miles|more|longer|time)\b)(?P<query>.+?)"
        r"(?:\s+(?:do\s+(?:i|we)\s+(?:still\s+)?have"
        r"|have\s+(?:i|we)\s+got|are\s+(?:there|left)|is\s+(?:there|left)"
        r"|(?:do|have)\s+(?:i|we)\s+got)(?:\s+left)?|\s+left"
        r"|\s+(?:are|is)\s+(?:there\s+)?(?:left\s+)?(?:in|on|inside|at)\s+.+)?$",
        _I,
    ),
    # "has the ladder come back yet", "has the drill been brought back from Sam", "is the
    # tent back"
    re.compile(
        r"^(?:has|have)\s+(?P<query>(?:the|my|our)\s+.+?)\s+(?:come|been\s+(?:brought|given"
        r"|handed|returned))\s+back(?:\s+from\s+.+)?$"
        r"|^(?:is|are)\s+(?P<query_put>(?:the|my|our)\s+.+?)\s+back(?:\s+from\s+.+)?$",
        _I,
    ),
    # "has Priya still got the sack truck", "does Dave have the ladder", "is mum using the
    # car", "did Leo give back my cable", "did Sam bring the tent back"
    re.compile(
        rf"^(?:has|does|is|did)\s+{_SOMEONE}\s+(?:still\s+)?(?:got|have|using|borrowing"
        r"|(?:give|bring|hand)(?:\s+back)?|return)\s+(?P<query>(?:the|my|our)\s+.+?)(?:\s+back)?$",
        _I,
    ),
    # "who did I give the baby carrier to", "who have we lent the ladder to"
    re.compile(
        rf"^who\s+(?:did|have|had)\s+{WHO}\s+(?:give|given|lend|lent|loan|loaned|hand|handed)"
        r"\s+(?P<query>.+?)\s+to$",
        _I,
    ),
    # "tell me what I've done with the tile spacers"
    re.compile(
        r"^(?:(?:tell|remind)\s+me\s+)?what\s+(?:i|we)(?:'ve|\s+have|\s+did)\s+(?:done|do)\s+with"
        r"\s+(?P<query>.+)$",
        _I,
    ),
    # "blue scarves - how many and where", "the extension lead — where", "location: leaf
    # blower"
    re.compile(
        r"^(?P<query>[^,:–—-]+?)\s*[,:–—-]+\s*(?:where|how\s+many\s+and\s+where"
        r"|where\s+and\s+how\s+many)$"
        r"|^(?:location|whereabouts|where(?:\s+is)?|find)\s*[:–—-]+\s*(?P<query_put>.+)$",
        _I,
    ),
    # "where in the garage is the strimmer", "where on shelf B did I put the glue"
    re.compile(
        r"^where\s+(?:in|on|inside|at|under)\s+(?:the\s+|my\s+|our\s+)?[\w' -]+?\s+(?:is|are"
        rf"|did\s+{WHO}\s+(?:put|leave|stash|store))\s+(?P<query>(?:the|my|our)\s+.+)$",
        _I,
    ),
    # One place or another: "is the ghee upstairs or in the stockroom", "did I leave the
    # snare stand in the van or the lockup", "Chainsaw - pump or stores?", "rail or bin for
    # the fringe jacket?"
    re.compile(
        r"^(?!.*\b(?:your|yours|mine)\b)"  # "is the biltong in your bag or mine": to a person
        r"(?:is|are|was|were)\s+(?P<query>(?:the|my|our)\s+.+?|[a-z][\w'-]+(?:\s+[\w'-]+)?)"
        r"\s+(?:still\s+)?(?:in|at|on|under|by|upstairs|downstairs)\b.*?\s+or\s+.+$",
        _I,
    ),
    re.compile(
        rf"^(?:did|have|do)\s+{WHO}\s+(?:leave|left|put|keep|kept|store|stash|pack)"
        r"\s+(?P<query>.+?)\s+(?:in|at|on|under|by)\s+.+?\s+or\s+.+$",
        _I,
    ),
    re.compile(r"^(?P<query>[^,:–—-]+?)\s+[–—-]+\s+[\w' ]+?\s+or\s+[\w' ]+$", _I),
    re.compile(
        r"^(?:the\s+)?[\w']+(?:\s+[\w']+)?\s+or\s+(?:the\s+)?[\w']+(?:\s+[\w']+)?"
        r"\s+for\s+(?P<query>(?:the|my|our)\s+.+)$",
        _I,
    ),
)
