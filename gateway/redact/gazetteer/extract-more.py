#!/usr/bin/python3
"""Makes more_given.txt and more_surnames.txt from two more fake-data
libraries, as Debian ships them (see extract-more.sh, which fetches and
checks the packages and the word lists, then runs this):

    extract-more.py PHP_FAKER_DIR RUBY_FAKER_LOCALES_DIR OUTDIR

- PHP_FAKER_DIR: .../usr/share/php/Faker/Provider of php-faker (FakerPHP,
  MIT): every locale's Person.php, its arrays whose name says first,
  middle or last name (firstNameMale, lastName, dutchLastNames...).
- RUBY_FAKER_LOCALES_DIR: .../faker-2.21.0/lib/locales of ruby-faker (MIT):
  every locale's `name` section, keys with first_name / middle_name (given)
  or last_name (surnames). Skipped: en-BORK and en-au-ocker (jokes).

A word is kept as extract-names.mjs keeps it (an upper-case letter then
letters, inner hyphens and apostrophes; or a run of a script without case),
and only when all of these hold:
- it is in none of the lists already shipped for its class (given.txt,
  romanized_given.txt, common_given.txt; or the three surname lists);
- it is longer than two characters and not a month or weekday name;
- its lower-case form is no word of Debian's word lists for English,
  German, French, Spanish, Italian, Dutch, Portuguese, Swedish, Danish,
  Norwegian and Polish (/usr/share/dict), so `Will`, `Rose`, `Bill`,
  `Summer`, `Pierre` (French "stone") stay out;
- it is no word of a place name in the same libraries' address data
  (cities, states, provinces, regions, counties, countries), so `Lincoln`,
  `Victoria` and `Paris` stay out.
"""
import glob
import os
import re
import sys
import unicodedata

import yaml

CASELESS = re.compile(r"^[\u0600-\u06FF\u0750-\u077F\u0E00-\u0E7F\u3040-\u30FF"
                      r"\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\u0590-\u05FF"
                      r"\u0900-\u097F\u0980-\u09FF\u10A0-\u10FF\u0530-\u058F]+$")
MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}


def words_of(entry):
    out = []
    for w in unicodedata.normalize("NFC", entry).split():
        w = w.strip(".,;:()\"")
        if not w:
            continue
        if CASELESS.match(w):
            out.append(w)
            continue
        if not w[0].isupper():
            continue
        if all(ch.isalpha() or ch in "-'" for ch in w) and w[-1].isalpha() and "--" not in w:
            out.append(w)
    return out


PHP_ARRAY = re.compile(r"static\s+\$(\w+)\s*=\s*(?:\[|array\()(.*?)(?:\]|\));", re.S)
PHP_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def php_arrays(path):
    text = open(path, encoding="utf-8").read()
    for m in PHP_ARRAY.finditer(text):
        vals = []
        for s in PHP_STRING.finditer(m.group(2)):
            v = s.group(1) if s.group(1) is not None else s.group(2)
            vals.append(v.replace("\\'", "'"))
        yield m.group(1), vals


def name_class(key):
    k = key.lower().replace("_", "")
    if "format" in k or "title" in k or "prefix" in k or "suffix" in k:
        return None
    if "lastname" in k or "surname" in k:
        return "surname"
    if "firstname" in k or "middlename" in k:
        return "given"
    return None


PLACE_KEYS = ("city", "state", "province", "region", "county", "country", "prefecture",
              "municipality", "district")


def place_key(key):
    k = key.lower()
    return any(p in k for p in PLACE_KEYS) and "format" not in k and "suffix" not in k \
        and "prefix" not in k and "code" not in k and "abbr" not in k


def ruby_sections(root):
    files = glob.glob(os.path.join(root, "*.yml")) + glob.glob(os.path.join(root, "*", "name.yml")) \
        + glob.glob(os.path.join(root, "*", "address.yml"))
    for path in sorted(files):
        base = os.path.basename(path)
        if base in ("en-BORK.yml", "en-au-ocker.yml"):
            continue
        try:
            data = yaml.safe_load(open(path, encoding="utf-8"))
        except yaml.YAMLError:
            continue
        if not isinstance(data, dict):
            continue
        for loc in data.values():
            faker = loc.get("faker") if isinstance(loc, dict) else None
            if not isinstance(faker, dict):
                continue
            for sect in ("name", "address"):
                sec = faker.get(sect)
                if isinstance(sec, dict):
                    for key, vals in sec.items():
                        yield sect, key, vals


def flatten(vals):
    if isinstance(vals, str):
        yield vals
    elif isinstance(vals, list):
        for v in vals:
            yield from flatten(v)
    elif isinstance(vals, dict):
        for v in vals.values():
            yield from flatten(v)


def load_list(path):
    try:
        return set(open(path, encoding="utf-8").read().split("\n")) - {""}
    except FileNotFoundError:
        return set()


def dictionary_words():
    words = set()
    for name in ("american-english-large", "british-english-large", "ngerman", "french",
                 "spanish", "italian", "dutch", "portuguese", "brazilian", "swedish",
                 "danish", "bokmaal", "polish"):
        path = os.path.join("/usr/share/dict", name)
        if not os.path.exists(path):
            sys.exit("missing word list " + path)
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower():
                    words.add(unicodedata.normalize("NFC", w).split("'")[0].lower())
    return words


def main():
    php_dir, ruby_dir, out = sys.argv[1:4]
    here = os.path.dirname(os.path.abspath(__file__))
    found = {"given": set(), "surname": set()}
    places = set()
    for path in sorted(glob.glob(os.path.join(php_dir, "*", "Person.php"))):
        for key, vals in php_arrays(path):
            cls = name_class(key)
            if cls:
                for v in vals:
                    found[cls].update(words_of(v))
    for path in sorted(glob.glob(os.path.join(php_dir, "*", "Address.php"))):
        for key, vals in php_arrays(path):
            if place_key(key):
                for v in vals:
                    places.update(words_of(v))
    for sect, key, vals in ruby_sections(ruby_dir):
        if sect == "name":
            cls = name_class(key)
            if cls:
                for v in flatten(vals):
                    if "#{" not in v:
                        found[cls].update(words_of(v))
        elif place_key(key):
            for v in flatten(vals):
                if "#{" not in v:
                    places.update(words_of(v))
    dwords = dictionary_words()
    have = {
        "given": load_list(os.path.join(here, "given.txt")) | load_list(os.path.join(here, "romanized_given.txt"))
        | load_list(os.path.join(here, "common_given.txt")),
        "surname": load_list(os.path.join(here, "surnames.txt"))
        | load_list(os.path.join(here, "romanized_surnames.txt"))
        | load_list(os.path.join(here, "common_surnames.txt")),
    }
    for cls, fname in (("given", "more_given.txt"), ("surname", "more_surnames.txt")):
        keep = []
        for w in found[cls]:
            low = w.lower()
            if w in have[cls] or len(w) <= 2 or low in MONTHS_DAYS or w in places:
                continue
            if low in dwords or low.replace("-", "") in dwords:
                continue
            keep.append(w)
        data = sorted(set(keep), key=lambda s: s.encode("utf-8"))
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("".join(w + "\n" for w in data))
        print(fname, len(data), "(of", len(found[cls]), "found)")


if __name__ == "__main__":
    main()
