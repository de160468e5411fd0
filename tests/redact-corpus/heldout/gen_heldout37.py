#!/usr/bin/python3
"""Held-out part 37 of the redaction corpus (heldout37.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the opening sections, the part 35
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: the named-employee rule of parts
22, 25 and 28 (work e-mail and direct line labelled, switchboards and role
mailboxes look-alikes), part 21's and 27's `holder: "org"` IBANs, part 32's
sole-trader ids and VAT ids, part 20's work addresses on business cards,
part 35's subscriber IPs, and the sample values of parts 28 and 33), lines
1-100 of gen_heldout33.py and its function `pv_check`, and, outside the
repository, the source of the phone validator /tmp/pv/pv.cc (run only
through `pv_check`); not the redactor, its docs, its tests, the other
generators' bodies or any .jsonl data file other than its own output. It
ran no project binary, no make, no cmake/ctest and no git command, and it
did not score this file. Started 23:21:39 UTC on 2026-12-04 (`date -u`);
the end time is in heldout/README.md. `pv_check` is reused as is; the CLI
layout (rewrite / --check / --stats) imitates part 33's header.

Theme: SALES, MARKETING AND CUSTOMER RELATIONSHIPS — CRM, leads and
campaigns. What sales reps, marketers, account managers and founders paste
into an AI assistant, from 26 countries in 22 languages: CRM exports and
lead lists (CSV/TSV), profile snippets, cold-outreach and follow-up drafts,
call notes and meeting transcripts with prospects, trade-fair badge scans,
webinar registrations, newsletter subscriber exports with unsubscribe
logs, campaign bounce and delivery logs, customer-success tickets, quotes
and order forms, card-on-file notes, affiliate and referral payout sheets,
marketing-stack configs and ad-platform tokens, GDPR consent and
do-not-contact lists, loyalty-programme exports, sweepstakes entries, VIP
event guest lists, direct-mail lists, account plans and SEPA subscription
mandates. Hard negatives of the theme everywhere: lead, deal, opportunity,
quote, order, invoice, ticket, member and entry numbers, campaign and UTM
ids, pixel and measurement ids, hashed e-mails, company registration, VAT
and DUNS numbers, SKUs and prices, role mailboxes and switchboards, firms'
addresses, sample contacts and merge fields, public executives, and
name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
370518, shuffle seed 370519).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout37.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout37.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout37.py --stats   # counts
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_make, iban_mod97, IBAN_SPEC, IBAN_LEN,
                       iban_random, group, ssn_random, ssn_valid,
                       nino_random, NINO_BAD_PREFIX, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, bsn_random, bsn_ok,
                       aadhaar_random, verhoeff_ok, pan_random, cpf_random, cpf_ok,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, _nanp_line, US_AREAS, GB_MOBILE,
                       digits, nz, rnd, ALNUM, URLSAFE, B64)

SEED = 370518
SHUFFLE_SEED = 370519
OUT = os.path.join(HERE, "heldout37.jsonl")
PREFIX = "heldout-ak-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== helpers

def fold(s):
    """ASCII form of a roman name for e-mail local parts."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


HEX = "0123456789abcdef"


def hexs(R, n):
    return rnd(R, HEX, n)


def ipv4(R):
    while True:
        a = R.choice([5, 24, 31, 37, 46, 62, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95,
                      101, 103, 109, 110, 112, 114, 117, 118, 121, 122, 125, 141, 151, 152, 176, 177, 178, 179,
                      180, 182, 185, 186, 187, 188, 189, 190, 193, 194, 195, 200, 201, 213, 217, 220, 223])
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6(R):
    while True:
        p = R.choice(["2a02", "2a01", "2001:1c00", "2a00", "2804", "2409", "2402", "2003", "2600", "2a0d", "2c0f", "2405", "240e"])
        n = 8 - p.count(":") - 1
        groups = ["%x" % R.randint(0, 0xffff) for _ in range(n)]
        if R.random() < 0.5:
            k = R.randint(2, n - 2)
            s = p + ":" + ":".join(groups[:k]) + "::" + ":".join(groups[k + 2:])
        else:
            s = p + ":" + ":".join(groups)
        try:
            a = ipaddress.ip_address(s)
        except ValueError:
            continue
        if a.is_global:
            return s


def ip_any(R, v6=0.2):
    return ipv6(R) if R.random() < v6 else ipv4(R)


def ip_sub(v):
    return "ipv6" if ":" in v else "ipv4"


def doc_ip(R):
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def uuid4(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def sha256_of(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def ts(R, year=2026, fmt="%Y-%m-%d %H:%M"):
    d = datetime.datetime(year, 1, 1) + datetime.timedelta(minutes=R.randint(0, 330 * 24 * 60))
    return d.strftime(fmt)


def day(R, year=2026, fmt="%Y-%m-%d"):
    return (datetime.date(year, 1, 1) + datetime.timedelta(days=R.randint(0, 330))).strftime(fmt)


def amount(R, lo, hi, cur="€", style="de"):
    v = R.randint(lo, hi) + R.choice([0, 0, 0.5, 0.9, 0.99, 0.25])
    s = "{:,.2f}".format(v)
    if style == "de":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    return (s + " " + cur) if style in ("de", "fr") else (cur + s)


def luhn_bad_digits(R, n):
    while True:
        s = nz(R, n)
        if not luhn_ok(s):
            return s


# ====================================================================== phones
# Per country: mobile and fixed ("direct line") national significant numbers
# after the national plans, and national / international layouts.

def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


PH = {}


def _ph(cc, trunk, mob, fix, nat, intl):
    return {"cc": cc, "trunk": trunk, "mobile": mob, "fixed": fix, "nat": nat, "intl": intl}


PH["US"] = _ph("1", "", lambda R: _nanp_line(R, US_AREAS), lambda R: _nanp_line(R, US_AREAS),
               lambda n, k, R: R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:]),
               lambda n, k, R: R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1 %s %s %s"]) % (n[:3], n[3:6], n[6:]))
PH["GB"] = _ph("44", "0", lambda R: R.choice(GB_MOBILE) + digits(R, 7),
               lambda R: "20" + R.choice("378") + digits(R, 7),
               lambda n, k, R: ("0" + n[:4] + " " + n[4:]) if k == "mobile" else ("0%s %s %s" % (n[:2], n[2:6], n[6:])),
               lambda n, k, R: ("+44 %s %s" % (n[:4], n[4:])) if k == "mobile" else ("+44 %s %s %s" % (n[:2], n[2:6], n[6:])))
PH["IN"] = _ph("91", "0", lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63"]) + digits(R, 8),
               lambda R: "22" + R.choice("2346") + digits(R, 7),
               lambda n, k, R: (n[:5] + " " + n[5:]) if k == "mobile" else ("022 %s %s" % (n[2:6], n[6:])),
               lambda n, k, R: ("+91 %s %s" % (n[:5], n[5:])) if k == "mobile" else ("+91 22 %s %s" % (n[2:6], n[6:])))
PH["DE"] = _ph("49", "0", lambda R: (R.choice(["151", "152", "157"]) + nz(R, 8)) if R.random() < 0.5 else (R.choice(["160", "170", "171", "172", "175", "176", "177", "178", "179"]) + nz(R, 7)),
               lambda R: R.choice(["89", "40", "69", "221", "211", "711", "341", "511"]) + R.choice("2345689") + digits(R, 6),
               lambda n, k, R: (("0" + n[:3] + R.choice([" ", "/", " "]) + n[3:]) if k == "mobile" else (("0" + n[:2] + " " + n[2:]) if n[:2] in ("89", "40", "69") else ("0" + n[:3] + " " + n[3:]))),
               lambda n, k, R: ("+49 %s %s" % (n[:3], n[3:])) if k == "mobile" else (("+49 %s %s" % (n[:2], n[2:])) if n[:2] in ("89", "40", "69") else ("+49 %s %s" % (n[:3], n[3:]))))
PH["AT"] = _ph("43", "0", lambda R: R.choice(["664", "660", "676", "699", "650"]) + nz(R, 7),
               lambda R: "1" + R.choice("2345789") + digits(R, 6),
               lambda n, k, R: ("0" + n[:3] + " " + n[3:]) if k == "mobile" else ("01 %s %s" % (n[1:4], n[4:])),
               lambda n, k, R: ("+43 %s %s" % (n[:3], n[3:])) if k == "mobile" else ("+43 1 %s %s" % (n[1:4], n[4:])))
PH["FR"] = _ph("33", "0", lambda R: R.choice(["6" + R.choice("01245678"), "7" + R.choice("345678")]) + digits(R, 7),
               lambda R: R.choice("12345") + nz(R, 8),
               lambda n, k, R: "0" + n[0] + " " + _pairs(n[1:]),
               lambda n, k, R: "+33 " + n[0] + " " + _pairs(n[1:]))
PH["ES"] = _ph("34", "", lambda R: "6" + digits(R, 8), lambda R: R.choice(["91", "93", "95", "96"]) + nz(R, 7),
               lambda n, k, R: _g(n, [3, 3, 3]) if k == "mobile" else _g(n, [2, 3, 2, 2]),
               lambda n, k, R: "+34 " + (_g(n, [3, 3, 3]) if k == "mobile" else _g(n, [2, 3, 2, 2])))
PH["MX"] = _ph("52", "", lambda R: R.choice(["55", "33", "81"]) + nz(R, 8), lambda R: R.choice(["55", "33", "81"]) + nz(R, 8),
               lambda n, k, R: _g(n, [2, 4, 4]),
               lambda n, k, R: "+52 " + _g(n, [2, 4, 4]))
PH["IT"] = _ph("39", "", lambda R: "3" + R.choice(["20", "28", "29", "33", "34", "35", "38", "39", "40", "47", "48", "49", "89", "93"]) + digits(R, 7),
               lambda R: "02" + nz(R, 8),
               lambda n, k, R: _g(n, [3, 3, 4]) if k == "mobile" else _g(n, [2, 4, 4]),
               lambda n, k, R: "+39 " + (_g(n, [3, 3, 4]) if k == "mobile" else _g(n, [2, 4, 4])))
PH["NL"] = _ph("31", "0", lambda R: "6" + R.choice("12345") + digits(R, 7), lambda R: R.choice(["20", "10", "30", "70"]) + nz(R, 7),
               lambda n, k, R: ("06-" + n[1:]) if k == "mobile" else ("0%s %s %s" % (n[:2], n[2:5], n[5:])),
               lambda n, k, R: ("+31 6 " + n[1:]) if k == "mobile" else ("+31 %s %s %s" % (n[:2], n[2:5], n[5:])))
PH["PT"] = _ph("351", "", lambda R: "9" + R.choice("1236") + digits(R, 7), lambda R: "2" + R.choice("12") + nz(R, 7),
               lambda n, k, R: _g(n, [3, 3, 3]), lambda n, k, R: "+351 " + _g(n, [3, 3, 3]))
PH["BR"] = _ph("55", "0", lambda R: R.choice(["11", "21", "31", "41", "43", "47", "81", "32"]) + "9" + R.choice("6789") + digits(R, 7),
               lambda R: R.choice(["11", "21", "31", "41"]) + R.choice("2345") + digits(R, 7),
               lambda n, k, R: "(%s) %s-%s" % (n[:2], n[2:-4], n[-4:]),
               lambda n, k, R: "+55 %s %s-%s" % (n[:2], n[2:-4], n[-4:]))
PH["PL"] = _ph("48", "", lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(R, 7),
               lambda R: "22" + nz(R, 7),
               lambda n, k, R: _g(n, [3, 3, 3]) if k == "mobile" else _g(n, [2, 3, 2, 2]),
               lambda n, k, R: "+48 " + (_g(n, [3, 3, 3]) if k == "mobile" else _g(n, [2, 3, 2, 2])))
PH["SE"] = _ph("46", "0", lambda R: "7" + R.choice("0236") + digits(R, 7), lambda R: "8" + R.choice("456") + digits(R, 6),
               lambda n, k, R: ("0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if k == "mobile" else ("08-%s %s %s" % (n[1:4], n[4:6], n[6:])),
               lambda n, k, R: ("+46 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])) if k == "mobile" else ("+46 8 %s %s %s" % (n[1:4], n[4:6], n[6:])))
PH["TR"] = _ph("90", "0", lambda R: R.choice(["530", "532", "533", "535", "536", "537", "541", "542", "543", "544", "505", "506", "507", "552", "553", "555"]) + digits(R, 7),
               lambda R: R.choice(["212", "216", "312", "232"]) + R.choice("2345") + digits(R, 6),
               lambda n, k, R: "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]),
               lambda n, k, R: "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]))
PH["RU"] = _ph("7", "8", lambda R: "9" + R.choice(["03", "05", "10", "12", "15", "16", "17", "21", "26", "29", "50", "60", "62", "63", "65", "77", "85", "99"]) + digits(R, 7),
               lambda R: R.choice(["495", "499"]) + R.choice("2345679") + digits(R, 6),
               lambda n, k, R: "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
               lambda n, k, R: "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]))
PH["JP"] = _ph("81", "0", lambda R: R.choice(["90", "80", "70"]) + nz(R, 8), lambda R: "3" + R.choice("3456") + digits(R, 7),
               lambda n, k, R: ("0%s-%s-%s" % (n[:2], n[2:6], n[6:])) if k == "mobile" else ("03-%s-%s" % (n[1:5], n[5:])),
               lambda n, k, R: ("+81 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if k == "mobile" else ("+81 3-%s-%s" % (n[1:5], n[5:])))
PH["KR"] = _ph("82", "0", lambda R: "10" + R.choice("2346789") + digits(R, 7), lambda R: "2" + R.choice("2345") + digits(R, 7),
               lambda n, k, R: ("0%s-%s-%s" % (n[:2], n[2:6], n[6:])) if k == "mobile" else ("02-%s-%s" % (n[1:5], n[5:])),
               lambda n, k, R: ("+82 %s-%s-%s" % (n[:2], n[2:6], n[6:])) if k == "mobile" else ("+82 2-%s-%s" % (n[1:5], n[5:])))
PH["CN"] = _ph("86", "0", lambda R: "1" + R.choice(["30", "31", "32", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + digits(R, 8),
               lambda R: "10" + R.choice("68") + digits(R, 7),
               lambda n, k, R: ("%s %s %s" % (n[:3], n[3:7], n[7:])) if k == "mobile" else ("010-%s %s" % (n[2:6], n[6:])),
               lambda n, k, R: ("+86 %s %s %s" % (n[:3], n[3:7], n[7:])) if k == "mobile" else ("+86 10 %s %s" % (n[2:6], n[6:])))
PH["GR"] = _ph("30", "", lambda R: "69" + R.choice("34579") + digits(R, 7), lambda R: "21" + R.choice("0") + R.choice("1234567") + digits(R, 6),
               lambda n, k, R: _g(n, [3, 3, 4]), lambda n, k, R: "+30 " + _g(n, [3, 3, 4]))
PH["CZ"] = _ph("420", "", lambda R: R.choice(["602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724", "728", "731", "732", "737", "739", "774", "775", "777"]) + digits(R, 6),
               lambda R: "2" + R.choice("2345") + digits(R, 7),
               lambda n, k, R: _g(n, [3, 3, 3]), lambda n, k, R: "+420 " + _g(n, [3, 3, 3]))
PH["EG"] = _ph("20", "0", lambda R: "1" + R.choice("0125") + nz(R, 8), lambda R: "2" + R.choice("234") + digits(R, 7),
               lambda n, k, R: ("0%s %s %s" % (n[:3], n[3:6], n[6:])) if k == "mobile" else ("02 %s %s" % (n[1:5], n[5:])),
               lambda n, k, R: ("+20 %s %s %s" % (n[:3], n[3:6], n[6:])) if k == "mobile" else ("+20 2 %s %s" % (n[1:5], n[5:])))
PH["IL"] = _ph("972", "0", lambda R: "5" + R.choice("0234") + R.choice("23456789") + digits(R, 6), lambda R: "3" + R.choice("5679") + digits(R, 6),
               lambda n, k, R: ("0%s-%s-%s" % (n[:2], n[2:5], n[5:])) if k == "mobile" else ("03-%s-%s" % (n[1:4], n[4:])),
               lambda n, k, R: ("+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])) if k == "mobile" else ("+972 3-%s-%s" % (n[1:4], n[4:])))
PH["ID"] = _ph("62", "0", lambda R: "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "57", "77", "78", "95", "96"]) + nz(R, 8),
               lambda R: "21" + R.choice("2345") + digits(R, 7),
               lambda n, k, R: ("0%s-%s-%s" % (n[:3], n[3:7], n[7:])) if k == "mobile" else ("(021) %s %s" % (n[2:6], n[6:])),
               lambda n, k, R: ("+62 %s-%s-%s" % (n[:3], n[3:7], n[7:])) if k == "mobile" else ("+62 21 %s %s" % (n[2:6], n[6:])))
PH["TH"] = _ph("66", "0", lambda R: R.choice(["81", "82", "83", "84", "85", "86", "87", "89", "91", "92", "95", "96", "98", "61", "62", "63", "64", "65"]) + digits(R, 7),
               lambda R: "2" + R.choice("1234567") + digits(R, 6),
               lambda n, k, R: ("0%s %s %s" % (n[:2], n[2:5], n[5:])) if k == "mobile" else ("02 %s %s" % (n[1:4], n[4:])),
               lambda n, k, R: ("+66 %s %s %s" % (n[:2], n[2:5], n[5:])) if k == "mobile" else ("+66 2 %s %s" % (n[1:4], n[4:])))
PH["VN"] = _ph("84", "0", lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + digits(R, 7),
               lambda R: "28" + R.choice("3456") + digits(R, 7),
               lambda n, k, R: ("0%s %s %s" % (n[:3], n[3:6], n[6:])) if k == "mobile" else ("028 %s %s" % (n[2:6], n[6:])),
               lambda n, k, R: ("+84 %s %s %s" % (n[:3], n[3:6], n[6:])) if k == "mobile" else ("+84 28 %s %s" % (n[2:6], n[6:])))


def phone(R, country, kind="mobile", region=None, intl=None):
    """A phone label for a number of `country` written in a text read in
    `region` (default: the same country)."""
    region = region or country
    p = PH[country]
    nsn = p[kind](R)
    if intl is None:
        intl = region != country or R.random() < 0.25
    if region != country:
        intl = True
    s = p["intl"](nsn, kind, R) if intl else p["nat"](nsn, kind, R)
    meta = {"sub": kind, "region": region}
    if region != country:
        meta["plan"] = country
    return L("phone", s, **meta)


def switchboard(R, country):
    """A firm's switchboard (look-alike): a valid fixed number, unlabelled."""
    p = PH[country]
    nsn = p["fixed"](R)
    nsn = nsn[:-3] + "000" if country not in ("US",) else nsn[:-4] + "0100"
    return N(p["nat"](nsn, "fixed", R) if R.random() < 0.6 else p["intl"](nsn, "fixed", R), "switchboard")


# ====================================================================== names
# "native|roman" where the script is not Latin (roman for e-mails and
# English pastes). Family names with a female form: "male/female".
# Order: "gf" given-family, "fg" family-given with a space (JP, VN),
# "fg0" family-given without a space (KR, CN).
NAMES = {
    "US": ("gf", "Tucker Bridger Lawson Grady Rhett Beckett Cannon Colter",
           "Harlow Oaklyn Lainey Marlowe Everly Brynlee Kenzie Raelynn",
           "Pettibone Hochstetler Rutledge Vanhorn Pettigrew Ashcraft Blevins Pennebaker Kimbrough Mayfield"),
    "GB": ("gf", "Alasdair Rupert Fergus Gideon Lachlan Ewan Benedict Aldous",
           "Clementine Araminta Saskia Bryony Ottilie Marnie Hermia Georgiana",
           "Ogglethorpe Winterbottom Sowerby Ackroyd Heathcote Ramsbottom Bagshaw Crabtree Entwistle Gaskell"),
    "IN": ("gf", "यशवर्धन|Yashvardhan पार्थ|Parth अभिमन्यु|Abhimanyu देवांश|Devansh शौर्य|Shaurya प्रणव|Pranav ओजस|Ojas हेमंत|Hemant",
           "अन्वेषा|Anvesha ऋतिका|Ritika काव्या|Kavya संजना|Sanjana मृणालिनी|Mrinalini तेजस्विनी|Tejaswini रूही|Ruhi दामिनी|Damini",
           "खंडेलवाल|Khandelwal भंडारी|Bhandari सक्सेना|Saxena देशपांडे|Deshpande गोयनका|Goenka रस्तोगी|Rastogi चतुर्वेदी|Chaturvedi माहेश्वरी|Maheshwari"),
    "DE": ("gf", "Gerolf Hartwig Detlev Wendelin Rüdiger Eckhard Gisbert Volkmar",
           "Hiltrud Almut Gesine Irmgard Hilke Roswitha Mechthild Edeltraud",
           "Hackenberg Zwirner Oberdörfer Ruppersberg Vogelsang Tiedemann Lüdecke Schnabelrauch Brösel Kuhlmey"),
    "AT": ("gf", "Engelbert Gottfried Vinzenz Siegfried Severin Leopold Florentin Kajetan",
           "Theodolinde Adelheid Kunigunde Hermine Rosalie Aloisia Cäcilia Burgl",
           "Pfandlbauer Fuchsberger Oberlechner Schwaighofer Leitgeb Pointner Hubmann Zechmeister Gruberbauer Ortner"),
    "FR": ("gf", "Anatole Aymeric Thibaut Lucien Gaspard Hippolyte Évariste Barthélémy",
           "Bérengère Clothilde Apolline Eulalie Victoire Gwladys Armelle Philomène",
           "Lechartier Pellerin Rouzaud Marchadier Chassagne Lafargue Gravelin Tessier Dumoulin Vauquelin"),
    "ES": ("gf", "Iñigo Gorka Teodoro Fermín Baltasar Anselmo Ismael Celestino",
           "Covadonga Begoña Arantxa Remedios Eufemia Macarena Nerea Maite",
           "Olaizola Villalobos Agirrezabala Arrieta Cienfuegos Barrenechea Salcedo Lizarraga Quintana Garmendia"),
    "MX": ("gf", "Tenoch Cuitláhuac Rigoberto Eusebio Fidencio Heriberto Jacinto Everardo",
           "Yatziri Xochiquetzal Nayeli Ameyalli Maricruz Tonantzin Anahí Jimena",
           "Tecuapetla Zamudio Ocampo Bustamante Anaya Gallardo Valenzuela Olvera Arreola Tinajero"),
    "IT": ("gf", "Ercole Gianmarco Raffaele Ludovico Ippolito Settimio Corrado Pasquale",
           "Ginevra Ottavia Benedetta Loredana Costanza Graziella Elvira Marisa",
           "Sbarbaro Castellucci Pellicciari Zanardelli Taccola Guglielmetti Mazzacurati Bianchetti Scarpellini Vitaliano"),
    "NL": ("gf", "Gijsbert Wouter Sietse Lieuwe Joost Reinier Hidde Maarten",
           "Femke Marieke Anouk Sjoukje Willemijn Geertje Jorien Tjitske",
           "Hoogeveen Kraaijenbrink van_Dorsselaer ter_Mors Bosscher Zwanenburg de_Kock Stoutjesdijk Tichelaar Blankevoort"),
    "PT": ("gf", "Tomé Duarte Martim Afonso Simão Tristão Lourenço Rui",
           "Leonor Matilde Benedita Teresa Filipa Joana Urraca Inês",
           "Sequeira Figueiredo Sampaio Quaresma Loureiro Carvalhal Gouveia Vasconcelos Sardinha Cardoso"),
    "BR": ("gf", "Cauã Davi Heitor Valdir Caio Ubiratã Igor Renan",
           "Thaís Luana Yasmin Jéssica Raíssa Priscila Lorena Kauane",
           "Albuquerque Damasceno Rezende Bittencourt Guimarães Cavalcanti Peixoto Siqueira Pimentel Araújo"),
    "PL": ("gf", "Bartłomiej Przemysław Zdzisław Wojciech Radosław Mieczysław Ignacy Bogusław",
           "Bożena Jadwiga Grażyna Halina Małgorzata Wiesława Agnieszka Dorota",
           "Przybylski/Przybylska Szczepański/Szczepańska Wiśniewski/Wiśniewska Kaczmarek Zieliński/Zielińska Jabłoński/Jabłońska Pawlak Grabowski/Grabowska Michalak Sobczak"),
    "SE": ("gf", "Evert Sixtus Ingemar Holger Ragnar Sune Viggo Torbjörn",
           "Gunilla Solveig Ingegerd Märta Sigrid Agneta Ylva Linnea",
           "Sandström Hjelm Wallin Åkesson Nordqvist Fagerlund Ekdahl Lindholm Sjöberg Forsberg"),
    "TR": ("gf", "Oğuzhan Kerem Alper Tolga Serkan Volkan Emre Doğan",
           "Gülşen Ebru Sevgi Pınar Derya Nesrin Aslı Tuğba",
           "Karabulut Karaosmanoğlu Çelik Aydın Kurtuluş Yazıcı Erdem Kocabaş Şahin Tekin"),
    "RU": ("gf", "Всеволод|Vsevolod Ярослав|Yaroslav Тимофей|Timofey Гордей|Gordey Святослав|Svyatoslav Елисей|Yelisey Прохор|Prokhor Арсений|Arseniy",
           "Злата|Zlata Ульяна|Ulyana Василиса|Vasilisa Мирослава|Miroslava Олеся|Olesya Агния|Agniya Таисия|Taisiya Серафима|Serafima",
           "Голованов/Голованова|Golovanov/Golovanova Шестаков/Шестакова|Shestakov/Shestakova Мухин/Мухина|Mukhin/Mukhina Брагин/Брагина|Bragin/Bragina Лапшин/Лапшина|Lapshin/Lapshina Щукин/Щукина|Shchukin/Shchukina Рябов/Рябова|Ryabov/Ryabova Селезнёв/Селезнёва|Seleznyov/Seleznyova Кудрявцев/Кудрявцева|Kudryavtsev/Kudryavtseva Зимин/Зимина|Zimin/Zimina"),
    "JP": ("fg", "陽翔|Haruto 大翔|Hiroto 朔|Saku 律希|Ritsuki 湊|Minato 悠真|Yuma 蒼汰|Sota 颯|Hayate",
           "心春|Koharu 菜摘|Natsumi 楓|Kaede 澪|Mio 詩織|Shiori 結衣|Yui 紬|Tsumugi 凛|Rin",
           "早乙女|Saotome 御手洗|Mitarai 東海林|Shoji 小鳥遊|Takanashi 勅使河原|Teshigawara 五十嵐|Igarashi 長谷部|Hasebe 鬼塚|Onizuka"),
    "KR": ("fg0", "도윤|Doyun 시우|Siwoo 하준|Hajun 은우|Eunwoo 주원|Juwon 건우|Gunwoo 우진|Woojin 선호|Sunho",
           "서아|Seoa 하린|Harin 지안|Jian 채원|Chaewon 수아|Sua 예린|Yerin 다은|Daeun 윤서|Yunseo",
           "탁|Tak 변|Byun 사공|Sagong 편|Pyeon 맹|Maeng 염|Yeom 육|Yuk 국|Guk"),
    "CN": ("fg0", "浩宇|Haoyu 俊熙|Junxi 沐阳|Muyang 明轩|Mingxuan 天佑|Tianyou 博文|Bowen 睿哲|Ruizhe 景行|Jingxing",
           "子涵|Zihan 梓萱|Zixuan 一诺|Yinuo 思彤|Sitong 雨桐|Yutong 嘉懿|Jiayi 若曦|Ruoxi 语嫣|Yuyan",
           "邝|Kuang 阎|Yan 樊|Fan 郝|Hao 靳|Jin 鲍|Bao 冼|Xian 薛|Xue 司马|Sima 端木|Duanmu"),
    "GR": ("gf", "Παναγιώτης|Panagiotis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis Στυλιανός|Stylianos Αθανάσιος|Athanasios Ιάσονας|Iasonas",
           "Αικατερίνη|Aikaterini Ευανθία|Evanthia Σταυρούλα|Stavroula Παρασκευή|Paraskevi Χρυσούλα|Chrysoula Δέσποινα|Despoina Ξανθή|Xanthi Φωτεινή|Foteini",
           "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni Παπαδόγιαννης/Παπαδογιάννη|Papadogiannis/Papadogianni Μαυρομμάτης/Μαυρομμάτη|Mavrommatis/Mavrommati Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou Σταθόπουλος/Σταθοπούλου|Stathopoulos/Stathopoulou Κουτσούρης/Κουτσούρη|Koutsouris/Koutsouri Μπαλτάς/Μπαλτά|Baltas/Balta Ζαχαρίου/Ζαχαρίου|Zachariou/Zachariou"),
    "CZ": ("gf", "Bohumil Vratislav Zdeněk Radim Vojtěch Dalibor Čestmír Lubomír",
           "Bohumila Zdenka Radka Vlasta Ludmila Jarmila Blažena Květa",
           "Novotný/Novotná Kratochvíl/Kratochvílová Procházka/Procházková Šťastný/Šťastná Hrubý/Hrubá Vaněk/Vaňková Kopecký/Kopecká Bartoš/Bartošová"),
    "EG": ("gf", "شريف|Sherif حسام|Hossam طارق|Tarek عمرو|Amr وليد|Walid أيمن|Ayman ياسر|Yasser هشام|Hesham",
           "رانيا|Rania دينا|Dina نهى|Noha سلمى|Salma ياسمين|Yasmine هبة|Heba شيماء|Shaimaa مروة|Marwa",
           "الشناوي|El-Shenawy الجمال|El-Gammal البنا|El-Banna الدسوقي|El-Desouky المنياوي|El-Minyawi السيوفي|El-Seyoufy الحلواني|El-Helwany النحاس|El-Nahhas"),
    "IL": ("gf", "איתמר|Itamar עומרי|Omri יהונתן|Yehonatan נדב|Nadav אלון|Alon עידו|Ido גלעד|Gilad ירון|Yaron",
           "ליאורה|Liora מיכל|Michal נועה|Noa הדס|Hadas ענבל|Inbal טליה|Talia רוני|Roni אפרת|Efrat",
           "אלמוג|Almog ברקוביץ|Berkovitz דהן|Dahan זילברמן|Zilberman חורי|Khoury אשכנזי|Ashkenazi רבינוביץ|Rabinovitz שפירא|Shapira"),
    "ID": ("gf", "Bayu Dimas Galih Rangga Wahyu Anggoro Satrio Fajar",
           "Ayu Sekar Laras Wulan Ratih Citra Intan Puspita",
           "Wibisono Santoso Kusumawardhani Prasetyo Hidayat Nugroho Setiawan Purnomo Handoko Susilo"),
    "TH": ("gf", "ธนากร|Thanakorn ปิยะ|Piya วีระ|Weera อนุชา|Anucha ชัยวัฒน์|Chaiwat กิตติ|Kitti ณัฐพล|Nattapon ภูมิ|Phum",
           "สุภาพร|Supaporn วราภรณ์|Waraporn ปวีณา|Paweena กัญญา|Kanya จิราพร|Jiraporn นภัส|Napas อรอุมา|Onuma พิมพ์ชนก|Pimchanok",
           "ศรีสุข|Srisuk วงศ์ไทย|Wongthai ทองดี|Thongdee แก้วมณี|Kaewmanee บุญมา|Boonma จันทร์เพ็ญ|Chanpen สุขสวัสดิ์|Suksawat พรหมวงศ์|Promwong"),
    "VN": ("fg", "Khải|Khai Phúc|Phuc Tuấn|Tuan Quang|Quang Hiếu|Hieu Thắng|Thang Nghĩa|Nghia Lộc|Loc",
           "Trang|Trang Thảo|Thao Ngân|Ngan Huyền|Huyen Vy|Vy Nhung|Nhung Diệp|Diep Hạnh|Hanh",
           "Trịnh|Trinh Đoàn|Doan Lương|Luong Võ|Vo Khúc|Khuc Quách|Quach Kiều|Kieu Lâm|Lam"),
}
VN_MID = {"m": ["Công|Cong", "Hữu|Huu", "Đức|Duc"], "f": ["Bích|Bich", "Ngọc|Ngoc", "Tuyết|Tuyet"]}
PARTICLES = {"van", "de", "ter", "den", "der", "el"}


def _split(entry):
    nat, _, rom = entry.partition("|")
    return nat.replace("_", " "), (rom or nat).replace("_", " ")


def _fam_forms(entry):
    nat, rom = _split(entry)
    nm, _, nf = nat.partition("/")
    rm, _, rf = rom.partition("/")
    return (nm, rm), ((nf or nm), (rf or rm))


class Person:
    def __init__(self, country, sex, given, family, mid=None):
        self.country = country
        self.sex = sex
        order = NAMES[country][0]
        self.given, self.given_r = given
        self.family, self.family_r = family
        self.mid, self.mid_r = mid if mid else ("", "")
        if order == "gf":
            self.full = self.given + " " + self.family
            self.full_r = self.given_r + " " + self.family_r
        elif order == "fg":
            if country == "VN":
                self.full = self.family + " " + self.mid + " " + self.given
                self.full_r = self.family_r + " " + self.mid_r + " " + self.given_r
            else:
                self.full = self.family + " " + self.given
                self.full_r = self.family_r + " " + self.given_r
        else:
            self.full = self.family + self.given
            self.full_r = self.family_r + " " + self.given_r
        # the name a colleague would use in a greeting
        self.call = self.given if country not in ("KR", "CN") else self.full
        self.call_r = self.given_r
        self.words = set()
        for w in re.split(r"[\s\-/]+", self.full + " " + self.full_r):
            if w and w.lower() not in PARTICLES:
                self.words.add(w)

    def name(self, roman=False):
        return self.full_r if roman else self.full

    def local(self, R):
        g, f = fold(self.given_r), fold(self.family_r.split()[-1] if self.family_r else "")
        return R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s" % (g, f), "%s.%s" % (g[0], f), "%s%s%d" % (g, f[:3], R.randint(1, 99))])

    def work_local(self, R):
        g, f = fold(self.given_r), fold(self.family_r.split()[-1])
        return R.choice(["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s%s" % (g, f[0]), "%s" % f + "." + g[0]])


def person(R, country, used, sex=None):
    """A new person of `country` sharing no name word with `used` (a set of
    words already taken in the record)."""
    order, m, f, fam = NAMES[country]
    for _ in range(200):
        sx = sex or R.choice("mf")
        given = _split(R.choice((m if sx == "m" else f).split()))
        fm, ff = _fam_forms(R.choice(fam.split()))
        family = fm if sx == "m" else ff
        mid = _split(R.choice(VN_MID[sx])) if country == "VN" else None
        p = Person(country, sx, given, family, mid)
        wl = {w.lower() for w in p.words}
        if country == "VN":
            wl -= {mid[0].lower(), mid[1].lower()}
        if not (wl & {u.lower() for u in used}) and not _cjk_clash(p, used):
            used |= p.words
            return p
    raise AssertionError("names exhausted for " + country)


def maybe_person(R, country, used, sex=None):
    try:
        return person(R, country, used, sex)
    except AssertionError:
        return None


def _cjk_clash(p, used):
    return any(p.given in u or p.family in u for u in used if _is_cjk(u)) if _is_cjk(p.full) else False


def _is_cjk(s):
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0e00" <= c <= "\u0e7f" for c in s)


WEBMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es"], "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "PT": ["sapo.pt", "gmail.com", "netcabo.pt"], "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "SE": ["telia.com", "gmail.com", "hotmail.se"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru", "rambler.ru"],
    "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net", "kakao.com"],
    "CN": ["qq.com", "163.com", "126.com"], "GR": ["otenet.gr", "gmail.com", "yahoo.gr"],
    "CZ": ["seznam.cz", "centrum.cz", "email.cz"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
    "IL": ["walla.co.il", "gmail.com", "012.net.il"], "ID": ["gmail.com", "yahoo.co.id"],
    "TH": ["gmail.com", "hotmail.co.th"], "VN": ["gmail.com", "yahoo.com.vn"],
}


def email_priv(R, p):
    return L("email", p.local(R) + "@" + R.choice(WEBMAIL[p.country]), sub="personal")


def email_work(R, p, domain):
    return L("email", p.work_local(R) + "@" + domain, sub="work")


# ====================================================================== places
# Home streets and towns per country, and business addresses of the
# fictional firms (look-alikes).

def _pick(R, s):
    return R.choice(s.split(";")).strip()


def addr_US(R):
    street = _pick(R, "Larchmont Ridge Dr;Quail Hollow Ln;Persimmon Ct;Old Mill Creek Rd;Wexford Terrace;Cottonwood Bend Way")
    city, st, z = R.choice([("Nacogdoches", "TX", "7596"), ("Kalispell", "MT", "5990"), ("Ypsilanti", "MI", "4819"), ("Opelika", "AL", "3680"), ("Bellefontaine", "OH", "4331")])
    unit = R.choice(["", "", " Apt %d" % R.randint(2, 40)])
    return "%d %s%s, %s, %s %s%d" % (R.randint(100, 9899), street, unit, city, st, z, R.randint(0, 9))


def addr_GB(R):
    street = _pick(R, "Foxcote Lane;Ladysmith Terrace;Chantry Close;Saddlers Way;Brackenridge Road;Tanners Walk")
    town, pc = R.choice([("Kettering", "NN16"), ("Launceston", "PL15"), ("Stranraer", "DG9"), ("Morpeth", "NE61"), ("Oswestry", "SY11")])
    return "%d %s, %s %s %d%s" % (R.randint(2, 180), street, town, pc, R.randint(1, 9), rnd(R, "ABDEFGHJLNPQRSTUWXYZ", 2))


def addr_IN(R, native=False):
    b = _pick(R, "Sai Kripa Residency;Shantiniketan Heights;Gulmohar Enclave;Vrindavan Towers;Sundaram Apartments")
    loc, city, st, pin = R.choice([("Dharampeth", "Nagpur", "Maharashtra", "4400"), ("R.S. Puram", "Coimbatore", "Tamil Nadu", "6410"),
                                   ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "2260"), ("Kuvempunagar", "Mysuru", "Karnataka", "5700")])
    return "Flat %d, %s, %s, %s, %s %s%02d" % (R.randint(101, 1204), b, loc, city, st, pin, R.randint(1, 30))


def addr_DE(R):
    street = _pick(R, "Hagebuttenweg;Kiebitzstraße;Am Mühlgraben;Holunderstieg;Wacholderring;Brunnenwiese")
    town, plz = R.choice([("Bad Kreuznach", "55543"), ("Lüdenscheid", "58511"), ("Gifhorn", "38518"), ("Straubing", "94315"), ("Eberswalde", "16225")])
    return "%s %d%s, %s %s" % (street, R.randint(1, 90), R.choice(["", "", "a", "b"]), plz, town)


def addr_AT(R):
    street = _pick(R, "Enzianweg;Lärchenhof;Schusterbergstraße;Kohlgrubengasse;Almrauschweg")
    town, plz = R.choice([("Wolfsberg", "9400"), ("Leoben", "8700"), ("Schwaz", "6130"), ("Amstetten", "3300")])
    return "%s %d%s, %s %s" % (street, R.randint(1, 60), R.choice(["", "/%d" % R.randint(1, 12)]), plz, town)


def addr_FR(R):
    street = _pick(R, "rue des Capucines;allée des Mésanges;impasse du Moulin-Neuf;chemin de la Garenne;rue Jean-Baptiste-Godin;avenue des Tilleuls")
    town, cp = R.choice([("Quimperlé", "29300"), ("Montluçon", "03100"), ("Bergerac", "24100"), ("Épinal", "88000"), ("Saumur", "49400")])
    return "%d%s %s, %s %s" % (R.randint(1, 120), R.choice(["", "", " bis", " ter"]), street, cp, town)


def addr_ES(R):
    street = _pick(R, "Calle de los Almendros;Avenida del Bierzo;Calle Trinquete;Calle Maestro Rodrigo;Travesía de las Eras")
    town, cp = R.choice([("Ponferrada", "24400"), ("Talavera de la Reina", "45600"), ("Lorca", "30800"), ("Ávila", "05001"), ("Linares", "23700")])
    return "%s, %d, %d.º %s, %s %s" % (street, R.randint(1, 90), R.randint(1, 8), R.choice("ABCD"), cp, town)


def addr_MX(R):
    street = _pick(R, "Calle Jacarandas;Av. de los Fresnos;Calle Mezquite;Privada Tabachines;Calle Ahuehuete")
    col, city, est, cp = R.choice([("Col. Las Pintitas", "Tlaquepaque", "Jal.", "455"), ("Col. Indeco Animas", "Xalapa", "Ver.", "910"),
                                   ("Col. República Oriente", "Saltillo", "Coah.", "250"), ("Col. Las Reynas", "Irapuato", "Gto.", "366")])
    return "%s %d, %s, %s%02d %s, %s" % (street, R.randint(10, 999), col, cp, R.randint(0, 99), city, est)


def addr_IT(R):
    street = _pick(R, "Via dei Mille Fiori;Via Pietro Nenni;Vicolo del Pozzo;Via Cesare Battisti;Viale delle Rimembranze")
    town, cap, pr = R.choice([("Faenza", "48018", "RA"), ("Vigevano", "27029", "PV"), ("Sulmona", "67039", "AQ"), ("Chioggia", "30015", "VE"), ("Fabriano", "60044", "AN")])
    return "%s %d, %s %s (%s)" % (street, R.randint(1, 140), cap, town, pr)


def addr_NL(R):
    street = _pick(R, "Kwartelstraat;Lindeboomsweg;Zandpad;Hazelaarlaan;Kruisbessenhof")
    town, pc = R.choice([("Zutphen", "72"), ("Hoorn", "16"), ("Venlo", "59"), ("Assen", "94"), ("Tiel", "40")])
    return "%s %d%s, %s%02d %s %s" % (street, R.randint(1, 200), R.choice(["", "", "-A", " bis"]), pc, R.randint(1, 99), rnd(R, "ABCDEGHJKLMNPRSTVWXZ", 2), town)


def addr_PT(R):
    street = _pick(R, "Rua das Amoreiras;Travessa do Outeiro;Rua Padre Cruz;Avenida da Liberdade Nova;Rua dos Combatentes")
    town, cp = R.choice([("Viseu", "3500"), ("Tomar", "2300"), ("Barcelos", "4750"), ("Lagos", "8600")])
    return "%s, %d, %dº %s, %s-%03d %s" % (street, R.randint(1, 200), R.randint(1, 6), R.choice(["Esq.", "Dto."]), cp, R.randint(1, 999), town)


def addr_BR(R):
    street = _pick(R, "Rua das Palmeiras Imperiais;Rua Tenente Coronel Cardoso;Avenida Brasil Sul;Rua dos Ipês;Rua Marechal Hermes")
    bairro, city, uf, cep = R.choice([("Jardim Higienópolis", "Londrina", "PR", "8601"), ("São Mateus", "Juiz de Fora", "MG", "3602"),
                                      ("Maurício de Nassau", "Caruaru", "PE", "5501"), ("América", "Joinville", "SC", "8920")])
    return "%s, %d - %s, %s - %s, %s%d-%03d" % (street, R.randint(10, 2999), bairro, city, uf, cep, R.randint(0, 9), R.randint(0, 999))


def addr_PL(R):
    street = _pick(R, "Jaskółcza;Kasztanowa;Wiśniowa;Lipowa;Zielna;Młynarska")
    town, kod = R.choice([("Tarnów", "33-10"), ("Elbląg", "82-30"), ("Zamość", "22-40"), ("Legnica", "59-22")])
    return "ul. %s %d/%d, %s%d %s" % (street, R.randint(1, 80), R.randint(1, 60), kod, R.randint(0, 9), town)


def addr_SE(R):
    street = _pick(R, "Tallstigen;Björkbacksvägen;Lingonvägen;Kvarngatan;Sjöbrinken")
    town, pn = R.choice([("Östersund", "831"), ("Västervik", "593"), ("Skellefteå", "931"), ("Ystad", "271")])
    return "%s %d, %s %02d %s" % (street, R.randint(1, 70), pn, R.randint(30, 99), town)


def addr_TR(R):
    mah = _pick(R, "Kurupelit;Gültepe;Yazır;Şarkiye")
    street = _pick(R, "Menekşe;Leylak;Çınaraltı;Gelincik;Ihlamur")
    town, pk = R.choice([("Atakum/Samsun", "55200"), ("Merkezefendi/Denizli", "20010"), ("Selçuklu/Konya", "42250"), ("Altınordu/Ordu", "52200")])
    return "%s Mah. %s Sok. No: %d D: %d, %s %s" % (mah, street, R.randint(1, 90), R.randint(1, 20), pk, town)


def addr_RU(R):
    street = _pick(R, "ул. Рябиновая;ул. Садовая-Кудринская;пер. Кленовый;ул. Полевая;пр-т Строителей")
    town, idx = R.choice([("Калуга", "2480"), ("Тверь", "1701"), ("Вологда", "1600"), ("Пенза", "4400")])
    return "%s, д. %d, кв. %d, г. %s, %s%02d" % (street, R.randint(1, 120), R.randint(1, 300), town, idx, R.randint(0, 99))


def addr_JP(R):
    zp, area = R.choice([("380-08", "長野県長野市三輪"), ("790-00", "愛媛県松山市湊町"), ("950-08", "新潟県新潟市中央区東大通"), ("870-00", "大分県大分市府内町")])
    return "〒%s%02d %s%d丁目%d-%d" % (zp, R.randint(1, 99), area, R.randint(1, 6), R.randint(1, 30), R.randint(1, 20))


def addr_KR(R):
    area = R.choice(["대전광역시 유성구 봉명로", "광주광역시 서구 상무대로", "울산광역시 남구 삼산로", "경기도 수원시 영통구 매탄로"])
    return "%s %d, %d동 %d호" % (area, R.randint(10, 300), R.randint(101, 115), R.randint(101, 2304))


def addr_CN(R):
    area = R.choice(["浙江省宁波市鄞州区天童南路", "安徽省合肥市蜀山区长江西路", "云南省昆明市五华区青年路", "山东省潍坊市奎文区东风东街"])
    return "%s%d号%d栋%d室" % (area, R.randint(1, 999), R.randint(1, 30), R.randint(101, 2806))


def addr_GR(R):
    street = R.choice(["Ερμού", "Αγίου Νικολάου", "Μαιζώνος", "Κανακάρη", "Γούναρη"])
    town, tk = R.choice([("Πάτρα", "262"), ("Λάρισα", "412"), ("Ιωάννινα", "453"), ("Καβάλα", "654")])
    return "%s %d, %s %02d %s" % (street, R.randint(1, 150), tk, R.randint(21, 40), town)


def addr_CZ(R):
    street = _pick(R, "Jasmínová;Na Vyhlídce;Palackého;U Rybníka;Květná")
    town, psc = R.choice([("Olomouc", "779 00"), ("Jihlava", "586 01"), ("Tábor", "390 02"), ("Zlín", "760 01")])
    return "%s %d/%d, %s %s" % (street, R.randint(100, 2999), R.randint(1, 60), psc, town)


def addr_EG(R):
    street = R.choice(["شارع الجلاء", "شارع البحر الأعظم", "شارع سعد زغلول", "شارع المشاية"])
    town = R.choice(["المنصورة، الدقهلية", "طنطا، الغربية", "الإسماعيلية", "أسيوط"])
    return "%d %s، الدور %d، شقة %d، %s" % (R.randint(1, 90), street, R.randint(1, 12), R.randint(1, 40), town)


def addr_IL(R):
    street = R.choice(["רחוב הנרקיס", "רחוב האלה", "שדרות הציונות", "רחוב הדקל"])
    town, z = R.choice([("חולון", "58"), ("רחובות", "76"), ("כפר סבא", "44"), ("נתניה", "42")])
    return "%s %d, דירה %d, %s %s%05d" % (street, R.randint(1, 80), R.randint(1, 30), town, z, R.randint(1, 99999))


def addr_ID(R):
    street = _pick(R, "Jl. Cempaka Putih;Jl. Kenanga Raya;Jl. Flamboyan;Jl. Teratai")
    town, kp = R.choice([("Malang", "651"), ("Semarang", "502"), ("Pekanbaru", "282"), ("Balikpapan", "761")])
    return "%s No. %d, RT %02d/RW %02d, %s %s%02d" % (street, R.randint(1, 120), R.randint(1, 12), R.randint(1, 9), town, kp, R.randint(10, 99))


def addr_TH(R):
    soi = R.choice(["ซอยร่มเย็น", "ซอยสุขใจ", "ซอยมะลิ"])
    town = R.choice(["ต.ช้างเผือก อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50300", "ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000", "ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา 90110"])
    return "%d/%d %s %s" % (R.randint(1, 300), R.randint(1, 99), soi, town)


def addr_VN(R):
    street = R.choice(["đường Phan Chu Trinh", "đường Hoàng Diệu", "đường Nguyễn Tri Phương", "đường Trần Cao Vân"])
    town = R.choice(["phường Hải Châu 1, quận Hải Châu, Đà Nẵng", "phường An Hòa, quận Ninh Kiều, Cần Thơ", "phường Vĩnh Ninh, thành phố Huế"])
    return "Số %d %s, %s" % (R.randint(1, 400), street, town)


ADDR = {c: globals()["addr_" + c] for c in ["US", "GB", "IN", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE",
                                           "TR", "RU", "JP", "KR", "CN", "GR", "CZ", "EG", "IL", "ID", "TH", "VN"]}


def home_ml(R, country, sub="home"):
    """The address across lines, as in a letter's sender block."""
    s = ADDR[country](R)
    i = s.rfind(", ")
    if country in ("ES", "PT", "BR", "MX", "IN", "TR", "ID", "RU"):
        i = s.find(", ")
    return L("address", s[:i] + "\n" + s[i + 2:], sub=sub)


def home(R, country, sub="home"):
    return L("address", ADDR[country](R), sub=sub)


# Fictional firms per country: (name, domain, business address look-alike,
# registration/VAT look-alike). Our own firms (the writer's) and client firms.
FIRMS = {
    "US": [("Tallgrass Ledger Inc.", "tallgrassledger.com", "1800 Commerce Pkwy, Suite 400, Columbus, OH 43215", "EIN 84-2739105"),
           ("Copperline Packaging Co.", "copperlinepkg.com", "620 Industrial Blvd, Dayton, OH 45402", "EIN 61-4402873"),
           ("Bluefin Dental Supply LLC", "bluefindental.com", "3100 Harbor Plaza, Tampa, FL 33602", "EIN 59-3318270")],
    "GB": [("Dunmore Signage Ltd", "dunmoresignage.co.uk", "Unit 7, Riverside Trading Estate, Leeds LS11 5QP", "Company No. 09384712 · VAT GB 318 4492 07"),
           ("Quillfield Analytics Ltd", "quillfield.io", "3rd Floor, 21 Bishopsgate Court, London EC2N 4BQ", "Company No. 12874530 · VAT GB 402 7719 38")],
    "IN": [("Navrang Textiles Pvt Ltd", "navrangtextiles.in", "Plot 42, MIDC Andheri East, Mumbai 400093", "GSTIN 27AAHCN4821K1Z3 · CIN U17299MH2015PTC271937"),
           ("Sethu Agritech LLP", "sethuagri.com", "14 Anna Salai, Chennai 600002", "GSTIN 33ABKFS7720P1ZQ")],
    "DE": [("Quellwerk Analytics GmbH", "quellwerk-analytics.de", "Friedrichstraße 112, 10117 Berlin", "HRB 218834 B · USt-IdNr. DE318229471"),
           ("Brandhoff Verpackungen GmbH", "brandhoff-verpackungen.de", "Industriestraße 14, 33334 Gütersloh", "HRB 7719 · USt-IdNr. DE264018839"),
           ("Lindenhain Medizintechnik AG", "lindenhain-mt.de", "Leopoldstraße 204, 80804 München", "HRB 249117 · USt-IdNr. DE301874452")],
    "AT": [("Almblick Tourismus GmbH", "almblick.at", "Maria-Theresien-Straße 18, 6020 Innsbruck", "FN 418273 p · UID ATU69384127")],
    "FR": [("Brisemer Logiciels SAS", "brisemer.fr", "18 rue du Faubourg-Poissonnière, 75010 Paris", "SIREN 842 617 309 · TVA FR58842617309"),
           ("Atelier Maubert SARL", "ateliermaubert.fr", "4 quai Perrache, 69002 Lyon", "SIRET 512 338 841 00027 · TVA FR21512338841")],
    "ES": [("Olivares Cosmética S.L.", "olivarescosmetica.es", "Calle de Alcalá 221, 28028 Madrid", "CIF B87412936"),
           ("Brezo Norte Eventos S.A.", "norte-eventos.es", "Passeig de Gràcia 88, 08008 Barcelona", "CIF A08447219")],
    "MX": [("Mezcalera Tres Lunas S.A. de C.V.", "treslunas.mx", "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX", "RFC MTL190312QK4")],
    "IT": [("Officine Brenta S.r.l.", "officinebrenta.it", "Via Fabio Filzi 27, 20124 Milano (MI)", "P. IVA 09384120962"),
           ("Dolciaria Vesuviana S.p.A.", "dolciariavesuviana.it", "Via Marina 12, 80133 Napoli (NA)", "P. IVA 07721840633")],
    "NL": [("Dijkzicht Software B.V.", "dijkzicht.nl", "Stationsplein 45, 3013 AK Rotterdam", "KvK 72390184 · btw NL859274301B01")],
    "PT": [("Cortiçarte Lda.", "corticarte.pt", "Avenida da Boavista 1277, 4100-130 Porto", "NIPC 514 382 770")],
    "BR": [("Cafezal Exportadora Ltda.", "cafezal.com.br", "Av. Paulista 1842, conj. 155, Bela Vista, São Paulo - SP, 01310-200", "CNPJ 28.417.396/0001-52")],
    "PL": [("Bursztynowy Szlak Sp. z o.o.", "bursztynowyszlak.pl", "ul. Grunwaldzka 182, 80-266 Gdańsk", "NIP 584-271-93-04 · KRS 0000718234")],
    "SE": [("Fjällkraft Mjukvara AB", "fjallkraft.se", "Sveavägen 44, 111 34 Stockholm", "Org.nr 559184-2271 · VAT SE559184227101")],
    "TR": [("Lale Tekstil A.Ş.", "laletekstil.com.tr", "Büyükdere Cad. No: 127, 34394 Şişli/İstanbul", "VKN 6120384571")],
    "RU": [("ООО «Северный Кедр»", "sevkedr.ru", "Ленинградский пр-т, д. 37, Москва, 125167", "ИНН 7714392810 · ОГРН 1177746382015")],
    "JP": [("株式会社みずなら印刷工房", "mizunara-insatsu.co.jp", "〒103-0027 東京都中央区日本橋2-5-1", "法人番号 6010001182734")],
    "KR": [("(주)솔바람데이터랩", "solbaramdata.kr", "서울특별시 강남구 테헤란로 427", "사업자등록번호 214-87-39120")],
    "CN": [("杭州青禾数字科技有限公司", "qinghe-tech.cn", "浙江省杭州市西湖区文三路 478 号", "统一社会信用代码 91330106MA2H3K7X4P")],
    "GR": [("Ελαιώνας Αιγαίου Α.Ε.", "elaionas-aigaiou.gr", "Λεωφ. Κηφισίας 124, 115 26 Αθήνα", "ΑΦΜ εταιρείας 801234560")],
    "CZ": [("Pivovarská Data s.r.o.", "pivovarskadata.cz", "Na Poříčí 1041/12, 110 00 Praha 1", "IČO 07382941 · DIČ CZ07382941")],
    "EG": [("شركة النيل للتسويق الرقمي", "nilemarketing.com.eg", "١٢ شارع التحرير، الدقي، الجيزة", "سجل تجاري 118372")],
    "IL": [("דקל פתרונות שיווק בע\"מ", "dekel-marketing.co.il", "דרך מנחם בגין 132, תל אביב", "ח.פ. 515837264")],
    "ID": [("PT Rempah Nusantara Digital", "rempahdigital.co.id", "Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan 12190", "NPWP 02.384.771.9-012.000")],
    "TH": [("บริษัท ลมทะเล มาร์เก็ตติ้ง จำกัด", "lomtalay.co.th", "999 ถ.พระราม 4 แขวงสีลม เขตบางรัก กรุงเทพฯ 10500", "เลขประจำตัวผู้เสียภาษี 0105561093827")],
    "VN": [("Công ty TNHH Sen Hồng Media", "senhongmedia.vn", "72 Lê Thánh Tôn, phường Bến Nghé, quận 1, TP. Hồ Chí Minh", "MST 0316482937")],
}

# Role mailboxes (look-alikes) by language
ROLE = {"en": ["sales", "info", "hello", "accounts", "billing", "support", "partners", "events"],
        "de": ["vertrieb", "info", "buchhaltung", "kontakt", "service"], "fr": ["commercial", "contact", "compta", "service-client"],
        "es": ["ventas", "info", "facturacion", "atencionalcliente"], "it": ["commerciale", "info", "amministrazione"],
        "nl": ["verkoop", "info", "administratie"], "pt": ["comercial", "geral", "faturacao"], "pl": ["sprzedaz", "biuro", "kontakt"],
        "sv": ["salj", "info", "ekonomi"], "tr": ["satis", "info", "muhasebe"], "ru": ["sales", "info", "buh"], "ja": ["sales", "info", "eigyo"],
        "ko": ["sales", "cs", "info"], "zh": ["sales", "service", "hr"], "el": ["pwliseis", "info"], "cs": ["obchod", "info", "fakturace"],
        "ar": ["sales", "info"], "he": ["sales", "office"], "id": ["sales", "cs", "info"], "th": ["sales", "info"], "vi": ["sales", "cskh"],
        "hi": ["sales", "info"]}


def role_mail(R, lang, domain):
    return N(R.choice(ROLE.get(lang, ROLE["en"])) + "@" + domain, "role_mailbox")


# ====================================================================== dates of birth

def birth(R, lo=1952, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MON_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MON_PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
MON_EL_GEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
MON_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MON_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
MON_CS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
MON_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MON_TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MON_HE = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]


def dob_text(R, d, country, iso_ok=True):
    """A birth date as the country writes it."""
    c = country
    k = R.random()
    if iso_ok and k < 0.15:
        return d.isoformat()
    if c == "US":
        return d.strftime("%m/%d/%Y") if k < 0.7 else "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if c in ("GB", "IN"):
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
    if c in ("DE", "AT"):
        return d.strftime("%d.%m.%Y") if k < 0.7 else "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year)
    if c == "FR":
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d %s %d" % (d.day, MONTHS["fr"][d.month - 1], d.year)
    if c in ("ES", "MX"):
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year)
    if c == "IT":
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d %s %d" % (d.day, MONTHS["it"][d.month - 1], d.year)
    if c == "NL":
        return d.strftime("%d-%m-%Y") if k < 0.7 else "%d %s %d" % (d.day, MONTHS["nl"][d.month - 1], d.year)
    if c in ("PT", "BR"):
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d de %s de %d" % (d.day, MONTHS["pt"][d.month - 1], d.year)
    if c == "PL":
        return d.strftime("%d.%m.%Y") if k < 0.7 else "%d %s %d" % (d.day, MON_PL_GEN[d.month - 1], d.year)
    if c == "SE":
        return d.isoformat() if k < 0.7 else "%d %s %d" % (d.day, MON_SV[d.month - 1], d.year)
    if c == "TR":
        return d.strftime("%d.%m.%Y") if k < 0.7 else "%d %s %d" % (d.day, MON_TR[d.month - 1], d.year)
    if c == "RU":
        return d.strftime("%d.%m.%Y") if k < 0.7 else "%d %s %d г." % (d.day, MON_RU_GEN[d.month - 1], d.year)
    if c == "JP":
        return "%d年%d月%d日" % (d.year, d.month, d.day) if k < 0.7 else d.strftime("%Y/%m/%d")
    if c == "KR":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day) if k < 0.6 else d.strftime("%Y.%m.%d")
    if c == "CN":
        return "%d年%d月%d日" % (d.year, d.month, d.day) if k < 0.7 else d.strftime("%Y-%m-%d")
    if c == "GR":
        return d.strftime("%d/%m/%Y") if k < 0.7 else "%d %s %d" % (d.day, MON_EL_GEN[d.month - 1], d.year)
    if c == "CZ":
        return "%d. %d. %d" % (d.day, d.month, d.year) if k < 0.7 else "%d. %s %d" % (d.day, MON_CS_GEN[d.month - 1], d.year)
    if c == "EG":
        return d.strftime("%d/%m/%Y").translate(AR_DIG) if k < 0.5 else d.strftime("%d/%m/%Y")
    if c == "IL":
        return d.strftime("%d.%m.%Y") if k < 0.7 else "%d %s %d" % (d.day, MON_HE[d.month - 1], d.year)
    if c == "ID":
        return d.strftime("%d-%m-%Y") if k < 0.6 else "%d %s %d" % (d.day, MON_ID[d.month - 1], d.year)
    if c == "TH":
        return "%d %s %d" % (d.day, MON_TH[d.month - 1], d.year + 543) if k < 0.6 else "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    if c == "VN":
        return d.strftime("%d/%m/%Y") if k < 0.7 else "ngày %d tháng %d năm %d" % (d.day, d.month, d.year)
    return d.isoformat()


def dob(R, country, d=None):
    d = d or birth(R)
    return L("dob", dob_text(R, d, country)), d


# ====================================================================== gov ids
# Written for this part from the specifications (those not in corpuslib).

def pesel(d, female, R):
    mm = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d" % (d.year % 100, mm, d.day, R.randint(0, 999))
    sx = R.choice("02468" if female else "13579")
    body += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def se_pnr(d, female, R):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    for c in "0123456789":
        if luhn_ok(body + c):
            return "%s-%s" % (body[:6], body[6:] + c)


def se_pnr_ok(s):
    t = s.replace("-", "")
    return len(t) == 10 and luhn_ok(t)


def tckn(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def pt_nif(R):
    b = R.choice("123") + digits(R, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def pt_nif_ok(s):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s[:8])) % 11
    return len(s) == 9 and int(s[8]) == (0 if c >= 10 else c)


def gr_afm(R):
    while True:
        b = R.choice("0123456") + digits(R, 7)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
        s = b + str(c)
        if s != "000000000":
            return s


def gr_afm_ok(s):
    return len(s) == 9 and sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s[:8])) % 11 % 10 == int(s[8])


def ru_inn12(R):
    b = R.choice(["77", "50", "40", "69", "35", "58"]) + "%02d" % R.randint(1, 50) + digits(R, 6)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(a) * w for a, w in zip(b, w1)) % 11 % 10
    b += str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * w for a, w in zip(b, w2)) % 11 % 10)


def ru_inn12_ok(s):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(s) == 12 and sum(int(a) * w for a, w in zip(s, w1)) % 11 % 10 == int(s[10]) and sum(int(a) * w for a, w in zip(s, w2)) % 11 % 10 == int(s[11])


def kr_rrn(d, female, R):
    s = ("1" if d.year < 2000 else "3") if not female else ("2" if d.year < 2000 else "4")
    b = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + s + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def kr_rrn_ok(s):
    t = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(t) == 13 and (11 - sum(int(a) * x for a, x in zip(t, w)) % 11) % 10 == int(t[12])


def cn_id(d, female, R):
    area = R.choice(["330212", "340104", "530102", "370705", "110105", "440305"])
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = area + d.strftime("%Y%m%d") + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


def cn_id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(s) == 18 and "10X98765432"[sum(int(a) * x for a, x in zip(s[:17], w)) % 11] == s[17]


def cz_rc(d, female, R):
    mm = d.month + (50 if female else 0)
    b = "%02d%02d%02d" % (d.year % 100, mm, d.day)
    while True:
        t = b + digits(R, 3)
        c = int(t) % 11
        if c != 10:
            return t[:6] + "/" + t[6:] + str(c)


def cz_rc_ok(s):
    t = s.replace("/", "")
    return len(t) == 10 and int(t) % 11 == 0


def jp_mynumber(R):
    b = nz(R, 11)
    p = [int(c) for c in reversed(b)]
    s = sum(p[n - 1] * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12))
    r = s % 11
    return b + str(0 if r <= 1 else 11 - r)


def jp_mynumber_ok(s):
    return len(s) == 12 and jp_mynumber_check(s[:11]) == s[11]


def jp_mynumber_check(b):
    p = [int(c) for c in reversed(b)]
    r = sum(p[n - 1] * ((n + 1) if n <= 6 else (n - 5)) for n in range(1, 12)) % 11
    return str(0 if r <= 1 else 11 - r)


def th_id(R):
    b = R.choice("12358") + digits(R, 11)
    return b + str((11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10)


def th_id_ok(s):
    t = s.replace("-", "").replace(" ", "")
    return len(t) == 13 and (11 - sum(int(x) * (13 - i) for i, x in enumerate(t[:12])) % 11) % 10 == int(t[12])


def il_tz(R):
    b = digits(R, 8)
    return luhn_complete(b)


def at_svnr(d, R):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        s = "%d%02d" % (R.randint(1, 9), R.randint(0, 99)) + "0" + d.strftime("%d%m%y")
        c = sum(int(a) * x for a, x in zip(s, w)) % 11
        if c != 10:
            return s[:3] + str(c) + " " + s[4:]


def at_svnr_ok(s):
    t = s.replace(" ", "")
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    return len(t) == 10 and sum(int(a) * x for a, x in zip(t, w)) % 11 == int(t[3])


def id_nik(d, female, R):
    dd = d.day + (40 if female else 0)
    return R.choice(["357301", "337401", "147101", "647101"]) + "%02d%02d%02d" % (dd, d.month, d.year % 100) + "%04d" % R.randint(1, 9999)


def vn_cccd(d, female, R):
    cent = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return R.choice(["048", "092", "046", "031"]) + str(cent) + "%02d" % (d.year % 100) + digits(R, 6)


def cf_for(p, d, R):
    return cf_make(fold(p.family_r) or "X", fold(p.given_r) or "X", d.year % 100, d.month, d.day, p.sex == "f",
                   R.choice(["D458", "L872", "I804", "C722", "D612"]))


def gov_id(R, p, d):
    """The person's own national / tax id for a payout or prize form:
    (field label, L) or None. d: the person's birth date."""
    c, f = p.country, p.sex == "f"
    if c == "US":
        a, g, s = ssn_random(R)
        return "SSN", L("gov_id", "%s-%s-%s" % (a, g, s), sub="us_ssn")
    if c == "GB":
        pr, n, su = nino_random(R)
        return "NI number", L("gov_id", "%s %s %s %s %s" % (pr, n[:2], n[2:4], n[4:], su), sub="uk_nino")
    if c == "IN":
        return "PAN", L("gov_id", pan_random(R, "P", p.family_r), sub="in_pan")
    if c == "DE":
        s = steuerid_random(R)
        return "Steuer-ID", L("gov_id", R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), sub="de_steuerid")
    if c == "AT":
        return "SV-Nummer", L("gov_id", at_svnr(d, R), sub="at_svnr")
    if c == "FR":
        b, k = nir_random(R, "2" if f else "1", d.year % 100, d.month)
        return "N° de sécurité sociale", L("gov_id", "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k), sub="fr_nir")
    if c == "ES":
        if R.random() < 0.7:
            n, l_ = dni_random(R)
            return "DNI", L("gov_id", n + l_, sub="es_dni")
        pfx, n, l_ = nie_random(R)
        return "NIE", L("gov_id", "%s-%s-%s" % (pfx, n, l_), sub="es_nie")
    if c == "IT":
        return "Codice fiscale", L("gov_id", cf_for(p, d, R), sub="it_cf")
    if c == "NL":
        return "BSN", L("gov_id", bsn_random(R), sub="nl_bsn")
    if c == "PT":
        s = pt_nif(R)
        return "NIF", L("gov_id", R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])]), sub="pt_nif")
    if c == "BR":
        s = cpf_random(R)
        return "CPF", L("gov_id", "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="br_cpf")
    if c == "PL":
        return "PESEL", L("gov_id", pesel(d, f, R), sub="pl_pesel")
    if c == "SE":
        return "Personnummer", L("gov_id", se_pnr(d, f, R), sub="se_pnr")
    if c == "TR":
        return "TC Kimlik No", L("gov_id", tckn(R), sub="tr_tckn")
    if c == "RU":
        return "ИНН", L("gov_id", ru_inn12(R), sub="ru_inn")
    if c == "JP":
        s = jp_mynumber(R)
        return "マイナンバー", L("gov_id", "%s %s %s" % (s[:4], s[4:8], s[8:]), sub="jp_mynumber")
    if c == "KR":
        return "주민등록번호", L("gov_id", kr_rrn(d, f, R), sub="kr_rrn")
    if c == "CN":
        return "身份证号", L("gov_id", cn_id(d, f, R), sub="cn_id")
    if c == "GR":
        return "ΑΦΜ", L("gov_id", gr_afm(R), sub="gr_afm")
    if c == "CZ":
        return "Rodné číslo", L("gov_id", cz_rc(d, f, R), sub="cz_rc")
    if c == "IL":
        return "ת.ז.", L("gov_id", il_tz(R), sub="il_tz")
    if c == "ID":
        return "NIK", L("gov_id", id_nik(d, f, R), sub="id_nik")
    if c == "TH":
        s = th_id(R)
        return "เลขบัตรประชาชน", L("gov_id", "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12]), sub="th_id")
    if c == "VN":
        return "Số CCCD", L("gov_id", vn_cccd(d, f, R), sub="vn_cccd")
    if c == "MX":
        return None
    if c == "EG":
        return None
    return None


GOV_OK = {"us_ssn": lambda s: ssn_valid(*map(int, s.split("-"))), "uk_nino": lambda s: s[:2] not in NINO_BAD_PREFIX and re.fullmatch(r"[A-Z]{2} \d\d \d\d \d\d [A-D]", s) is not None,
          "in_pan": lambda s: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s) is not None,
          "de_steuerid": lambda s: steuerid_ok(s.replace(" ", "")), "at_svnr": at_svnr_ok,
          "fr_nir": lambda s: nir_ok(s.replace(" ", "")[:13], s.replace(" ", "")[13:]),
          "es_dni": lambda s: DNI_LETTERS[int(s[:8]) % 23] == s[8], "es_nie": lambda s: nie_ok(s.replace("-", "")),
          "it_cf": lambda s: cf_check(s[:15]) == s[15], "nl_bsn": bsn_ok, "pt_nif": lambda s: pt_nif_ok(s.replace(" ", "")),
          "br_cpf": lambda s: cpf_ok(re.sub(r"\D", "", s)), "pl_pesel": pesel_ok, "se_pnr": se_pnr_ok, "tr_tckn": tckn_ok,
          "ru_inn": ru_inn12_ok, "jp_mynumber": lambda s: jp_mynumber_ok(s.replace(" ", "")), "kr_rrn": kr_rrn_ok, "cn_id": cn_id_ok,
          "gr_afm": gr_afm_ok, "cz_rc": cz_rc_ok, "il_tz": lambda s: len(s) == 9 and luhn_ok(s), "th_id": th_id_ok,
          "id_nik": lambda s: re.fullmatch(r"\d{16}", s) is not None and 1 <= int(s[6:8]) % 40 <= 31 and 1 <= int(s[8:10]) <= 12,
          "vn_cccd": lambda s: re.fullmatch(r"0\d{11}", s) is not None and s[3] in "0123"}


# ====================================================================== money
IBAN_CC = {"DE": "DE", "AT": "AT", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PT": "PT", "PL": "PL", "SE": "SE",
           "TR": "TR", "GR": "GR", "CZ": "CZ", "GB": "GB", "BR": "BR", "EG": "EG", "IL": "IL"}


def iban_extra(R, country):
    """IBANs for EG (29 chars) and IL (23) after the SWIFT registry."""
    if country == "EG":
        return iban_make("EG", digits(R, 25))
    if country == "IL":
        return iban_make("IL", digits(R, 19))
    return iban_random(R, country)


def iban_ok(s):
    t = s.replace(" ", "").replace("\u00a0", "").upper()
    ln = {"EG": 29, "IL": 23}.get(t[:2]) or IBAN_LEN.get(t[:2])
    return ln == len(t) and iban_mod97(t) == 1


def iban(R, country, holder=None):
    s = iban_extra(R, country)
    if R.random() < 0.7:
        s = group(s)
    meta = {"sub": country.lower()}
    if holder:
        meta["holder"] = holder
    return L("iban", s, **meta)


CARD_BY = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"], "IN": ["rupay", "visa", "mastercard"],
           "DE": ["mastercard", "visa", "maestro"], "AT": ["mastercard", "visa", "maestro"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
           "MX": ["visa", "mastercard", "amex"], "IT": ["visa", "mastercard", "maestro"], "NL": ["mastercard", "visa"], "PT": ["visa", "mastercard"],
           "BR": ["mastercard", "visa"], "PL": ["visa", "mastercard"], "SE": ["visa", "mastercard"], "TR": ["troy", "visa", "mastercard"],
           "RU": ["mir", "visa"], "JP": ["jcb", "visa", "mastercard"], "KR": ["visa", "mastercard"], "CN": ["unionpay"], "GR": ["visa", "mastercard"],
           "CZ": ["visa", "mastercard"], "EG": ["visa", "mastercard"], "IL": ["visa", "mastercard"], "ID": ["visa", "mastercard", "jcb"],
           "TH": ["visa", "mastercard"], "VN": ["visa", "mastercard", "jcb"]}


def card(R, country):
    iss = R.choice(CARD_BY[country])
    num = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    g = split_groups(num, card_grouping(len(num)))
    return L("card", sep.join(g), sub=iss), num


def expiry(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


# ====================================================================== secrets
# Shapes of marketing, CRM and ad-platform credentials as the providers
# document them (written for this part), plus corpuslib's shapes.

def mk_secret(R, kind):
    if kind == "hubspot_pat":
        return "pat-" + R.choice(["na1", "eu1", "na2"]) + "-" + uuid4(R)
    if kind == "mailchimp":
        return hexs(R, 32) + "-us" + str(R.randint(2, 21))
    if kind == "brevo":
        return "xkeysib-" + hexs(R, 64) + "-" + rnd(R, ALNUM, 16)
    if kind == "klaviyo_private":
        return "pk_" + hexs(R, 34)
    if kind == "meta_token":
        return "EAA" + rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + rnd(R, ALNUM, R.randint(160, 200))
    if kind == "google_refresh":
        return "1//0" + rnd(R, URLSAFE, 99)
    if kind == "ga4_api_secret":
        return rnd(R, URLSAFE, 22)
    if kind == "google_ads_dev":
        return rnd(R, URLSAFE, 22)
    if kind == "segment_write":
        return rnd(R, ALNUM, 32)
    if kind == "pipedrive":
        return hexs(R, 40)
    if kind == "twilio_auth":
        return hexs(R, 32)
    if kind == "stripe_webhook":
        return "whsec_" + rnd(R, ALNUM, 32)
    if kind == "stripe_secret":
        return "sk_live_" + rnd(R, ALNUM, R.choice([24, 99]))
    if kind == "shopify":
        return "shpat_" + hexs(R, 32)
    if kind == "zapier_hook":
        return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (R.randint(1000000, 19999999), rnd(R, string.ascii_lowercase + string.digits, 7))
    if kind == "tiktok_token":
        return hexs(R, 40)
    if kind == "linkedin_token":
        return "AQ" + rnd(R, URLSAFE, R.randint(150, 190))
    if kind == "intercom":
        import base64
        return "dG9rOj" + base64.b64encode(("%s:%s:0" % (uuid4(R), hexs(R, 16))).encode()).decode()[6:].rstrip("=") + "="
    if kind == "typeform":
        return "tfp_" + rnd(R, ALNUM, 44) + "_" + rnd(R, ALNUM, 14)
    if kind == "mailgun":
        return "key-" + hexs(R, 32)
    if kind == "hmac64":
        return hexs(R, 64)
    if kind == "calendly":
        return secret_random(R, "jwt")
    if kind == "password":
        w = R.choice(["Kampagne", "Pipeline", "Funnel", "Leadgen", "Outbound", "Quartal", "Vendas", "Ventas", "Prospect", "Brochure", "Roadshow", "Upsell"])
        return w + R.choice(["!", "#", "$", "%", "&", "*", "_", "@"]) + str(R.randint(10, 9999)) + R.choice(["", "x", "Q", "?", "!"])
    return secret_random(R, kind)


def sec(R, kind):
    return L("secret", mk_secret(R, kind), sub=kind)


def pixel_id(R):
    """A Meta pixel id (15-16 digits, drawn Luhn-invalid)."""
    return N(luhn_bad_digits(R, R.choice([15, 16])), "pixel_id")


def ga_id(R):
    return N("G-" + rnd(R, string.ascii_uppercase + string.digits, 10), "measurement_id")


def gtm_id(R):
    return N("GTM-" + rnd(R, string.ascii_uppercase + string.digits, 7), "gtm_id")


def utm(R, camp):
    return N("utm_source=%s&utm_medium=%s&utm_campaign=%s" % (R.choice(["linkedin", "newsletter", "google", "meta", "partner"]), R.choice(["cpc", "email", "social", "referral"]), camp), "utm")


def camp_id(R):
    return R.choice(["CMP-", "cmp_", "C", "camp-"]) + str(R.randint(2024, 2026)) + "-" + rnd(R, string.ascii_uppercase + string.digits, 5)


def lead_id(R):
    return N(R.choice(["LEAD-", "L-", "00Q"]) + (rnd(R, ALNUM, 15) if False else str(R.randint(100000, 999999))), "lead_id")


def deal_id(R):
    return N(R.choice(["OPP-", "DEAL-", "D-"]) + str(R.randint(10000, 99999)), "deal_id")


def quote_no(R):
    return N(R.choice(["Q-", "QT-", "ANG-", "DEV-", "COT-", "OFF-"]) + "%d-%04d" % (R.randint(2025, 2026), R.randint(1, 9999)), "quote_number")


def order_no(R):
    return N(R.choice(["SO-", "PO-", "ORD-", "AB-"]) + str(R.randint(100000, 9999999)), "order_number")


def inv_no(R):
    return N(R.choice(["INV-", "RE-", "FA-", "F"]) + "%d/%05d" % (R.randint(2025, 2026), R.randint(1, 99999)), "invoice_number")


def ticket_no(R):
    return N("#" + str(R.randint(10000, 999999)), "ticket_number")


def duns(R):
    return N("%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999)), "duns")


def hashed_email(R, addr):
    """SHA-256 of a normalised address: a hash, not an e-mail."""
    return N(sha256_of(addr.strip().lower()), "hashed_email")


# ====================================================================== languages
COUNTRY_LANG = {"US": "en", "GB": "en", "IN": "hi", "DE": "de", "AT": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it",
                "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "TR": "tr", "RU": "ru", "JP": "ja", "KR": "ko",
                "CN": "zh", "GR": "el", "CZ": "cs", "EG": "ar", "IL": "he", "ID": "id", "TH": "th", "VN": "vi"}
LATIN = {"US", "GB", "DE", "AT", "FR", "ES", "MX", "IT", "NL", "PT", "BR", "PL", "SE", "TR", "CZ", "ID", "VN"}

# Request lines by kind of paste, in every language (hand-written).
REQ = {
    "clean": {
        "en": ["Can you dedupe this list, fix the capitalisation and split it into proper columns?", "Clean this export up for me — one row per contact, no duplicates."],
        "de": ["Kannst du die Liste bereinigen, Dubletten raus und sauber in Spalten?", "Bitte einmal aufräumen: ein Kontakt pro Zeile, keine Dubletten."],
        "fr": ["Tu peux dédoublonner cette liste et remettre les colonnes au propre ?", "Nettoie cet export stp : un contact par ligne, sans doublons."],
        "es": ["¿Me limpias esta lista? Quita duplicados y sepáralo bien en columnas.", "Ordena este export, un contacto por fila y sin repetidos."],
        "it": ["Puoi togliere i doppioni da questa lista e sistemare le colonne?"], "nl": ["Kun je deze lijst ontdubbelen en netjes in kolommen zetten?"],
        "pt": ["Consegues limpar esta lista, tirar duplicados e pôr tudo em colunas?", "Dá pra limpar essa lista, tirar os duplicados e organizar em colunas?"],
        "pl": ["Możesz usunąć duplikaty z tej listy i poprawić kolumny?"], "sv": ["Kan du rensa dubbletter i listan och dela upp den i kolumner?"],
        "tr": ["Bu listedeki tekrarları temizleyip sütunlara ayırabilir misin?"], "ru": ["Можешь убрать дубли из списка и разложить всё по колонкам?"],
        "ja": ["このリストの重複を消して、列をきれいに整えてもらえますか？"], "ko": ["이 리스트 중복 제거하고 열 정리 좀 해줘."],
        "zh": ["帮我把这个名单去重，再按列整理好。"], "el": ["Μπορείς να καθαρίσεις τα διπλότυπα και να το βάλεις σε στήλες;"],
        "cs": ["Můžeš z toho seznamu odstranit duplicity a rozdělit to do sloupců?"], "ar": ["ممكن تحذف التكرارات من القائمة دي وترتبها في أعمدة؟"],
        "he": ["אפשר לנקות כפילויות מהרשימה ולסדר אותה בעמודות?"], "id": ["Bisa tolong hapus data dobel di daftar ini dan rapikan kolomnya?"],
        "th": ["ช่วยลบรายชื่อซ้ำในลิสต์นี้แล้วจัดคอลัมน์ให้หน่อย"], "vi": ["Bạn lọc trùng danh sách này và chia lại cột giúp mình nhé?"],
        "hi": ["इस लिस्ट से डुप्लिकेट हटा दो और कॉलम ठीक कर दो।"]},
    "followup": {
        "en": ["Draft a short follow-up e-mail from these notes, friendly but not pushy.", "Turn these call notes into a follow-up e-mail and a task list."],
        "de": ["Mach mir aus den Notizen eine kurze Follow-up-Mail, freundlich, nicht aufdringlich.", "Formulier bitte eine Nachfass-Mail und die To-dos aus den Gesprächsnotizen."],
        "fr": ["Rédige un mail de relance court à partir de ces notes, sympa mais pas insistant.", "Transforme ces notes d'appel en mail de suivi + liste d'actions."],
        "es": ["Redáctame un correo de seguimiento corto con estas notas, cercano pero sin agobiar."],
        "it": ["Scrivimi una mail di follow-up breve partendo da questi appunti."], "nl": ["Maak van deze aantekeningen een korte follow-upmail, vriendelijk maar niet opdringerig."],
        "pt": ["Escreve um e-mail de follow-up curto a partir destas notas.", "Me ajuda a escrever um e-mail de follow-up com base nessas anotações?"],
        "pl": ["Napisz krótkiego maila follow-up na podstawie tych notatek."], "sv": ["Skriv ett kort uppföljningsmejl utifrån anteckningarna."],
        "tr": ["Bu notlardan kısa bir takip e-postası taslağı çıkarır mısın?"], "ru": ["Составь короткое письмо-фоллоуап по этим заметкам."],
        "ja": ["このメモをもとに、フォローアップのメールを短めに書いてください。"], "ko": ["이 메모로 짧은 후속 메일 초안 써줘. 너무 들이대지 않게."],
        "zh": ["根据这些笔记帮我写一封简短的跟进邮件。"], "el": ["Γράψε μου ένα σύντομο follow-up email από αυτές τις σημειώσεις."],
        "cs": ["Napiš z těch poznámek krátký navazující e-mail."], "ar": ["اكتب لي إيميل متابعة قصير من الملاحظات دي."],
        "he": ["תנסח לי מייל המשך קצר מהסיכום הזה."], "id": ["Tolong buatkan email follow-up singkat dari catatan ini."],
        "th": ["ช่วยร่างอีเมลติดตามงานสั้น ๆ จากโน้ตนี้ให้หน่อย"], "vi": ["Viết giúp mình email follow-up ngắn từ ghi chú này."],
        "hi": ["इन नोट्स से एक छोटा फॉलो-अप ईमेल लिख दो।"]},
    "summary": {
        "en": ["Summarise this and pull out the next steps and who owns them.", "What did they actually commit to? Give me a summary and next steps."],
        "de": ["Fass das zusammen und zieh die nächsten Schritte mit Verantwortlichen raus."], "fr": ["Résume et sors les prochaines étapes avec qui fait quoi."],
        "es": ["Resúmelo y saca los próximos pasos con responsables."], "it": ["Riassumi e tira fuori i prossimi passi con i responsabili."],
        "nl": ["Vat dit samen en zet de vervolgstappen met eigenaar op een rij."], "pt": ["Resume isto e lista os próximos passos e quem trata de cada um."],
        "pl": ["Podsumuj to i wypisz kolejne kroki z osobami odpowiedzialnymi."], "sv": ["Sammanfatta och lista nästa steg och vem som äger dem."],
        "tr": ["Bunu özetle, sonraki adımları ve sorumlularını çıkar."], "ru": ["Кратко перескажи и выпиши следующие шаги с ответственными."],
        "ja": ["要点をまとめて、次のアクションと担当者を出してください。"], "ko": ["요약하고 다음 액션이랑 담당자 정리해줘."], "zh": ["总结一下，并列出下一步和负责人。"],
        "el": ["Κάνε μου μια περίληψη και τα επόμενα βήματα με υπεύθυνους."], "cs": ["Shrň to a vypiš další kroky a kdo je má na starost."],
        "ar": ["لخّص ده وطلّع الخطوات الجاية ومين مسؤول عن كل واحدة."], "he": ["תסכם ותוציא את הצעדים הבאים ומי אחראי על כל אחד."],
        "id": ["Tolong rangkum dan buat daftar langkah berikutnya beserta PIC-nya."], "th": ["สรุปให้หน่อย แล้วแยกขั้นตอนถัดไปกับคนรับผิดชอบ"],
        "vi": ["Tóm tắt giúp mình và liệt kê các bước tiếp theo, ai phụ trách."], "hi": ["इसका सार बताओ और अगले कदम व ज़िम्मेदार लोग लिखो।"]},
    "check": {
        "en": ["Check this before I send it — anything missing or wrong?", "Can you sanity-check this form? Does anything look off?"],
        "de": ["Kannst du das prüfen, bevor ich's rausschicke? Fehlt was?"], "fr": ["Tu peux vérifier avant que j'envoie ? Il manque quelque chose ?"],
        "es": ["¿Lo revisas antes de mandarlo? ¿Falta algo?"], "it": ["Me lo controlli prima che lo mandi? Manca qualcosa?"],
        "nl": ["Kun je dit checken voordat ik het verstuur? Mist er iets?"], "pt": ["Podes rever antes de eu enviar? Falta alguma coisa?", "Confere pra mim antes de eu mandar? Tá faltando algo?"],
        "pl": ["Sprawdzisz to, zanim wyślę? Czegoś brakuje?"], "sv": ["Kan du kolla igenom innan jag skickar? Saknas något?"],
        "tr": ["Göndermeden önce kontrol eder misin? Eksik bir şey var mı?"], "ru": ["Проверь, пожалуйста, перед отправкой — ничего не упущено?"],
        "ja": ["送る前にチェックしてもらえますか？抜けているところはありますか？"], "ko": ["보내기 전에 한번 봐줄래? 빠진 거 있어?"], "zh": ["发出去之前帮我检查一下，有没有漏的？"],
        "el": ["Μπορείς να το ελέγξεις πριν το στείλω; Λείπει κάτι;"], "cs": ["Zkontroluješ mi to, než to pošlu? Chybí tam něco?"],
        "ar": ["ممكن تراجع ده قبل ما أبعته؟ فيه حاجة ناقصة؟"], "he": ["אפשר לבדוק לפני שאני שולח? חסר משהו?"],
        "id": ["Tolong cek dulu sebelum saya kirim, ada yang kurang?"], "th": ["ช่วยตรวจก่อนส่งหน่อย ขาดอะไรไหม"],
        "vi": ["Kiểm tra giúp mình trước khi gửi nhé, có thiếu gì không?"], "hi": ["भेजने से पहले चेक कर दो, कुछ छूटा तो नहीं?"]},
    "error": {
        "en": ["Why does this sync fail with 401 since this morning?", "The webhook stopped firing yesterday. What's wrong in this config?"],
        "de": ["Warum schlägt der Sync seit heute früh mit 401 fehl?"], "fr": ["Pourquoi la synchro plante en 401 depuis ce matin ?"],
        "es": ["¿Por qué la sincronización da 401 desde esta mañana?"], "it": ["Perché la sincronizzazione dà 401 da stamattina?"],
        "nl": ["Waarom faalt de sync sinds vanochtend met een 401?"], "pt": ["Porque é que a sincronização dá 401 desde hoje de manhã?", "Por que a integração tá dando 401 desde hoje cedo?"],
        "pl": ["Dlaczego synchronizacja od rana wywala 401?"], "sv": ["Varför failar synken med 401 sedan i morse?"],
        "tr": ["Senkronizasyon bu sabahtan beri neden 401 veriyor?"], "ru": ["Почему синхронизация с утра падает с 401?"],
        "ja": ["今朝から同期が401で失敗します。設定のどこが悪いですか？"], "ko": ["오늘 아침부터 동기화가 401로 실패해. 설정 뭐가 문제야?"], "zh": ["为什么从今天早上开始同步一直报401？"],
        "el": ["Γιατί ο συγχρονισμός βγάζει 401 από το πρωί;"], "cs": ["Proč synchronizace od rána padá na 401?"],
        "ar": ["ليه المزامنة بتدي 401 من الصبح؟"], "he": ["למה הסנכרון נופל על 401 מהבוקר?"],
        "id": ["Kenapa sinkronisasi gagal 401 sejak tadi pagi?"], "th": ["ทำไมซิงก์ขึ้น 401 ตั้งแต่เช้า"],
        "vi": ["Sao từ sáng đồng bộ cứ báo lỗi 401 vậy?"], "hi": ["सुबह से सिंक 401 क्यों दे रहा है?"]},
    "segment": {
        "en": ["Which of these should we call first? Rank them and say why.", "Segment these leads by how warm they are."],
        "de": ["Wen sollten wir zuerst anrufen? Bitte priorisieren und kurz begründen."], "fr": ["Qui appeler en premier ? Classe-les et explique pourquoi."],
        "es": ["¿A quién llamamos primero? Ordénalos y explícame por qué."], "it": ["Chi chiamiamo per primo? Mettili in ordine e spiega perché."],
        "nl": ["Wie moeten we als eerste bellen? Rangschik ze en leg uit waarom."], "pt": ["Quem devemos contactar primeiro? Ordena e explica porquê.", "Quem a gente deve ligar primeiro? Ordena e explica."],
        "pl": ["Do kogo dzwonimy najpierw? Uszereguj i uzasadnij."], "sv": ["Vilka ska vi ringa först? Rangordna och motivera."],
        "tr": ["Önce kimi arayalım? Sırala ve nedenini yaz."], "ru": ["Кому звонить в первую очередь? Расставь по приоритету и объясни."],
        "ja": ["誰から先に連絡すべきですか？優先順位と理由を教えてください。"], "ko": ["누구한테 먼저 전화해야 할까? 순서 정하고 이유도."], "zh": ["先给谁打电话？帮我排个序并说明理由。"],
        "el": ["Ποιους να πάρουμε πρώτα τηλέφωνο; Βάλ' τους σε σειρά και εξήγησε."], "cs": ["Komu zavolat nejdřív? Seřaď je a zdůvodni."],
        "ar": ["نكلم مين الأول؟ رتّبهم وقولّي ليه."], "he": ["למי להתקשר קודם? תדרג ותסביר."],
        "id": ["Siapa yang sebaiknya ditelepon duluan? Urutkan dan jelaskan."], "th": ["ควรโทรหาใครก่อน เรียงลำดับพร้อมเหตุผลให้หน่อย"],
        "vi": ["Nên gọi ai trước? Xếp hạng và giải thích giúp mình."], "hi": ["पहले किसे कॉल करें? क्रम में लगाकर कारण बताओ।"]},
    "gdpr": {
        "en": ["Is this compliant? What exactly do we have to delete and by when?", "Do we have valid consent for these people under GDPR?"],
        "de": ["Ist das DSGVO-konform? Was genau müssen wir löschen und bis wann?"], "fr": ["C'est conforme au RGPD ? Qu'est-ce qu'on doit supprimer et sous quel délai ?"],
        "es": ["¿Esto cumple el RGPD? ¿Qué tenemos que borrar exactamente y en qué plazo?"], "it": ["È conforme al GDPR? Cosa dobbiamo cancellare e entro quando?"],
        "nl": ["Is dit AVG-proof? Wat moeten we precies verwijderen en wanneer?"], "pt": ["Isto cumpre o RGPD? O que temos de apagar e até quando?", "Isso tá de acordo com a LGPD? O que precisa ser apagado?"],
        "pl": ["Czy to jest zgodne z RODO? Co dokładnie musimy usunąć i do kiedy?"], "sv": ["Är det här GDPR-säkert? Vad måste vi radera och när?"],
        "tr": ["Bu KVKK'ya uygun mu? Neyi ne zamana kadar silmemiz gerekiyor?"], "ru": ["Это вообще законно по 152-ФЗ? Что и в какой срок надо удалить?"],
        "ja": ["これは個人情報保護法的に問題ないですか？何をいつまでに削除すべき？"], "ko": ["이거 개인정보보호법상 괜찮아? 뭘 언제까지 지워야 해?"], "zh": ["这样符合《个人信息保护法》吗？需要删除哪些、什么时候前？"],
        "el": ["Είναι σύμφωνο με τον GDPR; Τι πρέπει να διαγράψουμε και μέχρι πότε;"], "cs": ["Je to v souladu s GDPR? Co přesně musíme smazat a do kdy?"],
        "ar": ["هل ده متوافق مع قانون حماية البيانات؟ المفروض نمسح إيه وإمتى؟"], "he": ["זה עומד בחוק הגנת הפרטיות? מה בדיוק צריך למחוק ועד מתי?"],
        "id": ["Ini sudah sesuai UU PDP belum? Apa yang harus kami hapus dan kapan?"], "th": ["แบบนี้ถูกตาม PDPA ไหม ต้องลบอะไรภายในเมื่อไร"],
        "vi": ["Như này có đúng Nghị định 13 không? Phải xóa gì và trước khi nào?"], "hi": ["क्या यह DPDP के हिसाब से ठीक है? क्या और कब तक डिलीट करना है?"]},
    "rewrite": {
        "en": ["Make this outreach e-mail shorter and less salesy.", "Rewrite this so it sounds like a human wrote it."],
        "de": ["Mach die Akquise-Mail kürzer und weniger werblich."], "fr": ["Raccourcis ce mail de prospection et rends-le moins commercial."],
        "es": ["Hazme este correo de prospección más corto y menos vendedor."], "it": ["Rendi questa mail di prospezione più breve e meno commerciale."],
        "nl": ["Maak deze acquisitiemail korter en minder salesy."], "pt": ["Torna este e-mail de prospeção mais curto e menos comercial.", "Deixa esse e-mail de prospecção mais curto e menos vendedor."],
        "pl": ["Skróć tego maila i zrób go mniej sprzedażowym."], "sv": ["Gör säljmejlet kortare och mindre säljigt."],
        "tr": ["Bu satış e-postasını kısalt, daha az satışçı yap."], "ru": ["Сделай это письмо короче и менее «продажным»."],
        "ja": ["この営業メールをもっと短く、押し売り感を減らしてください。"], "ko": ["이 영업 메일 더 짧고 덜 영업스럽게 고쳐줘."], "zh": ["把这封开发信改短一点，别那么像推销。"],
        "el": ["Κάνε αυτό το email πιο σύντομο και λιγότερο πωλητικό."], "cs": ["Zkrať ten obchodní e-mail a ať nezní tak prodejně."],
        "ar": ["خلّي الإيميل ده أقصر وأقل بيعي."], "he": ["תקצר את המייל הזה ותוריד את הטון המכירתי."],
        "id": ["Tolong buat email penawaran ini lebih singkat dan tidak terlalu jualan."], "th": ["ช่วยทำอีเมลเสนอขายนี้ให้สั้นลงและไม่ขายของเกินไป"],
        "vi": ["Viết lại email chào hàng này ngắn hơn, bớt mùi bán hàng."], "hi": ["इस आउटरीच ईमेल को छोटा और कम सेल्स वाला बना दो।"]},
    "payout": {
        "en": ["Can you total the payouts per affiliate and flag anything odd in the bank details?", "Work out who gets paid what this month."],
        "de": ["Rechne bitte die Auszahlungen pro Partner zusammen und markier Auffälligkeiten bei den Bankdaten."],
        "fr": ["Tu peux totaliser les commissions par affilié et signaler ce qui cloche dans les coordonnées bancaires ?"],
        "es": ["¿Me sumas los pagos por afiliado y marcas lo raro en los datos bancarios?"], "it": ["Mi sommi i pagamenti per affiliato e segnali stranezze nei dati bancari?"],
        "nl": ["Kun je de uitbetalingen per affiliate optellen en rare bankgegevens markeren?"], "pt": ["Somas os pagamentos por afiliado e assinalas o que estiver estranho?", "Soma os repasses por afiliado e marca o que parecer errado?"],
        "pl": ["Zsumuj wypłaty dla każdego partnera i zaznacz dziwne dane bankowe."], "sv": ["Summera utbetalningarna per partner och flagga konstiga bankuppgifter."],
        "tr": ["Ortak başına ödemeleri toplar mısın, banka bilgilerinde tuhaf bir şey varsa işaretle."], "ru": ["Посчитай выплаты по партнёрам и отметь странное в реквизитах."],
        "ja": ["アフィリエイトごとの支払額を合計して、口座情報でおかしい所を指摘してください。"], "ko": ["제휴사별 지급액 합계 내고 계좌 정보 이상한 거 표시해줘."], "zh": ["按推广人汇总一下佣金，银行信息有问题的标出来。"],
        "el": ["Άθροισε τις πληρωμές ανά συνεργάτη και σημείωσε ό,τι περίεργο στα τραπεζικά."], "cs": ["Sečti výplaty po partnerech a označ podezřelé bankovní údaje."],
        "ar": ["اجمع المستحقات لكل مسوّق وعلّم على أي حاجة غريبة في بيانات البنك."], "he": ["תסכם תשלומים לכל שותף ותסמן פרטי בנק חשודים."],
        "id": ["Tolong totalkan komisi per afiliasi dan tandai data rekening yang aneh."], "th": ["ช่วยรวมยอดค่าคอมฯ ต่อพาร์ทเนอร์ และทำเครื่องหมายข้อมูลบัญชีที่แปลก"],
        "vi": ["Cộng tổng hoa hồng theo từng cộng tác viên và đánh dấu thông tin ngân hàng lạ."], "hi": ["हर एफिलिएट का पेआउट जोड़ो और बैंक डिटेल में गड़बड़ हो तो बताओ।"]},
    "bounce": {
        "en": ["Why are so many of these bouncing? Explain the log like I'm not an engineer.", "Half the campaign bounced. What does this log tell us?"],
        "de": ["Warum bouncen so viele? Erklär mir das Log bitte ohne Technikerdeutsch."], "fr": ["Pourquoi autant de rebonds ? Explique-moi le log simplement."],
        "es": ["¿Por qué rebotan tantos? Explícame el log sin tecnicismos."], "it": ["Perché rimbalzano così tanti? Spiegami il log in parole semplici."],
        "nl": ["Waarom bouncen er zoveel? Leg de log simpel uit."], "pt": ["Porque é que tantos fazem bounce? Explica o log de forma simples.", "Por que tanta mensagem voltando? Me explica esse log."],
        "pl": ["Czemu tyle maili się odbija? Wytłumacz ten log po ludzku."], "sv": ["Varför studsar så många? Förklara loggen enkelt."],
        "tr": ["Neden bu kadar çok geri dönüyor? Logu basitçe açıklar mısın?"], "ru": ["Почему столько отказов? Объясни лог простыми словами."],
        "ja": ["なぜこんなにバウンスしているのか、ログをわかりやすく説明してください。"], "ko": ["왜 이렇게 반송이 많아? 로그 쉽게 설명해줘."], "zh": ["为什么退信这么多？用大白话解释一下这段日志。"],
        "el": ["Γιατί γυρίζουν πίσω τόσα; Εξήγησέ μου απλά το log."], "cs": ["Proč se jich tolik vrací? Vysvětli mi ten log lidsky."],
        "ar": ["ليه رسايل كتير بترجع؟ اشرحلي اللوج ده ببساطة."], "he": ["למה כל כך הרבה חוזרים? תסביר את הלוג בפשטות."],
        "id": ["Kenapa banyak yang bounce? Jelaskan log ini dengan bahasa awam."], "th": ["ทำไมเมลเด้งกลับเยอะจัง อธิบายล็อกนี้แบบง่าย ๆ หน่อย"],
        "vi": ["Sao nhiều email bị trả về vậy? Giải thích log này dễ hiểu giúp mình."], "hi": ["इतने ईमेल बाउंस क्यों हो रहे हैं? लॉग आसान भाषा में समझाओ।"]},
}


def req(R, kind, lang):
    return R.choice(REQ[kind].get(lang) or REQ[kind]["en"])


def wrap(R, request, body, lang):
    """The paste with the request before or after it, as people write."""
    k = R.random()
    if k < 0.4:
        return [request + "\n\n", body]
    if k < 0.6:
        return [request + "\n\n\"\"\"\n", body, "\n\"\"\""]
    if k < 0.8:
        return [body, "\n\n---\n" + request]
    return [request + "\n```\n", body, "\n```"]


# Field labels per language for forms and exports written in the language.
FL = {
    "en": dict(name="Name", email="Email", mobile="Mobile", phone="Phone", address="Address", dob="Date of birth", company="Company", iban="IBAN", taxid="Tax ID", card="Card", date="Date", notes="Notes", amount="Amount", ref="Ref."),
    "de": dict(name="Name", email="E-Mail", mobile="Mobil", phone="Telefon", address="Anschrift", dob="Geburtsdatum", company="Firma", iban="IBAN", taxid="Steuer-ID", card="Karte", date="Datum", notes="Notiz", amount="Betrag", ref="Nr."),
    "fr": dict(name="Nom", email="E-mail", mobile="Portable", phone="Téléphone", address="Adresse", dob="Date de naissance", company="Société", iban="IBAN", taxid="N° fiscal", card="Carte", date="Date", notes="Remarques", amount="Montant", ref="Réf."),
    "es": dict(name="Nombre", email="Correo", mobile="Móvil", phone="Teléfono", address="Dirección", dob="Fecha de nacimiento", company="Empresa", iban="IBAN", taxid="NIF", card="Tarjeta", date="Fecha", notes="Notas", amount="Importe", ref="Ref."),
    "it": dict(name="Nome", email="E-mail", mobile="Cellulare", phone="Telefono", address="Indirizzo", dob="Data di nascita", company="Azienda", iban="IBAN", taxid="Codice fiscale", card="Carta", date="Data", notes="Note", amount="Importo", ref="Rif."),
    "nl": dict(name="Naam", email="E-mail", mobile="Mobiel", phone="Telefoon", address="Adres", dob="Geboortedatum", company="Bedrijf", iban="IBAN", taxid="BSN", card="Kaart", date="Datum", notes="Opmerkingen", amount="Bedrag", ref="Kenmerk"),
    "pt": dict(name="Nome", email="E-mail", mobile="Telemóvel", phone="Telefone", address="Morada", dob="Data de nascimento", company="Empresa", iban="IBAN", taxid="NIF", card="Cartão", date="Data", notes="Notas", amount="Valor", ref="Ref."),
    "br": dict(name="Nome", email="E-mail", mobile="Celular", phone="Telefone", address="Endereço", dob="Data de nascimento", company="Empresa", iban="IBAN", taxid="CPF", card="Cartão", date="Data", notes="Observações", amount="Valor", ref="Nº"),
    "pl": dict(name="Imię i nazwisko", email="E-mail", mobile="Komórka", phone="Telefon", address="Adres", dob="Data urodzenia", company="Firma", iban="IBAN", taxid="PESEL", card="Karta", date="Data", notes="Uwagi", amount="Kwota", ref="Nr"),
    "sv": dict(name="Namn", email="E-post", mobile="Mobil", phone="Telefon", address="Adress", dob="Födelsedatum", company="Företag", iban="IBAN", taxid="Personnummer", card="Kort", date="Datum", notes="Anteckning", amount="Belopp", ref="Nr"),
    "tr": dict(name="Ad Soyad", email="E-posta", mobile="Cep", phone="Telefon", address="Adres", dob="Doğum tarihi", company="Firma", iban="IBAN", taxid="TC Kimlik No", card="Kart", date="Tarih", notes="Not", amount="Tutar", ref="No"),
    "ru": dict(name="ФИО", email="E-mail", mobile="Мобильный", phone="Телефон", address="Адрес", dob="Дата рождения", company="Компания", iban="IBAN", taxid="ИНН", card="Карта", date="Дата", notes="Примечание", amount="Сумма", ref="№"),
    "ja": dict(name="氏名", email="メール", mobile="携帯", phone="電話", address="住所", dob="生年月日", company="会社名", iban="IBAN", taxid="マイナンバー", card="カード番号", date="日付", notes="備考", amount="金額", ref="番号"),
    "ko": dict(name="이름", email="이메일", mobile="휴대폰", phone="전화", address="주소", dob="생년월일", company="회사", iban="IBAN", taxid="주민등록번호", card="카드번호", date="날짜", notes="메모", amount="금액", ref="번호"),
    "zh": dict(name="姓名", email="邮箱", mobile="手机", phone="电话", address="地址", dob="出生日期", company="公司", iban="IBAN", taxid="身份证号", card="卡号", date="日期", notes="备注", amount="金额", ref="编号"),
    "el": dict(name="Ονοματεπώνυμο", email="Email", mobile="Κινητό", phone="Τηλέφωνο", address="Διεύθυνση", dob="Ημερομηνία γέννησης", company="Εταιρεία", iban="IBAN", taxid="ΑΦΜ", card="Κάρτα", date="Ημερομηνία", notes="Σημειώσεις", amount="Ποσό", ref="Αρ."),
    "cs": dict(name="Jméno", email="E-mail", mobile="Mobil", phone="Telefon", address="Adresa", dob="Datum narození", company="Firma", iban="IBAN", taxid="Rodné číslo", card="Karta", date="Datum", notes="Poznámka", amount="Částka", ref="Č."),
    "ar": dict(name="الاسم", email="البريد الإلكتروني", mobile="الموبايل", phone="التليفون", address="العنوان", dob="تاريخ الميلاد", company="الشركة", iban="IBAN", taxid="الرقم القومي", card="رقم الكارت", date="التاريخ", notes="ملاحظات", amount="المبلغ", ref="رقم"),
    "he": dict(name="שם", email="דוא\"ל", mobile="נייד", phone="טלפון", address="כתובת", dob="תאריך לידה", company="חברה", iban="IBAN", taxid="ת.ז.", card="מספר כרטיס", date="תאריך", notes="הערות", amount="סכום", ref="מס'"),
    "id": dict(name="Nama", email="Email", mobile="HP", phone="Telepon", address="Alamat", dob="Tanggal lahir", company="Perusahaan", iban="IBAN", taxid="NIK", card="Kartu", date="Tanggal", notes="Catatan", amount="Jumlah", ref="No."),
    "th": dict(name="ชื่อ-นามสกุล", email="อีเมล", mobile="มือถือ", phone="โทรศัพท์", address="ที่อยู่", dob="วันเกิด", company="บริษัท", iban="IBAN", taxid="เลขบัตรประชาชน", card="เลขบัตร", date="วันที่", notes="หมายเหตุ", amount="จำนวนเงิน", ref="เลขที่"),
    "vi": dict(name="Họ tên", email="Email", mobile="Di động", phone="Điện thoại", address="Địa chỉ", dob="Ngày sinh", company="Công ty", iban="IBAN", taxid="Số CCCD", card="Số thẻ", date="Ngày", notes="Ghi chú", amount="Số tiền", ref="Số"),
    "hi": dict(name="नाम", email="ईमेल", mobile="मोबाइल", phone="फ़ोन", address="पता", dob="जन्म तिथि", company="कंपनी", iban="IBAN", taxid="PAN", card="कार्ड", date="तारीख़", notes="टिप्पणी", amount="राशि", ref="क्रमांक"),
}


def fl(country, lang=None):
    lang = lang or COUNTRY_LANG[country]
    if country == "BR" and lang == "pt":
        return FL["br"]
    return FL[lang]


# ====================================================================== templates
TEMPLATES = []   # (name, count, function, countries)
CLEAN = []


def tpl(count, countries):
    def deco(f):
        TEMPLATES.append((f.__name__, count, f, countries))
        return f
    return deco


def ctpl(count):
    def deco(f):
        CLEAN.append((f.__name__, count, f, None))
        return f
    return deco


ALL = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "JP", "KR", "TR", "SE", "AT", "MX", "PT", "IN", "CN", "RU", "GR",
       "CZ", "EG", "IL", "ID", "TH", "VN"]
OWN = [("Orbisly", "orbisly.com"), ("Fernhollow Systems", "fernhollow.io"), ("Calyx Metrics", "calyxmetrics.com"),
       ("Brightspur", "brightspur.io"), ("Sternmoos Software", "sternmoos.de"), ("Vireo Labs", "vireolabs.com")]
TITLES = ["Head of Procurement", "VP Marketing", "Operations Director", "CFO", "IT Manager", "Category Manager", "Founder & CEO",
          "Head of Growth", "Purchasing Lead", "COO", "Marketing Manager", "Head of CRM", "Sales Director", "Office Manager"]
STAGES = ["New", "Contacted", "Qualified", "Demo booked", "Proposal sent", "Negotiation", "Closed won", "Closed lost", "Nurture"]
NEIGH = {"US": ["GB", "MX", "IN"], "GB": ["IE_", "US", "NL"], "DE": ["AT", "NL", "PL"], "FR": ["ES", "IT", "DE"], "ES": ["PT", "FR", "MX"],
         "IT": ["FR", "DE", "ES"], "NL": ["DE", "GB", "FR"], "BR": ["PT", "US", "MX"], "PL": ["DE", "CZ", "GB"], "JP": ["KR", "US", "CN"],
         "KR": ["JP", "US", "CN"], "TR": ["DE", "GB", "GR"], "SE": ["DE", "GB", "PL"], "AT": ["DE", "IT", "CZ"], "MX": ["US", "ES", "BR"],
         "PT": ["ES", "BR", "FR"], "IN": ["US", "GB", "ID"], "CN": ["JP", "KR", "US"], "RU": ["TR", "DE", "CZ"], "GR": ["IT", "DE", "TR"],
         "CZ": ["DE", "PL", "AT"], "EG": ["GB", "TR", "DE"], "IL": ["US", "GB", "DE"], "ID": ["IN", "TH", "VN"], "TH": ["VN", "ID", "JP"],
         "VN": ["TH", "KR", "JP"]}


def other_country(R, c):
    return R.choice([x for x in NEIGH[c] if x in PH])


def roman_ctx(c, lang):
    """Non-Latin names are romanised in English pastes."""
    return lang == "en" and c not in LATIN


def client(R, c):
    return R.choice(FIRMS[c])


def P(p, roman=False, **meta):
    return L("person", p.name(roman), **meta)


def csv_row(cells, sep=","):
    out = []
    for i, x in enumerate(cells):
        if i:
            out.append(sep)
        if isinstance(x, str) and sep == "," and "," in x:
            out.append('"' + x + '"')
        elif isinstance(x, L) and sep == "," and "," in x.value:
            out += ['"', x, '"']
        elif isinstance(x, N) and sep == "," and "," in x.text:
            out += ['"', x, '"']
        else:
            out.append(x if x is not None else "")
    out.append("\n")
    return out


# ---------------------------------------------------------------- 1 CRM exports
@tpl(30, ALL)
def crm_export(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    rom = c not in LATIN
    sep = R.choice([",", ",", "\t", ";"])
    tool = R.choice(["hubspot", "salesforce", "pipedrive"])
    if tool == "hubspot":
        hdr = ["Record ID", "First Name", "Last Name", "Company Name", "Job Title", "Email", "Phone Number", "Mobile Phone Number", "Lifecycle Stage", "Contact owner"]
    elif tool == "salesforce":
        hdr = ["Lead ID", "First Name", "Last Name", "Company", "Title", "Email", "Phone", "Mobile", "Lead Status", "Lead Owner"]
    else:
        hdr = ["ID", "Person - First name", "Person - Last name", "Organization", "Person - Job title", "Person - Email", "Person - Phone (Work)", "Person - Phone (Mobile)", "Deal - Stage", "Owner"]
    rows = []
    owners = [person(R, c, used) for _ in range(R.choice([1, 2]))]
    n = R.randint(2, 3)
    for i in range(n):
        pc = c if R.random() < 0.8 else other_country(R, c)
        p = person(R, pc, used)
        firm = client(R, pc)
        rid = (str(R.randint(10 ** 9, 10 ** 11)) if tool == "hubspot" else ("00Q" + rnd(R, ALNUM, 12)) if tool == "salesforce" else str(R.randint(1000, 99999)))
        direct = phone(R, pc, "fixed", region=c) if R.random() < 0.6 else switchboard(R, pc)
        mob = phone(R, pc, "mobile", region=c) if R.random() < 0.7 else ""
        own = R.choice(owners)
        rows.append(csv_row([N(rid, "record_id"), L("person", p.given_r if rom or pc not in LATIN else p.given, sub="given"),
                             L("person", p.family_r if rom or pc not in LATIN else p.family, sub="family"),
                             N(firm[0], "org"), R.choice(TITLES), email_work(R, p, firm[1]), direct, mob, R.choice(STAGES),
                             L("person", own.full_r if rom else own.full, sub="rep")], sep))
    body = [sep.join(hdr) + "\n"] + rows
    return "csv", lang, wrap(R, req(R, R.choice(["clean", "segment"]), lang), body, lang)


# ---------------------------------------------------------------- 2 profile snippets
HEADLINE = ["Helping mid-size manufacturers cut packaging costs", "Growth | Partnerships | Ex-agency", "Procurement leader, 15 yrs in FMCG",
            "Building the data team at a scale-up", "Retail operations · omnichannel · people first", "Finance transformation & FP&A"]
OPENER = {"en": "Write me a personalised two-line opener for this person, no flattery.", "de": "Schreib mir einen persönlichen Zweizeiler als Einstieg, ohne Schleimerei.",
          "fr": "Écris-moi une accroche perso de deux lignes pour cette personne, sans flatterie.", "es": "Escríbeme una entrada personalizada de dos líneas, sin peloteo.",
          "it": "Scrivimi un aggancio personalizzato di due righe, niente complimenti finti.", "nl": "Schrijf een persoonlijke openingszin van twee regels, zonder slijmen.",
          "pt": "Escreve-me uma abertura personalizada de duas linhas, sem bajulação.", "pl": "Napisz mi spersonalizowane dwuzdaniowe otwarcie, bez lukru.",
          "sv": "Skriv en personlig inledning på två rader, inget smicker.", "tr": "Bu kişi için iki satırlık kişisel bir giriş yaz, yağcılık olmasın.",
          "ru": "Напиши персональный заход в две строки, без лести.", "ja": "この人向けに、お世辞抜きの2行の書き出しを作ってください。",
          "ko": "이 사람한테 보낼 두 줄짜리 개인화 첫 문장 써줘. 아부는 빼고.", "zh": "给这个人写两句个性化的开场白，别拍马屁。",
          "el": "Γράψε μου ένα προσωπικό άνοιγμα δύο γραμμών, χωρίς κολακεία.", "cs": "Napiš mi osobní dvouřádkový úvod, bez podlézání.",
          "ar": "اكتب لي افتتاحية شخصية من سطرين من غير مجاملة.", "he": "תכתוב לי פתיח אישי של שתי שורות, בלי חנופה.",
          "id": "Buatkan pembuka personal dua baris untuk orang ini, tanpa basa-basi.", "th": "ช่วยเขียนประโยคเปิดสองบรรทัดแบบเฉพาะตัว ไม่ต้องอวย",
          "vi": "Viết giúp mình câu mở đầu cá nhân hóa hai dòng, đừng tâng bốc.", "hi": "इस व्यक्ति के लिए दो लाइन की पर्सनल शुरुआत लिखो, चापलूसी नहीं।"}


@tpl(24, ALL)
def profile_snippet(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    rom = c not in LATIN
    p = person(R, c, used)
    m = person(R, c, used)
    firm = client(R, c)
    city = R.choice(["Greater %s Area" % R.choice(["Leeds", "Lyon", "Bilbao", "Turin", "Utrecht", "Porto", "Kraków", "Osaka", "Busan"]), "Remote", "Hybrid"])
    nm = p.full_r if rom else p.full
    parts = [L("person", nm), "\n", R.choice(HEADLINE), "\n", N(firm[0], "org"), " · ", city, " · 500+ connections\n\n",
             "Contact info\n", "Email: ", email_work(R, p, firm[1]) if R.random() < 0.6 else email_priv(R, p), "\n"]
    if R.random() < 0.7:
        parts += ["Phone: ", phone(R, c, "mobile"), " (Mobile)\n"]
    parts += ["\nAbout\n", R.choice(["I've spent the last decade", "For twelve years I have been", "Since 2016 I've been"]), " ",
              R.choice(["turning messy supply chains into boring ones.", "building teams that ship.", "negotiating with suppliers on three continents."]), "\n\n",
              "Mutual connection: ", L("person", m.full_r if rom else m.full), "\n"]
    if R.random() < 0.4:
        parts += ["Activity: ", L("person", (p.given_r if rom else p.given), sub="given"), " commented on a post about trade fairs\n"]
    return "profile", lang, wrap(R, OPENER[lang], parts, lang)


# ---------------------------------------------------------------- 3 outreach drafts
OUT_FR = {  # greeting, referral ("{r}" = referrer), pitch, ask, sign-off
    "en": ("Hi {g},", "{r} mentioned you're rethinking how {f} handles renewals, so I thought I'd reach out.",
           "We help teams like yours cut manual follow-up by about a third.", "Would 20 minutes next Tuesday or Thursday work?", "Best,"),
    "de": ("Hallo {g},", "{r} meinte, dass Sie bei {f} gerade das Thema Vertragsverlängerungen neu aufstellen.",
           "Wir helfen Teams wie Ihrem, ein Drittel der manuellen Nachfassarbeit zu sparen.", "Hätten Sie nächste Woche 20 Minuten?", "Viele Grüße"),
    "fr": ("Bonjour {g},", "{r} m'a dit que {f} repensait la gestion des renouvellements.",
           "Nous aidons des équipes comme la vôtre à réduire d'un tiers les relances manuelles.", "Auriez-vous 20 minutes mardi ou jeudi prochain ?", "Bien à vous,"),
    "es": ("Hola {g}:", "{r} me comentó que en {f} estáis replanteando cómo gestionáis las renovaciones.",
           "Ayudamos a equipos como el tuyo a recortar un tercio del seguimiento manual.", "¿Te encajan 20 minutos el martes o el jueves?", "Un saludo,"),
    "it": ("Ciao {g},", "{r} mi ha detto che in {f} state ripensando la gestione dei rinnovi.",
           "Aiutiamo team come il tuo a tagliare di un terzo i solleciti manuali.", "Hai 20 minuti martedì o giovedì prossimo?", "A presto,"),
    "nl": ("Hoi {g},", "{r} vertelde dat jullie bij {f} de verlengingen anders willen aanpakken.",
           "Wij helpen teams zoals het jouwe een derde van het handmatige nabellen te schrappen.", "Heb je volgende week dinsdag of donderdag 20 minuten?", "Groet,"),
    "pt": ("Olá {g},", "O/A {r} disse-me que na {f} estão a repensar a gestão das renovações.",
           "Ajudamos equipas como a sua a cortar um terço do acompanhamento manual.", "Tem 20 minutos na próxima terça ou quinta?", "Cumprimentos,"),
    "pl": ("Dzień dobry, {g},", "{r} wspomniał(a), że w {f} zmieniacie podejście do odnowień umów.",
           "Pomagamy takim zespołom ograniczyć ręczne przypominanie o jedną trzecią.", "Czy znajdzie Pan/Pani 20 minut we wtorek lub czwartek?", "Pozdrawiam"),
    "sv": ("Hej {g},", "{r} nämnde att ni på {f} ser över hur ni hanterar förnyelser.",
           "Vi hjälper team som ert att skära bort en tredjedel av den manuella uppföljningen.", "Har du 20 minuter på tisdag eller torsdag?", "Vänliga hälsningar"),
    "tr": ("Merhaba {g},", "{r}, {f} tarafında yenileme süreçlerini yeniden düşündüğünüzü söyledi.",
           "Sizin gibi ekiplerin manuel takibi üçte bir azaltmasına yardımcı oluyoruz.", "Gelecek salı ya da perşembe 20 dakikanız olur mu?", "Saygılarımla,"),
    "ru": ("Здравствуйте, {g}!", "{r} рассказал(а), что в {f} сейчас пересматривают работу с продлениями.",
           "Мы помогаем таким командам сократить ручные напоминания примерно на треть.", "Найдётся 20 минут во вторник или четверг?", "С уважением,"),
    "ja": ("{g}様", "{r}さんから、{f}で契約更新の運用を見直されていると伺いました。",
           "弊社は同様のチームの手作業のフォローを約3分の1削減しています。", "来週火曜か木曜に20分ほどお時間いただけますか。", "よろしくお願いいたします。"),
    "ko": ("{g}님 안녕하세요,", "{r}님께서 {f}에서 갱신 관리 방식을 바꾸고 계시다고 하셔서 연락드립니다.",
           "저희는 비슷한 팀의 수작업 후속 업무를 3분의 1가량 줄여드리고 있습니다.", "다음 주 화요일이나 목요일에 20분 괜찮으실까요?", "감사합니다."),
    "zh": ("{g}您好：", "{r}提到{f}正在重新梳理续约流程，所以冒昧联系您。",
           "我们帮助类似团队减少约三分之一的人工跟进工作。", "下周二或周四能否约20分钟？", "此致"),
}


@tpl(34, ALL)
def outreach_email(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    body_lang = lang if lang in OUT_FR else "en"
    rom = body_lang == "en" and c not in LATIN
    p = person(R, c, used)
    ref = person(R, c, used)
    rep_c = c if R.random() < 0.8 else other_country(R, c)
    rep = person(R, rep_c, used)
    firm = client(R, c)
    own = R.choice(OWN)
    g, ff, pitch, ask, bye = OUT_FR[body_lang]
    greet_name = (p.given_r if rom else p.call)
    gi = g.index("{g}")
    ri = ff.index("{r}")
    fi = ff.index("{f}")
    refl = L("person", ref.full_r if rom else ref.full)
    ff_parts = []
    if ri < fi:
        ff_parts = [ff[:ri], refl, ff[ri + 3:fi], N(firm[0], "org"), ff[fi + 3:]]
    else:
        ff_parts = [ff[:fi], N(firm[0], "org"), ff[fi + 3:ri], refl, ff[ri + 3:]]
    rep_nm = rep.full_r if (body_lang == "en" and rep_c not in LATIN) or (rep_c != c and rep_c not in LATIN) else rep.full
    parts = ["To: ", L("person", p.full_r if rom else p.full), " <", email_work(R, p, firm[1]), ">\n"]
    if R.random() < 0.5:
        parts += ["Cc: ", role_mail(R, lang, own[1]), "\n"]
    parts += ["Subject: ", R.choice(["Quick question for ", "Renewals at ", "Idea for "]) if body_lang == "en" else "Re: ", N(firm[0], "org"), "\n\n",
              g[:gi], (L("person", greet_name, sub="given") if greet_name != p.name(rom) else L("person", greet_name)), g[gi + 3:], "\n\n",
              ff_parts, " ", pitch, " ", ask, "\n\n", bye, "\n", L("person", rep_nm), "\n", R.choice(["Account Executive", "Senior AE", "Partnerships", "Sales"]), " · ", own[0], "\n",
              "D ", phone(R, rep_c, "fixed", region=c), "  M ", phone(R, rep_c, "mobile", region=c), "\n", email_work(R, rep, own[1]), "\n"]
    if R.random() < 0.5:
        parts += [R.choice(["Office: ", "Main line: ", "Zentrale: " if lang == "de" else "Switchboard: "]), switchboard(R, rep_c if rep_c in FIRMS else c), "\n"]
    return "email", lang, wrap(R, req(R, "rewrite", lang), parts, lang)


# ---------------------------------------------------------------- 4 call notes
CALL = {
    "en": ("Call with {p} ({t}, {f}) — {d}", "Decision maker is {x}; anything above 50k needs her sign-off.", "Best reach: mobile {m}, not the switchboard.",
           "The assistant, {a}, books the calendar: {ad}.", "Next: send case study, book a demo with {x0}."),
    "de": ("Telefonat mit {p} ({t}, {f}) – {d}", "Entscheiderin ist {x}; ab 50k braucht es ihre Freigabe.", "Am besten mobil erreichbar: {m}, nicht über die Zentrale.",
           "Die Assistenz {a} macht die Termine: {ad}.", "Nächste Schritte: Case Study schicken, Demo mit {x0} buchen."),
    "fr": ("Appel avec {p} ({t}, {f}) — {d}", "La décision revient à {x} ; au-delà de 50 k, il faut son feu vert.", "Joignable sur son portable {m}, pas le standard.",
           "Son assistante {a} gère l'agenda : {ad}.", "Suite : envoyer l'étude de cas, caler une démo avec {x0}."),
    "es": ("Llamada con {p} ({t}, {f}) — {d}", "Quien decide es {x}; por encima de 50k hace falta su visto bueno.", "Mejor al móvil {m}, no a la centralita.",
           "Su asistente {a} lleva la agenda: {ad}.", "Siguiente: mandar caso de éxito y agendar demo con {x0}."),
    "it": ("Chiamata con {p} ({t}, {f}) — {d}", "Chi decide è {x}; sopra i 50k serve il suo ok.", "Meglio sul cellulare {m}, non il centralino.",
           "L'assistente {a} gestisce l'agenda: {ad}.", "Prossimi passi: case study e demo con {x0}."),
    "nl": ("Gesprek met {p} ({t}, {f}) — {d}", "Beslisser is {x}; boven 50k is haar akkoord nodig.", "Bereikbaar op mobiel {m}, niet via de receptie.",
           "Assistent {a} plant de agenda: {ad}.", "Vervolg: case study sturen, demo plannen met {x0}."),
    "pt": ("Chamada com {p} ({t}, {f}) — {d}", "Quem decide é {x}; acima de 50 mil é preciso a aprovação dela.", "Melhor contacto: telemóvel {m}, não a receção.",
           "A assistente {a} gere a agenda: {ad}.", "Próximo passo: enviar caso de estudo, marcar demo com {x0}."),
    "pl": ("Rozmowa z {p} ({t}, {f}) — {d}", "Decyzję podejmuje {x}; powyżej 50 tys. potrzebna jest jej zgoda.", "Najlepiej na komórkę {m}, nie przez centralę.",
           "Kalendarzem zarządza asystentka {a}: {ad}.", "Dalej: wysłać case study, umówić demo z {x0}."),
    "sv": ("Samtal med {p} ({t}, {f}) — {d}", "Beslutsfattare är {x}; över 50k krävs hennes ja.", "Nås bäst på mobilen {m}, inte via växeln.",
           "Assistenten {a} bokar möten: {ad}.", "Nästa steg: skicka kundcase, boka demo med {x0}."),
    "tr": ("{p} ile görüşme ({t}, {f}) — {d}", "Karar verici {x}; 50 bin üstü onun onayına bağlı.", "En iyi cep telefonundan ulaşılıyor: {m}, santral değil.",
           "Asistanı {a} takvimi yönetiyor: {ad}.", "Sonraki adım: vaka çalışması gönder, {x0} ile demo ayarla."),
    "ru": ("Звонок: {p} ({t}, {f}) — {d}", "Решение принимает {x}; свыше 50 тыс. нужно её согласование.", "Лучше звонить на мобильный {m}, не через секретаря.",
           "Календарь ведёт ассистент {a}: {ad}.", "Дальше: отправить кейс, назначить демо с {x0}."),
    "ja": ("{p}様との通話（{t}、{f}）— {d}", "決裁者は{x}さん。5万超は彼女の承認が必要。", "連絡は携帯 {m} が確実（代表番号は不可）。",
           "日程調整はアシスタントの{a}さん：{ad}", "次回：事例を送付、{x0}さん同席でデモ設定。"),
    "ko": ("{p}님 통화 ({t}, {f}) — {d}", "결재권자는 {x}님. 5만 이상은 그분 승인 필요.", "휴대폰 {m}로 연락하는 게 제일 빠름, 대표번호 X.",
           "일정은 비서 {a}님이 관리: {ad}", "다음: 사례 자료 보내고 {x0}님 포함 데모 잡기."),
    "zh": ("与{p}通话（{t}，{f}）— {d}", "拍板的是{x}；超过5万需要她审批。", "最好打手机 {m}，别打总机。",
           "助理{a}负责约时间：{ad}。", "下一步：发案例，约{x0}一起看演示。"),
}


@tpl(34, ALL)
def call_notes(R, c):
    lang = COUNTRY_LANG[c]
    body_lang = lang if lang in CALL else "en"
    rom = body_lang == "en" and c not in LATIN
    used = set()
    p, x, a = person(R, c, used), person(R, c, used, "f"), person(R, c, used)
    firm = client(R, c)
    h, dm, mob, ass, nxt = CALL[body_lang]

    def nm(q, short=False):
        if short:
            return L("person", q.given_r if rom else q.call, sub="given") if (q.given_r if rom else q.call) != q.name(rom) else L("person", q.name(rom))
        return L("person", q.name(rom))

    def fill(s, mp):
        out, i = [], 0
        for m_ in re.finditer(r"\{(\w+)\}", s):
            out.append(s[i:m_.start()])
            out.append(mp[m_.group(1)])
            i = m_.end()
        out.append(s[i:])
        return out
    mp = {"p": nm(p), "t": R.choice(TITLES), "f": N(firm[0], "org"), "d": N(day(R), "call_date"), "x": nm(x), "p0": nm(p, True),
          "m": phone(R, c, "mobile"), "a": nm(a), "ad": (email_work(R, a, firm[1]) if R.random() < 0.6 else phone(R, c, "fixed")), "x0": nm(x, True)}
    lines = [fill(h, mp), "\n- ", fill(dm, mp), "\n- ", fill(mob, mp), "\n- ", fill(ass, mp), "\n- ",
             R.choice(["Budget: ", "Budget ", "€/$: "]), N(amount(R, 20000, 180000, R.choice(["€", "$"]), R.choice(["de", "en"])), "amount"), " · ", deal_id(R), "\n- ", fill(nxt, mp), "\n"]
    return "notes", lang, wrap(R, req(R, R.choice(["followup", "summary"]), lang), lines, lang)


# ---------------------------------------------------------------- 5 meeting transcripts
TR_LINES = {
    "en": ["Thanks for making time. Can you walk us through how you qualify leads today?", "Honestly it's a spreadsheet and a lot of hope.",
           "Who else should be in the room for the pricing conversation?", "Bring in our finance lead, she owns the budget.",
           "Can I text you the deck? What's the best number?", "Sure, use my mobile, {m}.", "And I'll loop in my colleague {o} for the technical part.",
           "Great, speak Thursday."],
    "de": ["Danke für die Zeit. Wie qualifizieren Sie Leads aktuell?", "Ehrlich gesagt: Excel und Bauchgefühl.", "Wer sollte beim Preisgespräch noch dabei sein?",
           "Unsere Finanzleiterin, die hat das Budget.", "Darf ich Ihnen die Präsentation per SMS schicken? Welche Nummer?", "Klar, mobil unter {m}.",
           "Und ich hole meinen Kollegen {o} für den technischen Teil dazu.", "Prima, dann bis Donnerstag."],
    "es": ["Gracias por el hueco. ¿Cómo cualificáis los leads ahora mismo?", "Sinceramente, con una hoja de cálculo y mucha fe.", "¿Quién más debería estar en la reunión de precios?",
           "Nuestra responsable financiera, que es quien tiene el presupuesto.", "¿Te mando la presentación por WhatsApp? ¿A qué número?", "Sí, a mi móvil, {m}.",
           "Y meto a mi compañero {o} para la parte técnica.", "Perfecto, hablamos el jueves."],
    "fr": ["Merci pour le créneau. Comment qualifiez-vous vos leads aujourd'hui ?", "Franchement, un tableur et beaucoup d'espoir.", "Qui d'autre doit être là pour parler prix ?",
           "Notre directrice financière, c'est elle qui tient le budget.", "Je peux vous envoyer la présentation par SMS ? Quel numéro ?", "Oui, mon portable : {m}.",
           "Et j'ajoute mon collègue {o} pour la partie technique.", "Parfait, à jeudi."],
    "pt": ["Obrigado pelo tempo. Como qualificam os leads hoje?", "Sinceramente, uma folha de cálculo e muita fé.", "Quem mais deve estar na conversa sobre preços?",
           "A nossa diretora financeira, é ela que tem o orçamento.", "Posso mandar a apresentação por WhatsApp? Qual o número?", "Claro, o meu é {m}.",
           "E vou chamar o meu colega {o} para a parte técnica.", "Ótimo, falamos na quinta."],
    "ja": ["本日はありがとうございます。現在どのようにリードを選別していますか？", "正直、スプレッドシートと勘です。", "価格の打ち合わせには他にどなたが必要ですか？",
           "予算を持っている財務の責任者ですね。", "資料をSMSでお送りしてもいいですか？番号は？", "はい、携帯の{m}にお願いします。",
           "技術的な部分は同僚の{o}も入れます。", "では木曜日に。"],
    "ko": ["시간 내주셔서 감사합니다. 지금은 리드를 어떻게 선별하세요?", "솔직히 엑셀이랑 감이에요.", "가격 논의 때 또 누가 들어와야 할까요?",
           "예산 쥐고 있는 재무 팀장님이요.", "자료 문자로 보내드려도 될까요? 번호가요?", "네, 제 휴대폰 {m}로 주세요.",
           "기술 쪽은 제 동료 {o}도 부를게요.", "좋아요, 목요일에 뵙겠습니다."],
}


@tpl(22, ["US", "GB", "DE", "ES", "FR", "BR", "JP", "KR", "AT", "MX", "PT", "IN", "NL", "SE", "IL", "EG", "TH", "ID", "VN", "GR", "CZ", "TR", "RU", "CN", "PL", "IT"])
def meeting_transcript(R, c):
    lang = COUNTRY_LANG[c]
    body_lang = lang if lang in TR_LINES else "en"
    rom = body_lang == "en" and c not in LATIN
    used = set()
    own = R.choice(OWN)
    rep = person(R, c, used)
    pro = person(R, c, used)
    col = person(R, c, used)
    firm = client(R, c)
    lines = list(TR_LINES[body_lang])
    for j in sorted(R.sample([0, 1, 2, 3, 7], 3), reverse=True):
        del lines[j]
    head = ["Meeting: ", own[0], " × ", N(firm[0], "org"), " — discovery call\n", "Attendees: ", L("person", rep.name(rom)), " (", email_work(R, rep, own[1]), "), ",
            L("person", pro.name(rom)), " (", email_work(R, pro, firm[1]), ")\n", "Recording: ", N("zoom_%s_%d.m4a" % (day(R, fmt="%Y%m%d"), R.randint(100, 999)), "file_name"), "\n\n"]
    t = R.randint(60, 200)
    out = head
    for i, ln in enumerate(lines):
        spk = rep if i % 2 == 0 else pro
        t += R.randint(8, 70)
        sp = L("person", spk.given_r if rom else spk.call, sub="speaker")
        txt = ln
        seg = []
        if "{m}" in txt:
            a, b = txt.split("{m}")
            seg = [a, phone(R, c, "mobile"), b]
        elif "{o}" in txt:
            a, b = txt.split("{o}")
            seg = [a, L("person", col.name(rom)), b]
        else:
            seg = [txt]
        out += ["[%02d:%02d] " % (t // 60, t % 60), sp, ": ", seg, "\n"]
    return "transcript", lang, wrap(R, req(R, R.choice(["summary", "followup"]), lang), out, lang)


# ---------------------------------------------------------------- 6 badge scans
FAIRS = ["Packaging Expo Nord 2026", "RetailTech Forum", "LagerMesse Süd", "Salon Emballage Ouest", "FoodPack Iberia", "Expo Canali Milano", "AgriTech Asia Week"]


@tpl(22, ALL)
def badge_scans(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    fair = R.choice(FAIRS)
    rep = person(R, c, used)
    rom_all = True
    hdr = "Badge ID\tScanned\tFirst Name\tLast Name\tCompany\tJob Title\tEmail\tPhone\tCountry\tRating\tNotes\tScanned by\n"
    rows = []
    for i in range(R.randint(2, 3)):
        pc = c if R.random() < 0.6 else other_country(R, c)
        p = person(R, pc, used)
        firm = client(R, pc)
        rows += [N("B%07d" % R.randint(0, 9999999), "badge_id"), "\t", N(ts(R, fmt="%d/%m/%Y %H:%M"), "timestamp"), "\t",
                 L("person", p.given_r, sub="given"), "\t", L("person", p.family_r, sub="family"), "\t", N(firm[0], "org"), "\t", R.choice(TITLES), "\t",
                 email_work(R, p, firm[1]) if R.random() < 0.85 else email_priv(R, p), "\t",
                 phone(R, pc, R.choice(["mobile", "fixed"]), region=c, intl=True) if R.random() < 0.8 else "", "\t", pc, "\t", R.choice(["Hot", "Warm", "Cold"]), "\t",
                 R.choice(["wants pricing for 3 sites", "asked about API", "send brochure", "met at the coffee bar, follow up in Q3", "competitor user, contract ends June", ""]), "\t",
                 L("person", rep.given_r, sub="given") if i == 0 or R.random() < 0.4 else "", "\n"]
    body = ["Lead export — ", fair, " — booth ", N("Hall %d / %s%02d" % (R.randint(1, 9), R.choice("ABCDE"), R.randint(1, 60)), "booth"), "\n", hdr, rows]
    return "tsv", lang, wrap(R, req(R, R.choice(["clean", "segment", "followup"]), lang), body, lang)


# ---------------------------------------------------------------- 7 webinar registrations
WEBINARS = ["Pricing pages that convert (live teardown)", "Q3 pipeline hygiene clinic", "From MQL to SQL without tears", "Retention playbooks for B2B", "Consent-first email marketing"]


@tpl(24, ALL)
def webinar_regs(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    hdr = ["registered_at", "first_name", "last_name", "email", "company", "country", "ip_address", "attended_min", "question"]
    rows = []
    for i in range(R.randint(2, 3)):
        pc = c if R.random() < 0.65 else other_country(R, c)
        p = person(R, pc, used)
        firm = client(R, pc)
        ip = ip_any(R, 0.25)
        rows.append(csv_row([N(ts(R, fmt="%Y-%m-%dT%H:%M:%SZ"), "timestamp"), L("person", p.given_r, sub="given"), L("person", p.family_r, sub="family"),
                             email_work(R, p, firm[1]) if R.random() < 0.7 else email_priv(R, p), N(firm[0], "org"), pc,
                             L("ip", ip, sub=ip_sub(ip)), str(R.choice([0, 0, 12, 37, 45, 58])),
                             R.choice(["", "", "Is the recording shared?", "Do you support HubSpot?", "Can we get the slides?"])]))
    body = ["Webinar: ", R.choice(WEBINARS), " (", N("webinar id %d-%04d-%04d" % (R.randint(800, 899), R.randint(0, 9999), R.randint(0, 9999)), "meeting_id"), ")\n",
            ",".join(hdr) + "\n", rows]
    return "csv", lang, wrap(R, req(R, R.choice(["clean", "segment", "gdpr"]), lang), body, lang)


# ---------------------------------------------------------------- 8 subscribers and unsubscribes
@tpl(32, ALL)
def subscribers_unsub(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    rows, log = [], []
    for i in range(R.randint(2, 3)):
        p = person(R, c, used)
        e = email_priv(R, p)
        ip = ip_any(R, 0.25)
        fn = p.given if c in LATIN else (p.given if R.random() < 0.5 else p.given_r)
        rows.append(csv_row([e, L("person", fn, sub="given"), N(ts(R, 2025, "%Y-%m-%d %H:%M:%S"), "timestamp"), L("ip", ip, sub=ip_sub(ip)),
                             R.choice(["footer_form", "popup_10pct", "checkout", "webinar_import", "landing_q2"]), R.choice(["subscribed", "subscribed", "unsubscribed", "cleaned"]),
                             hashed_email(R, e.value)]))
        if R.random() < 0.4:
            ip2 = ip_any(R, 0.2)
            log += [N(ts(R, 2026, "%Y-%m-%dT%H:%M:%SZ"), "timestamp"), " unsubscribe email=", L("email", e.value, sub="personal"), " ip=", L("ip", ip2, sub=ip_sub(ip2)),
                    " campaign=", N(camp_id(R), "campaign_id"), " reason=\"", R.choice(["too many emails", "never signed up", "not relevant", "other"]), "\"\n"]
    body = ["email,first_name,optin_time,optin_ip,source,status,email_sha256\n", rows]
    if log:
        body += ["\n# unsubscribe log\n", log]
    return "export", lang, wrap(R, req(R, R.choice(["gdpr", "clean"]), lang), body, lang)


# ---------------------------------------------------------------- 9 bounce / delivery logs
MX_HOSTS = ["mx1.mail-relay.net", "aspmx.l.google.com", "mx.gmx.net", "mxs.mail.ru", "mx01.t-online.de", "smtp-in.orange.fr", "mta7.am0.yahoodns.net", "mx.naver.com", "mx3.qq.com", "mx.seznam.cz"]


@tpl(24, ALL)
def bounce_log(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    own = R.choice(OWN)
    style = R.choice(["postfix", "json", "ses"])
    out = []
    for i in range(R.randint(2, 3)):
        pc = c if R.random() < 0.7 else other_country(R, c)
        p = person(R, pc, used)
        e = email_priv(R, p) if R.random() < 0.6 else email_work(R, p, client(R, pc)[1])
        mxip = ipv4(R)
        host = R.choice(MX_HOSTS)
        code = R.choice([("550", "5.1.1", "user unknown"), ("552", "5.2.2", "mailbox full"), ("421", "4.7.0", "try again later"), ("554", "5.7.1", "message rejected as spam")])
        qid = rnd(R, "0123456789ABCDEF", 10)
        if style == "postfix":
            out += [N(ts(R, fmt="%b %d %H:%M:%S"), "timestamp"), " mta2 postfix/smtp[%d]: " % R.randint(1000, 40000), N(qid, "queue_id"), ": to=<", e, ">, relay=", host, "[", L("ip", mxip, sub="server"),
                    "]:25, delay=%.1f, status=%s (host %s[" % (R.random() * 9, "bounced" if code[0][0] == "5" else "deferred", host), L("ip", mxip, sub="server"),
                    "] said: %s %s <" % (code[0], code[1]), L("email", e.value, sub=e.meta["sub"]), ">: %s)\n" % code[2]]
        elif style == "json":
            out += ['{"event":"bounce","email":"', L("email", e.value, sub=e.meta["sub"]), '","reason":"%s %s %s","ip":"' % (code[0], code[1], code[2]), L("ip", mxip, sub="server"),
                    '","sg_message_id":"', N(rnd(R, ALNUM, 22) + ".filter0%dp1" % R.randint(1, 9), "message_id"), '","campaign":"', N(camp_id(R), "campaign_id"), '"}\n']
        else:
            out += [N(ts(R, fmt="%Y-%m-%dT%H:%M:%S.000Z"), "timestamp"), " Bounce ", "Permanent" if code[0][0] == "5" else "Transient", " recipient=", e,
                    " remoteMtaIp=", L("ip", mxip, sub="server"), " diagnostic=\"smtp; %s %s %s\" messageId=" % code, N(uuid4(R), "message_id"), "\n"]
    body = ["from: ", role_mail(R, "en", "news." + own[1]), "  (", own[0], " newsletter, ", N(camp_id(R), "campaign_id"), ")\n", out]
    return "log", lang, wrap(R, req(R, "bounce", lang), body, lang)


# ---------------------------------------------------------------- 10 customer-success tickets
TICKET_MSG = {
    "en": ("Hi, our exports have been failing since the update and my colleague {o} can't log in either.", "Please call me on {m} — I'm out of the office all week.",
           "Hi {g}, thanks for the details. I've escalated this to engineering."),
    "de": ("Hallo, seit dem Update klappt der Export nicht mehr und mein Kollege {o} kommt auch nicht rein.", "Rufen Sie mich bitte unter {m} an, ich bin die ganze Woche unterwegs.",
           "Hallo {g}, danke für die Infos, ich habe das an die Entwicklung eskaliert."),
    "fr": ("Bonjour, depuis la mise à jour les exports échouent et mon collègue {o} ne peut plus se connecter.", "Appelez-moi au {m}, je suis en déplacement toute la semaine.",
           "Bonjour {g}, merci pour ces précisions, j'ai remonté le sujet à l'équipe technique."),
    "es": ("Hola, desde la actualización fallan las exportaciones y mi compañero {o} tampoco puede entrar.", "Llámame al {m}, estoy fuera toda la semana.",
           "Hola {g}, gracias por los detalles, lo he escalado a ingeniería."),
    "it": ("Buongiorno, dall'aggiornamento gli export non vanno e il mio collega {o} non riesce ad accedere.", "Mi chiami al {m}, sono fuori ufficio tutta la settimana.",
           "Ciao {g}, grazie dei dettagli, ho passato tutto agli sviluppatori."),
    "nl": ("Hoi, sinds de update mislukken de exports en mijn collega {o} kan ook niet inloggen.", "Bel me op {m}, ik ben de hele week op pad.",
           "Hoi {g}, dank voor de details, ik heb het doorgezet naar development."),
    "pt": ("Olá, desde a atualização as exportações falham e o meu colega {o} também não consegue entrar.", "Liguem-me para o {m}, estou fora toda a semana.",
           "Olá {g}, obrigado pelos detalhes, já escalei para a engenharia."),
    "pl": ("Dzień dobry, od aktualizacji eksporty nie działają, a mój kolega {o} nie może się zalogować.", "Proszę dzwonić na {m}, cały tydzień jestem w trasie.",
           "Dzień dobry, {g}, dzięki za szczegóły, przekazałem to do zespołu technicznego."),
    "tr": ("Merhaba, güncellemeden beri dışa aktarma çalışmıyor, iş arkadaşım {o} da giriş yapamıyor.", "Lütfen beni {m} numarasından arayın, bütün hafta dışarıdayım.",
           "Merhaba {g}, detaylar için teşekkürler, konuyu mühendislik ekibine ilettim."),
    "ja": ("アップデート以降エクスポートが失敗し、同僚の{o}もログインできません。", "今週は外出が多いので、{m}にお電話ください。", "{g}様、詳細ありがとうございます。開発チームにエスカレーションしました。"),
    "ko": ("업데이트 이후로 내보내기가 안 되고, 동료 {o}도 로그인이 안 됩니다.", "이번 주 내내 외근이라 {m}로 전화 주세요.", "{g}님, 자세한 내용 감사합니다. 개발팀에 전달했습니다."),
}


@tpl(26, ALL)
def cs_ticket(R, c):
    lang = COUNTRY_LANG[c]
    body_lang = lang if lang in TICKET_MSG else "en"
    rom = body_lang == "en" and c not in LATIN
    used = set()
    cust = person(R, c, used)
    col = person(R, c, used)
    agent = person(R, c, used)
    firm = client(R, c)
    own = R.choice(OWN)
    m1, m2, m3 = TICKET_MSG[body_lang]
    def sub(s, key, val):
        a, b = s.split("{" + key + "}")
        return [a, val, b]
    parts = ["Ticket ", ticket_no(R), " · ", R.choice(["Priority: High", "Priority: Normal", "SLA: 4h"]), " · Account ", N("ACC-%06d" % R.randint(0, 999999), "account_id"), " (", N(firm[0], "org"), ")\n",
             "Requester: ", L("person", cust.name(rom)), " <", email_work(R, cust, firm[1]), ">\n",
             "Assignee: ", L("person", agent.name(rom)), " (", own[0], " Customer Success)\n\n",
             "— ", L("person", cust.given_r if rom else cust.call, sub="given") if (cust.given_r if rom else cust.call) != cust.name(rom) else L("person", cust.name(rom)), ", ", N(ts(R), "timestamp"), "\n",
             sub(m1, "o", L("person", col.name(rom))), " ", sub(m2, "m", phone(R, c, "mobile")), "\n\n",
             "— ", R.choice(["Support", "Customer Success", "Agent"]), ", ", N(ts(R), "timestamp"), "\n",
             sub(m3, "g", L("person", cust.given_r if rom else cust.call, sub="given") if (cust.given_r if rom else cust.call) != cust.name(rom) else L("person", cust.name(rom))), "\n"]
    if R.random() < 0.3:
        parts += ["\nReplacement card reader ships to (home office): ", home(R, c), "\n"]
    return "ticket", lang, wrap(R, req(R, "summary", lang), parts, lang)


# ---------------------------------------------------------------- 11 quotes and order forms
QUOTE_HDR = {"en": ("QUOTATION", "Bill to", "Billing contact", "Authorised signatory", "Payment to", "Valid until"),
             "de": ("ANGEBOT", "Rechnungsempfänger", "Ansprechpartner Buchhaltung", "Unterschrift", "Bankverbindung", "Gültig bis"),
             "fr": ("DEVIS", "Facturer à", "Contact facturation", "Signataire", "Coordonnées bancaires", "Valable jusqu'au"),
             "es": ("PRESUPUESTO", "Facturar a", "Contacto de facturación", "Firmante", "Datos bancarios", "Válido hasta"),
             "it": ("OFFERTA", "Intestatario", "Referente amministrativo", "Firmatario", "Coordinate bancarie", "Valida fino al"),
             "nl": ("OFFERTE", "Factuur aan", "Contactpersoon facturatie", "Tekenbevoegde", "Bankgegevens", "Geldig tot"),
             "pt": ("ORÇAMENTO", "Faturar a", "Contacto de faturação", "Signatário", "Dados bancários", "Válido até"),
             "pl": ("OFERTA", "Nabywca", "Osoba do kontaktu (faktury)", "Podpis", "Dane do przelewu", "Ważna do"),
             "sv": ("OFFERT", "Faktureras", "Fakturakontakt", "Firmatecknare", "Bankuppgifter", "Giltig till"),
             "cs": ("NABÍDKA", "Odběratel", "Kontakt pro fakturaci", "Podpis", "Bankovní spojení", "Platnost do"),
             "el": ("ΠΡΟΣΦΟΡΑ", "Τιμολόγηση σε", "Υπεύθυνος τιμολόγησης", "Υπογραφή", "Τραπεζικά στοιχεία", "Ισχύει έως"),
             "tr": ("TEKLİF", "Fatura adresi", "Muhasebe irtibat", "Yetkili imza", "Banka bilgileri", "Geçerlilik"),
             "he": ("הצעת מחיר", "לכבוד", "איש קשר לחשבונות", "מורשה חתימה", "פרטי בנק", "בתוקף עד"),
             "ar": ("عرض سعر", "فاتورة باسم", "مسؤول الحسابات", "المفوّض بالتوقيع", "بيانات البنك", "صالح حتى")}
DFMT = {"de": "%d.%m.%Y", "pl": "%d.%m.%Y", "cs": "%d.%m.%Y", "tr": "%d.%m.%Y", "ru": "%d.%m.%Y", "sv": "%Y-%m-%d", "nl": "%d-%m-%Y", "en": "%d %b %Y"}
SKUS = [("PKG-CBX-400", "Corrugated box 400×300×200, 2-wall", 0.62), ("LIC-PRO-ANN", "Pro licence, annual, per seat", 348.0), ("SVC-ONB-STD", "Onboarding package (standard)", 2400.0),
        ("HW-SCN-22", "Handheld badge scanner", 189.0), ("PRT-LBL-1000", "Thermal labels, roll of 1,000", 14.9), ("SUP-PRM-M", "Premium support, monthly", 95.0)]


@tpl(30, ["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "CZ", "GR", "TR", "AT", "GB", "IL", "EG"])
def quote_order(R, c):
    lang = COUNTRY_LANG[c]
    hl = QUOTE_HDR.get(lang, QUOTE_HDR["en"])
    rom = lang == "en" and c not in LATIN
    used = set()
    buyer = client(R, c)
    seller_c = R.choice([c, c, other_country(R, c)])
    if seller_c not in IBAN_CC:
        seller_c = c
    seller = R.choice([f for f in FIRMS[seller_c] if f != buyer] or FIRMS["DE"])
    bc = person(R, c, used)
    sig = person(R, c, used)
    rep = person(R, seller_c, used)
    lines = []
    tot = 0.0
    for sku, desc, price in R.sample(SKUS, R.randint(2, 4)):
        q = R.choice([1, 2, 5, 10, 25]) if price > 50 else R.choice([250, 500, 1000, 5000])
        tot += q * price
        lines += [N(sku, "sku"), "  ", desc, "  ", str(q), " × ", N("%.2f" % price, "price"), " = ", N("%.2f" % (q * price), "amount"), "\n"]
    parts = [hl[0], " ", quote_no(R), "  ·  ", N(day(R, fmt=DFMT.get(lang, "%d/%m/%Y")), "quote_date"), "\n", seller[0], " · ", N(seller[2], "org_address"), " · ", N(seller[3], "company_id"), "\n\n",
             hl[1], ": ", N(buyer[0], "org"), ", ", N(buyer[2], "org_address"), "\n", N(buyer[3], "vat_id"), " · PO ", order_no(R), "\n",
             hl[2], ": ", L("person", bc.name(rom)), ", ", email_work(R, bc, buyer[1]), ", ", phone(R, c, "fixed"), "\n\n", lines,
             "Total (net): ", N("%.2f" % tot, "amount"), "\n", hl[5], ": ", N(day(R, 2027, DFMT.get(lang, "%d/%m/%Y")), "valid_until"), "\n\n",
             hl[4], ": ", iban(R, seller_c, holder="org"), " · BIC ", N(rnd(R, string.ascii_uppercase, 6) + rnd(R, string.ascii_uppercase + string.digits, 2), "bic"), "\n",
             ["Corporate card for the deposit: ", card(R, c)[0], " exp ", expiry(R), "\n"] if R.random() < 0.25 else "",
             "Sales: ", L("person", rep.name(rom or (seller_c not in LATIN and seller_c != c))), ", ", phone(R, seller_c, "mobile", region=c), " · ", role_mail(R, lang, seller[1]), "\n\n",
             hl[3], ": ", L("person", sig.name(rom)), "  ______________\n"]
    return "quote", lang, wrap(R, req(R, "check", lang), parts, lang)


# ---------------------------------------------------------------- 12 card-on-file notes
COF_Q = {"en": "A customer read their card out on the phone so I could charge the renewal. Is it OK to keep this in the CRM note? What should I do instead?",
         "de": "Ein Kunde hat mir am Telefon seine Kartennummer diktiert, damit ich die Verlängerung abbuchen kann. Darf das so in der CRM-Notiz stehen? Wie macht man das richtig?",
         "fr": "Un client m'a dicté sa carte au téléphone pour le renouvellement. Je peux laisser ça dans la note du CRM ? Comment faire proprement ?",
         "es": "Un cliente me dictó la tarjeta por teléfono para cobrar la renovación. ¿Puedo dejarlo en la nota del CRM? ¿Qué debería hacer?",
         "it": "Un cliente mi ha dettato la carta al telefono per il rinnovo. Posso lasciarla nella nota del CRM? Come si fa correttamente?",
         "nl": "Een klant las zijn kaartnummer voor aan de telefoon voor de verlenging. Mag dat zo in de CRM-notitie? Hoe moet het wel?",
         "pt": "Um cliente ditou o cartão ao telefone para cobrar a renovação. Posso deixar isto na nota do CRM? O que devo fazer?",
         "pl": "Klient podyktował mi numer karty przez telefon, żeby opłacić odnowienie. Czy mogę to zostawić w notatce w CRM?",
         "ja": "お客様が電話でカード番号を読み上げてくれました。CRMのメモにこのまま残して大丈夫ですか？正しい対応は？",
         "ko": "고객이 갱신 결제하라고 전화로 카드번호를 불러줬어. CRM 메모에 이렇게 둬도 돼? 어떻게 해야 해?",
         "tr": "Müşteri yenileme için kart numarasını telefonda okudu. CRM notunda böyle kalabilir mi? Doğrusu ne?",
         "sv": "En kund läste upp sitt kortnummer i telefon för förnyelsen. Får det ligga kvar i CRM-anteckningen?",
         "ru": "Клиент продиктовал номер карты по телефону для продления. Можно так оставить в заметке CRM? Как правильно?",
         "zh": "客户在电话里把卡号念给我让我扣续费，这样写在CRM备注里可以吗？应该怎么处理？"}


@tpl(30, ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "JP", "KR", "TR", "SE", "MX", "PT", "IN", "RU", "CN", "AT", "CZ", "GR", "ID"])
def card_on_file(R, c):
    lang = COUNTRY_LANG[c]
    rom = c not in LATIN
    used = set()
    cu = person(R, c, used)
    cl, _ = card(R, c)
    parts = ["Note on ", N("ACC-%06d" % R.randint(0, 999999), "account_id"), " — ", N(ts(R), "timestamp"), "\n",
             "Spoke to ", L("person", cu.name(rom)), " (", phone(R, c, "mobile"), ", ", email_priv(R, cu), "). Renewal ", inv_no(R), " for ",
             N(amount(R, 200, 4000, R.choice(["€", "$", "£"]), "en"), "amount"), ".\n",
             "Card: ", cl, "  exp ", expiry(R), "  CVC ", N("%03d" % R.randint(0, 999), "cvc"), "\n",
             [R.choice(["Old card declined: ", "Also gave a backup card: ", "Previous card (expired): "]), card(R, c)[0], "\n"] if R.random() < 0.3 else "",
             "Payment link sent first but expired: ", N("https://pay.%s/p/%s" % (R.choice(OWN)[1], rnd(R, ALNUM, 14)), "payment_link"), "\n"]
    if R.random() < 0.4:
        parts += ["Billing address: ", home(R, c, "billing"), "\n"]
    q = COF_Q.get(lang, COF_Q["en"])
    return "notes", lang, wrap(R, q, parts, lang)


# ---------------------------------------------------------------- 13 affiliate and referral payouts
@tpl(32, ["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "CZ", "GR", "TR", "AT", "GB", "BR", "IL", "EG", "US", "IN", "MX", "KR", "JP", "RU"])
def affiliate_payouts(R, c):
    lang = COUNTRY_LANG[c]
    f = fl(c)
    used = set()
    rom = c not in LATIN and R.random() < 0.5
    rows = []
    for i in range(R.randint(2, 3)):
        p = person(R, c, used)
        d = birth(R, 1960, 2001)
        g = gov_id(R, p, d) if c != "FR" else None
        if c in IBAN_CC:
            acct = iban(R, c)
        elif c == "US":
            acct = N("routing %s acct ****%04d" % ("0" + digits(R, 8), R.randint(0, 9999)), "us_account")
        else:
            acct = L("email", p.local(R) + "@" + R.choice(WEBMAIL[c]), sub="paypal")
        clicks = R.randint(120, 9000)
        conv = R.randint(1, 90)
        rows += [N("AFF-%05d" % R.randint(0, 99999), "affiliate_id"), " | ", L("person", p.name(rom)), " | ", email_priv(R, p), " | ", acct, " | "]
        if g and R.random() < 0.95:
            rows += [g[0], " ", g[1], " | "]
        rows += [str(clicks), " / ", str(conv), " | ", N(amount(R, 40, 2400, "€" if c in IBAN_CC else "$", "de" if c in IBAN_CC else "en"), "amount")]
        if R.random() < 0.3:
            rows += [" | ", home(R, c)]
        rows += ["\n"]
    body = [R.choice(["Partner payouts ", "Affiliate commissions ", "Referral rewards "]), N(day(R, fmt="%Y-%m"), "period"), " (", N("batch %d" % R.randint(100, 999), "batch_id"), ")\n",
            "id | ", f["name"], " | ", f["email"], " | ", "IBAN/PayPal" if c not in IBAN_CC else f["iban"], " | id | clicks / conv | ", f["amount"], "\n", rows]
    return "sheet", lang, wrap(R, req(R, "payout", lang), body, lang)


# ---------------------------------------------------------------- 14 marketing-stack configs
@tpl(32, ALL)
def martech_config(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    adm = person(R, c, used)
    own = R.choice(OWN)
    style = R.choice(["env", "env", "json", "yaml"])
    kinds = R.sample(["hubspot_pat", "mailchimp", "brevo", "klaviyo_private", "segment_write", "pipedrive", "stripe_webhook", "twilio_auth", "zapier_hook",
                      "slack_webhook", "sendgrid", "shopify", "typeform", "mailgun", "intercom"], R.randint(4, 6))
    names = {"hubspot_pat": "HUBSPOT_PRIVATE_APP_TOKEN", "mailchimp": "MAILCHIMP_API_KEY", "brevo": "BREVO_API_KEY", "klaviyo_private": "KLAVIYO_PRIVATE_KEY",
             "segment_write": "SEGMENT_WRITE_KEY", "pipedrive": "PIPEDRIVE_API_TOKEN", "stripe_webhook": "STRIPE_WEBHOOK_SECRET", "twilio_auth": "TWILIO_AUTH_TOKEN",
             "zapier_hook": "ZAPIER_LEAD_HOOK", "slack_webhook": "SLACK_SALES_WEBHOOK", "sendgrid": "SENDGRID_API_KEY", "shopify": "SHOPIFY_ADMIN_TOKEN",
             "typeform": "TYPEFORM_TOKEN", "mailgun": "MAILGUN_KEY", "intercom": "INTERCOM_ACCESS_TOKEN"}
    items = [(names[k], sec(R, k)) for k in kinds]
    items.append(("CRM_DB_PASSWORD", sec(R, "password")))
    negs = [("MAILCHIMP_LIST_ID", N(hexs(R, 10), "list_id")), ("STRIPE_PUBLISHABLE_KEY", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key")),
            ("GA_MEASUREMENT_ID", ga_id(R)), ("HUBSPOT_PORTAL_ID", N(str(R.randint(1000000, 49999999)), "portal_id")), ("KLAVIYO_SITE_ID", N(rnd(R, ALNUM, 6), "public_key"))]
    negs = R.sample(negs, 3)
    ips = [ip_any(R, 0.2) for _ in range(R.randint(1, 3))]
    out = []
    ip_parts = []
    for j, ip in enumerate(ips):
        if j:
            ip_parts.append(",")
        ip_parts.append(L("ip", ip, sub=ip_sub(ip)))
    em = email_work(R, adm, own[1])
    allk = items + negs
    R.shuffle(allk)
    if style == "env":
        out += ["# %s marketing stack — prod\n" % own[0]]
        for k, v in allk:
            out += [k, "=", v, "\n"]
        out += ["WEBHOOK_ALLOWED_IPS=", ip_parts, "\n", "ALERT_EMAIL=", em, "\n", "CRM_DB_HOST=", N("db.internal.%s" % own[1], "hostname"), "\n"]
    elif style == "json":
        out += ["{\n"]
        for k, v in allk:
            out += ['  "', k.lower(), '": "', v, '",\n']
        out += ['  "allowed_ips": ["']
        for j, ip in enumerate(ips):
            if j:
                out.append('", "')
            out.append(L("ip", ip, sub=ip_sub(ip)))
        out += ['"],\n  "owner": "', em, '"\n}']
    else:
        out += ["integrations:\n"]
        for k, v in allk:
            out += ["  ", k.lower(), ": ", v, "\n"]
        out += ["  allowed_ips: [", ip_parts, "]\n", "  owner: ", em, "  # ", L("person", adm.name(c not in LATIN)), "\n"]
    return "config", lang, wrap(R, req(R, "error", lang), out, lang)


# ---------------------------------------------------------------- 15 ad-platform and analytics code
@tpl(26, ALL)
def adtech_code(R, c):
    lang = COUNTRY_LANG[c]
    used = set()
    v = R.choice(["meta", "ga4", "gads", "tiktok", "linkedin"])
    out = []
    if v == "meta":
        e = "buyer@example.com"
        out = ["import hashlib, requests\n\nPIXEL_ID = \"", pixel_id(R), "\"\nACCESS_TOKEN = \"", sec(R, "meta_token"), "\"\n\n",
               "def send_purchase(email, value):\n    em = hashlib.sha256(email.strip().lower().encode()).hexdigest()\n",
               "    # e.g. ", N(e, "example_email"), " -> ", N(sha256_of(e), "hashed_email"), "\n",
               "    payload = {\"data\": [{\"event_name\": \"Purchase\", \"user_data\": {\"em\": [em]}, \"custom_data\": {\"value\": value, \"currency\": \"EUR\"}}]}\n",
               "    return requests.post(f\"https://graph.facebook.com/v19.0/{PIXEL_ID}/events?access_token={ACCESS_TOKEN}\", json=payload)\n"]
    elif v == "ga4":
        out = ["const MEASUREMENT_ID = '", ga_id(R), "';\nconst API_SECRET = '", sec(R, "ga4_api_secret"), "';\n",
               "fetch(`https://www.google-analytics.com/mp/collect?measurement_id=${MEASUREMENT_ID}&api_secret=${API_SECRET}`, {\n",
               "  method: 'POST',\n  body: JSON.stringify({client_id: '", N("%d.%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(1600000000, 1790000000)), "client_id"),
               "', events: [{name: 'generate_lead', params: {campaign: '", N(camp_id(R), "campaign_id"), "'}}]})\n});\n"]
    elif v == "gads":
        out = ["# google-ads.yaml\ndeveloper_token: ", sec(R, "google_ads_dev"), "\nclient_id: ", N("%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rnd(R, string.ascii_lowercase + string.digits, 32)), "client_id"),
               "\nclient_secret: ", L("secret", "GOCSPX-" + rnd(R, URLSAFE, 28), sub="google_client_secret"), "\nrefresh_token: ", sec(R, "google_refresh"),
               "\nlogin_customer_id: ", N("%d%09d" % (R.randint(1, 9), R.randint(0, 999999999)), "customer_id"), "\nuse_proto_plus: True\n"]
    elif v == "tiktok":
        out = ["curl -X POST https://business-api.tiktok.com/open_api/v1.3/event/track/ \\\n  -H 'Access-Token: ", sec(R, "tiktok_token"), "' \\\n",
               "  -d '{\"event_source_id\": \"", N(rnd(R, string.ascii_uppercase + string.digits, 20), "pixel_id"), "\", \"event\": \"SubmitForm\", \"user\": {\"email\": \"",
               N(sha256_of("lead%d@example.com" % R.randint(1, 99)), "hashed_email"), "\"}}'\n"]
    else:
        out = ["LINKEDIN_CLIENT_ID=", N(rnd(R, string.ascii_lowercase + string.digits, 14), "client_id"), "\nLINKEDIN_CLIENT_SECRET=", L("secret", rnd(R, ALNUM, 16), sub="linkedin_client_secret"),
               "\nLINKEDIN_ACCESS_TOKEN=", sec(R, "linkedin_token"), "\nAD_ACCOUNT=", N("urn:li:sponsoredAccount:%d" % R.randint(10 ** 8, 10 ** 9), "account_urn"), "\n"]
    if R.random() < 0.5:
        o = person(R, c, used)
        out += ["\n# owner: ", L("person", o.name(c not in LATIN)), " <", email_work(R, o, R.choice(OWN)[1]), ">\n"]
    return "code", lang, wrap(R, req(R, "error", lang), out, lang)


# ---------------------------------------------------------------- 16 GDPR consent, do-not-contact and erasure requests
ERASE = {
    "en": ("Please delete everything you hold about me and stop calling my mobile. I never agreed to be contacted.", "Regards,"),
    "de": ("Bitte löschen Sie sämtliche Daten zu meiner Person und rufen Sie mich nicht mehr auf dem Handy an. Ich habe nie eingewilligt.", "Mit freundlichen Grüßen"),
    "fr": ("Merci de supprimer toutes les données me concernant et de cesser d'appeler mon portable. Je n'ai jamais donné mon accord.", "Cordialement,"),
    "es": ("Les ruego que supriman todos mis datos y dejen de llamar a mi móvil. Nunca di mi consentimiento.", "Atentamente,"),
    "it": ("Vi chiedo di cancellare tutti i miei dati e di non chiamare più il mio cellulare. Non ho mai dato il consenso.", "Distinti saluti,"),
    "nl": ("Verwijder alstublieft al mijn gegevens en bel mijn mobiel niet meer. Ik heb nooit toestemming gegeven.", "Met vriendelijke groet,"),
    "pt": ("Peço que apaguem todos os meus dados e deixem de ligar para o meu telemóvel. Nunca dei consentimento.", "Com os melhores cumprimentos,"),
    "pl": ("Proszę o usunięcie wszystkich moich danych i zaprzestanie telefonów na moją komórkę. Nigdy nie wyraziłem zgody.", "Z poważaniem"),
    "sv": ("Radera alla uppgifter ni har om mig och sluta ringa min mobil. Jag har aldrig samtyckt.", "Med vänlig hälsning"),
    "cs": ("Žádám o výmaz všech mých údajů a o ukončení volání na můj mobil. Nikdy jsem nedal souhlas.", "S pozdravem"),
    "el": ("Παρακαλώ διαγράψτε όλα τα δεδομένα μου και σταματήστε να καλείτε το κινητό μου. Δεν έδωσα ποτέ συγκατάθεση.", "Με εκτίμηση,"),
    "tr": ("Hakkımdaki tüm verileri silmenizi ve cep telefonumu aramayı bırakmanızı rica ederim. Hiç onay vermedim.", "Saygılarımla,"),
    "ru": ("Прошу удалить все мои персональные данные и больше не звонить на мой мобильный. Согласия я не давал(а).", "С уважением,"),
    "ja": ("私に関するデータをすべて削除し、携帯への電話をやめてください。同意した覚えはありません。", "以上、よろしくお願いします。"),
    "ko": ("제 개인정보를 모두 삭제하시고 휴대폰으로 더 이상 연락하지 마세요. 동의한 적 없습니다.", "이만 줄입니다."),
    "zh": ("请删除你们保存的我的全部个人信息，不要再打我的手机。我从未同意过。", "谢谢。"),
    "he": ("נא למחוק את כל המידע עליי ולהפסיק להתקשר לנייד שלי. מעולם לא הסכמתי.", "בברכה,"),
    "ar": ("برجاء حذف كل بياناتي والتوقف عن الاتصال بموبايلي. لم أوافق على ذلك أبداً.", "مع التحية،"),
    "id": ("Mohon hapus semua data saya dan berhenti menelepon HP saya. Saya tidak pernah memberi persetujuan.", "Hormat saya,"),
    "th": ("กรุณาลบข้อมูลทั้งหมดของฉันและหยุดโทรเข้ามือถือ ฉันไม่เคยให้ความยินยอม", "ขอแสดงความนับถือ"),
    "hi": ("कृपया मेरे बारे में रखा गया सारा डेटा हटा दें और मेरे मोबाइल पर कॉल करना बंद करें। मैंने कभी सहमति नहीं दी थी।", "धन्यवाद,"),
    "vi": ("Đề nghị xóa toàn bộ dữ liệu của tôi và ngừng gọi vào số di động của tôi. Tôi chưa bao giờ đồng ý.", "Trân trọng,"),
}


@tpl(26, ALL)
def gdpr_dnc(R, c):
    lang = COUNTRY_LANG[c]
    rom = False
    used = set()
    subj = person(R, c, used)
    f = fl(c)
    txt, bye = ERASE.get(lang, ERASE["en"])
    letter = ["From: ", L("person", subj.name()), " <", email_priv(R, subj), ">\n", "Subject: ", N(R.choice(["DSAR", "Art. 17", "Erasure request"]), "subject"), " / ", ticket_no(R), "\n\n",
              txt, "\n", f["mobile"], ": ", phone(R, c, "mobile"), "\n"]
    k = R.random()
    if k < 0.35:
        letter += [f["address"], ": ", home(R, c), "\n"]
    letter += ["\n", bye, "\n", L("person", subj.name()), "\n"]
    if k > 0.6 and c in LATIN:
        letter += [home_ml(R, c), "\n"]
    dnc = ["\n\nDo-not-contact list (suppression, synced to dialer):\n", "added,channel,value,reason\n"]
    for i in range(R.randint(1, 3)):
        q = person(R, c, used)
        ch = R.choice(["email", "phone", "phone"])
        dnc += csv_row([N(day(R), "date"), ch, email_priv(R, q) if ch == "email" else phone(R, c, "mobile"), R.choice(["opt-out by phone", "complaint", "Robinson list", "unsubscribed", "legal"])])
    dnc += csv_row([N(day(R), "date"), "email", role_mail(R, lang, client(R, c)[1]), "role mailbox"])
    return "letter", lang, wrap(R, req(R, "gdpr", lang), letter + dnc, lang)


# ---------------------------------------------------------------- 17 loyalty-programme exports
@tpl(32, ALL)
def loyalty_export(R, c):
    lang = COUNTRY_LANG[c]
    f = fl(c)
    used = set()
    sep = R.choice([";", "\t", ","])
    hdr = [f["ref"], f["name"], f["dob"], f["email"], f["mobile"], f["address"], "Tier", "Points", "Joined"]
    rows = [sep.join(hdr) + "\n"]
    for i in range(R.randint(2, 3)):
        p = person(R, c, used)
        d, _ = dob(R, c)
        addr = home(R, c) if R.random() < 0.6 else ""
        rows += csv_row([N("%s%010d" % (R.choice(["", "LY", "M"]), R.randint(0, 9999999999)), "member_number"), L("person", p.name()), d, email_priv(R, p),
                         phone(R, c, "mobile") if R.random() < 0.8 else "", addr, R.choice(["Silver", "Gold", "Platinum", "Basic"]), str(R.randint(0, 48000)),
                         N(day(R, R.randint(2015, 2025)), "join_date")], sep)
    ask = {"en": "Which members have a birthday next month? Draft the birthday voucher mail.", "de": "Wer hat nächsten Monat Geburtstag? Entwirf die Geburtstagsgutschein-Mail.",
           "fr": "Qui fête son anniversaire le mois prochain ? Rédige le mail avec le bon d'anniversaire.", "es": "¿Quién cumple años el mes que viene? Redacta el email del cupón de cumpleaños.",
           "it": "Chi compie gli anni il mese prossimo? Scrivi la mail con il buono compleanno.", "nl": "Wie is er volgende maand jarig? Schrijf de mail met de verjaardagsbon.",
           "pt": "Quem faz anos no próximo mês? Escreve o e-mail do vale de aniversário.", "pl": "Kto ma urodziny w przyszłym miesiącu? Napisz maila z kuponem urodzinowym.",
           "sv": "Vilka fyller år nästa månad? Skriv födelsedagsmejlet med rabattkoden.", "tr": "Gelecek ay kimlerin doğum günü var? Doğum günü kuponu e-postasını yaz.",
           "ru": "У кого день рождения в следующем месяце? Напиши письмо с купоном.", "ja": "来月誕生日の会員は誰ですか？誕生日クーポンのメール案を書いてください。",
           "ko": "다음 달 생일인 회원 누구야? 생일 쿠폰 메일 초안 써줘.", "zh": "下个月过生日的会员有哪些？帮我写生日优惠券邮件。",
           "el": "Ποιοι έχουν γενέθλια τον επόμενο μήνα; Γράψε το email με το κουπόνι.", "cs": "Kdo má příští měsíc narozeniny? Napiš e-mail s narozeninovým kupónem.",
           "ar": "مين عيد ميلاده الشهر الجاي؟ اكتب إيميل كوبون عيد الميلاد.", "he": "למי יש יום הולדת בחודש הבא? תנסח את מייל השובר.",
           "id": "Siapa yang ulang tahun bulan depan? Buatkan email voucher ulang tahun.", "th": "สมาชิกคนไหนเกิดเดือนหน้า ช่วยร่างอีเมลคูปองวันเกิดให้หน่อย",
           "vi": "Thành viên nào sinh nhật tháng sau? Soạn giúp email tặng voucher sinh nhật.", "hi": "अगले महीने किसका जन्मदिन है? बर्थडे वाउचर ईमेल लिख दो।"}
    return "csv", lang, wrap(R, ask[lang] if R.random() < 0.6 else req(R, "gdpr", lang), rows, lang)


# ---------------------------------------------------------------- 18 sweepstakes entries and winner forms
@tpl(34, ALL)
def sweepstakes(R, c):
    lang = COUNTRY_LANG[c]
    f = fl(c)
    used = set()
    p = person(R, c, used)
    d = birth(R, 1955, 2006)
    dl = L("dob", dob_text(R, d, c))
    ip = ip_any(R, 0.25)
    title = {"de": "Gewinnspiel", "es": "Sorteo", "it": "Concorso a premi", "fr": "Jeu-concours", "pt": "Sorteio", "nl": "Winactie", "pl": "Konkurs",
             "sv": "Tävling", "tr": "Çekiliş", "ru": "Розыгрыш", "ja": "プレゼントキャンペーン", "ko": "경품 이벤트", "zh": "抽奖活动", "el": "Διαγωνισμός",
             "cs": "Soutěž", "ar": "مسابقة", "he": "הגרלה", "id": "Undian", "th": "ชิงโชค", "vi": "Bốc thăm trúng thưởng"}.get(lang) or R.choice(["Summer Giveaway", "Win a weekend for two"])
    parts = [title, " — ", N("entry %s" % rnd(R, string.ascii_uppercase + string.digits, 8), "entry_id"),
             " — ", N(ts(R), "timestamp"), "\n", f["name"], ": ", L("person", p.name()), "\n", f["dob"], ": ", dl, "\n", f["address"], ": ", home(R, c), "\n",
             f["mobile"], ": ", phone(R, c, "mobile"), "\n", f["email"], ": ", email_priv(R, p), "\n", "IP: ", L("ip", ip, sub=ip_sub(ip)), "\n",
             "Newsletter opt-in: ", R.choice(["yes", "no"]), " · ", utm(R, camp_id(R)), "\n"]
    if R.random() < 0.85:
        g = gov_id(R, p, d)
        if g:
            parts += ["\nWinner declaration (prize > threshold): ", g[0], " ", g[1], "\n"]
    if R.random() < 0.3:
        q = person(R, c, used)
        parts += ["Referred a friend: ", L("person", q.name()), " ", email_priv(R, q), "\n"]
    return "form", lang, wrap(R, req(R, R.choice(["check", "gdpr"]), lang), parts, lang)


# ---------------------------------------------------------------- 19 VIP event guest lists
@tpl(18, ["US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "AT", "PL", "BR", "MX", "JP", "KR", "IN", "IL", "TR", "CZ"])
def vip_guests(R, c):
    lang = COUNTRY_LANG[c]
    rom = c not in LATIN
    used = set()
    venue = R.choice([("Restaurant Glasdach", "Königsallee 60, 40212 Düsseldorf"), ("The Orangery Rooms", "14 Cavendish Row, Manchester M2 4WU"),
                      ("Le Pavillon des Saules", "2 place du Marché-Neuf, 67000 Strasbourg"), ("Terraza Los Almeces", "Paseo de la Castellana 90, 28046 Madrid")])
    out = ["VIP dinner — ", venue[0], ", ", N(venue[1], "org_address"), " — ", N(day(R, fmt="%d %b %Y"), "event_date"), "\n", "Guest | Company | Assistant | Direct | Mobile | Diet | +1\n"]
    for i in range(R.randint(2, 3)):
        pc = c if R.random() < 0.75 else other_country(R, c)
        g = person(R, pc, used)
        firm = client(R, pc)
        r = [L("person", g.name(rom or pc not in LATIN)), " | ", N(firm[0], "org"), " | "]
        a = maybe_person(R, pc, used) if R.random() < 0.5 else None
        if a:
            r += [L("person", a.name(rom or pc not in LATIN)), " | ", phone(R, pc, "fixed", region=c)]
        else:
            r += ["— | ", switchboard(R, pc)]
        r += [" | ", phone(R, pc, "mobile", region=c), " | ", R.choice(["veg", "no shellfish", "halal", "—", "gluten-free"]), " | "]
        q = maybe_person(R, pc, used) if R.random() < 0.4 else None
        if q:
            r += [L("person", q.name(rom or pc not in LATIN))]
        else:
            r += ["—"]
        out += r + ["\n"]
    ask = {"de": "Mach mir daraus eine Tischordnung und eine Erinnerungs-SMS für morgen.", "fr": "Fais-moi un plan de table et un SMS de rappel pour demain.",
           "es": "Hazme un plano de mesas y un SMS de recordatorio para mañana.", "ja": "席次表と前日リマインドのSMS文を作ってください。", "ko": "좌석 배치표랑 내일 보낼 리마인드 문자 만들어줘."}
    q = ask.get(lang, req(R, "check", lang))
    return "list", lang, wrap(R, q, out, lang)


# ---------------------------------------------------------------- 20 direct-mail campaign lists
@tpl(22, ["US", "GB", "DE", "FR", "ES", "IT", "NL", "AT", "PL", "SE", "PT", "BR", "CZ", "JP", "KR", "MX", "GR", "TR"])
def direct_mail(R, c):
    lang = COUNTRY_LANG[c]
    f = fl(c)
    used = set()
    code = camp_id(R)
    out = ["Catalogue mailing ", N(code, "campaign_id"), " — ", N("%d pcs" % R.randint(800, 20000), "quantity"), ", drop date ", N(day(R), "date"), "\n",
           f["name"], " | ", f["address"], " | ", "Segment | Returned\n"]
    for i in range(R.randint(2, 4)):
        p = person(R, c, used)
        out += [L("person", p.name()), " | ", home(R, c), " | ", R.choice(["lapsed 12m+", "high value", "new 2026", "winback"]), " | ",
                R.choice(["", "", "", "moved — forwarding expired", "addressee unknown"]), "\n"]
    return "list", lang, wrap(R, req(R, "clean", lang), out, lang)


# ---------------------------------------------------------------- 21 account plans and stakeholder maps
@tpl(24, ALL)
def account_plan(R, c):
    lang = COUNTRY_LANG[c]
    rom = c not in LATIN and R.random() < 0.5
    used = set()
    firm = client(R, c)
    own = R.choice(OWN)
    out = ["Account plan: ", N(firm[0], "org"), " · ARR ", N(amount(R, 40000, 900000, "€", "de"), "amount"), " · renewal ", N(day(R, 2027), "renewal_date"), " · ", deal_id(R), "\n\nStakeholders\n"]
    for role in R.sample(["Champion", "Economic buyer", "Blocker", "Technical evaluator", "Procurement", "Legal"], R.randint(2, 3)):
        p = person(R, c, used)
        out += ["- ", role, ": ", L("person", p.name(rom)), ", ", R.choice(TITLES), " — ", email_work(R, p, firm[1])]
        if R.random() < 0.6:
            out += [", ", phone(R, c, R.choice(["mobile", "fixed"]))]
        out += ["\n"]
    out += ["\nOur team: AE ", L("person", person(R, c, used).name(rom)), [", CSM ", L("person", person(R, c, used).name(rom))] if R.random() < 0.5 else ", CSM tbd", "\n",
            "Exec sponsor line: ", switchboard(R, c), " (", role_mail(R, lang, firm[1]), ")\n"]
    return "notes", lang, wrap(R, req(R, R.choice(["summary", "segment"]), lang), out, lang)


# ---------------------------------------------------------------- 22 SEPA mandates for subscriptions
MANDATE = {"de": ("SEPA-Lastschriftmandat", "Ich ermächtige", "Gläubiger-ID", "Mandatsreferenz", "Kontoinhaber"),
           "fr": ("Mandat de prélèvement SEPA", "J'autorise", "ICS", "RUM", "Titulaire du compte"),
           "es": ("Orden de domiciliación SEPA", "Autorizo a", "Identificador del acreedor", "Referencia de la orden", "Titular"),
           "it": ("Mandato SEPA", "Autorizzo", "Codice creditore", "Riferimento mandato", "Intestatario"),
           "nl": ("SEPA-machtiging", "Ik machtig", "Incassant-ID", "Kenmerk machtiging", "Rekeninghouder"),
           "pt": ("Autorização de débito direto SEPA", "Autorizo", "ID do credor", "Referência da ADD", "Titular"),
           "en": ("SEPA Direct Debit mandate", "I authorise", "Creditor ID", "Mandate reference", "Account holder")}


@tpl(22, ["DE", "AT", "FR", "ES", "IT", "NL", "PT", "GR", "CZ", "PL", "SE"])
def sepa_mandate(R, c):
    lang = COUNTRY_LANG[c]
    ml = MANDATE.get(lang, MANDATE["en"])
    f = fl(c)
    used = set()
    p = person(R, c, used)
    own = R.choice(FIRMS[c])
    cid = c + "%02d" % R.randint(10, 98) + "ZZZ" + digits(R, 11 if c == "DE" else 8)
    parts = [ml[0], " — ", own[0], "\n", ml[2], ": ", N(cid, "creditor_id"), " · ", ml[3], ": ", N("ABO-%d-%05d" % (R.randint(2025, 2026), R.randint(0, 99999)), "mandate_ref"), "\n\n",
             ml[1], " ", own[0], " …\n\n", ml[4], ": ", L("person", p.name()), "\n", f["address"], ": ", home_ml(R, c) if R.random() < 0.4 else home(R, c), "\n", f["iban"], ": ", iban(R, c), "\n",
             f["email"], ": ", email_priv(R, p), "\n"]
    d = birth(R)
    if R.random() < 0.4:
        parts += [f["dob"], ": ", L("dob", dob_text(R, d, c)), "\n"]
    if c in ("IT", "ES", "PT", "GR") and R.random() < 0.7:
        g = gov_id(R, p, d)
        parts += [g[0], ": ", g[1], "\n"]
    parts += ["Plan: ", R.choice(["Pro monthly", "Team annual", "Starter"]), " · ", N(amount(R, 9, 99, "€", "de"), "amount"), "\n", f["date"], ": ", N(day(R, fmt="%d.%m.%Y"), "signature_date"), "\n"]
    return "form", lang, wrap(R, req(R, "check", lang), parts, lang)


# ====================================================================== clean-only templates
SAMPLE = {"en": ("John Doe", "jane.doe@example.com", "(555) 555-0123"), "de": ("Max Mustermann", "max.mustermann@example.de", "+49 30 123456789"),
          "fr": ("Jean Dupont", "jean.dupont@example.fr", "01 23 45 67 89"), "es": ("Fulano de Tal", "fulano@example.es", "600 000 000"),
          "it": ("Mario Rossi", "mario.rossi@example.it", "333 000 0000"), "nl": ("Jan Jansen", "jan@example.nl", "06-00000000"),
          "pt": ("Fulano da Silva", "fulano@example.com.br", "(11) 90000-0000"), "pl": ("Jan Kowalski", "jan.kowalski@example.pl", "500 000 000"),
          "ja": ("山田 太郎", "taro.yamada@example.jp", "090-0000-0000"), "ko": ("홍길동", "hong@example.kr", "010-0000-0000"),
          "zh": ("张三", "zhangsan@example.cn", "138 0000 0000"), "sv": ("Sven Svensson", "sven@example.se", "070-000 00 00"),
          "tr": ("Ahmet Yılmaz", "ahmet@example.com.tr", "0500 000 00 00"), "ru": ("Иванов Иван Иванович", "ivanov@example.ru", "+7 900 000-00-00")}
MERGE = ["{{first_name}}", "{{ contact.firstname }}", "*|FNAME|*", "%FIRSTNAME%", "{FirstName}", "[[name]]", "{{company}}", "*|COMPANY|*"]
CLEAN_REQ = {"en": "Can you make this template punchier? Keep the merge tags.", "de": "Kannst du die Vorlage knackiger machen? Platzhalter bitte lassen.",
             "fr": "Tu peux rendre ce modèle plus percutant ? Garde les balises.", "es": "¿Puedes hacer la plantilla más directa? Deja las variables.",
             "it": "Puoi rendere il modello più incisivo? Lascia i segnaposto.", "nl": "Kun je dit sjabloon pakkender maken? Laat de tags staan.",
             "pt": "Consegues deixar este modelo mais direto? Mantém as tags.", "pl": "Możesz zrobić ten szablon bardziej zwięzły? Zostaw znaczniki.",
             "ja": "このテンプレートをもっと簡潔にしてください。差し込みタグはそのままで。", "ko": "이 템플릿 더 임팩트 있게 바꿔줘. 머지 태그는 유지.",
             "zh": "帮我把这个模板改得更有冲击力，变量别动。", "sv": "Kan du göra mallen vassare? Behåll taggarna.", "tr": "Bu şablonu daha etkili yapar mısın? Etiketleri koru.",
             "ru": "Сделай шаблон поживее, переменные не трогай."}


@ctpl(25)
def c_merge_template(R, c):
    lang = R.choice(sorted(SAMPLE))
    nm, em, ph = SAMPLE[lang]
    m1, m2 = R.sample(MERGE, 2)
    dom = R.choice(OWN)[1]
    body = ["Subject: ", m1, ", a quick idea for ", m2, "\n\n", "Hi ", m1, ",\n\n", "We noticed ", m2, " is growing fast. Book a slot: ",
            N("https://%s/demo?%s" % (dom, utm(R, camp_id(R)).text), "utm"), "\n\n", "Preview contact: ", N(nm, "sample_name"), " <", N(em, "example_email"), ">, ", N(ph, "sample_phone"), "\n",
            "Reply-to: ", role_mail(R, lang, dom), " · ", N("{{unsubscribe_url}}", "merge_field"), "\n"]
    return "template", lang, wrap(R, CLEAN_REQ[lang], body, lang)


@ctpl(25)
def c_campaign_report(R, c):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja", "ko", "zh", "sv", "tr", "cs"])
    rows = ["campaign_id,channel,sent,delivered,open_rate,ctr,cost,utm_campaign,top_hashed_email\n"]
    for i in range(R.randint(3, 5)):
        cid = camp_id(R)
        sent = R.randint(2000, 90000)
        rows += [N(cid, "campaign_id"), ",", R.choice(["email", "linkedin", "meta", "google"]), ",", str(sent), ",", str(int(sent * R.uniform(0.9, 0.99))), ",",
                 "%.1f%%" % R.uniform(12, 48), ",", "%.2f%%" % R.uniform(0.4, 6), ",", N("%d.%02d" % (R.randint(100, 9000), R.randint(0, 99)), "amount"), ",",
                 N(cid.lower().replace("-", "_"), "utm"), ",", N(sha256_of("x%d@example.org" % R.randint(1, 999)), "hashed_email"), "\n"]
    rows += ["pixel: ", pixel_id(R), " · ", ga_id(R), "\n"]
    return "csv", lang, wrap(R, req(R, "summary", lang), rows, lang)


@ctpl(25)
def c_price_list(R, c):
    c = R.choice(sorted(FIRMS))
    lang = COUNTRY_LANG[c]
    firm = R.choice(FIRMS[c])
    out = [firm[0], " — ", {"de": "Preisliste 2027", "fr": "Tarifs 2027", "es": "Tarifa 2027", "it": "Listino prezzi 2027", "nl": "Prijslijst 2027", "pt": "Tabela de preços 2027",
                                 "pl": "Cennik 2027", "sv": "Prislista 2027", "cs": "Ceník 2027", "tr": "2027 Fiyat Listesi", "ja": "2027年 価格表", "ko": "2027 가격표",
                                 "zh": "2027年价目表", "ru": "Прайс-лист 2027"}.get(lang, "Price list 2027"), " (", quote_no(R), ")\n"]
    for sku, desc, price in R.sample(SKUS, 4):
        out += [N(sku, "sku"), "\t", desc, "\t", N("%.2f" % price, "price"), "\t", R.choice(["-5% from 100", "-10% from 500", "net 30", "—"]), "\n"]
    out += ["\n", N(firm[2], "org_address"), " · ", N(firm[3], "company_id"), " · DUNS ", duns(R), "\n", "Tel. ", switchboard(R, c), " · ", role_mail(R, lang, firm[1]), "\n"]
    return "price_list", lang, wrap(R, req(R, "check", lang), out, lang)


EXECS = {"en": ["What was Steve Jobs's view on focus groups?", "Summarise David Ogilvy's rules for headlines.", "Did Marc Benioff really run the 'No Software' campaign himself?",
                "What does Seth Godin mean by 'purple cow'?", "Philip Kotler's 4Ps vs. 7Ps: which should a SaaS start-up use?", "How did Howard Schultz pitch Starbucks to investors?"],
         "de": ["Was hat Reinhold Würth über den Außendienst gesagt?", "Wie hat Dietrich Mateschitz Red Bull ohne klassische Werbung groß gemacht?",
                "Welche Vertriebsregeln hatte Adolf Dassler bei Adidas?", "Stimmt es, dass Claus Hipp jede Werbung selbst abnimmt?"],
         "fr": ["Quelle était la stratégie de Bernard Arnault pour les marques de luxe ?", "Xavier Niel a-t-il vraiment cassé les prix avec Free ?",
                "Comment Coco Chanel a-t-elle lancé le N° 5 ?", "Que disait Marcel Bleustein-Blanchet sur la publicité ?"],
         "es": ["¿Cómo construyó Amancio Ortega la marca Zara sin publicidad?", "¿Qué decía Carlos Slim sobre las ventas?",
                "¿Cómo convenció Isak Andic a los franquiciados de Mango?", "¿Qué aprendió Ana Botín de su padre sobre clientes?"],
         "it": ["Come ha costruito Giorgio Armani il suo marchio?", "Cosa ha insegnato Adriano Olivetti sul marketing?",
                "Come ha lanciato Michele Ferrero la Nutella?", "Che cosa diceva Enzo Ferrari dei clienti?"],
         "ja": ["松下幸之助の「水道哲学」を営業にどう活かせますか？", "稲盛和夫のアメーバ経営を簡単に説明してください。", "柳井正はユニクロの広告で何を重視した？", "孫正義のプレゼン術の特徴は？"],
         "ko": ["이건희의 '신경영 선언'은 영업에 어떤 의미였어?", "정주영 회장의 영업 일화 알려줘.", "구인회 창업주는 럭키치약을 어떻게 팔았어?"],
         "zh": ["马云早期是怎么做地推的？", "任正非说的“以客户为中心”具体指什么？", "雷军的小米饥饿营销是怎么回事？", "董明珠为什么自己给格力代言？"],
         "pt": ["Como o Jorge Paulo Lemann pensa sobre cultura de vendas?", "O que a Luiza Trajano fez para o Magalu vender online?", "Como Belmiro de Azevedo montou o Continente?"],
         "sv": ["Hur byggde Ingvar Kamprad IKEA:s katalogmarknadsföring?", "Vad sa Erling Persson om butiksläge?", "Hur marknadsförde Daniel Ek Spotify tidigt?"],
         "nl": ["Hoe zette Freddy Heineken zijn merk internationaal neer?", "Wat deed Anton Dreesmann anders in de V&D-reclame?", "Hoe verkocht Albert Heijn zijn eerste huismerk?"],
         "tr": ["Vehbi Koç'un satış anlayışını özetler misin?", "Sakıp Sabancı müşteriler hakkında ne derdi?", "Ali Sami Yen'in Galatasaray markasına etkisi neydi?"],
         "ru": ["Как Олег Тиньков продвигал свой банк без отделений?", "Что Аркадий Волож говорил о рекламе Яндекса?", "Как Евгений Касперский выводил бренд за рубеж?"],
         "hi": ["धीरूभाई अंबानी की सेल्स रणनीति क्या थी?", "रतन टाटा ने नैनो की मार्केटिंग कैसे की?", "नारायण मूर्ति ग्राहकों के बारे में क्या कहते थे?"]}
CTX = {"en": "Background questions for our sales kickoff deck:", "de": "Hintergrundfragen für unser Sales-Kickoff:", "fr": "Questions de fond pour notre kickoff commercial :",
       "es": "Preguntas de contexto para el kickoff de ventas:", "it": "Domande di contesto per il kickoff commerciale:", "ja": "営業キックオフ資料の背景として質問です。",
       "ko": "세일즈 킥오프 자료에 넣을 배경 질문이야.", "zh": "销售启动会资料要用的背景问题：", "pt": "Perguntas de contexto para o kickoff de vendas:",
       "sv": "Bakgrundsfrågor till säljkickoffen:", "nl": "Achtergrondvragen voor de sales kick-off:", "tr": "Satış toplantısı sunumu için birkaç arka plan sorusu:",
       "ru": "Вопросы для фона к презентации на старте продаж:", "hi": "सेल्स किकऑफ़ डेक के लिए कुछ बैकग्राउंड सवाल:"}


@ctpl(25)
def c_exec_questions(R, c):
    lang = R.choice(sorted(EXECS))
    qs = EXECS[lang]
    qq = R.sample(qs, min(len(qs), R.randint(2, 3)))
    extra = {"en": "Keep it under 200 words, I need it for a slide.", "de": "Bitte kurz, ist für eine Folie.",
             "fr": "Fais court, c'est pour une slide.", "es": "Breve, es para una diapositiva.",
             "it": "Breve, mi serve per una slide.", "ja": "スライド用なので短めでお願いします。",
             "ko": "슬라이드용이라 짧게 부탁해.", "zh": "简短点，要放在幻灯片里。", "pt": "Curto, é para um slide.",
             "sv": "Kort, det ska in på en bild.", "nl": "Kort graag, het is voor een slide.",
             "tr": "Kısa olsun, sunum için.", "ru": "Коротко, это для слайда.", "hi": "छोटा रखना, स्लाइड के लिए है।"}
    sep = "\n- "
    return "question", lang, [CTX[lang], sep, sep.join(qq), N("", "public_figure"), "\n", extra[lang]]


@ctpl(25)
def c_pipeline_summary(R, c):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ja", "ko", "sv", "cs", "el", "tr"])
    out = ["Pipeline review — week ", str(R.randint(1, 52)), "\n", "deal | stage | amount | close | team\n"]
    for i in range(R.randint(4, 6)):
        out += [deal_id(R), " | ", R.choice(STAGES), " | ", N(amount(R, 5000, 400000, "€", "de"), "amount"), " | ", N(day(R, 2027), "close_date"), " | ",
                R.choice(["Team North", "Team DACH", "Inside Sales", "Enterprise", "SMB pod 2"]), "\n"]
    out += ["Forecast: commit ", N(amount(R, 100000, 900000, "€", "de"), "amount"), ", best case ", N(amount(R, 900000, 2000000, "€", "de"), "amount"), "\n", "Lead sources: ", lead_id(R), ", ", lead_id(R), " (partner)\n"]
    return "notes", lang, wrap(R, req(R, "summary", lang), out, lang)


NAW = {"en": ["Will the Q3 campaign go out before the trade fair?", "Mark the lead as unqualified if nobody answers twice.", "Grant the 10% discount only on annual plans.",
              "Bill the client after go-live, not before.", "Frank feedback from the pilot: onboarding is too long.", "Hope the new landing page lifts conversions.",
              "Rose gold packaging tested better than silver.", "Sandy beach visuals for the summer promo.", "Chase the overdue quotes on Friday.", "Dawn shift at the warehouse handles samples."],
       "de": ["Frank gesagt ist die Kampagne zu teuer.", "Ernst gemeint: Wir brauchen mehr Leads aus Bayern.", "Die Rose-Edition verkauft sich besser."],
       "fr": ["La Rose des ventes reste notre visuel phare.", "Pierre angulaire du plan : le salon de mars.", "Olivier en fleurs pour la campagne de printemps."],
       "es": ["Rosa palo para el packaging de verano.", "Pilar central del plan: el canal distribuidor.", "Consuelo es poco para el trimestre que llevamos."],
       "it": ["Rosa antico per la nuova linea.", "Speranza è che la fiera porti contatti.", "Fortunato il lancio di maggio."],
       "nl": ["Roos en Lelie zijn de namen van onze twee bundels.", "Frank en vrij: de korting was te hoog."],
       "pt": ["Rosa chá na embalagem nova.", "Graça ao canal de parceiros, batemos a meta."]}


@ctpl(25)
def c_name_as_word(R, c):
    lang = R.choice(sorted(NAW))
    s = R.sample(NAW[lang], min(len(NAW[lang]), R.randint(2, 4)))
    body = ["\n".join("- " + x for x in s), N("", "name_as_word"), "\n"]
    return "notes", lang, wrap(R, req(R, R.choice(["summary", "rewrite"]), lang), body, lang)


@ctpl(25)
def c_imprint(R, c):
    c = R.choice(sorted(FIRMS))
    lang = COUNTRY_LANG[c]
    firm = R.choice(FIRMS[c])
    out = [N(firm[0], "org"), "\n", N(firm[2], "org_address"), "\n", R.choice(["Tel.", "Phone", "Tél.", "Tel:"]), " ", switchboard(R, c), "\n",
           role_mail(R, lang, firm[1]), " · ", role_mail(R, lang, firm[1]), "\n", N(firm[3], "company_id"), " · DUNS ", duns(R), "\n",
           R.choice(["You are receiving this because you subscribed at ", "Sie erhalten diese E-Mail, weil Sie sich angemeldet haben: ", "Vous recevez cet e-mail car vous êtes inscrit : "]),
           N("https://%s/preferences?u={{contact.id}}" % firm[1], "merge_field"), "\n"]
    return "footer", lang, wrap(R, req(R, "gdpr", lang), out, lang)


@ctpl(25)
def c_tracking_snippet(R, c):
    lang = R.choice(sorted(COUNTRY_LANG.values()))
    out = ["<!-- Google Tag Manager -->\n<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','", gtm_id(R), "');</script>\n",
           "<script>fbq('init', '", pixel_id(R), "'); fbq('track', 'Lead');</script>\n", "<script>gtag('config', '", ga_id(R), "');</script>\n",
           "<script>hbspt.forms.create({portalId: '", N(str(R.randint(1000000, 49999999)), "portal_id"), "', formId: '", N(uuid4(R), "uuid"), "'});</script>\n",
           "// server: HUBSPOT_TOKEN=", N(R.choice(["YOUR_PRIVATE_APP_TOKEN", "${HUBSPOT_TOKEN}", "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"]), "placeholder"),
           "  allowlist ", N(doc_ip(R), "doc_ip"), "\n", "// stripe: ", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n"]
    return "code", lang, wrap(R, req(R, "error", lang), out, lang)


# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
RUN_RE = re.compile(r"\d(?:[ \-.\u00a0\u202f]?\d)*")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
ROLE_LOCALS = {x for v in ROLE.values() for x in v}
PARTICLE_OK = PARTICLES | {"el"}


def _mask(text, spans):
    t = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            if t[i] != "\n":
                t[i] = " "
    return "".join(t)


def label_ok(sp):
    v, ty, sub = sp["value"], sp["type"], sp.get("sub")
    if ty == "gov_id":
        return GOV_OK[sub](v)
    if ty == "iban":
        return iban_ok(v)
    if ty == "card":
        d = re.sub(r"\D", "", v)
        return 12 <= len(d) <= 19 and luhn_ok(d)
    if ty == "email":
        return EMAIL_RE.fullmatch(v) is not None and ".example" not in v and "@example." not in v
    if ty == "ip":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if ty == "phone":
        return "region" in sp
    return True


def name_words(spans):
    out = set()
    for sp in spans:
        if sp["type"] != "person":
            continue
        for w in re.split(r"[\s\-]+", sp["value"]):
            if w and w.lower() not in PARTICLE_OK:
                out.add(w)
    return out


def violations(rec, labelled):
    """The first rule the record breaks, or None."""
    t, spans = rec["text"], rec["spans"]
    try:
        check_record(rec)
    except AssertionError:
        return "label not exactly its text"
    if not (120 <= len(t) <= 2500):
        return "length"
    if labelled and not spans:
        return "labelled without labels"
    if not labelled and spans:
        return "clean with labels"
    for sp in spans:
        if not label_ok(sp):
            return "bad %s label" % sp["type"]
    m = _mask(t, spans)
    for e in EMAIL_RE.finditer(m):
        loc, dom = e.group(0).split("@", 1)
        if loc.lower() in ROLE_LOCALS or dom.lower().startswith("example.") or ".example" in dom.lower() or "example." in dom.lower():
            continue
        return "e-mail outside labels"
    for ip in IPV4_RE.finditer(m):
        if all(int(x) <= 255 for x in ip.groups()):
            if ipaddress.ip_address(ip.group(0)).is_global:
                return "global IPv4 outside labels"
    for r in RUN_RE.finditer(m):
        d = re.sub(r"\D", "", r.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return "Luhn-valid run outside labels"
        for seg in re.findall(r"\d+", r.group(0)):
            if 13 <= len(seg) <= 19 and luhn_ok(seg):
                return "Luhn-valid run outside labels"
    for ib in IBAN_RE.finditer(m):
        s = ib.group(0).replace(" ", "")
        for ln in range(15, min(len(s), 34) + 1):
            if iban_ok(s[:ln]) and ({"EG": 29, "IL": 23}.get(s[:2]) or IBAN_LEN.get(s[:2])) == ln:
                return "valid IBAN outside labels"
    for w in name_words(spans):
        if _is_cjk(w):
            mn = 4 if any("\u0e00" <= ch <= "\u0e7f" for ch in w) else 2   # Thai: vowel marks are code points
            subs = {w[i:j] for i in range(len(w)) for j in range(i + mn, len(w) + 1)}
            if any(s_ in m for s_ in subs):
                return "name word outside labels"
        else:
            if len(w) >= 2 and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", m, re.I):
                return "name word outside labels"
    return None


# ====================================================================== generation

def candidates(name, count, fn, countries):
    out = []
    for i in range(3 * count + 6):
        R = random.Random("%d:%s:%d" % (SEED, name, i))
        c = countries[i % len(countries)] if countries else None
        form, lang, parts = fn(R, c)
        out.append(build("tmp", form, lang, parts))
    return out


def generate(report=None):
    """Returns (records, drops, per-template kept counts)."""
    pools = []
    for name, count, fn, countries in TEMPLATES:
        pools.append((name, count, True, candidates(name, count, fn, countries)))
    for name, count, fn, _ in CLEAN:
        pools.append((name, count, False, candidates(name, count, fn, None)))
    phones = []
    for _, _, _, cands in pools:
        for r in cands:
            for sp in r["spans"]:
                if sp["type"] == "phone":
                    phones.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    bad = pv_check(sorted(set(phones)))
    badset = set()
    if bad is not None:
        for ln in bad:
            f = ln.split("\t")
            badset.add((f[1], f[2]))
    drops = Counter()
    kept_by = {}
    seen = set()
    labelled, clean = [], []
    for name, count, is_lab, cands in pools:
        k = []
        for r in cands:
            if len(k) == count:
                break
            v = violations(r, is_lab)
            if v is None and any(sp["type"] == "phone" and (sp["value"], sp["region"]) in badset for sp in r["spans"]):
                v = "phone rejected by pv"
            if v is None and r["text"] in seen:
                v = "repeated text"
            if v:
                drops[(name, v)] += 1
                continue
            seen.add(r["text"])
            k.append(r)
        assert len(k) == count, (name, len(k), count)
        kept_by[name] = k
        (labelled if is_lab else clean).extend(k)
    recs = labelled + clean
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        rr = {"id": "%s%05d" % (PREFIX, i)}
        rr.update({k: v for k, v in r.items() if k != "id"})
        out.append(rr)
    return out, drops, kept_by, bad


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs, kept_by=None):
    ty, sub, lang, form, negs = Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        lang[r["lang"]] += 1
        form[r["form"]] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            sub[(sp["type"], sp.get("sub"))] += 1
        for n in r.get("neg", []):
            negs[n] += 1
    clean = sum(1 for r in recs if not r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), clean, sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("langs (%d):" % len(lang), ", ".join("%s %d" % kv for kv in lang.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in form.most_common()))
    print("subs:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(sub.items(), key=lambda x: (x[0][0], -x[1]))))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length %d..%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    ml = sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])
    pl = sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp)
    print("labels across line breaks %d, phones of another country %d, distinct phones %d" % (
        ml, pl, len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "phone"})))
    if kept_by:
        for name, k in kept_by.items():
            c = Counter(sp["type"] for r in k for sp in r["spans"])
            print("  %-20s %3d  %s" % (name, len(k), ", ".join("%s %d" % kv for kv in c.most_common())))


def check_file():
    with open(OUT, "rb") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.decode("utf-8").splitlines()]
    ok = True
    n_lab = sum(1 for r in recs if r["spans"])
    if len(recs) != 800 or n_lab != 600:
        print("FAIL: counts %d/%d" % (len(recs), n_lab))
        ok = False
    for i, r in enumerate(recs):
        if r["id"] != "%s%05d" % (PREFIX, i):
            print("FAIL: id", r["id"])
            ok = False
        v = violations(r, bool(r["spans"]))
        if v:
            print("FAIL:", r["id"], v)
            ok = False
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        print("FAIL: repeated text")
        ok = False
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", sp["region"])) for r in recs for sp in r["spans"] if sp["type"] == "phone"})
    bad = pv_check(phones)
    if bad is None:
        print("WARN: /tmp/pv/pv missing, phones not re-verified")
    elif bad:
        print("FAIL: pv rejects %d phones" % len(bad))
        ok = False
    checks = Counter(sp["type"] for r in recs for sp in r["spans"] if sp["type"] in ("card", "iban", "gov_id", "email", "ip"))
    regen, _, _, _ = generate()
    if dump(regen).encode("utf-8") != data:
        print("FAIL: regenerating does not give the file byte for byte")
        ok = False
    print("checked %d records (%d labelled, %d clean); re-verified %s; %d phones valid per pv; regenerated byte for byte: %s" % (
        len(recs), n_lab, len(recs) - n_lab, ", ".join("%s %d" % kv for kv in sorted(checks.items())), len(phones) - len(bad or []), "yes" if ok else "NO"))
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check_file() else 1)
    recs, drops, kept_by, bad = generate()
    if "--stats" in sys.argv:
        stats(recs, kept_by)
        print("dropped:", sum(drops.values()))
        for (name, v), n in sorted(drops.items()):
            print("  %s: %s %d" % (name, v, n))
        if bad:
            print("pv rejected:", len(bad))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dump(recs))
    for r in recs:
        check_record(r)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
