# -*- coding: utf-8 -*-
"""Erzeugt den fiktiven OParl-1.1-Datensatz "Stadt Musterhausen" aus spec_base.py und spec_papers.py.

Aufruf: python3 tools/build.py   (im Ordner /work/evaldata/oparl-ris)
Deterministisch: gleiche Eingaben -> gleiche Ausgaben.
"""
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
from zoneinfo import ZoneInfo

from spec_base import ORGS, PERSONS, MEMBERSHIPS, LOCATIONS, MEETINGS, NONPUBLIC
from spec_papers import PAPERS, PAPERS_10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
FILES = os.path.join(DATA, "files")
BASE = "https://ris.musterhausen.example/oparl/v1"
WEB = "https://ris.musterhausen.example"
T11 = "https://schema.oparl.org/1.1/"
T10 = "https://schema.oparl.org/1.0/"
TZ = ZoneInfo("Europe/Berlin")
rnd = random.Random(20260101)
LIMIT = dt.datetime(2026, 11, 28, 16, 0, tzinfo=TZ)


def ts(day, hm="09:00"):
    d = dt.datetime.strptime(day + " " + hm, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d


def iso(d):
    if d > LIMIT:
        d = LIMIT
    return d.isoformat(timespec="seconds")


def dmy(day):
    y, m, d = day.split("-")
    return f"{d}.{m}.{y}"


def words(t):
    return len(re.findall(r"\S+", t))


# ------------------------------------------------------------------ ids
ORG = {}
for i, o in enumerate(ORGS):
    ORG[o[0]] = dict(n=11 + i, key=o[0], name=o[1], short=o[2], otype=o[3], cls=o[4], gen=o[5], start=o[6])
PER = {}
for i, p in enumerate(PERSONS):
    PER[p[0]] = dict(n=101 + i, key=p[0], title=p[1], given=p[2], family=p[3], gender=p[4], foa=p[5], status=p[6], frak=p[7])
    PER[p[0]]["name"] = (p[1] + " " if p[1] else "") + p[2] + " " + p[3]
LOC = {}
for i, (k, v) in enumerate(LOCATIONS.items()):
    LOC[k] = dict(n=21 + i, **v)
MEET = {}
for i, m in enumerate(MEETINGS):
    MEET[m[0]] = dict(n=301 + i, key=m[0], org=m[1], date=m[2], start=m[3], end=m[4], loc=m[5], num=m[6], state=m[7])

ALLP = PAPERS + PAPERS_10
PAP = {}
for i, p in enumerate(PAPERS):
    p["n"] = 4101 + i
    PAP[p["key"]] = p
for i, p in enumerate(PAPERS_10):
    p["n"] = 3901 + i
    PAP[p["key"]] = p

oid = lambda k: f"{BASE}/organization/{ORG[k]['n']}"
pid = lambda k: f"{BASE}/person/{PER[k]['n']}"
mid = lambda k: f"{BASE}/meeting/{MEET[k]['n']}"
paid = lambda k: f"{BASE}/paper/{PAP[k]['n']}"
lid = lambda k: f"{BASE}/location/{LOC[k]['n']}"
BODY = f"{BASE}/body/1"

_file_n = [8001]
_ai_n = [3001]
_con_n = [6001]
FILE_TEXTS = {}

FB_STAFF = {"FB1": "Julia Brenner", "FB2": "Markus Lohmann", "FB3": "Sandra Nowak", "FB4": "Dr. Tobias Kessler", "FB5": "Anja Reinholz"}
FRAK_CHAIR = {"BLM": "SCHU", "SLM": "DEMI", "GZM": "HOFF"}
PAD = [
    "Beteiligung: Die Vorlage wurde mit den betroffenen Fachbereichen abgestimmt. Die Gleichstellungsbeauftragte und der Personalrat wurden, soweit erforderlich, beteiligt.",
    "Rechtsgrundlage: Die Zuständigkeit der beratenden und beschließenden Gremien ergibt sich aus der Gemeindeordnung für das Land Nordrhein-Westfalen, der Hauptsatzung und der Zuständigkeitsordnung der Stadt Musterhausen.",
    "Hinweis: Die Vorlage und ihre Anlagen sind im Ratsinformationssystem der Stadt Musterhausen veröffentlicht. Rückfragen richten Sie bitte an die unten genannte Ansprechperson im Fachbereich.",
    "Öffentlichkeit: Die Beratung erfolgt in öffentlicher Sitzung. Personenbezogene Daten Dritter sind in dieser Vorlage nicht enthalten.",
]
KLIMA = {
    "FB5": "Klimarelevanz: Die Auswirkungen auf den Klimaschutz und die Klimafolgenanpassung wurden geprüft und sind in der Begründung dargestellt, soweit sie wesentlich sind.",
    "default": "Klimarelevanz: Die Vorlage hat keine wesentlichen Auswirkungen auf den Klimaschutz.",
}


def new_file(name, fname, mime, day, text, paper=None, meeting=None, created=None):
    n = _file_n[0]
    _file_n[0] += 1
    ext = ".pdf" if mime == "application/pdf" else ".txt"
    fn = fname + ext
    b = text.encode("utf-8")
    f = {
        "id": f"{BASE}/file/{n}",
        "type": T11 + "File",
        "name": name,
        "fileName": fn,
        "mimeType": mime,
        "date": day,
        "size": len(b) if mime == "text/plain" else 18000 + len(b) * 4 + rnd.randint(0, 9000),
        "accessUrl": f"{BASE}/file/{n}/access/{fn}",
        "downloadUrl": f"{BASE}/file/{n}/download/{fn}",
        "license": "https://creativecommons.org/publicdomain/zero/1.0/",
    }
    if mime == "text/plain":
        f["sha1Checksum"] = hashlib.sha1(b).hexdigest()
    if paper:
        f["paper"] = [paper]
    if meeting:
        f["meeting"] = [meeting]
    c = created or ts(day, "10:%02d" % rnd.randint(0, 59))
    f["created"] = iso(c)
    f["modified"] = iso(c + dt.timedelta(hours=rnd.randint(0, 30)))
    FILE_TEXTS[n] = text
    return f


def meeting_label(mk):
    m = MEET[mk]
    return f"{dmy(m['date'])} – {ORG[m['org']]['name']}"


# ------------------------------------------------------------------ paper texts
def beratungsfolge(p):
    lines = []
    for c in p["cons"]:
        mk = c[0]
        lines.append(f"{meeting_label(mk)} – {c[1]}")
    return "\n".join(lines) if lines else "keine Beratung vorgesehen (schriftliche Anfrage)"


def pad(text, minw=150):
    i = 0
    while words(text) < minw and i < len(PAD):
        text += "\n\n" + PAD[i]
        i += 1
    return text


def paper_text(p):
    ref, date, name, by = p["ref"], dmy(p["date"]), p["name"], p["by"]
    if by in ORG and ORG[by]["otype"] == "Fraktion":
        chair = PER[FRAK_CHAIR[by]]
        chair_role = "Fraktionsvorsitzende" if chair["gender"] == "female" else "Fraktionsvorsitzender"
        head = (f"{ORG[by]['name']} im Rat der Stadt Musterhausen\n{chair['name']}, {chair_role}\n\n"
                f"An die Bürgermeisterin der Stadt Musterhausen\nFrau Dr. Katrin Wellmann\nRathausplatz 1\n59999 Musterhausen\n\n"
                f"Musterhausen, den {date}\n\n{p['ptype']} {ref}\nBetreff: {name}\n\nSehr geehrte Frau Bürgermeisterin,\n\n")
        if p["ptype"] == "Anfrage":
            body = (f"die {ORG[by]['name']} bittet gemäß § 17 der Geschäftsordnung des Rates um schriftliche Beantwortung der folgenden Anfrage.\n\n"
                    f"{p['sv']}\n\nWir bitten darum, die Antwort allen Ratsmitgliedern zur Verfügung zu stellen und im Ratsinformationssystem zu veröffentlichen.")
        else:
            body = (f"die {ORG[by]['name']} bittet, den folgenden {p['ptype']} in den zuständigen Gremien zu beraten:\n\n"
                    f"Beschlussvorschlag:\n{p['bv']}\n\nBegründung:\n{p['sv']}\n\nBeratungsfolge:\n{beratungsfolge(p)}")
        text = head + body
        extra = [
            "Die Fraktion behält sich vor, den Antrag in der Sitzung mündlich zu ergänzen und zu begründen.",
            "Wir bitten die Verwaltung, zur Sitzung eine kurze Stellungnahme zu den rechtlichen und finanziellen Auswirkungen vorzulegen.",
            "Eine Abstimmung mit den anderen Fraktionen ist erfolgt; die Fraktion ist für Gespräche über Änderungen offen.",
        ]
        i = 0
        while words(text) < 140 and i < len(extra):
            text += "\n\n" + extra[i]
            i += 1
        text += f"\n\nMit freundlichen Grüßen\n\n{chair['name']}\nfür die {ORG[by]['name']}"
        return text
    fb = ORG[by]["name"]
    staff = FB_STAFF[by]
    head = (f"Stadt Musterhausen\nDie Bürgermeisterin\n{fb}\n\n{p['ptype']} {ref}\nDatum: {date}\nÖffentlich\n\n"
            f"Betreff: {name}\n\nBeratungsfolge:\n{beratungsfolge(p)}\n\n")
    if p["ptype"] in ("Mitteilungsvorlage",):
        body = f"Mitteilung:\nDie Mitteilung dient der Kenntnisnahme.\n\nSachstand:\n{p['sv']}"
        if p["fin"]:
            body += f"\n\nFinanzielle Auswirkungen:\n{p['fin']}"
    elif p["ptype"] == "Beantwortung einer Anfrage":
        rel = [PAP[k]["ref"] for k in p["related"]]
        body = f"Die Anfrage {', '.join(rel)} wird wie folgt beantwortet:\n\n{p['sv']}"
    else:
        body = (f"Beschlussvorschlag:\n{p['bv']}\n\nSachverhalt:\n{p['sv']}\n\nFinanzielle Auswirkungen:\n{p['fin'] or 'Keine.'}\n\n"
                f"{KLIMA.get(by, KLIMA['default'])}")
    if p["aux"]:
        body += "\n\nAnlagen:\n" + "\n".join(a[0] for a in p["aux"])
    text = pad(head + body, 140)
    text += f"\n\nIn Vertretung\n{staff}\n{fb}"
    return text


# ------------------------------------------------------------------ locations
def location_obj(k, created="2025-01-08T08:00:00+01:00", modified=None):
    L = LOC[k]
    o = {"id": lid(k), "type": T11 + "Location"}
    for f in ("description", "streetAddress", "room", "postalCode", "subLocality", "locality", "geojson"):
        if f in L:
            o[f] = L[f]
    o["created"] = created
    o["modified"] = modified or "2025-01-15T08:30:00+01:00"
    return o


# ------------------------------------------------------------------ consultations + agenda items
CONS = []          # all consultation objects
AGENDA = {mk: [] for mk in MEET}   # mk -> list of (kind, paper, cons tuple, consobj)
for p in PAPERS:
    p["consobjs"] = []
    for c in p["cons"]:
        mk, role, result, reso = c
        n = _con_n[0]
        _con_n[0] += 1
        co = {"id": f"{BASE}/consultation/{n}", "type": T11 + "Consultation", "paper": paid(p["key"]),
              "meeting": mid(mk), "organization": [oid(MEET[mk]["org"])],
              "authoritative": role == "Entscheidung", "role": role}
        co["_mk"] = mk
        co["_result"] = result
        co["_reso"] = reso
        p["consobjs"].append(co)
        CONS.append(co)
        AGENDA[mk].append((p, co))

MEETING_OBJS = []
AGENDA_OBJS = []
KIND_ORDER = {"Mitteilungsvorlage": 0, "Beantwortung einer Anfrage": 0}


def build_meeting(mk):
    m = MEET[mk]
    org = ORG[m["org"]]
    created = ts(m["date"], "08:00") - dt.timedelta(days=21, hours=-rnd.randint(0, 5))
    held = m["state"] == "durchgeführt"
    if held:
        modified = ts(m["date"], "11:00") + dt.timedelta(days=rnd.randint(2, 9))
    elif m["state"] == "abgesagt":
        modified = ts(m["date"], "10:00") - dt.timedelta(days=6)
    else:
        modified = ts("2026-11-19", "14:20")
    mo = {"id": mid(mk), "type": T11 + "Meeting",
          "name": f"{m['num']}. Sitzung {org['gen']}" + (" (konstituierende Sitzung)" if mk == "R2" else ""),
          "meetingState": m["state"], "cancelled": m["state"] == "abgesagt",
          "start": ts(m["date"], m["start"]).isoformat(timespec="seconds"), "end": ts(m["date"], m["end"]).isoformat(timespec="seconds"),
          "location": location_obj(m["loc"]), "organization": [oid(m["org"])]}
    # participants: members with voting right or role in org at that date
    parts = []
    for (pk, ok, role, vr, ob, (s, e)) in MEMBERSHIPS:
        if ok == m["org"] and s <= m["date"] and (e is None or e >= m["date"]):
            parts.append(pid(pk))
    if held and parts:
        mo["participant"] = sorted(set(parts))
    items = []
    order = [0]

    def add(number, name, public=True, co=None, result=None, reso=None, paper=None):
        n = _ai_n[0]
        _ai_n[0] += 1
        order[0] += 1
        a = {"id": f"{BASE}/agendaitem/{n}", "type": T11 + "AgendaItem", "meeting": mid(mk), "number": number,
             "order": order[0], "name": name, "public": public}
        if co is not None:
            a["consultation"] = co["id"]
            co["agendaItem"] = a["id"]
        if result and held:
            a["result"] = result
        if reso and held:
            a["resolutionText"] = reso
        a["created"] = iso(created + dt.timedelta(hours=2))
        a["modified"] = iso(modified)
        a["web"] = f"{WEB}/top/{n}"
        a["_paper"] = paper["key"] if paper else None
        items.append(a)
        return a

    if m["state"] != "abgesagt":
        add("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Einberufung und der Beschlussfähigkeit")
        add("2", "Feststellung der Tagesordnung", result="festgestellt")
        if mk == "R2":
            add("3", "Einführung und Verpflichtung der Ratsmitglieder", result="erledigt")
        else:
            add("3", "Genehmigung der Niederschrift über die vorangegangene Sitzung", result="genehmigt")
        entries = AGENDA[mk]
        mitt = [(p, co) for (p, co) in entries if co["role"] == "Kenntnisnahme"]
        vorl = [(p, co) for (p, co) in entries if co["role"] != "Kenntnisnahme" and p["ptype"] not in ("Antrag", "Änderungsantrag")]
        antr = [(p, co) for (p, co) in entries if co["role"] != "Kenntnisnahme" and p["ptype"] == "Antrag"]
        aend = [(p, co) for (p, co) in entries if co["role"] != "Kenntnisnahme" and p["ptype"] == "Änderungsantrag"]
        num = 4
        if mitt:
            add(str(num), "Mitteilungen der Verwaltung")
            for j, (p, co) in enumerate(mitt, 1):
                add(f"{num}.{j}", f"{p['name']}", co=co, result=co["_result"], reso=co["_reso"], paper=p)
        else:
            add(str(num), "Mitteilungen der Verwaltung", result="keine")
        num += 1
        for (p, co) in vorl:
            add(str(num), p["name"], co=co, result=co["_result"], reso=co["_reso"], paper=p)
            subs = [(q, qc) for (q, qc) in aend if p["key"] in q["related"]]
            for j, (q, qc) in enumerate(subs, 1):
                add(f"{num}.{j}", q["name"], co=qc, result=qc["_result"], reso=qc["_reso"], paper=q)
            num += 1
        if antr:
            add(str(num), "Anträge der Fraktionen")
            for j, (p, co) in enumerate(antr):
                add(f"{num} {'abcdefgh'[j]}", p["name"], co=co, result=co["_result"], reso=co["_reso"], paper=p)
            num += 1
        add(str(num), "Anfragen und Mitteilungen der Mitglieder")
        num += 1
        for t in NONPUBLIC.get(mk, []):
            add(str(num), t, public=False)
            num += 1
    mo["agendaItem"] = items
    # files
    inv_lines = [f"TOP {a['number']} {a['name']}" for a in items if a["public"]]
    inv_np = [f"TOP {a['number']} {a['name']}" for a in items if not a["public"]]
    loc = LOC[m["loc"]]
    if m["state"] == "abgesagt":
        inv = (f"Stadt Musterhausen\nDie Vorsitzende {org['gen']}\n\nAbsage der Sitzung\n\n"
               f"Die für Dienstag, den {dmy(m['date'])}, {m['start']} Uhr, im {loc['description']} vorgesehene {m['num']}. Sitzung {org['gen']} wird abgesagt. "
               "Zum Zeitpunkt der Einladungsfrist lagen keine beratungsreifen Vorlagen vor. Die Vorlagen zur Sanierung der Gesamtschule Kirchheide und zur Schulentwicklungsplanung der Sekundarstufe I werden derzeit noch mit den Schulen abgestimmt "
               "und in der nächsten ordentlichen Sitzung beraten. Anfragen der Ausschussmitglieder, die für diese Sitzung angekündigt waren, werden schriftlich beantwortet und im Ratsinformationssystem veröffentlicht. "
               "Die Sitzungstermine für das kommende Jahr werden mit der Einladung zur nächsten Sitzung bekannt gegeben. "
               "Ich bitte, die Absage zu entschuldigen, und bedanke mich für Ihr Verständnis. Die sachkundigen Bürgerinnen und Bürger sowie die beratenden Mitglieder erhalten diese Mitteilung ebenfalls. "
               "Die Presse und die Öffentlichkeit werden über die Internetseite der Stadt und das Ratsinformationssystem informiert. Bereits versandte Sitzungsunterlagen behalten ihre Gültigkeit und werden zur nächsten Sitzung erneut vorgelegt.\n\n"
               "Mit freundlichen Grüßen\nPetra Hülsmann\nVorsitzende des Schulausschusses")
        mo["invitation"] = new_file("Absage der Sitzung", f"absage-{m['n']}", "application/pdf",
                                    (ts(m["date"]) - dt.timedelta(days=6)).date().isoformat(), inv, meeting=mid(mk),
                                    created=ts(m["date"], "10:00") - dt.timedelta(days=6))
    else:
        chair = "Die Bürgermeisterin" if m["org"] in ("RAT", "HA") else "Die/Der Vorsitzende"
        inv = (f"Stadt Musterhausen\n{chair}\n\nEinladung\n\nzur {mo['name']} am {dmy(m['date'])} um {m['start']} Uhr\n"
               f"Ort: {loc['description']}, {loc['streetAddress']}, {loc['postalCode']} {loc['locality']}\n\n"
               "Hiermit lade ich Sie zu der oben genannten Sitzung ein. Die Sitzungsunterlagen stehen im Ratsinformationssystem zur Verfügung.\n\n"
               "Tagesordnung\n\nÖffentlicher Teil:\n" + "\n".join(inv_lines) +
               ("\n\nNichtöffentlicher Teil:\n" + "\n".join(inv_np) if inv_np else "") +
               "\n\nDie Sitzung ist in ihrem öffentlichen Teil für alle Bürgerinnen und Bürger zugänglich. "
               "Sollten Sie an der Teilnahme verhindert sein, bitte ich um rechtzeitige Benachrichtigung Ihrer Vertretung und des Ratsbüros. "
               "Der Sitzungsraum ist barrierefrei erreichbar. Für Menschen mit Hörbeeinträchtigung steht eine induktive Höranlage zur Verfügung.\n\nMit freundlichen Grüßen")
        mo["invitation"] = new_file("Einladung", f"einladung-{m['n']}", "application/pdf",
                                    (created + dt.timedelta(days=7)).date().isoformat(), inv, meeting=mid(mk),
                                    created=created + dt.timedelta(days=7))
    if held:
        lines = []
        for a in items:
            if not a["public"]:
                continue
            s = f"TOP {a['number']} {a['name']}"
            if a.get("_paper"):
                s += f" (Vorlage {PAP[a['_paper']]['ref']})"
            if a.get("result"):
                s += f"\nErgebnis: {a['result']}"
            if a.get("resolutionText"):
                s += f"\n{a['resolutionText']}"
            lines.append(s)
        nm = sum(1 for _ in mo.get("participant", []))
        prot = (f"Stadt Musterhausen\n\nNiederschrift\nüber die {mo['name']}\nam {dmy(m['date'])}, Beginn {m['start']} Uhr, Ende {m['end']} Uhr\n"
                f"Ort: {loc['description']}\n\n"
                f"Die Vorsitzende bzw. der Vorsitzende eröffnet die Sitzung, begrüßt die Anwesenden und stellt die ordnungsgemäße Einberufung sowie die Beschlussfähigkeit fest. "
                "Die Anwesenheitsliste ist der Niederschrift als Anlage beigefügt.\n\n"
                "Öffentlicher Teil:\n\n" + "\n\n".join(lines) +
                "\n\nDer nichtöffentliche Teil der Sitzung wird gesondert protokolliert.")
        prot = pad(prot, 150)
        mo["resultsProtocol"] = new_file("Niederschrift (öffentlicher Teil)", f"niederschrift-{m['n']}", "application/pdf",
                                         modified.date().isoformat(), prot, meeting=mid(mk), created=modified - dt.timedelta(hours=3))
    mo["created"] = iso(created)
    mo["modified"] = iso(modified)
    mo["web"] = f"{WEB}/sitzung/{m['n']}"
    for a in items:
        AGENDA_OBJS.append(a)
    return mo


for mk in MEET:
    MEETING_OBJS.append(build_meeting(mk))

# finalize consultations timestamps
for p in PAPERS:
    pcreated = ts(p["date"], "09:%02d" % rnd.randint(0, 59))
    p["_created"] = pcreated
    for co in p["consobjs"]:
        mm = MEET[co["_mk"]]
        co["created"] = iso(pcreated + dt.timedelta(minutes=5))
        co["modified"] = iso(ts(mm["date"], "12:00") + dt.timedelta(days=3) if mm["state"] == "durchgeführt" else ts("2026-11-19", "14:20"))

# ------------------------------------------------------------------ papers
PAPER_OBJS = []
PAPER10_OBJS = []
ALLFILES = []


def safe(ref):
    return re.sub(r"[^A-Za-z0-9]+", "-", ref).strip("-")


def build_paper(p, v10=False):
    T = T10 if v10 else T11
    created = p.get("_created") or ts(p["date"], "09:%02d" % rnd.randint(0, 59))
    mods = [created + dt.timedelta(hours=3)]
    for co in p.get("consobjs", []):
        mm = MEET[co["_mk"]]
        mods.append(ts(mm["date"], "12:00") + dt.timedelta(days=3) if mm["state"] == "durchgeführt" else ts("2026-11-19", "14:20"))
    modified = max(mods)
    idx = PAPERS.index(p) if p in PAPERS else 0
    mime = "text/plain" if (idx % 4 == 3 and not v10) else "application/pdf"
    text = paper_text(p)
    prefix = {"Antrag": "Antrag", "Änderungsantrag": "Änderungsantrag", "Anfrage": "Anfrage",
              "Beantwortung einer Anfrage": "Antwort", "Mitteilungsvorlage": "Mitteilungsvorlage"}.get(p["ptype"], "Vorlage")
    mf = new_file(f"{prefix} {p['ref']}", safe(p["ref"]), mime, p["date"], text, paper=paid(p["key"]), created=created)
    if v10:
        mf["type"] = T10 + "File"
    ALLFILES.append(mf)
    o = {"id": paid(p["key"]), "type": T + "Paper", "body": BODY, "name": p["name"], "reference": p["ref"],
         "date": p["date"], "paperType": p["ptype"]}
    rel = [paid(k) for k in p["related"]]
    for q in ALLP:
        if p["key"] in q["related"] and paid(q["key"]) not in rel:
            rel.append(paid(q["key"]))
    if rel:
        o["relatedPaper"] = rel
    if p["key"] == "HHA":
        o["superordinatedPaper"] = [paid("HH")]
    if p["key"] == "HH":
        o["subordinatedPaper"] = [paid("HHA")]
    if p["key"] == "MPA":
        o["superordinatedPaper"] = [paid("MP")]
    if p["key"] == "MP":
        o["subordinatedPaper"] = [paid("MPA")]
    o["mainFile"] = mf
    if p["aux"]:
        aux = []
        for j, (nm, tx) in enumerate(p["aux"]):
            amime = "text/plain" if j % 2 else "application/pdf"
            af = new_file(nm, safe(p["ref"]) + f"-anlage-{j + 1}", amime, p["date"], tx, paper=paid(p["key"]), created=created)
            aux.append(af)
            ALLFILES.append(af)
        o["auxiliaryFile"] = aux
    if p["loc"]:
        o["location"] = [location_obj(p["loc"])]
    by = p["by"]
    if ORG[by]["otype"] == "Fraktion":
        o["originatorPerson"] = [pid(FRAK_CHAIR[by])]
        o["originatorOrganization"] = [oid(by)]
    else:
        o["underDirectionOf"] = [oid(by)]
    if p.get("consobjs"):
        o["consultation"] = [{k: v for k, v in co.items() if not k.startswith("_")} for co in p["consobjs"]]
    o["license"] = "https://creativecommons.org/publicdomain/zero/1.0/"
    o["created"] = iso(created)
    o["modified"] = iso(modified)
    o["web"] = f"{WEB}/vorgang/{p['n']}"
    return o


for p in PAPERS:
    PAPER_OBJS.append(build_paper(p))
for p in PAPERS_10:
    PAPER10_OBJS.append(build_paper(p, v10=True))

# ------------------------------------------------------------------ persons, memberships, organizations
MEMB_OBJS = []
for i, (pk, ok, role, vr, ob, (s, e)) in enumerate(MEMBERSHIPS):
    c = ts(s if s >= "2025-01-01" else "2025-01-08", "10:00") + dt.timedelta(days=rnd.randint(0, 3))
    mo = {"id": f"{BASE}/membership/{501 + i}", "type": T11 + "Membership", "person": pid(pk), "organization": oid(ok),
          "role": role, "votingRight": vr, "startDate": s}
    if e:
        mo["endDate"] = e
    if ob:
        mo["onBehalfOf"] = oid(ob)
    mo["created"] = iso(c)
    mod = c + dt.timedelta(days=rnd.randint(0, 300))
    if e:
        mod = max(mod, ts("2025-11-03", "09:30"))
    mo["modified"] = iso(mod)
    MEMB_OBJS.append(mo)

PERSON_OBJS = []
for pk, P_ in PER.items():
    mems = [m for m in MEMB_OBJS if m["person"] == pid(pk)]
    c = ts("2025-01-08", "09:00") + dt.timedelta(days=rnd.randint(0, 20))
    o = {"id": pid(pk), "type": T11 + "Person", "body": BODY, "name": P_["name"], "familyName": P_["family"],
         "givenName": P_["given"], "formOfAddress": P_["foa"]}
    if P_["title"]:
        o["title"] = [P_["title"]]
    o["gender"] = P_["gender"]
    mail = (P_["given"].split("-")[0] + "." + P_["family"]).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("-", "")):
        mail = mail.replace(a, b)
    o["email"] = [f"{mail}@musterhausen.example"]
    o["status"] = [P_["status"]]
    o["membership"] = mems
    o["created"] = iso(c)
    o["modified"] = max([iso(c)] + [m["modified"] for m in mems])
    o["web"] = f"{WEB}/person/{P_['n']}"
    PERSON_OBJS.append(o)

ORG_OBJS = []
for ok, O in ORG.items():
    c = ts("2025-01-08", "08:00") + dt.timedelta(days=rnd.randint(0, 5))
    if O["start"] >= "2025-01-01":
        c = ts(O["start"], "12:00")
    o = {"id": oid(ok), "type": T11 + "Organization", "body": BODY, "name": O["name"], "shortName": O["short"],
         "organizationType": O["otype"], "classification": O["cls"],
         "membership": [m["id"] for m in MEMB_OBJS if m["organization"] == oid(ok)]}
    if O["otype"] == "Gremium":
        o["meeting"] = f"{oid(ok)}/meetings"
        o["consultation"] = f"{oid(ok)}/consultations"
        posts = sorted({m[2] for m in MEMBERSHIPS if m[1] == ok and ("orsitz" in m[2] or "ürgermeister" in m[2])})
        if posts:
            o["post"] = posts
        o["location"] = location_obj("BRK" if ok == "BVK" else ("FORUM" if ok in ("BVI", "JHA") else "RATSSAAL"))
    o["startDate"] = O["start"]
    o["memberCount"] = len({m[0] for m in MEMBERSHIPS if m[1] == ok and m[5][1] is None})
    o["created"] = iso(c)
    o["modified"] = iso(c + dt.timedelta(days=rnd.randint(30, 600)))
    o["web"] = f"{WEB}/{'fraktion' if O['otype'] == 'Fraktion' else ('verwaltung' if O['otype'] == 'Verwaltungsbereich' else 'gremium')}/{O['n']}"
    ORG_OBJS.append(o)

TERMS = [
    {"id": f"{BASE}/legislativeterm/1", "type": T11 + "LegislativeTerm", "body": BODY, "name": "Wahlperiode 2020–2025",
     "startDate": "2020-11-01", "endDate": "2025-10-31", "created": "2025-01-08T08:00:00+01:00", "modified": "2025-11-03T09:00:00+01:00"},
    {"id": f"{BASE}/legislativeterm/2", "type": T11 + "LegislativeTerm", "body": BODY, "name": "Wahlperiode 2025–2030",
     "startDate": "2025-11-01", "endDate": "2030-10-31", "created": "2025-09-22T11:30:00+02:00", "modified": "2025-11-03T09:00:00+01:00"},
]

BODY_OBJ = {
    "id": BODY, "type": T11 + "Body", "system": f"{BASE}/system", "shortName": "Musterhausen", "name": "Stadt Musterhausen",
    "website": "https://www.musterhausen.example/", "license": "https://creativecommons.org/publicdomain/zero/1.0/",
    "licenseValidSince": "2025-01-08T00:00:00+01:00", "oparlSince": "2025-01-08T00:00:00+01:00", "ags": "05999001",
    "equivalent": [], "contactEmail": "ratsbuero@musterhausen.example", "contactName": "Ratsbüro der Stadt Musterhausen",
    "organization": f"{BODY}/organizations", "person": f"{BODY}/persons", "meeting": f"{BODY}/meetings", "paper": f"{BODY}/papers",
    "legislativeTerm": TERMS, "agendaItem": f"{BODY}/agendaItems", "consultation": f"{BODY}/consultations", "file": f"{BODY}/files",
    "locationList": f"{BODY}/locations", "legislativeTermList": f"{BODY}/legislativeTerms", "membership": f"{BODY}/memberships",
    "classification": "Große kreisangehörige Stadt", "location": location_obj("RATSSAAL"), "mainOrganization": oid("RAT"),
    "created": "2025-01-08T08:00:00+01:00", "modified": "2026-11-03T07:45:00+01:00", "web": WEB + "/",
}
SYSTEM_OBJ = {
    "id": f"{BASE}/system", "type": T11 + "System", "oparlVersion": "https://schema.oparl.org/1.1/", "otherOparlVersions": [],
    "license": "https://creativecommons.org/publicdomain/zero/1.0/", "body": f"{BASE}/bodies",
    "name": "OParl-Schnittstelle des Ratsinformationssystems der Stadt Musterhausen (fiktiv)",
    "contactEmail": "ris-support@musterhausen.example", "contactName": "IT-Service der Stadt Musterhausen",
    "website": WEB + "/", "vendor": "https://ris-hersteller.example/", "product": "https://ris-hersteller.example/produkt/ris",
    "created": "2025-01-08T08:00:00+01:00", "modified": "2026-02-02T10:15:00+01:00", "web": WEB + "/",
}

# collect meeting files
for mo in MEETING_OBJS:
    for f in ("invitation", "resultsProtocol"):
        if f in mo:
            ALLFILES.append(mo[f])
# agenda items: strip helper keys
for a in AGENDA_OBJS:
    a.pop("_paper", None)
CONS_OUT = [{k: v for k, v in co.items() if not k.startswith("_")} for co in CONS]
# the embedded consultations in papers must carry agendaItem too -> rebuild
for o, p in zip(PAPER_OBJS, PAPERS):
    if p.get("consobjs"):
        o["consultation"] = [{k: v for k, v in co.items() if not k.startswith("_")} for co in p["consobjs"]]
LOC_OBJS = [location_obj(k) for k in LOC]


def dump(name, obj):
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if os.path.isdir(FILES):
    shutil.rmtree(FILES)
os.makedirs(FILES)
dump("system.json", [SYSTEM_OBJ])
dump("body.json", [BODY_OBJ])
dump("organizations.json", ORG_OBJS)
dump("persons.json", PERSON_OBJS)
dump("memberships.json", MEMB_OBJS)
dump("papers.json", PAPER_OBJS)
dump("meetings.json", MEETING_OBJS)
dump("agendaitems.json", AGENDA_OBJS)
dump("consultations.json", CONS_OUT)
dump("files.json", [f for f in ALLFILES if f["type"].endswith("1.1/File")])
dump("locations.json", LOC_OBJS)
dump("legislativeterms.json", TERMS)
dump("oparl10-papers.json", PAPER10_OBJS)
for n, t in FILE_TEXTS.items():
    with open(os.path.join(FILES, f"{n}.txt"), "w", encoding="utf-8") as fh:
        fh.write(t.rstrip() + "\n")

# key maps for the question builder
KEYS = {"paper": {p["key"]: f"{WEB}/vorgang/{p['n']}" for p in PAPERS},
        "meeting": {mk: f"{WEB}/sitzung/{MEET[mk]['n']}" for mk in MEET},
        "top": {}}
for p in PAPERS:
    for co in p["consobjs"]:
        if "agendaItem" in co:
            n = co["agendaItem"].rsplit("/", 1)[1]
            KEYS["top"][f"{co['_mk']}:{p['key']}"] = f"{WEB}/top/{n}"
with open(os.path.join(ROOT, "tools", "keys.json"), "w", encoding="utf-8") as fh:
    json.dump(KEYS, fh, ensure_ascii=False, indent=1)
wc = [words(t) for t in FILE_TEXTS.values()]
print("papers", len(PAPER_OBJS), "papers10", len(PAPER10_OBJS), "meetings", len(MEETING_OBJS), "agenda", len(AGENDA_OBJS),
      "cons", len(CONS_OUT), "files", len(FILE_TEXTS), "persons", len(PERSON_OBJS), "memberships", len(MEMB_OBJS), "orgs", len(ORG_OBJS))
print("words min/max", min(wc), max(wc))
for n, t in FILE_TEXTS.items():
    if not 150 <= words(t) <= 600:
        print("  out of range:", n, words(t), t[:80].replace("\n", " | "))
