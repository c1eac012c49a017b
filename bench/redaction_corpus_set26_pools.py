# ruff: noqa: RUF001  (Turkish dotless i is meant, not a confusable)
"""Person pools of set 26 (``data/pii/set26.jsonl``).

Most surnames and the whole "invented" pool are invented from the sound patterns of each
culture, so that no list of real names can carry a detector through them; most given names
are real but uncommon. No name word here (particles aside) is a word of any text of sets
13-25, folded or not (checked once, by a one-off script that printed only this file's words;
over 300 candidates were replaced). Each culture is (given names, surnames, share of texts
that write the family name first), names separated by ", ".
"""

from __future__ import annotations

_CULTURES: dict[str, tuple[str, str, float]] = {
    "english": (
        (
            "Corwen, Bramwell, Osric, Maudie, Talwyn, Marriel, Ashbel, Wilfreda, Rosabel, "
            "Dunstan, Fenwick, Mabyn, Ebbrel, Gwennol"
        ),
        (
            "Hobbleden, Swarbrick, Oddicombe, Tuckerby, Wrexley, Farnaby, Coldicott, "
            "Haverstock, Pemberthy, Blackwardine, Tregunnow, Nettleford, Whitlingham, "
            "Bellchambers, Tallentire"
        ),
        0.0,
    ),
    "german": (
        (
            "Hartwig, Eckbert, Volkhard, Detlev, Hinrich, Gottlob, Waltraut, Ludolf, "
            "Heiderose, Otfried, Reinhilde, Hildegunde, Almuth, Gerold"
        ),
        (
            "Brückelmann, Haselwander, Ottenbrink, Zwirnlein, Kühnemund, Sperlbauer, "
            "Rautenfeld, Mösbacher, Quellhorst, Wendelgass, Tiefenthal, von Grubenau, "
            "Pfeifferling, Ahlgrimm, Rübsamen, Holtkötter"
        ),
        0.0,
    ),
    "french": (
        (
            "Clovis, Aldegonde, Théodule, Ferréol, Faustine, Lothaire, Gersende, Odilon, "
            "Séraphin, Aristide, Bénigne, Médard, Anthelme, Gervaise, Amédée"
        ),
        (
            "Vautrelle, Dampierreux, Brossolet, Chaumontel, Guilleminot, Lestoquoy, Marsaudon, "
            "Pélissonnier, Roquebrasse, de la Vernouillère, d'Aubrelle, Tranchecoste, "
            "Boisgontier, Lavaudieu, Sauvagnac"
        ),
        0.0,
    ),
    "spanish": (
        (
            "Cipriano, Rigoberta, Leoncia, Primitivo, Candelaria, Gertrudis, Petronila, "
            "Teodosio, Torcuato, Sinforosa, Crispina, Bonifacia, Macaria"
        ),
        (
            "Garrigós, Montoliu, Urquiaga, Basterrechea, Quintanar, Torrebaja, de Ulzurrun, "
            "Echániz, Villaescusa, Sarratea, Beotegui, Ojeda-Salcines, Mendiguren, Castejón, "
            "Zubimendi"
        ),
        0.0,
    ),
    "portuguese": (
        (
            "Eurico, Gilvan, Cleusa, Osvaldino, Juvenal, Rosimeire, Josélia, Anacleta, "
            "Vanderlei, Gercina, Marinete, Aderbal, Evilásio, Ironildes"
        ),
        (
            "Figueiredinha, Albergaria, Travassos, Cordovil, Lameirão, Sobreiral, "
            "dos Reis Tavelão, Quaresmão, Penedono, Vilarouca, Medronho, Ameixoeira, "
            "Carrapatoso, Rebordelo"
        ),
        0.0,
    ),
    "italian": (
        (
            "Gennarino, Fiorenzo, Benvenuta, Evandro, Gesualda, Cosimino, Tecla, Annamaria, "
            "Romualdo, Liberata, Smeralda, Ciriaco"
        ),
        (
            "Ciampolillo, Scarpignato, Mazzacurati, Lo Verso, Pellicciari, Tognazzini, "
            "Zampolli, Ravagnani, Bortolotto, Sgarbossa, Bracalente, Sciacchitano, Zoccoletti, "
            "Guarnaccia"
        ),
        0.0,
    ),
    "polish": (
        (
            "Dobromiła, Ludomir, Jaromira, Witosław, Gościsław, Radomiła, Lubomir, Bogdana, "
            "Wszebor, Cieszysław, Dobrogost, Mirogniew"
        ),
        (
            "Szczepańczyk, Kędzierska, Piątkowiak, Zabłocki, Grzelczak, Bednarczuk, "
            "Ostrowicki, Kwaśniewicz, Żmudziński, Dąbrowiecka, Przybyłowicz, Wierzbięta, "
            "Chrząszczewski, Ziętarski"
        ),
        0.0,
    ),
    "slavic": (
        (
            "Ljiljana, Dobroslav, Yaroslava, Slavomir, Stanimir, Drahomíra, Bojana, Dragica, "
            "Miloslav, Snježa, Božidar, Ratimir, Ognjen, Desanka"
        ),
        (
            "Hrabovsky, Dragunović, Pelikánová, Zhuravlenko, Bezdrabko, Mrkonjić, Sokolnikova, "
            "Vrbanović, Černohorský, Lysenkov, Tkalčec, Kostelecký, Zahradníková, Škvorecká, "
            "Vukadinović"
        ),
        0.0,
    ),
    "indian": (
        (
            "Vaishnavi, Ruturaj, Tanushree, Padmaja, Suhasini, Gauravi, Nachiket, Jitendra, "
            "Amogh, Hemlata, Shardul, Prathamesh, Sumedha, Chinmay"
        ),
        (
            "Venkatachalapathy, Subramoniam, Kannampilly, Ghatpande, Ghorpade, Kotwal, "
            "Mahadevan, Chakraborti, Deshmane, Nimbalkar, Thengdi, Kasliwal, Parasuraman, "
            "Dharmadhikari"
        ),
        0.0,
    ),
    "chinese": (
        (
            "Meixiang, Xinyue, Guanlin, Tianhao, Lixue, Qingmiao, Shuangyu, Zhiruo, Mengjie, "
            "Haolan, Kexin, Yuhang, Peiran, Jinrui"
        ),
        ("Gou, Zang, Nie, Dou, Kou, Leng, Zuo, Jiao, Shuai, Puyang, Chunyu, Gongye"),
        0.6,
    ),
    "vietnamese": (
        (
            "Diễm Quyên, Khải Phong, Tùng Lộc, Nguyệt Miên, Cát Tuyết, Thịnh Khiêm, Hạnh Giao, "
            "Phúc Luân, Vịnh Kha, Thắm Thoa"
        ),
        ("Chu, Biện, Cung, Nông, Khương, Mang, Quản"),
        0.65,
    ),
    "nigerian": (
        (
            "Ayanfeoluwa, Morolayo, Fiyinfoluwa, Eniolorunda, Ifeoluwapo, Itunuoluwa, "
            "Onyinyechi, Ogechukwu, Amarachukwu, Ebelechukwu, Nnaemeka, Adeolu, Titilope, "
            "Chinwendu"
        ),
        (
            "Adegbesan, Olarewaju, Fadahunsi, Akindele, Oyetunde, Babatope, Ezeanyika, "
            "Adesanmi, Igwebuike, Ezeugwu, Iheanacho, Udeorji, Obikwelu, Chukwumerije"
        ),
        0.0,
    ),
    "filipino": (
        (
            "Jessiebel, Teodorico, Jhunnel, Luzviminda, Godofredo, Charito, Mariflor, Emelita, "
            "Bernadita, Jerrymae, Kimberlyn, Estelita, Edilberto"
        ),
        (
            "Dimaandal, Lumanog, Pamintuan, Matibag, Macatangay, Mangahas, Dimayuga, "
            "Capistrano, Sibayan, Dumlao"
        ),
        0.0,
    ),
    "arabic": (
        (
            "Yusra, Rawan, Shadi, Lubna, Ghufran, Sawsan, Ruqayya, Bashir, Hadeel, Nisreen, "
            "Ubayd, Thurayya, Sundus, Ayham"
        ),
        (
            "Shalhoub, Kanaan, Tarabishi, Qudsi, Jaber, al-Mutairi, Shaheen, Dabbagh, Tamimi, "
            "Sarraj, Ghannam, Halabi, Azzam, Fakhoury"
        ),
        0.0,
    ),
    "turkish": (
        (
            "Nurcan, Tuğrul, Pınar, Ertuğrul, Kaan, Özlem, Barış, Sevgül, Gülten, Eymen, "
            "Tülay, Orhun, Serpil, Nesrin, Yiğit, Nazlı, Erdinç"
        ),
        (
            "Karabulut, Çelikkaya, Dursunoğlu, Akgündüz, Kocabıyık, Özdemirci, Taşçıoğlu, "
            "Ekinci, Sarıgül, Boztepe, Uzunhasan, Kılıçarslan, Gümüşdere, Demirkol"
        ),
        0.0,
    ),
    "nordic": (
        (
            "Ylva, Bjarni, Eskil, Håkon, Tove, Leif, Ragnvald, Signe, Torunn, Borghild, Audun, "
            "Ingegerd, Vemund, Tordis"
        ),
        (
            "Bergsvik, Håkansson, Ødegård, Rosenkvist, Ljungdahl, Thorsrud, Engebretsen, "
            "Sandvold, Brekkestø, Skarsvåg, Aasland, Vikanes, Tveiten, Kjærstad"
        ),
        0.0,
    ),
    "invented": (
        (
            "Zarvelle, Oriandel, Kessamy, Tavrin, Mirabeth, Dovrin, Essaly, Lunetta, Pellamy, "
            "Thessamine, Vorrin, Quindra, Marrek, Carrowyn, Fennick, Orlavie, Brisenda, "
            "Tamrith, Velisse, Jorvath, Oswen"
        ),
        (
            "Vasquerel, Orrindale, Kranwick, Delvorne, Maraquin, Pelloway, Strovanic, Ashvale, "
            "Torrimund, Belvarre, Sollecombe, Quarvell, Drammeline, Hesterby, Kallowin, "
            "Vantrosse, Morrigale, Felderhane, Tressavine, Cavellan, Ombrecourt, Lisswater, "
            "Thornacre"
        ),
        0.0,
    ),
}

# Given names that are also English words: persons in texts with PII (capitalised only),
# plain words in look-alikes. None is in a PERSON span of sets 13-25.
WORD_GIVEN: tuple[str, ...] = (
    "Rowan",
    "Sunny",
    "Skip",
    "Honor",
    "Frost",
    "Bud",
    "Laurel",
    "August",
    "Hank",
    "Jack",
    "Lane",
    "Marsh",
    "Stone",
    "Sue",
)

# Name particles: lower-case words that do not count as name words of the pools.
PARTICLES = frozenset({"von", "de", "la", "d", "dos", "reis", "lo", "al"})

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    culture: (tuple(given.split(", ")), tuple(family.split(", ")), family_first)
    for culture, (given, family, family_first) in _CULTURES.items()
}


def given_names() -> list[str]:
    """Every given name of the culture pools (not the English-word ones)."""
    return [g for given, _, _ in CULTURES.values() for g in given]


def surnames() -> list[str]:
    return [s for _, family, _ in CULTURES.values() for s in family]
