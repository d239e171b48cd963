"""The fast parser: what it reads, exactly, and what it must leave to the LLM."""

from __future__ import annotations

import time

import pytest

from llm.chain import parse_text
from llm.fast.certainty import only_reads
from llm.fast.parser import parse_fast

KNOWN_PLACES = ("Bin 4", "Garage", "Shelf B", "Ana's corner", "Cupboard under the stairs")


def it(name, quantity=1, *, unit=None):
    """An item as said without a number ("the drill")."""
    data = {"name": name, "quantity": quantity}
    if unit:
        data["unit"] = unit
    return data


def all_of(name):
    """An item said as all of it ("used up the glue", "the last candle")."""
    return {**it(name), "portion": "all"}


def n(name, quantity, *, unit=None):
    """An item said with a number ("3 AA batteries"): counted."""
    return {**it(name, quantity, unit=unit), "counted": True}


def act(type_, **fields):
    return {"type": type_, **{key: value for key, value in fields.items() if value is not None}}


def store(place, *items):
    return act("store", items=list(items), place=place)


def move(place, *items, from_place=None):
    return act("move", items=list(items), place=place, from_place=from_place)


def take(*items, from_place=None):
    return act("take", items=list(items), from_place=from_place)


def give_back(*items, place=None):
    return act("return", items=list(items), place=place)


def use(*items, from_place=None):
    return act("use", items=list(items), from_place=from_place)


def discard(*items):
    return act("discard", items=list(items))


def rename(new_name, *items, place=None):
    return act("rename", items=list(items) or None, place=place, new_name=new_name)


def place(name, parent):
    return act("place", place=name, parent=parent)


def contents(name):
    return act("contents", place=name)


def list_places(query=None):
    return act("list_places", query=query)


def find(query):
    return act("find", query=query)


LONG_NAME = "x" * 320


def history(query):
    return act("history", query=query)


UNDO = act("undo")
HELP = act("help")

POSITIVE = [
    # store
    ("I put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("I've put the drill in bin 4.", [store("bin 4", it("drill"))]),
    ("I just put the drill in bin 4!", [store("bin 4", it("drill"))]),
    ("we put the drill in bin 4 please", [store("bin 4", it("drill"))]),
    ("please put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("ok, put the drill in bin 4", [store("bin 4", it("drill"))]),
    # what is next or what it was like, run on after the things without a comma
    ("used the last of the ptfe tape need more", [use(all_of("ptfe tape"))]),
    ("binned the old blow torch nozle its nackered", [discard(it("old blow torch nozle"))]),
    # "-ing" without its g at the end of a clause ("sleepin bags" stays as said), "o" for "of"
    ("we used up the last of the weetbix this mornin", [use(all_of("weetbix"))]),
    ("used up da rest o da sheep dip", [use(all_of("sheep dip"))]),
    ("put the sleepin bags in the loft", [store("loft", it("sleepin bags"))]),
    ("Magnie's brocht da trailer back", [act("return", items=[it("trailer")], person="Magnie")]),
    # common misspellings of the little words
    ("have i got a 28mm pipe slice anywere", [{"type": "find", "query": "28mm pipe slice"}]),
    ("scrach that", [{"type": "undo"}]),
    # where it belongs, said again after it
    ("put the drill in the shed, where it usually goes", [store("shed", it("drill"))]),
    # the shop it was bought at is no place it is kept in
    (
        "bought a new kettle at tesco, put it in the kitchen cupboard",
        [store("kitchen cupboard", it("new kettle"))],
    ),
    (
        "bought 10 tins of chickpeas at the cash n carry, put em on the pantry shelf",
        [store("pantry shelf", n("chickpeas", 10, unit="tins"))],
    ),
    # a feast is a name ("xmas"), quoted or not
    (
        "Call the grey box under the stairs 'xmas'",
        [rename("xmas", place="grey box under the stairs")],
    ),
    ("rename box 3 to xmas", [rename("xmas", place="box 3")]),
    # "lock up" said without its hyphen after "from" or "rename"
    (
        "moved the spare rads from lock up to the garage",
        [move("garage", it("spare rads"), from_place="lock-up")],
    ),
    ("rename lock up to unit 14", [rename("unit 14", place="lock-up")]),
    (
        "the spare expansion vesel is in the lock up now",
        [store("lock-up", it("spare expansion vesel"))],
    ),
    # a groan before it, said of what was done
    ("blimey, moved the peas to the garage freezer", [move("garage freezer", it("peas"))]),
    ("Put the Drill in Bin 4", [store("Bin 4", it("Drill"))]),
    ("PUT THE DRILL IN BIN 4", [store("bin 4", it("drill"))]),  # shouted: read in lower case
    ("I'm putting the drill in bin 4", [store("bin 4", it("drill"))]),
    ("put the drill into bin 4", [store("bin 4", it("drill"))]),
    ("put the drill inside bin 4", [store("bin 4", it("drill"))]),
    ("put my drill in BIN #4", [store("BIN #4", it("drill"))]),
    ("put the drill in bin no. 4", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 now", [store("bin 4", it("drill"))]),
    ("store the drill in bin 4", [store("bin 4", it("drill"))]),
    ("put the hat on shelf B", [store("shelf B", it("hat"))]),
    ("put the vacuum under the stairs", [store("under the stairs", it("vacuum"))]),
    ("left the keys at the office", [store("office", it("keys"))]),
    ("I keep my passport in the desk drawer", [store("desk drawer", it("passport"))]),
    ("kept the receipts in the blue folder", [store("blue folder", it("receipts"))]),
    ("stashed the cash in the safe", [store("safe", it("cash"))]),
    ("stashed the presents in the closet yesterday", [store("closet", it("presents"))]),
    ("stored the christmas lights in the attic box", [store("attic box", it("christmas lights"))]),
    (
        "we've stored the christmas lights in the attic box",
        [store("attic box", it("christmas lights"))],
    ),
    ("put a drill in bin 4", [store("bin 4", it("drill"))]),
    ("put some batteries in the drawer", [store("drawer", it("batteries"))]),
    ("put the shoe box in the closet", [store("closet", it("shoe box"))]),
    (
        "put 3 AA batteries and the tape measure in the kitchen drawer",
        [store("kitchen drawer", n("AA batteries", 3), it("tape measure"))],
    ),
    (
        "put 3 more AA batteries in the kitchen drawer",
        [store("kitchen drawer", n("AA batteries", 3))],
    ),
    ("placed two batteries on shelf B", [store("shelf B", n("batteries", 2))]),
    ("put one battery in the drawer", [store("drawer", n("battery", 1))]),
    ("put a dozen eggs in the fridge", [store("fridge", n("eggs", 12))]),
    ("put two dozen eggs in the fridge", [store("fridge", n("eggs", 24))]),
    ("put twenty-five screws in box 3", [store("box 3", n("screws", 25))]),
    ("put 1,000 screws in box 3", [store("box 3", n("screws", 1000))]),
    ("put 1000000 screws in box 3", [store("box 3", n("screws", 1_000_000))]),
    ("put 3 rolls of tape in the drawer", [store("drawer", n("tape", 3, unit="rolls"))]),
    ("put 2 kg rice in the pantry", [store("pantry", n("rice", 2, unit="kg"))]),
    ("put 3 of the batteries in the drawer", [store("drawer", n("batteries", 3))]),
    ("put 3 9V batteries in the drawer", [store("drawer", n("9V batteries", 3))]),
    (
        "put the drill, the saw, and the hammer in bin 4",
        [store("bin 4", it("drill"), it("saw"), it("hammer"))],
    ),
    (
        "put the drill, the saw and 2 hammers in bin 4",
        [store("bin 4", it("drill"), it("saw"), n("hammers", 2))],
    ),
    (
        "put the drill in bin 4 and the saw in bin 2",
        [store("bin 4", it("drill")), store("bin 2", it("saw"))],
    ),
    (
        "put the drill in the cupboard under the stairs",
        [store("cupboard under the stairs", it("drill"))],
    ),
    ("put the can of paint in the shed", [store("shed", it("can of paint"))]),
    ("put the ‘drill’ in bin 4", [store("bin 4", it("drill"))]),
    ("put the kids' toys in the toy box", [store("toy box", it("kids' toys"))]),
    ("put\tthe drill  in bin 4", [store("bin 4", it("drill"))]),
    ("the passport is in the desk drawer", [store("desk drawer", it("passport"))]),
    ("the drill goes in bin 4", [store("bin 4", it("drill"))]),
    ("the drill lives in bin 4", [store("bin 4", it("drill"))]),
    ("the drill belongs in bin 4", [store("bin 4", it("drill"))]),
    ("the drill's in bin 4", [store("bin 4", it("drill"))]),
    ("the keys are on the hook", [store("hook", it("keys"))]),
    ("my phone is on the desk", [store("desk", it("phone"))]),
    ("Ana's drill is in bin 4", [store("bin 4", it("drill"))]),  # whose: not its name
    ("the drill and the saw are in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("the phone case is in bin 4", [store("bin 4", it("phone case"))]),
    ("the laptop bag is in the closet", [store("closet", it("laptop bag"))]),
    ("the batteries are in the kitchen drawer", [store("kitchen drawer", it("batteries"))]),
    ("the drill is now in bin 4", [store("bin 4", it("drill"))]),
    ("the bike is in the car", [store("car", it("bike"))]),
    ("dropped the keys in the bowl", [store("bowl", it("keys"))]),
    ("packed the winter clothes in box 3", [store("box 3", it("winter clothes"))]),
    # move
    ("moved the drill to bin 2", [move("bin 2", it("drill"))]),
    ("moved the drill into bin 2", [move("bin 2", it("drill"))]),
    ("move the saw from bin 2 to the shed", [move("shed", it("saw"), from_place="bin 2")]),
    ("moved the drill over to bin 2", [move("bin 2", it("drill"))]),
    (
        "moved the drill out of bin 4 into bin 2",
        [move("bin 2", it("drill"), from_place="bin 4")],
    ),
    ("I moved the drill and the saw to the shed", [move("shed", it("drill"), it("saw"))]),
    (
        "moved the drill to bin 2 and the saw to bin 3",
        [move("bin 2", it("drill")), move("bin 3", it("saw"))],
    ),
    ("shifted the ladder to the garage", [move("garage", it("ladder"))]),
    ("relocated the tent to the loft", [move("loft", it("tent"))]),
    # take
    ("I took the ladder out of the shed", [take(it("ladder"), from_place="shed")]),
    ("took the ladder out", [take(it("ladder"))]),
    ("I've taken out the ladder", [take(it("ladder"))]),
    ("took out the ladder", [take(it("ladder"))]),
    ("took a ladder out of the shed", [take(it("ladder"), from_place="shed")]),
    ("I took the ladder", [take(it("ladder"))]),
    ("grabbed the ladder from the shed", [take(it("ladder"), from_place="shed")]),
    ("borrowed the ladder from the shed", [take(it("ladder"), from_place="shed")]),
    ("took 2 batteries out of the drawer", [take(n("batteries", 2), from_place="drawer")]),
    ("removed the drill from bin 4", [take(it("drill"), from_place="bin 4")]),
    ("got the ladder out of the shed", [take(it("ladder"), from_place="shed")]),
    ("pulled out the tent", [take(it("tent"))]),
    # return
    ("put the ladder back", [give_back(it("ladder"))]),
    ("put back the ladder", [give_back(it("ladder"))]),
    ("put the ladder back in the shed", [give_back(it("ladder"), place="shed")]),
    ("I put the drill back in bin 4", [give_back(it("drill"), place="bin 4")]),
    ("put the ladder back where it belongs", [give_back(it("ladder"))]),
    ("brought the ladder back", [give_back(it("ladder"))]),
    ("returned the ladder", [give_back(it("ladder"))]),
    ("returned the ladder to the shed", [give_back(it("ladder"), place="shed")]),
    ("returned the drill and the saw", [give_back(it("drill"), it("saw"))]),
    ("the ladder is back", [give_back(it("ladder"))]),
    ("the ladder's back", [give_back(it("ladder"))]),
    ("the ladder is back in the shed", [give_back(it("ladder"), place="shed")]),
    # what it is back under or behind is no place alone
    (
        "the camp beds are back under the stairs",
        [give_back(it("camp beds"), place="under the stairs")],
    ),
    (
        "put the ironing board back behind the door",
        [give_back(it("ironing board"), place="behind the door")],
    ),
    ("Laptop 3 was returned by James", [act("return", items=[it("Laptop 3")], person="James")]),
    # use
    ("used 2 AA batteries", [use(n("AA batteries", 2))]),
    ("used two AA batteries", [use(n("AA batteries", 2))]),
    ("used up the glue", [use(all_of("glue"))]),
    ("used the glue up", [use(all_of("glue"))]),
    ("I used the last battery", [use(all_of("battery"))]),
    (
        "used 2 batteries from the kitchen drawer",
        [use(n("batteries", 2), from_place="kitchen drawer")],
    ),
    ("finished the milk", [use(all_of("milk"))]),
    # discard
    ("threw away the old charger", [discard(it("old charger"))]),
    ("throw away the old charger", [discard(it("old charger"))]),
    ("threw the old charger away", [discard(it("old charger"))]),
    ("threw out the old charger", [discard(it("old charger"))]),
    ("threw the old charger in the trash", [discard(it("old charger"))]),
    ("chucked the old charger out", [discard(it("old charger"))]),
    ("tossed the old charger", [discard(it("old charger"))]),
    ("binned the old charger", [discard(it("old charger"))]),
    ("got rid of the old charger", [discard(it("old charger"))]),
    ("discarded the broken lamp", [discard(it("broken lamp"))]),
    ("donated the old coat", [discard(it("old coat"))]),
    ("donated the bike to goodwill", [discard(it("bike"))]),
    ("gave away the bike", [discard(it("bike"))]),
    ("gave the bike away", [discard(it("bike"))]),
    ("sold the bike", [discard(it("bike"))]),
    ("recycled the cans", [discard(it("cans"))]),
    # rename
    ("rename the drill to cordless drill", [rename("cordless drill", it("drill"))]),
    ("renamed the drill to cordless drill", [rename("cordless drill", it("drill"))]),
    (
        "change the name of the drill to cordless drill",
        [rename("cordless drill", it("drill"))],
    ),
    ("rename bin 4 to tools bin", [rename("tools bin", place="bin 4")]),
    ("rename Bin 4 as Tools Bin", [rename("Tools Bin", place="Bin 4")]),
    ("rename the garage to workshop", [rename("workshop", place="garage")]),
    ('rename the drill to "cordless drill"', [rename("cordless drill", it("drill"))]),
    # place
    # a nested place is read whole; the executor nests it (tests/bot/test_router.py)
    ("bin 4 is on shelf B in the garage", [place("bin 4", "shelf B in the garage")]),
    ("tub 3 is in the cupboard under the stairs", [place("tub 3", "cupboard under the stairs")]),
    ("shoebox 1 is on the wardrobe shelf", [place("shoebox 1", "wardrobe shelf")]),
    ("the shelf is in the garage", [place("shelf", "garage")]),
    ("Shelf B is in the Garage", [place("Shelf B", "Garage")]),
    ("garage is in the house", [place("garage", "house")]),
    ("box 12 is in the attic", [place("box 12", "attic")]),
    ("the toolbox is in the garage", [place("toolbox", "garage")]),
    ("the biscuit tin lives in the pantry", [place("biscuit tin", "pantry")]),
    ("the sock organiser is in the top drawer", [place("sock organiser", "top drawer")]),
    ("Ana's corner is in the garage", [place("Ana's corner", "garage")]),
    ("I put bin 4 on shelf B", [place("bin 4", "shelf B")]),
    ("put box 12 in the attic", [place("box 12", "attic")]),
    ("moved bin 4 to the garage", [place("bin 4", "garage")]),
    # contents
    ("what's in bin 4?", [contents("bin 4")]),
    ("what is in the kitchen drawer", [contents("kitchen drawer")]),
    ("whats inside bin 4", [contents("bin 4")]),
    ("what's in BIN #4?", [contents("BIN #4")]),
    ("what's in bin four", [contents("bin 4")]),
    ("what's on shelf B?", [contents("shelf B")]),
    ("what is on the top shelf", [contents("top shelf")]),
    ("what is in bin4", [contents("bin4")]),
    ("what do I have in the garage?", [contents("garage")]),
    ("what did I put in bin 4?", [contents("bin 4")]),
    ("what does bin 4 contain?", [contents("bin 4")]),
    ("show the garage", [contents("garage")]),
    ("show me bin 4", [contents("bin 4")]),
    ("show me what's in bin 4", [contents("bin 4")]),
    ("contents of bin 4", [contents("bin 4")]),
    ("bin 4 contents", [contents("bin 4")]),
    ("inventory of the garage", [contents("garage")]),
    ("list bin 4", [contents("bin 4")]),
    ("what's in the cupboard under the stairs", [contents("cupboard under the stairs")]),
    # a numbered place said without "the" holds another
    ("put the torch in the drawer in box 2", [store("drawer in box 2", it("torch"))]),
    (
        "the spare duvet is on the top shelf of the wardrobe in bedroom 1",
        [store("top shelf of the wardrobe in bedroom 1", it("spare duvet"))],
    ),
    # two people's place, and places named "under …"
    (
        "put the surfboards in mum and dad's garage",
        [store("mum and dad's garage", it("surfboards"))],
    ),
    ("what's in nan and grandads shed", [contents("nan and grandads shed")]),
    ("put the squash in the under counter fridge", [store("under counter fridge", it("squash"))]),
    ("what's in the under stairs cupboard", [contents("under stairs cupboard")]),
    # a place inside a person's room, a room said bare, a floor said after
    (
        "moved the spare duvet to the chest in Nana's room",
        [move("chest in Nana's room", it("spare duvet"))],
    ),
    ("what is in the trunk above garage", [contents("trunk above garage")]),
    ("what's in the airing cupboard downstairs", [contents("airing cupboard downstairs")]),
    ("Bin #4?", [contents("Bin #4")]),
    ("bin 4", [contents("bin 4")]),
    ("the garage", [contents("garage")]),
    # list_places
    ("list my bins", [list_places("bins")]),
    ("list my boxes", [list_places("boxes")]),
    ("list places", [list_places()]),
    ("list all places", [list_places()]),
    ("show my places", [list_places()]),
    ("show me all my places", [list_places()]),
    ("show me my bins", [list_places("bins")]),
    ("list shelves", [list_places("shelves")]),
    ("list", [list_places()]),
    ("list the places", [list_places()]),
    ("what places do I have", [list_places()]),
    ("what bins do I have?", [list_places("bins")]),
    # find
    ("where is the drill?", [find("drill")]),
    ("where's the drill", [find("drill")]),
    ("where’s the drill", [find("drill")]),
    ("Wher's my dril", [find("dril")]),
    ("whers the drill", [find("drill")]),
    ("whre is the drill", [find("drill")]),
    ("where are the drills", [find("drills")]),
    ("where did I put my passport", [find("passport")]),
    ("where are the christmas lights", [find("christmas lights")]),
    ("where did I leave the keys", [find("keys")]),
    ("where are my keys kept?", [find("keys")]),
    ("where does the drill go?", [find("drill")]),
    ("where can I find the drill", [find("drill")]),
    ("where drill", [find("drill")]),
    ("wheres my drill", [find("drill")]),
    ("where is my drill at", [find("drill")]),
    ("where did we put the tent", [find("tent")]),
    ("hey, where is the drill?", [find("drill")]),
    ("where is the drill please", [find("drill")]),
    ("where is the drill and the saw", [find("drill"), find("saw")]),
    ("where are the salt and pepper", [find("salt and pepper")]),
    ("do I have any batteries?", [find("batteries")]),
    ("have I got any tape?", [find("tape")]),
    ("got any tape?", [find("tape")]),
    ("is there a drill?", [find("drill")]),
    ("are there any batteries left?", [find("batteries")]),
    ("how many batteries do I have?", [find("batteries")]),
    ("find the drill", [find("drill")]),
    ("find drill", [find("drill")]),
    ("look for the drill", [find("drill")]),
    ("search for the tape measure", [find("tape measure")]),
    ("locate the drill", [find("drill")]),
    ("what tools do I have", [find("tools")]),
    # history
    ("when did I last move the drill?", [history("drill")]),
    ("when did I last use the glue", [history("glue")]),
    ("when did I put the drill in bin 4", [history("drill")]),
    ("when was the drill last moved?", [history("drill")]),
    ("when was the last time I used the glue?", [history("glue")]),
    ("history of the drill", [history("drill")]),
    ("history drill", [history("drill")]),
    ("drill history", [history("drill")]),
    ("show history for the drill", [history("drill")]),
    ("show me the history of the drill", [history("drill")]),
    ("who moved the drill?", [history("drill")]),
    ("who took the ladder out of the shed?", [history("ladder")]),
    ("who had the drill last?", [history("drill")]),
    # undo and help
    ("undo", [UNDO]),
    ("undo that", [UNDO]),
    ("undo last", [UNDO]),
    ("undo the last change", [UNDO]),
    ("oops undo", [UNDO]),
    ("oops, undo that!", [UNDO]),
    ("revert that", [UNDO]),
    ("help", [HELP]),
    ("help me", [HELP]),
    ("?", [HELP]),
    ("what can you do", [HELP]),
    ("what can I say?", [HELP]),
    ("how does this work?", [HELP]),
    ("commands", [HELP]),
    # slash commands
    ("/help", [HELP]),
    ("/start", [HELP]),
    ("/undo", [UNDO]),
    ("/where drill", [find("drill")]),
    ("/where@WmsBot drill", [find("drill")]),
    ("/find the drill", [find("drill")]),
    ("/wms where drill", [find("drill")]),
    ("/list bin 4", [contents("bin 4")]),
    ("/show garage", [contents("garage")]),
    ("/list", [list_places()]),
    ("/list bins", [list_places("bins")]),
    ("/places", [list_places()]),
    ("/history drill", [history("drill")]),
    ("/put the drill in bin 4", [store("bin 4", it("drill"))]),
    # lead-in words are dropped, never stored as part of the item
    ("btw the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("btw, the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("fyi the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("FYI: the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("note: the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("update: the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("um the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("yeah the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("ok so the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("now the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("finally the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("luckily the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("sadly the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("anyway, I put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("actually the drill is in bin 2", [store("bin 2", it("drill"))]),
    ("hey wms, put the drill in bin 4", [store("bin 4", it("drill"))]),
    (
        "put 3 AA batteries, the tape measure and the drill in the drawer",
        [store("drawer", n("AA batteries", 3), it("tape measure"), it("drill"))],
    ),
    (
        "the drill, the saw and the hammer are in bin 4",
        [store("bin 4", it("drill"), it("saw"), it("hammer"))],
    ),
    ("the lord of the rings dvd is on shelf B", [store("shelf B", it("lord of the rings dvd"))]),
    ("put the vitamin a tablets in the cupboard", [store("cupboard", it("vitamin a tablets"))]),
    ("put the drill in bin a", [store("bin a", it("drill"))]),
    # typos of "what's" ask about a place
    ("waht's in bin 4", [contents("bin 4")]),
    ("wat's in bin 4", [contents("bin 4")]),
    ("whta's in bin 4", [contents("bin 4")]),
    ("wht's in bin 4", [contents("bin 4")]),
    # time, purpose and noise words after the place are dropped
    (
        "I put the stapler in the desk drawer last week",
        [store("desk drawer", it("stapler"))],
    ),
    ("moved the drill to the shed for the winter", [move("shed", it("drill"))]),
    ("put the drill in bin 4 2 days ago", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 a few days ago", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 the other day", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 earlier", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 just now", [store("bin 4", it("drill"))]),
    ("put the drill in the shed last month", [store("shed", it("drill"))]),
    ("put the drill in the shed last weekend", [store("shed", it("drill"))]),
    ("put the drill in the shed for safekeeping", [store("shed", it("drill"))]),
    ("put the drill in the shed for the time being", [store("shed", it("drill"))]),
    ("put the drill in the shed for the summer", [store("shed", it("drill"))]),
    ("put the cake in the fridge for later", [store("fridge", it("cake"))]),
    ("put the drill in bin 4 btw", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 fyi", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 lol", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 first", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 mate", [store("bin 4", it("drill"))]),
    # whose a thing is is no part of its name; a role's thing keeps it
    ("put Grandad's old fishing reel in the loft", [store("loft", it("old fishing reel"))]),
    # whose, typed without a capital: still who owns it, not the thing's name
    (
        "put greg's whipper snipper back in the shed",
        [act("return", items=[it("whipper snipper")], place="shed")],
    ),
    ("moved tutu's puzzles into the hall closet", [move("hall closet", it("puzzles"))]),
    # … but not after an article: the thing's part, what it is made of, a costume
    ("the drill's charger is in the drawer", [store("drawer", it("drill's charger"))]),
    ("put the goat's milk in the fridge", [store("fridge", it("goat's milk"))]),
    # … nor a name's own: "bird's nest"
    ("put the bird's nest fern in the porch", [store("porch", it("bird's nest fern"))]),
    ("put my mum's sewing kit in box 3", [store("box 3", it("sewing kit"))]),
    ("put the Mayor's chain in the safe", [store("safe", it("Mayor's chain"))]),
    ("put the fireman's helmet on shelf 2", [store("shelf 2", it("fireman's helmet"))]),
    ("put Theo's lunchbox in Mum's room", [store("Mum's room", it("lunchbox"))]),
    ("put the drill in bin 4 la", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 né", [store("bin 4", it("drill"))]),
    ("Kamau returned the drill jana", [act("return", items=[it("drill")], person="Kamau")]),
    ("put Oscar's wellies in the porch", [store("porch", it("wellies"))]),
    ("put the drill in bin 4 fiiinally kkk", [store("bin 4", it("drill"))]),
    ("threw away the old charger, finally", [discard(it("old charger"))]),
    ("threw away the old charger last week", [discard(it("old charger"))]),
    (
        "took the ladder out of the shed for the weekend",
        [take(it("ladder"), from_place="shed")],
    ),
    # verbs of moving and of getting rid, said of the thing
    (
        "The metric tap and die set has migrated to drawer 7.",
        [move("drawer 7", it("metric tap and die set"))],
    ),
    # "an" said for "and"; how long a loan lasts said as a clause; "fully" after a thing
    (
        "lent the boil pot an burner to Pastor Landry for the church fish fry",
        [act("take", items=[it("boil pot"), it("burner")], person="Pastor Landry")],
    ),
    ("put an apple in the bowl", [store("bowl", it("apple"))]),
    ("put an sd card in the drawer", [store("drawer", it("sd card"))]),
    (
        "lent the spare bike to Priya till she sorts her own out",
        [act("take", items=[it("spare bike")], person="Priya")],
    ),
    ("used up the lamp oil fully", [use(all_of("lamp oil"))]),
    # moved said of the things, with where from
    ("put the bins by the side of the house", [store("side of the house", it("bins"))]),
    # Spanish, Swahili and Punjabi words around a place
    ("put the bikes in el trastero", [store("trastero", it("bikes"))]),
    ("moved the rv to El Paso", [move("El Paso", it("rv"))]),
    ("Wanjiru's school uniforms ziko box 3", [store("box 3", it("school uniforms"))]),
    # word order carried over from French, Spanish, Italian or German
    ("the passports they are in the safe?", [find("passports")]),
    ("the loft, what it contains?", [contents("loft")]),
    ("what things Javi still has from us", [act("out", person="Javi")]),
    # a place of several storage words, and a new name that starts with a storage word
    (
        "call the basement storage room Bunker from now on",
        [rename("Bunker", place="basement storage room")],
    ),
    (
        "call the left locker kitchen locker from now on",
        [rename("kitchen locker", place="left locker")],
    ),
    ("call my locker locker A from now on", [rename("locker A", place="locker")]),
    ("scratch that tio", [UNDO]),
    ("we went thru 10 glue sticks today", [use(n("glue sticks", 10))]),
    ("lent the drill to tia", [act("take", items=[it("drill")], person="tia")]),
    # a short remark after a change is passed over
    (
        "rename the guest closet to mehmaan closet lol Dadi insisted",
        [rename("mehmaan closet", place="guest closet")],
    ),
    ("3 bags of bariis in the pantry. haye", [store("pantry", n("bariis", 3, unit="bags"))]),
    # polite words and a passed-on instruction in the languages households mix in
    (
        "mm goi put the winter duvets in the bed storage la",
        [store("bed storage", it("winter duvets"))],
    ),
    (
        "lent 2 camping chairs to Lachie from next door",
        [act("take", items=[n("camping chairs", 2)], person="Lachie")],
    ),
    ("used the last of the panadol, aiya need to buy more", [use(all_of("panadol"))]),
    # a count said as a word is no misspelt verb ("three" is not "threw")
    ("three drills in bin 4", [store("bin 4", n("drills", 3))]),
    # what it is for, or who may ask, said after a change
    (
        "Three tins of magnolia emulsion on the shelf above the boiler, for when we do the hall.",
        [store("shelf above the boiler", n("magnolia emulsion", 3, unit="tins"))],
    ),
    ("put the tent in the loft for when we go camping", [store("loft", it("tent"))]),
    ("the drill is in bin 4 if anyone needs it", [store("bin 4", it("drill"))]),
    # a numbered holder "got" things, as it has them
    ("bin 3 got the nail tips", [store("bin 3", it("nail tips"))]),
    # "out of date" before a thing is part of its name, not "out of" a place
    ("chucked the out of date saline pods", [discard(it("out of date saline pods"))]),
    (
        "threw out the out of date cereal bars from cage 1",
        [act("discard", items=[it("out of date cereal bars")], from_place="cage 1")],
    ),
    ("where are the out of date tablets", [find("out of date tablets")]),
    # when it is wanted, said inside what it is for; where the taker is off to
    (
        "took out the folding chairs frm bomb shelter for bbq later",
        [take(it("folding chairs"), from_place="bomb shelter")],
    ),
    (
        "lent my calculator to Kevin for his exam tmr",
        [act("take", items=[it("calculator")], person="Kevin")],
    ),
    (
        "took the snowboard from the garage, going to the chalet w/ friends this wknd",
        [take(it("snowboard"), from_place="garage")],
    ),
    # several places on another place
    (
        "bin 1 and bin 2 are on shelf A",
        [place("bin 1", "shelf A"), place("bin 2", "shelf A")],
    ),
    (
        "bin 1, bin 2 and bin 3 are on shelf A",
        [place("bin 1", "shelf A"), place("bin 2", "shelf A"), place("bin 3", "shelf A")],
    ),
    (
        "bin 1 and bin 2 are on shelf B in the garage",
        [place("bin 1", "shelf B in the garage"), place("bin 2", "shelf B in the garage")],
    ),
    (
        "shelf A and shelf B are in the garage",
        [place("shelf A", "garage"), place("shelf B", "garage")],
    ),
    ("put bin 1 and bin 2 on shelf A", [place("bin 1", "shelf A"), place("bin 2", "shelf A")]),
    # using up needs a number, "up", "the last", "finished" or "ran out of"
    ("used 1 battery", [use(n("battery", 1))]),
    ("I used up 2 batteries", [use(n("batteries", 2))]),
    ("ran out of milk", [use(all_of("milk"))]),
    ("we ran out of AA batteries", [use(all_of("AA batteries"))]),
    # a number after an article is part of the name
    (
        "put the 5 litre laundry detergent in the basement",
        [store("basement", it("5 litre laundry detergent"))],
    ),
    ("put the 3 musketeers dvd in the cupboard", [store("cupboard", it("3 musketeers dvd"))]),
    (
        "put the 2023 tax returns in the filing cabinet",
        [store("filing cabinet", it("2023 tax returns"))],
    ),
    ("the three musketeers dvd is on shelf B", [store("shelf B", it("three musketeers dvd"))]),
    ("put a 5 litre can of paint in the shed", [store("shed", it("5 litre can of paint"))]),
    ("put 4 x AA batteries in the drawer", [store("drawer", n("AA batteries", 4))]),
    ("put 4x AA batteries in the drawer", [store("drawer", n("AA batteries", 4))]),
    ("put 4 × AA batteries in the drawer", [store("drawer", n("AA batteries", 4))]),
    # other joiners
    ("put the drill plus the saw in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("put the drill as well as the saw in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("put the drill along with the saw in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("put the drill & the saw in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("put the salt & pepper mill in bin 4", [store("bin 4", it("salt & pepper mill"))]),
    ("put the drill plus 2 saws in bin 4", [store("bin 4", it("drill"), n("saws", 2))]),
    ("the drill now lives in bin 2", [store("bin 2", it("drill"))]),
    ("the drill still lives in bin 2", [store("bin 2", it("drill"))]),
    ("the drill lives on shelf B", [store("shelf B", it("drill"))]),
    # emoji and symbols
    ("put the drill in bin 4 👍", [store("bin 4", it("drill"))]),
    ("where is the torch? 🙏", [find("torch")]),
    ("put the drill in bin 4 ❤️", [store("bin 4", it("drill"))]),
    ("👋 where is the drill 👍🏽", [find("drill")]),
    # values the service refuses with its own message
    ("put 10000000 screws in bin 4", [store("bin 4", n("screws", 10_000_000))]),
    ("put 10,000,000 screws in bin 4", [store("bin 4", n("screws", 10_000_000))]),
    ("put 0 screws in bin 4", [store("bin 4", n("screws", 0))]),
    ("put zero screws in bin 4", [store("bin 4", n("screws", 0))]),
    ("put -3 screws in bin 4", [store("bin 4", n("screws", -3))]),
    ("put 1000001 batteries in bin 4", [store("bin 4", n("batteries", 1_000_001))]),
    (
        "put 99999999999999999999 screws in box 3",
        [store("box 3", n("screws", 99_999_999_999_999_999_999))],
    ),
    ("used -2 AA batteries", [use(n("AA batteries", -2))]),
    ("put the !!! in bin 4", [store("bin 4", it("!!!"))]),
    ("put !!! in bin 4", [store("bin 4", it("!!!"))]),
    (f"put the {LONG_NAME} in bin 4", [store("bin 4", it(LONG_NAME))]),
    # polite requests and new phrasings
    ("can you find the drill", [find("drill")]),
    ("could you show me bin 4", [contents("bin 4")]),
    ("added 5 AA batteries to the drawer", [store("drawer", n("AA batteries", 5))]),
    ("added the drill to bin 4", [store("bin 4", it("drill"))]),
    ("put another 3 AA batteries in the drawer", [store("drawer", n("AA batteries", 3))]),
    ("which bin is the drill in", [find("drill")]),
    ("which shelf are the batteries on?", [find("batteries")]),
    ("which bin did I put the drill in?", [find("drill")]),
    ("which box has the drill", [find("drill")]),
    ("who has the ladder", [find("ladder")]),
    ("who's got the ladder?", [find("ladder")]),
    ("drill?", [find("drill")]),
    ("the drill?", [find("drill")]),
    ("any batteries?", [find("batteries")]),
    ("put teh drill in bin 4", [store("bin 4", it("drill"))]),
    ("put it back", [give_back(it("it"))]),
    ("put them back", [give_back(it("them"))]),
    ("put that back", [give_back(it("that"))]),
    ("put those back", [give_back(it("those"))]),
    ("I put it back", [give_back(it("it"))]),
    ("put it back where it belongs", [give_back(it("it"))]),
    # user-acceptance pass: words after the place are dropped, not glued to it (B)
    ("put the drill in bin 2 instead", [store("bin 2", it("drill"))]),
    ("put the drill in bin 4 as usual", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 ok", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 ok thanks", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 done", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 yay", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 anyway", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 right", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 xx", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 cheers", [store("bin 4", it("drill"))]),
    ("put the drill in bin 4 ta", [store("bin 4", it("drill"))]),
    # a lead-in joined by a hyphen, or before a bare word in a statement, is part of a name (C)
    ("Hi-vis vest is in the car", [store("car", it("Hi-vis vest"))]),
    (
        "Well pump manual is in the filing cabinet",
        [store("filing cabinet", it("Well pump manual"))],
    ),
    ("Ok-ish towels are in the closet", [store("closet", it("Ok-ish towels"))]),
    ("well, the drill is in bin 2", [store("bin 2", it("drill"))]),
    # "and" without an article after it is inside a name (D)
    (
        "put the salt and pepper grinder in the cupboard",
        [store("cupboard", it("salt and pepper grinder"))],
    ),
    ("threw away the white dustpan and brush", [discard(it("white dustpan and brush"))]),
    ("put the drill and saw in bin 4", [store("bin 4", it("drill"), it("saw"))]),
    ("put the drill and 2 saws in bin 4", [store("bin 4", it("drill"), n("saws", 2))]),
    ("put drill, saw and hammer in bin 4", [store("bin 4", it("drill"), it("saw"), it("hammer"))]),
    # "the last one" is one (E)
    ("used the last candle", [use(all_of("candle"))]),
    ("threw away the last candle", [discard(all_of("candle"))]),
    # shares of a stock and one of a unit
    ("used all the batteries", [use(all_of("batteries"))]),
    ("I used all the screws", [use(all_of("screws"))]),
    ("used the last of the printer paper", [use(all_of("printer paper"))]),
    ("used up the rest of the wood glue", [use(all_of("wood glue"))]),
    ("used half the eggs", [use({**it("eggs"), "portion": "half"})]),
    ("used half dozen eggs", [use(n("eggs", 6))]),
    # what it was used doing is no part of its name; a sorry after it is no second thing
    ("used the last of the twine tying up tomatoes", [use(all_of("twine"))]),
    ("used the last of the ghee doing parathas, soz ammi", [use(all_of("ghee"))]),
    ("used the last of the baking powder", [use(all_of("baking powder"))]),
    ("used the last of the gift wrapping paper", [use(all_of("gift wrapping paper"))]),
    # whose things, said without an apostrophe before which of them
    ("donated the kids old car seats to goodwill", [discard(it("old car seats"))]),
    (
        "lent the kids bike to the Patels",
        [act("take", items=[it("kids bike")], person="the Patels")],
    ),
    ("used a half-dozen eggs", [use(n("eggs", 6))]),
    ("used a bag of rice", [use(n("rice", 1, unit="bag"))]),
    ("used 1 tin of paint", [use(n("paint", 1, unit="tin"))]),
    # questions said other ways
    ("any idea where the ear plugs are?", [find("ear plugs")]),
    ("what did I do with the tax returns", [find("tax returns")]),
    ("I need the sewing kit, where is it?", [find("sewing kit")]),
    ("where will I find the bird seed?", [find("bird seed")]),
    ("where've the kids put the board games", [find("board games")]),
    ("where would the hearing aid batteries be", [find("hearing aid batteries")]),
    ("is the spare inhaler still around", [find("spare inhaler")]),
    ("how much rope is left", [find("rope")]),
    ("how many AA batteries", [find("AA batteries")]),
    (
        "the drill is in bin 4 and the saw is in bin 2",
        [store("bin 4", it("drill")), store("bin 2", it("saw"))],
    ),
    (
        "put the garden hose in the shed and the rake too",
        [store("shed", it("garden hose"), it("rake"))],
    ),
    (
        "bought a new kettle and put it in the kitchen cupboard",
        [store("kitchen cupboard", it("new kettle"))],
    ),
    ("note the drill is in bin 2", [store("bin 2", it("drill"))]),
    # out of it, and why it went
    ("we ran out of bin bags", [use(all_of("bin bags"))]),
    ("the printer ink ran out", [use(all_of("printer ink"))]),
    ("we used six of the tealights at dinner", [use(n("tealights", 6))]),
    ("binned the kettle, it was broken", [discard(it("kettle"))]),
    ("binned 2 mugs that were cracked", [discard(n("mugs", 2))]),
    (
        "chucked out the paint tins from the shed",
        [act("discard", items=[it("paint tins")], from_place="shed")],
    ),
    ("gave the old sofa away on freecycle", [discard(it("old sofa"))]),
    # renames, moves and returns said other ways
    (
        "box 7 should be called kitchen spares",
        [act("rename", place="box 7", new_name="kitchen spares")],
    ),
    (
        "call the blue crate 'camping box' from now on",
        [act("rename", place="blue crate", new_name="camping box")],
    ),
    (
        "the hoover's moved to the landing cupboard",
        [act("move", items=[it("hoover")], place="landing cupboard")],
    ),
    ("put the camping stove back where it was", [act("return", items=[it("camping stove")])]),
    # where it was before: no place of its own
    ("put the drill back in the same place as before", [give_back(it("drill"))]),
    ("put the lanterns back where they were before", [give_back(it("lanterns"))]),
    ("put the saw back where it come from", [give_back(it("saw"))]),
    # a can of petrol is kept; "in case" is why
    ("put the oil in the garage", [store("garage", it("oil"))]),
    (
        "put the torch in the drawer in case of a power cut",
        [store("drawer", it("torch"))],
    ),
    ("what have i got up the loft", [contents("loft")]),
    # a brand before a thing is no title before a name
    ("the Brother printer is in the office", [store("office", it("Brother printer"))]),
    # things listed with commas, then where they all are
    (
        "sumac, pul biber, kimyon - all in the spice crate under counter",
        [store("spice crate under counter", it("sumac"), it("pul biber"), it("kimyon"))],
    ),
    (
        "tent, stove, lantern: all in the loft",
        [store("loft", it("tent"), it("stove"), it("lantern"))],
    ),
    ("what have we got down the basement", [contents("basement")]),
    # where, thanks and lead-ins in the languages households mix in
    ("maalla pe kya kya hai", [contents("maalla")]),
    ("Sharma aunty ke paas humara kya kya hai", [act("out", person="Sharma aunty")]),
    ("bada patila kidhar rakha hai", [find("bada patila")]),
    ("dandiya sticks kahan rakhi thi?", [find("dandiya sticks")]),
    ("lle mae'r big torch rwan", [find("big torch")]),
    ("kidhar is the extension lead??", [find("extension lead")]),
    ("put the chainsaw in the cwt diolch", [store("cwt", it("chainsaw"))]),
    ("ayuh where's my good hip boots", [find("good hip boots")]),
    ("ope, moved the deep fryer down to the basement", [move("basement", it("deep fryer"))]),
    ("show me whats in the loft jaldi", [contents("loft")]),
    (
        "KYLE FINALY BROUGHT BACK THE POST HOLE DIGGER",
        [act("return", items=[it("post hole digger")], person="kyle")],
    ),
    # Caribbean and Hawaiian creole in English words
    ("mi put di dutch pot inna di basement", [store("basement", it("dutch pot"))]),
    (
        "put de big pelau pot in de cupboard under de sink",
        [store("cupboard under the sink", it("big pelau pot"))],
    ),
    ("weh di grater deh?", [find("grater")]),
    ("where da fishing gear stay?", [find("fishing gear")]),
    ("wha inna di cedar chest?", [contents("cedar chest")]),
    ("show me de recent changes", [act("history")]),
    (
        "Bobby wen bring back da pressure washer finally",
        [act("return", items=[it("pressure washer")], person="Bobby")],
    ),
    # a room or a deck said without its article, after a container
    (
        "put the belt sander on top shelf in basement shop",
        [store("top shelf in basement shop", it("belt sander"))],
    ),
    (
        "shackles and swivels in the blue tub on deck",
        [store("blue tub on deck", it("shackles"), it("swivels"))],
    ),
    # the things it joins, said after the place
    ("put the batteries in the drawer with the others", [store("drawer", it("batteries"))]),
    ("put the fuses in box 5 with the rest of them", [store("box 5", it("fuses"))]),
    ("stick the pegs on rack C next to the rest", [store("rack C", it("pegs"))]),
    (
        "took the christmas decorations down from the loft",
        [act("take", items=[it("christmas decorations")], from_place="loft")],
    ),
    ("put the old tv out for the bin men", [discard(it("old tv"))]),
    ("got the trailer back", [act("return", items=[it("trailer")])]),
    # other shapes of putting
    ("threw the drill in bin 4", [store("bin 4", it("drill"))]),
    ("box 12 has the baby clothes in it", [store("box 12", it("baby clothes"))]),
    (
        "the drill is in bin 7 now, not bin 4",
        [act("move", items=[it("drill")], place="bin 7", from_place="bin 4")],
    ),
    ("shifted the camp beds up the loft", [act("move", items=[it("camp beds")], place="loft")]),
    ("the passports are now kept in the safe", [store("safe", it("passports"))]),
    # a thing named alone before a dash, then "it" or "they"
    ("the glue gun - put it in drawer 2", [store("drawer 2", it("glue gun"))]),
    ("the sleeping bags - they're in the loft", [store("loft", it("sleeping bags"))]),
    ("took the bikes down the cellar", [act("move", items=[it("bikes")], place="cellar")]),
    (
        "the sander is in bin 2 now instead of bin 6",
        [act("move", items=[it("sander")], place="bin 2", from_place="bin 6")],
    ),
    # typed or dictated with no comma before the next clause
    (
        "Jo brought the gazebo back yesterday its in the garage",
        [act("return", items=[it("gazebo")], place="garage", person="Jo")],
    ),
    (
        "finally found the car keys they were in the glovebox",
        [store("glovebox", it("car keys"))],
    ),
    ("binned the old kettle it was leaking", [discard(it("old kettle"))]),
    (
        "took delivery of 12 boxes of pasta they're on shelf 3",
        [store("shelf 3", n("pasta", 12, unit="boxes"))],
    ),
    # said in the passive, and other verbs of putting
    ("the hedge trimmer got put in the shed", [store("shed", it("hedge trimmer"))]),
    ("the paddling pool was put in the loft", [store("loft", it("paddling pool"))]),
    ("the deckchairs were put in the garage", [store("garage", it("deckchairs"))]),
    ("the torch's gone in the glovebox", [store("glovebox", it("torch"))]),
    ("loaded the camping gear into the van", [store("van", it("camping gear"))]),
    ("crammed the duvets in the top cupboard", [store("top cupboard", it("duvets"))]),
    # a put-back or a take with a place inside a place
    (
        "Aoife put the frying pan back in the press under the sink",
        [act("return", items=[it("frying pan")], place="press under the sink")],
    ),
    (
        "took the paint out of the cupboard under the stairs",
        [act("take", items=[it("paint")], from_place="cupboard under the stairs")],
    ),
    # said to everyone, as a reminder, or dictated with the punctuation spoken
    ("hey lads the jump leads are in the boot", [store("boot", it("jump leads"))]),
    ("wee reminder the sledge is in the garage", [store("garage", it("sledge"))]),
    ("heads up, the strimmer is in the shed", [store("shed", it("strimmer"))]),
    (
        "put the plates in box 1 full stop put the bowls in box 2 full stop",
        [store("box 1", it("plates")), store("box 2", it("bowls"))],
    ),
    ("have we any matches", [find("matches")]),
    # fillers: "like" before a count, "eh" after a question, "ew" after a fact
    ("used like 3 of the dishwasher tablets", [use(n("dishwasher tablets", 3))]),
    ("where's the bike lock eh", [find("bike lock")]),
    ("binned the mouldy cheese ew", [discard(it("mouldy cheese"))]),
    ("pulled the tarp out the shed", [act("take", items=[it("tarp")], from_place="shed")]),
    ("what did I log", [act("history")]),
    ("what have we changed on here lately", [act("history")]),
    ("have we lent anything to the Okafors", [act("out", person="the Okafors")]),
    ("did Priya ever give back our gazebo", [act("out", person="Priya")]),
    ("fairy lights are where?", [find("fairy lights")]),
    ("which drawer's the sellotape in", [find("sellotape")]),
    ("is the strimmer still with Dave", [find("strimmer")]),
    ("what can this app actually do", [act("help")]),
    ("Undo please. I picked the wrong box.", [act("undo")]),
    # how many, or where it was, said after
    ("the tent pegs, all 20 of them, are in the blue bag", [store("blue bag", n("tent pegs", 20))]),
    (
        "the printer has moved to the landing, was in the study before",
        [act("move", items=[it("printer")], place="landing", from_place="study")],
    ),
    ("put the 4 jars of chutney in the pantry", [store("pantry", n("chutney", 4, unit="jars"))]),
    (
        "moved the plant pots off the patio into the greenhouse",
        [act("move", items=[it("plant pots")], place="greenhouse", from_place="patio")],
    ),
    (
        "put the stapler + hole punch in the desk drawer",
        [store("desk drawer", it("stapler"), it("hole punch"))],
    ),
    ("where are the fuses and how many are left", [find("fuses")]),
    (
        "we brought the deckchairs in from the garden and they're in the shed now",
        [act("move", items=[it("deckchairs")], place="shed", from_place="garden")],
    ),
    (
        "the compost is now in the greenhouse instead of the shed",
        [act("move", items=[it("compost")], place="greenhouse", from_place="shed")],
    ),
    ("the boys went through a whole pack of crisps", [use(n("crisps", 1, unit="pack"))]),
    (
        "the sun loungers are back out on the patio",
        [act("return", items=[it("sun loungers")], place="patio")],
    ),
    (
        "the high chair came out of the loft and is in the kitchen",
        [act("move", items=[it("high chair")], place="kitchen", from_place="loft")],
    ),
    # how many, said in brackets or after a comma
    ("binned the chipped plates (4)", [discard(n("chipped plates", 4))]),
    ("the tent pegs are in the blue bag, all 20", [store("blue bag", n("tent pegs", 20))]),
    ("put the candles in box 2 (x12)", [store("box 2", n("candles", 12))]),
    ("chucked the broken pegs, 6 of em", [discard(n("broken pegs", 6))]),
    ("spare candles x6 now in the dresser", [store("dresser", n("spare candles", 6))]),
    ("scratch that, wrong tub", [act("undo")]),
    ("helpp", [act("help")]),
    (
        "the vacuum cleaner is in the cupboard under the stairs",
        [store("cupboard under the stairs", it("vacuum cleaner"))],
    ),
    ("from now on shelf 3 is the paint shelf", [rename("paint shelf", place="shelf 3")]),
    (
        "the cleaner moved the iron from the kitchen to the utility cupboard",
        [act("move", items=[it("iron")], place="utility cupboard", from_place="kitchen")],
    ),
    ("put the spare fan in the store room lah", [store("store room", it("spare fan"))]),
    ("hair dryer's broken, binned it", [discard(it("hair dryer"))]),
    ("used 1 of the spare fuses (hall)", [use(n("spare fuses", 1))]),
    (
        "the plasters and the gauze are in the first aid tin on top of the fridge",
        [store("first aid tin on top of the fridge", it("plasters"), it("gauze"))],
    ),
    (
        "from now on the hall cupboard call it the coat cupboard",
        [rename("coat cupboard", place="hall cupboard")],
    ),
    ("crate 6 - call it camping from now on", [rename("camping", place="crate 6")]),
    ("used 3 bin bags this changeover", [use(n("bin bags", 3))]),
    ("sold the old pram for £40", [discard(it("old pram"))]),
    # the old place said first
    (
        "the sander isn't in the shed anymore its in the garage",
        [act("move", items=[it("sander")], place="garage", from_place="shed")],
    ),
    (
        "the deckchairs are no longer in the loft, they're in the summerhouse",
        [act("move", items=[it("deckchairs")], place="summerhouse", from_place="loft")],
    ),
    ("chucked the broken chair", [discard(it("broken chair"))]),
    ("dad put the tent in the garage", [store("garage", it("tent"))]),
    # someone in the household used it up or threw it out
    ("the twins used up all the glitter glue", [use(all_of("glitter glue"))]),
    ("he's finished off the oat milk", [use(all_of("oat milk"))]),
    ("Grandad binned the old deckchair", [discard(it("old deckchair"))]),
    # a count after "the" or "my" before a plural: how many
    ("put the 3 batteries in the drawer", [store("drawer", n("batteries", 3))]),
    ("the 2 drills are in bin 4", [store("bin 4", n("drills", 2))]),
    ("put my 2 drills in bin 4", [store("bin 4", n("drills", 2))]),
    ("put the 3 musketeers dvd in bin 4", [store("bin 4", it("3 musketeers dvd"))]),
    ("they've thrown out the broken blinds", [discard(it("broken blinds"))]),
    ("Ana put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("my wife moved the drill to bin 2", [act("move", items=[it("drill")], place="bin 2")]),
    ("all the christmas stuff is in the loft", [store("loft", it("christmas stuff"))]),
    (
        "the garden chairs went back in the shed",
        [act("return", items=[it("garden chairs")], place="shed")],
    ),
    ("the toaster broke so I binned it", [discard(it("toaster"))]),
    (
        "rename the box in the loft to xmas box",
        [act("rename", place="box in the loft", new_name="xmas box")],
    ),
    ("anyone seen the scissors?", [find("scissors")]),
    ("any batteries left?", [find("batteries")]),
    ("where are all the christmas decorations", [find("christmas decorations")]),
    ("need the tape measure", [find("tape measure")]),
    ("note down that the drill is in bin 4", [store("bin 4", it("drill"))]),
    ("bought 6 more eggs and put them in the fridge", [store("fridge", n("eggs", 6))]),
    (
        "restocked the loo roll in the bathroom cupboard",
        [store("bathroom cupboard", it("loo roll"))],
    ),
    ("where on earth are the scissors", [find("scissors")]),
    ("where've the scissors gone", [find("scissors")]),
    ("scissors where", [find("scissors")]),
    ("any sign of the scissors", [find("scissors")]),
    ("got the spare key somewhere?", [find("spare key")]),
    ("help i can't find the scissors", [find("scissors")]),
    ("log the drill in bin 4", [store("bin 4", it("drill"))]),
    ("took 2 chairs out to the garden", [act("move", items=[n("chairs", 2)], place="garden")]),
    ("the drill moved to bin 2", [act("move", items=[it("drill")], place="bin 2")]),
    ("the iron's been put in the utility room", [store("utility room", it("iron"))]),
    ("the old sofa went to the charity shop", [discard(it("old sofa"))]),
    ("the presents are hidden in the wardrobe", [store("wardrobe", it("presents"))]),
    ("we usually keep the torch in the kitchen drawer", [store("kitchen drawer", it("torch"))]),
    ("dumped the shopping bags in the kitchen", [store("kitchen", it("shopping bags"))]),
    ("brought the chairs back in", [act("return", items=[it("chairs")])]),
    ("sorted the screws into tub 2", [store("tub 2", it("screws"))]),
    (
        "popped the kettle back in the cupboard",
        [act("return", items=[it("kettle")], place="cupboard")],
    ),
    ("found the drill in the garden", [store("garden", it("drill"))]),
    ("the drill turned up in the shed", [store("shed", it("drill"))]),
    ("remember the drill is in bin 4", [store("bin 4", it("drill"))]),
    # other questions
    ("what commands are there", [act("help")]),
    ("recent changes", [act("history")]),
    ("what changed today", [act("history")]),
    ("history", [act("history")]),
    ("list everything", [act("list_places", query="everything")]),
    ("show me all my stuff", [act("list_places", query="everything")]),
    ("which boxes and bins have we got", [act("list_places")]),
    ("when was the camping stove put in the loft", [act("history", query="camping stove")]),
    ("how long has the paint been in the shed", [act("history", query="paint")]),
    ("fyi kids scooters r in the shed", [store("shed", it("kids scooters"))]),
    ("sorry to bother, could you tell me where the sewing kit is?", [find("sewing kit")]),
    ("remind me where I put the warranty papers", [find("warranty papers")]),
    ("the jumper cables, where are they?", [find("jumper cables")]),
    ("which box did the baby clothes go in", [find("baby clothes")]),
    ("Help me find the dog lead", [find("dog lead")]),
    ("drill, saw and hammer are in bin 4", [store("bin 4", it("drill"), it("saw"), it("hammer"))]),
    ("put the drill up on the shelf", [store("shelf", it("drill"))]),
    ("used the last 2 candles", [use(n("candles", 2))]),
    # into the bin is thrown away (G)
    ("put the old charger in the trash", [discard(it("old charger"))]),
    ("put the old charger in the rubbish", [discard(it("old charger"))]),
    ("put the old charger in the garbage", [discard(it("old charger"))]),
    ("put the old charger in the rubbish bin", [discard(it("old charger"))]),
    ("put the old cans in the recycling", [discard(it("old cans"))]),
    ("put the old charger in the recycling bin", [discard(it("old charger"))]),
    ("put the old charger in bin 2", [store("bin 2", it("old charger"))]),
    # numbers (H)
    ("put 10 000 pins in bin 2", [store("bin 2", n("pins", 10_000))]),
    ("put 10,000 pins in bin 2", [store("bin 2", n("pins", 10_000))]),
    ("put 2023 tax return in the filing cabinet", [store("filing cabinet", it("2023 tax return"))]),
    ("put light bulbs x3 in the cupboard", [store("cupboard", n("light bulbs", 3))]),
    ("put the tent pegs (20 of them) in the blue bag", [store("blue bag", n("tent pegs", 20))]),
    ("put light bulbs ×3 in the cupboard", [store("cupboard", n("light bulbs", 3))]),
    # names with back, up and out inside (I)
    ("the shed is in the back garden", [place("shed", "back garden")]),
    ("where's the back door key", [find("back door key")]),
    ("what's in the back room", [contents("back room")]),
    ("put the chairs on the back porch", [store("back porch", it("chairs"))]),
    ("where is the washing up liquid", [find("washing up liquid")]),
    ("put the pop up tent in the garage", [store("garage", it("pop up tent"))]),
    ("where is the make up bag", [find("make up bag")]),
    ("rename bin 1 to back room", [rename("back room", place="bin 1")]),
    ("put the back door key in the key box", [store("key box", it("back door key"))]),
    ("put the back door key back", [give_back(it("back door key"))]),
    ("I took out the back door key", [take(it("back door key"))]),
    # greetings with "!", "ive", "im" (J)
    ("Hi! Where is the drill?", [find("drill")]),
    ("good morning! where is the drill", [find("drill")]),
    ("Ive put the drill in bin 4", [store("bin 4", it("drill"))]),
    ("im putting the drill in bin 4", [store("bin 4", it("drill"))]),
    # filler words around a search (K)
    ("where iz the drill", [find("drill")]),
    ("where r my keys", [find("keys")]),
    ("where's the drill gone", [find("drill")]),
    ("where did the drill go", [find("drill")]),
    ("where has the drill gone?", [find("drill")]),
    ("do you know where the drill is", [find("drill")]),
    ("I don't know where my keys are", [find("keys")]),
    ("I can't find the drill", [find("drill")]),
    ("I can't find my keys anywhere", [find("keys")]),
    ("were is the drill", [find("drill")]),
    # questions with words around them that ask nothing more
    ("where's the stapler rn", [find("stapler")]),
    ("what's in the garage at the moment, I can never keep track", [contents("garage")]),
    ("where did I put the glue gun after fixing the chair", [find("glue gun")]),
    ("where's the tent? raining buckets here", [find("tent")]),
    ("is the drill in bin 4? I honestly forget", [find("drill")]),
    ("where are the candles, drawer 1 or 2?", [find("candles")]),
    ("what's happened to the kettle since christmas", [history("kettle")]),
    ("Sorry, but where exactly is the tin opener?", [find("tin opener")]),
    # more question shapes: loans, history, contents, places, help
    ("has the wheelbarrow come back from Gary yet?", [find("wheelbarrow")]),
    ("Has Nina still got the tile cutter?", [act("out", person="Nina")]),
    ("do we have any masking tape in stock", [find("masking tape")]),
    ("have we still got any of those blue candles left?", [find("blue candles")]),
    ("how many packs of batteries are in bin 4?", [find("packs of batteries")]),
    ("can you tell me what I've done with the bike pump?", [find("bike pump")]),
    ("who did we lend the gazebo to", [find("gazebo")]),
    ("did Omar bring back my jump leads or not", [act("out", person="Omar")]),
    ("where did I leave the torch, the small one?", [find("small torch")]),
    ("Fairy lights - how many and where?", [find("Fairy lights")]),
    ("location: bike lock", [find("bike lock")]),
    ("I need the stapler – where is it?", [find("stapler")]),
    ("where in the garage is the pump", [find("pump")]),
    ("what's Gary got of mine", [act("out", person="Gary")]),
    ("what did we lend Omar", [act("out", person="Omar")]),
    ("anything of ours with Nina?", [act("out", person="Nina")]),
    ("what's still not come back", [act("out")]),
    ("which things haven't been returned", [act("out")]),
    ("who have we lent stuff to apart from Gary?", [act("out")]),
    ("what's the log for the gazebo", [history("gazebo")]),
    ("when did the kettle last move", [history("kettle")]),
    ("when did Omar borrow the drill", [history("drill")]),
    ("what's been going on with the tent", [history("tent")]),
    ("what did we change", [act("history")]),
    ("anything new in the garage this week?", [act("history")]),
    ("what all is in bin 4", [contents("bin 4")]),
    ("what things do we have in the garage", [contents("garage")]),
    ("what's up on shelf B these days?", [contents("shelf B")]),
    ("list the things on shelf B", [contents("shelf B")]),
    ("locations?", [list_places()]),
    ("which bins and crates have I got saved", [list_places()]),
    ("show me all the shelves and drawers", [list_places()]),
    ("give me a list of the places you know", [list_places()]),
    ("how do I record a loan", [HELP]),
    ("show me how to add things", [HELP]),
    ("what can you really do for us", [HELP]),
    # two numbered places, asked about together
    ("what's in bin 4 and bin 5", [contents("bin 4"), contents("bin 5")]),
    # a place in its parent, asked about: said whole (the inventory finds it in its parent)
    ("what's in bin 4 in the garage", [contents("bin 4 in the garage")]),
    ("put away the drill in bin 4", [store("bin 4", it("drill"))]),
    # "a"/"an" is the thing, "one" is a count (L): the parser cannot tell a stock from a thing
    ("put an AA battery in the kitchen drawer", [store("kitchen drawer", it("AA battery"))]),
    ("put a screw in bin 4", [store("bin 4", it("screw"))]),
    ("put one screw in bin 4", [store("bin 4", n("screw", 1))]),
    ("Morning tablets are in the cabinet", [store("cabinet", it("Morning tablets"))]),
    # asides: why, what for, when, and remarks that change nothing in the fact
    ("used 3 batteries for the smoke alarms", [use(n("batteries", 3))]),
    ("sold 4 lamps at the car boot sale", [discard(n("lamps", 4))]),
    (
        "moved the paddling pool to the shed, it was taking up the whole hall",
        [move("shed", it("paddling pool"))],
    ),
    (
        "wrote off 2 crates of cider - the bottles were cracked",
        [discard(n("cider", 2, unit="crates"))],
    ),
    ("took the strimmer out of the shed this morning", [take(it("strimmer"), from_place="shed")]),
    (
        "returned the kettle to the cupboard after the party, nobody used it",
        [give_back(it("kettle"), place="cupboard")],
    ),
    (
        "cleared out the spare room and the old curtains are in the loft",
        [store("loft", it("old curtains"))],
    ),
    ("where did I put the funnel after changing the oil?", [find("funnel")]),
    ("the wellies have gone into the porch cupboard", [store("porch cupboard", it("wellies"))]),
    ("wrote off the old printer", [discard(it("old printer"))]),
    # a reason or purpose after the fact changes nothing in it
    ("I put the drill in bin 4 so I can find it", [store("bin 4", it("drill"))]),
    ("moved the jigsaws to crate 3 since crate 2 is full", [move("crate 3", it("jigsaws"))]),
    (
        "stored the geraniums in the greenhouse to overwinter",
        [store("greenhouse", it("geraniums"))],
    ),
    (
        "put the bleach on the top shelf as the toddler can reach the cupboard",
        [store("top shelf", it("bleach"))],
    ),
    ("the tent pegs (x30) are in the blue crate", [store("blue crate", n("tent pegs", 30))]),
    # numbered places said aloud, as voice typing writes them
    ("um okay so the torch is in crate number nine yeah", [store("crate 9", it("torch"))]),
    ("put the glue gun in drawer twenty-two", [store("drawer 22", it("glue gun"))]),
    ("what's in bin number three", [contents("bin 3")]),
    ("put two boxes in the loft", [store("loft", n("boxes", 2))]),
    # what came in, then where it is now; the thing said first
    ("took in 30 tins of soup, now on shelf 3", [store("shelf 3", n("soup", 30, unit="tins"))]),
    (
        "collected 8 umbrellas, stored in the lost property box",
        [store("lost property box", n("umbrellas", 8))],
    ),
    ("the glue gun I have put in drawer 5", [store("drawer 5", it("glue gun"))]),
    ("the spare keys, we put them in the hall drawer", [store("hall drawer", it("spare keys"))]),
    # trade shorthand
    ("30 x tea lights into box 9", [store("box 9", n("tea lights", 30))]),
    ("refilled tub 2 with 40 cable ties", [store("tub 2", n("cable ties", 40))]),
    ("4 plates binned, chipped in transit", [discard(n("plates", 4))]),
    ("fished the head torch out of the glovebox", [take(it("head torch"), from_place="glovebox")]),
    ("took a couple of batteries", [act("take", items=[n("batteries", 2)])]),
    # passive and office phrasing
    (
        "Please log: 12 reams of paper added to the stationery cupboard",
        [store("stationery cupboard", n("paper", 12, unit="reams"))],
    ),
    ("the old kettle was thrown out", [discard(it("old kettle"))]),
    ("the old monitors have gone for recycling", [discard(it("old monitors"))]),
    ("The cracked mirror from the hall has been disposed of.", [discard(it("cracked mirror"))]),
    ("the spare chairs have been moved into the garage", [move("garage", it("spare chairs"))]),
    ("binned the old hose, perished", [discard(it("old hose"))]),
    ("binned the bike inner tube, totally knackered", [discard(it("bike inner tube"))]),
    ("threw out the kettle, failed its safety test", [discard(it("kettle"))]),
    ("binned the 3 old lamps, gutted", [discard(n("old lamps", 3))]),
    ("dumped the expired tablets in the clinical waste bin", [discard(it("expired tablets"))]),
    ("sold the rock n play", [discard(it("rock n play"))]),
    ("flogged the rowing machine on ebay", [discard(it("rowing machine"))]),
    ("freecycled the old cot", [discard(it("old cot"))]),
    ("got shot of the broken hoover", [discard(it("broken hoover"))]),
    ("binned the old bike helmet, not safe any more", [discard(it("old bike helmet"))]),
    (
        "put the allen keys in the little tin on shelf A",
        [store("little tin on shelf A", it("allen keys"))],
    ),
    ("threw out the garden chair, beyond repair", [discard(it("garden chair"))]),
    (
        "the projector has gone out with Aisha",
        [act("take", items=[it("projector")], person="Aisha")],
    ),
    ("Sam has booked out laptop 3", [act("take", items=[it("laptop 3")], person="Sam")]),
    # chat and phone shorthand around the fact
    ("put my earbuds in the top drawer rn", [store("top drawer", it("earbuds"))]),
    ("my hoodie n joggers r in the wardrobe", [store("wardrobe", it("hoodie"), it("joggers"))]),
    ("put the pack n play in the loft", [store("loft", it("pack n play"))]),
    ("binned my old trainers they were falling apart", [discard(it("old trainers"))]),
    ("used 2 packs of pens with 9C today", [use(n("pens", 2, unit="packs"))]),
    (
        "finished the last of the glue - need to reorder",
        [act("use", items=[{"name": "glue", "quantity": 1, "portion": "all"}])],
    ),
    (
        "took the tent out of the loft because we're going camping",
        [take(it("tent"), from_place="loft")],
    ),
    (
        "the iron is on the shelf in the utility now, not in the kitchen",
        [move("shelf in the utility", it("iron"), from_place="kitchen")],
    ),
    (
        "moved the other 6 mugs from box 2 to the cupboard",
        [move("cupboard", n("mugs", 6), from_place="box 2")],
    ),
    (
        "rename the crate under the stairs to wellies crate",
        [rename("wellies crate", place="crate under the stairs")],
    ),
    (
        "the last of the porridge oats has gone",
        [act("use", items=[{"name": "porridge oats", "quantity": 1, "portion": "all"}])],
    ),
    ("sold the old lawnmower to a bloke from the pub", [discard(it("old lawnmower"))]),
    ("moved the deckchairs out to the summerhouse", [move("summerhouse", it("deckchairs"))]),
    ("Laptop 5 has been returned by Omar", [act("return", items=[it("Laptop 5")], person="Omar")]),
    ("what's in the IT cupboard", [contents("IT cupboard")]),
    (
        "used the last roll of tape, need more",
        [act("use", items=[{"name": "roll of tape", "quantity": 1, "portion": "all"}])],
    ),
    ("the broken kettle I have thrown away", [discard(it("broken kettle"))]),
    ("I did put the ladder in the garage", [store("garage", it("ladder"))]),
    # a volunteer's store cupboard
    (
        "We've had a donation of 30 tins of soup, now on the top shelf",
        [store("top shelf", n("soup", 30, unit="tins"))],
    ),
    (
        "received 20 toilet rolls from the Co-op, they're in the store cupboard",
        [store("store cupboard", n("toilet rolls", 20))],
    ),
    ("handed out 12 packs of pasta today", [discard(n("pasta", 12, unit="packs"))]),
    ("8 tins of beans went out in parcels", [discard(n("beans", 8, unit="tins"))]),
    ("the old urn has been taken to the tip", [discard(it("old urn"))]),
    (
        "the tea urn has been put away in the kitchen cupboard",
        [store("kitchen cupboard", it("tea urn"))],
    ),
    ("please remove the broken kettle from the list", [discard(it("broken kettle"))]),
    (
        "the bunting is back in the blue crate after the fete",
        [give_back(it("bunting"), place="blue crate")],
    ),
    (
        "put 12 jars of jam in box 4 (shelf C1)",
        [store("box 4", n("jam", 12, unit="jars")), place("box 4", "shelf C1")],
    ),
    (
        "the old pram has gone to the charity shop, we hadn't touched it in years",
        [discard(it("old pram"))],
    ),
    ("took the old tiles to the tip, they'd all cracked anyway", [discard(it("old tiles"))]),
    (
        "ate the last of the crisps rip",
        [act("use", items=[{"name": "crisps", "quantity": 1, "portion": "all"}])],
    ),
    (
        "the keys to the shed are in the kitchen drawer",
        [store("kitchen drawer", it("keys to the shed"))],
    ),
    (
        "Mum's spare glasses are in the bureau, top drawer",
        [store("top drawer of the bureau", it("spare glasses"))],
    ),
    (
        "Kindly note the pressure cooker is kept in the store room",
        [store("store room", it("pressure cooker"))],
    ),
    ("I have kept the documents in the almirah only", [store("almirah", it("documents"))]),
    (
        "lent the heat gun to Marcus (the candle guy from the market)",
        [act("take", items=[it("heat gun")], person="Marcus")],
    ),
    ("gave the old lamp to the charity shop, so you can cross that off", [discard(it("old lamp"))]),
    (
        "the ghee is finished",
        [act("use", items=[{"name": "ghee", "quantity": 1, "portion": "all"}])],
    ),
    (
        "lent the heat gun to Marcus (the candle guy from the market)",
        [act("take", items=[it("heat gun")], person="Marcus")],
    ),
    ("gave the old lamp to the charity shop, so you can cross that off", [discard(it("old lamp"))]),
    (
        "the ghee is finished",
        [act("use", items=[{"name": "ghee", "quantity": 1, "portion": "all"}])],
    ),
    (
        "I've put the good loppers in the greenhouse, on the potting bench",
        [store("potting bench in the greenhouse", it("good loppers"))],
    ),
    (
        "the trowels are in the shed, on the top shelf",
        [store("top shelf in the shed", it("trowels"))],
    ),
    (
        "a dozen AA batteries in the hall drawer for the remotes",
        [store("hall drawer", n("AA batteries", 12))],
    ),
    (
        "thats the last of the stamps gone",
        [act("use", items=[{"name": "stamps", "quantity": 1, "portion": "all"}])],
    ),
    (
        "took 2 rolls of tape out of the craft drawer for packing",
        [take(n("tape", 2, unit="rolls"), from_place="craft drawer")],
    ),
    (
        "Tiffin boxes I have shifted to the upper kitchen shelf",
        [move("upper kitchen shelf", it("Tiffin boxes"))],
    ),
    ("yesterday I put the hedge trimmer in the shed", [store("shed", it("hedge trimmer"))]),
    (
        "tyre levers, pump + spare tube in the saddle bag",
        [store("saddle bag", it("tyre levers"), it("pump"), it("spare tube"))],
    ),
    (
        "the spare chairs have been moved into the garage from the shed",
        [move("garage", it("spare chairs"), from_place="shed")],
    ),
    ("the bin bags are under the sink", [store("under the sink", it("bin bags"))]),
    (
        "Tom ate the last of the cake",
        [act("use", items=[{"name": "cake", "quantity": 1, "portion": "all"}])],
    ),
    (
        "the drill is in the garage on the top shelf",
        [store("top shelf in the garage", it("drill"))],
    ),
    (
        "put the fairy lights in the loft in the big blue crate",
        [store("big blue crate in the loft", it("fairy lights"))],
    ),
    # where things went, and what is left of them
    ("the camping chairs went up to the loft", [store("loft", it("camping chairs"))]),
    ("the rest of the compost went into the shed", [store("shed", it("compost"))]),
    ("the cool box went back to the garage", [give_back(it("cool box"), place="garage")]),
    # a greeting or thanks around the fact, a title with a full stop
    ("Good morning. I put the drill in bin 4. Thanks!", [store("bin 4", it("drill"))]),
    ("lent the ladder to Mr. Jones", [act("take", items=[it("ladder")], person="Mr. Jones")]),
    # things said with where they were: a move
    (
        "the mugs from box 2 are in the kitchen cupboard now",
        [move("kitchen cupboard", it("mugs"), from_place="box 2")],
    ),
    (
        "the kettle is on the left side of the cupboard",
        [store("left side of the cupboard", it("kettle"))],
    ),
    # renames said as a name change, a quoted or storage-word name, or politely
    ("change tub 3 to craft tub", [rename("craft tub", place="tub 3")]),
    ("box 6 is now 'winter hats'", [rename("winter hats", place="box 6")]),
    (
        "the green crate is going to be the camping crate from now on",
        [rename("camping crate", place="green crate")],
    ),
    (
        "I'd like to call the grey bin garden toys, if that's ok",
        [rename("garden toys", place="grey bin")],
    ),
    ("rename box C -> fabric", [rename("fabric", place="box C")]),
    ("cubby 4 is now called the shoe cubby", [rename("shoe cubby", place="cubby 4")]),
    (
        "please call the crate behind the door 'dog stuff'",
        [rename("dog stuff", place="crate behind the door")],
    ),
    ("rename the item saw to tenon saw", [rename("tenon saw", it("saw"))]),
    # undo with the mistake said around it
    ("oops wrong drawer, undo", [act("undo")]),
    ("please revert what you just did", [act("undo")]),
    ("scrap that last entry, wrong box", [act("undo")]),
    ("Oh no, that last entry was wrong. Please revert it.", [act("undo")]),
    ("delete my previous entry", [act("undo")]),
    ("please ignore my last message", [act("undo")]),
    ("never mind the last one", [act("undo")]),
    # renames said other ways
    ("relabel crate 7 as fishing tackle", [rename("fishing tackle", place="crate 7")]),
    ("we've relabelled tub 2 as seeds", [rename("seeds", place="tub 2")]),
    ("shelf C's new name is paints", [rename("paints", place="shelf C")]),
    ("box 9 has been renamed to toys", [rename("toys", place="box 9")]),
    ("undo what I just sent you, my bad", [act("undo")]),
    ("cancel that, it was a mistake", [act("undo")]),
    # courtesy and emoji as punctuation around a fact
    ("I'm sorry to trouble you, but I've binned the old kettle", [discard(it("old kettle"))]),
    ("gave away the spare pram 🙌 so glad it's gone", [discard(it("spare pram"))]),
    # "em" for "them", pointing back within the message or counting what was said
    (
        "took the cones out of the shed and put em in the van",
        [move("van", it("cones"), from_place="shed")],
    ),
    (
        "lent the folding chairs to Beth, all 6 of em",
        [act("take", items=[n("folding chairs", 6)], person="Beth")],
    ),
    ("took the camp beds out of the loft, 3 pieces", [take(n("camp beds", 3), from_place="loft")]),
    # a remark run on after the thing or the place, with no comma
    ("chucked the old doormat its falling apart", [discard(it("old doormat"))]),
    ("took the fan out of the loft its boiling", [take(it("fan"), from_place="loft")]),
    ("where did i put the swim bags its tuesday", [find("swim bags")]),
    # the occasion a thing was for is no part of its name; what it is for is
    ("where's the bunting from the street party", [find("bunting")]),
    ("where are the name badges for the christening", [find("name badges")]),
    ("where's the spare key for the van", [find("spare key for the van")]),
    # Geordie and fond words to the listener
    ("the hoover's in the van noo", [store("van", it("hoover"))]),
    ("what's in the shed pet?", [contents("shed")]),
    ("howay, where's wor big torch", [find("big torch")]),
    ("where's the food for the pet", [find("food for the pet")]),
    # "where is" in the other languages of a household
    ("dónde está la manguera?", [find("manguera")]),
    ("nasaan ang payong?", [find("payong")]),
    ("onde estão os óculos de sol", [find("óculos de sol")]),
    ("masala dabba kahan hai?", [find("masala dabba")]),
    # a thing named alone beside a real question is a signature or chatter, not a search
    ("where's the hose? thanks. Brian", [find("hose")]),
    ("what's in the loft? asking for a friend", [contents("loft")]),
    ("qué onda? where are the scissors", [find("scissors")]),
    ("drill? saw?", [find("drill"), find("saw")]),
    # taken to the tip from somewhere, or down it
    (
        "took the old bed frame and the broken lamp from the spare room to the tip",
        [discard(it("old bed frame"), it("broken lamp"))],
    ),
    ("took the old rug down the tip", [discard(it("old rug"))]),
    # whose, typed without capital or apostrophe; "draw" for a drawer
    ("put amys swim bag in the boot of the car", [store("boot of the car", it("swim bag"))]),
    ("where's tobys other glove", [find("glove")]),
    ("what's in the draw by the sink", [contents("drawer by the sink")]),
    ("put the batteries in the junk draw", [store("junk drawer", it("batteries"))]),
    # Singlish and text-speak
    ("took out the ice box frm the service yard", [take(it("ice box"), from_place="service yard")]),
    (
        "the rice cooker now in the kitchen cabinet ya",
        [store("kitchen cabinet", it("rice cooker"))],
    ),
    ("where's the medal for the ceremony", [find("medal")]),
    # when, or doing what, after the things used; a count said after a thing sought
    ("used 3 of the firelighters camping", [use(n("firelighters", 3))]),
    ("we used 2 of the gas bottles over Christmas", [use(n("gas bottles", 2))]),
    ("used 4 of the glow sticks saturday", [use(n("glow sticks", 4))]),
    ("where are the deck chairs, all 6 of em", [find("deck chairs")]),
    # a word put right: after a question, or between dashes
    ("where's the Staubsauger? the hoover I mean", [find("hoover")]),
    ("donde esta la llave? sorry, where is the spanner", [find("spanner")]),
    ("Kiste 4 - sorry, crate 4 - is in the cellar", [place("crate 4", "cellar")]),
    ("the hammer - sorry, the mallet - is in bin 4", [store("bin 4", it("mallet"))]),
    # a container called by its colour is a place of its own
    (
        "the green tub is on the bottom shelf in the shed",
        [place("green tub", "bottom shelf in the shed")],
    ),
    ("the black pelican case lives in the van", [place("black pelican case", "van")]),
    # the place holding another, said without "under" or which side of it
    ("the cable crate lives under the desk", [place("cable crate", "desk")]),
    ("bin 9 is in the shed on the right hand side", [place("bin 9", "shed")]),
    ("the toy chest is in the nursery at the foot of the cot", [place("toy chest", "nursery")]),
    # undo said with a mistake after it, or a word before it
    ("undo!! wrong box", [UNDO]),
    ("eh scratch that", [UNDO]),
    # the weather said after a change: "it" is no thing
    (
        "took the sun lounger out of the shed, it's going to be a scorcher",
        [take(it("sun lounger"), from_place="shed")],
    ),
    # a gift said as who may keep it
    ("gave the old bike to Ravi's nephew, he can have it", [discard(it("old bike"))]),
    # "it was …" after a move is about the thing, not where it went
    (
        "moved the coats from the hall to the spare room, it was getting cluttered",
        [move("spare room", it("coats"), from_place="hall")],
    ),
    # "the till" is a shop's cash register, not "until"
    (
        "put 3 rolls of brown paper on the shelf under the till",
        [store("shelf under the till", n("brown paper", 3, unit="rolls"))],
    ),
    ("used the last of the till rolls, need to order more", [use(all_of("till rolls"))]),
    # a reason's "no one" or "mum said" does not doubt the fact
    (
        "moved the hoover from under the stairs to the kitchen cupboard bc no one can ever find it",
        [move("kitchen cupboard", it("hoover"), from_place="under the stairs")],
    ),
    # which way it went is not part of its name ("outside", "downstairs")
    ("moved the plants outside to the patio", [move("patio", it("plants"))]),
    (
        "moved the diaper caddy downstairs to the living room shelf",
        [move("living room shelf", it("diaper caddy"))],
    ),
    ("what's down the cellar?", [contents("cellar")]),
    ("what do we have up at the cabin", [contents("cabin")]),
    # a car's boot is a place; the car boot sale is where things are sold
    (
        "chucked 2 spare pairs of crocs in the car boot",
        [store("car boot", n("spare pairs of crocs", 2))],
    ),
    ("sold the old lamp at the car boot", [discard(it("old lamp"))]),
    ("hairdryer finally died so binned it", [discard(it("hairdryer"))]),
    ("put the lanyard in my locker at work", [store("locker at work", it("lanyard"))]),
    ("John wants to know where the uncapping fork's got to", [find("uncapping fork")]),
    ("whats happened to the long level", [history("long level")]),
    # taken out, then put somewhere: one move
    (
        "took the hurleys out of the shed and threw them in the car for training",
        [move("car", it("hurleys"), from_place="shed")],
    ),
    (
        "took the awning poles outta the roof box and put em in the rear cabinet",
        [move("rear cabinet", it("awning poles"), from_place="roof box")],
    ),
    # Irish English: "I'm after doing" is just done
    ("I'm after putting the hurleys in the shed", [store("shed", it("hurleys"))]),
    (
        "amn't I after putting the lunchboxes back in the press over the kettle",
        [give_back(it("lunchboxes"), place="press over the kettle")],
    ),
    ("stick the towels in the hot press", [store("hot press", it("towels"))]),
    # what it was used for, said after
    (
        "used 2 bales of straw mucking out the hen house this morning",
        [use(n("straw", 2, unit="bales"))],
    ),
    ("used a quart of ATF topping off the jeep", [use(n("ATF", 1, unit="quart"))]),
    # a new name in quotes is the new name
    (
        "call the box room press 'the junk press' from now on",
        [rename("junk press", place="box room press")],
    ),
    ("box 4's got the drill in it", [store("box 4", it("drill"))]),
    ("12oz cups moved to rack 2 in dry store", [move("rack 2 in dry store", it("12oz cups"))]),
    ("did someone move the ladder recently?", [history("ladder")]),
    ("put the impact gun on the charger shelf period", [store("charger shelf", it("impact gun"))]),
    ("mum made me put the xbox 360 in the loft", [store("loft", it("xbox 360"))]),
    ("ngl where's the switch dock", [find("switch dock")]),
    (
        "would you ever note down that the jump leads are in the boot of the car",
        [store("boot of the car", it("jump leads"))],
    ),
    # a second clause that is only what was done ("found in dorm 3") is no thing
    (
        "logged a black iphone charger into lost property, found in dorm 3 this morning",
        [store("lost property", it("black iphone charger"))],
    ),
    ("the old rug went out with the rubbish", [discard(it("old rug"))]),
    ("Used up the paraffin wax; I must remember to buy more", [use(all_of("paraffin wax"))]),
    # Nigerian Pidgin: "dey" is where something is, "for" after it is in
    (
        "the jumper cables dey for the car boot now",
        [store("car boot", it("jumper cables"))],
    ),
    ("where the rechargeable fans dey", [find("rechargeable fans")]),
    ("wetin dey under the stairs?", [contents("under the stairs")]),
    # dictated: "too the" is "to the"; "the lost" at the end is the loft
    ("moved the bikes too the shed full stop", [move("shed", it("bikes"))]),
    ("what's in the lost", [contents("loft")]),
    ("what's in the lost property box", [contents("lost property box")]),
    # a count before words and a unit: "the 2 new kilo bags of …" are 2
    (
        "put the 2 new kilo bags of house blend on the top shelf",
        [store("top shelf", n("new kilo bags of house blend", 2))],
    ),
    # when, or a remark in brackets, after a thing is no part of its name
    ("tossed the broken desk lamp finally", [discard(it("broken desk lamp"))]),
    ("binned the brownies (stale)", [discard(it("brownies"))]),
    # Caribbean English "de", "dat"; "de" between two nouns is "of" ("farinha de mandioca")
    (
        "put de big pelau pot in de cupboard under de sink",
        [store("cupboard under the sink", it("big pelau pot"))],
    ),
    ("scratch dat last one, wrong box", [UNDO]),
    ("onde tá the farinha de mandioca??", [find("farinha de mandioca")]),
    # "&" is read "and" (a pair said as one thing keeps it: "salt & pepper mill")
    ("Bin B is now called cords & chargers", [rename("cords & chargers", place="Bin B")]),
    (
        "the outboard's gone from the boat shed up to the byre for the winter",
        [move("byre", it("outboard"), from_place="boat shed")],
    ),
    # mum and dad in other languages own things; they are not part of the name
    ("amma's big dekchi is on the top shelf", [store("top shelf", it("big dekchi"))]),
    ("halmonis sesame oil is in the pantry cabinet", [store("pantry cabinet", it("sesame oil"))]),
    ("where is abba's prayer mat", [find("prayer mat")]),
    # labels with a hyphen; a letter drawn out; a count in words, after
    ("The Brio starter set is in loft box L-02.", [store("loft box L-02", it("Brio starter set"))]),
    ("can u tell me where my goggles are pleeeeease", [find("goggles")]),
    ("put the aaa bead in bin 1", [store("bin 1", it("aaa bead"))]),  # a name keeps its letters
    ("what's on shelf A", [contents("shelf A")]),  # a capital A at the end is a label
    (
        "Took the gazebo out of the shed ready for the plant sale",
        [take(it("gazebo"), from_place="shed")],
    ),
    ("binned the snapped hoe, handle went clean through", [discard(it("snapped hoe"))]),
    # an undo with why it was a mistake; a question for where a thing is, said formally
    ("Undo the last entry please; it was recorded against the wrong crate.", [UNDO]),
    ("Could you tell me the current location of the Hornby train?", [find("Hornby train")]),
    ("used 2 incontinence pads overnight", [use(n("incontinence pads", 2))]),
    ("Please list the full contents of shelf 3B.", [contents("shelf 3B")]),
    ("waar is die cooler box?", [find("cooler box")]),
    ("nee wait undo that", [UNDO]),
    (
        "got the creels back off Donnie, all 6 of them 👍",
        [act("return", items=[n("creels", 6)], person="Donnie")],
    ),
    # what someone of the household did, said with "'s" or "hid"
    ("mum's put her purse in the bread bin again", [store("bread bin", it("purse"))]),
    ("mum hid the tv remote in the biscuit tin", [store("biscuit tin", it("tv remote"))]),
    # shouted: read in lower case, a first name keeps its capital
    ("DAD PUT THE ROOF BOX IN THE BARN", [store("barn", it("roof box"))]),
    # "actually", "really", "even" inside a question ask nothing more
    ("where did I actually put the drill", [find("drill")]),
    ("what have we really got in bin 4", [contents("bin 4")]),
    ("where is the drill actually kept", [find("drill")]),
    # told to throw it out with a verb that is also a noun
    ("bin the broken tawa, handle's snapped clean off", [discard(it("broken tawa"))]),
    ("the hoover's gone upstairs to the landing press", [store("landing press", it("hoover"))]),
    # the past said as the present, by learners
    ("Uncle Ray borrow de ladder AGAIN", [act("take", items=[it("ladder")], person="Uncle Ray")]),
    # "it" after "in" is where the first thing came out of, not the thing
    (
        "took the ice skates out of the basement bin and put the rollerblades in it",
        [
            take(it("ice skates"), from_place="basement bin"),
            store("basement bin", it("rollerblades")),
        ],
    ),
    ("list everything we have lent to people pls", [act("out")]),
    ("What have I lent out to people", [act("out")]),
    ("How does this Work. What I can ask you?", [HELP]),  # one question, asked twice
    (
        "got the round timer back off Deano, its on the office desk",
        [act("return", items=[it("round timer")], place="office desk", person="Deano")],
    ),
    (
        "Tasha borrowed a skipping rope till thurs",
        [act("take", items=[it("skipping rope")], person="Tasha")],
    ),
    (
        "pump for the bikes is on the hook in the hall",
        [store("hook in the hall", it("pump for the bikes"))],
    ),
    ("when last did we move the big urn?", [history("big urn")]),
    ("How many Sugo jars I still got", [find("Sugo jars")]),
    ("help pls how do I tell you I lent something", [HELP]),
    ("show me the last few things that were updated", [act("history")]),
    ("how many storage spots are on this thing", [act("list_places")]),
    ("Chale which storage spots have you got for us", [act("list_places")]),
    ("ei scratch that", [UNDO]),
    ("Var är the kayak paddles??", [find("kayak paddles")]),
    ("where did dad keep the canadian tire receipt", [find("canadian tire receipt")]),
    ("skipping rope snapped mid class so chucked it", [discard(it("skipping rope"))]),
    (
        "moved the camping chairs to the caravan in Portrush",
        [move("caravan in Portrush", it("camping chairs"))],
    ),
    ("when's the last time somebody moved the generator", [history("generator")]),
    ("how many eggs in the fridge", [find("eggs")]),
    ("mais put the crawfish pot in the boat shed cher", [store("boat shed", it("crawfish pot"))]),
    ("scratch that cher", [UNDO]),
    (
        "ya bot 12 jars of pickles on the pantry shelf",
        [store("pantry shelf", n("pickles", 12, unit="jars"))],
    ),
    ("bot where is teta's rolling pin", [find("rolling pin")]),
    (
        "Big Davy brought the ladder back so he did, its back in the back yard",
        [act("return", items=[it("ladder")], place="back yard", person="Big Davy")],
    ),
    (
        "Parrain brought back the cast net finally, its hanging in the boat shed",
        [act("return", items=[it("cast net")], place="boat shed", person="Parrain")],
    ),
    ("welp we used the last of the propane, tank empty", [use(all_of("propane"))]),
    (
        "used 5 cans of chickpeas making hummus for the whole family lol",
        [use(n("chickpeas", 5, unit="cans"))],
    ),
    ("used 3 rolls of baking paper", [use(n("baking paper", 3, unit="rolls"))]),
    ("finish all grechka, need buy more", [use(all_of("grechka"))]),
    ("undo undo, wrong one", [UNDO]),
    ("where'd I save the good scissors", [find("good scissors")]),
    ("what all places we got in here", [act("list_places")]),
    ("got or not the spare rice cooker? where", [find("spare rice cooker")]),
    (
        "Uncle Hemi brought back the spear gun sweet as",
        [act("return", items=[it("spear gun")], person="Uncle Hemi")],
    ),
    ("ate the last of the maputi soz", [use(all_of("maputi"))]),
    ("what can u do bot", [HELP]),
    (
        "I nearly forgot to tell you, the Christmas decorations are in the loft",
        [store("loft", it("Christmas decorations"))],
    ),
    ("where stand the camping chairs", [find("camping chairs")]),
    ("wat stands in the berging?", [contents("berging")]),
    ("what is changed lately", [act("history")]),
    ("what Tuan still have of ours", [act("out", person="Tuan")]),
    # Glaswegian "ma" for "my" before a thing, "whit's" for "what's"; not mother doing things
    ("wheres ma pe kit", [find("pe kit")]),
    ("put 3 lip glosses in ma makeup bag", [store("makeup bag", n("lip glosses", 3))]),
    ("whits in the box under ma bed", [contents("box under my bed")]),
    ("where is the big pot ma uses for the biryani", [find("big pot")]),
    ("lent the drill to Dave again", [act("take", items=[it("drill")], person="Dave")]),
    ("who has our things borrowed?", [act("out")]),
    # "all" without its article, "for tomorrow" as what for, where away from home
    (
        "moved all summer dresses from closet to dacha suitcase",
        [
            act(
                "move",
                items=[all_of("summer dresses")],
                place="dacha suitcase",
                from_place="closet",
            )
        ],
    ),
    (
        "took the tent out of the loft for tomorrow",
        [act("take", items=[it("tent")], from_place="loft")],
    ),
    (
        "the spare shop key is in the kitchen drawer at home",
        [store("kitchen drawer at home", it("spare shop key"))],
    ),
    # "put" said in Spanish, Tagalog, Portuguese or Hindi, with English things and places
    (
        "puse las semillas de cilantro en seed bin C",
        [store("seed bin C", it("semillas de cilantro"))],
    ),
    (
        "pls pakilagay yung big kaldero sa basement shelf",
        [store("basement shelf", it("big kaldero"))],
    ),
    (
        "puse 6 rolls de papel de baño en los garage shelves",
        [store("garage shelves", n("rolls de papel de baño", 6))],
    ),
    ("drill ko garage mein rakh diya", [store("garage", it("drill"))]),
    # what it was taken out for is no place it went to
    (
        "Took the tall stepladder out of the barn to get at the gutters on the east side",
        [act("take", items=[it("tall stepladder")], from_place="barn")],
    ),
    ("whats on the top shelf in the dry store", [contents("top shelf in the dry store")]),
    # which one, said after the thing, is no second search; a thing's location; verb last
    ("where is the hotpot strainer ladle, the one with holes", [find("hotpot strainer ladle")]),
    ("teensy 4.1 location pls", [find("teensy 4.1")]),
    ("recent change show", [act("history")]),
    ("recent changes dikhao", [act("history")]),
    ("tiffin bags kidhar?", [find("tiffin bags")]),
    ("ladder abhi kahan hai", [find("ladder")]),
    ("who's got kit out for robocup", [act("out")]),
    # a piece of furniture said without its article, as a place's place
    (
        "put documents in blue folder in wardrobe",
        [store("blue folder in wardrobe", it("documents"))],
    ),
    (
        "spare keys in the kitchen drawer next to fridge",
        [store("kitchen drawer next to fridge", it("spare keys"))],
    ),
    ("What is in drawer 4 of plan chest 2?", [contents("drawer 4 of plan chest 2")]),
    ("whats in the under couch bin rn", [contents("under couch bin")]),
    ("show me the last few things I done on here", [act("history")]),
    ("show me the last few things I've done", [act("history")]),
    # "what all" (the American South), "actually" inside a question, a holder that "got" it
    ("what all have I changed on here lately", [act("history")]),
    ("what do we actually have in the cage", [contents("cage")]),
    ("what storage places have we actually got on here", [act("list_places")]),
    ("which box got my winter jacket", [find("winter jacket")]),
    (
        "the dynamixels went from A2 -> A3 btw",
        [act("move", items=[it("dynamixels")], place="A3", from_place="A2")],
    ),
    # which one, said after the question, is no part of the thing
    ("any idea where the hex key set went, the good wera one", [find("hex key set")]),
    ("where's the big casserole dish, the le creuset one", [find("big casserole dish")]),
    # where it no longer is, under something; "from now" for "from now on"; "even"
    (
        "fishing rods are in the garage now not under the house fyi",
        [act("move", items=[it("fishing rods")], place="garage", from_place="under the house")],
    ),
    (
        "call the metal shelf in Keller 'sauce shelf' from now",
        [rename("sauce shelf", place="metal shelf in Keller")],
    ),
    ("how many boxes have i even got", [act("list_places", query="boxes")]),
    # a thing said alone, then "where": the thing is asked about
    ("Bot. Stud finder. Where.", [find("Stud finder")]),
    # an undo, and why, in one breath
    ("scratch that last one I had it wrong", [act("undo")]),
    ("no no that aint right undo that", [act("undo")]),
    # "ok" before "I put back" is no part of the thing
    ("ok, I put back drill bits in the case", [give_back(it("drill bits"), place="case")]),
    # things named like people or animals
    ("the teddy bear is in the toy box", [store("toy box", it("teddy bear"))]),
    ("the singer is in the spare room", [store("spare room", it("singer"))]),
    # a learner's promise to bring it back
    (
        "gave Sveta the folding table, she bring back sunday",
        [act("take", items=[it("folding table")], person="Sveta")],
    ),
    ("abbus drill is back in the garage", [give_back(it("drill"), place="garage")]),
    (
        "put the snow chains in the trunk of the car, you never know in the Alps",
        [store("trunk of the car", it("snow chains"))],
    ),
    # more things said on their own after a change or a question are not dropped
    (
        "Put the wedding card box in the loft. Also the mehndi plates",
        [store("loft", it("wedding card box"), it("mehndi plates"))],
    ),
    ("where's the dhol? and the dupatta box", [find("dhol"), find("dupatta box")]),
    (
        "lent cousin Linh 2 of the folding tables",
        [act("take", items=[n("folding tables", 2)], person="Linh")],
    ),
    (
        "the red box with the cables is on the top shelf of the berging",
        [act("place", place="red box with the cables", parent="top shelf of the berging")],
    ),
    (
        "put one trainer (size 5 nike) in the lost property box",
        [store("lost property box", n("trainer", 1))],
    ),
    ("used 2 tubes of shuttles w yr 8 badminton", [use(n("shuttles", 2, unit="tubes"))]),
    ("what's in the drawer by station 3", [contents("drawer by station 3")]),
    ("undo please, I have typed it wrong", [UNDO]),
    (
        "Rawiri's got the ute tie downs, lent em to him yesterday",
        [act("take", items=[it("ute tie downs")], person="Rawiri")],
    ),
    (
        "Mrs Ali returned the 10 red bibs she borrowed for sports day",
        [act("return", items=[n("red bibs", 10)], person="Mrs Ali")],
    ),
    ("put the drill I bought in the shed", [store("shed", it("drill"))]),
    ("rename container c3 to tool container", [rename("tool container", place="container c3")]),
    ("my medal is in the shoe box comma", [store("shoe box", it("medal"))]),  # dictated
    (
        "got my drill back off Dennis, and the hedge trimmer",
        [act("return", items=[it("drill"), it("hedge trimmer")], person="Dennis")],
    ),
    (
        "took the crown and the sceptre out of the safe for tonight",
        [take(it("crown"), it("sceptre"), from_place="safe")],
    ),
    ("went thru 2 bottles of whitening shampoo", [use(n("whitening shampoo", 2, unit="bottles"))]),
    ("12 music stands loaded into the van", [store("van", n("music stands", 12))]),
    ("wheres the bowel care stuff, the carer's asking", [find("bowel care stuff")]),
    ("where's the lead and the dog's bedding", [find("lead"), find("dog's bedding")]),
    # Scots and Doric
    ("far's the tattie peeler", [find("tattie peeler")]),
    ("fit can ye dae?", [HELP]),
    ("fa moved the toolbox? and when?", [history("toolbox")]),
    (
        "moved the tent fae the hall cupboard tae under the bed",
        [move("under the bed", it("tent"), from_place="hall cupboard")],
    ),
    # a room said after the place in it, after a comma
    (
        "the drill is on the top shelf, in the garage",
        [store("top shelf in the garage", it("drill"))],
    ),
    (
        "the drill is on top of the fridge, in the kitchen",
        [store("top of the fridge in the kitchen", it("drill"))],
    ),
    ("the bikes are on the rack, on the car", [store("rack on the car", it("bikes"))]),
    ("used the last of dad's build up drinks", [use(all_of("build up drinks"))]),
    (
        "long ladder's gone back in cage 3",
        [act("return", items=[it("long ladder")], place="cage 3")],
    ),
    (
        "took the jigger off the stage n put it in the truck",
        [move("truck", it("jigger"), from_place="stage")],
    ),
    (
        "moved the oilskins out the van into the net loft",
        [move("net loft", it("oilskins"), from_place="van")],
    ),
    (
        "lent out the projector to the church hall",
        [act("take", items=[it("projector")], person="the church hall")],
    ),
    (
        "got the gazebo back off soph n chucked it under the house",
        [act("return", items=[it("gazebo")], place="under the house", person="soph")],
    ),
    # what the borrower wants it for is no part of its name
    (
        "lent Mr O'Neill the long extension lead for his classroom",
        [act("take", items=[it("long extension lead")], person="Mr O'Neill")],
    ),
    (
        "Kev's borrowed 3 of the wigs for his panto",
        [act("take", items=[n("wigs", 3)], person="Kev")],
    ),
    # Irish and Newfoundland "after doing": done
    ("I'm after putting the rubber boots on the porch", [store("porch", it("rubber boots"))]),
    ("we're after moving the tent to the loft", [move("loft", it("tent"))]),
    ("I’m after putting the turf in the shed", [store("shed", it("turf"))]),  # a phone's ’
    # a number that is a size in the name, not a count
    ("put the 120 grit discs in D7", [store("D7", it("120 grit discs"))]),
    ("put the 12 gauge wire in bin 4", [store("bin 4", it("12 gauge wire"))]),
    ("put 2 pin badges in the drawer", [store("drawer", n("pin badges", 2))]),  # a count
    ("used 3 of the 5 amp fuses", [use(n("5 amp fuses", 3))]),
    ("used 2 of the 10 lb bags of sugar", [use(n("10 lb bags of sugar", 2))]),
    # Yorkshire: "int'" is "in the", "t'" joined to its noun is "the"
    ("put 6 gas bottles int' barn", [store("barn", n("gas bottles", 6))]),
    ("what's int' shipping container?", [contents("shipping container")]),
    ("is the lawnmower int' barn or t'workshop?", [find("lawnmower")]),
    ("cage 2's int' shipping container", [place("cage 2", "shipping container")]),
    # when it was done, said after the change
    (
        "chucked the camping stove in mum's loft when we were there on sunday",
        [store("mum's loft", it("camping stove"))],
    ),
    (
        "took the fishing gear out of the storage unit when we were home in april",
        [take(it("fishing gear"), from_place="storage unit")],
    ),
    # Tamil and Vietnamese "where", Tamil "what's in", said after
    ("idli steamer enga?", [find("idli steamer")]),
    ("pongal box la enna irukku?", [contents("pongal box")]),
    ("where's the drill to?", [find("drill")]),  # Newfoundland
    ("where's the Brasso got to?", [find("Brasso")]),
    ("any idea where mom put the rubber boots?", [find("rubber boots")]),
    ("have we any gas left for the skidoo?", [find("gas")]),
    (
        "Roy took the come-along, says he'll have it back Friday",
        [act("take", items=[it("come-along")], person="Roy")],
    ),
    (
        "my cousin Fergal has the roof box since sunday, he'll have it back whenever",
        [act("take", items=[it("roof box")], person="Fergal")],
    ),
    (
        "put my spare uniforms in the airing cupboard x",
        [store("airing cupboard", it("spare uniforms"))],
    ),
    ("what's on shelf x", [contents("shelf x")]),  # a label, not a kiss
    ("change the grey bin's name to hockey bin", [rename("hockey bin", place="grey bin")]),
    ("What are the functions available in this bot?", [HELP]),
    ("how to use this one", [HELP]),
    ("remind me whats in the meds cupboard, doing the order", [contents("meds cupboard")]),
    ("3 dressings used today", [use(n("dressings", 3))]),
    ("4 plasters used out the first aid bag", [use(n("plasters", 4), from_place="first aid bag")]),
    (
        "lent the spare footrest to Kev sat",
        [act("take", items=[it("spare footrest")], person="Kev")],
    ),
    (
        "popo's lunar new year decorations are in the big red box",
        [store("big red box", it("lunar new year decorations"))],
    ),
    ("net loft's now called top loft", [rename("top loft", place="net loft")]),
    ("TOOK 2 ADVIL", [use(n("ADVIL", 2))]),  # a pill taken is used
    ("fai chun where i keep", [find("fai chun")]),
    ("what's up the net loft then", [contents("net loft")]),
    ("binned that split buoy", [discard(it("split buoy"))]),
    (
        "Deacon Yohannes has returned all twenty folding chairs. Thank you.",
        [act("return", items=[n("folding chairs", 20)], person="Deacon Yohannes")],
    ),
    (
        "Ma asked me to log this: folding table and 6 folding chairs are in the storage locker",
        [store("storage locker", it("folding table"), n("folding chairs", 6))],
    ),
    ("list all loaned instruments pls, end of yr audit", [act("out")]),
    ("who borrow my things not return yet", [act("out")]),
    ("CHANGE GARAGE TO GARAGE UP NORTH", [rename("garage up north", place="garage")]),  # known
    ("binned the old clippers, motor's gone", [discard(it("old clippers"))]),
    (
        "Kindly be informed that the big dekchi has been kept in the loft after Dashain.",
        [store("loft", it("big dekchi"))],
    ),
    ("Kindly advise the present location of my medal box.", [find("medal box")]),
    ("Request a list of items currently held in the shed.", [contents("shed")]),
    ("show me tonights changes", [act("history")]),
    ("who's got stuff borrowed atm", [act("out")]),
    (
        "y'all the foursquare balls are in the youth room closet now",
        [store("youth room closet", it("foursquare balls"))],
    ),
    ("03:40 took radio 4 out of the charger", [take(it("radio 4"), from_place="charger")]),
    ("1985 Ford Escort manual is in the garage", [store("garage", it("1985 Ford Escort manual"))]),
    ("where stays the remote??", [find("remote")]),
    ("wheres my cricket bat bruv", [find("cricket bat")]),
    ("What's in the tin trunk butt", [contents("tin trunk")]),
    ("used the last of the ghee sorry mum", [use(all_of("ghee"))]),
    ("bamps medals are in the tin trunk", [store("tin trunk", it("medals"))]),
    ("no hang on thats wrong, undo that", [UNDO]),
    ("lent the pack n play to jess", [act("take", items=[it("pack n play")], person="jess")]),
    ("remind me what storage spots u know about", [act("list_places")]),
    # who or where, said of "it" in a second clause, belongs to the first change
    (
        "the emergency shelter's back in the minibus, Amy dropped it off after the nav course",
        [act("return", items=[it("emergency shelter")], place="minibus", person="Amy")],
    ),
    (
        "Marg brought the folding tables back, they're in the garage now. Such a sweetheart",
        [act("return", items=[it("folding tables")], place="garage", person="Marg")],
    ),
    (
        "Found a cardigan with Doris's name tag in the lounge, put it in the lost property box",
        [store("lost property box", it("cardigan with Doris's name tag"))],
    ),
    ("when did i lend sofia the hoodie", [history("hoodie")]),
    (
        "Sam brought the ladder back, it's in Mr. Brown's shed",  # a title's full stop ends nothing
        [act("return", items=[it("ladder")], place="Mr. Brown's shed", person="Sam")],
    ),
    (
        "digsi pot come back from Hodan finally",
        [act("return", items=[it("digsi pot")], person="Hodan")],
    ),
    ("undo that last one my 'ansum", [UNDO]),
    (
        "Moved the snowblower from the garage to the pole barn before we left",
        [move("pole barn", it("snowblower"), from_place="garage")],
    ),
    (
        "Auntie Mei bring back the rice cooker already, thank god",
        [act("return", items=[it("rice cooker")], person="Auntie Mei")],
    ),
    ("skipping rope broke, binned it", [discard(it("skipping rope"))]),
    ("has anyone not given our stuff back yet", [act("out")]),
    ("Aunty's asking for the brass lamps, where are they?", [find("brass lamps")]),
    ("where's the big pot ma uses for the biryani?", [find("big pot")]),
    ("where's ma's prayer bell", [find("prayer bell")]),
    (
        "mum asked me to tell you, I have kept the passports in the fireproof box",
        [store("fireproof box", it("passports"))],
    ),
    (
        "finished the last of the masala, must buy more from the spice shop",
        [use(all_of("masala"))],
    ),
    # what it is for is said after a request, not when it is to be done
    ("put the tent in the car for tomorrow", [store("car", it("tent"))]),
    (
        "put 6 bottles of wine in the basement fridge for shabbat",
        [store("basement fridge", n("wine", 6, unit="bottles"))],
    ),
    # an undo and what went wrong, said as a sentence of its own
    ("undo that last one I made a hames of it", [UNDO]),
    ("scratch that type wrong", [UNDO]),
    # the last changes, help and loans, asked in other words
    ("show me the last things u saved", [act("history")]),
    ("Could you show me the last few things I told you please", [act("history")]),
    ("I am sorry, I have forgotten. What is it you can do for me?", [act("help")]),
    ("How does this work again dear?", [act("help")]),
    ("who borrow what?", [act("out")]),
    ("have we calving ropes anywhere", [find("calving ropes")]),
    # places inside places said with "at" and "off"; a numbered place inside another holds
    (
        "put nail drill back in drawer 2 at station 3",
        [give_back(it("nail drill"), place="drawer 2 at station 3")],
    ),
    (
        "gun cabinet is in the room off the kitchen",
        [act("place", place="gun cabinet", parent="room off the kitchen")],
    ),
    (
        "bin 3 in the shed has the spare bbq gas bottle",
        [store("bin 3 in the shed", it("spare bbq gas bottle"))],
    ),
    # renames said with "name" after the place, or the new name with "the"
    ("change shelf 3 name to soda shelf", [rename("soda shelf", place="shelf 3")]),
    ("change name box A to gel box pls", [rename("gel box", place="box A")]),
    (
        "call the closet in the hallway the hurricane closet from now on",
        [rename("hurricane closet", place="closet in the hallway")],
    ),
    (
        "From now on I would like to call the cupboard in the lobby the lobby press, if that is"
        " all right.",
        [rename("lobby press", place="cupboard in the lobby")],
    ),
    # a size between the count and a thing with no English plural; "both"
    (
        "put the 2 big brass kuthuvilakku in the pooja room cupboard",
        [store("pooja room cupboard", n("big brass kuthuvilakku", 2))],
    ),
    ("both scooters are in the bike shed", [store("bike shed", n("scooters", 2))]),
    # where it was, said after where it is now
    (
        "bass rig's gone in the splitter van now, was in the trailer",
        [act("move", items=[it("bass rig")], place="splitter van", from_place="trailer")],
    ),
    (
        "moved the drill to bin 7, it was in bin 4",
        [act("move", items=[it("drill")], place="bin 7", from_place="bin 4")],
    ),
    # what the things were like is no thing; a cry before or after is no part of a name
    ("threw away 3 old buffers, too dirty", [discard(n("old buffers", 3))]),
    ("used the last of the cuticle oil troi oi", [use(all_of("cuticle oil"))]),
    ("yerra put the 10 gates in the haggard", [store("haggard", n("gates", 10))]),
    ("finished all the soy sauce aiya", [use(all_of("soy sauce"))]),
    # where it happened is not where it is kept
    (
        "Isobel gave me back my umbrella at church on Sunday, the tartan one.",
        [act("return", items=[it("umbrella")], person="Isobel")],
    ),
    # carried back up to a place: put back there, by whoever carried it
    (
        "Callum carried the big suitcase back up to the loft for me, bless him.",
        [give_back(it("big suitcase"), place="loft")],
    ),
    ("left my bible at church", [store("church", it("bible"))]),
    # a place at a numbered work place; numbered rails, benches, cages and cases
    (
        "ok i stuck the full guard set in the blue caddy at station 5",
        [store("blue caddy at station 5", it("full guard set"))],
    ),
    ("drawer B4 is in bench 6", [act("place", place="drawer B4", parent="bench 6")]),
    ("gimbal lives in pelican 1", [store("pelican 1", it("gimbal"))]),
    # fond words and cries said to the bot
    (
        "put the silver thigh highs in the glam case hunty",
        [store("glam case", it("silver thigh highs"))],
    ),
    ("mela what do we have in the kantina", [contents("kantina")]),
    (
        "matthew returned the gopro finallyyy",
        [act("return", items=[it("gopro")], person="matthew")],
    ),
    # where the borrower is from is no part of their name
    (
        "lent 2 of the cordless clippers to Marcus over at Fade Kings",
        [act("take", items=[n("cordless clippers", 2)], person="Marcus")],
    ),
    (
        "let Tre from the shop on Cascade borrow my detailer",
        [act("take", items=[it("detailer")], person="Tre")],
    ),
    # the thing or the place said first, then the question
    ("Insulin pens which fridge shelf?", [find("Insulin pens")]),
    ("back room, what we got", [contents("back room")]),
    ("blue file what are the docs inside", [contents("blue file")]),
    ("bomb shelter got what inside", [contents("bomb shelter")]),
    # questions in other words and other tongues
    ("u kno where the straight razor blades went?", [find("straight razor blades")]),
    ("where's the drill gone", [find("drill")]),
    ("do Quez still have the fx?", [act("out", person="Quez")]),
    ("list everything Dave has borrowed", [act("out", person="Dave")]),
    ("what all updates happened this week", [act("history")]),
    ("recent changes kindly show", [act("history")]),
    ("how many boxes and shelves i have put in this bot", [act("list_places")]),
    ("fejn il-festa lights?", [find("festa lights")]),
    ("car spare key evide?", [find("car spare key")]),
    ("the drill is in il-garage", [store("garage", it("drill"))]),
    # a kiss after a rail; a laugh between two clauses ends the first
    (
        "gold sequin catsuit is on the garment rail x",
        [store("garment rail", it("gold sequin catsuit"))],
    ),
    (
        "moved my skis to the garage lol the sous-sol is full",
        [act("move", items=[it("skis")], place="garage")],
    ),
    # a place in a part of another; Irish "has a lend of"
    (
        "my passport is in the wee compartment at the back of the bureau",
        [store("wee compartment at the back of the bureau", it("passport"))],
    ),
    (
        "The flannel sheets are in the cedar chest at the end of the upstairs hall",
        [store("cedar chest at the end of the upstairs hall", it("flannel sheets"))],
    ),
    ("put a couple batteries in the drawer", [store("drawer", n("batteries", 2))]),
    # someone still has it, asked without "does"
    ("Yossi still has the jumper cables?", [act("out", person="Yossi")]),
    ("Have I still got the picnic hamper?", [find("picnic hamper")]),
    # places named by a verb and its particle
    ("whats in the walk in", [contents("walk-in")]),
    ("put 6 plaster bags in the lock up", [store("lock-up", n("plaster bags", 6))]),
    # when a thing last went out, asked in other words; numbered things without "the"
    ("when'd the tile probe go out", [act("history", query="tile probe")]),
    ("when did tent #4 last go out", [act("history", query="tent #4")]),
    ("when were the wahls lent out", [act("history", query="wahls")]),
    ("when was trumpet 8 checked out", [act("history", query="trumpet 8")]),
    ("last time the tent got moved?", [act("history", query="tent")]),
    ("what did everyone change this week?", [act("history")]),
    ("what have i changed lately on here", [act("history")]),
    ("show me please the last changes", [act("history")]),
    # undo and help in other words
    ("scratch that pet", [UNDO]),
    ("scratch that honey", [UNDO]),
    # a fond word only after a word to the listener: honey and sugar bought or used are things
    ("put the honey in the pantry", [store("pantry", it("honey"))]),
    ("used the last of the honey", [use(all_of("honey"))]),
    ("where's the sugar", [find("sugar")]),
    ("ope scratch that, wrong one", [UNDO]),
    ("ctrl-z that pls", [UNDO]),
    ("borra eso, wrong one", [UNDO]),
    ("what can ye dee like", [act("help")]),
    ("wha dis bot could do?", [act("help")]),
    ("how do i use you", [act("help")]),
    # a borrower named in lower case with a title or a kin word
    ("does mrs pagliuca still have the folding table?", [act("out", person="mrs pagliuca")]),
    ("does rajan uncle still have our chairs??", [act("out", person="rajan uncle")]),
    # which one a place is, said as where it is
    (
        "drawer 2 is the one in the hall table",
        [act("place", place="drawer 2", parent="hall table")],
    ),
    ("shelf B is the middle shelf in the garage", [act("place", place="shelf B", parent="garage")]),
    ("Shelf C is the top one in the shed", [act("place", place="Shelf C", parent="shed")]),
]

NEGATIVE = [
    "mi deh inna di front room, come",  # where the speaker is
    "wah so hot today",  # the weather
    "what's in the news",  # nothing of ours is kept there
    "what's on tv tonight",
    "duw duw it's wet out there",
    "put the drill in the same drawer like last time",  # which drawer, only context tells
    "the tent is in the same box as the others",
    "shukriya",  # thanks: no search for a thing called "shukriya"
    "thank yuh mi dear",
    "car in the workshop for servicing",  # where it is for a while
    "have we been anywhere",
    "the car in the garage has a flat tyre",
    "both kids are in the garden",
    "too many boxes, not enough shelves",
    "Noah put a crayon in his ear",  # the body is no place
    "nanna is on the roof hanging washing again",  # grandma, in Maltese
    "do you still have the drill",  # said to someone
    "the kids are at the back of the garden",
    "church still have our folding table?",  # no one's name
    "Dave and Sam returned",  # people back
    "took a walk in the park",
    "undo the drill",
    "Dave is the one in the garage",  # a person
    "the civic is in bay 1",  # a car being worked on
    "hook em",
    "dinner what we got",
    "call the plumber the day after tomorrow",
    "ka kite",
    "dads in the garage again sorting his tools",  # dad's in the garage: a person
    "aama is in the garden",  # mother, in Nepali
    "need a new pressure cooker before Dashain, gasket gone on the old one",
    "Dean's back from patrol",  # a person back, no thing returned
    "Dean back from patrol",
    "tuba section is in the stands already",  # players, not a thing
    "the drummer is in the van already",  # someone who does a job
    "coach is in the cage",
    "there's a bull moose in the hay field!!",
    "savta is in the mamad watching tv",  # grandma
    "The grandkids are in the pool all day",
    "the timpani sound amazing in the new hall",  # how they seem, not where they are kept
    "the fairy lights in the Harris photos look amazing",
    "where's my husband got to",
    "the dog's snoring on the couch lol",  # the dog is snoring: no thing called "dog's snoring"
    "nikkah's in the masjid, walima's at the hall on Thornton Rd",  # events
    "yr 7s are in the gym not the hall today",  # pupils
    "valenki back in cage, winter finish",  # a season over, no stock used up
    "yous are all useless, nobody ever puts anything back",  # no one puts back "nobody ever…"
    "my sister stuck in jam, still in the car",  # "still" is no thing
    "My hands are in the dough, sorry for the typing",  # the body is no belonging
    "Kwame you took the charger from the kitchen drawer, bring it back now!!",  # said to Kwame
    "Michael did you put the Pentola back in the Cantina??",
    "bin the last entry",  # a record, not a thing: undo is said otherwise
    "can Sam borrow the ladder",  # a request, not a loan
    "tomatoes are flowering in the polytunnel",  # what they are doing, not where they are kept
    "wee dug's in the peat shed again",  # Scots for "dog"
    "put the drill in bin 4. wrong box",  # a change said wrong: for the model, not an undo
    "Jean has 5 of the Mozart Requiems",  # has them: no use (a loan, asked by the guess)
    "The quilt show is in the Grange hall this year.",  # an event, not a thing kept there
    "the party is in the garden",
    "they've run out AGAIN",  # who ran out, not what
    "oven 2 keeps tripping the breaker, gonna ring the engineer",
    "I'm after the drill",
    "put the drill in bin 4 till monday, then the van",  # "till" as "until" still plans
    "checked the oil in the car",  # a real verb is no typo of "chucked"
    "washed the car",  # what was done, not a thing asked about
    "counted the till, 20 quid short",
    "put the cake in the oven at gas 4",  # a setting, not a place in the oven
    "wor lass is in the garden",  # Geordie for "my wife": a person
    "the missus is in the kitchen",
    "the boiler's on the blink again ffs",  # a state, and a clause run on after a place
    "the carbon monoxide alarm in the landing keeps beeping",
    "mr kowalski is in the basement",  # a title typed in lower case: a person
    "prof okafor is in the basement",  # every title is a person's: "prof", "mx", "miss"
    "Mx Jones is in the loft",
    "the plumber's mate is in the garage fixing the leak",
    "the tents are in the trailer drying out",  # what they are doing, not where they are kept
    # an aside that doubts, corrects, plans or adds to the fact keeps it unread
    "put the drill in bin 4, I think",
    "moved the drill to bin 4, or was it bin 5",
    "the drill is in bin 4, not sure",
    "put the saw in bin 2, the hammer",
    "put the drill in bin 4 before the weekend",
    "put the drill in bin 4, wrong one",
    "the van is in the garage for a service",
    "tom is in the shed sorting the bikes",
    "the boys are in the garden playing football, the ball is theirs",
    "put the drill in bin 4, it's in bin 5 now",
    "the shed is now full",
    "tom went to the garage",
    "the kids I put in the car",
    "tom sold",
    "borrowed the ute off Davo",
    "yesterday was a long day",
    "recommend a good storage box for the loft",
    "put the drill in box 3 (or box 4)",
    "the van is in the shop till thursday fyi",
    "Derek's in the engine hole again, swearing at the alternator",
    "Half our life is in boxes at the moment",
    "brb kettle",
    "put the drill in box 3 (or box 4)",
    "the van is in the shop till thursday fyi",
    "Derek's in the engine hole again, swearing at the alternator",
    "Half our life is in boxes at the moment",
    "brb kettle",
    "had a tidy of the dining room",
    "had a go of the new drill",
    "put the drill in bin 4, I'd rather the shed",
    "put the drill in box 3 (the big one)",
    "spent all day clearing the loft, took forever",
    "restrung the guitar, used the last strings",
    "put the drill back after dinner",
    "the kids went out",
    "sold my soul to the devil",
    "the last of the guests has gone",
    "put the bins out on the street",
    "the new starter is in the finance office today",
    "the lamb is in the kitchen",
    "the drill is in bin 7, not the saw",
    "put the drill in bin 4 because I might need it",
    "the tide has gone out with the moon",
    "mum has gone out with her friends",
    "I have put in the drawer",
    "dug the garden",
    "great news -> under control",
    "the drill I might put in bin 4",
    "the car went to the garage",
    "the dog went to the vet",
    "the tent is back to normal",
    "put the drill in bin 4. just kidding",
    "put the drill in bin 4. Not sure though.",
    "the van is in the garage to get its brakes done",
    "unpacked kitchen box 3",
    "emptied the blue crate",
    "change bin 4 to bin 5",
    "the garage is going to be a gym",
    # questions about changes
    "did I put the drill in bin 4?",
    "should I put the drill in bin 4?",
    "did you put the drill in bin 4",
    "why did I put the drill in bin 4",
    "I put the drill in bin 4, right?",
    "put the drill in bin 4?",
    # negations
    "don't put the drill in bin 4",
    "please don't move the drill",
    "I didn't move the drill",
    "I never took the ladder",
    "not in bin 4",
    "the drill isn't in bin 4",
    "the drill is no longer in bin 4",
    "No, put the drill in bin 4",
    "put nothing in bin 4",
    # plans, wishes, hypotheticals
    "I might put the drill in bin 4",
    "I will put the drill in bin 4",
    "I'll put the drill in bin 4",
    "I'd put the drill in bin 4",
    "I'm going to put the drill in bin 4",
    "the kids will put the drill in bin 4",
    "maybe put the drill in bin 4",
    "I want to put the drill in bin 4",
    "I need to move the drill to bin 2",
    "I have to move the drill to bin 2",
    "let's put the drill in bin 4",
    "we should move the drill to bin 2",
    "we could put the drill in bin 4",
    "remind me to put the drill in bin 4",
    "I used to keep the drill in bin 4",
    "put the drill in bin 4 later",
    "put the drill in bin 4 tomorrow",
    "bin 4 will go on shelf B",
    "the drill might be in bin 4",
    "the drill is probably in bin 4",
    "I think I put the drill in bin 4",
    "I guess the drill is in bin 4",
    # conditions
    "if it rains put the drill in the shed",
    "put the drill in bin 4 if it rains",
    "put the drill in bin 4 unless it rains",
    "when I'm done put the drill in bin 4",
    "put the drill in bin 4 after dinner",
    "I wonder if the drill is in bin 4",
    # mixed with something else
    "put the drill in bin 4 and call mom",
    "put the drill in bin 4 and then what's for dinner",
    "put the drill in bin 4 then put the saw in bin 2",
    "put the drill in bin 4 but not the saw",
    "put the drill or the saw in bin 4",
    "put the drill in bin 4 or bin 5",
    "put the drill in bin 4 and the saw",
    "where is the drill? put it in bin 4",
    # incomplete
    "put in bin 4",
    "put the drill",
    "moved to bin 2",
    "where is",
    "threw away",
    "rename the drill",
    "rename to cordless drill",
    "bin 4 is on",
    "find",
    "/where",
    "/frobnicate",
    # someone else did it
    "you put the drill in bin 4",
    "he took the ladder",
    "someone took the ladder",
    "the kids are in the garage",
    # pronouns and vague things
    "it's in bin 4 now",
    "this goes in bin 4",
    "put it in bin 4",
    "put this drill in bin 4",
    "put the drill in there",
    "moved it to bin 2",
    "moved everything to bin 2",
    "everything is in bin 4",
    "took it out",
    "threw it away",
    "used it up",
    "rename it to drill",
    "where is it",
    "what's in it",
    "what's in there",
    "where were we",
    "show me the drill",
    "undo everything",
    "that last one was wrong. the drill is in bin 5",
    "that's wrong",
    "thats wrong",
    "my bad",
    "the drill, call it the old drill",
    "chuck em, all 3",
    "go where",
    "Sad to see it go.",
    "is Tom still at work",
    "forget it",
    "delete it",
    "Dave's new name is Bob",
    "put Dave's in the shed",
    "was the torch put in the glovebox",
    "the sander isn't in the shed, it's in the garage I think",
    "Tom's not in the kitchen, he's in the garden",
    "the van isn't in the drive it's in for its MOT",
    "Dave used the drill",
    "she never used the glue",
    "put a few batteries in the drawer",
    "throw away everything",
    # not names, not counts
    "",
    "   ",
    "🔧🔧",
    "...",
    "put the 🎸 in bin 4",
    "put 1.5 kg flour in the pantry",
    "put the drill in " + "y" * 201,
    "where is '; drop table item;--",
    # places the parser cannot split safely
    "took the ladder to the shed",
    "list the bins in the garage",
    "tossed the ball to the dog",
    "the drill is in the garage on shelf B",
    "I put the drill in the garage on shelf B",
    "I put the drill in the garage on shelf 2",
    "put the drill in 4",
    "where is the drill in bin 4",
    # idioms and things that are not belongings
    "keep an eye on the drill",
    "keep the receipts in mind",
    "put the project on hold",
    "I took a shower",
    "took the bus",
    "left the party at midnight",
    "put the kids in the car",
    "dropped the kids at school",
    "put the drill away",
    # not enough to go on
    "hello",
    "thanks",
    "show",
    "the bins are in the garage",
    # odd input
    "\x00",
    "/",
    "'",
    "put '' in bin 4",
    "put # in #",
    "/wms /wms where drill",
    "put the drill in bin 4\nwhere is the saw",
    # lead-ins that are not harmless: hedges, hopes, corrections, news
    "apparently the drill is in bin 2",
    "hopefully the drill is in bin 2",
    "supposedly the drill is in bin 2",
    "I think the drill is in bin 2",
    "the drill is in bin 2 I guess",
    "the drill is in bin 4 i think",
    "apparently, I put the drill in bin 4",
    "I put the drill in bin 4, apparently",
    "I'm pretty sure the drill is in bin 4",
    "looks like the drill is in bin 4",
    "presumably the drill is in bin 4",
    "wait, the drill is in bin 5",
    "wait the drill is in bin 5",
    # a plan in Scots, a question word typed fast, mother doing something
    "gonnae put ma summer clothes in the loft at the weekend",
    "Run down whats on the top shelf in the shop",
    "ok rack's finally cleaned up, took all weekend",
    "the parcel is at the post office, need to pick up before 5",  # not kept there
    "WE WON!!! 2nd in the sumo bracket",
    "taking the tent out of the loft tomorrow",
    "steel ke dabbe kitchen loft pe rakh diye",  # where the thing ends is not said
    "ma said the drill is in the shed",
    "good news, the drill is in bin 2",
    "good news the drill is in bin 2",
    "good news, the drills are in bin 2",
    "fyi: nothing is in bin 4",
    "update: the drill is no longer in bin 4",
    "the drill, the saw and the hammer is in bin 4",
    "put the drill that dad gave me in bin 4",
    "I put the stapler last week in the desk drawer",
    "put the stapler this morning in the drawer",
    # "X's in" is no item called "waht" or "mine"
    "mine's in bin 4",
    "mine is in bin 4",
    "yours is in bin 4",
    "ours are in bin 4",
    "evrything is in bin 4",
    "everythings in bin 4",
    "wath's in bin 4",
    "thats in bin 4",
    "hat's in the closet",
    "waht's back",
    "mine's back in the shed",
    # extra clauses after a place
    "put the pen in the desk drawer with the pens",
    "put the drill in bin 4 with the saw",
    "put the drill in the garage upstairs",
    "put the drill in the shed downstairs",
    "put the mop in the bucket in it's place",
    "put the drill in the basement downstairs",
    "put the drill in the shed for my tools",
    "put the drill in the shed last monday",
    "put the drill in bin 4 on monday",
    "the drill is in bin 4 since tuesday",
    "put the drill in bin 4 along with the saw",
    # places mixed with things
    "bin 1 and the drill are on shelf A",
    "bin 1, the drill and bin 3 are on shelf A",
    "put bin 1 and the drill in the garage",
    "the drill and the toolbox are in the garage",
    "bin 1 and bin 2 are on shelf A and shelf B",
    # using is not using up
    "used the ladder",
    "used the drill",
    "used my drill",
    "I used the ladder",
    "use the drill",
    "ran out of the house",
    "ran out of the door",
    "ran out of time",
    "ran out of room in bin 4",
    # "another" with no count: how many?
    "put another battery in the drawer",
    # a joiner left inside a name
    "put the drill plus saw in bin 4",
    # not a request
    "can I put the drill in bin 4?",
    "could the kids have moved the drill to the shed?",
    "could you have moved the drill",
    "could you not put the drill in bin 4",
    "can you believe the drill is in bin 4",
    "will you put the drill in bin 4 tomorrow",
    "would you put it in bin 4",
    "can we put the drill in bin 4",
    # not a store
    "added milk to the shopping list",
    "added sugar to the coffee",
    # not a thing asked about
    "really?",
    "and the saw?",
    "drill in bin 4?",
    "you there?",
    "where?",
    "put this back",
    # user-acceptance pass: states, dates and people are not places or things (A)
    "the drill is in use",
    "the drill is in pieces",
    "the drill is in good condition",
    "the car is in bad shape",
    "the drill is on order",
    "the drill is in stock",
    "the parcel is in the post",
    "the parcel is in the mail",
    "the parcel is in transit",
    "the drill is in repair",
    "the tent is in progress",
    "the towels are in the wash",
    "my appointment is on Monday",
    "the party is on 5 May",
    "Tom is in the garage",
    "Dyson is in the cupboard",
    "Tom is back",
    # odd words or symbols after a numbered place (B)
    "put the drill in bin 4 (the big one)",
    "put the drill in bin 2 over there",
    "put the drill in box 3 top shelf",
    # a second clause after "and" is not a name (D)
    "I took the ladder and went out",
    # chores, not takes (F)
    "took the bins out",
    "took out the bins",
    "took out the trash",
    "took out the rubbish",
    "took out the garbage",
    "took out the recycling",
    "took the dog out",
    # "3 ... x3" is unclear (H)
    "put 3 light bulbs x3 in the cupboard",
    # particles at the end of a name are verbs (I)
    "put out candles in the garden",
    "took back drill",
    # a place in its parent is left to the LLM when something is stored (M)
    # nice to have, left to the LLM
    "move it to bin 2",
    "ok drill is in bin 4",
    "the drill is on the right",
    "put the drill on the left",
    "put it back later",
    "put 🔧 in bin 4",
    # chat, laughter and keyboard mashing are no things
    "naw",
    "hahaha",
    "qwertyui",
    "Long week.",
    "Ha! Really kind.",
    "smh",
    # a question, then something that may be a change
    "where is the tent? moved it to the loft",
    "where's the drill? lent it to Tom",
    "the 🔧 is in bin 4",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[text for text, _ in POSITIVE])
def test_reads_common_phrasings(text, expected):
    assert parse_fast(text, known_places=KNOWN_PLACES).to_json_dict() == {"actions": expected}


@pytest.mark.parametrize("text", NEGATIVE, ids=[text[:60] for text in NEGATIVE])
def test_leaves_unclear_messages_to_the_llm(text):
    assert parse_fast(text, known_places=KNOWN_PLACES).actions == []


def test_known_places_tell_places_from_items():
    text = "Ana's corner is in the garage"
    assert parse_fast(text).to_json_dict() == {"actions": [store("garage", it("Ana's corner"))]}
    assert parse_fast(text, known_places=["ana's  CORNER"]).to_json_dict() == {
        "actions": [place("Ana's corner", "garage")]
    }


def test_a_trash_of_theirs_is_a_place():
    assert parse_fast("put the old charger in the trash").to_json_dict() == {
        "actions": [discard(it("old charger"))]
    }
    assert parse_fast(
        "put the old charger in the trash", known_places=["Trash"]
    ).to_json_dict() == {"actions": [store("trash", it("old charger"))]}


def test_the_bin_alone_is_thrown_away_asked_unless_the_household_has_bins():
    """With bins 1 and 2, the service asks which one "the bin" is (tests/bot/test_router.py)."""
    binned = {"actions": [discard(it("old charger"))], "confirm": True}
    assert parse_fast("put the old charger in the bin").to_json_dict() == binned
    assert parse_fast("the old charger is in the bin now").to_json_dict() == binned
    assert parse_fast("the old charger is in the trash").to_json_dict() == binned
    assert parse_fast(
        "put the old charger in the bin", known_places=("Bin 1", "Bin 2")
    ).to_json_dict() == {"actions": [store("bin", it("old charger"))]}
    assert parse_fast("put the rice in the blue bin").to_json_dict() == {
        "actions": [store("blue bin", it("rice"))]
    }


def test_a_thing_or_a_place_alone_is_a_question_and_a_thing_beside_a_place_is_asked():
    assert parse_fast("drill").to_json_dict() == {"actions": [find("drill")]}
    assert parse_fast("the drill").to_json_dict() == {"actions": [find("drill")]}
    assert parse_fast("bin 4").to_json_dict() == {"actions": [contents("bin 4")]}
    assert parse_fast("shed").to_json_dict() == {"actions": [contents("shed")]}
    assert parse_fast("open bin 6").to_json_dict() == {"actions": [contents("bin 6")]}
    assert parse_fast("kitchen drawer").to_json_dict() == {"actions": [contents("kitchen drawer")]}
    for text, thing, where in (
        ("tent loft", "tent", "loft"),
        ("drill bin 4", "drill", "bin 4"),
        ("box 12 xmas stuff", "xmas stuff", "box 12"),
    ):
        assert parse_fast(text).to_json_dict() == {
            "actions": [store(where, it(thing))],
            "confirm": True,
        }, text
    for text, action in (
        ("hammer to garage", act("move", items=[it("hammer")], place="garage")),
        ("suitcase back in the loft", act("return", items=[it("suitcase")], place="loft")),
        ("goggles back in the swim bag", act("return", items=[it("goggles")], place="swim bag")),
        ("torch's back in the drawer", act("return", items=[it("torch")], place="drawer")),
        ("flask's in the picnic basket", store("picnic basket", it("flask"))),
        ("box 8 -> shelf C", place("box 8", "shelf C")),
        ("tape + scissors -> craft drawer", store("craft drawer", it("tape"), it("scissors"))),
        ("extension lead back", act("return", items=[it("extension lead")])),
        ("travel cot -> under the stairs", store("under the stairs", it("travel cot"))),
        (
            "theres a box of fuses in the garage cabinet",
            store("garage cabinet", n("fuses", 1, unit="box")),
        ),
        ("lawnmower in shed", store("shed", it("lawnmower"))),
        ("car keys - hall hook", store("hall hook", it("car keys"))),
        ("wine rack has 6 bottles of red", store("wine rack", n("red", 6, unit="bottles"))),
        ("can you remember the drill is in bin 4", store("bin 4", it("drill"))),
    ):
        assert parse_fast(text).to_json_dict() == {"actions": [action], "confirm": True}, text
    for chat in (
        "brb",
        "test",
        "nvm",
        "cheers mate",
        "dave says hi",
        "call mum",
        "welcome back",
        "my drill has gone walkabout",
        "the garage has a smell",
        "go where",
        "i need to find a job",
        "we must find time",
        "mum went to the tip",
        "the kids went to school",
        "the meeting moved to friday",
        "mum moved to spain",
        "there's a leak in the roof",
        "box 3 has a hole in it",
        "she left her keys at home",
        "take care",
        "okie",
        "the dog's in the garden",
        "the cat's asleep in the laundry basket",
        "glad to be back",
        "go to bed",
    ):
        assert parse_fast(chat).actions == [], chat
    assert parse_fast("BIN four", known_places=["Bin 4"]).to_json_dict() == {
        "actions": [contents("BIN 4")]
    }


def test_a_storage_noun_without_a_number_stays_an_item_when_put_somewhere():
    assert parse_fast("put the box in the attic").to_json_dict() == {
        "actions": [store("attic", it("box"))]
    }
    assert parse_fast("put the box in the attic", known_places=["Box"]).to_json_dict() == {
        "actions": [place("box", "attic")]
    }


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "put " + "the drill in " * 800,
        "where is " + "a " * 5_000,
        "moved " + "out of " * 1_500,
    ],
    ids=["letters", "repeated store", "long query", "repeated source"],
)
def test_long_messages_are_refused_quickly(text):
    started = time.perf_counter()
    result = parse_fast(text, known_places=KNOWN_PLACES)
    assert time.perf_counter() - started < 0.05
    assert result.actions == []


@pytest.mark.parametrize(
    "text",
    [
        "put " + "a, " * 660,
        "moved " + "from " * 390,
        "put back " + "a " * 995,
        "who moved " + "is in " * 330,
    ],
    ids=["many commas", "many sources", "many articles", "many clauses"],
)
def test_messages_at_the_length_limit_parse_quickly(text):
    # A guard against catastrophic backtracking (seconds to hours), not a speed target:
    # the parser's speed is measured in bench/eval_understanding.py.
    text = text[:2_000]
    started = time.perf_counter()
    parse_fast(text, known_places=KNOWN_PLACES)
    assert time.perf_counter() - started < 1.0


def test_how_long_is_never_a_place():
    """ "exams in 3 wks" is a time: no second move of "exams" to a place "3 wks"."""
    result = parse_text("moved my textbooks to my bedroom shelf, exams in 3 wks", chain=None)
    assert [action.place for action in result.result.actions] == ["bedroom shelf"]


def test_what_someone_from_outside_did_is_asked_first():
    """The customer's old boiler may be theirs: asked; dad's tent is ours: stored."""
    asked = parse_fast("the customer put the old boiler in the skip").to_json_dict()
    assert asked == {"actions": [discard(it("old boiler"))], "confirm": True}
    theirs = parse_fast("customer's keys are in the drop box").to_json_dict()
    assert theirs == {"actions": [store("drop box", it("customer's keys"))], "confirm": True}
    assert parse_fast("dad put the tent in the garage").to_json_dict() == {
        "actions": [store("garage", it("tent"))]
    }


def test_things_dropped_off_somewhere_are_moved_there_asked_first():
    """Where things are dropped off may be a service ("the car off at the garage"): asked."""
    assert parse_fast("dropped the winter doonas off at the unit").to_json_dict() == {
        "actions": [move("unit", it("winter doonas"))],
        "confirm": True,
    }
    assert parse_fast("dropped the kids off at school").actions == []


def test_where_something_is_only_until_a_day_is_asked_first():
    """ "the car is in the workshop until Friday" may be a stay, not where it is kept."""
    assert parse_fast("the car is in the workshop until Friday").to_json_dict() == {
        "actions": [store("workshop", it("car"))],
        "confirm": True,
    }
    assert not parse_fast("new price stickers are in the top drawer of the till counter").confirm


def test_where_another_thing_is_said_in_an_aside_is_not_dropped():
    """ "…, and the spare fan belt is in there with it" is a second fact: asked, not lost."""
    result = parse_fast(
        "moved the toolbox into the port side locker, and the spare fan belt is in there with it"
    )
    assert result.actions == [] or result.confirm


def test_a_lend_of_is_a_loan_asked_first():
    """Irish English: "has a lend of" is has borrowed; whoever has it is asked about first."""
    said = parse_fast("Con Brosnan has a lend of the cattle trailer till Friday").to_json_dict()
    assert said == {
        "actions": [act("take", items=[it("cattle trailer")], person="Con Brosnan")],
        "confirm": True,
    }


def test_a_return_noted_without_an_article_is_asked_first():
    """ "hymn books returned" may be a return; it is asked about, never done at once."""
    assert parse_fast("hymn books returned").to_json_dict() == {
        "actions": [act("return", items=[it("hymn books")])],
        "confirm": True,
    }


def test_from_now_said_first_is_from_now_on():
    """ "from now the storage room … is called the attic": a rename, asked like "from now on"."""
    said = parse_fast(
        "from now the storage room on the roof is called the attic", loose=True
    ).to_json_dict()
    assert said == {"actions": [rename("attic", place="storage room on the roof")], "confirm": True}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("mi put di dutch pot inna di basement", "I put the dutch pot in the basement"),
        ("where di extension cord dem deh", "where is the extension cord"),
        # "de", "di", "da" in Spanish, Hindi or a sound engineer's kit stay as they are
        ("2 botellas de fabric softener", "2 botellas de fabric softener"),
        ("Pinto uncle ne chairs wapas de di", "Pinto uncle ne chairs wapas de di"),
        ("4 di boxes in the small peli", "4 di boxes in the small peli"),
    ],
)
def test_creole_articles_and_pronouns_read_as_english(text, said):
    from llm.fast.text import normalise

    assert normalise(text) == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("put the drill in bin 4. Thank you, Margaret", [store("bin 4", it("drill"))]),
        ("put the drill in bin 4 - Jean", [store("bin 4", it("drill"))]),
        ("I've put the drill in bin 4 – Mum x", [store("bin 4", it("drill"))]),
        ("Where is the drill? Many thanks, Jean Hale", [find("drill")]),
        ("crate D contents - Jean", [contents("crate D")]),
        (
            "took the fan out of the loft and put it in the bedroom. Thank you, Margaret",
            [move("bedroom", it("fan"), from_place="loft")],
        ),
        ("Apologies, please undo my last entry. Thank you, Margaret", [UNDO]),
    ],
)
def test_a_message_signed_off_reads_as_without_its_signature(text, expected):
    """Careful writers sign: ". Thank you, Margaret", " - Jean". The rest is read, surely."""
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


@pytest.mark.parametrize(
    "text",
    [
        "brb - Jean",
        "the hoover bag needs changing - Jean",
        "drill - Dave",
        "Thank you, Margaret",
        "Thanks so much! - Jean",
    ],
)
def test_who_signs_is_never_a_place(text):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": []}


def test_a_name_after_a_dash_that_may_be_who_is_not_dropped():
    # "lent the drill - Dave": to Dave, maybe; never a loan to no one said surely
    for text in ("lent the drill - Dave", "lent the drill. Thanks, Dave"):
        said = parse_fast(text, loose=True)
        loaned = [action for action in said.actions if action.type == "take" and not action.person]
        assert not loaned or said.confirm, text
    # who took it may be who signed: asked, not done surely
    took = parse_fast("took the flasks out of the van - Jean", loose=True).to_json_dict()
    assert took == {"actions": [take(it("flasks"), from_place="van")], "confirm": True}
    # a place after a dash is a place, not a signature
    garage = parse_fast("drill - Garage", loose=True).to_json_dict()
    assert garage == {"actions": [store("Garage", it("drill"))], "confirm": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Good morning. lent the tent to Priya and the camping stove to Tom",
            [
                act("take", items=[it("tent")], person="Priya"),
                act("take", items=[it("camping stove")], person="Tom"),
            ],
        ),
        (
            "Just to let you know, moved the tinned food from the garage shelves into the pantry",
            [move("pantry", it("tinned food"), from_place="garage shelves")],
        ),
        (
            "Please note: shelf A is in the garage and shelf B is in the shed.",
            [place("shelf A", "garage"), place("shelf B", "shed")],
        ),
        ("Hello. where is the drill", [find("drill")]),
        # who is writing, said first
        (
            "Hi, Jean here. lent the ladder to Dave",
            [act("take", items=[it("ladder")], person="Dave")],
        ),
        ("It's Margaret. Put the tent in the loft", [store("loft", it("tent"))]),
    ],
)
def test_a_greeting_or_a_telling_said_first_reads_as_the_message_after_it(text, expected):
    """ "Good morning. …", "Just to let you know, …": what follows is read as if said alone."""
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


def test_a_greeting_first_does_not_make_a_doubt_sure():
    said = parse_fast("Good morning. I think the drill is in the shed", loose=True)
    assert said.actions == []


# Second readers' findings on signatures, greetings and tellings: none of these may become
# a change done without asking.
NO_SIGNATURE = [
    # a question before the thanks stays a question
    "The drill is in bin 4? Thanks",
    "Dave borrowed the drill? Cheers",
    # after a dash, a word that says something, or someone else's word, is no signature
    "Put the drill in bin 4 - Never Mind",
    "Put the drill in bin 4 - Cancel",
    "Put the drill in bin 4 - Maybe",
    "Put the drill in bin 4 - Jk",
    "Put the drill in bin 4 - Mum Says",
    "Put the drill in bin 4 - Sander",  # a thing, not a name
    "Put the drill in bin 4 - Prank",
    "Threw out the old kettle - Not Yet",
    # said to someone, or who it went to
    "Tom - put your bike in the shed - Mum",
    "Borrowed the drill from bin 4 - Dave",
]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Priyas returned the sack truck.", "Priya"),  # Priya's, typed without its apostrophe
        ("slow cooker is back from mums", "mum"),
        ("lent the drill to the cousins", "the cousins"),  # a plural stays one
        ("lent the drill to James", "James"),  # a name that ends in "s" stays whole
        ("gave the pram to - Sarah", "Sarah"),
    ],
)
def test_who_is_named_without_an_apostrophe_or_after_a_dash(text, person):
    said = parse_fast(text, loose=True)
    assert [action.person for action in said.actions] == [person]


SAID_TO_SOMEONE_OR_NOT_TOLD = [
    # said to someone (an order not done yet), or someone's words passed on
    "Tom: put the drill in bin 4",
    "Kids: put your shoes in the rack",
    "Hi. Tom - put the drill back in bin 4 please",
    "Thanks. Dad - lend the ladder to Mr Jones",
    "Thanks. Babe - put the shopping in the pantry",
    "Hi. Dave texted: put the drill in bin 4",
    "Hi. Tom just messaged: moved the ladder to the garage",
    "Hi. Quoting Dave: put the drill in bin 4",
    "Hi, Tom here. Dave: put the drill in bin 4",
    # no one is writing: a day, a word that says something
    "It's Monday. put the tent in the loft",
    "It's Wrong. put the drill in bin 5",
    # "note that" pointing at a thing, "note down", "the records box"
    "Note that crack in the window",
    "Please note that crack in the window",
    "Note that down",
    "For the records box, use bin 4",
]


@pytest.mark.parametrize("text", NO_SIGNATURE + SAID_TO_SOMEONE_OR_NOT_TOLD)
def test_what_is_no_signature_or_greeting_is_not_done_surely(text):
    said = parse_fast(text, loose=True)
    assert said.confirm or only_reads(said.actions), said.actions


def test_a_note_down_reads_as_before():
    said = parse_fast("Please note down that the drill is in bin 4", loose=True).to_json_dict()
    assert said == {"actions": [store("bin 4", it("drill"))]}


def test_someone_thanked_after_a_take_from_a_place_signs():
    """ "Took the paddling pool out of the garage …. Thank you, Margaret": taken by the writer."""
    said = parse_fast(
        "Took the paddling pool out of the garage for the children. Thank you, Margaret", loose=True
    ).to_json_dict()
    assert said == {"actions": [take(it("paddling pool"), from_place="garage")]}


def test_a_message_on_several_lines_is_read_as_one_with_a_change_asked():
    """With no model to read it, a message typed on several lines is read as one line."""
    lines = {
        "put the sleeping bags\n2 roll mats and the camping chairs in the shed": [
            store("shed", it("sleeping bags"), n("roll mats", 2), it("camping chairs"))
        ],
        "garage:\n- drill\n- saw": [store("garage", it("drill"), it("saw"))],
        "Dear all,\n\nthe gazebo is in the garage.\n\nKind regards,\nMargaret": [
            store("garage", it("gazebo"))
        ],
    }
    for text, expected in lines.items():
        said = parse_fast(text, loose=True).to_json_dict()
        assert said == {"actions": expected, "confirm": True}, text
    # a question is answered; an undo is asked too ("undo\nno wait\ndon't")
    asked = parse_fast("cant find the tape measure anywhere\nwhere is it", loose=True)
    assert asked.to_json_dict() == {"actions": [find("tape measure")]}
    assert parse_fast("undo\nno wait\ndon't", loose=True).to_json_dict() == {
        "actions": [UNDO],
        "confirm": True,
    }
    # with a model there, the model reads it
    assert parse_fast("put the sleeping bags\n2 roll mats in the shed").actions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam borrowed the pressure washer :)", [{**take(it("pressure washer")), "person": "Sam"}]),
        ("whats in the safe :-)", [contents("safe")]),
        ("put the drill in bin 4 :)", [store("bin 4", it("drill"))]),
        ("put the drill in bin 4 <3", [store("bin 4", it("drill"))]),
        ("moved the tent to the loft :D", [move("loft", it("tent"))]),
        ("where's the roof box ;)", [find("roof box")]),
        (
            "popped the paracetamol in the bathroom cabinet x",
            [store("bathroom cabinet", it("paracetamol"))],
        ),
        ("whats in the safe xx", [contents("safe")]),
        ("put the tent in crate X", [store("crate X", it("tent"))]),
        (
            "oh and the kayak paddles are hanging in the carport",
            [store("carport", it("kayak paddles"))],
        ),
        ("um spare tire is in the trunk", [store("trunk", it("spare tire"))]),
        ("and also lent the drill to Dave", [{**take(it("drill")), "person": "Dave"}]),
    ],
)
def test_a_face_a_kiss_or_an_um_is_not_part_of_the_message(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


def test_times_and_brackets_are_no_faces():
    assert parse_fast("meeting at 10:30 in the hall", loose=True).actions == []
    said = parse_fast("put the drill in bin 8)", loose=True).to_json_dict()
    assert said == {"actions": [store("bin 8", it("drill"))], "confirm": True}


def test_a_thing_on_open_ground_is_asked_about_unless_the_place_is_known():
    """ "Karen's golf cart is parked in our driveway again": kept there, or standing there?"""
    for text in (
        "Karen's golf cart is parked in our driveway again",
        "the hose is in the back garden",
    ):
        assert parse_fast(text, loose=True).confirm, text
    known = parse_fast("the hose is in the driveway", known_places=["Driveway"])
    assert known.to_json_dict() == {"actions": [store("driveway", it("hose"))]}


def test_every_word_capitalised_is_read_in_lower_case_and_a_change_asked():
    """The capitals no longer tell a name from a thing: "Uncle Bob Is In The Shed"."""
    took = parse_fast("Sam Borrowed The Pressure Washer", loose=True).to_json_dict()
    assert took == {
        "actions": [{**take(it("pressure washer")), "person": "sam"}],
        "confirm": True,
    }
    where = parse_fast("Where Is The Pressure Washer", loose=True).to_json_dict()
    assert where == {"actions": [find("pressure washer")]}
    for text in ("Uncle Bob Is In The Shed", "Luna Is In Her Bed", "Smudge Is In The Garage"):
        said = parse_fast(text, loose=True)
        assert said.confirm or not said.actions, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oops wrong bin,undo", [UNDO]),
        ("which box r the xmas lights in", [find("xmas lights")]),
        ("put the bike in the she'd", [store("shed", it("bike"))]),  # a phone's autocorrect
        ("moved the round bales into the hay she'd", [move("hay shed", it("round bales"))]),
        ("what's in box to?", [contents("box 2")]),  # dictated
        ("put the drill in the box too", [store("box", it("drill"))]),  # as well
        ("Please undo what I just told u, I made a mistake.", [UNDO]),
    ],
)
def test_commas_text_speak_and_autocorrect_read_as_typed_plainly(text, expected):
    assert parse_fast(text, loose=True).to_json_dict() == {"actions": expected}


def test_a_plan_in_title_case_is_still_a_plan():
    said = parse_fast("Plan: Move All The Camping Gear To The Garage In Spring", loose=True)
    assert said.confirm or not said.actions


@pytest.mark.parametrize(
    "text",
    ["the garden she'd planted is lovely", "I think she'd.", "I know that she'd like the bike"],
)
def test_she_would_is_no_shed(text):
    assert parse_fast(text, loose=True).actions == []


@pytest.mark.parametrize(
    "text",
    [
        # taken back at the end
        "threw out the old kettle :P kidding",
        "threw out the old kettle. kidding",
        "used the last of the milk, jk",
        "undo, nvm",
        "undo,no wait",
        "Sam brought the ladder back :P in my dreams",
        # a face between words is no full stop: the hedge before it stays
        "dunno :/ lent the tent to Sam",
        "idk :/ the drill is in bin 4",
        "my wife ;) is in the shed",
        "the presents ;) are in the wardrobe",
        "the new bike <3 is in the shed",
        "got the ladder back from Jo xD finally",
        # wildlife and what was kept there once
        "a badger lives in the back garden",
        "the bikes were stored in the yard last year",
        # dots typed without spaces, "ps" first, an order to someone
        "my...sister is in the kitchen",
        "ps im in the car on the way home",
        "put the kettle on asap",
        "take the bins out pls asap",
        "put the drill in bin 4 asap",
        # someone, not something
        "uncle bob is in the shed",
        "auntie sue is in the spare room",
    ],
)
def test_what_is_taken_back_hedged_or_someone_is_not_done(text):
    said = parse_fast(text, loose=True)
    assert said.confirm or not said.actions, said.actions


def test_game_is_asked_about_a_card_is_a_card_and_what_is_kept_outside_is_sure():
    for text in ("buck is hanging in the pole barn", "the doe is in the freezer"):
        assert parse_fast(text, loose=True).confirm, text
    card = parse_fast("the olympus xD card is in the drawer", loose=True).to_json_dict()
    assert card == {"actions": [store("drawer", it("olympus xD card"))]}
    kept = parse_fast("the bbq is kept on the patio", loose=True).to_json_dict()
    assert kept == {"actions": [store("patio", it("bbq"))]}


def test_a_number_in_brackets_after_a_place_is_its_label_after_a_thing_its_count():
    said = parse_fast("put the screws in box (3)", loose=True).to_json_dict()
    assert said == {"actions": [store("box 3", it("screws"))]}
    said = parse_fast("put the chipped mugs (3) in the cupboard", loose=True).to_json_dict()
    assert said == {"actions": [store("cupboard", n("chipped mugs", 3))]}
    said = parse_fast("put the beers in the fridge (6)", loose=True).to_json_dict()
    assert said == {"actions": [store("fridge", n("beers", 6))]}


def test_a_thing_on_the_roof_is_asked_about():
    assert parse_fast("the ball is on the roof", loose=True).confirm
    loft = parse_fast("the xmas decs are in the roof", loose=True).to_json_dict()
    assert loft == {"actions": [store("roof", it("xmas decs"))]}  # the loft, in Britain
    roof_rack = parse_fast("the kayak is on the roof rack", loose=True).to_json_dict()
    assert roof_rack == {"actions": [store("roof rack", it("kayak"))]}


def test_initials_jk_and_she_had_are_read_as_said():
    lent = parse_fast("lent the drill to JK", loose=True).to_json_dict()
    assert lent == {"actions": [{**take(it("drill")), "person": "JK"}]}
    for text in (
        "put the presents she'd under the bed in the wardrobe",
        "put the lead in the basket she'd for the dog",
    ):
        said = parse_fast(text, loose=True)
        assert all("shed" not in str(action) for action in said.actions), text


def test_a_number_heard_or_dots_between_words_are_read_and_a_change_asked():
    """ "bin for" is bin 4 most likely ("in pot for" may be "for later", cut short); "..."
    between words may trail off from anything ("nobody...took the drill")."""
    for text, expected in (
        ("put the drill in bin for", [store("bin 4", it("drill"))]),
        ("ok...put the drill in bin 4", [store("bin 4", it("drill"))]),
    ):
        assert parse_fast(text, loose=True).to_json_dict() == {
            "actions": expected,
            "confirm": True,
        }, text
    for text in ("nobody...took the drill", "Sam...put the drill in bin 4", "undo...wait no"):
        said = parse_fast(text, loose=True)
        assert said.confirm or not said.actions, text
    vita = parse_fast("ps vita is in drawer 2", loose=True).to_json_dict()
    assert vita == {"actions": [store("drawer 2", it("ps vita"))]}  # a PlayStation
    ps = parse_fast("ps the drill is in bin 4", loose=True).to_json_dict()  # a postscript
    assert ps == {"actions": [store("bin 4", it("drill"))]}


def read(text):
    return parse_fast(text, loose=True).to_json_dict()


def not_done_surely(text):
    """True when a message changes nothing at once: no write, or one asked about first."""
    said = read(text)
    writes = [action for action in said["actions"] if action["type"] not in ("find", "contents")]
    return not writes or bool(said.get("confirm"))


def test_a_place_under_something_keeps_its_under():
    """ "kraft paper under the bed" is kept in "under the bed", as "put … under the bed" is."""
    assert read("2 rolls of kraft paper under the bed") == {
        "actions": [store("under the bed", n("kraft paper", 2, unit="rolls"))]
    }
    assert read("show me what's under the thwart") == {"actions": [contents("under the thwart")]}
    assert read("anything under the bed?") == {"actions": [contents("under the bed")]}
    assert read("anything by Adele?") == {"actions": []}  # a singer, no place


def test_how_people_say_when_where_and_a_mistake():
    assert read("moved the couta boat sails up to the mezzanine this arvo") == {
        "actions": [move("mezzanine", it("couta boat sails"))]
    }
    for text in ("where did I stow the anchor", "remind me where I stowed the anchor"):
        assert read(text) == {"actions": [find("anchor")]}, text
    assert read("what's changed since saturday's patrol") == {"actions": [act("history")]}
    for text in ("wait no not bin A, undo that", "scratch that last one darlin i fat fingered it"):
        assert read(text) == {"actions": [act("undo")]}, text
    assert read("histroy for the tent") == {"actions": [history("tent")]}
    assert read("who's got oor stuff") == {"actions": [act("out")]}
    assert read("selt the auld bike on gumtree for 40 quid") == {
        "actions": [discard(it("auld bike"))]
    }
    assert read("bout 20 bottles of water in the chilly bin") == {
        "actions": [store("chilly bin", n("water", 20, unit="bottles"))],
        "confirm": True,  # a count said roughly may describe ("about 20 people in the hall")
    }


def test_a_place_that_now_holds_things_and_a_note_with_an_equals_sign():
    assert read("the storage unit now has the window ac in it")["actions"] == [
        store("storage unit", it("window ac"))
    ]
    assert read("the garage now has a leak") == {"actions": []}
    # a count or dates after the list name no thing
    said = read("Shelf 2 in bay 5 now holds the parish magazines, 1921-1939.")
    assert said == {"actions": [store("Shelf 2 in bay 5", it("parish magazines"))], "confirm": True}
    assert read("Box 3 = PE kits") == {
        "actions": [store("Box 3", it("PE kits"))],
        "confirm": True,
    }
    assert read("x = 5") == {"actions": []}


def test_a_loan_with_when_it_is_back_and_things_left_with_someone():
    for text in (
        "Muriwai borrowed the spare IRB motor, should be back thurs",
        "Dave borrowed the spare IRB motor, said he'd bring it back sunday",
    ):
        person = text.split()[0]
        assert read(text) == {"actions": [{**take(it("spare IRB motor")), "person": person}]}, text
    assert read("put the drill in bin 4, should be back friday") == {"actions": []}
    assert read("left my winter boots with Marcus since he has space") == {
        "actions": [{**take(it("winter boots")), "person": "Marcus"}],
        "confirm": True,  # to mind for now, or given?
    }
    assert read("left the kids with Marcus") == {"actions": []}


def test_two_colours_of_one_thing_are_one_thing():
    assert read("bot where did we put the red and yellow flags") == {
        "actions": [find("red and yellow flags")]
    }
    assert read("put the red and the yellow flags in bin 4")["actions"] == [
        store("bin 4", it("red"), it("yellow flags"))
    ]


def test_a_rename_of_a_place_kept_on_wheels():
    assert read("call the rolling cart the cart of shame from now on lol") == {
        "actions": [act("rename", place="rolling cart", new_name="cart of shame")]
    }


def test_where_it_was_said_after_a_move_and_chatter_that_is_no_thing():
    assert read("moved the drill to bin 5, it was in bin 4") == {
        "actions": [move("bin 5", it("drill"), from_place="bin 4")]
    }
    for text in (
        "bloody freezing in the shed this morning",
        "call the office the minute you get in",
    ):
        assert read(text) == {"actions": []}, text


def test_a_first_word_typed_with_a_typo_is_read_spelt_right():
    """Two letters swapped or one left out of the first word: a read is answered, a change
    asked first ("uesd 2 eggs" is not a thing to find called "uesd 2 eggs")."""
    assert read("waht's in bin 4") == {"actions": [contents("bin 4")]}
    assert read("wihch box has the xmas lights") == {"actions": [find("xmas lights")]}
    assert read("lsit the places") == {"actions": [act("list_places")]}
    assert read("uesd 2 eggs") == {"actions": [act("use", items=[n("eggs", 2)])], "confirm": True}
    assert read("Lnet the tent to Sam") == {
        "actions": [{**take(it("tent")), "person": "Sam"}],
        "confirm": True,
    }
    assert read("udno") == {"actions": [act("undo")], "confirm": True}
    assert read("Pelase put the drill in bin 4") == {
        "actions": [store("bin 4", it("drill"))],
        "confirm": True,  # "Pelase the snake is in the shed" is no surer than said right
    }
    # a real word, or a name, is meant as typed
    assert read("Wheel is in the shed")["actions"] == [store("shed", it("wheel"))]
    lent = read("Dvae borrowed the ladder")
    assert lent["actions"] == [{**take(it("ladder")), "person": "Dvae"}]


def test_an_ampersand_before_a_second_clause_is_and_and_in_a_name_stays():
    assert read("took the fan out of the loft & put it in the bedroom") == {
        "actions": [move("bedroom", it("fan"), from_place="loft")]
    }
    assert read("Donated the old Black & Decker jigsaw") == {
        "actions": [discard(it("old Black & Decker jigsaw"))]
    }
    assert read("put the sewing kit & 2 phone chargers in the con bag")["actions"] == [
        store("con bag", it("sewing kit"), n("phone chargers", 2))
    ]


def test_a_list_before_and_is_no_aside_before_a_thing_to_find():
    said = read("con bag has: spirit gum, bobby pins, the sewing kit and 2 phone chargers")
    assert [action["type"] for action in said["actions"]] == ["store"]
    assert said["actions"][0]["items"][-1] == n("phone chargers", 2)


def test_storage_furniture_said_to_be_in_a_place_is_asked_as_a_place():
    assert read("the plastic drawers are in the closet") == {
        "actions": [place("plastic drawers", "closet")],
        "confirm": True,
    }
    assert read("the bins are in the garage") == {"actions": []}  # the dustbins?
    said = read("the large crates are all in the van now!")
    assert said["actions"][0]["type"] == "store"  # things carried in crates


def test_help_asked_among_words_that_ask_nothing_else():
    for text in (
        "how does this work again what do i type",
        "Hello, I am the new carer. What I can ask to you? how this works",
        "what can this bot do one",
    ):
        assert read(text) == {"actions": [act("help")]}, text
    assert read("where is the drill, how does this work") == {
        "actions": [find("drill"), act("help")]
    }


def test_a_mistake_told_and_things_seen_under_something_are_not_done_surely():
    for text in ("oops I put it in the wrong bin", "ok I put it in the wrong bin"):
        assert read(text) == {"actions": []}, text
    for text in ("mouse under the fridge!!", "dust under the bed", "about 35 degrees in the loft"):
        assert read(text)["confirm"], text


def test_what_the_fourth_second_reader_found_is_not_done_surely():
    """Sentences a helper who had not written the rules wrote against this session's change."""
    for text in (
        "don't put the drill & the saw in bin 4",  # the end of a list, not a fact of its own
        "why are the drill and the saw in bin 4",
        "left the pub with Dave",
        "Tom is keeping the kids busy",
        "bin 4 = full",
        "bin 4 now has 12 items",
    ):
        assert read(text) == {"actions": []}, text
    for text in (
        "Neve borrowed the drill",  # a name one typo from "never": read as typed, asked
        "mate the snake is in the shed",  # said to someone, maybe of no thing of ours
        "about 20 people in the hall",
        "Oopsy the keys are in the door",
    ):
        assert read(text)["confirm"], text
    assert read("drill = bin 4") == {"actions": [store("bin 4", it("drill"))], "confirm": True}


def test_what_the_sets_read_at_the_end_showed():
    assert read("cold as heck in the workshop this morning") == {"actions": []}
    assert read("cold drinks in the fridge")["actions"] == [store("fridge", it("cold drinks"))]
    assert read("threw out that busted come along") == {
        "actions": [discard(it("busted come along"))]
    }
    assert read("chucked out loads of odd socks")["actions"] == [discard(it("odd socks"))]
    assert read("Have I moved the photo albums recently?") == {"actions": [history("photo albums")]}
    assert read("Are the Christmas crackers up in the loft?") == {
        "actions": [find("Christmas crackers")]
    }
    assert read("Might I have a list of all the places I keep things?") == {
        "actions": [act("list_places")]
    }
    assert read("where is the big kadai beta?") == {"actions": [find("big kadai")]}
    assert read("Shed shelf 2 is to be known as Derek's shelf") == {
        "actions": [act("rename", place="Shed shelf 2", new_name="Derek's shelf")]
    }
    assert read("call the green tin drywall screws") == {
        "actions": [act("rename", place="green tin", new_name="drywall screws")]
    }
    for text in (
        "beta how to use this thing, what i type?",
        "Would you kindly remind me what you are able to do? I'm afraid I've forgotten.",
    ):
        assert read(text) == {"actions": [act("help")]}, text


def test_a_careful_writer_s_whole_sentences():
    assert read(
        "In the bottom drawer of the bureau you will find the pension papers and the household"
        " accounts. Please make a note of it."
    ) == {
        "actions": [
            store("bottom drawer of the bureau", it("pension papers"), it("household accounts"))
        ],
        "confirm": True,  # kept there, or there now? ("in the lounge you'll find the dog")
    }
    assert read("In the hall you'll find the shoes, put them away please") == {"actions": []}
    assert read(
        "I carried the box of old letters down from the loft and have put it in the bureau"
    ) == {"actions": [move("bureau", it("box of old letters"), from_place="loft")]}
    assert read(
        "Oliver has borrowed the hedge trimmer. He says he will only need it for the weekend."
    ) == {"actions": [{**take(it("hedge trimmer")), "person": "Oliver"}], "confirm": True}
    said = read("Oliver has borrowed the hedge trimmer. He says he put it back.")
    assert said.get("confirm") or not said["actions"]
    assert read("how's this thing work anyhow") == {"actions": [act("help")]}


def test_said_without_commas_or_apostrophes():
    assert read("throw away the sunscreen its expired") == {"actions": [discard(it("sunscreen"))]}
    assert read("Jess brought back the folding chairs all 4") == {
        "actions": [{**act("return", items=[n("folding chairs", 4)]), "person": "Jess"}]
    }


def test_many_said_without_a_count_in_a_note_is_asked():
    assert read("lots of spiders in the loft")["confirm"]
    assert read("put loads of odd socks in bin 4") == {"actions": [store("bin 4", it("odd socks"))]}


def test_what_the_fifth_second_reader_found_is_not_done_surely():
    for text in (
        "bin 4 was known as the junk bin",  # a name it had, or has among people: no rename
        "the cupboard is known as Narnia haha",
        "call the chest clinic",  # phone calls
        "call the tin smith",
        "threw out that theory last week",
        "In the end you'll find the tent is in the loft",
    ):
        assert read(text) == {"actions": []}, text
    assert read("lent the iron to didi") == {"actions": [{**take(it("iron")), "person": "didi"}]}
    assert read("in the lounge you'll find the dog asleep")["confirm"]


def test_why_and_when_said_after_a_place_are_not_part_of_it():
    assert read("popped the calpol in the top kitchen cupboard out of Ruby's reach") == {
        "actions": [store("top kitchen cupboard", it("calpol"))]
    }
    assert read("grabbed the harnesses from the storage unit on the way out of oakland") == {
        "actions": [take(it("harnesses"), from_place="storage unit")]
    }
    assert read("where is the drill? can you help") == {"actions": [find("drill")]}
    said = read("used up the drywall screws, the can's empty")
    assert all("empty" not in str(action) for action in said["actions"])


def test_a_count_in_a_list_typed_without_commas_starts_the_next_thing():
    assert read("put the sleeping bags 2 roll mats and the camping chairs in the shed") == {
        "actions": [store("shed", it("sleeping bags"), n("roll mats", 2), it("camping chairs"))]
    }
    said = read("bocs 3 and bocs 4 are up in the llofft")  # labels, not counts
    assert [item["name"] for item in said["actions"][0]["items"]] == ["bocs 3", "bocs 4"]


def test_a_loan_of_what_was_first_taken_out_has_both_the_place_and_the_person():
    assert read("took the spare swag out of the quarters and lent it to Mick Kelly") == {
        "actions": [{**take(it("spare swag"), from_place="quarters"), "person": "Mick Kelly"}]
    }
    # given, not lent: a payment, food, a gift (asked or nothing, never a loan done at once)
    for text in (
        "took a tenner out of the jar and gave it to the window cleaner",
        "took the cake out of the oven and gave it to Dave",
        "took the old clothes out of the wardrobe and gave them to charity",
        "took the drill out of bin 4 and lent it to dave who returned it yesterday",
        "took the drill out of bin 4 and lent it to dave and the ladder to sam",
    ):
        assert not_done_surely(text), text
    assert read("might take the drill out of the shed and lend it to Dave") == {"actions": []}
    assert read("took the kids out of school and gave them to Sam") == {"actions": []}


def test_where_a_return_was_put_is_read_without_it_or_them():
    assert read("got the 20 white chairs back from Pastor Rolando, stacked in the carport") == {
        "actions": [
            {**give_back(n("white chairs", 20), place="carport"), "person": "Pastor Rolando"}
        ]
    }
    assert read("camping chairs are back from Kyle, stacked them in the storeroom again") == {
        "actions": [{**give_back(it("camping chairs"), place="storeroom"), "person": "Kyle"}]
    }
    assert "place" not in read("Dave returned the ladder, left in a hurry")["actions"][0]


def test_who_had_the_things_is_no_part_of_their_name():
    assert read("the 50 chairs Iya Sade took came back today") == {
        "actions": [{**give_back(n("chairs", 50)), "person": "Iya Sade"}]
    }
    assert read("folding chairs all came back from Pastor Kim") == {
        "actions": [{**give_back(it("folding chairs")), "person": "Pastor Kim"}]
    }


def test_a_second_clause_after_what_a_use_was_for_is_read():
    assert read("used 2 eggs for the cake and binned the shells") == {
        "actions": [use(n("eggs", 2)), discard(it("shells"))]
    }
    assert read("used 2 eggs for the cake") == {"actions": [use(n("eggs", 2))]}


def test_words_after_a_place_that_say_why_or_how_are_not_part_of_it():
    for text, expected in (
        ("moved the bows to the front locker, no room left in the pink tub",
         move("front locker", it("bows"))),
        ("storing the old longboard under the couch for now, no space anywhere else",
         store("under the couch", it("old longboard"))),
        ("put the christmas lights up in the roof space, the big tangle of them",
         store("roof space", it("christmas lights"))),
        ("took the chicken out of the freezer to thaw", take(it("chicken"), from_place="freezer")),
        ("hung the wetsuits on the stoep to dry", store("stoep", it("wetsuits"))),
        ("Got through three reels of linen thread this week, which must be some sort of record.",
         use(n("linen thread", 3, unit="reels"))),
        ("laid the marbled papers flat in archival box 7",
         store("archival box 7", it("marbled papers"))),
        ("stored the rugs rolled up in the loft", store("loft", it("rugs"))),
    ):  # fmt: skip
        assert read(text) == {"actions": [expected]}, text
    # "to dry" before a noun is the place's name
    assert read("moved the soy sauce cases from the van to dry storage") == {
        "actions": [move("dry storage", it("soy sauce cases"), from_place="van")]
    }
    # a "which" remark with a place in it is not cut
    assert read("The rod, which was earlier in the kitchen loft, is now in the almirah.") != {
        "actions": [find("rod")]
    }


def test_a_word_of_its_own_is_not_read_as_a_typo_of_a_verb():
    said = read("swags x4 in the quarters")  # a swag is a bedroll, not "swaps"
    assert said["actions"] == [store("quarters", n("swags", 4))]
    assert read("stroed the tent in the loft") == {"actions": [store("loft", it("tent"))]}
    assert read("returned: pressure washer, stud finder") == {
        "actions": [give_back(it("pressure washer"), it("stud finder"))]
    }


def test_someones_word_passed_on_is_asked_or_answered():
    said = read("ok abuela says put the 24 cans of black beans in the hurricane closet")
    assert said == {
        "actions": [store("hurricane closet", n("black beans", 24, unit="cans"))],
        "confirm": True,
    }
    assert read("abuela asks what's left in the shed") == {"actions": [contents("shed")]}
    for text in (
        "mum said put the bandalori in the crate but i forgot lol",
        "mama wants me to put her wrapper in the closet",
        "she says put it in the shed",
    ):
        assert not [a for a in read(text)["actions"] if a["type"] == "store"], text


def test_more_ways_of_asking_where_and_what():
    assert read("is the drill in brians lockup") == {"actions": [find("drill")]}
    assert read("is the drill in mum's garage") == {"actions": [find("drill")]}
    assert read("have i any de-icer left, where is it") == {"actions": [find("de-icer")]}
    assert read("anything lent out to sean?") == {"actions": [act("out", person="sean")]}
    assert read("bin for the usb-c cables?") == {"actions": [find("usb-c cables")]}
    assert read("bin c7 -> ?") == {"actions": [contents("bin c7")]}
    assert read("drill -> ?") == {"actions": []}
    assert read("what can you do bru") == {"actions": [act("help")]}
    # a name for later is no rename done at once ("… will be known as the man cave over my
    # dead body")
    for text in (
        "the shed will be known as the man cave over my dead body",
        "bin 4 will be called whatever dave decides",
        "the loft will be known as the black hole lol",
    ):
        assert not_done_surely(text), text


def test_the_mains_weather_and_what_was_just_done_are_no_things():
    for text in (
        "the power's back 🙌",
        "wifi is back",
        "bloody hot today",
        "so cold",
        "lol abuela just yelled at the weatherman",
        "shot bru 👍",
    ):
        assert read(text) == {"actions": []}, text
    assert read("the drill's back") == {"actions": [give_back(it("drill"))]}
    assert read("hot glue?") == {"actions": [find("hot glue")]}


def test_a_waste_bin_of_any_kind_throws_away():
    assert read("put the old laptop in the e-waste bin") == {"actions": [discard(it("old laptop"))]}
    assert read("chucked the peelings in the compost bin") == {"actions": [discard(it("peelings"))]}


def test_a_reason_said_after_a_change_does_not_doubt_it():
    assert read("moved the ps4 off the desk into the loft bc mum said its taking up space") == {
        "actions": [move("loft", it("ps4"), from_place="desk")]
    }
    assert read("put the drill in bin 4 because I might need it") == {"actions": []}


def test_one_consumable_said_with_a_is_asked_about():
    """ "used a battery": one used up, or only used (a candle lit for the light)? Asked."""
    for text, name in (
        ("used a gas canister last night cooking snags", "gas canister"),
        ("used a battery", "battery"),
        ("used a candle", "candle"),
    ):
        assert parse_fast(text).to_json_dict() == {
            "actions": [use(n(name, 1))],
            "confirm": True,
        }, text
    for text in ("used a ladder", "used a hammer", "used a bit of glue", "used a lot of paint"):
        assert read(text) == {"actions": []}, text


def test_a_move_said_in_the_passive_with_another_verb_of_moving_is_asked():
    """Money, records and offices are transferred and relocated too."""
    assert read("The glass plates have been transferred from plan chest 2 to the strongroom.") == {
        "actions": [move("strongroom", it("glass plates"), from_place="plan chest 2")],
        "confirm": True,
    }
    for text in (
        "my pension was transferred from aviva to nest",
        "the office was relocated from london to leeds",
        "the money was transferred from savings to the joint account",
    ):
        assert not_done_surely(text), text


def test_when_it_was_done_said_after_a_return_is_no_doubt():
    assert read("the staple gun went back in the red toolbox after I'd done the hen run") == {
        "actions": [give_back(it("staple gun"), place="red toolbox")]
    }
    assert read("put the drill in bin 4 after I'd need it") == {"actions": []}


def test_a_list_typed_without_commas_is_split_before_a_name_said_again():
    for text, names in (
        ("wood glue super glue and duct tape r in bin 6", ["wood glue", "super glue", "duct tape"]),
        # a plural inside is no sure cut: "golf clubs travel bag" is one thing
        ("binned the golf clubs travel bag and the old umbrella", ["golf clubs travel bag",
                                                                   "old umbrella"]),
        ("got the rice cakes molds and the big pot back from Jo", ["rice cakes molds", "big pot"]),
        ("put the sports bag and towel in the car", ["sports bag", "towel"]),
        ("I moved my maths book and my planner to the desk", ["maths book", "planner"]),
        ("2 boxes of A4 paper and 1 box of envelopes on shelf C1", ["A4 paper", "envelopes"]),
    ):  # fmt: skip
        said = read(text)["actions"][0]
        assert [item["name"] for item in said["items"]] == names, text


def test_what_the_sixth_second_reader_found_is_not_done_surely():
    for text in (
        "oh and a hole in the fence",  # a sighting, after "oh and"
        "also water in the basement",
        "the drill is in bin 4 because I vaguely remember putting it there",  # a reason that doubts
        "the drill is in bin 4 because dave says he put it back",
        "the tent is in the loft because we planned to put it there",
        "the drill is in bin 4, which must be wrong",
        "drill in bin 4, no room in there actually so bin 5",
        "put the tent in the loft, no room so it's in the garage",
        "the headaches Mum had came back",
        "the results Dave had came back",
        "the quotes Dave got came back",
    ):
        assert not_done_surely(text), text
    # beside a bin is not in it
    assert read("hid the spare key under the wheelie bin") == {
        "actions": [store("under the wheelie bin", it("spare key"))]
    }
    assert read("put the spare bin bags in the cupboard by the wheelie bin") == {
        "actions": [store("cupboard by the wheelie bin", it("spare bin bags"))]
    }
    # names kept whole
    for text, name in (
        ("threw out the old bra", "old bra"),
        ("used the last irn bru", "irn bru"),
        ("put the spare key for the flat in bin 4", "spare key for the flat"),
        ("put the old upright in the garage", "old upright"),
        ("binned los angeles poster", "los angeles poster"),
        ("put la croix in the fridge", "la croix"),
    ):
        assert read(text)["actions"][0]["items"][0]["name"] == name, text
    assert read("lent the ladder to Dave's buddy")["actions"][0]["person"] == "Dave's buddy"
    assert read("lent the ladder to my coz")["actions"][0]["person"] == "my coz"
    assert read("mover the tent to the loft") == {"actions": [move("loft", it("tent"))]}
    said = read("Dave returned the chairs, stacked in twos")["actions"][0]
    assert "place" not in said
    assert read("Dave returned the chairs, stacked in the carport till sunday") == {
        "actions": [{**give_back(it("chairs"), place="carport"), "person": "Dave"}]
    }


def test_spanish_the_after_a_verb_is_the():
    assert read("Migdalia returned la cafetera, I put it back in the cabinet above the stove") == {
        "actions": [
            {**give_back(it("cafetera"), place="cabinet above the stove"), "person": "Migdalia"}
        ]
    }
    assert read("where's la cafetera") == {"actions": [find("cafetera")]}
    assert read("moved to El Paso") == {"actions": []}


def test_a_word_to_the_listener_before_a_report_is_no_doubt():
    assert read("hey babe i moved the logic analyzer over to your desk drawer") == {
        "actions": [move("desk drawer", it("logic analyzer"))]
    }
    assert read("dude sell the bike") == {"actions": []}


def test_three_changes_in_a_list_are_each_read():
    assert read("put the drill in bin 4, moved the saw to bin 5 and binned the old hammer") == {
        "actions": [
            store("bin 4", it("drill")),
            move("bin 5", it("saw")),
            discard(it("old hammer")),
        ]
    }
    # a plan among them leaves the whole message unread
    said = read("put the drill in bin 4, moved the saw to bin 5 and might bin the old hammer")
    assert said == {"actions": []}


def test_where_someone_lives_or_stays_is_no_part_of_their_name():
    assert read("Dave from pitch 7 brought the torch back") == {
        "actions": [{**give_back(it("torch")), "person": "Dave"}]
    }
    assert read("lent the torch to Gary on pitch 15") == {
        "actions": [{**take(it("torch")), "person": "Gary"}]
    }


def test_a_reason_that_tells_a_habit_or_a_need_for_room_is_no_change():
    for text, expected in (
        ("put me gaa boots in the shed cos mam was giving out about the smell",
         store("shed", it("gaa boots"))),
        ("moved my pizzas to freezer drawer 3 bc SOMEONE'S ice cream has taken over drawer 2",
         move("freezer drawer 3", it("pizzas"))),
        ("moved the xmas tree to the hall cupboard cos the weans kept climbin on it",
         move("hall cupboard", it("xmas tree"))),
    ):  # fmt: skip
        assert read(text) == {"actions": [expected]}, text
    assert read("got the 6 folding tables back from the Cohens, stacked in garage") == {
        "actions": [{**give_back(n("folding tables", 6), place="garage"), "person": "the Cohens"}]
    }


def test_what_the_seventh_second_reader_found_is_not_done_surely():
    for text in (
        # a third clause after a comma may take it all back
        "put the drill in bin 4, moved the saw to bin 5 and binned the hammer, undo that",
        "put the drill in bin 4, moved the saw to bin 5 and binned the hammer, hypothetically",
        # money, and what is not ours, is not lent from a place
        "took £20 out of the jar and lent it to my son",
        "took the piss out of dave and lent it to sam lol",
        "got the drill from Mike and lent it to Sam",
        # a returned thing put in the rubbish, a charity box, a wrong room, someone else's
        "the drill came back, put in the bin lol",
        "the drill came back, put in the charity box",
        "the chairs came back, stacked in the wrong room",
        "dave returned the ladder, put in the shed? or garage",
        # someone else's word, not the household's
        "who says put the drill in bin 4",
        "the doctor says keep the insulin in the fridge",
    ):
        assert not_done_surely(text), text
    assert "place" not in read("dave returned the ladder, put in his garage")["actions"][0]
    # a bin with a word before it keeps things
    assert read("stored the kindling in the old green wheelie bin") == {
        "actions": [store("old green wheelie bin", it("kindling"))]
    }
    assert read("lent the drill to the new dude")["actions"][0]["person"] == "the new dude"
    assert read("used the last eggs for the cake and mum wants more") == {
        "actions": [use(all_of("eggs"))]
    }
    assert read("took the drill out of box 2 and lent it to Robbo, his battery's cactus") == {
        "actions": [{**take(it("drill"), from_place="box 2"), "person": "Robbo"}]
    }


def test_loans_to_several_people_with_a_doubt_after_them_are_not_done():
    for text in (
        "lent the tent to Priya and the stove to Tom i think",
        "lent the tent to Priya and the stove to Tom tomorrow",
        "lent the paddleboard to Chris and the wetsuit to Amy in my dream lol",
    ):
        assert not_done_surely(text), text
    assert read("lent the tent to Priya and the camping stove to Tom") == {
        "actions": [
            {**take(it("tent")), "person": "Priya"},
            {**take(it("camping stove")), "person": "Tom"},
        ]
    }


def test_a_misspelt_first_word_is_read_as_meant_and_a_change_asked():
    """A first word with a letter dropped or two swapped, read in full as meant."""
    for text, action in (
        ("Coud you tell me where the projector is?", find("projector")),
        ("Woud you list the places", act("list_places")),
        ("everythig that's out right now?", act("out")),
    ):
        assert read(text) == {"actions": [action]}, text
    for text, action in (
        ("lnet it to Tom", act("take", items=[it("it")], person="Tom")),
        ("Takn out the spare cooker gasket from kitchen drawer",
         take(it("spare cooker gasket"), from_place="kitchen drawer")),
        ("sory undo that, wrong drawer", act("undo")),
        ("mvoe them to the shed", move("shed", it("them"))),
        ("thrw it away", discard(it("it"))),
    ):  # fmt: skip
        assert read(text) == {"actions": [action], "confirm": True}, text
    # "could" asks; "nboody", "coudnt", "maybe" still say no
    assert read("nboody borrowed the drill") == {"actions": []}
    assert read("could you have left it in the car") == {"actions": []}


def test_what_someone_else_wants_or_will_do_after_a_change_is_no_doubt():
    """ "…, Cerys wants them up early": a reason, not a doubt; the change is asked."""
    for text, action in (
        ("took the christmas lights out of the loft, Cerys wants them up early this year 🎄",
         take(it("christmas lights"), from_place="loft")),
        ("lent the calving jack to Mick Considine, he has a heifer calving tonight apparently",
         act("take", items=[it("calving jack")], person="Mick Considine")),
        ("the hot water dispenser died so we threw it out. the kids are gonna be sad",
         discard(it("hot water dispenser"))),
        ("chucked the rusty old tawa from the shed, no one's touched it in like 10 years",
         act("discard", items=[it("rusty old tawa")], from_place="shed")),
    ):  # fmt: skip
        assert read(text) == {"actions": [action], "confirm": True}, text
    for text in (
        "moved the drill to bin 5, he says it was in bin 4",
        "lent the ladder to Dave, he might bring it back",
        "took the drill out of the shed, she'll move it to the loft",
        "Deb's in the aging room flippin wheels, she'll text ya back",
    ):
        assert read(text) == {"actions": []}, text


def test_a_yes_or_no_question_among_chatter_is_answered():
    assert read(
        "Can I see the recent changes? Just want to make sure the kids are logging things 😅"
    ) == {"actions": [act("history")]}
    assert read(
        "Does Deacon Park still have any of our things? I don't want to bother him if he "
        "already brought everything back."
    ) == {"actions": [act("out", person="Deacon Park")]}
    assert read("What all is in the porch? Can hardly get in the door with the clutter") == {
        "actions": [contents("porch")]
    }


def test_a_building_said_without_the_ends_a_place():
    assert read("whats on top shelf in lock-up") == {"actions": [contents("top shelf in lock-up")]}
    assert read("put drill on top shelf in lean-to") == {
        "actions": [store("top shelf in lean-to", it("drill"))]
    }
    assert read("moved the buster collars to the top shelf in kennels") == {
        "actions": [move("top shelf in kennels", it("buster collars"))]
    }
    assert read("any multi finish left in lock-up?") == {"actions": [find("multi finish")]}
    assert read("any luck in town?") == {"actions": []}


def test_how_late_a_return_came_is_no_thing_returned():
    assert read("Paddy Mac finally brought back the dehorner, only 3 weeks late lol") == {
        "actions": [act("return", items=[it("dehorner")], person="Paddy Mac")],
        "confirm": True,
    }
    for text in ("the mortgage went out, 2 days late", "the swallows came back, 2 weeks late"):
        assert read(text) == {"actions": []}, text
    assert read("did Steve give back ladder yet?") == {"actions": [act("out", person="Steve")]}
    assert read("did Steve bring back dinner?") == {"actions": []}


def test_what_the_ninth_second_reader_found_is_not_done_surely():
    """Denials typed with a typo, people left somewhere, idioms, chatty yes-or-no questions."""
    for text in (
        "nobdy's borrowed the drill",
        "nobodys returned the ladder, Dave still has it",
        "left nan in the armchair in summerhouse",
        "dropped the boys at football, they'll be done at 12",
        "left the little one at nan's, she'll be fine",
        "put the visitors in the lounge, they're waiting for you",
        "gave Dave the nod, he'll do it",
        "Tom took the piss, he's always like that",
    ):
        assert read(text) == {"actions": []}, text
    assert read("put the will in the safe") == {"actions": [store("safe", it("will"))]}
    assert read("dropped my son at uni") == {"actions": []}
    assert not_done_surely("left Dave on the sofa in caravan")
    assert read("put Ted in the loft") == {"actions": [store("loft", it("Ted"))], "confirm": True}
    assert read("the crack is in the window in camper") == {"actions": []}
    assert read("the wood stain is in the shed") == {"actions": [store("shed", it("wood stain"))]}
    # a real question beside a yes-or-no one is the one answered
    assert read("Is the car unlocked? where are the keys") == {"actions": [find("keys")]}
    assert read("Did the kids eat? where's the lunchbox") == {"actions": [find("lunchbox")]}
    for text in (
        "any room left in freezer?",
        "any room left in the freezer?",
        "any space in loft?",
    ):
        assert read(text) == {"actions": []}, text
    assert read("any char siu left in walk-in?") == {"actions": [find("char siu")]}
    for text in ("did Steve give back money yet?", "did landlord give back deposit?"):
        assert read(text) == {"actions": []}, text


def test_more_said_after_a_full_stop_joins_the_change():
    assert read("pack n play is in the garage. bouncer too") == {
        "actions": [store("garage", it("pack n play"), it("bouncer"))]
    }
    assert read("moved the welder out to the haggard. grinder too") == {
        "actions": [move("haggard", it("welder"), it("grinder"))]
    }
    assert read("lent the drill to Dave. Sam too") == {
        "actions": [act("take", items=[it("drill")], person="Dave")]
    }
    for text in ("put the drill in bin 4. heavy too", "binned the old kettle. good riddance too"):
        assert [len(action["items"]) for action in read(text)["actions"]] == [1], text
    assert read("lent the drill to dave. no charger too") == {"actions": []}


def test_a_change_of_state_is_no_move():
    """ "went from sunny to rain" says how a thing changed, not where it went."""
    for text in (
        "the weather went from sunny to rain",
        "the milk has gone from fresh to sour",
        "the clocks have gone from BST to GMT",
    ):
        assert read(text) == {"actions": []}, text
    assert read("batt charger went from studio to car") == {
        "actions": [move("car", it("batt charger"), from_place="studio")]
    }


def test_a_rename_asked_as_a_question_is_asked():
    said = read("Can we call the storage locker 'the trunk room' from now on?")
    assert said == {
        "actions": [act("rename", place="storage locker", new_name="trunk room")],
        "confirm": True,
    }
    assert read("can we call drawer 2 the junk drawer") == {
        "actions": [act("rename", place="drawer 2", new_name="junk drawer")]
    }
    for text in ("can we call mum later?", "can we call dibs on the front seat?",
                 "can we call the loft something else?"):  # fmt: skip
        assert read(text) == {"actions": []}, text
    assert read("where's the fuel can living now?") == {"actions": [find("fuel can")]}


def test_a_supply_run_out_is_asked_and_the_mains_is_no_stock():
    said = read("Gas finished this morning, Issah has gone to refill the cylinder")
    assert said == {"actions": [act("use", items=[all_of("Gas")])], "confirm": True}
    assert read("the wifi's all gone") == {"actions": []}
    assert read("used up the toilet paper") == {
        "actions": [act("use", items=[all_of("toilet paper")])]
    }
    assert read("the camping gas is finished") == {
        "actions": [act("use", items=[all_of("camping gas")])]
    }


def test_more_shapes_of_asking_and_of_saying_how_a_thing_went():
    assert read("any idea were i put the mole grips") == {"actions": [find("mole grips")]}
    assert read("have i lent anything out") == {"actions": [act("out")]}
    assert read("Have I lent anything to anyone? I can't remember.") == {"actions": [act("out")]}
    assert read("lent a trolley to Dean in unit 31") == {
        "actions": [act("take", items=[it("trolley")], person="Dean")]
    }
    assert read("threw away old kimchi containers, the lid all broken") == {
        "actions": [discard(it("old kimchi containers"))]
    }
    said = read("threw out the old dory oars, rotted right thru")
    assert said["actions"] == [discard(it("old dory oars"))], said
    said = read("put the sledge in the loft, we won't need it till winter")
    assert said["actions"] == [store("loft", it("sledge"))], said


def test_what_the_eleventh_second_reader_found_is_read_as_before():
    """Moves between houses and floors, products named like faults, loans of real things."""
    assert read("the ladder went from Dave's to Pete's") == {
        "actions": [move("Pete's", it("ladder"), from_place="Dave's")]
    }
    assert read("took the cot from upstairs to downstairs") == {
        "actions": [move("downstairs", it("cot"), from_place="upstairs")]
    }
    assert read("the Google Nest is in the loft") == {"actions": [store("loft", it("Google Nest"))]}
    assert read("moved the bikes to the shed. spiders too") == {
        "actions": [move("shed", it("bikes"))]
    }
    assert read("lent the drill to Dave. the charger too") == {
        "actions": [act("take", items=[it("drill"), it("charger")], person="Dave")]
    }
    assert read("the rota moved from monday to tuesday") == {"actions": []}


def test_who_keeps_it_the_bot_itself_and_a_name_we_are_calling_a_place():
    assert read("where Piotr keeps the spare key?") == {"actions": [find("spare key")]}
    assert read("tell me where mum keeps the spare key") == {"actions": [find("spare key")]}
    assert read("what's changed on here this week?") == {"actions": [act("history")]}
    assert read("what presses and boxes have I got on here") == {"actions": [act("list_places")]}
    assert read("how many sheds/boxes/whatever do i have in here") == {"actions": []}
    assert read("we're calling bin 6 the VBS bin from now on") == {
        "actions": [act("rename", place="bin 6", new_name="VBS bin")],
        "confirm": True,
    }
    for text in ("we're calling mum later", "we're calling it a day", "we'll call you back"):
        assert read(text) == {"actions": []}, text


def test_what_the_twelfth_second_reader_found_is_not_read():
    for text in (
        "we'll call the garage mechanic",
        "we're calling the loft finished",
        "we'll call bin 6 Piotr's",
        "we'll call a shed a shed",
        "where he keeps his brain",
        "where she keeps leaving her shoes",
        "who has changed on here",
    ):
        assert read(text) == {"actions": []}, text
