"""Set 25's street names, localities and name-like look-alike pools (written blind).

No street-name word (generic words such as Road, rue, Via aside) and no look-alike entry occurs
in a text of sets 13-24 (checked once by a one-off script that printed only this file's words).
"""

from __future__ import annotations


def _split(pool: str) -> tuple[str, ...]:
    return tuple(pool.split(", "))


# Street names by country; the value makers add the house number, type and unit.
STREETS: dict[str, tuple[str, ...]] = {
    "us": _split(
        "Quillbarrow, Brambleharrow, Tinderbox, Copperwhistle, Windlass, Mossgiel, Thistlemarch, "
        "Cobbleridge, Saltmarrow, Pinecrook, Fallowmere, Lanternfield, Haybarrow, Sparrowgate, "
        "Gristhollow, Gannetbrook, Owlsbury, Cinderknoll"
    ),
    "us_person": _split("Corabelle Vintry, Ezekias Hollowell, Marabel Brookhart, Lucius Ambervane"),
    "gb": _split(
        "Gorsebrook, Pellingworth, Crowhallow, Fernleighvale, Ashwickham, Pennywhistle, "
        "Marlcombe, Hobblers, Swallowdene, Brackenwold, Nettlecombe, Wychbury"
    ),
    "ca": _split("Wolverleigh, Birchaven, Maplecroft, Loonharrow, Spruceholm, Chinookwood"),
    "au": _split("Wattlebrook, Galahvale, Currawind, Bunyiphollow, Galahcrest, Quandongvale"),
    "de": _split(
        "Haselwinkel, Mönchsbrunnen, Rabenkamp, Eichelgarten, Krähenbühl, Schlehdorn, "
        "Kupferhammer, Mühlbachstieg, Wiesenschmied, Lerchenbogen"
    ),
    "at": _split("Zwetschkenhof, Sonnwendhof, Dreiföhren, Kalkofen, Bründlfeld"),
    "ch": _split("Rebhalden, Chäsmatt, Guggibad, Tobelhof, Schürmatt"),
    "fr": _split(
        "du Clos-Pelagrue, de la Coudraie-Vilaine, de la Combe-Faverolle, des Genêtières, "
        "du Puits-Godet, des Vieilles-Tanneries, des Malvoisines"
    ),
    "fr_person": _split("Léontide-Marbœuf, Gratienne-Pruvostel"),
    "be": _split("de la Fontainerie, du Chaufour-Noir, Kapelhof, Wilgenbroek"),
    "it": _split(
        "dei Funaioli, del Pozzetto Rosso, delle Ginestrelle, Borgo Salsedine, dei Fornaciai, "
        "del Giuggiolo Basso"
    ),
    "es": _split(
        "de los Albarderos, del Romeral Alto, de las Zarzamoras, del Alcornocal, Tejedoras"
    ),
    "pt": _split(
        "das Rendilheiras, do Poço Velho, da Azinhaga Funda, dos Oleiros Novos, da Amoreirinha"
    ),
    "nl": _split("Zwanenbloem, Klaproos, Kievitsakker, Lepelaar, Dotterbloem, Pimpernel"),
    "ie": _split("Glenbrannagh, Ardcarrow, Knocknagreine, Ballyrossan, Drumcollogher"),
    "in": _split("Nandanvan, Sai Anugraha, Shubh Vatika, Ashvattha Sadan, Anandvan Enclave"),
    "in_road": _split("Ramdaspeth Main, Kodandarama, Hanumanth Nagar 3rd Cross, Seshadripuram 8th"),
    "sg": _split("Keledang, Serindit, Merbau, Kedondong, Terentang"),
    "jp": _split("Tsukiakari, Hoshizora, Komorebi, Kirameki"),
    "mx": _split("Tepozán, Zapotillo, Cacaloxóchitl, Capulincillo, Chapulín"),
    "br": _split("das Sapucaias, Guapuruvu-Miúdo, Guabirobeira, dos Tiês-Sangue, Maracujá-Doce"),
    "za": _split("Wildedruif, Rooihout, Sneeubal, Witgat, Kremetart"),
}

# Localities: (city, region, postcode pattern) with # a digit, @ a letter.
LOCALITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "us": (
        ("Fargo", "ND", "581##"),
        ("Tacoma", "WA", "984##"),
        ("Macon", "GA", "312##"),
        ("Duluth", "MN", "558##"),
        ("Tulsa", "OK", "741##"),
        ("Reno", "NV", "895##"),
        ("Akron", "OH", "443##"),
        ("Provo", "UT", "846##"),
        ("Bangor", "ME", "044##"),
    ),
    "gb": (
        ("Harrogate", "", "HG# #@@"),
        ("Lancaster", "", "LA# #@@"),
        ("Exeter", "", "EX# #@@"),
        ("Carlisle", "", "CA# #@@"),
        ("Shrewsbury", "", "SY# #@@"),
        ("Ipswich", "", "IP# #@@"),
    ),
    "ca": (
        ("Kelowna", "BC", "V1Y #@#"),
        ("Guelph", "ON", "N1H #@#"),
        ("Moncton", "NB", "E1C #@#"),
        ("Lethbridge", "AB", "T1J #@#"),
        ("Sherbrooke", "QC", "J1H #@#"),
    ),
    "au": (
        ("Wollongong", "NSW", "2500"),
        ("Ballarat", "VIC", "3350"),
        ("Toowoomba", "QLD", "4350"),
        ("Launceston", "TAS", "7250"),
        ("Bunbury", "WA", "6230"),
    ),
    "de": (
        ("Bamberg", "", "960##"),
        ("Göttingen", "", "370##"),
        ("Rostock", "", "180##"),
        ("Kassel", "", "341##"),
        ("Passau", "", "940##"),
    ),
    "at": (("Wien", "", "11##"), ("Graz", "", "80##"), ("Linz", "", "40##")),
    "ch": (("Winterthur", "", "84##"), ("Luzern", "", "60##"), ("Biel/Bienne", "", "25##")),
    "fr": (
        ("Besançon", "", "25000"),
        ("Angers", "", "49100"),
        ("Limoges", "", "87000"),
        ("Perpignan", "", "66000"),
        ("Rennes", "", "35000"),
    ),
    "be": (("Namur", "", "5000"), ("Leuven", "", "3000"), ("Liège", "", "4020")),
    "it": (
        ("Ferrara", "FE", "44121"),
        ("Lecco", "LC", "23900"),
        ("Trapani", "TP", "91100"),
        ("Pavia", "PV", "27100"),
    ),
    "es": (
        ("Logroño", "", "26001"),
        ("Cáceres", "", "10001"),
        ("Huesca", "", "22001"),
        ("Lugo", "", "27001"),
    ),
    "pt": (("Braga", "", "47##-###"), ("Aveiro", "", "38##-###"), ("Évora", "", "70##-###")),
    "nl": (("Zwolle", "", "80## @@"), ("Haarlem", "", "20## @@"), ("Breda", "", "48## @@")),
    "ie": (
        ("Galway", "Co. Galway", "H91 @#@#"),
        ("Sligo", "Co. Sligo", "F91 @#@#"),
        ("Kilkenny", "Co. Kilkenny", "R95 @#@#"),
    ),
    "in": (
        ("Nagpur", "Maharashtra", "4400##"),
        ("Mysuru", "Karnataka", "5700##"),
        ("Coimbatore", "Tamil Nadu", "6410##"),
    ),
    "sg": (("Singapore", "", "5#####"),),
    "jp": (("Sendai", "Miyagi", "980-####"), ("Kanazawa", "Ishikawa", "920-####")),
    "mx": (("Puebla", "Pue.", "72###"), ("Oaxaca de Juárez", "Oax.", "68###")),
    "br": (("Curitiba", "PR", "80###-###"), ("Recife", "PE", "50###-###")),
    "za": (("Stellenbosch", "", "7600"), ("Bloemfontein", "", "9301")),
}

# Name-like look-alike pools: nothing here is a person in the texts that use it.
BRANDS = _split(
    "Augustin Pellerault, Cordelia Ashgrove, Lionel Brackwater, Minerva Holtby, "
    "Tobias Fenwright, Adelaide Quist, Barnabas Crook, Henrietta Vale, Clement Ashby, "
    "Matilde Orsini, Gustav Lindqvarn, Percival Mote, Honora Blaise, Casimir Dulac, Wilhelmina Roth"
)
FIRMS = _split(
    "Harrowmere Logistics, Cobalt & Finch, Brightwater Sable, Kessington Mabry, Ostler Grange, "
    "Pembrook & Daughters, Larchmont Hale, Vossen Tidewell, Greaves Marchetti, Aldous Partners, "
    "Thornbury Keel, Ashcroft Lund, Merriweather Stone, Fallon & Quaid, Dunstable Fox, Orrery Bell"
)
PRODUCTS = _split(
    "Nimbus Ridge, Tamsworth Pro, Aurora Slate, Carrick Air, Juniper Loom, Halcyon Duo, "
    "Marlin Crest, Oberon Max, Lyra Fold, Solace Mini, Beacon Arc, Tundra Lite, Felix Note, "
    "Vesta Pod, Quill Pad, Atlas Ember, Nova Trail"
)
PLACES = _split(
    "Port Ottilie, Lake Amarantha, Mount Eudora, Saint-Gervold, Fort Albrecht, "
    "Maribelle Springs, Cape Leontine, Villa Serafina, Glen Isadora, Annabeth Falls, "
    "Lake Wilhelmsby, Port Evadne, Saint-Clodomir, Mount Philomel, Bay of Sabrine, Santa Eufrasia"
)
STREETS_BARE = _split(
    "Fenwright Street, Calle Almendrilla, Quayle Broadway, Rue Sainte-Odalie, Hartsfield Row, "
    "Bexworth Lane, Via Teodolinda, Corwin Parade, Ellison Quay, Marchbank Avenue, Kellow Street, "
    "Avenida Doña Clementina, Ostrander Road, Calle Fermina, Lindgate Walk, Pryor Street"
)
TITLES = (
    "The Ballad of Orsolya",
    "Dear Wilhelmina",
    "Finding Marisol",
    "Ophelia in Winter",
    "Goodnight, Leopold",
    "Augustin Takes the Train",
    "The Last Summer of Amarantha",
    "Letters from Ignatius",
    "Rosamund's War",
    "Come Home, Cosima",
    "Everything Reminds Me of Benedikt",
    "Waltz for Philippa",
    "Nobody Calls Octavia",
    "Saving Mister Ambrosine",
    "Hugo and the Lantern Fox",
    "A Winter for Henrike",
    "Marguerite After Midnight",
)
EPONYMS = _split(
    "Vandermeer's syndrome, Hollensby's law, the Kestrowitz theorem, the Tarrant scale, "
    "the Brockhurst effect, Ferriday's disease, the Okonjo number, the Lindqvist reflex, "
    "Mallory-Quist inequality, the Dunmore unit, Pemberly's palsy, the Arkwright criterion, "
    "the Sallis-Ferrante test, Oberlin's paradox, the Harcastle index, Quimby fever"
)
USERNAMES = _split(
    "quietotter42, rustmoth, sable_kettle, night_owl_lantern, cobaltpenguin, mossyboots, "
    "teacup_tyrant, grumpyfern, lemon_anvil, velvetcrowbar, toastwizard, pixel_marmot, "
    "sleepy_kraken, mothlight, crunchy_haddock, twelvebells"
)
DISHES = _split(
    "Chicken Castellane, Tarte Bellarmine, Pollo alla Nonna Pupa, Oysters Montague, "
    "Beef Wellesley, Pudding Adelheid, Eggs Florentina, Risotto Marcellino, Torta Guendalina, "
    "Salmon Coriolan, Soup Ludmilla, Crêpes Aurelie, Lamb Theodoric, Gnocchi alla Zia Fulvia, "
    "Cake Henrietta"
)
HOLIDAYS = _split(
    "St. Odran's Day, Mabry Day, Ysoline Fair, St. Aelred's Eve, Founder Ebenezer Day, "
    "Saint Brannoc's feast, Lucinda Night, St. Fintan's Fair, Queen Isolde Day, St. Mewan's Eve, "
    "Harvest of St. Oswin, Founders' Day for Abigail Cray, St. Gwinear's Day, Emmeline Day, "
    "St. Petroc's Eve"
)
# The given names of WORD_GIVEN used as plain words.
WORD_PHRASES = _split(
    "sterling silver, river view, storm warning, raven-black, ray tracing, May bank holiday, "
    "April showers, art deco, page 3, rich text, echo server, royal icing, sky blue, "
    "Holy Trinity"
)
