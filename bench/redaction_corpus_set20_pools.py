"""Set 20's name pools: given names and surnames of many cultures, written for this set.

No name word here occurs in the text of sets 13-19: a one-off script printed only this file's
overlapping words, which were struck out or replaced by rarer names.
"""

from __future__ import annotations

# culture -> (given names, surnames), whitespace separated; "_" joins a particle surname.
CULTURES: dict[str, tuple[str, str]] = {
    "us": (
        (
            "Alton Cletus Dewitt Elmo Grover Hollis Ivo Jethro Kip Linus Merle Newt Obadiah "
            "Rudolph Truett Virgil Waylon Zebulon Adelia Bettina Cleora Delphia Eudora Fronie "
            "Gussie Hattie Idella Jettie Lavada Minerva Nettie Oleta Rhoda Tressie Velma Zella "
            "Ardith Belva Corliss Dovie Elvira Flossie Gaynell Hester Iola Kathlyn Letha Mavis "
            "Neva Ozella Reva Shirlene Twila Verna Fenella Hermione Ptolemy Lettice Jocasta "
            "Tarquin Araminta Ferdinand Barnabas Rollo Sholto Wilfred Euphemia Clemency Torquil "
            "Ianthe"
        ),
        (
            "Applewhite Boatwright Cheatham Dabney Faircloth Grissom Ingersoll Jernigan Ledbetter "
            "McWhorter Nesmith Rakestraw Tillotson Venable Whitlock Arbuckle Crumpler Epperson "
            "Fogleman Gaskins Hinshaw Isbell Justus Kilgore Lunsford Norsworthy Overstreet "
            "Puckett Quattlebaum Rountree Shuford Tweedy Vandiver Mainwaring Wrottesley Pouncey "
            "Fettiplace Dashwood Etherington Blenkinsop Pocklington Throckmorton Hepplewhite "
            "Gotobed Scrivener"
            " DeRosa"
        ),
    ),
    "ie": (
        (
            "Éanna Fiachra Laoise Ruadhán Aodhán Eithne Fachtna Líadan Meadhbh Neasa Odhrán Ríona "
            "Úna"
        ),
        (
            "Ó_Ceallacháin Breathnach Delaney Fogarty Hennessy Keohane Nagle Quirke Shanahan "
            "Ahern Cronin Galvin Hurley Lucey Mulqueen"
            " McAuliffe Ní_Riain"
        ),
    ),
    "de": (
        (
            "Adelheid Berthold Clemens Edeltraud Frowin Giselher Jost Kriemhild Meinrad Notburga "
            "Oswin Rotraut Swantje Traudel Bernward Ekkehard Gerwin Irmtraud Reinmar Sigmar "
            "Traugott Wendelin"
        ),
        (
            "Aufderheide Bökenkamp Dreesmann Eisenreich Grotefend Hüttenrauch Isenberg Jungnickel "
            "Kratzert Lüdemann Mittelstaedt Ottmüller Plöchinger Quandt Rettenmaier Schlotterbeck "
            "Tiefenbacher Unverzagt Vierling Wachtendorf Zauner Bräutigam Edelmann"
            " zu_Ysenburg von_Hohenau"
        ),
    ),
    "fr": (
        (
            "Barnabé Calixte Dieudonné Eulalie Fulbert Gonzague Hyacinthe Jehanne Léocadie "
            "Marcelin Oriane Pétronille Raphaëlle Sosthène Tiphaine Urbain Wandrille Bertille "
            "Foucauld Guillemette Hippolyte"
        ),
        (
            "Boisvert Champoux Dessureault Frappier Grandbois Hamelin Jolicœur Larochelle "
            "Morissette Nadeau Ouimet Plamondon Rivard Sauvageau Tremblay Vézina Archambault "
            "Cloutier Gagnon Laflamme Pouliot"
            " St-Onge LaFleur Ould-Braham"
        ),
    ),
    "es": (
        (
            "Brígida Cayetano Dionisia Epifanio Fermina Gumersindo Herminia Isidoro Jovita "
            "Ludovico Melquíades Nemesio Obdulia Pancracio Rufina Severiano Teodomiro Visitación "
            "Wenceslao Zoila Casilda Eufemia Filiberto Gaudencio Higinio Justa"
        ),
        (
            "Aguirrezabal Belmonte Caballero Dávila Fuentealba Garmendia Hurtado Irigoyen "
            "Jáuregui Manzanares Pedraza Quevedo Riquelme Saavedra Trujillo Uribe Yáñez Zubiría "
            "Benavides Carranza"
        ),
    ),
    "it": (
        (
            "Bonaventura Egidio Liborio Marcellina Orfeo Prospero Sabatino Taddeo Umberto "
            "Venerando Zaira Adalgisa Cirillo Eufrasia"
        ),
        (
            "Albanese Bertolucci Capobianco Di_Benedetto Evangelisti Ferraiolo Gallucci "
            "Lombardozzi Nardelli Occhipinti Trombetta Ventimiglia Barbagallo Cacciatore "
            "Guarnieri"
            " D'Onofrio Dall'Orto"
        ),
    ),
    "pl": (
        (
            "Apolonia Dionizy Gerwazy Hipolit Izydor Jarogniew Kunegunda Ludmiła Marianna "
            "Nepomucen Onufry Protazy Rozalia Sulisław Tekla Władysława Zenobia Ignacy Wawrzyniec"
        ),
        (
            "Andrzejewska Bartoszewicz Dudzińska Gołębiowski Hejmowska Kwiatkowski Łopuszańska "
            "Mazurkiewicz Nawrocka Olszewski Pawlikowska Rogalski Siwiec Trzaskowska Wilczyński "
            "Kościelniak Bielecki Chojnacka"
        ),
    ),
    "in": (
        (
            "Abhimanyu Bhagyashree Chandrashekhar Dhananjay Ekambaram Girija Hemalatha Indrajit "
            "Jayalakshmi Kamalakar Leelavathi Manikandan Parvathi Rukmini Saraswathi Thirumalai "
            "Vasundhara Anantha Balaji Devendra Harinder Jaswinder Kuldeep"
        ),
        (
            "Bhandarkar Chhabra Easwaran Hiremath Jhunjhunwala Kamath Lalwani Parulekar "
            "Rajadhyaksha Sabharwal Vaidya Zutshi Bhosale Choudhury Karnik Nagarajan Sundaresan"
        ),
    ),
    "cn": (
        (
            "Fengying Guiying Huilan Jinhai Kunpeng Liqiang Mingxuan Pengfei Qingshan Ruixiang "
            "Shaoqing Xiaobo Bingbing Chenguang Guozhi Hongbin Jingwen Lanfang"
        ),
        ("Zhuo Mei Lou Cen Sima Zhuge Shangguan"),
    ),
    "ng": (
        (
            "Ganiyu Ibukunoluwa Jideofor Nkechinyere Obafemi Remilekun Segilola Tobiloba Uzoamaka "
            "Wuraola Zubairu"
        ),
        (
            "Bamgbose Chukwuma Dikko Egbuna Gambari Jegede Kuti Mbanefo Olanrewaju Sanusi Tinubu "
            "Wike Ibekwe"
        ),
    ),
    "br": (
        (
            "Adamastor Benedita Clodoaldo Dulcineia Edinaldo Genival Ivanilde Lucinéia Manoel "
            "Nazaré Olegário Terezinha Ubirajara Valdomiro Zenaide Doralice"
        ),
        ("Barbalho Junqueira Mascarenhas Nóbrega Queiroga Uchôa Caldas"),
    ),
    "ph": (
        (
            "Arnulfo Corazon Dodong Erlinda Filemon Gloriosa Honorato Inday Manolito Nilda "
            "Perlita Teofilo Amihan Rosalinda"
        ),
        ("Bagatsing Cojuangco Dagohoy Estrada Gatdula Lumbera Roxas Agoncillo"),
    ),
    "rare": (
        (
            "Brynjar Dragomir Eirlys Fridtjof Gwenllian Iolanthe Kalliope Lauritz Mstislav Njord "
            "Pelagia Svanhildur Tormod Ulfhild Vebjørn Wojsław Anzhelika Borislava Cvetka Dobrila "
            "Evdokia Fotini Gunnbjörn Hjørdis Zarvessa Ilthorne Brevanna Calvadris Ezvelle "
            "Grivelda Istavane Jorvelle Morvessa Nethraine"
        ),
        (
            "Abrahamsen Bjørnstad Dobrev Evangelou Fröding Grímsdóttir Haugland Ivanišević "
            "Jakobsdóttir Mikkelsen Nørgaard Quennell Rønning Skarsgård Thorvaldsen Uddgren "
            "Vestergaard Wennerström Xenakis Zografos Brixworth Clovelly Dunmarrow Emberwick "
            "Faircastle Gildersleeve Hollowmere Ivesdale Kittering Larkhollow Mournsby Dorrimund "
            "Fenwhistle Hollenbrook Kestravel Lumbrith"
            " van_Wijngaarden van_der_Heijden ten_Brink de_Wulf al-Zubaidi"
        ),
    ),
}

# Given names that are also English words: persons in texts with PII, plain words in look-alikes.
WORD_GIVEN = (
    "Bliss Comfort Fortune Goodness Liberty Memory Miracle Paisley Birdie Colt Archer Porter "
    "Journey Victory Topaz Jewel Constance Rod Deacon Ransom Sparrow Zephyr Blossom Divine"
)
