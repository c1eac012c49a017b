"""Set 19's person pools: ordinary names of sixteen countries plus rarer and invented ones.

Written for set 19 without reading the detector or the other generators. A one-off script
(not kept) printed which of these words occur anywhere in the text of ``set13.jsonl`` to
``set18.jsonl`` (folded to ASCII as well), and every such name was struck out, so common names
that the earlier sets had taken (most Anglo, Spanish and Chinese ones) are missing on purpose.
"""

from __future__ import annotations

# culture: (given names, surnames), comma-separated. Polish surnames are "masculine/feminine"
# pairs or one form.
_CULTURE_TEXT: dict[str, tuple[str, str]] = {
    "us": (
        (
            "Kimberly, Brittney, Melissa, Stephanie, Danielle, Shannon, Caitlin, Jasmine, "
            "Marissa, Tabitha, Rhonda, Tammy, Keisha, Jamal, DeShawn, Terrell, Reginald, "
            "Kendrick, Brett, Landon, Jeremiah, Isaiah, Everett, Curtis, Darryl, Kirsten, "
            "Tristan, Kinsley, Raelynn, Jalen, Lakisha, Maribeth, Thaddeus, Ezra, Lonnie, "
            "Randall"
        ),
        (
            "Henderson, Patterson, Powell, Simmons, Bryant, Griffin, Hayes, Wallace, Owens, "
            "Reynolds, Crawford, Ferguson, Hawkins, Perkins, Gardner, Matthews, Armstrong, "
            "Lawson, Wheeler, Montgomery, Morrison, Burton, Frazier, Hopkins, Barnett, "
            "Shelton, Fletcher, Rhodes, Dawson, Ramsey, Baldwin, Hubbard, Reeves, Higgins, "
            "Swanson, Yates, Saunders, Copeland, Massey, Underwood, Phelps, Atkins, Hendrix, "
            "Abernathy, Hollingsworth"
        ),
    ),
    "uk": (  # UK, Ireland, Australia, Canada
        (
            "Ieuan, Carys, Gavin, Geoffrey, Toby, Rory, Angus, Fraser, Philippa, Arabella, "
            "Kerensa, Sheree, Kylie, Shayne, Darcy, Brodie, Bronte, Tahlia, Gwilym, Angharad, "
            "Sioned, Catriona, Ruaridh, Cillian, Muireann, Nuala, Enda"
        ),
        (
            "Ormerod, Dewhurst, Beresford, Gillespie, Lennox, Sinclair, Galbraith, Docherty, "
            "Gallacher, McGuigan, Tierney, Moloney, Costello, Devlin, Fitzpatrick, Hegarty, "
            "Nolan, Phelan, Tobin, Whelan, Prothero, Bevan, Howells, Meredith, Nankervis, "
            "Halliwell, Illingworth, Aspinall, Kershaw, McIlroy, Donnelly, Cassidy, "
            "Mulholland, McFadden, Coughlan, Buckley, Hickey"
        ),
    ),
    "de": (  # Germany, Austria, Switzerland
        (
            "Rainer, Manfred, Ulrich, Matthias, Tobias, Florian, Lukas, Jonas, Korbinian, "
            "Quirin, Ute, Anja, Nadine, Jana, Lena, Leonie, Johanna, Theresa, Franziska, "
            "Veronika, Irmgard, Gisela, Lotte, Frieda, Bernd, Ralf, Norbert, Sieglinde"
        ),
        (
            "Schmitt, Schulze, Krause, Herrmann, König, Huber, Scholz, Möller, Weiß, Hahn, "
            "Schubert, Winkler, Baumann, Albrecht, Böhm, Schumacher, Groß, Schreiber, Ziegler, "
            "Kühn, Brinkmann, Oberhuber, Pichler, Moser, Hofer, Leitner, Wimmer, Lechner, "
            "Aigner, Zürcher, Fässler, Bühler, Wyss, Käser, Rüegg, Hämmerli, Stauffacher, "
            "Rademacher, Lüdecke, Hinrichs, Brüggemann, Gottschalk, Hildebrandt"
        ),
    ),
    "fr": (  # France, Belgium, Brittany
        (
            "Sandrine, Brigitte, Sylvie, Corinne, Pascale, Élodie, Laurène, Héloïse, Apolline, "
            "Théo, Kylian, Gwenaël, Didier, Hervé, Romain, Quentin, Maxime, Florent, "
            "Jacqueline, Mireille, Odile, Gaston, Lucien, Gilles, Patrice, Sylvain, Rodolphe, "
            "Maiwenn, Soizic, Goulven"
        ),
        (
            "Bonnet, Boyer, Garnier, Legrand, Perrin, Clément, Morin, Gautier, Masson, Dufour, "
            "Meunier, Blanchard, Rivière, Gaillard, Renard, Leroux, Caron, Fabre, Dumas, "
            "Bourgeois, Rolland, Leclercq, Lecomte, Dupuy, Fleury, Aubry, Guyot, Ménard, "
            "Maillard, Léger, Perrot, Langlois, Lévêque, Monnier, Michaud, Chauvin, Humbert, "
            "Barthélemy, Lejeune, Delaunay, Pasquier, Laporte, Claes, Peeters, Janssens, "
            "Mertens, Goossens, Wouters, Vermeulen, Verstraete, Le Floch, Quéméneur, Guivarc'h"
        ),
    ),
    "es": (  # Spain (with Basque and Catalan names) and Mexico
        (
            "Alejandra, Unai, Gorka, Asier, Oriol, Arnau, Sergi, Ferran, Jacobo, Emiliano, "
            "Heriberto, Ezequiel, Leonel, Guillermo, Graciela, Azucena, Fidel, Evaristo, "
            "Zacarías, Milagros, Jimena, Iratxe, Amaia, Irati, Ekaitz, Xiadani, Tonatiuh, "
            "Covadonga, Candela"
        ),
        (
            "Muñoz, Álvarez, Alonso, Molina, Suárez, Rubio, Marín, Sanz, Cortés, Prieto, "
            "Calvo, Gallego, Márquez, Caballero, Nieto, Pascual, Herrero, Montero, Hidalgo, "
            "Giménez, Ibáñez, Durán, Carmona, Crespo, Moya, Soler, Pardo, Merino, Espinosa, "
            "Rivas, Arroyo, Redondo, Luque, Galán, Segura, Guzmán, Zavala, Tapia, Orozco, "
            "Sandoval, Velázquez, Meza, Beltrán, Zepeda, Cuevas, Mejía, Salinas, Acosta, "
            "Robles, Peralta, Palacios, Ponce, Casals, Roig"
        ),
    ),
    "it": (
        (
            "Gabriele, Edoardo, Giacomo, Pietro, Filippo, Maurizio, Claudio, Carmine, Ciro, "
            "Rocco, Camilla, Silvia, Paola, Daniela, Carmela, Nunzia, Ercole, Ruggero, "
            "Tiziano, Costanza, Ippolita, Lucrezia, Letizia, Noemi, Arianna, Elio, Dario, "
            "Mirko, Loris"
        ),
        (
            "Romano, Fontana, Caruso, Ferrara, Coppola, Parisi, Ferraro, Fabbri, Marini, "
            "Valentini, Messina, Gatti, Farina, Rizzi, Amato, Mazza, Grassi, Pellegrino, "
            "Carbone, Giuliani, Benedetti, Barone, Rossetti, Montanari, Palmieri, Bernardi, "
            "Ferretti, Basile, Donati, Piras, Vitali, Battaglia, Sartori, Costantini, Milani, "
            "Pagano, Ruggiero, Sorrentino, Castellano, Iannuzzi, Capuano, Bortolotti"
        ),
    ),
    "pl": (
        (
            "Michał, Łukasz, Kamil, Mateusz, Jakub, Szymon, Wiktor, Zenon, Teodor, Dominik, "
            "Kacper, Oskar, Konrad, Jerzy, Ludwik, Renata, Karolina, Weronika, Zuzanna, "
            "Wiktoria, Oliwia, Aneta, Alicja, Dagmara, Paulina, Emilia, Milena, Roksana, "
            "Izabela"
        ),
        (
            "Nowakowski/Nowakowska, Pawłowski/Pawłowska, Majewski/Majewska, Górski/Górska, "
            "Rutkowski/Rutkowska, Ostrowski/Ostrowska, Tomaszewski/Tomaszewska, "
            "Zalewski/Zalewska, Jakubowski/Jakubowska, Jasiński/Jasińska, Sawicki/Sawicka, "
            "Sokołowski/Sokołowska, Maciejewski/Maciejewska, Kucharski/Kucharska, "
            "Wysocki/Wysocka, Wasilewski/Wasilewska, Czerwiński/Czerwińska, "
            "Zakrzewski/Zakrzewska, Sikorski/Sikorska, Gajewski/Gajewska, "
            "Baranowski/Baranowska, Brzeziński/Brzezińska, Ziółkowski/Ziółkowska, Wieczorek, "
            "Pawlak, Szewczyk, Marciniak, Kubiak, Mazurek, Kaźmierczak, Cieślak"
        ),
    ),
    "in": (
        (
            "Vihaan, Reyansh, Shaurya, Advik, Saanvi, Aadhya, Anika, Navya, Kiara, Riya, "
            "Meera, Padma, Revathi, Harini, Gayatri, Deepak, Sanjay, Mahesh, Ganesh, Srinivas, "
            "Manoj, Vinod, Anil, Sunil, Ajay, Rohit, Saurabh, Ankit, Pratik, Chirag, Jatin, "
            "Pankaj, Sachin, Tushar, Vivek, Manisha, Rekha, Archana, Smita, Tejaswini, "
            "Vaishnavi"
        ),
        (
            "Verma, Bansal, Goel, Mittal, Singhal, Jindal, Khandelwal, Maheshwari, Srivastava, "
            "Dubey, Shukla, Tripathi, Chaturvedi, Dwivedi, Bhatt, Pathak, Pawar, Shinde, "
            "Gaikwad, Chavan, Kadam, Kurup, Krishnan, Ramanathan, Balasubramanian, Natarajan, "
            "Sundaram, Rajagopal, Gopalan, Narayanan, Mondal, Biswas, Sarkar, Parikh, Chauhan, "
            "Rathore, Solanki, Parmar, Dhillon, Sidhu, Brar, Bajwa, Kohli, Sahni"
        ),
    ),
    "cn": (  # written family name first 40% of the time
        (
            "Xiaohong, Haiyan, Yuying, Muchen, Shiyu, Zixuan, Yutong, Mengqi, Siyu, Wenjing, "
            "Lijuan, Xiulan, Guiying, Jianhua, Weidong, Xiaoli, Jiahao, Zhiqiang, Yongmei, "
            "Guihua, Jinlong, Chengzhi, Weiguo, Baozhen"
        ),
        (
            "Zhong, Liao, Zou, Xiong, Mao, Shao, Wen, Yan, Pang, Shang, Geng, Niu, Tong, Lian, "
            "Kuang, Chai, Ruan, Zhuang, Sheng, Rong, Zhan, Weng"
        ),
    ),
    "ng": (
        (
            "Ebuka, Nkem, Tochukwu, Somtochukwu, Chinwe, Oluwatobi, Olusegun, Abimbola, Aminu, "
            "Garba, Yakubu, Efosa, Osagie, Eghosa, Osaro, Ivie, Oghenekaro, Ejiro, "
            "Tamunotonye, Ibinabo, Boma, Godspower, Goodluck, Kingsley, Emmanuella, Ugochi, "
            "Chibuzo, Okechukwu, Onyinye, Ifeanyi"
        ),
        (
            "Nnaji, Onwuka, Bamidele, Adeniyi, Ayodeji, Suleiman, Aliyu, Danladi, Gambo, "
            "Shehu, Igbinedion, Ehigie, Omoregie, Aigbe, Obaseki, Ogbeide, Ighodaro, Fubara, "
            "Dokubo, Amadi, Okparaeke, Emenike, Nwafor, Agbo, Odunsi, Akintola, Olatunji, "
            "Oyinlola, Adesanya, Nwokolo, Obiechina, Uzodinma"
        ),
    ),
    "br": (  # Brazil and Portugal
        (
            "Guilherme, Davi, Heitor, Bernardo, Yasmin, Raíssa, Jaqueline, Cristiane, Luciana, "
            "Adriana, Aparecida, Reinaldo, Cleiton, Rivaldo, Adriano, Jurandir, Everton, "
            "Benedito, Expedito, Otávio, Emerson, Neuza, Zilda, Iara, Jussara"
        ),
        (
            "Soares, Vieira, Nunes, Monteiro, Barros, Coelho, Peixoto, Leite, Farias, Pires, "
            "Batista, Aragão, Macedo, Maia, Valente, Cunha, Sobral, Cordeiro, Amaral, Bastos, "
            "Brito, Teles, Novaes, Lemos, Godinho, Fagundes, Mattos, Paiva, Camargo, Antunes, "
            "Rebelo, Simões, Mourão, Gusmão, Galvão, Ramalho"
        ),
    ),
    "ph": (
        (
            "Jhon, Angelito, Efren, Manny, Jonalyn, Jhoanna, Jenalyn, Rosalie, Bienvenido, "
            "Nestor, Crisanto, Corazon, Leonisa, Marilou, Rowell, Ronnel, Arvin, Erwin, Lito, "
            "Ellaine, Cecille, Marlyn, Pacita, Lanie, Jessa, Shaira, Marjorie, Mayeth, "
            "Lorelie, Rizalina"
        ),
        (
            "Andrada, Domingo, Agustin, Samson, Sison, Dumalagan, Lumbao, Manansala, Sibal, "
            "Malonzo, Roxas, Tagle, Vergara, Yabut, Bituin, Dimaano, Macapagal, Villareal, "
            "Esguerra, Inocencio, Mabini, Maglaya, Mendiola, Quiñones, Salonga, Tiongson, "
            "Zialcita, Ancheta, Calimlim, Dagohoy, Espiritu, Guevarra, Ilustre, Lapid, "
            "Nolasco, Pineda, Tumang"
        ),
    ),
    "rare": (  # Nordic, Baltic, Hungarian, Turkish, Greek, Balkan, Arabic, invented
        (
            "Quorra, Vaelin, Idrenne, Maelwen, Torvald, Corisande, Leopoldine, Ottokar, "
            "Radegund, Hrafnhildur, Sigurlaug, Kjartan, Ragnheiður, Vytautas, Daiva, Gintarė, "
            "Kęstutis, Aušra, Gergely, Bálint, Csaba, Ildikó, Enikő, Szabolcs, Özlem, Ebru, "
            "Tuncay, Panagiotis, Eleftheria, Stavroula, Chrysoula, Evangelos, Spyridon, "
            "Snežana, Zoran, Branislav, Yousef, Hamza, Orlaith, Brisendra, Morwenna, Jessamy, "
            "Tobiah, Cosima, Linnea, Halvard, Bjørnar, Ingvild, Tuomas, Pirjo, Katariina"
        ),
        (
            "Halvarsson, Drummellan, Ostrander, Vellichor, Brackwater, Kettleby, van Leeuwen, "
            "van Dijkhuizen, de Wit, van Rossum, van der Plas, von Bredow, Mac Lochlainn, "
            "Ní Bhraonáin, ter Borg, zu Solms, de la Vega, del Olmo, Ó Dubhghaill, Ní Chonaill, "
            "al-Hashimi, bin Sulaiman, Le Quéré, Di Benedetto, O'Loughlin, L'Écuyer, "
            "Saint-Amand, van Oostveen, de Kruijf, ter Haar, von Trotha, Al-Mutairi, el-Amin, "
            "Ó Murchadha, Tóth, Şahin, Nikolić, Mansour, Korhonen, Mäkinen, Haugen, Solberg, "
            "Jankauskas, Kazlauskas, Ozoliņš, Vaskelis, Haraldsen, Magnússon, Einarsdóttir, "
            "Rautio, Koivisto, Salminen, Lindahl, Sjöberg, Brekke, Thorsen, Holmqvist, "
            "Tsereteli, Melikyan, Grigoryan, Papazian, Demirci, Arslan, Farkas, Balogh, "
            "Lukács, Dumitru, Stoica, Vlasenko, Shevchuk, Kravchenko, Hadžić, Kovačević, Babić"
        ),
    ),
}


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(","))


CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    culture: (_names(given), _names(surnames))
    for culture, (given, surnames) in _CULTURE_TEXT.items()
}

# Given names that are also English words: persons in positives, plain words in look-alikes.
WORD_GIVEN: tuple[str, ...] = _names(
    "Brook, Gene, Buck, Heath, Prudence, Trinity, Precious, Blessing, Promise, Favour, Peace, "
    "Justice, Duke, Aspen, Myrtle, Posy, Kitty, Scout, Lark, Dove, Gale, Carol, Merry, Lucky, "
    "Earnest"
)

# Women's given names of the Polish pool (they take the feminine surname form).
POLISH_FEMININE = frozenset(
    _names(
        "Renata, Karolina, Weronika, Zuzanna, Wiktoria, Oliwia, Aneta, Alicja, Dagmara, Paulina, "
        "Emilia, Milena, Roksana, Izabela"
    )
)

# Drawing weights of the cultures (the rare pool stands for everyone else).
CULTURE_WEIGHTS: dict[str, int] = {
    "us": 14, "uk": 10, "de": 7, "fr": 7, "es": 8, "it": 6, "pl": 5, "in": 9, "cn": 6, "ng": 7,
    "br": 6, "ph": 5, "rare": 8,
}  # fmt: skip


def all_given() -> list[str]:
    return [g for given, _ in CULTURES.values() for g in given] + list(WORD_GIVEN)


def all_surnames() -> list[str]:
    return [form for _, surnames in CULTURES.values() for s in surnames for form in s.split("/")]
