#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py adapted
for blind30: .txt/.md/.html texts, one Windows-1252 file, one CRLF file, two files of one municipality).

Paths come from the environment:
  BLIND_ACCURACY_DIR  folder holding the other blind*/gold.json (default: ../.. from this build folder, i.e.
                      Tests/Accuracy when the set is copied there)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt. Exit status 0 when every check passes and the self-score is 1.000 everywhere."""
import json, re, os, sys, subprocess, unicodedata, html, glob
from html.parser import HTMLParser
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

class Flat(HTMLParser):
    """page text as a browser would copy it: block elements on their own lines, table cells tab-separated"""
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "table", "ul", "ol", "blockquote", "header",
             "footer", "nav", "aside", "article", "main", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        if tag in self.BLOCK: self.out.append("\n")
        if tag in ("td", "th"): self.out.append("\t")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def html_text(raw):
    f = Flat(); f.feed(raw); t = "".join(f.out)
    return "\n".join(l.strip() for l in t.splitlines())

def read_text(path):
    """returns (text, encoding, had_crlf)"""
    b = open(path, "rb").read()
    try: s, enc = b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError: s, enc = b.decode("cp1252"), "cp1252"
    crlf = "\r\n" in s
    s = s.replace("\r\n", "\n")
    if path.endswith(".html"): s = html_text(s)
    return s, enc, crlf

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "lolland-handicapraadet-2033-02-07.txt": r"^(\d)\.\t",
 "lolland-handicapraadet-2033-04-04.md": r"^## Punkt (\d) -- ",
 "assens-aeldreraadet-2033-03-14.txt": r"^(\d)\) ",
 "hjoerring-havnebestyrelsen-2033-05-23.html": r"^Pkt\. (\d) \u2013 ",
 "region-midtjylland-regionshoved-medudvalget-2033-06-13.md": r"^## (\d)\. ",
 "vordingborg-skolebestyrelsen-2033-06-21.txt": r"^Ad (\d)\. ",
 "ikast-brande-integrationsraadet-2033-08-29.md": r"^## (\d)\. ",
 "bornholm-beredskabskommissionen-2033-09-19.html": r"^(\d)\. ",
 "frederikshavn-forsyningsbestyrelsen-2033-10-05.txt": r"^(\d)\. (?=[A-ZÆØÅ])",
 "holstebro-museumsbestyrelsen-2033-10-26.txt": r"^\f?(\d)\.$",
 "varde-landdistriktsraadet-2033-11-15.txt": r"^(\d)\. ",
}
MUNI = ["lolland", "assens", "hjoerring", "region-midtjylland", "vordingborg", "ikast-brande", "bornholm",
        "frederikshavn", "holstebro", "varde"]
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
if sorted(HEAD) != files: err("heading table differs from files")
# the mix of forms
ext = defaultdict(int); encs = []; crlfs = []
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-2033-\d\d-\d\d\.(txt|md|html)", f): err("file name", f)
    ext[f.rsplit(".", 1)[1]] += 1
    _, enc, crlf = read_text(os.path.join(T, f))
    if enc == "cp1252": encs.append(f)
    if crlf: crlfs.append(f)
if dict(ext) != {"txt": 6, "md": 3, "html": 2}: err("mix of forms", dict(ext))
if len(encs) != 1 or not encs[0].endswith(".txt"): err("expected one Windows-1252 .txt", encs)
if len(crlfs) != 1 or not crlfs[0].endswith(".txt"): err("expected one CRLF .txt", crlfs)
muni = defaultdict(list)
for f in files:
    ms = [m for m in MUNI if f.startswith(m + "-")]
    if len(ms) != 1: err("municipality of", f); continue
    muni[ms[0]].append(f)
pairs = [m for m, fs in muni.items() if len(fs) > 1]
if len(pairs) != 1 or len(muni[pairs[0]]) != 2: err("exactly one municipality must have two files", dict(muni))
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2033-") for d in dates): err("meeting outside 2033")
if g.get("asOf") != "2033-12-31": err("asOf")
for m in g["meetings"]:
    src = m["source"]; txt, _, _ = read_text(os.path.join(T, src))
    if m["date"] not in src: err("date not in file name", src)
    d = {}
    for x in re.finditer(HEAD[src], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S)
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if len(set(m["attendees"])) != len(m["attendees"]): err("attendee twice", src)
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not re.fullmatch(r"\d\d:\d\d", m["startTime"]): err("startTime", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, it["number"])
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
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
            if a["source"] not in ("decision", "prior-decision", "case-text"): err("source", a["id"])
            if a["kind"] not in ("task", "referral", "presentation", "milestone"): err("kind", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions (one entry per meeting date:
# a deferral quoted in a later file of the same body is the same decision as the first file's item)
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][m["date"]] = it["outcome"]
        for pr in it["priorDecisions"]:
            old = tl[it["journalNumber"]].get(pr["date"])
            if old and old != pr["outcome"]: err("quoted outcome differs from the minutes", it["journalNumber"], pr["date"])
            tl[it["journalNumber"]].setdefault(pr["date"], pr["outcome"])
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
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for p in g["postponements"]:
    if not p["journalNumber"]: err("postponement without journal number", p)
    elif p["journalNumber"] not in tl: err("postponement journal number unknown", p)
    elif tl[p["journalNumber"]].get(p["meetingDate"]) != "postponed": err("postponement not a postponed decision", p)
for jn, v in tl.items():
    for d, o in v.items():
        if o == "postponed" and (d, jn) not in set(pkeys): err("postponed decision without postponement", jn, d)
for o in g["openPostponed"]:
    last = max((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])
    if last["target"] != o["target"]: err("openPostponed target", o["journalNumber"])
# the shared case: one journal number in the two files of one municipality, deferred in the first, decided in the second
seen = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: seen[it["journalNumber"]].add(m["source"])
shared = {jn: s for jn, s in seen.items() if len(s) > 1}
if len(shared) != 1: err("expected exactly one journal number in two files", shared)
for jn, s in shared.items():
    if sorted(s) != sorted(muni[pairs[0]] if pairs else []): err("shared case outside the municipality pair", jn)
    v = sorted(tl[jn].items())
    if v[0][1] not in ("postponed", "referred") or v[-1][1] in ("postponed", "referred"): err("shared case history", jn, v)

# other sets: only their meeting dates, prior-decision dates and journal numbers are read
OLD = set(); OLDJN = set(); nsets = 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for om in og.get("meetings", []):
        OLD.add(om["date"])
        for oit in om.get("items", []):
            if oit.get("journalNumber"): OLDJN.add(oit["journalNumber"])
            OLD |= {pr["date"] for pr in oit.get("priorDecisions", [])}
print("other sets read (dates and journal numbers only):", nsets)
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD: err("prior-decision date used in another set", pr)
            if pr["date"] in dates and not (it["journalNumber"] in shared and pr["date"] in dates): err("prior-decision date clashes with a meeting date", pr)
        if it["journalNumber"] in OLDJN: err("journal number used in another set", it["journalNumber"])
# no absolute path in any file of the set
for f in glob.glob(os.path.join(ROOT, "**", "*"), recursive=True):
    if os.path.isfile(f) and not f.endswith("selfscore.txt"):
        body = re.sub(r"\A#!.*\n", "", open(f, encoding="utf-8", errors="replace").read())  # the shebang line is not a path of the set
        if re.search(r"(?<![\w.~])/(?:work|tmp|home|root|usr|Users)/", body):
            err("absolute path in", os.path.relpath(f, ROOT))
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
res = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True)
out = res.stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if res.returncode != 0 or not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
