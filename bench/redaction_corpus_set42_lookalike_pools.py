# ruff: noqa: E501
"""Set 42's name-like look-alike pools: what looks like a person in civic, community and
public-life text but is none. Every pool is a flat tuple whose even positions serve the tuning
half and odd positions the held-out half. No entry holds a word of the person pools (tested),
and none is a plain English word on its own (a pool entry is looked for as a whole word in the
other half's texts). Famous and historical public figures used as eponyms (wards, parks, halls,
trophies, openings, rules) are not persons in this set; player handles and game characters are
not persons either.
"""

from __future__ import annotations

# fmt: off
# Wards, parks, halls, estates and buildings named after famous or historical people.
EPONYMS: tuple[str, ...] = (
    "Churchill ward", "Mandela Park", "Attlee House", "Pankhurst Centre", "Wilberforce Hall",
    "Brunel ward", "Gandhi Gardens", "Keir Hardie estate", "Disraeli ward", "Gladstone Hall",
    "Peel Park", "Livingstone Library", "Shakespeare ward", "Dickens ward", "Wordsworth Court",
    "Tolpuddle Martyrs green", "Elgar Road rec", "Telford ward", "Lincoln precinct",
    "Jefferson precinct", "Stephenson Halls", "Wedgwood Institute", "Cromwell ward",
    "Carnegie Library", "Ruskin Park", "Nkrumah Hall",
)
# Cups, trophies, shields, belts and plates named after people.
TROPHIES: tuple[str, ...] = (
    "the Stanley Cup", "the Webb Ellis Cup", "the Ryder Cup", "the Davis Cup",
    "the Jules Rimet trophy", "the Lonsdale Belt", "the Solheim Cup", "the Curtis Cup",
    "the Lombardi Trophy", "the Heisman", "the Walker Cup", "the Wightman Cup",
    "the Bledisloe Cup", "the Ashburton Shield", "the Lady Byng trophy", "the Hart Trophy",
    "the Calder Cup", "the Vezina", "the Liam MacCarthy Cup", "the Sam Maguire",
    "the Tetley Bitter Cup", "the Challenge Shield", "the Grey Cup", "the Vardon Trophy",
    "the Harmsworth Trophy", "the Wooden Spoon",
)
# Clubs, teams and venues with name-like words.
CLUBS: tuple[str, ...] = (
    "Hamilton Academical", "Crewe Alexandra", "Queen of the South", "St Johnstone",
    "Leyton Orient", "Stenhousemuir", "Brigham Young", "Harlem Globetrotters",
    "Partick Thistle", "Heart of Midlothian", "Inverness Caledonian Thistle", "Dulwich Hamlet",
    "Corinthian-Casuals", "Sheffield Wednesday", "Plymouth Argyle", "Alexandra Palace darts",
    "Bohemians", "Shamrock Rovers", "Grasshopper Club", "Young Boys", "Boca Juniors",
    "Newell's Old Boys", "Kaizer Chiefs", "Orlando Pirates", "Lord's", "Fenway",
)
# Game, film and book characters, mascots and bosses.
CHARACTERS: tuple[str, ...] = (
    "Lara Croft", "Geralt", "Kratos", "Samus", "Master Chief", "Solid Snake", "Pikachu",
    "Cloud Strife", "Ezio", "Princess Zelda", "Donkey Kong", "Bowser", "Yoshi", "Ganondorf",
    "Sephiroth", "Tracer", "Mercy", "Reinhardt", "Jigglypuff", "Sonic", "Tails", "Glados",
    "Gordon Freeman", "Commander Shepard", "Nathan Drake", "Aloy",
)
# Player handles, guild names and server nicknames (not spelt from any name).
HANDLES: tuple[str, ...] = (
    "xX_Voidwalker_Xx", "n00bslayer", "quietkestrel", "grumpyturnip42", "Pixel_Goblin",
    "TeaTimeTactician", "crit_happens", "ZeroPingHero", "mossy_boots", "LagSwitchLarry",
    "BigBrainBarista", "sneaky_hedgehog", "Rook2Queen", "ItsJustAGlitch", "Nebula_Ninja",
    "wafflecannon", "FrostbyteFox", "KeyboardWarlock", "Sir_Loots_A_Lot", "owlbear_hugs",
    "the_last_pawn", "gg_no_re", "CaffeineCritter", "spud_launcher", "Respawn_Regret", "ctrl_alt_defeat",
)
# Chess openings, variations and gambits named after people or places.
OPENINGS: tuple[str, ...] = (
    "the Najdorf", "the Ruy Lopez", "the Caro-Kann", "Alekhine's Defence", "the Nimzo-Indian",
    "the Grünfeld", "the Petrov", "the Evans Gambit", "Philidor's Defence", "the Pirc",
    "the Benko Gambit", "the Réti", "Bird's Opening", "the Trompowsky", "the Marshall Attack",
    "the Tarrasch", "the Sveshnikov", "the Taimanov", "the Scheveningen", "the Rossolimo",
    "the Budapest Gambit", "the Fried Liver", "the Albin Countergambit", "the Colle System",
    "the Torre Attack", "the Larsen",
)
# Rules, reports, methods and procedures named after people.
RULES: tuple[str, ...] = (
    "Robert's Rules", "the Nolan principles", "Duckworth-Lewis", "the Stableford", "Elo",
    "Queensberry rules", "Erskine May", "the Sewel convention", "the D'Hondt method",
    "Sainte-Laguë", "the Droop quota", "a Borda count", "the Condorcet winner", "Hansard",
    "the Leveson report", "the Macpherson report", "Wednesbury reasonableness", "the Tellier rule",
    "the Cadbury code", "the Salisbury convention", "Glicko", "the Bosman ruling", "Hawk-Eye",
    "the Fosbury flop", "a Mexican wave", "the Hare quota",
)
# Capitalised sentence openers that are also names.
OPENERS: tuple[str, ...] = (
    "Will the clerk minute the abstentions", "Mark item seven as deferred",
    "Grant the extension to the end of the month", "Bill the visiting side for the floodlights",
    "Carol singers meet by the war memorial", "Rob the rich teams of their byes, someone said",
    "Sue the club? Hardly worth the fee", "Pat the dog by the scorebox at your peril",
    "Frank exchanges at the residents' meeting", "Rich pickings at the jumble sale",
    "Faith leaders sat on the front row", "Hope the rain holds off for the fete",
    "Don the high-vis vests before canvassing", "Chase up the late nomination forms",
    "Drew level just before half time", "Miles of bunting went up on the green",
    "Art society exhibition in the foyer", "Jack the trailer up before unhitching",
    "Gene pool of the allotment sweet peas", "Summer league fixtures are out",
    "Dawn raid on the library book sale", "Joy at the parish hall after the result",
    "Ray of light in the fundraising figures", "Nick the last biscuits from the committee tin",
    "Victor in the under-twelves again", "Sterling effort by the litter pickers",
)
# Lower-case phrases holding a name word.
WORDS: tuple[str, ...] = (
    "a jack of all trades", "the penny farthing", "a teddy bear raffle", "the billy goat",
    "a bobby on the beat", "the dickens of a job", "a tom thumb tomato", "the jolly roger",
    "a peeping tom", "the lazy susan", "a johnny-come-lately", "a doubting thomas",
    "the round robin", "as happy as larry", "a dear john letter", "an even stevens draw",
    "the real mccoy", "a nosey parker", "a bobby dazzler", "a right charlie",
    "a plain jane", "the gordon bennett moment", "a smart alec", "a jammy dodger",
    "the full monty", "an uncle tom cobley and all",
)
# fmt: on
