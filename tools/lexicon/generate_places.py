#!/usr/bin/env python3
"""Generates Sources/KiosqueCorpus/Entities/GeneratedPlaces.swift: French names of countries
(ISO 3166-1) and of the subdivisions of Spanish- and French-speaking countries of the
Americas, Europe and Africa and of a few others (ISO 3166-2), from Debian's `iso-codes` package
(/usr/share/iso-codes/json/*.json, French translations in
/usr/share/locale/fr/LC_MESSAGES/iso_3166-*.mo). Run on a machine with iso-codes installed:

    apt-get install -y iso-codes wfrench && python3 tools/lexicon/generate_places.py
"""
import gettext
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "KiosqueCorpus", "Entities", "GeneratedPlaces.swift")
# The French departments, Swiss cantons and Belgian provinces left out above for being French words (`Creuse`,
# `Manche`, `Berne`) go to a weak list instead: written with a capital inside a sentence, they
# lean PLACE as a GeoNames city does.
WORD_PLACES_OUT = os.path.join(HERE, "..", "..", "Sources", "KiosqueCorpus", "Entities", "GeneratedWordPlaces.swift")
WORD_PLACE_TYPES = {"Metropolitan department", "Canton"}
COMPASS_POINTS = {"nord", "sud", "est", "ouest"}
JSON = "/usr/share/iso-codes/json"
SUBDIVISION_COUNTRIES = {"CU", "VE", "MX", "CO", "AR", "BO", "BR", "CL", "EC", "PE", "NI", "HN", "SV", "GT",
                         "PA", "CR", "DO", "UY", "PY", "US", "ES", "FR", "CA", "RU", "CN", "HT",
                         # Francophone Europe, Africa and the Pacific.
                         "BE", "CH", "LU", "MA", "DZ", "TN", "SN", "CI", "CD", "CM", "ML", "BF", "NE",
                         "MG", "GA", "CG", "TD", "CF", "BJ", "TG", "GN", "BI", "DJ", "MR", "WF",
                         # Neighbours whose regions and islands French news names in French (their
                         # regions only: see REGION_ONLY_TYPES).
                         "PT", "IT", "DE", "IN"}
# Of these neighbours, only the regions (`Açores`, `Sicile`, `Lombardie`): their provinces and
# districts (`Trente`) are too often French words or given names, and so are some regions (`Marche`).
# (India's states: `Tamil Nadu`, `Kerala`, their ISO spellings' macrons dropped as French writes them.)
REGION_ONLY_COUNTRIES = {"PT", "IT", "DE", "IN"}
REGION_ONLY_TYPES = {"Region", "Autonomous region", "Land", "State"}
FRANCOPHONE = {"BE", "CH", "LU", "MA", "DZ", "TN", "SN", "CI", "CD", "CM", "ML", "BF", "NE",
               "MG", "GA", "CG", "TD", "CF", "BJ", "TG", "GN", "BI", "DJ", "MR", "WF"}
# Of the countries added last, names of four letters or fewer are left out: too often a given
# name or a word elsewhere (`Lola`, `Goa`, `Pita`, `Kara`).
SHORT_NAMES_LEFT_OUT = {"MG", "GA", "CG", "TD", "CF", "BJ", "TG", "GN", "BI", "DJ", "MR", "WF", "IN"}
# French departments and the francophone subdivisions are kept unless their name is a French word (`Cher`, `Manche`, `Lot`):
# Debian's wfrench, when installed, says which.
WFRENCH = "/usr/share/dict/french"


def translator(domain):
    try:
        return gettext.translation(domain, localedir="/usr/share/locale", languages=["fr"]).gettext
    except OSError:
        return lambda s: s


def fold(name):
    """Lower case without accents, hyphens as spaces (as `TextFolding.foldName` folds one word)."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")


def without_macrons(name):
    """`Tamil Nādu` -> `Tamil Nadu`: the transliteration's macrons and dots, not French accents."""
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in "\u0304\u0323\u0331"))


def simplify(name):
    # "Venezuela (République bolivarienne du)" -> "Venezuela"; "Bolivie, l'État plurinational de" -> "Bolivie"
    for sep in (" (", ","):
        if sep in name:
            name = name.split(sep)[0]
    return name.strip()


def main():
    names = set()
    t1 = translator("iso_3166-1")
    with open(os.path.join(JSON, "iso_3166-1.json"), encoding="utf-8") as handle:
        for country in json.load(handle)["3166-1"]:
            for key in ("common_name", "name"):
                if key in country:
                    names.add(simplify(t1(country[key])))
    french_words = set()
    if os.path.exists(WFRENCH):
        with open(WFRENCH, encoding="utf-8") as handle:
            french_words = {line.strip().lower() for line in handle}
    word_places = set()
    t2 = translator("iso_3166-2")
    with open(os.path.join(JSON, "iso_3166-2.json"), encoding="utf-8") as handle:
        for sub in json.load(handle)["3166-2"]:
            if sub["code"][:2] not in SUBDIVISION_COUNTRIES:
                continue
            if sub["code"][:2] in REGION_ONLY_COUNTRIES and sub.get("type") not in REGION_ONLY_TYPES:
                continue
            name = without_macrons(simplify(t2(sub["name"])))
            if sub["code"][:2] in SHORT_NAMES_LEFT_OUT and len(name) <= 4:
                continue
            if sub["code"][:2] in REGION_ONLY_COUNTRIES and name.lower() in french_words:
                continue
            newer = sub.get("type") == "Metropolitan department" or sub["code"][:2] in FRANCOPHONE
            if newer and name.lower() in french_words:
                # (Compass points have rules of their own: `le Nord`, `Côte-Nord`.)
                # (Belgian provinces too: `Liège` is also the cork. Not every country's provinces:
                # Algeria's `Mascara` and Morocco's `Tata` are mostly the French words.)
                word_place_type = sub.get("type") in WORD_PLACE_TYPES or (sub["code"][:2] == "BE" and sub.get("type") == "Province")
                if word_place_type and fold(name) not in COMPASS_POINTS:
                    word_places.add(fold(name))
                continue
            names.add(name)
    names = sorted(n for n in names if 2 < len(n) < 40)
    word_places -= {fold(n) for n in names}
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/lexicon/generate_places.py from Debian's iso-codes (ISO 3166-1 and\n")
        out.write("// ISO 3166-2, French translations). Do not edit.\n\n")
        out.write("enum GeneratedPlaces {\n    /// Country and subdivision names, as written in French.\n")
        out.write("    static let names: [String] = [\n")
        for name in names:
            out.write('        "' + name.replace("\\", "\\\\").replace('"', '\\"') + '",\n')
        out.write("    ]\n}\n")
    print(f"{len(names)} names -> {os.path.relpath(OUT)}")
    with open(WORD_PLACES_OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/lexicon/generate_places.py from Debian's iso-codes (ISO 3166-2: French\n")
        out.write("// departments, Swiss cantons and Belgian provinces whose name is a French word in Debian's wfrench). Do not edit.\n\n")
        out.write("enum GeneratedWordPlaces {\n    /// Names, folded, separated by `|`.\n")
        out.write('    static let folded = "' + "|".join(sorted(word_places)) + '"\n}\n')
    print(f"{len(word_places)} names -> {os.path.relpath(WORD_PLACES_OUT)}")


if __name__ == "__main__":
    main()
