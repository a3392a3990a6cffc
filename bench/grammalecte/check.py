"""Grammalecte side by side with natocorpus normalize (issue 12, part 5). Called by bench/grammalecte/run.

  check.py extract-eval EVAL_ROOT OUT       the raw lines of every labelled text (bench/eval/FORMAT.md) -> OUT/raw
  check.py sidecars OUT LOG                 a sidecar (title, date from the labels) for each text refused for want of them
  check.py report --json FILE [--generated-count N] [--labels NAME LABELS_JSON] --set NAME RAW_DIR NORMALIZED_DIR LOG ...

The report runs Grammalecte's grammar checker (gc_engine.parse, default options of the Python context) and its text
formatter (TextFormatter.formatText, default options) over every paragraph of the normalized bodies (the Markdown
after the front matter) and sorts each finding into one of three groups with the table CLASSES below:

  miss         typography or wording we should fix (or report), with the part of the tool that would own it
  style        a documented house choice (README "What normalize does", docs/rules) that differs from Grammalecte
  false_alarm  Grammalecte is wrong: proper names and acronyms read as words, English, constructions it misparses

A finding no entry matches is "unclassified" and printed first, so the table gets a line for it.
"""

import collections
import difflib
import glob
import json
import os
import re
import sys

# --------------------------------------------------------------------------------------------------------------
# The classification table. One entry a line: (group, kind, rule ids, condition, why). The first entry that matches
# a finding wins. "rule ids" is a regular expression over Grammalecte's rule id (graph rules without their
# g2__…__b1_a1_1 decoration) or, for the text formatter, "tf:" + the formatter option. "condition" is None or the
# name of a predicate in CONDITIONS, which sees the paragraph, the underlined text and what stands around it.
# --------------------------------------------------------------------------------------------------------------
TYPO_TYPES = {"typo", "apos", "esp", "tab", "nbsp", "unit", "num", "nf", "tu", "maj", "minis", "notype", "virg", "liga", "mapos"}

CLASSES = [
    # Lines the evaluation labels say must leave the body (furniture, credit, stamp, byline…) but stayed: what
    # Grammalecte flags in them is a recognition miss, whatever the rule.
    ("miss", "line that should have left the body (labelled furniture, credit, stamp…): a recognition miss", r".*", "labelled_removed",
     "recognition (issue 9): bench/eval labels say this line is not article text"),
    # English prose keeps its own typography (README, Typography: "a paragraph in English keeps its own typography");
    # French grammar rules on English words are Grammalecte's mistake.
    ("style", "English paragraph keeps English typography", r".*", "english_typography",
     "README (Typography): French spacing rules apply to French prose only"),
    ("false_alarm", "English paragraph read as French", r".*", "english",
     "French grammar rules do not apply to English text"),
    # Straight apostrophes stay in URLs and addresses (NC201 changes an apostrophe between two letters of prose only).
    ("style", "straight apostrophe kept in a URL or address", r"apostrophe_typographique|tf:ts_apostrophe", "in_url",
     "docs/rules/NC201.md: URLs are not prose"),
    # Source text typed without accents (a 1995 page): every grammar rule trips on "a" for "à", "etre", "associes".
    ("miss", "text typed without accents ('reuni', 'a engager', 'etre associes')", r".*", "unaccented",
     "issue 12 part 1 (spelling): the lexicon knows only the accented forms; suggestions"),
    # Ordinals: NC219 writes plain letters.
    ("style", "ordinals in plain letters (1er, 2e, XXIe), not superscript (1ᵉʳ, 2ᵉ)",
     r"typo_ordinaux_chiffres_exposants|typo_ordinaux_chiffres_romains_exposants", None,
     "docs/rules/NC219.md: '1re', '2e', 'XXIe' in plain letters"),
    # List lines keep their hyphen (NC218 never touches a list line; NC211 escapes the marker).
    ("style", "list line keeps its hyphen ('- item')", r"typo_tiret_début_ligne|tf:ts_m_dash_start|tf:ts_n_dash_start", None,
     "docs/rules/NC218.md: never in list lines; NC211 escapes the marker"),
    ("style", "em dash of the source kept (NC218 replaces spaced hyphens only)", r"tf:ts_n_dash_middle|tf:ts_m_dash_middle", "em_dash",
     "docs/rules/NC218.md: incise_dash sets the dash a hyphen becomes; an existing dash is the source's"),
    # Markup and furniture left in the body: recognition, not typography.
    ("miss", "HTML markup left in the body (<p class=\"chapo\">)", r".*", "html",
     "recognition (FrontMatterRecognizer / furniture): markup of a repost is not text"),
    # Typography we do not do yet.
    ("miss", "straight apostrophe before « or a non-letter (qu'« aucun »)", r"apostrophe_typographique|tf:ts_apostrophe", None,
     "NC201 changes an apostrophe between two letters only"),
    ("miss", "unit after a negative number left with a plain space (par -15 °C)", r"unit_nbsp_avant_unités\d|tf:nbsp_before_units|tf:nbsp_before_symbol", "negative_number",
     "NC215 does not see a number after a minus sign (checked: 'par -15 °C' is not reported, '15 °C' is)"),
    ("style", "hyphen-minus of the source kept for a negative number (-15 °C, not −15 °C)", r"typo_signe_moins", None,
     "house choice (bench/grammalecte/README.md): U+2212 looks the same, but search, copy into a spreadsheet and "
     "number parsing expect the keyboard's hyphen-minus; the archive keeps it"),
    ("miss", "space before a period ('fournir 15 (*) .')", r"tf:before_punctuation|typo_point_entre_deux_espaces|typo_espace_avant_point.*", None,
     "NC216 removes spaces before , and ) only"),
    ("miss", "no-break space before a time unit (14 h, 30 min)", r"unit_nbsp_avant_unités\d", "time_unit",
     "NC215: 'h' and 'min' are not in unit_words"),
    ("miss", "no-break space between a number and a counted noun (75 ans, 3 jours, 10 euros)", r"unit_nbsp_avant_unités\d", "counted_noun",
     "NC215: unit_words holds measures only; Grammalecte (and many French style guides) hold '75 ans' together too: "
     "extend unit_words or document the choice"),
    ("miss", "no-break space before a unit symbol or measure", r"unit_nbsp_avant_unités\d|tf:nbsp_before_units|tf:nbsp_before_symbol", None,
     "NC215"),
    ("miss", "thousands separated by periods (200.000 -> 200 000)", r"num_grand_nombre_avec_points", None,
     "NC205 regroups digits separated by spaces only"),
    ("false_alarm", "footnote mark glued to its sentence (»[4])", r"typo_espace_manquant_après\d", "footnote",
     "a reference mark, not a word"),
    ("miss", "no space after a colon or comma (Lemieux:Salut)", r"typo_espace_manquant_après\d|tf:add_space_after_punctuation", None,
     "NC204 leaves a glued colon alone (times, URLs); NC214 covers . ! ? only"),
    ("miss", "word broken by a line-end hyphen ('ha- bitude', 'précise- t-il')", r"esp_avant_après_tiret|tu_t_euphonique_incorrect|tf:add_space_around_hyphens|tf:mh_interrogatives", "broken_word",
     "no rule joins a word hyphenated at a printed line end; needs the lexicon of part 1 to be safe"),
    ("style", "list marker after : or ; keeps its hyphen (': - la désignation ; - la planification')", r"typo_tiret_incise\d|tf:ts_n_dash_middle", "list_after_colon",
     "house choice (docs/rules/NC218.md): a list marker keeps its hyphen as list lines do ('- item'), even when the "
     "source ran the list into its paragraph"),
    ("miss", "spaced hyphen used as a dash that NC218 leaves", r"typo_tiret_incise\d|tf:ts_n_dash_middle", None,
     "NC218"),
    ("miss", "missing accent on a capital (Etats, Etat -> États, État)", r"maj_accents|tf:ts_spell", "capital_without_accent",
     "issue 12 part 1: the curated safe class 'accent on a capital when the lexicon knows only the accented form'"),
    ("miss", "'A' for 'À' at the start of a sentence (A Berlin)", r"typo_À_début_phrase", None,
     "issue 12 part 1 or a typography rule: 'A' before a capitalized place name"),
    ("miss", "word split by a space (drop cap 'L e', OCR 'stricte ment')", r".*", "split_word",
     "source damage; part 1's lexicon could suggest joining"),
    ("miss", "period inside » before an incise (« … présence. » a indiqué -> « … présence », a indiqué)", r"virg_fin_dialogue", None,
     "punctuation of a quotation followed by its speaker; a suggestion at most"),
    ("miss", "'après que' with a subjunctive", r"vmode_que_indicatif", "apres_que",
     "NC302 (doubtful grammar) could suggest it"),
    ("style", "the source's case kept in 'l’état de droit' (Grammalecte wants 'État')", r"maj_État", None,
     "house choice (README, Safety of fixes): the archive never rewrites wording for style, and dictionaries give "
     "both 'État de droit' and 'état de droit'"),
    ("miss", "other spelling the formatter fixes (oeil -> œil, deja -> déjà)", r"tf:ts_spell", None,
     "issue 12 part 1"),
    # Grammalecte's false alarms.
    ("false_alarm", "generic plural of ministries (les ministres de la défense des pays alliés)", r"maj_ministères", "ministers_plural",
     "lower case is right for a generic plural (several countries' ministries)"),
    ("false_alarm", "both spellings in use (la Maison Blanche, AFP and Le Monde style)", r"tu_toponymes", None,
     "the archive keeps the source's spelling"),
    ("false_alarm", "proper name or acronym read as a common word (la FIAS, composante Air, de Yutz)",
     r"conf_.*|gn_.*|eepi_.*|eleu_.*|ppas_.*|conj_.*|tu_.*|maj_.*", "name_near",
     "Grammalecte does not know the name"),
    ("false_alarm", "one adjective per noun ('ses politiques étrangère et de défense', 'blocages turc puis hongrois')",
     r"gn_det_nom_de_det_nom_adj_plur|gn_des_2m", "distributive",
     "each adjective qualifies one of the nouns: singular is right"),
    ("false_alarm", "agreement with an earlier noun ('des ressources … en eau suffisantes', 'en munitions livrés')", r"gn_pfx_en_2m", None,
     "the adjective agrees with the head of the enumeration"),
    ("false_alarm", "noun phrase without determiner in an enumeration (a réuni autorités militaires et civiles)", r"gn_det_mas_sing_3m", None,
     "journalistic ellipsis of the determiner, not an agreement error"),
    ("false_alarm", "style advice on the source's wording (pleonasm: 'première priorité')", r"pleo_.*|bs_.*", None,
     "usage the press accepts; the archive never rewrites wording for style"),
]

# --------------------------------------------------------------------------------------------------------------
# Conditions of the table. Each gets a Finding (paragraph text, underlined span, before, after, type, rule).
# --------------------------------------------------------------------------------------------------------------
FRENCH_WORDS = set("le la les de des du et est un une que qui pour dans sur par au aux ne pas se sont il elle nous ils "
                   "en à ce cette ses son sa leur avec a ont été plus mais ou".split())
ENGLISH_WORDS = set("the of and to in is that for on with as are be by this was it from at an has have will not which "
                    "or its their been were would should can our we you they these those".split())
ACCENTED = re.compile(r"[àâäéèêëîïôöùûüçœÀÂÉÈÊÎÔÙÛÇ]")
TIME_UNITS = {"h", "min", "s", "ms"}
COUNTED_NOUNS = {"an", "ans", "jour", "jours", "semaines", "mois", "heure", "heures", "euro", "euros"}


def words(text):
    return re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]+", text)


def is_english(paragraph):
    tokens = [w.lower() for w in words(paragraph)]
    english = sum(t in ENGLISH_WORDS for t in tokens)
    french = sum(t in FRENCH_WORDS for t in tokens)
    return english >= 2 and english > 2 * french


def is_unaccented(paragraphs):
    """A text typed without accents: under one accented letter in 500 over at least 300 letters (French prose has
    about one in 25)."""
    text = " ".join(p for p in paragraphs if not is_english(p))
    letters = len(re.findall(r"[^\W\d_]", text))
    return letters >= 300 and len(ACCENTED.findall(text)) * 500 < letters


def near_name(f):
    """The flagged word, or the word right after it, is capitalized in mid-sentence (a name or an acronym)."""
    before = f.before.rstrip()
    sentence_start = before == "" or before[-1:] in ".!?…:"
    if f.underlined.strip()[:1].isupper() and not sentence_start:
        return True
    return bool(re.match(r"\s*[A-ZÀ-Ý]", f.after))


CONDITIONS = {
    "english_typography": lambda f: f.english and (f.type in TYPO_TYPES or f.rule.startswith("tf:")),
    "english": lambda f: f.english,
    "unaccented": lambda f: f.unaccented and not f.english and not f.rule.startswith("tf:"),
    "labelled_removed": lambda f: f.removed,
    "in_url": lambda f: bool(re.search(r"(https?://|www\.|@)\S*$", f.before)),
    "em_dash": lambda f: "—" in f.underlined,
    "negative_number": lambda f: bool(re.search(r"(^|\s)[-−–]\d[\d,.]*\s?$", f.before) or re.match(r"[-−–]\d", f.underlined)),
    "html": lambda f: bool(re.search(r"</?[a-zA-Z][a-zA-Z0-9]*(\s+[a-z-]+=|\s*/?>)", f.before[-40:] + f.underlined + f.after[:40])),
    "time_unit": lambda f: f.underlined.split()[-1] in TIME_UNITS if f.underlined.split() else False,
    "counted_noun": lambda f: f.underlined.split()[-1] in COUNTED_NOUNS if f.underlined.split() else False,
    "footnote": lambda f: f.underlined.startswith("[") or bool(re.match(r"\[\d+\]", f.after)),
    "broken_word": lambda f: bool(re.search(r"[a-zà-ÿ]-\s+[a-zà-ÿ]|[a-zà-ÿ]-\s*$", f.before[-3:] + f.underlined + f.after[:3])),
    "list_after_colon": lambda f: bool(re.search(r"[:;]\s*$", f.before) or re.search(r"[:;]\s*-", f.underlined)),
    "capital_without_accent": lambda f: bool(re.match(r"[EÉ](tat|cole|crit|poque|tude|ducation|glise|conomi|videmment|lysée|tienne|thiopie|cosse|gypt|rythrée|pinal|vreux)", f.underlined + f.after[:15])),
    "split_word": lambda f: bool(re.fullmatch(r"[A-Z] [a-z]", f.underlined.strip()) or re.match(r"\s?ment\b", f.after)),
    "apres_que": lambda f: bool(re.search(r"après qu", f.before[-30:])),
    "ministers_plural": lambda f: bool(re.search(r"ministres (de la|des) $", f.before[-20:])),
    "distributive": lambda f: bool(re.match(r"\s+(et|puis|ou)\s", f.after)),
    "name_near": near_name,
}


class Finding:
    def __init__(self, rule, type_, paragraph, start, end, suggestions, path, facts):
        self.rule, self.type, self.paragraph = rule, type_, paragraph
        self.underlined = paragraph[start:end]
        self.before, self.after = paragraph[max(0, start - 80):start], paragraph[end:end + 80]
        self.suggestions, self.path = suggestions, path
        self.english, self.unaccented, self.removed = facts

    def example(self):
        text = (self.before[-45:] + "[[" + self.underlined + "]]" + self.after[:35]).replace("\n", " ")
        suggestion = " | ".join(self.suggestions[:2])
        return {"file": self.path, "text": text, "suggestion": suggestion}


def classify(finding):
    for group, kind, rules, condition, why in CLASSES:
        if re.fullmatch(rules, finding.rule) and (condition is None or CONDITIONS[condition](finding)):
            return group, kind, why
    return "unclassified", finding.rule, "no entry of CLASSES matches: add one"


# --------------------------------------------------------------------------------------------------------------
# Reading normalized files
# --------------------------------------------------------------------------------------------------------------
def body_paragraphs(path):
    """The paragraphs of a normalized file's body: the Markdown after the front matter, blank-line separated, as
    text (a heading's # marks and NC211's escapes taken off)."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        raise SystemExit(f"{path}: no front matter")
    body = text[3:].split("\n---\n", 1)[1]
    for block in body.split("\n\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        heading = re.match(r"#{1,6} ", block)
        block = block[heading.end():] if heading else block
        block = re.sub(r"^\\(?=[-*+>#`])", "", block)
        block = re.sub(r"^(\d+)\\(?=[.)])", r"\1", block)
        yield block


def rule_id(raw):
    match = re.fullmatch(r"g[v]?\d+__(.+?)__b\d+_a\d+_\d+", raw)
    return match.group(1) if match else raw


# --------------------------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------------------------
def extract_eval(eval_root, out):
    """Each labelled line is 'label|raw line' after a --- YAML block (bench/eval/FORMAT.md; read as
    LabelledText.Read does). The raw text goes to OUT/raw/<split>-<name>.txt; the title and date lines of the
    YAML block to OUT/labels.json, for sidecars."""
    os.makedirs(os.path.join(out, "raw"), exist_ok=True)
    labels = {}
    paths = sorted(glob.glob(os.path.join(eval_root, "*", "*.txt")))
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            lines = handle.read().replace("\r\n", "\n").split("\n")
        if lines[0] != "---" or "---" not in lines[1:]:
            raise SystemExit(f"{path}: not a labelled text")
        end = lines.index("---", 1)
        body = lines[end + 1:]
        if body and body[-1] == "":
            body = body[:-1]
        raw = "".join(line[line.index("|") + 1:] + "\n" for line in body)
        name = os.path.basename(os.path.dirname(path)) + "-" + os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(out, "raw", name + ".txt"), "w", encoding="utf-8", newline="") as handle:
            handle.write(raw)
        header = {line.split(":", 1)[0]: line for line in lines[1:end] if re.match(r"(title|date):", line)}
        removed, kept = [], []
        for line in body:
            label = line[:line.index("|")].strip()
            if label:
                (removed if set(re.split(r"\s*\+\s*", label)) <= REMOVED_LABELS else kept).append(line[line.index("|") + 1:])
        labels[name] = dict(header, removed=removed, kept=kept)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as handle:
        json.dump(labels, handle, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"{len(paths)} labelled texts -> {out}/raw")


# Labels of lines that must leave the body (bench/eval/FORMAT.md; the title goes to the front matter); a line gluing
# one of these to article text ("stamp+content") stays, so only lines whose every label is here count, and a line
# whose text is also a kept line's (a duplicate) does not.
REMOVED_LABELS = {"title", "stamp", "byline", "caption", "credit", "furniture", "embed", "duplicate"}


def letters_key(text):
    return re.sub(r"[^\w]|_", "", text.lower())


def removed_keys(labels):
    """{text name: letter keys of its raw lines labelled as leaving the body} for a set with labels."""
    if not labels:
        return {}
    keys = {}
    for name, entry in labels.items():
        kept = {letters_key(line) for line in entry.get("kept", [])}
        keys[name] = sorted({k for k in map(letters_key, entry.get("removed", [])) if len(k) >= 8 and k not in kept},
                            key=lambda k: (-len(k), k))
    return keys


def is_removed(paragraph, keys):
    """The paragraph is (or holds whole) a line the labels say must leave the body: compared on letters and digits
    only, since normalize changed its spaces, quotes and apostrophes. A duplicate's text is also a kept line's, so
    a paragraph counts only when it is nothing else: equal to such a line, or made of such lines."""
    if not keys:
        return False
    key = letters_key(paragraph)
    if key in keys:
        return True
    rest = key
    for k in keys:
        rest = rest.replace(k, "")
    return len(rest) < 0.2 * len(key)


def refused(log):
    """Texts normalize refused, from its log: {name: set of rule ids}."""
    result = {}
    with open(log, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"raw/(.+?)\.txt:(?:\d+:\d+: error (NC\d+)|\s*not normalized)", line)
            if match:
                result.setdefault(match.group(1), set()).update([match.group(2)] if match.group(2) else [])
    return result


def sidecars(out, log):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as handle:
        labels = json.load(handle)
    written = 0
    for name, rules in sorted(refused(log).items()):
        header = labels.get(name, {})
        lines = []
        if "NC101" in rules and "title" in header:
            lines.append(header["title"])
        if "NC102" in rules:
            date = header.get("date", "date: null")
            # A null date in the labels: a placeholder, since only the body is measured.
            lines.append(date if not re.match(r"date:\s*null", date) else "date: 2000-01-01   # placeholder: the labels give none")
        if lines:
            with open(os.path.join(out, "raw", name + ".meta.yaml"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            written += 1
    print(f"{written} sidecars from the labels for texts refused for want of a title or date")


def formatter_changes(tfm, paragraph):
    """What TextFormatter.formatText would change, by kind: each of its default options applied alone to the
    paragraph (same regexes, same order within the option), so a change is attributed to the option that makes
    it and not to one that only follows another's change. Yields (option, after) for every option that changes it."""
    for option, on in tfm.dDefaultOptions.items():
        if not on:
            continue
        text = paragraph
        for regex, replacement in tfm.dReplTable[option]:
            text = regex.sub(replacement, text)
        if text != paragraph:
            yield option, text


def first_change(before, after):
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            return a1, a2, b1, b2
    return 0, 0, 0, 0


def report(args):
    import grammalecte  # Debian python3-grammalecte 2.1.2
    from grammalecte.fr import textformatter as tfm

    checker = grammalecte.GrammarChecker("fr")
    engine = checker.getGCEngine()
    formatter = checker.getTextFormatter()  # compiles tfm.dReplTable in place
    options = engine.getOptions()

    results = {
        "tool": {"name": "Grammalecte", "version": engine.version, "package": "Debian python3-grammalecte",
                 "grammar_options": "defaults of the Python context: " + ", ".join(sorted(k for k, v in options.items() if v)),
                 "formatter_options": ", ".join(k for k, v in tfm.dDefaultOptions.items() if v)},
        "command": "bench/grammalecte/run",
        "generated_count": args["generated_count"],
        "groups": ["miss", "style", "false_alarm", "unclassified"],
        "sets": {},
    }
    labels = {}
    for name, path in args["labels"]:
        with open(path, encoding="utf-8") as handle:
            labels[name] = json.load(handle)
    for name, raw_dir, normalized_dir, log in args["sets"]:
        texts = len(glob.glob(os.path.join(raw_dir, "*.txt")))
        files = sorted(glob.glob(os.path.join(normalized_dir, "*.md")))
        not_normalized = refused(log)
        paragraphs = english = unaccented = 0
        groups = {g: collections.OrderedDict() for g in results["groups"]}
        rules = collections.Counter()
        rule_groups = collections.defaultdict(collections.Counter)
        changed = 0
        kinds = {}

        def add(finding):
            group, kind, why = classify(finding)
            entry = groups[group].setdefault(kind, {"count": 0, "texts": set(), "why": why, "rules": collections.Counter(), "examples": []})
            entry["count"] += 1
            entry["texts"].add(finding.path)
            entry["rules"][finding.rule] += 1
            example = finding.example()
            if len(entry["examples"]) < 3 and all(e["text"] != example["text"] for e in entry["examples"]):
                entry["examples"].append(example)
            return group

        removed_lines = removed_keys(labels.get(name))
        removed = 0
        for path in files:
            short = os.path.basename(path)
            text_paragraphs = list(body_paragraphs(path))
            text_unaccented = is_unaccented(text_paragraphs)
            for paragraph in text_paragraphs:
                paragraphs += 1
                facts = (is_english(paragraph), text_unaccented and not is_english(paragraph),
                         is_removed(paragraph, removed_lines.get(os.path.splitext(short)[0], ())))
                english += facts[0]
                unaccented += facts[1]
                removed += facts[2]
                for error in engine.parse(paragraph, "FR"):
                    rid = rule_id(error["sRuleId"])
                    finding = Finding(rid, error["sType"], paragraph, error["nStart"], error["nEnd"],
                                      error["aSuggestions"], short, facts)
                    group = add(finding)
                    rules[rid] += 1
                    rule_groups[rid][group] += 1
                if formatter.formatText(paragraph) != paragraph:
                    changed += 1
                for option, after in formatter_changes(tfm, paragraph):
                    a1, a2, b1, b2 = first_change(paragraph, after)
                    finding = Finding("tf:" + option, "formatter", paragraph, a1, a2, [after[b1:b2]], short, facts)
                    group, kind, why = classify(finding)
                    entry = kinds.setdefault(option, {"paragraphs": 0, "groups": collections.Counter(), "kinds": {}})
                    entry["paragraphs"] += 1
                    entry["groups"][group] += 1
                    of_kind = entry["kinds"].setdefault(kind, {"group": group, "paragraphs": 0, "texts": set(), "examples": []})
                    of_kind["paragraphs"] += 1
                    of_kind["texts"].add(short)
                    example = {"file": short, "before": paragraph[max(0, a1 - 30):a2 + 30], "after": after[max(0, b1 - 30):b2 + 30]}
                    if len(of_kind["examples"]) < 2 and all(e["before"] != example["before"] for e in of_kind["examples"]):
                        of_kind["examples"].append(example)

        def group_summary(group):
            kinds_of = sorted(groups[group].items(), key=lambda item: (-item[1]["count"], item[0]))
            return {"count": sum(e["count"] for _, e in kinds_of),
                    "kinds": [{"kind": k, "count": e["count"], "texts": len(e["texts"]), "why": e["why"],
                               "rules": dict(sorted(e["rules"].items(), key=lambda r: (-r[1], r[0]))),
                               "examples": e["examples"]} for k, e in kinds_of]}

        results["sets"][name] = {
            "texts": texts,
            "normalized": len(files),
            "not_normalized": {k: sorted(v) for k, v in sorted(not_normalized.items())},
            "paragraphs": paragraphs,
            "paragraphs_english": english,
            "paragraphs_unaccented": unaccented,
            "paragraphs_labelled_removed": removed,
            "findings": sum(rules.values()),
            "groups": {g: group_summary(g) for g in results["groups"]},
            "rules": [{"rule": r, "count": n, "groups": dict(rule_groups[r])}
                      for r, n in sorted(rules.items(), key=lambda item: (-item[1], item[0]))],
            "formatter": {"paragraphs_changed": changed,
                          "kinds": [{"option": o, "paragraphs": e["paragraphs"], "groups": dict(e["groups"]),
                                     "kinds": [dict(kind=k, **dict(v, texts=len(v["texts"]))) for k, v in sorted(e["kinds"].items(), key=lambda kv: (-kv[1]["paragraphs"], kv[0]))]}
                                    for o, e in sorted(kinds.items(), key=lambda item: (-item[1]["paragraphs"], item[0]))]},
        }
    with open(args["json"], "w", encoding="utf-8") as handle:
        json.dump(results, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print_report(results)
    print(f"\nwritten: {os.path.relpath(args['json'])}")


LABELS = {"miss": "our misses", "style": "style differences", "false_alarm": "its false alarms", "unclassified": "unclassified"}


def print_report(results):
    print(f"Grammalecte {results['tool']['version']}, default options; bodies of the normalized files, paragraph by paragraph")
    for name, s in results["sets"].items():
        refused_count = len(s["not_normalized"])
        print(f"\n== {name}: {s['normalized']} of {s['texts']} texts normalized"
              + (f" ({refused_count} refused: {', '.join(s['not_normalized'])})" if refused_count else "")
              + f"; {s['paragraphs']} paragraphs checked ({s['paragraphs_english']} in English, {s['paragraphs_unaccented']} in texts"
              + f" without accents, {s['paragraphs_labelled_removed']} that the labels say should have left the body)")
        g = s["groups"]
        print(f"   {s['findings']} findings: " + ", ".join(f"{LABELS[k]} {g[k]['count']}" for k in results["groups"]))
        for group in ["unclassified", "miss", "style", "false_alarm"]:
            if not g[group]["count"]:
                continue
            print(f"   -- {LABELS[group]} ({g[group]['count']})")
            for kind in g[group]["kinds"]:
                rules = ", ".join(f"{r} {n}" for r, n in kind["rules"].items())
                print(f"   {kind['count']:5}  {kind['kind']}  [{rules}; {kind['texts']} text{'s' if kind['texts'] > 1 else ''}]")
                for example in kind["examples"][:3]:
                    suggestion = f"  -> {example['suggestion']}" if example["suggestion"] else ""
                    print(f"            {example['text']!r}{suggestion}  ({example['file']})")
        top = ", ".join(f"{r['rule']} {r['count']}" for r in s["rules"][:6])
        print(f"   top rules: {top or '(none)'}")
        f = s["formatter"]
        print(f"   text formatter: {f['paragraphs_changed']} of {s['paragraphs']} paragraphs changed")
        for option in f["kinds"]:
            print(f"   {option['paragraphs']:5}  {option['option']}")
            for kind in option["kinds"]:
                print(f"          {kind['paragraphs']:5}  {LABELS[kind['group']]}: {kind['kind']} ({kind['texts']} text{'s' if kind['texts'] > 1 else ''})")
                for example in kind["examples"]:
                    print(f"                   {example['before']!r} -> {example['after']!r}  ({example['file']})")
    print("\n| set | paragraphs | findings | our misses | style differences | false alarms | unclassified | formatter: paragraphs changed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, s in results["sets"].items():
        g = s["groups"]
        print(f"| {name} | {s['paragraphs']} | {s['findings']} | {g['miss']['count']} | {g['style']['count']} | "
              f"{g['false_alarm']['count']} | {g['unclassified']['count']} | {s['formatter']['paragraphs_changed']} |")


def main(argv):
    if len(argv) >= 3 and argv[0] == "extract-eval":
        return extract_eval(argv[1], argv[2])
    if len(argv) >= 3 and argv[0] == "sidecars":
        return sidecars(argv[1], argv[2])
    if argv and argv[0] == "report":
        args = {"sets": [], "labels": [], "json": None, "generated_count": None}
        i = 1
        while i < len(argv):
            if argv[i] == "--json":
                args["json"], i = argv[i + 1], i + 2
            elif argv[i] == "--generated-count":
                args["generated_count"], i = int(argv[i + 1]), i + 2
            elif argv[i] == "--labels":
                args["labels"].append((argv[i + 1], argv[i + 2]))
                i += 3
            elif argv[i] == "--set":
                args["sets"].append(tuple(argv[i + 1:i + 5]))
                i += 5
            else:
                raise SystemExit(f"unknown argument {argv[i]}")
        if not args["json"] or not args["sets"]:
            raise SystemExit("report needs --json FILE and at least one --set NAME RAW_DIR NORMALIZED_DIR LOG")
        return report(args)
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
