# ruff: noqa: E501
"""Set 40's name-like look-alike pools (no entry is PII), those of machine-written text:
software, languages and services named like people, algorithms, distances and filters named
after people, code identifiers holding a name-like word (``JohnsonFilter``, ``KaplanMeierFitter``),
bots and assistants with people's names, host names and config keys holding street words
(``elm-street-db01``: a host, not an address), release code names and container names built on
famous people (``bookworm``, ``jammy``, ``admiring_hopper``), eponymous laws of computing,
capitalised sentence openers that are also names and lower-case ordinary phrases holding a
word that is also a name.

Each pool has at least 24 entries; even positions serve the tuning half, odd positions the
held-out half. No entry holds a word of the person pools. The software, algorithms, bots, code
names and laws are real; the identifiers, host names, openers and phrases were checked against
the texts of sets 13-39. No entry holds an ``@``: look-alike texts hold none.
"""

from __future__ import annotations

SOFTWARE: tuple[str, ...] = (
    "Jenkins", "Hudson", "Ada", "Julia", "Django", "Kafka", "Cassandra", "Hugo", "Pascal",
    "Haskell", "Ruby", "Crystal", "Jasmine", "Luigi", "Picasso", "Hermes", "Houdini", "Maya",
    "Aurora", "Athena", "Apollo", "Loki", "Thanos", "Godot", "Gatsby", "Jekyll", "Zipkin",
    "Aurelia",
)  # fmt: skip

ALGORITHMS: tuple[str, ...] = (
    "Dijkstra", "Levenshtein distance", "Bayes", "Gaussian blur", "Fourier transform",
    "Kalman filter", "Bloom filter", "Huffman coding", "Markov chain", "Bellman-Ford",
    "Floyd-Warshall", "Knuth-Morris-Pratt", "Boyer-Moore", "Fisher-Yates shuffle",
    "Jaccard index", "Hamming distance", "Newton-Raphson", "Kruskal's algorithm",
    "Tarjan's algorithm", "Poisson sampling", "Lamport clocks", "Nagle's algorithm",
    "Karatsuba", "Bresenham", "Lanczos resampling", "Jaro-Winkler", "Reed-Solomon",
    "Diffie-Hellman",
)  # fmt: skip

IDENTIFIERS: tuple[str, ...] = (
    "JohnsonFilter", "KaplanMeierFitter", "TukeyHSD", "HoltWintersModel", "ButterworthFilter",
    "SavitzkyGolayFilter", "WienerDeconvolver", "GaborKernel", "SobelOperator",
    "CannyEdgeDetector", "LaplaceSmoother", "HuberLoss", "ParzenWindow", "GibbsSampler",
    "NelderMeadOptimizer", "BrentSolver", "LevenbergMarquardt", "NesterovMomentum",
    "GlorotUniform", "BoltzmannExplorer", "VoronoiTessellator", "DelaunayMesher",
    "ChebyshevPolynomial", "HermiteSpline", "CatmullRomSpline", "PhongShader",
)  # fmt: skip

BOTS: tuple[str, ...] = (
    "Jarvis", "Alfred", "Marvin", "Hubot", "Clippy", "Jeeves", "Watson", "Eliza", "Siri",
    "Alexa", "Cortana", "Bixby", "Dependabot", "Renovate", "Mergify", "Baymax", "Cody", "Devin",
    "Copilot", "Gemini", "Kodiak", "Lita", "Errbot", "Opsdroid", "Bender", "Wall-E",
)  # fmt: skip

HOSTS: tuple[str, ...] = (
    "elm-street-db01", "maple-ave-cache02", "main-st-lb3", "harbour-rd-vpn", "oak-lane-replica",
    "high-st-proxy07", "mill-road-worker-3", "station-rd-bastion", "church-lane-ci",
    "pier-rd-gw2", "market-sq-redis", "bridge-st-nfs1", "canal-st-ingest", "castle-st-mq",
    "water-lane-etl", "ring-road-sftp", "broadway-dns2", "fifth-ave-cdn", "lombard-st-vault",
    "wall-st-ledger01", "abbey-rd-build", "rue-rivoli-edge", "calle-mayor-api",
    "hauptstrasse-k8s", "via-roma-cache", "quay-street-kafka",
)  # fmt: skip

CODENAMES: tuple[str, ...] = (
    "bookworm", "trixie", "bullseye", "buster", "jessie", "lenny", "woody", "sarge", "hamm",
    "rex", "jammy", "mantic", "kinetic", "oracular", "sonoma", "sequoia", "admiring_hopper",
    "nostalgic_lovelace", "eager_curie", "jolly_knuth", "sharp_hypatia", "vibrant_babbage",
    "focused_turing", "awesome_lamport", "gracious_noether", "pensive_ritchie",
)  # fmt: skip

LAWS: tuple[str, ...] = (
    "Conway's law", "Murphy's law", "Hofstadter's law", "Brooks's law", "Postel's law",
    "Hyrum's law", "Linus's law", "Moore's law", "Amdahl's law", "Goodhart's law",
    "Parkinson's law", "Hanlon's razor", "Occam's razor", "Kernighan's law",
    "Betteridge's law", "Wirth's law", "Gall's law", "Metcalfe's law", "Little's law",
    "Zawinski's law", "Greenspun's tenth rule", "Cunningham's law", "Sturgeon's law",
    "Chesterton's fence", "Fitts's law", "Hick's law",
)  # fmt: skip

OPENERS: tuple[str, ...] = (
    "Will roll forward instead of reverting", "Mark these specs as quarantined",
    "Grant read-only on the replica first", "Bill for NAT egress doubled overnight",
    "Chase the flaky e2e suite tomorrow", "Pat on the back for the canary analysis",
    "Drew up a runbook for the failover", "Rusty on the rollback steps, pairing tonight",
    "Sterling work on the schema migration", "Nick in the patch cable caused the flaps",
    "Jack up the pod memory limits", "Frank discussion in the retro today",
    "Dawn deploys only from now on", "Summer freeze starts after the release",
    "Max connections reached on the pooler", "Ray cluster autoscaled to zero",
    "Patience, the backfill takes hours", "Carol of the pager: three alerts, one cause",
    "Penny-pinching on log retention bit us", "Bob and weave around the rate limiter",
    "Earnest question: who owns the cron box", "Gene expression jobs starve the GPU queue",
    "Art for the status page is approved", "Iris scanner at the cage door is down",
    "Ivy League of flaky tests this sprint", "Hunter process reaped the zombie workers",
)  # fmt: skip

WORDS: tuple[str, ...] = (
    "grant temporary access", "the bill for egress", "a frank postmortem", "jack up the timeout",
    "nick the config from staging", "a rusty runbook", "pat the watchdog",
    "rob the cache of stale keys", "max out the connection pool", "a sterling effort on the rollout",
    "dawn patrol deploys", "summer code freeze", "hunter-gatherer shell scripts",
    "guy wires on the rack", "a penny per thousand requests", "the major release train",
    "a baker's dozen of retries", "carol singers on the hold music", "an iris scan at the door",
    "rose-tinted dashboards", "an ivy-covered datacentre", "a holly-jolly change freeze",
    "a noble effort by the pager", "an earnest code review", "a royal pain of a migration",
    "chase the upstream fix",
)  # fmt: skip
