# ruff: noqa: RUF001
"""Set 31's person pools: given names and surnames of 14 cultures, real-but-uncommon or built
from syllables.

Every pool is a flat tuple; even positions serve the tuning half (even template ids) and odd
positions the held-out half, so no name word is shared by the halves. Vietnamese and Chinese
names are written family name first (Chinese ones given name first a third of the time, see
``GIVEN_FIRST_SHARE``); Vietnamese given names are two syllables (middle and given name), so a
full name has three parts. Tamil and Telugu people are written initial first (``K.
Ramasamy``): the "surname" is the father's name, which gives the initial. Arabic surnames carry
``bin``/``bint`` and ``al-`` inside the entry, Welsh ones ``ap``, Brazilian given names ``das``.
"""

from __future__ import annotations

from bench.redaction_corpus_kit import half as half

# culture -> (given names, surnames)
# fmt: off
PERSONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "vi": (
        ("Tuệ Nhung", "Khả Hân", "Diệu Thư", "Đăng Khôi", "Mộng Điệp", "Nhật Hào", "Bích Trà",
         "Hiển Đạt", "Phụng Nhi", "Chương Định", "Uyên Lài", "Thuận Sỹ"),
        ("Tiêu", "Lục", "Ưng", "Khưu", "Lâm", "Trác", "Lại", "Đồng", "Tiết", "Tống", "Vưu", "Đậu"),
    ),
    "zh": (
        ("Weiqing", "Ziheng", "Jingxuan", "Shiqi", "Boyang", "Muqing", "Chenxu", "Junhui",
         "Qiaoyu", "Siyao", "Hanxiao", "Linjie", "Wanqing", "Xuhang"),
        ("Xianyu", "Dugu", "Xuanyuan", "Zuoren", "Weisheng", "Yangshe", "Moqi", "Jiagu", "Sikong",
         "Zha", "Jian", "Nian"),
    ),
    "tr": (
        ("Nurşen", "Çağlayan", "Ilgaz", "Berfin", "Yiğitcan", "Gülizar", "Egemen", "Aslıhan",
         "Barlas", "Dilay", "Tolga", "Türkan"),
        ("Karakoçoğlu", "Yıldırımgil", "Tuncelioğlu", "Beştepe", "Kösemihal", "Ağaoğlu",
         "Sarıkaya", "Dereliöz", "Gümüşdağ", "Eğilmez", "Böcekçi", "Özdamar"),
    ),
    "pl": (
        ("Bořivoj", "Květoslava", "Ctibor", "Mirosława", "Svatopluk", "Blažena", "Dalibor",
         "Radoslava", "Jaromír", "Bolesława", "Čestmír", "Leopolda"),
        ("Źdźbłowska", "Ščerbová", "Żółtowski", "Řezníčková", "Gżegżółka", "Hřebíčková",
         "Świerczyński", "Kučerová", "Ślęzak", "Vrťátko", "Brzęczek", "Chládek"),
    ),
    "yo": (
        ("Oluwafunmbi", "Ayomiposi", "Chibuikem", "Akua", "Kwesi", "Adetoun", "Kojo", "Mawuena",
         "Ekow", "Abena", "Kwaku", "Afua"),
        ("Ogunbanjo", "Asantewaa", "Oyediran", "Frimpong", "Ogunsakin", "Kyerematen", "Adewunmi",
         "Acheampong", "Akinfemiwa", "Ekeocha", "Nwaogwugwu", "Oyeleke"),
    ),
    "ar": (
        ("Fahd", "Hessa", "Turki", "Shaikha", "Mishari", "Jawaher", "Abdulaziz", "Wadha", "Majed",
         "Latifa", "Ghazi", "Mneera"),
        ("bin Saeed al-Mazrouei", "bint Khalifa al-Suwaidi", "al-Romaithi", "al-Qubaisi",
         "bin Hamad al-Kaabi", "bint Obaid al-Ketbi", "al-Neyadi", "al-Tunaiji",
         "bin Humaid al-Shamsi", "bint Rashed al-Nuaimi", "al-Mheiri", "al-Shehhi"),
    ),
    "ta": (
        ("Ramasamy", "Senthilvel", "Thenmozhi", "Murugesan", "Kalaiselvi", "Annamalai",
         "Venkatalakshmi", "Ponnuswamy", "Srinivasulu", "Subbulakshmi", "Pandurangan",
         "Valliammai"),
        ("Kandappan", "Sengottaiyan", "Veerappan", "Palanichamy", "Muniyandi", "Periyasamy",
         "Chellappa", "Kaliappan", "Mariappan", "Sundaramurthy", "Arumugam", "Karuppiah"),
    ),
    "ph": (
        ("Jhonrick", "Glaiza", "Junjun", "Lhenlhen", "Jeramie", "Pacita", "Zaldy", "Rodora",
         "Jhoven", "Bernadeth", "Melchor", "Rhonalyn"),
        ("Sumalpong", "Tabangcura", "Dimaampao", "Maglalang", "Sicat", "Salumbides", "Bagasbas",
         "Tumanguil", "Palomique", "Cabiling", "Tanghal", "Dumaguing"),
    ),
    "br": (
        ("Josenilda das Graças", "Claudionor", "Valdelice das Chagas", "Rosivaldo",
         "Antônia Nonata", "Gercino", "Raimundinha", "Josivan", "Juscelina", "Deoclécio",
         "Marileide", "Zilmar"),
        ("Pinto Sobreira", "Menezes Neto", "Brasileiro Filho", "Carneiro Lins", "Barreto Campelo",
         "Araripe", "Pessoa Gadelha", "Jatobá", "Bulhões", "Brayner", "Bandeirinha", "Parente"),
    ),
    "ka": (
        ("Tamriko", "Hovhannes", "Levani", "Siranush", "Nanuli", "Vardges", "Zurab", "Gayane",
         "Vakhtang", "Shushanik", "Mamuka", "Khachatur"),
        ("Kharaishvili", "Hovsepyan", "Bochorishvili", "Mkrtchyan", "Tsiklauri", "Ghukasyan",
         "Gogokhia", "Baghdasaryan", "Mgaloblishvili", "Abrahamyan", "Lordkipanidze",
         "Gasparyan"),
    ),
    "se": (
        ("Biret", "Niillas", "Ánde", "Sunná", "Heaika", "Máret", "Ovllá", "Risten", "Áslat",
         "Gáddja", "Jovnna", "Máhtte"),
        ("Gaup", "Somby", "Utsi", "Mienna", "Valkeapää", "Länsman", "Aikio", "Skum", "Hætta",
         "Turi", "Balto", "Guttorm"),
    ),
    "eu": (
        ("Unax", "Nahia", "Irati", "Joseba", "Izaro", "Urko", "Ekaitz", "Amaiur", "Haritz",
         "Alaitz", "Jokin", "Garbiñe"),
        ("Urkizu", "Agirretxe", "Iturralde", "Azkarate", "Gabilondo", "Uribarri", "Loiola",
         "Zabaleta", "Etxaniz", "Bengoetxea", "Zuazola", "Ibarguren"),
    ),
    "cy": (
        ("Cadwaladr", "Tegwen", "Cynan", "Llinos", "Tomos", "Mererid", "Gwawr", "Elfed", "Hywel",
         "Lowri", "Ieuan", "Caradog"),
        ("ap Rhydderch", "ap Iorwerth", "Prydderch", "ap Gwilym", "Llwyd", "ap Cadwgan", "Pugh",
         "ap Maredudd", "Gruffudd", "ap Einion", "Parry", "Bowen"),
    ),
    "inv": (
        ("Talvenor", "Quessira", "Brandolin", "Ysmirelle", "Orvaldine", "Keshtavar", "Mirabelto",
         "Zenovaine", "Faldomir", "Ulrissa", "Thessalin", "Corvenna", "Drusolin", "Varetha"),
        ("Quillimore", "Brastwhistle", "Orlendagh", "Vessermark", "Tindlecroft", "Saffrenkov",
         "Mordaguel", "Pennivorth", "Draskovane", "Culvernay", "Hestrabeck", "Ombrevale"),
    ),
}
# fmt: on
FAMILY_FIRST = frozenset({"vi", "zh"})
GIVEN_FIRST_SHARE = 1 / 3  # Chinese names written given name first ("Weiqing Xianyu")
INITIAL_FIRST = frozenset({"ta"})  # "K. Ramasamy": the father's initial, then the name
NO_FOLD = frozenset({"vi"})  # Vietnamese names keep their diacritics

# Given names that are also English words: persons only in a full name; plain words in
# look-alikes, even positions in even templates only, odd positions in odd ones.
WORD_GIVEN: tuple[str, ...] = (
    "Azure",
    "Solstice",
    "Diamond",
    "Hawk",
    "Snowdrop",
    "Daffodil",
    "Haze",
    "Cove",
    "Nutmeg",
    "Chestnut",
)

# Particles that may precede a surname, with the culture they suit (not name words).
PARTICLES: tuple[tuple[str, str], ...] = (
    ("da", "br"),
    ("dos", "br"),
    ("de", "eu"),
)
# Words that are particles, not name words (the tests leave them out of the disjoint check).
PARTICLE_WORDS = frozenset({"da", "das", "dos", "de", "do", "al", "bin", "bint", "ap"})
