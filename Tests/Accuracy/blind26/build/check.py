#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself; writes build/selfscore.txt.
Run from anywhere: python3 build/check.py  (blind22's check.py with new heading patterns, cross-file cases
within one municipality, and a date check against every Tests/Accuracy/blind2*/gold.json)"""
import json, re, os, sys, subprocess, unicodedata, glob
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
SCORE = os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
OTHERS = os.path.join(ROOT, "..")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()
# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "thisted": r"^(\d)\.      \S",
 "aabenraa": r"^(\d)\. \S",
 "vejle-teknisk": r"^(\d+)\. \S",
 "vejle-byraadet": r"^Punkt (\d+) \u00b7 ",
 "norddjurs": r"^Ad (\d)\. ",
 "fanoe": r"^Dagsordenspunkt (\d): ",
 "bornholm": r"^Sag nr\. (\d)    ",
 "region-nordjylland": r"^Punkt nr\. (\d) - ",
 "koebenhavn": r"^(\d)\. (?!at )",
 "roskilde": r"^0(\d)\. ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def muni(src): return src.split("-")[0]
segs = {}
files = sorted(f for f in os.listdir(T) if f.endswith(".txt"))
if len(files) != 10: err("expected 10 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for d in dates:
    if not d.startswith("2029-"): err("meeting not in 2029", d)
for m in g["meetings"]:
    src = m["source"]; txt = open(os.path.join(T, src), encoding="utf-8").read()
    if not src.endswith(m["date"] + ".txt"): err("file name does not end with the date", src)
    keys = [k for k in HEAD if src.startswith(k)]
    if len(keys) != 1: err("heading pattern", src, keys); continue
    d = {}
    for x in re.finditer(HEAD[keys[0]], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 12): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not re.fullmatch(r"\d\d:\d\d", m["startTime"]): err("startTime", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        if it["outcome"] == "postponed" and not it["journalNumber"]: err("postponed item without journal number", src, it["number"])
        if it["closed"] and "ukket" not in seg: err("closed item without a Lukket marker", src, it["number"])
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, pr)
alltxt = " ".join(nz(t) for t, _ in segs.values())
ids = set()
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if a["id"] in ids: err("duplicate id", a["id"])
            ids.add(a["id"])
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a.get("dueText") and nz(a["dueText"]) not in nz(a["sentence"]): err("dueText not in sentence", a["id"])
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(a["sentence"]).lower(): err("owner surface not in sentence", a["id"], o)
                if o["kind"] not in ("person", "role", "unit", "body", "external"): err("owner kind", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("person owner not named in file", a["id"], o)
            if a["kind"] == "referral" and not (a["owners"] and a["owners"][0]["kind"] == "body"): err("referral owner", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# case timeline: one entry per (body, date, item) — a quoted decision of a meeting that is itself in the set is the same entry
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        jn = it["journalNumber"]; title.setdefault(jn, it["title"])
        tl[jn][(m["committee"], m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            k = (pr["body"], pr["date"], pr["item"])
            if k in tl[jn] and tl[jn][k] != pr["outcome"]: err("quoted outcome differs from the meeting's own", jn, k)
            tl[jn].setdefault(k, pr["outcome"])
# a quoted decision of a meeting in the set must agree with that meeting's item
bydate = {m["date"]: m for m in g["meetings"]}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in bydate:
                om = bydate[pr["date"]]
                oi = [x for x in om["items"] if x["number"] == pr["item"]]
                if om["committee"] != pr["body"] or not oi or oi[0]["journalNumber"] != it["journalNumber"] \
                        or oi[0]["outcome"] != pr["outcome"] or muni(om["source"]) != muni(m["source"]):
                    err("prior decision dated on a meeting of the set does not match that meeting", m["source"], pr)
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    got = {(a["committee"], a["date"], a["item"]) for a in c["appearances"]}
    if got != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"], got ^ set(tl[c["journalNumber"]]))
    if len(got) != len(c["appearances"]): err("case appearance twice", c["journalNumber"])
want_open = {}
def sk(k): return (k[1], -1 if k[2] is None else 0)
for jn, v in tl.items():
    last = max(v, key=sk)
    if v[last] == "postponed": want_open[jn] = sum(1 for o in v.values() if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
want_pp = {(k[1], jn) for jn, v in tl.items() for k, o in v.items() if o == "postponed"}
if want_pp != set(pkeys): err("postponements differ from postponed items/prior decisions", want_pp ^ set(pkeys))
for o in g["openPostponed"]:
    last = [p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]]
    last = max(last, key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)
    if o["title"] != title.get(o["journalNumber"]): err("openPostponed title", o)
# a journal number belongs to one municipality only
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, muni(m["source"])) != muni(m["source"]): err("journal number in two municipalities", jn)
cross = {jn for jn in seen if len({m["source"] for m in g["meetings"] for it in m["items"] if it["journalNumber"] == jn}) > 1}
if not cross: err("no journal number recurs across two files")
# dates: distinct from every other blind2* set (meetings and prior decisions); prior-decision dates differ from
# meeting dates of this set unless they quote that very meeting (checked above)
OLD = set()
for p in glob.glob(os.path.join(OTHERS, "blind2*", "gold.json")):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8"))
    OLD |= {m["date"] for m in og["meetings"]}
    OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
mine = set(dates) | {pr["date"] for m in g["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
for d in sorted(mine & OLD): err("date used in another blind2* set", d)
print("cross-file journal numbers:", sorted(cross))
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
