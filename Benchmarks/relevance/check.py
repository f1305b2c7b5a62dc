#!/usr/bin/env python3
"""Relevance check: Kiosque's search top 10 against a plain BM25 reference in Python.

The collection is real French prose that Kiosque's authors did not write: the French
manual pages of Debian's ``manpages-fr``, one document per page section (see
``french_docs.py``, which this script runs when the JSONL file is missing).

What is compared, for each of the fixed queries below:

* **Kiosque**: ``GET /api/v1/search?q=QUERY&pageSize=10`` on a server started on the
  collection (``--port 0 --data FILE --no-access-log``). The query is sent with a trailing
  space, so that the parser does not take the last word as a prefix (search as you type);
  the API has no parameter for that. Kiosque's fuzzy (typo-tolerant) expansions and its
  lookup through folded surface forms cannot be turned off.
* **Reference** (plain BM25, same analysis): this script's own implementation of
  Kiosque's French analysis (tokenizer with inner hyphens and apostrophes, NFC + lowercase,
  elision, hyphenated word whole *and* in parts, Snowball French stem with PyStemmer,
  accent folding of the stem, no stemming of words with digits, the Snowball stop list)
  and of its scoring: fields title (weight 2), body (1) and entity names (1.5), BM25
  k1 = 1.2, b = 0.75 per field with per-field average lengths, idf = ln(1 + (N - df + 0.5)
  / (df + 0.5)), words ANDed and their scores summed, stop words dropped when the query
  has other words. A query word matches only its own stem: no prefix, fuzzy or
  surface-form expansion. Ties are broken by document order, as Kiosque does. Each
  document's entity names are the ones the server extracted (``GET /api/v1/articles/{id}``).
* **overlap@10** = |top10(Kiosque) ∩ top10(reference)| / max(|top10(Kiosque)|,
  |top10(reference)|) (1 when both are empty). The tie-aware variant also counts a Kiosque
  hit whose reference score equals the reference's 10th score. The mean over all queries
  is the result; it must reach ``--min`` (0.8).

Diagnostics printed with it:

* **analysis**: every distinct word of the collection (with its elided article, if any)
  is sent to ``GET /api/v1/analyze`` and its tokens (normalized, folded, stem, stop word,
  position) compared with this script's analyzer;
* **mirror**: the reference again with Kiosque's expansions (the terms of the folded
  surface form at full weight; with the prefix, words starting with the last word at 0.6,
  200 words at most; for words of 5+ letters, fuzzy terms at 0.35 within 1 edit, 2 from 9
  letters, Damerau-Levenshtein OSA, same first letter; the best expansion per word and
  document). When it gives Kiosque's total, ids and scores, the differences from the
  reference are those expansions and nothing else;
* the overlap of the query as typed (last word a prefix), and two what-ifs computed with
  the mirror: no fuzzy expansions, and fuzzy expansions only for a word with no exact match;
* per query, the documents only in one top 10, and why Kiosque ranked each one.

Usage::

    python3 Benchmarks/relevance/check.py [--binary PATH] [--data FILE.jsonl]

Exit status 0 when the mean overlap@10 is at least ``--min``, 1 when it is lower
(everything is printed either way), 2 when the check cannot run.
"""

import argparse
import bisect
import http.client
import json
import math
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from kiosque_ready import wait_until_ready  # noqa: E402

try:
    import Stemmer
except ImportError:
    sys.exit("PyStemmer is missing: pip install pystemmer")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_BINARY = os.path.join(REPO, ".build", "release", "kiosque")
DEFAULT_DATA = os.path.join(REPO, ".build-bench", "manpages-fr.jsonl")  # what Benchmarks/corpus/make.sh uses too

# Hand-picked queries on the vocabulary of the collection: single words (rare and common),
# two- and three-word queries, some with stop words or an elided article. Kinds are
# assigned from the number of words and the reference's document frequencies.
QUERIES = [
    # one word
    "fichier", "répertoire", "processus", "utilisateur", "mémoire", "signal", "réseau",
    "paquet", "noyau", "périphérique", "chaîne", "variable", "erreur", "configuration",
    "sécurité", "terminal", "session", "partition", "montage", "horloge", "clavier",
    "archive", "compression", "permissions", "bibliothèque", "imprimante", "sauvegarde",
    "chiffrement", "disquette", "quota", "démon", "sémaphore", "verrou", "horodatage",
    "obsolète", "empreinte", "somme", "tube", "ordonnanceur", "cryptographique",
    "hachage", "magnétique", "trame", "défragmentation", "courriel", "navigateur",
    "fenêtre", "souris", "luminosité", "entropie", "jeton", "certificat", "mandataire",
    "passerelle", "calendrier", "astérisque", "latence", "accentué", "amorçage",
    "l'utilisateur", "d'exécution",
    # words with digits (not stemmed)
    "ext4", "ipv6", "utf8",
    # two and three words (stop words are dropped)
    "répertoire courant", "mot de passe", "système de fichiers", "ligne de commande",
    "variable d'environnement", "sortie standard", "entrée standard",
    "fichier de configuration", "code de retour", "table des partitions", "fuseau horaire",
    "jeu de caractères", "expression rationnelle", "lien symbolique", "numéro de version",
    "droits d'accès", "signal processus", "fichier journal", "taille bloc",
    "clé publique", "adresse IP", "noyau Linux", "message d'erreur",
    "base de données", "processus fils", "mode interactif", "valeur par défaut",
    "groupe utilisateur", "descripteur de fichier", "fin de ligne",
    "barre oblique inverse", "horloge temps réel", "processus temps réel",
    "mot de passe chiffré", "sortie d'erreur standard", "serveur NFS montage",
    "fichier de configuration système", "priorité ordonnancement processus",
]

# Typed without their accents: Kiosque also looks such a word up through the folded
# surface forms of the indexed words; the plain reference stems the word as typed.
UNACCENTED_QUERIES = ["repertoire", "periph", "systeme de fichiers", "memoire partagee", "securite"]

K1 = 1.2
B = 0.75
FIELD_WEIGHTS = (2.0, 1.0, 1.5)  # title, body, entity names
FIELD_CAPS = (0xFF, 0xFFFF, 0xFF)  # Kiosque packs term frequencies in 8, 16 and 8 bits
FUZZY_WEIGHT = 0.35
PREFIX_WEIGHT = 0.6
RARE_DF = 20

# ---------------------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------------------

ARTICLES = {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"}
SCAN_APOSTROPHES = {"'", "\u2019", "\u02bc"}
ALL_APOSTROPHES = {"'", "\u2019", "\u2018", "\u02bc"}
HYPHENS = {"-", "\u2010", "\u2011"}
WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Mn", "Mc"}
SPECIAL_FOLDS = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
}
# Snowball's French stop list (snowballstem.org/algorithms/french/stop.txt), as Lucene and
# Elasticsearch ship it; compared after folding.
STOP_LIST = """
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me
même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te
tes toi ton tu un une vos votre vous c d j l à m n s t y
été étée étées étés étant étante étants étantes suis es est sommes êtes sont serai seras
sera serons serez seront serais serait serions seriez seraient étais était étions étiez
étaient fus fut fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût fussions
fussiez fussent
ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons
aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut
eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût eussions eussiez eussent
"""

_word_char_cache = {}
_fold_cache = {}
_stem_cache = {}
_stemmer = Stemmer.Stemmer("french")


def is_word_char(ch):
    known = _word_char_cache.get(ch)
    if known is None:
        if ch < "\x80":
            known = ch.isascii() and ch.isalnum()
        else:
            known = ch != "\u02bc" and unicodedata.category(ch) in WORD_CATEGORIES
        _word_char_cache[ch] = known
    return known


def fold(text):
    """Lowercase, apostrophes unified, ligatures expanded, combining marks dropped."""
    done = _fold_cache.get(text)
    if done is not None:
        return done
    out = []
    for ch in text:
        if ch < "\x80":
            out.append(ch.lower())
            continue
        special = SPECIAL_FOLDS.get(ch)
        if special is not None:
            out.append(special)
            continue
        if unicodedata.category(ch) == "Mn":
            continue
        for lower in ch.lower():
            out.append("".join(c for c in unicodedata.normalize("NFD", lower) if unicodedata.category(c) != "Mn"))
    done = "".join(out)
    _fold_cache[text] = done
    return done


STOP_WORDS = {fold(word) for word in STOP_LIST.split()}


def unify_apostrophes(text):
    return "".join("'" if ch in ALL_APOSTROPHES else ch for ch in text)


def elide(token):
    """Lowercase, `’` → `'`, and drop an elided article before the first apostrophe."""
    lower = unify_apostrophes(token.lower())
    head, sep, tail = lower.partition("'")
    if sep and tail and head in ARTICLES:
        return tail
    return lower


def has_digit(text):
    return any("0" <= ch <= "9" for ch in text)


def stem_of(normalized):
    """The stem a normalized (lowercased, elided) word is indexed under."""
    done = _stem_cache.get(normalized)
    if done is None:
        done = fold(normalized) if has_digit(normalized) else fold(_stemmer.stemWord(normalized))
        _stem_cache[normalized] = done
    return done


def scan(text):
    """Words of `text`: (raw text with its elided article if any, the word without it,
    [hyphen-separated parts of the word])."""
    words = []
    n = len(text)
    i = 0
    while i < n:
        if not is_word_char(text[i]):
            i += 1
            continue
        start = end = i
        part_starts = [i]
        part_ends = []
        while end < n:
            ch = text[end]
            if is_word_char(ch):
                end += 1
                continue
            if end + 1 < n and is_word_char(text[end + 1]):
                if ch in SCAN_APOSTROPHES:
                    if len(part_starts) == 1 and part_starts[0] == start and text[start:end].lower() in ARTICLES:
                        start = end + 1
                        part_starts = [start]
                    end += 1
                    continue
                if ch in HYPHENS:
                    part_ends.append(end)
                    part_starts.append(end + 1)
                    end += 1
                    continue
            break
        part_ends.append(end)
        words.append((text[i:end], text[start:end], [text[a:b] for a, b in zip(part_starts, part_ends)]))
        i = end
    return words


def make_token(original, stem, position):
    normalized = unify_apostrophes(unicodedata.normalize("NFC", original).lower())
    folded = fold(normalized)
    stemmed = stem_of(normalized) if stem and not has_digit(normalized) else folded
    return {"normalized": normalized, "folded": folded, "stem": stemmed,
            "stopWord": folded in STOP_WORDS, "position": position}


def analyze(text):
    """Tokens of `text`: a hyphenated word whole (not stemmed), then each of its parts."""
    tokens = []
    position = 0
    for _, whole, parts in scan(text):
        if len(parts) > 1:
            tokens.append(make_token(whole, False, position))
        for index, part in enumerate(parts):
            tokens.append(make_token(part, True, position + index))
        position += len(parts)
    return tokens


def phrase_terms(text):
    """The normalized words of a query chunk, one per position (parts over the whole)."""
    words = []
    last = -1
    for token in analyze(text):
        if token["position"] == last:
            words.pop()
        words.append(token["normalized"])
        last = token["position"]
    return words


def parse_query(text, prefix_last=False):
    """Required words of a plain query (no quotes, OR, '-' or '*') as [(word, prefix)].

    As Kiosque's parser: with `prefix_last` (search as you type) the last word is a prefix
    unless the text ends with white space; stop words are dropped when the query has other
    words (a prefix is never a stop word)."""
    terms = []
    for chunk in text.split():
        words = phrase_terms(chunk)
        if len(words) > 1:
            raise ValueError(f"{chunk!r} is a phrase (hyphen or inner apostrophe): not supported here")
        terms.extend([word, False] for word in words)
    if prefix_last and terms and not text[-1].isspace():
        terms[-1][1] = True
    content = [(word, prefix) for word, prefix in terms if prefix or fold(word) not in STOP_WORDS]
    return content or [(word, prefix) for word, prefix in terms]


# ---------------------------------------------------------------------------------------
# Reference index
# ---------------------------------------------------------------------------------------

class Index:
    def __init__(self, docs):
        """docs: [(id, title, [paragraph], [entity name])] in corpus order."""
        self.ids = [doc[0] for doc in docs]
        self.postings = {}  # stem -> {doc: [tf title, tf body, tf entities]}
        self.lengths = []
        self.word_stems = {}  # folded surface word -> stems it was indexed under
        for number, (_, title, paragraphs, entities) in enumerate(docs):
            lengths = [0, 0, 0]
            fields = [(0, title)] + [(1, p) for p in paragraphs] + [(2, name) for name in entities]
            for field, text in fields:
                tokens = analyze(text)
                lengths[field] += len(tokens)
                for token in tokens:
                    tfs = self.postings.setdefault(token["stem"], {}).setdefault(number, [0, 0, 0])
                    if tfs[field] < FIELD_CAPS[field]:
                        tfs[field] += 1
                    self.word_stems.setdefault(token["folded"], set()).add(token["stem"])
            self.lengths.append(lengths)
        count = max(1, len(docs))
        self.averages = [max(1.0, sum(length[f] for length in self.lengths) / count) for f in range(3)]
        self.words = sorted(self.word_stems)
        self.words_by_first = {}
        for word in self.words:
            if word:  # a word of combining marks only folds to nothing
                self.words_by_first.setdefault(word[0], []).append(word)

    def df(self, stem):
        return len(self.postings.get(stem, ()))

    def idf(self, stem):
        n, df = float(len(self.ids)), float(self.df(stem))
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def field_score(self, tfs, doc):
        total = 0.0
        lengths = self.lengths[doc]
        for field in range(3):
            tf = float(tfs[field])
            if tf > 0:
                norm = K1 * (1 - B + B * float(lengths[field]) / self.averages[field])
                total += FIELD_WEIGHTS[field] * tf * (K1 + 1) / (tf + norm)
        return total

    def term_scores(self, expansions):
        """{doc: (score, stem, weight)}: the best expansion of one query word per document."""
        best = {}
        for stem, weight in expansions.items():
            idf = self.idf(stem)
            for doc, tfs in self.postings.get(stem, {}).items():
                score = weight * idf * self.field_score(tfs, doc)
                if score > best.get(doc, (0.0,))[0]:
                    best[doc] = (score, stem, weight)
        return best

    def search(self, words, mode="plain"):
        """[(doc, score)] best first, and per word the {doc: (score, stem, weight)} found.

        `words`: [(word, prefix)]. Modes: "plain" (the reference: each word's own stem),
        "kiosque" (Kiosque's expansions), "no-fuzzy" (Kiosque's without the fuzzy ones),
        "fuzzy-fallback" (fuzzy expansions only for a word with no exact match)."""
        scores = None
        per_word = []
        for word, prefix in words:
            if mode == "plain":
                expansions = {stem_of(word): 1.0}
            else:
                expansions = self.expansions(word, prefix, mode)
            found = self.term_scores(expansions)
            per_word.append(found)
            if scores is None:
                scores = {doc: value[0] for doc, value in found.items()}
            else:
                scores = {doc: scores[doc] + value[0] for doc, value in found.items() if doc in scores}
            if not scores:
                break
        ranked = sorted((scores or {}).items(), key=lambda item: (-item[1], item[0]))
        return ranked, per_word

    def expansions(self, word, prefix=False, mode="kiosque"):
        """Kiosque's expansions of a query word: {stem: weight}."""
        result = {}
        folded = fold(word)
        stem = stem_of(word)
        if stem in self.postings:
            result[stem] = 1.0
        # Accent-insensitive lookup: the terms the folded surface form was indexed under.
        for other in self.word_stems.get(folded, ()):
            result[other] = 1.0
        if prefix and folded:
            position = bisect.bisect_left(self.words, folded)
            taken = 0
            while position < len(self.words) and self.words[position].startswith(folded) and taken < 200:
                for other in self.word_stems[self.words[position]]:
                    result.setdefault(other, PREFIX_WEIGHT)
                position += 1
                taken += 1
        fuzzy = mode in ("kiosque", "fuzzy-fallback") and not result
        if fuzzy and len(folded) >= 5:
            limit = 2 if len(folded) >= 9 else 1
            for candidate in self.words_by_first.get(folded[0], ()):
                if candidate != folded and abs(len(candidate) - len(folded)) <= limit and osa_within(folded, candidate, limit):
                    for other in self.word_stems[candidate]:
                        result.setdefault(other, FUZZY_WEIGHT)
        return result


def osa_within(a, b, limit):
    """Whether the optimal-string-alignment distance of a and b is at most limit."""
    if not a or not b:
        return max(len(a), len(b)) <= limit
    before = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[len(b)] <= limit


# ---------------------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------------------

class Server:
    def __init__(self, binary, data):
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--data", data, "--no-access-log"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.log = []
        self.port = None
        ready = threading.Event()

        def read():
            for raw in self.process.stdout:
                line = raw.decode("utf-8", errors="replace").rstrip("\n")
                self.log.append(line)
                match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
                if match and self.port is None:
                    self.port = int(match.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        ready.wait(1800)  # a large collection takes minutes to load on 2 cores
        if self.port is None:
            self.stop()
            raise RuntimeError("the server did not start:\n" + "\n".join(self.log[-20:]))
        wait_until_ready(self.port, self.process)  # kiosque listens while it loads
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def get(self, path):
        for attempt in range(2):
            try:
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                body = response.read()
                break
            except (http.client.HTTPException, OSError):
                if attempt:
                    raise
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        if response.status != 200:
            raise RuntimeError(f"GET {path[:200]}: HTTP {response.status}: {body[:300]!r}")
        return json.loads(body)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def quote(text):
    return urllib.parse.quote(text, safe="")


# ---------------------------------------------------------------------------------------
# The check
# ---------------------------------------------------------------------------------------

def load_docs(path):
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                paragraphs = [p.strip() for p in record["paragraphs"] if p.strip()]
                docs.append((record["id"], record["title"].strip(), paragraphs))
    return docs


def check_analysis(server, docs, entity_names, examples):
    """Sends every distinct word to /api/v1/analyze; returns (words, differing words)."""
    vocabulary = set()
    for (_, title, paragraphs), names in zip(docs, entity_names):
        for text in [title] + paragraphs + names:
            vocabulary.update(raw for raw, _, _ in scan(text))
    words = sorted(vocabulary)
    differing = []
    batch = []
    size = 0

    def flush():
        if not batch:
            return
        text = " ".join(batch)
        theirs = server.get("/api/v1/analyze?text=" + quote(text))["tokens"]
        keys = ("normalized", "folded", "stem", "stopWord", "position")
        ours = analyze(text)
        if [[t[k] for k in keys] for t in theirs] != [[t[k] for k in keys] for t in ours]:
            for word in batch:  # find the culprits one by one
                a = server.get("/api/v1/analyze?text=" + quote(word))["tokens"]
                b = analyze(word)
                if [[t[k] for k in keys] for t in a] != [[t[k] for k in keys] for t in b]:
                    differing.append((word, [t["stem"] for t in a], [t["stem"] for t in b]))
        batch.clear()

    for word in words:
        # /analyze takes at most 1,024 code points; the request line at most 8 KiB.
        if len(word) > 200:
            continue
        cost = len(word) + 1
        if size + cost > 900 or len(quote(" ".join(batch + [word]))) > 7000:
            flush()
            size = 0
        batch.append(word)
        size += cost
    flush()
    if differing:
        print(f"analysis: {len(differing)} of {len(words)} distinct words analyzed differently, e.g.:")
        for word, theirs, ours in differing[:examples]:
            codes = " ".join(f"U+{ord(ch):04X}" for ch in word)
            print(f"  {word!r} ({codes}): Kiosque stems {theirs}, reference {ours}")
    else:
        print(f"analysis: all {len(words)} distinct words of the collection give the same tokens")
    return len(words), differing


def overlap(kiosque, reference, ref_scores):
    """(strict, tie-aware) overlap@10 of two ranked id lists (reference scored)."""
    a, b = kiosque[:10], reference[:10]
    denominator = max(len(a), len(b))
    if denominator == 0:
        return 1.0, 1.0
    shared = len(set(a) & set(b))
    tenth = ref_scores[b[-1]] if b else None
    tied = sum(1 for doc in a if doc in b or (tenth is not None and len(b) == 10 and abs(ref_scores.get(doc, -1) - tenth) <= 1e-9 * max(1.0, tenth)))
    return shared / denominator, min(tied, len(b)) / denominator


def kind_of(index, query, words):
    if query in UNACCENTED_QUERIES:
        return "typed without accents"
    if len(words) == 1:
        return "1 word, rare (df <= %d)" % RARE_DF if index.df(stem_of(words[0][0])) <= RARE_DF else "1 word, common"
    return "%d words" % len(words)


def describe(index, per_word, doc, words):
    """How a document matched each query word in the mirror (exact, folded, prefix, fuzzy)."""
    parts = []
    for (word, _), found in zip(words, per_word):
        if doc not in found:
            parts.append(f"{word}: -")
            continue
        _, stem, weight = found[doc]
        if stem == stem_of(word):
            parts.append(f"{word}: exact")
        else:
            surface = sorted(w for w, stems in index.word_stems.items() if stem in stems)
            how = {1.0: "folded surface form", PREFIX_WEIGHT: "prefix", FUZZY_WEIGHT: "fuzzy"}[weight]
            parts.append(f"{word}: {how} via {'/'.join(surface[:3])}")
    return "; ".join(parts)


def cause(index, row, doc):
    """Why a document is in Kiosque's top 10 and not in the reference's."""
    hows = []
    for (word, _), found in zip(row["words"], row["per_word"]):
        if doc in found and found[doc][1] != stem_of(word):
            hows.append("fuzzy expansion" if found[doc][2] == FUZZY_WEIGHT else "folded surface form")
    kind = "fuzzy expansion" if "fuzzy expansion" in hows else (hows[0] if hows else None)
    if kind is None:
        return "exact matches only (a scoring difference)"
    if doc in row["ref_scores"]:
        return f"has every word, but its {kind} score is higher"
    return f"a word matched only through its {kind}"


def same_as_mirror(answer, mirror):
    """Whether Kiosque's answer is the mirror's: total, top-10 ids in order, scores (which
    Kiosque rounds to 3 decimals)."""
    ids = [doc for doc, _ in mirror[:10]]
    return (answer["total"] == len(mirror) and ids == answer["docs"]
            and all(abs(score - theirs) <= 5e-4 + 1e-9 for (_, score), theirs in zip(mirror, answer["scores"])))


def generated_queries(index, docs, count, seed):
    """`count` queries drawn from the collection itself (for a collection without a hand-picked
    list, like the Littré or an unseen one): a third single words (common and rare), a third
    two words of one document, a sixth three words of one document, a sixth words typed without
    their accents. Words are alphabetic, of 4 letters or more, not stop words; deterministic
    for a seed."""
    import random
    rng = random.Random(seed)
    queries, seen = [], set()

    def words_of(doc):
        _, title, paragraphs = doc
        text = " ".join([title] + paragraphs[:6])
        return [t["normalized"] for t in analyze(text)
                if len(t["normalized"]) >= 4 and t["normalized"].isalpha() and fold(t["normalized"]) not in STOP_WORDS]

    def add(query, unaccented=False):
        if query and query not in seen:
            seen.add(query)
            queries.append(query)
            if unaccented:
                UNACCENTED_QUERIES.append(query)

    plan = [(1, count // 3, False), (2, count // 3, False), (3, count // 6, False)]
    plan.append((1, count - sum(n for _, n, _ in plan), True))
    for size, wanted, unaccented in plan:
        made, tries = 0, 0
        while made < wanted and tries < 100 * wanted:
            tries += 1
            words = words_of(docs[rng.randrange(len(docs))])
            if len(words) < size:
                continue
            chosen = rng.sample(sorted(set(words)), size) if len(set(words)) >= size else None
            if not chosen:
                continue
            if unaccented:
                chosen = [w for w in chosen if fold(w) != w]
                if not chosen:
                    continue
                query = fold(chosen[0])
            else:
                query = " ".join(chosen)
            before = len(queries)
            add(query, unaccented)
            made += len(queries) - before
    return queries


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description="Kiosque search vs a plain BM25 reference: overlap@10.")
    parser.add_argument("--binary", default=DEFAULT_BINARY, help=f"the kiosque binary (default: {DEFAULT_BINARY})")
    parser.add_argument("--data", default=DEFAULT_DATA, help=f"the collection, JSONL; built when missing (default: {DEFAULT_DATA})")
    parser.add_argument("--min", type=float, default=0.8, help="lowest acceptable mean overlap@10 (default: 0.8)")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per difference (default: 5)")
    parser.add_argument("--skip-analysis", action="store_true", help="do not compare the analysis word by word")
    parser.add_argument("--generate", type=int, default=0,
                        help="draw this many queries from the collection instead of the hand-picked manual-page list")
    parser.add_argument("--seed", type=int, default=16, help="seed of --generate (default 16)")
    args = parser.parse_args()
    started = time.monotonic()

    if not os.path.exists(args.data):
        sys.path.insert(0, HERE)
        import french_docs
        french_docs.build(args.data)
    if not os.access(args.binary, os.X_OK):
        print(f"no kiosque binary at {args.binary} (build it: swift build -c release, or pass --binary)", file=sys.stderr)
        return 2
    docs = load_docs(args.data)
    print(f"collection: {args.data}: {len(docs)} documents; binary: {args.binary}")

    try:
        server = Server(args.binary, args.data)
    except (RuntimeError, OSError) as error:
        print(error, file=sys.stderr)
        return 2
    try:
        # The server's own view of each document: its text and the entities it extracted.
        entity_names = []
        text_mismatches = []
        for doc_id, title, paragraphs in docs:
            article = server.get("/api/v1/articles/" + quote(doc_id))
            if article["title"] != title or article["paragraphs"] != paragraphs:
                text_mismatches.append(doc_id)
            entity_names.append([entity["name"] for entity in article["entities"]])
        if text_mismatches:
            print(f"warning: {len(text_mismatches)} documents differ from the file on the server, e.g. {text_mismatches[:5]}")
        print(f"entities: {sum(map(len, entity_names))} (document, entity) pairs read from the server")
        index = Index([(doc[0], doc[1], doc[2], names) for doc, names in zip(docs, entity_names)])
        position = {doc_id: number for number, doc_id in enumerate(index.ids)}
        print(f"reference index: {len(index.postings)} stems, {len(index.words)} surface words; average lengths "
              f"title {index.averages[0]:.1f}, body {index.averages[1]:.1f}, entities {index.averages[2]:.1f} tokens")
        if not args.skip_analysis:
            check_analysis(server, docs, entity_names, args.examples)

        def search(text):
            answer = server.get(f"/api/v1/search?q={quote(text)}&pageSize=10")
            return {"total": answer["total"], "docs": [position[item["id"]] for item in answer["items"]],
                    "scores": [item["score"] for item in answer["items"]]}

        rows = []
        queries = QUERIES + UNACCENTED_QUERIES
        if args.generate:
            UNACCENTED_QUERIES.clear()
            queries = generated_queries(index, docs, args.generate, args.seed)
            print(f"queries: {len(queries)} drawn from the collection (seed {args.seed})")
        for query in queries:
            words = parse_query(query + " ")
            typed_words = parse_query(query, prefix_last=True)
            # A trailing space: the last word is not taken as a prefix (search as you type).
            answer, typed = search(query + " "), search(query)
            plain, _ = index.search(words, "plain")
            mirror, per_word = index.search(words, "kiosque")
            typed_mirror, _ = index.search(typed_words, "kiosque")
            ref_scores = dict(plain)
            reference = [doc for doc, _ in plain[:10]]

            def versus(docs_):
                return overlap(docs_, reference, ref_scores)

            strict, tie_aware = versus(answer["docs"])
            rows.append({
                "query": query, "words": words, "kind": kind_of(index, query, words),
                "answer": answer, "reference": reference, "ref_scores": ref_scores, "ref_total": len(plain),
                "strict": strict, "tie_aware": tie_aware, "typed": versus(typed["docs"])[0],
                "no_fuzzy": versus([d for d, _ in index.search(words, "no-fuzzy")[0][:10]])[0],
                "fallback": versus([d for d, _ in index.search(words, "fuzzy-fallback")[0][:10]])[0],
                "mirror_ok": same_as_mirror(answer, mirror), "typed_mirror_ok": same_as_mirror(typed, typed_mirror),
                "per_word": per_word,
            })
    finally:
        server.stop()

    print()
    print("ov@10: Kiosque (last word not a prefix) vs the plain BM25 reference; ties: tie-aware; typed: the query as")
    print("typed (last word a prefix); mirror: the reference with Kiosque's expansions gives Kiosque's exact answer")
    print(f"{'query':30} {'kind':24} {'ref':>5} {'kiosque':>7} {'ov@10':>6} {'ties':>5} {'typed':>6}  mirror")
    for row in rows:
        mirror = "same" if row["mirror_ok"] and row["typed_mirror_ok"] else \
            "DIFFERENT" + ("" if row["mirror_ok"] else " (no prefix)") + ("" if row["typed_mirror_ok"] else " (typed)")
        print(f"{row['query'][:30]:30} {row['kind'][:24]:24} {row['ref_total']:5d} {row['answer']['total']:7d} "
              f"{row['strict']:6.2f} {row['tie_aware']:5.2f} {row['typed']:6.2f}  {mirror}")

    print()
    print("mean overlap@10 by kind (what-ifs computed with the mirror: Kiosque without fuzzy expansions;")
    print("Kiosque with fuzzy expansions only for a word that has no exact match):")
    print(f"{'kind':30} {'queries':>7} {'ov@10':>6} {'ties':>6} {'typed':>6} {'no-fuzzy':>9} {'fallback':>9}")
    kinds = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row)
    for kind, members in sorted(kinds.items()) + [("all", rows)]:
        print(f"{kind:30} {len(members):7d} {mean(r['strict'] for r in members):6.3f} {mean(r['tie_aware'] for r in members):6.3f} "
              f"{mean(r['typed'] for r in members):6.3f} {mean(r['no_fuzzy'] for r in members):9.3f} "
              f"{mean(r['fallback'] for r in members):9.3f}")

    print()
    print("differences (+ in Kiosque's top 10 only, - in the reference's only):")
    causes = {}
    for row in rows:
        if row["strict"] >= 1.0:
            continue
        docs_, scores = row["answer"]["docs"], row["answer"]["scores"]
        extra = [doc for doc in docs_ if doc not in row["reference"]]
        missing = [doc for doc in row["reference"] if doc not in docs_]
        print(f"  {row['query']!r} (words {[w for w, _ in row['words']]}): overlap {row['strict']:.2f}; "
              f"{len(extra)} only in Kiosque's top 10, {len(missing)} only in the reference's")
        ranking = [d for d, _ in sorted(row["ref_scores"].items(), key=lambda x: (-x[1], x[0]))]
        for doc in extra:
            why = cause(index, row, doc)
            entry = causes.setdefault(why, {})
            entry[row["query"]] = entry.get(row["query"], 0) + 1
        for doc in extra[:args.examples]:
            where = "not a reference hit" if doc not in row["ref_scores"] else f"reference rank {ranking.index(doc) + 1}"
            print(f"      + {index.ids[doc]} (score {scores[docs_.index(doc)]:.3f}, {where}; "
                  f"{describe(index, row['per_word'], doc, row['words'])})")
        for doc in missing[:args.examples]:
            print(f"      - {index.ids[doc]} (reference score {row['ref_scores'][doc]:.3f})")
    if not causes:
        print("  none")

    print()
    print("why Kiosque's top 10 holds documents outside the reference's (documents, queries):")
    for why, queries in sorted(causes.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {why}: {sum(queries.values())} in {len(queries)} queries: "
              + ", ".join(f"{q!r} ({n})" for q, n in queries.items()))
    failures = [row["query"] for row in rows if not (row["mirror_ok"] and row["typed_mirror_ok"])]
    if failures:
        print(f"mirror: {len(failures)} queries where the reference with Kiosque's expansions does NOT reproduce "
              f"Kiosque's answer: {failures}")
    else:
        print(f"mirror: for all {len(rows)} queries, with and without the prefix, the reference with Kiosque's "
              f"expansions gives Kiosque's total, top-10 ids in order and scores (to Kiosque's 3 decimals)")
    overall = mean(row["strict"] for row in rows)
    print(f"queries: {len(rows)}; mean overlap@10: {overall:.3f} (tie-aware {mean(r['tie_aware'] for r in rows):.3f}; "
          f"as typed {mean(r['typed'] for r in rows):.3f}); goal >= {args.min}: {'met' if overall >= args.min else 'NOT MET'}; "
          f"{time.monotonic() - started:.1f} s")
    return 0 if overall >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
