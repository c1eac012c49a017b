# ruff: noqa: RUF001
# (RUF001: names, streets and cities are written with their own diacritics.)
"""Set 10 of the harder PII corpora: ``data/pii/hard_holdout10.jsonl``, a BLIND held-out split.

3,000 sentences with PII spread evenly over seven registers (chat, ticket, search, review,
log, json, multiline) and 3,000 look-alikes without PII (``"negative": true``). Templates,
pools and value shapes are written afresh for this set. ``check_pools`` asserts on every run
that no given name, surname or street-name word of the pools occurs as a word in any gold span
value of the earlier files (``data/pii/*.jsonl`` other than this one) nor in the person and
street pools of sets 6-9; ``check_novelty`` asserts that no text, and no text skeleton (spans
and digit runs replaced by ``#``), is one of an earlier file. The redactor's code, tests and
docs were not read and the redactor was not run while this file was written.

Only generic helpers are imported: Luhn / mod-97 and the IBAN BBAN layouts from the set 6/7
generator, the seeded ``Draw`` and the ``skeleton`` function from the set 9 generator.

Templates are strings with slots ``{kind}``; PII kinds (``PII_KINDS``) become gold spans, every
other kind is filler. Gold conventions are the ones in ``data/pii/README.md`` (sets 6-9), plus
the two written in its section "Set 10" (PO boxes, IPv6 zone ids).

Run: ``python -m bench.redaction_corpus_set10`` (seed 101; byte-for-byte stable).
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import redaction_corpus_set8 as set8
from bench import redaction_corpus_set9 as set9
from bench import redaction_corpus_set67 as set67
from bench.make_redaction_corpus import OUT_DIR, write_set
from bench.redaction_corpus_set9 import Draw, ascii_fold, pattern, skeleton
from bench.redaction_corpus_set67 import IBAN_LAYOUTS, iban_numeric, iban_ok, luhn_digit, luhn_ok

SEED = 101
FILE = "hard_holdout10.jsonl"
POSITIVES = 3000
NEGATIVES = 3000
REGISTERS = ("chat", "ticket", "search", "review", "log", "json", "multiline")
MIN_GIVEN, MIN_SURNAMES, MIN_STREETS = 400, 400, 150


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


# -- people ------------------------------------------------------------------------------------
# Written for this set (fake combinations of common names of each culture). Names with a word
# in an earlier gold span or pool, or in this set's look-alike pools, are dropped by
# ``filtered_pools``; ``check_pools`` asserts that at least 400 given names and 400 surnames
# are left.
CULTURES: dict[str, tuple[str, str]] = {
    "yoruba": (
        "Olamide, Temitope, Oluwaseun, Adebayo, Folasade, Ayodeji, Omotola, Babatunde, Damilola, "
        "Kehinde, Titilayo, Olumide, Yewande, Gbenga, Bolanle, Ayomide, Oreoluwa, Ibukunoluwa, "
        "Moyosore, Eniola, Adetokunbo, Opeyemi, Tolulope, Morenike, Abiodun",
        "Adeyemi, Ogunleye, Oyelaran, Adesanya, Ogundipe, Akinwale, Olatunji, Adebisi, Fashola, "
        "Oyebanji, Ajayi, Ogunbiyi, Adegoke, Odukoya, Oyewole, Adeniran, Olaniyan, Akinola, "
        "Ogunsanya, Adewale, Fagbemi, Oladipo, Ayinde, Okunola, Adelabu, Oyesola",
    ),
    "hausa_kanuri": (
        "Abubakar, Zainab, Aminu, Hadiza, Sani, Rabi, Bashir, Maimuna, Lawal, Hauwa",
        "Danjuma, Yakubu, Garba, Dikko, Shehu, Kachalla, Bulama, Gwarzo, Tsafe, Kura",
    ),
    "ewe_ga": (
        "Selorm, Elikem, Mawuli, Dzifa, Nii, Naa, Korkor, Edem",
        "Agbenyega, Dzakpasu, Tetteh, Quaye, Lamptey, Ahiable, Kpodo, Gbeho",
    ),
    "bantu_east": (
        "Baraka, Neema, Juma, Zawadi, Rehema, Tumaini, Msafiri, Imani, Shukuru",
        "Mwakyusa, Kilonzo, Mutua, Makundi, Mrema, Kimaro, Massawe, Mushi, Lyimo",
    ),
    "luo_kalenjin": (
        "Achieng, Otieno, Adhiambo, Kiprono, Jepchirchir, Chebet, Kipchoge, Awuor",
        "Ochieng, Onyango, Odhiambo, Kiprotich, Rotich, Keter, Korir, Ouma",
    ),
    "shona_ndebele": (
        "Tatenda, Rudo, Tinashe, Farai, Nyasha, Chipo, Tafadzwa, Simbarashe",
        "Mapfumo, Chiwenga, Mutasa, Makoni, Mhlanga, Dube, Moyo, Sibanda",
    ),
    "malagasy": (
        "Hery, Fanja, Tojo, Voahangy, Rivo, Lalao, Mamy",
        "Rakotomalala, Andrianarisoa, Razafindrakoto, Ravelomanana, Randriamampionona, Rasoanaivo",
    ),
    "congolese": (
        "Mbuyi, Kabongo, Ngalula, Tshimanga, Mputu, Nsimba",
        "Kabasele, Tshisekedi, Mulumba, Kalombo, Ilunga, Mbayo, Lukusa",
    ),
    "berber_maghreb": (
        "Idir, Tiziri, Massinissa, Dihya, Yuba, Tinhinane, Aksil, Lounes",
        "Ait Mansour, Amrouche, Ouali, Haddadi, Oumellal, Bouzid, Meziane, Tizi",
    ),
    "levant_gulf": (
        "Rania, Tarek, Nadine, Ghassan, Rima, Wissam, Dalal, Majed, Jumana, Fadi, Lujain, Nawaf",
        "Haddad, Khoury, Nassar, Qassem, Bitar, Sabbagh, Shammari, Otaibi, Mutairi, Dajani, "
        "Tamimi, Rifai",
    ),
    "persian_kurd": (
        "Parisa, Kaveh, Shirin, Babak, Roya, Arash, Golnar, Siamak, Behnaz, Dara, Shilan, Rebwar",
        "Tehrani, Ghorbani, Rostami, Jafari, Mousavi, Bahrami, Kazemi, Zandi, Barzani, Talabani, "
        "Hawrami",
    ),
    "pashto_urdu": (
        "Zarghona, Wazir, Palwasha, Ajmal, Shabnam, Naveed, Uzma, Faraz, Sadia, Kamran",
        "Durrani, Yousafzai, Afridi, Khattak, Niazi, Qureshi, Chaudhry, Abbasi, Siddiqui, Bhatti",
    ),
    "hindi_bengali": (
        "Aarav, Ishita, Vihaan, Ananya, Rohit, Sneha, Kunal, Megha, Tanmay, Riya, Abhijit, "
        "Sayani, Debjani, Arnab, Tanushree",
        "Agarwal, Srivastava, Tripathi, Chaturvedi, Bhattacharya, Mukherjee, Banerjee, "
        "Chatterjee, Ganguly, Dasgupta, Saxena, Awasthi, Pandey, Mishra",
    ),
    "south_indian": (
        "Lakshmi, Venkatesh, Padmini, Raghavan, Sowmya, Harish, Nandini, Srinivas, Keerthana, "
        "Manjunath, Aparna, Gopal, Sai, Pavani, Ravi, Bhavana, Anoop, Divya, Jithin, Athira, "
        "Vignesh, Priyadharshini, Saravanan, Kayal, Mugilan",
        "Iyer, Iyengar, Reddy, Naidu, Menon, Nair, Pillai, Hegde, Shetty, Gowda, Rao, Kamath, "
        "Krishnamurthy, Varma, Chowdary, Kurup, Namboodiri, Panicker, Kurian, Mathew, Varghese, "
        "Rajendran, Natarajan, Kandasamy, Arumugam, Ponnusamy",
    ),
    "sinhala_nepali": (
        "Chaminda, Dilrukshi, Nuwan, Sachini, Bishnu, Sabitra, Prakash, Anjali, Roshan",
        "Wickramasinghe, Jayasuriya, Perera, Fernando, Bandara, Shrestha, Thapa, Gurung, "
        "Adhikari, Karki",
    ),
    "thai_lao": (
        "Somchai, Pornthip, Niran, Kanya, Suda, Anong, Chaiya, Malee, Khamla, Bounmy",
        "Srisuk, Chaiyaphum, Boonmee, Saelim, Wongsakul, Thongchai, Phommachanh, Sisavath, Keomany",
    ),
    "viet": (
        "Linh, Tuan, Thao, Hung, Huong, Quang, Trang, Duc, Ngoc Anh, Minh Chau, Khanh, Phuong, "
        "Thuy, Bao, Vinh, Nhung, Dung, Hieu, Long, Tam",
        "Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do, Ngo, Duong, Ly, Truong, Vo, "
        "Huynh, Dinh, Lam, Mai, Trinh, Ta, Cao, Quach, Lu",
    ),
    "chinese": (
        "Jiahui, Zihan, Haoran, Yuxuan, Xinyi, Zhiwei, Ruoxi, Mingyu, Shuang, Tianyi, Jingjing, "
        "Bowen, Yifan, Jiayi, Zixuan, Yuting, Wenjie, Xiaoling, Haoyu, Shiyu, Chenxi, Kaiyue",
        "Zhang, Wang, Liu, Chen, Yang, Zhao, Huang, Zhou, Wu, Xu, Sun, Ma, Zhu, Hu, Guo, He, Gao, "
        "Lin, Luo, Feng, Deng, Peng, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Yu, Du, Ye, "
        "Cheng, Wei, Su, Ding",
    ),
    "korean": (
        "Jiwoo, Seoyeon, Minjun, Haeun, Dohyun, Yuna, Sungmin, Eunji, Taeyang, Soyeon, Hyunwoo, "
        "Jisoo, Minseo, Yejin, Jaehyun, Chaewon, Seungho, Dahye",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Ahn, "
        "Song, Hong, Yoo, Moon, Bae, Baek, Nam, Ryu, Jeon, Heo",
    ),
    "japanese": (
        "Haruto, Yui, Sota, Hina, Riku, Aoi, Kaito, Sakura, Ren, Mio, Takumi, Akari, Daiki, "
        "Natsuki, Yuto, Kanon, Hayato, Misaki, Kenta, Ayaka, Shun, Nanami, Ryota, Chihiro",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, "
        "Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Yamaguchi, Mori, "
        "Ikeda, Hashimoto, Ishikawa, Ogawa, Fujita, Okada, Goto, Hasegawa, Murakami, Kondo, "
        "Ishii, Saito, Sakamoto, Endo, Aoki, Fujii, Nishimura, Fukuda, Ota, Miura",
    ),
    "mongol_central": (
        "Batbayar, Oyunchimeg, Ganbold, Saruul, Temuulen, Bolormaa, Dilnoza, Rustam, Gulnora, "
        "Farrukh, Jahongir, Malika, Enkhjargal, Munkhbat, Altantsetseg, Naranbaatar, Timur, "
        "Nodira, Sherzod, Zarina, Aziz, Madina",
        "Erdenebat, Tsogtbaatar, Batsukh, Ganzorig, Karimov, Tashkentov, Rakhimov, Yusupova, "
        "Nazarov, Saidov, Purevdorj, Enkhbold, Ochirbat, Alimov, Umarov, Mirzaev, Khodjaev, "
        "Tursunov, Ergashev",
    ),
    "russian_slav": (
        "Dmitri, Anastasia, Yaroslav, Ksenia, Vsevolod, Polina, Svyatoslav, Varvara, Timofei, "
        "Oksana, Bohdan, Zlata, Radoslav, Milena",
        "Volkov, Sokolova, Lebedev, Kozlov, Novikova, Morozov, Pavlenko, Shevchenko, Bondarenko, "
        "Kovalchuk, Zielinski, Wojcik, Kaminska, Lewandowski",
    ),
    "balkan": (
        "Dragan, Jelena, Milos, Snezana, Goran, Vesna, Nikola, Ivana, Zoran, Dragana, Arben, "
        "Besa, Dritan",
        "Petrovic, Jovanovic, Nikolic, Markovic, Djordjevic, Stojanovic, Ilic, Kovacevic, Hoxha, "
        "Berisha, Krasniqi, Gashi",
    ),
    "greek": (
        "Konstantinos, Eleni, Dimitris, Katerina, Giorgos, Sofia, Panagiotis, Vasiliki, Nikos, "
        "Angeliki, Stavros, Despina, Thanasis, Paraskevi, Spyros, Chrysoula, Lefteris, Anastasios",
        "Papadopoulos, Georgiou, Dimitriou, Karagiannis, Vlachos, Oikonomou, Christodoulou, "
        "Pappas, Makris, Antoniou, Alexiou, Stavrou, Economou, Papageorgiou, Konstantinidis, "
        "Theodorou, Nikolaidis, Kyriakou",
    ),
    "italian": (
        "Lorenzo, Giulia, Matteo, Chiara, Alessandro, Francesca, Riccardo, Valentina, Tommaso, "
        "Beatrice, Gianluca, Ilaria, Edoardo, Martina, Federico, Elisa, Davide, Pietro, Aurora, "
        "Filippo, Gaia",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, "
        "Gallo, Conti, De Luca, Mancini, Fontana, Caruso, Mariani, Rinaldi, Moretti, Barbieri, "
        "Lombardi, Giordano, Cattaneo, Pellegrini, Fabbri, Santoro",
    ),
    "iberian": (
        "Javier, Lucia, Alejandro, Carmen, Sergio, Marta, Alvaro, Nerea, Iker, Ainhoa, Jordi, "
        "Montserrat, Xabier, Itziar",
        "Garcia, Martinez, Lopez, Sanchez, Gonzalez, Rodriguez, Fernandez, Perez, Gomez, Ruiz, "
        "Diaz, Moreno, Alonso, Gutierrez, Navarro, Iglesias",
    ),
    "lusophone": (
        "Joao, Beatriz, Tiago, Mariana, Rodrigo, Ines, Goncalo, Leonor, Thiago, Larissa, Caio, "
        "Rafaela",
        "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, "
        "Fernandes, Goncalves, Almeida, Ribeiro",
    ),
    "latam": (
        "Camila, Mateo, Valeria, Santiago, Ximena, Sebastian, Renata, Emiliano, Daniela, Joaquin, "
        "Florencia, Agustin, Alejandra, Ricardo, Paola, Felipe, Esteban, Lucía, Andrés, Catalina, "
        "Gabriela",
        "Hernandez, Ramirez, Torres, Flores, Rivera, Vargas, Castillo, Mendoza, Aguilar, Ortiz, "
        "Herrera, Medina, Rojas, Vega, Sandoval, Cárdenas, Salazar, Guerrero, Cabrera, Espinoza, "
        "Valencia, Navarrete, Figueroa, Fuentes, Bustos, Zamora, Paredes, Peña",
    ),
    "french": (
        "Mathilde, Baptiste, Clemence, Etienne, Margaux, Thibault, Solene, Quentin, Capucine, "
        "Gaspard, Apolline, Maxence, Aurélien, Séverine, Benoît, Géraldine, Jérémie, Ophélie, "
        "Rémi, Anaïs, Loïc, Élodie",
        "Lefebvre, Moreau, Girard, Mercier, Lambert, Faure, Rousseau, Blanc, Guerin, Muller, "
        "Henry, Roussel, Fontaine, Chevalier, Dubois, Laurent, Simon, Michel, Leroy, Roux, "
        "Bertrand, Morel, Fournier, Bonnet, Dupont, Garnier, Perrin, Clément, Gauthier",
    ),
    "german": (
        "Lukas, Johanna, Maximilian, Friederike, Jannik, Leonie, Florian, Annika, Tobias, Wiebke, "
        "Moritz, Svenja, Jörg, Ute, Dirk, Kerstin, Matthias, Heike, Uwe, Sabine, Felix, Carla, "
        "Henning, Gesine, Xaver, Leopold, Resi, Vroni",
        "Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schulz, Koch, Richter, Wolf, "
        "Schroeder, Neumann, Schwarz, Zimmermann, Krüger, Hartmann, Lange, Werner, Krause, "
        "Lehmann, Köhler, Walter, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, Möller, Weiß, Hahn, "
        "Vogel, Friedrich, Gruber, Pichler, Moser, Hofer, Leitner, Berger, Eder, Reiter, Winkler",
    ),
    "dutch": (
        "Sanne, Bram, Lotte, Joris, Femke, Thijs, Maartje, Ruben, Floor, Sem",
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de, "
        "Boer, Mulder, de Groot, Bos, Vos",
    ),
    "nordic": (
        "Astrid, Magnus, Ingrid, Oskar, Sigrid, Henrik, Maja, Anders, Linnea, Rasmus, Freja, "
        "Mikkel, Torbjørn, Solveig, Espen, Ragnhild, Jonas, Ida, Emil, Frida, Viggo, Tove, "
        "Sindre, Hedda, Ville, Sanna, Antti, Heidi, Jukka, Tiina, Lauri, Emmi",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsen, Hansen, Johansen, "
        "Pedersen, Lindqvist, Bergstrom, Haugen, Bakken, Solberg, Kristiansen, Jørgensen, "
        "Christensen, Sørensen, Gustafsson, Lindberg, Holm, Strand, Dahl, Lund, Sandberg, Nyberg, "
        "Lehtonen, Koskinen, Heikkinen, Järvinen, Lehtinen, Salminen, Heinonen, Niemi, Turunen, "
        "Salo",
    ),
    "finnish_baltic": (
        "Aino, Eero, Kaisa, Juha, Liisa, Mikko, Rasa, Tomas, Inga, Laura",
        "Virtanen, Korhonen, Nieminen, Makinen, Hamalainen, Laine, Kazlauskas, Petrauskas, Ozols, "
        "Kalnins",
    ),
    "anglo": (
        "Bethany, Callum, Harriet, Declan, Imogen, Rowan, Phoebe, Toby, Georgia, Jasper, Matilda, "
        "Hamish, Bronwyn, Lachie, Kayleigh, Brody, Poppy, Rory, Felicity, Alfie, Harvey, Millie, "
        "Ellis, Tilly, Archie, Darcey, Reuben, Esme, Freddie, Lottie, Fraser, Isla, Murdo, "
        "Catriona, Alasdair, Kirsty, Euan, Morven, Dafydd, Angharad, Gethin, Ffion, Owain, Nia, "
        "Aled, Carys",
        "Whitfield, Ashworth, Pemberton, Hargreaves, Blackwood, Fairweather, Thistlethwaite, "
        "Cartwright, Oakley, Holloway, Ellwood, Merriweather, Pickering, Drummond, Ainsworth, "
        "Bellamy, Catterall, Dunmore, Eastwood, Fenwick, Greenhalgh, Hollingworth, Ingleby, "
        "Kettlewell, Lockwood, Marchbank, Nettleton, Oddie, Prestwich, Ramsbottom, Sowerby, "
        "Tattersall, Wainwright, Yardley, MacLeod, MacKenzie, Sutherland, Munro, Robertson, "
        "Cameron, Ferguson, MacIntyre, Urquhart, Buchanan, Llewellyn, Pritchard, Powell, Bowen, "
        "Vaughan, Griffiths, Rees, Evans",
    ),
    "irish": (
        "Saoirse, Cillian, Aoife, Oisin, Niamh, Ciaran, Roisin, Padraig, Caoimhe, Eoin, "
        "Fionnuala, Tadhg, Clodagh, Donncha, Sadhbh, Ruairí, Orla, Fiachra",
        "O'Sullivan, O'Brien, McCarthy, Fitzgerald, Gallagher, O'Donnell, Kavanagh, McLoughlin, "
        "Doherty, Quinlan, Ó Súilleabháin, Breathnach, Ó Ceallaigh, Moynihan, Hennessy, "
        "Cullinane, Brennan, Lynch, Nolan, Hegarty",
    ),
    "american": (
        "Brayden, Kaylee, Tyler, Madison, Hunter, Destiny, Dakota, Jaylen, Aaliyah, DeShawn, "
        "Tanisha, Marquis, Kendra, Trey, Kinsley, Bentley, Paisley, Ryker, Brinley, Colt, Everly, "
        "Maverick, Oaklynn, Jaxon, Shaniqua, Tremaine, LaToya, Darnell, Keisha, Jamal, Bronte, "
        "Kirra, Jarrah, Tahnee",
        "Washington, Jefferson, Jackson, Robinson, Coleman, Hayes, Bryant, Simmons, Griffin, "
        "Dawson, Mitchell, Freeman, Henderson, Blankenship, Huckabee, Stoltzfus, Yoder, "
        "Hershberger, Breckenridge, McAllister, Vanderpool, Goodwin, Pennington, Whitaker, "
        "Crenshaw, Tolliver, Beauregard",
    ),
    "filipino_malay": (
        "Maricel, Rodel, Jocelyn, Arnel, Marivic, Nurul, Hafiz, Siti, Azlan, Farah, Syafiq, "
        "Mylene, Ronaldo, Rowena, Efren, Analyn, Jerome, Kristine, Danilo, Aiman, Haziq, Aisyah, "
        "Irfan, Balqis, Danial",
        "dela Cruz, Reyes, Bautista, Villanueva, Mendoza, Castro, Ramos, Aquino, Abdullah, "
        "Ismail, Rahman, Hassan, Osman, Manalo, Soriano, Dizon, Pascual, Aguinaldo, Tolentino, "
        "Gatchalian, Lacson, Panganiban, Dimaculangan, Yusof, Razak, Ghazali, Jamaluddin, "
        "Kamaruddin, bin Salleh",
    ),
    "indonesian": (
        "Budi, Dewi, Agus, Ratna, Hendra, Indah, Wahyu, Fitri, Bambang, Yuliana, Eko, Rini, Joko, "
        "Teguh, Putri, Arief, Lestari",
        "Santoso, Wijaya, Kusuma, Setiawan, Hidayat, Pratama, Saputra, Nugroho, Gunawan, Halim, "
        "Susanto, Hartono, Purnomo, Kurniawan, Wibowo, Sutanto, Simanjuntak, Siregar, Nasution, "
        "Harahap, Lubis, Sitompul",
    ),
    "turkic": (
        "Mehmet, Ayse, Mustafa, Fatma, Cem, Deniz, Selin, Kaan, Ilkay, Tugba, Oğuz, Büşra, Emir, "
        "Merve, Serkan, Ece, Umut, Sevgi, Yusuf, Hülya, Elvin, Aysel, Rashad, Gunel, Tural, "
        "Leyla, Rojda, Berivan, Dilan, Azad, Sherko",
        "Yilmaz, Demir, Celik, Sahin, Kaya, Ozdemir, Arslan, Dogan, Koc, Kurt, Polat, Aksoy, "
        "Güneş, Yıldırım, Aydemir, Çetin, Bulut, Özkan, Tekin, Korkmaz, Altun, Aliyev, Mammadov, "
        "Huseynov, Hasanov, Guliyev, Ismayilov, Rekani, Zebari, Barwari",
    ),
    "hebrew": (
        "Noa, Itai, Tamar, Eitan, Shira, Yonatan, Maayan, Omer, Hadas, Yair",
        "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Shapiro, Katz, Ben-David, Avraham",
    ),
    "armenian_georgian": (
        "Anahit, Tigran, Lusine, Hovhannes, Nino, Giorgi, Tamari, Levan, Mariam, Davit",
        "Hovhannisyan, Grigoryan, Sargsyan, Petrosyan, Beridze, Kapanadze, Gelashvili, Lomidze, "
        "Chkheidze, Mamulashvili",
    ),
    "pacific_maori": (
        "Aroha, Tane, Mere, Wiremu, Ataahua, Nikau, Losa, Sione, Mele, Viliami",
        "Ngata, Parata, Tawhiri, Te Kanawa, Tuilagi, Fonoti, Havili, Tupou, Kauhalalalo, "
        "Lealaiauloto",
    ),
    "caribbean_creole": (
        "Wendell, Marjorie, Garfield, Claudette, Jean-Robert, Mirlande, Fitzroy, Yolette",
        "Pierre-Louis, Jean-Baptiste, Charlemagne, Desrosiers, Augustin, Campbell, Brathwaite, "
        "Grant",
    ),
    "native_american": (
        "Takoda, Aponi, Chayton, Kimi, Ahanu, Nita",
        "Yazzie, Begay, Tsosie, Benally, Manygoats, Littlebear, Redcloud",
    ),
    "inuit_sami": (
        "Nuka, Aputsiaq, Ivalu, Siku, Ánde, Risten, Máret",
        "Kreutzmann, Petersen, Berthelsen, Somby, Gaup, Turi",
    ),
    "celtic_breton": (
        "Gwenaelle, Yann, Maela, Tanguy, Nolwenn, Ewen, Brieuc",
        "Le Gall, Le Bihan, Kerjean, Le Goff, Guivarch, Tanguy, Quere",
    ),
    "igbo": (
        "Chinonso, Ugochukwu, Onyinye, Ebere, Chisom",
        "Eze, Nwankwo, Obi, Udeh, Ezenwa, Okonkwo, Nwoye, Anozie, Okoli, Ilechukwu",
    ),
    "fula": (
        "Hamadou, Aïssata, Boubacar, Oumou, Mamadou, Kadiatou",
        "Diallo, Bah, Barry, Sow, Balde, Jalloh",
    ),
    "ewe": (
        "Yayra, Sedinam, Delali, Mawunyo, Esinam, Kafui, Senam",
        "Amenuvor, Gbedemah, Dogbe, Akpalu, Ametepe, Kudjawu",
    ),
    "sotho_tswana": (
        "Lerato, Thabo, Palesa, Kagiso, Boitumelo, Tshepo, Refilwe, Lesedi",
        "Mokoena, Molefe, Mahlangu, Letsoalo, Motaung, Masilela, Seretse, Modise, Kgosana",
    ),
    "chewa_zambian": (
        "Chikondi, Mphatso, Thokozani, Kondwani, Chisomo",
        "Banda, Phiri, Mwale, Tembo, Lungu, Chirwa, Mbewe",
    ),
    "ugandan": (
        "Nakato, Babirye, Mukasa, Nansubuga, Tumusiime, Ainembabazi",
        "Ssekandi, Mugerwa, Kiggundu, Namutebi, Tumwine, Byaruhanga",
    ),
    "ethiopian_eritrean": (
        "Selamawit, Dawit, Mekdes, Henok, Saba, Biniam, Rahel, Yonas",
        "Haile, Tekle, Berhane, Girma, Alemu, Asfaw, Mengistu, Woldemichael",
    ),
    "egyptian": (
        "Mostafa, Yasmine, Karim, Nourhan, Sherif, Dina, Amr, Heba",
        "Elsayed, Abdelaziz, Soliman, Fahmy, Shehata, Ragab, Zaki, Abdelrahim",
    ),
    "maghrebi": (
        "Yassine, Salma, Anas, Khadija, Reda, Imane, Hamza, Amayas, Tanirt, Kahina, Anir",
        "Benali, El Idrissi, Bennani, Alaoui, Tazi, Chraibi, Benjelloun, Lahlou, Ouazzani, "
        "Ouchene, Hamrani, Belkacem, Achour, Slimani",
    ),
    "iraqi_syrian": (
        "Mustafa, Hiba, Ammar, Lamees, Firas, Zeina",
        "Al-Jubouri, Al-Obaidi, Al-Dulaimi, Halabi, Homsi, Kabbani",
    ),
    "gulf": (
        "Hamdan, Mahra, Khalifa, Shamma, Rashid, Mozah",
        "Al Mansoori, Al Ketbi, Al Falasi, Al Suwaidi, Al Zaabi, Al Marri, Al Kuwari",
    ),
    "persian": (
        "Niloufar, Farzad, Mahsa, Hooman, Ladan, Ramin, Yasaman, Kourosh, Shadi",
        "Farahani, Esfahani, Shirazi, Karimzadeh, Hosseinzadeh, Moradi, Sadeghi, Amini",
    ),
    "afghan": (
        "Wahid, Mursal, Homayoun, Freshta, Zalmai",
        "Popal, Barakzai, Ahmadzai, Sultani, Hotak",
    ),
    "pakistani": (
        "Bilal, Hira, Usman, Ayesha, Zeeshan, Mahnoor, Saad, Rabia",
        "Malik, Butt, Awan, Rana, Cheema, Gondal, Janjua, Raja, Mirza",
    ),
    "punjabi": (
        "Gurpreet, Harjit, Manpreet, Jasleen, Simranjeet, Baljinder, Navdeep, Kulwinder",
        "Sandhu, Dhillon, Gill, Grewal, Sidhu, Brar, Bains, Randhawa",
    ),
    "gujarati_marathi": (
        "Hetal, Jignesh, Krupa, Nirav, Aditi, Sameer, Pooja",
        "Patel, Shah, Desai, Mehta, Joshi, Kulkarni, Deshpande, Patil, Gokhale, Bhosale, Jadhav",
    ),
    "bengali": (
        "Sourav, Rituparna, Anirban, Sohini, Rahim, Nusrat, Tanvir, Farzana",
        "Sen, Bose, Ghosh, Chowdhury, Haque, Islam, Hossain, Sarkar",
    ),
    "lanka_nepal": (
        "Kasun, Tharindu, Ishara, Dinuka, Sujata, Ramesh, Sushila, Pasang",
        "Rajapaksa, Gunawardena, Senanayake, Dissanayake, Rai, Tamang, Magar, Limbu",
    ),
    "thai_khmer_burmese": (
        "Kittisak, Supaporn, Wichai, Siriporn, Nattapong, Ratana, Apichat, Sokha, Vanna, Sophal, "
        "Chanthou, Aung, Khin, Thida, Min Thu",
        "Jaidee, Kongsawat, Rattanakorn, Phromma, Suksawat, Intharat, Sok, Chea, Heng, Meas, Keo, "
        "Chhim, Win, Oo, Soe, Tun, Aye",
    ),
    "cantonese": (
        "Ka Ming, Wing Yan, Chun Kit, Hoi Yee, Siu Fung",
        "Chan, Wong, Leung, Cheung, Lau, Ng, Tsang, Kwok, Fung, Tse, Yeung, Chow",
    ),
    "russian": (
        "Gleb, Arina, Matvei, Yelizaveta, Rodion, Ulyana, Arseny, Vasilisa, Fyodor, Zinaida",
        "Kuznetsova, Popov, Vasiliev, Fedorov, Mikhailov, Belov, Tarasov, Zhukov, Orlov, Gusev, "
        "Titov, Komarov",
    ),
    "ukrainian": (
        "Taras, Solomiya, Ostap, Yaryna, Mykola, Lesya, Andriy",
        "Tkachenko, Kravchenko, Oliynyk, Lysenko, Marchenko, Melnyk, Savchuk, Rudenko",
    ),
    "polish": (
        "Wojciech, Agnieszka, Grzegorz, Małgorzata, Przemysław, Katarzyna, Bartosz, Zofia",
        "Wiśniewski, Wójcik, Kamiński, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, "
        "Jankowski, Mazur, Krawczyk",
    ),
    "czech_slovak": (
        "Vojtěch, Markéta, Ondřej, Kateřina, Jiří, Tereza, Lukáš, Zuzana",
        "Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Pospíšil",
    ),
    "hungarian": (
        "Gergely, Eszter, Balázs, Krisztina, Tamás, Anikó, Zoltán, Katalin",
        "Nagy, Kiss, Molnár, Németh, Varga, Lakatos, Papp, Takács, Juhász, Mészáros",
    ),
    "romanian_bulgarian": (
        "Andrei, Ioana, Mihai, Bogdan, Raluca, Cristian, Oana, Kalin, Desislava, Stoyan, "
        "Yordanka, Plamen, Tsvetelina",
        "Popescu, Ionescu, Popa, Dumitru, Stoica, Gheorghe, Munteanu, Constantinescu, Dobre, "
        "Dimitrov, Georgiev, Todorov, Stoyanov, Petkov, Hristov, Nikolov",
    ),
    "spanish": (
        "Guillermo, Rocío, Ignacio, Begoña, Gonzalo, Pilar, Rubén, Inmaculada, Borja, Amaia, Pau, "
        "Núria, Arnau, Mireia, Oriol, Aitor, Leire, Unai, Garazi",
        "Jiménez, Muñoz, Romero, Álvarez, Domínguez, Vázquez, Ramos, Gil, Serrano, Blanco, "
        "Molina, Morales, Ortega, Delgado, Puig, Vidal, Soler, Ferrer, Roca, Bosch, Etxeberria, "
        "Agirre, Goikoetxea, Urrutia, Zubizarreta",
    ),
    "portuguese": (
        "Duarte, Matilde, Afonso, Carolina, Henrique, Madalena, Salvador, Francisca, Luan, "
        "Yasmin, Guilherme, Isadora, Kauã, Letícia, Enzo, Davi, Heloísa",
        "Carvalho, Lopes, Marques, Gomes, Cardoso, Teixeira, Correia, Mendes, Nunes, Soares, "
        "Vieira, Monteiro, Moreira, Barbosa, Araújo, Cavalcanti, Nascimento, Lima, Moura, "
        "Freitas, Rocha, Dias, Pinto",
    ),
    "benelux_swiss": (
        "Wouter, Griet, Joost, Liesbeth, Reto, Urs, Corinne, Maarten, Anouk, Sjoerd, Eline, Gijs, "
        "Noor, Jelle, Marloes, Stijn, Ilse",
        "Peeters, Maes, Claes, Wouters, Goossens, Vermeulen, Janssens, Frei, Gerber, Keller, "
        "Brunner, Baumann, Steiner, Dekker, van Leeuwen, Brouwer, de Wit, Hendriks, van der, "
        "Linden, Kok, Schouten, van Beek, Willems, Hoekstra, Prins",
    ),
    "baltic": (
        "Jānis, Ilze, Kristaps, Līga, Mindaugas, Gintarė, Tõnu, Kadri",
        "Bērziņš, Liepiņš, Jansons, Vaitkus, Jankauskas, Tamm, Saar, Sepp, Mägi",
    ),
    "hebrew_yiddish": (
        "Avital, Noam, Liron, Yuval, Roni, Ofir, Dafna, Gilad, Orly, Asaf, Mendel, Rivka, Shmuel, "
        "Chaya, Yossel, Feige",
        "Goldberg, Rosenberg, Weiss, Klein, Ohana, Dahan, Amsalem, Azoulay, Ben-Ami, Shalev, "
        "Grünbaum, Lipschitz, Rabinowitz, Teitelbaum, Wasserman, Finkelstein, Horowitz",
    ),
    "caucasus": (
        "Arpi, Narek, Lilit, Armen, Gayane, Vahe, Ketevan, Irakli, Salome, Zurab, Tamta, Lasha",
        "Avetisyan, Harutyunyan, Karapetyan, Manukyan, Mkrtchyan, Vardanyan, Tsiklauri, "
        "Kvaratskhelia, Japaridze, Maisuradze, Abashidze, Gogoladze",
    ),
    "pacific": (
        "Malakai, Salote, Semisi, Tevita, Lupe, Pita, Akanesi, Rawiri, Moana, Hemi, Anahera, "
        "Manaia, Kiri, Keoni, Leilani, Makana, Kalani, Nohea, Kainoa",
        "Taufa, Fifita, Latu, Vaipulu, Moala, Lolohea, Sapolu, Faleolo, Leota, Amituanai, Tipene, "
        "Waaka, Rangihuna, Herewini, Tamihana, Kereama, Kahananui, Kealoha, Akana, Kamakau, "
        "Kanahele, Keawe",
    ),
    "caribbean": (
        "Shanice, Delroy, Marcia, Winston, Yvette, Lloyd, Sharlene, Desmond, Wideline, Stanley, "
        "Fabiola, Jean-Claude, Roodline, Kervens",
        "Beckford, Clarke, McKenzie, Thompson, Bailey, Francis, Lewis, Daley, Gordon, Samuels, "
        "Dorvil, Toussaint, Celestin, Dorsainvil, Exantus",
    ),
    "indigenous": (
        "Nahimana, Wahkan, Mika, Tala, Pauloosie, Ningiuq, Tuugaalik, Biret, Niillas",
        "Tallbear, Runningwater, Whitehorse, Blackfeather, Sixkiller, Goodshield, Qaqqaq, "
        "Kilabuk, Akeeagok, Arnaquq, Ipeelee, Utsi, Eira, Labba, Kuoljok",
    ),
    "breton": (
        "Erwan, Morgane, Gwendal, Katell, Loig, Soazig",
        "Le Floch, Le Roux, Kervella, Le Meur, Le Berre, Madec, Jaouen",
    ),
}
FAMILY_FIRST = {
    "chinese": 0.5,
    "cantonese": 0.4,
    "korean": 0.5,
    "viet": 0.6,
    "japanese": 0.3,
    "hungarian": 0.4,
}
# Particles and connectors are not name words (van, de, al, bin, Ó, Ní, ...).
PARTICLES = frozenset(
    {
        "du",
        "de",
        "van",
        "der",
        "den",
        "von",
        "al",
        "el",
        "bin",
        "binti",
        "ibn",
        "mac",
        "le",
        "la",
        "da",
        "di",
        "dos",
        "das",
        "do",
        "del",
        "ter",
        "ten",
        "ó",
        "ní",
        "te",
    }
)
TITLES = ("Mr", "Mr.", "Mrs", "Ms.", "Miss", "Dr.", "Dr", "Prof.", "Sr.", "Sra.", "Herr", "Frau")


def name_tokens(name: str) -> set[str]:
    """The words of a name, split like ``earlier_span_words`` splits (O'Brien: o, brien)."""
    return {
        token
        for token in re.findall(r"[^\W\d_]+", name.lower())
        if len(token) > 1 and token not in PARTICLES
    }


# Sets written after this one: their words are not "earlier", and reading them would change
# this set's pools (and so its bytes) whenever a later set is added.
LATER_FILES = (
    "hard_holdout11.jsonl",
    "struct12.jsonl",
    "set13.jsonl",
    "set14.jsonl",
    "set15.jsonl",
    "set16.jsonl",
    "set17.jsonl",
    "set18.jsonl",
    "set19.jsonl",
    "set20.jsonl",
    "set21.jsonl",
    "set22.jsonl",
    "set23.jsonl",
    "set24.jsonl",
    "set25.jsonl",
    "set26.jsonl",
    "set27.jsonl",
    "set28.jsonl",
    "set29.jsonl",
    "set30.jsonl",
    "set31.jsonl",
    "set32.jsonl",
    "set33.jsonl",
    "set34.jsonl",
    "set35.jsonl",
    "set36.jsonl",
    "set37.jsonl",
    "set38.jsonl",
    "set39.jsonl",
    "set40.jsonl",
    "set41.jsonl",
    "set42.jsonl",
    "set43.jsonl",
    "set44.jsonl",
)


def _earlier_files() -> list[Path]:
    return [
        p
        for p in sorted(Path(OUT_DIR).glob("*.jsonl"))
        if p.name != FILE and p.name not in LATER_FILES
    ]


def earlier_span_words() -> set[str]:
    """Every word (letters only, lower case) of every gold span value of the earlier files."""
    words: set[str] = set()
    for path in _earlier_files():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                for span in json.loads(line)["spans"]:
                    words |= {w.lower() for w in re.findall(r"[^\W\d_]+", span["value"])}
    return words


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def earlier_pool_words() -> set[str]:
    """Name and street words of the person and street pools of sets 6-9."""
    words: set[str] = set()
    for cultures in (set67.CULTURES, set8.CULTURES, set9.CULTURES):
        for gs, ss in cultures.values():
            for name in _items(gs) + _items(ss):
                words |= name_tokens(name)
    streets = _strings(set8.STREETS) + set9.all_streets()
    for attr in dir(set67):
        if attr.endswith("_STREETS"):
            streets += _strings(getattr(set67, attr))
    for street in streets:
        words |= {w.lower() for w in re.findall(r"[^\W\d_]+", street)}
    return words


@dataclass
class Person:
    given: str
    surname: str
    family_first: bool
    initial: str

    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"


# -- look-alike pools (written for this set) -------------------------------------------------
BRANDS = _items(
    "Ben Sherman, Paul Smith, Calvin Klein, Tommy Hilfiger, Hugo Boss, Ted Baker, Estée Lauder, "
    "Marc Jacobs, Kate Spade, Tory Burch, Vera Wang, Betty Crocker, Uncle Ben's, "
    "Orville Redenbacher, Sara Lee, Little Debbie, Chef Boyardee, Wendy's, Trader Joe's, "
    "Papa John's, Jack Daniel's, Jim Beam, Johnnie Walker, Captain Morgan, Jose Cuervo, "
    "Baskin-Robbins, Abercrombie & Fitch, Dolce & Gabbana, Victoria's Secret, Kellogg's, "
    "Cadbury, Mercedes-Benz, Harley-Davidson, Carl's Jr., Dunkin', Lady Speed Stick"
)
COMPANIES = _items(
    "Johnson Controls, Thomson Reuters, Ernst & Young, Lockheed Martin, Kraft Heinz, "
    "Smith & Wesson, Rolls-Royce, Aston Martin, William Hill, Sotheby's, Christie's, "
    "Wells Fargo, Goldman Sachs, Merrill Lynch, Dow Jones, Hewlett-Packard, Walt Disney Co., "
    "Charles River Labs, Edward Jones, Raymond James, Jenny Craig, Kaiser Permanente"
)
PLACES = _items(
    "Houston, Vancouver, Darwin, Adelaide, Brisbane, Hobart, Wellington, Kingston, "
    "Santa Barbara, San Antonio, Pittsburgh, Lake Louise, Mount Kosciuszko, Cape Byron, "
    "Jamestown, Ciudad Bolívar, Port Louis, Fort Lauderdale, Maryland, Georgia, Virginia Beach"
)
NAMED_STREETS = _items(
    "Via Garibaldi, Avenue Foch, Nevsky Prospekt, Kurfürstendamm, Rue de Rivoli, "
    "Calle de Alcalá, Lombard Street, Bleecker Street, Haight Street, Queen Street West, "
    "Karl Johans gate, Avenida Presidente Vargas, Jan Smuts Avenue, Nelson Mandela Boulevard"
)
TITLES_WORKS = _items(
    "Jolene, Roxanne, Hey Jude, Eleanor Rigby, Anna Karenina, Jane Eyre, Oliver Twist, "
    "David Copperfield, Billie Jean, Layla, Mrs. Robinson, Sweet Caroline, Peggy Sue, "
    "Johnny B. Goode, Madame Bovary, Tom Sawyer, Daisy Jones & The Six, Ode to Billie Joe"
)
CAP_WORDS = _items(
    "Rose Gold, Amber Alert, Will Call, Grace Period, Jack Russell, Granny Smith, Earl Grey, "
    "Lazy Susan, Tom Collins, Bloody Mary, Eggs Benedict, Beef Wellington, Victoria Sponge, "
    "Baby Ruth, Dear John, Peeping Tom, Nervous Nellie, Sunny Side, Hunter Green, Ivy League"
)
LOOKALIKE_POOLS = (BRANDS, COMPANIES, PLACES, NAMED_STREETS, TITLES_WORKS, CAP_WORDS)


def filtered_pools() -> tuple[list[tuple[str, str]], list[tuple[str, str]], set[str]]:
    """(culture, given) and (culture, surname) pairs with no forbidden word."""
    forbidden = earlier_span_words() | earlier_pool_words()
    for pool in LOOKALIKE_POOLS:
        for item in pool:
            forbidden |= name_tokens(item)
    given, family = [], []
    seen: set[str] = set()
    for c, (gs, ss) in CULTURES.items():
        for g in _items(gs):
            if g not in seen and not name_tokens(g) & forbidden:
                given.append((c, g))
                seen.add(g)
        for s in _items(ss):
            if s not in seen and not name_tokens(s) & forbidden:
                family.append((c, s))
                seen.add(s)
    return given, family, forbidden


class People:
    def __init__(self, d: Draw) -> None:
        self.d = d
        self.given, self.family, _ = filtered_pools()
        self.last: Person | None = None
        self.by_culture: dict[str, list[str]] = {}
        for c, s in self.family:
            self.by_culture.setdefault(c, []).append(s)

    def person(self) -> Person:
        d = self.d
        culture, given = d.pick(self.given)
        own = self.by_culture.get(culture)
        surname = d.pick(own) if own and d.chance(0.75) else d.pick(self.family)[1]
        family_first = d.chance(FAMILY_FIRST.get(culture, 0.0))
        if not family_first and " " not in surname and d.chance(0.06):
            other = d.pick(self.family)[1]
            if other != surname and " " not in other:
                surname = f"{surname}-{other}"
        return Person(given, surname, family_first, d.letters(1, "ABCDEFGHJKLMNPRSTVW"))

    def form(self, kind: str) -> str:
        d = self.d
        if kind == "Nsx" and self.last is not None:  # the surname of the person just written
            return self.last.surname
        p = self.last = self.person()
        if kind == "N":
            if not p.family_first and d.chance(0.1):
                return f"{p.given} {p.initial}. {p.surname}"
            return p.full()
        if kind == "Ng":
            return p.given
        if kind in ("Ns", "Nsx"):
            return p.surname
        if kind == "Nr":
            return f"{p.surname}, {p.given}"
        if kind == "Ni":
            first = p.given[0]
            return d.pick((f"{first}. {p.surname}", f"{first}.{p.initial}. {p.surname}"))
        if kind == "Nl":
            return p.full().lower()
        if kind == "Ngl":
            return p.given.lower()
        if kind == "Nu":
            return p.full().upper()
        if kind == "Nsu":
            return f"{p.surname.upper()} {p.given}"
        raise KeyError(kind)

    def email(self, same: bool = False) -> str:
        """An e-mail built from a new person's name, or from the one just written."""
        d = self.d
        p = self.last if same and self.last is not None else self.person()
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
        local = d.pick(
            (
                f"{g}.{s}",
                f"{g[0]}.{s}",
                f"{s}{g[0]}",
                f"{g}-{s}",
                f"{g}{d.num(1, 9999)}",
                f"{s}.{g}",
            )
        )
        return f"{local}@{d.pick(MAIL_DOMAINS)}"


MAIL_DOMAINS = _items(
    "fastmail.com, proton.me, outlook.com, gmail.com, icloud.com, t-online.de, free.fr, "
    "ziggo.nl, telefonica.net, virgilio.it, uol.com.br, bigpond.com, shaw.ca, btinternet.com, "
    "docomo.ne.jp, yahoo.co.in, marblehill-ltd.co.uk, quayside.io, larchmont-partners.com, "
    "heronsgate.org, saltbox.dev, pinewick.net"
)


# -- structured values --------------------------------------------------------------------------
PHONE_SHAPES = _items(
    "(XNN) XNN-NNNN, XNN.XNN.NNNN, XNN-XNN-NNNN, +1 XNN XNN NNNN, 1-XNN-XNN-NNNN, +1.XNN.XNN.NNNN, "
    "07NNN NNNNNN, +44 7NNN NNNNNN, 020 NNNN NNNN, +44 (0)20 NNNN NNNN, 0044 161 NNN NNNN, "
    "0151 NNNNNNNN, +49 30 NNNNNNNN, 030/NNNNNNN, +49 (0)89 NNNNNN, "
    "06 NN NN NN NN, +33 6 NN NN NN NN, 01.NN.NN.NN.NN, +33 (0)1 NN NN NN NN, "
    "06-NNNNNNNN, +31 20 NNN NNNN, 010-NNN NNNN, 6NN NNN NNN, +34 91 NNN NN NN, "
    "3NN NNN NNNN, +39 06 NNNN NNNN, +91 9NNNN NNNNN, 09NNNNNNNNN, 080-NNNN NNNN, "
    "090-NNNN-NNNN, +81 3-NNNN-NNNN, (11) 9NNNN-NNNN, +55 21 9NNNN-NNNN, 04NN NNN NNN, "
    "+61 2 NNNN NNNN, (02) NNNN NNNN, +52 55 NNNN NNNN, 082 NNN NNNN, +27 82 NNN NNNN, "
    "+234 803 NNN NNNN, 0803 NNN NNNN, +86 138 NNNN NNNN, 010-NNNN-NNNN, +82 10-NNNN-NNNN, "
    "+65 9NNN NNNN, 0917 NNN NNNN, +971 50 NNN NNNN, +353 87 NNN NNNN, +41 79 NNN NN NN, "
    "+43 664 NNNNNNN, +48 5NN NNN NNN, +46 70-NNN NN NN, +47 4NN NN NNN, +45 NN NN NN NN, "
    "+351 91N NNN NNN, +30 69N NNN NNNN, +90 5NN NNN NN NN, +20 10 NNNN NNNN, +254 7NN NNNNNN"
)
EXTENSIONS = (" ext. NNN", " x NN", " ext NNNN", " x.NNN", ", ext. NN")


def phone(d: Draw, ext: bool = False) -> str:
    value = pattern(d, d.pick(PHONE_SHAPES))
    if ext:
        value += pattern(d, d.pick(EXTENSIONS))
    return value


CARD_PREFIXES: tuple[tuple[str, int], ...] = (
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("54", 16),
    ("2223", 16),
    ("2701", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("3589", 16),
    ("36", 14),
    ("62", 16),
    ("4", 19),
)


def card_digits(d: Draw, valid: bool = True) -> str:
    prefix, length = d.pick(CARD_PREFIXES)
    body = prefix + d.digits(length - len(prefix) - 1)
    check = luhn_digit(body)
    if not valid:
        check = str((int(check) + d.num(1, 9)) % 10)
    return body + check


def card_format(d: Draw, digits: str) -> str:
    sep = d.pick(("", " ", "-", " ", "-"))
    if len(digits) == 15:
        return f"{digits[:4]}{sep}{digits[4:10]}{sep}{digits[10:]}"
    if len(digits) == 14:
        return f"{digits[:4]}{sep}{digits[4:10]}{sep}{digits[10:]}"
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


def ssn_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and area < "900"
        and group != "00"
        and serial != "0000"
    )


def ssn_digits(d: Draw) -> str:
    area = d.num(1, 899)
    if area == 666:
        area = 667
    return f"{area:03d}{d.num(1, 99):02d}{d.num(1, 9999):04d}"


def ssn(d: Draw) -> str:
    x = ssn_digits(d)
    sep = d.pick(("-", "-", "-", " ", "."))
    return f"{x[:3]}{sep}{x[3:5]}{sep}{x[5:]}"


def ipv4(d: Draw) -> str:
    return d.pick(
        (
            f"10.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}",
            f"192.168.{d.num(0, 255)}.{d.num(1, 254)}",
            f"172.{d.num(16, 31)}.{d.num(0, 255)}.{d.num(1, 254)}",
            f"{d.num(11, 223)}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}",
            f"{d.num(11, 223)}.{d.num(0, 255)}.{d.num(0, 255)}.{d.num(1, 254)}",
            f"203.0.113.{d.num(1, 254)}",
            f"198.51.100.{d.num(1, 254)}",
        )
    )


def _h(d: Draw) -> str:
    return f"{d.num(1, 0xFFFF):x}"


def ipv6(d: Draw) -> str:
    form = d.num(0, 11)
    if form == 0:  # full
        return ":".join(f"{d.num(0, 0xFFFF):04x}" for _ in range(8))
    if form == 1:  # documentation, compressed
        return f"2001:db8:{_h(d)}:{_h(d)}::{_h(d)}"
    if form == 2:  # link-local
        return f"fe80::{_h(d)}:{_h(d)}:{_h(d)}:{_h(d)}"
    if form == 3:  # link-local with zone id
        return f"fe80::{_h(d)}:{_h(d)}%{d.pick(('eth0', 'en0', 'wlan0', 'ens3', '12'))}"
    if form == 4:  # IPv4-mapped tail
        return f"::ffff:{ipv4(d)}"
    if form == 5:  # NAT64 mixed tail
        return f"64:ff9b::{ipv4(d)}"
    if form == 6:  # upper case
        return f"2A02:{_h(d)}:{_h(d)}::{_h(d)}".upper()
    if form == 7:  # unique local
        return f"fd{d.num(0, 255):02x}:{_h(d)}:{_h(d)}::{d.num(1, 99)}"
    if form == 8:  # full with leading zeros, mixed case
        return ":".join(f"{d.num(0, 0xFFF):04X}" for _ in range(6)) + f":{_h(d)}:{_h(d)}"
    if form == 9:  # global unicast
        return f"2{d.num(400, 0xA0F):03x}:{_h(d)}:{_h(d)}:{_h(d)}::{_h(d)}"
    if form == 10:
        return "::1"
    return f"2001:db8::{ipv4(d)}"


IBAN_COUNTRIES = ("DE", "FR", "NL", "ES", "IT", "BE", "GB", "CH", "AT", "PT", "IE", "PL", "SE")


def iban(d: Draw, valid: bool = True, grouped: bool | None = None) -> str:
    country = d.pick([c for c in IBAN_COUNTRIES if c in IBAN_LAYOUTS])
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUTS[country]):
        for _ in range(int(count)):
            bban += d.letters(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else d.digits(1)
    check = 98 - iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + d.num(3, 40)) % 97
        check = max(check, 2)
    value = f"{country}{check:02d}{bban}"
    if not valid and iban_ok(value):
        value = f"{country}{(check + 7) % 90 + 2:02d}{bban}"
    if grouped if grouped is not None else d.chance(0.55):
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# -- addresses -----------------------------------------------------------------------------------
STREETS_EN = _items(
    "Quillback, Sweetgum, Bluestem, Kittiwake, Tanager, Whinchat, Buttonbush, Goldthread, "
    "Pawpaw, Dunlin, Petrel, Wheatear, Thornapple, Marram, Knapweed, Samphire, Yarrowdale, "
    "Pipit, Redpoll, Hawkbit, Ptarmigan, Saxifrage, Spindlewood, Teasel, Quarrymans, Wayfarer, "
    "Lodestar, Skylark, Cinderford, Wickerby, Brackenthwaite, Coldharbour, Dunnock, "
    "Emberwood, Fellside, Gorsey, Inkberry, Kingcup, Lapwing, Meadowsweet, Nettlebed, Orrisroot, "
    "Quickthorn, Rushmere, Sedgemoor, Tansy, Umberfield, Vetchling, Wagtail, Yellowhammer, "
    "Zinnia, Sparrowhawk, Moorhen, Greylag, Bittern, Nuthatch, Whimbrel, Merganser, Gadwall, "
    "Shoveler, Pintail, Goldeneye, Bufflehead, Redstart, Firecrest, Chiffchaff, Linnet, Twite, "
    "Brambling, Siskin, Smew, Garganey, Shelduck, Godwit, Knotgrass, Hornbeam Chase, Sainfoin, "
    "Woodruff, Campion, Eyebright, Milkwort, Toadflax, Feverfew, Tormentil, Bistort, Agrimony, "
    "Burdock, Lungwort, Coltsfoot"
)
STREETS_AU = _items(
    "Wattlebird, Bottletree, Kurrajong, Lillypilly, Brolga, Coolabah, Illawarra Flame, Warrigal"
)
STREETS_CA = _items("Tamarind, Snowberry, Muskoka, Whiskeyjack, Caribou, Spruce Grouse")
STREETS_DE = _items(
    "Wachtelkönig, Holunderbusch, Kiebitz, Amsel, Rotdorn, Zaunkönig, Brombeer, Haselnuss, "
    "Königskerzen, Mohnblumen, Heckenrosen, Ginster, Stieglitz, Pfaffenhütchen, Mistel, Efeu, "
    "Wegwarte, Bärlauch, Schafgarben, Storchschnabel"
)
STREETS_FR = _items(
    "des Coquelicots, des Hirondelles, des Pervenches, des Vignerons, des Mésanges, des Bleuets, "
    "du Colombier, des Sabotiers, du Lavoir, des Ajoncs, des Genêts, du Serpolet"
)
STREETS_NL = _items(
    "Kievit, Grutto, Meerkoet, Pinksterbloem, Dotterbloem, Boterbloem, Zilverschoon, Lisdodde, "
    "Kwartel, Scholekster, Tureluur, Waterhoen"
)
STREETS_ES = _items(
    "de los Almendros, de las Amapolas, de la Higuera, del Tomillo, de las Golondrinas, "
    "del Alcornoque, de la Retama"
)
STREETS_IT = _items(
    "dei Gelsomini, dei Mandorli, delle Viole, dei Cipressi, del Glicine, delle Mimose, "
    "dei Girasoli, dell'Oleandro"
)
STREETS_PT = _items(
    "dos Ipês, das Jabuticabeiras, dos Sabiás, das Quaresmeiras, do Jatobá, das Paineiras, "
    "dos Flamboyants, do Buriti, das Hortênsias"
)
STREETS_JP = _items(
    "Kitazawa, Kamimeguro, Nishiogikubo, Higashinakano, Shimorenjaku, Minamisenju, "
    "Kamisoshigaya, Okusawa, Todoroki, Kugayama"
)
STREETS_IN = _items(
    "Gulmohar, Ashoka Vihar, Kanchenjunga, Nilgiri, Champa Gali, Tulsi Baug, "
    "Amaltas, Parijat, Kadamba"
)
STREET_POOLS = (
    STREETS_EN,
    STREETS_AU,
    STREETS_CA,
    STREETS_DE,
    STREETS_FR,
    STREETS_NL,
    STREETS_ES,
    STREETS_IT,
    STREETS_PT,
    STREETS_JP,
    STREETS_IN,
)
STREET_CONNECTORS = frozenset(
    {
        "des",
        "du",
        "de",
        "la",
        "los",
        "las",
        "del",
        "dei",
        "delle",
        "dell",
        "dos",
        "das",
        "do",
    }
)


def all_streets() -> list[str]:
    return [s for pool in STREET_POOLS for s in pool]


US_PLACES = (
    ("Bozeman", "MT", "597"),
    ("Duluth", "MN", "558"),
    ("Asheville", "NC", "288"),
    ("Tacoma", "WA", "984"),
    ("Chattanooga", "TN", "374"),
    ("Boise", "ID", "837"),
    ("Lubbock", "TX", "794"),
    ("Albany", "NY", "122"),
    ("Eugene", "OR", "974"),
    ("Savannah", "GA", "314"),
    ("Fresno", "CA", "937"),
    ("Provo", "UT", "846"),
)
GB_PLACES = (
    ("Harrogate", "HG1"),
    ("Kendal", "LA9"),
    ("Truro", "TR1"),
    ("Stirling", "FK8"),
    ("Hereford", "HR4"),
    ("Ipswich", "IP3"),
    ("Swansea", "SA2"),
    ("Lisburn", "BT28"),
)
DE_PLACES = (("Rostock", "180"), ("Passau", "940"), ("Kassel", "341"), ("Jena", "077"))
FR_PLACES = (("Besançon", "250"), ("Poitiers", "860"), ("Colmar", "680"), ("Vannes", "560"))
NL_PLACES = ("Zutphen", "Alkmaar", "Dordrecht", "Venlo", "Assen")
ES_PLACES = (("Albacete", "020"), ("Huesca", "220"), ("Lugo", "270"), ("Teruel", "440"))
IT_PLACES = (("Lecce", "731", "LE"), ("Trento", "381", "TN"), ("Ancona", "601", "AN"))
BR_PLACES = (("Curitiba", "PR", "80"), ("Recife", "PE", "50"), ("Goiânia", "GO", "74"))
AU_PLACES = (("Toowoomba", "QLD", "4350"), ("Ballarat", "VIC", "3350"), ("Dubbo", "NSW", "2830"))
CA_PLACES = (("Kelowna", "BC", "V1Y"), ("Sherbrooke", "QC", "J1H"), ("Moncton", "NB", "E1C"))
JP_PLACES = (
    ("Setagaya-ku", "Tokyo", "154"),
    ("Suginami-ku", "Tokyo", "167"),
    ("Nakano-ku", "Tokyo", "164"),
    ("Adachi-ku", "Tokyo", "120"),
)
IN_PLACES = (
    ("Pune", "Maharashtra", "411"),
    ("Jaipur", "Rajasthan", "302"),
    ("Kochi", "Kerala", "682"),
    ("Bhopal", "Madhya Pradesh", "462"),
)
COUNTRY = {
    "us": ("USA", "United States"),
    "gb": ("United Kingdom", "UK"),
    "de": ("Germany", "Deutschland"),
    "fr": ("France",),
    "nl": ("Netherlands", "Nederland"),
    "es": ("Spain", "España"),
    "it": ("Italy", "Italia"),
    "br": ("Brazil", "Brasil"),
    "au": ("Australia",),
    "ca": ("Canada",),
    "jp": ("Japan",),
    "in": ("India",),
}


US_TYPES = ("St", "Ave", "Dr", "Ln", "Blvd", "Ct", "Way", "Pkwy", "Loop", "Trail")
GB_TYPES = ("Road", "Lane", "Close", "Crescent", "Walk", "Grove")
AU_TYPES = ("Street", "Rd", "Close", "Avenue", "Court")


@dataclass
class Addr:
    lines: list[str]  # street line (unit first where the country writes it so), then locality
    country: str


def addr_us(d: Draw) -> Addr:
    city, st, z = d.pick(US_PLACES)
    street = f"{d.num(2, 19999)} {d.pick(STREETS_EN)} {d.pick(US_TYPES)}"
    if d.chance(0.35):
        street += d.pick(
            (
                f" Apt {d.num(1, 30)}{d.pick('ABC')}",
                f", Apt. {d.num(100, 999)}",
                f" Ste {d.num(100, 450)}",
                f" Unit {d.pick('ABCDEF')}",
                f" #{d.num(1, 99)}",
            )
        )
    zip_code = z + d.digits(2) + (f"-{d.digits(4)}" if d.chance(0.15) else "")
    return Addr([street, f"{city}, {st} {zip_code}"], "us")


def addr_gb(d: Draw) -> Addr:
    town, out = d.pick(GB_PLACES)
    street = f"{d.num(1, 240)} {d.pick(STREETS_EN)} {d.pick(GB_TYPES)}"
    if d.chance(0.3):
        street = d.pick((f"Flat {d.num(1, 20)}, ", f"Flat {d.num(1, 9)}{d.pick('ABC')}, ")) + street
    return Addr(
        [street, f"{town}", f"{out} {d.num(1, 9)}{d.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"], "gb"
    )


def addr_de(d: Draw) -> Addr:
    city, pc = d.pick(DE_PLACES)
    base = d.pick(STREETS_DE)
    street = d.pick((f"{base}straße", f"{base}weg", f"{base}gasse", f"Im {base}grund"))
    line = f"{street} {d.num(1, 120)}{d.pick(('', '', 'a', 'c'))}"
    return Addr([line, f"{pc}{d.digits(2)} {city}"], "de")


def addr_fr(d: Draw) -> Addr:
    city, pc = d.pick(FR_PLACES)
    kind = d.pick(("rue", "avenue", "place", "boulevard", "route"))
    num = f"{d.num(1, 200)}{d.pick(('', '', '', ' bis'))}"
    return Addr([f"{num}, {kind} {d.pick(STREETS_FR)}", f"{pc}{d.digits(2)} {city}"], "fr")


def addr_nl(d: Draw) -> Addr:
    base = d.pick(STREETS_NL)
    street = d.pick((f"{base}straat", f"{base}pad", f"{base}weg", f"{base}singel"))
    num = f"{d.num(1, 300)}{d.pick(('', '', '-II', ' A', 'bis'))}"
    return Addr(
        [
            f"{street} {num}",
            f"{d.num(1000, 9999)} {d.letters(2)}  {d.pick(NL_PLACES)}".replace("  ", " "),
        ],
        "nl",
    )


def addr_es(d: Draw) -> Addr:
    city, pc = d.pick(ES_PLACES)
    street = f"{d.pick(('C/', 'Avda.', 'Calle', 'Paseo'))} {d.pick(STREETS_ES)}, {d.num(1, 140)}"
    if d.chance(0.5):
        street += f", {d.num(1, 9)}º {d.pick(('izq.', 'dcha.', 'A', 'B'))}"
    return Addr([street, f"{pc}{d.digits(2)} {city}"], "es")


def addr_it(d: Draw) -> Addr:
    city, pc, prov = d.pick(IT_PLACES)
    street = f"{d.pick(('Via', 'Viale', 'Largo'))} {d.pick(STREETS_IT)}, {d.num(1, 220)}"
    if d.chance(0.2):
        street += f", int. {d.num(1, 20)}"
    return Addr([street, f"{pc}{d.digits(2)} {city} {prov}"], "it")


def addr_br(d: Draw) -> Addr:
    city, uf, cep = d.pick(BR_PLACES)
    street = f"{d.pick(('Rua', 'Avenida', 'Travessa'))} {d.pick(STREETS_PT)}, {d.num(10, 3000)}"
    if d.chance(0.4):
        street += d.pick(
            (f", apto {d.num(11, 1204)}", f", casa {d.num(1, 9)}", f", bloco {d.pick('ABC')}")
        )
    return Addr([street, f"{city} - {uf}", f"{cep}{d.digits(3)}-{d.digits(3)}"], "br")


def addr_au(d: Draw) -> Addr:
    sub, state, pc = d.pick(AU_PLACES)
    n = f"Unit {d.num(1, 20)}, {d.num(2, 400)}" if d.chance(0.3) else str(d.num(2, 400))
    street = f"{n} {d.pick(STREETS_AU + STREETS_EN)} {d.pick(AU_TYPES)}"
    return Addr([street, f"{sub} {state} {pc}"], "au")


def addr_ca(d: Draw) -> Addr:
    city, prov, fsa = d.pick(CA_PLACES)
    name = d.pick(STREETS_CA + STREETS_EN)
    street = f"{d.num(10, 9999)} {name} {d.pick(('Street', 'Drive', 'Road', 'Avenue'))}"
    if d.chance(0.3):
        street = f"{d.num(101, 2204)}-{street}"
    return Addr(
        [
            street,
            f"{city} {prov} {fsa} {d.digits(1)}{d.letters(1, 'ABCEGHJKLMNPRSTVXY')}{d.digits(1)}",
        ],
        "ca",
    )


def addr_jp(d: Draw) -> Addr:
    ward, pref, pc = d.pick(JP_PLACES)
    street = f"{d.num(1, 5)}-{d.num(1, 30)}-{d.num(1, 20)} {d.pick(STREETS_JP)}"
    if d.chance(0.3):
        street = f"{d.pick(('Room', 'Apt.'))} {d.num(101, 905)}, {street}"
    return Addr([street, f"{ward}, {pref} {pc}-{d.digits(4)}"], "jp")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def addr_in(d: Draw) -> Addr:
    city, state, pin = d.pick(IN_PLACES)
    name = d.pick(STREETS_IN)
    street = d.pick(
        (
            f"Flat {d.num(101, 904)}, {name} Apartments, {ordinal(d.num(1, 40))} Cross Road",
            f"{d.num(1, 99)}, {name} Marg",
            f"House No. {d.num(12, 999)}, {name} Nagar",
            f"Plot {d.num(1, 200)}, {name} Colony",
        )
    )
    return Addr([street, f"{city}, {state} {pin}{d.digits(3)}"], "in")


ADDRESS_FORMATS: tuple[Callable[[Draw], Addr], ...] = (
    addr_us,
    addr_us,
    addr_us,
    addr_gb,
    addr_gb,
    addr_de,
    addr_fr,
    addr_nl,
    addr_es,
    addr_it,
    addr_in,
    addr_jp,
    addr_br,
    addr_au,
    addr_ca,
)


def address(d: Draw) -> Addr:
    return d.pick(ADDRESS_FORMATS)(d)


def addr_one_line(d: Draw, a: Addr) -> str:
    text = ", ".join(a.lines)
    if d.chance(0.25):
        text += ", " + d.pick(COUNTRY[a.country])
    return text


def addr_lines(d: Draw, a: Addr) -> str:
    lines = list(a.lines)
    if d.chance(0.35):
        lines.append(d.pick(COUNTRY[a.country]))
    return "\n".join(lines)


# -- templates ------------------------------------------------------------------------------------
# Person slots: N full (sometimes a middle initial), Ng given, Ns surname (after a title), Nsx
# the surname of the person of the slot before (CSV and JSON name fields), Nsl surname lower
# case, Nr "Surname, Given", Ni initials, Nl full lower case, Ngl given lower case, Nu full upper
# case, Nsu "SURNAME Given". Others: M e-mail, Me the e-mail of the person of the slot before,
# Ph phone, Phx phone with an extension, Cc card, Ss SSN (dashes, spaces or dots), Ssb SSN as 9
# bare digits (after a cue), Ip IPv4, Ip6 IPv6, Ib IBAN, Ad address on one line, Adl the same
# lower case, As the street line alone, Am the address over several lines, Amu the same in
# capitals. Every other slot is a filler (``filler``).
POSITIVE: dict[str, list[str]] = {
    "chat": [
        "yo {Ngl} where r u parked",
        "{Ngl} n {Ngl} are bringing snacks, i got drinks",
        "lmk if {Nl} replies to the group thing",
        "haha {Ngl} fell asleep on the couch again 😂",
        "pay me back whenever, iban's {Ib}",
        "omw, 15 min, ping {Ph} if the gate's locked",
        "u can log in from {Ip} now, i opened the port",
        "fyi {Ng} from accounts is off till {day}",
        "call me back asap on {Ph}!!",
        "dropping the keys at {As} after work",
        "ty {Ng}, see u {day} x",
        "new addy: {Adl}",
        "parcel went to {As} instead of mine ugh",
        "we're at {Ad} come thru",
        "can u grab my mail from {Adl} while im away",
        "party's at {Ngl}'s, {Adl}, bring a jacket",
        "{Ngl} moved to {As}, right by the bakery",
        "my new digits {Ph}",
        "ring me on {Ph} not whatsapp",
        "here's {Ngl}'s cell {Ph}, she said its ok to text",
        "mail it to {M} pls",
        "my paypal is {M}",
        "iban for the rent split: {Ib}",
        "the form literally asked for my ssn {Ss} over chat?? sketchy",
        "server ip is {Ip} if u wanna join",
        "minecraft realm moved to {Ip}:{port}",
        "ipv6 only rn: {Ip6}",
        "card {Cc} got flagged, using my other one",
        "landlord's new place is {Adl}, returning keys {day}",
    ],
    "ticket": [
        "Ticket raised by {N}: cannot upload attachments larger than 10 MB.",
        "Escalated to tier 2. Agent {N} will follow up with the customer.",
        "Customer name on file: {Nr}. Requested account closure.",
        "{ttl} {Ns} called twice about the delayed refund; please prioritise.",
        "Handover: {Ng} takes this over from {Ng} starting {day}.",
        "Reporter IP: {Ip} | Priority: P2 | Component: billing",
        "Per {Ni}, the SSO mapping was changed last sprint.",
        "Screenshot attached by the customer shows SSN {Ss}; redact before sharing.",
        "Name on the order reads {Nsu}; the customer prefers the given name first.",
        "Closing as resolved; customer confirmed delivery to {As}.",
        "Shipping address to update: {Ad}.",
        "Package returned to sender, undeliverable at {Ad}.",
        "Customer {N} moved; new service address {Ad}.",
        "Technician dispatched to {As} between 9 and 12.",
        "Billing address mismatch: card registered to {Ad}.",
        "Invoice copy requested for {Ad}.",
        "Callback requested on {Ph} after 5pm.",
        "Customer's direct line {Phx}.",
        "Secondary contact: {M}.",
        "Chargeback filed; full number {Cc} was pasted by the customer, scrub after processing.",
        "Tax form needs SSN correction: customer wrote {Ss}.",
        "Verified identity with SSN {Ssb} and date of birth.",
        "Refund to IBAN {Ib} approved by finance.",
        "Failed logins originate from {Ip}; temporary block applied.",
        "Customer's IPv6 {Ip6} is on the allow-list now.",
        "VPN endpoint [{Ip6}]:{port} unreachable from the branch office.",
        "Requester {N} ({Me}) cannot reset MFA.",
        "Watchers: {N}, {N}",
        "Courier left the parcel at {Ad} instead of the reception.",
    ],
    "search": [
        "{Nl} linkedin profile photographer",
        "{N} funeral notice {city} this week",
        "is {Nl} still married",
        "{Nl} contact number whitepages",
        "dr {Nsl} orthodontist accepting new patients",
        "{N} wiki age height",
        "{Nl} insta private account",
        "books by {N}",
        "{N} email address",
        "{Ip} port scan results",
        "{Adl} redfin sold price",
        "parcel locker at {Ad} hours",
        "how far is {As} from the airport",
        "{Adl} parking permit",
        "{As} rent estimate 2 bed",
        "{Ad} owner name",
        "missed call {Ph} who is this",
        "{Ph} scam or legit reddit",
        "free reverse phone search {Ph}",
        "{M} breach check",
        "whose email is {M}",
        "{Ip} abuse contact",
        "whois lookup {Ip} isp",
        "geolocate ipv6 {Ip6}",
        "iban checker {Ib} bank name",
        "found {Ss} on an old tax form whose ssn",
        "{Cc} card balance",
        "{Nl} lives at {Adl}?",
        "{Ad} flood zone map",
    ],
    "review": [
        "Five stars. {Ng} at the front desk was incredibly patient with us.",
        "Our courier {N} went above and beyond, carried it up four flights!",
        "Ask for {Ng}, she knows everything about espresso machines.",
        "Do not book with {N}. Never showed up and never refunded.",
        "Dr. {Ns} explained every step; the practice is spotless.",
        "Bought this as a gift and had it shipped to {Ad}; arrived on time.",
        "{Nu} IS THE BEST INSTRUCTOR IN TOWN!!!",
        "Shoutout to {Ng} and {Ng} in the returns department.",
        "The seller ({N}) replied within an hour and sent a replacement.",
        "honestly {Ngl} from support saved my weekend, thx",
        "Stayed at the apartment on {As}; noisy but clean.",
        "Delivered to {Ad} in two days, well packed.",
        "The shop moved to {Ad}, much bigger now.",
        "Host {Ng} met us at {As} with the keys.",
        "Wrong parcel arrived at {Ad}; the label said someone else.",
        "Great B&B at {Ad}. Breakfast was superb.",
        "Called the number on the box, {Ph}, and got a real human.",
        "Owner {N} gave me his mobile ({Ph}) for after-sales questions.",
        "Refund took weeks; I emailed {M} five times.",
        "Seller asked me to pay to {Ib} outside the platform. Scam vibes.",
        "They printed my full card number {Cc} on the receipt!!",
        "The clinic's form asked for my SSN ({Ss}) and then lost the paper.",
        "Router works, but the admin page at {Ip} is painfully slow.",
        "Supports IPv6 fine, got {Ip6} straight away.",
        "Two stars. Promised a callback on {Ph} that never happened.",
        "{Ni} fixed our boiler in under an hour.",
        "The pickup point at {As} is hard to find, no signage.",
        "Mail to {Ad} kept getting lost until they fixed the label.",
        "Support emailed me from {M} asking for my password?!",
    ],
    "log": [
        'level=info event=login user_name="{N}" src={Ip}',
        "ts={ts} action=profile_update full_name={Nu} ok=true",
        '{Ip} - - [{clf}] "GET /account/settings HTTP/1.1" 200 {n}',
        '{Ip} - - [{clf}] "POST /api/login HTTP/2.0" 401 {n} "-" "curl/8.4.0"',
        "[{ts}] WARN payment: card={Cc} declined code=05",
        'ts={ts} msg="kyc check" ssn={Ssb} result=pass',
        "ts={ts} svc=mailer to={M} status=queued",
        "ts={ts} svc=sms to={Ph} template=otp",
        "peer={Ip6} state=ESTABLISHED",
        "client=[{Ip6}]:{port} tls=1.3 handshake_ms={n}",
        "{ts} sshd[{n}]: Accepted publickey for deploy from {Ip} port {port}",
        "{ts} payout iban={Ib} amount={amt} currency=EUR",
        'ts={ts} event=address_changed street="{As}"',
        'ts={ts} geo_lookup addr="{Ad}" match=rooftop',
        'INFO shipping.label created recipient="{N}" addr="{Ad}"',
        'DEBUG crm.sync contact="{Nr}" owner={Ng}',
        "audit src_ip={Ip6} op=export rows={n}",
        "{ts} INFO assigned ticket to {N}",
        "AUDIT {ts} user {M} granted role=admin by {N}",
        "ts={ts} dhcp lease ip={Ip} hostname=printer-3f",
        "kernel: IN=eth0 OUT= SRC={Ip} DST={Ip} PROTO=TCP DPT={port}",
        "nginx: upstream {Ip6} timed out",
        'ts={ts} ship_to="{Ad}" carrier=dhl',
        'ts={ts} billing_line1="{As}" billing_zip={zip}',
        'WARN fraud score=0.9{n} name="{N}" phone={Ph}',
        'ts={ts} event=callback_scheduled number="{Ph}" at={time}',
        "notify: driver {Ng} arriving at {As}",
        'ts={ts} ssn_changed ssn="{Ss}" by={Ng}',
        '{ts} ERROR vcard parse failed for "{Nr}"',
    ],
    "json": [
        '{{"customer": {{"name": "{N}", "tier": "gold"}}}}',
        '{{"assignee": "{Ng}", "status": "open", "id": {n}}}',
        '{{"first_name": "{Ng}", "last_name": "{Nsx}", "newsletter": false}}',
        '{{"author": "{Nr}", "rating": 4}}',
        '{{"contacts": ["{N}", "{N}"]}}',
        '{{"shipping": {{"line1": "{As}", "postcode": "{zip}"}}}}',
        '{{"address": "{Ad}", "verified": true}}',
        '{{"recipient": "{N}", "deliver_to": "{Ad}"}}',
        '{{"billing_address": {{"street": "{As}", "city": "{city}"}}}}',
        '{{"email": "{M}", "opt_in": true}}',
        '{{"phone": "{Ph}", "type": "mobile"}}',
        '{{"phone": "{Phx}", "type": "work"}}',
        '{{"pan": "{Cc}", "expiry_mmyy": "{exp}", "save": true}}',
        '{{"ssn": "{Ss}", "dob_year": {year}}}',
        '{{"tax_id": "{Ssb}", "tax_id_type": "SSN"}}',
        '{{"payout": {{"iban": "{Ib}", "account_holder": "{N}"}}}}',
        '{{"client_ip": "{Ip}", "ua": "Mozilla/5.0"}}',
        '{{"remote_addr": "{Ip6}", "proto": "h2"}}',
        '{{"attrs": {{"login_ip": "{Ip}", "locale": "en-GB"}}}}',
        '{{"owner": {{"contact": "{M}"}}, "sku": "{sku}"}}',
        '{{"next_of_kin": {{"full_name": "{N}", "mobile": "{Ph}"}}}}',
        '{{"signed_by": "{Ni}", "at": "{ts}"}}',
        'attributes: name="{N}" role="editor" active=1',
        "{{'name': '{N}', 'team': 'platform'}}",
        '{{"pickup": "{Ad}", "dropoff": "{Ad}"}}',
        '{{"peers": ["{Ip}", "{Ip}"]}}',
        '{{"note": "gate code at {As} is on the invoice"}}',
        '{{"street_address": "{As}", "unit": null}}',
        'data-user="{N}" data-addr="{Ad}"',
    ],
    "multiline": [
        "Hi {Ng},\n\nThanks for the quick turnaround on the proposal.\n\nBest,\n{Ng}",
        "Dear {ttl} {Ns},\n\nYour appointment is confirmed for {day} at {time}.\n\n"
        "Kind regards,\n{N}",
        "SHIP TO:\n{Nu}\n{Amu}",
        "From: {N} <{Me}>\nTo: {N}\nSubject: keys\n\nLeft them with the concierge.",
        "--\n{N}\nSenior Buyer\nM: {Ph}\n{Me}",
        "Name: {N}\nAddress line 1: {As}\nCity: {city}\nPhone: {Ph}",
        "first_name,last_name,email\n{Ng},{Nsx},{Me}",
        "name,phone,city\n{N},{Ph},{city}\n{N},{Ph},{city}",
        "Consignee\n{N}\n{Am}\nFragile - this side up",
        "Please send the contract to\n\n{N}\n{Am}\n\nThanks!",
        "Hello team,\n\nPlease welcome {N}, who joins us as QA lead.\n\nCheers,\n{Ng}",
        "If undelivered please return to:\n{Am}",
        "Member SSN: {Ss}\nPlan: PPO\nCopay: {amt}",
        "Beneficiary IBAN: {Ib}\nReference: INV-{n}\nAmount: {amt} EUR",
        "Card: {Cc}\nExp: {exp}\nCVC: on file",
        "id,ip,seen\n{n},{Ip},{date}\n{n},{Ip6},{date}",
        "hey {Ngl}\nsry for the late reply\ncall me {Ph}\n- {Ngl}",
        "Billing address\n{Am}\n\nShipping address\nSame as billing",
        "Kind regards,\n\n{N}\n{Am}\nTel. {Ph}",
        "To whom it may concern,\n\nI confirm that {N} has lived at {Ad} since {year}.\n\n"
        "Signed,\n{N}",
        "RSVP yes:\n* {N}\n* {N}\n* {N}",
        "Contact form submission\nName: {N}\nEmail: {Me}\nMessage: please call back",
        "Employee record\nSSN: {Ssb}\nHome: {Ad}\nDept: Finance",
        "Host: {Ip6}\nUser: deploy\nPort: {port}",
        "Order notes:\nleave at the side gate\n{Am}",
        "name;street;zip\n{N};{As};{zip}",
        "Your parcel is waiting at\n{Am}\nOpening hours: 9-18",
        "Re: visit\n\n{Ng} - the address is {Ad}, ring the bell twice.\n\n{Ng}",
        "Attendees\n{Nr}\n{Nr}\n\nRoom: B2",
    ],
}

# Look-alike templates: no PII slot (``check_templates`` asserts it).
NEGATIVE: dict[str, list[str]] = {
    "chat": [
        "ok tracking says {wb}, should land {day}",
        "lol {brand} had a sale, got {n} things",
        "the train's delayed {dur} again 🙄",
        "we booked the cabin near {place} for {day}, so hyped",
        "pls stop playing {work} on repeat, it's been {dur}",
        "order {ord} finally came!!",
        "it's the {capw} one, not the silver, {price}",
        "meet at the fountain on {nstreet} at {time}?",
        "phone updated to {ver4} and now the battery dies",
        "my booking ref is {nine}, gate B{n}",
        "wifi mac is {mac} if u need to whitelist it",
        "grabbed coffee at {brand} then walked down {nstreet}",
        "{co} stock is up {pct}% today lmao",
        "waybill {wb} lol they lost it again",
        "campsite pin is {lat}, {lon} btw no signal there",
        "it cost {price} with shipping smh",
    ],
    "ticket": [
        "Carrier waybill {wb} shows an exception since {date}.",
        "Invoice {inv} was paid twice; merge with {tkt}.",
        "Customer upgraded from {ver} to {ver}; sync fails.",
        "Firmware {ver4} bricks the unit on cold boot.",
        "Card on file is masked ({masked}); no action needed.",
        "Payment attempt with {badcc} rejected: checksum failed.",
        "Serial {sku} / IMEI {imei}, device out of warranty.",
        "Routing number {aba} was entered in the wrong field.",
        "Reference {nine} appears on the bank statement.",
        "Duplicate of {tkt}; see build {build}.",
        "SLA breached by {dur}; root cause pending.",
        "The {brand} integration returns 502 since {time}.",
        "Customer asks about the {co} partnership announced {date}.",
        "Request id {uuid} failed with code 0x{hex8}.",
        "Store in {place} reports scanner issues with EAN {ean}.",
        "SSN field rejected {badssn} (area never issued).",
    ],
    "search": [
        "where is my parcel {wb}",
        "{brand} near me open {day}",
        "{work} karaoke version {year}",
        "convert {dur} to minutes",
        "{co} careers {city}",
        "weather {place} {day}",
        "{nstreet} shops open {day}",
        "who published isbn {isbn}",
        "{ver4} release notes",
        "mac vendor lookup {mac}",
        "{capw} recipe {n} servings",
        "{sku} price",
        "is {badiban} a valid iban",
        "{lat} {lon} map",
        "ean {ean} product",
        "sha256 {hex}",
    ],
    "review": [
        "The {brand} jacket runs small; order a size up from {n}.",
        "Arrived in {dur}, tracking {wb} worked perfectly.",
        "Great hotel, {n} minutes from {nstreet}.",
        "Reading {work} again for book club, {year} edition.",
        "Paid {price}, worth every cent.",
        "Version {ver} fixed the crash I complained about.",
        "Loved our {n}-day trip to {place}; the guide was great.",
        "Color is {capw}, exactly as pictured for {price}.",
        "Box said model {sku}, but they sent an older one.",
        "After update {ver4} the app finally loads fast.",
        "Better than anything from {co}, and only {price}.",
        "Order {ord} arrived with a dent.",
        "Battery lasts {dur} on a full charge.",
        "The barcode {ean} scanned fine at checkout.",
        "Three stars, {brand} used to be better in {year}.",
        "Order number {nine} still not refunded after two weeks.",
    ],
    "log": [
        "ts={ts} level=info build={build} commit={hex}",
        "ts={ts} tracking={wb} carrier=ups status=in_transit",
        "ts={ts} order_id={ord} total={price}",
        "{ts} agent/{ver4} heartbeat ok",
        "req_id={uuid} latency_ms={n} route=/v1/items",
        "ts={ts} device_mac={mac} rssi=-{n}",
        "ts={ts} invoice={inv} state=paid",
        "ts={ts} geo lat={lat} lon={lon}",
        "ts={ts} sku={sku} qty={n} warehouse=DE-{n}",
        "ts={ts} job=backup duration={dur} ok=true",
        "ts={ts} imei={imei} sim=attached",
        "WARN card_check pan={badcc} luhn=fail",
        "ts={ts} ref={nine} type=refund",
        "ts={ts} pkg=openssl version={ver} cve=none",
        "ts={ts} upstream=svc-{ver4} healthy=true",
        "ts={ts} isbn={isbn} action=restock",
    ],
    "json": [
        '{{"shipment": {{"tracking_no": "{wb}", "carrier": "Purolator"}}}}',
        '{{"order_id": "{ord}", "amount": "{price}"}}',
        '{{"version": "{ver4}", "channel": "stable"}}',
        '{{"uuid": "{uuid}", "created": "{ts}"}}',
        '{{"sha1": "{hex}", "size": {n}}}',
        '{{"mac": "{mac}", "vendor": "unknown"}}',
        '{{"brand": "{brand}", "sku": "{sku}"}}',
        '{{"geo": {{"lat": {lat}, "lng": {lon}, "acc_m": {n}}}}}',
        '{{"isbn": "{isbn}", "title": "{work}"}}',
        '{{"ean": "{ean}", "price": "{price}"}}',
        '{{"company": "{co}", "employees": {n}}}',
        '{{"city": "{place}", "landmark": "{nstreet}"}}',
        '{{"invoice": "{inv}", "due": "{date}"}}',
        '{{"card": "{masked}", "token": "tok_{hex8}"}}',
        '{{"ticket": "{tkt}", "build": "{build}"}}',
        '{{"duration": "{dur}", "reference": "{nine}"}}',
    ],
    "multiline": [
        "Shipment update\nWaybill: {wb}\nStatus: out for delivery\nETA: {day}",
        "Release notes {ver}\n- fixed login loop\n- build {build}",
        "sku,qty,price\n{sku},{n},{price}\n{sku},{n},{price}",
        "Invoice {inv}\nDate: {date}\nTotal: {price}",
        "Hi team,\n\nThe {brand} pop-up opens on {day} near {nstreet}.\n\nThanks",
        "Reading list:\n1. {work}\n2. {work}",
        "Device\nMAC: {mac}\nIMEI: {imei}\nFirmware: {ver4}",
        "id,checksum\n{n},{hex}\n{n},{hex}",
        "Meeting notes\nVendor: {co}\nDuration: {dur}\nNext: {date}",
        "Trip plan\nDay 1: {place}\nDay 2: {place}",
        "Payment\nCard: {masked}\nRef: {nine}",
        "Order {ord}\nItems: {n}\nShip by: {date}",
        "Specimen\nColour: {capw}\nEAN: {ean}\nISBN: {isbn}",
        "uuid\n{uuid}\n{uuid}",
        "Waypoint\nLat: {lat}\nLon: {lon}",
        "Test card (fails Luhn): {badcc}\nRouting: {aba}",
    ],
}

# -- fillers -------------------------------------------------------------------------------
CITIES = _items(
    "Leeds, Lyon, Porto, Graz, Tampere, Utrecht, Brno, Cork, Aarhus, Bergen, Bilbao, Turin, "
    "Kraków, Osaka, Busan, Austin, Denver, Halifax, Perth, Durban, Nairobi, Pune"
)
DAYS = _items("Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
MONTHS = _items("Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec")
WAYBILL_SHAPES = _items(
    "NNN-NNN-NNNN, NNNN NNN NNNN, NNN NNNN NNNN, 0NNN NNNNNN, NNN-NNNNNNNN, 1ZLLLNNNNNNNNNNNNN, "
    "NNNN NNNN NNNN, JJDNNNNNNNNNNNN, LLNNNNNNNNNLL, NN NNNN NNNN NN"
)


def check_digit_ean(body: str) -> str:
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return str((10 - total % 10) % 10)


def aba(d: Draw) -> str:
    body = f"{d.pick((d.num(1, 12), d.num(21, 32))):02d}" + d.digits(6)
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(ch) * w for ch, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


def imei(d: Draw) -> str:
    body = d.pick(("35", "86", "01", "99")) + d.digits(12)
    value = body + luhn_digit(body)
    if d.chance(0.5):
        return f"{value[:2]}-{value[2:8]}-{value[8:14]}-{value[14]}"
    return value


def bad_ssn(d: Draw) -> str:
    area = d.pick(("000", "666", f"9{d.digits(2)}", f"{d.num(1, 899):03d}"))
    group = "00" if area[0] not in "069" else f"{d.num(1, 99):02d}"
    serial = d.digits(4) if group == "00" or area[0] in "069" else "0000"
    if area == "666" or area == "000" or area[0] == "9":
        serial = f"{d.num(1, 9999):04d}"
    return f"{area}-{group}-{serial}"


def masked(d: Draw) -> str:
    return d.pick(
        (
            f"XXXX XXXX XXXX {d.digits(4)}",
            f"************{d.digits(4)}",
            f"{d.pick(('4', '5'))}{d.digits(3)} **** **** {d.digits(4)}",
            f"ending in {d.digits(4)}",
        )
    )


def clock(d: Draw) -> str:
    return f"{d.num(0, 23):02d}:{d.num(0, 59):02d}:{d.num(0, 59):02d}"


def filler(d: Draw, kind: str) -> str:
    table: dict[str, Callable[[], str]] = {
        "ttl": lambda: d.pick(TITLES),
        "n": lambda: str(d.num(2, 999)),
        "day": lambda: d.pick(DAYS),
        "date": lambda: f"{d.num(2020, 2026)}-{d.num(1, 12):02d}-{d.num(1, 28):02d}",
        "time": lambda: f"{d.num(0, 23):02d}:{d.num(0, 59):02d}",
        "ts": lambda: f"{filler(d, 'date')}T{clock(d)}.{d.digits(3)}Z",
        "clf": lambda: f"{d.num(1, 28):02d}/{d.pick(MONTHS)}/{d.num(2023, 2026)}:{clock(d)} +0100",
        "port": lambda: str(d.num(1025, 65000)),
        "zip": lambda: d.digits(5),
        "amt": lambda: f"{d.num(5, 9999)}.{d.digits(2)}",
        "city": lambda: d.pick(CITIES),
        "exp": lambda: f"{d.num(1, 12):02d}/{d.num(26, 32)}",
        "year": lambda: str(d.num(1961, 2004)),
        "pct": lambda: f"{d.num(1, 40)}.{d.digits(1)}",
        "sku": lambda: pattern(
            d, d.pick(("LL-NNNN-LLN", "NNNNN-LLL", "PN LNNN-NNNN", "LLLNNNNNN"))
        ),
        "wb": lambda: pattern(d, d.pick(WAYBILL_SHAPES)),
        "ord": lambda: pattern(
            d, d.pick(("NNN-NNNNNNN-NNNNNNN", "#NNNNNNNN", "ORD-LLNNNNNN", "NNNNNNNNNN"))
        ),
        "inv": lambda: pattern(
            d, d.pick(("INV-NNNNNN", "NNNN/NNNN", "F-NNNN-NNNNN", "RE-NNNNNNN"))
        ),
        "ver": lambda: d.pick(
            (f"{d.num(1, 24)}.{d.num(0, 19)}.{d.num(0, 40)}", f"v{d.num(0, 9)}.{d.num(0, 99)}")
        ),
        "ver4": lambda: d.pick(
            (
                f"{d.num(1, 12)}.{d.num(0, 9)}.{d.num(0, 9)}.{d.num(0, 99)}",
                f"10.0.{d.num(17000, 26100)}.{d.num(100, 4000)}",
                f"{d.num(2, 9)}.{d.num(0, 30)}.{d.num(1, 250)}.{d.num(1, 250)}",
            )
        ),
        "build": lambda: pattern(d, d.pick(("NNNNN", "20NN.NN.NN-rcN", "bN.NNNN"))),
        "dur": lambda: d.pick(
            (
                f"{d.num(1, 9)}h {d.num(1, 59)}m",
                f"PT{d.num(1, 59)}M{d.num(1, 59)}S",
                f"00:{d.num(1, 59):02d}:{d.num(0, 59):02d}",
                f"{d.num(2, 90)} min",
            )
        ),
        "hex": lambda: "".join(d.pick("0123456789abcdef") for _ in range(d.pick((12, 40, 64)))),
        "hex8": lambda: "".join(d.pick("0123456789ABCDEF") for _ in range(8)),
        "uuid": lambda: "-".join(
            "".join(d.pick("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)
        ),
        "lat": lambda: f"{d.pick(('', '-'))}{d.num(0, 70)}.{d.digits(6)}",
        "lon": lambda: f"{d.pick(('', '-'))}{d.num(0, 179)}.{d.digits(6)}",
        "price": lambda: d.pick(
            (
                f"${d.num(3, 899)}.{d.digits(2)}",
                f"€{d.num(3, 899)},{d.digits(2)}",
                f"£{d.num(3, 99)}",
            )
        ),
        "isbn": lambda: (lambda b: f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{check_digit_ean(b)}")(
            "978" + d.digits(9)
        ),
        "ean": lambda: (lambda b: b + check_digit_ean(b))(
            d.pick(("40", "50", "87", "76")) + d.digits(10)
        ),
        "mac": lambda: d.pick((":", "-")).join(
            "".join(d.pick("0123456789ABCDEF") for _ in range(2)) for _ in range(6)
        ),
        "tkt": lambda: pattern(d, d.pick(("TCK-NNNNN", "#NNNNNN", "HD-NNNN", "CASE NNNNNNNN"))),
        "badcc": lambda: card_format(d, card_digits(d, valid=False)),
        "nine": lambda: d.digits(9),
        "imei": lambda: imei(d),
        "aba": lambda: aba(d),
        "badssn": lambda: bad_ssn(d),
        "badiban": lambda: iban(d, valid=False),
        "masked": lambda: masked(d),
        "brand": lambda: d.pick(BRANDS),
        "co": lambda: d.pick(COMPANIES),
        "place": lambda: d.pick(PLACES),
        "nstreet": lambda: d.pick(NAMED_STREETS),
        "work": lambda: d.pick(TITLES_WORKS),
        "capw": lambda: d.pick(CAP_WORDS),
    }
    return table[kind]()


# -- rendering ------------------------------------------------------------------------------------
PERSON_KINDS = frozenset({"N", "Ng", "Ns", "Nsx", "Nsl", "Nr", "Ni", "Nl", "Ngl", "Nu", "Nsu"})
PII_KINDS = PERSON_KINDS | {
    "M",
    "Me",
    "Ph",
    "Phx",
    "Cc",
    "Ss",
    "Ssb",
    "Ip",
    "Ip6",
    "Ib",
    "Ad",
    "Adl",
    "As",
    "Am",
    "Amu",
}
SLOT = re.compile(r"\{(\w+)\}")


def pii_value(d: Draw, people: People, kind: str) -> tuple[str, str]:
    """(value, entity_type) for a PII slot."""
    if kind in PERSON_KINDS:
        if kind == "Nsl":
            return people.form("Ns").lower(), "PERSON"
        return people.form(kind), "PERSON"
    if kind in ("M", "Me"):
        return people.email(same=kind == "Me"), "EMAIL_ADDRESS"
    if kind in ("Ph", "Phx"):
        return phone(d, ext=kind == "Phx"), "PHONE_NUMBER"
    if kind == "Cc":
        return card_format(d, card_digits(d)), "CREDIT_CARD"
    if kind == "Ss":
        return ssn(d), "US_SSN"
    if kind == "Ssb":
        return ssn_digits(d), "US_SSN"
    if kind == "Ip":
        return ipv4(d), "IP_ADDRESS"
    if kind == "Ip6":
        return ipv6(d), "IP_ADDRESS"
    if kind == "Ib":
        return iban(d), "IBAN_CODE"
    a = address(d)
    # A PO box stands for the street line only where a postal address fits (labels, letters,
    # billing blocks: the multi-line kinds), in the countries that use them.
    if kind in ("Am", "Amu") and a.country in ("us", "au", "ca") and d.chance(0.5):
        a.lines[0] = f"PO Box {d.num(10, 9999)}"
    if kind == "As":
        return a.lines[0], "STREET_ADDRESS"
    if kind in ("Am", "Amu"):
        value = addr_lines(d, a)
        return (value.upper() if kind == "Amu" else value), "STREET_ADDRESS"
    value = addr_one_line(d, a)
    return (value.lower() if kind == "Adl" else value), "STREET_ADDRESS"


def render(d: Draw, people: People, template: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    for part in re.split(r"(\{\{|\}\}|\{\w+\})", template):
        if part == "{{":
            piece = "{"
        elif part == "}}":
            piece = "}"
        elif SLOT.fullmatch(part):
            kind = part[1:-1]
            if kind in PII_KINDS:
                piece, etype = pii_value(d, people, kind)
                spans.append(
                    {
                        "start": length,
                        "end": length + len(piece),
                        "entity_type": etype,
                        "value": piece,
                    }
                )
            else:
                piece = filler(d, kind)
        else:
            piece = part
        out.append(piece)
        length += len(piece)
    return "".join(out), spans


# -- checks ---------------------------------------------------------------------------------------
ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "IP_ADDRESS",
        "IBAN_CODE",
        "STREET_ADDRESS",
    }
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DIGIT_RUN = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- .])(\d{2})\2(\d{4})(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def gold_like(text: str) -> list[str]:
    """Values of a gold type found in a look-alike text (there must be none).

    An IMEI (15 digits, Luhn-valid by design) after the word IMEI is a look-alike, and so are
    four-part versions shaped like IPv4 addresses; neither is reported here."""
    found = [m.group() for m in EMAIL_RE.finditer(text)]
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if "imei" in text.lower() and len(digits) == 15:
            continue
        if luhn_ok(digits):
            found.append(m.group())
    found += [m.group() for m in SSN_RE.finditer(text) if ssn_valid(m.group())]
    found += [m.group() for m in IBAN_RE.finditer(text) if iban_ok(m.group())]
    return found


def street_words(street: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", street)} - STREET_CONNECTORS


def check_pools() -> None:
    given, family, forbidden = filtered_pools()
    assert len(given) >= MIN_GIVEN, len(given)
    assert len(family) >= MIN_SURNAMES, len(family)
    span_words = earlier_span_words()
    for _, name in given + family:
        assert not name_tokens(name) & forbidden, name
        assert not name_tokens(name) & span_words, name
    streets = all_streets()
    assert len(set(streets)) >= MIN_STREETS, len(set(streets))
    pool_words = earlier_pool_words()
    for street in streets:
        words = street_words(street)
        assert words, street
        assert not words & span_words, (street, words & span_words)
        assert not words & pool_words, (street, words & pool_words)


def check_templates() -> None:
    for register in REGISTERS:
        assert len(POSITIVE[register]) == len(set(POSITIVE[register])), register
        assert len(NEGATIVE[register]) == len(set(NEGATIVE[register])), register
        for template in POSITIVE[register]:
            assert any(k in PII_KINDS for k in SLOT.findall(template)), template
        for template in NEGATIVE[register]:
            assert not any(k in PII_KINDS for k in SLOT.findall(template)), template


def check_record(record: dict[str, object]) -> None:
    text = str(record["text"])
    spans = record["spans"]
    assert isinstance(spans, list)
    last = 0
    for span in spans:
        assert text[span["start"] : span["end"]] == span["value"], (text, span)
        assert span["start"] >= last, text
        assert span["end"] > span["start"], text
        last = span["end"]
        value, etype = span["value"], span["entity_type"]
        assert etype in ENTITY_TYPES, etype
        if etype == "CREDIT_CARD":
            assert luhn_ok(value), value
        elif etype == "IBAN_CODE":
            assert iban_ok(value), value
        elif etype == "US_SSN":
            assert ssn_valid(value), value
        elif etype == "IP_ADDRESS":
            ipaddress.ip_address(value)
    assert bool(record.get("negative")) == (not spans), text
    if record.get("negative"):
        assert not gold_like(text), (text, gold_like(text))


def loose_skeleton(record: dict[str, object]) -> str:
    """``skeleton`` with punctuation and runs of white space folded to one space."""
    return re.sub(r"[^\w#]+", " ", skeleton(record)).strip()


def check_novelty(records: list[dict[str, object]]) -> None:
    """No text and no text skeleton (punctuation aside) of any earlier file."""
    texts: set[str] = set()
    skeletons: set[str] = set()
    for path in _earlier_files():
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                old = json.loads(line)
                texts.add(old["text"])
                skeletons.add(loose_skeleton(old))
    for record in records:
        assert record["text"] not in texts, record["text"]
        assert loose_skeleton(record) not in skeletons, record["text"]


# -- build ----------------------------------------------------------------------------------------
def _quota(total: int) -> list[int]:
    base, extra = divmod(total, len(REGISTERS))
    return [base + (1 if i < extra else 0) for i in range(len(REGISTERS))]


def build() -> list[dict[str, object]]:
    check_pools()
    check_templates()
    d = Draw(random.Random(SEED))
    people = People(d)
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    offset = 0
    first_id: dict[tuple[bool, str], int] = {}
    for negative, table in ((False, POSITIVE), (True, NEGATIVE)):
        for register in REGISTERS:
            first_id[(negative, register)] = offset
            offset += len(table[register])
    for negative, table, total in ((False, POSITIVE, POSITIVES), (True, NEGATIVE, NEGATIVES)):
        batches: list[list[dict[str, object]]] = []
        for register, quota in zip(REGISTERS, _quota(total), strict=True):
            templates = table[register]
            order = list(range(len(templates)))
            picks: list[int] = []
            while len(picks) < quota:
                d.rng.shuffle(order)
                picks += order
            batch = []
            for index in picks[:quota]:
                for _ in range(200):
                    text, spans = render(d, people, templates[index])
                    if text not in seen and not (negative and gold_like(text)):
                        break
                else:
                    raise RuntimeError(templates[index])
                seen.add(text)
                record: dict[str, object] = {
                    "template_id": first_id[(negative, register)] + index,
                    "text": text,
                    "spans": spans,
                    "register": register,
                }
                if negative:
                    record["negative"] = True
                batch.append(record)
            batches.append(batch)
        for i in range(max(len(b) for b in batches)):
            for batch in batches:
                if i < len(batch):
                    records.append(batch[i])
    out = []
    for i, record in enumerate(records):
        record = {"id": i} | record
        check_record(record)
        out.append(record)
    check_novelty(out)
    return out


def summary(records: list[dict[str, object]]) -> dict[str, object]:
    types: Counter[str] = Counter()
    per_register: Counter[str] = Counter()
    texts_with: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for record in records:
        spans = record["spans"]
        assert isinstance(spans, list)
        per_register[f"{record['register']}/{'neg' if record.get('negative') else 'pos'}"] += 1
        types.update(str(s["entity_type"]) for s in spans)
        for etype in {str(s["entity_type"]) for s in spans}:
            texts_with[etype] += 1
        for s in spans:
            if s["entity_type"] == "IP_ADDRESS":
                kinds["ipv6" if ":" in s["value"] else "ipv4"] += 1
            if s["entity_type"] == "PERSON" and s["value"] == s["value"].lower():
                kinds["person_lower"] += 1
            if "\n" in str(s["value"]):
                kinds["multiline_span"] += 1
        if "\n" in str(record["text"]):
            kinds["multiline_text"] += 1
    return {
        "spans": dict(sorted(types.items())),
        "texts_with": dict(sorted(texts_with.items())),
        "per_register": dict(sorted(per_register.items())),
        "kinds": dict(sorted(kinds.items())),
    }


def main() -> None:
    records = build()
    write_set(records, FILE)
    given, family, _ = filtered_pools()
    for key, value in summary(records).items():
        print(f"  {key}: {value}")
    positives, negatives = sum(map(len, POSITIVE.values())), sum(map(len, NEGATIVE.values()))
    print(f"  templates: {positives} with PII, {negatives} look-alike")
    print(
        f"  pools: {len(given)} given names, {len(family)} surnames, {len(all_streets())} streets"
    )


if __name__ == "__main__":
    main()
