#!/usr/bin/env python3
"""Builds set E of the synthetic municipal-minutes evaluation sessions from the hand-written
session sources in this folder (s01_*.py ... s08_*.py). Adapted from the build script of set D (written blind).

Each source defines META, AGENDA (or None), ATTENDANCE (or None), CUES (a text block),
ITEMS, LATE, EARLY and SECRETS. CUES syntax, one cue per line:
    Speaker Name: text            (first ": " separates voice and text)
    ... // ...                    (line break inside the cue)
    #CLOCK HH:MM[:SS]             next cue starts at this wall-clock time
    #NP                           next cue is the first cue of the non-public part
Timing: 2.6 words/s, 0.3 s gap (same voice) / 0.9 s (voice change), origin META['origin']
is the wall-clock time of transcript 00:00:00.
Run: python3 _src/build.py   (writes ../<session-id>/...)
"""
import importlib.util, json, os, sys, uuid, glob, re
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NS_D = uuid.UUID("9e51b7a2-3c64-4f0b-8d2e-6a1f7c05e3b9")  # new namespace for set E
SOURCE = "synthetic, written for Rathaus-Assistent evaluation, set E (CC0, own work)"


def secs(clock):
    p = [int(x) for x in clock.split(":")]
    while len(p) < 3:
        p.append(0)
    return p[0] * 3600 + p[1] * 60 + p[2]


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def D(subject, outcome, evidence, votes=None, unanimous=False, groups=None, ballot=None, note=None):
    if votes is not None:
        votes = dict(zip(("yes", "no", "abstain"), votes))
    if groups is not None:
        groups = dict(zip(("yes", "no", "abstain"), groups))
    d = {"subject": subject, "outcome": outcome, "votes": votes, "unanimous": unanimous,
         "vote_by_groups": groups, "evidence": evidence}
    if ballot is not None:
        d["ballot"] = ballot
    if note:
        d["note"] = note
    return d


def I(number, name, public, decisions=(), bias=(), outcome="__last__", note=None, spoken=None, added=False, unclear=False):
    decisions = list(decisions)
    if outcome == "__last__":
        outcome = decisions[-1]["outcome"] if decisions else None
    d = {"number": number, "name": name, "public": public, "outcome": outcome,
         "decisions": decisions, "bias": list(bias)}
    if spoken is not None:
        d["numberSpoken"] = spoken
    if added:
        d["addedToAgenda"] = True
    if unclear:
        d["unclear"] = True
    if note:
        d["note"] = note
    return d


def build_vtt(sid, meta, cues_text):
    origin = secs(meta["origin"])
    t = 0.0
    prev = None
    counters = {}
    out = ["WEBVTT", ""]
    np_cue = None
    mark_np = False
    for raw in cues_text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#CLOCK"):
            nt = secs(line.split()[1]) - origin
            if nt < t:
                raise SystemExit(f"{sid}: clock goes back at {line} ({ts(t)})")
            t = float(nt)
            prev = None
            continue
        if line.startswith("##"):  # comment
            continue
        if line == "#NP":
            mark_np = True
            continue
        spk, text = line.split(": ", 1)
        if prev is not None:
            t += 0.3 if spk == prev else 0.9
        words = len(text.replace("//", " ").split())
        dur = max(1.2, words / 2.6)
        counters[spk] = counters.get(spk, 0) + 1
        cid = f"{uuid.uuid5(NS_D, sid + '/' + spk)}/{counters[spk]}-0"
        if mark_np:
            np_cue = cid
            mark_np = False
        body = "\n".join(x.strip() for x in text.split("//"))
        out += [cid, f"{ts(t)} --> {ts(t + dur)}", f"<v {spk}>{body}</v>", ""]
        t += dur
        prev = spk
    return "\n".join(out), np_cue, t


def fmt_att(date, clock):
    d = datetime.strptime(date + " " + clock, "%Y-%m-%d %H:%M:%S")
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return f"{d.month}/{d.day}/{d.strftime('%y')}, {h}:{d.minute:02d}:{d.second:02d} {ap}"


def dur(s):
    h, r = divmod(int(s), 3600)
    m, sec = divmod(r, 60)
    return (f"{h}h {m}m {sec}s" if h else f"{m}m {sec}s")


def email(name, domain):
    n = name.replace("Dr. ", "").lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ş", "s"), ("ç", "c"), ("é", "e"), ("ğ", "g"), ("ı", "i")):
        n = n.replace(a, b)
    n = re.sub(r"[^a-z\- ]", "", n).strip().replace(" ", ".")
    return f"{n}@{domain}"


def build_att(meta, att):
    date = meta["date"]
    rows = att["rows"]
    allj = [secs(j) for _, segs, _ in rows for j, _ in segs]
    alll = [secs(l) for _, segs, _ in rows for _, l in segs]
    start, end = min(allj) - 21, max(alll) + 23
    tot = []
    lines = ["1. Summary", f"Meeting title\t{att['title']}", f"Attended participants\t{len(rows)}",
             f"Start time\t{fmt_att(date, '%02d:%02d:%02d' % (start // 3600, start % 3600 // 60, start % 60))}",
             f"End time\t{fmt_att(date, '%02d:%02d:%02d' % (end // 3600, end % 3600 // 60, end % 60))}",
             f"Meeting duration\t{dur(end - start)}"]
    for _, segs, _ in rows:
        tot.append(sum(secs(l) - secs(j) for j, l in segs))
    lines.append(f"Average attendance time\t{dur(sum(tot) / len(tot))}")
    lines += ["", "2. Participants", "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole"]
    for (name, segs, role), d in zip(rows, tot):
        em = att.get("emails", {}).get(name) or email(name, att["domain"])
        lines.append(f"{name}\t{fmt_att(date, segs[0][0])}\t{fmt_att(date, segs[-1][1])}\t{dur(d)}\t{em}\t{em}\t{role}")
    lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
    for name, segs, role in rows:
        em = att.get("emails", {}).get(name) or email(name, att["domain"])
        for j, l in segs:
            lines.append(f"{name}\t{fmt_att(date, j)}\t{fmt_att(date, l)}\t{dur(secs(l) - secs(j))}\t{em}\t{role}")
    return "\n".join(lines) + "\n"


def build_agenda(sid, am, items):
    base = f"https://oparl.example.org/{am['slug']}/sitzung/{am['date']}"
    m = {"id": base, "type": "https://schema.oparl.org/1.1/Meeting", "name": am["name"],
         "start": f"{am['date']}T{am['start']}:00{am.get('tz', '+01:00')}", "end": f"{am['date']}T{am['end']}:00{am.get('tz', '+01:00')}",
         "organizationName": am["organizationName"], "agendaItem": []}
    for i, (num, name, public) in enumerate(items, 1):
        m["agendaItem"].append({"id": f"{base}/tagesordnungspunkt/{num}", "type": "https://schema.oparl.org/1.1/AgendaItem",
                                "meeting": base, "number": num, "order": i, "name": name, "public": public})
    return json.dumps(m, ensure_ascii=False, indent=2) + "\n"


def main():
    srcs = sorted(glob.glob(os.path.join(HERE, "s[0-9][0-9]_*.py")))
    for path in srcs:
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        mod.D, mod.I = D, I
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
        meta = mod.META
        sid = meta["id"]
        d = os.path.join(OUT, sid)
        os.makedirs(d, exist_ok=True)
        vtt, np_cue, tend = build_vtt(sid, meta, mod.CUES)
        open(os.path.join(d, "transcript.vtt"), "w", encoding="utf-8").write(vtt)
        for f in ("agenda.json", "attendance.tsv"):
            if os.path.exists(os.path.join(d, f)):
                os.remove(os.path.join(d, f))
        if mod.AGENDA is not None:
            open(os.path.join(d, "agenda.json"), "w", encoding="utf-8").write(build_agenda(sid, mod.AGENDA_META, mod.AGENDA))
        if mod.ATTENDANCE is not None:
            open(os.path.join(d, "attendance.tsv"), "w", encoding="utf-8").write(build_att(meta, mod.ATTENDANCE))
        end = meta.get("end")
        if end is None:  # not spoken: derive from the timeline
            e = secs(meta["origin"]) + int(tend)
            end = "%02d:%02d" % (e // 3600, e % 3600 // 60)
        gold = {"session": sid, "split": meta["split"], "source": SOURCE, "land": meta["land"],
                "body": meta["body"], "organization": meta["organization"], "date": meta["date"],
                "agenda": meta["agenda"]}
        if meta.get("agendaNote"):
            gold["agendaNote"] = meta["agendaNote"]
        gold.update({"start": meta["start"], "end": end, "endSource": meta.get("endSource", "spoken" if meta.get("end") else "timeline"),
                     "chair": meta["chair"], "lateArrivals": mod.LATE, "earlyDepartures": mod.EARLY,
                     "items": mod.ITEMS, "nonPublicSecrets": mod.SECRETS})
        if np_cue:
            gold["nonPublicStartsAtCue"] = np_cue
        if meta.get("note"):
            gold["note"] = meta["note"]
        if meta.get("features"):
            gold["features"] = meta["features"]
        open(os.path.join(d, "gold.json"), "w", encoding="utf-8").write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        print(f"{sid}: {vtt.count(' --> ')} cues, ends {ts(tend)}, np={np_cue is not None}")


if __name__ == "__main__":
    main()
