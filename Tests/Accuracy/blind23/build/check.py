#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself.
Run from anywhere: python3 Tests/Accuracy/blind23/build/check.py (blind22's check.py with new heading patterns;
writes build/selfscore.txt)"""
import json, re, os, sys, glob, subprocess, unicodedata
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
# item headings per file; where a table of contents repeats a heading, the last occurrence is the item.
# Kolding prints the title on the line before "Sag nr. N": the item starts at that title line.
HEAD = {
 "herlev": r"^     Pkt\. (\d+) – ",
 "silkeborg-hovedudvalget": r"^Ad pkt\. (\d): ",
 "kolding": r"^[^\n]+\n(?=Sag nr\. (\d) )",
 "region-sjaelland": r"^Punkt nr\. (\d+) - ",
 "silkeborg-oekonomiudvalget": r"^(\d{2,3})\. \S",
 "randers": r"^(0\d)\. ",
 "skanderborg": r"^(\d) – ",
 "holstebro": r"^§ (\d+)\. ",
 "horsens": r"^Punkt (\d)\. ",
 "hedensted": r"^Dagsordenspunkt (\d)$",
 "region-hovedstaden": r"^(\d)\. [A-ZÆØÅ]{2}",
 "soenderborg": r"^(3\d\d)  \S",
}
CASELESS = {"region-hovedstaden"}   # item headings printed in capitals; the gold titles follow the table of contents
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def muni(src):
    p = src.split("-")
    return "-".join(p[:2]) if p[0] == "region" else p[0]
segs = {}; closed = set()
files = sorted(f for f in os.listdir(T) if f.endswith(".txt"))
if len(files) != 12: err("expected 12 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    src = m["source"]; txt = open(os.path.join(T, src), encoding="utf-8").read()
    n_lines = txt.count("\n")
    if not (120 <= n_lines <= 300): err("line count", src, n_lines)
    if not m["date"].startswith("2026-") or m["date"] not in src: err("date", src)
    key = [k for k in HEAD if src.startswith(k)][0]
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 12): err("item count", src)
    ntxt = nz(txt)
    if len(set(m["attendees"])) != len(m["attendees"]): err("duplicate attendee", src)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not re.fullmatch(r"\d\d:\d\d", m["startTime"]): err("startTime", src)
    if m["startTime"].replace(":", ".") not in ntxt and m["startTime"] not in ntxt and m["startTime"].lstrip("0").replace(":", ".") not in ntxt:
        err("startTime not in text", src, m["startTime"])
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if it["closed"]: closed.add((m["date"], it["number"]))
        t, sg = nz(it["title"]), seg
        if key in CASELESS: t, sg = t.lower(), sg.lower()
        if t not in sg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        if it["closed"] and it["participants"]: err("closed item with participants", src, it["number"])
        for pr in it["priorDecisions"]:
            if not (pr["date"] < m["date"]): err("prior decision not before the meeting", src, pr)
alltxt = " ".join(nz(t) for t, _ in segs.values())
ids = set()
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if (a["meetingDate"], a["item"]) in closed: err(kind, "in a closed item", a)
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if a["id"] in ids: err("duplicate id", a["id"])
            ids.add(a["id"])
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and not any(o["name"] in nz(t) for t, _ in segs.values()): err("owner person unknown", a["id"], o)
            if a.get("dueRange"):
                lo, hi = a["dueRange"]
                if not (lo <= a["due"] <= hi): err("due outside dueRange", a["id"])
            if a["due"] and a["source"] == "decision" and a["due"] < a["meetingDate"]: err("due before meeting", a["id"])
# two gold actions must not share a key within one item (score.py matches each key once)
seen_keys = defaultdict(int)
for a in g["actions"]: seen_keys[(a["meetingDate"], a["item"], nz(a["key"]).lower())] += 1
for k, v in seen_keys.items():
    if v > 1: err("duplicate action key", k)
for a in g["actions"]:
    for o in g["optionalActions"]:
        if (o["meetingDate"], o["item"]) == (a["meetingDate"], a["item"]) and (nz(o["key"]).lower() in nz(a["sentence"]).lower()):
            err("optional key inside a required action sentence", o)
for p in g["postponements"]:
    if p["meetingDate"] in segs:
        seg = nz(segs[p["meetingDate"]][1][p["item"]])
    else:  # a quoted prior deferral: look in the item that quotes it
        seg = " ".join(nz(S[it["number"]]) for m in g["meetings"] for it in m["items"]
                       for S in [segs[m["date"]][1]] if it["journalNumber"] == p["journalNumber"])
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
    if p["target"] and p["target"] <= p["meetingDate"]: err("target not after meeting", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(list); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]].append((m["date"], it["outcome"]))
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].append((pr["date"], pr["outcome"]))
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if len(c["appearances"]) != len(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
    if sorted(a["date"] for a in c["appearances"]) != sorted(d for d, _ in tl[c["journalNumber"]]): err("case dates", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v)
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
# every deferral (item outcome or quoted prior outcome "postponed") has a postponement record, and vice versa
want_pp = set()
for m in g["meetings"]:
    for it in m["items"]:
        if it["outcome"] == "postponed": want_pp.add((m["date"], it["journalNumber"]))
        for pr in it["priorDecisions"]:
            if pr["outcome"] == "postponed": want_pp.add((pr["date"], it["journalNumber"]))
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements vs outcomes", set(pkeys) ^ want_pp)
for p in g["postponements"]:
    if not p["journalNumber"]: err("postponement without journal number", p)
    elif p["journalNumber"] not in tl: err("postponement journal number unknown", p)

# dates: distinct from the earlier sets' meetings and quoted dates; no prior-decision date equals any meeting date
OLD = set(); own = os.path.realpath(os.path.join(ROOT, "gold.json"))
# the earlier sets beside this one in Tests/Accuracy; while the set is written outside the repository, the repository's
base = os.path.join(ROOT, "..")
olds = sorted(p for p in glob.glob(os.path.join(base, "blind2*", "gold.json")) if os.path.realpath(p) != own)
for p in olds:
    og = json.load(open(p, encoding="utf-8"))
    OLD |= {m["date"] for m in og["meetings"]}
    OLD |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
    OLD |= {x["meetingDate"] for x in og.get("postponements", [])}
print("earlier sets read:", ", ".join(os.path.basename(os.path.dirname(p)) for p in olds), "-", len(OLD), "dates")
for d in dates:
    if d in OLD: err("meeting date used in an earlier set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates or pr["date"] in OLD: err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one municipality (it may recur in two files of the same municipality)
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, muni(m["source"])) != muni(m["source"]): err("journal number in two municipalities", jn)
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
score = os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")

out = subprocess.run([sys.executable, score, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
