#!/usr/bin/env python3
"""Validator for set G of the synthetic minutes evaluation data (stdlib only), municipal and parliament sessions.
Adapted from the validator of set F. Set G has a dev/test split fixed by source order: s01-s05 dev, s06-s08 test.
Set G additions: `style` (municipal|parliament), `tags` (phenomena; each half must cover the key ones),
`chairedBy` on an item (chair handed over: the deputy must be a voice, the regular chair must be in `bias`),
Länder HH/HB/BE, non-consecutive agenda numbers (parliament), both halves contain parliament and municipal sessions.
Run from anywhere: python3 check.py   -> exit 0 when every check passes."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUTCOMES = {"angenommen", "abgelehnt", "vertagt", "verwiesen", "abgesetzt", "zur Kenntnis genommen",
            "erledigt", "gewählt", "zurückgezogen", "genehmigt", None}
ID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/(\d+)-0$")
TIME_RE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")
LANDS = {"HH", "HB", "BE", "NRW", "BW", "BY", "NDS", "HE", "SN", "RP", "SH", "BB", "TH", "SL", "MV", "ST"}
GROUPS = {"CDU", "SPD", "Grüne", "FDP", "AfD", "Linke", "Volt", "Grafschafter", "Freie Wähler", "FW", "FWG", "SSW",
          "BSW", "UWK", "Pro Arnstadt", "CSU", "ÖDP", "BfP", "UWG", "UFG", "Unabhängige Bürger", "Bürgerfraktion",
          "Opladen plus", "Bürgerliste", "Die PARTEI", "Familien-Partei", "Bürger für Jena", "Freie Liste", "Wählervereinigung"}
SPLIT_BY_ORDER = ["dev"] * 5 + ["test"] * 3   # s01..s05 dev, s06..s08 test
SPLITS_NEEDED = {"dev": 5, "test": 3}
MIN_CUES, MAX_CUES, MIN_SESSIONS = 50, 90, 8
KINDS_NEEDED = {"matching": 6, "none": 1, "mismatch": 1}
STYLES = {"municipal", "parliament"}
TAGS_PER_SPLIT = {"parliament", "municipal", "electronic-vote", "online-vote", "chair-handover", "repeated-vote", "joint-debate",
                  "aktuelle-stunde", "asr-noise", "casual-chair", "secret-election", "open-election", "bias-early", "bias-at-item"}
errors = []


def err(sid, msg):
    errors.append(f"{sid}: {msg}")


def t2s(h, m, s, ms):
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def parse_vtt(sid, path):
    text = open(path, encoding="utf-8").read()
    blocks = text.strip("\n").split("\n\n")
    if blocks[0].strip() != "WEBVTT":
        err(sid, "missing WEBVTT header")
    cues, prev_end, counters = [], -1.0, {}
    for b in blocks[1:]:
        lines = b.split("\n")
        if len(lines) < 3:
            err(sid, f"short cue block: {b[:60]!r}")
            continue
        m = ID_RE.match(lines[0])
        if not m:
            err(sid, f"bad cue id {lines[0]!r}")
            continue
        tm = TIME_RE.match(lines[1])
        if not tm:
            err(sid, f"bad timing {lines[1]!r}")
            continue
        start, end = t2s(*tm.groups()[:4]), t2s(*tm.groups()[4:])
        if not start < end:
            err(sid, f"{lines[0]}: start >= end")
        if start < prev_end:
            err(sid, f"{lines[0]}: timing not increasing")
        prev_end = end
        body = "\n".join(lines[2:])
        vm = re.match(r"^<v ([^>]+)>(.*)</v>$", body, re.S)
        if not vm or len(lines) > 4:
            err(sid, f"{lines[0]}: bad voice/text lines")
            continue
        voice, txt = vm.group(1), vm.group(2)
        uid = lines[0].split("/")[0]
        n = int(m.group(1))
        key = (uid, voice)
        if counters.get(key, 0) + 1 != n:
            err(sid, f"{lines[0]}: per-voice counter not consecutive")
        counters[key] = n
        if len({v for (u, v) in counters if u == uid}) > 1:
            err(sid, f"{uid}: uuid used for more than one voice")
        cues.append({"id": lines[0], "voice": voice, "text": txt, "flat": " ".join(txt.split("\n"))})
    return cues


def att_time(x):
    d, t = x.split(", ")
    hms, ap = t.split(" ")
    h, m, sec = (int(y) for y in hms.split(":"))
    h = h % 12 + (12 if ap == "PM" else 0)
    return h * 3600 + m * 60 + sec


def find_cue(cues, s):
    return [i for i, c in enumerate(cues) if s in c["flat"] or s in c["text"]]


def main():
    sessions = sorted(d for d in glob.glob(os.path.join(HERE, "*")) if os.path.isfile(os.path.join(d, "gold.json")))
    if len(sessions) < MIN_SESSIONS:
        errors.append(f"only {len(sessions)} sessions (need >= {MIN_SESSIONS})")
    # split fixed before writing by source order
    planned = {}
    for i, src in enumerate(sorted(glob.glob(os.path.join(HERE, "_src", "s[0-9][0-9]_*.py"))), 1):
        m = re.search(r'id="([^"]+)"', open(src, encoding="utf-8").read())
        if m:
            planned[m.group(1)] = SPLIT_BY_ORDER[i - 1] if i <= len(SPLIT_BY_ORDER) else None
    splits, kinds = {"dev": 0, "test": 0}, {"matching": 0, "none": 0, "mismatch": 0}
    mix = {"dev": set(), "test": set()}
    totals = {"dev": [0, 0, 0], "test": [0, 0, 0]}
    n_att = 0
    for d in sessions:
        sid = os.path.basename(d)
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        if gold.get("session") != sid:
            err(sid, "gold.session != folder name")
        for k in ("split", "source", "land", "body", "date", "agenda", "start", "end", "chair", "lateArrivals",
                  "earlyDepartures", "items", "nonPublicSecrets"):
            if k not in gold:
                err(sid, f"gold misses {k}")
        if gold.get("split") not in splits:
            err(sid, "bad split")
        else:
            splits[gold["split"]] += 1
        if planned and planned.get(sid) != gold.get("split"):
            err(sid, f"split {gold.get('split')!r} differs from the split fixed by source order ({planned.get(sid)!r})")
        if gold.get("land") not in LANDS:
            err(sid, "bad land")
        kinds[gold["agenda"]] = kinds.get(gold["agenda"], 0) + 1
        for k in ("start", "end"):
            if not re.match(r"^\d\d:\d\d$", gold.get(k) or ""):
                err(sid, f"bad {k} time")
        vtt = os.path.join(d, "transcript.vtt")
        if not os.path.exists(vtt):
            err(sid, "no transcript.vtt")
            continue
        cues = parse_vtt(sid, vtt)
        if not MIN_CUES <= len(cues) <= MAX_CUES:
            err(sid, f"{len(cues)} cues (need {MIN_CUES}-{MAX_CUES})")
        voices = {c["voice"] for c in cues}
        if gold["chair"] not in voices:
            err(sid, "chair is not a voice")
        if gold.get("style") not in STYLES:
            err(sid, "bad or missing style")
        if not isinstance(gold.get("tags"), list) or gold.get("style") not in gold.get("tags", []):
            err(sid, "tags missing or style not among the tags")
        for it in gold["items"]:
            if it.get("chairedBy"):
                if it["chairedBy"] not in voices or it["chairedBy"] == gold["chair"]:
                    err(sid, f"item {it['number']}: chairedBy must be another voice")
                if gold["chair"] not in it["bias"]:
                    err(sid, f"item {it['number']}: chair handed over but the chair is not in bias")
        if ("chair-handover" in gold.get("tags", [])) != any(i.get("chairedBy") for i in gold["items"]):
            err(sid, "tag chair-handover and chairedBy items disagree")
        if gold.get("style") == "parliament" and (gold["lateArrivals"] or gold["earlyDepartures"]):
            err(sid, "parliament session lists late arrivals / early departures")
        # agenda
        ap = os.path.join(d, "agenda.json")
        agenda = None
        if gold["agenda"] == "none":
            if os.path.exists(ap):
                err(sid, "agenda.json present although gold.agenda == none")
        else:
            if not os.path.exists(ap):
                err(sid, "agenda.json missing")
            else:
                agenda = json.load(open(ap, encoding="utf-8"))
                if agenda.get("type") != "https://schema.oparl.org/1.1/Meeting":
                    err(sid, "agenda is not an OParl Meeting")
                for k in ("name", "start", "end", "agendaItem"):
                    if k not in agenda:
                        err(sid, f"agenda misses {k}")
                if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$", agenda.get("start", "")):
                    err(sid, "agenda start not ISO with offset")
                ai = agenda.get("agendaItem", [])
                nums = [a["number"] for a in ai]
                if [a["order"] for a in ai] != list(range(1, len(ai) + 1)):
                    err(sid, "agenda order not 1..n")
                if len(set(nums)) != len(nums):
                    err(sid, "agenda numbers not unique")
                for a in ai:
                    if not isinstance(a.get("number"), str) or not re.match(r"^\d+([a-z]|\.\d+)?$", a["number"]):
                        err(sid, f"bad agenda number {a.get('number')!r}")
                    if not isinstance(a.get("public"), bool) or not a.get("name"):
                        err(sid, f"agenda item {a.get('number')} lacks name/public")
                    if a.get("type") != "https://schema.oparl.org/1.1/AgendaItem":
                        err(sid, f"agenda item {a.get('number')} bad type")
                listed = [i for i in gold["items"] if not i.get("addedToAgenda")]
                gnums = [i["number"] for i in listed]
                if gold["agenda"] == "matching":
                    if nums != gnums:
                        err(sid, f"agenda numbers {nums} != gold numbers {gnums}")
                    for i in gold["items"]:
                        if i.get("addedToAgenda") and i["number"] in nums:
                            err(sid, f"item {i['number']} marked addedToAgenda but present in agenda.json")
                    for a, g in zip(ai, listed):
                        if a["name"] != g["name"] or a["public"] != g["public"]:
                            err(sid, f"item {a['number']}: name/public differ between agenda and gold")
                    if agenda["start"][:10] != gold["date"]:
                        err(sid, "matching agenda has a different date")
                else:  # mismatch: must really be another meeting
                    same_names = [a["name"] for a in ai if a["name"] in {g["name"] for g in gold["items"]}]
                    if agenda["start"][:10] == gold["date"] and agenda.get("organizationName") in gold["body"]:
                        err(sid, "mismatch agenda has the same date and body")
                    if len(same_names) > 1:
                        err(sid, "mismatch agenda shares titles with gold")
                    if not gold.get("agendaNote"):
                        err(sid, "mismatch session lacks agendaNote")
                    if not gold.get("expectedWarnings"):
                        err(sid, "mismatch session lacks expectedWarnings (set F: the draft must warn)")
        if os.path.exists(os.path.join(d, "attendance.tsv")):
            n_att += 1
            att = open(os.path.join(d, "attendance.tsv"), encoding="utf-8").read()
            if not att.startswith("1. Summary\nMeeting title\t") or "\n2. Participants\nName\tFirst Join\tLast Leave" not in att \
                    or "\n3. In-Meeting Activities\n" not in att:
                err(sid, "attendance.tsv layout differs from the Teams report")
            part = att.split("\n2. Participants\n", 1)[1].split("\n3. In-Meeting Activities\n")[0].strip().split("\n")[1:]
            rows = {}
            for line in part:
                f = line.split("\t")
                rows[f[0]] = (att_time(f[1]), att_time(f[2]))
            for v in voices - {"Unknown Speaker"}:
                if v not in rows:
                    err(sid, f"voice {v!r} missing from attendance.tsv")
            hm = lambda x: int(x[:2]) * 3600 + int(x[3:5]) * 60
            for x in gold["lateArrivals"]:
                if x["name"] not in rows or rows[x["name"]][0] <= hm(gold["start"]) + 60:
                    err(sid, f"late arrival {x['name']!r} did not join after the opening ({gold['start']})")
            for x in gold["earlyDepartures"]:
                if x["name"] not in rows or rows[x["name"]][1] >= hm(gold["end"]) - 120:
                    err(sid, f"early departure {x['name']!r} did not leave before the end ({gold['end']})")
        else:
            att = ""
        if gold.get("endSource") == "spoken" and not any(f"{gold['end']} Uhr" in c["flat"] for c in cues):
            err(sid, "endSource spoken but the end time is not spoken as 'HH:MM Uhr'")
        if gold["agenda"] != "matching":
            for it in gold["items"]:
                if not isinstance(it.get("numberSpoken"), bool):
                    err(sid, f"item {it['number']}: numberSpoken missing (session without matching agenda)")
        if gold.get("endSource") == "spoken" and not any(f"{gold['end']} Uhr" in c["flat"] for c in cues[-3:]):
            err(sid, "spoken end time not in one of the last three cues")
        if gold.get("endSource") not in ("spoken", "timeline"):
            err(sid, "bad endSource")
        # items in agenda order (numbers ascending, natural order) where there is no matching agenda
        def nkey(n):
            m = re.match(r"^(\d+)(?:\.(\d+)|([a-z]))?$", n)
            return (int(m.group(1)), int(m.group(2) or 0), m.group(3) or "") if m else (10 ** 6, 0, n)
        nums_g = [i["number"] for i in gold["items"]]
        if any(nkey(x)[0] == 10 ** 6 for x in nums_g):
            err(sid, f"bad gold item number in {nums_g}")
        if gold["agenda"] != "matching" and nums_g != sorted(nums_g, key=nkey):
            err(sid, f"gold items not in agenda (number) order: {nums_g}")
        h = gold.get("split")
        if h in mix:
            f = mix[h]
            f.add("agenda:" + gold["agenda"])
            f |= {"tag:" + t for t in gold.get("tags", [])}
            if gold.get("nonPublicStartsAtCue"):
                f.add("nonpublic")
                f.add("nonpublic+" + gold["agenda"])
            if any(i["bias"] for i in gold["items"]):
                f.add("bias")
            if gold["lateArrivals"]:
                f.add("late")
            if gold["earlyDepartures"]:
                f.add("early")
            f.add("endspoken" if gold.get("endSource") == "spoken" else "endtimeline")
            if os.path.exists(os.path.join(d, "attendance.tsv")):
                f.add("attendance")
            if "Unknown Speaker" in voices:
                f.add("unknown-speaker")
            if any(re.match(r"^\d+([a-z]|\.\d+)$", i["number"]) for i in gold["items"]):
                f.add("sub-items")
            if any(i["bias"] and re.search(r"\bearly\b", i.get("note", "")) for i in gold["items"]):
                f.add("bias-early")
            if any(i["bias"] and not re.search(r"\bearly\b", i.get("note", "")) for i in gold["items"]):
                f.add("bias-at-item")
            for i in gold["items"]:
                if len(i["decisions"]) > 1:
                    f.add("multi-decision item")
                for dc in i["decisions"]:
                    if dc.get("ballot"):
                        f.add("ballot")
                    if dc.get("vote_by_groups"):
                        f.add("groups")
                    o = dc["outcome"]
                    f.add("verwiesen|abgesetzt" if o in ("verwiesen", "abgesetzt") else o)
                    f.add(o)
                    v = dc.get("votes") or {}
                    if v.get("no") == 0 and v.get("abstain") and not dc.get("unanimous"):
                        f.add("no-Gegenstimmen-with-abstentions")
            totals[h][0] += len(cues)
            totals[h][1] += len(gold["items"])
            totals[h][2] += sum(len(i["decisions"]) for i in gold["items"])
        # non-public boundary
        np_idx = None
        if gold.get("nonPublicStartsAtCue"):
            ids = [c["id"] for c in cues]
            if gold["nonPublicStartsAtCue"] not in ids:
                err(sid, "nonPublicStartsAtCue not a cue id")
            else:
                np_idx = ids.index(gold["nonPublicStartsAtCue"])
        if any(not i["public"] for i in gold["items"]) and np_idx is None:
            err(sid, "non-public items but no nonPublicStartsAtCue")
        if gold["nonPublicSecrets"] and np_idx is None:
            err(sid, "secrets without nonPublicStartsAtCue")
        for s in gold["nonPublicSecrets"]:
            hits = find_cue(cues, s)
            if not hits:
                err(sid, f"secret {s!r} not in transcript")
            elif np_idx is not None and min(hits) < np_idx:
                err(sid, f"secret {s!r} occurs before the non-public part")
            if agenda is not None and s in json.dumps(agenda, ensure_ascii=False):
                err(sid, f"secret {s!r} occurs in agenda.json")
            if s in att:
                err(sid, f"secret {s!r} occurs in attendance.tsv")
            if any(s in i["name"] for i in gold["items"]):
                err(sid, f"secret {s!r} occurs in a gold item name")
        # items
        numbers = [i["number"] for i in gold["items"]]
        if len(set(numbers)) != len(numbers):
            err(sid, "gold item numbers not unique")
        for it in gold["items"]:
            tag = f"item {it['number']}"
            if it.get("outcome") not in OUTCOMES:
                err(sid, f"{tag}: bad outcome {it.get('outcome')!r}")
            decs = it.get("decisions", [])
            if "unclear" in it:
                if it["unclear"] is not True:
                    err(sid, f"{tag}: unclear must be true when present")
                elif decs or it.get("outcome") is not None or not it.get("note"):
                    err(sid, f"{tag}: unclear item needs outcome null, no decisions and a note")
                elif h in mix:
                    mix[h].add("unclear")
            exp = decs[-1]["outcome"] if decs else None
            if it.get("outcome") != exp:
                err(sid, f"{tag}: item outcome != last decision outcome")
            last_pos = -1
            for dcs in decs:
                if dcs.get("outcome") not in OUTCOMES - {None}:
                    err(sid, f"{tag}: bad decision outcome {dcs.get('outcome')!r}")
                ev = dcs.get("evidence", "")
                hits = find_cue(cues, ev) if ev else []
                if len(hits) != 1:
                    err(sid, f"{tag}: evidence not verbatim in exactly one cue ({len(hits)} hits): {ev!r}")
                else:
                    pos = hits[0]
                    if pos < last_pos:
                        err(sid, f"{tag}: decisions not in transcript order")
                    last_pos = pos
                    if np_idx is not None:
                        if it["public"] and all(h >= np_idx for h in hits):
                            err(sid, f"{tag}: public item's evidence only in non-public part")
                        if not it["public"] and all(h < np_idx for h in hits):
                            err(sid, f"{tag}: non-public item's evidence in public part")
                        if it["public"] and any(h >= np_idx for h in hits):
                            err(sid, f"{tag}: public item's evidence occurs in the non-public part")
                v = dcs.get("votes")
                if v is not None:
                    if set(v) != {"yes", "no", "abstain"} or not all(x is None or (isinstance(x, int) and x >= 0) for x in v.values()):
                        err(sid, f"{tag}: bad votes {v}")
                    if all(x is None for x in v.values()):
                        err(sid, f"{tag}: votes with no counts should be null")
                if not isinstance(dcs.get("unanimous"), bool):
                    err(sid, f"{tag}: unanimous not bool")
                if dcs.get("unanimous") and v is not None and (v.get("no") or v.get("abstain")):
                    err(sid, f"{tag}: unanimous but no/abstain counts")
                g = dcs.get("vote_by_groups")
                if g is not None and (set(g) != {"yes", "no", "abstain"} or not all(isinstance(x, list) for x in g.values())):
                    err(sid, f"{tag}: bad vote_by_groups")
                elif g is not None:
                    for x in sum(g.values(), []):
                        if x not in GROUPS:
                            err(sid, f"{tag}: unknown group label {x!r}")
                b = dcs.get("ballot")
                if b is not None:
                    if dcs["outcome"] != "gewählt" or not b or not all(isinstance(k, str) and isinstance(n, int) and n >= 0 for k, n in b.items()):
                        err(sid, f"{tag}: bad ballot {b}")
                    if v is not None:
                        err(sid, f"{tag}: ballot and votes both set")
            for b in it.get("bias", []):
                if b not in voices and b not in att:
                    err(sid, f"{tag}: bias name {b!r} neither a voice nor in the attendance list")
        # decisions follow the agenda order in the transcript, except items whose `note` explains a change of order
        last = -1
        for it in gold["items"]:
            pos = [find_cue(cues, dc["evidence"]) for dc in it["decisions"] if dc.get("evidence")]
            pos = [p[0] for p in pos if len(p) == 1]
            if not pos or it.get("note") and re.search(r"(zurück|moved|vorgezogen|after|before|forgotten|resumed)", it["note"]):
                continue
            if min(pos) < last:
                err(sid, f"item {it['number']}: decided before an earlier agenda item although no note explains a change of order")
            last = max(last, max(pos))
        for k in ("lateArrivals", "earlyDepartures"):
            for x in gold[k]:
                if x.get("top") not in numbers:
                    err(sid, f"{k}: top {x.get('top')!r} not an item")
                if x.get("name") not in voices and x.get("name") not in att:
                    err(sid, f"{k}: {x.get('name')!r} neither a voice nor in the attendance list")
    if splits != SPLITS_NEEDED:
        errors.append(f"split {splits} (need {SPLITS_NEEDED})")
    if kinds != KINDS_NEEDED:
        errors.append(f"agenda kinds: {kinds} (need {KINDS_NEEDED})")
    need = {"agenda:matching", "agenda:none", "agenda:mismatch", "nonpublic", "nonpublic+matching", "bias", "late", "early",
            "nonpublic+none", "nonpublic+mismatch", "endspoken", "endtimeline", "attendance", "ballot", "vertagt", "verwiesen|abgesetzt", "zur Kenntnis genommen", "abgelehnt",
            "multi-decision item", "groups", "verwiesen", "abgesetzt", "gewählt", "no-Gegenstimmen-with-abstentions", "genehmigt"}
    need |= {"zurückgezogen", "sub-items", "unknown-speaker"}   # set G has no `unclear` and no `erledigt` item (see README)
    miss = need - (mix["dev"] | mix["test"])
    if miss:
        errors.append(f"the set lacks features: {sorted(miss)}")
    # set F: each split on its own covers the key phenomena, so dev and test figures are comparable
    per_split = {"bias-early", "bias-at-item", "nonpublic", "nonpublic+matching", "multi-decision item",
                 "groups", "gewählt", "ballot", "abgelehnt", "vertagt", "verwiesen", "zur Kenntnis genommen", "abgesetzt",
                 "zurückgezogen", "genehmigt", "sub-items", "unknown-speaker", "agenda:matching", "attendance",
                 "no-Gegenstimmen-with-abstentions"} | {"tag:" + t for t in TAGS_PER_SPLIT}
    for half in ("dev", "test"):
        miss = per_split - mix[half]
        if miss:
            errors.append(f"the {half} split lacks features: {sorted(miss)}")
    for half in ("dev", "test"):
        print(f"{half}: {totals[half][0]} cues, {totals[half][1]} items, {totals[half][2]} decisions")
    print(f"{len(sessions)} sessions, split {splits}, agenda {kinds}, attendance reports {n_att}")
    for e in errors:
        print("ERROR", e)
    print("all checks passed" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
