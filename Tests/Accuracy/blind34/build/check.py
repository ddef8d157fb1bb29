#!/usr/bin/env python3
"""Checks blind34's gold.json against its texts and runs score.py on the gold against itself.
Adapted from blind22's check.py: texts in three encodings/line-ending styles, HTML reduced to text, Markdown.

Paths come from the environment:
  BLIND_ACCURACY_DIR  folder holding the other blind sets (default: two levels above this build folder,
                      i.e. Tests/Accuracy when the set is copied to Tests/Accuracy/blind34)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Run: BLIND_ACCURACY_DIR=... SCORE_PY=... python3 build/check.py   (writes build/selfscore.txt)"""
import json, re, os, sys, subprocess, unicodedata, glob, html
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")

def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

def read(path):
    raw = open(path, "rb").read()
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: s = raw.decode("cp1252")          # the Acadre/Windows-1252 transcript
    s = s.replace("\r\n", "\n")                                   # the CRLF transcript
    if path.endswith(".html"): s = html_text(s)
    return s

BLOCK = r"p|div|h[1-6]|li|tr|td|th|dt|dd|br|summary|details|section|table|blockquote|ul|ol|header|footer|nav|aside|main|article|form"
def html_text(s):
    s = re.sub(r"(?is)<!--.*?-->", "", s)
    s = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", "", s)
    s = re.sub(r"(?is)</?(%s)\b[^>]*>" % BLOCK, "\n", s)
    s = re.sub(r"(?s)<[^>]*>", "", s)                              # inline tags, Word's <![if ...]> markers
    s = html.unescape(s)
    return "\n".join(l.strip() for l in s.split("\n"))

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "thisted-byraadet": r"^(\d)\.    \S",
 "region-midtjylland-regionsraadet": r"^(\d)\. \S",
 "kalundborg-oekonomiudvalget": r"^\f?(4\d)\. \S",
 "kalundborg-kommunalbestyrelsen": r"^Punkt (\d+) \S",
 "lolland-forsyning-bestyrelsen": r"^Punkt (\d)\. \S",
 "stevns-kommunalbestyrelsen": r"^(\d{2,3})\. \S",
 "skive-folkeoplysningsudvalget": r"^(\d)\. \S",
 "fredensborg-aeldreraadet": r"^Pkt\. (\d) \S",
 "morsoe-kommunalbestyrelsen": r"^Sag nr\. (\d+) ",
 "laesoe-kommunalbestyrelsen": r"^## Punkt (\d) – ",
 "fanoe-kommunalbestyrelsen": r"^## (\d+)\. \S",
}
MUNIS = ["thisted", "region-midtjylland", "kalundborg", "lolland", "stevns", "skive", "fredensborg", "morsoe", "laesoe", "fanoe"]
def muni(src): return [m for m in MUNIS if src.startswith(m + "-")][0]

bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 6, "html": 3, "md": 2}: err("file forms", dict(ext))
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-2037-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
mcount = defaultdict(int)
for f in files: mcount[muni(f)] += 1
if sorted(mcount.values()) != [1] * 9 + [2]: err("municipalities: one must have two files, the rest one", dict(mcount))
# encodings and line endings as announced in SOURCES.md
rawb = {f: open(os.path.join(T, f), "rb").read() for f in files}
crlf = [f for f in files if b"\r\n" in rawb[f]]
def is_utf8(b):
    try: b.decode("utf-8"); return True
    except UnicodeDecodeError: return False
cp = [f for f in files if not is_utf8(rawb[f])]
if crlf != ["kalundborg-oekonomiudvalget-2037-03-11.txt"]: err("CRLF files", crlf)
if cp != ["morsoe-kommunalbestyrelsen-2037-10-05.txt"]: err("Windows-1252 files", cp)

segs = {}
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
for m in g["meetings"]:
    src = m["source"]; txt = read(os.path.join(T, src))
    if not m["date"].startswith("2037-"): err("meeting not in 2037", src)
    if not src.rsplit(".", 1)[0].endswith(m["date"]): err("date not in file name", src)
    key = [k for k in HEAD if src.startswith(k + "-")][0]
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
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
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, pr)
byd = {m["date"]: m for m in g["meetings"]}
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a["committee"] != byd[a["meetingDate"]]["committee"]: err("action committee", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in the file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside dueRange", a["id"])
per = defaultdict(int)
for a in g["actions"]: per[a["meetingDate"]] += 1
for d in dates:
    if not 3 <= per[d] <= 4: err("actions per file", d, per[d])
for p in g["postponements"]:
    if p["source"] == "prior-decision":
        hits = [(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]
                if it["journalNumber"] == p["journalNumber"]
                and any(pr["date"] == p["meetingDate"] and pr["item"] == p["item"] and pr["outcome"] == "postponed"
                        for pr in it["priorDecisions"])]
        if len(hits) != 1: err("quoted deferral not found", p); continue
        seg = nz(segs[hits[0][0]][1][hits[0][1]])
    else:
        seg = nz(segs[p["meetingDate"]][1][p["item"]])
        it = [i for i in byd[p["meetingDate"]]["items"] if i["number"] == p["item"]][0]
        if it["outcome"] != "postponed" or it["journalNumber"] != p["journalNumber"]: err("postponement item", p)
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
pos_items = {(m["date"], it["number"]) for m in g["meetings"] for it in m["items"] if it["outcome"] == "postponed"}
if pos_items != {(p["meetingDate"], p["item"]) for p in g["postponements"] if p["source"] == "decision"}:
    err("postponed items and postponements differ")

# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(list); title = {}; jfiles = defaultdict(list)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]].append((m["date"], it["outcome"], m["committee"], it["number"]))
        jfiles[it["journalNumber"]].append((m["date"], m["source"], it["outcome"]))
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].append((pr["date"], pr["outcome"], pr["body"], pr["item"]))
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    want = {(d, i) for d, _, _, i in tl[c["journalNumber"]]}
    if {(a["date"], a["item"]) for a in c["appearances"]} != want: err("case appearances", c["journalNumber"])
    if c["title"] != title[c["journalNumber"]]: err("case title", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v, key=lambda x: x[0])
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for x in v if x[1] == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
for o in g["openPostponed"]:
    last = [p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]]
    last = max(last, key=lambda p: p["meetingDate"])
    if o["target"] != last["target"] or o["title"] != title[o["journalNumber"]]: err("openPostponed target/title", o)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for p in g["postponements"]:
    if not p["journalNumber"] or p["journalNumber"] not in tl: err("postponement journal number unknown", p)
# the one case shared by two files of one municipality: deferred or referred in the first, decided in the second
shared = {jn: sorted(v) for jn, v in jfiles.items() if len({s for _, s, _ in v}) > 1}
if len(shared) != 1: err("expected exactly one case shared by two files", shared)
for jn, v in shared.items():
    if muni(v[0][1]) != muni(v[1][1]): err("shared case across municipalities", jn)
    if v[0][2] not in ("postponed", "referred") or v[1][2] not in ("approved", "rejected", "decided"): err("shared case outcomes", v)
# a journal number belongs to one municipality only
for jn, v in jfiles.items():
    if len({muni(s) for _, s, _ in v}) > 1: err("journal number in two municipalities", jn)

# other sets: only their meeting/prior-decision dates and their journal numbers are read
OLD = set(); OLDJ = set(); nsets = 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for m in og.get("meetings", []):
        OLD.add(m.get("date"))
        for it in m.get("items", []):
            if it.get("journalNumber"): OLDJ.add(it["journalNumber"])
            for pr in it.get("priorDecisions", []): OLD.add(pr.get("date"))
print("other sets read (dates and journal numbers only):", nsets)
if nsets == 0: err("no other blind sets found under BLIND_ACCURACY_DIR")
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"] in OLDJ: err("journal number used in another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in dates or pr["date"] in OLD: err("prior-decision date clashes with a meeting date", pr)
# no absolute path in anything the set holds
for f in glob.glob(os.path.join(ROOT, "**", "*"), recursive=True):
    if os.path.isfile(f) and not f.endswith(".json") and re.search(rb"(?<![\w.])/(work|home|tmp|root|Users)/", open(f, "rb").read()):
        err("absolute path in", os.path.relpath(f, ROOT))
print("text checks:", "OK" if not bad else f"{bad} errors")

# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
