# ruff: noqa: E501
"""Set 41's name-like look-alike pools: what looks like a person in school, health, family and
faith text but is none. Every pool is a flat tuple whose even positions serve the tuning half
and odd positions the held-out half. No entry holds a word of the person pools (tested), and
none is a plain English word on its own (a pool entry is looked for as a whole word in the
other half's texts).
"""

from __future__ import annotations

# fmt: off
# Churches, parishes, schools and chapels named after saints.
SAINTS: tuple[str, ...] = (
    "St Bartholomew's", "St Winifred's", "St Swithun's", "St Cuthbert's", "St Brigid's",
    "St Columba's", "St Oswald's", "St Aidan's", "Our Lady of Lourdes", "St Boniface",
    "St Etheldreda's", "St Wilfrid's", "St Scholastica's", "St Ignatius", "St Kentigern's",
    "St Walburga's", "Sts Cyril and Methodius", "St Hilda's", "St Polycarp's", "St Benedict's",
    "St Fiacre's", "St Dunstan's", "St Ninian's", "St Frideswide's", "St Chad's", "St Alphege",
)
# Hospitals, wards, units, hospices and schools named after people.
INSTITUTIONS: tuple[str, ...] = (
    "Great Ormond Street", "Florence Nightingale ward", "Mary Seacole ward", "Nye Bevan unit",
    "Alder Hey", "Addenbrooke's", "the Royal Marsden", "Edith Cavell ward", "the John Radcliffe",
    "Marie Curie hospice", "Sue Ryder hospice", "Ronald McDonald House", "Elizabeth Garrett Anderson wing",
    "Lister wing", "Fleming ward", "Whittington Health", "Aneurin Bevan clinic", "Montessori nursery",
    "the Steiner school", "Evelina children's ward", "Christie clinic", "Nuffield wing",
    "Maudsley outpatients", "Barnardo's family centre", "Cicely Saunders ward", "Tavistock clinic",
)
# Diseases, syndromes and signs named after people.
EPONYMS: tuple[str, ...] = (
    "Parkinson's", "Crohn's", "Alzheimer's", "Down syndrome", "Asperger's", "Hodgkin lymphoma",
    "Tourette's", "Huntington's", "Addison's disease", "Graves' disease", "Hashimoto's",
    "Bell's palsy", "Raynaud's", "Ménière's", "Kawasaki disease", "Guillain-Barré",
    "Cushing's", "Sjögren's", "Osgood-Schlatter", "Perthes disease", "Dupuytren's",
    "Achilles tendinopathy", "Baker's cyst", "Tietze syndrome", "Kaposi sarcoma", "Wilms tumour",
)
# Clinical scales, tests, manoeuvres and assessments named after people.
SCALES: tuple[str, ...] = (
    "Apgar score", "Glasgow coma scale", "Snellen chart", "Ishihara test", "Heimlich manoeuvre",
    "Babinski reflex", "Epley manoeuvre", "Rinne test", "Mantoux test", "Guthrie heel-prick",
    "Wechsler scale", "Stanford-Binet", "Gillick competence", "Fraser guidelines",
    "Bristol stool chart", "Braden scale", "Waterlow score", "Barthel index", "Tanner stage",
    "Pap smear", "Holter monitor", "Doppler scan", "Romberg test", "Salter-Harris grading",
    "Gleason score", "Denver screening",
)
# Pets named like people (a pet's name is no person).
PETS: tuple[str, ...] = (
    "Rosie", "Bella", "Charlie", "Oscar", "Milo", "Teddy", "Alfie", "Poppy", "Buster", "Lola",
    "Bailey", "Winston", "Murphy", "Tilly", "Ziggy", "Hugo", "Frankie", "Percy", "Archie",
    "Maisie", "Otis", "Mabel", "Barney", "Dexter", "Monty", "Nellie",
)
# Hymns, prayers, psalms and liturgy.
HYMNS: tuple[str, ...] = (
    "Amazing Grace", "Abide with Me", "Ave Maria", "the Lord's Prayer", "Hail Mary",
    "Morning Has Broken", "How Great Thou Art", "The Lord's My Shepherd", "Be Still My Soul",
    "Nunc Dimittis", "the Magnificat", "the Kaddish", "Psalm 23", "the Rosary",
    "In the Bleak Midwinter", "Lord of the Dance", "Make Me a Channel of Your Peace",
    "All Things Bright and Beautiful", "Kumbaya", "Ode to Joy", "Dear Lord and Father of Mankind",
    "Eternal Father, Strong to Save", "Salat al-Janazah", "the Shema", "Jerusalem", "the Angelus",
)
# Products and brands named like people.
BRANDS: tuple[str, ...] = (
    "Calpol", "Sudocrem", "Dr. Martens", "Ben & Jerry's", "Johnson's baby shampoo",
    "Mrs Crimble's", "Aunt Bessie's", "Mr Kipling", "Tommee Tippee", "Jacob's crackers",
    "Clarks school shoes", "Peppa Pig", "Laura Ashley", "Ted Baker", "Tony's Chocolonely",
    "Dr. Oetker", "Kinder Bueno", "Werther's Originals", "Baileys", "Mr Muscle", "Ribena",
    "Uncle Tobys", "Little Miss Sunshine", "Captain Birdseye", "Hubba Bubba", "Mrs Dash",
)
# Capitalised sentence openers that are also given names.
OPENERS: tuple[str, ...] = (
    "Grace before lunch is said by the year 2s", "Faith groups meet in the side hall",
    "Hope the new nebuliser helps", "Joy all round at the christening",
    "Will ring back after surgery hours", "Mark the pick-up time on the form",
    "Bill the insurer, not the family", "Patience please, the dispensary is short-staffed",
    "Rose petals only, no confetti on the steps", "Amber alert on the pupil tracker",
    "Sunny spells for sports day", "Holly and ivy on the pew ends",
    "Dawn vigil starts at the lychgate", "Frank chat with the head about attendance",
    "Carol service tickets are free", "Miles to go before the fun run",
    "Summer fair needs volunteers", "Chase up the lab before noon",
    "Drew up the rota for Lent", "Pat dry the wound and re-dress",
    "Warren of portakabins behind the sports hall", "Jack the bed up before the transfer",
    "Gene panel came back normal", "Guy ropes on the marquee need checking",
    "Rusty hinge on the vestry door", "Sterling work by the food bank team",
)
# Lower-case phrases holding a name word.
WORDS: tuple[str, ...] = (
    "a grace period", "the mark scheme", "a frank discussion", "a jack plug", "a pat of butter",
    "the will reading", "the bill for the wake", "a joy to teach", "the holly bush",
    "a ray of sun on the lawn", "a rusty bike", "the dawn chorus outside the ward", "an amber card", "the rose bed",
    "sterling silver cufflinks", "a heather border", "the ivy on the wall", "a robin on the sill",
    "a bob haircut", "sandy shoes after the beach trip", "a daisy chain", "a dash of salt", "a pearl button",
    "the crystal vase", "a summer cold", "the olive branch",
)
# fmt: on
