#!/usr/bin/env python3
"""Checks gold.json against the texts and runs score.py on the gold against itself (blind22's check.py, adapted).

Paths come from the environment:
  BLIND_ACCURACY_DIR  the folder holding the other blind sets (default: two levels up from this script, i.e.
                      Tests/Accuracy when the set lives in Tests/Accuracy/blind37)
  SCORE_PY            the scorer (default: <set>/../../../../shared/tools/score.py)
Only the meeting dates, prior-decision dates and journal numbers of the other gold files are read.
Writes build/selfscore.txt."""
import json, re, os, sys, glob, html, subprocess, unicodedata
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ACC = os.environ.get("BLIND_ACCURACY_DIR") or os.path.join(HERE, "..", "..")
SCORE = os.environ.get("SCORE_PY") or os.path.join(ROOT, "..", "..", "..", "..", "shared", "tools", "score.py")
g = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
T = os.path.join(ROOT, "texts")
def nz(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()

BLOCK = r"(?:p|div|h[1-6]|li|tr|dt|dd|section|article|aside|header|footer|nav|main|blockquote|table|thead|tbody|ul|ol|dl|summary|details|button)"
def html_text(raw):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    s = re.sub(r"(?is)<!--.*?-->", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?" + BLOCK + r"\b[^>]*>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(l.strip() for l in s.splitlines())
def md_text(raw):
    return re.sub(r"\*\*|__", "", raw)
def read_text(path):
    b = open(path, "rb").read()
    try: s = b.decode("utf-8")
    except UnicodeDecodeError: s = b.decode("cp1252")
    s = s.replace("\r\n", "\n").replace("\f", "\n")
    if path.endswith(".html"): s = html_text(s)
    elif path.endswith(".md"): s = md_text(s)
    return s

# item headings per file; where a table of contents repeats a heading, the last occurrence is the item
HEAD = {
 "haderslev-plan-og-miljoeudvalget-2040-02-07.txt": r"^(\d)\. \S",
 "haderslev-plan-og-miljoeudvalget-2040-03-06.html": r"^(\d)\. \S",
 "faxe-teknik-og-miljoeudvalget-2040-01-16.txt": r"^  (\d)\.  \S",
 "region-nordjylland-udvalg-for-regional-udvikling-2040-04-17.txt": r"^(\d)\. \S",
 "thisted-boerne-og-familieudvalget-2040-05-10.txt": r"^(4\d)\. \S",
 "kalundborg-oekonomiudvalget-2040-06-20.txt": r"^Pkt\. (1\d\d)  \S",
 "hjoerring-kultur-og-fritidsudvalget-2040-08-22.html": r"^(6\d)\. \S",
 "skanderborg-social-og-sundhedsudvalget-2040-09-13.html": r"^(\d)\. \S",
 "ikast-brande-erhvervs-og-vaekstudvalget-2040-10-01.html": r"^(\d)\. \S",
 "halsnaes-aeldreraadet-2040-11-13.md": r"^## (\d)\. ",
 "horsens-direktionen-2040-12-04.md": r"^### (\d)\. ",
}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
segs = {}
files = sorted(os.listdir(T))
if len(files) != 11: err("expected 11 texts, found", len(files))
if sorted(m["source"] for m in g["meetings"]) != files: err("sources differ from files")
if sorted(HEAD) != files: err("heading patterns differ from files")
ext = defaultdict(int)
for f in files: ext[f.rsplit(".", 1)[1]] += 1
if dict(ext) != {"txt": 5, "html": 4, "md": 2}: err("mix of forms", dict(ext))
for f in files:
    if not re.fullmatch(r"[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(txt|html|md)", f): err("file name not ASCII form", f)
muni = lambda f: re.sub(r"-\d{4}-\d{2}-\d{2}\..*$", "", f)
dates = [m["date"] for m in g["meetings"]]
if len(set(dates)) != len(dates): err("meeting dates not unique")
if any(not d.startswith("2040-") for d in dates): err("meeting not in 2040")
for m in g["meetings"]:
    src = m["source"]; txt = read_text(os.path.join(T, src))
    if not src.endswith(m["date"] + "." + src.rsplit(".", 1)[1]): err("file date differs from meeting date", src)
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
    if m["location"] not in ntxt: err("location missing", src, m["location"])
    if m["committee"] not in ntxt: err("committee missing", src)
    if not any(it["closed"] for it in m["items"]): err("no closed item", src)
    if not any(it["priorDecisions"] for it in m["items"]): err("no quoted prior decision", src)
    for it in m["items"]:
        seg = nz(S.get(it["number"], ""))
        if nz(it["title"]) not in seg: err("title not in item", src, it["number"], it["title"])
        if it["journalNumber"] and it["journalNumber"] not in seg: err("journal number not in item", src, it["number"])
        for p in it["participants"]:
            if not any(x in seg for x in p.split("|")): err("participant missing", src, it["number"], p)
        for pr in it["priorDecisions"]:
            if pr["date"] >= m["date"]: err("prior decision not earlier", src, pr)
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
                if o["kind"] == "person" and o["name"] not in nz(txt): err("owner person not named in file", a["id"], o)
            if a.get("dueRange") and not (a["dueRange"][0] <= a["due"] <= a["dueRange"][1]): err("due outside range", a["id"])
for p in g["postponements"]:
    seg = nz(segs[p["meetingDate"]][1][p["item"]]) if p["meetingDate"] in segs else None
    if seg is None:   # a quoted deferral: the phrase must be in the item that quotes it
        seg = " ".join(nz(S[it["number"]]) for m in g["meetings"] for it in m["items"]
                       for pr in it["priorDecisions"] if pr["date"] == p["meetingDate"]
                       for S in [segs[m["date"]][1]])
    if nz(p["phrase"]) not in seg: err("phrase missing", p)
# cases and openPostponed recomputed from the items and their quoted prior decisions (a meeting of this set that is
# also quoted in a later one counts once)
tl = defaultdict(dict); title = {}; owner_file = {}
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if not jn: continue
        title[jn] = it["title"]
        tl[jn][m["date"]] = it["outcome"]
        for pr in it["priorDecisions"]: tl[jn].setdefault(pr["date"], pr["outcome"])
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
if set(pkeys) != want_pp: err("postponements differ from the postponed items", set(pkeys) ^ want_pp)
# one municipality has two files that share exactly one case; every other file is its own municipality or region
mun = defaultdict(list)
for m in g["meetings"]: mun[muni(m["source"]).split("-")[0] if not m["source"].startswith("region-") else "-".join(m["source"].split("-")[:2])].append(m)
twice = [k for k, v in mun.items() if len(v) == 2]
if len(twice) != 1 or any(len(v) > 2 for v in mun.values()): err("municipality use", {k: len(v) for k, v in mun.items()})
else:
    a, b = mun[twice[0]]
    shared = {i["journalNumber"] for i in a["items"] if i["journalNumber"]} & {i["journalNumber"] for i in b["items"] if i["journalNumber"]}
    if len(shared) != 1: err("shared case", shared)
# within the set a journal number belongs to one municipality
for m in g["meetings"]:
    for it in m["items"]:
        jn = it["journalNumber"]
        if jn and owner_file.setdefault(jn, muni(m["source"]).split("-")[0]) != muni(m["source"]).split("-")[0]:
            err("journal number in two municipalities", jn)

# other sets: only their dates and journal numbers are read
OLDD, OLDJ, nsets = set(), set(), 0
for p in sorted(glob.glob(os.path.join(ACC, "blind*", "gold.json"))):
    if os.path.realpath(os.path.dirname(p)) == os.path.realpath(ROOT): continue
    og = json.load(open(p, encoding="utf-8")); nsets += 1
    for om in og.get("meetings", []):
        OLDD.add(om.get("date"))
        for oi in om.get("items", []):
            if oi.get("journalNumber"): OLDJ.add(oi["journalNumber"])
            for pr in oi.get("priorDecisions", []): OLDD.add(pr.get("date"))
    for a in og.get("postponements", []): OLDJ.add(a.get("journalNumber"))
print(f"other sets read: {nsets} (dates {len(OLDD)}, journal numbers {len(OLDJ)})")
if nsets == 0: err("no other blind sets found under BLIND_ACCURACY_DIR")
mine = set(dates) | {pr["date"] for m in g["meetings"] for it in m["items"] for pr in it["priorDecisions"]}
for d in sorted(mine & OLDD): err("date used by another set", d)
for jn in sorted(set(tl) & OLDJ): err("journal number used by another set", jn)
for m in g["meetings"]:
    for it in m["items"]:
        for pr in it["priorDecisions"]:
            if pr["date"] in dates:   # allowed only for the shared case: the quoted meeting is in the set with that item
                qm = [x for x in g["meetings"] if x["date"] == pr["date"]][0]
                if not any(x["number"] == pr["item"] and x["journalNumber"] == it["journalNumber"] for x in qm["items"]):
                    err("prior-decision date clashes with a meeting date", pr)
# no absolute path in the files of the set
for f in glob.glob(os.path.join(ROOT, "**", "*"), recursive=True):
    if os.path.isfile(f) and not f.endswith("selfscore.txt"):
        b = open(f, "rb").read().decode("utf-8", "replace")
        if re.search(r"(?<![\w.<])/(?:work|home|tmp|Users|root)/", b): err("absolute path in", os.path.relpath(f, ROOT))
print("text checks:", "OK" if not bad else f"{bad} errors")
# self-score
out = subprocess.run([sys.executable, SCORE, os.path.join(ROOT, "gold.json"), os.path.join(ROOT, "gold.json")],
                     capture_output=True, text=True).stdout
print(out)
open(os.path.join(HERE, "selfscore.txt"), "w", encoding="utf-8").write(out)
vals = [float(l.split()[-1]) for l in out.splitlines()[:-1] if l.strip()]
if not vals or any(abs(v - 1.0) > 1e-9 for v in vals): print("SELF-SCORE NOT 1.000"); sys.exit(1)
sys.exit(1 if bad else 0)
