# ruff: noqa: E501
"""Set 44's name-like look-alike pools: what looks like a person in farm, energy, building,
housing, motoring and lab text but is none. Every pool is a flat tuple whose even positions
serve the tuning half and odd positions the held-out half. No entry holds a word of the
person pools (tested), and none is a plain English word on its own (a pool entry is looked
for as a whole word in the other half's texts). Farms and holdings named after a family,
tractors, machines and tools named after their makers, breeds, fruit, rose and potato
varieties named after people, laws, effects, units and lab kit named after scientists, cars
named after people, and buildings, estates and housing developments named after people are
not persons in this set.
"""

from __future__ import annotations

# fmt: off
# Farms and holdings named after a family (invented).
FARMS: tuple[str, ...] = (
    "Higgins Farm", "Pettigrew's Farm", "Cobbold Farm", "Tregunna Farm", "Mossop's Holding",
    "Kettlewell Farm", "Fairclough Farm", "Bagshawe's Farm", "Penhaligon Farm", "Ollerenshaw Farm",
    "Brocklehurst Farm", "Tweddle's Farm", "Cholmondeley Home Farm", "Dowson's Holding",
    "Shuttleworth Farm", "Pennefather Farm", "Wolstenholme Farm", "Ashburner's Farm",
    "Heseltine Farm", "Pickersgill Farm", "Greatorex Farm", "Thistlethwaite Farm",
    "Coppinger's Farm", "Rusbridge Farm", "Mallinder Farm", "Spurrier's Holding",
)
# Tractors, machines and tools named after their makers.
MACHINES: tuple[str, ...] = (
    "a John Deere 6R", "a Massey Ferguson 135", "a David Brown 990", "a Ferguson TE20",
    "a Claas Lexion", "a Fendt Vario", "a Kubota L2", "a McCormick X7", "a Deutz-Fahr Agrotron",
    "a Lamborghini Spark", "a Porsche Junior", "a McHale Fusion", "a Krone BiG Pack",
    "a Pöttinger rake", "a Stihl chainsaw", "a Makita drill", "a Bosch breaker", "a Hilti anchor gun",
    "a DeWalt mitre saw", "a Kärcher washer", "a Liebherr crane", "a JCB telehandler",
    "a Husqvarna strimmer", "a Kverneland plough", "a Lely Astronaut", "a Honda pump",
)
# Livestock and dog breeds with a person's name in them.
BREEDS: tuple[str, ...] = (
    "Dexter heifers", "Jacob ewes", "a Jack Russell", "a Dobermann", "a Gordon Setter",
    "Belted Galloway stores", "a Cavalier King Charles", "Aberdeen Angus steers",
    "Gloucester Old Spot weaners", "Bluefaced Leicester tups", "British Lop gilts",
    "a Cleveland Bay mare", "Lincoln Red bullocks", "Hereford cross calves", "a Shetland pony",
    "Charolais bulls", "Simmental cows", "Limousin cross stores", "Texel shearlings",
    "Herdwick hoggs", "Swaledale gimmers", "a Welsh Cob", "Large Black sows", "Tamworth boars",
    "a Percheron gelding", "Holstein Friesian heifers",
)
# Apple, pear, plum, rose and potato varieties named after people.
VARIETIES: tuple[str, ...] = (
    "Granny Smith", "Cox's Orange Pippin", "Bramley seedlings", "James Grieve", "Laxton's Superb",
    "Ellison's Orange", "Charles Ross", "Lord Derby", "Beurré Hardy", "Williams' Bon Chrétien",
    "Doyenné du Comice", "Louise Bonne", "Victoria plums", "Marjorie's Seedling", "Gertrude Jekyll",
    "Graham Thomas", "Madame Alfred Carrière", "Albertine roses", "King Edward seed",
    "Maris Piper", "Kerr's Pink", "Duke of York earlies", "Désirée", "Charlotte salad potatoes",
    "Sweet Williams", "Cécile Brünner",
)
# Laws, effects, units, methods and lab kit named after scientists.
SCIENCE: tuple[str, ...] = (
    "Hooke's law", "the Doppler shift", "a Bunsen burner", "a Petri dish", "an Erlenmeyer flask",
    "a Büchner funnel", "Avogadro's number", "a Geiger counter", "the Michaelis-Menten fit",
    "a Kjeldahl digest", "a Soxhlet extraction", "the Bradford assay", "a Southern blot",
    "Gram staining", "a Pasteur pipette", "a Dewar", "the Henderson-Hasselbalch equation",
    "the Beer-Lambert law", "Fick's law", "Ohm's law", "a Wheatstone bridge", "a Fourier transform",
    "Raman spectra", "the Hardy-Weinberg check", "a Kaplan-Meier curve", "a Mann-Whitney test",
)
# Cars and vans named after people.
CARS: tuple[str, ...] = (
    "a Ford Transit", "a Mercedes Sprinter", "a Citroën Berlingo", "a Peugeot Partner",
    "a Porsche Cayenne", "a Chevrolet Silverado", "a Dodge Ram", "a Renault Trafic",
    "a Škoda Octavia", "an Opel Astra", "a Ferrari Roma", "a Rolls-Royce Ghost", "an Aston Martin DB9",
    "a Bentley Bentayga", "a Tesla Model Y", "a Lincoln Navigator", "a Holden Commodore",
    "a Toyota Hilux", "a Suzuki Jimny", "a Daimler Sovereign", "a Maserati Ghibli",
    "a Morris Minor", "a Ford Ranger", "a Chrysler Voyager", "a Mercedes Vito", "a Citroën Dispatch",
)
# Buildings, estates and housing developments named after people.
ESTATES: tuple[str, ...] = (
    "the Attlee Estate", "Nightingale Court", "Brunel Quarter", "Telford Place", "Wellington Heights",
    "the Bevin Estate", "Pankhurst Mews", "Shakespeare Tower", "Wordsworth Gardens", "Marconi Wharf",
    "Faraday Park", "Elgar View", "the Rutherford Building", "the Darwin Building", "the Crick Institute",
    "the Franklin Wing", "the Jenner Building", "the Fleming Lab", "Cadbury Fields", "Lister Mills",
    "Rowntree Park", "Salt's Mill", "the Peabody Buildings", "Gladstone Dock", "Baird Court",
    "the Bessemer Works",
)
# Capitalised sentence openers that are also names.
OPENERS: tuple[str, ...] = (
    "Mark the heifers before market day", "Will the scaffold come down by Friday",
    "Bill the co-op for the red diesel", "Grant money for the hedges came through",
    "Hazel whips along the north boundary", "Heather burning is off this year",
    "Rose bushes by the farm shop need pruning", "Holly in the hedge line stays",
    "Ivy on the gable end needs stripping", "Sage and thyme in the herb bed",
    "Frank words from the building inspector", "Chase the sparky for the certificate",
    "Drew up the snagging list again", "Pat the seedbed down after drilling",
    "Patience with the planners, as ever", "Sterling work from the brickies",
    "Dusty readings on the second meter", "Sandy soil on the bottom field",
    "Hunter wellies by the back door", "Gene expression looks flat again",
    "Barley is in the shed at last", "Robin nesting in the tractor shed",
    "Ray counts are down on the Geiger", "Rusty hinges on the yard gate",
    "Angel cake for the lab meeting", "Faith restored in the old boiler",
)
# Lower-case plants, tools and farm words holding a name word.
WORDS: tuple[str, ...] = (
    "a tommy bar", "a jerry can", "a lazy susan", "a billycan", "a bobby calf", "a jemmy",
    "a jack plane", "a nanny goat", "a billy goat", "creeping jenny", "sweet cicely",
    "herb robert", "jack-by-the-hedge", "lords-and-ladies", "black-eyed susan", "a johnny jump-up",
    "a jenny wren", "a jack snipe", "a tom turkey", "a jill ferret", "a jack hare",
    "a molly bolt", "a sack dolly", "a bob saw", "a mickey finn", "a tommy hawk",
)
# fmt: on
