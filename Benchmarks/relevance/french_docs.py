#!/usr/bin/env python3
"""Build a French text collection for Kiosque's relevance check, as Kiosque JSONL.

Source: the French manual pages of the Debian package ``manpages-fr`` (bookworm:
4.18.1-1), translations by the manpages-l10n project (GPL-3.0-or-later), i.e. prose
that Kiosque's authors did not write. Only the files the package itself ships are used
(``dpkg -L manpages-fr``: sections 1, 4, 5, 6, 7 and 8, about 530 pages), never French
pages that other packages happen to install.

How the documents are made:

* The package is installed when missing (``apt-get update`` then ``apt-get install -y
  manpages-fr``; needs root) unless ``--no-install`` is given.
* Each page (``.so`` aliases and symbolic links are skipped: they repeat another page) is
  rendered with ``groff -k -t -Tutf8 -mandoc`` (preconv for the encoding, tbl for tables),
  hyphenation off and a wide line, with grotty told to emit no overstrike, bold or
  underline, so the output is plain UTF-8 text.
* The rendered text is cut at its section headings (lines at column 0). One document per
  section of a page; a section of more than ``MAX_PARAGRAPHS`` paragraphs is cut into
  parts of at most that many. The ``NOM`` section is not a document of its own (it is in
  every title) and ``TRADUCTION`` (the translators' credits, the same boilerplate on every
  page) is dropped.
* Paragraphs are the blocks between blank lines, also cut where a line is less indented
  than the one before (the tag of the next ``.TP`` item); a sub-heading (``.SS``) is a
  paragraph of its own; a paragraph's lines are joined and white space collapsed.
* ``title`` = ``page(section) — NAME line — SECTION`` (plus ``(k/n)`` for a cut section),
  ``id`` = ``page.section-NN`` (stable: the page's file name and the ordinal of the
  document in the page). No other field (a ``source`` would become an entity of every
  document).

The output is deterministic for a given package version: pages sorted by path, documents
in page order. Usage::

    python3 Benchmarks/relevance/french_docs.py [--out FILE.jsonl]
"""

import argparse
import concurrent.futures
import gzip
import json
import os
import re
import subprocess
import sys

PACKAGE = "manpages-fr"
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build-bench", "manpages-fr.jsonl")
MAX_PARAGRAPHS = 30
SKIPPED_SECTIONS = {"NOM", "TRADUCTION"}
PAGE_RE = re.compile(r"^/usr/share/man/fr/man(\d)[^/]*/(.+)\.(\d[a-z]*)\.gz$")


def package_installed(name):
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
    # (`${Status}` is `install ok installed`; a removed package reads `… not-installed`.)
    return result.returncode == 0 and result.stdout.split()[-1:] == ["installed"]


def ensure_package(name):
    if package_installed(name):
        return
    if os.geteuid() != 0:
        sys.exit(f"{name} is not installed and this is not root: apt-get install {name}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", name], check=True, env=env)


def package_version(name):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True).stdout.strip()


def page_files(name):
    listing = subprocess.run(["dpkg", "-L", name], capture_output=True, text=True, check=True).stdout.split("\n")
    pages = []
    for path in sorted(set(listing)):
        match = PAGE_RE.match(path)
        if not match or os.path.islink(path) or not os.path.isfile(path):
            continue
        pages.append((path, match.group(2), match.group(3)))
    return pages


def is_alias(source):
    """A page whose only request is `.so other/page`."""
    lines = [line for line in source.split("\n") if line.strip() and not line.startswith(('.\\"', "'\\\"", '\\"'))]
    return len(lines) <= 2 and any(line.startswith(".so ") for line in lines)


def render(source):
    env = dict(os.environ, LC_ALL="C.UTF-8", GROFF_NO_SGR="1")
    result = subprocess.run(
        ["groff", "-k", "-t", "-Tutf8", "-mandoc", "-rHY=0", "-rLL=160n", "-P-c", "-P-b", "-P-u", "-P-o"],
        input=source.encode("utf-8"), capture_output=True, env=env)
    return result.stdout.decode("utf-8", errors="replace")


def collapse(text):
    return " ".join(text.split())


def parse_rendered(text):
    """[(SECTION, [paragraph, ...]), ...] of a page rendered for a terminal."""
    lines = text.replace("\r", "").split("\n")
    # First line: the `LS(1)   Commandes   LS(1)` header; last non-blank line: the footer.
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        lines.pop()
    if lines and lines[0].strip():
        lines = lines[1:]
    sections = []
    paragraph = []
    previous_indent = [0]

    def flush():
        if paragraph and sections:
            joined = collapse(" ".join(paragraph))
            if joined:
                sections[-1][1].append(joined)
        paragraph.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:
            flush()
            sections.append((collapse(line), []))
        elif indent < 7:
            # A sub-heading (.SS): a paragraph of its own.
            flush()
            paragraph.append(line)
            flush()
        else:
            # A line less indented than the one before starts a new item (a .TP/.IP tag).
            if indent < previous_indent[0]:
                flush()
            paragraph.append(line)
        previous_indent[0] = indent
    flush()
    return sections


def documents_of_page(path, name, section):
    with gzip.open(path, "rb") as handle:
        source = handle.read().decode("utf-8", errors="replace")
    if is_alias(source):
        return []
    sections = parse_rendered(render(source))
    name_line = next((" ".join(paras) for heading, paras in sections if heading == "NOM" and paras), name)
    docs = []
    for heading, paragraphs in sections:
        if heading in SKIPPED_SECTIONS or not paragraphs:
            continue
        parts = [paragraphs[i:i + MAX_PARAGRAPHS] for i in range(0, len(paragraphs), MAX_PARAGRAPHS)]
        for number, part in enumerate(parts, 1):
            suffix = f" ({number}/{len(parts)})" if len(parts) > 1 else ""
            docs.append({
                "id": None,
                "title": f"{name}({section}) — {name_line} — {heading}{suffix}",
                "paragraphs": part,
            })
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", f"{name}.{section}")
    for ordinal, doc in enumerate(docs, 1):
        doc["id"] = f"{safe}-{ordinal:02d}"
    return docs


def build(out, install=True):
    if install:
        ensure_package(PACKAGE)
    elif not package_installed(PACKAGE):
        sys.exit(f"{PACKAGE} is not installed")
    pages = page_files(PACKAGE)
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        per_page = list(pool.map(lambda page: documents_of_page(*page), pages))
    seen = set()
    docs = []
    for page_docs in per_page:
        for doc in page_docs:
            if doc["id"] in seen:
                continue
            seen.add(doc["id"])
            docs.append(doc)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    used = sum(1 for page in per_page if page)
    print(f"{out}: {len(docs)} documents from {used} pages of {PACKAGE} {package_version(PACKAGE)}", file=sys.stderr)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help=f"JSONL file to write (default: {DEFAULT_OUT})")
    parser.add_argument("--no-install", action="store_true", help=f"fail instead of installing {PACKAGE}")
    args = parser.parse_args()
    build(args.out, install=not args.no_install)


if __name__ == "__main__":
    main()
