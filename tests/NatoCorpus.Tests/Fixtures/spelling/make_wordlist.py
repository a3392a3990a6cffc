#!/usr/bin/env python3
"""Writes hunspell-fr-expected.tsv: words and the `hunspell` program's own answer for each (1 accepted, 0 not).

The words are every word of the labelled evaluation texts (bench/eval/), the seeds (raw/), and misspellings made
from them with a fixed seed (a letter dropped, doubled, swapped or replaced, accents dropped or added, a missing
elision apostrophe, capitalized and all-caps forms), so the reader is compared on both sides of the line.

Run from the repository root with the dictionary the tool ships (Debian: apt-get install hunspell):
    python3 tests/NatoCorpus.Tests/Fixtures/spelling/make_wordlist.py
The test (HunspellAgreementTests) compares NatoCorpus's reader with this file always, and with the program too
when it is installed.
"""
import pathlib
import random
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[4]
DICT = ROOT / "src/NatoCorpus/Data/dictionaries/fr/fr"
OUT = pathlib.Path(__file__).with_name("hunspell-fr-expected.tsv")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def corpus_words():
    words = set()
    for folder in [ROOT / "bench/eval", ROOT / "raw"]:
        for path in sorted(folder.rglob("*.txt")):
            words.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return sorted(words)


def misspellings(words, rng, count):
    vowels = "aeiouéèêàâîôû"
    strip = str.maketrans("éèêëàâäîïôöùûüç", "eeeeaaaiioouuuc")
    out = set()
    pool = [w for w in words if len(w) >= 4]
    while len(out) < count:
        w = rng.choice(pool)
        i = rng.randrange(len(w))
        kind = rng.randrange(9)
        if kind == 0:
            m = w[:i] + w[i + 1:]
        elif kind == 1:
            m = w[:i] + w[i] + w[i:]
        elif kind == 2 and i < len(w) - 1:
            m = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif kind == 3:
            m = w[:i] + rng.choice(vowels) + w[i + 1:]
        elif kind == 4:
            m = w.translate(strip)
        elif kind == 5:
            m = w.capitalize()
        elif kind == 6:
            m = w.upper()
        elif kind == 7 and re.match(r"^[dlsnmtj]['’]", w):
            m = w[0] + w[2:]
        elif kind == 8:
            m = w[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[i:]
        else:
            continue
        if m and m != w and WORD.fullmatch(m):
            out.add(m)
    return sorted(out)


def hunspell(words):
    """The words `hunspell -l` lists as misspelled (-l computes no suggestions, so 20,000 words take seconds)."""
    text = "".join(w + "\n" for w in words)
    result = subprocess.run(["hunspell", "-d", str(DICT), "-l"], input=text, capture_output=True, text=True, check=True)
    return set(result.stdout.split("\n"))


def main():
    rng = random.Random(12)
    words = corpus_words()
    words = sorted(set(words) | set(misspellings(words, rng, 12000)))
    rejected = hunspell(words)
    # Every character of these words is a letter or one of the dictionary's WORDCHARS (' ’ -), so hunspell reads
    # each line as one word: a word is rejected exactly when it is listed.
    rows = [f"{word}\t{0 if word in rejected else 1}" for word in words]
    OUT.write_text("# word<TAB>1 when `hunspell -d fr` (1.7.1, the shipped dictionary) accepts it; made by make_wordlist.py\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words, {sum(r.endswith('1') for r in rows)} accepted -> {OUT}")


if __name__ == "__main__":
    main()
