# -*- coding: utf-8 -*-
"""Schreibt questions.json und split.json und prüft jede Frage gegen die Daten.

Gold-Schlüssel: P:<paper-key> (Vorgangsseite), M:<meeting-key> (Sitzungsseite), T:<meeting-key>:<paper-key> (TOP-Seite).
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
KEYS = json.load(open(os.path.join(ROOT, "tools", "keys.json"), encoding="utf-8"))

Q = [
    # ---------------------------------------------------------------- reference
    ("reference", "In welchen Gremien wird 2024/2909 beraten?", ["P:RAD"], "Hauptausschuss"),
    ("reference", "Worum geht es in 850/26 A?", ["P:MPA"], "Erhalt aller Platanen"),
    ("reference", "Was kostet die Pilotphase aus VO/2025/0412?", ["P:KI"], "85.000 Euro"),
    ("reference", "A 17/2026 – was wurde da beantragt?", ["P:TRINK"], "Trinkbrunnen"),
    ("reference", "Ist der Antrag A 03/2026 durchgekommen?", ["P:KIA", "T:V2:KIA"], "abgelehnt"),
    ("reference", "Welche Gebühr ist in VO/2025/0542 für ein Urnenwahlgrab vorgesehen?", ["P:FRH"], "1.150 Euro"),
    ("reference", "Ab wann soll die Regelung aus 0061/2026 gelten?", ["P:PARK"], "01.04.2027"),
    ("reference", "Was hat die Verwaltung auf die Anfrage F 11/2025 geantwortet, sind Daten abgeflossen?", ["P:ITA"], "keine Datenabflüsse"),
    ("reference", "850/26 – was ist aus der Vorlage geworden?", ["P:MP"], "erledigt"),
    ("reference", "Wie hoch ist der Fehlbetrag laut VO/2025/0533?", ["P:HH"], "9,3 Mio. Euro"),
    ("reference", "Wie viele Stellungnahmen sind zu 0052/2026 eingegangen?", ["P:BP112B"], "214"),
    ("reference", "wer hat A 42/2025 gestellt", ["P:TERM"], "Grüne Zukunft Musterhausen"),
    ("reference", "Wann hat der Rat 2024/2951 beschlossen?", ["P:JA"], "03.04.2025"),
    # ---------------------------------------------------------------- body-date
    ("body-date", "Was hat der Bauausschuss am 12.03.2026 beschlossen?", ["M:B2"], "Bebauungsplan Nr. 112"),
    ("body-date", "Was wurde im Rat am 11.12.2025 zur Friedhofsgebührensatzung entschieden?", ["M:R3", "T:R3:FRH"], "790 Euro"),
    ("body-date", "Welche Themen hatte der Schulausschuss in seiner Sitzung am 17. März 2026?", ["M:S2"], "Deutschlandticket Schule"),
    ("body-date", "Was hat die BV Kirchheide am 21.01.2026 zum Marktplatz beschlossen?", ["M:BK1", "T:BK1:MP"], "vertagt"),
    ("body-date", "Ergebnis Jugendhilfeausschuss 21.4.26 – welcher Träger bekommt die Kita am Mühlenbach?", ["M:J2", "T:J2:KMB"], "Kinderwelt Musterhausen e. V."),
    ("body-date", "Was ist aus der Schulausschusssitzung am 06.10.2026 geworden?", ["M:S3"], "abgesagt"),
    ("body-date", "Was steht am 3. Dezember 2026 im Rat auf der Tagesordnung?", ["M:R5"], "Stellplatzsatzung"),
    ("body-date", "Wie hat der Finanzausschuss am 25.11.2025 über die Tablets für Schüler entschieden?", ["M:F2", "T:F2:IPAD"], "abgelehnt"),
    ("body-date", "Wer wurde in der konstituierenden Ratssitzung am 6.11.2025 zur 1. stellvertretenden Bürgermeisterin gewählt?", ["M:R2", "T:R2:STV"], "Monika Brandes"),
    ("body-date", "Wieviel Geld hat die Bezirksvertretung Kirchheide am 21.01.2026 dem Heimatverein gegeben?", ["M:BK1", "T:BK1:BZM"], "4.500 Euro"),
    ("body-date", "Hauptausschuss 09.06.2026: was ist mit dem Livestream-Antrag passiert?", ["M:H2", "T:H2:LIVE"], "verwiesen in den Ausschuss für Verwaltung, Wirtschaft und Digitalisierung"),
    ("body-date", "Wie ist die Abstimmung über den Wärmeplan im Rat am 25.06.2026 ausgegangen?", ["M:R4", "T:R4:WP3"], "47 Ja-Stimmen"),
    ("body-date", "Was hat die Bezirksvertretung Innenstadt am 24.09.2025 zur Lindenallee beschlossen?", ["M:BI1", "T:BI1:LIND"], "31 Parkplätze"),
    ("body-date", "Umweltausschuss 6. Mai 2026, Trinkbrunnen – was kam raus?", ["M:U1", "T:U1:TRINK"], "vier Trinkbrunnen"),
    # ---------------------------------------------------------------- topic
    ("topic", "Gibt es schon eine Vorlage zum Glasfaserausbau im Gewerbegebiet?", ["P:GF1", "P:GF2"], "Hellweg-Ost"),
    ("topic", "Wann fangen die mit dem schnellen Internet im Gewerbegebiet an zu bauen?", ["P:GF2"], "15.09.2026"),
    ("topic", "Nutzt die Stadtverwaltung eigentlich schon künstliche Intelligenz?", ["P:KI", "P:KI2"], "Pilotphase"),
    ("topic", "Werden die Kitagebühren teurer? Was zahlt man höchstens im Monat?", ["P:KITA", "T:R3:KITA"], "470 Euro"),
    ("topic", "wie teuer wird die hundesteuer für einen hund ab 2026", ["P:HST"], "120 Euro"),
    ("topic", "Was kostet mich die Straßenreinigung 2026 ungefähr als Besitzer eines Einfamilienhauses?", ["P:STR"], "61,35 Euro"),
    ("topic", "Wird die Gesamtschule in Kirchheide saniert, und was kostet das inzwischen?", ["P:GSK2"], "8,65 Mio. Euro"),
    ("topic", "Müssen wir wegen der Wärmeplanung jetzt sofort neue Heizungen einbauen?", ["P:WP3"], "01.07.2028"),
    ("topic", "Was soll der Anwohnerparkausweis in der Innenstadt künftig kosten?", ["P:PARK", "T:B3:PARK"], "96 Euro"),
    ("topic", "Gibts irgendwas zu Radwegen in der Stadt, so ein Gesamtkonzept?", ["P:RAD"], "48 km"),
    ("topic", "Ich hab gehört, der Weihnachtsmarkt zieht um – wohin denn?", ["P:WM"], "Rathausplatz"),
    ("topic", "Wie viele Kitaplätze für unter Dreijährige fehlen uns?", ["P:KBP"], "214"),
    ("topic", "Sind die Schulklos wirklich so marode? Wieviele Schulen betrifft das?", ["P:TOIA"], "14 Schulen"),
    ("topic", "Wird der Marktplatz in Kirchheide umgebaut und bleiben die alten Bäume stehen?", ["P:MPA"], "Platanen"),
    ("topic", "Hat die Stadt eine Karte, wo es bei Starkregen überflutet wird?", ["P:SRK"], "1.380 Gebäude"),
    ("topic", "Wie lange war die IT nach dem Hackerangriff letzten Sommer weg?", ["P:ITA"], "9 Tagen"),
    ("topic", "kann man im bürgerbüro inzwischen online termine buchen?", ["P:BB"], "03.11.2025"),
    ("topic", "Steigen 2026 die Müllgebühren? Was kostet die 240-Liter-Restmülltonne?", ["P:ABF"], "312,00 Euro"),
    # ---------------------------------------------------------------- unanswerable
    ("unanswerable", "Worum geht es in der Vorlage 0123/2026?", [], "", "Referenz existiert nicht.", ["0123/2026"]),
    ("unanswerable", "Was hat der Bauausschuss am 13.03.2026 beschlossen?", [], "", "Keine Sitzung an diesem Tag (die Sitzung war am 12.03.2026).", ["13.03.2026", "2026-03-13"]),
    ("unanswerable", "Gibt es einen Beschluss zur Sanierung des Hallenbads?", [], "", "Thema nie behandelt.", ["Hallenbad", "Schwimmbad"]),
    ("unanswerable", "Welches Grundstück wurde in der Ratssitzung am 11.12.2025 unter „Grundstücksangelegenheit“ verkauft und zu welchem Preis?", [], "",
     "Nichtöffentlicher TOP; OParl enthält nur den Titel.", ["verkauft"]),
    ("unanswerable", "An welche Firma ging der Auftrag aus dem nichtöffentlichen Teil des Hauptausschusses am 28.10.2025?", [], "",
     "Nichtöffentlicher TOP „Vergabe eines Auftrags“ ohne Inhalt.", []),
    ("unanswerable", "Was ist mit dem Antrag A 18/2026?", [], "", "Referenz existiert nicht.", ["A 18/2026"]),
    ("unanswerable", "Wie hat der Rat am 03.12.2026 über die Stellplatzsatzung abgestimmt?", [], "",
     "Sitzung steht nur auf der Einladung (meetingState eingeladen), es gibt noch kein Ergebnis.", []),
    ("unanswerable", "Hat der Rat eine Verpackungssteuer auf Einweggeschirr beschlossen?", [], "", "Thema nie behandelt.", ["Verpackungssteuer", "Einweg"]),
    ("unanswerable", "Was hat der Jugendhilfeausschuss am 21.04.2025 beschlossen?", [], "", "Keine Sitzung an diesem Tag (die Sitzung war am 21.04.2026).", ["21.04.2025", "2025-04-21"]),
    ("unanswerable", "Wie hoch sind die Straßenreinigungsgebühren für 2028?", [], "", "Nur Gebühren 2026 und 2027 vorhanden.", ["Gebühren 2028"]),
    ("unanswerable", "Um welche Personalangelegenheit ging es im Schulausschuss am 17.06.2025, wer wurde eingestellt?", [], "",
     "Nichtöffentlicher TOP „Personalangelegenheit“ ohne Inhalt.", ["eingestellt"]),
    ("unanswerable", "Wann wird die Konzentrationszone für Windkraft im Stadtwald ausgewiesen?", [], "", "Thema nie behandelt.", ["Windkraft", "Windenergie", "Stadtwald"]),
    ("unanswerable", "Worum geht es in VO/2025/0413?", [], "", "Referenz existiert nicht (Nachbar VO/2025/0412 existiert).", ["VO/2025/0413"]),
    ("unanswerable", "Wie viele Besucher hatte der Weihnachtsmarkt 2025?", [], "", "Nicht in den Daten.", ["Weihnachtsmarkt 2025", "Besucherzahl"]),
]


def load(fn):
    return json.load(open(os.path.join(DATA, fn), encoding="utf-8"))


papers = load("papers.json")
meetings = load("meetings.json")
agenda = {a["id"]: a for a in load("agendaitems.json")}
cons = {c["id"]: c for c in load("consultations.json")}
orgs = {o["id"]: o for o in load("organizations.json")}
mbyid = {m["id"]: m for m in meetings}
pbyid = {p["id"]: p for p in papers}


def ftext(f):
    return open(os.path.join(DATA, "files", f["id"].rsplit("/", 1)[1] + ".txt"), encoding="utf-8").read()


def dmy(iso):
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


def paper_page(p):
    t = [p["name"], p["reference"], p["paperType"], ftext(p["mainFile"])] + [ftext(f) for f in p.get("auxiliaryFile", [])]
    for c in p.get("consultation", []):
        m = mbyid[c["meeting"]]
        t += [m["name"], dmy(m["start"]), c["role"]] + [orgs[o]["name"] for o in c["organization"]]
        if "agendaItem" in c:
            a = agenda[c["agendaItem"]]
            t += [a.get("result", ""), a.get("resolutionText", "")]
    return "\n".join(t)


def meeting_page(m):
    t = [m["name"], dmy(m["start"]), m.get("meetingState", "")] + [orgs[o]["name"] for o in m["organization"]]
    for a in m.get("agendaItem", []):
        t += [a["number"], a["name"], a.get("result", ""), a.get("resolutionText", "")]
        if "consultation" in a:
            t.append(pbyid[cons[a["consultation"]]["paper"]]["reference"])
    for f in ("invitation", "resultsProtocol"):
        if f in m:
            t.append(ftext(m[f]))
    return "\n".join(t)


def top_page(a):
    m = mbyid[a["meeting"]]
    t = [a["number"], a["name"], a.get("result", ""), a.get("resolutionText", ""), m["name"], dmy(m["start"])]
    if "consultation" in a:
        p = pbyid[cons[a["consultation"]]["paper"]]
        t += [p["name"], p["reference"], ftext(p["mainFile"])]
    return "\n".join(t)


PAGES = {}
for p in papers:
    PAGES[p["web"]] = paper_page(p)
for m in meetings:
    PAGES[m["web"]] = meeting_page(m)
for a in agenda.values():
    PAGES[a["web"]] = top_page(a)
ALLTEXT = "\n".join(PAGES.values()) + "\n".join(open(os.path.join(DATA, fn), encoding="utf-8").read() for fn in os.listdir(DATA) if fn.endswith(".json"))


def resolve(k):
    kind, rest = k.split(":", 1)
    return {"P": KEYS["paper"], "M": KEYS["meeting"], "T": KEYS["top"]}[kind][rest]


problems = []
out = []
counters = {}
for q in Q:
    cat, text, exp, fact = q[:4]
    counters[cat] = counters.get(cat, 0) + 1
    qid = {"reference": "ref", "body-date": "bd", "topic": "top", "unanswerable": "un"}[cat] + f"-{counters[cat]:02d}"
    urls = [resolve(k) for k in exp]
    item = {"id": qid, "category": cat, "question": text, "expected": urls, "fact": fact}
    if cat == "unanswerable":
        item["note"] = q[4]
        for term in q[5]:
            if term.lower() in ALLTEXT.lower():
                problems.append(f"{qid}: term '{term}' occurs in data")
        if exp:
            problems.append(f"{qid}: unanswerable with expected")
    else:
        if not urls:
            problems.append(f"{qid}: no expected")
        for u in urls:
            if fact not in PAGES[u]:
                problems.append(f"{qid}: fact '{fact}' not verbatim on {u}")
    out.append(item)

# structural checks for non-public / future items used in unanswerable questions
def meeting_on(orgname, day):
    return [m for m in meetings if dmy(m["start"]) == day and any(orgs[o]["name"] == orgname for o in m["organization"])]

assert meeting_on("Ausschuss für Stadtentwicklung und Bauen", "13.03.2026") == []
assert meeting_on("Jugendhilfeausschuss", "21.04.2025") == []
assert any(not a["public"] and a["name"] == "Grundstücksangelegenheit" for a in meeting_on("Rat der Stadt Musterhausen", "11.12.2025")[0]["agendaItem"])
assert any(not a["public"] and a["name"] == "Vergabe eines Auftrags" for a in meeting_on("Hauptausschuss", "28.10.2025")[0]["agendaItem"])
assert any(not a["public"] and a["name"] == "Personalangelegenheit" for a in meeting_on("Schulausschuss", "17.06.2025")[0]["agendaItem"])
r5 = meeting_on("Rat der Stadt Musterhausen", "03.12.2026")[0]
assert r5["meetingState"] == "eingeladen" and not any("result" in a and "Stellplatz" in a["name"] for a in r5["agendaItem"])

if problems:
    print("\n".join(problems))
    sys.exit(1)

with open(os.path.join(ROOT, "questions.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")

# stratified random split, done once with a fixed seed
rng = random.Random(4711)
split = {"dev": [], "test": []}
for cat in ("reference", "body-date", "topic", "unanswerable"):
    ids = [q["id"] for q in out if q["category"] == cat]
    rng.shuffle(ids)
    h = len(ids) // 2
    split["dev"] += sorted(ids[:h])
    split["test"] += sorted(ids[h:])
with open(os.path.join(ROOT, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(split, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print("questions", len(out), counters, "dev", len(split["dev"]), "test", len(split["test"]))
