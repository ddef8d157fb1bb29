#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself.
Run from anywhere: python3 Tests/Accuracy/blind25/build/check.py (blind22's check.py with new heading patterns,
10 files, dates checked against every other blind2* set, journal numbers shared only within one municipality)"""
import json, re, os, sys, subprocess, unicodedata
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "aalborg": r"^Punkt (\d)\. ",
 "herning-oekonomiudvalget": r"^Sag nr\. (\d+): ",
 "herning-byraadet": r"^(\d{2})\. (?=[A-ZÆØÅ])",
 "kolding": r"^Dagsordenspunkt (\d): ",
 "silkeborg-klima": r"^(?:Åbent|Lukket) punkt (\d): ",
 "silkeborg-handicap": r"^(\d)\) ",
 "hjoerring": r"^Ad pkt\. (\d) \u2013 ",
 "region-midtjylland": r"^Punkt nr\. (\d) - ",
 "randers": r"^Pkt\. (\d) - ",
 "gladsaxe": r"^\u00a7 (\d+)  ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 10: err("expected 10 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    src = m["source"]; txt = open(os.path.join(T, src), encoding="utf-8").read()
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
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
alltxt = " ".join(nz(t) for t, _ in segs.values())
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
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
want_open = {}
for jn, v in tl.items():
    v = sorted(v)
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for p in g["postponements"]:
    if p["journalNumber"] and p["journalNumber"] not in tl: err("postponement journal number unknown", p)

# dates: distinct from every other blind2* set's meetings; no prior-decision date equals any meeting date
import glob
OLD = set(); OLDP = set(); ME = os.path.basename(os.path.normpath(ROOT))
for p in sorted(glob.glob(os.path.join(ROOT, "..", "blind2*", "gold.json"))):
    if os.path.basename(os.path.dirname(p)) == ME: continue
    og = json.load(open(p, encoding="utf-8"))
    OLD |= {m["date"] for m in og["meetings"]}
    OLDP |= {pr["date"] for m in og["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
print("compared with", len(OLD), "meeting dates of other blind2* sets")
for d in dates:
    if d in OLD or d in OLDP: err("meeting date used in another blind2* set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates or pr["date"] in OLD: err("prior-decision date clashes with a meeting date", pr)
# a journal number belongs to one municipality only (cases may recur across that municipality's files)
def muni(src):
    p = src.split("-"); return "-".join(p[:2]) if p[0] == "region" else p[0]
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, muni(m["source"])) != muni(m["source"]): err("journal number in two municipalities", jn)
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score (score.py from the repository's sibling shared/tools)
SCORE = os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
