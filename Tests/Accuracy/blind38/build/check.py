#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted for
blind38: .txt (UTF-8 or Windows-1252, LF or CRLF), .html and .md texts; one case shared by two files of one municipality).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder holding the other blind*/gold.json (default: build/../.., i.e. Tests/Accuracy when the
                      set is copied there); only their meeting dates, prior-decision dates and journal numbers are read
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Writes build/selfscore.txt. Exit status 0 when every check passes and the self-score is 1.000 everywhere."""
import json, re, os, sys, glob, subprocess, unicodedata
from collections import defaultdict
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.normpath(os.path.join(HERE, ".."))
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
YEAR = "2041"

class Text(HTMLParser):
    BLOCK = set("p br div tr td th li h1 h2 h3 h4 h5 h6 dt dd summary details section article header footer nav aside "
                "main table ul ol title".split())
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"): self.skip += 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script"): self.skip -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def load(path):
    raw = open(path, "rb").read()
    try: s = raw.decode("utf-8"); enc = "utf-8"
    except UnicodeDecodeError: s = raw.decode("cp1252"); enc = "cp1252"
    s = s.replace("\r\n", "\n")
    if path.endswith(".html"):
        p = Text(); p.feed(s); s = "".join(p.out).replace("\u00a0", " ")
        s = "\n".join(l.strip() for l in s.split("\n"))
        s = re.sub(r"\n{3,}", "\n\n", s)
    return s, enc
def nz(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    s = re.sub(r"[*\\]", "", s)            # Markdown emphasis and pandoc escapes
    return re.sub(r"\s+", " ", s).strip()

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "faxe": r"^(\d)\. [^\n]+\nSagsnr\.:",
 "guldborgsund": r"^   Pkt\. (\d+)   \S",
 "samsoe": r"^Ad (\d)\. ",
 "horsens": r"^(\d)\. \S",
 "region-sjaelland": r"^Punkt nr\. (\d) - ",
 "kerteminde": r"^# \[\]\{#_Toc\d+ \.anchor\}(\d+)\. ",
 "odsherred": r"^Ad (\d)\.\s",
 "hedensted": r"^(\d\d)\.    \S",
 "stevns": r"^(6\d)$",
 "fanoe": r"^## (\d)\. ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}; heads = {}; encs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d\d-\d\d\.(txt|html|md)", f): err("file name", f)
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 6, "html": 3, "md": 2}: err("mix of forms", dict(ext))
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if g["asOf"] != YEAR + "-12-31": err("asOf")
muni = defaultdict(list)
for m in g["meetings"]:
    src = m["source"]
    if not src.endswith(m["date"] + "." + src.rsplit(".", 1)[1]): err("file date differs from meeting date", src)
    if not m["date"].startswith(YEAR): err("meeting not in", YEAR, src)
    key = [k for k in HEAD if src.startswith(k + "-")][0]; muni[key].append(src)
    txt, enc = load(os.path.join(T, src)); encs[src] = enc
    d = {}
    for x in re.finditer(HEAD[key], txt, re.M): d[int(x.group(1))] = x.start()
    order = sorted(d.items(), key=lambda x: x[1]); S = {}
    for i, (n, pos) in enumerate(order):
        S[n] = txt[pos:(order[i + 1][1] if i + 1 < len(order) else len(txt))]
    segs[m["date"]] = (txt, S); heads[m["date"]] = txt[:order[0][1]] if order else ""
    if sorted(S) != sorted(it["number"] for it in m["items"]): err("item numbers", src, sorted(S))
    if not (5 <= len(m["items"]) <= 10): err("item count", src)
    ntxt = nz(txt)
    for a in m["attendees"]:
        if a not in ntxt: err("attendee missing", src, a)
    if nz(m["location"]) not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg or x in nz(heads[m["date"]]) for x in p.split("|")): err("participant missing", src, it["number"], p)
        if it["outcome"] not in "approved noted discussed postponed referred rejected decided none".split(): err("outcome", src, it)
if sorted(len(v) for v in muni.values()) != [1] * 9 + [2]: err("municipalities: ten, one of them with two files", dict(muni))
if "cp1252" not in encs.values(): err("no Windows-1252 text")
if not any(b"\r\n" in open(os.path.join(T, f), "rb").read() for f in files): err("no CRLF text")
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
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside its range", a["id"])
            if a["kind"] == "referral":
                it = [i for m in g["meetings"] if m["date"] == a["meetingDate"] for i in m["items"] if i["number"] == a["item"]][0]
                if it["outcome"] != "referred": err("referral on an item not referred", a["id"])
for m in g["meetings"]:
    for it in m["items"]:
        if it["outcome"] == "referred" and not any(a["meetingDate"] == m["date"] and a["item"] == it["number"]
                                                   and a["kind"] == "referral" for a in g["actions"]):
            err("referred item without a referral action", m["date"], it["number"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else alltxt
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# postponements follow from the items and their quoted prior decisions, and vice versa
want_pp = set()
for m in g["meetings"]:
    for it in m["items"]:
        if it["outcome"] == "postponed":
            if not it["journalNumber"]: err("postponed item without journal number", m["date"], it["number"])
            want_pp.add((m["date"], it["journalNumber"]))
        for pr in it["priorDecisions"]:
            if pr["outcome"] == "postponed": want_pp.add((pr["date"], it["journalNumber"]))
pkeys = [(p["meetingDate"], p["journalNumber"]) for p in g["postponements"]]
if len(set(pkeys)) != len(pkeys): err("postponement keys not unique")
if set(pkeys) != want_pp: err("postponements", set(pkeys) ^ want_pp)
# cases and openPostponed recomputed from the items and their quoted prior decisions; one appearance per (date, item)
tl = defaultdict(dict); title = {}
for m in g["meetings"]:
    for it in m["items"]:
        if not it["journalNumber"]: continue
        title[it["journalNumber"]] = it["title"]
        tl[it["journalNumber"]][(m["date"], it["number"])] = it["outcome"]
        for pr in it["priorDecisions"]: tl[it["journalNumber"]].setdefault((pr["date"], pr["item"]), pr["outcome"])
want_cases = {jn for jn, v in tl.items() if len(v) >= 2}
if want_cases != {c["journalNumber"] for c in g["cases"]}: err("cases", want_cases)
for c in g["cases"]:
    if {(a["date"], a["item"]) for a in c["appearances"]} != set(tl[c["journalNumber"]]): err("case appearances", c["journalNumber"])
    if c["title"] != title[c["journalNumber"]]: err("case title", c["journalNumber"])
want_open = {}
for jn, v in tl.items():
    v = sorted((d, o) for (d, _), o in v.items())
    if v[-1][1] == "postponed": want_open[jn] = sum(1 for _, o in v if o == "postponed")
got_open = {o["journalNumber"]: o["count"] for o in g["openPostponed"]}
if want_open != got_open: err("openPostponed", want_open, got_open)
for o in g["openPostponed"]:
    if o["title"] != title[o["journalNumber"]]: err("openPostponed title", o["journalNumber"])
    last = sorted((p for p in g["postponements"] if p["journalNumber"] == o["journalNumber"]), key=lambda p: p["meetingDate"])[-1]
    if o["target"] != last["target"]: err("openPostponed target", o["journalNumber"])

# within the set: a prior-decision date is no meeting date, except where it quotes that very meeting's item (the shared case);
# a journal number belongs to one file, except the shared case, which stays within one municipality
items_by = {(m["date"], it["number"]): (m["committee"], it["journalNumber"]) for m in g["meetings"] for it in m["items"]}
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates and items_by.get((pr["date"], pr["item"])) != (pr["body"], it["journalNumber"]):
                err("prior-decision date clashes with a meeting date", pr)
            if (pr["date"], pr["item"]) in items_by:
                quoted = [i for mm in g["meetings"] if mm["date"] == pr["date"] for i in mm["items"] if i["number"] == pr["item"]][0]
                if quoted["outcome"] != pr["outcome"]: err("quoted decision differs from that meeting's own item", pr)
seen = defaultdict(set)
for m in g["meetings"]:
    for it in m["items"]:
        if it["journalNumber"]: seen[it["journalNumber"]].add(m["source"])
shared = {jn: s for jn, s in seen.items() if len(s) > 1}
if len(shared) != 1: err("expected exactly one journal number shared by two files", shared)
for jn, s in shared.items():
    if len({[k for k in HEAD if x.startswith(k + "-")][0] for x in s}) != 1: err("shared case crosses municipalities", jn)
    if want_open.get(jn): err("the shared case should be decided in the later file", jn)

# other sets: only their dates and journal numbers are read
OLD_DATES = set(); OLD_JN = set(); nsets = 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for m in og.get("meetings", []):
        OLD_DATES.add(m.get("date"))
        for it in m.get("items", []):
            if it.get("journalNumber"): OLD_JN.add(it["journalNumber"])
            for pr in it.get("priorDecisions", []): OLD_DATES.add(pr.get("date"))
print(f"other sets read: {nsets} (dates and journal numbers only)")
for m in g["meetings"]:
    if m["date"] in OLD_DATES: err("meeting date used in another set", m["date"])
    for it in m["items"]:
        if it["journalNumber"] in OLD_JN: err("journal number used in another set", it["journalNumber"])
        for pr in it["priorDecisions"]:
            if pr["date"] in OLD_DATES: err("prior-decision date used in another set", pr["date"])
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
gp = os.path.join(ROOT, "gold.json")
r = subprocess.run([sys.executable, SCORE, gp, gp], capture_output=True, text=True)
out = r.stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if r.returncode != 0 or not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
