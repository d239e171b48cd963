"""Read-only questions in less common shapes, and chat that asks for nothing.

Questions wrapped in a request ("would you mind telling me…"), said topic first
("the loft: what's up there"), about loans, history and help; and chat that is no
question about a thing ("where did the week go", "testing testing").
"""

import pytest

from llm.fast.embedded import direct_question
from llm.fast.out_questions import parse_out_question
from llm.fast.parser import parse_fast


def find(query):
    return {"type": "find", "query": query}


def contents(place):
    return {"type": "contents", "place": place}


def out(person=None):
    return {"type": "out", "person": person} if person else {"type": "out"}


def history(query=None):
    return {"type": "history", "query": query} if query else {"type": "history"}


HELP = {"type": "help"}
LIST_PLACES = {"type": "list_places"}

QUESTIONS = [
    ("what happen to the ginseng boxes", [history("ginseng boxes")]),  # said by learners
    ("who changed box 3 last", [history("box 3")]),
    ("have we got any first aid kits left at school?", [find("first aid kits")]),
    # asked of a labelled place, said without an article
    ("is there a drill in bin C?", [find("drill")]),  # where it is answers whether it is there
    ("is there a drill in bin 4", [find("drill")]),
    # a contraction typed without its apostrophe
    ("wheres the baby motrin shes burning up", [find("baby motrin")]),
    ("wherere my keys", [find("keys")]),
    # "where" said in the language the household mixes in
    ("furoshiki doko?", [find("furoshiki")]),
    ("las llaves donde?", [find("las llaves")]),
    ("pressure cooker kahan hai?? need to make dal", [find("pressure cooker")]),
    # whether there is one, then where
    ("do we still have the pasting table and if so where is it?", [find("pasting table")]),
    ("have we got any more of the little shampoos, and where?", [find("little shampoos")]),
    (
        "Do I have the Dune: Imperium box stored anywhere, and if so, where exactly?",
        [find("Dune: Imperium box")],
    ),
    ("show getabako contents", [contents("getabako")]),
    ("list the shed's contents", [contents("shed")]),
    ("when did the cooler go out last", [history("cooler")]),
    ("How many storage spots have I actually told you about?", [LIST_PLACES]),
    ("is there any squash left in cage 2?", [find("squash")]),
    ("does bin C have my shin guards", [find("shin guards")]),
    ("has the tool box got the allen keys in it?", [find("allen keys")]),
    # one place or another
    ("is the slow cooker in the loft or the garage?", [find("slow cooker")]),
    ("did we leave the gazebo at the caravan or bring it home", [find("gazebo")]),
    ("shelf or drawer for the glue gun?", [find("glue gun")]),
    # "where is" and "what's in" in other languages
    ("cadê o carregador", [find("carregador")]),
    ("wapi the torch", [find("torch")]),
    ("the panga iko wapi", [find("panga")]),
    ("asan na yung payong?", [find("payong")]),
    ("que hay en la bodega?", [contents("bodega")]),
    ("almirah mein kya hai?", [contents("almirah")]),
    ("ano laman ng box 3?", [contents("box 3")]),
    # what is lent to someone, and shorthand before a question mark
    ("anything still lent to Marcus", [out("Marcus")]),
    ("has Bev still got owt?", [out("Bev")]),
    ("where's the rain cover gone, it's chucking it down", [find("rain cover")]),
    ("have we got any plasters left n where are they", [find("plasters")]),
    ("who's borrowed stuff off me", [out()]),
    ("what Priya borrow from us", [out("Priya")]),
    ("anything still signed out from the jamboree?", [out()]),
    ("have I got any fleece and if so where", [find("fleece")]),
    ("what did I last do with the pressure washer", [history("pressure washer")]),
    ("eh where's my scarf, freezing out", [find("scarf")]),
    ("help, what commands are there", [HELP]),
    # said topic first, or with a particle at the end
    ("the rice cooker where ah?", [find("rice cooker")]),
    ("my passport put where already", [find("passport")]),
    ("store room got what inside", [contents("store room")]),
    ("what storage places i got", [{"type": "list_places"}]),
    ("how to use this", [HELP]),
    ("where's the ice scraper, and whats in the boot?", [find("ice scraper"), contents("boot")]),
    # chatter before the question, and a statement before it that is no topic
    ("ugh this week has been mad, where is the calpol", [find("calpol")]),
    ("morning! where did we put the paddling pool?", [find("paddling pool")]),
    ("the dog's moulting, where's the lint roller?", [find("lint roller")]),
    ("where did I leave my wallet, I had it an hour ago", [find("wallet")]),
    ("what box did we put the wedding photos in", [find("wedding photos")]),
    ("which drawer did I stick the fuses in", [find("fuses")]),
    ("when did the blue tote come back?", [history("blue tote")]),
    ("are there any stamps left anywhere??", [find("stamps")]),
    ("Please tell where is the big pan", [find("big pan")]),
    ("What all this bot can do?", [HELP]),
    ("list our bins and stuff", [{"type": "list_places", "query": "bins"}]),
    ("What changes happened today?", [history()]),
    (
        "Do you know where the passports are kept? The bank wants to see them and I'm away",
        [find("passports")],
    ),
    ("When did we last move the bikes? I've quite lost track of them.", [history("bikes")]),
    ("Which items are given to others currently?", [out()]),
    ("is anything of Mum's still lent out?", [out()]),
    ("Has anybody got anything of ours on loan at present?", [out()]),
    ("where're the dosette boxes", [find("dosette boxes")]),
    ("Which items are given to others currently?", [out()]),
    ("is anything of Mum's still lent out?", [out()]),
    ("Has anybody got anything of ours on loan at present?", [out()]),
    ("where're the dosette boxes", [find("dosette boxes")]),
    ("Has anything been logged against the projector recently?", [history("projector")]),
    ("What went out and came back this week?", [history()]),
    ("Who has the things I have lent?", [out()]),
    ("What does Priya currently have signed out?", [out("Priya")]),
    ("where are the keys to the shed", [find("keys to the shed")]),
    # learners' word order, and words said in a hurry
    ("What I can do with this bot?", [HELP]),
    ("Where I have put the blue scarf?", [find("blue scarf")]),
    ("What there is in the box 5?", [contents("box 5")]),
    ("Where are being my slippers?", [find("slippers")]),
    ("When I have moved the tent the last time?", [history("tent")]),
    ("What changes I have made this week?", [history()]),
    ("Which places I have in the list?", [LIST_PLACES]),
    ("What has Karol from me?", [out("Karol")]),
    ("where tf is my phone charger", [find("phone charger")]),
    ("bro where did i put my headphones", [find("headphones")]),
    ("where is the where are the scissors", [find("scissors")]),
    ("um where are the good pliers the red ones", [find("good pliers")]),
    ("where's the torch, power's gone off", [find("torch")]),
    ("Where is the hammer? I don't find it.", [find("hammer")]),
    ("When was the ladder last moved?", [history("ladder")]),
    ("Could you confirm where the stapler is?", [find("stapler")]),
    ("What's currently booked out?", [out()]),
    ("What has Ms Reid still got from the art store?", [out("Ms Reid")]),
    ("Can you list all the storage locations we have set up?", [LIST_PLACES]),
    ("how does this thing even work lol", [HELP]),
    # dictated punctuation, and a word to the listener at the end
    ("Where did I leave the stepladder question mark", [find("stepladder")]),
    ("wheres the spirit level mate", [find("spirit level")]),
    ("where did we put Dad's old cine camera", [find("old cine camera")]),
    ("where's the bloody tape measure", [find("tape measure")]),
    ("where lies the torch", [find("torch")]),
    ("wya charger", [find("charger")]),
    ("where's the toolbag w/ the spanners", [find("toolbag")]),
    ("have we any printer paper left", [find("printer paper")]),
    ("where do the picnic plates go", [find("picnic plates")]),
    ("where's the spare key for the shed", [find("spare key for the shed")]),
    # undo, with what went wrong said around it
    ("scratch that, wrong tub", [{"type": "undo"}]),
    ("undo that last one mate, I typed wrong", [{"type": "undo"}]),
    ("could you undo the last one please", [{"type": "undo"}]),
    ("eish undo dat", [{"type": "undo"}]),
    ("take it back, wrong shelf number", [{"type": "undo"}]),
    # help, said as a learner or in dialect
    ("how I use this app?", [HELP]),
    ("how to use this", [HELP]),
    ("how does this ting work", [HELP]),
    ("what can I ask u", [HELP]),
    ("what commands does this system accept", [HELP]),
    ("how do I log a loan to my neighbour?", [HELP]),
    ("help pls mate, I'm confused", [HELP]),
    # what is out, said loosely
    ("has Bronwen still got anything of ours", [out("Bronwen")]),
    ("does anyone still have any of my stuff", [out()]),
    ("anything still with Uncle Desmond?", [out("Uncle Desmond")]),
    ("anything not returned yet", [out()]),
    ("anything still out on loan", [out()]),
    ("what's out with Kofi", [out("Kofi")]),
    ("show me everything lent to Marguerite", [out("Marguerite")]),
    ("anythin still oot on loan", [out()]),
    # said to the bot by name first
    ("hi bot, where's the glue gun", [find("glue gun")]),
    ("bot where are the jump leads", [find("jump leads")]),
    ("@homebot help", [HELP]),
    ("where the hell's the tape measure", [find("tape measure")]),
    ("how's this thing work", [HELP]),
    ("how do I tell it I've put something away?", [HELP]),
    ("what've we lent Gwen", [out("Gwen")]),
    ("where's t'big spade", [find("big spade")]),
    ("have we got owt left of the chicken manure", [find("chicken manure")]),
    ("whos got owt borrowed", [out()]),
    ("where are Mr Khan's reading glasses", [find("reading glasses")]),
    ("whr's the funnel", [find("funnel")]),
    ("arre no, undo that", [{"type": "undo"}]),
    ("reverse the last move", [{"type": "undo"}]),
    ("wait where's the tent peg mallet", [find("tent peg mallet")]),
    ("wait wheres the spare house key", [find("spare house key")]),
    ("could you tell me the location of the deeds", [find("deeds")]),
    ("which drawer has the spare keys in it", [find("spare keys")]),
    ("did the camping stove end up in the loft", [find("camping stove")]),
    ("strimmer - in or out?", [find("strimmer")]),
    ("whaur's the torch", [find("torch")]),
    ("roll back the last change", [{"type": "undo"}]),
    ("undo that move, wrong shelf", [{"type": "undo"}]),
    ("delete what I just said", [{"type": "undo"}]),
    ("go back one step", [{"type": "undo"}]),
    ("disregard that last change, if you would", [{"type": "undo"}]),
    ("scratch that, I put the wrong shelf number", [{"type": "undo"}]),
    ("what's been logged today", [history()]),
    ("boss where's the scorebook", [find("scorebook")]),
    ("can I see the recent changes", [history()]),
    ("when were the deckchairs last moved", [history("deckchairs")]),
    ("has anything not come back yet", [out()]),
    ("does Priya still have any of our chairs", [out("Priya")]),
    ("that's not right at all, undo", [{"type": "undo"}]),
    ("what can ya do", [HELP]),
    ("how do I add things on here?", [HELP]),
    ("when'd we last move the kayak", [history("kayak")]),
    ("yeah nah where's the esky", [find("esky")]),
    ("where's the drill n the drill bits", [find("drill"), find("drill bits")]),
    ("where's Freya's swimming bag", [find("swimming bag")]),
    ("whit can ye dae", [HELP]),
    ("how many crates are we keeping track of", [{"type": "list_places", "query": "crates"}]),
    ("how many shelves n cupboards have I got in here", [LIST_PLACES]),
    ("show me what changed today then", [history()]),
    ("change log for this week", [history()]),
    ("show me the tent's history", [history("tent")]),
    ("any news on the gazebo", [history("gazebo")]),
    ("what's the story with the lawnmower", [history("lawnmower")]),
    ("please give me a list of things on loan", [out()]),
    ("who's got my gear", [out()]),
    # history, said loosely
    ("show me the last few changes", [history()]),
    ("what did we move around today", [history()]),
    ("what entries have we made today", [history()]),
    ("who moved the canoe and when", [history("canoe")]),
    ("when was the gazebo taken out", [history("gazebo")]),
    ("when did Grandad bring the wheelbarrow back", [history("wheelbarrow")]),
    ("last time the pressure washer was used", [history("pressure washer")]),
    ("what commands does this support", [HELP]),
    ("nah scratch that lol", [{"type": "undo"}]),
    ("no undo that, wrong crate", [{"type": "undo"}]),
    ("Please cancel the last thing, I made a mistake.", [{"type": "undo"}]),
    # a question inside a request, in statement order
    ("Could you please tell me where I have left the car keys?", [find("car keys")]),
    (
        "would you be ever so kind as to tell me what is in the sewing basket",
        [contents("sewing basket")],
    ),
    ("can you remind me what we packed in the blue suitcase", [contents("blue suitcase")]),
    ("tell me what I stashed in the toy chest", [contents("toy chest")]),
    ("remind me where we keep the spare fuses", [find("spare fuses")]),
    ("do you know which drawer the batteries are in", [find("batteries")]),
    ("I'd like to know if there are any candles left", [find("candles")]),
    ("could you tell me whether the tent is in the loft", [find("tent")]),
    ("What did I say was in the grey crate?", [contents("grey crate")]),
    ("where did I tell you I put the passports", [find("passports")]),
    ("Please let me know which of our things we have lent out.", [out()]),
    ("Could you show me all the places where we store stuff? Thanks", [LIST_PLACES]),
    ("please could you tell me what has changed this week", [history()]),
    # the topic first, then the question about it
    ("picnic rug - where's it gone?", [find("picnic rug")]),
    ("the loft: what's up there", [contents("loft")]),
    ("tool chest — full inventory please", [contents("tool chest")]),
    ("glovebox, what's in it at the moment?", [contents("glovebox")]),
    ("tea lights - how many left?", [find("tea lights")]),
    ("spare bulbs: got any left?", [find("spare bulbs")]),
    ("sander - who has it", [find("sander")]),
    ("the big torch - is it in the van?", [find("big torch")]),
    # the places, and everything
    ("where should stuff go", [LIST_PLACES]),
    ("what are all the locations", [LIST_PLACES]),
    ("which rooms have we set up", [{"type": "list_places", "query": "rooms"}]),
    ("show me every shelf", [{"type": "list_places", "query": "shelves"}]),
    ("how many crates have we got", [{"type": "list_places", "query": "crates"}]),
    ("the whole inventory please", [{"type": "list_places", "query": "everything"}]),
    ("what have we told you about", [{"type": "list_places", "query": "everything"}]),
    # the question, then its topic
    ("what's in there, crate 3?", [contents("crate 3")]),
    ("where are they, the spare duvets", [find("spare duvets")]),
    # a numbered place alone, contents said first, things not places
    ("drawer 7?", [contents("drawer 7")]),
    ("contents: shelf 2", [contents("shelf 2")]),
    ("inventory for the garage", [contents("garage")]),
    ("which things are kept in the cellar", [contents("cellar")]),
    ("what's really in the loft", [contents("loft")]),
    ("what have we still got in the chest freezer", [contents("chest freezer")]),
    ("what's in the garage besides the bikes", [contents("garage")]),
    # how things sit in a place, and places said by what they are next to
    ("what's stacked on the garage shelf", [contents("garage shelf")]),
    ("what's hanging in the hall closet these days", [contents("hall closet")]),
    ("what did we shove behind the sofa", [contents("behind the sofa")]),
    ("what have I tucked under the bed", [contents("under the bed")]),
    ("what belongs in the medicine cabinet", [contents("medicine cabinet")]),
    ("give me the contents of crate 5", [contents("crate 5")]),
    ("could I have a list of what's in the chest freezer", [contents("chest freezer")]),
    ("what have we got tucked away in the loft", [contents("loft")]),
    # is it there, is it empty
    ("are there any lightbulbs in the cellar still", [find("lightbulbs")]),
    ("is crate 6 empty yet or is there still stuff in it", [contents("crate 6")]),
    ("is the green crate still full", [contents("green crate")]),
    ("do we still have bin liners in the utility room", [find("bin liners")]),
    ("any matches in the kitchen drawer?", [find("matches")]),
    ("has crate 2 been unpacked", [contents("crate 2")]),
    ("how full is the chest freezer", [contents("chest freezer")]),
    ("is there anything left in bin 9", [contents("bin 9")]),
    ("shelf 3 - empty yet?", [contents("shelf 3")]),
    # loans
    ("is Grandpa still hanging onto anything of ours", [out("Grandpa")]),
    ("what does Maya have out", [out("Maya")]),
    ("what's Leo got of mine at uni", [out("Leo")]),
    ("what's still lent out to Priya", [out("Priya")]),
    ("everything that's on loan at the moment?", [out()]),
    ("has Bea still got any of our things", [out("Bea")]),
    ("what has Omar borrowed off us", [out("Omar")]),
    ("what is Nell hanging onto", [out("Nell")]),
    ("what's on loan to Kit", [out("Kit")]),
    ("things lent to Rosa?", [out("Rosa")]),
    ("who's got things of mine", [out()]),
    ("current loans please", [out()]),
    ("which items are still on loan", [out()]),
    ("what still has to be given back", [out()]),
    ("who borrowed the hedge trimmer", [find("hedge trimmer")]),
    ("who borrowed the hedge trimmer last", [history("hedge trimmer")]),
    # how much is left
    ("how much of the grey wool is left", [find("grey wool")]),
    # history
    ("when did the bike pump move to the shed", [history("bike pump")]),
    ("when did the winter duvet come out of the vacuum bag", [history("winter duvet")]),
    ("what have we given away lately", [history()]),
    ("when did we get rid of the old cot", [history("old cot")]),
    ("when did the gazebo last go out", [history("gazebo")]),
    ("when did we bring the deckchairs down", [history("deckchairs")]),
    ("when have we the paddling pool last moved", [history("paddling pool")]),
    ("what changed while we were on holiday", [history()]),
    ("did anything happen while I was away?", [history()]),
    ("what's been given away", [history()]),
    ("show me the activity log", [history()]),
    ("how long has the tin opener been missing", [history("tin opener")]),
    ("how long have I had the sewing machine", [history("sewing machine")]),
    ("has the camping stove been moved lately", [history("camping stove")]),
    ("were the deck chairs moved", [history("deck chairs")]),
    ("give me the history of the blue crate", [history("blue crate")]),
    ("when did anyone last add something", [history()]),
    ("what was thrown out this week", [history()]),
    # help
    ("what can the bot do", [HELP]),
    ("where do I start", [HELP]),
    ("I'm new to this, how do I use it?", [HELP]),
    ("I do not know how to use this", [HELP]),
    ("how do I let you know where things are", [HELP]),
    ("Hi. I'm hopeless with phones. What do I do?", [HELP]),
    ("I am a little confused", [HELP]),
    ("how do I actually use this", [HELP]),
    ("How does it work? My son installed it and I'm not sure what to type", [HELP]),
    # a lead-in, time words and a purpose at the end
    ("sorry to bug you again but where's the glue gun", [find("glue gun")]),
    ("where did we put the bulbs last spring", [find("bulbs")]),
    ("where are the curtains for the new flat", [find("curtains")]),
    # wrapped in other ways
    ("Would you mind telling me where the picnic basket is?", [find("picnic basket")]),
    ("could you possibly let me know what is in crate 9", [contents("crate 9")]),
    ("can you check what's in the garage freezer for me", [contents("garage freezer")]),
    ("could you tell me how many tea bags we have left", [find("tea bags")]),
    ("tell me when the lawnmower was last serviced", [history("lawnmower")]),
    ("can you tell me if anything is in bin 12", [contents("bin 12")]),
    ("the cellar - anything down there?", [contents("cellar")]),
    ("swimming bags, any idea where they ended up?", [find("swimming bags")]),
    # verbs of putting, running out, someone borrowing
    ("where'd we shove the deck chairs", [find("deck chairs")]),
    ("got any more batteries?", [find("batteries")]),
    ("is there still some flour in the larder", [find("flour")]),
    ("have we run out of kitchen roll", [find("kitchen roll")]),
    ("are we low on cat food", [find("cat food")]),
    ("has anybody borrowed the wheelbarrow", [find("wheelbarrow")]),
    ("what's kept up in the attic", [contents("attic")]),
    # other ways of looking for a thing
    ("we're trying to find the paddling pool", [find("paddling pool")]),
    ("I can't for the life of me find the corkscrew", [find("corkscrew")]),
    ("where in the world have the scissors got to", [find("scissors")]),
    ("camping stove whereabouts?", [find("camping stove")]),
    (
        "Dear WMS, where would I find the big roasting tin? Many thanks, Pat",
        [find("big roasting tin")],
    ),
    ("Pardon me, where are the jigsaws?", [find("jigsaws")]),
    ("where's the red scarf that I knitted last winter", [find("red scarf")]),
    ("where did the rest of the bin bags go", [find("bin bags")]),
    ("where's the frying pan I use for pancakes", [find("frying pan")]),
    ("where is the rug we bought in Spain", [find("rug")]),
    ("where are my other walking boots", [find("walking boots")]),
    ("where do we keep stuff?", [LIST_PLACES]),
    ("sunday roast tin?", [find("sunday roast tin")]),
    # what someone said, and chatter or an introduction before the question
    ("my sister says the tent pegs are in the garage?", [find("tent pegs")]),
    ("Hi, it's Elsie. Could you tell me what is in the bureau?", [contents("bureau")]),
    ("Bright morning. Where is my sun hat?", [find("sun hat")]),
    # urgency and exasperation around the question
    ("need to find the spirit level asap", [find("spirit level")]),
    ("argh where are the car keys", [find("car keys")]),
    ("where's the bottle opener ffs", [find("bottle opener")]),
    ("misplaced the tv guide again, where is it", [find("tv guide")]),
    ("seen my wallet?", [find("wallet")]),
    # "where" and "what's in" in Swahili, Punjabi, Spanish; "you" said "yow"
    ("kids books ziko wapi", [find("kids books")]),
    ("kithe hai the dhol?", [find("dhol")]),
    ("what is in el trastero", [contents("trastero")]),
    ("what can yow do bab?", [HELP]),
    ("has anyone got the hedge trimmer out?", [find("hedge trimmer")]),
    ("kwani what's in the SQ?", [contents("SQ")]),
    ("is the deer stand still up at the cabin?", [find("deer stand")]),
    ("what've I got at dad's flat", [contents("dad's flat")]),
    # asked as passed on, or as whether it is still there
    ("paati wants to know what this thing can do, kindly explain", [HELP]),
    ("John wants to know where the uncapping fork's got to", [find("uncapping fork")]),
    ("mango pickle still there or not? where is it", [find("mango pickle")]),
    # which one, said with a size after the thing
    ("where is the big socket set, the 1/2 inch one", [find("big socket set")]),
    # whether any are left, and where; a capital does not make a thing someone
    ("have I got any Bordeaux left, and where is it", [find("Bordeaux")]),
    ("when was the silk saree moved last", [history("silk saree")]),
    ("how do I work this bot thing", [HELP]),
    # Tagalog, Tamil and Southern US ways of asking where
    ("where is sir's passport holder po", [find("passport holder")]),
    ("silk sarees enga vechiruken?", [find("silk sarees")]),
    ("enga irukku the gold jewellery box?", [find("gold jewellery box")]),
    ("where's the car jack machan", [find("car jack")]),
    ("where them briggs float bowl gaskets at", [find("briggs float bowl gaskets")]),
    ("What was the last thing I changed?", [history()]),
    ("what can you do po?", [HELP]),
    # everything a place holds, said as what someone has there
    ("list everything we have in the storage unit", [contents("storage unit")]),
    ("what is everything in the garage?", [contents("garage")]),
    ("can ye tell me everythin that's in ma locker", [contents("locker")]),
    ("list everything that's on loan", [out()]),
    # who has it, asked as whether it is lent
    ("is the ladder lent out to somebody?", [find("ladder")]),
    # a thing said first with a capital, asked about as "it" or "them"
    ("Hairdryer - where is it now please?", [find("hairdryer")]),
    ("Sandbags. Where are they. Rain Thurs", [find("sandbags")]),
    # a shelving word after a place is part of it, not what someone is doing there
    ("whats on the van racking", [contents("van racking")]),
    ("what's on the garage shelving?", [contents("garage shelving")]),
    # a fond word to the listener at the end
    ("how does this work boet?", [HELP]),
    ("how do I use you sugar, my granddaughter set this up and I'm lost", [HELP]),
    ("how do I even use this bot sef", [HELP]),
    # a groan or a cry for help before the comma is no one asked ("Help, …" is not a name)
    ("help, how do i use you", [HELP]),
    ("Oy, the spare key for the Buick, where is it?", [find("spare key for the Buick")]),
    ("gente where are the extension cords", [find("extension cords")]),
    ("ugh where is the drill", [find("drill")]),
    # a list's bullet, a quote's ">", puzzled "??" or a smiley before the words
    ("?? how does this work", [HELP]),
    ("- where is the drill", [find("drill")]),
    (":) where is the drill", [find("drill")]),
    # two things sought, said with "and" or "+" and no article ("tap and die set" is one)
    ("where's my ns uniform and boots", [find("ns uniform"), find("boots")]),
    ("hammer + nails where", [find("hammer"), find("nails")]),
    ("any idea where the mortar and pestle is?", [find("mortar and pestle")]),
    ("where are the nuts and bolts", [find("nuts and bolts")]),
    # one thing said twice with only a comma between; what went wrong, said after it
    ("where are my reading glasses, the spare pair", [find("reading glasses")]),
    ("where's the spare shuttle gone, the loom's jammed again", [find("spare shuttle")]),
    (
        "where's the drill, the kid's bike and the pump",
        [find("drill"), find("kid's bike"), find("pump")],
    ),
    # a phone's capital on the first word
    ("Drill where?", [find("drill")]),
    ("Chainsaw - pump or stores?", [find("chainsaw")]),
    # a storage place said with its article ("any signal in basement?" is no thing of ours)
    ("any char siu left in the walk-in?", [find("char siu")]),
    # a label after a storage word, the Shetland way of asking, "sorry" before a question
    ("Is the Millennium Falcon still in box L1?", [find("Millennium Falcon")]),
    ("what boxes hae we got", [{"type": "list_places", "query": "boxes"}]),
    ("ok so I'm lookin for da tilley lamp, ony idea?", [find("tilley lamp")]),
    ("sorry where'd the marking spray end up? 🙄", [find("marking spray")]),
    # why it is wanted, run on after it: what someone did or has; a word said at the end
    ("where's the first aid kit jakes cut his knee", [find("first aid kit")]),
    ("where did i put the calpol mia's got a temperature", [find("calpol")]),
    ("can you tell me where the car jack is", [find("car jack")]),
    ("WHERE IS MY HEADSET ISTG", [find("headset")]),
    ("where's the walking stick ah", [find("walking stick")]),
    # a grandparent's things, said with no apostrophe ("granny flat" is a place)
    ("wheres grandad spirit level", [find("spirit level")]),
    ("where is nanna rosary", [find("rosary")]),
    ("where are the granny flat keys", [find("granny flat keys")]),
    ("where's the grandpa chair", [find("grandpa chair")]),
    ("where's the witch's hat", [find("witch's hat")]),
    ("where's the remote the kids took", [find("remote")]),
    ("where's the window stay", [find("window stay")]),
    # when it was last moved, asked in any order
    ("when last time i moved the mahjong table", [history("mahjong table")]),
    ("ladder last move when?", [history("ladder")]),
    ("when did a last move the tent", [history("tent")]),
    ("when was last time I put varenye in pantry", [history("varenye")]),
    ("when somebody touched the roof storage last time", [history("roof storage")]),
    ("show me wot ive changed latley", [history()]),
    # a clause after a comma is why it is wanted, not a second thing
    ("where is the menorah, the grandchildren come Friday", [find("menorah")]),
    (
        "where is the drill, the cake stand and the hammer",
        [find("drill"), find("cake stand"), find("hammer")],
    ),
    # two questions
    ("who has the tent and who has the stove", [find("tent"), find("stove")]),
    ("where is the kettle, and where's the toaster", [find("kettle"), find("toaster")]),
]

CHAT = [
    # surprise and plans in a question's tune, not a search
    "there is a spider in the bath?",
    "the meeting still on at 3?",
    "the car still at the garage?",
    # asked of the one spoken to: whose things they have is no person named "stuff you"
    "what stuff you still have from us",
    # "where" in another language, in a sentence that asks no such thing
    "doko ni iku no",
    "onde is my favourite band",
    # contents of no storage place
    "list the zip contents",
    "show home insurance contents",
    # a greeting: what is left after it is no thing sought
    "good morning bot ☕",
    "hang on driving",
    "who changed the baby",
    "who changed his mind",
    # asked of a room, a vehicle or a work place, not of a container
    "does the car have air con",
    "has the van got an mot",
    "does the bag have a hole in it",
    "is there a meeting in room 4",
    "is there an update on case 4",
    "Jacques, is the biltong in your bag or mine?",
    "testing testing",
    "test 1 2 3",
    "knock knock",
    "hello hello",
    "where did the weekend go",
    "where has the time gone",
    "could you set a reminder for friday",
    "to do list: bins, dishes, laundry",
    "spent the whole afternoon sorting the loft",
    "where is Priya",
    "where's the closest garden centre",
    "I wonder if the kettle is in the cupboard",
    "set a timer for ten minutes",
    "just checking",
    "packing list: towels, sun cream",
    "fantastic",
    "sounds great",
    "happy easter",
    "lovely weather",
    "blah blah",
    "ideas for the kids' party?",
    "where's the best spot for the new telly",
    "council tax due monday",
    "gas bill paid",
    "bit chilly today",
    "does the corner shop still have the 3 for 2",
    "what's going on with the weather",
    "put the towels in the airing cupboard?",
    "I stuck it somewhere daft. Where's the saw?",
    "could you play some jazz",
    "Sam, where is he",
    "lekker thanks boet",
    "is the power out?",
    "everything is in the shed",
    "paati is in the pooja room, will ask her after",
    "where them kids at",
    "any Sam left",
    # what happened, greetings and the weather, said alone: no thing to look for
    "yankees lost again smh",
    "pr merged",
    "bom dia",
    "rain again",
    "noted, thanks",
    "knackered. bed.",
    "mum still there?",
    "the meeting moved from monday to friday",
    "poa poa",
    "niaje",
    "the Vikings are in the playoffs!!! skol",
    # "last" that says which one, not when; someone moving, not a thing
    "when is the last bus",
    "when did mum last move in",
    "when i last moved i lost half my stuff",
    "plans 4 the weekend?",
    # chat in the shapes of questions about things (a second reading's)
    "any signal in basement?",
    "is the flight at gate B12",
    "sorry where's my manners",
    "she wants the truth, where is it",
    # a condition, not a question
    "If the calculator isn't in drawer 2 then it is in my school bag.",
    # a time of day is no thing to look for
    "ugh 3am again",
    "5.30pm",
    "tonight",
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS, ids=[text for text, _ in QUESTIONS])
def test_reads_questions_in_less_common_shapes(text, expected):
    assert parse_fast(text).to_json_dict() == {"actions": expected}


def test_a_question_to_someone_by_name_is_not_for_the_bot():
    for text in ("Mum, where did you put the big wok?", "Dave, have you got the drill?"):
        assert parse_fast(text, loose=True).actions == [], text
    assert parse_fast("Also, where did you put the drill?").to_json_dict() == {
        "actions": [find("drill")]
    }


@pytest.mark.parametrize("text", CHAT)
def test_chat_is_no_question(text):
    assert parse_fast(text).actions == []


def test_a_question_inside_a_request_is_put_in_question_order():
    assert direct_question("can you tell me where I have put the hammer") == (
        "where have I put the hammer"
    )
    assert direct_question("which box the hammer is in") == "which box is the hammer in"
    assert direct_question("where is the hammer") is None


@pytest.mark.parametrize("text", ["what do they have of ours", "what does he have of mine"])
def test_a_pronoun_is_no_borrower(text):
    # who "they" are was said elsewhere: no one called "do they"
    assert parse_out_question(text) is None


def test_a_question_before_where_is_not_taken_for_a_thing_said_alone():
    # "any sign of …?" asks already: its thing is the jump leads, not "sign of the jump leads"
    result = parse_fast("any sign of the jump leads? where did i leave them", loose=True)
    assert [action.query for action in result.actions] == ["jump leads"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "where is the drill, put the saw in bin 4",
            [
                find("drill"),
                {"type": "store", "items": [{"name": "saw", "quantity": 1}], "place": "bin 4"},
            ],
        ),
        (
            "where is the drill? lent the saw to Dave",
            [
                find("drill"),
                {"type": "take", "items": [{"name": "saw", "quantity": 1}], "person": "Dave"},
            ],
        ),
        (
            "moved the saw to the shed, where is the drill",
            [
                {"type": "move", "items": [{"name": "saw", "quantity": 1}], "place": "shed"},
                find("drill"),
            ],
        ),
    ],
)
def test_a_question_and_a_change_beside_it_are_both_read(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(
    "text",
    [
        "where is the drill? put it in bin 4",  # which thing "it" is, the message does not say
        "wigs are in the blue flight case, labelled",  # a remark, not a question
    ],
)
def test_no_change_is_added_beside_a_question_unless_plainly_said(text):
    result = parse_fast(text, loose=True)
    assert not any(action.type == "find" for action in result.actions) or all(
        action.type == "find" for action in result.actions
    )
