# ruff: noqa: E501
"""Set 37's name-like look-alike pools (no entry is PII), those of workplaces and
institutions: software, languages and tools named after people or ordinary words, laws and
rules named after people, theorems, charts, units and prizes named after people, universities,
schools, hospitals and halls named after people (no address), companies whose name is a
surname, job titles and departments, lower-case ordinary words that are also names in
ordinary phrases, capitalised sentence openers that are also names, and chat handles.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools, and no entry holds another. All
entries are real but the handles and openers, which were checked against the texts of sets
13-36.
"""

from __future__ import annotations

SOFTWARE: tuple[str, ...] = (
    "Jenkins", "Hudson", "Ada", "Kafka", "Bazel", "Dart", "Julia", "Django", "Pascal",
    "Haskell", "Cassandra", "Sinatra", "Jekyll", "Gatsby", "Loki", "Thanos", "Mimir", "Argo",
    "Apollo", "Darwin", "Babel", "Tomcat", "Maven", "Selenium", "Hugo", "Jetty",
)  # fmt: skip

LAWS: tuple[str, ...] = (
    "Sarbanes-Oxley", "Dodd-Frank", "Taft-Hartley", "Davis-Bacon Act", "Glass-Steagall",
    "Gramm-Leach-Bliley", "Hatch Act", "Wagner Act", "Stark Law", "Magnuson-Moss",
    "Hart-Scott-Rodino", "Bayh-Dole", "Sherman Act", "Clayton Act", "Robinson-Patman",
    "Jones Act", "Volcker Rule", "Kennedy-Kassebaum", "Byrd Rule", "Hyde Amendment",
    "McCarran-Ferguson", "Lanham Act", "Helms-Burton", "Baker Act",
)  # fmt: skip

SCIENCE: tuple[str, ...] = (
    "Gaussian", "Bayes' theorem", "Fourier transform", "Dijkstra's algorithm", "Kalman filter",
    "Markov chain", "Nobel Prize", "Pulitzer", "Fulbright", "Rhodes Scholarship", "Turing Award",
    "Fields Medal", "Boolean", "Euler's number", "Newton's method", "Pythagoras", "Fibonacci",
    "Gantt chart", "Pareto chart", "Likert scale", "Bloom's taxonomy", "Myers-Briggs",
    "Doppler", "Kelvin",
)  # fmt: skip

BUILDINGS: tuple[str, ...] = (
    "Johns Hopkins", "Carnegie Hall", "Mayo Clinic", "Juilliard", "Stanford", "Vanderbilt",
    "Rockefeller University", "Guggenheim", "Smithsonian", "Royal Albert Hall",
    "Bodleian Library", "Radcliffe Camera", "Sloan Kettering", "Wellcome Collection",
    "Kellogg School", "Wharton", "Booth School", "Sorbonne", "Cornell", "Tulane", "Emory",
    "Baylor", "Purdue", "Brigham Young",
)  # fmt: skip

FIRMS: tuple[str, ...] = (
    "Deloitte", "Dell", "Ford", "Siemens", "Ernst & Young", "McKinsey", "Boeing", "Bosch",
    "Philips", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch", "Lockheed Martin",
    "Hewlett-Packard", "Johnson & Johnson", "Procter & Gamble", "Marriott", "Disney",
    "Porsche", "Ferrari", "Kraft Heinz", "Dyson", "Barclays", "Pfizer",
)  # fmt: skip

TITLES: tuple[str, ...] = (
    "Head of People", "Payroll Specialist", "Account Executive", "Site Reliability Engineer",
    "Dean of Students", "Claims Adjuster", "Facilities Manager", "Talent Partner", "Registrar",
    "Bursar", "Chief of Staff", "Staff Engineer", "Volunteer Coordinator", "Customer Success",
    "Revenue Operations", "Accounts Payable", "Benefits Team", "Admissions Office",
    "Council Tax Team", "Loss Adjuster", "Building Control", "Grants Officer",
    "Principal Engineer", "Major Gifts Officer",
)  # fmt: skip

# Lower-case ordinary words that are also names, in ordinary phrases.
WORDS: tuple[str, ...] = (
    "will circle back", "mark the sprint done", "bill the quarter", "grant access", "art supplies",
    "dean's list", "chase the invoice", "in good faith", "hope the build passes", "joy of payroll",
    "rusty on sql", "sunny rota", "major incident", "bishop to e5", "sterling effort",
    "frank retro", "ray of overtime", "crystal report", "amber status", "rose from the backlog",
    "early june", "august meeting", "max retries", "patience with payroll", "victor of the hackathon",
    "pearl of wisdom",
)  # fmt: skip

# Capitalised sentence openers that are also names.
OPENERS: tuple[str, ...] = (
    "Will revert shortly", "Grant approved", "Mark complete", "Bill attached", "Faith in the VPN restored",
    "Hope the migration went fine", "Joy, another outage", "Chase pending", "Dean sign-off needed",
    "Sunny on the roof deck today", "Rusty fire door in annex", "Major release tonight", "Art week is back",
    "Sterling job", "Frank question", "Amber means wait", "Rose to second place",
    "June payroll closed", "August cohort full", "Max headcount reached", "Patience, folks",
    "Bishop's move", "Victor in round two", "Pearl anniversary",
)  # fmt: skip

HANDLES: tuple[str, ...] = (
    "nightowl_dev", "flaky-test-hunter", "coffee2code", "yaml_wrangler", "pager_pal",
    "the_real_ops", "semicolon.ninja", "prod_is_fine", "rubber.duck", "kube_kid",
    "merge_queue_bot", "diff_nerd", "latency.hawk", "null_pointer77", "oncall_zombie",
    "tabs_not_spaces", "grep_master", "cache_miss_42", "linting_llama", "bytewise",
    "ship_it_friday", "spreadsheet_sorcerer", "quarterclose", "tickets_galore",
)  # fmt: skip
