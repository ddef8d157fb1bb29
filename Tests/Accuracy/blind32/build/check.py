#!/usr/bin/env python3
"""Checks blind32's gold.json against its texts and runs score.py on the gold against itself (blind22's check.py,
adapted: .html and .md texts, one Windows-1252 file, CRLF, a case shared by two files of one municipality).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder holding the other blind sets (default: two levels up from this file, i.e.
                      Tests/Accuracy when the set lives at Tests/Accuracy/blind32)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt. Exit status 0 only when every check passes and the self-score is 1.000 everywhere."""
import json, re, os, sys, subprocess, unicodedata, html, glob
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

def read_raw(path):
    b = open(path, "rb").read()
    try:
        s = b.decode("utf-8"); enc = "utf-8"
    except UnicodeDecodeError:
        s = b.decode("cp1252"); enc = "cp1252"
    return s, enc, b"\r\n" in b

def html_to_text(s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<(script|style)\b[^>]*>.*?</\1\s*>", "", s, flags=re.S | re.I)
    s = re.sub(r"<br\b[^>]*>", "\n", s, flags=re.I)
    s = re.sub(r"</(p|div|h\d|li|tr|td|th|dt|dd|summary|details|article|section|ol|ul|table|header|footer|nav|main|title)\s*>",
               "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(l.strip() for l in s.split("\n"))

# item headings per file (on the text as read: HTML reduced to text, CRLF to LF); where a table of contents or
# agenda list repeats a heading, the last occurrence is the item
HEAD = {
 "haderslev": r"^(\d)\.     \S",
 "kalundborg": r"^\f?(\d)\. (?=[A-ZÆØÅ])",
 "hjoerring": r"^(\d)\.\t",
 "faaborg-midtfyn": r"^Ad (\d)\. ",
 "lejre-klima-og-planudvalget": r"^(\d\d)\. ",
 "lejre-kommunalbestyrelsen": r"^# \[\]\{#_Toc\d+ \.anchor\}(\d+)\. ",
 "holbaek": r"^(1\d\d)\. ",
 "region-nordjylland": r"^(\d)\. ",
 "ikast-brande": r"^Punkt (\d): ",
 "helsingoer": r"^## (\d)\. ",
 "toender": r"^## (\d)\. ",
}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
ext = defaultdict(int); encs = []; crlf = []
FN = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d\d-\d\d)\.(txt|html|md)$")
for f in files:
    mm = FN.match(f)
    if not mm or not f.isascii(): err("file name", f); continue
    ext[mm.group(3)] += 1
    s, enc, cr = read_raw(os.path.join(T, f))
    encs.append((f, enc)); crlf.append((f, cr))
if dict(ext) != {"txt": 5, "html": 3, "md": 3}: err("mix of forms", dict(ext))
if [f for f, e in encs if e == "cp1252"] != ["hjoerring-aeldreraadet-2035-03-07.txt"]: err("Windows-1252 file", encs)
if not any(c for f, c in crlf if f.endswith(".txt")): err("no CRLF text")
munis = defaultdict(list)
for f in files:
    key = [k for k in HEAD if f.startswith(k)]
    if len(key) != 1: err("no heading pattern for", f)
    # municipality = the heading key less the committee part (only Lejre has two keys)
    munis[key[0].replace("-klima-og-planudvalget", "").replace("-kommunalbestyrelsen", "") if key else f].append(f)
dup = {k: v for k, v in munis.items() if len(v) > 1}
if list(dup) != ["lejre"]: err("municipalities used twice", dup)

dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2035-") for d in dates) or g.get("asOf") != "2035-12-31": err("year / as-of")
segs = {}; fulltext = {}
for m in g["meetings"]:
    src = m["source"]
    if not src.endswith(m["date"] + src[src.rfind("."):]): err("file date differs from meeting date", src)
    raw, enc, cr = read_raw(os.path.join(T, src))
    txt = raw.replace("\r\n", "\n")
    if src.endswith(".html"): txt = html_to_text(txt)
    fulltext[src] = txt
    key = [k for k in HEAD if src.startswith(k)][0]
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if sum(it["closed"] for it in m["items"]) < 1: err("no closed item", src)
    if sum(len(it["priorDecisions"]) for it in m["items"]) < 1: err("no quoted earlier decision", src)
    ntxt = nz(txt)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
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

for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside dueRange", a["id"])
            if a["kind"] == "referral" and [o["kind"] for o in a["owners"]] != ["body"]: err("referral owner", a["id"])
mdate = {m["date"]: m for m in g["meetings"]}
for p in g["postponements"]:
    if p["meetingDate"] in segs and p["source"] == "decision":
        seg = nz(segs[p["meetingDate"]][1].get(p["item"], ""))
    else:  # a quoted earlier deferral: its phrase is in the item that quotes it
        seg = " ".join(nz(segs[m["date"]][1][it["number"]]) for m in g["meetings"] for it in m["items"]
                       if it["journalNumber"] == p["journalNumber"] and any(pr["date"] == p["meetingDate"] for pr in it["priorDecisions"]))
    if nz(p["phrase"]) not in seg: err("phrase missing", p)

# postponements follow from the outcomes (items and quoted decisions), and nothing else
want_pp = set()
for m in g["meetings"]:
    for it in m["items"]:
        if it["outcome"] == "postponed": want_pp.add((m["date"], it["journalNumber"]))
        for pr in it["priorDecisions"]:
            if pr["outcome"] == "postponed": want_pp.add((pr["date"], it["journalNumber"]))
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements vs outcomes", set(pkeys) ^ want_pp)
if any(jn is None for _, jn in pkeys): err("a deferral without a journal number")

# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(dict)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].setdefault((pr["date"], pr["item"]), pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases ^ {c["journalNumber"] for c in g["cases"]})
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted((d, o) for (d, _), o in v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
for o in g["openPostponed"]:
    last = max((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)

# one case shared by the two files of one municipality (deferred in the first, decided in the second)
shared = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: shared[it["journalNumber"]].add(m["source"])
multi = {jn: s for jn, s in shared.items() if len(s) > 1}
if len(multi) != 1 or not all(f.startswith("lejre-") for s in multi.values() for f in s): err("shared case", multi)
for jn in multi:
    v = sorted((d, o) for (d, _), o in tl[jn].items())
    if v[0][1] != "postponed" or v[-1][1] not in ("approved", "decided"): err("shared case not deferred then decided", v)

# dates and journal numbers apart from the other blind sets (only their dates and journal numbers are read)
OLD = set(); OLDJN = set()
me = os.path.realpath(ROOT)
for p in glob.glob(os.path.join(ACC, "blind*", "gold.json")):
    if os.path.realpath(os.path.dirname(p)) == me: continue
    og = json.load(open(p, encoding="utf-8"))
    for m in og.get("meetings", []):
        OLD.add(m.get("date"))
        for it in m.get("items", []):
            if it.get("journalNumber"): OLDJN.add(it["journalNumber"])
            for pr in it.get("priorDecisions", []): OLD.add(pr.get("date"))
if not OLD: err("no other blind set found under", "BLIND_ACCURACY_DIR")
for d in dates:
    if d in OLD: err("meeting date used by another set", d)
own_items = {(m["committee"], m["date"], it["number"], it["journalNumber"]) for m in g["meetings"] for it in m["items"]}
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"] in OLDJN: err("journal number used by another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used by another set", pr)
            # a prior-decision date may equal a meeting date of this set only where it quotes that very item
            if pr["date"] in dates and (pr["body"], pr["date"], pr["item"], it["journalNumber"]) not in own_items:
                err("prior-decision date clashes with a meeting date", pr)

# no absolute path in anything written for the set
ABS = re.compile(r"(?<![\w.:/])/(?:" + "|".join(["tm" + "p", "wo" + "rk", "ho" + "me", "Us" + "ers", "ro" + "ot"]) + r")/")
for dp, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith((".pyc",)): continue
        s, _, _ = read_raw(os.path.join(dp, f))
        if ABS.search(s): err("absolute path in", os.path.relpath(os.path.join(dp, f), ROOT))
print("text checks:", "OK" if not bad else f"{bad} errors")

# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
