"""The patterns of requests for help and for undoing, for the fast parser's read-only rules.

"help", "what can you do", "how do I add stuff", "I'm a bit lost", "what is this";
"undo", "scratch that last one", "oops wrong bin, undo".
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The bot, as people call it: "this", "you", "this bot", "the thing", "this yoke".
_THIS = r"(?:this|it|you|u|ye|ya|the)(?:\s+(?:bot|thing|app|yoke|ting|system|one))?"
HELP = re.compile(
    r"^(?:(?:help+|halp|hlep|hepl)(?:\s+me)?|commands|list\s+commands|show\s+commands|what\s+are\s+the\s+commands"
    r"|what\s+can\s+you\s+do|what\s+can\s+i\s+(?:say|do|ask|type)"
    r"|how\s+does\s+(?:this|it|this\s+bot|the\s+bot|this\s+thing)\s+work(?:\s+exactly)?"
    rf"|how\s+(?:do|can|should)\s+i\s+work\s+{_THIS}(?:\s+thing)?"  # "how do I work this bot thing"
    r"|how\s+(?:do|can|should)\s+i(?:\s+(?:even|actually|now|exactly))?\s+use\s+(?:this|it|you"
    r"|this\s+bot|the\s+bot|this\s+thing|this\s+app)"
    r"|(?:i'm|im|i\s+am)\s+not\s+sure\s+(?:what\s+to\s+(?:type|say|write|do)|how\s+(?:this|it)"
    r"\s+works)|what\s+(?:(?:do|should|can)\s+)?i\s+(?:type|write)"
    # "Would you kindly remind me what you are able to do?"
    r"|(?:(?:would|could|can)\s+you\s+(?:kindly\s+|please\s+)?)?(?:remind|tell)\s+me\s+what\s+you"
    r"\s+(?:are\s+able\s+to|can)\s+do"
    r"|what\s+commands(?:\s+(?:are\s+there|do\s+you\s+(?:have|know|understand)|can\s+i\s+use))?"
    r"|(?:help|instructions|commands)(?:\s+(?:pls|please|plz))?(?:\s+(?:i'm|im|i\s+am)\s+(?:lost"
    r"|confused|stuck))?|(?:i'm|im|i\s+am)\s+(?:a\s+(?:bit|little)\s+|very\s+|so\s+|totally\s+)?"
    r"(?:lost|confused|stuck)"
    r"|what\s+(?:do|can)\s+you\s+(?:actually\s+|really\s+)?(?:do|understand)(?:\s+for\s+(?:me|us))?"
    r"|what\s+are\s+you\s+for|what(?:'s|\s+is)\s+this(?:\s+(?:thing|bot|app|for))?"
    r"|what\s+can\s+(?:this|the|you)(?:\s+(?:bot|thing|app|yoke))?\s+do"
    r"|how\s+does\s+(?:this|it|this\s+bot|the\s+bot|this\s+thing|this\s+app)(?:\s+even)?\s+work"
    r"(?:\s+(?:lol|then|exactly|again))?(?:\s+what\s+can\s+(?:you|it)\s+do)?"
    r"|how\s+(?:it|this)\s+works|what\s+(?:commands|things)\s+(?:does|do|can)\s+(?:this|you|it)"
    r"(?:\s+(?:bot|thing|app))?\s+(?:support|understand|do|take)"
    r"|what\s+can\s+i\s+do\s+with\s+(?:this|you|it)(?:\s+(?:bot|thing|app))?"
    r"|what\s+(?:this|the)(?:\s+(?:bot|thing|app))?\s+can\s+do"
    r"|(?:is\s+there\s+)?a\s+list\s+of\s+(?:the\s+)?commands"
    r"|(?:what|where)\s+do\s+i\s+(?:do|start)(?:\s+now)?|how\s+do\s+i\s+(?:start|get\s+started|begin)"
    r"|(?:(?:i'm|im|i\s+am)\s+new(?:\s+(?:here|to\s+this))?[,.!]*\s+)?how\s+do\s+i\s+use\s+(?:it|this|you)"
    r"|i\s+(?:don't|dont|do\s+not)\s+know\s+how\s+(?:to\s+use\s+(?:this|it|you)|(?:this|it)\s+works)"
    r"|(?:can\s+you\s+)?explain\s+how\s+(?:this|it|you)\s+works?"
    r"|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:tell\s+(?:you|it|the\s+bot)|let\s+(?:you|it)\s+know)"
    r"\s+.+"
    r"|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:record|log|note|add|save)\s+that\s+.+"
    # "how do I add stuff", "remind me how to log a sale", "how can we record a loan"
    r"|(?:(?:remind|tell|show)\s+me\s+)?how\s+(?:(?:do|can|should|would)\s+(?:i|we|you)"
    r"(?:\s+go\s+about)?|to)"
    r"\s+(?:add|log|record|enter|save|track|note\s+down|register|remove|delete|rename|undo"
    r"|lend|move|list|add\s+in)(?:\s+(?:a|an|some|new|my|the|a\s+new))?"
    r"(?:\s+(?:stuff|things?|items?|sales?|loans?|places?|locations?|boxes|box|bins?|shelf"
    r"|shelves|entry|entries|changes?|moves?|something|anything|it|that|them))?"
    # said as a learner or in dialect: "how I use this?", "how to use?", "how does this yoke
    # work", "whit can ye dae", "what can I ask you", "what cmds does this bot support"
    rf"|how\s+(?:(?:do|can|should|would)\s+)?(?:i|we)\s+(?:use|work|operate)\s+{_THIS}(?:\s+at\s+all)?"
    rf"|how\s+to\s+use(?:\s+{_THIS})?"
    rf"|how(?:\s+does|'s|s)?\s+{_THIS}\s+(?:work|works|function|functions)"
    r"(?:\s+(?:again|anyhow|anyway|then|exactly))?"
    r"|what\s+(?:can|could|should)\s+(?:i|we)\s+ask(?:\s+(?:you|u|ye))?"
    # "What are the functions available in this bot?"
    rf"|what\s+(?:are\s+)?(?:the\s+)?(?:functions|features|commands|options)(?:\s+available)?"
    rf"(?:\s+(?:in|on|of|with)\s+{_THIS})?"
    rf"|what\s+can\s+(?:you|u|ye|ya)(?:\s+all)?\s+(?:do|dae|dee|make)(?:\s+for\s+(?:me|us))?"
    r"(?:\s+(?:like|one|again))?"
    # "wha dis bot could do?", "how do i use you"
    r"|what\s+(?:this|dis|the)\s+bot\s+(?:can|could)\s+do|how\s+(?:do|can|should)\s+(?:i|we)\s+use"
    r"\s+(?:you|u|ya)"
    # "What is it you can do for me?"
    r"|what\s+(?:is\s+it|was\s+it|'s\s+it|s\s+it)\s+(?:that\s+)?(?:you|u)\s+(?:can\s+)?do"
    r"(?:\s+for\s+(?:me|us))?(?:\s+again)?"
    # "how do I add stuff on here?"
    r"|how\s+(?:do|can)\s+(?:i|we)\s+(?:add|log|record|enter)\s+(?:stuff|things|items|something)"
    r"\s+(?:on|in|to|into)\s+(?:here|this|it|you)"
    rf"|what\s+(?:commands|cmds)\s+(?:do|does|can|will)\s+{_THIS}\s+(?:accept|support|understand"
    r"|take|know)"
    rf"|(?:(?:can|could)\s+you\s+)?explain(?:\s+(?:me|to\s+me|us|to\s+us))?\s+what\s+{_THIS}"
    r"\s+(?:can|could)\s+(?:do|make)(?:\s+for\s+(?:me|us))?"
    rf"|what\s+are\s+(?:the|your)\s+(?:functions|features|commands|options)(?:\s+of\s+{_THIS})?"
    rf"|what\s+(?:exactly\s+)?can\s+{_THIS}\s+(?:exactly\s+)?do"
    # "how do I log a loan to a member?", "how do I rename a locker with this thing"
    r"|how\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:log|record|enter|register|rename|mark"
    r"|note\s+down|undo)\s+(?!(?:into|in|on|onto|out|off|to)\b)(?:[\w'-]+\s+){0,6}[\w'-]+"
    # "help pls bhai", "help mate im lost with this bot", "help - how do I log a return"
    r"|help(?:\s+(?:pls|please|plz|mate|bhai|bro|me|us))*(?:[\s,.!-]+(?:i'?m|im|i\s+am)\s+(?:lost"
    r"|confused|stuck)(?:\s+with\s+.{1,30})?)?"
    r"|help\W+how\s+(?:do|can|should)\s+(?:i|we)\s+.{1,60})$",
    _I,
)
# "undo", "scratch that last one", "revert what you just did", "oops wrong bin, undo",
# "please undo the last entry, wrong box": a mistake said around it changes nothing.
_MISTAKE = (
    r"(?:no\s+wait|wait|oops+|whoops|sorry|nvm|never\s*mind|my\s+bad|(?:my\s+)?mistake|typo"
    r"|please|pls|no|nah|nope|naw|nahi|lol|ah+|oh|ay|abeg|eish|aiyo|aiya|arre|arey|mate|bab|babe|hun|bro"
    # Midwestern "ope", Hebrew "lo" (no), a fond word ("scratch that pet")
    r"|ope|lo|pet|love|luv|duck|darlin|darling|honey|hon|sweetie"
    # "wait no not bin A, undo that": where it was not; "I fat fingered it"
    r"|not\s+(?:the\s+)?[\w-]+(?:\s+#?[\w-]+)?|(?:i\s+)?fat[\s-]?finger(?:ed)?(?:\s+it)?"
    r"|la|lah|bhai|yaar|ignore\s+that(?:\s+last\s+one)?|apologies|i\s+lied"
    r"|(?:that's|thats|that\s+is|it's|its)\s+not\s+right(?:\s+at\s+all)?"
    # "wrong keg", "wrong box number", "wrang one"
    r"|(?:wrong|wrang|rong)\s+[\w-]+(?:\s+(?:number|one|name))?"
    r"|i\s+(?:made|make|have\s+made)\s+a\s+mistake"
    # "I made a hames of it", "we made a right mess of that"
    r"|(?:i|we)\s+(?:made|make|have\s+made|'ve\s+made)\s+a\s+(?:right\s+|total\s+)?(?:mess|hames"
    r"|hash|balls|muck|bags|pig's\s+ear|dog's\s+dinner)\s+of\s+(?:it|that|this)"
    r"|i\s+(?:have\s+|'ve\s+)?(?:got|typed|written|wrote|put)\s+it(?:\s+all)?\s+wrong"
    # "I had it wrong", "mum typed it wrong", "that aint right", "no no"
    r"|(?:i|we|mum|mom|dad|he|she|they)\s+(?:had|typed|got|wrote|put|did)\s+it\s+wrong"
    r"|(?:that|this|it)\s+(?:aint|ain't|isnt|isn't|wasnt|wasn't)\s+right"
    # "typed wrong", "I wrote wrong", "I write wrong box", "I think I pressed the wrong thing"
    r"|(?:(?:i\s+think\s+)?(?:i|we)\s+)?(?:typed|type|wrote|write|pressed|hit|tapped|clicked|put"
    r"|entered"
    r"|picked|chose)"
    r"\s+(?:the\s+)?wrong(?:\s+[\w-]+)?(?:\s+number)?"
    r"|(?:that|this|it)(?:\s+(?:last|previous))?(?:\s+(?:one|entry|message|change|update))?"
    r"(?:\s+was|\s+is|'s|s)\s+(?:(?:all|totally|completely)\s+)?(?:wrong|wrongly\s+done"
    r"|incorrect|a\s+mistake)|oh\s+(?:dear|no|bother)|damn|dammit|ugh+"
    r"|(?:ignore|forget|disregard)\s+(?:that|this|my|the)\s+(?:last|previous)(?:\s+(?:one|message|entry))?"
    # "I typed the wrong shelf", "we put the wrong box"
    r"|(?:i|we)\s+(?:typed|put|picked|chose|entered|said|gave|sent|used|wrote)\s+(?:in\s+)?the"
    r"\s+wrong\s+[\w-]+)"
)
# A sentence that only says the last change was a mistake ("Oh dear, that last one was wrong.").
MISTAKE_SAID = re.compile(rf"(?:{_MISTAKE}[,.!]*\s*)+", _I)
# What the last change may be called: "that last one", "my previous entry".
_ENTRY_NOUNS = (
    r"one|change|action|thing|message|step|entry|edit|update|record|note|move|store|loan|rename"
)
_ENTRY = rf"(?:\s+(?:{_ENTRY_NOUNS}))?"
_LAST_CHANGE = (
    r"(?:that|dat|this|it|eso|last|the\s+last|my\s+last|that\s+last|the\s+previous|my\s+previous)"
    rf"{_ENTRY}"
    # "undo the move", "undo that move": what was just done, by its kind
    rf"|the\s+(?:{_ENTRY_NOUNS})"
    r"|what\s+(?:you|i)\s+(?:just\s+)?(?:did|done|said|wrote|typed|told\s+you|sent(?:\s+you)?)"
    r"|the\s+last\s+thing\s+(?:you|i)\s+(?:did|said|wrote|typed)"
)
# "delete that last one", "ignore my last message", "never mind that last one": said only
# with the last change as the object ("delete the drill", "forget it" are no undo).
UNDO = re.compile(
    rf"^(?:{_MISTAKE}\s*[,.!\-–—]*\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:(?:un-?do|revert|scratch|scrap|cancel|take\s+back|reverse|belay|roll\s*back"
    r"|ctrl[\s+-]?z|borra|b[oó]rralo|deshaz)"
    rf"(?:\s+(?:{_LAST_CHANGE}))?|take\s+(?:that|it)\s+back|make\s+(?:that|it)\s+undone"
    # "delete what I just said", "go back one step" ("ignore that" may be about chat that
    # changed nothing: undoing the change before it would be wrong)
    r"|(?:delete|remove|erase)\s+what\s+(?:i|you)\s+(?:just\s+)?(?:said|did"
    r"|wrote|typed|sent)|go\s+back\s+(?:one|a)\s+step"
    r"|(?:delete|remove|erase|forget|ignore|disregard|never\s*mind"
    rf"|nevermind|strike|wipe)\s+(?:(?:that|the|my)\s+)?(?:last|previous){_ENTRY})"
    rf"(?:\s*[,.!\-–—]*\s+{_MISTAKE})*$",
    _I,
)
