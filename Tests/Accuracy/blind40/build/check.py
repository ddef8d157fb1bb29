#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py adapted to
blind40: .txt/.html/.md texts, one Windows-1252 file, one CRLF file, two files of one municipality sharing a case).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder holding the other blind*/gold.json sets (default: two levels up from this file,
                      i.e. Tests/Accuracy when the set sits in Tests/Accuracy/blind40)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Only the dates (meeting dates, prior-decision dates) and journal numbers of the other sets are read.
Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, html
from html.parser import HTMLParser
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "table", "section",
         "article", "header", "footer", "nav", "ol", "ul", "blockquote", "button", "main", "title", "form"}
class Text(HTMLParser):
    """visible text of a saved page: block elements on lines of their own, inline whitespace collapsed"""
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"): self.skip += 1
        if tag in BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"): self.skip -= 1
        if tag in BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(re.sub(r"[ \t\r\n]+", " ", d))
def read(src):
    raw = open(os.path.join(T, src), "rb").read()
    try:
        txt = raw.decode("utf-8"); enc = "utf-8"
    except UnicodeDecodeError:
        txt = raw.decode("cp1252"); enc = "cp1252"
    crlf = b"\r\n" in raw
    txt = txt.replace("\r\n", "\n")
    if src.endswith(".html"):
        p = Text(); p.feed(txt); txt = "".join(p.out)
        txt = "\n".join(l.strip() for l in txt.split("\n"))
        txt = re.sub(r"\n{2,}", "\n", txt)
    elif src.endswith(".md"):
        # rendered reading: blockquote/callout markers and emphasis stars do not count as text
        txt = re.sub(r"(?m)^> ?(\[![a-z]+\] ?)?", "", txt).replace("*", "")
    return txt, enc, crlf

# item headings per file (on the rendered text); where a table of contents repeats a heading, the last occurrence wins
HEAD = {
 "faxe": r"^Punkt (\d): ",
 "fanoe": r"^(\d)\. \S",
 "middelfart-folkeoplysningsudvalget": r"^# \[\]\{#_Toc\d+ \.anchor\}Punkt (\d)\. ",
 "ishoej": r"^(\d)\) ",
 "middelfart-handicapraadet": r"^(\d)\. ",
 "koebenhavn": r"^(\d)\) ",
 "hjoerring": r"^Punkt (3\d)\t",
 "region-midtjylland": r"^(\d)\. \S",
 "haderslev": r"^(\d)\.[\s\u00a0]+\S",
 "vordingborg": r"^(\d) \S",
 "aabenraa": r"^## (\d)\. ",
}
# the municipality (or region) of each file: a journal number may recur only inside one municipality
MUNI = {k: ("middelfart" if k.startswith("middelfart") else k) for k in HEAD}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(txt|html|md)", f): err("file name not ASCII form", f)
exts = [f.rsplit(".", 1)[1] for f in files]
if (exts.count("txt"), exts.count("html"), exts.count("md")) != (5, 3, 3): err("form mix", exts)
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2043-") for d in dates): err("meeting outside 2043")
encs = {}; crlfs = []
for m in g["meetings"]:
    src = m["source"]; txt, enc, crlf = read(src); encs[src] = enc
    if crlf: crlfs.append(src)
    if src.split("-2043-")[0] not in (m["source"].split("-2043-")[0],): pass
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
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if m["date"] not in src: err("date not in file name", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, pr)
if sorted(encs.values()).count("cp1252") != 1: err("expected exactly one Windows-1252 file", encs)
if len(crlfs) != 1: err("expected exactly one CRLF file", crlfs)
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
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner's canonical name not in file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else None
    if seg is None:  # a quoted prior deferral: the phrase sits in the quoting item
        hits = [nz(S[it["number"]]) for m in g["meetings"] for it in m["items"] for pr in it["priorDecisions"]
                if pr["date"] == p["meetingDate"] and it["journalNumber"] == p["journalNumber"]
                for S in [segs[m["date"]][1]]]
        seg = hits[0] if hits else ""
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions
tl = defaultdict(set); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]].add((m["date"], it["outcome"], m["committee"], it["number"]))
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].add((pr["date"], pr["outcome"], pr["body"], pr["item"]))
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    want = sorted((d, b, i) for d, _, b, i in tl[c["journalNumber"]])
    got = sorted((a["date"], a["committee"], a["item"]) for a in c["appearances"])
    if want != got: err("case appearances", c["journalNumber"], want, got)
want_open = {}
for jn, v in tl.items():
    v = sorted(v, key=lambda x: x[0])
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for x in v if x[1] == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
want_pp = {(d, jn) for jn, v in tl.items() for d, o, _, _ in v if o == "postponed"}
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements differ from postponed items", set(pkeys) ^ want_pp)
for o in g["openPostponed"]:
    last = max((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o)
# a journal number belongs to one municipality only; exactly one case is shared by two files (one municipality)
seen = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: seen[it["journalNumber"]].add(m["source"])
shared = {jn: s for jn, s in seen.items() if len(s) > 1}
for jn, s in shared.items():
    if len({MUNI[[k for k in HEAD if x.startswith(k)][0]] for x in s}) != 1: err("journal number in two municipalities", jn)
if len(shared) != 1: err("expected one case shared by two files", shared)
munis = [MUNI[[k for k in HEAD if m["source"].startswith(k)][0]] for m in g["meetings"]]
if len(set(munis)) != 10: err("expected 10 municipalities/regions", munis)
# the other blind sets: only their dates and journal numbers are read
OLD_D, OLD_J, nsets = set(), set(), 0
if os.path.isdir(ACC):
    for b in sorted(os.listdir(ACC)):
        p = os.path.join(ACC, b, "gold.json")
        if not b.startswith("blind") or not os.path.exists(p): continue
        if os.path.realpath(os.path.join(ACC, b)) == os.path.realpath(ROOT) or b == "blind40": continue
        og = json.load(open(p, encoding="utf-8")); nsets += 1
        for om in og.get("meetings", []):
            OLD_D.add(om.get("date"))
            for oi in om.get("items", []):
                OLD_J.add(oi.get("journalNumber"))
                for pr in oi.get("priorDecisions", []): OLD_D.add(pr.get("date"))
        for x in og.get("postponements", []) + og.get("cases", []) + og.get("openPostponed", []):
            OLD_J.add(x.get("journalNumber"))
else:
    err("BLIND_ACCURACY_DIR not found", ACC)
OLD_J.discard(None)
mine_d = set(dates) | {pr["date"] for m in g["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
for d in sorted(mine_d & OLD_D): err("date used by another blind set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates: err("prior-decision date equals a meeting date of this set", pr)
mine_j = set(seen) | {p["journalNumber"] for p in g["postponements"]}
for j in sorted(mine_j & OLD_J): err("journal number used by another blind set", j)
print(f"other sets read: {nsets} (dates and journal numbers only)")
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
r = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                   capture_output=True, text=True)
out = r.stdout
print(out)
if r.returncode or not out.strip(): print("score.py failed:", r.stderr); sys.exit(1)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
