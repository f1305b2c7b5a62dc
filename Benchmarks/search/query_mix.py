"""The search benchmarks' query mix, in kiosque's query language (shared by latency.py and
peers.py). Words from both halves of the benchmark corpus: the news sentences and the French
man pages (see ../corpus/make.sh). "typo" queries are misspellings."""

QUERIES = {
    "1 word": ["cuba", "russie", "vaccin", "coopération", "blocus", "santé", "économie", "pandémie",
               "fichier", "processus", "utilisateur", "répertoire", "paquet", "noyau", "mémoire"],
    "2-3 words": ["cuba russie", "coopération bilatérale", "vaccin abdala", "blocus économique cuba", "ministre affaires étrangères",
                  "aide humanitaire", "mot de passe", "système de fichiers", "répertoire courant", "variable environnement",
                  "processus fils signal", "fichier configuration"],
    "phrase": ['"la havane"', '"affaires étrangères"', '"union africaine"', '"système de fichiers"', '"ligne de commande"',
               '"mot de passe"'],
    "prefix": ["coop*", "vacc*", "russ*", "pand*", "econ*", "fich*", "réper*", "config*", "utilis*"],
    "typo": ["poutin", "cooperatoin", "pandemei", "vaccni", "economiqe", "fichire", "repertoir", "utilisatuer", "procesus"],
}

# Queries for the Littré collection (Benchmarks/search/littre.py): real French words of every
# frequency, forms that must stem together, words typed without accents, elisions, phrases,
# conjunctions, prefixes and misspellings.
LITTRE = {
    "1 word": ["navire", "roi", "parlement", "cheval", "église", "guerre", "vaisseau", "amour", "justice", "soleil",
               "marchand", "chirurgien", "arbalète", "tonnelier", "girouette"],
    "forms": ["chevaux", "navires", "rois", "eglise", "etoile", "pere", "chateau", "l'église", "d'argent", "qu'il"],
    "2-3 words": ["roi france", "navire mer", "cheval blanc", "terme de marine", "juge royal", "vin rouge", "pierre précieuse",
                  "guerre civile", "bois de chêne", "père fils"],
    "phrase": ['"tout à coup"', '"terme de marine"', '"à la fois"', '"pierre précieuse"', '"chemin de fer"', '"en même temps"'],
    "prefix": ["télé*", "navi*", "parlem*", "chev*", "cathol*", "astro*", "mari*", "gouvern*"],
    "typo": ["parlemnet", "chevla", "navier", "guerer", "vaiseau", "chirugien", "arbalette", "soleill"],
}

MIXES = {"news": QUERIES, "littre": LITTRE}
