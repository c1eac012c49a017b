"""Set 25's person pools (written blind; see data/pii/README.md, "set25").

Most names are invented from the sound patterns of each culture, about a quarter are real but
uncommon; none shares a word with a text of sets 13-24 (checked once by a one-off script that
printed only this file's words). Each pool is (given names, surnames, family name first share).
"""

# ruff: noqa: RUF001  (names and coordinates keep their own letters: dotless i, primes)

from __future__ import annotations

# culture -> (given names, surnames, share of people written family name first); each pool is
# one comma-separated string so that the lists stay short.
_POOLS: dict[str, tuple[str, str, float]] = {
    "english": (
        (
            "Aldwyn, Brennick, Corvina, Garrow, Jessamine, Merrick, Orrin, Pruella, Rowenna, "
            "Tamerlyn, Yardley, Zennor, Brinsley, Hollister, Wendeline, Carrowe, Bexley, Linnea, "
            "Averil, Oswy, Pelham, Kitteridge, Rosmerta, Alwen, Edrys, Cadogan"
        ),
        (
            "Ashcombe, Blenkiron, Cattermole, Dewhirst, Jaggard, Mottershead, Outhwaite, Pilbeam, "
            "Rudgewick, Scattergood, Underhay, Yeandle, Brackenbury, Thorniley, Pennycuick, "
            "Gosforth-Tapsell, Sallowfield, Bagshawe, Cheesewright, Dimmock, Fotheringale, "
            "Hazeldine, Kimberlin, Loxley, Muttlebury, Nethercott, Twelvetrees, Wickenden"
        ),
        0.0,
    ),
    "german": (
        (
            "Bertwin, Dietlind, Friedelind, Irmhild, Jobst, Lutwin, Meinolf, Traugott, Volkrad, "
            "Swanhild, Hildeburg, Ermentrud, Liutgard, Ruprecht, Heilwig, Adalbero, Odilie, "
            "Wendelgard"
        ),
        (
            "Brettschneider, Dörrfeld, Eulenbruch, Grimmelhaus, Hasselkamp, Irrgang, Kaltenbrunn, "
            "Mühlhaupt, Nüßlein, Ochsenreiter, Quadflieg, Riesterer, Übelhör, Wendeborn, "
            "Zapfelberg, von Rabenau, Schwertfeger, Dornbusch, Haberkorn, Pflugbeil, Wetzlaufer, "
            "Kübelbeck, Zinngießer"
        ),
        0.0,
    ),
    "french": (
        (
            "Doriane, Isaure, Léandre, Solenn, Valérien, Yseult, Bérangère, Sixtine, Anselmine, "
            "Bathilde, Corentine, Eudoxie, Floriane, Guénolé, Lisandre, Marceline, Évrard"
        ),
        (
            "Beauchêne, Cazenave, Delacourtie, Esquerré, Fontanieu, Garrigou, Isnardon, Jouvenel, "
            "Lacombrade, Mauvezin, Noguérède, Roquemaure, Sauvageon, Tourvieille, Vaucanson, "
            "d'Arvillers, de la Brosse-Aucher, Chastelain, Dufourcq, Gaudichon, Lestrade, "
            "Malbranque, Pouyanne, Rivarolle, Vignancour"
        ),
        0.0,
    ),
    "spanish": (
        (
            "Bernardina, Dorotea, Maximino, Nicasio, Onésima, Gregoria, Casimira, Heliodoro, "
            "Rosendo, Marcelina, Evarista, Hipólita"
        ),
        (
            "Alcañiz, Echegaray, Fuenmayor, Garcinuño, Hontoria, Navascués, Olaechea, Peñalver, "
            "Robledillo, Sotomonte, de Ulloa, Bolumburu, Cañizares, Escalona, Larrañeta, "
            "Montejurra, Oyarbide, Sanjurjo, Valdeolmos, Peñalver Oyarbide"
        ),
        0.0,
    ),
    "portuguese": (
        (
            "Epaminondas, Laudelina, Ondina, Policarpo, Rosalvo, Teotónio, Zulmira, Belmira, "
            "Custódio, Gualdino, Idalina, Olímpio"
        ),
        (
            "Bettencourt, Carvalhosa, Espinheira, Figueiró, Penaguião, Ribafria, Tormenteira, "
            "Outeiro, Rebouças, Zuzarte, Vilaça, Mourisca, Caldeirinha, Barbosinha, Covilhã, "
            "Lamarão, Pestanha, Vidigueira, dos Aflitinhos Outeiro"
        ),
        0.0,
    ),
    "italian": (
        (
            "Bartolomeo, Callisto, Gismondo, Pasqualino, Tarcisio, Violante, Ausilia, Cosimina, "
            "Diomede, Ermelinda, Girolama, Lucrezio, Oderisio"
        ),
        (
            "Capodiferro, Gualtieri, Malacarne, Pagliarulo, Scannapieco, Brunascotti, Cervellati, "
            "Zanardelli, Lo Cascio, Mangiagalli, Pizzolorusso, Spadafora, Tortorella, "
            "Vinciguerra, Falzarano, Quagliotti, Rapisarda"
        ),
        0.0,
    ),
    "polish": (
        (
            "Gniewomir, Halszka, Mieczysława, Teofila, Wszebora, Dobiesław, Grzymisław, Mścisław, "
            "Przybysław, Sędziwoj, Wierzchosława, Zbysław"
        ),
        (
            "Chrząszcz, Dziewulski, Gąsiorowski, Kłosiński, Łopuszański, Ostrowiecki, "
            "Pszczółkowski, Rzepecki, Trzciński, Żurawski, Brzózkiewicz, Szymczakowska, "
            "Chmielowiec, Grzybowiak, Kwiatuszewski, Mrówczyński, Świerczyk, Wróblewicz"
        ),
        0.0,
    ),
    "slavic": (
        (
            "Svjatoslav, Velimir, Vsevolod, Yaropolk, Zvonimir, Bohuslava, Radovan, Snježana, "
            "Miloslava, Dragoslav, Ljubomir, Vojislava, Yevdokiya, Rostislav, Borimir"
        ),
        (
            "Kolesnichenko, Hrubeš, Dvořáček, Ostapchuk, Zhelyabov, Brankovič, Prokhorenko, "
            "Šťastný, Bezrukova, Kovalyshyn, Stojanovski, Vrbický, Zolotaryova, Drahomirov"
        ),
        0.0,
    ),
    "indian": (
        (
            "Anirvan, Bhavik, Chaitali, Ekansh, Falguni, Hiranmay, Ishanvi, Jagriti, Kavish, "
            "Nirmay, Ritvik, Urvashi, Sharvari, Adwait, Bhairavi, Chinmayee, Darshit, Hrishita, "
            "Manjusha, Parikshit, Shrinidhi, Vibhavari"
        ),
        (
            "Adhikarla, Chakravarthy, Ekbote, Inamdar, Jhaveri, Vaidyanathan, Kuppuswamy, "
            "Bhagwatkar, Thirunavukkarasu, Kolhatkar, Nimbalkar, Sathyamurthy, Tamhankar, "
            "Venkatraghavan, Wadekar"
        ),
        0.0,
    ),
    "chinese": (
        (
            "Yuexin, Zimo, Shuyao, Jingtian, Mingze, Xinyan, Lanxin, Boyuan, Wanting, Xiaotong, "
            "Yunshu, Qiaoyan, Sihan, Muqing, Jinyao, Ruochen, Haonan, Keran, Lingxiao, Yizhou"
        ),
        ("Tuoba, Zhangsun, Baili, Dongguo, Nanmen, Gongyang, Liangqiu, Zuoqiu, Mou"),
        0.6,
    ),
    "vietnamese": (
        ("Quế Lam, Cẩm Nhiên, Tường Nhàn, Xuyến, Lụa, Biếc Lam, Nhiên, Cẩm Xuyến, Quế Tường"),
        ("Viên, Phùng, Cù, Ninh, Tiêu, Ông, Lạc, Hầu"),
        0.65,
    ),
    "nigerian": (
        (
            "Folorunsho, Omotolani, Adeshewa, Ifeanyichukwu, Kosisochukwu, Ebubechukwu, "
            "Olamiposi, Tiwaloluwa, Nnamdiebube, Oluwadarasimi, Chukwunonso, Adebanke, "
            "Morenikeji, Obianuju"
        ),
        (
            "Adegbenro, Nwachukwuike, Ogunsanwo, Akinwunmi, Ezeobi, Adetokunboh, Okoroafor, "
            "Oyewumi, Anozie, Adegbenro-Ezeobi"
        ),
        0.0,
    ),
    "filipino": (
        (
            "Jerwin, Lovelyn, Arjhay, Reymart, Marjorette, Jayvee, Kimberlou, Jhemar, Rochelyn, "
            "Dhenmark, Mariefe, Jeffren, Lyka"
        ),
        (
            "Sumalinog, Villaluz, Dimaano, Tumangan, Pagulayan, Buenaflor, Sagisag, Tabuzo, "
            "Bacalso, Ylagan, dela Buenaflor"
        ),
        0.0,
    ),
    "arabic": (
        (
            "Haitham, Nawaf, Shahd, Thamer, Dalal, Ghassan, Rawabi, Ruwaida, Anwar, Shatha, "
            "Ghaida, Zuhair"
        ),
        (
            "El-Sayegh, Al-Harithy, Al-Sadoon, Bin Rashdan, Al-Zahrawi, Touqan, Al-Qaddumi, bin "
            "Shuwaish, El-Ghoneimy, Nabulsi, Al-Jubouri"
        ),
        0.0,
    ),
    "turkish": (
        (
            "Berkay, Doruk, Ecehan, Gökalp, Ilgın, Kutay, Pelinsu, Sarp, Alpaslan, Cansın, Deniz, "
            "Erkam, Gökçe, Nehir, Toprak"
        ),
        (
            "Karaosmanoğlu, Bozkurtlu, Çakıroğlu, Dumanlı, Kırımlı, Öztürkmen, Uzunçarşılı, "
            "Yelkenci, Demirkıran, Kalaycıoğlu, Taşdelen, Yüzbaşıoğlu"
        ),
        0.0,
    ),
    "nordic": (
        (
            "Bodil, Eldrid, Gudbrand, Hjördis, Ingolf, Leiv, Magnhild, Njål, Oddvar, Sigvald, "
            "Vebjørn, Torgunn, Arnfinn, Gunnvor, Haldis, Åsleik"
        ),
        (
            "Aasgaard, Gjerdrum, Hagelund, Kvamsdal, Myrvold, Nordhagen, Østerberg, Rydningen, "
            "Skjelbred, Tveitnes, Vågsether, Bjørkedal, Lysebotn, Ramstad, Sæterdal, Tørrisen"
        ),
        0.0,
    ),
    "invented": (
        (
            "Quorian, Velmara, Tessaly, Drovan, Calvion, Ysmeray, Orlavin, Brisennia, Phelanor, "
            "Sarovie, Teodrin, Vesperine, Caldrin, Omriel, Jessavyn, Elsmira, Ravinder"
        ),
        (
            "Vantrelle, Oskarvy, Quennard, Halvorsk, Brindemoor, Castavelle, Ulmwright, "
            "Dravinsky, Pellucci-Ostrevane, Marrowick, Ildessen, Thorncastle, Ambrevale"
        ),
        0.0,
    ),
}

CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    culture: (tuple(given.split(", ")), tuple(surnames.split(", ")), family_first)
    for culture, (given, surnames, family_first) in _POOLS.items()
}

# Given names that are also English words: persons in positives, plain words in look-alikes.
WORD_GIVEN: tuple[str, ...] = (
    "Sterling",
    "River",
    "Storm",
    "Raven",
    "Ray",
    "May",
    "April",
    "Art",
    "Page",
    "Rich",
    "Echo",
    "Royal",
    "Sky",
    "Trinity",
)

# Particles and generic name parts left aside by the novelty check.
PARTICLES = frozenset({"von", "de", "la", "dela", "dos", "lo", "bin", "al", "el", "d"})


def all_given() -> list[str]:
    return [g for given, _, _ in CULTURES.values() for g in given]


def all_surnames() -> list[str]:
    return [s for _, surnames, _ in CULTURES.values() for s in surnames]
