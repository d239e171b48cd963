"""Word lists for telling places from states and belongings from people.

Kept apart from the rules (and from `vocabulary`) so they can grow without touching them.
"""

from __future__ import annotations

# Head nouns of places things are kept in, beyond `STORAGE_NOUNS`: after "the", "my" or
# "our" they make "X is in the <noun>" a sure statement of where X is.
CONTAINER_NOUNS = frozenset({
    "tub", "tin", "jar", "bag", "basket", "chest", "trunk", "case", "pouch", "holder",
    "organiser", "organizer", "folder", "file", "binder", "envelope", "caddy", "hamper",
    "ottoman", "bureau", "dresser", "larder", "porch", "hall", "landing", "carport",
    "lean-to", "outhouse", "greenhouse", "summerhouse", "workshop", "workbench", "bench",
    "pegboard", "hook", "hooks", "peg", "rail", "windowsill", "sill", "mantelpiece",
    "stairs", "understairs", "boot", "glovebox", "glovecompartment", "van",
    "car", "caravan", "campervan", "desk", "table", "unit", "stand", "cart", "trolley",
    "bed", "sofa", "couch", "stool", "safe", "vault", "lockbox", "cabinet",
    "closet", "cubby", "cubbyhole", "nook", "alcove", "recess", "mudroom", "utility",
    "conservatory", "playroom", "nursery", "den", "lounge", "diner", "dining", "pantry",
    "scullery", "barn", "stable", "container", "bucket", "tray", "suitcase", "backpack",
    "rucksack", "holdall", "wallet", "purse", "pocket", "sideboard", "credenza",
    "armoire", "tallboy", "chiffonier", "hutch", "locker", "cubicle", "bookcase",
    "shelving", "racking", "rack", "stack", "pile", "crate", "box", "bin", "drawer", "cupboard",
    "wardrobe", "freezer", "fridge", "cooler", "coolbox", "attic", "loft", "basement",
    "cellar", "garage", "shed", "room", "bedroom", "study", "office", "kitchen",
    "bathroom", "toilet", "loo", "hallway", "corridor", "driveway", "garden", "yard",
    "patio", "decking", "balcony", "terrace", "roof", "rafters", "eaves", "crawlspace",
    "door", "sink", "tap", "fence", "wall", "window", "radiator", "boiler", "tank",
})  # fmt: skip

# Open ground in CONTAINER_NOUNS: "X is in the driveway" may say where a thing is kept, or
# where it stands for now ("Karen's golf cart is parked in our driveway again", "the ball is
# on the roof"): asked.
OPEN_GROUND = frozenset({"driveway", "garden", "yard", "patio", "decking", "terrace", "roof"})

# Game, said to be somewhere: hung after a hunt ("the buck is hanging in the pole barn"), or
# meat in the freezer, or a brass stag on the mantelpiece: asked, never done at once.
GAME = frozenset({"buck", "doe", "stag", "fawn", "elk", "boar", "pheasant", "hare", "grouse"})

# Words that are never a place something is kept: moods, states, institutions and idioms
# ("my head is in the clouds", "my money is in the bank", "the car is in for a service").
NOT_KEPT_IN = frozenset({
    "clouds", "cloud", "bank", "hospital", "news", "papers", "paper", "mood", "mode",
    "playoffs", "play-offs", "finals", "semis", "semifinals", "semi-finals", "final", "league",
    "post office", "sorting office", "depot", "airport", "customs", "dentist", "dentists",
    "doctors", "doctor's",
    "state", "mess", "chaos", "need", "way", "trouble", "love", "pain", "shower",
    "bath", "queue", "meeting", "air", "dark", "light", "sun", "rain", "wild", "know",
    "loop", "zone", "lead", "red", "black", "clear", "dock", "doghouse", "wars",
    "middle", "process", "talks", "car park", "weather", "spotlight", "limelight", "pipeline",
    "oven", "microwave", "control", "shop", "shops", "ground", "soil", "shade", "blink",
    "water",
    # appliances things go in to be cooked or washed, and where only plans are kept: "put the
    # chicken in the oven", "put the date in the calendar"
    "dishwasher", "washing machine", "washer", "dryer", "tumble dryer", "slow cooker",
    "air fryer", "airfryer", "toaster", "grill", "calendar", "diary", "market", "system",
    "spreadsheet", "app", "machine",
    # where things fall or are posted, not kept: "dropped my phone in the toilet", "put my
    # name on the list", "put a post on facebook"
    "toilet", "loo", "pool", "river", "sea", "lake", "puddle", "mud", "drain", "canal", "list",
    "facebook", "whatsapp", "instagram", "group chat", "website", "internet",
    # where money is moved: "moved the money to savings"
    "savings", "savings account", "account", "isa", "pension",
})  # fmt: skip

# Mum, dad and the grandparents in the languages households mix in: "amma's big dekchi",
# "halmonis sesame oil", "oupa's toolbox" (a regular expression alternation).
FAMILY_WORDS = (
    "amma|abba|ammu|amma|halmoni|halmeoni|harabeoji|eomma|umma|appa|oma|opa|ouma|oupa|lola"
    "|lolo|khala|khalu|chacha|chachi|mamaw|papaw|bubbe|zaide|nonna|nonno|abuela|abuelo|nai nai"
    "|teta|jiddo|jeddo|sitto|sitti|pawpaw|mawmaw|parrain|nannan|babushka|babcia|yiayia|papou"
    "|savta|saba|popo|gunggung|ahma|emama|abuelita|aama|buwa|didi|daju|bhauju|bamp|bampi|mamgu"
    "|nanna|nannu|ammachi|appachan|pappou|paati|paatti|thatha|thaatha|ammamma|appamma|machan"
)
# People and pets: "my sister is in the kitchen" says where a person is, not a thing.
PEOPLE = frozenset({
    # who else comes and goes ("the cleaner" is in the parser: "vacuum cleaner" is a thing)
    "gardener", "nanny", "childminder", "au pair", "housekeeper", "handyman", "carer", "carers",
    "sister", "brother", "son", "daughter", "mum", "mom", "mother", "dad", "father",
    "parents", "grandma", "grandpa", "gran", "nan", "nana", "granny", "grandad",
    "grandfather", "grandmother", "aunt", "auntie", "aunty", "uncle", "cousin", "niece",
    "nephew", "friend", "friends", "neighbour", "neighbours", "neighbor", "neighbors",
    "boss", "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee",
    "baby", "toddler", "kids", "kid", "children", "child", "teenager", "twins", "family",
    "guests", "guest", "visitors", "plumber", "builder", "builders", "electrician", "sparky",
    "dog", "dug", "cat", "puppy", "kitten", "hamster", "rabbit", "bunny", "parrot", "budgie",
    "everyone", "everybody", "someone", "somebody", "nobody", "he", "she", "they",
    "boys", "girls", "boy", "girl", "lads", "team", "head", "heart", "mind",
    "grandkids", "grandkid", "grandchildren", "grandchild", "grandson", "granddaughter",
    # a group of people: "the tuba section is in the stands already", "the squad's in the gym"
    "section", "squad", "crew", "band", "choir", "cast",
    # who does a job: "the drummer is in the van already", "the tiler's in the bathroom"
    # (not "singer", "driver": a sewing machine, a golf club)
    "drummer", "guitarist", "bassist", "roadie", "roadies", "tiler", "tilers",
    "painter", "painters", "decorator", "decorators", "joiner", "carpenter", "roofer",
    "roofers", "mechanic", "nurse", "doctor", "midwife", "tutor", "teacher",
    "coach", "volunteers", "volunteer", "tradie", "tradies", "inspector", "surveyor",
    # who is met at work or at a do: "the candidate is in the office in interview room"
    "candidate", "interviewee", "receptionist", "supervisor", "consultant", "auditor", "ceo",
    "treasurer", "photographer", "caterer", "caterers", "resident", "residents", "patient",
    "patients", "vicar", "bride", "groom", "waiter", "waitress", "dentist", "chef",
    "gentleman", "student", "students", "pupil", "pupils", "guard", "guards",
    # (not "secretary": a desk; not "priest": a fishing cosh; not "mouse", "snake": tools)
    "gerbil", "gerbils", "chinchilla", "chinchillas", "hamsters", "kittens", "puppies",
    "goldfish", "gecko", "turtle",
    # wild animals that get in (not "bear": a teddy bear is a thing)
    "deer", "raccoon", "raccoons", "moose", "coyote",
    "lass", "lasses", "lad", "missus", "hubby", "wifey",
    # grandparents in Singlish and Cantonese: "ah ma in the kitchen making ondeh ondeh"
    "ma", "pa", "mah", "ahma", "popo", "gunggung",
    # brothers and sisters, said short: "lil bro is in the garage"
    "bro", "sis", "bruv", "sibling", "siblings",
    "intern", "trainee", "apprentice", "colleague", "colleagues", "manager", "staff", "client",
    "clients", "customer", "customers", "vet", "farrier", "postman", "courier",
    "engineer", "contractor", "contractors", "tenant", "lodger", "housemate",
    "housemates", "flatmate", "flatmates", "roommate", "roommates", "mate", "mates", "landlord",
    "heifer", "heifers", "cow", "cows", "calf", "calves", "bull", "bullock", "cattle", "horse",
    "horses", "pony", "ponies", "sheep", "ewe", "ewes", "lamb", "lambs", "ram", "goat",
    "goats", "pig", "pigs", "hen", "hens", "chickens", "duck", "ducks", "herd", "flock",
    "chook", "chooks", "geese", "alpaca", "alpacas", "llama", "llamas", "quail", "donkey",
    "donkeys", "chicks", "ducklings", "badger", "badgers", "foxes", "rat",
    "tortoise", "ferret", "lambing", "life", "lives", "world", "soul",
    # wildlife in the shed or the garden: "robin's in the shed again"
    "robin", "bird", "birds", "fox", "squirrel", "hedgehog", "frog", "toad", "slug", "slugs",
    "snail", "snails", "pigeon", "pigeons", "bat", "bats", "worm", "worms", "ants", "bees",
    "mice", "rats", "tui", "possum", "possums", "magpie", "magpies", "seagulls", "wasps",
    # family, said in Portuguese, Spanish or Swahili: "vó is on the lanai"
    "mãe", "mae", "vó", "avó", "vovó", "tia", "tio", "abuela", "abuelo", "bibi", "cucu", "shosh",
    *FAMILY_WORDS.split("|"),
    # children, said the Scots and Irish way: "the wean's in her bed"
    "wean", "weans", "bairn", "bairns", "wain", "wains",
    # what grows or gets in: "mould in the shoe cabinet again"
    "mould", "mold", "damp", "rust", "condensation", "leak", "smell",
    # what is wrong with a place, or has got into it: "the crack is in the window in camper"
    # (not "hole": "the cubby hole"; not "stain", "nest": "wood stain", "the Google Nest")
    "crack", "cracks", "droppings", "puddle",
})  # fmt: skip

# Colours: a container's label ("the blue tub", "the grey case"), or a thing's two colours
# said as one ("the red and yellow flags").
COLOURS = frozenset({
    "red", "blue", "green", "yellow", "black", "white", "grey", "gray", "pink", "purple",
    "orange", "brown", "clear", "silver", "navy", "beige", "teal",
})  # fmt: skip

# Determiners before a place said with no number: "the cupboard", "my wardrobe".
# Whose, said before a thing: "my", "our" …
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their"})
PLACE_DETERMINERS = POSSESSIVES | {"the"}

# Text-speak and common misspellings, read as the words they stand for ("whr r the keys").
SHORTHAND = {
    "r": "are", "u": "you", "ur": "your", "whr": "where", "wher": "where", "whre": "where",
    "whers": "where's", "everythin": "everything", "wat": "what", "wot": "what", "yow": "you",
    "whered": "where'd", "th": "the",
    "hte": "the", "teh": "the", "da": "the", "tha": "the", "wer": "where", "mvd": "moved",
    "puttin": "putting", "movin": "moving", "takin": "taking", "chuckin": "chucking",
    "keepin": "keeping", "storin": "storing", "tmrw": "tomorrow", "srsly": "seriously",
    "wat's": "what's", "wot's": "what's", "wats": "whats", "wots": "whats",
    "where're": "where are", "what're": "what are", "whit": "what", "whit's": "what's",
    "anythin": "anything", "oot": "out", "ppl": "people", "owt": "anything", "nowt": "nothing",
    "whos": "who's", "whr's": "where's", "wher's": "where's", "wherre": "where", "wehre": "where",
    "whaur's": "where's", "whaur": "where", "em": "them", "'em": "them",
    "brung": "brought", "nite": "night", "tonite": "tonight", "happend": "happened",
    "outta": "out of", "oups": "oops", "wetin": "what",
    # Caribbean English: "put de big pot in de cupboard", "scratch dat", "wha in de blue box"
    "de": "the", "di": "the", "dem": "them", "dey": "they", "dis": "this", "dat": "that",
    "wha": "what", "wherrr": "where", "nee": "no",
    # Geordie: "wor lass", "ye knaa", "the van noo"
    "wor": "our", "noo": "now", "ye": "you", "knaa": "know", "morra": "tomorrow", "naw": "no",
    "frm": "from", "yday": "yesterday", "tmr": "tomorrow", "thru": "through", "kno": "know",
    "when'd": "when did", "whend": "when did",
    "knw": "know", "finaly": "finally", "finnaly": "finally",
    "anywere": "anywhere", "somewere": "somewhere", "everywere": "everywhere",
    "latley": "lately", "scrach": "scratch", "tomorow": "tomorrow", "someting": "something",
    # Scots and Doric: "flung oot aa the tupperware fae the press", "intae the boxroom"
    "intae": "into", "fae": "from", "twa": "two", "awa": "away", "gied": "gave", "hiv": "have",
    "dae": "do", "naebody": "nobody",
    "dinna": "don't", "canna": "can't", "oors": "ours", "hoose": "house", "doon": "down",
    "aabody": "everybody", "tae": "to", "oor": "our", "baith": "both", "selt": "sold",
    "histroy": "history", "hsitory": "history", "histry": "history", "bout": "about",
    "wehr": "where",
    # Shetland: "Magnie's brocht da trailer back", "what boxes hae we got", "ony idea?"
    "brocht": "brought", "hae": "have", "ony": "any",
    # Yorkshire: "put 6 gas bottles int' barn" ("t'barn" is read in `text.normalise`)
    "int'": "in the",
    "movd": "moved", "stord": "stored", "b/c": "because",
    # contractions typed without the apostrophe: "whatve we got in the trailer", "whens the
    # last time", "theyre in the van"
    "whatve": "what've", "whens": "when's", "wherere": "where are", "whereve": "where've",
    "whove": "who've", "theyre": "they're", "youre": "you're", "theyve": "they've",
    "youve": "you've", "theres": "there's", "thats": "that's", "itll": "it'll",
    "theyll": "they'll", "youll": "you'll", "shes": "she's", "hes": "he's",
}  # fmt: skip

# Pairs said as one thing: "and" between them joins, not lists ("the dustpan and brush").
PAIRED_NAMES = frozenset({
    "pack and play", "mac and cheese", "rock and roll", "pick and mix", "tap and die",
    "salt and pepper", "dustpan and brush", "pestle and mortar", "nuts and bolts",
    "bits and bobs", "odds and ends", "arts and crafts", "bucket and spade", "knife and fork",
    "cup and saucer", "pen and paper", "needle and thread", "mop and bucket", "fish and chips",
    "hook and eye", "nut and bolt", "cheese and wine", "bat and ball", "pots and pans",
    "rock and play", "fish and bone",
    "tea and coffee", "oil and vinegar", "dustpan and broom", "sweet and sour",
    "fixtures and fittings", "mortar and pestle", "bow and arrow",
})  # fmt: skip

# Amounts said in words, as the count they stand for ("" drops the word: "about 50 nails").
AMOUNT_WORDS = {
    "both": "2", "both the": "2", "both of the": "2", "a couple of": "2",
    "a couple of the": "2", "couple of": "2", "half a dozen": "6", "half dozen": "6",
    "half-dozen": "6", "a half dozen": "6", "a half-dozen": "6", "a dozen": "12",
    "about": "", "around": "", "roughly": "", "approximately": "", "approx": "",
    "nearly": "", "almost": "", "at least": "",
}  # fmt: skip

# People said in two words whose last word alone may name a thing ("sourdough starter").
PEOPLE_PHRASES = frozenset({
    "new starter", "new hire", "new guy", "new girl", "delivery driver", "window cleaner",
    "bus driver", "taxi driver", "the cleaner", "our cleaner", "my cleaner",
})  # fmt: skip

# Things named after a container that are kept, not kept in ("the bin bags are in the drawer").
BAGS_AND_BOXES = frozenset({
    "bin bags", "bin liners", "sleeping bags", "tote bags", "carrier bags", "shopping bags",
    "freezer bags", "sandwich bags", "gift bags", "bean bags", "tea bags", "ziplock bags",
    "food bags", "nappy bags", "poo bags", "dog bags", "mailer bags", "pizza boxes",
    "cereal boxes", "match boxes", "juice boxes", "lunch boxes", "shoe boxes", "gift boxes",
    "jewellery boxes", "tool boxes",
})  # fmt: skip

# Common first names: a lone one before "is" is a person as often as a thing ("tom is in the
# garage"), so such a message is asked about, never acted on.
FIRST_NAMES = frozenset({
    "aaron", "abby", "adam", "aiden", "alan", "alex", "alfie", "ali", "alice", "amelia", "amir",
    "amy", "andy", "ann", "anna", "archie", "arthur", "ava", "bella", "ben", "beth", "bill", "bob",
    "brian", "callum", "cameron", "carl", "carol", "charlie", "chloe", "chris", "claire", "colin",
    "connor", "craig", "dan", "daniel", "dave", "david", "dean", "debbie", "derek", "dylan", "ed",
    "eddie", "ella", "ellie", "emily", "emma", "eric", "ethan", "eve", "evie", "finn", "fred",
    "freddie", "gary", "george", "grace", "hannah", "harry", "harvey", "heidi", "holly", "ian",
    "isaac", "isla", "jack", "jacob", "jake", "james", "jamie", "jane", "jen", "jenny", "jess",
    "jessica", "jim", "jimmy", "jo", "joe", "john", "jon", "jordan", "josh", "jude", "julie",
    "kate", "katie", "kev", "kevin", "kim", "laura", "lauren", "lee", "leo", "liam", "lily", "lisa",
    "lucy", "luke", "maddie", "maria", "mark", "martin", "mary", "matt", "max", "megan", "mia",
    "michael", "mike", "millie", "molly", "nat", "nathan", "neil", "nick", "noah", "olive",
    "oliver", "olivia", "ollie", "oscar", "paul", "pete", "peter", "phil", "poppy", "priya",
    "rachel", "raj", "ray", "rob", "robbie", "rose", "ruby", "ryan", "sally", "sam", "sara",
    "sarah", "scott", "sean", "seb", "simon", "sophie", "steve", "sue", "ted", "tess", "theo",
    "tim", "toby", "tom", "tommy", "tony", "tyler", "will", "zac", "zoe",
})  # fmt: skip
