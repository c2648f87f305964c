#!/usr/bin/env python3
"""Builder for set F of the synthetic municipal minutes evaluation data (stdlib only, written from scratch).

Each session script `_src/sNN_<place>.py` defines `S = Session(...)` with a script in a compact notation:
    @19:05            clock jump: the next cue starts at 19:05 (wall clock of the session)
    K: text           one cue spoken by the voice with key K (keys map to display names in `voices`)
    K: a // b         one cue whose text runs over two lines (line break inside the cue)
    #NP               the next cue is the first cue of the non-public part
    ## ...            comment
and the gold items with I(...) / D(...). `python3 _src/build.py` writes every session folder:
transcript.vtt, agenda.json (unless agenda == "none"), attendance.tsv (if attendance), gold.json.
"""
import datetime as dt
import glob
import importlib.util
import json
import os
import re
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("3b8f0c4e-7d21-4a96-b5e3-2c9a1f6d8e70")  # set-F namespace for voice uuids
SOURCE = "synthetic, written for Rathaus-Assistent evaluation, set F (CC0, own work)"
WPS = 2.6   # words per second
GAP = 0.3   # seconds between cues
LEAD = 11 * 60  # the Teams meeting starts 11 minutes before the first cue


def D(subject, outcome, votes=None, unanimous=False, groups=None, ev="", ballot=None, note=None):
    d = {"subject": subject, "outcome": outcome,
         "votes": None if votes is None else {"yes": votes[0], "no": votes[1], "abstain": votes[2]},
         "unanimous": unanimous,
         "vote_by_groups": None if groups is None else {"yes": list(groups[0]), "no": list(groups[1]), "abstain": list(groups[2])},
         "evidence": ev}
    if ballot is not None:
        d["ballot"] = ballot
    if note:
        d["note"] = note
    return d


def I(number, name, public=True, decisions=(), bias=(), note=None, unclear=False, numberSpoken=None, addedToAgenda=False):
    it = {"number": number, "name": name, "public": public,
          "outcome": decisions[-1]["outcome"] if decisions else None,
          "decisions": list(decisions), "bias": list(bias)}
    if numberSpoken is not None:
        it["numberSpoken"] = numberSpoken
    if unclear:
        it["unclear"] = True
    if addedToAgenda:
        it["addedToAgenda"] = True
    if note:
        it["note"] = note
    return it


class Session:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def fmt(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def hm2s(x):
    h, m = x.split(":")
    return int(h) * 3600 + int(m) * 60


def us(day, sec):
    t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=int(sec))
    h12 = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.strftime('%y')}, {h12}:{t.minute:02d}:{t.second:02d} {'PM' if t.hour >= 12 else 'AM'}"


def dur(sec):
    sec = int(sec)
    h, r = divmod(sec, 3600)
    m, s = divmod(r, 60)
    return f"{h}h {m}m {s}s" if h else f"{m}m {s}s"


def mail(name, domain):
    x = name.lower().replace("dr. ", "").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    x = re.sub(r"[^a-z\-]+", ".", x).strip(".")
    return f"{x}@{domain}"


def build(S):
    out = os.path.join(ROOT, S.id)
    os.makedirs(out, exist_ok=True)
    zero = hm2s(S.start) - LEAD  # clock second of transcript time 0
    t = None
    cues, counters, np_id = [], {}, None
    np_next = False
    for raw in S.script.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("##"):
            continue
        if line.startswith("@"):
            nt = hm2s(line[1:]) - zero
            if t is not None and nt < t:
                raise SystemExit(f"{S.id}: clock goes back at {line}")
            t = nt
            continue
        if line == "#NP":
            np_next = True
            continue
        key, text = line.split(":", 1)
        voice = S.voices[key.strip()]
        text = text.strip()
        if t is None:
            raise SystemExit(f"{S.id}: first cue without a clock")
        words = len(text.replace("//", " ").split())
        d = max(1.2, words / WPS)
        uid = str(uuid.uuid5(NS, S.id + "/" + voice))
        counters[voice] = counters.get(voice, 0) + 1
        cid = f"{uid}/{counters[voice]}-0"
        if np_next:
            np_id, np_next = cid, False
        lines = [x.strip() for x in text.split("//")]
        cues.append((cid, t, t + d, voice, lines))
        t = t + d + GAP
    with open(os.path.join(out, "transcript.vtt"), "w", encoding="utf-8") as f:
        f.write("WEBVTT\n")
        for cid, a, b, voice, lines in cues:
            body = "\n".join(lines)
            f.write(f"\n{cid}\n{fmt(a)} --> {fmt(b)}\n<v {voice}>{body}</v>\n")
    last_end = cues[-1][2]
    day = dt.date.fromisoformat(S.date)
    meeting_end = zero + last_end + 25
    # agenda
    base = f"https://oparl.example.org/{S.slug}"

    def meeting(mid, name, start, end, org, items):
        return {"id": mid, "type": "https://schema.oparl.org/1.1/Meeting", "name": name,
                "start": start, "end": end, "organizationName": org,
                "agendaItem": [{"id": f"{mid}/tagesordnungspunkt/{n}", "type": "https://schema.oparl.org/1.1/AgendaItem",
                                "meeting": mid, "number": n, "order": i, "name": nm, "public": pub}
                               for i, (n, nm, pub) in enumerate(items, 1)]}
    tz = "+01:00" if day.month in (1, 2, 3, 11, 12) else "+02:00"
    ap = os.path.join(out, "agenda.json")
    if S.agenda == "matching":
        mid = f"{base}/sitzung/{S.date}"
        items = [(i["number"], i["name"], i["public"]) for i in S.items if not i.get("addedToAgenda")]
        m = meeting(mid, S.meeting_name, f"{S.date}T{S.start}:00{tz}", f"{S.date}T{S.planned_end}:00{tz}", S.org_name, items)
    elif S.agenda == "mismatch":
        od, ost, oend, oname, oorg, oitems = S.other_agenda
        mid = f"{base.rsplit('/', 1)[0]}/{S.other_slug}/sitzung/{od}"
        otz = "+01:00" if int(od[5:7]) in (1, 2, 3, 11, 12) else "+02:00"
        m = meeting(mid, oname, f"{od}T{ost}:00{otz}", f"{od}T{oend}:00{otz}", oorg, oitems)
    else:
        m = None
        if os.path.exists(ap):
            os.remove(ap)
    if m is not None:
        with open(ap, "w", encoding="utf-8") as f:
            json.dump(m, f, ensure_ascii=False, indent=2)
            f.write("\n")
    # attendance (Teams report, US date format)
    voices_in_order = []
    for c in cues:
        if c[3] not in voices_in_order and c[3] != "Unknown Speaker":
            voices_in_order.append(c[3])
    attp = os.path.join(out, "attendance.tsv")
    if S.attendance:
        people = [(p[0], p[1]) for p in S.participants]
        for v in voices_in_order:
            if v not in [p[0] for p in people]:
                people.append((v, "Attendee"))
        joins, leaves = getattr(S, "joins", {}), getattr(S, "leaves", {})
        rows = []
        for i, (name, role) in enumerate(people):
            j = zero + 20 + i * 37 if name not in joins else hm2s(joins[name]) + 10
            l = meeting_end - 20 if name not in leaves else hm2s(leaves[name]) + 40
            rows.append((name, j, l, role))
        avg = sum(l - j for _, j, l, _ in rows) / len(rows)
        dom = S.domain
        txt = ["1. Summary", f"Meeting title\t{S.teams_title}", f"Attended participants\t{len(rows)}",
               f"Start time\t{us(day, zero)}", f"End time\t{us(day, meeting_end)}",
               f"Meeting duration\t{dur(meeting_end - zero)}", f"Average attendance time\t{dur(avg)}", "",
               "2. Participants", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole"]
        for name, j, l, role in rows:
            e = mail(name, dom)
            txt.append(f"{name}\t{us(day, j)}\t{us(day, l)}\t{dur(l - j)}\t{e}\t{e}\t{role}")
        txt += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
        for name, j, l, role in rows:
            txt.append(f"{name}\t{us(day, j)}\t{us(day, l)}\t{dur(l - j)}\t{mail(name, dom)}\t{role}")
        with open(attp, "w", encoding="utf-8") as f:
            f.write("\n".join(txt) + "\n")
    elif os.path.exists(attp):
        os.remove(attp)
    # gold
    end = S.end if S.endSource == "spoken" else (dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=int(zero + last_end))).strftime("%H:%M")
    gold = {"session": S.id, "split": S.split, "source": SOURCE, "land": S.land, "body": S.body,
            "organization": S.organization, "date": S.date, "agenda": S.agenda, "start": S.start, "end": end,
            "endSource": S.endSource, "chair": S.voices[S.chair_key]}
    if getattr(S, "clerk", None):
        gold["clerk"] = S.clerk
    gold.update({"lateArrivals": [{"name": n, "top": tp} for n, tp in getattr(S, "late", [])],
                 "earlyDepartures": [{"name": n, "top": tp} for n, tp in getattr(S, "early", [])],
                 "items": S.items, "nonPublicSecrets": list(getattr(S, "secrets", []))})
    if np_id:
        gold["nonPublicStartsAtCue"] = np_id
    if getattr(S, "agendaNote", None):
        gold["agendaNote"] = S.agendaNote
    if getattr(S, "expectedWarnings", None):
        gold["expectedWarnings"] = S.expectedWarnings
    gold["features"] = S.features
    with open(os.path.join(out, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(cues)


def main():
    import sys
    sys.path.insert(0, HERE)
    for src in sorted(glob.glob(os.path.join(HERE, "s[0-9][0-9]_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(src)[:-3], src)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        n = build(mod.S)
        print(f"{mod.S.id}: {n} cues")


if __name__ == "__main__":
    main()
