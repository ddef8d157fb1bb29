#!/usr/bin/env python3
"""Checks blind42's gold.json against its texts and runs score.py on the gold against itself (adapted from blind22's check.py).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the directory that holds the other blind sets (default: ../.. relative to this script's
                      directory build/, i.e. the set's parent: Tests/Accuracy once the set is copied there); only the meeting dates, prior-decision dates and
                      journal numbers of their gold.json files are read.
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Run:  BLIND_ACCURACY_DIR=<Tests/Accuracy> SCORE_PY=<shared/tools/score.py> python3 build/check.py
Writes build/selfscore.txt (the score.py output of the gold against itself)."""
import json, re, os, sys, subprocess, unicodedata, html
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")  # build/../.. = the set's parent
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
roster = json.load(open(os.path.join(HERE, "roster.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
def detag(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|li|tr|h\d|dt|dd|div|summary|details|table|ul|ol|section)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))
# item headings per file (on the raw text; for .html on the markup); where a table of contents repeats a heading the
# last occurrence is the item
HEAD = {
 "faxe-kommunalbestyrelsen-2045-01-26.txt": r"^\f?(\d)\. [A-ZÆØÅ]",  # not "1. at ..." (Indstilling) nor "1. kvartal 2045." (a wrapped sentence)
 "lolland-kommunalbestyrelsen-2045-02-23.txt": r"^\f?Sag (\d+) ",
 "syddjurs-kommunalbestyrelsen-2045-03-29.txt": r"^\f?Punkt (\d+)   ",
 "syddjurs-kommunalbestyrelsen-2045-04-26.html": r'<span class="nr">(\d+)\.</span>',
 "morsoe-kommunalbestyrelsen-2045-05-22.txt": r"^\f?  (\d)\.\s{5,}\S",
 "region-nordjylland-regionsraadet-2045-06-20.html": r'<span class="punkt-nr">(\d+)\.</span>',
 "toender-byraadet-2045-08-31.txt": r"^(9\d)\. \S",
 "kalundborg-kommunalbestyrelsen-2045-09-27.txt": r"^\f?(17\d)\. \S",
 "haderslev-byraadet-2045-10-24.html": r'<span class="sag-nr">Sag nr\. (\d+)</span>',
 "odsherred-byraadet-2045-11-28.md": r"^# (\d+)\. ",
 "stevns-kommunalbestyrelsen-2045-12-14.md": r"^### (\d) · ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}; raws = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 6, "html": 3, "md": 2}: err("mix of forms", dict(ext))
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d-\d\d\.(txt|html|md)", f): err("file name not ASCII form", f)
cp = crlf = 0
for f in files:
    b = open(os.path.join(T, f), "rb").read()
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        cp += 1
    if b"\r\n" in b: crlf += 1
    raws[f] = b
if cp != 1: err("expected one Windows-1252 file, found", cp)
if crlf != 1: err("expected one CRLF file, found", crlf)
def text_of(f):
    b = raws[f]
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    return s.replace("\r\n", "\n")
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2045-") for d in dates): err("meeting outside 2045")
for m in g["meetings"]:
    src = m["source"]; raw = text_of(src); ishtml = src.endswith(".html")
    txt = detag(raw) if ishtml else raw
    d = {}
    for x in re.finditer(HEAD[src], raw, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        part = raw[pos:(order[i + 1][1] if i + 1 < len(order) else len(raw))]
        S[n] = detag(part) if ishtml else part
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    r = roster[src]
    for a in r["members"] + r["absent"] + r["substitutes"]:
        if a not in ntxt: err("roster name missing", src, a)
    if sorted(r["members"]) != sorted(set(r["members"])): err("duplicate member", src)
    if not (15 <= len(r["members"]) <= 41): err("member count", src, len(r["members"]))
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if m["startTime"].replace(":", ".") not in ntxt and m["startTime"] not in ntxt: err("start time missing", src)
    if m["date"] not in src: err("date not in file name", src)
    closed = 0
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        closed += it["closed"]
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            if not pr["date"].startswith("2045-"): err("prior date", src, pr)
    if closed < 1: err("no closed item", src)
    if sum(len(it["priorDecisions"]) for it in m["items"]) < 1: err("no quoted earlier decision", src)
# people: a person belongs to one municipality (the two Syddjurs files share one roster)
owner = {}
for src, r in roster.items():
    town = src.split("-")[0]
    for n in r["members"] + r["substitutes"]:
        if owner.setdefault(n, town) != town: err("person in two municipalities", n)
pn = [p["name"] for p in g.get("people", [])]
if len(pn) != len(set(pn)): err("people list has a duplicate name", [n for n in pn if pn.count(n) > 1])
for n in pn:  # every named person is printed, and only in one municipality's files
    towns = {f.split("-")[0] for f in files if n in nz(detag(text_of(f)) if f.endswith(".html") else text_of(f))}
    if len(towns) != 1: err("person printed in", n, towns)
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
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            if a["due"] and not a["due"] > a["meetingDate"]: err("due before meeting", a["id"])
for p in g["postponements"]:
    if p["meetingDate"] in segs:
        seg = nz(segs[p["meetingDate"]][1][p["item"]])
    else:  # a quoted earlier deferral: look in the item that quotes it
        seg = " ".join(nz(segs[m["date"]][1][it["number"]]) for m in g["meetings"] for it in m["items"]
                       if any(pr["date"] == p["meetingDate"] for pr in it["priorDecisions"]))
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions (one appearance per date and item)
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]:
            tl[it["journalNumber"]].setdefault((pr["date"], pr["item"]), pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    got = {(a["date"], a["item"]) for a in c["appearances"]}
    if got != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"], got, set(tl[c["journalNumber"]]))
    if c["title"] != title[c["journalNumber"]]: err("case title", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items(), key=lambda x: x[0][0])
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
for o in g["openPostponed"]:
    last = max((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)
    if o["title"] != title[o["journalNumber"]]: err("openPostponed title", o)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
npost = sum(1 for m in g["meetings"] for it in m["items"] if it["outcome"] == "postponed")
if npost != sum(1 for p in g["postponements"] if p["source"] == "decision"): err("postponed items and postponements differ")
for p in g["postponements"]:
    if p["journalNumber"] not in tl: err("postponement journal number unknown", p)
# a journal number belongs to one municipality (the two Syddjurs files share one case)
seen = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, m["source"].split("-")[0]) != m["source"].split("-")[0]: err("journal number in two municipalities", jn)
shared = [jn for jn in seen if len({m["date"] for m in g["meetings"] for it in m["items"] if it["journalNumber"] == jn}) > 1]
if len(shared) != 1: err("expected exactly one case shared by two files", shared)
# the other blind sets: only their dates and journal numbers are read
OLD_DATES = set(); OLD_JN = set(); nsets = 0
if os.path.isdir(ACC):
    for b in sorted(os.listdir(ACC)):
        p = os.path.join(ACC, b, "gold.json")
        if not b.startswith("blind") or b == "blind42" or not os.path.exists(p): continue
        og = json.load(open(p, encoding="utf-8")); nsets += 1
        for m in og.get("meetings", []):
            OLD_DATES.add(m.get("date"))
            for it in m.get("items", []):
                if it.get("journalNumber"): OLD_JN.add(it["journalNumber"])
                for pr in it.get("priorDecisions", []): OLD_DATES.add(pr.get("date"))
        for p2 in og.get("postponements", []):
            if p2.get("journalNumber"): OLD_JN.add(p2["journalNumber"])
else:
    err("BLIND_ACCURACY_DIR not found", ACC)
print(f"compared with {nsets} other blind sets ({len(OLD_DATES)} dates, {len(OLD_JN)} journal numbers)")
for d in dates:
    if d in OLD_DATES: err("meeting date used in another blind set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD_DATES: err("prior-decision date used in another blind set", pr)
            if pr["date"] in dates and not (pr["date"] == "2045-03-29" and pr["item"] == 38):
                err("prior-decision date equals a meeting date of this set", pr)
        if it["journalNumber"] and it["journalNumber"] in OLD_JN: err("journal number used in another blind set", it["journalNumber"])
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
