#!/usr/bin/env python3
"""Checks questions.json (answers set D, pure held-out test set) against its knowledge folder. Python 3 stdlib only
(docx read via zipfile, eml via the email package).
Usage: python3 check.py [KNOWLEDGE_DIR]   (default: ./knowledge next to this file, or $KNOWLEDGE_DIR)"""
import email, email.policy, hashlib, html, json, os, re, sys, zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KDIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KNOWLEDGE_DIR", os.path.join(HERE, "knowledge"))
CATS = {"everyday": 25, "near-miss": 20, "english": 15, "english-unanswerable": 8, "unanswerable": 15,
        "direct": 17, "compound": 12, "typo": 10, "amounts-dates": 8}
TOTAL = 130
EMPTY = ("near-miss", "unanswerable", "english-unanswerable")
# colloquial words used by everyday questions; they must not occur (as whole words) in any document
COLLOQUIAL = ["karre", "krankgeschrieben", "kohle", "knete", "zettel", "perso", "kiste", "abhauen", "flöten",
              "handy", "stempeln", "gestempelt", "klamotten", "chef", "chefin", "verbummelt", "kaputt", "kram",
              "bude", "schotter", "blaumann", "kids", "krieg", "kriegt", "daheim", "wegschmeißen", "geklaut"]
FORMATS = {"md", "txt", "html", "eml", "docx"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u00ad", "")).strip()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:tab/>", "\t", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        return html.unescape(x)
    raw = open(path, "rb").read()
    if ext == "eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return str(msg["subject"] or "") + "\n" + (body.get_content() if body else "")
    t = raw.decode("utf-8")
    if ext in ("html", "htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t


def main():
    data = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    qs = data["questions"]
    errors = []
    # --- documents
    docs = {}
    for root, _, files in os.walk(KDIR):
        for f in files:
            full = os.path.join(root, f)
            docs[os.path.relpath(full, KDIR).replace(os.sep, "/")] = norm(text_of(full))
    fmt = Counter(p.rsplit(".", 1)[-1].lower() for p in docs)
    if not 20 <= len(docs) <= 24:
        errors.append("knowledge folder has %d documents (want 20-24)" % len(docs))
    for f in FORMATS:
        if not fmt[f]:
            errors.append("no document of format %s" % f)
    if fmt["docx"] < 4:
        errors.append("fewer than 4 docx files")
    for p, t in sorted(docs.items()):
        if not 2000 <= len(t) <= 8000:
            errors.append("%s: %d characters (want 2000-8000)" % (p, len(t)))
        if p.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(KDIR, p)) as z:
                names = set(z.namelist())
                x = z.read("word/document.xml").decode("utf-8")
            for need in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
                if need not in names:
                    errors.append("%s: missing part %s" % (p, need))
            if "<w:pStyle" not in x or "<w:tbl>" not in x:
                errors.append("%s: needs a heading style and a table" % p)
        low = t.lower()
        for w in COLLOQUIAL:
            if re.search(r"\b%s\b" % re.escape(w), low):
                errors.append("%s: document uses colloquial everyday word %r" % (p, w))
    # --- questions
    ids = Counter(q["id"] for q in qs)
    for i, n in ids.items():
        if n > 1:
            errors.append("duplicate id %s" % i)
    for q in qs:
        for f in ("id", "split", "category", "question", "expected", "keyFacts"):
            if f not in q:
                errors.append("%s: missing field %s" % (q.get("id"), f))
        qid, cat = q["id"], q["category"]
        if cat not in CATS:
            errors.append("%s: unknown category %s" % (qid, cat))
        if not re.fullmatch(r"d-%s-\d\d" % re.escape(cat), qid):
            errors.append("%s: id must be d-<category>-NN" % qid)
        if q["split"] != "test":
            errors.append("%s: split must be test (set D is held out), got %s" % (qid, q["split"]))
        if cat in EMPTY:
            if q["expected"] or q["keyFacts"]:
                errors.append("%s: %s must have expected [] and keyFacts []" % (qid, cat))
            if cat == "near-miss" and not q.get("note"):
                errors.append("%s: near-miss needs a note naming the closest document" % qid)
            continue
        if not q["expected"] or not q["keyFacts"]:
            errors.append("%s: answerable question needs expected and keyFacts" % qid)
        texts = []
        for p in q["expected"]:
            if p not in docs:
                errors.append("%s: expected path does not exist: %s" % (qid, p))
                continue
            texts.append(docs[p])
        for kf in q["keyFacts"]:
            if not any(norm(kf) in t for t in texts):
                errors.append("%s: keyFact not found verbatim in expected docs: %r" % (qid, kf))
        if cat == "typo" and not q.get("note"):
            errors.append("%s: typo question needs a note naming the typos" % qid)
    bycat = defaultdict(list)
    for q in qs:
        bycat[q["category"]].append(q)
    # --- counts
    print("%-22s %5s %5s %6s %6s" % ("category", "dev", "test", "total", "min"))
    tot = Counter()
    for cat in CATS:
        c = Counter(q["split"] for q in bycat.get(cat, []))
        n = c["dev"] + c["test"]
        tot.update(c)
        print("%-22s %5d %5d %6d %6d" % (cat, c["dev"], c["test"], n, CATS[cat]))
        if n != CATS[cat]:
            errors.append("category %s has %d questions (want %d)" % (cat, n, CATS[cat]))
    print("%-22s %5d %5d %6d" % ("all", tot["dev"], tot["test"], len(qs)))
    if len(qs) != TOTAL:
        errors.append("%d questions (want %d)" % (len(qs), TOTAL))
    used = Counter(p for q in qs for p in q["expected"])
    print("documents: %d (%s); used as expected: %d" % (len(docs), ", ".join("%s %d" % kv for kv in sorted(fmt.items())), len(used)))
    for p in sorted(set(docs) - set(used)):
        errors.append("document never expected: %s" % p)
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        print("FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
