#!/usr/bin/env python3
"""Generates N synthetic French news articles as JSONL (docs/jsonl.md), for load and search
benchmarks. Sentences come from the real seed articles (../../seeds) and the annotated test
articles (../../Tests/KiosqueCorpusTests/Fixtures/articles); names of people, places and
organisations in them are swapped for others from lists below, so that entities vary the way
they do across a real corpus. Deterministic for a given --seed.

With --prose FILE.jsonl (the French man pages of Debian's manpages-fr, as made by
Benchmarks/relevance/french_docs.py), half the sentences come from that real French prose
instead, so that the vocabulary is as varied as real text (tens of thousands of words with
a long tail) rather than the few hundred words of the news sentences alone.

    python3 Benchmarks/corpus/generate.py --count 100000 --out /tmp/corpus.jsonl [--prose docs.jsonl]
"""
import argparse
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
PEOPLE = ["Serguei Riabkov", "Maria Zakharova", "Yuri Borisov", "Miguel Díaz-Canel", "Vladimir Poutine", "Bruno Rodríguez",
          "Emilio Losada", "Kristalina Georgieva", "Jorge Alcocer", "Alberto Fernández", "Nicolás Maduro", "Luis Arce",
          "Gustavo Petro", "Andrés Manuel López Obrador", "Xiomara Castro", "Daniel Ortega", "Mirta Ibarra", "Roberto Morales Ojeda",
          "Manuel Marrero", "Salvador Valdés Mesa", "Josefina Vidal", "Fernando González", "Ana Teresa Igarza", "José Ángel Portal"]
PLACES = ["Cuba", "Russie", "La Havane", "Moscou", "Mexique", "Venezuela", "Nicaragua", "Bolivie", "Colombie", "Brésil",
          "Argentine", "Chili", "Pérou", "Équateur", "Panama", "Santiago de Cuba", "Matanzas", "Holguín", "Camagüey", "Pinar del Río",
          "Cienfuegos", "Villa Clara", "Chine", "Vietnam", "Espagne", "Irlande", "Caracas", "Managua", "Brasilia", "Buenos Aires"]
ORGS = ["Fonds monétaire international", "Union africaine", "Organisation mondiale de la santé", "CELAC", "ONU", "UNESCO",
        "Banque mondiale", "Prensa Latina", "Parti communiste de Cuba", "Assemblée nationale", "Croix-Rouge", "BioCubaFarma"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
SOURCES = ["Prensa Latina", "Cubadebate", "Granma", "Telesur", "ACN", None]


def sentences():
    files = glob.glob(os.path.join(ROOT, "seeds", "*.txt")) + glob.glob(os.path.join(ROOT, "Tests", "KiosqueCorpusTests", "Fixtures", "articles", "*.txt")) + glob.glob(os.path.join(ROOT, "Tests", "KiosqueCorpusTests", "Holdout", "articles", "*.txt"))
    found = []
    for path in sorted(files):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if len(line) < 60 or line.startswith(("#", "<", "**", "---", "Source", "Auteur", "*Image", "Image")):
                    continue
                found += [s.strip() for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", line) if len(s.strip()) > 30]
    return found


def prose_sentences(path):
    """Sentences of 40-300 characters from a JSONL collection's paragraphs."""
    found = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for paragraph in json.loads(line).get("paragraphs", []):
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", paragraph):
                    sentence = sentence.strip()
                    if 40 <= len(sentence) <= 300 and sentence[0].isupper() and sentence[-1] in ".!?":
                        found.append(sentence)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prose", help="JSONL of real French prose to draw half the sentences from")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    dates = random.Random(args.seed * 7919 + 1)
    news = sentences()
    prose = prose_sentences(args.prose) if args.prose else []

    def draw():
        return rng.choice(prose) if prose and rng.random() < 0.5 else rng.choice(news)
    names = PEOPLE + PLACES + ORGS
    pattern = re.compile("|".join(sorted((re.escape(n) for n in names), key=len, reverse=True)))

    def vary(text):
        def swap(match):
            name = match.group(0)
            group = PEOPLE if name in PEOPLE else PLACES if name in PLACES else ORGS
            return rng.choice(group) if rng.random() < 0.6 else name
        return pattern.sub(swap, text)

    raw = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for index in range(args.count):
            paragraphs = [" ".join(vary(draw()) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(5, 11))]
            title = vary(draw())[:110].rstrip(" ,;")
            record = {"id": f"synthetic-{index}", "title": title, "paragraphs": paragraphs,
                      "url": f"https://example.org/fr/{100000 + index}-article"}
            if rng.random() < 0.7:
                record["dateline"] = f"{rng.choice(PLACES)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} (RHC)"
            else:
                record["author"] = rng.choice(PEOPLE)
            source = rng.choice(SOURCES)
            if source:
                record["source"] = source
            # Dates from a generator of their own, so the text stays what it was for a seed:
            # four in five dated over six years; the others keep a yearless dateline or none.
            roll = dates.random()
            if roll < 0.8:
                year, month, day = dates.randint(2019, 2024), dates.randint(1, 12), dates.randint(1, 28)
                record["published"] = f"{year}-{month:02d}-{day:02d}"
                if dates.random() < 0.3:
                    record["published"] += f"T{dates.randint(0, 23):02d}:{dates.randint(0, 59):02d}:00Z"
            raw += len(title.encode()) + sum(len(p.encode()) for p in paragraphs)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.count} articles, {raw / 1e6:.1f} MB of text -> {args.out}")


if __name__ == "__main__":
    main()
