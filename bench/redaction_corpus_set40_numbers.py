# ruff: noqa: E501
"""Set 40's number-like look-alikes, those of machine-written text: none is PII of the eight
types, though many are shaped like a phone number, an SSN, a card number or an IP address.

Commit hashes, UUIDs, trace and span ids, build, pipeline and job numbers (a job id of nine
digits, a dated build of ten), semantic versions, container image tags and digests, ports,
PIDs, exit codes and signals, error codes (``ORA-``, ``0x8007...``, ``E11000``, errno names),
timestamps (ISO, epoch seconds and milliseconds, log clocks, RFC 2822 and CLF dates) and
durations, byte counts, hex addresses, checksums, AWS-style account ids (``1234-5678-9012``)
and ARNs, ticket keys, CVE ids, four-part versions shaped like an IPv4 address, SNMP OIDs, MAC
addresses, regions, pod names, masked values, documented fictional phone numbers, never-issued
SSNs, Luhn-failing card shapes and IBAN shapes failing mod 97. Pure functions of a seeded
``random.Random``; long digit runs are drawn until they fail the Luhn check.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.redaction_corpus_digits import digits, hex_digits, nonzero_digits, pick
from bench.redaction_corpus_digits import luhn_ok as luhn_ok
from bench.redaction_corpus_set40_values import (
    bad_card,
    bad_iban,
    bad_ssn,
    fake_phone,
    masked_card,
    masked_iban,
    masked_ip,
    masked_phone,
    masked_ssn,
)
from bench.redaction_corpus_valuekit import not_luhn as _not_luhn

CAPS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PROJECTS = ("OPS", "INC", "SRE", "PLAT", "SEC", "DATA", "PAY", "CORE", "INFRA", "DSAR", "MOB", "BILL")  # fmt: skip
SERVICES = ("checkout-api", "ledger-svc", "notifier", "auth-gw", "geo-resolver", "payout-worker",
            "search-indexer", "crm-mirror", "outbox-relay", "ingest-edge", "rate-limiter", "export-cron")  # fmt: skip
PYFILES = ("crm/normalize.py", "billing/tasks.py", "exports/csv_writer.py", "auth/reset.py", "geo/resolve.py",
           "payouts/sepa.py", "dsar/erase.py", "webhooks/stripe.py")  # fmt: skip
JSFILES = ("contacts.js", "normalize.js", "checkout.mjs", "crm-sync.js", "handlers/ticket.js", "workers/sms.js")  # fmt: skip
FUNCS = ("clean_contact", "to_e164", "handle_event", "run_export", "resolve_geo", "build_payload", "apply_patch", "dispatch_sms")  # fmt: skip
COMMITS = ("fix: handle empty cursor in export pager", "chore: bump base image and pin openssl",
           "feat: add retry jitter to payout worker", "fix(auth): stop logging the raw request body",
           "refactor: split geocoder client into its own module", "fix: mask card numbers before they hit the log",
           "feat(dsar): queue erasure across replicas", "chore(ci): cache pip wheels between jobs",
           "fix: close leaked db connections on shutdown", "test: quarantine flaky webhook spec")  # fmt: skip
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
REGIONS = ("eu-west-1", "us-east-2", "ap-southeast-1", "eu-central-1", "sa-east-1", "ca-central-1",
           "europe-west4", "us-central1", "asia-northeast1", "westeurope", "eastus2", "uksouth")  # fmt: skip


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CAPS) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = hex_digits(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def _semver(rng: random.Random) -> str:
    base = f"{rng.randint(0, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 19)}"
    return pick(rng, base, f"v{base}", f"{base}-rc.{rng.randint(1, 5)}", f"{base}+build.{rng.randint(1, 999)}",
                f"v{base}-beta.{rng.randint(1, 9)}", f"{base}-alpha.{rng.randint(1, 4)}")  # fmt: skip


def _ver4(rng: random.Random) -> str:
    """A four-part version: often a valid IPv4 shape (firmware, drivers, Windows builds)."""
    return pick(rng, f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(1, 250)}",
                f"10.0.{rng.randint(17763, 26100)}.{rng.randint(1, 5000)}", f"{rng.randint(2, 9)}.{rng.randint(0, 4)}.{rng.randint(0, 9)}.{rng.randint(1000, 9999)}")  # fmt: skip


def _image(rng: random.Random) -> str:
    name = rng.choice(SERVICES)
    return pick(rng, f"registry.internal/{name}:{_semver(rng).lstrip('v')}", f"ghcr.io/acme-platform/{name}:sha-{hex_digits(rng, 7)}",
                f"{digits(rng, 12)}.dkr.ecr.{rng.choice(REGIONS[:6])}.amazonaws.com/{name}:{rng.randint(2024, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
                f"{name}:latest", f"docker.io/library/postgres:{rng.randint(12, 17)}.{rng.randint(1, 9)}-alpine")  # fmt: skip


def _errcode(rng: random.Random) -> str:
    return pick(rng, f"ORA-{rng.randint(1, 29999):05d}", f"0x8007{hex_digits(rng, 4).upper()}", f"E{rng.randint(1000, 11999)}",
                rng.choice(("ECONNRESET", "ETIMEDOUT", "ECONNREFUSED", "ENOSPC", "EACCES", "EPIPE", "ERR_TLS_CERT_ALTNAME_INVALID")),
                f"SQLSTATE {rng.choice(('23505', '40001', '57014', '08006', '42P01'))}", f"HTTP {rng.choice((429, 502, 503, 504, 413))}",
                f"errno {rng.randint(2, 125)}", f"code={rng.choice(('card_declined', 'insufficient_funds', 'invalid_number', 'do_not_honor'))}",
                f"KafkaError{{code={rng.choice(('_MSG_TIMED_OUT', 'LEADER_NOT_AVAILABLE', '_TRANSPORT'))}}}")  # fmt: skip


def _isots(r: random.Random) -> str:
    frac = r.choice(
        (
            "Z",
            f".{r.randint(0, 999):03d}Z",
            "+00:00",
            f".{r.randint(0, 999999):06d}+02:00",
            "-04:00",
        )
    )
    return f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{frac}"


def _amount(r: random.Random) -> str:
    whole, cents = r.randint(3, 9800), r.randint(0, 99)
    return pick(r, f"${whole:,}.{cents:02d}", f"€{whole},{cents:02d}", f"£{whole}.{cents:02d}", f"USD {whole}.{cents:02d}",
                f"{whole * 100} cents", f"EUR {whole:,}.{cents:02d}", f"₹{whole * 80:,}", f"R$ {whole},{cents:02d}")  # fmt: skip


NUMBER_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "sha": lambda r: hex_digits(r, 40),
    "shortsha": lambda r: hex_digits(r, r.choice((7, 8, 10, 12))),
    "uuid": _uuid,
    "traceid": lambda r: hex_digits(r, 32),
    "spanid": lambda r: hex_digits(r, 16),
    "hexid": lambda r: pick(r, hex_digits(r, 10).upper(), hex_digits(r, 12), f"{_up(r, 3)}{hex_digits(r, 9).upper()}"),
    "build": lambda r: pick(r, f"build {r.randint(100, 98000)}", f"#{r.randint(1000, 99999)}", f"build {r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 30)}",
                            f"{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}"),
    "job": lambda r: pick(r, f"job {nonzero_digits(r, 9)}", f"#{r.randint(10000, 999999)}", f"run {nonzero_digits(r, 10)}", f"pipeline {r.randint(100000, 9999999)}"),
    "semver": _semver,
    "ver4": _ver4,
    "image": _image,
    "digest": lambda r: f"sha256:{hex_digits(r, 64)}",
    "pid": lambda r: str(r.randint(300, 4194303)),
    "port": lambda r: str(r.choice((443, 22, 8443, 5432, 6379, 9092, 3306, 25, 587, r.randint(32768, 60999)))),
    "errcode": _errcode,
    "exitcode": lambda r: pick(r, f"exit code {r.choice((1, 2, 127, 137, 139, 143))}", f"SIG{r.choice(('KILL', 'TERM', 'SEGV', 'ABRT'))}", "OOMKilled", f"status {r.choice((1, 3, 70, 255))}"),
    "isots": _isots,
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "epoch": lambda r: pick(r, str(r.randint(1767225600, 1798761600)), _not_luhn(r, 13, "17")),
    "gitdate": lambda r: f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {r.choice(('Jan', 'Mar', 'Apr', 'Jun', 'Sep', 'Oct'))} {r.randint(1, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} 2026 {r.choice(('+0100', '-0500', '+0530', '+0900', '+0000'))}",
    "rfcdate": lambda r: f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu'))}, {r.randint(1, 28)} {r.choice(('Feb', 'May', 'Jul', 'Nov'))} 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(('+0000', '-0700', '+0200'))}",
    "clfts": lambda r: f"{r.randint(1, 28):02d}/{r.choice(('Jan', 'Mar', 'Aug', 'Dec'))}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
    "date": lambda r: pick(r, f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 28)} {r.choice(('Jan', 'Mar', 'May', 'Aug', 'Oct'))} 2026", f"{r.randint(1, 12)}/{r.randint(1, 28)}/2026", f"{r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} {r.randint(1, 28)}"),
    "dur": lambda r: pick(r, f"{r.randint(2, 59)}m{r.randint(0, 59)}s", f"{r.randint(1, 9)}h{r.randint(0, 59)}m", f"{r.randint(120, 9000)}ms", f"PT{r.randint(1, 5)}H{r.randint(1, 59)}M", f"{r.randint(2, 90)} minutes", f"{r.randint(1, 14)} days"),
    "ms": lambda r: str(r.randint(3, 4200)),
    "bytes": lambda r: pick(r, f"{r.randint(1, 980)} MiB", f"{r.randint(1, 64)}.{r.randint(1, 9)} GB", f"{r.randint(1024, 99999999)} bytes", f"{r.randint(2, 900)}K", f"{r.randint(1, 9)}.{r.randint(0, 9)}G"),
    "hexaddr": lambda r: pick(r, f"0x{hex_digits(r, 12)}", f"0x00007f{hex_digits(r, 10)}", f"0x{hex_digits(r, 8)}"),
    "checksum": lambda r: pick(r, f"md5:{hex_digits(r, 32)}", f"crc32={hex_digits(r, 8)}", f"sha1 {hex_digits(r, 40)}", f"etag \"{hex_digits(r, 32)}-{r.randint(2, 40)}\""),
    "awsacct": lambda r: pick(r, digits(r, 12), f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}"),
    "arn": lambda r: pick(r, f"arn:aws:iam::{digits(r, 12)}:role/{r.choice(SERVICES)}-deploy", f"arn:aws:s3:::{r.choice(SERVICES)}-exports-{r.randint(2024, 2026)}",
                          f"arn:aws:lambda:{r.choice(REGIONS[:6])}:{digits(r, 12)}:function:{r.choice(SERVICES)}", f"arn:aws:kms:{r.choice(REGIONS[:6])}:{digits(r, 12)}:key/{_uuid(r)}"),
    "ticket": lambda r: f"{r.choice(PROJECTS)}-{r.randint(100, 19999)}",
    "cve": lambda r: f"CVE-{r.randint(2019, 2026)}-{r.randint(1000, 52999)}",
    "oid": lambda r: f"1.3.6.1.{r.choice(('2.1.2.2.1', '4.1.2021.10.1', '4.1.9.9.13', '2.1.25.3.3.1'))}.{r.randint(1, 24)}",
    "mac": lambda r: pick(r, ":".join(hex_digits(r, 2) for _ in range(6)), "-".join(hex_digits(r, 2).upper() for _ in range(6)), ".".join(hex_digits(r, 4) for _ in range(3))),
    "region": lambda r: r.choice(REGIONS),
    "svc": lambda r: r.choice(SERVICES),
    "pod": lambda r: f"{r.choice(SERVICES)}-{hex_digits(r, r.choice((9, 10)))}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}",
    "lineno": lambda r: str(r.randint(12, 2400)),
    "count": lambda r: str(r.randint(2, 48000)),
    "n": lambda r: str(r.randint(2, 9)),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "status": lambda r: r.choice(("200", "201", "204", "301", "400", "401", "403", "404", "409", "422", "429", "500", "502", "503")),
    "amount": _amount,
    "exp": lambda r: f"{r.randint(1, 12):02d}/{r.randint(27, 32)}",
    "bic": lambda r: f"{_up(r, 4)}{r.choice(('DE', 'FR', 'NL', 'GB', 'ES', 'IT', 'BE', 'AT'))}{_up(r, 2)}{r.choice(('', 'XXX', '3LX'))}",
    "cron": lambda r: pick(r, f"{r.randint(0, 59)} {r.randint(0, 23)} * * *", f"*/{r.choice((5, 10, 15, 30))} * * * *", f"0 {r.randint(1, 6)} * * {r.randint(0, 6)}"),
    "rate": lambda r: f"{r.randint(2, 900)} req/s",
    "bucket": lambda r: f"{r.choice(('acme', 'corp', 'prod', 'dwh'))}-{r.choice(SERVICES)}-{r.choice(('exports', 'logs', 'backups', 'dumps'))}",
    "tls": lambda r: r.choice(("TLSv1.3", "TLSv1.2", "TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES128-GCM-SHA256")),
    "pyfile": lambda r: r.choice(PYFILES),
    "func": lambda r: r.choice(FUNCS),
    "jsfile": lambda r: r.choice(JSFILES),
    "commitmsg": lambda r: r.choice(COMMITS),
    "b64": lambda r: "".join(r.choice(B64) for _ in range(43)),
    "fixphone": fake_phone,
    "maskphone": masked_phone,
    "maskssn": masked_ssn,
    "maskcard": masked_card,
    "maskiban": masked_iban,
    "maskip": masked_ip,
    "badssn": bad_ssn,
    "badcard": bad_card,
    "badiban": bad_iban,
    "longnum": lambda r: _not_luhn(r, r.choice((13, 15, 16, 19)), r.choice(("17", "20", "90", "99"))),
}  # fmt: skip
