#!/usr/bin/env python3
"""Builder for set G (synthetic, blind-written). Reads _src/sNN_*.py, writes <session>/transcript.vtt, agenda.json,
attendance.tsv, gold.json. Python 3 stdlib only. Run: python3 _src/build.py
Script notation (variable T in each sNN file): one cue per line 'Key: text'; '//' = line break inside the cue;
'@HH:MM' = clock time of the next cue; '#NP' = next cue is the first non-public one; '##' = comment."""
import glob, json, os, re, sys, uuid, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NS = uuid.UUID("c7a3e915-2b6d-4f08-9e41-5d0b8a7f3c26")
SOURCE = "synthetic, written for Rathaus-Assistent evaluation, set G (CC0, own work, written blind)"
WPS = 2.6
SPLIT_BY_ORDER = ["dev"] * 5 + ["test"] * 3


def D(subject, outcome, evidence, votes=None, unanimous=False, groups=None, ballot=None, note=None):
    d = {"subject": subject, "outcome": outcome,
         "votes": None if votes is None else dict(zip(("yes", "no", "abstain"), votes)),
         "unanimous": unanimous,
         "vote_by_groups": None if groups is None else dict(zip(("yes", "no", "abstain"), (list(g) for g in groups))),
         "evidence": evidence}
    if ballot is not None:
        d["ballot"] = ballot
    if note:
        d["note"] = note
    return d


def I(number, name, public=True, decisions=(), bias=(), note=None, unclear=False, numberSpoken=None,
      chairedBy=None, addedToAgenda=False):
    it = {"number": number, "name": name, "public": public,
          "outcome": None if unclear or not decisions else decisions[-1]["outcome"],
          "decisions": list(decisions), "bias": list(bias)}
    if numberSpoken is not None:
        it["numberSpoken"] = numberSpoken
    if unclear:
        it["unclear"] = True
    if chairedBy:
        it["chairedBy"] = chairedBy
    if addedToAgenda:
        it["addedToAgenda"] = True
    if note:
        it["note"] = note
    return it


def hm(s):
    return int(s[:2]) * 3600 + int(s[3:5]) * 60


def vtt_time(t):
    ms = int(round(t * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def us_time(date, clock):
    y, m, d = date.split("-")
    clock = int(round(clock))
    h, mi, s = clock // 3600, clock // 60 % 60, clock % 60
    ap = "PM" if h >= 12 else "AM"
    h12 = h % 12 or 12
    return f"{int(m)}/{int(d)}/{y[2:]}, {h12}:{mi:02d}:{s:02d} {ap}"


def dur(s):
    s = int(round(s))
    return f"{s // 3600}h {s // 60 % 60}m {s % 60}s" if s >= 3600 else f"{s // 60}m {s % 60}s"


def email(name, domain):
    t = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("é", "e")
    t = re.sub(r"[^a-z\- ]", "", t).strip().replace(" ", ".")
    return f"{t}@{domain}"


def build(mod, order):
    M = mod.META
    sid = M["id"]
    if M["split"] != SPLIT_BY_ORDER[order]:
        sys.exit(f"{sid}: split {M['split']} differs from source order {SPLIT_BY_ORDER[order]}")
    V = dict(mod.VOICES)
    V.setdefault("?", "Unknown Speaker")
    base = hm(M["start"]) - 11 * 60          # Teams meeting starts 11 minutes before the first cue
    t, cues, counters, np_id, np_next, pending = 11 * 60.0, [], {}, None, False, None
    for raw in mod.T.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("##"):
            continue
        if line.startswith("@"):
            pending = hm(line[1:]) - base
            continue
        if line == "#NP":
            np_next = True
            continue
        k, txt = line.split(":", 1)
        name = V[k.strip()]
        txt = txt.strip().replace(" // ", "\n").replace("//", "\n")
        if pending is not None:
            if pending < t:
                sys.exit(f"{sid}: clock jump backwards before {txt[:40]!r}")
            t, pending = float(pending), None
        n = counters.get(name, 0) + 1
        counters[name] = n
        d = max(1.6, len(txt.split()) / WPS)
        cid = f"{uuid.uuid5(NS, sid + '/' + name)}/{n}-0"
        cues.append((cid, t, t + d, name, txt))
        if np_next:
            np_id, np_next = cid, False
        t += d + 0.3
    os.makedirs(os.path.join(OUT, sid), exist_ok=True)
    with open(os.path.join(OUT, sid, "transcript.vtt"), "w", encoding="utf-8") as f:
        f.write("WEBVTT\n")
        for cid, a, b, name, txt in cues:
            f.write(f"\n{cid}\n{vtt_time(a)} --> {vtt_time(b)}\n<v {name}>{txt}</v>\n")
    last_end = base + cues[-1][2]
    items = mod.ITEMS
    # agenda
    off = M.get("tz", "+01:00")
    if M["agenda"] != "none":
        A = getattr(mod, "OTHER_AGENDA", None) if M["agenda"] == "mismatch" else None
        if A is None:
            A = {"slug": M["slug"], "date": M["date"], "start": M["start"], "end": M.get("plannedEnd", "22:00"),
                 "name": M["meetingName"], "org": M["orgName"],
                 "items": [(i["number"], i["name"], i["public"]) for i in items if not i.get("addedToAgenda")]}
        mid = f"https://oparl.example.org/{A['slug']}/sitzung/{A['date']}"
        ag = {"id": mid, "type": "https://schema.oparl.org/1.1/Meeting", "name": A["name"],
              "start": f"{A['date']}T{A['start']}:00{off}", "end": f"{A['date']}T{A['end']}:00{off}",
              "organizationName": A["org"], "agendaItem": []}
        for o, (num, nm, pub) in enumerate(A["items"], 1):
            ag["agendaItem"].append({"id": f"{mid}/tagesordnungspunkt/{num}", "type": "https://schema.oparl.org/1.1/AgendaItem",
                                     "meeting": mid, "number": num, "order": o, "name": nm, "public": pub})
        json.dump(ag, open(os.path.join(OUT, sid, "agenda.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    # attendance
    att = getattr(mod, "ATTENDANCE", None)
    if att:
        end_meet = last_end + 25
        rows = []
        for i, (name, role) in enumerate(att["people"]):
            j, l = base + 20 + 37 * i, end_meet - 20
            ov = att.get("times", {}).get(name)
            if ov:
                if ov[0]:
                    j = hm(ov[0]) - 40
                if ov[1]:
                    l = hm(ov[1]) + 30
            rows.append((name, j, l, role))
        avg = sum(l - j for _, j, l, _ in rows) / len(rows)
        dom = att["domain"]
        out = ["1. Summary", f"Meeting title\t{att['title']}", f"Attended participants\t{len(rows)}",
               f"Start time\t{us_time(M['date'], base)}", f"End time\t{us_time(M['date'], end_meet)}",
               f"Meeting duration\t{dur(end_meet - base)}", f"Average attendance time\t{dur(avg)}", "",
               "2. Participants", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole"]
        for name, j, l, role in rows:
            e = email(name, dom) if "(Teams Room)" not in name else "teamsroom@" + dom
            out.append(f"{name}\t{us_time(M['date'], j)}\t{us_time(M['date'], l)}\t{dur(l - j)}\t{e}\t{e}\t{role}")
        out += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
        for name, j, l, role in rows:
            e = email(name, dom) if "(Teams Room)" not in name else "teamsroom@" + dom
            out.append(f"{name}\t{us_time(M['date'], j)}\t{us_time(M['date'], l)}\t{dur(l - j)}\t{e}\t{role}")
        open(os.path.join(OUT, sid, "attendance.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    end = M.get("end")
    if M["endSource"] == "timeline":
        e = int(last_end)
        end = f"{e // 3600:02d}:{e // 60 % 60:02d}"
    gold = {"session": sid, "split": M["split"], "source": SOURCE, "land": M["land"], "body": M["body"],
            "organization": M["organization"], "date": M["date"], "agenda": M["agenda"], "start": M["start"],
            "end": end, "endSource": M["endSource"], "chair": M["chair"], "clerk": M.get("clerk"),
            "style": M["style"], "lateArrivals": [dict(name=n, top=tp) for n, tp in M.get("late", [])],
            "earlyDepartures": [dict(name=n, top=tp) for n, tp in M.get("early", [])],
            "items": items, "nonPublicSecrets": list(getattr(mod, "SECRETS", []))}
    if np_id:
        gold["nonPublicStartsAtCue"] = np_id
    for k in ("agendaNote", "expectedWarnings"):
        if k in M:
            gold[k] = M[k]
    gold["tags"] = M.get("tags", [])
    gold["features"] = M.get("features", [])
    json.dump(gold, open(os.path.join(OUT, sid, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(f"{sid}: {len(cues)} cues, {len(items)} items, end {end}")


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, "s[0-9][0-9]_*.py")))
    for k, p in enumerate(srcs):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, HERE)
        spec.loader.exec_module(mod)
        build(mod, k)


if __name__ == "__main__":
    main()
