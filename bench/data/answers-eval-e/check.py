#!/usr/bin/env python3
"""Checks set E (questions.json against knowledge/). stdlib only. Run: python3 check.py [KNOWLEDGE_DIR]"""
import collections, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tools"))
from textof import text_of  # noqa: E402

K = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "knowledge")
CATS = {"everyday": 26, "direct": 16, "compound": 14, "typo": 14, "amounts-dates": 16, "english": 16, "near-miss": 16, "unanswerable": 12}
NOT_FOUND = {"near-miss", "unanswerable"}
FORMATS = {".md", ".txt", ".html", ".eml", ".docx", ".pdf"}
# Colloquial words of the everyday questions that must not occur as whole words in any document.
COLLOQUIAL = ["weghauen", "umgeknickt", "kaputtgegangen", "fitnessstudio", "schüssel", "auszustempeln", "ausstempeln",
              "stundenkonto", "kaffeemaschine", "kuli", "komischen", "pc-zugang", "umhauen",
              "eiche", "kleiner", "zuhause", "krieg", "nen", "ne", "ner", "hinstellen", "brauch"]

errors = []
def norm(s):
    return re.sub(r"\s+", " ", s.replace("**", "")).strip()

docs = {}
for root, _, files in os.walk(K):
    for f in files:
        p = os.path.join(root, f)
        docs[os.path.relpath(p, K).replace(os.sep, "/")] = norm(text_of(p))
if not 28 <= len(docs) <= 34:
    errors.append("expected 28-34 documents, found %d" % len(docs))
exts = collections.Counter(os.path.splitext(d)[1] for d in docs)
if set(exts) != FORMATS:
    errors.append("formats %s, expected %s" % (sorted(exts), sorted(FORMATS)))
for d, t in docs.items():
    if not 1200 <= len(t) <= 8000:
        errors.append("%s: %d characters of text (expected 1200-8000)" % (d, len(t)))

data = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
qs = data["questions"]
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
used = set()
by_cat = collections.defaultdict(list)
for q in qs:
    cat = q["category"]
    by_cat[cat].append(q)
    if not re.fullmatch(r"e-%s-\d\d" % re.escape(cat), q["id"]):
        errors.append("%s: id does not match category" % q["id"])
    if cat not in CATS:
        errors.append("%s: unknown category %s" % (q["id"], cat)); continue
    if cat in NOT_FOUND:
        if q["expected"] or q["keyFacts"]:
            errors.append("%s: %s must have empty expected and keyFacts" % (q["id"], cat))
    else:
        if not q["expected"] or not q["keyFacts"]:
            errors.append("%s: answerable question without expected/keyFacts" % q["id"])
        for e in q["expected"]:
            if e not in docs:
                errors.append("%s: expected path %s does not exist" % (q["id"], e))
            used.add(e)
        for f in q["keyFacts"]:
            if not any(norm(f) in docs.get(e, "") for e in q["expected"]):
                errors.append("%s: key fact %r not in an expected document" % (q["id"], f))
    if cat in ("near-miss", "typo") and not q.get("note"):
        errors.append("%s: %s needs a note" % (q["id"], cat))
    if cat == "everyday":
        for w in COLLOQUIAL:
            if re.search(r"\b%s\b" % re.escape(w), q["question"], re.I):
                for d, t in docs.items():
                    if re.search(r"\b%s\b" % re.escape(w), t, re.I):
                        errors.append("%s: colloquial word %r occurs in %s" % (q["id"], w, d))
for cat, n in CATS.items():
    items = by_cat.get(cat, [])
    if len(items) != n:
        errors.append("%s: %d questions, expected %d" % (cat, len(items), n))
    for i, q in enumerate(sorted(items, key=lambda q: hashlib.sha1(q["id"].encode()).hexdigest())):
        if q["split"] != ("dev" if i % 2 == 0 else "test"):
            errors.append("%s: split violates the sha1 rule" % q["id"])
for d in sorted(set(docs) - used):
    errors.append("%s is the expected document of no question" % d)

print("%-14s %4s %5s %5s" % ("category", "dev", "test", "all"))
for cat in CATS:
    c = collections.Counter(q["split"] for q in by_cat.get(cat, []))
    print("%-14s %4d %5d %5d" % (cat, c["dev"], c["test"], c["dev"] + c["test"]))
c = collections.Counter(q["split"] for q in qs)
print("%-14s %4d %5d %5d" % ("all", c["dev"], c["test"], len(qs)))
print("documents: %d (%s)" % (len(docs), ", ".join("%s %d" % kv for kv in sorted(exts.items()))))
for e in errors:
    print("ERROR:", e)
if errors:
    sys.exit(1)
print("OK")
