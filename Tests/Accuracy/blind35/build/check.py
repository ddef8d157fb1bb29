#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).
Paths come from the environment:
  BLIND_ACCURACY_DIR  folder holding the other blind*/gold.json sets (default: ../.. from this file, i.e. Tests/Accuracy
                      when the set is copied there)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Run: BLIND_ACCURACY_DIR=... SCORE_PY=... python3 build/check.py   (writes build/selfscore.txt)"""
import json, re, os, sys, subprocess, unicodedata
from collections import defaultdict
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

class Flat(HTMLParser):
    """HTML as a reader sees it: whitespace collapsed, block elements on their own lines, table cells tab-separated."""
    BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "footer", "nav",
             "main", "aside", "table", "tr", "dl", "dt", "dd", "hr", "body", "title", "blockquote"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        if tag == "br" or tag in self.BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in ("td", "th"): self.out.append("\t")
        elif tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(re.sub(r"[ \r\n]+", " ", d))
def read(path):
    raw = open(path, "rb").read()
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: s = raw.decode("cp1252")          # the Samsø file is Windows-1252
    s = s.replace("\r\n", "\n")                                  # the Kalundborg file has CRLF line ends
    if path.endswith(".html"):
        p = Flat(); p.feed(s); s = "".join(p.out)
        s = "\n".join(re.sub(r" +", " ", l).strip(" ") for l in s.split("\n"))
    return s

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item;
# pdftotext puts the form feed at the start of the first line of the next page, hence \f? where an item opens a page
HEAD = {
 "region-midtjylland": r"^Punkt nr\. (\d+)$",
 "holbaek": r"^\f?(1\d)\.   (?=\S)",
 "samsoe": r"^Punkt (\d)\t",
 "kalundborg": r"^\f?(2\d)\. (?=\S)",
 "gladsaxe": r"^(\d+)\. (?=\S)",
 "struer": r"^Pkt\. (\d)\t",
 "ringkoebing-skjern": r"^\f?(6\d)\. (?=\S)",
 "hoersholm": r"^## (?:\[\]\{#\S+ \.anchor\})?(\d)\. ",
 "faaborg-midtfyn": r"^## (\d) – ",
 "odder": r"^### (\d)\. ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
exts = defaultdict(int)
for f in files:
    exts[f.rsplit(".", 1)[1]] += 1
    if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
    if f[-14:-4].strip(".") and not f.rsplit(".", 1)[0].endswith(next(m["date"] for m in g["meetings"] if m["source"] == f)):
        err("file name date", f)
if dict(exts) != {"txt": 5, "html": 3, "md": 3}: err("mix of forms", dict(exts))
muni = defaultdict(list)
for f in files: muni[[k for k in HEAD if f.startswith(k)][0]].append(f)
if sorted(len(v) for v in muni.values()) != [1] * 9 + [2]: err("one municipality must have two files, the rest one", dict(muni))
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2038-") for d in dates): err("meetings must be in 2038")
for m in g["meetings"]:
    src = m["source"]; txt = read(os.path.join(T, src))
    key = [k for k in HEAD if src.startswith(k)][0]
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted earlier decision", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        if it["outcome"] == "postponed" and not it["journalNumber"]: err("deferred item without journal number", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, pr)
alltxt = " ".join(nz(t) for t, _ in segs.values())
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            if a.get("dueText") and nz(a["dueText"]) not in nz(a["sentence"]): err("dueText not in sentence", a["id"])
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
# a postponement phrase is in the item that decided it, or (quoted prior deferral) in the item that quotes it
quoting = {}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            quoting[(pr["date"], it["journalNumber"])] = (m["date"], it["number"])
for p in g["postponements"]:
    if p["meetingDate"] in segs and p["source"] == "decision":
        where = (p["meetingDate"], p["item"])
    else:
        where = quoting.get((p["meetingDate"], p["journalNumber"]))
        if not where: err("quoted deferral without a quoting item", p); continue
    if nz(p["phrase"]) not in nz(segs[where[0]][1][where[1]]): err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions
# (one appearance per case and date: the Gladsaxe 7 June minutes quote the 10 May decision of the same case)
tl = defaultdict(dict)
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        tl[it["journalNumber"]][m["date"]] = it["outcome"]
        for pr in it["priorDecisions"]:
            if tl[it["journalNumber"]].get(pr["date"], pr["outcome"]) != pr["outcome"]: err("quoted outcome differs", pr)
            tl[it["journalNumber"]][pr["date"]] = pr["outcome"]
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if sorted(a["date"] for a in c["appearances"]) != sorted(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted(v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
want_pp = {(d, jn) for jn, v in tl.items() for d, o in v.items() if o == "postponed"}
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements differ from deferred items", set(pkeys) ^ want_pp)
for o in g["openPostponed"]:
    last = max((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)

# apart from the other sets: no meeting or prior-decision date equal to theirs, no journal number shared
OLD_D = set(); OLD_J = set(); n_old = 0
for b in sorted(os.listdir(ACC)) if os.path.isdir(ACC) else []:
    p = os.path.join(ACC, b, "gold.json")
    if not b.startswith("blind") or b == "blind35" or not os.path.exists(p): continue
    og = json.load(open(p, encoding="utf-8")); n_old += 1
    for m in og.get("meetings", []):
        OLD_D.add(m["date"])
        for it in m["items"]:
            if it.get("journalNumber"): OLD_J.add(it["journalNumber"])
            OLD_D |= {pr["date"] for pr in it.get("priorDecisions", [])}
if not n_old: err("no other blind sets found under", ACC)
own_items = {(m["date"], it["number"]) for m in g["meetings"] for it in m["items"]}
for m in g["meetings"]:
    if m["date"] in OLD_D: err("meeting date used by another set", m["date"])
    for it in m["items"]:
        if it["journalNumber"] in OLD_J: err("journal number used by another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD_D: err("prior-decision date used by another set", pr)
            # a prior decision may name a meeting of this set only when it is that very item (the Gladsaxe pair)
            if pr["date"] in dates and (pr["date"], pr["item"]) not in own_items: err("prior-decision date clashes", pr)
# a journal number belongs to one municipality
seen = {}
for m in g["meetings"]:
    mu = [k for k in HEAD if m["source"].startswith(k)][0]
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and seen.setdefault(jn, mu) != mu: err("journal number in two municipalities", jn)
shared = [jn for jn, v in tl.items() if sum(1 for d in v if d in dates) >= 2]
if len(shared) != 1: err("expected exactly one case shared by two files", shared)
print(f"text checks ({n_old} other sets read for dates and journal numbers):", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
