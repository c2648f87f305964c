# -*- coding: utf-8 -*-
"""Validiert data/*.json gegen die OParl-1.1-Schemas (inkl. eingebetteter Objekte) und prüft Referenzen.

Aufruf: python3 tools/validate.py [SCHEMA_DIR]
"""
import copy
import datetime as dt
import json
import os
import re
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
SCHEMA_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/fixtures/oparl/schema"
SCHEMAS = {os.path.splitext(f)[0]: json.load(open(os.path.join(SCHEMA_DIR, f), encoding="utf-8"))
           for f in os.listdir(SCHEMA_DIR) if f.endswith(".json")}

fc = jsonschema.FormatChecker()


@fc.checks("url")
def _url(v):
    return isinstance(v, str) and re.match(r"^https?://[^\s/$.?#].[^\s]*$", v) is not None


@fc.checks("date", raises=ValueError)
def _date(v):
    if not isinstance(v, str):
        return True
    dt.date.fromisoformat(v)
    return re.match(r"^\d{4}-\d{2}-\d{2}$", v) is not None


@fc.checks("date-time", raises=ValueError)
def _dt(v):
    if not isinstance(v, str):
        return True
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$", v):
        raise ValueError("not ISO 8601 with offset: " + v)
    dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    return True


errors = []
count = {}


def schema_for(name, v10):
    s = SCHEMAS[name]
    if v10:
        s = copy.deepcopy(s)
        s["properties"]["type"]["pattern"] = s["properties"]["type"]["pattern"].replace("1\\.1", "1\\.0")
    return s


def check(obj, name, where, v10=False):
    count[name] = count.get(name, 0) + 1
    v = jsonschema.Draft7Validator(schema_for(name, v10), format_checker=fc)
    for e in v.iter_errors(obj):
        errors.append(f"{where} [{name}] {'/'.join(map(str, e.path))}: {e.message}")
    props = SCHEMAS[name]["properties"]
    for k in obj:
        if k not in props:
            errors.append(f"{where} [{name}] unknown property {k}")
    # nested objects declared via "schema"
    for k, spec in props.items():
        if k not in obj:
            continue
        sub = spec.get("schema") or spec.get("items", {}).get("schema")
        if not sub:
            continue
        subname = sub.replace(".json", "")
        val = obj[k]
        if isinstance(val, dict):
            check(val, subname, f"{where}.{k}", v10)
        elif isinstance(val, list):
            for i, x in enumerate(val):
                if isinstance(x, dict):
                    check(x, subname, f"{where}.{k}[{i}]", v10)


FILES = {"system.json": "System", "body.json": "Body", "organizations.json": "Organization", "persons.json": "Person",
         "memberships.json": "Membership", "papers.json": "Paper", "meetings.json": "Meeting", "agendaitems.json": "AgendaItem",
         "consultations.json": "Consultation", "files.json": "File", "locations.json": "Location",
         "legislativeterms.json": "LegislativeTerm", "oparl10-papers.json": "Paper"}
ALL = {}
for fn, name in FILES.items():
    arr = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
    assert isinstance(arr, list), fn
    for i, o in enumerate(arr):
        check(o, name, f"{fn}[{i}]", v10=(fn == "oparl10-papers.json"))


def walk(o):
    if isinstance(o, dict):
        if "id" in o and "type" in o:
            yield o
        for v in o.values():
            yield from walk(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk(v)


ids = {}
for fn in FILES:
    for o in walk(json.load(open(os.path.join(DATA, fn), encoding="utf-8"))):
        prev = ids.get(o["id"])
        if prev is not None and prev != o:
            errors.append(f"inconsistent copies of {o['id']}")
        ids[o["id"]] = o

BASE = "https://ris.musterhausen.example/oparl/v1/"
LIST_SUFFIX = ("/meetings", "/consultations", "/organizations", "/persons", "/papers", "/agendaItems", "/files",
               "/locations", "/legislativeTerms", "/memberships", "/bodies")
REFKEYS = {"body", "system", "person", "organization", "meeting", "paper", "agendaItem", "consultation", "relatedPaper",
           "superordinatedPaper", "subordinatedPaper", "originatorPerson", "originatorOrganization", "underDirectionOf",
           "participant", "membership", "onBehalfOf", "mainOrganization", "masterFile", "derivativeFile"}
for o in list(ids.values()):
    for k, v in o.items():
        if k not in REFKEYS:
            continue
        for u in (v if isinstance(v, list) else [v]):
            if isinstance(u, str) and u.startswith(BASE) and not u.endswith(LIST_SUFFIX) and u not in ids:
                errors.append(f"{o['id']}.{k} -> dangling {u}")

# every file has a text file
for o in ids.values():
    if o["type"].endswith("/File"):
        n = o["id"].rsplit("/", 1)[1]
        p = os.path.join(DATA, "files", f"{n}.txt")
        if not os.path.exists(p):
            errors.append(f"missing text {p}")
        else:
            w = len(open(p, encoding="utf-8").read().split())
            if not 150 <= w <= 600:
                errors.append(f"{p}: {w} words")
    for k in ("created", "modified"):
        if k in o and not ("2024-01-01" <= o[k][:10] <= "2026-11-30"):
            errors.append(f"{o['id']} {k} out of range {o[k]}")
    if "created" in o and "modified" in o and o["modified"] < o["created"]:
        if dt.datetime.fromisoformat(o["modified"]) < dt.datetime.fromisoformat(o["created"]):
            errors.append(f"{o['id']} modified before created")

# consultation <-> agenda item consistency
for o in ids.values():
    if o["type"].endswith("/AgendaItem") and "consultation" in o:
        c = ids[o["consultation"]]
        if c.get("agendaItem") != o["id"] or c.get("meeting") != o["meeting"]:
            errors.append(f"agenda/consultation mismatch {o['id']}")
    if o["type"].endswith("/AgendaItem") and o.get("public") is False:
        if any(k in o for k in ("consultation", "resolutionText", "resolutionFile", "auxiliaryFile")):
            errors.append(f"non-public item with content {o['id']}")

print("validated objects per schema (incl. embedded):", json.dumps(count, sort_keys=True))
print("distinct ids:", len(ids))
if errors:
    print(len(errors), "ERRORS")
    for e in errors[:80]:
        print(" ", e)
    sys.exit(1)
print("OK: no errors")
