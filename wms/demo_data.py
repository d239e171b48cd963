"""Vocabularies of the demo household: rooms, storage furniture and the things people keep.

Names are composed from these lists (brand, colour, size, noun), so a few hundred
nouns give well over 100,000 distinct item names.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoomKind:
    """A room or area, the furniture it holds and the kinds of things kept there."""

    name: str
    furniture: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Category:
    """A kind of belongings: nouns and the words that can qualify them.

    Attributes:
        tag: the tag every item of the category gets.
        nouns: "noun" or "noun|size group|most|unit" (most: the largest count kept).
        brands: brand names that may precede the noun.
        adjectives: colours, materials and other qualifiers.
    """

    tag: str
    nouns: tuple[str, ...]
    brands: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


# In the order they are used: a small household has the first few rooms.
ROOMS = (
    RoomKind("Garage", ("Shelf", "Cabinet", "Rack"),
             ("tools", "hardware", "car", "garden", "sports", "camping")),
    RoomKind("Attic", ("Shelf", "Rack"), ("christmas", "camping", "clothing", "toys", "documents")),
    RoomKind("Basement", ("Shelf", "Rack", "Cabinet"),
             ("tools", "hardware", "christmas", "sports", "cleaning")),
    RoomKind("Kitchen", ("Cupboard", "Cabinet"),
             ("kitchenware", "batteries", "cleaning", "pantry")),
    RoomKind("Shed", ("Shelf", "Rack"), ("garden", "tools", "hardware")),
    RoomKind("Hall closet", ("Shelf", "Cupboard"),
             ("batteries", "cables", "cleaning", "first aid", "sports")),
    RoomKind("Office", ("Shelf", "Cabinet"), ("documents", "cables", "electronics", "craft")),
    RoomKind("Utility room", ("Shelf", "Cupboard"), ("cleaning", "tools", "batteries")),
    RoomKind("Bedroom closet", ("Wardrobe", "Shelf"), ("clothing", "documents")),
    RoomKind("Kids room", ("Shelf", "Wardrobe"), ("toys", "craft", "clothing")),
    RoomKind("Workshop", ("Shelf", "Cabinet", "Rack"), ("tools", "hardware", "electronics")),
    RoomKind("Pantry", ("Shelf",), ("pantry", "kitchenware")),
    RoomKind("Bathroom", ("Cabinet",), ("first aid", "cleaning")),
    RoomKind("Laundry room", ("Shelf", "Cupboard"), ("cleaning", "clothing")),
    RoomKind("Living room", ("Cabinet", "Shelf"), ("electronics", "cables", "toys", "documents")),
    RoomKind("Loft", ("Shelf", "Rack"), ("christmas", "camping", "clothing")),
    RoomKind("Cellar", ("Shelf", "Rack"), ("pantry", "tools", "garden")),
    RoomKind("Guest room", ("Wardrobe", "Shelf"), ("clothing", "craft", "documents")),
    RoomKind("Porch", ("Cupboard",), ("garden", "sports", "car")),
    RoomKind("Storage unit", ("Rack", "Shelf"),
             ("camping", "christmas", "sports", "toys", "documents", "tools")),
)  # fmt: skip

# Which containers stand in (or on) each kind of furniture.
CONTAINERS = {
    "Shelf": ("Bin", "Box"),
    "Cabinet": ("Drawer", "Box"),
    "Rack": ("Crate", "Tote"),
    "Cupboard": ("Basket", "Box"),
    "Wardrobe": ("Box", "Basket"),
}

COLOURS = ("red", "blue", "green", "black", "white", "grey", "yellow", "orange", "purple",
           "pink", "brown", "silver")  # fmt: skip
GENERAL = ("old", "new", "spare", "small", "large", "vintage", "folding", "heavy-duty")

SIZES = {
    "mm": ("6mm", "8mm", "10mm", "12mm", "13mm", "17mm", "19mm"),
    "length": ("1m", "2m", "3m", "5m", "10m"),
    "clothes": ("kids", "small", "medium", "large", "XL"),
    "cm": ("20cm", "24cm", "28cm", "32cm"),
    "volume": ("1 litre", "2 litre", "5 litre"),
    "watt": ("40W", "60W", "100W"),
    "paper": ("A4", "A5", "A3"),
}

CATEGORIES = {
    "tools": Category(
        "tools",
        ("cordless drill", "hammer drill", "impact driver", "socket wrench|mm", "spanner|mm",
         "hex key set", "claw hammer", "rubber mallet", "screwdriver set", "pliers",
         "wire cutters", "utility knife", "tape measure|length", "spirit level", "hand saw",
         "jigsaw", "circular saw", "angle grinder", "orbital sander", "heat gun", "glue gun",
         "stud finder", "clamp|cm", "chisel set", "soldering iron", "multimeter", "torque wrench",
         "crowbar", "staple gun", "drill bit set", "file set", "caulking gun", "paint roller",
         "paintbrush"),
        ("Bosch", "Makita", "DeWalt", "Stanley", "Milwaukee", "Ryobi", "Black+Decker", "Festool"),
        (*COLOURS, "cordless", "18V", "compact"),
    ),
    "hardware": Category(
        "hardware",
        ("wood screws|mm|200", "drywall screws|mm|200", "wall plugs|mm|100", "nails|mm|300",
         "hinges|none|12", "cable ties|cm|100", "duct tape", "masking tape", "electrical tape",
         "wood glue", "super glue", "sandpaper sheets|none|40", "bolts|mm|50", "washers|mm|100",
         "picture hooks|none|30", "door handle", "padlock", "bungee cords|length|8", "rope|length",
         "chain|length", "spray paint", "wood stain|volume", "paint tin|volume",
         "silicone sealant", "WD-40"),
        ("Fischer", "Spax", "Gorilla", "3M", "Loctite"),
        ("stainless", "brass", "zinc", "galvanised", *COLOURS),
    ),
    "car": Category(
        "car",
        ("jump leads", "tyre inflator", "ice scraper", "car jack", "wheel brace", "roof box",
         "snow chains", "engine oil|volume", "windscreen wash|volume", "tow rope", "bike rack",
         "car vacuum", "first aid kit", "warning triangle", "spare wiper blades|none|2"),
        ("Halfords", "Bosch", "Thule", "Michelin"),
        (*COLOURS, *GENERAL),
    ),
    "garden": Category(
        "garden",
        ("hedge trimmer", "pruning shears", "garden hose|length", "hose reel", "watering can",
         "leaf blower", "rake", "spade", "garden fork", "trowel", "gardening gloves|clothes|3",
         "plant pots|cm|12", "seed packets|none|20", "lawn mower", "strimmer", "wheelbarrow",
         "sprinkler", "bird feeder", "compost bags|none|5", "garden twine",
         "plant labels|none|50"),
        ("Fiskars", "Gardena", "Husqvarna", "Spear & Jackson"),
        (*COLOURS, *GENERAL),
    ),
    "sports": Category(
        "sports",
        ("tennis racket", "tennis balls|none|12", "football", "basketball", "yoga mat",
         "dumbbells|none|2", "bike helmet", "bike pump", "bike lock", "skateboard", "ice skates",
         "ski goggles", "swimming goggles", "badminton set", "frisbee", "resistance bands|none|5",
         "climbing harness", "running shoes|clothes|2", "golf balls|none|24", "cricket bat"),
        ("Wilson", "Nike", "Adidas", "Decathlon", "Head", "Giro"),
        (*COLOURS, *GENERAL),
    ),
    "camping": Category(
        "camping",
        ("tent", "sleeping bag", "sleeping mat", "camping stove", "gas canisters|none|6",
         "headlamp", "lantern", "cool box", "camping chairs|none|4", "tarp", "tent pegs|none|30",
         "water filter", "mess kit", "hiking poles|none|2", "rucksack", "dry bags|none|4",
         "hammock", "mosquito net", "compass", "camping table", "firelighters|none|3"),
        ("Coleman", "Vango", "Black Diamond", "MSR", "Osprey", "Petzl", "Decathlon"),
        (*COLOURS, "two-person", "four-person", "lightweight", "waterproof", "old"),
    ),
    "christmas": Category(
        "christmas",
        ("christmas lights|length", "fairy lights|length", "baubles|none|24", "tinsel|length",
         "christmas tree stand", "tree topper star", "advent calendar", "wreath", "nativity set",
         "stockings|none|4", "gift wrap rolls|none|6", "gift tags|none|30",
         "christmas candles|none|8", "christmas tablecloth", "santa hat", "snow globe",
         "reindeer ornament", "ribbon reels|none|6", "christmas cards|none|20",
         "outdoor light-up reindeer"),
        ("IKEA", "John Lewis", "Festive"),
        (*COLOURS, "glass", "wooden", "LED", "warm white", "vintage", "gold"),
    ),
    "kitchenware": Category(
        "kitchenware",
        ("frying pan|cm", "saucepan|cm", "cast iron skillet|cm", "baking tray", "cake tin|cm",
         "muffin tray", "rolling pin", "mixing bowls|none|3", "measuring jugs|volume", "colander",
         "chopping board", "carving knife", "bread knife", "hand blender", "stand mixer",
         "waffle maker", "slow cooker", "fondue set", "picnic plates|none|8",
         "wine glasses|none|6", "champagne flutes|none|6", "cocktail shaker", "ice cream scoop",
         "pasta machine", "spice grinder", "thermos flask|volume", "lunch boxes|none|4",
         "food containers|none|10", "cookie cutters|none|12", "piping bags|none|10"),
        ("Le Creuset", "Tefal", "KitchenAid", "Joseph Joseph", "Kenwood", "Pyrex", "Zwilling"),
        (*COLOURS, "non-stick", "stainless", "enamel", "ceramic", "glass"),
    ),
    "pantry": Category(
        "pantry",
        ("tinned tomatoes|none|12", "pasta|none|6", "rice|none|4", "flour|none|3",
         "olive oil|volume|3", "jam jars|none|12", "bottled water|none|24", "coffee beans|none|4",
         "tea bags|none|6", "honey|none|3", "baking soda|none|3", "birthday candles|none|5",
         "paper napkins|none|6", "kitchen foil|none|3", "cling film|none|3",
         "freezer bags|none|4"),
        ("Heinz", "Barilla", "Lavazza", "Tilda"),
        ("organic", "wholemeal", "spare", "bulk"),
    ),
    "batteries": Category(
        "batteries",
        ("AA batteries|none|24", "AAA batteries|none|24", "9V batteries|none|4",
         "C batteries|none|8", "D batteries|none|8", "button cells|none|10",
         "rechargeable AA batteries|none|8", "battery charger", "light bulbs|watt|12",
         "LED bulbs|watt|12", "torch", "candles|none|20", "matches|none|10", "extension lead",
         "smoke alarm battery|none|4", "fuses|none|20"),
        ("Duracell", "Energizer", "Varta", "Philips", "Panasonic", "Eneloop"),
        ("spare", "new", "used", "rechargeable"),
    ),
    "cables": Category(
        "cables",
        ("USB-C cable|length|5", "HDMI cable|length|4", "micro USB cable|length|5",
         "lightning cable|length|3", "ethernet cable|length|6", "power strip",
         "phone charger|none|4", "laptop charger", "USB hub", "audio cable|length|3", "VGA cable",
         "display adapter", "power adapter", "speaker wire|length", "travel adapter|none|3",
         "SD card reader", "extension cord|length"),
        ("Anker", "Belkin", "Apple", "Samsung", "Ugreen", "AmazonBasics"),
        (*COLOURS, "braided", "short", "long", "spare", "old"),
    ),
    "electronics": Category(
        "electronics",
        ("old laptop", "tablet", "e-reader", "headphones", "bluetooth speaker", "webcam",
         "external hard drive", "USB sticks|none|6", "router", "game controller|none|4",
         "digital camera", "camera tripod", "walkie-talkies|none|2", "raspberry pi",
         "label printer", "smart plug|none|4", "baby monitor", "projector", "keyboard", "mouse"),
        ("Sony", "Logitech", "Canon", "Nintendo", "Kindle", "TP-Link", "Bose", "Samsung"),
        (*COLOURS, "wireless", "old", "spare", "broken"),
    ),
    "documents": Category(
        "documents",
        ("passports", "birth certificates", "tax returns|none|1|folder", "bank statements",
         "house deeds", "car logbook", "insurance papers", "warranty cards", "user manuals",
         "school reports", "wedding album", "photo albums|none|6", "old letters",
         "vaccination cards", "pension papers", "rental contract", "payslips", "medical records",
         "recipe book", "printer paper|paper|5|ream", "envelopes|none|50", "notebooks|paper|10"),
        ("Ana's", "Tom's", "Grandma's", "kids'", "family", "work", "car"),
        (*(str(year) for year in range(2012, 2026)), "old", "important", "signed", "copies of"),
    ),
    "craft": Category(
        "craft",
        ("sewing kit", "sewing machine", "knitting needles|mm", "yarn balls|none|12",
         "fabric scraps", "acrylic paints|none|12", "watercolour set", "sketchbook|paper|4",
         "coloured pencils|none|24", "felt tips|none|24", "craft scissors|none|3",
         "glitter|none|6", "embroidery hoops|cm|4", "hot glue sticks|none|40",
         "washi tape|none|10", "origami paper|none|3", "modelling clay|none|6", "easel",
         "stencils|none|10"),
        ("Crayola", "Faber-Castell", "Singer", "Winsor & Newton", "Staedtler"),
        (*COLOURS,),
    ),
    "toys": Category(
        "toys",
        ("lego set", "jigsaw puzzle", "board game", "playing cards|none|4", "teddy bear",
         "toy cars|none|20", "dolls house", "train set", "marbles|none|50", "kite", "bubble wands",
         "water pistols|none|4", "nerf blaster", "play-doh|none|8", "wooden blocks",
         "rubik's cube", "chess set", "dominoes", "remote control car", "baby rattle"),
        ("LEGO", "Hasbro", "Playmobil", "Brio", "Mattel", "Ravensburger"),
        (*COLOURS, "wooden", "old", "giant", "mini"),
    ),
    "clothing": Category(
        "clothing",
        ("winter coat|clothes", "rain jacket|clothes", "ski jacket|clothes", "wool scarf",
         "winter gloves|clothes", "beanie", "wellington boots|clothes", "hiking boots|clothes",
         "swimsuit|clothes", "sun hat", "fancy dress costume|clothes", "baby clothes",
         "summer dresses|clothes|4", "thermal socks|clothes|6", "suit|clothes", "wedding dress",
         "school uniform|clothes", "sunglasses", "umbrella", "flip-flops|clothes"),
        ("Patagonia", "Uniqlo", "North Face", "Hunter", "Barbour", "H&M"),
        (*COLOURS, "wool", "waterproof", "old", "summer", "winter"),
    ),
    "cleaning": Category(
        "cleaning",
        ("vacuum cleaner", "steam mop", "mop bucket", "dustpan and brush",
         "microfibre cloths|none|10", "sponges|none|10", "bin bags|none|4", "bleach|volume|3",
         "washing-up liquid|volume|3", "laundry detergent|volume|3", "dishwasher tablets|none|4",
         "rubber gloves|clothes|4", "window squeegee", "carpet cleaner", "lint roller|none|3",
         "ironing board", "iron", "clothes pegs|none|50", "drying rack", "shoe polish"),
        ("Dyson", "Vileda", "Henkel", "Dettol", "Karcher", "Method"),
        (*COLOURS, "spare", "new", "eco"),
    ),
    "first aid": Category(
        "first aid",
        ("plasters|none|40", "bandages|none|10", "paracetamol|none|4", "ibuprofen|none|4",
         "thermometer", "antiseptic cream", "sun cream|volume|3", "insect repellent|none|3",
         "hot water bottle", "ice pack|none|3", "tweezers", "eye drops", "allergy tablets|none|4",
         "blood pressure monitor", "face masks|none|50", "hand sanitiser|volume|4",
         "ear plugs|none|20"),
        ("Boots", "Elastoplast", "Nurofen", "Germolene", "Braun"),
        ("spare", "travel", "kids", "new", "unopened"),
    ),
}  # fmt: skip

DESCRIPTIONS = (
    "still in the original packaging", "bought last year", "needs cleaning",
    "borrowed from the neighbours", "spare one", "for the holiday trip", "missing a part",
    "works fine", "gift from grandma", "receipt is in the box", "only used once",
    "to be repaired", "keep for the kids", "goes with the {noun}", "do not lend out",
)  # fmt: skip

__all__ = ["CATEGORIES", "CONTAINERS", "DESCRIPTIONS", "GENERAL", "ROOMS", "SIZES", "Category"]
