"""Set 16's person pools and its name-like look-alike pools (written for this set; see
data/pii/README.md, "set16").

Every name, brand, firm, place, holiday, work, dish and famous-street entry was checked once,
while writing, against set13/14/15's texts with a one-off script that printed only this file's
overlapping entries; those were dropped (about 190 names and 115 look-alike entries).
"""

from __future__ import annotations


def _items(text: str) -> tuple[str, ...]:
    """A comma-separated list as a tuple of its stripped items."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


# (given names, surnames) per culture; a person is a given name with a surname of the same
# culture most of the time (``redaction_corpus_set16_values.Values.person``).
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "us": (
        _items(
            "Kayla, Travis, Lindsey, Shelby, Garrett, Wesley, Brandi, Dalton, Krista, Kendra, "
            "Darnell, Latoya, Jarrod, Casey, Tanner, Lacey, Colby, Desiree, Marcus"
        ),
        _items(
            "Whitfield, Tillman, Kincaid, Pickett, Dunlap, Hensley, Barlow, Goodwin, Holcomb, "
            "Stovall, Lockhart, Pettigrew, Cantrell, Mayfield, Spurlock, Womack, Tolbert, "
            "Gentry, Huckabee, Prewitt"
        ),
    ),
    "uk_ie_au": (
        _items(
            "Nigel, Clive, Rupert, Jemima, Ffion, Dafydd, Seren, Fergus, Isla, Ailsa, Struan, "
            "Donal, Orla, Cathal, Padraig, Eoin, Fintan, Roisin, Mairead, Bronagh"
        ),
        _items(
            "Featherstone, Ogilvie, Thwaite, Kavanagh, Crowther, Penhaligon, Trelawney, "
            "Haworth, Quigley, Ellingham, Braithwaite, McGillivray, Pilkington, Entwistle, "
            "Sowerby, Gilchrist, Drummond, MacAulay, Urquhart, Farquharson"
        ),
    ),
    "de_at_ch": (
        _items(
            "Dörte, Wolfgang, Ulrike, Henning, Kerstin, Gerhard, Friederike, Sigrun, Benedikt, "
            "Götz, Hannelore, Dietmar, Gudrun, Ingeborg, Lothar, Rüdiger, Waltraud, Hartmut, "
            "Jens, Silke"
        ),
        _items(
            "Kleinschmidt, Oberhauser, Wagenknecht, Hülsmann, Eichhorn, Brandstätter, "
            "Vogelsang, Kaltenbach, Reinholz, Strübing, Achleitner, von Falkenhayn, Zwahlen, "
            "Lindemann, Grünewald, Niederhuber, Pfannkuch, Siebenhaar, Rautenberg, Schwarzkopf"
        ),
    ),
    "fr_be": (
        _items(
            "Ségolène, Grégoire, Anaïs, Loïc, Perrine, Arnaud, Clémence, Yannick, Maëlys, "
            "Amandine, Gwenaëlle, Enguerrand, Firmin, Honorine, Maxence, Aurélien, Edwige, "
            "Cyprien, Séverine, Ghislain"
        ),
        _items(
            "Chevallier, Lemaire, Vasseur, Poulain, Verhaegen, Fauconnier, de Villiers, "
            "Bouchard, Lacombe, Brossard, Carpentier, Dufresne, Guillot, Hébert, Jacquemin, "
            "Lambrecht, Maréchal, Pelletier, Rigaud, Tessier"
        ),
    ),
    "es_mx": (
        _items(
            "Rocío, Álvaro, Itziar, Rogelio, Jesús, Yolanda, Eusebio, Macarena, Remedios, "
            "Abundio, Consuelo, Nicanor, Leire, Iker, Maite, Arantxa, Fermín, Bernabé, Eulalia, "
            "Herminio"
        ),
        _items(
            "Sáez, Cuadrado, Gallardo, Santamaría, Urquiza, Benítez, Treviño, Ochoa, Quintero, "
            "Espinoza, de la Peña, Arrieta, Larrañaga, Zubizarreta, Olabarria, Mondragón, "
            "Cisneros, Alcántara, Barragán, Salgado"
        ),
    ),
    "it": (
        _items(
            "Gianluca, Benedetta, Raffaele, Cosimo, Donatella, Ludovica, Tommaso, Serena, "
            "Pierpaolo, Graziella, Ambrogio, Brunella, Calogero, Domenico, Ermanno, Fiorella, "
            "Gaspare, Ippolito, Loredana, Marcello"
        ),
        _items(
            "Bellandi, Ferraresi, Mazzoleni, Paolucci, Quaranta, Santangelo, Tedeschi, Zanetti, "
            "D'Alessio, Lo Bianco, Abbiati, Bertolini, Cappelletti, Dell'Acqua, Fumagalli, "
            "Giordano, Iannucci, Lombardo, Mancuso, Nardella"
        ),
    ),
    "pl": (
        _items(
            "Grzegorz, Łucja, Radosław, Dorota, Zbigniew, Mirosław, Sławomir, Elżbieta, "
            "Czesław, Halina, Jarosław, Krystyna, Mieczysław, Tadeusz, Urszula, Witold, "
            "Dariusz, Wiesława, Kazimierz, Iwona"
        ),
        _items(
            "Grabowska, Przybylski, Szczepańska, Wróbel, Dąbrowska, Jabłoński, Kołodziej, "
            "Sobczak, Michalski, Ostrowski, Czarnecka, Sikora, Baran, Duda, Głowacki, "
            "Chmielewska, Kalinowski, Borkowska, Jaworski, Sadowska"
        ),
    ),
    "in": (
        _items(
            "Harish, Aniket, Lavanya, Rohan, Nandini, Gautam, Abhishek, Bhavna, Chetan, Divya, "
            "Gaurav, Hemant, Ishaan, Jyoti, Kunal, Manish, Neha, Rajesh, Sandeep, Sunita"
        ),
        _items(
            "Subramanian, Ghosh, Venkatesan, Chaudhary, Trivedi, Saxena, Agarwal, Bose, Chopra, "
            "Dutta, Gupta, Hegde, Joshi, Kapoor, Mukherjee, Naidu, Patil, Rajan, Sinha, "
            "Srinivasan"
        ),
    ),
    "cn": (
        _items(
            "Mingyu, Shufen, Weijie, Yanling, Guoqiang, Zhenyu, Yufei, Hongwei, Xinyi, Junjie, "
            "Lingling, Chunhua, Dongmei, Wenbo, Yixuan, Zhaoyang, Shuang, Tingting, Kaiwen, "
            "Ruolan"
        ),
        _items(
            "Luo, Gao, Zheng, Xie, Chen, Yang, Zhu, Lin, Han, Dong, Xiao, Cheng, Yuan, Wei, "
            "Qian, Bai"
        ),
    ),
    "ng": (
        _items(
            "Chidinma, Babajide, Folake, Ikechukwu, Yewande, Uchenna, Temitope, Adaobi, "
            "Chinonso, Ebere, Kelechi, Nneka, Obiageli, Olumide, Oyinkansola, Segun, Titilayo, "
            "Bolanle, Damilola, Ifeoma"
        ),
        _items(
            "Olawale, Ibekwe, Adebayo, Onyekachi, Akinola, Chukwu, Ezeani, Fashola, Igwe, "
            "Okeke, Oladipo, Onuoha, Udeh, Uzor, Okoro, Olaniyan, Ugwu, Akande, Egwu, Nwankwo"
        ),
    ),
    "br_pt": (
        _items(
            "Leandro, Juliana, Letícia, Bruna, Cleiton, Edvaldo, Francisca, Gilberto, Heloísa, "
            "Ivonete, Jefferson, Kléber, Luana, Marcelo, Natália, Osvaldo, Priscila, Raimundo, "
            "Tatiana, Valdir"
        ),
        _items(
            "Albuquerque, Cavalcanti, Nogueira, Teixeira, Assunção, Magalhães, Sampaio, "
            "Brandão, Bezerra, Cardoso, Correia, Dantas, Esteves, Fonseca, Gouveia, Lacerda, "
            "Medeiros, Monteiro, Pacheco, Queiroz"
        ),
    ),
    "ph": (
        _items(
            "Ramil, Analyn, Marites, Aileen, Dindo, Edgardo, Glenda, Honeylyn, Imelda, "
            "Kristine, Leonila, Mylene, Nenita, Ofelia, Perla, Rhea, Rommel, Sheryl, Teodulo, "
            "Virgilio"
        ),
        _items(
            "Manalo, Soriano, Magbanua, Sumague, Ilagan, Agbayani, Buenaventura, Cabrera, "
            "Evangelista, Fajardo, Gatchalian, Lacson, Mercado, Ocampo, Panganiban, Quiambao, "
            "Ramos, Salazar, Tiongson, Umali"
        ),
    ),
    "rare": (
        _items(
            "Ysolde, Evander, Thessaly, Orsolya, Caspian, Mireille, Teodora, Brannagh, Quillan, "
            "Seraphine, Corwenna, Talvik, Ismeralda, Orvane, Pellinor, Zanthe, Wystan, Idony, "
            "Ermengarde, Sólveig"
        ),
        _items(
            "Vosberg, Ellingworth, van Rijswijk, ter Beek, Abu-Hamdan, N'Guessan, Threlkeld, Ní "
            "Dhomhnaill, Ó Cearbhaill, Fitz-Osborne, Kovač-Reyes, D'Arcangelo, L'Estrange, "
            "Bar-Yosef, Brightwater, Valcourt, Thornquist, Marrowby, Quennell, Vantreight"
        ),
    ),
}

# Written family name first some of the time.
FAMILY_FIRST = ("cn",)

# Given names that are also English words: persons in the positives, plain words in the
# look-alikes (``WORD_NAME_PHRASES``). Kept out of the culture pools on purpose.
WORD_GIVEN = _items(
    "June, Dawn, Ivy, Holly, Robin, Penny, Joy, Iris, Hazel, Pearl, Sandy, Rusty, Chase, Drew, "
    "Frank, Rocky"
)

# Brands named after people (not persons).
BRANDS = _items(
    "Chef Boyardee, Papa John's, Jim Beam, Jose Cuervo, Captain Morgan, Baskin-Robbins, Fred "
    "Perry, Jack Wolfskin, Tom Ford, Harry Winston, Aston Martin, Christian Louboutin, Jean "
    "Paul Gaultier, Pierre Cardin, Van Cleef & Arpels, Veuve Clicquot, Marie Callender's, Tommy "
    "Bahama, Lilly Pulitzer, Vera Bradley, Vivienne Westwood, Salvatore Ferragamo, Paul "
    "Mitchell, Helena Rubinstein, Max Factor, Elizabeth Arden, Charles Tyrwhitt, Thomas Pink, "
    "Mary Kay, Guerlain, Yves Rocher, Donna Karan, Isabel Marant, Emilio Pucci, Roberto "
    "Cavalli, Nathan's Famous, Arby's, Hardee's, Zaxby's, Long John Silver's"
)

# Firms and shops named after people (not persons).
FIRMS = _items(
    "Lehman Brothers, Arthur Andersen, Eli Lilly, Sainsbury's, Selfridges, Harrods, Ogilvy & "
    "Mather, Bausch + Lomb, Johnson Matthey, John Deere, Knight Frank, Savills, Allen & Overy, "
    "Clifford Chance, Linklaters, Freshfields, McKinsey, Bain & Company, Lazard, Rothschild & "
    "Co, Pinkerton, Gillette, Hilton Hotels, Marriott, Wyndham, Barnes & Noble, Crate & Barrel, "
    "Abercrombie & Fitch, Williams-Sonoma"
)

# Places that are, or contain, given names.
PLACES = _items(
    "Santa Rosa, Saint Helena, Charleston, Annapolis, Virginia Beach, St. Albans, Chelsea, St. "
    "Kilda, Port Douglas, Lafayette, Marietta, Louisville, Josephine County, St. Helens, Port "
    "Harcourt, Fort Worth, Mount Gambier, Port Lincoln, Caroline Springs, San Fernando, Santa "
    "Fe, Santa Cruz, Williamsburg, San Marino, Sainte-Marie"
)

# Holidays and days named after people.
HOLIDAYS = _items(
    "Bastille Day, St. John's Eve, Juneteenth, Epiphany, Whit Monday, Candlemas, Lammas, Good "
    "Friday, St. Martin's Day, King's Birthday, Victoria Day, Australia Day, Labour Day, "
    "Washington's Birthday, Burns Night, Walpurgis Night, Mardi Gras, St. Joseph's Day"
)

# Titles of works whose title is a character's name (always written as a title).
WORKS = _items(
    "Heidi, Coraline, Juno, Othello, Macbeth, King Lear, Peter Pan, The Picture of Dorian Gray, "
    "Ethan Frome, Uncle Vanya, Hedda Gabler, Lady Bird, Erin Brockovich, Lolita, Nicholas "
    "Nickleby, Martin Chuzzlewit, Jude the Obscure, Adam Bede, Tom Jones, Clarissa, Evelina, "
    "Frankenstein, Dracula, Ivanhoe, Rob Roy, Hamlet, Julius Caesar, Coriolanus, Cyrano de "
    "Bergerac, Eugene Onegin, Oblomov, Effi Briest, Thérèse Raquin, Gigi, Carmen, Tosca, Aida, "
    "Rigoletto, Manon Lescaut, Madama Butterfly, Fidelio, Villette, Agnes Grey, Mrs Dalloway, "
    "Billy Budd, Stuart Little, Charlotte's Web, Madeline, Shrek, Mulan, Moana, Aladdin, "
    "Pinocchio, Bambi, Dumbo"
)

# Dishes and drinks named after people.
DISHES = _items(
    "Carpaccio, a Bellini, Lady Grey tea, Madeleines, Charlotte russe, Chicken Kiev, a John "
    "Collins, Pêche Melba, Steak Diane, Eggs Sardou, Lobster Thermidor, Veal Orloff, Chicken "
    "Marengo, Pasta alla Norma, Salisbury steak, Tarte Tatin, Apple Charlotte, Battenberg cake, "
    "Victoria sponge, Princess cake, Mozartkugeln, Baba au rhum, Savarin, Napoleon slice, Clams "
    "Casino, Crab Louie, Nesselrode pudding, Lamingtons, Anzac biscuits, Kir Royale, Negroni, "
    "Rob Roy cocktail, Harvey Wallbanger, Mary Pickford cocktail, Tom and Jerry"
)

# Famous streets named without a house number: not an address.
FAMOUS_STREETS = _items(
    "Michigan Avenue, Savile Row, Portobello Road, Broadway, Lexington Avenue, Park Lane, "
    "Piccadilly, Downing Street, Fleet Street, Threadneedle Street, Shaftesbury Avenue, Unter "
    "den Linden, Königstraße, Maximilianstraße, Kärntner Straße, Via Montenapoleone, Gran Vía, "
    "Paseo de la Castellana, Avenida Paulista, Wangfujing, Omotesando, Khao San Road, Collins "
    "Street, Bourke Street, Sauchiehall Street, O'Connell Street, Damrak, Kalverstraat, "
    "Strøget, Drottninggatan, Karl Johans gate, Khreshchatyk, Istiklal Avenue, Ocean Drive, "
    "Magnificent Mile, Pennsylvania Avenue, Hollywood Boulevard, Lincoln Road"
)

# User names made of words (not persons).
USERNAMES = _items(
    "lemon_tart, bluecheese99, night_owl_42, pixelpirate, mossy.rock, tea4two, captain_crunchy, "
    "sleepyotter, gravel_road, neonsocks, cloudberry7, rust_bucket, paper.crane, snackattack, "
    "fennel_fan, soggy_waffle, tinfoil.hat, kettle_drum, sprocket88, velvet_moth, "
    "grumpy.cactus, dusty_attic, bramble_jam, orbit_snail"
)

# Products named after people or firms (not persons).
PRODUCTS = _items(
    "Ford Fiesta, Mercedes-Benz Sprinter, Ferrari Roma, Jordan 1s, a Dyson hairdryer, Zeiss "
    "lenses, Bosch dishwasher, Miele vacuum, Philips Hue bulbs, Kellogg's cornflakes, Heinz "
    "ketchup, Cadbury fingers, Diesel jeans, Porsche Cayenne, a Tesla Model Y, a Casio G-Shock, "
    "Levi's 501s, a Singer sewing machine, a Gibson SG, Hoover bags, Maserati Ghibli, "
    "Lamborghini Urus, Dodge Ram, Chrysler Pacifica"
)

# Non-person uses of the given names that are also English words (look-alikes).
WORD_NAME_PHRASES = _items(
    "the dawn shift, ivy on the back fence, a holly wreath, the robin feeder, a penny jar, "
    "iris scanner, hazel eyes, pearl earrings, a sandy beach towel, rusty hinges, "
    "rocky road ice cream, a june bug, Dawn dish soap, Holly berries, Robin Hood's Bay, "
    "a Penny Black stamp, Iris recognition, Hazelnut spread, Pearl Harbor, sandy soil, "
    "rusty nails, the Rocky Mountains, June gloom, a joy ride, pearl barley, the Ivy League, "
    "a Chase credit card, a frank talk"
)
