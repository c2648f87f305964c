#!/usr/bin/env python3
"""Checks questions.json (set B) against the knowledge folder. Python 3 stdlib only
(+ the pdftotext command from poppler-utils for the one PDF).
Usage: python3 check.py [KNOWLEDGE_DIR]   (default: $KNOWLEDGE_DIR or /work/main/knowledge)"""
import email, email.policy, hashlib, html, json, os, re, subprocess, sys, zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KDIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KNOWLEDGE_DIR", "/work/main/knowledge")
CATS = {"everyday": 30, "near-miss": 30, "unanswerable": 20, "english": 25, "direct": 15,
        "compound": 15, "typo": 15, "amounts-dates": 10}
BANNED_EVERYDAY = ["knöllchen", "perso", "poolauto", "gelber schein", "homeoffice"]

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
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("pdftotext failed for %s: %s" % (path, r.stderr.decode(errors="replace")))
        return r.stdout.decode("utf-8")
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
    cache = {}
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
        if q["split"] not in ("dev", "test"):
            errors.append("%s: bad split %s" % (qid, q["split"]))
        if not qid.startswith("b-"):
            errors.append("%s: id must start with b-" % qid)
        if cat in ("near-miss", "unanswerable"):
            if q["expected"] or q["keyFacts"]:
                errors.append("%s: %s must have expected [] and keyFacts []" % (qid, cat))
            continue
        if not q["expected"] or not q["keyFacts"]:
            errors.append("%s: answerable question needs expected and keyFacts" % qid)
        texts = []
        for p in q["expected"]:
            full = os.path.join(KDIR, p)
            if not os.path.isfile(full):
                errors.append("%s: expected path does not exist: %s" % (qid, p))
                continue
            if p not in cache:
                cache[p] = norm(text_of(full))
            texts.append(cache[p])
        for kf in q["keyFacts"]:
            if not any(norm(kf) in t for t in texts):
                errors.append("%s: keyFact not found verbatim in expected docs: %r" % (qid, kf))
        if cat == "everyday":
            low = q["question"].lower()
            for b in BANNED_EVERYDAY:
                if b in low:
                    errors.append("%s: everyday question uses banned word %r" % (qid, b))
    # split rule: within each category sort by sha1(id), dev/test alternately
    bycat = defaultdict(list)
    for q in qs:
        bycat[q["category"]].append(q)
    for cat, items in bycat.items():
        ranked = sorted(items, key=lambda q: hashlib.sha1(q["id"].encode("utf-8")).hexdigest())
        for k, q in enumerate(ranked):
            want = "dev" if k % 2 == 0 else "test"
            if q["split"] != want:
                errors.append("%s: split %s does not follow the sha1 rule (want %s)" % (q["id"], q["split"], want))
    # counts
    print("%-14s %5s %5s %6s %6s" % ("category", "dev", "test", "total", "min"))
    tot = Counter()
    for cat in CATS:
        c = Counter(q["split"] for q in bycat.get(cat, []))
        n = c["dev"] + c["test"]
        tot.update(c)
        print("%-14s %5d %5d %6d %6d" % (cat, c["dev"], c["test"], n, CATS[cat]))
        if n < CATS[cat]:
            errors.append("category %s has %d < %d questions" % (cat, n, CATS[cat]))
    print("%-14s %5d %5d %6d" % ("all", tot["dev"], tot["test"], len(qs)))
    if len(qs) < 150:
        errors.append("fewer than 150 questions")
    docs = Counter(p for q in qs for p in q["expected"])
    print("documents used as expected: %d" % len(docs))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        print("FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
