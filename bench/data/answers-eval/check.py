#!/usr/bin/env python3
"""Checks questions.json against the documents (existing-docs-text/ + knowledge/)."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["direct", "everyday", "compound", "typo", "amounts-dates", "english", "near-miss", "unanswerable"]
FIRST = "Fiktives Beispiel – erstellt für den Rathaus-Assistenten, keine echte Dienstanweisung."

def load_docs():
    docs = {}
    ex = os.path.join(HERE, "existing-docs-text")
    for f in sorted(os.listdir(ex)):
        name = f[len("knowledge_"):] if f.startswith("knowledge_") else f
        name = name.replace("_", "/", 1)
        if name.endswith(".txt"): name = name[:-4]
        docs[name] = open(os.path.join(ex, f), encoding="utf-8").read()
    new = {}
    kn = os.path.join(HERE, "knowledge")
    for root, _, files in os.walk(kn):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), kn).replace(os.sep, "/")
            new[rel] = open(os.path.join(root, f), encoding="utf-8").read()
    return docs, new

def main():
    errors, warnings = [], []
    old, new = load_docs()
    for rel, text in new.items():
        if rel in old: errors.append(f"new document duplicates existing path: {rel}")
        if rel.split("/")[0] not in {"personal", "organisation", "buergerservice", "finanzen", "it"}:
            errors.append(f"bad folder: {rel}")
        if not rel.endswith((".md", ".txt")): errors.append(f"bad extension: {rel}")
        if text.splitlines()[0].strip() != FIRST: errors.append(f"{rel}: first line is not the fictional-example notice")
        n = len(text)
        if not 1500 <= n <= 4000: errors.append(f"{rel}: {n} characters (want 1500-4000)")
    if not 10 <= len(new) <= 12: errors.append(f"{len(new)} new documents (want 10-12)")
    docs = {**old, **new}

    data = json.load(open(os.path.join(HERE, "questions.json"), encoding="utf-8"))
    for k in ("description", "license", "questions"):
        if k not in data: errors.append(f"missing top-level key {k}")
    qs = data["questions"]
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)): errors.append("duplicate ids")
    used = collections.Counter()
    counts = collections.Counter()
    for q in qs:
        qid, cat = q["id"], q["category"]
        if cat not in CATS: errors.append(f"{qid}: unknown category {cat}")
        if q.get("split") not in ("dev", "test"): errors.append(f"{qid}: bad split")
        if not q["question"].strip(): errors.append(f"{qid}: empty question")
        counts[(cat, q["split"])] += 1
        exp, facts = q["expected"], q["keyFacts"]
        if cat in ("near-miss", "unanswerable"):
            if exp: errors.append(f"{qid}: {cat} must have expected []")
            if cat == "unanswerable" and facts: errors.append(f"{qid}: unanswerable must have keyFacts []")
            continue
        if not exp: errors.append(f"{qid}: no expected document")
        if not 1 <= len(facts) <= 2: errors.append(f"{qid}: {len(facts)} keyFacts (want 1-2)")
        for p in exp:
            if p not in docs: errors.append(f"{qid}: expected path not found: {p}")
            used[p] += 1
        for fct in facts:
            w = len(fct.split())
            if not 2 <= w <= 8: warnings.append(f"{qid}: keyFact has {w} words: {fct!r}")
            if not any(fct in docs.get(p, "") for p in exp):
                errors.append(f"{qid}: keyFact not verbatim in expected doc(s): {fct!r}")
    for p in docs:
        if used[p] == 0: errors.append(f"document without questions: {p}")

    print(f"{len(old)} existing + {len(new)} new documents, {len(qs)} questions\n")
    print(f"{'category':<15}{'dev':>5}{'test':>6}{'total':>7}")
    for c in CATS:
        d, t = counts[(c, "dev")], counts[(c, "test")]
        print(f"{c:<15}{d:>5}{t:>6}{d+t:>7}")
        if d + t < 20: errors.append(f"category {c}: only {d+t} questions")
        if abs(d - t) > 1: errors.append(f"category {c}: split unbalanced {d}/{t}")
    dv = sum(v for (c, s), v in counts.items() if s == "dev")
    print(f"{'ALL':<15}{dv:>5}{len(qs)-dv:>6}{len(qs):>7}\n")
    if len(qs) < 200: errors.append("fewer than 200 questions")
    print("questions per document:")
    for p in sorted(docs): print(f"  {used[p]:3d}  {p}")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print("\nOK" if not errors else f"\n{len(errors)} error(s)")
    return 1 if errors else 0

sys.exit(main())
