"""Set 17's name pools and name-shaped look-alike pools (written for this set; see
``data/pii/README.md``, "set17").

The lists were written longer; every name with a word (three letters or more, particles aside)
found in the text of sets 13-16, and every look-alike entry found there, was struck out with a
one-off script that printed only this file's overlapping words.
"""

from __future__ import annotations

# fmt: off
# Given names and surnames by culture: the ordinary names a Faker-based generator writes, plus
# rarer and invented ones ("rare"). Vietnamese names are written family name first.
GIVEN_BY_CULTURE: dict[str, tuple[str, ...]] = {
    "us": (
        "Kayla", "Marlene", "Delbert", "Loretta", "Roscoe", "Bernadette", "Trisha", "Mackenzie",
        "Colton", "Brianna", "Jaden", "Tamika", "Kristen", "Cheyenne", "Bradford", "Tyrone",
        "Wendell", "Jolie", "Kaylee", "Braxton", "Ryder", "Jaxon",
    ),
    "uk": (
        "Gemma", "Rhiannon", "Siobhan", "Mhairi", "Darragh", "Cormac", "Tegan", "Gráinne",
        "Lorcan", "Kerrigan", "Ciarán", "Aoife", "Sinéad", "Róisín", "Tadhg", "Donnacha",
        "Eoghan", "Fionnuala", "Bláthnaid", "Peadar", "Ailbhe", "Brónagh",
    ),
    "de": (
        "Holger", "Torsten", "Bärbel", "Detlef", "Henrike", "Gesine", "Jannik", "Lennart",
        "Reinhard", "Sönke", "Mareike", "Almut", "Volker", "Heiko", "Ortrud", "Hiltrud",
        "Eckhard", "Hannelore", "Siegfried", "Elfriede", "Dietlinde", "Gottfried",
    ),
    "fr": (
        "Ghislaine", "Bérénice", "Ludivine", "Josselin", "Gwénaëlle", "Honoré", "Timothée",
        "Apolline", "Sidonie", "Anatole", "Corentin", "Brieuc", "Gwendal", "Maïwenn", "Nolwenn",
        "Enora", "Erwan", "Tugdual", "Clothilde", "Eudes", "Aymeric", "Hortense",
    ),
    "es": (
        "Edgardo", "Fulgencio", "Baltasar", "Rubén", "Ulises", "Encarnación", "Maribel",
        "Jacinto", "Nieves", "Amparo", "Milagros", "Socorro", "Asunción", "Presentación",
        "Purificación", "Bernardino", "Leocadio", "Hermenegildo", "Florentino", "Anacleto",
        "Casimiro", "Wenceslao",
    ),
    "it": (
        "Annunziata", "Raffaella", "Loredana", "Massimiliano", "Nicoletta", "Settimio", "Ornella",
        "Fiorenza", "Gualtiero", "Rosaria", "Carmelo", "Gaetano", "Concetta", "Assunta",
        "Filomena", "Crocifissa", "Rosalba", "Immacolata", "Gennaro", "Pasquale", "Vincenzo",
        "Corrado",
    ),
    "pl": (
        "Bronisław", "Ewelina", "Mirosław", "Bogumiła", "Leszek", "Wiesław", "Zdzisław",
        "Bolesław", "Stanisława", "Genowefa", "Bożydar", "Lechosław", "Dobrosław", "Wisława",
        "Żaneta", "Jolanta", "Teodozja", "Ireneusz", "Ryszard", "Mariusz", "Janusz", "Sebastian",
    ),
    "in": (
        "Aarav", "Harsha", "Tanvi", "Yash", "Rohit", "Swati", "Aishwarya", "Prakash", "Abhinav",
        "Akshay", "Darshan", "Girish", "Jayant", "Kiran", "Lalitha", "Madhuri", "Naveen", "Omkar",
        "Pallavi", "Sapna", "Tarun", "Uday",
    ),
    "cn": (
        "Xiaoming", "Jiayi", "Yuxuan", "Zhiyuan", "Tianyu", "Yanping", "Guohua", "Guilan",
        "Yufeng", "Jinping", "Hongmei", "Zhenhua", "Weiguo", "Lanying", "Xiaofeng", "Yongqiang",
        "Shuhua", "Baozhu", "Qiuyue", "Wenhui", "Zhijun", "Haiyan",
    ),
    "ng": (
        "Abiodun", "Tochukwu", "Omolara", "Uzoma", "Nnenna", "Amarachi", "Olufemi", "Adewale",
        "Bukola", "Modupe", "Oluwakemi", "Kehinde", "Taiwo", "Idowu", "Jumoke", "Morenike",
        "Enitan", "Adekunle", "Ikenna", "Chinedu", "Nkiruka", "Ogechi",
    ),
    "br": (
        "Bianca", "Gabriela", "Débora", "Fábio", "Conceição", "Graça", "Cleide", "Rosângela",
        "Sebastião", "Edivaldo", "Gilmar", "Josué", "Lucimar", "Marinalva", "Neide", "Osmar",
        "Reginaldo", "Sueli", "Valdemar", "Wanderley", "Zuleide", "Irani",
    ),
    "ph": (
        "Jerome", "Rosalind", "Gerlie", "Ramil", "Cristy", "Edwin", "Jovelyn", "Rhodora", "Jhun",
        "Rolando", "Arlene", "Gemmalyn", "Ruffa", "Jinky", "Bong", "Ninoy", "Marlou", "Rizaldy",
        "Evangeline", "Leonora", "Rosalinda", "Teodoro",
    ),
    "rare": (
        "Ysabeau", "Wrenna", "Caedmon", "Orlagh", "Finnbar", "Zephyrine", "Eluned", "Tovah",
        "Thorvald", "Ilse-Marit", "Ekaterina", "Björk", "Dzmitry", "Velmorra", "Castellan",
        "Brisennyx", "Oddbjørg", "Þórunn", "Ásgeir", "Ragnheiður", "Halldóra", "Eyvindur",
        "Kaisa", "Aino", "Ilmari", "Tuulikki", "Jaakko", "Päivi", "Marjatta", "Oskari", "Tõnu",
        "Ülle", "Kalju", "Raimonds", "Inga", "Dainis", "Ieva", "Vytautas", "Rūta", "Žydrūnas",
    ),
    "vn": (
        "Văn Hùng", "Thị Hằng", "Văn Toàn", "Thị Nga", "Hữu Phước", "Thanh Tâm", "Văn Lợi",
        "Thị Xuân", "Hải Yến", "Xuân Mai", "Công Danh", "Trọng Nghĩa",
    ),
}

SURNAME_BY_CULTURE: dict[str, tuple[str, ...]] = {
    "us": (
        "Callahan", "Gaines", "McCrary", "Dorsey", "Kimbrough", "Stallworth", "Pickens", "Yancey",
        "Crenshaw", "Beasley", "Holloway", "Sizemore", "Ratliff", "Satterfield", "Honeycutt",
        "Blankenship", "Culpepper", "Dinwiddie", "Etheridge", "Fugate",
    ),
    "uk": (
        "Fairclough", "Brennan", "Gallagher", "Doherty", "Cullinane", "Rafferty", "Pennington",
        "Lumsden", "Tremayne", "Moynihan", "Kinsella", "Scanlon", "Featherstonehaugh", "Attwood",
        "Ní Mhurchú", "Ó Briain", "Cholmondeley", "Marjoribanks", "Wrigglesworth",
        "Postlethwaite",
    ),
    "de": (
        "Kühnel", "Wohlfahrt", "Heitmann", "Oberländer", "Dreßler", "Hübner", "Rößler",
        "Bachmeier", "Gutknecht", "Hollweg", "Jungbluth", "Kreutzer", "Niederhofer", "Stöckl",
        "von Wartburg", "Achterberg", "Brinkhaus", "Dückers", "Eilers", "Fliegenschmidt",
    ),
    "fr": (
        "Chevalier", "Lemoine", "Dumoulin", "Beauregard", "Desjardins", "Guérin", "Faucher",
        "Lachance", "Ouellet", "Gauthier", "Charbonneau", "Lavigne", "de Waele", "Théodore-Brun",
        "Aubertin", "Bonnefoy", "Chassaigne", "Delabarre", "Escoffier", "Fontenelle",
    ),
    "es": (
        "Villaseñor", "Arellano", "Bustamante", "Escobedo", "Valenzuela", "Sepúlveda", "Montoya",
        "Olivares", "Galindo", "Aguirrezabala", "Arrizabalaga", "Basterretxea", "Egaña", "Elorza",
        "Gaztañaga", "Iturbe", "Lizarazu", "Mendizábal", "Otaegui", "Altamirano",
    ),
    "it": (
        "Guidotti", "Lanzarotti", "Pagnotta", "Quagliarella", "Rinaldi", "Tagliaferri", "Vescovi",
        "Bonaccorso", "Ferrandino", "Dal Santo", "della Rovere", "Abbondanza", "Bevilacqua",
        "Caputo", "Fabbrocini", "Gargiulo", "Impellizzeri", "Mastrangelo",
        "Notarbartolo",
    ),
    "pl": (
        "Wróblewski", "Pawłowski", "Grabowska", "Michalak", "Jabłoński", "Dudek", "Kołakowski",
        "Pietrzyk", "Urbańczyk", "Żukowski", "Błaszczyk", "Strzelczyk-Ortiz",
        "Brzęczyszczykiewicz", "Ciesielski", "Domańska", "Frąckowiak", "Hołownia", "Jędrzejczak",
        "Kędzierski", "Lewandowicz",
    ),
    "in": (
        "Ganguly", "Iyengar", "Nambiar", "Rastogi", "Upadhyay", "Khanna", "Sethi", "Ahluwalia",
        "Bhandari", "Chakraborty", "Dasgupta", "Dhawan", "Jaiswal", "Kapadia", "Lahiri",
        "Nadkarni", "Oberoi", "Parekh", "Sengupta", "Thakkar",
    ),
    "cn": (
        "Ouyang", "Xue", "Shi", "Ren", "Yao", "Tan", "Fan", "Meng", "Qin", "Jia", "Xia", "Cui",
        "Kong", "Hou", "Ning", "Lai", "Duan", "Tian",
    ),
    "ng": (
        "Ezeagu", "Onyekachi", "Abubakar", "Ekwueme", "Obiora", "Adeleke", "Ogundipe", "Oyewole",
        "Babangida", "Danjuma", "Lawal", "Bello", "Yusuf", "Adekoya", "Ajayi", "Bankole",
        "Odukoya", "Oshodi", "Akinwande", "Ikwuemesi",
    ),
    "br": (
        "Cavalcante", "Rezende", "Siqueira", "Vasconcelos", "Brandão", "Loureiro", "Azevedo",
        "Bittencourt", "Carvalhal", "Damasceno", "Espíndola", "Falcão", "Guimarães", "Holanda",
        "Junqueira", "Pimentel", "Quintela", "Rabelo", "Sarmento", "Tavares",
    ),
    "ph": (
        "Dimagiba", "Magbanua", "Galang", "Sumulong", "Catacutan", "Dalisay", "Evangelista",
        "Hilario", "Jacinto", "Katigbak", "Lualhati", "Malabanan", "Nepomuceno", "Olaguer",
        "Quiambao", "Rivera", "Tuazon", "Valdez", "Yap",
    ),
    "rare": (
        "Vantongeren", "van Houtum", "al-Mansouri", "Þórhallsdóttir", "Yılmazer", "Szőke",  # noqa: RUF001
        "Kasprzyk", "Quellmoor", "Tarrowind", "Oyelowo-Finch", "Mac an tSaoir", "Dvořáková",
        "Kvalheim", "Sæbø", "Øygarden", "Lehtonen", "Kääriäinen", "Tamm", "Kask", "Ozoliņš",
        "Bērziņš", "Kazlauskas", "Petrauskienė", "Marković", "Stojanović", "Dimitrov",
        "Georgieva", "Aydın", "Doğan",  # noqa: RUF001 "van den Bogaard", "Verhoeven", "Ó Ceallaigh",
        "Mac Carthaigh", "bin Othman",
    ),
    "vn": (
        "Tạ", "Quách", "Khổng", "Mạc", "Kiều", "Thân", "Tôn", "Vương", "Doãn", "Giang", "Diệp",
        "Hứa", "Lã",
    ),
}

# Given names that are also English words: persons in texts with PII, plain words in the
# look-alikes (the look-alike checks leave these words aside).
WORD_NAMES: tuple[str, ...] = (
    "Crystal", "Jade", "Skye", "Brooke", "Autumn", "Clay", "Dale", "Wade", "Miles", "Cliff",
    "Lance", "Ginger", "Misty", "Poppy", "Violet", "Basil", "Mercy", "Patience", "Reed",
    "Melody", "Cherry", "Willow", "Wren", "Clover", "Marigold",
)

# Plain uses of those words, for look-alikes.
WORD_NAME_PHRASES: tuple[str, ...] = (
    "crystal clear", "the jade plant", "skye blue", "brooke trout", "the autumn range",
    "clay pots", "a dale walk", "wade through it", "miles away", "the cliff path",
    "lance corporal", "ginger beer", "misty mornings", "poppy seeds", "the violet one",
    "basil pesto", "mercy rule", "patience please", "reed diffuser", "melody maker",
    "cherry tomatoes", "willow basket", "wren box", "clover honey", "marigold gloves",
)

# Brands and products named after people (no person here).
BRANDS: tuple[str, ...] = (
    "Duncan Hines", "Oscar Mayer", "Uncle Ben's", "Karl Lagerfeld", "Marie Callender's",
    "Bob Evans", "Sam Adams", "Tia Maria", "Dom Pérignon", "Newman's Own", "Alexander McQueen",
    "Manolo Blahnik", "Giorgio Armani", "Elie Saab", "Nina Ricci", "Thierry Mugler",
    "Sonia Rykiel", "Charlotte Tilbury", "Laura Mercier", "Mr. Kipling", "Mrs. Baird's",
    "Lea & Perrins", "Emma Bridgewater", "Cath Kidston", "Jack Wills", "Russell Stover",
    "Levi Strauss", "Eddie Bauer", "Steve Madden", "Stuart Weitzman", "Betsey Johnson",
    "Ed Hardy", "Tommy John",
)
# Firms named after people.
FIRMS: tuple[str, ...] = (
    "JP Morgan", "Bear Stearns", "Salomon Brothers", "Raymond James", "Baillie Gifford",
    "Jardine Matheson", "Herbert Smith", "Latham & Watkins", "Sullivan & Cromwell",
    "Kirkland & Ellis", "Price Waterhouse", "Grant Thornton", "Marsh McLennan",
    "Northrop Grumman", "John Lewis", "Becton Dickinson", "Wilkinson Sword", "Smith & Nephew",
    "Greene King", "Shepherd Neame", "Harper Collins", "Simon & Schuster", "Houghton Mifflin",
)
# Places that are (or hold) given names and saints.
PLACES: tuple[str, ...] = (
    "Fort William", "St. Ives", "Maryhill", "Charlottetown", "Fredericksburg", "St. Augustine",
    "San Mateo", "San Rafael", "Santa Ana", "San Marcos", "St. Paul", "St. Catharines",
    "St. Helier", "St. Austell", "St. Neots", "Bury St Edmunds", "Elizabethtown", "Fredericton",
    "Port Macquarie", "Saint-Étienne", "San Sebastián", "Santa Marta", "Ludwigshafen",
    "Wilhelmshaven", "Friedrichshafen", "Charlottenburg", "Marienbad", "Nancy", "Isabela",
    "Lapu-Lapu", "Jamestown", "Johnstown", "Allentown", "Raleigh", "Preston",
)
HOLIDAYS: tuple[str, ...] = (
    "Lincoln's Birthday", "King's Day", "St. Crispin's Day", "St. Lucy's Day",
    "St. Jean-Baptiste Day", "Cesar Chavez Day", "Queen's Birthday", "St. Wenceslas Day",
    "St. Olaf's Day", "St. Barbara's Day", "St. Anne's Day", "Feast of St. Francis",
    "St. Joan's Day",
)
# Titles of works (never a bare character name).
WORKS: tuple[str, ...] = (
    "Moby Dick", "Jackie Brown", "Napoleon Dynamite", "Maria Full of Grace",
    "Hannah and Her Sisters", "Ruby Sparks", "Kramer vs. Kramer", "Harold and Maude",
    "Thelma & Louise", "Bonnie and Clyde", "Jules et Jim", "Winnie-the-Pooh",
    "Huckleberry Finn", "Peter Grimes", "Boris Godunov", "Titus Andronicus", "Timon of Athens",
    "Antony and Cleopatra", "Troilus and Cressida", "Le Père Goriot", "Eugénie Grandet",
    "Doctor Zhivago", "Lord Jim", "Sister Carrie", "Daisy Miller", "Joseph Andrews",
    "Barry Lyndon", "Dombey and Son", "Little Dorrit", "Lucia di Lammermoor", "Don Giovanni",
)
DISHES: tuple[str, ...] = (
    "Sole Véronique", "Tournedos Rossini", "Bellini", "Margarita", "Esterházy torte",
    "Dobos torte", "Garibaldi biscuits", "Bath Oliver", "Sally Lunn bun", "Napoleon cake",
    "General Tso's chicken", "Poire Belle Hélène", "Croque Madame", "Monte Cristo sandwich",
    "Oysters Bienville", "Shrimp de Jonghe", "Chicken Vesuvio", "Jansson's temptation",
    "Biff à la Lindström", "Pollo alla Marengo", "Torta Barozzi", "Spaghetti alla Nerano",
)
# Streets written without a house number (not an address).
BARE_STREETS: tuple[str, ...] = (
    "Yonge Street", "Bleecker Street", "Pall Mall", "Madison Avenue", "Canal Street",
    "Rodeo Drive", "Rue de Rivoli", "Boulevard Saint-Germain", "Avenue Montaigne",
    "La Canebière", "Jungfernstieg", "Mariahilfer Straße", "Paseo de Gracia", "Calle Serrano",
    "Via Condotti", "Corso Buenos Aires", "Kalverstraat", "Nathan Road", "Lambton Quay",
    "Karangahape Road", "Vilakazi Street", "Andrássy út", "Laugavegur", "Royal Mile",
    "Buchanan Street", "Henry Street", "Bold Street", "Deansgate", "Robson Street",
    "Granville Street", "Sparks Street", "Barrington Street", "Duckworth Street",
)
# User names made of words.
USERNAMES: tuple[str, ...] = (
    "quietotter", "bluefinch42", "toast_and_jam", "moss.lantern", "pixel_baker",
    "cobalt_raven", "nightowl_77", "saltmarsh", "tinfoil_hat", "grumpycactus", "packet_loss",
    "spoonbender", "mangotango", "feral_teapot", "oatmilk_ops", "kelp_forest", "sourdough.sam",
    "drizzle_king", "thunder_mug", "orbit.noodle", "waffle_iron9", "paper_tiger", "hollow_log",
    "ember_fox", "glitchgoblin", "marmalade.sky", "snailmail", "static_owl", "cedar_smoke",
    "lunar.moth",
)
# fmt: on
