"""Set 18's word pools: persons, streets and the name-like look-alikes.

Written for set 18 from general knowledge. A one-off script printed only the words of these
candidate lists that occur in the text of sets 13-17; every such word was struck out (about 570
of 1,460 candidate names, 150 of 340 street names, 360 of 600 look-alike entries).
"""

from __future__ import annotations


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split("|"))


# culture -> (given names, surnames), "|"-separated. Diacritics as the culture writes them.
_NAMES_JOINED: dict[str, tuple[str, str]] = {
    "us": (
        (
            "Megan|Jeremy|Amanda|Brent|Derek|Mallory|Tara|Chad|Trent|Bethany|Darlene|Randy|"
            "Tonya|Rhonda|Alyssa|Bryce|Paige|Corey|Jillian|Todd|Haley|Zachary"
        ),
        (
            "Strickland|Yates|Ingram|Hargrove|Pendleton|Albright|Dunaway|Blevins|Eldridge|"
            "Langford|Burkett|Redmond|Stanfield|Talley|Wofford|Galloway|Merritt|Upchurch|"
            "Crowder|Fairchild|Kimball|Lowery|Overton"
        ),
    ),
    "uk": (
        (
            "Darren|Nicola|Stacey|Jamie|Leanne|Ross|Carly|Craig|Hayley|Amy|Liam|Kieran|Shona|"
            "Abbie|Bethan|Owain|Euan|Fiona|Connor|Giles|Verity|Philippa"
        ),
        (
            "Whitworth|Brocklehurst|Ackroyd|Greenhalgh|Ramsbottom|Butterworth|Holroyd|Marsden|"
            "Bagshaw|Thistlethwaite|Mottram|Hebblethwaite|Openshaw|Dobson|Heseltine|Tattersall|"
            "Wainwright|Shackleton|Blakemore|Tomlinson|Warburton|Cuthbertson|Urquhart|Menzies"
        ),
    ),
    "ie": (
        (
            "Ciara|Fionn|Cian|Máire|Síle|Colm|Diarmuid|Eimear|Bríd|Seamus|Darragh|Niall|Aisling|"
            "Nuala|Deirdre"
        ),
        (
            "Geraghty|Mulcahy|Dunphy|Fitzgibbon|Lenihan|McGuinness|Flanagan|Keohane|Twomey|"
            "Scanlon|Shanahan|Tierney|Donnelly|Breslin|Cosgrove|Faherty|Garvey|Hanrahan|"
            "Mulligan|Phelan|Sheehy|O'Kelleher|Mac Suibhne|Ní Fhlannagáin"
        ),
    ),
    "de": (
        (
            "Sven|Anke|Björn|Dirk|Birgit|Manuela|Ingo|Gunnar|Renate|Meike|Annegret|Günther|"
            "Margarete|Ottilie|Leopold|Friedhelm|Elke|Wolfram"
        ),
        (
            "Schwarzenberger|Hoffmeister|Fleischhauer|Hartung|Kretschmer|Mühlbauer|Pfeiffer|"
            "Tiedemann|Uhlig|Wendland|Bachmann|Engelhardt|Gebauer|Haberland|Lüdtke|Meisner|"
            "Nußbaum|Pöschl|Rathgeber|Seidel|Thielemann|Weißenborn|Zöllner|Brückner|"
            "von Hessenthal"
        ),
    ),
    "fr": (
        (
            "Aurélie|Nathalie|Stéphane|Géraldine|Sandrine|Ludovic|Émilie|Delphine|Grégoire|"
            "Frédéric|Gaëtan|Lucile|Romane|Corentin|Ophélie|Mathis|Agathe|Cédric|Margaux|Hervé|"
            "Joëlle|Régis"
        ),
        (
            "Girardot|Dumont|Brunet|Lacroix|Roussel|Perrin|Barbier|Faure|Masson|Aubert|Collet|"
            "Prévost|Bouvier|Lebrun|Texier|Vidal|Giraud|Chauvin|Hamon|Bailly|Poirier|Leroux|"
            "Maillard|L'Heureux|de Montferrand"
        ),
    ),
    "es": (
        (
            "Sergio|Raquel|Pilar|Gonzalo|Montserrat|Jordi|Ignacio|Xavier|Borja|Adrián|Aitor|"
            "Esperanza|Julián|Ángela|Esteban|Fabiola|Gregorio|Soledad|Eneko|Mikel|Oihana|Roser"
        ),
        (
            "Calderón|Bermúdez|Aguirre|Barrientos|Carrasco|Figueroa|Galindo|Hidalgo|Jiménez|"
            "Lozano|Maldonado|Navarrete|Olmedo|Quintana|Salcedo|Urrutia|Valdés|Zubiri|"
            "Goicoechea|Ugarte|Larrañaga|Cifuentes|Garrido|Izquierdo|Quesada|Arregui|Garmendia|"
            "Olazábal|Vilanova"
        ),
    ),
    "it": (
        (
            "Giuseppe|Alessandro|Federica|Matteo|Davide|Elisa|Martina|Alessia|Massimo|Giorgia|"
            "Fabrizio|Niccolò|Ginevra|Annalisa|Cristina"
        ),
        (
            "Mancini|Rizzo|Lombardi|Moretti|Barbieri|Mariani|Ferrara|Galli|Martinelli|Coppola|"
            "Pellegrini|Palumbo|Sanna|Cattaneo|Morelli|Silvestri|Conti"
        ),
    ),
    "pl": (
        (
            "Paweł|Magdalena|Joanna|Łukasz|Marcin|Piotr|Beata|Justyna|Rafał|Sylwia|Aleksandra|"
            "Celina|Damian|Edyta|Feliks|Henryk|Ilona|Jacek|Kinga|Marzena|Patrycja|Stanisław|"
            "Wanda|Danuta"
        ),
        (
            "Szymański|Woźniak|Kozłowska|Jankowski|Kwiatkowska|Krawczyk|Piotrowski|Nowakowski|"
            "Pawłowska|Nowicka|Adamczyk|Zając|Wieczorek|Jabłońska|Majewski|Olszewska|Stępień|"
            "Malinowski|Jaworska|Witkowski|Walczak|Górecka|Chmielewski|Czarnecki|Kołodziejczyk|"
            "Szczepański"
        ),
    ),
    "in": (
        (
            "Priyanka|Shruti|Aditya|Varun|Ritu|Anjali|Suresh|Radhika|Chandrakant|Devika|Girish|"
            "Indira|Madhavi|Raghav|Sachin|Vaibhav|Yamini|Zubin|Ashwin|Bhargavi|Dhruv|Mohit|"
            "Nirmala|Ramesh|Shweta|Geetha|Mrunal|Sarita"
        ),
        (
            "Bhatia|Rao|Pandey|Mishra|Tiwari|Shetty|Kaur|Ranganathan|Krishnamurthy|"
            "Parthasarathy|Chandrasekhar|Deshmukh|Jadhav|Kelkar|Lokhande|Mahajan|Purohit|Rajput|"
            "Tandon|Wadhwa|Ahuja|Bajaj|Goswami|Luthra|Nagpal|Sachdev|Thakur|Vyas|Walia|Kashyap"
        ),
    ),
    "cn": (
        (
            "Jing|Lei|Ming|Hui|Xin|Ling|Qiang|Ying|Xiu|Chao|Zhen|Kai|Xiaohua|Ziyi|Xiaolan|"
            "Tianyi|Yiming|Huiling|Xueying|Jiawen"
        ),
        ("Liu|Xu|Zhu|Zeng|Cai|Ding|Kong|Yao|Xiang|Mao|Cui|Yin|Pei|Lü|Gu|Fu"),
    ),
    "ng": (
        (
            "Bisola|Femi|Nkiru|Kayode|Zainab|Hauwa|Abubakar|Halima|Chidi|Nonso|Ugochi|Somto|"
            "Adanna|Kamsi|Chisom|Ifunanya|Dapo|Bolaji|Kunle|Lanre|Bimpe|Gbenga|Yemi|Bashir|"
            "Nasiru|Rukayat|Hadiza|Nafisa"
        ),
        (
            "Ibrahim|Oyewole|Ogunbiyi|Ezeh|Ojo|Ogbonna|Coker|Dosunmu|Gbadamosi|Ilori|Jegede|"
            "Kolawole|Makinde|Popoola|Sowunmi|Eniola|Fagbemi|Ezenwa|Mbah|Okoli|Onwuegbu|"
            "Abdullahi|Shehu|Tanko|Usman"
        ),
    ),
    "br": (
        (
            "Luiz|Leonardo|Beatriz|Matheus|Felipe|Mariana|Tatiane|Renato|Vanessa|Otávio|Murilo|"
            "Cauã|Jéssica|Edson"
        ),
        (
            "Silva|Oliveira|Rodrigues|Alves|Pereira|Gomes|Ribeiro|Lopes|Soares|Fernandes|Vieira|"
            "Rocha|Dias|Andrade|Nunes|Marques|Machado|Mendes|Freitas|Monteiro|Moura|Batista|"
            "dos Prazeres"
        ),
    ),
    "mx": (
        (
            "Yesenia|Arturo|Maricela|Ramiro|Everardo|Humberto|Efraín|Octavio|Rigoberto|Gerardo|"
            "Eduardo|Cuauhtémoc|Lupita"
        ),
        (
            "González|Ramírez|Morales|Vázquez|Juárez|Rosales|Velázquez|Contreras|Trejo|Rangel|"
            "Villarreal|Tovar|Quiroz|Padilla|Solís|Ávila|Meléndez"
        ),
    ),
    "ph": (
        (
            "Ariel|Jonel|Efren|Danilo|Girlie|Noel|Divina|Reynaldo|Mariel|Jennylyn|Rachelle|"
            "Jayson|Rizalyn|Jojo|Shiela|Ronaldo|Dante|Ernesto|Florante|Marlon|Nestor|Teresita|"
            "Wilfredo|Zenaida|Ligaya|Bayani"
        ),
        (
            "Macapagal|Sison|Magsaysay|Quisumbing|Bacani|Balagtas|Cabangbang|Dagdag|Espiritu|"
            "Hizon|Legaspi|Mangubat|Natividad|Ronquillo|Velasco|Yulo|Domingo|Enriquez|Lagman"
        ),
    ),
    "vn": (
        ("Bích Ngân|Mỹ Duyên|Kim Oanh|Diệu Hiền|Tuấn Kiệt|Phương Linh|Hương|Nam"),
        ("Lê|Phan|Vũ|Võ|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Tạ|Triệu"),
    ),
    "rare": (
        (
            "Ysmeralda|Elowen|Caspian|Aurelio|Lysander|Odalys|Ignatius|Perpetua|Wilhelmina|"
            "Clementina|Leocadia|Ambrose|Hortensia|Eskil|Kasimir|Ottoline|Tancredi|Ilario|"
            "Jovana|Zdenka|Radomir|Vesna|Bogumił|Ilkka|Aune|Tiina|Ferenc|Erzsébet|Gyula|Levente|"
            "Orvenna|Kaelith|Brannoc"
        ),
        (
            "Quellmark|Dravenholt|Vintersorg|Ruokonen|Kallioinen|Vukašinović|Dragović|Bergström|"
            "Eklund|Fjellstad|Brennholt|van der Wielen|al-Qasimi|bin Rahmat|Vardanyan|"
            "Yeghiazaryan|Tchakarov|Pálsdóttir|Grímsson|Kvaratskhelia|Wyndrake|Ostrovane|"
            "Marrowen|Quillane|N'Dour"
        ),
    ),
}
NAMES = {culture: (_split(g), _split(s)) for culture, (g, s) in _NAMES_JOINED.items()}
# Family name first always (vn) or often (cn).
FAMILY_FIRST = {"vn": 1.0, "cn": 0.4}
# Drawing weights: ordinary names of the big groups, a few rare or invented ones.
CULTURE_WEIGHTS = {
    "us": 9,
    "uk": 7,
    "ie": 4,
    "de": 6,
    "fr": 6,
    "es": 6,
    "it": 5,
    "pl": 5,
    "in": 8,
    "cn": 6,
    "ng": 6,
    "br": 5,
    "mx": 5,
    "ph": 5,
    "vn": 3,
    "rare": 5,
}
# Given names that are also English words: persons in the positives, plain words in the
# look-alikes ("olive oil", "pat dry", "cash only").
WORD_GIVEN = _split(
    "Lily|Olive|Pat|Nick|Angel|Charity|Felicity|Opal|Harmony|Destiny|Pepper|Sherry|Winter|Cash|"
    "Chip|Mason|Candy|Primrose|Clementine|Saffron|Woody|Sonny"
)
PARTICLES = frozenset({"van", "der", "von", "de", "dos", "al", "bin", "mac", "ní", "o"})

# Name-like look-alikes (no entry occurs in a set 13-17 text; no word of the person pools).
BRANDS = _split(
    "Ted Lapidus|Dr. Bronner's|Mrs. Meyer's|John Varvatos|Sam Edelman|Rebecca Minkoff|"
    "Henri Bendel|Bertolli|Ferrero Rocher|Valentino|Bulgari|Ermenegildo Zegna|Orla Kiely|"
    "Agnès b.|Jil Sander|Guy Laroche|Paco Rabanne|Loro Piana|Brunello Cucinelli|Miu Miu|"
    "Trussardi|Joseph Joseph|Russell Hobbs|Morphy Richards|Kenwood|Bissell|Uncle Tobys|Arnott's|"
    "Tim Tam|Paul Newman's Own|Aunt Bessie's|Dr. Brown's|Ray-Ban|Oakley|Charlotte Olympia|"
    "Molton Brown|Penhaligon's|Floris"
)
FIRMS = _split(
    "Lloyd's of London|Deloitte|Skadden Arps|Cravath|Boeing|Siemens|Peugeot|Renault|Citroën|"
    "Walgreens|Macy's|Nordstrom|Morrisons|Fortnum & Mason|Liebherr|Hilti|Stihl|Bentley|"
    "Rowntree's|Guinness|Jameson|Bushmills|Wrigley|Hershey's|Campbell's|Colgate|Pfizer|Merck"
)
PLACES = _split(
    "Sydney|San Francisco|St. Moritz|Prince George|Port Stanley|Lake Geneva|Port Hedland|"
    "Margaret River|Hervey Bay|Pietermaritzburg|Lucena|Santa Maria|Fort Lauderdale|"
    "San Bernardino|San Luis Obispo|Saint John|Williamstown|Charlestown|Petersfield|"
    "Peterborough|Santa Cruz de Tenerife|São Tomé|Annaberg|Karlsbad|Karlsruhe|Augsburg|"
    "Sainte-Foy"
)
HOLIDAYS = _split(
    "Twelfth Night|Shrove Tuesday|Ash Wednesday|All Saints' Day|St. Valentine's Day|"
    "Three Kings' Day|Corpus Christi|Bonfire Night|Hogmanay|Father's Day|Mother's Day|Lady Day|"
    "Whitsun|Burns Supper|Assumption Day|Advent Sunday|Ascension Day|Canada Day|Anzac Day|"
    "Waitangi Day|Día de San Juan|Sankt Martin|Nikolaustag|Saint-Jean-Baptiste|Ferragosto|"
    "Santo Stefano"
)
WORKS = _split(
    "Pride and Prejudice|Great Expectations|Uncle Tom's Cabin|Gulliver's Travels|"
    "Wuthering Heights|Middlemarch|Tess of the d'Urbervilles|Cranford|Romola|Lorna Doone|"
    "Rocky Balboa|Mrs. Doubtfire|Shirley Valentine|Hamlet|Coriolanus|Cymbeline|Pericles|Ivanov|"
    "Peer Gynt|Woyzeck|Faust|Candide|Tartuffe|Phèdre|Turandot|Nabucco|Lohengrin|Parsifal|"
    "Fidelio|Jenůfa|Rusalka"
)
DISHES = _split(
    "Pêches Melba|Potatoes Dauphinoise|Baked Alaska|Shepherd's pie|Manhattan|Linzer torte|"
    "Eccles cake|Bakewell tart|Pizza Marinara|Chateaubriand|Béchamel|Mornay sauce|Mozart balls|"
    "Kaiserschmarrn|Bismarck herring|Oeufs Bénédictine|Veal Prince Orloff|Pizza Capricciosa|"
    "Chicken Parmigiana|Rum baba|Croque Monsieur|Vichyssoise|Bouillabaisse|Gugelhupf|"
    "Apfelstrudel|Wiener Schnitzel|Cordon bleu|Buffalo wings|Philly cheesesteak|Cuban sandwich|"
    "Club sandwich|Bramley apple crumble|Pink Lady"
)
FAMOUS_STREETS = _split(
    "Castro Street|Park Avenue|Madison Avenue|boulevard Haussmann|Friedrichstraße|"
    "Avenida Reforma|Kings Road|Whitehall|The Mall|Massachusetts Avenue|Ocean Parkway|"
    "Calle Serrano|Damrak|Leidseplein|Grafton Road|Dame Street|Bloor Street|Rundle Mall|"
    "Chapel Street|Lonsdale Street|Long Street|Marine Drive|MG Road|Linking Road|"
    "Takeshita Street|Dotonbori"
)
# User names made of words (no pool name inside).
USER_NAMES = _split(
    "drowsy_walrus|rustybucket42|moonlit_kettle|grumpy.teapot|pixelfern|sockpuppet_9|tinfoilhat|"
    "teacup_tornado|velvetthunder|spoon_theory|bluekettle|lostmitten|cardboard.castle|"
    "mothball99|saltypretzel|frostedpine|hollowreed_|wanderingsock|crispbiscuit|pebbledash"
)
