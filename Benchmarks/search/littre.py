#!/usr/bin/env python3
"""Build a real French test collection from Debian's ``stardict-xmlittre`` (Émile Littré's
*Dictionnaire de la langue française*, 1863-1877, in StarDict form), as Kiosque JSONL.

Why this package: it is the largest body of running French prose in Debian's archive
(122,910 entries, 102 MB of text: definitions, and quotations from four centuries of French
authors), so its vocabulary, word frequencies and document lengths are those of real text,
unlike a spelling list (no prose) or ``manpages-fr`` (3,000 sections, technical).

* The package is installed when missing (``apt-get install -y stardict-xmlittre``, as root)
  unless ``--no-install`` is given. Nothing it makes is committed.
* Each entry of at least ``--min-chars`` characters of text is one document: ``title`` =
  the head word, in the dictionary's capitals turned to lower case (``Navire``), ``paragraphs``
  = the entry's blocks (blank-line separated), markup removed. ``id`` = ``littre-N`` (N = the
  entry's rank in the dictionary).
* ``--count N`` larger than the number of entries recombines them: document k > entries takes
  the title of one entry and paragraphs of others, about 2,500 characters (drawn with a fixed seed), so that
  the collection keeps real sentences and real word frequencies at any size.

Usage::

    python3 Benchmarks/search/littre.py --out .build-bench/littre.jsonl
    python3 Benchmarks/search/littre.py --count 100000 --out .build-bench/littre-100000.jsonl
"""

import argparse
import gzip
import html
import json
import os
import random
import re
import struct
import subprocess
import sys

PACKAGE = "stardict-xmlittre"
DICTIONARY = "/usr/share/stardict/dic/XMLittre"
TAG = re.compile(r"<[^>]+>")
SPACES = re.compile(r"\s+")


def ensure_package(install):
    if os.path.exists(DICTIONARY + ".idx"):
        return
    if not install:
        sys.exit(f"{PACKAGE} is not installed")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", PACKAGE], check=True, env=env, stdout=sys.stderr)


def entries():
    """(head word, text) for every entry, in the dictionary's order."""
    index = open(DICTIONARY + ".idx", "rb").read()
    with gzip.open(DICTIONARY + ".dict.dz") as handle:
        data = handle.read()
    cursor = 0
    while cursor < len(index):
        end = index.index(b"\0", cursor)
        word = index[cursor:end].decode("utf-8", "replace")
        offset, size = struct.unpack(">II", index[end + 1:end + 9])
        cursor = end + 9
        yield word, data[offset:offset + size].decode("utf-8", "replace")


def paragraphs(text):
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        clean = SPACES.sub(" ", html.unescape(TAG.sub("", block))).strip()
        if clean:
            blocks.append(clean)
    return blocks


def documents(min_chars):
    docs = []
    for rank, (word, text) in enumerate(entries(), 1):
        blocks = paragraphs(text)
        # The first block repeats the head word with its pronunciation: it stays, as the entry's first line.
        if len(blocks) < 2 or sum(len(b) for b in blocks) < min_chars:
            continue
        title = word.strip().capitalize()
        docs.append({"id": f"littre-{rank}", "title": title, "paragraphs": blocks})
    return docs


def recombined(docs, count, seed):
    rng = random.Random(seed)
    out = list(docs[:count])
    for number in range(len(out), count):
        title = rng.choice(docs)["title"]
        parts, size = [], 0
        # Paragraphs of other entries until about the originals' mean length.
        while size < 2500:
            paragraph = rng.choice(rng.choice(docs)["paragraphs"])
            parts.append(paragraph)
            size += len(paragraph)
        out.append({"id": f"mix-{number}", "title": title, "paragraphs": parts})
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="JSONL file to write")
    parser.add_argument("--count", type=int, default=0, help="documents wanted (default: every long enough entry)")
    parser.add_argument("--min-chars", type=int, default=500, help="shortest entry kept, in characters (default 500)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--no-install", action="store_true")
    args = parser.parse_args()
    ensure_package(not args.no_install)
    docs = documents(args.min_chars)
    if args.count:
        docs = recombined(docs, args.count, args.seed)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)) or ".", exist_ok=True)
    partial = args.out + ".partial"
    with open(partial, "w", encoding="utf-8", newline="\n") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    os.replace(partial, args.out)
    size = os.path.getsize(args.out) / 1e6
    print(f"{args.out}: {len(docs)} documents, {size:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
