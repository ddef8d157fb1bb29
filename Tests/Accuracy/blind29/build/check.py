#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder holding the other blind*/gold.json (default: <this build folder>/../.., i.e.
                      Tests/Accuracy when the set sits in Tests/Accuracy/blind29)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt."""
import json, re, os, sys, subprocess, unicodedata, html
from html.parser import HTMLParser
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
SCORE = os.environ.get("SCORE_PY") or os.path.normpath(os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py"))
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

class Flat(HTMLParser):
    """Saved page -> text: block elements start a new line, table cells are separated by a space."""
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "section", "article", "header",
             "footer", "nav", "ul", "ol", "dl", "dt", "dd", "hr", "aside", "main", "button"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"): self.skip += 1
        elif tag in self.BLOCK: self.out.append("\n")
        elif tag in ("td", "th"): self.out.append(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"): self.skip -= 1
        elif tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
    def text(self):
        t = "".join(self.out)
        t = re.sub(r"[ \t]*\n[ \t]*", "\n", t)
        return re.sub(r"\n{3,}", "\n\n", t)

def read_text(path):
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000], re.I)
        txt = raw.decode(m.group(1).decode() if m else "utf-8")
        p = Flat(); p.feed(txt); return p.text(), m.group(1).decode().lower() if m else "utf-8"
    try:
        return raw.decode("utf-8").replace("\r\n", "\n"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252").replace("\r\n", "\n"), "windows-1252"

# item headings per file (on the text as read above); where a table of contents repeats a heading the last one wins
HEAD = {
 "koebenhavn-teknik": r"^(\d)\. \S",
 "koebenhavn-borger": r"^     (\d)\.   \S",
 "aarhus": r"^(\d) [A-ZÆØÅ]",
 "region-hovedstaden": r"^(\d)\. \S",
 "region-midtjylland": r"^Punkt (\d) \S",
 "aalborg": r"^## (\d)\. ",
 "randers": r"^(\d)\.   \S",
 "region-sjaelland": r"^Punkt nr\. (\d) - ",
 "region-nordjylland": r"^(\d)\.    \S",
 "horsens": r"^(\d)\) \S",
 "vejle": r"^\f?(3\d\d)\. \S",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 7, "html": 3, "md": 1}: err("mix of forms", dict(ext))
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2032-") for d in dates): err("meeting outside 2032")
encs = {}
for m in g["meetings"]:
    src = m["source"]; txt, enc = read_text(os.path.join(T, src)); encs[src] = enc
    if not re.fullmatch(r"[a-z0-9-]+-" + m["date"] + r"\.(txt|html|md)", src): err("file name", src)
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
        if "beslutning" not in seg.lower(): err("item segment without a decision (table of contents?)", src, it["number"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
        if it["closed"] and "lukket" not in seg.lower(): err("closed item without a closed marker", src, it["number"])
want_enc = {"windows-1252": 2}
got_enc = defaultdict(int)
for v in encs.values(): got_enc[v] += 1
if got_enc.get("windows-1252") != 2: err("expected two windows-1252 files (one .txt, one .html)", dict(got_enc))
crlf = [f for f in files if b"\r\n" in open(os.path.join(T, f), "rb").read()]
if len(crlf) != 1: err("expected one CRLF file", crlf)
# every action and postponement sits in its own item
for kind in ("actions", "optionalActions"):
    for a in g[kind]:
        txt, S = segs[a["meetingDate"]]; seg = nz(S.get(a["item"], ""))
        if nz(a["key"]) not in seg: err(kind, "key not in item", a["meetingDate"], a["item"], a["key"])
        if kind == "actions":
            if nz(a["sentence"]) not in seg: err("sentence not in item", a["meetingDate"], a["item"], a["sentence"])
            if a["key"] not in a["sentence"]: err("key not in sentence", a["id"])
            for o in a["owners"]:
                if o["surface"].lower() not in nz(txt).lower(): err("owner surface missing", a["id"], o)
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in the file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
where = {}
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: where.setdefault(it["journalNumber"], []).append((m["date"], it["number"]))
for p in g["postponements"]:
    if p["source"] == "prior-decision":
        # the quoted deferral is printed in the item (of this set) that carries the case
        hits = [nz(segs[d][1][n]) for d, n in where.get(p["journalNumber"], [])]
        if not any(nz(p["phrase"]) in s for s in hits): err("quoted phrase missing", p)
        if p["meetingDate"] in segs: err("quoted deferral dated on a meeting of this set", p)
    else:
        if nz(p["phrase"]) not in nz(segs[p["meetingDate"]][1][p["item"]]): err("phrase missing", p)
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
for o in g["openPostponed"]:
    if o["title"] != title[o["journalNumber"]]: err("openPostponed title", o)
    last = [p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"] and p["source"] == "decision"]
    if not last or last[-1]["target"] != o["target"]: err("openPostponed target", o)
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
for p in g["postponements"]:
    if p["journalNumber"] not in tl: err("postponement journal number unknown", p)
# one case, and only one, is shared by two files of one municipality: deferred or referred first, decided later
files_of = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: files_of[it["journalNumber"]].add(m["source"])
shared = {jn: fs for jn, fs in files_of.items() if len(fs) > 1}
if len(shared) != 1: err("expected exactly one case shared by two files", shared)
for jn, fs in shared.items():
    muni = {re.sub(r"-[a-z0-9-]*-\d{4}-\d\d-\d\d\.\w+$", "", f).split("-")[0] for f in fs}
    if len(muni) != 1: err("shared case spans municipalities", jn, fs)
    own = sorted((m["date"], it["outcome"]) for m in g["meetings"] for it in m["items"] if it["journalNumber"] == jn)
    if own[0][1] not in ("postponed", "referred") or own[-1][1] not in ("approved", "decided", "rejected"): err("shared case course", jn, own)

# other sets: no meeting or prior-decision date of theirs, no journal number of theirs (only dates and numbers are read)
OLD = set(); OLDJN = set()
if os.path.isdir(ACC):
    for b in sorted(os.listdir(ACC)):
        p = os.path.join(ACC, b, "gold.json")
        if not b.startswith("blind") or not os.path.exists(p) or os.path.samefile(os.path.join(ACC, b), ROOT): continue
        og = json.load(open(p, encoding="utf-8"))
        for m in og.get("meetings", []):
            OLD.add(m.get("date"))
            for it in m.get("items", []):
                if it.get("journalNumber"): OLDJN.add(it["journalNumber"])
                for pr in it.get("priorDecisions", []): OLD.add(pr.get("date"))
else:
    err("BLIND_ACCURACY_DIR not found", ACC)
print(f"other sets: {len(OLD)} dates, {len(OLDJN)} journal numbers")
for d in dates:
    if d in OLD: err("meeting date used in another set", d)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"] in OLDJN: err("journal number used in another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in dates or pr["date"] in OLD: err("prior-decision date clashes with a meeting date", pr)
# no absolute path in any file of the set
for dp, _, fs in os.walk(ROOT):
    for f in fs:
        s = open(os.path.join(dp, f), "rb").read()
        if re.search(rb"(?<![\w.])/(work|tmp|home|Users)/", s): err("absolute path in", f)
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
