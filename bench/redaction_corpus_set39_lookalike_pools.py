# ruff: noqa: E501
"""Set 39's name-like look-alike pools (no entry is PII), those of regulated paperwork: laws
and acts named after people, well-known court cases (``Roe v Wade``: the parties are public
record and famous, not the people of a text), hospitals and wards named after people, drugs
with name-like brand names, diseases, syndromes and tests named after people (eponyms),
agencies, courthouses and institutions named like people, streets used as landmarks (a
detector should not take ``Downing Street`` for an address), capitalised sentence openers that
are also names and lower-case ordinary phrases holding a word that is also a name.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools. The laws, cases, hospitals, drugs,
eponyms, agencies and landmarks are real; the openers and phrases were checked against the
texts of sets 13-38. No entry holds an ``@``: look-alike texts hold none.
"""

from __future__ import annotations

LAWS: tuple[str, ...] = (
    "Dodd-Frank Act", "Sarbanes-Oxley", "Gramm-Leach-Bliley Act", "Taft-Hartley Act",
    "Glass-Steagall", "Megan's Law", "Jessica's Law", "Clare's Law", "Sarah's Law", "Martyn's Law",
    "Helen's Law", "Finn's Law", "Brady Act", "Stark Law", "Hatch Act", "Volstead Act",
    "Leahy Law", "Magnitsky Act", "Lei Maria da Penha", "Ryan White CARE Act", "Hyde Amendment",
    "Lautenberg Amendment", "Baker Act", "Marchman Act", "Kendra's Law", "Natasha's Law",
)  # fmt: skip

CASES: tuple[str, ...] = (
    "Donoghue v Stevenson", "Roe v Wade", "Miranda v Arizona", "Brown v Board of Education",
    "Marbury v Madison", "Carlill v Carbolic Smoke Ball Co", "Gideon v Wainwright",
    "Plessy v Ferguson", "Loving v Virginia", "Obergefell v Hodges", "Salomon v Salomon",
    "Hadley v Baxendale", "Rylands v Fletcher", "Pepper v Hart", "Caparo v Dickman",
    "Gillick v West Norfolk", "Bolam v Friern", "Montgomery v Lanarkshire", "Terry v Ohio",
    "Mapp v Ohio", "Tinker v Des Moines", "Vishaka v State of Rajasthan", "Mabo v Queensland",
    "Kesavananda Bharati", "Chevron v NRDC",
)  # fmt: skip

HOSPITALS: tuple[str, ...] = (
    "Johns Hopkins", "Mayo Clinic", "Addenbrooke's", "Guy's Hospital", "St Thomas' Hospital",
    "Cedars-Sinai", "Charité", "Groote Schuur", "Chris Hani Baragwanath", "Kenyatta National Hospital",
    "Aga Khan Hospital", "Sir Ganga Ram Hospital", "Lilavati Hospital", "John Radcliffe",
    "Walter Reed", "Alder Hey", "Royal Victoria Infirmary", "Queen Elizabeth Hospital",
    "Princess Royal Hospital", "Nightingale Ward", "Seacole Ward", "Lister Ward", "Jenner Ward",
    "Fleming Ward", "Cavell Ward",
)  # fmt: skip

DRUGS: tuple[str, ...] = (
    "Allegra", "Lyrica", "Yasmin", "Valium", "Xanax", "Zoloft", "Keppra", "Lasix", "Tamiflu",
    "Humira", "Keytruda", "Jardiance", "Trulicity", "Entresto", "Ozempic", "Eliquis", "Xarelto",
    "Celebrex", "Abilify", "Seroquel", "Sudafed", "Calpol", "Nurofen", "Claritin", "Ventolin",
    "Augmentin",
)  # fmt: skip

EPONYMS: tuple[str, ...] = (
    "Parkinson's", "Alzheimer's", "Crohn's disease", "Hodgkin lymphoma", "Addison's disease",
    "Cushing's syndrome", "Graves' disease", "Hashimoto's", "Tourette syndrome", "Down syndrome",
    "Asperger's", "Huntington's disease", "Bell's palsy", "Raynaud's", "Guillain-Barré syndrome",
    "Sjögren's syndrome", "Ménière's disease", "Kawasaki disease", "Lou Gehrig's disease",
    "Achilles tendinitis", "Osgood-Schlatter", "Paget's disease", "Apgar score",
    "Heimlich manoeuvre", "Pap smear", "Baker's cyst",
)  # fmt: skip

AGENCIES: tuple[str, ...] = (
    "Fannie Mae", "Freddie Mac", "Ginnie Mae", "Sallie Mae", "Scotland Yard", "Old Bailey",
    "HMRC", "DVLA", "USCIS", "Home Office", "Jobcentre Plus", "Centrelink", "Service Canada",
    "HM Land Registry", "Companies House", "Receita Federal", "Agenzia delle Entrate",
    "Legal Aid Agency", "Crown Prosecution Service", "Citizens Advice",
    "Thurgood Marshall Courthouse", "Moakley Courthouse", "Stanley Mosk Courthouse",
    "Ronald Reagan Building", "Edward Brooke Courthouse", "Bundesagentur für Arbeit",
)  # fmt: skip

LANDMARKS: tuple[str, ...] = (
    "Downing Street", "Wall Street", "Fleet Street", "Harley Street", "Whitehall",
    "Threadneedle Street", "Pennsylvania Avenue", "Constitution Avenue", "Avenida Paulista",
    "Nevsky Prospekt", "Champs-Élysées", "Baker Street", "Lombard Street", "Carey Street",
    "K Street", "Madison Avenue", "Bond Street", "Chancery Lane", "Bow Street", "Savile Row",
    "Abbey Road", "Calle Florida", "Rajpath", "Queen Street", "Marine Drive",
)  # fmt: skip

# Capitalised openers whose first word is also a given name (invented; checked against sets 13-38).
OPENERS: tuple[str, ...] = (
    "Will contested by the nephews", "Grant of probate still pending", "Bill of costs attached",
    "Mark the box for a postal vote", "Sue the council? not worth it", "Frank answers only please",
    "Penny short on the form fee", "Dawn raid on the warehouse", "Chase the licensing office again",
    "Hope the tribunal sees sense", "Faith in the ombudsman is low", "Justice delayed yet again",
    "Patience wearing thin with the tax office", "Rich pickings for the bailiffs",
    "Pat down at the security gate", "Rusty on the new form, sorry", "Jack up the appeal fee? no way",
    "Sterling transfer cleared overnight", "Carol service at the hospice",
    "Rose to the top of the waiting list", "Summer hours at the tax office",
    "Ray of hope for the appeal", "Gene panel results back", "Joy, another brown envelope",
    "Major incident declared at A&E", "Earnest money lodged with the notary",
)  # fmt: skip

# Lower-case phrases holding an ordinary word that is also a name (invented; checked).
WORDS: tuple[str, ...] = (
    "a will and testament", "the bill of costs", "a grant of probate", "mark the box twice",
    "sue for damages", "a frank disclosure", "in good faith", "earnest money", "a sterling cheque",
    "chase the claim", "the scales of justice", "the patience of a clerk", "a ray of hope",
    "a penny stamp", "the rose garden at the crematorium", "an august tribunal",
    "the dawn patrol", "a major incident", "a rich seam of paperwork", "a pat on the back",
    "carol singers on the ward", "the summer recess", "an amber warning", "ivy on the courthouse",
    "a pearl anniversary", "a crystal clear ruling",
)  # fmt: skip
