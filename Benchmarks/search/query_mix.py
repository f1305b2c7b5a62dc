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
