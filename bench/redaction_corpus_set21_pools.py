"""Set 21's person pools (written for this set; no name word occurs in the texts of sets 13-20).

Each culture is a pair of whitespace-separated strings (given names, surnames); an underscore
joins the words of a particle surname (``Ó_Conaill`` is written ``Ó Conaill``).
"""

from __future__ import annotations

import random
import unicodedata

CULTURES: dict[str, tuple[str, str]] = {
    "us": (
        "Brantley Tucker Brody Bryce Terrence Aaliyah Peyton Floyd Bernice Gladys Mildred Myrna"
        " Charlene Stacy Tracy Marquise Kiana Shaniqua Tabatha Krystal Rayna Alvin Otis"
        " Luella Maxine Dolores Kenzie Jaylen Treyvon Kierra Dashawn Latrice Shanice Jermaine"
        " Eula Ione Lavinia Orval Waylon Kasey Jodie Sherri Lorene Rosetta Earline Beulah"
        " Hershel Lyle Dwight Lamar Cornelius",
        "Gossett Kirkpatrick Nance Pendergrass Talbert Brewington Eubanks Lassiter Merriweather"
        " Overby Quarles Rayburn Stansbury Tidwell Broadnax Easterling Fortenberry Gaddis Hinson"
        " Niblett Ogletree Riddick Treadway Vinson Cates Dockery Fentress Gilliam Huckaby Jiles"
        " Kersey Lovelady Mabry Nunley Peavy Scoggins Tubbs Yeager Caudill Dorsett Funderburk"
        " Grubbs Mullins Pittman",
    ),
    "uk": (
        "Alfie Archie Reggie Iwan Mabel Phoebe Pippa Jolyon Gruffydd Alasdair Wilf Tilly Bram"
        " Ewan Innes Murdo Seonaid Ishbel Eibhlin Fiachra Sorcha Oonagh Meinir Heledd Islwyn"
        " Tudur Digby Tarquin Ned Biddy",
        "Ashcroft Brackley Hepworth Lambourne Micklethwaite Nettleton Uttley Wadsworth Kinnear"
        " Ó_Conaill Costigan Quinlan Treloar Trevithick Pryce Cadwallader Fothergill"
        " Pickersgill Scrimgeour Loughnane Ó_Ceallaigh Tennant Huxtable Winterbottom Allardyce"
        " Copperthwaite Dimmock Entwhistle Fearnley Gathercole Kitching Needham Oldroyd"
        " Rowbotham Sugden Thewlis Varley Whiteley Buchan Crichton Dalgleish Geddes Lamont"
        " Mackintosh Rattray Feeney Gilhooly Keogh Lynott Madigan Tuohy",
    ),
    "de": (
        "Finnja Hauke Ilka Ottmar Vinzenz Mechthild Liesl Reto Corsin Mirjam Ursina Ludwina"
        " Theresia Kunigunde Eberhard Roswitha Lasse Tjark Arnulf Gunhild Helmtrud Karlheinz"
        " Sieglinde Traudl Volkmar Walburga Adalbert Burkhard Hilmar Jutta Klothilde Sepp Vroni"
        " Zenzi Ueli Hanspeter",
        "Brüggemann Feuerstein Grünwald Immelmann Jungbluth Kesselring Nägele Oberhuber"
        " Pfisterer Schwarzenbach Tschudi Wiesinger Zaugg Gschwind Bärtschi Hofstetter"
        " Leuenberger Steinhauser zu_Eltz Wegscheider Kürschner Hölzl Moosbrugger Ebersbach"
        " Holzapfel Knödler Stockhausen Wendlinger Zwicker Häberle Rüegg Ammann Bierbaum"
        " Dornhöfer Eggebrecht Hagedorn Kappelmann Meinhardt Ochsenreiter Rauschenbach"
        " Scheufele Tüchler Unterberger Zehetmayr Aschenbrenner Bachmayr Frühwirth Haslinger"
        " Lichtenegger Prohaska Stadelmann Zurbriggen",
    ),
    "fr": (
        "Maël Clotilde Marjolaine Fabrice Achille Ysaline Blandine Bastien Césaire Donatien"
        " Fulbert Gontran Isidore Lazare Marius Raoul Séraphin Théophile Armelle Christelle"
        " Florine Huguette Josiane Lucille Paulette Rolande Sylvaine Yvette Gwenola Tifenn",
        "Duhamel Giraudeau Hébrard Jaouen Kerbrat Quéméner Rousselot de_Montfort Peyrefitte"
        " Chauvin Daubigny Lheureux Verhaegen Vandenbroucke Degrève Wauters Besnard Cadiou"
        " Guillou Le_Floch Morvan Thévenot Vautrin D'Aubigné Delaunay Fauvel Gaudin Hamon Noury"
        " Ollivier Renaud Savary Toussaint Allard Boucher Cordier Jolivet Royer Abgrall Le_Gall"
        " Trémeur",
    ),
    "es": (
        "Meritxell Almudena Maricruz Benigno Eladio Florencio Garazi Maialen Oier Ander Ibai"
        " Txomin Joaquina Rufino Porfirio Gervasio Yadira Tenoch",
        "Urdangarin Vilaró Casademunt Sagarra Ibáñez Muñiz Galindo Hinojosa Madariaga Peñalosa"
        " Valdivia Orozco Arteaga Carvajal Iturbide Lizarraga Noriega Aldecoa Berasategui"
        " Ormaetxea Zuloaga Aranguren Otxoa Rubalcaba Ballesteros Dávila Escamilla Heredia"
        " Robles Alarcón",
    ),
    "it": (
        "Mirella Tindaro Maddalena Jacopo Vittoria Amedeo Beniamino Lamberto Nazzareno"
        " Oreste Quirino Saverio Ubaldo Zeno Agnese Bice Fiammetta Mafalda Nives Orsola Tiziana",
        "Bortolotti Gallizzi Iacovelli Lanzafame Nicoletti Tramontana Zanardi Zappalà"
        " Cacciapuoti La_Rocca Lo_Presti Brambilla Sciarra Tuccio Vitiello Buonocore Capuozzo"
        " Locatelli Pirozzi Amendola Calabrese Donadoni Esposti Fantozzi Tedesco Ughetti"
        " Zucchetti Bonfiglio Cantarella Finocchiaro Randazzo Spinelli",
    ),
    "pl": (
        "Ksawery Maciej Leokadia Lucjan Władysław Eugenia Walentyna Jędrzej Dobromir Honorata"
        " Aniela Bernadeta",
        "Dąbrowska Krzemiński Łuczak Rutkowska Zalewska Ziółkowska Kaczmarczyk Sikorska"
        " Majewski Jankowska Wawrzyniak Ostrowska Kamiński Nowakowska Michalska Dudziak"
        " Sadowski Chmiel Malinowska Górecki Witkowska Sokołowski Szewczyk Tomaszewska",
    ),
    "in": (
        "Advait Saanvi Diya Myra Harsha Murali Manpreet Chaitanya Dinesh Sudha Jagdish Rajendra"
        " Sushila Vishal Abhay Charulata Ekta Gautami Hrithik Jyotsna Lalit Parvati Sanjana"
        " Vasudha Yogesh Bhuvana Gopal Hariharan Ishwar Janaki Kamala Leela Neelam Trilok"
        " Ujjwal Vandana",
        "Chaturvedi Shekhawat Acharya Bhandari Thakur Varma Yadav Bedi Chawla Goyal Hora Narang"
        " Vohra Cherian Kurian Varghese Panicker Shenoy",
    ),
    "cn": (
        "Yifan Haoyu Yunfei Guangming Jinhua Yaling Baoyu Chenxi Mengyao Wanting Shengli Xueqin"
        " Jiaming Longwei Qingyun Dandan Yanyan Jinrong Ruihan",
        "Xu Ren Dai Hong Zhai Bian",
    ),
    "ng": (
        "Oluchi Folasade Omotola Adaora Chibuike Ugochukwu Kamsiyochukwu Ekene Tochukwu Dumebi"
        " Opeyemi Ayomide Oreoluwa Mojisola Toyin Sadiq Habiba Rakiya Usman",
        "Iwuchukwu Onwuachi Okoye Ejiofor Nwabueze Adebisi Dankwambo Ezekwesili Okorafor Ekwensi",
    ),
    "br": (
        "Rogério Anderson Luzia Tânia Enzo Kauã Isadora Lívia Nilza Odete Valdete Gildásio"
        " Adalberto Ademir Genivaldo Claudinei Wagner Jeferson Railson Erivaldo Lindalva"
        " Cidinha Moema Jaciara",
        "Furtado Rodrigues Diniz Leão Paixão Sodré Vilela Arruda Borba Frota Godinho Maia"
        " Quaresma Resende Seixas Aguiar",
    ),
    "ph": (
        "Rodelio Rey Jesusa Emmanuel Boyet Leizl Maryjoy Shirlyn Mhariel Bernalyn Joylyn"
        " Jhunjie Caridad Luningning",
        "Salonga Malacaman Baluyot Dimalanta Tabora Ybañez Cajucom Ducusin Lapid Mamaril"
        " Pagdanganan Talavera Yumul Bunag Marasigan Nolasco",
    ),
    "rare": (
        "Ragnheiður Eyvind Torbjørn Gunnhild Leifur Gyöngyi Emre Yağmur Yousef Orvenna Kalvorn"
        " Thessalind Marrowyn Quenby Darvell Corvina Tamsara Jurgita Ilze Mikko Aleksandar"
        " Zoltán Mehmet Ayşe Brisveld Caelwyn Dunmara Faelan Gwendrith Halsey Ilvara Jorunn"
        " Lioren Mavrin Nerissa Ondrej Quilla Rosamund Sabela Teodric Ulvhild Vashti Xanthe"
        " Yvaine Zarek Aurnia Belisande Cadoc Davina",
        "Gunnarsdóttir Sørensen Åkerlund Hjálmarsson Halász Vörösmarty Papadakis Christodoulou"
        " Karamanlis al-Qahtani Hallowmere Brandelhoff Vauterelle Oskerby Morrowfeld Kalloway"
        " Dunstreve Penrallow Žemaitis Kalniņš Järvinen Korhonen Kovačević Demirci Aksoy"
        " Nikolaidis Ashbury Bellweather Caskwell Drummore Elsworth Fennimore Gravenor"
        " Inchcombe Kittering Marchbanks Northover Pellingham Stallybrass Tremellen Ulverton"
        " Vanstone Corrievale Dunlevy",
    ),
}
# How often a culture is drawn (ordinary names of the hidden corpus's countries dominate).
WEIGHTS = {
    "us": 14,
    "uk": 10,
    "de": 7,
    "fr": 7,
    "es": 6,
    "it": 6,
    "pl": 5,
    "in": 8,
    "cn": 5,
    "ng": 6,
    "br": 6,
    "ph": 5,
    "rare": 8,
}
# Given names that are also English words: persons in positives, plain words in look-alikes.
WORD_GIVEN = [
    "Briar",
    "Haven",
    "Merit",
    "Clement",
    "Flint",
    "Jay",
    "Buddy",
    "Temperance",
    "Birch",
    "Amity",
    "Cooper",
    "Valor",
    "Delight",
    "Unity",
]
PARTICLES = {"zu", "de", "le", "la", "lo", "al", "ó", "d'"}


def given_names(culture: str) -> list[str]:
    return CULTURES[culture][0].split()


def surnames(culture: str) -> list[str]:
    return [s.replace("_", " ") for s in CULTURES[culture][1].split()]


def all_given() -> list[str]:
    return [g for c in CULTURES for g in given_names(c)] + WORD_GIVEN


def all_surnames() -> list[str]:
    return [s for c in CULTURES for s in surnames(c)]


def fold(text: str) -> str:
    """``text`` without its accents (Łuczak -> Luczak, Sørensen -> Sorensen)."""
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("ð", "d"), ("Þ", "Th"), ("ı", "i")):  # noqa: RUF001
        text = text.replace(a, b)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def draw_person(rng: random.Random) -> dict[str, str]:
    """A person as ``given``, ``surname`` and ``full`` (family first for some Chinese names)."""
    culture = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    given = rng.choice(given_names(culture))
    if rng.random() < 0.06:
        given = rng.choice(WORD_GIVEN)
    other = rng.choice(list(CULTURES)) if rng.random() < 0.15 else culture
    surname = rng.choice(surnames(other))
    if rng.random() < 0.05 and " " not in surname:
        second = rng.choice(surnames(rng.choice(list(CULTURES))))
        if " " not in second and second != surname:
            surname = f"{surname}-{second}"
    if rng.random() < 0.35:
        given, surname = fold(given), fold(surname)
    full = f"{given} {surname}"
    if culture == "cn" and other == "cn" and rng.random() < 0.4:
        full = f"{surname} {given}"
    elif rng.random() < 0.08:
        full = f"{given} {rng.choice('BCDFGHJKLMNPRSTVW')}. {surname}"
    return {"given": given, "surname": surname, "full": full}
