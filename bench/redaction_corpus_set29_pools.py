# ruff: noqa: RUF001
"""Set 29's person pools: given names and surnames per culture, most built from syllables.

Every pool is a flat list; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames). Family-first cultures are listed in FAMILY_FIRST.
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Alwenna", "Brisbey", "Carrowen", "Dellery", "Elspin", "Fairlow", "Gwennith",
         "Ivorine", "Jessabel", "Lorabeth", "Nolwyn", "Halewyn"),
        ("Elmsworth", "Fallowfield", "Gatcombe", "Hartsell", "Inchbold", "Jellicott",
         "Kettlewood", "Quarrendon", "Pennford", "Nettlewell", "Coldeby", "Lanstead"),
    ),
    "de": (
        ("Eckbrecht", "Gerwolf", "Hildegrun", "Irmtrude", "Konradin", "Liebgard",
         "Marwinde", "Siegwald", "Wolfhild", "Adelrune", "Liebwin", "Reimhild"),
        ("Achterbusch", "Brennholz", "Dannecker", "Eibenschütz", "Faltermayer",
         "Grünwedel", "Hasselkamp", "Kreuzmeier", "Lindenschmidt", "Mühlhölzl",
         "Pfannstiel", "Überreiter"),
    ),
    "fr": (
        ("Aubéline", "Bertrane", "Dieudonnée", "Évrardine", "Gislaine", "Jourdain",
         "Flavienne", "Anastasie", "Ghislebert", "Clothaire"),
        ("Aubertot", "Beauchamel", "Champrenault", "Delacroisette", "Fauquemberg",
         "Giraudeau", "Hautecœur", "Lamberville", "Malbrancq", "Noirmoutel", "Pontbriand",
         "Rochefaure"),
    ),
    "es": (
        ("Baltasara", "Isidra", "Maximina", "Hermelinda", "Rigoberta", "Aniceto",
         "Leoamiro", "Nicacinto"),
        ("Albarracín", "Bermejillo", "Cañizares", "Escandón", "Higuerón", "Montalbán",
         "Quiñonero", "Navalosa", "Riaseñor", "Sotocedo", "Peñanero", "Iturmillo"),
    ),
    "pt": (
        ("Benvindo", "Dalvina", "Florisbela", "Josenildo", "Lucivânia", "Marivaldo",
         "Nelcira", "Rosimira", "Gerusásio", "Zulgisa", "Osvaldina", "Adalvindo"),
        ("Azevedinho", "Barroqueiro", "Gouveira", "Junqueiro", "Lacerdinha", "Nogueirada",
         "Pinhelo", "Valadalhosa", "Nogueirinha", "Carveira", "Damasarinho", "Pinheira"),
    ),
    "it": (
        ("Arcangela", "Crescenzia", "Fortunato", "Gaudenzia", "Maurizia", "Oliviera",
         "Liborino", "Severzio", "Ubalgela", "Calogina", "Ilardo", "Boninato"),
        ("Abbracciavento", "Bonsignore", "Capodilupo", "Fiorentini", "Mastrogiacomo",
         "Pappalardo", "Quattrocchi", "Torregrossa", "Passalaccia", "Zuccartini",
         "Sgambalupo", "Tramongiacomo"),
    ),
    "pl": (
        ("Gościmir", "Lechosława", "Świętopełk", "Przybywój", "Dobrobor", "Sławogniew",
         "Milesław", "Ciechobor", "Boguwita", "Luborad", "Mścimir", "Wiebor"),
        ("Chmielewicz", "Dziewięcki", "Jabłonkowska", "Kwiatuszek", "Sikorzanka",
         "Trzcianowski", "Żurawiecki", "Szczygowski", "Grzybowski", "Trzcianowiak",
         "Gąsioranka", "Kwiatyński", "Bąkański", "Pszczewicz"),
    ),
    "sl": (
        ("Dragoslava", "Milorada", "Radoslav", "Stanimira", "Vukašin", "Snezhana",
         "Tihomir", "Dobrivoje", "Bratislav", "Zvezdana", "Dragutin", "Ljubinka"),
        ("Brankovac", "Draganović", "Kovačevski", "Miloševac", "Petrovački", "Stojanovska",
         "Tvrdkovic", "Vukovarac", "Zdravković", "Hristoskov", "Ignatenko", "Yurchenkov"),
    ),
    "in": (
        ("Anupreet", "Bhavishya", "Chandrakala", "Devashish", "Gunavathi", "Ishwarya",
         "Jaiwardhan", "Kalyanika", "Lokeshwar", "Madhurima", "Nirupam", "Suravathi"),
        ("Anantharaman", "Deshpandey", "Kulkarnee", "Lakhotia", "Muthukrishnan",
         "Thiruvengadam", "Kanitkar", "Deodhar", "Shanbhag", "Chidambaram"),
    ),
    "zh": (
        ("Haoxin", "Miaowei", "Rongqiu", "Ruozhu", "Qiaoxue", "Xunqing", "Yaoheng",
         "Shuwei", "Jingheng", "Lanqiu", "Tingxuan", "Yuzhu"),
        ("Diao", "Sang", "Kuai", "Qie", "Zan", "Tuo", "Shou", "Piao", "Teng", "Gui", "Huo",
         "Liao"),
    ),
    "vi": (
        ("Gia Huân", "Mộc Lãnh", "Cảnh Thuần", "Hạc Chuyên", "Liễu Cúc", "Nhậm Hoạch"),
        ("Tào", "Uông", "Khiếu", "Mông", "Thôi", "Hình", "Chung", "Ngạc"),
    ),
    "ng": (
        ("Temitayo", "Oluwadamilare", "Folamikun", "Kelejide", "Oladinma", "Ebuchinyere",
         "Teminike", "Ademiposi", "Obishade", "Ifetayo", "Kelebimpe", "Nneoma"),
        ("Ekwewunmi", "Anyakafor", "Osunueme", "Ekweleye", "Nwoschukwu", "Ogunaran",
         "Olanola", "Fashipekun", "Odunueme", "Ibekola", "Osunnwu", "Ezeoipekun"),
    ),
    "ph": (
        ("Ernanie", "Jenalvic", "Terenaldo", "Junrey", "Rosarey", "Lanilie", "Ernalinda",
         "Terelyn", "Rodesita", "Analinda", "Lorevic", "Dodofredo"),
        ("Mangulagan", "Sisonlinan", "Gatchallong", "Capislinan", "Manalaraeg",
         "Sumulangan", "Dimacubat", "Lacsalong", "Macaluz", "Ilalangan", "Bagamana",
         "Pacqilo"),
    ),
    "ar": (
        ("Rashida", "Tawfiq", "Nawal", "Ziyad", "Layali", "Munir", "Jalal", "Widad",
         "Nawwar", "Thamina", "Labib", "Ruqayyah"),
        ("al-Khatibi", "Barghouti", "Shahrour", "Darwazah", "Zureikat", "Mahfouz",
         "Suleimani", "Shallikat", "Qabbadin", "Darwouti"),
    ),
    "tr": (
        ("Tayfun", "Nurhayat", "Çağan", "Feraye", "Bülent", "Ergün", "Ferhan", "Tülin",
         "Sezai", "Nevzat", "Güler", "Cüneyt", "Süheyla", "Sevnem"),
        ("Yıldırımtekin", "Çelikbilek", "Bozkurtoğlu", "Demirağ", "Küçükoğlu", "Şahinkaya",
         "Ertuğrulcan", "Gökçeoğlu", "Tezcanlı", "Uysalkan", "Kuşçukan", "Ilgazkaya"),
    ),
    "no": (
        ("Solvår", "Eilif", "Åsta", "Sigrunn", "Ingebjørg", "Trygve", "Halvrunn",
         "Torrunn", "Signy", "Eivard", "Vebhild", "Solrunn"),
        ("Haugsvær", "Kvalsund", "Lyngstad", "Nygårdhus", "Rønneberg", "Sandvær",
         "Tveitane", "Østerdal", "Vågsholm", "Brekkeholm", "Lyngvold", "Fjellane"),
    ),
    "xx": (
        ("Zelmira", "Quorvin", "Brisanthe", "Tolvane", "Ysmeralt", "Vorrakin",
         "Kallisande", "Drevan", "Omrith", "Pellivere", "Saxolde", "Ulvaric"),
        ("Trevanique", "Orlowind", "Caddelmire", "Vostrand", "Quillerby", "Marrowvale",
         "Thistlecombe", "Brennavar", "Olmquist-Darrow", "Drummerlay", "Sablewick",
         "Yarrowmead"),
    ),
}
# fmt: on
FAMILY_FIRST = frozenset({"zh", "vi"})

# Given names that are also English words: persons only in a full name (mixed case, capitals,
# "Surname, Given"); plain words in look-alikes. Even positions: tuning half.
WORD_GIVEN: tuple[str, ...] = (
    "Glory",
    "Ash",
    "Lavender",
    "Trinity",
    "Ocean",
    "Sierra",
    "Rain",
    "Tulip",
    "Gem",
    "Bay",
)

# Particles that may precede a surname (not name words), with the culture they suit.
PARTICLES: tuple[tuple[str, str], ...] = (
    ("de", "es"),
    ("van der", "en"),
    ("von", "de"),
    ("da", "pt"),
    ("di", "it"),
    ("du", "fr"),
)
