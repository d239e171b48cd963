"""Word lists of the fast parser: which nouns are places, which words end a name.

Kept apart from the rules so the vocabulary can grow without touching them.
"""

from __future__ import annotations

# Head nouns that make a name a storage place ("bin 4", "kitchen drawer", "garage").
STORAGE_NOUNS = frozenset({
    "bin", "box", "crate", "shelf", "drawer", "cabinet", "cupboard", "closet", "wardrobe",
    "locker", "shed", "garage", "attic", "basement", "cellar", "room", "kitchen", "bedroom",
    "bathroom", "pantry", "rack", "tote", "loft", "storage", "compartment", "dresser",
    "toolbox", "bookcase", "bookshelf", "sideboard", "nightstand", "hallway", "house",
    "office", "study", "garden", "yard", "fridge", "freezer", "storeroom", "stockroom",
    "boxroom", "mudroom", "playroom", "polytunnel", "stable", "stables", "lounge",
    "conservatory", "cloakroom", "utility", "trailer", "caravan", "camper", "motorhome",
    "press",  # Irish: "the hot press", "the press under the sink"
    "esky", "cooler", "glovebox", "footwell", "lockup", "carport", "workshop",
    "walk-in", "lock-up", "lean-to",  # "the walk in", "the lock up": hyphened as read
})  # fmt: skip
# Nouns that are as often things as places ("phone case", "laptop bag"): places only
# with a number or letter after them ("case 3", "bag B").
NUMBERED_STORAGE_NOUNS = frozenset({
    "case", "bag", "basket", "chest", "trunk", "safe", "desk", "unit", "container",
    "suitcase", "backpack", "bucket", "tray", "pouch", "car", "van", "tub", "tin", "jar",
    "shoebox", "hamper", "holdall", "carton", "caddy", "drum", "barrel", "pot", "pallet",
    "stack", "cubby", "cubbyhole", "pigeonhole", "folder", "binder", "file", "rail", "bench",
    "cage", "cube", "kennel", "peli", "pelican", "bay",
})  # fmt: skip
# Numbered places where things are also worked on ("the civic is in bay 1" at a garage):
# said without a verb of putting, left to the model.
WORK_BAYS = frozenset({"bay"})
# Every noun that names a place to keep things, labelled or not.
STORAGE_WORDS = STORAGE_NOUNS | NUMBERED_STORAGE_NOUNS
# The same nouns as one alternation of a pattern, longest first ("boxroom" before "box").
STORAGE_WORD_PATTERN = "|".join(sorted(STORAGE_WORDS, key=len, reverse=True))
# The most words a thing named alone is read in, as a "where is" ("drill", "spare bike pump").
MAX_FIND_WORDS = 3
# The longest message read again split by split (asides, a word about a loan): each split is
# read whole, so longer ones took seconds. No labelled message is longer than 300 characters.
MAX_SPLIT_CHARS = 400
# Titles before a surname ("Mrs Patel", "dr. okafor"), as written with a capital.
TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Monsieur", "Madame", "Mme", "Herr", "Frau",
    "Señor", "Señora",
)  # fmt: skip
# The same, as a regular expression alternative (case as written: wrap in (?i:...) for any).
TITLE_WORDS = "|".join(TITLES)
# The letters a name starts with and goes on in, beyond ASCII ("Étienne", "Łukasz", "Zoë",
# "Ċensu"), for character classes: f"[{NAME_CAPITAL}][{NAME_LETTER}]+".
NAME_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
NAME_LETTER = "a-zß-öø-ÿĀ-ž"
GENERIC_PLACE_WORDS = frozenset({
    "places", "place", "locations", "location", "spots", "storage", "storage places",
    "storage spots", "storage units", "storage locations",
})  # fmt: skip

# Words that never belong inside a name: they mean the phrase is a clause.
CLAUSE_WORDS = frozenset({
    "in", "into", "inside", "on", "onto", "under", "at", "to", "from", "off", "out", "back",
    "away", "up", "around", "about", "i", "me", "we", "us", "you", "it", "they", "them", "he",
    "she", "him",
    "itself", "there", "here", "and", "or", "but", "then", "so", "if", "unless", "because",
    "when", "while", "where", "what", "which", "who", "why", "how", "until", "after",
    "before", "once", "than", "is", "are", "was", "were", "be", "been", "am", "do", "does",
    "did", "have", "has", "had", "should", "would", "could", "might", "must", "shall",
    "not", "it's", "that's", "what's", "where's", "there's", "here's", "i'm", "i've",
    "i'll", "i'd", "we're", "we've", "we'll", "let's", "he's", "she's", "they're", "you're",
    "btw", "fyi", "lol", "lmao", "haha", "um", "umm", "uh", "imo", "tbh", "iirc", "afaik",
    "now", "also", "already", "apparently", "hopefully", "probably", "maybe", "please",
    "thanks", "plus", "yesterday", "today", "tonight", "tomorrow", "ago", "earlier",
    # a question word or a plan typed fast: "run down whats on the shelf", "gonnae put ma
    # summer clothes in the loft" name no thing
    "whats", "wheres", "whos", "gonna", "gonnae", "gunna", "finna", "wanna", "still",
    # someone's word said after the things: "Gaz borrowed our big ladder, reckons he'll …"
    "reckons", "reckon", "reckoned",
})  # fmt: skip
# Clause words a name may hold inside ("back door key", "washing up liquid", "blow out kit").
NAME_PARTICLES = frozenset({"back", "up", "out"})
# Words that, after the first, make a place phrase a clause ("shed for the winter",
# "desk drawer with the pens", "garage upstairs").
PLACE_CLAUSE_WORDS = frozenset({
    "with", "without", "for", "upstairs", "downstairs", "ago", "since", "during", "last",
    "first", "next", "near", "by", "beside", "behind", "above", "below", "between", "except",
    "because", "cos", "coz", "cuz", "bc",
    # a clause run on after the place: "the smoke alarm in the hallway keeps chirping"
    "keeps", "needs", "ffs", "again", "all",  # "in the field all week"
    "ready",  # "took the gazebo out of the shed ready for the plant sale"
})  # fmt: skip
# Question words and pronouns a typo away from which a word is no item name
# ("waht's in bin 4", "evrything is in bin 4").
FUNCTION_WORDS = frozenset({
    "what", "where", "which", "that", "this", "everything", "nothing", "something",
})  # fmt: skip
# Words before a lower-case "a" that is part of a name ("vitamin a tablets").
LETTER_A_NAMES = frozenset({
    "vitamin", "type", "grade", "plan", "size", "class", "side", "level", "part", "model",
    "row", "team", "option", "category", "section",
})  # fmt: skip
# Names that point at nothing by themselves ("put it in bin 4", "put this in bin 4").
POINTERS = frozenset({
    "it", "its", "them", "this", "that", "these", "those", "they", "he", "she", "him",
    "her", "his", "my", "our", "your", "their", "one", "ones", "everything", "something",
    "anything", "nothing", "stuff", "things", "thing", "all", "both", "rest", "somewhere",
    "anywhere", "everywhere", "nowhere", "whatever", "there", "here", "same", "mine",
    "yours", "ours", "theirs", "hers",
})  # fmt: skip
# People, pets and idioms are not belongings ("the kids are in the garage",
# "keep an eye on the drill").
NOT_THINGS = frozenset({
    "kids", "kid", "children", "child", "baby", "mom", "mum", "dad", "wife", "husband",
    "everyone", "everybody", "someone", "somebody", "nobody", "dog", "cat", "family", "eye",
    # time and turns taken: "Tom took 5 minutes", "took 2 photos"
    "minutes", "minute", "mins", "hours", "hour", "hrs", "seconds", "secs", "days", "weeks",
    "months", "years", "ages", "steps", "photos", "pictures", "pics", "breaks", "naps", "turns",
    # the body: "my hands are in the dough"
    "hands", "hand", "head", "feet", "foot", "fingers", "arms", "heart",
    # what is thrown, put or made that is no belonging: "threw a party in the garage", "put a
    # reminder in my phone", "put a deposit down on the van"
    "party", "parties", "tantrum", "strop", "wobbly", "reminder", "reminders", "appointment",
    "deposit", "bet", "offer", "bid", "name", "names", "word", "coat of paint", "lick of paint",
    "idea", "ideas", "memories", "patience", "energy", "motivation", "sanity", "luck",
    "goodwill", "sympathy", "advice", "trust", "kindness", "courage", "faith",
    # what comes back that is no belonging: "the rash is back", "the damp is back"
    "rash", "cough", "flu", "headache", "migraine", "pain", "damp", "leak", "smell", "sun",
    "rain", "snow", "frost",
    # money lent is no belonging: "lent my brother 50 quid"
    "quid", "bucks", "dollars", "euros", "rupees", "naira", "rand", "pence", "cents", "grand",
    # what is taken or returned that is no belonging: "took my temperature", "returned the
    # call", "returned the favour", "returned home"
    "temperature", "pulse", "call", "calls", "favour", "favor", "compliment", "home",
})  # fmt: skip
# Places that are times or idioms ("left the party at midnight", "keep it in mind"),
# and the parts of a thing ("on top of the fridge").
NOT_PLACES = frozenset({
    "midnight", "noon", "night", "dawn", "lunch", "dinner", "breakfast", "work", "school",
    "moment", "time", "weekend", "mind", "hold", "charge", "sale", "loan", "fire",
    "ear", "ears", "nose", "mouth", "hair", "teeth",  # "Noah put a crayon in his ear"
    "writing",  # "put it in writing"
})  # fmt: skip
PART_OF = frozenset({"top", "bottom", "side", "back", "front", "middle", "end", "edge", "rest"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "its", "which", "whose"})
# First words that make an amount vague ("a few batteries", "all the screws").
VAGUE_AMOUNTS = frozenset({
    "couple", "few", "several", "many", "lots", "lot", "bunch", "handful", "all", "both",
    "any", "each", "every", "none", "half", "rest", "most", "enough", "more", "plenty",
    "of", "other", "another", "bare", "loads", "heaps", "tons",
})  # fmt: skip
_UNIT_WORDS = (
    "gram", "kilo", "pound", "litre", "liter", "roll", "pack", "packet", "box", "bag",
    "bottle", "can", "jar", "tin", "carton", "pair", "set", "bundle", "sheet", "meter",
    "metre", "tube", "sack", "bar", "pouch", "reel", "spool", "ream", "tub", "crate",
    "case", "loaf", "bunch", "bucket", "punnet", "tray", "pot", "spray", "kilogram",
    "skein", "hank", "ball", "sachet", "bale", "canister", "cartridge", "quart", "gallon",
    "pint", "sleeve",
)  # fmt: skip
# Units before "of" ("a roll of tape", "3 tins of paint"), one or several of them.
UNITS = frozenset({
    "kg", "g", "lb", "lbs", "oz", "l", "ml",
    *_UNIT_WORDS, *(f"{word}s" for word in _UNIT_WORDS), "loaves", "boxes", "bunches",
})  # fmt: skip
# Words after a number that make it a size in the name, not a count, when the number follows
# "the" or "any": "the 120 grit discs", "the 5 amp fuses", "the 12 gauge wire" (not "2 pin
# badges", "6 weight plates": counts of things).
SIZE_WORDS = frozenset({
    "grit", "amp", "amps", "watt", "watts", "volt", "volts", "gauge", "ply", "mm", "inch", "cm",
})  # fmt: skip
# Units of measure that need no "of" ("2 kg rice", "500 ml milk").
MEASURES = frozenset({"kg", "g", "lb", "lbs", "oz", "l", "ml"})
# Many, said without a count: "loads of odd socks", "a pile of laundry" (a regular expression).
MANY_OF = r"(?:a\s+)?(?:loads|lots|heaps|tons|load|lot|heap|ton|bunch|pile)\s+of\s"
BIG_NUMBER_WORDS = {"thousand": 1_000, "million": 1_000_000}
# "took a shower", "took the bus": idioms, not belongings taken out.
TAKEN_IDIOMS = frozenset({
    "nap", "shower", "bath", "walk", "break", "look", "photo", "picture", "seat", "breath",
    "chance", "note", "turn", "step", "peek", "glance", "shot", "rest", "call", "bus",
    "care", "part", "place", "time", "charge", "advantage", "action", "cover", "aim", "heart",
    "offence", "offense", "sides", "turns", "notes", "it easy", "a seat", "care of it",
    "train", "taxi", "cab", "ride", "trip", "day off", "while", "minute", "second", "forever",
    "ages", "hours", "days", "weeks", "long", "longer", "a while", "an hour", "all day",
})  # fmt: skip
# Verbs after which "to someone" is where a thing went ("sold the bike to Tom").
GIVING_VERBS = frozenset({"donated", "donate", "gave", "give", "given", "sold", "sell"})
# "ran out of time", "ran out of patience": idioms, not things used up.
RAN_OUT_IDIOMS = frozenset({
    "time", "patience", "space", "room", "steam", "luck", "ideas", "options", "energy",
    "money", "cash", "gas", "road", "juice", "breath", "excuses", "things", "words", "battery",
})  # fmt: skip
# One-word questions that are not about a thing ("really?", "done?").
BARE_QUESTION_WORDS = frozenset({
    "what", "why", "how", "who", "when", "where", "which", "whose", "really", "seriously",
    "sure", "right", "yes", "no", "yeah", "nope", "huh", "eh", "hm", "hmm", "sorry", "done",
    "ready", "anyone", "anybody", "someone", "somebody", "everyone", "anything", "something",
    "nothing", "everything", "again", "more", "else", "correct", "true", "wrong", "good",
    "great", "cool", "nice", "fine", "wow", "and", "or", "but", "so", "well", "oh", "still",
    "bye", "gone", "lost", "found", "moved", "there", "here", "none", "same", "why not",
    "what else", "ok", "okay", "me", "us", "now", "first", "next", "last", "yet", "also",
})  # fmt: skip
# States, not places: "the drill is in use", "the parcel is in the post".
STATES = frozenset({
    "use", "pieces", "bits", "stock", "order", "transit", "repair", "repairs", "progress",
    "wash", "washing", "post", "mail", "service", "bloom", "season", "fashion", "demand",
    "trouble", "danger", "charge", "action", "place", "shape", "condition",
    "working order", "good condition", "bad condition", "good shape", "bad shape",
    "great shape", "great condition", "poor condition", "poor shape", "one piece",
    "works", "pipeline", "loan", "hand", "sight", "view", "reach", "good nick", "right",
    "left", "top", "side", "bottom", "way", "move", "go", "duty", "call", "hold",
    "bad nick", "good order", "a mess", "a state", "bad state", "good state",
})  # fmt: skip
# Adjectives before "condition", "shape", "state" ("in excellent condition").
STATE_NOUNS = frozenset({"condition", "shape", "state", "nick", "order", "repair", "health"})
# Days, months and times of day are not places ("my appointment is on Monday").
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "morning", "afternoon", "arvo", "evening", "christmas",
    "xmas", "easter", "birthday", "holiday", "holidays", "vacation", "today", "tomorrow",
    "yesterday", "week", "month", "year", "mondays", "tuesdays", "wednesdays", "thursdays",
    "fridays", "saturdays", "sundays", "weekends", "am", "pm", "oclock", "o'clock",
    # how long: "exams in 3 wks", "back in a couple of days"
    "weeks", "wks", "wk", "day", "days", "months", "years", "yrs", "hours", "hrs", "hr",
    "mins", "minutes", "min", "minute", "hour", "fortnight",
    "weekend", "tonight",
})  # fmt: skip
# Where things are thrown away: "put the old charger in the trash" is a discard. "The bin"
# alone is left a place: with bins 1 and 2 the service asks which one is meant.
TRASH_PLACES = frozenset({
    "trash", "garbage", "rubbish", "recycling", "dustbin", "trash can", "garbage can",
    "rubbish bin", "recycling bin", "trash bin", "garbage bin", "wheelie bin", "waste bin",
    "wastebasket", "waste basket", "waste paper basket", "wastepaper basket", "compost",
    "compost bin", "dumpster", "skip", "landfill", "tip", "litter bin", "kitchen bin",
    "general waste", "food waste", "recycle bin", "e-waste", "ewaste",
})  # fmt: skip
# Chores, not belongings taken out: "took the bins out", "took out the trash".
CHORES = frozenset({
    "bin", "bins", "trash", "rubbish", "garbage", "recycling", "dog", "dogs", "bin bags",
    "bin bag", "trash bags", "rubbish bags", "garbage bags", "wheelie bin", "wheelie bins",
    "compost", "washing", "laundry",
})  # fmt: skip
# Chat words that are no thing to look for ("brb", "test").
CHAT_WORDS = frozenset({
    "brb", "gn", "gm", "nvm", "nm", "omg", "omfg", "wtf", "idk", "idc", "tbh", "imo", "afk",
    "ttyl", "lol", "lmao", "rofl", "ok", "okay", "k", "kk", "yo", "ta", "test", "testing",
    "hmm", "hm", "meh", "ugh", "argh", "oops", "whoops", "yay", "woo", "nice", "cool", "sweet",
    "great", "thanks", "thx", "ty", "cheers", "bye", "hi", "hello", "hey", "sorry", "please",
    "np", "no worries", "all good", "never mind", "nevermind", "wrong chat", "sorry wrong chat",
    "good night", "night night", "morning", "evening", "ping", "hello world", "asdf", "xd",
    "okie", "okey", "okie dokie", "brill", "brilliant", "ace", "lovely", "champion",
    "testing 123", "test 123", "brill ta", "ta very much", "cheers mate", "nice one", "sound",
    "nah", "naw", "bruh", "bro", "fr", "ikr", "smh", "ffs", "jk", "welp", "oof", "yikes",
    "knock knock", "mic check", "is this thing on", "anyone there", "anybody there",
    "perfect", "awesome", "amazing", "excellent", "fab", "fantastic", "wonderful", "superb",
    "marvellous", "splendid", "lush", "sorted", "typical", "fair enough", "sounds good",
    "sounds great", "looks good", "thank god", "thank goodness", "bloody hell", "big mood",
    "happy birthday", "merry christmas", "happy christmas", "happy easter", "congrats", "blah",
    # feelings said alone ("Sad to see it go.")
    "sad", "so sad", "gutted", "shame", "what a shame", "pity", "what a pity", "glad", "happy",
    "relieved", "annoyed", "tired", "knackered", "exhausted", "bored", "excited", "sad times",
    # greetings and thanks in the languages households mix in ("shukriya", "ka kite")
    "mornin", "legend", "shot bru", "shot", "lekker", "sharp sharp", "tack", "tack så mycket",
    "shukriya", "jazakallah",
    "jazakallah khair", "shabbat shalom", "shalom", "ishi", "madainn mhath", "buenos días",
    "buenos dias", "gracias", "merci", "danke", "obrigado", "obrigada", "arigato", "xie xie",
    "asante", "grazie", "salaam", "ciao", "hola", "bonjour", "namaste", "ka kite", "theek hai",
    "dhanyavaad", "toda", "nu", "jajaja", "kkkkkk", "zzz", "zzzz", "zzzzz", "grand job",
    "bom dia", "boa noite", "boa tarde", "tá bom", "buona notte", "buongiorno", "bonne nuit",
    "bonsoir", "buenas", "buenas noches", "spasibo", "спасибо", "dziękuję", "dzięki", "dank je wel",
    "tapadh leat", "salamat", "salamat po", "mahalo", "nandri", "grazzi", "tamam", "tschüss",
    "diolch", "bore da", "nos da", "cảm ơn", "cảm ơn nha", "dạ vâng", "xiexie", "hao de",
    "ありがとう", "sababa", "inshallah", "mashallah", "amen", "god bless", "eid mubarak",
    "ramadan kareem", "chag sameach", "christos anesti", "diwali mubarak", "happy diwali",
    "happy new year", "chur", "chur bro", "ka pai", "mōrena", "sawa", "righto", "roger",
    "shoots", "okk", "cheerio", "goodnight", "good night all", "night all", "noted", "noted thanks",
    "bostin", "proper job", "nae bother", "fit like", "haye", "aye", "ehen", "ehen ok",
    "poa", "poa poa", "niaje", "sasa", "mambo", "ta-ra", "tara", "tarra", "waheguru",
    "sat sri akal", "skol",
    # the weather, said alone
    "rain", "rain again", "raining", "snow", "snowing", "sunny", "windy", "freezing", "roasting",
})  # fmt: skip
# How a thing seems, said of it: "the timpani sound amazing in the new hall", "the fairy
# lights in the Harris photos look amazing" (no thing, and no place, has these in its name).
SENSE_VERBS = frozenset({
    "sound", "sounds", "look", "looks", "smell", "smells", "feel", "feels", "taste", "tastes",
    "seem", "seems",
})  # fmt: skip
# Time, feelings and appointments: never a thing to find ("where did the summer go", "spent
# all day", "set a reminder for tuesday").
ABSTRACT_NOUNS = frozenset({
    "time", "times", "day", "days", "week", "weeks", "weekend", "weekends", "month", "months",
    "year", "years", "summer", "winter", "spring", "autumn", "morning", "evening", "night",
    "afternoon", "today", "tomorrow", "yesterday", "forever", "life", "childhood", "youth",
    "motivation", "energy", "patience", "sanity", "mojo", "reminder", "reminders",
    "appointment", "appointments", "holidays", "fun", "point", "weather", "mood", "luck",
    "birthday", "christmas", "news", "truth", "sleep", "privacy", "peace", "manners",
    "attention", "answer", "love", "trouble",
})  # fmt: skip
# Laughter and keyboard mashing: "lmaooo", "hahaha", "asdfghjk" (a whole word).
CHAT_NOISE = (
    r"l+m+f*a+o+|l+o+l+|r+o+f+l+|(?:a*h+a+)+h*|(?:h+e+)+|x+d+"
    # four keys in a row of the keyboard, in order: "asdf", "hjkl", "qwer"
    r"|\w*(?:"
    + "|".join(
        row[start : start + 4]
        for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
        for start in range(len(row) - 3)
    )
    + r")\w*"
)
# "quiet day", "long week", "very good": how a day went or how good something is, not a thing.
MOOD_WORDS = frozenset({
    "quiet", "busy", "long", "tough", "rough", "hard", "lazy", "slow", "mad", "crazy", "hectic",
    "very", "really", "so", "too", "quite",
    # the weather: "so hot today", "freezing this morning"
    "hot", "cold", "warm", "wet", "windy", "sunny", "rainy", "freezing", "humid", "muggy", "chilly",
    "boiling", "baking", "grim", "miserable",
})  # fmt: skip
TIME_WORDS = frozenset({
    "day", "night", "week", "weekend", "morning", "evening", "one", "shift", "today", "tonight",
})  # fmt: skip
# How much: "bit nippy", "kinda tired", "rather chilly" say how something is, not a thing.
DEGREE_WORDS = frozenset({"bit", "abit", "kinda", "sorta", "rather", "fairly", "quite"})
# Words that make the next one stronger, not a thing's name ("bloody freezing", "so cold").
INTENSIFIERS = frozenset({
    "bloody", "so", "really", "very", "proper", "dead", "absolutely", "fucking", "effing",
    "friggin", "frigging", "pretty", "well", "too", "totally",
})  # fmt: skip
# How it feels somewhere: "cold as heck in the workshop", "bloody hot today".
WEATHER_WORDS = frozenset({
    "cold", "hot", "freezing", "boiling", "roasting", "baking", "warm", "chilly", "damp",
    "dark", "humid", "muggy", "stuffy", "nippy", "parky", "icy", "sweltering", "stifling",
    "quiet", "noisy", "busy", "chaos", "carnage", "mayhem", "bedlam",
})  # fmt: skip
# What comes to a house and goes again, not a thing kept: "the power's back", "wifi's back".
SERVICES = frozenset({
    "power", "electricity", "electric", "internet", "wifi", "wi-fi", "broadband", "signal",
    "reception", "heating", "sun", "sunshine",
})  # fmt: skip
# What comes by the mains or a bottle, said to run out ("gas finished", "water finished"):
# the household's own stock, or the supply? Asked.
UTILITIES = frozenset({"gas", "water", "light", "data", "credit", "airtime"})
# When and whether a chore is done: "rent due friday", "invoice 2231 paid", "bins go out
# tuesday": news of the household, not a thing to find.
STATUS_WORDS = frozenset({
    "due", "overdue", "paid", "unpaid", "planned", "booked", "scheduled", "cancelled",
    "canceled", "postponed", "tonight", "today", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "mon", "tues", "weds", "thurs", "fri",
})  # fmt: skip
# Words that describe a place in its name ("kitchen drawer", "top shelf", "junk drawer"):
# a message of such a word and a place names the place, not a thing and its place.
PLACE_MODIFIERS = STORAGE_NOUNS | frozenset({
    "top", "bottom", "left", "right", "middle", "upper", "lower", "front", "back", "side",
    "big", "small", "little", "large", "tall", "low", "high", "old", "new", "spare", "main",
    "junk", "utility", "hall", "kids", "master", "guest", "corner", "blue", "red", "green",
    "black", "white", "grey", "gray", "yellow", "brown", "pink", "wooden", "metal", "plastic",
    "filing", "bedside", "tool", "tools", "airing", "linen", "laundry", "boot", "upstairs",
    "downstairs", "first", "second", "third", "fourth", "fifth", "last", "outside", "inside",
    "under", "understairs", "xmas", "christmas", "craft", "sewing", "medicine", "first-aid",
    "dining", "living", "spare-room", "shoe", "coat", "sock", "cutlery", "bread", "cleaning",
    "garden", "car", "van", "loft", "attic", "cellar", "basement", "porch", "landing", "study",
})  # fmt: skip
# What someone "has" that is no belonging of ours ("Sam has the flu", "Dave's got the time").
HAD_NOT_OWNED = (
    r"flu|cold|virus|covid|measles|chickenpox|day\s+off|time|right|idea|chance|hiccups|giggles"
    r"|blues"
)
# What someone does where they are, never part of a place's name.
DOING_THERE = frozenset({
    "setting", "making", "cooking", "playing", "doing", "fixing", "watching", "sleeping",
    "working", "cleaning", "helping", "eating", "reading", "tidying", "practising", "practicing",
    "rehearsing", "chatting", "talking", "crying", "napping", "studying", "swearing", "shouting",
    "screaming", "hiding", "sorting", "painting", "mending", "wrapping", "baking", "feeding",
    "praying", "singing", "dancing", "resting", "smoking", "drinking",
})  # fmt: skip
