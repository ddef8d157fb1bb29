#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).

Paths come from the environment:
  BLIND_ACCURACY_DIR  folder holding the other blind*/gold.json (default: ../.. relative to this set, i.e.
                      Tests/Accuracy when the set is copied there); only their meeting dates, prior-decision dates
                      and journal numbers are read
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt.
"""
import json, re, os, sys, subprocess, unicodedata, html, glob
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(ROOT, "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
SET = os.path.basename(ROOT)
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

# ---- reading the texts: encoding per file, HTML and Markdown reduced to their text
ENCODING = {"vejle-byraadet-2042-06-18.txt": "cp1252"}
BLOCK = r"p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|caption|dt|dd|dl|section|article|header|footer|nav|main|title|button"
def html_text(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % BLOCK, "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(l.strip() for l in s.split("\n"))
def md_text(s):
    s = re.sub(r"\[\]\{#[^}]*\}", "", s)          # pandoc anchors
    s = re.sub(r"(?m)^>\s?", "", s)                 # block quotes
    s = s.replace("\\[", "[").replace("\\]", "]")
    s = re.sub(r"[*`]", "", s)
    return s
def read(src):
    raw = open(os.path.join(T, src), encoding=ENCODING.get(src, "utf-8")).read()   # universal newlines: CRLF read as LF
    if src.endswith(".html"): return html_text(raw)
    if src.endswith(".md"): return md_text(raw)
    return raw

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "aarhus-boern": r"^# Punkt (\d): ",
 "aarhus-byraadet": r"^(\d)\.   \S",
 "aalborg": r"^Punkt (\d)\. ",
 "region-midtjylland": r"^(\d)\. \S",
 "vejle": r"^Sag (\d+) \u2013 ",
 "silkeborg": r"^## (\d)\. ",
 "randers": r"^(\d\d)/2042   \S",
 "koebenhavn": r"^(\d)\. \S",
 "gladsaxe": r"^(1[45]\d)\. ",
 "region-hovedstaden": r"^(\d)\. \S",
 "gentofte": r"^Punkt (\d)\. ",
}
# the municipality of a file (a journal number may recur only within one municipality)
MUNI = {"aarhus-boern": "aarhus", "aarhus-byraadet": "aarhus"}
# two-column layout: the place is split over two lines of the right-hand column
LOC_PARTS = {"aalborg": ["Byrådssalen, Aalborg", "Rådhus, Boulevarden 13"]}
EXPECT = {".txt": 5, ".html": 4, ".md": 2}

bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
for ext, n in EXPECT.items():
    if sum(f.endswith(ext) for f in files) != n: err("expected", n, ext, "files")
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-2042-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    if not m["source"].endswith(m["date"] + "." + m["source"].rsplit(".", 1)[1]): err("file name date", m["source"])
    if not m["date"].startswith("2042-"): err("meeting not in 2042", m["date"])
# file forms the brief asks for
rawb = {f: open(os.path.join(T, f), "rb").read() for f in files}
if b"\r\n" not in rawb["randers-byraadet-2042-08-25.txt"]: err("Randers is not CRLF")
try:
    rawb["vejle-byraadet-2042-06-18.txt"].decode("utf-8"); err("Vejle decodes as UTF-8 (should be Windows-1252)")
except UnicodeDecodeError: pass
for f in files:
    if f != "vejle-byraadet-2042-06-18.txt": rawb[f].decode("utf-8")

segs = {}; key_of = {}
for m in g["meetings"]:
    src = m["source"]; txt = read(src)
    key = [k for k in HEAD if src.startswith(k)][0]; key_of[m["date"]] = key
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if key in LOC_PARTS:
        if " ".join(LOC_PARTS[key]) != m["location"] or not all(p in ntxt for p in LOC_PARTS[key]): err("location parts", src)
    elif m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted earlier decision", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
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
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in the file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
# a gold key must not match another gold action of the same item (score.py takes the first candidate)
by_item = defaultdict(list)
for a in g["actions"]: by_item[(a["meetingDate"], a["item"])].append(a)
for k, v in by_item.items():
    for a in v:
        for b in v:
            if a is not b and nz(a["key"]).casefold() in nz(b["sentence"]).casefold(): err("ambiguous key", a["id"], b["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else None
    if seg is None:   # a quoted deferral: look in the item that quotes it
        hold = [(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]
                if it["journalNumber"] == p["journalNumber"] and any(pr["date"] == p["meetingDate"] for pr in it["priorDecisions"])]
        seg = " ".join(nz(segs[d][1][n]) for d, n in hold)
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions; (date, item) counted once
tl = defaultdict(dict)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].setdefault((pr["date"], pr["item"]), pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items(), key=lambda x: x[0][0])
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
deferred = {(d, jn) for jn, v in tl.items() for (d, n), o in v.items() if o == "postponed"}
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != deferred: err("postponements differ from the postponed items", set(pkeys) ^ deferred)
# exactly one case shared by two files of one municipality: deferred or referred in the first, decided in the second
shared = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: shared[it["journalNumber"]].add(m["source"])
multi = {jn: s for jn, s in shared.items() if len(s) > 1}
if len(multi) != 1: err("expected one case shared by two files", multi)
for jn, srcs in multi.items():
    if len({MUNI.get([k for k in HEAD if s.startswith(k)][0]) for s in srcs} - {None}) != 1 or any(
            MUNI.get([k for k in HEAD if s.startswith(k)][0]) is None for s in srcs):
        err("journal number in files of two municipalities", jn)
    v = sorted((d, o) for (d, n), o in tl[jn].items())
    if v[0][1] not in ("postponed", "referred") or v[-1][1] in ("postponed", "referred", "none"): err("shared case course", jn, v)
munis = [MUNI.get(k, k) for k in (key_of[d] for d in dates)]
if len(set(munis)) != 10: err("expected 10 municipalities/regions", munis)

# ---- apart from the other sets: no meeting or prior-decision date of theirs, no journal number of theirs
OLD_D = set(); OLD_J = set(); nsets = 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.basename(os.path.dirname(p)) == SET: continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for om in og.get("meetings", []):
        OLD_D.add(om.get("date"))
        for oit in om.get("items", []):
            if oit.get("journalNumber"): OLD_J.add(oit["journalNumber"])
            for pr in oit.get("priorDecisions", []): OLD_D.add(pr.get("date"))
print(f"other sets read: {nsets} (dates and journal numbers only)")
mine = {(m["committee"], m["date"]): m for m in g["meetings"]}
for d in dates:
    if d in OLD_D: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"] in OLD_J: err("journal number used in another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD_D: err("prior-decision date used in another set", pr)
            if pr["date"] in dates:   # allowed only for the shared case quoting the first meeting of this set
                om = mine.get((pr["body"], pr["date"]))
                if not om or not any(x["number"] == pr["item"] and x["journalNumber"] == it["journalNumber"] for x in om["items"]):
                    err("prior-decision date clashes with a meeting date", pr)
print("text checks:", "OK" if not bad else f"{bad} errors")

# ---- self-score
res = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True)
out = res.stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if res.returncode != 0 or not vals or any(abs(v - 1.0) > 1e-9 for v in vals):
    print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
