#!/usr/bin/python3
"""Generates corpus.jsonl: labelled support-chat lines for the redaction
quality test (tests/unit/test_redact.c). Deterministic (fixed seed).

    /usr/bin/python3 examples/pii-corpus/gen.py            # rewrite corpus.jsonl
    /usr/bin/python3 examples/pii-corpus/gen.py --check    # verify the committed file

Every generated card passes Luhn, every IBAN passes mod-97 with its country's
length, every SSN has a valid area/group/serial; --check re-verifies that on
the file, and that each labelled value occurs in its line."""
import json
import os
import random
import sys

R = random.Random(4711)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus.jsonl")


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return R.choice("123456789") + d(n - 1)


# ---------------------------------------------------------------- validators
def luhn_ok(digits):
    s, dbl = 0, False
    for ch in reversed(digits):
        v = int(ch)
        if dbl:
            v *= 2
            if v > 9:
                v -= 9
        s += v
        dbl = not dbl
    return s % 10 == 0


def luhn_complete(prefix_and_body):
    for c in "0123456789":
        if luhn_ok(prefix_and_body + c):
            return prefix_and_body + c
    raise AssertionError


def iban_mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16,
            "AT": 20, "CH": 21, "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
            "IE": 22, "PT": 25, "LU": 20, "CZ": 24, "HU": 28, "RO": 24, "GR": 27,
            "HR": 21, "SI": 19, "SK": 24, "LT": 20, "LV": 21, "EE": 20, "MT": 31,
            "CY": 28, "BG": 22, "TR": 26, "SA": 24, "AE": 23, "BR": 29, "IL": 23}
# BBAN layout per country: 'n' digit, 'a' upper letter, 'c' alnum
IBAN_BBAN = {"DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn",
             "NL": "aaaa" + "n" * 10, "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12,
             "BE": "n" * 12, "AT": "n" * 16, "CH": "n" * 5 + "c" * 12, "PL": "n" * 24,
             "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14, "FI": "n" * 14,
             "IE": "aaaa" + "n" * 14, "PT": "n" * 21, "LU": "nnn" + "c" * 13,
             "CZ": "n" * 20, "HU": "n" * 24, "RO": "aaaa" + "c" * 16, "GR": "n" * 7 + "c" * 16,
             "HR": "n" * 17, "SI": "n" * 15, "SK": "n" * 20, "LT": "n" * 16,
             "LV": "aaaa" + "c" * 13, "EE": "n" * 16, "MT": "aaaa" + "n" * 5 + "c" * 18,
             "CY": "n" * 8 + "c" * 16, "BG": "aaaa" + "n" * 6 + "c" * 8, "TR": "n" * 5 + "0" + "c" * 16,
             "SA": "nn" + "c" * 18, "AE": "n" * 19, "BR": "n" * 23 + "a" + "c", "IL": "n" * 19}


def ssn_ok(s):
    a, g, n = s.split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ---------------------------------------------------------------- generators
FIRST = ["john", "jane", "maria", "ahmed", "li", "olga", "pierre", "sven", "anna",
         "kenji", "fatima", "lucas", "emma", "noah", "zoe", "raj", "ines", "tomasz",
         "chloe", "mateo", "aisha", "yuki", "hans", "sofia", "liam", "priya"]
LAST = ["smith", "doe", "garcia", "mueller", "dupont", "rossi", "nakamura", "kowalski",
        "oconnor", "silva", "jensen", "ivanova", "haddad", "chen", "novak", "brown",
        "schmidt", "martin", "lopez", "wilson", "khan", "berg"]
DOMAINS = ["example.com", "example.org", "mail.example.net", "corp.example.co.uk",
           "gmail.com", "outlook.com", "yahoo.fr", "web.de", "protonmail.ch",
           "uni-example.edu", "example-shop.de", "post.example.it", "sub.mail.example.io",
           "icloud.com", "company.example.com.au", "gmx.net"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(9)
    local = [f + "." + l, f + l, f[0] + l, f + "_" + l, f + "." + l + d(2),
             f + "+support", l + "-" + f, f.capitalize() + "." + l.capitalize(),
             f + d(4)][style]
    dom = R.choice(DOMAINS)
    if R.random() < 0.1:
        dom = dom.upper()
    return local + "@" + dom


def card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex",
                     "disc", "disc65", "jcb", "diners", "diners36", "unionpay", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + d(14))
    elif kind == "mc":
        n = luhn_complete(str(R.randint(51, 55)) + d(13))
    elif kind == "mc2":
        n = luhn_complete(str(R.randint(2221, 2720)) + d(11))
    elif kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]) + d(12))
    elif kind == "disc":
        n = luhn_complete("6011" + d(11))
    elif kind == "disc65":
        n = luhn_complete("65" + d(13))
    elif kind == "jcb":
        n = luhn_complete(str(R.randint(3528, 3589)) + d(11))
    elif kind == "diners":
        n = luhn_complete("30" + str(R.randint(0, 5)) + d(10))
    elif kind == "diners36":
        n = luhn_complete("36" + d(11))
    elif kind == "unionpay":
        n = luhn_complete("62" + d(13 + R.choice([0, 0, 3])))
    else:
        n = luhn_complete(R.choice(["50", "56", "57", "58", "67"]) + d(15))
    assert luhn_ok(n)
    style = R.randrange(3)
    if len(n) == 15 and style:
        sep = " " if style == 1 else "-"
        return n[:4] + sep + n[4:10] + sep + n[10:]
    if len(n) == 14 and style:
        sep = " " if style == 1 else "-"
        return n[:4] + sep + n[4:10] + sep + n[10:]
    if style == 0:
        return n
    sep = " " if style == 1 else "-"
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def iban(cc=None):
    cc = cc or R.choice(list(IBAN_LEN))
    bban = ""
    for t in IBAN_BBAN[cc]:
        if t == "n":
            bban += d(1)
        elif t == "a":
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        elif t == "c":
            bban += R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        else:
            bban += t
    base = cc + "00" + bban
    chk = 98 - iban_mod97(base)
    s = cc + "%02d" % chk + bban
    assert len(s) == IBAN_LEN[cc] and iban_mod97(s) == 1, (cc, s)
    if R.random() < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ipv4():
    k = R.randrange(5)
    if k == 0:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def h4():
    return "%x" % R.randint(1, 0xffff)


def ipv6():
    k = R.randrange(7)
    if k == 0:
        return ":".join("%04x" % R.randint(0, 0xffff) for _ in range(8))
    if k == 1:
        return "2001:db8::" + h4()
    if k == 2:
        return "fe80::" + ":".join(h4() for _ in range(4))
    if k == 3:
        return "::1"
    if k == 4:
        return "::ffff:" + ipv4()
    if k == 5:
        return "2a02:%s:%s:%s::%s" % (h4(), h4(), h4(), h4())
    return ":".join(h4() for _ in range(8)).upper()


def ip():
    return ipv4() if R.random() < 0.6 else ipv6()


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        assert ssn_ok(s)
        return s


def us_num():
    return str(R.randint(2, 9)) + d(2), str(R.randint(2, 9)) + d(2), d(4)


def phone():
    k = R.randrange(34)
    a, e, n = us_num()
    forms = [
        lambda: "(%s) %s-%s" % (a, e, n),
        lambda: "%s-%s-%s" % (a, e, n),
        lambda: "%s.%s.%s" % (a, e, n),
        lambda: "%s %s %s" % (a, e, n),
        lambda: "1-800-%s-%s" % (e, n),
        lambda: "+1 %s %s %s" % (a, e, n),
        lambda: "+1-%s-%s-%s" % (a, e, n),
        lambda: "+1 (%s) %s-%s" % (a, e, n),
        lambda: "020 %s %s" % (nz(4), d(4)),                 # UK London
        lambda: "0161 %s %s" % (nz(3), d(4)),                # UK Manchester
        lambda: "07700 %s" % nz(6),                          # UK mobile
        lambda: "07%s %s %s" % (d(3), nz(3), d(3)),
        lambda: "+44 20 %s %s" % (nz(4), d(4)),
        lambda: "+44 (0)20 %s %s" % (nz(4), d(4)),
        lambda: "+44 7700 %s" % nz(6),
        lambda: "+447%s" % d(9),
        lambda: "030 %s" % nz(7),                           # DE Berlin
        lambda: "089/%s" % nz(R.choice([7, 8])),           # DE Munich
        lambda: "0221 %s" % nz(7),                           # DE Cologne
        lambda: "0151 %s" % nz(8),                           # DE mobile
        lambda: "+49 30 %s" % nz(R.choice([7, 8])),
        lambda: "+49 (0)30 %s" % nz(7),
        lambda: "+49 151 %s" % nz(8),
        lambda: "0%d %s %s %s %s" % (R.randint(1, 7), d(2), d(2), d(2), d(2)),  # FR
        lambda: "0%d.%s.%s.%s.%s" % (R.randint(1, 7), d(2), d(2), d(2), d(2)),
        lambda: "06%s" % d(8),
        lambda: "+33 %d %s %s %s %s" % (R.randint(1, 7), d(2), d(2), d(2), d(2)),
        lambda: "+33 (0)%d %s %s %s %s" % (R.randint(1, 7), d(2), d(2), d(2), d(2)),
        lambda: "0044 20 %s %s" % (nz(4), d(4)),
        lambda: R.choice(["+39 06 %s %s" % (nz(4), d(4)), "+34 91 %s %s %s" % (d(3), d(2), d(2)),
                          "+31 20 %s %s" % (nz(3), d(4)), "+41 44 %s %s %s" % (nz(3), d(2), d(2)),
                          "+43 1 %s" % nz(7), "+353 1 %s %s" % (nz(3), d(4))]),
        lambda: R.choice(["+91 98%s %s" % (d(3), d(5)), "+86 138 %s %s" % (d(4), d(4)),
                          "+81 3-%s-%s" % (d(4), d(4)), "+61 2 %s %s" % (nz(4), d(4)),
                          "+55 11 9%s-%s" % (d(4), d(4)), "+7 495 %s-%s-%s" % (nz(3), d(2), d(2))]),
        lambda: R.choice(["06 %s %s" % (nz(4), d(4)), "020-%s %s" % (nz(3), d(4)),
                          "044 %s %s %s" % (nz(3), d(2), d(2)), "(02) %s %s" % (nz(4), d(4))]),
        lambda: "(%s)%s-%s" % (a, e, n),
        lambda: "(020) %s %s" % (nz(4), d(4)),
    ]
    return forms[k]()


def iban_lower():
    return iban().lower()


GEN = {"email": email, "phone": phone, "card": card, "iban": iban, "ip": ip, "ssn": ssn,
       "iban_lower": iban_lower}
TYPES = ("email", "phone", "card", "iban", "ip", "ssn")

# ------------------------------------------------------------ positive lines
POS = [
    "Hi, I can't log in. My account email is {email}.",
    "please send the invoice to {email} instead of my old address",
    "Contact: {email} / {phone}",
    "You can reach me on {phone} between 9 and 5.",
    "My new number is {phone}, please update it.",
    "call me back at {phone} thanks",
    "The card ending in the digits below was charged twice: {card}",
    "I paid with {card} but the order still says pending",
    "card no {card} exp 08/27",
    "Refund to my bank please: IBAN {iban}",
    "IBAN: {iban} (account holder Jane Doe)",
    "can you wire it to {iban}? thx",
    "Our server at {ip} keeps getting blocked by your firewall",
    "I'm connecting from {ip} and get error 403",
    "whitelist {ip} please, ticket 4711",
    "My SSN is {ssn}, the form asked for it.",
    "SSN {ssn} - is it safe to send here?",
    "Forgot to mention my social: {ssn}",
    "mail {email} or call {phone}",
    "Hello! Email: {email}. Phone: {phone}.",
    "Payment from {card} failed on 2024-03-15, please retry",
    "Please change the payout account to {iban} from next month (invoice INV-2024-0042).",
    "login attempts from {ip} and {ip} at 10:20:30 UTC",
    "The VPN gives me {ip}; before it was {ip}.",
    "{email} is my work address, {email} the private one",
    "I'm {email}, ph {phone}, card {card}",
    "Tax form: SSN {ssn}, phone {phone}",
    "Order ORD-2024-000123: paid by {card}, receipt to {email}",
    "server log: client={ip} user={email} status=500",
    "my colleague ({email}) has the same problem on v2.3.1",
    "Dear support, please use {phone} or <{email}> for any questions.",
    "ping {ip} works but https://{ip}/ does not",
    "Direct debit from {iban}, mandate ref MNDT-2024-77",
    "Bankverbindung: {iban}",
    "Mon numéro : {phone}, merci de me rappeler.",
    "Meine Nummer ist {phone}, Rückruf bitte nach 14 Uhr.",
    "SSN: {ssn}; DOB 1985-04-12",
    "mailto:{email}",
    "Reply-To: {email}",
    "Hi it's me again, number {phone} (mobile)",
    "Charged 49.99 USD to {card} on 15.03.2024 - I didn't authorize that",
    "Use {iban} for the refund of EUR 1,234.56",
    "The API call from {ip}:8443 returned 401",
    "[{ip}]:443 refuses connections since update 1.4.2",
    "Customer {email} at {ip} with card {card}",
    "my details: {email}, {phone}, {iban}",
    "tel: {phone}",
    "Phone:{phone}",
    "Sorry wrong one, the right card is {card}.",
    "Social security number {ssn}.",
    "{phone}",
    "{email}",
    "{ip}",
]

# Harder positives written as literal lines: formats and contexts beyond the
# templates above. Slots in {} are still generated (valid checksums).
HARD_POS = [
    ("Tel.: +49 30 12345678", [("phone", "+49 30 12345678")]),
    ("Tel: +49-30-1234567, Fax: +49-30-1234568", [("phone", "+49-30-1234567"), ("phone", "+49-30-1234568")]),
    ("Zentrale +49 30/1234567", [("phone", "+49 30/1234567")]),
    ("0049 (0)30 1234567 ist die Hotline", [("phone", "0049 (0)30 1234567")]),
    ("ring +44 (20) 7946 0958 anytime", [("phone", "+44 (20) 7946 0958")]),
    ("my cell +1.555.123.4567", [("phone", "+1.555.123.4567")]),
    ("office (555)-123-4567", [("phone", "(555)-123-4567")]),
    ("555-123-4567 ext. 89 is my desk", [("phone", "555-123-4567")]),
    ("portable +33 6.12.34.56.78", [("phone", "+33 6.12.34.56.78")]),
    ("tel 06-12-34-56-78 le soir", [("phone", "06-12-34-56-78")]),
    ("phone: 07700900123", [("phone", "07700900123")]),
    ("Call 1 (800) 555-0199 for billing", [("phone", "1 (800) 555-0199")]),
    ("+44 7700 900 123 (mobile)", [("phone", "+44 7700 900 123")]),
    ("Sydney office +61 (0)2 9876 5432", [("phone", "+61 (0)2 9876 5432")]),
    ("Amsterdam +31 (0)20 123 4567", [("phone", "+31 (0)20 123 4567")]),
    ("Berlin: +49 (0) 30 1234567", [("phone", "+49 (0) 30 1234567")]),
    ("Dublin +353 (0)1 234 5678", [("phone", "+353 (0)1 234 5678")]),
    ("Zurich +41 44 668 18 00", [("phone", "+41 44 668 18 00")]),
    ("NY desk +1 212-555-0147", [("phone", "+1 212-555-0147")]),
    ("whatsapp +55 11 91234-5678", [("phone", "+55 11 91234-5678")]),
    ("HK +852 2123 4567, SG +65 6123 4567", [("phone", "+852 2123 4567"), ("phone", "+65 6123 4567")]),
    ("Dubai +971 4 123 4567", [("phone", "+971 4 123 4567")]),
    ("Lagos +234 803 123 4567", [("phone", "+234 803 123 4567")]),
    ("Cape Town +27 21 123 4567", [("phone", "+27 21 123 4567")]),
    ("Warsaw +48 22 123 45 67", [("phone", "+48 22 123 45 67")]),
    ("Stockholm +46 8 123 456 78", [("phone", "+46 8 123 456 78")]),
    ("Copenhagen +45 12 34 56 78", [("phone", "+45 12 34 56 78")]),
    ("Oslo +47 912 34 567", [("phone", "+47 912 34 567")]),
    ("Helsinki +358 9 1234 5678", [("phone", "+358 9 1234 5678")]),
    ("Athens +30 21 0123 4567", [("phone", "+30 21 0123 4567")]),
    ("Prague +420 212 345 678", [("phone", "+420 212 345 678")]),
    ("Budapest +36 1 234 5678", [("phone", "+36 1 234 5678")]),
    ("try 01632 960 001 instead", [("phone", "01632 960 001")]),
    ("(0161) 496 0000 is the branch", [("phone", "(0161) 496 0000")]),
    ("Handy 0171-1234567", [("phone", "0171-1234567")]),
    ("appelez le 04 12 34 56 78", [("phone", "04 12 34 56 78")]),
    ("AU mobile 0412 345 678, landline 02 1234 5678", [("phone", "0412 345 678"), ("phone", "02 1234 5678")]),
    ("bel 06-12345678 of 010-1234567", [("phone", "06-12345678"), ("phone", "010-1234567")]),
    ("(tel. 030 1234567)", [("phone", "030 1234567")]),
    ("o'connor@example.ie wrote to us", [("email", "o'connor@example.ie")]),
    ("john.doe@example.museum", [("email", "john.doe@example.museum")]),
    ("EMAIL: JOHN.DOE@EXAMPLE.COM", [("email", "JOHN.DOE@EXAMPLE.COM")]),
    ("Email:jane@example.com", [("email", "jane@example.com")]),
    ("cc jane@example.com;john@example.com", [("email", "jane@example.com"), ("email", "john@example.com")]),
    ("mailto:support+ticket-4711@help.example.com?subject=refund", [("email", "support+ticket-4711@help.example.com")]),
    ("name@my-company.co.uk is the billing contact", [("email", "name@my-company.co.uk")]),
    ("\"Jane Doe\" <jane.doe@example.org>", [("email", "jane.doe@example.org")]),
    ("open http://10.0.0.1/admin and http://192.168.0.10:8080/", [("ip", "10.0.0.1"), ("ip", "192.168.0.10")]),
    ("router (192.168.0.1), IP=172.16.0.5;", [("ip", "192.168.0.1"), ("ip", "172.16.0.5")]),
    ("static 192.168.001.010 is what the ISP wrote", [("ip", "192.168.001.010")]),
    ("v6 2001:db8:0:0:0:0:2:1 and 2001:DB8::8:800:200C:417A", [("ip", "2001:db8:0:0:0:0:2:1"), ("ip", "2001:DB8::8:800:200C:417A")]),
    ("multicast ff02::1 via fe80::1ff:fe23:4567:890a%eth2", [("ip", "ff02::1"), ("ip", "fe80::1ff:fe23:4567:890a")]),
    ("NAT64 prefix 64:ff9b::192.0.2.33", [("ip", "64:ff9b::192.0.2.33")]),
    ("SSN#{ssn}", None),
    ("ssn:{ssn}", None),
    ("social security no. {ssn}.", None),
    ("card:{card}", None),
    ("Visa {card} exp 12/25 cvv 123", None),
    ("card number: {card}.", None),
    ("IBAN:{iban}", None),
    ("Konto {iban} (Sparkasse)", None),
    ("iban lowercase {iban_lower} ok?", None),
]

# ------------------------------------------------------------ negative lines
def luhn_bad(n):
    while True:
        s = nz(n)
        if not luhn_ok(s):
            return s


def bad_iban():
    s = iban(R.choice(["DE", "GB", "FR", "NL", "ES"])).replace(" ", "")
    # corrupt one BBAN digit: mod-97 catches every single-digit change
    i = R.randrange(4, len(s))
    while not s[i].isdigit():
        i = R.randrange(4, len(s))
    s = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
    assert iban_mod97(s) != 1
    return s


def bad_card():
    while True:
        c = "4" + d(15)
        if not luhn_ok(c):
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def uuid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


HARD_NEG = [
    "Card: **** **** **** 1111 was declined",
    "the card ending in 4242 expired",
    "XXXX-XXXX-XXXX-1234 is what the receipt shows",
    "IBAN ending ...3000, is that mine?",
    "support is open 24/7, shop 9-5",
    "it's as easy as 1-2-3",
    "in an emergency call 112 or 911",
    "+3 points for speed, +100 votes, +1 for this",
    "alarms at 08:00 12:00 18:00 every day",
    "file size 1.048.576 bytes",
    "Betrag 1.234.567,89 EUR",
    "IP-Adresse 999.999.999.999 ist falsch",
    "mix ratio 1:2:3 by volume",
    "C++: a::b::c and ns::Type",
    "emoji :smile: :+1: :100:",
    "duration 12:34:56 total",
    "EAN 5901234123457 on the box",
    "token dGhpcyBpcyBhIHRlc3Q= expired",
    "ISIN US0378331005 and DE0005140008",
    "BIC DEUTDEFF500, VAT DE123456789",
    "tracking JD014600006281234567",
    "2024-03-15 10:20:30.123 +0100 INFO started",
    "20240315 102030 batch",
    "lat/long 48.858844, 2.294351",
    "schedule 2024-Q3, week 2024-W11",
    "scores 10-7, 21-18, 3-0",
    "versions 1.2, 1.2.3, 1.2.3-alpha.4, 10.0.1-beta",
    "SKU 12-3456-7890",
    "room 2.14, floor 3, desk 42",
    "page 123 of 456",
    # a freephone is a firm's number, no one's phone (stop 43; until then
    # a positive)
    "freephone 0800 123 456",
]

NEG = [
    lambda: "I'm on version v%d.%d.%d of the app" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)),
    lambda: "after updating to %d.%d.%d everything crashes" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)),
    lambda: "the installer says 10.0.1-beta, is that right?",
    lambda: "release 3.2.1-rc.1 fixed it, thanks",
    lambda: "Order ORD-%d-%06d hasn't shipped yet" % (R.randint(2019, 2025), R.randint(1, 999999)),
    lambda: "Invoice INV-%d-%05d shows the wrong amount" % (R.randint(2019, 2025), R.randint(1, 99999)),
    lambda: "It happened on %d-%02d-%02d around lunch" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)),
    lambda: "expected delivery %02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025)),
    lambda: "the log says %d-%02d-%02dT%02d:%02d:%02dZ ERROR timeout" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
    lambda: "it froze at %02d:%02d:%02d and again at %02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 23), R.randint(0, 59)),
    lambda: "I was charged $%s,%03d,%03d.%02d?!" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99)),
    lambda: "the total was %d,%03d.%02d EUR" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
    lambda: "price went from $%d.99 to $%d.99" % (R.randint(1, 99), R.randint(100, 999)),
    lambda: "costs %d.%03d,%02d € incl. VAT" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
    lambda: "request id %s" % uuid(),
    lambda: "trace %s failed" % uuid().upper(),
    lambda: "commit %s broke the build" % hexs(40),
    lambda: "sha256: %s" % hexs(64),
    lambda: "md5 %s matches" % hexs(32),
    lambda: "ISBN 978-%d-%02d-%06d-%d" % (R.randint(0, 9), R.randint(10, 99), R.randint(0, 999999), R.randint(0, 9)),
    lambda: "the book (ISBN 0-%03d-%05d-%d) never arrived" % (R.randint(100, 999), R.randint(0, 99999), R.randint(0, 9)),
    lambda: "ISBN %s" % ("978" + d(10)),
    lambda: "my customer id is %s" % luhn_bad(R.choice([12, 13, 14, 16, 18])),
    lambda: "reference number %s, please check" % luhn_bad(R.choice([13, 15, 16, 19])),
    lambda: "account %s shows a negative balance" % luhn_bad(R.choice([10, 11, 12])),
    lambda: "tracking 1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), d(10)),
    lambda: "DHL tracking JD%s" % d(18),
    lambda: "the card I typed was %s but it got rejected (typo)" % bad_card(),
    lambda: "is %s a valid IBAN? the bank says no" % bad_iban(),
    lambda: "ticket #%d was closed without answer" % R.randint(1000, 99999),
    lambda: "case %08d still open" % R.randint(1, 99999999),
    lambda: "build %d.%d fails on Windows 10.0.%d.%d" % (R.randint(1000, 30000), R.randint(1, 3000), R.randint(19041, 22631), R.randint(1000, 4000)),
    lambda: "Chrome %d.0.%d.%d shows a blank page" % (R.randint(100, 125), R.randint(5000, 6500), R.randint(1, 250)),
    lambda: "MAC address %s" % ":".join("%02X" % R.randint(0, 255) for _ in range(6)),
    lambda: "error 0x%08X when installing" % R.randint(0, 0xffffffff),
    lambda: "HTTP %d on /api/v%d/orders/%d" % (R.choice([400, 401, 403, 404, 500, 502, 503]), R.randint(1, 3), R.randint(1, 99999)),
    lambda: "postcode %s" % R.choice(["SW1A 1AA", "10115 Berlin", "75008 Paris", "90210", "EC1A 1BB", "1010 Wien"]),
    lambda: "coordinates %d.%04d, %d.%04d" % (R.randint(-89, 89), R.randint(0, 9999), R.randint(-179, 179), R.randint(0, 9999)),
    lambda: "delivery window %d:00-%d:00" % (R.randint(7, 11), R.randint(12, 20)),
    lambda: "it says 'license key %s-%s-%s-%s-%s' is invalid" % tuple("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(5)),
    lambda: "serial SN %s%s%s" % (d(1), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), d(7)),
    lambda: "I waited %d minutes on hold and got %d%% battery left" % (R.randint(5, 120), R.randint(1, 99)),
    lambda: "we have %d users and %d,%03d requests per day" % (R.randint(2, 999), R.randint(1, 999), R.randint(0, 999)),
    lambda: "dates %02d/%02d/%d and %02d/%02d/%d both fail" % (R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2025), R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025)),
    lambda: "run %d-%02d-%02d %02d:%02d:%02d.%03d took %d ms" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), R.randint(1, 99999)),
    lambda: "subscription from %d-%d" % (R.randint(2015, 2020), R.randint(2021, 2026)),
    lambda: "model XPS-%d, part no. %d-%04d-%03d" % (R.randint(9000, 9999), R.randint(10, 99), R.randint(0, 9999), R.randint(0, 999)),
    lambda: "EAN %s" % ("40" + d(11)),
    lambda: "2FA code %06d didn't work" % R.randint(0, 999999),
    lambda: "PIN reset to %04d?" % R.randint(0, 9999),
    lambda: "SSN-like but invalid: %s" % R.choice(["000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)), "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)), "9%02d-%02d-%04d" % (R.randint(0, 99), R.randint(1, 99), R.randint(1, 9999)), "%03d-00-%04d" % (R.randint(1, 665), R.randint(1, 9999)), "%03d-%02d-0000" % (R.randint(1, 665), R.randint(1, 99))]),
    lambda: "IP %d.%d.%d.%d is not even valid" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
    lambda: "the docs mention 1.2.3.4.5 as an example version",
    lambda: "std::vector<int>::iterator crashes in Foo::bar()",
    lambda: "meeting at %d:%02d, room %d.%02d" % (R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(1, 5), R.randint(1, 40)),
    lambda: "use icon@2x.png and logo@3x.png for retina",
    lambda: "npm install react@%d.%d.%d fails" % (R.randint(16, 18), R.randint(0, 3), R.randint(0, 9)),
    lambda: "the @channel mention and @%s didn't notify anyone" % R.choice(FIRST),
    lambda: "file IMG_%d%02d%02d_%06d.jpg is corrupt" % (R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 235959)),
    lambda: "batch %s-%s-%s" % (d(4), d(2), d(2)),
    lambda: "amount 1 234 567,%02d € booked on %02d.%02d." % (R.randint(0, 99), R.randint(1, 28), R.randint(1, 12)),
    lambda: "port %d and %d are open, range 8000-9000" % (R.randint(1, 1024), R.randint(1025, 65535)),
    lambda: "timestamp %d in ms: %d" % (R.randint(1600000000, 1800000000), R.randint(1600000000000, 1800000000000)),
    lambda: "AWS account %s, instance i-%s" % (d(12), hexs(17)),
    lambda: "Thanks a lot, that fixed it!",
    lambda: "Can you explain the difference between the basic and pro plan?",
    lambda: "I want to cancel my subscription at the end of the month.",
    lambda: "The app keeps logging me out after %d minutes." % R.randint(2, 60),
    lambda: "score %d-%d, level %d, %d/%d stars" % (R.randint(0, 9), R.randint(0, 9), R.randint(1, 99), R.randint(0, 5), 5),
    lambda: "version 2024.%02d.%02d.%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)),
    lambda: "it's 10:20:30 now and the job from 09:15 still runs",
    lambda: "the loop runs %d times, %d.%d%% CPU" % (R.randint(1, 10000), R.randint(0, 99), R.randint(0, 9)),
    lambda: "CVE-%d-%d is it patched?" % (R.randint(2019, 2025), R.randint(1000, 50000)),
    lambda: "RFC %d section %d.%d.%d" % (R.randint(791, 9999), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9)),
]


def fill(tpl):
    pii = []
    out = ""
    i = 0
    while True:
        j = tpl.find("{", i)
        if j < 0:
            out += tpl[i:]
            break
        k = tpl.index("}", j)
        t = tpl[j + 1:k]
        v = GEN[t]()
        pii.append({"type": t.replace("_lower", ""), "value": v})
        out += tpl[i:j] + v
        i = k + 1
    return out, pii


def main():
    lines = []
    # every positive template with several fillings, then per-type drills
    for _ in range(4):
        for tpl in POS:
            lines.append(fill(tpl))
    for t in TYPES:
        for _ in range(22 if t != "phone" else 60):
            lines.append(fill(R.choice(["{%s}" % t, "see: {%s}" % t, "{%s} ok?" % t,
                                        "x {%s}, y" % t, "(%s)" % ("{" + t + "}")])))
    for _ in range(3):
        for g in NEG:
            lines.append((g(), []))
    for text, labels in HARD_POS:
        if labels is None:
            for _ in range(3):
                lines.append(fill(text))
        else:
            lines.append((text, [{"type": t, "value": v} for t, v in labels]))
    for text in HARD_NEG:
        lines.append((text, []))
    R.shuffle(lines)
    # nobody's addresses are no labels: the loopback (::1) and a multicast
    # group (ff02::1) stay in the text as lookalikes
    lines = [(t, [p for p in pii if not (p["type"] == "ip" and p["value"] in ("::1", "ff02::1"))])
             for t, pii in lines]
    with open(OUT, "w") as f:
        for text, pii in lines:
            f.write(json.dumps({"text": text, "pii": pii}, ensure_ascii=False) + "\n")
    print("wrote %d lines (%d without PII) to %s" % (len(lines), sum(1 for _, p in lines if not p), OUT))


def check():
    n = neg = 0
    with open(OUT) as f:
        for ln, line in enumerate(f, 1):
            o = json.loads(line)
            n += 1
            neg += not o["pii"]
            for p in o["pii"]:
                v = p["value"]
                assert v in o["text"], (ln, v)
                if p["type"] == "card":
                    dg = "".join(c for c in v if c.isdigit())
                    assert luhn_ok(dg) and 13 <= len(dg) <= 19, (ln, v)
                elif p["type"] == "iban":
                    c = v.replace(" ", "").upper()
                    assert iban_mod97(c) == 1, (ln, v)
                    assert IBAN_LEN.get(c[:2], len(c)) == len(c), (ln, v)
                elif p["type"] == "ssn":
                    assert ssn_ok(v), (ln, v)
                assert p["type"] in TYPES, (ln, p)
    assert n >= 500 and neg >= 150, (n, neg)
    print("ok: %d lines, %d without PII; every card passes Luhn, every IBAN mod-97" % (n, neg))


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        check()
    else:
        main()
        check()
